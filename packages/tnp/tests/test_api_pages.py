"""The generated parts of the API reference are fresh: docs/api/ufuncs.md and the scalar types of dtypes.md."""

from __future__ import annotations

import importlib.util
import pathlib

import numpy as np
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("gen_api_ufuncs", ROOT / "tools" / "gen_api_ufuncs.py")
gen_api_ufuncs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen_api_ufuncs)


@pytest.fixture(scope="module")
def same_numpy():
    """Skip unless the pages were generated with this NumPy on this platform (the summaries and outputs vary)."""
    page = gen_api_ufuncs.TARGET
    recorded = gen_api_ufuncs.recorded(page.read_text()) if page.exists() else None
    here = (np.__version__, gen_api_ufuncs.this_platform())
    if recorded != here:
        pytest.skip(f"docs/api/ufuncs.md was generated for {recorded}, this is {here}")


def test_ufunc_page_is_fresh(same_numpy):
    assert gen_api_ufuncs.TARGET.read_text() == gen_api_ufuncs.render(), (
        "docs/api/ufuncs.md is stale: run python tools/gen_api_ufuncs.py"
    )


def test_scalar_types_are_fresh(same_numpy):
    text = gen_api_ufuncs.DTYPES.read_text()
    assert text == gen_api_ufuncs.spliced(text), (
        "the scalar types of docs/api/dtypes.md are stale: run python tools/gen_api_ufuncs.py"
    )


def test_every_ufunc_has_an_example():
    names = {np_name for members in gen_api_ufuncs.grouped().values() for np_name, _, _ in members}
    assert names <= set(gen_api_ufuncs.EXAMPLES), "add the arguments of an example to EXAMPLES"
