"""Products and matrix helpers (tnp_core._products) against NumPy: inner, outer, tensordot, kron, cross, vdot,
matvec/vecmat/vecdot, einsum/einsum_path, tril/triu, diagflat, vander."""

from __future__ import annotations

import types
import warnings

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from hypothesis import given, strategies as st
from tnp_core import _products
from tnp_core.testing import assert_same, check

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_products, n) for n in _products.__all__},
    }
)
DTYPES = ["bool", "int8", "int32", "int64", "float32", "float64", "complex64", "complex128"]
MIXED = [
    ("int8", "bool"),
    ("int8", "uint8"),
    ("int32", "float32"),
    ("float32", "float64"),
    ("int64", "complex64"),
]
EXHAUSTIVE = pytest.mark.exhaustive
FAST = {"bool", "int8", "int64", "float32", "complex128"}  # the other dtypes run in the exhaustive sweep
PAIRS = [
    p if p[0] in FAST or p in MIXED[2:] else pytest.param(*p, marks=EXHAUSTIVE)
    for p in [(d, d) for d in DTYPES] + MIXED
]
SOME_DTYPES = [d if d in FAST else pytest.param(d, marks=EXHAUSTIVE) for d in DTYPES]
EAGER = ("eager",)


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    dtype = np.dtype(dtype)
    if dtype.kind == "b":
        return rng.integers(0, 2, shape).astype(bool)
    if dtype.kind in "iu":
        return rng.integers(0 if dtype.kind == "u" else -4, 5, shape).astype(dtype)
    x = rng.uniform(-2, 2, shape)
    if dtype.kind == "c":
        x = x + 1j * rng.uniform(-2, 2, shape)
    return x.astype(dtype)


def chk(fn, *args, **kw):
    check(fn, *args, xp=XP, **kw)


# ---- inner, outer, tensordot, kron, vdot -------------------------------------------------------------------


def each(*fns):
    """One checked function returning every `fn(xp, *args)`: one trace per mode for many calls."""
    return lambda xp, *args: tuple(f(xp, *args) for f in fns)


@pytest.mark.parametrize("d1,d2", PAIRS)
def test_binary_products(d1, d2):
    a, b = sample((2, 3, 4), d1), sample((3, 4), d2, seed=1)
    fns = each(
        lambda xp, x, y: xp.inner(x, y),
        lambda xp, x, y: xp.inner(x[0, 0], y[0]),
        lambda xp, x, y: xp.inner(x[0, 0, 0], y),
        lambda xp, x, y: xp.outer(x[0], y[:2]),
        lambda xp, x, y: xp.tensordot(x, y),
        lambda xp, x, y: xp.tensordot(x, xp.transpose(y), axes=1),
        lambda xp, x, y: xp.tensordot(x[0], y[0], axes=0),
        lambda xp, x, y: xp.tensordot(x[:, :2], y[:2], axes=([0, 2], [0, 1])),
        lambda xp, x, y: xp.tensordot(x, y, axes=(-1, 1)),
        lambda xp, x, y: xp.kron(x[0], y[:2, :2]),
        lambda xp, x, y: xp.kron(x, y[0]),
        lambda xp, x, y: xp.vdot(x[0], y),
        lambda xp, x, y: xp.vdot(x[0, 0, 0], y[0, 0]),
    )
    chk(fns, a, b)


@pytest.mark.parametrize("dtype", ["int8", "float64", "complex64"])
def test_products_0d_and_empty(dtype):
    s, e, v = sample((), dtype), sample((0, 3), dtype), sample((3,), dtype, seed=2)
    chk(
        each(
            lambda xp, s, e, v: xp.inner(e, v),
            lambda xp, s, e, v: xp.inner(s, s),
            lambda xp, s, e, v: xp.outer(e, v),
            lambda xp, s, e, v: xp.outer(s, v),
            lambda xp, s, e, v: xp.tensordot(e, v, axes=1),
            lambda xp, s, e, v: xp.tensordot(e, e, axes=([0], [0])),
            lambda xp, s, e, v: xp.tensordot(s, v, axes=0),
            lambda xp, s, e, v: xp.kron(s, v),
            lambda xp, s, e, v: xp.kron(s, s),
            lambda xp, s, e, v: xp.kron(e, v),
            lambda xp, s, e, v: xp.vdot(e, e),
        ),
        s,
        e,
        v,
    )


