from __future__ import annotations

import tnp_math


def test_version():
    assert tnp_math.__version__ == "0.1.0"
