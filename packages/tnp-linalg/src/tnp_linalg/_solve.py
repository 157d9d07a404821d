"""Inverses, solvers, determinants: inv, solve, det, slogdet, cholesky, matrix_power, tensorinv, tensorsolve.

Singular (inv, solve) and non-positive-definite (cholesky) input raises LinAlgError when executing eagerly.
Inside `tf.function` the values are unknown while tracing, so the check becomes a run-time assertion
(`tf.debugging.Assert`): the call fails with TensorFlow's InvalidArgumentError whose message names the tnp function
and NumPy's reason ("tnp.linalg.inv: Singular matrix"). Like LAPACK, the singular test is an exact zero pivot of
the LU factorization.
"""

from __future__ import annotations

import math
import operator
from typing import Any

import numpy as np
import tensorflow as tf
from tnp_core.extending import cast, ndarray, to_tensor, wrap

from ._util import (
    LinAlgError,
    SlogdetResult,
    assert_stacked_square,
    is_eager,
    linalg_types,
    matmul_t,
    raise_if,
    square,
)

__all__ = ["cholesky", "det", "inv", "matrix_power", "slogdet", "solve", "tensorinv", "tensorsolve"]


def _assert_in_graph(ok: tf.Tensor, message: str) -> Any:
    """A run-time assertion that `ok` (a bool tensor) is all true, failing with `message`."""
    return tf.debugging.Assert(tf.reduce_all(ok), [message])


def _nonsingular(t: tf.Tensor, name: str) -> Any:
    """Inside tf.function: assert that no matrix of the stack has a zero LU pivot (LAPACK's singular test), read
    from log|det| = -inf (the Lu op itself fails with TF's own message; slogdet does not fail or underflow)."""
    _, logabsdet = tf.linalg.slogdet(t)
    return _assert_in_graph(logabsdet != -np.inf, f"tnp.linalg.{name}: Singular matrix")


def _nan_matrices(t: tf.Tensor) -> tf.Tensor:
    """Which matrices of the stack hold a NaN (a bool tensor of the batch shape)."""
    nan = (
        tf.math.is_nan(tf.math.real(t)) | tf.math.is_nan(tf.math.imag(t))
        if t.dtype.is_complex
        else tf.math.is_nan(t)
    )
    return tf.reduce_any(nan, [-2, -1])


def _eager_or_nan(op: Any, t: tf.Tensor, *rest: tf.Tensor) -> tf.Tensor:
    """`op(t, *rest)` eagerly; a matrix holding NaN gives NaN (TensorFlow calls it singular, LAPACK does not:
    it only stops at an exact zero pivot); an exactly singular one raises LinAlgError."""
    try:
        return op(t, *rest)
    except tf.errors.InvalidArgumentError:
        nan = _nan_matrices(t)
        if not bool(tf.reduce_any(nan)):
            raise LinAlgError("Singular matrix") from None
    eye = tf.eye(t.shape[-1], dtype=t.dtype)
    nan = nan[..., tf.newaxis, tf.newaxis]
    try:
        r = op(tf.where(nan, eye, t), *rest)
    except tf.errors.InvalidArgumentError:
        raise LinAlgError("Singular matrix") from None
    fill = complex(math.nan, math.nan) if r.dtype.is_complex else math.nan
    return tf.where(nan, tf.constant(fill, r.dtype), r)


def _inv_t(t: tf.Tensor) -> tf.Tensor:
    if not is_eager(t):
        with tf.control_dependencies([_nonsingular(t, "inv")]):
            return tf.linalg.inv(t)
    return _eager_or_nan(tf.linalg.inv, t)


def inv(a: Any) -> ndarray:
    """Inverse of a square matrix (or stack of them).

    Differs from NumPy: singular input raises LinAlgError eagerly; inside `tf.function` it fails at run time
    with TensorFlow's InvalidArgumentError ("tnp.linalg.inv: Singular matrix"). Eagerly, a matrix holding NaN
    gives all NaN (NumPy's LAPACK may keep some finite entries).

    Examples:
        >>> la.inv([[1.0, 2.0], [3.0, 4.0]]).round(4)
        tnp.array([[-2. ,  1. ],
                   [ 1.5, -0.5]])
        >>> la.inv([[1.0, 0.0], [0.0, 0.0]])
        Traceback (most recent call last):
        ...
        numpy.linalg.LinAlgError: Singular matrix
    """
    t, res = square(a)
    return wrap(cast(_inv_t(t), res))


