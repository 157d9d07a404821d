"""NumPy indexing and assignment, every index kind and mixture, against NumPy (eager and tf.function)."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from hypothesis import given, settings, strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core.testing import check

A = np.arange(60).reshape(3, 4, 5)

KEYS = [
    # integer arrays / lists, broadcast together
    [2, 0, -1],
    ([0, 2], [1, 3]),
    ([[0], [2]], [1, 3]),
    (np.array([0, 1]), slice(None), np.array([4, 0])),  # separated by a slice -> broadcast dims first
    (slice(None), [0, 1], [4, 0]),  # adjacent -> in place
    (0, slice(None), [1, 2]),  # an int counts as advanced when arrays are present
    (Ellipsis, [1, 0]),
    (None, [1, 0], None),
    ([1, 0], None, 0),
    (slice(1, None), [[0, 1], [2, 3]]),
    (np.array(1), [0, 2]),
    [],
    ([],),
    # boolean masks
    A > 30,
    A[0] > 10,
    (slice(None), np.array([True, False, True, False])),
    (np.array([True, False, True]), Ellipsis, [0, 4]),
    (np.array([[True, False, True, True]] * 3),),
    True,
    False,
    (Ellipsis, True),
    (0, np.array([False] * 4)),
]


@pytest.mark.parametrize("key", KEYS, ids=repr)
def test_advanced_getitem_matches_numpy(key):
    check(lambda xp, x: x[key], A)


@pytest.mark.parametrize("dtype", ["bool", "uint8", "int64", "float16", "complex64"])
def test_getitem_dtypes(dtype):
    a = (A % 7).astype(dtype)
    check(lambda xp, x: x[[0, 2], 1:3], a)


ERROR_KEYS = [
    ([0, 3],),
    ([[0, 1]], [[0], [1], [2]]),  # not broadcastable
    (np.array([1.0]),),
    ("a",),
    (slice(None), [4]),
    (0, 0, 0, 0),
    (slice(0, 2, 0),),
    (slice(0.5, 2),),
    np.ones((3, 4, 5, 1), bool),
]


@pytest.mark.parametrize("key", ERROR_KEYS, ids=repr)
def test_getitem_errors_match_numpy(key):
    check(lambda xp, x: x[key], A, modes=("eager",))


def test_advanced_getitem_gradient_flows():
    x = tf.Variable(np.arange(6.0).reshape(2, 3))
    with tf.GradientTape() as tape:
        a = tnp_core.asarray(x)
        y = a[[1, 1, 0], [0, 0, 2]]
        s = tf.reduce_sum(tf.convert_to_tensor(y))
    g = tape.gradient(s, x)
    expected = np.zeros((2, 3))
    np.add.at(expected, ([1, 1, 0], [0, 0, 2]), 1.0)
    np.testing.assert_array_equal(g.numpy(), expected)


def test_boolean_mask_inside_function_gives_dynamic_dimension():
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def f(t):
        a = tnp_core.asarray(t)
        r = a[a > 0]
        assert r.shape == (None,)
        return r

    np.testing.assert_array_equal(f(tf.constant([1.0, -1.0, 2.0])).numpy(), [1.0, 2.0])


def _assign(xp, x, key, v):
    if xp is np:
        y = x.copy()
        y[key] = v
        return y
    x[key] = v
    return x


SET_CASES = [
    (1, 7),
    ((0, 1), np.arange(5)),
    (slice(None, None, 2), -1),
    ((Ellipsis, 0), np.arange(4)),
    ([0, 2], 0),
    (([0, 2], [1, 3]), np.array([100, 200])),
    (A > 30, 0),
    (A > 30, np.arange((A > 30).sum())),
    ((slice(None), [0, 1], [4, 0]), 5),
    ((0, slice(None), [1, 2]), np.array([[1, 2]] * 4)),
    (True, 3),
    ((), 9),
]


@pytest.mark.parametrize("key,value", SET_CASES, ids=repr)
def test_setitem_matches_numpy(key, value):
    check(lambda xp, x: _assign(xp, x, key, value), A)


@pytest.mark.parametrize("value", [2.7, -3.9, True, np.float32(1.5), np.array([1.5, 2.5, 3.5, 4.5, 5.5])])
def test_setitem_casts_to_array_dtype(value):
    check(lambda xp, x: _assign(xp, x, (0, 0), value), A)


@pytest.mark.parametrize(
    "key,value", [((0, 0), np.arange(3)), (0, np.ones((2, 5))), ([0, 5], 1), ((0, 0), 2**40)], ids=repr
)
def test_setitem_errors_match_numpy(key, value):
    check(lambda xp, x: _assign(xp, x, key, value), A.astype(np.int32), modes=("eager",))


def test_setitem_gradient_flows_through_update():
    x = tf.Variable([1.0, 2.0, 3.0])
    v = tf.Variable(5.0)
    with tf.GradientTape() as tape:
        a = tnp_core.asarray(x) * 2.0
        a[1] = tnp_core.asarray(v) * 3.0
        s = tf.reduce_sum(tf.convert_to_tensor(a))
    gx, gv = tape.gradient(s, [x, v])
    np.testing.assert_array_equal(gx.numpy(), [2.0, 0.0, 2.0])
    assert float(gv) == 3.0


@settings(max_examples=60, deadline=None)
@given(
    hnp.arrays(
        np.int32,
        hnp.array_shapes(min_dims=1, max_dims=4, min_side=1, max_side=4),
        elements=st.integers(-9, 9),
    ),
    st.data(),
)
def test_mixed_indices_hypothesis(a, data):
    key = data.draw(
        hnp.basic_indices(a.shape, allow_newaxis=True, allow_ellipsis=True)
        | hnp.integer_array_indices(
            a.shape, result_shape=hnp.array_shapes(min_dims=0, max_dims=2, max_side=3)
        )
    )
    check(lambda xp, x: x[key], a, modes=("eager",))
    rng = np.random.default_rng(0)
    mask = rng.random(a.shape) > 0.5
    check(lambda xp, x: x[mask], a, modes=("eager",))


def test_setitem_keeps_identity_and_rebinds():
    x = tnp_core.asarray([1, 2, 3])
    alias = x
    before = x.tensor
    x[0] = 5
    assert alias is x
    np.testing.assert_array_equal(np.asarray(x), [5, 2, 3])
    np.testing.assert_array_equal(before.numpy(), [1, 2, 3])  # the old tensor is untouched (immutable)


def _inplace(xp, x, key, op, v):
    if xp is np:
        x = x.copy()
    view = x[key]
    if op == "+":
        view += v
    elif op == "*":
        view *= v
    elif op == "-":
        view -= v
    else:
        view //= v
    x[key] = view
    return x


@pytest.mark.parametrize("op", ["+", "*", "-", "//"])
@pytest.mark.parametrize("key", [A > 30, (0, slice(None)), ([0, 2],), Ellipsis], ids=repr)
def test_inplace_operators_on_selections(op, key):
    check(lambda xp, x: _inplace(xp, x, key, op, 3), A)


def test_inplace_operator_casting_follows_numpy():
    check(lambda xp, x: _inplace(xp, x, Ellipsis, "+", 1.5), A, modes=("eager",))  # same_kind: TypeError


@pytest.mark.parametrize("method", ["set", "add", "multiply", "min", "max"])
def test_at_updates_are_functional(method):
    a = np.arange(6.0)
    idx = np.array([0, 2, 2, 5])
    x = tnp_core.asarray(a)
    got = getattr(x.at[idx], method)(10.0)
    expected = a.copy()
    if method == "set":
        expected[idx] = 10.0
    else:
        getattr(np, {"add": "add", "multiply": "multiply", "min": "minimum", "max": "maximum"}[method]).at(
            expected, idx if method in ("add",) else np.unique(idx), 10.0
        )
    np.testing.assert_allclose(np.asarray(got), expected)
    np.testing.assert_array_equal(np.asarray(x), a)  # unchanged
    np.testing.assert_array_equal(np.asarray(x.at[idx].get()), a[idx])


@pytest.mark.parametrize(("key", "size"), [(lambda i: (i,), 3), (lambda i: (slice(None), i), 4)])
def test_index_values_known_only_at_run_time_are_bounds_checked(key, size):
    """NumPy's IndexError becomes a run-time assertion naming tnp when the index values are unknown while tracing
    (TensorFlow's gather would fail with its own message on CPU and return zeros on GPU)."""
    x = tnp_core.asarray(np.arange(12.0).reshape(3, 4))
    f = tf.function(lambda i: x[key(i)]._t)
    ok = np.array([0, -size, size - 1])
    np.testing.assert_array_equal(f(tf.constant(ok)).numpy(), np.asarray(x)[key(ok)])
    for bad in ([0, size], [-size - 1]):
        with pytest.raises(tf.errors.InvalidArgumentError, match="tnp indexing: an index is out of bounds"):
            f(tf.constant(bad))
