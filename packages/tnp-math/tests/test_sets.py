"""Set functions (tnp_math._sets) against NumPy: unique family, isin, intersect1d, union1d, setdiff1d, setxor1d."""

from __future__ import annotations

import inspect
import itertools
import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from hypothesis import given, strategies as st
from numpy.exceptions import AxisError
from tnp_core.testing import assert_same, check
from tnp_math import _sets

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_sets, n) for n in _sets.__all__},
    }
)
EXHAUSTIVE = pytest.mark.exhaustive
EXTENSIONS = {"size", "fill_value"}


def dtypes(*core, extra=("uint8", "int16", "uint64", "float16", "complex128")):
    """`core` always; the `extra` dtypes only in the exhaustive run."""
    return [*core, *(pytest.param(d, marks=EXHAUSTIVE) for d in extra if d not in core)]


DTYPES = dtypes(
    "bool",
    "int64",
    "float64",
    "complex64",
    extra=("int8", "uint8", "int16", "uint64", "float16", "float32", "complex128"),
)
SHAPES = [(), (0,), (9,), (3, 4), (2, 0, 3)]
NAN = np.nan
EAGER = ("eager",)


def sample(shape, dtype, seed=0, k=4):
    """Values with many repeats; floats also get NaN, -0.0/0.0 and inf, complex numbers NaN in either part."""
    rng = np.random.default_rng(seed)
    d = np.dtype(dtype)
    x = rng.integers(-k, k, size=shape).astype(np.float64)
    if d.kind == "c":
        x = x + 1j * rng.integers(-1, 2, size=shape)
    if d.kind in "fc" and x.size:
        flat = x.reshape(-1)
        specials = (
            [NAN, -0.0, np.inf, NAN] if d.kind == "f" else [complex(NAN, 1), complex(1, NAN), NAN, -0.0]
        )
        for i, v in zip(rng.permutation(flat.size), specials):
            flat[i] = v
    if d.kind == "u":
        x = np.abs(x)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(x).astype(d)


def run(fn, *args, **kw):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=XP, **kw)


def test_all_names_exist_in_numpy():
    for name in _sets.__all__:
        assert hasattr(np, name), name


def _params(fn, drop=frozenset()):
    return [
        (p.name, p.kind, p.default)
        for p in inspect.signature(fn).parameters.values()
        if not (p.name in drop and p.kind is p.KEYWORD_ONLY)
    ]


@pytest.mark.parametrize("name", _sets.__all__)
def test_signature_matches_numpy(name):
    assert _params(getattr(_sets, name), EXTENSIONS) == _params(getattr(np, name))


FLAGS = list(itertools.product([False, True], repeat=3))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_unique_every_keyword(dtype, shape):
    a = sample(shape, dtype)
    # every keyword combination eagerly; traced (all outputs at once) in the other modes
    run(lambda xp, a: [xp.unique(a, *f, equal_nan=e) for f in FLAGS for e in (True, False)], a, modes=EAGER)
    run(lambda xp, a: [xp.unique(a, True, True, True, equal_nan=e, sorted=False) for e in (True, False)], a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_unique_axis(dtype):
    rows = sample((4, 3), dtype, seed=1)
    pick = np.array([2, 0, 2, 1, 3, 0, 2])
    a = rows[pick]  # repeated rows (some with NaN, never merged along an axis, as NumPy)
    if a.dtype == np.float16:  # NumPy's float16 row comparison does not put NaN last (its sort does)
        a = np.nan_to_num(a)
    run(lambda xp, a: [xp.unique(a, *f, axis=0) for f in FLAGS], a, modes=EAGER)
    run(lambda xp, a: xp.unique(a.T, True, True, True, axis=-1), a)
    b = np.stack([a, a[::-1]], axis=1)  # (7, 2, 3)
    run(lambda xp, b: [xp.unique(b, True, True, True, axis=ax) for ax in (0, 1, 2, -1)], b, modes=EAGER)
    run(lambda xp, a: xp.unique(a[0], True, True, True, axis=0, equal_nan=False), a)  # 1-d: the flat path


@pytest.mark.parametrize("shape", [(0, 3), (3, 0), (2, 0, 3), (1, 1)])
def test_unique_axis_empty(shape):
    a = np.zeros(shape, np.float32)
    run(lambda xp, a: [xp.unique(a, True, True, True, axis=ax) for ax in range(a.ndim)], a)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(), (0,), (3, 4)])
