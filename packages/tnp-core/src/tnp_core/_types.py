"""NumPy's scalar types, abstract dtype categories and constants, re-exported as tnp's own (`tnp.float32 is
numpy.float32`); bfloat16 comes from ml_dtypes."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._dtypes import bfloat16

bool_ = np.bool_
bool = np.bool_
int8, int16, int32, int64 = np.int8, np.int16, np.int32, np.int64
uint8, uint16, uint32, uint64 = np.uint8, np.uint16, np.uint32, np.uint64
float16, float32, float64 = np.float16, np.float32, np.float64
complex64, complex128 = np.complex64, np.complex128
half, single, double = np.half, np.single, np.double
csingle, cdouble = np.csingle, np.cdouble
byte, ubyte, short, ushort, intc, uintc = np.byte, np.ubyte, np.short, np.ushort, np.intc, np.uintc
int_, uint, intp, uintp, long, ulong, longlong, ulonglong = (
    np.int_, np.uint, np.intp, np.uintp, np.long, np.ulong, np.longlong, np.ulonglong,
)  # fmt: skip
float_ = np.float64
complex_ = np.complex128
generic, number, integer, signedinteger, unsignedinteger = (
    np.generic, np.number, np.integer, np.signedinteger, np.unsignedinteger,
)  # fmt: skip
inexact, floating, complexfloating = np.inexact, np.floating, np.complexfloating
dtype = np.dtype
# NumPy's types whose arrays tnp cannot hold (no TensorFlow dtype): exported so that isinstance/issubdtype and
# dtype= arguments read as in NumPy; converting such an array or passing such a dtype raises TypeError naming it.
character, flexible, bytes_, str_, void, object_ = (
    np.character,
    np.flexible,
    np.bytes_,
    np.str_,
    np.void,
    np.object_,
)
record = np.record
string_, unicode_ = np.bytes_, np.str_  # NumPy 1's names, on TensorFlow's tf.experimental.numpy page
longdouble, clongdouble = np.longdouble, np.clongdouble
# NumPy's names of longdouble where it is 128 bits (x86-64 Linux); elsewhere these are longdouble's own names
float128: type[Any] = getattr(np, "float128", np.longdouble)
complex256: type[Any] = getattr(np, "complex256", np.clongdouble)
datetime64, timedelta64 = np.datetime64, np.timedelta64
e, pi, inf, nan, euler_gamma = np.e, np.pi, np.inf, np.nan, np.euler_gamma
newaxis = None
little_endian = np.little_endian

__all__ = [
    "bfloat16", "bool", "bool_", "byte", "bytes_", "cdouble", "character", "clongdouble", "complex128",
    "complex256", "complex64", "complex_", "complexfloating", "csingle", "datetime64", "double", "dtype", "e",
    "euler_gamma", "flexible", "float128", "float16", "float32", "float64", "float_", "floating", "generic",
    "half", "inexact", "inf", "int16", "int32", "int64", "int8", "int_", "intc", "integer", "intp",
    "little_endian", "long", "longdouble", "longlong", "nan", "newaxis", "number", "object_", "pi", "record", "short",
    "signedinteger", "single", "str_", "string_", "timedelta64", "ubyte", "uint", "uint16", "uint32",
    "uint64", "uint8", "uintc", "uintp", "ulong", "ulonglong", "unicode_", "unsignedinteger", "ushort",
    "void",
]  # fmt: skip
