"""Seeding and state: NumPy's `SeedSequence` feeding TensorFlow's counter-based Philox generator.

`Philox` plays NumPy's BitGenerator role. Its state lives in a `tf.random.Generator` (a tf.Variable holding a
128-bit counter and a 64-bit key), so a generator used inside a `tf.function` advances on every call and a
retrace does not reset it. The streams differ from NumPy's (same seed, different numbers): only the seeding
interface and the reproducibility guarantees (same seed, same stream, across runs and processes, eager or
traced) are NumPy's.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import tensorflow as tf

SeedSequence = np.random.SeedSequence
_ALG = "philox"


def as_seed_sequence(seed: Any) -> np.random.SeedSequence:
    """NumPy's seeding: None (fresh OS entropy), an int >= 0, a sequence of ints, or a SeedSequence."""
    if isinstance(seed, np.random.SeedSequence):
        return seed
    if isinstance(seed, np.ndarray) and seed.dtype.kind not in "iu":
        raise TypeError(f"SeedSequence expects int or sequence of ints for entropy not {seed!r}")
    return np.random.SeedSequence(seed)


class Philox:
    """A Philox-4x64 bit generator held by a `tf.random.Generator` (counter-based; safe inside tf.function).

    Seeded as NumPy's bit generators are (None, an int >= 0, a sequence of ints or a SeedSequence). Differs
    from NumPy: `state` is `{'bit_generator': 'Philox', 'state': {'counter': uint64[2], 'key': uint64[1]}}`
    (TF's Philox: a 128-bit counter and a 64-bit key; NumPy's Philox has a 256-bit counter and 128-bit key),
    and the stream differs from NumPy's Philox.

    Examples:
        >>> bg = tnp_random.Philox(12345)
        >>> tnp_random.Generator(bg).integers(0, 10, size=4).shape
        (4,)
        >>> sorted(bg.state["state"])
        ['counter', 'key']
    """

    def __init__(self, seed: Any = None) -> None:
        self._seed_seq = as_seed_sequence(seed)
        with tf.init_scope():  # the variable is created eagerly even when first used while tracing
            self._gen = tf.random.Generator.from_state(tf.constant(self._words()), alg=_ALG)

    def _words(self) -> np.ndarray[Any, Any]:
        return self._seed_seq.generate_state(3, np.uint64).view(np.int64)

    def reseed(self, seed: Any = None) -> None:
        """Restart from `seed` in place (the same tf.Variable, so traced functions see the new state).

        Examples:
            >>> bg = tnp_random.Philox(1)
            >>> a = tnp_random.Generator(bg).random(2)
            >>> bg.reseed(1)
            >>> bool((tnp_random.Generator(bg).random(2) == a).all())
            True
        """
        self._seed_seq = as_seed_sequence(seed)
        self._gen.state.assign(tf.constant(self._words()))

    @property
    def seed_seq(self) -> np.random.SeedSequence:
        """The `SeedSequence` this bit generator was seeded from.

        Examples:
            >>> tnp_random.Philox(5).seed_seq.entropy
            5
        """
        return self._seed_seq

    @property
    def generator(self) -> tf.random.Generator:
        """The underlying `tf.random.Generator`.

        Examples:
            >>> type(tnp_random.Philox(0).generator).__name__
            'Generator'
        """
        return self._gen

    @property
    def state(self) -> dict[str, Any]:
        """The state as a dict (see the class docstring); assign a dict taken from `state` to restore it.

        Examples:
            >>> bg = tnp_random.Philox(0)
            >>> saved = bg.state
            >>> a = tnp_random.Generator(bg).random(2)
            >>> bg.state = saved
            >>> bool((tnp_random.Generator(bg).random(2) == a).all())
            True
        """
        words = self._gen.state.numpy().view(np.uint64)
        return {"bit_generator": "Philox", "state": {"counter": words[:2].copy(), "key": words[2:].copy()}}

    @state.setter
    def state(self, value: Any) -> None:
        if not isinstance(value, dict):
            raise TypeError("state must be a dict or a tuple.")
        if value.get("bit_generator") != "Philox" or "state" not in value:
            raise ValueError("state must be for a Philox PRNG")
        st = value["state"]
        words = np.concatenate(
            [np.asarray(st["counter"], np.uint64).ravel(), np.asarray(st["key"], np.uint64).ravel()]
        )
        if words.shape != (3,):
            raise ValueError("Philox state needs a counter of 2 and a key of 1 uint64 words")
        self._gen.state.assign(tf.constant(words.view(np.int64)))

    def seeds(self, n: int = 1) -> tf.Tensor:
        """`n` fresh seeds for TensorFlow's stateless random ops (an int64 tensor of shape [n, 2]); advances
        the state.

        Examples:
            >>> s = tnp_random.Philox(0).seeds(3)
            >>> s.shape, s.dtype.name
            (TensorShape([3, 2]), 'int64')
        """
        return tf.transpose(self._gen.make_seeds(n))

    def spawn(self, n_children: int) -> list[Philox]:
        """`n_children` independent bit generators (children of this one's SeedSequence).

        Examples:
            >>> tnp_random.Philox(0).spawn(2)
            [Philox(TensorFlow), Philox(TensorFlow)]
        """
        return [Philox(s) for s in self._seed_seq.spawn(n_children)]

    def __repr__(self) -> str:
        return "Philox(TensorFlow)"


BitGenerator = Philox


def _only_philox(name: str) -> Any:
    def unsupported(seed: Any = None) -> Philox:
        raise NotImplementedError(
            f"tnp.random has no {name}: it has one bit generator, Philox (TensorFlow's counter-based RNG); "
            "use tnp.random.Philox(seed) or tnp.random.default_rng(seed)"
        )

    unsupported.__name__ = unsupported.__qualname__ = name
    unsupported.__doc__ = f"""Not available: tnp.random has one bit generator, Philox (TensorFlow's counter-based RNG).

    Differs from NumPy: calling `{name}` raises NotImplementedError; use `Philox(seed)` or
    `default_rng(seed)`.

    Examples:
        >>> tnp_random.{name}(0)
        Traceback (most recent call last):
        ...
        NotImplementedError: tnp.random has no {name}: ...
    """
    return unsupported


PCG64 = _only_philox("PCG64")
PCG64DXSM = _only_philox("PCG64DXSM")
MT19937 = _only_philox("MT19937")
SFC64 = _only_philox("SFC64")

__all__ = [
    "MT19937",
    "PCG64",
    "PCG64DXSM",
    "SFC64",
    "BitGenerator",
    "Philox",
    "SeedSequence",
    "as_seed_sequence",
]
