"""The functions behind ndarray's methods (reshape, transpose, astype, sum, matmul, real/imag, getitem), vs NumPy."""

from __future__ import annotations

import numpy as np
import pytest
import tnp_core
from hypothesis import given, strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core.testing import check

DTYPES = [
    "bool",
    "int8",
    "uint16",
    "int32",
    "int64",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]
SHAPES = [(), (0,), (3,), (2, 3), (2, 0, 3), (2, 3, 4)]


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(shape) * 5
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.standard_normal(shape)
    return np.asarray(x).astype(dtype)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("dtype", ["bool", "int16", "float32", "complex64"])
def test_reshape_ravel_and_minus_one(shape, dtype):
    a = sample(shape, dtype)
    check(lambda xp, x: xp.reshape(x, (-1,)), a)
    check(lambda xp, x: x.reshape(-1), a)
    check(lambda xp, x: x.ravel(), a)
    check(lambda xp, x: x.flatten(), a)
    if a.ndim == 2:
        n, m = a.shape
        check(lambda xp, x: xp.reshape(x, (m, -1)), a)
        check(lambda xp, x: xp.reshape(x, (m, -1), order="F"), a)
        check(lambda xp, x: x.reshape(m, n), a)


@pytest.mark.parametrize(
    "shape,new",
    [((6,), (4,)), ((6,), (-1, -1)), ((6,), (-2, 3)), ((0,), (-1, 0)), ((6,), (4, -1)), ((2, 3), (3, 2))],
)
def test_reshape_errors_and_edge_cases_match_numpy(shape, new):
    check(lambda xp, x: xp.reshape(x, new), np.zeros(shape), modes=("eager",))


def test_reshape_bad_order_raises_valueerror():
    check(lambda xp, x: xp.reshape(x, (6,), order="Q"), np.zeros((2, 3)), modes=("eager",))


@pytest.mark.parametrize("shape", SHAPES)
def test_transpose_T_mT(shape):
    a = sample(shape, "float32")
    check(lambda xp, x: xp.transpose(x), a)
    check(lambda xp, x: x.T, a)
    if a.ndim >= 2:
        check(lambda xp, x: x.mT, a)
        check(lambda xp, x: xp.matrix_transpose(x), a)
    if a.ndim == 3:
        check(lambda xp, x: xp.transpose(x, (1, -1, 0)), a)
        check(lambda xp, x: x.transpose(2, 0, 1), a)
        check(lambda xp, x: x.transpose((2, 0, 1)), a)


@pytest.mark.parametrize("axes", [(0, 0, 1), (0, 1), (0, 1, 3), (0.5, 1, 2)])
def test_transpose_bad_axes_match_numpy(axes):
    check(lambda xp, x: xp.transpose(x, axes), np.zeros((2, 3, 4)), modes=("eager",))


def test_mT_of_1d_raises_valueerror():
    with pytest.raises(ValueError):
        tnp_core.asarray([1, 2]).mT


@pytest.mark.parametrize("src", DTYPES)
@pytest.mark.parametrize("dst", DTYPES)
def test_astype_every_pair(src, dst):
    a = sample((2, 3), src)
    if np.dtype(src).kind == "f" and np.dtype(dst).kind in "iu":
        a = np.abs(a).round()  # float -> int of out-of-range or negative values is platform-defined in NumPy
    if np.dtype(src).kind == "c" and np.dtype(dst).kind in "iu":
        a = (np.abs(a.real).round() + 0j).astype(src)
    with np.errstate(all="ignore"):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            check(lambda xp, x: x.astype(dst), a)


@pytest.mark.parametrize("casting", ["no", "equiv", "safe", "same_kind", "unsafe"])
@pytest.mark.parametrize(
    "pair", [("int8", "int16"), ("int16", "int8"), ("float64", "int32"), ("int32", "float32")]
)
def test_astype_casting_rules(casting, pair):
    check(lambda xp, x: xp.astype(x, pair[1], casting=casting), np.ones(3, pair[0]), modes=("eager",))


def _warned(fn):
    """The categories of the warnings `fn()` emits (every one, not once per location), and its result."""
    import warnings

    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = fn()
    return [x.category for x in w], r


COMPLEX_CASTS = [
    lambda xp, x, d: x.astype(d),
    lambda xp, x, d: x.astype(d, copy=False),
    lambda xp, x, d: x.astype(d, casting="unsafe", order="C"),
    lambda xp, x, d: xp.astype(x, d),
    lambda xp, x, d: xp.asarray(x, dtype=d),
    lambda xp, x, d: xp.array(x, dtype=d),
    lambda xp, x, d: xp.asarray([x, x], dtype=d),  # NumPy warns once per element
]


@pytest.mark.parametrize("src", ["complex64", "complex128"])
@pytest.mark.parametrize("dst", [*DTYPES, "bfloat16"])
@pytest.mark.parametrize("shape", [(3,), (0,)])  # NumPy warns by dtype, also with nothing to discard
@pytest.mark.parametrize("cast", range(len(COMPLEX_CASTS)))
def test_complex_to_real_warns_as_numpy(src, dst, shape, cast):
    fn = COMPLEX_CASTS[cast]
    d = tnp_core.bfloat16 if dst == "bfloat16" else np.dtype(dst)
    a = sample(shape, src)
    a = (np.abs(a.real).round() + 1j * a.imag).astype(src)  # negative floats -> unsigned: platform-defined
    expected_warnings, expected = _warned(lambda: fn(np, a, d))
    assert expected_warnings in ([], [np.exceptions.ComplexWarning] * (2 if cast == 6 else 1))
    x = tnp_core.asarray(a)
    for _ in range(2):  # every call warns, eagerly
        got_warnings, got = _warned(lambda: fn(tnp_core, x, d))
        assert got_warnings == expected_warnings
        np.testing.assert_array_equal(np.asarray(got), expected)
    if cast in (3, 4, 5):  # a NumPy array as the input
        assert _warned(lambda: fn(tnp_core, a, d))[0] == expected_warnings