def test_python_scalars_and_lists():
    chk(lambda xp: xp.inner(2, np.ones(3, np.int8)))
    chk(lambda xp: xp.outer(2, np.ones(3, np.int8)))
    chk(lambda xp: xp.kron(np.float32(2), np.ones(3, np.int8)))
    chk(lambda xp: xp.vdot([1j, 2], [1j, 3]))
    chk(lambda xp: xp.tensordot([[1, 2], [3, 4]], [[1.5, 0], [0, 1]]))


def test_outer_out():
    out = tnp_core.zeros((2, 3), dtype="float32")
    r = XP.outer(np.arange(2), np.arange(3.0), out=out)
    assert r is out
    assert_same(out, np.outer(np.arange(2), np.arange(3.0)).astype(np.float32))


def test_product_errors():
    a, b = np.ones((2, 3)), np.ones((3, 2))
    for fn, args in [
        (lambda xp, x, y: xp.inner(x, y), (a, b)),
        (lambda xp, x, y: xp.tensordot(x, y, axes=([0], [0])), (a, b)),
        (lambda xp, x, y: xp.tensordot(x, y, axes=([5], [0])), (a, b)),
        (lambda xp, x, y: xp.tensordot(x, y, axes=([1, 0], [0])), (a, b)),
        (lambda xp, x, y: xp.tensordot(x, y, axes=3), (a, b)),
        (lambda xp, x, y: xp.tensordot(x, y), (a, a)),
        (lambda xp, x, y: xp.vdot(x, y), (a, b[:, :1])),
    ]:
        chk(fn, *args, modes=EAGER)


# ---- cross -------------------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:Arrays of 2-dimensional vectors:DeprecationWarning")
@pytest.mark.parametrize("d1,d2", PAIRS)
def test_cross(d1, d2):
    a, b = sample((4, 3), d1), sample((2, 1, 3), d2, seed=1)
    chk(
        each(
            lambda xp, x, y: xp.cross(x, y),
            lambda xp, x, y: xp.cross(xp.transpose(x), y[0, 0][:, None], axis=0),
            lambda xp, x, y: xp.cross(xp.transpose(x), y, axisa=0, axisb=-1, axisc=0),
            lambda xp, x, y: xp.cross(x[:0], y[0]),
        ),
        a,
        b,
    )
    # 2-vectors: the vector length must be known while tracing
    chk(
        each(
            lambda xp, x, y: xp.cross(x[:, :2], y[..., :2]),
            lambda xp, x, y: xp.cross(x[:, :2], y),
            lambda xp, x, y: xp.cross(x, y[..., :2], axisc=0),
        ),
        a,
        b,
        modes=("eager", "function"),
    )


def test_cross_2d_warns_and_errors():
    with pytest.warns(DeprecationWarning, match="2-dimensional vectors"):
        np.cross([1, 2], [3, 4])
    with pytest.warns(DeprecationWarning, match="2-dimensional vectors"):
        r = XP.cross([1, 2], [3, 4])
    assert_same(r, np.int64(-2))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for args in [
            (np.ones(4), np.ones(3)),
            (np.ones(()), np.ones(3)),
            (np.ones((2, 3)), np.ones((3, 3))),
            (np.ones(3, bool), np.ones(3, bool)),
            (np.ones(2, bool), np.ones(2, bool)),
            (np.ones((2, 0)), np.ones((2, 0))),
        ]:
            chk(lambda xp, x, y: xp.cross(x, y), *args, modes=EAGER)
        chk(lambda xp, x, y: xp.cross(x, y, axisc=5), np.ones((2, 3)), np.ones((2, 3)), modes=EAGER)
        chk(lambda xp, x, y: xp.cross(x, y, axisa=5), np.ones((2, 3)), np.ones((2, 3)), modes=EAGER)


# ---- matvec, vecmat, vecdot --------------------------------------------------------------------------------


