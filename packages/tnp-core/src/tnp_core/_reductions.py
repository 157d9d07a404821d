"""`sum` (the reduction ndarray's methods need first; tnp-math adds the rest)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._axes import normalize_axes
from ._convert import cast, to_tensor
from ._dtypes import NP_TO_TF, TF_TO_NP, as_np_dtype
from ._ndarray import ndarray, wrap
from ._tf import tf


def sum_dtype(d: np.dtype[Any]) -> np.dtype[Any]:
    """NumPy's accumulator dtype for sum/prod: small ints widen to the default int (uint to uint64)."""
    if d.kind == "b" or (d.kind == "i" and d.itemsize < 8):
        return np.dtype(np.int64)
    if d.kind == "u" and d.itemsize < 8:
        return np.dtype(np.uint64)
    return d


def sum(
    a: Any, axis: Any = None, dtype: Any = None, out: Any = None, keepdims: bool = False, initial: Any = None,
    where: Any = True,
) -> ndarray:
    """`numpy.sum`."""
    t = to_tensor(a)
    src = TF_TO_NP[t.dtype]
    d = sum_dtype(src) if dtype is None else as_np_dtype(dtype)
    axes = normalize_axes(axis, t.shape.rank)
    t = cast(t, NP_TO_TF[d])
    if where is not True:
        t = tf.where(to_tensor(where, bool), t, tf.zeros([], t.dtype))
    r = tf.reduce_sum(t, axis=list(axes), keepdims=bool(keepdims))
    if initial is not None:
        r = r + cast(to_tensor(initial), r.dtype)
    if out is not None:
        from ._operators import positive

        return positive(wrap(r), out=out)  # type: ignore[no-any-return]
    return wrap(r)
