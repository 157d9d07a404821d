"""`python -m tnp`: the examples of TensorFlow's tf.experimental.numpy guide (r2.4), run with tnp and printed
next to NumPy's result for the same code. An example that needs a name tnp does not have yet is skipped with a
note; the exit status is 1 if any result differs from NumPy's (dtype, shape or values) or an example fails.
"""

from __future__ import annotations

import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # before TensorFlow is imported: no C++ start-up chatter

import sys
import traceback
from collections.abc import Callable
from typing import Any

import numpy as np
import tensorflow as tf

import tnp

Result = tuple[Any, Any, str]  # (tnp's value, NumPy's value, a remark)


def broadcast_add() -> Result:
    return tnp.ones([2, 1]) + tnp.ones([1, 2]), np.ones([2, 1]) + np.ones([1, 2]), ""


def mixed_promotion() -> Result:
    got = tnp.ones([1, 2], dtype=tnp.int16) + tnp.ones([2, 1], dtype=tnp.uint8)
    return got, np.ones([1, 2], dtype=np.int16) + np.ones([2, 1], dtype=np.uint8), "NumPy's promotion table"


def numpy_sum_of_mix() -> Result:
    got = np.sum(tnp.ones([1, 2]) + np.ones([2, 1]))
    return got, np.sum(np.ones([1, 2]) + np.ones([2, 1])), f"np.sum gave a {kind(got)}"


def tf_op_on_tnp() -> Result:
    got = tf.reduce_sum(tnp.ones([2, 2]))
    return got, np.sum(np.ones([2, 2])), "no copy: TF reads the wrapped tensor"


def tnp_op_on_tf() -> Result:
    return tnp.add(tf.ones([2]), 1), np.add(np.ones([2], np.float32), 1), "a tf.Tensor is an array-like"


def tnp_sum_of_tnp_plus_tf() -> Result:
    mixed = tnp.ones([1, 2]) + tf.ones([2, 1])
    want = np.sum(np.ones([1, 2]) + np.ones([2, 1], np.float32))
    return tnp.sum(mixed), want, f"tnp.ones + tf.ones gave a {kind(mixed)}"


def device_scope() -> Result:
    name = "GPU:0" if tf.config.list_logical_devices("GPU") else "CPU:0"
    with tf.device(name):
        x = tnp.ones([1, 2])
    placed = tf.convert_to_tensor(x).device
    if not placed.endswith(f"device:{name}"):
        raise AssertionError(f"asked for {name}, got {placed}")
    return x, np.ones([1, 2]), f"placed on {placed}"


def in_tf_function() -> Result:
    @tf.function  # type: ignore[untyped-decorator]  # TensorFlow ships no type information
    def f(x: Any, y: Any) -> Any:
        return tnp.sum(x + y)

    got = f(tnp.ones([1, 2]), tf.ones([2, 1]))
    f(tnp.ones([1, 2]) * 3, tf.ones([2, 1]))  # new values, same types: no new trace
    want = np.sum(np.ones([1, 2]) + np.ones([2, 1], np.float32))
    return got, want, f"traced {f.experimental_get_tracing_count()} time(s) for 2 calls"


def with_variable() -> Result:
    square: Any = getattr(tnp, "square", None)  # tnp-math's; EXAMPLES' `needs` skips this until it is there
    tf_var = tf.Variable(2.0)
    tf_var.assign_add(square(tf_var))
    v = np.float32(2.0)
    return tf_var, v + np.square(v), "tf.Variable.assign_add of a tnp result"


# (title, the code as the guide writes it, the tnp names it needs, the example)
EXAMPLES: list[tuple[str, str, tuple[str, ...], Callable[[], Result]]] = [
    ("broadcast add", "tnp.ones([2,1]) + tnp.ones([1, 2])", ("ones",), broadcast_add),
    (
        "int16 + uint8 promotion",
        "tnp.ones([1, 2], dtype=tnp.int16) + tnp.ones([2, 1], dtype=tnp.uint8)",
        ("ones", "int16", "uint8"),
        mixed_promotion,
    ),
    ("np.sum over tnp + NumPy", "np.sum(tnp.ones([1, 2]) + np.ones([2, 1]))", ("ones",), numpy_sum_of_mix),
    ("tf op on a tnp array", "tf.reduce_sum(tnp.ones([2, 2]))", ("ones",), tf_op_on_tnp),
    ("tnp op on a tf.Tensor", "tnp.add(tf.ones([2]), 1)", ("add",), tnp_op_on_tf),
    (
        "tnp.sum over tnp + tf",
        "tnp.sum(tnp.ones([1, 2]) + tf.ones([2, 1]))",
        ("ones", "sum"),
        tnp_sum_of_tnp_plus_tf,
    ),
    ("tf.device", 'with tf.device("GPU:0" or "CPU:0"): x = tnp.ones([1, 2])', ("ones",), device_scope),
    (
        "tf.function",
        "@tf.function f(x, y) = tnp.sum(x + y); f(tnp.ones([1, 2]), tf.ones([2, 1]))",
        ("sum",),
        in_tf_function,
    ),
    ("tf.Variable", "tf_var.assign_add(tnp.square(tf_var))", ("square",), with_variable),
]


def kind(x: Any) -> str:
    return "tnp.ndarray" if isinstance(x, tnp.ndarray) else f"{type(x).__module__}.{type(x).__qualname__}"


def show(x: np.ndarray[Any, Any]) -> str:
    return f"{np.array2string(x, separator=', ')} {x.dtype}".replace("\n", "")


def run(title: str, code: str, needs: tuple[str, ...], example: Callable[[], Result]) -> bool:
    """Print one example; False if tnp's result differs from NumPy's or the example fails."""
    print(f"{title}: {code}")
    missing = [n for n in needs if not hasattr(tnp, n)]
    if missing:
        print(f"  skipped: tnp has no {', '.join(missing)} yet")
        return True
    try:
        got, want, remark = example()
        got_np, want_np = np.asarray(got), np.asarray(want)
    except Exception:  # noqa: BLE001  (report the failure, go on with the next example)
        print("  FAILED:\n" + traceback.format_exc())
        return False
    same = got_np.dtype == want_np.dtype and got_np.shape == want_np.shape and np.array_equal(got_np, want_np)
    print(f"  tnp:   {show(got_np)}  ({kind(got)}{'; ' + remark if remark else ''})")
    print(f"  numpy: {show(want_np)}  {'same' if same else 'DIFFERENT'}")
    return bool(same)


def main() -> int:
    print(f"tnp {tnp.__version__} on TensorFlow {tf.__version__}, NumPy {np.__version__}\n")
    ok = [run(*ex) for ex in EXAMPLES]
    print(f"\n{sum(ok)} of {len(ok)} examples as NumPy (skipped ones included); failures: {ok.count(False)}")
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
