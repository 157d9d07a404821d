"""`divmod` against NumPy: dtypes, division by zero, Python scalars, out=."""

from __future__ import annotations

import numpy as np
import pytest
import tnp_core
from tnp_core.testing import check


@pytest.mark.parametrize("dtype", ["int8", "uint8", "int64", "float16", "float32", "float64"])
def test_divmod_matches_numpy(dtype):
    a = (np.arange(-6, 6) * 3).astype(dtype) if np.dtype(dtype).kind != "u" else np.arange(12).astype(dtype)
    b = (
        np.array([4, -3, 0, 5, 7, 2, 1, 3, -2, 6, 0, 9]).astype(dtype)
        if np.dtype(dtype).kind != "u"
        else (np.array([4, 3, 0, 5, 7, 2, 1, 3, 2, 6, 0, 9]).astype(dtype))
    )
    with np.errstate(all="ignore"):
        check(lambda xp, x, y: xp.divmod(x, y), a, b)
        check(lambda xp, x: xp.divmod(x, 3), a)


def test_divmod_out_and_errors():
    a, b = np.arange(6.0), np.full(6, 4.0)
    q, r = tnp_core.zeros(6), tnp_core.zeros(6)
    got = tnp_core.divmod(tnp_core.asarray(a), tnp_core.asarray(b), out=(q, r))
    assert got[0] is q and got[1] is r
    np.testing.assert_array_equal(np.asarray(q), a // b)
    np.testing.assert_array_equal(np.asarray(r), a % b)
    check(lambda xp, x: xp.divmod(x, np.ones(4)), a, modes=("eager",))
    check(lambda xp, x: xp.divmod(x > 1, x > 2), a, modes=("eager",))
