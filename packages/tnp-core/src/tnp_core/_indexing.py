"""NumPy indexing on tensors: `a[key]`, `a[key] = v` and the functional `a.at[key]` updates.

Plan: basic items (ints when no array is present, slices, None, ...) go through one strided slice; advanced items
(integer arrays and lists, boolean masks as their nonzero coordinates, and ints when an array is present) are
broadcast together and applied with one `gather_nd` on the advanced axes moved to the front; the result dimensions
go where NumPy puts them (in place when the advanced items are adjacent in the key, first otherwise).
Assignment gathers the positions of the selected elements from an index grid with the same plan and scatters;
when an integer-array index repeats a position, the last write wins, as in NumPy (TensorFlow leaves the order of
a scatter's duplicate updates unspecified, so repeats are removed first, keeping the last).
A Python list is an integer-array index, never a tuple of indices.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ._convert import (
    bounded_put,
    cast,
    eager_caches,
    eager_int64,
    eager_scalar,
    int_arg,
    plan_cache,
    to_tensor,
)
from ._dtypes import NP_TO_TF, TF_TO_NP
from ._ndarray import ndarray, wrap
from ._tf import (
    EagerTensor,
    dims_of,
    dtype_enum,
    eager_context,
    gen_array_ops as ga,
    gen_math_ops as gm,
    is_symbolic,
    tf,
)

_VALID = (
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are "
    "valid indices"
)
_ARRAY_TYPES = (ndarray, np.ndarray, tf.Tensor, tf.Variable, list)


def _int_or_none(k: Any) -> int | None:
    """A Python int for an integer scalar index (0-d integer arrays too, when their value is known)."""
    if isinstance(k, (bool, np.bool_)):
        return None
    if isinstance(k, (int, np.integer)):
        return int(k)
    if (
        isinstance(k, (ndarray, np.ndarray, tf.Tensor))
        and getattr(k, "ndim", getattr(k.shape, "rank", None)) == 0
    ):
        t = to_tensor(k)
        if t.dtype.is_integer and not is_symbolic(t):
            return int(t.numpy())
    return None


class _Adv:
    """An advanced index item: integer index tensors for `ndim` consecutive axes."""

    __slots__ = ("mask_shape", "ndim", "tensors")

    def __init__(self, tensors: list[tf.Tensor], ndim: int, mask_shape: list[Any] | None = None) -> None:
        self.tensors = tensors
        self.ndim = ndim
        self.mask_shape = mask_shape


def _advanced(k: Any) -> _Adv:
    if isinstance(k, list) and len(k) == 0:
        return _Adv([tf.zeros([0], tf.int64)], 1)
    if isinstance(k, (bool, np.bool_)):
        k = np.asarray(k)
    try:
        t = to_tensor(k)
    except (TypeError, ValueError):
        raise IndexError(_VALID) from None
    if t.dtype == tf.bool:
        if t.shape.rank == 0:
            # a 0-d mask adds an axis of length 1 (True) or 0 (False)
            return _Adv([tf.zeros(tf.cast(tf.reshape(t, [1]), tf.int32), tf.int64)], 0)
        coords = tf.where(t)  # (n, ndim) int64
        return _Adv([coords[:, i] for i in range(t.shape.rank)], t.shape.rank, t.shape.as_list())
    if not t.dtype.is_integer:
        raise IndexError("arrays used as indices must be of integer (or boolean) type")
    return _Adv([cast(t, tf.int64)], 1)


def _normalize(key: Any, rank: int) -> tuple[list[Any], bool]:
    """The key as a list of items (ints, slices, None, _Adv), the ellipsis expanded; and whether any is advanced."""
    items = list(key) if isinstance(key, tuple) else [key]
    out: list[Any] = []
    has_array = any(isinstance(k, _ARRAY_TYPES) and _int_or_none(k) is None for k in items) or any(
        isinstance(k, (bool, np.bool_)) for k in items
    )
    for k in items:
        if k is None or k is Ellipsis or isinstance(k, slice):
            out.append(k)
            continue
        if isinstance(k, (float, np.floating, complex, str, bytes)) or k is NotImplemented:
            raise IndexError(_VALID)
        i = _int_or_none(k)
        if i is not None:
            out.append(_Adv([tf.constant(i, tf.int64)], 1) if has_array else i)
        elif isinstance(k, (_ARRAY_TYPES, bool, np.bool_)):
            out.append(_advanced(k))
        else:
            try:
                out.append(int(k.__index__()))
            except (AttributeError, TypeError):
                raise IndexError(_VALID) from None
    n_ell = sum(1 for k in out if k is Ellipsis)
    if n_ell > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    consumed = sum(k.ndim if isinstance(k, _Adv) else 1 for k in out if k is not None and k is not Ellipsis)
    if consumed > rank:
        raise IndexError(
            f"too many indices for array: array is {rank}-dimensional, but {consumed} were indexed"
        )
    if n_ell:
        i = out.index(Ellipsis)
        out[i : i + 1] = [slice(None)] * (rank - consumed)
    else:
        out += [slice(None)] * (rank - consumed)
    return out, any(isinstance(k, _Adv) for k in out)


def _check_slices(items: list[Any]) -> None:
    for k in items:
        if isinstance(k, slice):
            for part in (k.start, k.stop, k.step):
                if part is not None and _int_or_none(part) is None:
                    raise TypeError("slice indices must be integers or None or have an __index__ method")
            if k.step is not None and int(k.step) == 0:
                raise ValueError("slice step cannot be zero")


def _basic_key(shape: list[Any], items: list[Any]) -> list[Any]:
    """Ints (bounds-checked as NumPy does), int slices and newaxis: the key of one strided slice."""
    axis = 0
    key: list[Any] = []
    for k in items:
        if k is None:
            key.append(tf.newaxis)
            continue
        if isinstance(k, int):
            n = shape[axis]
            if n is not None and not -n <= k < n:
                raise IndexError(f"index {k} is out of bounds for axis {axis} with size {n}")
        elif isinstance(k, slice):
            k = slice(*(None if p is None else int(p) for p in (k.start, k.stop, k.step)))
        key.append(k)
        axis += 1
    return key


def _whole(key: list[Any]) -> bool:
    return all(isinstance(k, slice) and k == slice(None) for k in key)


def _basic(t: tf.Tensor, items: list[Any]) -> tf.Tensor:
    """Ints, slices and None: one strided slice after NumPy's bounds checks."""
    key = _basic_key(t.shape.as_list(), items)
    if _whole(key):
        return t
    return _strided_slice(t, key)


