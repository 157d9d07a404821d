"""Joining and splitting: concatenate/concat, stack, unstack, hstack, vstack, row_stack, dstack, column_stack,
block; split, array_split, hsplit, vsplit, dsplit.

Inputs are converted as `numpy.asarray` does (every input is a strong array for promotion). Shapes are checked in
Python where they are known; inside `tf.function` with unknown dimensions a mismatch is TensorFlow's runtime error.
`unstack` and the `split` family need the split axis' length to be known while tracing only when the number of
results depends on it (`unstack`, `split` with a section count is fine with an unknown length).
"""

from __future__ import annotations

import itertools
import operator
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import (
    ENUM_TO_NP,
    NP_TO_TF,
    TF_TO_NP,
    as_np_dtype,
    cast,
    check_allocatable,
    dims_of,
    enum_of,
    gen_array_ops,
    is_symbolic,
    ndarray,
    normalize_axes,
    normalize_axis,
    to_tensor,
    translating,
    wrap,
)

_CASTING = ("no", "equiv", "safe", "same_kind", "unsafe")
_PY_SCALARS = (bool, int, float, complex)
_PROMOTED: dict[tuple[int, ...], tf.DType] = {}  # a tuple of dtype enums -> NumPy's result type of the arrays
_PROMOTED_MAX = 256


def np_dtype(t: tf.Tensor) -> np.dtype[Any]:
    """The NumPy dtype of a tensor."""
    return TF_TO_NP[t.dtype]


def _as_tensors(arrays: Any) -> list[tf.Tensor]:
    """The sequence of arrays NumPy's joining functions iterate over (an array is split along its first axis)."""
    if isinstance(arrays, (ndarray, tf.Tensor, np.ndarray)):
        t = to_tensor(arrays)
        if t.shape.rank == 0:
            raise TypeError("iteration over a 0-d array")
        if t.shape[0] is None:
            raise ValueError("the number of arrays (the first axis' length) must be known while tracing")
        return list(tf.unstack(t))
    return [to_tensor(a) for a in arrays]


def _promoted(ts: Sequence[tf.Tensor]) -> list[tf.Tensor]:
    """Tensors of several dtypes cast to NumPy's result type of arrays of those dtypes (cached per dtypes)."""
    key = tuple(map(enum_of, ts))
    target = _PROMOTED.get(key)
    if target is None:
        if len(_PROMOTED) >= _PROMOTED_MAX:
            _PROMOTED.clear()
        target = NP_TO_TF[np.dtype(tnp_core.result_type(*(ENUM_TO_NP[e] for e in key)))]
        _PROMOTED[key] = target
    return [cast(t, target) for t in ts]


def _attribute(x: Any, name: str) -> Any:
    """`x.<name>`: NumPy's AttributeError where its function reads the attribute of an array argument (a list or
    a Python scalar has none)."""
    return getattr(x, name)


def _host_arg(x: Any, what: str) -> Any:
    """A tnp array or tensor argument as a NumPy array (it must be known: eager or a constant); others as is."""
    if isinstance(x, (ndarray, tf.Tensor, tf.Variable)):
        t = to_tensor(x)
        if is_symbolic(t):
            raise TypeError(f"{what} must be known while tracing (not a traced tensor)")
        return np.asarray(t.numpy())
    return x


def _check_casting(casting: str, srcs: Sequence[np.dtype[Any]], dst: np.dtype[Any]) -> None:
    if casting not in _CASTING:
        raise ValueError(
            f"casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got {casting!r})"
        )
    for s in srcs:
        if not np.can_cast(s, dst, casting):  # type: ignore[arg-type]
            raise TypeError(f"Cannot cast array data from {s!r} to {dst!r} according to the rule {casting!r}")


def store(result: tf.Tensor, out: Any, casting: str = "same_kind") -> ndarray:
    """`result` written to `out` (its tensor rebound) as NumPy's out= does: same shape, `casting` checked."""
    if out is None:
        return wrap(result)
    if not isinstance(out, ndarray):
        raise TypeError(f"out must be a tnp.ndarray, not {type(out).__name__}")
    _check_casting(casting, [np_dtype(result)], out.dtype)
    rs, os_ = result.shape.as_list(), out._t.shape.as_list()
    if len(rs) != len(os_) or any(a is not None and b is not None and a != b for a, b in zip(rs, os_)):
        raise ValueError(f"Output array is the wrong shape: {tuple(os_)} (expected {tuple(rs)})")
    out._t = cast(result, out._t.dtype)
    return out


