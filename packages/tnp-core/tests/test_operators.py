"""ndarray's operators and the ufunc objects of `_operators.py`, differential against NumPy.

Every supported dtype pair eagerly (with edge values: 0, -1, the dtype's extremes, nan/inf), and inside
tf.function (known and unknown dims) for same-dtype pairs, representative mixed pairs and Python scalars on
either side; shapes 0-d, empty and broadcasting; `out=`, `where=`, `dtype=`, `casting=`.
"""

from __future__ import annotations

import operator
import warnings

import ml_dtypes
import numpy as np
import pytest
import tnp_core as tnp
from tnp_core import _operators
from tnp_core._dtypes import SUPPORTED
from tnp_core.testing import check

DTYPES = [str(d) for d in SUPPORTED]
BINARY = sorted(n for n, u in _operators.UFUNCS.items() if u.nin == 2 and u.__name__ == n)
UNARY = sorted(n for n, u in _operators.UFUNCS.items() if u.nin == 1 and u.__name__ == n)
OPERATORS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv,
    "%": operator.mod, "**": operator.pow, "&": operator.and_, "|": operator.or_, "^": operator.xor,
    "<<": operator.lshift, ">>": operator.rshift, "<": operator.lt, "<=": operator.le, ">": operator.gt,
    ">=": operator.ge, "==": operator.eq, "!=": operator.ne,
}  # fmt: skip
UNARY_OPERATORS = {"-x": operator.neg, "+x": operator.pos, "abs": operator.abs, "~": operator.invert}
MIXED_PAIRS = [
    ("int8", "uint8"), ("int64", "uint64"), ("uint64", "int32"), ("bool", "float32"), ("float16", "bfloat16"),
    ("int32", "complex64"), ("uint32", "float16"), ("float64", "complex64"), ("bfloat16", "int16"),
]  # fmt: skip
SCALARS = [True, 0, 3, -2, 2.5, -0.0, 1.5j]
FAST = {
    "bool",
    "int8",
    "uint64",
    "float16",
    "float64",
    "complex64",
    "bfloat16",
    "+",
    "//",
    "**",
    "<",
    "<<",
    "&",
}
EXHAUSTIVE = pytest.mark.exhaustive


def some(items, fast=FAST):
    """All items; those not in `fast` only in the exhaustive run (graph modes trace a function per case)."""
    return [
        i if (i[0] if isinstance(i, tuple) else i) in fast else pytest.param(i, marks=EXHAUSTIVE)
        for i in items
    ]


@pytest.fixture(autouse=True)
def _quiet():
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def values(dtype: str, op: str = "") -> np.ndarray:
    """Edge values of a dtype (for integer powers the exponents are >= 0: NumPy raises for negative ones)."""
    d = np.dtype(ml_dtypes.bfloat16 if dtype == "bfloat16" else dtype)
    if d.kind == "b":
        return np.array([False, True])
    if d.kind in "iu":
        info = np.iinfo(d)
        v = [0, 1, 2, 3, 7, info.max, info.max - 1] + ([-1, -3, info.min] if d.kind == "i" else [])
        if op in ("left_shift", "right_shift"):
            v += [d.itemsize * 8 - 1, d.itemsize * 8, 70]
        return np.array(v, dtype=d)
    if d.kind == "c":
        return np.array([0, 1, -2.5, 1j, 3 - 4j, -0.5 + 2j], dtype=d)
    return np.array([0.0, -0.0, 1.0, -2.5, 3.5, 7.0, np.inf, -np.inf, np.nan], dtype=d)


def pair(d1: str, d2: str, op: str = "") -> tuple[np.ndarray, np.ndarray]:
    """Every combination of the two dtypes' edge values, as two 1-d arrays of the same length."""
    x, y = values(d1, op), values(d2, op)
    if op == "power":
        x, y = x, (y if y.dtype.kind not in "i" else np.abs(y).astype(y.dtype))
        if y.dtype.kind == "i":
            y = y[y >= 0]
    xx, yy = np.meshgrid(x, y, indexing="ij")
    return xx.ravel(), yy.ravel()