def _slice_args_plain(key: list[Any]) -> tuple[Any, ...]:
    """(begin, end, strides, begin/end/shrink/new-axis masks) of a StridedSlice for a key of ints, int slices and
    newaxis, as Python tuples and ints, built here rather than by tf.Tensor.__getitem__ (which converts and stacks
    them with several eager ops per call). begin is None when a bound needs int64 (begin/end/strides must share
    one dtype)."""
    parts: list[tuple[int, int, int]] = []  # (begin, end, stride) per key item
    begin_mask = end_mask = shrink = new_axis = 0
    for i, k in enumerate(key):
        bit = 1 << i
        if k is None:
            new_axis |= bit
            parts.append((0, 0, 1))
        elif isinstance(k, int):
            shrink |= bit
            parts.append((k, k + 1, 1))
        else:
            begin_mask |= bit if k.start is None else 0
            end_mask |= bit if k.stop is None else 0
            parts.append((k.start or 0, k.stop or 0, 1 if k.step is None else k.step))
    begin, end, strides = (tuple(p[j] for p in parts) for j in range(3))
    if any(not -_INT32 <= v < _INT32 for v in (*begin, *end, *strides)):
        return None, None, None, 0, 0, 0, 0
    return begin, end, strides, begin_mask, end_mask, shrink, new_axis


def _strided_slice(t: tf.Tensor, key: list[Any]) -> tf.Tensor:
    """`t[key]` as one StridedSlice op (see `_slice_args_plain`)."""
    plain = _slice_args_plain(key)
    if plain[0] is None:
        return t[tuple(key)]  # int64 bounds: TensorFlow's own packing
    return _slice_op(t, plain)


def _slice_op(t: tf.Tensor, plain: tuple[Any, ...]) -> tf.Tensor:
    """The StridedSlice of `_slice_args_plain`'s arguments (begin/end/strides as cached host tensors)."""
    _, _, _, begin_mask, end_mask, shrink, new_axis = plain
    return ga.strided_slice(
        t,
        *_slice_inputs(plain),
        begin_mask=begin_mask,
        end_mask=end_mask,
        shrink_axis_mask=shrink,
        new_axis_mask=new_axis,
    )


def _slice_inputs(plain: tuple[Any, ...]) -> tuple[Any, Any, Any]:
    """The begin/end/strides tensors of `_slice_args_plain`'s arguments (cached host tensors)."""
    return int_arg(plain[0]), int_arg(plain[1]), int_arg(plain[2])


def _update_plan(shape: list[int], items: list[Any]) -> tuple[Any, ...] | None:
    """How `t[key] = v` runs for a basic key on a static shape: (the selection's shape, the update's shape without
    new axes, whether the key selects everything, the StridedSlice arguments). None: the general path."""
    key = _basic_key(shape, items)
    # the selection's shape, from a zero-stride view (no memory whatever the shape)
    picked = np.broadcast_to(_ZERO, shape)[tuple(key)].shape
    if _whole(key):
        return picked, tuple(shape), True, None
    key = [k for k in key if k is not None]  # new axes have length 1: the update's shape leaves them out
    plain = _slice_args_plain(key)
    if plain[0] is None:
        return None
    return picked, np.broadcast_to(_ZERO, shape)[tuple(key)].shape, False, plain


