"""A Keras 3 layer whose `call` is NumPy code (tnp), trained with `model.fit` on the TensorFlow backend.

Keras hands the layer tf.Tensors and its weights are Keras variables; tnp takes both, and `model.fit` gets the
gradients through TensorFlow. Run: `KERAS_BACKEND=tensorflow python examples/keras_layer.py` (TensorFlow is
Keras's default backend).
"""

# mypy: disallow-subclassing-any=False
from __future__ import annotations

import json
import os
from typing import Any

os.environ.setdefault("KERAS_BACKEND", "tensorflow")

import keras  # type: ignore[import-untyped]
import numpy
import tnp as np


class TanhDense(keras.layers.Layer):
    """y = tanh(x @ w + b), or x @ w + b with `activation=False`, with weights set from `init` (w, b)."""

    def __init__(
        self, init: tuple[numpy.ndarray, numpy.ndarray], activation: bool = True, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        w0, b0 = init
        self.w = self.add_weight(shape=w0.shape, initializer=keras.initializers.Constant(w0), name="w")
        self.b = self.add_weight(shape=b0.shape, initializer=keras.initializers.Constant(b0), name="b")
        self.activation = activation

    def call(self, x: Any) -> Any:
        z = np.asarray(x) @ self.w + self.b  # Keras variables are array-like to tnp, as tf.Variables are
        return np.tanh(z) if self.activation else z


def make_data(n: int = 64, d: int = 2, seed: int = 0) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Inputs in [-1, 1]^d and the target sin(pi x_0) * x_1 (float32)."""
    rng = numpy.random.default_rng(seed)
    x = rng.uniform(-1, 1, size=(n, d)).astype(numpy.float32)
    return x, (numpy.sin(numpy.pi * x[:, :1]) * x[:, 1:2]).astype(numpy.float32)


def initial_weights(d: int, hidden: int, seed: int) -> list[numpy.ndarray]:
    """[w1, b1, w2, b2] from NumPy's seeded generator, so a NumPy run can start from the same point."""
    rng = numpy.random.default_rng(seed + 1)
    w1 = rng.normal(scale=1.0, size=(d, hidden)).astype(numpy.float32)
    w2 = rng.normal(scale=0.5, size=(hidden, 1)).astype(numpy.float32)
    return [w1, numpy.zeros(hidden, numpy.float32), w2, numpy.zeros(1, numpy.float32)]


def build(d: int, hidden: int, seed: int, lr: float) -> keras.Model:
    w1, b1, w2, b2 = initial_weights(d, hidden, seed)
    model = keras.Sequential(
        [
            keras.Input((d,)),
            TanhDense((w1, b1), name="hidden"),
            TanhDense((w2, b2), activation=False, name="out"),
        ]
    )
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=lr), loss="mse")
    return model


def main(
    n: int = 64, d: int = 2, hidden: int = 8, epochs: int = 30, lr: float = 0.2, seed: int = 0
) -> dict[str, Any]:
    """Full-batch SGD with model.fit: {"loss": per-epoch losses, "weights": final [w1, b1, w2, b2], "predict"}."""
    x, y = make_data(n, d, seed)
    model = build(d, hidden, seed, lr)
    history = model.fit(x, y, batch_size=n, epochs=epochs, shuffle=False, verbose=0)
    return {
        "loss": [float(v) for v in history.history["loss"]],
        "weights": [w.tolist() for w in model.get_weights()],
        "predict": model.predict(x[:4], verbose=0).tolist(),
    }


if __name__ == "__main__":
    print(json.dumps(main()))
