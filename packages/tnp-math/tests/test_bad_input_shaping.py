"""Bad input to the shaping, joining and index-helper functions: the same call on NumPy and tnp raises the same
exception type (NumPy's quirks included: an AttributeError where NumPy reads `.ndim` of a list, a ValueError where
it tests an array's truth value), and the edge inputs NumPy accepts give NumPy's result.

Also pins the one-op forms of `where` (SelectV2) and `stack` (Pack) inside `tf.function`.
"""

from __future__ import annotations

import math
import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
import tnp_math
from tnp_core._ndarray import wrap
from tnp_core.testing import check

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(tnp_math, n) for n in tnp_math.__all__ if hasattr(tnp_math, n)},
    }
)

F2 = np.array([[2.0, 1.0], [1.0, 3.0]])
F3 = np.array([0.5, 1.5, -2.0])
I3 = np.array([2, 0, 1])
B3 = np.array([True, False, True])
F0 = np.array(2.5, np.float32)
F34 = np.arange(12.0).reshape(3, 4)
F234 = np.arange(24.0).reshape(2, 3, 4)
E03 = np.zeros((0, 3))
NAN_INF = np.array([np.nan, np.inf, -np.inf, 1.0])


def _fill_diagonal(xp, a, v):
    xp.fill_diagonal(a, v)
    return a


def _put_along_axis(xp, a, i, v, axis):
    xp.put_along_axis(a, i, v, axis)
    return a


