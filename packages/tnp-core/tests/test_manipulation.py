"""Shape, selection and numeric methods (squeeze ... dot, take, put, clip, round), differential vs NumPy."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
import tnp_core
from numpy.exceptions import AxisError
from tnp_core import _manipulation, _numeric, _operators, _selection
from tnp_core._ndarray import wrap
from tnp_core.testing import check, run

NAMES = {
    _manipulation: "squeeze expand_dims swapaxes moveaxis repeat resize diagonal trace reshape transpose",
    _selection: "take nonzero compress choose put fill",
    _numeric: "clip round around dot",
    _operators: "conj conjugate",
}
T = SimpleNamespace(
    asarray=tnp_core.asarray, **{n: getattr(m, n) for m, ns in NAMES.items() for n in ns.split()}
)

DTYPES = ["bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64", "complex64"]
SHAPES = [(), (0,), (3,), (1, 3), (2, 3), (2, 0, 3), (2, 1, 3)]


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(shape) * 5
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.standard_normal(shape) * 5
    if np.dtype(dtype).kind == "u":
        x = np.abs(x)
    return np.asarray(x).astype(dtype)


def chk(fn, *args, **kw):
    check(fn, *args, xp=T, **kw)


@pytest.mark.parametrize("dtype", DTYPES)
def test_every_dtype(dtype):
    a = sample((2, 3), dtype)
    chk(lambda xp, x: (xp.squeeze(x[:1]), xp.expand_dims(x, (-1, 0)), xp.swapaxes(x, 0, 1)), a)
    chk(lambda xp, x: (xp.repeat(x, 2), xp.repeat(x, [1, 0, 2], axis=1), xp.resize(x, (2, 5))), a)
    chk(lambda xp, x: (xp.take(x, [[0, 7], [-9, 1]], mode="clip"), xp.take(x, [1, -1], axis=1)), a)
    chk(lambda xp, x: (xp.diagonal(x, 1), xp.trace(x), xp.trace(x, -1)), a)
    chk(lambda xp, x: (xp.nonzero(x), xp.compress([True, False, True], x, axis=1)), a)
    chk(lambda xp, x: (xp.clip(x, 0, 2), xp.conj(x), xp.dot(x, xp.swapaxes(x, 0, 1))), a)
    chk(lambda xp, x: xp.round(x), a)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("dtype", ["bool", "float32"])
def test_shapes(shape, dtype):
    a = sample(shape, dtype)
    n = a.ndim
    chk(lambda xp, x: (xp.squeeze(x), xp.expand_dims(x, 0), xp.repeat(x, 2), xp.resize(x, (2, 5))), a)
    chk(
        lambda xp, x: (xp.take(x, [0, -1, 0], mode="wrap"), xp.clip(x, 0, 2), xp.round(x), xp.dot(x, x)), a
    ) if a.size else None
    if n:
        chk(lambda xp, x: (xp.nonzero(x), xp.moveaxis(x, 0, -1), xp.repeat(x, 3, axis=-1)), a)
    if n >= 2:
        reps = list(range(a.shape[0]))
        chk(lambda xp, x: (xp.moveaxis(x, [0, 1], [-1, 0]), xp.repeat(x, reps, axis=0)), a)
        chk(lambda xp, x: xp.squeeze(x, axis=1), a) if a.shape[1] == 1 else None
        chk(lambda xp, x: [xp.diagonal(x, k) for k in (-2, -1, 0, 1, 5)] + [xp.diagonal(x, 1, -1, 0)], a)
        chk(lambda xp, x: [xp.trace(x, k) for k in (-1, 0, 1, 5)], a)


@pytest.mark.parametrize("dtype", ["int8", "int64", "float32", "complex64"])
def test_dot_ranks(dtype):
    a, b, c, m = (
        sample((2, 3, 4), dtype),
        sample((4,), dtype, 1),
        sample((5, 4, 2), dtype, 2),
        sample((4, 4), dtype, 3),
    )
    chk(lambda xp, x, y: xp.dot(x, y), a, b)
    chk(lambda xp, x, y: xp.dot(x, y), a, c)
    chk(lambda xp, x, y: xp.dot(x, y), b, m)
    chk(lambda xp, x, y: xp.dot(x, y), m, b)
    chk(lambda xp, x, y: xp.dot(x, y), m, m)
    chk(lambda xp, x, y: xp.dot(x, y), np.asarray(a[0, 0, 0]), c)
    chk(lambda xp, x: xp.dot(x, 2), a)


def test_dot_mixed_dtypes_and_errors():
    chk(lambda xp, x, y: xp.dot(x, y), sample((3,), "int8"), sample((3, 2), "uint8"))
    chk(lambda xp, x, y: xp.dot(x, y), sample((3,), "bool"), sample((3,), "bool", 1))
    chk(lambda xp, x, y: xp.dot(x, y), sample((3,), "float16"), sample((3,), "int32", 1))
    chk(lambda xp, x, y: xp.dot(x, y), sample((2, 3), "float32"), sample((2,), "float32"))
    chk(lambda xp, x, y: xp.dot(x, y), sample((2, 3), "float32"), sample((2, 3), "float32"))


@pytest.mark.parametrize("dtype", ["int8", "uint8", "int64", "float16", "float32", "float64", "complex64"])
def test_clip(dtype):
    a = sample((3, 4), dtype)
    lo, hi = sample((4,), dtype, 1), sample((3, 1), dtype, 2)
    if a.dtype.kind == "f":
        a[0, 0] = np.nan
    chk(lambda xp, x: xp.clip(x, 0, 1000), a)
    chk(lambda xp, x: xp.clip(x, -1000, 3), a)
    chk(lambda xp, x: xp.clip(x, None, 3), a)
    chk(lambda xp, x: xp.clip(x, 1, None), a)
    chk(lambda xp, x: xp.clip(x, 0.5, 2), a)
    chk(lambda xp, x: xp.clip(x, min=1), a)
    chk(lambda xp, x: xp.clip(x, max=2, min=-1), a)
    chk(lambda xp, x: xp.clip(x, 3, 1), a)
    chk(lambda xp, x, y, z: xp.clip(x, y, z), a, lo, hi)
    chk(lambda xp, x, y: xp.clip(x, None, y), a, hi)
    chk(lambda xp, x: xp.clip(x, np.int16(1), 3), a)
    chk(lambda xp, x: xp.clip(x, 0), a)  # TypeError: a_max missing
    chk(lambda xp, x: xp.clip(x, 0, 1, min=0), a)  # ValueError


@pytest.mark.parametrize(
    "dtype", ["bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64", "complex64"]
)
@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")  # NumPy's float16 at decimals=3
def test_round(dtype):
    base = np.array([0.5, 1.5, 2.5, -0.5, -2.5, 15, 25, -15, 125, 0.125, 1.2345, -7.77, 0, 99])
    a = (
        base.astype(dtype)
        if np.dtype(dtype).kind not in "iub"
        else np.asarray(base, dtype=np.int64).astype(dtype)
    )
    if dtype == "complex64":
        a = a + 1j * a[::-1]
    decimals = [0] if dtype == "bool" else [-2, -1, 0, 1, 3]
    chk(lambda xp, x: [xp.round(x, d) for d in decimals] + [xp.around(x, 1 - (dtype == "bool"))], a)
    chk(lambda xp, x: xp.round(x, 1), a)


@pytest.mark.parametrize("mode", ["raise", "wrap", "clip"])
@pytest.mark.parametrize("dtype", ["bool", "int8", "float32", "complex64"])
def test_take_choose_put(mode, dtype):
    a = sample((3, 4), dtype)
    idx = np.array([[0, 2], [-1, 1]]) if mode == "raise" else np.array([[0, 5], [-7, 2]])
    chk(lambda xp, x, i: xp.take(x, i, axis=1, mode=mode), a, idx)
    chk(lambda xp, x, i: xp.take(x, i, mode=mode), a, idx)
    chk(lambda xp, x: xp.take(x, 3, axis=0, mode=mode), a)
    choices = [sample((4,), dtype, 1), sample((3, 1), dtype, 2), sample((3, 4), dtype, 3)]
    sel = (
        np.array([[0, 1, 2, 2], [2, 1, 0, 0], [1, 1, 2, 0]]) if mode == "raise" else np.array([[0, 4, -1, 2]])
    )
    chk(lambda xp, s, c0, c1, c2: xp.choose(s, [c0, c1, c2], mode=mode), sel, *choices)

    def put(xp, x, i, v):
        if xp is np:
            x = x.copy()
        xp.put(x, i, v, mode=mode)
        return x

    chk(put, a, idx, sample((3,), dtype, 4))
    chk(put, a, np.array([1, 1, 5, 1]), sample((2,), dtype, 4))


def test_put_and_fill_rebind():
    x = tnp_core.asarray(np.arange(6).reshape(2, 3))
    T.put(x, [0, -1, 0], [7, 8, 9])
    ref = np.arange(6).reshape(2, 3)
    np.put(ref, [0, -1, 0], [7, 8, 9])
    np.testing.assert_array_equal(np.asarray(x), ref)
    T.fill(x, 2.7)
    ref.fill(2.7)
    assert x.dtype == ref.dtype
    np.testing.assert_array_equal(np.asarray(x), ref)
    with pytest.raises(OverflowError):
        T.fill(tnp_core.asarray(np.zeros(2, np.int8)), 1000)
    with pytest.raises(TypeError):
        T.put([1, 2], 0, 1)


@pytest.mark.parametrize("dtype", ["bool", "int8", "float16", "float32", "complex64"])
def test_fill(dtype):
    def fill(xp, x, v):
        if xp is np:
            x = x.copy()
            x.fill(v)
        else:
            xp.fill(x, v)
        return x

    for v in (0, 1, True, 2.5):
        if np.dtype(dtype).kind in "biu" and isinstance(v, float):
            continue
        chk(lambda xp, x: fill(xp, x, v), sample((2, 3), dtype))
    chk(lambda xp, x, v: fill(xp, x, v), sample((2, 3), dtype), np.asarray(sample((), "float64", 3)))


def test_compress():
    a = sample((3, 4), "float32")
    chk(lambda xp, x: xp.compress([1, 0, 1], x, axis=0), a)
    chk(lambda xp, x: xp.compress([False, True], x), a)
    chk(lambda xp, x: xp.compress([True, False, False, False, False], x, axis=0), a)
    chk(lambda xp, x: xp.compress([False, False, False, True], x, axis=0), a)  # IndexError
    chk(lambda xp, x: xp.compress(np.ones((2, 2), bool), x), a)  # ValueError


def test_resize_and_repeat_shapes():
    a = sample((2, 3), "int32")
    for shape in [(0,), 7, (3, 3), (1, 2, 5), ()]:
        chk(lambda xp, x: xp.resize(x, shape), a)
    chk(lambda xp, x: xp.resize(x, (2, 2)), sample((0,), "float32"))
    chk(lambda xp, x: xp.repeat(x, [1, 0, 2], axis=1), a)
    chk(lambda xp, x: xp.repeat(x, [2], axis=1), a)
    chk(lambda xp, x: xp.repeat(x, np.array(2, np.uint8)), a)
    chk(lambda xp, x: xp.repeat(x, 0), a)
    chk(lambda xp, x: xp.repeat(x, 2), np.asarray(5.0))


ERRORS = [
    (lambda xp, x: xp.squeeze(x, 0), ValueError),
    (lambda xp, x: xp.squeeze(x, 3), AxisError),
    (lambda xp, x: xp.expand_dims(x, 4), AxisError),
    (lambda xp, x: xp.expand_dims(x, (0, 0)), ValueError),
    (lambda xp, x: xp.swapaxes(x, 0, 3), AxisError),
    (lambda xp, x: xp.moveaxis(x, [0, 1], [0]), ValueError),
    (lambda xp, x: xp.moveaxis(x, 0, 5), AxisError),
    (lambda xp, x: xp.repeat(x, [1, 2]), ValueError),
    (lambda xp, x: xp.repeat(x, -1), ValueError),
    (lambda xp, x: xp.repeat(x, 1j), TypeError),
    (lambda xp, x: xp.repeat(x, 2, axis=3), AxisError),
    (lambda xp, x: xp.resize(x, (2, -1)), ValueError),
    (lambda xp, x: xp.take(x, 6), IndexError),
    (lambda xp, x: xp.take(x, [-7]), IndexError),
    (lambda xp, x: xp.take(x, [1j]), TypeError),
    (lambda xp, x: xp.take(x, 0, axis=2), AxisError),
    (lambda xp, x: xp.take(x, 0, mode="foo"), ValueError),
    (lambda xp, x: xp.take(x[:, :0], [0], axis=1, mode="wrap"), IndexError),
    (lambda xp, x: xp.diagonal(x, 0, 1, 1), ValueError),
    (lambda xp, x: xp.diagonal(x[0]), ValueError),
    (lambda xp, x: xp.diagonal(x, 0, 0, 2), AxisError),
    (lambda xp, x: xp.trace(x[0]), ValueError),
    (lambda xp, x: xp.nonzero(x[0, 0]), ValueError),
    (lambda xp, x: xp.choose([0, 3], [x[0, :2], x[1, :2]]), ValueError),
    (lambda xp, x: xp.choose([0.0, 1.0], [x[0, :2], x[1, :2]]), TypeError),
    (lambda xp, x: xp.choose([[0, 1, 0]], [x[0, :2], x[1, :2]]), ValueError),
    (lambda xp, x: xp.dot(x, x), ValueError),
    (lambda xp, x: xp.round(x, 1.5), TypeError),
]


@pytest.mark.parametrize("case", range(len(ERRORS)))
def test_errors(case):
    fn, exc = ERRORS[case]
    a = sample((2, 3), "float32")
    with pytest.raises(exc):
        fn(np, a)
    chk(fn, a)


def test_tf_function_dynamic_nonzero_and_gradients():
    import tensorflow as tf

    x = np.array([[0.0, 1.5, 0.0], [2.0, 0.0, -1.0]], np.float32)
    out = run(lambda a: T.nonzero(a), [x], "function_unknown_shape")
    for o, e in zip(out, np.nonzero(x)):
        np.testing.assert_array_equal(np.asarray(o), e)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def f(t):
        (i,) = T.nonzero(wrap(t))
        assert i.shape == (None,)
        return tf.shape(i._t)[0]

    assert int(f(tf.constant([0.0, 1.0, 2.0]))) == 2

    v = tf.Variable(np.arange(6, dtype=np.float32).reshape(2, 3))
    with tf.GradientTape() as tape:
        t = tnp_core.asarray(v)
        y = (
            T.take(t, [0, 0, 5]).tensor
            + T.diagonal(t).tensor.__getitem__(0)
            + T.clip(t, 1.0, 4.0).tensor[0, :1]
            + T.repeat(t, 2).tensor[:3]
            + T.dot(t, T.swapaxes(t, 0, 1)).tensor[0, :1]
        )
        loss = tf.reduce_sum(y)
    g = tape.gradient(loss, v)
    assert g is not None and np.isfinite(g.numpy()).all() and g.numpy().any()


@pytest.mark.parametrize("new_shape", [((2, 5),), (4,), (2, 2), ((0,),), ((),)])
def test_resize_method(new_shape):
    ref = np.arange(6.0).reshape(2, 3)
    x = tnp_core.asarray(ref)
    ref = ref.copy()
    ref.resize(*new_shape, refcheck=False)
    _manipulation.resize_inplace(x, *new_shape)
    assert x.shape == ref.shape
    np.testing.assert_array_equal(np.asarray(x), ref)


def test_out_and_dtype_arguments():
    def with_out(xp, x, fn, dtype=np.float64):
        out = xp.asarray(np.zeros(x.shape[:1], dtype)) if xp is T else np.zeros(x.shape[:1], dtype)
        r = fn(xp, x, out)
        assert r is out
        return out

    a = sample((3, 3), "int8")
    chk(lambda xp, x: (xp.trace(x, dtype=np.float32), xp.trace(x, dtype="int8"), xp.trace(x.astype(bool))), a)
    chk(lambda xp, x: with_out(xp, x, lambda xp, y, o: xp.take(y, [0, 1, 2], out=o)), a, modes=["eager"])
    chk(
        lambda xp, x: with_out(xp, x, lambda xp, y, o: xp.take(y, [0, 1, 2], out=o), np.int8),
        a,
        modes=["eager"],
    )
    f64 = np.float64
    chk(
        lambda xp, x: with_out(xp, x, lambda xp, y, o: xp.dot(y.astype(f64), y[0].astype(f64), out=o)),
        a,
        modes=["eager"],
    )
    chk(
        lambda xp, x: with_out(xp, x, lambda xp, y, o: xp.round(y[0].astype(np.float64) / 3, 1, out=o)),
        a,
        modes=["eager"],
    )


@pytest.mark.parametrize(
    "call",
    [
        lambda xp, x: xp.reshape(x, (2.0, 3)),
        lambda xp, x: xp.reshape(x, (True, 6)),
        lambda xp, x: xp.reshape(x, (np.int64(2), 3)),
        lambda xp, x: x.reshape(3.0, 2),
        lambda xp, x: xp.expand_dims(x, 1.0),
        lambda xp, x: xp.expand_dims(x, True),
        lambda xp, x: xp.expand_dims(x, -4),
        lambda xp, x: xp.sum(x, axis=1.0),
        lambda xp, x: xp.sum(x, axis=True),
        lambda xp, x: xp.max(x, axis=np.int64(1)),
        lambda xp, x: xp.argmax(x, axis=True),
        lambda xp, x: xp.mean(x, axis=(0, True)),
        lambda xp, x: xp.any(x, axis=np.True_),
    ],
)
def test_cached_plans_do_not_confuse_equal_keys(call):
    """The eager fast paths cache per (argument, ...): `2.0 == 2` and `True == 1` hash alike, but NumPy
    treats them differently, so a call with the int argument first must not change what these give."""
    a = np.arange(6.0).reshape(2, 3)
    for warm in (lambda xp, x: xp.reshape(x, (2, 3)), lambda xp, x: xp.reshape(x, (1, 6))):
        chk(warm, a)
    check(lambda xp, x: (xp.expand_dims(x, 1), xp.sum(x, axis=1), xp.max(x, axis=1)), a)
    check(call, a)


def test_per_call_caches_hold_python_values_only():
    """The transpose-perm and reduction-axes caches serve eager and traced calls alike, so they hold tuples of ints:
    a graph constant cached by a trace would make every later eager call convert it, an eager tensor would be
    captured by every later graph."""
    import tensorflow as tf
    from tnp_core import _reductions

    def body(t):
        x = wrap(t)
        return x.T._t, x.sum(axis=(0, 1))._t, x.sum()._t

    tf.function(body, autograph=False)(tf.ones((2, 3)))
    body(tf.ones((2, 3)))
    cached = [*_manipulation._REVERSED.values(), *_reductions._OP_AXES.values()]
    assert cached and all(type(v) is tuple and all(type(i) is int for i in v) for v in cached)
