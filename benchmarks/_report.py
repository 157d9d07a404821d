"""Turn a bench_suite JSON into docs/benchmarks.md and docs/img/overhead.png (used by bench_suite.py).

The page holds the machine and versions, the targets with pass/fail computed from the one run, every table, the
plot, cProfile listings of the tiny operations furthest above raw TF, and the hand-written analysis kept in
benchmarks/where_time_goes.md (included verbatim).
"""

from __future__ import annotations

import cProfile
import json
import os
import platform
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
DOCS = HERE.parent / "docs"
PAGE, IMG = DOCS / "benchmarks.md", DOCS / "img" / "overhead.png"
FINDINGS = HERE / "where_time_goes.md"
CONTENDERS = ("tnp", "raw_tf", "tf_numpy", "numpy", "jax")
LABELS = {
    "tnp": "tnp",
    "raw_tf": "raw TF",
    "tf_numpy": "tf.experimental.numpy",
    "numpy": "NumPy",
    "jax": "JAX",
}
TARGET_TINY, TARGET_LARGE, TARGET_IMPORT = 1.3, 1.05, 0.5


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


# Rows whose tf.experimental.numpy form is TensorFlow's own operator, untouched by its NumPy mode: that column
# times raw TF a second time, not tf.experimental.numpy (its NumPy form is the row named in the reason).
TF_CORE_FORMS = {
    "-a": "`-e` on a tf.Tensor is TF's generated Neg op itself, the raw TF column; tf.experimental.numpy's "
    "form is `negative(a)`",
}


def _paired(row: dict[str, Any]) -> float | None:
    """A large-array row's tnp/raw: the median of per-round ratios when recorded, else the ratio of medians."""
    p = row.get("tnp/raw_tf paired")
    return float(p) if p is not None and p == p else _r(row["ms"], "tnp", "raw_tf")


def _r(med: dict[str, float], a: str, b: str) -> float | None:
    return med[a] / med[b] if a in med and b in med else None


def _tfnp(m: dict[str, float]) -> float | None:
    """tnp / tf_numpy, each normalised by raw TF timed in the same pass (see bench_suite.tfnp_ratio)."""
    if "tnp" not in m or "tf_numpy" not in m:
        return None
    if "raw_tf" in m and "raw_tf@tf_numpy" in m:
        return (m["tnp"] / m["raw_tf"]) / (m["tf_numpy"] / m["raw_tf@tf_numpy"])
    return m["tnp"] / m["tf_numpy"]


def _f(v: float | None, fmt: str = ".2f") -> str:
    return "-" if v is None else f"{v:{fmt}}"


def _pf(ok: bool) -> str:
    return "**pass**" if ok else "**FAIL**"


# --------------------------------------------------------------------------------------------------- profiling
def _where(key: tuple[str, int, str]) -> str:
    file, line, func = key
    if file == "~":
        return func
    for marker in ("/site-packages/", "/src/", "/lib/python3"):
        if marker in file:
            file = file.split(marker, 1)[1]
            break
    return f"{file}:{line}({func})"


def profile_worst(
    cases: dict[str, dict[str, Callable[[], Any]]],
    tiny: dict[str, dict[str, float]],
    n: int = 6,
    calls: int = 100,
) -> dict[str, list[tuple[str, float, float, float]]]:
    """cProfile of tnp's call for the `n` tiny operations with the largest tnp/raw ratio.

    Per operation: tnp's functions by cumulative time, then the others by own time, as (function, calls per op
    call, own µs per op call, cumulative µs per op call)."""
    worst = sorted(
        (k for k in tiny if "raw_tf" in tiny[k] and k in cases),
        key=lambda k: -tiny[k]["tnp"] / tiny[k]["raw_tf"],
    )[:n]
    out: dict[str, list[tuple[str, float, float, float]]] = {}
    for name in worst:
        f = cases[name]["tnp"]
        for _ in range(5):
            f()
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(calls):
            f()
        prof.disable()
        stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
        ours = [kv for kv in stats.items() if "/tnp_core/" in kv[0][0] or "/tnp_math/" in kv[0][0]]
        rows = sorted(ours, key=lambda kv: -kv[1][3])[:6]  # tnp's functions by cumulative time
        rest = [kv for kv in stats.items() if kv not in ours and "benchmarks" not in kv[0][0]]
        rows += sorted(rest, key=lambda kv: -kv[1][2])[:6]  # then TensorFlow's (and builtins) by own time
        out[name] = [(_where(k), v[1] / calls, v[2] / calls * 1e6, v[3] / calls * 1e6) for k, v in rows]
    return out


