"""A tnp_random Generator across the replicas of tf.distribute.MirroredStrategy (two logical CPUs).

The pattern: spawn one child generator per replica (`rng.spawn(n)`, NumPy's SeedSequence spawning) and let each
replica pick its own child by `get_replica_context().replica_id_in_sync_group` (a constant in MirroredStrategy).
Each child is its own Philox state, so the replicas draw distinct streams, each reproducible from the seed and
identical to what the same child draws outside any strategy. (One shared generator would also give the replicas
different numbers, but its accesses are serialized in whatever order the replica threads run: not reproducible.)

Two logical devices can only be configured before TensorFlow initializes, so the scenario runs in a fresh
subprocess that calls `tf.config.set_logical_device_configuration` first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import numpy as np
import pytest

SCRIPT = r"""
import json, os
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
import numpy as np
import tnp_random

strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
N = strategy.num_replicas_in_sync


def distributed(seed, traced):
    children = tnp_random.default_rng(seed).spawn(N)

    def step():
        rid = tf.get_static_value(tf.distribute.get_replica_context().replica_id_in_sync_group)
        rng = children[int(rid)]
        return rng.normal(size=4), rng.integers(0, 1000, size=4)

    run = tf.function(lambda: strategy.run(step)) if traced else (lambda: strategy.run(step))
    steps = [run() for _ in range(2)]
    return [
        [[np.asarray(part).tolist() for part in strategy.experimental_local_results(x)[r]] for x in steps]
        for r in range(N)
    ]


def plain(seed):
    # the same children drawn one after the other outside any strategy
    return [
        [[np.asarray(c.normal(size=4)).tolist(), np.asarray(c.integers(0, 1000, size=4)).tolist()] for _ in range(2)]
        for c in tnp_random.default_rng(seed).spawn(N)
    ]


print(json.dumps({
    "replicas": N,
    "traced": distributed(7, True),
    "traced_again": distributed(7, True),
    "eager": distributed(7, False),
    "plain": plain(7),
    "other_seed": distributed(8, True),
}))
"""


@pytest.fixture(scope="module")
def runs() -> dict[str, Any]:
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _arr(run: Any) -> np.ndarray[Any, Any]:
    """[replica][step][normal|integers][4] -> float array of shape (replicas, steps, 2, 4)."""
    return np.asarray(run, dtype=np.float64)


def test_two_replicas(runs: dict[str, Any]) -> None:
    assert runs["replicas"] == 2
    assert _arr(runs["traced"]).shape == (2, 2, 2, 4)


@pytest.mark.parametrize("mode", ["traced", "eager"])
def test_replicas_draw_distinct_streams(runs: dict[str, Any], mode: str) -> None:
    a = _arr(runs[mode])
    assert not np.array_equal(a[0, :, 0], a[1, :, 0])  # normals differ between replicas
    assert not np.array_equal(a[0, :, 1], a[1, :, 1])  # integers differ between replicas
    assert not np.array_equal(a[:, 0], a[:, 1])  # and each replica's generator advances between steps
    ints = a[:, :, 1]
    assert np.array_equal(ints, np.round(ints)) and ints.min() >= 0 and ints.max() < 1000


def test_reproducible_for_same_seed(runs: dict[str, Any]) -> None:
    np.testing.assert_array_equal(_arr(runs["traced"]), _arr(runs["traced_again"]))
    np.testing.assert_array_equal(_arr(runs["traced"]), _arr(runs["eager"]))
    assert not np.array_equal(_arr(runs["traced"]), _arr(runs["other_seed"]))


def test_replica_stream_is_the_spawned_childs_stream(runs: dict[str, Any]) -> None:
    # replica r draws exactly what child r of default_rng(seed).spawn(2) draws outside the strategy
    np.testing.assert_array_equal(_arr(runs["traced"]), _arr(runs["plain"]))
