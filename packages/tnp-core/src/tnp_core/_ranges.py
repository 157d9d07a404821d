"""Evenly spaced values: arange, linspace, logspace, geomspace (NumPy's algorithms, computed with TF ops).

`arange` with Python (or eager) arguments follows NumPy exactly: the length is ceil((stop - start) / step)
computed on the host, the first two values are `start` and `start + step` converted to the dtype, and the rest
continue with their difference (integers wrap as in NumPy). Inside tf.function, tensor arguments are supported
too (the length is then computed with TF ops, and NumPy's errors for a zero/NaN step cannot be raised).
`linspace`/`logspace`/`geomspace` accept tensor `start`/`stop` everywhere; `num` must be a Python int.
"""

from __future__ import annotations

import math
import operator
from typing import Any

import numpy as np

from ._axes import index_axis
from ._config import get_config
from ._convert import TENSOR_TYPES, bounded_put, cast, eager_caches, eager_int64, plan_cache, to_tensor
from ._creation import _check_allocatable, ambiguous_truth, no_like
from ._device import maybe_device
from ._dtypes import NP_TO_TF, TF_TO_NP, as_np_dtype, bfloat16
from ._errors import AxisError
from ._ndarray import ndarray, wrap
from ._promotion import result_type_of_keys
from ._tf import gen_math_ops as gm, is_symbolic, tf

_PY_SCALARS = (bool, int, float, complex)
BF16 = np.dtype(bfloat16)
_HALF = (np.dtype(np.float16), BF16)
_INT64 = np.dtype(np.int64)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_HOST_FILL = 1024  # eager aranges up to this length are filled by NumPy on the host


# ---- arange ------------------------------------------------------------------------------------------------


def _py_value(x: Any) -> Any:
    """An eager arange argument as a Python number (0-d arrays and NumPy scalars too)."""
    if type(x) in _PY_SCALARS:
        return x
    if isinstance(x, (np.generic, np.ndarray, *TENSOR_TYPES)):
        arr = np.asarray(x)
        if arr.dtype not in NP_TO_TF:
            raise TypeError(f"tnp does not support dtype {arr.dtype} (arange of a {arr.dtype} array)")
        if arr.ndim:
            raise _not_scalar(arr.size)
        v = arr.item()
        return float(v) if arr.dtype in _HALF else v
    if isinstance(x, (bool, int, float, complex)):
        return x
    raise TypeError(f"arange: unsupported argument type {type(x).__name__}")


def _not_scalar(size: int | None) -> Exception:
    """NumPy's error for an array where arange needs a scalar: TypeError for one element, else its length
    test is ambiguous (ValueError)."""
    if size == 1:
        return TypeError("only 0-dimensional arrays can be converted to Python scalars")
    return ambiguous_truth(size)


def _arg_dtype(x: Any) -> np.dtype[Any]:
    """The dtype arange promotes (strongly) for one argument: an array's own, NumPy's default for Python."""
    if isinstance(x, (ndarray, np.generic, np.ndarray)):
        return as_np_dtype(x.dtype)
    if isinstance(x, (tf.Tensor, tf.Variable)):
        return TF_TO_NP[x.dtype]
    return _value_dtype(x)


def _inferred(args: tuple[Any, ...]) -> np.dtype[Any]:
    """NumPy's arange dtype; under prefer_float32, float32/complex64 unless an argument is a 64-bit array."""
    dts = [_arg_dtype(a) for a in args]
    res = result_type_of_keys(*dts)  # all strong: Python values count as int64/float64/complex128
    if any(d.kind in "fc" and d.itemsize >= 8 and type(a) not in _PY_SCALARS for d, a in zip(dts, args)):
        return res
    return _prefer(res)


