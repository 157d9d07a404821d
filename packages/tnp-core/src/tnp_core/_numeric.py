"""The numeric methods of ndarray that are not ufuncs: clip, round/around, dot."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._convert import cast, to_tensor
from ._dtypes import ENUM_TO_NP, NP_TO_TF, TF_TO_NP
from ._matmul import in_kernel_dtype
from ._ndarray import ndarray, wrap
from ._operators import maximum, minimum, positive
from ._tf import enum_of, tf

_NoValue: Any = np._NoValue
_BOUNDS = (int, float)
_FLOATS = frozenset(enum for enum, d in ENUM_TO_NP.items() if d.kind == "f")


def _out(result: ndarray, out: Any) -> ndarray:
    if out is None:
        return result
    return positive(result, out=out, casting="unsafe")  # type: ignore[no-any-return]


def clip(
    a: Any,
    a_min: Any = _NoValue,
    a_max: Any = _NoValue,
    out: Any = None,
    *,
    min: Any = _NoValue,
    max: Any = _NoValue,
    **kwargs: Any,
) -> ndarray:
    """`numpy.clip`: limit the values to an interval.

    `minimum(maximum(a, min), max)` with NumPy's dtype rules (a Python int bound outside an
    integer array's range is dropped, as NumPy does).

    Examples:
        >>> tnp.clip(tnp.arange(6), 1, 4)
        tnp.array([1, 1, 2, 3, 4, 4])
    """
    if (
        type(a) is ndarray
        and out is None
        and not kwargs
        and type(a_min) in _BOUNDS
        and type(a_max) in _BOUNDS
        and min is _NoValue
        and max is _NoValue
        and enum_of(a._t) in _FLOATS
    ):  # the common call, `clip(x, 0, 1)` on a float array: no int-range rule to apply
        return minimum.binary(maximum.binary(a, a_min), a_max)
    if a_min is _NoValue and a_max is _NoValue:
        lo = None if min is _NoValue else min
        hi = None if max is _NoValue else max
    elif a_min is _NoValue:
        raise TypeError("clip() missing 1 required positional argument: 'a_min'")
    elif a_max is _NoValue:
        raise TypeError("clip() missing 1 required positional argument: 'a_max'")
    elif min is not _NoValue or max is not _NoValue:
        raise ValueError(
            "Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden."
        )
    else:
        lo, hi = a_min, a_max
    if not isinstance(a, ndarray):
        a = wrap(to_tensor(a))
    d = a.dtype
    if d.kind in "iu":
        info = np.iinfo(d)
        if type(lo) is int and lo <= info.min:
            lo = None
        if type(hi) is int and hi >= info.max:
            hi = None
    if lo is None and hi is None:
        return positive(a, out=out, **kwargs)  # type: ignore[no-any-return]
    if lo is None:
        return minimum(a, hi, out=out, **kwargs)  # type: ignore[no-any-return]
    if hi is None:
        return maximum(a, lo, out=out, **kwargs)  # type: ignore[no-any-return]
    return minimum(maximum(a, lo, **kwargs), hi, out=out, **kwargs)  # type: ignore[no-any-return]


def _round_real(t: tf.Tensor, decimals: int) -> tf.Tensor:
    d = t.dtype
    if d.is_integer:
        if decimals >= 0:
            return t
        p = 10 ** (-decimals)
        wide = tf.bitcast(t, tf.int64) if d == tf.uint64 else tf.cast(t, tf.int64)
        q = tf.cast(tf.math.round(tf.cast(wide, tf.float64) / p), tf.int64) * p
        return tf.bitcast(q, tf.uint64) if d == tf.uint64 else tf.cast(q, d)
    if decimals >= 0:  # computed in the array's dtype, as NumPy does (float16 can overflow to inf)
        p = tf.constant(10.0**decimals, d)
        return tf.math.round(t * p) / p
    p = tf.constant(10.0 ** (-decimals), d)
    return tf.math.round(t / p) * p


def round(a: Any, decimals: Any = 0, out: Any = None) -> ndarray:
    """`numpy.round`: half to even; negative `decimals` round to tens, hundreds, ... (integers too).

    Examples:
        >>> tnp.round(tnp.array([0.5, 1.5, 2.567]), 1)
        tnp.array([0.5, 1.5, 2.6])
        >>> tnp.round(tnp.array([1234, 5678]), -2)
        tnp.array([1200, 5700])
    """
    import operator

    t = to_tensor(a)
    dec = operator.index(decimals)
    if t.dtype == tf.bool:
        if dec != 0:
            np.round(np.zeros((), bool), dec)  # NumPy's own UFuncTypeError (no bool loop for the scaling)
        t = tf.cast(t, tf.float16)  # NumPy's loop for bool is float16
    if t.dtype.is_complex:
        r = tf.complex(_round_real(tf.math.real(t), dec), _round_real(tf.math.imag(t), dec))
    else:
        r = _round_real(t, dec)
    return _out(wrap(r), out)


around = round


def _tensordot(a: tf.Tensor, b: tf.Tensor, axes: Any) -> tf.Tensor:
    """tensordot in the operands' (common) dtype, integers wrapping as NumPy's do."""
    return in_kernel_dtype(lambda x, y: tf.tensordot(x, y, axes), a, b)


def dot(a: Any, b: Any, out: Any = None) -> ndarray:
    """`numpy.dot`: 0-d operands multiply; otherwise sum over a's last axis and b's second-to-last.

    Examples:
        >>> tnp.dot(tnp.array([1, 2, 3]), tnp.array([4, 5, 6]))
        tnp.array(32)
        >>> tnp.dot(tnp.array([[1, 2], [3, 4]]), tnp.array([1, 1]))
        tnp.array([3, 7])
    """
    ta, tb = to_tensor(a), to_tensor(b)
    res = np.matmul.resolve_dtypes((TF_TO_NP[ta.dtype], TF_TO_NP[tb.dtype], None))[-1]
    na, nb = ta.shape.rank, tb.shape.rank
    if na == 0 or nb == 0:
        from ._operators import multiply

        return multiply(wrap(ta), wrap(tb), out=out)  # type: ignore[no-any-return]
    ta, tb = cast(ta, NP_TO_TF[res]), cast(tb, NP_TO_TF[res])
    bx = 0 if nb == 1 else nb - 2
    ka, kb = ta.shape[-1], tb.shape[bx]
    if ka is not None and kb is not None and ka != kb:
        raise ValueError(
            f"shapes {tuple(ta.shape.as_list())} and {tuple(tb.shape.as_list())} not aligned: "
            f"{ka} (dim {na - 1}) != {kb} (dim {bx})"
        )
    return _out(wrap(_tensordot(ta, tb, [[na - 1], [bx]])), out)


__all__ = ["around", "clip", "dot", "round"]
