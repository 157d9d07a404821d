"""Host round trips (tnp_math._host): file/text I/O, printing and number formatting against NumPy.

Files are written by tnp and by NumPy into tmp_path and compared (bytes, or the arrays read back by NumPy);
every function raises TypeError naming itself inside tf.function.
"""

from __future__ import annotations

import inspect
import io
import types

import numpy as np
import pytest
import tensorflow as tf
import tnp_core
from tnp_core.testing import assert_same, check
from tnp_math import _host

XP = types.SimpleNamespace(
    **{
        **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
        **{n: getattr(_host, n) for n in _host.__all__},
    }
)
DTYPES = ["bool", "int8", "uint16", "int64", "float16", "float32", "float64", "complex64", "complex128"]
SHAPES = [(), (0,), (5,), (2, 3), (2, 0, 3)]


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-50, 50, size=shape)
    if np.dtype(dtype).kind == "c":
        x = x + 1j * rng.uniform(-50, 50, size=shape)
    if np.dtype(dtype).kind == "b":
        return x > 0
    return x.astype(dtype)


def tnp_array(a):
    return tnp_core.asarray(a)


@pytest.mark.parametrize("name", sorted(set(_host.__all__) - {"fromstring"}))
def test_signature_is_numpys(name):
    ours, theirs = inspect.signature(getattr(_host, name)), inspect.signature(getattr(np, name))
    assert [(p.name, p.kind, p.default) for p in ours.parameters.values()] == [
        (p.name, p.kind, p.default) for p in theirs.parameters.values()
    ]


def test_fromstring_signature_is_numpys_documented_one():
    # NumPy's builtin has no inspectable signature; its docstring gives it (sep is '' when omitted)
    assert np.fromstring.__doc__.lstrip().startswith(
        "fromstring(string, dtype=float, count=-1, *, sep, like=None)"
    )
    params = inspect.signature(_host.fromstring).parameters
    assert list(params) == ["string", "dtype", "count", "sep", "like"]
    assert params["sep"].kind is inspect.Parameter.KEYWORD_ONLY


# ---- binary files ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("dtype", DTYPES)
def test_save_writes_numpys_bytes_and_load_reads_them(tmp_path, shape, dtype):
    a = sample(shape, dtype)
    XP.save(tmp_path / "t.npy", tnp_array(a))
    np.save(tmp_path / "n.npy", a)
    assert (tmp_path / "t.npy").read_bytes() == (tmp_path / "n.npy").read_bytes()
    assert_same(XP.load(tmp_path / "n.npy"), np.load(tmp_path / "n.npy"))
    assert_same(XP.load(tmp_path / "n.npy", mmap_mode="r"), np.load(tmp_path / "n.npy"))


def test_save_and_load_file_objects_and_plain_inputs():
    buf = io.BytesIO()
    XP.save(buf, [[1, 2], [3, 4]])
    buf.seek(0)
    assert_same(XP.load(buf), np.array([[1, 2], [3, 4]]))


@pytest.mark.parametrize("fn", ["savez", "savez_compressed"])
def test_savez_round_trip(tmp_path, fn):
    a, b, c = sample((2, 3), "float32"), sample((4,), "int64", 1), sample((), "complex128", 2)
    getattr(XP, fn)(tmp_path / "t.npz", tnp_array(a), tnp_array(b), named=tnp_array(c))
    getattr(np, fn)(tmp_path / "n.npz", a, b, named=c)
    with np.load(tmp_path / "t.npz") as got, np.load(tmp_path / "n.npz") as expected:
        assert got.files == expected.files
        for k in expected.files:
            np.testing.assert_array_equal(got[k], expected[k])
            assert got[k].dtype == expected[k].dtype
    with XP.load(tmp_path / "n.npz") as got, np.load(tmp_path / "n.npz") as expected:
        assert list(got) == expected.files == got.files
        assert len(got) == len(expected) and "named" in got and "nope" not in got
        for k in expected.files:
            assert_same(got[k], expected[k])
        assert dict(got.items()).keys() == set(expected.files)


