"""Array creation: asarray/array/copy, zeros/ones/empty/full and their `_like` forms, eye/identity/tri/diag,
meshgrid/indices/fromfunction, frombuffer/from_dlpack. The ranges (arange, linspace, ...) live in `_ranges`.

Common differences from NumPy: there are no views and no memory layout, so `order=` is validated but changes
nothing, `copy=` decides only whether the result is a new tnp array object, and `copy=False` raises ValueError
unless the input already is a tnp array or tf.Tensor of the requested dtype. `device=` places the result with
`tf.device` (also where NumPy has no `device=` parameter, as an extra keyword-only argument). `like=` must be
None. Default float dtypes follow `tnp.config(prefer_float32=True)`; an explicit dtype never changes (except
`dtype=float` in eye/tri/fromfunction, which is their signature's default and so cannot be told apart).
"""

from __future__ import annotations

import math
import operator
import os
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy._core._exceptions import _ArrayMemoryError

from ._config import get_config
from ._convert import (
    bounded_put,
    caches_context,
    cast,
    eager_caches,
    eager_zero,
    int_arg,
    list_tensor,
    plan_cache,
    to_tensor,
)
from ._device import maybe_device
from ._dtypes import NP_TO_TF, TF_TO_NP, as_np_dtype, is_array, requested_dtype
from ._ndarray import ndarray, wrap
from ._tf import EagerTensor, constant, dtype_enum, eager_context, gen_array_ops as ga, is_symbolic, tf

_ORDERS = ("K", "A", "C", "F")
_TF_ENUMS = frozenset(d.as_datatype_enum for d in TF_TO_NP)  # the supported dtypes, as DataType enums


def check_order(order: Any, allocating: bool = False) -> None:
    """NumPy's ValueError for an unknown `order`; allocating functions (zeros, eye, ...) take 'C'/'F' only."""
    if order is None and not allocating:
        return
    if order not in _ORDERS:
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    if allocating and order not in ("C", "F"):
        raise ValueError("only 'C' or 'F' order is permitted")


def no_like(like: Any, name: str) -> None:
    if like is not None:
        raise NotImplementedError(
            f"{name}(like=...) is not supported: tnp has no __array_function__ dispatch"
        )


def default_dtype(dtype: Any, signature_default: Any = None) -> np.dtype[Any]:
    """The dtype to create: the context's default float for None (and for the signature's own default, e.g.
    `dtype=float` in `eye`, which cannot be told apart from an explicit `float`), else `dtype` as given."""
    if dtype is None or (signature_default is not None and dtype is signature_default):
        return get_config().default_float
    return as_np_dtype(dtype)


def _index(x: Any) -> int:
    try:
        return operator.index(x)
    except TypeError:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer") from None


def _size(x: Any) -> int:
    n = _index(x)
    if n < 0:
        raise ValueError("negative dimensions are not allowed")
    return n


def shape_arg(shape: Any) -> list[int] | tf.Tensor:
    """A shape argument as a list of non-negative ints (or, inside tf.function, a 1-d integer tensor).

    As NumPy: an int or a sequence of ints (an integer array too, read on the host); a bool is a TypeError.
    """
    if type(shape) is int:
        dims = [shape]
    elif type(shape) is tuple or type(shape) is list:
        dims = [d if type(d) is int else _shape_dim(d) for d in shape]
    else:
        return _shape_of_object(shape)
    if any(d < 0 for d in dims):
        raise ValueError("negative dimensions are not allowed")
    return dims


def _shape_dim(d: Any) -> int:
    """One dimension of a shape sequence: an integer, not a bool."""
    if isinstance(d, (bool, np.bool_)):
        raise TypeError("an integer is required")
    return _index(d)


def _shape_of_object(shape: Any) -> list[int] | tf.Tensor:
    """`shape_arg` for what is neither an int nor a list/tuple: an array (read on the host), a NumPy int, an
    iterable."""
    if isinstance(shape, (tf.Tensor, ndarray)) and is_symbolic(to_tensor(shape)):
        t = to_tensor(shape)
        return t if t.shape.rank == 1 else tf.reshape(t, [1])
    if is_array(shape):
        shape = np.asarray(shape)
        if shape.ndim == 0:
            shape = shape[()]  # a NumPy scalar
    if hasattr(shape, "__iter__") and not isinstance(shape, np.generic):
        return shape_arg([_shape_dim(d) for d in shape])
    if isinstance(shape, (bool, np.bool_)) or not hasattr(shape, "__index__"):
        raise TypeError(f"expected a sequence of integers or a single integer, got '{shape!r}'")
    return shape_arg([_index(shape)])


def ambiguous_truth(size: int | None) -> ValueError:
    """NumPy's ValueError where it tests an array of `size` elements (not one) as a bool."""
    if size == 0:
        return ValueError("The truth value of an empty array is ambiguous.")
    return ValueError(
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
    )


