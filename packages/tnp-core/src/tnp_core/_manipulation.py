"""Shape functions: reshape, transpose, squeeze, expand_dims, swapaxes, moveaxis, repeat, resize, diagonal,
trace."""

from __future__ import annotations

import math
import operator
from typing import Any

import numpy as np

from . import _tf
from ._axes import index_axis, is_bool, normalize_axes, normalize_axis
from ._convert import bounded_put, int_arg, to_tensor
from ._creation import _check_allocatable, ambiguous_truth, offset_arg
from ._dtypes import TF_TO_NP, as_np_dtype
from ._ndarray import ndarray, wrap
from ._tf import EagerTensor, dims_of, gen_array_ops as ga, tf


def _check_order(order: str, allowed: str = "CFA") -> str:
    if order not in tuple(allowed):
        raise ValueError(f"order must be one of {', '.join(repr(c) for c in allowed)} (got {order!r})")
    return order


def _target_shape(shape: Any, size: int | None) -> tuple[int, ...]:
    """`shape` as a tuple of ints, its one unknown (negative) dimension resolved when `size` is known."""
    if type(shape) is not tuple:
        shape = (shape,) if isinstance(shape, int) or hasattr(shape, "__index__") else tuple(shape)
    dims = tuple(map(operator.index, shape))
    if any(is_bool(d) for d in shape):
        raise TypeError("an integer is required")
    known, unknown = 1, -1
    for i, d in enumerate(dims):
        if d < 0:
            if unknown >= 0:
                raise ValueError("can only specify one unknown dimension")
            unknown = i
        else:
            known *= d
    if size is not None:
        if unknown >= 0:
            if known == 0 or size % known:
                raise ValueError(f"cannot reshape array of size {size} into shape {dims}")
            dims = (*dims[:unknown], size // known, *dims[unknown + 1 :])
        elif known != size:
            raise ValueError(f"cannot reshape array of size {size} into shape {dims}")
    return dims


_SHAPES: dict[tuple[Any, int | None], tuple[int, ...]] = {}  # (shape argument, size) -> the resolved shape


def _exact_ints(shape: Any) -> bool:
    """An int or a tuple of ints, all exactly `int` (not bool, float or NumPy integers): a safe cache key."""
    if type(shape) is int:
        return True
    if type(shape) is not tuple:
        return False
    for d in shape:
        if type(d) is not int:
            return False
    return True


def reshape(a: Any, /, shape: Any, order: str = "C", *, copy: bool | None = None) -> ndarray:
    """`numpy.reshape`. Differs: the result never shares memory with `a` (`copy=False` is a no-op).

    Examples:
        >>> tnp.reshape(tnp.arange(6), (2, 3))
        tnp.array([[0, 1, 2],
                   [3, 4, 5]])
        >>> tnp.reshape(tnp.arange(6), (3, -1)).shape
        (3, 2)
    """
    if order != "C":
        _check_order(order)
    t = a._t if type(a) is ndarray else to_tensor(a)
    size = t._num_elements() if type(t) is EagerTensor else t.shape.num_elements()
    if _exact_ints(shape):  # a shape of exact ints is cached with the size (2.0 == 2, but is a TypeError)
        key = (shape, size)
        dims = _SHAPES.get(key)
        if dims is None:
            dims = bounded_put(_SHAPES, key, _target_shape(shape, size))
    else:
        dims = _target_shape(shape, size)
    if order == "F":
        rev = tf.transpose(t)
        return wrap(tf.transpose(tf.reshape(rev, dims[::-1])))
    return wrap(ga.reshape(t, int_arg(dims)))


_REVERSED: dict[int, tuple[int, ...]] = {}  # rank -> the perm of a full transpose


def transpose(a: Any, axes: Any = None) -> ndarray:
    """`numpy.transpose` (`permute_dims`).

    Examples:
        >>> tnp.transpose(tnp.array([[1, 2, 3], [4, 5, 6]]))
        tnp.array([[1, 4],
                   [2, 5],
                   [3, 6]])
        >>> tnp.transpose(tnp.ones((2, 3, 4)), (2, 0, 1)).shape
        (4, 2, 3)
    """
    t = a._t if type(a) is ndarray else to_tensor(a)
    ndim = t.shape.rank
    if axes is None:
        if ndim is None:
            return wrap(tf.transpose(t))
        perm = _REVERSED.get(ndim)
        if perm is None:
            perm = _REVERSED[ndim] = tuple(range(ndim - 1, -1, -1))
        return wrap(ga.transpose(t, int_arg(perm)))  # int_arg: an eager host tensor or, tracing, a constant
    axes = tuple(normalize_axis(ax, ndim) for ax in axes)
    if len(axes) != ndim:
        raise ValueError("axes don't match array")
    if len(set(axes)) != ndim:
        raise ValueError("repeated axis in transpose")
    return wrap(ga.transpose(t, int_arg(axes)))


def matrix_transpose(x: Any, /) -> ndarray:
    """`numpy.matrix_transpose`: swap the last two axes.

    Examples:
        >>> tnp.matrix_transpose(tnp.ones((5, 2, 3))).shape
        (5, 3, 2)
    """
    t = to_tensor(x)
    if t.shape.rank < 2:
        raise ValueError("Input array must be at least 2-dimensional")
    return wrap(tf.linalg.matrix_transpose(t))


def squeeze(a: Any, axis: Any = None) -> ndarray:
    """`numpy.squeeze`. With axis=None and unknown dimensions (tf.function), the rank is unknown.

    Examples:
        >>> tnp.squeeze(tnp.array([[[1], [2]]]))
        tnp.array([1, 2])
        >>> tnp.squeeze(tnp.ones((1, 3, 1)), axis=0).shape
        (3, 1)
    """
    t = to_tensor(a)
    shape = t.shape.as_list()
    if axis is None:
        if None in shape:
            return wrap(tf.squeeze(t))  # the result's rank depends on the data: unknown while tracing
        axes = [i for i, d in enumerate(shape) if d == 1]
    else:
        axes = list(normalize_axes(axis, len(shape)))
        if any(shape[i] is not None and shape[i] != 1 for i in axes):
            raise ValueError("cannot select an axis to squeeze out which has size not equal to one")
    return wrap(tf.squeeze(t, axes) if axes else t)


def expand_dims(a: Any, axis: Any) -> ndarray:
    """`numpy.expand_dims` (axis may be a tuple).

    Examples:
        >>> tnp.expand_dims(tnp.array([1, 2]), 0)
        tnp.array([[1, 2]])
        >>> tnp.expand_dims(tnp.array([1, 2]), (0, 2)).shape
        (1, 2, 1)
    """
    t = a._t if type(a) is ndarray else to_tensor(a)
    if type(axis) is int:  # the common call: one ExpandDims
        dims = dims_of(t)
        if dims is not None:
            rank = len(dims)
            return wrap(ga.expand_dims(t, axis if 0 <= axis <= rank else normalize_axis(axis, rank + 1)))
    n = len(axis) if isinstance(axis, (tuple, list)) else 1
    axes = sorted(normalize_axes(axis, t.shape.rank + n))
    for ax in axes:
        t = tf.expand_dims(t, ax)
    return wrap(t)


def swapaxes(a: Any, axis1: Any, axis2: Any) -> ndarray:
    """`numpy.swapaxes`.

    Examples:
        >>> tnp.swapaxes(tnp.array([[1, 2, 3]]), 0, 1)
        tnp.array([[1],
                   [2],
                   [3]])
    """
    t = to_tensor(a)
    n = t.shape.rank
    i, j = index_axis(axis1), index_axis(axis2)  # NumPy reads both before checking either
    i, j = normalize_axis(i, n, "axis1"), normalize_axis(j, n, "axis2")
    perm = list(range(n))
    perm[i], perm[j] = j, i
    return wrap(ga.transpose(t, int_arg(tuple(perm))))


def moveaxis(a: Any, source: Any, destination: Any) -> ndarray:
    """`numpy.moveaxis`.

    Examples:
        >>> tnp.moveaxis(tnp.zeros((3, 4, 5)), 0, -1).shape
        (4, 5, 3)
    """
    if source is None or destination is None:
        raise TypeError("'NoneType' object is not iterable")
    t = to_tensor(a)
    n = t.shape.rank
    src, dst = normalize_axes(source, n, "source"), normalize_axes(destination, n, "destination")
    if len(src) != len(dst):
        raise ValueError("`source` and `destination` arguments must have the same number of elements")
    order = [i for i in range(n) if i not in src]
    for d, s in sorted(zip(dst, src)):
        order.insert(d, s)
    return wrap(ga.transpose(t, int_arg(tuple(order))))


def repeat(a: Any, repeats: Any, axis: Any = None) -> ndarray:
    """`numpy.repeat` (repeats: an int, or one per element along the axis; broadcast from length 1).

    Examples:
        >>> tnp.repeat(tnp.array([1, 2]), 2)
        tnp.array([1, 1, 2, 2])
        >>> tnp.repeat(tnp.array([[1, 2], [3, 4]]), [1, 2], axis=0)
        tnp.array([[1, 2],
                   [3, 4],
                   [3, 4]])
    """
    from ._selection import index_tensor

    t = to_tensor(a)
    if axis is None:
        t, ax = tf.reshape(t, [-1]), 0
    else:
        ax = normalize_axis(axis, t.shape.rank)
    if type(repeats) is not int and np.ndim(repeats) > 1:  # before the dtype, as NumPy
        raise ValueError("object too deep for desired array")
    if isinstance(repeats, np.unsignedinteger) and repeats >= 2**63:  # NumPy reads it as a negative intp
        raise ValueError("negative dimensions are not allowed")
    r = index_tensor(int(repeats) if isinstance(repeats, np.integer) else repeats, "safe")
    n, k = t.shape[ax], r.shape.num_elements()
    if r.shape.rank == 1 and n is not None and k is not None and k not in (1, n):
        raise ValueError(f"operands could not be broadcast together with shape ({n},) ({k},)")
    if not _tf.is_symbolic(r) and _check_repeats(r.numpy(), t, ax):
        return wrap(_repeat_each(t, r, ax))
    if r.shape.rank == 1 and k == 1:
        r = tf.reshape(r, [])
    return wrap(tf.repeat(t, r, axis=ax))


def _check_repeats(r: Any, t: tf.Tensor, ax: int) -> bool:
    """NumPy's errors for known repeats: negative counts, or a result too large to allocate; True for one
    count beyond int32 (tf.repeat would truncate it), ValueError for several."""
    if (r < 0).any():
        raise ValueError("negative dimensions are not allowed")
    shape = t.shape.as_list()
    if None not in shape:
        shape[ax] = int(r.reshape(-1)[0]) * shape[ax] if r.size == 1 else int(r.sum(dtype=object))
        _check_allocatable(shape, TF_TO_NP[t.dtype])
    if r.size == 1:
        return bool(r.reshape(-1)[0] > _INT32_MAX)
    if r.size and r.max() > _INT32_MAX:
        raise ValueError(f"tnp.repeat: repeat counts above {_INT32_MAX} are supported only as a single count")
    return False


_INT32_MAX = 2**31 - 1


def _repeat_each(t: tf.Tensor, r: tf.Tensor, ax: int) -> tf.Tensor:
    """`tf.repeat(t, r, ax)` for one count `r` (int64): each element broadcast along a new axis after `ax`."""
    r = tf.reshape(tf.cast(r, tf.int64), [1])
    shape = tf.shape(t, out_type=tf.int64)
    x = tf.broadcast_to(tf.expand_dims(t, ax + 1), tf.concat([shape[: ax + 1], r, shape[ax + 1 :]], 0))
    return tf.reshape(x, tf.concat([shape[:ax], shape[ax : ax + 1] * r, shape[ax + 1 :]], 0))


def resize(a: Any, new_shape: Any) -> ndarray:
    """`numpy.resize`: the flattened data repeated to fill `new_shape` (zeros if `a` is empty).

    Examples:
        >>> tnp.resize(tnp.array([1, 2, 3]), (2, 4))
        tnp.array([[1, 2, 3, 1],
                   [2, 3, 1, 2]])
    """
    dims = _resize_dims(new_shape)
    flat = tf.reshape(to_tensor(a), [-1])
    _check_allocatable(dims, flat.dtype)
    size = tf.shape(flat, out_type=tf.int64)[0]
    padded = tf.concat([flat, tf.zeros([1], flat.dtype)], 0)
    idx = tf.range(math.prod(dims), dtype=tf.int64) % tf.maximum(size, 1)
    idx = tf.where(size > 0, idx, size)
    return wrap(tf.reshape(tf.gather(padded, idx), dims))


def _resize_dims(new_shape: Any) -> list[int]:
    """`new_shape` read as numpy.resize does: each dimension is compared with 0 before it must be an int (an
    array dimension is then NumPy's ValueError), and a shape whose size overflows is an OverflowError."""
    if type(new_shape) is int or isinstance(new_shape, np.integer):
        new_shape = (new_shape,)
    elif hasattr(new_shape, "__index__") and getattr(new_shape, "ndim", 1) == 0:
        new_shape = (new_shape,)
    new_shape = list(new_shape)
    for d in new_shape:
        if isinstance(d, (ndarray, np.ndarray)) and d.size != 1:
            raise ambiguous_truth(d.size)
        if d < 0:
            raise ValueError("all elements of `new_shape` must be non-negative")
    dims = [operator.index(d) for d in new_shape]
    if math.prod(dims) >= 2**63:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return dims


def diagonal(a: Any, offset: Any = 0, axis1: Any = 0, axis2: Any = 1) -> ndarray:
    """`numpy.diagonal` (a copy, never a read-only view).

    Examples:
        >>> tnp.diagonal(tnp.arange(9).reshape(3, 3))
        tnp.array([0, 4, 8])
        >>> tnp.diagonal(tnp.arange(9).reshape(3, 3), offset=1)
        tnp.array([1, 5])
    """
    t = to_tensor(a)
    n = t.shape.rank
    if n < 2:
        raise ValueError("diag requires an array of at least two dimensions")
    i, j = normalize_axis(axis1, n, "axis1"), normalize_axis(axis2, n, "axis2")
    if i == j:
        raise ValueError("axis1 and axis2 cannot be the same")
    k = offset_arg(offset)
    t = tf.transpose(t, [d for d in range(n) if d not in (i, j)] + [i, j])
    shape = tf.shape(t, out_type=tf.int64)
    rows, cols = shape[-2], shape[-1]
    length = tf.maximum(tf.minimum(rows - max(0, -k), cols - max(0, k)), 0)
    pos = tf.range(length, dtype=tf.int64)
    flat_idx = (pos + max(0, -k)) * cols + pos + max(0, k)
    flat = tf.reshape(t, tf.concat([shape[:-2], [rows * cols]], 0))
    return wrap(tf.gather(flat, flat_idx, axis=-1))


def trace(
    a: Any, offset: Any = 0, axis1: Any = 0, axis2: Any = 1, dtype: Any = None, out: Any = None
) -> ndarray:
    """`numpy.trace` (integers widen as in `sum`).

    Examples:
        >>> tnp.trace(tnp.arange(9).reshape(3, 3))
        tnp.array(12)
    """
    from ._reductions import sum as sum_

    if dtype is not None:
        dtype = as_np_dtype(dtype)  # NumPy reads the dtype first; '>f8' is accepted (a native result)
    return sum_(diagonal(a, offset, axis1, axis2), axis=-1, dtype=dtype, out=out)


def resize_inplace(a: ndarray, *new_shape: Any, refcheck: bool = True) -> None:
    """`ndarray.resize`: rebinds `a`'s tensor to its data in C order, cut or zero-padded to `new_shape`."""
    shape = new_shape[0] if len(new_shape) == 1 and not hasattr(new_shape[0], "__index__") else new_shape
    dims = [operator.index(d) for d in ((shape,) if hasattr(shape, "__index__") else (shape or ()))]
    if any(d < 0 for d in dims):
        raise ValueError("negative dimensions not allowed")
    n = math.prod(dims)
    flat = tf.reshape(a._t, [-1])[:n]
    pad = tf.zeros(tf.maximum(n - tf.shape(flat)[0], 0)[tf.newaxis], flat.dtype)
    a._t = tf.reshape(tf.concat([flat, pad], 0), dims)
