"""Type helpers, memory and floating-point-error settings, configuration info and `vectorize`.

What is pure NumPy (type codes, scalar-type tables, `mintypecode`, `typename`, the error-state settings) is
NumPy's own. Differs from NumPy: tnp arrays never share memory (every tnp array holds its own immutable tensor;
views are copies), so `shares_memory`/`may_share_memory` answer False for them, as NumPy does for copies, and
`isfortran` is False (tensors are row-major). `seterr`/`errstate`/... set NumPy's error state: they affect the
host-side functions (text I/O, `vectorize`), never TensorFlow computations, which do not signal floating-point
errors. `vectorize` is a Python loop on the host: eager, or inside tf.function through `tf.numpy_function`
when `otypes` is given (and `signature` is not).
"""

from __future__ import annotations

import importlib.metadata
import json
from collections.abc import Callable
from typing import Any

import numpy as np
import tensorflow as tf
import tnp_core
from tnp_core.extending import as_np_dtype, as_tf_dtype, is_symbolic, ndarray, to_tensor, wrap

__all__ = [
    "False_", "ScalarType", "True_", "asarray_chkfinite", "common_type", "errstate", "geterr", "geterrcall",
    "isfortran", "isscalar", "iterable", "may_share_memory", "mintypecode", "seterr", "seterrcall",
    "sctypeDict", "shares_memory", "show_config", "show_runtime", "typecodes", "typename", "vectorize",
]  # fmt: skip

typecodes = np.typecodes
ScalarType = np.ScalarType
sctypeDict = np.sctypeDict  # noqa: N816 (NumPy's name)
True_ = np.True_
False_ = np.False_
_TENSORS = (ndarray, tf.Tensor, tf.Variable)
_BFLOAT16 = np.dtype(tnp_core.bfloat16)


# ---- types ----------------------------------------------------------------------------------------------------
def common_type(*arrays: Any) -> type[Any]:
    """`numpy.common_type`: the inexact scalar type all inputs convert to (integers count as float64).

    Differs: a bfloat16 array counts as float32 (NumPy does not know bfloat16). Works inside tf.function (only
    dtypes are read).

    Examples:
        >>> tnp.common_type(tnp.array([1], dtype=tnp.float32), tnp.array([2]))
        <class 'numpy.float64'>
    """
    stand_ins = []
    for a in arrays:
        if isinstance(a, _TENSORS):
            d = as_np_dtype(a.dtype)
            stand_ins.append(np.empty(0, np.float32 if d == _BFLOAT16 else d))
        else:
            stand_ins.append(a)
    result: type[Any] = np.common_type(*stand_ins)
    return result


def mintypecode(typechars: Any, typeset: Any = "GDFgdf", default: Any = "d") -> str:
    """`numpy.mintypecode` (pure NumPy).

    Examples:
        >>> tnp.mintypecode(['d', 'f', 'S'])
        'd'
    """
    result: str = np.mintypecode(typechars, typeset, default)
    return result


def typename(char: Any) -> str:
    """`numpy.typename` (pure NumPy).

    Examples:
        >>> tnp.typename('d')
        'double precision'
    """
    result: str = np.typename(char)
    return result


def isscalar(element: Any) -> bool:
    """`numpy.isscalar`: False for tnp arrays and tf.Tensors, even 0-d ones (as for NumPy's 0-d arrays).

    Examples:
        >>> tnp.isscalar(3.1)
        True
        >>> tnp.isscalar(tnp.array(3.1))
        False
    """
    return bool(np.isscalar(element))


def iterable(y: Any) -> bool:
    """`numpy.iterable`: False for a 0-d tnp array.

    Examples:
        >>> tnp.iterable(tnp.array([1, 2]))
        True
        >>> tnp.iterable(2)
        False
    """
    return bool(np.iterable(y))


def isfortran(a: Any) -> bool:
    """`numpy.isfortran`: always False for tnp arrays (tensors are row-major; `order=` changes nothing).

    Examples:
        >>> tnp.isfortran(tnp.array([[1, 2], [3, 4]]))
        False
    """
    if isinstance(a, _TENSORS):
        return False
    return bool(np.isfortran(a))


def _memory_check(a: Any, b: Any, max_work: Any, fn: Callable[..., Any]) -> bool:
    if isinstance(a, _TENSORS) or isinstance(b, _TENSORS):
        if max_work is not None:
            max_work = int(max_work)  # NumPy's TypeError for a non-number
        return False
    return bool(fn(a, b, max_work=max_work))


