"""The docstring examples of tnp-random run as doctests; every public name and method has one.

Convention: examples use `import tnp_random` (provided here as the doctest namespace). They show shapes,
dtypes, ranges and reproducibility (same seed, same numbers), not raw draws.
"""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil
import warnings

import pytest
import tnp_random
from tnp_core.testing import module_doctests, run_doctests

MODULES = [tnp_random] + [
    importlib.import_module(m.name) for m in pkgutil.iter_modules(tnp_random.__path__, "tnp_random.")
]

# Public names without examples (SeedSequence is NumPy's own class, with NumPy's examples):
NO_EXAMPLE = {
    "__version__",  # a version string, not a function or class
}
CLASSES = (tnp_random.Generator, tnp_random.RandomState, tnp_random.Philox)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples(module):
    with warnings.catch_warnings():  # random_integers' example calls it; it is deprecated, as in NumPy
        warnings.filterwarnings("ignore", "This function is deprecated", DeprecationWarning)
        failed = run_doctests(module_doctests(module, {"tnp_random": tnp_random}))
    assert failed == 0, f"{failed} doctest example(s) failed in {module.__name__} (output above)"


def _public_members(cls):
    for name, value in vars(cls).items():
        if not name.startswith("_") and (inspect.isfunction(value) or isinstance(value, property)):
            yield f"{cls.__name__}.{name}", value


def test_every_public_name_and_method_has_an_example():
    objects = [(n, getattr(tnp_random, n)) for n in tnp_random.__all__ if n not in NO_EXAMPLE]
    objects += [member for cls in CLASSES for member in _public_members(cls)]
    missing = [name for name, obj in objects if ">>>" not in (obj.__doc__ or "")]
    assert missing == []


def test_examples_are_found():
    """The finder sees the generated docstrings of the module functions and the delegated methods too."""
    finder = doctest.DocTestFinder(exclude_empty=True)
    names = {t.name for m in MODULES for t in finder.find(m, m.__name__, globs={}) if t.examples}
    assert {
        "tnp_random._legacy.beta",
        "tnp_random._legacy.RandomState.beta",
        "tnp_random._bitgen.PCG64",
    } <= names
    assert "tnp_random._generator.Generator.integers" in names
