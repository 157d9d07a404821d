"""`frexp` and `modf` against NumPy: every float dtype, ints, special values, out=."""

from __future__ import annotations

import types

import numpy as np
import pytest
import tnp_math
from tnp_core.testing import check

XP = types.SimpleNamespace(frexp=tnp_math.frexp, modf=tnp_math.modf)
VALUES = np.array([0.0, -0.0, 1.0, -1.5, 0.5, 3.75, -1024.25, 1e-3, 7e10, np.inf, -np.inf, np.nan, 2.0**-20])


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "int8", "int64", "bool"])
@pytest.mark.parametrize("name", ["frexp", "modf"])
def test_matches_numpy(name, dtype):
    with np.errstate(all="ignore"):
        x = VALUES.astype(dtype) if np.dtype(dtype).kind == "f" else np.arange(-3, 4).astype(dtype)
        check(lambda xp, a: getattr(xp, name)(a), x, xp=XP)
        check(lambda xp, a: getattr(xp, name)(a), x[:0], xp=XP)
        check(lambda xp, a: getattr(xp, name)(a), x[2], xp=XP)


@pytest.mark.parametrize("name", ["frexp", "modf"])
def test_complex_raises_like_numpy(name):
    check(lambda xp, a: getattr(xp, name)(a), np.array([1 + 1j]), xp=XP, modes=("eager",))
