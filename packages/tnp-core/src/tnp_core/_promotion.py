"""NumPy 2 type promotion (NEP 50) on tnp's dtypes, decided once per key and cached.

Arrays (tnp, TensorFlow, NumPy, 0-d too) are strong; Python bool/int/float/complex scalars are weak: they take
the array's dtype when their kind fits it (in operations, a Python int out of that dtype's range raises
OverflowError; comparisons give the mathematical answer instead, as NumPy's do).
NumPy's `np.result_type` decides every rule. Where NumPy+ml_dtypes has no promotion for bfloat16 (with
float16, (u)int16-64, or two kinds of Python scalars) we take the dtype NumPy's `add` loop computes in, then
the scalars one at a time. ml_dtypes is inconsistent for
bfloat16 with a Python float: `np.result_type(bfloat16, 1.0)` is float64 but NumPy's ufunc loops compute in
float32; tnp follows NumPy in both places (`result_type` gives float64, operators and ufuncs give float32).
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from ._config import get_config
from ._dtypes import BOOL, FLOAT64, SUPPORTED, as_np_dtype, bfloat16, dtype_of, is_array, requested_dtype

_BF16 = np.dtype(bfloat16)

WEAK_TYPES = (bool, int, float, complex)
_WEAK_SAMPLE: dict[type, Any] = {bool: False, int: 0, float: 0.0, complex: 0j}
_F32, _C64, _C128 = np.dtype("float32"), np.dtype("complex64"), np.dtype("complex128")
_FLOAT32_PREFERRED = {FLOAT64: _F32, _C128: _C64}


def _sample(k: Any) -> Any:
    return _WEAK_SAMPLE[k] if isinstance(k, type) else k


def _ufunc_promote(strong: list[np.dtype[Any]]) -> np.dtype[Any]:
    """The dtype NumPy's `add` loop computes in: ml_dtypes' bfloat16 has loops (via casts) where
    `np.result_type` has no promotion (bfloat16 with float16, (u)int16-64)."""
    res = strong[0]
    for d in strong[1:]:
        res = np.add.resolve_dtypes((res, d, None))[-1]
    return res


@functools.lru_cache(maxsize=4096)
def _result_type_cached(key: tuple[Any, ...], prefer_float32: bool) -> np.dtype[Any]:
    strong = [k for k in key if isinstance(k, np.dtype)]
    try:
        res = np.result_type(*(_sample(k) for k in key))
    except np.exceptions.DTypePromotionError:
        if _BF16 not in strong:
            raise
        res = _ufunc_promote(strong)
        for (
            w
        ) in key:  # NumPy+ml_dtypes also fails on bfloat16 with two kinds of Python scalars: one at a time
            if not isinstance(w, np.dtype):
                res = np.result_type(res, _sample(w))
    if prefer_float32 and (not strong or _result_type_cached(tuple(strong), False).kind in "biu"):
        res = _FLOAT32_PREFERRED.get(res, res)  # the float came from a Python scalar
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
    return dtype_of(x)


def result_type_of_keys(*keys: Any) -> np.dtype[Any]:
    return _result_type_cached(keys, get_config().prefer_float32)


def result_type(*arrays_and_dtypes: Any) -> np.dtype[Any]:
    """`numpy.result_type`: arrays and dtypes are strong, Python scalars weak (NEP 50).

    Examples:
        >>> tnp.result_type(tnp.array([1], dtype=tnp.int8), 1.0)
        dtype('float64')
        >>> tnp.result_type(tnp.int32, tnp.float32)
        dtype('float64')
    """
    if not arrays_and_dtypes:
        raise ValueError("at least one array or dtype is required")
    keys = tuple(key_of(a) for a in arrays_and_dtypes)
    if not any(isinstance(k, np.dtype) for k in keys):
        # only Python scalars: NumPy decides by value (a Python int >= 2**63 gives uint64)
        res = as_np_dtype(np.result_type(*arrays_and_dtypes))
        return _FLOAT32_PREFERRED.get(res, res) if get_config().prefer_float32 else res
    return result_type_of_keys(*keys)


def promote_types(type1: Any, type2: Any, /) -> np.dtype[Any]:
    """`numpy.promote_types` on tnp's dtypes.

    Examples:
        >>> tnp.promote_types(tnp.uint8, tnp.int8)
        dtype('int16')
    """
    return result_type_of_keys(as_np_dtype(type1), as_np_dtype(type2))


def can_cast(from_: Any, to: Any, casting: str = "safe") -> bool:
    """`numpy.can_cast`. NumPy 2 does not accept Python scalars here (TypeError), nor do we. A dtype argument
    keeps its byte order ('>i4' -> int32 is False for casting='no'); a tnp array has none (native).

    Examples:
        >>> tnp.can_cast(tnp.int32, tnp.float64)
        True
        >>> tnp.can_cast(tnp.float64, tnp.int32)
        False
    """
    if type(from_) in WEAK_TYPES:
        raise TypeError(
            "can_cast() does not support Python ints, floats, and complex because the result used to "
            "depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them "
            "again in the future."
        )
    if from_ is None or to is None:  # as_np_dtype would read None as float64
        raise TypeError("did not understand one of the types; 'None' not accepted")
    src, dst = _cast_side(from_), requested_dtype(to)
    return bool(np.can_cast(src, dst, casting=casting))  # type: ignore[arg-type]


def _cast_side(x: Any) -> np.dtype[Any]:
    """`can_cast`'s `from_` as NumPy sees it: a NumPy array's own dtype, an array's or scalar's (native) dtype,
    or a dtype argument in the byte order it names."""
    d = dtype_of(x)  # tnp's TypeError for what it cannot hold
    if isinstance(x, np.ndarray):
        own: np.dtype[Any] = x.dtype
        return own
    return d if is_array(x) or isinstance(x, np.generic) else requested_dtype(x)


def min_scalar_type(a: Any, /) -> np.dtype[Any]:
    """`numpy.min_scalar_type` (values are read on the host).

    Examples:
        >>> tnp.min_scalar_type(300)
        dtype('uint16')
    """
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
