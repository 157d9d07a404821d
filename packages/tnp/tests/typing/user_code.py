"""User code type-checked with `mypy --strict` in the `typecheck(dist='tnp')` session: the meta-package's
re-exports must give real signatures (an `Any` here fails `assert_type`), not only names."""

from __future__ import annotations

import tnp
import tnp_random
from typing_extensions import assert_type  # only read by mypy (typeshed has it): never run

x = tnp.zeros((2, 3))
assert_type(x, tnp.ndarray)
assert_type(x.sum(axis=0), tnp.ndarray)
assert_type(tnp.concatenate([x, x]), tnp.ndarray)
assert_type(tnp.sort(x, axis=None), tnp.ndarray)
assert_type(tnp.linalg.inv(tnp.eye(2)), tnp.ndarray)
assert_type(tnp.random.default_rng(0), tnp_random.Generator)
shape: tuple[int, ...] = x.shape
