"""The distribution table: parameters, NumPy's parameter checks and a TensorFlow kernel per sampler.

Every kernel takes `(r, shape, *params)` with the parameters already broadcast to `shape` (float64, or int64
where NumPy takes integers) and returns a float64 or int64 tensor. Algorithms follow NumPy's where it matters
for the law (e.g. Kemp's logseries, Best-Fisher von Mises, NumPy's zipf rejection); the streams differ from
NumPy's.
"""

from __future__ import annotations

import math
import operator
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import tensorflow as tf
from numpy._core._exceptions import _ArrayMemoryError  # NumPy's MemoryError subclass (and message)
from tnp_core.extending import as_np_dtype, cast, check_allocatable as _check_allocatable, ndarray, to_tensor

from ._sampling import F64, I64, Rand, Shape, lchoose, rejection, search, wrap_angle

Check = tuple[Callable[..., Any], str]
_POISSON_LAM_MAX = float(np.iinfo(np.int64).max - np.sqrt(np.iinfo(np.int64).max) * 10)
_HYPERGEOM_MAX = 10**9  # Generator.hypergeometric's bound on ngood and nbad


@dataclass(frozen=True)
class Dist:
    params: tuple[str, ...]
    kernel: Callable[..., tf.Tensor]
    checks: tuple[Check, ...] = ()
    ints: tuple[str, ...] = ()  # parameters NumPy converts to int64
    out: tf.DType = F64


def _lt0(name: str) -> Check:
    """NumPy's non-negative constraint: the sign bit, so -0.0 fails too (NaN passes)."""
    return (lambda v: np.signbit(v[name]) & ~np.isnan(v[name])), f"{name} < 0"


def _le0(name: str) -> Check:
    return (lambda v: v[name] <= 0), f"{name} <= 0"


def _uniform(r: Rand, s: Shape, low: tf.Tensor, high: tf.Tensor) -> tf.Tensor:
    return low + (high - low) * r.uniform(s)


def _normal(r: Rand, s: Shape, loc: tf.Tensor, scale: tf.Tensor) -> tf.Tensor:
    return loc + scale * r.normal(s)


def _chisq(r: Rand, s: Shape, df: tf.Tensor) -> tf.Tensor:
    return 2.0 * r.gamma(s, df / 2.0)


def _ncchisq(r: Rand, s: Shape, df: tf.Tensor, nonc: tf.Tensor) -> tf.Tensor:
    # A Poisson(nonc/2) mixture of central chi-squares: valid for every df > 0.
    return 2.0 * r.gamma(s, df / 2.0 + r.poisson(s, nonc / 2.0))