def shares_memory(a: Any, b: Any, /, max_work: Any = -1) -> bool:
    """`numpy.shares_memory`: False whenever a tnp array is involved (no views: tnp arrays are copies).

    Examples:
        >>> a = tnp.arange(4)
        >>> tnp.shares_memory(a, a[1:])
        False
    """
    return _memory_check(a, b, max_work, np.shares_memory)


def may_share_memory(a: Any, b: Any, /, max_work: Any = 0) -> bool:
    """`numpy.may_share_memory`: False whenever a tnp array is involved (no views: tnp arrays are copies).

    Examples:
        >>> a = tnp.array([1, 2])
        >>> tnp.may_share_memory(a, a)
        False
    """
    return _memory_check(a, b, max_work, np.may_share_memory)


def asarray_chkfinite(a: Any, dtype: Any = None, order: Any = None) -> ndarray:
    """`numpy.asarray_chkfinite`: ValueError if an inexact result holds inf or NaN.

    Differs: inside tf.function the check is a graph assertion (InvalidArgumentError when the function runs).

    Examples:
        >>> tnp.asarray_chkfinite([1.0, 2.0])
        tnp.array([1., 2.])
        >>> tnp.asarray_chkfinite([1.0, tnp.inf])
        Traceback (most recent call last):
            ...
        ValueError: array must not contain infs or NaNs
    """
    arr = tnp_core.asarray(a, dtype=dtype, order=order)
    d = arr.dtype
    if d.kind not in "fc" and d != _BFLOAT16:
        return arr
    t = arr._t
    finite = (
        tf.math.is_finite(tf.math.real(t)) & tf.math.is_finite(tf.math.imag(t))
        if d.kind == "c"
        else (tf.math.is_finite(t))
    )
    ok = tf.reduce_all(finite)
    if is_symbolic(ok):
        with tf.control_dependencies([tf.debugging.Assert(ok, ["array must not contain infs or NaNs"])]):
            return wrap(tf.identity(t))
    if not bool(ok):
        raise ValueError("array must not contain infs or NaNs")
    return arr


# ---- floating-point error settings (NumPy's; no effect on TensorFlow computations) ------------------------------
class errstate(np.errstate):
    """`numpy.errstate`: a context manager for floating-point error handling.

    Affects host-side NumPy work only; TensorFlow
    computations never warn or raise for floating-point errors.

    Examples:
        >>> with tnp.errstate(divide='ignore'):
        ...     print(tnp.geterr()['divide'])
        ignore
    """


def seterr(
    all: Any = None, divide: Any = None, over: Any = None, under: Any = None, invalid: Any = None
) -> dict[str, Any]:
    """`numpy.seterr`: set how floating-point errors are handled.

    Sets NumPy's error handling (host-side NumPy work only; no effect on TensorFlow
    computations). Returns the old settings.

    Examples:
        >>> old = tnp.seterr(over='ignore')
        >>> tnp.geterr()['over']
        'ignore'
        >>> _ = tnp.seterr(**old)
    """
    return dict(np.seterr(all=all, divide=divide, over=over, under=under, invalid=invalid))


def geterr() -> dict[str, Any]:
    """`numpy.geterr`: NumPy's error handling settings (see `seterr`).

    Examples:
        >>> tnp.geterr()['divide']
        'warn'
    """
    return dict(np.geterr())


def seterrcall(func: Any) -> Any:
    """`numpy.seterrcall`: NumPy's floating-point error callback (host-side NumPy work only).

    Examples:
        >>> old = tnp.seterrcall(print)
        >>> tnp.geterrcall() is print
        True
        >>> _ = tnp.seterrcall(old)
    """
    return np.seterrcall(func)


def geterrcall() -> Any:
    """`numpy.geterrcall`: NumPy's floating-point error callback (see `seterrcall`).

    Examples:
        >>> tnp.geterrcall() is None
        True
    """
    return np.geterrcall()


# ---- configuration ----------------------------------------------------------------------------------------------
_DISTRIBUTIONS = ("tnp", "tnp-core", "tnp-math", "tnp-linalg", "tnp-random")


def _info() -> dict[str, Any]:
    versions = {}
    for dist in _DISTRIBUTIONS:
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    build = dict(tf.sysconfig.get_build_info())
    return {
        "tnp": versions,
        "TensorFlow": {
            "version": tf.__version__,
            "git version": tf.version.GIT_VERSION,
            "built with CUDA": bool(build.get("is_cuda_build", False)),
            "physical devices": [d.name for d in tf.config.list_physical_devices()],
        },
    }