# (shape, key signature) -> `_update_plan` of that key on that shape
_UPDATE_PLANS: dict[tuple[Any, ...], tuple[Any, ...] | None] = {}


def _basic_update(t: tf.Tensor, key: Any, value: Any) -> tf.Tensor | None:
    """`t[key] = value` for a basic key on a static shape: one TensorStridedSliceUpdate (the value cast to t's
    dtype and broadcast to the selection as NumPy does), planned once per (shape, key). None: the general path."""
    shape = t.shape.as_list()
    if None in shape:
        return None
    sig = _signature(key)
    ck = None if sig is None else (tuple(shape), sig)
    if ck is not None and ck in _UPDATE_PLANS:
        plan = _UPDATE_PLANS[ck]
    else:
        items, advanced = _normalize(key, len(shape))
        if advanced:
            return None
        _check_slices(items)
        plan = _update_plan(shape, items)
        if ck is not None:
            bounded_put(_UPDATE_PLANS, ck, plan)
    if plan is None:
        return None
    picked, target, whole, plain = plan
    _check_value(t.dtype, value)
    v = to_tensor(value, TF_TO_NP[t.dtype])
    vshape = tuple(v.shape.as_list())
    if vshape != picked:
        try:
            if np.broadcast_shapes(vshape, picked) != picked:
                raise ValueError
        except ValueError:
            raise ValueError(
                f"could not broadcast input array from shape {vshape} into shape {picked}"
            ) from None
        v = ga.broadcast_to(v, int_arg(picked))
    if target != picked:
        v = ga.reshape(v, int_arg(target))
    if whole:
        return v
    _, _, _, begin_mask, end_mask, shrink, _ = plain
    return ga.tensor_strided_slice_update(
        t,
        *_slice_inputs(plain),
        v,
        begin_mask=begin_mask,
        end_mask=end_mask,
        shrink_axis_mask=shrink,
    )


_ZERO = np.zeros((), np.bool_)
_INT32 = 2**31 - 1


def _gather(t: tf.Tensor, items: list[Any]) -> tf.Tensor:
    """Apply the advanced items of `items` (basic ones already applied: each is a full slice or None) to `t`."""
    # axes of t that each item covers
    axis = 0
    adv_axes: list[int] = []
    adv_tensors: list[tf.Tensor] = []
    adv_positions: list[int] = []
    from_mask: set[int] = set()
    for pos, k in enumerate(items):
        if k is None or isinstance(k, (slice, int)):
            axis += 1
            continue
        adv_positions.append(pos)
        if k.ndim == 0:  # 0-d boolean mask: it added no axis of t, it adds one to the result
            t = tf.expand_dims(t, axis)
            adv_axes.append(axis)
            adv_tensors.append(k.tensors[0])
            axis += 1
            continue
        for j, idx in enumerate(k.tensors):
            adv_axes.append(axis + j)
            adv_tensors.append(idx)
            if k.mask_shape is not None:  # a mask's coordinates are in bounds by construction
                from_mask.add(len(adv_tensors) - 1)
        axis += k.ndim
    shape = t.shape.as_list()
    dyn = tf.shape(t, out_type=tf.int64)
    static = [tuple(x.shape.as_list()) for x in adv_tensors]
    if all(None not in s for s in static):
        try:
            np.broadcast_shapes(*static)
        except ValueError:
            raise IndexError(
                "shape mismatch: indexing arrays could not be broadcast together with shapes "
                + " ".join(str(s) for s in static)
            ) from None
    fixed = []
    for i, (ax, idx) in enumerate(zip(adv_axes, adv_tensors)):
        n = shape[ax]
        known = idx if not is_symbolic(idx) else tf.get_static_value(idx)
        if known is not None and n is not None and idx.shape.num_elements():
            lo, hi = int(np.min(known)), int(np.max(known))
            bad = hi if hi >= n else lo if lo < -n else None
            if bad is not None:
                raise IndexError(f"index {bad} is out of bounds for axis {ax} with size {n}")
        elif (
            known is None and i not in from_mask
        ):  # values known only at run time: NumPy's check as an assertion
            size = dyn[ax]
            ok = tf.reduce_all((idx >= -size) & (idx < size))
            message = f"tnp indexing: an index is out of bounds for axis {ax} with size"
            with tf.control_dependencies([tf.debugging.Assert(ok, [message, size])]):
                idx = tf.identity(idx)
        fixed.append(tf.where(idx < 0, idx + dyn[ax], idx))
    fixed = _broadcast_all(fixed)
    rest = [a for a in range(len(shape)) if a not in adv_axes]
    moved = tf.transpose(t, adv_axes + rest) if adv_axes + rest != list(range(len(shape))) else t
    coords = tf.stack(fixed, axis=-1)
    if moved.shape.num_elements() == 0:  # GatherNd rejects empty params even when it selects no element
        rest_shape = tf.shape(moved)[len(fixed) :]
        r = tf.zeros(tf.concat([tf.shape(coords)[:-1], rest_shape], 0), moved.dtype)
    else:
        r = tf.gather_nd(moved, coords)
    # NumPy's placement: adjacent advanced items keep their place, otherwise the broadcast dims come first
    adjacent = adv_positions == list(range(adv_positions[0], adv_positions[0] + len(adv_positions)))
    first = adv_axes[0] if adjacent else 0
    if first:
        nb = fixed[0].shape.rank
        perm = list(range(nb, nb + first)) + list(range(nb)) + list(range(nb + first, r.shape.rank))
        r = tf.transpose(r, perm)
    return r