def test_array_api_unique_functions(dtype, shape):
    a = sample(shape, dtype, seed=2)
    run(lambda xp, a: (tuple(xp.unique_all(a)), tuple(xp.unique_counts(a)), tuple(xp.unique_inverse(a))), a)
    # NumPy leaves the order of unique_values and of unique(sorted=False) unspecified; tnp's is sorted
    run(lambda xp, a: (xp.sort(xp.unique_values(a)), xp.sort(xp.unique(a, sorted=False))), a, modes=EAGER)


def test_named_results():
    a = [2, 1, 2]
    for name in ("unique_all", "unique_counts", "unique_inverse"):
        ours, theirs = getattr(_sets, name)(a), getattr(np, name)(a)
        assert type(ours).__name__ == type(theirs).__name__
        assert ours._fields == theirs._fields


def test_unique_orders_nan_classes_of_complex_as_numpy():
    c = np.array([complex(2, NAN), complex(NAN, 1), complex(1, NAN), 1 + 1j, complex(NAN, NAN), 1 + 1j])
    run(lambda xp, c: [xp.unique(c, True, True, True, equal_nan=e) for e in (True, False)], c)
    run(lambda xp, c: xp.unique(c[:, None], True, True, True, axis=0), c)


@pytest.mark.parametrize("dtype1", dtypes("bool", "int8", "float32", "complex64", extra=("uint8", "float64")))
@pytest.mark.parametrize("dtype2", dtypes("int64", "float64", extra=("bool", "int8", "complex128")))
def test_isin(dtype1, dtype2):
    a, b = sample((3, 4), dtype1, 3), sample((5,), dtype2, 4)
    run(
        lambda xp, a, b: [xp.isin(a, b, invert=inv, kind=k) for inv in (False, True) for k in (None, "sort")],
        a,
        b,
    )
    run(lambda xp, a, b: (xp.isin(a[0, 0], b), xp.isin(a, b[:0]), xp.isin(a[:0], b)), a, b, modes=EAGER)
    ua, ub = np.unique(a), np.unique(b)
    run(
        lambda xp, a, b: [xp.isin(a, b, assume_unique=True, invert=i) for i in (False, True)],
        ua,
        ub,
        modes=EAGER,
    )
    if a.dtype.kind in "uib" and b.dtype.kind in "uib":
        run(lambda xp, a, b: xp.isin(a, b, kind="table"), a, b, modes=EAGER)


def test_isin_nan_and_signed_zero():
    a = np.array([NAN, 0.0, -0.0, 1.0, np.inf])
    run(lambda xp, a: (xp.isin(a, [NAN, -0.0]), xp.isin(a, a), xp.isin(a + 0j, [complex(0, NAN), 0j])), a)


SETOPS = {
    "intersect1d": lambda xp, a, b: xp.intersect1d(a, b),
    "intersect1d_indices": lambda xp, a, b: xp.intersect1d(a, b, return_indices=True),
    "union1d": lambda xp, a, b: xp.union1d(a, b),
    "setdiff1d": lambda xp, a, b: xp.setdiff1d(a, b),
    "setxor1d": lambda xp, a, b: xp.setxor1d(a, b),
}
UNIQUE_OPS = {
    "intersect1d": lambda xp, a, b: xp.intersect1d(a, b, assume_unique=True),
    "intersect1d_indices": lambda xp, a, b: xp.intersect1d(a, b, True, True),
    "setdiff1d": lambda xp, a, b: xp.setdiff1d(a, b, assume_unique=True),
    "setxor1d": lambda xp, a, b: xp.setxor1d(a, b, assume_unique=True),
}


