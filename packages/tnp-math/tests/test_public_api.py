"""tnp-math's namespace: generated re-exports in sync with the modules' __all__, and no name of core redefined."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest
import tnp_core
import tnp_math

TOOL = pathlib.Path(__file__).resolve().parents[3] / "tools" / "gen_core_init.py"


@pytest.mark.skipif(not TOOL.exists(), reason="not in a checkout")
def test_init_is_generated_from_the_modules():
    r = subprocess.run([sys.executable, str(TOOL), "--check", "math"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_math_does_not_shadow_core():
    clash = sorted(set(tnp_math.__all__) & set(tnp_core.__all__))
    assert clash == [], f"tnp-math redefines core names: {clash}"
