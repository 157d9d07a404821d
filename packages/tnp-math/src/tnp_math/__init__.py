"""tnp-math: NumPy's main-namespace math on TensorFlow (elementwise ufuncs, reductions, manipulation, ...).

Depends on tnp-core only; what core already defines (the operator ufuncs, sum, reshape, ...) is re-exported by the
`tnp` meta-package from core, not redefined here.
"""

from __future__ import annotations

from ._elementwise import allclose as allclose
from ._elementwise import angle as angle
from ._elementwise import array_equal as array_equal
from ._elementwise import array_equiv as array_equiv
from ._elementwise import fix as fix
from ._elementwise import i0 as i0
from ._elementwise import isclose as isclose
from ._elementwise import iscomplex as iscomplex
from ._elementwise import iscomplexobj as iscomplexobj
from ._elementwise import isneginf as isneginf
from ._elementwise import isposinf as isposinf
from ._elementwise import isreal as isreal
from ._elementwise import isrealobj as isrealobj
from ._elementwise import nan_to_num as nan_to_num
from ._elementwise import real_if_close as real_if_close
from ._elementwise import sinc as sinc
from ._elementwise import unwrap as unwrap
from ._elementwise import __all__ as _elementwise_names
from ._ufuncs import UFUNCS as _UFUNCS
from ._ufuncs import acos as acos
from ._ufuncs import acosh as acosh
from ._ufuncs import arccos as arccos
from ._ufuncs import arccosh as arccosh
from ._ufuncs import arcsin as arcsin
from ._ufuncs import arcsinh as arcsinh
from ._ufuncs import arctan as arctan
from ._ufuncs import arctan2 as arctan2
from ._ufuncs import arctanh as arctanh
from ._ufuncs import asin as asin
from ._ufuncs import asinh as asinh
from ._ufuncs import atan as atan
from ._ufuncs import atan2 as atan2
from ._ufuncs import atanh as atanh
from ._ufuncs import bitwise_count as bitwise_count
from ._ufuncs import cbrt as cbrt
from ._ufuncs import ceil as ceil
from ._ufuncs import conj as conj
from ._ufuncs import conjugate as conjugate
from ._ufuncs import copysign as copysign
from ._ufuncs import cos as cos
from ._ufuncs import cosh as cosh
from ._ufuncs import deg2rad as deg2rad
from ._ufuncs import degrees as degrees
from ._ufuncs import exp as exp
from ._ufuncs import exp2 as exp2
from ._ufuncs import expm1 as expm1
from ._ufuncs import fabs as fabs
from ._ufuncs import float_power as float_power
from ._ufuncs import floor as floor
from ._ufuncs import fmax as fmax
from ._ufuncs import fmin as fmin
from ._ufuncs import fmod as fmod
from ._ufuncs import gcd as gcd
from ._ufuncs import heaviside as heaviside
from ._ufuncs import hypot as hypot
from ._ufuncs import isfinite as isfinite
from ._ufuncs import isinf as isinf
from ._ufuncs import isnan as isnan
from ._ufuncs import lcm as lcm
from ._ufuncs import ldexp as ldexp
from ._ufuncs import log as log
from ._ufuncs import log1p as log1p
from ._ufuncs import log2 as log2
from ._ufuncs import log10 as log10
from ._ufuncs import logaddexp as logaddexp
from ._ufuncs import logaddexp2 as logaddexp2
from ._ufuncs import nextafter as nextafter
from ._ufuncs import rad2deg as rad2deg
from ._ufuncs import radians as radians
from ._ufuncs import reciprocal as reciprocal
from ._ufuncs import rint as rint
from ._ufuncs import sign as sign
from ._ufuncs import signbit as signbit
from ._ufuncs import sin as sin
from ._ufuncs import sinh as sinh
from ._ufuncs import spacing as spacing
from ._ufuncs import sqrt as sqrt
from ._ufuncs import square as square
from ._ufuncs import tan as tan
from ._ufuncs import tanh as tanh
from ._ufuncs import trunc as trunc
from ._version import __version__ as __version__

__all__: list[str] = sorted([*_UFUNCS, *_elementwise_names])
