"""NumPy's main-namespace products and matrix helpers: inner, outer, tensordot, kron, cross, vdot, the gufuncs
matvec/vecmat/vecdot, einsum/einsum_path, tril/triu, diagflat, vander.

Products are computed in the operands' common dtype (NumPy's promotion); integer and bool products run in a
dtype TensorFlow has kernels for and are cast back, which wraps exactly as NumPy's fixed-width arithmetic does
(bool sums of products are logical or-of-ands, as in NumPy).
"""

from __future__ import annotations

import math
import operator
import string
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np

from ._axes import normalize_axis
from ._convert import cast, to_tensor
from ._creation import _check_allocatable, check_tri_offset
from ._dtypes import NP_TO_TF, TF_TO_NP, as_np_dtype, as_tf_dtype
from ._matmul import in_kernel_dtype, loop_dtype
from ._ndarray import ndarray, wrap
from ._promotion import result_type_of_keys
from ._reductions import store
from ._tf import tf

__all__ = [
    "cross", "diagflat", "einsum", "einsum_path", "inner", "kron", "matvec", "outer", "tensordot", "tril",
    "triu", "vander", "vdot", "vecdot", "vecmat",
]  # fmt: skip


# ---- helpers -----------------------------------------------------------------------------------------------


def _common(*ts: tf.Tensor, dtype: Any = None) -> tuple[list[tf.Tensor], tf.DType]:
    """The tensors cast to their NumPy result type (or to `dtype`)."""
    d = result_type_of_keys(*(TF_TO_NP[t.dtype] for t in ts)) if dtype is None else as_np_dtype(dtype)
    target = NP_TO_TF[d]
    return [cast(t, target) for t in ts], target


def _shape(t: tf.Tensor) -> tuple[int | None, ...]:
    return tuple(t.shape.as_list())


def _moveaxis(t: tf.Tensor, src: int, dst: int) -> tf.Tensor:
    nd = t.shape.rank
    src, dst = src % nd, dst % nd
    if src == dst:
        return t
    perm = [i for i in range(nd) if i != src]
    perm.insert(dst, src)
    return tf.transpose(t, perm)


def _static_broadcast(*shapes: Sequence[int | None]) -> None:
    """NumPy's ValueError when statically known dimensions cannot broadcast."""
    n = max(len(s) for s in shapes)
    for i in range(1, n + 1):
        dims = {s[-i] for s in shapes if len(s) >= i and s[-i] is not None and s[-i] != 1}
        if len(dims) > 1:
            raise ValueError(
                "shape mismatch: objects cannot be broadcast to a single shape. Mismatch is between shapes "
                + " and ".join(str(tuple(s)) for s in shapes)
            )


def _dims(t: tf.Tensor) -> list[Any]:
    """The dimensions of `t`: ints where static, scalar int32 tensors elsewhere."""
    dyn = tf.shape(t)
    return [d if d is not None else dyn[i] for i, d in enumerate(t.shape.as_list())]


def _multiply(a: tf.Tensor, b: tf.Tensor, out: Any = None) -> ndarray:
    from ._operators import multiply

    return multiply(wrap(a), wrap(b), out=out)  # type: ignore[no-any-return]


# ---- inner, outer, tensordot, kron, vdot -------------------------------------------------------------------


def inner(a: Any, b: Any, /) -> ndarray:
    """`numpy.inner`: sum over the last axes of `a` and `b` (0-d operands multiply).

    Examples:
        >>> tnp.inner(tnp.array([1, 2]), tnp.array([3, 4]))
        tnp.array(11)
    """
    ta, tb = to_tensor(a), to_tensor(b)
    if ta.shape.rank == 0 or tb.shape.rank == 0:
        return _multiply(ta, tb)
    (ta, tb), _ = _common(ta, tb)
    na, nb = ta.shape.rank, tb.shape.rank
    ka, kb = ta.shape[-1], tb.shape[-1]
    if ka is not None and kb is not None and ka != kb:
        raise ValueError(
            f"shapes {_shape(ta)} and {_shape(tb)} not aligned: {ka} (dim {na - 1}) != {kb} (dim {nb - 1})"
        )
    return wrap(in_kernel_dtype(lambda x, y: tf.tensordot(x, y, [[na - 1], [nb - 1]]), ta, tb))


def outer(a: Any, b: Any, out: Any = None) -> ndarray:
    """`numpy.outer`: the operands are flattened; `out` is rebound (tnp arrays are immutable).

    Examples:
        >>> tnp.outer(tnp.array([1, 2]), tnp.array([3, 4, 5]))
        tnp.array([[ 3,  4,  5],
                   [ 6,  8, 10]])
    """
    ta, tb = tf.reshape(to_tensor(a), [-1]), tf.reshape(to_tensor(b), [-1])
    return _multiply(ta[:, tf.newaxis], tb[tf.newaxis, :], out=out)


def _axis_list(x: Any) -> list[Any]:
    try:
        return list(x)
    except TypeError:
        return [x]


