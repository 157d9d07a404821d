"""median/percentile/quantile (every method), average, cov, corrcoef, convolve, correlate, interp against NumPy."""

from __future__ import annotations

import types
import warnings

import numpy as np
import pytest
from hypothesis import given, strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core.extending import to_tensor, wrap
from tnp_core.testing import check
from tnp_math import _statistics as mod

METHODS = [
    "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
    "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "nearest", "midpoint",
]  # fmt: skip
EAGER = ("eager",)
SWEEP = ("eager", "function_unknown_shape")  # dtype sweeps: eager and the stricter traced mode


def _nanquantile(a, q, axis=None, method="linear", keepdims=False, weights=None):
    qt = q if type(q) is float else to_tensor(q)
    w = None if weights is None else to_tensor(weights)
    return wrap(mod.quantile_along(to_tensor(a), qt, axis, method, keepdims, weights=w, ignore_nan=True))


XP = types.SimpleNamespace(**{n: getattr(mod, n) for n in mod.__all__}, nanquantile=_nanquantile)


def run(fn, *args, **kw):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=XP, **kw)


def sweep(fn, *args):
    run(fn, *args, modes=SWEEP)


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=shape) * 5
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.normal(size=shape)
    if np.dtype(dtype).kind == "u":
        x = np.abs(x)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(x).astype(dtype)


# ---- quantile / percentile ------------------------------------------------------------------------------
@pytest.mark.parametrize("method", METHODS)
def test_quantile_every_method(method):
    a = sample((3, 4, 5), "float64")
    run(
        lambda xp, x: xp.quantile(
            x, np.array([0.0, 0.1, 0.5, 0.9, 1.0]), axis=(0, 2), method=method, keepdims=True
        ),
        a,
    )
    run(lambda xp, x: xp.percentile(x, 37.5, axis=1, method=method), a.astype(np.float32))


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "int64", "float16", "float32", "float64"])
@pytest.mark.parametrize("method", ["linear", "inverted_cdf", "midpoint"])
def test_quantile_dtypes(dtype, method):
    # bool with an interpolating method raises TypeError in NumPy; the harness checks we raise it too
    run(lambda xp, x: xp.quantile(x, 0.4, method=method), sample((7,), dtype), modes=EAGER)
    run(
        lambda xp, x, q: xp.quantile(x, q, axis=0, method=method),
        sample((5, 2), dtype),
        np.float32([0.25, 0.8]),
        modes=SWEEP,
    )


@pytest.mark.parametrize("method", ["linear", "lower", "nearest", "weibull"])
def test_quantile_special_values(method):
    for a in (
        [1.0, np.nan, 3.0],
        [1.0, np.inf, 3.0],
        [-np.inf, np.inf],
        [1.0, np.inf, np.inf],
        [[1.0, np.nan], [2.0, 3.0]],
    ):
        sweep(lambda xp, x: xp.quantile(x, [0.5, 0.75], axis=-1, method=method), np.array(a))


def test_quantile_shapes():
    run(lambda xp, x: xp.quantile(x, 0.3), np.float32(3))
    run(lambda xp, x: xp.quantile(x, 0.3, axis=0), np.zeros((2, 0)))
    run(lambda xp, x: xp.quantile(x, [[0.3, 0.6]], axis=1), sample((2, 3), "float64"))
    run(lambda xp, x: xp.quantile(x, 0.5, axis=1), np.zeros((2, 0)), modes=EAGER)  # IndexError in NumPy
    run(lambda xp, x: xp.quantile(x, 0.5), np.array([]), modes=EAGER)
    run(lambda xp, x: xp.quantile(x, 1), np.arange(5))  # an integer q with 'linear' keeps the dtype


