"""Window functions: bartlett, blackman, hamming, hanning, kaiser (float64, as NumPy).

The window length `M` must be a concrete number (the result's shape depends on it); `kaiser`'s `beta` may be a
tensor (even a traced one), so gradients with respect to `beta` flow.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import tensorflow as tf
from tnp_core.extending import cast, check_allocatable, is_symbolic, ndarray, to_tensor, wrap

_F64 = tf.float64


def _host_values(*args: Any) -> tuple[float, ...]:
    """NumPy's `np.array([0.0, *args])` on concrete arguments, as Python floats (complex is not supported)."""
    for a, name in zip(args, ("M", "beta")):
        t = a._t if isinstance(a, ndarray) else a
        if isinstance(t, tf.Tensor) and is_symbolic(t):
            raise TypeError(f"`{name}` must be a concrete number; it is a traced tensor inside tf.function")
    values = np.array([0.0, *(np.asarray(a) if isinstance(a, ndarray) else a for a in args)])
    if values.dtype.kind == "O" and all(type(v) in (int, float) for v in values[1:]):  # ints beyond int64
        return tuple(float(v) for v in values[1:])
    if values.dtype.kind == "c":
        raise TypeError("complex window arguments are not supported (M and beta must be real)")
    if values.dtype.kind not in "biuf":
        bad = values[1:][0]
        raise TypeError(f"'<' not supported between instances of {type(bad).__name__!r} and 'int'")
    return tuple(float(v) for v in values[1:])


def _arange_len(x: float) -> int:
    """NumPy's `arange` length ceil(x), with its errors for a NaN, infinite or huge length (not yet clipped at 0:
    exactly 2**63 wraps to the most negative length)."""
    if math.isnan(x):
        raise ValueError("arange: cannot compute length")
    if math.isinf(x) or not -(2**63) <= math.ceil(x) <= 2**63:
        raise ValueError("Maximum allowed size exceeded")
    n = math.ceil(x)
    return -(2**63) if n == 2**63 else n


def _length(x: float) -> int:
    """A window's length as `_arange_len`, with NumPy's error for a float64 array beyond memory."""
    n = _arange_len(x)
    check_allocatable((n,), np.float64)
    return n


def _cosine_window(M: Any, body: Callable[[tf.Tensor, float], tf.Tensor]) -> ndarray:  # noqa: N803  (NumPy\'s name)
    (m,) = _host_values(M)
    if m < 1:
        return wrap(tf.zeros([0], _F64))
    if m == 1:
        return wrap(tf.ones([1], _F64))
    count = _length((m - (1.0 - m)) / 2.0)
    n = (1.0 - m) + 2.0 * tf.range(max(count, 0), dtype=_F64)
    return wrap(body(n, m))


def _pi_n(n: tf.Tensor, m: float, k: float = 1.0) -> tf.Tensor:
    return k * math.pi * n / (m - 1)


def bartlett(M: Any) -> ndarray:  # noqa: N803  (NumPy\'s name)
    """`numpy.bartlett`: the triangular window with zero end points.

    Differs from NumPy: complex `M` raises TypeError. Example: `bartlett(5)` -> `array([0. , 0.5, 1. , 0.5, 0. ])`.

    Examples:
        >>> tnp.bartlett(5)
        tnp.array([0. , 0.5, 1. , 0.5, 0. ])
    """
    return _cosine_window(M, lambda n, m: tf.where(n <= 0, 1 + n / (m - 1), 1 - n / (m - 1)))


def blackman(M: Any) -> ndarray:  # noqa: N803  (NumPy\'s name)
    """`numpy.blackman`: the Blackman window.

    Differs from NumPy: complex `M` raises TypeError. Example: `blackman(3)` -> `array([-1.38777878e-17, 1., ...])`.

    Examples:
        >>> tnp.blackman(5)[1:4].round(4)
        tnp.array([0.34, 1.  , 0.34])
    """
    return _cosine_window(M, lambda n, m: 0.42 + 0.5 * tf.cos(_pi_n(n, m)) + 0.08 * tf.cos(_pi_n(n, m, 2.0)))


