"""Sorting and searching: sort, argsort, partition, argpartition, searchsorted.

Every sort is stable and uses NumPy's total order: NaN last; complex numbers lexicographic by (real, imag)
with NumPy's NaN classes (R+Rj < R+nanj < nan+Rj < nan+nanj). Values are mapped to int64 keys that compare in
that order, and sorted with TensorFlow's stable argsort; the values are then gathered (so `sort` is
differentiable). `partition`/`argpartition` are a full stable sort (the kth property holds).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ._axes import normalize_axis
from ._convert import to_tensor
from ._dtypes import NP_TO_TF, TF_TO_NP
from ._ndarray import ndarray, wrap
from ._promotion import result_type_of_keys
from ._tf import tf

_KINDS = (None, "quicksort", "quick", "mergesort", "merge", "heapsort", "heap", "stable")
_SIGN = -(2**63)


# dtype -> (same-width int, bits of +inf); the keys use integer ops only (TF flushes subnormals in float ops)
_FLOAT_BITS = {
    tf.float16: (tf.int16, 0x7C00),
    tf.bfloat16: (tf.int16, 0x7F80),
    tf.float32: (tf.int32, 0x7F800000),
    tf.float64: (tf.int64, 0x7FF0000000000000),
}


def _float_key(x: tf.Tensor) -> tf.Tensor:
    """int64 keys in the order NumPy sorts floats: -inf < ... < -0.0 == 0.0 < ... < inf < NaN (NaNs equal)."""
    it, inf = _FLOAT_BITS[x.dtype]
    bits = tf.cast(tf.bitcast(x, it), tf.int64)
    mag = tf.bitwise.bitwise_and(bits, tf.constant(it.max, tf.int64))
    key = tf.where(bits < 0, -mag, mag)
    return tf.where(mag > inf, tf.constant(inf + 1, tf.int64), key)


def sort_keys(t: tf.Tensor) -> list[tf.Tensor]:
    """int64 key tensors, most significant first, whose lexicographic order is NumPy's sort order of `t`."""
    d = t.dtype
    if d.is_complex:
        re, im = tf.math.real(t), tf.math.imag(t)
        nre, nim = tf.math.is_nan(re), tf.math.is_nan(im)
        cls = tf.cast(nre, tf.int64) * 2 + tf.cast(nim, tf.int64)
        zero = tf.zeros([], re.dtype)
        return [cls, _float_key(tf.where(nre, zero, re)), _float_key(tf.where(nim, zero, im))]
    if d.is_floating:
        return [_float_key(t)]
    if d == tf.bool:
        return [tf.cast(t, tf.int64)]
    if d == tf.uint64:
        return [tf.bitwise.bitwise_xor(tf.bitcast(t, tf.int64), tf.constant(_SIGN, tf.int64))]
    return [tf.cast(t, tf.int64)]


def _argsort_last(t: tf.Tensor) -> tf.Tensor:
    """The stable argsort (int64) of `t` along its last axis."""
    keys = sort_keys(t)
    batch = t.shape.rank - 1
    perm = tf.argsort(keys[-1], axis=-1, stable=True)
    for k in reversed(keys[:-1]):  # least significant key first (LSD): each pass is stable
        step = tf.argsort(tf.gather(k, perm, batch_dims=batch), axis=-1, stable=True)
        perm = tf.gather(perm, step, batch_dims=batch)
    return tf.cast(perm, tf.int64)


def _check_kind(kind: Any, order: Any) -> None:
    if kind not in _KINDS:
        raise ValueError(f"sort kind must be one of 'quick', 'heap', or 'stable' (got {kind!r})")
    if order is not None:
        raise ValueError("Cannot specify order when the array has no fields.")


def _along(a: Any, axis: Any) -> tuple[tf.Tensor, int]:
    """The tensor (flattened if axis is None) with the sort axis moved last, and that axis' position."""
    t = to_tensor(a)
    if axis is None:
        return tf.reshape(t, [-1]), 0
    ax = normalize_axis(axis, t.shape.rank)
    return _move_last(t, ax), ax


