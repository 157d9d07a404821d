"""Shape and placement functions (tnp_math._shaping) against NumPy."""

from __future__ import annotations

import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from hypothesis import given, strategies as st
from numpy.exceptions import AxisError
from tnp_core.testing import assert_same, check, graph_ops
from tnp_math import _shaping

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_shaping, n) for n in _shaping.__all__},
    }
)
EXHAUSTIVE = pytest.mark.exhaustive


def dtypes(*core, extra=("uint8", "int64", "float16", "float64", "complex128")):
    """`core` always; the `extra` dtypes only in the exhaustive run."""
    return [*core, *(pytest.param(d, marks=EXHAUSTIVE) for d in extra if d not in core)]


DTYPES = dtypes("bool", "int8", "float32", "complex64")
SHAPES = [(), (0,), (5,), (2, 3), (2, 0, 3)]
STATIC = ("eager", "function")


def sample(shape, dtype, seed=0, lo=-5, hi=5):
    rng = np.random.default_rng(seed)
    x = rng.uniform(lo, hi, size=shape)
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.uniform(lo, hi, size=shape)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(x).astype(dtype)


def sparse(shape, dtype, seed=0):
    """Mostly zeros (for the nonzero-based functions and trim_zeros)."""
    rng = np.random.default_rng(seed)
    x = sample(shape, dtype, seed)
    return np.where(rng.uniform(size=shape) < 0.5, np.zeros((), dtype), x).astype(dtype)


def run(fn, *args, **kw):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, xp=XP, **kw)


def test_all_names_exist_in_numpy():
    for name in _shaping.__all__:
        assert hasattr(np, name), name


def _params(fn):
    import inspect

    return [(p.name, p.kind, p.default) for p in inspect.signature(fn).parameters.values()]


EXTENSIONS = {"size", "fill_value"}  # tnp's keyword-only static output sizes (argwhere, flatnonzero)


@pytest.mark.parametrize("name", _shaping.__all__)
def test_signature_matches_numpy(name):
    ours = [
        p
        for p in _params(getattr(_shaping, name))
        if not (p[0] in EXTENSIONS and p[1].name == "KEYWORD_ONLY")
    ]
    assert ours == _params(getattr(np, name))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_unary_shape_functions(dtype, shape):
    a = sample(shape, dtype)
    nd = len(shape)
    run(lambda xp, a: xp.ravel(a), a)
    run(lambda xp, a: xp.ravel(a, order="F"), a)
    run(lambda xp, a: xp.flip(a), a)
    run(lambda xp, a: (xp.atleast_1d(a), xp.atleast_2d(a), xp.atleast_3d(a)), a)
    run(lambda xp, a: xp.tile(a, (2, 1, 2)), a)
    run(lambda xp, a: xp.roll(a, 2), a)
    if nd:
        run(lambda xp, a: xp.flip(a, -1), a)
        run(lambda xp, a: xp.flipud(a), a)
        run(lambda xp, a: xp.roll(a, -7, axis=-1), a)
        run(lambda xp, a: xp.append(a, a, axis=0), a)
    if nd >= 2:
        run(lambda xp, a: xp.fliplr(a), a)
        run(lambda xp, a: xp.roll(a, (1, -1, 3), axis=(0, 1, 0)), a)
        for k in range(-1, 4):
            run(lambda xp, a: xp.rot90(a, k), a)
            run(lambda xp, a: xp.rot90(a, k, axes=(1, 0)), a)


def test_shape_errors():
    a = sample((2, 3), "float32")
    run(lambda xp, a: xp.flip(a, 2), a)
    run(lambda xp, a: xp.flip(a, (0, 0)), a)
    run(lambda xp, a: xp.fliplr(a[0]), a)
    run(lambda xp, a: xp.flipud(a[0, 0]), a)
    run(lambda xp, a: xp.roll(a, (1, 2), axis=(0, 1, 1)), a)
    run(lambda xp, a: xp.roll(a, 1, axis=2), a)
    run(lambda xp, a: xp.rot90(a, 1, axes=(0,)), a)
    run(lambda xp, a: xp.rot90(a, 1, axes=(0, 0)), a)
    run(lambda xp, a: xp.rot90(a, 1, axes=(0, 2)), a)
    run(lambda xp, a: xp.rot90(a, 1, axes=(1, -1)), a)
    run(lambda xp, a: xp.tile(a, -1), a)
    run(lambda xp, a: xp.ravel(a, order="X"), a)
    run(lambda xp, a: xp.tile(a, ()), a)
    run(lambda xp, a: xp.tile(a, 3), a)
    run(lambda xp, a: (xp.atleast_1d(a, 1.5), xp.atleast_2d(), xp.atleast_3d(a, [1, 2])), a)


