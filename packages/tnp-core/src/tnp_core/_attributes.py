"""`ndim`, `shape` and `size` as functions (NumPy's; `numpy.ndim(x)` on a tnp array dispatches here)."""

from __future__ import annotations

import math
from typing import Any

from ._axes import normalize_axis
from ._convert import to_tensor
from ._ndarray import ndarray


def ndim(a: Any) -> int:
    """`numpy.ndim`: the number of dimensions.

    Examples:
        >>> tnp.ndim([[1, 2], [3, 4]])
        2
    """
    return a.ndim if isinstance(a, ndarray) else int(to_tensor(a).shape.rank)


def shape(a: Any) -> tuple[Any, ...]:
    """`numpy.shape`: a tuple of ints (None for a dimension unknown while tracing).

    Examples:
        >>> tnp.shape([[1, 2, 3], [4, 5, 6]])
        (2, 3)
    """
    return tuple(a.shape) if isinstance(a, ndarray) else tuple(to_tensor(a).shape.as_list())


def size(a: Any, axis: Any = None) -> Any:
    """`numpy.size`: the number of elements, or the length of one axis (None if unknown while tracing).

    Examples:
        >>> tnp.size(tnp.ones((2, 3)))
        6
        >>> tnp.size(tnp.ones((2, 3)), axis=1)
        3
    """
    dims = shape(a)
    if axis is not None:
        return dims[normalize_axis(axis, len(dims))]
    return None if None in dims else math.prod(dims)
