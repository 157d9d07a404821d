"""Conversion to tnp arrays (asarray, array, asanyarray, ascontiguousarray, copy, frombuffer, from_dlpack)
against NumPy: dtype inference, casts, copy semantics, errors, prefer_float32, devices, tf.function."""

from __future__ import annotations

import functools
import types

import ml_dtypes
import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from tnp_core import _creation as C, testing

# the functions under test, also those not yet re-exported by tnp_core/__init__.py
XP = types.SimpleNamespace(**{n: getattr(tnp_core, n) for n in dir(tnp_core) if not n.startswith("_")})
XP.__dict__.update({n: getattr(C, n) for n in C.__all__})
check = functools.partial(testing.check, xp=XP)

pytestmark = pytest.mark.filterwarnings("ignore::numpy.exceptions.ComplexWarning")

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
SHAPES = [(), (0,), (3,), (2, 3), (2, 0, 3)]


def sweep(*axes: list, every: int = 3) -> list:
    """The cross product of the parameter lists: every `every`-th combination by default (each value of each
    axis still appears), the rest marked exhaustive."""
    import itertools

    out = []
    for i, combo in enumerate(itertools.product(*axes)):
        marks = () if i % every == 0 else (pytest.mark.exhaustive,)
        out.append(pytest.param(*combo, marks=marks, id="-".join(str(c) for c in combo)))
    return out


def sample(dtype: np.dtype, shape: tuple[int, ...]) -> np.ndarray:
    """Values 0..5 (exactly representable in every dtype), some negative for signed/inexact dtypes."""
    n = int(np.prod(shape))
    vals = np.arange(n) % 6
    if dtype.kind in "ifcV" or dtype == BF16:
        vals = vals - 2
    arr = vals.astype(dtype).reshape(shape)
    if dtype.kind == "c":
        arr = arr + (1j * (np.arange(n) % 3)).reshape(shape).astype(dtype)
    return np.asarray(arr)  # 0-d arrays stay arrays


@pytest.mark.parametrize("dtype, shape", sweep(DTYPES, SHAPES, every=2))
def test_asarray_from_numpy_array(dtype, shape):
    arr = sample(dtype, shape)
    check(lambda xp: xp.asarray(arr))
    check(lambda xp, a: xp.asarray(a), arr)
    check(lambda xp, a: xp.array(a, ndmin=3), arr)


@pytest.mark.parametrize("dtype", DTYPES, ids=str)
def test_asarray_from_numpy_scalar(dtype):
    s = sample(dtype, (3,))[2]
    assert isinstance(s, np.generic)
    check(lambda xp: xp.asarray(s))


CASTS = [
    pytest.param(s, d, id=f"{s}-{d}", marks=() if (i + 2 * j) % 5 == 0 else (pytest.mark.exhaustive,))
    for i, s in enumerate(DTYPES)
    for j, d in enumerate(DTYPES)
]


@pytest.mark.parametrize("src, dst", CASTS)
def test_asarray_dtype_casts(src, dst):
    arr = np.abs(sample(src, (2, 3)))  # non-negative values cast exactly to every dtype
    check(lambda xp, a: xp.asarray(a, dtype=dst), arr)
    check(lambda xp, a: xp.array(a, dst), arr)


LISTS = [
    [1, 2],
    [1.0, 2],
    [True, False],
    [1, 2j],
    [[1, 2], [3, 4]],
    [],
    [[]],
    [[], []],
    [2**63],
    [2**63, 1],
    [-1, 2.5],
    (1, 2),
    [(1, 2), [3, 4]],
    [np.float32(1), 2],
    [np.int8(1), 2],
    [np.float16(1), np.float16(2)],
    [np.array([1, 2], np.int8), [3, 4]],
    [[[True]]],
    [np.uint64(3), -1],
]


@pytest.mark.parametrize("obj", LISTS, ids=repr)
def test_nested_sequences_infer_numpys_dtype(obj):
    check(lambda xp: xp.asarray(obj))
    check(lambda xp: xp.array(obj, dtype=np.float32))


SCALARS = [
    0,
    1,
    -7,
    True,
    False,
    1.5,
    -0.0,
    float("inf"),
    float("nan"),
    1j,
    2 - 3j,
    2**63,
    2**64 - 1,
    -(2**63),
]


@pytest.mark.parametrize("x", SCALARS, ids=repr)
def test_python_scalars(x):
    check(lambda xp: xp.asarray(x))


