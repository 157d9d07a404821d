"""Norms and condition numbers: norm, vector_norm, matrix_norm, cond (every `ord`/`p` NumPy accepts)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import tensorflow as tf
from tnp_core.extending import TF_TO_NP, cast, ndarray, normalize_axes, normalize_axis, to_tensor, wrap

from ._decomp import svd
from ._util import LinAlgError, assert_stacked_2d, assert_stacked_square, is_eager, linalg_types

__all__ = ["cond", "matrix_norm", "norm", "vector_norm"]

_INF = math.inf


def _abs2(x: tf.Tensor) -> tf.Tensor:
    return tf.math.real(tf.math.conj(x) * x) if x.dtype.is_complex else x * x


def _check_not_empty(x: tf.Tensor, axes: tuple[int, ...]) -> None:
    if any(x.shape[a] == 0 for a in axes):
        raise ValueError("zero-size array to reduction operation minimum which has no identity")


def _max0(x: tf.Tensor, axis: int) -> tf.Tensor:
    """max along `axis` (keepdims) of non-negative values with NumPy's initial=0 (empty -> 0)."""
    if x.shape[axis] == 0:
        return tf.reduce_sum(x, axis, keepdims=True)
    return tf.reduce_max(x, axis, keepdims=True)


def _named_vector_order(ord: Any) -> bool:
    """`ord` selects one of NumPy's special-cased vector norms (compared as NumPy does: a list equals none, an
    array of more than one element raises ValueError)."""
    return bool(ord == _INF or ord == -_INF or ord == 0 or ord == 1 or ord is None or ord == 2)


def _vector_norm(x: tf.Tensor, ord: Any, ax: int) -> tf.Tensor:
    """The vector norm along `ax` with keepdims, for one of the orders `_named_vector_order` accepts."""
    if ord is None or ord == 2:
        return tf.sqrt(tf.reduce_sum(_abs2(x), ax, keepdims=True))
    absx = tf.abs(x)
    if ord == _INF:
        return _max0(absx, ax)
    if ord == -_INF:
        _check_not_empty(x, (ax,))
        return tf.reduce_min(absx, ax, keepdims=True)
    if ord == 0:
        return tf.reduce_sum(tf.cast(x != tf.zeros([], x.dtype), absx.dtype), ax, keepdims=True)
    return tf.reduce_sum(absx, ax, keepdims=True)  # ord == 1


def _power_loop(absx: tf.Tensor, ord: Any) -> np.dtype[Any]:
    """The dtype of NumPy's in-place `abs(x) **= ord` (its casting error for a complex `ord`)."""
    d = TF_TO_NP[absx.dtype]
    if isinstance(ord, int) and not -(2**63) <= ord < 2**63:
        raise OverflowError(
            f"ord={ord} does not fit in int64 (NumPy makes it an object array, which tnp lacks)"
        )
    other = type(ord) if type(ord) in (int, float, complex) else np.asarray(ord).dtype
    return np.power.resolve_dtypes((d, other, d), casting="same_kind")[0]


def _one_axis_norm(x: tf.Tensor, ord: Any, axis: int, keepdims: bool) -> tf.Tensor:
    """NumPy's vector branch, in its order: `ord` is compared first (an array of several values, or a string, fails
    there), then the reduction checks the axis (AxisError)."""
    if _named_vector_order(ord):
        ax = normalize_axis(axis, x.shape.rank)
        r = _vector_norm(x, ord, ax)
        return r if keepdims else tf.squeeze(r, [ax])
    if isinstance(ord, str):
        raise ValueError(f"Invalid norm order '{ord}' for vectors")
    return _power_norm(x, ord, axis, keepdims)


def _power_norm(x: tf.Tensor, ord: Any, axis: int, keepdims: bool) -> tf.Tensor:
    """NumPy's `sum(abs(x) ** ord) ** (1 / ord)`. An array-like `ord` (a list, or an array) broadcasts: in place
    into abs(x) and then into the sum, except into a 0-d one (a NumPy scalar, so the result takes ord's shape)."""
    absx = tf.abs(x)
    _power_loop(absx, ord)
    if _array_like(ord) or isinstance(ord, np.ndarray):
        p = np.asarray(ord)
        shape = tuple(absx.shape.as_list())
        if None in shape:
            raise NotImplementedError("norm: an array `ord` needs the shape of x known while tracing")
        if shape:
            _inplace_shape(shape, p.shape)
        pt = tf.constant(p, absx.dtype)
    else:
        pt = tf.constant(float(ord), absx.dtype)
    absx = tf.pow(absx, pt)
    r = tf.reduce_sum(absx, normalize_axis(axis, absx.shape.rank), keepdims=keepdims)
    if r.shape.rank and pt.shape.rank:
        _inplace_shape(tuple(r.shape.as_list()), tuple(pt.shape.as_list()))
    return tf.pow(r, 1 / pt)


