"""Joining and splitting (tnp_math._joining) against NumPy."""

from __future__ import annotations

import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from tnp_core.testing import check, graph_ops
from tnp_math import _joining

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_joining, n) for n in _joining.__all__},
    }
)
DTYPES = [
    "bool", "int8", "float32", "complex64",
    *(pytest.param(d, marks=pytest.mark.exhaustive) for d in ["uint8", "int64", "float16", "float64"]),
]  # fmt: skip
STATIC = ("eager", "function")


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-5, 5, size=shape)
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.uniform(-5, 5, size=shape)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(x).astype(dtype)


def run(fn, *args, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        check(fn, *args, xp=XP, **kw)


def test_all_names_exist_in_numpy():
    for name in _joining.__all__:
        assert hasattr(np, name), name


def _params(fn):
    import inspect

    return [(p.name, p.kind, p.default) for p in inspect.signature(fn).parameters.values()]


@pytest.mark.parametrize("name", _joining.__all__)
def test_signature_matches_numpy(name):
    assert _params(getattr(_joining, name)) == _params(getattr(np, name))


@pytest.mark.parametrize("d1", ["bool", "uint8", "int64", "float16", "complex64"])
@pytest.mark.parametrize("d2", ["int8", "float32", "complex64"])
def test_concatenate_promotes(d1, d2):
    run(lambda xp, a, b: xp.concatenate([a, b], axis=1), sample((2, 3), d1), sample((2, 0), d2, 1))
    run(lambda xp, a, b: xp.concatenate((a, b)), sample((2, 3), d1), sample((1, 3), d2, 1))


@pytest.mark.parametrize("shape", [(0,), (3,), (2, 0), (2, 3, 4)])
@pytest.mark.parametrize("axis", [0, -1, None])
def test_concatenate_shapes_axes(shape, axis):
    run(
        lambda xp, a, b: xp.concatenate([a, b, a], axis=axis),
        sample(shape, "float32"),
        sample(shape, "float32", 2),
    )
    run(lambda xp, a, b: xp.concat([a, b], axis=axis), sample(shape, "int8"), sample(shape, "int8", 2))


def test_concatenate_dtype_out_casting():
    a, b = sample((2, 2), "int64"), sample((2, 2), "float64")
    run(lambda xp, a, b: xp.concatenate([a, b], dtype="float32"), a, b)
    run(lambda xp, a, b: xp.concatenate([a, b], dtype="int8", casting="unsafe"), a, b)
    run(lambda xp, a, b: xp.concatenate([a, b], dtype="int8"), a, b)  # TypeError (same_kind)
    run(lambda xp, a, b: xp.concatenate([a, b], dtype="int8", casting="bogus"), a, b)
    run(lambda xp, a, b: xp.concatenate([a, a], out=xp.zeros((4, 2)), dtype="f8"), a, b)
    run(lambda xp, a, b: xp.stack([a, b], dtype="complex64"), a, b)
    for xp, conv in ((np, np.asarray), (XP, tnp_core.asarray)):
        out = xp.zeros((4, 2), dtype="float32")
        r = xp.concatenate([conv(a), conv(b)], out=out)
        assert r is out
        np.testing.assert_allclose(np.asarray(out), np.concatenate([a, b]).astype("float32"))
    run(lambda xp, a, b: xp.concatenate([a, b], out=xp.zeros((4, 2), dtype="int64")), a, b)  # TypeError
    run(lambda xp, a, b: xp.concatenate([a, b], out=xp.zeros((3, 2))), a, b)  # ValueError


def test_concatenate_errors():
    a = sample((2, 3), "float32")
    run(lambda xp, a: xp.concatenate([]), a)
    run(lambda xp, a: xp.concatenate([a, a[0]]), a)
    run(lambda xp, a: xp.concatenate([a, a[:, :2]], axis=0), a)
    run(lambda xp, a: xp.concatenate([a, a], axis=2), a)
    run(lambda xp, a: xp.concatenate([a[0, 0], a[0, 0]]), a)
    run(lambda xp, a: xp.concatenate([a[0, 0], a[0, 0]], axis=None), a)
    run(lambda xp, a: xp.concatenate([[1, 2], [3.5]]), a)
    run(lambda xp, a: xp.concatenate(a), a)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(), (0,), (2, 3)])
def test_stack(dtype, shape):
    a, b = sample(shape, dtype), sample(shape, dtype, 1)
    for axis in range(-len(shape) - 1, len(shape) + 1):
        run(lambda xp, a, b: xp.stack([a, b], axis=axis), a, b)
    run(lambda xp, a, b: xp.stack([a, b], axis=len(shape) + 1), a, b)  # AxisError


def test_stack_errors_and_out():
    a = sample((2, 3), "int8")
    run(lambda xp, a: xp.stack([]), a)
    run(lambda xp, a: xp.stack(a, axis=1), a)
    run(lambda xp, a: xp.stack(a, axis=-1, dtype="float32"), a)
    run(lambda xp, a: xp.stack(a, axis=3), a)
    run(lambda xp, a: xp.stack([a, a[:1]]), a)
    run(lambda xp, a, b: xp.stack([a, b], 1, out=xp.zeros((2, 2, 3))), a, sample((2, 3), "float32"))


