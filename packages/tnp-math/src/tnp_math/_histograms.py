"""Counting and binning: bincount, digitize, histogram, histogram_bin_edges, histogram2d, histogramdd.

Values are placed in bins with tnp-core's `searchsorted` (NumPy's sort order: NaN falls outside every
bin) and counted with a segment sum. Differs from NumPy: what needs the data's values to decide a shape or
raise (the string bin estimators, `bins`/`range` checks on traced tensors) works eagerly only; inside
tf.function the string estimators raise NotImplementedError and value checks are skipped. `bincount` inside
tf.function gives a result of dynamic length (a negative input is then TensorFlow's runtime error).
"""

from __future__ import annotations

import builtins
import operator
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import TF_TO_NP, cast, check_allocatable, is_symbolic, ndarray, to_tensor, wrap

_ESTIMATORS = ("auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt")


def _np(t: tf.Tensor) -> np.dtype[Any]:
    return TF_TO_NP[t.dtype]


# ---- bincount, digitize -----------------------------------------------------------------------------------
def bincount(x: Any, /, weights: Any = None, minlength: Any = 0) -> ndarray:
    """`numpy.bincount` (int64 counts, float64 with weights).

    Examples:
        >>> tnp.bincount(tnp.array([0, 1, 1, 3]))
        tnp.array([1, 2, 0, 1])
        >>> tnp.bincount(tnp.array([0, 1, 1]), weights=tnp.array([0.5, 1.0, 2.0]))
        tnp.array([0.5, 3. ])
    """
    t = to_tensor(x)
    if t.shape.rank != 1:
        raise ValueError(
            "object too deep for desired array"
            if (t.shape.rank or 0) > 1
            else "object of too small depth for desired array"
        )
    d = _np(t)
    if d.kind not in "biu" and (hasattr(x, "dtype") or d.kind != "f"):  # NumPy casts a list of floats
        raise TypeError(
            f"Cannot cast array data from dtype('{d}') to dtype('int64') according to the rule 'safe'"
        )
    minlength = operator.index(minlength)
    if minlength >= 2**63:
        raise OverflowError("Python int too large to convert to C long")
    if minlength < 0:
        raise ValueError("'minlength' must not be negative")
    t = tf.cast(t, tf.int64)
    if not is_symbolic(t) and t.shape[0] and bool(tf.reduce_any(t < 0)):
        raise ValueError("'list' argument must have no negative elements")
    w = None
    if weights is not None:
        wt = to_tensor(weights)
        if _np(wt).kind == "c":
            raise TypeError(
                "Cannot cast array data from dtype('complex128') to dtype('float64') according to the rule "
                "'safe'"
            )
        w = cast(wt, tf.float64)
        if w.shape.rank != 1 or (
            w.shape[0] is not None and t.shape[0] is not None and w.shape[0] != t.shape[0]
        ):
            raise ValueError("The weights and list don't have the same length.")
    tf.debugging.assert_non_negative(t, message="bincount: 'list' argument must have no negative elements")
    length: Any = tf.reduce_max(tf.concat([t, [-1]], 0))
    if is_symbolic(length):
        length = tf.maximum(length + 1, minlength)
    else:  # on the host: the largest value + 1 may not fit in int64
        length = max(int(length) + 1, minlength)
        check_allocatable((length,), np.int64 if w is None else np.float64)
    if w is None:
        w = tf.ones(tf.shape(t), tf.int64)
    return wrap(tf.math.unsorted_segment_sum(w, t, length))


def _monotonicity(b: tf.Tensor) -> Any:
    """1 increasing, -1 decreasing, 0 neither (a Python int eagerly, a tensor while tracing)."""
    if b.shape.rank != 1:
        raise ValueError(
            "object too deep for desired array"
            if (b.shape.rank or 0) > 1
            else "object of too small depth for desired array"
        )
    d = tnp_core.greater_equal(wrap(b[1:]), wrap(b[:-1]))._t
    e = tnp_core.less_equal(wrap(b[1:]), wrap(b[:-1]))._t
    inc, dec = tf.reduce_all(d), tf.reduce_all(e)
    if is_symbolic(b):
        return tf.where(inc, 1, tf.where(dec, -1, 0))
    return 1 if bool(inc) else -1 if bool(dec) else 0


