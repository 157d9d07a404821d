"""Eager time of tnp_linalg's solve/inv/svd/eigh against NumPy and the raw tf.linalg op.

Run: `python benchmarks/bench_linalg.py [--small-rounds N] [--large-rounds N] [--only SUBSTR]`. Sizes n=64 and
n=1024, float64 and float32. The contenders of one case are timed interleaved in one process (round-robin over
rounds, a batch of calls per round); the table shows the median ms per call and the ratios tnp/raw TF and
tnp/NumPy. JSON goes to benchmarks/results/.

Inputs: a well-conditioned random matrix (a + n*I) for solve/inv/svd, its symmetric part for eigh; `b` is a
vector (shape (n,), NumPy's 1-d rule) for tnp and NumPy, and an (n, 1) matrix for tf.linalg.solve. svd computes
U, S, Vh with full_matrices=True (NumPy's default) for every contender (tnp also transposes V into Vh).

Between two timed batches the script sleeps `--pause` seconds (untimed): right after a TensorFlow op, TF's
spinning worker threads steal the 2 cores from OpenBLAS's threads, and a NumPy call timed straight after a TF
call was measured up to 20x slower (eigh n=1024: 0.7 s alone, 14 s right after tf.linalg.eigh).
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import tensorflow as tf
import tnp_core as tnp
import tnp_linalg as la
from _harness import Case, Table, bench, ratio, save

CONTENDERS = ("tnp", "raw_tf", "numpy")
SIZES = (64, 1024)
DTYPES = (np.float64, np.float32)


def cases() -> dict[str, tuple[int, Case]]:
    """Case name -> (n, {contender: zero-argument callable})."""
    rng = np.random.default_rng(0)
    out: dict[str, tuple[int, Case]] = {}
    for n in SIZES:
        for dt in DTYPES:
            a_np = (rng.standard_normal((n, n)) + n * np.eye(n)).astype(dt)
            s_np = ((a_np + a_np.T) / 2).astype(dt)
            b_np = rng.standard_normal(n).astype(dt)
            a_t, s_t, b_t = tf.constant(a_np), tf.constant(s_np), tf.constant(b_np[:, None])
            a, s, b = tnp.asarray(a_np), tnp.asarray(s_np), tnp.asarray(b_np)
            tag = f"n={n} {np.dtype(dt).name}"
            out[f"solve {tag}"] = (
                n,
                {
                    "tnp": lambda a=a, b=b: la.solve(a, b),
                    "raw_tf": lambda a=a_t, b=b_t: tf.linalg.solve(a, b),
                    "numpy": lambda a=a_np, b=b_np: np.linalg.solve(a, b),
                },
            )
            out[f"inv {tag}"] = (
                n,
                {
                    "tnp": lambda a=a: la.inv(a),
                    "raw_tf": lambda a=a_t: tf.linalg.inv(a),
                    "numpy": lambda a=a_np: np.linalg.inv(a),
                },
            )
            out[f"svd {tag}"] = (
                n,
                {
                    "tnp": lambda a=a: la.svd(a),
                    "raw_tf": lambda a=a_t: tf.linalg.svd(a, full_matrices=True),
                    "numpy": lambda a=a_np: np.linalg.svd(a),
                },
            )
            out[f"eigh {tag}"] = (
                n,
                {
                    "tnp": lambda s=s: la.eigh(s),
                    "raw_tf": lambda s=s_t: tf.linalg.eigh(s),
                    "numpy": lambda s=s_np: np.linalg.eigh(s),
                },
            )
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--small-rounds", type=int, default=10, help="rounds at n=64 (5 calls per round)")
    p.add_argument("--large-rounds", type=int, default=3, help="rounds at n=1024 (1 call per round)")
    p.add_argument("--pause", type=float, default=0.2, help="untimed seconds between contender batches")
    p.add_argument("--only", default=None, help="substring of the case names to run")
    args = p.parse_args(argv)
    results: dict[str, dict[str, float]] = {}
    table = Table("case", 24, [*((c + " ms", 12) for c in CONTENDERS), ("tnp/raw", 10), ("tnp/np", 10)])
    for name, (n, case) in cases().items():
        if args.only and args.only not in name:
            continue
        if n <= 64:
            med = bench(case, args.small_rounds, calls=5, warmup=5, pause=args.pause)
        else:
            med = bench(case, args.large_rounds, calls=1, warmup=1, pause=args.pause)
        results[name] = med
        r_raw, r_np = ratio(med, "tnp", "raw_tf"), ratio(med, "tnp", "numpy")
        table.row(name, [*(med[c] for c in CONTENDERS), r_raw, r_np], ".3f,.3f,.3f,.2f,.2f")
    meta = {
        "small_rounds": args.small_rounds, "large_rounds": args.large_rounds, "pause_s": args.pause,
        "unit": "milliseconds per call (median)",
    }  # fmt: skip
    save("bench_linalg", meta, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