def hamming(M: Any) -> ndarray:  # noqa: N803  (NumPy\'s name)
    """`numpy.hamming`: the Hamming window.

    Differs from NumPy: complex `M` raises TypeError. Example: `hamming(3)` -> `array([0.08, 1.  , 0.08])`.

    Examples:
        >>> tnp.hamming(5).round(4)
        tnp.array([0.08, 0.54, 1.  , 0.54, 0.08])
    """
    return _cosine_window(M, lambda n, m: 0.54 + 0.46 * tf.cos(_pi_n(n, m)))


def hanning(M: Any) -> ndarray:  # noqa: N803  (NumPy\'s name)
    """`numpy.hanning`: the Hann window.

    Differs from NumPy: complex `M` raises TypeError. Example: `hanning(3)` -> `array([0., 1., 0.])`.

    Examples:
        >>> tnp.hanning(5)
        tnp.array([0. , 0.5, 1. , 0.5, 0. ])
    """
    return _cosine_window(M, lambda n, m: 0.5 + 0.5 * tf.cos(_pi_n(n, m)))


def kaiser(M: Any, beta: Any) -> ndarray:  # noqa: N803  (NumPy\'s name)
    """`numpy.kaiser`: the Kaiser window with shape parameter `beta`.

    Differs from NumPy: `beta` may be a (traced) 0-d tensor or array. As NumPy, a complex `M` or `beta` gives
    `[1+0j]` for `M == 1` and NumPy's TypeError from `i0` otherwise. Example: `kaiser(3, 0)` -> `array([1., 1., 1.])`.

    Examples:
        >>> tnp.kaiser(4, 5.0).round(4)
        tnp.array([0.0367, 0.7753, 0.7753, 0.0367])
    """
    if isinstance(beta, ndarray) or tf.is_tensor(beta):
        b = to_tensor(beta)
        if b.shape.rank != 0:
            raise ValueError("setting an array element with a sequence (beta must be a scalar)")
        if _complex_values(M, np.zeros((), b.dtype.as_numpy_dtype)):
            return _complex_kaiser(M)
        (m,) = _host_values(M)
        bt = cast(b, _F64)
    else:
        if _complex_values(M, beta):
            return _complex_kaiser(M)
        m, bv = _host_values(M, beta)
        bt = tf.constant(bv, _F64)
    if m == 1:
        return wrap(tf.ones([1], _F64))
    n = tf.range(max(_length(m), 0), dtype=_F64)
    alpha = (m - 1) / 2.0
    i0 = tf.math.special.bessel_i0
    return wrap(i0(bt * tf.sqrt(1 - ((n - alpha) / alpha) ** 2.0)) / i0(bt))


def _complex_values(M: Any, beta: Any) -> bool:  # noqa: N803  (NumPy\'s name)
    """Whether NumPy's `np.array([0.0, M, beta])` is complex, or holds a complex number and an int beyond int64
    (NumPy's ValueError for a non-scalar array)."""
    if any(tf.is_tensor(t) and is_symbolic(t) for t in (M._t if isinstance(M, ndarray) else M, beta)):
        return False  # a traced M: `_host_values` says so
    args = [np.asarray(a) if isinstance(a, ndarray) else a for a in (M, beta)]
    values = np.array([0.0, *(a[()] if isinstance(a, np.ndarray) and a.ndim == 0 else a for a in args)])
    if values.dtype.kind == "O" and all(isinstance(v, (int, float, complex, np.number)) for v in values[1:]):
        return any(isinstance(v, (complex, np.complexfloating)) for v in values[1:])
    return values.dtype.kind == "c"


def _complex_kaiser(M: Any) -> ndarray:  # noqa: N803  (NumPy\'s name)
    """NumPy's kaiser for complex values: `[1+0j]` for `M == 1`, else arange's errors, then i0's TypeError."""
    m = complex(np.asarray(M) if isinstance(M, ndarray) else M)
    if m == 1:
        return wrap(tf.ones([1], tf.complex128))
    n = min(_arange_len(m.real), _arange_len(m.imag))  # NumPy's complex arange: the shorter of both parts
    check_allocatable((n,), np.complex128)
    raise TypeError("i0 not supported for complex values")


__all__ = ["bartlett", "blackman", "hamming", "hanning", "kaiser"]
