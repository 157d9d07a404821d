"""Bad input to the dtype, creation, range, shape and selection functions, against NumPy: the same call raises
the same exception type on both (or, where NumPy accepts the input, gives the same result)."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from tnp_core import testing

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore:invalid value:RuntimeWarning")

F64_3 = [0.5, 1.5, -2.0]
F64_2X2 = [[2.0, 1.0], [1.0, 3.0]]
NAN_INF = [np.nan, np.inf, -np.inf, 1.0]


def arr(xp, value, dtype=None):
    return xp.asarray(np.asarray(value, dtype))


# (id, call): `call(xp)` runs the same bad call on NumPy (xp=numpy) and on tnp (xp=tnp_core).
CALLS = [
    # arrays, ints and shapes passed as dtypes
    ("finfo-array", lambda xp: xp.finfo(arr(xp, F64_3))),
    ("finfo-0d", lambda xp: xp.finfo(arr(xp, 2.5, np.float32))),
    ("finfo-int", lambda xp: xp.finfo(1)),
    ("finfo-huge-int", lambda xp: xp.finfo(2**62)),
    ("finfo-shape", lambda xp: xp.finfo((-1, 2))),
    ("finfo-empty-list", lambda xp: xp.finfo([])),
    ("finfo-int-dtype", lambda xp: xp.finfo(xp.int32)),
    ("iinfo-shape", lambda xp: xp.iinfo((-1, 2))),
    ("iinfo-empty-list", lambda xp: xp.iinfo([])),
    ("iinfo-array", lambda xp: xp.iinfo(arr(xp, [1, 2]))),
    ("iinfo-float", lambda xp: xp.iinfo(xp.float32)),
    ("astype-array-dtype", lambda xp: xp.astype(arr(xp, F64_3), arr(xp, F64_3))),
    ("astype-int-dtype", lambda xp: xp.astype(arr(xp, F64_3), 1)),
    ("astype-python-scalar", lambda xp: xp.astype(1, 1)),
    ("astype-python-float", lambda xp: xp.astype(np.nan, arr(xp, 2.5, np.float32))),
    ("can_cast-array-to", lambda xp: xp.can_cast(arr(xp, F64_3), arr(xp, F64_3))),
    ("can_cast-int", lambda xp: xp.can_cast(1, xp.float64)),
    ("issubdtype-arrays", lambda xp: xp.issubdtype(arr(xp, F64_3), arr(xp, F64_2X2))),
    ("issubdtype-ints", lambda xp: xp.issubdtype(1, 1)),
    ("promote_types-arrays", lambda xp: xp.promote_types(arr(xp, 2.5, np.float32), arr(xp, F64_3))),
    ("promote_types-ints", lambda xp: xp.promote_types(1, 1)),
    ("isdtype-array", lambda xp: xp.isdtype(arr(xp, F64_3), "real floating")),
    ("isdtype-str", lambda xp: xp.isdtype("float64", "real floating")),
    ("zeros-bogus-dtype", lambda xp: xp.zeros(3, dtype="not-a-dtype")),
    ("zeros-array-dtype", lambda xp: xp.zeros(3, dtype=arr(xp, F64_3))),
    ("linspace-bogus-dtype", lambda xp: xp.linspace(arr(xp, F64_2X2), [1, 2, 3], dtype="not-a-dtype")),
    ("indices-dtype-first", lambda xp: xp.indices((-1, 2), dtype="not-a-dtype")),
    ("trace-dtype-first", lambda xp: xp.trace(arr(xp, [-1, 2]), dtype="not-a-dtype")),
    # arrays where an int is needed
    ("arange-array", lambda xp: xp.arange(arr(xp, F64_3))),
    ("arange-empty", lambda xp: xp.arange(arr(xp, np.zeros((0, 3))))),
    ("arange-one-element", lambda xp: xp.arange(arr(xp, [3.0]))),
    ("arange-stop-array", lambda xp: xp.arange(1, arr(xp, F64_2X2))),
    ("tri-array", lambda xp: xp.tri(arr(xp, F64_3))),
    ("tri-empty", lambda xp: xp.tri(arr(xp, np.zeros((0, 3))))),
    ("tri-k-array", lambda xp: xp.tri(2, k=arr(xp, F64_2X2))),
    ("tri-nan", lambda xp: xp.tri(np.nan)),
    ("tri-inf", lambda xp: xp.tri(np.inf)),
    ("eye-float", lambda xp: xp.eye(1.5)),
    ("eye-array", lambda xp: xp.eye(arr(xp, [2, 3]))),
    ("diag-rank-before-k", lambda xp: xp.diag(0, k=arr(xp, F64_2X2))),
    ("resize-array-dims", lambda xp: xp.resize(arr(xp, F64_3), arr(xp, F64_2X2))),
    ("resize-negative-float", lambda xp: xp.resize(arr(xp, F64_3), arr(xp, F64_3))),
    ("resize-negative", lambda xp: xp.resize(arr(xp, F64_3), (-1,))),
    ("resize-overflow", lambda xp: xp.resize(arr(xp, F64_3), (2**40, 2**40))),
    ("zeros-bool", lambda xp: xp.zeros(True)),
    ("zeros-bool-dim", lambda xp: xp.zeros((True, 2))),
    ("zeros-float-array", lambda xp: xp.zeros(arr(xp, [2.0, 3.0]))),
    ("zeros-2d-array", lambda xp: xp.zeros(arr(xp, np.ones((2, 3), int)))),
    ("zeros-none", lambda xp: xp.zeros(None)),
    ("ones-negative", lambda xp: xp.ones((2, -1))),
    ("full-bool-shape", lambda xp: xp.full(True, True)),
    ("full-broadcast", lambda xp: xp.full(arr(xp, [2, 0, 1]), arr(xp, [2, 0, 1]))),
    ("full-empty-shape-broadcast", lambda xp: xp.full(arr(xp, np.zeros(0)), arr(xp, np.zeros(0)))),
    # sizes too large to allocate
    ("eye-huge", lambda xp: xp.eye(2**62)),
    ("tri-huge", lambda xp: xp.tri(2**62)),
    ("indices-huge", lambda xp: xp.indices((2**40, 2**40))),
    ("fromfunction-huge", lambda xp: xp.fromfunction(lambda *i: i[0], (2**40, 2**40))),
    ("repeat-huge", lambda xp: xp.repeat(2**62, 2**62)),
    # shapes that do not broadcast
    ("linspace-shapes", lambda xp: xp.linspace(arr(xp, F64_3), arr(xp, F64_2X2))),
    ("logspace-shapes", lambda xp: xp.logspace(arr(xp, F64_3), arr(xp, F64_2X2))),
    ("logspace-array-base", lambda xp: xp.logspace(arr(xp, F64_3), arr(xp, F64_3), base=arr(xp, F64_2X2))),
    ("geomspace-shapes", lambda xp: xp.geomspace(arr(xp, F64_3), arr(xp, F64_2X2))),
    # axes
    ("expand_dims-bigint", lambda xp: xp.expand_dims(arr(xp, 2.5), 2**64)),
    ("expand_dims-c-int", lambda xp: xp.expand_dims(arr(xp, F64_3), 2**40)),
    ("moveaxis-huge", lambda xp: xp.moveaxis(arr(xp, [1, 2]), (2**40, 2**40), (2**40, 2**40))),
    ("moveaxis-none", lambda xp: xp.moveaxis(arr(xp, 2**62), None, 5)),
    ("swapaxes-array-axis", lambda xp: xp.swapaxes(arr(xp, 0), 0, arr(xp, NAN_INF))),
    ("swapaxes-bigint", lambda xp: xp.swapaxes(arr(xp, -5), -5, 2**64)),
    ("swapaxes-c-int", lambda xp: xp.swapaxes(arr(xp, F64_3), 2**40, 0)),
    ("sum-axis-c-int", lambda xp: xp.sum(arr(xp, F64_3), axis=2**40)),
    ("sum-axis-c-long", lambda xp: xp.sum(arr(xp, F64_3), axis=2**64)),
    ("take-axis-c-int", lambda xp: xp.take(arr(xp, F64_3), 0, axis=2**40)),
    ("argmax-axis-c-int", lambda xp: xp.argmax(arr(xp, F64_3), axis=-(2**40))),
    ("compress-tuple-axis", lambda xp: xp.compress(arr(xp, F64_2X2), (2, 3), axis=(0, 0))),
    ("compress-float-axis", lambda xp: xp.compress(arr(xp, np.ones((3, 4))), 0, axis=1.5)),
    ("compress-axis-range", lambda xp: xp.compress([1], arr(xp, F64_3), axis=5)),
    ("compress-condition-2d", lambda xp: xp.compress([[1]], arr(xp, F64_3), axis=5)),
    # float and complex indices
    ("take-float-array", lambda xp: xp.take(arr(xp, F64_2X2), arr(xp, F64_2X2))),
    ("take-float-empty", lambda xp: xp.take(arr(xp, np.zeros(0)), arr(xp, np.zeros(0)))),
    ("take-complex-array", lambda xp: xp.take(arr(xp, F64_3), arr(xp, [1 + 2j]))),
    ("take-complex", lambda xp: xp.take(arr(xp, F64_3), 1 + 2j)),
    ("take-nan", lambda xp: xp.take(arr(xp, np.zeros((0, 3))), np.nan)),
    ("take-inf", lambda xp: xp.take(arr(xp, 2**62), np.inf)),
    ("take-nan-list", lambda xp: xp.take(arr(xp, F64_3), [np.nan])),
    ("put-float-array", lambda xp: xp.put(arr(xp, F64_2X2), arr(xp, F64_2X2), arr(xp, F64_2X2))),
    ("put-nan", lambda xp: xp.put(arr(xp, F64_3), np.nan, 1)),
    ("repeat-float-array", lambda xp: xp.repeat(arr(xp, np.zeros(0)), arr(xp, np.zeros(0)))),
    ("repeat-2d-float", lambda xp: xp.repeat(arr(xp, F64_2X2), arr(xp, F64_2X2))),
    ("repeat-nan-inf", lambda xp: xp.repeat(1 + 2j, arr(xp, NAN_INF))),
    ("repeat-nan", lambda xp: xp.repeat(arr(xp, F64_3), np.nan)),
    ("repeat-inf", lambda xp: xp.repeat(arr(xp, F64_3), np.inf)),
    ("repeat-negative-float", lambda xp: xp.repeat(3, -1.5)),
    ("choose-float", lambda xp: xp.choose(1.5, [1, 2])),
    ("partition-2d-kth", lambda xp: xp.partition(arr(xp, F64_3), arr(xp, F64_2X2))),
    ("partition-float-kth", lambda xp: xp.partition(arr(xp, F64_3), 1.5)),
    ("partition-empty-kth", lambda xp: xp.partition(arr(xp, np.zeros(0)), arr(xp, np.zeros(0)))),
    ("partition-bool-kth", lambda xp: xp.partition(arr(xp, F64_3), True)),
    ("partition-0d", lambda xp: xp.partition(arr(xp, 5.0), 0)),
    ("argpartition-2d-kth", lambda xp: xp.argpartition(arr(xp, F64_2X2), arr(xp, F64_2X2))),
    ("argpartition-float-kth", lambda xp: xp.argpartition(1 + 2j, arr(xp, NAN_INF))),
    ("argpartition-inf-kth", lambda xp: xp.argpartition(2**62, np.inf)),
    ("frombuffer-size", lambda xp: xp.frombuffer(arr(xp, [True, False, True]))),
    ("frombuffer-0d", lambda xp: xp.frombuffer(arr(xp, 2.5, np.float32))),
]


def _outcome(call, xp):
    try:
        return "ok", call(xp)
    except Exception as exc:  # noqa: BLE001 - compared below
        return "raised", exc


@pytest.mark.parametrize("call", [c for _, c in CALLS], ids=[i for i, _ in CALLS])
def test_bad_input_raises_numpys_error(call):
    np_status, expected = _outcome(call, np)
    status, got = _outcome(call, tnp_core)
    assert np_status == "raised", f"NumPy accepted the call: {expected!r}"
    assert status == "raised", f"NumPy raised {expected!r}; tnp returned {got!r}"
    assert isinstance(got, type(expected)), f"NumPy raised {expected!r}; tnp raised {got!r}"


# Inputs close to the bad ones above that NumPy accepts: tnp gives the same result.
ACCEPTED = [
    ("finfo-float-scalar", lambda xp: float(xp.finfo(1.5).eps)),
    ("iinfo-int-scalar", lambda xp: int(xp.iinfo(3).max)),
    ("can_cast-array-from", lambda xp: xp.can_cast(arr(xp, F64_3), xp.float32)),
    ("zeros-empty-array-shape", lambda xp: xp.zeros(arr(xp, np.zeros(0)))),
    ("zeros-2d-empty-shape", lambda xp: xp.zeros(arr(xp, np.zeros((0, 3))))),
    ("ones-int-array-shape", lambda xp: xp.ones(arr(xp, [2, 3]))),
    ("zeros-0d-array-shape", lambda xp: xp.zeros(arr(xp, 3))),
    ("zeros_like-array-shape", lambda xp: xp.zeros_like(arr(xp, NAN_INF), shape=arr(xp, np.zeros(0)))),
    ("full-array-shape", lambda xp: xp.full(arr(xp, np.zeros((0, 3))), np.nan)),
    ("tri-float", lambda xp: xp.tri(2.5)),
    ("tri-float-k", lambda xp: xp.tri(3, k=-0.5)),
    ("tri-float-k-positive", lambda xp: xp.tri(3, k=0.5)),
    ("tri-floats", lambda xp: xp.tri(2.5, 3.5, k=-1.5)),
    ("tri-0d-array", lambda xp: xp.tri(arr(xp, 2))),
    ("tri-negative", lambda xp: xp.tri(-1)),
    ("take-python-float", lambda xp: xp.take(arr(xp, F64_3), 1.5)),
    ("take-float-list", lambda xp: xp.take(arr(xp, F64_3), [1.5, 2])),
    ("take-bool-array", lambda xp: xp.take(arr(xp, F64_3), arr(xp, [True, False, True]))),
    ("repeat-python-float", lambda xp: xp.repeat(arr(xp, F64_3), 1.5)),
    ("repeat-float-list", lambda xp: xp.repeat(arr(xp, F64_3), [1.0, 2.0, 3.0])),
    ("resize-int-array", lambda xp: xp.resize(arr(xp, F64_3), arr(xp, [2, 3]))),
    ("argpartition-0d", lambda xp: xp.argpartition(True, -1)),
    ("argpartition-0d-array", lambda xp: xp.argpartition(arr(xp, 5.0), 0)),
    ("partition-empty-int-kth", lambda xp: xp.sort(xp.partition(arr(xp, F64_3), arr(xp, np.zeros(0, int))))),
    ("frombuffer-array", lambda xp: xp.frombuffer(arr(xp, F64_2X2))),
    ("frombuffer-array-dtype", lambda xp: xp.frombuffer(arr(xp, F64_3), dtype=np.int8)),
    ("geomspace-int-dtype", lambda xp: xp.geomspace(arr(xp, F64_3), arr(xp, F64_3), 5, dtype=np.int8)),
]


@pytest.mark.parametrize("call", [c for _, c in ACCEPTED], ids=[i for i, _ in ACCEPTED])
def test_near_bad_input_matches_numpy(call):
    testing.assert_same(call(tnp_core), call(np))


def test_put_float_python_index():
    a, b = np.arange(3), tnp_core.arange(3)
    np.put(a, [1.5], 7)
    tnp_core.put(b, [1.5], 7)
    testing.assert_same(b, a)


def test_dtype_cache_keys_by_type():
    """A NumPy scalar used as a dtype must not make the equal Python int a dtype (1 == np.int64(1))."""
    tnp_core.zeros(2, dtype=np.int64(1))
    tnp_core.zeros(2, dtype=np.float32(1.0))
    tnp_core.zeros(2, dtype=tf.float32)  # a tf.DType equals and hashes as its enum: tf.float32 == 1
    tnp_core.zeros(2, dtype=tf.float64)  # (enum 2)
    with pytest.raises(TypeError):
        tnp_core.promote_types(1, 1)
    with pytest.raises(TypeError):
        tnp_core.issubdtype(1, 1)
    with pytest.raises(TypeError):
        tnp_core.promote_types(2, 2)
