"""Order statistics and averages: median, percentile, quantile (all 13 methods), average, cov,
corrcoef, convolve, correlate, interp.

`quantile_along(t, q, axis, method, keepdims)` is the shared quantile kernel on tf.Tensors (nanquantile uses
it with `ignore_nan=True`). Result dtypes are NumPy's own answer for the input dtypes (asked of NumPy on a
tiny probe). Differs from NumPy: inside tf.function, argument checks that need values (q in range,
non-negative weights) are skipped, and a quantile over an empty axis of unknown size gives NaN
instead of IndexError.
"""

from __future__ import annotations

import functools
import math
import warnings
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import (
    TF_TO_NP,
    as_np_dtype,
    cast,
    is_symbolic,
    ndarray,
    normalize_axes,
    to_tensor,
    wrap,
)

METHODS = (
    "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
    "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest",
)  # fmt: skip
_ALPHA_BETA = {
    "interpolated_inverted_cdf": (0.0, 1.0), "hazen": (0.5, 0.5), "weibull": (0.0, 0.0),
    "median_unbiased": (1 / 3.0, 1 / 3.0), "normal_unbiased": (3 / 8.0, 3 / 8.0),
}  # fmt: skip
_TF_SORTABLE = (
    tf.float32,
    tf.float64,
    tf.int32,
    tf.int64,
)  # tf.sort's dtypes where NaN order does not matter
_DISCRETE = ("inverted_cdf", "closest_observation", "lower", "higher", "nearest")


# ---- helpers ----------------------------------------------------------------------------------------------
def _np(t: tf.Tensor) -> np.dtype[Any]:
    return TF_TO_NP[t.dtype]


def _store(r: tf.Tensor, out: Any, name: str) -> ndarray:
    """`r` as an ndarray, or cast into `out` (which keeps its identity) as NumPy's `out=` does."""
    if out is None:
        return wrap(r)
    if not isinstance(out, ndarray):
        raise TypeError(f"{name}: out= must be a tnp.ndarray, got {type(out).__name__}")
    want, got = tuple(r.shape.as_list()), out.shape
    if len(want) != len(got) or any(a is not None and b is not None and a != b for a, b in zip(want, got)):
        raise ValueError(f"{name}: out= has shape {got}, the result has shape {want}")
    out._t = cast(r, out._t.dtype)
    return out


def _dims(t: tf.Tensor) -> list[Any]:
    """The dimensions of `t`: ints where static, scalar int32 tensors where not."""
    dyn = tf.shape(t)
    return [d if d is not None else dyn[i] for i, d in enumerate(t.shape.as_list())]


def _shape(dims: list[Any]) -> Any:
    if all(isinstance(d, int) for d in dims):
        return dims
    return tf.stack([tf.cast(d, tf.int32) for d in dims]) if dims else tf.zeros([0], tf.int32)


def _to_last(t: tf.Tensor, axes: tuple[int, ...]) -> tf.Tensor:
    """`t` with the kept axes first (in order) and the `axes` flattened into one last axis."""
    rank = t.shape.rank
    kept = [i for i in range(rank) if i not in axes]
    if kept + list(axes) != list(range(rank)):
        t = tf.transpose(t, kept + list(axes))
    dims = _dims(t)
    inner = dims[len(kept) :]
    n = math.prod(inner) if all(isinstance(d, int) for d in inner) else -1
    if n == -1 and any(not isinstance(d, int) for d in dims[: len(kept)]):
        n = tf.reduce_prod(tf.stack([tf.cast(d, tf.int32) for d in inner])) if inner else 1
    return tf.reshape(t, _shape([*dims[: len(kept)], n]))


def _finish(r: tf.Tensor, qnd: int, nb: int, axes: tuple[int, ...], keepdims: bool) -> tf.Tensor:
    """A (kept..., q...) result as NumPy orders it: (q..., kept...), with 1s at `axes` under keepdims."""
    if qnd and nb:
        r = tf.transpose(r, list(range(nb, nb + qnd)) + list(range(nb)))
    if keepdims:
        for ax in sorted(axes):
            r = tf.expand_dims(r, qnd + ax)
    return r


def _check_rank(t: tf.Tensor, name: str) -> int:
    if t.shape.rank is None:
        raise ValueError(f"{name} needs the array's rank, which is unknown while tracing")
    return int(t.shape.rank)


@functools.cache
def _quantile_dtype(a: np.dtype[Any], q: Any, method: str) -> np.dtype[Any]:
    """NumPy's result dtype of quantile (q a dtype, or the Python type int/float of a weak scalar q)."""
    probe = 0 if q is int else 0.5 if q is float else np.zeros((), q)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r: Any = np.quantile(np.zeros(2, a), probe, method=method)  # type: ignore[call-overload]
        return np.asarray(r).dtype


def _isnan(t: tf.Tensor) -> tf.Tensor:
    if t.dtype.is_complex:
        return tf.math.logical_or(tf.math.is_nan(tf.math.real(t)), tf.math.is_nan(tf.math.imag(t)))
    return tf.math.is_nan(t)


