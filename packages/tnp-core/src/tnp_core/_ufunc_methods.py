"""The methods of `ufunc`: reduce, accumulate, reduceat, outer, at.

NumPy decides: each call first runs the NumPy ufunc's own method on a tiny stand-in array (every dimension
of size 0 or 1, the real dtypes and arguments), which raises NumPy's exceptions and gives the result dtype.
Then TensorFlow computes in that dtype: TF's fast reductions for the ufuncs in `_FAST`, otherwise a fold
(`tf.foldl`/`tf.scan`) of the ufunc's kernel, in NumPy's order (so non-associative ufuncs are exact).
`at` scatters for add/subtract (and integer maximum/minimum) and otherwise updates one index at a time.

Differs from NumPy: with an `out=` of a narrower dtype than the loop, NumPy casts the first element through
out's dtype before reducing (values depend on its buffering); we reduce in the loop dtype and cast once.
While tracing with unknown dimensions, a zero-size reduction without identity and out-of-range `reduceat`
indices cannot raise. NumPy 2.4's float `power.reduce` over a contiguous axis gives `x[0] ** x[-1]` (a NumPy
bug); we give the left fold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ._axes import normalize_axis, reduction_axes
from ._convert import cast, to_tensor
from ._dtypes import NP_TO_TF, TF_TO_NP
from ._indexing import _positions
from ._ndarray import ndarray, wrap
from ._promotion import WEAK_TYPES
from ._reductions import _KERNELS, _mask, store
from ._tf import is_symbolic, tf

if TYPE_CHECKING:
    from ._ufunc import ufunc

NoValue: Any = np._NoValue
_BOOL = np.dtype(bool)
Step = Any  # (tensor, tensor) -> tensor, both and the result in the reduction dtype

# ufunc name -> the `_reductions` kernel family that reduces it with TF's fast reductions
_FAST = {n: n for n in ("add", "multiply", "maximum", "minimum", "logical_and", "logical_or")}
_FAST.update(bitwise_and="logical_and", bitwise_or="logical_or")  # bool loops only (see _fast_kernel)


# ---- helpers -------------------------------------------------------------------------------------------
def _stand_in(t: tf.Tensor, keep: int | None = None) -> np.ndarray[Any, Any]:
    """Ones of `t`'s dtype, each dimension of size 0 or 1 (dimension `keep` at its real static size)."""
    dims = t.shape.as_list()
    shape = [0 if d == 0 else 1 for d in dims]
    if keep is not None and dims[keep] is not None:
        shape[keep] = dims[keep]
    return np.ones(shape, TF_TO_NP[t.dtype])


def _ranked(array: Any, what: str) -> tf.Tensor:
    t = to_tensor(array)
    if t.shape.rank is None:
        raise ValueError(f"{what} needs the array's rank, which is unknown while tracing")
    return t