def _value_dtype(v: Any) -> np.dtype[Any]:
    if isinstance(v, bool):
        return np.dtype(bool)
    if isinstance(v, int):
        if v >= 2**63:
            if v >= 2**64:
                raise OverflowError(f"Python integer {v} out of bounds for uint64")
            return np.dtype(np.uint64)
        if v < -(2**63):
            raise OverflowError(f"Python integer {v} out of bounds for int64")
        return np.dtype(np.int64)
    return np.dtype(np.complex128) if isinstance(v, complex) else np.dtype(np.float64)


def _prefer(d: np.dtype[Any]) -> np.dtype[Any]:
    cfg = get_config()
    if d == np.dtype(np.float64):
        return cfg.default_float
    return cfg.default_complex if d == np.dtype(np.complex128) else d


def _length(start: Any, stop: Any, step: Any) -> int:
    q = (stop - start) / step  # ZeroDivisionError for a zero step, as NumPy
    if isinstance(q, complex):
        if math.isnan(q.real) or math.isnan(q.imag):
            raise ValueError("arange: cannot compute length")
        re, im = q.real, q.imag
        if math.isinf(re) or math.isinf(im):
            raise ValueError("Maximum allowed size exceeded")
        n = min(math.ceil(re), math.ceil(im))
    else:
        if math.isnan(q):
            raise ValueError("arange: cannot compute length")
        if math.isinf(q):
            raise ValueError("Maximum allowed size exceeded")
        n = math.ceil(q)
    if n >= 2**63:
        raise ValueError("Maximum allowed size exceeded")
    return max(n, 0)


def _fill(first: tf.Tensor, second: tf.Tensor, n: Any, d: np.dtype[Any]) -> tf.Tensor:
    """NumPy's arange fill: `first`, then `first + i * (second - first)` (0-d tensors of the result dtype)."""
    tfd = NP_TO_TF[d]
    if d.kind == "b":
        return tf.stack([first, second])[:n]
    if d in _HALF:  # NumPy (and ml_dtypes) fill half floats in float32
        calc = tf.float32
        delta = cast(second, calc) - cast(first, calc)
    else:
        calc = tf.uint64 if d == np.dtype(np.uint64) else tf.int64 if d.kind in "iu" else tfd
        delta = cast(second - first, calc)  # integers wrap in the result dtype, as in NumPy
    idx = cast(tf.range(n, dtype=tf.int64), calc)
    return cast(cast(first, calc) + idx * delta, tfd)


def arange(
    start_or_stop: Any,
    /,
    stop: Any = None,
    step: Any = 1,
    *,
    dtype: Any = None,
    device: Any = None,
    like: Any = None,
) -> ndarray:
    """`numpy.arange`: evenly spaced values in a half-open interval.

    Inferred dtypes are NumPy's (int64, float64, complex128, or float32/complex64 under
    prefer_float32). Also accepts tensor arguments inside tf.function (length and values from TF ops).

    Examples:
        >>> tnp.arange(5)
        tnp.array([0, 1, 2, 3, 4])
        >>> tnp.arange(1.0, 2.0, 0.25)
        tnp.array([1.  , 1.25, 1.5 , 1.75])
    """
    if type(start_or_stop) is int and (stop is None or type(stop) is int) and type(step) is int:
        if device is None and like is None and (dtype is None or as_np_dtype(dtype) == _INT64):
            r = _int_arange(start_or_stop, stop, step)
            if r is not None:
                return r
    no_like(like, "arange")
    start, stop = (0, start_or_stop) if stop is None else (start_or_stop, stop)
    args = (start, stop, step)
    want = None if dtype is None else as_np_dtype(dtype)
    with maybe_device(device):
        if any(isinstance(a, TENSOR_TYPES) and is_symbolic(to_tensor(a)) for a in args):
            return wrap(_arange_traced(args, want))
        vals = [_py_value(a) for a in args]
        n = _length(*vals)
        d = want if want is not None else _inferred(args)
        if d.kind == "b" and n > 2:
            raise TypeError("arange() is only supported for booleans when the result has at most length 2.")
        _check_allocatable((n,), d)  # NumPy's ValueError beyond int64 bytes, MemoryError beyond memory
        if n <= _HOST_FILL:  # small: NumPy's own arange on the host, one constant
            return wrap(tf.constant(np.arange(*vals, dtype=d)))
        first = np.asarray(vals[0], dtype=d)
        second = np.asarray(vals[0] + vals[2], dtype=d) if n > 1 else first
        return wrap(_fill(tf.constant(first), tf.constant(second), n, d))


