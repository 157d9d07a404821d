"""Keras 3 variables convert like tf.Variables (eagerly and inside tf.function), without `.value`."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
import tnp
from tnp_core.testing import assert_same

keras = pytest.importorskip("keras")


def test_keras_variable_is_array_like():
    w = np.arange(6, dtype="float32").reshape(2, 3)
    v = keras.Variable(w)
    assert_same(tnp.asarray(v) * 2, w * 2)
    assert_same(tnp.sum(v, axis=0), w.sum(axis=0))

    @tf.function
    def f():
        return (tnp.asarray(v) @ tnp.ones((3, 1), dtype="float32"))._t

    np.testing.assert_allclose(f().numpy(), w @ np.ones((3, 1), "float32"))
