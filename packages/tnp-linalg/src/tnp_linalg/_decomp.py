"""Decompositions: eig, eigvals, eigh, eigvalsh, svd, svdvals, qr.

Factors come from TensorFlow's kernels, so sign/phase choices of eigenvectors, singular vectors and QR
factors may differ from LAPACK's (NumPy leaves them unspecified too); eigh/eigvalsh are ascending, svd
descending, as in NumPy. eig/eigvals of real input return real arrays when every eigenvalue is real, as NumPy
does, when executing eagerly; inside `tf.function` they always return complex (complex64 for float32 input).
"""

from __future__ import annotations

from typing import Any

import tensorflow as tf
from tnp_core.extending import cast, ndarray, to_tensor, wrap

from ._util import (
    EighResult,
    EigResult,
    LinAlgError,
    QRResult,
    SVDResult,
    assert_stacked_2d,
    is_eager,
    linalg_types,
    raise_if,
    square,
)

__all__ = ["eig", "eigh", "eigvals", "eigvalsh", "qr", "svd", "svdvals"]


def _complex_of(d: tf.DType) -> tf.DType:
    return d if d.is_complex else (tf.complex64 if d == tf.float32 else tf.complex128)


def _assert_finite(t: tf.Tensor) -> None:
    if is_eager(t):
        bad = ~tf.reduce_all(tf.math.is_finite(tf.abs(t)))
        raise_if(bad, LinAlgError("Array must not contain infs or NaNs"))


def _eig_result(t: tf.Tensor, res: tf.DType, w: tf.Tensor, v: tf.Tensor | None) -> tuple[Any, ...]:
    if not t.dtype.is_complex and is_eager(w) and bool(tf.reduce_all(tf.math.imag(w) == 0)):
        out = (tf.math.real(w),) if v is None else (tf.math.real(w), tf.math.real(v))
        return tuple(wrap(cast(x, res)) for x in out)
    out = (w,) if v is None else (w, v)
    return tuple(wrap(cast(x, _complex_of(res))) for x in out)


def eig(a: Any) -> EigResult:
    """Eigenvalues and right eigenvectors of square matrices: `EigResult(eigenvalues, eigenvectors)`.

    Differs from NumPy: the order of the eigenvalues and the phases of the (unit-norm) eigenvectors are
    TensorFlow's; inside `tf.function` the result is always complex.

    Examples:
        >>> la.eig([[2.0, 0.0], [0.0, 3.0]]).eigenvalues
        tnp.array([2., 3.])
        >>> la.eig([[0.0, -1.0], [1.0, 0.0]]).eigenvalues
        tnp.array([0.+1.j, 0.-1.j])
    """
    t, res = square(a)
    _assert_finite(t)
    w, v = tf.linalg.eig(t)
    return EigResult(*_eig_result(t, res, w, v))


def eigvals(a: Any) -> ndarray:
    """Eigenvalues of square matrices.

    Differs from NumPy: the order is TensorFlow's; inside `tf.function` the result is always complex.

    Examples:
        >>> la.eigvals([[1.0, 2.0], [0.0, 3.0]])
        tnp.array([1., 3.])
    """
    t, res = square(a)
    _assert_finite(t)
    (w,) = _eig_result(t, res, tf.linalg.eigvals(t), None)
    return w  # type: ignore[no-any-return]


def _hermitian(t: tf.Tensor, uplo: str) -> tf.Tensor:
    """The Hermitian matrix NumPy's eigh reads from triangle `uplo` (diagonal imaginary part ignored)."""
    if not isinstance(uplo, str) or uplo.upper() not in ("L", "U"):
        raise ValueError("UPLO argument must be 'L' or 'U'")
    if uplo.upper() == "U":
        t = tf.linalg.adjoint(t)
    strict = tf.linalg.band_part(t, -1, 0) - tf.linalg.band_part(t, 0, 0)
    diag = cast(tf.math.real(tf.linalg.diag_part(t)), t.dtype)
    return strict + tf.linalg.adjoint(strict) + tf.linalg.diag(diag)