@pytest.mark.parametrize("d1,d2", PAIRS)
def test_gufuncs(d1, d2):
    m, v = sample((2, 1, 3, 4), d1), sample((5, 4), d2, seed=1)
    w = sample((5, 3), d2, seed=2)
    chk(
        each(
            lambda xp, m, v, w: xp.vecdot(m, v),
            lambda xp, m, v, w: xp.vecdot(xp.transpose(v), xp.transpose(v)[:, :1], axis=0),
            lambda xp, m, v, w: xp.matvec(m, v),
            lambda xp, m, v, w: xp.vecmat(w, m),
            lambda xp, m, v, w: xp.vecdot(v[:, :0], v[:, :0]),
            lambda xp, m, v, w: xp.matvec(m[..., :0], v[:, :0]),
        ),
        m,
        v,
        w,
    )


def test_gufunc_keywords():
    m, v = sample((3, 4), "float64"), sample((4, 2), "complex64", seed=1)
    chk(lambda xp, x, y: xp.vecdot(x, y, axes=[(0,), (0,)]), v, v)
    chk(lambda xp, x, y: xp.vecdot(x, y, axes=[0, 0, ()]), v, v)
    chk(lambda xp, x, y: xp.vecdot(x, y, keepdims=True), m, m)
    chk(lambda xp, x, y: xp.vecdot(x, y, axis=0, keepdims=True), m, m)
    chk(lambda xp, x, y: xp.matvec(x, y, axes=[(1, 0), 0, 0]), m, m[:, 0])
    chk(lambda xp, x, y: xp.vecmat(x, y, axes=[0, (1, 0), 0]), m[0], m)
    chk(lambda xp, x, y: xp.vecdot(x, y, dtype=np.float32), m, m)
    chk(lambda xp, x, y: xp.matvec(x, y, dtype=np.complex128), m, v[:, 0])
    out = tnp_core.zeros((3,), dtype="float32")
    assert XP.vecdot(m, m, out=out) is out
    assert_same(out, np.vecdot(m, m).astype(np.float32))
    with pytest.raises(NotImplementedError, match="where"):
        XP.vecdot(m, m, where=np.array([True, False, True]))
    assert_same(XP.vecdot(m, m, where=True, subok=True, signature=None), np.vecdot(m, m))
    with pytest.raises(NotImplementedError, match="order"):
        XP.matvec(m, m[0], order="C")
    for fn, args in [
        (lambda xp, x, y: xp.vecdot(x, y), (m, m[:, :2])),
        (lambda xp, x, y: xp.vecdot(x, y), (m[0, 0], m)),
        (lambda xp, x, y: xp.matvec(x, y), (m, m[0])),
        (lambda xp, x, y: xp.vecmat(x, y), (m[0], m)),
        (lambda xp, x, y: xp.matvec(x, y), (m[None], np.ones((2, 4)))),
        (lambda xp, x, y: xp.matvec(x, y, axis=0), (m, m[0])),
        (lambda xp, x, y: xp.matvec(x, y, keepdims=True), (m, m[0])),
        (lambda xp, x, y: xp.vecdot(x, y, dtype=np.int64), (m, m)),
        (lambda xp, x, y: xp.vecdot(x, y, axis=2), (m, m)),
    ]:
        chk(fn, *args, modes=EAGER)


# ---- einsum ------------------------------------------------------------------------------------------------