@pytest.mark.parametrize(
    "call",
    [
        lambda xp, x: xp.quantile(x, 1.5),
        lambda xp, x: xp.quantile(x, [0.5, -0.1]),
        lambda xp, x: xp.quantile(x, np.nan),
        lambda xp, x: xp.percentile(x, 101),
        lambda xp, x: xp.quantile(x, np.zeros((1, 1, 1))),
        lambda xp, x: xp.quantile(x, 0.5, method="foo"),
        lambda xp, x: xp.quantile(x, 0.5, axis=2),
        lambda xp, x: xp.quantile(x.astype(complex), 0.5),
        lambda xp, x: xp.quantile(x, 0.5, axis=1, weights=np.ones(3)),
        lambda xp, x: xp.quantile(x, 0.5, weights=np.ones(3)),
        lambda xp, x: xp.quantile(x, 0.5, axis=1, method="inverted_cdf", weights=np.ones(4)),
        lambda xp, x: xp.quantile(x, 0.5, axis=1, method="inverted_cdf", weights=-np.ones(3)),
        lambda xp, x: xp.quantile(x, 0.5, axis=1, method="inverted_cdf", weights=np.zeros(3)),
    ],
)
def test_quantile_errors(call):
    run(call, sample((2, 3), "float64"), modes=EAGER)


def test_quantile_weights():
    a = sample((4, 6), "float64")
    w = np.random.default_rng(1).integers(0, 4, size=6).astype(float)
    w[0] = 1.0
    run(lambda xp, x, w: xp.quantile(x, [0.1, 0.5, 1.0], axis=1, method="inverted_cdf", weights=w), a, w)
    w2 = np.abs(sample((4, 6), "float32")) + 0.1
    run(lambda xp, x, w: xp.percentile(x, 30, method="inverted_cdf", weights=w), a, w2)
    run(
        lambda xp, x, w: xp.quantile(x, 0.5, axis=0, method="inverted_cdf", weights=w, keepdims=True),
        a,
        w2[:, 0],
    )


def test_quantile_out():
    def fn(xp, x):
        out = np.zeros(3) if xp is np else wrap(to_tensor(np.zeros(3)))
        r = xp.quantile(x, 0.5, axis=1, out=out)
        assert r is out
        return r

    run(fn, sample((3, 4), "float64"), modes=EAGER)


@given(
    hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=5),
               elements=st.floats(-1e6, 1e6) | st.sampled_from([np.nan, np.inf, -np.inf])),
    st.lists(st.floats(0, 1, allow_subnormal=False), min_size=1, max_size=4),  # TF flushes subnormals
    st.sampled_from(METHODS),
    st.booleans(),
)  # fmt: skip
def test_quantile_hypothesis(a, q, method, keepdims):
    run(
        lambda xp, x, q: xp.quantile(x, q, axis=-1, method=method, keepdims=keepdims),
        a,
        np.array(q),
        modes=EAGER,
    )
    run(lambda xp, x: xp.quantile(x, q[0], method=method), a, modes=EAGER)


@pytest.mark.parametrize("method", ["linear", "lower", "hazen", "midpoint", "inverted_cdf"])
def test_quantile_along_ignore_nan_matches_nanquantile(method):
    a = sample((3, 6), "float64")
    a[0, [1, 4]] = np.nan
    a[2, :] = np.nan
    run(lambda xp, x: xp.nanquantile(x, np.array([0.2, 0.7]), axis=1, method=method), a)
    run(lambda xp, x: xp.nanquantile(x, 0.5, method=method), a[:2])
    if method == "inverted_cdf":
        w = np.random.default_rng(1).uniform(size=a.shape)
        run(lambda xp, x, w: xp.nanquantile(x, np.array([0.1, 0.9]), axis=1, method=method, weights=w), a, w)


# ---- median ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["bool", "uint16", "int64", "float16", "float32", "float64", "complex64"])
@pytest.mark.parametrize(
    "shape,axis",
    [((), None), ((0,), None), ((5,), 0), ((4, 3), None), ((4, 3), 1), ((2, 0), 1), ((2, 3, 4), (0, 2))],
)
def test_median(dtype, shape, axis):
    sweep(lambda xp, x: xp.median(x, axis=axis), sample(shape, dtype))


