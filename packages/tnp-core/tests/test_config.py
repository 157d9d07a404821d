"""`tnp.config(prefer_float32=True)`: scoped by contextvars (nests, restores, per thread); explicit dtypes
win."""

from __future__ import annotations

import asyncio
import threading

import numpy as np
import pytest
import tensorflow as tf
import tnp_core as tnp

F32, F64, C64, C128, I64 = (np.dtype(n) for n in ("float32", "float64", "complex64", "complex128", "int64"))

DEFAULT_CREATION = {
    "zeros": (lambda: tnp.zeros(2), lambda: np.zeros(2)),
    "ones": (lambda: tnp.ones((2, 1)), lambda: np.ones((2, 1))),
    "empty": (lambda: tnp.empty(3), lambda: np.empty(3)),
    "full_pyfloat": (lambda: tnp.full(2, 1.5), lambda: np.full(2, 1.5)),
    "asarray_pyfloat": (lambda: tnp.asarray(1.5), lambda: np.asarray(1.5)),
    "asarray_list": (lambda: tnp.asarray([1.0, 2]), lambda: np.asarray([1.0, 2])),
    "array_nested": (lambda: tnp.array([[1.5], [2.0]]), lambda: np.array([[1.5], [2.0]])),
    "asarray_complex": (lambda: tnp.asarray(1 + 2j), lambda: np.asarray(1 + 2j)),
    "asarray_complex_list": (lambda: tnp.asarray([1j, 2]), lambda: np.asarray([1j, 2])),
    "array_complex_nested": (lambda: tnp.array([[1j], [2.5]]), lambda: np.array([[1j], [2.5]])),
}
EXPLICIT = {
    "zeros_f64": lambda: tnp.zeros(2, dtype="float64"),
    "zeros_float": lambda: tnp.zeros(2, dtype=np.float64),
    "asarray_dtype": lambda: tnp.asarray(1.5, dtype="float64"),
    "numpy_scalar": lambda: tnp.asarray(np.float64(1.5)),
    "numpy_array": lambda: tnp.asarray(np.array([1.5, 2.5])),
    "tnp_f64_times_pyfloat": lambda: tnp.zeros(2, dtype="float64") * 1.5,
    "complex128_array": lambda: tnp.asarray(np.array([1j])),
    "full_dtype": lambda: tnp.full(2, 1.5, dtype="float64"),
}
INTS = {
    "asarray_int": lambda: tnp.asarray(3),
    "zeros_int": lambda: tnp.zeros(2, dtype=int),
    "int_list": lambda: tnp.asarray([1, 2]),
}


@pytest.mark.parametrize("name", list(DEFAULT_CREATION))
def test_default_is_numpys_float64(name):
    ours, numpys = DEFAULT_CREATION[name]
    assert ours().dtype == numpys().dtype


@pytest.mark.parametrize("name", list(DEFAULT_CREATION))
def test_prefer_float32_changes_python_floats_and_default_creation(name):
    ours, numpys = DEFAULT_CREATION[name]
    with tnp.config(prefer_float32=True):
        got = ours()
    want = {F64: F32, C128: C64}[numpys().dtype]
    assert got.dtype == want
    if name != "empty":
        np.testing.assert_allclose(np.asarray(got), numpys().astype(want))


@pytest.mark.parametrize("name", list(EXPLICIT))
def test_prefer_float32_never_changes_an_explicit_dtype(name):
    without = EXPLICIT[name]().dtype
    with tnp.config(prefer_float32=True):
        assert EXPLICIT[name]().dtype == without
    assert without in (F64, C128)


@pytest.mark.parametrize("name", list(INTS))
def test_prefer_float32_leaves_integers_alone(name):
    with tnp.config(prefer_float32=True):
        assert INTS[name]().dtype == I64


