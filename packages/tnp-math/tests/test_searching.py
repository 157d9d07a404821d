"""lexsort and sort_complex (tnp_math._searching) against NumPy."""

from __future__ import annotations

import inspect
import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from hypothesis import given, strategies as st
from tnp_core.testing import assert_same, check
from tnp_math import _searching

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_searching, n) for n in _searching.__all__},
    }
)
EXHAUSTIVE = pytest.mark.exhaustive
ALL_DTYPES = [
    "bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32",
    "float64", "complex64", "complex128",
]  # fmt: skip


def sample(shape, dtype, seed=0, k=3):
    """Small values with ties (so later keys matter); floats get NaN and -0.0, complex NaN parts."""
    rng = np.random.default_rng(seed)
    d = np.dtype(dtype)
    x = rng.integers(-k, k, size=shape).astype(np.float64)
    if d.kind == "c":
        x = x + 1j * rng.integers(-1, 2, size=shape)
    if d.kind in "fc" and x.size > 2:
        flat = x.reshape(-1)
        flat[rng.integers(flat.size)] = np.nan
        flat[rng.integers(flat.size)] = -0.0
    if d.kind == "u":
        x = np.abs(x)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(x).astype(d)


def run(fn, *args, **kw):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=XP, **kw)


@pytest.mark.parametrize("name", _searching.__all__)
def test_signature_matches_numpy(name):
    ours = [
        (p.name, p.kind, p.default) for p in inspect.signature(getattr(_searching, name)).parameters.values()
    ]
    theirs = [(p.name, p.kind, p.default) for p in inspect.signature(getattr(np, name)).parameters.values()]
    assert ours == theirs


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint64", "float32", "float64", "complex64"])
@pytest.mark.parametrize("shape", [(0,), (9,), (4, 5), (2, 0, 3)])
def test_lexsort(dtype, shape):
    k1, k2 = sample(shape, dtype, 1), sample(shape, "int64", 2)
    k3 = sample(shape, "float32", 3)
    run(lambda xp, a, b, c: (xp.lexsort((a, b)), xp.lexsort([b, a, c]), xp.lexsort((a,))), k1, k2, k3)
    for ax in range(-len(shape), len(shape)):
        run(lambda xp, a, b: xp.lexsort((a, b), axis=ax), k1, k2, modes=("eager",))
    # one array: its rows are the keys
    stacked = np.stack([k1.real.astype(np.float64), k2.astype(np.float64)])
    run(lambda xp, s: xp.lexsort(s), stacked)


def test_lexsort_special_keys():
    run(lambda xp: xp.lexsort([5, 3]))  # 0-d keys
    run(lambda xp: xp.lexsort([5, 3], axis=0))
    run(lambda xp, a: xp.lexsort(a), np.array([3, 1, 2]))  # a 1-d array: three 0-d keys
    run(lambda xp, a: xp.lexsort(a, axis=0), np.zeros((1, 0)))


ERRORS = [
    lambda xp: xp.lexsort([]),
    lambda xp: xp.lexsort(5),
    lambda xp: xp.lexsort(xp.asarray(np.zeros((0, 3)))),
    lambda xp: xp.lexsort([[1, 2, 3], [1, 2]]),
    lambda xp: xp.lexsort(([1, 2], [1, 2, 3])),
    lambda xp: xp.lexsort(np.zeros((2, 3)), axis=None),
    lambda xp: xp.lexsort(np.zeros((2, 3)), axis=1.0),
    lambda xp: xp.lexsort(np.zeros((2, 3)), axis=1),
    lambda xp: xp.lexsort(np.zeros((2, 3)), axis=-2),
    lambda xp: xp.lexsort([5, 3], axis=1),
    lambda xp: xp.sort_complex(np.array(3.0)),
]


@pytest.mark.parametrize("case", range(len(ERRORS)))
def test_errors(case):
    with pytest.raises(Exception):  # NumPy raises; the harness checks that tnp raises the same type
        ERRORS[case](np)
    run(ERRORS[case], modes=("eager",))


def test_lexsort_keys_array_of_unknown_length_in_tf_function():
    keys = np.stack([sample((6,), "int64", s) for s in range(3)])

    @tf.function(input_signature=[tf.TensorSpec([None, None], tf.int64)])
    def f(t):
        return _searching.lexsort(tnp_core.asarray(t))._t

    assert_same(tnp_core.asarray(f(tf.constant(keys)).numpy()), np.lexsort(keys))


@given(
    rows=st.lists(
        st.tuples(st.integers(-2, 2), st.sampled_from([0.0, -0.0, 1.5, np.nan, -np.inf])), max_size=10
    )
)
def test_lexsort_hypothesis(rows):
    a = np.array([r[0] for r in rows], np.int64)
    b = np.array([r[1] for r in rows], np.float64)
    run(lambda xp, a, b: (xp.lexsort((a, b)), xp.lexsort((b, a))), a, b, modes=("eager",))


@pytest.mark.parametrize(
    "dtype", [*("bool", "int8", "uint16", "int32", "float16", "float32", "complex64"), *(
        pytest.param(d, marks=EXHAUSTIVE) for d in ALL_DTYPES if d not in
        ("bool", "int8", "uint16", "int32", "float16", "float32", "complex64")
    )],
)  # fmt: skip
@pytest.mark.parametrize("shape", [(0,), (7,), (3, 4)])
def test_sort_complex(dtype, shape):
    run(lambda xp, a: xp.sort_complex(a), sample(shape, dtype))


def test_sort_complex_python_input():
    run(lambda xp: xp.sort_complex([5, 3, 6, 2, 1]))
    run(lambda xp: xp.sort_complex([1 + 2j, 2 - 1j, 3 - 2j, 3 - 3j, 3 + 5j]))