@pytest.mark.parametrize("shape", [(), (1,), (3,), (2, 1), (0, 1)])
def test_broadcast(shape):
    a = sample(shape, "int8")
    for target in [(3,), (2, 3), (4, 2, 3), (0, 3), (2, 0)]:
        run(lambda xp, a: xp.broadcast_to(a, target), a, modes=STATIC)
        run(lambda xp, a: xp.broadcast_arrays(a, xp.zeros(target, dtype="float32")), a)
    b = sample((2, 1, 3), "complex64")
    run(lambda xp, a, b: xp.broadcast_arrays(a, b, 1.0), a, b)
    for shapes in [((2, 3), (3,)), ((1, 0), (4, 1)), ((), (2,)), ((2,), (3,)), ()]:
        run(lambda xp, a: xp.broadcast_shapes(*shapes), a)
    run(lambda xp, a: xp.broadcast_to(a, (5, 4)), a)
    run(lambda xp, a: xp.broadcast_to(a, (-1,)), a)
    run(lambda xp, a: xp.broadcast_arrays(a, xp.zeros((5, 4))), a)


@pytest.mark.parametrize("dtype", dtypes("bool", "float32", extra=("int8", "complex64")))
def test_append_insert_delete(dtype):
    a = sample((3, 4), dtype)
    v = sample((4,), "float64", 1)
    run(lambda xp, a, v: xp.append(a, v), a, v)
    run(lambda xp, a, v: xp.append(a, v[None], axis=0), a, v)
    run(lambda xp, a, v: xp.append(a, v, axis=0), a, v)  # ValueError: ndim mismatch
    for obj in [
        1,
        -1,
        4,
        [0, 2, 2, -1],
        slice(None, None, 2),
        slice(3, 0, -1),
        [],
        np.array([1]),
        np.array([True, False, True, False]),
    ]:
        run(lambda xp, a, v: xp.delete(a, obj), a, v)
        run(lambda xp, a, v: xp.delete(a, obj, axis=1), a, v)
        run(lambda xp, a, v: xp.insert(a, obj, 7), a, v)
        run(
            lambda xp, a, v: (
                xp.insert(a, obj, v[:3, None], axis=1)
                if np.size(obj) == 1
                else xp.insert(a, obj, 1.5, axis=1)
            ),
            a,
            v,
        )
    run(lambda xp, a, v: xp.insert(a, 1, v, axis=0), a, v)
    run(lambda xp, a, v: xp.insert(a, 2, v[:3], axis=1), a, v)
    run(lambda xp, a, v: xp.insert(a, [1], v[:3], axis=1), a, v)
    run(lambda xp, a, v: xp.insert(a[0], [0, 4, 1], v[:3]), a, v)
    run(lambda xp, a, v: xp.insert(xp.zeros((0, 2), dtype="int8"), 0, v[:2], axis=0), a, v)
    # errors
    run(lambda xp, a, v: xp.delete(a, 12), a, v)
    run(lambda xp, a, v: xp.delete(a, [0, 5], axis=1), a, v)
    run(lambda xp, a, v: xp.delete(a, [True, False], axis=1), a, v)
    run(lambda xp, a, v: xp.delete(a, 1, axis=2), a, v)
    run(lambda xp, a, v: xp.delete(a, [1.5]), a, v)
    run(lambda xp, a, v: xp.insert(a, 13, 1), a, v)
    run(lambda xp, a, v: xp.insert(a, [[1]], 1), a, v)
    run(lambda xp, a, v: xp.insert(a, [0, 20], 1), a, v)
    run(lambda xp, a, v: xp.insert(a, 0, 1, axis=-3), a, v)


