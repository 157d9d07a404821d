"""diff, ediff1d, gradient and trapezoid (tnp_math._calculus) against NumPy."""

from __future__ import annotations

import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from hypothesis import given, strategies as st
from tnp_core.testing import check
from tnp_math import _calculus as mod

xp_calc = types.SimpleNamespace(**{n: getattr(mod, n) for n in mod.__all__})

DTYPES = ["bool", "int8", "int32", "int64", "float16", "float32", "float64", "complex64"]
SHAPES = [(0,), (1,), (5,), (3, 4), (2, 0, 3), (2, 3, 4)]


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = np.asarray(rng.uniform(-4, 4, size=shape))
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.uniform(-4, 4, size=shape)
    if np.dtype(dtype).kind == "f" and x.size > 3:
        x.flat[2] = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(x).astype(dtype)


def run(fn, *args, **kw):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=xp_calc, **kw)


@pytest.mark.parametrize("dtype", DTYPES)
def test_diff(dtype):
    for shape in SHAPES:
        a = sample(shape, dtype)
        for axis in range(-len(shape), len(shape)):
            for n in (1, 2) if shape[axis] > 2 else (1,):
                run(lambda xp, a: xp.diff(a, n=n, axis=axis), a)
    a = sample((3, 4), dtype, seed=1)
    run(lambda xp, a: xp.diff(a, n=0), a)
    run(lambda xp, a: xp.diff(a, n=5), a)  # more than the length: empty


@pytest.mark.parametrize("dtype", ["int8", "float32", "bool"])
def test_diff_prepend_append(dtype):
    a = sample((3, 4), dtype)
    run(lambda xp, a: xp.diff(a, prepend=0), a)
    run(lambda xp, a: xp.diff(a, axis=0, append=1.5), a)
    run(lambda xp, a, p: xp.diff(a, axis=0, prepend=p, append=p), a, sample((1, 4), "float64", seed=2))
    run(lambda xp, a, p: xp.diff(a, n=2, append=p), a, sample((3, 2), "int32", seed=3))