@pytest.mark.parametrize(
    "x, dtype",
    [
        (1.7, "int8"),
        (-1.7, "int32"),
        (300, "int8"),
        (-1, "uint8"),
        (2, "bool"),
        (1j, "float64"),
        (True, "float32"),
        (1.5, "complex64"),
        (255, "uint8"),
        (3.5, ml_dtypes.bfloat16),
        ([1, 300], "int8"),
        ([1.5, 2j], "float32"),
    ],
    ids=repr,
)
def test_python_values_with_dtype(x, dtype):
    check(lambda xp: xp.asarray(x, dtype=dtype))


@pytest.mark.parametrize("obj", [[[1, 2], [3]], [[1, 2], 3], [1, [2]], [[[1], [2, 3]]]], ids=repr)
def test_ragged_sequences_raise_value_error(obj):
    check(lambda xp: xp.asarray(obj))


@pytest.mark.parametrize(
    "obj, name",
    [
        ("abc", "<U3"),
        (["a", "b"], "<U1"),
        (b"x", "S1"),
        (None, "object"),
        (np.datetime64("2020-01-01"), "M8"),
        (np.ones(2, np.longdouble), "float128"),
        (np.array([1, None]), "object"),
        (np.timedelta64(3, "s"), "m8"),
    ],
    ids=repr,
)
def test_unsupported_dtypes_raise_type_error_naming_the_dtype(obj, name):
    with pytest.raises(TypeError, match=name.replace("<", ".").replace("[", ".")):
        tnp_core.asarray(obj)


# flat lists of one Python type (or ints and floats) that TensorFlow converts straight from the list
FLAT_LISTS = [
    [
        1.0,
        -0.0,
        0.0,
        float("inf"),
        -float("inf"),
        float("nan"),
        -float("nan"),
        5e-324,
        1.7976931348623157e308,
    ],
    [0.1, 1 / 3, 2.0**-1074],
    [1, -1, 0, 2**63 - 1, -(2**63)],
    [2**63],  # uint64
    [2**64 - 1, 1],
    [2**63, -1],  # NumPy: OverflowError for the uint64 it needs
    [True, False, True],
    [1, 2.5],
    [2**53 + 1, 0.5],  # rounded as NumPy does
    [2**63 + 1025, 0.5],
    [2**64 - 1, -0.0],
    [-(2**63), 0.5],
    [float("nan"), 2**63, 1],
    [2, float("nan"), -0.0],
    [True, 1],
    [True, 1.5],
    [1.5, 1j],
    [np.float64(1.5), 2.0],
]


@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")  # 1.8e308 to float32
@pytest.mark.parametrize("obj", FLAT_LISTS, ids=repr)
def test_flat_python_lists_match_numpy_bit_for_bit(obj):
    for mode in ("eager", "function"):
        for _ in range(2):
            expected = np.asarray(obj)
            got = testing.run(lambda: C.asarray(obj), (), mode)
            got = np.asarray(got)
            assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes(), (got, expected)
    check(lambda xp: xp.array(obj))
    check(lambda xp: xp.asarray(obj, dtype=np.float32))


@pytest.mark.parametrize(
    "obj", [[2**64], [-(2**63) - 1, 1], [2**64, 0.5], [float("nan"), 2**70], [-(2**63) - 1, 0.5]], ids=repr
)
def test_flat_lists_numpy_would_make_object_arrays_of_raise(obj):
    """NumPy makes object arrays of these (tnp has none): OverflowError for ints, TypeError with floats."""
    assert np.asarray(obj).dtype == object
    with pytest.raises((OverflowError, TypeError)):
        C.asarray(obj)


def test_numpy_arrays_are_copied():
    a = np.array([1.0, 2.0])
    got = C.asarray(a)
    a[0] = 9.0
    assert np.asarray(got)[0] == 1.0
    for src in (np.arange(6.0)[::2], np.ones((2, 2)).T, np.array(1.5), np.array([], np.uint16)):
        check(lambda xp: xp.asarray(src))


def test_python_ints_beyond_uint64_raise_overflow_error():
    for x in (2**64, -(2**63) - 1):
        with pytest.raises(OverflowError):
            tnp_core.asarray(x)
    check(lambda xp: xp.asarray(300, dtype=np.int8))  # NumPy raises OverflowError too


# ---- mixing tensors and Python values ----------------------------------------------------------------------


@pytest.mark.parametrize("dtype", ["int8", "int32", "uint8", "float16", "float32", "complex64", "bool"])
def test_lists_mixing_arrays_and_python_numbers(dtype):
    a0 = sample(np.dtype(dtype), (3,))[1:2].reshape(())  # a 0-d array
    a1 = sample(np.dtype(dtype), (2,))
    check(lambda xp, a: xp.asarray([a, 1, 2.5]), a0)
    check(lambda xp, a: xp.asarray([a, a, 7]), a0)
    check(lambda xp, a: xp.asarray([[a, 1], [2, a]]), a0)
    check(lambda xp, a: xp.asarray([a, [1, 2]]), a1)
    check(lambda xp, a: xp.asarray((a, a), dtype=np.float64), a1)
    check(lambda xp, a: xp.asarray([a, 1]), a1)  # ragged: ValueError