def _broadcast_all(tensors: list[tf.Tensor]) -> list[tf.Tensor]:
    if len(tensors) == 1:
        return tensors
    shape = tf.shape(tensors[0])
    for x in tensors[1:]:
        shape = tf.broadcast_dynamic_shape(shape, tf.shape(x))
    return [tf.broadcast_to(x, shape) for x in tensors]


def _check_masks(items: list[Any], shape: list[Any]) -> None:
    axis = 0
    for k in items:
        if k is None:
            continue
        if isinstance(k, _Adv) and k.mask_shape is not None:
            for j, w in enumerate(k.mask_shape):
                g = shape[axis + j]
                if g is not None and w is not None and g != w:
                    raise IndexError(
                        f"boolean index did not match indexed array along axis {axis + j}; size of axis is {g} "
                        f"but size of corresponding boolean axis is {w}"
                    )
        axis += k.ndim if isinstance(k, _Adv) else 1


def _one_array(t: tf.Tensor, key: Any) -> tf.Tensor | None:
    """`t[key]` for a key that is one integer array known on the host (bounds checked and negatives wrapped
    there, then one GatherV2) or one boolean mask over the leading axes (Where + GatherNd). None: the general
    path (which also covers index values known only at run time)."""
    if type(key) is ndarray:
        k: Any = key._t
        is_mask = k.dtype == tf.bool
        if not is_mask and not k.dtype.is_integer:
            return None
        if not is_mask and is_symbolic(k):
            return _traced_take(t, k)
    elif type(key) is np.ndarray and key.dtype.kind in "biu":
        k = key
        is_mask = key.dtype.kind == "b"
    else:
        return None
    shape = t.shape.as_list()
    rank = k.shape.rank if isinstance(k, tf.Tensor) else k.ndim
    if is_mask:
        if not 0 < rank <= len(shape) or None in shape[:rank]:
            return None
        _check_masks([_Adv([], rank, list(k.shape))], shape)
        return ga.gather_nd(t, ga.where(k))
    if not shape or shape[0] is None or rank == 0:
        return None
    host = k if type(k) is np.ndarray else k._numpy()
    n = shape[0]
    if host.size:
        lo, hi = int(host.min()), int(host.max())
        if hi >= n or lo < -n:
            raise IndexError(f"index {hi if hi >= n else lo} is out of bounds for axis 0 with size {n}")
        if lo < 0:
            k = np.where(host < 0, host + n, host)
    if type(k) is np.ndarray:
        if k.dtype.kind == "u" or k.dtype.itemsize < 4:
            k = k.astype(np.int64)
    elif k.dtype not in (tf.int32, tf.int64):
        k = host.astype(np.int64)
    return ga.gather_v2(t, k, 0)


def _traced_take(t: tf.Tensor, k: tf.Tensor) -> tf.Tensor | None:
    """`t[k]` for an integer index known only at run time: NumPy's bounds check as an assertion naming tnp,
    negative indices wrapped, one GatherV2."""
    if t.shape.rank in (None, 0) or k.shape.rank in (None, 0):
        return None
    if k.dtype not in (tf.int32, tf.int64):
        k = gm.cast(k, tf.int64)
    n0 = t.shape[0]
    n = n0 if n0 is not None else ga.shape(t, out_type=k.dtype)[0]
    ok = gm._all(gm.logical_and(gm.greater_equal(k, -n), gm.less(k, n)), int_arg(tuple(range(k.shape.rank))))
    message = "tnp indexing: an index is out of bounds for axis 0 with size"
    with tf.control_dependencies([tf.debugging.Assert(ok, [message, n])]):
        k = gm.select_v2(gm.less(k, 0), gm.add_v2(k, n), k)
    return ga.gather_v2(t, k, 0)