def _tensordot_axes(axes: Any, ra: int, rb: int) -> tuple[list[int], list[int]]:
    """NumPy's reading of tensordot's `axes` (an int n, or a pair of axis sequences/ints)."""
    try:
        iter(axes)
    except TypeError:
        n = operator.index(axes)
        la, lb = list(range(-n, 0)), list(range(0, n))
    else:
        xa, xb = axes
        la, lb = _axis_list(xa), _axis_list(xb)
    if len(set(la)) != len(la) or len(set(lb)) != len(lb):
        raise ValueError("duplicate axes are not allowed in tensordot")
    return la, lb


def tensordot(a: Any, b: Any, axes: Any = 2) -> ndarray:
    """`numpy.tensordot`: sum products over the given axes of two arrays.

    Sum over `axes` (an int: the last n of `a` with the first n of `b`; or a pair of
    axis lists). Errors as NumPy's (ValueError "shape-mismatch for sum", IndexError for an axis out of range).

    Examples:
        >>> tnp.tensordot(tnp.ones((2, 3)), tnp.ones((3, 4)), axes=1).shape
        (2, 4)
        >>> tnp.tensordot(tnp.array([[1, 2], [3, 4]]), tnp.array([[1, 2], [3, 4]]))
        tnp.array(30)
    """
    ta, tb = to_tensor(a), to_tensor(b)
    la, lb = _tensordot_axes(axes, ta.shape.rank, tb.shape.rank)
    sa, sb = _shape(ta), _shape(tb)
    ok = len(la) == len(lb)
    if ok:
        for k, (i, j) in enumerate(zip(la, lb)):
            da, db = sa[operator.index(i)], sb[operator.index(j)]  # IndexError out of range, as NumPy
            if da is not None and db is not None and da != db:
                ok = False
                break  # as NumPy: later axes are not looked at (nor range-checked)
            la[k], lb[k] = i % len(sa), j % len(sb)
    if not ok:
        raise ValueError("shape-mismatch for sum")
    (ta, tb), _ = _common(ta, tb)
    return wrap(in_kernel_dtype(lambda x, y: tf.tensordot(x, y, [la, lb]), ta, tb))


def kron(a: Any, b: Any) -> ndarray:
    """`numpy.kron`: the Kronecker product (the operand with fewer dimensions gets leading 1s).

    Examples:
        >>> tnp.kron(tnp.array([1, 10]), tnp.array([1, 2]))
        tnp.array([ 1,  2, 10, 20])
    """
    ta, tb = to_tensor(a), to_tensor(b)
    nd = max(ta.shape.rank, tb.shape.rank)
    da = [1] * (nd - ta.shape.rank) + _dims(ta)
    db = [1] * (nd - tb.shape.rank) + _dims(tb)
    # the outer product of the flattened operands (a 2-d broadcast: TensorFlow's Mul broadcasts at most 5-d),
    # as (a0, ..., b0, ...) -> (a0, b0, a1, b1, ...) -> (a0 * b0, a1 * b1, ...)
    prod = _multiply(tf.reshape(ta, [-1, 1]), tf.reshape(tb, [1, -1]))._t
    prod = tf.reshape(prod, _shape_arg(da + db))
    prod = tf.transpose(prod, [k for i in range(nd) for k in (i, nd + i)])
    return wrap(tf.reshape(prod, _shape_arg([x * y for x, y in zip(da, db)])))


def _shape_arg(dims: list[Any]) -> Any:
    return dims if all(isinstance(d, int) for d in dims) else tf.stack(dims)


def vdot(a: Any, b: Any, /) -> ndarray:
    """`numpy.vdot`: both operands flattened, the first conjugated; a 0-d result.

    Examples:
        >>> tnp.vdot(tnp.array([1j, 2]), tnp.array([1j, 3]))
        tnp.array(7.+0.j)
    """
    ta, tb = tf.reshape(to_tensor(a), [-1]), tf.reshape(to_tensor(b), [-1])
    na, nb = ta.shape[0], tb.shape[0]
    if na is not None and nb is not None and na != nb:
        raise ValueError(f"vdot: the operands have different sizes ({na} and {nb})")
    (ta, tb), _ = _common(ta, tb)
    if ta.dtype.is_complex:
        ta = tf.math.conj(ta)
    return wrap(in_kernel_dtype(lambda x, y: tf.tensordot(x, y, 1), ta, tb))


# ---- cross -------------------------------------------------------------------------------------------------