def test_load_of_unsupported_dtypes_raises_typeerror(tmp_path):
    np.save(tmp_path / "s.npy", np.array(["a", "bc"]))
    np.save(tmp_path / "o.npy", np.array([1, "a"], dtype=object))
    with pytest.raises(TypeError, match="dtype"):
        XP.load(tmp_path / "s.npy")
    with pytest.raises(TypeError, match="object"):
        XP.load(tmp_path / "o.npy", allow_pickle=True)
    with pytest.raises(ValueError):  # NumPy's refusal of pickles without allow_pickle
        np.load(tmp_path / "o.npy")
    with pytest.raises(ValueError):
        XP.load(tmp_path / "o.npy")


@pytest.mark.parametrize("sep", ["", " ", ","])
@pytest.mark.parametrize("dtype", ["int32", "float64", "complex64", "uint8"])
def test_fromfile(tmp_path, sep, dtype):
    if sep and np.dtype(dtype).kind == "c":
        pytest.skip("NumPy writes complex text it cannot read back")
    a = sample((7,), dtype)
    a.tofile(tmp_path / "x.bin", sep=sep)
    for kw in ({}, {"count": 3}, {"offset": 0}):
        if sep and "offset" in kw:
            continue
        check(
            lambda xp, kw=kw: xp.fromfile(tmp_path / "x.bin", dtype=dtype, sep=sep, **kw),
            xp=XP,
            modes=("eager",),
        )
    check(lambda xp: xp.fromfile(tmp_path / "x.bin", sep=sep), xp=XP, modes=("eager",))


# ---- text -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "kwargs",
    [{}, {"fmt": "%d"}, {"fmt": "%.3f", "delimiter": ","}, {"header": "a b", "footer": "end", "comments": "// "},
     {"newline": ";\n"}, {"fmt": ["%.1f", "%.2e", "%g"]}],
)  # fmt: skip
def test_savetxt_writes_numpys_text(tmp_path, kwargs):
    a = sample((4, 3), "float64")
    XP.savetxt(tmp_path / "t.txt", tnp_array(a), **kwargs)
    np.savetxt(tmp_path / "n.txt", a, **kwargs)
    assert (tmp_path / "t.txt").read_text() == (tmp_path / "n.txt").read_text()


@pytest.mark.parametrize("shape", [(0,), (5,), (2, 3)])
@pytest.mark.parametrize("dtype", ["int64", "float32", "complex128"])
def test_savetxt_shapes_and_dtypes(tmp_path, shape, dtype):
    a = sample(shape, dtype)
    XP.savetxt(tmp_path / "t.txt", tnp_array(a))
    np.savetxt(tmp_path / "n.txt", a)
    assert (tmp_path / "t.txt").read_text() == (tmp_path / "n.txt").read_text()


def test_savetxt_of_0d_raises_as_numpy(tmp_path):
    check(lambda xp, a: xp.savetxt(tmp_path / "x.txt", a), np.array(1.0), xp=XP, modes=("eager",))


TEXT = "# comment\n1,2,3\n4,5,6\n7,8,9\n"


@pytest.mark.parametrize(
    "kwargs",
    [{"delimiter": ","}, {"delimiter": ",", "dtype": int}, {"delimiter": ",", "dtype": "float32"},
     {"delimiter": ",", "usecols": (0, 2)}, {"delimiter": ",", "unpack": True}, {"delimiter": ",", "skiprows": 2},
     {"delimiter": ",", "max_rows": 1}, {"delimiter": ",", "max_rows": 1, "ndmin": 2},
     {"delimiter": ",", "usecols": 1}, {"delimiter": ",", "usecols": 1, "ndmin": 0, "max_rows": 1},
     {"delimiter": ",", "converters": float}, {"delimiter": " "}, {"delimiter": ",", "usecols": 5}],
)  # fmt: skip
@pytest.mark.filterwarnings("ignore:Input line 1 contained no data")  # NumPy's own, for max_rows
def test_loadtxt(tmp_path, kwargs):
    (tmp_path / "x.txt").write_text(TEXT)
    check(lambda xp: xp.loadtxt(tmp_path / "x.txt", **kwargs), xp=XP, modes=("eager",))
    check(lambda xp: xp.loadtxt(io.StringIO(TEXT), **kwargs), xp=XP, modes=("eager",))


def test_loadtxt_reads_savetxt(tmp_path):
    a = sample((3, 4), "float64")
    XP.savetxt(tmp_path / "x.txt", tnp_array(a))
    assert_same(XP.loadtxt(tmp_path / "x.txt"), a)


