"""Index helpers (tnp_math._index_tricks) against NumPy."""

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
from tnp_math import _index_tricks

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_index_tricks, n) for n in _index_tricks.__all__},
    }
)
EXHAUSTIVE = pytest.mark.exhaustive
EAGER = ("eager",)
STATIC = ("eager", "function")
INT_DTYPES = [
    "int8",
    "int64",
    "bool",
    *(pytest.param(d, marks=EXHAUSTIVE) for d in ("uint8", "int32", "uint64")),
]
FUNCTIONS = [
    "diag_indices", "diag_indices_from", "ix_", "mask_indices", "ravel_multi_index", "tril_indices",
    "tril_indices_from", "triu_indices", "triu_indices_from", "unravel_index",
]  # fmt: skip


def run(fn, *args, **kw):
    if not args:  # nothing to trace with unknown dimensions
        kw.setdefault("modes", STATIC)
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=XP, **kw)


def raises_like_numpy(fn, *args):
    """NumPy raises for `fn(np, *args)`, and tnp raises the same exception type eagerly."""
    with pytest.raises(Exception) as np_err, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # NumPy's matrix warns
        fn(np, *args)
    run(fn, *args, modes=EAGER)
    return np_err.value


def indices_in(dims, shape, dtype, seed=0):
    """Index arrays of `shape` valid for `dims` (one per dimension), of `dtype`."""
    rng = np.random.default_rng(seed)
    hi = np.iinfo(np.int8).max if dtype != "bool" else 2
    return [rng.integers(0, min(d, hi), size=shape).astype(dtype) for d in dims]


# ---- meta --------------------------------------------------------------------------------------------------


def test_all_names_exist_in_numpy():
    for name in _index_tricks.__all__:
        assert hasattr(np, name), name


@pytest.mark.parametrize("name", FUNCTIONS)
def test_signature_matches_numpy(name):
    def params(fn):
        return [(p.name, p.kind, p.default) for p in inspect.signature(fn).parameters.values()]

    assert params(getattr(_index_tricks, name)) == params(getattr(np, name))


def test_pure_python_objects_are_numpys():
    assert _index_tricks.s_ is np.s_ and _index_tricks.index_exp is np.index_exp
    assert _index_tricks.ndindex is np.ndindex
    assert XP.s_[1:3, ::2] == np.s_[1:3, ::2] and XP.index_exp[2] == (2,)
    assert list(XP.ndindex(2, 3)) == list(np.ndindex(2, 3)) and list(XP.ndindex()) == [()]
    assert len(XP.r_) == len(np.r_) == 0


# ---- ravel_multi_index / unravel_index ---------------------------------------------------------------------


@pytest.mark.parametrize("dtype", INT_DTYPES)
@pytest.mark.parametrize("shape", [(), (0,), (5,), (2, 3)])
@pytest.mark.parametrize("order", ["C", "F"])
def test_ravel_multi_index(dtype, shape, order):
    dims = (3, 4, 5)
    i, j, k = indices_in(dims, shape, dtype)
    run(lambda xp, i, j, k: xp.ravel_multi_index((i, j, k), dims, order=order), i, j, k)


@pytest.mark.parametrize("mode", ["wrap", "clip", ("clip", "wrap"), ["wrap", "raise"]])
@pytest.mark.parametrize("order", ["C", "F"])
def test_ravel_multi_index_modes(mode, order):
    i = np.array([-7, -1, 0, 2, 3, 9])
    j = np.array([[0], [3], [4]])
    if isinstance(mode, list):
        i = np.array([-7, -1, 0, 2, 3, 9]) % 3
    run(lambda xp, i, j: xp.ravel_multi_index((j, i), (4, 3), mode=mode, order=order), i, j % 4)
    run(lambda xp, i, j: xp.ravel_multi_index((i, j), (3, -1), mode="clip"), i, j)


