"""The one adapter to TensorFlow. Every other module imports TensorFlow through here.

It gives a clear install message when TensorFlow is missing, and it is the only place that touches TensorFlow
internals (composite tensors, type specs, the generated op wrappers that take the eager fast path).
"""

from __future__ import annotations

import inspect
from typing import Any

INSTALL_HINT = (
    "tnp needs TensorFlow, which is not installed. Install it with "
    "`pip install 'tnp-core[cpu]'` (CPU build, tensorflow-cpu) or `pip install 'tnp-core[gpu]'`, "
    "or install `tensorflow`/`tensorflow-cpu` yourself (2.21 is the tested version)."
)

try:
    import tensorflow as tf
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(INSTALL_HINT) from exc

from tensorflow.python import pywrap_tfe as _pywrap_tfe
from tensorflow.python.autograph.core import config as _autograph_config
from tensorflow.python.eager import context as _context, core as _eager_core
from tensorflow.python.framework import (
    composite_tensor as _composite_tensor,
    composite_tensor_gradient as _ct_gradient,
    type_spec as _type_spec,
    type_spec_registry as _type_spec_registry,
)
from tensorflow.python.framework.ops import EagerTensor as _EagerTensor
from tensorflow.python.ops import control_flow_util as _cf_util, gen_array_ops, gen_bitwise_ops, gen_math_ops

__all__ = [
    "INSTALL_HINT",
    "TNP_PACKAGES",
    "BatchableTypeSpec",
    "CompositeTensor",
    "CompositeTensorGradient",
    "EagerTensor",
    "Tensor",
    "constant",
    "dims_of",
    "dtype_enum",
    "eager_context",
    "enum_of",
    "executing_eagerly",
    "gen_array_ops",
    "gen_bitwise_ops",
    "gen_math_ops",
    "in_xla",
    "is_symbolic",
    "raw_op",
    "register_type_spec",
    "generated_unary_op",
    "tf",
    "unary_method",
]

Tensor = tf.Tensor
CompositeTensor: Any = _composite_tensor.CompositeTensor
BatchableTypeSpec: Any = _type_spec.BatchableTypeSpec
CompositeTensorGradient: Any = _ct_gradient.CompositeTensorGradient
register_type_spec = _type_spec_registry.register
executing_eagerly = tf.executing_eagerly
EagerTensor: Any = _EagerTensor
constant: Any = inspect.unwrap(tf.constant)  # tf.constant without its WeakTensor dispatch layer (~0.6 µs)
dtype_enum: Any = _EagerTensor._datatype_enum  # dtype_enum(eager_tensor): its DataType enum, without a DType


TNP_PACKAGES = ("tnp", "tnp_core", "tnp_math", "tnp_linalg", "tnp_random")


def _exclude_from_autograph() -> None:
    """Tell autograph not to convert tnp's own code (it converts a user's code, as for NumPy and TensorFlow).

    Inside a `tf.function`, autograph would otherwise rewrite every tnp function a user calls: slow, and it
    breaks on ordinary Python in our code. tnp's functions need no conversion: their only data-dependent
    control flow is explicit TensorFlow ops. The rules are prepended once and touch only tnp's own modules.
    """
    rules = _autograph_config.CONVERSION_RULES
    known = {str(r) for r in rules}
    ours = tuple(_autograph_config.DoNotConvert(p) for p in TNP_PACKAGES)
    new = tuple(r for r in ours if str(r) not in known)
    if new:
        _autograph_config.CONVERSION_RULES = new + tuple(rules)


_exclude_from_autograph()


def raw_op(fn: Any) -> Any:
    """The generated op function under TensorFlow's dispatch decorators, when `fn` is one (else `fn`).

    `tf.math.sin` and `gen_math_ops.sin` are wrapped in dispatch layers (for RaggedTensor, KerasTensor, ...) that
    cost ~2 µs per eager call; tnp only passes tf.Tensors, so the innermost generated function does the same.
    Functions of `math_ops` (which add logic of their own) are returned unchanged.
    """
    inner = inspect.unwrap(fn)
    module = getattr(inner, "__module__", "")
    if module == "tensorflow.python.ops.math_ops" and inner.__name__ in _THIN_MATH_OPS:
        inner = inspect.unwrap(getattr(gen_math_ops, inner.__name__))
        module = inner.__module__
    return inner if module.startswith("tensorflow.python.ops.gen_") else fn


