"""Gradients through GradientTape match finite differences; the functions trace inside tf.function;
data-dependent checks behave as documented there."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
import tnp_linalg as la

RNG = np.random.default_rng(0)
A = RNG.standard_normal((3, 3)) + 4 * np.eye(3)
RECT = RNG.standard_normal((4, 3))
BVEC = RNG.standard_normal(3)


def _t(x):
    return tf.convert_to_tensor(x)


def _sym(x):
    return x + tf.linalg.matrix_transpose(x)


CASES = {
    "inv": (lambda x: _t(la.inv(x)), A),
    "solve": (lambda x: _t(la.solve(x, BVEC)), A),
    "solve_rhs": (lambda b: _t(la.solve(A, b)), BVEC),
    "det": (lambda x: _t(la.det(x)), A),
    "slogdet": (lambda x: _t(la.slogdet(x).logabsdet), A),
    "eigh_values": (lambda x: _t(la.eigh(_sym(x)).eigenvalues), A),
    "eigh_projector": (
        lambda x: (lambda v: v[:, :1] @ tf.transpose(v[:, :1]))(_t(la.eigh(_sym(x)).eigenvectors)),
        A,
    ),
    "eigvalsh": (lambda x: _t(la.eigvalsh(_sym(x))), A),
    "svd_values": (lambda x: _t(la.svd(x, compute_uv=False)), RECT),
    "svd_reconstruct": (
        lambda x: (lambda r: _t(r.U) * _t(r.S) @ _t(r.Vh))(la.svd(x, full_matrices=False)),
        RECT,
    ),
    "qr_r": (lambda x: (lambda r: tf.transpose(r) @ r)(_t(la.qr(x).R)), RECT),
    "qr_q": (lambda x: (lambda q: q @ tf.transpose(q))(_t(la.qr(x).Q)), RECT),
    "cholesky": (lambda x: _t(la.cholesky(x @ tf.transpose(x) + 3 * tf.eye(3, dtype=x.dtype))), A),
    "lstsq": (lambda x: _t(la.lstsq(x, RECT[:, 0] + 1)[0]), RECT),
    "pinv": (lambda x: _t(la.pinv(x)), RECT),
    "norm_fro": (lambda x: _t(la.norm(x)), A),
    "norm_nuc": (lambda x: _t(la.norm(x, "nuc")), A),
    "norm_2": (lambda x: _t(la.norm(x, 2)), A),
    "norm_vec3": (lambda x: _t(la.vector_norm(x, ord=3, axis=0)), A),
    "cond": (lambda x: _t(la.cond(x)), A),
    "matrix_power": (lambda x: _t(la.matrix_power(x, -2)), A),
    "multi_dot": (lambda x: _t(la.multi_dot([x, x, x])), A),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_gradient_matches_finite_differences(name):
    fn, x = CASES[name]
    theoretical, numerical = tf.test.compute_gradient(fn, [tf.constant(x)], delta=1e-6)
    np.testing.assert_allclose(theoretical[0], numerical[0], rtol=1e-5, atol=1e-6)


def test_gradient_float32_and_tape_with_tnp_arrays():
    x = tnp_core.asarray(A.astype(np.float32))
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = la.det(x)
    g = tape.gradient(y, x)
    # d det / dA = det(A) * inv(A)^T
    np.testing.assert_allclose(np.asarray(g), np.linalg.det(A) * np.linalg.inv(A).T, rtol=1e-4)
    assert np.asarray(g).dtype == np.float32


def test_complex_gradient_of_real_loss():
    x = tf.constant(A + 1j * RNG.standard_normal((3, 3)))
    with tf.GradientTape() as tape:
        tape.watch(x)
        loss = tf.reduce_sum(tf.math.real(_t(la.inv(x))))
    g = tape.gradient(loss, x)
    eps = 1e-6
    e = np.zeros((3, 3))
    e[0, 1] = eps
    num = (
        np.linalg.inv(A + 1j * np.imag(x.numpy()) + e).real.sum() - np.linalg.inv(x.numpy() - e).real.sum()
    ) / (2 * eps)
    np.testing.assert_allclose(np.real(g.numpy()[0, 1]), num, rtol=1e-5)


@pytest.mark.parametrize("name", ["inv", "solve"])
def test_inside_tf_function_singular_fails_at_run_time_naming_the_function(name):
    call = {"inv": lambda x: la.inv(x), "solve": lambda x: la.solve(x, x[..., 0])}[name]
    f = tf.function(lambda x: _t(call(x)))
    with pytest.raises(tf.errors.InvalidArgumentError, match=f"tnp.linalg.{name}: Singular matrix"):
        f(tf.constant([[1.0, 2.0], [2.0, 4.0]]))
    with pytest.raises(
        tf.errors.InvalidArgumentError, match="Singular matrix"
    ):  # one singular matrix in a stack
        f(tf.constant(np.stack([np.eye(2), [[1.0, 2.0], [2.0, 4.0]]])))
    np.testing.assert_allclose(f(tf.constant(A)), call(A), rtol=1e-12)


def test_lstsq_residuals_inside_tf_function():
    f = tf.function(lambda a, b: [_t(r) for r in la.lstsq(a, b)])
    for a in (RECT, np.ones((4, 3))):
        got = f(tf.constant(a), tf.constant(RECT[:, 0]))
        expected = np.linalg.lstsq(a, RECT[:, 0])
        for g, e in zip(got, expected):
            np.testing.assert_allclose(g.numpy(), e, rtol=1e-10, atol=1e-12)


def test_symbolic_matrix_rank_of_vector_and_eig_dtype():
    f = tf.function(lambda x: (_t(la.matrix_rank(x)), _t(la.eigvals(tf.reshape(x, [2, 2])))))
    rank, w = f(tf.constant([1.0, 0.0, 0.0, 2.0]))
    assert int(rank) == 1 and w.dtype == tf.complex64  # float32 input: complex64, as NumPy