def allocation_error(dims: Any, dtype: Any) -> Exception:
    """NumPy's error for an array that cannot be allocated: ValueError for a dimension beyond int64 or when the
    byte size of its nonzero dimensions does not fit in an int64 (even if another one is 0), else MemoryError
    with NumPy's message (TensorFlow's own errors say ResourceExhausted)."""
    d = np.dtype(as_np_dtype(dtype))  # (a tf.DType too)
    dims = tuple(int(n) for n in dims)
    if any(n >= 2**63 for n in dims):
        return ValueError("Maximum allowed dimension exceeded")
    if math.prod(n for n in dims if n) * d.itemsize >= 2**63:
        return ValueError(
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
        )
    # NumPy's own MemoryError subclass: its message ("Unable to allocate 8.00 PiB for an array with shape ...")
    return _ArrayMemoryError(dims, d)


def offset_arg(k: Any) -> int:
    """A diagonal offset read as NumPy's diagonal() reads it: a C int (OverflowError beyond it)."""
    n = _index(k)
    if not -(2**31) <= n < 2**31:
        raise OverflowError(
            "Python int too large to convert to C long"
            if not -(2**63) <= n < 2**63
            else f"signed integer is {'greater than maximum' if n > 0 else 'less than minimum'}"
        )
    return n


def c_int(x: Any) -> int:
    """An integer argument that NumPy reads as a C int (OverflowError beyond it, as NumPy)."""
    n = _index(x)
    if not -(2**31) <= n < 2**31:
        raise OverflowError("Python int too large to convert to C int")
    return n


# TensorFlow's errors for a tensor too large to allocate (or whose element count overflows)
ALLOCATION_ERRORS = (tf.errors.ResourceExhaustedError, tf.errors.InvalidArgumentError)


# ---- conversion --------------------------------------------------------------------------------------------


def _no_copy_error() -> ValueError:
    return ValueError(
        "Unable to avoid copy while creating an array as requested (tnp can share memory only with a tnp "
        "array or tf.Tensor that already has the dtype)."
    )


def asarray(
    a: Any,
    dtype: Any = None,
    order: Any = None,
    *,
    device: Any = None,
    copy: bool | None = None,
    like: Any = None,
) -> ndarray:
    """`numpy.asarray`: convert the input to an array, copying only when needed.

    A tnp array or tf.Tensor of the right dtype is not copied (the same tnp array is
    returned; a tf.Tensor is wrapped as is). `copy=True` gives a new tnp array object (tensors are immutable,
    so it may share the buffer); `copy=False` raises ValueError for any other input (as NumPy for a list).

    Examples:
        >>> tnp.asarray([1.5, 2.5])
        tnp.array([1.5, 2.5])
    """
    if dtype is None and device is None and like is None and copy is not False:
        if type(a) is EagerTensor and copy is None and order is None and dtype_enum(a) in _TF_ENUMS:
            return wrap(a)  # the commonest call, inline: an eager tensor of a supported dtype, as is
        r = _fast_asarray(a, order, copy)  # the other common calls, before any other check
        if r is not None:
            return r
    check_order(order)
    no_like(like, "asarray")
    if type(a) is ndarray and dtype is None and device is None and not copy:
        return a
    if copy is False:
        if not isinstance(a, (ndarray, tf.Tensor)) or (
            dtype is not None and as_np_dtype(dtype) != _dtype_of(a)
        ):
            raise _no_copy_error()
    with maybe_device(device):
        t = to_tensor(a, dtype)
        if device is not None and isinstance(a, (ndarray, tf.Tensor, tf.Variable)):
            t = tf.identity(t)
    if type(a) is ndarray and t is a._t and not copy:
        return a
    return wrap(t)


def _fast_asarray(a: Any, order: Any, copy: bool | None) -> ndarray | None:
    """`asarray(a)` (no dtype/device, a copy allowed) for a NumPy array of a supported dtype or a flat list of
    Python scalars; None for anything else."""
    t = type(a)
    if t is list:
        if order is None or order in _ORDERS:
            flat = list_tensor(a)
            if flat is not None:
                return wrap(flat)
    elif t is np.ndarray and a.dtype in NP_TO_TF and (order is None or order in _ORDERS):
        return wrap(constant(a))  # what to_tensor does, minus its dispatch
    return None


def _dtype_of(a: Any) -> np.dtype[Any]:
    return a.dtype if isinstance(a, ndarray) else TF_TO_NP.get(a.dtype, np.dtype("O"))


def asanyarray(
    a: Any,
    dtype: Any = None,
    order: Any = None,
    *,
    device: Any = None,
    copy: bool | None = None,
    like: Any = None,
) -> ndarray:
    """`numpy.asanyarray`: the same as `asarray` (tnp has no ndarray subclasses).

    Examples:
        >>> tnp.asanyarray([1, 2])
        tnp.array([1, 2])
    """
    return asarray(a, dtype, order, device=device, copy=copy, like=like)


