"""Statistical checks of every sampler against scipy.stats (fixed seeds; false-failure rate < 1e-6 per test).

Continuous laws: a Kolmogorov-Smirnov test; discrete laws: a chi-square test on bins with expected count >= 5
(tails merged); both reject at p < 1e-6. Means are checked within 5.5 standard errors where the variance is
finite.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats as st
import tensorflow as tf
import tnp_random as tr
from tnp_core.extending import wrap

N = 20_000
P_MIN = 1e-6
Z_MAX = 5.5

CONTINUOUS = [
    ("random", (), st.uniform()),
    ("uniform", (2.0, 5.0), st.uniform(2.0, 3.0)),
    ("standard_normal", (), st.norm()),
    ("normal", (1.0, 2.0), st.norm(1.0, 2.0)),
    ("standard_exponential", (), st.expon()),
    ("exponential", (2.0,), st.expon(scale=2.0)),
    ("standard_gamma", (0.5,), st.gamma(0.5)),
    ("gamma", (2.5, 2.0), st.gamma(2.5, scale=2.0)),
    ("gamma", (0.05, 1.0), st.gamma(0.05)),
    ("beta", (0.5, 0.7), st.beta(0.5, 0.7)),
    ("beta", (2.0, 3.0), st.beta(2.0, 3.0)),
    ("beta", (0.15, 0.1), st.beta(0.15, 0.1)),
    ("chisquare", (3.0,), st.chi2(3.0)),
    ("noncentral_chisquare", (3.0, 2.0), st.ncx2(3.0, 2.0)),
    ("noncentral_chisquare", (0.5, 1.5), st.ncx2(0.5, 1.5)),
    ("f", (3.0, 7.0), st.f(3.0, 7.0)),
    ("noncentral_f", (3.0, 7.0, 2.0), st.ncf(3.0, 7.0, 2.0)),
    ("standard_t", (4.0,), st.t(4.0)),
    ("standard_cauchy", (), st.cauchy()),
    ("laplace", (1.0, 2.0), st.laplace(1.0, 2.0)),
    ("logistic", (1.0, 2.0), st.logistic(1.0, 2.0)),
    ("lognormal", (0.5, 0.8), st.lognorm(0.8, scale=np.exp(0.5))),
    ("gumbel", (1.0, 2.0), st.gumbel_r(1.0, 2.0)),
    ("weibull", (1.5,), st.weibull_min(1.5)),
    ("pareto", (3.0,), st.lomax(3.0)),
    ("power", (2.5,), st.powerlaw(2.5)),
    ("rayleigh", (2.0,), st.rayleigh(scale=2.0)),
    ("wald", (1.5, 2.0), st.invgauss(1.5 / 2.0, scale=2.0)),
    ("vonmises", (0.5, 2.0), st.vonmises(2.0, loc=0.5)),
    ("triangular", (0.0, 1.0, 3.0), st.triang(1.0 / 3.0, loc=0.0, scale=3.0)),
]

DISCRETE = [
    ("poisson", (3.5,), st.poisson(3.5)),
    ("poisson", (200.0,), st.poisson(200.0)),
    ("binomial", (20, 0.3), st.binom(20, 0.3)),
    ("binomial", (1000, 0.01), st.binom(1000, 0.01)),
    ("negative_binomial", (3.0, 0.4), st.nbinom(3.0, 0.4)),
    ("geometric", (0.3,), st.geom(0.3)),
    ("geometric", (0.8,), st.geom(0.8)),
    ("hypergeometric", (15, 25, 12), st.hypergeom(40, 15, 12)),
    ("hypergeometric", (500, 300, 700), st.hypergeom(800, 500, 700)),
    ("zipf", (2.5,), st.zipf(2.5)),
    ("zipf", (1.3,), st.zipf(1.3)),
    ("logseries", (0.7,), st.logser(0.7)),
    ("logseries", (0.995,), st.logser(0.995)),
    ("integers", (0, 7), st.randint(0, 7)),
    ("integers", (-3, 1000), st.randint(-3, 1000)),
]


def _ids(cases: list[tuple[str, tuple[float, ...], object]]) -> list[str]:
    return [f"{n}{a}" for n, a, _ in cases]


def _check_mean(x: np.ndarray, dist: st.rv_continuous) -> None:
    mean, var = dist.stats(moments="mv")
    if np.isfinite(mean) and np.isfinite(var) and var > 0:
        z = (x.mean() - float(mean)) / np.sqrt(float(var) / x.size)
        assert abs(z) < Z_MAX, f"sample mean {x.mean()} vs {float(mean)}: z = {z}"


def chi2_pvalue(x: np.ndarray, dist: st.rv_discrete) -> float:
    """Chi-square goodness of fit on bins with expected count >= 5 (tails merged into the end bins)."""
    n = x.size
    lo = int(dist.ppf(1e-7))
    upper = np.arange(lo, lo + 5000)
    tail = dist.sf(upper) < 1e-4
    hi = int(upper[np.argmax(tail)] if tail.any() else upper[-1])
    ks = np.arange(lo, hi + 1)
    expected = dist.pmf(ks) * n
    expected[0] += dist.cdf(lo - 1) * n
    expected[-1] += dist.sf(hi) * n
    observed = np.bincount(np.clip(x, lo, hi) - lo, minlength=ks.size).astype(float)
    obs_bins, exp_bins, o_acc, e_acc = [], [], 0.0, 0.0
    for o, e in zip(observed, expected):
        o_acc, e_acc = o_acc + o, e_acc + e
        if e_acc >= 5:
            obs_bins.append(o_acc)
            exp_bins.append(e_acc)
            o_acc = e_acc = 0.0
    obs_bins[-1] += o_acc
    exp_bins[-1] += e_acc
    e = np.array(exp_bins)
    return float(st.chisquare(obs_bins, e * n / e.sum()).pvalue)


@pytest.mark.parametrize(("name", "args", "dist"), CONTINUOUS, ids=_ids(CONTINUOUS))
def test_continuous(name: str, args: tuple[float, ...], dist: st.rv_continuous) -> None:
    x = np.asarray(getattr(tr.default_rng(12345), name)(*args, size=N))
    assert x.dtype == np.float64 and x.shape == (N,)
    assert st.kstest(x, dist.cdf).pvalue > P_MIN
    _check_mean(x, dist)


@pytest.mark.parametrize(("mu", "kappa"), [(-1.0, 0.1), (3.0, 50.0), (2.0, 1e-9), (-3.0, 1e7)])
def test_vonmises_wrapped(mu: float, kappa: float) -> None:
    x = np.asarray(tr.default_rng(99).vonmises(mu, kappa, size=N))
    assert np.all(np.abs(x) <= np.pi)
    if kappa < 1e-8:  # NumPy draws uniformly on [-pi, pi) and ignores mu there
        assert st.kstest(x, st.uniform(-np.pi, 2 * np.pi).cdf).pvalue > P_MIN
        return
    centered = np.mod(x - mu + np.pi, 2 * np.pi) - np.pi
    law = (
        st.norm(0.0, 1.0 / np.sqrt(kappa)) if kappa > 1e6 else st.vonmises(kappa)
    )  # scipy's cdf is poor there
    assert st.kstest(centered, law.cdf).pvalue > P_MIN


@pytest.mark.parametrize(("name", "args", "dist"), DISCRETE, ids=_ids(DISCRETE))
def test_discrete(name: str, args: tuple[float, ...], dist: st.rv_discrete) -> None:
    x = np.asarray(getattr(tr.default_rng(2024), name)(*args, size=N))
    assert x.dtype == np.int64 and x.shape == (N,)
    lo, hi = dist.support()
    assert x.min() >= lo and x.max() <= hi
    assert chi2_pvalue(x, dist) > P_MIN
    _check_mean(x, dist)


def test_parameters_broadcast_per_element() -> None:
    # Each element follows its own parameters (the ops do not share one stream across a parameter array).
    lam = np.repeat([0.5, 5.0, 50.0], N // 4)
    x = np.asarray(tr.default_rng(7).poisson(lam))
    for v in (0.5, 5.0, 50.0):
        assert chi2_pvalue(x[lam == v], st.poisson(v)) > P_MIN
    a = np.repeat([0.3, 3.0], N // 4)
    g = np.asarray(tr.default_rng(8).gamma(a, 2.0))
    for v in (0.3, 3.0):
        assert st.kstest(g[a == v], st.gamma(v, scale=2.0).cdf).pvalue > P_MIN


def test_elements_independent() -> None:
    x = np.asarray(tr.default_rng(3).poisson(np.linspace(2.0, 2.001, N)))
    r = np.corrcoef(x[:-1], x[1:])[0, 1]
    assert abs(r) < Z_MAX / np.sqrt(N)
    u = np.asarray(tr.default_rng(3).random((2, N)))
    assert abs(np.corrcoef(u[0], u[1])[0, 1]) < Z_MAX / np.sqrt(N)


def test_multinomial_marginals() -> None:
    p = [0.1, 0.25, 0.4, 0.25]
    x = np.asarray(tr.default_rng(11).multinomial(30, p, size=N))
    assert x.shape == (N, 4) and x.dtype == np.int64
    assert np.all(x.sum(axis=1) == 30)
    for j, pj in enumerate(p):
        assert chi2_pvalue(x[:, j], st.binom(30, pj)) > P_MIN


def test_multivariate_hypergeometric_marginals() -> None:
    colors = [5, 10, 15]
    x = np.asarray(tr.default_rng(12).multivariate_hypergeometric(colors, 12, size=N))
    assert x.shape == (N, 3) and np.all(x.sum(axis=1) == 12)
    for j, c in enumerate(colors):
        assert chi2_pvalue(x[:, j], st.hypergeom(30, c, 12)) > P_MIN


def test_dirichlet_marginals() -> None:
    alpha = np.array([0.3, 2.0, 5.0])
    x = np.asarray(tr.default_rng(13).dirichlet(alpha, size=N))
    np.testing.assert_allclose(x.sum(axis=1), 1.0, rtol=1e-12)
    for j, a in enumerate(alpha):
        assert st.kstest(x[:, j], st.beta(a, alpha.sum() - a).cdf).pvalue > P_MIN


@pytest.mark.parametrize("method", ["svd", "eigh", "cholesky"])
def test_multivariate_normal(method: str) -> None:
    mean = np.array([1.0, -2.0, 0.5])
    a = np.array([[2.0, 0.3, 0.0], [0.3, 1.0, -0.4], [0.0, -0.4, 0.8]])
    x = np.asarray(tr.default_rng(14).multivariate_normal(mean, a, size=N, method=method))
    assert x.shape == (N, 3)
    for j in range(3):
        assert st.kstest(x[:, j], st.norm(mean[j], np.sqrt(a[j, j])).cdf).pvalue > P_MIN
    np.testing.assert_allclose(np.cov(x.T), a, atol=0.06)


def test_choice_with_p() -> None:
    p = np.array([0.05, 0.2, 0.0, 0.5, 0.25])
    x = np.asarray(tr.default_rng(15).choice(5, size=N, p=p))
    assert not np.any(x == 2)
    res = st.chisquare(np.bincount(x, minlength=5)[p > 0], p[p > 0] * N)
    assert res.pvalue > P_MIN


def test_choice_without_replacement_with_p_first_draw() -> None:
    # The first element of a weighted draw without replacement follows p.
    p = np.array([0.1, 0.2, 0.3, 0.4])
    g = tr.default_rng(16)
    first = np.array([int(np.asarray(g.choice(4, 2, replace=False, p=p))[0]) for _ in range(150)])
    assert st.chisquare(np.bincount(first, minlength=4), p * 150).pvalue > P_MIN


def test_permutation_uniform() -> None:
    x = np.asarray(tr.default_rng(17).permuted(np.tile(np.arange(4), (N // 4, 1)), axis=1))
    assert np.all(np.sort(x, axis=1) == np.arange(4))
    for j in range(4):
        assert st.chisquare(np.bincount(x[:, j], minlength=4)).pvalue > P_MIN


def test_extreme_parameters_match_numpy() -> None:
    """Values NumPy gives without randomness at the edges of the parameter ranges (no hang, no garbage)."""
    g = tr.default_rng(18)
    assert np.asarray(g.noncentral_chisquare(3.0, np.inf)) == np.inf
    assert np.isnan(np.asarray(g.noncentral_chisquare([0.5, 3.0], np.nan))).all()
    np.testing.assert_allclose(np.asarray(g.noncentral_chisquare(3.0, 1e300)), 1e300, rtol=1e-6)
    assert np.asarray(g.wald(1.0, np.inf)) == 1.0  # NumPy's cancellation-free form
    assert np.all(np.asarray(g.zipf([1025.0, 1e300, np.inf])) == 1)
    assert np.asarray(g.geometric(1e-300)) == np.iinfo(np.int64).max
    assert np.asarray(tr.RandomState(0).negative_binomial(np.nan, 0.5)) == 0
    big = np.asarray(g.poisson([1.0, 9e18]))
    assert big.dtype == np.int64 and abs(big[1] / 9e18 - 1) < 1e-6


def test_zipf_near_one() -> None:
    """a slightly above 1: NumPy bounds the proposal so that it stays below 2**63 (a fast loop)."""
    x = np.asarray(tr.default_rng(19).zipf(1.0 + 1e-10, size=1000))
    assert x.min() >= 1 and x.max() < 2**63 and x.dtype == np.int64


def test_poisson_kernel_returns_for_any_mean_in_a_graph() -> None:
    """Unchecked (symbolic) means TensorFlow's Poisson kernel never returns for: NaN, inf, beyond 2**63."""
    g = tr.default_rng(20)
    f = tf.function(
        lambda nonc: g.noncentral_chisquare(3.0, wrap(nonc))._t,
        input_signature=[tf.TensorSpec([None], tf.float64)],
    )
    x = f(tf.constant([np.nan, np.inf, 1e300, 2.0], tf.float64)).numpy()
    assert np.isnan(x[0]) and x[1] == np.inf and abs(x[2] / 1e300 - 1) < 1e-6 and np.isfinite(x[3])