@pytest.mark.parametrize("shape", [(3,), (2, 3), (2, 0, 4)])
def test_unstack(shape):
    a = sample(shape, "float32")
    for axis in range(-len(shape), len(shape)):
        run(lambda xp, a: xp.unstack(a, axis=axis), a, modes=STATIC)
    run(lambda xp, a: xp.unstack(a, axis=len(shape)), a)
    run(lambda xp, a: xp.unstack(a), np.float32(1))


@pytest.mark.parametrize("name", ["hstack", "vstack", "dstack", "column_stack", "row_stack"])
@pytest.mark.parametrize("shape", [(), (3,), (2, 3), (2, 3, 2), (0,)])
def test_hvd_stack(name, shape):
    a, b = sample(shape, "int8"), sample(shape, "float32", 1)
    run(lambda xp, a, b: getattr(xp, name)([a, b]), a, b)
    run(lambda xp, a, b: getattr(xp, name)((a, b, a)), a, b)


def test_stack_helpers_dtype_and_errors():
    a, b = sample((2,), "int64"), sample((2,), "float64")
    run(lambda xp, a, b: xp.hstack([a, b], dtype="float32"), a, b)
    run(lambda xp, a, b: xp.vstack([a, b], dtype="int8"), a, b)  # TypeError same_kind
    run(lambda xp, a, b: xp.vstack([a, b], dtype="int8", casting="unsafe"), a, b)
    run(lambda xp, a, b: xp.hstack([]), a, b)
    run(lambda xp, a, b: xp.vstack([a, b[:1]]), a, b)
    run(lambda xp, a, b: xp.column_stack([a, b[:1]]), a, b)
    run(lambda xp, a, b: xp.hstack([1, 2.5, True]), a, b)


def test_row_stack_warns():
    with pytest.warns(DeprecationWarning):
        _joining.row_stack([[1], [2]])


def test_block():
    a, b = sample((2, 2), "int8"), sample((2, 3), "float32", 1)
    c, d = sample((1, 2), "int64", 2), sample((1, 3), "bool", 3)
    run(lambda xp, a, b, c, d: xp.block([[a, b], [c, d]]), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block([a, b]), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block([[a], [c]]), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block(a), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block([1, 2, a[0]]), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block([[1, 2], [3, 4]]), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block([[[a]]]), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block(3.5), a, b, c, d)
    # errors: mismatched depths, empty lists, tuples, shape mismatch
    run(lambda xp, a, b, c, d: xp.block([[a, b], c]), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block([[a], []]), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block([]), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block((a, b)), a, b, c, d)
    run(lambda xp, a, b, c, d: xp.block([[a, b], [b, a]]), a, b, c, d)


@pytest.mark.parametrize(
    ("dtype", "shape"), [("bool", (6,)), ("int8", (4, 6)), ("float32", (0, 6)), ("complex64", (6, 0))]
)
def test_split_family(dtype, shape):
    a = sample(shape, dtype)
    for ios in [1, 3, [1, 3], [0, 10], [-2], [4, 2], np.array([2, 5])]:
        for axis in range(len(shape)):
            run(lambda xp, a: xp.array_split(a, ios, axis=axis), a)
            run(lambda xp, a: xp.split(a, ios, axis=axis), a)
    run(lambda xp, a: xp.array_split(a, 4), a)
    run(lambda xp, a: xp.split(a, 4), a)  # ValueError: not an equal division
    run(lambda xp, a: xp.array_split(a, 0), a)
    run(lambda xp, a: xp.split(a, 2, axis=2), a)
    run(lambda xp, a: xp.hsplit(a, 2), a)
    run(lambda xp, a: xp.hsplit(a, [1, 4]), a)
    run(lambda xp, a: xp.vsplit(a, [1]), a)
    run(lambda xp, a: xp.dsplit(a, 2), a)  # ValueError below 3-d
    run(lambda xp, a: xp.dsplit(a, 1), a.reshape(a.shape + (1,) * (3 - a.ndim)))


def test_hsplit_0d_errors():
    run(lambda xp, a: xp.hsplit(a, 1), np.float32(1))
    run(lambda xp, a: xp.vsplit(a, 1), np.zeros(3))


def test_gradients():
    x = tnp_core.asarray(np.arange(6.0).reshape(2, 3))
    with tf.GradientTape() as tape:
        tape.watch(x)
        parts = _joining.split(_joining.concatenate([x, 2 * x], axis=0), 2)
        y = tnp_core.sum(parts[0] * parts[1]) + tnp_core.sum(_joining.stack([x, x]) ** 2)
    g = tape.gradient(y, x)
    np.testing.assert_allclose(
        np.asarray(g), 4 * np.arange(6.0).reshape(2, 3) + 4 * np.arange(6.0).reshape(2, 3)
    )