_RANGE_PLANS = plan_cache()  # (start_or_stop, stop, step) -> the Range op's 0-d int64 start, limit, delta


def _int_arange(start_or_stop: int, stop: int | None, step: int) -> ndarray | None:
    """Eagerly, arange of Python ints in int64: one Range op on cached scalars; None where the general path
    decides (a graph, values beyond int64, a zero step, a result too large)."""
    if eager_caches() is None:
        return None
    key = (start_or_stop, stop, step)
    plan = _RANGE_PLANS.get(key)
    if plan is None:
        plan = _range_plan(start_or_stop, stop, step)
        if plan is None:
            return None
        bounded_put(_RANGE_PLANS, key, plan)
    return wrap(gm._range(*plan))


def _range_plan(start: int, stop: int | None, step: int) -> tuple[tf.Tensor, ...] | None:
    start, stop = (0, start) if stop is None else (start, stop)
    if not (step and _INT64_MIN <= min(start, stop) and max(start, stop) <= _INT64_MAX):
        return None
    n = _length(start, stop, step)  # as NumPy: in floating point
    limit = start + n * step
    if not _INT64_MIN <= limit <= _INT64_MAX:
        return None
    _check_allocatable((n,), _INT64)
    ts = [eager_int64(v) for v in (start, limit, step)]
    return None if ts[0] is None else tuple(ts)


def _arange_traced(args: tuple[Any, Any, Any], want: np.dtype[Any] | None) -> tf.Tensor:
    ts = [to_tensor(a) for a in args]
    for t in ts:
        if t.shape.rank != 0:
            raise _not_scalar(t.shape.num_elements())
    src = result_type_of_keys(*(_arg_dtype(a) for a in args))
    if src.kind == "c":
        raise NotImplementedError("arange with complex tensor arguments inside tf.function is not supported")
    d = want if want is not None else _inferred(args)
    start, stop, step = (cast(t, NP_TO_TF[src]) for t in ts)
    f64 = [cast(t, tf.float64) for t in (start, stop, step)]
    n = tf.cast(tf.maximum(tf.math.ceil((f64[1] - f64[0]) / f64[2]), 0.0), tf.int64)
    return _fill(cast(start, NP_TO_TF[d]), cast(start + step, NP_TO_TF[d]), n, d)


# ---- linspace and friends ----------------------------------------------------------------------------------


def _inexact(*xs: Any) -> tuple[list[tf.Tensor], np.dtype[Any]]:
    """Tensors for `xs` and NumPy's `result_type(*xs)` made inexact (Python scalars are weak)."""
    keys: list[Any] = []
    ts = []
    for x in xs:
        t = to_tensor(x)
        ts.append(t)
        keys.append(type(x) if type(x) in _PY_SCALARS else TF_TO_NP[t.dtype])
    dt = result_type_of_keys(*keys)
    if dt.kind in "biu":
        dt = result_type_of_keys(dt, float)
    return ts, dt


def _move_first_axis(y: tf.Tensor, axis: Any) -> tf.Tensor:
    nd = y.shape.rank
    axis = index_axis(axis)  # OverflowError beyond a C int, as NumPy
    if not -nd <= axis < nd:
        raise AxisError(f"destination: axis {axis} is out of bounds for array of dimension {nd}")
    axis %= nd
    if axis == 0:
        return y
    perm = list(range(1, nd))
    perm.insert(axis, 0)
    return tf.transpose(y, perm)


