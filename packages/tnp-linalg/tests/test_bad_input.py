"""Differential tests (vs NumPy) of tnp.linalg on bad input: the same call raises the same exception type on
both (or, where NumPy still computes something, gives the same result)."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
import tnp_linalg as la
from tnp_core.testing import check_bad_input


def L(xp):
    return np.linalg if xp is np else la


same = check_bad_input  # `fn(xp, *args)` on NumPy and tnp: the same exception type, or the same result


M22 = np.array([[2.0, 1.0], [1.0, 3.0]])
M34 = np.arange(12.0).reshape(3, 4)
V3 = np.array([0.5, 1.5, -2.0])


@pytest.mark.parametrize(
    "a, b, kw",
    [
        (np.array(True), np.array(True), {}),  # 0-d: NumPy's x.shape[axis] is an IndexError
        (np.array(2.0), V3, {}),
        (V3, np.array([1.0, 2.0, 3.0, 4.0]), {}),
        (np.zeros((0, 3)), np.array(1.0), {}),
        (V3, V3, {"axis": 1}),  # axis out of range: IndexError
        (V3, V3, {"axis": (0, 0)}),  # TypeError
        (V3, V3, {"axis": 1.5}),
        (np.ones((2, 3)), np.ones((3, 2)), {"axis": 0}),  # lengths 2 and 3: ValueError
        (np.ones((3, 2)), np.ones((3, 2)), {"axis": 0}),
    ],
)
def test_cross(a, b, kw):
    same(lambda xp, x, y: L(xp).cross(x, y, **kw), a, b)


@pytest.mark.parametrize("ind", [1, 2, 5, -5, 2**62, 0])
@pytest.mark.parametrize("a", [np.array(2.5), np.array(0.0), np.eye(4).reshape(2, 2, 2, 2), M22])
def test_tensorinv(a, ind):
    same(lambda xp, x: L(xp).tensorinv(x, ind), a)


@pytest.mark.parametrize(
    "a, b",
    [
        (np.array(math.nan), np.array(2.5)),
        (np.array([[math.nan]]), np.array([1.0])),
        (np.array(0.0), np.array(2.5)),
        (M22, V3),
    ],
)
def test_tensorsolve(a, b):
    same(lambda xp, x, y: L(xp).tensorsolve(x, y), a, b)


@pytest.mark.parametrize(
    "a",
    [
        np.array([[math.nan]]),
        np.array([[1.0, 2.0], [2.0, 4.0]]),  # exactly singular: LinAlgError
        np.array([[[math.nan, 0.0], [0.0, 1.0]], [[2.0, 0.0], [0.0, 4.0]]]),  # NaN only in the first matrix
        np.array([[complex(math.nan, 0.0)]]),
    ],
)
def test_nan_is_not_singular(a):
    same(lambda xp, x: L(xp).inv(x), a[..., :1, :1] if a.ndim == 3 else a)
    same(lambda xp, x: L(xp).solve(x, np.ones(x.shape[:-1])), a[..., :1, :1])
    same(lambda xp, x: L(xp).inv(x)[1:], a)


@pytest.mark.parametrize("arrays", [b"ab", (2**40, 2**40), (-1, 2), [np.ones(2), 3.0], [V3, V3]])
def test_multi_dot_of_two_is_dot(arrays):
    same(lambda xp: L(xp).multi_dot(arrays))


def test_multi_dot_checks_more_than_two():
    same(lambda xp: L(xp).multi_dot([1.0, M22, M22]))
    same(lambda xp: L(xp).multi_dot([M22]))


@pytest.mark.parametrize(
    "x, kw",
    [
        (np.array([-1.0, 2.0]), {"dtype": "not-a-dtype"}),  # the dtype is read before the dimensions
        (M22, {"dtype": "not-a-dtype"}),
        (V3, {}),
    ],
)
def test_trace(x, kw):
    same(lambda xp, a: L(xp).trace(a, **kw), x)


@pytest.mark.parametrize("axis", [(0, 0), 1.5, "a", 5])
def test_vecdot_axis(axis):
    same(lambda xp, a, b: L(xp).vecdot(a, b, axis=axis), M22, np.array([2.0, 3.0]))


@pytest.mark.parametrize("axes", [2, 1, [[0, 0], [0, 1]], [[0], [0, 1]], (1, 0)])
@pytest.mark.parametrize("b", [np.array([math.nan, math.inf, -math.inf, 1.0]), V3, M22])
def test_tensordot_axes(b, axes):
    same(lambda xp, x, y: L(xp).tensordot(x, y, axes=axes), M22, b)


ARRAY_ORDS = [M34, M22, np.array([[1 + 1j, 2.0], [0.5j, 1.0]]), [], [2], [3], [[2]], (3,), np.array(3.0)]


@pytest.mark.parametrize("ord", ARRAY_ORDS, ids=range(len(ARRAY_ORDS)))
@pytest.mark.parametrize("x", [np.array(2.5), V3, np.zeros(0), M34, np.ones((2, 3, 4))], ids=range(5))
def test_norm_array_ord(x, ord):
    """A NumPy array `ord` goes in as a tnp array (`check` converts array arguments), a list as it is."""
    same(lambda xp, a, o: L(xp).norm(a, ord=o), x, ord)
    if x.ndim:
        same(lambda xp, a, o: L(xp).norm(a, ord=o, axis=-1, keepdims=True), x, ord)
        same(lambda xp, a, o: L(xp).vector_norm(a, ord=o), x, ord)
    if x.ndim >= 2:
        same(lambda xp, a, o: L(xp).matrix_norm(a, ord=o), x, ord)


@pytest.mark.parametrize("ord", [1 + 2j, 3 + 0j, 2 + 0j, 0.5 + 0j])
@pytest.mark.parametrize("x", [np.array(1 + 2j), V3, V3.astype(np.float32)], ids=["c0d", "f64", "f32"])
def test_vector_norm_complex_ord(x, ord):
    same(lambda xp, a: L(xp).vector_norm(a, ord=ord), x)
    same(lambda xp, a: L(xp).norm(a, ord=ord), x)


@pytest.mark.parametrize("b", [np.ones(3), [[1, 2], [3]], np.ones((2, 2))])
@pytest.mark.parametrize("a", [np.array(2.5), np.ones(3), M34])
def test_solve_checks_a_before_reading_b(a, b):
    same(lambda xp, x: L(xp).solve(x, b), a)


@pytest.mark.parametrize("a, b", [(V3, V3), (np.array(2.0), V3), (M22, np.ones(3))])
def test_vecdot_axis_none(a, b):
    same(lambda xp, x, y: L(xp).vecdot(x, y, axis=None), a, b)


@pytest.mark.parametrize("x", [np.array(2.0), M22])
def test_trace_numpy_dtype_tnp_lacks(x):
    """'U3' is a NumPy dtype: NumPy's dimension check comes first (then tnp rejects the dtype)."""
    if x.ndim < 2:
        same(lambda xp, a: L(xp).trace(a, dtype="U3"), x)
    else:
        with pytest.raises(TypeError):
            la.trace(x, dtype="U3")


def test_norm_ord_beyond_int64():
    """NumPy makes such an `ord` an object array and raises a casting TypeError; tnp has no object arrays."""
    with pytest.raises(TypeError), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        np.linalg.vector_norm(V3, ord=-(2**70))
    with pytest.raises((TypeError, OverflowError)):
        la.vector_norm(V3, ord=-(2**70))