def test_result_type_with_python_float_follows_the_option():
    x = tnp.asarray([1, 2])
    assert tnp.result_type(x, 1.5) == np.result_type(np.asarray([1, 2]), 1.5) == F64
    with tnp.config(prefer_float32=True):
        assert tnp.result_type(x, 1.5) == F32
        assert tnp.result_type(1.5) == F32


def test_int_array_times_python_float_is_float32_under_the_option():
    with tnp.config(prefer_float32=True):
        assert (tnp.asarray([1, 2]) * 1.5).dtype == F32
        assert (1.5 + tnp.asarray([1, 2], dtype="int16")).dtype == F32
        assert (tnp.asarray([1, 2]) * 1j).dtype == np.dtype("complex64")
        assert (tnp.asarray([1.0, 2.0], dtype="float64") * 1.5).dtype == np.dtype("float64")  # explicit stays
        assert tnp.true_divide(tnp.asarray([1]), tnp.asarray([2])).dtype == np.dtype(
            "float64"
        )  # no Python float
    assert (tnp.asarray([1, 2]) * 1.5).dtype == np.dtype("float64")


def test_get_config_and_nesting_restore():
    assert tnp.get_config().prefer_float32 is False
    with tnp.config(prefer_float32=True) as outer:
        assert outer.prefer_float32 and tnp.get_config() is outer
        with tnp.config(prefer_float32=False):
            assert tnp.get_config().prefer_float32 is False
            assert tnp.zeros(1).dtype == F64
        assert tnp.get_config().prefer_float32 is True
        assert tnp.zeros(1).dtype == F32
        with tnp.config():
            assert tnp.get_config().prefer_float32 is True
    assert tnp.get_config().prefer_float32 is False


def test_restored_after_an_exception():
    with pytest.raises(KeyError), tnp.config(prefer_float32=True):
        with tnp.config(prefer_float32=True):
            raise KeyError("x")
    assert tnp.get_config().prefer_float32 is False
    assert tnp.asarray(1.5).dtype == F64


def test_bad_options_raise_type_error():
    with pytest.raises(TypeError, match="unknown option"), tnp.config(prefer_float64=True):
        pass
    with pytest.raises(TypeError, match="True or False"), tnp.config(prefer_float32="yes"):
        pass
    assert tnp.get_config().prefer_float32 is False


def test_threads_do_not_share_the_setting():
    inside, checked = threading.Event(), threading.Event()
    seen = {}

    def worker():
        with tnp.config(prefer_float32=True):
            seen["worker"] = tnp.zeros(1).dtype
            inside.set()
            checked.wait(10)
        seen["worker_after"] = tnp.get_config().prefer_float32

    def fresh():
        seen["fresh"] = tnp.asarray(1.5).dtype

    t = threading.Thread(target=worker)
    t.start()
    assert inside.wait(10)
    seen["main"] = tnp.zeros(1).dtype
    with tnp.config(prefer_float32=True):
        t2 = threading.Thread(target=fresh)  # a new thread starts with the defaults
        t2.start()
        t2.join(10)
    checked.set()
    t.join(10)
    assert seen == {"worker": F32, "main": F64, "fresh": F64, "worker_after": False}


def test_asyncio_tasks_are_isolated():
    async def task(flag, gate):
        with tnp.config(prefer_float32=flag):
            await gate.wait()
            return tnp.zeros(1).dtype

    async def main():
        gate = asyncio.Event()
        a = asyncio.ensure_future(task(True, gate))
        b = asyncio.ensure_future(task(False, gate))
        await asyncio.sleep(0)
        gate.set()
        return await asyncio.gather(a, b)

    assert asyncio.run(main()) == [F32, F64]


def test_tf_function_reads_the_option_when_tracing():
    @tf.function
    def f():
        return tnp.zeros(2) + 1.5

    with tnp.config(prefer_float32=True):
        assert f().dtype == F32
    g = tf.function(lambda: tnp.zeros(2) + 1.5)
    assert g().dtype == F64