def ascontiguousarray(a: Any, dtype: Any = None, *, like: Any = None) -> ndarray:
    """`numpy.ascontiguousarray`: `asarray` with at least one dimension (tensors have no strides).

    Examples:
        >>> tnp.ascontiguousarray([[1, 2], [3, 4]])
        tnp.array([[1, 2],
                   [3, 4]])
    """
    r = asarray(a, dtype, like=like)
    return r if r.ndim else wrap(tf.reshape(r._t, [1]))


def asfortranarray(a: Any, dtype: Any = None, *, like: Any = None) -> ndarray:
    """`numpy.asfortranarray`: `asarray` with at least one dimension (tensors have no memory layout).

    Examples:
        >>> tnp.asfortranarray([[1, 2], [3, 4]])
        tnp.array([[1, 2],
                   [3, 4]])
    """
    no_like(like, "asfortranarray")
    return ascontiguousarray(a, dtype)


def array(
    object: Any,
    dtype: Any = None,
    *,
    copy: bool | None = True,
    order: Any = "K",
    subok: bool = False,
    ndmin: int = 0,
    ndmax: int = 0,
    like: Any = None,
    device: Any = None,
) -> ndarray:
    """`numpy.array`: create an array from array-like data.

    A new tnp array object by default; `ndmin` prepends axes of length one. `ndmax` only
    limits how deep a nested sequence is read (an array deeper than that cannot be made: ValueError).

    Examples:
        >>> tnp.array([1, 2, 3])
        tnp.array([1, 2, 3])
        >>> tnp.array([[1, 2], [3, 4]], dtype=tnp.float32)
        tnp.array([[1., 2.],
                   [3., 4.]], dtype=float32)
    """
    no_like(like, "array")
    ndmin, ndmax = c_int(ndmin), c_int(ndmax)
    if not 0 <= ndmax <= 64:
        raise ValueError("ndmax must be in the range [0, NPY_MAXDIMS (64)]")
    if ndmin > (ndmax or 64):
        raise ValueError(f"ndmin must be <= ndmax ({ndmax or 64})")
    r = asarray(object, dtype, order, copy=copy, device=device)
    if ndmax and isinstance(object, (list, tuple)) and r.ndim > ndmax:
        raise ValueError(
            "setting an array element with a sequence. The requested array would exceed the maximum number "
            f"of dimension of {ndmax}."
        )
    if r.ndim < ndmin:
        ones = [1] * (ndmin - r.ndim)
        t = r._t
        r = wrap(
            tf.reshape(
                t,
                ones + t.shape.as_list() if t.shape.is_fully_defined() else tf.concat([ones, tf.shape(t)], 0),
            )
        )
    return r


def copy(a: Any, order: Any = "K", subok: bool = False) -> ndarray:
    """`numpy.copy`: a new tnp array object holding `a`'s value.

    Examples:
        >>> a = tnp.array([1, 2, 3])
        >>> b = tnp.copy(a)
        >>> b is a
        False
        >>> b
        tnp.array([1, 2, 3])
    """
    return array(a, copy=True, order=order)


def frombuffer(
    buffer: Any, dtype: Any = None, count: Any = -1, offset: Any = 0, *, like: Any = None, device: Any = None
) -> ndarray:
    """`numpy.frombuffer`: interpret a buffer as a 1-d array.

    The bytes are read on the host and copied into a tensor (no shared memory).
    `dtype=None` is float64 as in NumPy (the bytes decide it, so prefer_float32 does not apply).

    Examples:
        >>> tnp.frombuffer(bytes([1, 0, 2, 0]), dtype=tnp.uint16)
        tnp.array([1, 2], dtype=uint16)
    """
    no_like(like, "frombuffer")
    d = np.dtype(np.float64) if dtype is None else requested_dtype(dtype)  # '>i4' reads big-endian bytes
    if is_array(buffer):  # NumPy reads an array's bytes (its buffer protocol)
        buffer = np.asarray(buffer)
    arr = np.frombuffer(buffer, dtype=d, count=count, offset=offset)
    with maybe_device(device):
        return wrap(tf.constant(arr if d.isnative else arr.astype(d.newbyteorder("="))))


