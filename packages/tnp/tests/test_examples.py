"""The programs in examples/ run and agree with the same computation written in NumPy.

Examples that need their own TensorFlow configuration (logical devices) or processes (workers, a fresh process
without tnp) run in subprocesses; the others are imported and their `main()` called with small sizes.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
ENV = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"}


def load(name):
    """Import examples/NAME.py as a module (examples/ on sys.path, as when run as a script)."""
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_script(name, *args, timeout=180):
    """`python examples/NAME.py ARGS` in a fresh process; the JSON it prints on its last line."""
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=ENV,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout.splitlines()[-1])


# --- NumPy references -------------------------------------------------------------------------------------


def regression_data(n, d, seed):
    """examples/linear_regression.py's make_data, written again here."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)).astype(np.float32)
    w_true = np.linspace(-1.0, 1.0, d).astype(np.float32)
    z = X @ w_true + 0.5 + 0.1 * rng.normal(size=n).astype(np.float32)
    return X, z.astype(np.float32), (z > 0).astype(np.float32)


def loss_and_grads(kind, w, b, X, y):
    z = X @ w + b
    if kind == "linear":
        r = z - y
        return np.mean(r**2), 2 * X.T @ r / len(y), 2 * np.mean(r)
    p = 1 / (1 + np.exp(-z))
    return np.mean(np.logaddexp(0, z) - y * z), X.T @ (p - y) / len(y), np.mean(p - y)


def gradient_descent(kind, X, y, steps, lr, batch=None):
    """Gradient descent in float64 from zeros over batches taken in order (all rows if batch is None)."""
    X, y = X.astype(np.float64), y.astype(np.float64)
    batch = batch or len(y)
    w, b, losses = np.zeros(X.shape[1]), 0.0, []
    for k in range(steps):
        rows = slice((k * batch) % len(y), (k * batch) % len(y) + batch)
        loss, gw, gb = loss_and_grads(kind, w, b, X[rows], y[rows])
        losses.append(loss)
        w, b = w - lr * gw, b - lr * gb
    return {"losses": losses, "w": w, "b": b}


def assert_trained_like(got, ref, rtol=2e-4, atol=2e-5):
    np.testing.assert_allclose(got["losses"], ref["losses"], rtol=rtol, atol=atol)
    np.testing.assert_allclose(got["w"], ref["w"], rtol=rtol, atol=atol)
    np.testing.assert_allclose(got["b"], ref["b"], rtol=rtol, atol=atol)


# --- the examples -----------------------------------------------------------------------------------------

PROGRAMS = ["linear_regression", "mirrored", "multi_worker", "saved_model", "data_pipeline", "keras_layer"]


@pytest.mark.parametrize("name", PROGRAMS)
def test_example_is_numpy_code_with_a_main(name):
    """Each example imports tnp as np (as a NumPy user would) and defines main(), which a test can call."""
    tree = ast.parse((EXAMPLES / f"{name}.py").read_text())
    imports = [
        (a.name, a.asname) for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names
    ]
    assert ("tnp", "np") in imports
    assert "main" in {f.name for f in tree.body if isinstance(f, ast.FunctionDef)}
    assert 'if __name__ == "__main__":' in (EXAMPLES / f"{name}.py").read_text()


def test_linear_and_logistic_regression_eager_and_function():
    n, d, steps, lr, seed = 128, 3, 60, 0.1, 1
    result = load("linear_regression").main(n=n, d=d, steps=steps, lr=lr, seed=seed)
    X, target, labels = regression_data(n, d, seed)
    for kind, y in (("linear", target), ("logistic", labels)):
        ref = gradient_descent(kind, X, y, steps, lr)
        assert ref["losses"][-1] < 0.7 * ref["losses"][0]  # the reference itself learns something
        for mode in ("eager", "function"):
            assert_trained_like(result[kind][mode], ref)


def test_mirrored_two_cpus_matches_single_device():
    result = run_script("mirrored")  # its defaults: n=256, d=3, steps=20, lr=0.1, global batch 64, seed 0
    assert result["replicas"] == 2 and len(result["devices"]) == 2
    X, y, _ = regression_data(256, 3, 0)
    ref = gradient_descent("linear", X, y, 20, 0.1, batch=64)
    assert_trained_like(result["mirrored"], ref)
    assert_trained_like(result["single"], ref)
    assert_trained_like(result["mirrored"], result["single"], rtol=1e-5, atol=1e-6)


def test_saved_model_serves_the_same_without_tnp():
    result = load("saved_model").main(d=3, rows=5, seed=2)
    saved, served = result["saved"], result["served"]
    assert served["tnp_imported"] == []
    x, a = np.array(result["inputs"]), np.array(result["a"])
    c = a @ a.T + np.eye(3)
    y = np.linalg.solve(c, x.T).T
    ref = {"y": y, "norms": np.linalg.norm(y, axis=1), "logdet": np.prod(np.linalg.slogdet(c))}
    for got in (saved["transform"], served["transform"], served["serving_default"]):
        assert got.keys() == ref.keys()
        for k in ref:
            np.testing.assert_allclose(got[k], ref[k], rtol=1e-12, atol=1e-12)
    # the reloaded generator continues from the saved state: the same next draw as the original module
    np.testing.assert_array_equal(served["sample"]["z"], saved["sample"]["z"])
    z = np.array(saved["sample"]["z"])
    assert z.shape == (2, 3) and len(np.unique(z)) == 6
    np.testing.assert_allclose(served["sample"]["y"], np.linalg.solve(c, z.T).T, rtol=1e-12, atol=1e-12)


