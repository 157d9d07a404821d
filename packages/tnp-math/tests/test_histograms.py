"""bincount, digitize, histogram, histogram_bin_edges, histogram2d, histogramdd against NumPy."""

from __future__ import annotations

import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
from hypothesis import given, strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core.extending import wrap
from tnp_core.testing import check
from tnp_math import _histograms as mod

XP = types.SimpleNamespace(**{n: getattr(mod, n) for n in mod.__all__})
EAGER = ("eager",)
SWEEP = ("eager", "function_unknown_shape")
ESTIMATORS = ["auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt"]
DATA = np.random.default_rng(0).normal(size=50)


def run(fn, *args, **kw):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=XP, **kw)


# ---- bincount -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["bool", "uint8", "int16", "int32", "int64"])
def test_bincount(dtype):
    x = np.array([0, 3, 1, 3, 7, 1]).astype(dtype)
    run(lambda xp, a: xp.bincount(a), x, modes=SWEEP)
    run(lambda xp, a, w: xp.bincount(a, weights=w, minlength=10), x, np.linspace(-1, 2, 6), modes=SWEEP)
    run(lambda xp, a, w: xp.bincount(a, w), x, np.arange(6, dtype=np.int8), modes=SWEEP)


def test_bincount_edge_cases():
    run(lambda xp, a: xp.bincount(a, minlength=3), np.array([], dtype=np.int64))
    run(lambda xp, a: xp.bincount(a), np.array([], dtype=np.int64))
    for call, x in [
        (lambda xp, a: xp.bincount(a), np.array([0, -1])),  # ValueError
        (lambda xp, a: xp.bincount(a), np.array([0.0, 1.0])),  # TypeError: unsafe cast
        (lambda xp, a: xp.bincount(a), np.array([0, 1], np.uint64)),  # accepted by NumPy
        (lambda xp, a: xp.bincount(a), np.array([[0, 1]])),
        (lambda xp, a: xp.bincount(a), np.array(1)),
        (lambda xp, a: xp.bincount(a, minlength=-1), np.array([0, 1])),
        (lambda xp, a: xp.bincount(a, weights=np.ones(3)), np.array([0, 1])),
        (lambda xp, a: xp.bincount(a, weights=np.ones(2) * 1j), np.array([0, 1])),
    ]:
        run(call, x, modes=EAGER)


def test_bincount_traced_length_is_dynamic():
    f = tf.function(lambda t: mod.bincount(wrap(t))._t, input_signature=[tf.TensorSpec([None], tf.int64)])
    np.testing.assert_array_equal(f(tf.constant([0, 5, 5], tf.int64)).numpy(), np.bincount([0, 5, 5]))


# ---- digitize -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("right", [False, True])
@pytest.mark.parametrize("dtype", ["int8", "uint16", "float32", "float64"])
def test_digitize(dtype, right):
    x = np.array([-2, 0, 1, 2, 3, 5, 7, 10]).astype(dtype)
    inc = np.array([0, 1, 1, 5, 7])
    run(lambda xp, a, b: xp.digitize(a, b, right), x, inc.astype(dtype), modes=SWEEP)
    run(lambda xp, a, b: xp.digitize(a, b, right), x, inc[::-1].astype(dtype), modes=SWEEP)
    run(lambda xp, a, b: xp.digitize(a, b, right), x.reshape(2, 4), np.array([3.5]), modes=SWEEP)


def test_digitize_special_and_errors():
    x = np.array([np.nan, np.inf, -np.inf, 0.0, 1.0])
    run(lambda xp, a, b: xp.digitize(a, b), x, np.array([0.0, 1.0, np.inf]))
    run(lambda xp, a, b: xp.digitize(a, b), np.float64(0.5), np.array([0.0, 1.0]))
    run(lambda xp, a, b: xp.digitize(a, b), np.array([1.0]), np.array([], dtype=float))
    run(lambda xp, a, b: xp.digitize(a, b), x, np.array([0.0, 2.0, 1.0]), modes=EAGER)  # not monotonic
    run(lambda xp, a, b: xp.digitize(a, b), x + 1j, np.array([0.0, 1.0]), modes=EAGER)  # complex x
    run(lambda xp, a, b: xp.digitize(a, b), x, np.ones((2, 2)), modes=EAGER)


# ---- histogram, histogram_bin_edges ---------------------------------------------------------------------
@pytest.mark.parametrize("bins", [1, 7, [-1.0, 0.0, 0.5, 2.0], [-3, -1, 0, 0, 1, 3]])
@pytest.mark.parametrize("dtype", ["int8", "uint16", "int64", "float16", "float32", "float64"])
def test_histogram(dtype, bins):
    a = (DATA * 3).astype(dtype)
    run(lambda xp, x: xp.histogram(x, bins), a, modes=SWEEP)
    run(lambda xp, x: xp.histogram_bin_edges(x, bins), a, modes=SWEEP)


@pytest.mark.parametrize("name", ESTIMATORS)
def test_histogram_string_bins(name):
    run(lambda xp, x: xp.histogram(x, name), DATA, modes=EAGER)
    run(lambda xp, x: xp.histogram_bin_edges(x, name, range=(-1, 1)), DATA.astype(np.float32), modes=EAGER)
    run(lambda xp, x: xp.histogram(x, name), np.arange(20, dtype=np.int16), modes=EAGER)
    f = tf.function(lambda t: mod.histogram(wrap(t), name)[0]._t)
    with pytest.raises(NotImplementedError, match="bins="):
        f(tf.constant(DATA))


