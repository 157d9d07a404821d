"""Huge sizes raise NumPy's MemoryError (ValueError past 2**63 bytes) up front, never a tf.errors.* error.

The sizes here either exceed the machine's memory (NumPy's MemoryError too) or need more TensorFlow temporaries
than half of it (NumPy might allocate the result; we refuse before any TensorFlow op). Nothing is allocated: the
checks run before the generator draws its seed, so a failing call leaves the state as it was (as NumPy's), which
the tests assert. The sizes are above the budget of the project's 24 GiB machines (and of larger ones, mostly).
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest
import tensorflow as tf
import tnp_random as tr
from tnp_random import _sampling

HUGE = [2**33, (2**17, 2**17), (2**40,), (2**20, 2**20, 2**20)]  # >= 64 GiB of float64
BIG = [2**31, (2**16, 2**16)]  # 16-32 GiB of float64: more than half the memory of a 24-64 GiB machine

# (method, args, kwargs without size)
GENERATOR: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("random", (), {}),
    ("random", (), {"dtype": np.float32}),
    ("standard_normal", (), {}),
    ("standard_normal", (), {"dtype": np.float32}),
    ("standard_exponential", (), {"dtype": np.float32}),
    ("standard_gamma", (2.0,), {"dtype": np.float32}),
    ("integers", (0, 10), {}),
    ("integers", (0, 10), {"dtype": np.int8}),
    ("integers", (0, 3 * 2**61), {}),
    ("normal", (), {}),
    ("uniform", (), {}),
    ("exponential", (), {}),
    ("gamma", (2.0,), {}),
    ("beta", (2.0, 3.0), {}),
    ("vonmises", (0.0, 1.0), {}),
    ("poisson", (), {}),
    ("binomial", (10, 0.5), {}),
    ("hypergeometric", (10, 10, 5), {}),
    ("zipf", (2.0,), {}),
    ("choice", (10,), {}),
    ("choice", (10,), {"p": [0.1] * 10}),
    ("choice", (2**62,), {"replace": False}),
    ("choice", ([1.0, 2.0],), {}),
    ("multinomial", (10, [0.5, 0.5]), {}),
    ("dirichlet", ([1.0, 2.0],), {}),
    ("multivariate_normal", ([0.0, 0.0], np.eye(2)), {}),
    ("multivariate_hypergeometric", ([3, 4], 2), {}),
]
LEGACY: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("random_sample", (), {}),
    ("standard_normal", (), {}),
    ("randint", (10,), {}),
    ("random_integers", (10,), {}),
    ("tomaxint", (), {}),
    ("choice", (10,), {}),
    ("normal", (), {}),
    ("uniform", (), {}),
    ("hypergeometric", (10, 10, 5), {}),
    ("multinomial", (10, [0.5, 0.5]), {}),
]


def _ids(calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]) -> list[str]:
    return [f"{n}{i}" for i, (n, _, _) in enumerate(calls)]


def _raises_numpys_error(fn: Any, *args: Any, **kwargs: Any) -> BaseException:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # random_integers
        try:
            fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - checked below
            assert not isinstance(exc, tf.errors.OpError), f"TensorFlow's error leaked: {exc!r}"
            assert isinstance(exc, (MemoryError, ValueError)), repr(exc)
            return exc
    raise AssertionError("no error for a huge size")


def _state(g: tr.Generator) -> list[int]:
    st = g.bit_generator.state["state"]
    return [*st["counter"].tolist(), *st["key"].tolist()]


@pytest.mark.parametrize("size", BIG + HUGE, ids=str)
@pytest.mark.parametrize(("name", "args", "kwargs"), GENERATOR, ids=_ids(GENERATOR))
def test_generator_huge_size(name: str, args: tuple[Any, ...], kwargs: dict[str, Any], size: Any) -> None:
    g = tr.default_rng(0)
    before = _state(g)
    exc = _raises_numpys_error(getattr(g, name), *args, size=size, **kwargs)
    assert _state(g) == before, "the state advanced: the error came after sampling started"
    if isinstance(exc, MemoryError):
        assert str(exc).startswith("Unable to allocate")


@pytest.mark.parametrize("size", [2**31, (2**17, 2**17)], ids=str)
@pytest.mark.parametrize(("name", "args", "kwargs"), LEGACY, ids=_ids(LEGACY))
def test_legacy_huge_size(name: str, args: tuple[Any, ...], kwargs: dict[str, Any], size: Any) -> None:
    _raises_numpys_error(getattr(tr.RandomState(0), name), *args, size=size, **kwargs)
    if name != "tomaxint":  # not a module function
        _raises_numpys_error(getattr(tr, name), *args, size=size, **kwargs)


@pytest.mark.parametrize("n", [2**33, 2**40])
def test_huge_populations_and_lengths(n: int) -> None:
    g = tr.default_rng(0)
    before = _state(g)
    _raises_numpys_error(g.permutation, n)
    _raises_numpys_error(g.bytes, 4 * n)
    _raises_numpys_error(g.choice, n, size=n // 2, replace=False)  # a key per population entry
    _raises_numpys_error(g.choice, 2**40, size=2**34, replace=False)  # the sample itself (no keys)
    assert _state(g) == before
    _raises_numpys_error(tr.RandomState(0).permutation, n)
    _raises_numpys_error(tr.RandomState(0).choice, n, 3, replace=False)  # NumPy's permutation(n)
    _raises_numpys_error(tr.permutation, n)
    _raises_numpys_error(tr.rand, n)
    _raises_numpys_error(tr.randn, n // 2, 2)


def test_permutation_and_bytes_temporaries() -> None:
    """2**31 entries: NumPy allocates them (16 GiB), TensorFlow's shuffle or bits need several times that."""
    g = tr.default_rng(0)
    _raises_numpys_error(g.permutation, 2**31)
    _raises_numpys_error(g.bytes, 2**34)
    _raises_numpys_error(tr.permutation, 2**31)


def test_broadcast_parameters_too_large() -> None:
    """size=None: the parameters' broadcast shape is checked the same way."""
    g = tr.default_rng(0)
    col, row = np.zeros((2**16, 1)), np.ones((1, 2**16))
    _raises_numpys_error(g.normal, col, row)
    _raises_numpys_error(g.integers, col.astype(np.int64), row.astype(np.int64) + 5)


def test_choice_gathered_result_too_large() -> None:
    """The sample of rows from a 2-d array is size * row length elements (NumPy's MemoryError)."""
    a = tf.zeros([2, 2**20], tf.float64)
    with pytest.raises(MemoryError):
        tr.default_rng(0).choice(a, size=2**20)


def test_moderate_sizes_still_work() -> None:
    g = tr.default_rng(0)
    assert g.random(2**20, dtype=np.float32).shape == (2**20,)
    assert g.integers(0, 3 * 2**61, size=2**16).shape == (2**16,)
    assert g.hypergeometric(100, 100, 50, size=2**14).shape == (2**14,)


def test_tensorflow_errors_leave_as_numpys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should TensorFlow fail anyway (an allocation below the budget), the error is NumPy's type."""

    def oom(self: Any, shape: Any) -> Any:
        raise tf.errors.ResourceExhaustedError(None, None, "OOM when allocating tensor")

    monkeypatch.setattr(_sampling.Rand, "uniform", oom)
    with pytest.raises(MemoryError):
        tr.default_rng(0).random(3)
    with pytest.raises(MemoryError):
        tr.rand(3)