def _join_dtype(
    parts: list[tf.Tensor], out: Any, dtype: Any, casting: str, name: str, weak: Sequence[Any] = ()
) -> tf.DType:
    """The dtype the parts are joined in (NumPy's promotion, or `dtype` with `casting` checked).

    `weak` holds, per part, the Python scalar it came from (None for an array): NumPy's `concatenate` promotes
    Python scalars as weak (NEP 50), `stack` does not.
    """
    if out is not None and dtype is not None:
        raise TypeError(f"{name}() only takes `out` or `dtype` as an argument, but both were provided.")
    first = parts[0].dtype
    if dtype is None and casting in _CASTING and all(p.dtype == first for p in parts):
        return first  # the common case: nothing to promote
    dts = [np_dtype(p) for p in parts]
    keys = [d if w is None else w for d, w in zip(dts, weak)] if weak else dts
    res = tnp_core.result_type(*keys)
    if dtype is not None:
        res = as_np_dtype(dtype)
        _check_casting(casting, dts, res)
    elif casting not in _CASTING:
        _check_casting(casting, [], res)
    return NP_TO_TF[np.dtype(res)]


def _join(
    parts: list[tf.Tensor],
    axis: int,
    out: Any,
    dtype: Any,
    casting: str,
    name: str = "concatenate",
    weak: Sequence[Any] = (),
) -> ndarray:
    target = _join_dtype(parts, out, dtype, casting, name, weak)
    parts = [cast(p, target) for p in parts]
    r = gen_array_ops.concat_v2(parts, axis) if len(parts) > 1 else tf.identity(parts[0])
    return store(r, out, casting)


def _dims_match(d0: tuple[int | None, ...], d: tuple[int | None, ...] | None, ax: int) -> bool:
    """Whether static shape `d` has the rank of `d0` and its dimensions but `ax` (unknown ones match anything)."""
    if d is None or len(d) != len(d0):
        return False
    return all(i == ax or a is None or b is None or a == b for i, (a, b) in enumerate(zip(d0, d)))


def _fast_inputs(arrays: Any, axis: int, stacking: bool) -> tuple[list[tf.Tensor], int] | None:
    """The common case of `concatenate`/`stack`: a list or tuple of tnp arrays whose static shapes fit, `axis` in
    range: (their tensors in one dtype, the axis from 0). None for anything else: the general path then raises
    NumPy's errors. (One loop over the arrays: this runs on every eager call.)"""
    if (
        (type(arrays) is not list and type(arrays) is not tuple)
        or not arrays
        or type(arrays[0]) is not ndarray
    ):
        return None
    t0 = arrays[0]._t
    d0 = dims_of(t0)
    if d0 is None:
        return None
    n = len(d0) + stacking  # the rank the axis counts in
    if not -n <= axis < n:  # (also a 0-d array to concatenate)
        return None
    ax = axis % n
    e0 = enum_of(t0)
    mixed = False
    ts = [t0]
    for a in arrays[1:]:
        if type(a) is not ndarray:
            return None
        t = a._t
        d = dims_of(t)
        if d != d0 and not _dims_match(d0, d, -1 if stacking else ax):
            return None
        mixed = mixed or enum_of(t) != e0
        ts.append(t)
    return (_promoted(ts) if mixed else ts), ax


def _check_same_dims(parts: list[tf.Tensor], axis: int) -> None:
    ndim = parts[0].shape.rank
    for i, p in enumerate(parts[1:], 1):
        if p.shape.rank != ndim:
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match exactly, but "
                f"the array at index 0 has {ndim} dimension(s) and the array at index {i} has "
                f"{p.shape.rank} dimension(s)"
            )
    for d in range(ndim):
        if d == axis:
            continue
        known = {(i, p.shape[d]) for i, p in enumerate(parts) if p.shape[d] is not None}
        sizes = {s for _, s in known}
        if len(sizes) > 1:
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match exactly, but "
                f"along dimension {d} the sizes are {sorted(sizes)}"
            )


