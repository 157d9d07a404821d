"""How tnp-core gets TensorFlow: optional extras, never a hard dependency, and a clear error without it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from tnp_core._tf import INSTALL_HINT

# Blocks TensorFlow the way an environment without it behaves, two ways: a None entry in sys.modules, and a
# meta-path finder that refuses `tensorflow` and its submodules.
BLOCKERS = {
    "sys.modules": "sys.modules['tensorflow'] = None",
    "meta-path finder": """
        class NoTensorFlow:
            def find_spec(self, name, path=None, target=None):
                if name == 'tensorflow' or name.startswith('tensorflow.'):
                    raise ModuleNotFoundError(f"No module named {name!r}", name=name)
                return None
        sys.meta_path.insert(0, NoTensorFlow())
    """,
}


def run_without_tensorflow(blocker: str) -> subprocess.CompletedProcess[str]:
    code = textwrap.dedent(blocker).strip() + "\n" + "import tnp_core\n"
    return subprocess.run(
        [sys.executable, "-c", "import sys\n" + code], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("how", list(BLOCKERS))
def test_import_without_tensorflow_names_the_install_command(how):
    proc = run_without_tensorflow(BLOCKERS[how])
    assert proc.returncode != 0, proc.stdout
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: "), proc.stderr
    assert "pip install 'tnp-core[cpu]'" in last and "pip install 'tnp-core[gpu]'" in last, last
    assert last == f"ImportError: {INSTALL_HINT}"
    assert "ModuleNotFoundError" in proc.stderr  # the cause is chained, not swallowed


def test_tensorflow_is_an_extra_not_a_requirement():
    """An installed `tensorflow` or `tensorflow-cpu` is never joined by a second one: no unconditional TF."""
    reqs = [Requirement(r) for r in metadata.requires("tnp-core") or []]
    tf_reqs = [r for r in reqs if r.name.startswith("tensorflow")]
    for r in tf_reqs:  # each one needs an extra; none comes with a plain `pip install tnp-core`
        assert r.marker is not None and not r.marker.evaluate({"extra": ""}), str(r)
    wanted = {"cpu": "tensorflow-cpu", "gpu": "tensorflow", "tensorflow": "tensorflow"}
    for extra, name in wanted.items():
        got = [r for r in tf_reqs if r.marker is not None and r.marker.evaluate({"extra": extra})]
        assert [r.name for r in got] == [name], (extra, [str(r) for r in got])
    assert set(wanted) <= set(metadata.metadata("tnp-core").get_all("Provides-Extra") or [])