def from_dlpack(x: Any, /, *, device: Any = None, copy: bool | None = None) -> ndarray:
    """`numpy.from_dlpack`: create an array from a DLPack-capable object.

    Differs: a CPU source (e.g. a NumPy array) is always copied into the tensor
    (TensorFlow aborts on unaligned shared buffers, and tnp arrays are immutable), so `copy=False` raises
    ValueError for it; an accelerator source is imported zero-copy through TensorFlow's DLPack importer.

    Examples:
        >>> tnp.from_dlpack(tnp.array([1, 2]))
        tnp.array([1, 2])
    """
    if isinstance(x, (ndarray, tf.Tensor)):
        return asarray(x, device=device, copy=copy)
    if not hasattr(x, "__dlpack__"):
        raise AttributeError(f"'{type(x).__name__}' object has no attribute '__dlpack__'")
    on_cpu = not hasattr(x, "__dlpack_device__") or x.__dlpack_device__()[0] in (1, 3)  # kDLCPU, kDLCUDAHost
    with maybe_device(device):
        if on_cpu:
            if copy is False:
                raise _no_copy_error()
            arr = np.from_dlpack(x)
            _check_dtype_supported(arr.dtype)
            return wrap(tf.constant(arr))
        t = tf.experimental.dlpack.from_dlpack(x.__dlpack__())
        if t.dtype not in TF_TO_NP:
            raise TypeError(f"tnp does not support dtype {t.dtype.name}")
        if copy or device is not None:
            t = tf.raw_ops.DeepCopy(x=t) if copy else tf.identity(t)
        return wrap(t)


def _check_dtype_supported(d: np.dtype[Any]) -> None:
    as_np_dtype(d)


# ---- filled arrays -----------------------------------------------------------------------------------------


def _check_allocatable(dims: Any, dtype: Any) -> None:
    """NumPy's MemoryError/ValueError up front for a static shape larger than the machine's memory (TensorFlow's
    allocator would retry for seconds before failing), and NumPy's ValueError for an empty shape whose other
    dimensions are too large; a cheap product test on the hot path."""
    if isinstance(dims, (list, tuple)):
        n = math.prod(dims)
        if n > _HUGE_ELEMENTS or (n == 0 and len(dims) > 1 and max(dims) > _HUGE_ELEMENTS):
            error = allocation_error(dims, dtype)
            if isinstance(error, ValueError) or np.dtype(as_np_dtype(dtype)).itemsize * n > _MEMORY:
                raise error


def _allocation_failed(dims: Any, dtype: Any, exc: Exception) -> Exception:
    """The error to raise for TensorFlow's allocation failure `exc`: NumPy's, when the shape is static."""
    return allocation_error(dims, dtype) if isinstance(dims, (list, tuple)) else exc


def _physical_memory() -> int:
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):  # not POSIX: leave it to TensorFlow's allocator
        return 2**63


_MEMORY = _physical_memory()
_HUGE_ELEMENTS = 2**24  # below this, no size check on the hot path


def _filled(shape: list[int] | tf.Tensor, value: tf.Tensor) -> tf.Tensor:
    """`value` broadcast to `shape` (NumPy's ValueError when it cannot be)."""
    if value.shape.rank == 0:
        return tf.fill(shape, value)
    if isinstance(shape, list) and value.shape.is_fully_defined():
        vs = tuple(value.shape.as_list())
        try:
            ok = np.broadcast_shapes(vs, tuple(shape)) == tuple(shape)
        except ValueError:
            ok = False
        if not ok:
            raise ValueError(f"could not broadcast input array from shape {vs} into shape {tuple(shape)}")
    return tf.broadcast_to(value, shape)


_PY_SCALARS = (bool, int, float, complex)


_FILL_PLANS = plan_cache()  # (shape, dtype arg, fill, prefer_float32, device) -> (dims, value, shape, dtype)
_ZERO, _ONE = "zeros", "ones"  # the fill keys of zeros and ones (full's are `_fill_key`s)


def _cached_fill(shape: Any, dtype: Any, fill: Any, fill_value: Any = None) -> ndarray | None:
    """Eagerly, zeros/ones/full of an int or a tuple of ints: a cached plan (dims tensor, 0-d value) and one
    Fill op; None in a graph, or for another shape or a `fill` of None (the general path decides)."""
    ctx = eager_context()
    if ctx is None or fill is None:
        return None
    if ctx is not caches_context[0]:
        eager_caches()  # a new eager context: the cached tensors are dropped
    if type(shape) is not int:  # (a tuple holding 2.0 or True would find the plan of the ints it equals)
        if type(shape) is list:
            shape = tuple(shape)
        elif type(shape) is not tuple:
            return None
        for n in shape:
            if type(n) is not int:
                return None
    # (with the dtype's type: tf.float32 == 1 and np.dtype("f8") == None are True)
    key = (shape, type(dtype), dtype, fill, get_config().prefer_float32, ctx.device_name)
    try:
        plan = _FILL_PLANS.get(key)
    except TypeError:  # an unhashable dtype
        return None
    if plan is None:
        plan = _fill_plan(shape, dtype, fill, fill_value)
        bounded_put(_FILL_PLANS, key, plan)
    dims, value, static, d = plan
    try:
        return wrap(ga.fill(dims, value))
    except ALLOCATION_ERRORS as exc:
        raise _allocation_failed(static, d, exc) from None


