"""The shared differential harness: run a tnp call eagerly and inside tf.function, compare it with NumPy's.

Every package's tests use it: `check(lambda xp, a: xp.add(a, 1), np_arrays...)` runs the lambda with `xp=numpy`
on NumPy inputs and with `xp=tnp` on tnp inputs (eager, `tf.function`, and `tf.function` with unknown dims), and
asserts the same dtype, shape and values within a dtype-aware tolerance.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ._dtypes import as_np_dtype, bfloat16
from ._ndarray import ndarray, wrap
from ._tf import tf

MODES = ("eager", "function", "function_unknown_shape")

_RTOL = {
    np.dtype(np.float16): 2e-3,
    np.dtype(bfloat16): 2e-2,
    np.dtype(np.float32): 2e-5,
    np.dtype(np.complex64): 2e-5,
    np.dtype(np.float64): 1e-12,
    np.dtype(np.complex128): 1e-12,
}


def tolerance(dtype: Any) -> float:
    """The relative tolerance for comparing values of `dtype` (0 for exact dtypes)."""
    return _RTOL.get(as_np_dtype(dtype), 0.0)


def to_numpy(x: Any) -> Any:
    if isinstance(x, ndarray):
        return np.asarray(x)
    if isinstance(x, (tf.Tensor, tf.Variable)):
        return x.numpy()
    if isinstance(x, (tuple, list)):
        return type(x)(to_numpy(e) for e in x)
    return x


def assert_same(
    actual: Any, expected: Any, rtol: float | None = None, atol: float | None = None, check_dtype: bool = True
) -> None:
    """`actual` (tnp) equals `expected` (NumPy) in type, dtype, shape and value (NaNs equal; tolerance by dtype)."""
    if isinstance(expected, (tuple, list)):
        assert isinstance(actual, (tuple, list)) and len(actual) == len(expected), (actual, expected)
        for a, e in zip(actual, expected):
            assert_same(a, e, rtol, atol, check_dtype)
        return
    if isinstance(expected, (np.ndarray, np.generic)):
        assert isinstance(actual, ndarray), f"expected a tnp.ndarray, got {type(actual).__name__}"
        exp = np.asarray(expected)
        act = np.asarray(actual)
        if check_dtype:
            assert act.dtype == exp.dtype, f"dtype {act.dtype} != NumPy's {exp.dtype}"
        assert act.shape == exp.shape, f"shape {act.shape} != NumPy's {exp.shape}"
        r = tolerance(exp.dtype) if rtol is None else rtol
        a_tol = (r * 10 if r else 0.0) if atol is None else atol
        if exp.dtype == np.dtype(bfloat16):
            act, exp = act.astype(np.float32), exp.astype(np.float32)
        np.testing.assert_allclose(act, exp, rtol=r, atol=a_tol, equal_nan=True)
        return
    assert type(actual) is type(expected) or actual == expected, (actual, expected)
    if isinstance(expected, float) and np.isnan(expected):
        assert np.isnan(actual)
    else:
        assert actual == expected, (actual, expected)


def _spec(x: Any, unknown: bool) -> tf.TensorSpec:
    t = tf.convert_to_tensor(x)
    shape = [None] * t.shape.rank if unknown else t.shape
    return tf.TensorSpec(shape, t.dtype)


def run(fn: Callable[..., Any], args: Sequence[Any], mode: str) -> Any:
    """Call `fn(*tnp_args)` in one mode; array arguments are tnp arrays in every mode."""
    import tnp_core

    targs = [tnp_core.asarray(a) if isinstance(a, (np.ndarray, np.generic)) else a for a in args]
    if mode == "eager":
        return fn(*targs)
    arrays = [i for i, a in enumerate(targs) if isinstance(a, ndarray)]
    sig = [_spec(targs[i], mode == "function_unknown_shape") for i in arrays]

    def traced(*tensors: tf.Tensor) -> Any:
        full = list(targs)
        for i, t in zip(arrays, tensors):
            full[i] = wrap(t)
        return fn(*full)

    g = tf.function(traced, input_signature=sig, autograph=False)
    return g(*(targs[i]._t for i in arrays))


def check(
    fn: Callable[..., Any], *np_args: Any, modes: Sequence[str] = MODES, xp: Any = None, **tol: Any
) -> None:
    """Differential check: `fn(xp, *args)` on tnp in every mode equals `fn(numpy, *args)`; same exception type.

    If NumPy raises, tnp must raise the same exception type (or a subclass) in eager mode.
    """
    import tnp_core

    tnp_mod = tnp_core if xp is None else xp
    try:
        expected = fn(np, *np_args)
        err: BaseException | None = None
    except Exception as exc:  # noqa: BLE001
        err = exc
    for mode in modes:
        if err is not None:
            if mode != "eager":
                continue
            try:
                got = run(lambda *a: fn(tnp_mod, *a), np_args, mode)
            except Exception as exc:  # noqa: BLE001
                assert isinstance(exc, type(err)), (
                    f"tnp raised {type(exc).__name__}: {exc}; NumPy raised {type(err).__name__}: {err}"
                )
                continue
            raise AssertionError(f"NumPy raised {type(err).__name__}: {err}; tnp returned {got!r}")
        got = run(lambda *a: fn(tnp_mod, *a), np_args, mode)
        try:
            assert_same(got, expected, **tol)
        except AssertionError as exc:
            raise AssertionError(f"[{mode}] {exc}") from None


def run_doctests(tests: Sequence[Any]) -> int:
    """Run `doctest.DocTest`s (NORMALIZE_WHITESPACE | ELLIPSIS); the number of failed examples.

    Each example's source is registered in `linecache` first: autograph reads a function's source, so an example
    that defines a `tf.function` fails without it.
    """
    import doctest
    import linecache

    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    for test in tests:
        for i, example in enumerate(test.examples):
            name = f"<doctest {test.name}[{i}]>"
            linecache.cache[name] = (len(example.source), None, example.source.splitlines(True), name)
        runner.run(test)
    return int(runner.summarize(verbose=False).failed)


def module_doctests(module: Any, globs: dict[str, Any]) -> list[Any]:
    """The docstring examples of `module` (and of what it defines), with `globs` as their namespace."""
    import doctest

    return list(doctest.DocTestFinder(exclude_empty=True).find(module, module.__name__, globs=globs))


# ---- gradient checks against finite differences -------------------------------------------------------------


class Uniform:
    """A float64 test input uniform in [lo, hi) (drawn from the case's seeded generator), NaN at flat `nan`."""

    def __init__(self, lo: float, hi: float, shape: tuple[int, ...], nan: tuple[int, ...] = ()) -> None:
        self.lo, self.hi, self.shape, self.nan = lo, hi, shape, nan

    def draw(self, rng: np.random.Generator) -> np.ndarray[Any, Any]:
        x = rng.uniform(self.lo, self.hi, self.shape)
        x.flat[list(self.nan)] = np.nan
        return x


def _weighted_sum(xp: Any, fn: Callable[..., Any], args: Sequence[Any], w: Any) -> Any:
    y = fn(xp, *args)
    if xp is np:
        return float(np.sum(np.asarray(y) * w))
    return tf.reduce_sum(tf.convert_to_tensor(y) * w)


def _central_differences(
    xp: Any, fn: Callable[..., Any], args: list[Any], k: int, w: Any, h: float
) -> np.ndarray[Any, Any]:
    """Central differences of sum(w * fn(xp, *args)) with respect to args[k], from xp's forward."""
    import tnp_core

    def conv(a: Any) -> Any:
        return tnp_core.asarray(a) if xp is not np and a.dtype == np.float64 else a

    g: np.ndarray[Any, Any] = np.zeros_like(args[k])
    for i in np.ndindex(args[k].shape):
        vals = []
        for step in (h, -h):
            moved = [a.copy() for a in args]
            moved[k][i] += step
            vals.append(float(_weighted_sum(xp, fn, [conv(a) for a in moved], w)))
        g[i] = (vals[0] - vals[1]) / (2 * h)
    return g


def check_gradient(
    name: str,
    fn: Callable[..., Any],
    inputs: Sequence[Any],
    xp: Any,
    rtol: float,
    atol: float,
    h: float = 1e-6,
) -> None:
    """The GradientTape gradient of sum(w * fn(xp, *args)) for each float64 argument (random weights `w`)
    exists, has the argument's shape, is 0 at NaN inputs, and equals central differences of both tnp's forward
    and NumPy's (so a wrong forward fails too). `inputs` are arrays or `Uniform`s, seeded by `name`."""
    import warnings
    import zlib

    import tnp_core

    rng = np.random.default_rng(zlib.crc32(name.encode()))
    args = [i.draw(rng) if isinstance(i, Uniform) else i for i in inputs]
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        w = rng.uniform(0.5, 1.5, np.shape(fn(np, *args)))
        diff = [k for k, a in enumerate(args) if isinstance(a, np.ndarray) and a.dtype == np.float64]
        xs = [tnp_core.asarray(a) if k in diff else a for k, a in enumerate(args)]
        with tf.GradientTape(persistent=True) as tape:
            for k in diff:
                tape.watch(xs[k])
            loss = _weighted_sum(xp, fn, xs, w)
        for k in diff:
            g = tape.gradient(loss, xs[k])
            assert g is not None, f"{name}: no gradient for argument {k}"
            g = np.asarray(g)
            assert g.shape == args[k].shape, (
                f"{name}: gradient shape {g.shape} != input shape {args[k].shape}"
            )
            nan = np.isnan(args[k])
            assert np.all(g[nan] == 0), f"{name}: gradient at the NaN inputs is {g[nan]}, not 0"
            for src in (xp, np):
                num = _central_differences(src, fn, args, k, w, h)
                side = "NumPy" if src is np else "tnp"
                np.testing.assert_allclose(
                    g[~nan], num[~nan], rtol=rtol, atol=atol,
                    err_msg=f"{name}: argument {k}: tape vs finite differences of {side}'s forward",
                )  # fmt: skip


def check_bad_input(fn: Callable[..., Any], *np_args: Any) -> None:
    """`check` in eager mode with NumPy's and TensorFlow's warnings silenced: for bad-input tables, where only the
    exception type (or, when NumPy computes something, the result) matters."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        check(fn, *np_args, modes=("eager",))


_BOOKKEEPING = frozenset({"Placeholder", "Identity", "NoOp"})


def graph_ops(fn: Callable[..., Any], specs: Sequence[tf.TensorSpec], wrap_in: bool = True) -> list[str]:
    """The sorted op types a `tf.function` of `fn` runs for arguments of `specs` (tnp arrays if `wrap_in`, else
    tensors): the ops its outputs and control outputs depend on (TensorFlow prunes the rest before running a
    function), argument placeholders and identities left out. What the graph op counts compare."""

    def body(*ts: tf.Tensor) -> Any:
        r = fn(*(wrap(t) for t in ts)) if wrap_in else fn(*ts)
        return r._t if isinstance(r, ndarray) else r

    g = tf.function(body, input_signature=list(specs), autograph=False).get_concrete_function().graph
    todo = [t.op for t in g.outputs] + list(g.control_outputs)
    seen: dict[str, Any] = {}
    while todo:
        op = todo.pop()
        if op.name not in seen:
            seen[op.name] = op
            todo.extend(t.op for t in op.inputs)
            todo.extend(op.control_inputs)
    return sorted(op.type for op in seen.values() if op.type not in _BOOKKEEPING)


def raw_argmax(x: tf.Tensor, axis: int) -> tf.Tensor:
    """NumPy's argmax written in raw TF (the first NaN wins; tf.argmax ignores NaN): the hand-written equivalent
    that graph op counts compare tnp against."""
    nan = tf.math.is_nan(x)
    return tf.where(tf.reduce_any(nan, axis), tf.argmax(nan, axis), tf.argmax(x, axis))


def raw_take(x: tf.Tensor, k: tf.Tensor) -> tf.Tensor:
    """NumPy's `x[k]` for an integer index tensor written in raw TF (tf.gather has no negative indices and no
    bounds check on every device): the hand-written equivalent that graph op counts compare tnp against."""
    n = tf.shape(x, out_type=k.dtype)[0]
    with tf.control_dependencies(
        [tf.debugging.Assert(tf.reduce_all((k >= -n) & (k < n)), ["out of bounds", n])]
    ):
        k = tf.where(k < 0, k + n, k)
    return tf.gather(x, k)


__all__ = [
    "MODES", "Uniform", "assert_same", "check", "check_bad_input", "check_gradient", "graph_ops", "module_doctests",
    "raw_argmax", "raw_take", "run", "run_doctests", "tolerance", "to_numpy",
]  # fmt: skip