def test_loadtxt_of_strings_raises_typeerror(tmp_path):
    with pytest.raises(TypeError, match="dtype"):
        XP.loadtxt(io.StringIO("a b\nc d\n"), dtype=str)
    with pytest.raises(TypeError, match="structured"):
        XP.loadtxt(io.StringIO("1 2\n3 4\n"), dtype=[("a", int), ("b", float)])


MISSING = "1,2,3\n4,,6\n7,8,nan\n"


@pytest.mark.parametrize(
    "kwargs",
    [{"delimiter": ","}, {"delimiter": ",", "filling_values": -1}, {"delimiter": ",", "usecols": (0, 2)},
     {"delimiter": ",", "skip_header": 1}, {"delimiter": ",", "skip_footer": 1},
     {"delimiter": ",", "unpack": True}, {"delimiter": ",", "max_rows": 2}, {"delimiter": ",", "dtype": "float32"},
     {"delimiter": ",", "ndmin": 2, "max_rows": 1}, {"delimiter": ";"}],
)  # fmt: skip
def test_genfromtxt(kwargs):
    check(lambda xp: xp.genfromtxt(io.StringIO(MISSING), **kwargs), xp=XP, modes=("eager",))


def test_genfromtxt_unsupported():
    with pytest.raises(NotImplementedError, match="usemask"):
        XP.genfromtxt(io.StringIO(MISSING), delimiter=",", usemask=True)
    with pytest.raises(TypeError, match="structured"):
        XP.genfromtxt(io.StringIO("a,b\n1,2\n"), delimiter=",", names=True)


def test_fromregex(tmp_path):
    (tmp_path / "x.txt").write_text("1 2\n3 4\n")
    for dtype in (np.int64, [("a", np.int64), ("b", np.float32)]):
        with pytest.raises(TypeError):  # NumPy: not structured; tnp: a structured result
            XP.fromregex(tmp_path / "x.txt", r"(\d+) (\d+)", dtype)
    check(lambda xp: xp.fromregex(tmp_path / "x.txt", r"(\d+) (\d+)", np.int64), xp=XP, modes=("eager",))


@pytest.mark.parametrize(
    ("text", "kwargs"),
    [("1 2 3", {"sep": " "}), ("1,2,3", {"sep": ",", "dtype": int}), ("1.5, 2.5", {"sep": ",", "dtype": "float32"}),
     ("1 2 3", {"sep": " ", "count": 2}), ("", {"sep": " "}), ("\x01\x02", {"dtype": np.uint8})],
)  # fmt: skip
def test_fromstring(text, kwargs):
    check(lambda xp: xp.fromstring(text, **kwargs), xp=XP, modes=("eager",))


def test_fromstring_count_beyond_the_text():
    """NumPy returns `count` elements; those past the text are uninitialized memory, so only the ones read and
    the shape and dtype are compared."""
    check(lambda xp: xp.fromstring("1 2", sep=" ", count=5)[:2], xp=XP, modes=("eager",))
    got, want = XP.fromstring("1 2", sep=" ", count=5), np.fromstring("1 2", sep=" ", count=5)
    assert (got.shape, got.dtype) == (want.shape, want.dtype)


@pytest.mark.parametrize(
    ("make", "dtype", "count"),
    [(lambda: range(5), int, -1), (lambda: (x * 0.5 for x in range(4)), "float32", -1), (lambda: range(5), float, 3),
     (lambda: iter([]), "int8", -1), (lambda: range(2), int, 5), (lambda: [1 + 2j, 3j], complex, -1),
     (lambda: [True, False], bool, -1)],
)  # fmt: skip
def test_fromiter(make, dtype, count):
    check(lambda xp: xp.fromiter(make(), dtype, count=count), xp=XP, modes=("eager",))


def test_fromiter_of_tnp_scalars():
    assert_same(XP.fromiter((tnp_core.asarray(i) for i in range(3)), float), np.arange(3.0))


# ---- printing -------------------------------------------------------------------------------------------------------
PRINT_CASES = [((), "float64"), ((5,), "int8"), ((2, 3), "float32"), ((0,), "float64"), ((3,), "complex64"),
               ((4,), "bool"), ((2, 2, 2), "float16"), ((1200,), "int64")]  # fmt: skip
