"""The legacy API: module functions on the global generator and RandomState (names, signatures, errors)."""

from __future__ import annotations

import inspect
import threading
from typing import Any

import numpy as np
import pytest
import tnp_random as tr
from tnp_core.extending import ndarray

NUMPY_NAMES = [
    n for n in dir(np.random) if not n.startswith("_") and n not in ("mtrand", "test", "bit_generator")
]
LEGACY_METHODS = [n for n in dir(np.random.RandomState) if not n.startswith("_")]


def test_every_numpy_random_name_exists() -> None:
    assert [n for n in NUMPY_NAMES if not hasattr(tr, n)] == []
    assert sorted(tr.__all__) == sorted(set(tr.__all__))
    assert all(hasattr(tr, n) for n in tr.__all__)


@pytest.mark.parametrize("name", LEGACY_METHODS)
def test_randomstate_methods_match_numpy_signatures(name: str) -> None:
    ours = getattr(tr.RandomState, name)
    theirs = getattr(np.random.RandomState, name)
    if name in tr._legacy._SAME:  # delegated: the Generator method's signature applies
        ours = getattr(tr.Generator, name)
    ps = [p.name for p in inspect.signature(ours).parameters.values()]
    qs = [p.name for p in inspect.signature(theirs).parameters.values()]
    if name in tr._legacy._SAME:
        assert set(qs) <= set(ps)
    else:
        assert ps == qs


def test_seed_reproducible() -> None:
    tr.seed(123)
    a = [np.asarray(tr.rand(3)), np.asarray(tr.randn(2, 2)), np.asarray(tr.randint(0, 10, size=4))]
    tr.seed(123)
    b = [np.asarray(tr.rand(3)), np.asarray(tr.randn(2, 2)), np.asarray(tr.randint(0, 10, size=4))]
    for x, y in zip(a, b):
        np.testing.assert_array_equal(x, y)
    rs = tr.RandomState(123)
    np.testing.assert_array_equal(np.asarray(rs.rand(3)), a[0])


def test_get_set_state() -> None:
    tr.seed(5)
    st = tr.get_state()
    x = np.asarray(tr.random_sample(4))
    tr.set_state(st)
    np.testing.assert_array_equal(np.asarray(tr.random(4)), x)
    with pytest.raises(TypeError):
        tr.set_state("x")


@pytest.mark.parametrize("seed", [-1, 2**32, 1.5, [1, -2]])
def test_legacy_seed_errors_match_numpy(seed: Any) -> None:
    with pytest.raises(Exception) as np_exc:
        np.random.RandomState(seed)
    with pytest.raises(type(np_exc.value)):
        tr.RandomState(seed)


def test_shapes_and_dtypes() -> None:
    assert tr.rand().shape == () and tr.rand(2, 3).shape == (2, 3)
    assert tr.randn(4).dtype == np.float64
    assert tr.randint(5, size=3).dtype == np.dtype(int)
    assert tr.randint(5, size=3, dtype=np.int16).dtype == np.int16
    for f in (tr.random, tr.random_sample, tr.ranf, tr.sample):
        x = f((2, 2))
        assert isinstance(x, ndarray) and x.shape == (2, 2)
    rs = tr.RandomState(0)
    assert rs.tomaxint(3).dtype == np.int64
    with pytest.warns(DeprecationWarning):
        v = np.asarray(rs.random_integers(1, 3, size=3000))
    assert set(np.unique(v).tolist()) == {1, 2, 3}


def test_legacy_distributions_run() -> None:
    rs = tr.RandomState(1)
    calls = {
        "beta": (1, 2), "binomial": (5, 0.5), "chisquare": (2,), "dirichlet": ([1, 1],), "exponential": (),
        "f": (2, 3), "gamma": (2,), "geometric": (0.5,), "gumbel": (), "hypergeometric": (5, 5, 3),
        "laplace": (), "logistic": (), "lognormal": (), "logseries": (0.5,), "multinomial": (5, [0.5, 0.5]),
        "multivariate_normal": ([0, 0], np.eye(2)), "negative_binomial": (2, 0.5),
        "noncentral_chisquare": (2, 1),
        "noncentral_f": (2, 3, 1), "normal": (), "pareto": (2,), "poisson": (), "power": (2,), "rayleigh": (),
        "standard_cauchy": (), "standard_exponential": (), "standard_gamma": (2,), "standard_normal": (),
        "standard_t": (3,), "triangular": (0, 1, 2), "uniform": (), "vonmises": (0, 1), "wald": (1, 1),
        "weibull": (2,), "zipf": (2,),
    }  # fmt: skip
    for name, args in calls.items():
        ours = getattr(rs, name)(*args, size=3)
        theirs = getattr(np.random.RandomState(0), name)(*args, size=3)
        assert ours.shape == theirs.shape and ours.dtype == theirs.dtype, name
        assert getattr(tr, name)(*args, size=2).shape[0] == 2, name


def test_choice_shuffle_permutation_bytes() -> None:
    tr.seed(0)
    assert sorted(np.asarray(tr.choice(5, 5, replace=False)).tolist()) == list(range(5))
    x = np.arange(10)
    tr.shuffle(x)
    assert sorted(x.tolist()) == list(range(10))
    assert sorted(np.asarray(tr.permutation(6)).tolist()) == list(range(6))
    assert len(tr.bytes(5)) == 5


def test_bit_generator_get_set() -> None:
    bg = tr.Philox(77)
    tr.set_bit_generator(bg)
    assert tr.get_bit_generator() is bg
    np.testing.assert_array_equal(
        np.asarray(tr.random(3)), np.asarray(tr.RandomState(tr.Philox(77)).random(3))
    )


def test_global_generator_is_thread_safe() -> None:
    # Concurrent calls draw the same multiset of numbers as the same calls made one after another.
    tr.seed(99)
    serial = sorted(float(tr.random()) for _ in range(40))
    tr.seed(99)
    got: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(10):
            v = float(tr.random())
            with lock:
                got.append(v)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == serial


@pytest.mark.parametrize(
    "call",
    [lambda m: m.choice(5, 6, replace=False), lambda m: m.randint(3, 3), lambda m: m.normal(0, -1)],
    ids=["choice", "randint", "normal"],
)
def test_legacy_errors_match_numpy(call: Any) -> None:
    with pytest.raises(ValueError) as np_exc:
        call(np.random)
    with pytest.raises(ValueError) as our_exc:
        call(tr)
    assert str(our_exc.value) == str(np_exc.value)


def test_legacy_uniform_allows_high_below_low() -> None:
    x = np.asarray(tr.RandomState(0).uniform(2.0, 1.0, size=1000))
    assert x.min() > 1.0 and x.max() <= 2.0