def test_median_special_and_keepdims():
    a = np.array([[1.0, np.nan, 3.0], [np.inf, np.inf, 1.0], [-np.inf, np.inf, 0.0]])
    run(lambda xp, x: xp.median(x, axis=1, keepdims=True), a)
    run(lambda xp, x: xp.median(x, axis=-1, overwrite_input=True), a)
    run(lambda xp, x: xp.median(x, axis=3), a, modes=EAGER)
    run(lambda xp, x: xp.median(x, axis=0), a.astype(np.float32))  # tf.sort's path, NaN anywhere in a slice
    run(lambda xp, x: xp.median(x), np.array([np.nan, -np.inf, 2.0, np.inf]))


# ---- average --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["bool", "int8", "int64", "float16", "float32", "float64", "complex128"])
def test_average(dtype):
    a = sample((3, 4), dtype)
    sweep(lambda xp, x: xp.average(x), a)
    sweep(lambda xp, x: xp.average(x, axis=1, returned=True), a)
    sweep(lambda xp, x, w: xp.average(x, axis=1, weights=w, returned=True), a, np.arange(1, 5.0))
    sweep(
        lambda xp, x, w: xp.average(x, axis=(0, 1), weights=w, returned=True, keepdims=True),
        a,
        np.ones((3, 4), np.float32),
    )
    sweep(lambda xp, x, w: xp.average(x, weights=w), a, np.arange(12).reshape(3, 4))


def test_average_shapes_and_errors():
    run(lambda xp, x: xp.average(x), np.float32(2.5))
    run(lambda xp, x: xp.average(x, axis=0), np.zeros((0, 2)))
    # weights along transposed axes (with unknown dims, equal ranks are read as equal shapes: not this case)
    run(
        lambda xp, x, w: xp.average(x, axis=(1, 0), weights=w),
        sample((3, 4), "float64"),
        sample((4, 3), "float64"),
        modes=("eager", "function"),
    )
    a = sample((3, 4), "float64")
    run(lambda xp, x: xp.average(x, weights=np.ones(4)), a, modes=EAGER)  # TypeError: axis needed
    run(lambda xp, x: xp.average(x, axis=0, weights=np.ones(4)), a, modes=EAGER)  # ValueError
    run(lambda xp, x: xp.average(x, axis=1, weights=np.zeros(4)), a, modes=EAGER)  # ZeroDivisionError
    run(lambda xp, x: xp.average(x, axis=2), a, modes=EAGER)


# ---- cov, corrcoef --------------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["bool", "int8", "int64", "float32", "float64", "complex64", "complex128"])
def test_cov_corrcoef(dtype):
    a = sample((3, 5), dtype)
    sweep(lambda xp, x: xp.cov(x), a)
    sweep(lambda xp, x: xp.cov(x, rowvar=False, bias=True), a)
    sweep(lambda xp, x: xp.cov(x, x[::-1], ddof=0), a)
    sweep(
        lambda xp, x, f, w: xp.cov(x, fweights=f, aweights=w, ddof=2),
        a,
        np.array([1, 2, 1, 3, 1]),
        np.array([0.5, 1, 2, 1, 3]),
    )
    sweep(lambda xp, x, f: xp.cov(x, fweights=f), a, np.array([1, 2, 1, 3, 1]))
    sweep(lambda xp, x: xp.cov(x, dtype=np.float32), a)
    sweep(lambda xp, x: xp.corrcoef(x), a)
    sweep(lambda xp, x: xp.corrcoef(x[0], x[1], dtype=np.float64), a)


def test_cov_shapes_and_errors():
    run(lambda xp, x: xp.cov(x), np.array([1.0, 2, 4]))
    run(lambda xp, x: xp.cov(x), np.array(3.0))
    run(lambda xp, x: xp.cov(x), np.zeros((0, 3)))
    run(lambda xp, x: xp.corrcoef(x), np.array([1.0, 2, 4]))
    run(lambda xp, x: xp.corrcoef(x), np.array([[1.0, 1, 1], [1, 2, 3]]))  # a zero variance gives NaN
    a = sample((2, 3), "float64")
    for call in (
        lambda xp, x: xp.cov(x, ddof=1.5),
        lambda xp, x: xp.cov(x[None]),
        lambda xp, x: xp.cov(x, fweights=np.array([1.5, 1, 1])),
        lambda xp, x: xp.cov(x, fweights=np.array([-1, 1, 1])),
        lambda xp, x: xp.cov(x, aweights=np.array([-1.0, 1, 1])),
        lambda xp, x: xp.cov(x, aweights=np.ones(4)),
        lambda xp, x: xp.cov(x, fweights=np.ones((3, 1), int)),
    ):
        run(call, a, modes=EAGER)


