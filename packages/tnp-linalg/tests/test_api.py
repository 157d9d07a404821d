"""The public surface: every numpy.linalg name, with NumPy's signature and result types."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
import tnp_core
import tnp_linalg as la


def test_all_names_of_numpy_linalg():
    assert sorted(la.__all__) == sorted(np.linalg.__all__)
    for name in la.__all__:
        assert getattr(la, name) is not None
    assert la.LinAlgError is np.linalg.LinAlgError
    assert la.matrix_transpose is tnp_core.matrix_transpose


@pytest.mark.parametrize("name", [n for n in np.linalg.__all__ if n not in ("LinAlgError", "matmul")])
def test_signature_matches_numpy(name):
    ours = inspect.signature(getattr(la, name)).parameters
    theirs = inspect.signature(getattr(np.linalg, name)).parameters
    assert [(p.name, p.kind) for p in ours.values()] == [(p.name, p.kind) for p in theirs.values()]
    for p in theirs.values():
        if p.default is not inspect.Parameter.empty and name != "pinv":
            assert ours[p.name].default == p.default, p.name


@pytest.mark.parametrize(
    "name,call",
    [
        ("SVDResult", lambda m: m.svd(np.eye(2))),
        ("EighResult", lambda m: m.eigh(np.eye(2))),
        ("EigResult", lambda m: m.eig(np.eye(2))),
        ("QRResult", lambda m: m.qr(np.eye(2))),
        ("SlogdetResult", lambda m: m.slogdet(np.eye(2))),
    ],
)
def test_named_results(name, call):
    ours, theirs = call(la), call(np.linalg)
    assert type(ours).__name__ == type(theirs).__name__ == name
    assert ours._fields == theirs._fields
