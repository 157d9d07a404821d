from __future__ import annotations

import tnp
import tnp_core


def test_meta_package_reexports_core():
    assert tnp.ndarray is tnp_core.ndarray
    assert tnp.add is tnp_core.add
    assert tnp.linalg.__name__ == "tnp_linalg"
    assert tnp.random.__name__ == "tnp_random"
