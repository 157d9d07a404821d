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


# ---- the eager fast paths (plans cached per key and shape, cached scalar values): every call, also the repeated
# ones that hit a cache, must give NumPy's result or NumPy's exception with its message


def _outcome(f, x):
    try:
        r = f(x)
    except Exception as exc:  # noqa: BLE001
        return type(exc), str(exc)
    r = np.asarray(r)
    return r.dtype, r.shape, r.tobytes()  # bytes: NaNs compare equal, -0.0 differs from 0.0


def _same_twice(f, x):
    """`f` on a NumPy copy of `x` and (twice: the second call takes the cached plan) on a tnp array."""
    expected = _outcome(lambda a: f(np, a), np.array(x, copy=True))
    for _ in range(2):
        assert _outcome(lambda a: f(tnp_core, tnp_core.asarray(a)), x) == expected


BASIC_KEYS = [
    0, -1, 2, -3, 5, slice(None), slice(1, None), slice(None, None, -1), slice(5, -7, -2), slice(0, 0), None,
    Ellipsis, (0, 1), (0, 1, 2), (0, 1, 2, 3), (None, 0), (Ellipsis, None), (slice(None), None), (None, None),
    (None, Ellipsis, None), (Ellipsis, 0, None), (0, Ellipsis, 0, Ellipsis), (), (1, -4), (2**40,), (slice(2**40),),
    (slice(None), slice(None), slice(None), None), slice(1.0, None), slice(0, 2, 0),
]  # fmt: skip


@pytest.mark.parametrize("shape", [(2, 3, 4), (3,), (), (0, 3)], ids=str)
@pytest.mark.parametrize("key", BASIC_KEYS, ids=repr)
def test_eager_basic_keys_and_python_scalars_match_numpy(shape, key):
    x = np.arange(int(np.prod(shape)), dtype=np.float32).reshape(shape)
    _same_twice(lambda xp, a: a[key], x)
    for v in [5.0, -0.0, 7, True, float("nan"), 1j, 2**70]:

        def assign(xp, a, v=v):
            a[key] = v
            return a

        _same_twice(assign, x)


@pytest.mark.parametrize(
    "dtype", ["bool", "int8", "uint8", "int64", "uint64", "float16", "float64", "complex64"]
)
@pytest.mark.filterwarnings("ignore:overflow encountered in cast:RuntimeWarning")  # NumPy, into float16
def test_eager_scalar_assignment_casts_and_errors_match_numpy(dtype):
    """The scalar is converted once per (value, dtype) and cached: NumPy's cast and errors on every call; the key's
    errors come first, as in NumPy."""
    x = np.arange(6).reshape(2, 3).astype(dtype)
    values = [5.0, -0.0, 0.0, 300, -1, True, False, float("nan"), float("inf"), 1j, 2.5, -(2**63)]
    if dtype != "complex64":  # tnp_core._convert cannot convert a Python int beyond int64 into complex yet
        values += [2**63, 2**64]
    for key in [1, (0, slice(1, None)), Ellipsis, (1, 2), 7, (0, 2**40)]:
        for v in values:

            def assign(xp, a, key=key, v=v):
                a[key] = v
                return a

            _same_twice(assign, x)


@pytest.mark.parametrize(
    "key", [1, (slice(3, 90, 7), -1), (Ellipsis, 5), slice(None), (None, 3), (slice(None, None, -3),)]
)
def test_eager_scalar_assignment_into_a_large_array(key):
    """Past the size of the cached select masks the scalar goes through one strided-slice update."""

    def assign(xp, a):
        a[key] = -0.0
        return a

    _same_twice(assign, np.arange(10000.0).reshape(100, 100))


