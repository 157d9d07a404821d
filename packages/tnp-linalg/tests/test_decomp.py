"""Decompositions (eig, eigh, svd, qr): dtype and shape as NumPy's, values checked by reconstruction and
orthogonality (the factors' signs/phases are not unique), eager and inside tf.function."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import tnp_linalg as la
from tnp_core.testing import MODES, check, run

sys.path.insert(0, str(Path(__file__).parent))
from linalg_inputs import DTYPES, ids, rect_cases, square_cases

SQUARE = [c for d in DTYPES for c in square_cases(d)]
HPD = [c for d in DTYPES for c in square_cases(d, "hpd")]
RECT = [c for d in DTYPES for c in rect_cases(d)]


def _tol(x: np.ndarray) -> float:
    return 1e-4 if x.dtype in (np.float32, np.complex64) else 1e-10


def _like_numpy(got, expected) -> None:
    """Same named-tuple type name/fields, dtypes and shapes as NumPy's result."""
    if isinstance(expected, tuple):
        assert type(got).__name__ == type(expected).__name__
        assert getattr(got, "_fields", None) == getattr(expected, "_fields", None)
        for g, e in zip(got, expected):
            _like_numpy(g, e)
        return
    g = np.asarray(got)
    assert g.dtype == expected.dtype, (g.dtype, expected.dtype)
    assert g.shape == expected.shape or None in tuple(got.shape), (g.shape, expected.shape)


def _adj(x):
    return np.conj(np.swapaxes(x, -1, -2))


def _unitary(q, tol) -> None:
    k = q.shape[-1]
    np.testing.assert_allclose(_adj(q) @ q, np.broadcast_to(np.eye(k), (*q.shape[:-2], k, k)), atol=tol)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("a", HPD, ids=ids(HPD))
def test_eigh(a, mode):
    for uplo in ("L", "U"):
        expected = np.linalg.eigh(a, UPLO=uplo)
        got = run(lambda x: la.eigh(x, UPLO=uplo), [a], mode)
        _like_numpy(got, expected)
        w, v = np.asarray(got.eigenvalues), np.asarray(got.eigenvectors)
        tol = _tol(w) * max(1, np.abs(a).max(initial=0))
        np.testing.assert_allclose(w, expected.eigenvalues, atol=tol)  # ascending, as NumPy
        np.testing.assert_allclose(a @ v, v * w[..., None, :], atol=tol)
        _unitary(v, _tol(w))
        check(
            lambda xp, x: (np.linalg if xp is np else la).eigvalsh(x, UPLO=uplo), a, modes=(mode,), atol=tol
        )


def test_eigh_reads_one_triangle():
    rng = np.random.default_rng(0)
    a = rng.standard_normal((4, 4)) + 1j * rng.standard_normal(
        (4, 4)
    )  # not Hermitian: only a triangle counts
    for uplo in ("L", "U", "u"):
        check(lambda xp, x: (np.linalg if xp is np else la).eigvalsh(x, UPLO=uplo), a)
    with pytest.raises(ValueError):
        la.eigh(a, UPLO="X")


@pytest.mark.parametrize("a", SQUARE, ids=ids(SQUARE))
def test_eig(a):
    expected = np.linalg.eig(a)
    got = run(la.eig, [a], "eager")
    _like_numpy(got, expected)  # eagerly: real results when all eigenvalues are real, as NumPy
    w, v = np.asarray(got.eigenvalues), np.asarray(got.eigenvectors)
    tol = _tol(w) * max(1, np.abs(a).max(initial=0))
    np.testing.assert_allclose(
        np.sort_complex(w.ravel()), np.sort_complex(expected.eigenvalues.ravel()), atol=tol
    )
    np.testing.assert_allclose(a @ v, v * w[..., None, :], atol=tol)
    if v.size:
        np.testing.assert_allclose(np.linalg.norm(v, axis=-2), 1, atol=tol)
    vals = run(la.eigvals, [a], "eager")
    _like_numpy(vals, np.linalg.eigvals(a))
    for mode in MODES[1:]:  # inside tf.function: always complex
        got = run(la.eig, [a], mode)
        w = np.asarray(got.eigenvalues)
        assert w.dtype.kind == "c" and w.dtype.itemsize == (
            8 if a.dtype in (np.float32, np.complex64) else 16
        )
        np.testing.assert_allclose(
            np.sort_complex(w.ravel()), np.sort_complex(expected.eigenvalues.ravel()), atol=tol
        )


