"""`astype` and the casting= modes."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._convert import cast, to_tensor
from ._dtypes import (
    ENUM_TO_NP,
    ENUM_TO_TF,
    NP_TO_TF,
    TF_TO_NP,
    as_np_dtype,
    requested_dtype,
    warn_complex_to_real,
)
from ._ndarray import ndarray, wrap
from ._tf import enum_of, tf

CASTING_MODES = ("no", "equiv", "safe", "same_kind", "unsafe")


def check_casting(src: np.dtype[Any], dst: np.dtype[Any], casting: str, what: str = "array") -> None:
    """NumPy's TypeError when `src` may not be cast to `dst` under `casting`."""
    if casting not in CASTING_MODES:
        raise ValueError(
            f"casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got {casting!r})"
        )
    if not np.can_cast(src, dst, casting=casting):  # type: ignore[arg-type]
        raise TypeError(f"Cannot cast {what} data from {src!r} to {dst!r} according to the rule {casting!r}")


def astype(x: Any, dtype: Any, /, *, copy: bool = True, device: Any = None) -> ndarray:
    """`numpy.astype` (an unsafe cast). Differs: there are no views, so `copy=False` only skips a no-op cast;
    the result is in native byte order (NumPy keeps '>i4').

    Examples:
        >>> tnp.astype(tnp.array([1.7, -2.5]), tnp.int32)
        tnp.array([ 1, -2], dtype=int32)
    """
    if type(x) is not ndarray:
        _check_astype_input(x)
    return cast_array(x, dtype, copy=copy, device=device)


def _check_astype_input(x: Any) -> None:
    """NumPy's errors for what is not an array: AttributeError for a Python scalar, else TypeError."""
    if isinstance(x, (ndarray, np.ndarray, np.generic, tf.Tensor, tf.Variable)):
        return
    if isinstance(x, (bool, int, float, complex, str, bytes)):
        raise AttributeError(f"'{type(x).__name__}' object has no attribute 'astype'")
    raise TypeError(f"Input should be a NumPy array or scalar. It is a {type(x)} instead.")


def cast_array(
    x: Any, dtype: Any, order: str = "K", casting: str = "unsafe", copy: bool = True, device: Any = None
) -> ndarray:
    """`x.astype(dtype, order, casting, copy=copy)`: the method's keywords on top of `astype`. As NumPy,
    complex -> real warns (ComplexWarning)."""
    if type(x) is ndarray and casting == "unsafe" and order == "K" and device is None:
        t = x._t  # the common call: every cast is allowed, no checks needed
        d = as_np_dtype(dtype)
        to = NP_TO_TF[d]
        e = enum_of(t)
        if ENUM_TO_TF[e] is to:  # interned tf.DTypes: `is`, not their slow __eq__
            return wrap(t) if copy else x
        warn_complex_to_real(ENUM_TO_NP[e], d, stacklevel=3)
        return wrap(cast(t, to))
    if order not in ("K", "A", "C", "F"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    if device is not None:
        raise NotImplementedError("astype(device=...) is not supported; use x.to_device(...)")
    t = to_tensor(x)
    d = as_np_dtype(dtype)
    src = TF_TO_NP[t.dtype]
    # casting='no' sees byte order: int32 -> '>i4' is refused, '>i4' -> '>i4' allowed
    check_casting(x.dtype if isinstance(x, np.ndarray) else src, requested_dtype(dtype), casting)
    if t.dtype == NP_TO_TF[d]:
        return x if isinstance(x, ndarray) and not copy else wrap(t)
    warn_complex_to_real(src, d, stacklevel=3)
    return wrap(cast(t, NP_TO_TF[d]))
