"""Developer sessions for the tnp monorepo. The layer graph is written once, in LAYERS."""

from __future__ import annotations

import os
import pathlib
import shutil

import nox

nox.options.default_venv_backend = "uv"
nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow's C++ start-up chatter

ROOT = pathlib.Path(__file__).resolve().parent
# distribution -> (import name, the distributions of ours it depends on)
LAYERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "tnp-core": ("tnp_core", ()),
    "tnp-math": ("tnp_math", ("tnp-core",)),
    "tnp-linalg": ("tnp_linalg", ("tnp-core",)),
    "tnp-random": ("tnp_random", ("tnp-core",)),
    "tnp": ("tnp", ("tnp-core", "tnp-math", "tnp-linalg", "tnp-random")),
}
TEST_DEPS = [
    "pytest>=8",
    "pytest-xdist>=3",
    "hypothesis>=6.100",
    "scipy>=1.13",
    "keras>=3",
    "array-api-strict>=2.3",
    "tomli>=2; python_version<'3.11'",
]
# The tool versions are pinned to a minor release: a new ruff or mypy must not turn the build red by itself.
RUFF = "ruff>=0.17,<0.18"
MYPY = "mypy>=2.4,<2.5"
DOCS_DEPS = ["mkdocs>=1.6,<1.7", "mkdocs-material>=9.8,<9.9", "mkdocstrings[python]>=1.0,<1.1"]
WORKERS = os.environ.get("TNP_TEST_WORKERS", "2")
PYTEST_FLAGS = ["--import-mode=importlib", "-p", "no:cacheprovider"]


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
    """Install our distributions from the checkout; tnp-core brings TensorFlow through its `cpu` extra."""
    args: list[str] = []
    for d in dists:
        path = f"packages/{d}" + ("[cpu]" if d == "tnp-core" else "")
        args += ["-e", path] if editable else [path]
    if not editable:  # uv would reuse a wheel it built before from an older src/ tree
        args += [f"--reinstall-package={d}" for d in dists]
    session.install(*args)


