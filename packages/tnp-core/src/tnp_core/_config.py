"""Context-scoped options (contextvars): thread-safe, nestable, restored on exit. No mutable module globals."""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from collections.abc import Iterator
from typing import Any

import numpy as np


@dataclasses.dataclass(frozen=True)
class Config:
    """The options in force. `prefer_float32` makes Python floats and default creation float32 (not float64)."""

    prefer_float32: bool = False

    @property
    def default_float(self) -> np.dtype[Any]:
        return np.dtype(np.float32 if self.prefer_float32 else np.float64)

    @property
    def default_int(self) -> np.dtype[Any]:
        return np.dtype(np.int64)

    @property
    def default_complex(self) -> np.dtype[Any]:
        return np.dtype(np.complex64 if self.prefer_float32 else np.complex128)


_CONFIG: contextvars.ContextVar[Config] = contextvars.ContextVar("tnp_config", default=Config())


def get_config() -> Config:
    """The options in force in this thread/task."""
    return _CONFIG.get()


@contextlib.contextmanager
def config(**changes: Any) -> Iterator[Config]:
    """Change options for the body of a `with` block only: `with tnp.config(prefer_float32=True): ...`.

    An explicit `dtype=` is never changed by an option.
    """
    new = dataclasses.replace(_CONFIG.get(), **changes)
    token = _CONFIG.set(new)
    try:
        yield new
    finally:
        _CONFIG.reset(token)