def test_histogram_options():
    w = np.random.default_rng(1).uniform(size=50)
    run(lambda xp, x: xp.histogram(x, 5, range=(-1, 1)), DATA)
    run(lambda xp, x: xp.histogram(x, 5, density=True), DATA)
    run(lambda xp, x: xp.histogram(x, [-2, 0, 0.5, 3], density=True), DATA)
    run(lambda xp, x, w: xp.histogram(x, 5, weights=w), DATA, w)
    run(lambda xp, x, w: xp.histogram(x, 5, weights=w), DATA, w.astype(np.float32))
    run(lambda xp, x, w: xp.histogram(x, [-1.0, 0, 1], weights=w), DATA, np.arange(50))
    run(lambda xp, x, w: xp.histogram(x, 4, weights=w, density=True), DATA, w + 1j * w)
    run(lambda xp, x: xp.histogram(x, 3), DATA.reshape(5, 10))


def test_histogram_shapes_and_special_values():
    run(lambda xp, x: xp.histogram(x, 4), np.array([]))
    run(lambda xp, x: xp.histogram(x, 4), np.float64(2.0))
    run(lambda xp, x: xp.histogram(x, 4), np.ones(4))
    run(lambda xp, x: xp.histogram(x, 4), np.array([True, False, True]))
    run(lambda xp, x: xp.histogram(x, 4, range=(0, 2)), np.array([1.0, np.nan, 2, 0, np.inf, -np.inf]))
    run(lambda xp, x: xp.histogram(x, [0.0, 1.0, 2.0]), np.array([1.0, np.nan, 2, 0, np.inf]))


@pytest.mark.parametrize(
    "call",
    [
        lambda xp, x: xp.histogram(x, 0),
        lambda xp, x: xp.histogram(x, 2.5),
        lambda xp, x: xp.histogram(x, [[1, 2]]),
        lambda xp, x: xp.histogram(x, [1.0, 0.0, 2.0]),
        lambda xp, x: xp.histogram(x, 3, range=(1, 0)),
        lambda xp, x: xp.histogram(x, 3, range=(0, np.inf)),
        lambda xp, x: xp.histogram(x, "foo"),
        lambda xp, x: xp.histogram(x, "auto", weights=np.ones(50)),
        lambda xp, x: xp.histogram(x, 3, weights=np.ones(3)),
        lambda xp, x: xp.histogram(np.append(x, np.nan), 3),
        lambda xp, x: xp.histogram_bin_edges(x, -1),
    ],
)
def test_histogram_errors(call):
    run(call, DATA, modes=EAGER)


@given(
    hnp.arrays(np.float64, st.integers(0, 30), elements=st.floats(-100, 100, allow_subnormal=False)),
    st.integers(1, 12)
    | st.lists(st.floats(-50, 50, allow_subnormal=False), min_size=1, max_size=6, unique=True),
    st.booleans(),
)
def test_histogram_hypothesis(a, bins, density):
    if isinstance(bins, list):
        bins = sorted(bins)
    run(lambda xp, x: xp.histogram(x, bins, density=density), a, modes=EAGER)


# ---- histogram2d, histogramdd ---------------------------------------------------------------------------
GRAPH = ("eager", "function")  # histogramdd needs the sample's number of dimensions D


@pytest.mark.parametrize("bins", [4, [3, 5], [-1.0, 0.0, 1.0], [[-1.0, 0.0, 1.0], [0.0, 2.0]]])
def test_histogram2d(bins):
    y = DATA[::-1] * 2
    run(lambda xp, x, y: xp.histogram2d(x, y, bins), DATA, y)
    run(lambda xp, x, y: xp.histogram2d(x, y, bins, density=True, weights=np.arange(50.0)), DATA, y)
    run(lambda xp, x, y: xp.histogram2d(x, y, bins, range=[[-1, 1], [-2, 2]]), DATA.astype(np.float32), y)


def test_histogramdd():
    s = np.random.default_rng(2).normal(size=(30, 3))
    run(lambda xp, x: xp.histogramdd(x, bins=(2, 3, 4)), s, modes=GRAPH)
    run(
        lambda xp, x, w: xp.histogramdd(x, bins=3, density=True, weights=w),
        s[:, :2],
        s[:, 2] ** 2,
        modes=GRAPH,
    )
    run(lambda xp, x: xp.histogramdd(x, bins=3), s.astype(np.float32), modes=GRAPH)
    run(lambda xp, x: xp.histogramdd(x, bins=[[-1.0, 0, 1]] * 3), s, modes=GRAPH)
    run(lambda xp, x: xp.histogramdd([x[:, 0], x[:, 1]], bins=2), s)
    run(lambda xp, x: xp.histogramdd(x, bins=2), s[:, 0])
    run(lambda xp, x: xp.histogramdd(x, bins=(2, 2)), np.zeros((0, 2)), modes=GRAPH)


def test_histogramdd_errors():
    s = np.random.default_rng(2).normal(size=(10, 2))
    for call in (
        lambda xp, x: xp.histogramdd(x, bins=(2, 3, 4)),
        lambda xp, x: xp.histogramdd(x, bins=0),
        lambda xp, x: xp.histogramdd(x, bins=2.5),
        lambda xp, x: xp.histogramdd(x, bins=[[1.0, 0.0], [0.0, 1.0]]),
        lambda xp, x: xp.histogramdd(x, bins=2, range=[(0, 1)]),
        lambda xp, x: xp.histogramdd(x, bins=[np.ones((2, 2)), 2]),
    ):
        run(call, s, modes=EAGER)


def test_public_names():
    for name in mod.__all__:
        assert hasattr(np, name), name