def eigh(a: Any, UPLO: str = "L") -> EighResult:  # noqa: N803 (NumPy's name)
    """Eigenvalues (ascending) and eigenvectors of Hermitian matrices: `EighResult(eigenvalues, eigenvectors)`.

    Differs from NumPy: eigenvector signs/phases are TensorFlow's.

    Examples:
        >>> w, v = la.eigh([[2.0, 1.0], [1.0, 2.0]])
        >>> w
        tnp.array([1., 3.])
        >>> abs(v).round(4)
        tnp.array([[0.7071, 0.7071],
                   [0.7071, 0.7071]])
    """
    t, res = square(a)
    w, v = tf.linalg.eigh(_hermitian(t, UPLO))
    return EighResult(wrap(cast(tf.math.real(w), res.real_dtype)), wrap(cast(v, res)))


def eigvalsh(a: Any, UPLO: str = "L") -> ndarray:  # noqa: N803
    """Eigenvalues of Hermitian matrices, ascending (read from the `UPLO` triangle).

    Examples:
        >>> la.eigvalsh([[2.0, 1.0], [1.0, 2.0]])
        tnp.array([1., 3.])
    """
    t, res = square(a)
    w = tf.linalg.eigvalsh(_hermitian(t, UPLO))
    return wrap(cast(tf.math.real(w), res.real_dtype))


def _hermitian_svd(t: tf.Tensor, res: tf.DType, compute_uv: bool) -> Any:
    """NumPy's svd(hermitian=True): from eigh, singular values |w| descending, signs moved into Vh."""
    w, v = tf.linalg.eigh(_hermitian(t, "L"))
    w = tf.math.real(w)
    s = tf.abs(w)
    order = tf.argsort(s, axis=-1, direction="DESCENDING", stable=True)
    s = tf.gather(s, order, batch_dims=order.shape.rank - 1)
    if not compute_uv:
        return wrap(cast(s, res.real_dtype))
    sgn = tf.gather(tf.sign(w), order, batch_dims=order.shape.rank - 1)
    u = tf.gather(v, order, axis=-1, batch_dims=order.shape.rank - 1)
    vh = tf.linalg.adjoint(u * cast(sgn, u.dtype)[..., tf.newaxis, :])
    return SVDResult(wrap(cast(u, res)), wrap(cast(s, res.real_dtype)), wrap(cast(vh, res)))


def svd(a: Any, full_matrices: bool = True, compute_uv: bool = True, hermitian: bool = False) -> Any:
    """Singular value decomposition: `SVDResult(U, S, Vh)` (S descending), or S alone if compute_uv=False.

    Differs from NumPy: signs/phases of the singular vectors are TensorFlow's. Gradients: TensorFlow has none
    for U/Vh with full_matrices=True on non-square input.

    Examples:
        >>> u, s, vh = la.svd([[3.0, 0.0], [0.0, 4.0]])
        >>> s
        tnp.array([4., 3.])
        >>> (u * s @ vh).round(4)
        tnp.array([[3., 0.],
                   [0., 4.]])
    """
    if hermitian:
        t, res = square(a)
        return _hermitian_svd(t, res, compute_uv)
    t = to_tensor(a)
    assert_stacked_2d(t)
    comp, res = linalg_types(t)
    t = cast(t, comp)
    if not compute_uv:
        return wrap(cast(tf.linalg.svd(t, compute_uv=False), res.real_dtype))
    s, u, v = tf.linalg.svd(t, full_matrices=bool(full_matrices), compute_uv=True)
    return SVDResult(wrap(cast(u, res)), wrap(cast(s, res.real_dtype)), wrap(cast(tf.linalg.adjoint(v), res)))


def svdvals(x: Any, /) -> ndarray:
    """Singular values, descending (`svd(x, compute_uv=False)`).

    Examples:
        >>> la.svdvals([[3.0, 0.0], [0.0, 4.0]])
        tnp.array([4., 3.])
    """
    return svd(x, compute_uv=False)  # type: ignore[no-any-return]


