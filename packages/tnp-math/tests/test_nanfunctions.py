"""NumPy's nan-functions (tnp_math._nanfunctions) against NumPy: dtypes, shapes, NaN placement, axes, errors."""

from __future__ import annotations

import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from hypothesis import given, strategies as st
from tnp_core.testing import MODES, check
from tnp_math import _nanfunctions as mod

xp_nan = types.SimpleNamespace(**{n: getattr(mod, n) for n in mod.__all__})

DTYPES = ["bool", "int8", "int32", "int64", "float16", "float32", "float64", "complex64"]
# (shape, axes to reduce over)
CASES = [
    ((), [None]),
    ((0,), [None, 0]),
    ((6,), [None, -1]),
    ((3, 4), [None, 0, 1, (0, 1)]),
    ((2, 0, 3), [1, 2]),
]


def sample(shape, dtype, seed=0, all_nan=True):
    """Random values with NaNs scattered, and the first row (or the first element) all NaN, for inexact dtypes."""
    rng = np.random.default_rng(seed)
    x = np.asarray(rng.uniform(-4, 4, size=shape))
    dt = np.dtype(dtype)
    if dt.kind == "c":
        x = np.asarray(x + 1j * rng.uniform(-4, 4, size=shape))
    if dt.kind in "fc" and x.size and (x.ndim or all_nan):
        x[rng.uniform(size=shape) < 0.3] = np.nan
        if x.ndim and all_nan:
            x[(0,) * (x.ndim - 1)] = np.nan  # an all-NaN slice along the last axis
        elif seed % 2 and all_nan:
            x = np.asarray(np.nan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(x).astype(dt)


def run(fn, *args, **kw):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=xp_nan, **kw)


REDUCERS = ["nansum", "nanprod", "nanmean", "nanvar", "nanstd", "nanmin", "nanmax", "nanmedian"]


def _sweep(name, dtype, cases):
    if name == "nanprod" and dtype == "float16":
        pytest.skip("float16 products overflow differently depending on accumulation order")
    for shape, axes in cases:
        a = sample(shape, dtype)
        for axis in axes:
            run(lambda xp, a: getattr(xp, name)(a, axis=axis), a)
    a = sample((3, 4), dtype, seed=1)
    run(lambda xp, a: getattr(xp, name)(a, axis=1, keepdims=True), a)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", REDUCERS)
def test_reductions(name, dtype):
    _sweep(name, dtype, CASES)


# the other dtypes on fewer shapes (ints and bool take the non-nan function); all shapes in the exhaustive sweep
@pytest.mark.parametrize("dtype", ["bool", "int8", "int32", "int64", "float16", "complex64"])
@pytest.mark.parametrize("name", REDUCERS)
def test_reductions_dtypes(name, dtype):
    _sweep(name, dtype, [((), [None]), ((3, 4), [None, 1])])


@pytest.mark.exhaustive
@pytest.mark.parametrize("dtype", ["bool", "int8", "int32", "int64", "float16", "complex64"])
@pytest.mark.parametrize("name", REDUCERS)
def test_reductions_dtypes_exhaustive(name, dtype):
    _sweep(name, dtype, CASES)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["nanargmin", "nanargmax"])
def test_arg_reductions(name, dtype):
    for shape, axes in CASES:
        a = sample(shape, dtype)
        for axis in axes:
            if isinstance(axis, tuple):
                continue
            run(lambda xp, a: getattr(xp, name)(a, axis=axis), a)
            # without the all-NaN slice, so inexact dtypes also get a result
            b = np.where(np.isnan(a), a.dtype.type(1), a) if a.dtype.kind in "fc" and a.ndim else a
            b = b.copy()
            if b.dtype.kind in "fc" and b.size > 2:
                b.flat[1] = np.nan
            run(lambda xp, a: getattr(xp, name)(a, axis=axis, keepdims=True), b)


@pytest.mark.parametrize("dtype", ["bool", "int8", "int64", "float16", "float32", "float64", "complex64"])
@pytest.mark.parametrize("name", ["nancumsum", "nancumprod"])
def test_cumulative(name, dtype):
    for shape in [(), (0,), (6,), (3, 4)]:
        a = sample(shape, dtype)
        for axis in [None, -1] if shape else [None]:
            run(lambda xp, a: getattr(xp, name)(a, axis=axis), a)
    run(lambda xp, a: getattr(xp, name)(a, axis=0, dtype="float64"), sample((3, 4), dtype))


METHODS = [
    "linear", "lower", "higher", "nearest", "midpoint", "inverted_cdf", "averaged_inverted_cdf",
    "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull", "median_unbiased", "normal_unbiased",
]  # fmt: skip