@pytest.mark.parametrize("dtype", ["int8", "int64", "float16", "float32", "float64", "complex64"])
def test_ediff1d(dtype):
    for shape in [(0,), (1,), (6,), (3, 4), ()]:
        a = sample(shape, dtype)
        run(lambda xp, a: xp.ediff1d(a), a)
    a = sample((3, 4), dtype, seed=1)
    run(lambda xp, a: xp.ediff1d(a, to_begin=np.array([-1, 2], dtype), to_end=np.array(7, dtype)), a)
    run(lambda xp, a: xp.ediff1d(a, to_end=[np.int8(3)]), a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_trapezoid(dtype):
    for shape in [*SHAPES[1:], (2, 1)]:
        y = sample(shape, dtype)
        for axis in range(-len(shape), len(shape)):
            run(lambda xp, y: xp.trapezoid(y, axis=axis), y)
    y = sample((3, 4), dtype, seed=1)
    run(lambda xp, y: xp.trapezoid(y, dx=0.5, axis=0), y)
    run(lambda xp, y, x: xp.trapezoid(y, x), y, sample((4,), "float32", seed=2))
    run(lambda xp, y, x: xp.trapezoid(y, x, axis=0), y, np.arange(3))
    run(lambda xp, y, x: xp.trapezoid(y, x, axis=0), y, sample((3, 4), "float64", seed=3))


@pytest.mark.parametrize("dtype", ["int8", "int64", "float16", "float32", "float64", "complex64"])
@pytest.mark.parametrize("edge_order", [1, 2])
def test_gradient_uniform(dtype, edge_order):
    for shape in [(3,), (5,), (3, 4), (2, 3, 4)]:
        f = sample(shape, dtype)
        if min(shape) < edge_order + 1:
            continue
        run(lambda xp, f: xp.gradient(f, edge_order=edge_order), f)
        run(lambda xp, f: xp.gradient(f, 0.5, axis=-1, edge_order=edge_order), f)
    f = sample((3, 4), dtype, seed=1)
    run(lambda xp, f: xp.gradient(f, 2.0, 0.25, edge_order=edge_order), f)
    run(lambda xp, f: xp.gradient(f, axis=(1, 0), edge_order=edge_order), f)


@pytest.mark.parametrize("dtype", ["int32", "float32", "float64", "complex64"])
@pytest.mark.parametrize("edge_order", [1, 2])
def test_gradient_coordinates(dtype, edge_order):
    f = sample((4, 5), dtype)
    x = np.array([0.0, 0.5, 1.5, 1.75, 3.0])
    y = np.array([0, 1, 3, 4])  # ints become float64
    even = np.array([0.0, 2.0, 4.0, 6.0, 8.0])
    run(lambda xp, f, y, x: xp.gradient(f, y, x, edge_order=edge_order), f, y, x)
    run(lambda xp, f, x: xp.gradient(f, x, axis=1, edge_order=edge_order), f, x)
    # evenly spaced coordinates: eager only (while tracing the spacing is unknown; documented difference)
    run(lambda xp, f, x: xp.gradient(f, 1.0, x, edge_order=edge_order), f, even, modes=("eager",))
    run(lambda xp, f, x: xp.gradient(f, x.astype(np.float32), axis=-1, edge_order=edge_order), f, x)


@given(st.lists(st.floats(-1e3, 1e3), min_size=3, max_size=10), st.sampled_from([1, 2]))
def test_gradient_hypothesis(values, edge_order):
    run(lambda xp, f: xp.gradient(f, 0.3, edge_order=edge_order), np.array(values), modes=("eager",))


ERRORS = [
    lambda xp: xp.diff(np.array(1.0)),
    lambda xp: xp.diff(np.zeros(3), n=-1),
    lambda xp: xp.diff(np.zeros(3), axis=1),
    lambda xp: xp.diff(np.zeros(3), n=1.5),
    lambda xp: xp.ediff1d(np.zeros(3, np.int32), to_end=[1.5]),
    lambda xp: xp.ediff1d(np.zeros(3, np.int32), to_begin=np.array([1.5])),
    lambda xp: xp.ediff1d(np.zeros(3, bool)),
    lambda xp: xp.trapezoid(np.zeros(3), axis=1),
    lambda xp: xp.trapezoid(np.zeros((2, 2)), x=np.zeros(3)),
    lambda xp: xp.gradient(np.zeros(1)),
    lambda xp: xp.gradient(np.zeros(2), edge_order=2),
    lambda xp: xp.gradient(np.zeros(4), edge_order=3),
    lambda xp: xp.gradient(np.zeros((3, 3)), 1.0, 2.0, 3.0),
    lambda xp: xp.gradient(np.zeros(3), np.zeros(4)),
    lambda xp: xp.gradient(np.zeros(3), np.zeros((3, 1))),
    lambda xp: xp.gradient(np.zeros(3), axis=1),
    lambda xp: xp.gradient(np.array([True, False, True])),
]


@pytest.mark.parametrize("i", range(len(ERRORS)))
def test_errors(i):
    run(lambda xp: ERRORS[i](xp))


def _grad_check(f, x0):
    x = tf.Variable(x0)
    with tf.GradientTape() as tape:
        y = f(x)
    g = tape.gradient(y, x).numpy()
    eps = 1e-6
    num = np.zeros_like(x0)
    for idx in np.ndindex(x0.shape):
        e = np.zeros_like(x0)
        e[idx] = eps
        num[idx] = (float(f(tf.constant(x0 + e))) - float(f(tf.constant(x0 - e)))) / (2 * eps)
    np.testing.assert_allclose(g, num, atol=1e-6)


def test_gradient_tape_diff():
    w = tf.constant(np.arange(1.0, 13.0).reshape(3, 4))
    _grad_check(
        lambda v: tf.reduce_sum(mod.diff(tnp_core.asarray(v) ** 2, n=2)._t * w[:, :2]),
        np.linspace(-1, 2, 12).reshape(3, 4),
    )


def test_gradient_tape_trapezoid():
    x = np.array([0.0, 0.5, 1.5, 3.0])
    _grad_check(lambda v: mod.trapezoid(tnp_core.asarray(v) ** 3, x)._t, np.array([0.3, -1.0, 2.0, 0.7]))
