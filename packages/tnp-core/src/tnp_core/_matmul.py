"""`matmul` (NumPy's gufunc semantics: 1-d operands get a dimension added and removed, batches broadcast)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._convert import cast, to_tensor
from ._dtypes import NP_TO_TF, TF_TO_NP
from ._ndarray import ndarray, wrap
from ._tf import tf


def matmul(x1: Any, x2: Any, /, out: Any = None, *, dtype: Any = None, casting: str = "same_kind", **kw: Any) -> ndarray:
    """`numpy.matmul`. Integer and bool products are computed in TensorFlow's matmul (bool via int32)."""
    if kw:
        raise NotImplementedError(f"matmul: unsupported arguments {sorted(kw)}")
    a, b = to_tensor(x1), to_tensor(x2)
    if a.shape.rank == 0 or b.shape.rank == 0:
        raise ValueError("matmul: Input operand does not have enough dimensions (a scalar was given; use multiply)")
    res = np.matmul.resolve_dtypes((TF_TO_NP[a.dtype], TF_TO_NP[b.dtype], None))[-1] if dtype is None else np.dtype(dtype)
    compute = NP_TO_TF[res]
    work = tf.int32 if compute == tf.bool else compute
    a, b = cast(a, work), cast(b, work)
    va, vb = a.shape.rank == 1, b.shape.rank == 1
    if va:
        a = a[tf.newaxis, :]
    if vb:
        b = b[:, tf.newaxis]
    ka, kb = a.shape[-1], b.shape[-2]
    if ka is not None and kb is not None and ka != kb:
        raise ValueError(
            f"matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
            f"(n?,k),(k,m?)->(n?,m?) (size {kb} is different from {ka})"
        )
    ba, bb = a.shape[:-2].as_list(), b.shape[:-2].as_list()
    if None not in ba and None not in bb:
        try:
            np.broadcast_shapes(tuple(ba), tuple(bb))
        except ValueError:
            raise ValueError(
                f"matmul: the batch dimensions {tuple(ba)} and {tuple(bb)} could not be broadcast together"
            ) from None
    r = tf.linalg.matmul(a, b)
    if va:
        r = tf.squeeze(r, -2)
    if vb:
        r = tf.squeeze(r, -1)
    if compute == tf.bool:
        r = tf.not_equal(r, 0)
    result = wrap(r)
    if out is not None:
        from ._operators import positive

        return positive(result, out=out, casting=casting)  # type: ignore[no-any-return]
    return result
