"""tnp's dtypes are NumPy's own (bfloat16 from ml_dtypes); helpers vs NumPy; unsupported dtypes raise."""

from __future__ import annotations

import itertools

import ml_dtypes
import numpy as np
import pytest
import tensorflow as tf
import tnp_core as tnp
from tnp_core import _types
from tnp_core._dtypes import SUPPORTED, as_np_dtype, as_tf_dtype, dtype_of

BF16 = np.dtype(ml_dtypes.bfloat16)
CATEGORIES = [
    np.generic,
    np.number,
    np.integer,
    np.signedinteger,
    np.unsignedinteger,
    np.inexact,
    np.floating,
    np.complexfloating,
    np.bool_,
]
KINDS = [
    "bool",
    "signed integer",
    "unsigned integer",
    "integral",
    "real floating",
    "complex floating",
    "numeric",
]


def test_scalar_types_are_numpys():
    for name in _types.__all__:
        if name == "bfloat16":
            assert tnp.bfloat16 is ml_dtypes.bfloat16
        elif hasattr(np, name):
            assert getattr(tnp, name) is getattr(np, name), name
    assert tnp.float32 is np.float32 and tnp.dtype is np.dtype and tnp.bool is np.bool_
    assert tnp.float_ is np.float64 and tnp.complex_ is np.complex128


@pytest.mark.parametrize("d", SUPPORTED, ids=str)
def test_dtype_round_trip(d):
    t = as_tf_dtype(d)
    assert as_np_dtype(t) == d and as_np_dtype(d.type) == d and as_np_dtype(str(d)) == d
    assert tnp.asarray(np.zeros(2, d)).dtype == d
    assert dtype_of(tf.zeros([2], t)) == d
    with pytest.raises(TypeError, match="Cannot construct a dtype from an array"):  # as np.dtype(array)
        as_np_dtype(tf.zeros([2], t))


@pytest.mark.parametrize("d", [d for d in SUPPORTED if d.kind in "fc" or d == BF16], ids=str)
def test_finfo(d):
    got = tnp.finfo(d)
    expected = ml_dtypes.finfo(d) if d == BF16 else np.finfo(d)
    for attr in ("bits", "eps", "max", "min", "tiny", "resolution", "precision"):
        assert getattr(got, attr) == getattr(expected, attr), attr
    assert tnp.finfo(tnp.asarray(np.zeros(1, d)).dtype).eps == expected.eps
    assert tnp.finfo(as_tf_dtype(d)).max == expected.max


@pytest.mark.parametrize("d", [d for d in SUPPORTED if d.kind in "iu"], ids=str)
def test_iinfo(d):
    assert (tnp.iinfo(d).min, tnp.iinfo(d).max, tnp.iinfo(d).bits) == (
        np.iinfo(d).min,
        np.iinfo(d).max,
        np.iinfo(d).bits,
    )
    assert tnp.iinfo(as_tf_dtype(d)).max == np.iinfo(d).max
    assert tnp.iinfo(tnp.asarray(np.zeros(1, d)).dtype).max == np.iinfo(d).max
    with pytest.raises(ValueError):  # NumPy 2: finfo/iinfo of an array is an error
        tnp.iinfo(tnp.asarray(np.zeros(1, d)))


def test_issubdtype_all_dtypes_and_categories():
    for d, c in itertools.product(SUPPORTED, CATEGORIES):
        assert tnp.issubdtype(d, c) == np.issubdtype(d, c), (d, c)
        assert tnp.issubdtype(as_tf_dtype(d), c) == np.issubdtype(d, c), (d, c)
    for d1, d2 in itertools.product(SUPPORTED, repeat=2):
        assert tnp.issubdtype(d1, d2) == np.issubdtype(d1, d2)


def test_isdtype_all_dtypes_and_kinds():
    for d in SUPPORTED:
        if d == BF16:
            continue  # NumPy's isdtype rejects ml_dtypes' bfloat16 (not a NumPy dtype)
        for k in KINDS:
            assert tnp.isdtype(d, k) == np.isdtype(d, k), (d, k)
        for d2 in SUPPORTED:
            if d2 != BF16:
                assert tnp.isdtype(d, d2) == np.isdtype(d, d2)
        assert tnp.isdtype(d, ("bool", "complex floating")) == np.isdtype(d, ("bool", "complex floating"))


@pytest.mark.parametrize("bf16", [ml_dtypes.bfloat16, BF16, tf.bfloat16], ids=["type", "dtype", "tf"])
def test_isdtype_bfloat16_is_real_floating(bf16):
    # NumPy's isdtype rejects bfloat16; tnp answers as for NumPy's real floating dtypes (float16, float32)
    for k in KINDS:
        assert tnp.isdtype(bf16, k) == np.isdtype(np.float16, k) == np.isdtype(np.float32, k), k
        assert tnp.isdtype(bf16, (k, "bool")) == np.isdtype(np.float32, (k, "bool")), k
    assert tnp.isdtype(bf16, bf16) and tnp.isdtype(bf16, (np.int8, ml_dtypes.bfloat16))
    for d in SUPPORTED:
        if d != BF16:
            assert not tnp.isdtype(bf16, d) and not tnp.isdtype(d, bf16), d
            assert tnp.isdtype(d, (bf16, "numeric")) == np.isdtype(d, "numeric"), d
    assert tnp.isdtype(bf16, ()) == np.isdtype(np.float32, ()) is False


@pytest.mark.parametrize("kind", ["bogus", "float32", 3, ["real floating"], ("real floating", "bogus"), (3,)])
def test_isdtype_bfloat16_bad_kind_raises_as_numpy(kind):
    with pytest.raises(Exception) as expected:
        np.isdtype(np.float32, kind)
    with pytest.raises(type(expected.value)):
        tnp.isdtype(tnp.bfloat16, kind)
    with pytest.raises(type(expected.value)):
        tnp.isdtype(np.float32, (tnp.bfloat16, *kind) if isinstance(kind, tuple) else (tnp.bfloat16, kind))


@pytest.mark.parametrize(
    "bad", [object, "O", str, "U5", bytes, "S3", "M8[s]", "m8[s]", np.longdouble, np.clongdouble, "V8"]
)
def test_unsupported_dtypes_raise_type_error_naming_the_dtype(bad):
    name = str(np.dtype(bad))
    with pytest.raises(TypeError, match="tnp does not support dtype") as info:
        as_np_dtype(bad)
    assert name in str(info.value) or repr(np.dtype(bad)) in str(info.value)
    for fn in (
        lambda: tnp.result_type(bad),
        lambda: tnp.promote_types(bad, np.int8),
        lambda: tnp.can_cast(np.int8, bad),
    ):
        with pytest.raises(TypeError, match="does not support"):
            fn()
    # NumPy's own error where finfo has none (ValueError: object, str, void...); longdouble: tnp cannot hold it
    with pytest.raises(TypeError if np.dtype(bad).kind in "fc" else ValueError):
        tnp.finfo(bad)


def test_unsupported_arrays_raise_type_error():
    for arr in (
        np.array(["a"]),
        np.array([b"a"]),
        np.array([1], np.longdouble),
        np.array(["2020-01-01"], "M8[D]"),
    ):
        with pytest.raises(TypeError):
            tnp.asarray(arr)
    with pytest.raises(TypeError):
        as_np_dtype("not a dtype")
