"""The ndarray object's Python protocol against NumPy's: attributes, scalar conversion, repr, buffers,
pickling."""

from __future__ import annotations

import copy
import operator
import pickle
import warnings

import ml_dtypes
import numpy as np
import pytest
import tensorflow as tf
import tnp_core as tnp
from tnp_core._ndarray import ndarray
from tnp_core.testing import assert_same, check

DTYPES = [
    "bool",
    "int8",
    "uint8",
    "int32",
    "int64",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]
SHAPES = [(), (1,), (1, 1), (0,), (2, 0), (3,), (2, 3), (2, 3, 4)]


def _make(shape, dtype):
    a = (np.arange(int(np.prod(shape))).reshape(shape) % 5 - 1) * 1.5
    if np.dtype(dtype).kind == "c":
        return np.asarray((a + 1j * (a[::-1] if a.ndim else a)).astype(dtype))
    if np.dtype(dtype).kind == "u":
        a = np.abs(a)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(a.astype(dtype))


def _outcome(fn, arg):
    """The result of `fn(arg)`, or the exception type it raised; the warning categories it emitted."""
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            out = fn(arg)
        except Exception as exc:  # noqa: BLE001
            out = type(exc)
    return out, sorted({x.category.__name__ for x in w})


CASES = [(s, d) for s in SHAPES for d in DTYPES]


# ---- attributes ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("shape", "dtype"), CASES)
def test_static_attributes_match_numpy(shape, dtype):
    a = _make(shape, dtype)
    x = tnp.asarray(a)
    assert type(x) is ndarray
    assert x.shape == a.shape and isinstance(x.shape, tuple)
    assert all(type(d) is int for d in x.shape)
    assert (x.ndim, x.size, x.itemsize, x.nbytes) == (a.ndim, a.size, a.itemsize, a.nbytes)
    assert type(x.size) is int and type(x.nbytes) is int
    assert x.dtype == a.dtype and isinstance(x.dtype, np.dtype)
    assert len(x.shape) == x.ndim


def test_bfloat16_attributes():
    a = np.arange(6, dtype=ml_dtypes.bfloat16).reshape(2, 3)
    x = tnp.asarray(a)
    assert (x.shape, x.dtype, x.itemsize, x.nbytes) == (a.shape, a.dtype, 2, 12)
    np.testing.assert_array_equal(np.asarray(x), a)


@pytest.mark.parametrize("dtype", ["bool", "int32", "float32", "complex128"])
@pytest.mark.parametrize("attr", ["T", "mT", "real", "imag"])
@pytest.mark.parametrize("shape", [(), (3,), (0, 2), (2, 3), (2, 3, 4)])
def test_derived_attributes_match_numpy(attr, dtype, shape):
    check(lambda xp, a: getattr(a, attr), _make(shape, dtype))


@pytest.mark.parametrize("shape", [(), (1,), (0,), (2, 3)])
def test_flat_matches_numpy(shape):
    a = _make(shape, "float32")
    got = list(tnp.asarray(a).flat)
    assert len(got) == a.size
    for g, e in zip(got, a.flat):
        assert_same(g, np.asarray(e))


@pytest.mark.parametrize("shape", [(), (0,), (4,), (2, 3), (0, 3)])
def test_len_and_iteration_match_numpy(shape):
    a = _make(shape, "int32")
    x = tnp.asarray(a)
    assert _outcome(len, x) == _outcome(len, a)
    got, exp = _outcome(list, x), _outcome(list, a)
    if isinstance(exp[0], type):
        assert got == exp
    else:
        assert len(got[0]) == len(exp[0])
        for g, e in zip(got[0], exp[0]):
            assert_same(g, e)


# ---- scalar conversions: same result or same exception type as NumPy -------------------------------------
CONVERSIONS = {
    "bool": bool,
    "int": int,
    "float": float,
    "complex": complex,
    "index": operator.index,
    "item": lambda v: v.item(),
    "tolist": lambda v: v.tolist(),
}


@pytest.mark.parametrize("conv", list(CONVERSIONS))
@pytest.mark.parametrize(("shape", "dtype"), CASES)
def test_scalar_conversions_match_numpy(conv, shape, dtype):
    a = _make(shape, dtype)
    fn = CONVERSIONS[conv]
    got, exp = _outcome(fn, tnp.asarray(a)), _outcome(fn, a)
    assert got[1] == exp[1], f"warnings {got[1]} != NumPy's {exp[1]}"
    if isinstance(exp[0], type):
        assert got[0] is exp[0], f"{conv}: tnp gave {got[0]!r}, NumPy raised {exp[0].__name__}"
    else:
        assert type(got[0]) is type(exp[0]) and got[0] == exp[0], (got[0], exp[0])


