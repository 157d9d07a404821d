"""Array creation against NumPy: zeros/ones/empty/full and `_like`, arange/linspace/logspace/geomspace,
eye/identity/tri/diag, meshgrid/indices/fromfunction; signatures, errors, prefer_float32, devices."""

from __future__ import annotations

import functools
import inspect
import math
import types

import ml_dtypes
import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from hypothesis import assume, given, strategies as st
from tnp_core import _creation as C, _ranges as R, testing

XP = types.SimpleNamespace(**{n: getattr(tnp_core, n) for n in dir(tnp_core) if not n.startswith("_")})
for _m in (C, R):
    XP.__dict__.update({n: getattr(_m, n) for n in _m.__all__})
check = functools.partial(testing.check, xp=XP)
# calls with only Python arguments: eager here (graph mode for them is covered by
# test_creation_inside_tf_function); calls with array arguments run in every mode
check_py = functools.partial(testing.check, xp=XP, modes=("eager",))

pytestmark = pytest.mark.filterwarnings(
    "ignore::numpy.exceptions.ComplexWarning", "ignore:invalid value:RuntimeWarning"
)

BF16 = np.dtype(ml_dtypes.bfloat16)
DTYPES = [
    np.dtype(n)
    for n in (
        "bool",
        "int8",
        "int16",
        "int32",
        "int64",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "float16",
        "float32",
        "float64",
        "complex64",
        "complex128",
    )
] + [BF16]
SHAPES = [(), 0, 3, (2, 0), (2, 3), [1, 2, 1]]


def sweep(*axes: list, every: int = 4) -> list:
    """The cross product of the parameter lists: every `every`-th combination by default (a diagonal walk,
    so each value of each axis still appears), the rest marked exhaustive."""
    import itertools

    out = []
    for i, combo in enumerate(itertools.product(*axes)):
        marks = () if i % every == 0 else (pytest.mark.exhaustive,)
        out.append(pytest.param(*combo, marks=marks, id="-".join(str(c) for c in combo)))
    return out


def sample(dtype: np.dtype, shape: tuple[int, ...]) -> np.ndarray:
    n = int(np.prod(shape))
    return np.asarray((np.arange(n) % 5 + 1).astype(dtype).reshape(shape))


# ---- zeros, ones, empty, full and the _like forms ----------------------------------------------------------


@pytest.mark.parametrize("dtype", DTYPES, ids=str)
@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_filled_arrays(dtype, shape):
    check_py(lambda xp: xp.zeros(shape, dtype))
    check_py(lambda xp: xp.ones(shape, dtype=dtype, order="F"))
    check_py(lambda xp: xp.full(shape, 3, dtype))
    check_py(lambda xp: xp.empty(shape, dtype).shape, modes=("eager",))
    assert C.empty(shape, dtype).dtype == np.empty(shape, dtype).dtype


@pytest.mark.parametrize("dtype, shape", sweep(DTYPES, [(), (0,), (2, 3)], every=3))
def test_like_forms(dtype, shape):
    a = sample(dtype, shape)
    for name in ("zeros_like", "ones_like"):
        check(lambda xp, x: getattr(xp, name)(x), a)
        check(lambda xp, x: getattr(xp, name)(x, dtype=np.int16), a)
        check(lambda xp, x: getattr(xp, name)(x, shape=(3, 1)), a)
    check(lambda xp, x: xp.full_like(x, 2), a)
    check(lambda xp, x: xp.full_like(x, 1.5, dtype=np.float32, shape=4), a)
    check(lambda xp, x: xp.empty_like(x).shape, a, modes=("eager",))
    assert C.empty_like(a, dtype=np.uint8).dtype == np.uint8 and C.empty_like(a).dtype == a.dtype


def test_full_fill_values():
    check_py(lambda xp: xp.full(3, 1.5))
    check_py(lambda xp: xp.full((2, 3), [1, 2, 3]))
    check_py(lambda xp: xp.full((2, 3), np.array([1.5, 2.5, 3.5], np.float32)))
    check_py(lambda xp: xp.full((2,), np.array([1.5]), dtype=int))
    check_py(lambda xp: xp.full(2, 1 + 1j, dtype=float))
    check_py(lambda xp: xp.full(2, True))
    check_py(lambda xp: xp.full(2, 2**63))
    check_py(lambda xp: xp.full(3, [1, 2]))  # ValueError: cannot broadcast
    check_py(lambda xp: xp.full(3, 300, dtype=np.int8))  # OverflowError
    check(lambda xp, v: xp.full((2, 2), v), np.array([1, 2], np.int8))
    check(lambda xp, v: xp.full_like(v, 7.9), np.array([1, 2], np.int8))
    check(lambda xp, v: xp.full_like(v, 300), np.array([1, 2], np.int8))  # OverflowError
    check(lambda xp, v: xp.full_like(v, v[::-1]), np.array([1, 2], np.int8))


