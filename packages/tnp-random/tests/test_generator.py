"""The Generator API against NumPy's: names, signatures, result dtypes and shapes, errors, reproducibility,
tf.function behaviour, state, spawning, and the in-place/permutation methods."""

from __future__ import annotations

import inspect
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import tensorflow as tf
import tnp_random as tr
from tnp_core.extending import ndarray, wrap

# One valid call per Generator method: (name, args, kwargs).
CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("random", (), {}),
    ("integers", (0, 10), {}),
    ("integers", (-5, 5), {"dtype": np.int8, "endpoint": True}),
    ("integers", (0, 2**64 - 1), {"dtype": np.uint64}),
    ("integers", (2,), {"dtype": bool}),
    ("uniform", (1.0, [2.0, 3.0, 4.0]), {}),
    ("normal", ([0.0, 1.0, 2.0], 2.0), {}),
    ("standard_normal", (), {"dtype": np.float32}),
    ("exponential", (2.0,), {}),
    ("standard_exponential", (), {}),
    ("gamma", (2.0, 2.0), {}),
    ("standard_gamma", ([0.5, 1.5, 2.5],), {}),
    ("beta", (0.5, 0.7), {}),
    ("chisquare", (3.0,), {}),
    ("noncentral_chisquare", (3.0, 2.0), {}),
    ("f", (3.0, 5.0), {}),
    ("noncentral_f", (3.0, 5.0, 1.0), {}),
    ("standard_t", (4.0,), {}),
    ("standard_cauchy", (), {}),
    ("laplace", (0.0, 1.0), {}),
    ("logistic", (0.0, 1.0), {}),
    ("lognormal", (0.0, 1.0), {}),
    ("logseries", (0.6,), {}),
    ("gumbel", (0.0, 1.0), {}),
    ("weibull", (1.5,), {}),
    ("pareto", (2.0,), {}),
    ("power", (2.0,), {}),
    ("rayleigh", (1.0,), {}),
    ("wald", (1.0, 2.0), {}),
    ("vonmises", (0.0, 1.0), {}),
    ("triangular", (0.0, 1.0, 2.0), {}),
    ("poisson", ([1.0, 2.0, 3.0],), {}),
    ("binomial", (10, 0.3), {}),
    ("negative_binomial", (3, 0.4), {}),
    ("geometric", (0.3,), {}),
    ("hypergeometric", (10, 20, 5), {}),
    ("zipf", (2.0,), {}),
]

VECTOR_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("multinomial", (10, [0.2, 0.3, 0.5]), {}),
    ("multivariate_hypergeometric", ([3, 4, 5], 6), {}),
    ("multivariate_normal", ([0.0, 1.0], [[1.0, 0.5], [0.5, 1.0]]), {}),
    ("dirichlet", ([1.0, 2.0, 3.0],), {}),
]


def _ids(calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]) -> list[str]:
    return [f"{n}{a}{k or ''}" for n, a, k in calls]


def test_every_numpy_generator_method_exists() -> None:
    names = [n for n in dir(np.random.Generator) if not n.startswith("_")]
    missing = [n for n in names if not hasattr(tr.Generator, n)]
    assert not missing


@pytest.mark.parametrize("name", [n for n in dir(np.random.Generator) if not n.startswith("_")])
def test_signature_matches_numpy(name: str) -> None:
    ours = getattr(tr.Generator, name)
    theirs = getattr(np.random.Generator, name)
    if not callable(theirs):
        return
    ps = [(p.name, p.kind) for p in inspect.signature(ours).parameters.values()]
    qs = [(p.name, p.kind) for p in inspect.signature(theirs).parameters.values()]
    assert ps == qs


@pytest.mark.parametrize(("name", "args", "kwargs"), CALLS + VECTOR_CALLS, ids=_ids(CALLS + VECTOR_CALLS))
@pytest.mark.parametrize("size", [None, 4, (2, 3), (0,)], ids=str)
def test_dtype_and_shape_match_numpy(
    name: str, args: tuple[Any, ...], kwargs: dict[str, Any], size: Any
) -> None:
    try:
        expected = np.asarray(getattr(np.random.default_rng(0), name)(*args, size=size, **kwargs))
    except ValueError:  # the parameters do not broadcast to this size: we must refuse too
        with pytest.raises(ValueError):
            getattr(tr.default_rng(0), name)(*args, size=size, **kwargs)
        return
    got = getattr(tr.default_rng(0), name)(*args, size=size, **kwargs)
    assert isinstance(got, ndarray)
    if (
        size is None and expected.ndim == 0
    ):  # NumPy returns a Python scalar here; the dtype= is ours to honour
        expected = np.asarray(getattr(np.random.default_rng(0), name)(*args, size=1, **kwargs))[0]
    assert got.dtype == expected.dtype
    assert got.shape == expected.shape


