"""NumPy's index helpers: ix_, ravel_multi_index, unravel_index, diag/tril/triu/mask indices, the index objects
s_, index_exp, r_, c_, mgrid, ogrid, and the iterators ndindex, ndenumerate and broadcast.

Results are tnp arrays with NumPy's dtypes (int64 for intp). The computing functions work inside `tf.function`;
what must be static there (`dims`/`shape` of ravel/unravel, `n`/`m`/`k` of the tri functions) has to be a Python
int (or an eager integer array), else TypeError. Inside `tf.function` an out-of-range index (mode='raise' of
ravel_multi_index, unravel_index) fails at run time with TensorFlow's InvalidArgumentError, since no Python
exception can be raised there. `ndenumerate` and `broadcast` iteration copy the arrays to the host (NumPy
scalars are yielded) and so work eagerly only. `s_`, `index_exp` and `ndindex` are NumPy's own objects.
`r_`/`c_` with the 'r'/'c' directives return a 2-d tnp array where NumPy returns a `numpy.matrix`.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import (
    NP_TO_TF,
    TF_TO_NP,
    as_np_dtype,
    cast,
    check_allocatable,
    is_symbolic,
    ndarray,
    to_tensor,
    translating,
    wrap,
)

from ._joining import concatenate

_INTP_MAX = 2**63 - 1
_ARRAYS = (ndarray, tf.Tensor, tf.Variable, np.ndarray)
_COMPLEX: tuple[type[Any], ...] = (complex, np.complexfloating)

s_ = np.s_
index_exp = np.index_exp
ndindex = np.ndindex


# ---- static arguments --------------------------------------------------------------------------------------


def _static_int(x: Any, name: str) -> int:
    """A Python int from an int-like (an eager 0-d integer array too); TypeError for a traced tensor."""
    if isinstance(x, (ndarray, tf.Tensor, tf.Variable)) and is_symbolic(to_tensor(x)):
        raise TypeError(
            f"{name} must be a Python int (a static value), not a traced tensor inside tf.function"
        )
    return operator.index(x)


def _static_dims(dims: Any, name: str) -> tuple[int, ...]:
    """A shape argument (an int or a sequence of ints) as a tuple of Python ints."""
    if isinstance(dims, (ndarray, tf.Tensor, tf.Variable)):
        t = to_tensor(dims)
        if is_symbolic(t):
            raise TypeError(
                f"{name} must be Python ints (static values), not a traced tensor inside tf.function"
            )
        dims = t.numpy()
    if isinstance(dims, np.ndarray):
        dims = dims.tolist() if dims.ndim else dims.item()
    if isinstance(dims, (list, tuple)):
        return tuple(_dim_int(d) for d in dims)
    return (_dim_int(dims),)


def _dim_int(d: Any) -> int:
    """One entry of a shape argument: an integer (NumPy's TypeError for a bool or a float)."""
    if isinstance(d, (bool, np.bool_)):
        raise TypeError("an integer is required")
    return operator.index(d)


def _min_int(low: Any, high: Any) -> type[np.signedinteger[Any]]:
    """NumPy's `tri` helper: the smallest int type holding [low, high] (an array of several values is
    ambiguous here, as in NumPy)."""
    for d in (np.int8, np.int16, np.int32):
        info = np.iinfo(d)
        if high <= info.max and low >= info.min:
            return d
    return np.int64


_TOO_BIG = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."


def _tri(n: Any, k: Any, m: Any, upper: bool) -> tuple[ndarray, ndarray]:
    """tril/triu indices: for integers n, m, k the lower (upper) triangle from diagonal k; anything else (a float,
    an array) as NumPy's `tri` takes it, on the host (it builds `arange(n)` and `arange(-k, m - k)`)."""
    try:
        nn, kk = _static_int(n, "n"), _static_int(k, "k")
        mm = nn if m is None else _static_int(m, "m")
    except TypeError:
        return _tri_host(n, k, m, upper)
    if max(nn, mm, 0) > _INTP_MAX // 8 or max(nn, 0) * max(mm, 0) > _INTP_MAX:
        raise ValueError(_TOO_BIG)
    return _tri_indices(nn, mm, kk, upper)


def _tri_arg(x: Any) -> Any:
    """A tnp array or tensor as a NumPy array; anything else as is (NumPy's comparisons then fail as in NumPy)."""
    return _host(x, "tril_indices/triu_indices") if isinstance(x, _ARRAYS) else x


def _tri_host(n: Any, k: Any, m: Any, upper: bool) -> tuple[ndarray, ndarray]:
    kk = _tri_arg(k) - 1 if upper else _tri_arg(k)  # NumPy: triu is ~tri(k=k - 1)
    big_n = _tri_arg(n)
    big_m = big_n if m is None else _tri_arg(m)
    rows = np.arange(big_n, dtype=_min_int(0, big_n))  # NumPy's order of evaluation, for its errors
    cols = np.arange(-kk, big_m - kk, dtype=_min_int(-kk, big_m - kk))
    lower = np.greater_equal.outer(rows, cols)
    r, c = np.nonzero(~lower if upper else lower)
    return wrap(tf.constant(r.astype(np.int64))), wrap(tf.constant(c.astype(np.int64)))


def _check_order(order: Any) -> bool:
    """True for C order, False for F (NumPy's errors otherwise)."""
    if order is None:
        return True
    if not isinstance(order, str):
        raise TypeError(f"order must be str, not {type(order).__name__}")
    o = order.upper()
    if o not in ("C", "F", "A", "K"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    if o in ("A", "K"):
        raise ValueError("only 'C' or 'F' order is permitted")
    return o == "C"


def _check_mode(mode: Any) -> str:
    if isinstance(mode, str):
        if mode in ("raise", "wrap", "clip"):
            return mode
        if mode[:1].lower() in ("r", "w", "c"):
            raise ValueError("Use one of 'clip', 'raise', or 'wrap' for clip mode")
        raise ValueError(f"clipmode must be one of 'clip', 'raise', or 'wrap' (got {mode!r})")
    raise ValueError("integer clipmode must be RAISE, WRAP, or CLIP")


def _modes(mode: Any, n: int) -> list[str]:
    if isinstance(mode, (list, tuple)):
        if len(mode) != n:
            raise ValueError(f"list of clipmodes has wrong length ({len(mode)} instead of {n})")
        return [_check_mode(m) for m in mode]
    return [_check_mode(mode)] * n


def _size(shape: Sequence[int]) -> int:
    return math.prod(shape)


# ---- integer index arrays ----------------------------------------------------------------------------------


def _int_index(x: Any) -> tf.Tensor:
    """An index array as int64 (NumPy's same-kind cast to intp: floats and complex raise TypeError)."""
    t = to_tensor(x)
    if isinstance(x, (list, tuple)) and t.shape.num_elements() == 0:
        raise TypeError(
            "indices must be integral: the provided empty sequence was inferred as float. "
            "Wrap it with 'np.array(indices, dtype=np.intp)'"
        )
    if TF_TO_NP[t.dtype].kind not in "biu":
        raise TypeError("only int indices permitted")
    return cast(t, tf.int64)


def _broadcast_static(shapes: Sequence[tf.TensorShape]) -> None:
    """NumPy's ValueError when known dimensions cannot broadcast."""
    try:
        out = tf.TensorShape([])
        for s in shapes:
            out = tf.broadcast_static_shape(out, s)
    except ValueError:
        text = " ".join(str(tuple(s.as_list())).replace(",)", ")").replace("None", "?") for s in shapes)
        raise ValueError(f"operands could not be broadcast together with shapes {text} ") from None


def _broadcast(ts: list[tf.Tensor]) -> list[tf.Tensor]:
    _broadcast_static([t.shape for t in ts])
    if not ts:
        return ts
    shape = tf.shape(ts[0], out_type=tf.int64)
    for t in ts[1:]:
        shape = tf.broadcast_dynamic_shape(shape, tf.shape(t, out_type=tf.int64))
    return [tf.broadcast_to(t, shape) for t in ts]


def _check_bad(bad: tf.Tensor, result: tf.Tensor, message: Callable[[], str]) -> tf.Tensor:
    """`result`, after raising ValueError(message()) eagerly (or asserting inside tf.function) if any `bad`."""
    anybad = tf.reduce_any(bad)
    if not is_symbolic(anybad):
        if bool(anybad):
            raise ValueError(message())
        return result
    with tf.control_dependencies([tf.debugging.Assert(tf.logical_not(anybad), [message()])]):
        return tf.identity(result)


# ---- functions ---------------------------------------------------------------------------------------------


def ix_(*args: Any) -> tuple[ndarray, ...]:
    """`numpy.ix_`: an open mesh from 1-d sequences, for cross-product indexing.

    An open mesh of 1-d index arrays (boolean masks become their nonzero indices).

    Examples:
        >>> rows, cols = tnp.ix_([0, 1], [2, 0])
        >>> tnp.arange(9).reshape(3, 3)[rows, cols]
        tnp.array([[2, 0],
                   [5, 3]])
    """
    out = []
    nd = len(args)
    for k, new in enumerate(args):
        t = to_tensor(new)
        if not isinstance(new, _ARRAYS) and t.shape.num_elements() == 0:
            t = cast(t, tf.int64)  # an empty sequence is an index, not float64 data
        if t.shape.rank != 1:
            raise ValueError("Cross index must be 1 dimensional")
        if t.dtype == tf.bool:
            t = tf.where(t)[:, 0]
        out.append(wrap(tf.reshape(t, [1] * k + [-1] + [1] * (nd - k - 1))))
    return tuple(out)


def _wrap(j: tf.Tensor, m: int) -> tf.Tensor:
    """NumPy's wrap mode (C remainders: the same as a floor modulo for a positive dimension `m`)."""
    lo = j + m
    r = tf.truncatemod(lo, m)
    lo = tf.where(lo < 0, tf.where(tf.equal(r, 0), r, r + m), lo)
    hi = j - m
    hi = tf.where(hi >= m, tf.truncatemod(hi, m), hi)
    return tf.where(j < 0, lo, tf.where(j >= m, hi, j))


def ravel_multi_index(multi_index: Any, dims: Any, mode: Any = "raise", order: Any = "C") -> ndarray:
    """`numpy.ravel_multi_index`: flat indices from a tuple of index arrays.

    `dims` must be static ints; a 0-d result is a 0-d tnp array.

    Examples:
        >>> tnp.ravel_multi_index(([0, 1, 2], [1, 2, 0]), (3, 3))
        tnp.array([1, 5, 6])
    """
    shape = _static_dims(dims, "dims")
    if isinstance(multi_index, (ndarray, tf.Tensor, tf.Variable, np.ndarray)):
        t = to_tensor(multi_index)
        if t.shape.rank == 0:
            raise TypeError("multi_index must be a sequence of index arrays, not a 0-d array")
        parts = list(tf.unstack(t, num=t.shape[0] if t.shape[0] is not None else len(shape)))
    else:
        if not isinstance(multi_index, (list, tuple)):
            raise TypeError("multi_index must be a sequence of index arrays")
        parts = list(multi_index)
    if len(parts) != len(shape):
        raise ValueError(f"parameter multi_index must be a sequence of length {len(shape)}")
    modes = _modes(mode, len(shape))
    c_order = _check_order(order)
    ints = [_int_index(p) for p in parts]  # NumPy's TypeError for float indices comes first
    if 0 in shape:
        raise ValueError("cannot unravel if shape has zero entries (is empty).")
    if abs(_size(shape)) > _INTP_MAX:
        raise ValueError("invalid dims: array size defined by dims is larger than the maximum possible size.")
    idx = _broadcast(ints)
    strides = [math.prod(shape[i + 1 :]) if c_order else math.prod(shape[:i]) for i in range(len(shape))]
    total = tf.constant(0, tf.int64)
    bad = tf.constant(False)
    for i, d, m, s in zip(idx, shape, modes, strides):
        if m == "wrap":
            i = _wrap(i, d)
        elif m == "clip":
            i = tf.where(
                i < 0,
                tf.zeros_like(i),
                tf.where(i >= d, tf.fill(tf.shape(i), tf.constant(d - 1, tf.int64)), i),
            )
        else:
            bad = tf.logical_or(bad, tf.reduce_any(tf.logical_or(i < 0, i >= d)))
        total = total + i * s
    if not idx:
        return wrap(total)
    return wrap(_check_bad(bad, total, lambda: "invalid entry in coordinates array"))


def unravel_index(indices: Any, shape: Any, order: Any = "C") -> tuple[ndarray, ...]:
    """`numpy.unravel_index`: a tuple of index arrays from flat indices.

    `shape` must be static ints.

    Examples:
        >>> tnp.unravel_index(tnp.array([1, 5, 6]), (3, 3))
        (tnp.array([0, 1, 2]), tnp.array([1, 2, 0]))
    """
    dims = _static_dims(shape, "shape")
    c_order = _check_order(order)
    size = _size(dims)
    if abs(size) > _INTP_MAX:
        raise ValueError(
            "dimensions are too large; arrays and shapes with a total size greater than 'intp' are not supported."
        )
    t = _int_index(indices)
    if not dims and t.shape.rank != 0:
        raise ValueError("multiple indices are not supported for 0d arrays")
    bad = tf.logical_or(t < 0, t >= size)

    def message() -> str:
        if is_symbolic(bad):
            return f"an index is out of bounds for array with size {size}"
        first = t.numpy()[bad.numpy()].reshape(-1)[0]
        return f"index {first} is out of bounds for array with size {size}"

    t = _check_bad(bad, t, message)
    out: list[tf.Tensor] = []
    for d in reversed(dims) if c_order else dims:
        out.append(tf.math.floormod(t, d))
        t = tf.math.floordiv(t, d)
    if c_order:
        out.reverse()
    return tuple(wrap(o) for o in out)


def diag_indices(n: Any, ndim: Any = 2) -> tuple[ndarray, ...]:
    """`numpy.diag_indices`: the indices of the main diagonal of an n-d square array.

    `(arange(n),) * ndim`. `n` may be a 0-d tensor inside tf.function.

    Examples:
        >>> a = tnp.zeros((3, 3), dtype=int)
        >>> a[tnp.diag_indices(3)] = 7
        >>> a
        tnp.array([[7, 0, 0],
                   [0, 7, 0],
                   [0, 0, 7]])
    """
    idx = tnp_core.arange(n)
    return (idx,) * ndim  # type: ignore[no-any-return]


def _needs_array(arr: Any) -> tf.Tensor:
    """`arr` as a tensor; like NumPy, an object without `ndim` (a list) is refused with AttributeError."""
    if not hasattr(arr, "ndim"):
        raise AttributeError(f"{type(arr).__name__!r} object has no attribute 'ndim'")
    return to_tensor(arr)


def _dim(t: tf.Tensor, i: int) -> Any:
    s = t.shape[i]
    return s if s is not None else tf.shape(t, out_type=tf.int64)[i]


def diag_indices_from(arr: Any) -> tuple[ndarray, ...]:
    """`numpy.diag_indices_from`: the main-diagonal indices of a given square array.

    With unknown dimensions inside tf.function their equality is asserted at run
    time.

    Examples:
        >>> tnp.diag_indices_from(tnp.zeros((2, 2)))
        (tnp.array([0, 1]), tnp.array([0, 1]))
    """
    t = _needs_array(arr)
    nd = t.shape.rank
    if nd < 2:
        raise ValueError("input array must be at least 2-d")
    known = {s for s in t.shape.as_list() if s is not None}
    if len(known) > 1:
        raise ValueError("All dimensions of input must be of equal length")
    if len(known) == nd:
        return diag_indices(known.pop(), nd)
    shape = tf.shape(t, out_type=tf.int64)
    same = tf.reduce_all(tf.equal(shape, shape[0]))
    with tf.control_dependencies(
        [tf.debugging.Assert(same, ["All dimensions of input must be of equal length"])]
    ):
        n = tf.identity(shape[0])
    return diag_indices(n, nd)


def _tri_indices(n: Any, m: Any, k: int, upper: bool) -> tuple[ndarray, ndarray]:
    """Row and column indices (int64, row-major order) of the lower (upper) triangle from diagonal k."""
    kk = k - 1 if upper else k  # NumPy: tri(n, m, k), inverted with k - 1 for triu
    if not -(2**63) < kk <= 2**63 or (isinstance(m, int) and m - kk >= 2**63):  # its arange(-k, m - k)
        raise OverflowError("Python int too large to convert to C long")
    k = min(max(k, 1 - 2**63), 2**63 - 1)  # (selects the same elements)
    if isinstance(n, int) and isinstance(m, int):
        if n <= 0 or m <= 0:
            empty = tf.zeros([0], tf.int64)
            return wrap(empty), wrap(empty)
        check_allocatable((n, m), np.bool_)  # NumPy's tri(n, m) mask
    rows = tf.range(tf.maximum(tf.cast(n, tf.int64), 0), dtype=tf.int64)[:, None]
    cols = tf.range(tf.maximum(tf.cast(m, tf.int64), 0), dtype=tf.int64)[None, :]
    off = cols - rows
    where = tf.where(off >= k if upper else off <= k)
    return wrap(where[:, 0]), wrap(where[:, 1])


def tril_indices(n: Any, k: Any = 0, m: Any = None) -> tuple[ndarray, ndarray]:
    """`numpy.tril_indices`: the indices of the lower triangle of an (n, m) array.

    `n`, `k`, `m` must be static ints.

    Examples:
        >>> tnp.tril_indices(3)
        (tnp.array([0, 1, 1, 2, 2, 2]), tnp.array([0, 0, 1, 0, 1, 2]))
    """
    return _tri(n, k, m, upper=False)


def triu_indices(n: Any, k: Any = 0, m: Any = None) -> tuple[ndarray, ndarray]:
    """`numpy.triu_indices`: the indices of the upper triangle of an (n, m) array.

    `n`, `k`, `m` must be static ints.

    Examples:
        >>> tnp.triu_indices(3, k=1)
        (tnp.array([0, 0, 1]), tnp.array([1, 2, 2]))
    """
    return _tri(n, k, m, upper=True)


def _from_2d(arr: Any) -> tf.Tensor:
    t = _needs_array(arr)
    if t.shape.rank != 2:
        raise ValueError("input array must be 2-d")
    return t


def _tri_from(t: tf.Tensor, k: Any, upper: bool) -> tuple[ndarray, ndarray]:
    """The tri indices of a 2-d tensor's shape (dimensions unknown while tracing need an integer k)."""
    try:
        kk = _static_int(k, "k")
    except TypeError:
        if None in t.shape.as_list():
            raise
        return _tri_host(t.shape[0], k, t.shape[1], upper)
    return _tri_indices(_dim(t, 0), _dim(t, 1), kk, upper)


def tril_indices_from(arr: Any, k: Any = 0) -> tuple[ndarray, ndarray]:
    """`numpy.tril_indices_from`: the lower-triangle indices of a given 2-d array.

    The dimensions may be unknown inside tf.function.

    Examples:
        >>> tnp.arange(9).reshape(3, 3)[tnp.tril_indices_from(tnp.zeros((3, 3)))]
        tnp.array([0, 3, 4, 6, 7, 8])
    """
    t = _from_2d(arr)
    return _tri_from(t, k, upper=False)


def triu_indices_from(arr: Any, k: Any = 0) -> tuple[ndarray, ndarray]:
    """`numpy.triu_indices_from`: the upper-triangle indices of a given 2-d array.

    The dimensions may be unknown inside tf.function.

    Examples:
        >>> tnp.arange(9).reshape(3, 3)[tnp.triu_indices_from(tnp.zeros((3, 3)), 1)]
        tnp.array([1, 2, 5])
    """
    t = _from_2d(arr)
    return _tri_from(t, k, upper=True)


def mask_indices(n: Any, mask_func: Callable[..., Any], k: Any = 0) -> tuple[ndarray, ...]:
    """`numpy.mask_indices`: the indices where a masking function of an (n, n) array is nonzero.

    `mask_func` is called with an (n, n) int64 tnp array of ones and `k`. A NumPy
    function with no tnp counterpart gets a NumPy array instead (a host call; eager values only).

    Examples:
        >>> tnp.mask_indices(3, tnp.triu, 1)
        (tnp.array([0, 0, 1]), tnp.array([1, 2, 2]))
    """
    size = operator.index(n)
    try:
        a = mask_func(tnp_core.ones((size, size), int), k)
    except TypeError:
        if not str(getattr(mask_func, "__module__", "")).startswith("numpy"):
            raise
        a = mask_func(np.ones((size, size), int), k)  # no tnp implementation to dispatch to
    return tuple(tnp_core.nonzero(tnp_core.not_equal(tnp_core.asarray(a), 0)))


# ---- index objects -----------------------------------------------------------------------------------------


def _ndmin(t: tf.Tensor, ndmin: int) -> tf.Tensor:
    """`numpy.array(t, ndmin=ndmin)`: leading axes of length one."""
    r = t.shape.rank
    return t if r >= ndmin else tf.reshape(t, tf.concat([tf.ones([ndmin - r], tf.int32), tf.shape(t)], 0))


def _as_matrix(res: ndarray, col: bool) -> ndarray:
    """What `numpy.matrix(res)` holds (a 2-d array), transposed for the 'c' directive on a 1-d result."""
    t = res._t
    nd = t.shape.rank
    if nd > 2:
        shape = t.shape.as_list()
        if None in shape:
            raise ValueError(
                "r_/c_ with 'r' or 'c' needs a static shape for a result of more than 2 dimensions"
            )
        kept = [s for s in shape if s > 1]
        if len(kept) > 2:
            raise ValueError("shape too large to be a matrix.")
        t = tf.reshape(t, kept)
    if t.shape.rank == 0:
        t = tf.reshape(t, [1, 1])
    elif t.shape.rank == 1:
        t = t[None, :]
        if nd == 1 and col:
            t = tf.transpose(t)
    return wrap(t)


class AxisConcatenator:
    """NumPy's `AxisConcatenator` (the class of `r_` and `c_`), building tnp arrays."""

    __slots__ = ("axis", "matrix", "ndmin", "trans1d")

    def __init__(self, axis: int = 0, matrix: bool = False, ndmin: int = 1, trans1d: int = -1) -> None:
        self.axis = axis
        self.matrix = matrix
        self.ndmin = ndmin
        self.trans1d = trans1d

    def __getitem__(self, key: Any) -> ndarray:
        if isinstance(key, str):
            raise NotImplementedError(
                "r_/c_ with a string (numpy.bmat matrix syntax) is not supported by tnp"
            )
        if not isinstance(key, tuple):
            key = (key,)
        trans1d, ndmin, matrix, axis = self.trans1d, self.ndmin, self.matrix, self.axis
        col = False
        objs: list[Any] = []
        keys: list[Any] = []
        for k, item in enumerate(key):
            scalar = False
            newobj: Any
            if isinstance(item, slice):
                start = 0 if item.start is None else item.start
                step = 1 if item.step is None else item.step
                if isinstance(step, _COMPLEX):
                    t = tnp_core.linspace(start, item.stop, num=int(abs(step)))._t
                else:
                    t = tnp_core.arange(start, item.stop, step)._t
                if ndmin > 1:
                    t = _ndmin(t, ndmin)
                    if trans1d != -1:
                        t = tnp_core.swapaxes(wrap(t), -1, trans1d)._t
                newobj = t
            elif isinstance(item, str):
                if k != 0:
                    raise ValueError("special directives must be the first entry.")
                if item in ("r", "c"):
                    matrix, col = True, item == "c"
                    continue
                if "," in item:
                    vec = item.split(",")
                    try:
                        axis, ndmin = (int(x) for x in vec[:2])
                        if len(vec) == 3:
                            trans1d = int(vec[2])
                        continue
                    except Exception as e:
                        raise ValueError(f"unknown special directive {item!r}") from e
                try:
                    axis = int(item)
                    continue
                except (ValueError, TypeError) as e:
                    raise ValueError("unknown special directive") from e
            elif type(item) in np.ScalarType:
                scalar, newobj = True, item
            else:
                t = to_tensor(item)
                item_ndim = t.shape.rank
                t = _ndmin(t, ndmin)
                if trans1d != -1 and item_ndim < ndmin:
                    k2 = ndmin - item_ndim
                    k1 = trans1d + k2 + 1 if trans1d < 0 else trans1d
                    defaxes = list(range(ndmin))
                    t = tf.transpose(t, defaxes[:k1] + defaxes[k2:] + defaxes[k1:k2])
                newobj = t
            objs.append(newobj)
            keys.append(item if scalar else TF_TO_NP[newobj.dtype])
        if keys:
            final = as_np_dtype(tnp_core.result_type(*keys))
            objs = [_ndmin(to_tensor(o, final), ndmin) for o in objs]
        res = concatenate([wrap(o) for o in objs], axis=axis)
        return _as_matrix(res, col) if matrix else res

    def __len__(self) -> int:
        return 0


class RClass(AxisConcatenator):
    """`numpy.r_`: concatenation along the first axis.

    Examples:
        >>> tnp.r_[1:3, 5, tnp.array([7, 8])]
        tnp.array([1, 2, 5, 7, 8])
        >>> tnp.r_['0,2', [1, 2], [3, 4]]
        tnp.array([[1, 2],
                   [3, 4]])
    """

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(0)


class CClass(AxisConcatenator):
    """`numpy.c_`: `r_['-1,2,0', ...]`.

    Examples:
        >>> tnp.c_[tnp.array([1, 2]), tnp.array([3, 4])]
        tnp.array([[1, 3],
                   [2, 4]])
    """

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(-1, ndmin=2, trans1d=0)


r_ = RClass()
c_ = CClass()


def _start_step(kk: Any) -> tuple[Any, Any]:
    return (0 if kk.start is None else kk.start), (1 if kk.step is None else kk.step)


class nd_grid:
    """NumPy's `nd_grid` (the class of `mgrid` and `ogrid`), building tnp arrays with NumPy's dtypes. A grid of
    one slice may have tensor bounds inside tf.function; the bounds of a grid of several slices must be static."""

    __slots__ = ("sparse",)

    def __init__(self, sparse: bool = False) -> None:
        self.sparse = sparse

    def __getitem__(self, key: Any) -> Any:
        try:
            size: list[int] = []
            num_list: list[Any] = [0]
            for k in range(len(key)):
                start, step = _start_step(key[k])
                stop = key[k].stop
                if isinstance(step, _COMPLEX):
                    step = abs(step)
                    size.append(int(step))
                else:
                    size.append(math.ceil((stop - start) / step))
                num_list += [start, stop, step]
        except (IndexError, TypeError):
            return self._single(key)
        typ = as_np_dtype(tnp_core.result_type(*num_list))
        if self.sparse:
            nn = [tnp_core.arange(x, dtype=typ) for x in size]
        else:
            nn = list(tnp_core.indices(size, typ)) if size else [tnp_core.indices(size, typ)]
        for k, kk in enumerate(key):
            start, step = _start_step(kk)
            if isinstance(step, _COMPLEX):
                step = int(abs(step))
                if step != 1:
                    step = (kk.stop - start) / float(step - 1)
            nn[k] = tnp_core.add(tnp_core.multiply(nn[k], step), start)
        if self.sparse:
            n = len(size)
            return tuple(wrap(tf.reshape(x._t, [1] * k + [-1] + [1] * (n - k - 1))) for k, x in enumerate(nn))
        if not size:
            return nn[0]
        return wrap(tf.stack([cast(x._t, NP_TO_TF[typ]) for x in nn]))

    @staticmethod
    def _single(key: Any) -> ndarray:
        step, stop, start = key.step, key.stop, key.start
        if start is None:
            start = 0
        if isinstance(step, _COMPLEX):
            step_float = abs(step)
            step = length = int(step_float)
            if step != 1:
                step = (key.stop - start) / float(step - 1)
            typ = tnp_core.result_type(start, stop, step_float)
            return tnp_core.add(tnp_core.multiply(tnp_core.arange(0, length, 1, dtype=typ), step), start)  # type: ignore[no-any-return]
        return tnp_core.arange(start, stop, 1 if step is None else step)


class MGridClass(nd_grid):
    """`numpy.mgrid`: a dense mesh grid.

    Examples:
        >>> tnp.mgrid[0:2, 0:3]
        tnp.array([[[0, 0, 0],
                    [1, 1, 1]],
        <BLANKLINE>
                   [[0, 1, 2],
                    [0, 1, 2]]])
    """

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(sparse=False)


class OGridClass(nd_grid):
    """`numpy.ogrid`: an open mesh grid.

    Examples:
        >>> tnp.ogrid[0:2, 0:3]
        (tnp.array([[0],
                   [1]]), tnp.array([[0, 1, 2]]))
    """

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(sparse=True)


mgrid = MGridClass()
ogrid = OGridClass()


# ---- host iterators ----------------------------------------------------------------------------------------


def _host(arr: Any, name: str) -> np.ndarray[Any, Any]:
    """`arr` copied to a NumPy array (TypeError for a traced tensor inside tf.function)."""
    if isinstance(arr, (ndarray, tf.Tensor, tf.Variable)):
        t = to_tensor(arr)
        if is_symbolic(t):
            raise TypeError(
                f"{name} iterates on the host: it cannot be used on a traced tensor inside tf.function"
            )
        return np.asarray(t.numpy())
    return np.asarray(arr)


class ndenumerate:
    """`numpy.ndenumerate`: iterate over (index, value) pairs of an array.

    Yields (index tuple, NumPy scalar) pairs. The array is copied to the host first
    (eager only).

    Examples:
        >>> [(i, int(v)) for i, v in tnp.ndenumerate(tnp.array([[1, 2], [3, 4]]))]
        [((0, 0), 1), ((0, 1), 2), ((1, 0), 3), ((1, 1), 4)]
    """

    def __init__(self, arr: Any) -> None:
        self.iter = _host(arr, "ndenumerate").flat

    def __next__(self) -> tuple[tuple[int, ...], Any]:
        return (self.iter.coords, next(self.iter))

    def __iter__(self) -> Iterator[tuple[tuple[int, ...], Any]]:
        return self


def _broadcast_shape(shapes: list[tuple[int | None, ...]]) -> tuple[int | None, ...]:
    """NumPy's broadcast shape (None for a dimension unknown while tracing), with NumPy's ValueError."""
    nd = max((len(s) for s in shapes), default=0)
    out: list[int | None] = []
    for ax in range(nd):
        dims = [(i, s[len(s) - nd + ax]) for i, s in enumerate(shapes) if len(s) - nd + ax >= 0]
        sizes = {d for _, d in dims if d is not None and d != 1}
        if len(sizes) > 1:
            a, b = (next(i for i, d in dims if d == x) for x in sorted(sizes)[:2])
            a, b = min(a, b), max(a, b)
            raise ValueError(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
                f"arg {a} with shape {shapes[a]} and arg {b} with shape {shapes[b]}."
            )
        out.append(sizes.pop() if sizes else (None if any(d is None for _, d in dims) else 1))
    return tuple(out)


class broadcast:
    """`numpy.broadcast`: the broadcast shape (and iteration) of several arrays.

    The broadcast shape of the arguments (from their static shapes; None for a dimension
    unknown while tracing). Iterating, `iters`, `index` and `reset` copy the arrays to the host (eager only) and
    yield NumPy scalars.

    Examples:
        >>> b = tnp.broadcast(tnp.array([[1], [2]]), tnp.array([4, 5, 6]))
        >>> b.shape, b.size
        ((2, 3), 6)
    """

    def __init__(self, *arrays: Any) -> None:
        flat: list[Any] = []
        for a in arrays:
            flat.extend(a._arrays if isinstance(a, broadcast) else [a])
        if len(flat) > 64:
            raise ValueError("Need at least 0 and at most 64 array objects.")
        self._arrays: list[Any] = flat
        shapes = [
            tuple(to_tensor(a).shape.as_list()) if not isinstance(a, np.ndarray) else a.shape for a in flat
        ]
        self._shape = _broadcast_shape(shapes)
        self._it: Any = None

    def _iter(self) -> Any:
        if self._it is None:
            self._it = np.broadcast(*(_host(a, "broadcast") for a in self._arrays))
        return self._it

    @property
    def shape(self) -> tuple[int | None, ...]:
        return self._shape

    @property
    def ndim(self) -> int:
        return len(self._shape)

    @property
    def nd(self) -> int:
        return len(self._shape)

    @property
    def size(self) -> Any:
        return None if None in self._shape else math.prod(d for d in self._shape if d is not None)

    @property
    def numiter(self) -> int:
        return len(self._arrays)

    @property
    def iters(self) -> tuple[Any, ...]:
        return tuple(self._iter().iters)

    @property
    def index(self) -> int:
        return 0 if self._it is None else int(self._it.index)

    def reset(self) -> None:
        if self._it is not None:
            self._it.reset()

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return self

    def __next__(self) -> tuple[Any, ...]:
        return tuple(next(self._iter()))


__all__ = [
    "broadcast", "c_", "diag_indices", "diag_indices_from", "index_exp", "ix_", "mask_indices", "mgrid",
    "ndenumerate", "ndindex", "ogrid", "r_", "ravel_multi_index", "s_", "tril_indices", "tril_indices_from",
    "triu_indices", "triu_indices_from", "unravel_index",
]  # fmt: skip

_FUNCTIONS = [
    "diag_indices", "diag_indices_from", "ix_", "mask_indices", "ravel_multi_index", "tril_indices",
    "tril_indices_from", "triu_indices", "triu_indices_from", "unravel_index",
]  # fmt: skip
globals().update({name: translating(globals()[name]) for name in _FUNCTIONS})