def concatenate(
    arrays: Any, /, axis: Any = 0, out: Any = None, *, dtype: Any = None, casting: str = "same_kind"
) -> ndarray:
    """`numpy.concatenate` (`concat`).

    Examples:
        >>> tnp.concatenate([tnp.array([[1, 2]]), tnp.array([[3, 4]])])
        tnp.array([[1, 2],
                   [3, 4]])
        >>> tnp.concatenate([tnp.array([[1, 2]]), tnp.array([[3]])], axis=1)
        tnp.array([[1, 2, 3]])
    """
    if type(axis) is int and out is None and dtype is None and casting == "same_kind":
        fast = _fast_inputs(arrays, axis, False)
        if fast is not None and len(fast[0]) > 1:
            try:
                return wrap(gen_array_ops.concat_v2(*fast))
            except tf.errors.OpError:  # (out of memory) the general path raises NumPy's exception
                pass
    return _concatenate(arrays, axis, out, dtype, casting)


@translating
def _concatenate(arrays: Any, axis: Any, out: Any, dtype: Any, casting: str) -> ndarray:
    """`concatenate` in general (any input; NumPy's errors)."""
    if isinstance(axis, (bool, np.bool_)):  # NumPy: a TypeError here (stack takes True as 1)
        raise TypeError("an integer is required for the axis")
    if axis is not None:
        operator.index(axis)  # NumPy's TypeError for a float or str axis comes before any shape check
    if dtype is not None:
        np.dtype(dtype)  # and so does its TypeError for a bad dtype (tnp's own dtype check comes later)
    if isinstance(arrays, (ndarray, tf.Tensor)) and to_tensor(arrays).shape.rank > 1 and axis is not None:
        t = to_tensor(arrays)  # the sub-arrays along the first axis, joined without unstacking
        if t.shape[0] == 0:
            raise ValueError("need at least one array to concatenate")
        ax = normalize_axis(axis, t.shape.rank - 1)
        moved = tf.transpose(t, [*range(1, ax + 1), 0, *range(ax + 1, t.shape.rank)])
        shape = tf.shape(moved)
        merged = tf.concat([shape[:ax], [shape[ax] * shape[ax + 1]], shape[ax + 2 :]], 0)
        return _join([tf.reshape(moved, merged)], ax, out, dtype, casting)
    parts = _as_tensors(arrays)
    if not parts:
        raise ValueError("need at least one array to concatenate")
    weak = (
        [a if type(a) in _PY_SCALARS else None for a in arrays] if isinstance(arrays, (list, tuple)) else []
    )
    if axis is None:
        parts = [tf.reshape(p, [-1]) for p in parts]
        ax = 0
    else:
        if parts[0].shape.rank == 0:  # NumPy: the first array sets the dimensions the axis is checked against
            raise ValueError("zero-dimensional arrays cannot be concatenated")
        ax = normalize_axis(axis, parts[0].shape.rank)
        _check_same_dims(parts, ax)
    return _join(parts, ax, out, dtype, casting, weak=weak)


concat = concatenate


def stack(
    arrays: Any, axis: Any = 0, out: Any = None, *, dtype: Any = None, casting: str = "same_kind"
) -> ndarray:
    """`numpy.stack`.

    Examples:
        >>> tnp.stack([tnp.array([1, 2]), tnp.array([3, 4])])
        tnp.array([[1, 2],
                   [3, 4]])
        >>> tnp.stack([tnp.array([1, 2]), tnp.array([3, 4])], axis=1)
        tnp.array([[1, 3],
                   [2, 4]])
    """
    if type(axis) is int and out is None and dtype is None and casting == "same_kind":
        fast = _fast_inputs(arrays, axis, True)
        if fast is not None:
            try:
                return wrap(gen_array_ops.pack(fast[0], axis=fast[1]))
            except tf.errors.OpError:  # (out of memory) the general path raises NumPy's exception
                pass
    return _stack(arrays, axis, out, dtype, casting)


@translating
def _stack(arrays: Any, axis: Any, out: Any, dtype: Any, casting: str) -> ndarray:
    """`stack` in general (any input; NumPy's errors)."""
    if isinstance(arrays, (ndarray, tf.Tensor)) and to_tensor(arrays).shape.rank > 0:
        t = to_tensor(arrays)  # the sub-arrays along the first axis: stacking moves that axis
        if t.shape[0] == 0:
            raise ValueError("need at least one array to stack")
        ax = normalize_axis(axis, t.shape.rank)
        moved = tf.transpose(t, [*range(1, ax + 1), 0, *range(ax + 1, t.shape.rank)])
        return _join([moved], ax, out, dtype, casting, "stack")
    parts = _as_tensors(arrays)
    if not parts:
        raise ValueError("need at least one array to stack")
    shapes = {tuple(p.shape.as_list()) for p in parts}
    ranks = {len(s) for s in shapes}
    known = {s for s in shapes if None not in s}
    if len(ranks) > 1 or len(known) > 1:
        raise ValueError("all input arrays must have the same shape")
    ax = normalize_axis(axis, parts[0].shape.rank + 1)
    target = _join_dtype(parts, out, dtype, casting, "stack")
    return store(gen_array_ops.pack([cast(p, target) for p in parts], axis=ax), out, casting)


