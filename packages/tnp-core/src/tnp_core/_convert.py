"""Turning anything array-like into a `tf.Tensor` of a supported dtype: the conversion every function uses.

NumPy's rules decide the dtype: nested sequences are coerced as `numpy.asarray` does (Python scalars count as
int64/float64/complex128 there, not as weak scalars), also when they mix tnp arrays or tf.Tensors with Python
numbers (the tensors are then stacked with TF ops, so this works inside tf.function). Under
`tnp.config(prefer_float32=True)` Python floats become float32 (complex64); an explicit dtype never changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ._config import get_config
from ._dtypes import ENUM_TO_NP, ENUM_TO_TF, NP_TO_TF, TF_TO_NP, as_np_dtype, warn_complex_to_real
from ._ndarray import ndarray
from ._promotion import result_type_of_keys
from ._tf import constant, eager_context, enum_of, gen_math_ops as gm, tf

_F64 = np.dtype("float64")
_C128 = np.dtype("complex128")
_INT64_MIN, _INT64_MAX, _UINT64_MAX = -(2**63), 2**63 - 1, 2**64 - 1
_PY_SCALARS = (bool, int, float, complex)
_DIRECT = {bool: "b", int: "Vc", float: "Vc", complex: "c"}  # dtype kinds tf.constant converts to exactly
TENSOR_TYPES = (ndarray, tf.Tensor, tf.Variable)
# the dtype a flat list of Python scalars of one type gets (floats: float64, only without prefer_float32)
_LIST_DTYPES = {float: tf.float64, int: tf.int64, bool: tf.bool}


def python_scalar_dtype(x: Any) -> np.dtype[Any]:
    """The dtype NumPy gives `numpy.asarray(x)` for a Python scalar (float32/complex64 if prefer_float32)."""
    cfg = get_config()
    if isinstance(x, bool):
        return np.dtype(bool)
    if isinstance(x, int):
        if x > _INT64_MAX:
            if x > _UINT64_MAX:
                raise OverflowError(f"Python integer {x} out of bounds for uint64 (tnp has no object arrays)")
            return np.dtype("uint64")
        if x < _INT64_MIN:
            raise OverflowError(f"Python integer {x} out of bounds for int64 (tnp has no object arrays)")
        return cfg.default_int
    if isinstance(x, float):
        return cfg.default_float
    return cfg.default_complex


def _scalar_tensor(x: Any, d: np.dtype[Any]) -> tf.Tensor:
    """A Python scalar as a tensor of dtype `d`, with NumPy's errors (OverflowError, complex -> real)."""
    if type(x) is int and d.kind in "iu":
        info = np.iinfo(d)
        if not info.min <= x <= info.max:
            raise OverflowError(f"Python integer {x} out of bounds for {d}")
        return tf.constant(x, NP_TO_TF[d])
    kind = "V" if d.kind == "f" else d.kind  # bfloat16 is kind "V"
    # TF's scalar cache serves -0.0 as +0.0 (and 1-0j as 1+0j): zeros (a zero part) go through NumPy
    if (
        kind in _DIRECT[type(x)]
        and ((x.real and x.imag) if type(x) is complex else x != 0)
        and (type(x) is not int or _INT64_MIN <= x <= _INT64_MAX)  # TF refuses larger ints, NumPy rounds them
    ):
        return tf.constant(x, NP_TO_TF[d])
    return tf.constant(
        np.asarray(x, dtype=d)
    )  # NumPy's own rules (truncation, TypeError for complex -> real)


