"""Products and diagonals: multi_dot, outer, cross, tensordot, vecdot, diagonal, trace.

outer, cross, tensordot and vecdot are tnp_core's main-namespace functions with numpy.linalg's stricter
argument checks. The other integer products are computed in int64 and cast back, which wraps exactly as NumPy's
fixed-width arithmetic does; bool products are logical (and/or), as in NumPy.
"""

from __future__ import annotations

import itertools
import warnings
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from numpy.exceptions import ComplexWarning
from tnp_core.extending import NP_TO_TF, TF_TO_NP, as_np_dtype, cast, ndarray, to_tensor, wrap

from ._util import LinAlgError, matmul_t, promote, select

__all__ = ["cross", "diagonal", "multi_dot", "outer", "tensordot", "trace", "vecdot"]


def _work(d: tf.DType) -> tf.DType:
    """The dtype products of `d` are computed in."""
    return tf.int64 if d == tf.bool or d.is_integer else d


def _finish(t: tf.Tensor, d: tf.DType) -> tf.Tensor:
    return tf.not_equal(t, 0) if d == tf.bool else cast(t, d)


def _promoted(*xs: Any) -> tuple[list[tf.Tensor], tf.DType]:
    ts = [to_tensor(x) for x in xs]
    d = promote(*ts)
    return [cast(t, _work(d)) for t in ts], d


def outer(x1: Any, x2: Any, /) -> ndarray:
    """Outer product of two 1-d arrays (`tnp.outer` restricted to 1-d input, as numpy.linalg.outer).

    Examples:
        >>> la.outer([1, 2], [3, 4, 5])
        tnp.array([[ 3,  4,  5],
                   [ 6,  8, 10]])
    """
    a, b = to_tensor(x1), to_tensor(x2)
    if a.shape.rank != 1 or b.shape.rank != 1:
        raise ValueError(
            "Input arrays must be one-dimensional, but they are "
            f"x1.ndim={a.shape.rank} and x2.ndim={b.shape.rank}."
        )
    return tnp_core.outer(a, b)


def cross(x1: Any, x2: Any, /, *, axis: int = -1) -> ndarray:
    """Cross product of (arrays of) 3-element vectors along `axis`.

    Examples:
        >>> la.cross([1, 0, 0], [0, 1, 0])
        tnp.array([0, 0, 1])
    """
    a, b = to_tensor(x1), to_tensor(x2)
    # NumPy reads x.shape[axis]: IndexError for a 0-d input or an axis out of range, TypeError for a bad axis
    na, nb = tuple(a.shape.as_list())[axis], tuple(b.shape.as_list())[axis]
    if (na is not None and na != 3) or (nb is not None and nb != 3):
        raise ValueError(
            "Both input arrays must be (arrays of) 3-dimensional vectors, "
            f"but they are {na} and {nb} dimensional instead."
        )
    return tnp_core.cross(a, b, axis=axis)


def tensordot(x1: Any, x2: Any, /, *, axes: Any = 2) -> ndarray:
    """Tensor dot product: `axes` an int N (last N axes of x1 with the first N of x2) or two lists of axes.

    Examples:
        >>> la.tensordot([[1, 2], [3, 4]], [[1, 0], [0, 1]], axes=1)
        tnp.array([[1, 2],
                   [3, 4]])
        >>> la.tensordot([[1, 2], [3, 4]], [[1, 0], [0, 1]])
        tnp.array(5)
    """
    return tnp_core.tensordot(x1, x2, axes=axes)


def vecdot(x1: Any, x2: Any, /, *, axis: int = -1) -> ndarray:
    """Vector dot product `sum(conj(x1) * x2)` over `axis`, after broadcasting.

    Examples:
        >>> la.vecdot([[1, 2], [3, 4]], [1, 1])
        tnp.array([3, 7])
        >>> la.vecdot([1j, 2], [1j, 3])
        tnp.array(7.+0.j)
    """
    if axis is None:  # NumPy passes it on to the gufunc, which checks the operands' dimensions first
        if to_tensor(x1).shape.rank == 0 or to_tensor(x2).shape.rank == 0:
            return tnp_core.vecdot(x1, x2)  # raises NumPy's ValueError
        raise TypeError("'NoneType' object cannot be interpreted as an integer")
    return tnp_core.vecdot(x1, x2, axis=axis)