@pytest.mark.parametrize(
    ("dtype1", "dtype2"),
    [("int8", "int8"), ("float64", "float64"), ("complex64", "complex64"), ("bool", "bool"), ("uint8", "int8"),
     ("int64", "float32"), pytest.param("float32", "complex128", marks=EXHAUSTIVE)],
)  # fmt: skip
def test_set_operations(dtype1, dtype2):
    a, b = sample((3, 4), dtype1, 5), sample((7,), dtype2, 6)
    run(
        lambda xp, a, b: [f(xp, a, b) for f in SETOPS.values()],
        a,
        b,
        modes=("eager", "function_unknown_shape"),
    )
    run(lambda xp, a, b: [f(xp, a[:0], b) for f in SETOPS.values()], a, b, modes=EAGER)
    run(lambda xp, a, b: [f(xp, a[0, 0], b[:0]) for f in SETOPS.values()], a, b, modes=EAGER)
    # assume_unique with unique inputs; the order of the input is kept where NumPy keeps it (setdiff1d)
    ua, ub = np.unique(a)[::-1].copy(), np.unique(b)
    run(lambda xp, a, b: [f(xp, a, b) for f in UNIQUE_OPS.values()], ua, ub, modes=EAGER)


def test_set_operations_nan():
    a, b = np.array([NAN, 1.0, 2.0, NAN]), np.array([NAN, 2.0, 3.0])
    run(lambda xp, a, b: [fn(xp, a, b) for fn in [*SETOPS.values(), *UNIQUE_OPS.values()]], a, b)


VALUES = st.one_of(st.integers(-3, 3), st.sampled_from([NAN, -0.0, 0.5, np.inf]))


@given(
    a=st.lists(VALUES, max_size=12),
    b=st.lists(VALUES, max_size=12),
    dtype=st.sampled_from(["int8", "int64", "float32", "float64", "complex128"]),
    name=st.sampled_from(sorted(SETOPS)),
)
def test_set_operations_hypothesis(a, b, dtype, name):
    d = np.dtype(dtype)
    if d.kind in "iu":
        a = [v for v in a if isinstance(v, int)]
        b = [v for v in b if isinstance(v, int)]
    a, b = np.array(a, d), np.array(b, d)
    run(SETOPS[name], a, b, modes=("eager",))
    run(lambda xp, a, b: (xp.isin(a, b), xp.unique(a, True, True, True)), a, b, modes=("eager",))


ERRORS = [
    lambda xp, a: xp.unique(a, axis=2),
    lambda xp, a: xp.unique(a, axis=1.0),
    lambda xp, a: xp.unique(a[0], axis=1),
    lambda xp, a: xp.unique(a[0, 0], axis=0),
    lambda xp, a: xp.isin(a, a, kind="hash"),
    lambda xp, a: xp.isin(a, a, kind="table"),
    lambda xp, a: xp.isin(
        xp.asarray([1, 2], dtype=xp.int8), xp.asarray([-100, 100], dtype=xp.int8), kind="table"
    ),
]


@pytest.mark.parametrize("case", range(len(ERRORS)))
def test_errors(case):
    a = sample((2, 3), "float32")
    with pytest.raises(Exception):  # NumPy raises; the harness checks that tnp raises the same type
        ERRORS[case](np, a)
    run(ERRORS[case], a, modes=("eager",))


def test_isin_table_range_that_fits():
    run(lambda xp, a, b: xp.isin(a, b, kind="table"), np.array([1, 2]), np.array([True]))
    run(
        lambda xp, a, b: xp.isin(a, b, kind="table"),
        np.array([1, 2], np.int8),
        np.array([-100, 100], np.int16),
    )


def test_size_argument_errors():
    a = tnp_core.asarray([1, 2, 2])
    with pytest.raises(ValueError):
        _sets.unique(a, size=-1)
    with pytest.raises(TypeError):
        _sets.unique(a, size=2.0)
    with pytest.raises(ValueError):
        _sets.unique(a, fill_value=0)
    with pytest.raises(AxisError):
        _sets.unique(a, axis=1, size=3)


