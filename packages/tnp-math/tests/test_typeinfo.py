"""Type helpers, memory questions, error-state settings, configuration info and vectorize (tnp_math._typeinfo)."""

from __future__ import annotations

import inspect
import math
import types

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from tnp_core.extending import wrap
from tnp_core.testing import assert_same, check
from tnp_math import _typeinfo

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_typeinfo, n) for n in _typeinfo.__all__},
    }
)
CONSTANTS = ["False_", "ScalarType", "True_", "sctypeDict", "typecodes"]
DTYPES = ["bool", "int8", "uint32", "int64", "float16", "float32", "float64", "complex64", "complex128"]


@pytest.mark.parametrize("name", sorted(set(_typeinfo.__all__) - set(CONSTANTS)))
def test_signature_is_numpys(name):
    ours, theirs = inspect.signature(getattr(_typeinfo, name)), inspect.signature(getattr(np, name))
    assert [(p.name, p.kind, p.default) for p in ours.parameters.values()] == [
        (p.name, p.kind, p.default) for p in theirs.parameters.values()
    ]


@pytest.mark.parametrize("name", CONSTANTS)
def test_constants_are_numpys(name):
    assert getattr(_typeinfo, name) is getattr(np, name)


# ---- types ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("d1", DTYPES)
@pytest.mark.parametrize("d2", [None, "int16", "float32", "complex64", "float64"])
def test_common_type(d1, d2):
    arrays = [np.zeros(2, d1)] + ([] if d2 is None else [np.ones((), d2)])
    check(
        lambda xp, *a: xp.common_type(*a), *arrays, xp=XP, modes=("eager",)
    )  # also NumPy's TypeError for bool
    if any(a.dtype == bool for a in arrays):
        return
    expected = np.common_type(*arrays)
    assert XP.common_type(*(tnp_core.asarray(a) for a in arrays)) is expected
    seen = []

    @tf.function(input_signature=[tf.TensorSpec(None, tf.as_dtype(a.dtype)) for a in arrays], autograph=False)
    def traced(*ts):  # only dtypes are read: works on traced tensors of unknown shape
        seen.append(XP.common_type(*(wrap(t) for t in ts)))
        return ts[0]

    traced(*arrays)
    assert seen == [expected]


def test_common_type_of_no_arrays_and_of_bfloat16():
    check(lambda xp: xp.common_type(), xp=XP, modes=("eager",))
    assert (
        XP.common_type(tnp_core.ones(2, tnp_core.bfloat16)) is np.float32
    )  # documented: bfloat16 -> float32
    check(lambda xp: xp.common_type([1, 2]), xp=XP)  # NumPy's AttributeError for a list


@pytest.mark.parametrize(
    "args", [(["d", "f"],), ("fF",), ("ig",), ("",), (["f"], "GDFgdf", "x"), ("bI", "dD", "D"), ("F", "fd")]
)
def test_mintypecode(args):
    assert XP.mintypecode(*args) == np.mintypecode(*args)


@pytest.mark.parametrize("char", ["d", "f", "S1", "?", "b", "O", "D", "u"])
def test_typename(char):
    check(lambda xp: xp.typename(char), xp=XP, modes=("eager",))


@pytest.mark.parametrize(
    "value",
    [1, 1.5, 1j, True, "a", b"a", np.float32(1), np.int8(1), None, [1], (1,), np.array(1), np.array([1, 2]),
     np.zeros((2, 0)), range(3), np.array(1.5)[()]],
)  # fmt: skip
def test_isscalar_and_iterable(value):
    def convert(v):
        return tnp_core.asarray(v) if isinstance(v, np.ndarray) else v

    assert XP.isscalar(convert(value)) is np.isscalar(value)
    assert XP.iterable(convert(value)) is np.iterable(value)


def test_isscalar_and_iterable_of_traced_and_tf_values():
    assert XP.isscalar(tf.constant(1.0)) is np.isscalar(np.array(1.0))
    assert XP.iterable(tnp_core.asarray(1.0)) is False

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)], autograph=False)
    def fn(t):
        assert XP.isscalar(wrap(t)) is False
        return t

    fn(tf.ones(3))


@pytest.mark.parametrize("shape", [(), (0,), (3,), (2, 3)])
def test_isfortran(shape):
    a = np.zeros(shape)
    for make in (np.ascontiguousarray, np.asfortranarray):
        # a tnp array is a copy in row-major order: NumPy's answer for a C-ordered copy
        assert XP.isfortran(tnp_core.asarray(make(a))) is np.isfortran(np.ascontiguousarray(make(a)))
        assert XP.isfortran(tnp_core.asfortranarray(a)) is np.isfortran(np.ascontiguousarray(make(a)))
        assert XP.isfortran(make(a)) is np.isfortran(make(a))  # NumPy arrays: NumPy's answer
    check(lambda xp: xp.isfortran([1, 2]), xp=XP)  # NumPy's AttributeError for a list