@pytest.mark.parametrize("name", ["zeros", "ones", "empty"])
def test_shape_and_order_errors(name):
    if name != "empty":  # empty's values are arbitrary in NumPy
        check_py(lambda xp: getattr(xp, name)(np.int8(3)))
        check_py(lambda xp: getattr(xp, name)([]))
    check_py(lambda xp: getattr(xp, name)(-1))
    check_py(lambda xp: getattr(xp, name)((2, -1)))
    check_py(lambda xp: getattr(xp, name)(2.0))
    check_py(lambda xp: getattr(xp, name)((2, 2.0)))
    check_py(lambda xp: getattr(xp, name)(None))
    check_py(lambda xp: getattr(xp, name)(3, order="K"))
    check_py(lambda xp: getattr(xp, name)(3, order="X"))
    check_py(lambda xp: getattr(xp, name + "_like")([1, 2], order="X"))
    check_py(lambda xp: getattr(xp, name + "_like")([1, 2], shape=(-1,)))
    with pytest.raises(NotImplementedError, match="like"):
        getattr(C, name)(3, like=np.zeros(1))


def test_like_forms_with_unknown_dims_inside_tf_function():
    @tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32)])
    def f(x):
        return C.zeros_like(x).tensor, C.full_like(x, 2).tensor, C.ones_like(x, dtype=np.int8).tensor

    z, full, o = f(tf.ones([3, 2]))
    assert z.shape == (3, 2) and np.all(full.numpy() == 2) and o.dtype == tf.int8


def test_zeros_with_a_tensor_shape_inside_tf_function():
    @tf.function(autograph=False)
    def f(x):
        return C.zeros(tf.shape(x), np.int32).tensor, C.full(tf.shape(x)[0], 1.5).tensor

    z, full = f(tf.ones([2, 3]))
    assert z.shape == (2, 3) and z.dtype == tf.int32 and full.shape == (2,)


# ---- arange ------------------------------------------------------------------------------------------------

ARANGE = [
    (5,),
    (0,),
    (-3,),
    (1, 5),
    (5, 1),
    (0, 10, 3),
    (10, 0, -3),
    (0.1, 0.4, 0.1),
    (-3.5, 2.2, 0.7),
    (1, 2, 0.1),
    (3.0,),
    (0, 1e-3, 1e-4),
    (True,),
    (False, True),
    (2**62, 2**62 + 3),
    (2**64 - 3, 2**64 - 1),
    (0, 3 + 1j),
    (1j, 5j),
    (0, 5, 1 + 1j),
    (3, None, 2),
    (np.int8(3),),
    (np.float32(2.5),),
    (np.array(5),),
    (np.uint64(7),),
]


@pytest.mark.parametrize("args", ARANGE, ids=repr)
def test_arange_infers_numpys_dtype_and_values(args):
    check_py(lambda xp: xp.arange(*args))


@pytest.mark.parametrize("dtype", DTYPES, ids=str)
def test_arange_with_dtype(dtype):
    check_py(lambda xp: xp.arange(2, dtype=dtype))
    if dtype.kind != "b":
        check_py(lambda xp: xp.arange(0, 10, 3, dtype=dtype))
        check_py(lambda xp: xp.arange(10, 0, -3, dtype=dtype))  # wraps for unsigned dtypes, as NumPy
        check_py(lambda xp: xp.arange(0.5, 4, 1.5, dtype=dtype))
        check_py(lambda xp: xp.arange(0, dtype=dtype))


@pytest.mark.parametrize(
    "args, kw",
    [
        ((0, 5, 0), {}),
        ((0, 5.0, 0.0), {}),
        ((0, np.inf), {}),
        ((0, np.nan), {}),
        ((1e20,), {}),
        ((3,), {"dtype": bool}),
        ((300, 302), {"dtype": np.int8}),
        ((None, 3), {}),
        ((np.array([5]),), {}),
        (("a",), {}),
        ((-1, 2), {"dtype": np.uint8}),
    ],
    ids=repr,
)
def test_arange_errors(args, kw):
    check_py(lambda xp: xp.arange(*args, **kw))


