"""The reductions ndarray's methods need: sum/prod/mean/var/std/min/max/ptp/all/any/argmax/argmin/cumsum/...

One kernel per (operation, dtype kind) in the `_KERNELS` table does the masked reduction over static axes; the
public functions only decide dtypes, axes, `initial=` and `out=`. Differs from NumPy: while tracing with an
unknown dimension, a zero-size min/max/argmax cannot raise (it gives the identity of TF's kernel instead);
a complex min/max with a NaN gives nan+nanj (NumPy gives the first NaN element); `count_nonzero` returns a 0-d
array (NumPy an int64 scalar).
"""

from __future__ import annotations

import builtins
import math
from collections.abc import Callable
from typing import Any

import numpy as np

from ._axes import is_bool, normalize_axis, reduction_axes
from ._convert import cast, int_arg, to_tensor
from ._dtypes import ENUM_TO_NP, NP_TO_TF, TF_TO_NP, as_np_dtype, ufunc_dtype
from ._matmul import in_kernel_dtype
from ._ndarray import ndarray, wrap
from ._tf import EagerTensor, dims_of, enum_of, gen_array_ops, gen_math_ops as gm, in_xla, tf

_BOOL, _INT64, _F64, _F32, _F16 = (np.dtype(n) for n in ("bool", "int64", "float64", "float32", "float16"))
_TF_BOOL = tf.bool
Kernel = Callable[[tf.Tensor, Any, bool, "tf.Tensor | None"], tf.Tensor]  # (t, axes, keepdims, mask)


# ---- helpers ----------------------------------------------------------------------------------------------
def _np_dtype(t: tf.Tensor) -> np.dtype[Any]:
    return TF_TO_NP[t.dtype]


def _axes(axis: Any, t: tf.Tensor, scalar_axis_ok: bool = True) -> tuple[int, ...] | None:
    """Static reduction axes; None for axis=None on an array of unknown rank (TF reduces every axis)."""
    if t.shape.rank is None:
        if axis is None:
            return None
        raise ValueError("a reduction over an axis needs the array's rank, which is unknown while tracing")
    return reduction_axes(axis, t.shape.rank, scalar_axis_ok)


def _tf_axes(axes: tuple[int, ...] | None) -> Any:
    """Static axes as TF's reductions take them (an int array: a Python list would convert slowly)."""
    return None if axes is None else int_arg(axes)


def _mask(where: Any, t: tf.Tensor) -> tf.Tensor | None:
    """`where=` as a bool tensor of `t`'s shape (None for True); ValueError if it does not broadcast."""
    if where is True:
        return None
    m = to_tensor(where, _BOOL)
    ms, ts = m.shape, t.shape
    if ms.rank is not None and ts.rank is not None:
        if ms.rank > ts.rank:
            raise ValueError("input operand `where` has more dimensions than allowed by the axis remapping")
        for md, td in zip(reversed(ms.as_list()), reversed(ts.as_list())):
            if md not in (1, None) and td is not None and md != td:
                raise ValueError(
                    f"operands could not be broadcast together: where= of shape {tuple(ms.as_list())} and "
                    f"array of shape {tuple(ts.as_list())}"
                )
        if ms.as_list() == ts.as_list() and None not in ms.as_list():
            return m
    return tf.broadcast_to(m, tf.shape(t))


def _count(t: tf.Tensor, axes: tuple[int, ...] | None) -> Any:
    """How many elements each reduction sees: a Python int when the dims are static, else an int64 tensor."""
    if axes is None:
        return tf.size(t, out_type=tf.int64)
    dims = [t.shape[i] for i in axes]
    if None not in dims:
        return math.prod(dims)
    return tf.reduce_prod(tf.gather(tf.shape(t, out_type=tf.int64), list(axes)))


def _check_nonempty(t: tf.Tensor, axes: tuple[int, ...] | None, op: str) -> None:
    if axes is None or (type(t) is EagerTensor and t._num_elements()):
        return
    if builtins.any(t.shape[i] == 0 for i in axes):
        raise ValueError(f"zero-size array to reduction operation {op} which has no identity")


def store(r: tf.Tensor, out: Any, name: str = "reduction") -> ndarray:
    """`r` as an ndarray, or stored into `out` (cast unsafely, as NumPy's reductions do; `out` is rebound)."""
    if out is None:
        return wrap(r)
    if type(out) is tuple:
        if len(out) != 1:
            raise ValueError("The 'out' tuple must have length 1 (the number of outputs)")
        out = out[0]
    if not isinstance(out, ndarray):
        raise TypeError(f"{name}: out= must be a tnp.ndarray, got {type(out).__name__}")
    oshape, rshape = out._t.shape, r.shape
    if oshape.rank is not None and rshape.rank is not None:
        if oshape.rank != rshape.rank or builtins.any(
            a is not None and b is not None and a != b for a, b in zip(oshape.as_list(), rshape.as_list())
        ):
            raise ValueError(
                f"output parameter for reduction operation {name} has the wrong shape: found "
                f"{tuple(oshape.as_list())}, expected {tuple(rshape.as_list())}"
            )
    out._t = cast(r, out._t.dtype)
    return out


def _fill(t: tf.Tensor, mask: tf.Tensor | None, value: Any) -> tf.Tensor:
    return t if mask is None else tf.where(mask, t, tf.constant(value, t.dtype))


