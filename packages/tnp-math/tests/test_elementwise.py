"""The non-ufunc elementwise functions of tnp-math against NumPy."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import tnp_math
from tnp_core.testing import check

SPECIAL = np.array([0.0, -0.0, 1.5, -2.5, np.inf, -np.inf, np.nan, 1e300, -1e-300, 3.0])
DTYPES = [
    "bool",
    "int8",
    "uint8",
    "int32",
    "int64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]
SHAPES = [(), (0,), (4,), (2, 3)]


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-4, 4, size=shape)
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.uniform(-4, 4, size=shape)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(x).astype(dtype)


def run(fn, *args, **kw):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=tnp_math, **kw)


UNARY = ["fix", "nan_to_num", "angle", "isposinf", "isneginf", "iscomplex", "isreal", "sinc", "i0"]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", UNARY)
def test_unary_matches_numpy(name, dtype, shape):
    if name == "fix" and np.dtype(dtype).kind == "c":
        pytest.skip("numpy.fix rejects complex; covered by test_errors")
    run(lambda xp, a: getattr(xp, name)(a), sample(shape, dtype))


@pytest.mark.parametrize("name", ["fix", "nan_to_num", "angle", "isposinf", "isneginf", "sinc", "isreal"])
def test_special_values(name):
    run(lambda xp, a: getattr(xp, name)(a), SPECIAL)
    run(lambda xp, a: getattr(xp, name)(a), SPECIAL.astype(np.float32))


def test_nan_to_num_options_and_complex():
    run(lambda xp, a: xp.nan_to_num(a, nan=-1.0, posinf=9.0, neginf=-9.0), SPECIAL)
    z = SPECIAL + 1j * SPECIAL[::-1]
    run(lambda xp, a: xp.nan_to_num(a), z)


def test_angle_degrees():
    run(lambda xp, a: xp.angle(a, deg=True), sample((5,), "complex128"))


@pytest.mark.parametrize("name", ["isposinf", "isneginf", "i0"])
def test_errors(name):
    run(lambda xp, a: getattr(xp, name)(a), sample((3,), "complex128"), modes=("eager",))


def test_fix_of_complex_raises_like_numpy():
    run(lambda xp, a: xp.fix(a), sample((3,), "complex128"), modes=("eager",))


def test_is_obj_predicates():
    for d in DTYPES:
        a = sample((2,), d)
        assert tnp_math.iscomplexobj(a) == np.iscomplexobj(a)
        assert tnp_math.isrealobj(a) == np.isrealobj(a)


def test_real_if_close():
    a = np.array([1 + 1e-15j, 2 - 1e-15j])
    run(lambda xp, x: xp.real_if_close(x), a, modes=("eager",))
    b = np.array([1 + 1e-3j, 2.0])
    run(lambda xp, x: xp.real_if_close(x), b, modes=("eager",))


@pytest.mark.parametrize("shape", [(8,), (3, 7), (0,)])
def test_unwrap(shape):
    rng = np.random.default_rng(1)
    p = np.cumsum(rng.uniform(-3, 3, size=shape), axis=-1) if shape != (0,) else np.zeros(0)
    run(lambda xp, a: xp.unwrap(a), p)
    run(lambda xp, a: xp.unwrap(a, period=4.0), p)
    run(lambda xp, a: xp.unwrap(a, discont=1.0, axis=0), p)


UNWRAP_PERIODS = [6, 5, 1, 2 * np.pi, 6.0, np.int64(6), np.float32(3.0)]


@pytest.mark.parametrize("period", UNWRAP_PERIODS, ids=repr)
@pytest.mark.parametrize(
    "dtype", ["bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64"]
)
def test_unwrap_dtypes(dtype, period):
    """The result dtype is result_type(p, period): integer input with an integer period stays integer (NumPy's
    integer arithmetic wraps; a uint input with a Python int period raises OverflowError)."""
    p = np.array([0, 5, 10, 1, 100, -100, 7, 3, 3, 9]).astype(dtype)
    run(lambda xp, a: xp.unwrap(a, period=period), p)
    run(lambda xp, a: xp.unwrap(a, period=period, discont=4.5), p)
    run(lambda xp, a: xp.unwrap(a.reshape(2, 5), period=period, axis=0), p)


def test_unwrap_errors():
    run(lambda xp, a: xp.unwrap(a), np.array(1.0))
    run(lambda xp, a: xp.unwrap(a), np.array([1j, 2.0]))
    run(lambda xp, a: xp.unwrap(a, axis=2), np.ones((2, 3)))


CLOSE_A = np.array([1.0, 1.0 + 1e-9, np.nan, np.inf, -np.inf, 0.0, 1e-8])
CLOSE_B = np.array([1.0, 1.0, np.nan, np.inf, np.inf, 1e-9, 0.0])


def test_isclose_family():
    run(lambda xp, a, b: xp.isclose(a, b), CLOSE_A, CLOSE_B)
    run(lambda xp, a, b: xp.isclose(a, b, equal_nan=True, rtol=0, atol=1e-9), CLOSE_A, CLOSE_B)
    run(lambda xp, a, b: xp.isclose(a, b), np.arange(4), np.arange(4.0) + 1e-6)
    for x, y in [(CLOSE_A, CLOSE_B), (CLOSE_A[:2], CLOSE_B[:2]), (np.arange(3), np.arange(3.0))]:
        assert tnp_math.allclose(x, y) == np.allclose(x, y)
        assert tnp_math.allclose(x, y, equal_nan=True) == np.allclose(x, y, equal_nan=True)
        assert tnp_math.array_equal(x, y) == np.array_equal(x, y)
        assert tnp_math.array_equal(x, y, equal_nan=True) == np.array_equal(x, y, equal_nan=True)
        assert tnp_math.array_equiv(x, y) == np.array_equiv(x, y)
    assert tnp_math.array_equal(np.ones(3), np.ones(4)) is False
    assert tnp_math.array_equiv(np.ones((2, 3)), np.ones(3)) is True
    assert tnp_math.array_equiv(np.ones((2, 3)), np.ones(2)) is False
