"""tnp-linalg: numpy.linalg on TensorFlow (NumPy 2.4's 31 names).

Depends on tnp-core only. Semantics, dtypes, named results and errors are NumPy's; each docstring says what
differs (mainly: data-dependent checks such as "Singular matrix" run eagerly only; see the module notes).
Results are tnp arrays; where NumPy returns a scalar (det, norm, cond, ...) they are 0-d arrays.
Examples use `import tnp_linalg as la` (the same functions are `tnp.linalg` in the `tnp` meta-package):

Examples:
    >>> import tnp_linalg as la
    >>> la.det([[2.0, 0.0], [0.0, 3.0]]).round(4)
    tnp.array(6.)
"""

from __future__ import annotations

from tnp_core import LinAlgError as LinAlgError, matmul as matmul, matrix_transpose as matrix_transpose

from ._decomp import (
    eig as eig,
    eigh as eigh,
    eigvals as eigvals,
    eigvalsh as eigvalsh,
    qr as qr,
    svd as svd,
    svdvals as svdvals,
)
from ._lstsq import lstsq as lstsq, matrix_rank as matrix_rank, pinv as pinv
from ._norms import cond as cond, matrix_norm as matrix_norm, norm as norm, vector_norm as vector_norm
from ._products import (
    cross as cross,
    diagonal as diagonal,
    multi_dot as multi_dot,
    outer as outer,
    tensordot as tensordot,
    trace as trace,
    vecdot as vecdot,
)
from ._solve import (
    cholesky as cholesky,
    det as det,
    inv as inv,
    matrix_power as matrix_power,
    slogdet as slogdet,
    solve as solve,
    tensorinv as tensorinv,
    tensorsolve as tensorsolve,
)
from ._util import (
    EighResult as EighResult,
    EigResult as EigResult,
    QRResult as QRResult,
    SlogdetResult as SlogdetResult,
    SVDResult as SVDResult,
)
from ._version import __version__ as __version__

__all__ = [
    "LinAlgError", "cholesky", "cond", "cross", "det", "diagonal", "eig", "eigh", "eigvals", "eigvalsh",
    "inv", "lstsq", "matmul", "matrix_norm", "matrix_power", "matrix_rank", "matrix_transpose", "multi_dot",
    "norm", "outer", "pinv", "qr", "slogdet", "solve", "svd", "svdvals", "tensordot", "tensorinv",
    "tensorsolve", "trace", "vecdot", "vector_norm",
]  # fmt: skip
