"""Differences and integration: diff, ediff1d, gradient, trapezoid.

The arithmetic goes through tnp-core's ufuncs, so dtypes follow NumPy's promotion. Differs from NumPy: while
tracing, `gradient` cannot see whether coordinate arrays are evenly spaced, so it always uses the uneven-spacing
formula for them (equal up to rounding).
"""

from __future__ import annotations

import operator
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import (
    NP_TO_TF,
    TF_TO_NP,
    cast,
    is_symbolic,
    ndarray,
    normalize_axes,
    normalize_axis,
    to_tensor,
    wrap,
)

_NO_VALUE: Any = np._NoValue  # NumPy's "argument not given" sentinel


def _along(nd: int, axis: int, s: Any) -> tuple[Any, ...]:
    """An index tuple that applies `s` on `axis` and takes everything on the other axes."""
    return (slice(None),) * axis + (s,) + (slice(None),) * (nd - axis - 1)


def _np_dtype(t: tf.Tensor) -> np.dtype[Any]:
    return np.dtype(TF_TO_NP[t.dtype])


def _order(n: Any) -> int:
    """diff's `n`. NumPy tests `n == 0` before using it, so an array of other than one element is ValueError
    (and `n < 0` next: a list or tuple is a TypeError)."""
    if isinstance(n, (list, tuple)):
        raise TypeError(f"'<' not supported between instances of '{type(n).__name__}' and 'int'")
    size = 1 if isinstance(n, (int, np.integer)) else np.size(n)
    if size != 1:
        what = "an empty array" if size == 0 else "an array with more than one element"
        raise ValueError(f"The truth value of {what} is ambiguous (diff's n must be an integer)")
    return operator.index(n)


def diff(a: Any, n: Any = 1, axis: Any = -1, prepend: Any = _NO_VALUE, append: Any = _NO_VALUE) -> Any:
    """`numpy.diff`: the n-th discrete difference along `axis` (bool arrays use `!=`, as NumPy).

    Examples:
        >>> tnp.diff(tnp.array([1, 4, 9, 16]))
        tnp.array([3, 5, 7])
        >>> tnp.diff(tnp.array([1, 4, 9, 16]), n=2)
        tnp.array([2, 2])
    """
    n = _order(n)
    if n == 0:
        return a  # NumPy returns its input unchanged (even a list)
    if n < 0:
        raise ValueError(f"order must be non-negative but got {n!r}")
    t = to_tensor(a)
    nd = t.shape.rank
    if nd is None:
        raise ValueError("diff needs the array's rank, which is unknown while tracing")
    if nd == 0:
        raise ValueError("diff requires input that is at least one dimensional")
    ax = normalize_axis(axis, nd)
    parts = [t]
    for value, first in ((prepend, True), (append, False)):
        if value is _NO_VALUE:
            continue
        v = to_tensor(value)
        if v.shape.rank == 0:
            shape = tf.tensor_scatter_nd_update(tf.shape(t), [[ax]], [1])
            v = tf.broadcast_to(v, shape)
        parts.insert(0 if first else len(parts), v)
    if len(parts) > 1:
        d = NP_TO_TF[np.result_type(*(_np_dtype(p) for p in parts))]
        t = tf.concat([cast(p, d) for p in parts], ax)
    length = t.shape[ax]
    if length is not None:  # the axis is empty after `length` steps: more change nothing (NumPy loops on)
        n = min(n, max(length, 1))
    for _ in range(n):
        hi, lo = t[_along(nd, ax, slice(1, None))], t[_along(nd, ax, slice(None, -1))]
        t = tf.not_equal(hi, lo) if t.dtype == tf.bool else hi - lo
    return wrap(t)


