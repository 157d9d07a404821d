"""Elementwise functions that are not ufuncs: nan_to_num, angle, sinc, i0, unwrap, fix, the is*-tests, and the
closeness tests (isclose, allclose, array_equal, array_equiv).

Functions whose NumPy result is a Python bool (allclose, array_equal, array_equiv) return a bool eagerly and a 0-d
bool array inside `tf.function`, where the value is not known while tracing.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import TF_TO_NP, cast, is_symbolic, ndarray, normalize_axis, to_tensor, wrap

from . import _ufuncs


def _float_result(t: tf.Tensor) -> tf.Tensor:
    """NumPy's float loop for an elementwise function of one argument: ints and bool go to float64."""
    if t.dtype.is_floating or t.dtype.is_complex:
        return t
    return tf.cast(t, tf.float64)


def _store(result: tf.Tensor, out: Any) -> ndarray:
    if out is None:
        return wrap(result)
    if not isinstance(out, ndarray):
        raise TypeError("out must be a tnp.ndarray")
    out._t = tf.broadcast_to(cast(result, out._t.dtype), tf.shape(out._t))
    return out


def _python_bool(t: tf.Tensor) -> Any:
    return wrap(t) if is_symbolic(t) else bool(t.numpy())


def fix(x: Any, out: Any = None) -> ndarray:
    """`numpy.fix`: round toward zero (the dtype is kept; ints are returned unchanged).

    Examples:
        >>> tnp.fix(tnp.array([2.7, -2.7]))
        tnp.array([ 2., -2.])
    """
    return _store(_ufuncs.trunc(x)._t, out)


def nan_to_num(x: Any, copy: bool = True, nan: Any = 0.0, posinf: Any = None, neginf: Any = None) -> ndarray:
    """`numpy.nan_to_num`. Differs: never in place (`copy=False` returns a new array too).

    Examples:
        >>> tnp.nan_to_num(tnp.array([tnp.nan, 1.0, -tnp.inf]), neginf=-9.0)
        tnp.array([ 0.,  1., -9.])
    """
    t = to_tensor(x)
    if not (t.dtype.is_floating or t.dtype.is_complex):
        return wrap(t)

    def fixed(r: tf.Tensor) -> tf.Tensor:
        info = np.finfo(TF_TO_NP[r.dtype]) if r.dtype != tf.bfloat16 else None
        big = float(info.max) if info is not None else float(tf.bfloat16.max)
        hi = tf.constant(big if posinf is None else posinf, r.dtype)
        lo = tf.constant(-big if neginf is None else neginf, r.dtype)
        r = tf.where(tf.math.is_nan(r), tf.constant(nan, r.dtype), r)
        return tf.where(tf.math.is_inf(r), tf.where(r > 0, hi, lo), r)

    if t.dtype.is_complex:
        return wrap(tf.complex(fixed(tf.math.real(t)), fixed(tf.math.imag(t))))
    return wrap(fixed(t))


def angle(z: Any, deg: bool = False) -> ndarray:
    """`numpy.angle`: the counterclockwise angle from the positive real axis (radians, or degrees with deg).

    Examples:
        >>> tnp.angle(tnp.array([1j, -1 + 0j]), deg=True)
        tnp.array([ 90., 180.])
    """
    t = to_tensor(z)
    if t.dtype.is_complex:
        r = tf.math.atan2(tf.math.imag(t), tf.math.real(t))
    else:  # NumPy: arctan2(0, x), with arctan2's loop dtype (int8 -> float16, int64 -> float64)
        r = _ufuncs.arctan2(0, wrap(t))._t
    if deg:
        r = r * tf.constant(180.0 / math.pi, r.dtype)
    return wrap(r)


def isposinf(x: Any, out: Any = None) -> ndarray:
    """`numpy.isposinf` (complex input raises TypeError, as NumPy).

    Examples:
        >>> tnp.isposinf(tnp.array([-tnp.inf, 0.0, tnp.inf]))
        tnp.array([False, False,  True])
    """
    t = _real_only(x, "isposinf")
    r = tf.logical_and(tf.math.is_inf(t), t > 0) if t.dtype.is_floating else tf.zeros(tf.shape(t), tf.bool)
    return _store(r, out)