@pytest.mark.parametrize("dst", ["float32", "int64", "bool", "complex64"])
def test_complex_to_real_warns_when_tracing(dst):
    import tensorflow as tf

    expected_warnings, expected = _warned(lambda: sample((3,), "complex128").astype(dst))
    f = tf.function(lambda t: tnp_core.asarray(t).astype(dst)._t, autograph=False)
    got_warnings, got = _warned(lambda: f(tf.constant(sample((3,), "complex128"))))
    assert got_warnings == expected_warnings  # warned while tracing
    np.testing.assert_array_equal(got.numpy(), expected)


@pytest.mark.parametrize(
    "dtype", ["bool", "int8", "uint8", "int32", "uint64", "float16", "float32", "complex64"]
)
@pytest.mark.parametrize("shape", SHAPES)
def test_sum_axes_and_dtypes(dtype, shape):
    a = sample(shape, dtype)
    check(lambda xp, x: xp.sum(x), a)
    check(lambda xp, x: x.sum(keepdims=True), a)
    for ax in range(-a.ndim, a.ndim):
        check(lambda xp, x: xp.sum(x, axis=ax), a)
    if a.ndim >= 2:
        check(lambda xp, x: xp.sum(x, axis=(0, -1), dtype="float64"), a)


def test_sum_where_initial_and_errors():
    a = np.arange(6.0).reshape(2, 3)
    check(lambda xp, x: xp.sum(x, axis=1, where=np.array([True, False, True]), initial=10.0), a)
    check(lambda xp, x: xp.sum(x, axis=2), a, modes=("eager",))
    check(lambda xp, x: xp.sum(x, axis=(0, 0)), a, modes=("eager",))
    check(lambda xp, x: xp.sum(x, axis=1.0), a, modes=("eager",))


MATMUL_SHAPES = [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((5, 2, 3), (3, 4)),
                 ((1, 2, 3), (5, 3, 2)), ((0, 3), (3, 2)), ((2, 0), (0, 3))]  # fmt: skip


@pytest.mark.parametrize("shapes", MATMUL_SHAPES)
@pytest.mark.parametrize("dtype", ["bool", "int32", "int64", "float32", "float64", "complex128"])
def test_matmul_shapes_and_dtypes(shapes, dtype):
    a, b = sample(shapes[0], dtype, 1), sample(shapes[1], dtype, 2)
    check(lambda xp, x, y: xp.matmul(x, y), a, b)
    check(lambda xp, x, y: x @ y, a, b)


@pytest.mark.parametrize("shapes", [((2, 3), (4, 2)), ((), (3,)), ((3,), (4,)), ((2, 2, 3), (3, 3, 2))])
def test_matmul_errors_match_numpy(shapes):
    check(lambda xp, x, y: xp.matmul(x, y), np.ones(shapes[0]), np.ones(shapes[1]), modes=("eager",))


def test_matmul_mixed_dtypes_promote():
    check(lambda xp, x, y: x @ y, np.ones((2, 2), np.int8), np.ones((2, 2), np.float32))


@pytest.mark.parametrize("dtype", ["int16", "float32", "complex64", "complex128"])
def test_real_imag(dtype):
    a = sample((2, 3), dtype)
    check(lambda xp, x: xp.real(x), a)
    check(lambda xp, x: xp.imag(x), a)
    check(lambda xp, x: x.real, a)
    check(lambda xp, x: x.imag, a)


BASIC_KEYS = [0, -1, slice(None), slice(1, None), slice(None, None, -1), slice(-100, 100), slice(5, 1, -2),
              (0, 1), (slice(None), 0), Ellipsis, (Ellipsis, 1), (None, 0), (0, None, slice(None, None, 2)),
              (Ellipsis, None), (), (1, Ellipsis, 2), [0, 2], [-1], np.array([True, False, True]),
              np.array([[0, 1], [1, 0]]), (slice(None), [2, 0]), (Ellipsis, [1])]  # fmt: skip


@pytest.mark.parametrize("key", BASIC_KEYS, ids=repr)
def test_getitem_matches_numpy(key):
    a = sample((3, 4, 5), "float32")
    check(lambda xp, x: x[key], a)


@pytest.mark.parametrize("key", [3, -4, (0, 5), 1.0, (0, 0, 0, 0), [3], (Ellipsis, Ellipsis), np.array([True, False])],
                         ids=repr)  # fmt: skip
def test_getitem_errors_match_numpy(key):
    check(lambda xp, x: x[key], sample((3, 4, 5), "int32"), modes=("eager",))


def test_getitem_list_is_an_index_array_not_a_tuple():
    a = np.arange(12).reshape(3, 4)
    check(lambda xp, x: x[[0, 2]], a)


@given(hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=4)), st.data())
def test_getitem_basic_slices_hypothesis(a, data):
    key = data.draw(hnp.basic_indices(a.shape, allow_newaxis=True))
    check(lambda xp, x: x[key], a, modes=("eager",))