def _is_nan(t: tf.Tensor) -> tf.Tensor:
    if t.dtype.is_complex:
        return tf.math.logical_or(tf.math.is_nan(tf.math.real(t)), tf.math.is_nan(tf.math.imag(t)))
    if t.dtype.is_floating:
        return tf.math.is_nan(t)
    return tf.zeros(tf.shape(t), tf.bool)


def _extreme_value(d: tf.DType, is_max: bool) -> Any:
    """The fill value that never wins a max (is_max) or min: -inf/+inf, or the integer dtype's min/max."""
    if d.is_floating:
        return -np.inf if is_max else np.inf
    return d.min if is_max else d.max


# ---- kernels: (t, axes, keepdims, mask) -> reduced tensor ------------------------------------------------
def _sum(t: tf.Tensor, axes: Any, kd: bool, mask: tf.Tensor | None) -> tf.Tensor:
    return tf.reduce_sum(_fill(t, mask, 0), axis=axes, keepdims=kd)


def _prod(t: tf.Tensor, axes: Any, kd: bool, mask: tf.Tensor | None) -> tf.Tensor:
    return tf.reduce_prod(_fill(t, mask, 1), axis=axes, keepdims=kd)


def _any(t: tf.Tensor, axes: Any, kd: bool, mask: tf.Tensor | None) -> tf.Tensor:
    return tf.reduce_any(_fill(t, mask, False), axis=axes, keepdims=kd)


def _all(t: tf.Tensor, axes: Any, kd: bool, mask: tf.Tensor | None) -> tf.Tensor:
    return tf.reduce_all(_fill(t, mask, True), axis=axes, keepdims=kd)


def _real_extreme(is_max: bool) -> Kernel:
    """max/min of ints and floats; a NaN anywhere in the (masked) input gives NaN, as in NumPy (TF's kernel)."""
    reduce = tf.reduce_max if is_max else tf.reduce_min

    def kernel(t: tf.Tensor, axes: Any, kd: bool, mask: tf.Tensor | None) -> tf.Tensor:
        # masked-out elements become the fill value; TF's Max/Min kernels propagate a NaN that is left, XLA's not
        r = reduce(_fill(t, mask, _extreme_value(t.dtype, is_max)), axis=axes, keepdims=kd)
        if t.dtype.is_floating and in_xla():
            nan = tf.math.is_nan(t) if mask is None else tf.math.logical_and(tf.math.is_nan(t), mask)
            r = tf.where(tf.reduce_any(nan, axis=axes, keepdims=kd), tf.constant(np.nan, t.dtype), r)
        return r

    return kernel


def _complex_extreme(is_max: bool) -> Kernel:
    """Lexicographic max/min of complex numbers (real part first), as NumPy orders them."""
    reduce = tf.reduce_max if is_max else tf.reduce_min

    def kernel(t: tf.Tensor, axes: Any, kd: bool, mask: tf.Tensor | None) -> tf.Tensor:
        re, im = tf.math.real(t), tf.math.imag(t)
        fill = tf.constant(-np.inf if is_max else np.inf, re.dtype)
        valid = tf.ones(tf.shape(re), tf.bool) if mask is None else mask
        re = tf.where(valid, re, fill)
        best = reduce(re, axis=axes, keepdims=True)
        im = tf.where(tf.math.logical_and(valid, tf.equal(re, best)), im, fill)
        r = tf.complex(best, reduce(im, axis=axes, keepdims=True))
        if axes is not None and not kd:
            r = tf.squeeze(r, axis=[int(i) for i in axes])
        elif axes is None and not kd:
            r = tf.reshape(r, [])
        nan = tf.reduce_any(tf.math.logical_and(_is_nan(t), valid), axis=axes, keepdims=kd)
        return tf.where(nan, tf.constant(complex(np.nan, np.nan), t.dtype), r)

    return kernel


def _kernel(op: str, t: tf.Tensor) -> Kernel:
    kind = "b" if t.dtype == tf.bool else "c" if t.dtype.is_complex else "r"
    return _KERNELS[op, kind]


_KERNELS: dict[tuple[str, str], Kernel] = {
    ("add", "r"): _sum, ("add", "c"): _sum, ("add", "b"): _any,
    ("multiply", "r"): _prod, ("multiply", "c"): _prod, ("multiply", "b"): _all,
    ("maximum", "r"): _real_extreme(True), ("maximum", "c"): _complex_extreme(True), ("maximum", "b"): _any,
    ("minimum", "r"): _real_extreme(False), ("minimum", "c"): _complex_extreme(False), ("minimum", "b"): _all,
    ("logical_or", "b"): _any, ("logical_and", "b"): _all,
}  # fmt: skip


