"""sort, argsort, partition, argpartition, searchsorted vs NumPy (NaN last, stable, complex order)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
import tnp_core
from hypothesis import given, strategies as st
from hypothesis.extra import numpy as hnp
from numpy.exceptions import AxisError
from tnp_core import _sorting
from tnp_core.testing import check, run

T = SimpleNamespace(**{n: getattr(_sorting, n) for n in _sorting.__all__})

DTYPES = ["bool", "int8", "uint8", "int32", "int64", "uint64", "float16", "float32", "float64", "complex64"]
SHAPES = [(), (0,), (5,), (2, 0), (3, 4), (2, 3, 4)]


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = np.round(rng.standard_normal(shape) * 3)  # ties
    if np.dtype(dtype).kind == "c":
        x = x + 1j * np.round(rng.standard_normal(shape))
    if np.dtype(dtype).kind == "u":
        x = np.abs(x)
    x = np.asarray(x).astype(dtype)
    if x.dtype.kind in "fc" and x.size > 2:
        x.flat[1] = np.nan
        x.flat[-1] = -np.inf
    return x


def chk(fn, *args, **kw):
    check(fn, *args, xp=T, **kw)


@pytest.mark.parametrize("dtype", DTYPES)
def test_sort_argsort_dtypes(dtype):
    a = sample((3, 4), dtype)
    chk(lambda xp, x: (xp.sort(x), xp.sort(x, axis=0), xp.sort(x, axis=None), xp.sort(x, kind="stable")), a)
    chk(
        lambda xp, x: (
            xp.argsort(x, stable=True),
            xp.argsort(x, 0, "stable"),
            xp.argsort(x, axis=None, stable=True),
        ),
        a,
    )
    chk(lambda xp, x: xp.argsort(x, kind="mergesort"), a)


@pytest.mark.parametrize("shape", SHAPES)
def test_sort_shapes(shape):
    a = sample(shape, "float32")
    chk(lambda xp, x: (xp.sort(x, axis=None), xp.argsort(x, axis=None, kind="stable")), a)
    if a.ndim:
        chk(lambda xp, x: (xp.sort(x), xp.argsort(x, axis=0, kind="stable"), xp.sort(x, axis=-1)), a)


def test_special_values():
    f = np.array([np.nan, 1.0, -0.0, 0.0, np.inf, -np.inf, np.nan, 1.0, -np.nan], np.float64)
    chk(lambda xp, x: (xp.sort(x), xp.argsort(x, stable=True)), f)
    nan = np.nan
    c = [
        complex(nan, 1),
        complex(1, nan),
        1 + 2j,
        1 + 1j,
        complex(nan, nan),
        complex(nan, 0),
        0j,
        complex(0, nan),
        -1 + 5j,
    ]
    c = np.array(c, np.complex128)
    chk(lambda xp, x: (xp.sort(x), xp.argsort(x, stable=True)), c)
    i = np.array([np.iinfo(np.int64).min, np.iinfo(np.int64).max, 0, -1, 1], np.int64)
    chk(lambda xp, x: (xp.sort(x), xp.argsort(x, stable=True)), i)
    u = np.array([2**64 - 1, 0, 2**63, 2**63 - 1, 5], np.uint64)
    chk(lambda xp, x: (xp.sort(x), xp.argsort(x, stable=True), xp.searchsorted(np.sort(u), x)), u)


def test_sort_is_differentiable():
    import tensorflow as tf

    v = tf.Variable([3.0, 1.0, 2.0])
    with tf.GradientTape() as tape:
        s = T.sort(tnp_core.asarray(v))
        loss = tf.reduce_sum(s.tensor * tf.constant([1.0, 10.0, 100.0]))
    np.testing.assert_array_equal(tf.convert_to_tensor(tape.gradient(loss, v)).numpy(), [100.0, 1.0, 10.0])


def _kth_holds(x: np.ndarray, part: np.ndarray, kth, axis: int) -> None:
    """NumPy's partition contract: part[kth] is the sorted value; smaller ones before, larger ones after."""
    ref = np.sort(x, axis=axis)
    p = np.moveaxis(part, axis, -1)
    r = np.moveaxis(ref, axis, -1)
    for k in np.atleast_1d(kth) % x.shape[axis]:
        np.testing.assert_array_equal(p[..., k], r[..., k])
        if x.dtype.kind != "f":
            assert (p[..., :k] <= p[..., k : k + 1]).all() and (p[..., k + 1 :] >= p[..., k : k + 1]).all()
    np.testing.assert_array_equal(np.sort(p, axis=-1), r)  # a permutation of the data


