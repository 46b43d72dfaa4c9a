"""Shared test settings.

Property tests (hypothesis) run derandomised when ``CI`` is set, so CI sees the
same examples on every run and a failure there can be reproduced; locally they
explore new examples each time. Plots never need a display.
"""

from __future__ import annotations

import os

import matplotlib
from hypothesis import HealthCheck, settings

matplotlib.use("Agg")

settings.register_profile(
    "ci", derandomize=True, database=None, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
