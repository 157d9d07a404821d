"""Differential tests (vs NumPy) of the products (matmul, the gufuncs matvec/vecmat/vecdot, tensordot, einsum,
einsum_path, tril/triu, diagflat) on bad input: the same exception type on both, or the same result."""

from __future__ import annotations

import math

import numpy as np
import pytest
import tnp_core
from tnp_core.testing import check_bad_input

same = check_bad_input  # `fn(xp, *args)` on NumPy and tnp: the same exception type, or the same result


M22 = np.array([[2.0, 1.0], [1.0, 3.0]])
M34 = np.arange(12.0).reshape(3, 4)
V3 = np.array([0.5, 1.5, -2.0])
V4 = np.array([math.nan, math.inf, -math.inf, 1.0])
SCALARS = [np.array(2.5, np.float32), np.array(0), np.array(1.5)]
OPERANDS = [M34, M22, V3, V4, *SCALARS]


@pytest.mark.parametrize("dtype", ["not-a-dtype", np.int8, np.float32, complex, "U3"])
@pytest.mark.parametrize("name", ["matmul", "matvec", "vecmat", "vecdot"])
@pytest.mark.parametrize(
    "a, b",
    [(M34, np.array(0)), (np.array(1.5), np.array(1.5)), (M22, V3), (M34, np.ones(4)), (np.ones(4), M34)],
)
def test_gufunc_dtype_before_dimensions(name, a, b, dtype):
    """NumPy resolves the loop (TypeError for a bad dtype, casting errors) before checking core dimensions."""
    same(lambda xp, x, y: getattr(xp, name)(x, y, dtype=dtype), a, b)


@pytest.mark.parametrize("casting", ["no", "safe", "unsafe", "bogus"])
@pytest.mark.parametrize("name", ["matmul", "vecdot"])
def test_gufunc_casting(name, casting):
    same(lambda xp, x, y: getattr(xp, name)(x, y, casting=casting), M22.astype(np.int32), M22)
    same(lambda xp, x, y: getattr(xp, name)(x, y, dtype=np.float32, casting=casting), M22, M22)


@pytest.mark.parametrize("axis", [(0, 0), 1.5, "a", 5, np.int64(-1)])
def test_vecdot_axis(axis):
    same(lambda xp, a, b: xp.vecdot(a, b, axis=axis), M22, np.array([2.0, 3.0]))


@pytest.mark.parametrize("axes", [2, 1, 0, 3, [[0, 0], [0, 1]], [[0], [0, 1]], (1, 0), [[1, 0], [0, 5]], 1.5])
@pytest.mark.parametrize("b", [V4, V3, M22, np.array(1.0)], ids=["v4", "v3", "m22", "0d"])
def test_tensordot_axes(b, axes):
    same(lambda xp, x, y: xp.tensordot(x, y, axes=axes), M22, b)


@pytest.mark.parametrize("a", OPERANDS, ids=range(len(OPERANDS)))
def test_einsum_one_operand_is_not_interleaved(a):
    same(lambda xp, x: xp.einsum(x), a)


@pytest.mark.parametrize(
    "ops",
    [
        (M22,),
        (V3,),
        (np.zeros((0, 3)),),
        (np.array(2.5),),
        (V3, V3),
        ((-1, 2), np.array([1 + 2j, -1j, 3.0])),
        (V3, [0]),
        (V3, 5),
        (M22, [0, 1], M22, [1, 2]),
        (M22, [0, 1], [1]),
        ("ij,jk", M22, M22),
        ("ij", M22, M22),
        (),
    ],
    ids=range(13),
)
def test_einsum_and_einsum_path(ops):
    same(lambda xp, *o: xp.einsum(*o), *ops)
    same(lambda xp, *o: xp.einsum_path(*o), *ops)


KS = [
    np.array([1.0, 2.0, 3.0]),
    M34,
    np.array([1 + 2j, -1j, 3.0]),
    np.array([]),
    np.array([1]),
    np.array(1.5),
    np.array(2),
    np.array(1j),
    1j,
    1.5,
    -1,
    True,
    2**62,
    -(2**62),
    math.inf,
    math.nan,
    [1],
    "1",
    None,
]


@pytest.mark.parametrize("k", KS, ids=range(len(KS)))
@pytest.mark.parametrize("name", ["tril", "triu"])
def test_triangle_k(name, k):
    same(lambda xp, m, kk: getattr(xp, name)(m, kk), M34, k)
    same(lambda xp, m, kk: getattr(xp, name)(m, kk), V3, k)


@pytest.mark.parametrize("name", ["tril", "triu"])
def test_triangle_0d(name):
    same(lambda xp, m: getattr(xp, name)(m, 1), np.array(2.0))


@pytest.mark.parametrize(
    "v, k", [(2**62, 2**62), (np.ones(3), 2**40), (np.ones(3), -(2**40)), (V3, 1), (M22, -2)]
)
def test_diagflat_size(v, k):
    same(lambda xp, x: xp.diagflat(x, k), v)


@pytest.mark.parametrize("k", [np.array([True, False, True]), np.array(True), np.True_])
@pytest.mark.parametrize("name", ["tril", "triu"])
def test_triangle_bool_k(name, k):
    """NumPy computes -k (tril: no boolean negative) or k - 1 (triu) before anything else."""
    same(lambda xp, m: getattr(xp, name)(m, k), M34)


@pytest.mark.parametrize("name", ["matmul", "matvec", "vecmat", "vecdot"])
@pytest.mark.parametrize(
    "a, b", [(np.array(2), np.array(2)), (np.ones((2, 3, 4)), np.ones((2, 3, 4))), (np.ones(3), np.zeros(0))]
)
def test_gufunc_shape_errors_before_object_dtype(name, a, b):
    """dtype=object is a dtype NumPy knows: its shape errors come first (tnp then rejects object arrays)."""
    try:
        getattr(np, name)(a, b, dtype=object)
    except ValueError:
        same(lambda xp, x, y: getattr(xp, name)(x, y, dtype=object), a, b)
    else:
        with pytest.raises(TypeError, match="does not support"):
            getattr(tnp_core, name)(a, b, dtype=object)


@pytest.mark.parametrize(
    "shapes", [((2, 3, 4), (2, 3, 4)), ((2, 1, 2, 1, 2, 1), (1, 2, 1, 2, 1, 2)), ((2, 3), (4,))]
)
def test_kron_high_rank(shapes):
    rng = np.random.default_rng(0)
    same(lambda xp, a, b: xp.kron(a, b), rng.integers(-5, 5, shapes[0]), rng.integers(-5, 5, shapes[1]))
