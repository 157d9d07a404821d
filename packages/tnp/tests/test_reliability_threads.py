"""Thread safety: 8 threads running mixed tnp workloads at once get the results of a single-threaded run.

Each thread does arithmetic, reductions, indexing and setitem on its own arrays, linear algebra, a shared
tf.function, draws from its own `tnp.random.default_rng(seed)`, and legacy global draws (`tnp.random.seed` + draw,
under a lock, as NumPy's global state also needs). Half the threads run part of their work inside
`with tnp.config(prefer_float32=True)`, held open (two barriers) while the other threads compute, so a leak of the
setting into another thread shows up as a float32 result where float64 is due. The non-random values are also
checked against NumPy, so a wrong-but-deterministic result fails too.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest
import tensorflow as tf
import tnp
from tnp_core.testing import assert_same

N_THREADS = 8
ROUNDS = 3
F32, F64 = np.dtype("float32"), np.dtype("float64")


def _deterministic(xp, tid):
    """The non-random part of a thread's work, written against `xp` (tnp or NumPy)."""
    a = xp.arange(36, dtype="float64").reshape(6, 6) / (tid + 1)
    b = xp.ones((6, 6)) * tid + xp.eye(6) * 7.0
    out = {
        "arith": (a * 2 - b) / 3 + a**2,
        "sum0": (a + b).sum(axis=0),
        "mean": xp.mean(a * b),
        "max": xp.max(a - b, axis=1),
        "cumsum": xp.cumsum(a[tid % 6]),
        "fancy": a[[0, 2, 5], 1:4],
        "mask": a[a > tid],
        "inv": xp.linalg.inv(b),
        "solve": xp.linalg.solve(b, a[:, 0]),
        "det": xp.linalg.det(b),
    }
    c = xp.zeros(10)
    c[tid] = tid + 0.5
    c[5:8] = a[0, :3]
    c[[1, 9]] += 2.0
    out["setitem"] = c
    return out


def _config_dtypes():
    """Dtypes that depend on tnp.config: float32 inside prefer_float32, NumPy's float64 otherwise."""
    return {
        "asarray": tnp.asarray(1.5).dtype,
        "zeros": tnp.zeros(3).dtype,
        "int_times_float": (tnp.arange(3) * 1.5).dtype,
        "linspace": tnp.linspace(0, 1, 5).dtype,
    }


@tf.function(autograph=False)
def _shared_function(x):
    return tnp.sum(tnp.asarray(x) * 2.0, axis=0)


def _random_part(tid, legacy_lock):
    rng = tnp.random.default_rng(1000 + tid)
    out = {
        "rng_random": rng.random(5),
        "rng_normal": rng.normal(size=(2, 3)),
        "rng_integers": rng.integers(0, 100, size=4),
    }
    with legacy_lock:
        tnp.random.seed(tid)
        out["legacy_rand"] = tnp.random.rand(3)
        out["legacy_randint"] = tnp.random.randint(0, 50, size=3)
    return out


def workload(tid, legacy_lock, barriers=None):
    """One thread's work; `barriers` (two) hold the prefer_float32 blocks open while the others compute."""
    results = []
    for r in range(ROUNDS):
        res = {"det": _deterministic(tnp, tid), "rand": _random_part(tid, legacy_lock)}
        res["fn"] = _shared_function(tnp.arange(12, dtype="float64").reshape(4, 3) + tid)
        if tid % 2 == 0:
            with tnp.config(prefer_float32=True):
                if barriers and r == 0:
                    barriers[0].wait()
                res["dtypes"] = _config_dtypes()
                res["f32_det"] = _deterministic(tnp, tid)["arith"]
                if barriers and r == 0:
                    barriers[1].wait()
        else:
            if barriers and r == 0:
                barriers[0].wait()
            res["dtypes"] = _config_dtypes()
            if barriers and r == 0:
                barriers[1].wait()
        results.append(res)
    return results


def _as_numpy(x):
    if isinstance(x, dict):
        return {k: _as_numpy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_as_numpy(v) for v in x]
    if isinstance(x, (tnp.ndarray, tf.Tensor)):
        return np.asarray(x)
    return x


def _assert_identical(got, want, where):
    if isinstance(want, dict):
        assert got.keys() == want.keys(), where
        for k in want:
            _assert_identical(got[k], want[k], f"{where}.{k}")
    elif isinstance(want, list):
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            _assert_identical(g, w, f"{where}[{i}]")
    elif isinstance(want, np.ndarray):
        assert got.dtype == want.dtype and got.shape == want.shape, (where, got.dtype, want.dtype)
        np.testing.assert_array_equal(got, want, err_msg=where)
    else:
        assert got == want, (where, got, want)


@pytest.fixture(scope="module")
def serial():
    lock = threading.Lock()
    return [_as_numpy(workload(tid, lock)) for tid in range(N_THREADS)]


def test_serial_results_match_numpy(serial):
    """The reference run itself is right: the deterministic part equals NumPy's, dtypes follow the config."""
    for tid, rounds in enumerate(serial):
        want = _deterministic(np, tid)
        for k, v in want.items():
            assert_same(tnp.asarray(rounds[0]["det"][k]), np.asarray(v))
        expected_float = F32 if tid % 2 == 0 else F64
        assert all(d == expected_float for d in rounds[0]["dtypes"].values()), (tid, rounds[0]["dtypes"])
        if tid % 2 == 0:
            assert rounds[0]["f32_det"].dtype == F64  # explicit float64 arrays stay float64 under the option
        np.testing.assert_allclose(rounds[0]["fn"], (np.arange(12.0).reshape(4, 3) + tid).sum(axis=0) * 2)
        for r in rounds[
            1:
        ]:  # every round of one thread is the same (fresh generators, reseeded legacy state)
            _assert_identical(r, rounds[0], f"thread {tid} round")


def test_threads_match_serial_run(serial):
    lock = threading.Lock()
    barriers = (threading.Barrier(N_THREADS, timeout=120), threading.Barrier(N_THREADS, timeout=120))
    results, errors = [None] * N_THREADS, []

    def target(tid):
        try:
            results[tid] = _as_numpy(workload(tid, lock, barriers))
        except BaseException as exc:  # noqa: BLE001 - reported below, with the thread
            errors.append((tid, exc))
            for b in barriers:
                b.abort()

    threads = [threading.Thread(target=target, args=(t,)) for t in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a thread did not finish within 300 s"
    assert not errors, errors
    for tid in range(N_THREADS):
        _assert_identical(results[tid], serial[tid], f"thread {tid}")


def test_config_is_per_thread_and_new_threads_start_with_defaults():
    seen = {}
    with tnp.config(prefer_float32=True):
        t = threading.Thread(target=lambda: seen.update(_config_dtypes()))
        t.start()
        t.join()
        inside = _config_dtypes()
    assert all(d == F64 for d in seen.values()), seen
    assert all(d == F32 for d in inside.values()), inside