def _set_row(y: tf.Tensor, row: tf.Tensor, last: bool) -> tf.Tensor:
    """`y` with its first (or last) row along axis 0 replaced by `row` broadcast to the row's shape."""
    row = tf.broadcast_to(row, tf.shape(y)[1:])[None]
    return tf.concat([y[:-1], row], 0) if last else tf.concat([row, y[1:]], 0)


def _linspace(
    start: Any, stop: Any, num: int, endpoint: bool, dt_extra: Any = None
) -> tuple[tf.Tensor, Any, Any]:
    """NumPy's linspace along a new first axis, in the inexact result dtype: (y, step, dt)."""
    (s, e), dt = _inexact(start, stop)
    _check_broadcast(s, e)
    _check_allocatable((num,), dt)
    calc = NP_TO_TF[dt]
    s, e = cast(s, calc), cast(e, calc)
    div = num - 1 if endpoint else num
    delta = e - s
    y = cast(tf.range(num, dtype=tf.int64), calc)
    y = tf.reshape(y, [-1] + [1] * delta.shape.rank)
    step: Any
    if div > 0:
        step = delta / tf.constant(div, calc)
        y = tf.where(tf.equal(step, 0), y / tf.constant(div, calc) * delta, y * step)  # NumPy's denormal rule
    else:
        step = math.nan
        y = y * delta
    y = y + s
    if endpoint and num > 1:
        y = _set_row(y, e, last=True)
    return y, step, dt


def _check_broadcast(*ts: tf.Tensor) -> None:
    """NumPy's ValueError when tensors of static shapes cannot broadcast together."""
    shapes = [tuple(t.shape.as_list()) for t in ts if t.shape.rank]
    if len(shapes) > 1 and all(None not in sh for sh in shapes):
        try:
            np.broadcast_shapes(*shapes)
        except ValueError:
            joined = " ".join(str(sh).replace(" ", "") for sh in shapes)
            raise ValueError(f"operands could not be broadcast together with shapes {joined}") from None


def _num(num: Any) -> int:
    num = operator.index(num)
    if num < 0:
        raise ValueError(f"Number of samples, {num}, must be non-negative.")
    return int(num)


def _finish(y: tf.Tensor, dtype: Any, axis: Any) -> ndarray:
    y = _move_first_axis(y, axis)
    if dtype is not None:
        d = as_np_dtype(dtype)
        if d.kind in "iu":
            if y.dtype.is_complex:
                raise TypeError(
                    "ufunc 'floor' not supported for complex input (linspace to an integer dtype)"
                )
            y = tf.math.floor(y)
        y = cast(y, NP_TO_TF[d])
    return wrap(y)


def linspace(
    start: Any,
    stop: Any,
    num: Any = 50,
    endpoint: bool = True,
    retstep: bool = False,
    dtype: Any = None,
    axis: Any = 0,
    *,
    device: Any = None,
) -> Any:
    """`numpy.linspace`: evenly spaced numbers over an interval.

    Differs: a bfloat16 `start`/`stop` with Python scalars stays bfloat16 (NumPy gives
    float64, an ml_dtypes promotion quirk). The `retstep` step is a 0-d tnp array (or NaN when undefined).

    Examples:
        >>> tnp.linspace(0, 1, 5)
        tnp.array([0.  , 0.25, 0.5 , 0.75, 1.  ])
    """
    num = _num(num)
    if dtype is not None:
        as_np_dtype(dtype)  # NumPy reads the dtype before the values
    with maybe_device(device):
        y, step, _ = _linspace(start, stop, num, endpoint)
        out = _finish(y, dtype, axis)
    if retstep:
        return out, (step if isinstance(step, float) else wrap(step))
    return out


def _expand_leading(t: tf.Tensor, nd: int) -> tf.Tensor:
    return tf.reshape(t, [1] * (nd - t.shape.rank) + tf.unstack(tf.shape(t))) if t.shape.rank < nd else t