def _fill_plan(shape: Any, dtype: Any, fill: Any, fill_value: Any) -> tuple[Any, tf.Tensor, Any, Any]:
    """What `_cached_fill` caches, with NumPy's errors for a bad dtype, shape or fill value."""
    if fill is _ZERO or fill is _ONE:
        d = default_dtype(dtype)
        value = eager_zero(d, int(fill is _ONE))
    else:
        value = fill_value_tensor(fill_value, dtype)
        d = TF_TO_NP[value.dtype]
    static = tuple(shape_arg(shape))
    _check_allocatable(static, d)
    return int_arg(static), value, static, d


def _fill_key(v: Any) -> Any:
    """full's plan key for a Python scalar: (type, value), so that True is not 1, and the repr of a zero or a
    complex so that -0.0 is not 0.0; None for a NaN (the general path keeps its sign and payload)."""
    t = type(v)
    if v != v:
        return None
    if t is complex or (t is float and not v):
        return (t, repr(v))
    return (t, v)


def _eager_fill(shape: Any, d: np.dtype[Any], value: tf.Tensor) -> ndarray:
    """Eagerly, an array of `shape` filled with the 0-d `value` of dtype `d`: one Fill op (zeros, ones, full)."""
    static = (shape,) if type(shape) is int and shape >= 0 else tuple(shape_arg(shape))
    _check_allocatable(static, d)
    try:
        return wrap(ga.fill(int_arg(static), value))
    except ALLOCATION_ERRORS as exc:
        raise _allocation_failed(static, d, exc) from None


def zeros(
    shape: Any, dtype: Any = None, order: Any = "C", *, device: Any = None, like: Any = None
) -> ndarray:
    """`numpy.zeros` (float64 by default; float32 under `tnp.config(prefer_float32=True)`).

    Examples:
        >>> tnp.zeros(3)
        tnp.array([0., 0., 0.])
        >>> tnp.zeros((2, 2), dtype=tnp.int32)
        tnp.array([[0, 0],
                   [0, 0]], dtype=int32)
    """
    if order == "C" and device is None and like is None:
        r = _cached_fill(shape, dtype, _ZERO)
        if r is not None:
            return r
        d = default_dtype(dtype)
        zero = eager_zero(d)  # eagerly, do what tf.zeros does: Fill with a 0-d zero (cached)
        if zero is not None:
            return _eager_fill(shape, d, zero)
    check_order(order, allocating=True)
    no_like(like, "zeros")
    td = NP_TO_TF[default_dtype(dtype)]
    dims = shape_arg(shape)
    _check_allocatable(dims, td)
    with maybe_device(device):
        try:
            return wrap(tf.zeros(dims, td))
        except ALLOCATION_ERRORS as exc:
            raise _allocation_failed(dims, td, exc) from None


def ones(shape: Any, dtype: Any = None, order: Any = "C", *, device: Any = None, like: Any = None) -> ndarray:
    """`numpy.ones` (float64 by default; float32 under `tnp.config(prefer_float32=True)`).

    Examples:
        >>> tnp.ones(3)
        tnp.array([1., 1., 1.])
        >>> tnp.ones((2, 2), dtype=int)
        tnp.array([[1, 1],
                   [1, 1]])
    """
    if order == "C" and device is None and like is None:
        r = _cached_fill(shape, dtype, _ONE)
        if r is not None:
            return r
        d = default_dtype(dtype)
        one = eager_zero(d, 1)  # eagerly, do what tf.ones does: Fill with a 0-d one (cached)
        if one is not None:
            return _eager_fill(shape, d, one)
    check_order(order, allocating=True)
    no_like(like, "ones")
    d = NP_TO_TF[default_dtype(dtype)]
    dims = shape_arg(shape)
    _check_allocatable(dims, d)
    with maybe_device(device):
        try:
            return wrap(tf.ones(dims, d))
        except ALLOCATION_ERRORS as exc:
            raise _allocation_failed(dims, d, exc) from None


def empty(
    shape: Any, dtype: Any = None, order: Any = "C", *, device: Any = None, like: Any = None
) -> ndarray:
    """`numpy.empty`. Differs: the values are zeros (TensorFlow has no uninitialized tensors).

    Examples:
        >>> tnp.empty((2, 3)).shape
        (2, 3)
    """
    check_order(order, allocating=True)
    no_like(like, "empty")
    return zeros(shape, dtype, order, device=device)


def fill_value_tensor(value: Any, dtype: Any) -> tf.Tensor:
    """`fill_value` for full/full_like: cast unsafely to `dtype` (NumPy's copyto), but an out-of-range Python
    int raises OverflowError as in NumPy."""
    if dtype is None:
        return to_tensor(value)
    d = as_np_dtype(dtype)
    if type(value) is int:
        return to_tensor(value, d)
    return cast(to_tensor(value), NP_TO_TF[d], requested=True)


