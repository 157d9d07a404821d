"""The functions behind ndarray's methods and operators, gathered in one namespace for `_ndarray`.

Defined here: the byte-level methods (`view` with a dtype, `byteswap`, `getfield`, `setfield`), which go
through `tf.bitcast` on a trailing axis of bytes (the host's byte order, as NumPy's native dtypes), and the
`flags` object.
"""

from __future__ import annotations

from typing import Any

from ._casting import cast_array
from ._complex import imag, real
from ._convert import cast, to_tensor
from ._dtypes import NP_TO_TF, TF_TO_NP, as_np_dtype, requested_dtype
from ._indexing import AtProperty, getitem, setitem
from ._manipulation import (
    diagonal,
    matrix_transpose,
    repeat,
    reshape,
    resize_inplace,
    squeeze,
    swapaxes,
    trace,
    transpose,
)
from ._matmul import matmul
from ._numeric import clip, dot, round
from ._operators import (
    absolute,
    add,
    bitwise_and,
    bitwise_or,
    bitwise_xor,
    conjugate,
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
from ._selection import choose, compress, fill, nonzero, put, take
from ._sorting import argpartition, argsort, partition, searchsorted, sort
from ._tf import tf
from ._twoout import divmod


# ---- bytes ------------------------------------------------------------------------------------------------
def _to_bytes(t: tf.Tensor) -> tf.Tensor:
    """The bytes of each element: uint8 of shape (*t.shape, itemsize)."""
    if t.dtype == tf.bool:
        return tf.expand_dims(tf.cast(t, tf.uint8), -1)
    b = tf.bitcast(t, tf.uint8)
    return tf.expand_dims(b, -1) if t.dtype.size == 1 else b


def _from_bytes(b: tf.Tensor, to: tf.DType) -> tf.Tensor:
    """Elements of dtype `to` from uint8 bytes of shape (..., to.size): the last axis is consumed."""
    if to == tf.bool:
        return tf.not_equal(b[..., 0], 0)
    return tf.bitcast(b[..., 0] if to.size == 1 else b, to)


def view_as(t: tf.Tensor, dtype: Any) -> tf.Tensor:
    """`t`'s bytes reinterpreted as `dtype`; another itemsize rescales the last axis (NumPy's rules). A
    non-native byte order ('>i4') reads the bytes in that order; the result holds the values in native order."""
    if not requested_dtype(dtype).isnative:
        return byteswap(view_as(t, as_np_dtype(dtype)))
    new, old = as_np_dtype(dtype), TF_TO_NP[t.dtype]
    to = NP_TO_TF[new]
    if new == old:
        return t
    if new.itemsize == old.itemsize:
        return tf.bitcast(t, to) if tf.bool not in (to, t.dtype) else _from_bytes(_to_bytes(t), to)
    if t.shape.rank == 0:
        raise ValueError("Changing the dtype of a 0d array is only supported if the itemsize is unchanged")
    n = t.shape[-1]
    if new.itemsize < old.itemsize and old.itemsize % new.itemsize:
        raise ValueError(
            "When changing to a smaller dtype, its size must be a divisor of the size of original dtype"
        )
    if new.itemsize > old.itemsize and n is not None and (n * old.itemsize) % new.itemsize:
        raise ValueError(
            "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the "
            "last axis of the array."
        )
    b = tf.reshape(_to_bytes(t), tf.concat([tf.shape(t)[:-1], [-1, new.itemsize]], 0))
    r = _from_bytes(b, to)
    r.set_shape(t.shape[:-1].concatenate([None if n is None else n * old.itemsize // new.itemsize]))
    return r


def byteswap(t: tf.Tensor) -> tf.Tensor:
    """Each element's bytes reversed (complex: the real and imaginary parts each, as NumPy)."""
    if t.dtype.is_complex:
        return tf.complex(byteswap(tf.math.real(t)), byteswap(tf.math.imag(t)))
    if t.dtype.size == 1:
        return t
    return _from_bytes(tf.reverse(_to_bytes(t), [-1]), t.dtype)


def _field(t: tf.Tensor, dtype: Any, offset: Any) -> tuple[tf.DType, int]:
    new, old = as_np_dtype(dtype), TF_TO_NP[t.dtype]
    offset = int(offset)
    if offset < 0:
        raise ValueError("offset is negative")
    if new.itemsize > old.itemsize:
        raise ValueError("new type is larger than original type")
    if offset + new.itemsize > old.itemsize:
        raise ValueError("new type plus offset is larger than original type")
    return NP_TO_TF[new], offset


def getfield(t: tf.Tensor, dtype: Any, offset: Any = 0) -> tf.Tensor:
    """NumPy's `getfield`: the `dtype` value stored at byte `offset` of each element."""
    to, offset = _field(t, dtype, offset)
    r = _from_bytes(_to_bytes(t)[..., offset : offset + to.size], to)
    return r if requested_dtype(dtype).isnative else byteswap(r)


def setfield(t: tf.Tensor, val: Any, dtype: Any, offset: Any = 0) -> tf.Tensor:
    """NumPy's `setfield`: `t` with `val` (cast to `dtype`, broadcast) written at byte `offset` of each element."""
    to, offset = _field(t, dtype, offset)
    v = to_tensor(val)
    v = tf.broadcast_to(cast(v, to), tf.shape(t))
    if not requested_dtype(dtype).isnative:
        v = byteswap(v)
    b = _to_bytes(t)
    b = tf.concat([b[..., :offset], _to_bytes(v), b[..., offset + to.size :]], -1)
    return _from_bytes(b, t.dtype)


# ---- flags ------------------------------------------------------------------------------------------------
_FLAG_KEYS = {
    "C": "c_contiguous", "C_CONTIGUOUS": "c_contiguous", "CONTIGUOUS": "c_contiguous",
    "F": "f_contiguous", "F_CONTIGUOUS": "f_contiguous", "FORTRAN": "f_contiguous",
    "O": "owndata", "OWNDATA": "owndata", "W": "writeable", "WRITEABLE": "writeable",
    "A": "aligned", "ALIGNED": "aligned", "X": "writebackifcopy", "WRITEBACKIFCOPY": "writebackifcopy",
    "B": "behaved", "BEHAVED": "behaved", "CA": "carray", "CARRAY": "carray", "FA": "farray",
    "FARRAY": "farray", "FNC": "fnc", "FORC": "forc",
}  # fmt: skip


class Flags:
    """NumPy's `ndarray.flags` for a tnp array: always C-contiguous, owning, aligned; `writeable` settable."""

    __slots__ = ("_a",)

    def __init__(self, a: Any) -> None:
        self._a = a

    c_contiguous = contiguous = property(lambda self: True)
    owndata = aligned = property(lambda self: True)
    writebackifcopy = property(lambda self: False)

    @property
    def f_contiguous(self) -> bool:
        shape = self._a._t.shape
        dims = shape.as_list() if shape.rank is not None else [None, None]
        return 0 in dims or len([d for d in dims if d != 1]) <= 1  # (`sum` here is tnp's)

    @property
    def writeable(self) -> bool:
        return bool(self._a._writeable)

    @writeable.setter
    def writeable(self, value: Any) -> None:
        self._a.setflags(write=value)

    behaved = property(lambda self: self.writeable)
    carray = property(lambda self: self.writeable)
    farray = property(lambda self: self.writeable and self.fnc)
    fnc = property(lambda self: self.f_contiguous and not self.c_contiguous)
    fortran = property(lambda self: self.f_contiguous)
    forc = property(lambda self: True)

    @property
    def num(self) -> int:
        return 1 | 2 * self.f_contiguous | 4 | 0x100 | 0x400 * self.writeable

    def __getitem__(self, key: str) -> bool:
        name = _FLAG_KEYS.get(key)
        if name is None:
            raise KeyError("Unknown flag")
        return bool(getattr(self, name))

    def __setitem__(self, key: str, value: Any) -> None:
        if _FLAG_KEYS.get(key) != "writeable":
            raise KeyError("Unknown flag")
        self.writeable = value

    def __eq__(self, other: object) -> bool:
        names = ("c_contiguous", "f_contiguous", "owndata", "writeable", "aligned", "writebackifcopy")
        return [getattr(self, n) for n in names] == [getattr(other, n, None) for n in names]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        names = ("c_contiguous", "f_contiguous", "owndata", "writeable", "aligned", "writebackifcopy")
        return "".join(f"  {n.upper()} : {getattr(self, n)}\n" for n in names)


def strides(shape: tuple[Any, ...], itemsize: int) -> tuple[Any, ...]:
    """The strides of a C-contiguous NumPy array of this shape (all 0 when it is empty)."""
    if 0 in shape:
        return (0,) * len(shape)
    out: list[Any] = []
    step: Any = itemsize
    for d in reversed(shape):
        out.append(step)
        step = None if step is None or d is None else step * d
    return tuple(reversed(out))


__all__ = [
    "AtProperty",
    "Flags",
    "absolute",
    "add",
    "all",
    "any",
    "argmax",
    "argmin",
    "argpartition",
    "argsort",
    "bitwise_and",
    "bitwise_or",
    "bitwise_xor",
    "byteswap",
    "cast_array",
    "choose",
    "clip",
    "compress",
    "conjugate",
    "cumprod",
    "cumsum",
    "diagonal",
    "divmod",
    "dot",
    "equal",
    "fill",
    "floor_divide",
    "getfield",
    "getitem",
    "greater",
    "greater_equal",
    "imag",
    "invert",
    "left_shift",
    "less",
    "less_equal",
    "matmul",
    "matrix_transpose",
    "max",
    "mean",
    "min",
    "multiply",
    "negative",
    "nonzero",
    "not_equal",
    "partition",
    "positive",
    "power",
    "prod",
    "put",
    "real",
    "remainder",
    "repeat",
    "reshape",
    "resize_inplace",
    "right_shift",
    "round",
    "searchsorted",
    "setfield",
    "setitem",
    "sort",
    "squeeze",
    "std",
    "strides",
    "subtract",
    "sum",
    "swapaxes",
    "take",
    "trace",
    "transpose",
    "true_divide",
    "var",
    "view_as",
]