@pytest.mark.parametrize("dtype", dtypes("bool", "float32", extra=("int8", "complex64")))
@pytest.mark.parametrize("shape", [(0,), (7,), (3, 4), (2, 0)])
def test_trim_zeros(dtype, shape):
    a = sparse(shape, dtype)
    if len(shape) == 1 and shape[0]:
        a[[0, 1, -1]] = 0
    for trim in ["fb", "f", "b"]:
        run(lambda xp, a: xp.trim_zeros(a, trim), a)
    if len(shape) == 2:
        run(lambda xp, a: xp.trim_zeros(a, axis=-1), a)
        run(lambda xp, a: xp.trim_zeros(a, "b", axis=0), a)
    run(lambda xp, a: xp.trim_zeros(xp.zeros_like(a), "BF"), a)
    run(lambda xp, a: xp.trim_zeros(a, "x"), a, modes=("eager",))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_nonzero_family(dtype, shape):
    a = sparse(shape, dtype)
    run(lambda xp, a: xp.argwhere(a), a)
    run(lambda xp, a: xp.flatnonzero(a), a)
    run(lambda xp, a: xp.extract(a, a), a)
    run(lambda xp, a: xp.where(a), a)  # ValueError for 0-d, as NumPy
    b = sample(shape, "float32", 1)
    run(lambda xp, a, b: xp.where(a, a, b), a, b)
    run(lambda xp, a, b: xp.where(a, b, 2), a, b)
    run(lambda xp, a, b: xp.where(a, 1, 2.5), a, b)
    run(lambda xp, a, b: xp.extract(b > 0, a), a, b)


def test_where_errors_and_promotion():
    a = sample((2, 3), "int8")
    run(lambda xp, a: xp.where(a, a, np.int8(3)), a)
    run(lambda xp, a: xp.where(a, a, 300), a)  # OverflowError? NumPy's answer
    run(lambda xp, a: xp.where(a, a), a)
    run(lambda xp, a: xp.where(a, a, a[:1, :2]), a)
    run(lambda xp, a: xp.where(a > 0, a, xp.zeros((3, 1))), a)
    run(lambda xp, a: xp.extract(a[:1] > 0, a), a)


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "int64", "float16", "float32", "complex64"])
def test_where_python_scalar_branch(dtype):
    # one Python scalar beside an array (a cached scalar tensor when the array's dtype is kept); each scalar
    # follows look-alikes of other types (1 == 1.0 == True, 0.0 == -0.0) that must not share a cache entry
    c, a = sparse((2, 3), "bool", 3), sample((2, 3), dtype, 1)
    for v in (1, 1.0, True, 0, 0.0, -0.0, False, 300, -1, 2.5, 1j, 0j, float("nan"), float("inf"), 2**70):
        run(lambda xp, c, a: xp.where(c, a, v), c, a)
        run(lambda xp, c, a: xp.where(c, v, a), c, a)
        if a.dtype.kind == "f":  # assert_same does not tell -0.0 from 0.0: 1 / -0.0 is -inf
            run(lambda xp, c, a: 1 / xp.where(c, a, v), c, a)
    run(lambda xp, c, a: xp.where(c[0], a, -0.0), c, a)  # broadcasting condition
    run(lambda xp, c, a: xp.where(c[:1, :2], a, 1), c, a)  # ValueError: shapes do not broadcast


def test_select_and_piecewise():
    x = sample((6,), "float32")
    run(lambda xp, x: xp.select([x < -1, x > 1], [x, x**2]), x)
    run(lambda xp, x: xp.select([x < -1, x > 1], [x, 2 * x], default=np.float64(7)), x)
    run(lambda xp, x: xp.select([x < 0], [xp.astype(x, "int8")]), x)
    run(lambda xp, x: xp.select([x < 0, x[:1] > 0], [1, x.reshape(6, 1)], 3), x)
    run(lambda xp, x: xp.select([], []), x)
    run(lambda xp, x: xp.select([x < 0], [x, x]), x)
    run(lambda xp, x: xp.select([x], [x]), x)  # TypeError: not bool
    run(lambda xp, x: xp.piecewise(x, [x < 0, x >= 0], [lambda v: -v, lambda v: v * 2]), x)
    run(lambda xp, x: xp.piecewise(x, [x < 0], [-1.5, lambda v: v + 1]), x)
    run(lambda xp, x: xp.piecewise(x, [x < -1, x > 1], [0, 1]), x)
    run(lambda xp, x: xp.piecewise(xp.astype(x, "int64"), [x < 0], [lambda v: v * 3, 9]), x)
    run(lambda xp, x: xp.piecewise(x[0], x[0] > 0, [1, 2]), x)
    run(lambda xp, x: xp.piecewise(x, [x < 0], [1, 2, 3]), x)