def _signature(key: Any) -> tuple[Any, ...] | None:
    """A hashable form of a key of Python ints, int slices, None and Ellipsis; None for any other key."""
    sig: list[Any] = []
    for k in key if type(key) is tuple else (key,):
        tk = type(k)
        if tk is int:
            sig.append(k)
        elif tk is slice:
            a, b, c = k.start, k.stop, k.step
            if not (
                (a is None or type(a) is int)
                and (b is None or type(b) is int)
                and (c is None or type(c) is int)
            ):
                return None
            sig.append((a, b, c))
        elif k is None or k is Ellipsis:
            sig.append(k)
        else:
            return None
    return tuple(sig)


# (shape, key signature) -> the StridedSlice arguments of that key on that shape (None: the whole array)
_PLANS: dict[tuple[Any, ...], tuple[Any, ...] | None] = {}


def _planned_basic(t: tf.Tensor, key: Any) -> tf.Tensor | None:
    """`t[key]` for a basic key on a static shape, its checks and slice arguments computed once per (shape, key)."""
    sig = _signature(key)
    if sig is None:
        return None
    shape = t.shape
    if shape.rank is None:
        return None
    dims = tuple(shape.as_list())
    ck = (dims, sig)
    if ck in _PLANS:
        plan = _PLANS[ck]
    else:
        items, _ = _normalize(key, len(dims))
        _check_slices(items)
        bkey = _basic_key(list(dims), items)
        plan = None if _whole(bkey) else _slice_args_plain(bkey)
        if plan is not None and plan[0] is None:
            return None  # int64 bounds: the general path
        bounded_put(_PLANS, ck, plan)
    return t if plan is None else _slice_op(t, plan)


def index_tensor(t: tf.Tensor, key: Any) -> tf.Tensor:
    """`t[key]` with NumPy's semantics, on a tensor."""
    if t.shape.rank is None:
        raise IndexError("cannot index an array of unknown rank")
    planned = _planned_basic(t, key)
    if planned is not None:
        return planned
    fast = _one_array(t, key)
    if fast is not None:
        return fast
    items, advanced = _normalize(key, t.shape.rank)
    _check_slices(items)
    if advanced:
        _check_masks(items, t.shape.as_list())
    if not advanced:
        return _basic(t, items)
    basic_key = [k if (k is None or isinstance(k, slice)) else slice(None) for k in items]
    t = _basic(t, basic_key)
    return _gather(t, [k if isinstance(k, _Adv) else (slice(None) if k is not None else None) for k in items])


# ------------------------------------------------------------------------------------------- eager fast paths
# Eagerly, a key of Python ints, int slices, None and Ellipsis is planned once per (key, shape): NumPy's checks run
# when the plan is made, and the plan holds its op's arguments as host tensors, so a call is a dict lookup and one
# op. The plans hold eager tensors of one TensorFlow context: they are dropped when the context changes.

_GENERAL, _WHOLE, _SLICE, _EXPAND, _RESHAPE, _SELECT, _UPDATE, _FILL = range(8)
# (plan caches: emptied with core's other tensor caches when the context changes, see _convert.eager_caches)
_EAGER_GET: dict[tuple[Any, ...], tuple[Any, ...]] = plan_cache()  # (signature, shape) -> how `t[key]` runs
_EAGER_SET: dict[tuple[Any, ...], tuple[Any, ...]] = (
    plan_cache()
)  # (signature, shape, device) -> `t[key] = v`
# the context the caches belong to, whether all its devices are CPUs, a 0-d int64 zero (GatherV2's axis)
_eager_state: list[Any] = [object(), False, None]
_INT_INDEX = (tf.int32.as_datatype_enum, tf.int64.as_datatype_enum)
_BOOL = tf.bool.as_datatype_enum
_SCALAR_TYPES = (bool, int, float, complex)
# up to this size, a scalar is assigned by a SelectV2 on a cached mask (cheaper than a strided-slice update)
_SELECT_MAX = 4096
_NEW_AXIS = (None,)  # the signature of `a[None]`


def _eager() -> Any:
    """The eager context (None in a graph); after a change of TensorFlow's context, the plan caches are empty
    (`eager_caches`) and this module's state is renewed."""
    ctx = eager_caches()
    if ctx is not _eager_state[0] and ctx is not None:
        cpu_only = all(d.device_type == "CPU" for d in tf.config.list_logical_devices())
        _eager_state[:] = [ctx, cpu_only, eager_int64(0)]
    return ctx


def _fast_signature(key: Any) -> tuple[Any, ...] | None:
    """`_signature(key)`, a single int, slice or None handled inline (the common keys)."""
    tk = type(key)
    if tk is int:
        return (key,)
    if key is None:
        return _NEW_AXIS
    if tk is slice:
        a, b, c = key.start, key.stop, key.step
        if (a is None or type(a) is int) and (b is None or type(b) is int) and (c is None or type(c) is int):
            return ((a, b, c),)
        return None
    return _signature(key)


