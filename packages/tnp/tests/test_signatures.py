"""Signature parity: every public callable of tnp, tnp.linalg and tnp.random that NumPy also has takes NumPy's
parameters (names, kinds, defaults). Differences are listed once, with the reason, in DIFFERENCES below."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
import tnp

# Keyword-only parameters tnp adds to NumPy's: the array API's `device=` and `descending=`, and JAX-style static
# output sizes.
EXTENSIONS = {"device", "descending", "size", "fill_value"}

# name -> why its signature differs from NumPy's. The test also fails when an entry no longer differs.
DIFFERENCES: dict[str, str] = {
    "linalg.matmul": "one matmul for both namespaces: the main-namespace signature (out=, dtype=, casting=) is "
    "a superset of numpy.linalg.matmul(x1, x2, /)",
    "matvec": "a function taking the gufunc's keywords (out=, axes=, dtype=, casting=), not a ufunc object",
    "vecmat": "a function taking the gufunc's keywords (out=, axes=, dtype=, casting=), not a ufunc object",
    "vecdot": "a function taking the gufunc's keywords (out=, axis=, axes=, keepdims=, dtype=), not a ufunc object",
    "matmul": "a function taking the ufunc's keywords (out=, dtype=, casting=, axes=...), not a ufunc object: "
    "NumPy's matmul is a generalized ufunc whose reduce/accumulate/outer/at all raise",
}

NAMESPACES = [
    ("", np, tnp),
    ("linalg.", np.linalg, tnp.linalg),
    ("random.", np.random, tnp.random),
    ("fft.", np.fft, tnp.fft),
]


def _public_callables():
    for prefix, np_mod, tnp_mod in NAMESPACES:
        for name in sorted(dir(np_mod)):
            if name.startswith("_") or not hasattr(tnp_mod, name):
                continue
            ref, ours = getattr(np_mod, name), getattr(tnp_mod, name)
            if callable(ref) and not isinstance(ref, type):
                yield prefix + name, ref, ours


CALLABLES = list(_public_callables())


def _differences(ref, ours) -> list[str]:
    """What makes `ours` not take NumPy's parameters (empty when it does)."""
    if isinstance(ref, np.ufunc):  # NumPy's ufunc signature is (x1, x2, /, out=None, *, where=, ...)
        if not isinstance(ours, tnp.ufunc):
            return [f"NumPy's {ref.__name__} is a ufunc, ours is {type(ours).__name__}"]
        found = [
            f"{a}: {getattr(ref, a)!r} != {getattr(ours, a)!r}"
            for a in ("nin", "nout")
            if getattr(ref, a) != getattr(ours, a)
        ]
        ref_keywords = {
            p for p in inspect.signature(ref).parameters if p not in ("x", "x1", "x2", "out1", "out2")
        }
        missing = ref_keywords - set(inspect.signature(ours).parameters)
        return found + [f"missing keyword {p}" for p in sorted(missing)]
    try:
        theirs = list(inspect.signature(ref).parameters.values())
    except ValueError:  # a C function without a signature (e.g. fromstring): nothing to compare
        return []
    if [p.kind for p in theirs] == [inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD]:
        return []  # NumPy's own signature says nothing (e.g. random.ranf is a (*args, **kwargs) alias)
    names = {p.name for p in theirs}
    mine = [
        p
        for p in inspect.signature(ours).parameters.values()
        if not (p.name in EXTENSIONS - names and p.kind is p.KEYWORD_ONLY)
    ]
    found = []
    if [p.name for p in theirs] != [p.name for p in mine]:
        return [f"parameters {[p.name for p in theirs]} != {[p.name for p in mine]}"]
    for a, b in zip(theirs, mine):
        if a.kind != b.kind:
            found.append(f"{a.name}: kind {a.kind.description} != {b.kind.description}")
        if a.default is not np._NoValue and not _same_default(a.default, b.default):
            found.append(f"{a.name}: default {a.default!r} != {b.default!r}")
    return found


def _same_default(a, b) -> bool:
    if a is b:
        return True
    try:
        return type(a) is type(b) and bool(a == b)
    except (TypeError, ValueError):  # e.g. array defaults
        return False


@pytest.mark.parametrize(("name", "ref", "ours"), CALLABLES, ids=[c[0] for c in CALLABLES])
def test_signature_matches_numpy(name, ref, ours):
    found = _differences(ref, ours)
    if name in DIFFERENCES:
        assert found, f"{name} now matches NumPy: remove it from DIFFERENCES"
    else:
        assert not found, f"{name}: " + "; ".join(found)


def test_the_walk_covers_the_namespaces():
    assert len(CALLABLES) > 300
    assert set(DIFFERENCES) <= {c[0] for c in CALLABLES}
