"""`frexp` and `modf`: NumPy's two-output ufuncs (`ufunc` objects with `nout == 2`).

Kernels receive the input already cast to NumPy's loop dtype (a float dtype) and return the pair.
"""

from __future__ import annotations

import numpy as np
import tensorflow as tf
from tnp_core.extending import UfuncSpec, ufunc


def _modf(t: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """The fractional and integral parts, both with the sign of `t` (inf: (+-0, inf); nan: (nan, nan))."""
    work = tf.float32 if t.dtype in (tf.float16, tf.bfloat16) else t.dtype
    w = tf.cast(t, work)
    whole = tf.where(w < 0, tf.math.ceil(w), tf.floor(w))
    frac = tf.where(tf.math.is_inf(w), tf.zeros_like(w) * tf.sign(w), w - whole)
    frac = tf.where(tf.math.is_nan(w), w, frac)
    return tf.cast(frac, t.dtype), tf.cast(whole, t.dtype)


def _frexp(t: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """Mantissa in [0.5, 1) (signed) and exponent, `t == m * 2**e` (0, inf, nan: (t, 0))."""
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
    return tf.cast(m, t.dtype), tf.cast(e, tf.int32)


modf = ufunc(UfuncSpec("modf", 1, _modf, scalars_ok=False, nout=2))
frexp = ufunc(UfuncSpec("frexp", 1, _frexp, scalars_ok=False, nout=2))

__all__ = ["frexp", "modf"]
