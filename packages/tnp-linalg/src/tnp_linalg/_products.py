"""Products and diagonals: multi_dot, outer, cross, tensordot, vecdot, diagonal, trace.

Integer products are computed in int64 and cast back, which wraps exactly as NumPy's fixed-width arithmetic
does; bool products are logical (and/or), as in NumPy.
"""

from __future__ import annotations

import itertools
import warnings
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from numpy.exceptions import ComplexWarning
from tnp_core.extending import NP_TO_TF, TF_TO_NP, as_np_dtype, cast, ndarray, normalize_axis, to_tensor, wrap

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


def _moveaxis(t: tf.Tensor, src: int, dst: int) -> tf.Tensor:
    nd = t.shape.rank
    src, dst = normalize_axis(src, nd), normalize_axis(dst, nd)
    perm = [i for i in range(nd) if i != src]
    perm.insert(dst, src)
    return tf.transpose(t, perm)


def outer(x1: Any, x2: Any, /) -> ndarray:
    """`numpy.linalg.outer` (1-d inputs only)."""
    (a, b), d = _promoted(x1, x2)
    if a.shape.rank != 1 or b.shape.rank != 1:
        raise ValueError(
            "Input arrays must be one-dimensional, but they are "
            f"x1.ndim={a.shape.rank} and x2.ndim={b.shape.rank}."
        )
    return wrap(_finish(a[:, tf.newaxis] * b[tf.newaxis, :], d))


def cross(x1: Any, x2: Any, /, *, axis: int = -1) -> ndarray:
    """`numpy.linalg.cross` (3-element vectors only, as NumPy's array-API version)."""
    (a, b), d = _promoted(x1, x2)
    if d == tf.bool:
        raise TypeError("numpy boolean subtract, the `-` operator, is not supported (cross of bool arrays)")
    na, nb = a.shape[axis] if a.shape.rank else None, b.shape[axis] if b.shape.rank else None
    if a.shape.rank == 0 or b.shape.rank == 0 or (na is not None and na != 3) or (nb is not None and nb != 3):
        raise ValueError(
            "Both input arrays must be (arrays of) 3-dimensional vectors, "
            f"but they are {na} and {nb} dimensional instead."
        )
    a = _moveaxis(a, axis, -1)
    b = _moveaxis(b, axis, -1)
    a0, a1, a2 = a[..., 0], a[..., 1], a[..., 2]
    b0, b1, b2 = b[..., 0], b[..., 1], b[..., 2]
    r = tf.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], -1)
    out_axis = normalize_axis(axis, r.shape.rank)
    return wrap(_finish(_moveaxis(r, -1, out_axis), d))


def _tensordot_axes(axes: Any, ra: int, rb: int) -> tuple[list[int], list[int]]:
    try:
        n = int(axes)
    except TypeError:
        xa, xb = axes
        la = [xa] if isinstance(xa, int) else list(xa)
        lb = [xb] if isinstance(xb, int) else list(xb)
        if len(la) != len(lb):
            raise ValueError("shape-mismatch for sum") from None
        return [normalize_axis(x, ra) for x in la], [normalize_axis(x, rb) for x in lb]
    if n < 0 or n > ra or n > rb:
        raise ValueError("shape-mismatch for sum")
    return list(range(ra - n, ra)), list(range(n))


def tensordot(x1: Any, x2: Any, /, *, axes: Any = 2) -> ndarray:
    """`numpy.linalg.tensordot`."""
    (a, b), d = _promoted(x1, x2)
    la, lb = _tensordot_axes(axes, a.shape.rank, b.shape.rank)
    for i, j in zip(la, lb):
        if a.shape[i] is not None and b.shape[j] is not None and a.shape[i] != b.shape[j]:
            raise ValueError("shape-mismatch for sum")
    return wrap(_finish(tf.tensordot(a, b, [la, lb]), d))


def vecdot(x1: Any, x2: Any, /, *, axis: int = -1) -> ndarray:
    """`numpy.linalg.vecdot`: sum(conj(x1) * x2) over `axis` after broadcasting."""
    (a, b), d = _promoted(x1, x2)
    if a.shape.rank == 0 or b.shape.rank == 0:
        raise ValueError("vecdot: Input operand does not have enough dimensions")
    a = _moveaxis(a, axis, -1)
    b = _moveaxis(b, axis, -1)
    na, nb = a.shape[-1], b.shape[-1]
    if na is not None and nb is not None and na != nb:
        raise ValueError(
            "vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
            f"(n),(n)->() (size {nb} is different from {na})"
        )
    prod = tf.math.conj(a) * b if a.dtype.is_complex else a * b
    return wrap(_finish(tf.reduce_sum(prod, -1), d))


def multi_dot(arrays: Any, *, out: Any = None) -> ndarray:
    """`numpy.linalg.multi_dot` in the cheapest order (left to right if shapes are unknown while tracing)."""
    ts, d = _promoted(*arrays)
    n = len(ts)
    if n < 2:
        raise ValueError("Expecting at least two arrays.")
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


def diagonal(x: Any, /, *, offset: int = 0) -> ndarray:
    """`numpy.linalg.diagonal` (over the last two axes)."""
    return wrap(_diag_t(to_tensor(x), int(offset)))


def _sum_dtype(d: np.dtype[Any]) -> np.dtype[Any]:
    if d.kind == "b" or (d.kind == "i" and d.itemsize < 8):
        return np.dtype(np.int64)
    if d.kind == "u" and d.itemsize < 8:
        return np.dtype(np.uint64)
    return d


def trace(x: Any, /, *, offset: int = 0, dtype: Any = None) -> ndarray:
    """`numpy.linalg.trace` (over the last two axes; small ints accumulate in int64/uint64 as NumPy's sum)."""
    diag = _diag_t(to_tensor(x), int(offset))
    d = _sum_dtype(TF_TO_NP[diag.dtype]) if dtype is None else as_np_dtype(dtype)
    target = NP_TO_TF[d]
    if diag.dtype.is_complex and not target.is_complex:
        warnings.warn(
            "Casting complex values to real discards the imaginary part", ComplexWarning, stacklevel=2
        )
    return wrap(_finish(tf.reduce_sum(cast(diag, _work(target)), -1), target))
