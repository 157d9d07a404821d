"""NumPy 2 promotion (NEP 50), exhaustively against NumPy: dtype pairs and triples, Python scalars (weak),
0-d arrays (strong), OverflowError for out-of-range Python ints in operations, can_cast/promote_types/
min_scalar_type.
"""

from __future__ import annotations

import itertools

import ml_dtypes
import numpy as np
import pytest
import tnp_core as tnp
from tnp_core import _promotion
from tnp_core._dtypes import SUPPORTED
from tnp_core.testing import check

BF16 = np.dtype(ml_dtypes.bfloat16)
SCALARS = [False, 1, -1, 1.5, 2j]


def numpy_result_type(*args):
    """NumPy's answer; where NumPy+ml_dtypes has no promotion (bfloat16 with float16/(u)int16-64, or with two
    kinds of Python scalars), the dtype NumPy's `add` loop computes in, then the scalars one at a time (tnp's
    documented choice)."""
    try:
        return np.result_type(*args)
    except np.exceptions.DTypePromotionError:
        strong = [a for a in args if isinstance(a, np.dtype)]
        res = strong[0]
        for d in strong[1:]:
            res = np.add.resolve_dtypes((res, d, None))[-1]
        for w in args:
            if not isinstance(w, np.dtype):
                res = np.result_type(res, w)
        return res


@pytest.mark.parametrize("d1", SUPPORTED, ids=str)
def test_result_type_all_pairs_and_scalars(d1):
    for d2 in SUPPORTED:
        assert tnp.result_type(d1, d2) == numpy_result_type(d1, d2), (d1, d2)
        assert tnp.promote_types(d1, d2) == numpy_result_type(d1, d2), (d1, d2)
        for s in SCALARS:
            assert tnp.result_type(d1, d2, s) == numpy_result_type(d1, d2, s), (d1, d2, s)
    for s in SCALARS:
        assert tnp.result_type(d1, s) == np.result_type(d1, s), (d1, s)
        assert tnp.result_type(s, d1) == np.result_type(s, d1), (d1, s)
        for s2 in SCALARS:
            assert tnp.result_type(d1, s, s2) == numpy_result_type(d1, s, s2), (d1, s, s2)


def test_result_type_all_triples():
    for d1, d2, d3 in itertools.product(SUPPORTED, repeat=3):
        assert tnp.result_type(d1, d2, d3) == numpy_result_type(d1, d2, d3), (d1, d2, d3)


def test_numpy_answers_where_it_has_one():
    """Where NumPy+ml_dtypes answers, we give exactly its answer (no fallback involved)."""
    n = 0
    for d1, d2 in itertools.product(SUPPORTED, repeat=2):
        try:
            expected = np.result_type(d1, d2)
        except np.exceptions.DTypePromotionError:
            assert BF16 in (d1, d2)
            continue
        n += 1
        assert tnp.result_type(d1, d2) == expected
    assert n > 200


def test_bfloat16_documented_choices():
    # NumPy's ufunc loops, which tnp's operators follow
    assert tnp.result_type(BF16, np.float16) == np.float32
    assert tnp.result_type(BF16, np.int32) == np.float64
    # a Python float: whatever the installed ml_dtypes decides (0.5: float64 by result_type and float32 by the
    # ufunc loop; 0.7: bfloat16 for both) -- tnp asks NumPy, so it follows
    assert tnp.result_type(BF16, 1.0) == np.result_type(BF16, 1.0)
    check(lambda xp, a: a + 1.0, np.ones(3, BF16))
    assert (tnp.asarray(np.ones(3, BF16)) + 1.0).dtype == (np.ones(3, BF16) + 1.0).dtype


@pytest.mark.parametrize("d", SUPPORTED, ids=str)
def test_arrays_strong_scalars_weak_0d_strong(d):
    a = np.ones(2, d)
    ta = tnp.asarray(a)
    for s in SCALARS:
        assert tnp.result_type(ta, s) == np.result_type(a, s)
    for other in SUPPORTED:
        z = np.ones((), other)  # 0-d arrays and NumPy scalars are strong
        assert tnp.result_type(ta, tnp.asarray(z)) == numpy_result_type(d, other)
        assert tnp.result_type(ta, z[()]) == numpy_result_type(d, other)


