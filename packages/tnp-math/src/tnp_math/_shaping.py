"""Shape and element-placement functions: tile, flip, roll, rollaxis, rot90, atleast_nd, require, broadcasting,
ravel, append, insert, delete, trim_zeros, where, argwhere, flatnonzero, select, piecewise, extract, the in-place
setters (place, putmask, copyto, put_along_axis, fill_diagonal), take_along_axis, pad, apply_along_axis,
apply_over_axes.

In-place functions rebind the target's tensor (`a._t = ...`) and raise TypeError for anything but a tnp.ndarray.
Index arguments of `insert`/`delete` must be known while tracing (the array's dimensions need not be).
Results whose size depends on values (argwhere, 1-arg where, extract, flatnonzero, trim_zeros) have dynamic
dimensions inside `tf.function`; argwhere and flatnonzero take JAX's keyword-only `size=`/`fill_value=` (a tnp
extension) for a static shape under XLA.
"""

from __future__ import annotations

import math
import operator
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import (
    ENUM_TO_NP,
    NP_TO_TF,
    as_np_dtype,
    cast,
    check_allocatable,
    dims_of,
    eager_scalar,
    enum_of,
    gen_math_ops,
    is_symbolic,
    ndarray,
    normalize_axes,
    normalize_axis,
    to_tensor,
    translating,
    wrap,
)

from ._joining import _attribute, _axis_slice, _check_casting, _prepend, _promoted, concatenate, np_dtype

_BOOL = tf.bool.as_datatype_enum


def _ax_len(t: tf.Tensor, ax: int) -> Any:
    n = t.shape[ax]
    return int(n) if n is not None else tf.shape(t, out_type=tf.int64)[ax]


def _target(a: Any, fname: str) -> ndarray:
    if fname in ("put_along_axis", "fill_diagonal"):  # NumPy reads `.ndim` first (the others check the type)
        _attribute(a, "ndim")  # NumPy's AttributeError for a list or a scalar
    if not isinstance(a, ndarray):
        raise TypeError(
            f"{fname}: the target must be a tnp.ndarray (it is changed in place), not {type(a).__name__}"
        )
    return a


def _host(x: Any) -> np.ndarray[Any, Any]:
    """An index argument as a NumPy array (it must be known: eager or a constant)."""
    if isinstance(x, (ndarray, tf.Tensor)):
        t = to_tensor(x)
        if is_symbolic(t):
            raise NotImplementedError("this index argument must be known while tracing (not a traced tensor)")
        return np.asarray(t.numpy())
    return np.asarray(x)


def _host_value(x: Any) -> Any:
    """A tnp array or tensor argument as a NumPy array (as `_host`); anything else as is, for NumPy's own
    Python-level handling (and errors) of it."""
    return _host(x) if isinstance(x, (ndarray, tf.Tensor, tf.Variable)) else x


def _weak_as(v: Any, d: tf.DType) -> tf.Tensor:
    """`v` cast to `d` unsafely (NumPy's cast of a weak Python scalar after promotion: 300 -> int8 wraps)."""
    if type(v) in (bool, int, float, complex):
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return tf.constant(np.asarray(v).astype(as_np_dtype(d)))
    return cast(to_tensor(v), d)


def _value_as(v: Any, d: tf.DType) -> tf.Tensor:
    """`v` cast to `d` as NumPy's assignment does (OverflowError for an out-of-range Python int)."""
    if type(v) in (bool, int, float, complex):
        return to_tensor(v, np.dtype(as_np_dtype(d)))
    return cast(to_tensor(v), d)


# --- simple shape functions -------------------------------------------------------------------------------