def ediff1d(ary: Any, to_end: Any = None, to_begin: Any = None) -> ndarray:
    """`numpy.ediff1d`: differences of the flattened array, with `to_begin`/`to_end` cast to its dtype.

    Examples:
        >>> tnp.ediff1d(tnp.array([1, 2, 4, 7]), to_begin=0)
        tnp.array([0, 1, 2, 3])
    """
    t = tf.reshape(to_tensor(ary), [-1])
    dt = _np_dtype(t)
    parts: list[tf.Tensor | None] = []
    for value, name in ((to_begin, "to_begin"), (to_end, "to_end")):
        if value is None:
            parts.append(None)
            continue
        v = to_tensor(value)
        if not np.can_cast(_np_dtype(v), dt, casting="same_kind"):
            raise TypeError(
                f"dtype of `{name}` must be compatible with input `ary` under the `same_kind` rule."
            )
        parts.append(cast(tf.reshape(v, [-1]), t.dtype))
    if t.dtype == tf.bool:
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported (ediff1d of a bool array)"
        )
    d = t[1:] - t[:-1]
    begin, end = parts
    return wrap(tf.concat([p for p in (begin, d, end) if p is not None], 0))


def trapezoid(y: Any, x: Any = None, dx: Any = 1.0, axis: Any = -1) -> ndarray:
    """`numpy.trapezoid`: the composite trapezoidal rule along `axis`.

    Examples:
        >>> tnp.trapezoid(tnp.array([1, 2, 3]))
        tnp.array(4.)
        >>> tnp.trapezoid(tnp.array([1, 2, 3]), x=tnp.array([0, 2, 4]))
        tnp.array(8.)
    """
    yt = wrap(to_tensor(y))
    nd = yt.ndim
    if x is None:
        d: Any = dx
    else:
        xt = wrap(to_tensor(x))
        if xt.ndim == 1:
            d = diff(xt)
            shape = [1] * nd
            shape[axis] = d.shape[0] if d.shape[0] is not None else -1
            d = tnp_core.reshape(d, tuple(shape))
        else:
            d = diff(xt, axis=axis)
    slice1, slice2 = [slice(None)] * nd, [slice(None)] * nd
    slice1[axis] = slice(1, None)  # an out-of-range axis raises IndexError, as in NumPy
    slice2[axis] = slice(None, -1)
    s = tnp_core.add(yt[tuple(slice1)], yt[tuple(slice2)])
    return tnp_core.sum(tnp_core.true_divide(tnp_core.multiply(d, s), 2.0), axis)


def _spacing(dist: Any, size: Any) -> Any:
    """One axis' spacing: a scalar stays as given; coordinates become their differences (ints as float64)."""
    v = to_tensor(dist)
    if v.shape.rank == 0:
        return dist
    if v.shape.rank != 1:
        raise ValueError("distances must be either scalars or 1d")
    if v.shape[0] is not None and size is not None and v.shape[0] != size:
        raise ValueError("when 1d, distances must match the length of the corresponding dimension")
    if v.dtype.is_integer or v.dtype == tf.bool:
        v = tf.cast(v, tf.float64)
    dx = v[1:] - v[:-1]
    if not is_symbolic(dx) and dx.shape[0] and bool(tf.reduce_all(tf.equal(dx, dx[0]))):
        return wrap(dx[0])
    return wrap(dx)


