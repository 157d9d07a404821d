"""tnp.fft (tnp_math.fft) against numpy.fft: values, dtypes, shapes, parameters and errors, eager and traced."""

from __future__ import annotations

import inspect
import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from numpy.exceptions import AxisError
from tnp_core.testing import check
from tnp_math import fft

XP = types.SimpleNamespace(**{n: getattr(tnp_core, n) for n in tnp_core.__all__}, fft=fft)
STATIC = ("eager", "function")
ONE_D = ["fft", "ifft", "rfft", "irfft", "hfft", "ihfft"]
N_D = ["fft2", "ifft2", "fftn", "ifftn", "rfft2", "irfft2", "rfftn", "irfftn"]
REAL_INPUT = {"rfft", "ihfft", "rfft2", "rfftn"}  # NumPy raises TypeError for complex input
DTYPES = ["float16", "float32", "float64", "complex64", "complex128", "int64", "bool"]


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-2, 2, size=shape)
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.uniform(-2, 2, size=shape)
    if np.dtype(dtype).kind == "b":
        return x > 0
    return np.asarray(x).astype(dtype)


def run(fn, *args, modes=STATIC, **tol):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=XP, modes=modes, **tol)


def _tolerance(dtype):
    """Single-precision FFTs agree with NumPy to float32 rounding of the largest terms (they grow with n)."""
    return {"rtol": 1e-4, "atol": 1e-4} if np.dtype(dtype) in (np.float16, np.float32, np.complex64) else {}


def test_names_are_numpys():
    ours = set(fft.__all__)
    assert ours == set(np.fft.__all__)


@pytest.mark.parametrize("name", fft.__all__)
def test_signature_matches_numpy(name):
    def params(f):
        return [(p.name, p.kind, p.default) for p in inspect.signature(f).parameters.values()]

    assert params(getattr(fft, name)) == params(getattr(np.fft, name))


@pytest.mark.parametrize("name", fft.__all__)
def test_every_function_has_an_example(name):
    assert ">>>" in (getattr(fft, name).__doc__ or "")


def test_meta_package_exposes_it():
    import tnp

    assert tnp.fft is fft and "fft" in tnp.__all__
    assert set(fft.__all__) & set(tnp.__all__) == {"fft"}  # the functions are not in the main namespace


# ---- 1-D transforms -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ONE_D)
def test_one_d_dtypes(name, dtype):
    run(lambda xp, a: getattr(xp.fft, name)(a), sample((3, 6), dtype), **_tolerance(dtype))


ONE_D_PARAMS = [
    {},
    {"n": 5},
    {"n": 8},
    {"n": 1},
    {"axis": 0},
    {"axis": 1, "n": 3},
    {"norm": "ortho"},
    {"norm": "forward", "n": 7},
    {"norm": "backward", "axis": -3},
    {"norm": None, "axis": 0, "n": 6},
]


@pytest.mark.parametrize("kw", ONE_D_PARAMS, ids=str)
@pytest.mark.parametrize("name", ONE_D)
def test_one_d_parameters(name, kw):
    dtype = "float64" if name in REAL_INPUT else "complex128"
    run(lambda xp, a: getattr(xp.fft, name)(a, **kw), sample((2, 4, 5), dtype))


@pytest.mark.parametrize("norm", ["ortho", "forward", "backward"])
@pytest.mark.parametrize("name", ONE_D)
def test_half_precision_scaling(name, norm):
    """NumPy scales a float16 input's transform by a factor rounded to float16: so does tnp."""
    run(
        lambda xp, a: getattr(xp.fft, name)(a, n=7, norm=norm),
        sample((2, 6), "float16"),
        **_tolerance("float16"),
    )


@pytest.mark.parametrize("name", ONE_D)
@pytest.mark.parametrize(("shape", "kw"), [((7,), {}), ((1,), {"n": 4}), ((0, 4), {}), ((4, 0), {"axis": 0})])
def test_one_d_shapes(name, shape, kw):
    dtype = "float32" if name in REAL_INPUT else "complex64"
    run(lambda xp, a: getattr(xp.fft, name)(a, **kw), sample(shape, dtype), **_tolerance(dtype))


