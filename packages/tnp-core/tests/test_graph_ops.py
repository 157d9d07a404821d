"""Inside a tf.function, an operator on matching dtypes adds exactly one op to the graph (the raw TF op)."""

from __future__ import annotations

import operator

import numpy as np
import pytest
import tensorflow as tf
import tnp_core as tnp
from tnp_core._ndarray import wrap
from tnp_core.testing import graph_ops


def count_ops(fn, *dtypes):
    """The ops `fn`'s tf.function runs beyond the argument placeholders and identity outputs."""
    return graph_ops(fn, [tf.TensorSpec([None, 3], d) for d in dtypes])


@pytest.mark.parametrize("dtype", [tf.float32, tf.float64, tf.int32, tf.int64, tf.complex64, tf.uint8])
def test_add_is_one_op(dtype):
    assert count_ops(lambda x, y: tnp.add(x, y), dtype, dtype) == ["AddV2"]
    assert count_ops(lambda x, y: x + y, dtype, dtype) == ["AddV2"]


@pytest.mark.parametrize(
    ("fn", "op"),
    [
        (operator.sub, "Sub"), (operator.mul, "Mul"), (operator.lt, "Less"), (operator.eq, "Equal"),
        (operator.ge, "GreaterEqual"), (tnp.maximum, "Maximum"), (tnp.subtract, "Sub"),
    ],
)  # fmt: skip
def test_other_operators_are_one_op(fn, op):
    assert count_ops(fn, tf.float32, tf.float32) == [op]


def test_mixed_dtypes_add_one_cast():
    assert sorted(count_ops(lambda x, y: x + y, tf.float32, tf.float64)) == ["AddV2", "Cast"]


def test_ops_are_equivalent_to_numpy_in_the_graph():
    g = tf.function(lambda x, y: (wrap(x) + wrap(y))._t)
    a, b = np.arange(6.0).reshape(2, 3), np.ones(3)
    np.testing.assert_array_equal(g(tf.constant(a), tf.constant(b)).numpy(), a + b)
