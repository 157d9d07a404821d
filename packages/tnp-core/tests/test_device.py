"""Devices with the two logical CPUs from conftest: scopes, `.device`, `to_device`, `device=` on creation."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
import tnp_core as tnp
from tnp_core.testing import assert_same


def _on(x, index):
    return tf.DeviceSpec.from_string(x.device).device_index == index and "CPU" in x.device


def test_devices_lists_the_logical_devices():
    names = tnp.devices()
    assert names == [d.name for d in tf.config.list_logical_devices()]
    assert tnp.devices("CPU")[:2] == ["/device:CPU:0", "/device:CPU:1"]
    assert tnp.devices("cpu") == tnp.devices("CPU")
    assert tnp.devices("GPU") == [d.name for d in tf.config.list_logical_devices("GPU")]


def test_device_scope_places_creation_and_ops():
    x = tnp.asarray([1.0, 2.0])
    with tnp.device("CPU:1") as name:
        assert name == "CPU:1"
        z = tnp.zeros(3)
        y = x + 1
    assert _on(z, 1) and _on(y, 1)
    assert _on(tnp.zeros(3), 0), "the scope is restored on exit"
    assert_same(y, np.array([2.0, 3.0]))


def test_device_scopes_nest_and_restore_after_exceptions():
    with tnp.device("CPU:1"):
        with tnp.device("CPU:0"):
            assert _on(tnp.ones(1), 0)
        assert _on(tnp.ones(1), 1)
        with pytest.raises(RuntimeError), tnp.device("CPU:0"):
            raise RuntimeError("boom")
        assert _on(tnp.ones(1), 1)
    assert _on(tnp.ones(1), 0)


def test_device_accepts_logical_device_objects_and_full_names():
    dev = tf.config.list_logical_devices("CPU")[1]
    assert _on(tnp.zeros(2, device=dev), 1)
    full = tnp.zeros(2, device="CPU:1").device
    assert full.startswith("/job:localhost") and _on(tnp.zeros(2, device=full), 1)
    with tnp.device("/cpu:1"):
        assert _on(tnp.ones(1), 1)


@pytest.mark.parametrize(
    "make",
    [
        lambda d: tnp.zeros((2, 3), device=d),
        lambda d: tnp.ones(2, dtype="int32", device=d),
        lambda d: tnp.empty(2, device=d),
        lambda d: tnp.full(2, 7, device=d),
        lambda d: tnp.asarray([1, 2], device=d),
        lambda d: tnp.asarray(tnp.zeros(2), device=d),
        lambda d: tnp.zeros_like(tnp.zeros(2), device=d),
        lambda d: tnp.ones_like(tnp.zeros(2), device=d),
        lambda d: tnp.full_like(tnp.zeros(2), 3.0, device=d),
        lambda d: tnp.empty_like(tnp.zeros(2), device=d),
    ],
)
def test_device_argument_of_creation_functions(make):
    assert _on(make("CPU:1"), 1)
    assert _on(make("CPU:0"), 0)


def test_to_device_copies_between_devices():
    a = np.arange(6.0).reshape(2, 3)
    x = tnp.asarray(a)
    y = x.to_device("CPU:1")
    assert _on(y, 1) and _on(x, 0) and y is not x
    assert_same(y, a)
    back = y.to_device(x.device)
    assert _on(back, 0)
    assert_same(back, a)
    assert tnp.asarray(y, device=y.device).device == y.device
    with pytest.raises(NotImplementedError, match="stream"):
        x.to_device("CPU:1", stream=1)


def test_arrays_on_different_devices_combine_as_documented():
    a, b = tnp.ones(2, device="CPU:0"), tnp.full(2, 2.0, device="CPU:1")
    assert_same(a + b, np.array([3.0, 3.0]))
    assert _on(b + b, 0), "without a scope an op runs on the default device, not its inputs'"
    with tnp.device("CPU:1"):
        c = a + b
    assert _on(c, 1)
    assert_same(c, np.array([3.0, 3.0]))


def test_missing_or_malformed_device_raises():
    with pytest.raises(ValueError, match="does not exist"):
        tnp.zeros(2, device="CPU:7")
    if not tf.config.list_logical_devices("GPU"):
        with pytest.raises(ValueError, match="does not exist"), tnp.device("GPU:0"):
            pass
    with pytest.raises(ValueError):
        tnp.asarray([1.0]).to_device("not a device ::")
    with pytest.raises(TypeError):
        tnp.zeros(2, device=3.5)


def test_device_inside_tf_function():
    seen = []

    @tf.function
    def f(x):
        with tnp.device("CPU:1"):
            y = x * 2
        seen.append((x.device, y.device))
        return y

    out = f(tnp.asarray([1.0]))
    assert seen[0][0] == "" and "CPU:1" in seen[0][1]
    assert_same(out, np.array([2.0]))


def test_dlpack_device_is_cpu():
    assert tnp.zeros(2, device="CPU:1").__dlpack_device__() == (1, 0)
