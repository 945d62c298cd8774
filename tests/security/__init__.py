"""Security tests: fuzzing of every form and parameter, headers, uploads.

Hypothesis runs here on one profile: the same examples on every run (``derandomize``), so
CI is reproducible and a failure on one machine is a failure on all; no example database
(nothing to store between runs); no deadline, since a shared CI machine is slow at times.
``HYPOTHESIS_PROFILE=explore`` draws new examples on each run, for looking further.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("explore", settings.get_profile("ci"), derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