def full(
    shape: Any, fill_value: Any, dtype: Any = None, order: Any = "C", *, device: Any = None, like: Any = None
) -> ndarray:
    """`numpy.full`: the dtype is `fill_value`'s when not given; an array `fill_value` is broadcast.

    Examples:
        >>> tnp.full((2, 2), 7)
        tnp.array([[7, 7],
                   [7, 7]])
    """
    if order == "C" and device is None and like is None and type(fill_value) in _PY_SCALARS:
        r = _cached_fill(shape, dtype, _fill_key(fill_value), fill_value)
        if r is not None:
            return r
        if eager_context() is not None:
            value = fill_value_tensor(fill_value, dtype)
            return _eager_fill(shape, TF_TO_NP[value.dtype], value)
    check_order(order, allocating=True)
    no_like(like, "full")
    dims = shape_arg(shape)
    value = fill_value_tensor(fill_value, dtype)
    _check_allocatable(dims, value.dtype)
    with maybe_device(device):
        try:
            return wrap(_filled(dims, value))
        except ALLOCATION_ERRORS as exc:
            raise _allocation_failed(dims, value.dtype, exc) from None


def _like(a: Any, dtype: Any, order: Any, shape: Any) -> tuple[tf.DType, list[int] | tf.Tensor]:
    check_order(order)
    t = to_tensor(a)
    d = t.dtype if dtype is None else NP_TO_TF[as_np_dtype(dtype)]
    if shape is not None:
        dims = shape_arg(shape)
        _check_allocatable(dims, d)
        return d, dims
    return d, (t.shape.as_list() if t.shape.is_fully_defined() else tf.shape(t))


def zeros_like(
    a: Any, dtype: Any = None, order: Any = "K", subok: bool = True, shape: Any = None, *, device: Any = None
) -> ndarray:
    """`numpy.zeros_like`.

    Examples:
        >>> tnp.zeros_like(tnp.array([1.5, 2.5]))
        tnp.array([0., 0.])
    """
    d, s = _like(a, dtype, order, shape)
    with maybe_device(device):
        return wrap(tf.zeros(s, d))


def ones_like(
    a: Any, dtype: Any = None, order: Any = "K", subok: bool = True, shape: Any = None, *, device: Any = None
) -> ndarray:
    """`numpy.ones_like`.

    Examples:
        >>> tnp.ones_like(tnp.array([[1, 2]]))
        tnp.array([[1, 1]])
    """
    d, s = _like(a, dtype, order, shape)
    with maybe_device(device):
        return wrap(tf.ones(s, d))


def empty_like(
    prototype: Any,
    /,
    dtype: Any = None,
    order: Any = "K",
    subok: bool = True,
    shape: Any = None,
    *,
    device: Any = None,
) -> ndarray:
    """`numpy.empty_like`. Differs: the values are zeros.

    Examples:
        >>> tnp.empty_like(tnp.array([[1, 2]])).shape
        (1, 2)
    """
    return zeros_like(prototype, dtype, order, subok, shape, device=device)


def full_like(
    a: Any,
    fill_value: Any,
    dtype: Any = None,
    order: Any = "K",
    subok: bool = True,
    shape: Any = None,
    *,
    device: Any = None,
) -> ndarray:
    """`numpy.full_like`: `fill_value` is cast to the result's dtype (unsafe, as NumPy).

    Examples:
        >>> tnp.full_like(tnp.array([1.5, 2.5]), 3)
        tnp.array([3., 3.])
    """
    d, s = _like(a, dtype, order, shape)
    with maybe_device(device):
        return wrap(_filled(s, fill_value_tensor(fill_value, TF_TO_NP[d])))


# ---- matrices ----------------------------------------------------------------------------------------------


def _offsets(n: int, m: int) -> tf.Tensor:
    """The (n, m) int64 matrix of column - row."""
    return tf.range(m, dtype=tf.int64)[None, :] - tf.range(n, dtype=tf.int64)[:, None]


def eye(  # NumPy's parameter names
    N: Any,  # noqa: N803
    M: Any = None,  # noqa: N803
    k: Any = 0,
    dtype: Any = float,
    order: Any = "C",
    *,
    device: Any = None,
    like: Any = None,
) -> ndarray:
    """`numpy.eye`. `dtype=float` (the default) follows prefer_float32.

    Examples:
        >>> tnp.eye(2)
        tnp.array([[1., 0.],
                   [0., 1.]])
        >>> tnp.eye(2, 3, k=1, dtype=int)
        tnp.array([[0, 1, 0],
                   [0, 0, 1]])
    """
    check_order(order, allocating=True)
    no_like(like, "eye")
    n, m = (_size(x) for x in (N, N if M is None else M))
    k, d = _index(k), NP_TO_TF[default_dtype(dtype, float)]
    _check_allocatable((n, m), d)
    with maybe_device(device):
        if not n or not m:
            return wrap(tf.zeros((n, m), d))
        return wrap(cast(tf.equal(_offsets(n, m), _clamp_offset(k, n, m)), d))


