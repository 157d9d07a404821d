"""The `pycon` examples of the documentation pages run as doctests (one namespace per page, in order)."""

from __future__ import annotations

import doctest
import linecache
import pathlib
import re

import pytest

DOCS = pathlib.Path(__file__).resolve().parents[3] / "docs"
BLOCK = re.compile(r"^```pycon\n(.*?)^```", flags=re.M | re.S)
PAGES = sorted(p for p in DOCS.rglob("*.md") if BLOCK.search(p.read_text()))
FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS


def test_the_guides_have_examples():
    names = {p.name for p in PAGES}
    assert {"index.md", "quickstart.md", "differences.md", "tensorflow.md", "mutation.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_page_examples_run(page):
    text = "\n".join(m.group(1) for m in BLOCK.finditer(page.read_text()))
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    for i, example in enumerate(
        test.examples
    ):  # autograph reads a function's source file (tf.function examples)
        name = f"<doctest {test.name}[{i}]>"
        linecache.cache[name] = (len(example.source), None, example.source.splitlines(True), name)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    assert runner.failures == 0, f"{runner.failures} failing example(s) in {page.name} (see the output above)"
