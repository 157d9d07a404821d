"""Serve the SavedModel of `saved_model.py` with TensorFlow alone: tnp is not imported here.

Run: `python examples/serve_saved_model.py EXPORT_DIR '[[1, 2, 3]]'`; prints the results as JSON, with
"tnp_imported" saying whether any tnp module got imported while loading and calling.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import tensorflow as tf


def main(export_dir: str, x: list[list[float]]) -> dict[str, Any]:
    model = tf.saved_model.load(export_dir)
    xs = tf.constant(x, tf.float64)
    serving = model.signatures["serving_default"](xs)  # what TF Serving would call
    out: dict[str, Any] = {
        "transform": {k: v.numpy().tolist() for k, v in model.transform(xs).items()},
        "serving_default": {k: v.numpy().tolist() for k, v in serving.items()},
        "sample": {k: v.numpy().tolist() for k, v in model.sample().items()},
    }
    out["tnp_imported"] = sorted(m for m in sys.modules if m == "tnp" or m.startswith("tnp_"))
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], json.loads(sys.argv[2]))))
