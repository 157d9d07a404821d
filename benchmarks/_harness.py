"""The timing loop the benchmark scripts share: contenders interleaved in one process, medians, ratios, JSON.

A case is {contender name: zero-argument callable}. `bench` warms every contender up, then times them
interleaved, each round in another order (every order of the contenders in turn, so each one follows each other
one equally often: a call that frees 64 MB slows the next one down) so machine load hits them alike, a batch of `calls`
calls per sample, optionally sleeping `pause` seconds (untimed) after each batch, and returns the median time
per call (`bench_rounds` returns every round's sample; `paired_ratio` is the median of per-round ratios).
`Table` prints the aligned rows, `save` writes benchmarks/results/<script>-<timestamp>.json.

Importing this module imports nothing of TensorFlow's numpy mode: a script that times `tf.experimental.numpy`
calls `enable_tf_numpy()` in its `main()`, in the benchmark process only (it changes tf.Tensor for the whole
process; tests never import the benchmarks).
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

Case = dict[str, Callable[[], Any]]
RESULTS = Path(__file__).parent / "results"


def bench(
    case: Case, rounds: int, calls: int = 1, warmup: int = 1, pause: float = 0.0, unit: float = 1e3
) -> dict[str, float]:
    """Median time per call of each contender (in seconds * `unit`: 1e3 ms, 1e6 µs), timed round-robin."""
    return {
        k: statistics.median(v) for k, v in bench_rounds(case, rounds, calls, warmup, pause, unit).items()
    }


def bench_rounds(
    case: Case, rounds: int, calls: int = 1, warmup: int = 1, pause: float = 0.0, unit: float = 1e3
) -> dict[str, list[float]]:
    """Each contender's time per call in every round (as `bench`; sample i of all contenders is round i).

    Round r runs the contenders in the r-th of all their orders (up to 4 contenders; rotations beyond), and
    `rounds` is rounded up to a whole number of cycles, so no contender always runs after a costly one."""
    for f in case.values():  # warm up (traces, caches, lazy imports)
        for _ in range(warmup):
            f()
    names = list(case)
    if len(names) <= 4:
        orders = [list(p) for p in itertools.permutations(names)]
    else:
        orders = [names[i:] + names[:i] for i in range(len(names))]
    rounds = -(-rounds // len(orders)) * len(orders)
    samples: dict[str, list[float]] = {k: [] for k in case}
    for r in range(rounds):
        for name in orders[r % len(orders)]:
            f = case[name]
            t0 = time.perf_counter()
            for _ in range(calls):
                f()
            samples[name].append((time.perf_counter() - t0) / calls * unit)
            if pause:
                time.sleep(pause)
    return samples


def paired_ratio(samples: dict[str, list[float]], num: str, den: str) -> float:
    """The median over rounds of samples[num][i] / samples[den][i]: the two ran back to back in each round, so
    slow drifts of the machine (memory, page cache, other load) cancel; NaN when a contender is missing."""
    if num not in samples or den not in samples:
        return float("nan")
    return statistics.median(n / d for n, d in zip(samples[num], samples[den], strict=True))


def ratio(med: dict[str, float], num: str, den: str) -> float:
    """med[num] / med[den], NaN when a contender is missing."""
    return med[num] / med[den] if num in med and den in med else float("nan")


class Table:
    """A printed table: a name column, then right-aligned number columns."""

    def __init__(self, first: str, width: int, columns: Sequence[tuple[str, int]]) -> None:
        self.width, self.columns = width, list(columns)
        head = f"{first:{width}}" + "".join(f"{label:>{w}}" for label, w in self.columns)
        print(head)
        print("-" * len(head))

    def row(self, name: str, values: Sequence[float | None], fmt: str = ".3f") -> None:
        """One row; None prints '-'. `fmt` is one format or one per column, separated by commas."""
        fmts = fmt.split(",") if "," in fmt else [fmt] * len(values)
        cells = "".join(
            f"{'-':>{w}}" if v is None else f"{v:{w}{f}}"
            for v, (_, w), f in zip(values, self.columns, fmts, strict=True)
        )
        print(f"{name:{self.width}}{cells}", flush=True)


def save(script: str, meta: dict[str, Any], results: dict[str, Any]) -> Path:
    """Write {"meta": versions + machine + `meta`, "results": results} to results/<script>-<timestamp>.json."""
    import numpy as np
    import tensorflow as tf

    RESULTS.mkdir(exist_ok=True)
    full = {
        "python": sys.version.split()[0], "tensorflow": tf.__version__, "numpy": np.__version__,
        "machine": platform.machine(), "cpus": os.cpu_count(), **meta,
    }  # fmt: skip
    path = RESULTS / f"{script}-{time.strftime('%Y%m%dT%H%M%S')}.json"
    path.write_text(json.dumps({"meta": full, "results": results}, indent=2))
    print(f"\nwrote {path}")
    return path


def enable_tf_numpy() -> None:
    """Turn on tf.experimental.numpy's NumPy behaviour (patches tf.Tensor process-wide; benchmark main only)."""
    import tensorflow.experimental.numpy as tfnp

    tfnp.experimental_enable_numpy_behavior()


def sized_main(
    script: str,
    doc: str,
    cases: Callable[[bool], dict[str, tuple[int, Case]]],
    contenders: Sequence[str],
    argv: list[str] | None,
) -> int:
    """The command line of the per-size scripts (bench_math, bench_manip): time each case at its size against
    `contenders` (tnp first), print the table with tnp's ratios, save the JSON."""
    import argparse

    p = argparse.ArgumentParser(description=doc.splitlines()[0])
    p.add_argument("--small-rounds", type=int, default=50, help="rounds at n<=1e3 (20 calls per round)")
    p.add_argument("--large-rounds", type=int, default=5, help="rounds at the large size (1 call per round)")
    p.add_argument("--only", default=None, help="substring of the case names to run")
    p.add_argument("--no-tf-numpy", action="store_true", help="leave TF's NumPy behaviour off (no tf_numpy)")
    args = p.parse_args(argv)
    if not args.no_tf_numpy:
        enable_tf_numpy()
    others = [c for c in contenders if c != "tnp"]
    cols = [*((c + " ms", 13) for c in contenders), *((f"tnp/{c}", 14) for c in others)]
    table = Table("case", 26, cols)
    results: dict[str, dict[str, float]] = {}
    for name, (n, case) in cases(not args.no_tf_numpy).items():
        if args.only and args.only not in name:
            continue
        if n <= 1_000:
            med = bench(case, args.small_rounds, calls=20, warmup=20)
        else:
            med = bench(case, args.large_rounds, calls=1, warmup=1)
        results[name] = med
        values = [*(med.get(c) for c in contenders), *(ratio(med, "tnp", c) for c in others)]
        table.row(name, values, ",".join([".4f"] * len(contenders) + [".2f"] * len(others)))
    meta = {
        "small_rounds": args.small_rounds, "large_rounds": args.large_rounds, "dtype": "float32",
        "tf_numpy_behavior": not args.no_tf_numpy, "unit": "milliseconds per call (median)",
    }  # fmt: skip
    save(script, meta, results)
    return 0