def _inplace(fn, a, *args, **kw):
    """fn(xp, target, *args) mutates target; compare the mutated targets (NumPy vs tnp)."""

    def wrapper(xp, a, *args):
        target = xp.asarray(a).copy() if xp is np else xp.asarray(a)
        target = xp.array(target) if xp is not np else target
        res = fn(xp, target, *args)
        assert res is None
        return target

    run(wrapper, a, *args, **kw)


@pytest.mark.parametrize("dtype", ["bool", "int8", "float32", "complex64"])
def test_inplace_setters(dtype):
    a = sample((3, 4), dtype)
    m = sample((3, 4), "float32", 1) > 0
    _inplace(lambda xp, t, m: xp.place(t, m, [1, 2, 3]), a, m)
    _inplace(lambda xp, t, m: xp.place(t, m, []), a, np.zeros_like(m))
    _inplace(lambda xp, t, m: xp.place(t, m, []), a, m)  # ValueError
    _inplace(lambda xp, t, m: xp.place(t, m[:2], 1), a, m)  # ValueError
    _inplace(lambda xp, t, m: xp.putmask(t, m, [5, 6, 7]), a, m)
    _inplace(lambda xp, t, m: xp.putmask(t, m, 0), a, m)
    _inplace(lambda xp, t, m: xp.putmask(t, m[:1], 0), a, m)  # ValueError
    _inplace(lambda xp, t, m: xp.copyto(t, m), a, m)
    _inplace(lambda xp, t, m: xp.copyto(t, xp.ones(4, dtype=t.dtype), where=m), a, m)
    _inplace(lambda xp, t, m: xp.copyto(t, 1.5 + 2j, casting="unsafe"), a, m)
    _inplace(lambda xp, t, m: xp.copyto(t, xp.ones((2, 4), dtype=t.dtype)), a, m)  # ValueError
    _inplace(lambda xp, t, m: xp.copyto(t, xp.ones(4, dtype="complex128")), a, m)  # TypeError unless complex
    idx = np.array([[0, 2], [1, 1], [3, 0]])
    _inplace(lambda xp, t, i: xp.put_along_axis(t, i, 9, axis=1), a, idx)
    _inplace(lambda xp, t, i: xp.put_along_axis(t, i[:, :1], [[1], [2], [3]], axis=1), a, idx)
    _inplace(lambda xp, t, i: xp.put_along_axis(t, i.T[:1], -1, axis=0), a, idx % 3)  # IndexError
    _inplace(lambda xp, t, i: xp.put_along_axis(t, i, -1, axis=0), a, np.array([[0, 2, 1, -1]]))
    _inplace(lambda xp, t, i: xp.put_along_axis(t, i.ravel()[:2], 1, axis=None), a, idx)
    _inplace(lambda xp, t, i: xp.put_along_axis(t, i, 1, axis=0), a, idx)  # IndexError (3 out of bounds)
    _inplace(lambda xp, t, i: xp.put_along_axis(t, i[0], 1, axis=1), a, idx)  # ValueError ndim
    _inplace(lambda xp, t: xp.fill_diagonal(t, 5), a, modes=STATIC)
    _inplace(lambda xp, t: xp.fill_diagonal(t, [1, 2]), a.T.copy(), modes=STATIC)
    _inplace(lambda xp, t: xp.fill_diagonal(t, [1, 2], wrap=True), sample((7, 3), dtype), modes=STATIC)
    _inplace(lambda xp, t: xp.fill_diagonal(t, 3), sample((3, 3, 3), dtype), modes=STATIC)
    _inplace(lambda xp, t: xp.fill_diagonal(t, 3), sample((3, 2, 3), dtype), modes=STATIC)  # ValueError
    _inplace(lambda xp, t: xp.fill_diagonal(t, 3), sample((3,), dtype), modes=STATIC)  # ValueError


def test_inplace_requires_tnp_array():
    for call in [
        lambda: _shaping.place([1, 2], [True, False], 1),
        lambda: _shaping.putmask(np.zeros(2), [True, False], 1),
        lambda: _shaping.copyto(tf.zeros(2), 1),
        lambda: _shaping.put_along_axis(np.zeros(2), np.array([0]), 1, axis=0),
        lambda: _shaping.fill_diagonal(np.zeros((2, 2)), 1),
    ]:
        with pytest.raises(TypeError):
            call()


def test_copyto_casting_scalars():
    a = sample((3,), "int8")
    _inplace(lambda xp, t: xp.copyto(t, 3), a)
    _inplace(lambda xp, t: xp.copyto(t, 300), a)  # OverflowError
    _inplace(lambda xp, t: xp.copyto(t, 3.0), a)  # TypeError same_kind
    _inplace(lambda xp, t: xp.copyto(t, np.float64(3.0), casting="bogus"), a)


