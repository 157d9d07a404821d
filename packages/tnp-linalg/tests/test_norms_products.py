"""Differential tests (vs NumPy) of norm, vector_norm, matrix_norm, cond and the products/diagonals."""

from __future__ import annotations

import math

import numpy as np
import pytest
import tnp_linalg as la
from hypothesis import given, strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core.testing import check


def L(xp):
    return np.linalg if xp is np else la


RNG = np.random.default_rng(0)
B = RNG.standard_normal((2, 3, 4))
BC = (B + 1j * RNG.standard_normal((2, 3, 4))).astype(np.complex64)
INTS = RNG.integers(-5, 6, (3, 4))
VEC_ORDS = [None, 0, 1, 2, 3, -1, -2, 0.5, math.inf, -math.inf]
MAT_ORDS = [None, "fro", "nuc", 1, -1, 2, -2, math.inf, -math.inf]


@pytest.mark.parametrize("ord", VEC_ORDS)
@pytest.mark.parametrize("x", [B, BC, INTS, B.astype(np.float16)], ids=["f64", "c64", "int", "f16"])
def test_vector_norms(x, ord):
    check(lambda xp, a: L(xp).norm(a, ord=ord, axis=1), x)
    check(lambda xp, a: L(xp).norm(a, ord=ord, axis=-1, keepdims=True), x)
    check(lambda xp, a: L(xp).norm(a[0, 0], ord=ord), x)
    check(lambda xp, a: L(xp).vector_norm(a, ord=2 if ord is None else ord), x)
    check(lambda xp, a: L(xp).vector_norm(a, ord=2 if ord is None else ord, axis=(0, 2), keepdims=True), x)


@pytest.mark.parametrize("ord", MAT_ORDS)
@pytest.mark.parametrize("x", [B, BC, INTS], ids=["f64", "c64", "int"])
def test_matrix_norms(x, ord):
    check(lambda xp, a: L(xp).norm(a, ord=ord, axis=(-1, -2)), x)
    if x.ndim == 3:
        check(lambda xp, a: L(xp).norm(a, ord=ord, axis=(2, 0), keepdims=True), x)
    check(lambda xp, a: L(xp).matrix_norm(a, ord="fro" if ord is None else ord, keepdims=True), x)
    check(lambda xp, a: L(xp).norm(a[0] if a.ndim == 3 else a, ord=ord), x)


@pytest.mark.filterwarnings("ignore:divide by zero:RuntimeWarning")  # NumPy's, for 0 ** negative ord
@pytest.mark.parametrize("ord", MAT_ORDS[1:] + VEC_ORDS[1:])
def test_norm_empty_and_errors(ord):
    check(lambda xp, a: L(xp).norm(a, ord=ord, axis=(0, 1)), np.zeros((0, 3)), modes=("eager", "function"))
    check(lambda xp, a: L(xp).norm(a, ord=ord, axis=0), np.zeros((0, 3)), modes=("eager", "function"))
    check(lambda xp, a: L(xp).norm(a, ord=ord), np.ones((2, 2, 2)), modes=("eager",))
    check(lambda xp, a: L(xp).norm(a, ord=ord, axis=(0, 0)), np.ones((2, 2)), modes=("eager",))


def test_norm_defaults_and_axis_errors():
    for a in (B, np.float32(3.0) * np.ones(()), np.zeros((0,)), BC):
        check(lambda xp, x: L(xp).norm(x), a)
        check(lambda xp, x: L(xp).norm(x, keepdims=True), a)
        check(lambda xp, x: L(xp).vector_norm(x, keepdims=True), a)
    check(lambda xp, x: L(xp).norm(x, axis=1.5), B, modes=("eager",))
    check(lambda xp, x: L(xp).norm(x, axis=3), B, modes=("eager",))
    check(lambda xp, x: L(xp).norm(x, ord=1), np.ones(()), modes=("eager",))
    check(lambda xp, x: L(xp).matrix_norm(x), np.ones(3), modes=("eager",))