# ---- every dtype pair, eager -----------------------------------------------------------------------------
@pytest.mark.parametrize("d1", DTYPES)
@pytest.mark.parametrize("name", BINARY)
def test_binary_ufunc_every_dtype_pair(name, d1):
    for d2 in DTYPES:
        a, b = pair(d1, d2, name)
        try:
            check(lambda xp, x, y: getattr(xp, name)(x, y), a, b, modes=("eager",))
        except AssertionError as exc:
            raise AssertionError(f"{name}({d1}, {d2}): {exc}") from None


@pytest.mark.parametrize("name", UNARY)
def test_unary_ufunc_every_dtype(name):
    for d in DTYPES:
        try:
            check(lambda xp, x: getattr(xp, name)(x), values(d), modes=("eager",))
        except AssertionError as exc:
            raise AssertionError(f"{name}({d}): {exc}") from None


# ---- operators in every mode -----------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("sym", some(OPERATORS))
def test_operator_same_dtype_all_modes(sym, dtype):
    op = OPERATORS[sym]
    a, b = pair(dtype, dtype, "power" if sym == "**" else "")
    check(lambda xp, x, y: op(x, y), a, b)


@pytest.mark.parametrize(("d1", "d2"), MIXED_PAIRS)
@pytest.mark.parametrize("sym", some(OPERATORS, {"+", "/", "<", "=="}))
def test_operator_mixed_dtypes_all_modes(sym, d1, d2):
    op = OPERATORS[sym]
    a, b = pair(d1, d2, "power" if sym == "**" else "")
    check(lambda xp, x, y: op(x, y), a, b)
    check(lambda xp, x, y: op(y, x), a, b)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("sym", list(UNARY_OPERATORS))
def test_unary_operator_all_modes(sym, dtype):
    op = UNARY_OPERATORS[sym]
    check(lambda xp, x: op(x), values(dtype))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("sym", list(OPERATORS))
def test_operator_with_python_scalars_eager(sym, dtype):
    op = OPERATORS[sym]
    x = values(dtype)
    if sym == "**" and x.dtype.kind in "iu":
        x = x[x >= 0]
    for s in SCALARS:
        if sym == "**" and s == -2:
            continue
        for fn in (lambda xp, a: op(a, s), lambda xp, a: op(s, a)):
            try:
                check(fn, x, modes=("eager",))
            except AssertionError as exc:
                raise AssertionError(f"{dtype} {sym} {s!r}: {exc}") from None


@pytest.mark.parametrize(
    "dtype",
    some(
        ["bool", "int8", "uint16", "int64", "uint64", "float16", "float32", "complex128", "bfloat16"],
        {"uint16", "float32", "bfloat16"},
    ),
)
@pytest.mark.parametrize("sym", ["+", "-", "*", "/", "//", "%", "**", "&", "<<", "<", "=="])
def test_operator_with_python_scalars_all_modes(sym, dtype):
    op = OPERATORS[sym]
    x = values(dtype)
    if sym == "**" and x.dtype.kind in "iu":
        x = x[x >= 0]
    for s in (True, 3, 2.5, 1.5j):
        check(lambda xp, a: op(a, s), x)
        check(lambda xp, a: op(s, a), x)


NUMPY_SCALARS = [np.int64(2**62), np.int8(-5), np.uint64(2**64 - 1), np.float64(1e300), np.float32(-0.0),
                 np.float16(65504), np.bool_(True), np.complex64(1 - 2j), np.float64(np.nan)]  # fmt: skip


@pytest.mark.parametrize(
    "dtype", ["bool", "int8", "uint8", "int64", "uint64", "float16", "float32", "bfloat16"]
)
@pytest.mark.parametrize("sym", ["+", "-", "*", "/", "<", "=="])
def test_operator_with_numpy_scalars_and_zeros(sym, dtype):
    """NumPy scalars are strong (their dtype promotes); Python and NumPy zeros keep the sign of -0.0 (the fast
    path serves them from a cache of zeros, never TF's scalar cache, which keys -0.0 like 0.0)."""
    op = OPERATORS[sym]
    x = values(dtype)
    for s in (*NUMPY_SCALARS, 0, 0.0, -0.0, False):
        for fn in (lambda xp, a: op(a, s), lambda xp, a: op(s, a)):
            try:
                check(fn, x, modes=("eager", "function"))
                try:
                    with np.errstate(all="ignore"):
                        expected = np.asarray(fn(np, x))
                except TypeError:
                    continue  # NumPy refuses it; check() compared the errors
                if expected.dtype.kind == "f":
                    got = np.asarray(fn(tnp, tnp.asarray(x)))
                    np.testing.assert_array_equal(np.signbit(got), np.signbit(expected))
            except AssertionError as exc:
                raise AssertionError(f"{dtype} {sym} {s!r}: {exc}") from None


