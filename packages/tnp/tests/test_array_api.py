"""The Python array API standard (2024.12): `x.__array_namespace__()` is `tnp`, which has every name of the
standard (array-api-strict, the standard's reference implementation, is the list) and gives the reference's results.

Where the standard and NumPy differ tnp follows NumPy (docs/design.md lists the differences): it accepts dtypes the
standard leaves out (e.g. `sin` of integers) and mixed-kind promotion (int array + float array), and returns
arrays (not Python scalars) from reductions. Those calls are skipped here, where array-api-strict refuses them.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import tnp
from hypothesis import given, settings, strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core.testing import assert_same

xps = pytest.importorskip("array_api_strict")
xps.set_array_api_strict_flags(api_version="2024.12")

STRICT_ONLY = {"ArrayAPIStrictFlags", "Device", "ModuleType", "get_array_api_strict_flags",
               "reset_array_api_strict_flags", "set_array_api_strict_flags"}  # fmt: skip
DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64",
          "complex64", "complex128"]  # fmt: skip


def test_the_namespace_of_an_array_is_tnp():
    x = tnp.asarray([1.0, 2.0])
    assert x.__array_namespace__() is tnp
    assert x.__array_namespace__(api_version="2024.12") is tnp
    assert tnp.__array_api_version__ == "2024.12"
    with pytest.raises(ValueError, match="api_version"):
        x.__array_namespace__(api_version="1999.01")


def test_every_name_of_the_standard_exists():
    names = [n for n in dir(xps) if not n.startswith("_") and n not in STRICT_ONLY]
    assert len(names) > 140
    assert [n for n in names if not hasattr(tnp, n)] == []
    linalg = [n for n in xps.linalg.__all__ if not n.startswith("_")]
    assert len(linalg) > 20
    assert [n for n in linalg if not hasattr(tnp.linalg, n)] == []


def test_every_array_attribute_and_method_of_the_standard_exists():
    x = xps.asarray([1.0])
    skip = ("__init__", "__buffer__")  # Python's buffer protocol cannot expose a TF tensor's memory
    wanted = [n for n in dir(x) if not n.startswith("_") or (n.startswith("__") and n not in skip)]
    ours = tnp.asarray([1.0])
    assert [n for n in wanted if not hasattr(type(ours), n)] == []
    m = tnp.ones((2, 3, 4))
    assert m.mT.shape == (2, 4, 3) and m.device in tnp.__array_namespace_info__().devices()
    assert m.to_device(m.device).shape == m.shape


def test_namespace_info():
    info = tnp.__array_namespace_info__()
    caps = info.capabilities()
    assert caps["boolean indexing"] is True and caps["data-dependent shapes"] is True
    assert caps["max dimensions"] >= 8
    assert tnp.ones((1,) * caps["max dimensions"]).ndim == caps["max dimensions"]
    assert info.default_device() in info.devices()
    assert {k: str(v) for k, v in info.default_dtypes().items()} == {
        "real floating": "float64",
        "complex floating": "complex128",
        "integral": "int64",
        "indexing": "int64",
    }
    with tnp.config(prefer_float32=True):
        assert str(info.default_dtypes()["real floating"]) == "float32"
    assert sorted(info.dtypes()) == sorted(DTYPES)
    assert sorted(info.dtypes(kind="integral")) == sorted(d for d in DTYPES if d[0] in "iu")
    assert sorted(info.dtypes(kind=("bool", "complex floating"))) == ["bool", "complex128", "complex64"]
    strict = xps.__array_namespace_info__()
    assert sorted(info.dtypes(kind="numeric")) == sorted(strict.dtypes(kind="numeric"))
    with pytest.raises(ValueError):
        info.dtypes(kind="strings")


# ---- differential against the reference implementation -------------------------------------------------------

UNARY = ["abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "bitwise_invert", "ceil", "conj", "cos", "cosh",
         "exp", "expm1", "floor", "imag", "isfinite", "isinf", "isnan", "log", "log1p", "log2", "log10",
         "logical_not", "negative", "positive", "real", "round", "sign", "signbit", "sin", "sinh", "square", "sqrt",
         "tan", "tanh", "trunc", "reciprocal"]  # fmt: skip
BINARY = ["add", "atan2", "bitwise_and", "bitwise_left_shift", "bitwise_or", "bitwise_right_shift", "bitwise_xor",
          "copysign", "divide", "equal", "floor_divide", "greater", "greater_equal", "hypot", "less", "less_equal",
          "logaddexp", "logical_and", "logical_or", "logical_xor", "maximum", "minimum", "multiply", "nextafter",
          "not_equal", "pow", "remainder", "subtract"]  # fmt: skip
SHAPES = hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4)


def arrays(dtype: str, shape=SHAPES):
    kind = np.dtype(dtype).kind
    if (
        kind in "fc"
    ):  # finite, moderate, normal values (TensorFlow flushes subnormals to zero: docs/design.md)
        elements = st.floats(
            -100, 100, width=32 if dtype in ("float32", "complex64") else 64, allow_subnormal=False
        )
        if kind == "c":
            width = 64 if dtype == "complex64" else 128
            elements = st.complex_numbers(
                max_magnitude=100, allow_nan=False, allow_infinity=False, allow_subnormal=False, width=width
            )
        return hnp.arrays(dtype, shape, elements=elements)
    if kind in "iu":
        info = np.iinfo(dtype)
        return hnp.arrays(dtype, shape, elements=st.integers(max(info.min, -100), min(info.max, 100)))
    return hnp.arrays(dtype, shape)


def _reference(fn, *args):
    """The reference's result as NumPy, or None where the standard does not define the call."""
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            out = fn(xps, *[xps.asarray(a) if isinstance(a, np.ndarray) else a for a in args])
        except (TypeError, ValueError):
            return None
    if isinstance(out, (tuple, list)):
        return tuple(np.asarray(o) for o in out)
    if type(out).__name__ == "Array":
        return np.asarray(out)
    return getattr(out, "_np_dtype", out)  # a Python scalar, or the reference's dtype object as NumPy's


