"""tnp-core's public namespace: generated re-exports in sync, NumPy's names where NumPy has them."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import numpy as np
import pytest
import tnp_core

TOOL = pathlib.Path(__file__).resolve().parents[3] / "tools" / "gen_core_init.py"


@pytest.mark.skipif(not TOOL.exists(), reason="not in a checkout")
def test_init_is_generated_from_the_table():
    r = subprocess.run([sys.executable, str(TOOL), "--check", "core"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_every_public_name_exists_and_numpy_names_are_callable_like_numpy():
    for name in tnp_core.__all__:
        obj = getattr(tnp_core, name)
        if hasattr(np, name) and callable(getattr(np, name)) and not isinstance(getattr(np, name), type):
            assert callable(obj), name


def test_scalar_types_are_numpys():
    for name in [
        "float32",
        "int8",
        "uint64",
        "complex128",
        "bool_",
        "float64",
        "number",
        "floating",
        "dtype",
    ]:
        assert getattr(tnp_core, name) is getattr(np, name)
    assert tnp_core.newaxis is None
    assert tnp_core.pi == np.pi
