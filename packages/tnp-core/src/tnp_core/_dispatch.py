"""NumPy's dispatch protocols: `numpy.sin(x)` / `numpy.concatenate([x, y])` on tnp arrays run tnp's version.

`array_ufunc` and `array_function` are installed as `ndarray.__array_ufunc__` and `ndarray.__array_function__`.
A ufunc is found in the registry every spec-built `ufunc` joins (tnp-math's once it is imported); a function by
name in the first of tnp, tnp_math, tnp_core that is imported (never imported from here). What tnp lacks, and
`out=` with a NumPy array, returns NotImplemented, so NumPy raises its TypeError naming the function.
"""

from __future__ import annotations

import sys
from typing import Any

import numpy as np

from ._ndarray import ndarray
from ._ufunc import REGISTRY

_MAIN = ("tnp", "tnp_math", "tnp_core")


def _outs_ok(kwargs: dict[str, Any]) -> bool:
    out = kwargs.get("out")
    if out is None:
        return True
    outs = out if isinstance(out, tuple) else (out,)
    return all(o is None or isinstance(o, ndarray) for o in outs)


def array_ufunc(self: Any, ufunc: np.ufunc, method: str, *inputs: Any, **kwargs: Any) -> Any:
    """`ndarray.__array_ufunc__`: run tnp's ufunc of the same name (and method), else a tnp function of that name."""
    if not _outs_ok(kwargs):
        return NotImplemented
    u = REGISTRY.get(ufunc.__name__)
    if u is None or u._np is not ufunc:
        # not built from a spec (matmul, divmod, ...): a tnp function of the same name takes the call
        fn = _function(ufunc.__name__, "numpy") if method == "__call__" else None
        return NotImplemented if fn is None else fn(*inputs, **kwargs)
    for x in inputs:
        h = getattr(type(x), "__array_ufunc__", None)
        if h is not None and not isinstance(x, (ndarray, np.ndarray, np.generic)):
            return NotImplemented  # another array type that takes part in dispatch: let NumPy ask it
    if "out" in kwargs and isinstance(kwargs["out"], tuple) and all(o is None for o in kwargs["out"]):
        del kwargs["out"]
    if method == "__call__":
        return u(*inputs, **kwargs)
    fn = getattr(u, method, None)
    return NotImplemented if fn is None else fn(*inputs, **kwargs)


def _modules(numpy_module: str) -> list[str]:
    if numpy_module == "numpy":
        return list(_MAIN)
    sub = numpy_module.removeprefix("numpy.")
    if not numpy_module.startswith("numpy.") or "." in sub:
        return []
    return [f"tnp.{sub}", f"tnp_{sub}"]


def array_function(self: Any, func: Any, types: Any, args: Any, kwargs: Any) -> Any:
    """`ndarray.__array_function__`: run the tnp function of the same name (tnp, then tnp_math, then tnp_core)."""
    if not all(issubclass(t, (ndarray, np.ndarray)) for t in types) or not _outs_ok(kwargs):
        return NotImplemented
    name = getattr(func, "__name__", None)
    fn = None if name is None else _function(name, getattr(func, "__module__", None) or "numpy", func)
    return NotImplemented if fn is None else fn(*args, **kwargs)


def _function(name: str, numpy_module: str, func: Any = None) -> Any:
    """The tnp function for NumPy's `numpy_module.name`, from the tnp modules already imported (or None)."""
    if name.startswith("_"):
        return None
    for mod_name in _modules(numpy_module):
        mod = sys.modules.get(mod_name)
        fn = getattr(mod, name, None) if mod is not None else None
        if fn is not None and fn is not func and callable(fn):
            return fn
    return None


__all__ = ["array_function", "array_ufunc"]
