"""The disclosure auditor over many random caseloads (run on request: -m benchmark).

Prints how many caseloads and hidden or unpublished figures were checked and how many
violations were found, and the share of non-zero case figures the reports hide.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.support.caseloads import ALWAYS_SET, Client, SimCase, sim_case
from tests.support.disclosure_auditor import Auditor

pytestmark = pytest.mark.benchmark
EXAMPLES = int(os.environ.get("VP_AUDIT_EXAMPLES", "300"))
TOTALS = {"caseloads": 0, "reissued caseloads": 0, "checked": 0, "violations": 0, "hidden": 0,
          "nonzero": 0}  # fmt: skip


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
@given(
    cases=st.lists(sim_case(), max_size=40),
    extra=sim_case(years=(2025,)),
    k=st.sampled_from((3, 5, 10)),
    lower=st.booleans(),
    reissue=st.booleans(),
)
def test_many_caseloads(
    cases: list[SimCase], extra: SimCase, k: int, lower: bool, reissue: bool
) -> None:
    client = Client(cases, ("relation", "melder_role", "gender", "age_band", "came_in_via",
                            "outcome"))  # fmt: skip
    client.issue(2024, k)
    client.issue(2025, max(3, k - 2) if lower else k)
    if reissue:
        client.cases.append(extra)
        client.issue(2025, max(3, k - 2) if lower else k)
    client.issue(2026, 3 if lower else k)
    every = os.environ.get("VP_AUDIT_EVERY_VALUE") == "1"  # each value of a "<k", not only ends
    auditor = Auditor(client.published, set(ALWAYS_SET) | {"track"}, every_value=every)
    violations = auditor.check()
    TOTALS["hidden"] += client.hidden_cells
    TOTALS["nonzero"] += client.nonzero_cells
    TOTALS["caseloads"] += 1
    TOTALS["reissued caseloads"] += reissue
    TOTALS["checked"] += auditor.checked
    TOTALS["violations"] += len(violations)
    print(f"\naudit totals: {TOTALS}")
    assert violations == []