# --- size= / fill_value= (tnp extension, as jax.numpy.unique), under XLA --------------------------------------


def padded(x, size, fill, axis=0):
    """NumPy's result cut or padded along `axis` to `size` entries of `fill`."""
    x = np.moveaxis(np.asarray(x), axis, 0)[:size]
    pad = np.broadcast_to(np.asarray(fill, x.dtype), (size - len(x), *x.shape[1:]))
    return np.moveaxis(np.concatenate([x, pad]), 0, axis)


def xla(fn, *arrays):
    f = tf.function(lambda *ts: tf.nest.map_structure(lambda r: r._t, fn(*map(tnp_core.asarray, ts))))
    g = tf.function(f.python_function, jit_compile=True)
    return [tf.nest.map_structure(lambda t: tnp_core.asarray(t.numpy()), h(*arrays)) for h in (f, g)]


@pytest.mark.parametrize(("dtype", "size"), [("int32", 0), ("float32", 9), ("complex64", 2)])
def test_unique_size_under_xla(dtype, size):
    a = sample((7,), dtype, 7)
    v, i, inv, c = np.unique(a, True, True, True)
    fill_v = np.asarray(7, dtype)
    ua, uc, ui = np.unique_all(a), np.unique_counts(a), np.unique_inverse(a)

    def family(t):
        return (
            _sets.unique(t, True, True, True, size=size, fill_value=7),
            _sets.unique(t, True, True, True, size=size),
            tuple(_sets.unique_all(t, size=size, fill_value=7)),
            _sets.unique_values(t, size=size, fill_value=7),
            tuple(_sets.unique_counts(t, size=size, fill_value=7)),
            tuple(_sets.unique_inverse(t, size=size)),
        )

    expect = (
        (padded(v, size, fill_v), padded(i, size, i[0]), inv, padded(c, size, 0)),
        (padded(v, size, v[0]), padded(i, size, i[0]), inv, padded(c, size, 0)),
        (
            padded(ua.values, size, fill_v),
            padded(ua.indices, size, i[0]),
            ua.inverse_indices,
            padded(ua.counts, size, 0),
        ),
        padded(np.sort(np.unique_values(a)), size, fill_v),
        (padded(uc.values, size, fill_v), padded(uc.counts, size, 0)),
        (padded(ui.values, size, v[0]), ui.inverse_indices),
    )
    for got in xla(family, a):
        assert_same(got, expect)


def test_unique_size_axis_and_empty_under_xla():
    rows = np.array([[1, 2], [0, 5], [1, 2], [3, 3]], np.float32)
    v, c = np.unique(rows, axis=0, return_counts=True)
    for got in xla(lambda t: _sets.unique(t, return_counts=True, axis=0, size=4, fill_value=[-1, -2]), rows):
        assert_same(got, (padded(v, 4, [-1, -2]), padded(c, 4, 0)))
    for got in xla(lambda t: _sets.unique(t, axis=1, size=3, fill_value=9), rows):
        assert_same(got, padded(np.unique(rows, axis=1), 3, 9, axis=1))
    e = np.zeros((0,), np.float32)
    for got in xla(lambda t: _sets.unique(t, return_index=True, size=2), e):
        assert_same(got, (np.zeros(2, np.float32), np.zeros(2, np.int64)))


def test_dynamic_sizes_in_tf_function():
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32), tf.TensorSpec([None], tf.float32)])
    def f(x, y):
        a, b = tnp_core.asarray(x), tnp_core.asarray(y)
        u = _sets.unique(a)
        assert u.shape == (None,)
        return u._t, _sets.intersect1d(a, b)._t, _sets.setxor1d(a, b)._t, _sets.isin(a, b)._t

    x, y = np.array([3, 1, 3, NAN, 2], np.float32), np.array([2, 5, NAN], np.float32)
    got = f(tf.constant(x), tf.constant(y))
    for g, e in zip(got, (np.unique(x), np.intersect1d(x, y), np.setxor1d(x, y), np.isin(x, y))):
        assert_same(tnp_core.asarray(g.numpy()), e)