def test_item_with_index_matches_numpy():
    a = _make((2, 3), "int64")
    x = tnp.asarray(a)
    assert x.item(4) == a.item(4) and x.item(1, 2) == a.item(1, 2)
    assert type(x.item(4)) is type(a.item(4))
    with pytest.raises(IndexError):
        x.item(6)
    with pytest.raises(IndexError):
        a.item(6)


# ---- repr / str / format ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("shape", "dtype"), [(s, d) for s in [(), (0,), (3,), (2, 3), (2, 2, 2)] for d in DTYPES]
)
def test_repr_and_str_look_like_numpy(shape, dtype):
    a = _make(shape, dtype)
    x = tnp.asarray(a)
    assert repr(x).replace("\n    ", "\n") == "tnp." + repr(a)
    assert str(x) == str(a)


def test_repr_continuation_lines_are_aligned():
    r = repr(tnp.asarray(np.arange(6).reshape(2, 3)))
    first, second = r.splitlines()
    assert first.index("[0") == second.index("[3")


def test_format_matches_numpy():
    a = np.float64(2.5)
    assert format(tnp.asarray(a), ".3f") == format(np.asarray(a), ".3f")
    assert f"{tnp.asarray([1, 2])}" == f"{np.asarray([1, 2])}"


def test_symbolic_repr_names_shape_and_dtype():
    seen = []

    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)])
    def f(t):
        seen.append(repr(tnp.asarray(t)))
        return t

    f(tf.zeros([2, 3]))
    assert "float32" in seen[0] and "symbolic" in seen[0] and "3" in seen[0]


# ---- __array__ (NumPy 2 protocol) ------------------------------------------------------------------------
def test_asarray_is_a_read_only_view_of_the_tensor_buffer():
    x = tnp.asarray([1.0, 2.0, 3.0])
    v = np.asarray(x)
    assert v.dtype == np.float64 and not v.flags.writeable
    assert np.shares_memory(v, np.asarray(x))
    with pytest.raises(ValueError, match="read-only"):
        v[0] = 5.0
    assert x.tolist() == [1.0, 2.0, 3.0]


def test_array_copy_semantics():
    x = tnp.asarray([1, 2, 3], dtype="int32")
    view = np.array(x, copy=False)
    assert not view.flags.writeable and np.shares_memory(view, np.asarray(x))
    c = np.array(x, copy=True)
    assert c.flags.writeable and not np.shares_memory(c, np.asarray(x))
    c[0] = 10
    assert x.tolist() == [1, 2, 3]
    c2 = np.array(x)  # default copy=True
    assert c2.flags.writeable and not np.shares_memory(c2, view)
    assert np.asarray(x, dtype="int32").base is not None or not np.asarray(x, dtype="int32").flags.writeable
    f = np.asarray(x, dtype="float64")
    assert f.dtype == np.float64 and f.tolist() == [1.0, 2.0, 3.0]
    with pytest.raises(ValueError):
        np.array(x, dtype="float64", copy=False)
    n = x.numpy()
    assert n.flags.writeable and not np.shares_memory(n, view)


def test_array_protocol_signature():
    x = tnp.asarray([1.5])
    assert x.__array__().dtype == np.float64
    assert x.__array__(np.float32).dtype == np.float32
    assert x.__array__(copy=True).flags.writeable
    assert not x.__array__(copy=None).flags.writeable


def test_symbolic_array_has_no_host_value():
    @tf.function
    def f(t):
        with pytest.raises(TypeError, match="symbolic"):
            np.asarray(tnp.asarray(t))
        return t

    f(tf.constant(1.0))


# ---- DLPack and the array API --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "dtype", ["bool", "int8", "uint16", "int64", "float16", "float32", "float64", "complex64"]
)
def test_numpy_from_dlpack(dtype):
    a = _make((2, 3), dtype)
    x = tnp.asarray(a)
    assert x.__dlpack_device__() == (1, 0)
    got = np.from_dlpack(x)
    assert got.dtype == a.dtype
    np.testing.assert_array_equal(got, a)


