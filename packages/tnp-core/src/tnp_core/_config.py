"""Context-scoped options (contextvars): thread-safe, nestable, restored on exit. No mutable module globals.

`with tnp.config(prefer_float32=True):` is for accelerator users: inside it, Python floats (and complex
numbers) become float32 (complex64), as do the default dtypes of creation functions (`tnp.zeros(3)`,
`tnp.asarray(1.5)`, `int_array * 1.5`). An explicit dtype (`dtype=`, a NumPy float64 scalar or array, a
float64 tnp array) is never changed. The setting is per thread and per asyncio task: a new thread starts with
the defaults.

A `tf.function` reads the options when it traces; it does not retrace when they change later, so enter the
block around the first call (or inside the function).
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from collections.abc import Iterator
from typing import Any

import numpy as np


@dataclasses.dataclass(frozen=True)
class Config:
    """The options in force. `prefer_float32`: Python floats and default creation give float32."""

    prefer_float32: bool = False

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if type(value) is not bool:
                raise TypeError(f"tnp.config({f.name}=...) takes True or False, not {value!r}")

    @property
    def default_float(self) -> np.dtype[Any]:
        return np.dtype(np.float32 if self.prefer_float32 else np.float64)

    @property
    def default_int(self) -> np.dtype[Any]:
        return np.dtype(np.int64)

    @property
    def default_complex(self) -> np.dtype[Any]:
        return np.dtype(np.complex64 if self.prefer_float32 else np.complex128)


_DEFAULT = Config()
_CONFIG: contextvars.ContextVar[Config] = contextvars.ContextVar("tnp_config", default=_DEFAULT)


def get_config() -> Config:
    """The options in force in this thread/task.

    Examples:
        >>> tnp.get_config().prefer_float32
        False
    """
    return _CONFIG.get()


@contextlib.contextmanager
def config(**changes: Any) -> Iterator[Config]:
    """Change options for the body of a `with` block only: `with tnp.config(prefer_float32=True): ...`.

    Unknown option names raise TypeError. An explicit `dtype=` is never changed by an option.

    Examples:
        >>> with tnp.config(prefer_float32=True):
        ...     print(tnp.zeros(2).dtype)
        float32
        >>> tnp.zeros(2).dtype
        dtype('float64')
    """
    names = {f.name for f in dataclasses.fields(Config)}
    unknown = sorted(set(changes) - names)
    if unknown:
        raise TypeError(
            f"tnp.config() got unknown option(s) {', '.join(unknown)}; the options are {sorted(names)}"
        )
    new = dataclasses.replace(_CONFIG.get(), **changes)
    token = _CONFIG.set(new)
    try:
        yield new
    finally:
        _CONFIG.reset(token)
