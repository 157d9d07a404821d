"""Selecting and placing elements: take, nonzero, compress, choose, put, fill.

Index checks (mode='raise') happen in Python when the indices are known (eagerly); inside tf.function an
out-of-range index is TensorFlow's runtime error. `put` and `fill` rebind the target's tensor.
"""

from __future__ import annotations

import operator
from typing import Any

import numpy as np

from . import _tf
from ._axes import index_axis, normalize_axis
from ._convert import cast, to_tensor
from ._dtypes import NP_TO_TF, TF_TO_NP, is_array
from ._ndarray import ndarray, wrap
from ._promotion import result_type_of_keys
from ._tf import tf

_MODES = ("raise", "wrap", "clip")


_INTP = np.dtype(np.intp)
_UINT64 = np.dtype(np.uint64)
_CASTS_TO_INTP = {
    rule: frozenset(d for d in NP_TO_TF if np.can_cast(d, _INTP, rule)) for rule in ("safe", "same_kind")
}


def index_tensor(ind: Any, rule: str = "same_kind", scalars_cast: bool = True) -> tf.Tensor:
    """Indices as int64 with NumPy's errors: an array must cast to intp under `rule` (take: 'same_kind';
    put, repeat, choose: 'safe'), else TypeError. With `scalars_cast`, Python floats and lists of them
    truncate as NumPy's forced cast does (NaN: ValueError, infinity: OverflowError)."""
    t = to_tensor(ind)
    d = TF_TO_NP[t.dtype]
    if d == _UINT64 and scalars_cast and not (is_array(ind) or isinstance(ind, np.generic)):
        raise OverflowError("Python int too large to convert to C long")  # Python ints beyond int64
    if d in _CASTS_TO_INTP[rule]:
        return t if t.dtype == tf.int64 else tf.cast(t, tf.int64)
    if not scalars_cast or is_array(ind) or isinstance(ind, np.generic):
        what = "array data" if t.shape.rank else "scalar"
        raise TypeError(
            f"Cannot cast {what} from dtype('{d}') to dtype('int64') according to the rule '{rule}'"
        )
    if d.kind not in "fV":
        raise TypeError(f"int() argument must be a string, a bytes-like object or a real number, not '{d}'")
    if not _tf.is_symbolic(t):
        vals = t.numpy()
        if np.isnan(vals).any():
            raise ValueError("cannot convert float NaN to integer")
        if np.isinf(vals).any():
            raise OverflowError("cannot convert float infinity to integer")
        if (np.abs(vals) >= 2.0**63).any():
            raise OverflowError("Python int too large to convert to C long")
    return tf.cast(t, tf.int64)


def _size(t: tf.Tensor, axis: int) -> Any:
    n = t.shape[axis]
    return int(n) if n is not None else tf.shape(t, out_type=tf.int64)[axis]


def apply_mode(idx: tf.Tensor, n: Any, mode: str, axis: int = 0) -> tf.Tensor:
    """Indices into an axis of size n, made non-negative and in range as `mode` says (NumPy's errors)."""
    if mode not in _MODES:
        raise ValueError(f"clipmode must be one of 'clip', 'raise', or 'wrap' (got {mode!r})")
    static_n = isinstance(n, int)
    if mode == "raise":
        if static_n and not _tf.is_symbolic(idx):
            vals = idx.numpy()
            bad = vals[(vals < -n) | (vals >= n)]
            if bad.size:
                raise IndexError(f"index {bad.flat[0]} is out of bounds for axis {axis} with size {n}")
        return tf.where(idx < 0, idx + n, idx)
    if static_n and n == 0 and idx.shape.num_elements() != 0:
        raise IndexError("cannot do a non-empty take from an empty axes.")
    if mode == "wrap":
        return tf.math.floormod(idx, tf.maximum(tf.cast(n, tf.int64), 1))
    return tf.clip_by_value(idx, 0, tf.maximum(tf.cast(n, tf.int64) - 1, 0))


def _out(result: ndarray, out: Any) -> ndarray:
    """Store into `out` as NumPy's take/choose do: `out`'s dtype must cast safely to the result's."""
    if out is None:
        return result
    from ._operators import positive

    src, dst = np.dtype(getattr(out, "dtype", None)), result.dtype
    if not np.can_cast(src, dst, "safe"):
        raise TypeError(
            f"Cannot cast array data from dtype('{src}') to dtype('{dst}') according to the rule 'safe'"
        )

    return positive(result, out=out, casting="unsafe")  # type: ignore[no-any-return]