# ---- the quantile kernel --------------------------------------------------------------------------------
def _virtual_index(method: str, n: tf.Tensor, q: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor | None]:
    """NumPy's (virtual index, gamma) for `method`; gamma None for the methods that take one element."""
    d = q.dtype

    def c(x: float) -> tf.Tensor:
        return tf.constant(x, d)

    if method in ("lower", "higher", "nearest"):
        base = (n - c(1)) * q
        v = (
            tf.floor(base)
            if method == "lower"
            else tf.math.ceil(base)
            if method == "higher"
            else tf.round(base)
        )
        return v, None
    if method in ("inverted_cdf", "closest_observation"):
        idx = n * q - c(1) if method == "inverted_cdf" else n * q - c(1) - c(0.5)
        prev = tf.floor(idx)
        g = idx - prev
        cond = tf.equal(g, 0)
        if method == "closest_observation":
            cond = tf.logical_and(cond, tf.equal(tf.math.floormod(prev, c(2)), c(1)))
        v = tf.where(cond, prev, prev + c(1))
        return tf.maximum(v, c(0)), None
    if method == "linear":
        v = (n - c(1)) * q
    elif method == "averaged_inverted_cdf":
        v = n * q - c(1)
    elif method == "midpoint":
        base = (n - c(1)) * q
        v = c(0.5) * (tf.floor(base) + tf.math.ceil(base))
    else:
        alpha, beta = _ALPHA_BETA[method]
        v = n * q + (c(alpha) + q * c(1 - alpha - beta)) - c(1)
    g = v - tf.floor(v)
    if method == "averaged_inverted_cdf":
        g = tf.where(tf.equal(g, 0), c(0.5), c(1.0))
    elif method == "midpoint":
        g = tf.where(tf.equal(tf.math.floormod(v, c(1)), 0), c(0.0), c(0.5))
    return v, g


def quantile_along(
    t: tf.Tensor,
    q: Any,
    axis: Any = None,
    method: str = "linear",
    keepdims: bool = False,
    *,
    weights: tf.Tensor | None = None,
    ignore_nan: bool = False,
) -> tf.Tensor:
    """The quantiles `q` of a real tensor over `axis` (None, int or tuple): shape q.shape + reduced shape.

    `q` is a float tensor (values in [0, 1], not checked) or a Python float (NumPy's weak scalar q). With
    `weights` (shape of `t`, only for method 'inverted_cdf') the weighted inverted CDF is used (its checks are
    the caller's, except NumPy's ValueError for weights summing to zero). With `ignore_nan`, NaNs are left out
    of each slice (nanquantile/nanpercentile; with weights they get zero weight); an all-NaN slice gives NaN.
    """
    if method not in METHODS:
        raise ValueError(f"{method!r} is not a valid method. Use one of: {list(METHODS)}")
    rank = _check_rank(t, "quantile")
    axes = normalize_axes(axis, rank)
    weak = not isinstance(q, tf.Tensor)
    # NumPy takes (no interpolation) when 'linear' meets an integer virtual index: an integer or bool q
    exact = method == "linear" and (
        type(q) in (int, bool) if weak else not (q.dtype.is_floating or q.dtype.is_complex)
    )
    qt = tf.constant(float(q), tf.float64) if weak else q
    if not (qt.dtype.is_floating):
        qt = tf.cast(qt, tf.float64)
    src = _np(t)
    if weights is not None or src.kind == "c":  # complex: only nanmedian's 'linear' 0.5 gets here
        res = src
    else:
        res = _quantile_dtype(src, (int if type(q) is int else float) if weak else _np(q), method)
    x = _to_last(t, axes)
    nb = len(x.shape) - 1
    qnd = qt.shape.rank
    n_static = x.shape[-1]
    if weights is not None:
        order = tnp_core.argsort(wrap(x), axis=-1)._t
        s = tf.gather(x, order, batch_dims=nb)
        w = tf.gather(cast(_to_last(weights, axes), tf.float64), order, batch_dims=nb)
        if ignore_nan and s.dtype.is_floating:  # NaNs (sorted last) get no weight
            w = tf.where(tf.math.is_nan(s), tf.zeros([], w.dtype), w)
        cdf = tf.cumsum(w, axis=-1)
        cdf = cdf / cdf[..., -1:]
        if not ignore_nan and not is_symbolic(cdf) and bool(tf.reduce_any(tf.math.is_nan(cdf[..., -1]))):
            raise ValueError("Weights included NaN, inf or were all zero.")
        cdf = tf.cast(cdf, qt.dtype)
        cdf = tf.where(
            tf.reduce_any(tf.equal(cdf[..., :1], 0)) & tf.equal(cdf, 0), tf.constant(-1, cdf.dtype), cdf
        )
        flat_q = tf.broadcast_to(tf.reshape(qt, [-1]), tf.concat([tf.shape(cdf)[:-1], tf.size(qt)[None]], 0))
        idx = tf.searchsorted(cdf, flat_q, side="left", out_type=tf.int64)
        idx = tf.minimum(idx, tf.cast(tf.shape(s)[-1] - 1, tf.int64))
        r = tf.gather(s, idx, batch_dims=nb)
        r = tf.reshape(r, tf.concat([tf.shape(s)[:-1], tf.shape(qt)], 0))
        if s.dtype.is_floating:  # a NaN in the slice (sorted last) gives NaN; with ignore_nan only all-NaN
            last = s[..., :1] if ignore_nan else s[..., -1:]
            last = tf.reshape(last, tf.concat([tf.shape(last)[:-1], tf.ones([qnd], tf.int32)], 0))
            r = tf.where(tf.math.is_nan(last), last, r)
        return _finish(r, qnd, nb, axes, keepdims)
    s = tnp_core.sort(wrap(x), axis=-1)._t
    floating = src.kind in "fc" or x.dtype.is_floating
    if ignore_nan and floating:
        n = tf.reduce_sum(tf.cast(tf.logical_not(_isnan(x)), qt.dtype), axis=-1)
        n = tf.reshape(n, tf.concat([tf.shape(n), tf.ones([qnd], tf.int32)], 0))
    else:
        n = tf.cast(tf.shape(x)[-1], qt.dtype)
    if n_static is None or n_static == 0 or ignore_nan:
        pad = tf.fill(
            tf.concat([tf.shape(s)[:-1], [1]], 0),
            tf.constant(np.nan, s.dtype) if floating else tf.zeros([], s.dtype),
        )
        s = tf.concat([s, pad], axis=-1)
    v, g = _virtual_index(method, n, qt)
    top = tf.maximum(n - 1, tf.zeros([], n.dtype))
    lo_f = tf.where(v >= n - 1, top, tf.where(v < 0, tf.zeros_like(v), tf.floor(v)))
    hi_f = tf.where(v >= n - 1, top, tf.where(v < 0, tf.zeros_like(v), tf.floor(v) + 1))
    if n_static == 0 and not ignore_nan:
        lo_f = hi_f = tf.fill(tf.shape(lo_f), tf.constant(n_static, lo_f.dtype))  # the padded NaN / 0
    full = tf.concat([tf.shape(s)[:-1], tf.shape(qt)], 0)

    def take(f: tf.Tensor) -> tf.Tensor:
        i = tf.broadcast_to(tf.cast(f, tf.int64), full)
        flat = tf.reshape(i, tf.concat([tf.shape(s)[:-1], [-1]], 0))
        return tf.reshape(tf.gather(s, flat, batch_dims=nb), full)

    a = take(lo_f)
    if g is None or exact or res.kind in "biu":
        r = a
    else:
        b = take(hi_f)
        diff = b - a
        rt = tf.as_dtype(res)
        a, b, diff = cast(a, rt), cast(b, rt), cast(diff, rt)
        gr = tf.broadcast_to(cast(g, rt), full)
        one = tf.ones([], rt)
        upper = gr >= tf.constant(0.5, rt) if not rt.is_complex else tf.broadcast_to(g >= 0.5, full)
        r = tf.where(upper, b - diff * (one - gr), a + diff * gr)
    r = cast(r, tf.as_dtype(res))
    if floating and ignore_nan:  # an all-NaN slice
        r = tf.where(tf.broadcast_to(tf.equal(n, 0), tf.shape(r)), tf.constant(np.nan, r.dtype), r)
    if floating and not ignore_nan and n_static != 0:
        last = s[..., -1:] if n_static is not None else tf.gather(s, [tf.shape(x)[-1] - 1], axis=-1)
        last = tf.reshape(last, tf.concat([tf.shape(last)[:-1], tf.ones([qnd], tf.int32)], 0))
        r = tf.where(
            tf.broadcast_to(tf.math.is_nan(last), tf.shape(r)),
            cast(tf.broadcast_to(last, tf.shape(r)), r.dtype),
            r,
        )
    return _finish(r, qnd, nb, axes, keepdims)