def test_tf_dlpack_round_trip():
    x = tnp.asarray(np.arange(6, dtype=np.float32).reshape(2, 3))
    t = tf.experimental.dlpack.from_dlpack(x.__dlpack__())
    assert isinstance(t, tf.Tensor) and t.dtype == tf.float32
    np.testing.assert_array_equal(t.numpy(), np.asarray(x))
    back = tnp.asarray(tf.experimental.dlpack.from_dlpack(tf.experimental.dlpack.to_dlpack(t)))
    assert_same(back, np.arange(6, dtype=np.float32).reshape(2, 3))


def test_dlpack_unsupported_arguments_raise():
    x = tnp.asarray([1.0])
    with pytest.raises(NotImplementedError, match="stream"):
        x.__dlpack__(stream=1)
    c = np.from_dlpack(x, copy=True)
    assert c.flags.writeable and c.tolist() == [1.0]
    c[0] = 5.0
    assert x.tolist() == [1.0]
    assert np.from_dlpack(x, device="cpu").tolist() == [1.0]
    with pytest.raises(NotImplementedError, match="device"):
        x.__dlpack__(dl_device=(2, 0))
    got = tf.experimental.dlpack.from_dlpack(x.__dlpack__(dl_device=(1, 0), copy=False, max_version=(1, 0)))
    assert got.numpy().tolist() == [1.0]


def test_array_namespace():
    """The whole `tnp` when it is installed (packages/tnp/tests checks that), else tnp-core alone."""
    try:
        import tnp as expected
    except ImportError:
        expected = tnp
    x = tnp.asarray([1.0])
    assert x.__array_namespace__() is expected
    assert x.__array_namespace__(api_version="2024.12") is expected
    with pytest.raises(ValueError):
        x.__array_namespace__(api_version="1999.01")


# ---- pickling and copying --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("shape", "dtype"), [((), "float64"), ((0, 2), "int32"), ((2, 3), "complex64"), ((3,), "bool")]
)
def test_pickle_round_trip(shape, dtype):
    a = _make(shape, dtype)
    y = pickle.loads(pickle.dumps(tnp.asarray(a)))
    assert type(y) is ndarray
    assert_same(y, a)


def test_pickle_bfloat16():
    a = np.arange(3, dtype=ml_dtypes.bfloat16)
    y = pickle.loads(pickle.dumps(tnp.asarray(a)))
    assert y.dtype == a.dtype and np.asarray(y).tolist() == a.tolist()


@pytest.mark.parametrize("fn", [copy.copy, copy.deepcopy])
def test_copy_is_independent_of_the_original(fn):
    x = tnp.asarray([1, 2, 3])
    y = fn(x)
    assert type(y) is ndarray and y is not x
    assert_same(y, np.array([1, 2, 3]))
    y += 1
    assert x.tolist() == [1, 2, 3] and y.tolist() == [2, 3, 4]


def test_copy_method_and_deepcopy_memo():
    x = tnp.asarray([1.0])
    pair = copy.deepcopy([x, x])
    assert pair[0] is pair[1]
    c = x.copy()
    assert c is not x and c.tolist() == [1.0]


def test_not_hashable_like_numpy():
    with pytest.raises(TypeError):
        hash(np.zeros(2))
    with pytest.raises(TypeError):
        hash(tnp.zeros(2))


def test_not_constructible_directly_and_not_a_tensor():
    with pytest.raises(TypeError):
        ndarray((2,))
    x = tnp.asarray([1.0])
    assert not isinstance(x, tf.Tensor)
    assert not issubclass(ndarray, tf.Tensor)
    assert isinstance(x.tensor, tf.Tensor)


def test_array_priority_below_tf_tensor():
    assert ndarray.__array_priority__ < tf.constant(1.0).__array_priority__


def test_shape_is_a_plain_tuple_to_numpy_code():
    x = tnp.zeros((2, 3))
    assert x.shape == (2, 3) and x.shape[1] == 3 and list(x.shape) == [2, 3]
    assert np.zeros(x.shape).shape == (2, 3)
    assert repr(x.shape) == "(2, 3)"
    assert (*x.shape, 4) == (2, 3, 4) and x.shape + (4,) == (2, 3, 4)  # noqa: RUF005
    assert pickle.loads(pickle.dumps(x.shape)) == (2, 3)
