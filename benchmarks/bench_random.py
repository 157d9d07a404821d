"""Draws per second of tnp_random's Generator against NumPy's Generator and tf.random, 1e6 draws per call.

Run: `python benchmarks/bench_random.py [--rounds N] [--size N] [--only SUBSTR]`. The contenders of one case are
timed interleaved in one process (round-robin over rounds, one call per round, eager); the table shows the
median ms per call, millions of draws per second, and the ratios of times tnp/raw TF and tnp/NumPy. JSON goes
to benchmarks/results/.

Raw TF: `tf.random.Generator.normal`/`.uniform` (Philox, the generator tnp_random wraps), `tf.gather` of
uniform indices for choice, and `tf.random.shuffle(tf.range(n))` for permutation.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import tensorflow as tf
import tnp_random
from _harness import Case, Table, bench, ratio, save

CONTENDERS = ("tnp", "raw_tf", "numpy")


def cases(n: int) -> dict[str, Case]:
    """Case name -> {contender: zero-argument callable drawing n values}."""
    rng = tnp_random.default_rng(0)
    npg = np.random.default_rng(0)
    tfg = tf.random.Generator.from_seed(0, alg="philox")
    pop_np = np.arange(1000, dtype=np.int64)
    pop_t = tf.constant(pop_np)
    return {
        "normal(size=n) float64": {
            "tnp": lambda: rng.normal(size=n),
            "raw_tf": lambda: tfg.normal([n], dtype=tf.float64),
            "numpy": lambda: npg.normal(size=n),
        },
        "integers(0, 100, n) int64": {
            "tnp": lambda: rng.integers(0, 100, size=n),
            "raw_tf": lambda: tfg.uniform([n], 0, 100, dtype=tf.int64),
            "numpy": lambda: npg.integers(0, 100, size=n),
        },
        "choice(arange(1000), n)": {
            "tnp": lambda: rng.choice(pop_np, size=n),
            "raw_tf": lambda: tf.gather(pop_t, tfg.uniform([n], 0, 1000, dtype=tf.int64)),
            "numpy": lambda: npg.choice(pop_np, size=n),
        },
        "permutation(n)": {
            "tnp": lambda: rng.permutation(n),
            "raw_tf": lambda: tf.random.shuffle(tf.range(n, dtype=tf.int64)),
            "numpy": lambda: npg.permutation(n),
        },
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=20)
    p.add_argument("--size", type=int, default=1_000_000)
    p.add_argument(
        "--pause", type=float, default=0.1, help="untimed seconds between calls (see bench_linalg)"
    )
    p.add_argument("--only", default=None, help="substring of the case names to run")
    args = p.parse_args(argv)
    results: dict[str, dict[str, Any]] = {}
    cols = [*((c + " ms", 11) for c in CONTENDERS), *((c + " M/s", 12) for c in CONTENDERS)]
    table = Table("case", 28, [*cols, ("tnp/raw", 9), ("tnp/np", 8)])
    for name, case in cases(args.size).items():
        if args.only and args.only not in name:
            continue
        med = bench(case, args.rounds, calls=1, warmup=3, pause=args.pause)
        rate = {c: args.size / (med[c] / 1e3) for c in CONTENDERS}
        results[name] = {"ms": med, "draws_per_second": rate}
        values = [*(med[c] for c in CONTENDERS), *(rate[c] / 1e6 for c in CONTENDERS)]
        values += [ratio(med, "tnp", "raw_tf"), ratio(med, "tnp", "numpy")]
        table.row(name, values, ".2f,.2f,.2f,.1f,.1f,.1f,.2f,.2f")
    meta = {
        "rounds": args.rounds, "size": args.size, "pause_s": args.pause,
        "unit": "ms: milliseconds per call (median); draws_per_second: size / median time",
    }  # fmt: skip
    save("bench_random", meta, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
