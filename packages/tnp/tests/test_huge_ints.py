"""Integer parameters with huge values (offsets, counts, sizes, axes near and beyond int32/int64), differential
against NumPy: the same result, or the same exception type (NumPy's MemoryError may be tnp's MemoryError or
ValueError). Sizes are chosen so that NumPy fails fast (far beyond memory) or returns an empty result: no case
allocates. Cases where NumPy's own answer is an overflow artifact (wrapped NumPy scalars, `arange(2**63 - 1)`
returning an empty array, ...) are left out; see the module's notes at the end."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import tnp
from tnp_core.testing import assert_same

I32, I64 = 2**31, 2**63
BIG = 2**40  # elements: far beyond memory (NumPy's MemoryError at once)
Case = tuple[str, Callable[[Any, Any], Any], list[Any]]

OFFSETS = [I32, I32 - 1, -I32 - 1, BIG, -BIG, I64 - 1, -I64, I64, 2**64, np.int64(BIG), np.int64(-I64)]


def _a1(xp: Any) -> Any:
    return xp.array([1, 2, 3])


def _a2(xp: Any) -> Any:
    return xp.array([[1, 2, 3], [4, 5, 6]])


def _put(xp: Any, ind: Any) -> Any:
    a = xp.zeros(3)
    xp.put(a, ind, 1)
    return a


CASES: list[Case] = [
    # creation: diagonal offsets, sizes, empty shapes whose other dimensions are huge
    ("diag_1d_k", lambda xp, v: xp.diag(_a1(xp), v), [*OFFSETS, np.int64(I64 - 1)]),
    ("diag_empty_k", lambda xp, v: xp.diag(xp.array([], dtype=int), v), [I32, BIG, I64 - 1, -I64, 2**64]),
    ("diag_2d_k", lambda xp, v: xp.diag(_a2(xp), v), OFFSETS),
    ("eye_k", lambda xp, v: xp.eye(2, 3, k=v, dtype=int), [*OFFSETS, np.uint64(2**64 - 1)]),
    ("eye_empty", lambda xp, v: xp.eye(0, v), [BIG, I64 - 1, 2**64]),
    ("eye_empty_rows", lambda xp, v: xp.eye(v, 0), [BIG, I64 - 1]),
    ("tri_k", lambda xp, v: xp.tri(2, 3, k=v), [I32, -I32 - 1, BIG, I64 - 1, I64, -I64, -I64 + 1, 2**64]),
    ("tri_cols", lambda xp, v: xp.tri(0, v), [BIG, 2**64]),
    ("zeros_empty", lambda xp, v: xp.zeros((0, v)), [BIG, I64 - 1, 2**64, np.int64(I64 - 1)]),
    ("empty_empty", lambda xp, v: xp.empty((v, 0), dtype=np.int8), [BIG, I64 - 1, 2**64]),
    ("ones_big", lambda xp, v: xp.ones((v, 3)), [BIG, I64 - 1]),
    ("zeros_like_shape", lambda xp, v: xp.zeros_like(_a1(xp), shape=(v,)), [BIG, I64 - 1, 2**64]),
    ("full_like_shape", lambda xp, v: xp.full_like(_a1(xp), 7, shape=(0, v)), [BIG, I64 - 1, 2**64]),
    ("indices_empty", lambda xp, v: xp.indices((0, v)), [BIG, I64 - 1, 2**64]),
    ("array_ndmin", lambda xp, v: xp.array([1], ndmin=v), [I32, I32 - 1, 65, -I32 - 1, -BIG, 2**64]),
    # manipulation
    ("repeat_empty", lambda xp, v: xp.repeat(xp.zeros(0), v), [I32, BIG, I64 - 1, np.int64(BIG), I64]),
    ("repeat_big", lambda xp, v: xp.repeat(_a1(xp), v), [BIG, I64 - 1, 2**64]),
    ("repeat_list", lambda xp, v: xp.repeat(_a1(xp), [v, 1, 0]), [BIG, I64]),
    ("resize_empty", lambda xp, v: xp.resize(_a1(xp), (v, 0)), [BIG, I64 - 1]),
    ("diagonal_offset", lambda xp, v: xp.diagonal(_a2(xp), v), OFFSETS),
    ("trace_offset", lambda xp, v: xp.trace(_a2(xp), v), OFFSETS),
    # ranges
    ("arange", lambda xp, v: xp.arange(v), [BIG, np.int64(BIG), 2**64]),
    ("arange_float", lambda xp, v: xp.arange(0.0, v), [BIG]),
    ("linspace_num", lambda xp, v: xp.linspace(0, 1, v), [BIG, 2**64]),
    ("logspace_num", lambda xp, v: xp.logspace(0, 1, v), [BIG, 2**64]),
    ("geomspace_num", lambda xp, v: xp.geomspace(1, 2, v), [BIG, 2**64]),
    ("linspace_axis", lambda xp, v: xp.linspace(_a1(xp), 5, 3, axis=v), [I32, -I32 - 1, BIG, 2**64]),
    # products
    ("tril_k", lambda xp, v: xp.tril(_a2(xp), v), [I32, -I32 - 1, BIG, I64 - 1, I64, -I64, 2**64]),
    ("triu_k", lambda xp, v: xp.triu(_a2(xp), v), [I32, -I32 - 1, BIG, I64 - 1, I64, -I64 + 1, 2**64]),
    ("diagflat_k", lambda xp, v: xp.diagflat(_a1(xp), v), [I32, BIG, I64 - 1, 2**64]),
    ("vander_N", lambda xp, v: xp.vander(_a1(xp), v), [BIG, I64 - 1, 2**64]),
    ("vander_empty_N", lambda xp, v: xp.vander(xp.array([], dtype=int), v), [BIG, I64 - 1]),
    # selection: Python ints (and floats) beyond int64 are OverflowError, never wrapped
    ("take", lambda xp, v: xp.take(_a1(xp), v), [I64, 2**64 - 1, [I64], [1, 2**64 - 1], 1e19]),
    ("take_wrap", lambda xp, v: xp.take(_a1(xp), v, mode="wrap"), [I64, 2**64 - 1, [1, 2**64 - 1]]),
    ("take_clip", lambda xp, v: xp.take(_a1(xp), v, mode="clip"), [I64, [I64], [np.uint64(2**64 - 1)]]),
    ("take_uint64", lambda xp, v: xp.take(_a1(xp), v, mode="wrap"), [np.uint64(2**64 - 1)]),
    ("put", _put, [I64, [I64], [1, 2**64 - 1]]),
    ("choose", lambda xp, v: xp.choose(v, [_a1(xp), _a1(xp)], mode="wrap"), [I64, [I64]]),
    # tnp-math
    (
        "unpackbits",
        lambda xp, v: xp.unpackbits(xp.array([7], np.uint8), count=v),
        [BIG, I64 - 1, -I64, 2**64],
    ),
    (
        "unpackbits_np_ints",
        lambda xp, v: xp.unpackbits(xp.array([7], np.uint8), count=v),
        [np.int64(BIG), np.uint64(I64)],
    ),
    ("bincount_minlength", lambda xp, v: xp.bincount(_a1(xp), minlength=v), [BIG, I64 - 1, 2**64]),
    ("bincount_value", lambda xp, v: xp.bincount(xp.array([v])), [BIG, np.int64(BIG)]),
    ("histogram_bins", lambda xp, v: xp.histogram(xp.array([1.0, 2.0]), bins=v)[0], [BIG, 2**64]),
    ("histogram2d_bins", lambda xp, v: xp.histogram2d(xp.array([1.0]), xp.array([1.0]), bins=v)[0], [BIG]),
    ("tril_indices_k", lambda xp, v: xp.tril_indices(3, v, 4), [I32, I64 - 1, I64, -I64, -I64 + 1, 2**64]),
    ("triu_indices_k", lambda xp, v: xp.triu_indices(3, v, 4), [I32, I64 - 1, I64, -I64 + 1, 2**64]),
    ("triu_indices_from_k", lambda xp, v: xp.triu_indices_from(xp.ones((2, 3)), v), [BIG, -I64, 2**64]),
    ("tril_indices_n", lambda xp, v: xp.tril_indices(v), [BIG]),
    ("mgrid_complex", lambda xp, v: xp.mgrid[0 : 1 : complex(0, v)], [BIG, 2**64]),
    ("r_complex", lambda xp, v: xp.r_[0 : 1 : complex(0, v)], [BIG]),
    (
        "split_indices",
        lambda xp, v: xp.split(_a1(xp), [1, v]),
        [I64 - 1, I64, 2**64, -(2**64), np.uint64(2**64 - 1)],
    ),
    ("array_split_count", lambda xp, v: xp.array_split(_a1(xp), v), [BIG, I64 - 1]),
    ("polyint_m", lambda xp, v: xp.polyint(xp.array([1.0, 2.0]), v), [BIG, I64 - 1, 2**64]),
    ("pad", lambda xp, v: xp.pad(_a1(xp), v), [BIG, (0, BIG), I64 - 1, np.int64(BIG), np.uint64(I64), True]),
    ("pad_edge", lambda xp, v: xp.pad(_a1(xp), (v, 1), mode="edge"), [BIG, I64 - 1]),
    ("broadcast_to_empty", lambda xp, v: xp.broadcast_to(xp.zeros(0), (v, 0)), [BIG, I64 - 1, 2**64]),
    ("delete", lambda xp, v: xp.delete(_a1(xp), v), [np.uint64(2**64 - 1), np.array([I64], np.uint64), BIG]),
    ("bartlett", lambda xp, v: xp.bartlett(v), [BIG, 2**64]),
    ("kaiser", lambda xp, v: xp.kaiser(v, 1.0), [BIG, 2**64]),
    ("kaiser_beta", lambda xp, v: xp.kaiser(3, v), [BIG, 2**64]),
    # tnp-linalg
    ("linalg_diagonal", lambda xp, v: xp.linalg.diagonal(_a2(xp), offset=v), OFFSETS),
    ("linalg_trace", lambda xp, v: xp.linalg.trace(_a2(xp), offset=v), OFFSETS),
]

PARAMS = [pytest.param(fn, v, id=f"{name}-{v!r}") for name, fn, values in CASES for v in values]


def _outcome(xp: Any, fn: Callable[[Any, Any], Any], v: Any) -> tuple[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return "ok", fn(xp, v)
        except Exception as e:  # noqa: BLE001 - the exception is what is compared
            return "raised", e


@pytest.mark.parametrize(("fn", "v"), PARAMS)
def test_huge_int(fn: Callable[[Any, Any], Any], v: Any) -> None:
    kind, expected = _outcome(np, fn, v)
    got_kind, got = _outcome(tnp, fn, v)
    if kind == "raised":
        assert got_kind == "raised", f"NumPy raised {expected!r}, tnp returned {got!r}"
        want: type[BaseException] = type(expected)
        if isinstance(expected, MemoryError):
            want = MemoryError
            if isinstance(got, ValueError):  # allowed for a size NumPy could not allocate
                return
        assert isinstance(got, want), f"NumPy raised {expected!r}, tnp raised {got!r}"
        assert type(got).__module__.split(".")[0] != "tensorflow", repr(got)
        return
    assert got_kind == "ok", f"NumPy returned {expected!r}, tnp raised {got!r}"
    assert_same(got, expected)


def test_repeat_count_beyond_int32_is_not_truncated() -> None:
    """tf.repeat reads its counts as int32: one count beyond it repeats every element (here, of an empty axis
    and of a 0-length result); several are a clear ValueError rather than a silently wrong length. (NumPy
    would allocate 16 GiB, so this is not differential.)"""
    assert tnp.repeat(tnp.zeros((2, 0)), I32 + 1, axis=1).shape == (2, 0)
    assert tnp.repeat(tnp.zeros((0, 2)), I32 + 1, axis=1).shape == (0, 2 * (I32 + 1))
    with pytest.raises(ValueError, match="repeat counts"):
        tnp.repeat(tnp.array([1, 2, 3], dtype=np.int8), [I32, 1, 0])


def test_diff_huge_order_is_empty() -> None:
    """NumPy loops n times (2**40 iterations: hours); tnp stops once the axis is empty, with NumPy's result."""
    a = np.array([[1, 4, 9], [2, 3, 5]])
    for xa in (a, a.astype(bool), a.astype(np.float32)):
        assert_same(tnp.diff(tnp.asarray(xa), n=BIG), np.diff(xa, n=5))
        assert_same(tnp.diff(tnp.asarray(xa), n=BIG, axis=0), np.diff(xa, n=5, axis=0))


def test_polyder_huge_order_is_empty() -> None:
    """NumPy recurses m times (RecursionError); tnp returns the empty derivative NumPy gives for m > degree."""
    assert_same(tnp.polyder(tnp.array([1.0, 2.0, 3.0]), BIG), np.polyder(np.array([1.0, 2.0, 3.0]), 4))
    assert_same(tnp.polyder(tnp.array([1, 2, 3]), 2**64), np.polyder(np.array([1, 2, 3]), 4))
