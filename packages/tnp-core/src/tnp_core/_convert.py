"""Turning anything array-like into a `tf.Tensor` of a supported dtype: the one conversion every function uses."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._config import get_config
from ._dtypes import NP_TO_TF, TF_TO_NP, as_np_dtype
from ._ndarray import ndarray
from ._promotion import result_type
from ._tf import tf

_F64 = np.dtype("float64")
_C128 = np.dtype("complex128")
_INT64_MIN, _UINT64_MAX = -(2**63), 2**64 - 1


def _python_scalar_dtype(x: Any) -> np.dtype[Any]:
    cfg = get_config()
    if isinstance(x, bool):
        return np.dtype(bool)
    if isinstance(x, int):
        if x >= 2**63:
            if x > _UINT64_MAX:
                raise OverflowError(f"Python integer {x} out of bounds for uint64")
            return np.dtype("uint64")
        if x < _INT64_MIN:
            raise OverflowError(f"Python integer {x} out of bounds for int64")
        return cfg.default_int
    if isinstance(x, float):
        return cfg.default_float
    return cfg.default_complex


def _contains_tensor(x: Any) -> bool:
    if isinstance(x, (ndarray, tf.Tensor, tf.Variable)):
        return True
    if isinstance(x, (list, tuple)):
        return any(_contains_tensor(e) for e in x)
    return False


def _host_default(arr: np.ndarray[Any, Any], from_python: bool) -> np.ndarray[Any, Any]:
    """Apply the context's float32 preference to dtypes NumPy inferred from Python floats."""
    if from_python and get_config().prefer_float32:
        if arr.dtype == _F64:
            return arr.astype(np.float32)
        if arr.dtype == _C128:
            return arr.astype(np.complex64)
    return arr


def _check_host_dtype(arr: np.ndarray[Any, Any]) -> None:
    if arr.dtype not in NP_TO_TF:
        if arr.dtype.kind == "O" and arr.ndim and arr.size:
            raise TypeError(f"cannot make a tnp array of Python objects (dtype object): {arr.flat[0]!r} ...")
        as_np_dtype(arr.dtype)  # raises TypeError naming the dtype


def to_tensor(x: Any, dtype: Any = None) -> tf.Tensor:
    """A tf.Tensor for an ndarray, tf.Tensor, tf.Variable, NumPy array or scalar, Python scalar or nested list.

    `dtype` (anything dtype-like) casts the result; None infers NumPy's dtype. Never copies a tensor needlessly.
    """
    want = None if dtype is None else NP_TO_TF[as_np_dtype(dtype)]
    t: tf.Tensor
    if type(x) is ndarray:
        t = x._t
    elif isinstance(x, tf.Tensor):
        if x.dtype not in TF_TO_NP:
            raise TypeError(f"tnp does not support TensorFlow dtype {x.dtype.name}")
        t = x
    elif isinstance(x, (bool, int, float, complex)) and not isinstance(x, np.generic):
        d = as_np_dtype(dtype) if dtype is not None else _python_scalar_dtype(x)
        if d.kind in "iu" and isinstance(x, int) and not isinstance(x, bool):
            info = np.iinfo(d)
            if not info.min <= x <= info.max:
                raise OverflowError(f"Python integer {x} out of bounds for {d}")
        if d.kind in "iub" and isinstance(x, (float, complex)):
            return tf.constant(np.asarray(x).astype(d))
        return tf.constant(x, NP_TO_TF[d])
    elif isinstance(x, tf.Variable):
        t = tf.convert_to_tensor(x)
    elif isinstance(x, (list, tuple)) and _contains_tensor(x):
        parts = [to_tensor(e) for e in x]
        if not parts:
            raise ValueError("empty sequence")
        common = result_type(*(TF_TO_NP[p.dtype] for p in parts))
        tf_common = NP_TO_TF[common]
        shapes = {tuple(p.shape.as_list()) for p in parts}
        if len(shapes) > 1:
            raise ValueError(
                "setting an array element with a sequence. The requested array has an inhomogeneous shape "
                f"after 1 dimensions: element shapes {sorted(shapes, key=str)}"
            )
        t = tf.stack([p if p.dtype == tf_common else tf.cast(p, tf_common) for p in parts])
    else:
        from_python = isinstance(x, (list, tuple))
        if isinstance(x, (str, bytes)) or x is None:
            raise TypeError(f"cannot make a tnp array from {type(x).__name__} {x!r}")
        arr = np.asarray(x) if want is None else np.asarray(x, dtype=TF_TO_NP[want])
        arr = _host_default(arr, from_python)
        _check_host_dtype(arr)
        t = tf.constant(arr)
    if want is not None and t.dtype != want:
        t = cast(t, want)
    return t


def cast(t: tf.Tensor, to: tf.DType) -> tf.Tensor:
    """NumPy's unsafe cast (`astype`): complex -> real drops the imaginary part, float -> bool tests != 0."""
    src = t.dtype
    if src == to:
        return t
    if to == tf.bool:
        return tf.not_equal(t, tf.zeros([], src))
    if src.is_complex and not to.is_complex:
        t = tf.math.real(t)
    return tf.cast(t, to)


__all__ = ["cast", "to_tensor"]
