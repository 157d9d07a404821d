"""NumPy's legacy API: `RandomState` and the module-level functions on one global generator.

`RandomState` draws from the same TensorFlow Philox generator as `Generator` (not MT19937): the streams differ
from NumPy's. `get_state()` returns the Philox state dict (NumPy's legacy tuple describes MT19937) and
`set_state` takes it back. Legacy seeds are NumPy's (ints in [0, 2**32 - 1] or arrays of them). The global
generator is made on first use (no TensorFlow op runs at import) and every module-level call holds a lock.
"""

from __future__ import annotations

import builtins
import inspect
import operator
import re
import sys
import threading
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import tensorflow as tf
from tnp_core.extending import ndarray, wrap

from ._bitgen import Philox
from ._distributions import c_long, check_allocatable, normalize_size
from ._generator import Generator, check_uniform_range


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


def _ndim(x: Any) -> int:
    """x.ndim for arrays, else NumPy's reading of a nested sequence (its ValueError for a ragged one)."""
    nd = getattr(x, "ndim", None)
    return nd if isinstance(nd, int) else int(np.ndim(x))


class RandomState:
    """NumPy's legacy `RandomState` on a TensorFlow Philox generator.

    Differs from NumPy: the stream is Philox's, not MT19937's (same seed, different numbers; equally
    reproducible), results are tnp arrays, and `get_state`/`set_state` use the Philox state dict.

    Examples:
        >>> a = tnp_random.RandomState(3).rand(2, 2)
        >>> b = tnp_random.RandomState(3).rand(2, 2)
        >>> bool((a == b).all()), a.shape
        (True, (2, 2))
    """

    def __init__(self, seed: Any = None) -> None:
        self._bit_generator = seed if isinstance(seed, Philox) else Philox(_legacy_seed(seed))
        self._gen = Generator(self._bit_generator)

    def __repr__(self) -> str:
        return "RandomState(Philox)"

    def seed(self, seed: Any = None) -> None:
        """Reseed in place: None (fresh OS entropy), an int in [0, 2**32 - 1] or an array of them.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> a = rs.rand(3)
            >>> rs.seed(0)
            >>> bool((rs.rand(3) == a).all())
            True
        """
        self._bit_generator.reseed(_legacy_seed(seed))

    def get_state(self, legacy: bool = True) -> dict[str, Any]:
        """The state of the bit generator, for `set_state`.

        Differs from NumPy: a Philox state dict (also for legacy=True: there is no MT19937 tuple to give).

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> state = rs.get_state()
            >>> a = rs.rand(3)
            >>> rs.set_state(state)
            >>> bool((rs.rand(3) == a).all())
            True
        """
        return self._bit_generator.state

    def set_state(self, state: Any) -> None:
        """Restore a state taken with `get_state`.

        Differs from NumPy: the state is the Philox state dict, not NumPy's MT19937 tuple.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> state = rs.get_state()
            >>> a = rs.randn(2)
            >>> rs.set_state(state)
            >>> bool((rs.randn(2) == a).all())
            True
        """
        self._bit_generator.state = state

    def random_sample(self, size: Any = None) -> ndarray:
        """Uniform floats on [0, 1).

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.random_sample((2, 3)).shape
            (2, 3)
        """
        return self._gen.random(size)

    random = random_sample

    def rand(self, *args: int) -> ndarray:
        """Uniform floats on [0, 1) of shape `args`.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.rand(2, 3).shape
            (2, 3)
        """
        return self._gen.random(args or None)

    def randn(self, *args: int) -> ndarray:
        """Standard normal floats of shape `args`.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.randn(2, 3).shape
            (2, 3)
        """
        return self._gen.standard_normal(args or None)

    def randint(self, low: Any, high: Any = None, size: Any = None, dtype: Any = int) -> ndarray:
        """Uniform integers on [low, high) ([0, low) if high is None).

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> x = rs.randint(5, size=100)
            >>> x.dtype, bool(x.min() >= 0), bool(x.max() <= 4)
            (dtype('int64'), True, True)
        """
        return self._gen.integers(low, high, size, dtype)

    def random_integers(self, low: Any, high: Any = None, size: Any = None) -> ndarray:
        """Deprecated: uniform integers on [low, high] ([1, low] if high is None); use `randint`.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> x = rs.random_integers(1, 6, size=100)
            >>> bool(x.min() >= 1), bool(x.max() <= 6)
            (True, True)
        """
        if high is None:
            warnings.warn(
                f"This function is deprecated. Please call randint(1, {low} + 1) instead",
                DeprecationWarning,
                2,
            )
            low, high = 1, low
        else:
            warnings.warn(
                f"This function is deprecated. Please call randint({low}, {high} + 1) instead",
                DeprecationWarning,
                2,
            )
        if isinstance(high, (ndarray, tf.Tensor, tf.Variable)) and _ndim(high) == 0:
            return self._gen.integers(low, high, size, endpoint=True)  # also inside tf.function
        return self._gen.integers(low, int(high) + 1, size)  # NumPy's int(high): a TypeError for arrays

    def tomaxint(self, size: Any = None) -> ndarray:
        """Uniform integers on [0, sys.maxsize].

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> x = rs.tomaxint(3)
            >>> x.shape, x.dtype
            ((3,), dtype('int64'))
        """
        return self._gen.integers(0, sys.maxsize, size, endpoint=True)

    def standard_exponential(self, size: Any = None) -> ndarray:
        """Standard exponential floats (scale 1).

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.standard_exponential(3).shape
            (3,)
        """
        return self._gen.standard_exponential(size)

    def standard_gamma(self, shape: Any, size: Any = None) -> ndarray:
        """Standard gamma floats (scale 1) with shape parameter `shape`.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.standard_gamma(2.0, 3).shape
            (3,)
        """
        return self._gen.standard_gamma(shape, size)

    def standard_normal(self, size: Any = None) -> ndarray:
        """Standard normal floats.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.standard_normal((2, 2)).shape
            (2, 2)
        """
        return self._gen.standard_normal(size)

    def choice(self, a: Any, size: Any = None, replace: bool = True, p: Any = None) -> ndarray:
        """A random sample from `a` (an array, or `arange(a)` for an int), with or without replacement.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> x = rs.choice(5, 3, replace=False)
            >>> x.shape, len(set(x.tolist()))
            ((3,), 3)
        """
        if _ndim(a) > 1:
            raise ValueError("a must be 1-dimensional")
        if not replace and p is None and _ndim(a) == 0:
            try:
                pop = operator.index(a)
            except TypeError:  # not an integer: Generator.choice raises NumPy's ValueError
                pop = 0
            check_allocatable([max(pop, 0)], np.int64, 1)  # NumPy takes permutation(a)
        try:
            return self._gen.choice(a, size, replace, p)
        except ValueError as e:
            if "when replace is False" in str(e):
                raise ValueError("Cannot take a larger sample than population when 'replace=False'") from None
            raise

    def uniform(self, low: Any = 0.0, high: Any = 1.0, size: Any = None) -> ndarray:
        """Uniform floats between `low` and `high` (as NumPy's legacy uniform, high < low is allowed).

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> x = rs.uniform(2.0, 1.0, size=100)
            >>> bool(x.min() > 1.0), bool(x.max() <= 2.0)
            (True, True)
        """
        check_uniform_range(low, high)
        return self._gen._draw("legacy_uniform", (low, high), size)

    def multivariate_normal(
        self, mean: Any, cov: Any, size: Any = None, check_valid: str = "warn", tol: float = 1e-8
    ) -> ndarray:
        """Multivariate normal vectors with mean `mean` and covariance `cov`.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.multivariate_normal([0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]], size=4).shape
            (4, 2)
        """
        if _ndim(mean) != 1:  # checked before the dtypes (Generator checks for complex values first)
            raise ValueError("mean must be 1 dimensional")
        if _ndim(cov) != 2 or np.shape(cov)[0] != np.shape(cov)[1]:
            raise ValueError("cov must be 2 dimensional and square")
        return self._gen.multivariate_normal(mean, cov, size, check_valid, tol)

    def multinomial(self, n: Any, pvals: Any, size: Any = None) -> ndarray:
        """Multinomial counts: `n` draws over the categories of probabilities `pvals`.

        As NumPy's legacy method: `n` is one integer and `pvals` one 1-d sequence (Generator's broadcast).

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.multinomial(10, [0.5, 0.5], size=3).shape
            (3, 2)
        """
        count = c_long(n)
        nd = _ndim(pvals)
        if nd == 0:
            raise TypeError("pvals must be a 1-d sequence")
        if nd > 1:
            raise ValueError("object too deep for desired array")
        if np.shape(pvals)[0] == 0:  # NumPy's legacy method gives an empty result
            shape = normalize_size(size, np.int64) or ()
            return wrap(tf.zeros([*shape, 0], tf.int64))
        return self._gen.multinomial(count, pvals, size)

    def dirichlet(self, alpha: Any, size: Any = None) -> ndarray:
        """Dirichlet vectors (each sums to 1) with concentrations `alpha` > 0 (Generator's allows 0).

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.dirichlet([1.0, 2.0], size=3).shape
            (3, 2)
        """
        return self._gen._dirichlet(alpha, size, (((lambda v: v["a"] <= 0), "alpha <= 0"),))

    def hypergeometric(self, ngood: Any, nbad: Any, nsample: Any, size: Any = None) -> ndarray:
        """Hypergeometric integers: good items among `nsample` >= 1 drawn from `ngood` + `nbad`.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.hypergeometric(7, 5, 6, size=3).shape
            (3,)
        """
        return self._gen._draw("legacy_hypergeometric", (ngood, nbad, nsample), size)

    def negative_binomial(self, n: Any, p: Any, size: Any = None) -> ndarray:
        """Negative binomial integers: failures before the `n`-th success (probability `p`).

        As NumPy's legacy method, no bound on `n` / `p` (Generator's raises where the counts overflow int64).

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> rs.negative_binomial(5, 0.5, size=3).shape
            (3,)
        """
        return self._gen._draw("legacy_negative_binomial", (n, p), size)

    def permutation(self, x: Any) -> ndarray:
        """A permuted `arange(x)` for an int, else a shuffled copy of `x` along its first axis.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> sorted(rs.permutation(4).tolist())
            [0, 1, 2, 3]
        """
        return self._gen.permutation(x)

    def shuffle(self, x: Any) -> None:
        """Shuffle `x` in place along its first axis.

        Differs from NumPy: a tnp array is shuffled by rebinding its tensor (`x._t`).

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> x = [1, 2, 3]
            >>> rs.shuffle(x)
            >>> sorted(x)
            [1, 2, 3]
        """
        self._gen.shuffle(x)

    def bytes(self, length: int) -> builtins.bytes:
        """`length` random bytes.

        Differs from NumPy: eager only.

        Examples:
            >>> rs = tnp_random.RandomState(0)
            >>> len(rs.bytes(5))
            5
        """
        return self._gen.bytes(length)


