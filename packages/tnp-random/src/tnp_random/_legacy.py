"""NumPy's legacy API: `RandomState` and the module-level functions on one global generator.

`RandomState` draws from the same TensorFlow Philox generator as `Generator` (not MT19937): the streams differ
from NumPy's. `get_state()` returns the Philox state dict (NumPy's legacy tuple describes MT19937) and
`set_state` takes it back. Legacy seeds are NumPy's (ints in [0, 2**32 - 1] or arrays of them). The global
generator is made on first use (no TensorFlow op runs at import) and every module-level call holds a lock.
"""

from __future__ import annotations

import builtins
import inspect
import sys
import threading
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
from tnp_core.extending import ndarray

from ._bitgen import Philox
from ._generator import Generator


def _legacy_seed(seed: Any) -> Any:
    if seed is None:
        return None
    arr = np.asarray(seed)
    if arr.dtype.kind not in "iub":
        raise TypeError(
            f"Cannot cast scalar from {arr.dtype!r} to dtype('int64') according to the rule 'safe'"
        )
    if arr.size == 0 and arr.ndim > 0:
        raise ValueError("Seed must be non-empty")
    if np.any(arr < 0) or np.any(arr.astype(object) > 2**32 - 1):
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    return int(arr) if arr.ndim == 0 else [int(v) for v in arr.ravel()]


class RandomState:
    """NumPy's legacy `RandomState` on a TensorFlow Philox generator (see the module docstring)."""

    def __init__(self, seed: Any = None) -> None:
        self._bit_generator = seed if isinstance(seed, Philox) else Philox(_legacy_seed(seed))
        self._gen = Generator(self._bit_generator)

    def __repr__(self) -> str:
        return "RandomState(Philox)"

    def seed(self, seed: Any = None) -> None:
        self._bit_generator.reseed(_legacy_seed(seed))

    def get_state(self, legacy: bool = True) -> dict[str, Any]:
        """The Philox state dict (also for legacy=True: there is no MT19937 tuple to give)."""
        return self._bit_generator.state

    def set_state(self, state: Any) -> None:
        self._bit_generator.state = state

    def random_sample(self, size: Any = None) -> ndarray:
        return self._gen.random(size)

    random = random_sample

    def rand(self, *args: int) -> ndarray:
        return self._gen.random(args or None)

    def randn(self, *args: int) -> ndarray:
        return self._gen.standard_normal(args or None)

    def randint(self, low: Any, high: Any = None, size: Any = None, dtype: Any = int) -> ndarray:
        return self._gen.integers(low, high, size, dtype)

    def random_integers(self, low: Any, high: Any = None, size: Any = None) -> ndarray:
        if high is None:
            warnings.warn(
                "This function is deprecated. Please call randint(1, {low} + 1) instead",
                DeprecationWarning,
                2,
            )
            low, high = 1, low
        else:
            warnings.warn(
                "This function is deprecated. Please call randint({low}, {high} + 1) instead",
                DeprecationWarning,
                2,
            )
        return self._gen.integers(low, high, size, endpoint=True)

    def tomaxint(self, size: Any = None) -> ndarray:
        return self._gen.integers(0, sys.maxsize, size, endpoint=True)

    def standard_exponential(self, size: Any = None) -> ndarray:
        return self._gen.standard_exponential(size)

    def standard_gamma(self, shape: Any, size: Any = None) -> ndarray:
        return self._gen.standard_gamma(shape, size)

    def standard_normal(self, size: Any = None) -> ndarray:
        return self._gen.standard_normal(size)

    def choice(self, a: Any, size: Any = None, replace: bool = True, p: Any = None) -> ndarray:
        try:
            return self._gen.choice(a, size, replace, p)
        except ValueError as e:
            if "when replace is False" in str(e):
                raise ValueError("Cannot take a larger sample than population when 'replace=False'") from None
            raise

    def uniform(self, low: Any = 0.0, high: Any = 1.0, size: Any = None) -> ndarray:
        """As NumPy's legacy uniform, high < low is allowed."""
        return self._gen._draw("legacy_uniform", (low, high), size)

    def multivariate_normal(
        self, mean: Any, cov: Any, size: Any = None, check_valid: str = "warn", tol: float = 1e-8
    ) -> ndarray:
        return self._gen.multivariate_normal(mean, cov, size, check_valid, tol)

    def permutation(self, x: Any) -> ndarray:
        return self._gen.permutation(x)

    def shuffle(self, x: Any) -> None:
        self._gen.shuffle(x)

    def bytes(self, length: int) -> builtins.bytes:
        return self._gen.bytes(length)