def _householder_raw(t: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """LAPACK's geqrf (xLARFG reflectors) on a stack of matrices with static trailing dims: (h^T, tau)."""
    m, n = t.shape[-2], t.shape[-1]
    if m is None or n is None:
        raise NotImplementedError("qr(mode='raw') needs the last two dimensions to be known (static)")
    rows, cols, zero = tf.range(m), tf.range(n), tf.zeros([], t.dtype)
    taus = []
    for j in range(min(m, n)):
        col, alpha = t[..., :, j], t[..., j, j]
        below = tf.where(rows > j, col, zero)
        xnorm = tf.sqrt(tf.reduce_sum(tf.math.real(below * tf.math.conj(below)), -1))
        ar, ai = tf.math.real(alpha), tf.math.imag(alpha)
        trivial = (xnorm == 0) & (ai == 0)  # H = I
        norm = tf.sqrt(ar * ar + ai * ai + xnorm * xnorm)
        beta = tf.where(trivial, tf.ones_like(norm), tf.where(ar >= 0, -norm, norm))  # -sign(ar) * norm
        tau = (
            cast(tf.complex((beta - ar) / beta, -ai / beta), t.dtype)
            if t.dtype.is_complex
            else (beta - ar) / beta
        )
        tau = tf.where(trivial, tf.zeros_like(tau), tau)
        scale = tf.where(trivial, tf.ones_like(alpha), 1 / (alpha - cast(beta, t.dtype)))
        v = tf.where(rows > j, col * scale[..., tf.newaxis], tf.where(rows == j, tf.ones([], t.dtype), zero))
        # apply H^H = I - conj(tau) v v^H from the left to the columns after j
        w = tf.einsum("...i,...ik->...k", tf.math.conj(v), t)
        upd = (
            t - tf.math.conj(tau)[..., tf.newaxis, tf.newaxis] * v[..., :, tf.newaxis] * w[..., tf.newaxis, :]
        )
        top = tf.where(trivial, alpha, cast(beta, t.dtype))[..., tf.newaxis]
        newcol = tf.where(rows > j, v, tf.where(rows == j, top, col))
        t = tf.where(cols > j, upd, tf.where(cols == j, newcol[..., :, tf.newaxis], t))
        taus.append(tau)
    tau_all = tf.stack(taus, -1) if taus else tf.zeros(tf.concat([tf.shape(t)[:-2], [0]], 0), t.dtype)
    return tf.linalg.matrix_transpose(t), tau_all


def qr(a: Any, mode: str = "reduced") -> Any:
    """QR factorization: `QRResult(Q, R)` for 'reduced'/'complete', R for 'r', (h, tau) for 'raw'.

    Differs from NumPy: the signs of Q's columns and R's rows are TensorFlow's in 'reduced'/'complete'/'r'
    ('raw' reproduces LAPACK's Householder reflectors, one TensorFlow step per column, and needs static
    shapes). Gradients: TensorFlow's QR gradient needs 'reduced' mode (or a square input).

    Examples:
        >>> q, r = la.qr([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
        >>> q.shape, r.shape
        ((3, 2), (2, 2))
        >>> abs(q @ r - [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]).max() < 1e-12
        tnp.array(True)
    """
    if mode not in ("reduced", "complete", "r", "raw"):
        raise ValueError(f"Unrecognized mode '{mode}'")
    t = to_tensor(a)
    assert_stacked_2d(t)
    comp, res = linalg_types(t)
    t = cast(t, comp)
    if mode == "raw":
        h, tau = _householder_raw(t)
        return wrap(cast(h, res)), wrap(cast(tau, res))
    q, r = tf.linalg.qr(t, full_matrices=mode == "complete")
    if mode == "r":
        return wrap(cast(r, res))
    return QRResult(wrap(cast(q, res)), wrap(cast(r, res)))
