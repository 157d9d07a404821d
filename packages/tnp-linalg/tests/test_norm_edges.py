"""`norm` with a list/array `ord` and an `axis`, also of a 0-d input, against NumPy: NumPy compares `ord` before it
checks the axis (a string order or an array of several orders fails first), a generic order broadcasts in place
into abs(x) (but not into a 0-d x's abs, a NumPy scalar: the result takes ord's shape), and the axis is checked by
the reduction (AxisError)."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
import tnp_linalg as la
from tnp_core.testing import assert_same

XS = {
    "float64 scalar": np.float64(3),
    "0-d": np.array(3.0),
    "0-d int": np.array(-2),
    "0-d complex": np.array(1 + 1j),
    "1-d": np.array([3.0, 4.0]),
    "2-d": np.array([[1.0, 2], [3, 4]]),
}
ORDS = {
    "None": None,
    "[1]": [1],
    "[2]": [2],
    "[1, 2]": [1, 2],
    "(1,)": (1,),
    "[]": [],
    "[[1]]": [[1]],
    "[0]": [0],
    "[inf]": [math.inf],
    "array [1]": np.array([1]),
    "array [1, 2]": np.array([1.0, 2.0]),
    "0-d array": np.array(1),
    "1": 1,
    "inf": math.inf,
    "0": 0,
    "0.5": 0.5,
    "-1": -1,
    "fro": "fro",
    "nuc": "nuc",
}
AXES = {
    "None": None,
    "0": 0,
    "-1": -1,
    "1": 1,
    "(0,)": (0,),
    "(0, 1)": (0, 1),
    "(0, 0)": (0, 0),
    "2": 2,
    "-2": -2,
    "1.5": 1.5,
    "(0, 1, 2)": (0, 1, 2),
}


def _run(xp, x, ord, axis, keepdims):
    lin = np.linalg if xp is np else la
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            return lin.norm(x, ord=ord, axis=axis, keepdims=keepdims), None
        except Exception as exc:  # noqa: BLE001
            return None, exc


@pytest.mark.parametrize("keepdims", [False, True])
@pytest.mark.parametrize("axis", AXES, ids=str)
@pytest.mark.parametrize("ord", ORDS, ids=str)
@pytest.mark.parametrize("x", XS, ids=str)
def test_norm_ord_and_axis(x, ord, axis, keepdims):
    args = (XS[x], ORDS[ord], AXES[axis], keepdims)
    expected, err = _run(np, *args)
    got, mine = _run(la, *args)
    if err is None:
        assert mine is None, f"NumPy returned {expected!r}; tnp raised {type(mine).__name__}: {mine}"
        assert_same(got, np.asarray(expected))
    else:
        assert isinstance(mine, type(err)), f"tnp: {mine!r}; NumPy: {err!r}"


@pytest.mark.parametrize(
    "x, ord, axis",
    [
        (np.float64(3), [1, 2], 0),  # NumPy: [12., 3.4641...]: a 0-d x takes the shape of ord
        (np.array([3.0, 4.0]), "fro", 5),  # the order is rejected before the axis
        (np.array([3.0, 4.0]), np.array([1.0, 2.0]), 5),  # ambiguous truth value before the axis
        (np.float64(3), 1, 0),  # AxisError from the reduction
        (np.float64(3), [1, 2], (0,)),
    ],
)
def test_norm_edge_messages(x, ord, axis):
    expected, err = _run(np, x, ord, axis, False)
    got, mine = _run(la, x, ord, axis, False)
    if err is None:
        assert_same(got, np.asarray(expected))
    else:
        assert type(mine) is type(err) and str(mine) == str(err), (mine, err)
