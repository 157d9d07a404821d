"""`Generator`: NumPy's `numpy.random.Generator` API on a TensorFlow Philox bit generator.

Differences from NumPy: results are always tnp arrays (size=None gives a 0-d array where NumPy gives a Python
or NumPy scalar); the streams differ from NumPy's PCG64 (same seed, different numbers, equally reproducible);
parameter checks run on values known without executing a graph (eager values and constants inside
tf.function); `integers` maps 64 random bits onto ranges up to 2**32 with a modulo (relative bias below 2**-32;
larger ranges are exact); a draw whose TensorFlow temporaries would take more than half the machine's memory
raises NumPy's MemoryError up front (NumPy may allocate such a result), and TensorFlow's own errors leave as
NumPy's exception types.
"""

from __future__ import annotations

import inspect
import math
import operator
import warnings
from typing import Any

import numpy as np
import tensorflow as tf
from tnp_core.extending import (
    NP_TO_TF,
    as_np_dtype,
    cast,
    ndarray,
    normalize_axis,
    to_tensor,
    translating,
    wrap,
)

from ._bitgen import Philox
from ._distributions import (
    c_long,
    check_allocatable,
    check_size,
    draw,
    hypergeometric_f64,
    normalize_size,
    out_shape,
    param,
    read_size,
    run_checks,
    static_value,
)
from ._sampling import F64, I64, U64, Rand, below

_FLOATS = (np.dtype(np.float32), np.dtype(np.float64))
_SQRT_EPS = float(np.sqrt(np.finfo(np.float64).eps))


def _int_bounds(d: np.dtype[Any]) -> tuple[int, int]:
    if d.kind == "b":
        return 0, 1
    info = np.iinfo(d)
    return int(info.min), int(info.max)


_TO_INT = np.frompyfunc(int, 1, 1)


def _host_int(x: Any) -> np.ndarray[Any, Any]:
    """A bound as NumPy reads it: floats go through int() (truncation; ValueError for NaN, OverflowError for
    inf); a complex array gives its real part, a complex scalar is a TypeError."""
    a = np.asarray(x)
    if a.dtype.kind == "c":
        if a.ndim == 0:
            raise TypeError(
                "int() argument must be a string, a bytes-like object or a real number, not 'complex'"
            )
        a = a.real
    return np.asarray(_TO_INT(a), dtype=object) if a.dtype.kind == "f" else a


def _host_value(x: Any) -> Any:
    """`x` on the host: Python and NumPy values as they are, tnp arrays and tensors as NumPy arrays (None for a
    value known only while a graph runs)."""
    if isinstance(x, (ndarray, tf.Tensor, tf.Variable)):
        return static_value(to_tensor(x))
    return x


# Peak memory of a sampler, in float64 arrays of the result's (or the population's) shape: see check_allocatable.
_INT_WORK = 8  # integers and choice: 64 random bits, the modulo, the rejection loop's state
_KEYS_WORK = 4  # choice without replacement from the whole population: a float64 key per entry, top_k
_DISTINCT_WORK = 9  # choice without replacement from a sparse sample: the draws, their sort, the redraws
_PERM_WORK = 3  # permutation(n): arange(n) and its shuffle
_HOST_INT_WORK = 16  # integers' bounds broadcast as NumPy arrays of Python ints (exact range arithmetic)


def check_uniform_range(low: Any, high: Any) -> None:
    """NumPy's OverflowError for uniform bounds whose difference is not finite (inf or NaN), on static values."""
    lo, hi = static_value(param(low)), static_value(param(high))
    if lo is not None and hi is not None:
        with np.errstate(invalid="ignore", over="ignore"):
            if not np.all(np.isfinite(hi - lo)):
                raise OverflowError("high - low range exceeds valid bounds")


def _small_range(m: tf.Tensor) -> bool:
    """Every range in `m` (uint64; 0 stands for 2**64) known without running a graph to be in [1, 2**32]."""
    v = static_value(m)
    return v is not None and bool(np.all((v >= 1) & (v <= 2**32)))


def _integers_size(size: Any, d: np.dtype[Any]) -> tuple[tuple[int, ...] | None, Exception | None]:
    """NumPy's integers take np.prod(size) first (its ValueError for a ragged size), return an empty array when
    it is 0, and read `size` only after checking the bounds: (shape, None) or (None, the error to raise then)."""
    try:
        return normalize_size(size, d, (), _INT_WORK), None
    except (TypeError, ValueError, MemoryError) as exc:
        if np.prod(size) == 0:
            raise
        return None, exc


def _fill_size(lo: tf.Tensor, rng: tf.Tensor, shape: tuple[int, ...]) -> tuple[tf.Tensor, tf.Tensor]:
    """NumPy's integers fill a `size`-shaped result from the first prod(size) entries of the bounds broadcast
    with `size`, when that broadcast shape differs from `size` (e.g. size=() with 1-d bounds)."""
    if lo.shape.rank == 0 and rng.shape.rank == 0:
        return lo, rng
    full = np.broadcast_shapes(shape, tuple(lo.shape), tuple(rng.shape))  # NumPy's ValueError if incompatible
    if full == shape:
        return lo, rng
    n = math.prod(shape)
    lo, rng = (tf.reshape(tf.broadcast_to(x, full), [-1])[:n] for x in (lo, rng))
    if lo.shape[0] < n:  # empty bounds: NumPy reads memory it never wrote; give zeros
        lo, rng = tf.zeros([n], U64), tf.ones([n], U64)
    return tf.reshape(lo, shape), tf.reshape(rng, shape)


