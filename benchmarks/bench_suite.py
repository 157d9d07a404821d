"""The performance suite: tiny-op overhead, large-array throughput, the compiled path, graph op counts and
`import tnp` time, for tnp, raw TF, tf.experimental.numpy, NumPy and JAX (CPU, when installed).

Run: `python benchmarks/bench_suite.py [--only SECTION,...] [--no-report]`; env `TNP_BENCH_QUICK=1` shrinks the
repeats and the matmul size (1.5-2 minutes on 2 cores; the default is the full run, ~4 minutes). It prints each table,
writes benchmarks/results/bench_suite-<timestamp>.json and, unless --no-report, docs/benchmarks.md and
docs/img/overhead.png (benchmarks/_report.py), with cProfile listings of the worst tiny ops.

Sections: `tiny` (~45 operations on 3- or 2x3-element float32 arrays, µs per call), `large` (4096x4096 float32
elementwise/reductions/matmul and 1e7-element chains, ms per call, GB/s or GFLOP/s), `compiled` (the chains in
tf.function, with jit_compile=True, and jax.jit), `graph` (ops in the traced graph: tnp against hand-written raw
TF), `import` (subprocesses: `import tensorflow` against `import tensorflow, tnp`).

tf.experimental.numpy's NumPy behaviour (process-wide tf.Tensor patching) is switched on in `main()`, after the
tnp inputs are built and before the tf_numpy inputs are, in this benchmark process only, as bench_core.py does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import tensorflow as tf
import tensorflow.experimental.numpy as tfnp
import tnp_core as tnp
import tnp_math
from _harness import Case, Table, bench, bench_rounds, enable_tf_numpy, paired_ratio, ratio, save
from tensorflow.python.ops import gen_array_ops as ga, gen_math_ops as gm
from tnp_core.testing import graph_ops, raw_argmax, raw_take

try:  # JAX is optional: a missing or broken install marks the contender unavailable, never fails the run
    import jax
    import jax.numpy as jnp

    jax.config.update("jax_platforms", "cpu")
    JAX: str | None = jax.__version__
except Exception as exc:  # noqa: BLE001 - any failure to import means "unavailable"
    jax = jnp = None  # type: ignore[assignment]
    JAX = None
    JAX_ERROR = f"{type(exc).__name__}: {exc}"
else:
    JAX_ERROR = ""

QUICK = os.environ.get("TNP_BENCH_QUICK", "") not in ("", "0")
CONTENDERS = ("tnp", "raw_tf", "tf_numpy", "numpy", "jax")
SECTIONS = ("tiny", "large", "compiled", "graph", "import")
# quick / full settings
TINY_ROUNDS, TINY_CALLS = (20, 10) if QUICK else (100, 30)
LARGE_ROUNDS = 5 if QUICK else 21
LARGE_MAX_ROUNDS, LARGE_BUDGET = (15, 2.0) if QUICK else (151, 8.0)
MATMUL_N = 1024 if QUICK else 4096
IMPORT_REPEATS = 2 if QUICK else 5


def _jx(f: Callable[[], Any]) -> Callable[[], Any]:
    """A JAX call that waits for its (asynchronously dispatched) result, as the TF/NumPy calls do."""
    return lambda: f().block_until_ready()


def _add(case: Case, **extra: Callable[[], Any] | None) -> Case:
    case.update({k: v for k, v in extra.items() if v is not None})
    return case


# ---------------------------------------------------------------------------------------------------------- tiny
def tiny_cases() -> dict[str, Case]:
    """Operation -> {contender: zero-argument callable} on float32 arrays of 3 or 2x3 elements."""
    lst = [1.0, 2.0, 3.0]
    n1, n2 = np.array(lst, np.float32), np.array([4.0, 5.0, 6.0], np.float32)
    m1, m2 = np.arange(6, dtype=np.float32).reshape(2, 3), np.arange(6, dtype=np.float32).reshape(3, 2)
    idx_np, mask_np, cond_np = np.array([2, 0]), np.array([True, False, True]), np.array([True, False, True])
    t1, t2, tm1, tm2 = (tf.constant(v) for v in (n1, n2, m1, m2))
    idx_t, mask_t, cond_t = tf.constant(idx_np), tf.constant(mask_np), tf.constant(cond_np)
    a, b, am1, am2 = (tnp.asarray(v) for v in (n1, n2, m1, m2))
    idx, mask, cond = tnp.asarray(idx_np), tnp.asarray(mask_np), tnp.asarray(cond_np)
    box_tnp, box_np = [tnp.asarray(n1)], [n1.copy()]  # mutated in place by the setitem cases
    e1, e2, em1, em2 = (tfnp.asarray(v) for v in (n1, n2, m1, m2))
    ecd = tfnp.asarray(cond_np)
    k = dict(
        ax0=tf.constant([0]), ax1=tf.constant([1]), zero=tf.constant(0.0), s3=tf.constant([3]),
        s23=tf.constant([2, 3]), s31=tf.constant([3, 1]), perm=tf.constant([1, 0]), b1=tf.constant([1]),
        e3=tf.constant([3]), o1=tf.constant([1]), two=tf.constant(2.0), one=tf.constant(1.0),
        i0=tf.constant(0), i10=tf.constant(10), i1=tf.constant(1), at1=tf.constant([[1]]), v5=tf.constant([5.0]),
        at12=tf.constant([[1], [2]]), v00=tf.constant([0.0, 0.0]), emp=tf.constant([], tf.int32),
        flat=tf.constant([-1]),
    )  # fmt: skip
    if JAX:
        j1, j2, jm1, jm2 = (jnp.asarray(v) for v in (n1, n2, m1, m2))
        jidx, jmask, jcond = jnp.asarray(idx_np), mask_np, jnp.asarray(cond_np)

    def J(f: Callable[[], Any]) -> Callable[[], Any] | None:
        return _jx(f) if JAX else None

    def C(tnp_f, raw, tfnp_f, np_f, jax_f=None) -> Case:
        case: Case = {"tnp": tnp_f}
        return _add(case, raw_tf=raw, tf_numpy=tfnp_f, numpy=np_f, jax=J(jax_f) if jax_f else None)

    return {
        # creation and conversion
        "zeros(3)": C(lambda: tnp.zeros(3), lambda: ga.fill(k["s3"], k["zero"]), lambda: tfnp.zeros(3),
                      lambda: np.zeros(3), lambda: jnp.zeros(3)),
        "ones((2, 3))": C(lambda: tnp.ones((2, 3)), lambda: ga.fill(k["s23"], k["one"]), lambda: tfnp.ones((2, 3)),
                          lambda: np.ones((2, 3)), lambda: jnp.ones((2, 3))),
        "full(3, 2.0)": C(lambda: tnp.full(3, 2.0), lambda: ga.fill(k["s3"], k["two"]), lambda: tfnp.full(3, 2.0),
                          lambda: np.full(3, 2.0), lambda: jnp.full(3, 2.0)),
        "arange(10)": C(lambda: tnp.arange(10), lambda: gm._range(k["i0"], k["i10"], k["i1"]),
                        lambda: tfnp.arange(10), lambda: np.arange(10), lambda: jnp.arange(10)),
        "asarray(list)": C(lambda: tnp.asarray(lst), lambda: tf.constant(lst), lambda: tfnp.asarray(lst),
                           lambda: np.asarray(lst), lambda: jnp.asarray(lst)),
        "asarray(np.ndarray)": C(lambda: tnp.asarray(n1), lambda: tf.constant(n1), lambda: tfnp.asarray(n1),
                                 lambda: np.asarray(n1), lambda: jnp.asarray(n1)),
        "asarray(tf.Tensor)": C(lambda: tnp.asarray(t1), None, lambda: tfnp.asarray(t1), None),
        # arithmetic
        "a + b": C(lambda: a + b, lambda: gm.add_v2(t1, t2), lambda: e1 + e2, lambda: n1 + n2, lambda: j1 + j2),
        "a - b": C(lambda: a - b, lambda: gm.sub(t1, t2), lambda: e1 - e2, lambda: n1 - n2, lambda: j1 - j2),
        "a * b": C(lambda: a * b, lambda: gm.mul(t1, t2), lambda: e1 * e2, lambda: n1 * n2, lambda: j1 * j2),
        "a / b": C(lambda: a / b, lambda: gm.real_div(t1, t2), lambda: e1 / e2, lambda: n1 / n2, lambda: j1 / j2),
        "add(a, b)": C(lambda: tnp.add(a, b), lambda: gm.add_v2(t1, t2), lambda: tfnp.add(e1, e2),
                       lambda: np.add(n1, n2), lambda: jnp.add(j1, j2)),
        "a + 1.0": C(lambda: a + 1.0, lambda: gm.add_v2(t1, 1.0), lambda: e1 + 1.0, lambda: n1 + 1.0,
                     lambda: j1 + 1.0),
        "2.0 * a": C(lambda: 2.0 * a, lambda: gm.mul(2.0, t1), lambda: 2.0 * e1, lambda: 2.0 * n1,
                     lambda: 2.0 * j1),
        "a ** 2": C(lambda: a**2, lambda: gm.square(t1), lambda: e1**2, lambda: n1**2, lambda: j1**2),
        "-a": C(lambda: -a, lambda: gm.neg(t1), lambda: -e1, lambda: -n1, lambda: -j1),
        "negative(a)": C(lambda: tnp.negative(a), lambda: gm.neg(t1), lambda: tfnp.negative(e1),
                         lambda: np.negative(n1), lambda: jnp.negative(j1)),
        "maximum(a, b)": C(lambda: tnp.maximum(a, b), lambda: gm.maximum(t1, t2), lambda: tfnp.maximum(e1, e2),
                           lambda: np.maximum(n1, n2), lambda: jnp.maximum(j1, j2)),
        "sqrt(a)": C(lambda: tnp_math.sqrt(a), lambda: gm.sqrt(t1), lambda: tfnp.sqrt(e1), lambda: np.sqrt(n1),
                     lambda: jnp.sqrt(j1)),
        "exp(a)": C(lambda: tnp_math.exp(a), lambda: gm.exp(t1), lambda: tfnp.exp(e1), lambda: np.exp(n1),
                    lambda: jnp.exp(j1)),
        # comparisons
        "a < b": C(lambda: a < b, lambda: gm.less(t1, t2), lambda: e1 < e2, lambda: n1 < n2, lambda: j1 < j2),
        "a == b": C(lambda: a == b, lambda: gm.equal(t1, t2), lambda: e1 == e2, lambda: n1 == n2,
                    lambda: j1 == j2),
        "a >= 2.0": C(lambda: a >= 2.0, lambda: gm.greater_equal(t1, 2.0), lambda: e1 >= 2.0, lambda: n1 >= 2.0,
                      lambda: j1 >= 2.0),
        # reductions
        "a.sum()": C(lambda: a.sum(), lambda: gm._sum(t1, k["ax0"]), lambda: tfnp.sum(e1), lambda: n1.sum(),
                     lambda: j1.sum()),
        "m.sum(axis=0)": C(lambda: am1.sum(axis=0), lambda: gm._sum(tm1, k["ax0"]),
                           lambda: tfnp.sum(em1, axis=0), lambda: m1.sum(axis=0), lambda: jm1.sum(axis=0)),
        "mean(a)": C(lambda: tnp.mean(a), lambda: gm.mean(t1, k["ax0"]), lambda: tfnp.mean(e1),
                     lambda: np.mean(n1), lambda: jnp.mean(j1)),
        "max(a)": C(lambda: tnp.max(a), lambda: gm._max(t1, k["ax0"]), lambda: tfnp.max(e1), lambda: np.max(n1),
                    lambda: jnp.max(j1)),
        "argmax(a)": C(lambda: tnp.argmax(a), lambda: gm.arg_max(t1, 0), lambda: tfnp.argmax(e1),
                       lambda: np.argmax(n1), lambda: jnp.argmax(j1)),
        "std(a)": C(lambda: tnp.std(a), lambda: tf.math.reduce_std(t1), lambda: tfnp.std(e1), lambda: np.std(n1),
                    lambda: jnp.std(j1)),
        "any(a > 2)": C(lambda: tnp.any(a > 2.0), lambda: gm._any(gm.greater(t1, 2.0), k["ax0"]),
                        lambda: tfnp.any(e1 > 2.0), lambda: np.any(n1 > 2.0), lambda: jnp.any(j1 > 2.0)),
        # shape
        "reshape(3, 1)": C(lambda: a.reshape(3, 1), lambda: ga.reshape(t1, k["s31"]),
                           lambda: tfnp.reshape(e1, (3, 1)), lambda: n1.reshape(3, 1), lambda: j1.reshape(3, 1)),
        "m.T": C(lambda: am1.T, lambda: ga.transpose(tm1, k["perm"]), lambda: em1.T, lambda: m1.T,
                 lambda: jm1.T),
        "transpose(m)": C(lambda: tnp.transpose(am1), lambda: ga.transpose(tm1, k["perm"]),
                          lambda: tfnp.transpose(em1), lambda: np.transpose(m1), lambda: jnp.transpose(jm1)),
        "expand_dims(a, 0)": C(lambda: tnp.expand_dims(a, 0), lambda: ga.expand_dims(t1, 0),
                               lambda: tfnp.expand_dims(e1, 0), lambda: np.expand_dims(n1, 0),
                               lambda: jnp.expand_dims(j1, 0)),
        "ravel(m)": C(lambda: tnp_math.ravel(am1), lambda: ga.reshape(tm1, k["flat"]), lambda: tfnp.ravel(em1),
                      lambda: np.ravel(m1), lambda: jnp.ravel(jm1)),
        # getitem
        "a[1]": C(lambda: a[1], lambda: ga.strided_slice(t1, k["b1"], k["e3"], k["o1"], shrink_axis_mask=1),
                  lambda: e1[1], lambda: n1[1], lambda: j1[1]),
        "a[1:]": C(lambda: a[1:], lambda: ga.strided_slice(t1, k["b1"], k["e3"], k["o1"]), lambda: e1[1:],
                   lambda: n1[1:], lambda: j1[1:]),
        "m[0, 1:]": C(lambda: am1[0, 1:], lambda: tm1[0, 1:], lambda: em1[0, 1:], lambda: m1[0, 1:],
                      lambda: jm1[0, 1:]),
        "a[None]": C(lambda: a[None], lambda: ga.expand_dims(t1, 0), lambda: e1[None], lambda: n1[None],
                     lambda: j1[None]),
        "a[int array]": C(lambda: a[idx], lambda: ga.gather_v2(t1, idx_t, 0), lambda: tfnp.take(e1, idx_np),
                          lambda: n1[idx_np], lambda: j1[jidx]),
        "a[bool mask]": C(lambda: a[mask], lambda: ga.gather_nd(t1, ga.where(mask_t)), lambda: e1[mask_np],
                          lambda: n1[mask_np], lambda: j1[jmask]),
        # setitem (tnp and NumPy mutate one array in place; JAX's functional .at[] is the closest)
        "a[1] = 5.0": C(lambda: box_tnp[0].__setitem__(1, 5.0),
                        lambda: ga.tensor_scatter_update(t1, k["at1"], k["v5"]), None,
                        lambda: box_np[0].__setitem__(1, 5.0), lambda: j1.at[1].set(5.0)),
        "a[1:] = 0.0": C(lambda: box_tnp[0].__setitem__(slice(1, None), 0.0),
                         lambda: ga.tensor_scatter_update(t1, k["at12"], k["v00"]), None,
                         lambda: box_np[0].__setitem__(slice(1, None), 0.0), lambda: j1.at[1:].set(0.0)),
        "x += 1": C(lambda: box_tnp[0].__iadd__(1.0), lambda: gm.add_v2(t1, 1.0), None,
                    lambda: box_np[0].__iadd__(1.0), None),
        # joining, selection, products, casts
        "concatenate([a, b])": C(lambda: tnp_math.concatenate([a, b]), lambda: ga.concat_v2([t1, t2], 0),
                                 lambda: tfnp.concatenate([e1, e2]), lambda: np.concatenate([n1, n2]),
                                 lambda: jnp.concatenate([j1, j2])),
        "stack([a, b])": C(lambda: tnp_math.stack([a, b]), lambda: ga.pack([t1, t2]),
                           lambda: tfnp.stack([e1, e2]), lambda: np.stack([n1, n2]), lambda: jnp.stack([j1, j2])),
        "where(c, a, b)": C(lambda: tnp_math.where(cond, a, b), lambda: gm.select_v2(cond_t, t1, t2),
                            lambda: tfnp.where(ecd, e1, e2), lambda: np.where(cond_np, n1, n2),
                            lambda: jnp.where(jcond, j1, j2)),
        "m1 @ m2": C(lambda: am1 @ am2, lambda: gm.mat_mul(tm1, tm2), lambda: tfnp.matmul(em1, em2),
                     lambda: m1 @ m2, lambda: jm1 @ jm2),
        "matmul(m1, m2)": C(lambda: tnp.matmul(am1, am2), lambda: gm.mat_mul(tm1, tm2),
                            lambda: tfnp.matmul(em1, em2), lambda: np.matmul(m1, m2), lambda: jnp.matmul(jm1, jm2)),
        "astype(int32)": C(lambda: a.astype(np.int32), lambda: gm.cast(t1, tf.int32),
                           lambda: e1.astype(np.int32), lambda: n1.astype(np.int32), lambda: j1.astype(np.int32)),
        "astype(float64)": C(lambda: a.astype(np.float64), lambda: gm.cast(t1, tf.float64),
                             lambda: e1.astype(np.float64), lambda: n1.astype(np.float64)),  # JAX: no x64
    }  # fmt: skip


Timed = dict[str, dict[str, float]]
SPLIT = "raw_tf@tf_numpy"  # raw TF's time in the second pass, next to tf_numpy
PAIRED = "tnp/raw_tf paired"  # a large case's median over rounds of tnp's time / raw TF's time of that round


def _large_rounds(case: Case) -> int:
    """LARGE_ROUNDS, or more for fast cases (up to ~LARGE_BUDGET s per case): a 64 MB elementwise call varies by
    +-15% from call to call (allocator, page cache), so 21 rounds leave a few percent of noise in the ratio."""
    t0 = time.perf_counter()
    for f in case.values():
        f()
    per_round = time.perf_counter() - t0 + 0.02 * len(case)
    return max(LARGE_ROUNDS, min(LARGE_MAX_ROUNDS, int(LARGE_BUDGET / per_round)))


def time_cases(cases: dict[str, Case], only: str | None, phase: int, big: bool, done: Timed) -> None:
    """Time `cases` into `done` (case -> contender -> median). Phase 1: every contender but tf_numpy (TF's NumPy
    behaviour still off: it patches tf.Tensor's operators and __getitem__, which tnp uses internally, so it
    would slow tnp down); phase 2, after `enable_tf_numpy()`: tf_numpy against raw TF again (stored as SPLIT)."""
    for name, case in cases.items():
        if only and only not in name:
            continue
        if phase == 1:
            sub = {k: f for k, f in case.items() if k != "tf_numpy"}
        elif "tf_numpy" in case:
            sub = {k: f for k, f in case.items() if k in ("tf_numpy", "raw_tf")}
        else:
            continue
        if big:
            rounds = _large_rounds(sub) if phase == 1 else LARGE_ROUNDS  # phase 2 feeds no target
            samples = bench_rounds(sub, rounds, calls=1, warmup=1, pause=0.02)
            med = {k: statistics.median(v) for k, v in samples.items()}
            if phase == 1:
                med[PAIRED] = paired_ratio(samples, "tnp", "raw_tf")
        else:
            med = bench(sub, TINY_ROUNDS, TINY_CALLS, warmup=10, unit=1e6)
        if phase == 2 and "raw_tf" in med:
            med[SPLIT] = med.pop("raw_tf")
        done.setdefault(name, {}).update(med)
        print(f"  {name}: " + ", ".join(f"{k} {v:.2f}" for k, v in med.items()), flush=True)


def tfnp_ratio(med: dict[str, float]) -> float:
    """tnp / tf_numpy, each normalised by raw TF timed in its own pass (load may differ between the passes)."""
    if "tnp" not in med or "tf_numpy" not in med:
        return float("nan")
    if "raw_tf" in med and SPLIT in med:
        return (med["tnp"] / med["raw_tf"]) / (med["tf_numpy"] / med[SPLIT])
    return med["tnp"] / med["tf_numpy"]


def print_tiny(meds: Timed) -> None:
    cols = [*((c + " µs", 13) for c in CONTENDERS), ("tnp/raw", 9), ("tnp/tfnp", 9)]
    table = Table("operation", 22, cols)
    for name, med in meds.items():
        r = [ratio(med, "tnp", "raw_tf"), tfnp_ratio(med)]
        table.row(name, [*(med.get(c) for c in CONTENDERS), *r], ".2f")


def rates(cases: dict[str, tuple[float, str, Case]], meds: Timed) -> dict[str, Any]:
    """Print the table and return case -> {"ms", "rate", "unit"}."""
    out: dict[str, Any] = {}
    cols = [*((c + " ms", 13) for c in CONTENDERS), ("tnp/raw", 9), ("tnp rate", 10), ("raw rate", 10)]
    table = Table("case", 40, cols)
    for name, timed in meds.items():
        work, unit, _ = cases[name]
        med = {c: t for c, t in timed.items() if c != PAIRED}
        paired = timed.get(PAIRED, ratio(med, "tnp", "raw_tf"))
        rate = {c: work / (t / 1e3) / 1e9 for c, t in med.items()}
        out[name] = {"ms": med, "rate": rate, "unit": unit, PAIRED: paired}
        vals = [
            *(med.get(c) for c in CONTENDERS),
            paired,
            rate["tnp"],
            rate.get("raw_tf"),
        ]
        table.row(name, vals, ".2f,.2f,.2f,.2f,.2f,.2f,.1f,.1f")
    return out


# --------------------------------------------------------------------------------------------------------- large
def _hypot_tnp(x: Any, y: Any) -> Any:
    return tnp_math.sqrt(x * x + y * y)


def _hypot_tf(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    return tf.sqrt(x * x + y * y)


def _hypot_raw(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    return gm.sqrt(gm.add_v2(gm.mul(x, x), gm.mul(y, y)))


def _poly_tnp(x: Any, y: Any) -> Any:
    return tnp_math.exp(-(x * x)) * y + 0.5 * x


def _poly_raw(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    return gm.add_v2(gm.mul(gm.exp(gm.neg(gm.mul(x, x))), y), gm.mul(0.5, x))


def _hypot_tfnp(x: Any, y: Any) -> Any:
    return tfnp.sqrt(x * x + y * y)


def _poly_tfnp(x: Any, y: Any) -> Any:
    return tfnp.exp(-(x * x)) * y + 0.5 * x


CHAINS: dict[str, tuple[Callable[..., Any], ...]] = {
    # name -> (tnp, raw TF, tf.experimental.numpy, numpy/jax generic)
    "sqrt(x*x + y*y)": (_hypot_tnp, _hypot_raw, _hypot_tfnp, lambda m, x, y: m.sqrt(x * x + y * y)),
    "exp(-x*x)*y + 0.5*x": (_poly_tnp, _poly_raw, _poly_tfnp, lambda m, x, y: m.exp(-(x * x)) * y + 0.5 * x),
}


def large_cases() -> dict[str, tuple[float, str, Case]]:
    """Case -> (work per call: bytes moved or flops, unit "GB/s" or "GFLOP/s", contenders)."""
    rng = np.random.default_rng(0)
    n = 4096
    x = rng.uniform(0.5, 1.5, (n, n)).astype(np.float32)
    y = rng.uniform(0.5, 1.5, (n, n)).astype(np.float32)
    mm = MATMUL_N
    p, q = x[:mm, :mm].copy(), y[:mm, :mm].copy()
    v = rng.uniform(0.5, 1.5, 10_000_000).astype(np.float32)
    w = rng.uniform(0.5, 1.5, 10_000_000).astype(np.float32)
    ax, ay, ap, aq, av, aw = (tnp.asarray(z) for z in (x, y, p, q, v, w))
    # raw TF reads the very tensors tnp wraps: same buffers (alignment, placement), so the ratio is tnp's cost only
    tx, ty, tp, tq, tv, tw = (a._t for a in (ax, ay, ap, aq, av, aw))
    ex, ey, ep, eq, ev, ew = (tfnp.asarray(z) for z in (x, y, p, q, v, w))
    if JAX:
        jx, jy, jp, jq, jv, jw = (jnp.asarray(z) for z in (x, y, p, q, v, w))
    ax01, two = tf.constant([0, 1]), tf.constant(2.0)
    b = x.nbytes  # 64 MiB
    bv = v.nbytes

    def C(tnp_f, raw, tfnp_f, np_f, jax_f) -> Case:
        case: Case = {"tnp": tnp_f, "raw_tf": raw, "tf_numpy": tfnp_f, "numpy": np_f}
        return _add(case, jax=_jx(jax_f) if JAX else None)

    out: dict[str, tuple[float, str, Case]] = {
        "a + b": (3 * b, "GB/s", C(lambda: ax + ay, lambda: gm.add_v2(tx, ty), lambda: ex + ey, lambda: x + y,
                                   lambda: jx + jy)),
        "a * 2.0": (2 * b, "GB/s", C(lambda: ax * 2.0, lambda: gm.mul(tx, two), lambda: ex * 2.0, lambda: x * 2.0,
                                     lambda: jx * 2.0)),
        "sqrt(a)": (2 * b, "GB/s", C(lambda: tnp_math.sqrt(ax), lambda: gm.sqrt(tx), lambda: tfnp.sqrt(ex),
                                     lambda: np.sqrt(x), lambda: jnp.sqrt(jx))),
        "a.sum()": (b, "GB/s", C(lambda: ax.sum(), lambda: gm._sum(tx, ax01), lambda: tfnp.sum(ex),
                                 lambda: x.sum(), lambda: jx.sum())),
        "mean(a, axis=0)": (b, "GB/s", C(lambda: tnp.mean(ax, axis=0), lambda: gm.mean(tx, [0]),
                                         lambda: tfnp.mean(ex, axis=0), lambda: x.mean(axis=0),
                                         lambda: jx.mean(axis=0))),
        "max(a)": (b, "GB/s", C(lambda: tnp.max(ax), lambda: gm._max(tx, ax01), lambda: tfnp.max(ex),
                                lambda: x.max(), lambda: jx.max())),
        f"matmul {mm}x{mm}": (2.0 * mm**3, "GFLOP/s", C(lambda: ap @ aq, lambda: gm.mat_mul(tp, tq),
                                                       lambda: tfnp.matmul(ep, eq), lambda: p @ q,
                                                       lambda: jp @ jq)),
    }  # fmt: skip
    for name, (ft, fr, fe, fg) in CHAINS.items():
        out[f"{name} n=1e7"] = (
            3 * bv, "GB/s",
            C(lambda ft=ft: ft(av, aw), lambda fr=fr: fr(tv, tw), lambda fe=fe: fe(ev, ew),
              lambda fg=fg: fg(np, v, w), lambda fg=fg: fg(jnp, jv, jw)),
        )  # fmt: skip
    return out


# ------------------------------------------------------------------------------------------------------ compiled
def compiled_cases() -> dict[str, tuple[float, str, Case]]:
    """The chains at 1e7 (and 3 elements, for call overhead) in tf.function / jit_compile / jax.jit."""
    rng = np.random.default_rng(1)
    out: dict[str, tuple[float, str, Case]] = {}
    for n, tag in ((10_000_000, "n=1e7"), (3, "n=3")):
        v, w = rng.uniform(0.5, 1.5, n).astype(np.float32), rng.uniform(0.5, 1.5, n).astype(np.float32)
        tv, tw, av, aw, ev, ew = (
            tf.constant(v),
            tf.constant(w),
            tnp.asarray(v),
            tnp.asarray(w),
            *(tfnp.asarray(z) for z in (v, w)),
        )
        jv, jw = (jnp.asarray(v), jnp.asarray(w)) if JAX else (None, None)
        for cname, (ft, fr, fe, fg) in CHAINS.items():
            for mode, kw in (("tf.function", {}), ("jit_compile", {"jit_compile": True})):
                gt, gr, ge = (tf.function(f, autograph=False, **kw) for f in (ft, fr, fe))
                case: Case = {  # every input bound now: the loop rebinds the names
                    "tnp": lambda gt=gt, x=av, y=aw: gt(x, y), "raw_tf": lambda gr=gr, x=tv, y=tw: gr(x, y),
                    "tf_numpy": lambda ge=ge, x=ev, y=ew: ge(x, y),
                }  # fmt: skip
                if JAX and mode == "jit_compile":
                    jf = jax.jit(lambda x, y, fg=fg: fg(jnp, x, y))
                    case["jax"] = _jx(lambda jf=jf, x=jv, y=jw: jf(x, y))
                out[f"{cname} {tag} [{mode}]"] = (3 * v.nbytes, "GB/s", case)
    return out


# --------------------------------------------------------------------------------------------------------- graph
def graph_table() -> dict[str, tuple[Callable[..., Any], Callable[..., Any], list[tf.DType]]]:
    """Common function -> (tnp version, hand-written raw TF version, argument dtypes); arguments are 2x3."""
    f, i, bo = tf.float32, tf.int64, tf.bool
    return {
        "a + b": (lambda x, y: x + y, tf.add, [f, f]),
        "a * 2.0": (lambda x: x * 2.0, lambda x: x * 2.0, [f]),
        "a < b": (lambda x, y: x < y, tf.less, [f, f]),
        "sqrt(x*x + y*y)": (_hypot_tnp, _hypot_tf, [f, f]),
        "exp(-x*x)*y + 0.5*x": (_poly_tnp, lambda x, y: tf.exp(-(x * x)) * y + 0.5 * x, [f, f]),
        "sum(a)": (tnp.sum, tf.reduce_sum, [f]),
        "sum(a, axis=0)": (lambda x: tnp.sum(x, axis=0), lambda x: tf.reduce_sum(x, axis=0), [f]),
        "mean(a)": (tnp.mean, tf.reduce_mean, [f]),
        "max(a)": (tnp.max, tf.reduce_max, [f]),
        "argmax(a, axis=1)": (lambda x: tnp.argmax(x, axis=1), lambda x: raw_argmax(x, 1), [f]),
        "std(a)": (tnp.std, tf.math.reduce_std, [f]),
        "reshape(a, (3, 2))": (lambda x: x.reshape(3, 2), lambda x: tf.reshape(x, [3, 2]), [f]),
        "a.T": (lambda x: x.T, tf.transpose, [f]),
        "astype(int32)": (lambda x: x.astype(np.int32), lambda x: tf.cast(x, tf.int32), [f]),
        "a @ b.T": (lambda x, y: x @ y.T, lambda x, y: tf.matmul(x, y, transpose_b=True), [f, f]),
        "a[1:]": (lambda x: x[1:], lambda x: x[1:], [f]),
        "a[0, 1]": (lambda x: x[0, 1], lambda x: x[0, 1], [f]),
        "a[:, None]": (lambda x: x[:, None], lambda x: x[:, None], [f]),
        "a[int array]": (lambda x, k: x[k], raw_take, [f, i]),
        "where(c, a, b)": (tnp_math.where, tf.where, [bo, f, f]),
        "concatenate([a, b])": (lambda x, y: tnp_math.concatenate([x, y]), lambda x, y: tf.concat([x, y], 0),
                                [f, f]),
        "stack([a, b])": (lambda x, y: tnp_math.stack([x, y]), lambda x, y: tf.stack([x, y]), [f, f]),
    }  # fmt: skip


def run_graph(only: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    table = Table("function", 24, [("tnp ops", 9), ("raw ops", 9)])
    for name, (ft, fr, dts) in graph_table().items():
        if only and only not in name:
            continue
        shapes = [[2] if d == tf.int64 else [2, 3] for d in dts]
        specs = [tf.TensorSpec(s, d) for s, d in zip(shapes, dts, strict=True)]
        try:
            ops_t = graph_ops(ft, specs, wrap_in=True)
        except Exception as exc:  # noqa: BLE001 - report, do not abort the suite
            ops_t = [f"error: {type(exc).__name__}"]
        ops_r = graph_ops(fr, specs, wrap_in=False)
        out[name] = {"tnp": ops_t, "raw_tf": ops_r}
        table.row(name, [len(ops_t), len(ops_r)], "d")
    return out


# -------------------------------------------------------------------------------------------------------- import
_IMPORT_TF = "import time; t=time.perf_counter(); import tensorflow; print(time.perf_counter()-t, 0.0)"
_IMPORT_TNP = (
    "import time; t=time.perf_counter(); import tensorflow; t1=time.perf_counter(); import tnp; "
    "t2=time.perf_counter(); print(t2-t, t2-t1)"
)


def run_import() -> dict[str, Any]:
    """Wall time of `import tensorflow` and of `import tensorflow, tnp` in fresh interpreters (interleaved).

    As after `pip install` (which compiles bytecode): PYTHONDONTWRITEBYTECODE is dropped and one untimed import
    writes tnp's .pyc files first, else each run would compile tnp's sources (~0.3 s) while TensorFlow's come
    precompiled from its wheel."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["TF_CPP_MIN_LOG_LEVEL"] = "3"
    subprocess.run([sys.executable, "-c", _IMPORT_TNP], capture_output=True, env=env, check=True)
    runs: dict[str, list[float]] = {"tensorflow": [], "tensorflow+tnp": [], "tnp after tensorflow": []}
    for r in range(IMPORT_REPEATS):
        order = [("tensorflow", _IMPORT_TF), ("tensorflow+tnp", _IMPORT_TNP)]
        for name, code in order if r % 2 == 0 else order[::-1]:
            res = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
            )
            total, delta = map(float, res.stdout.split()[-2:])
            runs[name].append(total)
            if name == "tensorflow+tnp":
                runs["tnp after tensorflow"].append(delta)
    med = {k: statistics.median(v) for k, v in runs.items()}
    for k, v in med.items():
        print(f"{k:24} {v:8.3f} s  (runs: {', '.join(f'{x:.2f}' for x in runs[k])})")
    return {"median_s": med, "runs_s": runs}