def check_q(values: Any, scale: float) -> None:
    """NumPy's `_quantile_is_valid` on the host values of q / scale (complex q compares lexicographically, an
    empty q of other than 1 dimension fails in `min`), then the TypeError NumPy's `floor` gives a complex q."""
    q = np.asarray(values)
    if q.ndim == 1 and q.size < 10:
        ok = all(0.0 <= v <= 1.0 for v in q)
    else:
        ok = bool(q.min() >= 0 and q.max() <= 1)
    if not ok:
        raise ValueError(
            "Percentiles must be in the range [0, 100]"
            if scale != 1
            else "Quantiles must be in the range [0, 1]"
        )
    if q.dtype.kind == "c":
        raise TypeError("ufunc 'floor' not supported for the input types (q must be real)")


def _q_tensor(q: Any, scale: float, name: str) -> Any:
    """q (divided by `scale`) as a tensor or a Python float (weak), checked to lie in [0, 1] when known."""
    if type(q) in (int, float):
        qv: Any = q / scale if scale != 1 else q
        check_q(qv, scale)
        return qv
    qv = to_tensor(q)
    if scale != 1:
        if not (qv.dtype.is_floating or qv.dtype.is_complex):
            qv = cast(qv, tf.float64)
        qv = qv / tf.constant(scale, qv.dtype)
    if qv.shape.rank is not None and qv.shape.rank > 2:
        raise ValueError("q must be a scalar or 1d")
    if not is_symbolic(qv):
        check_q(qv.numpy(), scale)
    elif qv.dtype.is_complex:
        raise TypeError(f"{name}: q must be real")
    return qv


