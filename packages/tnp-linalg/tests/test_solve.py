"""Differential tests (vs NumPy) of inv, solve, det, slogdet, cholesky, matrix_power, tensorinv, tensorsolve,
lstsq, pinv, matrix_rank: every linalg dtype, batched, empty and 1x1, eager and inside tf.function."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import tensorflow as tf
import tnp_linalg as la
from tnp_core.testing import MODES, check, run

sys.path.insert(0, str(Path(__file__).parent))
from linalg_inputs import DTYPES, ids, ill, rect_cases, singular, square_cases, well


def L(xp):
    return np.linalg if xp is np else la


SQUARE = [c for d in DTYPES for c in square_cases(d)]
HPD = [c for d in DTYPES for c in square_cases(d, "hpd")]
RECT = [c for d in DTYPES for c in rect_cases(d)]


@pytest.mark.parametrize("name", ["inv", "det", "slogdet", "pinv", "matrix_rank", "svdvals", "eigvalsh"])
@pytest.mark.parametrize("a", SQUARE, ids=ids(SQUARE))
def test_square_functions(name, a):
    modes = ("eager", "function") if name == "pinv" and a.size == 0 and a.dtype.kind == "i" else MODES
    check(lambda xp, x: getattr(L(xp), name)(x), a, modes=modes)


@pytest.mark.parametrize("upper", [False, True])
@pytest.mark.parametrize("a", HPD, ids=ids(HPD))
def test_cholesky(a, upper):
    check(lambda xp, x: L(xp).cholesky(x, upper=upper), a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_solve_vector_and_matrix(dtype):
    a = well((3, 3), dtype)
    b = well((3, 3), dtype, seed=5)
    check(lambda xp, x, y: L(xp).solve(x, y), a, b[0])
    check(lambda xp, x, y: L(xp).solve(x, y), a, b[:, :2])


def test_solve_broadcasts_batches():
    a = well((2, 1, 3, 3), "float64")
    b = np.random.default_rng(0).standard_normal((4, 3, 2))
    check(lambda xp, x, y: L(xp).solve(x, y), a, b)
    check(lambda xp, x, y: L(xp).solve(x, y), a, b[0, :, 0])


def test_solve_mixed_dtypes_and_empty():
    check(lambda xp, x, y: L(xp).solve(x, y), well((3, 3), "float32"), np.arange(3))
    check(lambda xp, x, y: L(xp).solve(x, y), np.zeros((0, 0)), np.zeros((0, 2)))


def test_ill_conditioned():
    a = ill(5)
    # both libraries lose ~log10(cond) digits; compare at that accuracy
    check(lambda xp, x: L(xp).inv(x), a, rtol=1e-8, atol=1e-6)
    check(lambda xp, x: L(xp).det(x), a, rtol=1e-8)
    check(lambda xp, x: L(xp).solve(x, np.ones(5)), a, rtol=1e-8, atol=1e-6)
    check(lambda xp, x: L(xp).pinv(x), a, rtol=1e-8, atol=1e-6)
    check(lambda xp, x: L(xp).cond(x), a, rtol=1e-8)
    check(lambda xp, x: L(xp).matrix_rank(x), ill(5, 1e17))


@pytest.mark.parametrize("dtype", DTYPES)
def test_singular(dtype):
    s = singular(dtype)
    for fn in (lambda xp, x: L(xp).inv(x), lambda xp, x: L(xp).solve(x, np.ones(3))):
        check(fn, s, modes=("eager",))
        with pytest.raises(np.linalg.LinAlgError, match="Singular matrix"):
            fn(la, s)
    check(lambda xp, x: L(xp).det(x), s, atol=1e-12)
    check(lambda xp, x: L(xp).matrix_rank(x), s)
    check(lambda xp, x: L(xp).pinv(x), s, rtol=1e-5)
    sign, logdet = la.slogdet(s)
    assert float(np.abs(np.asarray(sign))) == 0 and np.asarray(logdet) == -np.inf
    with pytest.raises(np.linalg.LinAlgError, match="Singular matrix"):
        la.inv(np.stack([np.eye(3, dtype=dtype), s]))  # one singular matrix in a stack


@pytest.mark.parametrize("dtype", ["float32", "float64", "complex128"])
def test_cholesky_not_positive_definite(dtype):
    with pytest.raises(np.linalg.LinAlgError, match="positive definite"):
        la.cholesky(-np.eye(2, dtype=dtype))
    with pytest.raises(np.linalg.LinAlgError):
        la.cholesky(np.stack([np.eye(2), -np.eye(2)]).astype(dtype))


@pytest.mark.parametrize(
    "name", ["inv", "det", "slogdet", "cholesky", "eig", "eigh", "eigvals", "eigvalsh", "matrix_power"]
)
def test_shape_errors(name):
    fn = getattr(la, name)
    args = (2,) if name == "matrix_power" else ()
    with pytest.raises(np.linalg.LinAlgError, match="Last 2 dimensions of the array must be square"):
        fn(np.ones((2, 3)), *args)
    with pytest.raises(np.linalg.LinAlgError, match="1-dimensional array given"):
        fn(np.ones(3), *args)
    for a in (np.ones((2, 3)), np.ones(3)):
        check(lambda xp, x: getattr(L(xp), name)(x, *args), a, modes=("eager",))


@pytest.mark.parametrize("name", ["inv", "det", "solve", "cholesky", "svd", "qr", "eigh", "lstsq"])
def test_float16_unsupported(name):
    a = np.eye(2, dtype=np.float16)
    args = (a, a) if name in ("solve", "lstsq") else (a,)
    check(lambda xp, *x: getattr(L(xp), name)(*x), *args, modes=("eager",))
    with pytest.raises(TypeError, match="unsupported in linalg"):
        getattr(la, name)(*args)


@pytest.mark.parametrize("n", [-3, -1, 0, 1, 2, 3, 5, 8])
@pytest.mark.parametrize("dtype", ["int8", "int64", "bool", "float32", "complex128"])
def test_matrix_power(n, dtype):
    a = (np.arange(9).reshape(3, 3) % 3).astype(dtype) if n >= 0 else well((2, 3, 3), dtype)
    if dtype == "bool" and n < 0:
        pytest.skip("inverse of bool")
    check(lambda xp, x: L(xp).matrix_power(x, n), a)


def test_matrix_power_errors():
    check(lambda xp, x: L(xp).matrix_power(x, 1.5), np.eye(2), modes=("eager",))
    check(lambda xp, x: L(xp).matrix_power(x, 0), np.zeros((2, 0, 0)))
    check(lambda xp, x: L(xp).matrix_power(x, -1), singular("float64"), modes=("eager",))


def test_tensorinv_tensorsolve():
    a = well((24, 24), "float64").reshape(4, 6, 8, 3)
    check(lambda xp, x: L(xp).tensorinv(x, ind=2), a)
    check(lambda xp, x: L(xp).tensorinv(x, ind=1), a.reshape(24, 4, 6))
    check(lambda xp, x: L(xp).tensorinv(x, ind=0), a, modes=("eager",))
    b = well((24, 24), "float64").reshape(6, 4, 2, 3, 4)
    rhs = np.random.default_rng(0).standard_normal((6, 4))
    modes = ("eager", "function")  # tensorsolve needs static shapes
    check(lambda xp, x, y: L(xp).tensorsolve(x, y), b, rhs, modes=modes)
    check(
        lambda xp, x, y: L(xp).tensorsolve(x, y, axes=(0, 2)),
        b,
        rhs.reshape(6, 4)[:, :4].repeat(1, 0),
        modes=modes,
    )
    check(lambda xp, x, y: L(xp).tensorsolve(x, y), b, rhs[:3], modes=("eager",))


@pytest.mark.parametrize("rcond", [None, 1e-3, -1])
@pytest.mark.parametrize("dtype", DTYPES)
def test_lstsq(dtype, rcond):
    rng = np.random.default_rng(7)
    tall = well((5, 5), dtype)[:, :3]
    b = well((5, 5), dtype, seed=3)[:, :2]
    check(lambda xp, a, y: L(xp).lstsq(a, y, rcond=rcond), tall, b)  # full rank, m > n: residuals
    check(lambda xp, a, y: L(xp).lstsq(a, y, rcond=rcond), tall, b[:, 0])
    check(lambda xp, a, y: L(xp).lstsq(a, y, rcond=rcond), tall.T, b[:3, 0])  # wide: minimum-norm solution
    deficient = np.ones((5, 3), dtype)  # rank 1: NumPy's minimum-norm solution, no residuals
    check(lambda xp, a, y: L(xp).lstsq(a, y, rcond=rcond), deficient, rng.standard_normal(5))


def test_lstsq_edge_cases():
    check(lambda xp, a, y: L(xp).lstsq(a, y), np.zeros((0, 3)), np.zeros(0))
    check(lambda xp, a, y: L(xp).lstsq(a, y), np.zeros((3, 0)), np.ones(3))
    check(lambda xp, a, y: L(xp).lstsq(a, y), np.ones((3, 2)), np.ones((3, 0)))
    check(lambda xp, a, y: L(xp).lstsq(a, y), np.ones((3, 2)), np.ones(4), modes=("eager",))
    check(lambda xp, a, y: L(xp).lstsq(a, y), np.ones((2, 3, 2)), np.ones(3), modes=("eager",))


@pytest.mark.parametrize("a", RECT, ids=ids(RECT))
def test_rectangular(a):
    modes = ("eager", "function") if a.size == 0 and a.dtype.kind == "i" else MODES  # static emptiness
    check(lambda xp, x: L(xp).pinv(x), a, modes=modes)
    check(lambda xp, x: L(xp).svdvals(x), a)
    check(lambda xp, x: L(xp).matrix_rank(x), a)


def test_pinv_and_rank_options():
    a = np.diag([1.0, 1e-4, 1e-9])
    for kw in ({"rcond": 1e-5}, {"rtol": 1e-5}, {"rtol": None}, {"hermitian": True}):
        check(lambda xp, x: L(xp).pinv(x, **kw), a)
    check(lambda xp, x: L(xp).pinv(x, rcond=np.array([1e-5, 1e-3])), np.stack([a, a]))
    check(lambda xp, x: L(xp).pinv(x, rcond=1, rtol=1), a, modes=("eager",))
    for kw in ({"tol": 1e-5}, {"rtol": 1e-5}, {"hermitian": True}, {"tol": 1, "rtol": 1}):
        check(lambda xp, x: L(xp).matrix_rank(x, **kw), a)
    assert la.matrix_rank(np.zeros(3)) == 0 and la.matrix_rank([0, 1]) == 1
    assert isinstance(la.matrix_rank(np.ones(3)), int)


def test_run_helper_used_in_graph():
    # results inside tf.function are tnp arrays with static shapes where NumPy's are static
    out = run(lambda x: la.inv(x), [well((2, 3, 3), "float32")], "function")
    assert tuple(out.shape) == (2, 3, 3)
    assert out.dtype == np.float32


def test_cholesky_inside_function_fails_at_run_time_naming_the_function():
    with pytest.raises(
        tf.errors.InvalidArgumentError, match=r"tnp\.linalg\.cholesky: Matrix is not positive definite"
    ):
        run(lambda x: la.cholesky(x), [np.stack([np.eye(2), -np.eye(2)])], "function")
    out = run(lambda x: la.cholesky(x), [np.stack([np.eye(2), 4 * np.eye(2)])], "function")
    np.testing.assert_allclose(np.asarray(out), np.linalg.cholesky(np.stack([np.eye(2), 4 * np.eye(2)])))
