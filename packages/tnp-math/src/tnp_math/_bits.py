"""packbits and unpackbits: bits of integer/bool arrays packed into uint8 and back, with TensorFlow ops.

The axis is brought into the middle of a `[before, n, after]` reshape (dynamic shapes, so unknown dimensions
work inside tf.function). Differs from NumPy: inside tf.function, a negative `count` larger than the number of
bits along a dimension unknown while tracing gives an empty result instead of raising ValueError; a positive
`count` on an empty axis gives zeros (NumPy 2.4 returns uninitialized memory there).
"""

from __future__ import annotations

import operator
from typing import Any

import numpy as np
import tensorflow as tf
from tnp_core.extending import TF_TO_NP, check_allocatable, ndarray, normalize_axis, to_tensor, wrap

__all__ = ["packbits", "unpackbits"]


def _little(bitorder: Any, pack: bool) -> bool:
    """NumPy's reading of `bitorder`: packbits wants 'big...'/'little...', unpackbits only the first letter."""
    if not isinstance(bitorder, str):
        raise TypeError(f"bitorder must be str, not {type(bitorder).__name__}")
    big, little = ("big", "little") if pack else ("b", "l")
    if bitorder.startswith(big):
        return False
    if bitorder.startswith(little):
        return True
    raise ValueError(
        "'order' must be either 'little' or 'big'" if pack else "'order' must begin with 'l' or 'b'"
    )


def _as_3d(t: tf.Tensor, axis: Any) -> tuple[tf.Tensor, int, tf.Tensor, list[int | None]]:
    """`t` reshaped to `[before, n, after]` around `axis` (None: flattened); the axis, the shape, static shape."""
    if axis is None or t.shape.rank == 0:
        if axis is not None:
            normalize_axis(axis, 1)  # a 0-d array is one element along axis 0 (or -1), as in NumPy
        t = tf.reshape(t, [-1])
        ax = 0
    else:
        ax = normalize_axis(axis, t.shape.rank)
    shape = tf.shape(t, out_type=tf.int64)
    static = t.shape.as_list()
    cube = tf.reshape(t, tf.stack([tf.reduce_prod(shape[:ax]), shape[ax], tf.reduce_prod(shape[ax + 1 :])]))
    return cube, ax, shape, static


def _restore(cube: tf.Tensor, ax: int, shape: tf.Tensor, static: list[int | None], n: Any) -> tf.Tensor:
    """`cube` (`[before, n, after]`) reshaped back to `shape` with dimension `ax` now `n`."""
    out = tf.reshape(
        cube, tf.concat([shape[:ax], tf.reshape(tf.cast(n, shape.dtype), [1]), shape[ax + 1 :]], 0)
    )
    static = list(static)
    static[ax] = n if isinstance(n, int) else None
    out.set_shape(static)
    return out


def packbits(a: Any, /, axis: Any = None, bitorder: Any = "big") -> ndarray:
    """`numpy.packbits`: groups of 8 truthy/falsy elements along `axis` (flattened if None) as uint8.

    Examples:
        >>> tnp.packbits(tnp.array([1, 0, 1, 1, 0, 0, 0, 1], dtype=tnp.uint8))
        tnp.array([177], dtype=uint8)
        >>> tnp.packbits(tnp.array([1, 1, 0]), bitorder='little')
        tnp.array([3], dtype=uint8)
    """
    t = to_tensor(a)
    if TF_TO_NP[t.dtype].kind not in "biu":
        raise TypeError("Expected an input array of integer or boolean data type")
    little = _little(bitorder, pack=True)
    bits = t if t.dtype == tf.bool else tf.not_equal(t, tf.zeros([], t.dtype))
    cube, ax, shape, static = _as_3d(tf.cast(bits, tf.int32), axis)
    n = tf.shape(cube)[1]
    m = (n + 7) // 8
    cube = tf.pad(cube, tf.stack([[0, 0], tf.stack([0, 8 * m - n]), [0, 0]]))
    cube = tf.reshape(cube, tf.stack([tf.shape(cube)[0], m, 8, tf.shape(cube)[2]]))
    weights = tf.constant([1 << (i if little else 7 - i) for i in range(8)], tf.int32)
    packed = tf.cast(tf.reduce_sum(cube * weights[:, None], axis=2), tf.uint8)
    n_static = static[ax]
    return wrap(_restore(packed, ax, shape, static, m if n_static is None else (n_static + 7) // 8))


def unpackbits(a: Any, /, axis: Any = None, count: Any = None, bitorder: Any = "big") -> ndarray:
    """`numpy.unpackbits`: each uint8 element along `axis` (flattened if None) as 8 bits (uint8 0/1).

    `count` keeps the first `count` bits (zero-padded if larger; negative drops bits from the end).

    Examples:
        >>> tnp.unpackbits(tnp.array([177], dtype=tnp.uint8))
        tnp.array([1, 0, 1, 1, 0, 0, 0, 1], dtype=uint8)
        >>> tnp.unpackbits(tnp.array([3], dtype=tnp.uint8), count=4, bitorder='little')
        tnp.array([1, 1, 0, 0], dtype=uint8)
    """
    t = to_tensor(a)
    if t.dtype != tf.uint8:
        raise TypeError("Expected an input array of unsigned byte data type")
    if count is not None:
        if isinstance(count, bool):
            raise TypeError("an integer is required")
        count = operator.index(count)
        if not -(2**63) <= count < 2**63:
            raise OverflowError("Python int too large to convert to C long")
    little = _little(bitorder, pack=False)
    cube, ax, shape, static = _as_3d(t, axis)
    shifts = tf.constant([i if little else 7 - i for i in range(8)], tf.uint8)
    bits = tf.bitwise.bitwise_and(
        tf.bitwise.right_shift(cube[:, :, None, :], shifts[:, None]), tf.constant(1, tf.uint8)
    )
    c = tf.shape(cube, out_type=tf.int64)
    bits = tf.reshape(bits, tf.stack([c[0], 8 * c[1], c[2]]))
    n_static = static[ax]
    total: Any = 8 * c[1] if n_static is None else 8 * n_static
    if count is None:
        return wrap(_restore(bits, ax, shape, static, total))
    if count < 0:
        if n_static is not None and -count > total:
            raise ValueError("-count larger than number of elements")
        length: Any = total + count
        if n_static is None:
            length = tf.maximum(length, 0)
    else:
        length = count
        if None not in static:  # NumPy's MemoryError/ValueError for a result too large
            check_allocatable([*static[:ax], count, *static[ax + 1 :]], np.uint8)
    zero = tf.zeros([2], tf.int64)
    extra = tf.maximum(tf.cast(length, tf.int64) - tf.cast(total, tf.int64), 0)
    bits = tf.pad(bits, tf.stack([zero, tf.stack([zero[0], extra]), zero]))
    if not isinstance(length, int) or not isinstance(total, int) or length < total:
        bits = bits[:, :length, :]
    return wrap(_restore(bits, ax, shape, static, length))
