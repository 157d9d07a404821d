"""TensorFlow treats a tnp.ndarray as a tensor: ops, tf.function, GradientTape, autograph, vectorized_map,
tf.data, tf.distribute, SavedModel and XLA. Expected values come from NumPy or from the same TF code on
tf.Tensors."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
import tensorflow as tf
import tnp_core as tnp
from tnp_core._ndarray import ndarray
from tnp_core.testing import assert_same

A = np.array([[1.0, -2.0, 3.0], [0.5, 4.0, -1.5]], dtype=np.float32)


# ---- TF ops ----------------------------------------------------------------------------------------------
def test_convert_to_tensor_is_the_held_tensor():
    x = tnp.asarray(A)
    assert tf.convert_to_tensor(x) is x.tensor
    assert tf.convert_to_tensor(x, dtype=tf.float32) is x.tensor
    assert tf.is_tensor(x)


@pytest.mark.parametrize(
    "op",
    [
        lambda v: tf.add(v, 1.0),
        lambda v: tf.reduce_sum(v, axis=0),
        lambda v: tf.matmul(v, v, transpose_b=True),
        lambda v: tf.nn.relu(v),
        lambda v: tf.concat([v, v], axis=0),
        lambda v: tf.reshape(v, [-1]),
        lambda v: tf.gather(v, [1, 0]),
        lambda v: tf.math.sin(v),
        lambda v: tf.where(v > 0, v, tf.zeros_like(v)),
        lambda v: tf.shape(v),
    ],
)
def test_tf_ops_accept_ndarray(op):
    got, exp = op(tnp.asarray(A)), op(tf.constant(A))
    assert isinstance(got, tf.Tensor)
    np.testing.assert_array_equal(got.numpy(), exp.numpy())


def test_tf_identity_keeps_the_composite_type():
    x = tnp.asarray(A)
    y = tf.identity(x)  # TF maps identity over a composite's components, as for RaggedTensor
    assert type(y) is ndarray
    assert_same(y, A)


def test_tf_tensor_operator_ndarray_gives_tf_tensor():
    t, x = tf.constant(A), tnp.asarray(A)
    for got in (t + x, t * x, t - x, t / x):
        assert isinstance(got, tf.Tensor) and not isinstance(got, ndarray)
    assert type(x + t) is ndarray
    np.testing.assert_array_equal((t + x).numpy(), A + A)


def test_convert_with_another_dtype_raises_like_a_tensor():
    with pytest.raises(ValueError):
        tf.convert_to_tensor(tf.constant(A), dtype=tf.int32)
    with pytest.raises(ValueError):
        tf.convert_to_tensor(tnp.asarray(A), dtype=tf.int32)


# ---- tf.function -----------------------------------------------------------------------------------------
def test_tf_function_argument_and_result_do_not_retrace_per_value():
    traces = []

    @tf.function
    def f(x):
        traces.append(1)
        return x * 2 + 1

    for k in range(4):
        got = f(tnp.asarray(A + k))
        assert type(got) is ndarray
        assert_same(got, (A + k) * 2 + 1)
    assert len(traces) == 1
    f(tnp.asarray(A.astype(np.float64)))  # a new dtype traces again
    assert len(traces) == 2
    assert f.experimental_get_tracing_count() == 2


def test_tf_function_with_ndarray_in_nested_structures():
    @tf.function
    def f(d):
        return {"s": d["a"] + d["b"][0], "n": d["b"][1]}

    out = f({"a": tnp.asarray(A), "b": (tnp.asarray(A), tnp.asarray(3))})
    assert type(out["s"]) is ndarray and type(out["n"]) is ndarray
    assert_same(out["s"], A + A)


def test_tf_function_with_unknown_dims_keeps_none_in_shape():
    seen = []

    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)])
    def f(t):
        x = tnp.asarray(t)
        seen.append((x.shape, x.ndim, x.size))
        return x.sum(axis=1)

    assert_same(f(tf.constant(A)), A.sum(axis=1))
    assert seen == [((None, 3), 2, None)]


def test_tf_function_with_unknown_rank():
    seen = []

    @tf.function(input_signature=[tf.TensorSpec(None, tf.float32)])
    def f(t):
        x = tnp.asarray(t)
        with pytest.raises(ValueError, match="rank"):
            x.shape
        with pytest.raises(ValueError, match="rank"):
            x.ndim
        seen.append(repr(x))
        return x * 2 + 1

    assert_same(f(tf.constant(A)), A * 2 + 1)
    assert "float32" in seen[0]


def test_sum_with_unknown_rank():
    f = tf.function(lambda t: tnp.asarray(t).sum(), input_signature=[tf.TensorSpec(None, tf.float32)])
    assert_same(f(tf.constant(A)), A.sum())


def test_iteration_inside_tf_function():
    @tf.function(autograph=False)
    def unpack(x):
        a, b = x
        return b - a

    assert_same(unpack(tnp.asarray(A)), A[1] - A[0])

    @tf.function
    def loop(x):
        s = tnp.zeros(3, dtype="float32")
        for row in x:
            s = s + row
        return s

    assert_same(loop(tnp.asarray(A)), A.sum(axis=0))
    spec = type(tnp.asarray(A)._type_spec)([None, 3], tf.float32)
    g = tf.function(loop.python_function, input_signature=[spec])
    assert_same(g(tnp.asarray(A)), A.sum(axis=0))


# ---- GradientTape ----------------------------------------------------------------------------------------
def test_gradient_tape_with_ndarray_source_and_target():
    x = tnp.asarray(A)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = (x * x).sum()
    assert type(y) is ndarray
    g = tape.gradient(y, x)
    assert type(g) is ndarray
    assert_same(g, 2 * A)


def test_gradient_of_nonscalar_target_and_list_of_sources():
    x, w = tnp.asarray(A), tnp.asarray(np.float32(3.0))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch([x, w])
        y = x * w + x
    gx, gw = tape.gradient(y, [x, w])
    assert_same(gx, np.full_like(A, 4.0))
    assert_same(gw, np.float32(A.sum()))
    og = tnp.asarray(np.ones_like(A) * 2)
    assert_same(tape.gradient(y, x, output_gradients=og), np.full_like(A, 8.0))


def test_gradient_through_tf_variable_and_tf_function():
    v = tf.Variable(A)

    @tf.function
    def loss(v):
        x = tnp.asarray(v)
        return (x * x).sum()

    with tf.GradientTape() as tape:
        y = loss(v)
    np.testing.assert_allclose(tape.gradient(y, v).numpy(), 2 * A)


def test_gradient_inside_tf_function_with_ndarray_argument():
    @tf.function
    def grad(x):
        with tf.GradientTape() as tape:
            tape.watch(x)
            y = (x * x * x).sum()
        return tape.gradient(y, x)

    assert_same(grad(tnp.asarray(A)), 3 * A * A)


def test_gradient_through_gather_is_dense():
    x = tnp.asarray(A)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tnp.asarray(tf.gather(x, [0, 0], axis=0)).sum()  # TF gives IndexedSlices for gather
    g = tape.gradient(y, x)
    assert type(g) is ndarray
    assert_same(g, np.array([[2.0] * 3, [0.0] * 3], dtype=np.float32))


def test_gradient_of_unconnected_source_is_none():
    x, z = tnp.asarray(A), tnp.asarray(A)
    with tf.GradientTape() as tape:
        tape.watch([x, z])
        y = (x * 2).sum()
    assert tape.gradient(y, z) is None


# ---- autograph -------------------------------------------------------------------------------------------
def _graph_op_types(fn, *args):
    return {op.type for op in fn.get_concrete_function(*args).graph.get_operations()}


def test_autograph_if_on_ndarray_becomes_cond():
    @tf.function
    def f(x):
        if x.sum() > 0:
            y = x + 1
        else:
            y = x - 1
        return y

    pos, neg = tnp.asarray(A), tnp.asarray(-A)
    assert_same(f(pos), A + 1)
    assert_same(f(neg), -A - 1)
    assert f.experimental_get_tracing_count() == 1
    assert _graph_op_types(f, pos) & {"If", "StatelessIf"}


def test_autograph_while_on_ndarray_becomes_while_loop():
    @tf.function
    def halvings(x):
        n = tnp.asarray(0)
        while x > 1:
            x = x / 2
            n = n + 1
        return n

    for v in (8.0, 1000.0, 0.5):
        assert int(halvings(tnp.asarray(v))) == (int(np.ceil(np.log2(v))) if v > 1 else 0)
    assert halvings.experimental_get_tracing_count() == 1
    assert _graph_op_types(halvings, tnp.asarray(2.0)) & {"While", "StatelessWhile"}


def test_autograph_does_not_convert_tnp_internals():
    # autograph converts a user's code; tnp's own functions must run as written (like NumPy's or TF's)
    @tf.function
    def f(t):
        return tnp.asarray(t, dtype="float64").sum() + tnp.add(t, 1).sum()

    want = A.astype(np.float64).sum() + (A + 1).sum()
    np.testing.assert_allclose(float(f(tf.constant(A))), want, rtol=1e-6)


# ---- vectorized_map, tf.data, distribute, XLA ------------------------------------------------------------
def test_vectorized_map_over_tnp_function():
    got = tf.vectorized_map(lambda row: (row * row).sum() + 1, tnp.asarray(A))
    np.testing.assert_allclose(np.asarray(got), (A * A).sum(axis=1) + 1, rtol=1e-6)


def test_tf_data_map_with_tnp():
    ds = tf.data.Dataset.from_tensor_slices(A).map(lambda r: (tnp.asarray(r) * 2).sum())
    got = [np.asarray(v) for v in ds]
    np.testing.assert_allclose(got, (A * 2).sum(axis=1), rtol=1e-6)
    ds2 = tf.data.Dataset.from_tensor_slices(A).map(lambda r: tnp.asarray(r) + 1).batch(2)
    (batch,) = list(ds2)
    assert_same(tnp.asarray(batch), A + 1)


def test_tf_data_from_ndarray_elements():
    ds = tf.data.Dataset.from_tensors(tnp.asarray(A)).repeat(2)
    got = list(ds)
    assert len(got) == 2
    assert_same(tnp.asarray(got[0]), A)


def test_mirrored_strategy_run_and_reduce():
    cpus = tnp.devices("CPU")
    assert len(cpus) >= 2, "conftest configures two logical CPUs"
    strategy = tf.distribute.MirroredStrategy(cpus[:2])

    @tf.function
    def step(x):
        return strategy.run(lambda v: (v * v).sum(), args=(x,))

    per_replica = step(tnp.asarray(A))
    values = strategy.experimental_local_results(per_replica)
    assert len(values) == 2
    for v in values:
        assert_same(v, (A * A).sum())
    total = strategy.reduce("SUM", per_replica, axis=None)
    np.testing.assert_allclose(np.asarray(total), 2 * (A * A).sum(), rtol=1e-6)


def test_xla_jit_compile():
    f = tf.function(lambda x: (x * x + 1).sum(axis=0), jit_compile=True)
    got = f(tnp.asarray(A))
    assert type(got) is ndarray
    assert_same(got, (A * A + 1).sum(axis=0))


# ---- SavedModel ------------------------------------------------------------------------------------------
_SERVE = textwrap.dedent(
    """
    import os, sys
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    import numpy as np, tensorflow as tf
    m = tf.saved_model.load(sys.argv[1])
    assert not any(k.startswith("tnp") for k in sys.modules), "tnp was imported"
    out = m.f(tf.constant(np.load(sys.argv[2])))
    np.save(sys.argv[3], out.numpy())
    """
)


def _module():
    class M(tf.Module):
        @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)])
        def f(self, t):
            x = tnp.asarray(t)
            y = (x * x + 1).sum(axis=1) / 2
            return tf.convert_to_tensor(y)  # a plain tensor: loading needs no tnp

    return M()


def test_saved_model_serves_without_tnp(tmp_path):
    m = _module()
    path, inp, outp = tmp_path / "m", tmp_path / "in.npy", tmp_path / "out.npy"
    tf.saved_model.save(m, str(path))
    x = np.arange(12, dtype=np.float32).reshape(4, 3) - 5
    np.save(inp, x)
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    cmd = [sys.executable, "-c", _SERVE, str(path), str(inp), str(outp)]
    subprocess.run(cmd, check=True, env=env, timeout=300)
    got = np.load(outp)
    np.testing.assert_allclose(got, ((x * x + 1).sum(axis=1) / 2), rtol=1e-6)
    np.testing.assert_allclose(got, m.f(tf.constant(x)).numpy(), rtol=0)


def test_saved_model_with_ndarray_outputs_reloads_with_tnp(tmp_path):
    class M(tf.Module):
        @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
        def f(self, t):
            return tnp.asarray(t) * 2

    with pytest.warns(UserWarning, match="tnp.ndarraySpec"):
        tf.saved_model.save(M(), str(tmp_path / "m"))
    loaded = tf.saved_model.load(str(tmp_path / "m"))
    got = loaded.f(tf.constant([1.0, 2.0]))
    assert type(got) is ndarray
    assert_same(got, np.array([2.0, 4.0], dtype=np.float32))


# ---- TF control flow called directly -----------------------------------------------------------------------
def test_tf_control_flow_with_ndarray_values():
    x = tnp.asarray(A)
    n, v = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * 2), [tnp.asarray(0), x])
    assert type(v) is ndarray
    assert_same(v, A * 8)
    assert int(n) == 3
    (grown,) = tf.while_loop(
        lambda v: tf.size(v) < 24,
        lambda v: [tnp.asarray(tf.concat([v, v], 0))],
        [x],
        shape_invariants=[tf.TensorShape([None, 3])],
    )
    assert_same(grown, np.concatenate([A] * 4))
    assert_same(tf.cond(tf.constant(False), lambda: x + 1, lambda: x - 1), A - 1)
    np.testing.assert_allclose(np.asarray(tf.map_fn(lambda r: r * 2, x)), A * 2)
    np.testing.assert_allclose(np.asarray(tf.scan(lambda a, r: a + r, x)), np.cumsum(A, axis=0))
    assert tf.nest.flatten(x, expand_composites=True)[0] is x.tensor
