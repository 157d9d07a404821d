"""Shared pieces of tnp-linalg: NumPy's linalg dtype rule, shape checks and errors, named results, helpers.

Like NumPy, the decompositions and solvers compute in float64/complex128 and cast the result back to
float32/complex64 when every input is single precision; integer and bool inputs give float64; float16 raises
TypeError ("unsupported in linalg"), as in NumPy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np
import tensorflow as tf
from tnp_core import LinAlgError
from tnp_core.extending import NP_TO_TF, TF_TO_NP, cast, is_symbolic, to_tensor

__all__ = [
    "EigResult", "EighResult", "QRResult", "SVDResult", "SlogdetResult", "LinAlgError", "assert_2d",
    "assert_stacked_2d", "assert_stacked_square", "is_eager", "linalg_types", "matmul_t", "promote",
    "raise_if", "select", "square",
]  # fmt: skip


class EigResult(NamedTuple):
    """The result of `eig`: (eigenvalues, eigenvectors), as NumPy's named tuple.

    Examples:
        >>> la.eig([[2.0, 0.0], [0.0, 3.0]])._fields
        ('eigenvalues', 'eigenvectors')
    """

    eigenvalues: Any
    eigenvectors: Any


class EighResult(NamedTuple):
    """The result of `eigh`: (eigenvalues, eigenvectors), as NumPy's named tuple.

    Examples:
        >>> la.eigh([[2.0, 0.0], [0.0, 3.0]]).eigenvalues
        tnp.array([2., 3.])
    """

    eigenvalues: Any
    eigenvectors: Any


class QRResult(NamedTuple):
    """The result of `qr` (modes 'reduced' and 'complete'): (Q, R), as NumPy's named tuple.

    Examples:
        >>> la.qr([[1.0, 0.0], [0.0, 1.0]])._fields
        ('Q', 'R')
    """

    Q: Any
    R: Any


class SlogdetResult(NamedTuple):
    """The result of `slogdet`: (sign, logabsdet), as NumPy's named tuple.

    Examples:
        >>> la.slogdet([[2.0, 0.0], [0.0, 0.5]]).sign
        tnp.array(1.)
    """

    sign: Any
    logabsdet: Any


class SVDResult(NamedTuple):
    """The result of `svd` with compute_uv=True: (U, S, Vh), as NumPy's named tuple.

    Examples:
        >>> la.svd([[1.0, 0.0], [0.0, 1.0]])._fields
        ('U', 'S', 'Vh')
    """

    U: Any
    S: Any
    Vh: Any


_LAPACK = ("float32", "float64", "complex64", "complex128")


def linalg_types(*ts: tf.Tensor) -> tuple[tf.DType, tf.DType]:
    """NumPy's `_commonType`: (compute dtype, result dtype) of the inputs of a LAPACK-backed function."""
    single, is_complex = True, False
    for t in ts:
        d = TF_TO_NP[t.dtype]
        if issubclass(d.type, np.inexact):
            if d.name not in _LAPACK:
                raise TypeError(f"array type {d.name} is unsupported in linalg")
            is_complex = is_complex or d.kind == "c"
            single = single and d.itemsize * (2 if d.kind == "f" else 1) == 8
        else:
            single = False
    if is_complex:
        return tf.complex128, (tf.complex64 if single else tf.complex128)
    return tf.float64, (tf.float32 if single else tf.float64)


def promote(*ts: tf.Tensor) -> tf.DType:
    """NumPy's result_type of the tensors' dtypes."""
    return NP_TO_TF[np.result_type(*(TF_TO_NP[t.dtype] for t in ts))]


def matmul_t(a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    """Matrix product of two same-dtype tensors of rank >= 2 for every dtype (ints wrap as in NumPy)."""
    d = a.dtype
    if d == tf.bool or d.is_integer:
        r = tf.linalg.matmul(cast(a, tf.int64), cast(b, tf.int64))
        return tf.not_equal(r, 0) if d == tf.bool else tf.cast(r, d)
    return tf.linalg.matmul(a, b)


def assert_stacked_2d(t: tf.Tensor) -> None:
    if t.shape.rank < 2:
        raise LinAlgError(f"{t.shape.rank}-dimensional array given. Array must be at least two-dimensional")


def assert_2d(t: tf.Tensor) -> None:
    if t.shape.rank != 2:
        raise LinAlgError(f"{t.shape.rank}-dimensional array given. Array must be two-dimensional")


def assert_stacked_square(t: tf.Tensor) -> None:
    assert_stacked_2d(t)
    m, n = t.shape[-2], t.shape[-1]
    if m is not None and n is not None and m != n:
        raise LinAlgError("Last 2 dimensions of the array must be square")


def square(a: Any) -> tuple[tf.Tensor, tf.DType]:
    """`a` as a stack of square matrices in NumPy's compute dtype, and the result dtype."""
    t = to_tensor(a)
    assert_stacked_square(t)
    comp, res = linalg_types(t)
    return cast(t, comp), res


def is_eager(*ts: tf.Tensor) -> bool:
    return not any(is_symbolic(t) for t in ts)


def select(pred: tf.Tensor, true_fn: Callable[[], Any], false_fn: Callable[[], Any]) -> Any:
    """`true_fn()` or `false_fn()` by a scalar bool tensor: Python branch eagerly, `tf.cond` when tracing."""
    if not is_symbolic(pred):
        return true_fn() if bool(pred) else false_fn()
    return tf.cond(pred, true_fn, false_fn)


def raise_if(pred: tf.Tensor, exc: Exception) -> None:
    """Raise `exc` if the (eager) bool tensor is true; does nothing while tracing."""
    if not is_symbolic(pred) and bool(pred):
        raise exc