# ------------------------------------------------------------------------------------------------------- plot
def plot(tiny: dict[str, dict[str, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(tiny)
    fig, ax = plt.subplots(figsize=(9, 0.26 * len(names) + 1.6))
    markers = {"tnp": "o", "raw_tf": "|", "tf_numpy": "s", "numpy": "x", "jax": "^"}
    colors = {"tnp": "C3", "raw_tf": "k", "tf_numpy": "C0", "numpy": "C2", "jax": "C1"}
    ys = list(range(len(names)))[::-1]
    for c in CONTENDERS:
        pts = [(tiny[k][c], y) for k, y in zip(names, ys, strict=True) if c in tiny[k]]
        if pts:
            xs, yy = zip(*pts, strict=True)
            size = 140 if c == "raw_tf" else 28
            ax.scatter(xs, yy, marker=markers[c], s=size, color=colors[c], label=LABELS[c], zorder=3)
    ax.set_xscale("log")
    ax.set_yticks(ys, names, fontsize=8)
    ax.set_ylim(-0.7, len(names) - 0.3)
    ax.set_xlabel("µs per call (median, log scale)")
    ax.set_title("Per-call time on 3- and 2x3-element float32 arrays")
    ax.grid(axis="x", which="both", alpha=0.3)
    ax.legend(loc="lower right", fontsize=8, framealpha=0.9)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


# ------------------------------------------------------------------------------------------------------- page
def write(json_path: Path, profiles: dict[str, list[tuple[str, float, float, float]]] | None = None) -> Path:
    data = json.loads(Path(json_path).read_text())
    meta, res = data["meta"], data["results"]
    tiny, large, comp = res.get("tiny", {}), res.get("large", {}), res.get("compiled", {})
    graph, imp = res.get("graph", {}), res.get("import", {})
    if profiles is None:  # regenerating from a saved run
        profiles = res.get("profiles")
    L: list[str] = []  # noqa: N806
    add = L.append
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(json_path.stat().st_mtime))
    jax_txt = meta.get("jax") or f"unavailable ({meta.get('jax_error') or 'not installed'})"
    add("# Benchmarks\n")
    add(
        "How much tnp costs on top of TensorFlow: the per-call overhead of ~45 common operations on tiny arrays, "
        "the throughput on large arrays, the compiled path (`tf.function`, `jit_compile=True`), the number of ops "
        "tnp puts in a graph, and the time `import tnp` adds. Contenders: **tnp**; **raw TF** (the generated op "
        "alone, every argument already a tensor: the floor); **tf.experimental.numpy** (NumPy behaviour on, in the "
        "benchmark process only); **NumPy**; **JAX** on CPU.\n"
    )
    add(
        "Two passes in one process: first tnp, raw TF, NumPy and JAX, interleaved; then TF's NumPy behaviour "
        "is switched on (it patches `tf.Tensor`'s operators and `__getitem__` for the whole process, and tnp "
        "calls some of those internally, so it would slow tnp down) and tf.experimental.numpy is timed "
        "interleaved with raw TF again. `tnp/tfnp` divides the two ratios to raw TF of their own pass, so a "
        "change of machine load between the passes cancels out.\n"
    )
    add('!!! note "Read the absolute numbers with care"')
    add(
        "    These figures were taken on a **shared 2-core machine** while other jobs were running: compare the "
        "ratios within one run (the contenders of one case run interleaved, round-robin, in one process, so load "
        "hits them alike), not absolute times across runs or machines.\n"
    )
    add("| | |\n|---|---|")
    rows = [
        ("date", stamp),
        ("machine", f"{cpu_model()}, {meta.get('cpus')} logical cores, {meta.get('machine')}"),
        ("Python / TensorFlow / NumPy", f"{meta['python']} / {meta['tensorflow']} / {meta['numpy']}"),
        ("JAX", jax_txt),
        (
            "mode",
            f"{meta.get('mode')} (tiny: {meta.get('tiny_rounds')} rounds x {meta.get('tiny_calls')} calls; "
            f"large: {meta.get('large_rounds')}+ rounds; matmul n={meta.get('matmul_n')}; "
            f"import: {meta.get('import_repeats')} interpreters each); run took {meta.get('seconds')} s",
        ),
        ("raw data", f"`benchmarks/results/{Path(json_path).name}`"),
    ]
    for k, v in rows:
        add(f"| {k} | {v} |")
    add("")

    # ---- targets
    add("## Targets\n")
    add("Computed from this run; a failing target is reported as failing.\n")
    add("| target | measured | result |\n|---|---|---|")
    raw_ratios = {k: _r(m, "tnp", "raw_tf") for k, m in tiny.items()}
    raw_ratios = {k: v for k, v in raw_ratios.items() if v is not None}
    if raw_ratios:
        med = statistics.median(raw_ratios.values())
        within = sum(v <= TARGET_TINY for v in raw_ratios.values())
        add(
            f"| tiny ops: median tnp/raw TF <= {TARGET_TINY} | median {med:.2f} over {len(raw_ratios)} ops "
            f"({within} ops within {TARGET_TINY}x) | {_pf(med <= TARGET_TINY)} |"
        )
    tf_ratios = {k: _tfnp(m) for k, m in tiny.items() if k not in TF_CORE_FORMS}
    tf_ratios = {k: v for k, v in tf_ratios.items() if v is not None}
    core = [k for k in TF_CORE_FORMS if k in tiny]
    if tf_ratios:
        slow = sorted((k for k, v in tf_ratios.items() if v >= 1.0), key=lambda k: -tf_ratios[k])
        what = (
            "slower on: " + ", ".join(f"`{k}` ({tf_ratios[k]:.2f}x)" for k in slow) if slow else "none slower"
        )
        add(
            f"| tiny ops: faster than tf.experimental.numpy on every op both have | faster on "
            f"{len(tf_ratios) - len(slow)} of {len(tf_ratios)}; {what}"
            + "".join(
                f"; not counted: `{k}` ({_f(_tfnp(tiny[k]))}x, {TF_CORE_FORMS[k]})"
                for k in core
                if _tfnp(tiny[k])
            )
            + f" | {_pf(not slow)} |"
        )
    large_r = {k: _paired(v) for k, v in large.items()}
    large_r = {k: v for k, v in large_r.items() if v is not None}
    if large_r:
        bad = sorted((k for k, v in large_r.items() if v > TARGET_LARGE), key=lambda k: -large_r[k])
        what = ", ".join(f"`{k}` {large_r[k]:.2f}x" for k in bad) if bad else "all within"
        add(
            f"| large arrays (eager): tnp within {TARGET_LARGE}x of raw TF | median "
            f"{statistics.median(large_r.values()):.2f}, max {max(large_r.values()):.2f}; above: {what} | "
            f"{_pf(not bad)} |"
        )
    if graph:
        more = [
            k for k, v in graph.items() if len(v["tnp"]) > len(v["raw_tf"]) or str(v["tnp"]).find("error") > 0
        ]
        what = (
            ", ".join(f"`{k}` ({len(graph[k]['tnp'])} vs {len(graph[k]['raw_tf'])})" for k in more) or "none"
        )
        add(
            f"| in tf.function: no more graph ops than hand-written raw TF | {len(graph) - len(more)} of "
            f"{len(graph)} functions; more ops: {what} | {_pf(not more)} |"
        )
    if imp:
        m = imp["median_s"]
        delta, diff = m["tnp after tensorflow"], m["tensorflow+tnp"] - m["tensorflow"]
        add(
            f"| `import tnp` adds <= {TARGET_IMPORT} s to `import tensorflow` | {delta:.2f} s measured inside the "
            f"interpreter after TF is imported (difference of the medians of the whole imports: {diff:+.2f} s) | "
            f"{_pf(delta <= TARGET_IMPORT)} |"
        )
    add("")

    # ---- tiny
    if tiny:
        add("## Per-call overhead on tiny arrays\n")
        add(
            "Median µs per call on float32 arrays of 3 or 2x3 elements, where the cost is Python and TF dispatch, "
            "not arithmetic. Raw TF is the `gen_*_ops` op on tensors; `-` means the contender has no such "
            "operation (tf.experimental.numpy has no item assignment; JAX's `.at[].set()` is functional, it "
            "copies; `x += 1` has no JAX form). JAX results are waited for (`block_until_ready`).\n"
        )
        add("![Per-call time of each contender, log scale](img/overhead.png)\n")
        add("| operation | tnp | raw TF | tf.experimental.numpy | NumPy | JAX | tnp/raw | tnp/tfnp |")
        add("|---|--:|--:|--:|--:|--:|--:|--:|")
        for k, m in tiny.items():
            vals = " | ".join(_f(m.get(c)) for c in CONTENDERS)
            add(f"| `{k}` | {vals} | {_f(_r(m, 'tnp', 'raw_tf'))} | {_f(_tfnp(m))} |")
        add("")
        plot(tiny, IMG)

    # ---- large
    def rate_table(rows: dict[str, Any], title: str, note: str) -> None:
        add(f"## {title}\n")
        add(note + "\n")
        add("| case | tnp ms | raw TF ms | tf.experimental.numpy ms | NumPy ms | JAX ms | tnp/raw | tnp rate | "
            "raw TF rate |")  # fmt: skip
        add("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
        for k, v in rows.items():
            ms, rate, unit = v["ms"], v["rate"], v["unit"]
            vals = " | ".join(_f(ms.get(c)) for c in CONTENDERS)
            add(
                f"| `{k}` | {vals} | {_f(_paired(v))} | {_f(rate.get('tnp'), '.1f')} {unit} | "
                f"{_f(rate.get('raw_tf'), '.1f')} {unit} |"
            )
        add("")

    if large:
        rate_table(
            large,
            "Large arrays",
            "Eager, float32: 4096x4096 elementwise and reductions, matmul at the size in the case name, and "
            "1e7-element chains. GB/s counts the bytes read and written once (inputs + output); GFLOP/s is "
            "2n³/time. Each case: the median over rounds (at least the number given above, more for fast cases: "
            "about 8 s per case), one call per round, an untimed 20 ms pause after each call. Raw TF runs on the "
            "very tensors tnp wraps (same buffers). tnp/raw is the median of the per-round ratios (the two ran "
            "back to back in each round, so the machine's slow drifts cancel); older results without it show the "
            "ratio of the medians.",
        )
    if comp:
        big = {k: v for k, v in comp.items() if "ms" in v}
        small = {k: v for k, v in comp.items() if "us" in v}
        if big:
            rate_table(
                big,
                "Compiled path",
                "The chains on 1e7-element float32 vectors inside `tf.function(autograph=False)` and with "
                "`jit_compile=True` (XLA); JAX's row is `jax.jit`. tnp's function takes and returns tnp arrays "
                "(a CompositeTensor), raw TF's takes tensors.",
            )
        if small:
            add("Call overhead of the same compiled functions on 3-element vectors (µs per call):\n")
            add("| case | tnp | raw TF | tf.experimental.numpy | JAX | tnp/raw |\n|---|--:|--:|--:|--:|--:|")
            for k, v in small.items():
                m = v["us"]
                vals = " | ".join(_f(m.get(c)) for c in ("tnp", "raw_tf", "tf_numpy", "jax"))
                add(f"| `{k}` | {vals} | {_f(_r(m, 'tnp', 'raw_tf'))} |")
            add("")

    # ---- graph
    if graph:
        add("## Graph ops inside tf.function\n")
        add(
            "The ops of the traced graph (argument placeholders and `Identity` outputs left out) for static "
            "2x3 float32 arguments, tnp against the same function written by hand with `tf.*`. "
            "`packages/tnp-core/tests/test_op_counts.py` asserts this for tnp-core's functions.\n"
        )
        add("| function | tnp ops | raw TF ops | tnp graph | raw TF graph |\n|---|--:|--:|---|---|")
        for k, v in graph.items():
            t, r = v["tnp"], v["raw_tf"]
            add(f"| `{k}` | {len(t)} | {len(r)} | {', '.join(t)} | {', '.join(r)} |")
        add("")

    # ---- import
    if imp:
        add("## Import time\n")
        add(
            "Fresh interpreters, alternating; seconds, median (each run listed). `tnp after tensorflow` is "
            "the time of `import tnp` measured inside the interpreter right after `import tensorflow`. tnp's "
            "bytecode is cached first, as after `pip install` (TensorFlow's comes compiled in its wheel).\n"
        )
        add("| import | median s | runs |\n|---|--:|---|")
        for k, v in imp["median_s"].items():
            add(f"| `{k}` | {v:.2f} | {', '.join(f'{x:.2f}' for x in imp['runs_s'][k])} |")
        add("")

    # ---- where the time goes
    add("## Where the time goes\n")
    if FINDINGS.exists():
        add(FINDINGS.read_text().strip() + "\n")
    if profiles:
        add("### cProfile of the operations furthest above raw TF\n")
        add(
            "Generated with the run, per call of tnp's operation (100 calls): first tnp's own functions by "
            "cumulative time, then the TensorFlow functions (and builtins) with the most own time. The µs "
            "include the profiler's overhead, so compare them with each other, not with the tables.\n"
        )
        for name, rows_p in profiles.items():
            m = tiny.get(name, {})
            add(f"**`{name}`** ({_f(m.get('tnp'))} µs, {_f(_r(m, 'tnp', 'raw_tf'), '.0f')}x raw TF)\n")
            add("| function | calls | own µs | cumulative µs |\n|---|--:|--:|--:|")
            for where, nc, tt, ct in rows_p:
                add(f"| `{where}` | {nc:.0f} | {tt:.1f} | {ct:.1f} |")
            add("")

    # ---- how to run
    add("## Running the suite\n")
    add("```")
    add(
        "nox -s bench                                       # quick run (TNP_BENCH_QUICK=1), writes this page"
    )
    add("TNP_BENCH_QUICK=0 nox -s bench                     # the full run")
    add("python benchmarks/bench_suite.py --only tiny,graph  # some sections (--filter SUBSTR: some cases)")
    add("```\n")
    add(
        "The script prints each table, writes `benchmarks/results/bench_suite-<timestamp>.json` and regenerates "
        "this page and `img/overhead.png`; the analysis above comes from `benchmarks/where_time_goes.md`. "
        "The per-package scripts (`bench_core.py`, `bench_math.py`, `bench_linalg.py`, `bench_random.py`) are "
        "described in `benchmarks/README.md`."
    )
    PAGE.write_text("\n".join(L) + "\n")
    print(f"wrote {PAGE} and {IMG}")
    return PAGE


# regenerate the page from a saved run: python benchmarks/_report.py benchmarks/results/<run>.json
if __name__ == "__main__":
    import sys

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    write(Path(sys.argv[1]))