def _clamp_offset(k: int, n: int, m: int) -> int:
    """A diagonal offset `k` of an (n, m) matrix moved into [-n, m] (int64): the same elements are selected."""
    return min(max(k, -n), m)


def identity(n: Any, dtype: Any = None, *, like: Any = None, device: Any = None) -> ndarray:
    """`numpy.identity` (float64 by default; float32 under prefer_float32).

    Examples:
        >>> tnp.identity(2, dtype=int)
        tnp.array([[1, 0],
                   [0, 1]])
    """
    no_like(like, "identity")
    return eye(n, dtype=dtype, device=device)


def tri(  # NumPy's parameter names
    N: Any,  # noqa: N803
    M: Any = None,  # noqa: N803
    k: Any = 0,
    dtype: Any = float,
    *,
    like: Any = None,
    device: Any = None,
) -> ndarray:
    """`numpy.tri`: ones at and below the k-th diagonal. `dtype=float` follows prefer_float32.

    Examples:
        >>> tnp.tri(3, dtype=int)
        tnp.array([[1, 0, 0],
                   [1, 1, 0],
                   [1, 1, 1]])
    """
    no_like(like, "tri")
    n, m, k = _tri_arg(N), _tri_arg(N if M is None else M), _tri_arg(k)
    if type(n) is int:  # NumPy builds arange(N) before it reads the dtype: its size error comes first
        _check_allocatable((max(n, 0),), np.int64)
    d = NP_TO_TF[default_dtype(dtype, float)]
    if type(n) is int and type(m) is int and type(k) is int:
        n, m = max(n, 0), max(m, 0)
        _check_allocatable((m,), np.int64)  # and arange(-k, M - k)
        check_tri_offset(k, m)
        _check_allocatable((n, m), d)
        with maybe_device(device):
            if not n or not m:
                return wrap(tf.zeros((n, m), d))
            return wrap(cast(tf.less_equal(_offsets(n, m), _clamp_offset(k, n, m)), d))
    # a float argument: NumPy's construction, rows >= the integer arange from -k to m - k
    _check_allocatable((max(math.ceil(n), 0), max(math.ceil(m - k) - math.floor(-k), 0)), d)
    rows, cols = np.arange(n, dtype=np.int64), np.arange(-k, m - k, dtype=np.int64)
    with maybe_device(device):
        return wrap(cast(tf.greater_equal(rows[:, None], cols[None, :]), d))


def check_tri_offset(k: int, m: int) -> None:
    """NumPy's OverflowError for an integer diagonal offset `k` of tri() (and tril/triu) with `m` columns
    where its arange(-k, m - k) does not fit in int64."""
    if not -(2**63) < k <= 2**63 or m - k >= 2**63:
        raise OverflowError("Python int too large to convert to C long")


def _tri_arg(x: Any) -> int | float:
    """An argument of tri as NumPy's arange-based tri reads it: an int or a finite float; an array of other
    than one element is ambiguous (ValueError)."""
    if type(x) is int:
        return x
    if is_array(x):
        x = np.asarray(x)
        if x.size != 1:
            raise ambiguous_truth(x.size)
        x = x.reshape(()).item() if x.dtype.kind == "f" else x.reshape(())[()]
    if isinstance(x, float):
        if math.isnan(x):
            raise ValueError("arange: cannot compute length")
        if math.isinf(x):
            raise ValueError("Maximum allowed size exceeded")
        return float(x)
    return _index(x)


def _dim(t: tf.Tensor, i: int) -> Any:
    """Dimension `i` of `t`: an int when static, else a scalar int64 tensor."""
    s = t.shape[i]
    return s if s is not None else tf.shape(t, out_type=tf.int64)[i]


def diag(v: Any, k: Any = 0) -> ndarray:
    """`numpy.diag`: build a diagonal array, or extract a diagonal.

    A 1-d input gives a 2-d array with it on the k-th diagonal; a 2-d input gives its k-th
    diagonal (a copy: tnp has no views).

    Examples:
        >>> tnp.diag([1, 2])
        tnp.array([[1, 0],
                   [0, 2]])
        >>> tnp.diag([[1, 2], [3, 4]])
        tnp.array([1, 4])
    """
    t = to_tensor(v)
    if t.shape.rank not in (1, 2):
        raise ValueError("Input must be 1- or 2-d.")
    k = _index(k)
    if t.shape.rank == 1:
        # NumPy's zeros((n, n)) of n = len(v) + |k| (at least |k| while the length is unknown); a larger |k|
        # than MatrixDiag's int32 cannot be allocated
        n = abs(k) + (t.shape[0] or 0)
        _check_allocatable((n, n), t.dtype)
        if abs(k) >= 2**31:
            raise allocation_error((n, n), t.dtype)
        return wrap(tf.linalg.diag(t, k=k))
    k = offset_arg(k)
    rows, cols = _dim(t, 0), _dim(t, 1)
    r0, c0 = max(-k, 0), max(k, 0)
    n = tf.maximum(tf.minimum(rows - r0, cols - c0), 0)
    if isinstance(rows, int) and isinstance(cols, int):
        n = max(min(rows - r0, cols - c0), 0)
    i = tf.range(n, dtype=tf.int64)
    return wrap(tf.gather_nd(t, tf.stack([i + r0, i + c0], axis=1)))