def test_lists_of_tf_tensors_and_variables():
    t = tf.constant([1.5, 2.5], tf.float32)
    v = tf.Variable([1, 2], dtype=tf.int16)
    r = tnp_core.asarray([t, v, [3, 4]])
    expected = np.asarray([t.numpy(), v.numpy(), [3, 4]])
    assert r.dtype == expected.dtype and np.array_equal(np.asarray(r), expected)


def test_lists_with_tensors_inside_tf_function():
    @tf.function(autograph=False)
    def f(x):
        return tnp_core.asarray([[x, 1.0], [2, x * 3]]).tensor

    out = f(tf.constant(1.5, tf.float32))
    expected = np.asarray([[np.float32(1.5), 1.0], [2, np.float32(4.5)]])
    assert out.dtype == tf.float64 == tf.as_dtype(expected.dtype)
    np.testing.assert_allclose(out.numpy(), expected)


# ---- tensors, variables and copies -------------------------------------------------------------------------


def test_asarray_returns_the_same_tnp_array():
    a = tnp_core.asarray([1, 2, 3])
    assert C.asarray(a) is a
    assert C.asarray(a, dtype=np.int64) is a
    assert C.asarray(a, copy=False) is a
    assert C.asanyarray(a) is a
    assert C.asarray(a, dtype=np.int32) is not a


def test_asarray_of_a_tf_tensor_is_not_copied():
    t = tf.constant([1.0, 2.0])
    assert tf.convert_to_tensor(C.asarray(t)) is t
    assert tf.convert_to_tensor(C.asarray(t, dtype=np.float32, copy=False)) is t
    assert tf.convert_to_tensor(tnp_core.asarray(t)) is t


def test_copies_are_new_objects_independent_of_the_source():
    a = C.asarray([1, 2, 3])
    for b in (C.array(a), C.copy(a), C.asarray(a, copy=True), C.asarray(a, dtype=np.int64, copy=True)):
        assert b is not a
    assert C.array(a, copy=None) is a
    b = C.copy(a)
    b += 1
    np.testing.assert_array_equal(np.asarray(a), [1, 2, 3])
    np.testing.assert_array_equal(np.asarray(b), [2, 3, 4])


@pytest.mark.parametrize(
    "make",
    [lambda: [1, 2], lambda: 3, lambda: np.arange(3), lambda: np.float32(1), lambda: tf.Variable([1.0])],
    ids=["list", "int", "numpy", "numpy-scalar", "variable"],
)
def test_copy_false_raises_when_a_copy_is_needed(make):
    with pytest.raises(ValueError, match="copy"):
        C.asarray(make(), copy=False)
    with pytest.raises(ValueError, match="copy"):
        C.array(make(), copy=False)


def test_copy_false_with_a_dtype_change_raises():
    with pytest.raises(ValueError):
        C.asarray(C.asarray([1, 2]), dtype=np.float32, copy=False)
    with pytest.raises(ValueError):
        C.asarray(tf.constant([1, 2]), dtype=np.int64, copy=False)
    check(lambda xp, a: xp.asarray(a, dtype=np.float32, copy=False), np.arange(3))


def test_variables_and_bfloat16_numpy_arrays():
    v = tf.Variable([[1.0, 2.0]], dtype=tf.float64)
    r = C.asarray(v)
    assert r.dtype == np.float64 and r.shape == (1, 2)
    b = np.array([1.5, -2.0], dtype=ml_dtypes.bfloat16)
    check(lambda xp: xp.asarray(b))
    check(lambda xp: xp.asarray(b, dtype=np.float32))


@pytest.mark.parametrize(
    "fn, dtype, shape",
    sweep(
        ["asarray", "asanyarray", "array", "ascontiguousarray", "asfortranarray", "copy"],
        ["bool", "uint16", "float32", "complex128"],
        [(), (0,), (2, 3)],
        every=4,
    ),
)
def test_conversion_functions_match_numpy(fn, dtype, shape):
    arr = sample(np.dtype(dtype), shape)
    check(lambda xp, a: getattr(xp, fn)(a), arr)
    check(lambda xp: getattr(xp, fn)(arr.tolist()))


def test_order_and_like_arguments():
    for order in ("C", "F", "A", "K", None):
        check(lambda xp: xp.asarray([1, 2], order=order))
    check(lambda xp: xp.asarray([1, 2], order="X"))
    check(lambda xp: xp.array([1, 2], order="X"))
    check(lambda xp: xp.copy([1, 2], order="Q"))
    for fn in (C.asarray, C.array, C.asanyarray, C.ascontiguousarray, C.frombuffer):
        with pytest.raises(NotImplementedError, match="like"):
            fn(b"\0" * 8, like=np.zeros(1))