@pytest.mark.parametrize("name", ONE_D)
def test_one_d_unknown_batch_dims_with_n(name):
    """Inside tf.function with unknown dims the length comes from `n` (the axis is padded or cropped to it)."""
    dtype = "float64" if name in REAL_INPUT else "complex128"
    for n in (3, 6, 10):
        run(
            lambda xp, a: getattr(xp.fft, name)(a, n=n),
            sample((2, 6), dtype),
            modes=("function_unknown_shape",),
        )


def test_unknown_length_without_n_raises():
    f = tf.function(lambda t: fft.fft(t), input_signature=[tf.TensorSpec([None], tf.complex128)])
    with pytest.raises(ValueError, match="pass n="):
        f.get_concrete_function()


def test_irfft_ignores_the_imaginary_parts_numpy_ignores():
    a = sample((9,), "complex128", seed=3)
    for n in (16, 17, 4, 5):
        run(lambda xp, a: xp.fft.irfft(a, n=n), a)


def test_round_trips():
    x = sample((4, 6), "float64")
    np.testing.assert_allclose(np.asarray(fft.irfft(fft.rfft(x), n=6)), x, atol=1e-12)
    np.testing.assert_allclose(np.asarray(fft.ifftn(fft.fftn(x))).real, x, atol=1e-12)
    np.testing.assert_allclose(np.asarray(fft.hfft(fft.ihfft(x), n=6)), x, atol=1e-12)


# ---- n-D transforms -------------------------------------------------------------------------------------------

N_D_PARAMS = [
    {},
    {"axes": (0, 2)},
    {"axes": (2, 0)},
    {"s": (3, 4), "axes": (-2, -1)},
    {"s": (2, 5), "axes": (1, 0), "norm": "ortho"},
    {"s": (3, -1), "axes": (0, 1), "norm": "forward"},
    {"axes": [-1], "norm": "backward"},
    {"axes": (1, 1)},
    {"s": (5, 2), "axes": (2, 1), "norm": "ortho"},
    {"s": (1, 3, 5), "axes": (0, 1, 2), "norm": "forward"},
    {"s": (3, 4, 6), "axes": (-3, -2, -1)},
]


@pytest.mark.parametrize("kw", N_D_PARAMS, ids=str)
@pytest.mark.parametrize("name", N_D)
def test_n_d_parameters(name, kw):
    dtype = "float64" if name in REAL_INPUT else "complex128"
    run(lambda xp, a: getattr(xp.fft, name)(a, **kw), sample((2, 3, 4), dtype))


@pytest.mark.parametrize("name", N_D)
def test_n_d_unknown_dims_with_s(name):
    """Inside tf.function with unknown dims the lengths come from `s` (each axis padded or cropped to it)."""
    dtype = "float64" if name in REAL_INPUT else "complex128"
    for s in ((2, 3), (5, 6)):
        run(
            lambda xp, a: getattr(xp.fft, name)(a, s=s, axes=(-2, -1), norm="ortho"),
            sample((2, 3, 4), dtype),
            modes=("function_unknown_shape",),
        )


@pytest.mark.parametrize("norm", ["ortho", "forward", "backward"])
@pytest.mark.parametrize("axes", [(0, 1), (1, 0), (0, 2)])
@pytest.mark.parametrize("name", ["fftn", "ifftn", "rfftn", "irfftn"])
def test_n_d_half_precision_scaling(name, axes, norm):
    """NumPy's first 1-D step on a float16 input scales by a float16 factor, the later ones by float32 factors."""
    a = sample((3, 5, 4), "float16")
    run(
        lambda xp, a: getattr(xp.fft, name)(a, axes=axes, norm=norm),
        a,
        modes=("eager",),
        **_tolerance("float16"),
    )


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", N_D)
def test_n_d_dtypes(name, dtype):
    run(lambda xp, a: getattr(xp.fft, name)(a), sample((3, 4), dtype), **_tolerance(dtype))


