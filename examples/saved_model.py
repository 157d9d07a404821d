"""A tf.Module whose functions are NumPy code (tnp, tnp.linalg, tnp.random), saved as a TensorFlow SavedModel.

The saved graphs hold only TensorFlow ops, so the model serves from any TensorFlow runtime (TF Serving, a
Python process without tnp: see `serve_saved_model.py`). The functions take and return tf.Tensors at the
boundary (`input_signature` of TensorSpecs, `tf.convert_to_tensor` on the way out): a signature with tnp arrays
would need tnp installed to load. The random generator's state is a tf.Variable saved with the model, so the
served model continues the stream where the saved one stopped.

Run: `python examples/saved_model.py [EXPORT_DIR]` saves, then serves from a fresh process and prints both.
"""

# mypy: disallow-subclassing-any=False, disallow-untyped-decorators=False
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from typing import Any

import numpy
import tensorflow as tf
import tnp as np

HERE = os.path.dirname(os.path.abspath(__file__))


class Whitener(tf.Module):
    """Projects rows onto a fixed basis: solve(C, x.T).T with C = A A^T + I, plus a seeded random draw."""

    def __init__(self, d: int = 3, seed: int = 0) -> None:
        super().__init__()
        a = numpy.random.default_rng(seed).normal(size=(d, d))
        self.a = tf.Variable(a)  # float64, like NumPy's default
        self.rng = np.random.default_rng(seed)
        self.rng_state = self.rng.bit_generator.generator  # tracked, so the stream's state is saved too

    @tf.function(input_signature=[tf.TensorSpec([None, None], tf.float64)])
    def transform(self, x: tf.Tensor) -> dict[str, tf.Tensor]:
        """solve(C, x.T).T, its row norms and log|det C|."""
        a = np.asarray(self.a)
        c = a @ a.T + np.eye(a.shape[0])
        y = np.linalg.solve(c, np.asarray(x).T).T
        sign, logdet = np.linalg.slogdet(c)
        out = {"y": y, "norms": np.linalg.norm(y, axis=1), "logdet": sign * logdet}
        return {k: tf.convert_to_tensor(v) for k, v in out.items()}

    @tf.function(input_signature=[])
    def sample(self) -> dict[str, tf.Tensor]:
        """Two rows of standard normals and their projection; the generator advances on every call."""
        z = self.rng.standard_normal((2, int(self.a.shape[0])))
        return {"z": tf.convert_to_tensor(z), "y": self.transform(tf.convert_to_tensor(z))["y"]}


def save(module: Whitener, export_dir: str) -> None:
    """Save with a serving signature for `transform` (for TF Serving) and both functions as attributes."""
    tf.saved_model.save(module, export_dir, signatures={"serving_default": module.transform})


def serve(export_dir: str, x: list[list[float]]) -> dict[str, Any]:
    """Load and call the model in a fresh Python process (no tnp imported there); its printed JSON."""
    script = os.path.join(HERE, "serve_saved_model.py")
    proc = subprocess.run(
        [sys.executable, script, export_dir, json.dumps(x)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"serving process failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.splitlines()[-1])
    return result


def as_lists(d: dict[str, tf.Tensor]) -> dict[str, Any]:
    return {k: v.numpy().tolist() for k, v in d.items()}


def main(d: int = 3, rows: int = 4, seed: int = 0, export_dir: str | None = None) -> dict[str, Any]:
    """{"inputs", "a", "saved": results in this process, "served": results of the reloaded model}.

    Before saving, `sample()` is called once; "saved" holds the next call's result, which the reloaded model
    must reproduce from the saved generator state.
    """
    m = Whitener(d, seed)
    x = numpy.random.default_rng(seed + 1).normal(size=(rows, d)).tolist()
    m.sample()  # advance the stream once before saving
    with tempfile.TemporaryDirectory() as tmp:
        path = export_dir or os.path.join(tmp, "whitener")
        save(m, path)
        served = serve(path, x)
    saved = {"transform": as_lists(m.transform(tf.constant(x, tf.float64))), "sample": as_lists(m.sample())}
    return {"inputs": x, "a": m.a.numpy().tolist(), "saved": saved, "served": served}


if __name__ == "__main__":
    print(json.dumps(main(export_dir=sys.argv[1] if len(sys.argv) > 1 else None)))