def multi_dot(arrays: Any, *, out: Any = None) -> ndarray:
    """Matrix product of two or more arrays in the cheapest order (the first and last may be 1-d).

    With exactly two arrays this is `dot` (no dimension checks), as NumPy's.
    Differs from NumPy: inside `tf.function` with unknown (dynamic) shapes the order is left to right.

    Examples:
        >>> la.multi_dot([[1, 2], [[1, 0], [0, 1]], [3, 4]])
        tnp.array(11)
    """
    n = len(arrays)
    if n < 2:
        raise ValueError("Expecting at least two arrays.")
    if n == 2:  # NumPy's multi_dot is then dot, with no dimension checks
        return tnp_core.dot(arrays[0], arrays[1], out=out)
    ts, d = _promoted(*arrays)
    first_1d, last_1d = ts[0].shape.rank == 1, ts[-1].shape.rank == 1
    if first_1d:
        ts[0] = ts[0][tf.newaxis, :]
    if last_1d:
        ts[-1] = ts[-1][:, tf.newaxis]
    for t in ts:
        if t.shape.rank != 2:
            raise LinAlgError(f"{t.shape.rank}-dimensional array given. Array must be two-dimensional")
    for x, y in itertools.pairwise(ts):
        if x.shape[1] is not None and y.shape[0] is not None and x.shape[1] != y.shape[0]:
            raise ValueError(f"shapes {tuple(x.shape)} and {tuple(y.shape)} not aligned")
    dims = [t.shape[0] for t in ts] + [ts[-1].shape[1]]
    if None in dims:
        r = ts[0]
        for t in ts[1:]:
            r = matmul_t(r, t)
    else:
        r = _chain(ts, _chain_order([int(x) for x in dims]), 0, n - 1)
    if first_1d:
        r = r[0]
    if last_1d:
        r = r[..., 0]
    result = wrap(_finish(r, d))
    if out is not None:
        return tnp_core.positive(result, out=out)  # type: ignore[no-any-return]
    return result


def _chain_order(p: list[int]) -> list[list[int]]:
    """The matrix-chain split table for matrices of shapes (p[i], p[i+1]) (Cormen et al.)."""
    n = len(p) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(1, n):
        for i in range(n - length):
            j = i + length
            cost[i][j] = -1
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1]
                if cost[i][j] < 0 or c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k
    return split


def _chain(ts: list[tf.Tensor], split: list[list[int]], i: int, j: int) -> tf.Tensor:
    if i == j:
        return ts[i]
    k = split[i][j]
    return matmul_t(_chain(ts, split, i, k), _chain(ts, split, k + 1, j))


def _diag_t(t: tf.Tensor, offset: int) -> tf.Tensor:
    if t.shape.rank < 2:
        raise ValueError("diag requires an array of at least two dimensions")
    m, n = t.shape[-2], t.shape[-1]
    work = tf.int32 if t.dtype == tf.bool else t.dtype
    empty = tf.zeros(tf.concat([tf.shape(t)[:-2], [0]], 0), t.dtype)
    if m is not None and n is not None:
        if (min(m, n - offset) if offset >= 0 else min(m + offset, n)) <= 0:
            return empty
        return cast(tf.linalg.diag_part(cast(t, work), k=offset), t.dtype)
    shape = tf.shape(t)
    length = (
        tf.minimum(shape[-2], shape[-1] - offset)
        if offset >= 0
        else tf.minimum(shape[-2] + offset, shape[-1])
    )
    return select(
        length > 0, lambda: cast(tf.linalg.diag_part(cast(t, work), k=offset), t.dtype), lambda: empty
    )


def _offset(offset: Any) -> int:
    """A diagonal offset as NumPy reads it: a C int (OverflowError beyond it)."""
    k = int(offset)
    if not -(2**31) <= k < 2**31:
        raise OverflowError("Python int too large to convert to C int")
    return k


def diagonal(x: Any, /, *, offset: int = 0) -> ndarray:
    """Diagonals over the last two axes (`offset` > 0: above the main diagonal).

    Examples:
        >>> la.diagonal([[1, 2, 3], [4, 5, 6]], offset=1)
        tnp.array([2, 6])
    """
    return wrap(_diag_t(to_tensor(x), _offset(offset)))


def _sum_dtype(d: np.dtype[Any]) -> np.dtype[Any]:
    if d.kind == "b" or (d.kind == "i" and d.itemsize < 8):
        return np.dtype(np.int64)
    if d.kind == "u" and d.itemsize < 8:
        return np.dtype(np.uint64)
    return d


def trace(x: Any, /, *, offset: int = 0, dtype: Any = None) -> ndarray:
    """Sum along the diagonals of the last two axes (small ints accumulate in int64/uint64, as NumPy's sum).

    Examples:
        >>> la.trace([[1, 2], [3, 4]])
        tnp.array(5)
    """
    try:
        if dtype is not None:
            as_np_dtype(dtype)
    except TypeError:
        np.dtype(dtype)  # not a dtype at all: NumPy's TypeError comes before the dimension check
    diag = _diag_t(to_tensor(x), _offset(offset))
    d = _sum_dtype(TF_TO_NP[diag.dtype]) if dtype is None else as_np_dtype(dtype)
    target = NP_TO_TF[d]
    if diag.dtype.is_complex and not target.is_complex:
        warnings.warn(
            "Casting complex values to real discards the imaginary part", ComplexWarning, stacklevel=2
        )
    return wrap(_finish(tf.reduce_sum(cast(diag, _work(target)), -1), target))