# ---- Python int out of the dtype's range -----------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["int8", "uint8", "int16", "uint32", "int64", "uint64"])
@pytest.mark.parametrize("v", [300, -1, 70000, -(2**40), 2**63, 2**64 - 1])
def test_out_of_range_python_int(dtype, v):
    x = values(dtype)
    for sym in ("+", "*", "-", "//", "&"):
        check(lambda xp, a: OPERATORS[sym](a, v), x, modes=("eager",))
    for sym in ("<", "<=", ">", ">=", "==", "!="):
        check(lambda xp, a: OPERATORS[sym](a, v), x, modes=("eager",))
        check(lambda xp, a: OPERATORS[sym](v, a), x, modes=("eager",))
    check(lambda xp, a: (a < v, v <= a, a == v), x, modes=("function",))


def test_int8_plus_300_raises_overflow():
    with pytest.raises(OverflowError):
        tnp.asarray(np.int8([1])) + 300
    np.testing.assert_array_equal(np.asarray(tnp.asarray(np.int8([1, 2])) < 300), [True, True])
    np.testing.assert_array_equal(np.asarray(tnp.asarray(np.uint8([0, 255])) == -1), [False, False])


# ---- special values --------------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["int8", "uint8", "int32", "int64", "uint64"])
def test_negative_integer_power_raises(dtype):
    x = np.array([2, 3], dtype)
    y = np.array([1, -1], dtype) if np.dtype(dtype).kind == "i" else None
    if y is not None:
        check(lambda xp, a, b: a**b, x, y, modes=("eager",))
        check(lambda xp, a: a**-1, x, modes=("eager",))
        with pytest.raises(ValueError, match="Integers to negative integer powers are not allowed"):
            tnp.asarray(x) ** tnp.asarray(y)
    check(lambda xp, a: a ** np.array(-1, dtype=np.int64), x, modes=("eager",))