@given(hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=3, max_side=4),
                  elements=st.floats(-1e3, 1e3, width=32)), st.sampled_from(VEC_ORDS))  # fmt: skip
def test_vector_norm_hypothesis(x, ord):
    if ord is not None and ord < 0:  # 0 ** negative: division warnings in NumPy, inf/0 in both
        x = x + 1.0
    check(lambda xp, a: L(xp).vector_norm(a, ord=2 if ord is None else ord, axis=-1), x, modes=("eager",))


@pytest.mark.parametrize("p", [None, 1, -1, 2, -2, math.inf, -math.inf, "fro", "nuc"])
@pytest.mark.parametrize("dtype", ["float32", "float64", "complex64", "complex128", "int64"])
def test_cond(p, dtype):
    a = (
        (B[:, :, :3] * 3 + np.eye(3) * 4).astype(dtype)
        if dtype != "int64"
        else INTS[:, :3] @ INTS[:, :3].T + 7
    )
    check(lambda xp, x: L(xp).cond(x, p), a, rtol=1e-4 if dtype in ("float32", "complex64") else 1e-10)
    s = np.array([[1, 2, 3], [2, 4, 6], [0, 1, 1]]).astype(dtype)
    if p not in (None, 2, -2):  # with the SVD NumPy's smallest singular value is rounding noise, not 0
        check(lambda xp, x: L(xp).cond(x, p), s, modes=("eager",))


def test_cond_errors_and_rectangular():
    check(lambda xp, x: L(xp).cond(x), B)
    check(lambda xp, x: L(xp).cond(x, -2), B)
    check(lambda xp, x: L(xp).cond(x, 1), B, modes=("eager",))
    check(lambda xp, x: L(xp).cond(x), np.zeros((0, 0)), modes=("eager",))
    check(lambda xp, x: L(xp).cond(x, "fro"), np.array([[1.0, np.nan], [0, 1]]), modes=("eager",))


DTYPE_PAIRS = [
    ("int8", "int8"),
    ("int8", "uint8"),
    ("bool", "bool"),
    ("float32", "int64"),
    ("complex64", "float64"),
]


