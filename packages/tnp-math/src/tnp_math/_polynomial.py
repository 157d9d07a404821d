"""NumPy's legacy polynomial functions (poly, polyval, polyfit, polyadd, ..., roots) and the class poly1d.

Coefficients are 1-d arrays, highest power first. Arithmetic goes through tnp-core's ufuncs, so dtypes follow
NumPy's promotion; linear algebra uses tf.linalg directly. Differs from NumPy: results whose size depends on the
values (trimmed zeros, `roots`, `polydiv`'s remainder, `polyfit`'s residuals) have a dynamic size inside
tf.function; `roots` and `poly` of a complex matrix cannot pick a real dtype from the values while tracing and stay
complex there; `polyfit`'s RankWarning is only emitted eagerly.
"""

from __future__ import annotations

import operator
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from numpy.exceptions import RankWarning
from tnp_core.extending import (
    NP_TO_TF,
    TF_TO_NP,
    cast,
    check_allocatable,
    is_symbolic,
    ndarray,
    to_tensor,
    translating,
    wrap,
)

from ._statistics import convolve

_State = tuple[tf.Tensor, ...]


def _np(t: tf.Tensor) -> np.dtype[Any]:
    return np.dtype(TF_TO_NP[t.dtype])


def _tf(d: Any) -> tf.DType:
    return NP_TO_TF[np.dtype(d)]


def _arr(p: Any) -> tf.Tensor:
    """The coefficients of a poly1d, or `asarray(p)` as a tensor."""
    return p._coeffs._t if isinstance(p, poly1d) else to_tensor(p)


def _atleast_1d(t: tf.Tensor) -> tf.Tensor:
    return tf.reshape(t, [1]) if t.shape.rank == 0 else t


def _length(t: tf.Tensor) -> Any:
    """len(t): an int when static, else an int64 scalar tensor; TypeError for a 0-d array (as NumPy's len())."""
    if t.shape.rank == 0:
        raise TypeError("len() of unsized object")
    n = t.shape[0]
    return int(n) if n is not None else tf.shape(t, out_type=tf.int64)[0]


def _countdown(n: Any) -> tf.Tensor:
    """`arange(n, 0, -1)` as int64 (empty for n <= 0)."""
    n = tf.cast(n, tf.int64)
    return n - tf.range(tf.maximum(n, 0), dtype=tf.int64)


def _plus_zero(t: tf.Tensor) -> tf.Tensor:
    """`asarray(t) + 0.0`: integers and bools become float64, inexact dtypes stay."""
    return cast(t, _tf(np.result_type(_np(t), 0.0)))


def _repeat(count: Any, body: Callable[[Any, _State], _State], state: _State) -> _State:
    """`state = body(i, state)` for i in range(count): a Python loop when `count` is an int, else tf.while_loop."""
    if isinstance(count, int):
        for i in range(count):
            state = body(i, state)
        return state
    invariants = (tf.TensorShape([]), *(tf.TensorShape([None] * s.shape.rank) for s in state))
    out = tf.while_loop(
        lambda i, *s: i < count,
        lambda i, *s: (i + 1, *body(i, tuple(s))),
        (tf.zeros([], count.dtype), *state),
        shape_invariants=invariants,
    )
    return tuple(out[1:])


def _trim_leading(t: tf.Tensor, is_zero: Callable[[tf.Tensor], tf.Tensor], keep_one: bool) -> tf.Tensor:
    """Drop the leading elements where `is_zero` holds (keeping at least one element when `keep_one`)."""
    n = tf.shape(t, out_type=tf.int64)[0]
    lead = tf.reduce_sum(tf.math.cumprod(tf.cast(is_zero(t), tf.int64)))
    if keep_one:
        lead = tf.minimum(lead, tf.maximum(n - 1, 0))
    return t[lead:]


# ---- construction and evaluation -----------------------------------------------------------------------------


def _poly_dtype(d: np.dtype[Any]) -> np.dtype[Any]:
    """NumPy's `mintypecode(d.char)`: float32/float64/complex64/complex128 stay, everything else is float64."""
    return d if d.char in "fdFD" else np.dtype(np.float64)