def test_ravel_multi_index_forms():
    run(lambda xp: xp.ravel_multi_index((1, 2), (3, 4)))
    run(lambda xp: xp.ravel_multi_index((1,), 3))
    run(lambda xp: xp.ravel_multi_index((), ()))
    run(lambda xp: xp.ravel_multi_index([1, 2], np.array([3, 4])))
    run(lambda xp: xp.ravel_multi_index(((1,), (2,)), (3, 4)))
    run(lambda xp: xp.ravel_multi_index(([[1]], [2, 0]), (3, 4)))
    run(lambda xp, a: xp.ravel_multi_index(a, (3, 4), order="F"), np.array([[1, 2, 0], [3, 0, 1]]))
    z = np.zeros(0, np.int64)
    run(lambda xp, a, b: xp.ravel_multi_index((a, b), (3, 4)), z, np.zeros((2, 0), np.int64))


@pytest.mark.parametrize(
    "fn",
    [
        lambda xp: xp.ravel_multi_index(([1.0], [2.0]), (3, 4)),
        lambda xp: xp.ravel_multi_index((1 + 0j, 0), (3, 4)),
        lambda xp: xp.ravel_multi_index(([], []), (3, 4)),
        lambda xp: xp.ravel_multi_index((1, 5), (3, 4)),
        lambda xp: xp.ravel_multi_index((-1, 2), (3, 4)),
        lambda xp: xp.ravel_multi_index((1, 5), (3, 4), mode=("clip", "wrap", "raise")),
        lambda xp: xp.ravel_multi_index((1, 5), (3, 4), mode="w"),
        lambda xp: xp.ravel_multi_index((1, 5), (3, 4), mode="foo"),
        lambda xp: xp.ravel_multi_index((1, 5), (3, 4), mode=3),
        lambda xp: xp.ravel_multi_index((1, 2), (3, 4), order="A"),
        lambda xp: xp.ravel_multi_index((1, 2), (3, 4), order="K"),
        lambda xp: xp.ravel_multi_index((1, 2), (3, 4), order="x"),
        lambda xp: xp.ravel_multi_index((1, 2), (3, 4), order=3),
        lambda xp: xp.ravel_multi_index((1, 2, 3), (3, 4)),
        lambda xp: xp.ravel_multi_index((1,), ()),
        lambda xp: xp.ravel_multi_index((1, 0), (3, 0)),
        lambda xp: xp.ravel_multi_index((1, 0), (3, 0), mode="wrap"),
        lambda xp: xp.ravel_multi_index((1, 0), (2**40, 2**40)),
        lambda xp: xp.ravel_multi_index(([1, 2], [1, 2, 3]), (3, 4)),
        lambda xp: xp.ravel_multi_index((1, 2), (3.0, 4)),
        lambda xp: xp.unravel_index([5, 13], (3, 4)),
        lambda xp: xp.unravel_index(-1, (3, 4)),
        lambda xp: xp.unravel_index(12, (3, 4)),
        lambda xp: xp.unravel_index(5.0, (3, 4)),
        lambda xp: xp.unravel_index([], (3, 4)),
        lambda xp: xp.unravel_index(np.array([], np.float32), (3, 4)),
        lambda xp: xp.unravel_index(1, ()),
        lambda xp: xp.unravel_index(np.array([], np.int64), ()),
        lambda xp: xp.unravel_index([0, 0], ()),
        lambda xp: xp.unravel_index(0, (3, 0)),
        lambda xp: xp.unravel_index(5, (3, -4)),
        lambda xp: xp.unravel_index(0, (2**40, 2**40)),
        lambda xp: xp.unravel_index(5, (3, 4), order="A"),
        lambda xp: xp.unravel_index(5, (3, 4), order="G"),
        lambda xp: xp.unravel_index(5, (3.0, 4)),
        lambda xp: xp.unravel_index(2**63 + 1, (3, 4)),
    ],
)
def test_ravel_unravel_bad_inputs(fn):
    raises_like_numpy(fn)


def test_out_of_bounds_message_names_the_index():
    with pytest.raises(ValueError, match="index 13 is out of bounds for array with size 12"):
        XP.unravel_index([5, 13, -1], (3, 4))


def test_raise_mode_inside_tf_function_fails_at_run_time():
    f = tf.function(lambda i: XP.ravel_multi_index((i, 0), (3, 4))._t)
    assert int(f(tf.constant(2, tf.int64))) == 8
    with pytest.raises(tf.errors.InvalidArgumentError):
        f(tf.constant(3, tf.int64))
    g = tf.function(lambda i: XP.unravel_index(i, (3, 4))[0]._t)
    with pytest.raises(tf.errors.InvalidArgumentError):
        g(tf.constant(12, tf.int64))


