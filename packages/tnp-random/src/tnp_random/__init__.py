"""tnp-random: numpy.random on TensorFlow (Philox, counter-based; tf.function-safe).

`default_rng(seed)` gives a `Generator` with every `numpy.random.Generator` method; the legacy module
functions (`seed`, `rand`, `normal`, ...) and `RandomState` draw from a lazily made, lock-guarded global
generator. Results are tnp arrays (size=None gives a 0-d array where NumPy returns a scalar). The streams
differ from NumPy's (PCG64/MT19937); the same seed gives the same stream across runs and processes, eagerly
and inside tf.function.
"""

from __future__ import annotations

from ._bitgen import MT19937 as MT19937
from ._bitgen import PCG64 as PCG64
from ._bitgen import PCG64DXSM as PCG64DXSM
from ._bitgen import SFC64 as SFC64
from ._bitgen import BitGenerator as BitGenerator
from ._bitgen import Philox as Philox
from ._bitgen import SeedSequence as SeedSequence
from ._generator import Generator as Generator
from ._generator import default_rng as default_rng
from ._legacy import RandomState as RandomState
from ._legacy import beta as beta
from ._legacy import binomial as binomial
from ._legacy import bytes as bytes
from ._legacy import chisquare as chisquare
from ._legacy import choice as choice
from ._legacy import dirichlet as dirichlet
from ._legacy import exponential as exponential
from ._legacy import f as f
from ._legacy import gamma as gamma
from ._legacy import geometric as geometric
from ._legacy import get_bit_generator as get_bit_generator
from ._legacy import get_state as get_state
from ._legacy import gumbel as gumbel
from ._legacy import hypergeometric as hypergeometric
from ._legacy import laplace as laplace
from ._legacy import logistic as logistic
from ._legacy import lognormal as lognormal
from ._legacy import logseries as logseries
from ._legacy import multinomial as multinomial
from ._legacy import multivariate_normal as multivariate_normal
from ._legacy import negative_binomial as negative_binomial
from ._legacy import noncentral_chisquare as noncentral_chisquare
from ._legacy import noncentral_f as noncentral_f
from ._legacy import normal as normal
from ._legacy import pareto as pareto
from ._legacy import permutation as permutation
from ._legacy import poisson as poisson
from ._legacy import power as power
from ._legacy import rand as rand
from ._legacy import randint as randint
from ._legacy import randn as randn
from ._legacy import random as random
from ._legacy import random_integers as random_integers
from ._legacy import random_sample as random_sample
from ._legacy import ranf as ranf
from ._legacy import rayleigh as rayleigh
from ._legacy import sample as sample
from ._legacy import seed as seed
from ._legacy import set_bit_generator as set_bit_generator
from ._legacy import set_state as set_state
from ._legacy import shuffle as shuffle
from ._legacy import standard_cauchy as standard_cauchy
from ._legacy import standard_exponential as standard_exponential
from ._legacy import standard_gamma as standard_gamma
from ._legacy import standard_normal as standard_normal
from ._legacy import standard_t as standard_t
from ._legacy import triangular as triangular
from ._legacy import uniform as uniform
from ._legacy import vonmises as vonmises
from ._legacy import wald as wald
from ._legacy import weibull as weibull
from ._legacy import zipf as zipf
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