# math_ops functions whose body is only `return gen_math_ops.<same name>(x, name)` (TF 2.21)
_THIN_MATH_OPS = frozenset({"acos", "ceil", "exp", "floor", "sqrt"})


def in_xla() -> bool:
    """True while tracing a function XLA compiles (jit_compile=True, TPU); its kernels differ (NaN in max)."""
    return not executing_eagerly() and bool(
        _cf_util.GraphOrParentsInXlaContext(tf.compat.v1.get_default_graph())
    )


def enum_of(t: Any) -> int:
    """A tensor's DataType enum (an int). Hot paths key their dicts by it: a `tf.DType` hashes and compares in
    Python (`==` ~0.5 µs, a dict lookup ~0.2 µs, `t.dtype` itself ~0.15 µs) where an int costs ~0.03 µs."""
    e: int = dtype_enum(t) if type(t) is _EagerTensor else t.dtype.as_datatype_enum
    return e


def dims_of(t: Any) -> tuple[int | None, ...] | None:
    """A tensor's static shape as a tuple (None for an unknown dimension), None for an unknown rank: what
    `t.shape.as_list()` says, read from TensorShape's own tuple (`t.shape[i]` and `.rank` cost ~0.2 µs each)."""
    if type(t) is _EagerTensor:
        return t._shape_tuple()  # type: ignore[no-any-return]  # a fresh tensor's .shape builds a TensorShape
    d: tuple[int | None, ...] | None = t.shape._dims
    return d


def is_symbolic(t: Any) -> bool:
    """True for a graph (tracing) tensor, False for an eager one."""
    return type(t) is not _EagerTensor


def eager_context() -> Any:
    """The eager context when executing eagerly, else None (a new object after TF resets its context)."""
    ctx = _context._context or _context.context()  # what the generated ops read: no function calls
    return ctx if ctx._thread_local_data.is_eager else None


def context_device_name() -> str | None:
    """The device of the innermost `tf.device` scope, or None."""
    name: str | None = _context.context().device_name
    return name


_fast_path_execute: Any = _pywrap_tfe.TFE_Py_FastPathExecute
# what the fast path raises: an error status (e.g. no kernel), "take the slow path", "symbolic input"
_FAST_PATH_ERRORS = (
    _eager_core._NotOkStatusException,
    _eager_core._FallbackException,
    _eager_core._SymbolicException,
)


def generated_unary_op(fn: Any) -> str | None:
    """The TF op name ("Neg") a generated function of one tensor runs (`gen_math_ops.neg(x, name=None)`), read
    from its fast-path call; None for any other function (composites, ops with attributes)."""
    inner = inspect.unwrap(fn)
    if not getattr(inner, "__module__", "").startswith("tensorflow.python.ops.gen_"):
        return None
    if list(inspect.signature(inner).parameters) != ["x", "name"]:
        return None
    want = inner.__name__.replace("_", "").lower()
    return next((c for c in inner.__code__.co_consts if isinstance(c, str) and c.lower() == want), None)


def unary_method(op_name: str, enums: frozenset[int], cls: type, slow: Any) -> Any:
    """A function of one array (`-a`, `abs(a)`, `tnp.sqrt(a)`) that runs the op `op_name` on its `_t` with TF's
    eager fast path, one Python frame from the call to the new array; `slow(array)` otherwise.

    It takes the fast path only when executing eagerly on an eager tensor whose DataType enum is in `enums` (the
    dtypes whose NumPy loop is exactly this op), which is the whole of the generated op's own eager branch. Any
    failure there (an error status, TF's fallback signal) goes to `slow`, which raises tnp's error. ~0.5 µs less
    than calling the generated function and wrapping its result.
    """
    new = object.__new__
    ctx_module = _context
    eager_tensor = _EagerTensor

    def method(self: Any) -> Any:
        ctx = ctx_module._context
        if ctx is not None and ctx._thread_local_data.is_eager:
            t = self._t
            if type(t) is eager_tensor and dtype_enum(t) in enums:
                try:
                    r = _fast_path_execute(ctx, op_name, None, t)
                except _FAST_PATH_ERRORS:  # the ordinary path raises tnp's error or handles the case
                    return slow(self)
                a: Any = new(cls)
                a._t = r
                return a
        return slow(self)

    method.__doc__ = slow.__doc__
    return method
