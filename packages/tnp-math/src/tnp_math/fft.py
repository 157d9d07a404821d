"""`tnp.fft`: NumPy's `numpy.fft` on TensorFlow's FFT kernels (`tf.signal.fft`/`ifft`/`rfft`/`irfft`).

A 1-D transform moves its axis last, pads it with zeros or crops it to the requested length, transforms and
moves it back. The n-dimensional transforms of the last 2 or 3 axes run as one TensorFlow kernel (`fft2d`,
`rfft3d`, ...); on other axes they loop over 1-D transforms in NumPy's order.
Result dtypes are NumPy's: float16/float32/complex64 inputs give complex64 (irfft/hfft: their real dtype),
everything else (float64, ints, bool) complex128/float64.

Differs from NumPy:

- the lengths (`n`, `s`) are Python ints; inside `tf.function` the transformed axes need a static length unless
  `n`/`s` gives it;
- values: TensorFlow's CPU kernels are DUCC (the successor of NumPy's pocketfft), so complex128/float64 results
  agree with NumPy to rounding; complex64/float32 ones to float32 rounding (slightly different operation orders;
  on GPU, cuFFT's);
- the `norm` scaling of an inverse transform is applied after TensorFlow's 1/n (one more rounding);
- `out=` is honoured by every function taking it (NumPy 2.4's `ifft2`, `irfft2` and `hfft` ignore it).
"""

from __future__ import annotations

import math
import operator
import warnings
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import (
    NP_TO_TF,
    as_np_dtype,
    cast,
    check_allocatable,
    eager_scalar,
    enum_of,
    is_symbolic,
    ndarray,
    normalize_axis,
    to_tensor,
    translating,
    wrap,
)

_C64, _C128 = tf.complex64, tf.complex128
# dtype enums (cheaper to compare than tf.DTypes): the ones computed in single precision (complex64)
_SINGLE = {d.as_datatype_enum for d in (tf.float16, tf.bfloat16, tf.float32, tf.complex64)}
_HALF = tf.float16.as_datatype_enum
_SWAP = {None: "forward", "backward": "forward", "ortho": "ortho", "forward": "backward"}
_AXES_NONE = (
    "`axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0). In a future version of NumPy, "
    "this will raise an error and `s[i]` will correspond to the size along the transformed axis specified by "
    "`axes[i]`. To retain current behaviour, pass a sequence [0, ..., k-1] to `axes` for an array of dimension k."
)
_NONE_IN_S = (
    "Passing an array containing `None` values to `s` is deprecated in NumPy 2.0 and will raise an error in a "
    "future version of NumPy. To use the default behaviour of the corresponding 1-D transform, pass the value "
    "matching the default for its `n` parameter. To use the default behaviour for every axis, the `s` argument "
    "can be omitted."
)


# ---- arguments ------------------------------------------------------------------------------------------------


def _bad_norm(norm: Any) -> ValueError:
    return ValueError(f'Invalid norm value {norm}; should be "backward", "ortho" or "forward".')


def _swap(norm: Any) -> Any:
    """The norm of the opposite direction (an unhashable norm raises TypeError there, as NumPy's)."""
    try:
        return _SWAP[norm]
    except KeyError:
        raise _bad_norm(norm) from None


def _points(n: Any, default: int | None) -> int:
    """The transform length: `n`, else the axis' default; NumPy's errors for a length below 1 or not an int."""
    if n is None:
        if default is None:
            raise ValueError(
                "the length of the transformed axis is unknown inside tf.function: pass n= (or s=)"
            )
        n = default
    if isinstance(n, (int, float, np.integer, np.floating)) and n < 1:
        raise ValueError(f"Invalid number of FFT data points ({n}) specified.")
    if hasattr(n, "__array__") and np.size(n) > 1:
        bool(np.asarray(n) < 1)  # NumPy's `n < 1` test: its ValueError (the truth value ... is ambiguous)
    try:
        return operator.index(n)
    except TypeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None