def test_static_dims_required_inside_tf_function():
    @tf.function
    def f(d):
        return XP.unravel_index(1, tnp_core.asarray(d))[0]._t

    with pytest.raises(TypeError, match="shape must be Python ints"):
        f(tf.constant([3, 4]))


@pytest.mark.parametrize("dtype", INT_DTYPES)
@pytest.mark.parametrize("shape", [(), (0,), (5,), (2, 3)])
@pytest.mark.parametrize("order", ["C", "F"])
def test_unravel_index(dtype, shape, order):
    rng = np.random.default_rng(1)
    dims = (3, 4, 5)
    hi = 2 if dtype == "bool" else min(60, np.iinfo(dtype).max)
    idx = rng.integers(0, hi, size=shape).astype(dtype)
    run(lambda xp, a: xp.unravel_index(a, dims, order=order), idx)
    run(lambda xp, a: xp.unravel_index(a, 60), idx)


def test_unravel_index_forms():
    run(lambda xp: xp.unravel_index(5, (3, 4)))
    run(lambda xp: xp.unravel_index(0, ()))
    run(lambda xp: xp.unravel_index(True, [3, 4]))
    run(lambda xp: xp.unravel_index(np.uint64(5), np.array([3, 4]), order="f"))
    run(lambda xp: xp.unravel_index(5, (3, 4), order=None))


@st.composite
def _dims_and_index(draw):
    dims = tuple(draw(st.lists(st.integers(1, 7), min_size=1, max_size=4)))
    size = int(np.prod(dims))
    flat = draw(st.lists(st.integers(0, size - 1), min_size=0, max_size=6))
    return dims, np.array(flat, dtype=np.int64), draw(st.sampled_from(["C", "F"]))


@given(_dims_and_index())
def test_ravel_unravel_round_trip(case):
    dims, flat, order = case
    expected = np.unravel_index(flat, dims, order=order)
    got = XP.unravel_index(flat, dims, order=order)
    assert_same(got, expected)
    back = XP.ravel_multi_index(got, dims, order=order)
    assert_same(back, np.ravel_multi_index(expected, dims, order=order))
    assert_same(back, flat)


@given(
    st.lists(st.integers(-3, 3), min_size=1, max_size=3).filter(lambda d: 0 not in d),
    st.lists(st.integers(-20, 20), min_size=3, max_size=3),
    st.sampled_from(["wrap", "clip"]),
)
def test_ravel_wrap_clip_any_coordinates(dims, coords, mode):
    coords = [np.array(coords[: len(dims)][i : i + 1] * 2) for i in range(len(dims))]
    coords += [np.array([0, 0])] * (len(dims) - len(coords))
    fn = lambda xp: xp.ravel_multi_index(coords, tuple(dims), mode=mode)  # noqa: E731
    assert_same(fn(XP), fn(np))


# ---- ix_ ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", ["int8", "int64", "uint8", "float32", "bool"])
def test_ix(dtype):
    rng = np.random.default_rng(2)
    a = rng.integers(0, 2 if dtype == "bool" else 9, size=5).astype(dtype)
    b = rng.integers(0, 2 if dtype == "bool" else 9, size=3).astype(dtype)
    run(lambda xp, a, b: xp.ix_(a, b), a, b)
    if dtype != "bool":
        run(lambda xp, a, b: xp.ix_(a, b, a), a, b)
    run(lambda xp, a: xp.ix_(a), np.zeros(0, dtype))


def test_ix_sequences():
    run(lambda xp: xp.ix_())
    run(lambda xp: xp.ix_([1, 2], [3]))
    run(lambda xp: xp.ix_([]))
    run(lambda xp: xp.ix_((1, 2), [1.5, 2.0]))
    run(lambda xp: xp.ix_([True, False, True], [1]))
    run(lambda xp, m: xp.ix_(m, [0, 2]), np.array([True, False, True, True]))
    for bad in ([[1]], 3, np.array(True)):
        raises_like_numpy(lambda xp: xp.ix_(bad))


def test_ix_indexes_like_numpy():
    a = np.arange(20).reshape(4, 5)
    assert_same(
        tnp_core.asarray(a)[XP.ix_([0, 3], [True, False, True, False, True])],
        a[np.ix_([0, 3], [True, False, True, False, True])],
    )


