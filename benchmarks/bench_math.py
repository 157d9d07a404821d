"""Eager time of tnp's sum/mean/std/median/exp/fft/rfft/where at 1e3 and 1e7 elements against raw TF,
tf.experimental.numpy and NumPy.

Run: `python benchmarks/bench_math.py [--small-rounds N] [--large-rounds N] [--only SUBSTR] [--no-tf-numpy]`.
Inputs are float32 vectors (uniform in [-1, 1)). The contenders of one case are timed interleaved in one process
(benchmarks/_harness.py); the table shows the median ms per call and the ratios tnp/raw TF, tnp/tf.experimental.numpy
and tnp/NumPy. JSON goes to benchmarks/results/.

Raw TF is the op a TF user would call on a tensor: `gen_math_ops` sum/mean/exp/select_v2 (the floor) and
`tf.math.reduce_std`; TF has no median, so raw TF's median sorts and averages the middle elements.
tf.experimental.numpy has no median and no fft either (a '-' in the table); raw TF's fft is `tf.signal.fft` of the
input cast to complex64, its rfft `tf.signal.rfft`. Its NumPy behaviour
(`experimental_enable_numpy_behavior()`, which changes tf.Tensor process-wide) is enabled in `main()`, in this
benchmark process only, as bench_core.py does; `--no-tf-numpy` leaves it off (and drops that contender), to check
that enabling it does not move tnp's own times.
"""

from __future__ import annotations

import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import tensorflow as tf
import tensorflow.experimental.numpy as tfnp
import tnp_core as tnp
import tnp_math
import tnp_math.fft
from _harness import Case, sized_main
from tensorflow.python.ops import gen_math_ops as gm

CONTENDERS = ("tnp", "raw_tf", "tf_numpy", "numpy")
SIZES = (1_000, 10_000_000)


def _raw_median(t: tf.Tensor) -> tf.Tensor:
    n = int(t.shape[0])
    s = tf.sort(t)
    return gm.mean(tf.gather(s, [(n - 1) // 2, n // 2]), [0])


def cases(with_tf_numpy: bool) -> dict[str, tuple[int, Case]]:
    """Case name -> (size, {contender: zero-argument callable})."""
    rng = np.random.default_rng(0)
    out: dict[str, tuple[int, Case]] = {}
    axis0, zero = tf.constant([0]), tf.constant(0.0)
    for n in SIZES:
        x = rng.uniform(-1, 1, n).astype(np.float32)
        a, t = tnp.asarray(x), tf.constant(x)
        e = tfnp.asarray(x) if with_tf_numpy else None
        tag = f"n=1e{len(str(n)) - 1}"
        table: dict[str, Case] = {
            "sum": {
                "tnp": lambda a=a: tnp.sum(a),
                "raw_tf": lambda t=t: gm._sum(t, axis0),
                "tf_numpy": lambda e=e: tfnp.sum(e),
                "numpy": lambda x=x: np.sum(x),
            },
            "mean": {
                "tnp": lambda a=a: tnp.mean(a),
                "raw_tf": lambda t=t: gm.mean(t, axis0),
                "tf_numpy": lambda e=e: tfnp.mean(e),
                "numpy": lambda x=x: np.mean(x),
            },
            "std": {
                "tnp": lambda a=a: tnp.std(a),
                "raw_tf": lambda t=t: tf.math.reduce_std(t),
                "tf_numpy": lambda e=e: tfnp.std(e),
                "numpy": lambda x=x: np.std(x),
            },
            "median": {
                "tnp": lambda a=a: tnp_math.median(a),
                "raw_tf": lambda t=t: _raw_median(t),
                "numpy": lambda x=x: np.median(x),
            },
            "exp": {
                "tnp": lambda a=a: tnp_math.exp(a),
                "raw_tf": lambda t=t: gm.exp(t),
                "tf_numpy": lambda e=e: tfnp.exp(e),
                "numpy": lambda x=x: np.exp(x),
            },
            "fft.fft": {  # tnp keeps float32 input single (complex64); NumPy computes in complex128
                "tnp": lambda a=a: tnp_math.fft.fft(a),
                "raw_tf": lambda t=t: tf.signal.fft(tf.cast(t, tf.complex64)),
                "numpy": lambda x=x: np.fft.fft(x),
            },
            "fft.rfft": {
                "tnp": lambda a=a: tnp_math.fft.rfft(a),
                "raw_tf": lambda t=t: tf.signal.rfft(t),
                "numpy": lambda x=x: np.fft.rfft(x),
            },
            "where(a > 0, a, 0)": {
                "tnp": lambda a=a: tnp_math.where(a > 0, a, 0.0),
                "raw_tf": lambda t=t: gm.select_v2(gm.greater(t, zero), t, zero),
                "tf_numpy": lambda e=e: tfnp.where(e > 0, e, 0.0),
                "numpy": lambda x=x: np.where(x > 0, x, np.float32(0)),
            },
        }
        for name, case in table.items():
            if not with_tf_numpy:
                case.pop("tf_numpy", None)
            out[f"{name} {tag}"] = (n, case)
    return out


def main(argv: list[str] | None = None) -> int:
    return sized_main("bench_math", __doc__ or "", cases, CONTENDERS, argv)


if __name__ == "__main__":
    raise SystemExit(main())
