"""Odd argument values against NumPy: NumPy integer scalars (uint64 beyond int64), huge Python ints, non-finite
floats and complex values as the repetitions of `tile`, the values of `place`, the `period` of `unwrap`, the `beta`
of `kaiser`, and inf/nan in `convolve`/`correlate`. Each call gives NumPy's result, or NumPy's exception type
(and, where tnp reproduces it, NumPy's message)."""

from __future__ import annotations

import math
import types
import warnings

import numpy as np
import pytest
import tnp_core
import tnp_math
from tnp_core.testing import assert_same, check

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(tnp_math, n) for n in tnp_math.__all__ if hasattr(tnp_math, n)},
    }
)

U = np.uint64
BIG = U(2**64 - 1)  # -1 as NumPy's intp
HALF = U(2**63)  # the most negative intp


def _run(fn, xp, *args):
    """`fn(xp, *args)` with NumPy's and TensorFlow's warnings silenced: (result, None) or (None, exception)."""
    targs = [tnp_core.asarray(a) if xp is XP and isinstance(a, np.ndarray) else a for a in args]
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            return fn(xp, *targs), None
        except Exception as exc:  # noqa: BLE001
            return None, exc


def same(fn, *args, message=False):
    """tnp gives NumPy's result, or raises NumPy's exception type (and message, if `message`)."""
    expected, err = _run(fn, np, *args)
    got, mine = _run(fn, XP, *args)
    if err is None:
        assert mine is None, f"NumPy returned {expected!r}; tnp raised {type(mine).__name__}: {mine}"
        assert_same(got, expected)
        return
    assert mine is not None, f"NumPy raised {type(err).__name__}: {err}; tnp returned {got!r}"
    assert isinstance(mine, type(err)), (
        f"tnp raised {type(mine).__name__}: {mine}; NumPy {type(err).__name__}: {err}"
    )
    if message:
        assert str(mine) == str(err)


# --- tile ----------------------------------------------------------------------------------------------------

TILE_ARRAYS = {
    "1d": np.array([1, 2]),
    "0d": np.array(5.0),
    "2x3": np.ones((2, 3), np.int8),
    "2x2": np.ones((2, 2)),
    "empty": np.zeros(0),
    "empty0x3": np.zeros((0, 3)),
    "empty3x0": np.zeros((3, 0)),
}
TILE_REPS = {
    "uint64 3": U(3),
    "(2, uint64 3)": (2, U(3)),
    "uint64 max": BIG,
    "(uint64 max,)": (BIG,),
    "uint64 2**63": (HALF,),
    "uint64 2**63-1": U(2**63 - 1),
    "uint64 2**62": (U(2**62),),
    "(1, 1, uint64 max)": (U(1), U(1), BIG),
    "(uint64 max, uint64 max)": (BIG, BIG),
    "(uint64 2**63, 2)": (HALF, 2),
    "(1, uint64 2**63)": (1, HALF),
    "uint64 array": np.array([BIG, 1], U),
    "0-d uint64 array": np.array(3, U),
    "python 2**63": 2**63,
    "python 2**64": 2**64,
    "python -2**63-1": -(2**63) - 1,
    "(2**62, -1)": (2**62, -1),
    "uint8 wraps": U(200).astype(np.uint8),
    "int8 wraps negative": np.int8(100),
    "uint32 max": (np.uint32(2**32 - 1),),
    "int64 -1": np.int64(-1),
    "float64 inf": np.float64(math.inf),
    "float64 nan": np.float64(math.nan),
    "float 1e30": 1e30,
    "float inf": math.inf,
    "1.0": 1.0,
    "(2, 1.0)": (2, 1.0),
    "0-d float array": np.array(2.5),
    "str": "ab",
    "nested list": [[1, 2], [3]],
    "([3], 2)": ([3], 2),
    "([-1],)": ([-1],),
    "None": None,
}


@pytest.mark.parametrize("reps", TILE_REPS, ids=str)
@pytest.mark.parametrize("a", TILE_ARRAYS, ids=str)
def test_tile_repetitions(a, reps):
    same(lambda xp, x: xp.tile(x, TILE_REPS[reps]), TILE_ARRAYS[a])


@pytest.mark.parametrize(
    "a, reps",
    [
        (np.array([1, 2]), BIG),
        (np.array(5.0), (HALF,)),
        (np.array([1, 2]), U(2**63 - 1)),
        (np.zeros((0, 3)), BIG),
        (np.array([1, 2]), np.uint8(200)),
        (np.array([1, 2]), np.array(3, U)),
    ],
)
def test_tile_messages(a, reps):
    same(lambda xp, x: xp.tile(x, reps), a, message=True)