def _compare(fn, *args):
    want = _reference(fn, *args)
    if want is None:
        return
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        got = fn(tnp, *[tnp.asarray(a) if isinstance(a, np.ndarray) else a for a in args])
    if isinstance(want, tuple):
        for g, w in zip(got, want):
            assert_same(g, w, atol=1e-6)
    else:
        assert_same(got, want, atol=1e-6)


@pytest.mark.parametrize("name", UNARY)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_unary_elementwise(name, data):
    dtype = data.draw(st.sampled_from(DTYPES))
    x = data.draw(arrays(dtype))
    if name in ("acosh",) and x.dtype.kind == "f":
        x = np.abs(x) + 1
    _compare(lambda xp, a: getattr(xp, name)(a), x)


@pytest.mark.parametrize("name", BINARY)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_binary_elementwise(name, data):
    dtype = data.draw(st.sampled_from(DTYPES))
    shape = data.draw(SHAPES)
    x, y = data.draw(arrays(dtype, shape)), data.draw(arrays(dtype, shape))
    if name in ("bitwise_left_shift", "bitwise_right_shift") and x.dtype.kind in "iu":
        y = np.abs(y) % (8 * x.dtype.itemsize)
    if name in ("floor_divide", "remainder") and x.dtype.kind in "iu":
        y = np.where(y == 0, 1, y).astype(dtype)
    if name == "pow" and x.dtype.kind in "iu":
        y = np.abs(y) % 3
    _compare(lambda xp, a, b: getattr(xp, name)(a, b), x, y)


@pytest.mark.parametrize("name", ["sum", "prod", "max", "min", "mean", "std", "var", "all", "any"])
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_statistical_functions(name, data):
    dtype = data.draw(st.sampled_from(DTYPES))
    x = data.draw(arrays(dtype, hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=4)))
    axis = data.draw(st.none() | st.integers(-x.ndim, x.ndim - 1))
    keepdims = data.draw(st.booleans())
    kw = {"axis": axis, "keepdims": keepdims}
    if name in ("std", "var"):
        kw["correction"] = data.draw(st.sampled_from([0, 1]))
    _compare(lambda xp, a: getattr(xp, name)(a, **kw), x)


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_sorting_with_descending(data):
    dtype = data.draw(st.sampled_from(["int8", "int64", "uint16", "float32", "float64"]))
    x = data.draw(arrays(dtype, hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=5)))
    axis = data.draw(st.integers(-x.ndim, x.ndim - 1))
    descending = data.draw(st.booleans())
    _compare(lambda xp, a: xp.argsort(a, axis=axis, descending=descending, stable=True), x)
    _compare(lambda xp, a: xp.sort(a, axis=axis, descending=descending), x)


@pytest.mark.parametrize("name", ["unique_values", "unique_counts", "unique_inverse", "unique_all"])
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_set_functions(name, data):
    x = data.draw(hnp.arrays("int32", SHAPES, elements=st.integers(-3, 3)))

    def sorted_result(xp, a):  # the standard leaves the order of unique values unspecified
        out = getattr(xp, name)(a)
        return out if name != "unique_values" else xp.sort(out)

    _compare(sorted_result, x)


