"""`divmod`: NumPy's two-output ufunc, as the pair (floor_divide, remainder) of tnp's ufuncs.

Differs from NumPy: a plain function, not a `ufunc` object (no `.reduce`/`.at`); `out=` takes a pair of arrays.
"""

from __future__ import annotations

from typing import Any

from ._ndarray import ndarray
from ._operators import floor_divide, remainder


def divmod(
    x1: Any, x2: Any, /, out: Any = (None, None), *, where: Any = True, dtype: Any = None
) -> tuple[ndarray, ndarray]:
    """`numpy.divmod`: `(x1 // x2, x1 % x2)` with NumPy's dtypes (integer division by zero gives 0, 0)."""
    if out is None:
        out = (None, None)
    if not isinstance(out, tuple) or len(out) != 2:
        raise ValueError("The 'out' tuple must have exactly 2 entries: one per ufunc output")
    q: ndarray = floor_divide(x1, x2, out=out[0], where=where, dtype=dtype)
    r: ndarray = remainder(x1, x2, out=out[1], where=where, dtype=dtype)
    return q, r