E = {  # operand shapes by letter
    "A": (3, 4), "B": (4, 5), "S": (4, 4), "V": (4,), "W": (5,), "T": (2, 3, 4), "U": (2, 4, 5), "C": (3, 3, 3),
    "X": (2, 1, 4), "Y": (3, 4), "Z": (), "M": (4, 3), "O": (2, 4), "E": (0, 4), "R": (3, 1),
}  # fmt: skip
EINSUM_CASES = [
    ("ij,jk->ik", "AB"),  # matrix multiplication
    ("ij,jk", "AB"),  # implicit
    ("ii", "S"),  # trace
    ("ii->", "S"),
    ("ii->i", "S"),  # diagonal
    ("ij->ji", "A"),  # transpose
    ("ji", "A"),  # implicit transpose
    ("ij->", "A"),  # sum of all
    ("ij->j", "A"),  # column sums
    ("i,j->ij", "VW"),  # outer
    ("i,i->", "VV"),  # inner
    ("i,i", "VV"),
    ("i,i->i", "VV"),  # elementwise
    ("bij,bjk->bik", "TU"),  # batch matmul
    ("...ij,...jk->...ik", "TU"),  # batch matmul via ellipsis
    ("...j,...j->...", "XY"),  # ellipsis broadcasting (2,1,4) with (3,4)
    ("...j,...j", "XY"),
    ("i,ij,j->", "AAW"),  # bilinear form (shapes overridden below)
    ("ij,jk,kl->il", "ABM"),  # three operands (shapes overridden below)
    ("iii->i", "C"),  # triple diagonal
    ("iij->j", "C"),  # partial trace
    ("ijk->kji", "T"),
    ("ij,ij->i", "AA"),  # row dots, repeated index in output omitted
    ("ij,kj->ik", "AY"),
    (",i->i", "ZV"),  # 0-d operand
    ("...,...->...", "ZT"),
    ("i...->...", "T"),
    ("i...i", "C"),  # ellipsis in the middle
    ("ij,jk->ik", "EB"),  # empty
    ("ij,jk", "RO"),  # size-1 named dimension broadcasts (3,1) with (2,4)? no: j is 1 vs 2
    ("ab,bc,cd,de->ae", "AMYB"),  # four operands
    ("Ab,bA->A", "AM"),  # upper-case labels
]  # fmt: skip
OVERRIDE = {
    ("i,ij,j->", "AAW"): [(3,), (3, 5), (5,)],
    ("ij,jk,kl->il", "ABM"): [(3, 4), (4, 5), (5, 2)],
    ("ab,bc,cd,de->ae", "AMYB"): [(3, 4), (4, 3), (3, 4), (4, 5)],
    ("ij,jk", "RO"): [(3, 1), (2, 4)],
}


def _einsum_operands(case, dtype):
    shapes = OVERRIDE.get(case) or [E[c] for c in case[1]]
    return [sample(s, dtype, seed=i) for i, s in enumerate(shapes)]


EINSUM_DTYPES = ["float64", "int8", "bool", "complex64"]


@pytest.mark.parametrize("case", EINSUM_CASES, ids=lambda c: f"{c[0]}|{c[1]}")
def test_einsum(case):
    ops = [_einsum_operands(case, d) for d in EINSUM_DTYPES]
    k = len(ops[0])
    static = case == ("ij,jk", "RO")  # a named size-1 dimension broadcasts only when its size is static
    chk(
        lambda xp, *o: tuple(xp.einsum(case[0], *o[i : i + k]) for i in range(0, len(o), k)),
        *(x for group in ops for x in group),
        modes=("eager", "function") if static else ("eager", "function", "function_unknown_shape"),
    )


@pytest.mark.parametrize("dtype", DTYPES)
def test_einsum_dtypes(dtype):
    a, b, c = sample((3, 4), dtype), sample((4, 5), dtype, seed=1), sample((5,), dtype, seed=2)
    chk(
        each(
            lambda xp, x, y, z: xp.einsum("ij,jk,k->i", x, y, z),
            lambda xp, x, y, z: xp.einsum("ij->", x),
            lambda xp, x, y, z: xp.einsum("ii->i", x[:, :3]),
        ),
        a,
        b,
        c,
    )


def test_einsum_interleaved_optimize_dtype_out():
    a, b, c = sample((3, 4), "float32"), sample((4, 5), "float64", seed=1), sample((5, 2), "int8", seed=2)
    chk(lambda xp, x, y: xp.einsum(x, [0, 1], y, [1, 2]), a, b)
    chk(lambda xp, x, y: xp.einsum(x, [0, 1], y, [1, 2], [2, 0]), a, b)
    chk(lambda xp, x: xp.einsum(x, [Ellipsis, 30], [30, Ellipsis]), a)
    chk(lambda xp, x: xp.einsum(x, [0, 0], [0]), a[:, :3])
    for opt in (False, True, "greedy", "optimal", ["einsum_path", (0, 1), (0, 1)]):
        chk(lambda xp, x, y, z: xp.einsum("ij,jk,kl->il", x, y, z, optimize=opt), a, b, c)
    chk(lambda xp, x, y: xp.einsum("ij,jk", x, y, dtype=np.float64), a, c[:4])
    chk(lambda xp, x: (xp.einsum("ij->ji", x, dtype="int8"), xp.einsum("ii->i", x[:, :3], dtype="int8")), a)
    chk(lambda xp, x, y: xp.einsum("ij,jk", x, y, dtype=np.float32, casting="same_kind"), a, b)
    chk(lambda xp, x, y: xp.einsum("ij,jk", x, y, dtype="complex64", casting="unsafe"), a, b)
    out = tnp_core.zeros((3, 5), dtype="float64")
    assert XP.einsum("ij,jk", a, b, out=out) is out
    assert_same(out, np.einsum("ij,jk", a, b))
    chk(lambda xp: xp.einsum("i,i", [1, 2], [3, 4]))


