"""NumPy's nan-functions: reductions that skip NaN (nansum, nanmean, nanmin, nanargmax, nanquantile, ...).

Each one replaces or masks the NaNs and calls tnp-core's reduction. Integer and bool inputs behave like the
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
from tnp_core._reductions import store
from tnp_core.extending import (
    NP_TO_TF,
    TF_TO_NP,
    as_np_dtype,
    cast,
    is_symbolic,
    ndarray,
    normalize_axes,
    to_tensor,
)

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
    """`numpy.nansum`: NaNs count as zero."""
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
    """`numpy.nanprod`: NaNs count as one."""
    t = to_tensor(a)
    if _inexact(t):
        t = _replace_nan(t, 1)
    return tnp_core.prod(t, axis, dtype, out, **_kw(keepdims=keepdims, initial=initial, where=where))


def nancumsum(a: Any, axis: Any = None, dtype: Any = None, out: Any = None) -> ndarray:
    """`numpy.nancumsum`: NaNs count as zero."""
    t = to_tensor(a)
    return tnp_core.cumsum(_replace_nan(t, 0) if _inexact(t) else t, axis, dtype, out)


def nancumprod(a: Any, axis: Any = None, dtype: Any = None, out: Any = None) -> ndarray:
    """`numpy.nancumprod`: NaNs count as one."""
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
    """`numpy.nanmean`: the mean of the non-NaN elements; an all-NaN slice gives NaN (no warning)."""
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
    bad = tf.cast(n, tf.float64) - tf.cast(ddof, tf.float64) <= 0
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
    """`numpy.nanvar`: the variance of the non-NaN elements; fewer than ddof+1 of them gives NaN (no warning)."""
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
    """`numpy.nanstd`: the standard deviation of the non-NaN elements (see `nanvar`)."""
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
    """`numpy.nanmin`: the minimum ignoring NaNs; an all-NaN slice gives NaN (no warning)."""
    return _nanextreme(False, a, axis, out, keepdims, initial, where)


def nanmax(
    a: Any,
    axis: Any = None,
    out: Any = None,
    keepdims: Any = _NO_VALUE,
    initial: Any = _NO_VALUE,
    where: Any = _NO_VALUE,
) -> ndarray:
    """`numpy.nanmax`: the maximum ignoring NaNs; an all-NaN slice gives NaN (no warning)."""
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
    """`numpy.nanargmin` (int64). Differs: inside tf.function an all-NaN slice does not raise."""
    return _nanarg(False, a, axis, out, keepdims)


def nanargmax(a: Any, axis: Any = None, out: Any = None, *, keepdims: Any = _NO_VALUE) -> ndarray:
    """`numpy.nanargmax` (int64). Differs: inside tf.function an all-NaN slice does not raise."""
    return _nanarg(True, a, axis, out, keepdims)


# ---- median, percentile, quantile ---------------------------------------------------------------------------
def _F64(v: float) -> tf.Tensor:
    return tf.constant(v, tf.float64)


def _hf(alpha: float, beta: float) -> Any:
    """Hyndman & Fan's continuous virtual index n*q + alpha + q*(1 - alpha - beta) - 1."""
    return lambda n, q: n * q + (alpha + q * (1 - alpha - beta)) - 1


def _discrete(index: tf.Tensor, take_previous: tf.Tensor) -> tf.Tensor:
    return tf.where(take_previous, tf.floor(index), tf.floor(index) + 1)


def _inverted_cdf(n: tf.Tensor, q: tf.Tensor) -> tf.Tensor:
    i = n * q - 1
    return _discrete(i, tf.equal(i - tf.floor(i), 0))


def _closest_observation(n: tf.Tensor, q: tf.Tensor) -> tf.Tensor:
    i = n * q - 1 - 0.5
    return _discrete(
        i, tf.math.logical_and(tf.equal(i - tf.floor(i), 0), tf.equal(tf.math.floormod(tf.floor(i), 2), 1))
    )


def _round_half_even(x: tf.Tensor) -> tf.Tensor:
    return tf.math.round(x)  # tf.math.round rounds half to even, as np.around