@pytest.mark.parametrize("method", METHODS)
def test_quantile_methods(method):
    a = sample((5, 7), "float64", seed=3)
    q = np.array([0.0, 0.1, 0.25, 0.5, 0.7, 1.0])
    run(lambda xp, a, q: xp.nanquantile(a, q, axis=1, method=method), a, q)
    run(lambda xp, a: xp.nanquantile(a, 0.4, axis=0, method=method, keepdims=True), a)
    run(lambda xp, a: xp.nanpercentile(a, 37.5, method=method), a)
    ints = np.arange(9, dtype=np.int32)[::-1].reshape(3, 3)
    run(lambda xp, a: xp.nanquantile(a, [0.2, 0.5], axis=-1, method=method), ints)


@pytest.mark.parametrize("dtype", ["int8", "int64", "float16", "float32", "float64"])
def test_quantile_dtypes_and_shapes(dtype):
    for shape, axes in CASES[:4]:
        a = sample(shape, dtype, seed=2)
        b = sample(shape, dtype, seed=2, all_nan=False)
        modes = ("eager", "function") if 0 in shape else MODES
        for axis in axes:
            run(lambda xp, a: xp.nanquantile(a, 0.3, axis=axis), a, modes=modes)
            # NumPy's dtype for a non-scalar q depends on whether a slice is all-NaN: avoid that case here
            run(lambda xp, a: xp.nanpercentile(a, [10, 90], axis=axis, keepdims=True), b, modes=modes)
    # a q array (not a Python scalar) gives float64, as NumPy
    run(lambda xp, a, q: xp.nanquantile(a, q), sample((5,), dtype, all_nan=False), np.array(0.5))
    # an integer q (Python int, list or array): 'linear' takes elements exactly, in a's dtype as NumPy
    c = sample((3, 4), dtype, seed=3, all_nan=False)
    for q in (0, 1, [0, 1], np.array([1, 0])):
        run(lambda xp, a: xp.nanquantile(a, q, axis=-1), c, modes=("eager", "function"))
    run(lambda xp, a, q: xp.nanquantile(a, q, axis=0, method="lower"), c, np.array([0, 1]))


def test_quantile_tuple_axis_and_3d():
    a = sample((2, 3, 4), "float64", seed=5)
    run(lambda xp, a: xp.nanquantile(a, [0.25, 0.75], axis=(0, 2)), a)
    run(lambda xp, a: xp.nanmedian(a, axis=(0, 2), keepdims=True), a)
    run(lambda xp, a: xp.nanmedian(a, axis=(1, -1)), a)


@given(
    data=st.lists(st.one_of(st.floats(-100, 100), st.just(float("nan"))), min_size=1, max_size=12),
    q=st.floats(0, 1),
)
def test_quantile_hypothesis(data, q):
    run(lambda xp, a: xp.nanquantile(a, q), np.array(data), modes=("eager",))


def test_keepdims_out_where_initial():
    a = sample((3, 4), "float32", seed=7)
    w = np.array([True, False, True, True])
    run(lambda xp, a: xp.nansum(a, axis=0, where=w, keepdims=True), a)
    run(lambda xp, a: xp.nanmean(a, axis=1, where=w), a)
    run(lambda xp, a: xp.nanvar(a, axis=1, where=w, ddof=1), a)
    run(lambda xp, a: xp.nanmax(a, axis=1, where=w, initial=-10.0), a)
    run(lambda xp, a: xp.nanmin(a, axis=0, initial=0.5), a)
    run(lambda xp, a: xp.nanprod(a, axis=0, initial=2.0), a)
    run(lambda xp, a: xp.nansum(a, initial=2.0, dtype="float64"), a)


@pytest.mark.parametrize("name", ["nanvar", "nanstd"])
def test_ddof_correction_mean(name):
    a = sample((3, 5), "float64", seed=4)
    for ddof in [0, 1, 3, 4]:
        run(lambda xp, a: getattr(xp, name)(a, axis=1, ddof=ddof), a)
    run(lambda xp, a: getattr(xp, name)(a, axis=1, correction=1), a)
    m = np.nanmean(a[1:], axis=1, keepdims=True)
    run(lambda xp, a, m: getattr(xp, name)(a, axis=1, mean=m), a[1:], m)
    run(lambda xp, a: getattr(xp, name)(a, ddof=1, correction=1), a)  # ValueError


@pytest.mark.parametrize(
    "name,args",
    [
        ("nansum", ()), ("nanmean", ()), ("nanstd", ()), ("nanmax", ()), ("nanargmin", ()),
        ("nancumsum", ()), ("nanmedian", ()), ("nanquantile", (0.3,)), ("nanpercentile", (70,)),
    ],
)  # fmt: skip
def test_out(name, args):
    a = sample((3, 4), "float64", seed=1)
    a[0] = 1.0  # no all-NaN slice (nanargmin would raise)
    cum = name == "nancumsum"
    out_shape = (3, 4) if cum else (3,)
    out_dtype = np.int64 if name == "nanargmin" else np.float32

    def fn(xp, a):
        out = (np if xp is np else tnp_core).zeros(out_shape, out_dtype)
        r = getattr(xp, name)(a, *args, axis=1, out=out)
        assert r is out
        return out

    run(fn, a, modes=("eager",))


