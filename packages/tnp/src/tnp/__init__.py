"""tnp: NumPy's whole API on TensorFlow. `import tnp as np` and keep your NumPy code.

Re-exports only: tnp-core and tnp-math at top level, `tnp.linalg` (tnp-linalg), `tnp.random` (tnp-random),
`tnp.fft` (tnp-math's `tnp_math.fft`).
"""

from __future__ import annotations

import tnp_linalg as linalg
import tnp_random as random
from tnp_core import *  # noqa: F403
from tnp_core import __all__ as _core_names
from tnp_math import *  # noqa: F403
from tnp_math import __all__ as _math_names, fft as fft

from ._version import __version__ as __version__

__all__ = ["__version__", "fft", "linalg", "random", *_core_names, *_math_names]