# method -> (virtual index (n, q) -> float64 index, gamma fix (gamma, index) -> gamma, or None for discrete)
_METHODS: dict[str, tuple[Any, Any]] = {
    "inverted_cdf": (_inverted_cdf, None),
    "averaged_inverted_cdf": (
        lambda n, q: n * q - 1,
        lambda g, i: tf.where(tf.equal(g, 0), _F64(0.5), _F64(1.0)),
    ),
    "closest_observation": (_closest_observation, None),
    "interpolated_inverted_cdf": (_hf(0, 1), lambda g, i: g),
    "hazen": (_hf(0.5, 0.5), lambda g, i: g),
    "weibull": (_hf(0, 0), lambda g, i: g),
    "linear": (lambda n, q: (n - 1) * q, lambda g, i: g),
    "median_unbiased": (_hf(1 / 3.0, 1 / 3.0), lambda g, i: g),
    "normal_unbiased": (_hf(3 / 8.0, 3 / 8.0), lambda g, i: g),
    "lower": (lambda n, q: tf.floor((n - 1) * q), None),
    "higher": (lambda n, q: tf.math.ceil((n - 1) * q), None),
    "midpoint": (
        lambda n, q: 0.5 * (tf.floor((n - 1) * q) + tf.math.ceil((n - 1) * q)),
        lambda g, i: tf.where(tf.equal(tf.math.floormod(i, 1), 0), _F64(0.0), _F64(0.5)),
    ),
    "nearest": (lambda n, q: _round_half_even((n - 1) * q), None),
}