def _int_host(low: Any, high: Any, d: np.dtype[Any], endpoint: bool) -> tuple[tf.Tensor, tf.Tensor]:
    """Integer bounds given as host values: NumPy's checks, then (low, range mod 2**64) as uint64 tensors."""
    lo = _host_int(low)
    hi = _host_int(high)
    if lo.dtype.kind not in "iubO" or hi.dtype.kind not in "iubO":
        raise TypeError(f"integer bounds expected, got {lo.dtype} and {hi.dtype}")
    lo_o, hi_o = lo.astype(object), hi.astype(object) - (0 if endpoint else 1)
    vmin, vmax = _int_bounds(d)
    if np.any(lo_o < vmin):
        raise ValueError(f"low is out of bounds for {d}")
    if np.any(hi_o > vmax):
        raise ValueError(f"high is out of bounds for {d}")
    check_size(np.broadcast_shapes(lo.shape, hi.shape), d, _HOST_INT_WORK)  # before the Python-int arrays
    if np.any(lo_o > hi_o):
        raise ValueError("low > high" if endpoint else "low >= high")
    rng = np.asarray((hi_o - lo_o + 1) % 2**64, dtype=object).astype(np.uint64)
    low_u = np.asarray(lo_o % 2**64, dtype=object).astype(np.uint64)
    return tf.constant(low_u), tf.constant(rng)


def _int_tensor(low: Any, high: Any, d: np.dtype[Any], endpoint: bool) -> tuple[tf.Tensor, tf.Tensor]:
    work = U64 if d == np.uint64 else I64
    lo, hi = cast(to_tensor(low), work), cast(to_tensor(high), work)
    if not endpoint:
        hi = hi - tf.ones([], work)
    vmin, vmax = _int_bounds(d)
    lv, hv = static_value(lo), static_value(hi)
    if lv is not None and hv is not None:
        if np.any(lv < vmin):
            raise ValueError(f"low is out of bounds for {d}")
        if np.any(hv > vmax):
            raise ValueError(f"high is out of bounds for {d}")
        if np.any(lv > hv):
            raise ValueError("low > high" if endpoint else "low >= high")
    lo_u, hi_u = tf.bitcast(lo, U64), tf.bitcast(hi, U64)
    return lo_u, hi_u - lo_u + tf.ones([], U64)


def _is_0d_array(x: Any) -> bool:
    return isinstance(x, (np.ndarray, ndarray, tf.Tensor)) and len(x.shape) == 0


def _vector_size(size: Any) -> Any:
    """`size` of multinomial/dirichlet: NumPy takes operator.index(size) first, so a bool is an int there."""
    return int(size) if isinstance(size, (bool, np.bool_)) else size


def _choice_size(size: Any) -> tuple[int, ...] | None:
    """`size` of choice; NumPy takes np.prod(size) before reading it (its ValueError for a ragged size)."""
    try:
        return read_size(size)
    except TypeError:
        np.prod(size)
        raise


def _sparse(pop: int, n: int, shuffle: bool) -> bool:
    """Whether choice without replacement draws the sample alone (`_distinct`), with no key per population entry:
    NumPy's Floyd branch for pop > 10000 (n <= pop // 50, or // 20 without shuffle; NumPy also takes it for
    pop <= 10000, where a key per entry is cheap)."""
    return pop > 10000 and n <= pop // (50 if shuffle else 20)


def _repeats(x: tf.Tensor) -> tf.Tensor:
    """Where an entry of the 1-d `x` equals one at an earlier position."""
    order = tf.argsort(x, stable=True)
    xs = tf.gather(x, order)
    rep = tf.concat([tf.zeros([1], tf.bool), xs[1:] == xs[:-1]], 0)
    return tf.gather(rep, tf.math.invert_permutation(order))


def _distinct(r: Rand, pop: int, n: int) -> tf.Tensor:
    """n distinct entries of range(pop) (n small against pop), every ordered sample equally likely.

    n uniform draws, then the entries equal to one at an earlier position are redrawn until none is. What is
    redrawn depends only on equalities and positions, so the law is invariant under relabelings of range(pop):
    it is the uniform law on ordered samples without replacement (in random order: no shuffle needed).
    """
    key = r.key()
    m = tf.constant(pop, U64)

    def draw(i: tf.Tensor) -> tf.Tensor:
        q = Rand(tf.random.experimental.stateless_fold_in(key, i))
        return tf.cast(below(q, [n], m, pop <= 2**32), I64)

    def body(i: tf.Tensor, x: tf.Tensor, rep: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor, tf.Tensor]:
        x = tf.where(rep, draw(i), x)
        return i + 1, x, _repeats(x)

    def cond(i: tf.Tensor, x: tf.Tensor, rep: tf.Tensor) -> tf.Tensor:
        return tf.reduce_any(rep)

    x0 = draw(tf.constant(0))
    return tf.while_loop(cond, body, (tf.constant(1), x0, _repeats(x0)))[1]


def _check_choice(
    shape: tuple[int, ...] | None, arr: tf.Tensor | None, ax: int, pop: int | None, keys: bool, sparse: bool
) -> None:
    """choice's memory checks (NumPy's MemoryError up front): the indices, the population's keys when `keys`
    (sampling without replacement from the whole population), and the gathered result."""
    dims = shape or ()
    check_size(dims, np.int64, _DISTINCT_WORK if sparse else _INT_WORK)
    if keys and pop is not None:
        check_allocatable([pop], np.float64, _KEYS_WORK)
    if arr is not None and arr.shape.is_fully_defined():
        a_dims = arr.shape.as_list()
        check_size((*a_dims[:ax], *dims, *a_dims[ax + 1 :]), as_np_dtype(arr.dtype), 1)


