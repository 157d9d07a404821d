"""The linear-regression step of `linear_regression.py` under tf.distribute.MirroredStrategy on two CPU devices.

The host CPU is split into two logical devices, so this runs anywhere; on a machine with GPUs,
`tf.distribute.MirroredStrategy()` (no arguments) takes every GPU instead. Each replica gets its own slice of
every global batch from `strategy.distribute_datasets_from_function`, computes the same tnp loss and gradients,
and the gradients are averaged with an all-reduce; the losses match a single-device run on the same batches.

Run: `python examples/mirrored.py` (it must configure TensorFlow before anything else runs a TF op).
"""

# mypy: disallow-untyped-decorators=False
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import tensorflow as tf
import tnp as np
from linear_regression import linear_loss, make_data, make_step


def split_cpu(n: int = 2) -> list[str]:
    """Split the first physical CPU into `n` logical devices; must run before TensorFlow initializes."""
    cpu = tf.config.list_physical_devices("CPU")[0]
    try:
        tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * n)
    except RuntimeError as e:  # TensorFlow already initialized: keep what exists
        if len(tf.config.list_logical_devices("CPU")) < n:
            raise RuntimeError(f"run mirrored.py in a fresh process: it needs {n} logical CPUs ({e})") from e
    return [d.name for d in tf.config.list_logical_devices("CPU")[:n]]


def batches(x: Any, y: Any, batch: int) -> tf.data.Dataset:
    """(x, y) rows in order, repeated, in batches of `batch`."""
    return tf.data.Dataset.from_tensor_slices((x, y)).repeat().batch(batch, drop_remainder=True)


def train_mirrored(
    strategy: tf.distribute.Strategy,
    x: Any,
    y: Any,
    steps: int,
    lr: float,
    global_batch: int,
    after_step: Callable[[int], None] | None = None,
    options: tf.distribute.experimental.CommunicationOptions | None = None,
) -> dict[str, Any]:
    """Minibatch gradient descent with one replica per device; per-step mean loss and final parameters.

    Works with any strategy whose replicas all call this (MultiWorkerMirroredStrategy too: each worker reads
    its own shard); `after_step(i)` runs after step i; `options` go to the gradients' all-reduce.
    """

    def per_replica_data(ctx: tf.distribute.InputContext) -> tf.data.Dataset:
        ds = batches(x, y, ctx.get_per_replica_batch_size(global_batch))
        return ds.shard(ctx.num_input_pipelines, ctx.input_pipeline_id)

    with strategy.scope():  # mirrored variables: one copy per device, kept equal by the update below
        agg = tf.VariableAggregation.ONLY_FIRST_REPLICA
        w = tf.Variable(np.zeros(x.shape[1], dtype=x.dtype), aggregation=agg)
        b = tf.Variable(np.zeros((), dtype=x.dtype), aggregation=agg)

    def replica_step(xb: Any, yb: Any) -> Any:
        with tf.GradientTape() as tape:
            value = linear_loss(w, b, xb, yb)
        grads = tape.gradient(value, [w, b])
        gw, gb = tf.distribute.get_replica_context().all_reduce("mean", grads, options=options)
        w.assign_sub(lr * gw)
        b.assign_sub(lr * gb)
        return value

    @tf.function
    def step(batch: Any) -> Any:
        per_replica = strategy.run(replica_step, args=batch)
        return strategy.reduce("mean", per_replica, axis=None)

    it = iter(strategy.distribute_datasets_from_function(per_replica_data))
    losses = []
    for i in range(steps):
        losses.append(float(step(next(it))))
        if after_step is not None:
            after_step(i)
    return {"losses": losses, "w": w.numpy().tolist(), "b": float(b.numpy())}


def train_single(x: Any, y: Any, steps: int, lr: float, global_batch: int) -> dict[str, Any]:
    """The same training on one device, for comparison."""
    w = tf.Variable(np.zeros(x.shape[1], dtype=x.dtype))
    b = tf.Variable(np.zeros((), dtype=x.dtype))
    step = make_step(linear_loss, w, b, lr, compiled=True)
    it = iter(batches(x, y, global_batch))
    losses = [float(step(*next(it))) for _ in range(steps)]
    return {"losses": losses, "w": w.numpy().tolist(), "b": float(b.numpy())}


def main(
    n: int = 256, d: int = 3, steps: int = 20, lr: float = 0.1, global_batch: int = 64, seed: int = 0
) -> dict[str, Any]:
    """{"devices", "replicas", "mirrored": train_mirrored(...), "single": train_single(...)}."""
    devices = split_cpu(2)
    strategy = tf.distribute.MirroredStrategy(devices)
    x, y, _ = make_data(n, d, seed)
    return {
        "devices": devices,
        "replicas": strategy.num_replicas_in_sync,
        "mirrored": train_mirrored(strategy, x, y, steps, lr, global_batch),
        "single": train_single(x, y, steps, lr, global_batch),
    }


if __name__ == "__main__":
    print(json.dumps(main()))