@given(
    start=st.integers(-50, 50),
    stop=st.integers(-50, 50) | st.none(),
    step=st.integers(-7, 7).filter(bool),
    dtype=st.sampled_from(
        [None, "int8", "int32", "int64", "uint8", "uint32", "uint64", "float32", "float64"]
    ),
)
def test_arange_integers_hypothesis(start, stop, step, dtype):
    if dtype is not None and np.dtype(dtype).kind == "u":
        assume(start >= 0 and start + step >= 0)
    check_py(lambda xp: xp.arange(start, stop, step, dtype=dtype), modes=("eager",))


@given(
    start=st.floats(-100, 100, allow_nan=False),
    stop=st.floats(-100, 100, allow_nan=False),
    step=st.floats(-10, 10, allow_nan=False).filter(lambda s: abs(s) > 0.05),
    dtype=st.sampled_from([None, "float16", "float32", "float64", "int16", "int64", "complex64"]),
)
def test_arange_floats_hypothesis(start, stop, step, dtype):
    expected = np.arange(start, stop, step, dtype=dtype)
    got = R.arange(start, stop, step, dtype=dtype)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    scale = max(abs(start), abs(stop), 1.0)
    tol = {"float16": 2e-3, "complex64": 1e-6, "float32": 1e-6}.get(str(dtype), 1e-12) * scale * 4
    if expected.dtype.kind in "iu":  # an ulp of difference may move a truncation: compare the first two only
        np.testing.assert_array_equal(np.asarray(got)[:2], expected[:2])
    else:
        np.testing.assert_allclose(np.asarray(got), expected, rtol=0, atol=tol)


def test_arange_with_tensor_arguments_inside_tf_function():
    f = tf.function(lambda n: R.arange(n).tensor, autograph=False)
    for n in (0, 1, 5):
        out = f(tf.constant(n))
        np.testing.assert_array_equal(out.numpy(), np.arange(n))
        assert out.dtype == tf.int64
    g = tf.function(lambda a, b, s: R.arange(a, b, s, dtype=np.float32).tensor, autograph=False)
    out = g(tf.constant(0.5, tf.float64), tf.constant(3.0, tf.float64), tf.constant(0.5, tf.float64))
    np.testing.assert_allclose(out.numpy(), np.arange(0.5, 3.0, 0.5, dtype=np.float32))
    h = tf.function(lambda b: R.arange(1, b, 2).tensor, autograph=False)
    out = h(tf.constant(6.0, tf.float32))
    np.testing.assert_allclose(out.numpy(), np.arange(1, np.float32(6.0), 2))
    assert out.dtype == tf.float64


# ---- linspace, logspace, geomspace -------------------------------------------------------------------------

LINSPACE = [
    ((0, 1), {}),
    ((0, 1, 5), {}),
    ((0, 1, 5), {"endpoint": False}),
    ((1, 0, 7), {}),
    ((0, 1, 1), {}),
    ((0, 1, 0), {}),
    ((0, 1, 2), {"endpoint": False}),
    ((-5, 5, 11), {"dtype": int}),
    ((0, 10, 4), {"dtype": int}),
    ((-10, 0, 4), {"dtype": np.int8}),
    ((0, 1, 3), {"dtype": bool}),
    ((0, 1j, 3), {}),
    ((1 + 2j, -1, 4), {}),
    ((True, False, 3), {}),
    ((np.int8(0), 1, 3), {}),
    ((np.float16(0), 1, 3), {}),
    ((np.float32(0), 1, 3), {}),
    ((0, 1, 3), {"dtype": np.float32}),
    (([0, 1], 3, 3), {}),
    (([0, 1], 3, 3), {"axis": 1}),
    (([0, 1], 3, 3), {"axis": -1}),
    (([[0, 1]], [[2], [3]], 4), {"axis": 1}),
    (([1, 2], [3, 4], 3), {"dtype": int, "axis": -1}),
    ((0, 1, 3), {"axis": 1}),
    (([0, 1], 3, 3), {"axis": -3}),
    ((0, 1, -1), {}),
    ((0, 1, 2.5), {}),
    ((0, 1e-310, 3), {}),
    ((np.array(0, np.uint64), 10, 3), {}),
    ((5, 5, 4), {}),
]


