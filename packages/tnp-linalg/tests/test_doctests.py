"""The docstring examples of tnp-linalg run as doctests; every public name has one.

Convention: examples use `la` for `import tnp_linalg as la` (provided here as the doctest namespace).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest
import tnp_linalg
from tnp_core.testing import module_doctests, run_doctests

MODULES = [tnp_linalg] + [
    importlib.import_module(m.name) for m in pkgutil.iter_modules(tnp_linalg.__path__, "tnp_linalg.")
]

# Public names without examples: none. LinAlgError is NumPy's own class (NumPy's docstring has examples);
# matmul and matrix_transpose are tnp_core's functions, whose examples run in tnp-core's doctest test.
NO_EXAMPLE: set[str] = set()


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples(module):
    failed = run_doctests(module_doctests(module, {"la": tnp_linalg}))
    assert failed == 0, f"{failed} doctest example(s) failed in {module.__name__} (output above)"


def test_every_public_name_has_an_example():
    missing = [
        name
        for name in tnp_linalg.__all__
        if name not in NO_EXAMPLE and ">>>" not in (getattr(tnp_linalg, name).__doc__ or "")
    ]
    assert missing == []


def test_examples_are_found():
    """The finder sees the examples of the public functions (not an empty run)."""
    finder = doctest.DocTestFinder(exclude_empty=True)
    names = {t.name for m in MODULES for t in finder.find(m, m.__name__, globs={}) if t.examples}
    assert {"tnp_linalg._solve.inv", "tnp_linalg._decomp.svd", "tnp_linalg._util.SVDResult"} <= names