def pytest(session: nox.Session, *paths: str, marker: str = "not exhaustive", **kwargs: object) -> None:
    """pytest with `-n` workers on `paths`, each must hold test files (no exit code 5: "no tests")."""
    for p in paths:
        if not any(pathlib.Path(ROOT, p).glob("test_*.py")):
            session.error(f"{p} holds no test_*.py file")
    session.run(
        "pytest",
        "-n",
        WORKERS,
        "-m",
        marker,
        "--durations=5",
        *PYTEST_FLAGS,
        *paths,
        *session.posargs,
        **kwargs,
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
    """The long sweeps (marked `exhaustive`), kept out of the default run; hypothesis' large profile."""
    install_local(session, list(LAYERS))
    session.install(*TEST_DEPS)
    session.env["HYPOTHESIS_PROFILE"] = "exhaustive"
    # Exit code 5 (nothing collected) is accepted here only: no package has to have a long sweep.
    pytest(session, *(f"packages/{d}/tests" for d in LAYERS), marker="exhaustive", success_codes=[0, 5])


@nox.session
def minimal(session: nox.Session) -> None:
    """tnp-core alone, non-editable: the other layers must be absent and core's tests must pass."""
    install_local(session, ["tnp-core"], editable=False)
    session.install(*TEST_DEPS)
    others = [mod for d, (mod, _) in LAYERS.items() if d != "tnp-core"]
    session.run(
        "python",
        "-c",
        "import importlib.util, sys\n"
        f"bad = [m for m in {others!r} if importlib.util.find_spec(m) is not None]\n"
        "core = importlib.util.find_spec('tnp_core').origin\n"
        "assert 'site-packages' in core, f'tnp_core comes from {core}, not from the installed wheel'\n"
        "sys.exit(f'importable beside tnp-core alone: {bad}' if bad else 0)",
    )
    session.chdir(session.create_tmp())  # so the checkout's src/ cannot shadow the installed wheel
    pytest(session, str(ROOT / "packages/tnp-core/tests"))


@nox.session
@nox.parametrize("dist", list(LAYERS))
def typecheck(session: nox.Session, dist: str) -> None:
    """mypy --strict on one package, with only its declared dependencies installed."""
    install_local(session, closure(dist))
    session.install(MYPY)
    cache = pathlib.Path(session.create_tmp(), "mypy_cache")  # one per venv: the installed packages differ
    session.run("mypy", "--strict", "--cache-dir", str(cache), f"packages/{dist}/src")
    if dist == "tnp":  # what a user of the meta-package sees: real signatures through the re-exports
        session.run("mypy", "--strict", "--cache-dir", str(cache), "packages/tnp/tests/typing/user_code.py")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check, ruff format --check, and the layering rule (packages/tnp/tests/test_layering.py)."""
    session.install(RUFF, "pytest>=8", "tomli>=2; python_version<'3.11'")
    failed = []
    for cmd in (
        ["pytest", *PYTEST_FLAGS, "packages/tnp/tests/test_layering.py"],
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
    ):
        try:  # run all three, so that one run reports every problem
            session.run(*cmd)
        except nox.command.CommandFailed:
            failed.append(" ".join(cmd[:2]))
    if failed:
        session.error(f"failed: {', '.join(failed)}")


# argv: the module the wheel provides, then the modules that must not be importable beside it
WHEEL_CHECK = """
import importlib, importlib.resources, importlib.util, sys
mod, *absent = sys.argv[1:]
m = importlib.import_module(mod)
assert importlib.resources.files(mod).joinpath("py.typed").is_file(), f"{mod}: no py.typed in the wheel"
bad = [a for a in absent if importlib.util.find_spec(a) is not None]
assert not bad, f"importable beside {mod} without being its dependencies: {bad}"
print(mod, m.__version__, "from", m.__file__)
"""


@nox.session
def build(session: nox.Session) -> None:
    """sdist and wheel of every package, metadata checked, each wheel installed on its own in a fresh venv."""
    session.install("build[uv]", "twine")
    tmp = pathlib.Path(session.create_tmp()).resolve()
    dist_dir = tmp / "dist"
    shutil.rmtree(dist_dir, ignore_errors=True)
    for d in LAYERS:  # sdist first, then the wheel built from the sdist
        session.run("python", "-m", "build", "--installer", "uv", "--outdir", str(dist_dir), f"packages/{d}")
    session.run("twine", "check", "--strict", *map(str, sorted(dist_dir.iterdir())))

    def wheel(d: str) -> str:
        (found,) = dist_dir.glob(f"{d.replace('-', '_')}-*.whl")
        return str(found)

    for d, (mod, _) in LAYERS.items():
        venv = tmp / f"wheel-{d}"
        shutil.rmtree(venv, ignore_errors=True)
        session.run("uv", "venv", "-q", str(venv))
        py = str(venv / "bin/python")
        # Our wheels named explicitly (never a same-named project from an index), TensorFlow by core's extra.
        reqs = [
            f"tnp-core[cpu] @ {pathlib.Path(wheel(x)).as_uri()}" if x == "tnp-core" else wheel(x)
            for x in closure(d)
        ]
        session.run("uv", "pip", "install", "-q", "--python", py, *reqs)
        absent = [m for x, (m, _) in LAYERS.items() if x not in closure(d)]
        session.run(py, "-c", WHEEL_CHECK, mod, *absent, external=True)


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site (MkDocs, Material, mkdocstrings) in strict mode: a broken link, a page missing from
    the nav or an unresolvable API reference fails the build, and so does a public function or class without an
    entry in the API reference (tools/check_api_pages.py). The site goes to .nox/docs/tmp/site."""
    # mkdocstrings imports tnp_random (force_inspection: true), and the checker imports every package
    install_local(session, list(LAYERS))
    session.install(*DOCS_DEPS)
    session.env["NO_MKDOCS_2_WARNING"] = "1"
    site = str(pathlib.Path(session.create_tmp(), "site"))
    session.run("mkdocs", "build", "--strict", "--site-dir", site)
    session.run("python", "tools/check_api_pages.py", site)


@nox.session
def demo(session: nox.Session) -> None:
    """The showcase: python -m tnp runs the examples of tf.experimental.numpy's guide next to NumPy."""
    install_local(session, list(LAYERS))
    session.run("python", "-m", "tnp")


BENCH_DEPS = ["matplotlib>=3.8"]


@nox.session
def bench(session: nox.Session) -> None:
    """The performance suite (benchmarks/bench_suite.py): quick by default (TNP_BENCH_QUICK=1, ~3 min), the full
    run with TNP_BENCH_QUICK=0 in the environment. Writes docs/benchmarks.md and docs/img/overhead.png; arguments
    after `--` go to the script (e.g. `-- --only tiny,graph`). JAX is a contender only where it installs."""
    install_local(session, list(LAYERS))
    session.install(*BENCH_DEPS)
    try:
        session.install("jax[cpu]")
    except nox.command.CommandFailed:
        session.warn("jax[cpu] did not install: JAX is reported as unavailable")
    session.env["TNP_BENCH_QUICK"] = os.environ.get("TNP_BENCH_QUICK", "1")
    session.env["TF_CPP_MIN_LOG_LEVEL"] = "3"
    session.run("python", "benchmarks/bench_suite.py", *session.posargs)