def _combine(op: str, a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    """`op` applied elementwise to two tensors of one dtype (how `initial=` joins the reduction)."""
    if a.dtype == tf.bool:
        either = op in ("add", "maximum", "logical_or")
        return tf.math.logical_or(a, b) if either else tf.math.logical_and(a, b)
    if op == "add":
        return a + b
    if op == "multiply":
        return a * b
    # maximum/minimum: the kernel's rule on the stacked pair (NaN propagates, complex is lexicographic)
    b = tf.broadcast_to(b, tf.shape(a))
    return _kernel(op, a)(tf.stack([a, b]), [0], False, None)


def _reduce(
    op: str, a: Any, axis: Any, dtype: Any, out: Any, keepdims: bool, initial: Any, where: Any, name: str
) -> ndarray:
    """A NumPy ufunc reduction (`add`, `multiply`, `maximum`, `minimum`, `logical_or`, `logical_and`)."""
    t = to_tensor(a)
    axes = _axes(axis, t)
    if dtype is None and isinstance(out, ndarray):
        dtype = out.dtype  # as NumPy's ufunc.reduce: the loop runs in out's dtype
    if dtype is not None:
        t = cast(t, NP_TO_TF[as_np_dtype(dtype)], requested=True)
    mask = _mask(where, t)
    if initial is None and op in ("maximum", "minimum"):
        if mask is not None:
            raise ValueError(
                f"reduction operation '{op}' does not have an identity, so to use a where mask one has to "
                "specify 'initial'"
            )
        _check_nonempty(t, axes, op)
    r = _kernel(op, t)(t, _tf_axes(axes), bool(keepdims), mask)
    if initial is not None:
        r = _combine(op, r, to_tensor(initial, _np_dtype(t)))
    return store(r, out, op)


# ---- sum, prod, min, max, all, any, ptp, count_nonzero ----------------------------------------------------
def sum_dtype(d: np.dtype[Any]) -> np.dtype[Any]:
    """NumPy's accumulator dtype for sum/prod: small ints widen to the default int (uint to uint64)."""
    if d.kind == "b" or (d.kind == "i" and d.itemsize < 8):
        return np.dtype(np.int64)
    if d.kind == "u" and d.itemsize < 8:
        return np.dtype(np.uint64)
    return d


def _sum_prod(
    op: str, a: Any, axis: Any, dtype: Any, out: Any, keepdims: bool, initial: Any, where: Any
) -> ndarray:
    t = to_tensor(a)
    if dtype is not None:
        dtype = ufunc_dtype(dtype)  # NumPy's TypeError for '>f8' comes before its axis checks
    elif not isinstance(out, ndarray):
        dtype = sum_dtype(_np_dtype(t))
    return _reduce(op, t, axis, dtype, out, keepdims, initial, where, op)


# Hot-path tables are keyed by DataType enum (`enum_of(t)`): a tf.DType hashes and compares in Python.
_ACC: dict[
    int, tf.DType | None
] = {}  # dtype enum -> sum_dtype's TF dtype when it differs (None: same), lazily
# (axis None or int, rank, scalar_axis_ok) -> the static axes (no tensors: eager and graph calls share it)
_OP_AXES: dict[tuple[int | None, int, bool], tuple[int, ...]] = {}
# dtypes whose TF Max/Min/ArgMax kernels give NumPy's answer directly (TF's Max/Min propagate NaN, tested)
_FLOAT_DTYPES = (tf.float16, tf.bfloat16, tf.float32, tf.float64)
_INT_DTYPES = (tf.int8, tf.int16, tf.int32, tf.int64, tf.uint8, tf.uint16, tf.uint32, tf.uint64)
_ORDERED = frozenset(d.as_datatype_enum for d in _FLOAT_DTYPES + _INT_DTYPES)
_FLOATS = frozenset(d.as_datatype_enum for d in _FLOAT_DTYPES)
_MEAN_INPUTS = frozenset({tf.float32.as_datatype_enum, tf.float64.as_datatype_enum})  # complex Mean([]) is 0
_INTEGERS = frozenset(d.as_datatype_enum for d in (*_INT_DTYPES, tf.bool))  # mean/var compute in float64


def _op_axes(t: tf.Tensor, axis: Any, scalar_axis_ok: bool = True) -> tuple[Any, tuple[int, ...]] | None:
    """(the axes as a generated op takes them, the static axes), or None when the rank is unknown."""
    dims = dims_of(t)
    if dims is None:
        return None
    rank = len(dims)
    if axis is None or type(axis) is int:  # exact int: True and 1.0 hash like 1 but NumPy treats them apart
        key = (axis, rank, scalar_axis_ok)
        ax = _OP_AXES.get(key)
        if ax is None:
            ax = _OP_AXES[key] = _static_axes(axis, rank, scalar_axis_ok)
    else:
        ax = _static_axes(axis, rank, scalar_axis_ok)
    # a Python int converts fastest; int_arg gives a tuple as an eager host tensor or, tracing, a graph constant
    return (ax[0] if len(ax) == 1 else int_arg(ax)), ax


def _static_axes(axis: Any, rank: int, scalar_axis_ok: bool) -> tuple[int, ...]:
    return tuple(range(rank)) if axis is None else reduction_axes(axis, rank, scalar_axis_ok)


def _fast_sum_prod(op: Any, t: tf.Tensor, axis: Any, keepdims: Any) -> ndarray | None:
    """sum/prod with only axis= and keepdims= given: the generated op on static axes (None: unknown rank)."""
    found = _op_axes(t, axis)
    if found is None:
        return None
    axes = found[0]
    e = enum_of(t)
    if e not in _ACC:
        acc = NP_TO_TF[sum_dtype(ENUM_TO_NP[e])]
        _ACC[e] = None if acc.as_datatype_enum == e else acc
    acc = _ACC[e]
    if acc is not None:
        t = cast(t, acc)
    return wrap(op(t, axes, bool(keepdims)))


def _fast_extreme(op: Any, t: tf.Tensor, axis: Any, keepdims: Any, name: str) -> ndarray | None:
    """max/min of a real array with only axis= and keepdims=: the one generated op (None: no fast path)."""
    e = enum_of(t)
    if e not in _ORDERED or (e in _FLOATS and type(t) is not EagerTensor and in_xla()):
        return None
    found = _op_axes(t, axis)
    if found is None:
        return None
    _check_nonempty(t, found[1], name)
    return wrap(op(t, found[0], bool(keepdims)))


def _fast_all_any(op: Any, t: tf.Tensor, axis: Any, keepdims: Any) -> ndarray | None:
    """all/any with only axis= and keepdims=: the generated op on the bool array (None: unknown rank)."""
    found = _op_axes(t, axis)
    if found is None:
        return None
    return wrap(op(cast(t, _TF_BOOL), found[0], bool(keepdims)))


def sum(
    a: Any,
    axis: Any = None,
    dtype: Any = None,
    out: Any = None,
    keepdims: bool = False,
    initial: Any = None,
    where: Any = True,
) -> ndarray:
    """`numpy.sum` (bool and small ints accumulate in int64/uint64).

    Examples:
        >>> tnp.sum(tnp.array([[1, 2], [3, 4]]))
        tnp.array(10)
        >>> tnp.sum(tnp.array([[1, 2], [3, 4]]), axis=0)
        tnp.array([4, 6])
        >>> tnp.sum(tnp.array([1, 2], dtype=tnp.int8)).dtype
        dtype('int64')
    """
    if type(a) is ndarray and dtype is None and out is None and initial is None and where is True:
        r = _fast_sum_prod(gm._sum, a._t, axis, keepdims)
        if r is not None:
            return r
    return _sum_prod("add", a, axis, dtype, out, keepdims, initial, where)


def prod(
    a: Any,
    axis: Any = None,
    dtype: Any = None,
    out: Any = None,
    keepdims: bool = False,
    initial: Any = None,
    where: Any = True,
) -> ndarray:
    """`numpy.prod` (bool and small ints accumulate in int64/uint64).

    Examples:
        >>> tnp.prod(tnp.array([[1, 2], [3, 4]]), axis=1)
        tnp.array([ 2, 12])
    """
    if type(a) is ndarray and dtype is None and out is None and initial is None and where is True:
        r = _fast_sum_prod(gm.prod, a._t, axis, keepdims)
        if r is not None:
            return r
    return _sum_prod("multiply", a, axis, dtype, out, keepdims, initial, where)


def max(
    a: Any, axis: Any = None, out: Any = None, keepdims: bool = False, initial: Any = None, where: Any = True
) -> ndarray:
    """`numpy.max`: NaN propagates; complex compares lexicographically; empty without `initial` raises.

    Examples:
        >>> tnp.max(tnp.array([[1, 5], [3, 2]]))
        tnp.array(5)
        >>> tnp.max(tnp.array([[1, 5], [3, 2]]), axis=0)
        tnp.array([3, 5])
    """
    if type(a) is ndarray and out is None and initial is None and where is True:
        r = _fast_extreme(gm._max, a._t, axis, keepdims, "maximum")
        if r is not None:
            return r
    return _reduce("maximum", a, axis, None, out, keepdims, initial, where, "max")


def min(
    a: Any, axis: Any = None, out: Any = None, keepdims: bool = False, initial: Any = None, where: Any = True
) -> ndarray:
    """`numpy.min`: NaN propagates; complex compares lexicographically; empty without `initial` raises.

    Examples:
        >>> tnp.min(tnp.array([[1, 5], [3, 2]]), axis=1)
        tnp.array([1, 2])
        >>> tnp.min(tnp.array([], dtype=int), initial=7)
        tnp.array(7)
    """
    if type(a) is ndarray and out is None and initial is None and where is True:
        r = _fast_extreme(gm._min, a._t, axis, keepdims, "minimum")
        if r is not None:
            return r
    return _reduce("minimum", a, axis, None, out, keepdims, initial, where, "min")


amax = max
amin = min


def all(a: Any, axis: Any = None, out: Any = None, keepdims: bool = False, *, where: Any = True) -> ndarray:
    """`numpy.all` (elements are tested != 0; NaN counts as True).

    Examples:
        >>> tnp.all(tnp.array([[True, False], [True, True]]), axis=0)
        tnp.array([ True, False])
    """
    if type(a) is ndarray and out is None and where is True:
        r = _fast_all_any(gm._all, a._t, axis, keepdims)
        if r is not None:
            return r
    return _reduce("logical_and", a, axis, _BOOL, out, keepdims, None, where, "all")


def any(a: Any, axis: Any = None, out: Any = None, keepdims: bool = False, *, where: Any = True) -> ndarray:
    """`numpy.any` (elements are tested != 0; NaN counts as True).

    Examples:
        >>> tnp.any(tnp.array([[True, False], [False, False]]), axis=1)
        tnp.array([ True, False])
    """
    if type(a) is ndarray and out is None and where is True:
        r = _fast_all_any(gm._any, a._t, axis, keepdims)
        if r is not None:
            return r
    return _reduce("logical_or", a, axis, _BOOL, out, keepdims, None, where, "any")


def ptp(a: Any, axis: Any = None, out: Any = None, keepdims: bool = False) -> ndarray:
    """`numpy.ptp`: max - min in the array's dtype (integers wrap around as in NumPy).

    Examples:
        >>> tnp.ptp(tnp.array([[4, 9, 2], [1, 5, 3]]), axis=1)
        tnp.array([7, 4])
    """
    t = to_tensor(a)
    hi = max(t, axis, keepdims=keepdims)._t
    lo = min(t, axis, keepdims=keepdims)._t
    if t.dtype == tf.bool:
        raise TypeError("numpy boolean subtract, the `-` operator, is not supported (ptp of a bool array)")
    return store(hi - lo, out, "subtract")


def count_nonzero(a: Any, axis: Any = None, *, keepdims: bool = False) -> ndarray:
    """`numpy.count_nonzero` (int64; a 0-d array where NumPy returns an int64 scalar).

    Examples:
        >>> tnp.count_nonzero(tnp.array([[0, 1, 7], [0, 0, 3]]))
        tnp.array(3)
        >>> tnp.count_nonzero(tnp.array([[0, 1, 7], [0, 0, 3]]), axis=0)
        tnp.array([0, 1, 2])
    """
    t = cast(to_tensor(a), tf.bool)
    axes = _axes(axis, t)
    return wrap(tf.reduce_sum(tf.cast(t, tf.int64), axis=_tf_axes(axes), keepdims=bool(keepdims)))


# ---- mean, var, std ---------------------------------------------------------------------------------------
def _divide(s: tf.Tensor, n: Any) -> tf.Tensor:
    """`s / n` in `s`'s dtype (integer and bool dtypes divide in float64 and truncate back, as NumPy)."""
    if s.dtype == tf.bool or s.dtype.is_integer:
        return cast(tf.cast(s, tf.float64) / tf.cast(n, tf.float64), s.dtype)
    return s / tf.cast(n, s.dtype)


def _compute_dtypes(src: np.dtype[Any], dtype: Any, real_result: bool) -> tuple[np.dtype[Any], np.dtype[Any]]:
    """(the dtype mean/var compute in, the result dtype): ints -> float64; float16 computes in float32."""
    if dtype is not None:
        d = ufunc_dtype(dtype)
        return d, d
    if src.kind in "biu":
        return _F64, _F64
    if src == _F16:
        return _F32, _F16
    if real_result and src.kind == "c":
        return src, np.dtype(src.char.lower())
    return src, src


def _mean_parts(
    t: tf.Tensor, axes: tuple[int, ...] | None, mask: tf.Tensor | None, keepdims: bool
) -> tuple[tf.Tensor, Any]:
    s = _kernel("add", t)(t, _tf_axes(axes), keepdims, mask)
    if mask is None:
        return s, _count(t, axes)
    return s, tf.reduce_sum(tf.cast(mask, tf.int64), axis=_tf_axes(axes), keepdims=keepdims)


def mean(
    a: Any, axis: Any = None, dtype: Any = None, out: Any = None, keepdims: bool = False, *, where: Any = True
) -> ndarray:
    """`numpy.mean`: ints and bool give float64; float16 sums in float32; empty gives NaN (no warning).

    Examples:
        >>> tnp.mean(tnp.array([[1, 2], [3, 4]]))
        tnp.array(2.5)
        >>> tnp.mean(tnp.array([[1, 2], [3, 4]]), axis=1)
        tnp.array([1.5, 3.5])
    """
    if type(a) is ndarray and dtype is None and out is None and where is True:
        t = a._t
        e = enum_of(t)
        if e in _MEAN_INPUTS or e in _INTEGERS:
            found = _op_axes(t, axis, scalar_axis_ok=False)
            if found is not None:
                if e in _INTEGERS:
                    t = gm.cast(t, tf.float64)
                return wrap(gm.mean(t, found[0], bool(keepdims)))
    t = to_tensor(a)
    axes = _axes(axis, t, scalar_axis_ok=False)
    comp, res = _compute_dtypes(_np_dtype(t), dtype, False)
    t = cast(t, NP_TO_TF[comp], requested=dtype is not None)
    s, n = _mean_parts(t, axes, _mask(where, t), bool(keepdims))
    return store(cast(_divide(s, n), NP_TO_TF[res]), out, "mean")


def var(
    a: Any,
    axis: Any = None,
    dtype: Any = None,
    out: Any = None,
    ddof: Any = 0,
    keepdims: bool = False,
    *,
    where: Any = True,
    mean: Any = None,
    correction: Any = None,
) -> ndarray:
    """`numpy.var`: complex input gives a real result; n - ddof <= 0 gives inf/NaN (no warning).

    Examples:
        >>> tnp.var(tnp.array([1, 2, 3, 4]))
        tnp.array(1.25)
        >>> tnp.var(tnp.array([1, 2, 3, 4]), ddof=1).round(4)
        tnp.array(1.6667)
    """
    return _var(a, axis, dtype, out, ddof, keepdims, where, mean, correction, False)


def std(
    a: Any,
    axis: Any = None,
    dtype: Any = None,
    out: Any = None,
    ddof: Any = 0,
    keepdims: bool = False,
    *,
    where: Any = True,
    mean: Any = None,
    correction: Any = None,
) -> ndarray:
    """`numpy.std`: complex input gives a real result; n - ddof <= 0 gives inf/NaN (no warning).

    Examples:
        >>> tnp.std(tnp.array([1, 3, 5, 7]))
        tnp.array(2.23606798)
    """
    return _var(a, axis, dtype, out, ddof, keepdims, where, mean, correction, True)


def _var(
    a: Any,
    axis: Any,
    dtype: Any,
    out: Any,
    ddof: Any,
    keepdims: bool,
    where: Any,
    mean_: Any,
    correction: Any,
    sqrt: bool,
) -> ndarray:
    if correction is not None:
        if ddof != 0:
            raise ValueError("ddof and correction can't be provided simultaneously.")
        ddof = correction
    if type(a) is ndarray and dtype is None and out is None and where is True and mean_ is None:
        r = _fast_var(a._t, axis, ddof, keepdims, sqrt)
        if r is not None:
            return r
    x = to_tensor(a)
    axes = _axes(axis, x, scalar_axis_ok=False)
    src = _np_dtype(x)
    comp, res = _compute_dtypes(src, dtype, True)
    t = cast(x, NP_TO_TF[comp], requested=dtype is not None)
    mask = _mask(where, t)
    s, n = _mean_parts(t, axes, mask, True)
    if mean_ is None:
        m = _divide(s, n)
    else:
        m = cast(to_tensor(mean_), t.dtype)
        if m.shape.rank is not None and t.shape.rank is not None and m.shape.rank > t.shape.rank:
            raise ValueError(f"mean= of shape {tuple(m.shape.as_list())} does not broadcast to the reduction")
    # as NumPy: deviations of the original array from the mean, in their promoted dtype, summed in `comp`
    dev_t = NP_TO_TF[np.promote_types(src, comp)]
    if dev_t == tf.bool:  # var(bool array, dtype=bool)
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
            "operator, or the logical_xor function instead."
        )
    if dev_t.is_complex:
        dev = cast(x, dev_t) - cast(m, dev_t)
        sq = tf.math.real(dev) ** 2 + tf.math.imag(dev) ** 2
    else:  # small ints wider: a graph fuses (x - m) ** 2 into SquaredDifference, which has no int8/uint16 kernel
        sq = in_kernel_dtype(_squared_difference, cast(x, dev_t), cast(m, dev_t))
    if dtype is not None:
        sq = cast(sq, t.dtype)
    ssq = _kernel("add", sq)(sq, _tf_axes(axes), bool(keepdims), mask)
    if mask is not None and not keepdims:
        n = tf.reshape(n, tf.shape(ssq))
    check_ddof(ddof)
    denom = _dof(n, ddof)
    if ssq.dtype == tf.bool or ssq.dtype.is_integer:
        return store(_integer_var(ssq, denom, out, sqrt), out, "std" if sqrt else "var")
    r = ssq / tf.cast(denom, ssq.dtype)
    if sqrt:
        r = tf.sqrt(r)
    return store(cast(r, NP_TO_TF[res]), out, "std" if sqrt else "var")