@pytest.mark.parametrize("args, kw", LINSPACE, ids=repr)
def test_linspace(args, kw):
    check_py(lambda xp: xp.linspace(*args, **kw))


@pytest.mark.parametrize("args, kw", LINSPACE[:-6], ids=repr)
def test_linspace_retstep(args, kw):
    check_py(lambda xp: xp.linspace(*args, retstep=True, **kw))


def test_linspace_with_array_start_stop_in_every_mode():
    s, e = np.array([0.0, 1.0, -2.0]), np.array([[2.0], [3.0]])
    check(lambda xp, a, b: xp.linspace(a, b, 5), s, e)
    check(lambda xp, a, b: xp.linspace(a, b, 4, axis=-1, endpoint=False, retstep=True), s, e)
    check(lambda xp, a, b: xp.linspace(a, b, 3, axis=1, dtype=np.int32), s, e)
    check(lambda xp, a: xp.linspace(a, 10, 6), np.array([1, 2], np.int16))
    check(lambda xp, a: xp.linspace(a, 1.5, 6), np.array([1, 2], np.float32))


@given(
    start=st.floats(-1e3, 1e3, allow_nan=False),
    stop=st.floats(-1e3, 1e3, allow_nan=False),
    num=st.integers(0, 20),
    endpoint=st.booleans(),
    dtype=st.sampled_from([None, "float32", "float64", "complex128"]),
)
def test_linspace_hypothesis(start, stop, num, endpoint, dtype):
    check(
        lambda xp: xp.linspace(start, stop, num, endpoint=endpoint, dtype=dtype),
        modes=("eager",),
        atol=1e-9 * max(abs(start), abs(stop), 1)
        if dtype in (None, "float64", "complex128")
        else 1e-4 * max(abs(start), abs(stop), 1),
    )


@pytest.mark.parametrize(
    "args, kw",
    [
        ((0, 2, 3), {}),
        ((0, 2, 3), {"base": 2}),
        ((0, 2, 3), {"base": [2, 3]}),
        ((np.float32(0), 2, 3), {}),
        ((0, 2, 3), {"dtype": int}),
        ((0, 2, 4), {"endpoint": False}),
        (([0, 1], 2, 3), {"axis": 1, "base": np.array([2.0, 3.0])}),
        (([0, 1], 2, 3), {"axis": -1}),
        ((0, 1j, 3), {}),
        ((0, 2, 3), {"base": 2j}),
        ((0, 2, 0), {}),
        ((0, 2, 3), {"dtype": np.float16}),
        ((0, 2, 3), {"base": [2, 3], "axis": 2}),
    ],
    ids=repr,
)
def test_logspace(args, kw):
    check_py(lambda xp: xp.logspace(*args, **kw))


@pytest.mark.parametrize(
    "args, kw",
    [
        ((1, 1000, 4), {}),
        ((-1, -1000, 4), {}),
        ((1000, 1, 4), {}),
        ((1, 1000, 4), {"endpoint": False}),
        ((0, 10, 3), {}),
        ((1, 0, 3), {}),
        ((1j, 1000j, 4), {}),
        ((1 + 1j, 1000 + 1000j, 4), {}),
        ((np.float32(1), 1000, 4), {}),
        ((np.int8(1), 100, 3), {}),
        (([1, 2], 100, 3), {"axis": 1}),
        ((1, 100, 3), {"dtype": np.float16}),
        ((1, 256, 9), {"dtype": np.float32}),
        ((1, 2, 1), {}),
        ((1, 2, 0), {}),
        ((2, 2, 3), {}),
    ],
    ids=repr,
)
def test_geomspace(args, kw):
    check_py(lambda xp: xp.geomspace(*args, **kw))


def test_ranges_with_tensor_start_stop_in_every_mode():
    check(lambda xp, a, b: xp.logspace(a, b, 4), np.array([0.0, 1.0]), np.array(2.0))
    check(lambda xp, a, b: xp.geomspace(a, b, 4, axis=-1), np.array([1.0, -2.0]), np.array([8.0, -16.0]))


# ---- matrices ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", DTYPES, ids=str)
def test_eye_identity_tri(dtype):
    for n, m, k in [(3, None, 0), (2, 4, 1), (4, 2, -1), (3, 3, 5), (3, 3, -5), (0, None, 0), (1, 0, 0)]:
        check_py(lambda xp: xp.eye(n, m, k, dtype))
        check_py(lambda xp: xp.tri(n, m, k, dtype))
    check_py(lambda xp: xp.identity(3, dtype))


