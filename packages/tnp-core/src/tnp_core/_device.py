"""Devices: `tnp.device(...)` scopes placement like `tf.device`; `tnp.devices()` lists the logical devices.

A device is a TensorFlow device name ('CPU:1', 'GPU:0', '/job:localhost/.../device:CPU:0', or 'cpu' as in
NumPy) or a `tf.config.LogicalDevice`. `x.device` is the full name of the device holding `x`'s tensor;
`x.to_device(d)` copies it there, and creation functions take `device=`. A local device that does not exist
raises ValueError (TensorFlow itself would silently place the op elsewhere).

How arrays on different devices combine is TensorFlow's placement, not NumPy's rule (NumPy has one device):
an op runs on the device of the innermost `tnp.device`/`tf.device` scope when there is one; otherwise on
TensorFlow's default device (GPU:0 when there is a GPU with a kernel for the op, else CPU:0), NOT on its
inputs' device. Inputs held elsewhere are copied there. So `a + b` with both `a` and `b` on 'CPU:1' gives a
result on 'CPU:0' unless it runs under `with tnp.device("CPU:1"):`. Inside `tf.function`, `x.device` is the
device requested for the op ('' without a scope); placement happens when the graph runs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from ._tf import tf


def _name(d: Any) -> str:
    """The TensorFlow name of device `d`, checked to exist when it is a local device."""
    if isinstance(d, str):
        name = d
    elif isinstance(getattr(d, "name", None), str):
        name = d.name
    else:
        raise TypeError(
            f"a device must be a name like 'CPU:0' or a tf.config.LogicalDevice, not {type(d).__name__}"
        )
    try:
        spec = tf.DeviceSpec.from_string(name)
    except ValueError:
        raise ValueError(f"device {name!r} not understood; use a name like 'CPU:0' or 'GPU:1'") from None
    if spec.job in (None, "localhost") and spec.device_type is not None:
        kind = spec.device_type.upper()
        have = [tf.DeviceSpec.from_string(x.name).device_index for x in tf.config.list_logical_devices(kind)]
        if not have or (spec.device_index is not None and spec.device_index not in have):
            raise ValueError(f"device {name!r} does not exist; the devices are {devices()}")
    return name


@contextlib.contextmanager
def device(name: Any) -> Iterator[str]:
    """Place the arrays created and the ops run in the body on `name` (e.g. 'GPU:0'); a `tf.device` scope.

    Examples:
        >>> with tnp.device('CPU:0'):
        ...     x = tnp.ones(2)
        >>> x.device.endswith('CPU:0')
        True
    """
    dev = _name(name)
    with tf.device(dev):
        yield dev


def devices(device_type: str | None = None) -> list[str]:
    """The names of TensorFlow's logical devices (optionally of one type, e.g. 'CPU' or 'GPU').

    Examples:
        >>> tnp.devices('CPU')[0]
        '/device:CPU:0'
    """
    kind = None if device_type is None else device_type.upper()
    return [d.name for d in tf.config.list_logical_devices(kind)]


@contextlib.contextmanager
def maybe_device(dev: Any) -> Iterator[None]:
    """A device scope when `dev` is given (the `device=` argument of creation functions), else nothing."""
    if dev is None:
        yield
    else:
        with tf.device(_name(dev)):
            yield


def copy_to(t: tf.Tensor, dev: Any) -> tf.Tensor:
    """A copy of tensor `t` placed on device `dev` (what `ndarray.to_device` does)."""
    with tf.device(_name(dev)):
        return tf.identity(t)