def cross(
    a: Any, b: Any, axisa: int = -1, axisb: int = -1, axisc: int = -1, axis: int | None = None
) -> ndarray:
    """`numpy.cross` of (broadcast arrays of) 2- and 3-vectors; 2-vectors warn DeprecationWarning as in NumPy 2.

    Differs: while tracing with an unknown vector length, the length is taken to be 3.

    Examples:
        >>> tnp.cross(tnp.array([1, 0, 0]), tnp.array([0, 1, 0]))
        tnp.array([0, 0, 1])
    """
    if axis is not None:
        axisa = axisb = axisc = axis
    ta, tb = to_tensor(a), to_tensor(b)
    if ta.shape.rank == 0 or tb.shape.rank == 0:
        raise ValueError("At least one array has zero dimension")
    ta = _moveaxis(ta, normalize_axis(axisa, ta.shape.rank, "axisa"), -1)
    tb = _moveaxis(tb, normalize_axis(axisb, tb.shape.rank, "axisb"), -1)
    na, nb = (3 if t.shape[-1] is None else t.shape[-1] for t in (ta, tb))  # unknown: taken to be 3
    if na not in (2, 3) or nb not in (2, 3):
        raise ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
    if na == 2 or nb == 2:
        warnings.warn(
            "Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. "
            "(deprecated in NumPy 2.0)",
            DeprecationWarning,
            stacklevel=2,
        )
    _static_broadcast(_shape(ta)[:-1], _shape(tb)[:-1])
    (ta, tb), d = _common(ta, tb)
    if d == tf.bool:
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
            "operator, or the logical_xor function instead."
        )
    work = tf.int64 if d.is_integer else d  # integers wrap exactly when cast back
    ta, tb = cast(ta, work), cast(tb, work)
    a0, a1, b0, b1 = ta[..., 0], ta[..., 1], tb[..., 0], tb[..., 1]
    c2 = a0 * b1 - a1 * b0
    if na == 2 and nb == 2:
        return wrap(cast(c2, d))
    if na == 2:
        b2 = tb[..., 2]
        c0, c1 = a1 * b2, -(a0 * b2)
    elif nb == 2:
        a2 = ta[..., 2]
        c0, c1 = -(a2 * b1), a2 * b0
    else:
        a2, b2 = ta[..., 2], tb[..., 2]
        c0, c1 = a1 * b2 - a2 * b1, a2 * b0 - a0 * b2
    r = tf.stack([c0, c1, c2], -1)
    return wrap(cast(_moveaxis(r, -1, normalize_axis(axisc, r.shape.rank, "axisc")), d))


# ---- the gufuncs matvec, vecmat, vecdot --------------------------------------------------------------------

_GUFUNCS = {  # name: (core ranks of x1, x2, out), signature, kernel on operands with core dims last
    "vecdot": ((1, 1, 0), "(n),(n)->()"),
    "matvec": ((2, 1, 1), "(m,n),(n)->(m)"),
    "vecmat": ((1, 2, 1), "(n),(n,m)->(m)"),
}


_UFUNC_DEFAULTS: dict[str, Any] = {"where": True, "subok": True, "signature": None}  # accepted, nothing to do


