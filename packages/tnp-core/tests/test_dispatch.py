"""NumPy's dispatch protocols on tnp arrays (`__array_ufunc__`, `__array_function__`), installed per test."""

from __future__ import annotations

import sys

import numpy as np
import pytest
import tnp_core
from tnp_core import _dispatch
from tnp_core.testing import assert_same

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")


@pytest.fixture(autouse=True)
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tnp_core.ndarray, "__array_ufunc__", _dispatch.array_ufunc, raising=False)
    monkeypatch.setattr(tnp_core.ndarray, "__array_function__", _dispatch.array_function, raising=False)


X = np.array([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])
I8 = np.array([3, -1, 2, 2], np.int8)


@pytest.mark.parametrize(
    "call",
    [
        lambda a: np.add(a, 1),
        lambda a: np.negative(a),
        lambda a: np.multiply(a, a),
        lambda a: np.add(np.ones(a.shape), a),  # a NumPy array and a tnp array
        lambda a: np.maximum(a, 0.5, dtype=np.float32),
        lambda a: np.add.reduce(a),
        lambda a: np.add.reduce(a, axis=None, keepdims=True),
        lambda a: np.maximum.accumulate(a, axis=1),
        lambda a: np.subtract.outer(a, a),
        lambda a: np.add.reduceat(a, [0, 2, 1], axis=1),
        lambda a: np.less(a, 1),
        lambda a: np.abs(a),
        lambda a: np.divide(a, 2),
        lambda a: np.mean(a, axis=0),
        lambda a: np.sum(a),
        lambda a: np.max(a, axis=1),
    ],
)
@pytest.mark.parametrize("x", [X, I8], ids=["float64", "int8"])
def test_dispatch_matches_numpy(call, x) -> None:  # type: ignore[no-untyped-def]
    try:
        expected = call(x)
    except Exception as exc:  # noqa: BLE001
        with pytest.raises(type(exc)):
            call(tnp_core.asarray(x))
        return
    got = call(tnp_core.asarray(x))
    assert isinstance(got, tnp_core.ndarray)
    assert_same(got, expected)


def test_ufunc_out_and_at() -> None:
    a = tnp_core.asarray(X)
    out = tnp_core.zeros(X.shape)
    assert np.add(a, 1, out=out) is out
    assert_same(out, X + 1)
    assert np.add(a, 1, out=(out,)) is out
    b = tnp_core.asarray(I8)
    assert np.add.at(b, [0, 0, 3], 5) is None
    e = I8.copy()
    np.add.at(e, [0, 0, 3], 5)
    assert_same(b, e)


def test_not_implemented_gives_numpy_type_error() -> None:
    a = tnp_core.asarray(X)
    with pytest.raises(TypeError, match="add"):
        np.add(a, 1, out=np.zeros(X.shape))  # NumPy out: tnp cannot write into it
    with pytest.raises(TypeError, match="fft"):
        np.fft.fft(a)  # a function tnp does not have
    if not any(hasattr(sys.modules.get(m), "frexp") for m in ("tnp", "tnp_math")):
        with pytest.raises(TypeError, match="frexp"):
            np.frexp(a)  # a ufunc tnp does not have


def test_ufunc_without_spec_goes_to_the_function() -> None:
    a = tnp_core.asarray(X)
    got = np.matmul(a, a.T)  # a NumPy ufunc that tnp has as a function
    assert isinstance(got, tnp_core.ndarray)
    assert_same(got, np.matmul(X, X.T))


def test_numpy_conversion_still_works() -> None:
    a = tnp_core.asarray(X)
    assert type(np.asarray(a)) is np.ndarray
    np.testing.assert_array_equal(np.asarray(a), X)


def test_tnp_math_ufuncs_and_functions_once_imported() -> None:
    tnp_math = pytest.importorskip("tnp_math")
    a = tnp_core.asarray(X)
    got = np.sin(a)
    assert isinstance(got, tnp_core.ndarray)
    assert_same(got, np.sin(X))
    assert_same(np.arctan2.outer(a[0], a[1]), np.arctan2.outer(X[0], X[1]))
    if hasattr(tnp_math, "concatenate"):
        assert_same(np.concatenate([a, a]), np.concatenate([X, X]))