# ---- diag / tril / triu / mask -----------------------------------------------------------------------------


@pytest.mark.parametrize("n, ndim", [(3, 2), (3, 3), (0, 2), (4, 1), (3, 0), (-1, 2), (2.5, 2)])
def test_diag_indices(n, ndim):
    run(lambda xp: xp.diag_indices(n, ndim))


def test_diag_indices_traced_n():
    run(lambda xp, n: xp.diag_indices(n, 3), np.array(4))


@pytest.mark.parametrize("shape", [(3, 3), (0, 0), (2, 2, 2), (1, 1, 1, 1)])
@pytest.mark.parametrize("dtype", ["float32", "int8", "bool"])
def test_diag_indices_from(shape, dtype):
    run(lambda xp, a: xp.diag_indices_from(a), np.zeros(shape, dtype))


def test_diag_indices_from_bad():
    for shape in [(3,), (), (3, 4), (2, 2, 3)]:
        raises_like_numpy(lambda xp, a: xp.diag_indices_from(a), np.zeros(shape))
    raises_like_numpy(lambda xp: xp.diag_indices_from([[1]]))


@pytest.mark.parametrize("name", ["tril_indices", "triu_indices"])
@pytest.mark.parametrize("n, k, m", [(3, 0, None), (3, 1, 4), (4, -1, 2), (0, 0, None), (-1, 0, None), (3, -5, None),
                                     (3, 10, 2), (3, 0, 0), (3.0, 1.0, None), (np.int8(3), 0, None)])  # fmt: skip
def test_tri_indices(name, n, k, m):
    run(lambda xp: getattr(xp, name)(n, k, m))
    run(lambda xp: getattr(xp, name)(n, k=k, m=m))


@pytest.mark.parametrize("name", ["tril_indices_from", "triu_indices_from"])
@pytest.mark.parametrize("shape", [(3, 3), (2, 5), (5, 2), (0, 3), (1, 1)])
@pytest.mark.parametrize("k", [0, 1, -2])
def test_tri_indices_from(name, shape, k):
    run(lambda xp, a: getattr(xp, name)(a, k), np.ones(shape, "float32"))


@pytest.mark.parametrize("name", ["tril_indices_from", "triu_indices_from"])
def test_tri_indices_from_bad(name):
    for shape in [(3,), (), (2, 3, 3)]:
        raises_like_numpy(lambda xp, a: getattr(xp, name)(a), np.zeros(shape))
    raises_like_numpy(lambda xp: getattr(xp, name)([[1, 2]]))


def test_tri_indices_float_n_as_numpy():
    # NumPy reads a float n through tri()'s arange: tril_indices(2.5) has the rows of n=3
    for got, expected in zip(XP.tril_indices(2.5), np.tril_indices(2.5)):
        assert_same(got, expected)


def _upper(xp):
    return lambda m, k: m * (xp.arange(m.shape[0])[:, None] <= xp.arange(m.shape[1])[None, :] - k)


@pytest.mark.parametrize("n", [0, 1, 4])
@pytest.mark.parametrize("k", [0, 1, -1])
def test_mask_indices(n, k):
    run(lambda xp: xp.mask_indices(n, _upper(xp), k))
    run(lambda xp: xp.mask_indices(n, np.triu, k), modes=EAGER)
    run(lambda xp: xp.mask_indices(n, np.tril, k), modes=EAGER)
    raises_like_numpy(lambda xp: xp.mask_indices(3.0, np.triu))


# ---- r_ / c_ -----------------------------------------------------------------------------------------------

