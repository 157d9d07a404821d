"""NumPy's ComplexWarning where a cast the user asked for (dtype=, out=, an assignment, a fill value) drops an
imaginary part, and none where tnp casts internally; the values as NumPy's (the real part is kept)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import tnp
from tnp_core.testing import assert_same

C = np.array([1 + 2j, 3 - 1j])


def _ones(xp):
    return xp.ones(2)


def _assign(xp, key, value):
    a = _ones(xp)
    a[key] = value
    return a


def _copyto(xp, c):
    a = _ones(xp)
    xp.copyto(a, c, casting="unsafe")
    return a


def _put(xp, c):
    a = _ones(xp)
    xp.put(a, [0], c[:1])
    return a


CASES = {
    "sum dtype": lambda xp, c: xp.sum(c, dtype=float),
    "mean dtype": lambda xp, c: xp.mean(c, dtype=float),
    "var dtype": lambda xp, c: xp.var(c, dtype=float),
    "prod dtype": lambda xp, c: xp.prod(c, dtype=float),
    "cumsum dtype": lambda xp, c: xp.cumsum(c, dtype=float),
    "add dtype unsafe": lambda xp, c: xp.add(c, 1, dtype=float, casting="unsafe"),
    "negative out unsafe": lambda xp, c: xp.negative(c, out=xp.empty(2), casting="unsafe"),
    "matmul dtype": lambda xp, c: xp.matmul(c, c, dtype=float, casting="unsafe"),
    "full": lambda xp, c: xp.full(2, c[0], dtype=float),
    "full array": lambda xp, c: xp.full(2, c, dtype=float),
    "full_like": lambda xp, c: xp.full_like(xp.ones(2), c),
    "astype": lambda xp, c: c.astype(np.float32),
    "asarray dtype": lambda xp, c: xp.asarray(c, dtype=np.int64),
    "setitem array": lambda xp, c: _assign(xp, slice(None), c),
    "setitem complex128 scalar": lambda xp, c: _assign(xp, 0, np.complex128(2 + 1j)),
    "setitem complex64 scalar": lambda xp, c: _assign(xp, 1, np.complex64(3 - 1j)),
    "setitem Python complex": lambda xp, c: _assign(xp, 0, 1j),  # TypeError in both
    "copyto": _copyto,
    "put": _put,
    # no warning: to bool, to complex, real-valued functions of complex input
    "astype bool": lambda xp, c: c.astype(bool),
    "astype complex64": lambda xp, c: c.astype(np.complex64),
    "abs": lambda xp, c: xp.abs(c),
    "real": lambda xp, c: xp.real(c),
    "sum": lambda xp, c: xp.sum(c),
}


def _call(fn, xp, c):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fn(xp, c)
        except Exception as exc:  # noqa: BLE001 - the exception type is what is compared
            result = exc
    return result, {w.category for w in caught if issubclass(w.category, np.exceptions.ComplexWarning)}


@pytest.mark.parametrize("name", list(CASES))
def test_complex_warning_as_numpy(name):
    expected, np_warned = _call(CASES[name], np, C.copy())
    got, tnp_warned = _call(CASES[name], tnp, tnp.asarray(C))
    assert tnp_warned == np_warned, f"{name}: NumPy warned {np_warned}, tnp {tnp_warned}"
    if isinstance(expected, Exception):
        assert isinstance(got, type(expected)), f"{name}: NumPy raised {expected!r}, tnp gave {got!r}"
    else:
        assert not isinstance(got, Exception), f"{name}: tnp raised {got!r}"
        assert_same(got, expected)
