"""The `pycon` examples of the documentation pages run as doctests (one namespace per page, in order)."""

from __future__ import annotations

import doctest
import pathlib
import re

import pytest
from tnp_core.testing import run_doctests

DOCS = pathlib.Path(__file__).resolve().parents[3] / "docs"
BLOCK = re.compile(r"^```pycon\n(.*?)^```", flags=re.M | re.S)
PAGES = sorted(p for p in DOCS.rglob("*.md") if BLOCK.search(p.read_text()))


def test_the_guides_have_examples():
    names = {p.name for p in PAGES}
    assert {"index.md", "quickstart.md", "differences.md", "tensorflow.md", "mutation.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_page_examples_run(page):
    text = "\n".join(m.group(1) for m in BLOCK.finditer(page.read_text()))
    failed = run_doctests([doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)])
    assert failed == 0, f"{failed} failing example(s) in {page.name} (see the output above)"