# ---------------------------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections of {SECTIONS}")
    p.add_argument("--filter", default=None, help="substring of the case names to run")
    p.add_argument("--no-report", action="store_true", help="do not write docs/benchmarks.md and the plot")
    p.add_argument("--no-profile", action="store_true", help="leave the cProfile listings out of the report")
    args = p.parse_args(argv)
    sections = [s.strip() for s in args.only.split(",") if s.strip()]
    t_start = time.time()
    results: dict[str, Any] = {}
    print(f"mode: {'quick' if QUICK else 'full'}; JAX: {JAX or 'unavailable (' + JAX_ERROR + ')'}\n")
    if "import" in sections:  # first, before this process loads the machine with TF threads
        print("== import time ==")
        results["import"] = run_import()
    if "graph" in sections:  # before TF's NumPy behaviour changes tf.Tensor's operators (raw TF's graphs)
        print("\n== graph op counts ==")
        results["graph"] = run_graph(args.filter)
    tiny_c = tiny_cases() if "tiny" in sections else {}
    large_c = large_cases() if "large" in sections else {}
    comp_c = compiled_cases() if "compiled" in sections else {}
    comp_big = {k: c for k, (_, _, c) in comp_c.items() if "n=3" not in k}
    comp_small = {k: c for k, (_, _, c) in comp_c.items() if "n=3" in k}
    tiny_m: Timed = {}
    large_m: Timed = {}
    big_m: Timed = {}
    small_m: Timed = {}
    profiles: dict[str, Any] = {}
    for phase in (1, 2):
        if phase == 2:
            enable_tf_numpy()
        print(
            f"\n== pass {phase}: {'tnp, raw TF, NumPy, JAX' if phase == 1 else 'tf.experimental.numpy, raw TF'}"
        )
        time_cases(tiny_c, args.filter, phase, False, tiny_m)
        time_cases({k: c for k, (_, _, c) in large_c.items()}, args.filter, phase, True, large_m)
        time_cases(comp_big, args.filter, phase, True, big_m)
        time_cases(comp_small, args.filter, phase, False, small_m)
        if phase == 1 and tiny_m and not (args.no_report or args.no_profile):
            import _report  # profile tnp now, before TF's NumPy behaviour changes tf.Tensor

            profiles = _report.profile_worst(tiny_c, tiny_m)
    if tiny_m:
        print("\n== tiny-array per-call overhead ==")
        print_tiny(tiny_m)
        results["tiny"] = tiny_m
    if large_m:
        print("\n== large-array throughput ==")
        results["large"] = rates(large_c, large_m)
    if big_m or small_m:
        print("\n== compiled path ==")
        results["compiled"] = rates(comp_c, big_m)
        print_tiny(small_m)
        results["compiled"].update({k: {"us": v} for k, v in small_m.items()})
    meta = {
        "mode": "quick" if QUICK else "full", "sections": sections, "jax": JAX, "jax_error": JAX_ERROR,
        "tiny_rounds": TINY_ROUNDS, "tiny_calls": TINY_CALLS, "large_rounds": LARGE_ROUNDS, "matmul_n": MATMUL_N,
        "import_repeats": IMPORT_REPEATS, "seconds": round(time.time() - t_start, 1),
    }  # fmt: skip
    if profiles:
        results["profiles"] = profiles
    path = save("bench_suite", meta, results)
    if not args.no_report:
        import _report

        _report.write(path, profiles)
    print(f"\ntotal {time.time() - t_start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
