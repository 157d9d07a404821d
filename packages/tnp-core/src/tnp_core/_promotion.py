"""NumPy 2 type promotion (NEP 50) on tnp's dtypes, decided once per key and cached.

Arrays (tnp, TensorFlow, NumPy, 0-d too) are strong; Python bool/int/float/complex scalars are weak: they take
the array's dtype when their kind fits it, and a Python int out of that dtype's range raises OverflowError.
NumPy's `np.result_type` decides every rule except bfloat16 with weak scalars, which ml_dtypes leaves to float64.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from ._config import get_config
from ._dtypes import BOOL, FLOAT64, SUPPORTED, as_np_dtype, bfloat16

WEAK_TYPES = (bool, int, float, complex)
_BF16 = np.dtype(bfloat16)
_KIND_RANK = {"b": 0, "u": 1, "i": 1, "f": 2, "V": 2, "c": 3}
_WEAK_RANK = {bool: 0, int: 1, float: 2, complex: 3}
_WEAK_SAMPLE: dict[type, Any] = {bool: False, int: 0, float: 0.0, complex: 0j}


def _kind_rank(d: np.dtype[Any]) -> int:
    return 2 if d == _BF16 else _KIND_RANK[d.kind]


@functools.lru_cache(maxsize=4096)
def _result_type_cached(key: tuple[Any, ...], prefer_float32: bool) -> np.dtype[Any]:
    strong = [k for k in key if isinstance(k, np.dtype)]
    weak = [k for k in key if not isinstance(k, np.dtype)]
    if not strong:
        # only Python scalars: NumPy's defaults (bool, int64, float64, complex128)
        res = np.result_type(*(_WEAK_SAMPLE[w] for w in weak))
        if prefer_float32:
            res = {np.dtype("float64"): np.dtype("float32"), np.dtype("complex128"): np.dtype("complex64")}.get(
                res, res
            )
        return res
    res = np.result_type(*strong) if len(strong) > 1 else strong[0]
    for w in weak:
        if _WEAK_RANK[w] <= _kind_rank(res):
            continue
        if res == _BF16:
            res = np.dtype("complex64")
            continue
        res = np.result_type(res, _WEAK_SAMPLE[w])
        if prefer_float32 and res.itemsize == 8 and res.kind == "f" and not any(s == FLOAT64 for s in strong):
            res = np.dtype("float32")
        elif prefer_float32 and res.kind == "c" and res.itemsize == 16 and not any(s.itemsize >= 8 for s in strong):
            res = np.dtype("complex64")
    if res not in SUPPORTED:
        raise TypeError(f"the promoted dtype {res} is not supported by tnp")
    return res


def key_of(x: Any) -> Any:
    """The promotion key of one operand: a NumPy dtype (strong) or a Python scalar type (weak)."""
    t = type(x)
    if t in WEAK_TYPES:
        return t
    if isinstance(x, np.generic):
        return as_np_dtype(x.dtype)
    if isinstance(x, (bool, int, float, complex)):  # subclasses of Python scalars
        for w in (bool, int, float, complex):
            if isinstance(x, w):
                return w
    return as_np_dtype(x)


def result_type_of_keys(*keys: Any) -> np.dtype[Any]:
    return _result_type_cached(keys, get_config().prefer_float32)


def result_type(*arrays_and_dtypes: Any) -> np.dtype[Any]:
    """`numpy.result_type`: arrays and dtypes are strong, Python scalars weak (NEP 50)."""
    if not arrays_and_dtypes:
        raise ValueError("at least one array or dtype is required")
    return result_type_of_keys(*(key_of(a) for a in arrays_and_dtypes))


def promote_types(type1: Any, type2: Any) -> np.dtype[Any]:
    """`numpy.promote_types` on tnp's dtypes."""
    return result_type_of_keys(as_np_dtype(type1), as_np_dtype(type2))


def can_cast(from_: Any, to: Any, casting: str = "safe") -> bool:
    """`numpy.can_cast`. NumPy 2 does not accept Python scalars here (TypeError), nor do we."""
    if type(from_) in WEAK_TYPES:
        raise TypeError(
            "can_cast() does not support Python ints, floats, and complex because the result used to depend "
            "on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the "
            "future."
        )
    return bool(np.can_cast(as_np_dtype(from_), as_np_dtype(to), casting=casting))  # type: ignore[arg-type]


def min_scalar_type(a: Any) -> np.dtype[Any]:
    """`numpy.min_scalar_type` (values are read on the host)."""
    if hasattr(a, "__array__") and not isinstance(a, np.ndarray):
        a = np.asarray(a)
    return np.min_scalar_type(a)


def check_weak_int(value: int, dtype: np.dtype[Any]) -> None:
    """NumPy's OverflowError for a Python int that does not fit an integer array's dtype."""
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        if not info.min <= value <= info.max:
            raise OverflowError(f"Python integer {value} out of bounds for {dtype}")


__all__ = ["BOOL", "can_cast", "min_scalar_type", "promote_types", "result_type"]
