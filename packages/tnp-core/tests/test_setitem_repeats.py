"""`x[idx] = v` with repeated positions: NumPy's last write wins (in index order), eager and in tf.function;
`x.at[idx].add` and `ufunc.at` keep accumulating."""

from __future__ import annotations

import numpy as np
import pytest
import tnp_core
from hypothesis import given, settings, strategies as st
from tnp_core.testing import check

DTYPES = ["bool", "int8", "int64", "uint32", "float32", "float64", "complex64"]


def values(shape, dtype, seed=1):
    x = np.arange(1, int(np.prod(shape)) + 1).reshape(shape) * (1 if seed else -1)
    return (x % 2 == 0) if dtype == "bool" else x.astype(dtype)


def assigned(key):
    """`a[key(*idx)] = v` on a copy of `a`, returned (index arrays come in as arguments: tnp arrays/tensors)."""

    def f(xp, a, v, *idx):
        a = a.copy()
        a[key(*idx)] = v
        return a

    return f


CASES = [
    # (base shape, key builder, index arrays, value shape)
    ((5,), lambda i: i, [np.array([1, 1, 3, 1])], (4,)),
    ((5,), lambda i: i, [np.array([1, -4, 1])], (3,)),  # 1 and -4 are the same position
    ((5,), lambda i: i, [np.array([[2, 2], [0, 2]])], (2, 2)),
    ((5,), lambda i: i, [np.array([2, 2, 2])], ()),
    ((4, 3), lambda i: i, [np.array([0, 0, 2, 0])], (4, 3)),
    ((4, 3), lambda i: i, [np.array([0, 0, 2])], (3,)),  # broadcast rows
    ((4, 3), lambda i, j: (i, j), [np.array([0, 0, 1, 0]), np.array([2, 2, 2, 2])], (4,)),
    ((4, 3), lambda i, j: (i, j), [np.array([[0], [0]]), np.array([1, 1])], (2, 2)),  # broadcast indices
    ((4, 3), lambda i: (i, 1), [np.array([3, 3, 3])], (3,)),
    ((4, 3), lambda i: (slice(1, 3), i), [np.array([2, 0, 2])], (2, 3)),
    ((3, 4, 2), lambda i, j: (i, slice(None), j), [np.array([0, 0]), np.array([1, 1])], (2, 4)),  # non-adjacent
    ((3, 4, 2), lambda i, j: (Ellipsis, i, j), [np.array([3, 3, 0]), np.array([1, 1, 1])], (3, 3)),
    ((5,), lambda i: i, [np.zeros(0, np.int64)], (0,)),
    ((4, 3), lambda m: m, [np.array([[True, False, True], [False, False, True], [True] * 3, [False] * 3])], (6,)),
    ((4, 3), lambda m, i: (m, i), [np.array([True, False, True, True]), np.array([2, 2, 2])], (3,)),
]  # fmt: skip


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("case", range(len(CASES)))
def test_repeated_positions_last_write_wins(case, dtype):
    shape, key, idx, vshape = CASES[case]
    a = values(shape, dtype, seed=0)
    v = values(vshape, dtype)
    check(assigned(key), a, v, *idx)


def test_repeated_python_list_and_tensor_indices():
    a, v = np.zeros(6), np.arange(1.0, 6.0)
    check(lambda xp, x, y: assigned(lambda: [4, 0, 4, 4, 0])(xp, x, y), a, v)
    check(lambda xp, x, y: assigned(lambda: ([4, 4], [0, 0]))(xp, x.reshape(6, 1), y[:2]), a, v)
    import tensorflow as tf

    t = tnp_core.zeros(4)
    t[tf.constant([3, 3, 3])] = tnp_core.asarray([1.0, 2.0, 3.0])
    x = np.zeros(4)
    x[np.array([3, 3, 3])] = [1.0, 2.0, 3.0]
    np.testing.assert_array_equal(np.asarray(t), x)


def test_functional_set_also_last_wins_and_add_accumulates():
    idx = np.array([0, 2, 0, 0, 2])
    v = np.arange(1.0, 6.0)
    check(lambda xp, a, i, w: a.at[i].set(w) if xp is tnp_core else _np_set(a, i, w), np.zeros(3), idx, v)
    check(lambda xp, a, i, w: a.at[i].add(w) if xp is tnp_core else _np_add(a, i, w), np.zeros(3), idx, v)


def _np_set(a, i, w):
    a = a.copy()
    a[i] = w
    return a


def _np_add(a, i, w):
    a = a.copy()
    np.add.at(a, i, w)
    return a


@pytest.mark.parametrize("name", ["add", "multiply", "maximum", "subtract"])
def test_ufunc_at_still_accumulates_over_repeats(name):
    def f(xp, a, i, w):
        a = a.copy()
        getattr(xp, name).at(a, i, w)
        return a

    check(f, np.arange(1.0, 5.0), np.array([1, 1, 3, 1]), np.array([2.0, 3.0, 0.5, 4.0]))


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(1, 6),
    idx=st.lists(st.integers(-6, 5), min_size=0, max_size=12),
    seed=st.integers(0, 2**16),
)
def test_random_repeats_match_numpy(n, idx, seed):
    idx = [i % n - (n if i < 0 else 0) for i in idx]
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((n, 2)).astype(np.float32)
    v = rng.standard_normal((len(idx), 2)).astype(np.float32)
    check(assigned(lambda i: i), a, v, np.array(idx, np.int64), modes=("eager", "function"))