@pytest.mark.parametrize(("name", "args", "kwargs"), CALLS + VECTOR_CALLS, ids=_ids(CALLS + VECTOR_CALLS))
def test_inside_tf_function_advances(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    g = tr.default_rng(5)
    f = tf.function(lambda: getattr(g, name)(*args, size=(50, 3), **kwargs))
    a, b = np.asarray(f()), np.asarray(f())
    expected = np.asarray(getattr(np.random.default_rng(0), name)(*args, size=(50, 3), **kwargs))
    assert a.dtype == expected.dtype and a.shape == expected.shape
    assert not np.array_equal(a, b)  # the state advanced between calls
    # The same seed gives the same numbers eagerly as traced.
    eager = np.asarray(getattr(tr.default_rng(5), name)(*args, size=(50, 3), **kwargs))
    np.testing.assert_allclose(a, eager, rtol=1e-12)  # graph rewrites may change the last bit


def test_retrace_does_not_reset_state() -> None:
    g = tr.default_rng(1)
    f = tf.function(lambda x: g.normal(size=3)._t + tf.cast(tf.size(x), tf.float64) * 0)
    first = f(tf.zeros([1])).numpy()
    second = f(tf.zeros([2])).numpy()  # a retrace
    ref = tr.default_rng(1)
    np.testing.assert_array_equal(first, np.asarray(ref.normal(size=3)))
    np.testing.assert_array_equal(second, np.asarray(ref.normal(size=3)))


def test_symbolic_parameters_in_tf_function() -> None:
    g = tr.default_rng(2)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float64)])
    def f(loc: tf.Tensor) -> tf.Tensor:
        return g.normal(wrap(loc), 1e-9)._t

    np.testing.assert_allclose(
        f(tf.constant([1.0, 5.0, -3.0], tf.float64)).numpy(), [1.0, 5.0, -3.0], atol=1e-6
    )


def test_size_none_gives_0d_array() -> None:
    x = tr.default_rng(0).normal()
    assert isinstance(x, ndarray) and x.shape == () and x.dtype == np.float64
    assert isinstance(float(x), float)