def logspace(
    start: Any,
    stop: Any,
    num: Any = 50,
    endpoint: bool = True,
    base: Any = 10.0,
    dtype: Any = None,
    axis: Any = 0,
    *,
    device: Any = None,
) -> ndarray:
    """`numpy.logspace`: `base ** linspace(start, stop)`; an array `base` is broadcast as in NumPy.

    Examples:
        >>> tnp.logspace(0, 3, 4)
        tnp.array([   1.,   10.,  100., 1000.])
    """
    from ._operators import power

    num = _num(num)
    with maybe_device(device):
        if (
            type(base) not in (float, int)
            and not isinstance(base, (float, int))
            and to_tensor(base).shape.rank
        ):
            ts = [to_tensor(x) for x in (start, stop, base)]
            _check_broadcast(*ts)
            nd = max(t.shape.rank for t in ts)
            start, stop, b = (_expand_leading(t, nd) for t in ts)
            ax = operator.index(axis)
            if not -(nd + 1) <= ax <= nd:
                raise AxisError(f"axis {ax} is out of bounds for array of dimension {nd + 1}")
            base = wrap(tf.expand_dims(b, ax))
        y, _, _ = _linspace(start, stop, num, endpoint)
        if (
            type(base) in _PY_SCALARS
        ):  # weak: take y's dtype (as a tensor: see the report on scalar-first ufuncs)
            base = wrap(to_tensor(base, result_type_of_keys(type(base), TF_TO_NP[y.dtype])))
        r = power(base, _finish(y, None, axis))
        return r if dtype is None else _finish(r._t, dtype, 0)


def _log10(x: tf.Tensor) -> tf.Tensor:
    """log10 as NumPy computes it: on the host when eager (TensorFlow's log(x) / ln(10) can be an ulp off)."""
    if is_symbolic(x):
        return tf.math.log(x) / tf.constant(math.log(10.0), x.dtype)
    v = x.numpy()
    return tf.constant(np.log10(v).astype(v.dtype))


def geomspace(
    start: Any,
    stop: Any,
    num: Any = 50,
    endpoint: bool = True,
    dtype: Any = None,
    axis: Any = 0,
    *,
    device: Any = None,
) -> ndarray:
    """`numpy.geomspace`. The zero check (ValueError) needs values, so it is skipped inside tf.function.

    Examples:
        >>> tnp.geomspace(1, 1000, 4)
        tnp.array([   1.,   10.,  100., 1000.])
    """
    from ._operators import power

    num = _num(num)
    with maybe_device(device):
        s, e = to_tensor(start), to_tensor(stop)
        if not (is_symbolic(s) or is_symbolic(e)):
            if bool(np.any(s.numpy() == 0)) or bool(np.any(e.numpy() == 0)):
                raise ValueError("Geometric sequence cannot include zero")
        ins = (TF_TO_NP[s.dtype], TF_TO_NP[e.dtype])
        dt = result_type_of_keys(*ins, float, np.dtype(np.float64) if dtype is None else as_np_dtype(dtype))
        if dtype is None and not any(d.kind in "fc" and d.itemsize >= 8 for d in ins):
            dt = _prefer(dt)
        _check_broadcast(s, e)
        calc = NP_TO_TF[dt]
        s, e = cast(s, calc), cast(e, calc)
        sign = tf.sign(s)
        s, e = s / sign, e / sign
        y, _, _ = _linspace(wrap(_log10(s)), wrap(_log10(e)), num, endpoint)
        r = power(wrap(tf.constant(10.0, y.dtype)), wrap(y))._t
        if num > 0:
            r = _set_row(r, s, last=False)
            if num > 1 and endpoint:
                r = _set_row(r, e, last=True)
        r = _move_first_axis(r * sign, axis)
        return wrap(r) if dtype is None else wrap(cast(r, NP_TO_TF[as_np_dtype(dtype)]))


__all__ = ["arange", "geomspace", "linspace", "logspace"]