def _get_plan(key: Any, dims: tuple[int, ...]) -> tuple[Any, ...]:
    """How `t[key]` runs on shape `dims`: the whole array, an ExpandDims or Reshape (keys that only add axes) or
    one StridedSlice, with NumPy's errors raised here."""
    items, _ = _normalize(key, len(dims))
    _check_slices(items)
    bkey = _basic_key(list(dims), items)
    if _whole(bkey):
        return (_WHOLE,)
    if all(k is None or k == slice(None) for k in bkey):
        new = [i for i, k in enumerate(bkey) if k is None]
        if len(new) == 1:
            return (_EXPAND, eager_int64(new[0]))
        return (_RESHAPE, int_arg(np.broadcast_to(_ZERO, dims)[tuple(bkey)].shape))
    plain = _slice_args_plain(bkey)
    if plain[0] is None:
        return (_GENERAL,)
    begin, end, strides, *masks = plain
    return (_SLICE, int_arg(begin), int_arg(end), int_arg(strides), *masks)


def _eager_basic(t: tf.Tensor, key: Any) -> tf.Tensor | None:
    """`t[key]` for an eager tensor through a cached plan; None: the general path."""
    sig = _fast_signature(key)
    if sig is None:
        return None
    dims: Any = dims_of(t)  # an eager tensor's: all ints
    plan = _EAGER_GET.get((sig, dims))
    if plan is None:
        plan = bounded_put(_EAGER_GET, (sig, dims), _get_plan(key, dims))
    kind = plan[0]
    if kind == _SLICE:
        _, begin, end, strides, begin_mask, end_mask, shrink, new_axis = plan
        return ga.strided_slice(
            t,
            begin,
            end,
            strides,
            begin_mask=begin_mask,
            end_mask=end_mask,
            shrink_axis_mask=shrink,
            new_axis_mask=new_axis,
        )
    if kind == _WHOLE:
        return t
    if kind == _EXPAND:
        return ga.expand_dims(t, plan[1])
    if kind == _RESHAPE:
        return ga.reshape(t, plan[1])
    return None


def _eager_array(t: tf.Tensor, k: Any) -> tf.Tensor | None:
    """`t[k]` for an eager int32/int64 index whose values are all in [0, n) (one GatherV2) or a boolean mask over
    the leading axes (Where + GatherNd). None: the general path (negative or out-of-bounds indices: NumPy's
    wrapping and IndexError).

    When every device is a CPU, the GatherV2 kernel checks the bounds itself (as the ufuncs rely on their kernels
    to reject incompatible shapes, this needs TensorFlow's default synchronous execution); otherwise (GPU kernels
    do not check) the host checks the index values."""
    if type(k) is not EagerTensor:
        return None
    e = dtype_enum(k)
    if e in _INT_INDEX:
        if _eager_state[1]:
            try:
                r: tf.Tensor = ga.gather_v2(t, k, _eager_state[2])
            except tf.errors.InvalidArgumentError:
                return None
            return r
        return _checked_take(t, k)
    if e == _BOOL:
        kd: Any = dims_of(k)
        td: Any = dims_of(t)
        if 0 < len(kd) <= len(td) and kd == td[: len(kd)]:
            return ga.gather_nd(t, ga.where(k))
    return None


def _checked_take(t: tf.Tensor, k: tf.Tensor) -> tf.Tensor | None:
    """`t[k]` (one GatherV2) when the host sees every value of `k` in [0, n); None otherwise."""
    host = k._numpy()
    nd, size, td = host.ndim, host.size, dims_of(t)
    if nd == 0 or not td:
        return None
    if size:
        if size <= 64:  # Python's min/max on a short list cost less than NumPy's reductions
            flat = host.tolist() if nd == 1 else host.ravel().tolist()
            lo, hi = min(flat), max(flat)
        else:
            lo, hi = int(host.min()), int(host.max())
        if lo < 0 or hi >= td[0]:
            return None
    return ga.gather_v2(t, k, _eager_state[2])


def _set_plan(key: Any, dims: tuple[int, ...], device: Any) -> tuple[Any, ...]:
    """How `t[key] = scalar` runs on shape `dims`: a Fill (the whole array), a SelectV2 on a cached mask (small
    arrays) or one TensorStridedSliceUpdate (which broadcasts the 0-d value itself); NumPy's errors raised here."""
    items, advanced = _normalize(key, len(dims))
    if advanced:
        return (_GENERAL,)
    _check_slices(items)
    plan = _update_plan(list(dims), items)
    if plan is None:
        return (_GENERAL,)
    whole, plain = plan[2], plan[3]
    if whole:
        return (_FILL, int_arg(dims))
    if int(np.prod(dims)) <= _SELECT_MAX:
        mask = np.zeros(dims, np.bool_)
        mask[tuple(_basic_key(list(dims), items))] = True
        with tf.device(device):
            return (_SELECT, tf.constant(mask))
    begin, end, strides, begin_mask, end_mask, shrink, _ = plain
    return (_UPDATE, int_arg(begin), int_arg(end), int_arg(strides), begin_mask, end_mask, shrink)


