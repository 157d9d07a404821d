"""packbits / unpackbits (tnp_math._bits) against NumPy, eager and inside tf.function."""

from __future__ import annotations

import types

import numpy as np
import pytest
import tnp_core
from hypothesis import assume, given, strategies as st
from tnp_core.testing import check
from tnp_math import _bits

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_bits, n) for n in _bits.__all__},
    }
)
EXHAUSTIVE = pytest.mark.exhaustive
SHAPES = [(), (0,), (5,), (9,), (2, 3), (2, 0, 3), (3, 10, 2)]


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    if np.dtype(dtype) == np.uint8:
        return rng.integers(0, 256, size=shape).astype(np.uint8)
    return rng.integers(-2, 3, size=shape).astype(dtype)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "dtype", ["bool", "int64", *(pytest.param(d, marks=EXHAUSTIVE) for d in ["int8", "uint8", "uint64"])]
)
@pytest.mark.parametrize("bitorder", ["big", "little"])
def test_packbits(shape, dtype, bitorder):
    a = sample(shape, dtype)
    for axis in [None, *range(-max(len(shape), 1), max(len(shape), 1))]:
        check(lambda xp, x: xp.packbits(x, axis=axis, bitorder=bitorder), a, xp=XP)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("count", [None, 3, 21, -5, *(pytest.param(c, marks=EXHAUSTIVE) for c in [0, 8, -1])])
def test_unpackbits(shape, count):
    a = sample(shape, "uint8")
    for axis in [None, *range(-max(len(shape), 1), max(len(shape), 1))]:
        n = a.size if axis is None or a.ndim == 0 else a.shape[axis]
        if n == 0 and count and count > 0:
            continue  # NumPy 2.4 returns uninitialized memory here: see test_unpackbits_count_on_empty_axis
        for bitorder in ("big", "little"):
            check(lambda xp, x: xp.unpackbits(x, axis=axis, count=count, bitorder=bitorder), a, xp=XP)


def test_unpackbits_count_on_empty_axis():
    """NumPy 2.4 fills these bits from uninitialized memory; its documented result is zero padding."""
    got = XP.unpackbits(np.zeros((2, 0), np.uint8), axis=1, count=3)
    expected = np.unpackbits(
        np.zeros((2, 1), np.uint8), axis=1, count=3
    )  # the same padding from one zero byte
    np.testing.assert_array_equal(np.asarray(got), expected)
    assert got.dtype == expected.dtype


@given(st.lists(st.integers(0, 255), max_size=20), st.integers(-30, 30), st.sampled_from(["big", "little"]))
def test_unpack_pack_roundtrip_hypothesis(values, count, bitorder):
    assume(values or count <= 0)  # NumPy 2.4 pads an empty input with uninitialized memory
    a = np.array(values, np.uint8)
    check(
        lambda xp, x: xp.packbits(xp.unpackbits(x, count=count, bitorder=bitorder), bitorder=bitorder),
        a,
        xp=XP,
        modes=("eager",),
    )


@pytest.mark.parametrize(
    "call",
    [
        lambda xp: xp.packbits(xp.asarray([1.0, 2.0])),
        lambda xp: xp.packbits(xp.asarray([1j])),
        lambda xp: xp.unpackbits(xp.asarray([1, 2], dtype=xp.int8)),
        lambda xp: xp.unpackbits(xp.asarray([1.0])),
        lambda xp: xp.unpackbits(xp.asarray([True])),
        lambda xp: xp.packbits(xp.asarray([1, 0]), bitorder="x"),
        lambda xp: xp.packbits(xp.asarray([1, 0]), bitorder="L"),
        lambda xp: xp.packbits(xp.asarray([1, 0]), bitorder=None),
        lambda xp: xp.packbits(xp.asarray([1, 0]), bitorder="bigx"),
        lambda xp: xp.packbits(xp.asarray([1, 0]), bitorder="l"),
        lambda xp: xp.unpackbits(xp.asarray([1], dtype=xp.uint8), bitorder="littlex"),
        lambda xp: xp.unpackbits(xp.asarray([1], dtype=xp.uint8), bitorder="l"),
        lambda xp: xp.unpackbits(xp.asarray([1], dtype=xp.uint8), bitorder="b"),
        lambda xp: xp.unpackbits(xp.asarray([1], dtype=xp.uint8), bitorder="B"),
        lambda xp: xp.packbits(xp.asarray([[1, 0]]), axis=2),
        lambda xp: xp.packbits(xp.asarray(1), axis=1),
        lambda xp: xp.packbits(xp.asarray(1), axis=-1),
        lambda xp: xp.packbits(xp.asarray([1, 0]), axis=1.0),
        lambda xp: xp.unpackbits(xp.asarray([1, 2], dtype=xp.uint8), count=-17),
        lambda xp: xp.unpackbits(xp.asarray([1, 2], dtype=xp.uint8), count=-16),
        lambda xp: xp.unpackbits(xp.asarray([1, 2], dtype=xp.uint8), count=2.0),
        lambda xp: xp.unpackbits(xp.asarray([1, 2], dtype=xp.uint8), count=True),
        lambda xp: xp.unpackbits(xp.asarray([1, 2], dtype=xp.uint8), count=np.int64(3)),
        lambda xp: xp.unpackbits(xp.asarray(7, dtype=xp.uint8), axis=0),
        lambda xp: xp.unpackbits(xp.asarray(7, dtype=xp.uint8), axis=1),
        lambda xp: xp.packbits([True, False, True]),
        lambda xp: xp.packbits([[300, -1]], axis=0),
    ],
)
def test_errors_and_edge_arguments(call):
    check(lambda xp: call(xp), xp=XP, modes=("eager",))
