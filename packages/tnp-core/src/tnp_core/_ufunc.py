"""The `ufunc` class: NumPy's ufunc objects over TensorFlow kernels, built from a table of specs.

Dtype decisions are NumPy's own: each call resolves its loop with the NumPy ufunc's `resolve_dtypes` (NEP 50
weak Python scalars included), once per key, and caches it. The fast paths (two tnp arrays of one dtype, a tnp
array and a Python scalar) are a dict lookup and the raw op.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from . import _ufunc_methods as _methods
from ._config import get_config
from ._convert import cast, eager_zero, to_tensor
from ._dtypes import ENUM_TO_NP, NP_TO_TF, TF_TO_NP, as_np_dtype, requested_dtype
from ._ndarray import ndarray, wrap
from ._promotion import WEAK_TYPES
from ._tf import dims_of, enum_of, generated_unary_op, is_symbolic, raw_op, tf, unary_method

Kernel = Callable[..., Any]
_BOOL = np.dtype(bool)
_WIDE_TO_SINGLE = {np.dtype("float64"): np.dtype("float32"), np.dtype("complex128"): np.dtype("complex64")}


@dataclasses.dataclass(frozen=True)
class UfuncSpec:
    """One row of the ufunc table.

    kernel: the TensorFlow function on tensors already cast to the loop's input dtypes.
    by_kind: kernels that replace `kernel` for some loops, looked up by the kinds of all loop inputs ('iu'),
      then the first input's dtype name ('uint64', 'bfloat16'), then its kind ('b', 'i', 'u', 'f', 'c';
      bfloat16 is 'V'). This is where TensorFlow's kernel gaps are filled (e.g. compute in a wider dtype and
      cast back).
    np_name: the NumPy ufunc whose dtype resolution we follow (defaults to `name`).
    scalars_ok: the kernel accepts a Python scalar operand directly (TensorFlow's generated ops do).
    compare: a comparison: a Python int out of the array dtype's range gives the mathematical answer
      (as NumPy 2's comparisons do) instead of OverflowError.
    nout: the number of outputs; with more than one, the kernel returns a tuple of that many tensors.
    """

    name: str
    nin: int
    kernel: Kernel
    by_kind: Mapping[str, Kernel] = dataclasses.field(default_factory=dict)
    np_name: str | None = None
    aliases: tuple[str, ...] = ()
    scalars_ok: bool = True
    compare: bool = False
    nout: int = 1


REGISTRY: dict[str, ufunc] = {}  # every ufunc built from a spec, by name and alias (for __array_ufunc__)


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


_DIRECT = {
    int: "iufcV",
    float: "fcV",
    complex: "c",
}  # loop kinds a Python scalar of this type goes to TF as is
_SHAPE_WORDS = ("ncompatible shapes", "broadcast", "Dimensions must be equal")
_INF = float("inf")
_Plan = tuple[
    Kernel, float, float
]  # a kernel taking a Python scalar directly, and the bounds for a Python int


def _reraise_shapes(exc: Exception, args: tuple[Any, ...]) -> None:
    """Raise NumPy's broadcast ValueError if a TensorFlow error is about shapes (else return)."""
    msg = str(exc)
    if any(w in msg for w in _SHAPE_WORDS):
        raise _broadcast_error(args) from None


def _dummy(key: Any) -> Any:
    """A stand-in operand for NumPy's own argument checks: an empty array of the dtype, or a Python scalar."""
    return np.empty(0, key) if isinstance(key, np.dtype) else key(0)


class ufunc:
    """NumPy's `ufunc`: an element-wise function with broadcasting, NumPy's type promotion and methods.

    The ufunc objects (`tnp.add`, `tnp.sin`, ...) are instances built from a spec table; their examples live
    here. A call takes `out=`, `where=`, `dtype=`, `casting=`; the attributes are `nin`, `nout`, `identity`;
    the methods `reduce`, `accumulate`, `reduceat`, `outer`, `at` (binary ufuncs; unary ones have `at`). A
    ufunc with two outputs (`divmod`, `frexp`, `modf`) returns a tuple and takes `out=` as a tuple.

    Differs from NumPy: with `where=` and no `out=`, the unselected elements are 0 (NumPy leaves them
    uninitialized); `order=` and `subok=` are accepted and ignored; `signature=` is not supported.

    Examples:
        >>> tnp.add(tnp.array([1, 2]), 10)
        tnp.array([11, 12])
        >>> tnp.add.nin, tnp.add.nout, tnp.add.identity
        (2, 1, 0)
        >>> tnp.add.reduce(tnp.array([[1, 2], [3, 4]]), axis=1)
        tnp.array([3, 7])
        >>> tnp.multiply.accumulate(tnp.array([1, 2, 3, 4]))
        tnp.array([ 1,  2,  6, 24])
        >>> tnp.multiply.outer(tnp.array([1, 2]), tnp.array([1, 10, 100]))
        tnp.array([[  1,  10, 100],
                   [  2,  20, 200]])
        >>> a = tnp.zeros(4, dtype=int)
        >>> tnp.add.at(a, [0, 0, 2], 1)
        >>> a
        tnp.array([2, 0, 1, 0])
        >>> tnp.divmod(tnp.array([7, -7]), 2)
        (tnp.array([ 3, -4]), tnp.array([1, 1]))
        >>> tnp.negative(tnp.array([1, 2, 3]), where=tnp.array([True, False, True]))
        tnp.array([-1,  0, -3])
        >>> tnp.add(tnp.array([1, 2], dtype=tnp.int8), 1, dtype=tnp.float32)
        tnp.array([2., 3.], dtype=float32)
    """

    def __init__(self, spec: UfuncSpec) -> None:
        self.spec = spec
        self.__name__ = spec.name
        self._np: np.ufunc = getattr(np, spec.np_name or spec.name)
        self.nin = spec.nin
        self.nout = spec.nout
        self.nargs = self.nin + self.nout
        self.identity = self._np.identity
        self.signature = None
        self.types = self._np.types
        self.ntypes = self._np.ntypes
        self._loops: dict[tuple[Any, ...], tuple[tuple[np.dtype[Any], ...], Kernel, bool]] = {}
        # the fast paths: same-dtype tensors whose loop is that dtype -> kernel; (dtype, scalar type) -> plan
        # (keyed by DataType enum: a tf.DType key costs a Python-level hash and __eq__ per call)
        self._same: dict[int, Kernel] = {}
        self._scalar: dict[tuple[int, type, bool], _Plan | None] = {}
        for d, tfd in NP_TO_TF.items():
            try:
                loop, kernel, _ = self._resolve((d,) * self.nin)
            except TypeError:
                continue
            if all(x == d for x in loop[: self.nin]) and loop[-1] in (d, _BOOL) and self.nout == 1:
                self._same[tfd.as_datatype_enum] = raw_op(kernel)
        self._call1 = self._one_frame_unary()
        self.__doc__ = (
            f"NumPy's `{self._np.__name__}` ufunc on TensorFlow tensors (see numpy.{self._np.__name__}). "
            "Examples of calls and methods: see the `ufunc` class."
        )
        for name in (spec.name, *spec.aliases):
            REGISTRY[name] = self

    def __repr__(self) -> str:
        return f"<tnp.ufunc '{self.__name__}'>"

    def _kernel_for(self, loop: tuple[np.dtype[Any], ...]) -> Kernel:
        by = self.spec.by_kind
        ins = loop[: self.nin]
        for key in ("".join(d.kind for d in ins), ins[0].name, ins[0].kind):
            k = by.get(key)
            if k is not None:
                return k
        return self.spec.kernel

    def _resolve(
        self, keys: tuple[Any, ...], dtype: Any = None, casting: str = "same_kind"
    ) -> tuple[tuple[np.dtype[Any], ...], Kernel, bool]:
        """NumPy's loop for these operand keys, cached: (loop dtypes, kernel, takes Python scalars)."""
        cache_key = (*keys, dtype, casting)
        hit = self._loops.get(cache_key)
        if hit is not None:
            return hit
        kw: dict[str, Any] = {} if casting == "same_kind" else {"casting": casting}
        if dtype is not None:
            kw["signature"] = (None,) * self.nin + (as_np_dtype(dtype),) * self.nout
        # NumPy's own exception (a UFuncTypeError naming the ufunc and the types) when there is no loop
        resolved = self._np.resolve_dtypes((*keys,) + (None,) * self.nout, **kw)
        if any(d.kind == "O" for d in resolved) and all(k is int for k in keys):
            # comparisons of two Python ints pick NumPy's object loop; on values they compare as int64 (a value
            # beyond int64 already raised OverflowError when it became a tensor)
            resolved = self._np.resolve_dtypes((np.dtype(np.int64),) * self.nin + (None,) * self.nout, **kw)
        loop = tuple(as_np_dtype(d) for d in resolved)
        kernel = self._kernel_for(loop)
        hit = (loop, kernel, self.spec.scalars_ok and kernel is self.spec.kernel)
        self._loops[cache_key] = hit
        return hit

    def _scalar_plan(self, e: int, st: type, rev: bool) -> _Plan | None:
        """How `array <op> scalar` (`scalar <op> array` if rev) runs: the raw kernel, scalar as is (`e`: the
        array's DataType enum)."""
        d = ENUM_TO_NP[e]
        plan: _Plan | None = None
        try:
            loop, kernel, scalars_ok = self._resolve((st, d) if rev else (d, st))
        except TypeError:
            loop, kernel, scalars_ok = (), self.spec.kernel, False
        if (
            scalars_ok
            and self.nout == 1
            and loop[0] == loop[1] == d
            and loop[-1] in (d, _BOOL)
            and d.kind in _DIRECT[st]
        ):
            lo, hi = (int(np.iinfo(d).min), int(np.iinfo(d).max)) if d.kind in "iu" else (-_INF, _INF)
            plan = (raw_op(kernel), lo, hi)
        self._scalar[(e, st, rev)] = plan
        return plan

    # -- calling ---------------------------------------------------------------------------------------------
    def binary(self, a: Any, b: Any) -> ndarray:
        """The operator path: `a <op> b`, one of them a tnp array (tries the precomputed fast paths first)."""
        ta = a._t if type(a) is ndarray else None
        tb = b._t if type(b) is ndarray else None
        try:
            if ta is not None:
                if tb is not None:
                    e = enum_of(ta)
                    if e == enum_of(tb):
                        k = self._same.get(e)
                        if k is not None:
                            return wrap(k(ta, tb))
                elif type(b) in _DIRECT:
                    key = (enum_of(ta), type(b), False)
                    plan = self._scalar[key] if key in self._scalar else self._scalar_plan(*key)
                    if plan is not None and (type(b) is not int or plan[1] <= b <= plan[2]):
                        if b != 0:
                            return wrap(plan[0](ta, b))
                        zero = _cached_zero(b, ENUM_TO_NP[key[0]])
                        if zero is not None:
                            return wrap(plan[0](ta, zero))
            elif tb is not None and type(a) in _DIRECT and not is_symbolic(tb):
                key = (enum_of(tb), type(a), True)
                plan = self._scalar[key] if key in self._scalar else self._scalar_plan(*key)
                if plan is not None and (type(a) is not int or plan[1] <= a <= plan[2]):
                    if a != 0:
                        return wrap(plan[0](a, tb))
                    zero = _cached_zero(a, ENUM_TO_NP[key[0]])
                    if zero is not None:
                        return wrap(plan[0](zero, tb))
        except (tf.errors.InvalidArgumentError, ValueError) as exc:
            _reraise_shapes(exc, (a, b))
            raise
        return self._general((a, b))

    def _one_frame_unary(self) -> Callable[[ndarray], ndarray]:
        """`f(array)` for the plain call of a unary ufunc: when its kernel is one generated TF op, that op through
        TF's eager fast path in one frame for the dtypes whose loop is that op (`_tf.unary_method`), else
        `self.unary`; either way `self.unary` is the fallback."""
        kernel = raw_op(self.spec.kernel)
        op_name = generated_unary_op(kernel) if self.nin == 1 and self.nout == 1 else None
        if op_name is None:
            return self.unary
        enums = frozenset(e for e, k in self._same.items() if k is kernel)
        f: Callable[[ndarray], ndarray] = unary_method(op_name, enums, ndarray, self.unary)
        return f

    def unary(self, x: ndarray) -> ndarray:
        """The operator path of a unary ufunc on a tnp array (`-a`, `abs(a)`, `~a`): the precomputed kernel."""
        k = self._same.get(enum_of(x._t))
        if k is not None:
            return wrap(k(x._t))
        r: ndarray = self._general((x,))
        return r

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
            if not self.nin < len(args) <= self.nargs:
                raise TypeError(
                    f"{self.__name__}() takes from {self.nin} to {self.nargs} positional arguments but "
                    f"{len(args)} were given"
                )
            if out is not None:
                raise TypeError("cannot specify 'out' as both a positional and keyword argument")
            out = args[self.nin :] + (None,) * (self.nargs - len(args))
            args = args[: self.nin]
        if out is None and where is True and dtype is None and casting == "same_kind" and self.nout == 1:
            if self.nin == 2:
                return self.binary(*args)
            x = args[0]
            if type(x) is ndarray:
                return self._call1(x)
            return self._general(args)
        if order not in ("K", "A", "C", "F"):
            raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
        if signature is not None:
            raise NotImplementedError(f"{self.__name__}(signature=...) is not supported; use dtype=")
        outs = self._outs(out)
        if casting not in ("no", "equiv", "safe", "same_kind", "unsafe"):
            raise ValueError(
                f"casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got {casting!r})"
            )
        keys = tuple(_key(a) for a in args)
        # NumPy's own checks (and exceptions) for dtype=/casting=/out= on empty stand-ins, once per key
        out_dtypes = tuple(None if o is None else o.dtype for o in outs)
        check_key = ("check", keys, out_dtypes, dtype, casting)
        if check_key not in self._loops:
            np_outs = tuple(None if d is None else np.empty(0, d) for d in out_dtypes)
            self._np(
                *(_dummy(k) for k in keys),
                out=np_outs if self.nout > 1 else np_outs[0],
                dtype=None if dtype is None else requested_dtype(dtype),  # NumPy refuses a byte order
                casting=casting,
            )
            self._loops[check_key] = ((), self.spec.kernel, False)
        results = [self._store(r, o, where) for r, o in zip(self._compute(args, dtype, casting), outs)]
        return results[0] if self.nout == 1 else tuple(results)

    def _outs(self, out: Any) -> tuple[ndarray | None, ...]:
        """`out=` as a tuple of `nout` entries, each None or a tnp array (NumPy's errors otherwise)."""
        if out is None:
            return (None,) * self.nout
        if type(out) is not tuple:
            if self.nout > 1:
                raise TypeError("'out' must be a tuple of arrays")
            out = (out,)
        if len(out) != self.nout:
            raise ValueError("The 'out' tuple must have exactly one entry per ufunc output")
        outs: tuple[ndarray | None, ...] = out
        for o in outs:
            if o is not None and not isinstance(o, ndarray):
                raise TypeError("return arrays must be of ArrayType (a tnp.ndarray)")
        return outs

    def _store(self, r: tf.Tensor, out: ndarray | None, where: Any) -> ndarray:
        """One result: cast into `out` (rebinding its tensor) and/or blended with `where=`."""
        if out is None and where is True:
            return wrap(r)
        if out is not None:
            r = cast(r, out._t.dtype)
            oshape = out.shape
            rshape = tuple(r.shape.as_list())
            if _static_broadcast([oshape, rshape]) != oshape:
                raise ValueError(
                    f"non-broadcastable output operand with shape {oshape} doesn't match the broadcast "
                    f"shape {rshape}"
                )
        if where is not True:
            mask = to_tensor(where, bool)
            base = out._t if out is not None else tf.zeros_like(r)
            r = tf.where(mask, r, base)
        if out is not None:
            if r.shape != out._t.shape:
                r = tf.broadcast_to(r, tf.shape(out._t))
            out._t = r
            return out
        return wrap(r)

    def _general(self, args: tuple[Any, ...], dtype: Any = None, casting: str = "same_kind") -> ndarray:
        """The first (for operators: the only) output of the ufunc on `args`."""
        return wrap(self._compute(args, dtype, casting)[0])

    def _compute(
        self, args: tuple[Any, ...], dtype: Any = None, casting: str = "same_kind"
    ) -> tuple[tf.Tensor, ...]:
        """The `nout` result tensors, in NumPy's loop dtypes."""
        keys: list[Any] = []
        vals: list[Any] = []
        for a in args:
            if type(a) is ndarray:
                keys.append(ENUM_TO_NP[enum_of(a._t)])
                vals.append(a._t)
            elif type(a) in WEAK_TYPES:
                keys.append(_BOOL if type(a) is bool else type(a))
                vals.append(a)
            elif isinstance(a, np.generic) and a.dtype in NP_TO_TF:
                keys.append(
                    a.dtype
                )  # a NumPy scalar: its dtype counts (strong); its value goes in as Python's
                vals.append(a.item())
            else:
                t = to_tensor(a)
                keys.append(ENUM_TO_NP[enum_of(t)])
                vals.append(t)
        loop, kernel, scalars_ok = self._resolve(tuple(keys), dtype, casting)
        if dtype is None and loop[-1] in _WIDE_TO_SINGLE and (float in keys or complex in keys):
            loop, kernel, scalars_ok = self._prefer_single(keys, loop, kernel, scalars_ok, casting)
        shapes = []
        first = None
        for i, v in enumerate(vals):
            if isinstance(v, tf.Tensor):
                dims = dims_of(v)
                shapes.append(() if dims is None else dims)
                if ENUM_TO_NP[enum_of(v)] != loop[i]:
                    vals[i] = cast(v, NP_TO_TF[loop[i]])
                first = vals[i] if first is None else first
        if len(shapes) > 1 and _static_broadcast(shapes) is None:
            raise _broadcast_error(args)
        for i, v in enumerate(vals):
            if not isinstance(v, tf.Tensor):
                want = loop[i]
                if type(v) is int and want.kind in "iu":
                    info = np.iinfo(want)
                    if not info.min <= v <= info.max:
                        if self.spec.compare and first is not None:
                            return (self._out_of_range_compare(i, v > info.max, first)._t,)
                        raise OverflowError(f"Python integer {v} out of bounds for {want}")
                direct = scalars_ok and first is not None and v != 0 and want.kind in _DIRECT.get(type(v), "")
                # a leading Python scalar sets the op's dtype when tracing: only the eager fast path infers it
                if not direct or (i == 0 and is_symbolic(first)):
                    zero = _cached_zero(v, want) if type(v) in _DIRECT and v == 0 else None
                    vals[i] = to_tensor(v, want) if zero is None else zero
        try:
            r = kernel(*vals)
        except (tf.errors.InvalidArgumentError, ValueError) as exc:
            _reraise_shapes(exc, args)
            raise
        rs = (r,) if self.nout == 1 else tuple(r)
        return tuple(cast(x, NP_TO_TF[d]) for x, d in zip(rs, loop[self.nin :]))

    def _prefer_single(
        self, keys: list[Any], loop: Any, kernel: Kernel, scalars_ok: bool, casting: str
    ) -> tuple[Any, Kernel, bool]:
        """Under `tnp.config(prefer_float32=True)`, a Python float/complex does not widen arrays to 64 bits."""
        if not get_config().prefer_float32 or any(k in _WIDE_TO_SINGLE for k in keys):
            return loop, kernel, scalars_ok
        return self._resolve(tuple(keys), _WIDE_TO_SINGLE[loop[-1]], casting)

    # -- methods (in _ufunc_methods) ------------------------------------------------------------------------
    def reduce(
        self,
        array: Any,
        axis: Any = 0,
        dtype: Any = None,
        out: Any = None,
        keepdims: bool = False,
        initial: Any = _methods.NoValue,
        where: Any = True,
    ) -> ndarray:
        """NumPy's `ufunc.reduce`. Differs: while tracing, an unknown zero-size dimension cannot raise."""
        return _methods.reduce(self, array, axis, dtype, out, keepdims, initial, where)

    def accumulate(self, array: Any, axis: Any = 0, dtype: Any = None, out: Any = None) -> ndarray:
        """NumPy's `ufunc.accumulate`."""
        return _methods.accumulate(self, array, axis, dtype, out)

    def reduceat(
        self, array: Any, indices: Any, axis: Any = 0, dtype: Any = None, out: Any = None
    ) -> ndarray:
        """NumPy's `ufunc.reduceat`. Differs: out-of-range indices raise only when they are known eagerly."""
        return _methods.reduceat(self, array, indices, axis, dtype, out)

    def outer(self, A: Any, B: Any, /, **kwargs: Any) -> Any:  # noqa: N803 (NumPy's names)
        """NumPy's `ufunc.outer`: `self(A[..., None, ...], B, **kwargs)`."""
        return _methods.outer(self, A, B, kwargs)

    def at(self, a: Any, indices: Any, b: Any = None, /) -> None:
        """NumPy's `ufunc.at`: unbuffered in place on a tnp array (its tensor is rebound)."""
        _methods.at(self, a, indices, b)

    def _out_of_range_compare(self, i: int, above: bool, other: tf.Tensor) -> ndarray:
        """A comparison with a Python int outside the array dtype's range: one answer for all elements."""
        scalar, element = (1, 0) if above else (0, 1)  # stand-ins in the same order as the real values
        value = bool(self._np(scalar, element) if i == 0 else self._np(element, scalar))
        return wrap(tf.fill(tf.shape(other), value))


def _cached_zero(v: int | float | complex, d: np.dtype[Any]) -> tf.Tensor | None:
    """Eagerly, the cached 0-d zero for the Python zero `v` in dtype `d` (TF's own scalar cache
    serves -0.0 as +0.0, so zeros never go to TF as Python values); None for -0.0, complex or in a graph."""
    if type(v) is complex or (type(v) is float and math.copysign(1.0, v) < 0):
        return None
    return eager_zero(d)


def _key(a: Any) -> Any:
    if type(a) is ndarray:
        return TF_TO_NP[a._t.dtype]
    if type(a) in WEAK_TYPES:
        return _BOOL if type(a) is bool else type(a)
    return TF_TO_NP[to_tensor(a).dtype]


__all__ = ["UfuncSpec", "ufunc"]