def _assigned(value: Any, d: np.dtype[Any]) -> tf.Tensor:
    """A Python scalar as a 0-d tensor of dtype `d`, as NumPy's item assignment casts it (and its errors)."""
    _check_value(NP_TO_TF[d], value)
    return to_tensor(value, d)


def _eager_setitem(t: tf.Tensor, key: Any, value: Any) -> tf.Tensor | None:
    """`t[key] = value` for an eager tensor, a basic key and a Python scalar, through a cached plan and value;
    None: the general path."""
    ctx = eager_context()
    if ctx is not _eager_state[0] and _eager() is None:
        return None
    sig = _fast_signature(key)
    if sig is None:
        return None
    device = None if _eager_state[1] else ctx.device_name  # CPUs only: no need to tell devices apart
    dims: Any = dims_of(t)  # an eager tensor's: all ints
    ck = (sig, dims, device)
    plan = _EAGER_SET.get(ck)
    if plan is None:
        plan = bounded_put(_EAGER_SET, ck, _set_plan(key, dims, device))
    kind = plan[0]
    if kind == _GENERAL:
        return None
    v = eager_scalar(value, dtype_enum(t), _assigned)
    if kind == _SELECT:
        return gm.select_v2(plan[1], v, t)
    if kind == _UPDATE:
        _, begin, end, strides, begin_mask, end_mask, shrink = plan
        return ga.tensor_strided_slice_update(
            t, begin, end, strides, v, begin_mask=begin_mask, end_mask=end_mask, shrink_axis_mask=shrink
        )
    return ga.fill(plan[1], v)


def getitem(a: Any, key: Any) -> ndarray:
    """`a[key]` with NumPy's semantics (a copy, never a view)."""
    t = a._t if type(a) is ndarray else to_tensor(a)
    if type(t) is EagerTensor and (eager_context() is _eager_state[0] or _eager() is not None):
        r = _eager_array(t, key._t) if type(key) is ndarray else _eager_basic(t, key)
        if r is not None:
            return wrap(r)
    return wrap(index_tensor(t, key))


def _positions(t: tf.Tensor, key: Any) -> tf.Tensor:
    """The flat positions in `t` of the elements `t[key]` selects, shaped like `t[key]`."""
    size = tf.size(t, out_type=tf.int64)
    grid = tf.reshape(tf.range(size, dtype=tf.int64), tf.shape(t, out_type=tf.int64))
    return index_tensor(grid, key)


def _scatter(t: tf.Tensor, key: Any, value: Any, op: str, check_value: bool = False) -> tf.Tensor:
    pos = _positions(t, key)
    if check_value:  # `t[key] = value`: a Python scalar converts to t's dtype directly, as in NumPy
        _check_value(t.dtype, value)
    v = to_tensor(value, TF_TO_NP[t.dtype] if check_value and type(value) in _SCALAR_TYPES else None)
    vd, td = TF_TO_NP[v.dtype], TF_TO_NP[t.dtype]
    if (
        op == "set"
        and not np.can_cast(vd, td, casting="same_kind")
        and not isinstance(value, (int, float, complex))
    ):
        if vd.kind == "c" and td.kind != "c":
            pass  # NumPy casts complex into real arrays with a ComplexWarning
    v = cast(v, t.dtype)
    pshape, vshape = pos.shape.as_list(), v.shape.as_list()
    if None not in pshape and None not in vshape:
        try:
            if tuple(np.broadcast_shapes(tuple(vshape), tuple(pshape))) != tuple(pshape):
                raise ValueError
        except ValueError:
            raise ValueError(
                f"shape mismatch: value array of shape {tuple(vshape)} could not be broadcast to indexing result "
                f"of shape {tuple(pshape)}"
            ) from None
    v = tf.broadcast_to(v, tf.shape(pos))
    flat = tf.reshape(t, [-1])
    idx = tf.reshape(pos, [-1, 1])
    upd = tf.reshape(v, [-1])
    if op == "set":
        if _may_repeat(key):
            idx, upd = _last_wins(idx, upd)
        out = tf.tensor_scatter_nd_update(flat, idx, upd)
    elif op == "add":
        out = tf.tensor_scatter_nd_add(flat, idx, upd)
    elif op == "min":
        out = tf.tensor_scatter_nd_min(flat, idx, upd)
    elif op == "max":
        out = tf.tensor_scatter_nd_max(flat, idx, upd)
    else:
        raise ValueError(f"unknown update {op!r}")
    return tf.reshape(out, tf.shape(t))


