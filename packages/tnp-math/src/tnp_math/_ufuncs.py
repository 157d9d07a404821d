"""NumPy's elementwise ufuncs beyond the operators: one table of specs, one `ufunc` object per row.

Dtype resolution is NumPy's own (through tnp-core's `ufunc`), so each kernel receives tensors already cast to
NumPy's loop dtypes; `by_kind` entries give NumPy's answer where TensorFlow's op differs or lacks a kernel.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import tensorflow as tf
from tnp_core.extending import UfuncSpec, ufunc

_LOG2 = math.log(2.0)
_LOG10 = math.log(10.0)


def _zeros_bool(x: tf.Tensor) -> tf.Tensor:
    return tf.zeros(tf.shape(x), tf.bool)


def _ones_bool(x: tf.Tensor) -> tf.Tensor:
    return tf.ones(tf.shape(x), tf.bool)


def _identity(x: tf.Tensor) -> tf.Tensor:
    return tf.identity(x)


_WIDER = {tf.int8: tf.int64, tf.int16: tf.int64, tf.uint8: tf.int64, tf.uint16: tf.int64, tf.uint32: tf.int64,
          tf.float16: tf.float32, tf.bfloat16: tf.float32}  # fmt: skip


def _widen(op: Any) -> Any:
    """Run `op` in a dtype TensorFlow has a CPU kernel for (int64, float32) and cast back: exact for these."""

    def kernel(*xs: tf.Tensor) -> tf.Tensor:
        src = xs[0].dtype
        wide = _WIDER.get(src)
        if wide is None:
            return op(*xs)
        r = op(*(tf.cast(x, wide) for x in xs))
        return r if r.dtype == tf.bool else tf.cast(r, src)

    return kernel


def _cbrt(x: tf.Tensor) -> tf.Tensor:
    return tf.sign(x) * tf.pow(tf.abs(x), tf.constant(1.0 / 3.0, x.dtype))


def _exp2(x: tf.Tensor) -> tf.Tensor:
    return tf.pow(tf.constant(2.0, x.dtype), x)


def _log2(x: tf.Tensor) -> tf.Tensor:
    return tf.math.log(x) / tf.constant(_LOG2, x.dtype if not x.dtype.is_complex else x.dtype.real_dtype)


def _log10(x: tf.Tensor) -> tf.Tensor:
    return tf.math.log(x) / tf.constant(_LOG10, x.dtype if not x.dtype.is_complex else x.dtype.real_dtype)


# Complex kernels with NumPy's (C99's) special values: TensorFlow's complex log underflows |z|^2 for tiny z, gives
# NaN imaginary parts at 0, and its exp overflows where NumPy's scaled cexp stays finite.
def _clog_base(base: float) -> Any:
    """log(z) / log(base) part by part: log|z| + i arg(z) (|z| by hypot, so tiny z do not underflow)."""

    def kernel(z: tf.Tensor) -> tf.Tensor:
        re, im = tf.math.log(tf.abs(z)), tf.math.atan2(tf.math.imag(z), tf.math.real(z))
        if base != math.e:
            scale = tf.constant(1.0 / math.log(base), re.dtype)
            re, im = re * scale, im * scale
        return tf.complex(re, im)

    return kernel


def _clog1p(z: tf.Tensor) -> tf.Tensor:
    """NumPy's complex log1p: log(1 + z) as log|1 + z| + i arg(1 + z)."""
    return _clog_base(math.e)(tf.complex(tf.math.real(z) + 1, tf.math.imag(z)))


def _cexp(z: tf.Tensor) -> tf.Tensor:
    """exp(z); where exp(re) alone overflows, exp(re/2)^2 keeps a representable product finite (as cexp)."""
    x, y = tf.math.real(z), tf.math.imag(z)
    ex = tf.exp(x)
    half = tf.exp(x / 2)
    scaled = tf.math.is_inf(ex) & tf.math.is_finite(x)
    re = tf.where(scaled, (half * tf.cos(y)) * half, ex * tf.cos(y))
    im = tf.where(scaled, (half * tf.sin(y)) * half, ex * tf.sin(y))
    real_axis = tf.equal(y, 0)  # exp(x + 0j) = exp(x) + 0j, also for infinite x
    return tf.complex(tf.where(real_axis, ex, re), tf.where(real_axis, y, im))