@pytest.mark.parametrize("fn", ["shares_memory", "may_share_memory"])
def test_memory_questions_answer_as_numpy_for_copies(fn):
    a = np.arange(6.0).reshape(2, 3)
    x = tnp_core.asarray(a)
    np_fn, ours = getattr(np, fn), getattr(XP, fn)
    for got_args, copies in [
        ((x, x), (a, a.copy())),
        ((x, x[1:]), (a, a[1:].copy())),
        ((x, x.T), (a, a.T.copy())),
        ((x, a), (a.copy(), a)),
        ((x, 1.0), (a, 1.0)),
    ]:
        assert ours(*got_args) is np_fn(*copies)
        assert ours(*got_args, max_work=None) is np_fn(*copies, max_work=None)
    assert ours(a, a[1:]) is np_fn(a, a[1:]) is True  # NumPy arrays: NumPy's answer
    assert ours(a, a.copy()) is np_fn(a, a.copy()) is False


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(), (0,), (4,), (2, 3)])
def test_asarray_chkfinite(dtype, shape):
    a = np.arange(math.prod(shape)).reshape(shape).astype(dtype)
    check(lambda xp, x: xp.asarray_chkfinite(x), a, xp=XP)
    check(lambda xp: xp.asarray_chkfinite(a.tolist(), dtype=dtype), xp=XP, modes=("eager",))
    if a.size and np.dtype(dtype).kind in "fc":
        for bad in (np.nan, np.inf, -np.inf):
            b = a.copy()
            b.flat[-1] = bad
            check(lambda xp, x: xp.asarray_chkfinite(x), b, xp=XP)


def test_asarray_chkfinite_asserts_inside_tf_function():
    fn = tf.function(lambda t: XP.asarray_chkfinite(wrap(t))._t, autograph=False)
    np.testing.assert_array_equal(fn(tf.constant([1.0, 2.0])), [1.0, 2.0])
    with pytest.raises(tf.errors.InvalidArgumentError, match="infs or NaNs"):
        fn(tf.constant([1.0, np.nan]))
    check(lambda xp: xp.asarray_chkfinite([1.0], order="X"), xp=XP, modes=("eager",))


# ---- error state --------------------------------------------------------------------------------------------------
def test_error_state_is_numpys():
    saved = np.geterr()
    try:
        old = XP.seterr(all="ignore")
        assert old == saved
        assert XP.geterr() == np.geterr() == {k: "ignore" for k in saved}
        XP.seterr(divide="raise", over=None)
        assert np.geterr()["divide"] == "raise"
        with XP.errstate(divide="warn", invalid="raise"):
            assert XP.geterr() == {**np.geterr(), "divide": "warn", "invalid": "raise"}
            with pytest.raises(FloatingPointError):
                np.array(0.0) / np.array(0.0)
            assert float(tnp_core.divide(tnp_core.asarray(0.0), 0.0)) != 0  # NaN, no error: TensorFlow
        with pytest.raises(ValueError):
            XP.seterr(all="nope")
        check(lambda xp: xp.seterr(all="nope"), xp=XP, modes=("eager",))
    finally:
        np.seterr(**saved)

    @XP.errstate(all="ignore")
    def quiet():
        return np.geterr()

    assert quiet() == {k: "ignore" for k in saved}
    assert np.geterr() == saved


def test_error_callback_is_numpys():
    calls = []
    saved = np.geterrcall()
    try:
        assert XP.seterrcall(lambda *a: calls.append(a)) is saved
        assert XP.geterrcall() is np.geterrcall()
        with XP.errstate(divide="call"):
            np.array(1.0) / np.array(0.0)
        assert len(calls) == 1
        check(lambda xp: xp.seterrcall(3), xp=XP, modes=("eager",))
    finally:
        np.seterrcall(saved)


# ---- configuration ------------------------------------------------------------------------------------------------
def test_show_config(capsys):
    info = XP.show_config(mode="dicts")
    assert info["NumPy"] == {"version": np.__version__, **np.show_config(mode="dicts")}
    assert info["TensorFlow"]["version"] == tf.__version__
    assert info["tnp"]["tnp-math"] != "not installed"
    assert XP.show_config() is None
    out = capsys.readouterr().out
    assert tf.__version__ in out and np.__version__ in out
    check(lambda xp: xp.show_config(mode="yaml"), xp=XP, modes=("eager",))


def test_show_runtime(capsys):
    assert XP.show_runtime() is None
    out = capsys.readouterr().out
    assert tf.__version__ in out and np.__version__ in out


# ---- vectorize ----------------------------------------------------------------------------------------------------
def _larger(x, y):
    return x if x > y else y


def _poly(x, coeffs, scale=1.0):
    return scale * sum(c * x**i for i, c in enumerate(coeffs))


