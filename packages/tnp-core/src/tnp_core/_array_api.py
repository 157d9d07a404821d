"""The array API standard's inspection object (`__array_namespace_info__`, standard version 2024.12).

Devices are TensorFlow's full device names, as `x.device` reports them ('/job:localhost/replica:0/task:0/device:CPU:0');
the default dtypes follow `config(prefer_float32=...)` of the calling context, as creation functions do.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ._config import get_config
from ._device import devices as _devices
from ._tf import tf

__array_api_version__ = "2024.12"

_KINDS: dict[str, tuple[str, ...]] = {
    "bool": ("bool",),
    "signed integer": ("int8", "int16", "int32", "int64"),
    "unsigned integer": ("uint8", "uint16", "uint32", "uint64"),
    "real floating": ("float32", "float64"),
    "complex floating": ("complex64", "complex128"),
}
_KINDS["integral"] = _KINDS["signed integer"] + _KINDS["unsigned integer"]
_KINDS["numeric"] = _KINDS["integral"] + _KINDS["real floating"] + _KINDS["complex floating"]


class ArrayNamespaceInfo:
    """What `x.__array_namespace__().__array_namespace_info__()` reports (the standard's inspection API)."""

    def capabilities(self) -> dict[str, Any]:
        """Boolean indexing and data-dependent output shapes work (eagerly and in `tf.function`)."""
        return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}

    def default_device(self) -> str:
        """The device TensorFlow places new arrays on (outside any `tnp.device` scope)."""
        return str(tf.zeros([]).device)

    def devices(self) -> list[str]:
        """Every logical device TensorFlow sees, named as `x.device` names them."""
        here = tf.DeviceSpec.from_string(self.default_device())
        return [
            here.replace(device_type=d.device_type, device_index=d.device_index).to_string()
            for d in map(tf.DeviceSpec.from_string, _devices())
        ]

    def default_dtypes(self, *, device: Any = None) -> dict[str, np.dtype[Any]]:
        """float64/complex128/int64 as NumPy, or float32/complex64 under `config(prefer_float32=True)`."""
        single = get_config().prefer_float32
        return {
            "real floating": np.dtype("float32" if single else "float64"),
            "complex floating": np.dtype("complex64" if single else "complex128"),
            "integral": np.dtype("int64"),
            "indexing": np.dtype("int64"),
        }

    def dtypes(
        self, *, device: Any = None, kind: str | tuple[str, ...] | None = None
    ) -> dict[str, np.dtype[Any]]:
        """The standard's dtypes tnp supports, optionally of one kind or a tuple of kinds."""
        kinds = ("bool", "numeric") if kind is None else (kind,) if isinstance(kind, str) else kind
        names: list[str] = []
        for k in kinds:
            if k not in _KINDS:
                raise ValueError(f"unknown dtype kind {k!r}; expected one of {sorted(_KINDS)}")
            names += [n for n in _KINDS[k] if n not in names]
        return {n: np.dtype(n) for n in names}


def __array_namespace_info__() -> ArrayNamespaceInfo:  # noqa: N807  (the array API standard's name)
    """The array API standard's inspection object for tnp.

    Examples:
        >>> info = tnp.__array_namespace_info__()
        >>> info.default_dtypes()['real floating']
        dtype('float64')
    """
    return ArrayNamespaceInfo()