def _cexpm1(z: tf.Tensor) -> tf.Tensor:
    """NumPy's complex expm1: expm1(x) cos(y) - 2 sin(y/2)^2 + i exp(x) sin(y)."""
    x, y = tf.math.real(z), tf.math.imag(z)
    a = tf.sin(y / 2)
    return tf.complex(tf.math.expm1(x) * tf.cos(y) - 2 * a * a, tf.exp(x) * tf.sin(y))


def _csqrt(z: tf.Tensor) -> tf.Tensor:
    """sqrt(z) whose imaginary part has the sign of z's (C99: sqrt(-0j) is -0j)."""
    r = tf.sqrt(z)
    im, zim = tf.math.imag(r), tf.math.imag(z)
    negative = (zim < 0) | (tf.equal(zim, 0) & (1 / zim < 0))
    return tf.complex(tf.math.real(r), tf.where(negative, -tf.abs(im), tf.abs(im)))


def _reciprocal_int(x: tf.Tensor) -> tf.Tensor:
    # NumPy: 1 // x for integers (1 -> 1, -1 -> -1, others -> 0; 0 gives 0 with a warning on most platforms)
    one = tf.ones_like(x)
    safe = tf.where(tf.equal(x, 0), one, x)
    return tf.where(tf.equal(x, 0), tf.zeros_like(x), tf.truncatediv(one, safe))


def _sign_complex(x: tf.Tensor) -> tf.Tensor:
    mag = tf.cast(tf.abs(x), x.dtype)
    return tf.where(
        tf.equal(mag, 0), tf.zeros_like(x), x / tf.where(tf.equal(mag, 0), tf.ones_like(mag), mag)
    )


def _sign_real(x: tf.Tensor) -> tf.Tensor:
    """-1, 0 or 1 (NaN stays NaN), read from the bits: TensorFlow's CPU kernels flush subnormals to zero."""
    one = tf.ones_like(x)
    if x.dtype not in _INT_OF_SIZE:
        return tf.where(x > 0, one, tf.where(x < 0, -one, x))
    bits = tf.bitcast(x, _INT_OF_SIZE[x.dtype])
    zero = tf.equal(tf.bitwise.left_shift(bits, tf.ones_like(bits)), 0)  # +0.0 or -0.0
    r = tf.where(zero, tf.zeros_like(x), tf.where(bits < 0, -one, one))
    return tf.where(tf.math.is_nan(x), x, r)


def _sign_unsigned(x: tf.Tensor) -> tf.Tensor:
    return tf.cast(tf.not_equal(x, 0), x.dtype)