@pytest.mark.parametrize("dtype", ["bool", "int8", "float32", "float64"])
@pytest.mark.parametrize("kth", [0, 2, -1, (1, 3)])
def test_partition_property(dtype, kth):
    a = sample((3, 5), dtype)
    for mode in ("eager", "function_unknown_shape"):
        part = np.asarray(run(lambda x: T.partition(x, kth), [a], mode))
        _kth_holds(a, part, kth, -1)
        k0 = kth if kth != (1, 3) else (0, 2)
        idx = np.asarray(run(lambda x: T.argpartition(x, k0, axis=0), [a[:, :3]], mode))
        assert idx.dtype == np.argpartition(a[:, :3], 1, axis=0).dtype
        _kth_holds(a[:, :3], np.take_along_axis(a[:, :3], idx, axis=0), k0, 0)
    flat = np.asarray(T.partition(tnp_core.asarray(a), 4, axis=None))
    _kth_holds(a.ravel(), flat, 4, 0)


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "int64", "float16", "float32", "complex64"])
def test_searchsorted(side, dtype):
    a = np.sort(sample((12,), dtype, 1))
    v = sample((2, 5), dtype, 2)
    chk(lambda xp, x, y: xp.searchsorted(x, y, side=side), a, v)
    chk(lambda xp, x: xp.searchsorted(x, 1, side=side), a)
    unsorted = sample((12,), dtype, 3)
    sorter = np.argsort(unsorted, kind="stable")
    chk(lambda xp, x, s, y: xp.searchsorted(x, y, side=side, sorter=s), unsorted, sorter, v)
    chk(lambda xp, x: xp.searchsorted(x, 0.5), a)
    chk(lambda xp, x: xp.searchsorted(x[:0], 1), a)


def test_searchsorted_strong_value_dtype():
    a = np.arange(5, dtype=np.int8)
    chk(
        lambda xp, x: (xp.searchsorted(x, 1000), xp.searchsorted(x, 2.5), xp.searchsorted(x, np.int64(-300))),
        a,
    )


ERRORS = [
    (lambda xp, x: xp.sort(x, axis=2), AxisError),
    (lambda xp, x: xp.sort(x[0, 0]), AxisError),
    (lambda xp, x: xp.sort(x, kind="foo"), ValueError),
    (lambda xp, x: xp.sort(x, order="f"), ValueError),
    (lambda xp, x: xp.argsort(x, axis=-3), AxisError),
    (lambda xp, x: xp.partition(x, 5), ValueError),
    (lambda xp, x: xp.partition(x, -6), ValueError),
    (lambda xp, x: xp.partition(x, 1, kind="quick"), ValueError),
    (lambda xp, x: xp.partition(x, 1.5), TypeError),
    (lambda xp, x: xp.argpartition(x, 1, axis=3), AxisError),
    (lambda xp, x: xp.searchsorted(x, 1), ValueError),
    (lambda xp, x: xp.searchsorted(x[0, 0], 1), ValueError),
    (lambda xp, x: xp.searchsorted(x[0], 1, side="middle"), ValueError),
    (lambda xp, x: xp.searchsorted(x[0], 1, sorter=[0, 1]), ValueError),
]


@pytest.mark.parametrize("case", range(len(ERRORS)))
def test_errors(case):
    fn, exc = ERRORS[case]
    a = sample((4, 5), "float32")
    with pytest.raises(exc):
        fn(np, a)
    chk(fn, a)


