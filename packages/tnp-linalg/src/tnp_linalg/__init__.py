"""tnp-linalg: numpy.linalg on TensorFlow.

Depends on tnp-core only. This layer is being built; see the project's issues for what it will hold.
"""

from __future__ import annotations

from ._version import __version__ as __version__

__all__: list[str] = []
