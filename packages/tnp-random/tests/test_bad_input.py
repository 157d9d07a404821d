"""Bad input against NumPy: the same call on numpy.random (RandomState, the module functions, default_rng) and on
tnp.random raises the same exception type (or both succeed with the same result shape).

Covers NumPy's reading of `size` (ints and sequences of ints only; negative, too-large and unallocatable sizes
fail up front), integer parameters (arrays must cast safely to int64, numbers go through int()), and the checks
of the legacy functions that differ from Generator's (multinomial, dirichlet, choice, random_integers, ...).
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np
import pytest
import tnp_random as tr
from tnp_core.extending import ndarray, to_tensor, wrap

NAN_INF = np.array([np.nan, np.inf, -np.inf, 1.0])
F22 = np.array([[2.0, 1.0], [1.0, 3.0]])
F3 = np.array([0.5, 1.5, -2.0])
RAGGED = [[1, 2], [3]]
EYE = np.eye(2)

# (method, args, kwargs): run on every API that has the method.
BOTH: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    # size: NumPy's shape reading
    ("normal", (), {"size": RAGGED}),
    ("normal", (), {"size": True}),
    ("normal", (), {"size": np.True_}),
    ("normal", (), {"size": (2, True)}),
    ("normal", (), {"size": (-5, True)}),
    ("normal", (), {"size": 2.0}),
    ("normal", (), {"size": (2.0,)}),
    ("normal", (), {"size": math.nan}),
    ("normal", (), {"size": np.zeros((3, 4))}),
    ("normal", (), {"size": np.array(["a", "b"])}),
    ("normal", (), {"size": np.array([1 + 2j])}),
    ("normal", (), {"size": {"a": 1}}),
    ("normal", (), {"size": "abc"}),
    ("normal", (), {"size": -1}),
    ("normal", (), {"size": (-1, 2)}),
    ("normal", (), {"size": 2**64}),
    ("normal", (), {"size": np.array([2, 3])}),
    ("normal", (), {"size": np.array(3)}),
    ("normal", (), {"size": []}),
    ("normal", (), {"size": np.zeros(0)}),
    ("normal", ([1.0, 2.0],), {"size": ()}),
    ("normal", (F22, (2, 3)), {"size": RAGGED}),
    ("standard_normal", (), {"size": RAGGED}),
    ("standard_exponential", (), {"size": RAGGED}),
    ("standard_cauchy", (), {"size": RAGGED}),
    # size: results too large to allocate
    ("normal", (), {"size": 2**62}),
    ("normal", (), {"size": 2**40}),
    ("normal", (), {"size": (2**40, 2**40)}),
    ("standard_normal", (), {"size": 2**62}),
    ("standard_exponential", (), {"size": 2**62}),
    ("chisquare", (2**62,), {"size": 2**62}),
    ("gamma", (2**62,), {"size": 2**62}),
    ("zipf", (2**62,), {"size": 2**62}),
    ("poisson", (), {"size": 2**62}),
    ("uniform", (), {"size": 2**62}),
    ("binomial", (5, 0.5), {"size": 2**62}),
    ("dirichlet", ([1.0, 2.0],), {"size": 2**62}),
    ("multinomial", (5, [0.5, 0.5]), {"size": 2**62}),
    ("multivariate_normal", ([0.0, 0.0], EYE), {"size": 2**62}),
    ("multivariate_normal", ([0.0, 0.0], EYE), {"size": RAGGED}),
    ("multivariate_normal", ([0.0], [[1.0]]), {"size": True}),
    ("permutation", (2**62,), {}),
    ("permutation", (2**40,), {}),
    ("bytes", (2**62,), {}),
    ("choice", (2**62,), {"size": 2**62}),
    ("choice", (5,), {"size": 2**62}),
    ("choice", ([1, 2],), {"size": 2**62}),
    # sizes with a 0 and a dim >= 2**31 (an empty result; no TensorFlow kernel takes int32 shapes of them)
    ("gamma", (2.0, 2.0), {"size": (2**31, 0)}),
    ("standard_t", (3.0,), {"size": (0, 2**31)}),
    ("hypergeometric", (3, 4, 2), {"size": (2**31, 0)}),
    ("zipf", (2.0,), {"size": (2**31, 0)}),
    ("vonmises", (0.0, 1.0), {"size": (2**31, 0)}),
    ("dirichlet", ([0.5, 0.5],), {"size": (2**31, 0)}),
    ("multinomial", (5, [0.5, 0.5]), {"size": (2**31, 0)}),
    ("choice", (5,), {"size": (2**31, 0), "replace": False}),
    ("normal", (np.zeros((2**31, 0)), 1.0), {}),
    # NumPy's non-negative constraint tests the sign bit: -0.0 fails
    ("normal", (0.0, -0.0), {}),
    ("exponential", (-0.0,), {}),
    ("standard_gamma", (-0.0,), {}),
    ("gamma", (1.0, -0.0), {}),
    ("weibull", (-0.0,), {}),
    ("vonmises", (0.0, -0.0), {}),
    ("noncentral_chisquare", (1.0, -0.0), {}),
    ("lognormal", (0.0, np.array([1.0, -0.0])), {}),
    ("laplace", (0.0, -0.0), {"size": 2}),
    ("normal", (0.0, math.nan), {}),
    ("poisson", (-0.0,), {}),
    ("binomial", (10, -0.0), {}),
    ("dirichlet", ([-0.0, 1.0],), {}),
    # uniform: a range that is not finite (inf or NaN) is NumPy's OverflowError, also for RandomState
    ("uniform", (0.0, math.nan), {}),
    ("uniform", (math.nan, math.nan), {}),
    ("uniform", (math.inf, math.inf), {}),
    ("uniform", (0.0, [math.nan, 1.0]), {}),
    ("uniform", (-math.inf, 0.0), {"size": 2}),
    # float parameters: Python ints beyond 64 bits are floats (OverflowError past the float range)
    ("normal", (2**64, 1.0), {}),
    ("normal", (-(2**70), 1.0), {}),
    ("normal", ([2**64, 1.0], 1.0), {}),
    ("normal", (2**1100, 1.0), {}),
    ("beta", (2**64, 1.0), {"size": 2}),
    ("poisson", (2**64,), {}),
    ("normal", ([1.0, None], 1.0), {}),
    ("normal", (["a", "b"], 1.0), {}),
    # parameters that TensorFlow's Poisson kernel never returns for (NaN, inf, past 2**63)
    ("noncentral_chisquare", (3.0, math.nan), {}),
    ("noncentral_chisquare", (3.0, math.inf), {"size": 2}),
    ("noncentral_chisquare", (0.5, 1e300), {}),
    ("noncentral_f", (3.0, 4.0, math.nan), {}),
    ("negative_binomial", (1e17, 0.5), {}),
    ("vonmises", (0.0, math.nan), {"size": 2}),
    ("vonmises", (0.0, [math.nan, 1.0]), {}),
    # choice: NaN probabilities (a NaN sum)
    ("choice", (5,), {"p": [math.nan] * 5}),
    ("choice", (3,), {"p": [math.inf, -math.inf, 1.0]}),
    # permutation(int): np.arange's limits
    ("permutation", (-(2**70),), {}),
    ("permutation", (2**64,), {}),
    ("permutation", (-(2**63) - 1,), {}),
    # integer parameters
    ("binomial", (F22, F22), {}),
    ("binomial", (F3, F22), {}),
    ("binomial", (np.zeros(0), np.zeros(0)), {}),
    ("binomial", ([], []), {}),
    ("binomial", (5.5, 0.5), {}),
    ("binomial", (5.5, 0.5), {"size": 2}),
    ("binomial", ([1.5], 0.5), {}),
    ("binomial", (math.nan, 0.5), {}),
    ("binomial", ([math.nan], 0.5), {}),
    ("binomial", (math.inf, 0.5), {}),
    ("binomial", (np.array(2.5, np.float32), 0.5), {}),
    ("binomial", (np.array([3], np.uint64), 0.5), {}),
    ("binomial", (np.array([3], np.int32), 0.5), {}),
    ("binomial", (np.array([True]), 0.5), {}),
    ("binomial", (2**64, 0.5), {}),
    ("binomial", (1 + 2j, 0.5), {}),
    ("binomial", (5, np.array([1 + 2j])), {}),
    ("binomial", (F22, (2, 3)), {"size": RAGGED}),
    ("hypergeometric", (F3, F3, F3), {}),
    ("hypergeometric", (F22, F22, F22), {}),
    ("hypergeometric", (NAN_INF, NAN_INF, 0.5), {}),
    ("hypergeometric", (-5, F3, -5), {}),
    ("hypergeometric", (5.5, 3, 2), {}),
    ("hypergeometric", (5, 3, 1), {"size": 0}),
    # dirichlet
    ("dirichlet", (np.array(2.5, np.float32),), {}),
    ("dirichlet", (0,), {}),
    ("dirichlet", (math.nan,), {}),
    ("dirichlet", (0,), {"size": 0}),
    ("dirichlet", (F22,), {}),
    ("dirichlet", (RAGGED,), {}),
    ("dirichlet", ([1.0, -1.0],), {}),
    ("dirichlet", ([1.0, 2.0],), {"size": np.zeros((3, 4))}),
    ("dirichlet", ([1.0],), {"size": True}),
    # multinomial
    ("multinomial", (F22, F22 / 4), {}),
    ("multinomial", (F3, [0.5, 0.5]), {}),
    ("multinomial", (1.5, [0.5, 0.5]), {}),
    ("multinomial", (np.float64(2.0), [0.5, 0.5]), {}),
    ("multinomial", (True, [0.5, 0.5]), {}),
    ("multinomial", (-1, [0.5, 0.5]), {}),
    ("multinomial", (3, [1.0]), {"size": True}),
    ("multinomial", (5, [1 + 2j, 0]), {}),
    # integers / randint
    ("randint", (NAN_INF,), {}),
    ("randint", (np.array([np.inf, 1.0]),), {}),
    ("randint", (math.nan,), {}),
    ("randint", (math.inf,), {"size": 3}),
    ("randint", (2.5,), {}),
    ("randint", (np.array([1.5, 2.5]),), {}),
    ("randint", (F3,), {}),
    ("randint", (1 + 2j,), {}),
    ("randint", (np.array([1 + 2j]),), {}),
    ("randint", ([],), {"size": []}),
    ("randint", ([5, 6],), {"size": 1}),
    ("randint", ([5, 6],), {"size": ()}),
    ("randint", ([[5], [6]],), {"size": (2,)}),
    ("randint", ([5, 6, 7],), {"size": 2}),
    ("randint", ([],), {"size": 3}),
    ("randint", (1, 1), {"size": 0}),
    ("randint", (5, 3), {"size": (2, 0)}),
    ("randint", (math.nan,), {"size": 0}),
    ("randint", (5,), {"size": RAGGED}),
    ("randint", (5,), {"size": True}),
    ("randint", (5,), {"size": 2.0}),
    ("randint", (5,), {"size": (2, -1)}),
    ("randint", (5,), {"size": (0, -1)}),
    ("randint", (5,), {"size": np.zeros(0)}),
    ("randint", (5,), {"size": 2**62}),
    ("randint", (5,), {"size": (2**40, 0)}),
    ("randint", (5, 3), {"size": 2.0}),
    # choice
    ("choice", (True,), {"size": True}),
    ("choice", (True,), {}),
    ("choice", (2.5,), {}),
    ("choice", (np.array(3.0),), {}),
    ("choice", (math.nan,), {}),
    ("choice", (-5,), {}),
    ("choice", (-5,), {"size": 0}),
    ("choice", (-5,), {"size": True}),
    ("choice", (0,), {"size": RAGGED}),
    ("choice", (np.zeros(0),), {"size": True}),
    ("choice", (0,), {"size": 0}),
    ("choice", (5,), {"size": RAGGED}),
    ("choice", (5,), {"size": F22}),
    ("choice", (5,), {"size": (2, True)}),
    ("choice", (5,), {"size": 2.0}),
    ("choice", (5,), {"size": (2, 0)}),
    ("choice", (5,), {"p": F22}),
    ("choice", (2**62, 3), {"replace": False}),
    ("choice", (2**40, (2, 2)), {"replace": False}),
    ("choice", (2**62, 2**62), {"replace": False}),
    ("choice", (2.5, 3), {"replace": False}),
    # permutation
    ("permutation", (-5,), {}),
    ("permutation", (np.int64(-5),), {}),
    ("permutation", (True,), {}),
    ("permutation", (2.5,), {}),
    ("permutation", (np.array(3),), {}),
    ("permutation", (np.array(2.5, np.float32),), {}),
    ("permutation", (F22,), {}),
    # bytes
    ("bytes", (2**64,), {}),
    ("bytes", (-1,), {}),
    ("bytes", (2.5,), {}),
    ("bytes", (True,), {}),
    ("bytes", (np.array(3),), {}),
    ("bytes", (F3,), {}),
    ("bytes", (math.nan,), {}),
    ("bytes", ("a",), {}),
    ("bytes", (None,), {}),
]

# Only on the legacy API (RandomState and the module functions).
LEGACY: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("rand", (F22, (-1, 2)), {}),
    ("rand", (np.arange(12.0).reshape(3, 4), (2, 3)), {}),
    ("rand", (-5, True), {}),
    ("rand", (True,), {}),
    ("rand", (2.0,), {}),
    ("rand", (-5,), {}),
    ("rand", (2**62,), {}),
    ("rand", (np.array(3),), {}),
    ("rand", (np.array([3]),), {}),
    ("rand", ((2, 3),), {}),
    ("rand", (None,), {}),
    ("rand", (5, np.array(["a", "bc"])), {}),
    ("randn", (F22, (-1, 2)), {}),
    ("randn", (-5, True), {}),
    ("randn", (2**62,), {}),
    ("random_sample", (), {"size": 2**62}),
    ("random_sample", (), {"size": RAGGED}),
    ("random_integers", (F22,), {}),
    ("random_integers", (F3,), {}),
    ("random_integers", (F3,), {"size": F3}),
    ("random_integers", (0,), {"size": 0}),
    ("random_integers", (0,), {}),
    ("random_integers", (0,), {"size": np.arange(12.0).reshape(3, 4)}),
    ("random_integers", (5, 3), {"size": 0}),
    ("random_integers", (5, F3), {}),
    ("random_integers", (F3, 5), {}),
    ("random_integers", (np.array(3.5),), {}),
    ("random_integers", (3.5,), {}),
    ("random_integers", (math.nan,), {}),
    ("random_integers", (True,), {}),
    ("random_integers", (2**64,), {}),
    ("random_integers", ([3, 4],), {}),
    ("random_integers", (np.zeros((0, 3)),), {}),
    ("random_integers", ((-1, 2),), {"size": np.array([1 + 2j])}),
    ("random_integers", (2**62,), {"size": 2**62}),
    ("multinomial", ([1, 2, 3], [1, 2, 3]), {}),
    ("multinomial", (np.array([2, 0, 1]), [0.5, 0.5]), {}),
    ("multinomial", (5, 2**62), {}),
    ("multinomial", (1.5, 1.5), {"size": {"a": 1}}),
    ("multinomial", (5, []), {}),
    ("multinomial", (5, F22 / 4), {}),
    ("multinomial", (5, [[0.5, 0.5]]), {}),
    ("multinomial", (F22, (2, 3)), {"size": RAGGED}),
    ("dirichlet", ([1.0, 0.0],), {}),
    ("hypergeometric", (5, 3, 0), {}),
    ("hypergeometric", (5, 3, 0.5), {}),
    ("hypergeometric", (10**9, 10**9, 100), {}),
    ("negative_binomial", (1.0, 1e-300), {}),
    ("negative_binomial", (math.nan, 0.5), {}),
    ("negative_binomial", (1e20, 0.5), {"size": 2}),
    ("choice", (F22,), {}),
    ("choice", (np.zeros((2, 3, 4)),), {"size": 2}),
    ("multivariate_normal", (1 + 2j, NAN_INF), {}),
    ("multivariate_normal", (F22, F22), {}),
]

# Only on Generator (default_rng).
GENERATOR: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("integers", (NAN_INF,), {}),
    ("integers", ([],), {"size": []}),
    ("integers", (5,), {"size": RAGGED}),
    ("integers", (5, 10), {"size": 3, "dtype": float}),
    ("random", (), {"size": 2**62}),
    ("random", (), {"size": 2**61, "dtype": np.float32}),
    ("random", (), {"size": 2**40, "dtype": np.float32}),
    ("random", (), {"size": RAGGED}),
    ("multinomial", ([1, 2, 3], [1, 2, 3]), {}),
    ("multinomial", (np.array([2, 0, 1]), [0.5, 0.5]), {}),
    ("multinomial", (5, 2**62), {}),
    ("multinomial", (5, []), {}),
    ("multinomial", (5, F22 / 4), {}),
    ("dirichlet", ([1.0, 0.0],), {}),
    ("hypergeometric", (5, 3, 0), {}),
    ("hypergeometric", (2**40, 2**40, 2**30), {}),
    ("hypergeometric", (-1, 10**9, 1), {}),
    ("hypergeometric", ([5, 10**9], 3, 2), {}),
    ("negative_binomial", (math.nan, 0.5), {}),
    ("negative_binomial", ([1.0, 1e300], 0.5), {}),
    ("negative_binomial", (1.0, [0.5, 1e-300]), {}),
    ("negative_binomial", (-0.0, 0.5), {}),
    ("zipf", (math.inf,), {}),
    ("zipf", ([1e300, 2000.0],), {}),
    ("choice", (F22,), {}),
    ("multivariate_normal", (1 + 2j, NAN_INF), {}),
    ("multivariate_hypergeometric", ([3, 4], 2), {"size": 2**62}),
    ("multivariate_hypergeometric", ([3, 4], 2), {"size": RAGGED}),
    ("multivariate_hypergeometric", ([3, 4], 2), {"size": (2**31, 0)}),
    ("multivariate_hypergeometric", ([3, 4], 2.0), {}),
    ("multivariate_hypergeometric", ([3, 4], np.array(2)), {}),
    ("multivariate_hypergeometric", ([3, 4], 2**64), {}),
    ("multivariate_hypergeometric", ([3, 4], 2), {"size": np.array(3)}),
    ("multivariate_normal", ([0.0], [[1.0]]), {"size": np.array(3)}),
    ("integers", (0, 5), {"dtype": np.dtype(">i4")}),
    ("integers", (0, 5), {"dtype": ">i8", "size": 2}),
    ("permuted", (np.array([1.5, 2.0]),), {"out": np.zeros(2, np.int64)}),
    ("multivariate_normal", ([0.0, 0.0], EYE), {"size": (2**31, 0)}),
    ("permuted", (np.zeros((2**31, 0)),), {}),
    ("permuted", (np.zeros((2**31, 0)),), {"axis": 1}),
    ("permuted", (np.zeros((2, 0)),), {"axis": 2}),
    ("permutation", (np.zeros((2**31, 0)),), {"axis": 1}),
    ("integers", (np.zeros((2**31, 0), np.int64), 5), {}),
]


def _ours(x: Any) -> Any:
    """The tnp-side argument: a numeric NumPy array becomes a tnp array (other values are passed as they are)."""
    if isinstance(x, np.ndarray) and x.dtype.kind in "biufc":
        return wrap(to_tensor(x))
    return x


def _run(fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[bool, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return True, fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - compared below
            return False, exc


def check(ref: Any, ours: Any, args: tuple[Any, ...], kwargs: dict[str, Any], convert: bool) -> None:
    ok, expected = _run(ref, args, kwargs)
    if convert:
        args, kwargs = tuple(_ours(a) for a in args), {k: _ours(v) for k, v in kwargs.items()}
    our_ok, got = _run(ours, args, kwargs)
    if not ok:
        assert not our_ok, f"NumPy raised {expected!r}; tnp returned {type(got).__name__}"
        assert isinstance(got, type(expected)), f"NumPy raised {expected!r}; tnp raised {got!r}"
        return
    assert our_ok, f"NumPy returned {type(expected).__name__}; tnp raised {got!r}"
    if isinstance(expected, bytes):
        assert isinstance(got, bytes) and len(got) == len(expected)
    else:
        assert isinstance(got, ndarray)
        assert got.shape == np.shape(expected)


def _ids(cases: list[tuple[str, tuple[Any, ...], dict[str, Any]]]) -> list[str]:
    return [f"{n}{i}" for i, (n, _, _) in enumerate(cases)]


@pytest.mark.parametrize("convert", [True, False], ids=["tnp_args", "numpy_args"])
@pytest.mark.parametrize("name, args, kwargs", BOTH + LEGACY, ids=_ids(BOTH + LEGACY))
def test_randomstate(name: str, args: tuple[Any, ...], kwargs: dict[str, Any], convert: bool) -> None:
    ref = getattr(np.random.RandomState(0), name)
    check(ref, getattr(tr.RandomState(0), name), args, kwargs, convert)


@pytest.mark.parametrize("name, args, kwargs", BOTH + LEGACY, ids=_ids(BOTH + LEGACY))
def test_module_functions(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    check(getattr(np.random, name), getattr(tr, name), args, kwargs, True)


@pytest.mark.parametrize("convert", [True, False], ids=["tnp_args", "numpy_args"])
@pytest.mark.parametrize("name, args, kwargs", BOTH + GENERATOR, ids=_ids(BOTH + GENERATOR))
def test_generator(name: str, args: tuple[Any, ...], kwargs: dict[str, Any], convert: bool) -> None:
    name = "integers" if name == "randint" else name
    ref = getattr(np.random.default_rng(0), name)
    check(ref, getattr(tr.default_rng(0), name), args, kwargs, convert)


def test_memory_error_is_numpys() -> None:
    """An unallocatable size raises NumPy's MemoryError subclass (and its message) before any TensorFlow op."""
    with pytest.raises(MemoryError) as np_exc:
        np.random.default_rng(0).standard_normal(2**40)
    with pytest.raises(type(np_exc.value)) as our_exc:
        tr.default_rng(0).standard_normal(2**40)
    assert str(our_exc.value) == str(np_exc.value)


def test_choice_without_replacement_from_a_huge_population() -> None:
    """NumPy samples 2**62 entries without replacement (no array of the population): distinct, in range."""
    x = np.asarray(tr.default_rng(0).choice(2**62, size=(4, 5), replace=False))
    assert x.shape == (4, 5) and x.dtype == np.int64
    assert len(set(x.ravel().tolist())) == 20 and x.min() >= 0
    y = np.asarray(tr.default_rng(0).choice(2**25, size=50, replace=False, shuffle=False))
    assert (np.diff(y) > 0).all() and y.max() < 2**25