def list_tensor(x: list[Any]) -> tf.Tensor | None:
    """A flat list of Python floats, ints or bools (one type, or ints and floats) as a tensor of NumPy's dtype,
    converted by TensorFlow straight from the list (exactly as NumPy converts each); None for anything else
    (nested, empty, other types, ints beyond int64, floats under prefer_float32): the general path decides."""
    kinds = set(map(type, x))
    if len(kinds) == 1:
        d = _LIST_DTYPES.get(kinds.pop())
        if d is None or (d is tf.float64 and get_config().prefer_float32):
            return None
        if d is tf.int64 and eager_context() is None:  # a graph constant wraps an int beyond int64 silently
            return None
    elif kinds == _INT_FLOAT and not get_config().prefer_float32:
        # NumPy makes float64 of ints in int64's or uint64's range (beyond: an object array, an error here);
        # a NaN can hide the bounds from min/max, but then one of them is NaN and the test is False
        if not (_INT64_MIN <= min(x) and max(x) <= _UINT64_MAX):
            return None
        d = tf.float64
    else:
        return None
    try:
        return constant(x, d)
    except ValueError:  # eagerly, an int beyond int64: NumPy's uint64 or OverflowError
        return None


_INT_FLOAT = {int, float}


def _contains_tensor(x: Any) -> bool:
    if isinstance(x, TENSOR_TYPES):
        return True
    if isinstance(x, (list, tuple)):
        return any(_contains_tensor(e) for e in x)
    return False


def _leaf_dtypes(x: Any, out: list[np.dtype[Any]]) -> None:
    """The dtypes NumPy's sequence coercion promotes (strongly) to find a nested sequence's dtype."""
    if isinstance(x, (list, tuple)):
        for e in x:
            _leaf_dtypes(e, out)
    elif isinstance(x, ndarray):
        out.append(x.dtype)
    elif isinstance(x, (tf.Tensor, tf.Variable)):
        out.append(_tf_to_np(x.dtype))
    elif type(x) in _PY_SCALARS:
        out.append(python_scalar_dtype(x))
    else:
        out.append(_check_host_dtype(np.asarray(x)).dtype)


def _stack(x: Any, d: np.dtype[Any]) -> tf.Tensor:
    """A nested sequence holding tensors, every leaf converted to `d`, stacked with TF ops."""
    if not isinstance(x, (list, tuple)):
        return to_tensor(x, d)
    if not x:
        return tf.zeros([0], NP_TO_TF[d])
    parts = [_stack(e, d) for e in x]
    shapes = [tuple(p.shape.as_list()) if p.shape.rank is not None else None for p in parts]
    known = [s for s in shapes if s is not None and None not in s]
    if len(set(known)) > 1 or len({len(s) for s in shapes if s is not None}) > 1:
        raise ValueError(
            "setting an array element with a sequence. The requested array has an inhomogeneous shape: "
            f"element shapes {sorted(set(s for s in shapes if s is not None), key=str)}"
        )
    return tf.stack(parts)


def _tf_to_np(d: tf.DType) -> np.dtype[Any]:
    try:
        return TF_TO_NP[d]
    except KeyError:
        raise TypeError(f"tnp does not support TensorFlow dtype {d.name}") from None


