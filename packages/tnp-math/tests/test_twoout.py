"""`frexp` and `modf` (two-output ufuncs) against NumPy: every float dtype, ints, special values, shapes,
out=/where=/dtype=, attributes and the methods NumPy refuses."""

from __future__ import annotations

import types

import numpy as np
import pytest
import tnp_core
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


@pytest.mark.parametrize("name", ["frexp", "modf"])
def test_are_ufuncs_with_numpys_attributes(name):
    from tnp_core import ufunc

    u, ref = getattr(tnp_math, name), getattr(np, name)
    assert isinstance(u, ufunc)
    for attr in ("nin", "nout", "nargs", "identity", "signature", "__name__"):
        assert getattr(u, attr) == getattr(ref, attr), attr


@pytest.mark.parametrize("name", ["frexp", "modf"])
@pytest.mark.parametrize("shape", [(), (0,), (2, 3), (2, 0, 3)])
def test_shapes_and_python_scalars(name, shape):
    x = (np.arange(int(np.prod(shape))).reshape(shape) * 1.75 - 3).astype(np.float32)
    check(lambda xp, a: getattr(xp, name)(a), x, xp=XP)
    check(lambda xp: getattr(xp, name)(-2.5), xp=XP)
    check(lambda xp: getattr(xp, name)(3), xp=XP)
    check(lambda xp, a: getattr(np, name)(a), x, xp=XP, modes=("eager",))  # NumPy's ufunc dispatches to tnp


def _outs(xp, d1, d2, n=4):
    return xp.full(n, 9, d1), xp.full(n, 9, d2)


OUT_CALLS = {
    "tuple": lambda xp, f, a: f(a, out=_outs(np if xp is np else tnp_core, "float64", "int32")),
    "positional": lambda xp, f, a: f(a, *_outs(np if xp is np else tnp_core, "float64", "int64")),
    "none_first": lambda xp, f, a: f(a, out=(None, _outs(np if xp is np else tnp_core, "float64", "float32")[1])),
    "where": lambda xp, f, a: f(a, out=_outs(np if xp is np else tnp_core, "float64", "int64"), where=a > 0),
    "dtype_float32": lambda xp, f, a: f(a, dtype="float32"),
    "single_out": lambda xp, f, a: f(a, out=_outs(np if xp is np else tnp_core, "float64", "int32")[0]),
    "short_out": lambda xp, f, a: f(a, out=_outs(np if xp is np else tnp_core, "float64", "int32")[:1]),
    "narrow_out_int16": lambda xp, f, a: f(a, out=_outs(np if xp is np else tnp_core, "float64", "int16")),
    "unsafe_out": lambda xp, f, a: f(a, out=_outs(np if xp is np else tnp_core, "int64", "int64")),
}  # fmt: skip


@pytest.mark.parametrize("call", sorted(OUT_CALLS))
@pytest.mark.parametrize("name", ["frexp", "modf"])
def test_out_where_dtype(name, call):
    x = np.array([-2.5, 0.0, 3.25, 1e3])
    check(lambda xp, a: OUT_CALLS[call](xp, getattr(xp, name), a), x, xp=XP)


@pytest.mark.parametrize("name", ["frexp", "modf"])
@pytest.mark.parametrize("method", ["reduce", "accumulate", "outer", "at"])
def test_methods_raise_like_numpy(name, method):
    calls = {
        "reduce": lambda u, a: u.reduce(a),
        "accumulate": lambda u, a: u.accumulate(a),
        "outer": lambda u, a: u.outer(a, a),
        "at": lambda u, a: u.at(a, [0]),
    }
    check(lambda xp, a: calls[method](getattr(xp, name), a), np.arange(3.0), xp=XP, modes=("eager",))
