"""GradientTape gradients of tnp-core's ufuncs, reductions, indexing, manipulation and products against central
finite differences (float64).

One table of cases: (name, lambda xp, *args, inputs). Every float64 input is differentiated; int and bool inputs
(indices, masks) are passed as they are. The tape gradient of sum(w * f(x)) (w fixed random weights) must exist,
have x's shape and match the central differences of tnp's own forward AND of NumPy's forward (which catches a
forward that is wrong in the same way as its gradient). At a NaN input the tape gradient must be 0, not NaN.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import tnp_core
from tnp_core.testing import Uniform as U, check_gradient

XP = tnp_core
H = 1e-6


def case(
    name: str, fn: Callable[..., Any], *inputs: Any, rtol: float = 1e-5, atol: float = 1e-6, marks: Any = ()
) -> Any:
    return pytest.param(name, fn, inputs, rtol, atol, id=name, marks=marks)


def xfail(reason: str) -> Any:
    return pytest.mark.xfail(strict=True, reason=reason)


S, M = (5,), (3, 4)  # a vector and a matrix
R = U(-2, 2, M)  # any real
P = U(0.2, 3, M)  # positive
I3 = np.array([2, 0, 2])  # an index array (repeats: the gradient accumulates)
MASK = np.array([[True, False, True, False], [False, False, True, True], [True, True, False, False]])


def setitem(idx: Any) -> Callable[..., Any]:
    """x * 2 with x[idx] replaced by v * 3, times x: the gradient flows into both x and v through the update."""

    def fn(xp: Any, x: Any, v: Any) -> Any:
        y = x * 2.0
        y[idx] = v * 3.0
        return y * x

    return fn


def iadd(xp: Any, x: Any, v: Any) -> Any:
    y = x * 1.0
    y += v
    y *= x
    y[0] += v[1]
    return y


CASES = [
    # ---- arithmetic ufuncs
    case("add", lambda xp, x, y: xp.add(x, y), R, U(-2, 2, (4,))),
    case("subtract", lambda xp, x, y: x - y, R, R),
    case("multiply", lambda xp, x, y: xp.multiply(x, y), R, R),
    case("divide", lambda xp, x, y: xp.divide(x, y), R, P),
    case("true_divide_scalar", lambda xp, x: 1.5 / x, P),
    case("negative", lambda xp, x: -x, R),
    case("positive", lambda xp, x: xp.positive(x), R),
    case("abs", lambda xp, x: xp.abs(x), R),
    case("power", lambda xp, x, y: xp.power(x, y), P, R),
    case("pow_int", lambda xp, x: x**3, R),
    case("pow_half", lambda xp, x: xp.pow(x, 0.5), P),
    case("remainder", lambda xp, x, y: xp.remainder(x, y), U(-3, 3, M), U(0.4, 0.9, M)),
    case("maximum", lambda xp, x, y: xp.maximum(x, y), R, R),
    case("minimum", lambda xp, x, y: xp.minimum(x, y), R, R),
    case("clip", lambda xp, x: xp.clip(x, -0.5, 0.7), R),
    case("clip_arrays", lambda xp, x, lo, hi: xp.clip(x, lo, hi), R, U(-1, -0.5, M), U(0.5, 1, M)),
    # ---- reductions
    case("sum", lambda xp, x: xp.sum(x), R),
    case("sum_axis0", lambda xp, x: xp.sum(x, axis=0), R),
    case("sum_keepdims_where", lambda xp, x: xp.sum(x, axis=1, keepdims=True, where=MASK), R),
    case("method_sum", lambda xp, x: x.sum(axis=1), R),
    case("prod", lambda xp, x: xp.prod(x, axis=1), R),
    case("prod_all", lambda xp, x: xp.prod(x), U(0.5, 1.5, M)),
    case("mean", lambda xp, x: xp.mean(x, axis=1), R),
    case("mean_where", lambda xp, x: xp.mean(x, axis=0, where=MASK), R),
    case("std", lambda xp, x: xp.std(x), R),
    case("std_axis_ddof", lambda xp, x: xp.std(x, axis=1, ddof=1), R),
    case("var", lambda xp, x: xp.var(x, axis=0), R),
    case("cumsum", lambda xp, x: xp.cumsum(x, axis=1), R),
    case("cumsum_flat", lambda xp, x: xp.cumsum(x), R),
    case("cumprod", lambda xp, x: xp.cumprod(x, axis=0), R),
    case("max", lambda xp, x: xp.max(x, axis=1), R),
    case("min", lambda xp, x: xp.min(x), R),
    case("ptp", lambda xp, x: xp.ptp(x, axis=0), R),
    case("add_reduce", lambda xp, x: xp.add.reduce(x, axis=1), R),
    case("multiply_accumulate", lambda xp, x: xp.multiply.accumulate(x, axis=1), R),
    case("multiply_outer", lambda xp, x, y: xp.multiply.outer(x, y), U(-2, 2, S), U(-2, 2, (3,))),
    # ---- indexing
    case("getitem_basic", lambda xp, x: x[1:, ::-2], R),
    case("getitem_int", lambda xp, x: x[1, 2], R),
    case("getitem_newaxis_ellipsis", lambda xp, x: x[..., None, 1:3], R),
    case("getitem_int_array", lambda xp, x: x[I3], R),
    case("getitem_int_arrays", lambda xp, x: x[I3, np.array([0, 3, 3])], R),
    case("getitem_mixed", lambda xp, x: x[1:, I3], R),
    case("getitem_mask", lambda xp, x: x[MASK], R),
    case("getitem_row_mask", lambda xp, x: x[np.array([True, False, True])], R),
    case("setitem_slice", setitem((slice(1, 3), 0)), R, U(-2, 2, (2,))),
    case("setitem_int", setitem(1), R, U(-2, 2, (4,))),
    case("setitem_int_array", setitem((np.array([0, 2]), np.array([1, 3]))), R, U(-2, 2, (2,))),
    case("setitem_mask", setitem(MASK), R, U(-2, 2, (6,))),
    case("iadd", iadd, R, U(-2, 2, (4,))),
    # ---- manipulation
    case("reshape", lambda xp, x: xp.reshape(x, (2, 6)), R),
    case("method_reshape", lambda xp, x: x.reshape(-1), R),
    case("transpose", lambda xp, x: xp.transpose(x), R),
    case("T", lambda xp, x: x.T * x.T, R),
    case("swapaxes", lambda xp, x: xp.swapaxes(x[None], 0, 2), R),
    case("moveaxis", lambda xp, x: xp.moveaxis(x[None], 0, -1), R),
    case("squeeze_expand", lambda xp, x: xp.squeeze(xp.expand_dims(x, 1)), R),
    case("repeat", lambda xp, x: xp.repeat(x, 2, axis=1), R),
    case("repeat_counts", lambda xp, x: xp.repeat(x, np.array([1, 0, 2]), axis=0), R),
    case("take", lambda xp, x: xp.take(x, I3, axis=1), R),
    case("take_flat", lambda xp, x: xp.take(x, np.array([[0, 11], [5, 5]])), R),
    case("sort", lambda xp, x: xp.sort(x, axis=1), R),
    case("diagonal_trace", lambda xp, x: xp.diagonal(x) * xp.trace(x, 1), R),
    case("tril_triu", lambda xp, x: xp.tril(x) + 2 * xp.triu(x, 1), R),
    # ---- products
    case("matmul", lambda xp, a, b: xp.matmul(a, b), R, U(-2, 2, (4, 2))),
    case("matmul_op_vec", lambda xp, a, b: a @ b, R, U(-2, 2, (4,))),
    case("dot", lambda xp, a, b: xp.dot(a, b), R, U(-2, 2, (4, 2))),
    case("dot_vec", lambda xp, a, b: xp.dot(a, b), U(-2, 2, S), U(-2, 2, S)),
    case("vdot", lambda xp, a, b: xp.vdot(a, b), R, R),
    case("inner", lambda xp, a, b: xp.inner(a, b), R, U(-2, 2, (2, 4))),
    case("outer", lambda xp, a, b: xp.outer(a, b), U(-2, 2, S), U(-2, 2, (3,))),
    case("tensordot", lambda xp, a, b: xp.tensordot(a, b, axes=([1], [0])), R, U(-2, 2, (4, 2))),
    case("einsum", lambda xp, a, b: xp.einsum("ij,kj->ik", a, b), R, U(-2, 2, (2, 4))),
    case("kron", lambda xp, a, b: xp.kron(a, b), U(-2, 2, (2, 2)), U(-2, 2, (2, 3))),
    case("cross", lambda xp, a, b: xp.cross(a, b), U(-2, 2, (2, 3)), U(-2, 2, (2, 3))),
]


@pytest.mark.parametrize(("name", "fn", "inputs", "rtol", "atol"), CASES)
def test_gradient(
    name: str, fn: Callable[..., Any], inputs: tuple[Any, ...], rtol: float, atol: float
) -> None:
    check_gradient(name, fn, inputs, XP, rtol=rtol, atol=atol, h=H)