@pytest.mark.parametrize("dtype", ["int8", "float32", "complex64"])
def test_take_along_axis(dtype):
    a = sample((3, 4), dtype)
    idx = np.argsort(sample((3, 4), "float32", 1), axis=1)
    run(lambda xp, a, i: xp.take_along_axis(a, i, axis=1), a, idx)
    run(lambda xp, a, i: xp.take_along_axis(a, i), a, idx)
    run(lambda xp, a, i: xp.take_along_axis(a, i[:1] % 3, axis=0), a, idx)
    run(lambda xp, a, i: xp.take_along_axis(a, i[:, :1] - 4, axis=1), a, idx)
    run(lambda xp, a, i: xp.take_along_axis(a, i[:, :0], axis=1), a, idx)
    run(lambda xp, a, i: xp.take_along_axis(a, i.ravel(), axis=None), a, idx)
    run(lambda xp, a, i: xp.take_along_axis(a, i, axis=0), a, idx)  # IndexError
    run(lambda xp, a, i: xp.take_along_axis(a, i[0], axis=1), a, idx)  # ValueError
    run(lambda xp, a, i: xp.take_along_axis(a, i * 1.0, axis=1), a, idx)  # IndexError: not integer
    run(lambda xp, a, i: xp.take_along_axis(a, i, axis=2), a, idx)  # AxisError


PAD_MODES = [
    "constant",
    "edge",
    "linear_ramp",
    "maximum",
    "mean",
    "median",
    "minimum",
    "reflect",
    "symmetric",
    "wrap",
]


@pytest.mark.parametrize("dtype", dtypes("bool", "int8", "float32", "complex64", extra=("uint8", "int64")))
@pytest.mark.parametrize("mode", PAD_MODES)
def test_pad_modes(mode, dtype):
    if dtype == "bool" and mode in ("linear_ramp", "mean", "median"):
        pytest.skip("NumPy itself fails or is ill-defined for bool with this mode")
    if dtype == "complex64" and mode in ("maximum", "minimum", "median"):
        pytest.skip("complex ordering: NumPy compares lexicographically, TF cannot order complex")
    a = sample((3, 4), dtype, lo=0 if dtype.startswith("u") else -5)
    for pw in [1, (2, 3), ((1, 0), (5, 2)), ((0, 0), (9, 8))]:
        run(lambda xp, a: xp.pad(a, pw, mode=mode), a)
    run(lambda xp, a: xp.pad(a[0], 7, mode=mode), a)
    run(lambda xp, a: xp.pad(a[0, 0], (), mode=mode), a)


def test_pad_options():
    a = sample((3, 4), "float64")
    i = sample((5,), "int64")
    run(lambda xp, a: xp.pad(a, 2, constant_values=((1, 2), (3, 4))), a)
    run(lambda xp, a: xp.pad(a, 2, constant_values=1.7), a)
    run(lambda xp, i: xp.pad(i, 2, constant_values=1.7), i)
    run(lambda xp, a: xp.pad(a, 3, "linear_ramp", end_values=(-9, 20)), a)
    run(lambda xp, i: xp.pad(i, (3, 4), "linear_ramp", end_values=(-9, 20)), i)
    for stat in ["maximum", "mean", "median", "minimum"]:
        run(lambda xp, a: xp.pad(a, 3, stat, stat_length=2), a)
        run(lambda xp, a: xp.pad(a, 3, stat, stat_length=((1, 2), (3, 10))), a)
        run(lambda xp, i: xp.pad(i, 3, stat, stat_length=(2, 3)), i)
    for m in ["reflect", "symmetric"]:
        run(lambda xp, a: xp.pad(a, 9, m, reflect_type="odd"), a, modes=STATIC)
        run(lambda xp, i: xp.pad(i, (1, 12), m, reflect_type="odd"), i, modes=STATIC)
        run(lambda xp, a: xp.pad(a[:1], 4, m, reflect_type="odd"), a, modes=STATIC)
    run(lambda xp, a: xp.pad(a[:0], ((0, 0), (1, 2)), "edge"), a)
    run(lambda xp, a: xp.pad(a[:0], ((0, 1), (0, 0)), "constant"), a)
    e = np.pad(a, 2, "empty")
    got = _shaping.pad(tnp_core.asarray(a), 2, "empty")
    assert got.shape == e.shape and got.dtype == e.dtype