# ---- convolve, correlate --------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["bool", "int8", "int64", "float32", "float64", "complex64", "complex128"])
@pytest.mark.parametrize("mode", ["full", "same", "valid"])
def test_convolve_correlate(dtype, mode):
    a = sample((5,), dtype, 1)
    for v in (sample((2,), dtype, 2), sample((8,), dtype, 4)):
        sweep(lambda xp, x, y: xp.correlate(x, y, mode), a, v)
        sweep(lambda xp, x, y: xp.convolve(x, y, mode), a, v)


def test_convolve_correlate_edge_cases():
    run(lambda xp, x: xp.convolve(x, 2.0), np.float32(3))
    run(lambda xp, x, y: xp.correlate(x, y), np.array([1, 2, 3]), np.array([0.5, 1j]))
    for call in (
        lambda xp, x: xp.convolve(x, x[:0]),
        lambda xp, x: xp.correlate(x[:0], x),
        lambda xp, x: xp.correlate(x, x, "bad"),
        lambda xp, x: xp.convolve(x[None], x),
    ):
        run(call, np.ones(3), modes=EAGER)


# ---- interp ---------------------------------------------------------------------------------------------
XS = np.array([-1, 0, 0.5, 1, 2, 3, 5, 6, np.nan, np.inf, -np.inf])
XPTS = np.array([0.0, 1, 2, 5])
FP = np.array([1.0, -1, 3, 3])


def test_interp():
    run(lambda xp, x, a, b: xp.interp(x, a, b), XS, XPTS, FP)
    run(lambda xp, x, a, b: xp.interp(x, a, b, left=-9, right=9), XS, XPTS, FP)
    run(lambda xp, x, a, b: xp.interp(x, a, b), XS, XPTS, FP + 1j * FP[::-1])
    run(lambda xp, x, a, b: xp.interp(x, a, b, left=1j, right=2), XS, XPTS, FP + 1j * FP[::-1])
    run(lambda xp, x, a, b: xp.interp(x, a, b, period=4), XS[:8], np.array([3.0, 0, 1, 2]), FP)
    run(lambda xp, x, a, b: xp.interp(x, a, b), XS, XPTS[:1], FP[:1])
    run(lambda xp, x, a, b: xp.interp(x, a, b), XS, XPTS, np.array([1.0, np.inf, 3, np.inf]))
    run(lambda xp, x, a, b: xp.interp(x, a, b), np.array([1, 2, 3]), np.array([0, 2, 4]), np.array([0, 1, 5]))
    run(lambda xp, x, a, b: xp.interp(x, a, b), np.float32(1.5), XPTS, FP.astype(np.float32))
    run(lambda xp, x, a, b: xp.interp(x, a, b), XS.reshape(11, 1), XPTS, FP)


def test_interp_errors():
    for call in (
        lambda xp, x: xp.interp(x, XPTS, FP[:3]),
        lambda xp, x: xp.interp(x, XPTS[:0], FP[:0]),
        lambda xp, x: xp.interp(x, XPTS, FP, period=0),
        lambda xp, x: xp.interp(x, XPTS[None], FP[None], period=1),
        lambda xp, x: xp.interp(x + 1j, XPTS, FP),
    ):
        run(call, XS, modes=EAGER)


@given(
    hnp.arrays(np.float64, st.integers(0, 6), elements=st.floats(-10, 10)),
    st.lists(st.floats(-5, 5), min_size=2, max_size=6, unique=True),
)
def test_interp_hypothesis(x, pts):
    xp_ = np.sort(np.array(pts))
    run(lambda xp, a, b, c: xp.interp(a, b, c), x, xp_, np.cos(xp_), modes=EAGER)


def test_public_names():
    for name in mod.__all__:
        assert hasattr(np, name), name