def test_eager_scalar_assignment_keeps_read_only_and_rebinds():
    x = tnp_core.asarray([1.0, 2.0, 3.0])
    before = x.tensor
    x[1:] = 0.0
    x[1:] = 0.0
    np.testing.assert_array_equal(np.asarray(x), [1.0, 0.0, 0.0])
    np.testing.assert_array_equal(before.numpy(), [1.0, 2.0, 3.0])
    x.setflags(write=False)
    with pytest.raises(ValueError, match="read-only"):
        x[0] = 5.0


@pytest.mark.parametrize("kernel_check", [True, False], ids=["cpu-kernel-check", "host-check"])
@pytest.mark.parametrize("dtype", ["int64", "int32"])
@pytest.mark.parametrize(
    "idx", [[2, 0], [-1, 0], [3], [-4], [], [[0, 1], [2, 2]], 0, -1, 5, [0, 2**31 - 1]], ids=repr
)
def test_eager_integer_array_index_matches_numpy(idx, dtype, kernel_check, monkeypatch):
    """An eager tnp integer index: one GatherV2 when its values are in [0, n) (checked by the CPU kernel when every
    device is a CPU, else on the host); negative and out-of-bounds values take the host path: NumPy's wrapping
    and IndexError message."""
    from tnp_core import _indexing

    tnp_core.asarray([1.0])[0]  # the eager caches belong to this context from here on
    monkeypatch.setattr(_indexing, "_eager_state", list(_indexing._eager_state))
    _indexing._eager_state[1] = kernel_check
    x = np.arange(12.0).reshape(3, 4)
    ia = np.array(idx, dtype)
    _same_twice(lambda xp, a: a[xp.asarray(ia) if xp is tnp_core else ia], x)
    _same_twice(lambda xp, a: a[xp.asarray(ia) if xp is tnp_core else ia], np.float32(3.0))


@pytest.mark.parametrize(
    "mask",
    [
        [True, False, True],
        [True, False],
        np.ones((3, 4), bool),
        True,
        np.ones((3, 4, 1), bool),
        np.zeros((2, 4), bool),
    ],
    ids=lambda m: str(np.shape(m)),
)
def test_eager_boolean_array_index_matches_numpy(mask):
    m = np.array(mask)
    _same_twice(lambda xp, a: a[xp.asarray(m) if xp is tnp_core else m], np.arange(12.0).reshape(3, 4))


@pytest.mark.parametrize(
    "key", [True, False, (Ellipsis, True), (slice(None), True), [], np.zeros((0, 3), bool)], ids=repr
)
def test_empty_array_with_a_0d_mask(key):
    """GatherNd rejects empty params even when nothing is gathered: an empty result is built instead."""
    _same_twice(lambda xp, a: a[key], np.zeros((0, 3)))

    def assign(xp, a):
        a[key] = 1.0
        return a

    _same_twice(assign, np.zeros((0, 3)))


def test_captured_eager_array_inside_function_takes_the_graph_path():
    """A tnp array created eagerly and indexed inside a tf.function: the eager caches stay out of the graph, an
    out-of-bounds index known while tracing is NumPy's IndexError."""
    x = tnp_core.asarray(np.arange(6.0).reshape(2, 3))
    idx = tnp_core.asarray(np.array([1, 0]))
    bad = tnp_core.asarray(np.array([2]))

    @tf.function(autograph=False)
    def f():
        y = tnp_core.array(x)  # a copy: assigning rebinds it to a graph tensor
        y[0] = 7.0
        return x[1]._t, x[None]._t, x[idx]._t, y._t

    got = [t.numpy() for t in f()]
    expected_y = np.arange(6.0).reshape(2, 3)
    expected_y[0] = 7.0
    for g, e in zip(
        got,
        [
            np.arange(6.0).reshape(2, 3)[1],
            np.arange(6.0).reshape(2, 3)[None],
            [[3, 4, 5], [0, 1, 2]],
            expected_y,
        ],
    ):
        np.testing.assert_array_equal(g, e)
    with pytest.raises(IndexError, match="index 2 is out of bounds for axis 0 with size 2"):
        tf.function(lambda: x[bad]._t, autograph=False)()