@pytest.mark.parametrize("name", ["fftn", "ifftn", "rfftn", "irfftn"])
@pytest.mark.parametrize("shape", [(6,), (2, 3, 4), (0, 3), (2, 2, 2, 2)])
def test_n_d_shapes(name, shape):
    dtype = "float64" if name in REAL_INPUT else "complex128"
    run(lambda xp, a: getattr(xp.fft, name)(a), sample(shape, dtype))


def test_fftn_without_axes_returns_the_input():
    """NumPy's fftn of a 0-d array (or with axes=()) transforms nothing and keeps the dtype."""
    run(lambda xp, a: xp.fft.fftn(a), np.float64(2.5))
    run(lambda xp, a: xp.fft.ifftn(a, axes=()), sample((2, 3), "int64"))


@pytest.mark.parametrize("name", ["fftn", "rfftn", "irfftn"])
def test_s_without_axes_is_deprecated(name):
    a = sample((3, 4), "float64")
    with pytest.warns(DeprecationWarning, match="`axes` should not be `None`") as record:
        got = getattr(fft, name)(a, s=(3, 4))
    assert record[0].filename == __file__  # points at the caller
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = getattr(np.fft, name)(a, s=(3, 4))
    np.testing.assert_allclose(np.asarray(got), expected, atol=1e-12)
    with pytest.warns(DeprecationWarning, match="containing `None`"):
        got = getattr(fft, name)(a, s=(None, 4), axes=(0, 1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = getattr(np.fft, name)(a, s=(None, 4), axes=(0, 1))
    np.testing.assert_allclose(np.asarray(got), expected, atol=1e-12)


# ---- frequencies and shifts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["fftfreq", "rfftfreq"])
@pytest.mark.parametrize("n", [1, 2, 5, 8, np.int32(6)])
@pytest.mark.parametrize("d", [1.0, 0.25, 3, np.float32(2.0), 1j])
def test_frequencies(name, n, d):
    run(lambda xp: getattr(xp.fft, name)(n, d), modes=("eager",))


@pytest.mark.parametrize("name", ["fftfreq", "rfftfreq"])
@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "complex128"])
def test_frequencies_with_an_array_spacing(name, dtype):
    """A 0-d array `d` works eagerly and inside tf.function (where it is traced)."""
    run(lambda xp, d: getattr(xp.fft, name)(7, d), np.asarray(0.5 if dtype != "int64" else 2, dtype))


def test_frequencies_with_a_variable_spacing():
    expected = np.fft.fftfreq(6, 0.5)
    np.testing.assert_array_equal(np.asarray(fft.fftfreq(6, tf.Variable(0.5, dtype=tf.float64))), expected)


def test_frequencies_device():
    assert fft.fftfreq(4, device="cpu").device.endswith("CPU:0")


@pytest.mark.parametrize("name", ["fftshift", "ifftshift"])
@pytest.mark.parametrize(
    ("shape", "axes"),
    [((), None), ((5,), None), ((4,), 0), ((3, 4), None), ((3, 4), 1), ((3, 4), (1,)), ((2, 3, 5), (0, -1)),
     ((3, 4), (1, 1)), ((0, 3), None), ((3, 4), ())],
)  # fmt: skip
@pytest.mark.parametrize("dtype", ["bool", "complex128"])
def test_shifts(name, shape, axes, dtype):
    run(lambda xp, a: getattr(xp.fft, name)(a, axes=axes), sample(shape, dtype))


@pytest.mark.parametrize("name", ["fftshift", "ifftshift"])
def test_shifts_with_unknown_dims(name):
    run(
        lambda xp, a: getattr(xp.fft, name)(a, axes=(0, 1)),
        sample((3, 5), "float64"),
        modes=("function_unknown_shape",),
    )