def take(a: Any, indices: Any, axis: Any = None, out: Any = None, mode: str = "raise") -> ndarray:
    """`numpy.take`.

    Examples:
        >>> tnp.take(tnp.array([4, 3, 5, 7]), [0, 3])
        tnp.array([4, 7])
        >>> tnp.take(tnp.array([[1, 2], [3, 4]]), [1], axis=1)
        tnp.array([[2],
                   [4]])
        >>> tnp.take(tnp.array([4, 3, 5]), [5], mode='clip')
        tnp.array([5])
    """
    t = to_tensor(a)
    if axis is None:
        t, ax = tf.reshape(t, [-1]), 0
    else:
        ax = normalize_axis(axis, t.shape.rank)
    idx = apply_mode(index_tensor(indices), _size(t, ax), mode, ax)
    return _out(wrap(tf.gather(t, idx, axis=ax)), out)


def nonzero(a: Any, *, size: Any = None, fill_value: Any = None) -> tuple[ndarray, ...]:
    """`numpy.nonzero`: a tuple of int64 arrays (their length is a dynamic dimension inside tf.function).

    tnp extension (as `jax.numpy.nonzero`): with the keyword-only `size=`, each array has exactly `size`
    entries (the first `size` nonzero positions, padded with `fill_value`: an int, or one int per dimension,
    default 0), a static shape that XLA (`jit_compile=True`) can compile.

    Examples:
        >>> tnp.nonzero(tnp.array([[0, 3], [4, 0]]))
        (tnp.array([0, 1]), tnp.array([1, 0]))
        >>> tnp.nonzero(tnp.array([0, 3, 0, 4]), size=3, fill_value=-1)
        (tnp.array([ 1,  3, -1]),)
    """
    t = to_tensor(a)
    if t.shape.rank == 0:
        raise ValueError(
            "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead."
        )
    if size is None:
        if fill_value is not None:
            raise ValueError("fill_value= is only used together with size=")
        where = tf.where(cast(t, tf.bool))
        return tuple(wrap(where[:, i]) for i in range(t.shape.rank))
    return tuple(wrap(c) for c in nonzero_static(t, size, fill_value))


def static_size(size: Any) -> int:
    """A `size=` argument (tnp's static output size) as a non-negative Python int."""
    try:
        n = operator.index(size)
    except TypeError:
        raise TypeError(f"size= must be an integer, not {type(size).__name__}") from None
    if n < 0:
        raise ValueError(f"size= must be non-negative (got {n})")
    return n


def nonzero_static(t: tf.Tensor, size: Any, fill_value: Any = None) -> list[tf.Tensor]:
    """The coordinates of the first `size` nonzero elements of `t` (rank >= 1), each padded to `size` entries
    with `fill_value` (None: 0; a scalar, or one value per dimension). Static shapes only (XLA-friendly)."""
    k = static_size(size)
    nd = t.shape.rank
    fills = _fill_per_dim(fill_value, nd)
    flat = tf.reshape(cast(t, tf.bool), [-1])
    ones = tf.cast(flat, tf.int64)
    pos = tf.cumsum(ones) - 1
    target = tf.where(flat & (pos < k), pos, k)  # the rest go to a spare slot, dropped below
    n = tf.shape(flat, out_type=tf.int64)[0]
    flat_idx = tf.scatter_nd(target[:, tf.newaxis], tf.range(n), [k + 1])[:k]
    valid = tf.range(k, dtype=tf.int64) < tf.reduce_sum(ones)
    dims = tf.shape(t, out_type=tf.int64)
    out, rest = [], flat_idx
    for i in reversed(range(nd)):
        out.append(tf.where(valid, rest % tf.maximum(dims[i], 1), fills[i]))
        rest = rest // tf.maximum(dims[i], 1)
    return out[::-1]


def _fill_per_dim(fill_value: Any, nd: int) -> list[tf.Tensor]:
    if fill_value is None:
        return [tf.zeros([], tf.int64)] * nd
    if isinstance(fill_value, (tuple, list)):
        if len(fill_value) != nd:
            raise ValueError(f"fill_value must be a scalar or a tuple of length {nd}; got {fill_value!r}")
        vals = list(fill_value)
    else:
        vals = [fill_value] * nd
    out = []
    for v in vals:
        f = to_tensor(v)
        if f.shape.rank != 0 or not (f.dtype.is_integer or f.dtype == tf.bool):
            raise TypeError(f"fill_value must be an integer scalar (or one per dimension); got {v!r}")
        out.append(tf.cast(f, tf.int64))
    return out


def compress(condition: Any, a: Any, axis: Any = None, out: Any = None) -> ndarray:
    """`numpy.compress`.

    Examples:
        >>> tnp.compress([False, True, True], tnp.array([1, 2, 3]))
        tnp.array([2, 3])
        >>> tnp.compress([True, False], tnp.array([[1, 2], [3, 4]]), axis=1)
        tnp.array([[1],
                   [3]])
    """
    if axis is not None:
        axis = index_axis(axis)  # NumPy reads the axis before the condition
    c = to_tensor(condition)
    if c.shape.rank != 1:
        raise ValueError("condition must be a 1-d array")
    t = to_tensor(a)
    if axis is None:
        t, ax = tf.reshape(t, [-1]), 0
    else:
        ax = normalize_axis(axis, t.shape.rank)
    (idx,) = nonzero(wrap(c))
    return _out(wrap(tf.gather(t, apply_mode(idx._t, _size(t, ax), "raise", ax), axis=ax)), out)