def ravel(a: Any, order: str = "C") -> ndarray:
    """`numpy.ravel` (always a copy). 'A' and 'K' read in C order (tnp arrays have no memory layout).

    Examples:
        >>> tnp.ravel(tnp.array([[1, 2], [3, 4]]))
        tnp.array([1, 2, 3, 4])
        >>> tnp.ravel(tnp.array([[1, 2], [3, 4]]), order='F')
        tnp.array([1, 3, 2, 4])
    """
    if order not in ("C", "F", "A", "K"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    if order == "F":
        return tnp_core.reshape(tf.transpose(to_tensor(a)), -1)
    return tnp_core.reshape(a, -1)


def atleast_1d(*arys: Any) -> Any:
    """`numpy.atleast_1d`.

    Examples:
        >>> tnp.atleast_1d(5)
        tnp.array([5])
    """
    return _atleast_all(arys, 1)


def atleast_2d(*arys: Any) -> Any:
    """`numpy.atleast_2d`.

    Examples:
        >>> tnp.atleast_2d(tnp.array([1, 2]))
        tnp.array([[1, 2]])
    """
    return _atleast_all(arys, 2)


def atleast_3d(*arys: Any) -> Any:
    """`numpy.atleast_3d`.

    Examples:
        >>> tnp.atleast_3d(tnp.array([1, 2])).shape
        (1, 2, 1)
    """
    return _atleast_all(arys, 3)


def _atleast_all(arys: tuple[Any, ...], n: int) -> Any:
    from ._joining import _atleast

    res = tuple(wrap(_atleast(to_tensor(a), n)) for a in arys)
    return res[0] if len(res) == 1 else res


def flip(m: Any, axis: Any = None) -> ndarray:
    """`numpy.flip` (a copy, never a view).

    Examples:
        >>> tnp.flip(tnp.array([[1, 2], [3, 4]]))
        tnp.array([[4, 3],
                   [2, 1]])
        >>> tnp.flip(tnp.array([[1, 2], [3, 4]]), axis=1)
        tnp.array([[2, 1],
                   [4, 3]])
    """
    t = to_tensor(m)
    n = t.shape.rank
    if axis is None:
        axes = list(range(n))
    else:
        axes = [normalize_axis(ax, n) for ax in (axis if isinstance(axis, (tuple, list)) else [axis])]
        if len(set(axes)) != len(axes):
            raise ValueError("repeated axis in `axis` argument")
    return wrap(tf.reverse(t, axes) if axes else tf.identity(t))


def fliplr(m: Any) -> ndarray:
    """`numpy.fliplr`.

    Examples:
        >>> tnp.fliplr(tnp.array([[1, 2], [3, 4]]))
        tnp.array([[2, 1],
                   [4, 3]])
    """
    if to_tensor(m).shape.rank < 2:
        raise ValueError("Input must be >= 2-d.")
    return flip(m, 1)


def flipud(m: Any) -> ndarray:
    """`numpy.flipud`.

    Examples:
        >>> tnp.flipud(tnp.array([[1, 2], [3, 4]]))
        tnp.array([[3, 4],
                   [1, 2]])
    """
    if to_tensor(m).shape.rank < 1:
        raise ValueError("Input must be >= 1-d.")
    return flip(m, 0)


def roll(a: Any, shift: Any, axis: Any = None) -> ndarray:
    """`numpy.roll` (shift and axis may be tuples; they broadcast against each other).

    Examples:
        >>> tnp.roll(tnp.arange(5), 2)
        tnp.array([3, 4, 0, 1, 2])
        >>> tnp.roll(tnp.array([[1, 2], [3, 4]]), 1, axis=0)
        tnp.array([[3, 4],
                   [1, 2]])
    """
    t = to_tensor(a)
    if axis is None:
        flat = roll(wrap(tf.reshape(t, [-1])), shift, 0)._t
        return wrap(tf.reshape(flat, tf.shape(t)))
    axes = normalize_axes(axis, t.shape.rank, allow_duplicate=True)
    pairs = np.broadcast(_host(shift), np.asarray(axes))
    if pairs.ndim > 1:
        raise ValueError("'shift' and 'axis' should be scalars or 1D sequences")
    shifts, ax = [], []
    for s, x in pairs:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", np.exceptions.ComplexWarning)
            shifts.append(int(s))  # NumPy's int(): floats truncate, NaN is a ValueError
        ax.append(int(x))
    return wrap(_roll(t, shifts, ax))


def _roll(t: tf.Tensor, shifts: list[int], axes: list[int]) -> tf.Tensor:
    total: dict[int, int] = {}
    for s, ax in zip(shifts, axes):
        total[ax] = total.get(ax, 0) + s
    for ax, s in total.items():
        n = _ax_len(t, ax)
        if isinstance(n, int):
            if n == 0 or s % n == 0:
                continue
            k = s % n
        else:
            k = tf.math.floormod(tf.constant(s, tf.int64), tf.maximum(n, 1))
        t = tf.concat([_axis_slice(t, ax, n - k, None), _axis_slice(t, ax, 0, n - k)], ax)
    return t


def _count(x: Any, rows: int) -> int:
    """A repetition count as NumPy's `repeat` converts it to intp (for `rows` rows): a NumPy integer wraps (uint64
    2**64-1 is -1), a NumPy float truncates (NaN and infinity become the most negative intp), a Python float or str
    goes through int(), a Python int must fit (OverflowError), an array casts safely (TypeError), a sequence must
    hold one count or one per row (ValueError)."""
    if isinstance(x, (list, tuple, np.ndarray)):
        a = np.asarray(x)
        if isinstance(x, np.ndarray) and not np.can_cast(a.dtype, np.intp):
            raise TypeError(
                f"Cannot cast scalar from {a.dtype!r} to {np.dtype(np.intp)!r} according to the rule 'safe'"
            )
        if a.ndim > 1:
            raise ValueError("object too deep for desired array")
        if a.size != 1 and a.size != rows:
            raise ValueError(f"operands could not be broadcast together with shape ({rows},) ({a.size},)")
        if a.size != 1:  # one count per row: NumPy's final reshape rejects the sequence in the shape
            raise TypeError(f"{type(x).__name__!r} object cannot be interpreted as an integer")
        x = a.reshape(())[()]
    if isinstance(x, (bool, np.bool_)):
        return int(x)
    if isinstance(x, (np.integer, np.floating)):
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return int(np.asarray(x).astype(np.intp))
    r = int(x) if isinstance(x, (float, str)) else operator.index(x)
    if not -(2**63) <= r < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    return r


def _tile_steps(tup: tuple[Any, ...], shape: list[int], dtype: tf.DType) -> tuple[list[int], int]:
    """NumPy's `repeat` steps of `tile` (an entry equal to 1 is skipped) on a non-empty array of `shape`, with
    NumPy's errors (MemoryError for a step beyond memory): the counts, and the size of NumPy's result (C
    arithmetic: a huge count can wrap it to 0)."""
    itemsize = dtype.size
    size = n = math.prod(shape)
    counts = []
    for x, dim in zip(tup, shape):
        r = 1
        if x != 1:
            rows = size // n
            r = _count(x, rows)
            total = (r * rows + 2**63) % 2**64 - 2**63
            if total < 0:
                raise ValueError("negative dimensions are not allowed")
            if total * n * itemsize > 2**63 - 1:
                raise ValueError(
                    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
                )
            check_allocatable([total, n], dtype)
            size = total * n
        counts.append(r)
        n //= dim
    return counts, size


def _tile_shape(out: tuple[Any, ...], size: int, exact: list[int] | None, dtype: Any) -> tuple[int, ...]:
    """NumPy's final reshape of `tile`'s `size` elements to `out` (`s * rep` per axis, in NumPy's scalar arithmetic:
    a NumPy integer wraps, a float stays a float): the result shape, or NumPy's error. `exact`: tf.tile's shape."""
    if exact is not None and all(isinstance(v, (int, np.integer)) and v == e for v, e in zip(out, exact)):
        return tuple(exact)  # the ordinary case
    # a no-memory proxy of NumPy's data, with its itemsize for NumPy's size checks
    proxy = np.broadcast_to(np.zeros((), as_np_dtype(dtype)), (size,))
    shape: tuple[int, ...] = proxy.reshape(out).shape
    return shape


def rot90(m: Any, k: Any = 1, axes: Any = (0, 1)) -> ndarray:
    """`numpy.rot90`.

    Examples:
        >>> tnp.rot90(tnp.array([[1, 2], [3, 4]]))
        tnp.array([[2, 4],
                   [1, 3]])
    """
    t = to_tensor(m)
    n = t.shape.rank
    axes = tuple(axes)
    if len(axes) != 2:
        raise ValueError("len(axes) must be 2.")
    if axes[0] == axes[1] or abs(axes[0] - axes[1]) == n:
        raise ValueError("Axes must be different.")
    if not (-n <= axes[0] < n and -n <= axes[1] < n):
        raise ValueError(f"Axes={axes} out of range for array of ndim={n}.")
    a0, a1 = axes[0] % n, axes[1] % n
    k = np.array(k) if isinstance(k, np.ndarray) else _host_value(k)  # a copy: NumPy's `k %= 4` is in place
    k %= 4  # as NumPy: any number; an array of several values is ambiguous below
    if k == 0:
        return wrap(tf.identity(t))
    if k == 2:
        return wrap(tf.reverse(t, [a0, a1]))
    perm = list(range(n))
    perm[a0], perm[a1] = perm[a1], perm[a0]
    if k == 1:
        return wrap(tf.transpose(tf.reverse(t, [a1]), perm))
    return wrap(tf.reverse(tf.transpose(t, perm), [a1]))  # k == 3, or NumPy's fall-through for a fraction


def tile(A: Any, reps: Any) -> ndarray:  # noqa: N803  (NumPy's parameter name)
    """`numpy.tile`.

    Examples:
        >>> tnp.tile(tnp.array([1, 2]), 2)
        tnp.array([1, 2, 1, 2])
        >>> tnp.tile(tnp.array([1, 2]), (2, 1))
        tnp.array([[1, 2],
                   [1, 2]])
    """
    reps = _host_value(reps)
    try:
        tup = tuple(_host_value(x) for x in reps)
    except TypeError:
        tup = (reps,)
    ones = all(x == 1 for x in tup)  # NumPy's ValueError for an array among the repetitions
    t = _prepend(to_tensor(A), len(tup))
    if ones and isinstance(A, (ndarray, np.ndarray)):
        return wrap(tf.identity(t))
    tup = (1,) * (t.shape.rank - len(tup)) + tup
    if not t.shape.is_fully_defined():  # checked as an array of ones would be
        counts, _ = _tile_steps(tup, [1] * len(tup), t.dtype)
        _tile_shape(tuple(1 * x for x in tup), math.prod(counts), counts, t.dtype)
        return wrap(tf.tile(t, counts) if counts else tf.identity(t))
    shape = t.shape.as_list()
    # NumPy's result shape, computed first (its TypeError for None) in NumPy's scalar arithmetic
    out = tuple(s * x for s, x in zip(shape, tup))
    if math.prod(shape) == 0:  # NumPy skips the repeat steps
        return wrap(tf.zeros(_tile_shape(out, 0, None, t.dtype), t.dtype))
    counts, size = _tile_steps(tup, shape, t.dtype)
    exact = [s * r for s, r in zip(shape, counts)]
    if size != math.prod(exact):  # NumPy's size wrapped to 0
        return wrap(tf.zeros(_tile_shape(out, size, None, t.dtype), t.dtype))
    res = _tile_shape(out, size, exact, t.dtype)
    r = tf.tile(t, counts) if counts else tf.identity(t)
    return wrap(r if res == tuple(exact) else tf.reshape(r, res))


# --- broadcasting ------------------------------------------------------------------------------------------


def rollaxis(a: Any, axis: Any, start: Any = 0) -> ndarray:
    """`numpy.rollaxis`: `axis` moved to before position `start` (a copy, never a view).

    Examples:
        >>> tnp.rollaxis(tnp.ones((3, 4, 5, 6)), 3, 1).shape
        (3, 6, 4, 5)
    """
    n = _attribute(a, "ndim")  # NumPy's AttributeError for a list or a scalar
    t = to_tensor(a)
    ax = normalize_axis(axis, n)
    st = operator.index(start)
    if st < 0:
        st += n
    if not 0 <= st < n + 1:
        raise np.exceptions.AxisError(f"'start' arg requires {-n} <= start < {n + 1}, but {st} was passed in")
    if ax < st:
        st -= 1
    axes = [i for i in range(n) if i != ax]
    axes.insert(st, ax)
    return wrap(tf.transpose(t, axes) if axes != list(range(n)) else tf.identity(t))


_FLAGS = {
    "C": "C", "C_CONTIGUOUS": "C", "CONTIGUOUS": "C", "F": "F", "F_CONTIGUOUS": "F", "FORTRAN": "F",
    "A": "A", "ALIGNED": "A", "W": "W", "WRITEABLE": "W", "O": "O", "OWNDATA": "O", "E": "E", "ENSUREARRAY": "E",
}  # fmt: skip


def require(a: Any, dtype: Any = None, requirements: Any = None, *, like: Any = None) -> ndarray:
    """`numpy.require`: a tnp array of `dtype` meeting `requirements` (NumPy's flag names).

    Every tnp array is C-contiguous, aligned and owns its data, so 'C', 'A', 'O' and 'E' hold as is; 'W'
    copies a read-only array. Differs: 'F' (Fortran order) raises NotImplementedError; `like=` as `asarray`.

    Examples:
        >>> tnp.require([1, 2], float, ['C', 'W'])
        tnp.array([1., 2.])
    """
    if not requirements:
        return tnp_core.asarray(a, dtype, like=like)
    flags = {_FLAGS[str(x).upper()] for x in requirements}
    if {"C", "F"} <= flags:
        raise ValueError('Cannot specify both "C" and "F" order')
    if "F" in flags:
        raise NotImplementedError(
            "require(requirements='F'): tnp arrays are always C-contiguous (no Fortran memory order)"
        )
    r = tnp_core.asarray(a, dtype, like=like)
    if "W" in flags and not r.flags.writeable:
        r = wrap(r._t)
    return r


def broadcast_shapes(*args: Any) -> tuple[int, ...]:
    """`numpy.broadcast_shapes` (pure shape arithmetic, NumPy's own).

    Examples:
        >>> tnp.broadcast_shapes((1, 2), (3, 1), (3, 2))
        (3, 2)
    """
    return tuple(int(d) for d in np.broadcast_shapes(*args))


def broadcast_to(array: Any, shape: Any, subok: bool = False) -> ndarray:
    """`numpy.broadcast_to` (a copy, not a read-only view).

    Examples:
        >>> tnp.broadcast_to(tnp.array([1, 2]), (2, 2))
        tnp.array([[1, 2],
                   [1, 2]])
    """
    t = to_tensor(array)
    shape = _host_value(shape)
    shape = tuple(shape) if np.iterable(shape) else (shape,)
    if not shape and t.shape.rank:
        raise ValueError("cannot broadcast a non-scalar to a scalar array")
    if any(d < 0 for d in shape):  # NumPy's order: an array element is ambiguous here, a float fails below
        raise ValueError("all elements of broadcast shape must be non-negative")
    if any(isinstance(d, (bool, np.bool_)) for d in shape):
        raise TypeError("an integer is required")
    dims = [operator.index(d) for d in shape]
    check_allocatable(dims, t.dtype)  # (NumPy's view needs no memory: tnp's copy does)
    src = t.shape.as_list()
    if len(src) > len(dims):
        raise ValueError(
            f"input operand has more dimensions than allowed by the axis remapping ({src} -> {dims})"
        )
    for s, d in zip(src[::-1], dims[::-1]):
        if s is not None and s not in (1, d):
            raise ValueError(
                f"operands could not be broadcast together with remapped shapes {tuple(src)} -> {tuple(dims)}"
            )
    return wrap(tf.broadcast_to(t, dims))


def _check_broadcast(ts: list[tf.Tensor]) -> None:
    """NumPy's ValueError when the static shapes of `ts` cannot broadcast (unknown dimensions pass)."""
    shapes = [t.shape for t in ts if t.shape.rank != 0]  # a scalar broadcasts with anything
    try:
        if all(s.is_fully_defined() for s in shapes):
            dims = {tuple(s.as_list()) for s in shapes}
            if len(dims) > 1:
                np.broadcast_shapes(*dims)
            return
        out = tf.TensorShape([])
        for s in shapes:
            out = tf.broadcast_static_shape(out, s)
    except ValueError:
        static = " ".join(str(tuple(t.shape.as_list())) for t in ts)
        raise ValueError(f"shape mismatch: objects cannot be broadcast to a single shape. {static}") from None


def _broadcast(ts: list[tf.Tensor]) -> list[tf.Tensor]:
    static = [tuple(t.shape.as_list()) for t in ts]
    if all(None not in s for s in static):
        try:
            shape: Any = list(np.broadcast_shapes(*static))
        except ValueError:
            raise ValueError(
                "shape mismatch: objects cannot be broadcast to a single shape. " + " ".join(map(str, static))
            ) from None
    else:
        shape = tf.shape(ts[0])
        for t in ts[1:]:
            shape = tf.broadcast_dynamic_shape(shape, tf.shape(t))
    return [tf.broadcast_to(t, shape) for t in ts]


def broadcast_arrays(*args: Any, subok: bool = False) -> tuple[ndarray, ...]:
    """`numpy.broadcast_arrays` (copies, not views).

    Examples:
        >>> a, b = tnp.broadcast_arrays(tnp.array([[1], [2]]), tnp.array([3, 4]))
        >>> b
        tnp.array([[3, 4],
                   [3, 4]])
    """
    return tuple(wrap(t) for t in _broadcast([to_tensor(a) for a in args]))


# --- append, insert, delete --------------------------------------------------------------------------------


def append(arr: Any, values: Any, axis: Any = None) -> ndarray:
    """`numpy.append`.

    Examples:
        >>> tnp.append(tnp.array([1, 2]), [[3, 4]])
        tnp.array([1, 2, 3, 4])
        >>> tnp.append(tnp.array([[1, 2]]), [[3, 4]], axis=0)
        tnp.array([[1, 2],
                   [3, 4]])
    """
    if axis is None:
        return concatenate([ravel(arr), ravel(values)], 0)
    return concatenate([arr, values], axis)


def _flat_axis(arr: Any, axis: Any) -> tuple[tf.Tensor, int]:
    t = to_tensor(arr)
    if axis is None:
        return tf.reshape(t, [-1]), 0
    return t, normalize_axis(axis, t.shape.rank)


def delete(arr: Any, obj: Any, axis: Any = None) -> ndarray:
    """`numpy.delete`.

    Examples:
        >>> tnp.delete(tnp.arange(5), [0, 2])
        tnp.array([1, 3, 4])
    """
    t, ax = _flat_axis(arr, axis)
    n = _ax_len(t, ax)
    pos = tf.range(n, dtype=tf.int64)
    if isinstance(obj, slice):
        keep = tf.logical_not(tf.reduce_any(pos[:, None] == pos[obj][None, :], axis=1))
        return wrap(tf.boolean_mask(t, keep, axis=ax))
    o = _host(obj)
    if o.size == 0 and not isinstance(obj, (np.ndarray, ndarray, tf.Tensor)):
        o = o.astype(np.intp)
    if o.dtype == bool:
        if o.ndim != 1 or (isinstance(n, int) and o.shape != (n,)):
            raise ValueError(
                f"boolean array argument obj to delete must be one dimensional and match the axis length of {n}"
            )
        return wrap(tf.boolean_mask(t, tf.logical_not(tf.constant(o)), axis=ax))
    if o.dtype.kind not in "iu":
        raise IndexError("arrays used as indices must be of integer (or boolean) type")
    flat = o.reshape(-1)  # checked before the cast to int64 (a uint64 beyond it would wrap)
    if isinstance(n, int) and ((flat < -n) | (flat >= n)).any():
        bad = flat[(flat < -n) | (flat >= n)][0]
        raise IndexError(f"index {bad} is out of bounds for axis {ax} with size {n}")
    it = tf.constant(flat.astype(np.int64), tf.int64)
    it = tf.where(it < 0, it + n, it)
    keep = tf.logical_not(tf.reduce_any(pos[:, None] == it[None, :], axis=1))
    return wrap(tf.boolean_mask(t, keep, axis=ax))


def insert(arr: Any, obj: Any, values: Any, axis: Any = None) -> ndarray:
    """`numpy.insert` (values are cast to `arr`'s dtype).

    Examples:
        >>> tnp.insert(tnp.array([1, 2, 3]), 1, 9)
        tnp.array([1, 9, 2, 3])
    """
    t, ax = _flat_axis(arr, axis)
    ndim = t.shape.rank
    n = _ax_len(t, ax)
    if isinstance(obj, slice):
        indices = tf.range(n, dtype=tf.int64)[obj]
    else:
        o = _host(obj)
        if o.dtype.kind in "OSUV":
            raise TypeError(f"insert: obj must hold integers or booleans, not {o.dtype}")
        if o.dtype == bool:
            if _attribute(obj, "ndim") != 1:  # NumPy reads obj.ndim: AttributeError for a list or a bool
                raise ValueError("boolean array argument obj to insert must be one dimensional")
            o = np.flatnonzero(o)
        elif o.ndim > 1:
            raise ValueError("index array argument obj to insert must be one dimensional or scalar")
        if o.size == 1:
            index = o.item()
            if isinstance(n, int) and (index < -n or index > n):  # as NumPy's test (NaN passes it)
                raise IndexError(f"index {obj} is out of bounds for axis {ax} with size {n}")
            index = operator.index(index)  # NumPy's TypeError for a float index (in range)
            v = _value_as(values, t.dtype)
            if v.shape.rank < ndim:
                v = tf.reshape(v, tf.concat([tf.ones([ndim - v.shape.rank], tf.int32), tf.shape(v)], 0))
            if o.ndim == 0:
                v = tf.transpose(v, [*range(1, ax + 1), 0, *range(ax + 1, v.shape.rank)])
            shape = tf.tensor_scatter_nd_update(tf.shape(t), [[ax]], tf.shape(v)[ax : ax + 1])
            v = tf.broadcast_to(v, shape)
            stop = n + index if index < 0 else index
            return wrap(tf.concat([_axis_slice(t, ax, 0, stop), v, _axis_slice(t, ax, stop, None)], ax))
        if o.size == 0 and not isinstance(obj, (np.ndarray, ndarray, tf.Tensor)):
            o = o.astype(np.intp)
        if o.dtype.kind not in "iu":
            raise IndexError("arrays used as indices must be of integer (or boolean) type")
        if isinstance(n, int) and ((o < -n) | (o > n)).any():
            bad = o[(o < -n) | (o > n)][0]
            raise IndexError(f"index {bad} is out of bounds for axis {ax} with size {n}")
        indices = tf.constant(o.reshape(-1).astype(np.int64))
    indices = tf.where(indices < 0, indices + n, indices)
    k = tf.shape(indices, out_type=tf.int64)[0]
    order = tf.argsort(indices, stable=True)
    pos = tf.tensor_scatter_nd_add(indices, order[:, None], tf.range(k))
    total = n + k
    old = tf.tensor_scatter_nd_update(tf.ones([total], tf.bool), pos[:, None], tf.zeros([k], tf.bool))
    old_src = tf.cumsum(tf.cast(old, tf.int64)) - 1
    new_src = tf.tensor_scatter_nd_update(tf.zeros([total], tf.int64), pos[:, None], n + tf.range(k))
    perm = tf.where(old, old_src, new_src)
    vshape = tf.tensor_scatter_nd_update(tf.shape(t, out_type=tf.int64), [[ax]], k[None])
    v = tf.broadcast_to(_value_as(values, t.dtype), vshape)
    return wrap(tf.gather(tf.concat([t, v], ax), perm, axis=ax))


def trim_zeros(filt: Any, trim: str = "fb", axis: Any = None) -> ndarray:
    """`numpy.trim_zeros` (any number of dimensions; the result's size is dynamic inside tf.function).

    Examples:
        >>> tnp.trim_zeros(tnp.array([0, 0, 1, 2, 0]))
        tnp.array([1, 2])
        >>> tnp.trim_zeros(tnp.array([0, 0, 1, 2, 0]), trim='b')
        tnp.array([0, 0, 1, 2])
    """
    bad = set(trim.lower()) - {"f", "b"}
    if bad:
        raise ValueError(f"unexpected character(s) in `trim`: {''.join(sorted(bad))!r}")
    if isinstance(filt, (list, tuple)) or type(filt) in (bool, int, float, complex):
        how: Any = trim
        return np.trim_zeros(filt, how, axis)  # type: ignore[no-any-return]  # NumPy slices the input itself
    t = to_tensor(filt)
    n = t.shape.rank
    axes = normalize_axes(axis, n)
    nz = cast(t, tf.bool)
    key: list[Any] = [slice(None)] * n
    for ax in axes:
        others = [d for d in range(n) if d != ax]
        line = tf.reduce_any(nz, axis=others) if others else nz
        where = tf.where(line)[:, 0]
        cnt = tf.shape(where, out_type=tf.int64)[0]
        first = tf.cond(cnt > 0, lambda: where[0], lambda: tf.constant(0, tf.int64))  # noqa: B023
        last = tf.cond(cnt > 0, lambda: where[-1] + 1, lambda: tf.constant(0, tf.int64))  # noqa: B023
        start = first if "f" in trim.lower() else None
        stop = last if "b" in trim.lower() else None
        if "f" in trim.lower() and "b" not in trim.lower():
            start = tf.where(cnt > 0, first, tf.cast(tf.shape(line)[0], tf.int64))
        key[ax] = slice(start, stop)
    return wrap(t[tuple(key)])


# --- where / select family ---------------------------------------------------------------------------------


def _where_arrays(c: tf.Tensor, x: tf.Tensor, y: tf.Tensor) -> ndarray:
    """`where` of three tnp arrays (the common case: no Python scalars, shapes checked only when they differ)."""
    if enum_of(c) != _BOOL:
        c = cast(c, tf.bool)
    if enum_of(x) != enum_of(y):
        x, y = _promoted([x, y])
    d, dx, dy = dims_of(c), dims_of(x), dims_of(y)
    if (dx != d and dx != ()) or (dy != d and dy != ()):  # a 0-d branch broadcasts against anything
        _check_broadcast([c, x, y])
    return wrap(gen_math_ops.select_v2(c, x, y))


def _weak_like(v: Any, t: tf.Tensor) -> tf.Tensor | None:
    """Eagerly, the Python scalar `v` as a cached 0-d tensor of `t`'s dtype when NumPy's promotion keeps that
    dtype (a weak scalar of a fitting kind); None otherwise (the general path decides)."""
    e = enum_of(t)
    keeps = _KEEPS_DTYPE.get((e, type(v)))
    if keeps is None:
        d = ENUM_TO_NP[e]
        keeps = _KEEPS_DTYPE[(e, type(v))] = tnp_core.result_type(d, _WEAK_SAMPLE[type(v)]) == d
    return eager_scalar(v, e, _weak_np) if keeps else None


def _weak_np(v: Any, d: np.dtype[Any]) -> tf.Tensor:
    return _weak_as(v, NP_TO_TF[d])


_WEAK_SAMPLE: dict[type, Any] = {bool: False, int: 0, float: 0.0, complex: 0j}
_KEEPS_DTYPE: dict[tuple[int, type], bool] = {}  # (array dtype enum, Python scalar type) -> result keeps it


def where(condition: Any, x: Any = None, y: Any = None, /) -> Any:
    """`numpy.where`: with one argument `nonzero(condition)`; with three, elements chosen by `condition`.

    Examples:
        >>> tnp.where(tnp.array([True, False, True]), 1, -1)
        tnp.array([ 1, -1,  1])
        >>> tnp.where(tnp.array([0, 3, 0, 4]))
        (tnp.array([1, 3]),)
    """
    if type(condition) is ndarray:
        xt = yt = None
        if type(x) is ndarray:
            xt = x._t
            yt = y._t if type(y) is ndarray else _weak_like(y, xt) if type(y) in _WEAK_SAMPLE else None
        elif type(y) is ndarray and type(x) in _WEAK_SAMPLE:
            yt = y._t
            xt = _weak_like(x, yt)
        if xt is not None and yt is not None:
            try:
                return _where_arrays(condition._t, xt, yt)
            except tf.errors.OpError:  # (out of memory) the general path raises NumPy's exception
                pass
    return _where(condition, x, y)


@translating
def _where(condition: Any, x: Any, y: Any) -> Any:
    """`where` in general (any input; NumPy's errors)."""
    if x is None and y is None:
        return tnp_core.nonzero(condition)
    if x is None or y is None:
        raise ValueError("either both or neither of x and y should be given")
    c = cast(to_tensor(condition), tf.bool)
    if type(x) is ndarray and type(y) is ndarray and x._t.dtype == y._t.dtype:
        d = x._t.dtype  # the common case: no promotion to work out
    else:
        d = NP_TO_TF[np.dtype(tnp_core.result_type(x, y))]
    xt, yt = _weak_as(x, d), _weak_as(y, d)
    _check_broadcast([c, xt, yt])
    return wrap(gen_math_ops.select_v2(c, xt, yt))  # SelectV2 broadcasts as NumPy does: one op


def argwhere(a: Any, *, size: Any = None, fill_value: Any = None) -> ndarray:
    """`numpy.argwhere` (shape (N, a.ndim), N dynamic inside tf.function).

    tnp extension (as `jax.numpy.argwhere`): keyword-only `size=` gives exactly `size` rows (the first ones,
    padded with `fill_value`: an int or one per dimension, default 0), a static shape for XLA.

    Examples:
        >>> tnp.argwhere(tnp.array([[0, 1], [2, 0]]))
        tnp.array([[0, 1],
                   [1, 0]])
        >>> tnp.argwhere(tnp.array([[0, 1], [2, 0]]), size=3, fill_value=-1)
        tnp.array([[ 0,  1],
                   [ 1,  0],
                   [-1, -1]])
    """
    t = cast(to_tensor(a), tf.bool)
    if size is not None:
        if t.shape.rank == 0:
            tnp_core.nonzero(wrap(t[tf.newaxis]), size=size, fill_value=fill_value)  # validates the arguments
            return wrap(tf.zeros([size, 0], tf.int64))
        cols = tnp_core.nonzero(wrap(t), size=size, fill_value=fill_value)
        return wrap(tf.stack([c._t for c in cols], axis=1))
    if fill_value is not None:
        raise ValueError("fill_value= is only used together with size=")
    if t.shape.rank == 0:
        return wrap(tf.where(tf.reshape(t, [1]))[:, :0])
    return wrap(tf.where(t))


def flatnonzero(a: Any, *, size: Any = None, fill_value: Any = None) -> ndarray:
    """`numpy.flatnonzero`: the indices of the nonzero elements of the flattened array.

    tnp extension (as `jax.numpy.flatnonzero`): keyword-only `size=`/`fill_value=`
    as in `nonzero` (a static shape for XLA).

    Examples:
        >>> tnp.flatnonzero(tnp.array([0, 2, 0, 3]))
        tnp.array([1, 3])
        >>> tnp.flatnonzero(tnp.array([0, 2, 0, 3]), size=3)
        tnp.array([1, 3, 0])
    """
    flat = tf.reshape(to_tensor(a), [-1])
    if size is not None:
        return tnp_core.nonzero(wrap(flat), size=size, fill_value=fill_value)[0]
    if fill_value is not None:
        raise ValueError("fill_value= is only used together with size=")
    return wrap(tf.where(cast(flat, tf.bool))[:, 0])


def extract(condition: Any, arr: Any) -> ndarray:
    """`numpy.extract`: `take(ravel(arr), nonzero(ravel(condition))[0])`.

    Examples:
        >>> tnp.extract(tnp.array([True, False, True]), tnp.array([1, 2, 3]))
        tnp.array([1, 3])
    """
    idx = flatnonzero(condition)
    return tnp_core.take(ravel(arr), idx)


def select(condlist: Any, choicelist: Any, default: Any = 0) -> ndarray:
    """`numpy.select`.

    Examples:
        >>> x = tnp.arange(6)
        >>> tnp.select([x < 2, x > 3], [x, x ** 2], default=-1)
        tnp.array([ 0,  1, -1, -1, 16, 25])
    """
    if len(condlist) != len(choicelist):
        raise ValueError("list of cases must be same length as list of conditions")
    if len(condlist) == 0:
        raise ValueError("select with an empty condition list is not possible")
    weak = (int, float, complex)
    keys = [c if type(c) in weak else np_dtype(to_tensor(c)) for c in [*choicelist, default]]
    try:
        d = np.dtype(tnp_core.result_type(*keys))
    except TypeError as e:
        raise TypeError(f"Choicelist and default value do not have a common dtype: {e}") from None
    choices = [_weak_as(c, NP_TO_TF[d]) for c in choicelist]
    dflt = _weak_as(default, NP_TO_TF[d])
    conds = [to_tensor(c) for c in condlist]
    for i, c in enumerate(conds):
        if c.dtype != tf.bool:
            raise TypeError(f"invalid entry {i} in condlist: should be boolean ndarray")
    parts = _broadcast([*conds, *(cast(c, NP_TO_TF[d]) for c in choices), cast(dflt, NP_TO_TF[d])])
    k = len(conds)
    result = parts[-1]
    for c, v in zip(reversed(parts[:k]), reversed(parts[k : 2 * k])):
        result = tf.where(c, v, result)
    return wrap(result)


def piecewise(x: Any, condlist: Any, funclist: Any, *args: Any, **kw: Any) -> ndarray:
    """`numpy.piecewise`: evaluate a piecewise-defined function.

    Differs: each function is called on all of `x` (as a tnp array) and the results are
    selected by the conditions, so a function must accept every element (values it is not meant for are
    discarded).

    Examples:
        >>> x = tnp.array([-2.0, 0.5, 3.0])
        >>> tnp.piecewise(x, [x < 0, x >= 0], [-1, lambda v: v * 2])
        tnp.array([-1.,  1.,  6.])
    """
    t = to_tensor(x)
    n2 = len(funclist)
    given = _conditions(condlist, t.shape.rank)
    n = len(given)
    if n not in (n2, n2 - 1):
        raise ValueError(f"with {n} condition(s), either {n} or {n + 1} functions are expected")
    ranks = [c.shape.rank for c in given]
    conds = [_piece_mask(c, t) for c in given]
    if n == n2 - 1:
        ranks.append(ranks[0] if ranks else 0)
        anyc = conds[0]
        for c in conds[1:]:
            anyc = tf.logical_or(anyc, c)
        conds.append(tf.logical_not(anyc))
    y = tf.zeros_like(t)
    for c, r, f in zip(conds, ranks, funclist):
        v = f(wrap(t), *args, **kw) if callable(f) else f
        vt = _value_as(v, t.dtype)
        if not callable(f):
            _check_piece_value(vt, r, t.shape)
        c, vt, y = _broadcast([c, vt, y])
        y = tf.where(c, vt, y)
    return wrap(tf.broadcast_to(y, tf.shape(t)))


_SEQUENCES = (list, ndarray, np.ndarray, tf.Tensor, tf.Variable)


def _conditions(condlist: Any, ndim: int) -> list[tf.Tensor]:
    """`piecewise`'s conditions as NumPy reads `condlist`: a scalar, or a sequence whose first entry is neither
    a list nor an array (for an `x` of at least one dimension), is one condition."""
    if isinstance(condlist, (ndarray, tf.Tensor, tf.Variable, np.ndarray)):
        c = to_tensor(condlist)  # a 0-d array stands for a NumPy scalar (tnp returns no scalars)
        if c.shape.rank and c.shape[0] == 0:
            raise IndexError("index 0 is out of bounds for axis 0 with size 0")
        single = c.shape.rank == 0 or (c.shape.rank == 1 and ndim != 0)  # its entries are scalars
        return [c] if single else list(tf.unstack(c))
    if not np.isscalar(condlist) and len(condlist) == 0:
        raise IndexError("list index out of range")
    if np.isscalar(condlist) or (not isinstance(condlist[0], _SEQUENCES) and ndim != 0):
        return [to_tensor(condlist)]
    conds = [to_tensor(c) for c in condlist]
    if len({tuple(c.shape.as_list()) for c in conds}) > 1:
        raise ValueError(
            "setting an array element with a sequence: the conditions have different shapes (NumPy makes one "
            "boolean array of them)"
        )
    return conds


def _check_piece_value(v: tf.Tensor, cond_rank: int, x_shape: tf.TensorShape) -> None:
    """NumPy's errors for `y[cond] = v` (a value, not a function): the value must fit the indexing result."""
    if not (v.shape.is_fully_defined() and x_shape.is_fully_defined()):
        return
    if cond_rank == x_shape.rank:
        if v.shape.rank > 1:
            raise TypeError(
                "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has "
                f"{v.shape.rank} dimensions"
            )
        return
    tail = tuple(x_shape.as_list()[cond_rank:])
    try:
        np.broadcast_shapes(tuple(v.shape.as_list()), (1, *tail))
    except ValueError:
        raise ValueError(
            f"shape mismatch: value array of shape {tuple(v.shape.as_list())} could not be broadcast to "
            f"indexing result of shape (k, {', '.join(map(str, tail))})"
        ) from None


def _piece_mask(cond: Any, t: tf.Tensor) -> tf.Tensor:
    """One condition as a boolean mask over `x`: NumPy's boolean index `y[cond]` must match `x`'s leading
    dimensions (IndexError), and selects whole sub-arrays there."""
    c = cast(to_tensor(cond), tf.bool)
    cs, xs = c.shape.as_list(), t.shape.as_list()
    if c.shape.rank > t.shape.rank:
        raise IndexError(
            f"too many indices for array: array is {t.shape.rank}-dimensional, but {c.shape.rank} were indexed"
        )
    for d, (a, b) in enumerate(zip(cs, xs)):
        if a is not None and b is not None and a != b:
            raise IndexError(
                f"boolean index did not match indexed array along axis {d}; size of axis is {b} but size of "
                f"corresponding boolean axis is {a}"
            )
    if 0 < c.shape.rank < t.shape.rank:
        c = tf.reshape(c, tf.concat([tf.shape(c), tf.ones([t.shape.rank - c.shape.rank], tf.int32)], 0))
    return c


# --- in-place setters --------------------------------------------------------------------------------------


def _place_values(vals: Any, d: tf.DType) -> tf.Tensor:
    """`vals` as NumPy's `place` converts them to the target's dtype: an array casts safely (TypeError), anything
    else as `numpy.array(vals, dtype)` (NumPy's OverflowError for an out-of-range Python int, also in a list; a
    NumPy scalar casts unsafely: uint64 2**64-1 is -1 in int64)."""
    dst = np.dtype(as_np_dtype(d))
    if isinstance(vals, (ndarray, np.ndarray, tf.Tensor, tf.Variable)):
        t = to_tensor(vals)
        src = np.dtype(as_np_dtype(t.dtype))
        if not np.can_cast(src, dst, "safe"):
            what = "scalar" if t.shape.rank == 0 else "array data"
            raise TypeError(f"Cannot cast {what} from {src!r} to {dst!r} according to the rule 'safe'")
        return cast(t, d)
    return tf.constant(np.array(vals, dtype=dst))  # NumPy's own conversion (and errors, and warnings)


def place(arr: Any, mask: Any, vals: Any) -> None:
    """`numpy.place`: the True positions of `mask` take `vals` in order (repeated); rebinds `arr`'s tensor.

    Examples:
        >>> a = tnp.arange(5)
        >>> tnp.place(a, a > 2, [0])
        >>> a
        tnp.array([0, 1, 2, 0, 0])
    """
    a = _target(arr, "place")
    flat = tf.reshape(a._t, [-1])
    m = tf.reshape(cast(to_tensor(mask), tf.bool), [-1])
    if m.shape[0] is not None and flat.shape[0] is not None and m.shape[0] != flat.shape[0]:
        raise ValueError("place: mask and data must be the same size")
    v = tf.reshape(_place_values(vals, flat.dtype), [-1])
    nv = v.shape[0]
    if nv == 0:
        if not is_symbolic(m) and bool(tf.reduce_any(m)):
            raise ValueError("Cannot insert from an empty array!")
        return
    pos = tf.cumsum(tf.cast(m, tf.int64)) - 1
    nvt = tf.shape(v, out_type=tf.int64)[0]
    new = tf.where(m, tf.gather(v, tf.math.floormod(tf.maximum(pos, 0), nvt)), flat)
    a._t = tf.reshape(new, tf.shape(a._t))


def putmask(a: Any, /, mask: Any, values: Any) -> None:
    """`numpy.putmask`: where `mask`, `a.flat[i] = values.flat[i % values.size]`; rebinds `a`'s tensor.

    Examples:
        >>> a = tnp.arange(5)
        >>> tnp.putmask(a, a % 2 == 0, -1)
        >>> a
        tnp.array([-1,  1, -1,  3, -1])
    """
    arr = _target(a, "putmask")
    flat = tf.reshape(arr._t, [-1])
    m = tf.reshape(cast(to_tensor(mask), tf.bool), [-1])
    if m.shape[0] is not None and flat.shape[0] is not None and m.shape[0] != flat.shape[0]:
        raise ValueError("putmask: mask and data must be the same size")
    v = tf.reshape(_value_as(values, flat.dtype), [-1])
    if v.shape[0] == 0:
        return
    i = tf.range(tf.shape(flat, out_type=tf.int64)[0])
    vals = tf.gather(v, tf.math.floormod(i, tf.shape(v, out_type=tf.int64)[0]))
    arr._t = tf.reshape(tf.where(m, vals, flat), tf.shape(arr._t))


def copyto(dst: Any, src: Any, casting: str = "same_kind", where: Any = True) -> None:
    """`numpy.copyto`: `src` broadcast into `dst` where `where` is True; rebinds `dst`'s tensor.

    Examples:
        >>> dst = tnp.zeros(3, dtype=int)
        >>> tnp.copyto(dst, [1, 2, 3], where=[True, False, True])
        >>> dst
        tnp.array([1, 0, 3])
    """
    d = _target(dst, "copyto")
    if type(src) in (bool, int, float, complex):
        srcd = np.dtype(tnp_core.result_type(d.dtype, src)) if casting != "unsafe" else d.dtype
        if srcd != d.dtype and not np.can_cast(srcd, d.dtype, casting):  # type: ignore[arg-type]
            raise TypeError(
                f"Cannot cast scalar from {np.dtype(type(src))!r} to {d.dtype!r} according to the rule {casting!r}"
            )
        s = _weak_as(src, d._t.dtype) if casting == "unsafe" else _value_as(src, d._t.dtype)
    else:
        s = to_tensor(src)
        _check_casting(casting, [np_dtype(s)], d.dtype)
        s = cast(s, d._t.dtype, requested=True)
    if None not in d.shape:
        broadcast_to(wrap(s), d.shape)  # NumPy's ValueError for a shape mismatch
    s = tf.broadcast_to(s, tf.shape(d._t))
    w = cast(to_tensor(where), tf.bool)
    if w.shape.rank == 0 and not is_symbolic(w) and bool(w):
        d._t = s
        return
    d._t = tf.where(tf.broadcast_to(w, tf.shape(d._t)), s, d._t)


def _along_axis_index(arr: tf.Tensor, idx: tf.Tensor, ax: int) -> tf.Tensor:
    """Full gather_nd coordinates for `arr[..., idx, ...]` along `ax`, broadcasting `idx` with `arr`."""
    n = arr.shape.rank
    ashape = tf.shape(arr, out_type=tf.int64)
    ishape = tf.shape(idx, out_type=tf.int64)
    one = tf.ones([1], tf.int64)
    shape = tf.tensor_scatter_nd_update(
        tf.broadcast_dynamic_shape(
            tf.tensor_scatter_nd_update(ashape, [[ax]], one), tf.tensor_scatter_nd_update(ishape, [[ax]], one)
        ),
        [[ax]],
        ishape[ax : ax + 1],
    )
    size = ashape[ax]
    idx = tf.where(idx < 0, idx + size, idx)
    coords = []
    for d in range(n):
        if d == ax:
            coords.append(tf.broadcast_to(idx, shape))
        else:
            r = tf.reshape(tf.range(shape[d]), [-1 if i == d else 1 for i in range(n)])
            coords.append(tf.broadcast_to(r, shape))
    return tf.stack(coords, -1)


def _along_prepare(arr_in: Any, indices: Any, axis: Any) -> tuple[tf.Tensor, tf.Tensor, int]:
    """NumPy's checks in NumPy's order: `arr` and `indices` must be arrays (AttributeError), then the axis,
    then the indices' dtype and rank."""
    if axis is None:
        if _attribute(indices, "ndim") != 1:
            raise ValueError("when axis=None, `indices` must have a single dimension.")
        _attribute(arr_in, "ndim")
        arr, ax = tf.reshape(to_tensor(arr_in), [-1]), 0
    else:
        ax = normalize_axis(axis, _attribute(arr_in, "ndim"))
        arr = to_tensor(arr_in)
    _attribute(indices, "dtype")
    it = to_tensor(indices)
    if np_dtype(it).kind not in "iu":
        raise IndexError("`indices` must be an integer array")
    it = tf.cast(it, tf.int64)
    if it.shape.rank != arr.shape.rank:
        raise ValueError("`indices` and `arr` must have the same number of dimensions")
    n = arr.shape[ax]
    if n is not None and not is_symbolic(it):
        vals = it.numpy()
        bad = vals[(vals < -n) | (vals >= n)]
        if bad.size:
            raise IndexError(f"index {bad.flat[0]} is out of bounds for axis {ax} with size {n}")
    sa, si = arr.shape.as_list(), it.shape.as_list()
    for d, (x, y) in enumerate(zip(sa, si)):
        if d != ax and x is not None and y is not None and x != y and 1 not in (x, y):
            raise IndexError(
                "shape mismatch: indexing arrays could not be broadcast together with shapes "
                f"{tuple(sa)} {tuple(si)}"
            )
    return arr, it, ax


def take_along_axis(arr: Any, indices: Any, axis: Any = -1) -> ndarray:
    """`numpy.take_along_axis`.

    Examples:
        >>> a = tnp.array([[10, 30, 20], [60, 40, 50]])
        >>> tnp.take_along_axis(a, tnp.argsort(a, axis=1), axis=1)
        tnp.array([[10, 20, 30],
                   [40, 50, 60]])
    """
    t, it, ax = _along_prepare(arr, indices, axis)
    return wrap(tf.gather_nd(t, _along_axis_index(t, it, ax)))


def put_along_axis(arr: Any, indices: Any, values: Any, axis: Any) -> None:
    """`numpy.put_along_axis`: rebinds `arr`'s tensor (which of repeated indices wins is unspecified).

    Examples:
        >>> a = tnp.array([[10, 30], [60, 40]])
        >>> tnp.put_along_axis(a, tnp.array([[0], [1]]), 0, axis=1)
        >>> a
        tnp.array([[ 0, 30],
                   [60,  0]])
    """
    t, it, ax = _along_prepare(arr, indices, axis)
    a = _target(arr, "put_along_axis")
    coords = _along_axis_index(t, it, ax)
    v = tf.broadcast_to(_value_as(values, t.dtype), tf.shape(coords)[:-1])
    a._t = tf.reshape(tf.tensor_scatter_nd_update(t, coords, v), tf.shape(a._t))


def fill_diagonal(a: Any, val: Any, wrap: bool = False) -> None:
    """`numpy.fill_diagonal`: rebinds `a`'s tensor (`val` repeated along the diagonal).

    Examples:
        >>> a = tnp.zeros((3, 3), dtype=int)
        >>> tnp.fill_diagonal(a, 5)
        >>> a
        tnp.array([[5, 0, 0],
                   [0, 5, 0],
                   [0, 0, 5]])
    """
    arr = _target(a, "fill_diagonal")
    t = arr._t
    shape = t.shape.as_list()
    if len(shape) < 2:
        raise ValueError("array must be at least 2-d")
    if None in shape:
        raise NotImplementedError("fill_diagonal needs the array's shape to be known while tracing")
    if len(shape) == 2:
        step = shape[1] + 1
        end = None if wrap else shape[1] * shape[1]
    else:
        if len(set(shape)) != 1:
            raise ValueError("All dimensions of input must be of equal length")
        step = 1 + int(np.cumprod(shape[:-1]).sum())
        end = None
    size = math.prod(shape)
    pos = np.arange(size)[:end:step]
    flat = tf.reshape(t, [-1])
    v = tf.reshape(_value_as(val, t.dtype), [-1])
    if pos.size == 0 or v.shape[0] == 0:
        return
    vals = tf.gather(
        v, tf.math.floormod(tf.range(pos.size, dtype=tf.int64), tf.shape(v, out_type=tf.int64)[0])
    )
    arr._t = tf.reshape(tf.tensor_scatter_nd_update(flat, pos[:, None], vals), shape)


# --- apply ------------------------------------------------------------------------------------------------


def apply_along_axis(func1d: Callable[..., Any], axis: Any, arr: Any, *args: Any, **kwargs: Any) -> ndarray:
    """`numpy.apply_along_axis`. `func1d` gets 1-d tnp arrays; inside tf.function it runs under tf.map_fn.

    Examples:
        >>> tnp.apply_along_axis(lambda r: r.max() - r.min(), 1, tnp.array([[1, 5], [2, 9]]))
        tnp.array([4, 7])
    """
    t = to_tensor(arr)
    n = t.shape.rank
    ax = normalize_axis(axis, n)
    moved = tf.transpose(t, [d for d in range(n) if d != ax] + [ax])
    outer = tf.shape(moved)[:-1]
    rows = tf.reshape(moved, tf.concat([[-1], tf.shape(moved)[-1:]], 0))
    nrows = rows.shape[0]
    if nrows == 0:
        raise ValueError("Cannot apply_along_axis when any iteration dimensions are 0")

    def call(r: tf.Tensor) -> tf.Tensor:
        return to_tensor(func1d(wrap(r), *args, **kwargs))

    if nrows is not None and not is_symbolic(rows):
        outs = [call(r) for r in tf.unstack(rows)]
        d = outs[0].dtype
        res = tf.stack([cast(o, d) for o in outs])
    else:
        sample = call(rows[0])
        res = tf.map_fn(
            lambda r: cast(call(r), sample.dtype),
            rows,
            fn_output_signature=tf.TensorSpec(sample.shape, sample.dtype),
        )
    res = tf.reshape(res, tf.concat([outer, tf.shape(res)[1:]], 0))
    m = res.shape.rank
    lead = n - 1
    perm = list(range(ax)) + list(range(lead, m)) + list(range(ax, lead))
    return wrap(tf.transpose(res, perm))


def apply_over_axes(func: Callable[..., Any], a: Any, axes: Any) -> ndarray:
    """`numpy.apply_over_axes`.

    Examples:
        >>> tnp.apply_over_axes(tnp.sum, tnp.arange(6).reshape(2, 3), [0, 1])
        tnp.array([[15]])
    """
    val = wrap(to_tensor(a))
    n = _attribute(a, "ndim")  # NumPy's AttributeError for a list or a scalar
    axes = _host_value(axes)
    for ax in (axes,) if np.ndim(axes) == 0 else axes:
        if ax < 0:  # NumPy's ValueError for an array of several values
            ax = n + ax
        res = func(val, ax)
        res = res if isinstance(res, ndarray) else wrap(to_tensor(res))
        if res.ndim == val.ndim:
            val = res
        else:
            res = tnp_core.expand_dims(res, ax)
            if res.ndim == val.ndim:
                val = res
            else:
                raise ValueError("function is not returning an array of the correct shape")
    return val


# --- pad -------------------------------------------------------------------------------------------------

_PAD_KW = {
    "constant": {"constant_values"},
    "edge": set(),
    "linear_ramp": {"end_values"},
    "maximum": {"stat_length"},
    "mean": {"stat_length"},
    "median": {"stat_length"},
    "minimum": {"stat_length"},
    "reflect": {"reflect_type"},
    "symmetric": {"reflect_type"},
    "wrap": set(),
    "empty": set(),
}


def _pairs(x: Any, ndim: int, as_index: bool = False) -> np.ndarray[Any, Any]:
    """NumPy's `_as_pairs`: `x` broadcast to (ndim, 2)."""
    a = _host(x)
    if as_index:
        if a.dtype.kind != "i":  # (NumPy rejects unsigned and bool arrays too)
            raise TypeError("`pad_width` must be of integral type.")
        a = np.round(a).astype(np.intp)
        if (a < 0).any():
            raise ValueError("index can't contain negative values")
    try:
        return np.broadcast_to(a, (ndim, 2))
    except ValueError:
        raise ValueError(f"could not broadcast input of shape {a.shape} to ({ndim}, 2)") from None


def _block(t: tf.Tensor, ax: int, width: int, value: tf.Tensor) -> tf.Tensor:
    shape = tf.tensor_scatter_nd_update(
        tf.shape(t, out_type=tf.int64), [[ax]], tf.constant([width], tf.int64)
    )
    return tf.broadcast_to(value, shape)


def _edge(t: tf.Tensor, ax: int, first: bool) -> tf.Tensor:
    return _axis_slice(t, ax, 0, 1) if first else _axis_slice(t, ax, -1, None)


def _index_pad(t: tf.Tensor, ax: int, left: int, right: int, mode: str) -> tf.Tensor:
    n = tf.cast(_ax_len(t, ax), tf.int64)
    i = tf.range(-left, n + right, dtype=tf.int64)
    if mode == "edge":
        src = tf.clip_by_value(i, 0, n - 1)
    elif mode == "wrap":
        src = tf.math.floormod(i, n)
    elif mode == "symmetric":
        j = tf.math.floormod(i, 2 * n)
        src = tf.where(j < n, j, 2 * n - 1 - j)
    else:  # reflect
        p = tf.maximum(2 * n - 2, 1)
        j = tf.math.floormod(i, p)
        src = tf.where(n == 1, tf.zeros_like(i), tf.where(j < n, j, p - j))
    return tf.gather(t, src, axis=ax)


def _odd_pad(t: tf.Tensor, ax: int, left: int, right: int, mode: str) -> tf.Tensor:
    """reflect_type='odd': reflected values are mirrored about the edge value, chunk by chunk as NumPy does."""
    n = t.shape[ax]
    if n is None:
        raise NotImplementedError("pad(reflect_type='odd') needs the padded axis' length known while tracing")
    span = n - 1 if mode == "reflect" else n
    skip = 1 if mode == "reflect" else 0
    if span == 0:
        return _index_pad(t, ax, left, right, "edge")
    while left > 0 or right > 0:
        if left:
            k = min(left, span)
            edge = _edge(t, ax, True)
            chunk = tf.reverse(_axis_slice(t, ax, skip, skip + k), [ax])
            t = tf.concat([2 * edge - chunk, t], ax)
            left -= k
        if right:
            k = min(right, span)
            edge = _edge(t, ax, False)
            m = t.shape[ax]
            chunk = tf.reverse(_axis_slice(t, ax, m - skip - k, m - skip), [ax])
            t = tf.concat([t, 2 * edge - chunk], ax)
            right -= k
    return t


def _stat(t: tf.Tensor, mode: str, nan_checked: bool = False) -> tf.Tensor:
    """The statistic along axis 0 (kept) in `t`'s dtype (ints round the mean/median half to even)."""
    d = np_dtype(t)
    if d.kind == "b":
        return cast(_stat(tf.cast(t, tf.int8), mode), tf.bool)
    if (
        d.kind == "f" and mode != "mean" and not nan_checked
    ):  # NaN propagates through max, min and median, as in NumPy
        nan = tf.reduce_any(tf.math.is_nan(t), 0, keepdims=True)
        clean = tf.where(tf.math.is_nan(t), tf.zeros_like(t), t)
        return tf.where(nan, tf.constant(np.nan, t.dtype), _stat(clean, mode, True))
    if mode == "maximum":
        return tf.reduce_max(t, 0, keepdims=True)
    if mode == "minimum":
        return tf.reduce_min(t, 0, keepdims=True)
    ft = t if d.kind in "fc" else tf.cast(t, tf.float64)
    if mode == "mean":
        r = tf.reduce_mean(ft, 0, keepdims=True)
    else:
        s = tf.sort(ft, 0) if d.kind != "c" else ft
        m = tf.shape(s)[0]
        r = (tf.gather(s, [(m - 1) // 2]) + tf.gather(s, [m // 2])) / tf.constant(2, ft.dtype)
    if d.kind in "iub":
        r = tf.round(r)
    return cast(r, t.dtype)


def _stat_pad(t: tf.Tensor, ax: int, left: int, right: int, mode: str, lengths: Any) -> tf.Tensor:
    moved = tf.transpose(t, [ax] + [d for d in range(t.shape.rank) if d != ax])
    inv = [*range(1, ax + 1), 0, *range(ax + 1, t.shape.rank)]
    parts = [moved]
    for side, width, sl in ((0, left, lengths[0]), (1, right, lengths[1])):
        if width == 0:
            continue
        if sl is not None and int(sl) == 0 and mode in ("maximum", "minimum"):
            raise ValueError("stat_length of 0 yields no value for padding")
        src = moved if sl is None else (moved[: int(sl)] if side == 0 else moved[max(-int(sl), -(2**62)) :])
        if sl is not None and int(sl) == 0:
            src = moved[:0]
        v = _stat(src, mode)
        block = tf.broadcast_to(v, tf.concat([[width], tf.shape(moved)[1:]], 0))
        parts.insert(0 if side == 0 else len(parts), block)
    return tf.transpose(tf.concat(parts, 0), inv)


def _ramp(t: tf.Tensor, ax: int, width: int, end: Any, first: bool) -> tf.Tensor:
    d = np_dtype(t)
    ft = tf.complex128 if d.kind == "c" else tf.float64
    edge = tf.cast(_edge(t, ax, first), ft)
    endv = tf.cast(to_tensor(end), ft)
    k = tf.cast(tf.reshape(tf.range(width), [-1 if i == ax else 1 for i in range(t.shape.rank)]), ft)
    y = k * ((edge - endv) / tf.cast(width, ft)) + endv
    if d.kind in "iu":
        y = tf.floor(y)
    y = cast(y, t.dtype)
    return y if first else tf.reverse(y, [ax])


def pad(array: Any, pad_width: Any, mode: Any = "constant", **kwargs: Any) -> ndarray:
    """`numpy.pad`: pad an array.

    Differs: mode 'empty' fills zeros; a callable `mode` (which NumPy calls on writable NumPy
    vectors, one 1-d slice at a time) runs on the host through NumPy, eagerly only.

    Examples:
        >>> tnp.pad(tnp.array([1, 2]), 2)
        tnp.array([0, 0, 1, 2, 0, 0])
        >>> tnp.pad(tnp.array([1, 2, 3]), (1, 2), mode='edge')
        tnp.array([1, 1, 2, 3, 3, 3])
    """
    t = to_tensor(array)
    n = t.shape.rank
    pw = _pairs(pad_width, n, as_index=True)
    dims = t.shape.as_list()
    if None not in dims:  # NumPy's MemoryError/ValueError for a result too large (before TF's int32 limits)
        check_allocatable([d + int(lo) + int(hi) for d, (lo, hi) in zip(dims, pw)], t.dtype)
    if callable(mode):
        if is_symbolic(t):
            raise TypeError(
                "pad: a callable mode runs on the host through NumPy and does not work in tf.function"
            )
        return wrap(tf.constant(np.pad(t.numpy(), pad_width, mode, **kwargs)))
    if mode not in _PAD_KW:
        raise ValueError(f"mode '{mode}' is not supported")
    extra = set(kwargs) - _PAD_KW[mode]
    if extra:
        raise ValueError(f"unsupported keyword arguments for mode '{mode}': {extra}")
    if mode not in ("constant", "empty"):
        for ax in range(n):
            if t.shape[ax] == 0 and pw[ax].any():
                raise ValueError(f"can't extend empty axis {ax} using modes other than 'constant' or 'empty'")
    if mode in ("constant", "empty"):
        cv = _pairs(kwargs.get("constant_values", 0), n) if mode == "constant" else np.zeros((n, 2))
    if mode == "linear_ramp":
        ev = _pairs(kwargs.get("end_values", 0), n)
    if mode in ("maximum", "mean", "median", "minimum"):
        sl = kwargs.get("stat_length")
        stat = np.full((n, 2), None) if sl is None else _pairs(sl, n, as_index=True)
    odd = kwargs.get("reflect_type", "even")
    if odd not in ("even", "odd"):
        raise ValueError(f"reflect_type must be 'even' or 'odd' (got {odd!r})")
    for ax in range(n):
        left, right = int(pw[ax, 0]), int(pw[ax, 1])
        if left == 0 and right == 0:
            continue
        if mode in ("constant", "empty"):
            lv = _value_as(cv[ax, 0].item(), t.dtype)
            rv = _value_as(cv[ax, 1].item(), t.dtype)
            t = tf.concat([_block(t, ax, left, lv), t, _block(t, ax, right, rv)], ax)
        elif mode in ("edge", "wrap") or (mode in ("reflect", "symmetric") and odd == "even"):
            t = _index_pad(t, ax, left, right, mode)
        elif mode in ("reflect", "symmetric"):
            t = _odd_pad(t, ax, left, right, mode)
        elif mode == "linear_ramp":
            lpart = _ramp(t, ax, left, ev[ax, 0].item(), True)
            rpart = _ramp(t, ax, right, ev[ax, 1].item(), False)
            t = tf.concat([lpart, t, rpart], ax)
        else:
            t = _stat_pad(t, ax, left, right, mode, stat[ax])
    return wrap(t if n else tf.identity(t))


__all__ = [
    "append", "apply_along_axis", "apply_over_axes", "argwhere", "atleast_1d", "atleast_2d", "atleast_3d",
    "broadcast_arrays", "broadcast_shapes", "broadcast_to", "copyto", "delete", "extract", "fill_diagonal",
    "flatnonzero", "flip", "fliplr", "flipud", "insert", "pad", "piecewise", "place", "put_along_axis",
    "putmask", "ravel", "require", "roll", "rollaxis", "rot90", "select", "take_along_axis", "tile", "trim_zeros",
    "where",
]  # fmt: skip

# where translates TensorFlow's errors in its general path only (_where), not around its fast path
globals().update({name: translating(globals()[name]) for name in __all__ if name != "where"})