@pytest.mark.parametrize("reps", [U(3), (2, U(1)), (np.int8(2), 1, np.uint32(2)), np.array([2, 1], U)])
def test_tile_numpy_integer_counts_in_every_mode(reps):
    check(lambda xp, x: xp.tile(x, reps), np.arange(6.0).reshape(2, 3), xp=XP)


def test_tile_of_a_list_by_float_ones():
    same(lambda xp: xp.tile([1, 2], 1.0))  # NumPy's shortcut for all-ones takes only arrays
    same(lambda xp, x: xp.tile(x, 1.0), np.array([1, 2]))


# --- place ---------------------------------------------------------------------------------------------------

PLACE_VALUES = {
    "uint64 max": BIG,
    "uint64 2**63": HALF,
    "uint64 300": U(300),
    "[uint64 max]": [BIG],
    "(uint64 max, 1)": (BIG, 1),
    "uint64 array": np.array([BIG], U),
    "0-d uint64 array": np.array(BIG, U),
    "python 2**64": 2**64,
    "python 2**63": 2**63,
    "[2**63]": [2**63],
    "300": 300,
    "[300]": [300],
    "-1": -1,
    "int64 -1": np.int64(-1),
    "int64 array": np.array([-1]),
    "int8 array": np.array([-1], np.int8),
    "float array": np.array([1.5]),
    "float64 1e300": np.float64(1e300),
    "1e300": 1e300,
    "nan": math.nan,
    "[1.5]": [1.5],
    "1j": 1j,
    "[1j]": [1j],
}
PLACE_DTYPES = [
    np.int64,
    np.int32,
    np.int8,
    np.uint8,
    np.uint64,
    np.float64,
    np.float32,
    np.bool_,
    np.complex64,
]


def _place(xp, dtype, vals):
    a = xp.zeros(3, dtype)
    xp.place(a, xp.asarray([True, False, True]), vals)
    return a


@pytest.mark.parametrize("vals", PLACE_VALUES, ids=str)
@pytest.mark.parametrize("dtype", PLACE_DTYPES, ids=lambda d: np.dtype(d).name)
def test_place_values(dtype, vals):
    same(lambda xp: _place(xp, dtype, PLACE_VALUES[vals]))


@pytest.mark.parametrize("vals", ["[uint64 max]", "uint64 array", "0-d uint64 array", "[2**63]", "[300]"])
def test_place_messages(vals):
    same(lambda xp: _place(xp, np.int8, PLACE_VALUES[vals]), message=True)


# --- unwrap --------------------------------------------------------------------------------------------------

UNWRAP_P = {
    "f64": np.array([0.0, 3.0, 6.5, 0.5]),
    "i64": np.array([1, 2, 3, 4, 5, 6, 1, 2, 3]),
    "i8": np.array([1, 5, -3], np.int8),
    "u8": np.array([1, 200, 3], np.uint8),
    "u64": np.array([1, 2**64 - 1, 3], U),
    "bool": np.array([True, False, True]),
    "f32": np.array([0.5, 4.0], np.float32),
    "i64 huge": np.array([1, 2**62, -(2**62), 5]),
}
PERIODS = {
    "2**64": 2**64,
    "2**63": 2**63,
    "2**63-1": 2**63 - 1,
    "-2**63": -(2**63),
    "-2**63-1": -(2**63) - 1,
    "inf": math.inf,
    "-inf": -math.inf,
    "nan": math.nan,
    "uint64 max": BIG,
    "uint64 2**63": HALF,
    "uint64 5": U(5),
    "int64 min": np.int64(-(2**63)),
    "0": 0,
    "False": False,
    "True": True,
    "1e300": 1e300,
    "float32 2.5": np.float32(2.5),
    "0-d float": np.array(6.0),
    "list": [6],
    "int8 6": np.int8(6),
    "6": 6,
}


@pytest.mark.parametrize("discont", [None, 1])
@pytest.mark.parametrize("period", PERIODS, ids=str)
@pytest.mark.parametrize("p", UNWRAP_P, ids=str)
def test_unwrap_periods(p, period, discont):
    same(lambda xp, x: xp.unwrap(x, discont=discont, period=PERIODS[period]), UNWRAP_P[p])


@pytest.mark.parametrize("period", ["2**64", "2**63", "-2**63-1"])
@pytest.mark.parametrize("p", ["i64", "i8", "bool"])
def test_unwrap_overflow_messages(p, period):
    same(lambda xp, x: xp.unwrap(x, period=PERIODS[period]), UNWRAP_P[p], message=True)


@pytest.mark.parametrize("period", [U(5), BIG, 6, np.int8(6), 2 * math.pi])
def test_unwrap_in_every_mode(period):
    check(lambda xp, x: xp.unwrap(x, period=period), np.array([1, 200, 3, 90], np.uint8), xp=XP)
    check(lambda xp, x: xp.unwrap(x, period=period), np.array([0.0, 3.0, 6.5, 0.5]), xp=XP)


