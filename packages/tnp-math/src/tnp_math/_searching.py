"""Sorting and searching beyond tnp-core's sort/argsort/searchsorted: lexsort and sort_complex.

Both use tnp's stable sort in NumPy's order (NaN last, complex lexicographic by real then imaginary part).
"""

from __future__ import annotations

import operator
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import NP_TO_TF, cast, ndarray, normalize_axis, to_tensor, translating, wrap

_SMALL_INTS = {np.dtype(d) for d in ("int8", "uint8", "int16", "uint16")}


def _argsort_last(t: tf.Tensor) -> tf.Tensor:
    return tnp_core.argsort(wrap(t), axis=-1)._t


def _keys(keys: Any) -> list[tf.Tensor] | tf.Tensor:
    """The keys: a list of tensors (a Python sequence) or one tensor whose first axis runs over the keys."""
    if isinstance(keys, (list, tuple)):
        ts = [to_tensor(k) for k in keys]
        if not ts:
            raise TypeError("need sequence of keys with len > 0 in lexsort")
        shapes = {tuple(t.shape.as_list()) for t in ts}
        if len({len(s) for s in shapes}) > 1 or len({s for s in shapes if None not in s}) > 1:
            raise ValueError("all keys need to be the same shape")
        return ts
    t = to_tensor(keys)
    if t.shape.rank == 0 or t.shape[0] == 0:
        raise TypeError("need sequence of keys with len > 0 in lexsort")
    if t.shape[0] is not None:
        return tf.unstack(t)
    return t


def lexsort(keys: Any, axis: Any = -1) -> ndarray:
    """`numpy.lexsort`: the stable int64 permutation sorting by the last key, then the one before, ...

    Keys may have different dtypes (each is ordered as `sort` orders it). Inside `tf.function`, an array of
    keys may have an unknown number of keys (a `tf.while_loop` then runs over them).

    Examples:
        >>> tnp.lexsort(([1, 2, 1], [3, 3, 1]))
        tnp.array([2, 0, 1])
    """
    operator.index(axis)  # NumPy reads the axis first: TypeError for None or a float
    ks = _keys(keys)
    first = ks[0]
    nd = first.shape.rank
    if nd == 0:
        normalize_axis(axis, 1)  # NumPy checks the axis against a 1-d view of 0-d keys
        return wrap(tf.zeros([], tf.int64))
    ax = normalize_axis(axis, nd)

    def last(t: tf.Tensor) -> tf.Tensor:
        return tnp_core.moveaxis(wrap(t), ax, -1)._t

    def step(perm: tf.Tensor, key: tf.Tensor) -> tf.Tensor:
        k = tf.gather(last(key), perm, batch_dims=nd - 1)
        return tf.gather(perm, _argsort_last(k), batch_dims=nd - 1)

    if isinstance(ks, list):
        perm = _argsort_last(last(first))
        for k in ks[1:]:
            perm = step(perm, k)
    else:
        n_keys = tf.shape(ks, out_type=tf.int64)[0]
        perm = _argsort_last(last(first))
        perm = tf.while_loop(
            lambda i, p: i < n_keys, lambda i, p: (i + 1, step(p, ks[i])), (tf.constant(1, tf.int64), perm)
        )[1]
    return wrap(tnp_core.moveaxis(wrap(perm), -1, ax)._t)


def sort_complex(a: Any) -> ndarray:
    """`numpy.sort_complex`: sort by real part, then imaginary part.

    Sorted along the last axis, as complex (complex64 for int8/uint8/int16/uint16
    and complex64 input, else complex128, as NumPy).

    Examples:
        >>> tnp.sort_complex(tnp.array([5, 3, 6, 2, 1]))
        tnp.array([1.+0.j, 2.+0.j, 3.+0.j, 5.+0.j, 6.+0.j])
        >>> tnp.sort_complex(tnp.array([1 + 2j, 1 - 1j, 0 + 5j]))
        tnp.array([0.+5.j, 1.-1.j, 1.+2.j])
    """
    s = tnp_core.sort(wrap(to_tensor(a)))
    if s.dtype.kind == "c":
        return s
    d = np.complex64 if s.dtype in _SMALL_INTS else np.complex128
    return wrap(cast(s._t, NP_TO_TF[np.dtype(d)]))


__all__ = ["lexsort", "sort_complex"]

globals().update({name: translating(globals()[name]) for name in __all__})
