"""The public toolkit for building on tnp-core (used by tnp-math, tnp-linalg, tnp-random and downstream libraries).

`to_tensor(x, dtype=None)` converts any array-like to a `tf.Tensor` of a supported dtype; `wrap(t)` makes an
`ndarray` around a tensor without a copy; `cast(t, tf_dtype)` is NumPy's unsafe cast on tensors; `ufunc` and
`UfuncSpec` build NumPy ufunc objects from a TensorFlow kernel; `normalize_axis`/`normalize_axes` give NumPy's axis
handling and errors; `translating` makes a function raise NumPy's exception types for TensorFlow errors (the one
translation point); `as_np_dtype`/`as_tf_dtype` convert dtype-likes; `NP_TO_TF`/`TF_TO_NP` map dtypes
(`ENUM_TO_NP`/`ENUM_TO_TF` by DataType enum: `enum_of(t)` is a tensor's enum, the cheap dict key on hot paths;
`dims_of(t)` its static shape as a tuple, cheaper than `t.shape`);
`eager_scalar(value, enum, make)` is a Python scalar as a cached 0-d eager tensor (None in a graph);
`check_allocatable(shape, dtype)` raises NumPy's MemoryError/ValueError up front for a shape larger than memory;
`gen_array_ops`/`gen_math_ops` are TensorFlow's generated op wrappers (the eager fast path, through tnp-core's one
adapter to TensorFlow internals).
"""

from __future__ import annotations

from ._axes import normalize_axes as normalize_axes, normalize_axis as normalize_axis
from ._convert import cast as cast, eager_scalar as eager_scalar, to_tensor as to_tensor
from ._creation import _check_allocatable as check_allocatable
from ._dtypes import (
    ENUM_TO_NP as ENUM_TO_NP,
    ENUM_TO_TF as ENUM_TO_TF,
    NP_TO_TF as NP_TO_TF,
    TF_TO_NP as TF_TO_NP,
    as_np_dtype as as_np_dtype,
    as_tf_dtype as as_tf_dtype,
)
from ._errors import translating as translating
from ._ndarray import ndarray as ndarray, wrap as wrap
from ._reductions import store as store
from ._selection import static_size as static_size
from ._sorting import sort_keys as sort_keys
from ._tf import (
    dims_of as dims_of,
    enum_of as enum_of,
    gen_array_ops as gen_array_ops,
    gen_math_ops as gen_math_ops,
    is_symbolic as is_symbolic,
)
from ._ufunc import UfuncSpec as UfuncSpec, ufunc as ufunc

__all__ = [
    "ENUM_TO_NP", "ENUM_TO_TF", "NP_TO_TF", "TF_TO_NP", "UfuncSpec", "as_np_dtype", "as_tf_dtype", "cast",
    "check_allocatable", "dims_of", "eager_scalar", "enum_of", "gen_array_ops", "gen_math_ops", "is_symbolic",
    "ndarray", "normalize_axes", "normalize_axis", "sort_keys", "static_size", "store", "to_tensor", "translating",
    "ufunc", "wrap",
]  # fmt: skip
