"""Test matrices: well- and ill-conditioned, singular, batched, empty and 1x1, in every linalg dtype."""

from __future__ import annotations

import numpy as np

DTYPES = ("float32", "float64", "complex64", "complex128", "int64")


def _random(rng: np.random.Generator, shape: tuple[int, ...], dtype: str) -> np.ndarray:
    if dtype == "int64":
        return rng.integers(-4, 5, shape).astype(np.int64)
    x = rng.standard_normal(shape)
    if dtype.startswith("complex"):
        x = x + 1j * rng.standard_normal(shape)
    return x.astype(dtype)


def well(shape: tuple[int, ...], dtype: str, seed: int = 0) -> np.ndarray:
    """Random square matrices plus n*I (condition number ~ a few)."""
    rng = np.random.default_rng(seed)
    n = shape[-1]
    x = _random(rng, shape, dtype)
    return (x + (2 * n + 2) * np.eye(n, dtype=x.dtype)).astype(dtype)


def hpd(shape: tuple[int, ...], dtype: str, seed: int = 0) -> np.ndarray:
    """Hermitian positive definite matrices."""
    rng = np.random.default_rng(seed)
    n = shape[-1]
    x = _random(rng, shape, dtype)
    h = x @ np.conj(np.swapaxes(x, -1, -2)) + n * np.eye(n, dtype=x.dtype)
    return h.astype(dtype)


def ill(n: int, cond: float = 1e6, seed: int = 0) -> np.ndarray:
    """A float64 matrix with condition number `cond` (random orthogonal factors)."""
    rng = np.random.default_rng(seed)
    u, _ = np.linalg.qr(rng.standard_normal((n, n)))
    v, _ = np.linalg.qr(rng.standard_normal((n, n)))
    return (u * np.geomspace(1, 1 / cond, n)) @ v.T


def singular(dtype: str) -> np.ndarray:
    """An exactly singular matrix (a zero pivot in every LU)."""
    return np.array([[1, 2, 3], [2, 4, 6], [0, 1, 1]]).astype(dtype)


def square_cases(dtype: str, kind: str = "well") -> list[np.ndarray]:
    """Square inputs of `kind`: 3x3, batched 2x4x4, 1x1, 0x0 and a batch of 0x0."""
    make = well if kind == "well" else hpd
    return [
        make((3, 3), dtype),
        make((2, 4, 4), dtype, seed=1),
        make((1, 1), dtype, seed=2),
        np.zeros((0, 0), dtype),
        np.zeros((2, 0, 0), dtype),
    ]


def rect_cases(dtype: str) -> list[np.ndarray]:
    rng = np.random.default_rng(3)
    return [
        _random(rng, (4, 3), dtype),
        _random(rng, (2, 5), dtype),
        _random(rng, (2, 3, 2), dtype),
        np.zeros((0, 3), dtype),
        np.zeros((3, 0), dtype),
    ]


def ids(cases: list[np.ndarray]) -> list[str]:
    return [f"{c.dtype}{c.shape}" for c in cases]
