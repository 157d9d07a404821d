"""Reductions (sum/prod/mean/var/std/min/max/ptp/all/any/argmax/argmin/cum*/count_nonzero) against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from hypothesis import given, strategies as st
from hypothesis.extra import numpy as hnp
from numpy.exceptions import AxisError
from tnp_core import _reductions as R
from tnp_core.testing import assert_same, check as _check

DTYPES = [
    "bool",
    "int8",
    "uint8",
    "int32",
    "int64",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]
SHAPES = [(), (0,), (5,), (2, 0, 3), (2, 3, 4)]


class _XP:
    """tnp_core with the reductions (until tnp_core re-exports them)."""

    def __getattr__(self, name: str):
        return getattr(R, name) if name in R.__all__ else getattr(tnp_core, name)


XP = _XP()


def check(fn, *args, **kw):
    _check(fn, *args, xp=XP, **kw)


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    d = np.dtype(dtype)
    if d.kind == "b":
        return rng.integers(0, 2, shape).astype(bool)
    if d.kind == "u":
        return rng.integers(0, 6, shape).astype(d)
    if d.kind == "i":
        return rng.integers(-5, 6, shape).astype(d)
    x = rng.standard_normal(shape) * 2
    if d.kind == "c":
        x = x + 1j * rng.standard_normal(shape)
    return np.asarray(x).astype(d)


def axes_for(ndim):
    """None, every single axis (positive and negative), a tuple, and () for each rank."""
    out = [None, *range(ndim), -1] if ndim else [None, 0, -1]
    if ndim >= 2:
        out += [(0, ndim - 1), ()]
    return out


# NumPy raises (TypeError/UFuncTypeError) for some (function, dtype) pairs: the harness checks tnp raises too.
SIMPLE = {
    "sum": lambda xp, x, ax, kd: xp.sum(x, axis=ax, keepdims=kd),
    "prod": lambda xp, x, ax, kd: xp.prod(x, axis=ax, keepdims=kd),
    "max": lambda xp, x, ax, kd: xp.max(x, axis=ax, keepdims=kd),
    "amin": lambda xp, x, ax, kd: xp.amin(x, axis=ax, keepdims=kd),
    "all": lambda xp, x, ax, kd: xp.all(x, axis=ax, keepdims=kd),
    "any": lambda xp, x, ax, kd: xp.any(x, axis=ax, keepdims=kd),
    "mean": lambda xp, x, ax, kd: xp.mean(x, axis=ax, keepdims=kd),
    "var": lambda xp, x, ax, kd: xp.var(x, axis=ax, keepdims=kd),
    "std": lambda xp, x, ax, kd: xp.std(x, axis=ax, keepdims=kd),
    "ptp": lambda xp, x, ax, kd: xp.ptp(x, axis=ax, keepdims=kd),
    "count_nonzero": lambda xp, x, ax, kd: xp.count_nonzero(x, axis=ax, keepdims=kd),
}


def _run_all_axes(fn, a, modes):
    for i, ax in enumerate(axes_for(a.ndim)):
        check(lambda xp, x: fn(xp, x, ax, i % 2 == 1), a, modes=modes)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(SIMPLE))
def test_reduction_dtypes_shapes_axes(name, dtype):
    fn = SIMPLE[name]
    for shape in SHAPES:
        a = sample(shape, dtype)
        # the traced modes on the largest shape only (each traced call costs a trace)
        modes = ("eager", "function", "function_unknown_shape") if shape == (2, 3, 4) else ("eager",)
        _run_all_axes(fn, a, modes)


@pytest.mark.parametrize("dtype", DTYPES)
def test_argmax_argmin(dtype):
    for shape in [(), (5,), (2, 3, 4), (3, 0)]:
        a = sample(shape, dtype, seed=1)
        for ax in [None, *range(a.ndim), -1] if a.ndim else [None, 0, -1]:
            for kd in (False, True):
                check(lambda xp, x: xp.argmax(x, axis=ax, keepdims=kd), a, modes=("eager",))
                check(lambda xp, x: xp.argmin(x, axis=ax, keepdims=kd), a, modes=("eager",))
    a = sample((2, 3, 4), dtype, seed=2)
    check(lambda xp, x: xp.argmax(x, axis=1), a)
    check(lambda xp, x: xp.argmin(x), a)


def test_argmax_ties_pick_the_first():
    a = np.array([[1, 3, 3, 0], [2, 2, 2, 2]], np.int32)
    check(lambda xp, x: xp.argmax(x, axis=1), a)
    check(lambda xp, x: xp.argmin(x, axis=0), a)
    c = np.array([1 + 2j, 1 + 2j, 1 + 1j, 0 + 5j])
    check(lambda xp, x: (xp.argmax(x), xp.argmin(x)), c)


@pytest.mark.parametrize("dtype", DTYPES)
def test_cumulative(dtype):
    for shape in [(), (0,), (5,), (2, 0, 3), (2, 3, 4)]:
        a = sample(shape, dtype, seed=3)
        modes = ("eager", "function", "function_unknown_shape") if shape == (2, 3, 4) else ("eager",)
        for ax in [None, *range(a.ndim), -1] if a.ndim else [None, 0, -1]:
            check(lambda xp, x: xp.cumsum(x, axis=ax), a, modes=modes)
            check(lambda xp, x: xp.cumprod(x, axis=ax), a, modes=("eager",))
            for inc in (False, True):
                check(lambda xp, x: xp.cumulative_sum(x, axis=ax, include_initial=inc), a, modes=("eager",))
                check(lambda xp, x: xp.cumulative_prod(x, axis=ax, include_initial=inc), a, modes=modes)


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "float16", "float32", "complex64"])
def test_dtype_argument(dtype):
    a = sample((2, 3), dtype, seed=4)
    for d in ["int8", "uint64", "float32", "float64", "complex128", "bool"]:
        check(lambda xp, x: xp.sum(x, axis=0, dtype=d), a, modes=("eager",))
        check(lambda xp, x: xp.prod(x, dtype=d), a, modes=("eager",))
        check(lambda xp, x: xp.cumsum(x, axis=1, dtype=d), a, modes=("eager",))
        check(lambda xp, x: xp.cumprod(x, dtype=d), a, modes=("eager",))
    for d in ["float32", "float64", "complex128"]:
        check(lambda xp, x: xp.mean(x, axis=1, dtype=d), a, modes=("eager",))
        check(lambda xp, x: xp.var(x, axis=1, dtype=d), a, modes=("eager",))
        check(lambda xp, x: xp.std(x, dtype=d), a, modes=("eager",))
    check(lambda xp, x: xp.mean(x, dtype="int8"), a, modes=("eager",))


def test_small_int_results_widen():
    a = np.array([200, 100, 3], np.uint8)
    check(lambda xp, x: (xp.sum(x), xp.prod(x), xp.cumsum(x), xp.cumprod(x)), a)
    b = np.array([120, 100, -3], np.int8)
    check(lambda xp, x: (xp.sum(x), xp.prod(x), xp.ptp(x), xp.mean(x), xp.max(x)), b)
    check(lambda xp, x: (xp.sum(x, dtype=np.int8), xp.prod(x, dtype=np.int8)), b)


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "complex64", "complex128"])
def test_nan_propagation(dtype):
    a = sample((3, 4), dtype, seed=5)
    a[1, 2] = np.nan
    a[2, 0] = np.nan
    for fn in (
        lambda xp, x, ax: xp.max(x, axis=ax),
        lambda xp, x, ax: xp.min(x, axis=ax),
        lambda xp, x, ax: xp.argmax(x, axis=ax),
        lambda xp, x, ax: xp.argmin(x, axis=ax),
        lambda xp, x, ax: xp.sum(x, axis=ax),
        lambda xp, x, ax: xp.mean(x, axis=ax),
        lambda xp, x, ax: xp.var(x, axis=ax),
        lambda xp, x, ax: xp.ptp(x, axis=ax),
        lambda xp, x, ax: xp.all(x, axis=ax),
        lambda xp, x, ax: xp.max(x, axis=ax, initial=-100),
    ):
        for ax in (None, 0, 1):
            check(lambda xp, x: fn(xp, x, ax), a, modes=("eager", "function") if ax == 1 else ("eager",))
    b = np.array([1.0, 2.0, 3.0], dtype)
    check(lambda xp, x: (xp.max(x, initial=np.nan), xp.min(x, initial=np.nan)), b, modes=("eager",))


def test_complex_min_max_are_lexicographic():
    a = np.array([[1 + 2j, 1 + 1j, 0 + 5j], [1 - 1j, 1 + 1j, -1 + 9j]], np.complex64)
    for ax in (None, 0, 1):
        modes = ("eager", "function_unknown_shape") if ax == 1 else ("eager",)
        check(lambda xp, x: (xp.max(x, axis=ax), xp.min(x, axis=ax), xp.ptp(x, axis=ax)), a, modes=modes)
        check(lambda xp, x: (xp.argmax(x, axis=ax), xp.argmin(x, axis=ax)), a, modes=modes)
    check(lambda xp, x: xp.max(x, axis=1, initial=1 + 3j), a)
    check(lambda xp, x: xp.min(x, axis=1, initial=1 + 0j, where=np.array([True, False, True])), a)


WHERE = [np.array([True, False, True]), np.array([[True], [False]]), np.zeros((2, 3), bool), np.True_]


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint64", "float16", "float64", "complex64"])
@pytest.mark.parametrize("mi", range(len(WHERE)))
def test_where(dtype, mi):
    a = sample((2, 3), dtype, seed=6)
    w = WHERE[mi]
    for ax in (None, 0, 1):
        fns = [
            lambda xp, x: xp.sum(x, axis=ax, where=w),
            lambda xp, x: xp.prod(x, axis=ax, where=w, keepdims=True),
            lambda xp, x: xp.all(x, axis=ax, where=w),
            lambda xp, x: xp.any(x, axis=ax, where=w),
            lambda xp, x: xp.max(x, axis=ax, where=w, initial=1),
            lambda xp, x: xp.min(x, axis=ax, where=w, initial=0),
            lambda xp, x: xp.mean(x, axis=ax, where=w),
            lambda xp, x: xp.var(x, axis=ax, where=w, keepdims=True),
            lambda xp, x: xp.std(x, axis=ax, where=w, ddof=1),
        ]
        for fn in fns:
            check(fn, a, modes=("eager",) if ax != 1 else ("eager", "function_unknown_shape"))


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "int64", "float16", "float32", "complex128"])
def test_initial(dtype):
    a = sample((2, 3), dtype, seed=7)
    for ax in (None, 0, (0, 1)):
        check(lambda xp, x: xp.sum(x, axis=ax, initial=3), a)
        check(lambda xp, x: xp.prod(x, axis=ax, initial=2), a, modes=("eager",))
        check(lambda xp, x: xp.max(x, axis=ax, initial=4), a, modes=("eager",))
        check(lambda xp, x: xp.min(x, axis=ax, initial=1), a, modes=("eager",))
    e = sample((0, 3), dtype)
    check(lambda xp, x: (xp.max(x, axis=0, initial=2), xp.min(x, initial=1)), e)


def test_initial_out_of_range_overflows():
    a = np.array([1, 2], np.int8)
    check(lambda xp, x: xp.max(x, initial=300), a, modes=("eager",))
    check(lambda xp, x: xp.max(x.astype(np.uint8), initial=-1), a, modes=("eager",))
    check(lambda xp, x: xp.sum(x, initial=1.5), a, modes=("eager",))


@pytest.mark.parametrize("dtype", ["int8", "float16", "float32", "float64", "complex64", "complex128"])
def test_var_std_ddof_correction_mean(dtype):
    a = sample((3, 4), dtype, seed=8)
    for ax in (None, 0, 1):
        for dd in (0, 1, 2.5, 4, 20):
            check(lambda xp, x: xp.var(x, axis=ax, ddof=dd), a, modes=("eager",))
            check(lambda xp, x: xp.std(x, axis=ax, correction=dd), a, modes=("eager",))
    m = a.mean(axis=1, keepdims=True)
    check(lambda xp, x, mm: xp.var(x, axis=1, mean=mm), a, m)
    check(lambda xp, x, mm: xp.std(x, axis=1, mean=mm, keepdims=True), a, m, modes=("eager",))
    m0 = a.mean(axis=0)
    check(lambda xp, x, mm: xp.std(x, axis=0, mean=mm), a, m0, modes=("eager",))


ERRORS = [
    ("sum axis out of range", lambda xp, x: xp.sum(x, axis=2)),
    ("sum negative axis out of range", lambda xp, x: xp.sum(x, axis=-3)),
    ("sum repeated axis", lambda xp, x: xp.sum(x, axis=(0, -2))),
    ("sum float axis", lambda xp, x: xp.sum(x, axis=1.0)),
    ("sum list axis", lambda xp, x: xp.sum(x, axis=[0, 1])),
    ("mean axis out of range", lambda xp, x: xp.mean(x, axis=(0, 5))),
    ("var float axis", lambda xp, x: xp.var(x, axis=0.5)),
    ("max empty axis", lambda xp, x: xp.max(x[:, :0], axis=1)),
    ("min empty", lambda xp, x: xp.min(x[:0])),
    ("max where without initial", lambda xp, x: xp.max(x, where=x > 0)),
    ("argmax empty", lambda xp, x: xp.argmax(x[:0])),
    ("argmin empty axis", lambda xp, x: xp.argmin(x[:0], axis=0)),
    ("argmax tuple axis", lambda xp, x: xp.argmax(x, axis=(0,))),
    ("argmax axis out of range", lambda xp, x: xp.argmax(x, axis=2)),
    ("cumsum tuple axis", lambda xp, x: xp.cumsum(x, axis=(0, 1))),
    ("cumsum axis out of range", lambda xp, x: xp.cumsum(x, axis=-3)),
    ("cumulative_sum needs axis", lambda xp, x: xp.cumulative_sum(x)),
    ("ddof and correction", lambda xp, x: xp.var(x, ddof=1, correction=1)),
    ("ptp bool", lambda xp, x: xp.ptp(x > 0)),
    ("where does not broadcast", lambda xp, x: xp.sum(x, where=np.array([True, False]))),
    ("where has more dims", lambda xp, x: xp.any(x, where=np.ones((2, 2, 3), bool))),
    ("count_nonzero axis out of range", lambda xp, x: xp.count_nonzero(x, axis=3)),
    ("all repeated axis", lambda xp, x: xp.all(x, axis=(1, 1))),
]


@pytest.mark.parametrize("fn", [e[1] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_errors_match_numpy(fn):
    check(fn, sample((2, 3), "float32"), modes=("eager",))


def test_axis_error_type():
    with pytest.raises(AxisError):
        R.sum(tnp_core.zeros((2, 3)), axis=2)
    with pytest.raises(ValueError, match="zero-size array to reduction operation maximum which has no"):
        R.max(tnp_core.zeros((2, 0)), axis=1)


def test_zero_d_axis_rules():
    a = np.array(3.5)
    for ax in (0, -1, (), None):
        check(lambda xp, x: (xp.sum(x, axis=ax), xp.max(x, axis=ax), xp.any(x, axis=ax)), a, modes=("eager",))
        check(lambda xp, x: xp.count_nonzero(x, axis=ax), a, modes=("eager",))
    for ax in (1, (0,), (0, -1), -2):
        check(lambda xp, x: xp.sum(x, axis=ax), a, modes=("eager",))
    for ax in (0, -1, 1):
        check(lambda xp, x: xp.mean(x, axis=ax), a, modes=("eager",))
        check(lambda xp, x: xp.argmax(x, axis=ax), a, modes=("eager",))
        check(lambda xp, x: xp.cumsum(x, axis=ax), a, modes=("eager",))


# ---- out= -------------------------------------------------------------------------------------------------
OUT_CASES = [
    (lambda xp, x, o: xp.sum(x, axis=0, out=o), (3,), "float32"),
    (lambda xp, x, o: xp.sum(x, out=o), (), "int64"),
    (lambda xp, x, o: xp.prod(x, axis=1, out=o, keepdims=True), (2, 1), "float64"),
    (lambda xp, x, o: xp.mean(x, axis=1, out=o), (2,), "int32"),
    (lambda xp, x, o: xp.var(x, axis=0, out=o), (3,), "float32"),
    (lambda xp, x, o: xp.std(x, out=o), (), "float16"),
    (lambda xp, x, o: xp.max(x, axis=0, out=o), (3,), "int8"),
    (lambda xp, x, o: xp.min(x, axis=1, out=o), (2,), "float64"),
    (lambda xp, x, o: xp.all(x, axis=0, out=o), (3,), "float32"),
    (lambda xp, x, o: xp.any(x, out=o), (), "bool"),
    (lambda xp, x, o: xp.argmax(x, axis=1, out=o), (2,), "int32"),
    (lambda xp, x, o: xp.argmin(x, out=o), (), "int64"),
    (lambda xp, x, o: xp.ptp(x, axis=0, out=o), (3,), "float32"),
    (lambda xp, x, o: xp.cumsum(x, axis=1, out=o), (2, 3), "float32"),
    (lambda xp, x, o: xp.cumprod(x, out=o), (6,), "float64"),
    (lambda xp, x, o: xp.cumulative_sum(x, axis=0, out=o, include_initial=True), (3, 3), "float64"),
    (lambda xp, x, o: xp.sum(x, axis=0, out=o), (2, 3), "float64"),  # wrong shape: ValueError
    (lambda xp, x, o: xp.max(x, axis=1, out=o), (1, 2), "float64"),  # wrong shape: ValueError
]


@pytest.mark.parametrize("case", range(len(OUT_CASES)))
def test_out(case):
    fn, oshape, odtype = OUT_CASES[case]
    a = sample((2, 3), "float32", seed=9) * 3

    def f(xp, x):
        o = xp.zeros(oshape, odtype)
        r = fn(xp, x, o)
        assert r is o
        return o

    check(f, a)


def test_out_must_be_an_array():
    with pytest.raises(TypeError):
        R.sum(tnp_core.ones(3), out=np.zeros(()))


# ---- tf.function, unknown rank, gradients -----------------------------------------------------------------
def test_unknown_rank_axis_none():
    a = sample((2, 3), "float32", seed=10)
    spec = [tf.TensorSpec(None, tf.float32)]
    for fn in (R.sum, R.prod, R.max, R.min, R.mean, R.all, R.any, R.count_nonzero):
        f = tf.function(lambda t: fn(tnp_core.asarray(t)), input_signature=spec)
        assert_same(f(tf.constant(a)), getattr(np, fn.__name__)(a))


def test_nan_propagates_under_xla():
    # XLA's reduce_max drops NaN (TF 2.21: reduce_max([1, nan, 2]) == 2 with jit_compile); NumPy gives NaN
    a = np.array([[1.0, np.nan, 2.0], [0.0, 1.0, 2.0]], np.float32)
    f = tf.function(
        lambda t: (R.max(t, axis=1), R.min(t), R.argmax(t, axis=1)), jit_compile=True, autograph=False
    )
    got = f(tnp_core.asarray(a))
    assert_same(got, (np.max(a, axis=1), np.min(a), np.argmax(a, axis=1)))


def test_gradients():
    a = np.array([[1.0, 3.0, -2.0], [0.5, 2.0, 4.0]])
    cases = [
        (lambda x: R.sum(x), np.ones_like(a)),
        (lambda x: R.sum(x, axis=0, where=np.array([True, False, True])), np.array([[1.0, 0, 1]] * 2)),
        (lambda x: R.mean(x), np.full_like(a, 1 / a.size)),
        (lambda x: R.max(x), (a == a.max()).astype(float)),
        (lambda x: R.min(x, axis=1), (a == a.min(axis=1, keepdims=True)).astype(float)),
        (lambda x: R.prod(x), a.prod() / a),
        (lambda x: R.var(x), 2 * (a - a.mean()) / a.size),
        (lambda x: R.cumsum(x, axis=1), np.array([[3.0, 2.0, 1.0]] * 2)),
    ]
    for fn, expected in cases:
        x = tnp_core.asarray(a)
        with tf.GradientTape() as tape:
            tape.watch(x)
            y = R.sum(fn(x))
        g = tape.gradient(y, x)
        np.testing.assert_allclose(np.asarray(g), expected, rtol=1e-12)


# ---- hypothesis --------------------------------------------------------------------------------
@st.composite
def array_and_axis(draw):
    shape = draw(hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=4))
    dtype = draw(st.sampled_from(["int16", "uint32", "float32", "float64", "complex128", "bool"]))
    a = sample(shape, dtype, seed=draw(st.integers(0, 2**16)))
    ndim = len(shape)
    axis = draw(
        st.one_of(
            st.none(),
            st.integers(-ndim - 1, ndim),
            st.lists(st.integers(-ndim - 1, ndim), max_size=ndim + 1).map(tuple),
        )
    )
    return a, axis, draw(st.booleans())


@given(array_and_axis())
def test_hypothesis_shapes_and_axes(case):
    a, axis, kd = case
    for fn in (
        lambda xp, x: xp.sum(x, axis=axis, keepdims=kd),
        lambda xp, x: xp.max(x, axis=axis, keepdims=kd),
        lambda xp, x: xp.mean(x, axis=axis, keepdims=kd),
        lambda xp, x: xp.any(x, axis=axis, keepdims=kd),
        lambda xp, x: xp.std(x, axis=axis, keepdims=kd),
    ):
        check(fn, a, modes=("eager",))
    if axis is None or isinstance(axis, int):
        check(lambda xp, x: xp.argmin(x, axis=axis, keepdims=kd), a, modes=("eager",))
        check(lambda xp, x: xp.cumsum(x, axis=axis), a, modes=("eager",))


@pytest.mark.parametrize("name", sorted(set(R.__all__) - {"store", "sum_dtype"}))
def test_signature_matches_numpy(name):
    import inspect

    ours = inspect.signature(getattr(R, name)).parameters
    theirs = inspect.signature(getattr(np, name)).parameters
    assert [(p.name, p.kind) for p in ours.values()] == [(p.name, p.kind) for p in theirs.values()]
    for p in theirs.values():
        if p.default is not inspect.Parameter.empty and p.default is not np._NoValue:
            assert ours[p.name].default == p.default, p.name


@pytest.mark.parametrize(
    "dtype", ["float16", "bfloat16", "float32", "float64", "int8", "uint16", "int64", "bool"]
)
def test_nan_and_ties_rely_on_tf_kernels(dtype):
    """max/min/argmax/argmin call TF's Max/Min/ArgMax kernels directly: pin that those give NumPy's answers for
    NaN anywhere (max/min propagate it, argmax/argmin give the first NaN) and ties (the first index), on many
    lengths (TF's vectorised kernels treat the head, the body and the tail of a row differently)."""
    rng = np.random.default_rng(1)
    fns = [(R.max, np.max), (R.min, np.min), (R.argmax, np.argmax), (R.argmin, np.argmin)]
    graph = {
        f: tf.function(lambda t, f=f: f(tnp_core.asarray(t), axis=-1)._t, autograph=False) for f, _ in fns
    }
    for n in (1, 2, 7, 8, 9, 16, 17, 33, 100, 1000):
        for nans in (0, 1, 2, 3):
            a = rng.integers(0, 3, (3, n)).astype(dtype)  # few distinct values: many ties
            if nans and a.dtype.kind == "f":
                for row, col in zip(range(3), rng.integers(0, n, nans)):
                    a[row, col] = np.nan
            for ours, theirs in fns:
                expected = theirs(a, axis=-1)
                assert_same(ours(tnp_core.asarray(a), axis=-1), expected)
                assert_same(tnp_core.asarray(graph[ours](tf.constant(a))), expected)
                assert_same(ours(tnp_core.asarray(a[0])), theirs(a[0]))


@pytest.mark.parametrize("ddof", [0, 1, 2.5, 7])
@pytest.mark.parametrize("dtype", ["int32", "float32", "float64"])
def test_var_std_fast_path(dtype, ddof):
    """The one-Mean var/std path against NumPy, also with n - ddof <= 0 (inf/NaN) and unknown dimensions."""
    a = np.random.default_rng(2).standard_normal((4, 5)).astype(dtype)
    for axis in (None, 0, 1, (0, 1)):
        for keepdims in (False, True):
            for name in ("var", "std"):
                with np.errstate(divide="ignore", invalid="ignore"):
                    expected = getattr(np, name)(a, axis=axis, ddof=ddof, keepdims=keepdims)
                fn = getattr(R, name)
                assert_same(fn(tnp_core.asarray(a), axis=axis, ddof=ddof, keepdims=keepdims), expected)
                traced = tf.function(
                    lambda t: fn(tnp_core.asarray(t), axis=axis, ddof=ddof, keepdims=keepdims)._t,
                    input_signature=[tf.TensorSpec([None, 5], a.dtype)],
                    autograph=False,
                )
                assert_same(tnp_core.asarray(traced(tf.constant(a))), expected)
