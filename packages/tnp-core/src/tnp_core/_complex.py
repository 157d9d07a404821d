"""`real` and `imag` (functions and ndarray properties)."""

from __future__ import annotations

from typing import Any

from ._convert import to_tensor
from ._ndarray import ndarray, wrap
from ._tf import tf


def real(val: Any) -> ndarray:
    """The real part (the array itself, for a real array).

    Examples:
        >>> tnp.real(tnp.array([1 + 2j, 3 - 4j]))
        tnp.array([1., 3.])
    """
    t = to_tensor(val)
    return wrap(tf.math.real(t)) if t.dtype.is_complex else (val if isinstance(val, ndarray) else wrap(t))


def imag(val: Any) -> ndarray:
    """The imaginary part (zeros of the same dtype, for a real array).

    Examples:
        >>> tnp.imag(tnp.array([1 + 2j, 3 - 4j]))
        tnp.array([ 2., -4.])
        >>> tnp.imag(tnp.array([1.5]))
        tnp.array([0.])
    """
    t = to_tensor(val)
    return wrap(tf.math.imag(t)) if t.dtype.is_complex else wrap(tf.zeros_like(t))
