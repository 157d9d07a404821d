"""Bad and edge inputs of the statistics, histogram, calculus, closeness, window and polynomial functions:
the same call on NumPy and on tnp raises the same exception type (or gives the same result where NumPy
accepts it). Eager mode: these are checks of the inputs, not of the traced computation."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import tnp_math
from tnp_core.testing import check

NAN_INF = np.array([np.nan, np.inf, -np.inf, 1.0])
F64_3 = np.array([0.5, 1.5, -2.0])
F64_2X2 = np.array([[2.0, 1.0], [1.0, 3.0]])
C128_3 = np.array([1 + 2j, -1j, 3.0])
F32_0D = np.array(2.5, np.float32)

CASES = {
    # unwrap
    "unwrap_0d": lambda xp: xp.unwrap(np.array(1.0)),
    "unwrap_complex": lambda xp: xp.unwrap(C128_3),
    "unwrap_uint_python_period": lambda xp: xp.unwrap(np.array([0, 5, 10], np.uint8), period=6),
    "unwrap_bad_axis": lambda xp: xp.unwrap(F64_2X2, axis=2),
    # interp: NumPy checks fp, then xp (1-d), then x's dtype, then emptiness and lengths
    "interp_nan_inf": lambda xp: xp.interp(NAN_INF, NAN_INF, NAN_INF),
    "interp_nan_in_xp": lambda xp: xp.interp(F64_3, np.array([0.0, np.nan, 1.0]), F64_3),
    "interp_inf_in_long_xp": lambda xp: xp.interp(
        NAN_INF, np.array([-np.inf, 0, 1, 2, 3, np.inf]), np.arange(6.0)
    ),
    "interp_complex_x_0d_xp": lambda xp: xp.interp(1 + 2j, F32_0D, C128_3),
    "interp_complex_x": lambda xp: xp.interp(C128_3, F64_3, F64_3),
    "interp_complex_xp": lambda xp: xp.interp(np.ones((2, 3)), C128_3, (0, 0)),
    "interp_2d_fp": lambda xp: xp.interp(F64_3, F64_3[:2], F64_2X2),
    "interp_empty_xp": lambda xp: xp.interp(F64_3, np.zeros(0), np.zeros(0)),
    "interp_lengths": lambda xp: xp.interp(F64_3, F64_3, F64_3[:2]),
    # closeness: shapes that do not broadcast
    "isclose_shapes": lambda xp: xp.isclose(F64_3, F64_2X2),
    "isclose_shapes_3d": lambda xp: xp.isclose(np.ones((2, 3, 4)), np.ones(3, bool)),
    "allclose_shapes": lambda xp: xp.allclose(F64_2X2, NAN_INF),
    # cov/corrcoef: NumPy's in-place `X -= mean` cannot cast to an integer dtype
    "cov_int8": lambda xp: xp.cov(F64_3, dtype=np.int8),
    "cov_bool": lambda xp: xp.cov(F64_2X2, dtype=bool),
    "cov_float32": lambda xp: xp.cov(F64_2X2, dtype=np.float32),
    "corrcoef_int8": lambda xp: xp.corrcoef(F64_3, dtype=np.int8),
    # histograms
    "histogram_complex_edges": lambda xp: xp.histogram(C128_3, bins=np.array([-1.0, 0.0, 1.0, 2.0])),
    "histogram_bin_edges_complex": lambda xp: xp.histogram_bin_edges(C128_3),
    "histogram2d_0d": lambda xp: xp.histogram2d(F32_0D, F32_0D),
    "histogram2d_ints": lambda xp: xp.histogram2d(1, 1),
    "histogram2d_nan_scalar": lambda xp: xp.histogram2d(np.nan, F32_0D),
    "histogram2d_lengths": lambda xp: xp.histogram2d(F64_3, F64_2X2),
    "histogram2d_2d": lambda xp: xp.histogram2d(F64_2X2, F64_2X2),
    "histogram2d_tuple_and_int": lambda xp: xp.histogram2d((2**40, 2**40), 1),
    "histogramdd_int": lambda xp: xp.histogramdd(5),
    "histogramdd_empty_list": lambda xp: xp.histogramdd([]),
    "histogramdd_tuple": lambda xp: xp.histogramdd((-1, 2)),
    "histogramdd_ragged": lambda xp: xp.histogramdd([[1, 2], [3]]),
    "histogramdd_1d": lambda xp: xp.histogramdd(F64_3),
    "histogramdd_3d": lambda xp: xp.histogramdd(np.ones((2, 3, 4))),
    "histogramdd_columns": lambda xp: xp.histogramdd([F64_3, F64_3[::-1]], bins=2),
    "histogramdd_0d_columns": lambda xp: xp.histogramdd([F32_0D, F32_0D]),
    # bincount: the rank is checked before the dtype; an empty input of any dtype is accepted
    "bincount_0d": lambda xp: xp.bincount(F32_0D),
    "bincount_2d": lambda xp: xp.bincount(F64_2X2),
    "bincount_float": lambda xp: xp.bincount(F64_3),
    "bincount_uint64": lambda xp: xp.bincount(np.array([1, 2], np.uint64)),
    "bincount_empty_list": lambda xp: xp.bincount([]),
    "bincount_empty_array": lambda xp: xp.bincount(np.zeros(0)),
    "bincount_float_list": lambda xp: xp.bincount([1.5, 2.0]),
    "bincount_huge": lambda xp: xp.bincount([2**50]),
    # correlate rejects 0-d operands, convolve accepts them
    "correlate_0d": lambda xp: xp.correlate(F32_0D, F32_0D),
    "correlate_int_list": lambda xp: xp.correlate(-1, [1, 2, 3]),
    "convolve_0d": lambda xp: xp.convolve(F32_0D, F32_0D),
    "correlate_empty": lambda xp: xp.correlate(np.zeros(0), F64_3),
    # diff: NumPy tests `n == 0` first
    "diff_n_array": lambda xp: xp.diff(F64_3, n=F64_2X2),
    "diff_n_empty": lambda xp: xp.diff(F64_3, n=np.zeros(0)),
    "diff_n_float": lambda xp: xp.diff(F64_3, n=1.5),
    "diff_n_zero_list": lambda xp: xp.diff([], n=0),
    # nanquantile/nanpercentile: q is checked before the axis and the bool dtype
    "nanquantile_bool": lambda xp: xp.nanquantile(True, True),
    "nanquantile_bool_int_q": lambda xp: xp.nanquantile(np.array([True, False, True]), 1),
    "nanquantile_bool_float_q": lambda xp: xp.nanquantile(np.array([True, False, True]), 0.5),
    "nanquantile_q_range": lambda xp: xp.nanquantile(True, -1),
    "nanquantile_q_before_axis": lambda xp: xp.nanquantile(5, (-1, 2), axis=1.5),
    "nanquantile_int_q_takes": lambda xp: xp.nanquantile(NAN_INF, np.array([True, False, True])),
    "quantile_python_int_q_takes": lambda xp: xp.quantile(NAN_INF[1:], 1),
    "nanquantile_q_empty_2d": lambda xp: xp.nanquantile(1, np.zeros((0, 3))),
    "nanpercentile_complex_q_range": lambda xp: xp.nanpercentile(F64_3, C128_3),
    "nanpercentile_complex_q": lambda xp: xp.nanpercentile(F64_3, 1 + 2j),
    "quantile_complex_q_range": lambda xp: xp.quantile(F64_3, C128_3),
    "nanpercentile_q_range": lambda xp: xp.nanpercentile(True, -1),
    "nanpercentile_q_before_axis": lambda xp: xp.nanpercentile(5, (-1, 2), axis=1.5),
    # windows: lengths that cannot be allocated
    **{
        f"{name}_{label}": (
            lambda xp, name=name, m=m: getattr(xp, name)(*((m, 2.0) if name == "kaiser" else (m,)))
        )
        for name in ("bartlett", "blackman", "hamming", "hanning", "kaiser")
        for label, m in (("2e62", 2**62), ("2e59", 2**59), ("inf", np.inf), ("nan", np.nan), ("1e300", 1e300))
    },
    # polynomials
    "roots_nan_inf": lambda xp: xp.roots(NAN_INF),
    "polyint_0d_p": lambda xp: xp.polyint(0, k=np.ones((3, 4))),
    "polyint_2d_k": lambda xp: xp.polyint(F64_3, k=np.ones((3, 4))),
    "polyint_m0_2d_k": lambda xp: xp.polyint(F64_3, m=0, k=np.ones((3, 4))),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_matches_numpy(name):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        check(lambda xp: CASES[name](xp), modes=("eager",), xp=tnp_math)
