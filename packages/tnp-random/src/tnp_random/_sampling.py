"""Sampling primitives on TensorFlow's stateless (counter-based) random ops.

A public call draws one seed from its generator (advancing the generator's tf.Variable state) and derives
every further key from it with `stateless_fold_in`, so a call is one state update however many ops it needs.
Loops (rejection samplers, inverse-CDF searches) are `tf.while_loop`s over whole arrays, keyed by the
iteration number.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import tensorflow as tf

F64 = tf.float64
I64 = tf.int64
U64 = tf.uint64
Shape = Any  # a list of ints, or a 1-D int tensor when dims are unknown while tracing


_POISSON_EXACT = 2.0**60


class Rand:
    """Fresh independent streams derived from one stateless seed."""

    def __init__(self, seed: tf.Tensor) -> None:
        self._seed = seed
        self._i = 0

    def key(self) -> tf.Tensor:
        self._i += 1
        return tf.random.experimental.stateless_fold_in(self._seed, self._i)

    def uniform(self, shape: Shape) -> tf.Tensor:
        """Uniform on [0, 1) (float64, 53-bit)."""
        return tf.random.stateless_uniform(shape, self.key(), dtype=F64)

    def open01(self, shape: Shape) -> tf.Tensor:
        """Uniform on (0, 1)."""
        u = self.uniform(shape)
        return tf.where(u == 0.0, tf.constant(0.5, F64), u)

    def normal(self, shape: Shape) -> tf.Tensor:
        return tf.random.stateless_normal(shape, self.key(), dtype=F64)

    def exponential(self, shape: Shape) -> tf.Tensor:
        return -tf.math.log1p(-self.uniform(shape))

    def bits(self, shape: Shape) -> tf.Tensor:
        """Uniform uint64 over the full range."""
        return tf.random.stateless_uniform(shape, self.key(), minval=None, maxval=None, dtype=U64)

    def log_gamma(self, shape: Shape, alpha: tf.Tensor) -> tf.Tensor:
        """log of a Gamma(alpha, 1) variate, accurate for tiny alpha (G(a) = G(a+1) * U**(1/a) for a < 1)."""
        small = alpha < 1.0
        g = tf.random.stateless_gamma(shape, self.key(), alpha + tf.cast(small, F64), dtype=F64)
        boost = tf.math.log(self.open01(shape)) / tf.where(small, alpha, tf.ones_like(alpha))
        return tf.math.log(g) + tf.where(small, boost, tf.zeros_like(boost))

    def gamma(self, shape: Shape, alpha: tf.Tensor) -> tf.Tensor:
        return tf.exp(self.log_gamma(shape, alpha))

    def poisson(self, shape: Shape, lam: tf.Tensor) -> tf.Tensor:
        """Poisson counts, as float64. Means beyond 2**60 (relative sd below 1e-9), inf and NaN take the normal
        approximation (inf and NaN stay so): TensorFlow's kernel does not return for them."""
        key, approx_key = self.key(), self.key()
        # NaN tested on its own: grappler folds ~(lam <= x) into lam > x, which is False for NaN
        big = (lam > _POISSON_EXACT) | tf.math.is_nan(lam)
        exact = tf.random.stateless_poisson(shape, key, tf.where(big, tf.zeros_like(lam), lam), dtype=F64)

        def approx() -> tf.Tensor:
            z = tf.random.stateless_normal(shape, approx_key, dtype=F64)
            return tf.where(big, tf.round(lam * (1.0 + z / tf.sqrt(lam))), exact)  # inf stays inf

        return tf.cond(tf.reduce_any(big), approx, lambda: exact)

    def binomial(self, shape: Shape, n: tf.Tensor, p: tf.Tensor) -> tf.Tensor:
        return tf.random.stateless_binomial(shape, self.key(), tf.cast(n, F64), p, output_dtype=I64)