# Legacy methods whose signature is the Generator method's own.
# The docstring example of each: the arguments before `size=3`, and the result's shape.
_EXAMPLES = {
    "beta": ("2.0, 3.0", "(3,)"), "binomial": ("10, 0.5", "(3,)"), "chisquare": ("4.0", "(3,)"),
    "exponential": ("2.0", "(3,)"), "f": ("5.0, 10.0", "(3,)"),
    "gamma": ("2.0, 1.5", "(3,)"), "geometric": ("0.3", "(3,)"), "gumbel": ("0.0, 2.0", "(3,)"),
    "laplace": ("0.0, 2.0", "(3,)"), "logistic": ("0.0, 2.0", "(3,)"),
    "lognormal": ("0.0, 1.0", "(3,)"), "logseries": ("0.6", "(3,)"),
    "noncentral_chisquare": ("3.0, 1.5", "(3,)"),
    "noncentral_f": ("5.0, 10.0, 2.0", "(3,)"), "normal": ("0.0, 1.0", "(3,)"), "pareto": ("3.0", "(3,)"),
    "poisson": ("3.0", "(3,)"), "power": ("5.0", "(3,)"), "rayleigh": ("2.0", "(3,)"),
    "standard_cauchy": ("", "(3,)"), "standard_t": ("5.0", "(3,)"), "triangular": ("-1.0, 0.0, 2.0", "(3,)"),
    "vonmises": ("0.0, 4.0", "(3,)"), "wald": ("1.0, 2.0", "(3,)"), "weibull": ("1.5", "(3,)"),
    "zipf": ("2.0", "(3,)"),
}  # fmt: skip
_SAME = (
    "beta", "binomial", "chisquare", "exponential", "f", "gamma", "geometric", "gumbel",
    "laplace", "logistic", "lognormal", "logseries",
    "noncentral_chisquare", "noncentral_f", "normal", "pareto", "poisson", "power", "rayleigh",
    "standard_cauchy", "standard_t", "triangular", "vonmises", "wald", "weibull", "zipf",
)  # fmt: skip


