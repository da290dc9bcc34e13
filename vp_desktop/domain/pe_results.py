"""What the professional-development evaluator takes and gives: the records it counts, and the
progress per requirement and for the whole period on the evaluation date.

The rules themselves, and `evaluate`, are in `pe_rules` (the module to import).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from vp_desktop.domain.pe_rule_sets import RuleSet, is_whole_number
from vp_desktop.domain.vocab import PE_KINDS, Lang

# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class PeRecord:
    """One logged activity, as the evaluator sees it.

    Raises `ValueError` for non-positive minutes, `vocab.UnknownCode` (a `ValueError`) for a
    kind outside `PE_KINDS` and `TypeError` when `on` is not a plain `date` (a `datetime` would
    not compare with the period bounds).
    """

    on: date
    kind: str
    minutes: int
    #: An accreditation number is recorded, or the adviser marked the activity accredited.
    accredited: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.on, date) or isinstance(self.on, datetime):
            raise TypeError(f"PE record: on must be a date, got {self.on!r}")
        PE_KINDS.check(self.kind)
        if not is_whole_number(self.minutes) or self.minutes <= 0:
            raise ValueError(
                f"PE record on {self.on}: minutes must be positive, got {self.minutes!r}"
            )


# --------------------------------------------------------------------------------------------
# Evaluation

#: The standing of one requirement (or the total) on the evaluation date.
Status = Literal["met", "not_met", "behind", "open"]


def status_of(met: bool, finished: bool, lagging: bool) -> Status:
    """Met; or, for a period that is over, not met; or behind schedule; or still open."""
    if met:
        return "met"
    if finished:
        return "not_met"
    return "behind" if lagging else "open"


@dataclass(frozen=True, slots=True)
class YearTally:
    """Minutes of one requirement in one cap year of the period (a cycle year or a calendar
    year, as the rule set says), clipped to the period."""

    start: date
    end: date
    logged_minutes: int
    counted_minutes: int

    @property
    def year(self) -> int:
        return self.start.year


@dataclass(frozen=True, slots=True)
class RequirementProgress:
    code: str
    nl: str
    en: str
    #: Minutes that count, after yearly caps.
    counted_minutes: int
    #: Minutes done in the period that may count (accredited where required), before caps.
    logged_minutes: int
    #: Activities that count as a session (at least the rule set's minimum duration).
    sessions: int
    min_minutes: int
    min_sessions: int
    yearly_cap_minutes: int | None
    missing_minutes: int
    missing_sessions: int
    #: Pro-rata share of `min_minutes` for the part of the period that has passed (rounded down).
    expected_minutes_by_now: int
    #: Pro-rata share of `min_sessions` for the part of the period that has passed (rounded down).
    expected_sessions_by_now: int
    met: bool
    #: Not met, the period still running, and fewer minutes or sessions than expected by now.
    behind: bool
    #: Per cap year with activity in the period, ascending.
    by_year: tuple[YearTally, ...]
    #: Activities dated after the evaluation date: shown, never counted.
    planned_minutes: int = 0
    planned_sessions: int = 0
    #: Done, but not counted because the requirement asks for accredited activities.
    unaccredited_minutes: int = 0
    #: Done activities shorter than the session minimum (their minutes still count).
    short_sessions: int = 0
    accredited_only: bool = False
    #: The period is over on the evaluation date: the outcome is final.
    finished: bool = False

    def label(self, lang: Lang = "nl") -> str:
        return self.nl if lang == "nl" else self.en

    @property
    def capped_minutes(self) -> int:
        """Minutes logged that did not count because of the yearly cap."""
        return self.logged_minutes - self.counted_minutes

    @property
    def hours_met(self) -> bool:
        return self.counted_minutes >= self.min_minutes

    @property
    def sessions_met(self) -> bool:
        return self.sessions >= self.min_sessions

    @property
    def hours_status(self) -> Status:
        lagging = self.behind and self.counted_minutes < self.expected_minutes_by_now
        return status_of(self.hours_met, self.finished, lagging)

    @property
    def sessions_status(self) -> Status:
        lagging = self.behind and self.sessions < self.expected_sessions_by_now
        return status_of(self.sessions_met, self.finished, lagging)

    @property
    def status(self) -> Status:
        return status_of(self.met, self.finished, self.behind)


@dataclass(frozen=True, slots=True)
class Evaluation:
    rule_set: RuleSet
    period_start: date
    period_end: date
    #: The evaluation date: activities up to and including it are done, later ones planned.
    today: date
    #: Share of the period's days before `today`: 0 on (or before) the first day, 1 after the last.
    elapsed_fraction: float
    requirements: tuple[RequirementProgress, ...]
    #: Minutes that count towards the total, after caps (including kinds outside requirements).
    total_counted_minutes: int
    #: Minutes done in the period that may count, before caps.
    total_logged_minutes: int
    #: Minutes of kinds that belong to no requirement (they count to the total only).
    other_minutes: int
    total_min_minutes: int
    total_missing_minutes: int
    total_expected_minutes_by_now: int
    #: Every requirement met and the total reached.
    complete: bool
    #: Not complete, still running, and some requirement or the total lags behind schedule.
    behind: bool
    #: Minutes of activities in the period dated after `today`.
    planned_minutes: int = 0
    #: The period is over on `today` (its last day included): the outcome is final.
    finished: bool = False

    def progress(self, code: str) -> RequirementProgress:
        """The progress of the requirement with this code; `KeyError` when there is none."""
        for p in self.requirements:
            if p.code == code:
                return p
        raise KeyError(code)

    @property
    def total_met(self) -> bool:
        return self.total_counted_minutes >= self.total_min_minutes

    @property
    def total_status(self) -> Status:
        """The total line: met only when the whole scheme is met, every requirement included."""
        lagging = self.behind and self.total_counted_minutes < self.total_expected_minutes_by_now
        return status_of(self.complete, self.finished, lagging)

    @property
    def status(self) -> Status:
        return status_of(self.complete, self.finished, self.behind)
