"""ndarray's byte-level and memory methods vs NumPy: view, tobytes, byteswap, getfield/setfield, dump(s),
tofile, flags/setflags, strides, base; and a walk of numpy.ndarray's public names and method signatures."""

from __future__ import annotations

import inspect
import io
import pickle

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from tnp_core.testing import check

DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16",
          "float32", "float64", "complex64", "complex128"]  # fmt: skip
SHAPES = [(), (0,), (4,), (2, 4), (2, 0, 4), (3, 1, 8)]


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(shape) * 50
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.standard_normal(shape) * 50
    if np.dtype(dtype).kind == "b":
        return x > 0
    return np.asarray(x).astype(dtype)


# ---- view ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", [(), (0,), (2, 4), (3, 1, 8)])
@pytest.mark.parametrize("src", ["int8", "uint16", "float32", "complex64"])
@pytest.mark.parametrize("dst", ["uint8", "float16", "int32", "uint64", "complex128"])
def test_view_dtype_matches_numpy(src, dst, shape):
    x = sample(shape, src)
    # views to a float dtype can hold NaN payloads: compare the bits through a second view back
    check(lambda xp, a: a.view(dst).view(src), x)
    if np.dtype(dst).kind in "iu":
        check(lambda xp, a: a.view(dst), x)
        check(lambda xp, a: a.view(dtype=dst), x, modes=("eager",))


@pytest.mark.parametrize("dtype", ["bool", "uint8", "int8"])
def test_view_bool_and_bytes(dtype):
    x = np.array([0, 1, 1, 0, 1, 0, 0, 1], dtype)
    for dst in ["bool", "uint8", "int8", "int16", "uint32", "int64"]:
        check(lambda xp, a: a.view(dst), x)


def test_view_without_dtype_and_type_forms():
    x = sample((2, 3), "float32")
    check(lambda xp, a: a.view(), x)
    check(lambda xp, a: a.view(None), x)
    a = tnp_core.asarray(x)
    assert isinstance(a.view(tnp_core.ndarray), tnp_core.ndarray)
    assert isinstance(a.view(dtype="int32", type=tnp_core.ndarray), tnp_core.ndarray)
    with pytest.raises(NotImplementedError):
        a.view(np.ndarray)
    with pytest.raises(NotImplementedError):
        a.view(type=np.matrix)
    with pytest.raises(ValueError):  # NumPy's ValueError for a type that is not an array type
        np.zeros(3).view(type=int)
    with pytest.raises(ValueError):
        a.view(type=int)


@pytest.mark.parametrize(
    "shape,src,dst",
    [((), "int32", "int16"), ((), "int32", "float32"), ((2, 3), "int32", "int64"), ((3,), "int16", "complex64"),
     ((2, 3), "float32", "complex128"), ((5,), "int8", "int16"), ((2, 0), "int32", "int64")],
)  # fmt: skip
def test_view_itemsize_errors_match_numpy(shape, src, dst):
    check(lambda xp, a: a.view(dst), sample(shape, src), modes=("eager",))


def test_view_unsupported_dtype_raises_typeerror():
    with pytest.raises(TypeError):
        tnp_core.zeros(4).view("U2")


def test_view_of_a_read_only_array_is_read_only():
    a = tnp_core.arange(4)
    a.setflags(write=False)
    v = a.view("uint64")
    assert not v.flags.writeable
    assert np.zeros(3).view().flags.writeable  # (NumPy: a view of a writable array is writable)


# ---- tobytes / tofile / dump / dumps ----------------------------------------------------------------------
@pytest.mark.parametrize("dtype", [*DTYPES, "bfloat16"])
@pytest.mark.parametrize("shape", [(), (0,), (2, 4), (2, 0, 4)])
def test_tobytes_matches_numpy(dtype, shape):
    x = sample(shape, dtype)
    for order in ("C", "F", "A", "K"):
        check(lambda xp, a: a.tobytes(order), x, modes=("eager",))
    check(lambda xp, a: a.tobytes(order="Q"), x, modes=("eager",))


def test_tobytes_while_tracing_raises_typeerror():
    @tf.function(autograph=False)
    def f(t):
        return tnp_core.asarray(t).tobytes()

    with pytest.raises(TypeError):
        f(tf.zeros(3))


