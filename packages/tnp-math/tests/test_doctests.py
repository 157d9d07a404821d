"""The docstring examples of tnp-math run as doctests, and every public function and class has one.

Convention: examples are written as a user of the meta-package sees them (`import tnp`); here `tnp` is
tnp_core's namespace plus tnp_math's and `tnp.fft` (what the meta-package exports), supplied as the doctest namespace.

The ufunc objects (`tnp.hypot`, `tnp.logaddexp`, ...) are instances of `tnp_core.ufunc` built from a spec
table: their examples live on the `tnp_core.ufunc` class docstring (tested in tnp-core).
"""

from __future__ import annotations

import importlib
import pkgutil
import types

import numpy as np
import pytest
import tnp_core
import tnp_math
from tnp_core.testing import module_doctests, run_doctests

MODULES = [tnp_math] + [
    importlib.import_module(m.name) for m in pkgutil.iter_modules(tnp_math.__path__, "tnp_math.")
]
TNP = types.SimpleNamespace(
    **{n: getattr(tnp_core, n) for n in tnp_core.__all__},
    **{n: getattr(tnp_math, n) for n in tnp_math.__all__},
    fft=tnp_math.fft,  # the meta-package's `tnp.fft`
)

# Public names that need no example of their own (each with the reason):
NO_EXAMPLE: dict[str, str] = {}


def _is_exempt(name: str, obj: object) -> bool:
    """ufunc instances, exception/warning classes, NumPy's own scalar types, data and the listed names."""
    if name in NO_EXAMPLE or isinstance(obj, tnp_core.ufunc) or not callable(obj):
        return True
    return isinstance(obj, type) and issubclass(obj, (BaseException, np.generic))


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples(module):
    failed = run_doctests(module_doctests(module, {"tnp": TNP}))
    assert failed == 0, f"{failed} doctest example(s) failed in {module.__name__} (output above)"


def test_every_public_name_has_an_example():
    missing = [
        name
        for name in tnp_math.__all__
        if not _is_exempt(name, getattr(tnp_math, name))
        and ">>>" not in (getattr(tnp_math, name).__doc__ or "")
    ]
    assert missing == []


def test_the_exemptions_are_needed():
    stale = [
        n for n in NO_EXAMPLE if n not in tnp_math.__all__ or ">>>" in (getattr(tnp_math, n).__doc__ or "")
    ]
    assert stale == []