def test_eye_tri_defaults_and_errors():
    check_py(lambda xp: xp.eye(3))
    check_py(lambda xp: xp.eye(3, order="F"))
    check_py(lambda xp: xp.identity(2))
    check_py(lambda xp: xp.tri(3, k=-1))
    check_py(lambda xp: xp.tri(-1))
    for bad in (
        lambda xp: xp.eye(-1),
        lambda xp: xp.eye(2, -1),
        lambda xp: xp.eye(2.0),
        lambda xp: xp.eye(2, k=1.0),
        lambda xp: xp.eye(2, order="K"),
        lambda xp: xp.identity(-2),
    ):
        check_py(bad)


@pytest.mark.parametrize(
    "dtype, k",
    sweep(["bool", "int8", "uint32", "float16", "float64", "complex64", BF16], [-4, -1, 0, 2, 5], every=4),
)
def test_diag(dtype, k):
    check(lambda xp, v: xp.diag(v, k), sample(np.dtype(dtype), (3,)))
    check(lambda xp, v: xp.diag(v, k), sample(np.dtype(dtype), (0,)))
    check(lambda xp, v: xp.diag(v, k), sample(np.dtype(dtype), (3, 5)))
    check(lambda xp, v: xp.diag(v, k), sample(np.dtype(dtype), (4, 2)))


def test_diag_errors_and_lists():
    check_py(lambda xp: xp.diag([1, 2, 3], 1))
    check_py(lambda xp: xp.diag([[1, 2], [3, 4]], -1))
    check(lambda xp, v: xp.diag(v), np.array(1.0))
    check(lambda xp, v: xp.diag(v), np.ones((2, 2, 2)))
    check(lambda xp, v: xp.diag(v, 1.0), np.ones(2))


# ---- grids -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("indexing", ["xy", "ij"])
@pytest.mark.parametrize("sparse", [False, True])
def test_meshgrid(indexing, sparse):
    x, y, z = np.arange(3), np.linspace(0, 1, 4).astype(np.float32), np.array([True, False])
    check(lambda xp, a: xp.meshgrid(a, indexing=indexing, sparse=sparse), x)
    check(lambda xp, a, b: xp.meshgrid(a, b, indexing=indexing, sparse=sparse), x, y)
    check(lambda xp, a, b, c: xp.meshgrid(a, b, c, indexing=indexing, sparse=sparse, copy=False), x, y, z)
    check(lambda xp, a, b: xp.meshgrid(a, b, indexing=indexing, sparse=sparse), np.ones((2, 2)), np.zeros(0))
    check_py(lambda xp: xp.meshgrid([1, 2], 3.5, indexing=indexing, sparse=sparse))


def test_meshgrid_edge_cases():
    check_py(lambda xp: xp.meshgrid())
    check_py(lambda xp: xp.meshgrid([1, 2], [3, 4, 5], indexing="xx"))


@pytest.mark.parametrize("dims", [(), (3,), (2, 3), (2, 0, 4)], ids=str)
@pytest.mark.parametrize("dtype", [int, float, np.int8, np.float32, np.complex64])
def test_indices_and_fromfunction(dims, dtype):
    check_py(lambda xp: xp.indices(dims, dtype=dtype))
    check_py(lambda xp: xp.indices(dims, dtype=dtype, sparse=True))
    if dims:
        check_py(lambda xp: xp.fromfunction(lambda *ix: sum(ix) * 2, dims, dtype=dtype))


def test_indices_and_fromfunction_errors_and_kwargs():
    check_py(lambda xp: xp.indices((2, -1)))
    check_py(lambda xp: xp.indices(3))
    check_py(lambda xp: xp.fromfunction(lambda i, j, c: i * c + j, (2, 3), c=10))
    check_py(lambda xp: xp.fromfunction(lambda i: i, (3,), dtype=int))


# ---- prefer_float32, devices, like=, signatures ------------------------------------------------------------


