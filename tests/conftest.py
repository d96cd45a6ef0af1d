"""Hypothesis profiles, chosen by ``HYPOTHESIS_PROFILE``.

``default`` is for a quick local run; ``ci`` is the thorough run (.ci/run
uses it on one Python version); ``quick`` is for iterating on one test.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=100)
settings.register_profile(
    "ci", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("quick", max_examples=25)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