def gradient(f: Any, *varargs: Any, axis: Any = None, edge_order: int = 1) -> Any:
    """`numpy.gradient`: the gradient of an array by finite differences.

    Central differences inside, one-sided (order 1 or 2) at the edges; a tuple for several
    axes.

    Examples:
        >>> tnp.gradient(tnp.array([1, 2, 4, 7]))
        tnp.array([1. , 1.5, 2.5, 3. ])
        >>> tnp.gradient(tnp.array([1, 2, 4, 7]), 2.0)
        tnp.array([0.5 , 0.75, 1.25, 1.5 ])
    """
    ft = to_tensor(f)
    nd = ft.shape.rank
    if nd is None:
        raise ValueError("gradient needs the array's rank, which is unknown while tracing")
    axes = normalize_axes(axis, nd)
    sizes = ft.shape.as_list()
    n = len(varargs)
    if n == 0:
        dx: list[Any] = [1.0] * len(axes)
    elif n == 1 and np.ndim(varargs[0]) == 0:
        dx = [varargs[0]] * len(axes)
    elif n == len(axes):
        dx = [_spacing(d, sizes[ax]) for d, ax in zip(varargs, axes)]
    else:
        raise TypeError("invalid number of arguments")
    if edge_order > 2:
        raise ValueError("'edge_order' greater than 2 not supported")
    otype = _np_dtype(ft)
    if otype.kind not in "fc":
        if otype.kind in "iu":
            ft = tf.cast(ft, tf.float64)
        otype = np.dtype(np.float64)
    fa = wrap(ft)
    add, mul, div, sub = tnp_core.add, tnp_core.multiply, tnp_core.true_divide, tnp_core.subtract
    outs = []
    for ax, h in zip(axes, dx):
        if sizes[ax] is not None and sizes[ax] < edge_order + 1:
            raise ValueError(
                "Shape of array too small to calculate a numerical gradient, "
                "at least (edge_order + 1) elements are required."
            )

        def fs(s: Any, ax: int = ax) -> Any:
            return fa[_along(nd, ax, s)]

        uniform = np.ndim(h) == 0 if not isinstance(h, ndarray) else h.ndim == 0
        shape = [1] * nd
        shape[ax] = -1
        if uniform:
            mid = div(sub(fs(slice(2, None)), fs(slice(None, -2))), mul(2.0, h))
        else:
            d1, d2 = h[0:-1], h[1:]
            a = tnp_core.reshape(div(tnp_core.negative(d2), mul(d1, add(d1, d2))), tuple(shape))
            b = tnp_core.reshape(div(sub(d2, d1), mul(d1, d2)), tuple(shape))
            c = tnp_core.reshape(div(d1, mul(d2, add(d1, d2))), tuple(shape))
            mid = add(add(mul(a, fs(slice(None, -2))), mul(b, fs(slice(1, -1)))), mul(c, fs(slice(2, None))))
        first, second, third = slice(0, 1), slice(1, 2), slice(2, 3)
        last, last2, last3 = slice(-1, None), slice(-2, -1), slice(-3, -2)
        if edge_order == 1:
            h0, hn = (h, h) if uniform else (h[0], h[-1])
            lo = div(sub(fs(second), fs(first)), h0)
            hi = div(sub(fs(last), fs(last2)), hn)
        else:
            if uniform:
                a, b, c = div(-1.5, h), div(2.0, h), div(-0.5, h)
            else:
                d1, d2 = h[0], h[1]
                a = div(tnp_core.negative(add(mul(2.0, d1), d2)), mul(d1, add(d1, d2)))
                b = div(add(d1, d2), mul(d1, d2))
                c = div(tnp_core.negative(d1), mul(d2, add(d1, d2)))
            lo = add(add(mul(a, fs(first)), mul(b, fs(second))), mul(c, fs(third)))
            if uniform:
                a, b, c = div(0.5, h), div(-2.0, h), div(1.5, h)
            else:
                d1, d2 = h[-2], h[-1]
                a = div(d2, mul(d1, add(d1, d2)))
                b = div(tnp_core.negative(add(d2, d1)), mul(d1, d2))
                c = div(add(mul(2.0, d2), d1), mul(d2, add(d1, d2)))
            hi = add(add(mul(a, fs(last3)), mul(b, fs(last2))), mul(c, fs(last)))
        ct = NP_TO_TF[otype]
        parts = [to_tensor(p) for p in (lo, mid, hi)]
        outs.append(wrap(tf.concat([cast(p, ct) for p in parts], ax)))
    return outs[0] if len(axes) == 1 else tuple(outs)


__all__ = ["diff", "ediff1d", "gradient", "trapezoid"]