@pytest.mark.parametrize("dtype", ["int16", "float64", "complex64", "bool"])
def test_tofile_matches_numpy(dtype, tmp_path):
    x = sample((2, 3), dtype)
    for sep in ("", " "):
        tnp_core.asarray(x).tofile(tmp_path / "t.bin", sep=sep)
        x.tofile(tmp_path / "n.bin", sep=sep)
        assert (tmp_path / "t.bin").read_bytes() == (tmp_path / "n.bin").read_bytes()
    f = io.BytesIO()
    with pytest.raises(io.UnsupportedOperation):  # NumPy's error for a file object without a descriptor
        x.tofile(f)
    with pytest.raises(io.UnsupportedOperation):
        tnp_core.asarray(x).tofile(f)


@pytest.mark.parametrize("dtype", ["int8", "float32", "complex128", "bool"])
@pytest.mark.parametrize("shape", [(), (0,), (2, 3)])
def test_dumps_and_dump_round_trip(dtype, shape, tmp_path):
    x = sample(shape, dtype)
    check(lambda xp, a: pickle.loads(a.dumps()), x, modes=("eager",))
    a = tnp_core.asarray(x)
    a.dump(tmp_path / "a.pkl")
    with open(tmp_path / "a.pkl", "rb") as f:
        back = pickle.load(f)
    check(lambda xp, a: back if xp is tnp_core else a, x, modes=("eager",))
    buf = io.BytesIO()
    a.dump(buf)
    assert isinstance(pickle.loads(buf.getvalue()), tnp_core.ndarray)
    assert isinstance(pickle.loads(pickle.dumps(a)), tnp_core.ndarray)


# ---- byteswap, getfield, setfield ------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(), (0,), (2, 4)])
def test_byteswap_matches_numpy(dtype, shape):
    x = sample(shape, dtype)
    # compare the bits: a swapped float can be a NaN with any payload
    bits = (
        "uint8" if dtype == "bool" else f"uint{8 * np.dtype(dtype).itemsize // (2 if dtype[0] == 'c' else 1)}"
    )
    check(lambda xp, a: a.byteswap().view(bits), x)
    check(lambda xp, a: a.byteswap().byteswap(), x, modes=("eager",))


def test_byteswap_inplace_rebinds():
    x = sample((3,), "int32")
    a = tnp_core.asarray(x)
    r = a.byteswap(inplace=True)
    x.byteswap(inplace=True)
    assert r is a
    np.testing.assert_array_equal(np.asarray(a), x)


@pytest.mark.parametrize(
    "src,dst,offset",
    [("float64", "int32", 0), ("float64", "int32", 4), ("float64", "uint8", 7), ("int32", "int16", 2),
     ("complex64", "float32", 4), ("complex128", "float64", 0), ("int64", "int64", 0), ("int16", "bool", 0),
     ("float64", "int32", 5), ("float64", "int32", -1), ("float32", "float64", 0), ("int32", "complex64", 0)],
)  # fmt: skip
@pytest.mark.parametrize("shape", [(), (2, 3)])
def test_getfield_matches_numpy(src, dst, offset, shape):
    x = sample(shape, src)
    check(lambda xp, a: a.getfield(dst, offset), x)


@pytest.mark.parametrize(
    "src,dst,offset,val",
    [("float64", "int32", 4, 7), ("int32", "int8", 1, -3), ("complex64", "float32", 4, 2.5),
     ("int64", "int64", 0, 9), ("float64", "int32", 6, 1), ("uint16", "uint8", 0, np.arange(3, dtype=np.uint8))],
)  # fmt: skip
def test_setfield_matches_numpy(src, dst, offset, val):
    x = sample((2, 3), src)

    def f(xp, a):
        a = a.copy()
        a.setfield(val, dst, offset)
        return a.view(f"uint{8 * np.dtype(src).itemsize // (2 if src[0] == 'c' else 1)}")

    check(f, x)


# ---- flags, setflags, strides, base ---------------------------------------------------------------------
FLAG_NAMES = ["aligned", "behaved", "c_contiguous", "carray", "contiguous", "f_contiguous", "farray", "fnc",
              "forc", "fortran", "num", "owndata", "writeable", "writebackifcopy"]  # fmt: skip


