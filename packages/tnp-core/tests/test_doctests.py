"""The docstring examples of tnp-core run as doctests, and every public function and class has one.

Convention: examples are written as a user of the meta-package sees them (`import tnp`); here `tnp` is
tnp_core, supplied as the doctest namespace, so every example is a one-liner.

The ufunc objects (`tnp.add`, `tnp.sin`, ...) are instances of `tnp.ufunc` built from a spec table: their
examples live on the `ufunc` class docstring (calls, `.reduce`, `.accumulate`, `.outer`, `.at`).
"""

from __future__ import annotations

import importlib
import pkgutil

import numpy as np
import pytest
import tnp_core
from tnp_core.testing import module_doctests, run_doctests

MODULES = [tnp_core] + [
    importlib.import_module(m.name) for m in pkgutil.iter_modules(tnp_core.__path__, "tnp_core.")
]

# Public names that need no example of their own (each with the reason):
NO_EXAMPLE: dict[str, str] = {
    "bfloat16": "ml_dtypes' scalar type, re-exported as is",
}


def _is_exempt(name: str, obj: object) -> bool:
    """ufunc instances, exception/warning classes, NumPy's own scalar types and the listed names."""
    if name in NO_EXAMPLE or isinstance(obj, tnp_core.ufunc) or not callable(obj):
        return True
    if isinstance(obj, type) and (issubclass(obj, (BaseException, np.generic))):
        return True
    return False


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples(module):
    failed = run_doctests(module_doctests(module, {"tnp": tnp_core}))
    assert failed == 0, f"{failed} doctest example(s) failed in {module.__name__} (output above)"


def test_every_public_name_has_an_example():
    missing = [
        name
        for name in tnp_core.__all__
        if not _is_exempt(name, getattr(tnp_core, name))
        and ">>>" not in (getattr(tnp_core, name).__doc__ or "")
    ]
    assert missing == []


def test_the_exemptions_are_needed():
    stale = [
        n for n in NO_EXAMPLE if n not in tnp_core.__all__ or ">>>" in (getattr(tnp_core, n).__doc__ or "")
    ]
    assert stale == []


def test_ufunc_examples_are_on_the_class():
    assert ">>>" in (tnp_core.ufunc.__doc__ or "")
    for method in ("reduce", "accumulate", "outer", "at"):
        assert f".{method}(" in (tnp_core.ufunc.__doc__ or "")
