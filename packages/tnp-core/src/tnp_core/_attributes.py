"""`ndim`, `shape` and `size` as functions (NumPy's; `numpy.ndim(x)` on a tnp array dispatches here)."""

from __future__ import annotations

import math
from typing import Any

from ._axes import normalize_axis
from ._convert import to_tensor
from ._ndarray import ndarray


def ndim(a: Any) -> int:
    """`numpy.ndim`: the number of dimensions."""
    return a.ndim if isinstance(a, ndarray) else int(to_tensor(a).shape.rank)


def shape(a: Any) -> tuple[Any, ...]:
    """`numpy.shape`: a tuple of ints (None for a dimension unknown while tracing)."""
    return tuple(a.shape) if isinstance(a, ndarray) else tuple(to_tensor(a).shape.as_list())


def size(a: Any, axis: Any = None) -> Any:
    """`numpy.size`: the number of elements, or the length of one axis (None if unknown while tracing)."""
    dims = shape(a)
    if axis is not None:
        return dims[normalize_axis(axis, len(dims))]
    return None if None in dims else math.prod(dims)