# --- errors: the same exception type and message as NumPy ---
ERRORS: list[Callable[[Any], Any]] = [
    lambda g: g.integers(5, 5),
    lambda g: g.integers(5, 4, endpoint=True),
    lambda g: g.integers(0, 300, dtype=np.int8),
    lambda g: g.integers(-1, 3, dtype=np.uint8),
    lambda g: g.integers(0, 3, dtype=np.float64),
    lambda g: g.normal(0, -1),
    lambda g: g.normal([0, 1, 2], 1, size=(2,)),
    lambda g: g.uniform(2, 1, size=3),
    lambda g: g.uniform(0, np.inf),
    lambda g: g.exponential(-1),
    lambda g: g.gamma(-1),
    lambda g: g.gamma(1, -1),
    lambda g: g.standard_gamma(-1),
    lambda g: g.beta(0, 1),
    lambda g: g.beta(1, -1),
    lambda g: g.chisquare(0),
    lambda g: g.noncentral_chisquare(0, 1),
    lambda g: g.noncentral_chisquare(1, -1),
    lambda g: g.f(0, 1),
    lambda g: g.f(1, 0),
    lambda g: g.noncentral_f(0, 1, 1),
    lambda g: g.noncentral_f(1, 1, -1),
    lambda g: g.standard_t(0),
    lambda g: g.laplace(0, -1),
    lambda g: g.logistic(0, -1),
    lambda g: g.lognormal(0, -1),
    lambda g: g.logseries(1),
    lambda g: g.logseries(np.nan),
    lambda g: g.gumbel(0, -1),
    lambda g: g.weibull(-1),
    lambda g: g.pareto(0),
    lambda g: g.power(0),
    lambda g: g.rayleigh(-1),
    lambda g: g.wald(0, 1),
    lambda g: g.wald(1, 0),
    lambda g: g.vonmises(0, -1),
    lambda g: g.triangular(1, 0, 2),
    lambda g: g.triangular(0, 3, 2),
    lambda g: g.triangular(1, 1, 1),
    lambda g: g.poisson(-1),
    lambda g: g.poisson(1e20),
    lambda g: g.binomial(-1, 0.5),
    lambda g: g.binomial(1, 1.5),
    lambda g: g.binomial(1, np.nan),
    lambda g: g.negative_binomial(0, 0.5),
    lambda g: g.negative_binomial(1, 0),
    lambda g: g.geometric(0),
    lambda g: g.geometric(1.5),
    lambda g: g.hypergeometric(1, 1, 3),
    lambda g: g.hypergeometric(1, 1, -1),
    lambda g: g.hypergeometric(-1, 5, 1),
    lambda g: g.hypergeometric(5, -1, 1),
    lambda g: g.zipf(1),
    lambda g: g.multinomial(3, [0.7, 0.7, 0.1]),
    lambda g: g.multinomial(-1, [0.5, 0.5]),
    lambda g: g.multinomial(3, [-0.5, 1.5]),
    lambda g: g.multinomial(3, 5),
    lambda g: g.dirichlet([1, -1]),
    lambda g: g.multivariate_hypergeometric([3, 2], 6),
    lambda g: g.multivariate_hypergeometric([-3, 2], 1),
    lambda g: g.multivariate_hypergeometric([3, 2], -1),
    lambda g: g.multivariate_hypergeometric([3, 2], 1, method="x"),
    lambda g: g.multivariate_normal([0, 0], [[1, 0]]),
    lambda g: g.multivariate_normal([0, 0, 0], [[1, 0], [0, 1]]),
    lambda g: g.multivariate_normal([0, 0], [[1, 0], [0, 1]], method="foo"),
    lambda g: g.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid="raise"),
    lambda g: g.multivariate_normal([0, 0], [[1, 0], [0, 1]], check_valid="x"),
    lambda g: g.choice(5, 6, replace=False),
    lambda g: g.choice(5, 3, p=[0.5, 0.6, 0, 0, 0]),
    lambda g: g.choice(0, 3),
    lambda g: g.choice(5, 3, p=[0.5, 0.5]),
    lambda g: g.choice(-1),
    lambda g: g.choice(5, 3, p=[-0.5, 1.5, 0, 0, 0]),
    lambda g: g.choice(5, 3, replace=False, p=[1, 0, 0, 0, 0]),
    lambda g: g.choice(5, p=[[1]]),
    lambda g: g.random(dtype=np.int32),
    lambda g: g.standard_normal(dtype=np.float16),
    lambda g: g.random(size=-1),
    lambda g: g.permutation(np.array(5.0)),
]


@pytest.mark.parametrize("call", ERRORS, ids=[f"e{i}" for i in range(len(ERRORS))])
def test_errors_match_numpy(call: Callable[[Any], Any]) -> None:
    with pytest.raises(Exception) as np_exc:
        call(np.random.default_rng(0))
    with pytest.raises(type(np_exc.value)) as our_exc:
        call(tr.default_rng(0))
    if isinstance(np_exc.value, ValueError) and not isinstance(np_exc.value, np.exceptions.AxisError):
        if "shape mismatch" not in str(np_exc.value):
            assert str(our_exc.value) == str(np_exc.value)


def test_multivariate_normal_warns_like_numpy() -> None:
    with pytest.warns(RuntimeWarning, match="positive-semidefinite"):
        np.random.default_rng(0).multivariate_normal([0, 0], [[1, 2], [2, 1]])
    with pytest.warns(RuntimeWarning, match="positive-semidefinite"):
        tr.default_rng(0).multivariate_normal([0, 0], [[1, 2], [2, 1]])


# --- integers ---
@pytest.mark.parametrize(
    "dtype", [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64, bool]
)
@pytest.mark.parametrize("endpoint", [False, True])
def test_integers_full_range_and_bounds(dtype: Any, endpoint: bool) -> None:
    d = np.dtype(dtype)
    lo, hi = (0, 1) if d.kind == "b" else (int(np.iinfo(d).min), int(np.iinfo(d).max))
    high = hi if endpoint else hi + 1
    x = np.asarray(tr.default_rng(3).integers(lo, high, size=4000, dtype=dtype, endpoint=endpoint))
    assert x.dtype == d
    top = 1 if d.kind == "b" else 3
    small = np.asarray(tr.default_rng(3).integers(0, top, size=4000, dtype=dtype, endpoint=endpoint))
    assert set(np.unique(small).tolist()) == set(range(top + 1 if endpoint else top))
    if d.itemsize == 1 or d.kind == "b":
        assert x.min() == lo and x.max() == hi  # every value of a small range shows up


def test_integers_never_returns_high() -> None:
    x = np.asarray(tr.default_rng(4).integers(10, 13, size=20_000))
    assert set(np.unique(x).tolist()) == {10, 11, 12}
    y = np.asarray(tr.default_rng(4).integers([0, 5], [1, 7], size=(5000, 2)))
    assert np.all(y[:, 0] == 0) and set(np.unique(y[:, 1]).tolist()) == {5, 6}