def _scale(norm: Any, n: int, forward: bool, half: bool) -> float | None:
    """The factor to apply after TensorFlow's kernel (whose inverse already divides by n); None for none.

    NumPy scales by its factor `fct` computed in the input's real dtype: a float16 input gets a float16 `fct`.
    """
    name = norm if forward else _swap(norm)  # NumPy's inverse is its forward kernel with the swapped norm
    if name is None or name == "backward":
        fct = 1.0
    elif name == "ortho":
        fct = float(np.reciprocal(np.sqrt(n, dtype=np.float16))) if half else 1 / math.sqrt(n)
    elif name == "forward":
        fct = float(np.reciprocal(n, dtype=np.float16)) if half else 1 / n
    else:
        raise _bad_norm(norm)
    if forward:
        return None if fct == 1.0 else fct
    return None if name == "forward" and not half else fct * n


def _tensor(a: Any) -> tf.Tensor:
    t = to_tensor(a)
    if t.shape.rank is None:
        raise ValueError("tnp.fft needs an input of known rank")
    return t


# ---- kernels --------------------------------------------------------------------------------------------------

# TensorFlow's kernels on the innermost 1, 2 or 3 axes (the raw ops: tf.signal's wrappers add Python overhead).
_FFT = {1: tf.raw_ops.FFT, 2: tf.raw_ops.FFT2D, 3: tf.raw_ops.FFT3D}
_IFFT = {1: tf.raw_ops.IFFT, 2: tf.raw_ops.IFFT2D, 3: tf.raw_ops.IFFT3D}
_RFFT = {1: tf.raw_ops.RFFT, 2: tf.raw_ops.RFFT2D, 3: tf.raw_ops.RFFT3D}
_IRFFT = {1: tf.raw_ops.IRFFT, 2: tf.raw_ops.IRFFT2D, 3: tf.raw_ops.IRFFT3D}
_INT32 = tf.int32.as_datatype_enum


def _host_lengths(ms: tuple[int, ...], dtype: Any) -> tf.Tensor:
    with tf.device("CPU:0"):
        return tf.constant(ms, tf.int32)


def _lengths(ms: tuple[int, ...]) -> Any:
    """An `fft_length` argument: eagerly a cached tensor (converting a list costs more than a small transform)."""
    t = eager_scalar(ms, _INT32, _host_lengths)
    return list(ms) if t is None else t


def _complex_of(t: tf.Tensor) -> tf.DType:
    return _C64 if enum_of(t) in _SINGLE else _C128


def _to_complex(t: tf.Tensor) -> tf.Tensor:
    return cast(t, _complex_of(t))


def _to_real(t: tf.Tensor) -> tf.Tensor:
    if t.dtype.is_complex:
        raise TypeError(f"rfft needs a real input, got {as_np_dtype(t.dtype)} (use fft for complex input)")
    return cast(t, tf.float32 if enum_of(t) in _SINGLE else tf.float64)


def _fit(t: tf.Tensor, m: int, axis: int) -> tf.Tensor:
    """`t` cropped or zero-padded to length `m` on `axis` (non-negative)."""
    k = t.shape[axis]
    if k == m:
        return t
    rank = t.shape.rank
    size = [-1] * rank
    size[axis] = m
    if k is not None and k > m:
        return tf.slice(t, [0] * rank, size)
    pads: list[Any] = [[0, 0]] * rank
    if k is not None:
        pads[axis] = [0, m - k]
        return tf.pad(t, pads)
    pads[axis] = [0, tf.maximum(m - tf.shape(t)[axis], 0)]
    return tf.slice(tf.pad(t, pads), [0] * rank, size)


def _to_last(t: tf.Tensor, axis: int) -> tuple[tf.Tensor, list[int] | None]:
    """`t` with `axis` swapped with the last one, and the permutation (its own inverse; None when no swap)."""
    rank = t.shape.rank
    if axis == rank - 1:
        return t, None
    perm = list(range(rank))
    perm[axis], perm[-1] = perm[-1], perm[axis]
    return tf.transpose(t, perm), perm


def _back(t: tf.Tensor, perm: list[int] | None) -> tf.Tensor:
    return t if perm is None else tf.transpose(t, perm)


def _scaled(t: tf.Tensor, factor: float) -> tf.Tensor:
    return t if factor == 1.0 else t * tf.constant(factor, t.dtype)


