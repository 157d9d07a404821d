from __future__ import annotations

import tnp_linalg


def test_version():
    assert tnp_linalg.__version__ == "0.1.0"
