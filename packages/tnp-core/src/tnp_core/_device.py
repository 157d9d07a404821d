"""Devices: `tnp.device(...)` scopes placement like `tf.device`; `tnp.devices()` lists the logical devices.

Arrays placed on different devices combine as TensorFlow places the op: on the device of the innermost
`tnp.device`/`tf.device` scope if there is one, otherwise where TensorFlow's placer puts it (usually the first
input's device), copying the other inputs there.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from ._tf import tf


def _name(d: Any) -> str:
    if isinstance(d, str):
        return d
    name = getattr(d, "name", None)
    if isinstance(name, str):
        return name
    raise TypeError(f"a device must be a name like 'CPU:0' or a tf.config.LogicalDevice, not {type(d).__name__}")


@contextlib.contextmanager
def device(name: Any) -> Iterator[str]:
    """Place the arrays created and the ops run in the body on `name` (e.g. 'GPU:0'); a `tf.device` scope."""
    dev = _name(name)
    with tf.device(dev):
        yield dev


def devices(device_type: str | None = None) -> list[str]:
    """The names of TensorFlow's logical devices (optionally of one type, e.g. 'CPU' or 'GPU')."""
    return [d.name for d in tf.config.list_logical_devices(device_type)]


@contextlib.contextmanager
def maybe_device(dev: Any) -> Iterator[None]:
    """A device scope when `dev` is given (the `device=` argument of creation functions), else nothing."""
    if dev is None:
        yield
    else:
        with tf.device(_name(dev)):
            yield