class _Plan:
    """The axes of one TensorFlow kernel call, in NumPy's order of 1-D steps: each step's length is checked and
    its norm factor computed as NumPy's (a float16 factor for a step on a float16 input: the first one)."""

    def __init__(self, t: tf.Tensor, norm: Any) -> None:
        self.t, self.norm, self.half = t, norm, enum_of(t) == _HALF
        self.lengths: dict[int, int] = {}
        self.factor = 1.0

    def step(self, n: Any, axis: Any, forward: bool, inverse_real: bool = False) -> tuple[int, int]:
        ax = normalize_axis(axis, self.t.shape.rank)
        k = self.t.shape[ax]
        m = _points(n, (None if k is None else (k - 1) * 2) if inverse_real else k)
        f = _scale(self.norm, m, forward, self.half)
        self.half = False
        self.factor *= 1.0 if f is None else f
        self.lengths[ax] = m
        return ax, m


def _trailing(axs: list[int], rank: int) -> bool:
    """Distinct axes that are the last 2 or 3 ones: one multi-dimensional TensorFlow kernel transforms them."""
    return 1 < len(axs) <= 3 and sorted(axs) == list(range(rank - len(axs), rank))


# ---- one axis -------------------------------------------------------------------------------------------------


def _c2c(t: tf.Tensor, n: Any, axis: Any, norm: Any, forward: bool) -> tf.Tensor:
    """fft (forward) or ifft of `t` along `axis`."""
    plan = _Plan(t, norm)
    ax, m = plan.step(n, axis, forward)
    x, perm = _to_last(_to_complex(t), ax)
    r = (_FFT if forward else _IFFT)[1](input=_fit(x, m, x.shape.rank - 1))
    return _back(_scaled(r, plan.factor), perm)


def _r2c(t: tf.Tensor, n: Any, axis: Any, norm: Any) -> tf.Tensor:
    """rfft of real `t` along `axis`."""
    plan = _Plan(t, norm)
    ax, m = plan.step(n, axis, True)
    x, perm = _to_last(_to_real(t), ax)
    r = _RFFT[1](input=_fit(x, m, x.shape.rank - 1), fft_length=_lengths((m,)), Tcomplex=_complex_of(x))
    return _back(_scaled(r, plan.factor), perm)


def _real_of(t: tf.Tensor) -> tf.DType:
    """NumPy's real result dtype of an inverse real transform of `t`: float16 stays float16, complex64 -> float32."""
    return t.dtype.real_dtype if t.dtype.is_complex else t.dtype if t.dtype.is_floating else tf.float64