def test_prefer_float32_gives_float32_defaults_but_keeps_explicit_dtypes():
    made = {
        "zeros": lambda d: C.zeros(2) if d is None else C.zeros(2, d),
        "ones_like": lambda d: C.ones_like([1.5]) if d is None else C.ones_like([1.5], dtype=d),
        "full": lambda d: C.full(2, 1.5) if d is None else C.full(2, 1.5, d),
        "eye": lambda d: C.eye(2) if d is None else C.eye(2, dtype=d),
        "identity": lambda d: C.identity(2) if d is None else C.identity(2, d),
        "tri": lambda d: C.tri(2) if d is None else C.tri(2, dtype=d),
        "arange": lambda d: R.arange(0.5, 3) if d is None else R.arange(0.5, 3, dtype=d),
        "linspace": lambda d: R.linspace(0, 1, 3) if d is None else R.linspace(0, 1, 3, dtype=d),
        "logspace": lambda d: R.logspace(0, 1, 3) if d is None else R.logspace(0, 1, 3, dtype=d),
        "geomspace": lambda d: R.geomspace(1, 2, 3) if d is None else R.geomspace(1, 2, 3, dtype=d),
        "fromfunction": lambda d: (
            C.fromfunction(lambda i: i, (2,)) if d is None else C.fromfunction(lambda i: i, (2,), dtype=d)
        ),
    }
    with tnp_core.config(prefer_float32=True):
        for name, make in made.items():
            assert make(None).dtype == np.float32, name
            assert make(np.float64).dtype == np.float64, name
        assert R.arange(3).dtype == np.int64
        assert C.zeros(2, dtype=float).dtype == np.float64  # an explicit `float` is float64
        assert C.indices((2,), dtype=float).dtype == np.float64
        assert R.linspace(0, 1j, 3).dtype == np.complex64
        assert R.linspace(np.float64(0), 1, 3).dtype == np.float64  # a NumPy scalar is strong, as in NumPy
        assert R.arange(np.float64(3)).dtype == np.float64
        assert R.linspace(np.zeros(2), 1, 3).dtype == np.float64
    assert C.zeros(2).dtype == np.float64 and R.arange(0.5, 3).dtype == np.float64


DEVICE_CALLS = {
    "zeros": lambda d: C.zeros(2, device=d),
    "ones": lambda d: C.ones(2, device=d),
    "empty": lambda d: C.empty(2, device=d),
    "full": lambda d: C.full(2, 1, device=d),
    "zeros_like": lambda d: C.zeros_like([1], device=d),
    "ones_like": lambda d: C.ones_like([1], device=d),
    "empty_like": lambda d: C.empty_like([1], device=d),
    "full_like": lambda d: C.full_like([1], 2, device=d),
    "arange": lambda d: R.arange(3, device=d),
    "linspace": lambda d: R.linspace(0, 1, 3, device=d),
    "logspace": lambda d: R.logspace(0, 1, 3, device=d),
    "geomspace": lambda d: R.geomspace(1, 2, 3, device=d),
    "eye": lambda d: C.eye(2, device=d),
    "identity": lambda d: C.identity(2, device=d),
    "tri": lambda d: C.tri(2, device=d),
    "indices": lambda d: C.indices((2,), device=d),
    "frombuffer": lambda d: C.frombuffer(b"\0" * 8, device=d),
    "from_dlpack": lambda d: C.from_dlpack(np.ones(2), device=d),
    "array": lambda d: C.array([1], device=d),
    "asarray": lambda d: C.asarray([1], device=d),
}


@pytest.mark.parametrize("name", sorted(DEVICE_CALLS))
def test_device_places_the_result(name):
    assert DEVICE_CALLS[name]("CPU:1").device.endswith("CPU:1")
    assert DEVICE_CALLS[name]("CPU:0").device.endswith("CPU:0")


NAMES = [
    "array",
    "asarray",
    "asanyarray",
    "ascontiguousarray",
    "asfortranarray",
    "copy",
    "zeros",
    "ones",
    "empty",
    "full",
    "zeros_like",
    "ones_like",
    "empty_like",
    "full_like",
    "arange",
    "linspace",
    "logspace",
    "geomspace",
    "eye",
    "identity",
    "tri",
    "diag",
    "meshgrid",
    "indices",
    "fromfunction",
    "frombuffer",
    "from_dlpack",
]
EXTRA_DEVICE = {"array", "logspace", "geomspace", "identity", "tri", "indices", "frombuffer"}


