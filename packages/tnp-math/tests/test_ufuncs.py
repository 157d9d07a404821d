"""Every ufunc of tnp-math against NumPy: result dtype for every input dtype, values, 0-d/empty shapes, modes."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import tnp_core
import tnp_math
from tnp_core.testing import check
from tnp_math._ufuncs import SPECS

DTYPES = ["bool", "int8", "uint8", "int16", "int32", "int64", "uint32", "uint64", "float16", "float32", "float64",
          "complex64", "complex128"]  # fmt: skip
SHAPES = [(), (0,), (7,), (2, 3)]
_DOMAIN = {  # inputs inside the real domain, so values compare (NaNs compare equal anyway)
    "arcsin": (-0.9, 0.9), "arccos": (-0.9, 0.9), "arctanh": (-0.9, 0.9), "arccosh": (1.1, 5.0),
    "log": (0.1, 5.0), "log2": (0.1, 5.0), "log10": (0.1, 5.0), "log1p": (-0.5, 5.0), "sqrt": (0.0, 9.0),
    "exp": (-5.0, 5.0), "exp2": (-5.0, 5.0), "expm1": (-5.0, 5.0), "sinh": (-3.0, 3.0), "cosh": (-3.0, 3.0),
    "tan": (-1.0, 1.0), "float_power": (0.5, 3.0), "reciprocal": (0.5, 3.0), "ldexp": (-3.0, 3.0),
}  # fmt: skip


def sample(name, shape, dtype, seed):
    rng = np.random.default_rng(seed)
    lo, hi = _DOMAIN.get(name, (-4.0, 4.0))
    x = rng.uniform(lo, hi, size=shape)
    if np.dtype(dtype).kind in "iu":
        x = np.round(x) if np.dtype(dtype).kind == "i" else np.abs(np.round(x))
        if name in ("reciprocal",):
            x = np.maximum(x, 1)
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.uniform(-1, 1, size=shape)
    return np.asarray(x).astype(dtype)


def _supported(name, nin, dtype):
    try:
        getattr(np, name).resolve_dtypes((np.dtype(dtype),) * nin + (None,))
        return True
    except TypeError:
        return False


CASES = [(s.name, s.nin, d) for s in SPECS for d in DTYPES]


@pytest.mark.parametrize("name,nin,dtype", CASES, ids=[f"{n}-{d}" for n, _, d in CASES])
def test_ufunc_matches_numpy(name, nin, dtype):
    if name == "ldexp":
        args = [sample(name, (2, 3), dtype, 1), np.arange(6).reshape(2, 3) - 3]
    else:
        args = [sample(name, (2, 3), dtype, i + 1) for i in range(nin)]
    fn = lambda xp, *a: getattr(xp, name)(*a)  # noqa: E731
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        if not _supported(name, nin, dtype) and name != "ldexp":
            check(fn, *args, modes=("eager",), xp=tnp_math)  # NumPy's TypeError
            return
        check(fn, *args, xp=tnp_math, rtol=_rtol(dtype, name))


def _rtol(dtype, name):
    kind = np.dtype(dtype)
    if kind in (np.dtype("float16"),):
        return 4e-3
    if kind in (np.dtype("float32"), np.dtype("complex64")):
        return 2e-5 if name not in ("tan", "arctanh", "cbrt", "exp2", "float_power") else 1e-4
    if kind.kind in "iub":
        return None  # integer loops resolve to float outputs or exact ints; tolerance by result dtype
    return 1e-12 if name not in ("cbrt", "logaddexp2", "exp2", "spacing") else 1e-9


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", ["sin", "isnan", "hypot", "floor", "signbit"])
def test_shapes_including_0d_and_empty(shape, name):
    nin = tnp_math._ufuncs.UFUNCS[name].nin
    args = [sample(name, shape, "float32", i) for i in range(nin)]
    check(lambda xp, *a: getattr(xp, name)(*a), *args, xp=tnp_math)


def test_hypot_does_not_overflow():
    check(
        lambda xp, a, b: xp.hypot(a, b),
        np.array([1e200, 3.0, np.inf]),
        np.array([1e200, 4.0, np.nan]),
        xp=tnp_math,
    )


def test_special_float_values():
    # no subnormals here: TensorFlow's CPU kernels flush them to zero (docs/design.md); see the sign test below
    x = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-300, -2.5, 2.5, 0.5, -0.5])
    for name in [
        "isnan",
        "isinf",
        "isfinite",
        "signbit",
        "sign",
        "floor",
        "ceil",
        "trunc",
        "rint",
        "spacing",
        "fabs",
    ]:
        with np.errstate(all="ignore"):
            check(lambda xp, a: getattr(xp, name)(a), x, xp=tnp_math)
    y = np.array([1.0, -1.0, np.nan, 2.0, np.nan, 0.0, 3.0, -3.0, 1.0, 1.0])
    for name in ["fmax", "fmin", "copysign", "heaviside", "nextafter", "logaddexp"]:
        with np.errstate(all="ignore"):
            check(lambda xp, a, b: getattr(xp, name)(a, b), x, y, xp=tnp_math)


def test_gcd_lcm_with_zeros_and_negatives():
    a = np.array([0, 12, -18, 7, 0, 100], np.int64)
    b = np.array([0, 8, 12, -21, 5, 75], np.int64)
    check(lambda xp, x, y: xp.gcd(x, y), a, b, xp=tnp_math)
    check(lambda xp, x, y: xp.lcm(x, y), a, b, xp=tnp_math)


def test_python_scalars_are_weak():
    x = np.arange(4, dtype=np.float32)
    check(lambda xp, a: xp.arctan2(a, 2.0), x, xp=tnp_math)
    check(lambda xp, a: xp.hypot(3, a), x, xp=tnp_math)


def test_out_and_where():
    import tnp_core

    x = np.linspace(0, 1, 6)
    out = tnp_core.zeros(6)
    r = tnp_math.sin(tnp_core.asarray(x), out=out, where=x > 0.5)
    assert r is out
    expected = np.zeros(6)
    np.sin(x, out=expected, where=x > 0.5)
    np.testing.assert_allclose(np.asarray(out), expected)


def test_sign_and_signbit_read_subnormals_from_the_bits():
    x = np.array([1e-310, -1e-310, 0.0, -0.0, np.nan])
    check(lambda xp, a: xp.sign(a), x, xp=tnp_math)
    check(lambda xp, a: xp.signbit(a), x, xp=tnp_math)


@pytest.mark.parametrize("name", ["sqrt", "exp", "floor", "isinf", "reciprocal", "sin"])
def test_one_frame_unary_ufunc(name: str) -> None:
    """Plain calls of math ufuncs backed by one TF op take tnp-core's one-frame path (`ufunc._call1`); NumPy's
    values and dtypes for every dtype (the ones outside the op's loop go through the general path)."""
    u = getattr(tnp_math, name)
    assert u._call1.__name__ == "method"
    for d in ["bool", "int8", "int32", "uint16", "int64", "float16", "float32", "float64", "complex64"]:
        x = np.array([1, 2, 4], dtype=d)  # no 0: NumPy's integer 1 // 0 is the C division's
        try:
            with np.errstate(all="ignore"):
                want = getattr(np, name)(x)
        except TypeError:
            with pytest.raises(TypeError):
                u(tnp_core.asarray(x))
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            got = u(tnp_core.asarray(x))
        assert got.dtype == want.dtype, d
        np.testing.assert_allclose(np.asarray(got), want, rtol=1e-3 if d == "float16" else 1e-6)