def _fmod_float(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    """C's fmod; with a gradient (TensorFlow registers none for TruncateMod): d/dx = 1, d/dy = -trunc(x / y)."""

    @tf.custom_gradient  # type: ignore[untyped-decorator]
    def fmod(x: tf.Tensor, y: tf.Tensor) -> Any:
        r = tf.truncatemod(x, y)

        def grad(dr: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
            gy = -dr * tf.stop_gradient((x - r) / y)  # (x - r) / y == trunc(x / y)
            sx, sy = tf.shape(x), tf.shape(y)
            rx, ry = tf.raw_ops.BroadcastGradientArgs(s0=sx, s1=sy)
            return tf.reshape(tf.reduce_sum(dr, rx), sx), tf.reshape(tf.reduce_sum(gy, ry), sy)

        return r, grad

    return fmod(x, y)


def _fmod_int(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    x = tf.broadcast_to(x, tf.broadcast_dynamic_shape(tf.shape(x), tf.shape(y)))
    zero = tf.equal(y, 0)
    safe = tf.where(zero, tf.ones_like(y), y)
    return tf.where(zero, tf.zeros_like(x), tf.truncatemod(x, safe))


def _ufmod(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    """fmod of unsigned ints is floor_mod; 0 where the divisor is 0, as NumPy."""
    x = tf.broadcast_to(x, tf.broadcast_dynamic_shape(tf.shape(x), tf.shape(y)))
    zero = tf.equal(y, 0)
    return tf.where(zero, tf.zeros_like(x), tf.math.floormod(x, tf.where(zero, tf.ones_like(y), y)))


def _isnan(x: tf.Tensor) -> tf.Tensor:
    return tf.math.is_nan(tf.abs(x)) if x.dtype.is_complex else tf.math.is_nan(x)


def _complex_ge(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    xr, yr = tf.math.real(x), tf.math.real(y)
    return tf.logical_or(
        tf.greater(xr, yr),
        tf.logical_and(tf.equal(xr, yr), tf.greater_equal(tf.math.imag(x), tf.math.imag(y))),
    )


def _nan_ignoring(pick_x: Any) -> Any:
    """fmax/fmin: the non-NaN operand where one is NaN, else the one `pick_x(x, y)` chooses."""

    def kernel(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        x, y = tf.broadcast_to(x, tf.broadcast_dynamic_shape(tf.shape(x), tf.shape(y))), y
        y = tf.broadcast_to(y, tf.shape(x))
        return tf.where(_isnan(x), y, tf.where(_isnan(y), x, tf.where(pick_x(x, y), x, y)))

    return kernel


_fmax = _nan_ignoring(lambda x, y: _complex_ge(x, y) if x.dtype.is_complex else tf.greater_equal(x, y))
_fmin = _nan_ignoring(lambda x, y: _complex_ge(y, x) if x.dtype.is_complex else tf.less_equal(x, y))


def _hypot(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    """Scaled so that hypot(1e200, 1e200) does not overflow."""
    ax, ay = tf.abs(x), tf.abs(y)
    big = tf.maximum(ax, ay)
    small = tf.minimum(ax, ay)
    safe = tf.where(tf.equal(big, 0), tf.ones_like(big), big)
    r = small / safe
    out = big * tf.sqrt(1 + r * r)
    inf = tf.logical_or(tf.math.is_inf(ax), tf.math.is_inf(ay))
    return tf.where(inf, tf.constant(float("inf"), x.dtype), out)


def _copysign(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    neg = _signbit(y)
    return tf.where(neg, -tf.abs(x), tf.abs(x))


_INT_OF_SIZE = {tf.float16: tf.int16, tf.bfloat16: tf.int16, tf.float32: tf.int32, tf.float64: tf.int64}


def _signbit(x: tf.Tensor) -> tf.Tensor:
    if x.dtype in _INT_OF_SIZE:
        return tf.less(tf.bitcast(x, _INT_OF_SIZE[x.dtype]), 0)
    return tf.less(x, 0)


def _signbit_unsigned(x: tf.Tensor) -> tf.Tensor:
    return _zeros_bool(x)


def _spacing(x: tf.Tensor) -> tf.Tensor:
    inf = tf.constant(float("inf"), x.dtype)
    toward = tf.where(_signbit(x), -inf, inf)
    return tf.math.nextafter(x, toward) - x


def _ldexp(x: tf.Tensor, i: tf.Tensor) -> tf.Tensor:
    work = tf.float64 if x.dtype == tf.float64 else tf.float32
    r = tf.cast(x, work) * tf.pow(tf.constant(2.0, work), tf.cast(i, work))
    return tf.cast(r, x.dtype)


def _heaviside(x: tf.Tensor, h0: tf.Tensor) -> tf.Tensor:
    one, zero = tf.ones_like(x), tf.zeros_like(x)
    r = tf.where(tf.less(x, 0), zero, tf.where(tf.greater(x, 0), one, h0 + zero))
    return tf.where(tf.math.is_nan(x), x, r)


def _gcd(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    shape = tf.broadcast_dynamic_shape(tf.shape(x), tf.shape(y))
    a, b = tf.broadcast_to(x, shape), tf.broadcast_to(y, shape)
    if not x.dtype.is_unsigned:
        a, b = tf.abs(a), tf.abs(b)

    def body(a: tf.Tensor, b: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
        nz = tf.not_equal(b, 0)
        safe = tf.where(nz, b, tf.ones_like(b))
        return tf.where(nz, b, a), tf.where(nz, tf.math.floormod(a, safe), b)

    a, b = tf.while_loop(lambda a, b: tf.reduce_any(tf.not_equal(b, 0)), body, (a, b))
    return a


def _lcm(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    g = _gcd(x, y)
    safe = tf.where(tf.equal(g, 0), tf.ones_like(g), g)
    r = tf.math.floordiv(x, safe) * y
    return r if x.dtype.is_unsigned else tf.abs(r)


def _deg2rad(x: tf.Tensor) -> tf.Tensor:
    return x * tf.constant(math.pi / 180.0, x.dtype)


def _rad2deg(x: tf.Tensor) -> tf.Tensor:
    return x * tf.constant(180.0 / math.pi, x.dtype)


def _logaddexp(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    m = tf.maximum(x, y)
    finite_m = tf.where(tf.math.is_inf(m), tf.zeros_like(m), m)
    r = finite_m + tf.math.log(tf.exp(x - finite_m) + tf.exp(y - finite_m))
    return tf.where(tf.logical_and(tf.math.is_inf(m), tf.equal(x, y)), m, r)


def _logaddexp2(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    ln2 = tf.constant(_LOG2, x.dtype)
    return _logaddexp(x * ln2, y * ln2) / ln2


def _bitwise_count(x: tf.Tensor) -> tf.Tensor:
    mag = tf.abs(x) if x.dtype.is_integer and not x.dtype.is_unsigned else x
    return tf.cast(tf.raw_ops.PopulationCount(x=mag), tf.uint8)


def _float_power(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
    return tf.pow(x, y)


def _rint(x: tf.Tensor) -> tf.Tensor:
    return tf.math.rint(x)


def _complex_round(op: Any) -> Any:
    def kernel(x: tf.Tensor) -> tf.Tensor:
        return tf.complex(op(tf.math.real(x)), op(tf.math.imag(x)))

    return kernel


_INT = dict.fromkeys("iub", _identity)
_NOT_FLOAT_FALSE = dict.fromkeys("iub", _zeros_bool)
_NOT_FLOAT_TRUE = dict.fromkeys("iub", _ones_bool)

SPECS: tuple[UfuncSpec, ...] = (
    UfuncSpec("sin", 1, tf.sin),
    UfuncSpec("cos", 1, tf.cos),
    UfuncSpec("tan", 1, tf.tan),
    UfuncSpec("arcsin", 1, tf.asin, aliases=("asin",)),
    UfuncSpec("arccos", 1, tf.acos, aliases=("acos",)),
    UfuncSpec("arctan", 1, tf.atan, aliases=("atan",)),
    UfuncSpec("sinh", 1, tf.sinh),
    UfuncSpec("cosh", 1, tf.cosh),
    UfuncSpec("tanh", 1, tf.tanh),
    UfuncSpec("arcsinh", 1, tf.asinh, aliases=("asinh",)),
    UfuncSpec("arccosh", 1, tf.acosh, aliases=("acosh",)),
    UfuncSpec("arctanh", 1, tf.atanh, aliases=("atanh",)),
    UfuncSpec("arctan2", 2, tf.atan2, {"float16": _widen(tf.atan2)}, aliases=("atan2",)),
    UfuncSpec("exp", 1, tf.exp, {"c": _cexp}),
    UfuncSpec("exp2", 1, _exp2),
    UfuncSpec("expm1", 1, tf.math.expm1, {"c": _cexpm1}),
    UfuncSpec("log", 1, tf.math.log, {"c": _clog_base(math.e)}),
    UfuncSpec("log2", 1, _log2, {"c": _clog_base(2.0)}),
    UfuncSpec("log10", 1, _log10, {"c": _clog_base(10.0)}),
    UfuncSpec("log1p", 1, tf.math.log1p, {"c": _clog1p}),
    UfuncSpec("logaddexp", 2, _logaddexp),
    UfuncSpec("logaddexp2", 2, _logaddexp2),
    UfuncSpec("sqrt", 1, tf.sqrt, {"c": _csqrt}),
    UfuncSpec("cbrt", 1, _cbrt),
    UfuncSpec("square", 1, tf.square, {"b": tf.logical_and}),
    UfuncSpec("reciprocal", 1, tf.math.reciprocal, {"i": _reciprocal_int, "u": _reciprocal_int}),
    UfuncSpec("sign", 1, _sign_real, {"c": _sign_complex, "u": _sign_unsigned}),
    UfuncSpec("floor", 1, tf.floor, _INT),
    UfuncSpec("ceil", 1, tf.math.ceil, _INT),
    UfuncSpec("trunc", 1, lambda x: tf.where(x < 0, tf.math.ceil(x), tf.floor(x)), _INT),
    UfuncSpec("rint", 1, _widen(_rint), {**_INT, "c": _complex_round(tf.math.rint)}),
    UfuncSpec("fabs", 1, tf.abs),
    UfuncSpec(
        "fmod", 2, _widen(_fmod_float), {"i": _widen(_fmod_int), "u": _widen(_fmod_int), "uint64": _ufmod}
    ),
    UfuncSpec("fmax", 2, _fmax, {"i": tf.maximum, "u": tf.maximum, "b": tf.logical_or}),
    UfuncSpec("fmin", 2, _fmin, {"i": tf.minimum, "u": tf.minimum, "b": tf.logical_and}),
    UfuncSpec("hypot", 2, _hypot),
    UfuncSpec("copysign", 2, _copysign),
    UfuncSpec("nextafter", 2, tf.math.nextafter, {"float16": _widen(tf.math.nextafter)}),
    UfuncSpec("spacing", 1, _widen(_spacing)),
    UfuncSpec("ldexp", 2, _ldexp, scalars_ok=False),
    UfuncSpec("heaviside", 2, _heaviside),
    UfuncSpec("gcd", 2, _gcd),
    UfuncSpec("lcm", 2, _lcm),
    UfuncSpec("deg2rad", 1, _deg2rad),
    UfuncSpec("rad2deg", 1, _rad2deg),
    UfuncSpec("degrees", 1, _rad2deg),
    UfuncSpec("radians", 1, _deg2rad),
    UfuncSpec("signbit", 1, _signbit, {"u": _signbit_unsigned}),
    UfuncSpec("isnan", 1, _isnan, _NOT_FLOAT_FALSE),
    UfuncSpec(
        "isinf",
        1,
        tf.math.is_inf,
        {
            **_NOT_FLOAT_FALSE,
            "c": lambda x: tf.logical_or(tf.math.is_inf(tf.math.real(x)), tf.math.is_inf(tf.math.imag(x))),
        },
    ),
    UfuncSpec(
        "isfinite",
        1,
        tf.math.is_finite,
        {
            **_NOT_FLOAT_TRUE,
            "c": lambda x: tf.logical_and(
                tf.math.is_finite(tf.math.real(x)), tf.math.is_finite(tf.math.imag(x))
            ),
        },
    ),
    UfuncSpec("float_power", 2, _float_power),
    UfuncSpec("bitwise_count", 1, _bitwise_count),
)

UFUNCS: dict[str, ufunc] = {}
for _spec in SPECS:
    if _spec.nin > 1:  # these kernels are Python functions of tensors: Python scalars are converted first
        _spec = dataclasses.replace(_spec, scalars_ok=False)
    _u = ufunc(_spec)
    UFUNCS[_spec.name] = _u
    for _alias in _spec.aliases:
        UFUNCS[_alias] = _u

sin = UFUNCS["sin"]
cos = UFUNCS["cos"]
tan = UFUNCS["tan"]
arcsin = asin = UFUNCS["arcsin"]
arccos = acos = UFUNCS["arccos"]
arctan = atan = UFUNCS["arctan"]
sinh = UFUNCS["sinh"]
cosh = UFUNCS["cosh"]
tanh = UFUNCS["tanh"]
arcsinh = asinh = UFUNCS["arcsinh"]
arccosh = acosh = UFUNCS["arccosh"]
arctanh = atanh = UFUNCS["arctanh"]
arctan2 = atan2 = UFUNCS["arctan2"]
exp = UFUNCS["exp"]
exp2 = UFUNCS["exp2"]
expm1 = UFUNCS["expm1"]
log = UFUNCS["log"]
log2 = UFUNCS["log2"]
log10 = UFUNCS["log10"]
log1p = UFUNCS["log1p"]
logaddexp = UFUNCS["logaddexp"]
logaddexp2 = UFUNCS["logaddexp2"]
sqrt = UFUNCS["sqrt"]
cbrt = UFUNCS["cbrt"]
square = UFUNCS["square"]
reciprocal = UFUNCS["reciprocal"]
sign = UFUNCS["sign"]
floor = UFUNCS["floor"]
ceil = UFUNCS["ceil"]
trunc = UFUNCS["trunc"]
rint = UFUNCS["rint"]
fabs = UFUNCS["fabs"]
fmod = UFUNCS["fmod"]
fmax = UFUNCS["fmax"]
fmin = UFUNCS["fmin"]
hypot = UFUNCS["hypot"]
copysign = UFUNCS["copysign"]
nextafter = UFUNCS["nextafter"]
spacing = UFUNCS["spacing"]
ldexp = UFUNCS["ldexp"]
heaviside = UFUNCS["heaviside"]
gcd = UFUNCS["gcd"]
lcm = UFUNCS["lcm"]
deg2rad = UFUNCS["deg2rad"]
rad2deg = UFUNCS["rad2deg"]
degrees = UFUNCS["degrees"]
radians = UFUNCS["radians"]
signbit = UFUNCS["signbit"]
isnan = UFUNCS["isnan"]
isinf = UFUNCS["isinf"]
isfinite = UFUNCS["isfinite"]
float_power = UFUNCS["float_power"]
bitwise_count = UFUNCS["bitwise_count"]

__all__ = sorted(UFUNCS)