def _c2r(t: tf.Tensor, n: Any, axis: Any, norm: Any) -> tf.Tensor:
    """irfft of `t` along `axis` (`n` points, by default `2 * (length - 1)`)."""
    plan = _Plan(t, norm)
    ax, m = plan.step(n, axis, False, inverse_real=True)
    x, perm = _to_last(_to_complex(t), ax)
    x = _fit(x, m // 2 + 1, x.shape.rank - 1)
    r = _IRFFT[1](input=x, fft_length=_lengths((m,)), Treal=x.dtype.real_dtype)
    return cast(_back(_scaled(r, plan.factor), perm), _real_of(t))


# ---- several axes ---------------------------------------------------------------------------------------------


def _cook(t: tf.Tensor, s: Any, axes: Any, invreal: bool = False) -> tuple[list[Any], list[int]]:
    """NumPy's `_cook_nd_args`: the lengths (None: the 1-D default) and the axes of an n-dimensional transform."""
    shape = t.shape.as_list()
    ndim = len(shape)
    if s is None:
        axs = list(range(ndim)) if axes is None else [normalize_axis(ax, ndim, "axes") for ax in axes]
        ns: list[Any] = [shape[ax] for ax in axs]
        if invreal:
            if not axs:
                raise IndexError("irfftn: `axes` is empty (it needs at least one axis)")
            last = shape[axs[-1]]
            ns[-1] = None if last is None else (last - 1) * 2
        return ns, axs
    ns = list(s)
    if axes is None:
        warnings.warn(_AXES_NONE, DeprecationWarning, stacklevel=5)
        axes = range(-len(ns), 0)
    axes = list(axes)
    if len(ns) != len(axes):
        raise ValueError("Shape and axes have different lengths.")
    axs = [normalize_axis(ax, ndim, "axes") for ax in axes]
    if any(n is None for n in ns):
        warnings.warn(_NONE_IN_S, DeprecationWarning, stacklevel=5)
    return [shape[ax] if n is not None and n == -1 else n for n, ax in zip(ns, axs)], axs


def _c2c_nd(a: Any, s: Any, axes: Any, norm: Any, forward: bool) -> tf.Tensor:
    t = _tensor(a)
    ns, axs = _cook(t, s, axes)
    steps = list(reversed(list(zip(ns, axs))))  # NumPy transforms the last axis first
    if not _trailing(axs, t.shape.rank):
        for n, ax in steps:
            t = _c2c(t, n, ax, norm, forward)
        return t
    plan = _Plan(t, norm)
    for n, ax in steps:
        plan.step(n, ax, forward)
    x = _to_complex(t)
    for ax, m in plan.lengths.items():
        x = _fit(x, m, ax)
    return _scaled((_FFT if forward else _IFFT)[len(axs)](input=x), plan.factor)


def _r2c_nd(a: Any, s: Any, axes: Any, norm: Any) -> tf.Tensor:
    t = _tensor(a)
    ns, axs = _cook(t, s, axes)
    if not axs:
        raise IndexError("rfftn: `axes` is empty (it needs at least one axis)")
    rank = t.shape.rank
    if not (_trailing(axs, rank) and axs[-1] == rank - 1):
        t = _r2c(t, ns[-1], axs[-1], norm)
        for n, ax in reversed(list(zip(ns[:-1], axs[:-1]))):
            t = _c2c(t, n, ax, norm, True)
        return t
    plan = _Plan(t, norm)
    plan.step(ns[-1], axs[-1], True)
    x = _to_real(t)
    for n, ax in reversed(list(zip(ns[:-1], axs[:-1]))):
        plan.step(n, ax, True)
    ms = tuple(plan.lengths[ax] for ax in range(rank - len(axs), rank))
    for ax, m in plan.lengths.items():
        x = _fit(x, m, ax)
    r = _RFFT[len(axs)](input=x, fft_length=_lengths(ms), Tcomplex=_complex_of(x))
    return _scaled(r, plan.factor)


def _c2r_nd(a: Any, s: Any, axes: Any, norm: Any) -> tf.Tensor:
    t = _tensor(a)
    ns, axs = _cook(t, s, axes, invreal=True)
    if not axs:
        raise IndexError("irfftn: `axes` is empty (it needs at least one axis)")
    rank = t.shape.rank
    if not (_trailing(axs, rank) and axs[-1] == rank - 1):
        for n, ax in zip(ns[:-1], axs[:-1]):
            t = _c2c(t, n, ax, norm, False)
        return _c2r(t, ns[-1], axs[-1], norm)
    plan = _Plan(t, norm)
    for n, ax in zip(ns[:-1], axs[:-1]):  # NumPy's ifft steps, then irfft on the last axis
        plan.step(n, ax, False)
    last, _ = plan.step(ns[-1], axs[-1], False, inverse_real=True)
    x = _to_complex(t)
    ms = tuple(plan.lengths[ax] for ax in range(rank - len(axs), rank))
    for ax, m in plan.lengths.items():
        x = _fit(x, m // 2 + 1 if ax == last else m, ax)
    r = _IRFFT[len(axs)](input=x, fft_length=_lengths(ms), Treal=x.dtype.real_dtype)
    return _scaled(r, plan.factor)


def _store(r: tf.Tensor, out: Any, name: str) -> ndarray:
    """`r` as an ndarray, or written into `out` (same shape; NumPy's same_kind cast; `out` is rebound)."""
    if out is None:
        return wrap(r)
    if not isinstance(out, ndarray):
        raise TypeError(f"{name}: out= must be a tnp.ndarray, got {type(out).__name__}")
    if not out._t.shape.is_compatible_with(r.shape):
        raise ValueError("output array has wrong shape.")
    src, dst = as_np_dtype(r.dtype), as_np_dtype(out._t.dtype)
    if not np.can_cast(src, dst, "same_kind"):
        raise TypeError(
            f"Cannot cast ufunc '{name}' output from {src!r} to {dst!r} with casting rule 'same_kind'"
        )
    out._t = cast(r, out._t.dtype)
    return out


# ---- the public functions -------------------------------------------------------------------------------------


@translating
def fft(a: Any, n: Any = None, axis: Any = -1, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.fft`: the 1-D discrete Fourier transform along `axis`, zero-padded or cropped to `n` points.

    Examples:
        >>> tnp.fft.fft(tnp.array([1.0, 2.0, 3.0, 4.0]))
        tnp.array([10.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])
    """
    return _store(_c2c(_tensor(a), n, axis, norm, True), out, "fft")


@translating
def ifft(a: Any, n: Any = None, axis: Any = -1, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.ifft`: the inverse of `fft` along `axis`.

    Examples:
        >>> tnp.fft.ifft(tnp.array([10.0, -2 + 2j, -2.0, -2 - 2j]))
        tnp.array([1.+0.j, 2.+0.j, 3.+0.j, 4.+0.j])
    """
    return _store(_c2c(_tensor(a), n, axis, norm, False), out, "ifft")


@translating
def fft2(a: Any, s: Any = None, axes: Any = (-2, -1), norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.fft2`: the 2-D discrete Fourier transform over `axes` (the last two by default).

    Examples:
        >>> tnp.fft.fft2(tnp.array([[1.0, 2.0], [3.0, 4.0]]))
        tnp.array([[10.+0.j, -2.+0.j],
                   [-4.+0.j,  0.+0.j]])
    """
    return _store(_c2c_nd(a, s, axes, norm, True), out, "fft")


@translating
def ifft2(a: Any, s: Any = None, axes: Any = (-2, -1), norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.ifft2`: the inverse of `fft2`.

    Examples:
        >>> tnp.fft.ifft2(tnp.array([[10.0, -2.0], [-4.0, 0.0]])).real
        tnp.array([[1., 2.],
                   [3., 4.]])
    """
    return _store(_c2c_nd(a, s, axes, norm, False), out, "ifft")


@translating
def fftn(a: Any, s: Any = None, axes: Any = None, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.fftn`: the n-D discrete Fourier transform over `axes` (every axis by default).

    Examples:
        >>> tnp.fft.fftn(tnp.ones((2, 2, 2)))
        tnp.array([[[8.+0.j, 0.+0.j],
                    [0.+0.j, 0.+0.j]],
        <BLANKLINE>
                   [[0.+0.j, 0.+0.j],
                    [0.+0.j, 0.+0.j]]])
    """
    return _store(_c2c_nd(a, s, axes, norm, True), out, "fft")


@translating
def ifftn(a: Any, s: Any = None, axes: Any = None, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.ifftn`: the inverse of `fftn`.

    Examples:
        >>> tnp.fft.ifftn(tnp.array([[4.0, 0.0], [0.0, 0.0]]))
        tnp.array([[1.+0.j, 1.+0.j],
                   [1.+0.j, 1.+0.j]])
    """
    return _store(_c2c_nd(a, s, axes, norm, False), out, "ifft")


@translating
def rfft(a: Any, n: Any = None, axis: Any = -1, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.rfft`: the 1-D transform of a real input, the `n // 2 + 1` non-negative frequency terms.

    Complex input raises TypeError, as NumPy.

    Examples:
        >>> tnp.fft.rfft(tnp.array([1.0, 2.0, 3.0, 4.0]))
        tnp.array([10.+0.j, -2.+2.j, -2.+0.j])
    """
    return _store(_r2c(_tensor(a), n, axis, norm), out, "rfft")


@translating
def irfft(a: Any, n: Any = None, axis: Any = -1, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.irfft`: the inverse of `rfft`, a real result of length `n` (default `2 * (m - 1)`).

    Examples:
        >>> tnp.fft.irfft(tnp.array([10.0, -2 + 2j, -2.0]))
        tnp.array([1., 2., 3., 4.])
    """
    return _store(_c2r(_tensor(a), n, axis, norm), out, "irfft")


@translating
def rfft2(a: Any, s: Any = None, axes: Any = (-2, -1), norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.rfft2`: the 2-D transform of a real input (`rfft` on the last of `axes`, then `fft`).

    Examples:
        >>> tnp.fft.rfft2(tnp.array([[1.0, 2.0], [3.0, 4.0]]))
        tnp.array([[10.+0.j, -2.+0.j],
                   [-4.+0.j,  0.+0.j]])
    """
    return _store(_r2c_nd(a, s, axes, norm), out, "fft")


@translating
def irfft2(a: Any, s: Any = None, axes: Any = (-2, -1), norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.irfft2`: the inverse of `rfft2`.

    Examples:
        >>> tnp.fft.irfft2(tnp.array([[10.0, -2.0], [-4.0, 0.0]]))
        tnp.array([[1., 2.],
                   [3., 4.]])
    """
    return _store(_c2r_nd(a, s, axes, norm), out, "irfft")


@translating
def rfftn(a: Any, s: Any = None, axes: Any = None, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.rfftn`: the n-D transform of a real input (`rfft` on the last of `axes`, then `fft`).

    Examples:
        >>> tnp.fft.rfftn(tnp.ones((2, 2, 2))).shape
        (2, 2, 2)
    """
    return _store(_r2c_nd(a, s, axes, norm), out, "fft")


@translating
def irfftn(a: Any, s: Any = None, axes: Any = None, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.irfftn`: the inverse of `rfftn`.

    Examples:
        >>> tnp.fft.irfftn(tnp.fft.rfftn(tnp.ones((2, 2, 2))))
        tnp.array([[[1., 1.],
                    [1., 1.]],
        <BLANKLINE>
                   [[1., 1.],
                    [1., 1.]]])
    """
    return _store(_c2r_nd(a, s, axes, norm), out, "irfft")


@translating
def hfft(a: Any, n: Any = None, axis: Any = -1, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.hfft`: the transform of a Hermitian-symmetric signal given by its first half (a real result).

    Examples:
        >>> tnp.fft.hfft(tnp.array([1.0, 2.0, 3.0]))
        tnp.array([ 8., -2.,  0., -2.])
    """
    t = _tensor(a)
    norm = _swap(norm)
    return _store(_c2r(tf.math.conj(t) if t.dtype.is_complex else t, n, axis, norm), out, "irfft")


@translating
def ihfft(a: Any, n: Any = None, axis: Any = -1, norm: Any = None, out: Any = None) -> ndarray:
    """`numpy.fft.ihfft`: the inverse of `hfft` (the first half of the Hermitian-symmetric spectrum).

    Examples:
        >>> tnp.fft.ihfft(tnp.array([8.0, -2.0, 0.0, -2.0]))
        tnp.array([1.-0.j, 2.-0.j, 3.-0.j])
    """
    norm = _swap(norm)
    return _store(tf.math.conj(_r2c(_tensor(a), n, axis, norm)), out, "rfft")


def _reciprocal(n: Any, d: Any) -> Any:
    """`1 / (n * d)`: NumPy's host arithmetic (and errors) for a concrete `d`; for a traced one, a tensor of NumPy's
    dtype for it, cast to the dtype of the result (float64 or complex128)."""
    if isinstance(d, (ndarray, tf.Tensor, tf.Variable)):
        dt = to_tensor(d)
        if is_symbolic(dt):
            q = np.result_type(1.0, np.result_type(n, as_np_dtype(dt.dtype)))
            val = 1.0 / (tf.constant(n, NP_TO_TF[q]) * cast(dt, NP_TO_TF[q]))
            return cast(val, _C128 if q.kind == "c" else tf.float64)
        d = dt.numpy()
    return 1.0 / (n * d)


def _times(k: np.ndarray[Any, Any], val: Any, device: Any) -> ndarray:
    """`k * val` as NumPy's result, placed on `device`."""
    if isinstance(val, tf.Tensor):
        ks = tnp_core.asarray(k.astype(as_np_dtype(val.dtype)), device=device)
        return wrap(ks._t * val)
    return tnp_core.asarray(k * val, device=device)


def _check_n(n: Any) -> int:
    if not isinstance(n, (int, np.integer)):
        raise ValueError("n should be an integer")
    return int(n)


def fftfreq(n: Any, d: Any = 1.0, device: Any = None) -> ndarray:
    """`numpy.fft.fftfreq`: the sample frequencies of an `n`-point `fft` with sample spacing `d` (float64).

    `d` may be a (traced) tensor or array; `device=` takes tnp's device names ('CPU:0', 'GPU:0', 'cpu').

    Examples:
        >>> tnp.fft.fftfreq(5, d=0.5)
        tnp.array([ 0. ,  0.4,  0.8, -0.8, -0.4])
    """
    m = _check_n(n)
    val = _reciprocal(n, d)
    if isinstance(n, (bool, np.bool_)):
        raise TypeError(f"expected a sequence of integers or a single integer, got '{n}'")
    if m < 0:
        raise ValueError("negative dimensions are not allowed")
    check_allocatable((m,), np.float64)  # NumPy's ValueError/MemoryError for an impossible n
    half = (m - 1) // 2 + 1
    return _times(np.concatenate([np.arange(0, half), np.arange(-(m // 2), 0)]), val, device)


def rfftfreq(n: Any, d: Any = 1.0, device: Any = None) -> ndarray:
    """`numpy.fft.rfftfreq`: the sample frequencies of an `n`-point `rfft` with sample spacing `d` (float64).

    `d` may be a (traced) tensor or array; `device=` takes tnp's device names ('CPU:0', 'GPU:0', 'cpu').

    Examples:
        >>> tnp.fft.rfftfreq(5, d=0.5)
        tnp.array([0. , 0.4, 0.8])
    """
    m = _check_n(n)
    val = _reciprocal(n, d)
    return _times(np.arange(0, m // 2 + 1), val, device)


def _shift(x: Any, axes: Any, sign: int) -> ndarray:
    """`x` rolled by `sign * (length // 2)` on each of `axes` (every axis when None), as NumPy's `roll`."""
    t = _tensor(x)
    ndim = t.shape.rank
    if ndim == 0:
        raise ValueError("not enough values to unpack (a 0-d array has no axis to shift)")
    if axes is None:
        axs = list(range(ndim))
    elif isinstance(axes, (int, np.integer)):
        axs = [normalize_axis(axes, ndim, "axes")]
    else:
        axs = [normalize_axis(ax, ndim, "axes") for ax in axes]
    if not axs:
        return wrap(t)
    dims = [t.shape[ax] for ax in axs]
    if None in dims:
        shift: Any = sign * (tf.gather(tf.shape(t), axs) // 2)
    else:
        shift = [sign * (d // 2) for d in dims]
    return wrap(tf.roll(t, shift, axs))


@translating
def fftshift(x: Any, axes: Any = None) -> ndarray:
    """`numpy.fft.fftshift`: the zero-frequency term moved to the centre (a roll by half of each axis' length).

    Examples:
        >>> tnp.fft.fftshift(tnp.fft.fftfreq(5))
        tnp.array([-0.4, -0.2,  0. ,  0.2,  0.4])
    """
    return _shift(x, axes, 1)


@translating
def ifftshift(x: Any, axes: Any = None) -> ndarray:
    """`numpy.fft.ifftshift`: the inverse of `fftshift`.

    Examples:
        >>> tnp.fft.ifftshift(tnp.array([-0.4, -0.2, 0.0, 0.2, 0.4]))
        tnp.array([ 0. ,  0.2,  0.4, -0.4, -0.2])
    """
    return _shift(x, axes, -1)


__all__ = [
    "fft", "fft2", "fftfreq", "fftn", "fftshift", "hfft", "ifft", "ifft2", "ifftn", "ifftshift", "ihfft", "irfft",
    "irfft2", "irfftn", "rfft", "rfft2", "rfftfreq", "rfftn",
]  # fmt: skip