def _quantile(
    a: Any, q: Any, axis: Any, out: Any, method: str, keepdims: bool, weights: Any, scale: float, name: str
) -> ndarray:
    t = to_tensor(a)
    if _np(t).kind == "c":
        raise TypeError("a must be an array of real numbers")
    qv = _q_tensor(q, scale, name)
    if method not in METHODS:
        raise ValueError(f"{method!r} is not a valid method. Use one of: {list(METHODS)}")
    rank = _check_rank(t, name)
    w = None
    if weights is not None:
        if method != "inverted_cdf":
            raise ValueError(f"Only method 'inverted_cdf' supports weights. Got: {method}.")
        axes = None if axis is None else normalize_axes(axis, rank)
        w = _weights_like(to_tensor(weights), t, axes)
        if not is_symbolic(w) and bool(tf.reduce_any(cast(w, tf.float64) < 0)):
            raise ValueError("Weights must be non-negative.")
    axes_t = normalize_axes(axis, rank)
    sizes = [t.shape[i] for i in axes_t]
    if 0 in sizes:
        raise IndexError("index -1 is out of bounds for axis 0 with size 0")
    if w is not None:
        w = tf.broadcast_to(w, tf.shape(t))
    return _store(quantile_along(t, qv, axis, method, keepdims, weights=w), out, name)


def quantile(
    a: Any,
    q: Any,
    axis: Any = None,
    out: Any = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: bool = False,
    *,
    weights: Any = None,
) -> ndarray:
    """`numpy.quantile` (all 13 methods; `weights` with method 'inverted_cdf'; overwrite_input is ignored).

    Examples:
        >>> tnp.quantile(tnp.array([1, 2, 3, 4]), 0.5)
        tnp.array(2.5)
        >>> tnp.quantile(tnp.array([1, 2, 3, 4]), [0.25, 0.75], method='lower')
        tnp.array([1, 3])
    """
    return _quantile(a, q, axis, out, method, keepdims, weights, 1, "quantile")


def percentile(
    a: Any,
    q: Any,
    axis: Any = None,
    out: Any = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: bool = False,
    *,
    weights: Any = None,
) -> ndarray:
    """`numpy.percentile` (q in [0, 100]; see `quantile`).

    Examples:
        >>> tnp.percentile(tnp.array([[10, 7, 4], [3, 2, 1]]), 50, axis=1)
        tnp.array([7., 2.])
    """
    return _quantile(a, q, axis, out, method, keepdims, weights, 100, "percentile")