@pytest.mark.parametrize("shape", [*SHAPES, (1, 5), (5, 1), (1,)])
@pytest.mark.parametrize("dtype", ["bool", "int16", "float64", "complex64"])
def test_flags_strides_base_match_a_c_contiguous_numpy_array(shape, dtype):
    x = np.empty(shape, dtype)
    a = tnp_core.asarray(sample(shape, dtype))
    assert sorted(n for n in dir(x.flags) if not n.startswith("_")) == FLAG_NAMES
    for write in (True, False):
        x.setflags(write=write)
        a.setflags(write=write)
        for name in FLAG_NAMES:
            assert getattr(a.flags, name) == getattr(x.flags, name), name
        for key in ["C", "F", "O", "W", "A", "X", "B", "CA", "FA", "FNC", "FORC", "CONTIGUOUS", "FORTRAN",
                    "WRITEABLE", "ALIGNED", "OWNDATA", "WRITEBACKIFCOPY", "C_CONTIGUOUS", "F_CONTIGUOUS"]:  # fmt: skip
            assert a.flags[key] == x.flags[key], key
        assert repr(a.flags) == repr(x.flags)
    with pytest.raises(KeyError):
        x.flags["Q"]
    with pytest.raises(KeyError):
        a.flags["Q"]
    assert a.strides == x.strides
    assert a.base is None


def test_strides_with_unknown_dims():
    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)], autograph=False)
    def f(t):
        assert tnp_core.asarray(t).strides == (12, 4)
        return t

    f(tf.zeros([2, 3]))


def assign(a):
    a[0] = 1


def iadd(a):
    a += 1


READ_ONLY_WRITES = {
    "setitem": assign,
    "iadd": iadd,
    "ufunc_out": lambda a: np.add(a, 1, out=a),
    "tnp_ufunc_out": lambda a: (tnp_core if isinstance(a, tnp_core.ndarray) else np).add(a, 1, out=a),
    "sort": lambda a: a.sort(),
    "fill": lambda a: a.fill(3),
    "put": lambda a: a.put([0], [5]),
    "byteswap_inplace": lambda a: a.byteswap(inplace=True),
    "sum_out": lambda a: (a[:1] if isinstance(a, np.ndarray) else a).sum(keepdims=True, out=a[:1]),
}


@pytest.mark.parametrize("name", sorted(READ_ONLY_WRITES))
def test_read_only_arrays_refuse_writes_like_numpy(name):
    write = READ_ONLY_WRITES[name]
    x = np.arange(4.0)
    x.setflags(write=False)
    a = tnp_core.arange(4.0)
    a.setflags(write=False)
    assert not a.flags.writeable
    if name != "sum_out":  # (a NumPy view of a read-only array is read-only; a tnp slice is a copy)
        with pytest.raises(ValueError):
            write(x)
    if name == "sum_out":
        return
    with pytest.raises(ValueError):
        write(a)
    np.testing.assert_array_equal(np.asarray(a), np.arange(4.0))


def test_setflags_round_trip_and_other_flags():
    a = tnp_core.arange(4.0)
    a.flags.writeable = False
    assert not a.flags.writeable and not a.flags["W"]
    with pytest.raises(ValueError):
        a[1] = 0
    # reading, copying, reshaping a read-only array is fine; the copy is writable
    assert float((a + 1).sum()) == 10.0
    b = a.copy()
    b[0] = 5
    a.shape = (2, 2)
    assert a.shape == (2, 2)
    a.setflags(True)  # positional, as NumPy accepts
    a[0, 0] = 7
    assert float(a[0, 0]) == 7.0
    a.flags["WRITEABLE"] = False
    assert not a.flags.writeable
    a.setflags(write=1)
    assert a.flags.writeable
    for kw in ({"uic": True}, {"uic": False}, {"align": True}):
        x = np.zeros(3)
        t = tnp_core.zeros(3)
        try:
            x.setflags(**kw)
        except ValueError:
            with pytest.raises(ValueError):
                t.setflags(**kw)
        else:
            t.setflags(**kw)
    with pytest.raises(AttributeError):  # NumPy: the contiguity flags cannot be set
        np.zeros(3).flags.c_contiguous = False
    with pytest.raises(AttributeError):
        tnp_core.zeros(3).flags.c_contiguous = False


