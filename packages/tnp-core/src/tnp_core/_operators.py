"""The ufuncs behind ndarray's operators: a table of specs, one `ufunc` object per row.

Kernels take tensors already cast to NumPy's loop dtypes and give NumPy's values (integer division by zero gives
0 as NumPy does, bool arithmetic is logical, shifts past the bit width give 0 or -1 as NumPy does).
"""

from __future__ import annotations

from typing import Any

from ._tf import gen_bitwise_ops as gb
from ._tf import gen_math_ops as gm
from ._tf import tf
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


def _compare(op: Any) -> tuple[Any, dict[str, Any]]:
    return op, {"b": _bool_as_int8(op), "c": _complex_order(op)}


SPECS: tuple[UfuncSpec, ...] = (
    UfuncSpec("add", 2, gm.add_v2, {"b": gm.logical_or}),
    UfuncSpec("subtract", 2, gm.sub),
    UfuncSpec("multiply", 2, gm.mul, {"b": gm.logical_and}),
    UfuncSpec("true_divide", 2, gm.real_div, {"c": gm.div}, aliases=("divide",)),
    UfuncSpec("floor_divide", 2, gm.floor_div, {"i": _safe_int_div(gm.floor_div), "u": _safe_int_div(gm.floor_div)}),
    UfuncSpec("remainder", 2, gm.floor_mod, {"i": _int_floor_mod, "u": _int_floor_mod}, aliases=("mod",)),
    UfuncSpec("power", 2, gm._pow, aliases=("pow",)),
    UfuncSpec("bitwise_and", 2, gb.bitwise_and, {"b": gm.logical_and}),
    UfuncSpec("bitwise_or", 2, gb.bitwise_or, {"b": gm.logical_or}),
    UfuncSpec("bitwise_xor", 2, gb.bitwise_xor, {"b": gm.not_equal}),
    UfuncSpec("left_shift", 2, _shift(gb.left_shift, False), aliases=("bitwise_left_shift",), scalars_ok=False),
    UfuncSpec("right_shift", 2, _shift(gb.right_shift, True), aliases=("bitwise_right_shift",), scalars_ok=False),
    UfuncSpec("less", 2, *_compare(gm.less)),
    UfuncSpec("less_equal", 2, *_compare(gm.less_equal)),
    UfuncSpec("greater", 2, *_compare(gm.greater)),
    UfuncSpec("greater_equal", 2, *_compare(gm.greater_equal)),
    UfuncSpec("equal", 2, gm.equal),
    UfuncSpec("not_equal", 2, gm.not_equal),
    UfuncSpec("logical_and", 2, gm.logical_and, {k: lambda x, y: gm.logical_and(x != 0, y != 0) for k in "iufc"}),
    UfuncSpec("logical_or", 2, gm.logical_or, {k: lambda x, y: gm.logical_or(x != 0, y != 0) for k in "iufc"}),
    UfuncSpec("logical_xor", 2, gm.not_equal, {k: lambda x, y: gm.not_equal(x != 0, y != 0) for k in "iufc"}),
    UfuncSpec("maximum", 2, gm.maximum, {"b": gm.logical_or}),
    UfuncSpec("minimum", 2, gm.minimum, {"b": gm.logical_and}),
    UfuncSpec("negative", 1, gm.neg),
    UfuncSpec("positive", 1, tf.identity),
    UfuncSpec("absolute", 1, gm._abs, {"c": gm.complex_abs, "b": tf.identity}, aliases=("abs",)),
    UfuncSpec("invert", 1, gb.invert, {"b": gm.logical_not}, aliases=("bitwise_invert", "bitwise_not")),
    UfuncSpec("logical_not", 1, gm.logical_not, {k: lambda x: tf.equal(x, 0) for k in "iufc"}),
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