class Generator:
    """NumPy's `numpy.random.Generator` over a TensorFlow Philox bit generator; make one with `default_rng`.

    Differs from NumPy: results are tnp arrays (size=None gives a 0-d array, not a scalar) and the streams
    are Philox's, not PCG64's (same seed, different numbers; equally reproducible, eagerly and inside
    `tf.function`). See the module docstring.

    Examples:
        >>> rng = tnp_random.Generator(tnp_random.Philox(7))
        >>> rng.normal(size=(2, 3)).shape
        (2, 3)
        >>> rng.normal().shape
        ()
    """

    def __init__(self, bit_generator: Philox) -> None:
        if not isinstance(bit_generator, Philox):
            raise TypeError("Generator needs a tnp.random.Philox bit generator")
        self._bg = bit_generator

    @property
    def bit_generator(self) -> Philox:
        """The `Philox` bit generator this Generator draws from.

        Examples:
            >>> tnp_random.default_rng(0).bit_generator
            Philox(TensorFlow)
        """
        return self._bg

    def __repr__(self) -> str:
        return "Generator(Philox)"

    def _rand(self) -> Rand:
        return Rand(self._bg.seeds(1)[0])

    def _draw(self, name: str, args: tuple[Any, ...], size: Any) -> ndarray:
        return wrap(draw(self._rand, name, args, size))

    def _float(self, name: str, args: tuple[Any, ...], size: Any, dtype: Any, out: Any) -> ndarray:
        d = np.dtype(dtype)
        if d not in _FLOATS:
            raise TypeError(f"Unsupported dtype {d!r} for {name}")
        if out is not None:
            if not isinstance(out, ndarray):
                raise TypeError("out must be a tnp.ndarray")
            if out.dtype != d:
                raise TypeError(f"Supplied output array has the wrong type. Expected {d}, got {out.dtype}")
            if size is not None and normalize_size(size, d) != tuple(out.shape):
                raise ValueError("size must match out.shape when used together")
            size = tuple(out.shape)
        t = cast(draw(self._rand, name, args, size, d), NP_TO_TF[d])
        if out is None:
            return wrap(t)
        res: ndarray = out
        res._t = t
        return res

    # --- floats with dtype/out ---
    def random(self, size: Any = None, dtype: Any = np.float64, out: Any = None) -> ndarray:
        """Uniform floats on [0, 1) (float64, or float32 with `dtype`).

        Examples:
            >>> x = tnp_random.default_rng(0).random((2, 3), dtype="float32")
            >>> x.shape, x.dtype
            ((2, 3), dtype('float32'))
        """
        return self._float("random", (), size, dtype, out)

    def standard_normal(self, size: Any = None, dtype: Any = np.float64, out: Any = None) -> ndarray:
        """Standard normal floats (mean 0, standard deviation 1).

        Examples:
            >>> x = tnp_random.default_rng(0).standard_normal(3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._float("standard_normal", (), size, dtype, out)

    def standard_exponential(
        self, size: Any = None, dtype: Any = np.float64, method: str = "zig", out: Any = None
    ) -> ndarray:
        """Standard exponential floats (scale 1).

        Differs from NumPy: `method` ('zig' or 'inv') is accepted but both use the inverse CDF.

        Examples:
            >>> x = tnp_random.default_rng(0).standard_exponential(3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        if method not in ("zig", "inv"):
            raise ValueError(f"{method} is not a valid method. Use 'zig' or 'inv'.")
        return self._float("standard_exponential", (), size, dtype, out)

    def standard_gamma(
        self, shape: Any, size: Any = None, dtype: Any = np.float64, out: Any = None
    ) -> ndarray:
        """Standard gamma floats (scale 1) with shape parameter `shape`.

        Examples:
            >>> x = tnp_random.default_rng(0).standard_gamma(2.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._float("standard_gamma", (shape,), size, dtype, out)

    # --- integers ---
    def integers(
        self, low: Any, high: Any = None, size: Any = None, dtype: Any = np.int64, endpoint: bool = False
    ) -> ndarray:
        """Uniform integers on [low, high) ([low, high] with endpoint=True); `high=None` means [0, low).

        Differs from NumPy: 64 random bits are mapped onto ranges up to 2**32 with a modulo (relative bias
        below 2**-32); larger ranges are exact (a rejection loop).

        Examples:
            >>> x = tnp_random.default_rng(0).integers(5, 10, size=1000)
            >>> x.dtype, bool(x.min() >= 5), bool(x.max() <= 9)
            (dtype('int64'), True, True)
        """
        d = as_np_dtype(dtype)
        if d.kind not in "iub":
            raise TypeError(f"Unsupported dtype {d!r} for integers")
        if isinstance(dtype, (np.dtype, str)) and not np.dtype(dtype).isnative:
            raise ValueError("Providing a dtype with a non-native byteorder is not supported.")
        size_t, size_error = _integers_size(size, d)
        if size_t is not None and 0 in size_t:  # NumPy returns before looking at the bounds
            return wrap(tf.zeros(size_t, NP_TO_TF[d]))
        if high is None:
            low, high = 0, low
        lo_v, hi_v = _host_value(low), _host_value(high)
        if lo_v is not None and hi_v is not None:
            lo, rng = _int_host(lo_v, hi_v, d, endpoint)
        else:
            lo, rng = _int_tensor(low, high, d, endpoint)
        if size_error is not None:
            raise size_error
        if size_t is not None and lo.shape.is_fully_defined() and rng.shape.is_fully_defined():
            lo, rng = _fill_size(lo, rng, size_t)
        shape = out_shape([lo, rng], size_t, d, _INT_WORK)
        val = below(self._rand(), shape, rng, _small_range(rng))
        res = tf.bitcast(lo + val, I64) if d != np.uint64 else lo + val
        return wrap(cast(res, NP_TO_TF[d]))

    # --- table distributions ---
    def uniform(self, low: Any = 0.0, high: Any = 1.0, size: Any = None) -> ndarray:
        """Uniform floats on [low, high).

        Examples:
            >>> x = tnp_random.default_rng(0).uniform(2.0, 5.0, size=1000)
            >>> bool(x.min() >= 2.0), bool(x.max() < 5.0)
            (True, True)
        """
        check_uniform_range(low, high)
        return self._draw("uniform", (low, high), size)

    def normal(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> ndarray:
        """Normal (Gaussian) floats with mean `loc` and standard deviation `scale`.

        Examples:
            >>> x = tnp_random.default_rng(0).normal([0.0, 10.0], 1.0, size=(4, 2))
            >>> x.shape, x.dtype
            ((4, 2), dtype('float64'))
        """
        return self._draw("normal", (loc, scale), size)

    def exponential(self, scale: Any = 1.0, size: Any = None) -> ndarray:
        """Exponential floats with scale `scale` (= 1 / rate).

        Examples:
            >>> x = tnp_random.default_rng(0).exponential(2.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("exponential", (scale,), size)

    def gamma(self, shape: Any, scale: Any = 1.0, size: Any = None) -> ndarray:
        """Gamma floats with shape `shape` and scale `scale`.

        Examples:
            >>> x = tnp_random.default_rng(0).gamma(2.0, 1.5, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("gamma", (shape, scale), size)

    def beta(self, a: Any, b: Any, size: Any = None) -> ndarray:
        """Beta floats on [0, 1] with parameters `a`, `b` > 0.

        Examples:
            >>> x = tnp_random.default_rng(0).beta(2.0, 3.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("beta", (a, b), size)

    def chisquare(self, df: Any, size: Any = None) -> ndarray:
        """Chi-square floats with `df` degrees of freedom.

        Examples:
            >>> x = tnp_random.default_rng(0).chisquare(4.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("chisquare", (df,), size)

    def noncentral_chisquare(self, df: Any, nonc: Any, size: Any = None) -> ndarray:
        """Noncentral chi-square floats (`df` degrees of freedom, noncentrality `nonc`).

        Differs from NumPy: sampled as a Poisson(nonc/2) mixture of central chi-squares for every df > 0.

        Examples:
            >>> x = tnp_random.default_rng(0).noncentral_chisquare(3.0, 1.5, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("noncentral_chisquare", (df, nonc), size)

    def f(self, dfnum: Any, dfden: Any, size: Any = None) -> ndarray:
        """F (Fisher-Snedecor) floats with `dfnum` and `dfden` degrees of freedom.

        Examples:
            >>> x = tnp_random.default_rng(0).f(5.0, 10.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("f", (dfnum, dfden), size)

    def noncentral_f(self, dfnum: Any, dfden: Any, nonc: Any, size: Any = None) -> ndarray:
        """Noncentral F floats (`dfnum`, `dfden` degrees of freedom, noncentrality `nonc`).

        Examples:
            >>> x = tnp_random.default_rng(0).noncentral_f(5.0, 10.0, 2.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("noncentral_f", (dfnum, dfden, nonc), size)

    def standard_t(self, df: Any, size: Any = None) -> ndarray:
        """Student's t floats with `df` degrees of freedom.

        Examples:
            >>> x = tnp_random.default_rng(0).standard_t(5.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("standard_t", (df,), size)

    def standard_cauchy(self, size: Any = None) -> ndarray:
        """Standard Cauchy (Lorentz) floats.

        Examples:
            >>> x = tnp_random.default_rng(0).standard_cauchy(3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("standard_cauchy", (), size)

    def laplace(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> ndarray:
        """Laplace (double exponential) floats with location `loc` and scale `scale`.

        Examples:
            >>> x = tnp_random.default_rng(0).laplace(0.0, 2.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("laplace", (loc, scale), size)

    def logistic(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> ndarray:
        """Logistic floats with location `loc` and scale `scale`.

        Examples:
            >>> x = tnp_random.default_rng(0).logistic(0.0, 2.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("logistic", (loc, scale), size)

    def lognormal(self, mean: Any = 0.0, sigma: Any = 1.0, size: Any = None) -> ndarray:
        """Log-normal floats: exp of a normal with mean `mean` and standard deviation `sigma`.

        Examples:
            >>> x = tnp_random.default_rng(0).lognormal(0.0, 1.0, size=1000)
            >>> x.dtype, bool(x.min() > 0.0)
            (dtype('float64'), True)
        """
        return self._draw("lognormal", (mean, sigma), size)

    def logseries(self, p: Any, size: Any = None) -> ndarray:
        """Logarithmic series integers (>= 1) with parameter 0 <= p < 1.

        Examples:
            >>> x = tnp_random.default_rng(0).logseries(0.6, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('int64'))
        """
        return self._draw("logseries", (p,), size)

    def gumbel(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> ndarray:
        """Gumbel (extreme value type I) floats with location `loc` and scale `scale`.

        Examples:
            >>> x = tnp_random.default_rng(0).gumbel(0.0, 2.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("gumbel", (loc, scale), size)

    def weibull(self, a: Any, size: Any = None) -> ndarray:
        """Weibull floats with shape `a` (scale 1).

        Examples:
            >>> x = tnp_random.default_rng(0).weibull(1.5, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("weibull", (a,), size)

    def pareto(self, a: Any, size: Any = None) -> ndarray:
        """Pareto II (Lomax) floats with shape `a` (NumPy's `pareto`: the classical Pareto minus 1).

        Examples:
            >>> x = tnp_random.default_rng(0).pareto(3.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("pareto", (a,), size)

    def power(self, a: Any, size: Any = None) -> ndarray:
        """Power-distribution floats on [0, 1] with exponent `a - 1`.

        Examples:
            >>> x = tnp_random.default_rng(0).power(5.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("power", (a,), size)

    def rayleigh(self, scale: Any = 1.0, size: Any = None) -> ndarray:
        """Rayleigh floats with scale `scale`.

        Examples:
            >>> x = tnp_random.default_rng(0).rayleigh(2.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("rayleigh", (scale,), size)

    def wald(self, mean: Any, scale: Any, size: Any = None) -> ndarray:
        """Wald (inverse Gaussian) floats with mean `mean` and scale `scale`.

        Examples:
            >>> x = tnp_random.default_rng(0).wald(1.0, 2.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('float64'))
        """
        return self._draw("wald", (mean, scale), size)

    def vonmises(self, mu: Any, kappa: Any, size: Any = None) -> ndarray:
        """Von Mises floats on [-pi, pi) with mode `mu` and concentration `kappa`.

        Examples:
            >>> x = tnp_random.default_rng(0).vonmises(0.0, 4.0, size=1000)
            >>> bool(x.min() >= -3.1416), bool(x.max() <= 3.1416)
            (True, True)
        """
        return self._draw("vonmises", (mu, kappa), size)

    def triangular(self, left: Any, mode: Any, right: Any, size: Any = None) -> ndarray:
        """Triangular floats on [left, right] with peak at `mode`.

        Examples:
            >>> x = tnp_random.default_rng(0).triangular(-1.0, 0.0, 2.0, size=1000)
            >>> bool(x.min() >= -1.0), bool(x.max() <= 2.0)
            (True, True)
        """
        return self._draw("triangular", (left, mode, right), size)

    def poisson(self, lam: Any = 1.0, size: Any = None) -> ndarray:
        """Poisson integers with expectation `lam`.

        Examples:
            >>> x = tnp_random.default_rng(0).poisson(3.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('int64'))
        """
        return self._draw("poisson", (lam,), size)

    def binomial(self, n: Any, p: Any, size: Any = None) -> ndarray:
        """Binomial integers: successes in `n` trials of probability `p`.

        Examples:
            >>> x = tnp_random.default_rng(0).binomial(10, 0.5, size=1000)
            >>> x.dtype, bool(x.min() >= 0), bool(x.max() <= 10)
            (dtype('int64'), True, True)
        """
        return self._draw("binomial", (n, p), size)

    def negative_binomial(self, n: Any, p: Any, size: Any = None) -> ndarray:
        """Negative binomial integers: failures before the `n`-th success (probability `p`).

        Differs from NumPy: sampled as a Poisson-gamma mixture.

        Examples:
            >>> x = tnp_random.default_rng(0).negative_binomial(5, 0.5, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('int64'))
        """
        return self._draw("negative_binomial", (n, p), size)

    def geometric(self, p: Any, size: Any = None) -> ndarray:
        """Geometric integers (>= 1): trials up to the first success (probability `p`).

        Examples:
            >>> x = tnp_random.default_rng(0).geometric(0.3, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('int64'))
        """
        return self._draw("geometric", (p,), size)

    def hypergeometric(self, ngood: Any, nbad: Any, nsample: Any, size: Any = None) -> ndarray:
        """Hypergeometric integers: good items among `nsample` drawn from `ngood` + `nbad`.

        Differs from NumPy: an inverse-CDF search (a tf.while_loop whose iterations grow with the standard
        deviation).

        Examples:
            >>> x = tnp_random.default_rng(0).hypergeometric(7, 5, 6, size=1000)
            >>> x.dtype, bool(x.min() >= 1), bool(x.max() <= 6)
            (dtype('int64'), True, True)
        """
        return self._draw("hypergeometric", (ngood, nbad, nsample), size)

    def zipf(self, a: Any, size: Any = None) -> ndarray:
        """Zipf (zeta) integers (>= 1) with parameter `a` > 1.

        Examples:
            >>> x = tnp_random.default_rng(0).zipf(2.0, size=3)
            >>> x.shape, x.dtype
            ((3,), dtype('int64'))
        """
        return self._draw("zipf", (a,), size)

    # --- multivariate ---
    def multinomial(self, n: Any, pvals: Any, size: Any = None) -> ndarray:
        """Multinomial counts: `n` draws over the categories of probabilities `pvals` (last axis).

        Differs from NumPy: sampled as sequential conditional binomials (the last category takes the
        remainder, as NumPy).

        Examples:
            >>> x = tnp_random.default_rng(0).multinomial(10, [0.2, 0.3, 0.5], size=4)
            >>> x.shape, x.sum(axis=-1)
            ((4, 3), tnp.array([10, 10, 10, 10]))
        """
        p, nt = param(pvals), param(n, True)
        if p.shape.rank == 0 or p.shape[-1] == 0:
            raise ValueError(
                "pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0."
            )
        run_checks(("n",), [nt], (((lambda v: v["n"] < 0), "n < 0"),))
        bad_p = (lambda v: ~((v["p"] >= 0) & (v["p"] <= 1))), "pvals < 0, pvals > 1 or pvals contains NaNs"
        too_big = (lambda v: np.sum(v["p"][..., :-1], axis=-1) > 1.0 + 1e-12), "sum(pvals[:-1]) > 1.0"
        run_checks(("p",), [p], (bad_p, too_big))
        k = int(p.shape[-1])
        work = 5 + 6 / k  # a few [size] temporaries per category, and the counts
        dims = normalize_size(_vector_size(size), np.int64, (k,), work)
        shape = out_shape([nt, p[..., 0]], dims)
        if dims is None and isinstance(shape, list):
            check_size((*shape, k), np.int64, work)
        r = self._rand()
        left = tf.broadcast_to(tf.cast(nt, F64), shape)
        pb = tf.broadcast_to(
            p, tf.concat([tf.cast(shape, I64), [k]], 0) if isinstance(shape, tf.Tensor) else [*shape, k]
        )
        mass = tf.ones_like(left)
        counts = []
        for j in range(k - 1):
            pj = pb[..., j]
            prob = tf.clip_by_value(tf.math.divide_no_nan(pj, mass), tf.zeros_like(pj), tf.ones_like(pj))
            c = tf.cast(r.binomial(shape, left, prob), F64)
            counts.append(c)
            left, mass = left - c, mass - pj
        counts.append(left)
        return wrap(tf.cast(tf.stack(counts, axis=-1), I64))

    def multivariate_hypergeometric(
        self, colors: Any, nsample: Any, size: Any = None, method: str = "marginals"
    ) -> ndarray:
        """Counts of each color among `nsample` items drawn without replacement from `colors`.

        Differs from NumPy: both methods ('count', 'marginals') draw sequential marginal hypergeometrics (the
        law is the same).

        Examples:
            >>> x = tnp_random.default_rng(0).multivariate_hypergeometric([3, 4, 5], 6, size=2)
            >>> x.shape, x.sum(axis=-1)
            ((2, 3), tnp.array([6, 6]))
        """
        if method not in ("count", "marginals"):
            raise ValueError('method must be "count" or "marginals".')
        col = np.asarray(colors)
        if col.ndim != 1 or (col.size and (col.dtype.kind not in "iu" or np.any(col < 0))):
            raise ValueError(
                "colors must be a one-dimensional sequence of nonnegative integers not exceeding "
                f"{np.iinfo(np.int64).max}."
            )
        try:
            ns = int(operator.index(_host_value(nsample)))
        except TypeError:
            raise ValueError("nsample must be an integer") from None
        if ns < 0:
            raise ValueError("nsample must be nonnegative.")
        if ns > np.iinfo(np.int64).max:
            raise ValueError(f"nsample must not exceed {np.iinfo(np.int64).max}")
        if _is_0d_array(size):
            raise TypeError("iteration over a 0-d array")  # NumPy takes tuple(size)
        if ns > int(col.sum()):
            raise ValueError("nsample > sum(colors)")
        shape = list(normalize_size(size, np.int64, (len(col),), 2 + 40 / max(len(col), 1)) or ())
        if 0 in shape or len(col) == 0:  # no kernel: some take int32 shapes (dims >= 2**31)
            return wrap(tf.zeros([*shape, len(col)], I64))
        r = self._rand()
        left = tf.fill(shape, tf.constant(float(ns), F64))
        rest = float(col.sum())
        counts = []
        for c in col[:-1].tolist():
            rest -= c
            g = tf.fill(shape, tf.constant(float(c), F64))
            x = hypergeometric_f64(r, shape, g, tf.fill(shape, tf.constant(rest, F64)), left)
            counts.append(x)
            left = left - x
        counts.append(left)
        return wrap(tf.cast(tf.stack(counts, axis=-1), I64))

    def multivariate_normal(
        self,
        mean: Any,
        cov: Any,
        size: Any = None,
        check_valid: str = "warn",
        tol: float = 1e-8,
        *,
        method: str = "svd",
    ) -> ndarray:
        """Multivariate normal vectors with mean `mean` and covariance `cov`.

        Differs from NumPy: methods 'svd' and 'eigh' both factor `cov` with tf.linalg.eigh; 'cholesky' with
        tf.linalg.cholesky.

        Examples:
            >>> x = tnp_random.default_rng(0).multivariate_normal([0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]], size=5)
            >>> x.shape, x.dtype
            ((5, 2), dtype('float64'))
        """
        if method not in ("svd", "eigh", "cholesky"):
            raise ValueError("method must be one of {'eigh', 'svd', 'cholesky'}")
        m, c = param(mean), param(cov)
        if m.shape.rank != 1:
            raise ValueError("mean must be 1 dimensional")
        if c.shape.rank != 2 or c.shape[0] != c.shape[1]:
            raise ValueError("cov must be 2 dimensional and square")
        if m.shape[0] != c.shape[0]:
            raise ValueError("mean and cov must have same length")
        if check_valid not in ("warn", "raise", "ignore"):
            raise ValueError("check_valid must equal 'warn', 'raise', or 'ignore'")
        cv = static_value(c)
        if check_valid != "ignore" and cv is not None and method != "cholesky":
            _u, s, v = np.linalg.svd(cv)
            if not np.allclose(np.dot(v.T * s, v), cv, rtol=tol, atol=tol):
                msg = "covariance is not symmetric positive-semidefinite."
                if check_valid == "raise":
                    raise ValueError(msg)
                warnings.warn(msg, RuntimeWarning, stacklevel=2)
        k = int(m.shape[0])
        if _is_0d_array(size):  # NumPy slices size[:]
            raise IndexError("too many indices for array: array is 0-dimensional, but 1 were indexed")
        shape = [*(normalize_size(size, np.float64, (k,), 6) or ()), k]
        z = self._rand().normal(shape)
        if method == "cholesky":
            factor = tf.linalg.cholesky(c)  # cov = L L^T; x = z L^T
        else:
            w, vecs = tf.linalg.eigh((c + tf.transpose(c)) / 2.0)
            factor = vecs * tf.sqrt(tf.maximum(w, tf.zeros_like(w)))
        return wrap(m + tf.linalg.matvec(factor, z))

    def dirichlet(self, alpha: Any, size: Any = None) -> ndarray:
        """Dirichlet vectors (each sums to 1) with concentrations `alpha`.

        Differs from NumPy: computed in log space (stable for small alpha).

        Examples:
            >>> x = tnp_random.default_rng(0).dirichlet([1.0, 2.0, 3.0], size=2)
            >>> x.shape, x.sum(axis=-1).round(6)
            ((2, 3), tnp.array([1., 1.]))
        """
        return self._dirichlet(alpha, size, (((lambda v: v["a"] < 0), "alpha < 0"),))

    def _dirichlet(self, alpha: Any, size: Any, checks: Any) -> ndarray:
        a = param(alpha)
        if a.shape.rank == 0:  # NumPy takes len(alpha)
            raise TypeError(f"object of type '{type(alpha).__name__}' has no len()")
        if a.shape.rank != 1:
            raise ValueError("alpha must be a one-dimensional sequence")
        run_checks(("a",), [a], checks)
        k = int(a.shape[0])
        shape = [*(normalize_size(_vector_size(size), np.float64, (k,), 9) or ()), k]
        if 0 in shape:  # no kernel: some take int32 shapes (dims >= 2**31)
            return wrap(tf.zeros(shape, F64))
        lg = self._rand().log_gamma(shape, tf.broadcast_to(a, shape))
        mx = tf.reduce_max(lg, axis=-1, keepdims=True)
        e = tf.exp(lg - tf.where(tf.math.is_finite(mx), mx, tf.zeros_like(mx)))
        return wrap(tf.math.divide_no_nan(e, tf.reduce_sum(e, axis=-1, keepdims=True)))

    # --- permutations and choice ---
    def _perm_indices(self, n: Any, shape: Any = None) -> tf.Tensor:
        """A random permutation of range(n) (or one along the last axis of `shape`, for `permuted`)."""
        if shape is None:  # a stateless shuffle is ~20x faster than sorting random keys
            return tf.random.experimental.stateless_shuffle(tf.range(n), seed=self._rand().key())
        return tf.argsort(self._rand().uniform(shape), axis=-1, stable=True)

    def choice(
        self,
        a: Any,
        size: Any = None,
        replace: bool = True,
        p: Any = None,
        axis: int = 0,
        shuffle: bool = True,
    ) -> ndarray:
        """A random sample from `a` (an array, or `arange(a)` for an int), with or without replacement.

        Differs from NumPy: with `p` and replace=False it uses the Gumbel-top-k trick (the same law as NumPy's
        sequential draws); without `p`, a sample small against the population is drawn whole and its repeats
        redrawn (NumPy: Floyd's algorithm; the same law), and shuffle=False gives it sorted.

        Examples:
            >>> rng = tnp_random.default_rng(0)
            >>> rng.choice(5, size=3, replace=False).shape
            (3,)
            >>> x = rng.choice([10, 20, 30], size=(2, 2), p=[0.5, 0.5, 0.0])
            >>> x.shape, bool((x != 30).all())
            ((2, 2), True)
        """
        arr: tf.Tensor | None = None
        pop: int | None  # None: known only while the graph runs
        ax = 0
        if np.ndim(a) == 0:
            av = static_value(to_tensor(a))
            if av is None or av.dtype.kind not in "iub":
                raise ValueError("a must be a sequence or an integer")
            pop = int(av)
        else:
            arr = to_tensor(a)
            ax = normalize_axis(axis, arr.shape.rank)
            pop = arr.shape[ax]
            pop_t = tf.shape(arr, out_type=I64)[ax]
        if pop is not None and pop <= 0 and (size is None or np.prod(size) != 0):  # NumPy's test, on raw size
            raise ValueError(
                "a must be a positive integer unless no samples are taken"
                if arr is None
                else "a cannot be empty unless no samples are taken"
            )
        shape = _choice_size(size)
        n = 1 if shape is None else math.prod(shape)
        pt = None
        if p is not None:
            pt = param(p)
            if pt.shape.rank != 1:
                raise ValueError("p must be 1-dimensional")
            if pop is not None and pt.shape[0] is not None and pt.shape[0] != pop:
                raise ValueError("a and p must have same size")
            pv = static_value(pt)
            if pv is not None:
                with np.errstate(invalid="ignore"):
                    p_sum = float(np.sum(pv))
                if np.isnan(p_sum):
                    raise ValueError("Probabilities contain NaN")
                if np.any(pv < 0):
                    raise ValueError("Probabilities are not non-negative")
                if abs(p_sum - 1.0) > _SQRT_EPS:
                    raise ValueError(
                        "Probabilities do not sum to 1. See Notes section of docstring for more information."
                    )
                if not replace and np.count_nonzero(pv > 0) < n:
                    raise ValueError("Fewer non-zero entries in p than size")
        if not replace and pop is not None and n > pop:
            raise ValueError("Cannot take a larger sample than population when replace is False")
        sparse = not replace and pt is None and pop is not None and _sparse(pop, n, shuffle)
        _check_choice(shape, arr, ax, pop, not replace and n > 0 and not sparse, sparse)
        r = self._rand()
        if arr is None:
            pop_t = tf.constant(pop, I64)
        if n == 0:
            idx = tf.zeros([0], I64)
        elif replace and pt is None:
            idx = tf.cast(below(r, [n], tf.cast(pop_t, U64), pop is not None and pop <= 2**32), I64)
        elif sparse:
            idx = _distinct(r, pop, n) if shuffle else tf.sort(_distinct(r, pop, n))
        elif replace:
            cdf = tf.cumsum(pt)
            cdf = cdf / cdf[-1]
            idx = tf.minimum(tf.searchsorted(cdf, r.uniform([n]), side="right", out_type=I64), pop_t - 1)
        else:
            keys = r.uniform(pop_t[None])
            if pt is not None:
                keys = tf.math.log(pt) - tf.math.log(
                    -tf.math.log(tf.where(keys == 0.0, tf.fill(tf.shape(keys), tf.constant(0.5, F64)), keys))
                )
            idx = tf.cast(tf.math.top_k(keys, n).indices, I64)
            if not shuffle:
                idx = tf.sort(idx)
        idx = tf.reshape(idx, [] if shape is None else list(shape))
        if arr is None:
            return wrap(idx)
        return wrap(tf.gather(arr, idx, axis=ax))

    def permutation(self, x: Any, axis: int = 0) -> ndarray:
        """A permuted `arange(x)` for an int, else a shuffled copy of `x` along `axis`.

        Examples:
            >>> p = tnp_random.default_rng(0).permutation(5)
            >>> sorted(p.tolist())
            [0, 1, 2, 3, 4]
        """
        if isinstance(x, (int, np.integer)):  # NumPy permutes arange(x): empty for x <= 0
            if int(x) >= 2**64 or float(x) < -(2.0**63):
                raise ValueError("Maximum allowed size exceeded")  # np.arange's
            n = max(int(x), 0)
            check_allocatable([n], np.int64, _PERM_WORK)
            return wrap(tf.cast(self._perm_indices(n), I64))
        t = to_tensor(x)
        ax = normalize_axis(axis, t.shape.rank)
        if t.shape.num_elements() == 0:
            return wrap(t)
        return wrap(tf.gather(t, self._perm_indices(tf.shape(t, out_type=I64)[ax]), axis=ax))

    def shuffle(self, x: Any, axis: int = 0) -> None:
        """Shuffle `x` in place along `axis`.

        Differs from NumPy: a tnp array is shuffled by rebinding its tensor (`x._t`); NumPy arrays,
        tf.Variables and lists also work.

        Examples:
            >>> x = [1, 2, 3, 4]
            >>> tnp_random.default_rng(0).shuffle(x)
            >>> sorted(x)
            [1, 2, 3, 4]
        """
        if isinstance(x, list):
            perm = self._perm_indices(len(x)).numpy().tolist()
            x[:] = [x[i] for i in perm]
            return
        if not isinstance(x, (ndarray, np.ndarray, tf.Variable)):
            raise TypeError("shuffle needs a tnp.ndarray, a numpy.ndarray, a tf.Variable or a list")
        t = to_tensor(x)
        if t.shape.rank == 0:
            raise TypeError("len() of unsized object")
        ax = normalize_axis(axis, t.shape.rank)
        if t.shape.num_elements() == 0:
            return
        res = tf.gather(t, self._perm_indices(tf.shape(t, out_type=I64)[ax]), axis=ax)
        if isinstance(x, ndarray):
            x._t = res
        elif isinstance(x, tf.Variable):
            x.assign(res)
        else:
            x[...] = res.numpy()

    def permuted(self, x: Any, *, axis: int | None = None, out: Any = None) -> ndarray:
        """A copy of `x` with each slice along `axis` shuffled independently (axis=None: all elements).

        Examples:
            >>> x = tnp_random.default_rng(0).permuted([[1, 2, 3], [4, 5, 6]], axis=1)
            >>> x.shape, sorted(x[1].tolist())
            ((2, 3), [4, 5, 6])
        """
        t = to_tensor(x)
        if out is not None:
            if not isinstance(out, ndarray):
                raise TypeError("out must be a tnp.ndarray")
            if tuple(out.shape) != tuple(t.shape.as_list()):
                raise ValueError("out must have the same shape as x")
            x_dtype = as_np_dtype(t.dtype)
            if not np.can_cast(x_dtype, out.dtype, "safe"):  # NumPy's np.copyto(out, x, casting='safe')
                raise TypeError(
                    f"Cannot cast array data from {x_dtype!r} to {out.dtype!r} according to the rule 'safe'"
                )
        ax = None if axis is None else normalize_axis(axis, t.shape.rank)
        if t.shape.num_elements() == 0:
            res = t
        elif ax is None:
            flat = tf.reshape(t, [-1])
            res = tf.reshape(tf.gather(flat, self._perm_indices(tf.size(flat, out_type=I64))), tf.shape(t))
        else:
            moved = tf.experimental.numpy.moveaxis(t, ax, -1)
            idx = self._perm_indices(None, tf.shape(moved, out_type=I64))
            res = tf.experimental.numpy.moveaxis(tf.gather(moved, idx, batch_dims=t.shape.rank - 1), -1, ax)
        if out is None:
            return wrap(res)
        target: ndarray = out
        target._t = cast(res, target._t.dtype)
        return target

    def bytes(self, length: int) -> bytes:
        """`length` random bytes.

        Differs from NumPy: eager only (the result is a Python `bytes` object).

        Examples:
            >>> b = tnp_random.default_rng(0).bytes(10)
            >>> type(b), len(b)
            (<class 'bytes'>, 10)
        """
        n = c_long(length)
        # NumPy's buffer: (n - 1) / 4 + 1 uint32 words (C division), sliced [:n] (so some n < 0 give bytes)
        words = ((n - 1) // 4 if n >= 1 else -((1 - n) // 4)) + 1
        if words < 0:
            raise ValueError("negative dimensions are not allowed")
        check_allocatable([words], np.uint32, 2)  # the bits, and their copies as NumPy and Python bytes
        raw = self._rand().bits([(words + 1) // 2]).numpy().tobytes()[: 4 * words]
        return bytes(raw[:n])

    def spawn(self, n_children: int) -> list[Generator]:
        """`n_children` independent child generators (SeedSequence spawning).

        Examples:
            >>> tnp_random.default_rng(0).spawn(2)
            [Generator(Philox), Generator(Philox)]
        """
        return [Generator(b) for b in self._bg.spawn(n_children)]


# A TensorFlow error that the checks above did not foresee (an allocation failing below the memory budget, ...)
# leaves every public method as NumPy's exception type (MemoryError, ValueError, ...), never as tf.errors.*.
for _name, _method in list(vars(Generator).items()):
    if not _name.startswith("_") and inspect.isfunction(_method):
        setattr(Generator, _name, translating(_method))


def default_rng(seed: Any = None) -> Generator:
    """A new `Generator` on a Philox bit generator seeded by `seed`.

    `seed`: None (fresh OS entropy), an int >= 0, a sequence of ints, a SeedSequence, a Philox, or a Generator
    (returned as is). Differs from NumPy: the stream is Philox's (TensorFlow), so the same seed gives numbers
    other than NumPy's; it is the same across runs, processes and platforms, eagerly and inside `tf.function`.

    Examples:
        >>> a = tnp_random.default_rng(42).random(3)
        >>> b = tnp_random.default_rng(42).random(3)
        >>> bool((a == b).all()), a.shape, a.dtype
        (True, (3,), dtype('float64'))
    """
    if isinstance(seed, Generator):
        return seed
    if isinstance(seed, Philox):
        return Generator(seed)
    return Generator(Philox(seed))


__all__ = ["Generator", "default_rng"]