def _move_last(t: tf.Tensor, ax: int) -> tf.Tensor:
    n = t.shape.rank
    if ax == n - 1:
        return t
    return tf.transpose(t, [i for i in range(n) if i != ax] + [ax])


def _move_back(t: tf.Tensor, ax: int) -> tf.Tensor:
    n = t.shape.rank
    if ax == n - 1:
        return t
    perm = list(range(n - 1))
    perm.insert(ax, n - 1)
    return tf.transpose(t, perm)


def _argsort_along(t: tf.Tensor, descending: bool) -> tf.Tensor:
    """Stable argsort along the last axis; `descending` keeps equal elements in their original order too (the
    array API's rule: sort the reversed array ascending, reverse the result, map the indices back)."""
    if not descending:
        return _argsort_last(t)
    n = tf.shape(t, out_type=tf.int64)[-1]
    return n - 1 - tf.reverse(_argsort_last(tf.reverse(t, [-1])), [-1])


def argsort(
    a: Any,
    axis: Any = -1,
    kind: Any = None,
    order: Any = None,
    *,
    stable: Any = None,
    descending: bool = False,
) -> ndarray:
    """`numpy.argsort` (always stable; int64 indices). Extension: the array API's `descending=`.

    Examples:
        >>> tnp.argsort(tnp.array([30, 10, 20]))
        tnp.array([1, 2, 0])
    """
    _check_kind(kind, order)
    t = to_tensor(a)
    if t.shape.rank == 0:  # NumPy argsorts a 0-d array as a 1-d one of length 1 (sort raises instead)
        t = tf.reshape(t, [1])
    t, ax = _along(t, axis)
    return wrap(_move_back(_argsort_along(t, descending), ax))


def sort(
    a: Any,
    axis: Any = -1,
    kind: Any = None,
    order: Any = None,
    *,
    stable: Any = None,
    descending: bool = False,
) -> ndarray:
    """`numpy.sort` (always stable). Extension: the array API's `descending=` (stable, as the standard asks).

    Examples:
        >>> tnp.sort(tnp.array([[3, 1, 2], [9, 7, 8]]))
        tnp.array([[1, 2, 3],
                   [7, 8, 9]])
        >>> tnp.sort(tnp.array([[3, 1], [2, 4]]), axis=0)
        tnp.array([[2, 1],
                   [3, 4]])
    """
    _check_kind(kind, order)
    t, ax = _along(a, axis)
    perm = _argsort_along(t, descending)
    return wrap(_move_back(tf.gather(t, perm, batch_dims=t.shape.rank - 1), ax))


def _kth_values(kth: Any) -> list[int]:
    """`kth` as NumPy reads it: an int or a 1-d integer array (ValueError for bool or deeper, TypeError for
    anything not integer, even empty)."""
    if type(kth) is int:
        return [kth]
    arr = np.asarray(kth)
    if arr.ndim > 1:
        raise ValueError("object too deep for desired array")
    if arr.dtype.kind == "b":
        raise ValueError("Booleans unacceptable as partition index")
    if arr.dtype.kind not in "iu":
        raise TypeError("Partition index must be integer")
    return [int(k) for k in arr.reshape(-1)]


def _check_kth(kth: Any, t: tf.Tensor) -> None:
    n = t.shape[-1]
    for k in _kth_values(kth):
        if n and not -n <= k < n:  # NumPy checks no kth of an empty axis
            raise ValueError(f"kth(={k}) out of bounds ({n})")


def _partition_args(
    a: Any, kth: Any, axis: Any, kind: str, order: Any, ravel_0d: bool = False
) -> tuple[tf.Tensor, int]:
    """The tensor with the partition axis last; `ravel_0d`: a 0-d array counts as 1-d (argpartition)."""
    if kind != "introselect":
        raise ValueError(f"partition kind must be 'introselect' (got {kind!r})")
    if order is not None:
        raise ValueError("Cannot specify order when the array has no fields.")
    if ravel_0d:
        a = to_tensor(a)
        if a.shape.rank == 0:
            a = tf.reshape(a, [1])
    t, ax = _along(a, axis)
    if t.shape.rank == 0:
        raise ValueError("Cannot partition a 0-d array")
    _check_kth(kth, t)
    return t, ax


