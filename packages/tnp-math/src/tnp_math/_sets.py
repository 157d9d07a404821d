"""Set functions: unique (and the array API's unique_all/unique_counts/unique_inverse/unique_values), isin,
intersect1d, union1d, setdiff1d, setxor1d.

Everything is sort-based: tnp's stable sort in NumPy's order (NaN last, complex lexicographic), then masks over
the sorted values, following NumPy's own algorithms (so `equal_nan`, NaN != NaN in the set operations and
-0.0 == 0.0 behave as in NumPy). Results whose length depends on the values have a dynamic first dimension
inside `tf.function`. For XLA (`jit_compile=True`), the unique family takes the keyword-only `size=` and
`fill_value=` of `jax.numpy.unique` (a tnp extension): exactly `size` unique values, padded or truncated.
`unique(sorted=False)` and `unique_values` return sorted values (NumPy leaves their order unspecified).
Mixed int64/uint64 inputs compare after NumPy's promotion (float64), as NumPy's sort-based paths do. With
`axis=`, rows holding NaN sort with NaN last for every dtype (NumPy's float16 row comparison differs).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import (
    NP_TO_TF,
    TF_TO_NP,
    cast,
    is_symbolic,
    ndarray,
    normalize_axis,
    sort_keys,
    static_size,
    to_tensor,
    translating,
    wrap,
)

from ._joining import concatenate


class UniqueAllResult(NamedTuple):
    """`unique_all`'s result (NumPy's field names)."""

    values: ndarray
    indices: ndarray
    inverse_indices: ndarray
    counts: ndarray


class UniqueCountsResult(NamedTuple):
    """`unique_counts`'s result (NumPy's field names)."""

    values: ndarray
    counts: ndarray


class UniqueInverseResult(NamedTuple):
    """`unique_inverse`'s result (NumPy's field names)."""

    values: ndarray
    inverse_indices: ndarray


# --- building blocks on tensors ------------------------------------------------------------------------------


def _argsort(t: tf.Tensor) -> tf.Tensor:
    """The stable int64 argsort of a 1-d tensor in NumPy's order."""
    return tnp_core.argsort(wrap(t))._t


def _isnan(t: tf.Tensor) -> tf.Tensor:
    """NaN anywhere in the element (either part of a complex number); False for exact dtypes."""
    if t.dtype.is_complex:
        return tf.math.is_nan(tf.math.real(t)) | tf.math.is_nan(tf.math.imag(t))
    if t.dtype.is_floating:
        return tf.math.is_nan(t)
    return tf.zeros_like(t, tf.bool)


def _any_but_first(x: tf.Tensor) -> tf.Tensor:
    """Reduce `any` over every axis but the first (rows of a 2-d tensor; a 1-d tensor is returned as is)."""
    return tf.reduce_any(x, axis=list(range(1, x.shape.rank))) if x.shape.rank > 1 else x