def _from_zeros(z: tf.Tensor) -> tf.Tensor:
    """Coefficients of prod(x - z_i): repeated convolution with [1, -z_i] in NumPy's order of operations."""

    def step(i: Any, s: _State) -> _State:
        a, zi = s[0], z[i]
        return (tf.concat([a[:1], a[1:] - zi * a[:-1], -zi * a[-1:]], 0),)

    return _repeat(_length(z), step, (tf.ones([1], z.dtype),))[0]


def _conjugate_pairs(z: tf.Tensor) -> bool:
    """NumPy's test `all(sort(z) == sort(conj(z)))` (eager only)."""
    v = np.asarray(z.numpy(), complex)
    return bool(np.all(np.sort(v) == np.sort(v.conjugate())))


@translating
def poly(seq_of_zeros: Any) -> Any:
    """`numpy.poly`: coefficients of the polynomial with the given roots (or a matrix's characteristic one).

    Differs from NumPy: for a complex input traced in tf.function the result stays complex. Example:
    `poly([1, 2])` -> `array([ 1., -3.,  2.])`.

    Examples:
        >>> tnp.poly([1, 2])
        tnp.array([ 1., -3.,  2.])
    """
    z = _arr(seq_of_zeros)
    if z.shape.rank == 0:
        raise TypeError("dispatcher for __array_function__ did not return an iterable")
    sh = z.shape.as_list()
    if len(sh) == 2 and (None in sh or (sh[0] == sh[1] and sh[0] != 0)):
        d = _np(z)
        if d.kind == "f" and d.itemsize < 4:
            raise TypeError(f"array type {d} is unsupported in linalg")
        real = d.kind != "c"
        work = _tf(np.float32 if d == np.float32 else np.float64) if real else z.dtype
        ev = tf.linalg.eigvals(cast(z, work))
        a = _from_zeros(ev)
        if real or (not is_symbolic(ev) and _conjugate_pairs(ev)):
            a = tf.math.real(a)
        return wrap(a)
    if len(sh) != 1:
        raise ValueError("input must be 1d or non-empty square 2d array.")
    if sh[0] == 0:
        return 1.0
    z = cast(z, _tf(_poly_dtype(_np(z))))
    a = _from_zeros(z)
    if z.dtype.is_complex and not is_symbolic(z) and _conjugate_pairs(z):
        a = tf.math.real(a)
    return wrap(a)


def _mul_add(y: tf.Tensor, x: tf.Tensor, c: tf.Tensor) -> tf.Tensor:
    if y.dtype == tf.bool:
        return tf.logical_or(tf.logical_and(y, x), c)
    return y * x + c


@translating
def polyval(p: Any, x: Any) -> Any:
    """`numpy.polyval`: evaluate the polynomial `p` at `x` by Horner's scheme (a poly1d `x` gives a poly1d).

    Differs from NumPy: with `p`'s length unknown while tracing, the result has the promoted dtype even when `p`
    turns out empty. Example: `polyval([3, 0, 1], 5)` -> `array(76)`.

    Examples:
        >>> tnp.polyval([1, 2, 3], 2)
        tnp.array(11)
        >>> tnp.polyval(tnp.array([1, 0, -1]), tnp.array([0, 1, 2]))
        tnp.array([-1,  0,  3])
    """
    pt = _arr(p)
    n = _length(pt)
    if isinstance(x, poly1d):
        if not isinstance(n, int):
            raise TypeError("polyval with a poly1d x needs the length of p, which is unknown while tracing")
        res: Any = 0
        for i in range(n):
            res = res * x + wrap(pt[i])
        return res
    xt = to_tensor(x)
    if isinstance(n, int) and n == 0:
        return wrap(tf.zeros_like(xt))
    d = _tf(np.result_type(_np(xt), _np(pt)))
    xt, pt = cast(xt, d), cast(pt, d)
    if isinstance(n, int):
        y = tf.zeros_like(xt)
    else:
        y = tf.zeros(tf.broadcast_dynamic_shape(tf.shape(xt), tf.shape(pt)[1:]), d)
    return wrap(_repeat(n, lambda i, s: (_mul_add(s[0], xt, pt[i]),), (y,))[0])


# ---- arithmetic ----------------------------------------------------------------------------------------------


