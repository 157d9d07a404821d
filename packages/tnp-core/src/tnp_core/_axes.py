"""Axis arguments: NumPy's normalization and NumPy's AxisError."""

from __future__ import annotations

import operator
from typing import Any

import numpy as np
from numpy.exceptions import AxisError


def normalize_axis(axis: Any, ndim: int, argname: str = "axis") -> int:
    """One axis in range(ndim), negative counts from the end (AxisError out of range, TypeError: no int)."""
    try:
        a = operator.index(axis)
    except TypeError:
        raise TypeError(f"'{type(axis).__name__}' object cannot be interpreted as an integer") from None
    if not -ndim <= a < ndim:
        raise axis_overflow(a) or AxisError(a, ndim)
    return a % ndim if ndim else 0


class CIntOverflowError(OverflowError, ValueError):
    """An axis beyond a C int: NumPy raises OverflowError where Python code reads it (moveaxis, expand_dims,
    swapaxes) and ValueError where C code does (sum, take, concatenate); this error is both."""


def axis_overflow(a: int) -> OverflowError | None:
    """NumPy's error for an axis beyond a C int (OverflowError beyond a C long), else None."""
    if -(2**63) <= a < 2**63:
        return None if -(2**31) <= a < 2**31 else CIntOverflowError("integer won't fit into a C int")
    return OverflowError("Python int too large to convert to C long")


def index_axis(axis: Any) -> int:
    """An axis argument as a Python int (TypeError: not an integer; OverflowError: beyond a C int), not yet
    checked against the array: where NumPy reads every axis before checking any (swapaxes, compress)."""
    try:
        a = operator.index(axis)
    except TypeError:
        raise TypeError(f"'{type(axis).__name__}' object cannot be interpreted as an integer") from None
    error = axis_overflow(a)
    if error is not None:
        raise error
    return a


def normalize_axes(
    axis: Any, ndim: int, argname: str = "axis", allow_duplicate: bool = False
) -> tuple[int, ...]:
    """`axis` as a tuple of non-negative ints (None -> every axis); ValueError on a repeated axis."""
    if axis is None:
        return tuple(range(ndim))
    if isinstance(axis, (tuple, list)):
        out = tuple(normalize_axis(a, ndim, argname) for a in axis)
    else:
        out = (normalize_axis(axis, ndim, argname),)
    if not allow_duplicate and len(set(out)) != len(out):
        raise ValueError(f"repeated axis in `{argname}` argument")
    return out


def is_bool(x: Any) -> bool:
    """A Python or NumPy bool (an `operator.index`-able value that NumPy's C argument parsing refuses)."""
    return isinstance(x, (bool, np.bool_))


def reduction_axes(axis: Any, ndim: int, scalar_axis_ok: bool = True) -> tuple[int, ...]:
    """The axes of a NumPy reduction (`ufunc.reduce` rules): None, an int or a tuple of ints, no list.

    As NumPy's ufunc reductions do, a 0-d array accepts the int axis 0 or -1 (reducing nothing) when
    `scalar_axis_ok`; `mean`/`var`/`std` pass False (NumPy raises AxisError there).
    """
    if isinstance(axis, list):
        raise TypeError("'list' object cannot be interpreted as an integer")
    if is_bool(axis) or (isinstance(axis, tuple) and any(is_bool(a) for a in axis)):
        raise TypeError(
            "an integer is required"
        )  # NumPy's C reductions refuse bools (normalize_axis takes them)
    if ndim == 0 and scalar_axis_ok and axis is not None and not isinstance(axis, tuple):
        if normalize_axis(axis, 1) == 0:
            return ()
    return normalize_axes(axis, ndim)
