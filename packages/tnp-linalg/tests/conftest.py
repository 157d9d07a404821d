"""Test setup for tnp-linalg: quiet TensorFlow logs, hypothesis profile."""

from __future__ import annotations

import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from hypothesis import settings

settings.register_profile("ci", max_examples=25, deadline=None)
settings.register_profile("exhaustive", max_examples=500, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
