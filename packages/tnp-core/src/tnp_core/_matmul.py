"""`matmul` (NumPy's gufunc semantics: 1-d operands get a dimension added and removed, batches broadcast)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._convert import cast, to_tensor
from ._dtypes import ENUM_TO_TF, TF_TO_NP, as_tf_dtype, requested_dtype
from ._ndarray import ndarray, wrap
from ._tf import dims_of, enum_of, gen_math_ops as gm, is_symbolic, tf

# TensorFlow's CPU products have no kernels for these: compute wider (or bit-identical) and cast back, which wraps
# exactly as NumPy's integer products do
_WIDE = {tf.int8: tf.int32, tf.uint8: tf.int32, tf.int16: tf.int32, tf.uint16: tf.int32, tf.uint32: tf.int64,
         tf.bool: tf.int32}  # fmt: skip


def in_kernel_dtype(op: Any, *ts: tf.Tensor) -> tf.Tensor:
    """`op(*ts)` (a sum of products: matmul, tensordot, einsum) for tensors of one dtype, computed in a dtype
    TensorFlow has kernels for (bool and small ints widened, uint64 as int64 bits) and cast back."""
    d = ts[0].dtype
    if d == tf.uint64:
        return tf.bitcast(op(*(tf.bitcast(t, tf.int64) for t in ts)), tf.uint64)
    w = _WIDE.get(d)
    if w is None:
        return op(*ts)
    r = op(*(tf.cast(t, w) for t in ts))
    return tf.not_equal(r, 0) if d == tf.bool else tf.cast(r, d)


def loop_dtype(dtype: Any) -> np.dtype[Any] | None:
    """A gufunc's `dtype=` as NumPy's loop resolution takes it: NumPy's TypeError for what is no dtype at all;
    a dtype NumPy knows but tnp does not hold (object) is only rejected later, after NumPy's shape checks."""
    if dtype is None:
        return None
    try:
        return requested_dtype(dtype)  # '>f8' is kept: NumPy's resolve_dtypes refuses a byte order
    except TypeError:
        return np.dtype(dtype)  # type: ignore[no-any-return]


_DIRECT: dict[int, bool] = {}  # dtype enum -> x @ y of two such arrays is TF's MatMul in that dtype


def _direct(e: int) -> bool:
    d = ENUM_TO_TF[e]
    try:
        same = np.matmul.resolve_dtypes((TF_TO_NP[d], TF_TO_NP[d], None))[-1] == TF_TO_NP[d]
    except (TypeError, KeyError):
        same = False
    _DIRECT[e] = ok = same and d not in _WIDE and d != tf.uint64
    return ok


def _transposed_source(t: tf.Tensor) -> tf.Tensor | None:
    """While tracing: the matrix `t` is the transpose of (`t = tf.transpose(m)`, as `m.T` traces), else None."""
    op = getattr(t, "op", None)
    if op is None or op.type != "Transpose":
        return None
    perm = tf.get_static_value(op.inputs[1])
    return op.inputs[0] if perm is not None and list(perm) == [1, 0] else None


def _graph_mat_mul(a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    """`a @ b` of two matrices while tracing, with a transposed operand folded into MatMul's transpose_a/b (as
    hand-written TF does; the unused Transpose is pruned when the function runs)."""
    sa, sb = _transposed_source(a), _transposed_source(b)
    return gm.mat_mul(
        a if sa is None else sa,
        b if sb is None else sb,
        transpose_a=sa is not None,
        transpose_b=sb is not None,
    )


def matmul(
    x1: Any, x2: Any, /, out: Any = None, *, dtype: Any = None, casting: str = "same_kind", **kw: Any
) -> ndarray:
    """`numpy.matmul`. Integer and bool products are computed in TensorFlow's matmul (bool via int32).

    Examples:
        >>> tnp.matmul(tnp.array([[1, 2], [3, 4]]), tnp.array([[5], [6]]))
        tnp.array([[17],
                   [39]])
        >>> tnp.matmul(tnp.ones((4, 2, 3)), tnp.ones((3, 5))).shape
        (4, 2, 5)
    """
    if type(x1) is ndarray and type(x2) is ndarray and out is None and dtype is None and not kw:
        a, b = x1._t, x2._t  # the common call: two matrices of one dtype TF multiplies natively
        e = enum_of(a)
        if e == enum_of(b) and (_DIRECT[e] if e in _DIRECT else _direct(e)):
            sa, sb = dims_of(a), dims_of(b)
            if sa is not None and sb is not None and len(sa) == 2 and len(sb) == 2:
                ka, kb = sa[1], sb[0]
                if ka == kb or ka is None or kb is None:
                    if is_symbolic(a) or is_symbolic(b):
                        return wrap(_graph_mat_mul(a, b))
                    return wrap(gm.mat_mul(a, b))
    if kw:
        raise NotImplementedError(f"matmul: unsupported arguments {sorted(kw)}")
    a, b = to_tensor(x1), to_tensor(x2)
    # NumPy resolves the loop (bad dtype=, casting errors) before it checks the core dimensions
    loop = np.matmul.resolve_dtypes(
        (TF_TO_NP[a.dtype], TF_TO_NP[b.dtype], None),
        signature=(None, None, loop_dtype(dtype)),
        casting=casting,  # type: ignore[arg-type]  # an invalid one raises NumPy's ValueError
    )
    if a.shape.rank == 0 or b.shape.rank == 0:
        raise ValueError(
            "matmul: Input operand does not have enough dimensions (a scalar was given; use multiply)"
        )
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
    compute = as_tf_dtype(loop[-1])  # after the shape checks, as NumPy's (object dtype: tnp's TypeError)
    a, b = cast(a, compute, requested=True), cast(b, compute, requested=True)
    r = in_kernel_dtype(tf.linalg.matmul, a, b)
    if va:
        r = tf.squeeze(r, -2)
    if vb:
        r = tf.squeeze(r, -1)
    result = wrap(r)
    if out is not None:
        from ._operators import positive

        return positive(result, out=out, casting=casting)  # type: ignore[no-any-return]
    return result