PRINT_KWARGS = [{}, {"precision": 2}, {"max_line_width": 20}, {"suppress_small": True}]


@pytest.mark.parametrize(("shape", "dtype"), PRINT_CASES)
@pytest.mark.parametrize("kwargs", PRINT_KWARGS)
def test_array_repr_and_str(shape, dtype, kwargs):
    a = sample(shape, dtype)
    assert XP.array_repr(tnp_array(a), **kwargs) == np.array_repr(a, **kwargs)
    assert XP.array_str(tnp_array(a), **kwargs) == np.array_str(a, **kwargs)
    extra = {
        "separator": ", ",
        "prefix": "x = ",
        "threshold": 5,
        "edgeitems": 1,
        "sign": "+",
        "floatmode": "fixed",
    }
    for k, v in extra.items():
        assert XP.array2string(tnp_array(a), **{k: v}) == np.array2string(a, **{k: v}), k
    fmt = {"all": lambda v: f"<{v}>"}
    assert XP.array2string(tnp_array(a), formatter=fmt) == np.array2string(a, formatter=fmt)


@pytest.mark.parametrize(
    "options",
    [{"precision": 3}, {"threshold": 4, "edgeitems": 1}, {"linewidth": 30}, {"suppress": True},
     {"nanstr": "NaN", "infstr": "INF"}, {"sign": "+"}, {"floatmode": "unique"}, {"legacy": "1.13"},
     {"formatter": {"float": lambda v: f"{v:.1f}"}}],
)  # fmt: skip
def test_printoptions_format_tnp_arrays_as_numpy(options):
    a = np.array([[1e-9, 1.23456789, np.nan], [np.inf, -2.5, 100.0]])
    x = tnp_array(a)
    saved = np.get_printoptions()
    try:
        with XP.printoptions(**options) as opts:
            assert opts == np.get_printoptions()
            assert str(x) == str(a)
            assert repr(x) == "tnp." + repr(a).replace("\n", "\n    ")
            assert XP.array_repr(x) == repr(a)
            assert XP.get_printoptions() == np.get_printoptions()
        assert np.get_printoptions() == saved
        XP.set_printoptions(**options)
        assert XP.get_printoptions() == np.get_printoptions() != saved
        assert str(x) == str(a)
        assert XP.array_str(x) == np.array_str(a)
    finally:
        np.set_printoptions(**saved)


@pytest.mark.parametrize("bad", [{"precision": "x"}, {"sign": "?"}, {"floatmode": "no"}])
def test_printoptions_errors_as_numpy(bad):
    saved = np.get_printoptions()
    try:
        check(lambda xp: xp.set_printoptions(**bad), xp=XP, modes=("eager",))
        with pytest.raises(Exception) as expected:  # NumPy's exception type, then tnp's
            with np.printoptions(**bad):
                pass
        with pytest.raises(type(expected.value)):
            with XP.printoptions(**bad):
                pass
    finally:
        np.set_printoptions(**saved)
    assert np.get_printoptions() == saved


# ---- number formatting ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("value", [0.1, -2.5, 1e-7, 123456.789, 0.0, float("inf"), float("nan")])
def test_format_float(dtype, value):
    a = np.array(value, dtype)
    for kw in ({}, {"precision": 3}, {"unique": False, "precision": 4}, {"sign": True}, {"trim": "-"},
               {"pad_left": 4}, {"min_digits": 5}):  # fmt: skip
        check(lambda xp, v, kw=kw: xp.format_float_positional(v, **kw), a, xp=XP, modes=("eager",))
        check(lambda xp, v, kw=kw: xp.format_float_scientific(v, **kw), a, xp=XP, modes=("eager",))
        check(lambda xp, kw=kw: xp.format_float_positional(a[()], **kw), xp=XP, modes=("eager",))
    check(
        lambda xp, v: xp.format_float_positional(v, fractional=False, precision=2), a, xp=XP, modes=("eager",)
    )
    check(lambda xp, v: xp.format_float_scientific(v, exp_digits=3), a, xp=XP, modes=("eager",))