def rejection(
    r: Rand, shape: Shape, propose: Callable[[Rand], tuple[tf.Tensor, tf.Tensor]], dtype: tf.DType = F64
) -> tf.Tensor:
    """Vectorized rejection sampling: redraw `propose` -> (candidates, accepted) until all are accepted."""
    key = r.key()

    def body(i: tf.Tensor, out: tf.Tensor, done: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor, tf.Tensor]:
        cand, ok = propose(Rand(tf.random.experimental.stateless_fold_in(key, i)))
        return i + 1, tf.where(ok & ~done, cand, out), done | ok

    def cond(i: tf.Tensor, out: tf.Tensor, done: tf.Tensor) -> tf.Tensor:
        return ~tf.reduce_all(done)

    init = (tf.constant(0), tf.zeros(shape, dtype), tf.zeros(shape, tf.bool))
    return tf.while_loop(cond, body, init)[1]


def below(r: Rand, shape: Shape, m: tf.Tensor, small: bool = False) -> tf.Tensor:
    """Uniform uint64 integers on [0, m) (m == 0 stands for 2**64), `m` broadcast to `shape`.

    Unbiased, as NumPy's bounded integers: a draw below 2**64 mod m is redrawn (a rejection loop). `small`
    (every m known to be in [1, 2**32]) takes the plain modulo instead, whose relative bias is below 2**-32.
    """
    if small:
        return tf.math.floormod(r.bits(shape), m)
    full = m == tf.zeros([], U64)
    m1 = tf.where(full, tf.ones([], U64), m)
    low = tf.math.floormod(tf.zeros([], U64) - m1, m1)  # 2**64 mod m: the draws that make a modulo biased

    def propose(q: Rand) -> tuple[tf.Tensor, tf.Tensor]:
        bits = q.bits(shape)
        return tf.where(full, bits, tf.math.floormod(bits, m1)), bits >= low

    return rejection(r, shape, propose, U64)


_CHUNK_ELEMENTS = 2**24  # search: at most this many (element, k) pairs per loop step (memory, not speed)


def search(
    u: tf.Tensor, lo: tf.Tensor, hi: tf.Tensor, logpmf: Callable[[tf.Tensor], tf.Tensor], chunk: int = 64
) -> tf.Tensor:
    """Inverse CDF of a discrete law on [lo, hi]: the least k with pmf(lo) + ... + pmf(k) >= u (float64).

    `logpmf` gets ks with one extra trailing axis of `chunk` consecutive values (one loop step per chunk);
    large `u` take fewer values per step, so that the temporaries stay a few times the size of `u`.
    """
    if u.shape.is_fully_defined():
        chunk = max(1, min(chunk, _CHUNK_ELEMENTS // max(u.shape.num_elements(), 1)))
    steps = tf.range(chunk, dtype=F64)

    def body(k0: tf.Tensor, cum: tf.Tensor, out: tf.Tensor, done: tf.Tensor) -> tuple[tf.Tensor, ...]:
        ks = k0[..., None] + steps
        inside = ks <= hi[..., None]
        pm = tf.where(inside, tf.exp(logpmf(ks)), tf.zeros_like(ks))
        c = cum[..., None] + tf.cumsum(pm, axis=-1)
        hit = (c >= u[..., None]) | ~inside | (ks >= hi[..., None])
        first = tf.cast(tf.argmax(tf.cast(hit, tf.int32), axis=-1), F64)
        new = ~done & tf.reduce_any(hit, axis=-1)
        return k0 + chunk, c[..., -1], tf.where(new, k0 + first, out), done | new

    def cond(k0: tf.Tensor, cum: tf.Tensor, out: tf.Tensor, done: tf.Tensor) -> tf.Tensor:
        return ~tf.reduce_all(done)

    init = (lo, tf.zeros_like(u), lo, tf.zeros_like(u, tf.bool))
    return tf.while_loop(cond, body, init)[2]


def lchoose(n: tf.Tensor, k: tf.Tensor) -> tf.Tensor:
    return tf.math.lgamma(n + 1.0) - tf.math.lgamma(k + 1.0) - tf.math.lgamma(n - k + 1.0)


def wrap_angle(x: tf.Tensor) -> tf.Tensor:
    return tf.math.floormod(x + math.pi, 2.0 * math.pi) - math.pi


__all__ = ["Rand", "below", "lchoose", "rejection", "search", "wrap_angle"]
