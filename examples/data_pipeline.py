"""A tf.data input pipeline whose map and filter functions are NumPy code (tnp).

tf.data traces each function once into a graph and runs it on its own threads (`num_parallel_calls`), so the
NumPy code below runs without Python per element. Elements come out as tnp arrays.
Run: `python examples/data_pipeline.py`.
"""

from __future__ import annotations

import json
from typing import Any

import numpy
import tensorflow as tf
import tnp as np


def make_rows(n: int = 40, d: int = 3, seed: int = 0) -> numpy.ndarray:
    """Raw float32 rows with heavy tails and some NaNs (missing readings)."""
    rng = numpy.random.default_rng(seed)
    x = (rng.standard_t(2.0, size=(n, d)) * 3).astype(numpy.float32)
    x[rng.random(size=(n, d)) < 0.1] = numpy.nan
    return x


def clean(row: Any) -> Any:
    """Per row: missing readings -> 0, then a signed log to tame the tails."""
    x = np.asarray(row)
    x = np.where(np.isnan(x), 0.0, x)
    return np.sign(x) * np.log1p(np.abs(x))


def keep(row: Any) -> Any:
    """Drop rows whose largest reading is an outlier (|value| >= 3 after the log).

    `filter` wants a tf.bool tensor exactly (it rejects a tnp array), hence the conversion.
    """
    return tf.convert_to_tensor(np.max(np.abs(row)) < 3.0)


def standardize(batch: Any) -> Any:
    """Per batch: zero mean and unit variance per column, plus each row's squared norm as a last column."""
    x = np.asarray(batch)
    z = (x - np.mean(x, axis=0)) / (np.std(x, axis=0) + 1e-6)
    return np.concatenate([z, np.sum(z**2, axis=1, keepdims=True)], axis=1)


def pipeline(rows: Any, batch: int) -> tf.data.Dataset:
    ds = tf.data.Dataset.from_tensor_slices(rows)
    ds = ds.map(clean, num_parallel_calls=tf.data.AUTOTUNE, deterministic=True)
    ds = ds.filter(keep)
    ds = ds.batch(batch, drop_remainder=True)
    return ds.map(standardize, num_parallel_calls=tf.data.AUTOTUNE, deterministic=True).prefetch(2)


def main(n: int = 40, d: int = 3, batch: int = 4, seed: int = 0) -> dict[str, Any]:
    """{"rows": the raw input, "batches": every batch the pipeline yields}."""
    rows = make_rows(n, d, seed)
    batches = [numpy.asarray(b).tolist() for b in pipeline(rows, batch)]
    return {"rows": [[None if numpy.isnan(v) else float(v) for v in r] for r in rows], "batches": batches}


if __name__ == "__main__":
    print(json.dumps(main()))
