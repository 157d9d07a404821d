"""The `ufunc` class: NumPy's ufunc objects over TensorFlow kernels, built from a table of specs.

Dtype decisions are NumPy's own: each call resolves its loop with the NumPy ufunc's `resolve_dtypes` (NEP 50 weak
Python scalars included), once per key, and caches it. The eager fast path for two tnp arrays of one dtype is a
dict lookup and the raw op.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from ._convert import cast, to_tensor
from ._dtypes import NP_TO_TF, TF_TO_NP, as_np_dtype
from ._ndarray import ndarray, wrap
from ._promotion import WEAK_TYPES, check_weak_int
from ._tf import tf

Kernel = Callable[..., Any]
_BOOL = np.dtype(bool)


@dataclasses.dataclass(frozen=True)
class UfuncSpec:
    """One row of the ufunc table.

    kernel: the TensorFlow function on tensors already cast to the loop's input dtypes.
    by_kind: kernels that replace `kernel` for a loop input dtype kind ('b', 'i', 'u', 'f', 'c').
    np_name: the NumPy ufunc whose dtype resolution we follow (defaults to `name`).
    identity: the reduction identity, as NumPy's.
    scalars_ok: the kernel accepts a Python scalar operand directly (TensorFlow's generated ops do).
    """

    name: str
    nin: int
    kernel: Kernel
    by_kind: Mapping[str, Kernel] = dataclasses.field(default_factory=dict)
    np_name: str | None = None
    aliases: tuple[str, ...] = ()
    scalars_ok: bool = True


def _broadcast_error(args: tuple[Any, ...]) -> ValueError:
    shapes = " ".join(str(tuple(getattr(a, "shape", ()))) for a in args)
    return ValueError(f"operands could not be broadcast together with shapes {shapes}")


def _static_broadcast(shapes: list[tuple[Any, ...]]) -> tuple[Any, ...] | None:
    """NumPy's broadcast of static shapes (None = unknown dim); None if they cannot broadcast."""
    ndim = max((len(s) for s in shapes), default=0)
    out: list[Any] = []
    for i in range(-ndim, 0):
        dim: Any = 1
        for s in shapes:
            if len(s) < -i:
                continue
            d = s[i]
            if d == 1:
                continue
            if d is None:
                dim = None if dim in (1, None) else dim
            elif dim in (1, None):
                dim = d
            elif dim != d:
                return None
        out.append(dim)
    return tuple(out)


class ufunc:
    """NumPy's `ufunc`: `__call__` with `out=`, `where=`, `dtype=`, `casting=`; `nin`, `nout`, `identity`."""

    def __init__(self, spec: UfuncSpec) -> None:
        self.spec = spec
        self.__name__ = spec.name
        self._np: np.ufunc = getattr(np, spec.np_name or spec.name)
        self.nin = spec.nin
        self.nout = 1
        self.nargs = self.nin + self.nout
        self.identity = self._np.identity
        self.signature = None
        self.types = self._np.types
        self.ntypes = self._np.ntypes
        self._loops: dict[tuple[Any, ...], tuple[tuple[np.dtype[Any], ...], tuple[Kernel, bool]]] = {}
        # the fast path: same-dtype tensors whose loop is that dtype -> kernel
        self._same: dict[tf.DType, Kernel] = {}
        for d, tfd in NP_TO_TF.items():
            try:
                loop = self._resolve((d,) * self.nin, None)[0]
            except TypeError:
                continue
            if all(x == d for x in loop[: self.nin]) and loop[-1] == d:
                self._same[tfd] = self._kernel_for(d)
        self.__doc__ = f"NumPy's `{self._np.__name__}` ufunc on TensorFlow tensors (see numpy.{self._np.__name__})."

    def __repr__(self) -> str:
        return f"<tnp.ufunc '{self.__name__}'>"

    def _kernel_for(self, d: np.dtype[Any]) -> Kernel:
        return self.spec.by_kind.get(d.kind, self.spec.kernel)

    def _resolve(self, keys: tuple[Any, ...], dtype: Any) -> tuple[tuple[np.dtype[Any], ...], tuple[Kernel, bool]]:
        cache_key = (*keys, dtype)
        hit = self._loops.get(cache_key)
        if hit is not None:
            return hit
        try:
            if dtype is None:
                loop = self._np.resolve_dtypes((*keys, None))
            else:
                loop = self._np.resolve_dtypes((*keys, None), signature=(None,) * self.nin + (as_np_dtype(dtype),))
        except TypeError as exc:
            raise TypeError(
                f"ufunc '{self.__name__}' not supported for the input types {keys}: {exc}"
            ) from None
        loop = tuple(as_np_dtype(d) for d in loop)
        kernel = self.spec.by_kind.get(loop[0].kind, self.spec.kernel)
        scalars_ok = self.spec.scalars_ok and kernel is self.spec.kernel
        hit = (loop, (kernel, scalars_ok))
        self._loops[cache_key] = hit
        return hit

    # -- calling ---------------------------------------------------------------------------------------------
    def binary(self, a: Any, b: Any) -> ndarray:
        """The operator path: `a <op> b` (tries the same-dtype fast path first)."""
        if type(a) is ndarray and type(b) is ndarray:
            ta, tb = a._t, b._t
            if ta.dtype is tb.dtype:
                k = self._same.get(ta.dtype)
                if k is not None:
                    try:
                        return wrap(k(ta, tb))
                    except (tf.errors.InvalidArgumentError, ValueError):
                        raise _broadcast_error((a, b)) from None
        return self._general((a, b), None)

    def __call__(
        self,
        *args: Any,
        out: Any = None,
        where: Any = True,
        casting: str = "same_kind",
        order: str = "K",
        dtype: Any = None,
        subok: bool = True,
        signature: Any = None,
    ) -> Any:
        if len(args) != self.nin:
            if len(args) == self.nin + 1 and out is None:
                out, args = args[-1], args[:-1]
            else:
                raise TypeError(f"{self.__name__}() takes from {self.nin} to {self.nargs} positional arguments but {len(args)} were given")
        if order not in ("K", "A", "C", "F"):
            raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
        if signature is not None:
            raise NotImplementedError(f"{self.__name__}(signature=...) is not supported; use dtype=")
        if type(out) is tuple:
            if len(out) != 1:
                raise ValueError(f"The 'out' tuple must have exactly one entry per ufunc output ({self.nout})")
            out = out[0]
        if out is None and where is True and dtype is None and casting == "same_kind":
            return self._general(args, None)
        if out is not None and not isinstance(out, ndarray):
            raise TypeError("return arrays must be of ArrayType (a tnp.ndarray)")
        result = self._general(args, dtype)
        if casting != "same_kind" or out is not None:
            target = out.dtype if out is not None else result.dtype
            if not np.can_cast(result.dtype, target, casting=casting):  # type: ignore[arg-type]
                raise TypeError(
                    f"Cannot cast ufunc '{self.__name__}' output from {result.dtype!r} to {target!r} "
                    f"with casting rule '{casting}'"
                )
        if out is None and where is True:
            return result
        r = result._t
        if out is not None:
            r = cast(r, out._t.dtype)
            oshape = out.shape
            bshape = _static_broadcast([oshape, tuple(r.shape.as_list())])
            if bshape != oshape:
                raise ValueError(
                    f"non-broadcastable output operand with shape {oshape} doesn't match the broadcast shape "
                    f"{tuple(r.shape.as_list())}"
                )
        if where is not True:
            mask = to_tensor(where, bool)
            base = out._t if out is not None else tf.zeros_like(r)
            r = tf.where(mask, r, base)
        if out is not None:
            r = tf.broadcast_to(r, tf.shape(out._t)) if r.shape != out._t.shape else r
            out._t = r
            return out
        return wrap(r)

    def _general(self, args: tuple[Any, ...], dtype: Any) -> ndarray:
        keys: list[Any] = []
        vals: list[Any] = []
        for a in args:
            if type(a) is ndarray:
                keys.append(TF_TO_NP[a._t.dtype])
                vals.append(a._t)
            elif type(a) in WEAK_TYPES:
                keys.append(_BOOL if type(a) is bool else type(a))
                vals.append(a)
            else:
                t = to_tensor(a)
                keys.append(TF_TO_NP[t.dtype])
                vals.append(t)
        loop, (kernel, scalars_ok) = self._resolve(tuple(keys), dtype)
        n_tensors = 0
        shapes = []
        for i, v in enumerate(vals):
            want = loop[i]
            if isinstance(v, tf.Tensor):
                n_tensors += 1
                shapes.append(tuple(v.shape.as_list()) if v.shape.rank is not None else ())
                if v.dtype != NP_TO_TF[want]:
                    vals[i] = cast(v, NP_TO_TF[want])
        for i, v in enumerate(vals):
            if not isinstance(v, tf.Tensor):
                if type(v) is int:
                    check_weak_int(v, loop[i])
                if not scalars_ok or n_tensors == 0 or NP_TO_TF[loop[i]] != _first_tensor_dtype(vals):
                    vals[i] = to_tensor(v, loop[i])
        if len(shapes) > 1 and _static_broadcast(shapes) is None:
            raise _broadcast_error(args)
        try:
            r = kernel(*vals)
        except (tf.errors.InvalidArgumentError, ValueError) as exc:
            if "shape" in str(exc).lower() or "broadcast" in str(exc).lower():
                raise _broadcast_error(args) from None
            raise
        out_dtype = NP_TO_TF[loop[-1]]
        if r.dtype != out_dtype:
            r = cast(r, out_dtype)
        return wrap(r)


def _first_tensor_dtype(vals: list[Any]) -> Any:
    for v in vals:
        if isinstance(v, tf.Tensor):
            return v.dtype
    return None


__all__ = ["UfuncSpec", "ufunc"]