@pytest.mark.parametrize("dtype", ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"])
def test_overflow_wraps(dtype):
    info = np.iinfo(dtype)
    x = np.array([info.max, info.min, info.max // 2 + 1], dtype)
    for sym in ("+", "-", "*", "**"):
        check(lambda xp, a: OPERATORS[sym](a, a if sym != "**" else xp.asarray(np.array(3, dtype))), x)
    check(lambda xp, a: -a, x)
    check(lambda xp, a: abs(a), x)


@pytest.mark.parametrize(
    "dtype",
    [
        "int8",
        "uint8",
        "int64",
        "uint64",
        "float16",
        "float32",
        "float64",
        "complex64",
        "complex128",
        "bfloat16",
    ],
)
def test_division_by_zero(dtype):
    x = values(dtype)
    z = np.zeros_like(x)
    for sym in ("/", "//", "%"):
        check(lambda xp, a, b: OPERATORS[sym](a, b), x, z)


# ---- shapes ----------------------------------------------------------------------------------------------
SHAPES = [((), ()), ((3,), ()), ((), (0,)), ((0,), (0,)), ((2, 0), (1,)), ((2, 1, 3), (4, 1)), ((1,), (2, 3))]


@pytest.mark.parametrize(("s1", "s2"), SHAPES)
@pytest.mark.parametrize("sym", ["+", "//", "<", "&", "**"])
def test_shapes_0d_empty_broadcast(sym, s1, s2):
    rng = np.random.default_rng(0)
    a = rng.integers(0, 5, s1).astype(np.int32)
    b = rng.integers(1, 4, s2).astype(np.int32)
    check(lambda xp, x, y: OPERATORS[sym](x, y), a, b)
    check(lambda xp, x, y: OPERATORS[sym](x, y), a.astype(np.float32), b.astype(np.float64))


@pytest.mark.parametrize(("s1", "s2"), [((3,), (4,)), ((2, 3), (3, 2)), ((0,), (2,))])
def test_non_broadcastable_shapes_raise(s1, s2):
    a, b = tnp.asarray(np.ones(s1, np.float32)), tnp.asarray(np.ones(s2, np.float32))
    for fn in (
        lambda: a + b,
        lambda: tnp.add(a, b),
        lambda: a < b,
        lambda: a // b,
        lambda: tnp.add(a, b.astype("int8")),
    ):
        with pytest.raises(ValueError, match="operands could not be broadcast together with shapes"):
            fn()
    check(lambda xp, x, y: x * y, np.ones(s1), np.ones(s2))


# ---- ufunc keywords --------------------------------------------------------------------------------------
def _with_out(name, x, y, out_dtype, **kw):
    shape = np.broadcast_shapes(x.shape, y.shape)

    def fn(xp, a, b):
        out = xp.asarray(np.zeros(shape, out_dtype))
        r = getattr(xp, name)(a, b, out=out, **kw)
        assert r is out
        return out

    return fn


@pytest.mark.parametrize("name", ["add", "multiply", "true_divide", "less", "bitwise_and", "floor_divide"])
@pytest.mark.parametrize("out_dtype", ["int8", "int64", "float32", "float64", "bool", "complex64"])
@pytest.mark.parametrize("casting", ["no", "safe", "same_kind", "unsafe"])
def test_out_and_casting(name, out_dtype, casting):
    x, y = np.array([1, 2, 3], np.int16), np.array([4, 5, 6], np.int16)
    check(_with_out(name, x, y, out_dtype, casting=casting), x, y, modes=("eager",))


@pytest.mark.parametrize("name", ["add", "subtract", "maximum", "logical_or", "power"])
@pytest.mark.parametrize("dtype", [None, "int8", "int64", "float32", "float64", "complex128", "bool"])
@pytest.mark.parametrize("casting", ["same_kind", "unsafe", "safe"])
def test_dtype_keyword(name, dtype, casting):
    x, y = np.array([1, 2, 3], np.int16), np.array([3, 0, 1], np.int16)
    check(lambda xp, a, b: getattr(xp, name)(a, b, dtype=dtype, casting=casting), x, y, modes=("eager",))
    check(lambda xp, a, b: getattr(xp, name)(a, b, dtype=dtype, casting=casting), x.astype(np.float64), y)


def test_where_keyword():
    x, y = np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0, 3.0])
    mask = np.array([True, False, True])
    check(_with_out("add", x, y, "float64", where=mask), x, y)
    check(lambda xp, a, b: xp.add(a, b, where=True), x, y)
    # without out=, NumPy leaves unselected elements uninitialized: compare only the selected ones
    got = np.asarray(tnp.add(tnp.asarray(x), tnp.asarray(y), where=mask))
    np.testing.assert_array_equal(got[:, mask], (x + y)[:, mask])


def test_inplace_operators_follow_numpy_casting():
    def fn(xp, a):
        a = xp.asarray(a.copy()) if xp is np else a
        a += 1
        a *= 3
        a -= a
        return a

    check(fn, np.array([1, 2], np.int8), modes=("eager",))

    def bad(xp, a):
        a = a.copy() if xp is np else a
        a += 1.5
        return a

    check(bad, np.array([1, 2], np.int8), modes=("eager",))


def test_positional_out_and_bad_arguments():
    x = tnp.asarray(np.array([1.0, 2.0]))
    out = tnp.asarray(np.zeros(2))
    assert tnp.add(x, x, out) is out
    np.testing.assert_array_equal(np.asarray(out), [2.0, 4.0])
    with pytest.raises(TypeError):
        tnp.add(x)
    with pytest.raises(TypeError):
        tnp.add(x, x, out=np.zeros(2))
    with pytest.raises(ValueError):
        tnp.add(x, x, out=tnp.asarray(np.zeros(3)))


# ---- matmul operator -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "dtype",
    [
        "bool", "int32", "int64", "float16", "float32", "float64", "complex64",
        "int8",
        "uint8",
    ],
)  # fmt: skip
@pytest.mark.parametrize(
    ("s1", "s2"), [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((5, 2, 3), (3, 2))]
)
def test_matmul_operator(dtype, s1, s2):
    rng = np.random.default_rng(1)
    a, b = rng.integers(0, 3, s1).astype(dtype), rng.integers(0, 3, s2).astype(dtype)
    check(lambda xp, x, y: x @ y, a, b)