def test_integers_tensor_bounds() -> None:
    lo = wrap(tf.constant([0, 100], tf.int64))
    x = np.asarray(tr.default_rng(4).integers(lo, 103, size=(3000, 2)))
    assert x[:, 0].min() == 0 and x[:, 0].max() == 102 and x[:, 1].min() == 100 and x[:, 1].max() == 102
    with pytest.raises(ValueError, match="low >= high"):
        tr.default_rng(4).integers(wrap(tf.constant([5], tf.int64)), 5)


# --- reproducibility, state, spawn ---
def test_same_seed_same_stream() -> None:
    a, b = tr.default_rng(42), tr.default_rng(42)
    for _ in range(3):
        np.testing.assert_array_equal(np.asarray(a.normal(size=5)), np.asarray(b.normal(size=5)))
    assert not np.array_equal(
        np.asarray(tr.default_rng(43).random(5)), np.asarray(tr.default_rng(42).random(5))
    )
    np.testing.assert_array_equal(
        np.asarray(tr.default_rng([1, 2, 3]).random(4)),
        np.asarray(tr.default_rng(np.random.SeedSequence([1, 2, 3])).random(4)),
    )


def test_same_seed_same_stream_across_processes() -> None:
    # Also: importing makes no global generator (no TensorFlow op runs at import).
    code = (
        "import numpy as np, tnp_random as tr; print(tr._legacy._state == {}); "
        "print(np.asarray(tr.default_rng(2024).random(4)).tolist())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    lines = out.strip().splitlines()
    assert lines[-2] == "True"
    assert eval(lines[-1]) == np.asarray(tr.default_rng(2024).random(4)).tolist()


def test_default_rng_arguments() -> None:
    g = tr.default_rng(1)
    assert tr.default_rng(g) is g
    assert isinstance(tr.default_rng(tr.Philox(3)), tr.Generator)
    assert isinstance(tr.default_rng(), tr.Generator)
    with pytest.raises(ValueError):
        tr.default_rng(-1)
    with pytest.raises(TypeError):
        tr.default_rng(1.5)
    with pytest.raises(NotImplementedError, match="Philox"):
        tr.PCG64(1)


def test_state_get_set() -> None:
    g = tr.default_rng(7)
    state = g.bit_generator.state
    assert state["bit_generator"] == "Philox"
    first = np.asarray(g.random(5))
    assert not np.array_equal(first, np.asarray(g.random(5)))
    g.bit_generator.state = state
    np.testing.assert_array_equal(first, np.asarray(g.random(5)))
    with pytest.raises(TypeError):
        g.bit_generator.state = "x"
    with pytest.raises(ValueError):
        g.bit_generator.state = {"bit_generator": "PCG64", "state": {}}


def test_spawn_independent_and_reproducible() -> None:
    kids = tr.default_rng(9).spawn(3)
    draws = [np.asarray(k.random(1000)) for k in kids]
    assert all(isinstance(k, tr.Generator) for k in kids)
    for i in range(3):
        for j in range(i + 1, 3):
            assert abs(np.corrcoef(draws[i], draws[j])[0, 1]) < 0.2
    again = [np.asarray(k.random(1000)) for k in tr.default_rng(9).spawn(3)]
    for a, b in zip(draws, again):
        np.testing.assert_array_equal(a, b)


# --- float dtype / out ---
@pytest.mark.parametrize("name", ["random", "standard_normal", "standard_exponential"])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_float_dtype_and_out(name: str, dtype: Any) -> None:
    x = getattr(tr.default_rng(0), name)(size=(2, 3), dtype=dtype)
    assert x.dtype == np.dtype(dtype) and x.shape == (2, 3)
    out = wrap(tf.zeros([2, 3], tf.as_dtype(dtype)))
    res = getattr(tr.default_rng(0), name)(dtype=dtype, out=out)
    assert res is out
    np.testing.assert_array_equal(np.asarray(out), np.asarray(x))
    with pytest.raises(ValueError, match=r"size must match out\.shape"):
        getattr(tr.default_rng(0), name)(size=4, dtype=dtype, out=out)


def test_standard_gamma_dtype_and_out() -> None:
    out = wrap(tf.zeros([4], tf.float32))
    assert tr.default_rng(0).standard_gamma(2.0, dtype=np.float32, out=out) is out
    with pytest.raises(TypeError, match="wrong type"):
        tr.default_rng(0).standard_gamma(2.0, out=out)


def test_random_bounds() -> None:
    x = np.asarray(tr.default_rng(0).random(50_000))
    assert x.min() >= 0.0 and x.max() < 1.0


# --- permutations, choice, bytes ---
def test_shuffle_in_place() -> None:
    x = wrap(tf.range(20, dtype=tf.int64))
    before = x._t
    tr.default_rng(0).shuffle(x)
    assert x._t is not before
    vals = np.asarray(x)
    assert sorted(vals.tolist()) == list(range(20)) and vals.tolist() != list(range(20))
    m = np.arange(12).reshape(3, 4)
    tr.default_rng(0).shuffle(m, axis=1)
    assert np.all(np.sort(m, axis=1) == np.arange(12).reshape(3, 4))
    assert np.all(m[:, 0:1] + np.arange(4) * 0 == m[:, 0:1])  # columns move together
    assert np.all(np.diff(m, axis=0) == 4)
    lst = list(range(10))
    tr.default_rng(1).shuffle(lst)
    assert sorted(lst) == list(range(10))


def test_permutation() -> None:
    p = np.asarray(tr.default_rng(0).permutation(10))
    assert p.dtype == np.int64 and sorted(p.tolist()) == list(range(10))
    a = np.arange(12).reshape(4, 3)
    q = np.asarray(tr.default_rng(0).permutation(a))
    assert sorted(q[:, 0].tolist()) == [0, 3, 6, 9] and np.all(np.diff(q, axis=1) == 1)
    r = np.asarray(tr.default_rng(0).permutation(a, axis=1))
    assert np.all(np.diff(np.sort(r, axis=1), axis=1) == 1)


def test_permuted() -> None:
    a = np.arange(24).reshape(4, 6)
    x = np.asarray(tr.default_rng(0).permuted(a, axis=1))
    assert np.all(np.sort(x, axis=1) == a)
    y = np.asarray(tr.default_rng(0).permuted(a))
    assert y.shape == a.shape and sorted(y.ravel().tolist()) == list(range(24))
    out = wrap(tf.zeros([4, 6], tf.int64))
    assert tr.default_rng(0).permuted(a, axis=0, out=out) is out
    assert np.all(np.sort(np.asarray(out), axis=0) == a)


def test_choice_shapes_and_values() -> None:
    g = tr.default_rng(0)
    assert g.choice(5).shape == () and g.choice(5).dtype == np.int64
    assert g.choice(5, (2, 3)).shape == (2, 3)
    s = np.asarray(g.choice(10, 10, replace=False))
    assert sorted(s.tolist()) == list(range(10))
    a = np.arange(12.0).reshape(3, 4)
    c = np.asarray(g.choice(a, 5, axis=1))
    assert c.shape == (3, 5) and np.all(np.diff(c, axis=0) == 4)
    assert g.choice(a).shape == (4,)
    w = np.asarray(g.choice(6, 4, replace=False, p=[0.1, 0.1, 0.2, 0.2, 0.4, 0.0], shuffle=False))
    assert len(set(w.tolist())) == 4 and 5 not in w.tolist()
    assert g.choice(5, 0).shape == (0,)
    assert g.choice(np.array(5), 3).shape == (3,)


def test_bytes() -> None:
    b = tr.default_rng(0).bytes(13)
    assert isinstance(b, bytes) and len(b) == 13
    assert b == tr.default_rng(0).bytes(13) and b != tr.default_rng(1).bytes(13)


def test_unknown_dims_in_tf_function() -> None:
    g = tr.default_rng(3)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.int64)])
    def f(x: tf.Tensor) -> tuple[tf.Tensor, ...]:
        a = wrap(x)
        return (
            g.integers(a, a + 3)._t,
            g.poisson(wrap(tf.cast(x, tf.float64)))._t,
            g.permutation(a)._t,
            g.permuted(a)._t,
            g.choice(a, 4)._t,
            g.hypergeometric(a + 5, a + 5, a + 2)._t,
        )

    x = tf.constant([10, 20, 30, 40, 50], tf.int64)
    ints, pois, perm, permd, ch, hyp = (t.numpy() for t in f(x))
    assert np.all((ints >= x.numpy()) & (ints < x.numpy() + 3)) and ints.dtype == np.int64
    assert pois.shape == (5,) and pois.dtype == np.int64
    assert sorted(perm.tolist()) == sorted(permd.tolist()) == x.numpy().tolist()
    assert set(ch.tolist()) <= set(x.numpy().tolist())
    assert np.all((hyp >= 0) & (hyp <= x.numpy() + 2))