# --- kaiser --------------------------------------------------------------------------------------------------

KAISER_M = [4, 1, 0, -2, 4.5, 1 + 0j, 4 + 0j, 2j, np.complex128(4), math.nan, 2**64]
KAISER_BETA = [
    5.0,
    1j,
    2 + 0j,
    np.complex64(1 + 1j),
    np.complex128(0),
    np.array(1j),
    np.array([1j]),
    0,
    math.nan,
]


@pytest.mark.parametrize("beta", KAISER_BETA, ids=repr)
@pytest.mark.parametrize("m", KAISER_M, ids=repr)
def test_kaiser_complex(m, beta):
    same(lambda xp: xp.kaiser(m, beta))
    if isinstance(beta, np.ndarray):  # beta as a tnp array (the tensor path)
        same(lambda xp: xp.kaiser(m, xp.asarray(beta)))


@pytest.mark.parametrize("m, beta", [(4, 1j), (4 + 0j, 5.0), (0, 1j), (math.nan, 1j), (2**64, 1j)])
def test_kaiser_messages(m, beta):
    same(lambda xp: xp.kaiser(m, beta), message=True)


# --- convolve / correlate ------------------------------------------------------------------------------------

INF = math.inf
REAL_PAIRS = [
    (np.array([1.0, 2, 3]), np.array([INF, 1.0])),
    (np.array([1.0, 2, 3, 4]), np.array([1.0, INF, 1.0])),
    (np.array([INF, 2.0]), np.array([1.0, 2, 3, 4])),
    (np.array([1.0, 2]), np.array([math.nan])),
    (np.array([1.0, INF, 2.0]), np.array([0.0, 2.0])),
    (np.array([1.0, 2, 3]), np.array([-INF, 1.0], np.float32)),
]


@pytest.mark.parametrize("mode", ["full", "same", "valid"])
@pytest.mark.parametrize("pair", range(len(REAL_PAIRS)))
def test_real_non_finite_sums_only_overlaps(pair, mode):
    a, v = REAL_PAIRS[pair]
    with np.errstate(all="ignore"):
        check(lambda xp, x, y: xp.convolve(x, y, mode), a, v, xp=XP)
        check(lambda xp, x, y: xp.correlate(x, y, mode), a, v, xp=XP)


def _direct_full(a, v):
    """The full convolution as the direct sum of the overlapping products (what `numpy.einsum` would give)."""
    n, m = len(a), len(v)
    out = []
    for k in range(n + m - 1):
        terms = [a[i] * v[k - i] for i in range(max(0, k - m + 1), min(n, k + 1))]
        out.append(np.sum(np.array(terms)))
    return np.array(out)


def test_complex_infinity_is_the_direct_sum():
    """Documented difference: NumPy's complex dot is BLAS zdotu (nan+nanj on OpenBLAS); tnp sums the products."""
    a, v = np.array([1 + 0j, 2, 3]), np.array([complex(INF, 0), 1])
    with np.errstate(all="ignore"):
        expected = _direct_full(a, v)
        assert_same(XP.convolve(tnp_core.asarray(a), tnp_core.asarray(v)), expected)


@pytest.mark.parametrize("m", [2.0**63, 2**63, -(2.0**63), -1e19, 1e19, math.inf, np.nextafter(2.0**63, 0)])
@pytest.mark.parametrize("window", ["hamming", "hanning", "bartlett", "blackman", "kaiser"])
def test_window_lengths_at_the_intp_limits(window, m):
    """NumPy's arange length: exactly 2**63 wraps to an empty window, beyond +-2**63 is a ValueError."""
    args = (m, m) if window == "kaiser" else (m,)
    same(lambda xp: getattr(xp, window)(*args))


def test_kaiser_of_a_huge_negative_length():
    same(lambda xp: xp.kaiser(-(2**70), -(2**70)), message=True)


@pytest.mark.parametrize("a", [np.array([True, False, True]), np.array([1, 2])])
@pytest.mark.parametrize("reps", [(2**40, 2**40), 2**62, (2**40, 3)])
def test_tile_step_beyond_memory(a, reps):
    """NumPy's MemoryError comes from the first repeat step that does not fit (before any later step wraps)."""
    same(lambda xp, x: xp.tile(x, reps), a)


@pytest.mark.parametrize(
    "m", [2**62, 4 + 3j, 4 + 0j, complex(-1, 5), complex(2**62, 3), complex(4, 1e19), 1e19 + 0j]
)
def test_kaiser_complex_length(m):
    """NumPy's complex arange is as long as the shorter of the real and imaginary parts (its errors for both)."""
    same(lambda xp: xp.kaiser(m, 1 + 2j))
