"""`divmod` as a two-output ufunc against NumPy: attributes, dtypes, shapes, out=/where=/dtype=, methods."""

from __future__ import annotations

import numpy as np
import pytest
import tnp_core
from tnp_core.testing import check

DTYPES = ["bool", "int8", "uint8", "int32", "int64", "uint64", "float16", "float32", "float64", "bfloat16"]
SHAPES = [((), ()), ((0,), (0,)), ((5,), ()), ((2, 3), (3,)), ((2, 0, 3), (1, 3)), ((4, 1), (1, 5))]


def operands(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    kind = np.dtype(dtype).kind
    if kind == "b":
        return rng.integers(0, 2, shape).astype(bool)
    lo = 0 if kind == "u" else -9
    x = rng.integers(lo, 10, shape)
    if kind in "fV":
        x = x + rng.choice([0.0, 0.25, 0.5], shape)
    return np.asarray(x).astype(dtype)


def test_divmod_is_a_ufunc_with_numpys_attributes():
    u = tnp_core.divmod
    assert isinstance(u, tnp_core.ufunc)
    for name in ("nin", "nout", "nargs", "identity", "ntypes", "types", "signature", "__name__"):
        assert getattr(u, name) == getattr(np.divmod, name), name


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shapes", SHAPES)
def test_divmod_matches_numpy(dtype, shapes):
    a, b = operands(shapes[0], dtype), operands(shapes[1], dtype, seed=1)
    with np.errstate(all="ignore"):
        check(lambda xp, x, y: xp.divmod(x, y), a, b)


@pytest.mark.parametrize("dtype", ["int16", "uint8", "float32", "float64"])
def test_divmod_python_scalars_and_builtin_divmod(dtype):
    a = operands((2, 3), dtype)
    with np.errstate(all="ignore"):
        check(lambda xp, x: xp.divmod(x, 3), a)
        check(lambda xp, x: xp.divmod(7, x), a)
        check(lambda xp, x: xp.divmod(x, 2.5), a)
        check(lambda xp, x: divmod(x, 4), a)
        check(lambda xp, x: divmod(5, x), a)
        check(lambda xp, x, y: divmod(x, y), a, a[::-1])
        check(lambda xp, x: np.divmod(x, 4), a, modes=("eager",))  # NumPy's own divmod dispatches to tnp


def test_divmod_mixed_dtypes_promote_like_numpy():
    with np.errstate(all="ignore"):
        check(lambda xp, x, y: xp.divmod(x, y), operands((4,), "int8"), operands((4,), "uint16", 1))
        check(lambda xp, x, y: xp.divmod(x, y), operands((4,), "int32"), operands((4,), "float32", 1))
        check(lambda xp, x, y: xp.divmod(x, y), operands((4,), "uint64"), operands((4,), "int64", 1))


def outs(xp, shape, d1, d2):
    return xp.full(shape, 7, d1), xp.full(shape, 7, d2)


OUT_CALLS = {
    "tuple": lambda xp, x, y: xp.divmod(x, y, out=outs(xp, (2, 3), "int64", "int64")),
    "positional_both": lambda xp, x, y: xp.divmod(x, y, *outs(xp, (2, 3), "int64", "int64")),
    "positional_one": lambda xp, x, y: xp.divmod(x, y, outs(xp, (2, 3), "float64", "int64")[0]),
    "none_and_array": lambda xp, x, y: xp.divmod(x, y, out=(None, outs(xp, (2, 3), "int8", "int8")[1])),
    "where_with_out": lambda xp, x, y: xp.divmod(x, y, out=outs(xp, (2, 3), "int64", "int64"), where=x > 0),
    "dtype_float32": lambda xp, x, y: xp.divmod(x, y, dtype="float32"),
    "dtype_int8": lambda xp, x, y: xp.divmod(x, y, dtype="int8"),
    "casting_safe_int8_out": lambda xp, x, y: xp.divmod(
        x, y, out=outs(xp, (2, 3), "int8", "int8"), casting="safe"
    ),
    "broadcast_into_out": lambda xp, x, y: xp.divmod(x[0], y[0], out=outs(xp, (2, 3), "int64", "int64")),
    "out_too_small": lambda xp, x, y: xp.divmod(x, y, out=outs(xp, (3,), "int64", "int64")),
    "single_array_out": lambda xp, x, y: xp.divmod(x, y, out=outs(xp, (2, 3), "int64", "int64")[0]),
    "list_out": lambda xp, x, y: xp.divmod(x, y, out=list(outs(xp, (2, 3), "int64", "int64"))),
    "short_tuple_out": lambda xp, x, y: xp.divmod(x, y, out=outs(xp, (2, 3), "int64", "int64")[:1]),
    "out_twice": lambda xp, x, y: xp.divmod(x, y, outs(xp, (2, 3), "int64", "int64")[0], out=(None, None)),
    "non_array_out": lambda xp, x, y: xp.divmod(x, y, 1),
    "too_many_args": lambda xp, x, y: xp.divmod(x, y, x, y, x),
    "too_few_args": lambda xp, x, y: xp.divmod(x),
}


@pytest.mark.parametrize("name", sorted(OUT_CALLS))
def test_divmod_out_where_dtype(name):
    a, b = operands((2, 3), "int64"), operands((2, 3), "int64", 1)
    with np.errstate(all="ignore"):
        check(OUT_CALLS[name], a, b)


def test_divmod_out_keeps_identity():
    q, r = tnp_core.zeros(3), tnp_core.zeros(3)
    got = tnp_core.divmod(tnp_core.arange(3.0), 2.0, out=(q, r))
    assert got[0] is q and got[1] is r
    got = tnp_core.divmod(tnp_core.arange(3.0), 2.0, q, r)
    assert got[0] is q and got[1] is r


def test_divmod_methods_match_numpy():
    a, b = operands((4,), "int64"), operands((3,), "int64", 1) + 20
    check(lambda xp, x, y: xp.divmod.outer(x, y), a, b)
    check(lambda xp, x: xp.divmod.outer(x, 3), a, modes=("eager",))
    check(lambda xp, x: xp.divmod.reduce(x), a, modes=("eager",))
    check(lambda xp, x: xp.divmod.accumulate(x), a, modes=("eager",))
    check(lambda xp, x: xp.divmod.reduceat(x, [0, 2]), a, modes=("eager",))

    def at(xp, x):
        x = x.copy()
        xp.divmod.at(x, [0], 2)
        return x

    check(at, a, modes=("eager",))