def _inplace_shape(out: tuple[Any, ...], other: tuple[int, ...]) -> None:
    try:
        ok = np.broadcast_shapes(out, other) == out
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(
            f"non-broadcastable output operand with shape {out} doesn't match the broadcast shape"
        )


def _svd_norm(x: tf.Tensor, row: int, col: int, op: str) -> tf.Tensor:
    nd = x.shape.rank
    perm = [i for i in range(nd) if i not in (row, col)] + [row, col]
    s = svd(tf.transpose(x, perm), compute_uv=False)._t
    if op == "max":
        r = _max0(s, -1)[..., 0]
    elif op == "min":
        _check_not_empty(s, (s.shape.rank - 1,))
        r = tf.reduce_min(s, -1)
    else:
        r = tf.reduce_sum(s, -1)
    for a in sorted((row, col)):
        r = tf.expand_dims(r, a)
    return r


def _matrix_norm(x: tf.Tensor, ord: Any, row: int, col: int) -> tf.Tensor:
    """The matrix norm over axes (row, col) with keepdims."""
    if row == col:
        raise ValueError("Duplicate axes given.")
    if ord in (None, "fro", "f"):
        return tf.sqrt(tf.reduce_sum(_abs2(x), [row, col], keepdims=True))
    if ord == 2:
        return _svd_norm(x, row, col, "max")
    if ord == -2:
        return _svd_norm(x, row, col, "min")
    if ord == "nuc":
        return _svd_norm(x, row, col, "sum")
    if ord in (1, -1, _INF, -_INF):
        first, second = (
            (row, col) if ord in (1, -1) else (col, row)
        )  # sum over `first`, then max/min over `second`
        sums = tf.reduce_sum(tf.abs(x), first, keepdims=True)
        if ord > 0:
            return _max0(sums, second)
        _check_not_empty(x, (second,))
        return tf.reduce_min(sums, second, keepdims=True)
    raise ValueError("Invalid norm order for matrices.")


def _inexact(x: tf.Tensor) -> tf.Tensor:
    if not issubclass(TF_TO_NP[x.dtype].type, np.inexact):
        return cast(x, tf.float64)
    return x


def _array_like(ord: Any) -> bool:
    return isinstance(ord, (list, tuple)) or (isinstance(ord, np.ndarray) and ord.ndim > 0)


def _norm_t(x: tf.Tensor, ord: Any = None, axis: Any = None, keepdims: bool = False) -> tf.Tensor:
    x = _inexact(x)
    nd = x.shape.rank
    if isinstance(ord, ndarray):  # compared as NumPy compares an array (ValueError unless it has one element)
        ord = np.asarray(ord)
        ord = ord[()] if ord.ndim == 0 else ord
    if axis is None:
        if ord is None or (ord in ("f", "fro") and nd == 2) or (ord == 2 and nd == 1):
            r = tf.sqrt(tf.reduce_sum(_abs2(x)))
            return tf.reshape(r, [1] * nd) if keepdims else r
        axis = tuple(range(nd))
    elif not isinstance(axis, tuple):
        try:
            axis = (int(axis),)  # NumPy's int(): a float axis is truncated
        except (TypeError, ValueError) as exc:
            raise TypeError("'axis' must be None, an integer or a tuple of integers") from exc
    if len(axis) == 1:
        return _one_axis_norm(x, ord, axis[0], keepdims)
    if len(axis) == 2:
        row, col = normalize_axis(axis[0], nd), normalize_axis(axis[1], nd)
        r = _matrix_norm(x, ord, row, col)
        return r if keepdims else tf.squeeze(r, [row, col])
    raise ValueError("Improper number of dimensions to norm.")


def norm(x: Any, ord: Any = None, axis: Any = None, keepdims: bool = False) -> ndarray:
    """Vector or matrix norm: every vector and matrix `ord` NumPy has (integer input is computed in float64).

    Examples:
        >>> la.norm([3.0, 4.0])
        tnp.array(5.)
        >>> la.norm([[1, 2], [3, 4]], ord=1)
        tnp.array(6.)
    """
    return wrap(_norm_t(to_tensor(x), ord, axis, keepdims))