def _arr(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.integers(-3, 4, shape)
    if dtype.startswith("complex"):
        x = x + 1j * rng.integers(-3, 4, shape)
    return (x.astype(dtype) if dtype != "uint8" else np.abs(x).astype(dtype)) if dtype != "bool" else x > 0


@pytest.mark.filterwarnings("ignore::numpy.exceptions.ComplexWarning")  # trace(complex, dtype=float32)
@pytest.mark.parametrize("d1,d2", DTYPE_PAIRS)
def test_products(d1, d2):
    a, b = _arr((2, 3, 4), d1), _arr((3, 4), d2, seed=1)
    check(lambda xp, x, y: L(xp).tensordot(x, y), a, b)
    check(lambda xp, x, y: L(xp).tensordot(x, y, axes=1), a, b.T)
    check(lambda xp, x, y: L(xp).tensordot(x, y, axes=([1, 2], [0, 1])), a, b)
    check(lambda xp, x, y: L(xp).tensordot(x, y, axes=0), a[0, 0], b[0])
    check(lambda xp, x, y: L(xp).vecdot(x, y), a, b)
    check(lambda xp, x, y: L(xp).vecdot(x, y, axis=0), a[0].T, b.T)
    check(lambda xp, x, y: L(xp).outer(x, y), a[0, 0], b[1])
    check(lambda xp, x, y: L(xp).cross(x, y), a[..., :3], b[:, :3])
    check(lambda xp, x, y: L(xp).cross(x, y, axis=0), a[0, :, :2], b[:, 1:3])
    check(lambda xp, x: L(xp).trace(x), a)
    check(lambda xp, x: L(xp).trace(x, offset=-1, dtype=np.float32), a)


@pytest.mark.parametrize(
    "d1,d2",
    DTYPE_PAIRS,
)
def test_matmul_reexport(d1, d2):
    assert la.matmul is __import__("tnp_core").matmul
    check(lambda xp, x, y: L(xp).matmul(x, y), _arr((2, 3, 4), d1), _arr((4, 3), d2), modes=("eager",))


def test_trace_complex_to_real_warns():
    with pytest.warns(np.exceptions.ComplexWarning):
        np.linalg.trace(BC, dtype=np.float32)
    with pytest.warns(np.exceptions.ComplexWarning):
        la.trace(BC, dtype=np.float32)


def test_product_errors():
    for fn, args in [
        (lambda xp, x, y: L(xp).outer(x, y), (B, B[0, 0])),
        (lambda xp, x, y: L(xp).cross(x, y), (B, B)),
        (lambda xp, x, y: L(xp).tensordot(x, y), (B, B)),
        (lambda xp, x, y: L(xp).vecdot(x, y), (B, B[..., :3])),
        (lambda xp, x, y: L(xp).multi_dot([x, y, x]), (B, B)),
        (lambda xp, x, y: L(xp).multi_dot([x[0], y[0]]), (B, B)),
        (lambda xp, x, y: L(xp).multi_dot([x]), (B, B)),
    ]:
        check(fn, *args, modes=("eager",))
    check(lambda xp, x, y: L(xp).cross(x, y), np.ones(3, bool), np.ones(3, bool), modes=("eager",))
    check(lambda xp, x, y: L(xp).cross(x, y), np.ones(2, bool), np.ones(2, bool), modes=("eager",))
    check(lambda xp, x, y: L(xp).vecdot(x, y), np.ones(()), np.ones(3), modes=("eager",))
    check(lambda xp, x, y: L(xp).tensordot(x, y, axes=3), B[0], B[0], modes=("eager",))


def test_linalg_products_reuse_core():
    import tnp_core

    x = np.arange(6.0).reshape(2, 3)
    for name in ("outer", "tensordot", "vecdot"):
        check(
            lambda xp, a: getattr(L(xp), name)(a[0], a[1]) if name == "outer" else getattr(L(xp), name)(a, a),
            x,
        )
        assert getattr(la, name).__module__ == "tnp_linalg._products"
        assert getattr(tnp_core, name).__module__ == "tnp_core._products"


@pytest.mark.parametrize("offset", [-5, -2, -1, 0, 1, 3, 4, 9])
def test_diagonal_and_trace(offset):
    for a in (_arr((2, 3, 4), "int8"), _arr((4, 3), "bool"), _arr((3, 4), "uint8"), np.zeros((0, 2))):
        check(lambda xp, x: L(xp).diagonal(x, offset=offset), a)
        check(lambda xp, x: L(xp).trace(x, offset=offset), a)
    check(lambda xp, x: L(xp).diagonal(x), np.ones(3), modes=("eager",))
    check(lambda xp, x: L(xp).matrix_transpose(x), B)


def test_multi_dot_orders_and_vectors():
    rng = np.random.default_rng(2)
    shapes = [(10, 30), (30, 5), (5, 60), (60, 2), (2, 7)]
    mats = [rng.standard_normal(s) for s in shapes]
    for k in (2, 3, 4, 5):
        check(lambda xp, *m: L(xp).multi_dot(list(m)), *mats[:k])
    check(lambda xp, *m: L(xp).multi_dot(list(m)), mats[0][0], *mats[1:4], mats[4][:, 0])
    check(lambda xp, *m: L(xp).multi_dot(list(m)), mats[0][0], mats[1][:, 0])
    ints = [_arr((3, 3), "int8", seed=i) for i in range(4)]
    check(lambda xp, *m: L(xp).multi_dot(list(m)), *ints)
    out = la.multi_dot([mats[0], mats[1]])
    target = np.zeros((10, 5))
    from tnp_core import asarray

    t = asarray(target)
    la.multi_dot([mats[0], mats[1]], out=t)
    np.testing.assert_allclose(np.asarray(t), np.asarray(out))
