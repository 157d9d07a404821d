"""ufunc.reduce/accumulate/reduceat/outer/at and the ufunc attributes, differential against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
import tnp_core
from hypothesis import given, strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core._ufunc import REGISTRY
from tnp_core.testing import MODES, check

DTYPES = ["bool", "int8", "uint8", "int64", "float32", "float64", "complex64"]
SHAPES = [(), (0,), (4,), (2, 0, 3), (2, 3, 4)]
EAGER = ("eager",)
rng = np.random.default_rng(0)
pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")


def sample(shape: tuple[int, ...], dtype: str, positive: bool = False) -> np.ndarray:
    """Small values (so integer results do not depend on overflow), exact in every dtype."""
    d = np.dtype(dtype)
    if d.kind == "b":
        return rng.random(shape) < 0.5
    lo = 0 if positive or d.kind == "u" else -3
    v = rng.integers(lo, 4, shape)
    if d.kind == "f":
        return (v + 0.5).astype(d)
    if d.kind == "c":
        return (v + 0.5 + 1j * rng.integers(-2, 3, shape)).astype(d)
    return v.astype(d)


def axes_for(ndim: int) -> list:
    out = [0, -1, None, 1, ()]
    if ndim >= 2:
        out += [(0, 1), (0, 2)]
    return out


REDUCE_UFUNCS = [
    "add",
    "multiply",
    "maximum",
    "minimum",
    "logical_and",
    "logical_or",
    "logical_xor",
    "bitwise_and",
    "bitwise_xor",
    "subtract",
    "true_divide",
    "power",
    "equal",
]


@pytest.mark.parametrize("name", REDUCE_UFUNCS)
@pytest.mark.parametrize("dtype", DTYPES)
def test_reduce(name: str, dtype: str) -> None:
    positive = name == "power"
    # NumPy 2.4 bug: float power.reduce over the contiguous last axis gives x[0] ** x[-1]; we give the fold
    numpy_bug = name == "power" and dtype in ("float32", "float64")
    for shape in SHAPES:
        x = sample(shape, dtype, positive)
        for axis in axes_for(len(shape)):
            if numpy_bug and (len(shape) < 2 or axis != 0):
                continue
            for keepdims in (False, True) if axis in (1, None) else (False,):
                check(lambda xp, a: getattr(xp, name).reduce(a, axis=axis, keepdims=keepdims), x, modes=EAGER)
    # traced (static and unknown dims) on one non-empty shape
    check(lambda xp, a: getattr(xp, name).reduce(a, axis=0), sample((2, 3, 4), dtype, positive))
    if not numpy_bug:
        check(lambda xp, a: getattr(xp, name).reduce(a, axis=None), sample((5,), dtype, positive))


@pytest.mark.parametrize("dtype", DTYPES)
def test_reduce_initial_where_dtype_out(dtype: str) -> None:
    x = sample((3, 4), dtype)
    mask = rng.random((3, 4)) < 0.5
    for name in ("add", "maximum", "subtract", "logical_xor", "bitwise_or", "multiply"):
        for axis in (0, 1, None):
            modes = MODES if axis is None else EAGER
            check(lambda xp, a: getattr(xp, name).reduce(a, axis=axis, initial=1), x, modes=modes)
            check(
                lambda xp, a, m: getattr(xp, name).reduce(a, axis=axis, where=m, initial=2),
                x,
                mask,
                modes=EAGER,
            )
            check(lambda xp, a, m: getattr(xp, name).reduce(a, axis=axis, where=m), x, mask, modes=EAGER)
            check(lambda xp, a: getattr(xp, name).reduce(a[:0], axis=axis, initial=3), x, modes=EAGER)
        for dt in ("int8", "complex64") if dtype in ("bool", "float32") else ("float32", "bool"):
            check(lambda xp, a: getattr(xp, name).reduce(a, axis=0, dtype=dt), x, modes=EAGER)
        # out= of the loop's dtype or wider: NumPy's values with a narrowing out depend on its buffering
        try:
            loop = getattr(np, name).reduce(x, axis=0).dtype
        except TypeError:
            loop = np.dtype("complex128")
        for dt in {loop, np.dtype("complex128")} if loop.kind != "b" else {loop}:

            def with_out(xp, a):
                out = xp.zeros((4,), dt)
                r = getattr(xp, name).reduce(a, axis=0, out=out)
                assert r is out
                return out

            check(with_out, x, modes=EAGER)


def test_reduce_errors() -> None:
    x = sample((2, 3), "float64")
    for call in (
        lambda xp, a: xp.negative.reduce(a),  # unary
        lambda xp, a: xp.subtract.reduce(a, axis=(0, 1)),  # not reorderable
        lambda xp, a: xp.maximum.reduce(a, where=a > 0),  # no identity, no initial
        lambda xp, a: xp.maximum.reduce(a[:, :0], axis=1),  # zero-size, no identity
        lambda xp, a: xp.add.reduce(a, axis=2),  # AxisError
        lambda xp, a: xp.add.reduce(a[0, 0], axis=1),  # 0-d with axis 1
        lambda xp, a: xp.add.reduce(a, axis=[0]),  # list axis
        lambda xp, a: xp.add.reduce(a, axis=(0, 0)),  # repeated axis
        lambda xp, a: xp.less.reduce(a),  # no loop
        lambda xp, a: xp.add.reduce(a, out=xp.zeros((5,))),  # wrong out shape
        lambda xp, a: xp.add.reduce(a, where=xp.ones((4,), bool)),  # where does not broadcast
    ):
        check(call, x, modes=EAGER)


ACC_UFUNCS = ["add", "multiply", "maximum", "minimum", "subtract", "logical_or", "bitwise_xor", "true_divide"]


@pytest.mark.parametrize("name", ACC_UFUNCS)
@pytest.mark.parametrize("dtype", DTYPES)
def test_accumulate(name: str, dtype: str) -> None:
    for shape in SHAPES:
        x = sample(shape, dtype)
        for axis in (0, -1, 1, (0,), None):
            check(lambda xp, a: getattr(xp, name).accumulate(a, axis=axis), x, modes=EAGER)
    x = sample((3, 4), dtype)
    check(lambda xp, a: getattr(xp, name).accumulate(a, axis=1), x)
    for dt in ("int64", "float32", "bool"):
        check(lambda xp, a: getattr(xp, name).accumulate(a, dtype=dt), x, modes=EAGER)

        def with_out(xp, a):
            out = xp.zeros((3, 4), dt)
            assert getattr(xp, name).accumulate(a, out=out) is out
            return out

        check(with_out, x, modes=EAGER)


@pytest.mark.parametrize("name", ["add", "multiply", "maximum", "subtract", "bitwise_or", "logical_and"])
@pytest.mark.parametrize("dtype", DTYPES)
def test_reduceat(name: str, dtype: str) -> None:
    x = sample((8,), dtype)
    for idx in ([0, 4, 1, 5, 5, 7], [0], [3, 3], [7, 2], [], [0, 8], [-1], [[0, 1]]):
        check(lambda xp, a: getattr(xp, name).reduceat(a, idx), x, modes=EAGER)
    check(lambda xp, a: getattr(xp, name).reduceat(a, [0, 4, 1, 5, 5, 7]), x)
    y = sample((2, 5, 3), dtype)
    check(lambda xp, a: getattr(xp, name).reduceat(a, [0, 2, 4], axis=1), y)
    check(lambda xp, a: getattr(xp, name).reduceat(a, [1, 0], axis=-1, dtype="float64"), y, modes=EAGER)
    check(lambda xp, a: getattr(xp, name).reduceat(a[0, 0, 0], [0]), y, modes=EAGER)  # 0-d: TypeError
    check(lambda xp, a: getattr(xp, name).reduceat(a, [0], axis=3), y, modes=EAGER)  # AxisError


@pytest.mark.parametrize("name", ["add", "subtract", "multiply", "less", "maximum", "power"])
@pytest.mark.parametrize("dtype", DTYPES)
def test_outer(name: str, dtype: str) -> None:
    positive = name == "power"
    for sa, sb in (((), ()), ((3,), (2,)), ((2, 3), (4,)), ((0,), (2, 2)), ((), (3,))):
        a, b = sample(sa, dtype, positive), sample(sb, "int8", positive)
        check(lambda xp, x, y: getattr(xp, name).outer(x, y), a, b, modes=EAGER)
    a, b = sample((2, 3), dtype, positive), sample((4,), dtype, positive)
    check(lambda xp, x, y: getattr(xp, name).outer(x, y), a, b)
    check(lambda xp, x: getattr(xp, name).outer(x, 2), a, modes=EAGER)
    check(lambda xp, x, y: getattr(xp, name).outer(x, y, dtype="float64"), a, b, modes=EAGER)


def _at(name: str, idx, b=None):
    def fn(xp, a, *rest):
        c = a.copy()
        u = getattr(xp, name)
        if u.nin == 1:
            assert u.at(c, idx) is None
        else:
            u.at(c, idx, rest[0] if rest else b)
        return c

    return fn


INDICES = [[0, 0, 2], 1, slice(1, None), (Ellipsis,), np.array([3, 1, 3, 3])]


@pytest.mark.parametrize(
    "name", ["add", "subtract", "multiply", "maximum", "minimum", "true_divide", "negative"]
)
@pytest.mark.parametrize("dtype", DTYPES)
def test_at(name: str, dtype: str) -> None:
    x = sample((4,), dtype)
    for idx in INDICES:
        for b in (sample((), dtype), 2, sample((), "int8")):
            check(_at(name, idx, None), x, b, modes=EAGER)
    check(_at(name, [0, 0, 2]), x, sample((3,), dtype))
    m = sample((3, 4), dtype)
    mask = m.real > 0 if dtype != "bool" else m
    for idx in ((np.array([0, 0, 2]), np.array([1, 1, 3])), (slice(None), [0, 0]), mask):
        check(_at(name, idx), m, 2, modes=EAGER)
    check(_at(name, [0, 0], 2), m, modes=EAGER)  # rows, b broadcast
    check(_at(name, (), 3), np.asarray(sample((), dtype)), modes=EAGER)  # 0-d


def test_at_errors() -> None:
    x = sample((4,), "float64")
    check(_at("add", [9], 1), x, modes=EAGER)  # IndexError
    check(_at("add", [0, 1], np.ones(3)), x, modes=EAGER)  # shape mismatch
    check(lambda xp, a: xp.add.at(a.copy(), [0]), x, modes=EAGER)  # second operand needed
    check(lambda xp, a: xp.negative.at(a.copy(), [0], 1), x, modes=EAGER)  # unary with a second operand
    check(lambda xp, a: xp.add.at([1.0, 2.0], [0], 1), x, modes=EAGER)  # not an array
    check(lambda xp, a: xp.invert.at(a.copy(), [0]), x, modes=EAGER)  # no loop for float


SMALL = st.integers(-9, 9)


@given(
    hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=4), elements=SMALL),
    st.integers(-3, 2),
    st.sampled_from(["add", "subtract", "maximum", "logical_xor"]),
)
def test_reduce_accumulate_hypothesis(x: np.ndarray, axis: int, name: str) -> None:
    check(lambda xp, a: getattr(xp, name).reduce(a, axis=axis), x, modes=EAGER)
    check(lambda xp, a: getattr(xp, name).accumulate(a, axis=axis), x, modes=EAGER)


def test_attributes() -> None:
    assert REGISTRY["add"] is tnp_core.add and REGISTRY["divide"] is tnp_core.true_divide
    for name, u in REGISTRY.items():
        n = getattr(np, name)
        for attr in ("nin", "nout", "nargs", "identity", "ntypes", "types", "signature"):
            assert getattr(u, attr) == getattr(n, attr), (name, attr)
        assert u.__name__ == u.spec.name and isinstance(u.__doc__, str)
        methods = {"reduce", "accumulate", "reduceat", "outer", "at"}
        for m in methods:
            assert callable(getattr(u, m))