# ---- out= -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kw"), [("fft", {}), ("rfft", {}), ("irfft", {}), ("fftn", {}), ("rfftn", {})]
)
def test_out(name, kw):
    a = sample((3, 4), "float64")
    expected = getattr(np.fft, name)(a, **kw)
    for dtype in (expected.dtype, np.complex64 if expected.dtype.kind == "c" else np.float32):
        out = tnp_core.zeros(expected.shape, dtype)
        got = getattr(fft, name)(a, **kw, out=out)
        assert got is out and out.dtype == dtype
        np.testing.assert_allclose(np.asarray(out), expected, rtol=1e-5, atol=1e-5)


def test_out_errors():
    a = sample((4,), "float64")
    for bad, error in [
        (tnp_core.zeros(5, "complex128"), ValueError),
        (tnp_core.zeros((1, 4), "complex128"), ValueError),
        (tnp_core.zeros(4, "float64"), TypeError),
        (tnp_core.zeros(4, "int64"), TypeError),
    ]:
        with pytest.raises(error):
            np.fft.fft(a, out=np.asarray(bad).copy())
        with pytest.raises(error):
            fft.fft(a, out=bad)
    with pytest.raises(TypeError, match="out="):
        fft.fft(a, out=[0, 0, 0, 0])


# ---- errors ---------------------------------------------------------------------------------------------------

ERRORS = [
    ("fft of a 0-d array", lambda xp: xp.fft.fft(np.float64(1.0))),
    ("rfft of a 0-d array", lambda xp: xp.fft.rfft(np.float64(1.0))),
    ("n=0", lambda xp: xp.fft.fft(np.ones(3), n=0)),
    ("n=-1", lambda xp: xp.fft.ifft(np.ones(3), n=-1)),
    ("n=0.5", lambda xp: xp.fft.rfft(np.ones(3), n=0.5)),
    ("n=2.0", lambda xp: xp.fft.fft(np.ones(3), n=2.0)),
    ("empty", lambda xp: xp.fft.fft(np.ones(0))),
    ("empty axis", lambda xp: xp.fft.rfft(np.ones((3, 0)))),
    ("irfft of one term", lambda xp: xp.fft.irfft(np.ones(1))),
    ("irfft of nothing", lambda xp: xp.fft.irfft(np.ones(0))),
    ("hfft of one term", lambda xp: xp.fft.hfft(np.ones(1))),
    ("axis out of range", lambda xp: xp.fft.fft(np.ones(3), axis=1)),
    ("negative axis out of range", lambda xp: xp.fft.ihfft(np.ones((2, 3)), axis=-3)),
    ("float axis", lambda xp: xp.fft.fft(np.ones(3), axis=1.0)),
    ("bad norm", lambda xp: xp.fft.fft(np.ones(3), norm="bad")),
    ("bad norm, inverse", lambda xp: xp.fft.irfft(np.ones(3), norm="Ortho")),
    ("bad norm, hfft", lambda xp: xp.fft.hfft(np.ones(3), norm="x")),
    ("list norm", lambda xp: xp.fft.ifft(np.ones(3), norm=[1])),
    ("rfft of complex", lambda xp: xp.fft.rfft(np.ones(3, complex))),
    ("ihfft of complex", lambda xp: xp.fft.ihfft(np.ones(3, complex))),
    ("rfftn of complex", lambda xp: xp.fft.rfftn(np.ones((2, 3), complex))),
    ("fft2 of 1-D", lambda xp: xp.fft.fft2(np.ones(3))),
    ("s and axes lengths", lambda xp: xp.fft.fftn(np.ones((2, 2)), s=(2,), axes=(0, 1))),
    ("s too long", lambda xp: xp.fft.fftn(np.ones((2, 2)), s=(3, 3, 3))),
    ("s of 0", lambda xp: xp.fft.ifftn(np.ones((2, 2)), s=(0, 2), axes=(0, 1))),
    ("s not a sequence", lambda xp: xp.fft.fftn(np.ones((2, 2)), s=3, axes=(0,))),
    ("axes not a sequence", lambda xp: xp.fft.fftn(np.ones((2, 2)), axes=0)),
    ("axes out of range", lambda xp: xp.fft.rfft2(np.ones((2, 2)), axes=(0, 2))),
    ("rfftn with no axes", lambda xp: xp.fft.rfftn(np.ones(3), axes=())),
    ("irfftn with no axes", lambda xp: xp.fft.irfftn(np.ones(3), axes=())),
    ("irfftn of a 0-d array", lambda xp: xp.fft.irfftn(np.float64(1.0))),
    ("fftfreq of 0", lambda xp: xp.fft.fftfreq(0)),
    ("fftfreq with d=0", lambda xp: xp.fft.fftfreq(4, 0)),
    ("rfftfreq of 0", lambda xp: xp.fft.rfftfreq(0)),
    ("fftfreq of a float", lambda xp: xp.fft.fftfreq(4.0)),
    ("rfftfreq of a float", lambda xp: xp.fft.rfftfreq(4.0)),
    ("fftfreq of a negative", lambda xp: xp.fft.fftfreq(-3)),
    ("fftfreq of a bool", lambda xp: xp.fft.fftfreq(True)),
    ("fftshift axis out of range", lambda xp: xp.fft.fftshift(np.ones((2, 3)), axes=5)),
    ("ifftshift float axes", lambda xp: xp.fft.ifftshift(np.ones((2, 3)), axes=1.0)),
    ("strings", lambda xp: xp.fft.fft(np.array(["a", "b"]))),
]


