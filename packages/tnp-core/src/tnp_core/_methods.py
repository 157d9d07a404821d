"""The functions behind ndarray's methods and operators, gathered in one namespace for `_ndarray`."""

from __future__ import annotations

from ._casting import cast_array
from ._indexing import AtProperty, getitem, setitem
from ._manipulation import matrix_transpose, reshape, transpose
from ._manipulation import diagonal, repeat, resize_inplace, squeeze, swapaxes, trace
from ._matmul import matmul
from ._numeric import clip, dot, round
from ._selection import choose, compress, fill, nonzero, put, take
from ._sorting import argpartition, argsort, partition, searchsorted, sort
from ._operators import (
    conjugate,
    absolute,
    add,
    bitwise_and,
    bitwise_or,
    bitwise_xor,
    equal,
    floor_divide,
    greater,
    greater_equal,
    invert,
    left_shift,
    less,
    less_equal,
    multiply,
    negative,
    not_equal,
    positive,
    power,
    remainder,
    right_shift,
    subtract,
    true_divide,
)
from ._reductions import all, any, argmax, argmin, cumprod, cumsum, max, mean, min, prod, std, sum, var
from ._complex import imag, real

__all__ = [
    "all", "any", "argmax", "argmin", "cumprod", "cumsum", "max", "mean", "min", "prod", "std", "var",
    "argpartition", "argsort", "choose", "clip", "compress", "conjugate", "diagonal", "dot", "fill", "nonzero",
    "partition", "put", "repeat", "resize_inplace", "round", "searchsorted", "sort", "squeeze", "swapaxes", "take",
    "trace",
    "AtProperty", "setitem", "absolute", "add", "cast_array", "bitwise_and", "bitwise_or", "bitwise_xor", "equal", "floor_divide", "getitem",
    "greater", "greater_equal", "imag", "invert", "left_shift", "less", "less_equal", "matmul", "matrix_transpose",
    "multiply", "negative", "not_equal", "positive", "power", "real", "remainder", "reshape", "right_shift",
    "subtract", "sum", "transpose", "true_divide",
]  # fmt: skip