def unstack(x: Any, /, *, axis: Any = 0) -> tuple[ndarray, ...]:
    """`numpy.unstack`. The length of `axis` must be known (also while tracing).

    Examples:
        >>> tnp.unstack(tnp.array([[1, 2], [3, 4]]))
        (tnp.array([1, 2]), tnp.array([3, 4]))
    """
    _attribute(x, "ndim")
    t = to_tensor(x)
    if t.shape.rank == 0:
        raise ValueError("Input array must be at least 1-d.")
    if isinstance(axis, (tuple, list)):  # NumPy's moveaxis(x, axis, 0) takes a one-axis sequence too
        axes = normalize_axes(axis, t.shape.rank, "source")
        if len(axes) != 1:
            raise ValueError("`source` and `destination` arguments must have the same number of elements")
        axis = axes[0]
    ax = normalize_axis(axis, t.shape.rank)
    if t.shape[ax] is None:
        raise ValueError("unstack: the length of the axis must be known while tracing (tf.function)")
    return tuple(wrap(p) for p in tf.unstack(t, axis=ax))


def _atleast(t: tf.Tensor, n: int) -> tf.Tensor:
    r = t.shape.rank
    if r >= n:
        return t
    if n == 3 and r == 1:
        return t[tf.newaxis, :, tf.newaxis]
    if n == 3 and r == 2:
        return t[:, :, tf.newaxis]
    return tf.reshape(t, [1] * (n - r) + ([-1] if r else []))


def hstack(tup: Any, *, dtype: Any = None, casting: str = "same_kind") -> ndarray:
    """`numpy.hstack`.

    Examples:
        >>> tnp.hstack([tnp.array([1, 2]), tnp.array([3])])
        tnp.array([1, 2, 3])
    """
    parts = [_atleast(p, 1) for p in _as_tensors(tup)]
    if parts and parts[0].shape.rank == 1:
        return concatenate(parts, 0, dtype=dtype, casting=casting)
    return concatenate(parts, 1, dtype=dtype, casting=casting)


def vstack(tup: Any, *, dtype: Any = None, casting: str = "same_kind") -> ndarray:
    """`numpy.vstack`.

    Examples:
        >>> tnp.vstack([tnp.array([1, 2]), tnp.array([3, 4])])
        tnp.array([[1, 2],
                   [3, 4]])
    """
    return concatenate([_atleast(p, 2) for p in _as_tensors(tup)], 0, dtype=dtype, casting=casting)


def row_stack(tup: Any, *, dtype: Any = None, casting: str = "same_kind") -> ndarray:
    """`numpy.row_stack` (deprecated alias of `vstack`; warns as NumPy does).

    Examples:
        >>> tnp.row_stack([tnp.array([1, 2]), tnp.array([3, 4])])
        tnp.array([[1, 2],
                   [3, 4]])
    """
    warnings.warn(
        "`row_stack` alias is deprecated. Use `np.vstack` directly.", DeprecationWarning, stacklevel=2
    )
    return vstack(tup, dtype=dtype, casting=casting)


def dstack(tup: Any) -> ndarray:
    """`numpy.dstack`.

    Examples:
        >>> tnp.dstack([tnp.array([1, 2]), tnp.array([3, 4])])
        tnp.array([[[1, 3],
                    [2, 4]]])
    """
    return concatenate([_atleast(p, 3) for p in _as_tensors(tup)], 2)


def column_stack(tup: Any) -> ndarray:
    """`numpy.column_stack`.

    Examples:
        >>> tnp.column_stack([tnp.array([1, 2]), tnp.array([3, 4])])
        tnp.array([[1, 3],
                   [2, 4]])
    """
    parts = [tf.reshape(p, [-1, 1]) if p.shape.rank < 2 else p for p in _as_tensors(tup)]
    return concatenate(parts, 1)