def partition(a: Any, kth: Any, axis: Any = -1, kind: str = "introselect", order: Any = None) -> ndarray:
    """`numpy.partition`. Differs: the result is fully sorted (a valid partition for every kth).

    Examples:
        >>> tnp.partition(tnp.array([7, 1, 5, 3]), 2)[2]
        tnp.array(5)
    """
    t, ax = _partition_args(a, kth, axis, kind, order)
    return wrap(_move_back(tf.gather(t, _argsort_last(t), batch_dims=t.shape.rank - 1), ax))


def argpartition(a: Any, kth: Any, axis: Any = -1, kind: str = "introselect", order: Any = None) -> ndarray:
    """`numpy.argpartition`. Differs: the indices fully sort `a` (a valid partition for every kth).

    Examples:
        >>> a = tnp.array([7, 1, 5, 3])
        >>> a[tnp.argpartition(a, 1)[1]]
        tnp.array(3)
    """
    t, ax = _partition_args(a, kth, axis, kind, order, ravel_0d=True)
    return wrap(_move_back(_argsort_last(t), ax))


def _complex_less(x: list[tf.Tensor], y: list[tf.Tensor], equal_ok: bool) -> tf.Tensor:
    """Lexicographic x < y (or x <= y) over key lists."""
    res = tf.ones_like(x[0], tf.bool) if equal_ok else tf.zeros_like(x[0], tf.bool)
    for kx, ky in zip(reversed(x), reversed(y)):
        res = (kx < ky) | ((kx == ky) & res)
    return res


def searchsorted(a: Any, v: Any, side: str = "left", sorter: Any = None) -> ndarray:
    """`numpy.searchsorted` (int64 result; NaN sorts last, as in `sort`).

    Examples:
        >>> tnp.searchsorted(tnp.array([1, 3, 5, 7]), [0, 3, 6])
        tnp.array([0, 1, 3])
        >>> tnp.searchsorted(tnp.array([1, 3, 5, 7]), 3, side='right')
        tnp.array(2)
    """
    ta, tv = to_tensor(a), to_tensor(v)
    if ta.shape.rank == 0:
        raise ValueError("object of too small depth for desired array")
    if ta.shape.rank > 1:
        raise ValueError("object too deep for desired array")
    if side not in ("left", "right"):
        raise ValueError(f"side must be 'left' or 'right' (got {side!r})")
    if sorter is not None:
        from ._selection import take

        ts = to_tensor(sorter)
        n, m = ta.shape.num_elements(), ts.shape.num_elements()
        if ts.shape.rank != 1 or (n is not None and m is not None and n != m):
            raise ValueError("sorter.size must equal a.size")
        ta = take(wrap(ta), ts)._t
    common = NP_TO_TF[result_type_of_keys(TF_TO_NP[ta.dtype], TF_TO_NP[tv.dtype])]
    ka, kv = sort_keys(tf.cast(ta, common)), sort_keys(tf.cast(tv, common))
    if len(ka) == 1:
        flat = tf.reshape(kv[0], [1, -1])
        r = tf.searchsorted(ka[0][tf.newaxis, :], flat, side=side, out_type=tf.int64)
        return wrap(tf.reshape(r, tf.shape(tv, out_type=tf.int64)))
    # complex: count the elements of `a` before each value (a binary search's answer on a sorted `a`)
    xs = [tf.reshape(k, [-1, 1]) for k in ka]
    ys = [tf.reshape(k, [1, -1]) for k in kv]
    before = _complex_less(xs, ys, side == "right")
    r = tf.reduce_sum(tf.cast(before, tf.int64), axis=0)
    return wrap(tf.reshape(r, tf.shape(tv, out_type=tf.int64)))


__all__ = ["argpartition", "argsort", "partition", "searchsorted", "sort", "sort_keys"]