def _pad_front(t: tf.Tensor, k: Any) -> tf.Tensor:
    """`concatenate((zeros(k, t.dtype), t))` for a 1-d t (k may be a tensor, 0 allowed)."""
    return tf.concat([tf.zeros(tf.reshape(k, [1]), t.dtype), t], 0)


def _add_or_sub(a1: Any, a2: Any, op: Callable[[Any, Any], ndarray]) -> Any:
    truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
    t1, t2 = _atleast_1d(_arr(a1)), _atleast_1d(_arr(a2))
    n1, n2 = _length(t1), _length(t2)
    if isinstance(n1, int) and isinstance(n2, int) and n1 == n2:
        val = op(wrap(t1), wrap(t2))
    elif t1.shape.rank == 1 and t2.shape.rank == 1:
        diff = tf.cast(n2, tf.int64) - tf.cast(n1, tf.int64)
        val = op(wrap(_pad_front(t1, tf.maximum(diff, 0))), wrap(_pad_front(t2, tf.maximum(-diff, 0))))
    elif not (isinstance(n1, int) and isinstance(n2, int)):
        val = op(wrap(t1), wrap(t2))  # lengths unknown while tracing: they must match
    else:
        raise ValueError(
            "all the input array dimensions except for the concatenation axis must match exactly "
            "(polynomials of different lengths must be 1-d)"
        )
    return poly1d(val) if truepoly else val


@translating
def polyadd(a1: Any, a2: Any) -> Any:
    """`numpy.polyadd`: the sum of two polynomials (no trimming; a poly1d argument gives a poly1d).

    Example: `polyadd([1, 2], [9, 5, 4])` -> `array([9, 6, 6])`.

    Examples:
        >>> tnp.polyadd([1, 2], [1, 1, 1])
        tnp.array([1, 2, 3])
    """
    return _add_or_sub(a1, a2, tnp_core.add)


@translating
def polysub(a1: Any, a2: Any) -> Any:
    """`numpy.polysub`: the difference `a1 - a2` of two polynomials (a poly1d argument gives a poly1d).

    Example: `polysub([2, 10, -2], [3, 10, -4])` -> `array([-1,  0,  2])`.

    Examples:
        >>> tnp.polysub([1, 2], [1, 1, 1])
        tnp.array([-1,  0,  1])
    """
    return _add_or_sub(a1, a2, tnp_core.subtract)


@translating
def polymul(a1: Any, a2: Any) -> Any:
    """`numpy.polymul`: the product of two polynomials (leading zeros trimmed first, as NumPy).

    Example: `polymul([1, 2, 3], [9, 5, 1])` -> `array([ 9, 23, 38, 17,  3])`.

    Examples:
        >>> tnp.polymul([1, 1], [1, -1])
        tnp.array([ 1,  0, -1])
    """
    truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
    val = convolve(poly1d(a1).coeffs, poly1d(a2).coeffs)
    return poly1d(val) if truepoly else val


@translating
def polydiv(u: Any, v: Any) -> tuple[Any, Any]:
    """`numpy.polydiv`: quotient and remainder of `u / v` (inexact dtypes; remainder's leading ~0s dropped).

    Differs from NumPy: 2-d coefficient arrays raise NotImplementedError. Example:
    `polydiv([3., 5., 2.], [2., 1.])` -> `(array([1.5 , 1.75]), array([0.25]))`.

    Examples:
        >>> tnp.polydiv([1.0, 0.0, -1.0], [1.0, 1.0])
        (tnp.array([ 1., -1.]), tnp.array([0.]))
    """
    truepoly = isinstance(u, poly1d) or isinstance(v, poly1d)
    ut, vt = _plus_zero(_atleast_1d(_arr(u))), _plus_zero(_atleast_1d(_arr(v)))
    for t, name in ((ut, "u"), (vt, "v")):
        if t.shape.rank != 1:
            raise NotImplementedError(
                f"polydiv: `{name}` must be 1-d (NumPy's 2-d behaviour is not supported)"
            )
        if t.shape[0] == 0:
            raise IndexError("index 0 is out of bounds for axis 0 with size 0")
    w = _tf(np.result_type(_np(ut), _np(vt)))
    m, n = _length(ut) - 1, _length(vt) - 1
    scale = cast(1.0 / vt[0], w)
    v_w = cast(vt, w)
    steps = m - n + 1
    if isinstance(steps, int):
        q = tf.zeros([max(steps, 1)], w)
    else:
        q = tf.zeros(tf.reshape(tf.maximum(steps, 1), [1]), w)

    def step(k: Any, s: _State) -> _State:
        q, r = s
        d = scale * r[k]
        idx = tf.range(k, k + n + 1)[:, None]
        return tf.tensor_scatter_nd_update(q, [[k]], d[None]), tf.tensor_scatter_nd_sub(r, idx, d * v_w)

    q, r = _repeat(steps if isinstance(steps, int) else tf.maximum(steps, 0), step, (q, cast(ut, w)))
    r = _trim_leading(r, lambda t: tf.abs(t) <= 1e-8, keep_one=True)
    qa, ra = wrap(q), wrap(r)
    return (poly1d(qa), poly1d(ra)) if truepoly else (qa, ra)


