"""Non-native byte order dtypes ('>i4' on a little-endian machine) vs NumPy: accepted wherever a dtype is, the
result is the native-order dtype (a tensor has no byte order; NumPy keeps '>i4') with NumPy's values."""

from __future__ import annotations

import numpy as np
import pytest
import tnp_core as tnp
from tnp_core._dtypes import as_np_dtype
from tnp_core.testing import MODES, assert_same, run

# every supported kind with more than one byte, in the byte order this machine does not use
SWAPPABLE = ["int16", "int32", "int64", "uint16", "uint32", "uint64", "float16", "float32", "float64"]
SWAPPABLE += ["complex64", "complex128"]


def swapped(name):
    return np.dtype(name).newbyteorder("S")


def values(d):
    """NumPy values of dtype `d` whose bytes are not palindromes (a missed swap changes them)."""
    v = np.array([1, 258, 3000, 7001], np.int64)
    if d.kind == "i":
        v = v * np.array([1, -1, 1, -1])
    if d.kind in "fc":
        v = v * 1.5
    if d.kind == "c":
        v = v + 0.25j * v[::-1]
    return v.astype(d)


def check_native(fn, *args, modes=MODES):
    """`fn(tnp, *args)` in every mode has NumPy's values and NumPy's dtype in native byte order."""
    expected = fn(np, *args)
    native = expected.dtype.newbyteorder("=")
    for mode in modes:
        got = run(lambda *a: fn(tnp, *a), args, mode)
        assert got.dtype == native, f"[{mode}] dtype {got.dtype} != {native}"
        assert_same(got, expected.astype(native))


@pytest.mark.parametrize("name", SWAPPABLE)
def test_as_np_dtype_gives_the_native_dtype(name):
    d = swapped(name)
    assert not d.isnative
    for arg in (d, d.str, d.str):  # twice: the cached answer too
        got = as_np_dtype(arg)
        assert got == d.newbyteorder("=") and got.isnative


@pytest.mark.parametrize("name", SWAPPABLE)
def test_asarray_of_a_swapped_numpy_array_keeps_its_values(name):
    a = values(swapped(name))
    assert a.dtype.byteorder != "="
    check_native(lambda xp: xp.asarray(a))
    check_native(lambda xp: xp.array(a))
    check_native(lambda xp: xp.asarray([a, a]))  # a nested sequence of arrays
    check_native(lambda xp, x: xp.asarray([x, a]), values(np.dtype(name)))  # mixed with a tnp array


@pytest.mark.parametrize("name", SWAPPABLE)
def test_swapped_dtype_arguments(name):
    d = swapped(name)
    check_native(lambda xp: xp.zeros(3, dtype=d))
    check_native(lambda xp: xp.ones((2, 2), dtype=d))
    check_native(lambda xp: xp.full(3, 7, dtype=d))
    check_native(lambda xp: xp.arange(5, dtype=d))
    check_native(lambda xp: xp.eye(3, dtype=d))
    check_native(lambda xp: xp.asarray([1, 2, 3], dtype=d))
    check_native(lambda xp: xp.asarray(values(np.dtype(name)), dtype=d))
    check_native(lambda xp: xp.asarray(values(d), dtype=name))  # swapped source, native dtype


@pytest.mark.parametrize("name", SWAPPABLE)
@pytest.mark.filterwarnings("ignore::numpy.exceptions.ComplexWarning")
def test_astype_to_a_swapped_dtype(name):
    d = swapped(name)
    src = values(np.dtype("float64" if d.kind != "u" else "uint32"))
    check_native(lambda xp, x: x.astype(d), src)
    check_native(lambda xp, x: xp.astype(x, d), src)
    check_native(lambda xp, x: x.astype(d, casting="unsafe", order="C"), src)
    check_native(lambda xp: xp.astype(values(d), name), modes=("eager",))  # NumPy array source, swapped


@pytest.mark.parametrize("name", ["int32", "float64", "complex64"])
def test_astype_casting_no_sees_byte_order(name):
    # as NumPy: a native array to its swapped dtype is an 'equiv' cast, not a 'no' one
    d, x = swapped(name), values(np.dtype(name))
    with pytest.raises(TypeError):
        x.astype(d, casting="no")
    with pytest.raises(TypeError, match="according to the rule 'no'"):
        tnp.asarray(x).astype(d, casting="no")
    check_native(lambda xp, x: x.astype(d, casting="equiv"), x, modes=("eager",))
    check_native(lambda xp, x: x.astype(name, casting="no"), x, modes=("eager",))


def test_finfo_iinfo_of_swapped_dtypes():
    for name in ("float16", "float32", "float64", "complex64", "complex128"):
        assert tnp.finfo(swapped(name)).eps == np.finfo(swapped(name)).eps
    for name in ("int16", "uint32", "int64"):
        assert tnp.iinfo(swapped(name)).max == np.iinfo(swapped(name)).max


def test_dtype_helpers_accept_swapped_dtypes():
    d = swapped("float32")
    assert tnp.isdtype(d, "real floating") == np.isdtype(d, "real floating")
    assert tnp.issubdtype(d, tnp.floating) == np.issubdtype(d, np.floating)
    assert tnp.result_type(d, np.int8) == np.result_type(d, np.int8).newbyteorder("=")


@pytest.mark.parametrize(
    "bad", [">U3", "<U3", ">S2", [("a", ">i4")], [("a", "<i4")], "V4", ">M8[s]", ">m8[s]", ">g"]
)
def test_unsupported_kinds_still_raise(bad):
    d = np.dtype(bad)
    with pytest.raises(TypeError, match="tnp does not support dtype"):
        as_np_dtype(d)
    with pytest.raises(TypeError, match="tnp does not support dtype"):
        tnp.zeros(2, dtype=d)
    with pytest.raises(TypeError):
        tnp.asarray(np.zeros(2, d))


@pytest.mark.parametrize("name", SWAPPABLE)
def test_byte_reading_functions_read_in_the_named_order(name):
    # frombuffer / view / getfield read bytes: a swapped dtype reads them in its order (a missed swap changes the
    # values); the result holds them in native order
    d = swapped(name)
    raw = values(np.dtype(name)).tobytes()
    expected = np.frombuffer(raw, dtype=d)
    got = tnp.frombuffer(raw, dtype=d)
    assert got.dtype == expected.dtype.newbyteorder("=")
    assert_same(got, expected.astype(expected.dtype.newbyteorder("=")))
    base = values(np.dtype(name))
    check_native(lambda xp, x: xp.asarray(x).view(d), base, modes=("eager", "function"))


@pytest.mark.parametrize("dt, offset", [(">i2", 0), (">i2", 2), (">u2", 1), ("<i2", 2), (">f4", 4)])
def test_getfield_setfield_with_a_swapped_dtype(dt, offset):
    a = np.arange(1, 5, dtype=np.int64) * 65793 * 3
    check_native(lambda xp, x: xp.asarray(x).getfield(dt, offset), a, modes=("eager", "function"))
    expected = a.copy()
    expected.setfield(7, dt, offset)
    got = tnp.asarray(a)
    got.setfield(7, dt, offset)
    assert_same(got, expected)


def test_ufunc_dtype_with_a_byte_order_raises_as_numpy():
    with pytest.raises(TypeError):
        np.add(np.ones(2), 1, dtype=">f8")
    with pytest.raises(TypeError, match="byte order"):
        tnp.add(tnp.ones(2), 1, dtype=">f8")
