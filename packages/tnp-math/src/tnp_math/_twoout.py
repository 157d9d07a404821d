"""`frexp` and `modf`: NumPy's two-output ufuncs, as functions returning a pair of tnp arrays.

Differs from NumPy: plain functions, not `ufunc` objects; `out=` takes a pair of arrays.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import tensorflow as tf
from tnp_core.extending import NP_TO_TF, TF_TO_NP, ndarray, to_tensor, wrap


def _loop(name: str, t: tf.Tensor) -> tuple[np.dtype[Any], ...]:
    """NumPy's loop dtypes for this input (NumPy's own TypeError when there is none)."""
    loop = getattr(np, name).resolve_dtypes((TF_TO_NP[t.dtype], None, None))
    return tuple(np.dtype(d) for d in loop)


def _store(results: tuple[tf.Tensor, tf.Tensor], out: Any) -> tuple[ndarray, ndarray]:
    if out is None or out == (None, None):
        return wrap(results[0]), wrap(results[1])
    if not isinstance(out, tuple) or len(out) != 2:
        raise ValueError("The 'out' tuple must have exactly 2 entries: one per ufunc output")
    got = []
    for r, o in zip(results, out):
        if o is None:
            got.append(wrap(r))
            continue
        if not isinstance(o, ndarray):
            raise TypeError("return arrays must be of ArrayType (a tnp.ndarray)")
        o._t = tf.broadcast_to(tf.cast(r, o._t.dtype), tf.shape(o._t))
        got.append(o)
    return got[0], got[1]


def modf(x: Any, /, out: Any = (None, None)) -> tuple[ndarray, ndarray]:
    """`numpy.modf`: the fractional and integral parts, both with the sign of `x`."""
    t = to_tensor(x)
    loop = _loop("modf", t)
    t = tf.cast(t, NP_TO_TF[loop[0]])
    work = tf.float32 if t.dtype in (tf.float16, tf.bfloat16) else t.dtype
    w = tf.cast(t, work)
    whole = tf.where(w < 0, tf.math.ceil(w), tf.floor(w))
    frac = tf.where(tf.math.is_inf(w), tf.zeros_like(w) * tf.sign(w), w - whole)
    frac = tf.where(tf.math.is_nan(w), w, frac)
    return _store((tf.cast(frac, t.dtype), tf.cast(whole, t.dtype)), out)


def frexp(x: Any, /, out: Any = (None, None)) -> tuple[ndarray, ndarray]:
    """`numpy.frexp`: mantissa in [0.5, 1) (signed) and int32 exponent, `x == m * 2**e`."""
    t = to_tensor(x)
    loop = _loop("frexp", t)
    t = tf.cast(t, NP_TO_TF[loop[0]])
    w = tf.cast(t, tf.float64)
    special = tf.logical_or(tf.equal(w, 0), tf.logical_not(tf.math.is_finite(w)))
    safe = tf.where(special, tf.ones_like(w), tf.abs(w))
    e = tf.floor(tf.math.log(safe) / np.log(2.0)) + 1
    m = w / tf.pow(tf.constant(2.0, tf.float64), e)
    # correct the rounding of log2 at the edges of [0.5, 1)
    low = tf.abs(m) < 0.5
    m, e = tf.where(low, m * 2, m), tf.where(low, e - 1, e)
    high = tf.abs(m) >= 1.0
    m, e = tf.where(high, m / 2, m), tf.where(high, e + 1, e)
    m = tf.where(special, w, m)
    e = tf.where(special, tf.zeros_like(e), e)
    return _store((tf.cast(m, t.dtype), tf.cast(e, NP_TO_TF[loop[-1]])), out)


__all__ = ["frexp", "modf"]