@translating
def polyder(p: Any, m: Any = 1) -> Any:
    """`numpy.polyder`: the `m`-th derivative (coefficients times int64 powers, so float32 becomes float64).

    Example: `polyder([1, 1, 1, 1])` -> `array([3, 2, 1])`.

    Examples:
        >>> tnp.polyder([1, 1, 1, 1])
        tnp.array([3, 2, 1])
        >>> tnp.polyder([1, 1, 1, 1], m=2)
        tnp.array([6, 2])
    """
    m = int(m)
    if m < 0:
        raise ValueError("Order of derivative must be positive (see polyint)")
    truepoly = isinstance(p, poly1d)
    t = _arr(p)
    n = _length(t)
    if isinstance(n, int):  # the coefficients are empty after n derivatives: more change nothing
        m = min(m, n + 1)
    for i in range(m + 1):
        n = _length(t) - 1
        y = tnp_core.multiply(wrap(t[:-1]), wrap(_countdown(n)))._t
        if i < m:
            t = y
    return poly1d(wrap(t)) if truepoly else wrap(t)


@translating
def polyint(p: Any, m: Any = 1, k: Any = None) -> Any:
    """`numpy.polyint`: the `m`-th antiderivative with integration constants `k` (highest order first).

    Differs from NumPy: 2-d coefficient arrays raise ValueError up front. Example:
    `polyint([3, 2, 1])` -> `array([1., 1., 1., 0.])`.

    Examples:
        >>> tnp.polyint([3, 2, 1])
        tnp.array([1., 1., 1., 0.])
    """
    m = int(m)
    if m < 0:
        raise ValueError("Order of integral must be positive (see polyder)")
    check_allocatable((m,), np.float64)  # NumPy's zeros(m) of integration constants
    kt = _atleast_1d(tf.zeros([m], tf.float64) if k is None else to_tensor(k))
    if kt.shape[0] is None:
        raise ValueError("k must be a scalar or a rank-1 array of known length")
    if kt.shape[0] == 1 and m > 1:
        kt = tnp_core.multiply(wrap(kt[0]), wrap(tf.ones([m], tf.float64)))._t
    if kt.shape[0] < m:
        raise ValueError("k must be a scalar or a rank-1 array of length 1 or >m.")
    truepoly = isinstance(p, poly1d)
    t = _arr(p)
    if m == 0:
        return poly1d(wrap(t)) if truepoly else wrap(t)
    if t.shape.rank == 0:
        raise TypeError("len() of unsized object")
    if kt.shape.rank != 1:
        raise ValueError(
            "all the input arrays must have same number of dimensions (k must be a scalar or 1-d)"
        )
    for i in range(m):
        n = _length(t)
        if t.shape.rank != 1:
            raise ValueError("all the input arrays must have same number of dimensions (p must be 1-d)")
        y = tnp_core.true_divide(wrap(t), wrap(_countdown(n)))._t
        d = _tf(np.result_type(_np(y), _np(kt)))
        t = tf.concat([cast(y, d), cast(kt[i : i + 1], d)], 0)
    return poly1d(wrap(t)) if truepoly else wrap(t)


# ---- roots and fitting ---------------------------------------------------------------------------------------