def choose(a: Any, choices: Any, out: Any = None, mode: str = "raise") -> ndarray:
    """`numpy.choose`.

    Examples:
        >>> tnp.choose(tnp.array([0, 1, 0]), [tnp.array([1, 2, 3]), tnp.array([10, 20, 30])])
        tnp.array([ 1, 20,  3])
    """
    idx = index_tensor(a, "safe", scalars_cast=False)
    if isinstance(choices, (ndarray, tf.Tensor, np.ndarray)):
        ct = to_tensor(choices)
        parts = tf.unstack(ct) if ct.shape.rank else [ct]
        dtype = TF_TO_NP[ct.dtype]
    else:
        parts = [to_tensor(c) for c in choices]
        dtype = result_type_of_keys(*(TF_TO_NP[p.dtype] for p in parts))
    if not parts:
        raise ValueError("0-length sequence.")
    n = len(parts)
    if mode not in _MODES:
        raise ValueError(f"clipmode must be one of 'clip', 'raise', or 'wrap' (got {mode!r})")
    if mode == "raise":
        if not _tf.is_symbolic(idx):
            vals = idx.numpy()
            if ((vals < 0) | (vals >= n)).any():
                raise ValueError("invalid entry in choice array")
    else:
        idx = apply_mode(idx, n, mode)
    parts = [cast(p, NP_TO_TF[dtype]) for p in parts]
    shapes = [tf.shape(p) for p in [idx, *parts]]
    static = [tuple(p.shape.as_list()) for p in [idx, *parts]]
    if all(None not in s for s in static):
        try:
            np.broadcast_shapes(*static)
        except ValueError:
            raise ValueError("shape mismatch: objects cannot be broadcast to a single shape") from None
    shape = shapes[0]
    for s in shapes[1:]:
        shape = tf.broadcast_dynamic_shape(shape, s)
    stacked = tf.stack([tf.broadcast_to(p, shape) for p in parts], axis=-1)
    idx = tf.broadcast_to(idx, shape)
    r = tf.gather(stacked, idx[..., tf.newaxis], batch_dims=idx.shape.rank)
    return _out(wrap(tf.squeeze(r, -1)), out)


def put(a: Any, ind: Any, v: Any, mode: str = "raise") -> None:
    """`numpy.put`: rebinds `a`'s tensor (the last value wins for a repeated index).

    Examples:
        >>> a = tnp.arange(5)
        >>> tnp.put(a, [0, 2], [-1, -2])
        >>> a
        tnp.array([-1,  1, -2,  3,  4])
    """
    if not isinstance(a, ndarray):
        raise TypeError(f"argument a of put must be a tnp.ndarray, not {type(a).__name__}")
    t = a._t
    flat = tf.reshape(t, [-1])
    idx = tf.reshape(index_tensor(ind, "safe"), [-1])
    vals = tf.reshape(_as_dtype(v, t.dtype), [-1])
    k, nv = idx.shape[0], vals.shape[0]
    if k == 0 or nv == 0:
        return
    idx = apply_mode(idx, _size(flat, 0), mode)
    vals = tf.gather(
        vals, tf.range(tf.shape(idx, out_type=tf.int64)[0]) % tf.shape(vals, out_type=tf.int64)[0]
    )
    size = tf.shape(flat, out_type=tf.int64)[0]
    last = tf.math.unsorted_segment_max(tf.range(tf.shape(idx, out_type=tf.int64)[0]), idx, size)
    hit = last >= 0
    new = tf.where(hit, tf.gather(vals, tf.maximum(last, 0)), flat)
    a._t = tf.reshape(new, tf.shape(t))


def _as_dtype(v: Any, d: tf.DType) -> tf.Tensor:
    """`v` cast to `d` as NumPy's assignment does (OverflowError for an out-of-range Python int)."""
    if type(v) in (bool, int, float, complex):
        return to_tensor(v, TF_TO_NP[d])
    return cast(to_tensor(v), d, requested=True)


def fill(a: ndarray, value: Any) -> None:
    """`ndarray.fill`: rebinds `a`'s tensor to one filled with `value` (cast to `a`'s dtype as NumPy does)."""
    t = a._t
    vt = _as_dtype(value, t.dtype)
    if vt.shape.rank != 0:
        if vt.shape.num_elements() != 1:
            raise ValueError("fill: the value must be a scalar (a single element)")
        vt = tf.reshape(vt, [])
    a._t = tf.fill(tf.shape(t), vt)


__all__ = [
    "apply_mode", "choose", "compress", "fill", "index_tensor", "nonzero", "nonzero_static", "put", "static_size",
    "take",
]  # fmt: skip