@pytest.mark.parametrize(
    "spec,dtype,out_dtype,casting",
    [
        ("ij->i", "uint8", "int64", "safe"),  # NumPy accumulates in out's dtype: no uint8 wrapping
        ("ij,ij->i", "uint8", "int64", "safe"),
        ("ij,ij->i", "int8", "float32", "safe"),
        ("ij,ij->i", "float64", "float32", "same_kind"),
        ("ij,ij->ij", "float64", "int64", "unsafe"),
        ("ij->i", "float64", "int64", "unsafe"),
        ("ij,ij->i", "float64", "int64", "safe"),  # TypeError
        ("ij,ij->i", "float64", "float32", "safe"),  # TypeError
    ],
)
def test_einsum_out_dtypes(spec, dtype, out_dtype, casting):
    a = (np.full((2, 3), 200) if dtype in ("uint8", "int8") else np.full((2, 3), 1.5)).astype(dtype)
    n_ops = spec.count(",") + 1
    shape = np.einsum(spec, *[a] * n_ops).shape

    def fn(xp, x):
        out = xp.zeros(shape, dtype=out_dtype)
        ops = [x] * n_ops
        r = xp.einsum(spec, *ops, out=out, casting=casting)
        assert r is out
        return out

    chk(fn, a, modes=("eager", "function"))


def test_einsum_errors():
    v, m = np.ones(3), np.ones((2, 3))
    for fn in [
        lambda xp: xp.einsum("i,i", v, np.ones(4)),
        lambda xp: xp.einsum("ij", v),
        lambda xp: xp.einsum("i", m),
        lambda xp: xp.einsum("i,i", v),
        lambda xp: xp.einsum("i", v, v),
        lambda xp: xp.einsum("i->j", v),
        lambda xp: xp.einsum("i->ii", v),
        lambda xp: xp.einsum("i1", v),
        lambda xp: xp.einsum("i.", v),
        lambda xp: xp.einsum("ii", m),
        lambda xp: xp.einsum("...i->i", m),
        lambda xp: xp.einsum(v, [60]),
        lambda xp: xp.einsum(),
        lambda xp: xp.einsum("i"),
        lambda xp: xp.einsum("i,i", np.ones(3, int), np.ones(3, int), dtype=np.float32),
        lambda xp: xp.einsum("i,i", v, v, out=xp.zeros((), dtype=int)),
        lambda xp: xp.einsum("i,i", v, v, optimize=3),
        lambda xp: xp.einsum("i,i", v, v, foo=3),
        lambda xp: xp.einsum("ij,jk", m, m),
    ]:
        chk(fn, modes=EAGER)


def test_einsum_path():
    a, b, c = np.ones((3, 4)), np.ones((4, 50)), np.ones((50, 2))
    for opt in ("greedy", "optimal", True):
        expected = np.einsum_path("ij,jk,kl->il", a, b, c, optimize=opt)
        assert XP.einsum_path("ij,jk,kl->il", *map(tnp_core.asarray, (a, b, c)), optimize=opt) == expected
    expected = np.einsum_path(a, [0, 1], b, [1, 2], c, [2, 3], [0, 3])
    assert XP.einsum_path(tnp_core.asarray(a), [0, 1], b, [1, 2], c, [2, 3], [0, 3]) == expected


@given(st.lists(st.integers(1, 3), min_size=1, max_size=4), st.data())
def test_einsum_random_contractions(sizes, data):
    """Random two-operand subscripts over labels a.. with the given sizes (implicit and explicit output)."""
    letters = "abcd"[: len(sizes)]
    t1 = data.draw(st.lists(st.sampled_from(letters), max_size=3))
    t2 = data.draw(st.lists(st.sampled_from(letters), max_size=3))
    used = sorted(set(t1) | set(t2))
    explicit = data.draw(st.booleans())
    spec = "".join(t1) + "," + "".join(t2)
    if explicit:
        spec += "->" + "".join(data.draw(st.permutations(used))[: data.draw(st.integers(0, len(used)))])
    size = dict(zip(letters, sizes))
    x = sample([size[c] for c in t1], "float64")
    y = sample([size[c] for c in t2], "float64", seed=1)
    chk(lambda xp, p, q: xp.einsum(spec, p, q), x, y, modes=("eager", "function"))


