"""Window functions (tnp_math._windows) against NumPy."""

from __future__ import annotations

import inspect
import types

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from tnp_core.testing import assert_same, check
from tnp_math import _windows

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_windows, n) for n in _windows.__all__},
    }
)
COSINE = ["bartlett", "blackman", "hamming", "hanning"]
LENGTHS = [-3, 0, 1, 2, 7, 2.5, np.int32(6)]


def test_names_and_signatures_match_numpy():
    for name in _windows.__all__:
        assert [p.name for p in inspect.signature(getattr(_windows, name)).parameters.values()] == [
            p.name for p in inspect.signature(getattr(np, name)).parameters.values()
        ]


@pytest.mark.parametrize("name", COSINE)
@pytest.mark.parametrize("M", LENGTHS, ids=repr)
def test_cosine_windows(name, M):
    check(lambda xp: getattr(xp, name)(M), xp=XP)


@pytest.mark.parametrize("M", [-2, 0, 1, 6, 2.5])
def test_kaiser(M):
    check(lambda xp: [xp.kaiser(M, beta) for beta in (0, 0.5, 14, -3.0)], xp=XP)


@pytest.mark.parametrize("name", COSINE)
def test_more_lengths_eagerly(name):
    for M in (3, 8, 15, True, np.float32(4.0), np.uint8(9)):
        check(lambda xp: getattr(xp, name)(M), xp=XP, modes=("eager",))


def test_kaiser_traced_beta_and_gradient():
    check(lambda xp, b: xp.kaiser(7, b), np.float64(4.0), xp=XP)
    check(lambda xp, b: xp.kaiser(7, b), np.float32(2.0), xp=XP, rtol=1e-6)
    b = tf.Variable(3.0, dtype=tf.float64)
    with tf.GradientTape() as tape:
        s = tf.reduce_sum(XP.kaiser(6, tnp_core.asarray(b))._t)
    g = tape.gradient(s, b).numpy()
    h = 1e-6
    fd = (np.kaiser(6, 3.0 + h).sum() - np.kaiser(6, 3.0 - h).sum()) / (2 * h)
    np.testing.assert_allclose(g, fd, rtol=1e-6)


def test_array_M_from_tnp():
    assert_same(_windows.hamming(tnp_core.asarray(5)), np.hamming(5))


@pytest.mark.parametrize("M", [[3, 4], None, "a"], ids=repr)
@pytest.mark.parametrize("name", COSINE)
def test_bad_M(name, M):
    check(lambda xp: getattr(xp, name)(M), xp=XP)


def test_bad_kaiser_args():
    check(lambda xp: xp.kaiser(3, 1j), xp=XP)
    check(lambda xp: xp.kaiser([3, 4], 1.0), xp=XP)
    with pytest.raises(TypeError, match=r"beta|i0"):
        _windows.kaiser(3, tnp_core.asarray(1j))


def test_complex_M_is_unsupported():
    with pytest.raises(TypeError, match="complex"):
        _windows.hamming(3j)


def test_traced_M_is_rejected():
    @tf.function(autograph=False)
    def f(m):
        return _windows.hanning(tnp_core.asarray(m))._t

    with pytest.raises(TypeError, match="M"):
        f(tf.constant(4))
