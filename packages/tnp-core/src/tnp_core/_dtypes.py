"""NumPy dtypes <-> TensorFlow dtypes, the supported set, and NumPy's dtype helpers.

tnp uses NumPy's own dtype objects (`tnp.float32 is numpy.float32`); bfloat16 comes from ml_dtypes.
"""

from __future__ import annotations

import warnings
from typing import Any

import ml_dtypes
import numpy as np

from ._tf import tf

bfloat16: type[Any] = ml_dtypes.bfloat16

_SUPPORTED_NAMES = (
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
)  # fmt: skip
SUPPORTED: tuple[np.dtype[Any], ...] = (*(np.dtype(n) for n in _SUPPORTED_NAMES), np.dtype(bfloat16))

NP_TO_TF: dict[np.dtype[Any], tf.DType] = {d: tf.as_dtype(d) for d in SUPPORTED}
TF_TO_NP: dict[tf.DType, np.dtype[Any]] = {v: k for k, v in NP_TO_TF.items()}
# keyed by DataType enum (`_tf.enum_of(t)`): an int key is ~5x cheaper to look up than a tf.DType
ENUM_TO_NP: dict[int, np.dtype[Any]] = {v.as_datatype_enum: k for k, v in NP_TO_TF.items()}
ENUM_TO_TF: dict[int, tf.DType] = {v.as_datatype_enum: v for v in NP_TO_TF.values()}

BOOL = np.dtype(bool)
INT64 = np.dtype(np.int64)
FLOAT64 = np.dtype(np.float64)
COMPLEX128 = np.dtype(np.complex128)
_dtype_cache: dict[Any, np.dtype[Any]] = {}


def _reject(obj: Any) -> TypeError:
    return TypeError(
        f"tnp does not support dtype {obj!r}: TensorFlow tensors hold bool, (u)int8-64, float16/32/64, "
        "bfloat16 and complex64/128 only"
    )


_ARRAYS: list[tuple[type, ...]] = []  # filled on first use (_ndarray imports this module)


def is_array(obj: Any) -> bool:
    """A tnp/NumPy array, tf.Tensor or tf.Variable (what NumPy refuses as a dtype)."""
    if not _ARRAYS:
        from ._ndarray import ndarray

        _ARRAYS.append((ndarray, np.ndarray, tf.Tensor, tf.Variable))
    return isinstance(obj, _ARRAYS[0])


def _cacheable(obj: Any) -> bool:
    """Only dtypes, types and strings are cache keys: `1 == True == np.int64(1) == 1.0` hash alike."""
    return isinstance(obj, (type, str, np.dtype, tf.DType))


def as_np_dtype(obj: Any) -> np.dtype[Any]:
    """A dtype argument (NumPy dtype/type/string/scalar, tf.DType) -> a supported NumPy dtype.

    As `numpy.dtype`, an array is a TypeError ("Cannot construct a dtype from an array"): use `dtype_of`
    where an array stands for its dtype. Differs: a non-native byte order ('>i4' on a little-endian machine)
    gives the native-order dtype (int32), where NumPy keeps '>i4': a tensor has no byte order.
    """
    if _cacheable(obj):  # a lookup by `1` would find tf.float32 (a tf.DType equals and hashes as its enum)
        hit = _dtype_cache.get(obj)
        if hit is not None:
            return hit
    if isinstance(obj, tf.DType):
        if obj not in TF_TO_NP:
            raise _reject(obj)
        d = TF_TO_NP[obj]
    else:
        if is_array(obj):
            raise TypeError("Cannot construct a dtype from an array")
        try:
            d = np.dtype(obj)
        except TypeError as exc:
            raise TypeError(f"data type {obj!r} not understood") from exc
        if d not in NP_TO_TF:
            if d.isnative or d.newbyteorder("=") not in NP_TO_TF:
                raise _reject(d)
            d = d.newbyteorder("=")
    if _cacheable(obj):
        _dtype_cache[obj] = d
    return d


def requested_dtype(obj: Any) -> np.dtype[Any]:
    """`as_np_dtype(obj)` in the byte order `obj` names ('>i4' stays '>i4'): for what NumPy decides by byte
    order (casting='no', reading bytes)."""
    d = as_np_dtype(obj)
    if isinstance(obj, tf.DType) or d.itemsize == 1:
        return d
    raw = np.dtype(obj)
    return d if raw.isnative else raw


def ufunc_dtype(obj: Any) -> np.dtype[Any]:
    """`as_np_dtype(obj)` for the `dtype=` of a ufunc-like function (sum, mean, matmul, ...): as NumPy, a byte
    order ('>f8') is NumPy's TypeError there (such a dtype= selects a loop, which has no byte order)."""
    d = requested_dtype(obj)
    if not d.isnative:
        native: np.dtype[Any] = d.newbyteorder("=")
        np.add.resolve_dtypes((native, native, None), signature=(None, None, d))  # raises NumPy's TypeError
        return native
    return d


def warn_complex_to_real(src: np.dtype[Any], dst: np.dtype[Any], stacklevel: int) -> None:
    """NumPy's ComplexWarning for a cast of complex values to a real (not bool) dtype."""
    if src.kind == "c" and dst.kind not in "cb":
        warnings.warn(
            "Casting complex values to real discards the imaginary part",
            np.exceptions.ComplexWarning,
            stacklevel=stacklevel + 1,
        )


