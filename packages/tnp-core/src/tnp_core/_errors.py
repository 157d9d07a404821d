"""NumPy's exception types, and the single place where TensorFlow errors are translated into them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
from numpy.exceptions import AxisError, ComplexWarning, DTypePromotionError

from ._tf import tf

__all__ = ["AxisError", "ComplexWarning", "DTypePromotionError", "LinAlgError", "translate", "translating"]

LinAlgError = np.linalg.LinAlgError
F = TypeVar("F", bound=Callable[..., Any])


def translate(exc: Exception) -> Exception:
    """A NumPy-typed exception for a TensorFlow error (the original is chained as the cause)."""
    msg = getattr(exc, "message", str(exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, tf.errors.ResourceExhaustedError):
        return MemoryError(f"unable to allocate the array: {msg}")
    if isinstance(exc, tf.errors.InvalidArgumentError):
        if "out of bounds" in msg or "out of range" in msg or "not in [" in msg:
            return IndexError(msg)
        return ValueError(msg)
    if isinstance(exc, tf.errors.UnimplementedError):
        return TypeError(msg)
    if isinstance(exc, tf.errors.OpError):
        return RuntimeError(msg)
    return exc


def translating(fn: F) -> F:
    """Decorate a function so that TensorFlow errors leave it as NumPy's exception types."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except tf.errors.OpError as exc:
            raise translate(exc) from exc

    return wrapper  # type: ignore[return-value]