def isneginf(x: Any, out: Any = None) -> ndarray:
    """`numpy.isneginf` (complex input raises TypeError, as NumPy).

    Examples:
        >>> tnp.isneginf(tnp.array([-tnp.inf, 0.0, tnp.inf]))
        tnp.array([ True, False, False])
    """
    t = _real_only(x, "isneginf")
    r = tf.logical_and(tf.math.is_inf(t), t < 0) if t.dtype.is_floating else tf.zeros(tf.shape(t), tf.bool)
    return _store(r, out)


def _real_only(x: Any, name: str) -> tf.Tensor:
    t = to_tensor(x)
    if t.dtype.is_complex:
        raise TypeError(
            f"This operation is not supported for complex values because it would be ambiguous ({name})."
        )
    return t


def iscomplex(x: Any) -> ndarray:
    """`numpy.iscomplex`: elements with a non-zero imaginary part.

    Examples:
        >>> tnp.iscomplex(tnp.array([1 + 1j, 1 + 0j]))
        tnp.array([ True, False])
    """
    t = to_tensor(x)
    if not t.dtype.is_complex:
        return wrap(tf.zeros(tf.shape(t), tf.bool))
    return wrap(tf.not_equal(tf.math.imag(t), 0))


def isreal(x: Any) -> ndarray:
    """`numpy.isreal`: elements with a zero imaginary part.

    Examples:
        >>> tnp.isreal(tnp.array([1 + 1j, 1 + 0j]))
        tnp.array([False,  True])
    """
    t = to_tensor(x)
    if not t.dtype.is_complex:
        return wrap(tf.ones(tf.shape(t), tf.bool))
    return wrap(tf.equal(tf.math.imag(t), 0))


def iscomplexobj(x: Any) -> bool:
    """`numpy.iscomplexobj`: whether the dtype is complex.

    Examples:
        >>> tnp.iscomplexobj(tnp.array([1 + 0j]))
        True
        >>> tnp.iscomplexobj([1.0])
        False
    """
    return bool(to_tensor(x).dtype.is_complex)


def isrealobj(x: Any) -> bool:
    """`numpy.isrealobj`: whether the dtype is not complex.

    Examples:
        >>> tnp.isrealobj(tnp.array([1.0]))
        True
    """
    return not iscomplexobj(x)


def real_if_close(a: Any, tol: float = 100) -> ndarray:
    """`numpy.real_if_close`. The result dtype depends on the values, so it needs eager mode.

    Examples:
        >>> tnp.real_if_close(tnp.array([2.1 + 4e-15j, 5.2 + 3e-15j]))
        tnp.array([2.1, 5.2])
    """
    t = to_tensor(a)
    if not t.dtype.is_complex:
        return wrap(t)
    if is_symbolic(t):
        raise NotImplementedError(
            "real_if_close: the result dtype depends on the values; not available in tf.function"
        )
    eps = float(np.finfo(TF_TO_NP[t.dtype]).eps)
    limit = tol * eps if tol > 1 else tol
    if bool(tf.reduce_all(tf.abs(tf.math.imag(t)) < limit)):
        return wrap(tf.math.real(t))
    return wrap(t)


def sinc(x: Any) -> ndarray:
    """`numpy.sinc`: sin(pi x) / (pi x), 1 at 0.

    Examples:
        >>> tnp.sinc(tnp.array([0.0, 0.5, 1.0])).round(4)
        tnp.array([1.    , 0.6366, 0.    ])
    """
    t = _float_result(to_tensor(x))
    y = t * tf.constant(math.pi, t.dtype)
    zero = tf.equal(y, 0)
    safe = tf.where(zero, tf.ones_like(y), y)
    return wrap(tf.where(zero, tf.ones_like(y), tf.sin(safe) / safe))


def i0(x: Any) -> ndarray:
    """`numpy.i0`: the modified Bessel function of the first kind, order 0 (complex input raises TypeError).

    Examples:
        >>> tnp.i0(tnp.array([0.0, 1.0])).round(4)
        tnp.array([1.    , 1.2661])
    """
    t = to_tensor(x)
    if t.dtype.is_complex:
        raise TypeError("i0 not supported for complex values")
    t = _float_result(t)
    if t.dtype in (tf.float16, tf.bfloat16):
        return wrap(tf.cast(tf.math.special.bessel_i0(tf.cast(t, tf.float32)), t.dtype))
    return wrap(tf.math.special.bessel_i0(t))