def dtype_of(obj: Any) -> np.dtype[Any]:
    """The dtype of an array, tf.Tensor or NumPy scalar, or `as_np_dtype` of a dtype argument."""
    return as_np_dtype(obj.dtype if is_array(obj) or isinstance(obj, np.generic) else obj)


def as_tf_dtype(obj: Any) -> tf.DType:
    return NP_TO_TF[as_np_dtype(obj)]


def is_bool(d: np.dtype[Any]) -> bool:
    return d.kind == "b"


def is_integer(d: np.dtype[Any]) -> bool:
    return d.kind in "iu"


def is_inexact(d: np.dtype[Any]) -> bool:
    return d.kind in "fcV" or d == np.dtype(bfloat16)


def is_complex(d: np.dtype[Any]) -> bool:
    return d.kind == "c"


def _info_dtype(obj: Any) -> np.dtype[Any]:
    """The dtype finfo/iinfo read, as NumPy: `np.dtype(obj)`, else the dtype of `type(obj)` (a Python or
    NumPy scalar; an array or tuple is then object, which NumPy's ValueError refuses)."""
    if isinstance(obj, tf.DType):
        return as_np_dtype(obj)
    if is_array(obj):
        return np.dtype(object)  # NumPy's np.dtype(type(array))
    try:
        d: np.dtype[Any] = np.dtype(obj)
    except TypeError:
        d = np.dtype(type(obj))
    return d


def finfo(dtype: Any) -> Any:
    """`numpy.finfo` for a float dtype, float scalar or tf.DType (bfloat16 through ml_dtypes).

    As NumPy, an array is not a dtype here (ValueError: its type is object, not inexact).

    Examples:
        >>> tnp.finfo(tnp.float32).bits
        32
        >>> tnp.finfo(tnp.bfloat16).bits
        16
    """
    d = _info_dtype(dtype)
    if d == np.dtype(bfloat16):
        return ml_dtypes.finfo(d)
    if d.kind in "fc" and d.newbyteorder("=") not in NP_TO_TF:
        raise _reject(d)  # longdouble: NumPy has its finfo, tnp cannot hold it
    return np.finfo(d)


def iinfo(dtype: Any) -> np.iinfo[Any]:
    """`numpy.iinfo` for an integer dtype, integer scalar or tf.DType.

    Examples:
        >>> tnp.iinfo(tnp.int8).max
        127
    """
    return np.iinfo(_info_dtype(dtype))


def issubdtype(arg1: Any, arg2: Any) -> bool:
    """`numpy.issubdtype`, also accepting tf.DType.

    Examples:
        >>> tnp.issubdtype(tnp.float32, tnp.floating)
        True
        >>> tnp.issubdtype(tnp.int64, tnp.floating)
        False
    """
    return bool(np.issubdtype(_dtype_like(arg1), _dtype_like(arg2)))


def _dtype_like(x: Any) -> Any:
    """What numpy.issubdtype reads: tf.DTypes become NumPy dtypes, arrays are refused (TypeError), the rest
    passes through as NumPy's own dtype-like (so 'U3' or np.character answer as in NumPy, though tnp cannot
    hold such arrays)."""
    if isinstance(x, tf.DType):
        return as_np_dtype(x)
    if is_array(x):
        raise TypeError("Cannot construct a dtype from an array")
    return x


def isdtype(dtype: Any, kind: Any) -> bool:
    """`numpy.isdtype` (array API), also accepting tf.DType and bfloat16 (NumPy raises TypeError for it; here
    it is a 'real floating' and 'numeric' dtype).

    Examples:
        >>> tnp.isdtype(tnp.float32, 'real floating')
        True
        >>> tnp.isdtype(tnp.int8, ('integral', 'bool'))
        True
        >>> tnp.isdtype(tnp.bfloat16, 'real floating')
        True
    """
    if is_array(dtype):
        raise TypeError(f"dtype argument must be a NumPy dtype, but it is a {type(dtype)}.")
    if isinstance(dtype, (tf.DType, np.dtype)) or dtype is bfloat16:
        dtype = as_np_dtype(dtype)
    kinds = tuple(map(_kind_arg, kind)) if type(kind) is tuple else (_kind_arg(kind),)
    if not (_is_bf16(dtype) or any(map(_is_bf16, kinds))):
        return bool(np.isdtype(dtype, kind if type(kind) is not tuple else kinds))
    return any([_bf16_isdtype(dtype, k) for k in kinds])  # a list: every kind is checked, as in NumPy


_BF16 = np.dtype(bfloat16)


def _kind_arg(k: Any) -> Any:
    return as_np_dtype(k) if isinstance(k, tf.DType) or k is bfloat16 else k


def _is_bf16(d: Any) -> bool:
    return isinstance(d, np.dtype) and d == _BF16


def _bf16_isdtype(d: Any, k: Any) -> bool:
    """`numpy.isdtype(d, k)` for one kind, bfloat16 being `d` or `k`: it is a real floating dtype."""
    if _is_bf16(k):
        if not _is_bf16(d):
            np.isdtype(d, np.float32)  # NumPy's TypeError for a `d` that is no dtype
        return _is_bf16(d)
    if _is_bf16(d):
        # float32 is of the same kinds; NumPy's errors for a bad kind, and a dtype kind is not bfloat16
        return bool(np.isdtype(np.float32, k)) and isinstance(k, str)
    return bool(np.isdtype(d, k))


def default_float() -> np.dtype[Any]:
    from ._config import get_config

    return get_config().default_float


def default_int() -> np.dtype[Any]:
    from ._config import get_config

    return get_config().default_int