R_CASES = [
    lambda xp: xp.r_[1, 2, 3],
    lambda xp: xp.r_[np.array([1, 2], np.int8), 3],
    lambda xp: xp.r_[0:3, 5.5],
    lambda xp: xp.r_[0:10:3],
    lambda xp: xp.r_[:4, 1:2:0.25],
    lambda xp: xp.r_[-1:1:5j, [0] * 2],
    lambda xp: xp.r_[0:5:2j],
    lambda xp: xp.r_[0:5:1j],
    lambda xp: xp.r_["0,2", [1, 2], [3, 4]],
    lambda xp: xp.r_["1,2", [1, 2], [3, 4]],
    lambda xp: xp.r_["0,2,0", [1, 2], [3, 4]],
    lambda xp: xp.r_["1,3,1", [1, 2], [3, 4]],
    lambda xp: xp.r_["0,3,-2", [[1, 2]]],
    lambda xp: xp.r_["0,3,0", [[1, 2]]],
    lambda xp: xp.r_["0,2", 0:3],
    lambda xp: xp.r_["0,3,0", 0:3],
    lambda xp: xp.r_["0,3,1", 0:3],
    lambda xp: xp.r_["-1", [[1, 2]], [[3]]],
    lambda xp: xp.r_["1,2,3,4", [1]],
    lambda xp: xp.r_["r", [1, 2], [3, 4]],
    lambda xp: xp.r_["c", [1, 2], [3, 4]],
    lambda xp: xp.r_["r", [[1, 2]], [[3, 4]]],
    lambda xp: xp.r_["c", [[1, 2]], [[3, 4]]],
    lambda xp: xp.r_["r", [[[1]]]],
    lambda xp: xp.r_[np.float32(1), 2.0],
    lambda xp: xp.r_[np.array(1.0, np.float32), 2.0],
    lambda xp: xp.r_[True, 2],
    lambda xp: xp.r_[1j, 2],
    lambda xp: xp.r_[[]],
    lambda xp: xp.r_[[], [1]],
    lambda xp: xp.r_[np.zeros((2, 0)), np.zeros((1, 0))],
    lambda xp: xp.r_[np.uint8(3), np.array([1, 2], np.int8)],
    lambda xp: xp.c_[np.array([1, 2, 3]), np.array([4, 5, 6])],
    lambda xp: xp.c_[np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])],
    lambda xp: xp.c_[1:3, 4:6],
    lambda xp: xp.c_[0:1:3j],
    lambda xp: xp.c_[[1.5], np.array([True])],
]


@pytest.mark.parametrize("case", range(len(R_CASES)))
def test_r_c(case):
    run(R_CASES[case])


@pytest.mark.parametrize(
    "fn",
    [
        lambda xp: xp.r_[()],
        lambda xp: xp.r_["a", 1],
        lambda xp: xp.r_[1, "0"],
        lambda xp: xp.r_["x,2", [1]],
        lambda xp: xp.r_[np.array([1, 2], np.int8), 300],
        lambda xp: xp.r_["0,2", [1, 2], [3, 4, 5]],
        lambda xp: xp.r_["r", np.zeros((2, 2, 2))],
        lambda xp: xp.r_["0,2,5", 0:3],
    ],
)
def test_r_c_bad(fn):
    raises_like_numpy(fn)


def test_r_string_is_not_supported():
    with pytest.raises(NotImplementedError, match="bmat"):
        XP.r_["1, 2; 3, 4"]


@pytest.mark.parametrize("dtype", ["int8", "float32", "complex64", "bool"])
@pytest.mark.parametrize("shape", [(), (0,), (3,)])
def test_r_c_with_arrays(dtype, shape):
    a = np.ones(shape, dtype)
    b = np.arange(4).astype(dtype)
    run(lambda xp, a, b: xp.r_[a, b, 2], a, b)
    run(lambda xp, a, b: xp.r_["0,2,0", b, 0:2], a, b)
    if shape != ():
        run(lambda xp, a: xp.c_[a, a], a)


# ---- mgrid / ogrid -----------------------------------------------------------------------------------------

GRID_KEYS = [
    np.s_[0:3],
    np.s_[0:3, 0:2],
    np.s_[:3],
    np.s_[0:],
    np.s_[0:1:3j],
    np.s_[0:1:1j],
    np.s_[0:1:0j],
    np.s_[0:4:-1j],
    np.s_[0:4:2.5j],
    np.s_[0 : 3 : 1 + 1j],
    np.s_[0:1:3j, 0:2],
    np.s_[0:1:0.25, 0:2],
    np.s_[0:1:0.1],
    np.s_[-1:1:4j, 2:-2:-1, 0:1:2j],
    np.s_[()],
    np.s_[0:3,],
    np.s_[np.float32(0) : 2 : 0.5],
    np.s_[np.float32(0) : 2 : 0.5, 0:1],
    np.s_[np.int8(0) : 4, 0:2],
    np.s_[0 : 4 : np.complex64(3j)],
    np.s_[0 : 4 : np.complex64(3j), 0:1],
    np.s_[True:3],
    np.s_[5:0, 0:3],
]