def _beta(r: Rand, s: Shape, a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    return tf.sigmoid(r.log_gamma(s, a) - r.log_gamma(s, b))  # X / (X + Y) computed in log space


def _laplace(r: Rand, s: Shape, loc: tf.Tensor, scale: tf.Tensor) -> tf.Tensor:
    u = r.open01(s)
    return tf.where(u >= 0.5, loc - scale * tf.math.log(2.0 - 2.0 * u), loc + scale * tf.math.log(2.0 * u))


def _logistic(r: Rand, s: Shape, loc: tf.Tensor, scale: tf.Tensor) -> tf.Tensor:
    u = r.open01(s)
    return loc + scale * tf.math.log(u / (1.0 - u))


def _gumbel(r: Rand, s: Shape, loc: tf.Tensor, scale: tf.Tensor) -> tf.Tensor:
    return loc - scale * tf.math.log(-tf.math.log(r.open01(s)))


def _weibull(r: Rand, s: Shape, a: tf.Tensor) -> tf.Tensor:
    x = tf.pow(r.exponential(s), 1.0 / tf.where(a == 0, tf.ones_like(a), a))
    return tf.where(a == 0, tf.zeros_like(x), x)


def _wald(r: Rand, s: Shape, mean: tf.Tensor, scale: tf.Tensor) -> tf.Tensor:
    y = r.normal(s)
    y = mean * y * y
    x = mean - 2.0 * mean * y / (y + tf.sqrt(4.0 * scale * y + y * y))  # NumPy's cancellation-free form
    return tf.where(r.uniform(s) <= mean / (mean + x), x, mean * mean / x)


def _vonmises(r: Rand, s: Shape, mu: tf.Tensor, kappa: tf.Tensor) -> tf.Tensor:
    nan = tf.math.is_nan(kappa)  # NumPy's NaN (the rejection loop would not end)
    k = tf.clip_by_value(tf.where(nan, tf.ones_like(kappa), kappa), 1e-8, 1e6)
    rr = 1.0 + tf.sqrt(1.0 + 4.0 * k * k)
    rho = (rr - tf.sqrt(2.0 * rr)) / (2.0 * k)
    sv = tf.where(k < 1e-5, 1.0 / k + k, (1.0 + rho * rho) / (2.0 * rho))

    def propose(q: Rand) -> tuple[tf.Tensor, tf.Tensor]:  # Best & Fisher (1979), as NumPy
        z = tf.cos(math.pi * q.uniform(s))
        w = (1.0 + sv * z) / (sv + z)
        y = k * (sv - w)
        v = q.open01(s)
        ok = (y * (2.0 - y) - v >= 0) | (tf.math.log(y / v) + 1.0 - y >= 0)
        return w, ok

    w = rejection(r, s, propose)
    ang = tf.acos(tf.clip_by_value(w, -1.0, 1.0))
    res = wrap_angle(tf.where(r.uniform(s) < 0.5, -ang, ang) + mu)
    res = tf.where(kappa > 1e6, wrap_angle(mu + r.normal(s) / tf.sqrt(tf.maximum(kappa, k))), res)
    res = tf.where(kappa < 1e-8, math.pi * (2.0 * r.uniform(s) - 1.0), res)
    return tf.where(nan, kappa, res)


def _triangular(r: Rand, s: Shape, left: tf.Tensor, mode: tf.Tensor, right: tf.Tensor) -> tf.Tensor:
    base = right - left
    lb = mode - left
    u = r.uniform(s)
    lo = left + tf.sqrt(u * lb * base)
    hi = right - tf.sqrt((1.0 - u) * (right - mode) * base)
    return tf.where(u <= lb / base, lo, hi)


def _logseries(r: Rand, s: Shape, p: tf.Tensor) -> tf.Tensor:
    v = r.uniform(s)
    q = -tf.math.expm1(tf.math.log1p(-p) * r.open01(s))
    k = tf.floor(1.0 + tf.math.log(v) / tf.math.log(q))  # Kemp's LK algorithm, as NumPy
    res = tf.where(v <= q * q, k, 2.0 - tf.cast(v >= q, F64))
    return tf.cast(tf.where((v >= p) | (v == 0) | (res < 1), tf.ones_like(res), res), I64)


_INT64_MAX_F = 2.0**63


def _geometric(r: Rand, s: Shape, p: tf.Tensor) -> tf.Tensor:
    k = tf.math.ceil(tf.math.log(r.open01(s)) / tf.math.log1p(-p))
    big = k >= _INT64_MAX_F  # NumPy's int64 max for counts past it
    k = tf.cast(tf.where(big, tf.ones_like(k), tf.maximum(k, tf.ones_like(k))), I64)
    return tf.where(big, tf.fill(tf.shape(k), tf.constant(np.iinfo(np.int64).max, I64)), k)


def _negbin(r: Rand, s: Shape, n: tf.Tensor, p: tf.Tensor) -> tf.Tensor:
    k = r.poisson(s, r.gamma(s, n) * (1.0 - p) / p)
    return tf.cast(tf.where(tf.math.is_nan(k), tf.zeros_like(k), k), I64)  # NumPy's Poisson(NaN) is 0


def _zipf(r: Rand, s: Shape, a: tf.Tensor) -> tf.Tensor:
    huge = (a >= 1025.0) | tf.math.is_nan(a)  # NumPy returns 1 (the loop below would not end; NaN: unchecked)
    am1 = tf.where(huge, tf.ones_like(a), a - 1.0)
    b = tf.pow(tf.fill(tf.shape(am1), tf.constant(2.0, F64)), am1)
    umin = tf.pow(tf.fill(tf.shape(am1), tf.constant(_INT64_MAX_F, F64)), -am1)

    def propose(q: Rand) -> tuple[tf.Tensor, tf.Tensor]:  # NumPy's rejection algorithm (Devroye)
        u01 = q.uniform(s)
        u = u01 * umin + (1.0 - u01)  # x below 2**63
        v = q.uniform(s)
        x = tf.floor(tf.pow(u, -1.0 / am1))
        valid = (x >= 1.0) & (x < _INT64_MAX_F)
        xs = tf.where(valid, x, tf.ones_like(x))
        t = tf.pow(1.0 + 1.0 / xs, am1)
        return xs, valid & (v * xs * (t - 1.0) / (b - 1.0) <= t / b)

    x = rejection(r, s, propose)
    return tf.cast(tf.where(huge, tf.ones_like(x), x), I64)


def hypergeometric_f64(r: Rand, s: Shape, good: tf.Tensor, bad: tf.Tensor, n: tf.Tensor) -> tf.Tensor:
    """Inverse-CDF search over a window of +-(12 sd + 30) around the mean, clipped to the support."""
    total = good + bad
    kmin = tf.maximum(tf.zeros_like(n), n - bad)
    kmax = tf.minimum(n, good)
    mean = n * good / tf.maximum(total, tf.ones_like(total))
    var = (
        mean
        * (bad / tf.maximum(total, tf.ones_like(total)))
        * (total - n)
        / tf.maximum(total - 1.0, tf.ones_like(total))
    )
    width = 12.0 * tf.sqrt(tf.maximum(var, tf.zeros_like(var))) + 30.0
    lo = tf.maximum(kmin, tf.floor(mean - width))
    hi = tf.minimum(kmax, tf.math.ceil(mean + width))
    g, b, m, lnorm = good[..., None], bad[..., None], n[..., None], lchoose(total, n)[..., None]
    return search(r.uniform(s), lo, hi, lambda k: lchoose(g, k) + lchoose(b, m - k) - lnorm)


def _hypergeometric(r: Rand, s: Shape, good: tf.Tensor, bad: tf.Tensor, n: tf.Tensor) -> tf.Tensor:
    f = [tf.cast(x, F64) for x in (good, bad, n)]
    return tf.cast(hypergeometric_f64(r, s, *f), I64)


_NEGBIN_P: Check = (lambda v: ~((v["p"] > 0) & (v["p"] <= 1))), "p <= 0, p > 1 or p contains NaNs"
DISTS: dict[str, Dist] = {
    "uniform": Dist(("low", "high"), _uniform, (((lambda v: v["high"] - v["low"] < 0), "high - low < 0"),)),
    "legacy_uniform": Dist(("low", "high"), _uniform),  # RandomState.uniform accepts high < low
    "normal": Dist(("loc", "scale"), _normal, (_lt0("scale"),)),
    "standard_normal": Dist((), lambda r, s: r.normal(s)),
    "random": Dist((), lambda r, s: r.uniform(s)),
    "standard_exponential": Dist((), lambda r, s: r.exponential(s)),
    "exponential": Dist(("scale",), lambda r, s, scale: scale * r.exponential(s), (_lt0("scale"),)),
    "standard_gamma": Dist(("shape",), lambda r, s, a: r.gamma(s, a), (_lt0("shape"),)),
    "gamma": Dist(("shape", "scale"), lambda r, s, a, sc: sc * r.gamma(s, a), (_lt0("shape"), _lt0("scale"))),
    "beta": Dist(("a", "b"), _beta, (_le0("a"), _le0("b"))),
    "chisquare": Dist(("df",), _chisq, (_le0("df"),)),
    "noncentral_chisquare": Dist(("df", "nonc"), _ncchisq, (_le0("df"), _lt0("nonc"))),
    "f": Dist(
        ("dfnum", "dfden"),
        lambda r, s, dn, dd: (_chisq(r, s, dn) / dn) / (_chisq(r, s, dd) / dd),
        (_le0("dfnum"), _le0("dfden")),
    ),
    "noncentral_f": Dist(
        ("dfnum", "dfden", "nonc"),
        lambda r, s, dn, dd, nc: (_ncchisq(r, s, dn, nc) * dd) / (_chisq(r, s, dd) * dn),
        (_le0("dfnum"), _le0("dfden"), _lt0("nonc")),
    ),
    "standard_t": Dist(("df",), lambda r, s, df: r.normal(s) / tf.sqrt(_chisq(r, s, df) / df), (_le0("df"),)),
    "standard_cauchy": Dist((), lambda r, s: r.normal(s) / r.normal(s)),
    "laplace": Dist(("loc", "scale"), _laplace, (_lt0("scale"),)),
    "logistic": Dist(("loc", "scale"), _logistic, (_lt0("scale"),)),
    "lognormal": Dist(("mean", "sigma"), lambda r, s, m, sg: tf.exp(m + sg * r.normal(s)), (_lt0("sigma"),)),
    "logseries": Dist(
        ("p",),
        _logseries,
        (((lambda v: ~((v["p"] >= 0) & (v["p"] < 1))), "p < 0, p >= 1 or p is NaN"),),
        out=I64,
    ),
    "gumbel": Dist(("loc", "scale"), _gumbel, (_lt0("scale"),)),
    "weibull": Dist(("a",), _weibull, (_lt0("a"),)),
    "pareto": Dist(("a",), lambda r, s, a: tf.math.expm1(r.exponential(s) / a), (_le0("a"),)),
    "power": Dist(("a",), lambda r, s, a: tf.pow(-tf.math.expm1(-r.exponential(s)), 1.0 / a), (_le0("a"),)),
    "rayleigh": Dist(("scale",), lambda r, s, sc: sc * tf.sqrt(2.0 * r.exponential(s)), (_lt0("scale"),)),
    "wald": Dist(("mean", "scale"), _wald, (_le0("mean"), _le0("scale"))),
    "vonmises": Dist(("mu", "kappa"), _vonmises, (_lt0("kappa"),)),
    "triangular": Dist(
        ("left", "mode", "right"),
        _triangular,
        (
            ((lambda v: v["left"] > v["mode"]), "left > mode"),
            ((lambda v: v["mode"] > v["right"]), "mode > right"),
            ((lambda v: v["left"] == v["right"]), "left == right"),
        ),
    ),
    "poisson": Dist(
        ("lam",),
        lambda r, s, lam: tf.cast(r.poisson(s, lam), I64),
        (
            ((lambda v: ~(v["lam"] >= 0)), "lam < 0 or lam is NaN"),
            ((lambda v: v["lam"] > _POISSON_LAM_MAX), "lam value too large"),
        ),
        out=I64,
    ),
    "binomial": Dist(
        ("n", "p"),
        lambda r, s, n, p: r.binomial(s, n, p),
        (_lt0("n"), ((lambda v: ~((v["p"] >= 0) & (v["p"] <= 1))), "p < 0, p > 1 or p is NaN")),
        ints=("n",),
        out=I64,
    ),
    "negative_binomial": Dist(
        ("n", "p"),
        _negbin,
        (
            ((lambda v: np.isnan(v["n"])), "n must not be NaN"),
            _le0("n"),
            _NEGBIN_P,
            (
                (
                    lambda v: (
                        ~((1.0 - v["p"]) / v["p"] * (v["n"] + 10.0 * np.sqrt(v["n"])) <= _POISSON_LAM_MAX)
                    )
                ),
                "n too large or p too small, see Generator.negative_binomial Notes",
            ),
        ),
        out=I64,
    ),
    # RandomState's: NaN n passes, and no bound on the Poisson mean (NumPy's counts overflow there)
    "legacy_negative_binomial": Dist(("n", "p"), _negbin, (_le0("n"), _NEGBIN_P), out=I64),
    "geometric": Dist(
        ("p",),
        _geometric,
        (((lambda v: ~((v["p"] > 0) & (v["p"] <= 1))), "p <= 0, p > 1 or p contains NaNs"),),
        out=I64,
    ),
    "hypergeometric": Dist(
        ("ngood", "nbad", "nsample"),
        _hypergeometric,
        (
            (
                (lambda v: (v["ngood"] >= _HYPERGEOM_MAX) | (v["nbad"] >= _HYPERGEOM_MAX)),
                f"both ngood and nbad must be less than {_HYPERGEOM_MAX}",
            ),
            ((lambda v: v["ngood"] < 0), "ngood < 0"),
            ((lambda v: v["nbad"] < 0), "nbad < 0"),
            ((lambda v: v["nsample"] < 0), "nsample < 0"),
            ((lambda v: v["ngood"] + v["nbad"] < v["nsample"]), "ngood + nbad < nsample"),
        ),
        ints=("ngood", "nbad", "nsample"),
        out=I64,
    ),
    "zipf": Dist(("a",), _zipf, (((lambda v: ~(v["a"] > 1)), "a <= 1 or a is NaN"),), out=I64),
}
# RandomState.hypergeometric checks nsample < 1 (Generator's accepts nsample = 0)
DISTS["legacy_hypergeometric"] = Dist(
    DISTS["hypergeometric"].params,
    _hypergeometric,
    (
        ((lambda v: v["ngood"] < 0), "ngood < 0"),
        ((lambda v: v["nbad"] < 0), "nbad < 0"),
        ((lambda v: v["nsample"] < 1), "nsample < 1 or nsample is NaN"),
        ((lambda v: v["ngood"] + v["nbad"] < v["nsample"]), "ngood + nbad < nsample"),
    ),
    ints=DISTS["hypergeometric"].ints,
    out=I64,
)
# A kernel's peak memory, in float64 arrays of the result's shape (measured with scalar parameters, rounded up;
# WORK_DEFAULT for the others). A draw whose peak exceeds half the machine's memory raises MemoryError up front.
WORK_DEFAULT = 10
WORK = {
    "random": 4, "standard_normal": 4, "poisson": 3, "standard_exponential": 5, "exponential": 5,
    "standard_cauchy": 5, "pareto": 5, "power": 5, "rayleigh": 5, "geometric": 5, "binomial": 5, "normal": 6,
    "lognormal": 6, "gumbel": 6, "weibull": 6, "uniform": 7, "legacy_uniform": 7, "logistic": 7, "laplace": 8,
    "f": 12, "noncentral_f": 12, "triangular": 12, "zipf": 18, "vonmises": 20, "hypergeometric": 40,
    "legacy_hypergeometric": 40,
}  # fmt: skip
_INT64_MAX = 2**63 - 1


def _dim(d: Any) -> int:
    """One entry of a shape, as NumPy reads it: an integer (not a bool) below 2**63."""
    if isinstance(d, (bool, np.bool_)):
        raise TypeError("an integer is required")
    n = operator.index(d)  # NumPy's TypeError for floats, arrays, strings, lists, ...
    if n > _INT64_MAX:
        raise ValueError("Maximum allowed dimension exceeded")
    return n


def _is_sequence(x: Any) -> bool:
    return (
        hasattr(x, "__len__")
        and hasattr(x, "__getitem__")
        and not isinstance(x, dict)
        and (getattr(x, "ndim", 1) != 0)
    )


def read_size(size: Any) -> tuple[int, ...] | None:
    """NumPy's reading of `size`: None, an int or a sequence of ints (TypeError for bools, floats and nested
    sequences, then ValueError for negative dims); no memory check."""
    if size is None:
        return None
    if type(size) is int:
        dims: tuple[int, ...] = (_dim(size),)
    elif not _is_sequence(size):
        if isinstance(size, (bool, np.bool_)) or not hasattr(size, "__index__"):
            raise TypeError(f"expected a sequence of integers or a single integer, got '{size!r}'")
        dims = (_dim(size),)
    else:
        dims = tuple([_dim(d) for d in size])
    if min(dims, default=0) < 0:
        raise ValueError("negative dimensions are not allowed")
    return dims


def normalize_size(
    size: Any, dtype: Any = np.float64, trailing: tuple[int, ...] = (), work: float = WORK_DEFAULT
) -> tuple[int, ...] | None:
    """`read_size(size)`, then NumPy's MemoryError/ValueError up front when the result, of shape
    `size + trailing` and `dtype`, cannot be allocated or its sampling needs too much memory (see
    `check_allocatable`). Host-side checks only."""
    dims = read_size(size)
    if dims is not None:
        check_size((*dims, *trailing), dtype, work)
    return dims


def check_size(shape: tuple[int, ...], dtype: Any = np.float64, work: float = WORK_DEFAULT) -> None:
    """`check_allocatable` behind a cheap element-count test (most sizes are small: the hot path)."""
    if math.prod(shape) > _CHECKED_ELEMENTS:
        check_allocatable(shape, dtype, work)


def _memory_budget() -> int:
    """Half the machine's memory (or of the address-space limit, when lower): the most one draw may take."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # not POSIX
        return 2**63
    try:
        import resource

        limit = resource.getrlimit(resource.RLIMIT_AS)[0]
        if limit != resource.RLIM_INFINITY:
            total = min(total, limit)
    except (ImportError, ValueError, OSError):
        pass
    return int(total) // 2


_BUDGET = _memory_budget()
# No size check below this many elements (the hot path): 2**24 * 8 * max(WORK) bytes fit the budget.
_CHECKED_ELEMENTS = 2**24


def check_allocatable(shape: Any, dtype: Any = np.float64, work: float = WORK_DEFAULT) -> None:
    """NumPy's MemoryError (ValueError past 2**63 bytes) for a static result shape too large to allocate, or
    whose sampling needs more than half the machine's memory: `work` float64 arrays of `shape` (the sampler's
    TensorFlow temporaries, which would otherwise fail inside TensorFlow, or take the machine's memory)."""
    if not isinstance(shape, (list, tuple)):
        return
    d = np.dtype(as_np_dtype(dtype))
    try:
        _check_allocatable(shape, d)
    except MemoryError:
        raise _ArrayMemoryError(tuple(shape), d) from None
    need = math.prod(shape) * 8 * work
    if need > _BUDGET:
        exc = _ArrayMemoryError(tuple(shape), d)
        if sys.version_info >= (3, 11):
            exc.add_note(
                f"tnp.random: sampling it takes about {need / 2**30:.1f} GiB of TensorFlow temporaries, more "
                f"than the {_BUDGET / 2**30:.1f} GiB (half the memory) one draw may use"
            )
        raise exc


def c_long(x: Any) -> int:
    """NumPy's reading of an argument typed as a C long (`bytes(length)`, legacy `multinomial(n, ...)`): int()
    of a number (floats truncate), TypeError for other objects, OverflowError beyond int64."""
    if isinstance(x, (str, bytes)) or not (hasattr(x, "__int__") or hasattr(x, "__index__")):
        raise TypeError("an integer is required")
    n = int(x)
    if not -_INT64_MAX - 1 <= n <= _INT64_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return n


def static_value(t: tf.Tensor) -> np.ndarray[Any, Any] | None:
    """The value of `t` when known without running a graph (eager tensors, constants while tracing)."""
    v = tf.get_static_value(t)
    return None if v is None else np.asarray(v)


def run_checks(names: tuple[str, ...], ts: list[tf.Tensor], checks: tuple[Check, ...]) -> None:
    """NumPy's parameter checks (ValueError) on the values known statically (skipped for graph values)."""
    if not checks:
        return
    vals = {n: static_value(t) for n, t in zip(names, ts)}
    if any(v is None for v in vals.values()):
        return
    with np.errstate(invalid="ignore", over="ignore"):
        for pred, msg in checks:
            if np.any(pred(vals)):
                raise ValueError(msg)


def out_shape(
    ts: list[tf.Tensor], size: tuple[int, ...] | None, dtype: Any = np.float64, work: float = WORK_DEFAULT
) -> Shape:
    """The result shape: `size` (the parameters must broadcast to it) or the parameters' broadcast shape (checked
    as `check_allocatable(shape, dtype, work)`)."""
    shapes = [t.shape for t in ts]
    if all(s.is_fully_defined() for s in shapes):
        static = [tuple(s.as_list()) for s in shapes]
        if size is None:
            shape = list(np.broadcast_shapes(*static))
            check_allocatable(shape, dtype, work)
            return shape
        if np.broadcast_shapes(size, *static) != size:
            raise ValueError(
                f"shape mismatch: parameters of shapes {static} cannot be broadcast to size {size}"
            )
        return list(size)
    if size is not None:
        return list(size)
    dyn = tf.shape(ts[0], out_type=I64)
    for t in ts[1:]:
        dyn = tf.broadcast_dynamic_shape(dyn, tf.shape(t, out_type=I64))
    return dyn


def _int_param(x: Any) -> Any:
    """An integer parameter as NumPy converts it: an array must cast safely to int64 (TypeError for floats);
    numbers and lists go through int() (floats truncate; ValueError for NaN, OverflowError for inf)."""
    if type(x) is int and -_INT64_MAX - 1 <= x <= _INT64_MAX:
        return x
    if isinstance(x, (np.ndarray, ndarray, tf.Tensor, tf.Variable)):
        d = as_np_dtype(x.dtype)
        if not np.can_cast(d, np.int64):
            raise TypeError(
                f"Cannot cast array data from {d!r} to dtype('int64') according to the rule 'safe'"
            )
        return x
    if isinstance(x, (str, bytes)):
        raise TypeError("an integer is required")
    return np.asarray(x, dtype=np.int64)


def param(x: Any, is_int: bool = False) -> tf.Tensor:
    """A distribution parameter as NumPy converts it: float64 (int64 for integer parameters; Python ints beyond
    64 bits become floats, as NumPy's, and OverflowError past the float range)."""
    if is_int:
        x = _int_param(x)
    elif type(x) is int and not -(2**63) <= x < 2**64:
        x = float(x)
    elif isinstance(x, (list, tuple)):
        try:
            x = to_tensor(x)
        except (TypeError, OverflowError):  # ints beyond 64 bits, None, strings: NumPy's float conversion
            x = np.asarray(x, np.float64)
    t = to_tensor(x)
    if t.dtype.is_complex:
        raise TypeError("distribution parameters must be real, got a complex value")
    return cast(t, I64 if is_int else F64)


def draw(
    rand: Callable[[], Rand], name: str, args: tuple[Any, ...], size: Any, dtype: Any = None
) -> tf.Tensor:
    """Sample distribution `name` with parameters `args` (broadcast as NumPy) and `size` (NumPy's result
    dtype `dtype`, by default the kernel's, for the allocation check). `rand()` gives the streams, taken after
    the checks: a call that raises leaves the generator's state as it was (as NumPy's)."""
    spec = DISTS[name]
    ts = [param(a, p in spec.ints) for a, p in zip(args, spec.params)]
    run_checks(spec.params, ts, spec.checks)
    dtype = spec.out if dtype is None else dtype
    work = WORK.get(name, WORK_DEFAULT)
    shape = out_shape(ts, normalize_size(size, dtype, (), work), dtype, work)
    if isinstance(shape, list) and 0 in shape:  # no kernel: some take int32 shapes (dims >= 2**31)
        return tf.zeros(shape, spec.out)
    return spec.kernel(rand(), shape, *[tf.broadcast_to(t, shape) for t in ts])


__all__ = [
    "DISTS", "WORK", "WORK_DEFAULT", "Dist", "c_long", "check_allocatable", "check_size", "draw",
    "hypergeometric_f64", "normalize_size", "out_shape", "param", "read_size", "run_checks", "static_value",
]  # fmt: skip
