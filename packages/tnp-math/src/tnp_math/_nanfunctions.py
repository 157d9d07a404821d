"""NumPy's nan-functions: reductions that skip NaN (nansum, nanmean, nanmin, nanargmax, nanquantile, ...).

Each one replaces or masks the NaNs and calls tnp-core's reduction; nanmedian/nanquantile/nanpercentile call
`_statistics.quantile_along(..., ignore_nan=True)`, the kernel of quantile. Integer and bool inputs behave like the
non-nan function, as in NumPy. Differs from NumPy: an all-NaN slice gives NaN without a RuntimeWarning
(nanmin, nanmax, nanmean, nanvar, nanstd, nanmedian, nanquantile); inside `tf.function` nanargmin/nanargmax
cannot raise on an all-NaN slice (they return the index the NaN-filled array gives); complex nanmin/nanmax
fill NaNs with +-inf+0j, so a slice whose other values are all (+-inf + imaginary) can differ; `overwrite_input`
is accepted and ignored; `weights=` is not supported (NotImplementedError). For nanquantile/nanpercentile with
a non-scalar q, NumPy's result dtype depends on the data (an all-NaN 1-D input or first slice keeps the input's
float dtype); we always give NumPy's usual dtype, result_type(a, q). A zero-size input gives NumPy's result
(nanmean's) only when its shape is known; while tracing with unknown dimensions the result has q's dimensions too.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import (
    as_np_dtype,
    cast,
    is_symbolic,
    ndarray,
    normalize_axes,
    store,
    to_tensor,
)

from ._statistics import METHODS, check_q, quantile_along

_NO_VALUE: Any = np._NoValue  # NumPy's "argument not given" sentinel


def _inexact(t: tf.Tensor) -> bool:
    return bool(t.dtype.is_floating or t.dtype.is_complex)


def _isnan(t: tf.Tensor) -> tf.Tensor:
    if t.dtype.is_complex:
        return tf.math.logical_or(tf.math.is_nan(tf.math.real(t)), tf.math.is_nan(tf.math.imag(t)))
    return tf.math.is_nan(t)


def _replace_nan(t: tf.Tensor, value: Any) -> tf.Tensor:
    return tf.where(_isnan(t), tf.constant(value, t.dtype), t)


def _valid(t: tf.Tensor, where: Any) -> tf.Tensor:
    """The mask of non-NaN elements, and-ed with `where=`."""
    m = tf.math.logical_not(_isnan(t))
    if where is not True and where is not _NO_VALUE:
        m = tf.math.logical_and(m, tf.broadcast_to(to_tensor(where, np.dtype(bool)), tf.shape(t)))
    return m


def _kw(**kwargs: Any) -> dict[str, Any]:
    """Only the arguments that were given (NumPy's _NoValue convention)."""
    return {k: v for k, v in kwargs.items() if v is not _NO_VALUE}


# ---- sum, prod, cumsum, cumprod -----------------------------------------------------------------------------
def nansum(
    a: Any,
    axis: Any = None,
    dtype: Any = None,
    out: Any = None,
    keepdims: Any = _NO_VALUE,
    initial: Any = _NO_VALUE,
    where: Any = _NO_VALUE,
) -> ndarray:
    """`numpy.nansum`: NaNs count as zero.

    Examples:
        >>> tnp.nansum(tnp.array([1.0, tnp.nan, 3.0]))
        tnp.array(4.)
    """
    t = to_tensor(a)
    if _inexact(t):
        t = _replace_nan(t, 0)
    return tnp_core.sum(t, axis, dtype, out, **_kw(keepdims=keepdims, initial=initial, where=where))


def nanprod(
    a: Any,
    axis: Any = None,
    dtype: Any = None,
    out: Any = None,
    keepdims: Any = _NO_VALUE,
    initial: Any = _NO_VALUE,
    where: Any = _NO_VALUE,
) -> ndarray:
    """`numpy.nanprod`: NaNs count as one.

    Examples:
        >>> tnp.nanprod(tnp.array([2.0, tnp.nan, 3.0]))
        tnp.array(6.)
    """
    t = to_tensor(a)
    if _inexact(t):
        t = _replace_nan(t, 1)
    return tnp_core.prod(t, axis, dtype, out, **_kw(keepdims=keepdims, initial=initial, where=where))


def nancumsum(a: Any, axis: Any = None, dtype: Any = None, out: Any = None) -> ndarray:
    """`numpy.nancumsum`: NaNs count as zero.

    Examples:
        >>> tnp.nancumsum(tnp.array([1.0, tnp.nan, 3.0]))
        tnp.array([1., 1., 4.])
    """
    t = to_tensor(a)
    return tnp_core.cumsum(_replace_nan(t, 0) if _inexact(t) else t, axis, dtype, out)


def nancumprod(a: Any, axis: Any = None, dtype: Any = None, out: Any = None) -> ndarray:
    """`numpy.nancumprod`: NaNs count as one.

    Examples:
        >>> tnp.nancumprod(tnp.array([2.0, tnp.nan, 3.0]))
        tnp.array([2., 2., 6.])
    """
    t = to_tensor(a)
    return tnp_core.cumprod(_replace_nan(t, 1) if _inexact(t) else t, axis, dtype, out)


# ---- mean, var, std -----------------------------------------------------------------------------------------
def nanmean(
    a: Any,
    axis: Any = None,
    dtype: Any = None,
    out: Any = None,
    keepdims: Any = _NO_VALUE,
    *,
    where: Any = _NO_VALUE,
) -> ndarray:
    """`numpy.nanmean`: the mean of the non-NaN elements; an all-NaN slice gives NaN (no warning).

    Examples:
        >>> tnp.nanmean(tnp.array([[1.0, tnp.nan], [3.0, 4.0]]), axis=0)
        tnp.array([2., 4.])
    """
    t = to_tensor(a)
    if not _inexact(t):
        return tnp_core.mean(t, axis, dtype, out, **_kw(keepdims=keepdims, where=where))
    if dtype is not None and as_np_dtype(dtype).kind not in "fc":
        raise TypeError("If a is inexact, then dtype must be inexact")
    kd = False if keepdims is _NO_VALUE else keepdims
    return tnp_core.mean(_replace_nan(t, 0), axis, dtype, out, kd, where=_valid(t, where))


def _nanvar(
    a: Any,
    axis: Any,
    dtype: Any,
    out: Any,
    ddof: Any,
    keepdims: Any,
    where: Any,
    mean: Any,
    correction: Any,
    sqrt: bool,
) -> ndarray:
    fn = tnp_core.std if sqrt else tnp_core.var
    t = to_tensor(a)
    if not _inexact(t):
        kw = _kw(keepdims=keepdims, where=where, mean=mean, correction=correction)
        return fn(t, axis, dtype, out, ddof, **kw)
    if dtype is not None and as_np_dtype(dtype).kind not in "fc":
        raise TypeError("If a is inexact, then dtype must be inexact")
    if correction is not _NO_VALUE:
        if ddof != 0:
            raise ValueError("ddof and correction can't be provided simultaneously.")
        ddof = correction
    kd = False if keepdims is _NO_VALUE else bool(keepdims)
    valid = _valid(t, where)
    m = None if mean is _NO_VALUE else mean
    r = fn(_replace_nan(t, 0), axis, dtype, None, 0, kd, where=valid, mean=m, correction=ddof)._t
    # as NumPy: n - ddof <= 0 gives NaN (core's var gives inf there)
    n = tnp_core.sum(valid, axis, keepdims=kd)._t
    host = isinstance(ddof, (int, float, np.number))  # tf.cast of a Python float goes through float32 (1e300)
    bad = tf.cast(n, tf.float64) - (float(ddof) if host else tf.cast(ddof, tf.float64)) <= 0
    r = tf.where(bad, tf.constant(np.nan, r.dtype), r)
    return store(r, out, "std" if sqrt else "var")


def nanvar(
    a: Any,
    axis: Any = None,
    dtype: Any = None,
    out: Any = None,
    ddof: Any = 0,
    keepdims: Any = _NO_VALUE,
    *,
    where: Any = _NO_VALUE,
    mean: Any = _NO_VALUE,
    correction: Any = _NO_VALUE,
) -> ndarray:
    """`numpy.nanvar`: the variance of the non-NaN elements; fewer than ddof+1 of them gives NaN (no warning).

    Examples:
        >>> tnp.nanvar(tnp.array([1.0, tnp.nan, 3.0]))
        tnp.array(1.)
    """
    return _nanvar(a, axis, dtype, out, ddof, keepdims, where, mean, correction, False)


def nanstd(
    a: Any,
    axis: Any = None,
    dtype: Any = None,
    out: Any = None,
    ddof: Any = 0,
    keepdims: Any = _NO_VALUE,
    *,
    where: Any = _NO_VALUE,
    mean: Any = _NO_VALUE,
    correction: Any = _NO_VALUE,
) -> ndarray:
    """`numpy.nanstd`: the standard deviation of the non-NaN elements (see `nanvar`).

    Examples:
        >>> tnp.nanstd(tnp.array([1.0, tnp.nan, 3.0]))
        tnp.array(1.)
    """
    return _nanvar(a, axis, dtype, out, ddof, keepdims, where, mean, correction, True)


# ---- min, max, argmin, argmax -------------------------------------------------------------------------------
def _nanextreme(
    is_max: bool, a: Any, axis: Any, out: Any, keepdims: Any, initial: Any, where: Any
) -> ndarray:
    fn = tnp_core.max if is_max else tnp_core.min
    t = to_tensor(a)
    kw = _kw(keepdims=keepdims, initial=initial, where=where)
    if not _inexact(t):
        return fn(t, axis, out, **kw)
    fill = -np.inf if is_max else np.inf
    r = fn(_replace_nan(t, fill), axis, None, **kw)._t
    if initial is _NO_VALUE:  # with no initial value an all-NaN slice gives NaN
        invalid = tf.math.logical_not(_valid(t, where))
        kd = False if keepdims is _NO_VALUE else bool(keepdims)
        all_nan = tnp_core.all(invalid, axis, keepdims=kd)._t
        r = tf.where(all_nan, tf.constant(np.nan, r.dtype), r)
    return store(r, out, "fmax" if is_max else "fmin")


def nanmin(
    a: Any,
    axis: Any = None,
    out: Any = None,
    keepdims: Any = _NO_VALUE,
    initial: Any = _NO_VALUE,
    where: Any = _NO_VALUE,
) -> ndarray:
    """`numpy.nanmin`: the minimum ignoring NaNs; an all-NaN slice gives NaN (no warning).

    Examples:
        >>> tnp.nanmin(tnp.array([[1.0, tnp.nan], [3.0, 0.5]]), axis=1)
        tnp.array([1. , 0.5])
    """
    return _nanextreme(False, a, axis, out, keepdims, initial, where)


def nanmax(
    a: Any,
    axis: Any = None,
    out: Any = None,
    keepdims: Any = _NO_VALUE,
    initial: Any = _NO_VALUE,
    where: Any = _NO_VALUE,
) -> ndarray:
    """`numpy.nanmax`: the maximum ignoring NaNs; an all-NaN slice gives NaN (no warning).

    Examples:
        >>> tnp.nanmax(tnp.array([1.0, tnp.nan, 3.0]))
        tnp.array(3.)
    """
    return _nanextreme(True, a, axis, out, keepdims, initial, where)


def _nanarg(is_max: bool, a: Any, axis: Any, out: Any, keepdims: Any) -> ndarray:
    fn = tnp_core.argmax if is_max else tnp_core.argmin
    kd = False if keepdims is _NO_VALUE else bool(keepdims)
    t = to_tensor(a)
    if not _inexact(t):
        return fn(t, axis, out, keepdims=kd)
    r = fn(_replace_nan(t, -np.inf if is_max else np.inf), axis, out, keepdims=kd)
    all_nan = tnp_core.all(_isnan(t), axis)._t
    if not is_symbolic(all_nan) and bool(tf.reduce_any(all_nan)):
        raise ValueError("All-NaN slice encountered")
    return r


def nanargmin(a: Any, axis: Any = None, out: Any = None, *, keepdims: Any = _NO_VALUE) -> ndarray:
    """`numpy.nanargmin` (int64). Differs: inside tf.function an all-NaN slice does not raise.

    Examples:
        >>> tnp.nanargmin(tnp.array([tnp.nan, 2.0, 1.0]))
        tnp.array(2)
    """
    return _nanarg(False, a, axis, out, keepdims)


def nanargmax(a: Any, axis: Any = None, out: Any = None, *, keepdims: Any = _NO_VALUE) -> ndarray:
    """`numpy.nanargmax` (int64). Differs: inside tf.function an all-NaN slice does not raise.

    Examples:
        >>> tnp.nanargmax(tnp.array([tnp.nan, 2.0, 1.0]))
        tnp.array(1)
    """
    return _nanarg(True, a, axis, out, keepdims)


# ---- median, percentile, quantile: _statistics.quantile_along(..., ignore_nan=True) ------------------------
def _quantile(
    a: Any, q: Any, axis: Any, out: Any, method: str, keepdims: Any, weights: Any, scale: int
) -> ndarray:
    """Quantiles of the non-NaN elements, as NumPy's nanquantile/nanpercentile (for ints: quantile)."""
    name = "nanpercentile" if scale == 100 else "nanquantile"
    t = to_tensor(a)
    if t.dtype.is_complex:
        raise TypeError("a must be an array of real numbers")
    weak = type(q) in (int, float)
    qt = to_tensor(q)
    if qt.shape.rank is None or qt.shape.rank > 2:
        raise ValueError("q must be a scalar or 1d")
    if scale != 1:  # as NumPy: true_divide(q, 100), so an integer q becomes float64
        qt = cast(qt, tf.float64) if not (qt.dtype.is_floating or qt.dtype.is_complex) else qt
        qt = qt / tf.constant(scale, qt.dtype)
    elif qt.dtype == tf.bool:
        qt = cast(qt, tf.int64)
    if not is_symbolic(qt):
        check_q(qt.numpy(), scale)
    elif qt.dtype.is_complex:
        raise TypeError(f"{name}: q must be real")
    if weights is not None:
        raise NotImplementedError(f"{name}: weights= is not supported")
    if method not in METHODS:
        raise ValueError(f"{method!r} is not a valid method. Use one of: {list(METHODS)}")
    if t.shape.rank is None:
        raise ValueError(f"{name} needs the array's rank, which is unknown while tracing")
    axes = normalize_axes(axis, t.shape.rank)
    if None not in t.shape.as_list() and t.shape.num_elements() == 0:
        return nanmean(t, axis, None, out, keepdims)  # as NumPy (the result's shape ignores q)
    qarg = (q if scale == 1 else q / scale) if weak else qt  # a Python q stays weak (NumPy's weak_q)
    r = quantile_along(t, qarg, axes, method, keepdims is True, ignore_nan=True)
    return store(r, out, name)


def nanquantile(
    a: Any,
    q: Any,
    axis: Any = None,
    out: Any = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: Any = _NO_VALUE,
    *,
    weights: Any = None,
) -> ndarray:
    """`numpy.nanquantile` (every method; not `weights=`); an all-NaN slice gives NaN (no warning).

    Examples:
        >>> tnp.nanquantile(tnp.array([1.0, tnp.nan, 3.0, 5.0]), 0.5)
        tnp.array(3.)
    """
    return _quantile(a, q, axis, out, method, keepdims, weights, 1)


def nanpercentile(
    a: Any,
    q: Any,
    axis: Any = None,
    out: Any = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: Any = _NO_VALUE,
    *,
    weights: Any = None,
) -> ndarray:
    """`numpy.nanpercentile` (every method; not `weights=`); an all-NaN slice gives NaN (no warning).

    Examples:
        >>> tnp.nanpercentile(tnp.array([1.0, tnp.nan, 3.0, 5.0]), [25, 75])
        tnp.array([2., 4.])
    """
    return _quantile(a, q, axis, out, method, keepdims, weights, 100)


def nanmedian(
    a: Any, axis: Any = None, out: Any = None, overwrite_input: bool = False, keepdims: Any = _NO_VALUE
) -> ndarray:
    """`numpy.nanmedian` (ints and bool give float64); an all-NaN slice gives NaN (no warning).

    Examples:
        >>> tnp.nanmedian(tnp.array([[1.0, tnp.nan], [3.0, 4.0]]), axis=1)
        tnp.array([1. , 3.5])
    """
    t = to_tensor(a)
    if not _inexact(t):
        t = tf.cast(t, tf.float64)
    if t.shape.rank is None:
        raise ValueError("nanmedian needs the array's rank, which is unknown while tracing")
    if None not in t.shape.as_list() and t.shape.num_elements() == 0:
        return nanmean(t, axis, None, out, keepdims)
    # the mean of the middle value(s), as NumPy's median of the non-NaN values: not a lerp, which gives NaN for
    # a middle value next to an infinity (inf * 0)
    lo = quantile_along(t, 0.5, axis, "lower", keepdims is True, ignore_nan=True)
    hi = quantile_along(t, 0.5, axis, "higher", keepdims is True, ignore_nan=True)
    return store((lo + hi) / 2, out, "nanmedian")


__all__ = [
    "nanargmax", "nanargmin", "nancumprod", "nancumsum", "nanmax", "nanmean", "nanmedian", "nanmin",
    "nanpercentile", "nanprod", "nanquantile", "nanstd", "nansum", "nanvar",
]  # fmt: skip