# ---- grids -------------------------------------------------------------------------------------------------


def meshgrid(*xi: Any, copy: bool = True, sparse: bool = False, indexing: str = "xy") -> tuple[ndarray, ...]:
    """`numpy.meshgrid`: a tuple of arrays (copies: tnp has no views, so `copy=False` changes nothing).

    Examples:
        >>> x, y = tnp.meshgrid([1, 2, 3], [4, 5])
        >>> x
        tnp.array([[1, 2, 3],
                   [1, 2, 3]])
        >>> y
        tnp.array([[4, 4, 4],
                   [5, 5, 5]])
    """
    if indexing not in ("xy", "ij"):
        raise ValueError("Valid values for `indexing` are 'xy' and 'ij'.")
    ndim = len(xi)
    ts = [tf.reshape(to_tensor(x), [-1]) for x in xi]
    if indexing == "xy" and ndim > 1:
        order = [1, 0, *range(2, ndim)]  # the first two outputs' axes are swapped
    else:
        order = list(range(ndim))
    outs = []
    for i, t in enumerate(ts):
        shape = [1] * ndim
        shape[order.index(i)] = -1
        outs.append(tf.reshape(t, shape))
    if not sparse and ndim:
        sizes = [_dim(ts[i], 0) for i in order]
        target: Any = (
            sizes
            if all(isinstance(s, int) for s in sizes)
            else tf.stack([tf.cast(s, tf.int64) for s in sizes])
        )
        outs = [tf.broadcast_to(o, target) for o in outs]
    return tuple(wrap(o) for o in outs)


def indices(dimensions: Any, dtype: Any = int, sparse: bool = False, *, device: Any = None) -> Any:
    """`numpy.indices`: an array of the index grids of a shape.

    An array of shape `(len(dimensions), *dimensions)`, or a tuple if `sparse`.
    `dtype=int` is int64 (NumPy's default int on every platform tnp runs on).

    Examples:
        >>> tnp.indices((2, 3))
        tnp.array([[[0, 0, 0],
                    [1, 1, 1]],
        <BLANKLINE>
                   [[0, 1, 2],
                    [0, 1, 2]]])
    """
    d = NP_TO_TF[as_np_dtype(dtype)]  # NumPy reads the dtype first
    dims = [_index(x) for x in tuple(dimensions)]
    if any(x < 0 for x in dims):
        raise ValueError("negative dimensions are not allowed")
    n = len(dims)
    if not sparse:
        _check_allocatable((n, *dims), d)
    for dim in dims:  # NumPy then builds arange(dim) for each
        _check_allocatable((dim,), np.int64)
    with maybe_device(device):
        if not sparse and n and not math.prod(dims):
            return wrap(tf.zeros((n, *dims), d))
        parts = []
        for i, dim in enumerate(dims):
            shape = [1] * n
            shape[i] = dim
            parts.append(cast(tf.reshape(tf.range(dim, dtype=tf.int64), shape), d))
        if sparse:
            return tuple(wrap(p) for p in parts)
        if not parts:
            return wrap(tf.zeros([0], d))
        return wrap(tf.stack([tf.broadcast_to(p, dims) for p in parts]))


def fromfunction(
    function: Callable[..., Any], shape: Any, *, dtype: Any = float, like: Any = None, **kwargs: Any
) -> Any:
    """`numpy.fromfunction`: build an array by calling a function on the index arrays.

    Calls `function` once with the index arrays (tnp arrays); returns its result.
    `dtype=float` (the default) follows prefer_float32.

    Examples:
        >>> tnp.fromfunction(lambda i, j: i + j, (2, 3), dtype=int)
        tnp.array([[0, 1, 2],
                   [1, 2, 3]])
    """
    no_like(like, "fromfunction")
    args = indices(shape, dtype=default_dtype(dtype, float))
    return function(*(wrap(t) for t in tf.unstack(args._t, num=len(tuple(shape)))), **kwargs)


__all__ = [
    "array",
    "asanyarray",
    "asarray",
    "ascontiguousarray",
    "asfortranarray",
    "copy",
    "diag",
    "empty",
    "empty_like",
    "eye",
    "from_dlpack",
    "frombuffer",
    "fromfunction",
    "full",
    "full_like",
    "identity",
    "indices",
    "meshgrid",
    "ones",
    "ones_like",
    "tri",
    "zeros",
    "zeros_like",
]
