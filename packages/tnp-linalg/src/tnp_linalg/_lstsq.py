"""SVD-based least squares and ranks: lstsq, pinv, matrix_rank (NumPy's minimum-norm results and cutoffs)."""

from __future__ import annotations

from typing import Any

import numpy as np
import tensorflow as tf
from tnp_core.extending import TF_TO_NP, cast, ndarray, to_tensor, wrap

from ._decomp import svd
from ._util import LinAlgError, assert_2d, assert_stacked_2d, is_eager, linalg_types, select

__all__ = ["lstsq", "matrix_rank", "pinv"]

_NoValue: Any = object()


def _max_dim(t: tf.Tensor, dtype: tf.DType) -> tf.Tensor:
    m, n = t.shape[-2], t.shape[-1]
    if m is not None and n is not None:
        return tf.constant(max(m, n), dtype)
    return tf.cast(tf.reduce_max(tf.shape(t)[-2:]), dtype)


def _pinv_from_svd(
    s: tf.Tensor, u: tf.Tensor, v: tf.Tensor, cutoff: tf.Tensor
) -> tuple[tf.Tensor, tf.Tensor]:
    """(V diag(1/s where s > cutoff) U^H, mask of kept singular values)."""
    large = s > cutoff
    sinv = tf.where(large, 1 / tf.where(large, s, tf.ones_like(s)), tf.zeros_like(s))
    res = tf.linalg.matmul(v * cast(sinv, v.dtype)[..., tf.newaxis, :], u, adjoint_b=True)
    return res, large


def lstsq(a: Any, b: Any, rcond: Any = None) -> tuple[ndarray, ndarray, ndarray, ndarray]:
    """Least-squares solution of `a @ x = b`: `(x, residuals, rank, s)`, minimum-norm, from the SVD.

    Differs from NumPy: `rank` is a 0-d int32 array; inside `tf.function` the length of `residuals` ((k,) when
    rank == n < m, else (0,)) is decided at run time (its static shape is unknown).

    Examples:
        >>> x, residuals, rank, s = la.lstsq([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]], [1.0, 2.0, 3.0])
        >>> x.round(4), rank
        (tnp.array([1., 1.]), tnp.array(2, dtype=int32))
    """
    ta, tb = to_tensor(a), to_tensor(b)
    vector = tb.shape.rank == 1
    if vector:
        tb = tb[:, tf.newaxis]
    assert_2d(ta)
    assert_2d(tb)
    m, n = ta.shape[-2], ta.shape[-1]
    if m is not None and tb.shape[-2] is not None and m != tb.shape[-2]:
        raise LinAlgError("Incompatible dimensions")
    comp, res = linalg_types(ta, tb)
    real = comp.real_dtype
    ta, tb = cast(ta, comp), cast(tb, comp)
    if rcond is None:
        rc = np.finfo(np.float64).eps * _max_dim(ta, real)
    else:
        rc = cast(to_tensor(rcond), real)
        rc = tf.where(rc < 0, tf.constant(np.finfo(np.float64).eps, real), rc)
    s, u, v = tf.linalg.svd(ta, full_matrices=False)
    smax = tf.reduce_max(tf.concat([s, tf.zeros([1], real)], 0))
    p, large = _pinv_from_svd(s, u, v, rc * smax)
    x = tf.linalg.matmul(p, tb)
    rank = tf.reduce_sum(tf.cast(large, tf.int32))
    r = tb - tf.linalg.matmul(ta, x)
    sums = tf.reduce_sum(tf.math.real(tf.math.conj(r) * r), 0)
    dims = tf.shape(ta)
    full = (dims[0] > dims[1]) & (rank == dims[1])  # NumPy reports residuals only for full rank and m > n
    if m is not None and n is not None and m <= n:
        resid = tf.zeros([0], real)
    else:
        resid = select(full, lambda: sums, lambda: tf.zeros([0], real))
    if vector:
        x = x[:, 0]
    return wrap(cast(x, res)), wrap(cast(resid, res.real_dtype)), wrap(rank), wrap(cast(s, res.real_dtype))


def pinv(a: Any, rcond: Any = None, hermitian: bool = False, *, rtol: Any = _NoValue) -> ndarray:
    """Moore-Penrose pseudo-inverse from the SVD (default cutoff: 1e-15 * largest singular value, as NumPy).

    Differs from NumPy: empty integer input stays integer (NumPy's quirk) only when the emptiness is static.

    Examples:
        >>> la.pinv([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]])
        tnp.array([[1. , 0. , 0. ],
                   [0. , 0.5, 0. ]])
    """
    t = to_tensor(a)
    assert_stacked_2d(t)
    if rcond is None:
        if rtol is _NoValue:
            rcond = 1e-15
        elif rtol is None:
            rcond = _max_dim(t, tf.float64) * float(np.finfo(TF_TO_NP[t.dtype]).eps)
        else:
            rcond = rtol
    elif rtol is not _NoValue:
        raise ValueError("`rtol` and `rcond` can't be both set.")
    m, n = t.shape[-2], t.shape[-1]
    if m == 0 or n == 0:
        shape = tf.concat([tf.shape(t)[:-2], [n, m]], 0)
        return wrap(tf.zeros(shape, t.dtype))
    comp, res = linalg_types(t)
    t = cast(t, comp)
    if hermitian:
        usv = svd(t, full_matrices=False, hermitian=True)
        u, s, v = usv.U._t, usv.S._t, tf.linalg.adjoint(usv.Vh._t)
    else:
        s, u, v = tf.linalg.svd(t, full_matrices=False)
    rc = cast(to_tensor(rcond), s.dtype)[..., tf.newaxis]
    cutoff = rc * tf.reduce_max(s, -1, keepdims=True)
    p, _ = _pinv_from_svd(s, u, v, cutoff)
    return wrap(cast(p, res))


def matrix_rank(
    A: Any,  # noqa: N803 (NumPy's name)
    tol: Any = None,
    hermitian: bool = False,
    *,
    rtol: Any = None,
) -> Any:
    """Rank of a matrix (or stack of matrices) from its singular values (int64, NumPy's default tolerance).

    Differs from NumPy: for ndim < 2 the Python int NumPy returns is a 0-d int64 array inside `tf.function`.

    Examples:
        >>> la.matrix_rank([[1.0, 2.0], [2.0, 4.0]])
        tnp.array(1)
        >>> la.matrix_rank([1, 0])
        1
    """
    if rtol is not None and tol is not None:
        raise ValueError("`tol` and `rtol` can't be both set.")
    t = to_tensor(A)
    if t.shape.rank < 2:
        nonzero = tf.reduce_any(t != tf.zeros([], t.dtype))
        return int(bool(nonzero)) if is_eager(nonzero) else wrap(tf.cast(nonzero, tf.int64))
    s = svd(t, compute_uv=False, hermitian=hermitian)._t
    smax = tf.reduce_max(tf.concat([s, tf.zeros(tf.concat([tf.shape(s)[:-1], [1]], 0), s.dtype)], -1), -1)
    if tol is None:
        if rtol is None:
            r = _max_dim(t, s.dtype) * float(np.finfo(TF_TO_NP[s.dtype]).eps)
        else:
            r = cast(to_tensor(rtol), s.dtype)
        cutoff = (smax * r)[..., tf.newaxis]
    else:
        cutoff = cast(to_tensor(tol), s.dtype)[..., tf.newaxis]
    return wrap(tf.reduce_sum(tf.cast(s > cutoff, tf.int64), -1))