def _block_depth(x: Any, index: list[int]) -> tuple[list[int], int]:
    """(the index path of the first leaf, the list depth), checking depths match (NumPy's messages)."""
    if type(x) is tuple:
        raise TypeError(
            f"arr{''.join(f'[{i}]' for i in index)} is a tuple. Only lists can be used to arrange blocks, "
            "and np.block does not allow implicit conversion from tuple to ndarray."
        )
    if type(x) is not list:
        return index, 0
    if not x:
        raise ValueError(f"List at arr{''.join(f'[{i}]' for i in index)} cannot be empty")
    first_index, depth = None, None
    for i, e in enumerate(x):
        idx, d = _block_depth(e, [*index, i])
        if depth is None:
            first_index, depth = idx, d
        elif d != depth:
            raise ValueError(
                "List depths are mismatched. First element was at depth "
                f"{depth + len(first_index or [])}, but there is an element at depth {d + len(idx)} "
                f"(arr{''.join(f'[{j}]' for j in idx)})"
            )
    return first_index or [], (depth or 0) + 1


def _block_max_ndim(x: Any) -> int:
    if type(x) is list:
        return max(_block_max_ndim(e) for e in x)
    return int(to_tensor(x).shape.rank)


def _block_rec(x: Any, depth: int, level: int, ndim: int) -> tf.Tensor:
    if level == depth:
        return _prepend(to_tensor(x), ndim)
    parts = [_block_rec(e, depth, level + 1, ndim) for e in x]
    ax = ndim - depth + level
    _check_same_dims(parts, ax)
    dts = [np_dtype(p) for p in parts]
    target = NP_TO_TF[np.dtype(tnp_core.result_type(*dts))]
    return tf.concat([cast(p, target) for p in parts], ax)


def _prepend(t: tf.Tensor, ndim: int) -> tf.Tensor:
    r = t.shape.rank
    return t if r >= ndim else tf.reshape(t, tf.concat([tf.ones([ndim - r], tf.int32), tf.shape(t)], 0))


def block(arrays: Any) -> ndarray:
    """`numpy.block`.

    Examples:
        >>> tnp.block([[tnp.eye(2, dtype=int), tnp.zeros((2, 1), dtype=int)]])
        tnp.array([[1, 0, 0],
                   [0, 1, 0]])
    """
    _, depth = _block_depth(arrays, [])
    ndim = max(depth, _block_max_ndim(arrays))
    if depth == 0:
        return wrap(tf.identity(to_tensor(arrays)))
    return wrap(_block_rec(arrays, depth, 0, ndim))


def _axis_slice(t: tf.Tensor, ax: int, start: Any, stop: Any) -> tf.Tensor:
    key = (slice(None),) * ax + (slice(start, stop),)
    return t[key]


def _sections(n: Any, count: int) -> list[Any]:
    """The division points of `array_split` into `count` sections (n may be a scalar tensor)."""
    each, extra = n // count, n % count
    points: list[Any] = [0]
    for i in range(count):
        if isinstance(n, int):
            points.append(points[-1] + each + (1 if i < extra else 0))
        else:
            points.append(points[-1] + each + tf.cast(i < extra, n.dtype))
    return points


def _sized(x: Any) -> bool:
    """Whether NumPy's split functions take `x` as split indices (it has a length) or as a section count."""
    try:
        len(x)
    except TypeError:
        return False
    return True


def _split_point(i: Any) -> Any:
    """One split index as Python slicing takes it (NumPy's TypeError for a float or a NumPy bool)."""
    if i is None:
        return None
    try:
        i = operator.index(i)
    except TypeError:
        raise TypeError("slice indices must be integers or None or have an __index__ method") from None
    return min(max(i, 1 - 2**63), 2**63 - 1)  # beyond int64, as far as any axis (Python slicing clamps)


_SECTION_BYTES = 256  # a lower bound of the memory one section (an array object) takes


def _check_sections(count: int) -> None:
    """MemoryError up front for more sections than memory can hold (NumPy's list of sizes fails the same)."""
    try:
        check_allocatable((count, _SECTION_BYTES), np.uint8)
    except (MemoryError, ValueError):
        raise MemoryError(
            f"cannot split into {count} sections: the list of arrays would not fit in memory"
        ) from None