def _squared_difference(a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    d = a - b
    return d * d


def _dof(n: Any, ddof: Any) -> tf.Tensor:
    """max(n - ddof, 0) as a float64 tensor; an integer ddof is subtracted in int64, wrapping as NumPy's."""
    if type(ddof) is not int and not isinstance(ddof, np.signedinteger):
        return tf.maximum(tf.cast(n, tf.float64) - float(ddof), 0.0)
    if type(n) is int:
        return tf.constant(float(builtins.max(_wrap64(n - int(ddof)), 0)), tf.float64)
    diff = tf.bitcast(tf.bitcast(tf.cast(n, tf.int64), tf.uint64) - int(ddof) % 2**64, tf.int64)  # wraps
    return tf.cast(tf.maximum(diff, 0), tf.float64)


def _wrap64(v: int) -> int:
    return (v + 2**63) % 2**64 - 2**63


def _integer_var(ssq: tf.Tensor, denom: tf.Tensor, out: Any, sqrt: bool) -> tf.Tensor:
    """var/std with an integer or bool `dtype=`, as NumPy: with a float `out=`, ssq / n (and its sqrt) in out's
    dtype; else var truncated to the dtype, and for std a 0-d result is sqrt(var) truncated back, an array
    NumPy's TypeError (sqrt cannot write its float result into the integer array)."""
    d = TF_TO_NP[ssq.dtype]
    if isinstance(out, ndarray) and (out._t.dtype.is_floating or out._t.dtype.is_complex):
        to = out._t.dtype
        r = cast(ssq, to) / tf.cast(denom, to)
        return tf.sqrt(r) if sqrt else r
    var = cast(tf.cast(ssq, tf.float64) / denom, ssq.dtype)
    if not sqrt:
        return var
    if isinstance(out, ndarray):
        d = TF_TO_NP[out._t.dtype]
    elif ssq.shape.rank == 0:
        f = NP_TO_TF[np.sqrt.resolve_dtypes((d, None))[-1]]
        return cast(tf.sqrt(tf.cast(var, f)), ssq.dtype)
    np.sqrt(np.zeros(1, d), out=np.zeros(1, d))  # raises NumPy's casting TypeError
    raise TypeError(f"Cannot cast ufunc 'sqrt' output to dtype {d!r}")


def check_ddof(ddof: Any) -> None:
    """NumPy's OverflowError for a Python int `ddof` outside int64 (NumPy subtracts it from its int64 count,
    after its dtype and out= checks)."""
    if type(ddof) is int and not -(2**63) <= ddof < 2**63:
        raise OverflowError("Python int too large to convert to C long")


def _fast_var(t: tf.Tensor, axis: Any, ddof: Any, keepdims: Any, sqrt: bool) -> ndarray | None:
    """var/std of a real array over static dims: Mean, SquaredDifference, Mean (or Sum / (n - ddof)), Sqrt."""
    e = enum_of(t)
    if not (e in _INTEGERS or e in _MEAN_INPUTS):
        return None
    if type(ddof) is not int and type(ddof) is not float:
        return None
    found = _op_axes(t, axis, scalar_axis_ok=False)
    if found is None:
        return None
    dims = [t.shape[i] for i in found[1]]
    if None in dims and ddof != 0:
        return None
    if e in _INTEGERS:
        t = gm.cast(t, tf.float64)
    axes = found[0] if type(found[0]) is int else to_tensor(found[0])  # one constant for both reductions
    sq = gm.squared_difference(t, gm.mean(t, axes, True))
    if ddof == 0:
        r = gm.mean(sq, axes, bool(keepdims))
    else:  # n - ddof <= 0 divides by zero: inf or NaN, as NumPy
        check_ddof(ddof)
        dof = math.prod(dims) - ddof
        r = gm.real_div(
            gm._sum(sq, axes, bool(keepdims)),
            float(builtins.max(_wrap64(dof) if type(ddof) is int else dof, 0)),
        )
    return wrap(gm.sqrt(r) if sqrt else r)


# ---- argmax, argmin -------------------------------------------------------------------------------------
def _fast_arg(t: tf.Tensor, axis: Any, keepdims: bool, is_max: bool) -> ndarray | None:
    """argmax/argmin of a real array: TF's ArgMax/ArgMin (first occurrence on ties, tested), plus the first NaN
    when there is one (IsNan, Any, ArgMax, Select) for floats. None: no fast path."""
    ndim = t.shape.rank
    e = enum_of(t)
    if e not in _ORDERED or ndim is None or (axis is not None and type(axis) is not int):
        return None
    name = "argmax" if is_max else "argmin"
    if axis is None:
        ax = 0
        if ndim != 1:
            t = gen_array_ops.reshape(t, int_arg((-1,)))
    else:
        ax = normalize_axis(axis, builtins.max(ndim, 1))
        if ndim == 0:
            t = gen_array_ops.reshape(t, int_arg((1,)))
    if (type(t) is not EagerTensor or not t._num_elements()) and t.shape[ax] == 0:
        raise ValueError(f"attempt to get {name} of an empty sequence")
    r = (gm.arg_max if is_max else gm.arg_min)(t, ax, output_type=tf.int64)
    if e in _FLOATS and _may_hold_nan(t):
        nan = gm.is_nan(t)
        r = gm.select_v2(gm._any(nan, ax, False), gm.arg_max(nan, ax, output_type=tf.int64), r)
    if keepdims:
        r = gen_array_ops.reshape(r, int_arg((1,) * ndim)) if axis is None else _keep(r, ax, ndim)
    return wrap(r)


def _may_hold_nan(t: tf.Tensor) -> bool:
    """False for an eager host tensor without NaN (checked on its zero-copy NumPy view, cheaper than the IsNan,
    Any, ArgMax and SelectV2 ops of the NaN rule); True otherwise, and always in a graph."""
    if type(t) is EagerTensor and t.backing_device.endswith("CPU:0"):
        return bool(np.count_nonzero(np.isnan(t._numpy())))  # count_nonzero: no ufunc.reduce overhead
    return True


def _keep(r: tf.Tensor, ax: int, ndim: int) -> tf.Tensor:
    return gen_array_ops.expand_dims(r, ax) if ndim else r


def _arg(a: Any, axis: Any, out: Any, keepdims: bool, is_max: bool) -> ndarray:
    name = "argmax" if is_max else "argmin"
    if type(a) is ndarray and out is None:
        fast = _fast_arg(a._t, axis, keepdims, is_max)
        if fast is not None:
            return fast
    t = to_tensor(a)
    ndim = t.shape.rank
    if ndim is None:
        raise ValueError(f"{name} needs the array's rank, which is unknown while tracing")
    if axis is None:
        x, ax = tf.reshape(t, [-1]), 0
        if ndim and builtins.any(d == 0 for d in t.shape.as_list()):
            raise ValueError(f"attempt to get {name} of an empty sequence")
    else:
        if is_bool(axis):
            raise TypeError("an integer is required for the axis")
        ax = normalize_axis(axis, builtins.max(ndim, 1))
        x = tf.reshape(t, [1]) if ndim == 0 else t
        if x.shape[ax] == 0:
            raise ValueError(f"attempt to get {name} of an empty sequence")
    x = _move_last(x, ax)
    best = _kernel("maximum" if is_max else "minimum", x)(x, [-1], True, None)
    hit = tf.where(_is_nan(best), _is_nan(x), tf.equal(x, best))
    n = tf.shape(x, out_type=tf.int64)[-1]
    r = tf.reduce_min(tf.where(hit, tf.range(n), n), axis=-1)
    if keepdims:
        r = tf.reshape(r, [1] * ndim) if axis is None else tf.expand_dims(r, ax) if ndim else r
    return store(r, out, name)


def _move_last(t: tf.Tensor, ax: int) -> tf.Tensor:
    n = t.shape.rank
    if ax == n - 1:
        return t
    return tf.transpose(t, [i for i in range(n) if i != ax] + [ax])


def argmax(a: Any, axis: Any = None, out: Any = None, *, keepdims: bool = False) -> ndarray:
    """`numpy.argmax` (int64; the first NaN wins; complex compares lexicographically).

    Examples:
        >>> tnp.argmax(tnp.array([[1, 5], [7, 2]]))
        tnp.array(2)
        >>> tnp.argmax(tnp.array([[1, 5], [7, 2]]), axis=1)
        tnp.array([1, 0])
    """
    return _arg(a, axis, out, keepdims, True)


def argmin(a: Any, axis: Any = None, out: Any = None, *, keepdims: bool = False) -> ndarray:
    """`numpy.argmin` (int64; the first NaN wins; complex compares lexicographically).

    Examples:
        >>> tnp.argmin(tnp.array([[1, 5], [7, 2]]), axis=0)
        tnp.array([0, 1])
    """
    return _arg(a, axis, out, keepdims, False)


# ---- cumsum, cumprod, cumulative_sum, cumulative_prod ---------------------------------------------------
def _accumulate(
    multiply: bool, a: Any, axis: Any, dtype: Any, out: Any, include_initial: bool, flatten: bool
) -> ndarray:
    t = to_tensor(a)
    ndim = t.shape.rank
    if ndim is None:
        raise ValueError("a cumulative reduction needs the array's rank, which is unknown while tracing")
    if axis is None and ndim > 1 and not flatten:
        raise ValueError("For arrays which have more than one dimension ``axis`` argument is required.")
    if dtype is not None and not flatten:  # cumulative_*: '>f8' is NumPy's TypeError, before the axis
        dtype = _accumulate_dtype(multiply, t, dtype, ufunc_dtype)
    if axis is None or ndim == 0:
        ax = 0 if axis is None else normalize_axis(axis, 1)
        t = tf.reshape(t, [-1])
    else:
        ax = normalize_axis(axis, ndim)
    if dtype is None:
        # NumPy accumulates in out's dtype when there is one
        d = out.dtype if isinstance(out, ndarray) else sum_dtype(_np_dtype(t))
    else:
        d = _accumulate_dtype(multiply, t, dtype, as_np_dtype)  # cumsum/cumprod accept '>f8' (native result)
    t = cast(t, NP_TO_TF[d], requested=dtype is not None)
    work = tf.cast(t, tf.int32) if t.dtype == tf.bool else t
    r = tf.math.cumprod(work, axis=ax) if multiply else tf.cumsum(work, axis=ax)
    if include_initial:
        pad = [[0, 0]] * t.shape.rank
        pad[ax] = [1, 0]
        r = tf.pad(r, pad, constant_values=tf.constant(1 if multiply else 0, r.dtype))
    r = cast(r, t.dtype)
    return store(r, out, "multiply" if multiply else "add")


def _accumulate_dtype(
    multiply: bool, t: tf.Tensor, dtype: Any, resolve: Callable[[Any], np.dtype[Any]]
) -> np.dtype[Any]:
    """`resolve(dtype)`; if it refuses the dtype, NumPy's own error where it has one (no loop for str, ...)."""
    try:
        return resolve(dtype)
    except TypeError:
        (np.cumprod if multiply else np.cumsum)(np.zeros(1, _np_dtype(t)), dtype=dtype)
        raise


def cumsum(a: Any, axis: Any = None, dtype: Any = None, out: Any = None) -> ndarray:
    """`numpy.cumsum` (axis=None flattens; bool and small ints accumulate in int64/uint64).

    Examples:
        >>> tnp.cumsum(tnp.array([[1, 2], [3, 4]]))
        tnp.array([ 1,  3,  6, 10])
        >>> tnp.cumsum(tnp.array([[1, 2], [3, 4]]), axis=0)
        tnp.array([[1, 2],
                   [4, 6]])
    """
    return _accumulate(False, a, axis, dtype, out, False, True)


def cumprod(a: Any, axis: Any = None, dtype: Any = None, out: Any = None) -> ndarray:
    """`numpy.cumprod` (axis=None flattens; bool and small ints accumulate in int64/uint64).

    Examples:
        >>> tnp.cumprod(tnp.array([1, 2, 3, 4]))
        tnp.array([ 1,  2,  6, 24])
    """
    return _accumulate(True, a, axis, dtype, out, False, True)


def cumulative_sum(
    x: Any, /, *, axis: Any = None, dtype: Any = None, out: Any = None, include_initial: bool = False
) -> ndarray:
    """`numpy.cumulative_sum` (array API): axis is required above 1-D; include_initial prepends 0.

    Examples:
        >>> tnp.cumulative_sum(tnp.array([1, 2, 3]), include_initial=True)
        tnp.array([0, 1, 3, 6])
    """
    return _accumulate(False, x, axis, dtype, out, include_initial, False)


def cumulative_prod(
    x: Any, /, *, axis: Any = None, dtype: Any = None, out: Any = None, include_initial: bool = False
) -> ndarray:
    """`numpy.cumulative_prod` (array API): axis is required above 1-D; include_initial prepends 1.

    Examples:
        >>> tnp.cumulative_prod(tnp.array([1, 2, 3]))
        tnp.array([1, 2, 6])
    """
    return _accumulate(True, x, axis, dtype, out, include_initial, False)


__all__ = [
    "all", "amax", "amin", "any", "argmax", "argmin", "count_nonzero", "cumprod", "cumsum", "cumulative_prod",
    "cumulative_sum", "max", "mean", "min", "prod", "ptp", "std", "store", "sum", "sum_dtype", "var",
]  # fmt: skip