@pytest.mark.parametrize("name", NAMES)
def test_signature_matches_numpy(name):
    ours = inspect.signature(getattr(XP, name)).parameters
    theirs = inspect.signature(getattr(np, name)).parameters
    extra = [p for p in ours if p not in theirs]
    assert extra == (["device"] if name in EXTRA_DEVICE else []), extra
    assert list(theirs) == [p for p in ours if p in theirs]
    for p, q in theirs.items():
        assert ours[p].kind == q.kind, p
        assert ours[p].default == q.default or (q.default is float and ours[p].default is float), p
    if "device" in extra:
        assert ours["device"].kind == inspect.Parameter.KEYWORD_ONLY and ours["device"].default is None


@pytest.mark.parametrize(
    "name", ["zeros", "ones", "empty", "eye", "identity", "tri", "arange", "fromfunction", "array"]
)
def test_like_raises_not_implemented(name):
    fn = getattr(XP, name)
    args = {"fromfunction": (lambda i: i, (2,)), "arange": (3,)}.get(name, (2,))
    with pytest.raises(NotImplementedError, match="like"):
        fn(*args, like=np.zeros(1))
    assert isinstance(fn(*args, like=None), tnp_core.ndarray)


def test_docstrings_exist():
    for name in NAMES:
        doc = getattr(XP, name).__doc__
        assert doc and f"numpy.{name}" in doc, name


def test_creation_inside_tf_function_with_python_arguments():
    @tf.function(autograph=False)
    def f():
        return [
            t.tensor
            for t in (
                C.zeros((2, 3)),
                C.eye(3, k=1),
                R.arange(1, 7, 2),
                R.linspace(0, 1, 5),
                R.geomspace(1, 8, 4),
                C.diag([1, 2]),
                *C.meshgrid([1, 2], [3, 4, 5]),
                C.indices((2, 2)),
            )
        ]

    expected = [
        np.zeros((2, 3)),
        np.eye(3, k=1),
        np.arange(1, 7, 2),
        np.linspace(0, 1, 5),
        np.geomspace(1, 8, 4),
        np.diag([1, 2]),
        *np.meshgrid([1, 2], [3, 4, 5]),
        np.indices((2, 2)),
    ]
    for got, exp in zip(f(), expected):
        assert got.dtype == tf.as_dtype(exp.dtype) and tuple(got.shape) == exp.shape
        np.testing.assert_allclose(got.numpy(), exp, rtol=1e-12)
    assert math.isnan(R.linspace(0, 1, 1, retstep=True)[1])


# ---- the eager plan caches of zeros/ones/full and arange ---------------------------------------------------


def _same_bits(got, expected):
    """Same dtype, shape and bits (so -0.0 is not 0.0, and a NaN keeps its sign)."""
    got = np.asarray(got)
    assert got.dtype == expected.dtype and got.shape == expected.shape, (got, expected)
    assert got.tobytes() == expected.tobytes(), (got, expected)


# calls that hash (and compare) equal to the one before them but mean something else, each made after it
FILL_LOOKALIKES = [
    lambda xp: xp.zeros((2, 3)),
    lambda xp: xp.zeros((2.0, 3)),  # TypeError (2.0 == 2)
    lambda xp: xp.zeros((np.float64(2), 3)),
    lambda xp: xp.zeros([2, 3.0]),
    lambda xp: xp.ones((1, 3)),
    lambda xp: xp.ones((True, 3)),  # TypeError (True == 1)
    lambda xp: xp.ones([1, 3]),
    lambda xp: xp.zeros(1),
    lambda xp: xp.zeros(True),
    lambda xp: xp.zeros(3, tf.float32 if xp is C else np.float32),
    lambda xp: xp.zeros(3, 1),  # TypeError (tf.float32 == 1, same hash)
    lambda xp: xp.zeros(3, np.dtype("f8")),
    lambda xp: xp.zeros(3, "f4"),
    lambda xp: xp.full(3, 1),
    lambda xp: xp.full(3, True),
    lambda xp: xp.full(3, 1.0),
    lambda xp: xp.full(3, 1 + 0j),
    lambda xp: xp.full(3, 0.0),
    lambda xp: xp.full(3, -0.0),
    lambda xp: xp.full(3, 0.0, np.float32),
    lambda xp: xp.full(3, -0.0, np.float32),
    lambda xp: xp.full(3, complex(1, 0.0)),
    lambda xp: xp.full(3, complex(1, -0.0)),
    lambda xp: xp.full(3, complex(-0.0, 0.0)),
    lambda xp: xp.full(3, float("nan")),
    lambda xp: xp.full(3, -float("nan")),
    lambda xp: xp.full(3, 2.5, int),
    lambda xp: xp.full(3, 2, float),
    lambda xp: xp.full(3, 300, np.uint8),  # OverflowError
    lambda xp: xp.full(3, 300, np.int16),
    lambda xp: xp.zeros(-1),  # ValueError, not cached
    lambda xp: xp.zeros((2, -1)),
    lambda xp: xp.zeros(2**62),  # too big: not cached either
    lambda xp: xp.zeros(()),
    lambda xp: xp.zeros([]),
]


