"""`divmod`: NumPy's two-output ufunc `(x1 // x2, x1 % x2)`, from the kernels of floor_divide and remainder."""

from __future__ import annotations

from ._dtypes import TF_TO_NP
from ._operators import floor_divide, remainder
from ._tf import tf
from ._ufunc import UfuncSpec, ufunc


def _divmod(x1: tf.Tensor, x2: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """NumPy's divmod loops take and give one dtype: floor_divide's and remainder's kernels for it."""
    loop = (TF_TO_NP[x1.dtype],) * 2
    return floor_divide._kernel_for(loop)(x1, x2), remainder._kernel_for(loop)(x1, x2)


divmod = ufunc(UfuncSpec("divmod", 2, _divmod, scalars_ok=False, nout=2))

__all__ = ["divmod"]