def show_config(mode: Any = "stdout") -> dict[str, Any] | None:
    """`numpy.show_config`, with tnp's package versions and TensorFlow's build and devices before NumPy's.

    `mode="dicts"` returns the dict instead of printing it.

    Examples:
        >>> tnp.show_config()
        {
          "tnp": {...
    """
    if mode not in ("stdout", "dicts"):
        raise AttributeError("Invalid `mode`, use one of: stdout, dicts")
    info = {**_info(), "NumPy": {"version": np.__version__, **np.show_config(mode="dicts")}}
    if mode == "dicts":
        return info
    print(json.dumps(info, indent=2, default=str))
    return None


def show_runtime() -> None:
    """`numpy.show_runtime`, after tnp's package versions and TensorFlow's version and devices.

    Examples:
        >>> tnp.show_runtime()
        {
          "tnp": {...
    """
    print(json.dumps(_info(), indent=2, default=str))
    np.show_runtime()


# ---- vectorize ----------------------------------------------------------------------------------------------------
def _is_excluded(key: int | str, excluded: Any) -> bool:
    return key in excluded


class vectorize(np.vectorize):
    """`numpy.vectorize` over tnp arrays: NumPy's own loop on the host, results as tnp arrays.

    Differs: eager only, except inside tf.function when `otypes` is given and `signature` is None, where the loop
    runs in `tf.numpy_function` (not differentiable, not on accelerators). Arguments listed in `excluded` reach
    `pyfunc` unchanged.

    Examples:
        >>> f = tnp.vectorize(lambda a, b: a - b if a > b else a + b)
        >>> f([1, 2, 3, 4], 2)
        tnp.array([3, 4, 1, 2])
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.pyfunc is np._NoValue:  # type: ignore[comparison-overlap]  # decorator form: `@vectorize(otypes=...)` then the function
            return super().__call__(*args, **kwargs)
        keys: list[int | str] = [*range(len(args)), *kwargs]
        values = [*args, *kwargs.values()]
        traced = [
            i for i, (k, v) in enumerate(zip(keys, values))
            if not _is_excluded(k, self.excluded) and isinstance(v, _TENSORS) and is_symbolic(to_tensor(v))
        ]  # fmt: skip
        if traced:
            return self._graph_call(keys, values, traced)
        host = [
            v if _is_excluded(k, self.excluded) or not isinstance(v, _TENSORS) else np.asarray(v)
            for k, v in zip(keys, values)
        ]
        return _to_tnp(self._host_call(keys, host))

    def _host_call(self, keys: list[int | str], values: list[Any]) -> Any:
        n = sum(isinstance(k, int) for k in keys)
        return super().__call__(*values[:n], **dict(zip(keys[n:], values[n:])))  # type: ignore[arg-type]

    def _graph_call(self, keys: list[int | str], values: list[Any], traced: list[int]) -> Any:
        name = getattr(self.pyfunc, "__name__", "pyfunc")
        if not self.otypes or self.signature is not None:
            raise TypeError(
                f"vectorize({name}) runs a Python loop on the host: inside tf.function it needs `otypes` "
                "(and no `signature`) to know the result dtypes while tracing"
            )
        out_dtypes = [as_np_dtype(c) for c in self.otypes]
        tensors = [to_tensor(values[i]) for i in traced]

        def host(*arrays: np.ndarray[Any, Any]) -> list[np.ndarray[Any, Any]]:
            full = list(values)
            for i, arr in zip(traced, arrays):
                full[i] = arr
            res = self._host_call(keys, full)
            res = res if isinstance(res, tuple) else (res,)
            return [np.asarray(r, d) for r, d in zip(res, out_dtypes)]

        outs = tf.numpy_function(host, tensors, [as_tf_dtype(d) for d in out_dtypes], stateful=True)
        shape = tf.TensorShape([])
        for k, v in zip(keys, values):
            if _is_excluded(k, self.excluded):
                continue
            if isinstance(v, _TENSORS):
                shape = tf.broadcast_static_shape(shape, to_tensor(v).shape)
            elif not isinstance(v, (str, bytes)) and np.ndim(v):
                shape = tf.broadcast_static_shape(shape, tf.TensorShape(np.shape(v)))
        for o in outs:
            o.set_shape(shape)
        results = tuple(wrap(o) for o in outs)
        return results if len(results) > 1 else results[0]


def _to_tnp(x: Any) -> Any:
    if isinstance(x, tuple):
        return tuple(_to_tnp(e) for e in x)
    if isinstance(x, (np.ndarray, np.generic)):
        return wrap(to_tensor(np.asarray(x)))
    return x
