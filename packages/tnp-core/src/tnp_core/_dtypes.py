"""NumPy dtypes <-> TensorFlow dtypes, the supported set, and NumPy's dtype helpers.

tnp uses NumPy's own dtype objects (`tnp.float32 is numpy.float32`); bfloat16 comes from ml_dtypes.
"""

from __future__ import annotations

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


def as_np_dtype(obj: Any) -> np.dtype[Any]:
    """Any dtype-like (NumPy dtype/type/string, tf.DType, tnp/NumPy array) -> a supported NumPy dtype."""
    try:
        return _dtype_cache[obj]
    except (KeyError, TypeError):
        pass
    if isinstance(obj, tf.DType):
        if obj not in TF_TO_NP:
            raise _reject(obj)
        d = TF_TO_NP[obj]
    else:
        src = obj.dtype if hasattr(obj, "dtype") and not isinstance(obj, (type, np.dtype)) else obj
        if isinstance(src, tf.DType):
            return as_np_dtype(src)
        try:
            d = np.dtype(src)
        except TypeError as exc:
            raise TypeError(f"data type {obj!r} not understood") from exc
        if d not in NP_TO_TF:
            raise _reject(d)
    try:
        _dtype_cache[obj] = d
    except TypeError:
        pass
    return d


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


def finfo(dtype: Any) -> Any:
    """`numpy.finfo` for a dtype, array or tnp array (bfloat16 through ml_dtypes).

    Examples:
        >>> tnp.finfo(tnp.float32).bits
        32
        >>> tnp.finfo(tnp.bfloat16).bits
        16
    """
    d = as_np_dtype(dtype)
    if d == np.dtype(bfloat16):
        return ml_dtypes.finfo(d)
    return np.finfo(d)


def iinfo(dtype: Any) -> np.iinfo[Any]:
    """`numpy.iinfo` for an integer dtype, array or tnp array.

    Examples:
        >>> tnp.iinfo(tnp.int8).max
        127
    """
    if isinstance(dtype, int) and not isinstance(dtype, bool):
        return np.iinfo(dtype)
    return np.iinfo(as_np_dtype(dtype))


def issubdtype(arg1: Any, arg2: Any) -> bool:
    """`numpy.issubdtype`, also accepting tf.DType and arrays.

    Examples:
        >>> tnp.issubdtype(tnp.float32, tnp.floating)
        True
        >>> tnp.issubdtype(tnp.int64, tnp.floating)
        False
    """
    return bool(np.issubdtype(_dtype_like(arg1), _dtype_like(arg2)))


def _dtype_like(x: Any) -> Any:
    """What numpy.issubdtype reads: tf.DTypes and arrays become NumPy dtypes, the rest passes through as NumPy's
    own dtype-like (so 'U3' or np.character answer as in NumPy, though tnp cannot hold such arrays)."""
    if isinstance(x, type) or isinstance(x, (str, np.dtype)):
        return x
    return as_np_dtype(x)


def isdtype(dtype: Any, kind: Any) -> bool:
    """`numpy.isdtype` (array API), also accepting tf.DType.

    Examples:
        >>> tnp.isdtype(tnp.float32, 'real floating')
        True
        >>> tnp.isdtype(tnp.int8, ('integral', 'bool'))
        True
    """
    return bool(np.isdtype(as_np_dtype(dtype), kind))


def default_float() -> np.dtype[Any]:
    from ._config import get_config

    return get_config().default_float


def default_int() -> np.dtype[Any]:
    from ._config import get_config

    return get_config().default_int
