"""Linear and logistic regression with tnp: NumPy code, gradients from tf.GradientTape, tf.Variable parameters.

The model and the losses are written as NumPy code (`import tnp as np`); TensorFlow supplies the gradients and,
with `compiled=True`, runs each training step as one graph (`tf.function`). Run: `python examples/linear_regression.py`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy
import tensorflow as tf
import tnp as np

Loss = Callable[[Any, Any, Any, Any], Any]


def make_data(n: int = 256, d: int = 3, seed: int = 0) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Host data from NumPy's seeded generator: features x (n, d), a real target and 0/1 labels (float32)."""
    rng = numpy.random.default_rng(seed)
    x = rng.normal(size=(n, d)).astype(numpy.float32)
    w_true = numpy.linspace(-1.0, 1.0, d).astype(numpy.float32)
    z = x @ w_true + 0.5 + 0.1 * rng.normal(size=n).astype(numpy.float32)
    return x, z.astype(numpy.float32), (z > 0).astype(numpy.float32)


def linear_loss(w: Any, b: Any, x: Any, y: Any) -> Any:
    """Mean squared error of the linear model x @ w + b."""
    x, y = np.asarray(x), np.asarray(y)  # tf.Tensor inputs (e.g. from tf.data) get NumPy's `@`, not TF's
    r = x @ w + b - y
    return np.mean(r**2)


def logistic_loss(w: Any, b: Any, x: Any, y: Any) -> Any:
    """Mean binary cross-entropy of sigmoid(x @ w + b), computed stably from the logits."""
    x, y = np.asarray(x), np.asarray(y)
    z = x @ w + b
    return np.mean(np.logaddexp(0.0, z) - y * z)


def make_step(
    loss: Loss, w: tf.Variable, b: tf.Variable, lr: float, compiled: bool
) -> Callable[[Any, Any], Any]:
    """One gradient-descent step on (x, y); returns the loss before the update."""

    def step(x: Any, y: Any) -> Any:
        with tf.GradientTape() as tape:
            value = loss(w, b, x, y)
        gw, gb = tape.gradient(value, [w, b])
        w.assign_sub(lr * gw)
        b.assign_sub(lr * gb)
        return value

    return tf.function(step) if compiled else step


def train(loss: Loss, x: Any, y: Any, steps: int, lr: float, compiled: bool) -> dict[str, Any]:
    """Full-batch gradient descent from zeros; the losses of every step and the final parameters."""
    x, y = np.asarray(x), np.asarray(y)
    w = tf.Variable(np.zeros(x.shape[1], dtype=x.dtype))
    b = tf.Variable(np.zeros((), dtype=x.dtype))
    step = make_step(loss, w, b, lr, compiled)
    losses = [float(step(x, y)) for _ in range(steps)]
    return {"losses": losses, "w": w.numpy().tolist(), "b": float(b.numpy())}


def main(n: int = 256, d: int = 3, steps: int = 100, lr: float = 0.1, seed: int = 0) -> dict[str, Any]:
    """Both models trained eagerly and as a tf.function: {model: {"eager"|"function": train(...)}}."""
    x, target, labels = make_data(n, d, seed)
    out: dict[str, Any] = {}
    for name, loss, y in (("linear", linear_loss, target), ("logistic", logistic_loss, labels)):
        out[name] = {mode: train(loss, x, y, steps, lr, mode == "function") for mode in ("eager", "function")}
    return out


if __name__ == "__main__":
    print(json.dumps(main()))