def test_in_tf_function_unknown_split_sizes():
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def f(t):
        return [p._t for p in _joining.array_split(tnp_core.asarray(t), 3)]

    got = f(tf.range(7, dtype=tf.float32))
    exp = np.array_split(np.arange(7, dtype=np.float32), 3)
    for g, e in zip(got, exp):
        np.testing.assert_array_equal(g.numpy(), e)


def test_concat_is_concatenate():
    import tnp
    import tnp_math

    assert np.concat is np.concatenate
    assert _joining.concat is _joining.concatenate
    assert tnp_math.concat is tnp_math.concatenate
    assert tnp.concat is tnp.concatenate


@pytest.mark.parametrize(
    "dtypes",
    [
        ("float32",) * 3,
        ("int8", "uint8", "float16"),
        ("bool", "int64", "int8"),
        ("complex64", "float64", "bool"),
    ],
)
def test_join_lists_of_arrays(dtypes):
    """The fast paths (lists and tuples of tnp arrays): one dtype or several (promoted), joined lengths differing."""
    a, b, c = (sample((2, 3), d, i) for i, d in enumerate(dtypes))
    run(lambda xp, a, b, c: xp.concatenate([a, b[:1], c]), a, b, c)
    run(lambda xp, a, b, c: xp.concatenate((a, b[:, :2], c), axis=-1), a, b, c)
    run(lambda xp, a, b, c: xp.concatenate([a, b, c], axis=-2), a, b, c)
    run(lambda xp, a, b, c: xp.concat([a, c], axis=1), a, b, c)
    run(lambda xp, a, b, c: xp.concatenate([a]), a, b, c)
    run(lambda xp, a, b, c: xp.concatenate([a, b], axis=True), a, b, c)  # TypeError
    run(lambda xp, a, b, c: xp.stack([a, b], axis=True), a, b, c)
    for axis in (0, 2, -1, -3):
        run(lambda xp, a, b, c: xp.stack((a, b, c), axis=axis), a, b, c)
    run(lambda xp, a, b, c: xp.stack([a]), a, b, c)
    run(lambda xp, a, b, c: xp.stack([a[0], b[1]]), a, b, c)


def test_join_lists_of_arrays_errors():
    a, b = sample((2, 3), "float32"), sample((2, 3), "int8", 1)
    for axis in (2, -3, 2**31, 2**40, 2**70, -(2**63)):
        run(lambda xp, a, b: xp.concatenate([a, b], axis=axis), a, b)
    for axis in (3, -4, 2**40):
        run(lambda xp, a, b: xp.stack([a, b], axis=axis), a, b)
    run(lambda xp, a, b: xp.concatenate([a, b[:1, :2]]), a, b)
    run(lambda xp, a, b: xp.concatenate([a[0], b]), a, b)
    run(lambda xp, a, b: xp.concatenate([a[0, 0], b[0, 0]]), a, b)
    run(lambda xp, a, b: xp.concatenate([a, b], axis=1.0), a, b)
    run(lambda xp, a, b: xp.stack([a, b[:1]]), a, b)
    run(lambda xp, a, b: xp.stack([a, b[0]]), a, b)
    run(lambda xp, a, b: xp.stack([a, b], axis=1.0), a, b)
    x, y = tnp_core.asarray(a), tnp_core.asarray(b)
    with pytest.raises(ValueError, match="along dimension 1"):
        _joining.concatenate([x, y[:, :2]])
    with pytest.raises(ValueError, match="the array at index 1 has 1 dimension"):
        _joining.concatenate([x, y[0]])
    with pytest.raises(ValueError, match="zero-dimensional"):
        _joining.concatenate([x[0, 0], y[0, 0]])
    with pytest.raises(ValueError, match="same shape"):
        _joining.stack([x, y[:1]])


@pytest.mark.parametrize(
    ("shapes", "dtypes"),
    [
        ([(3,), (3,)], ["float32"] * 2),
        ([(2, 3), (2, 1)], ["float32", "int8"]),
        ([(None, 3), (2, 3)], ["int8"] * 2),
    ],
)
def test_join_graph_ops_match_raw_tf(shapes, dtypes):
    """Inside tf.function: one ConcatV2/Pack (and a Cast per promoted input), as hand-written TensorFlow."""
    specs = [tf.TensorSpec(s, d) for s, d in zip(shapes, dtypes)]
    common = np.result_type(*dtypes)

    def cast_all(ts):
        return [tf.cast(t, common) for t in ts]

    assert graph_ops(lambda *a: _joining.concatenate(a, axis=-1), specs) == graph_ops(
        lambda *a: tnp_core.asarray(tf.concat(cast_all([x._t for x in a]), -1)), specs
    )
    if shapes[0] == shapes[1]:
        assert graph_ops(lambda *a: _joining.stack(list(a)), specs) == graph_ops(
            lambda *a: tnp_core.asarray(tf.stack(cast_all([x._t for x in a]))), specs
        )
