"""Array creation: asarray, array, zeros, ones, full, empty and their `_like` forms."""

from __future__ import annotations

import operator
from typing import Any

import numpy as np

from ._config import get_config
from ._convert import cast, to_tensor
from ._device import maybe_device
from ._dtypes import NP_TO_TF, TF_TO_NP, as_np_dtype
from ._ndarray import ndarray, wrap
from ._tf import tf


def _check_order(order: Any) -> None:
    if order not in (None, "K", "A", "C", "F"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")


def _shape_arg(shape: Any) -> list[int]:
    if isinstance(shape, (int, np.integer)) or (hasattr(shape, "__index__") and not hasattr(shape, "__len__")):
        shape = (shape,)
    try:
        dims = [operator.index(d) for d in shape]
    except TypeError:
        raise TypeError(f"'{type(shape).__name__}' object cannot be interpreted as an integer") from None
    if any(d < 0 for d in dims):
        raise ValueError("negative dimensions are not allowed")
    return dims


def asarray(a: Any, dtype: Any = None, order: Any = None, *, device: Any = None, copy: bool | None = None, like: Any = None) -> ndarray:
    """`numpy.asarray`: no copy for a tnp array or tf.Tensor that already has the dtype."""
    _check_order(order)
    if like is not None:
        raise NotImplementedError("asarray(like=...) is not supported")
    if type(a) is ndarray and dtype is None and device is None:
        return a.copy() if copy else a
    with maybe_device(device):
        t = to_tensor(a, dtype)
        if copy is False and dtype is not None and to_tensor(a).dtype != t.dtype:
            raise ValueError("Unable to avoid copy while creating an array as requested.")
        if copy or device is not None:
            t = tf.identity(t)
    return a if type(a) is ndarray and a._t is t else wrap(t)


def asanyarray(a: Any, dtype: Any = None, order: Any = None, *, device: Any = None, copy: bool | None = None, like: Any = None) -> ndarray:
    """`numpy.asanyarray` (same as `asarray`: tnp has no ndarray subclasses)."""
    return asarray(a, dtype, order, device=device, copy=copy, like=like)


def ascontiguousarray(a: Any, dtype: Any = None, *, like: Any = None) -> ndarray:
    """`numpy.ascontiguousarray`: tensors have no strides, so this is `asarray` with at least one dimension."""
    r = asarray(a, dtype, like=like)
    return r if r.ndim else wrap(tf.reshape(r._t, [1]))


def array(
    object: Any, dtype: Any = None, *, copy: bool | None = True, order: Any = "K", subok: bool = False,
    ndmin: int = 0, like: Any = None,
) -> ndarray:
    """`numpy.array`: a copy by default; `ndmin` prepends axes of length one."""
    r = asarray(object, dtype, order, copy=copy, like=like)
    if r.ndim < ndmin:
        r = wrap(tf.reshape(r._t, [1] * (ndmin - r.ndim) + list(r.shape)))
    return r


def copy(a: Any, order: Any = "K", subok: bool = False) -> ndarray:
    """`numpy.copy`."""
    return asarray(a, copy=True, order=order)


def _fill(shape: Any, value: Any, dtype: Any, device: Any) -> ndarray:
    dims = _shape_arg(shape)
    with maybe_device(device):
        v = to_tensor(value, dtype)
        if v.shape.rank:
            return wrap(tf.broadcast_to(v, dims) + tf.zeros(dims, v.dtype))
        return wrap(tf.fill(dims, v))


def _default(dtype: Any) -> Any:
    return get_config().default_float if dtype is None else dtype


def zeros(shape: Any, dtype: Any = None, order: Any = "C", *, device: Any = None, like: Any = None) -> ndarray:
    """`numpy.zeros` (float64 by default; float32 under `tnp.config(prefer_float32=True)`)."""
    _check_order(order)
    d = NP_TO_TF[as_np_dtype(_default(dtype))]
    with maybe_device(device):
        return wrap(tf.zeros(_shape_arg(shape), d))


def ones(shape: Any, dtype: Any = None, order: Any = "C", *, device: Any = None, like: Any = None) -> ndarray:
    """`numpy.ones`."""
    _check_order(order)
    d = NP_TO_TF[as_np_dtype(_default(dtype))]
    with maybe_device(device):
        return wrap(tf.ones(_shape_arg(shape), d))


def empty(shape: Any, dtype: Any = None, order: Any = "C", *, device: Any = None, like: Any = None) -> ndarray:
    """`numpy.empty`. Differs: the memory is zero-filled (TensorFlow has no uninitialized tensors)."""
    return zeros(shape, dtype, order, device=device)


def full(shape: Any, fill_value: Any, dtype: Any = None, order: Any = "C", *, device: Any = None, like: Any = None) -> ndarray:
    """`numpy.full`: the dtype is `fill_value`'s when not given."""
    _check_order(order)
    if dtype is None:
        dtype = TF_TO_NP[to_tensor(fill_value).dtype]
    return _fill(shape, fill_value, dtype, device)


def _like_dtype_shape(a: Any, dtype: Any, shape: Any) -> tuple[Any, Any]:
    t = to_tensor(a)
    return (TF_TO_NP[t.dtype] if dtype is None else dtype), (t.shape.as_list() if shape is None else shape)


def zeros_like(a: Any, dtype: Any = None, order: Any = "K", subok: bool = True, shape: Any = None, *, device: Any = None) -> ndarray:
    """`numpy.zeros_like`."""
    d, s = _like_dtype_shape(a, dtype, shape)
    return zeros(s, d, device=device)


def ones_like(a: Any, dtype: Any = None, order: Any = "K", subok: bool = True, shape: Any = None, *, device: Any = None) -> ndarray:
    """`numpy.ones_like`."""
    d, s = _like_dtype_shape(a, dtype, shape)
    return ones(s, d, device=device)


def empty_like(a: Any, dtype: Any = None, order: Any = "K", subok: bool = True, shape: Any = None, *, device: Any = None) -> ndarray:
    """`numpy.empty_like` (zero-filled)."""
    return zeros_like(a, dtype, order, subok, shape, device=device)


def full_like(a: Any, fill_value: Any, dtype: Any = None, order: Any = "K", subok: bool = True, shape: Any = None, *, device: Any = None) -> ndarray:
    """`numpy.full_like`: `fill_value` is cast to `a`'s dtype (unsafe, as NumPy)."""
    d, s = _like_dtype_shape(a, dtype, shape)
    v = to_tensor(fill_value)
    return _fill(s, wrap(cast(v, NP_TO_TF[as_np_dtype(d)])), d, device)
