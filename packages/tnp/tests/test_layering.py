"""The layering rule, checked by parsing the imports of every module in packages/*/src.

- tnp_core imports none of our other packages;
- a domain package (tnp_math, tnp_linalg, tnp_random) imports tnp_core only, of ours;
- tnp holds re-exports only: its __init__ is import statements, `__all__` and a docstring; `_version.py` holds
  `__version__`; `__main__.py` is the showcase.

The layer graph is read from LAYERS in the noxfile (written once) and each pyproject.toml must declare it.
Needs only the standard library and pytest (the `lint` session runs it without TensorFlow).
"""

from __future__ import annotations

import ast
import pathlib
import re
import sys

import pytest
from packaging.specifiers import SpecifierSet

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = pathlib.Path(__file__).resolve().parents[3]
NOXFILE = ROOT / "noxfile.py"
if not NOXFILE.is_file():  # pragma: no cover - e.g. tests run from an unpacked sdist
    pytest.skip("the layering rule is checked in the monorepo checkout only", allow_module_level=True)


def read_layers() -> dict[str, tuple[str, tuple[str, ...]]]:
    """LAYERS from the noxfile, without importing nox."""
    for node in ast.parse(NOXFILE.read_text()).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "LAYERS"
        ):
            assert node.value is not None
            layers: dict[str, tuple[str, tuple[str, ...]]] = ast.literal_eval(node.value)
            return layers
    raise AssertionError("noxfile.py has no LAYERS")


LAYERS = read_layers()
MODULE_OF = {dist: mod for dist, (mod, _) in LAYERS.items()}
OURS = set(MODULE_OF.values())
META = "tnp"  # the re-export package: the one that depends on every other layer
TNP_FILES = {"__init__.py", "__main__.py", "_version.py"}


def allowed(mod: str) -> set[str]:
    """Our packages `mod` may import: itself and what its distribution depends on directly."""
    dist = next(d for d, m in MODULE_OF.items() if m == mod)
    return {mod, *(MODULE_OF[d] for d in LAYERS[dist][1])}


def imported(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, top-level name) of every absolute import, including importlib.import_module("...") calls."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name.split(".")[0]) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module.split(".")[0]))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                out.append((node.lineno, node.args[0].value.split(".")[0]))
    return out


