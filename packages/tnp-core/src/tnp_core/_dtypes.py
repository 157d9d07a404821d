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
    """`numpy.finfo` for a dtype, array or tnp array (bfloat16 through ml_dtypes)."""
    d = as_np_dtype(dtype)
    if d == np.dtype(bfloat16):
        return ml_dtypes.finfo(d)
    return np.finfo(d)


def iinfo(dtype: Any) -> np.iinfo[Any]:
    """`numpy.iinfo` for an integer dtype, array or tnp array."""
    if isinstance(dtype, int) and not isinstance(dtype, bool):
        return np.iinfo(dtype)
    return np.iinfo(as_np_dtype(dtype))


def issubdtype(arg1: Any, arg2: Any) -> bool:
    """`numpy.issubdtype`, also accepting tf.DType and arrays."""
    a = arg1 if isinstance(arg1, type) and issubclass(arg1, np.generic) else as_np_dtype(arg1)
    b = arg2 if isinstance(arg2, type) and issubclass(arg2, np.generic) else as_np_dtype(arg2)
    return bool(np.issubdtype(a, b))


def isdtype(dtype: Any, kind: Any) -> bool:
    """`numpy.isdtype` (array API), also accepting tf.DType."""
    return bool(np.isdtype(as_np_dtype(dtype), kind))


def default_float() -> np.dtype[Any]:
    from ._config import get_config

    return get_config().default_float


def default_int() -> np.dtype[Any]:
    from ._config import get_config

    return get_config().default_int