def median(
    a: Any, axis: Any = None, out: Any = None, overwrite_input: bool = False, keepdims: bool = False
) -> ndarray:
    """`numpy.median`: the mean of the middle element(s), with `mean`'s dtype; NaN propagates.

    Examples:
        >>> tnp.median(tnp.array([[10, 7, 4], [3, 2, 1]]))
        tnp.array(3.5)
        >>> tnp.median(tnp.array([[10, 7, 4], [3, 2, 1]]), axis=0)
        tnp.array([6.5, 4.5, 2.5])
    """
    t = to_tensor(a)
    rank = _check_rank(t, "median")
    axes = normalize_axes(axis, rank)
    x = _to_last(t, axes)
    nb = len(x.shape) - 1
    n_static = x.shape[-1]
    if n_static == 0:
        r = tnp_core.mean(wrap(x), axis=-1)._t
        return _store(_finish(r, 0, nb, axes, keepdims), out, "median")
    if n_static is not None and x.dtype in _TF_SORTABLE:  # fast path: tf.sort, then NaN where a NaN is
        h = n_static // 2
        s = tf.sort(x, axis=-1)
        r = tnp_core.mean(wrap(s[..., h : h + 1] if n_static % 2 else s[..., h - 1 : h + 1]), axis=-1)._t
        if x.dtype.is_floating:
            r = tf.where(tf.reduce_any(tf.math.is_nan(x), axis=-1), tf.constant(np.nan, r.dtype), r)
        return _store(_finish(r, 0, nb, axes, keepdims), out, "median")
    s = tnp_core.sort(wrap(x), axis=-1)._t
    if n_static is not None:
        h = n_static // 2
        mid = s[..., h : h + 1] if n_static % 2 else s[..., h - 1 : h + 1]
        r = tnp_core.mean(wrap(mid), axis=-1)._t
        last = s[..., -1]
    else:
        n = tf.shape(s)[-1]
        pad = tf.zeros(tf.concat([tf.shape(s)[:-1], [1]], 0), s.dtype)
        sp = tf.concat([s, pad], axis=-1)
        lo, hi = tf.maximum((n - 1) // 2, 0), n // 2
        two = tnp_core.mean(wrap(tf.gather(sp, tf.stack([lo, hi]), axis=-1)), axis=-1)._t
        one = tnp_core.mean(wrap(tf.gather(sp, tf.reshape(hi, [1]), axis=-1)), axis=-1)._t
        r = tf.where(tf.equal(n % 2, 1), one, two)
        last = tf.gather(sp, tf.maximum(n - 1, 0), axis=-1)
        r = tf.where(
            tf.equal(n, 0),
            tf.constant(np.nan, r.dtype) if not r.dtype.is_complex else tf.cast(np.nan, r.dtype),
            r,
        )
    if s.dtype.is_floating or s.dtype.is_complex:
        is_nan = tnp_core.not_equal(wrap(last), wrap(last))._t
        r = tf.where(is_nan, cast(last, r.dtype), r)
    return _store(_finish(r, 0, nb, axes, keepdims), out, "median")


# ---- average, cov, corrcoef -----------------------------------------------------------------------------
def _weights_like(w: tf.Tensor, t: tf.Tensor, axes: tuple[int, ...] | None) -> tf.Tensor:
    """NumPy's `_weights_are_valid`: weights of `t`'s shape, or 1-d/n-d along `axes` reshaped to broadcast."""
    ws, ts = w.shape.as_list(), t.shape.as_list()
    known = None not in ws and None not in ts
    if ws == ts or (not known and len(ws) == len(ts)):  # unknown dims: equal ranks are taken as equal shapes
        return w
    if axes is None:
        raise TypeError("Axis must be specified when shapes of a and weights differ.")
    along = [ts[ax] for ax in axes]
    if len(ws) != len(along) or any(a is not None and b is not None and a != b for a, b in zip(ws, along)):
        raise ValueError("Shape of weights must be consistent with shape of a along specified axis.")
    order = [int(i) for i in np.argsort(axes)]
    w = tf.transpose(w, order) if len(axes) > 1 else w
    wd = _dims(w)
    pos = sorted(axes)
    return tf.reshape(w, _shape([wd[pos.index(ax)] if ax in axes else 1 for ax in range(len(ts))]))


def average(
    a: Any, axis: Any = None, weights: Any = None, returned: bool = False, *, keepdims: Any = np._NoValue
) -> Any:
    """`numpy.average` (ZeroDivisionError for weights summing to zero is raised eagerly only).

    Examples:
        >>> tnp.average(tnp.array([1, 2, 3, 4]), weights=tnp.array([4, 3, 2, 1]))
        tnp.array(2.)
    """
    t = to_tensor(a)
    rank = _check_rank(t, "average")
    axes = None if axis is None else normalize_axes(axis, rank)
    kd = False if keepdims is np._NoValue else bool(keepdims)
    if weights is None:
        avg = tnp_core.mean(wrap(t), axes, keepdims=kd)._t
        scl = cast(tf.size(t, tf.int64), tf.float64) / cast(tf.size(avg, tf.int64), tf.float64)
        scl = cast(scl, avg.dtype)
    else:
        w = to_tensor(weights)
        w = _weights_like(w, t, axes)
        sd, wd = _np(t), _np(w)
        rd = np.result_type(sd, wd, "f8") if sd.kind in "biu" else np.result_type(sd, wd)
        rt = tf.as_dtype(rd)
        scl = tnp_core.sum(
            wrap(tf.broadcast_to(w, tf.shape(t)) if axes is None else w), axes, dtype=rd, keepdims=kd
        )._t
        if not is_symbolic(scl) and bool(tf.reduce_any(tf.equal(scl, tf.zeros([], rt)))):
            raise ZeroDivisionError("Weights sum to zero, can't be normalized")
        prod = cast(t, rt) * cast(w, rt)
        avg = tnp_core.sum(wrap(prod), axes, keepdims=kd)._t / scl
    if returned:
        return wrap(avg), wrap(tf.broadcast_to(scl, tf.shape(avg)))
    return wrap(avg)


def _atleast_2d_rows(m: tf.Tensor, rowvar: bool) -> tf.Tensor:
    if m.shape.rank == 0:
        m = tf.reshape(m, [1, 1])
    elif m.shape.rank == 1:
        m = m[tf.newaxis, :]
    elif not rowvar:
        m = tf.transpose(m)
    return m


def _host_values(w: tf.Tensor) -> np.ndarray[Any, Any] | None:
    return None if is_symbolic(w) else w.numpy()


def cov(
    m: Any,
    y: Any = None,
    rowvar: bool = True,
    bias: bool = False,
    ddof: Any = None,
    fweights: Any = None,
    aweights: Any = None,
    *,
    dtype: Any = None,
) -> ndarray:
    """`numpy.cov` (no RuntimeWarning for degrees of freedom <= 0; weight checks need eager values).

    Examples:
        >>> tnp.cov(tnp.array([[0, 1, 2], [2, 1, 0]]))
        tnp.array([[ 1., -1.],
                   [-1.,  1.]])
    """
    return wrap(tf.squeeze(_cov(m, y, rowvar, bias, ddof, fweights, aweights, dtype)))


def _cov(
    m: Any, y: Any, rowvar: bool, bias: bool, ddof: Any, fweights: Any, aweights: Any, dtype: Any
) -> tf.Tensor:
    """The 2-d covariance matrix (before NumPy's final squeeze)."""
    if ddof is not None and ddof != int(ddof):
        raise ValueError("ddof must be integer")
    mt = to_tensor(m)
    if _check_rank(mt, "cov") > 2:
        raise ValueError("m has more than 2 dimensions")
    yt = None if y is None else to_tensor(y)
    if yt is not None and _check_rank(yt, "cov") > 2:
        raise ValueError("y has more than 2 dimensions")
    if dtype is None:
        d = (
            np.result_type(_np(mt), np.float64)
            if yt is None
            else np.result_type(_np(mt), _np(yt), np.float64)
        )
    else:
        d = as_np_dtype(dtype)
    dt = tf.as_dtype(d)
    x = _atleast_2d_rows(cast(mt, dt), rowvar or mt.shape.rank == 1)
    if x.shape[0] == 0:
        return tf.zeros([0, 0], tf.float64)
    if yt is not None:
        yy = cast(yt, dt)
        yy = yy[tf.newaxis, :] if yy.shape.rank == 1 else tf.reshape(yy, [1, 1]) if yy.shape.rank == 0 else yy
        if not rowvar and yy.shape[0] != 1:
            yy = tf.transpose(yy)
        if x.shape[1] is not None and yy.shape[1] is not None and x.shape[1] != yy.shape[1]:
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match exactly, but "
                f"along dimension 1, the array at index 0 has size {x.shape[1]} and the array at index 1 has "
                f"size {yy.shape[1]}"
            )
        x = tf.concat([x, yy], axis=0)
    if ddof is None:
        ddof = 0 if bias else 1
    nobs = x.shape[1]
    w = None
    fw = None if fweights is None else cast(to_tensor(fweights), tf.float64)
    aw = None if aweights is None else cast(to_tensor(aweights), tf.float64)
    if fw is not None:
        v = _host_values(fw)
        if v is not None and not np.all(v == np.around(v)):
            raise TypeError("fweights must be integer")
        _check_weights(fw, nobs, "fweights", v)
        w = fw
    if aw is not None:
        _check_weights(aw, nobs, "aweights", _host_values(aw))
        w = aw if w is None else w * aw
    if w is None:
        avg = tnp_core.mean(wrap(x), axis=1)._t
        fact: Any = tf.cast(tf.shape(x)[1], tf.float64) - float(ddof)
    else:
        avg_nd, wsum_nd = average(wrap(x), axis=1, weights=wrap(w), returned=True)
        avg, w_sum = (
            avg_nd._t,
            tf.cast(
                tf.math.real(wsum_nd._t[0]) if wsum_nd._t.dtype.is_complex else wsum_nd._t[0], tf.float64
            ),
        )
        if ddof == 0:
            fact = w_sum
        elif aw is None:
            fact = w_sum - float(ddof)
        else:
            fact = w_sum - float(ddof) * tf.reduce_sum(w * aw) / w_sum
    fact = tf.maximum(fact, tf.zeros([], tf.float64))
    x = tnp_core.subtract(wrap(x), wrap(avg[:, tf.newaxis]), out=wrap(x))._t  # NumPy's X -= avg (same_kind)
    xw = x if w is None else (wrap(x) * wrap(w))._t
    c = tnp_core.matmul(wrap(x), wrap(tf.math.conj(tf.transpose(xw))))._t
    one = tf.ones([], tf.float64) / fact
    return c * cast(one, c.dtype)


