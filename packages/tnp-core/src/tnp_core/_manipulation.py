"""The shape functions ndarray's methods need: reshape, transpose, matrix_transpose."""

from __future__ import annotations

import math
import operator
from typing import Any

from ._axes import normalize_axis
from ._convert import to_tensor
from ._ndarray import ndarray, wrap
from ._tf import tf


def _check_order(order: str, allowed: str = "CFA") -> str:
    if order not in tuple(allowed):
        raise ValueError(f"order must be one of {', '.join(repr(c) for c in allowed)} (got {order!r})")
    return order


def _target_shape(shape: Any, size: int | None) -> list[int]:
    if isinstance(shape, (int,)) or hasattr(shape, "__index__"):
        shape = (shape,)
    dims = [operator.index(d) for d in shape]
    unknown = [i for i, d in enumerate(dims) if d < 0]
    if len(unknown) > 1:
        raise ValueError("can only specify one unknown dimension")
    if size is not None:
        known = math.prod(d for d in dims if d >= 0)
        if unknown:
            if known == 0 or size % known:
                raise ValueError(f"cannot reshape array of size {size} into shape {tuple(dims)}")
            dims[unknown[0]] = size // known
        elif known != size:
            raise ValueError(f"cannot reshape array of size {size} into shape {tuple(dims)}")
    return dims


def reshape(a: Any, /, shape: Any = None, order: str = "C", *, newshape: Any = None, copy: bool | None = None) -> ndarray:
    """`numpy.reshape`. Differs: the result never shares memory with `a` (`copy=False` is accepted as a no-op)."""
    if shape is None:
        if newshape is None:
            raise TypeError("reshape() missing required argument 'shape' (pos 2)")
        shape = newshape
    _check_order(order)
    t = to_tensor(a)
    size = t.shape.num_elements()
    dims = _target_shape(shape, size)
    if order == "F":
        rev = tf.transpose(t)
        return wrap(tf.transpose(tf.reshape(rev, dims[::-1])))
    return wrap(tf.reshape(t, dims))


def transpose(a: Any, axes: Any = None) -> ndarray:
    """`numpy.transpose` (`permute_dims`)."""
    t = to_tensor(a)
    ndim = t.shape.rank
    if axes is None:
        return wrap(tf.transpose(t))
    axes = tuple(normalize_axis(ax, ndim) for ax in axes)
    if len(axes) != ndim:
        raise ValueError("axes don't match array")
    if len(set(axes)) != ndim:
        raise ValueError("repeated axis in transpose")
    return wrap(tf.transpose(t, axes))


def matrix_transpose(x: Any, /) -> ndarray:
    """`numpy.matrix_transpose`: swap the last two axes."""
    t = to_tensor(x)
    if t.shape.rank < 2:
        raise ValueError("Input array must be at least 2-dimensional")
    return wrap(tf.linalg.matrix_transpose(t))
