"""The annual report's plan and advice part as plain data: plan against realisation for the year,
next year's plan, and the advice given summarised by theme (counts only, never the advice text).

Built by `services.signals.report_parts`, rendered by `reports.plan_section`. Nothing here is
about a melder or a case, so no disclosure threshold applies and no case count appears.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vp_desktop.domain.vocab import Lang


@dataclass(frozen=True, slots=True)
class PlannedActivity:
    kind: str  # the label of the activity kind
    target_on: dt.date | None
    description: str  # the adviser's own words in the plan
    done_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class HeldActivity:
    """An activity held in the year that was not in the plan."""

    kind: str
    occurred_on: dt.date


@dataclass(frozen=True, slots=True)
class AdviceTheme:
    theme: str  # the theme's label
    solicited: int
    unsolicited: int

    @property
    def total(self) -> int:
        return self.solicited + self.unsolicited


@dataclass(frozen=True, slots=True)
class PlanReport:
    lang: Lang
    year: int
    planned: tuple[PlannedActivity, ...]
    unplanned: tuple[HeldActivity, ...]
    next_year: tuple[PlannedActivity, ...]
    advice: tuple[AdviceTheme, ...]
    #: the year is over (or it is its last day): what is not done was not realised
    year_over: bool = True

    @property
    def done(self) -> int:
        return sum(1 for p in self.planned if p.done_on is not None)

    @property
    def advice_total(self) -> int:
        return sum(a.total for a in self.advice)