def unwrap(p: Any, discont: Any = None, axis: int = -1, *, period: Any = 2 * math.pi) -> ndarray:
    """`numpy.unwrap`: remove jumps larger than `discont` (default period/2) along `axis`.

    The result dtype is NumPy's `result_type(p, period)`: integer input with an integer period stays integer.
    An array `period` must hold one value (NumPy broadcasts several against the differences).

    Examples:
        >>> tnp.unwrap(tnp.array([0.0, 3.0, 6.5, 0.5])).round(4)
        tnp.array([0.    , 3.    , 0.2168, 0.5   ])
        >>> tnp.unwrap(tnp.array([1, 2, 3, 4, 5, 6, 1, 2, 3]), period=6)
        tnp.array([1, 2, 3, 4, 5, 6, 7, 8, 9])
    """
    t = to_tensor(p)
    if t.shape.rank == 0:
        raise ValueError("diff requires input that is at least one dimensional")
    ax = normalize_axis(axis, t.shape.rank)
    n = tf.shape(t)[ax]
    head = tf.gather(t, tf.range(0, tf.maximum(n - 1, 0)), axis=ax)
    tail = tf.gather(t, tf.range(tf.minimum(n, 1), n), axis=ax)
    dd = tf.not_equal(tail, head) if t.dtype == tf.bool else tail - head  # NumPy's diff (wraps for ints)
    per = np.asarray(period.tolist()) if isinstance(period, ndarray) else period
    if discont is None:
        discont = per / 2  # NumPy's TypeError for a list
    dtype = tf.as_dtype(np.result_type(TF_TO_NP[dd.dtype], per))
    if dtype.is_complex:
        raise TypeError("unwrap: ufunc 'remainder' not supported for complex input")
    if isinstance(per, np.ndarray):  # (an array period of several values: ValueError)
        per = per.reshape(())[()] if per.size == 1 else per.item()
    low, high, ambiguous, work = _interval(per, TF_TO_NP[dd.dtype], dtype)
    small = tnp_core.less(tnp_core.absolute(wrap(dd)), discont)._t  # in dd's dtype, as NumPy (abs wraps)
    dd = cast(dd, work)
    pt = _const(per, work)
    if work.is_integer and per == 0:  # NumPy's integer x % 0 is 0 (TensorFlow's is an error)
        ddmod = tnp_core.remainder(wrap(dd - low), wrap(pt))._t + low
    else:
        ddmod = tf.math.floormod(dd - low, pt) + low
    if ambiguous:  # a jump of exactly period/2 keeps its sign
        ddmod = tf.where(tf.logical_and(tf.equal(ddmod, low), dd > 0), high, ddmod)
    correct = tf.where(small, tf.zeros_like(dd), ddmod - dd)
    first = tf.zeros_like(tf.gather(correct, tf.range(0, tf.minimum(n, 1)), axis=ax))
    return wrap(cast(cast(t, work) + tf.concat([first, tf.cumsum(correct, axis=ax)], axis=ax), dtype))


def _const(x: Any, dtype: tf.DType) -> tf.Tensor:
    """A scalar that NumPy's arithmetic of unwrap put in `dtype` (it fits, or wrapped as NumPy's did)."""
    with np.errstate(all="ignore"):
        return tf.constant(np.asarray(x).astype(TF_TO_NP[dtype]))


def _interval(period: Any, dd_dtype: Any, dtype: tf.DType) -> tuple[tf.Tensor, tf.Tensor, bool, tf.DType]:
    """unwrap's (low, high, boundary ambiguous, working dtype), with NumPy's scalar arithmetic (an unsigned NumPy
    period wraps `-high`; a bool result works in float). NumPy's errors for a period that does not fit
    (OverflowError) come from NumPy's own operations on a one-element array of the differences' dtype."""
    if dtype.is_integer:
        high, rem = divmod(period, 2)
        ambiguous = bool(rem == 0)
    else:
        high, ambiguous = period / 2, True
    with np.errstate(all="ignore"):
        low = -high
        probe = np.zeros(1, dd_dtype)
        ddmod = np.mod(probe - low, period) + low
        if ambiguous:
            np.copyto(ddmod, high, where=(ddmod == low) & (probe > 0))
    work = tf.as_dtype(ddmod.dtype)
    return _const(low, work), _const(high, work), ambiguous, work


