"""dtype= edge cases vs NumPy: a byte order in a reduction's or gufunc's dtype= ('>f8': NumPy's TypeError, or
accepted where NumPy accepts it), byte order in can_cast, out-of-int64 ddof, and std/var with an integer or bool
dtype=. Errors must match NumPy's type and message; results NumPy's values (in native byte order)."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pytest
import tnp_core as tnp
import tnp_core._reductions as reductions
from tnp_core.testing import MODES, assert_same, check, run

SWAPPED = [">f8", ">i4", ">c16", ">f4", ">u2", np.dtype(">i8"), np.dtype("f2").newbyteorder(">")]
NATIVE = ["<f8", "=f8", "|b1", np.dtype("<i4"), "i8", np.float32, "complex64"]
X2 = np.arange(6.0).reshape(2, 3)


def outcome(fn, *args):
    """('ok', result) or (exception type, message), NumPy's warnings silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return "ok", fn(*args)
        except Exception as exc:  # noqa: BLE001
            return type(exc), str(exc)


def assert_same_error(fn, *np_args):
    """NumPy raises for `fn(np, ...)`; tnp raises the same exception type with the same message."""
    kind, msg = outcome(fn, np, *np_args)
    assert kind != "ok", f"NumPy accepted the call: {msg!r}"
    got_kind, got_msg = outcome(fn, tnp, *(tnp.asarray(a) for a in np_args))
    assert got_kind is not None and got_kind != "ok", (
        f"tnp returned {got_msg!r}; NumPy raised {kind.__name__}"
    )
    assert issubclass(got_kind, kind), (
        f"tnp raised {got_kind.__name__}: {got_msg}; NumPy {kind.__name__}: {msg}"
    )
    assert got_msg == msg


# ---- 1. a byte order in dtype= --------------------------------------------------------------------------------
REFUSING = {
    "sum": lambda xp, a, d: xp.sum(a, dtype=d),
    "sum_axis": lambda xp, a, d: xp.sum(a, axis=1, dtype=d, keepdims=True),
    "sum_where": lambda xp, a, d: xp.sum(a, dtype=d, where=xp.asarray([True, False, True])),
    "prod": lambda xp, a, d: xp.prod(a, axis=0, dtype=d),
    "prod_initial": lambda xp, a, d: xp.prod(a, dtype=d, initial=2),
    "mean": lambda xp, a, d: xp.mean(a, dtype=d),
    "mean_axis": lambda xp, a, d: xp.mean(a, axis=0, dtype=d),
    "var": lambda xp, a, d: xp.var(a, dtype=d),
    "std": lambda xp, a, d: xp.std(a, axis=1, dtype=d),
    "std_ddof": lambda xp, a, d: xp.std(a, dtype=d, ddof=1),
    "cumulative_sum": lambda xp, a, d: xp.cumulative_sum(a, axis=1, dtype=d),
    "cumulative_prod": lambda xp, a, d: xp.cumulative_prod(a.reshape(-1), dtype=d),
    "matmul": lambda xp, a, d: xp.matmul(a, a.T, dtype=d),
    "vecdot": lambda xp, a, d: xp.vecdot(a, a, dtype=d),
    "matvec": lambda xp, a, d: xp.matvec(a.T @ a, a, dtype=d),
    "vecmat": lambda xp, a, d: xp.vecmat(a, a.T @ a, dtype=d),
    "method_sum": lambda xp, a, d: a.sum(dtype=d),
    "method_prod": lambda xp, a, d: a.prod(axis=0, dtype=d),
    "method_mean": lambda xp, a, d: a.mean(dtype=d),
    "method_var": lambda xp, a, d: a.var(dtype=d),
    "method_std": lambda xp, a, d: a.std(dtype=d),
}
INPUTS = [X2, np.arange(6, dtype=np.int32).reshape(2, 3), (np.arange(6) % 2 == 0).reshape(2, 3)]


@pytest.mark.parametrize("name", sorted(REFUSING))
@pytest.mark.parametrize("dtype", SWAPPED, ids=str)
@pytest.mark.parametrize("a", INPUTS, ids=lambda a: str(a.dtype))
def test_byte_order_refused(name, dtype, a):
    fn = REFUSING[name]
    assert_same_error(lambda xp, x: fn(xp, x, dtype), a)


@pytest.mark.parametrize("name", ["sum", "mean", "var", "matmul", "vecdot", "cumulative_sum"])
def test_byte_order_refused_while_tracing(name):
    fn = REFUSING[name]
    kind, msg = outcome(fn, np, X2, ">f8")
    with pytest.raises(kind) as info:
        run(lambda a: fn(tnp, a, ">f8"), [X2], "function")
    assert str(info.value) == msg


@pytest.mark.parametrize("name", sorted(REFUSING))
@pytest.mark.parametrize("dtype", NATIVE, ids=str)
def test_native_spellings_accepted(name, dtype):
    """'<f8', '=f8', '|b1' name no byte order NumPy refuses: the same result (or error) as NumPy."""
    fn = REFUSING[name]
    check(lambda xp, a: fn(xp, a, dtype), X2, modes=("eager",))


