"""Coverage meta-tests: tnp has every NumPy 2 main-namespace function except the documented out-of-scope list,
every name of TensorFlow's reference page, a test case for every public function, and a fresh docs/coverage.md."""

from __future__ import annotations

import ast
import importlib.util
import pathlib
import re

import numpy as np
import pytest
import tnp

ROOT = pathlib.Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "reference"
_spec = importlib.util.spec_from_file_location("gen_coverage", ROOT / "tools" / "gen_coverage.py")
gen_coverage = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen_coverage)


def _numpy_functions() -> list[str]:
    return [n for n in dir(np) if not n.startswith("_") and callable(getattr(np, n))
            and not isinstance(getattr(np, n), type)]  # fmt: skip


# numpy_scope.md's in-scope classes and constants
IN_SCOPE_OBJECTS = [
    "ndarray", "dtype", "finfo", "iinfo", "e", "pi", "inf", "nan", "euler_gamma", "newaxis", "little_endian",
    "s_", "index_exp", "r_", "c_", "ogrid", "mgrid", "ndenumerate", "ndindex", "broadcast", "errstate",
]  # fmt: skip


def test_every_numpy_function_is_in_tnp_or_out_of_scope():
    missing = [n for n in _numpy_functions() if n not in gen_coverage.OUT_OF_SCOPE and not hasattr(tnp, n)]
    assert missing == [], f"{len(missing)} NumPy functions missing from tnp: {missing}"


def test_in_scope_classes_constants_and_scalar_types_exist():
    scalar_types = [
        n for n in dir(np) if isinstance(getattr(np, n), type) and issubclass(getattr(np, n), np.generic)
    ]
    missing = [n for n in IN_SCOPE_OBJECTS + scalar_types if not hasattr(tnp, n)]
    assert missing == []
    for name in ("e", "pi", "inf", "euler_gamma", "little_endian", "newaxis"):
        assert getattr(tnp, name) == getattr(np, name)
    assert np.isnan(tnp.nan)


def test_out_of_scope_names_are_absent():
    assert [n for n in gen_coverage.OUT_OF_SCOPE if hasattr(tnp, n)] == []


@pytest.mark.skipif(
    not (SHARED / "numpy_scope.md").exists(), reason="shared/reference is not beside the checkout"
)
def test_out_of_scope_list_is_the_reference_one():
    text = (SHARED / "numpy_scope.md").read_text()
    section = text.split("Out of scope", 1)[1].split("Done on the host", 1)[0]
    reference = set(re.findall(r"`([a-z_0-9]+)`", section))
    assert reference == {n for n in gen_coverage.OUT_OF_SCOPE if n in _numpy_functions()}
    host = set(re.findall(r"`([a-z_0-9]+)`", text.split("Done on the host", 1)[1].split("Submodules", 1)[0]))
    assert host == gen_coverage.HOST


@pytest.mark.skipif(not (SHARED / "tf_experimental_numpy_r2.4.txt").exists(), reason="no reference page")
def test_every_name_on_tensorflows_reference_page_exists_and_works():
    text = (SHARED / "tf_experimental_numpy_r2.4.txt").read_text()
    functions = re.findall(r"^`([a-z_0-9]+)\(\.\.\.\)`", text, flags=re.M)
    classes = re.findall(r"^`class ([A-Za-z_0-9]+)`", text, flags=re.M)
    constants = re.findall(r"^([a-z]+)\s+\|\s+`", text, flags=re.M)
    assert len(functions) > 150 and len(classes) > 20 and constants
    assert [n for n in functions + classes + constants + ["random"] if not hasattr(tnp, n)] == []
    assert _untested(functions) == []
    for name in classes:
        if name in ("ndarray", "iinfo", "inexact"):
            continue
        cls = getattr(tnp, name)
        if np.dtype(cls).kind in "OSU":  # object and string types: tnp refuses them with a TypeError
            with pytest.raises(TypeError):
                tnp.zeros(2, dtype=cls)
        else:
            assert tnp.zeros(2, dtype=cls).dtype == np.zeros(2, dtype=cls).dtype
    assert tnp.iinfo(tnp.int8).max == 127 and issubclass(tnp.float32, tnp.inexact)
    for name in constants:
        assert getattr(tnp, name) == getattr(np, name)


# Names a test may reach a function through: the differential lambdas' `xp`, the packages themselves, or a
# string in a case table (parametrized names looked up with getattr).
_OWNERS = {"xp", "XP", "tnp", "tnp_core", "tnp_math", "tnp_linalg", "tnp_random", "linalg", "random", "rnp"}


def _tested_names() -> set[str]:
    found: set[str] = set()
    for path in ROOT.glob("packages/*/tests/**/*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in _OWNERS
            ):
                found.add(node.attr)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_every_public_function_has_a_test_case():
    """A public callable counts as tested when a test reaches it by name, or reaches the same object by another
    name (aliases such as acos/arccos), or it is a ufunc of a spec table that a test iterates."""
    names = [n for n in tnp.__all__ if callable(getattr(tnp, n)) and not isinstance(getattr(tnp, n), type)]
    assert _untested(names) == [], "public names with no test case"


def _untested(names: list[str]) -> list[str]:
    from tnp_core import _operators
    from tnp_math import _ufuncs

    tested = _tested_names() | {s.name for s in _ufuncs.SPECS} | set(_operators.UFUNCS)
    by_object: dict[int, set[str]] = {}
    for n in tnp.__all__:
        by_object.setdefault(id(getattr(tnp, n)), set()).add(n)
    return [n for n in names if not (by_object[id(getattr(tnp, n))] & tested)]


def test_coverage_file_is_fresh():
    target = gen_coverage.TARGET
    recorded = gen_coverage.versions_in(target.read_text()) if target.exists() else None
    import tensorflow as tf

    if recorded != (np.__version__, tf.__version__):
        pytest.skip(
            f"docs/coverage.md was generated for {recorded}, this is NumPy {np.__version__}/TF {tf.__version__}"
        )
    assert target.read_text() == gen_coverage.render(), (
        "docs/coverage.md is stale: run python tools/gen_coverage.py"
    )