def vector_norm(x: Any, /, *, axis: Any = None, keepdims: bool = False, ord: Any = 2) -> ndarray:
    """Vector norm over `axis` (None: all axes, or a tuple of axes).

    Examples:
        >>> la.vector_norm([[3.0, 4.0], [6.0, 8.0]], axis=1)
        tnp.array([ 5., 10.])
    """
    t = to_tensor(x)
    shape = t.shape
    if axis is None:
        flat, ax = tf.reshape(t, [-1]), 0
    elif isinstance(axis, tuple):
        axes = normalize_axes(axis, t.shape.rank)
        rest = [i for i in range(t.shape.rank) if i not in axes]
        moved = tf.transpose(t, list(axes) + rest)
        flat = tf.reshape(moved, tf.concat([[-1], tf.shape(moved)[len(axes) :]], 0))
        flat = tf.ensure_shape(flat, [None, *(shape[i] for i in rest)])
        ax = 0
    else:
        flat, ax = t, axis
    r = _norm_t(flat, ord, ax)
    if keepdims:
        kept = normalize_axes(tuple(range(shape.rank)) if axis is None else axis, shape.rank)
        for a in sorted(kept):
            r = tf.expand_dims(r, a)
    return wrap(r)


def matrix_norm(x: Any, /, *, keepdims: bool = False, ord: Any = "fro") -> ndarray:
    """Matrix norm over the last two axes (`ord`: 'fro', 'nuc', 1, -1, 2, -2, inf, -inf).

    Examples:
        >>> la.matrix_norm([[1.0, 2.0], [3.0, 4.0]], ord=1)
        tnp.array(6.)
        >>> la.matrix_norm([[1.0, 2.0], [3.0, 4.0]], ord="nuc").round(4)
        tnp.array(5.831)
    """
    return norm(x, axis=(-2, -1), keepdims=keepdims, ord=ord)


def _inv_or_nan(t: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """(inverse, singular mask) of a stack of matrices; singular ones give NaN. Eager only: inside tf.function
    a singular matrix makes the inverse fail at run time (TensorFlow's InvalidArgumentError)."""
    try:
        return tf.linalg.inv(t), tf.zeros(tf.shape(t)[:-2], tf.bool)
    except tf.errors.InvalidArgumentError:
        pass
    n = t.shape[-1]
    flat = tf.reshape(t, [-1, n, n])
    invs, bad = [], []
    for i in range(flat.shape[0]):
        try:
            invs.append(tf.linalg.inv(flat[i]))
            bad.append(False)
        except tf.errors.InvalidArgumentError:
            invs.append(tf.fill([n, n], tf.constant(math.nan, t.dtype)))
            bad.append(True)
    return tf.reshape(tf.stack(invs), tf.shape(t)), tf.reshape(tf.constant(bad), tf.shape(t)[:-2])


def cond(x: Any, p: Any = None) -> ndarray:
    """Condition number of a matrix in the norm `p` (None: 2-norm, from the singular values).

    Differs from NumPy: for `p` other than None/2/-2 a singular matrix gives inf eagerly (as NumPy), but
    inside `tf.function` the call fails at run time (TensorFlow's InvalidArgumentError from the inverse).

    Examples:
        >>> la.cond([[1.0, 0.0], [0.0, 2.0]])
        tnp.array(2.)
        >>> la.cond([[1.0, 0.0], [0.0, 2.0]], p=1).round(4)
        tnp.array(2.)
    """
    t = to_tensor(x)
    assert_stacked_2d(t)
    if t.shape.num_elements() == 0 and (t.shape[-2] == 0 or t.shape[-1] == 0):
        raise LinAlgError("cond is not defined on empty arrays")
    if p is None or (not isinstance(p, str) and p in (2, -2)):
        s = svd(t, compute_uv=False)._t
        r = s[..., -1] / s[..., 0] if p == -2 else s[..., 0] / s[..., -1]
    else:
        assert_stacked_square(t)
        comp, res = linalg_types(t)
        t = cast(t, comp)
        invx, singular = _inv_or_nan(t)
        if p == "nuc" and is_eager(singular) and bool(tf.reduce_any(singular)):
            raise LinAlgError("SVD did not converge")  # NumPy takes the SVD of the NaN inverse
        r = _norm_t(t, p, (-2, -1)) * _norm_t(invx, p, (-2, -1))
        r = cast(tf.where(singular, tf.constant(math.nan, r.dtype), r), res.real_dtype)
    nan_in_x = tf.reduce_any(tf.math.is_nan(tf.abs(_inexact(t))), [-2, -1])
    r = tf.where(tf.math.is_nan(r) & ~nan_in_x, tf.constant(math.inf, r.dtype), r)
    return wrap(r)