# ---- tril, triu, diagflat, vander --------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", SOME_DTYPES)
def test_triangles_diagflat_vander(dtype):
    ks = (-5, -1, 0, 2)
    for shape in [(4,), (3, 4), (2, 4, 3), (0, 3), (2, 0, 0)]:
        x = sample(shape, dtype)
        chk(lambda xp, a: tuple(xp.tril(a, k) for k in ks) + tuple(xp.triu(a, k=k) for k in ks), x)
    for shape in [(), (3,), (2, 2), (0,)]:
        chk(lambda xp, a: tuple(xp.diagflat(a, k) for k in (-2, 0, 1)), sample(shape, dtype))
    ns = (None, 0, 1, 2, 5)
    chk(
        lambda xp, a: (
            tuple(xp.vander(a, n) for n in ns) + tuple(xp.vander(a, N=n, increasing=True) for n in ns)
        ),
        sample((4,), dtype),
    )
    chk(lambda xp, a: xp.vander(a), sample((0,), dtype))


def test_triangle_vander_errors_and_wrapping():
    chk(lambda xp, a: xp.tril(a), np.ones(()), modes=EAGER)
    chk(lambda xp, a: xp.triu(a), np.ones(()), modes=EAGER)
    chk(lambda xp, a: xp.vander(a), np.ones((2, 2)), modes=EAGER)
    chk(lambda xp, a: (xp.tril(a, 1.5), xp.triu(a, -0.5)), np.ones((3, 4)))
    chk(lambda xp, a: xp.vander(a, -1), np.ones(2), modes=EAGER)
    chk(lambda xp, a: xp.vander(a, 30), np.arange(2, 6), modes=("eager", "function"))  # int64 wraps


# ---- gradients ---------------------------------------------------------------------------------------------


def _numeric_grad(f, xs, i, eps=1e-6):
    g = np.zeros_like(xs[i])
    for idx in np.ndindex(xs[i].shape):
        hi = [x.copy() for x in xs]
        lo = [x.copy() for x in xs]
        hi[i][idx] += eps
        lo[i][idx] -= eps
        g[idx] = (f(*hi) - f(*lo)) / (2 * eps)
    return g


@pytest.mark.parametrize(
    "name,fn,shapes",
    [
        ("einsum", lambda xp, a, b: xp.einsum("ij,jk->ik", a, b), [(2, 3), (3, 2)]),
        ("einsum_diag", lambda xp, a, b: xp.einsum("ii,i->i", a, b), [(3, 3), (3,)]),
        ("einsum_bcast", lambda xp, a, b: xp.einsum("...j,...j->...", a, b), [(2, 1, 3), (4, 3)]),
        ("tensordot", lambda xp, a, b: xp.tensordot(a, b, axes=([0], [1])), [(2, 3), (4, 2)]),
        ("kron", lambda xp, a, b: xp.kron(a, b), [(2, 2), (3,)]),
        ("cross", lambda xp, a, b: xp.cross(a, b), [(2, 3), (3,)]),
    ],
)
def test_gradients(name, fn, shapes):
    xs = [sample(s, "float64", seed=i) for i, s in enumerate(shapes)]
    w = sample(fn(np, *xs).shape, "float64", seed=9)

    def loss_np(*a):
        return float(np.sum(fn(np, *a) * w))

    ts = [tf.Variable(x) for x in xs]
    with tf.GradientTape() as tape:
        r = fn(XP, *(tnp_core.asarray(t) for t in ts))
        loss = tf.reduce_sum(tf.convert_to_tensor(r) * w)
    grads = tape.gradient(loss, ts)
    for i, g in enumerate(grads):
        np.testing.assert_allclose(g.numpy(), _numeric_grad(loss_np, xs, i), rtol=1e-6, atol=1e-8)