def _split_length(ary: Any, axis: Any) -> Any:
    """NumPy's `ary.shape[axis]` (`len(ary)` without a shape): its IndexError/TypeError for a bad axis or a
    scalar; None for a dimension unknown while tracing."""
    try:
        shape = ary.shape
    except AttributeError:
        return len(ary)
    return tuple(shape)[axis]


def array_split(ary: Any, indices_or_sections: Any, axis: Any = 0) -> list[ndarray]:
    """`numpy.array_split` (a list of arrays).

    Examples:
        >>> tnp.array_split(tnp.arange(5), 2)
        [tnp.array([0, 1, 2]), tnp.array([3, 4])]
    """
    n = _split_length(ary, axis)
    ios = _host_arg(indices_or_sections, "indices_or_sections")
    sized = _sized(ios)
    count = 0 if sized else int(ios)
    if not sized and count <= 0:
        raise ValueError("number sections must be larger than 0.")
    _check_sections(count)
    t = to_tensor(ary)
    ax = normalize_axis(axis, t.shape.rank)  # NumPy's errors for the axis come after those for the sections
    if sized:
        bounds: list[Any] = [0, *(_split_point(i) for i in ios), None]
        return [wrap(_axis_slice(t, ax, a, b)) for a, b in itertools.pairwise(bounds)]
    if n is None:
        n = tf.shape(t)[ax]
    points = _sections(n, count)
    return [wrap(_axis_slice(t, ax, a, b)) for a, b in itertools.pairwise(points)]


def split(ary: Any, indices_or_sections: Any, axis: Any = 0) -> list[ndarray]:
    """`numpy.split`: as `array_split`, but a section count must divide the axis.

    Examples:
        >>> tnp.split(tnp.arange(6), 3)
        [tnp.array([0, 1]), tnp.array([2, 3]), tnp.array([4, 5])]
        >>> tnp.split(tnp.arange(6), [1, 4])
        [tnp.array([0]), tnp.array([1, 2, 3]), tnp.array([4, 5])]
    """
    ios = _host_arg(indices_or_sections, "indices_or_sections")
    if not _sized(ios):
        n = ary.shape[axis]  # NumPy's errors: AttributeError for a list, IndexError for a bad axis
        if n is not None and n % ios:
            raise ValueError("array split does not result in an equal division")
    return array_split(ary, ios, axis)


def _split_min(ary: Any, indices_or_sections: Any, ndim: int, axis: int, name: str) -> list[ndarray]:
    if to_tensor(ary).shape.rank < ndim:
        raise ValueError(f"{name} only works on arrays of {ndim} or more dimensions")
    if name == "hsplit" and _attribute(ary, "ndim") == 1:
        axis = 0
    return split(ary, indices_or_sections, axis)


def hsplit(ary: Any, indices_or_sections: Any) -> list[ndarray]:
    """`numpy.hsplit`.

    Examples:
        >>> tnp.hsplit(tnp.array([[1, 2], [3, 4]]), 2)
        [tnp.array([[1],
                   [3]]), tnp.array([[2],
                   [4]])]
    """
    return _split_min(ary, indices_or_sections, 1, 1, "hsplit")


def vsplit(ary: Any, indices_or_sections: Any) -> list[ndarray]:
    """`numpy.vsplit`.

    Examples:
        >>> tnp.vsplit(tnp.array([[1, 2], [3, 4]]), 2)
        [tnp.array([[1, 2]]), tnp.array([[3, 4]])]
    """
    return _split_min(ary, indices_or_sections, 2, 0, "vsplit")


def dsplit(ary: Any, indices_or_sections: Any) -> list[ndarray]:
    """`numpy.dsplit`.

    Examples:
        >>> [p.shape for p in tnp.dsplit(tnp.zeros((1, 2, 4)), 2)]
        [(1, 2, 2), (1, 2, 2)]
    """
    return _split_min(ary, indices_or_sections, 3, 2, "dsplit")


__all__ = [
    "array_split", "block", "column_stack", "concat", "concatenate", "dsplit", "dstack", "hsplit", "hstack",
    "row_stack", "split", "stack", "unstack", "vsplit", "vstack",
]  # fmt: skip

# concatenate (concat is the same function, as np.concat is np.concatenate) and stack translate TensorFlow's errors
# in their general paths only (_concatenate, _stack), not around their fast paths
_TRANSLATED_INSIDE = ("concat", "concatenate", "stack")
globals().update({name: translating(globals()[name]) for name in __all__ if name not in _TRANSLATED_INSIDE})