def test_pad_nan_statistics():
    a = sample((4, 3), "float32")
    a[1, 1] = np.nan
    for stat in ["maximum", "minimum", "median", "mean"]:
        run(lambda xp, a: xp.pad(a, 2, stat), a)


def test_pad_errors():
    a = sample((3, 4), "float32")
    run(lambda xp, a: xp.pad(a, -1), a)
    run(lambda xp, a: xp.pad(a, 1.5), a)
    run(lambda xp, a: xp.pad(a, ((1, 2, 3),)), a)
    run(lambda xp, a: xp.pad(a, 1, mode="bogus"), a)
    run(lambda xp, a: xp.pad(a, 1, mode="edge", constant_values=3), a)
    run(lambda xp, a: xp.pad(a[:0], 1, mode="edge"), a)
    run(lambda xp, a: xp.pad(a, 1, mode="maximum", stat_length=0), a)


def test_apply_along_and_over_axes():
    a = sample((3, 4, 2), "float32")
    run(lambda xp, a: xp.apply_along_axis(lambda r: r * 2, 1, a), a)
    run(lambda xp, a: xp.apply_along_axis(lambda r: xp.sum(r), 0, a), a)
    run(lambda xp, a: xp.apply_along_axis(lambda r: xp.asarray([xp.min(r), xp.max(r)]), -1, a), a)
    run(
        lambda xp, a: xp.apply_along_axis(
            lambda r: xp.outer(r, r) if hasattr(xp, "outer") else r[:, None] * r, 1, a
        ),
        a,
    )
    run(lambda xp, a: xp.apply_along_axis(lambda r, k: r + k, 2, a, 3), a)
    run(lambda xp, a: xp.apply_along_axis(lambda r: r, 3, a), a)
    run(lambda xp, a: xp.apply_along_axis(lambda r: r, 0, a[:, :0]), a, modes=STATIC)
    run(lambda xp, a: xp.apply_over_axes(xp.sum, a, [0, 2]), a)
    run(lambda xp, a: xp.apply_over_axes(xp.sum, a, -1), a)
    run(lambda xp, a: xp.apply_over_axes(lambda x, ax: xp.sum(x, axis=ax, keepdims=True), a, (1,)), a)
    run(lambda xp, a: xp.apply_over_axes(lambda x, ax: xp.sum(x), a, (1,)), a)


def test_gradients():
    x = tnp_core.asarray(np.arange(1.0, 7.0).reshape(2, 3))
    with tf.GradientTape() as tape:
        tape.watch(x)
        parts = [
            _shaping.pad(x, 2, "reflect"),
            _shaping.roll(x, 1, 1),
            _shaping.tile(x, 2),
            _shaping.where(x > 2, x, 0.0),
            _shaping.take_along_axis(x, tnp_core.asarray([[0], [2]]), 1),
            _shaping.insert(x, 1, 0.0, axis=1),
            _shaping.delete(x, 0, axis=1),
            _shaping.rot90(x),
        ]
        y = sum(tnp_core.sum(p) for p in parts)
    g = tape.gradient(y, x)
    assert g is not None and np.all(np.isfinite(np.asarray(g)))
    # the numbers: d/dx of sum(pad reflect 2) counts each element's appearances
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tnp_core.sum(_shaping.pad(x, 1, "edge"))
    np.testing.assert_allclose(np.asarray(tape.gradient(y, x)), [[4, 2, 4], [4, 2, 4]])


def test_inplace_in_tf_function_and_gradient():
    @tf.function
    def f(t):
        a = tnp_core.asarray(t)
        _shaping.putmask(a, a > 2, 0.0)
        _shaping.fill_diagonal(a, 9.0)
        return a._t

    got = f(tf.constant(np.arange(6.0).reshape(2, 3)))
    exp = np.arange(6.0).reshape(2, 3)
    np.putmask(exp, exp > 2, 0.0)
    np.fill_diagonal(exp, 9.0)
    np.testing.assert_array_equal(got.numpy(), exp)


def test_dynamic_sizes_in_tf_function():
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def f(t):
        a = tnp_core.asarray(t)
        return _shaping.trim_zeros(a)._t, _shaping.argwhere(a)._t, _shaping.extract(a > 1, a)._t

    x = np.array([0, 0, 1, 2, 0, 3, 0], np.float32)
    got = f(tf.constant(x))
    for g, e in zip(got, (np.trim_zeros(x), np.argwhere(x), np.extract(x > 1, x))):
        assert_same(tnp_core.asarray(g.numpy()), e)