def _quantile(
    a: Any,
    q: Any,
    axis: Any,
    out: Any,
    method: str,
    keepdims: Any,
    weak_q: bool,
    weights: Any,
    median: bool = False,
) -> ndarray:
    """Quantiles of the non-NaN elements, as NumPy's nanquantile (for ints: quantile)."""
    if weights is not None:
        raise NotImplementedError("nanquantile/nanpercentile: weights= is not supported")
    if method not in _METHODS:
        raise ValueError(f"{method!r} is not a valid method. Use one of: {list(_METHODS)}")
    index_fn, fix_gamma = _METHODS[method]
    t = to_tensor(a)
    if t.dtype.is_complex and not median:
        raise TypeError("a must be an array of real numbers")
    if t.dtype == tf.bool and fix_gamma is not None:
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported (quantile of a bool array)"
        )
    ndim = t.shape.rank
    if ndim is None:
        raise ValueError("nanquantile needs the array's rank, which is unknown while tracing")
    if None not in t.shape.as_list() and t.shape.num_elements() == 0:
        return nanmean(t, axis, None, out, keepdims)  # as NumPy (the result's shape ignores q)
    qt = to_tensor(q)
    q_dtype = TF_TO_NP[qt.dtype] if qt.dtype.is_floating else np.dtype(np.float64)
    qt = cast(qt, tf.float64)
    if qt.shape.rank is None or qt.shape.rank > 2:
        raise ValueError("q must be a scalar or 1d")
    if not is_symbolic(qt):
        qv = qt.numpy()
        if not np.all((qv >= 0) & (qv <= 1)):
            raise ValueError("Quantiles must be in the range [0, 1]")
    axes = normalize_axes(axis, ndim)
    kept = [i for i in range(ndim) if i not in axes]
    shape = tf.shape(t)
    x = tf.transpose(t, kept + list(axes)) if ndim else t
    kept_shape = tf.gather(shape, kept) if kept else tf.zeros([0], tf.int32)
    x = tf.reshape(x, tf.concat([kept_shape, [-1]], 0))
    x = tnp_core.sort(x, axis=-1)._t  # NaNs go last
    size = tf.shape(x, out_type=tf.int64)[-1]
    if _inexact(t):
        n = tf.reduce_sum(tf.cast(tf.math.logical_not(_isnan(x)), tf.int64), axis=-1)
    else:
        n = tf.fill(tf.shape(x, out_type=tf.int64)[:-1], size)
    # sentinel at the end so an empty or all-NaN slice can still be gathered from
    pad = tf.zeros(tf.concat([tf.shape(x)[:-1], [1]], 0), x.dtype)
    x = tf.concat([x, pad], -1)
    qcol = tf.reshape(qt, [-1] + [1] * len(kept))
    nf = tf.cast(n, tf.float64)[tf.newaxis]
    vi = index_fn(nf, qcol)  # (nq, *kept)
    last = nf - 1

    def take(idx: tf.Tensor) -> tf.Tensor:
        i = tf.cast(tf.clip_by_value(idx, 0.0, tf.maximum(last, 0.0)), tf.int64)
        i = tf.transpose(i, [*range(1, len(kept) + 1), 0]) if kept else tf.reshape(i, [-1])
        g = tf.gather(x, i, axis=-1, batch_dims=len(kept))
        return tf.transpose(g, [len(kept), *range(len(kept))]) if kept else g

    if fix_gamma is None:
        r = take(vi)
        res_dtype = TF_TO_NP[t.dtype]
    else:
        prev = tf.floor(vi)
        gamma = fix_gamma(vi - prev, vi)
        above, below = vi >= last, vi < 0
        prev_in = tf.where(below, _F64(0.0), prev)
        nxt = tf.where(above, last, tf.where(below, _F64(0.0), prev + 1))
        prev = tf.where(above, last, prev_in)
        res_dtype = np.result_type(TF_TO_NP[t.dtype], 0.0 if weak_q else q_dtype)
        ct = NP_TO_TF[np.dtype(res_dtype)]
        lo, hi = take(prev), take(nxt)
        d = cast(hi - lo, ct)  # as NumPy: the difference is taken in the array's dtype
        lo, hi, gm = cast(lo, ct), cast(hi, ct), cast(gamma, ct)
        r = tf.where(gamma >= 0.5, hi - d * (1 - gm), lo + d * gm)
    if _inexact(t) or fix_gamma is not None:
        r = tf.where(tf.equal(n, 0)[tf.newaxis], tf.constant(np.nan, r.dtype), r)
    if keepdims is True:
        rest = tf.tensor_scatter_nd_update(shape, [[i] for i in axes], [1] * len(axes)) if axes else shape
    else:
        rest = kept_shape
    r = tf.reshape(r, tf.concat([tf.shape(qt), rest], 0))
    return store(r, out, "quantile")


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
    """`numpy.nanquantile` (every method; not `weights=`); an all-NaN slice gives NaN (no warning)."""
    weak = type(q) in (int, float)
    return _quantile(a, q, axis, out, method, keepdims, weak, weights)


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
    """`numpy.nanpercentile` (every method; not `weights=`); an all-NaN slice gives NaN (no warning)."""
    weak = type(q) in (int, float)
    t = to_tensor(a)
    qt = to_tensor(q)
    if is_symbolic(qt):
        qt = cast(qt, tf.float64) / 100.0
    else:  # divide as NumPy does (by the array's float type), so q rounds the same way
        qv = qt.numpy()
        if not np.all((qv >= 0) & (qv <= 100)):
            raise ValueError("Percentiles must be in the range [0, 100]")
        d = TF_TO_NP[t.dtype]
        qt = to_tensor(np.true_divide(qv, d.type(100) if d.kind == "f" else 100))
    return _quantile(t, qt, axis, out, method, keepdims, weak, weights)


def nanmedian(
    a: Any, axis: Any = None, out: Any = None, overwrite_input: bool = False, keepdims: Any = _NO_VALUE
) -> ndarray:
    """`numpy.nanmedian` (ints and bool give float64); an all-NaN slice gives NaN (no warning)."""
    t = to_tensor(a)
    if not _inexact(t):
        t = tf.cast(t, tf.float64)
    return _quantile(t, 0.5, axis, out, "linear", keepdims, True, None, median=True)


__all__ = [
    "nanargmax", "nanargmin", "nancumprod", "nancumsum", "nanmax", "nanmean", "nanmedian", "nanmin",
    "nanpercentile", "nanprod", "nanquantile", "nanstd", "nansum", "nanvar",
]  # fmt: skip