def _check_finite(row: tf.Tensor) -> None:
    """numpy.linalg.eigvals' LinAlgError for a non-finite companion matrix (only its first row can be)."""
    if is_symbolic(row):
        return
    parts = (tf.math.real(row), tf.math.imag(row)) if row.dtype.is_complex else (row,)
    if not all(bool(tf.reduce_all(tf.math.is_finite(x))) for x in parts):
        raise tnp_core.LinAlgError("Array must not contain infs or NaNs")


@translating
def roots(p: Any) -> ndarray:
    """`numpy.roots`: the roots of the polynomial, as eigenvalues of its companion matrix.

    Differs from NumPy: the roots may come in another order; while tracing the result is always complex (NumPy
    makes it real when every imaginary part is exactly zero, as tnp does eagerly). Example:
    `roots([1, -3, 2])` -> `array([2., 1.])`.

    Examples:
        >>> tnp.roots([1, -3, 2])
        tnp.array([2., 1.])
    """
    t = _arr(p)
    if t.shape.rank == 0:
        raise TypeError("dispatcher for __array_function__ did not return an iterable")
    if t.shape.rank != 1:
        raise ValueError("Input must be a rank-1 array.")
    d = _np(t)
    if d.kind not in "fc":
        d = np.dtype(np.float64)
    elif d.itemsize < 4 or d == np.dtype(TF_TO_NP[tf.bfloat16]):
        raise TypeError(f"array type {d} is unsupported in linalg")
    nonzero = tf.where(cast(t, tf.bool))[:, 0]
    count = tf.shape(nonzero, out_type=tf.int64)[0]
    if not is_symbolic(count) and int(count) == 0:
        return wrap(tf.zeros([0], tf.float64))
    total = tf.shape(t, out_type=tf.int64)[0]
    first = tf.where(count > 0, nonzero[0] if not is_symbolic(count) else tf.reduce_min(nonzero), 0)
    last = tf.where(count > 0, tf.reduce_max(tf.concat([nonzero, [-1]], 0)) + 1, 0)
    trailing = total - last if not is_symbolic(count) else tf.where(count > 0, total - last, 0)
    core = cast(t[first:last], _tf(d))
    size = tf.shape(core, out_type=tf.int64)[0]
    lead = tf.concat([core, tf.ones([1], core.dtype)], 0)[0]
    row = -core[1:] / lead
    _check_finite(row)
    eye = tf.eye(tf.maximum(size - 2, 0), tf.maximum(size - 1, 0), dtype=core.dtype)
    companion = tf.concat([row[None, :], eye], 0)[: tf.maximum(size - 1, 0)]
    ev = tf.linalg.eigvals(companion)
    if not is_symbolic(ev):
        if int(size) <= 1:
            ev = tf.zeros([0], tf.float64)
        elif not core.dtype.is_complex and bool(tf.reduce_all(tf.math.imag(ev) == 0)):
            ev = tf.math.real(ev)
    return wrap(tf.concat([ev, tf.zeros(tf.reshape(trailing, [1]), ev.dtype)], 0))


def _lstsq(a: tf.Tensor, b: tf.Tensor, rcond: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor]:
    """NumPy's lstsq (SVD with relative cutoff `rcond`) for 2-d `a` and `b`, in a's dtype."""
    s, u, v = tf.linalg.svd(a, full_matrices=False)
    real = s.dtype
    cutoff = tf.cast(rcond, real) * s[0]
    keep = s > cutoff
    rank = tf.reduce_sum(tf.cast(keep, tf.int32))
    inv = tf.where(keep, 1.0 / tf.where(keep, s, tf.ones_like(s)), tf.zeros_like(s))
    x = tf.matmul(v, cast(inv[:, None], a.dtype) * tf.matmul(u, b, adjoint_a=True))
    resid = b - tf.matmul(a, x)
    if a.dtype.is_complex:
        sq = tf.square(tf.math.real(resid)) + tf.square(tf.math.imag(resid))
    else:
        sq = tf.square(resid)
    resids = tf.reduce_sum(sq, axis=0)
    m, n = tf.shape(a)[0], tf.shape(a)[1]
    has = tf.logical_and(tf.equal(rank, n), m > n)
    resids = resids[: tf.where(has, tf.shape(resids)[0], 0)]
    return x, resids, rank, s