def _check_weights(w: tf.Tensor, nobs: Any, name: str, values: Any) -> None:
    if w.shape.rank is not None and w.shape.rank > 1:
        raise RuntimeError(f"cannot handle multidimensional {name}")
    if w.shape.rank == 0 or (w.shape[0] is not None and nobs is not None and w.shape[0] != nobs):
        raise RuntimeError(f"incompatible numbers of samples and {name}")
    if values is not None and np.any(values < 0):
        raise ValueError(f"{name} cannot be negative")


def corrcoef(x: Any, y: Any = None, rowvar: bool = True, *, dtype: Any = None) -> ndarray:
    """`numpy.corrcoef` (no RuntimeWarning for a zero variance: the entries are NaN as in NumPy).

    Examples:
        >>> tnp.corrcoef(tnp.array([1, 2, 3]), tnp.array([3, 2, 1]))
        tnp.array([[ 1., -1.],
                   [-1.,  1.]])
    """
    c = _cov(x, y, rowvar, False, None, None, None, dtype)
    d = tf.linalg.diag_part(c)
    sd = tf.sqrt(tf.math.real(d) if d.dtype.is_complex else d)
    sd = cast(sd, c.dtype)
    c = c / sd[:, tf.newaxis]
    c = c / sd[tf.newaxis, :]
    if c.dtype.is_complex:
        re = tf.clip_by_value(tf.math.real(c), -1, 1)
        im = tf.clip_by_value(tf.math.imag(c), -1, 1)
        return wrap(tf.squeeze(tf.complex(re, im)))
    return wrap(tf.squeeze(tf.clip_by_value(c, -1, 1)))


# ---- convolve, correlate --------------------------------------------------------------------------------
_MODES = {"valid": 0, "same": 1, "full": 2, "v": 0, "s": 1, "f": 2, 0: 0, 1: 1, 2: 2}


def _mode(mode: Any) -> int:
    try:
        return _MODES[mode]
    except (KeyError, TypeError):
        raise ValueError(f"mode must be one of 'valid', 'same', or 'full' (got {mode!r})") from None


def _all_finite(v: tf.Tensor) -> bool:
    """Whether `v` is known to hold no inf/nan: an integer dtype, or an eager tensor checked on the host (a traced
    float tensor is not known)."""
    if not (v.dtype.is_floating or v.dtype.is_complex):
        return True
    return not is_symbolic(v) and bool(np.isfinite(v.numpy()).all())