# Legacy methods whose signature is the Generator method's own.
_SAME = (
    "beta", "binomial", "chisquare", "dirichlet", "exponential", "f", "gamma", "geometric", "gumbel",
    "hypergeometric", "laplace", "logistic", "lognormal", "logseries", "multinomial", "negative_binomial",
    "noncentral_chisquare", "noncentral_f", "normal", "pareto", "poisson", "power", "rayleigh",
    "standard_cauchy", "standard_t", "triangular", "vonmises", "wald", "weibull", "zipf",
)  # fmt: skip


def _delegate(name: str) -> Callable[..., Any]:
    def method(self: RandomState, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._gen, name)(*args, **kwargs)

    method.__name__ = method.__qualname__ = name
    method.__doc__ = f"Legacy `{name}`: as `Generator.{name}`."
    method.__signature__ = inspect.signature(getattr(Generator, name))  # type: ignore[attr-defined]
    return method


for _name in _SAME:
    setattr(RandomState, _name, _delegate(_name))

_lock = threading.RLock()
_state: dict[str, RandomState] = {}


def _global() -> RandomState:
    with _lock:
        if "rs" not in _state:
            _state["rs"] = RandomState()
        return _state["rs"]


def get_bit_generator() -> Philox:
    """The global RandomState's bit generator."""
    return _global()._bit_generator


def set_bit_generator(bitgen: Philox) -> None:
    """Make the global RandomState draw from `bitgen`."""
    if not isinstance(bitgen, Philox):
        raise TypeError("bitgen must be a tnp.random.Philox")
    with _lock:
        _state["rs"] = RandomState(bitgen)


def _module(name: str) -> Callable[..., Any]:
    def fn(*args: Any, **kwargs: Any) -> Any:
        with _lock:
            return getattr(_global(), name)(*args, **kwargs)

    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"`RandomState.{name}` on the global generator (thread-safe)."
    method = inspect.signature(getattr(RandomState, name))
    fn.__signature__ = method.replace(parameters=list(method.parameters.values())[1:])  # type: ignore[attr-defined]
    return fn


seed = _module("seed")
get_state = _module("get_state")
set_state = _module("set_state")
rand = _module("rand")
randn = _module("randn")
randint = _module("randint")
random_integers = _module("random_integers")
random_sample = _module("random_sample")
random = _module("random_sample")
ranf = _module("random_sample")
sample = _module("random_sample")
choice = _module("choice")
shuffle = _module("shuffle")
permutation = _module("permutation")
bytes = _module("bytes")
standard_exponential = _module("standard_exponential")
standard_gamma = _module("standard_gamma")
standard_normal = _module("standard_normal")
multivariate_normal = _module("multivariate_normal")
beta = _module("beta")
binomial = _module("binomial")
chisquare = _module("chisquare")
dirichlet = _module("dirichlet")
exponential = _module("exponential")
f = _module("f")
gamma = _module("gamma")
geometric = _module("geometric")
gumbel = _module("gumbel")
hypergeometric = _module("hypergeometric")
laplace = _module("laplace")
logistic = _module("logistic")
lognormal = _module("lognormal")
logseries = _module("logseries")
multinomial = _module("multinomial")
negative_binomial = _module("negative_binomial")
noncentral_chisquare = _module("noncentral_chisquare")
noncentral_f = _module("noncentral_f")
normal = _module("normal")
pareto = _module("pareto")
poisson = _module("poisson")
power = _module("power")
rayleigh = _module("rayleigh")
standard_cauchy = _module("standard_cauchy")
standard_t = _module("standard_t")
triangular = _module("triangular")
uniform = _module("uniform")
vonmises = _module("vonmises")
wald = _module("wald")
weibull = _module("weibull")
zipf = _module("zipf")
