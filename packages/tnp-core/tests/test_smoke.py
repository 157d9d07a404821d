"""A first differential smoke test of the core array: operators against NumPy in every mode."""

from __future__ import annotations

import numpy as np
import pytest
import tnp_core
from tnp_core.testing import check

DTYPES = ["bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64", "complex64"]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", ["add", "multiply", "equal", "less"])
def test_binary_operator_matches_numpy(op, dtype):
    a = (np.arange(6).reshape(2, 3) % 3).astype(dtype)
    b = (np.arange(3) % 2 + 1).astype(dtype)
    check(lambda xp, x, y: getattr(xp, op)(x, y), a, b)


def test_version_is_exposed():
    assert isinstance(tnp_core.__version__, str)


@pytest.mark.parametrize("dtype", ["int8", "float32", "float64", "complex128"])
def test_negative_zero_scalars_keep_their_sign(dtype):
    # TensorFlow caches Python scalars by value, and 0.0 == -0.0: warm the cache with +0.0 first
    a = (np.arange(4) - 1).astype(dtype)
    check(lambda xp, x: (x / 0.0, x / -0.0, x * -0.0, -0.0 * x, xp.add(x, -0.0)), a, modes=("eager",))
    check(lambda xp, x: xp.asarray(-0.0) + x * 0, a)