def _kernel(name: str, a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    if a.dtype.is_complex and name != "matvec":
        a = tf.math.conj(a)
    if name == "vecdot":
        return in_kernel_dtype(lambda x, y: tf.reduce_sum(x * y, -1), a, b)
    if name == "matvec":
        return in_kernel_dtype(lambda m, v: tf.linalg.matmul(m, v[..., tf.newaxis])[..., 0], a, b)
    return in_kernel_dtype(lambda v, m: tf.linalg.matmul(v[..., tf.newaxis, :], m)[..., 0, :], a, b)


def _core_axes(entry: Any, rank: int, core: int, name: str) -> list[int]:
    axes = [entry] if not isinstance(entry, (tuple, list)) else list(entry)
    if len(axes) != core:
        raise ValueError(f"{name}: axes item has {len(axes)} entries but the core rank is {core}")
    return [normalize_axis(x, rank) for x in axes]


def _to_end(t: tf.Tensor, axes: list[int]) -> tf.Tensor:
    rest = [i for i in range(t.shape.rank) if i not in axes]
    return t if rest + axes == list(range(t.shape.rank)) else tf.transpose(t, rest + axes)


def _from_end(t: tf.Tensor, axes: list[int]) -> tf.Tensor:
    nd = t.shape.rank
    k = len(axes)
    rest = iter(range(nd - k))
    where = dict(zip(axes, range(nd - k, nd)))
    perm = [where[i] if i in where else next(rest) for i in range(nd)]
    return t if perm == list(range(nd)) else tf.transpose(t, perm)


def _gufunc(
    name: str,
    x1: Any,
    x2: Any,
    out: Any,
    axis: Any,
    axes: Any,
    keepdims: bool,
    dtype: Any,
    casting: str,
    kw: Any,
) -> ndarray:
    kw = {k: v for k, v in kw.items() if k not in _UFUNC_DEFAULTS or v is not _UFUNC_DEFAULTS[k]}
    if kw:
        raise NotImplementedError(f"{name}: unsupported argument(s) {', '.join(sorted(kw))}")
    (ca, cb, co), sig = _GUFUNCS[name]
    if axis is not None:
        if axes is not None:
            raise TypeError("cannot specify both 'axis' and 'axes'")
        if name != "vecdot":
            raise TypeError(
                f"{name}: axis can only be used with a single shared core dimension, not with the 2 distinct "
                f"ones implied by signature {sig}."
            )
        axes = [axis, axis]
    if keepdims and name != "vecdot":
        raise TypeError(
            f"{name} does not support keepdims: its signature {sig} has core dimensions in the output"
        )
    if keepdims and axes is not None and axis is None:
        raise NotImplementedError(f"{name}: keepdims=True together with axes= is not supported (use axis=)")
    ta, tb = to_tensor(x1), to_tensor(x2)
    # NumPy resolves the loop (bad dtype=, casting errors) before it checks the core dimensions
    loop = getattr(np, name).resolve_dtypes(
        (TF_TO_NP[ta.dtype], TF_TO_NP[tb.dtype], None),
        signature=(None, None, loop_dtype(dtype)),
        casting=casting,
    )
    for i, (t, c) in enumerate(((ta, ca), (tb, cb))):
        if t.shape.rank < c:
            raise ValueError(
                f"{name}: Input operand {i} does not have enough dimensions (has {t.shape.rank}, gufunc core "
                f"with signature {sig} requires {c})"
            )
    if axis is not None:  # NumPy's TypeError for a tuple or float axis, after the dimension check
        axis = operator.index(axis)
        axes = [axis, axis]
    out_axes: list[int] | None = None
    if axes is not None:
        axes = list(axes)
        if len(axes) not in ((2, 3) if co == 0 else (3,)):
            raise ValueError(f"{name}: axes should be a list with an entry for all 3 inputs and outputs")
        ta = _to_end(ta, _core_axes(axes[0], ta.shape.rank, ca, name))
        tb = _to_end(tb, _core_axes(axes[1], tb.shape.rank, cb, name))
        if co:
            out_axes = [axes[2]]
    ka, kb = ta.shape[-1], tb.shape[-2 if name == "vecmat" else -1]
    if ka is not None and kb is not None and ka != kb:
        raise ValueError(
            f"{name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {sig} "
            f"(size {kb} is different from {ka})"
        )
    _static_broadcast(_shape(ta)[: ta.shape.rank - ca], _shape(tb)[: tb.shape.rank - cb])
    ta, tb = cast(ta, as_tf_dtype(loop[0])), cast(tb, as_tf_dtype(loop[1]))  # object: tnp's TypeError, last
    r = cast(_kernel(name, ta, tb), NP_TO_TF[loop[2]])
    if out_axes is not None:
        r = _from_end(r, _core_axes(out_axes[0], r.shape.rank, co, name))
    if keepdims:
        r = tf.expand_dims(r, normalize_axis(-1 if axis is None else axis, r.shape.rank + 1))
    if out is None:
        return wrap(r)
    from ._operators import positive

    return positive(wrap(r), out=out, casting=casting)  # type: ignore[no-any-return]


def vecdot(
    x1: Any,
    x2: Any,
    /,
    out: Any = None,
    *,
    axis: Any = None,
    axes: Any = None,
    keepdims: bool = False,
    dtype: Any = None,
    casting: str = "same_kind",
    **kwargs: Any,
) -> ndarray:
    """`numpy.vecdot`: vector dot product (gufunc `(n),(n)->()`) over the last axis, with broadcasting.

    sum(conj(x1) * x2) over the last axis (or `axis`/`axes`), with
    broadcasting. A function, not a ufunc object: `where`, `order`, `subok`, `signature` raise
    NotImplementedError unless they have their default values; `keepdims` cannot be combined with `axes`.

    Examples:
        >>> tnp.vecdot(tnp.array([[1, 2], [3, 4]]), tnp.array([1, 1]))
        tnp.array([3, 7])
    """
    return _gufunc("vecdot", x1, x2, out, axis, axes, keepdims, dtype, casting, kwargs)


def matvec(
    x1: Any,
    x2: Any,
    /,
    out: Any = None,
    *,
    axes: Any = None,
    dtype: Any = None,
    casting: str = "same_kind",
    **kwargs: Any,
) -> ndarray:
    """`numpy.matvec`: matrix-vector product (gufunc `(m,n),(n)->(m)`) with broadcast batches.

    Matrix times vector with broadcast batches. A function, not a
    ufunc object: `axis` and `keepdims` raise TypeError as NumPy's; `where`, `order`, `subok`, `signature`
    raise NotImplementedError.

    Examples:
        >>> tnp.matvec(tnp.array([[1, 2], [3, 4]]), tnp.array([1, 1]))
        tnp.array([3, 7])
    """
    return _gufunc(
        "matvec",
        x1,
        x2,
        out,
        kwargs.pop("axis", None),
        axes,
        kwargs.pop("keepdims", False),
        dtype,
        casting,
        kwargs,
    )


def vecmat(
    x1: Any,
    x2: Any,
    /,
    out: Any = None,
    *,
    axes: Any = None,
    dtype: Any = None,
    casting: str = "same_kind",
    **kwargs: Any,
) -> ndarray:
    """`numpy.vecmat`: vector-matrix product (gufunc `(n),(n,m)->(m)`) with broadcast batches.

    conj(vector) times matrix with broadcast batches. A function,
    not a ufunc object (see `matvec` for the unsupported keywords).

    Examples:
        >>> tnp.vecmat(tnp.array([1, 1]), tnp.array([[1, 2], [3, 4]]))
        tnp.array([4, 6])
    """
    return _gufunc(
        "vecmat",
        x1,
        x2,
        out,
        kwargs.pop("axis", None),
        axes,
        kwargs.pop("keepdims", False),
        dtype,
        casting,
        kwargs,
    )


# ---- einsum ------------------------------------------------------------------------------------------------

_SUBLIST_LETTERS = string.ascii_uppercase + string.ascii_lowercase  # NumPy: 0-25 -> 'A'-'Z', 26-51 -> 'a'-'z'
_ELL = "."  # internal labels of broadcast (ellipsis) dimensions are ".0", ".1", ...


def _sublist(sub: Any) -> str:
    """An interleaved-form subscript list as a subscripts string."""
    parts = []
    for s in sub:
        if s is Ellipsis:
            parts.append("...")
            continue
        try:
            i = operator.index(s)
        except TypeError:
            raise TypeError("each subscript must be either an integer or an ellipsis") from None
        if not 0 <= i < 52:
            raise ValueError("subscript is not within the valid range [0, 52)")
        parts.append(_SUBLIST_LETTERS[i])
    return "".join(parts)


def _split_operands(operands: Sequence[Any]) -> tuple[str, list[Any]]:
    if not operands:
        raise ValueError("must specify the einstein sum subscripts string and at least one operand")
    if isinstance(operands[0], str):
        if len(operands) < 2:
            raise ValueError("must specify the einstein sum subscripts string and at least one operand")
        return operands[0], list(operands[1:])
    if len(operands) < 2:
        raise ValueError("must provide at least an operand and a subscripts list to einsum")
    n = len(operands) // 2
    arrays, subs = list(operands[0 : 2 * n : 2]), [_sublist(s) for s in operands[1 : 2 * n : 2]]
    spec = ",".join(subs)
    if len(operands) % 2:
        spec += "->" + _sublist(operands[-1])
    return spec, arrays


def _term(term: str, where: str) -> list[str]:
    """One term as labels, with `...` kept as one item."""
    if term.count("...") > 1 or term.replace("...", "").count("."):
        raise ValueError(
            f"einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in {where}"
        )
    labels: list[str] = []
    for i, part in enumerate(term.split("...")):
        if i:
            labels.append("...")
        for c in part:
            if c not in string.ascii_letters:
                raise ValueError(
                    f"invalid subscript '{c}' in einstein sum subscripts string, subscripts must be letters"
                )
            labels.append(c)
    return labels


def _parse(spec: str, ranks: list[int]) -> tuple[list[list[str]], list[str]]:
    """Labels of every operand's dimensions and of the output (broadcast dimensions get labels '.k')."""
    spec = spec.replace(" ", "")
    lhs, arrow, rhs = spec.partition("->")
    if "->" in rhs or "-" in lhs or ">" in lhs:
        raise ValueError(
            "einstein sum subscripts string includes output subscript '-' or '>' in a wrong place"
        )
    terms = lhs.split(",")
    if len(terms) > len(ranks):
        raise ValueError(
            "fewer operands provided to einstein sum function than specified in the subscripts string"
        )
    if len(terms) < len(ranks):
        raise ValueError(
            "more operands provided to einstein sum function than specified in the subscripts string"
        )
    parsed = [_term(t, f"operand {k}") for k, t in enumerate(terms)]
    n_ell = []
    for k, (labels, rank) in enumerate(zip(parsed, ranks)):
        named = len([x for x in labels if x != "..."])
        if named > rank:
            raise ValueError(f"einstein sum subscripts string contains too many subscripts for operand {k}")
        if "..." not in labels and named < rank:
            raise ValueError(
                "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis "
                "provided to broadcast the extra dimensions."
            )
        n_ell.append(rank - named)
    kmax = max(n_ell, default=0)
    ell = [f"{_ELL}{i}" for i in range(kmax)]
    full = []
    for labels, n in zip(parsed, n_ell):
        expanded: list[str] = []
        for x in labels:
            expanded += ell[kmax - n :] if x == "..." else [x]
        full.append(expanded)
    if arrow:
        out_labels = _term(rhs, "the output")
        seen = {x for labels in parsed for x in labels}
        for c in out_labels:
            if c != "..." and c not in seen:
                raise ValueError(
                    f"einstein sum subscripts string included output subscript '{c}' which never appeared in an input"
                )
            if out_labels.count(c) > 1:
                raise ValueError(
                    f"einstein sum subscripts string includes output subscript '{c}' multiple times"
                )
        if kmax and "..." not in out_labels:
            raise ValueError(
                "output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis "
                "provided to broadcast the extra dimensions."
            )
        out: list[str] = []
        for x in out_labels:
            out += ell if x == "..." else [x]
    else:
        counts: dict[str, int] = {}
        for labels in parsed:
            for x in labels:
                counts[x] = counts.get(x, 0) + 1
        out = ell + sorted(c for c, n in counts.items() if n == 1 and c != "...")
    return full, out


def _diagonals(t: tf.Tensor, labels: list[str], k: int) -> tuple[tf.Tensor, list[str]]:
    """Take the diagonal for every label repeated within one operand ('ii->i')."""
    while len(set(labels)) < len(labels):
        lab = next(x for x in labels if labels.count(x) > 1)
        i = labels.index(lab)
        j = labels.index(lab, i + 1)
        si, sj = t.shape[i], t.shape[j]
        if si is not None and sj is not None and si != sj:
            raise ValueError(
                f"dimensions in operand {k} for collapsing index '{lab}' don't match ({si} != {sj})"
            )
        rest = [x for x in range(len(labels)) if x not in (i, j)]
        t = tf.linalg.diag_part(tf.transpose(t, [*rest, i, j]))
        labels = [*(labels[x] for x in rest), lab]
    return t, labels


def _broadcast(ts: list[tf.Tensor], labels: list[list[str]]) -> tuple[list[tf.Tensor], list[list[str]]]:
    """NumPy's broadcasting of a label's size-1 dimensions against the other operands' sizes."""
    sizes: dict[str, list[int | None]] = {}
    for t, labs in zip(ts, labels):
        for lab, d in zip(labs, t.shape.as_list()):
            sizes.setdefault(lab, []).append(d)
    for ds in sizes.values():
        known = {d for d in ds if d is not None and d != 1}
        if len(known) > 1:
            raise ValueError(
                "operands could not be broadcast together with remapped shapes: "
                + " ".join(str(_shape(t)) for t in ts)
            )
    new_ts, new_labels = [], []
    for t, labs in zip(ts, labels):
        drop = [
            i for i, (lab, d) in enumerate(zip(labs, t.shape.as_list())) if d == 1 and set(sizes[lab]) != {1}
        ]
        if drop:  # a size-1 dimension broadcasts: drop it here, another operand carries the label
            t = tf.squeeze(t, drop)
            labs = [x for i, x in enumerate(labs) if i not in drop]
        new_ts.append(t)
        new_labels.append(labs)
    # broadcast dimensions unknown while tracing: broadcast them explicitly (sizes {0, 1} give 0, {1, n} give n)
    for lab, ds in sizes.items():
        if not lab.startswith(_ELL) or None not in ds or len(ds) < 2:
            continue
        where = [(k, labs.index(lab)) for k, labs in enumerate(new_labels) if lab in labs]
        if len(where) < 2:
            continue
        dims = tf.stack([tf.shape(new_ts[k])[i] for k, i in where])
        target = tf.reduce_max(dims) * tf.cast(tf.reduce_min(dims) != 0, tf.int32)
        for k, i in where:
            dyn = tf.unstack(tf.shape(new_ts[k]), num=new_ts[k].shape.rank)
            dyn[i] = target
            new_ts[k] = tf.broadcast_to(new_ts[k], tf.stack(dyn))
    return new_ts, new_labels


def _einsum_t(labels: list[list[str]], out: list[str], ts: list[tf.Tensor]) -> tf.Tensor:
    """einsum (parsed by `_parse`) on tensors of one dtype TensorFlow's einsum supports."""
    ts2, labels2 = [], []
    for k, (t, labs) in enumerate(zip(ts, labels)):
        t, labs = _diagonals(t, labs, k)
        others = {x for j, ls in enumerate(labels) if j != k for x in ls} | set(out)
        alone = [i for i, x in enumerate(labs) if x not in others]
        if alone:  # labels only this operand has and the output has not: sum them first
            t = tf.reduce_sum(t, alone)
            labs = [x for i, x in enumerate(labs) if i not in alone]
        ts2.append(t)
        labels2.append(labs)
    ts2, labels2 = _broadcast(ts2, labels2)
    if len(ts2) == 1:
        return tf.transpose(ts2[0], [labels2[0].index(x) for x in out]) if out != labels2[0] else ts2[0]
    names = sorted({x for labs in labels2 for x in labs} | set(out))
    if len(names) > 52:
        raise NotImplementedError("einsum: more than 52 distinct dimensions (with the broadcast ones)")
    letter = dict(zip(names, string.ascii_letters))
    eq = (
        ",".join("".join(letter[x] for x in labs) for labs in labels2)
        + "->"
        + "".join(letter[x] for x in out)
    )
    return tf.einsum(eq, *ts2)


_EINSUM_KW = ("dtype", "order", "casting")


def _check_optimize(optimize: Any) -> None:
    if isinstance(optimize, (bool, str)):
        return
    if isinstance(optimize, (list, tuple)) and optimize and optimize[0] == "einsum_path":
        return
    raise TypeError(f"einsum: did not understand the path (optimize={optimize!r})")


def einsum(*operands: Any, out: Any = None, optimize: Any = False, **kwargs: Any) -> ndarray:
    """`numpy.einsum`: Einstein summation over the operands' subscripts.

    Explicit/implicit output, ellipsis broadcasting, repeated subscripts (diagonals), the
    interleaved form `einsum(a, [0, 1], b, [1, 2])`, `dtype=`, `casting=` (default 'safe'), `out=` (rebound).

    Differs: `optimize` is validated but the contraction order is TensorFlow's (tf.einsum's opt_einsum path);
    a size-1 dimension of a named (non-ellipsis) subscript broadcasts only when its size is known while tracing.

    Examples:
        >>> a = tnp.array([[1, 2], [3, 4]])
        >>> tnp.einsum('ij,jk->ik', a, a)
        tnp.array([[ 7, 10],
                   [15, 22]])
        >>> tnp.einsum('ii', a)
        tnp.array(5)
    """
    bad = sorted(set(kwargs) - set(_EINSUM_KW))
    if bad:
        raise TypeError(f"einsum() got an unexpected keyword argument '{bad[0]}'")
    _check_optimize(optimize)
    dtype, casting = kwargs.get("dtype"), kwargs.get("casting", "safe")
    if casting not in ("no", "equiv", "safe", "same_kind", "unsafe"):
        raise ValueError(
            f"casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got {casting!r})"
        )
    spec, arrays = _split_operands(operands)
    ts = [to_tensor(x) for x in arrays]
    labels, out_labels = _parse(spec, [t.shape.rank for t in ts])
    if len(ts) == 1 and out is None and set(labels[0]) == set(out_labels):
        dtype = None  # NumPy returns a view here (a transpose or diagonal), ignoring dtype= and casting=
    if dtype is not None:
        target = as_np_dtype(dtype)
        for k, t in enumerate(ts):
            if not np.can_cast(TF_TO_NP[t.dtype], target, casting):
                raise TypeError(
                    f"Iterator operand {k} dtype could not be cast from {TF_TO_NP[t.dtype]!r} to {target!r} "
                    f"according to the rule '{casting}'"
                )
    odt = out.dtype if isinstance(out, ndarray) else None
    if odt is not None and dtype is None:
        res = result_type_of_keys(*(TF_TO_NP[t.dtype] for t in ts))
        if not np.can_cast(res, odt, casting):
            raise TypeError(
                f"Iterator requested dtype could not be cast from {res!r} to {odt!r}, the operand "
                f"{len(ts)} dtype, according to the rule '{casting}'"
            )
        if np.can_cast(res, odt, "safe"):  # NumPy then accumulates in out's dtype (no wrapping in uint8)
            dtype = odt
    ts, d = _common(*ts, dtype=dtype)
    if odt is not None and not np.can_cast(TF_TO_NP[d], odt, casting):
        raise TypeError(
            f"einsum: cannot cast the result from {TF_TO_NP[d]!r} to out's {odt!r} with casting='{casting}'"
        )
    r = in_kernel_dtype(lambda *xs: _einsum_t(labels, out_labels, list(xs)), *ts)
    if out is None:
        return wrap(r)
    return store(r, out, "einsum")


def _host(x: Any) -> Any:
    """A tnp array in a subscripts-list place as a NumPy array (NumPy reads or rejects it as a list)."""
    return np.asarray(x) if isinstance(x, ndarray) else x


def einsum_path(*operands: Any, optimize: Any = "greedy", einsum_call: bool = False) -> Any:
    """`numpy.einsum_path`: the contraction order `einsum(optimize=...)` would use.

    Computed on the host by NumPy itself (the path depends only on the shapes, which
    must be known while tracing; no data is read).

    Examples:
        >>> a = tnp.ones((2, 3))
        >>> b = tnp.ones((3, 4))
        >>> c = tnp.ones((4, 5))
        >>> tnp.einsum_path('ij,jk,kl->il', a, b, c, optimize='greedy')[0]
        ['einsum_path', (1, 2), (0, 1)]
    """

    def stand_in(x: Any) -> Any:
        t = to_tensor(x)
        shape = _shape(t)
        if None in shape:
            raise NotImplementedError("einsum_path: the operand shapes must be known (static) while tracing")
        return np.broadcast_to(np.zeros((), TF_TO_NP[t.dtype]), [d for d in shape if d is not None])

    ops = list(operands)
    if ops and isinstance(ops[0], str):
        ops[1:] = [stand_in(x) for x in ops[1:]]
    else:  # interleaved: operands at even places; subscript lists (and an odd last one, the output's) between
        n = len(ops) - len(ops) % 2
        ops = [stand_in(x) if i < n and i % 2 == 0 else _host(x) for i, x in enumerate(ops)]
    kw: dict[str, Any] = {"optimize": optimize, "einsum_call": einsum_call}
    return np.einsum_path(*ops, **kw)


# ---- tril, triu, diagflat, vander --------------------------------------------------------------------------


def _diagonal_offset(k: Any, lower: bool) -> int | float:
    """tril/triu's `k` as NumPy's tri() reads it (an int, or a finite float; a 0-d complex loses its imaginary
    part), with NumPy's errors for arrays and other types."""
    if isinstance(k, (bool, int, np.integer)):
        return int(k)
    shape = getattr(k, "shape", None)
    kind = np.dtype(k.dtype).kind if shape is not None else "f"
    if kind not in "biufc":  # NumPy computes -k (tril) or k - 1 (triu) first
        raise TypeError(f"bad operand type for {'unary -' if lower else '-'}: an array of dtype {k.dtype}")
    if kind == "b" and lower:
        raise TypeError(
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the "
            "logical_not function instead."
        )
    if shape is not None and len(shape):  # tri() compares k (a truth value) and converts it to a scalar
        size = int(np.prod(shape))
        if size == 0:
            raise ValueError(
                "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array "
                "is not empty."
            )
        if size > 1:
            raise ValueError(
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
            )
        raise TypeError("only 0-dimensional arrays can be converted to Python scalars")
    if isinstance(k, complex):
        raise TypeError("'<=' not supported between instances of 'complex' and 'int'")
    if kind == "c":
        warnings.warn(
            "Casting complex values to real discards the imaginary part",
            np.exceptions.ComplexWarning,
            stacklevel=4,
        )
        k = k.real
    if kind in "biu":
        return int(k)
    try:
        f = float(-k)  # NumPy's arange(-k, ...)
    except TypeError:
        raise TypeError(f"bad operand type for unary -: '{type(k).__name__}'") from None
    if not np.isfinite(f):
        raise ValueError("arange: cannot compute length")
    return -f


def _triangle(m: Any, k: Any, lower: bool, name: str) -> ndarray:
    t = to_tensor(m)
    if t.shape.rank == 0:
        raise TypeError(f"{name}: the input must be at least 1-d (NumPy's tri() needs N)")
    k = _diagonal_offset(k, lower)
    dims = _dims(t)
    rows, cols = dims[-2] if t.shape.rank > 1 else dims[-1], dims[-1]
    if isinstance(k, int):  # NumPy's tri(k=k), or k - 1 for triu
        check_tri_offset(k if lower else k - 1, cols if isinstance(cols, int) else 0)
    if isinstance(k, float):
        # NumPy's tri() compares row i with arange(s, s + M) in an integer dtype (s = -k, or 1 - k for triu), and
        # NumPy's integer arange steps by trunc(s + 1) - trunc(s): an integer offset, or 0 for -1 < s < 0
        s = -k if lower else 1 - k
        k = 2**31 if -1 < s < 0 else (-math.trunc(s) if lower else 1 - math.trunc(s))
    k = min(max(k, 1 - 2**31), 2**31 - 1)  # |j - i| < 2**31: a larger |k| selects the same elements
    diff = tf.range(cols)[tf.newaxis, :] - tf.range(rows)[:, tf.newaxis]  # j - i
    mask = diff <= k if lower else diff >= k
    return wrap(tf.where(mask, t, tf.zeros((), t.dtype)))


def tril(m: Any, k: Any = 0) -> ndarray:
    """`numpy.tril`: zero above the k-th diagonal of the last two axes (a 1-d input gives a square array).

    Examples:
        >>> tnp.tril(tnp.ones((3, 3), dtype=int), -1)
        tnp.array([[0, 0, 0],
                   [1, 0, 0],
                   [1, 1, 0]])
    """
    return _triangle(m, k, True, "tril")


def triu(m: Any, k: Any = 0) -> ndarray:
    """`numpy.triu`: zero below the k-th diagonal of the last two axes (a 1-d input gives a square array).

    Examples:
        >>> tnp.triu(tnp.ones((3, 3), dtype=int), 1)
        tnp.array([[0, 1, 1],
                   [0, 0, 1],
                   [0, 0, 0]])
    """
    return _triangle(m, k, False, "triu")


def diagflat(v: Any, k: Any = 0) -> ndarray:
    """`numpy.diagflat`: the flattened input on the k-th diagonal of a square 2-d array.

    Examples:
        >>> tnp.diagflat(tnp.array([[1, 2], [3, 4]])).shape
        (4, 4)
        >>> tnp.diagflat(tnp.array([1, 2]), 1)
        tnp.array([[0, 1, 0],
                   [0, 0, 2],
                   [0, 0, 0]])
    """
    from ._creation import diag

    t = tf.reshape(to_tensor(v), [-1])
    k = operator.index(k)
    if t.shape[0] is not None:  # NumPy's zeros((n, n)) of n = v.size + |k|
        n = t.shape[0] + abs(k)
        if n * n * t.dtype.size > np.iinfo(np.intp).max:
            raise ValueError(
                "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
            )
    return diag(t, k)


def vander(x: Any, N: Any = None, increasing: bool = False) -> ndarray:  # noqa: N803 (NumPy's name)
    """`numpy.vander`: the Vandermonde matrix of a 1-d array.

    Columns are powers of `x` (decreasing unless `increasing`), in
    `promote_types(x.dtype, int)` (integers wrap as NumPy's do).

    Examples:
        >>> tnp.vander(tnp.array([1, 2, 3]), 3)
        tnp.array([[1, 1, 1],
                   [4, 2, 1],
                   [9, 3, 1]])
    """
    t = to_tensor(x)
    if t.shape.rank != 1:
        raise ValueError("x must be a one-dimensional array or sequence.")
    n: Any = (t.shape[0] if t.shape[0] is not None else tf.shape(t)[0]) if N is None else operator.index(N)
    if isinstance(n, int) and n < 0:
        raise ValueError("negative dimensions are not allowed")
    d = NP_TO_TF[result_type_of_keys(TF_TO_NP[t.dtype], np.dtype(np.int64))]
    if isinstance(n, int) and t.shape[0] is not None:
        _check_allocatable((t.shape[0], n), d)
    t = cast(t, d)
    col = t[:, tf.newaxis]
    # multiply.accumulate of [1, x, x, ...] as NumPy computes it (integers wrap)
    reps = max(n - 1, 0) if isinstance(n, int) else tf.maximum(n - 1, 0)
    r = tf.math.cumprod(tf.concat([tf.ones_like(col), tf.tile(col, [1, reps])], 1)[:, :n], axis=1)
    return wrap(r if increasing else tf.reverse(r, [1]))
