"""tnp-core: NumPy's array object, dtypes, promotion, devices, creation, indexing and ufuncs on TensorFlow.

Installing this layer alone gives a working array library: `tnp_core.asarray([1, 2]) + 1`.
"""

from __future__ import annotations

from ._version import (
    __version__ as __version__,
)
from ._types import *  # noqa: F403  (scalar types, dtype categories, constants)
from ._types import __all__ as _type_names
from ._ndarray import (
    ndarray as ndarray,
)
from ._ufunc import (
    ufunc as ufunc,
)
from ._operators import (
    abs as abs,
    absolute as absolute,
    add as add,
    bitwise_and as bitwise_and,
    bitwise_invert as bitwise_invert,
    bitwise_left_shift as bitwise_left_shift,
    bitwise_not as bitwise_not,
    bitwise_or as bitwise_or,
    bitwise_right_shift as bitwise_right_shift,
    bitwise_xor as bitwise_xor,
    divide as divide,
    equal as equal,
    floor_divide as floor_divide,
    greater as greater,
    greater_equal as greater_equal,
    invert as invert,
    left_shift as left_shift,
    less as less,
    less_equal as less_equal,
    logical_and as logical_and,
    logical_not as logical_not,
    logical_or as logical_or,
    logical_xor as logical_xor,
    maximum as maximum,
    minimum as minimum,
    mod as mod,
    multiply as multiply,
    negative as negative,
    not_equal as not_equal,
    positive as positive,
    pow as pow,
    power as power,
    remainder as remainder,
    right_shift as right_shift,
    subtract as subtract,
    true_divide as true_divide,
)
from ._dtypes import (
    finfo as finfo,
    iinfo as iinfo,
    issubdtype as issubdtype,
    isdtype as isdtype,
)
from ._promotion import (
    can_cast as can_cast,
    min_scalar_type as min_scalar_type,
    promote_types as promote_types,
    result_type as result_type,
)
from ._config import (
    config as config,
    get_config as get_config,
)
from ._device import (
    device as device,
    devices as devices,
)
from ._errors import (
    AxisError as AxisError,
    ComplexWarning as ComplexWarning,
    DTypePromotionError as DTypePromotionError,
    LinAlgError as LinAlgError,
)
from ._casting import (
    astype as astype,
)
from ._complex import (
    real as real,
    imag as imag,
)
from ._manipulation import (
    reshape as reshape,
    transpose as transpose,
    matrix_transpose as matrix_transpose,
)
from ._matmul import (
    matmul as matmul,
)
from ._reductions import (
    sum as sum,
)
from ._creation import (
    array as array,
    asarray as asarray,
    asanyarray as asanyarray,
    ascontiguousarray as ascontiguousarray,
    copy as copy,
    zeros as zeros,
    ones as ones,
    empty as empty,
    full as full,
    zeros_like as zeros_like,
    ones_like as ones_like,
    empty_like as empty_like,
    full_like as full_like,
)

__all__ = [
    "AxisError",
    "ComplexWarning",
    "DTypePromotionError",
    "LinAlgError",
    "__version__",
    "abs",
    "absolute",
    "add",
    "array",
    "asanyarray",
    "asarray",
    "ascontiguousarray",
    "astype",
    "bitwise_and",
    "bitwise_invert",
    "bitwise_left_shift",
    "bitwise_not",
    "bitwise_or",
    "bitwise_right_shift",
    "bitwise_xor",
    "can_cast",
    "config",
    "copy",
    "device",
    "devices",
    "divide",
    "empty",
    "empty_like",
    "equal",
    "finfo",
    "floor_divide",
    "full",
    "full_like",
    "get_config",
    "greater",
    "greater_equal",
    "iinfo",
    "imag",
    "invert",
    "isdtype",
    "issubdtype",
    "left_shift",
    "less",
    "less_equal",
    "logical_and",
    "logical_not",
    "logical_or",
    "logical_xor",
    "matmul",
    "matrix_transpose",
    "maximum",
    "min_scalar_type",
    "minimum",
    "mod",
    "multiply",
    "ndarray",
    "negative",
    "not_equal",
    "ones",
    "ones_like",
    "positive",
    "pow",
    "power",
    "promote_types",
    "real",
    "remainder",
    "reshape",
    "result_type",
    "right_shift",
    "subtract",
    "sum",
    "transpose",
    "true_divide",
    "ufunc",
    "zeros",
    "zeros_like",
    *_type_names,
]
permute_dims = transpose