def _may_repeat(key: Any) -> bool:
    """Whether the key may select a position twice: it holds an integer-array index (lists: not all bools)."""
    for k in key if isinstance(key, tuple) else (key,):
        if isinstance(k, list):
            if not all(isinstance(e, (bool, np.bool_)) for e in k):
                return True
        elif isinstance(k, (ndarray, np.ndarray, tf.Tensor, tf.Variable)):
            d, shape = k.dtype, k._t.shape if isinstance(k, ndarray) else tf.TensorShape(k.shape)
            if (d != tf.bool if isinstance(d, tf.DType) else d != np.bool_) and shape.rank != 0:
                return True
    return False


def _last_wins(idx: tf.Tensor, upd: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """The positions without repeats, each with the value of its last occurrence (NumPy's order of writes)."""
    pos = tf.reshape(idx, [-1])
    unique, which = tf.unique(pos, out_idx=tf.int64)
    order = tf.range(tf.size(pos, out_type=tf.int64), dtype=tf.int64)
    last = tf.math.unsorted_segment_max(order, which, tf.size(unique, out_type=tf.int64))
    return tf.reshape(unique, [-1, 1]), tf.gather(upd, last)


def setitem(a: ndarray, key: Any, value: Any) -> None:
    """`a[key] = value`: rebinds `a`'s tensor to an updated copy (value broadcast and cast to `a.dtype`)."""
    t = a._t
    if type(t) is EagerTensor and type(value) in _SCALAR_TYPES:
        r = _eager_setitem(t, key, value)
        if r is not None:
            a._t = r
            return
    v = value._t if isinstance(value, ndarray) else value
    if t.shape.rank is not None and not _may_repeat(key):
        r = _basic_update(t, key, v)
        if r is not None:
            a._t = r
            return
    a._t = _scatter(t, key, v, "set", check_value=True)


def _check_value(d: tf.DType, v: Any) -> None:
    """NumPy's errors for a Python int out of the range of an integer dtype `d` and a complex into a real one
    (raised after the key's errors, as NumPy does)."""
    if isinstance(v, int) and not isinstance(v, bool) and d.is_integer:
        info = np.iinfo(TF_TO_NP[d])
        if not info.min <= v <= info.max:
            if not -(2**63) <= v <= max(info.max, 2**63 - 1):  # beyond what NumPy converts through a C long
                raise OverflowError("Python int too large to convert to C long")
            raise OverflowError(f"Python integer {v} out of bounds for {TF_TO_NP[d]}")
    if type(v) is complex and not d.is_complex and d != tf.bool:  # NumPy stores bool(v) in a bool array
        what = (
            "int() argument must be a string, a bytes-like object"
            if d.is_integer
            else "float() argument must be a string"
        )
        raise TypeError(f"{what} or a real number, not 'complex'")


class _AtIndexer:
    """`x.at[key]`: functional updates that return a new array and leave `x` unchanged."""

    __slots__ = ("_a", "_key")

    def __init__(self, a: ndarray, key: Any) -> None:
        self._a = a
        self._key = key

    def get(self) -> ndarray:
        return getitem(self._a, self._key)

    def set(self, values: Any) -> ndarray:
        return wrap(_scatter(self._a._t, self._key, values, "set"))

    def add(self, values: Any) -> ndarray:
        """Adds at every selected position; repeated indices accumulate (like `numpy.add.at`)."""
        return wrap(_scatter(self._a._t, self._key, values, "add"))

    def subtract(self, values: Any) -> ndarray:
        return wrap(_scatter(self._a._t, self._key, -to_tensor(values), "add"))

    def min(self, values: Any) -> ndarray:
        return wrap(_scatter(self._a._t, self._key, values, "min"))

    def max(self, values: Any) -> ndarray:
        return wrap(_scatter(self._a._t, self._key, values, "max"))

    def multiply(self, values: Any) -> ndarray:
        cur = index_tensor(self._a._t, self._key)
        return self.set(wrap(cur * cast(to_tensor(values), cur.dtype)))

    def divide(self, values: Any) -> ndarray:
        cur = index_tensor(self._a._t, self._key)
        return self.set(wrap(cur / cast(to_tensor(values), cur.dtype)))

    def power(self, values: Any) -> ndarray:
        cur = index_tensor(self._a._t, self._key)
        return self.set(wrap(tf.pow(cur, cast(to_tensor(values), cur.dtype))))


class AtProperty:
    """`x.at`: index it to get the functional updater (`x.at[0].set(5)`)."""

    __slots__ = ("_a",)

    def __init__(self, a: ndarray) -> None:
        self._a = a

    def __getitem__(self, key: Any) -> _AtIndexer:
        return _AtIndexer(self._a, key)


__all__ = ["AtProperty", "getitem", "index_tensor", "setitem"]
