"""nonzero's keyword-only size=/fill_value= (a tnp extension, as jax.numpy.nonzero): NumPy's result cut or padded,
eagerly, in tf.function (also with unknown dims) and under XLA (jit_compile=True)."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from tnp_core._selection import nonzero
from tnp_core.testing import MODES, assert_same, run


def padded(coords, size, fill):
    """NumPy's nonzero coordinates cut or padded to `size` entries (fill: one value per dimension)."""
    fills = fill if isinstance(fill, tuple) else (fill,) * len(coords)
    return tuple(
        np.concatenate([c[:size], np.full(max(size - len(c), 0), f, np.int64)]) for c, f in zip(coords, fills)
    )


def sparse(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.integers(1, 5, size=shape) * (rng.uniform(size=shape) < 0.4)
    return x.astype(dtype)


SHAPES = [(0,), (1,), (7,), (3, 4), (2, 0, 3), (2, 3, 4)]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("dtype", ["bool", "int32", "float32", "complex64"])
def test_size_and_fill_value(shape, dtype):
    a = sparse(shape, dtype)
    nd = a.ndim
    for size, fill in [(0, None), (3, None), (30, -1), (2, tuple(range(7, 7 + nd)))]:
        expect = padded(np.nonzero(a), size, 0 if fill is None else fill)
        for mode in MODES:
            got = run(lambda x: nonzero(x, size=size, fill_value=fill), [a], mode)
            assert_same(got, expect)


@pytest.mark.parametrize("shape", [(7,), (3, 4), (2, 0, 3)])
def test_size_under_xla(shape):
    a = sparse(shape, "float32", seed=3)
    f = tf.function(
        lambda t: [c._t for c in nonzero(tnp_core.asarray(t), size=5, fill_value=-1)], jit_compile=True
    )
    got = tuple(tnp_core.asarray(c.numpy()) for c in f(tf.constant(a)))
    assert_same(got, padded(np.nonzero(a), 5, -1))


def test_method_and_public_name_unchanged_without_size():
    a = sparse((3, 4), "int32")
    assert_same(tnp_core.nonzero(a), np.nonzero(a))
    assert_same(tnp_core.asarray(a).nonzero(), np.nonzero(a))


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [
        ({"size": -1}, ValueError),
        ({"size": 2.5}, TypeError),
        ({"size": None, "fill_value": 0}, ValueError),
        ({"size": 2, "fill_value": (1, 2, 3)}, ValueError),
        ({"size": 2, "fill_value": 1.5}, TypeError),
    ],
)
def test_bad_arguments(kwargs, exc):
    with pytest.raises(exc):
        nonzero(tnp_core.asarray([[0, 1], [1, 0]]), **kwargs)


def test_0d_still_raises_as_numpy():
    with pytest.raises(ValueError):
        np.nonzero(np.array(1))
    with pytest.raises(ValueError):
        nonzero(tnp_core.asarray(1), size=2)