def test_ufunc_attributes_match_numpy():
    for name, u in _operators.UFUNCS.items():
        nu = getattr(np, u.__name__)
        assert (u.nin, u.nout, u.nargs) == (nu.nin, nu.nout, nu.nargs), name
        assert u.identity == nu.identity or (u.identity is None and nu.identity is None), name
        assert isinstance(u, tnp.ufunc)


@pytest.mark.parametrize(("name", "method"), [("-x", "__neg__"), ("abs", "__abs__"), ("~", "__invert__")])
def test_unary_operator_fast_path(name: str, method: str) -> None:
    """-a / abs(a) / ~a run TF's op in one frame (`_tf.unary_method`) for the dtypes whose loop is the plain op:
    NumPy's values and dtype, a new writeable array (also from a read-only one), gradients recorded on a tape;
    the other dtypes take the general path (NumPy's TypeError for -bool, ~float)."""
    import tensorflow as tf
    from tnp_core._ndarray import ndarray

    assert ndarray.__dict__[method].__code__.co_name == "method"  # the fast method is installed
    op = UNARY_OPERATORS[name]
    for d in DTYPES:
        x = np.array([1, 0, 3], dtype=d)
        try:
            want = op(x)
        except TypeError:
            with pytest.raises(TypeError):
                op(tnp.asarray(x))
            continue
        a = tnp.asarray(x)
        a.setflags(write=False)
        got = op(a)
        assert type(got) is ndarray and got.flags.writeable
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(np.asarray(got), want)
    if name != "~":
        v = tnp.asarray(np.array([1.0, -2.0], np.float32))
        with tf.GradientTape() as tape:
            tape.watch(v)
            y = op(v).sum()
        slope = {"-x": [-1.0, -1.0], "abs": [1.0, -1.0]}[name]  # d/dv of sum(-v), sum(|v|) at v = (1, -2)
        np.testing.assert_array_equal(np.asarray(tape.gradient(y, v)), slope)


def test_generated_unary_op_names() -> None:
    """The op name is read only from generated one-tensor functions; others (attributes, composites) get None."""
    import tensorflow as tf
    from tensorflow.python.ops import gen_math_ops
    from tnp_core._tf import generated_unary_op

    assert generated_unary_op(gen_math_ops.neg) == "Neg"
    assert generated_unary_op(gen_math_ops._abs) == "Abs"
    assert generated_unary_op(gen_math_ops.is_nan) == "IsNan"
    assert generated_unary_op(gen_math_ops.log1p) == "Log1p"
    assert generated_unary_op(gen_math_ops.complex_abs) is None  # has a Tout attribute
    assert generated_unary_op(gen_math_ops.add_v2) is None  # two inputs
    assert generated_unary_op(tf.math.sqrt) is None  # math_ops' wrapper, not the generated function


@pytest.mark.parametrize("name", ["negative", "absolute", "invert", "logical_not"])
def test_one_frame_unary_ufunc(name: str) -> None:
    """Plain calls of unary ufuncs backed by one TF op take the one-frame path; NumPy's values and dtypes for
    every dtype (the ones outside the op's loop go through the general path)."""
    u = getattr(tnp, name)
    assert u._call1.__name__ == "method"
    for d in DTYPES:
        x = np.array([0, 1, 4], dtype=d)
        try:
            want = getattr(np, name)(x)
        except TypeError:
            with pytest.raises(TypeError):
                u(tnp.asarray(x))
            continue
        got = u(tnp.asarray(x))
        assert got.dtype == want.dtype, d
        np.testing.assert_array_equal(np.asarray(got), want)