def test_axis_errors_are_numpy_types():
    a = tnp_core.asarray(np.zeros((2, 2)))
    with pytest.raises(AxisError):
        _shaping.flip(a, 5)
    with pytest.raises(AxisError):
        _shaping.take_along_axis(a, tnp_core.asarray([[0]]), 3)


@given(
    shape=st.lists(st.integers(1, 4), min_size=1, max_size=3),
    widths=st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), min_size=3, max_size=3),
    mode=st.sampled_from(["edge", "reflect", "symmetric", "wrap", "mean", "linear_ramp"]),
    shift=st.integers(-20, 20),
)
def test_pad_and_roll_property(shape, widths, mode, shift):
    a = sample(tuple(shape), "float64")
    pw = widths[: len(shape)]
    run(lambda xp, a: xp.pad(a, pw, mode), a, modes=("eager",))
    run(lambda xp, a: xp.roll(a, shift, axis=-1), a, modes=("eager",))


# --- rollaxis, require ------------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", [(2,), (2, 3), (2, 3, 4, 5)])
def test_rollaxis(shape):
    a = sample(shape, "float32")
    n = len(shape)
    cases = [(ax, st) for ax in range(-n, n) for st in range(-n, n + 1)]
    run(lambda xp, a: [xp.rollaxis(a, ax, st) for ax, st in cases], a, modes=("eager",))
    run(lambda xp, a: (xp.rollaxis(a, -1), xp.rollaxis(a, 0, n)), a)
    for bad in [lambda xp, a: xp.rollaxis(a, n), lambda xp, a: xp.rollaxis(a, 0, n + 1),
                lambda xp, a: xp.rollaxis(a, 0, -n - 1), lambda xp, a: xp.rollaxis(a, 0.0)]:  # fmt: skip
        run(bad, a, modes=("eager",))


REQUIREMENTS = [None, [], "C", "A", "W", "O", "E", ["c", "aligned", "WRITEABLE", "OwnData", "ensurearray"],
                "CAWOE", ("CONTIGUOUS",), ("C_CONTIGUOUS",)]  # fmt: skip


@pytest.mark.parametrize("dtype", [None, "int8", "float32", "complex128"])
def test_require(dtype):
    a = sample((2, 3), "float64")
    run(lambda xp, a: [xp.require(a, dtype, r) for r in REQUIREMENTS], a)
    run(lambda xp: [xp.require([1, 2.5], dtype, r) for r in REQUIREMENTS])
    run(lambda xp: xp.require(5, dtype=dtype, requirements="W"))


def test_require_errors_and_flags():
    a = sample((2, 3), "float64")
    for req in (["X"], "CF", ["C", "FORTRAN"], 5):
        run(lambda xp, a: xp.require(a, requirements=req), a, modes=("eager",))
    for req in ("F", ["F_CONTIGUOUS", "W"], ["fortran"]):
        np.require(a, requirements=req)  # NumPy supports it; tnp has no Fortran order
        with pytest.raises(NotImplementedError, match="requirements"):
            XP.require(a, requirements=req)
    t = tnp_core.asarray(a)
    assert XP.require(t) is t and XP.require(t, requirements="COA") is t
    t.setflags(write=False)
    w = XP.require(t, requirements="W")
    assert w.flags.writeable and w is not t
    assert_same(w, a)


# --- size= / fill_value= on argwhere and flatnonzero (tnp extension, as JAX) --------------------------------


def _cut_or_pad(x, size, fill):
    x = np.asarray(x)[:size]
    pad = np.broadcast_to(np.asarray(fill, x.dtype), (size - len(x), *x.shape[1:]))
    return np.concatenate([x, pad])


