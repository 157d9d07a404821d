"""Fail when a public function or class of a package has no entry in the built API reference.

Usage: python tools/check_api_pages.py SITE_DIR. Reads every `id="module.name"` anchor under SITE_DIR/api (the
ones mkdocstrings writes, and the hand-written or generated `<a id="tnp.sin"></a>` ones), resolves each to the
object it names, and checks each callable in the `__all__` of tnp_core, tnp_math, tnp_linalg and tnp_random (the
meta-package only re-exports them): it is documented when some anchor names the same object (or a wrapper of the
same function, `functools.wraps`). So an alias (`tnp.amax is tnp.max`) or a re-export is documented by its
original's entry, and a function is not documented by a method of the same name (`ndarray.ndim` does not
document `tnp.ndim`).
"""

from __future__ import annotations

import importlib
import inspect
import pathlib
import re
import sys
from typing import Any

PACKAGES = ("tnp_core", "tnp_math", "tnp_math.fft", "tnp_linalg", "tnp_random")
ANCHOR = re.compile(r'id="(tnp[a-z_]*\.[A-Za-z0-9_.]+)"')
_MISSING = object()


def resolve(path: str) -> Any:
    """The object a dotted path names (importing submodules on the way), or _MISSING."""
    parts = path.split(".")
    obj: Any = importlib.import_module(parts[0])
    for i, part in enumerate(parts[1:], start=2):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            try:
                obj = importlib.import_module(".".join(parts[:i]))
            except ImportError:
                return _MISSING
    return obj


def key(obj: Any) -> int:
    """The identity of an object, seen through `functools.wraps` wrappers."""
    return id(inspect.unwrap(obj)) if inspect.isfunction(obj) else id(obj)


def anchors(site: pathlib.Path) -> set[str]:
    """Every `tnp*.`-prefixed anchor id on the API pages."""
    found: set[str] = set()
    for page in (site / "api").rglob("*.html"):
        found.update(ANCHOR.findall(page.read_text()))
    return found


def documented(site: pathlib.Path) -> set[int]:
    """The ids of the objects some API page anchor names."""
    return {key(obj) for obj in map(resolve, anchors(site)) if obj is not _MISSING}


def missing(site: pathlib.Path) -> list[str]:
    seen = documented(site)
    out = []
    for pkg in PACKAGES:
        mod = importlib.import_module(pkg)
        for name in mod.__all__:
            obj = getattr(mod, name)
            if callable(obj) and key(obj) not in seen:
                out.append(f"{pkg}.{name}")
    return out


if __name__ == "__main__":
    gaps = missing(pathlib.Path(sys.argv[1]))
    if gaps:
        sys.exit(f"{len(gaps)} public callables have no API reference entry: {', '.join(gaps)}")
    print("every public callable has an API reference entry")