VECTORIZE = [
    ("larger", lambda v: v(_larger), [np.arange(5), np.array(2)]),
    ("larger_f", lambda v: v(_larger), [np.linspace(-1, 1, 6).reshape(2, 3), np.array([0.0, 0.5, -0.5])]),
    ("otypes", lambda v: v(_larger, otypes=[np.float32]), [np.arange(4), np.array(1)]),
    ("otypes_str", lambda v: v(lambda x: x * 2, otypes="d"), [np.arange(4, dtype=np.int8)]),
    ("math", lambda v: v(math.erf), [np.linspace(-2, 2, 7)]),
    ("bool", lambda v: v(lambda x: x > 0), [np.array([-1, 0, 2])]),
    ("complex", lambda v: v(lambda z: z.conjugate() * 2), [np.array([1 + 2j, 3j])]),
    ("two_outputs", lambda v: v(lambda x: (x + 1, x * 0.5)), [np.arange(3)]),
    ("scalar", lambda v: v(lambda x: x + 1), [np.array(3.0)]),
    ("empty", lambda v: v(lambda x: x + 1, otypes=[float]), [np.zeros((2, 0))]),
    ("signature", lambda v: v(lambda r: r.sum(), signature="(n)->()"), [np.arange(6.0).reshape(2, 3)]),
    (
        "signature2",
        lambda v: v(lambda a, b: a * b, signature="(n),(n)->(n)"),
        [np.ones((2, 3)), np.arange(3)],
    ),
    ("cache", lambda v: v(lambda x: x - 1, cache=True), [np.arange(3)]),
    ("int_overflow_to_float", lambda v: v(lambda x: x / 2), [np.arange(5)]),
]


@pytest.mark.parametrize(("name", "make", "args"), VECTORIZE, ids=[c[0] for c in VECTORIZE])
def test_vectorize_equals_numpys(name, make, args):
    expected = make(np.vectorize)(*args)
    got = make(XP.vectorize)(*(tnp_core.asarray(a) for a in args))
    assert_same(got, expected)
    got_np_inputs = make(XP.vectorize)(*args)  # NumPy arrays and lists also go in
    assert_same(got_np_inputs, expected)


def test_vectorize_excluded_keywords_and_doc():
    coeffs = [1.0, 2.0, 0.5]
    x = np.linspace(0, 1, 5)
    for exc, call in [({1}, lambda f, xx: f(xx, coeffs)), ({"coeffs"}, lambda f, xx: f(xx, coeffs=coeffs))]:
        expected = call(np.vectorize(_poly, excluded=exc), x)
        assert_same(call(XP.vectorize(_poly, excluded=exc), tnp_core.asarray(x)), expected)
    f = XP.vectorize(_poly, excluded={1}, doc="my doc")
    assert f.__doc__ == "my doc" == np.vectorize(_poly, doc="my doc").__doc__
    assert_same(
        f(tnp_core.asarray(x), coeffs, scale=tnp_core.asarray(2.0)),
        np.vectorize(_poly, excluded={1})(x, coeffs, scale=2.0),
    )


def test_vectorize_decorator_forms():
    @XP.vectorize
    def double(x):
        return 2 * x

    @XP.vectorize(otypes=[np.float32])
    def half(x):
        return x / 2

    assert isinstance(double, XP.vectorize) and isinstance(half, XP.vectorize)
    assert_same(double(tnp_core.arange(3)), np.vectorize(lambda x: 2 * x)(np.arange(3)))
    assert_same(half(tnp_core.arange(3)), np.vectorize(lambda x: x / 2, otypes=[np.float32])(np.arange(3)))


@pytest.mark.parametrize(
    "call",
    [lambda xp: xp.vectorize(lambda x: 1 / x)(xp.asarray([1, 0])),
     lambda xp: xp.vectorize(lambda x: "s" + x)(xp.asarray([1, 2])),
     lambda xp: xp.vectorize(lambda a: a, signature="(n)->()")(xp.asarray([1, 2])),
     lambda xp: xp.vectorize(lambda x, y: x + y)(xp.asarray([1, 2]), xp.asarray([1, 2, 3])),
     lambda xp: xp.vectorize(lambda x: x)(xp.asarray([]))],
)  # fmt: skip
def test_vectorize_errors_as_numpy(call):
    check(call, xp=XP, modes=("eager",))


def test_vectorize_of_strings_raises_typeerror():
    f = XP.vectorize(lambda x: str(x))
    with pytest.raises(TypeError, match="dtype"):
        f(tnp_core.arange(3))


@pytest.mark.parametrize("dtype", ["int32", "float32", "float64"])
@pytest.mark.parametrize("shape", [(), (0,), (5,), (2, 3)])
def test_vectorize_with_otypes_runs_inside_tf_function(dtype, shape):
    a = np.arange(math.prod(shape)).reshape(shape).astype(dtype)
    check(lambda xp, x: xp.vectorize(_larger, otypes="d")(x, 2.0), a, xp=XP)
    check(
        lambda xp, x: xp.vectorize(lambda u, v: (u + v, u > v), otypes=[dtype, bool])(x, x[..., None]),
        a,
        xp=XP,
    )


def test_vectorize_without_otypes_refuses_tf_function():
    f = XP.vectorize(_larger)
    g = tf.function(lambda t: f(wrap(t), 1.0), autograph=False)
    with pytest.raises(TypeError, match=r"vectorize.*otypes"):
        g(tf.ones(3))
    h = XP.vectorize(lambda r: r.sum(), otypes="d", signature="(n)->()")
    with pytest.raises(TypeError, match="signature"):
        tf.function(lambda t: h(wrap(t)), autograph=False)(tf.ones(3))
