"""The ufuncs behind ndarray's operators: a table of specs, one `ufunc` object per row.

Kernels take tensors already cast to NumPy's loop dtypes and give NumPy's values (integer division by zero
gives 0 as NumPy does, bool arithmetic is logical, shifts past the bit width give 0 or -1 as NumPy does).
TensorFlow's kernel gaps (no unsigned neg/abs/pow, no complex maximum/ordering, no int64-uint64 comparison)
are filled per loop through `UfuncSpec.by_kind`.
"""

from __future__ import annotations

import operator
from typing import Any

import numpy as np

from ._tf import gen_bitwise_ops as gb, gen_math_ops as gm, is_symbolic, tf
from ._ufunc import UfuncSpec, ufunc


def _safe_int_div(op: Any) -> Any:
    """An integer division kernel that gives 0 where the divisor is 0 (NumPy's result; TF would fail)."""

    def kernel(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        x, y = tf.broadcast_to(x, tf.broadcast_dynamic_shape(tf.shape(x), tf.shape(y))), y
        zero = tf.equal(y, 0)
        safe = tf.where(zero, tf.ones_like(y), y)
        return tf.where(zero, tf.zeros_like(x), op(x, safe))

    return kernel


def _int_floor_mod(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    return _safe_int_div(gm.floor_mod)(x, y)


def _bool_as_int8(op: Any) -> Any:
    def kernel(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        return op(tf.cast(x, tf.int8), tf.cast(y, tf.int8))

    return kernel


def _shift(op: Any, fill_negative: bool) -> Any:
    """NumPy's shifts: a shift by the bit width or more gives 0 (or -1 for a negative value shifted right)."""

    def kernel(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        bits = x.dtype.size * 8
        big = tf.logical_or(tf.greater_equal(y, bits), tf.less(y, 0))
        r = op(x, tf.where(big, tf.zeros_like(y), y))
        fill = tf.zeros_like(r)
        if fill_negative and not x.dtype.is_unsigned:
            fill = tf.where(tf.less(x, 0), -tf.ones_like(r), fill)
        return tf.where(big, fill, r)

    return kernel


def _complex_order(op: Any) -> Any:
    """NumPy orders complex numbers lexicographically: by real part, then imaginary part."""

    def kernel(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        xr, yr = tf.math.real(x), tf.math.real(y)
        tie = tf.logical_and(tf.equal(xr, yr), op(tf.math.imag(x), tf.math.imag(y)))
        return tf.logical_or(tf.logical_and(tf.not_equal(xr, yr), op(xr, yr)), tie)

    return kernel


def _compare(op: Any, pyop: Any) -> dict[str, Any]:
    mixed = _mixed_sign(op, pyop)
    return {"b": _bool_as_int8(op), "c": _complex_order(op), "iu": mixed, "ui": mixed}


def _mixed_sign(op: Any, pyop: Any) -> Any:
    """int64 vs uint64 comparison (NumPy's exact loop; TF has none): a negative value is below all."""

    def kernel(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        xs = x.dtype.is_unsigned
        neg = tf.less(y if xs else x, 0)
        ux, uy = (x, tf.cast(y, x.dtype)) if xs else (tf.cast(x, y.dtype), y)
        # with a negative signed operand the answer is op(0, 1) if it is x, op(1, 0) if it is y
        fixed = pyop(1, 0) if xs else pyop(0, 1)
        return tf.where(neg, tf.constant(fixed), op(ux, uy))

    return kernel


def _complex_extreme(op: Any) -> Any:
    """Complex maximum/minimum: NumPy's lexicographic order, NaN propagates."""
    order = _complex_order(op)

    def kernel(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        xnan = tf.logical_or(tf.math.is_nan(tf.math.real(x)), tf.math.is_nan(tf.math.imag(x)))
        ynan = tf.logical_or(tf.math.is_nan(tf.math.real(y)), tf.math.is_nan(tf.math.imag(y)))
        pick_x = tf.logical_or(xnan, tf.logical_and(tf.logical_not(ynan), order(x, y)))
        return tf.where(pick_x, x, y)

    return kernel


def _complex_div(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    """NumPy's complex division (Smith's method; (a + bj) / 0 = a/0 + (b/0)j; TF gives nan+nanj)."""
    a, b, c, d = tf.math.real(x), tf.math.imag(x), tf.math.real(y), tf.math.imag(y)
    ac, ad = gm._abs(c), gm._abs(d)
    real_big = gm.greater_equal(ac, ad)
    both_zero = tf.logical_and(tf.equal(ac, 0), tf.equal(ad, 0))
    # |c| >= |d|: rat = d/c, scl = 1/(c + d*rat); else rat = c/d, scl = 1/(d + c*rat)
    p, q = tf.where(real_big, c, d), tf.where(real_big, d, c)
    p = tf.where(both_zero, tf.ones_like(p), p)
    rat = q / p
    scl = 1 / (p + q * rat)
    re = tf.where(real_big, (a + b * rat) * scl, (a * rat + b) * scl)
    im = tf.where(real_big, (b - a * rat) * scl, (b * rat - a) * scl)
    re = tf.where(both_zero, a / ac, re)
    im = tf.where(both_zero, b / ac, im)
    return tf.complex(re, im)


def _float_floor_div(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    """NumPy's float floor division (npy_divmod): `inf // 2` is nan, `-1 // inf` is -1 (TF: inf, -0)."""
    src = x.dtype
    if src in (tf.float16, tf.bfloat16):  # NumPy computes half precision in float32
        x, y = tf.cast(x, tf.float32), tf.cast(y, tf.float32)
    mod = gm.truncate_mod(x, y)
    div = (x - mod) / y
    fix = tf.logical_and(tf.not_equal(mod, 0), tf.not_equal(tf.less(y, 0), tf.less(mod, 0)))
    div = tf.where(fix, div - 1, div)
    fl = gm.floor(div)
    fl = tf.where(gm.greater(div - fl, 0.5), fl + 1, fl)
    q = x / y
    zero = tf.where(tf.logical_or(tf.less(q, 0), tf.less(1 / q, 0)), -tf.zeros_like(q), tf.zeros_like(q))
    r = tf.where(tf.equal(y, 0), q, tf.where(tf.equal(div, 0), zero, fl))
    return tf.cast(r, src) if r.dtype != src else r


def _complex_power(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    """NumPy's complex power: x**0 = 1, 0**y = 0 if real(y) > 0 (else nan), exact products for y = 1, 2, 3."""
    r = gm._pow(x, y)
    yr = tf.math.real(y)
    nan = tf.complex(tf.constant(np.nan, yr.dtype), tf.constant(np.nan, yr.dtype))
    zero_base = tf.where(gm.greater(yr, 0), tf.zeros_like(r), nan)
    r = tf.where(tf.equal(x, 0), zero_base, r)
    xx = x * x
    for n, exact in ((1, x), (2, xx), (3, xx * x)):
        r = tf.where(tf.equal(y, n), exact, r)
    return tf.where(tf.equal(y, 0), tf.ones_like(r), r)


_SIGNED = {tf.uint8: tf.int8, tf.uint16: tf.int16, tf.uint32: tf.int32, tf.uint64: tf.int64}


def _as_signed(op: Any) -> Any:
    """An op TensorFlow lacks for unsigned ints, on the signed type of the same width (same bits mod 2**n)."""

    def kernel(*xs: tf.Tensor) -> tf.Tensor:
        u = xs[0].dtype
        return tf.bitcast(op(*(tf.bitcast(x, _SIGNED[u]) for x in xs)), u)

    return kernel


def _uint_subtract(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    """Unsigned subtract. In a graph it runs on the signed type (same bits): Grappler rewrites `0 - y` into
    `Neg(y)`, which has no unsigned kernel."""
    if is_symbolic(x) or is_symbolic(y):
        return _as_signed(gm.sub)(x, y)
    return gm.sub(x, y)


def _int_power(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    """Integer power; a negative exponent raises NumPy's ValueError (eagerly; TF's error in a graph)."""
    if not is_symbolic(y) and bool(tf.reduce_any(tf.less(y, 0))):
        raise ValueError("Integers to negative integer powers are not allowed.")
    return gm._pow(x, y)


def _uint_power(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    """Unsigned power (TensorFlow has no kernel): in int64, which wraps to the same bits mod 2**n.

    A uint64 exponent >= 2**63 is replaced by one < 2**63 with the same result mod 2**64: odd bases have
    multiplicative order dividing 2**62, even bases give 0 for any exponent >= 64.
    """
    u = x.dtype
    if u != tf.uint64:
        return tf.cast(gm._pow(tf.cast(x, tf.int64), tf.cast(y, tf.int64)), u)
    big = tf.greater_equal(y, tf.constant(2**63, tf.uint64))
    y = tf.where(
        big,
        gb.bitwise_or(gb.bitwise_and(y, tf.constant(2**62 - 1, tf.uint64)), tf.constant(2**62, tf.uint64)),
        y,
    )
    return tf.bitcast(gm._pow(tf.bitcast(x, tf.int64), tf.bitcast(y, tf.int64)), u)


def _logical(op: Any) -> Any:
    return lambda x, y: op(tf.not_equal(x, 0), tf.not_equal(y, 0))


_NONBOOL = "iufcV"  # bfloat16's NumPy kind is 'V'

SPECS: tuple[UfuncSpec, ...] = (
    UfuncSpec("add", 2, gm.add_v2, {"b": gm.logical_or}),
    UfuncSpec("subtract", 2, gm.sub, {"uu": _uint_subtract}),
    UfuncSpec("multiply", 2, gm.mul, {"b": gm.logical_and}),
    UfuncSpec("divide", 2, gm.real_div, {"c": _complex_div}, aliases=("true_divide",)),
    UfuncSpec(
        "floor_divide",
        2,
        _float_floor_div,
        {"i": _safe_int_div(gm.floor_div), "u": _safe_int_div(gm.floor_div)},
        scalars_ok=False,
    ),
    UfuncSpec("remainder", 2, gm.floor_mod, {"i": _int_floor_mod, "u": _int_floor_mod}, aliases=("mod",)),
    UfuncSpec(
        "power", 2, gm._pow, {"i": _int_power, "u": _uint_power, "c": _complex_power}, aliases=("pow",)
    ),
    UfuncSpec("bitwise_and", 2, gb.bitwise_and, {"b": gm.logical_and}),
    UfuncSpec("bitwise_or", 2, gb.bitwise_or, {"b": gm.logical_or}),
    UfuncSpec("bitwise_xor", 2, gb.bitwise_xor, {"b": gm.not_equal}),
    UfuncSpec(
        "left_shift", 2, _shift(gb.left_shift, False), aliases=("bitwise_left_shift",), scalars_ok=False
    ),
    UfuncSpec(
        "right_shift", 2, _shift(gb.right_shift, True), aliases=("bitwise_right_shift",), scalars_ok=False
    ),
    UfuncSpec("less", 2, gm.less, _compare(gm.less, operator.lt), compare=True),
    UfuncSpec("less_equal", 2, gm.less_equal, _compare(gm.less_equal, operator.le), compare=True),
    UfuncSpec("greater", 2, gm.greater, _compare(gm.greater, operator.gt), compare=True),
    UfuncSpec("greater_equal", 2, gm.greater_equal, _compare(gm.greater_equal, operator.ge), compare=True),
    UfuncSpec(
        "equal", 2, gm.equal, dict.fromkeys(("iu", "ui"), _mixed_sign(gm.equal, operator.eq)), compare=True
    ),
    UfuncSpec(
        "not_equal",
        2,
        gm.not_equal,
        dict.fromkeys(("iu", "ui"), _mixed_sign(gm.not_equal, operator.ne)),
        compare=True,
    ),
    UfuncSpec("logical_and", 2, gm.logical_and, dict.fromkeys(_NONBOOL, _logical(gm.logical_and))),
    UfuncSpec("logical_or", 2, gm.logical_or, dict.fromkeys(_NONBOOL, _logical(gm.logical_or))),
    UfuncSpec("logical_xor", 2, gm.not_equal, dict.fromkeys(_NONBOOL, _logical(gm.not_equal))),
    UfuncSpec("maximum", 2, gm.maximum, {"b": gm.logical_or, "c": _complex_extreme(gm.greater_equal)}),
    UfuncSpec("minimum", 2, gm.minimum, {"b": gm.logical_and, "c": _complex_extreme(gm.less_equal)}),
    UfuncSpec("negative", 1, gm.neg, {"u": _as_signed(gm.neg)}),
    UfuncSpec("positive", 1, tf.identity),
    UfuncSpec(
        "absolute",
        1,
        gm._abs,
        {"c": lambda x: gm.complex_abs(x, Tout=x.dtype.real_dtype), "b": tf.identity, "u": tf.identity},
        aliases=("abs",),
    ),
    UfuncSpec("invert", 1, gb.invert, {"b": gm.logical_not}, aliases=("bitwise_invert", "bitwise_not")),
    UfuncSpec("logical_not", 1, gm.logical_not, {k: lambda x: tf.equal(x, 0) for k in _NONBOOL}),
)

SPECS = (
    *SPECS,
    UfuncSpec("conjugate", 1, tf.math.conj, dict.fromkeys("biu", tf.identity), aliases=("conj",)),
)

UFUNCS: dict[str, ufunc] = {}
for _spec in SPECS:
    _u = ufunc(_spec)
    UFUNCS[_spec.name] = _u
    for _alias in _spec.aliases:
        UFUNCS[_alias] = _u

add = UFUNCS["add"]
subtract = UFUNCS["subtract"]
multiply = UFUNCS["multiply"]
true_divide = UFUNCS["true_divide"]
divide = UFUNCS["divide"]
floor_divide = UFUNCS["floor_divide"]
remainder = UFUNCS["remainder"]
mod = UFUNCS["mod"]
power = UFUNCS["power"]
pow = UFUNCS["pow"]
bitwise_and = UFUNCS["bitwise_and"]
bitwise_or = UFUNCS["bitwise_or"]
bitwise_xor = UFUNCS["bitwise_xor"]
left_shift = UFUNCS["left_shift"]
right_shift = UFUNCS["right_shift"]
bitwise_left_shift = UFUNCS["bitwise_left_shift"]
bitwise_right_shift = UFUNCS["bitwise_right_shift"]
less = UFUNCS["less"]
less_equal = UFUNCS["less_equal"]
greater = UFUNCS["greater"]
greater_equal = UFUNCS["greater_equal"]
equal = UFUNCS["equal"]
not_equal = UFUNCS["not_equal"]
logical_and = UFUNCS["logical_and"]
logical_or = UFUNCS["logical_or"]
logical_xor = UFUNCS["logical_xor"]
logical_not = UFUNCS["logical_not"]
maximum = UFUNCS["maximum"]
minimum = UFUNCS["minimum"]
negative = UFUNCS["negative"]
positive = UFUNCS["positive"]
absolute = UFUNCS["absolute"]
abs = UFUNCS["abs"]
invert = UFUNCS["invert"]
bitwise_invert = UFUNCS["bitwise_invert"]
bitwise_not = UFUNCS["bitwise_not"]
conjugate = UFUNCS["conjugate"]
conj = UFUNCS["conj"]