def test_only_scalars():
    for combo in itertools.product(SCALARS, repeat=2):
        assert tnp.result_type(*combo) == np.result_type(*combo), combo
    assert tnp.result_type(2**63) == np.result_type(2**63) == np.uint64


@pytest.mark.parametrize(
    ("dtype", "value"),
    [("int8", 300), ("int8", -129), ("uint8", -1), ("uint16", 70000), ("int64", 2**63), ("uint64", -1)],
)
def test_out_of_range_python_int_in_operations(dtype, value):
    assert tnp.result_type(np.dtype(dtype), value) == np.result_type(np.dtype(dtype), value)
    check(lambda xp, a: a + value, np.ones(3, dtype), modes=("eager",))
    check(lambda xp, a: xp.multiply(value, a), np.ones(3, dtype), modes=("eager",))
    with pytest.raises(OverflowError):
        tnp.asarray(np.ones(3, dtype)) + value


def test_named_rules():
    assert tnp.result_type(np.uint64, np.int64) == np.float64
    check(lambda xp, a, b: a + b, np.array([1, 2], np.uint64), np.array([-1, 2], np.int64))
    check(lambda xp, a, b: a + b, np.array([True, False]), np.array([True, True]))
    assert (tnp.asarray(np.array([True])) + tnp.asarray(np.array([True]))).dtype == np.bool_
    check(lambda xp, a: a + 1, np.array([True, False]))
    check(lambda xp, a: a * 2.0, np.array([1, 2], np.int8))
    check(lambda xp, a: a * 2.0, np.array([1, 2], np.float16))
    check(lambda xp, a, b: a + b, np.array([1, 2], np.float16), np.array(3.0))  # 0-d float64 is strong


def test_promotion_is_cached():
    _promotion._result_type_cached.cache_clear()
    tnp.result_type(np.int8, np.uint16)
    before = _promotion._result_type_cached.cache_info()
    for _ in range(10):
        tnp.result_type(np.int8, np.uint16)
    after = _promotion._result_type_cached.cache_info()
    assert after.misses == before.misses and after.hits == before.hits + 10
    # ufunc loops are resolved once per key
    a = tnp.asarray(np.ones(2, np.int8))
    b = tnp.asarray(np.ones(2, np.uint16))
    tnp.add(a, b)
    n = len(tnp.add._loops)
    tnp.add(a, b)
    a + b
    assert len(tnp.add._loops) == n


@pytest.mark.parametrize("casting", ["no", "equiv", "safe", "same_kind", "unsafe"])
def test_can_cast_all_pairs(casting):
    for d1, d2 in itertools.product(SUPPORTED, repeat=2):
        assert tnp.can_cast(d1, d2, casting) == np.can_cast(d1, d2, casting), (d1, d2, casting)
    with pytest.raises(TypeError):
        tnp.can_cast(1, np.int8)
    with pytest.raises(TypeError):
        np.can_cast(1, np.int8)


@pytest.mark.parametrize(
    "value", [0, 1, -1, 255, 256, -129, 2**40, 1.5, 1e300, 1j, np.float32(1), np.int64(3)]
)
def test_min_scalar_type(value):
    assert tnp.min_scalar_type(value) == np.min_scalar_type(value)
    a = np.array([value])
    if a.dtype in SUPPORTED:
        assert tnp.min_scalar_type(tnp.asarray(a)) == np.min_scalar_type(a)


def test_prefer_float32_only_changes_python_floats():
    with tnp.config(prefer_float32=True):
        assert tnp.result_type(np.int64, 1.0) == np.float32
        assert tnp.result_type(1.0) == np.float32
        assert tnp.result_type(np.float64, 1.0) == np.float64
        assert tnp.result_type(np.int64, np.float32) == np.float64