def isclose(a: Any, b: Any, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> ndarray:
    """`numpy.isclose`: |a - b| <= atol + rtol * |b|, elementwise (infinities equal themselves).

    Examples:
        >>> tnp.isclose(tnp.array([1.0, 1.1]), 1.0)
        tnp.array([ True, False])
        >>> tnp.isclose(tnp.nan, tnp.nan, equal_nan=True)
        tnp.array(True)
    """
    x, y = to_tensor(a), to_tensor(b)
    _check_broadcastable(x, y)
    common = np.result_type(TF_TO_NP[x.dtype], TF_TO_NP[y.dtype], 1.0)
    work = tf.as_dtype(common)
    x, y = cast(x, work), cast(y, work)
    diff = tf.abs(x - y)
    limit = tf.constant(atol, diff.dtype) + tf.constant(rtol, diff.dtype) * tf.abs(y)
    finite = tf.logical_and(_ufuncs.isfinite(wrap(x))._t, _ufuncs.isfinite(wrap(y))._t)
    close = tf.where(finite, diff <= limit, tf.equal(x, y))
    if equal_nan:
        close = tf.logical_or(close, tf.logical_and(_ufuncs.isnan(wrap(x))._t, _ufuncs.isnan(wrap(y))._t))
    return wrap(close)


def _check_broadcastable(x: tf.Tensor, y: tf.Tensor) -> None:
    """NumPy's ValueError for static shapes that do not broadcast (an unknown dimension is assumed to fit)."""
    if x.shape.rank is None or y.shape.rank is None:
        return
    sx, sy = (tuple(1 if d is None else d for d in t.shape.as_list()) for t in (x, y))
    try:
        np.broadcast_shapes(sx, sy)
    except ValueError:
        raise ValueError(f"operands could not be broadcast together with shapes {sx} {sy}") from None


def allclose(a: Any, b: Any, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> Any:
    """`numpy.allclose` (a Python bool eagerly; a 0-d bool array inside tf.function).

    Examples:
        >>> tnp.allclose(tnp.array([1e10, 1e-8]), tnp.array([1.00001e10, 1e-9]))
        True
    """
    return _python_bool(tf.reduce_all(isclose(a, b, rtol, atol, equal_nan)._t))


def array_equal(a1: Any, a2: Any, equal_nan: bool = False) -> Any:
    """`numpy.array_equal`: same shape and elements (a Python bool eagerly).

    Examples:
        >>> tnp.array_equal(tnp.array([1, 2]), [1, 2])
        True
        >>> tnp.array_equal(tnp.array([1, 2]), [1, 2, 3])
        False
    """
    x, y = to_tensor(a1), to_tensor(a2)
    if x.shape.as_list() != y.shape.as_list() and None not in x.shape.as_list() + y.shape.as_list():
        return False
    common = tf.as_dtype(np.result_type(TF_TO_NP[x.dtype], TF_TO_NP[y.dtype]))
    x, y = cast(x, common), cast(y, common)
    eq = tf.equal(x, y)
    if equal_nan and (common.is_floating or common.is_complex):
        eq = tf.logical_or(eq, tf.logical_and(_ufuncs.isnan(wrap(x))._t, _ufuncs.isnan(wrap(y))._t))
    return _python_bool(tf.reduce_all(eq))


def array_equiv(a1: Any, a2: Any) -> Any:
    """`numpy.array_equiv`: broadcastable and equal elementwise (a Python bool eagerly).

    Examples:
        >>> tnp.array_equiv(tnp.array([1, 2]), [[1, 2], [1, 2]])
        True
    """
    x, y = to_tensor(a1), to_tensor(a2)
    try:
        np.broadcast_shapes(tuple(x.shape.as_list()), tuple(y.shape.as_list()))
    except (ValueError, TypeError):
        return False
    common = tf.as_dtype(np.result_type(TF_TO_NP[x.dtype], TF_TO_NP[y.dtype]))
    return _python_bool(tf.reduce_all(tf.equal(cast(x, common), cast(y, common))))


__all__ = [
    "allclose", "angle", "array_equal", "array_equiv", "fix", "i0", "isclose", "iscomplex", "iscomplexobj",
    "isneginf", "isposinf", "isreal", "isrealobj", "nan_to_num", "real_if_close", "sinc", "unwrap",
]  # fmt: skip