def digitize(x: Any, bins: Any, right: bool = False) -> ndarray:
    """`numpy.digitize` (int64; bins increasing or decreasing).

    Examples:
        >>> tnp.digitize(tnp.array([0.2, 6.4, 3.0, 1.6]), tnp.array([0.0, 1.0, 2.5, 4.0, 10.0]))
        tnp.array([1, 4, 3, 2])
    """
    xt, bt = to_tensor(x), to_tensor(bins)
    if xt.dtype.is_complex:
        raise TypeError("x may not be complex")
    mono = _monotonicity(bt)
    if isinstance(mono, int) and mono == 0:
        raise ValueError("bins must be monotonically increasing or decreasing")
    side = "left" if right else "right"
    inc = tnp_core.searchsorted(wrap(bt), wrap(xt), side=side)._t
    n = tf.cast(tf.shape(bt)[0], tf.int64)
    dec = n - tnp_core.searchsorted(wrap(tf.reverse(bt, [0])), wrap(xt), side=side)._t
    if isinstance(mono, int):
        return wrap(dec if mono == -1 else inc)
    return wrap(tf.where(tf.equal(mono, -1), dec, inc))


# ---- histogram ------------------------------------------------------------------------------------------
def _outer_edges(a: tf.Tensor, range: Any) -> tuple[Any, Any]:
    """NumPy's `_get_outer_edges`: the range or the data's min/max (tensors when traced), widened if equal."""
    if range is not None:
        first, last = range
        if first > last:
            raise ValueError("max must be larger than min in range parameter.")
        if not (np.isfinite(first) and np.isfinite(last)):
            raise ValueError(f"supplied range of [{first}, {last}] is not finite")
    elif a.shape[0] == 0:
        first, last = 0, 1
    else:
        lo, hi = tnp_core.min(wrap(a))._t, tnp_core.max(wrap(a))._t
        if is_symbolic(lo):
            w = tf.as_dtype(np.result_type(_np(lo), 0.5))
            empty = tf.equal(tf.size(a), 0)
            lo = tf.where(empty, tf.zeros([], w), cast(lo, w))
            hi = tf.where(empty, tf.ones([], w), cast(hi, w))
            eq = tf.equal(lo, hi)
            half = tf.constant(0.5, w)
            return tf.where(eq, cast(lo, w) - half, cast(lo, w)), tf.where(
                eq, cast(hi, w) + half, cast(hi, w)
            )
        first, last = lo.numpy()[()], hi.numpy()[()]
        if not (np.isfinite(first) and np.isfinite(last)):
            raise ValueError(f"autodetected range of [{first}, {last}] is not finite")
    if first == last:
        first, last = first - 0.5, last + 0.5
    return first, last


def _edge_dtype(first: Any, last: Any, a: tf.Tensor) -> np.dtype[Any]:
    parts = [x.numpy()[()] if isinstance(x, tf.Tensor) and not is_symbolic(x) else x for x in (first, last)]
    parts = [TF_TO_NP[x.dtype] if isinstance(x, tf.Tensor) else x for x in parts]
    d = np.result_type(*parts, _np(a))
    return np.result_type(d, float) if d.kind in "iub" else d


def _uniform_edges(a: tf.Tensor, n: int, range: Any) -> tf.Tensor:
    first, last = _outer_edges(a, range)
    d = _edge_dtype(first, last, a)
    edges = tnp_core.linspace(wrap(to_tensor(first)), wrap(to_tensor(last)), n + 1, dtype=d)._t
    if not is_symbolic(edges) and bool(
        tnp_core.any(tnp_core.greater_equal(wrap(edges[:-1]), wrap(edges[1:])))
    ):
        raise ValueError(f"Too many bins for data range. Cannot create {n} finite-sized bins.")
    return edges


def _estimated_bins(a: tf.Tensor, name: str, range: Any, weights: Any) -> int:
    if name not in _ESTIMATORS:
        raise ValueError(f"{name!r} is not a valid estimator for `bins`")
    if weights is not None:
        raise TypeError("Automated estimation of the number of bins is not supported for weighted data")
    if is_symbolic(a):
        raise NotImplementedError(
            f"histogram: bins={name!r} decides the number of bins from the data's values, which are unknown "
            "inside tf.function; pass an integer or an array of edges"
        )
    # the estimators only pick the count; NumPy's own selector runs on the (eager) values
    return int(np.histogram_bin_edges(a.numpy(), name, range).size - 1)


def _bin_edges(a: tf.Tensor, bins: Any, range: Any, weights: Any) -> tf.Tensor:
    if isinstance(bins, str):
        _outer_edges(a, range)
        return _uniform_edges(a, _estimated_bins(a, bins, range, weights), range)
    if np.ndim(bins) == 0:  # np.ndim reads `.ndim`/`.shape` of a tensor or tnp array, without converting it
        try:
            n = operator.index(bins)
        except TypeError as e:
            raise TypeError("`bins` must be an integer, a string, or an array") from e
        if n < 1:
            raise ValueError("`bins` must be positive, when an integer")
        return _uniform_edges(a, n, range)
    edges = to_tensor(bins)
    if edges.shape.rank != 1:
        raise ValueError("`bins` must be 1d, when an array")
    if not is_symbolic(edges) and bool(tnp_core.any(tnp_core.greater(wrap(edges[:-1]), wrap(edges[1:])))):
        raise ValueError("`bins` must increase monotonically, when an array")
    return edges