ERRORS = [
    lambda xp: xp.nanargmin(np.array([np.nan, np.nan])),
    lambda xp: xp.nanargmax(np.array([[1.0, np.nan], [np.nan, np.nan]]), axis=1),
    lambda xp: xp.nanargmin(np.zeros((0,))),
    lambda xp: xp.nanmin(np.zeros((0,))),
    lambda xp: xp.nanmax(np.zeros((2, 0)), axis=1),
    lambda xp: xp.nansum(np.zeros((2, 3)), axis=2),
    lambda xp: xp.nanmean(np.zeros(3), axis=1),
    lambda xp: xp.nanquantile(np.zeros(3), 1.5),
    lambda xp: xp.nanquantile(np.zeros(3), [-0.1]),
    lambda xp: xp.nanpercentile(np.zeros(3), 101),
    lambda xp: xp.nanquantile(np.zeros(3), 0.5, method="foo"),
    lambda xp: xp.nanquantile(np.zeros(3, complex), 0.5),
    lambda xp: xp.nanquantile(np.zeros(3, bool), 0.5),
    lambda xp: xp.nanquantile(np.zeros(3), 0.5, axis=(0, 0)),
    lambda xp: xp.nanquantile(np.zeros(3), np.zeros((2, 2))),
    lambda xp: xp.nanmean(np.zeros(3), dtype="int32"),
    lambda xp: xp.nanvar(np.zeros(3), dtype="int32"),
    lambda xp: xp.nanmax(np.zeros((2, 2)), where=np.array([True, False])),
]


@pytest.mark.parametrize("i", range(len(ERRORS)))
def test_errors(i):
    run(lambda xp: ERRORS[i](xp))


def test_weights_not_implemented():
    with pytest.raises(NotImplementedError, match="weights"):
        mod.nanquantile(np.ones(3), 0.5, method="inverted_cdf", weights=np.ones(3))


def test_symbolic_all_nan_argmin_does_not_raise():
    """Inside tf.function an all-NaN slice cannot raise; it gives an index (documented difference)."""
    f = tf.function(lambda t: mod.nanargmin(tnp_core.asarray(t))._t)
    assert int(f(tf.constant([np.nan, np.nan]))) == 0


@pytest.mark.parametrize("name", ["nansum", "nanmean"])
def test_gradient(name):
    x0 = np.array([[1.0, np.nan, 2.0], [0.5, -1.0, np.nan]])
    x = tf.Variable(np.nan_to_num(x0, nan=0.0))
    nanmask = tf.constant(np.isnan(x0))
    fn = getattr(mod, name)

    def f(v):
        a = tnp_core.asarray(tf.where(nanmask, tf.constant(np.nan, tf.float64), v))
        return tf.reduce_sum(fn(a, axis=1)._t * tf.constant([1.0, 3.0], tf.float64))

    with tf.GradientTape() as tape:
        y = f(x)
    g = tape.gradient(y, x).numpy()
    eps = 1e-6
    num = np.zeros_like(x0)
    for idx in np.ndindex(x0.shape):
        e = np.zeros_like(x0)
        e[idx] = eps
        num[idx] = (float(f(tf.constant(x.numpy() + e))) - float(f(tf.constant(x.numpy() - e)))) / (2 * eps)
    np.testing.assert_allclose(g, num, atol=1e-6)
    assert not np.isnan(g).any()


@pytest.mark.parametrize(
    "values", [[-np.inf, 1.0, np.inf], [np.nan, 1.0, np.inf, -np.inf], [np.inf, np.inf, 1.0], [2.0, -np.inf]]
)
def test_nanmedian_next_to_infinities_is_the_middle_value(values):
    """NumPy's nanmedian is the median of the non-NaN values (the mean of the middle ones), not a lerp."""
    run(lambda xp, a: xp.nanmedian(a), np.array(values))


@pytest.mark.parametrize("ddof", [1e300, -1e300, 2**62, np.float64(1e300), 1.5])
@pytest.mark.parametrize("name", ["nanvar", "nanstd"])
def test_nanvar_extreme_ddof(name: str, ddof: object) -> None:
    """A ddof beyond float32's range is subtracted in float64 (tf.cast of a Python float went through float32)."""
    x = np.array([1.0, np.nan, 3.0, 4.0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        want = getattr(np, name)(x, ddof=ddof)
    got = getattr(mod, name)(tnp_core.asarray(x), ddof=ddof)
    np.testing.assert_allclose(np.asarray(got), want, rtol=1e-12)
