"""Eager time of tnp's concatenate, sort, unique, einsum, take and pad at 1e3 and 1e6 elements against raw TF,
tf.experimental.numpy (where it has the function) and NumPy.

Run: `python benchmarks/bench_manip.py [--small-rounds N] [--large-rounds N] [--only SUBSTR] [--no-tf-numpy]`.
Inputs are float32 (int64 indices for take); the contenders of one case are timed interleaved in one process
(benchmarks/_harness.py). Raw TF is the op a TF user would call: `tf.concat`, `tf.sort`, `tf.unique` + `tf.sort`
(TF's unique keeps first-appearance order; NumPy's is sorted), `tf.einsum`, `tf.gather`, `tf.pad`.
tf.experimental.numpy has no `unique` (a '-' in the table). Its NumPy behaviour is enabled in `main()` only.
"""

from __future__ import annotations

import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import tensorflow as tf
import tensorflow.experimental.numpy as tfnp
import tnp
from _harness import Case, sized_main

CONTENDERS = ("tnp", "raw_tf", "tf_numpy", "numpy")
SIZES = (1_000, 1_000_000)


def cases(with_tf_numpy: bool) -> dict[str, tuple[int, Case]]:
    """Case name -> (size, {contender: zero-argument callable})."""
    rng = np.random.default_rng(0)
    out: dict[str, tuple[int, Case]] = {}
    for n in SIZES:
        x = rng.uniform(-1, 1, n).astype(np.float32)
        few = np.round(x * 50).astype(np.float32)  # many repeats, for unique
        m = int(np.sqrt(n))
        mat = x[: m * m].reshape(m, m)
        idx = rng.integers(0, n, n // 10).astype(np.int64)
        a, t, fa, ft, ma, mt, ia, it = (
            tnp.asarray(x), tf.constant(x), tnp.asarray(few), tf.constant(few),
            tnp.asarray(mat), tf.constant(mat), tnp.asarray(idx), tf.constant(idx),
        )  # fmt: skip
        e = tfnp.asarray(x) if with_tf_numpy else None
        me = tfnp.asarray(mat) if with_tf_numpy else None
        tag = f"n=1e{len(str(n)) - 1}"
        table: dict[str, Case] = {
            "concatenate": {
                "tnp": lambda a=a: tnp.concatenate([a, a]),
                "raw_tf": lambda t=t: tf.concat([t, t], 0),
                "tf_numpy": lambda e=e: tfnp.concatenate([e, e]),
                "numpy": lambda x=x: np.concatenate([x, x]),
            },
            "sort": {
                "tnp": lambda a=a: tnp.sort(a),
                "raw_tf": lambda t=t: tf.sort(t),
                "tf_numpy": lambda e=e: tfnp.sort(e),
                "numpy": lambda x=x: np.sort(x),
            },
            "unique": {
                "tnp": lambda fa=fa: tnp.unique(fa),
                "raw_tf": lambda ft=ft: tf.sort(tf.unique(ft).y),
                "numpy": lambda few=few: np.unique(few),
            },
            "einsum ij,jk->ik": {
                "tnp": lambda ma=ma: tnp.einsum("ij,jk->ik", ma, ma),
                "raw_tf": lambda mt=mt: tf.einsum("ij,jk->ik", mt, mt),
                "tf_numpy": lambda me=me: tfnp.einsum("ij,jk->ik", me, me),
                "numpy": lambda mat=mat: np.einsum("ij,jk->ik", mat, mat),
            },
            "take": {
                "tnp": lambda a=a, ia=ia: tnp.take(a, ia),
                "raw_tf": lambda t=t, it=it: tf.gather(t, it),
                "tf_numpy": lambda e=e, idx=idx: tfnp.take(e, idx),
                "numpy": lambda x=x, idx=idx: np.take(x, idx),
            },
            "pad (2, 3)": {
                "tnp": lambda a=a: tnp.pad(a, (2, 3)),
                "raw_tf": lambda t=t: tf.pad(t, [[2, 3]]),
                "tf_numpy": lambda e=e: tfnp.pad(e, [[2, 3]], "constant"),
                "numpy": lambda x=x: np.pad(x, (2, 3)),
            },
        }
        for name, case in table.items():
            if not with_tf_numpy:
                case.pop("tf_numpy", None)
            out[f"{name} {tag}"] = (n, case)
    return out


def main(argv: list[str] | None = None) -> int:
    return sized_main("bench_manip", __doc__ or "", cases, CONTENDERS, argv)


if __name__ == "__main__":
    raise SystemExit(main())