@pytest.mark.parametrize("shape", [(), (0,), (7,), (3, 4), (2, 0, 3)])
@pytest.mark.parametrize("size", [0, 2, 9])
def test_argwhere_flatnonzero_size(shape, size):
    a = sparse(shape, "float32", seed=4)
    exp_w = _cut_or_pad(np.argwhere(a), size, -1)
    exp_f = _cut_or_pad(np.flatnonzero(a), size, -1)

    def run_all(fn):
        return [
            tnp_core.testing.run(fn, [a], mode) for mode in ("eager", "function", "function_unknown_shape")
        ]

    for got in run_all(
        lambda x: (
            _shaping.argwhere(x, size=size, fill_value=-1),
            _shaping.flatnonzero(x, size=size, fill_value=-1),
        )
    ):
        assert_same(got, (exp_w, exp_f))
    f = tf.function(
        lambda t: [r._t for r in (_shaping.argwhere(tnp_core.asarray(t), size=size, fill_value=-1),
                                  _shaping.flatnonzero(tnp_core.asarray(t), size=size, fill_value=-1))],
        jit_compile=True,
    )  # fmt: skip
    got = [tnp_core.asarray(r.numpy()) for r in f(tf.constant(a))]
    assert_same(got, [exp_w, exp_f])
    assert_same(_shaping.argwhere(a, size=size), _cut_or_pad(np.argwhere(a), size, 0))
    if a.ndim >= 2:
        fill = tuple(range(10, 10 + a.ndim))
        assert_same(_shaping.argwhere(a, size=size, fill_value=fill), _cut_or_pad(np.argwhere(a), size, fill))


def test_argwhere_size_errors():
    with pytest.raises(ValueError):
        _shaping.argwhere([1, 0], fill_value=1)
    with pytest.raises(ValueError):
        _shaping.flatnonzero([1, 0], size=-2)
    with pytest.raises(TypeError):
        _shaping.flatnonzero([1, 0], size="3")


def _pad_with(vector, pad_width, iaxis, kwargs):  # NumPy's documented example of a callable mode
    value = kwargs.get("padder", 10)
    vector[: pad_width[0]] = value
    if pad_width[1]:
        vector[-pad_width[1] :] = value


@pytest.mark.parametrize("dtype", ["int32", "float64"])
@pytest.mark.parametrize(("shape", "width"), [((3,), 2), ((3, 3), ((1, 2), (0, 1))), ((2, 0), 1)])
def test_pad_callable_mode_runs_on_the_host(dtype, shape, width):
    a = sample(shape, dtype)
    run(lambda xp, x: xp.pad(x, width, _pad_with), a, modes=("eager",))
    run(lambda xp, x: xp.pad(x, width, _pad_with, padder=-1), a, modes=("eager",))
    f = tf.function(lambda x: _shaping.pad(x, width, _pad_with)._t)
    with pytest.raises(TypeError, match="host"):
        f(tf.constant(a))


@pytest.mark.parametrize(
    ("dc", "dx", "dy"),
    [("bool", "float32", "float32"), ("bool", "int8", "uint8"), ("float32", "bool", "complex64")],
)
@pytest.mark.parametrize(
    ("sc", "sx", "sy"), [((2, 3),) * 3, ((2, 1), (3,), ()), ((), (2, 3), (1, 3)), ((0,),) * 3]
)
def test_where_three_arrays(dc, dx, dy, sc, sx, sy):
    """`where` of three tnp arrays (its fast path): promotion, broadcasting, a non-bool condition."""
    c, x, y = sparse(sc, dc), sample(sx, dx, 1), sample(sy, dy, 2)
    run(lambda xp, c, x, y: xp.where(c, x, y), c, x, y)


def test_where_three_arrays_errors():
    c, x = sample((2, 3), "bool"), sample((2, 3), "float32", 1)
    run(lambda xp, c, x: xp.where(c, x, x[:1, :2]), c, x)
    run(lambda xp, c, x: xp.where(c[:, :2], x, x), c, x)
    with pytest.raises(ValueError, match="cannot be broadcast"):
        _shaping.where(tnp_core.asarray(c), tnp_core.asarray(x), tnp_core.asarray(x[:1, :2]))


@pytest.mark.parametrize(("dc", "dy"), [("bool", "float32"), ("bool", "int8"), ("int8", "float32")])
def test_where_graph_ops_match_raw_tf(dc, dy):
    """Inside tf.function: one SelectV2 (and a Cast/NotEqual where dtypes differ), as hand-written TensorFlow."""
    specs = [tf.TensorSpec((2, 3), dc), tf.TensorSpec((3,), "float32"), tf.TensorSpec((None, 3), dy)]
    common = np.result_type("float32", dy)

    def raw(c, x, y):
        return tf.where(
            tf.not_equal(c, 0) if c.dtype != tf.bool else c, tf.cast(x, common), tf.cast(y, common)
        )

    assert graph_ops(_shaping.where, specs) == graph_ops(raw, specs, wrap_in=False)
