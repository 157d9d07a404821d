"""Importing tnp changes nothing in TensorFlow: tf.Tensor, promotion mode, tf.experimental.numpy, devices.

Each check runs in a fresh interpreter: state recorded before and after `import tnp_core` and `import tnp`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

_PROBE = textwrap.dedent(
    """
    import json, os, sys
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    import tensorflow as tf
    from tensorflow.python.autograph.core import config as ag_config
    from tensorflow.python.eager import context
    from tensorflow.python.framework import ops, tensor_conversion_registry
    from tensorflow.python.ops.numpy_ops import np_dtypes

    def attrs(cls):
        return {k: repr(v) if k.startswith("__array") else id(v) for k, v in vars(cls).items()}

    def state():
        tnp_tf = tf.experimental.numpy
        return {
            "Tensor": attrs(tf.Tensor),
            "EagerTensor": attrs(ops.EagerTensor),
            "Tensor_has_numpy_methods": [hasattr(tf.Tensor, m) for m in ("T", "reshape", "ravel", "clip")],
            "promo_mode": str(ops.get_dtype_conversion_mode()),
            "auto_dtype_conversion": ops.is_auto_dtype_conversion_enabled(),
            "numpy_style_promotion": ops.is_numpy_style_type_promotion(),
            "prefer_float32": np_dtypes.is_prefer_float32(),
            "allow_float64": np_dtypes.is_allow_float64(),
            "conversion_registry_size": len(tensor_conversion_registry._tensor_conversion_func_registry),
            "autograph_rules": [str(r) for r in ag_config.CONVERSION_RULES],
        }

    def behaviour():
        out = {}
        try:
            out["int32+float"] = (tf.constant(1, tf.int32) + 1.5).dtype.name
        except Exception as e:
            out["int32+float"] = type(e).__name__
        out["tnp_tf_asarray"] = tf.experimental.numpy.asarray(1.5).dtype.name
        out["tnp_tf_add"] = tf.experimental.numpy.add(tf.constant(1, tf.int8), 2.5).dtype.name
        try:
            out["tensor.T"] = tf.constant([[1.0]]).T.shape.as_list()
        except AttributeError:
            out["tensor.T"] = "AttributeError"
        return out

    if "baseline" in sys.argv:
        print(json.dumps(behaviour()))
        raise SystemExit
    before = state()
    import tnp_core
    after_core = state()
    try:  # the whole namespace when installed; tnp-core alone (the `minimal` session) otherwise
        import tnp  # noqa: F401
    except ImportError:
        pass
    after_all = state()
    initialized = context.context()._context_handle is not None
    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 3)
    result = {"before": before, "after_core": after_core, "after_all": after_all, "initialized": initialized}
    result["n_cpus"] = len(tnp_core.devices("CPU"))
    result["behaviour_after"] = behaviour()
    print(json.dumps(result))
    """
)


def _start(*args):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    cmd = [sys.executable, "-c", _PROBE, *args]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _result(proc):
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def runs():
    """The probe after importing tnp, and a baseline interpreter that never imports it (run in parallel)."""
    probe, baseline = _start(), _start("baseline")
    return _result(probe), _result(baseline)


@pytest.fixture(scope="module")
def probe(runs):
    return runs[0]


def _tnp_rules(rules):
    return [
        r
        for r in rules
        if r.split(" for ")[-1].split(".")[0] in ("tnp", "tnp_core", "tnp_math", "tnp_linalg", "tnp_random")
    ]


def test_tf_tensor_and_promotion_mode_untouched(probe):
    before = probe["before"]
    for after in (probe["after_core"], probe["after_all"]):
        for key in before:
            if key in ("conversion_registry_size", "autograph_rules"):
                continue
            assert after[key] == before[key], key
    assert before["Tensor_has_numpy_methods"] == [False, False, False, False]
    assert before["auto_dtype_conversion"] is False


def test_only_registrations_for_tnp_types(probe):
    before, after = probe["before"], probe["after_all"]
    # the ndarray's tensor conversion function is registered for the ndarray type only
    assert after["conversion_registry_size"] - before["conversion_registry_size"] <= 1
    # autograph: do-not-convert rules for tnp's own modules, prepended; TF's rules unchanged and in order
    added = after["autograph_rules"][: len(after["autograph_rules"]) - len(before["autograph_rules"])]
    assert after["autograph_rules"][len(added) :] == before["autograph_rules"]
    assert added and _tnp_rules(added) == added
    assert all(r.startswith("DoNotConvert") for r in added)


def test_import_runs_no_tf_op(probe):
    # a TF op at import time would initialize the runtime and freeze the device configuration
    assert probe["initialized"] is False
    assert probe["n_cpus"] == 3


def test_tf_behaviour_same_as_in_an_interpreter_without_tnp(runs):
    probe, baseline = runs
    assert probe["behaviour_after"] == baseline
    assert set(baseline) == {"int32+float", "tnp_tf_asarray", "tnp_tf_add", "tensor.T"}
