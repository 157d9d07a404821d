"""The training step of `mirrored.py` under tf.distribute.MultiWorkerMirroredStrategy, one process per worker.

`main()` is the launcher: it picks free ports on 127.0.0.1, starts one Python process per worker with its own
TF_CONFIG, waits for them with a deadline and collects the result each one prints. Every worker reads its own
shard of each global batch, runs the tnp loss and gradients, and averages the gradients with a cross-worker
all-reduce, so all workers end with the same parameters and the losses of a single-device run.

Failures are bounded in time: each step's all-reduce runs with `CommunicationOptions(timeout_seconds=...)`, so a
worker whose peer died ends with an error instead of waiting forever; the launcher kills whatever is still running at
its own deadline, and never leaves a process behind. Run: `python examples/multi_worker.py`.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from typing import IO, Any

RESULT = "RESULT "  # the line a worker prints its result on


def free_ports(n: int) -> list[int]:
    """`n` distinct ports that were free on 127.0.0.1 a moment ago (all held open together while choosing)."""
    socks = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def tf_config(ports: list[int], index: int) -> str:
    """The TF_CONFIG of worker `index` in a cluster of workers on 127.0.0.1 at `ports`."""
    cluster = {"worker": [f"127.0.0.1:{p}" for p in ports]}
    return json.dumps({"cluster": cluster, "task": {"type": "worker", "index": index}})


def worker(
    index: int,
    n: int,
    d: int,
    steps: int,
    lr: float,
    global_batch: int,
    seed: int,
    timeout: float,
    die_after: int | None,
) -> dict[str, Any]:
    """Worker `index`'s work (its TF_CONFIG set by the launcher); `die_after=i` crashes it after step i."""
    import tensorflow as tf  # imported here: the launcher itself never starts TensorFlow
    import tnp as np
    from linear_regression import make_data
    from mirrored import train_mirrored

    # No timeout while the workers start (a slow peer is normal there; the launcher's deadline bounds it),
    # `timeout` seconds for each step's all-reduce: a peer that dies mid-run makes it fail instead of hang.
    strategy = tf.distribute.MultiWorkerMirroredStrategy()
    options = tf.distribute.experimental.CommunicationOptions(timeout_seconds=timeout)
    if strategy.cluster_resolver.task_id != index:
        raise RuntimeError(f"TF_CONFIG names task {strategy.cluster_resolver.task_id}, expected {index}")

    def crash(i: int) -> None:
        if die_after is not None and i >= die_after:
            os._exit(3)  # like a lost machine: no clean-up, no goodbye to the peers

    x, y, _ = make_data(n, d, seed)
    result = train_mirrored(strategy, x, y, steps, lr, global_batch, after_step=crash, options=options)
    # One more all-reduce of tnp values: every worker contributes the sum of its task's share of the rows.
    mine = np.asarray(x)[index :: strategy.num_replicas_in_sync]
    total = strategy.reduce("sum", strategy.run(lambda: np.sum(mine, axis=0)), axis=None)
    return {
        "index": index,
        "workers": strategy.num_replicas_in_sync,
        "column_sums": total.numpy().tolist(),
        **result,
    }


def stack_file(files: contextlib.ExitStack) -> IO[bytes]:
    """A temporary file closed (and removed) with `files`."""
    f: IO[bytes] = files.enter_context(tempfile.TemporaryFile())
    return f


