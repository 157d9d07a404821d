"""NumPy indexing (`__getitem__`) on tensors: basic indices through strided slices, integer-array and boolean
indices through gather / boolean_mask. A Python list is an integer-array index, never a tuple of indices."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._convert import to_tensor
from ._ndarray import ndarray, wrap
from ._tf import is_symbolic, tf

_VALID = (
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are "
    "valid indices"
)


def _is_basic(k: Any) -> bool:
    return k is None or k is Ellipsis or isinstance(k, (slice, int, np.integer)) and not isinstance(k, bool)


def _as_index_int(k: Any) -> int | None:
    """A Python int for an integer-like scalar index (incl. 0-d integer arrays in eager mode), else None."""
    if isinstance(k, (int, np.integer)) and not isinstance(k, (bool, np.bool_)):
        return int(k)
    if isinstance(k, (ndarray, np.ndarray, tf.Tensor)) and getattr(k, "ndim", None) == 0:
        t = to_tensor(k)
        if t.dtype.is_integer and not is_symbolic(t):
            return int(t.numpy())
    return None


def _expand_key(key: Any) -> tuple[Any, ...]:
    if isinstance(key, tuple):
        return key
    return (key,)


def getitem(a: Any, key: Any) -> ndarray:
    """`a[key]` with NumPy's semantics."""
    t = to_tensor(a)
    items = list(_expand_key(key))
    shape = t.shape.as_list() if t.shape.rank is not None else None
    for i, k in enumerate(items):
        if isinstance(k, (float, np.floating)) or isinstance(k, str):
            raise IndexError(_VALID)
        as_int = _as_index_int(k) if not isinstance(k, (int, slice)) else None
        if as_int is not None:
            items[i] = as_int
    if sum(1 for k in items if k is Ellipsis) > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    if all(_is_basic(k) for k in items):
        return wrap(_basic(t, items, shape))
    adv = [i for i, k in enumerate(items) if not _is_basic(k)]
    if len(adv) == 1 and all(k is Ellipsis or (isinstance(k, slice) and k == slice(None)) for j, k in enumerate(items) if j != adv[0]):
        ell = [j for j, k in enumerate(items) if k is Ellipsis]
        pos = adv[0]
        n_before = pos if not ell or ell[0] > pos else None
        if n_before is not None:
            return wrap(_array_index(t, items[pos], n_before))
    raise NotImplementedError(
        "this combination of advanced indices is not supported yet (one integer/boolean array index, "
        "optionally after full slices, is)"
    )


def _basic(t: tf.Tensor, items: list[Any], shape: list[Any] | None) -> tf.Tensor:
    if shape is not None:
        consumed = [k for k in items if k is not None and k is not Ellipsis]
        if len(consumed) > len(shape):
            raise IndexError(
                f"too many indices for array: array is {len(shape)}-dimensional, but {len(consumed)} were indexed"
            )
        ell = items.index(Ellipsis) if Ellipsis in items else len(items)
        axis = 0
        for j, k in enumerate(items):
            if j == ell:
                axis = len(shape) - sum(1 for q in items[j + 1 :] if q is not None)
                continue
            if k is None:
                continue
            if isinstance(k, int):
                n = shape[axis]
                if n is not None and not -n <= k < n:
                    raise IndexError(f"index {k} is out of bounds for axis {axis} with size {n}")
            axis += 1
    return t[tuple(items)]


def _array_index(t: tf.Tensor, k: Any, axis: int) -> tf.Tensor:
    idx = to_tensor(k)
    if idx.dtype == tf.bool:
        n_mask = idx.shape.rank
        got = t.shape[axis : axis + n_mask].as_list()
        want = idx.shape.as_list()
        for j, (g, w) in enumerate(zip(got, want)):
            if g is not None and w is not None and g != w:
                raise IndexError(
                    f"boolean index did not match indexed array along axis {axis + j}; size of axis is {g} but size "
                    f"of corresponding boolean axis is {w}"
                )
        if n_mask == 0:
            return tf.boolean_mask(t[tf.newaxis], idx[tf.newaxis], axis=axis)
        return tf.boolean_mask(t, idx, axis=axis)
    if not idx.dtype.is_integer:
        raise IndexError("arrays used as indices must be of integer (or boolean) type")
    n = t.shape[axis]
    if not is_symbolic(idx) and n is not None and idx.shape.num_elements():
        lo, hi = int(tf.reduce_min(idx)), int(tf.reduce_max(idx))
        bad = hi if hi >= n else lo if lo < -n else None
        if bad is not None:
            raise IndexError(f"index {bad} is out of bounds for axis {axis} with size {n}")
    size = tf.shape(t, out_type=idx.dtype)[axis]
    idx = tf.where(idx < 0, idx + size, idx)
    return tf.gather(t, idx, axis=axis)


__all__ = ["getitem"]