def _ravel(a: Any, weights: Any) -> tuple[tf.Tensor, tf.Tensor | None]:
    t = tf.reshape(to_tensor(a), [-1])
    if weights is None:
        return t, None
    w = to_tensor(weights)
    ws, ts = w.shape.as_list(), to_tensor(a).shape.as_list()
    if ws != ts:
        raise ValueError("weights should have the same shape as a.")
    return t, tf.reshape(w, [-1])


def _bin_index(x: tf.Tensor, edges: tf.Tensor) -> tf.Tensor:
    """The bin of each value (last bin closed on the right), or nbins for a value outside every bin."""
    nb = tf.cast(tf.shape(edges)[0] - 1, tf.int64)
    i = tnp_core.searchsorted(wrap(edges), wrap(x), side="right")._t - 1
    on_last = tnp_core.equal(wrap(x), wrap(edges[-1]))._t
    i = tf.where(on_last, nb - 1, i)
    return tf.where((i < 0) | (i >= nb), nb, i)


def histogram_bin_edges(a: Any, bins: Any = 10, range: Any = None, weights: Any = None) -> ndarray:
    """`numpy.histogram_bin_edges` (string estimators eagerly only).

    Examples:
        >>> tnp.histogram_bin_edges(tnp.array([0, 1, 2, 3, 4]), bins=4)
        tnp.array([0., 1., 2., 3., 4.])
    """
    t, w = _ravel(a, weights)
    return wrap(_bin_edges(t, bins, range, w))


def histogram(
    a: Any, bins: Any = 10, range: Any = None, density: Any = None, weights: Any = None
) -> tuple[ndarray, ndarray]:
    """`numpy.histogram` (string estimators eagerly only).

    Examples:
        >>> counts, edges = tnp.histogram(tnp.array([1, 2, 2, 3, 3, 3]), bins=3)
        >>> counts
        tnp.array([1, 2, 3])
        >>> edges.round(4)
        tnp.array([1.    , 1.6667, 2.3333, 3.    ])
    """
    t, w = _ravel(a, weights)
    edges = _bin_edges(t, bins, range, w)
    nbins = tf.shape(edges)[0] - 1
    if t.dtype.is_complex and (isinstance(bins, str) or np.ndim(bins) == 0):
        raise NotImplementedError(
            "histogram of complex data with equal bins: NumPy bins by the real part of a complex quotient (and "
            "often fails with IndexError); pass the bin edges as an array"
        )
    idx = _bin_index(t, edges)
    if w is None:
        n = tf.math.unsorted_segment_sum(tf.ones(tf.shape(idx), tf.int64), idx, nbins + 1)[:-1]
    else:
        wide = tf.complex128 if w.dtype.is_complex else tf.float64
        n = cast(tf.math.unsorted_segment_sum(cast(w, wide), idx, nbins + 1)[:-1], w.dtype)
    if density:
        db = cast(edges[1:] - edges[:-1], tf.float64)
        nf = cast(n, tf.complex128 if n.dtype.is_complex else tf.float64)
        return wrap(nf / cast(db, nf.dtype) / tf.reduce_sum(nf)), wrap(edges)
    return wrap(n), wrap(edges)


def _sample_2d(sample: Any) -> tf.Tensor:
    """histogramdd's (N, D) sample as NumPy forms it: a 2-d array as is, anything else `atleast_2d(sample).T`
    (so a sequence of D 1-d arrays gives D columns, and a 1-d array or 0-d array one column)."""
    if not hasattr(sample, "shape") and not isinstance(sample, (list, tuple)):
        raise TypeError(f"{type(sample).__name__!r} object is not iterable")
    s = to_tensor(sample)
    if s.shape.rank == 2 and hasattr(sample, "shape"):
        return s
    if s.shape.rank is None:
        raise NotImplementedError("histogramdd needs the sample's rank, which is unknown while tracing")
    if s.shape.rank < 2:
        s = tf.reshape(s, [1, -1])
    s = tf.transpose(s)
    if s.shape.rank != 2:
        raise ValueError("too many values to unpack (expected 2)")
    return s