def test_ndmin_and_ndmax():
    for ndmin in (0, 1, 2, 4):
        check(lambda xp: xp.array(5, ndmin=ndmin))
        check(lambda xp: xp.array([[1], [2]], ndmin=ndmin))
        check(lambda xp: xp.array([], ndmin=ndmin))
    check(lambda xp: xp.array([[1, 2], [3, 4]], ndmax=1))  # ValueError
    check(lambda xp: xp.array([[1, 2], [3, 4]], ndmax=2))
    check(lambda xp: xp.array(np.ones((2, 2)), ndmax=1))
    check(lambda xp: xp.array(1, ndmax=-1))


def test_prefer_float32_changes_defaults_but_never_an_explicit_dtype():
    with tnp_core.config(prefer_float32=True):
        assert C.asarray(1.5).dtype == np.float32
        assert C.asarray([1.5, 2]).dtype == np.float32
        assert C.asarray([[1j]]).dtype == np.complex64
        assert C.asarray([]).dtype == np.float32
        assert C.asarray(1.5, dtype=np.float64).dtype == np.float64
        assert C.asarray([1.5], dtype="complex128").dtype == np.complex128
        assert C.asarray(np.float64(1.5)).dtype == np.float64  # a NumPy value keeps its dtype
        assert C.asarray(np.ones(2)).dtype == np.float64
        assert C.asarray([1, 2]).dtype == np.int64
        assert C.asarray([True]).dtype == np.bool_ and C.asarray([1.5, 1]).dtype == np.float32
        with pytest.warns(RuntimeWarning, match="overflow"):  # NumPy's float64 -> float32 cast warns
            assert np.isinf(np.asarray(C.asarray([1e300])))[0]
    assert C.asarray(1.5).dtype == np.float64


def test_device_places_the_result():
    a = C.asarray([1.0, 2.0])
    for make in (
        lambda: C.asarray([1, 2], device="CPU:1"),
        lambda: C.asarray(a, device="CPU:1"),
        lambda: C.asarray(tf.constant(1.0), device="/device:CPU:1"),
        lambda: C.asanyarray(np.ones(2), device="CPU:1"),
        lambda: C.array([1], device="CPU:1"),
    ):
        assert make().device.endswith("CPU:1")


def test_asarray_inside_tf_function():
    @tf.function(autograph=False)
    def f(x):
        a = C.asarray(x)
        return C.asarray(a, dtype=np.float16).tensor, C.array(a, ndmin=3).tensor

    h, b = f(tf.constant([1, 2], tf.int32))
    assert h.dtype == tf.float16 and b.shape == (1, 1, 2)


# ---- buffers and DLPack ------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", ["uint8", "int16", "float32", "complex64", "bool", ml_dtypes.bfloat16])
def test_frombuffer(dtype):
    buf = bytes(range(16))
    if np.dtype(dtype) == np.bool_:
        buf = bytes([0, 1] * 8)
    check(lambda xp: xp.frombuffer(buf, dtype=dtype))
    check(lambda xp: xp.frombuffer(buf, dtype=dtype, count=2, offset=np.dtype(dtype).itemsize))
    check(lambda xp: xp.frombuffer(buf[:15], dtype=dtype))
    check(lambda xp: xp.frombuffer(buf, dtype=dtype, count=100))
    check(lambda xp: xp.frombuffer(bytes(16)))


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint64", "float16", "float64", "complex128"])
@pytest.mark.parametrize("shape", [(), (0,), (2, 3)], ids=str)
def test_from_dlpack(dtype, shape):
    arr = sample(np.dtype(dtype), shape)
    check(lambda xp: xp.from_dlpack(arr))
    check(lambda xp: xp.from_dlpack(arr, copy=True))
    check(lambda xp, a: xp.from_dlpack(a), arr)


def test_from_dlpack_copies_cpu_sources_and_round_trips():
    src = np.arange(4.0)
    r = C.from_dlpack(src)
    src[0] = 9
    assert np.asarray(r)[0] == 0
    with pytest.raises(ValueError):
        C.from_dlpack(src, copy=False)
    t = tf.constant([1, 2])
    assert tf.convert_to_tensor(C.from_dlpack(t)) is t
    np.testing.assert_array_equal(np.from_dlpack(C.asarray([1.0, 2.0])), [1.0, 2.0])
    check(lambda xp: xp.from_dlpack([1, 2]))  # AttributeError, as NumPy