def _imul(a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    """NumPy's in-place `a *= b` (a keeps its dtype; NumPy's casting error otherwise)."""
    out = wrap(a)
    tnp_core.multiply(out, wrap(b), out=out)
    return out._t


@translating
def polyfit(
    x: Any, y: Any, deg: Any, rcond: Any = None, full: Any = False, w: Any = None, cov: Any = False
) -> Any:
    """`numpy.polyfit`: least-squares polynomial fit (SVD of NumPy's column-scaled Vandermonde matrix).

    Differs from NumPy: the SVD is TensorFlow's (results equal up to rounding); the rank and the computed rcond
    come back as 0-d arrays; RankWarning is only emitted eagerly. Example:
    `polyfit([0, 1, 2], [1, 3, 7], 2)` -> `array([1., 1., 1.])`.

    Examples:
        >>> tnp.polyfit(tnp.array([0.0, 1.0, 2.0]), tnp.array([1.0, 3.0, 5.0]), 1).round(4)
        tnp.array([2., 1.])
    """
    order = int(deg) + 1
    xt, yt = _plus_zero(to_tensor(x)), _plus_zero(to_tensor(y))
    if deg < 0:
        raise ValueError("expected deg >= 0")
    if xt.shape.rank != 1:
        raise TypeError("expected 1D vector for x")
    if xt.shape[0] == 0:
        raise TypeError("expected non-empty vector for x")
    if yt.shape.rank not in (1, 2):
        raise TypeError("expected 1D or 2D array for y")
    nx, ny = xt.shape[0], yt.shape[0]
    if nx is not None and ny is not None and nx != ny:
        raise TypeError("expected x and y to have same length")
    xd = _np(xt)
    count = _length(xt)
    given_rcond = rcond
    eps = np.finfo(xd).eps
    if rcond is None:
        rc = tf.cast(count, _tf(eps.dtype)) * tf.constant(eps, _tf(eps.dtype))
        rcond = rc
    lhs_d = np.promote_types(xd, np.int64)
    xl = cast(xt, _tf(lhs_d))
    cols = [tf.ones_like(xl)]
    for _ in range(order - 1):
        cols.append(cols[-1] * xl)
    lhs = tf.stack(cols[::-1], axis=1)
    rhs = yt
    if w is not None:
        wt = _plus_zero(to_tensor(w))
        if wt.shape.rank != 1:
            raise TypeError("expected a 1-d array for weights")
        if wt.shape[0] is not None and ny is not None and wt.shape[0] != ny:
            raise TypeError("expected w and y to have the same length")
        lhs = _imul(lhs, wt[:, None])
        rhs = _imul(rhs, wt[:, None] if rhs.shape.rank == 2 else wt)
    rd = _np(rhs)
    if (rd.kind == "f" and rd.itemsize < 4) or rd == np.dtype(TF_TO_NP[tf.bfloat16]):
        raise TypeError(f"array type {rd} is unsupported in linalg")
    scale = tf.sqrt(tf.reduce_sum(lhs * lhs, axis=0))
    lhs = lhs / scale
    res_d = np.result_type(lhs_d, rd)
    work = _tf(np.complex128 if res_d.kind == "c" else np.float64)
    b = cast(rhs, work)
    b2 = b[:, None] if b.shape.rank == 1 else b
    c, resids, rank, s = _lstsq(cast(lhs, work), b2, tf.cast(rcond, tf.float64))
    c = c[:, 0] if b.shape.rank == 1 else c
    c = cast(c, _tf(res_d))
    c = tnp_core.true_divide(wrap(c), wrap(scale[:, None] if c.shape.rank == 2 else scale))
    real_d = _tf(np.float64)
    resids, s = cast(resids, real_d), cast(s, real_d)
    if not is_symbolic(rank) and int(rank) != order and not full:
        warnings.warn("Polyfit may be poorly conditioned", RankWarning, stacklevel=3)  # past `translating`
    if full:
        rc_out = wrap(rcond) if given_rcond is None else given_rcond
        return c, wrap(resids), wrap(rank), wrap(s), rc_out
    if not cov:
        return c
    vbase = tf.linalg.inv(tf.matmul(lhs, lhs, transpose_a=True))
    vbase = vbase / (scale[:, None] * scale[None, :])
    fac: Any
    if isinstance(cov, str) and cov == "unscaled":
        fac = 1
    else:
        if isinstance(count, int) and count <= order:
            raise ValueError("the number of data points must exceed order to scale the covariance matrix")
        fac = tnp_core.true_divide(wrap(resids), wrap(tf.cast(count - order, tf.float64)))
    vb = wrap(vbase if yt.shape.rank == 1 else vbase[:, :, None])
    return c, tnp_core.multiply(vb, fac)


# ---- poly1d --------------------------------------------------------------------------------------------------


def _trimmed(c: Any) -> tf.Tensor:
    t = _atleast_1d(_arr(c))
    if t.shape.rank != 1:
        raise ValueError("Polynomial must be 1d only.")
    if t.shape[0] == 0:
        return tf.zeros([1], t.dtype)
    t = _trim_leading(t, lambda v: tf.logical_not(cast(v, tf.bool)), keep_one=False)
    if t.shape[0] == 0:
        return tf.zeros([1], t.dtype)
    if t.shape[0] is None:
        t = tf.cond(tf.size(t) > 0, lambda: t, lambda: tf.zeros([1], t.dtype))
    return t


def _isscalar(x: Any) -> bool:
    return bool(np.isscalar(x))


class poly1d:
    """`numpy.poly1d`: a one-variable polynomial with arithmetic, evaluation, derivative and integral.

    Differs from NumPy: the coefficients are a tnp array (its length is dynamic inside tf.function, where
    `len()` raises TypeError and `order` is a 0-d array); printing goes through NumPy and needs eager values.
    Example: `poly1d([1, 2, 3])(0.5)` -> `array(4.25)`.

    Examples:
        >>> p = tnp.poly1d([1, 2, 3])
        >>> p(2)
        tnp.array(11)
        >>> (p * p).coeffs
        tnp.array([ 1,  4, 10, 12,  9])
        >>> p.deriv()
        poly1d([2, 2])
    """

    __hash__ = None  # type: ignore[assignment]

    def __init__(self, c_or_r: Any, r: bool = False, variable: Any = None) -> None:
        if isinstance(c_or_r, poly1d):
            self._variable: Any = c_or_r._variable if variable is None else variable
            self._coeffs: ndarray = c_or_r._coeffs
            return
        if r:
            c_or_r = poly(c_or_r)
        self._coeffs = wrap(_trimmed(c_or_r))
        self._variable = "x" if variable is None else variable

    @property
    def coeffs(self) -> ndarray:
        """The coefficients, highest power first."""
        return self._coeffs

    @coeffs.setter
    def coeffs(self, value: Any) -> None:
        if value is not self._coeffs:
            raise AttributeError("Cannot set attribute")

    c = coef = coefficients = coeffs

    @property
    def variable(self) -> Any:
        """The name of the variable used when printing."""
        return self._variable

    @property
    def order(self) -> Any:
        """The degree (an int; a 0-d array while the length is unknown in tf.function)."""
        n = self._coeffs._t.shape[0]
        return int(n) - 1 if n is not None else wrap(tf.shape(self._coeffs._t, out_type=tf.int64)[0] - 1)

    o = order

    @property
    def roots(self) -> ndarray:
        """The roots (see `roots`)."""
        return roots(self._coeffs)

    r = roots

    def __array__(self, t: Any = None, copy: Any = None) -> Any:
        return np.asarray(self._coeffs, t, copy=copy) if t else np.asarray(self._coeffs, copy=copy)

    def _host(self) -> Any:
        if is_symbolic(self._coeffs._t):
            return None
        return np.poly1d(np.asarray(self._coeffs), variable=self._variable)

    def __repr__(self) -> str:
        h = self._host()
        return f"poly1d({self._coeffs._t!r})" if h is None else repr(h)

    def __str__(self) -> str:
        h = self._host()
        return repr(self) if h is None else str(h)

    def __len__(self) -> int:
        o = self.order
        if not isinstance(o, int):
            raise TypeError("len() of a poly1d whose length is unknown while tracing")
        return o

    def __call__(self, val: Any) -> Any:
        return polyval(self._coeffs, val)

    def __neg__(self) -> poly1d:
        return poly1d(-self._coeffs)

    def __pos__(self) -> poly1d:
        return self

    def __mul__(self, other: Any) -> poly1d:
        if _isscalar(other):
            return poly1d(self._coeffs * other)
        return poly1d(polymul(self._coeffs, poly1d(other)._coeffs))

    def __rmul__(self, other: Any) -> poly1d:
        if _isscalar(other):
            return poly1d(other * self._coeffs)
        return poly1d(polymul(self._coeffs, poly1d(other)._coeffs))

    def __add__(self, other: Any) -> poly1d:
        return poly1d(polyadd(self._coeffs, poly1d(other)._coeffs))

    __radd__ = __add__

    def __sub__(self, other: Any) -> poly1d:
        return poly1d(polysub(self._coeffs, poly1d(other)._coeffs))

    def __rsub__(self, other: Any) -> poly1d:
        return poly1d(polysub(poly1d(other)._coeffs, self._coeffs))

    def __pow__(self, val: Any) -> poly1d:
        if not _isscalar(val) or int(val) != val or val < 0:
            raise ValueError("Power to non-negative integers only.")
        res: Any = [1]
        for _ in range(int(val)):
            res = polymul(self._coeffs, res)
        return poly1d(res)

    def __truediv__(self, other: Any) -> Any:
        if _isscalar(other):
            return poly1d(self._coeffs / other)
        return polydiv(self, poly1d(other))

    def __rtruediv__(self, other: Any) -> Any:
        if _isscalar(other):
            return poly1d(other / self._coeffs)
        return polydiv(poly1d(other), self)

    def __eq__(self, other: object) -> Any:
        if not isinstance(other, poly1d):
            return NotImplemented
        a, b = self._coeffs._t, other._coeffs._t
        if a.shape[0] is not None and b.shape[0] is not None:
            if a.shape[0] != b.shape[0]:
                return False
            return tnp_core.all(tnp_core.equal(wrap(a), wrap(b)))
        same = tf.equal(tf.size(a), tf.size(b))
        return wrap(tf.cond(same, lambda: tnp_core.all(tnp_core.equal(wrap(a), wrap(b)))._t, lambda: False))

    def __ne__(self, other: object) -> Any:
        if not isinstance(other, poly1d):
            return NotImplemented
        eq = self.__eq__(other)
        if isinstance(eq, ndarray) and is_symbolic(eq._t):
            return wrap(tf.logical_not(eq._t))
        return not bool(eq)

    def __getitem__(self, val: Any) -> ndarray:
        t = self._coeffs._t
        n = tf.shape(t, out_type=tf.int64)[0]
        val = operator.index(val)
        ind = n - 1 - val
        ok = tf.logical_and(ind >= 0, val >= 0)
        got = tf.gather(t, tf.clip_by_value(ind, 0, n - 1))
        return wrap(tf.where(ok, got, tf.zeros([], t.dtype)))

    def __setitem__(self, key: Any, val: Any) -> None:
        order = self.order
        if not isinstance(order, int):
            raise TypeError("poly1d item assignment needs the order, which is unknown while tracing")
        if key < 0:
            raise ValueError("Does not support negative powers.")
        ind = order - key
        if key > order:
            self._coeffs = wrap(_pad_front(self._coeffs._t, key - order))
            ind = 0
        self._coeffs[ind] = val

    def __iter__(self) -> Iterator[Any]:
        return iter(self._coeffs)

    def integ(self, m: Any = 1, k: Any = 0) -> poly1d:
        """The `m`-th antiderivative with integration constants `k` (see `polyint`)."""
        return poly1d(polyint(self._coeffs, m=m, k=k))

    def deriv(self, m: Any = 1) -> poly1d:
        """The `m`-th derivative (see `polyder`)."""
        return poly1d(polyder(self._coeffs, m=m))


__all__ = [
    "poly", "poly1d", "polyadd", "polyder", "polydiv", "polyfit", "polyint", "polymul", "polysub", "polyval",
    "roots",
]  # fmt: skip