def _broadcast_batch(a: tf.Tensor, b: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """Broadcast the batch dimensions (all but the last two) of two stacks of matrices against each other."""
    sa, sb = a.shape[:-2], b.shape[:-2]
    if sa.is_fully_defined() and sb.is_fully_defined():
        if sa == sb:
            return a, b
        try:
            batch: Any = list(np.broadcast_shapes(tuple(sa.as_list()), tuple(sb.as_list())))
        except ValueError:
            raise ValueError(
                f"the batch dimensions {tuple(sa.as_list())} and {tuple(sb.as_list())} could not be broadcast"
            ) from None
    else:
        batch = tf.broadcast_dynamic_shape(tf.shape(a)[:-2], tf.shape(b)[:-2])
    return (
        tf.broadcast_to(a, tf.concat([batch, tf.shape(a)[-2:]], 0)),
        tf.broadcast_to(b, tf.concat([batch, tf.shape(b)[-2:]], 0)),
    )


def solve(a: Any, b: Any) -> ndarray:
    """Solve `a @ x = b`; `b` is a vector only if it is 1-d, else a stack of matrices (NumPy 2's rule).

    Differs from NumPy: a singular `a` raises LinAlgError eagerly; inside `tf.function` it fails at run time
    with TensorFlow's InvalidArgumentError ("tnp.linalg.solve: Singular matrix"). Eagerly, an `a` holding NaN
    gives all NaN (NumPy's LAPACK may keep some finite entries).

    Examples:
        >>> la.solve([[3.0, 1.0], [1.0, 2.0]], [9.0, 8.0])
        tnp.array([2., 3.])
    """
    ta = to_tensor(a)
    assert_stacked_square(ta)  # before b is read, as NumPy's
    tb = to_tensor(b)
    comp, res = linalg_types(ta, tb)
    ta, tb = cast(ta, comp), cast(tb, comp)
    vector = tb.shape.rank == 1
    if vector:
        tb = tb[:, tf.newaxis]
    if tb.shape.rank < 2:
        raise ValueError("solve: Input operand 1 does not have enough dimensions")
    m, k = ta.shape[-1], tb.shape[-2]
    if m is not None and k is not None and m != k:
        raise ValueError(
            f"solve{'1' if vector else ''}: Input operand 1 has a mismatch in its core dimension 0, "
            "with gufunc "
            f"signature (m,m),(m{',n' if not vector else ''})->(m{',n' if not vector else ''}) "
            f"(size {k} is different from {m})"
        )
    ta, tb = _broadcast_batch(ta, tb)
    if not is_eager(ta, tb):
        with tf.control_dependencies([_nonsingular(ta, "solve")]):
            x = tf.linalg.solve(ta, tb)
    else:
        x = _eager_or_nan(tf.linalg.solve, ta, tb)
    if vector:
        x = x[..., 0]
    return wrap(cast(x, res))


def det(a: Any) -> ndarray:
    """Determinant of a square matrix (or stack of them).

    Examples:
        >>> la.det([[1.0, 2.0], [3.0, 4.0]]).round(4)
        tnp.array(-2.)
    """
    t, res = square(a)
    return wrap(cast(tf.linalg.det(t), res))


def slogdet(a: Any) -> SlogdetResult:
    """Sign and log of the absolute determinant: `SlogdetResult(sign, logabsdet)`; singular gives (0, -inf).

    Examples:
        >>> sign, logabsdet = la.slogdet([[1.0, 2.0], [3.0, 4.0]])
        >>> sign, logabsdet.round(4)
        (tnp.array(-1.), tnp.array(0.6931))
    """
    t, res = square(a)
    sign, logabs = tf.linalg.slogdet(t)
    return SlogdetResult(wrap(cast(sign, res)), wrap(cast(tf.math.real(logabs), res.real_dtype)))


def cholesky(a: Any, /, *, upper: bool = False) -> ndarray:
    """Cholesky factor of a Hermitian positive-definite matrix: lower (or `upper=True`) triangular.

    Differs from NumPy: non-positive-definite input raises LinAlgError eagerly; inside `tf.function` it fails
    at run time with TensorFlow's InvalidArgumentError ("tnp.linalg.cholesky: Matrix is not positive definite").

    Examples:
        >>> la.cholesky([[4.0, 2.0], [2.0, 3.0]]).round(4)
        tnp.array([[2.    , 0.    ],
                   [1.    , 1.4142]])
    """
    t, res = square(a)
    low = tf.linalg.cholesky(t)
    # a failed factorization has a diagonal entry that is not > 0 (TF leaves it NaN, or 0 for complex)
    diag = tf.math.real(tf.linalg.diag_part(low))
    failed = tf.reduce_any(tf.math.is_nan(diag) | (diag <= 0), -1)  # not ~(diag > 0): grappler rewrites it
    if is_eager(failed):
        nan_in = tf.reduce_any(tf.math.is_nan(tf.math.real(t)))
        raise_if(tf.reduce_any(failed) & ~nan_in, LinAlgError("Matrix is not positive definite"))
    else:
        nan_in = tf.reduce_any(tf.math.is_nan(tf.math.real(t)), [-2, -1])
        message = "tnp.linalg.cholesky: Matrix is not positive definite"
        with tf.control_dependencies([_assert_in_graph(~failed | nan_in, message)]):
            low = tf.identity(low)
    if upper:
        low = tf.linalg.adjoint(low)
    return wrap(cast(low, res))


def _eye_like(t: tf.Tensor) -> tf.Tensor:
    work = tf.int32 if t.dtype == tf.bool else t.dtype
    shape = tf.shape(t)
    eye = tf.eye(shape[-1], batch_shape=shape[:-2], dtype=work)
    return cast(eye, t.dtype)


def matrix_power(a: Any, n: Any) -> ndarray:
    """The integer power `n` of a square matrix (n < 0 inverts first; integer matrices stay integer for n >= 0).

    Examples:
        >>> la.matrix_power([[1, 1], [0, 1]], 3)
        tnp.array([[1, 3],
                   [0, 1]])
    """
    t = to_tensor(a)
    assert_stacked_square(t)
    try:
        n = operator.index(n)
    except TypeError as exc:
        raise TypeError("exponent must be an integer") from exc
    if n == 0:
        return wrap(tf.ensure_shape(_eye_like(t), t.shape))
    if n < 0:
        t, n = inv(t)._t, -n
    result: tf.Tensor | None = None
    z: tf.Tensor | None = None
    while n > 0:
        z = t if z is None else matmul_t(z, z)
        n, bit = divmod(n, 2)
        if bit:
            result = z if result is None else matmul_t(result, z)
    assert result is not None
    return wrap(result)


def _static_or_dynamic(t: tf.Tensor) -> list[Any]:
    dyn = tf.shape(t)
    return [d if d is not None else dyn[i] for i, d in enumerate(t.shape.as_list())]


def _prod(dims: list[Any]) -> Any:
    if all(isinstance(d, int) for d in dims):
        return math.prod(dims)
    return tf.reduce_prod(tf.stack([tf.cast(d, tf.int32) for d in dims])) if dims else 1


def tensorinv(a: Any, ind: int = 2) -> ndarray:
    """The inverse of an N-d array for `tensordot(.., ind)`: shape `a.shape[ind:] + a.shape[:ind]`.

    Examples:
        >>> la.tensorinv([[2.0, 0.0], [0.0, 4.0]], ind=1)
        tnp.array([[0.5 , 0.  ],
                   [0.  , 0.25]])
    """
    t = to_tensor(a)
    shape = _static_or_dynamic(t)
    if ind <= 0:
        raise ValueError("Invalid ind argument.")
    inv_shape = shape[ind:] + shape[:ind]
    rows = _prod(shape[ind:])
    m = tf.reshape(t, tf.stack([tf.cast(rows, tf.int32), -1]) if isinstance(rows, tf.Tensor) else [rows, -1])
    out = inv(m)._t
    if not inv_shape:  # a 0-d `a`: NumPy's final reshape(*()) has no shape
        raise TypeError("reshape() takes exactly 1 argument (0 given)")
    if all(isinstance(d, int) for d in inv_shape):
        return wrap(tf.reshape(out, inv_shape))
    return wrap(tf.reshape(out, tf.stack([tf.cast(d, tf.int32) for d in inv_shape])))


def tensorsolve(a: Any, b: Any, axes: Any = None) -> ndarray:
    """Solve the tensor equation `tensordot(a, x, x.ndim) = b` for x.

    Differs from NumPy: the shapes of `a` and `b` must be known (static) inside `tf.function`.

    Examples:
        >>> la.tensorsolve([[2.0, 0.0], [0.0, 4.0]], [2.0, 8.0])
        tnp.array([1., 2.])
    """
    ta, tb = to_tensor(a), to_tensor(b)
    an = ta.shape.rank
    if axes is not None:
        order = list(range(an))
        for k in axes:
            order.remove(k)
            order.insert(an, k)
        ta = tf.transpose(ta, order)
    if not ta.shape.is_fully_defined() or not tb.shape.is_fully_defined():
        raise NotImplementedError("tensorsolve: the shapes of a and b must be known (static)")
    old = ta.shape.as_list()[-(an - tb.shape.rank) :]  # NumPy's slice: everything when an == b.ndim
    prod = math.prod(old)
    if ta.shape.num_elements() != prod**2:
        raise LinAlgError(
            "Input arrays must satisfy the requirement prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])"
        )
    x = solve(tf.reshape(ta, [prod, prod]), tf.reshape(tb, [-1]))
    return wrap(tf.reshape(x._t, old))