def test_read_only_array_in_tf_function():
    a = tnp_core.arange(3.0)
    a.setflags(write=False)
    got = tf.function(lambda x: x * 2, autograph=False)(a)
    np.testing.assert_array_equal(np.asarray(got), [0.0, 2.0, 4.0])


# ---- the walk over numpy.ndarray's public names --------------------------------------------------------
# Public attributes of numpy.ndarray that tnp's ndarray does not have, and why.
EXCLUDED = {
    "ctypes": "ctypes access to the data pointer: a tensor's buffer is not handed out (use numpy.asarray(x).ctypes)",
    "data": "a writable buffer over the array's memory: writes through it could not reach an immutable tensor "
    "(numpy.asarray(x).data gives a read-only one)",
}  # fmt: skip


def test_every_public_numpy_ndarray_name_exists_or_is_excluded():
    names = [n for n in dir(np.ndarray) if not n.startswith("_")]
    missing = [n for n in names if not hasattr(tnp_core.ndarray, n) and n not in EXCLUDED]
    assert missing == []
    assert [n for n in EXCLUDED if hasattr(tnp_core.ndarray, n)] == []  # keep the table honest
    assert all(n in names for n in EXCLUDED)


def _compatible(np_sig, tnp_sig):
    """Problems with calling tnp's method the ways NumPy's signature allows."""
    P = inspect.Parameter
    ours = list(tnp_sig.parameters.values())
    by_name = {p.name: p for p in ours}
    problems = []
    positional = [p for p in ours if p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD)]
    has_var_pos = any(p.kind == P.VAR_POSITIONAL for p in ours)
    has_var_kw = any(p.kind == P.VAR_KEYWORD for p in ours)
    for i, p in enumerate(np_sig.parameters.values()):
        if p.kind == P.VAR_POSITIONAL and not has_var_pos:
            problems.append(f"*{p.name}")
        elif p.kind == P.POSITIONAL_ONLY:
            q = positional[i] if i < len(positional) else None
            if q is None and not has_var_pos:
                problems.append(f"positional {p.name}")
            elif q is not None and q.default != p.default:
                problems.append(f"default of {p.name}: {q.default!r} != {p.default!r}")
        elif p.kind in (P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY):
            q = by_name.get(p.name)
            if q is None:
                if not has_var_kw:
                    problems.append(f"parameter {p.name}")
                continue
            if q.kind == P.POSITIONAL_ONLY:
                problems.append(f"{p.name} is positional-only")
            if p.kind == P.POSITIONAL_OR_KEYWORD and (i >= len(positional) or positional[i] is not q):
                problems.append(f"{p.name} is not at position {i}")
            if q.default != p.default:
                problems.append(f"default of {p.name}: {q.default!r} != {p.default!r}")
    required = [
        p.name for p in ours if p.default is P.empty and p.kind in (P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY)
    ]
    allowed = {p.name for p in np_sig.parameters.values()}
    problems += [f"extra required {n}" for n in required if n not in allowed and n != "self"]
    return problems


def test_method_signatures_accept_numpys_calls():
    bad = {}
    for name in dir(np.ndarray):
        if name.startswith("_") or name in EXCLUDED or not callable(getattr(np.ndarray, name)):
            continue
        try:
            np_sig = inspect.signature(getattr(np.ndarray, name))
        except (TypeError, ValueError):
            continue
        if any(p.kind == p.VAR_KEYWORD for p in np_sig.parameters.values()) and name == "view":
            continue  # view(*args, **kwargs) in NumPy's text signature: checked by the view tests above
        problems = _compatible(np_sig, inspect.signature(getattr(tnp_core.ndarray, name)))
        if problems:
            bad[name] = problems
    assert bad == {}


@pytest.mark.parametrize("op", ["ilshift", "irshift"])
@pytest.mark.parametrize("dtype", ["int8", "uint16", "int64"])
def test_in_place_shifts(op, dtype):
    def f(xp, a, b):
        a = a.copy()
        if op == "ilshift":
            a <<= b
        else:
            a >>= b
        return a

    check(f, np.arange(6).astype(dtype), np.array([0, 1, 2, 3, 1, 2], dtype))
    check(lambda xp, a: f(xp, a, 2), np.arange(6).astype(dtype))