def reexport_only(tree: ast.Module) -> list[tuple[int, str]]:
    """Statements of tnp/__init__.py that are not an import, `__all__` or the docstring."""
    out: list[tuple[int, str]] = []
    for i, node in enumerate(tree.body):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        if targets and all(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            continue
        out.append((node.lineno, f"{type(node).__name__} statement in a re-export-only __init__"))
    return out


# The one run-time lookup against the layer order, by name and with a fallback (not a dependency): the array API
# asks `x.__array_namespace__()` for the whole namespace, which is `tnp` when it is installed, else `tnp_core`.
RUNTIME_LOOKUPS = {("tnp_core", "_ndarray.py", "tnp")}


def violations(mod: str, path: pathlib.Path) -> list[str]:
    """The layering problems of one module file of package `mod` (`file:line: message` each)."""
    tree = ast.parse(path.read_text(), str(path))
    found = [
        (line, f"imports {name}, which {mod} may not import (allowed of ours: {sorted(allowed(mod))})")
        for line, name in imported(tree)
        if name in OURS and name not in allowed(mod) and (mod, path.name, name) not in RUNTIME_LOOKUPS
    ]
    if mod == META:
        if path.name not in TNP_FILES:
            found.append((1, f"tnp holds re-exports only; a module {path.name} does not belong there"))
        elif path.name == "__init__.py":
            found += reexport_only(tree)
        elif path.name == "_version.py" and not re.fullmatch(r'__version__ = "[^"]+"\n', path.read_text()):
            found.append((1, '_version.py must hold only `__version__ = "..."`'))
    return [f"{path}:{line}: {msg}" for line, msg in found]


def modules() -> list[tuple[str, pathlib.Path]]:
    out = []
    for dist, mod in MODULE_OF.items():
        src = ROOT / "packages" / dist / "src" / mod
        assert src.is_dir(), f"{src} is missing"
        out += [(mod, p) for p in sorted(src.rglob("*.py"))]
    return out


def test_every_module_keeps_its_layer():
    problems = [v for mod, path in modules() for v in violations(mod, path)]
    assert not problems, "layering broken:\n" + "\n".join(problems)


def test_checker_sees_every_package():
    mods = {mod for mod, _ in modules()}
    assert mods == OURS
    assert len(modules()) >= 2 * len(OURS)  # __init__ and _version at least


@pytest.mark.parametrize(
    ("mod", "source", "bad"),
    [
        ("tnp_math", "import tnp_linalg\n", "tnp_linalg"),
        ("tnp_math", "from tnp_random.x import y\n", "tnp_random"),
        ("tnp_linalg", "def f():\n    import tnp\n", "tnp"),
        ("tnp_random", "import importlib\nimportlib.import_module('tnp_math')\n", "tnp_math"),
        ("tnp_core", "from tnp_math import sin\n", "tnp_math"),
        ("tnp_core", "import tnp.linalg\n", "tnp"),
    ],
)
def test_checker_reports_a_forbidden_import(tmp_path, mod, source, bad):
    path = tmp_path / "_synthetic.py"
    path.write_text(source)
    (problem,) = violations(mod, path)
    assert f"imports {bad}," in problem and str(path) in problem


@pytest.mark.parametrize(
    ("mod", "source"),
    [
        ("tnp_math", "import numpy as np\nfrom tnp_core import ndarray\nfrom . import _version\n"),
        ("tnp_core", "import tensorflow as tf\nfrom ._tf import tf\n"),
    ],
)
def test_checker_accepts_allowed_imports(tmp_path, mod, source):
    path = tmp_path / "_synthetic.py"
    path.write_text(source)
    assert violations(mod, path) == []


def test_checker_rejects_code_in_the_reexport_package(tmp_path):
    init = tmp_path / "__init__.py"
    init.write_text('"""doc"""\nfrom tnp_core import *\n__all__ = ["x"]\ndef square(x):\n    return x * x\n')
    (problem,) = violations(META, init)
    assert "FunctionDef" in problem and f"{init}:4:" in problem
    other = tmp_path / "_impl.py"
    other.write_text("x = 1\n")
    assert violations(META, other)


def our_requirements(reqs: list[str]) -> dict[str, str]:
    """{our distribution: its version specifier} of PEP 508 requirement strings."""
    out = {}
    for r in reqs:
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*([^;]*)(?:;.*)?", r)
        assert m, r
        if m.group(1) in LAYERS:
            out[m.group(1)] = m.group(2).strip()
    return out


def test_pyproject_declares_the_layer_graph():
    """Each package requires exactly our layers in LAYERS; tnp pins every version; the others a core range."""
    versions = {
        d: re.search(r'"(.+)"', (ROOT / "packages" / d / "src" / m / "_version.py").read_text()).group(1)
        for d, m in MODULE_OF.items()
    }
    for dist, (_mod, deps) in LAYERS.items():
        project = tomllib.loads((ROOT / "packages" / dist / "pyproject.toml").read_text())["project"]
        assert project["name"] == dist
        ours = our_requirements(project.get("dependencies", []))
        for extra, reqs in project.get("optional-dependencies", {}).items():  # same range in every extra
            for dep, spec in our_requirements(reqs).items():
                assert spec == ours.get(dep), f"{dist}[{extra}]: {dep}{spec} but {dep}{ours.get(dep)}"
        assert set(ours) == set(deps), (
            f"{dist}: pyproject requires {sorted(ours)}, LAYERS says {sorted(deps)}"
        )
        for dep, spec in ours.items():
            if dist == META:
                assert spec == f"=={versions[dep]}", f"tnp must pin {dep}=={versions[dep]}, not {spec!r}"
            else:  # a compatible range: holds today's version, bounded above
                spec_set = SpecifierSet(spec)
                assert spec_set.contains(versions[dep]), f"{dist}: {dep}{spec} excludes {versions[dep]}"
                assert any(s.operator in ("<", "<=", "~=", "==") for s in spec_set), f"{dist}: {dep}{spec}"