def _neighbours(s: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """For sorted elements (or rows) `s`: (s[i] and s[i-1] differ in their sort keys, either has a NaN), i >= 1.

    Keys compare bit patterns (so subnormals are exact) with -0.0 == 0.0, as NumPy's `==`."""
    differ = tf.zeros_like(s[1:], tf.bool)
    for k in sort_keys(s):
        differ = differ | tf.not_equal(k[1:], k[:-1])
    nan = _any_but_first(_isnan(s))
    return _any_but_first(differ), nan[1:] | nan[:-1]


def _equal_sorted(s: tf.Tensor) -> tf.Tensor:
    """NumPy's `s[1:] == s[:-1]` for a sorted 1-d tensor (NaN never equal)."""
    differ, nan = _neighbours(s)
    return ~differ & ~nan


def _first_true(n: tf.Tensor, later: tf.Tensor) -> tf.Tensor:
    """A mask of length n: True at 0 (if n > 0), then `later` (length n - 1)."""
    return tf.concat([tf.ones([1], tf.bool), later], 0)[:n]


def _row_perm(rows: tf.Tensor) -> tf.Tensor:
    """The stable permutation sorting the rows of a 2-d tensor lexicographically (NumPy's order per column)."""
    n = tf.shape(rows, out_type=tf.int64)[0]
    m = rows.shape[1]
    perm = tf.range(n)
    if m is not None:
        for j in reversed(range(m)):
            perm = tf.gather(perm, _argsort(tf.gather(rows[:, j], perm)))
        return perm

    def body(j: tf.Tensor, p: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
        return j - 1, tf.gather(p, _argsort(tf.gather(tf.gather(rows, j, axis=1), p)))

    start = tf.shape(rows, out_type=tf.int64)[1] - 1
    return tf.while_loop(lambda j, p: j >= 0, body, (start, perm))[1]


def _fill_as(fill_value: Any, d: tf.DType) -> tf.Tensor:
    if type(fill_value) in (bool, int, float, complex):
        return to_tensor(fill_value, TF_TO_NP[d])
    return cast(to_tensor(fill_value), d)


class _Unique(NamedTuple):
    values: tf.Tensor
    index: tf.Tensor
    inverse: tf.Tensor
    counts: tf.Tensor
    count: tf.Tensor  # the number of unique values (before `size` truncates or pads)


def _unique_rows(rows: tf.Tensor, merge_nan: bool, size: int | None) -> _Unique:
    """NumPy's `_unique1d` on the rows of a 2-d tensor: sorted unique rows, first indices, inverse, counts.

    With `merge_nan` (1-d input and equal_nan) all NaN elements are one value; otherwise a NaN is never equal to
    anything. With `size`, exactly `size` rows (the index padded with the first unique's index, counts with 0)."""
    n = tf.shape(rows, out_type=tf.int64)[0]
    perm = _row_perm(rows)
    s = tf.gather(rows, perm)
    differ, nan_pair = _neighbours(s)
    if merge_nan:
        nan = _any_but_first(_isnan(s))
        later = tf.where(nan[1:], ~nan[:-1], differ)
    else:
        later = differ | nan_pair
    mask = _first_true(n, later)
    gid = tf.cumsum(tf.cast(mask, tf.int64)) - 1
    if size is None:
        starts = tf.where(mask)[:, 0]
        m: Any = tf.shape(starts, out_type=tf.int64)[0]
        values, index = tf.gather(s, starts), tf.gather(perm, starts)
    else:
        (starts_nd,) = tnp_core.nonzero(wrap(mask), size=size)
        starts, m = starts_nd._t, size
        pad_row = tf.zeros(tf.concat([[1], tf.shape(s)[1:]], 0), s.dtype)  # gathered when the input is empty
        values = tf.gather(tf.concat([s, pad_row], 0), starts)
        index = tf.gather(tf.concat([perm, tf.zeros([1], tf.int64)], 0), starts)
    inverse = tf.scatter_nd(perm[:, tf.newaxis], gid, n[tf.newaxis])
    counts = tf.math.unsorted_segment_sum(tf.ones_like(gid), tf.minimum(gid, m), m + 1)[:m]
    return _Unique(values, index, inverse, counts, tf.reduce_sum(tf.cast(mask, tf.int64)))


def _unique(
    ar: Any, axis: Any, equal_nan: bool, size: Any, fill_value: Any
) -> tuple[_Unique, tf.Tensor, int | None]:
    """`unique` on any input: the result parts (values already in the output layout), the input tensor and the
    normalized axis (None for the flattened case)."""
    t = to_tensor(ar)
    k = None if size is None else static_size(size)
    if k is None and fill_value is not None:
        raise ValueError("fill_value= is only used together with size=")
    if axis is None or t.shape.rank == 1:
        if axis is not None:
            normalize_axis(axis, 1)
        u = _unique_rows(tf.reshape(t, [-1, 1]), equal_nan, k)
        values = u.values[:, 0]
        ax = None
    else:
        ax = normalize_axis(axis, t.shape.rank)
        moved = tnp_core.moveaxis(wrap(t), ax, 0)._t
        shape = tf.shape(moved, out_type=tf.int64)
        rows = tf.reshape(moved, tf.stack([shape[0], tf.reduce_prod(shape[1:])]))
        u = _unique_rows(rows, False, k)
        values = tf.reshape(u.values, tf.concat([tf.shape(u.values, out_type=tf.int64)[:1], shape[1:]], 0))
    if k is not None and fill_value is not None:
        valid = tf.range(k, dtype=tf.int64) < u.count
        valid = tf.reshape(valid, [k] + [1] * (values.shape.rank - 1))
        values = tf.where(valid, values, _fill_as(fill_value, values.dtype))
    if ax is not None:
        values = tnp_core.moveaxis(wrap(values), 0, ax)._t
    return u._replace(values=values), t, ax


def _flat_unique(t: tf.Tensor, return_index: bool = False) -> tuple[tf.Tensor, tf.Tensor]:
    """Sorted unique values of a tensor (flattened, NaNs merged) and the first index of each."""
    u = _unique_rows(tf.reshape(t, [-1, 1]), True, None)
    return u.values[:, 0], u.index


def _common(a: tf.Tensor, b: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """Both cast to NumPy's result type of their dtypes (as `numpy.concatenate` promotes)."""
    d = NP_TO_TF[np.result_type(TF_TO_NP[a.dtype], TF_TO_NP[b.dtype])]
    return cast(a, d), cast(b, d)


def _isin_flat(a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    """For 1-d tensors of one dtype: whether each element of `a` equals (==) some element of `b`."""
    n1 = tf.shape(a, out_type=tf.int64)[0]
    c = tf.concat([a, b], 0)
    n = tf.shape(c, out_type=tf.int64)[0]
    perm = _argsort(c)
    s = tf.gather(c, perm)
    differ, _ = _neighbours(s)
    gid = tf.cumsum(tf.cast(_first_true(n, differ), tf.int64)) - 1
    has_b = tf.math.unsorted_segment_max(tf.cast(perm >= n1, tf.int32), gid, n)
    found = tf.scatter_nd(perm[:, tf.newaxis], tf.gather(has_b, gid), n[tf.newaxis])[:n1]
    return (found > 0) & ~_isnan(a)


def _check_kind(kind: Any, d1: np.dtype[Any], d2: np.dtype[Any], test: tf.Tensor) -> None:
    if kind not in (None, "sort", "table"):
        raise ValueError(f"Invalid kind: '{kind}'. Please use None, 'sort' or 'table'.")
    if kind != "table":
        return
    if d1.kind not in "uib" or d2.kind not in "uib":
        raise ValueError(
            "The 'table' method is only supported for boolean or integer arrays. "
            "Please select 'sort' or None for kind."
        )
    if not is_symbolic(test) and test.shape.num_elements():
        vals = test.numpy()
        limit = np.iinfo(np.uint8 if d2.kind == "b" else d2).max
        if int(vals.max()) - int(vals.min()) > limit:
            raise RuntimeError(
                "You have specified kind='table', but the range of values in `ar2` or `ar1` exceed the "
                "maximum integer of the datatype. Please set `kind` to None or 'sort'."
            )


# --- public functions ------------------------------------------------------------------------------------------


def unique(
    ar: Any,
    return_index: bool = False,
    return_inverse: bool = False,
    return_counts: bool = False,
    axis: Any = None,
    *,
    equal_nan: bool = True,
    sorted: bool = True,
    size: Any = None,
    fill_value: Any = None,
) -> Any:
    """`numpy.unique` (int64 index, inverse and counts; NumPy 2's inverse shape).

    Differs: always sorted (also for `sorted=False`). tnp extension (as `jax.numpy.unique`): keyword-only
    `size=` gives exactly `size` unique values (truncated, or padded with `fill_value`, default the smallest
    unique value; padded index entries are the smallest value's index, padded counts 0), for XLA.

    Examples:
        >>> tnp.unique(tnp.array([3, 1, 3, tnp.nan, tnp.nan]))
        tnp.array([ 1.,  3., nan])
        >>> tnp.unique(tnp.array([2, 1, 2]), return_counts=True)
        (tnp.array([1, 2]), tnp.array([1, 2]))
    """
    u, t, ax = _unique(ar, axis, equal_nan, size, fill_value)
    out = [wrap(u.values)]
    if return_index:
        out.append(wrap(u.index))
    if return_inverse:
        out.append(wrap(u.inverse if ax is not None else tf.reshape(u.inverse, tf.shape(t))))
    if return_counts:
        out.append(wrap(u.counts))
    return out[0] if len(out) == 1 else tuple(out)


def unique_all(x: Any, *, size: Any = None, fill_value: Any = None) -> UniqueAllResult:
    """`numpy.unique_all`: values, indices, inverse_indices (x's shape), counts; NaNs are all distinct.

    tnp extension: `size=`/`fill_value=` as in `unique`.

    Examples:
        >>> tnp.unique_all(tnp.array([2, 1, 2])).counts
        tnp.array([1, 2])
    """
    r = unique(x, True, True, True, equal_nan=False, size=size, fill_value=fill_value)
    return UniqueAllResult(*r)


def unique_counts(x: Any, *, size: Any = None, fill_value: Any = None) -> UniqueCountsResult:
    """`numpy.unique_counts`: values and counts; NaNs are all distinct. tnp extension: `size=`/`fill_value=`.

    Examples:
        >>> tnp.unique_counts(tnp.array([2, 1, 2]))
        UniqueCountsResult(values=tnp.array([1, 2]), counts=tnp.array([1, 2]))
    """
    r = unique(x, return_counts=True, equal_nan=False, size=size, fill_value=fill_value)
    return UniqueCountsResult(*r)


def unique_inverse(x: Any, *, size: Any = None, fill_value: Any = None) -> UniqueInverseResult:
    """`numpy.unique_inverse`: the unique values and the inverse indices.

    Values and inverse_indices (x's shape); NaNs are all distinct.
    tnp extension: `size=`/`fill_value=`.

    Examples:
        >>> tnp.unique_inverse(tnp.array([2, 1, 2])).inverse_indices
        tnp.array([1, 0, 1])
    """
    r = unique(x, return_inverse=True, equal_nan=False, size=size, fill_value=fill_value)
    return UniqueInverseResult(*r)


def unique_values(x: Any, *, size: Any = None, fill_value: Any = None) -> ndarray:
    """`numpy.unique_values`: the unique values.

    NaNs are all distinct. Differs: sorted (NumPy's order is unspecified).
    tnp extension: `size=`/`fill_value=`.

    Examples:
        >>> tnp.unique_values(tnp.array([2, 1, 2]))
        tnp.array([1, 2])
    """
    r: ndarray = unique(x, equal_nan=False, sorted=False, size=size, fill_value=fill_value)
    return r


def isin(
    element: Any, test_elements: Any, assume_unique: bool = False, invert: bool = False, *, kind: Any = None
) -> ndarray:
    """`numpy.isin`: whether each element is in `test_elements`.

    `kind` is validated as NumPy does (the 'table'
    range check only when the values are known), then ignored: one sort-based method serves every kind.

    Examples:
        >>> tnp.isin(tnp.array([1, 2, 3]), [2, 5])
        tnp.array([False,  True, False])
        >>> tnp.isin(tnp.array([1, 2, 3]), [2, 5], invert=True)
        tnp.array([ True, False,  True])
    """
    e, te = to_tensor(element), to_tensor(test_elements)
    _check_kind(kind, TF_TO_NP[e.dtype], TF_TO_NP[te.dtype], te)
    a, b = _common(tf.reshape(e, [-1]), tf.reshape(te, [-1]))
    found = _isin_flat(a, b)
    return wrap(tf.reshape(~found if invert else found, tf.shape(e)))


def intersect1d(ar1: Any, ar2: Any, assume_unique: bool = False, return_indices: bool = False) -> Any:
    """`numpy.intersect1d` (sorted common values in the promoted dtype; int64 indices of first occurrences).

    Examples:
        >>> tnp.intersect1d([1, 3, 4, 3], [3, 1, 2, 1])
        tnp.array([1, 3])
    """
    t1, t2 = to_tensor(ar1), to_tensor(ar2)
    if assume_unique:
        u1, u2 = tf.reshape(t1, [-1]), tf.reshape(t2, [-1])
    else:
        (u1, i1), (u2, i2) = _flat_unique(t1), _flat_unique(t2)
    a, b = _common(u1, u2)
    aux = tf.concat([a, b], 0)
    perm = _argsort(aux)
    s = tf.gather(aux, perm)
    eq = _equal_sorted(s)
    values = wrap(tf.boolean_mask(s[:-1], eq))
    if not return_indices:
        return values
    ind1 = tf.boolean_mask(perm[:-1], eq)
    ind2 = tf.boolean_mask(perm[1:], eq) - tf.shape(u1, out_type=tf.int64)[0]
    if not assume_unique:
        ind1, ind2 = tf.gather(i1, ind1), tf.gather(i2, ind2)
    return values, wrap(ind1), wrap(ind2)


def union1d(ar1: Any, ar2: Any) -> ndarray:
    """`numpy.union1d`: sorted unique values of both (flattened, promoted dtype; NaNs merged).

    Examples:
        >>> tnp.union1d([-1, 0, 1], [-2, 0, 2])
        tnp.array([-2, -1,  0,  1,  2])
    """
    joined = concatenate((ar1, ar2), axis=None)  # NumPy's promotion there: Python scalars are weak
    return wrap(_flat_unique(joined._t)[0])


def setdiff1d(ar1: Any, ar2: Any, assume_unique: bool = False) -> ndarray:
    """`numpy.setdiff1d`: the values of `ar1` (its dtype) not in `ar2`; sorted unless `assume_unique`.

    Examples:
        >>> tnp.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6])
        tnp.array([1, 2])
    """
    t1 = to_tensor(ar1)
    a1 = tf.reshape(t1, [-1]) if assume_unique else _flat_unique(t1)[0]
    a, b = _common(a1, tf.reshape(to_tensor(ar2), [-1]))
    return wrap(tf.boolean_mask(a1, ~_isin_flat(a, b)))


def setxor1d(ar1: Any, ar2: Any, assume_unique: bool = False) -> ndarray:
    """`numpy.setxor1d`: the sorted values in exactly one of two arrays.

    Sorted values in exactly one of the inputs (promoted dtype; a NaN of each input stays,
    as NaN != NaN in NumPy).

    Examples:
        >>> tnp.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5])
        tnp.array([1, 4, 5, 7])
    """
    t1, t2 = to_tensor(ar1), to_tensor(ar2)
    if assume_unique:
        u1, u2 = tf.reshape(t1, [-1]), tf.reshape(t2, [-1])
    else:
        u1, u2 = _flat_unique(t1)[0], _flat_unique(t2)[0]
    a, b = _common(u1, u2)
    aux = tf.concat([a, b], 0)
    n = tf.shape(aux, out_type=tf.int64)[0]
    s = tf.gather(aux, _argsort(aux))
    ne = ~_equal_sorted(s)
    left = _first_true(n, ne)
    right = tf.concat([ne, tf.ones([1], tf.bool)], 0)[:n]
    return wrap(tf.boolean_mask(s, left & right))


__all__ = [
    "intersect1d", "isin", "setdiff1d", "setxor1d", "union1d", "unique", "unique_all", "unique_counts",
    "unique_inverse", "unique_values",
]  # fmt: skip

globals().update({name: translating(globals()[name]) for name in __all__})