def test_eig_real_and_complex_spectra():
    rot = np.array([[0.0, 1.0], [-1.0, 0.0]])
    assert np.asarray(la.eigvals(rot)).dtype == np.complex128
    assert np.asarray(la.eigvals(rot.astype(np.float32))).dtype == np.complex64
    assert np.asarray(la.eigvals(np.diag([1.0, 2.0]))).dtype == np.float64
    check(
        lambda xp, x: (np.linalg if xp is np else la).eig(x),
        np.array([[1.0, np.nan], [0, 1]]),
        modes=("eager",),
    )


@pytest.mark.parametrize("a", RECT + SQUARE, ids=ids(RECT + SQUARE))
def test_svd(a):
    tol = _tol(a.astype(np.result_type(a, np.float32))) * max(1, np.abs(a).max(initial=0))
    for mode in MODES:
        for full in (True, False):
            expected = np.linalg.svd(a, full_matrices=full)
            got = run(lambda x: la.svd(x, full_matrices=full), [a], mode)
            _like_numpy(got, expected)
            u, s, vh = (np.asarray(x) for x in got)
            np.testing.assert_allclose(s, expected.S, atol=tol)  # descending, as NumPy
            k = s.shape[-1]
            np.testing.assert_allclose((u[..., :, :k] * s[..., None, :]) @ vh[..., :k, :], a, atol=tol)
            _unitary(u, tol)
            _unitary(_adj(vh), tol)
        check(
            lambda xp, x: (np.linalg if xp is np else la).svd(x, compute_uv=False), a, modes=(mode,), atol=tol
        )


@pytest.mark.parametrize("a", [*HPD[:5], np.diag([3.0, -5.0, 0.0, 1.0])], ids=[*ids(HPD[:5]), "indefinite"])
def test_svd_hermitian(a):
    expected = np.linalg.svd(a, hermitian=True)
    got = run(lambda x: la.svd(x, hermitian=True), [a], "function")
    _like_numpy(got, expected)
    u, s, vh = (np.asarray(x) for x in got)
    tol = _tol(s) * max(1, np.abs(a).max(initial=0))
    np.testing.assert_allclose(s, expected.S, atol=tol)
    np.testing.assert_allclose((u * s[..., None, :]) @ vh, a, atol=tol)
    check(lambda xp, x: (np.linalg if xp is np else la).svd(x, compute_uv=False, hermitian=True), a, atol=tol)


@pytest.mark.parametrize("a", RECT + SQUARE[:5], ids=ids(RECT + SQUARE[:5]))
def test_qr(a):
    tol = _tol(a.astype(np.result_type(a, np.float32))) * max(1, np.abs(a).max(initial=0))
    for mode in MODES:
        for qmode in ("reduced", "complete"):
            expected = np.linalg.qr(a, mode=qmode)
            got = run(lambda x: la.qr(x, mode=qmode), [a], mode)
            _like_numpy(got, expected)
            q, r = (np.asarray(x) for x in got)
            np.testing.assert_allclose(q @ r, a, atol=tol)
            np.testing.assert_allclose(np.triu(r), r, atol=0)
            _unitary(q, tol)
        r_only = run(lambda x: la.qr(x, mode="r"), [a], mode)
        _like_numpy(r_only, np.linalg.qr(a, mode="r"))
        np.testing.assert_allclose(np.abs(np.asarray(r_only)), np.abs(np.linalg.qr(a, mode="r")), atol=tol)


@pytest.mark.parametrize("a", RECT + SQUARE[:5], ids=ids(RECT + SQUARE[:5]))
def test_qr_raw_matches_lapack(a):
    # mode='raw' is LAPACK's own representation, so it is compared value by value
    tol = _tol(a.astype(np.result_type(a, np.float32))) * max(1, np.abs(a).max(initial=0))
    check(
        lambda xp, x: (np.linalg if xp is np else la).qr(x, mode="raw"),
        a,
        modes=("eager", "function"),
        atol=tol,
    )


def test_qr_errors():
    check(lambda xp, x: (np.linalg if xp is np else la).qr(x, mode="bad"), np.eye(2), modes=("eager",))
    check(lambda xp, x: (np.linalg if xp is np else la).qr(x), np.ones(3), modes=("eager",))
    check(lambda xp, x: (np.linalg if xp is np else la).svd(x), np.ones(3), modes=("eager",))