@pytest.mark.parametrize(
    "call",
    [
        lambda xp, a: xp.linalg.matrix_norm(a),
        lambda xp, a: xp.linalg.vector_norm(a, axis=-1),
        lambda xp, a: xp.linalg.svdvals(a),
        lambda xp, a: xp.linalg.det(a),
        lambda xp, a: xp.linalg.inv(a),
        lambda xp, a: xp.linalg.trace(a, offset=1),
        lambda xp, a: xp.linalg.diagonal(a, offset=-1),
        lambda xp, a: xp.linalg.matrix_transpose(a),
        lambda xp, a: xp.linalg.matmul(a, a),
        lambda xp, a: xp.linalg.vecdot(a, a, axis=-1),
        lambda xp, a: xp.linalg.eigvalsh(a + xp.linalg.matrix_transpose(a)),
        lambda xp, a: xp.linalg.matrix_power(a, 3),
        lambda xp, a: xp.linalg.pinv(a),
    ],
)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_linalg_extension(call, dtype):
    a = np.random.default_rng(0).standard_normal((2, 3, 3)).astype(dtype) + 3 * np.eye(3, dtype=dtype)
    _compare(call, a)


@pytest.mark.parametrize(
    "call",
    [
        lambda xp: xp.arange(5, dtype=xp.int32),
        lambda xp: xp.linspace(0, 1, 7),
        lambda xp: xp.eye(3, 4, k=1),
        lambda xp: xp.full((2, 2), 3.5),
        lambda xp: xp.asarray([1, 2], dtype=xp.int16, copy=True),
        lambda xp: xp.astype(xp.asarray([1.7, -2.5]), xp.int32),
        lambda xp: xp.concat([xp.ones((2, 1)), xp.zeros((2, 2))], axis=1),
        lambda xp: xp.stack([xp.ones(3), xp.zeros(3)], axis=-1),
        lambda xp: xp.permute_dims(xp.reshape(xp.arange(6), (1, 2, 3)), (2, 0, 1)),
        lambda xp: xp.cumulative_sum(xp.arange(4), include_initial=True),
        lambda xp: xp.cumulative_prod(xp.arange(1, 5)),
        lambda xp: xp.searchsorted(xp.asarray([1, 3, 5]), xp.asarray([0, 3, 6]), side="right"),
        lambda xp: xp.where(xp.asarray([True, False]), xp.asarray([1, 2]), xp.asarray([3, 4])),
        lambda xp: xp.clip(xp.asarray([-2.0, 0.5, 9.0]), min=0.0, max=1.0),
        lambda xp: xp.take(xp.asarray([[1, 2], [3, 4]]), xp.asarray([1]), axis=0),
        lambda xp: xp.take_along_axis(xp.asarray([[3, 1], [2, 4]]), xp.asarray([[1], [0]]), axis=1),
        lambda xp: xp.tensordot(xp.ones((2, 3)), xp.ones((3, 4)), axes=1),
        lambda xp: xp.vecdot(xp.ones((2, 3)), xp.ones(3)),
        lambda xp: xp.count_nonzero(xp.asarray([[0, 1], [2, 0]]), axis=0),
        lambda xp: xp.diff(xp.asarray([1, 4, 9, 16]), n=2),
        lambda xp: xp.tile(xp.asarray([1, 2]), (2, 2)),
        lambda xp: xp.repeat(xp.asarray([1, 2]), 2),
        lambda xp: xp.roll(xp.arange(5), 2),
        lambda xp: xp.flip(xp.reshape(xp.arange(6), (2, 3)), axis=1),
        lambda xp: xp.moveaxis(xp.ones((2, 3, 4)), 0, -1),
        lambda xp: xp.squeeze(xp.ones((1, 3, 1)), axis=(0, 2)),
        lambda xp: xp.expand_dims(xp.ones(3), axis=0),
        lambda xp: xp.broadcast_to(xp.asarray([1, 2]), (3, 2)),
        lambda xp: xp.nonzero(xp.asarray([[0, 1], [1, 0]])),
        lambda xp: xp.tril(xp.ones((3, 3)), k=-1),
        lambda xp: xp.meshgrid(xp.arange(2), xp.arange(3), indexing="ij"),
        lambda xp: xp.result_type(xp.int8, xp.uint8),
        lambda xp: xp.can_cast(xp.int64, xp.float32),
        lambda xp: xp.isdtype(xp.float32, ("real floating", "complex floating")),
        lambda xp: xp.finfo(xp.float32).eps,
        lambda xp: xp.iinfo(xp.int16).max,
    ],
)
def test_creation_manipulation_and_utilities(call):
    want = _reference(lambda xp: call(xp))
    assert want is not None
    got = call(tnp)
    if isinstance(want, tuple):
        for g, w in zip(got, want):
            assert_same(g, w)
    elif not isinstance(got, tnp.ndarray):  # a Python scalar or a dtype
        assert got == want
    else:
        assert_same(got, want)