@pytest.mark.parametrize(
    "call",
    [lambda xp: xp.format_float_positional(xp.asarray([1.5])), lambda xp: xp.format_float_positional("1.5"),
     lambda xp: xp.format_float_scientific(xp.asarray(1)), lambda xp: xp.format_float_positional(1.5, trim="x"),
     lambda xp: xp.base_repr(5, 1), lambda xp: xp.base_repr(5, 37), lambda xp: xp.base_repr(1.5),
     lambda xp: xp.binary_repr(1.5), lambda xp: xp.binary_repr(xp.asarray([1, 2]))],
)  # fmt: skip
def test_formatting_errors(call):
    check(call, xp=XP, modes=("eager",))


@pytest.mark.parametrize("number", [0, 5, -5, 255, 2**40, -(2**40)])
def test_base_and_binary_repr(number):
    for base, padding in ((2, 0), (3, 2), (16, 0), (36, 1)):
        check(lambda xp, n: xp.base_repr(n, base, padding), np.array(number), xp=XP, modes=("eager",))
        check(lambda xp: xp.base_repr(number, base, padding), xp=XP, modes=("eager",))
    for width in (None, 8, 64):
        check(lambda xp, n: xp.binary_repr(n, width), np.array(number), xp=XP, modes=("eager",))
        check(lambda xp: xp.binary_repr(number, width=width), xp=XP, modes=("eager",))


# ---- inside tf.function and like= ----------------------------------------------------------------------------------
def _graph_calls(path):
    return {
        "save": lambda x: XP.save(path / "g.npy", x),
        "load": lambda x: XP.load(path / "g.npy"),
        "savez": lambda x: XP.savez(path / "g.npz", x),
        "savez_compressed": lambda x: XP.savez_compressed(path / "g.npz", x),
        "savetxt": lambda x: XP.savetxt(path / "g.txt", x),
        "loadtxt": lambda x: XP.loadtxt(path / "g.txt"),
        "genfromtxt": lambda x: XP.genfromtxt(path / "g.txt"),
        "fromfile": lambda x: XP.fromfile(path / "g.npy"),
        "fromregex": lambda x: XP.fromregex(path / "g.txt", r"(\d)", [("a", int)]),
        "fromstring": lambda x: XP.fromstring("1 2", sep=" "),
        "fromiter": lambda x: XP.fromiter(range(3), int),
        "array2string": lambda x: XP.array2string(x),
        "array_repr": lambda x: XP.array_repr(x),
        "array_str": lambda x: XP.array_str(x),
        "format_float_positional": lambda x: XP.format_float_positional(x),
        "format_float_scientific": lambda x: XP.format_float_scientific(x),
        "base_repr": lambda x: XP.base_repr(XP.astype(x, XP.int64)),
        "binary_repr": lambda x: XP.binary_repr(XP.astype(x, XP.int64)),
    }


def test_host_functions_raise_typeerror_inside_tf_function(tmp_path):
    np.save(tmp_path / "g.npy", np.arange(3.0))
    np.savetxt(tmp_path / "g.txt", np.arange(3.0))
    calls = _graph_calls(tmp_path)
    assert set(calls) == set(_host.__all__) - {"printoptions", "set_printoptions", "get_printoptions"}
    for name, call in calls.items():
        fn = tf.function(lambda t, call=call: call(tnp_core.extending.wrap(t)), autograph=False)
        with pytest.raises(TypeError, match=f"{name}.*tf.function"):
            fn(tf.constant(1.5, tf.float64))
        scalar = name.startswith(("format", "base", "binary"))
        x = tnp_core.asarray(1.5 if scalar else [1.5, 2.5])
        if name == "fromregex":  # eagerly it parses, then refuses the structured result
            with pytest.raises(TypeError, match="structured"):
                call(x)
        else:
            call(x)  # the same call works eagerly


def test_print_options_work_while_tracing():
    @tf.function(autograph=False)
    def fn(t):
        with XP.printoptions(precision=2):
            p = XP.get_printoptions()["precision"]
        return t + p

    assert float(fn(tf.constant(1.0))) == 3.0


@pytest.mark.parametrize(
    "call",
    [lambda: XP.loadtxt(io.StringIO("1"), like=np.zeros(1)), lambda: XP.genfromtxt(io.StringIO("1"), like=1),
     lambda: XP.fromstring("1", sep=" ", like=1), lambda: XP.fromiter([1], int, like=1),
     lambda: XP.fromfile("x", like=1)],
)  # fmt: skip
def test_like_is_not_supported(call):
    with pytest.raises(NotImplementedError, match="like"):
        call()