def test_data_pipeline_matches_numpy():
    n, d, batch, seed = 48, 3, 4, 3
    result = load("data_pipeline").main(n=n, d=d, batch=batch, seed=seed)
    rows = np.array([[np.nan if v is None else v for v in r] for r in result["rows"]], dtype=np.float32)
    assert rows.shape == (n, d) and np.isnan(rows).any()
    x = np.where(np.isnan(rows), 0.0, rows)
    x = np.sign(x) * np.log1p(np.abs(x))
    x = x[np.max(np.abs(x), axis=1) < 3.0]
    assert 0 < len(x) < n  # the filter dropped some rows and kept some
    expected = []
    for i in range(len(x) // batch):
        b = x[i * batch : (i + 1) * batch]
        z = (b - b.mean(axis=0)) / (b.std(axis=0) + 1e-6)
        expected.append(np.concatenate([z, np.sum(z**2, axis=1, keepdims=True)], axis=1))
    assert len(result["batches"]) == len(expected)
    np.testing.assert_allclose(np.array(result["batches"]), np.array(expected), rtol=1e-4, atol=1e-4)


def test_keras_layer_fit_matches_numpy_backprop():
    pytest.importorskip("keras", minversion="3")
    n, d, hidden, epochs, lr, seed = 32, 2, 6, 15, 0.2, 4
    ex = load("keras_layer")
    result = ex.main(n=n, d=d, hidden=hidden, epochs=epochs, lr=lr, seed=seed)
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, size=(n, d)).astype(np.float32).astype(np.float64)
    y = np.sin(np.pi * x[:, :1]) * x[:, 1:2]
    w1, b1, w2, b2 = (w.astype(np.float64) for w in ex.initial_weights(d, hidden, seed))
    losses = []
    for _ in range(epochs):  # full-batch SGD on mean squared error, backpropagated by hand
        h = np.tanh(x @ w1 + b1)
        out = h @ w2 + b2
        losses.append(np.mean((out - y) ** 2))
        g_out = 2 * (out - y) / n
        g_z = (g_out @ w2.T) * (1 - h**2)
        w1, b1, w2, b2 = (
            w1 - lr * x.T @ g_z,
            b1 - lr * g_z.sum(0),
            w2 - lr * h.T @ g_out,
            b2 - lr * g_out.sum(0),
        )
    assert losses[-1] < 0.9 * losses[0]
    np.testing.assert_allclose(result["loss"], losses, rtol=1e-4, atol=1e-6)
    for got, ref in zip(result["weights"], (w1, b1, w2, b2)):
        np.testing.assert_allclose(got, ref, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(result["predict"], np.tanh(x[:4] @ w1 + b1) @ w2 + b2, rtol=1e-4, atol=1e-5)


# --- multi-worker: the launcher, its results, a dead worker, the launcher's deadline ---------------------------


def assert_all_gone(statuses):
    for s in statuses:
        with pytest.raises(ProcessLookupError):
            os.killpg(s["pid"], 0)  # the worker's whole process group is gone


def test_multi_worker_trains_like_one_device():
    mw = load("multi_worker")
    results = mw.main(workers=2, n=128, steps=8, global_batch=32, seed=5)
    X, y, _ = regression_data(128, 3, 5)
    ref = gradient_descent("linear", X, y, 8, 0.1, batch=32)
    assert [r["index"] for r in results] == [0, 1]
    for r in results:
        assert r["workers"] == 2
        assert_trained_like(r, ref)
        np.testing.assert_allclose(r["column_sums"], X.astype(np.float64).sum(axis=0), rtol=1e-5, atol=1e-4)


def test_multi_worker_peer_death_ends_the_other_with_a_clear_error():
    mw = load("multi_worker")
    timeout = 10.0
    kw = {"n": 128, "d": 3, "steps": 50, "lr": 0.1, "global_batch": 32, "seed": 0, "timeout": timeout}
    statuses = mw.launch(2, deadline=150.0, die={1: 1}, **kw)
    dead, survivor = statuses[1], statuses[0]
    assert dead["returncode"] == 3, dead["stderr"]
    assert survivor["returncode"] == 1, survivor["stderr"]  # ended by itself, not killed at the deadline
    assert survivor["result"] is None
    assert "worker 0 failed: " in survivor["stderr"].splitlines()[-1], survivor["stderr"]
    assert survivor["seconds"] - dead["seconds"] < timeout + 40
    assert_all_gone(statuses)


def test_multi_worker_launcher_kills_workers_at_its_deadline():
    mw = load("multi_worker")
    start = time.monotonic()
    kw = {"n": 64, "d": 3, "steps": 2, "lr": 0.1, "global_batch": 32, "seed": 0, "timeout": 30.0}
    statuses = mw.launch(2, deadline=1.0, **kw)  # the workers are still starting TensorFlow
    assert time.monotonic() - start < 15
    assert [s["returncode"] for s in statuses] == [None, None]
    assert_all_gone(statuses)
    with pytest.raises(RuntimeError, match="worker 0: killed at the launcher's deadline"):
        mw.main(workers=2, deadline=1.0)
