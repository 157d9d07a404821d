"""The functions ndim, shape and size (not the ndarray attributes) against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
import tnp_core
from tnp_core.testing import check

SHAPES = [(), (0,), (3,), (2, 0, 4), (2, 3)]


@pytest.mark.parametrize("shape", SHAPES)
def test_ndim_shape_size(shape):
    x = np.ones(shape, dtype="float32")
    for fn in (lambda xp, a: xp.ndim(a), lambda xp, a: xp.shape(a), lambda xp, a: xp.size(a)):
        got, want = fn(tnp_core, tnp_core.asarray(x)), fn(np, x)
        assert got == want and type(got) is type(want)


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_size_along_an_axis(axis):
    x = np.ones((2, 3), dtype="int32")
    assert tnp_core.size(tnp_core.asarray(x), axis) == np.size(x, axis)


def test_on_python_objects():
    for obj in (1.5, [[1, 2], [3, 4]], [], ((1,), (2,))):
        assert tnp_core.ndim(obj) == np.ndim(obj)
        assert tnp_core.shape(obj) == np.shape(obj)
        assert tnp_core.size(obj) == np.size(obj)


def test_inside_tf_function_with_known_shape():
    check(
        lambda xp, a: xp.zeros(xp.shape(a)[::-1]) + xp.ndim(a) + xp.size(a),
        np.ones((2, 3)),
        modes=("eager", "function"),
    )