def launch(
    workers: int = 2, deadline: float = 180.0, die: dict[int, int] | None = None, **kwargs: Any
) -> list[dict[str, Any]]:
    """Run `workers` worker processes; one status dict per worker, in index order.

    Each status has "index", "pid", "returncode" (None if the launcher killed it at `deadline` seconds),
    "seconds" (from start until it ended), "result" (its returned dict or None) and "stderr" (its last lines).
    `die` maps a worker index to the step after which that worker crashes. No worker outlives this call.
    """
    ports = free_ports(workers)
    here = os.path.dirname(os.path.abspath(__file__))
    procs: list[subprocess.Popen[bytes]] = []
    ended: dict[int, float] = {}
    start = time.monotonic()
    with contextlib.ExitStack() as files:
        # Output goes to files, not pipes: a worker can never block on a full pipe nobody reads.
        logs = [(stack_file(files), stack_file(files)) for _ in range(workers)]  # (stdout, stderr)
        try:
            for i, (out, err) in enumerate(logs):
                args = {**kwargs, "die_after": (die or {}).get(i), "index": i}
                env = {**os.environ, "TF_CONFIG": tf_config(ports, i), "TF_CPP_MIN_LOG_LEVEL": "2"}
                env["PYTHONPATH"] = os.pathsep.join(part for part in (here, env.get("PYTHONPATH")) if part)
                cmd = [sys.executable, os.path.abspath(__file__), "--worker", json.dumps(args)]
                procs.append(subprocess.Popen(cmd, env=env, stdout=out, stderr=err, start_new_session=True))
            while len(ended) < workers and time.monotonic() - start < deadline:
                for i, p in enumerate(procs):
                    if i not in ended and p.poll() is not None:
                        ended[i] = time.monotonic() - start
                time.sleep(0.05)
        finally:
            for p in procs:  # whatever still runs (also on an exception): kill its whole process group
                if p.poll() is None:
                    os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        statuses = []
        for i, (p, (out, err)) in enumerate(zip(procs, logs)):
            out.seek(0)
            err.seek(0)
            lines = out.read().decode(errors="replace").splitlines()
            results = [json.loads(x[len(RESULT) :]) for x in lines if x.startswith(RESULT)]
            stderr = err.read().decode(errors="replace").splitlines()
            statuses.append(
                {
                    "index": i,
                    "pid": p.pid,
                    "returncode": p.returncode if i in ended else None,
                    "seconds": ended.get(i, time.monotonic() - start),
                    "result": results[-1] if results else None,
                    "stderr": "\n".join(stderr[-15:]),
                }
            )
    return statuses


def main(
    workers: int = 2,
    n: int = 256,
    d: int = 3,
    steps: int = 20,
    lr: float = 0.1,
    global_batch: int = 64,
    seed: int = 0,
    timeout: float = 30.0,
    deadline: float = 180.0,
) -> list[dict[str, Any]]:
    """Train on `workers` local processes; every worker's result. Raises RuntimeError naming each failure."""
    kw: dict[str, Any] = {
        "n": n,
        "d": d,
        "steps": steps,
        "lr": lr,
        "global_batch": global_batch,
        "seed": seed,
        "timeout": timeout,
    }
    statuses = launch(workers, deadline, **kw)
    failed = [s for s in statuses if s["returncode"] != 0 or s["result"] is None]
    if failed:
        why = [
            f"worker {s['index']}: "
            + (
                "killed at the launcher's deadline"
                if s["returncode"] is None
                else f"exit code {s['returncode']}"
            )
            + f"\n{s['stderr']}"
            for s in failed
        ]
        raise RuntimeError("multi-worker run failed:\n" + "\n".join(why))
    return [s["result"] for s in statuses]


def summary(e: BaseException, timeout: float) -> str:
    """One line for a worker's failure: TensorFlow's own message without its traceback of graph nodes."""
    skip = ("[[", "File ", "Detected at", "Graph execution error")
    lines = [x.strip() for x in str(e).splitlines() if x.strip() and not x.strip().startswith(skip)]
    text = f"{type(e).__name__}: {lines[-1] if lines else ''}"
    if type(e).__name__ == "DeadlineExceededError":
        text += f" (no answer from a peer within timeout_seconds={timeout:g}: is a worker down?)"
    return text


def _worker_main(args: dict[str, Any]) -> int:
    try:
        result = worker(**args)
    except Exception as e:  # noqa: BLE001 - report any failure in one clear line, then exit non-zero
        traceback.print_exc()
        print(f"worker {args.get('index', '?')} failed: {summary(e, args['timeout'])}", file=sys.stderr)
        return 1
    print(RESULT + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        sys.exit(_worker_main(json.loads(sys.argv[2])))
    print(json.dumps(main()))