ACCEPTING = {
    "cumsum": lambda xp, a, d: xp.cumsum(a, dtype=d),
    "cumsum_axis": lambda xp, a, d: xp.cumsum(a, axis=1, dtype=d),
    "cumprod": lambda xp, a, d: xp.cumprod(a, axis=0, dtype=d),
    "method_cumsum": lambda xp, a, d: a.cumsum(dtype=d),
    "trace": lambda xp, a, d: xp.trace(a, dtype=d),
    "method_trace": lambda xp, a, d: a.trace(dtype=d),
    "einsum": lambda xp, a, d: xp.einsum("ij,kj->ik", a, a, dtype=d, casting="unsafe"),
    "einsum_sum": lambda xp, a, d: xp.einsum("ij->i", a, dtype=d, casting="unsafe"),
}


@pytest.mark.parametrize("name", sorted(ACCEPTING))
@pytest.mark.parametrize("dtype", [">f8", ">i4", ">c16", ">u2"])
@pytest.mark.parametrize("mode", MODES)
def test_byte_order_accepted(name, dtype, mode):
    """NumPy accepts a byte order here; tnp gives NumPy's result for the native-order dtype (a tensor has no byte
    order; NumPy's einsum labels its native-order bytes '>f8', so its values are wrong there)."""
    fn = ACCEPTING[name]
    fn(np, X2, dtype)  # NumPy accepts it
    expected = fn(np, X2, np.dtype(dtype).newbyteorder("="))
    got = run(lambda a: fn(tnp, a, dtype), [X2], mode)
    assert_same(got, expected)


ORDER = {  # which error NumPy raises first when dtype= and another argument are both bad
    "sum_axis": lambda xp, a: xp.sum(a, axis=5, dtype=">f8"),
    "prod_axis": lambda xp, a: xp.prod(a, axis=(0, 0), dtype=">i8"),
    "mean_axis": lambda xp, a: xp.mean(a, axis=5, dtype=">f8"),
    "var_axis": lambda xp, a: xp.var(a, axis=5, dtype=">f8"),
    "cumulative_sum_axis": lambda xp, a: xp.cumulative_sum(a, axis=5, dtype=">f8"),
    "cumulative_sum_2d": lambda xp, a: xp.cumulative_sum(a, dtype=">f8"),
    "cumsum_axis": lambda xp, a: xp.cumsum(a, axis=5, dtype=">f8"),
    "matmul_shapes": lambda xp, a: xp.matmul(a, a, dtype=">f8"),
    "vecdot_shapes": lambda xp, a: xp.vecdot(a, a[:, :2], dtype=">f8"),
}


@pytest.mark.parametrize("name", sorted(ORDER))
def test_error_order(name):
    assert_same_error(ORDER[name], X2)


def test_dtype_none_does_no_byte_order_work(monkeypatch):
    """dtype=None (the ordinary call) never resolves a dtype= argument."""

    def boom(obj):
        raise AssertionError("ufunc_dtype called for dtype=None")

    monkeypatch.setattr(reductions, "ufunc_dtype", boom)
    a = tnp.asarray(X2)
    for fn in (tnp.sum, tnp.prod, tnp.mean, tnp.var, tnp.std, tnp.cumsum, tnp.cumprod):
        fn(a)
    tnp.sum(a, where=tnp.asarray([True, False, True]), initial=1.0)
    tnp.var(a, where=tnp.asarray([True, False, True]))
    tnp.cumulative_sum(a, axis=1)


# ---- 2. can_cast and byte order ---------------------------------------------------------------------------
FROMS = [
    np.int32,
    "i4",
    ">i4",
    "<i4",
    "=i4",
    np.dtype(">i4"),
    ">f8",
    "f8",
    "|b1",
    ">u2",
    ">c16",
    "c16",
    ">i1",
]
FROMS += [np.int32(3), np.float64(1.0), np.array([1], ">i4"), np.array([1], "<i4"), "f2", ">f2", tnp.bfloat16]
TOS = [">i4", "<i4", "i4", "=i4", np.int32, np.dtype(">i4"), ">f8", "f8", ">i8", "|b1", ">u2", ">c16", ">i1"]
TOS += ["f2", ">f2", tnp.bfloat16]
CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"]


@pytest.mark.parametrize("casting", CASTINGS)
def test_can_cast_byte_order(casting):
    bad = []
    for f, t in itertools.product(FROMS, TOS):
        expected, got = outcome(np.can_cast, f, t, casting), outcome(tnp.can_cast, f, t, casting)
        if got != expected:
            bad.append((f, t, expected, got))
    assert not bad, bad[:5]