def _step(u: ufunc, d: np.dtype[Any]) -> Step:
    """The ufunc's kernel as a binary step on tensors of dtype `d` (result cast back to `d`)."""
    loop, kernel, _ = u._resolve((d, d))
    tfd, a, b = NP_TO_TF[d], NP_TO_TF[loop[0]], NP_TO_TF[loop[1]]

    def step(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        r = kernel(cast(x, a), cast(y, b))
        return cast(r, tfd)

    return step


def _identity(u: ufunc, d: np.dtype[Any]) -> tf.Tensor:
    return tf.constant(np.asarray(u.identity).astype(d))


def _fast_kernel(u: ufunc, t: tf.Tensor) -> Any:
    op = _FAST.get(u.spec.name)
    if op is None or (u.spec.name.startswith("bitwise") and t.dtype != tf.bool):
        return None
    kind = "b" if t.dtype == tf.bool else "c" if t.dtype.is_complex else "r"
    return _KERNELS.get((op, kind))


def _to_front(t: tf.Tensor, axes: list[int]) -> tf.Tensor:
    """`t` with `axes` moved to the front and flattened into one: shape (n, *other dims)."""
    rest = [i for i in range(t.shape.rank) if i not in axes]
    perm = axes + rest
    x = tf.transpose(t, perm) if perm != list(range(t.shape.rank)) else t
    x = tf.reshape(x, tf.concat([[-1], tf.shape(x)[len(axes) :]], 0))
    x.set_shape([None] + [t.shape[i] for i in rest])
    return x


def _fold(step: Step, x: tf.Tensor, mask: tf.Tensor | None, start: tf.Tensor | None) -> tf.Tensor:
    """Left fold of the rows of `x` (masked rows keep the accumulator); from `start`, or from the first row."""
    row_shape = tf.shape(x)[1:]
    if start is None:
        first = tf.equal(tf.range(tf.shape(x)[0]), 0)

        def from_first(acc: tf.Tensor, e: tuple[tf.Tensor, tf.Tensor]) -> tf.Tensor:
            return tf.where(e[1], e[0], step(acc, e[0]))

        return tf.foldl(from_first, (x, first), initializer=tf.zeros(row_shape, x.dtype))
    acc0 = tf.broadcast_to(start, row_shape)
    if mask is None:
        return tf.foldl(step, x, initializer=acc0)

    def masked(acc: tf.Tensor, e: tuple[tf.Tensor, tf.Tensor]) -> tf.Tensor:
        return tf.where(e[1], step(acc, e[0]), acc)

    return tf.foldl(masked, (x, mask), initializer=acc0)


def _numpy_dtype(u: ufunc, method: Any, t: tf.Tensor, out: Any, out_shape: Any, *args: Any, **kw: Any) -> Any:
    """Run NumPy's `method` on a stand-in (NumPy's exceptions) and give the dtype the loop computes in.

    With `out=` and no `dtype=`, NumPy resolves the loop from out's dtype and the input's (casting unsafely).
    `out_shape(stand_in)` is the shape of the result.
    """
    stand_in = _stand_in(t)
    if isinstance(out, tuple) and len(out) == 1:
        out = out[0]
    if not isinstance(out, ndarray):
        return np.asarray(method(stand_in, *args, **kw)).dtype
    method(stand_in, *args, out=np.empty(out_shape(stand_in), out.dtype), **kw)
    if kw.get("dtype") is not None:
        return np.asarray(method(stand_in, *args, **kw)).dtype
    return u._np.resolve_dtypes((out.dtype, stand_in.dtype, None), reduction=True, casting="unsafe")[0]


# ---- reduce ------------------------------------------------------------------------------------------
def reduce(
    u: ufunc, array: Any, axis: Any, dtype: Any, out: Any, keepdims: bool, initial: Any, where: Any
) -> ndarray:
    if u.nin != 2:
        raise ValueError("reduce only supported for binary functions")
    if u.nout != 1:
        raise ValueError("reduce only supported for functions returning a single value")
    t = _ranked(array, "reduce")
    if initial is None:
        initial = NoValue
    kw: dict[str, Any] = {"keepdims": keepdims, "initial": initial}
    if dtype is not None:
        kw["dtype"] = dtype

    def shape(x: Any) -> Any:
        any_: Any = np.logical_or.reduce
        return any_(np.zeros(x.shape, bool), axis, keepdims=keepdims).shape

    rd = _numpy_dtype(u, u._np.reduce, t, out, shape, axis, **kw)
    if where is not True and u.identity is None and initial is NoValue:
        raise ValueError(
            f"reduction operation '{u.__name__}' does not have an identity, so to use a where mask one has "
            "to specify 'initial'"
        )
    t = cast(t, NP_TO_TF[rd])
    axes = list(reduction_axes(axis, t.shape.rank))
    mask = _mask(where, t)
    step = _step(u, rd)
    init = None if initial is NoValue else to_tensor(initial, rd)
    fast = _fast_kernel(u, t)
    if not axes:
        r = t if init is None else step(init, t)
        if mask is not None:
            r = tf.where(mask, r, init if init is not None else _identity(u, rd))
        return store(r, out, u.__name__)
    if fast is not None:
        r = fast(t, axes, bool(keepdims), mask)
        if init is not None:
            r = step(init, r)
        return store(r, out, u.__name__)
    start = init if init is not None else None if u.identity is None else _identity(u, rd)
    m = None if mask is None else _to_front(mask, axes)
    r = _fold(step, _to_front(t, axes), m, start)
    r.set_shape([t.shape[i] for i in range(t.shape.rank) if i not in axes])
    if keepdims:
        for ax in sorted(axes):
            r = tf.expand_dims(r, ax)
    return store(r, out, u.__name__)


# ---- accumulate --------------------------------------------------------------------------------------
def _move(t: tf.Tensor, src: int, dst: int) -> tf.Tensor:
    perm = list(range(t.shape.rank))
    perm.insert(dst, perm.pop(src))
    return tf.transpose(t, perm) if perm != list(range(t.shape.rank)) else t


def _scan(step: Step, x: tf.Tensor) -> tf.Tensor:
    """Inclusive scan of the rows of `x` (works for zero rows)."""
    first = tf.equal(tf.range(tf.shape(x)[0]), 0)

    def fn(acc: tf.Tensor, e: tuple[tf.Tensor, tf.Tensor]) -> tf.Tensor:
        return tf.where(e[1], e[0], step(acc, e[0]))

    r = tf.scan(fn, (x, first), initializer=tf.zeros(tf.shape(x)[1:], x.dtype))
    r.set_shape(x.shape)
    return r


def accumulate(u: ufunc, array: Any, axis: Any, dtype: Any, out: Any) -> ndarray:
    if u.nin != 2:
        raise ValueError("accumulate only supported for binary functions")
    if u.nout != 1:
        raise ValueError("accumulate only supported for functions returning a single value")
    t = _ranked(array, "accumulate")
    kw: dict[str, Any] = {} if dtype is None else {"dtype": dtype}
    rd = _numpy_dtype(u, u._np.accumulate, t, out, np.shape, axis, **kw)
    if isinstance(axis, tuple):
        axis = axis[0]
    ax = 0 if axis is None else normalize_axis(axis, t.shape.rank)  # NumPy allows None for 1-d only
    t = cast(t, NP_TO_TF[rd])
    name = u.spec.name
    if name == "add" and rd.kind in "iufc":
        r = tf.cumsum(t, axis=ax)
    elif name == "multiply" and rd.kind in "iufc":
        r = tf.math.cumprod(t, axis=ax)
    else:
        r = _move(_scan(_step(u, rd), _move(t, ax, 0)), 0, ax)
    return store(r, out, name)


# ---- reduceat ----------------------------------------------------------------------------------------
def reduceat(u: ufunc, array: Any, indices: Any, axis: Any, dtype: Any, out: Any) -> ndarray:
    if u.nin != 2:
        raise ValueError("reduceat only supported for binary functions")
    if u.nout != 1:
        raise ValueError("reduceat only supported for functions returning a single value")
    t = _ranked(array, "reduceat")
    idx = to_tensor(indices)
    kw: dict[str, Any] = {} if dtype is None else {"dtype": dtype}
    if t.shape.rank == 0:
        u._np.reduceat(_stand_in(t), [0], axis, **kw)  # NumPy's TypeError
    ax = normalize_axis(axis, t.shape.rank)
    if is_symbolic(idx) or t.shape[ax] is None:
        rd = u._np.reduceat(_stand_in(t), np.zeros(1, np.intp), ax, **kw).dtype
    else:
        eager = indices if isinstance(indices, (list, tuple, np.ndarray)) else idx.numpy()
        rd = u._np.reduceat(_stand_in(t, ax), eager, ax, **kw).dtype  # bounds and index dtype checks
    if idx.shape.rank != 1:
        raise ValueError("index must be a 1-d array")
    t = cast(t, NP_TO_TF[rd])
    x = _move(t, ax, 0)  # (n, rest...)
    n = tf.shape(x, out_type=tf.int64)[0]
    starts = cast(idx, tf.int64)
    ends = tf.concat([starts[1:], tf.reshape(n, [1])], 0)
    ends = tf.where(ends > starts, ends, starts + 1)
    j = tf.range(n)
    seg = tf.logical_and(j >= starts[:, None], j < ends[:, None])  # (m, n)
    fast = _fast_kernel(u, t)
    if fast is not None:
        xb = tf.broadcast_to(x[None], tf.concat([tf.shape(seg), tf.shape(x)[1:]], 0))
        mb = tf.reshape(seg, tf.concat([tf.shape(seg), tf.ones([x.shape.rank - 1], tf.int32)], 0))
        r = fast(xb, [1], False, tf.broadcast_to(mb, tf.shape(xb)))
    else:
        step = _step(u, rd)
        m = tf.shape(seg)[0]
        rows = tf.concat([[m], tf.shape(x)[1:]], 0)
        lift = tf.concat([[m], tf.ones([x.shape.rank - 1], tf.int32)], 0)

        def fn(
            state: tuple[tf.Tensor, tf.Tensor], e: tuple[tf.Tensor, tf.Tensor]
        ) -> tuple[tf.Tensor, tf.Tensor]:
            acc, started = state
            xj, mj = tf.broadcast_to(e[0], rows), e[1]
            take, fresh = tf.reshape(mj, lift), tf.reshape(tf.logical_and(mj, tf.logical_not(started)), lift)
            acc = tf.where(fresh, xj, tf.where(take, step(acc, xj), acc))
            return acc, tf.logical_or(started, mj)

        init = (tf.zeros(rows, x.dtype), tf.zeros([m], tf.bool))
        r, _ = tf.foldl(fn, (x, tf.transpose(seg)), initializer=init)
    r.set_shape([idx.shape[0], *x.shape.as_list()[1:]])
    return store(_move(r, 0, ax), out, u.__name__)


# ---- outer, at ---------------------------------------------------------------------------------------
def outer(u: ufunc, a: Any, b: Any, kwargs: dict[str, Any]) -> Any:
    if u.nin != 2:
        raise ValueError("outer product only supported for binary functions")
    ta, tb = to_tensor(a), to_tensor(b)  # as NumPy's outer: Python scalars become arrays (not weak)
    nb = tb.shape.rank
    if nb is None:
        raise ValueError("outer needs the rank of its second operand, which is unknown while tracing")
    a2 = tf.reshape(ta, tf.concat([tf.shape(ta), tf.ones([nb], tf.int32)], 0))
    a2.set_shape(ta.shape.concatenate([1] * nb))
    return u(wrap(a2), wrap(tb), **kwargs)


_SCATTER = {
    "add": tf.tensor_scatter_nd_add,
    "maximum": tf.tensor_scatter_nd_max,
    "minimum": tf.tensor_scatter_nd_min,
}


def at(u: ufunc, a: Any, indices: Any, b: Any) -> None:
    if u.nout != 1:
        raise ValueError("Only single output ufuncs supported at this time")
    if not isinstance(a, ndarray):
        raise TypeError("first operand must be array (a tnp.ndarray, which is updated in place)")
    if u.nin == 1 and b is not None:
        raise ValueError("second operand provided when ufunc is unary")
    if u.nin == 2 and b is None:
        raise ValueError("second operand needed for ufunc")
    t = a._t
    d = TF_TO_NP[t.dtype]
    pos = tf.reshape(_positions(t, indices), [-1])
    flat = tf.reshape(t, [-1])
    if u.nin == 1:
        u._np.at(np.ones(1, d), [0])  # NumPy's TypeError when there is no loop
        loop, kernel, _ = u._resolve((d,))
        vals = None
    else:
        if type(b) in WEAK_TYPES:
            u._np.at(np.ones(1, d), [0], b)
            loop, kernel, _ = u._resolve((d, _BOOL if type(b) is bool else type(b)))
            v = to_tensor(b, loop[1])
        else:
            bt = to_tensor(b)
            u._np.at(np.ones(1, d), [0], np.ones((), TF_TO_NP[bt.dtype]))
            loop, kernel, _ = u._resolve((d, TF_TO_NP[bt.dtype]))
            v = cast(bt, NP_TO_TF[loop[1]])
        ps, vs = _positions(t, indices).shape, v.shape
        if ps.is_fully_defined() and vs.is_fully_defined():
            try:
                ok = np.broadcast_shapes(tuple(vs.as_list()), tuple(ps.as_list())) == tuple(ps.as_list())
            except ValueError:
                ok = False
            if not ok:
                raise ValueError(
                    f"array is not broadcastable to correct shape: value of shape {tuple(vs.as_list())}, "
                    f"index result of shape {tuple(ps.as_list())}"
                )
        vals = tf.reshape(tf.broadcast_to(v, tf.shape(_positions(t, indices))), [-1])
    name = u.spec.name
    same = all(x == d for x in loop)
    if vals is not None and same and name in _SCATTER and d.kind in ("iufc" if name == "add" else "iu"):
        a._t = tf.reshape(_SCATTER[name](flat, pos[:, None], vals), tf.shape(t))
        return
    ins = [NP_TO_TF[x] for x in loop[: u.nin]]

    def body(i: tf.Tensor, f: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
        p = pos[i]
        args = [cast(f[p], ins[0])] + ([] if vals is None else [vals[i]])
        r = cast(kernel(*args), t.dtype)
        return i + 1, tf.tensor_scatter_nd_update(f, tf.reshape(p, [1, 1]), tf.reshape(r, [1]))

    n = tf.shape(pos)[0]
    _, flat = tf.while_loop(lambda i, f: i < n, body, (tf.constant(0), flat))
    a._t = tf.reshape(flat, tf.shape(t))