finite = st.floats(-1e3, 1e3, width=32) | st.sampled_from([np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0])


@given(
    hnp.arrays(np.float32, st.integers(0, 12), elements=finite),
    hnp.arrays(np.float32, st.integers(0, 4), elements=finite),
    st.sampled_from(["left", "right"]),
)
def test_hypothesis_floats(x, v, side):
    s = np.sort(x)
    got_s, got_a, got_ss = run(
        lambda a, b, c: (T.sort(a), T.argsort(a), T.searchsorted(c, b, side=side)), [x, v, s], "eager"
    )
    np.testing.assert_array_equal(np.asarray(got_s), s)
    np.testing.assert_array_equal(np.asarray(got_a), np.argsort(x, kind="stable"))
    np.testing.assert_array_equal(np.asarray(got_ss), np.searchsorted(s, v, side=side))


_int_dtypes = st.sampled_from([np.int8, np.uint8, np.int64])


@given(
    hnp.arrays(_int_dtypes, hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=5)),
    st.integers(-3, 2),
)
def test_hypothesis_ints(x, axis):
    axis = axis % x.ndim
    got = T.argsort(tnp_core.asarray(x), axis=axis)
    np.testing.assert_array_equal(np.asarray(got), np.argsort(x, axis=axis, kind="stable"))
    np.testing.assert_array_equal(np.asarray(T.sort(tnp_core.asarray(x), axis=axis)), np.sort(x, axis=axis))


_part = st.floats(-10, 10, width=32) | st.just(np.nan)


@given(hnp.arrays(np.complex64, st.integers(0, 10), elements=st.builds(complex, _part, _part)))
def test_hypothesis_complex(x):
    x = x.copy()
    x.real = np.round(x.real)  # ties in the real part
    np.testing.assert_array_equal(np.asarray(T.sort(tnp_core.asarray(x))), np.sort(x))
    np.testing.assert_array_equal(np.asarray(T.argsort(tnp_core.asarray(x))), np.argsort(x, kind="stable"))
    s = np.sort(x)
    got = T.searchsorted(tnp_core.asarray(s), tnp_core.asarray(x[::-1]), side="right")
    np.testing.assert_array_equal(np.asarray(got), np.searchsorted(s, x[::-1], side="right"))


@pytest.mark.parametrize("dtype", ["int32", "float64"])
@pytest.mark.parametrize(
    ("shape", "axis"), [((0,), -1), ((9,), -1), ((4, 6), 0), ((4, 6), 1), ((2, 3, 5), None)]
)
def test_descending_is_stable_like_the_array_api_asks(dtype, shape, axis):
    """The array API's `descending=` (a tnp extension of NumPy's sort): largest first, ties in original order;
    NumPy's stable argsort of the negated values is the reference."""
    x = np.random.default_rng(3).integers(-3, 3, size=shape).astype(dtype)  # many ties
    want_idx = np.argsort(-x, axis=axis, kind="stable")
    got_idx = tnp_core.argsort(x, axis=axis, descending=True)
    assert got_idx.dtype == want_idx.dtype and got_idx.shape == want_idx.shape
    np.testing.assert_array_equal(np.asarray(got_idx), want_idx)
    np.testing.assert_array_equal(
        np.asarray(tnp_core.sort(x, axis=axis, descending=True)), -np.sort(-x, axis=axis)
    )


def test_argsort_of_a_0d_array_is_1d_as_numpy():
    check(lambda xp, a: xp.argsort(a), np.asarray(3.0))
    check(lambda xp, a: a.argsort(), np.asarray(3, dtype="int32"))
    check(lambda xp, a: xp.sort(a), np.asarray(3.0))  # NumPy raises AxisError for sort


def test_comparisons_of_two_python_ints_use_int64():
    for name in ("equal", "not_equal", "less", "greater_equal"):
        check(lambda xp, name=name: getattr(xp, name)(2**62, 2**62 - 1), modes=("eager",))