# id -> (fn(xp, *args), args): each call either raises on NumPy (tnp must raise the same type) or succeeds
# (tnp must return NumPy's result).
CASES = {
    # arrays only: NumPy reads .ndim/.shape/.dtype of the argument
    "take_along_axis(list)": (lambda xp, a, i: xp.take_along_axis(a, i), ([1, 2, 3], [0])),
    "take_along_axis(scalar)": (lambda xp, a, i: xp.take_along_axis(a, i), (True, True)),
    "take_along_axis(tuple indices)": (lambda xp, a, i: xp.take_along_axis(a, i), (F3, (1, 2))),
    "take_along_axis(float indices)": (lambda xp, a, i: xp.take_along_axis(a, i), (F3, F3)),
    "take_along_axis(float axis)": (lambda xp, a, i: xp.take_along_axis(a, i, axis=1.5), (F2, I3[:2, None])),
    "take_along_axis(axis None, 2-d indices)": (lambda xp, a, i: xp.take_along_axis(a, i, None), (F2, F2)),
    "take_along_axis(ndim mismatch)": (lambda xp, a, i: xp.take_along_axis(a, i, 0), (F2, I3)),
    "put_along_axis(tuple target)": (_put_along_axis, ((2, 3), I3, 1.0, 0)),
    "put_along_axis(array axis)": (_put_along_axis, (F2.copy(), F2, F2, F2)),
    "put_along_axis(list axis)": (_put_along_axis, (F2.copy(), NAN_INF, b"ab", [[1, 2], [3]])),
    "rollaxis(list)": (lambda xp, a: xp.rollaxis(a, 0), ([1, 2, 3],)),
    "rollaxis(scalar)": (lambda xp, a: xp.rollaxis(a, 1), (1,)),
    "rollaxis(bigint axis)": (lambda xp, a: xp.rollaxis(a, 2**64), (F0,)),
    "rollaxis(start)": (lambda xp, a: xp.rollaxis(a, 0, 5), (F2,)),
    "fill_diagonal(list)": (_fill_diagonal, ([1, 2, 3], 1)),
    "fill_diagonal(float)": (_fill_diagonal, (1.5, 1.5)),
    "fill_diagonal(1-d)": (_fill_diagonal, (F3.copy(), 1.0)),
    "unstack(tuple)": (lambda xp, a: xp.unstack(a), ((2, 3),)),
    "unstack(scalar)": (lambda xp, a: xp.unstack(a), (math.nan,)),
    "unstack(float axis)": (lambda xp, a: xp.unstack(a, axis=1.5), (F2,)),
    "apply_over_axes(int)": (lambda xp, a: xp.apply_over_axes(xp.sum, a, 0), (0,)),
    "apply_over_axes(float axes)": (lambda xp, a, ax: xp.apply_over_axes(xp.sum, a, ax), (F2, F2)),
    "apply_over_axes(ok)": (lambda xp, a: xp.apply_over_axes(xp.sum, a, [0, -1]), (F234,)),
    # tile, roll, rot90, broadcast_to: NumPy's conversion of counts and shapes
    "tile(float reps)": (lambda xp, a: xp.tile(a, 1.5), (F3,)),
    "tile(float reps 2.0)": (lambda xp, a: xp.tile(a, 2.0), (F3,)),
    "tile(nan reps)": (lambda xp, a: xp.tile(a, math.nan), (F3,)),
    "tile(inf reps)": (lambda xp, a: xp.tile(a, math.inf), (F3,)),
    "tile(bigint reps)": (lambda xp, a: xp.tile(a, 2**64), (F0,)),
    "tile(array reps)": (lambda xp, a, r: xp.tile(a, r), (F2, F2)),
    "tile(negative)": (lambda xp, a: xp.tile(a, -1), (F3,)),
    "tile(bool array reps)": (lambda xp, a, r: xp.tile(a, r), (F234, B3)),
    "tile(0-d int array reps)": (lambda xp, a, r: xp.tile(a, r), (F3, np.array(2))),
    "roll(2-d shift)": (lambda xp, a, s: xp.roll(a, s), (F2, F2)),
    "roll(2-d shift, axis)": (lambda xp, a: xp.roll(a, [[1]], axis=0), (F3,)),
    "roll(float axis)": (lambda xp, a: xp.roll(a, 0, axis=1.5), (F34,)),
    "roll(duplicate axes of a scalar)": (lambda xp, a: xp.roll(1.5, a, axis=(0, 0)), (F2,)),
    "roll(float shift)": (lambda xp, a: xp.roll(a, 1.5), (F3,)),
    "roll(nan shift)": (lambda xp, a: xp.roll(a, math.nan), (F3,)),
    "roll(inf shift)": (lambda xp, a: xp.roll(a, math.inf), (F3,)),
    "roll(shift list, no axis)": (lambda xp, a: xp.roll(a, [1, 2]), (F34,)),
    "roll(shifts, axes)": (lambda xp, a: xp.roll(a, [1, -1], axis=(0, 0)), (F34,)),
    "rot90(array k)": (lambda xp, a: xp.rot90(a, k=a), (F34,)),
    "rot90(fraction k)": (lambda xp, a: xp.rot90(a, 1.5), (F34,)),
    "rot90(bigint k)": (lambda xp, a: xp.rot90(a, 2**64), (F34,)),
    "rot90(1-element k)": (lambda xp, a: xp.rot90(a, np.array([1])), (F34,)),
    "broadcast_to(array shape)": (lambda xp, a, s: xp.broadcast_to(a, s), (F3, F2)),
    "broadcast_to(negative float shape)": (lambda xp, a: xp.broadcast_to(a, a), (F3,)),
    "broadcast_to(float shape)": (lambda xp: xp.broadcast_to(1, (2.0,)), ()),
    "broadcast_to(float size)": (lambda xp: xp.broadcast_to(1, 2.5), ()),
    "broadcast_to(non-scalar to ())": (lambda xp, a: xp.broadcast_to(a, ()), (F3,)),
    "broadcast_to(int array shape)": (lambda xp, s: xp.broadcast_to(1, s), (np.array([2, 3]),)),
    # insert, append, trim_zeros, piecewise
    "insert(bool obj)": (lambda xp, a: xp.insert(a, True, 1j, axis=None), (np.arange(6.0).reshape(2, 3),)),
    "insert(list of bools)": (lambda xp, a: xp.insert(a, [True, False], 1), (F3,)),
    "insert(float obj)": (lambda xp, a: xp.insert(a, a, 1), (F3,)),
    "insert(object obj)": (lambda xp, a: xp.insert(a, np.array([1, None, 2], dtype=object), 1), (F3,)),
    "insert(bool array obj)": (lambda xp, a, o: xp.insert(a, o, 7.0), (F3, B3)),
    "append(float axis)": (lambda xp, a: xp.append(a, 0, axis=1.5), (F34,)),
    "append(tuple axis)": (lambda xp: xp.append(1.5, 1.5, axis=(0, 0)), ()),
    "trim_zeros(tuple)": (lambda xp: xp.trim_zeros((0, 2, 3, 0)), ()),
    "trim_zeros(list)": (lambda xp: xp.trim_zeros([0, 0, 1, 0]), ()),
    "trim_zeros(empty list)": (lambda xp: xp.trim_zeros([]), ()),
    "trim_zeros(float)": (lambda xp: xp.trim_zeros(math.nan), ()),
    "piecewise(1-d condlist is one condition)": (lambda xp, x, c: xp.piecewise(x, c, [1, 2, 3]), (F3, F3)),
    "piecewise(condition shape)": (lambda xp, x, c: xp.piecewise(x, c, [1, 2]), (F3, F2)),
    "piecewise(empty x)": (lambda xp, x, c: xp.piecewise(x, c, (0, 0)), (np.zeros(0), F3)),
    "piecewise(too many dimensions)": (lambda xp, x, c: xp.piecewise(x, [c], [1.0]), (F3, F2)),
    "piecewise(tuples)": (lambda xp: xp.piecewise((2, 3), (2, 3), (2, 3)), ()),
    "piecewise(row mask)": (lambda xp, x: xp.piecewise(x, [x[:, 0] > 3], [-1.0, 1.0]), (F34,)),
    "piecewise(scalar condition)": (lambda xp, x: xp.piecewise(x, x > 0, [lambda v: v * 2, 0.0]), (F0,)),
    # joining
    "concatenate(empty array of arrays)": (lambda xp, a: xp.concatenate(a), (E03,)),
    "concat(empty array of arrays)": (lambda xp, a: xp.concat(a), (E03,)),
    "stack(empty array of arrays)": (lambda xp, a: xp.stack(a), (E03,)),
    "concatenate(str axis)": (lambda xp: xp.concatenate((2, 3), axis="abc"), ()),
    "concatenate(float axis)": (lambda xp, a: xp.concatenate([a], axis=1.0), (F3,)),
    "concatenate(str axis, no arrays)": (lambda xp: xp.concatenate([], axis="a"), ()),
    "concatenate(axis out of range)": (lambda xp, a: xp.concatenate([a], axis=3), (F3,)),
    "concatenate(0-d)": (lambda xp, a: xp.concatenate([a, a]), (F0,)),
    "concatenate(weak float)": (lambda xp, a: xp.concatenate((math.nan, a), axis=None), (F0,)),
    "concatenate(weak int wraps)": (
        lambda xp, a: xp.concatenate((300, a), axis=None),
        (np.array([1], np.int8),),
    ),
    "concatenate(weak float, int array)": (lambda xp, a: xp.concatenate((1.5, a), axis=None), (I3,)),
    "concatenate(NumPy scalar is strong)": (
        lambda xp, a: xp.concatenate((np.float64(1.5), a), axis=None),
        (np.array([1], np.float32),),
    ),
    "union1d(weak float)": (lambda xp, a: xp.union1d(math.nan, a), (F0,)),
    "stack(shapes differ)": (lambda xp, a, b: xp.stack([a, b]), (F3, F2)),
    "stack(mixed dtypes)": (lambda xp, a, b: xp.stack([a, b], axis=1), (F3, I3)),
    "stack(axis -1)": (lambda xp, a, b: xp.stack([a, b], axis=-1), (F2, F2)),
    "stack(dtype)": (lambda xp, a, b: xp.stack([a, b], dtype=np.float32), (F3, I3)),
    "stack(dtype casting)": (lambda xp, a, b: xp.stack([a, b], dtype=np.int8, casting="safe"), (F3, I3)),
    # split family
    "split(bool)": (lambda xp: xp.split(True, True), ()),
    "split(int)": (lambda xp: xp.split(2**62, 2**62), ()),
    "split(list, count)": (lambda xp: xp.split([1, 2, 3], 3), ()),
    "split(nan)": (lambda xp, a: xp.split(a, math.nan), (E03,)),
    "split(zero)": (lambda xp, a: xp.split(a, 0), (np.arange(6.0),)),
    "split(fraction)": (lambda xp, a: xp.split(a, 1.5), (np.arange(6.0),)),
    "split(True)": (lambda xp, a: xp.split(a, True), (np.arange(6.0),)),
    "split(float, tuple axis)": (lambda xp: xp.split(1.5, 1.5, axis=(0, 0)), ()),
    "array_split(bool)": (lambda xp: xp.array_split(True, True), ()),
    "array_split(complex)": (lambda xp, a: xp.array_split(1 + 2j, a), (NAN_INF,)),
    "array_split(inf)": (lambda xp, a: xp.array_split(a, math.inf), (np.arange(6.0),)),
    "array_split(complex count)": (lambda xp, a: xp.array_split(a, 1 + 2j), (np.arange(6.0),)),
    "array_split(0-d)": (lambda xp, a: xp.array_split(a, 2), (F0,)),
    "array_split(axis out of range)": (lambda xp, a: xp.array_split(a, 2, axis=5), (F2,)),
    "array_split(float axis)": (lambda xp, a: xp.array_split(a, 2, axis=1.5), (F2,)),
    "array_split(float index)": (lambda xp, a: xp.array_split(a, [1.0]), (np.arange(6.0),)),
    "array_split(fraction count)": (lambda xp, a: xp.array_split(a, 2.5), (np.arange(6.0),)),
    "array_split(list)": (lambda xp: xp.array_split([1, 2, 3], [1]), ()),
    "array_split(int array indices)": (
        lambda xp, a, i: xp.array_split(a, i),
        (np.arange(6.0), np.array([1, 4])),
    ),
    "hsplit(list)": (lambda xp: xp.hsplit([1, 2, 3], [1, 2, 3]), ()),
    "hsplit(tuple)": (lambda xp: xp.hsplit((2**40, 2**40), 1), ()),
    "hsplit(bool indices)": (lambda xp, a, i: xp.hsplit(a, i), (F234, B3)),
    "vsplit(bool indices)": (lambda xp, a, i: xp.vsplit(a, i), (F234, B3)),
    "dsplit(bool indices)": (lambda xp, a, i: xp.dsplit(a, i), (F234, B3)),
    "vsplit(1-d)": (lambda xp, a: xp.vsplit(a, 1), (F3,)),
    # index helpers
    "tril_indices(array n)": (lambda xp, n: xp.tril_indices(n), (F2,)),
    "tril_indices(empty n)": (lambda xp, n: xp.tril_indices(n), (E03,)),
    "tril_indices(0-d float n)": (lambda xp, n: xp.tril_indices(n), (F0,)),
    "tril_indices(fraction)": (lambda xp: xp.tril_indices(2.5), ()),
    "tril_indices(fraction k, m)": (lambda xp: xp.tril_indices(3, k=1.5, m=2.5), ()),
    "tril_indices(nan)": (lambda xp: xp.tril_indices(math.nan), ()),
    "tril_indices(huge)": (lambda xp: xp.tril_indices(2**62), ()),
    "tril_indices(negative)": (lambda xp: xp.tril_indices(-2), ()),
    "tril_indices(array k)": (lambda xp, k: xp.tril_indices(0, k=k), (F34,)),
    "triu_indices(array n)": (lambda xp, n: xp.triu_indices(n, k=2), (F234,)),
    "triu_indices(fraction)": (lambda xp: xp.triu_indices(2.5, k=0.5), ()),
    "triu_indices(huge)": (lambda xp: xp.triu_indices(2**62), ()),
    "tril_indices_from(array k)": (lambda xp, a: xp.tril_indices_from(a, k=a), (F34,)),
    "triu_indices_from(array k)": (lambda xp, a: xp.triu_indices_from(a, k=a), (F34,)),
    "triu_indices_from(fraction k)": (lambda xp, a: xp.triu_indices_from(a, k=0.5), (F34,)),
    "ravel_multi_index(bool dims)": (lambda xp, i, d: xp.ravel_multi_index(i, d), (F234, B3)),
    "ravel_multi_index(bool list dims)": (
        lambda xp: xp.ravel_multi_index(([0], [0], [0]), [True, False, True]),
        (),
    ),
    "ravel_multi_index(float dims)": (lambda xp: xp.ravel_multi_index(([0], [0], [0]), (1, 1, 1.0)), ()),
    "ravel_multi_index(float, empty dims)": (lambda xp, i: xp.ravel_multi_index(i, (0, 0)), (F2,)),
    "ravel_multi_index(empty dims)": (lambda xp: xp.ravel_multi_index(([0], [0]), (0, 0)), ()),
    "ravel_multi_index(length)": (lambda xp: xp.ravel_multi_index(([0],), (2, 0)), ()),
    "unravel_index(bool shape)": (lambda xp: xp.unravel_index(1, (True, 4)), ()),
    "lexsort(axis None)": (lambda xp: xp.lexsort([[1, 2], [3]], axis=None), ()),
    "lexsort(float axis)": (lambda xp: xp.lexsort([[1, 2], [3, 4]], axis=1.5), ()),
    "fromstring(array)": (lambda xp, a: xp.fromstring(a), (F3,)),
    "fromstring(binary mode)": (lambda xp: xp.fromstring("1 2"), ()),
    "fromstring(text)": (lambda xp: xp.fromstring("1 2", sep=" "), ()),
    "fromiter(array dtype)": (lambda xp, a: xp.fromiter([1, 2], a), (F3,)),
    "fromiter(0-d array dtype)": (lambda xp, a: xp.fromiter([1, 2], a), (F0,)),
    "fromiter(not iterable)": (lambda xp: xp.fromiter(3, float), ()),
    # found by a longer sweep: NumPy's order of checks and its size limits
    "insert(float index out of range)": (lambda xp: xp.insert(1.5, 1.5, 0.0), ()),
    "insert(float index in range)": (lambda xp, a: xp.insert(a, 0.5, 0.0), (F3,)),
    "rot90(bool array k)": (lambda xp, a, k: xp.rot90(a, k=k), (np.arange(6.0).reshape(2, 3), B3)),
    "array_split(count before axis)": (lambda xp: xp.array_split((0, 0), -1, axis=1.5), ()),
    "tile(too big)": (lambda xp, a: xp.tile(a, 2**62), (NAN_INF.astype(complex),)),
    "broadcast_to(too big)": (lambda xp: xp.broadcast_to(2**62, 2**62), ()),
    "broadcast_to(bool shape)": (lambda xp: xp.broadcast_to(True, True), ()),
    "piecewise(ragged conditions)": (lambda xp, x: xp.piecewise(x, [[1, 2], [3]], [1, 2]), (F2,)),
    "piecewise(empty condlist)": (lambda xp, x, c: xp.piecewise(x, c, [1, 2]), (F34, E03)),
    "piecewise(2-d value, full mask)": (lambda xp: xp.piecewise(0.5, 0.5, [F234[0], 0.5]), ()),
    "piecewise(2-d value, prefix mask)": (lambda xp, x: xp.piecewise(x, (0, 0), [F34, F34]), (F234,)),
    "piecewise(value shape mismatch)": (lambda xp, x: xp.piecewise(x, (0, 0), [F34, F34]), (F2,)),
    "unstack(duplicate axes)": (lambda xp, a: xp.unstack(a, axis=(0, 0)), (F3,)),
    "unstack(one-axis tuple)": (lambda xp, a: xp.unstack(a, axis=(1,)), (F2,)),
    "trim_zeros(duplicate axes)": (lambda xp, a: xp.trim_zeros(a, axis=(0, 0)), (F3,)),
    "concatenate(bad dtype first)": (lambda xp: xp.concatenate([1, 2, 3], dtype="not-a-dtype"), ()),
    "concatenate(object dtype, 0-d)": (lambda xp, a: xp.concatenate(a, dtype=object), (F3,)),
    "append(axis checked on the first array)": (lambda xp, a: xp.append(a, 5, axis=-5), (I3,)),
    "append(dimensions differ)": (lambda xp, a: xp.append(a, 5, axis=0), (I3,)),
    "fromstring(int)": (lambda xp: xp.fromstring(0), ()),
    "tril_indices(list n)": (lambda xp: xp.tril_indices([1, 2, 3], k=5), ()),
    "tril_indices(complex n)": (lambda xp: xp.tril_indices(1 + 2j), ()),
    "tril_indices(tuple k)": (
        lambda xp, n: xp.tril_indices(n, k=(2, 3)),
        (np.array([[1 + 1j, 2.0], [0.5j, 1.0]]),),
    ),
    "tril_indices(bool array k)": (lambda xp, k: xp.tril_indices(True, k=k), (B3,)),
    "triu_indices(tuple k)": (lambda xp: xp.triu_indices(0, k=(2, 3)), ()),
    # where
    "where(shapes differ)": (lambda xp, c, a, b: xp.where(c, a, b), (B3, F2, F3)),
    "where(one of x, y)": (lambda xp, c, a: xp.where(c, a), (B3, F3)),
    "where(same dtype)": (lambda xp, c, a, b: xp.where(c, a, b), (B3, F3, -F3)),
    "where(weak scalar)": (lambda xp, c, a: xp.where(c, a, 0.0), (B3, F3.astype(np.float32))),
    "where(promotion)": (lambda xp, c, a, b: xp.where(c, a, b), (B3, I3.astype(np.int8), F3)),
    "where(broadcast)": (lambda xp, c, a: xp.where(c, a, 1), (B3[:, None], I3)),
    "where(number condition)": (lambda xp, c, a: xp.where(c, a, -1.0), (I3, F3)),
}


