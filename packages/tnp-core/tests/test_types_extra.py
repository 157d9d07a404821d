"""NumPy's scalar types that tnp exports but cannot hold: the same type objects, and a clear TypeError for arrays."""

from __future__ import annotations

import numpy as np
import pytest
import tnp_core
from tnp_core import _types

UNHELD = ["bytes_", "str_", "void", "record", "object_", "character", "flexible", "longdouble", "clongdouble",
          "datetime64", "timedelta64", *(n for n in ("float128", "complex256") if hasattr(np, n))]  # fmt: skip
HELD = ["bool", "int8", "uint64", "float16", "float64", "complex64", "generic", "number", "inexact"]


@pytest.mark.parametrize("name", UNHELD + HELD)
def test_same_type_object_as_numpy(name):
    assert getattr(_types, name) is getattr(np, name)
    assert name in _types.__all__


def test_every_numpy_scalar_type_is_exported():
    """Every scalar type NumPy exports is exported too."""
    numpy_types = {
        n for n in dir(np) if isinstance(getattr(np, n), type) and issubclass(getattr(np, n), np.generic)
    }
    assert sorted(numpy_types - set(_types.__all__)) == []


def test_numpy1_string_names_of_tensorflows_page():
    """tf.experimental.numpy exports NumPy 1's string_/unicode_: NumPy 2's bytes_/str_."""
    assert (_types.string_, _types.unicode_) == (np.bytes_, np.str_)


def test_extended_precision_names_are_longdouble():
    """float128/complex256 are NumPy's objects here; where NumPy lacks them they are longdouble/clongdouble."""
    assert _types.float128 is getattr(np, "float128", np.longdouble)
    assert _types.complex256 is getattr(np, "complex256", np.clongdouble)


@pytest.mark.parametrize(
    ("obj", "t"),
    [
        (np.str_("a"), "character"), (np.bytes_(b"a"), "flexible"), (np.datetime64(1, "s"), "generic"),
        (np.timedelta64(1, "s"), "signedinteger"), (np.longdouble(1), "floating"), (np.clongdouble(1), "inexact"),
        (np.void(b"a"), "flexible"), (np.str_("a"), "str_"),
    ],
)  # fmt: skip
def test_isinstance_and_issubdtype_read_as_in_numpy(obj, t):
    assert isinstance(obj, getattr(_types, t)) == isinstance(obj, getattr(np, t))
    assert np.issubdtype(type(obj), getattr(_types, t)) == np.issubdtype(type(obj), getattr(np, t))


@pytest.mark.parametrize(
    "name", ["bytes_", "str_", "void", "object_", "longdouble", "clongdouble", "datetime64", "timedelta64",
             "float128", "complex256"]
)  # fmt: skip
def test_arrays_of_unheld_dtypes_raise_typeerror_naming_the_dtype(name):
    import tnp_core

    t = getattr(_types, name)
    np.zeros(2, t)  # NumPy makes the array; tnp cannot hold it
    for call in (
        lambda: tnp_core.asarray(np.zeros(2, t)),
        lambda: tnp_core.zeros(2, dtype=t),
        lambda: tnp_core.asarray([1, 0], dtype=t),
    ):
        d = np.dtype(t)
        with pytest.raises(TypeError) as info:
            call()
        msg = str(info.value)
        assert repr(d).rstrip("')") in msg or (d.kind == "O" and "object" in msg), msg


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("U3", np.character),
        ("S2", np.flexible),
        (float, np.floating),
        ("float32", "float64"),
        (np.int8, "i1"),
    ],
)
def test_issubdtype_reads_numpys_dtype_likes(a, b):
    assert tnp_core.issubdtype(a, b) == np.issubdtype(a, b)
