"""Unbiased bounded integers against scipy.stats (fixed seeds; a test rejects at p < 1e-6).

Over a range m near 2**62 a plain modulo of 64 random bits is biased: for m = 3 * 2**61, 2**64 mod m = 2**62 and
the thirds of [0, m) get probabilities 3/8, 3/8, 1/4 instead of 1/3 each. `integers`, `choice` with replacement
and `choice` without replacement (a sample small against the population) must give 1/3 each; the helper test
also shows the chi-square test catches the plain modulo.
"""

from __future__ import annotations

import itertools

import numpy as np
import scipy.stats as st
import tensorflow as tf
import tnp_random as tr
from tnp_random._generator import _distinct
from tnp_random._sampling import U64, Rand, below

M = 3 * 2**61
N = 12_000
P_MIN = 1e-6


def _thirds_p(x: object, m: int = M) -> float:
    counts = np.bincount((np.ravel(x).astype(np.uint64) // np.uint64(m // 3)).astype(np.int64), minlength=3)
    assert counts.size == 3, "a value outside [0, m)"
    return float(st.chisquare(counts).pvalue)


def _rand(seed: int) -> Rand:
    return Rand(tf.constant([seed, 0], tf.int64))


def test_below_is_unbiased_where_a_modulo_is_not() -> None:
    x = below(_rand(1), [N], tf.constant(M, U64)).numpy()
    assert x.dtype == np.uint64 and _thirds_p(x) > P_MIN
    naive = tf.math.floormod(_rand(1).bits([N]), tf.constant(M, U64)).numpy()
    assert _thirds_p(naive) < P_MIN  # the test has the power to see the modulo's bias


def test_below_ranges() -> None:
    m = tf.constant(np.array([1, 2, 5, 2**64 - 1, 0, 3 * 2**62], np.uint64))  # 0 stands for 2**64
    x = below(_rand(2), [4000, 6], m).numpy()
    assert np.all(x[:, 0] == 0) and set(np.unique(x[:, 1]).tolist()) == {0, 1}
    assert set(np.unique(x[:, 2]).tolist()) == set(range(5))
    assert np.all(x[:, 3] < np.uint64(2**64 - 1)) and np.all(x[:, 5] < np.uint64(3 * 2**62))
    assert x[:, 4].max() > np.uint64(2**63)  # the full range reaches the top half
    assert _thirds_p(x[:, 5], 3 * 2**62) > P_MIN
    small = below(_rand(3), [N], tf.constant(6, U64), small=True).numpy()
    assert st.chisquare(np.bincount(small.astype(np.int64), minlength=6)).pvalue > P_MIN


def test_integers_large_range() -> None:
    g = tr.default_rng(4)
    x = np.asarray(g.integers(0, M, size=N))
    assert x.dtype == np.int64 and _thirds_p(x) > P_MIN
    y = np.asarray(g.integers(0, 3 * 2**62, size=N, dtype=np.uint64))
    assert y.dtype == np.uint64 and _thirds_p(y, 3 * 2**62) > P_MIN
    z = np.asarray(g.integers(-(2**62), 2**62, size=N, endpoint=True))  # range 2**63 + 1
    assert z.min() >= -(2**62) and z.max() <= 2**62
    assert st.chisquare(np.bincount((z >= 0).astype(np.int64))).pvalue > P_MIN


def test_choice_with_replacement_large_population() -> None:
    x = np.asarray(tr.default_rng(5).choice(M, size=N))
    assert x.dtype == np.int64 and _thirds_p(x) > P_MIN


def test_choice_without_replacement_large_population() -> None:
    g = tr.default_rng(6)
    x = np.asarray(g.choice(M, size=N, replace=False, shuffle=False))
    assert len(np.unique(x)) == N and np.all(np.diff(x) > 0)
    assert _thirds_p(x) > P_MIN
    y = np.asarray(g.choice(M, size=(40, 50), replace=False))
    assert y.shape == (40, 50) and len(np.unique(y)) == 2000 and _thirds_p(y) > P_MIN


def test_distinct_is_uniform_on_ordered_samples() -> None:
    """Redrawing repeats gives every ordered sample of 5 of range(8) the same probability (many redraws here)."""
    trials = 6000
    seeds = tf.stack([tf.range(trials, dtype=tf.int64), tf.fill([trials], tf.constant(7, tf.int64))], axis=1)
    run = tf.function(
        lambda s: tf.map_fn(lambda k: _distinct(Rand(k), 8, 5), s, fn_output_signature=tf.int64)
    )
    x = run(seeds).numpy()
    assert x.shape == (trials, 5) and all(len(set(row)) == 5 for row in x.tolist())
    subsets = {c: i for i, c in enumerate(itertools.combinations(range(8), 5))}
    counts = np.bincount([subsets[tuple(sorted(row))] for row in x.tolist()], minlength=len(subsets))
    assert st.chisquare(counts).pvalue > P_MIN
    for j in range(5):  # each position is uniform
        assert st.chisquare(np.bincount(x[:, j], minlength=8)).pvalue > P_MIN
    pairs = np.bincount(x[:, 0] * 8 + x[:, 4], minlength=64).reshape(8, 8)
    assert np.all(np.diag(pairs) == 0)
    assert st.chisquare(pairs[~np.eye(8, dtype=bool)]).pvalue > P_MIN


def test_sparse_choice_inside_tf_function() -> None:
    g = tr.default_rng(8)
    f = tf.function(lambda: g.choice(2**40, size=100, replace=False)._t)
    a, b = f().numpy(), f().numpy()
    assert len(np.unique(a)) == 100 and a.min() >= 0 and a.max() < 2**40
    assert not np.array_equal(a, b)
    np.testing.assert_array_equal(a, np.asarray(tr.default_rng(8).choice(2**40, size=100, replace=False)))