@pytest.mark.parametrize("name", list(CASES))
def test_same_outcome_as_numpy(name):
    fn, args = CASES[name]
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(fn, *args, modes=("eager",), xp=XP)


def test_split_of_a_traced_length():
    """A section count still works on an axis of unknown length inside tf.function (the sweep's checks skip it)."""
    f = tf.function(lambda t: [p._t for p in tnp_math.array_split(wrap(t), 2)], autograph=False)
    parts = f.get_concrete_function(tf.TensorSpec([None], tf.float32))(tf.range(5.0))
    assert [p.numpy().tolist() for p in parts] == [[0.0, 1.0, 2.0], [3.0, 4.0]]


def _ops(fn, specs):
    g = (
        tf.function(lambda *ts: fn(*(wrap(t) for t in ts))._t, autograph=False)
        .get_concrete_function(*specs)
        .graph
    )
    return sorted(op.type for op in g.get_operations() if op.type not in {"Placeholder", "Identity", "NoOp"})


@pytest.mark.parametrize("rows", [2, None])
def test_where_is_one_select(rows):
    f, b = tf.TensorSpec([rows, 3], tf.float32), tf.TensorSpec([rows, 3], tf.bool)
    assert _ops(tnp_math.where, [b, f, f]) == ["SelectV2"]


@pytest.mark.parametrize("rows", [2, None])
def test_stack_is_one_pack(rows):
    f = tf.TensorSpec([rows, 3], tf.float32)
    assert _ops(lambda x, y: tnp_math.stack([x, y]), [f, f]) == ["Pack"]
