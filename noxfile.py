"""Developer sessions for the tnp monorepo. The layer graph is written once, in LAYERS."""

from __future__ import annotations

import os
import pathlib

import nox

nox.options.default_venv_backend = "uv"
nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True

ROOT = pathlib.Path(__file__).parent
# distribution -> (import name, the distributions of ours it depends on)
LAYERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "tnp-core": ("tnp_core", ()),
    "tnp-math": ("tnp_math", ("tnp-core",)),
    "tnp-linalg": ("tnp_linalg", ("tnp-core",)),
    "tnp-random": ("tnp_random", ("tnp-core",)),
    "tnp": ("tnp", ("tnp-core", "tnp-math", "tnp-linalg", "tnp-random")),
}
TEST_DEPS = ["pytest>=8", "pytest-xdist>=3", "hypothesis>=6.100", "scipy>=1.13"]
WORKERS = os.environ.get("TNP_TEST_WORKERS", "2")


def closure(dist: str) -> list[str]:
    """The distribution and everything of ours it needs, dependencies first."""
    out: list[str] = []
    for dep in LAYERS[dist][1]:
        for d in closure(dep):
            if d not in out:
                out.append(d)
    out.append(dist)
    return out


def install_local(session: nox.Session, dists: list[str], editable: bool = True) -> None:
    args: list[str] = []
    for d in dists:
        path = f"packages/{d}" + ("[cpu]" if d == "tnp-core" else "")
        args += ["-e", path] if editable else [path]
    session.install(*args)


def pytest(session: nox.Session, *paths: str, marker: str = "not exhaustive") -> None:
    session.run(
        "pytest", "-n", WORKERS, "-m", marker, "--import-mode=importlib", "-p", "no:cacheprovider",
        *paths, *session.posargs,
    )


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite: every package, every layer installed."""
    install_local(session, list(LAYERS))
    session.install(*TEST_DEPS)
    pytest(session, *(f"packages/{d}/tests" for d in LAYERS))


@nox.session
@nox.parametrize("dist", list(LAYERS))
def test_package(session: nox.Session, dist: str) -> None:
    """One package's tests, with only that package and its declared dependencies installed."""
    install_local(session, closure(dist))
    session.install(*TEST_DEPS)
    pytest(session, f"packages/{dist}/tests")


@nox.session
def exhaustive(session: nox.Session) -> None:
    """The long sweeps (marked `exhaustive`), kept out of the default run."""
    install_local(session, list(LAYERS))
    session.install(*TEST_DEPS)
    pytest(session, *(f"packages/{d}/tests" for d in LAYERS), marker="exhaustive")


@nox.session
def minimal(session: nox.Session) -> None:
    """tnp-core alone, non-editable: the other layers must be absent and core's tests must pass."""
    install_local(session, ["tnp-core"], editable=False)
    session.install(*TEST_DEPS)
    others = [mod for d, (mod, _) in LAYERS.items() if d != "tnp-core"]
    session.run(
        "python", "-c",
        "import importlib.util, sys\n"
        f"bad = [m for m in {others!r} if importlib.util.find_spec(m) is not None]\n"
        "sys.exit(f'importable beside tnp-core alone: {bad}' if bad else 0)",
    )
    session.chdir(session.create_tmp())  # so the checkout's src/ cannot shadow the installed wheel
    pytest(session, str(ROOT / "packages/tnp-core/tests"))


@nox.session
@nox.parametrize("dist", list(LAYERS))
def typecheck(session: nox.Session, dist: str) -> None:
    """mypy --strict on one package, with only its declared dependencies installed."""
    install_local(session, closure(dist))
    session.install("mypy>=1.10")
    session.run("mypy", "--strict", f"packages/{dist}/src")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check, ruff format --check, and the layering rule."""
    session.install("ruff>=0.6", "pytest>=8")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("pytest", "-p", "no:cacheprovider", "--import-mode=importlib", "packages/tnp/tests/test_layering.py")


@nox.session
def build(session: nox.Session) -> None:
    """sdist and wheel of every package, metadata checked, each wheel installed on its own."""
    session.install("build", "twine")
    dist_dir = ROOT / "dist"
    for d in LAYERS:
        session.run("python", "-m", "build", "--installer", "uv", "--outdir", str(dist_dir), f"packages/{d}")
    session.run("twine", "check", "--strict", *map(str, sorted(dist_dir.glob("*"))))
    for d, (mod, _) in LAYERS.items():
        wheel = sorted(dist_dir.glob(f"{d.replace('-', '_')}-*.whl"))[-1]
        venv = session.create_tmp() + f"/wheel-{d}"
        session.run("uv", "venv", "-q", venv, external=True)
        py = f"{venv}/bin/python"
        session.run(
            "uv", "pip", "install", "-q", "--python", py, "--find-links", str(dist_dir), str(wheel),
            "tensorflow-cpu>=2.21,<2.22", external=True,
        )
        session.run(py, "-c", f"import {mod}; print({mod}.__name__, {mod}.__version__)", external=True)


@nox.session
def demo(session: nox.Session) -> None:
    """The showcase: python -m tnp."""
    install_local(session, list(LAYERS))
    session.run("python", "-m", "tnp")