def _slide(a: tf.Tensor, v: tf.Tensor, mode: int) -> tf.Tensor:
    """sum_j a[k + j] * v[j] over the 'full' range of k, then the `mode` slice (NumPy's correlate)."""
    if a.shape[0] == 0:
        raise ValueError("a cannot be empty")
    if v.shape[0] == 0:
        raise ValueError("v cannot be empty")
    n, m = tf.shape(a)[0], tf.shape(v)[0]
    pad = tf.zeros(tf.reshape(m - 1, [1]), a.dtype)
    ap = tf.concat([pad, a, pad], 0)
    idx = tf.range(n + m - 1)[:, tf.newaxis] + tf.range(m)[tf.newaxis, :]
    windows = tf.gather(ap, idx)
    if _all_finite(v):
        full = tnp_core.matmul(wrap(windows), wrap(v))._t
    else:  # inf/nan in v would meet the zero padding (0 * inf = nan): sum only the overlapping terms, as NumPy
        inside = (idx >= m - 1) & (idx < n + m - 1)
        full = tf.reduce_sum(tf.where(inside, windows * v, tf.zeros([], v.dtype)), 1)
    if mode == 2:
        return full
    longer = n >= m
    if mode == 1:
        start = tf.where(longer, m - 1 - m // 2, n // 2)
        size = tf.maximum(n, m)
    else:
        start = tf.where(longer, m - 1, n - 1)
        size = tf.abs(n - m) + 1
    return full[start : start + size]


def _pair(a: Any, v: Any, scalars: bool) -> tuple[tf.Tensor, tf.Tensor]:
    """The two 1-d operands in their common dtype; 0-d ones become length 1 if `scalars` (convolve's ndmin=1)."""
    x, y = to_tensor(a), to_tensor(v)
    out = []
    for t in (x, y):
        r = _check_rank(t, "correlate")
        if r == 0 and not scalars:
            raise ValueError("object of too small depth for desired array")
        if r == 0:
            t = tf.reshape(t, [1])
        elif r > 1:
            raise ValueError("object too deep for desired array")
        out.append(t)
    d = tf.as_dtype(np.result_type(_np(x), _np(y)))
    return cast(out[0], d), cast(out[1], d)


def correlate(a: Any, v: Any, mode: Any = "valid") -> ndarray:
    """`numpy.correlate`: c[k] = sum_n a[n + k] * conj(v[n]).

    Differs from NumPy for complex input holding infinities: tnp gives the direct sum of the overlapping products
    (as `numpy.einsum` does, e.g. `inf+nanj`), while NumPy's complex dot products go through BLAS `zdotu`, whose
    OpenBLAS kernels may return `nan+nanj` instead (it depends on the CPU's kernel). Real input agrees.

    Examples:
        >>> tnp.correlate(tnp.array([1, 2, 3]), tnp.array([0, 1, 0.5]))
        tnp.array([3.5])
        >>> tnp.correlate(tnp.array([1, 2, 3]), tnp.array([0, 1, 0.5]), 'full')
        tnp.array([0.5, 2. , 3.5, 3. , 0. ])
    """
    md = _mode(mode)
    x, y = _pair(a, v, scalars=False)
    if y.dtype.is_complex:
        y = tf.math.conj(y)
    return wrap(_slide(x, y, md))


def convolve(a: Any, v: Any, mode: Any = "full") -> ndarray:
    """`numpy.convolve` (no conjugation).

    Differs from NumPy for complex input holding infinities: tnp gives the direct sum of the overlapping products
    (as `numpy.einsum` does, e.g. `inf+nanj`), while NumPy's complex dot products go through BLAS `zdotu`, whose
    OpenBLAS kernels may return `nan+nanj` instead (it depends on the CPU's kernel). Real input agrees.

    Examples:
        >>> tnp.convolve(tnp.array([1, 2, 3]), tnp.array([0, 1, 0.5]))
        tnp.array([0. , 1. , 2.5, 4. , 1.5])
    """
    md = _mode(mode)
    x, y = _pair(a, v, scalars=True)
    if x.shape[0] == 0:
        raise ValueError("a cannot be empty")
    if y.shape[0] == 0:
        raise ValueError("v cannot be empty")
    if y.shape[0] is not None and x.shape[0] is not None:
        if y.shape[0] > x.shape[0]:
            x, y = y, x
    else:  # lengths unknown while tracing: a full convolution is symmetric, the slice is taken of the longer
        full = _slide(x, tf.reverse(y, [0]), 2)
        n, m = tf.shape(x)[0], tf.shape(y)[0]
        lng, sht = tf.maximum(n, m), tf.minimum(n, m)
        start = (sht - 1 - sht // 2) if md == 1 else (sht - 1)
        size = lng if md == 1 else lng - sht + 1
        return wrap(full if md == 2 else full[start : start + size])
    return wrap(_slide(x, tf.reverse(y, [0]), md))


# ---- interp ---------------------------------------------------------------------------------------------
def _interp_index(x: tf.Tensor, xp: tf.Tensor) -> tf.Tensor:
    """NumPy's `binary_search_with_guess`: -1 below xp[0], len(xp) above xp[-1], else the last i with
    xp[i] <= x (a linear scan for up to 4 points, so that NaN in xp gives NumPy's answer)."""
    n = xp.shape[0]
    if n is not None and n <= 4:
        ge = tf.cast(x[..., None] >= xp[1:], tf.int64)
        j = tf.reduce_sum(tf.math.cumprod(ge, axis=-1), axis=-1)
    else:
        j = tnp_core.searchsorted(wrap(xp), wrap(x), side="right")._t - 1
    above = tf.fill(tf.shape(j), tf.cast(tf.shape(xp)[0], tf.int64))
    return tf.where(x > xp[-1], above, tf.where(x < xp[0], tf.constant(-1, tf.int64), j))


def _interp_real(x: tf.Tensor, xp: tf.Tensor, fp: tf.Tensor, left: Any, right: Any) -> tf.Tensor:
    """NumPy's `arr_interp` loop, vectorized (the same branch order, so non-finite samples agree)."""
    n = tf.cast(tf.shape(xp)[0], tf.int64)
    j = _interp_index(x, xp)
    jc = tf.clip_by_value(j, 0, tf.maximum(n - 2, 0))
    x0, x1 = tf.gather(xp, jc), tf.gather(xp, tf.minimum(jc + 1, n - 1))
    f0, f1 = tf.gather(fp, jc), tf.gather(fp, tf.minimum(jc + 1, n - 1))
    slope = (f1 - f0) / (x1 - x0)
    r = slope * (x - x0) + f0
    r2 = slope * (x - x1) + f1  # NaN in one direction: try the other
    r2 = tf.where(tf.math.is_nan(r2) & tf.equal(f0, f1), f0, r2)
    r = tf.where(tf.math.is_nan(r), r2, r)
    r = tf.where(tf.equal(x, x0), f0, r)
    last = fp[-1]
    lval = fp[0] if left is None else tf.constant(left, fp.dtype)
    rval = last if right is None else tf.constant(right, fp.dtype)
    r = tf.where(tf.equal(j, n - 1), last, r)
    r = tf.where(tf.equal(j, n), rval, r)
    r = tf.where(j < 0, lval, r)
    r = tf.where(tf.math.is_nan(x), x, r)
    one = tf.where(x < xp[0], lval, tf.where(x > xp[0], rval, fp[0]))
    return tf.where(tf.equal(n, 1), one, r)


def _interp_ranks(xpt: tf.Tensor, ftt: tf.Tensor, periodic: bool) -> None:
    """NumPy's checks of fp then xp: 1-D (`period` reports both at once)."""
    for t in (ftt, xpt):
        if t.shape.rank != 1:
            if periodic:
                raise ValueError("Data points must be 1-D sequences")
            deep = (t.shape.rank or 0) > 1
            raise ValueError(
                "object too deep for desired array" if deep else "object of too small depth for desired array"
            )


def interp(x: Any, xp: Any, fp: Any, left: Any = None, right: Any = None, period: Any = None) -> ndarray:
    """`numpy.interp` (float64, or complex128 for complex fp). `xp` is assumed increasing, as in NumPy.

    Examples:
        >>> tnp.interp(tnp.array([0.5, 1.5, 3.0]), tnp.array([0.0, 1.0, 2.0]), tnp.array([0.0, 10.0, 20.0]))
        tnp.array([ 5., 15., 20.])
    """
    ft = to_tensor(fp)
    cplx = ft.dtype.is_complex
    ftt = cast(ft, tf.complex128 if cplx else tf.float64)
    xt, xpt = to_tensor(x), to_tensor(xp)
    if period is not None:
        if period == 0:
            raise ValueError("period must be a non-zero value")
        period = abs(period)
        left = right = None
    _interp_ranks(xpt, ftt, period is not None)
    for t, name in ((xpt, "xp"), (xt, "x")):
        if t.dtype.is_complex:
            raise TypeError(f"interp: {name} must be real (cannot cast complex to float64)")
    xt, xpt = cast(xt, tf.float64), cast(xpt, tf.float64)
    if xpt.shape[0] == 0:
        raise ValueError("array of sample points is empty")
    if xpt.shape[0] is not None and ftt.shape[0] is not None and xpt.shape[0] != ftt.shape[0]:
        raise ValueError("fp and xp are not of the same length.")
    if period is not None:
        p = tf.constant(float(period), tf.float64)
        xt = tf.math.floormod(xt, p)
        xpt = tf.math.floormod(xpt, p)
        order = tnp_core.argsort(wrap(xpt))._t
        xpt, ftt = tf.gather(xpt, order), tf.gather(ftt, order)
        xpt = tf.concat([xpt[-1:] - p, xpt, xpt[:1] + p], 0)
        ftt = tf.concat([ftt[-1:], ftt, ftt[:1]], 0)
    if cplx:
        lr = [None if v is None else complex(v) for v in (left, right)]
        re = _interp_real(xt, xpt, tf.math.real(ftt), *(None if v is None else v.real for v in lr))
        im = _interp_real(xt, xpt, tf.math.imag(ftt), *(None if v is None else v.imag for v in lr))
        return wrap(tf.complex(re, im))
    return wrap(_interp_real(xt, xpt, ftt, left, right))


__all__ = [
    "average", "convolve", "corrcoef", "correlate", "cov", "interp", "median", "percentile", "quantile",
]  # fmt: skip
