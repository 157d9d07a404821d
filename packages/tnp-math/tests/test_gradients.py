"""GradientTape gradients of tnp-math's differentiable functions against central finite differences (float64).

One table of cases: (name, lambda xp, *args, inputs). Every float64 input is differentiated; int and bool inputs
(indices, masks) are passed as they are. The tape gradient of sum(w * f(x)) (w fixed random weights) must exist,
have x's shape and match the central differences of tnp's own forward AND of NumPy's forward (which catches a
forward that is wrong in the same way as its gradient). At a NaN input the tape gradient must be 0, not NaN.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import tnp_core
from tnp_core.testing import Uniform as U, check_gradient
from tnp_math import _calculus, _elementwise, _joining, _nanfunctions, _shaping, _statistics, _ufuncs

XP = types.SimpleNamespace(
    **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
    **{
        n: getattr(m, n)
        for m in (_ufuncs, _elementwise, _calculus, _statistics, _nanfunctions, _shaping, _joining)
        for n in m.__all__
    },
)
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
UNIT = U(-0.9, 0.9, M)  # inside (-1, 1)
I3 = np.array([2, 0, 2])  # an index array (repeats: the gradient accumulates)
MASK = np.array([[True, False, True, False], [False, False, True, True], [True, True, False, False]])
NANS = U(-2, 2, M, nan=(1, 6, 7))
SIGNS = np.array([[1.0, -1.0, 2.0, -0.5], [-3.0, 1.0, 1.0, -1.0], [1.0, 1.0, -1.0, -2.0]])

CASES = [
    # ---- trig, hyperbolic, exp, log
    *(
        case(n, lambda xp, x, n=n: getattr(xp, n)(x), R)
        for n in ("sin", "cos", "arctan", "sinh", "cosh", "tanh", "arcsinh")
    ),
    case("tan", lambda xp, x: xp.tan(x), U(-1.2, 1.2, M)),
    *(case(n, lambda xp, x, n=n: getattr(xp, n)(x), UNIT) for n in ("arcsin", "arccos", "arctanh")),
    case("arccosh", lambda xp, x: xp.arccosh(x), U(1.2, 4, M)),
    *(case(n, lambda xp, x, n=n: getattr(xp, n)(x), R) for n in ("exp", "exp2", "expm1")),
    *(case(n, lambda xp, x, n=n: getattr(xp, n)(x), P) for n in ("log", "log2", "log10")),
    case("log1p", lambda xp, x: xp.log1p(x), U(-0.8, 3, M)),
    *(case(n, lambda xp, x, n=n: getattr(xp, n)(x), R) for n in ("deg2rad", "rad2deg", "degrees", "radians")),
    case("arctan2", lambda xp, y, x: xp.arctan2(y, x), R, U(0.3, 2, M)),
    # ---- powers, roots, two-argument functions
    case("power", lambda xp, x, y: xp.power(x, y), P, R),
    case("power_scalar", lambda xp, x: xp.power(x, 3), R),
    case("float_power", lambda xp, x, y: xp.float_power(x, y), P, R),
    case("hypot", lambda xp, x, y: xp.hypot(x, y), R, U(0.5, 2, M)),
    case("logaddexp", lambda xp, x, y: xp.logaddexp(x, y), R, R),
    case("logaddexp2", lambda xp, x, y: xp.logaddexp2(x, y), R, R),
    case("sqrt", lambda xp, x: xp.sqrt(x), P),
    case("cbrt", lambda xp, x: xp.cbrt(x), P),
    case("cbrt_negative", lambda xp, x: xp.cbrt(x), U(-3, -0.2, M)),
    case("square", lambda xp, x: xp.square(x), R),
    case("reciprocal", lambda xp, x: xp.reciprocal(x), P),
    case("fabs", lambda xp, x: xp.fabs(x), U(0.2, 2, M)),
    case("copysign", lambda xp, x: xp.copysign(x, SIGNS), R),  # d/d(sign) is 0: the tape gives None
    case("fmod", lambda xp, x, y: xp.fmod(x, y), U(-3, 3, M), U(0.4, 0.9, M)),
    # ---- maximum and friends (inputs without ties)
    case("maximum", lambda xp, x, y: xp.maximum(x, y), R, R),
    case("minimum", lambda xp, x, y: xp.minimum(x, y), R, R),
    case("fmax", lambda xp, x, y: xp.fmax(x, y), R, R),
    case("fmin", lambda xp, x, y: xp.fmin(x, y), R, R),
    case("fmax_nan", lambda xp, x, y: xp.fmax(x, y), NANS, R),
    case("clip", lambda xp, x: xp.clip(x, -0.5, 0.7), R),
    case("clip_arrays", lambda xp, x, lo, hi: xp.clip(x, lo, hi), R, U(-1, -0.5, M), U(0.5, 1, M)),
    # ---- reductions
    case("sum_axis0", lambda xp, x: xp.sum(x, axis=0), R),
    case("prod", lambda xp, x: xp.prod(x, axis=1), R),
    case("mean", lambda xp, x: xp.mean(x, axis=1), R),
    case("std", lambda xp, x: xp.std(x), R),
    case("var_ddof", lambda xp, x: xp.var(x, axis=0, ddof=1), R),
    case("cumsum", lambda xp, x: xp.cumsum(x, axis=1), R),
    case("cumprod", lambda xp, x: xp.cumprod(x, axis=0), R),
    case("nansum", lambda xp, x: xp.nansum(x, axis=0), NANS),
    case("nanprod", lambda xp, x: xp.nanprod(x, axis=1), NANS),
    case("nanmean", lambda xp, x: xp.nanmean(x, axis=1), NANS),
    case("nanstd", lambda xp, x: xp.nanstd(x, axis=1), NANS),
    case("nanvar", lambda xp, x: xp.nanvar(x), NANS),
    case("nanmax", lambda xp, x: xp.nanmax(x, axis=0), NANS),
    case("nanmedian", lambda xp, x: xp.nanmedian(x, axis=1), NANS),
    case("nanquantile", lambda xp, x: xp.nanquantile(x, [0.3, 0.8], axis=1), NANS),
    case("nanpercentile", lambda xp, x: xp.nanpercentile(x, 40), NANS),
    case("median_even", lambda xp, x: xp.median(x, axis=1), R),
    case("median_odd", lambda xp, x: xp.median(x, axis=0), R),
    case("quantile", lambda xp, x: xp.quantile(x, [0.1, 0.5, 0.75], axis=1), R),
    case("quantile_weibull", lambda xp, x: xp.quantile(x, 0.3, method="weibull"), R),
    case("percentile", lambda xp, x: xp.percentile(x, 30.0, axis=0), R),
    case("average", lambda xp, x: xp.average(x, axis=1), R),
    case("average_weights", lambda xp, x, w: xp.average(x, axis=1, weights=w), R, U(0.5, 2, (4,))),
    case("cov", lambda xp, x: xp.cov(x), R),
    case("cov_aweights", lambda xp, x, w: xp.cov(x, aweights=w), R, U(0.5, 2, (4,))),
    case("corrcoef", lambda xp, x: xp.corrcoef(x), R),
    # ---- calculus, interpolation, convolution
    case("trapezoid", lambda xp, y: xp.trapezoid(y, axis=1), R),
    case("trapezoid_x", lambda xp, y, x: xp.trapezoid(y, x), U(-2, 2, S), U(-2, 2, S)),
    case("diff", lambda xp, x: xp.diff(x, axis=1), R),
    case("diff_n2", lambda xp, x: xp.diff(x, n=2, axis=0), R),
    case("gradient", lambda xp, x: xp.gradient(x, axis=1), R),
    case("gradient_spacing", lambda xp, x: xp.gradient(x, 0.5, edge_order=2), U(-2, 2, S)),
    case("interp", lambda xp, x, fp: xp.interp(x, [0.0, 1.0, 2.0, 3.0], fp), U(0.1, 2.9, S), U(-2, 2, (4,))),
    case("convolve", lambda xp, a, v: xp.convolve(a, v), U(-2, 2, S), U(-2, 2, (3,))),
    case("convolve_same", lambda xp, a, v: xp.convolve(a, v, "same"), U(-2, 2, S), U(-2, 2, (3,))),
    case("correlate", lambda xp, a, v: xp.correlate(a, v, "full"), U(-2, 2, S), U(-2, 2, (3,))),
    # ---- shaping and joining
    case("concatenate", lambda xp, a, b: xp.concatenate([a, b], axis=1), R, U(-2, 2, (3, 2))),
    case("stack", lambda xp, a, b: xp.stack([a, b], axis=1), R, R),
    case("vstack", lambda xp, a, b: xp.vstack([a, b]), R, R),
    case("pad_constant", lambda xp, x: xp.pad(x, ((1, 0), (2, 1))), R),
    case("pad_reflect", lambda xp, x: xp.pad(x, 2, mode="reflect"), R),
    case("pad_edge", lambda xp, x: xp.pad(x, 1, mode="edge"), R),
    case("roll", lambda xp, x: xp.roll(x, 2, axis=1), R),
    case("roll_flat", lambda xp, x: xp.roll(x, -5), R),
    case("flip", lambda xp, x: xp.flip(x, axis=0), R),
    case("tile", lambda xp, x: xp.tile(x, (2, 1)), R),
    case("where", lambda xp, x, y: xp.where(MASK, x, y), R, R),
    case("where_x_gt_0", lambda xp, x: xp.where(x > 0, x, 0.5 * x), R),
    case(
        "take_along_axis", lambda xp, x: xp.take_along_axis(x, np.array([[0, 3], [1, 1], [2, 0]]), axis=1), R
    ),
    case("sinc", lambda xp, x: xp.sinc(x), R),
    case("nan_to_num", lambda xp, x: xp.nan_to_num(x), NANS),
    case("ediff1d", lambda xp, x: xp.ediff1d(x, to_begin=[1.0]), R),
    case("ravel", lambda xp, x: xp.ravel(x), R),
    case("append", lambda xp, x, y: xp.append(x, y, axis=0), R, U(-2, 2, (1, 4))),
    case("insert", lambda xp, x: xp.insert(x, 1, 5.0, axis=1), R),
    case("delete", lambda xp, x: xp.delete(x, [0, 2], axis=1), R),
    case("broadcast_to", lambda xp, x: xp.broadcast_to(x, (2, 3, 4)), R),
    case("rot90", lambda xp, x: xp.rot90(x), R),
    case("split", lambda xp, x: xp.stack(xp.split(x, 2, axis=1)), R),
    case("hstack", lambda xp, a, b: xp.hstack([a, b]), R, R),
    case("select", lambda xp, x, y: xp.select([x > 0, y > 0], [x * y, y], 0.5), R, R),
    case("put_along_axis", lambda xp, x: _put_along(xp, x), R),
    case("apply_along_axis", lambda xp, x: xp.apply_along_axis(lambda r: r * r[0], 1, x), R),
    case("atleast_2d", lambda xp, x: xp.atleast_2d(x), U(-2, 2, S)),
]


def _put_along(xp: Any, x: Any) -> Any:
    y = x * 1.0
    xp.put_along_axis(y, np.array([[1], [0], [3]]), x[:, :1] * 2.0, axis=1)
    return y * x


@pytest.mark.parametrize(("name", "fn", "inputs", "rtol", "atol"), CASES)
def test_gradient(
    name: str, fn: Callable[..., Any], inputs: tuple[Any, ...], rtol: float, atol: float
) -> None:
    check_gradient(name, fn, inputs, XP, rtol=rtol, atol=atol, h=H)
