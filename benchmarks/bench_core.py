"""Per-call overhead of tnp on tiny arrays against the raw TensorFlow op, tf.experimental.numpy and NumPy.

Run: `python benchmarks/bench_core.py [--rounds N] [--calls N]`. The contenders of one operation are timed
interleaved in one process (round-robin, many rounds, a batch of calls per round); the table shows the median
time per call and the ratios tnp/raw TF and tnp/tf.experimental.numpy. JSON goes to benchmarks/results/.

tf.experimental.numpy needs `experimental_enable_numpy_behavior()`, which changes tf.Tensor for the whole
process: it is called here, in the benchmark process only (never in tests).
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import tensorflow as tf
import tensorflow.experimental.numpy as tfnp
import tnp_core as tnp
from _harness import Case, Table, bench, enable_tf_numpy, ratio, save
from tensorflow.python.ops import gen_array_ops as ga, gen_math_ops as gm
from tnp_core._ndarray import wrap

CONTENDERS = ("tnp", "raw_tf", "tf_numpy", "numpy")
TARGETS = {"wrap (ndarray from tensor)": ("abs_us", 1.0), "a + b": ("ratio_raw", 1.3)}


def cases() -> dict[str, Case]:
    """Operation -> {contender: zero-argument callable}; inputs are float32 arrays of 3 or 2x3 elements."""
    lst = [1.0, 2.0, 3.0]
    n1, n2 = np.array(lst, np.float32), np.array([4.0, 5.0, 6.0], np.float32)
    m1, m2 = np.arange(6, dtype=np.float32).reshape(2, 3), np.arange(6, dtype=np.float32).reshape(3, 2)
    t1, t2, tm1, tm2 = tf.constant(n1), tf.constant(n2), tf.constant(m1), tf.constant(m2)
    a, b, am1, am2 = tnp.asarray(n1), tnp.asarray(n2), tnp.asarray(m1), tnp.asarray(m2)
    e1, e2, em1, em2 = tfnp.asarray(n1), tfnp.asarray(n2), tfnp.asarray(m1), tfnp.asarray(m2)
    shape3, shape31, perm = tf.constant([3]), tf.constant([3, 1]), tf.constant([1, 0])
    zero, axis0 = tf.constant(0.0), tf.constant([0])
    idx_np, mask_np = np.array([2, 0]), np.array([True, False, True])
    idx, mask, idx_t, mask_t = (
        tnp.asarray(idx_np),
        tnp.asarray(mask_np),
        tf.constant(idx_np),
        tf.constant(mask_np),
    )
    begin, end, one = tf.constant([1]), tf.constant([3]), tf.constant([1])
    upd_at, upd_v = tf.constant([[1]]), tf.constant([5.0])
    box_tnp, box_np = [tnp.asarray(n1)], [n1.copy()]  # mutated in place by setitem and +=
    return {
        "wrap (ndarray from tensor)": {"tnp": lambda: wrap(t1), "raw_tf": lambda: t1, "numpy": lambda: n1},
        "asarray(tensor)": {
            "tnp": lambda: tnp.asarray(t1),
            "tf_numpy": lambda: tfnp.asarray(t1),
            "numpy": lambda: np.asarray(n1),
        },
        "zeros(3)": {
            "tnp": lambda: tnp.zeros(3),
            "raw_tf": lambda: ga.fill(shape3, zero),
            "tf_numpy": lambda: tfnp.zeros(3),
            "numpy": lambda: np.zeros(3),
        },
        "asarray(list)": {
            "tnp": lambda: tnp.asarray(lst),
            "raw_tf": lambda: tf.constant(lst),
            "tf_numpy": lambda: tfnp.asarray(lst),
            "numpy": lambda: np.asarray(lst),
        },
        "a + b": {
            "tnp": lambda: a + b,
            "raw_tf": lambda: gm.add_v2(t1, t2),
            "tf_numpy": lambda: e1 + e2,
            "numpy": lambda: n1 + n2,
        },
        "add(a, b)": {
            "tnp": lambda: tnp.add(a, b),
            "raw_tf": lambda: gm.add_v2(t1, t2),
            "tf_numpy": lambda: tfnp.add(e1, e2),
            "numpy": lambda: np.add(n1, n2),
        },
        "a + 1.0": {
            "tnp": lambda: a + 1.0,
            "raw_tf": lambda: gm.add_v2(t1, 1.0),
            "tf_numpy": lambda: e1 + 1.0,
            "numpy": lambda: n1 + 1.0,
        },
        "x * 2.0": {
            "tnp": lambda: a * 2.0,
            "raw_tf": lambda: gm.mul(t1, 2.0),
            "tf_numpy": lambda: e1 * 2.0,
            "numpy": lambda: n1 * 2.0,
        },
        "2.0 * x": {
            "tnp": lambda: 2.0 * a,
            "raw_tf": lambda: gm.mul(2.0, t1),
            "tf_numpy": lambda: 2.0 * e1,
            "numpy": lambda: 2.0 * n1,
        },
        "a.sum()": {
            "tnp": lambda: a.sum(),
            "raw_tf": lambda: gm._sum(t1, axis0),
            "tf_numpy": lambda: tfnp.sum(e1),
            "numpy": lambda: n1.sum(),
        },
        "reshape(3, 1)": {
            "tnp": lambda: a.reshape(3, 1),
            "raw_tf": lambda: ga.reshape(t1, shape31),
            "tf_numpy": lambda: tfnp.reshape(e1, (3, 1)),
            "numpy": lambda: n1.reshape(3, 1),
        },
        "astype(int32)": {
            "tnp": lambda: a.astype(np.int32),
            "raw_tf": lambda: gm.cast(t1, tf.int32),
            "tf_numpy": lambda: e1.astype(np.int32),
            "numpy": lambda: n1.astype(np.int32),
        },
        "m.T": {
            "tnp": lambda: am1.T,
            "raw_tf": lambda: ga.transpose(tm1, perm),
            "tf_numpy": lambda: em1.T,
            "numpy": lambda: m1.T,
        },
        "a < b": {
            "tnp": lambda: a < b,
            "raw_tf": lambda: gm.less(t1, t2),
            "tf_numpy": lambda: e1 < e2,
            "numpy": lambda: n1 < n2,
        },
        "a[1:]": {
            "tnp": lambda: a[1:],
            "raw_tf": lambda: ga.strided_slice(t1, begin, end, one),
            "tf_numpy": lambda: e1[1:],
            "numpy": lambda: n1[1:],
        },
        "a[int array]": {
            "tnp": lambda: a[idx],
            "raw_tf": lambda: ga.gather_v2(t1, idx_t, 0),
            "tf_numpy": lambda: tfnp.take(e1, idx_np),
            "numpy": lambda: n1[idx_np],
        },
        "a[bool mask]": {
            "tnp": lambda: a[mask],
            "raw_tf": lambda: ga.gather_nd(t1, ga.where(mask_t)),
            "tf_numpy": lambda: e1[mask_np],
            "numpy": lambda: n1[mask_np],
        },
        "a[1] = 5.0": {
            "tnp": lambda: box_tnp[0].__setitem__(1, 5.0),
            "raw_tf": lambda: ga.tensor_scatter_update(t1, upd_at, upd_v),
            "numpy": lambda: box_np[0].__setitem__(1, 5.0),
        },
        "x += 1": {
            "tnp": lambda: box_tnp[0].__iadd__(1.0),
            "raw_tf": lambda: gm.add_v2(t1, 1.0),
            "numpy": lambda: box_np[0].__iadd__(1.0),
        },
        "m.sum(axis=0)": {
            "tnp": lambda: am1.sum(axis=0),
            "raw_tf": lambda: gm._sum(tm1, axis0),
            "tf_numpy": lambda: tfnp.sum(em1, axis=0),
            "numpy": lambda: m1.sum(axis=0),
        },
        "m1 @ m2": {
            "tnp": lambda: am1 @ am2,
            "raw_tf": lambda: gm.mat_mul(tm1, tm2),
            "tf_numpy": lambda: tfnp.matmul(em1, em2),
            "numpy": lambda: m1 @ m2,
        },
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=200)
    p.add_argument("--calls", type=int, default=50)
    p.add_argument("--only", default=None, help="substring of the operations to run")
    args = p.parse_args(argv)
    enable_tf_numpy()
    results: dict[str, dict[str, float]] = {}
    table = Table(
        "operation", 28, [*((c + " µs", 13) for c in CONTENDERS), ("tnp/raw", 10), ("tnp/tfnp", 10)]
    )
    for name, case in cases().items():
        if args.only and args.only not in name:
            continue
        med = bench(case, args.rounds, args.calls, warmup=20, unit=1e6)
        results[name] = med
        r_raw, r_np = ratio(med, "tnp", "raw_tf"), ratio(med, "tnp", "tf_numpy")
        table.row(name, [*(med.get(c) for c in CONTENDERS), r_raw, r_np], ".3f,.3f,.3f,.3f,.2f,.2f")
    meta = {"rounds": args.rounds, "calls": args.calls, "unit": "microseconds per call (median)"}
    save("bench_core", meta, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
