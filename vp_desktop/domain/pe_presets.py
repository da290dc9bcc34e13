"""The rule-set presets the adviser starts from (numbers editable, stored in the settings).

* ``yearly``: at least 8 hours of courses and 4 intervision sessions per calendar year;
* ``lvv_cycle``: LVV recertification, 72 hours in a 4-year cycle (24 h accredited courses, 32 h
  intervision and supervision, 16 h extra activities);
* ``lvv_capped``: the other published version, 32/32/8 hours with yearly caps of 16/16/4 per
  year of the cycle.

In both LVV schemes only accredited courses and congresses count towards the course hours. In
every preset an activity counts as a session when it lasts at least 60 minutes.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from vp_desktop.domain.pe_rule_sets import Requirement, RuleSet

_H = 60

PRESETS: Mapping[str, RuleSet] = MappingProxyType(
    {
        "yearly": RuleSet(
            code="yearly",
            nl="Jaarlijkse norm",
            en="Yearly standard",
            period="year",
            cycle_years=1,
            requirements=(
                Requirement(
                    "courses",
                    "Bijscholing",
                    "Courses",
                    frozenset({"course", "congress"}),
                    min_minutes=8 * _H,
                ),
                Requirement(
                    "intervision",
                    "Intervisie",
                    "Intervision",
                    frozenset({"intervision"}),
                    min_sessions=4,
                ),
            ),
        ),
        "lvv_cycle": RuleSet(
            code="lvv_cycle",
            nl="LVV-herregistratie (4 jaar)",
            en="LVV recertification (4 years)",
            period="cycle",
            cycle_years=4,
            requirements=(
                Requirement(
                    "courses",
                    "Geaccrediteerde bijscholing",
                    "Accredited courses",
                    frozenset({"course", "congress"}),
                    min_minutes=24 * _H,
                    accredited_only=True,
                ),
                Requirement(
                    "intervision",
                    "Intervisie en supervisie",
                    "Intervision and supervision",
                    frozenset({"intervision", "supervision"}),
                    min_minutes=32 * _H,
                ),
                Requirement(
                    "extra",
                    "Extra activiteiten",
                    "Extra activities",
                    frozenset({"extra"}),
                    min_minutes=16 * _H,
                ),
            ),
            total_min_minutes=72 * _H,
        ),
        "lvv_capped": RuleSet(
            code="lvv_capped",
            nl="Certificeringsschema met jaarmaxima",
            en="Certification scheme with yearly caps",
            period="cycle",
            cycle_years=4,
            requirements=(
                Requirement(
                    "courses",
                    "Geaccrediteerde bijscholing",
                    "Accredited courses",
                    frozenset({"course", "congress"}),
                    min_minutes=32 * _H,
                    yearly_cap_minutes=16 * _H,
                    accredited_only=True,
                ),
                Requirement(
                    "intervision",
                    "Intervisie en supervisie",
                    "Intervision and supervision",
                    frozenset({"intervision", "supervision"}),
                    min_minutes=32 * _H,
                    yearly_cap_minutes=16 * _H,
                ),
                Requirement(
                    "extra",
                    "Extra activiteiten",
                    "Extra activities",
                    frozenset({"extra"}),
                    min_minutes=8 * _H,
                    yearly_cap_minutes=4 * _H,
                ),
            ),
            total_min_minutes=72 * _H,
        ),
    }
)

DEFAULT_PRESET = "yearly"