@pytest.mark.parametrize("casting", CASTINGS)
@pytest.mark.parametrize("to", [">i4", "<i4", "i4", ">f8", ">i8"])
def test_can_cast_tnp_array_is_native(casting, to):
    """A tnp array (even one made from a '>i4' NumPy array) has the native dtype, as its NumPy copy."""
    for a in (tnp.asarray(np.array([1, 2], ">i4")), tnp.array([1, 2], "int32")):
        assert tnp.can_cast(a, to, casting) == np.can_cast(np.asarray(a), to, casting)


@pytest.mark.parametrize("args", [(None, "i4"), ("i4", None), (None, None)])
def test_can_cast_none(args):
    assert outcome(tnp.can_cast, *args) == outcome(np.can_cast, *args)


# ---- 3. ddof beyond int64 -----------------------------------------------------------------------------------
DDOFS = [
    2**63 - 1,
    2**63,
    2**64,
    -(2**63),
    -(2**63) - 1,
    -(2**70),
    2**70,
    np.uint64(2**64 - 1),
    1e300,
    -1e300,
]
VARIANTS = {
    "plain": {},
    "axis": {"axis": 0},
    "keepdims": {"axis": 1, "keepdims": True},
    "where": {"where": np.array([True, False, True])},
    "dtype": {"dtype": "f4"},
    "dtype_int": {"dtype": "i8"},
}


def _var_call(fn_name, ddof, kw, use_correction=False):
    def call(xp, a):
        k = dict(kw)
        if "where" in k:
            k["where"] = xp.asarray(k["where"])
        k["correction" if use_correction else "ddof"] = ddof
        return getattr(xp, fn_name)(a, **k)

    return call


def _same_outcome(fn, *np_args):
    expected = outcome(fn, np, *np_args)
    got = outcome(fn, tnp, *(tnp.asarray(a) for a in np_args))
    if expected[0] == "ok":
        assert got[0] == "ok", f"tnp raised {got}; NumPy returned {expected[1]!r}"
        assert_same(got[1], expected[1])
    else:
        assert got == expected


@pytest.mark.parametrize("fn_name", ["var", "std"])
@pytest.mark.parametrize("ddof", DDOFS, ids=repr)
@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("a", INPUTS[:2], ids=lambda a: str(a.dtype))
def test_huge_ddof(fn_name, ddof, variant, a):
    if variant == "dtype_int" and fn_name == "std" and VARIANTS[variant] and ddof in (1e300, -1e300):
        pytest.skip("NumPy's int std of an inf/0 variance: a C cast of inf, platform dependent")
    _same_outcome(_var_call(fn_name, ddof, VARIANTS[variant]), a)


@pytest.mark.parametrize("fn_name", ["var", "std"])
@pytest.mark.parametrize("ddof", [2**64, -(2**70), 2**63])
def test_huge_ddof_other_arguments(fn_name, ddof):
    """correction=, mean= and out= see the same OverflowError; a bad axis or dtype= is reported first."""
    _same_outcome(_var_call(fn_name, ddof, {}, use_correction=True), X2)
    _same_outcome(lambda xp, a: getattr(xp, fn_name)(a, ddof=ddof, mean=xp.mean(a, keepdims=True)), X2)
    _same_outcome(lambda xp, a: getattr(xp, fn_name)(a, ddof=ddof, out=xp.zeros(())), X2)
    assert_same_error(lambda xp, a: getattr(xp, fn_name)(a, ddof=ddof, axis=5), X2)
    assert_same_error(lambda xp, a: getattr(xp, fn_name)(a, ddof=ddof, dtype=">f8"), X2)
    assert_same_error(lambda xp, a: getattr(xp, fn_name)(a, ddof=ddof, correction=1), X2)


# ---- 4. std/var with an integer or bool dtype= -------------------------------------------------------------
STD_VARIANTS = {
    "plain": {},
    "axis": {"axis": 0},
    "keepdims": {"keepdims": True},
    "ddof": {"ddof": 1},
    "where": {"where": np.array([True, False, True])},
    "out_f8": {"out": "f8"},
    "out_f4": {"out": "f4"},
}


@pytest.mark.parametrize("fn_name", ["std", "var"])
@pytest.mark.parametrize("dtype", ["i8", "i4", "u2", "i1", "u8", "?"])
@pytest.mark.parametrize("variant", sorted(STD_VARIANTS))
@pytest.mark.parametrize("a", INPUTS, ids=lambda a: str(a.dtype))
def test_std_integer_dtype(fn_name, dtype, variant, a):
    """NumPy: a 0-d std is sqrt(var) cast back; an array result cannot take sqrt's float (TypeError)."""

    def call(xp, x):
        k = dict(STD_VARIANTS[variant])
        if "out" in k:
            k["out"] = xp.zeros((), k["out"])
        if "where" in k:
            k["where"] = xp.asarray(k["where"])
        return getattr(xp, fn_name)(x, dtype=dtype, **k)

    expected = outcome(call, np, a)
    if expected[0] == "ok":
        check(call, a, modes=("eager", "function"))
    else:
        got = outcome(call, tnp, tnp.asarray(a))
        assert got[0] != "ok" and issubclass(got[0], expected[0]), (got, expected)
