"""`tnp.ndarray`: NumPy's array object around one immutable `tf.Tensor`.

It is a TensorFlow composite tensor (like TF's own WeakTensor): a `__slots__` class whose type spec has a
single `TensorSpec` component, so TensorFlow treats it as a tensor in `tf.function` signatures, GradientTape,
autograph conditions, `tf.vectorized_map`, `tf.data`, `tf.distribute` and SavedModel, without a copy and for
about 0.2 µs per construction. Mutation (`x[i] = v`, `x += 1`) rebinds the held tensor.

SavedModel: a saved `tf.function` that takes or returns ndarrays records their `tnp.ndarraySpec`, so loading
it needs `tnp_core` imported. To serve without tnp, give the function tensor inputs (`input_signature` of
`tf.TensorSpec`) and return `tf.convert_to_tensor(result)` (or `result.tensor`).
"""

from __future__ import annotations

import builtins
import importlib
import operator
import os
import pickle
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _tf
from ._device import copy_to
from ._dtypes import ENUM_TO_NP, as_np_dtype, as_tf_dtype
from ._errors import translate
from ._tf import enum_of, tf

if TYPE_CHECKING:
    from types import ModuleType

_new = object.__new__
_EAGER = _tf.EagerTensor
_UNKNOWN_RANK = (
    "the rank (number of dimensions) of this array is unknown while tracing; give tf.function an "
    "input_signature with a known rank, or set one with tf.ensure_shape"
)


class _Gradient(_tf.CompositeTensorGradient):  # type: ignore[misc]
    """Gradients of an ndarray are ndarrays around the gradient of the held tensor."""

    def get_gradient_components(self, value: ndarray) -> tf.Tensor:
        return value._t

    def replace_gradient_components(self, value: ndarray, component_grads: Any) -> Any:
        if isinstance(component_grads, tf.IndexedSlices):
            component_grads = tf.convert_to_tensor(component_grads)
        return wrap(component_grads) if component_grads is not None else None


@_tf.register_type_spec("tnp.ndarraySpec")
class ndarraySpec(_tf.BatchableTypeSpec):  # type: ignore[misc]
    """The TypeSpec of an ndarray: a shape and a dtype, one TensorSpec component."""

    __slots__ = ("_dtype", "_shape")

    def __init__(self, shape: Any, dtype: Any) -> None:
        self._shape = tf.TensorShape(shape)
        self._dtype = tf.as_dtype(dtype)

    @property
    def value_type(self) -> type[ndarray]:
        return ndarray

    @property
    def shape(self) -> tf.TensorShape:
        return self._shape

    @property
    def dtype(self) -> tf.DType:
        return self._dtype

    def _serialize(self) -> tuple[Any, ...]:
        return (self._shape, self._dtype)

    @property
    def _component_specs(self) -> tf.TensorSpec:
        return tf.TensorSpec(self._shape, self._dtype)

    def _to_components(self, value: ndarray) -> tf.Tensor:
        return value._t

    def _from_components(self, components: Any) -> ndarray:
        return wrap(components)

    def _batch(self, batch_size: Any) -> ndarraySpec:
        return ndarraySpec(tf.TensorShape([batch_size]).concatenate(self._shape), self._dtype)

    def _unbatch(self) -> ndarraySpec:
        return ndarraySpec(self._shape[1:], self._dtype)

    def _to_legacy_output_types(self) -> tf.DType:
        return self._dtype

    def _to_legacy_output_shapes(self) -> tf.TensorShape:
        return self._shape

    def _to_legacy_output_classes(self) -> ndarraySpec:
        return self


