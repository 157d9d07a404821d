"""tnp-random: numpy.random on TensorFlow (Philox, counter-based; tf.function-safe).

`default_rng(seed)` gives a `Generator` with every `numpy.random.Generator` method; the legacy module
functions (`seed`, `rand`, `normal`, ...) and `RandomState` draw from a lazily made, lock-guarded global
generator. Results are tnp arrays (size=None gives a 0-d array where NumPy returns a scalar). The streams
differ from NumPy's (PCG64/MT19937); the same seed gives the same stream across runs and processes, eagerly
and inside tf.function. Examples use `import tnp_random` (the same module is `tnp.random` in the `tnp`
meta-package):

Examples:
    >>> import tnp_random
    >>> rng = tnp_random.default_rng(0)
    >>> rng.standard_normal((2, 3)).shape
    (2, 3)
"""

from __future__ import annotations

from ._bitgen import (
    MT19937 as MT19937,
    PCG64 as PCG64,
    PCG64DXSM as PCG64DXSM,
    SFC64 as SFC64,
    BitGenerator as BitGenerator,
    Philox as Philox,
    SeedSequence as SeedSequence,
)
from ._generator import Generator as Generator, default_rng as default_rng
from ._legacy import (
    RandomState as RandomState,
    beta as beta,
    binomial as binomial,
    bytes as bytes,
    chisquare as chisquare,
    choice as choice,
    dirichlet as dirichlet,
    exponential as exponential,
    f as f,
    gamma as gamma,
    geometric as geometric,
    get_bit_generator as get_bit_generator,
    get_state as get_state,
    gumbel as gumbel,
    hypergeometric as hypergeometric,
    laplace as laplace,
    logistic as logistic,
    lognormal as lognormal,
    logseries as logseries,
    multinomial as multinomial,
    multivariate_normal as multivariate_normal,
    negative_binomial as negative_binomial,
    noncentral_chisquare as noncentral_chisquare,
    noncentral_f as noncentral_f,
    normal as normal,
    pareto as pareto,
    permutation as permutation,
    poisson as poisson,
    power as power,
    rand as rand,
    randint as randint,
    randn as randn,
    random as random,
    random_integers as random_integers,
    random_sample as random_sample,
    ranf as ranf,
    rayleigh as rayleigh,
    sample as sample,
    seed as seed,
    set_bit_generator as set_bit_generator,
    set_state as set_state,
    shuffle as shuffle,
    standard_cauchy as standard_cauchy,
    standard_exponential as standard_exponential,
    standard_gamma as standard_gamma,
    standard_normal as standard_normal,
    standard_t as standard_t,
    triangular as triangular,
    uniform as uniform,
    vonmises as vonmises,
    wald as wald,
    weibull as weibull,
    zipf as zipf,
)
from ._version import __version__ as __version__

__all__ = [
    "BitGenerator", "Generator", "MT19937", "PCG64", "PCG64DXSM", "Philox", "RandomState", "SFC64",
    "SeedSequence", "__version__", "beta", "binomial", "bytes", "chisquare", "choice", "default_rng",
    "dirichlet", "exponential", "f", "gamma", "geometric", "get_bit_generator", "get_state", "gumbel",
    "hypergeometric", "laplace", "logistic", "lognormal", "logseries", "multinomial", "multivariate_normal",
    "negative_binomial", "noncentral_chisquare", "noncentral_f", "normal", "pareto", "permutation", "poisson",
    "power", "rand", "randint", "randn", "random", "random_integers", "random_sample", "ranf", "rayleigh",
    "sample", "seed", "set_bit_generator", "set_state", "shuffle", "standard_cauchy", "standard_exponential",
    "standard_gamma", "standard_normal", "standard_t", "triangular", "uniform", "vonmises", "wald", "weibull",
    "zipf",
]  # fmt: skip