@pytest.mark.parametrize("call", [c for _, c in ERRORS], ids=[i for i, _ in ERRORS])
def test_errors(call):
    with warnings.catch_warnings(), pytest.raises(Exception) as expected:
        warnings.simplefilter("ignore")
        call(np)
    with warnings.catch_warnings(), pytest.raises(Exception) as got:
        warnings.simplefilter("ignore")
        call(XP)
    assert isinstance(got.value, type(expected.value)) or (
        type(expected.value).__name__ == "DTypePromotionError" and isinstance(got.value, TypeError)
    ), f"tnp raised {got.type.__name__}: {got.value}; NumPy raised {expected.type.__name__}: {expected.value}"
    assert not isinstance(got.value, tf.errors.OpError)


def test_messages():
    with pytest.raises(ValueError, match=r"Invalid number of FFT data points \(0\) specified"):
        fft.fft(np.ones(3), n=0)
    with pytest.raises(ValueError, match="Invalid norm value bad"):
        fft.fft(np.ones(3), norm="bad")
    with pytest.raises(ValueError, match="Shape and axes have different lengths"):
        fft.fftn(np.ones((2, 2)), s=(2,), axes=(0, 1))
    with pytest.raises(AxisError):
        fft.fft(np.ones(3), axis=1)
    with pytest.raises(ValueError, match="n should be an integer"):
        fft.fftfreq(2.0)


# ---- gradients ------------------------------------------------------------------------------------------------


def test_gradient_smoke():
    """d/dx sum(|rfft(x)|^2) = 2 * (N * x ...): checked against NumPy's value of the same Parseval identity."""
    x0 = sample((8,), "float64")
    x = tf.Variable(x0)
    with tf.GradientTape() as tape:
        y = tnp_core.sum(tnp_core.abs(fft.fft(x)) ** 2)  # Parseval: sum |X|^2 = N sum x^2
    g = tape.gradient(y._t, x)
    np.testing.assert_allclose(g.numpy(), 2 * 8 * x0, rtol=1e-10)


@pytest.mark.parametrize("n", [2**64, 2**63, 2**62, 2**40])
def test_fftfreq_impossible_lengths_raise_as_numpy(n):
    with pytest.raises(Exception) as expected:
        np.fft.fftfreq(n)
    with pytest.raises(type(expected.value)):
        fft.fftfreq(n)


def test_a_multi_element_length_raises_as_numpy():
    for n in (np.array([2, 2]), tnp_core.asarray([2.0, 2.0])):
        with pytest.raises(ValueError, match="truth value"):
            np.fft.fft(np.ones(4), n=np.asarray(n))
        with pytest.raises(ValueError, match="truth value"):
            fft.fft(tnp_core.ones(4), n=n)