def histogramdd(
    sample: Any, bins: Any = 10, range: Any = None, density: Any = None, weights: Any = None
) -> tuple[ndarray, list[ndarray]]:
    """`numpy.histogramdd` (float64 counts; sample is (N, D) or a sequence of D 1-d arrays).

    Examples:
        >>> counts, edges = tnp.histogramdd(tnp.array([[0, 0], [1, 1], [1, 0]]), bins=2)
        >>> counts
        tnp.array([[1., 0.],
                   [1., 1.]])
    """
    s = _sample_2d(sample)
    dims = s.shape[1]
    if dims is None:
        raise NotImplementedError(
            "histogramdd needs the number of dimensions D, which is unknown while tracing"
        )
    w = None if weights is None else to_tensor(weights)
    try:
        if len(bins) != dims:
            raise ValueError("The dimension of bins must be equal to the dimension of the sample x.")
        per = list(bins)
    except TypeError:
        per = [bins] * dims
    if range is None:
        range = (None,) * dims
    elif len(range) != dims:
        raise ValueError("range argument must have one entry per dimension")
    edges: list[tf.Tensor] = []
    for i in builtins.range(dims):
        col = s[:, i]
        b = per[i]
        if np.ndim(b) == 0:
            if b < 1:
                raise ValueError(f"`bins[{i}]` must be positive, when an integer")
            lo, hi = _outer_edges(col, range[i])
            try:
                n = operator.index(b)
            except TypeError as exc:
                raise TypeError(f"`bins[{i}]` must be an integer, when a scalar") from exc
            e = tnp_core.linspace(wrap(to_tensor(lo)), wrap(to_tensor(hi)), n + 1)._t
        elif np.ndim(b) == 1:
            e = to_tensor(b)
            if not is_symbolic(e) and bool(tnp_core.any(tnp_core.greater(wrap(e[:-1]), wrap(e[1:])))):
                raise ValueError(f"`bins[{i}]` must be monotonically increasing, when an array")
        else:
            raise ValueError(f"`bins[{i}]` must be a scalar or 1d array")
        edges.append(e)
    flat = tf.zeros(tf.shape(s)[:1], tf.int64)
    size = 1
    for i, e in enumerate(edges):
        nbin = e.shape[0] - 1
        idx = _bin_index(s[:, i], e)
        flat = tf.where((flat < 0) | tf.equal(idx, nbin), tf.constant(-1, tf.int64), flat * nbin + idx)
        size *= nbin
    flat = tf.where(flat < 0, tf.constant(size, tf.int64), flat)
    wv = tf.ones(tf.shape(flat), tf.float64) if w is None else cast(w, tf.float64)
    if w is not None and w.dtype.is_complex:
        raise TypeError(
            "Cannot cast array data from dtype('complex128') to dtype('float64') according to the rule 'safe'"
        )
    hist = tf.math.unsorted_segment_sum(wv, flat, size + 1)[:-1]
    hist = tf.reshape(hist, [e.shape[0] - 1 for e in edges])
    if density:
        total = tf.reduce_sum(hist)
        for i, e in enumerate(edges):
            shape = [1] * dims
            shape[i] = e.shape[0] - 1
            hist = hist / tf.reshape(cast(e[1:] - e[:-1], tf.float64), shape)
        hist = hist / total
    return wrap(hist), [wrap(e) for e in edges]


def _len(v: Any) -> Any:
    """`len(v)` (TypeError for a scalar, as NumPy); None for a tensor whose first dimension is unknown."""
    if isinstance(v, (ndarray, tf.Tensor)):
        shape = to_tensor(v).shape
        if shape.rank == 0:
            raise TypeError("len() of unsized object")
        return None if shape.rank is None else shape[0]
    return len(v)


def histogram2d(
    x: Any, y: Any, bins: Any = 10, range: Any = None, density: Any = None, weights: Any = None
) -> tuple[ndarray, ndarray, ndarray]:
    """`numpy.histogram2d`.

    Examples:
        >>> counts, xe, ye = tnp.histogram2d(tnp.array([0, 1, 1]), tnp.array([0, 1, 0]), bins=2)
        >>> counts
        tnp.array([[1., 0.],
                   [1., 1.]])
    """
    nx, ny = _len(x), _len(y)
    if nx is not None and ny is not None and nx != ny:
        raise ValueError("x and y must have the same length.")
    try:
        n = len(bins)
    except TypeError:
        n = 1
    if n != 1 and n != 2:
        e = to_tensor(bins)
        bins = [e, e]
    hist, edges = histogramdd([x, y], bins, range, density, weights)
    return hist, edges[0], edges[1]


__all__ = ["bincount", "digitize", "histogram", "histogram2d", "histogram_bin_edges", "histogramdd"]