class Shape(tuple):  # type: ignore[type-arg]
    """An array's shape: a tuple of ints (None for a dimension unknown while tracing).

    It also answers `tf.TensorShape`'s attributes (`dims`, `rank`, `as_list()`, ...), because TensorFlow code
    that treats an ndarray as a tensor (e.g. autograph's `while` checks) reads `.shape` as a TensorShape.
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(tf.TensorShape(list(self)), name)

    def __repr__(self) -> str:
        return tuple.__repr__(self)


def wrap(t: tf.Tensor) -> ndarray:
    """A new ndarray holding `t` (no checks, no copy): the one constructor on hot paths."""
    a: ndarray = _new(ndarray)
    a._t = t
    return a


def _host(a: ndarray) -> np.ndarray[Any, Any]:
    """The value on the host as a read-only NumPy array (a view of the tensor's buffer when possible)."""
    t = a._t
    if _tf.is_symbolic(t):
        raise TypeError(
            "a symbolic tnp.ndarray (inside tf.function) has no value on the host; use tnp/TensorFlow ops "
            "on it, "
            "or tf.py_function / tf.numpy_function to reach NumPy"
        )
    out: np.ndarray[Any, Any] = np.asarray(t._numpy())
    out.flags.writeable = False
    return out


class ndarray(_tf.CompositeTensor):  # type: ignore[misc]
    """NumPy's `ndarray` on TensorFlow: an immutable `tf.Tensor` inside, NumPy 2 semantics outside.

    Differs from NumPy: values are never views of each other (slicing copies; mutation rebinds the held
    tensor), and there is no memory layout (`order=` other than 'K'/'A'/'C' raises).

    Examples:
        >>> a = tnp.array([[1, 2], [3, 4]])
        >>> a.shape, a.dtype
        ((2, 2), dtype('int64'))
        >>> (a * 2 + 1).sum(axis=0)
        tnp.array([10, 14])
        >>> a[0, 1] = 9
        >>> a
        tnp.array([[1, 9],
                   [3, 4]])
        >>> import tensorflow as tf
        >>> @tf.function
        ... def f(x):
        ...     return (x * x).sum()
        >>> f(tnp.array([1.0, 2.0]))
        tnp.array(5.)
    """

    __slots__ = ("_t",)
    __array_priority__ = 90.0  # below tf.Tensor's 100: tf_tensor + ndarray gives a tf.Tensor
    __hash__ = None  # type: ignore[assignment]
    __composite_gradient__ = _Gradient()

    def __array_ufunc__(self, ufunc: Any, method: str, *inputs: Any, **kwargs: Any) -> Any:
        """NumPy ufuncs on tnp arrays run as tnp's ufunc of the same name (`numpy.sin(x)` is a tnp array)."""
        from ._dispatch import array_ufunc  # _dispatch imports _ufunc, which imports this module

        return array_ufunc(self, ufunc, method, *inputs, **kwargs)

    def __array_function__(self, func: Any, types: Any, args: Any, kwargs: Any) -> Any:
        """NumPy functions on tnp arrays run as tnp's function of the same name, or raise TypeError."""
        from ._dispatch import array_function

        return array_function(self, func, types, args, kwargs)

    _t: tf.Tensor

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("tnp.ndarray is not constructed directly; use tnp.asarray, tnp.array, tnp.zeros, ...")

    # ---- the TensorFlow protocol --------------------------------------------------------------------------
    @property
    def _type_spec(self) -> ndarraySpec:
        return ndarraySpec(self._t.shape, self._t.dtype)

    def _shape_invariant_to_type_spec(self, shape: Any) -> ndarraySpec:
        return ndarraySpec(shape, self._t.dtype)

    @property
    def is_tensor_like(self) -> bool:
        return True

    def __tf_tensor__(self, dtype: Any = None, name: Any = None) -> tf.Tensor:
        """The held tensor for `tf.convert_to_tensor` (another `dtype=` raises ValueError, as for tensors)."""
        return self._t.__tf_tensor__(dtype, name)

    def numpy(self) -> np.ndarray[Any, Any]:
        """A copy of the value as a NumPy array (TensorFlow's spelling of `np.asarray(x).copy()`)."""
        return np.array(_host(self), copy=True)

    @property
    def tensor(self) -> tf.Tensor:
        """The held `tf.Tensor` (immutable; a later mutation of this array does not change it)."""
        return self._t

    # ---- attributes ---------------------------------------------------------------------------------------
    @property
    def shape(self) -> Shape:
        """A tuple of ints; a dimension unknown while tracing is None (an unknown rank raises ValueError)."""
        dims = self._t.shape.as_list() if self._t.shape.rank is not None else None
        if dims is None:
            raise ValueError(_UNKNOWN_RANK)
        return Shape(dims)

    @shape.setter
    def shape(self, value: Any) -> None:
        object.__setattr__(self, "_t", self.reshape(value)._t)  # allowed on read-only arrays too

    @property
    def ndim(self) -> int:
        n = self._t.shape.rank
        if n is None:
            raise ValueError(_UNKNOWN_RANK)
        return int(n)

    @property
    def size(self) -> Any:
        """The number of elements (None if a dimension is unknown while tracing)."""
        n = 1
        for d in self.shape:
            if d is None:
                return None
            n *= d
        return n

    @property
    def dtype(self) -> np.dtype[Any]:
        return ENUM_TO_NP[enum_of(self._t)]

    @property
    def itemsize(self) -> int:
        return self.dtype.itemsize

    @property
    def nbytes(self) -> Any:
        s = self.size
        return None if s is None else s * self.dtype.itemsize

    @property
    def device(self) -> str:
        """The TensorFlow device name of the held tensor (empty while tracing without a device scope)."""
        return str(self._t.device)

    def to_device(self, device: Any, /, *, stream: Any = None) -> ndarray:
        """A copy placed on `device` (a name like 'CPU:1' or a tf.config.LogicalDevice; see `tnp.device`)."""
        if stream is not None:
            raise NotImplementedError("to_device(stream=...) is not supported")
        return wrap(copy_to(self._t, device))

    @property
    def T(self) -> ndarray:
        return _ops.transpose(self)

    @property
    def mT(self) -> ndarray:
        if self.ndim < 2:
            raise ValueError("matrix transpose with ndim < 2 is undefined")
        return _ops.matrix_transpose(self)

    @property
    def real(self) -> ndarray:
        return _ops.real(self)

    @property
    def imag(self) -> ndarray:
        return _ops.imag(self)

    @property
    def flat(self) -> Iterator[Any]:
        """An iterator over the flattened array (read-only: assigning through `flat` is not supported)."""
        return iter(self.reshape(-1))

    # ---- Python protocol ----------------------------------------------------------------------------------
    def __len__(self) -> int:
        shape = self._t.shape
        if shape.rank == 0:
            raise TypeError("len() of unsized object")
        n = shape[0]
        if n is None:
            raise TypeError("len() of an array whose first dimension is unknown while tracing")
        return int(n)

    def __iter__(self) -> Iterator[ndarray]:
        if self._t.shape.rank == 0:
            raise TypeError("iteration over a 0-d array")
        n = len(self)
        if n == 0:
            return iter(())
        return iter([wrap(t) for t in tf.unstack(self._t, num=n)])

    def __bool__(self) -> bool:
        if _tf.is_symbolic(self._t):
            return bool(self._t)  # TensorFlow's own error (autograph converts `if x:` before this is reached)
        return bool(_host(self))

    def __int__(self) -> int:
        return int(_host(self))

    def __float__(self) -> float:
        return float(_host(self))

    def __complex__(self) -> complex:
        return complex(_host(self))

    def __index__(self) -> int:
        return operator.index(_host(self))

    def item(self, *args: Any) -> Any:
        return _host(self).item(*args)

    def tolist(self) -> Any:
        return _host(self).tolist()

    def __repr__(self) -> str:
        if _tf.is_symbolic(self._t):
            return f"<tnp.ndarray shape={self._t.shape} dtype={self.dtype} (symbolic)>"
        return "tnp." + np.array_repr(_host(self)).replace("\n", "\n    ")

    def __str__(self) -> str:
        if _tf.is_symbolic(self._t):
            return repr(self)
        return str(_host(self))

    def __format__(self, spec: str) -> str:
        if _tf.is_symbolic(self._t):
            return repr(self)
        return format(_host(self), spec)

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray[Any, Any]:
        """NumPy 2's protocol: a read-only view of the tensor's buffer, or a copy when `copy=True`."""
        out = _host(self)
        if dtype is not None and np.dtype(dtype) != out.dtype:
            if copy is False:
                raise ValueError("converting to another dtype needs a copy, and copy=False was given")
            return out.astype(dtype)
        return out.copy() if copy else out

    def __copy__(self) -> ndarray:
        return wrap(self._t)

    def __deepcopy__(self, memo: Any) -> ndarray:
        return wrap(self._t)

    def __reduce__(self) -> Any:
        from ._creation import asarray

        return (asarray, (_host(self).copy(),))

    def __dlpack__(
        self, *, stream: Any = None, max_version: Any = None, dl_device: Any = None, copy: Any = None
    ) -> Any:
        """A DLPack capsule of the held tensor (no copy; `copy=True` exports a host copy through NumPy).

        `stream=` and exporting to another device are not supported."""
        if stream is not None:
            raise NotImplementedError("__dlpack__: stream= is not supported")
        if dl_device is not None and tuple(dl_device) != self.__dlpack_device__():
            raise NotImplementedError(
                f"__dlpack__: exporting to another device {tuple(dl_device)} is not supported"
            )
        if copy:
            return np.array(_host(self), copy=True).__dlpack__(max_version=max_version)
        return tf.experimental.dlpack.to_dlpack(self._t)

    def __dlpack_device__(self) -> tuple[int, int]:
        spec = tf.DeviceSpec.from_string(self._t.device or "CPU:0")
        return (2, int(spec.device_index or 0)) if spec.device_type == "GPU" else (1, 0)

    def __array_namespace__(self, *, api_version: str | None = None) -> ModuleType:
        """The `tnp` meta-package when it is installed (the whole standard, linalg included), else `tnp_core`.

        A run-time lookup by name, not a dependency: tnp-core alone still answers with its own namespace.
        """
        if api_version not in (None, "2023.12", "2024.12"):
            raise ValueError(f"unsupported api_version {api_version!r}: tnp implements 2023.12 and 2024.12")
        try:
            return importlib.import_module("tnp")
        except ImportError:
            return importlib.import_module("tnp_core")

    # ---- memory layout, bytes and flags (a tensor is one C-contiguous buffer the array owns) -------------
    _writeable = True

    @property
    def flags(self) -> Any:
        """NumPy's flags: C-contiguous, owning its data and aligned; `flags.writeable` follows `setflags`."""
        return _ops.Flags(self)

    @property
    def strides(self) -> tuple[Any, ...]:
        """The strides of the C-contiguous NumPy array with this shape and dtype (None past an unknown dim)."""
        return _ops.strides(tuple(self.shape), self.itemsize)

    @property
    def base(self) -> None:
        """Always None: a tnp array is never a view of another."""
        return None

    def setflags(self, write: Any = None, align: Any = None, uic: Any = None) -> None:
        """`write=False` makes this array read-only (assignment and `out=` raise ValueError), `True` undoes it.

        Differs from NumPy: `align=` is accepted and ignored (tensors are always aligned); a read-only array
        passed into a `tf.function` is writable inside it."""
        if uic:
            raise ValueError("cannot set WRITEBACKIFCOPY flag to True")
        if write is not None:
            self.__class__ = ndarray if write else _ReadOnly

    def view(self, dtype: Any = np._NoValue, type: Any = None) -> ndarray:
        """The same values, or their bytes reinterpreted as `dtype` (another itemsize rescales the last axis).

        Differs from NumPy: the result does not share memory (mutating one does not change the other);
        `type=` may only be `tnp.ndarray` (NumPy array types raise NotImplementedError)."""
        if type is None and isinstance(dtype, builtins.type) and issubclass(dtype, (np.ndarray, ndarray)):
            dtype, type = np._NoValue, dtype
        if type is not None:
            if not isinstance(type, builtins.type) or not issubclass(type, (np.ndarray, ndarray)):
                raise ValueError("Type must be a sub-type of ndarray type")
            if not issubclass(type, ndarray):
                raise NotImplementedError(
                    f"view(type={type.__name__}): a tnp array cannot be viewed as a NumPy array type; "
                    "use numpy.asarray(x).view(...)"
                )
        r = wrap(self._t if dtype is np._NoValue else _ops.view_as(self._t, dtype))
        r.__class__ = self.__class__
        return r

    def tobytes(self, order: str = "C") -> bytes:
        """The raw bytes of the value (NumPy's `tobytes` on a host copy; not available while tracing)."""
        return _host(self).tobytes(order=order)  # type: ignore[arg-type]

    def tofile(self, fid: Any, /, sep: str = "", format: str = "%s") -> None:
        """Writes the value to a file (NumPy's `tofile` on the host value)."""
        _host(self).tofile(fid, sep=sep, format=format)

    def dumps(self) -> bytes:
        """A pickle of the array (loading it needs `tnp_core`, and gives a tnp array)."""
        return pickle.dumps(self, protocol=2)

    def dump(self, file: Any) -> None:
        """Pickles the array to `file` (a path or a binary file object), as NumPy's `dump`."""
        if hasattr(file, "write"):
            pickle.dump(self, file, protocol=2)
        else:
            with open(os.fspath(file), "wb") as f:
                pickle.dump(self, f, protocol=2)

    def byteswap(self, inplace: bool = False) -> ndarray:
        """The values with each element's bytes reversed; `inplace=True` rebinds this array to them."""
        t = _ops.byteswap(self._t)
        if inplace:
            self._t = t
            return self
        return wrap(t)

    def getfield(self, dtype: Any, offset: Any = 0) -> ndarray:
        """The `dtype` value stored at byte `offset` of each element (a copy, not a view)."""
        return wrap(_ops.getfield(self._t, dtype, offset))

    def setfield(self, val: Any, dtype: Any, offset: Any = 0) -> None:
        """Writes `val` as `dtype` at byte `offset` of each element (rebinds the held tensor)."""
        self._t = _ops.setfield(self._t, val, dtype, offset)

    # ---- conversion methods -------------------------------------------------------------------------------
    def astype(
        self, dtype: Any, order: str = "K", casting: str = "unsafe", subok: bool = True, copy: bool = True
    ) -> ndarray:
        return _ops.cast_array(self, dtype, order=order, casting=casting, copy=copy)

    def copy(self, order: str = "C") -> ndarray:
        return wrap(tf.identity(self._t))

    def reshape(self, *shape: Any, order: str = "C", copy: bool | None = None) -> ndarray:
        if len(shape) == 1 and not isinstance(shape[0], int):
            shape = tuple(shape[0])
        return _ops.reshape(self, shape, order=order, copy=copy)

    def transpose(self, *axes: Any) -> ndarray:
        perm = axes[0] if len(axes) == 1 and (axes[0] is None or not isinstance(axes[0], int)) else axes
        return _ops.transpose(self, perm or None)

    def ravel(self, order: str = "C") -> ndarray:
        return _ops.reshape(self, (-1,), order=order)

    def flatten(self, order: str = "C") -> ndarray:
        return _ops.reshape(self, (-1,), order=order)

    # ---- reductions ---------------------------------------------------------------------------------------
    def sum(
        self, axis: Any = None, dtype: Any = None, out: Any = None, keepdims: bool = False, initial: Any = None,
        where: Any = True,
    ) -> ndarray:  # fmt: skip
        return _ops.sum(self, axis, dtype, out, keepdims, initial, where)

    def prod(
        self, axis: Any = None, dtype: Any = None, out: Any = None, keepdims: bool = False, initial: Any = None,
        where: Any = True,
    ) -> ndarray:  # fmt: skip
        return _ops.prod(self, axis, dtype, out, keepdims, initial, where)

    def mean(
        self,
        axis: Any = None,
        dtype: Any = None,
        out: Any = None,
        keepdims: bool = False,
        *,
        where: Any = True,
    ) -> ndarray:
        return _ops.mean(self, axis, dtype, out, keepdims, where=where)

    def var(
        self, axis: Any = None, dtype: Any = None, out: Any = None, ddof: Any = 0, keepdims: bool = False, *,
        where: Any = True, mean: Any = None, correction: Any = None,
    ) -> ndarray:  # fmt: skip
        return _ops.var(self, axis, dtype, out, ddof, keepdims, where=where, mean=mean, correction=correction)

    def std(
        self, axis: Any = None, dtype: Any = None, out: Any = None, ddof: Any = 0, keepdims: bool = False, *,
        where: Any = True, mean: Any = None, correction: Any = None,
    ) -> ndarray:  # fmt: skip
        return _ops.std(self, axis, dtype, out, ddof, keepdims, where=where, mean=mean, correction=correction)

    def max(
        self,
        axis: Any = None,
        out: Any = None,
        keepdims: bool = False,
        initial: Any = None,
        where: Any = True,
    ) -> ndarray:
        return _ops.max(self, axis, out, keepdims, initial, where)

    def min(
        self,
        axis: Any = None,
        out: Any = None,
        keepdims: bool = False,
        initial: Any = None,
        where: Any = True,
    ) -> ndarray:
        return _ops.min(self, axis, out, keepdims, initial, where)

    def all(self, axis: Any = None, out: Any = None, keepdims: bool = False, *, where: Any = True) -> ndarray:
        return _ops.all(self, axis, out, keepdims, where=where)

    def any(self, axis: Any = None, out: Any = None, keepdims: bool = False, *, where: Any = True) -> ndarray:
        return _ops.any(self, axis, out, keepdims, where=where)

    def argmax(self, axis: Any = None, out: Any = None, *, keepdims: bool = False) -> ndarray:
        return _ops.argmax(self, axis, out, keepdims=keepdims)

    def argmin(self, axis: Any = None, out: Any = None, *, keepdims: bool = False) -> ndarray:
        return _ops.argmin(self, axis, out, keepdims=keepdims)

    def cumsum(self, axis: Any = None, dtype: Any = None, out: Any = None) -> ndarray:
        return _ops.cumsum(self, axis, dtype, out)

    def cumprod(self, axis: Any = None, dtype: Any = None, out: Any = None) -> ndarray:
        return _ops.cumprod(self, axis, dtype, out)

    # ---- shape, selection and sorting methods ---------------------------------------------------------------
    def squeeze(self, axis: Any = None) -> ndarray:
        return _ops.squeeze(self, axis)

    def swapaxes(self, axis1: Any, axis2: Any) -> ndarray:
        return _ops.swapaxes(self, axis1, axis2)

    def repeat(self, repeats: Any, axis: Any = None) -> ndarray:
        return _ops.repeat(self, repeats, axis)

    def take(self, indices: Any, axis: Any = None, out: Any = None, mode: str = "raise") -> ndarray:
        return _ops.take(self, indices, axis, out, mode)

    def diagonal(self, offset: Any = 0, axis1: Any = 0, axis2: Any = 1) -> ndarray:
        return _ops.diagonal(self, offset, axis1, axis2)

    def trace(
        self, offset: Any = 0, axis1: Any = 0, axis2: Any = 1, dtype: Any = None, out: Any = None
    ) -> ndarray:
        return _ops.trace(self, offset, axis1, axis2, dtype, out)

    def clip(self, min: Any = None, max: Any = None, out: Any = None, **kwargs: Any) -> ndarray:
        return _ops.clip(self, min=min, max=max, out=out, **kwargs)

    def round(self, decimals: Any = 0, out: Any = None) -> ndarray:
        return _ops.round(self, decimals, out)

    def __round__(self, ndigits: Any = None) -> Any:
        if ndigits is None:
            return round(self.item()) if self.ndim == 0 else _ops.round(self, 0)
        return _ops.round(self, ndigits)

    def argsort(self, axis: Any = -1, kind: Any = None, order: Any = None, *, stable: Any = None) -> ndarray:
        return _ops.argsort(self, axis, kind, order, stable=stable)

    def sort(self, axis: Any = -1, kind: Any = None, order: Any = None, *, stable: Any = None) -> None:
        """Sorts in place (rebinds the held tensor)."""
        self._t = _ops.sort(self, axis, kind, order, stable=stable)._t

    def argpartition(self, kth: Any, axis: Any = -1, kind: str = "introselect", order: Any = None) -> ndarray:
        return _ops.argpartition(self, kth, axis, kind, order)

    def partition(self, kth: Any, axis: Any = -1, kind: str = "introselect", order: Any = None) -> None:
        """Partitions in place (rebinds the held tensor)."""
        self._t = _ops.partition(self, kth, axis, kind, order)._t

    def searchsorted(self, v: Any, side: str = "left", sorter: Any = None) -> ndarray:
        return _ops.searchsorted(self, v, side, sorter)

    def nonzero(self) -> tuple[ndarray, ...]:
        return _ops.nonzero(self)

    def compress(self, condition: Any, axis: Any = None, out: Any = None) -> ndarray:
        return _ops.compress(condition, self, axis, out)

    def choose(self, choices: Any, out: Any = None, mode: str = "raise") -> ndarray:
        return _ops.choose(self, choices, out, mode)

    def put(self, indices: Any, values: Any, mode: str = "raise") -> None:
        _ops.put(self, indices, values, mode)

    def fill(self, value: Any) -> None:
        _ops.fill(self, value)

    def resize(self, *new_shape: Any, refcheck: bool = True) -> None:
        _ops.resize_inplace(self, *new_shape, refcheck=refcheck)

    def dot(self, other: Any, /, out: Any = None) -> ndarray:
        return _ops.dot(self, other, out)

    def conj(self) -> ndarray:
        r: ndarray = _ops.conjugate(self)
        return r

    def conjugate(self) -> ndarray:
        r: ndarray = _ops.conjugate(self)
        return r

    def __getitem__(self, key: Any) -> ndarray:
        return _ops.getitem(self, key)

    def __setitem__(self, key: Any, value: Any) -> None:
        """`x[key] = value`: rebinds the held tensor to an updated copy; `x` keeps its identity."""
        _ops.setitem(self, key, value)

    @property
    def at(self) -> Any:
        """Functional updates: `x.at[key].set(v)`, `.add(v)`, `.multiply(v)`, `.min(v)`, `.max(v)`, `.get()`."""
        return _ops.AtProperty(self)

    # ---- operators (NumPy ufuncs; the fast path lives in the ufunc) ---------------------------------------
    def __add__(self, o: Any) -> ndarray:
        return _ops.add.binary(self, o)

    def __radd__(self, o: Any) -> ndarray:
        return _ops.add.binary(o, self)

    def _inplace(self, uf: Any, o: Any) -> ndarray:
        """`self <op>= o`: the operator fast path when the result keeps this array's dtype and static shape (the
        common case), else the ufunc with out=self (NumPy's casting and broadcasting errors)."""
        t = self._t
        r = uf.binary(self, o)._t
        if type(r) is _EAGER and type(t) is _EAGER:  # eager shapes are known: compare the C-level tuples
            if _tf.dtype_enum(r) == _tf.dtype_enum(t) and r._shape_tuple() == t._shape_tuple():
                self._t = r
                return self
        elif enum_of(r) == enum_of(t):
            dims = _tf.dims_of(t)
            if dims is not None and _tf.dims_of(r) == dims and None not in dims:
                self._t = r
                return self
        uf(self, o, out=self)
        return self

    def __iadd__(self, o: Any) -> ndarray:
        return self._inplace(_ops.add, o)

    def __sub__(self, o: Any) -> ndarray:
        return _ops.subtract.binary(self, o)

    def __rsub__(self, o: Any) -> ndarray:
        return _ops.subtract.binary(o, self)

    def __isub__(self, o: Any) -> ndarray:
        return self._inplace(_ops.subtract, o)

    def __mul__(self, o: Any) -> ndarray:
        return _ops.multiply.binary(self, o)

    def __rmul__(self, o: Any) -> ndarray:
        return _ops.multiply.binary(o, self)

    def __imul__(self, o: Any) -> ndarray:
        return self._inplace(_ops.multiply, o)

    def __truediv__(self, o: Any) -> ndarray:
        return _ops.true_divide.binary(self, o)

    def __rtruediv__(self, o: Any) -> ndarray:
        return _ops.true_divide.binary(o, self)

    def __itruediv__(self, o: Any) -> ndarray:
        return self._inplace(_ops.true_divide, o)

    def __floordiv__(self, o: Any) -> ndarray:
        return _ops.floor_divide.binary(self, o)

    def __rfloordiv__(self, o: Any) -> ndarray:
        return _ops.floor_divide.binary(o, self)

    def __ifloordiv__(self, o: Any) -> ndarray:
        return self._inplace(_ops.floor_divide, o)

    def __mod__(self, o: Any) -> ndarray:
        return _ops.remainder.binary(self, o)

    def __rmod__(self, o: Any) -> ndarray:
        return _ops.remainder.binary(o, self)

    def __imod__(self, o: Any) -> ndarray:
        return self._inplace(_ops.remainder, o)

    def __divmod__(self, o: Any) -> tuple[ndarray, ndarray]:
        q, r = _ops.divmod(self, o)
        return q, r

    def __rdivmod__(self, o: Any) -> tuple[ndarray, ndarray]:
        q, r = _ops.divmod(o, self)
        return q, r

    def __pow__(self, o: Any, mod: Any = None) -> ndarray:
        if mod is not None:
            raise TypeError("pow() with a modulus is not supported for arrays")
        return _ops.power.binary(self, o)

    def __rpow__(self, o: Any) -> ndarray:
        return _ops.power.binary(o, self)

    def __ipow__(self, o: Any, mod: Any = None) -> ndarray:
        return self._inplace(_ops.power, o)

    def __matmul__(self, o: Any) -> ndarray:
        return _ops.matmul(self, o)

    def __rmatmul__(self, o: Any) -> ndarray:
        return _ops.matmul(o, self)

    def __imatmul__(self, o: Any) -> ndarray:
        _ops.matmul(self, o, out=self)
        return self

    def __and__(self, o: Any) -> ndarray:
        return _ops.bitwise_and.binary(self, o)

    def __rand__(self, o: Any) -> ndarray:
        return _ops.bitwise_and.binary(o, self)

    def __iand__(self, o: Any) -> ndarray:
        return self._inplace(_ops.bitwise_and, o)

    def __or__(self, o: Any) -> ndarray:
        return _ops.bitwise_or.binary(self, o)

    def __ror__(self, o: Any) -> ndarray:
        return _ops.bitwise_or.binary(o, self)

    def __ior__(self, o: Any) -> ndarray:
        return self._inplace(_ops.bitwise_or, o)

    def __xor__(self, o: Any) -> ndarray:
        return _ops.bitwise_xor.binary(self, o)

    def __rxor__(self, o: Any) -> ndarray:
        return _ops.bitwise_xor.binary(o, self)

    def __ixor__(self, o: Any) -> ndarray:
        return self._inplace(_ops.bitwise_xor, o)

    def __lshift__(self, o: Any) -> ndarray:
        return _ops.left_shift.binary(self, o)

    def __rlshift__(self, o: Any) -> ndarray:
        return _ops.left_shift.binary(o, self)

    def __ilshift__(self, o: Any) -> ndarray:
        return self._inplace(_ops.left_shift, o)

    def __rshift__(self, o: Any) -> ndarray:
        return _ops.right_shift.binary(self, o)

    def __rrshift__(self, o: Any) -> ndarray:
        return _ops.right_shift.binary(o, self)

    def __irshift__(self, o: Any) -> ndarray:
        return self._inplace(_ops.right_shift, o)

    def __lt__(self, o: Any) -> ndarray:
        return _ops.less.binary(self, o)

    def __le__(self, o: Any) -> ndarray:
        return _ops.less_equal.binary(self, o)

    def __gt__(self, o: Any) -> ndarray:
        return _ops.greater.binary(self, o)

    def __ge__(self, o: Any) -> ndarray:
        return _ops.greater_equal.binary(self, o)

    def __eq__(self, o: Any) -> ndarray:
        return _ops.equal.binary(self, o)

    def __ne__(self, o: Any) -> ndarray:
        return _ops.not_equal.binary(self, o)

    def __neg__(self) -> ndarray:
        return _ops.negative.unary(self)

    def __pos__(self) -> ndarray:
        return _ops.positive.unary(self)

    def __abs__(self) -> ndarray:
        return _ops.absolute.unary(self)

    def __invert__(self) -> ndarray:
        return _ops.invert.unary(self)


class _ReadOnly(ndarray):
    """The class of an array after `setflags(write=False)`: rebinding its tensor raises NumPy's ValueError."""

    __slots__ = ()
    _writeable = False

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "_t":
            raise ValueError("assignment destination is read-only")
        object.__setattr__(self, name, value)


def _convert_for_tf(value: ndarray, dtype: Any = None, name: Any = None, as_ref: bool = False) -> tf.Tensor:
    if dtype is not None and tf.as_dtype(dtype) != value._t.dtype:
        raise ValueError(
            f"tensor conversion requested dtype {tf.as_dtype(dtype).name} for a tnp array of {value.dtype}"
        )
    return value._t


tf.register_tensor_conversion_function(ndarray, _convert_for_tf)

__all__ = ["Shape", "as_np_dtype", "as_tf_dtype", "ndarray", "ndarraySpec", "translate", "wrap"]

from . import _methods as _ops  # noqa: E402  (the functions behind the operators and methods)


def _install_fast_unary_operators() -> None:
    """`-a`, `abs(a)`, `~a`: the ufunc's one-frame eager path (`ufunc._call1`, see `_tf.unary_method`), which
    falls back to `ufunc.unary` for other dtypes and inside tf.function; the class's own definitions above are
    what type checkers and readers see (they do the same through `ufunc.unary`)."""
    for method, ufunc in (
        ("__neg__", _ops.negative),
        ("__abs__", _ops.absolute),
        ("__invert__", _ops.invert),
    ):
        setattr(ndarray, method, ufunc._call1)


_install_fast_unary_operators()