def test_fill_plans_tell_equal_arguments_apart():
    """The eager plan cache of zeros/ones/full (keyed by the arguments) never serves a call the plan of
    another call whose arguments compare equal: each runs twice, after the others."""
    for _ in range(2):
        for f in FILL_LOOKALIKES:
            try:
                expected = f(np)
            except Exception as exc:  # noqa: BLE001
                with pytest.raises(type(exc)):
                    f(C)
                continue
            _same_bits(f(C), expected)


def test_fill_plans_follow_config_and_device():
    for _ in range(2):
        assert C.zeros(3).dtype == np.float64 and C.full(2, 1.5).dtype == np.float64
        with tnp_core.config(prefer_float32=True):
            assert C.zeros(3).dtype == np.float32 and C.ones(3).dtype == np.float32
            assert C.full(2, 1.5).dtype == np.float32 and C.full(2, 1.5, float).dtype == np.float64
            assert C.full(2, 1j).dtype == np.complex64 and C.full(2, 1).dtype == np.int64
        for dev in ("CPU:1", "CPU:0"):
            with tnp_core.device(dev):
                for x in (C.zeros(3), C.ones((2, 3)), C.full(3, 2.0), R.arange(10)):
                    assert x.device.endswith(dev), (x.device, dev)


def test_cached_eager_tensors_stay_out_of_graphs():
    """Inside tf.function, zeros/ones/full/arange/asarray build graph ops (nothing eager is captured), also
    after eager calls filled the caches."""
    for _ in range(2):
        C.zeros(3), C.ones((2, 3)), C.full(3, 2.0), R.arange(10), C.asarray([1.0, 2.0])

    def f():
        out = [
            C.zeros(3),
            C.ones((2, 3)),
            C.full(3, 2.0),
            R.arange(10),
            C.asarray([1.0, 2.0]),
            C.asarray([1]),
        ]
        return [x.tensor for x in out]

    concrete = tf.function(f, autograph=False).get_concrete_function()
    assert not concrete.captured_inputs
    for got, exp in zip(
        concrete(), [np.zeros(3), np.ones((2, 3)), np.full(3, 2.0), np.arange(10), [1.0, 2.0], [1]]
    ):
        _same_bits(got.numpy(), np.asarray(exp))


@pytest.mark.parametrize(
    "args",
    [
        (10,),
        (0, 10),
        (10, None, 1),
        (10, 0, -3),
        (3, 3),
        (5, 2),
        (2**63 - 2, 2**63 - 1),
        (-(2**63), -(2**63) + 2),
    ],
    ids=repr,
)
def test_int_arange_plans(args):
    for _ in range(2):
        check_py(lambda xp: xp.arange(*args))
        check_py(lambda xp: xp.arange(*args, dtype=np.int64))
        check_py(lambda xp: xp.arange(*args, dtype=np.int32))
    for bad in ((True,), (1.0,), (0, 10.0), (0, 10, 1.0)):  # equal to the cached ints, other dtypes
        check_py(lambda xp: xp.arange(*bad))


_RESET = """
import numpy as np, tnp_core as tnp
from tensorflow.python.eager import context
from tnp_core import _convert, _creation as C, _ranges as R
calls = [lambda: tnp.zeros(3), lambda: tnp.ones((2,)), lambda: tnp.full(2, 1.5), lambda: tnp.arange(4)]
before = [f() for f in calls]
assert C._FILL_PLANS and R._RANGE_PLANS
context._reset_context()
assert _convert.eager_caches() is not None and not C._FILL_PLANS and not R._RANGE_PLANS
for f, b in zip(calls, before):
    np.testing.assert_array_equal(np.asarray(f()), np.asarray(b))
print("ok")
"""


def test_plan_caches_are_emptied_when_the_eager_context_is_reset():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", _RESET], capture_output=True, text=True, timeout=300)
    assert r.stdout.strip().endswith("ok"), r.stderr[-3000:]
