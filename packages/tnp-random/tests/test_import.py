from __future__ import annotations

import tnp_random


def test_version():
    assert tnp_random.__version__ == "0.1.0"
