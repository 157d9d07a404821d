"""tnp-linalg: numpy.linalg on TensorFlow (NumPy 2.4's 31 names).

Depends on tnp-core only. Semantics, dtypes, named results and errors are NumPy's; each docstring says what
differs (mainly: data-dependent checks such as "Singular matrix" run eagerly only; see the module notes).
"""

from __future__ import annotations

from tnp_core import LinAlgError as LinAlgError
from tnp_core import matmul as matmul
from tnp_core import matrix_transpose as matrix_transpose

from ._decomp import eig as eig
from ._decomp import eigh as eigh
from ._decomp import eigvals as eigvals
from ._decomp import eigvalsh as eigvalsh
from ._decomp import qr as qr
from ._decomp import svd as svd
from ._decomp import svdvals as svdvals
from ._lstsq import lstsq as lstsq
from ._lstsq import matrix_rank as matrix_rank
from ._lstsq import pinv as pinv
from ._norms import cond as cond
from ._norms import matrix_norm as matrix_norm
from ._norms import norm as norm
from ._norms import vector_norm as vector_norm
from ._products import cross as cross
from ._products import diagonal as diagonal
from ._products import multi_dot as multi_dot
from ._products import outer as outer
from ._products import tensordot as tensordot
from ._products import trace as trace
from ._products import vecdot as vecdot
from ._solve import cholesky as cholesky
from ._solve import det as det
from ._solve import inv as inv
from ._solve import matrix_power as matrix_power
from ._solve import slogdet as slogdet
from ._solve import solve as solve
from ._solve import tensorinv as tensorinv
from ._solve import tensorsolve as tensorsolve
from ._util import EighResult as EighResult
from ._util import EigResult as EigResult
from ._util import QRResult as QRResult
from ._util import SlogdetResult as SlogdetResult
from ._util import SVDResult as SVDResult
from ._version import __version__ as __version__

__all__ = [
    "LinAlgError", "cholesky", "cond", "cross", "det", "diagonal", "eig", "eigh", "eigvals", "eigvalsh",
    "inv", "lstsq", "matmul", "matrix_norm", "matrix_power", "matrix_rank", "matrix_transpose", "multi_dot",
    "norm", "outer", "pinv", "qr", "slogdet", "solve", "svd", "svdvals", "tensordot", "tensorinv",
    "tensorsolve", "trace", "vecdot", "vector_norm",
]  # fmt: skip
