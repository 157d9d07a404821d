"""Inside a tf.function, tnp-core's common functions put no more ops in the graph than the same function written by
hand with `tf.*` (test_graph_ops.py pins the operators to their one raw op; this file covers the rest).

Cases tnp does not meet yet are strict xfails with the reason: when one is fixed, the XPASS asks to move it up.
"""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
import tnp_core as tnp
from tnp_core._ndarray import wrap
from tnp_core.testing import graph_ops, raw_argmax, raw_take

F, I64 = tf.float32, tf.int64

# name -> (tnp, hand-written TF, argument dtypes); every argument is (rows, 3), an int64 index is (2,)
CASES = {
    "a + b": (lambda x, y: x + y, tf.add, [F, F]),
    "a * 2.0": (lambda x: x * 2.0, lambda x: tf.multiply(x, 2.0), [F]),
    "a < b": (lambda x, y: x < y, tf.less, [F, F]),
    "maximum": (tnp.maximum, tf.maximum, [F, F]),
    "sum(a)": (tnp.sum, tf.reduce_sum, [F]),
    "sum(a, axis=0)": (lambda x: tnp.sum(x, axis=0), lambda x: tf.reduce_sum(x, axis=0), [F]),
    "a.sum(axis=1, keepdims=True)": (
        lambda x: x.sum(axis=1, keepdims=True),
        lambda x: tf.reduce_sum(x, axis=1, keepdims=True),
        [F],
    ),
    "prod(a)": (tnp.prod, tf.reduce_prod, [F]),
    "mean(a)": (tnp.mean, tf.reduce_mean, [F]),
    "max(a)": (tnp.max, tf.reduce_max, [F]),
    # tf.argmax ignores NaN and tf.gather negative indices: the hand-written equivalents have NumPy's rules
    "argmax(a, axis=1)": (lambda x: tnp.argmax(x, axis=1), lambda x: raw_argmax(x, 1), [F]),
    "std(a)": (tnp.std, tf.math.reduce_std, [F]),
    "reshape(a, (-1,))": (lambda x: x.reshape(-1), lambda x: tf.reshape(x, [-1]), [F]),
    "a.T": (lambda x: x.T, tf.transpose, [F]),
    "astype(int32)": (lambda x: x.astype(np.int32), lambda x: tf.cast(x, tf.int32), [F]),
    "a @ b.T": (lambda x, y: x @ y.T, lambda x, y: tf.matmul(x, y, transpose_b=True), [F, F]),
    "a.T @ b": (lambda x, y: x.T @ y, lambda x, y: tf.matmul(x, y, transpose_a=True), [F, F]),
    "matmul(a, b.T)": (lambda x, y: tnp.matmul(x, y.T), lambda x, y: tf.matmul(x, tf.transpose(y)), [F, F]),
    "a[1:]": (lambda x: x[1:], lambda x: x[1:], [F]),
    "a[0, 1]": (lambda x: x[0, 1], lambda x: x[0, 1], [F]),
    "a[:, None]": (lambda x: x[:, None], lambda x: x[:, None], [F]),
    "a[int array]": (lambda x, k: x[k], raw_take, [F, I64]),
}
# name -> why tnp needs more ops today (static and dynamic rows alike)
KNOWN_MORE: dict[str, str] = {}


def _params():
    for name in CASES:
        for static in (True, False):
            reason = KNOWN_MORE.get(name)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(name, static, id=f"{name}-{'static' if static else 'dynamic'}", marks=marks)


@pytest.mark.parametrize(("name", "static"), list(_params()))
def test_no_more_ops_than_raw_tf(name, static):
    fn, raw, dtypes = CASES[name]
    specs = [tf.TensorSpec([2] if d == I64 else [2 if static else None, 3], d) for d in dtypes]
    ours, theirs = graph_ops(fn, specs), graph_ops(raw, specs, wrap_in=False)
    assert len(ours) <= len(theirs), f"tnp: {ours}\nraw TF: {theirs}"


@pytest.mark.parametrize("name", list(CASES))
def test_same_values_as_raw_tf(name):
    """The graphs compared above compute the same thing (so the count compares like with like)."""
    fn, raw, dtypes = CASES[name]
    rng = np.random.default_rng(0)
    args = [np.array([1, 0]) if d == I64 else rng.standard_normal((2, 3)).astype(np.float32) for d in dtypes]
    ours = tf.function(lambda *ts: fn(*(wrap(t) for t in ts))._t, autograph=False)(*map(tf.constant, args))
    theirs = tf.function(raw, autograph=False)(*map(tf.constant, args))
    assert ours.dtype == theirs.dtype or name.startswith("argmax")
    np.testing.assert_allclose(ours.numpy(), theirs.numpy(), rtol=1e-5, atol=1e-6)