def _host_default(arr: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Apply the context's float32 preference to dtypes NumPy inferred from Python floats."""
    if get_config().prefer_float32:
        if arr.dtype == _F64:
            return arr.astype(np.float32)
        if arr.dtype == _C128:
            return arr.astype(np.complex64)
    return arr


def _check_host_dtype(arr: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """`arr` if tnp holds its dtype, a native-byte-order copy for a non-native one ('>i4'), else TypeError."""
    if arr.dtype not in NP_TO_TF:
        if arr.dtype.kind == "O":
            sample = f": {arr.flat[0]!r} ..." if arr.size else ""
            raise TypeError(f"tnp does not support dtype object (arrays of Python objects){sample}")
        arr = arr.astype(as_np_dtype(arr.dtype))  # as_np_dtype raises TypeError naming an unsupported dtype
    return arr


def to_tensor(x: Any, dtype: Any = None) -> tf.Tensor:
    """A tf.Tensor for a tnp array, tf.Tensor, tf.Variable, NumPy array/scalar, Python scalar or nested list.

    `dtype` (anything dtype-like) casts the result as NumPy's `asarray(x, dtype)` does (unsafe for arrays with
    NumPy's ComplexWarning for complex -> real, OverflowError for an out-of-range Python int); None infers
    NumPy's dtype. Never copies a tensor. A NumPy array in non-native byte order ('>i4') becomes native.
    """
    d = None if dtype is None else as_np_dtype(dtype)
    t: tf.Tensor
    if type(x) is ndarray:
        t = x._t
    elif isinstance(x, tf.Tensor):
        if enum_of(x) not in ENUM_TO_NP:
            _tf_to_np(x.dtype)  # raises TypeError naming the dtype
        t = x
    elif type(x) in _PY_SCALARS:
        return _scalar_tensor(x, python_scalar_dtype(x) if d is None else d)
    elif isinstance(x, ndarray):
        t = x._t
    elif isinstance(x, tf.Variable):
        _tf_to_np(x.dtype)
        t = tf.convert_to_tensor(x)
    elif hasattr(x, "__tf_tensor__"):  # objects TensorFlow converts itself, e.g. Keras 3 variables
        t = tf.convert_to_tensor(x)
        _tf_to_np(t.dtype)
    elif type(x) is list and d is None and (flat := list_tensor(x)) is not None:
        return flat
    elif isinstance(x, (list, tuple)) and _contains_tensor(x):
        if d is None:
            leaves: list[np.dtype[Any]] = []
            _leaf_dtypes(x, leaves)
            d = result_type_of_keys(*leaves)
        return _stack(x, d)
    else:
        arr = np.asarray(x, dtype=d)  # NumPy's coercion; an array is cast unsafely
        if d is None and isinstance(x, (list, tuple)):
            arr = _host_default(arr)
        return tf.constant(_check_host_dtype(arr))
    if d is not None and t.dtype != NP_TO_TF[d]:
        t = cast(t, NP_TO_TF[d], requested=True)
    return t


def cast(t: tf.Tensor, to: tf.DType, requested: bool = False) -> tf.Tensor:
    """NumPy's unsafe cast (`astype`): complex -> real drops the imaginary part, float -> bool tests != 0.

    `requested`: the user asked for this cast (`dtype=`, `out=`, an assignment, a fill value), so a complex ->
    real one gives NumPy's ComplexWarning (internal casts give none)."""
    src = ENUM_TO_TF[enum_of(t)]  # tf.DTypes are interned: `is` instead of their slow Python __eq__
    if src is to:
        return t
    if to is _TF_BOOL:
        return gm.not_equal(t, 0)  # the 0 takes t's dtype
    if (src is _TF_C64 or src is _TF_C128) and not (to is _TF_C64 or to is _TF_C128):
        if requested:
            warn_complex_to_real(TF_TO_NP[src], TF_TO_NP[to], stacklevel=3)
        t = gm.real(t, Tout=src.real_dtype)
        if ENUM_TO_TF[enum_of(t)] is to:
            return t
    return gm.cast(t, to)


_TF_BOOL: Any = tf.bool
_TF_C64: Any = tf.complex64
_TF_C128: Any = tf.complex128


_INT_ARRAYS: dict[tuple[int, ...], np.ndarray[Any, Any]] = {}
_INT_TENSORS: dict[tuple[int, ...], tf.Tensor] = {}
_ZEROS: dict[tuple[np.dtype[Any], str, int], tf.Tensor] = {}  # (dtype, device, 0 or 1) -> a 0-d zero or one
_INT_SCALARS: dict[int, tf.Tensor] = {}  # a Python int -> a 0-d int64 host tensor
_SCALARS: dict[tuple[Any, ...], tf.Tensor] = {}  # see `eager_scalar`
_PLAN_CACHES: list[dict[Any, Any]] = []  # other modules' caches holding eager tensors (see `plan_cache`)
caches_context: list[Any] = [None]  # the eager context the cached tensors belong to
_INT32_MAX = 2**31 - 1


def eager_caches() -> Any:
    """The eager context when executing eagerly, else None; empties the tensor caches after a context reset."""
    ctx = eager_context()
    if ctx is not None and ctx is not caches_context[0]:
        _INT_TENSORS.clear()
        _ZEROS.clear()
        _INT_SCALARS.clear()
        _SCALARS.clear()
        for cache in _PLAN_CACHES:
            cache.clear()
        caches_context[0] = ctx
    return ctx


def plan_cache() -> dict[Any, Any]:
    """A new dict for a module's per-call plans holding eager tensors: emptied with the other tensor caches
    when the eager context is reset (look it up only after `eager_caches()` returned the context)."""
    cache: dict[Any, Any] = {}
    _PLAN_CACHES.append(cache)
    return cache


def bounded_put(cache: dict[Any, Any], key: Any, value: Any) -> Any:
    """`cache[key] = value` (returned), emptying the cache first when it holds 1024 entries."""
    if len(cache) >= 1024:
        cache.clear()
    cache[key] = value
    return value


def int_arg(values: tuple[int, ...]) -> Any:
    """A tuple of Python ints (a shape, perm or axes) as a generated op's int input, cached per tuple.

    Eagerly a host (CPU) tensor, else a read-only NumPy array (a constant in the graph): converting a Python
    list or tuple takes TensorFlow's slow fallback path. int64 when a value does not fit in int32.
    """
    arr = _INT_ARRAYS.get(values)
    if arr is None:
        big = any(v > _INT32_MAX or v < -_INT32_MAX for v in values)
        arr = np.array(values, np.int64 if big else np.int32)
        arr.flags.writeable = False
        bounded_put(_INT_ARRAYS, values, arr)
    if eager_caches() is None:
        return arr
    t = _INT_TENSORS.get(values)
    if t is None:
        with tf.device("CPU:0"):
            t = bounded_put(_INT_TENSORS, values, tf.constant(arr))
    return t


def eager_zero(d: np.dtype[Any], value: int = 0) -> tf.Tensor | None:
    """A 0-d zero (`value=1`: one) of dtype `d` on the current device, cached (what `tf.zeros`/`tf.ones` fill
    with); None in a graph."""
    ctx = eager_caches()
    if ctx is None:
        return None
    key = (d, ctx.device_name, value)
    z = _ZEROS.get(key)
    if z is None:
        z = _ZEROS[key] = tf.constant(bool(value) if d.kind == "b" else value, NP_TO_TF[d])
    return z


def eager_scalar(value: Any, e: int, make: Callable[[Any, np.dtype[Any]], tf.Tensor]) -> tf.Tensor | None:
    """Eagerly, the Python scalar `value` as a 0-d tensor of the dtype with enum `e` on the current device:
    built once by `make(value, dtype)` (which applies the caller's cast rules and errors) and cached by exact
    type and value (a zero by its repr: tells -0.0 from 0.0); None in a graph."""
    ctx = eager_caches()
    if ctx is None:
        return None
    key = (type(value), value if value else repr(value), e, ctx.device_name, make)
    t = _SCALARS.get(key)
    if t is None:
        t = bounded_put(_SCALARS, key, make(value, ENUM_TO_NP[e]))
    return t


def eager_int64(value: int) -> tf.Tensor | None:
    """A Python int in int64's range as a cached 0-d int64 host tensor (an op's scalar input); None in a
    graph. (TensorFlow converts a NumPy int64 scalar through its slow path.)"""
    if eager_caches() is None:
        return None
    t = _INT_SCALARS.get(value)
    if t is None:
        with tf.device("CPU:0"):
            t = bounded_put(_INT_SCALARS, value, tf.constant(value, tf.int64))
    return t


__all__ = [
    "TENSOR_TYPES",
    "cast",
    "eager_scalar",
    "eager_zero",
    "int_arg",
    "python_scalar_dtype",
    "to_tensor",
]