def _delegate(name: str) -> Callable[..., Any]:
    def method(self: RandomState, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._gen, name)(*args, **kwargs)

    method.__name__ = method.__qualname__ = name
    args, shape = _EXAMPLES[name]
    call = f"{args}, size=3" if args else "size=3"
    summary = (getattr(Generator, name).__doc__ or "").strip().splitlines()[0]
    method.__doc__ = (
        f"{summary}\n\nAs `Generator.{name}` (same signature), on this RandomState's stream.\n\nExamples:\n"
        f"    >>> rs = tnp_random.RandomState(0)\n    >>> rs.{name}({call}).shape\n    {shape}\n"
    )
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
    """The global RandomState's bit generator (a `Philox`).

    Examples:
        >>> tnp_random.get_bit_generator()
        Philox(TensorFlow)
    """
    return _global()._bit_generator


def set_bit_generator(bitgen: Philox) -> None:
    """Make the global RandomState draw from `bitgen` (a `Philox`).

    Examples:
        >>> tnp_random.set_bit_generator(tnp_random.Philox(7))
        >>> a = tnp_random.rand(2)
        >>> tnp_random.set_bit_generator(tnp_random.Philox(7))
        >>> bool((tnp_random.rand(2) == a).all())
        True
    """
    if not isinstance(bitgen, Philox):
        raise TypeError("bitgen must be a tnp.random.Philox")
    with _lock:
        _state["rs"] = RandomState(bitgen)


def _module_doc(name: str) -> str:
    """`RandomState.name`'s docstring for the module function: its examples on the global generator."""
    doc = inspect.cleandoc(getattr(RandomState, name).__doc__ or "")
    summary, _, examples = doc.partition("Examples:")
    lines = [
        re.sub(r"\brs\.", "tnp_random.", line.replace("rs = tnp_random.RandomState(", "tnp_random.seed("))
        if line.lstrip().startswith(">>>")
        else line
        for line in examples.splitlines()
    ]
    head, _, rest = summary.strip().partition("\n")
    note = f"`RandomState.{name}` on the global generator (thread-safe)."
    body = f"{head}\n\n{note}\n\n{rest.strip()}\n\n" if rest.strip() else f"{head}\n\n{note}\n\n"
    return body + "Examples:" + "\n".join(lines)


def _module(name: str) -> Callable[..., Any]:
    def fn(*args: Any, **kwargs: Any) -> Any:
        with _lock:
            return getattr(_global(), name)(*args, **kwargs)

    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = _module_doc(name)
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