@pytest.mark.parametrize("grid", ["mgrid", "ogrid"])
@pytest.mark.parametrize("case", range(len(GRID_KEYS)))
def test_grids(grid, case):
    key = GRID_KEYS[case]
    fn = lambda xp: getattr(xp, grid)[key]  # noqa: E731
    try:
        fn(np)
    except (ValueError, TypeError, AttributeError, ZeroDivisionError):
        raises_like_numpy(fn)
        return
    run(fn, modes=STATIC)


@pytest.mark.parametrize("grid", ["mgrid", "ogrid"])
@pytest.mark.parametrize("key", [np.s_[0:5:0], np.s_[0:5:0, 0:1], np.s_[1:2, 3], np.s_[0:, 0:2]])
def test_grids_bad(grid, key):
    raises_like_numpy(lambda xp: getattr(xp, grid)[key])


# ---- ndenumerate / broadcast -------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", ["bool", "int8", "float32", "complex64", "float64"])
@pytest.mark.parametrize("shape", [(), (0,), (3,), (2, 3), (2, 0, 2)])
def test_ndenumerate(dtype, shape):
    a = (np.arange(int(np.prod(shape))).reshape(shape) % 3).astype(dtype)
    got, expected = list(XP.ndenumerate(tnp_core.asarray(a))), list(np.ndenumerate(a))
    assert len(got) == len(expected)
    for (gi, gv), (ei, ev) in zip(got, expected):
        assert gi == ei and type(gv) is type(ev) and gv == ev
    assert list(XP.ndenumerate([[1, 2]])) == list(np.ndenumerate([[1, 2]]))


def test_ndenumerate_in_tf_function_is_a_clear_error():
    @tf.function
    def f(x):
        return list(XP.ndenumerate(tnp_core.asarray(x)))

    with pytest.raises(TypeError, match="host"):
        f(tf.constant([1, 2]))


BROADCAST_ARGS = [
    (),
    (1,),
    (np.arange(3)[:, None], np.arange(2)),
    ([1, 2], [[3], [4]]),
    (np.zeros((2, 0)), 1.5),
    (np.zeros((1, 3), np.int8), np.ones((2, 1, 1), bool), np.float32(2)),
]


@pytest.mark.parametrize("case", range(len(BROADCAST_ARGS)))
def test_broadcast(case):
    np_args = BROADCAST_ARGS[case]
    t_args = [tnp_core.asarray(a) if isinstance(a, np.ndarray) else a for a in np_args]
    b, e = XP.broadcast(*t_args), np.broadcast(*np_args)
    for attr in ("shape", "ndim", "nd", "size", "numiter", "index"):
        assert getattr(b, attr) == getattr(e, attr), attr
    assert len(b.iters) == len(e.iters)
    first = [next(b) for _ in range(min(2, e.size))]
    assert first == [next(e) for _ in range(min(2, e.size))]
    assert b.index == e.index
    assert list(b) == list(e) and b.index == e.index
    b.reset()
    e.reset()
    assert b.index == e.index == 0
    assert list(b) == list(e)
    nested, enested = XP.broadcast(b, *t_args), np.broadcast(e, *np_args)
    assert (nested.numiter, nested.shape) == (enested.numiter, enested.shape)


def test_broadcast_bad():
    with pytest.raises(ValueError) as e:
        np.broadcast(np.zeros(2), np.zeros(3))
    with pytest.raises(ValueError) as g:
        XP.broadcast(tnp_core.zeros(2), tnp_core.zeros(3))
    assert str(g.value) == str(e.value)
    with pytest.raises(ValueError):
        np.broadcast(*[0] * 65)
    with pytest.raises(ValueError):
        XP.broadcast(*[0] * 65)


def test_broadcast_shape_inside_tf_function():
    @tf.function(input_signature=[tf.TensorSpec([None, 1]), tf.TensorSpec([3])])
    def f(a, b):
        br = XP.broadcast(tnp_core.asarray(a), b)
        assert br.shape == (None, 3) and br.ndim == 2 and br.size is None
        return a

    f(tf.zeros([2, 1]), tf.zeros([3]))
