"""Continuing-education (deskundigheidsbevordering) rule sets and their evaluation.

The adviser's rules differ per scheme and change over time, so a rule set is plain data
(`pe_rule_sets`): presets (`pe_presets.PRESETS`) with editable numbers, stored in the vault
settings as JSON (`RuleSet.to_dict` / `RuleSet.from_dict`). Evaluation (`evaluate`, here) is pure
code: no I/O and no clock (``today`` is passed in). This module is the one to import: it also
gives the rule-set types, the presets, and the records and results (`pe_results`).

All durations are whole minutes. Hours are logged in quarters, so minutes are normally multiples
of 15, but the evaluator does not depend on that.

Periods
    * ``"year"`` rule sets run per calendar year (1 January - 31 December).
    * ``"cycle"`` rule sets run in cycles of ``cycle_years`` years that start on ``cycle_start``
      and repeat: the k-th cycle starts on the ``k * cycle_years``-th anniversary of
      ``cycle_start`` and ends (inclusive) on the day before the next cycle starts. A
      ``cycle_start`` of 29 February starts later cycles on 29 February in leap years and on
      1 March in other years, so such a cycle ends on 28 February. Every anniversary is computed
      from ``cycle_start`` itself, so a 29 February start comes back in the next leap year.
      A date before ``cycle_start`` belongs to the first cycle.

Counting (everything as of the evaluation date ``today``)
    * A record counts when its date lies within the period, both boundary days included, and
      is not after ``today``. Later records are *planned*: shown, never counted.
    * A record counts towards the requirement whose ``kinds`` contain its kind (each kind belongs
      to at most one requirement, so nothing is counted twice); a record of a kind that belongs
      to no requirement counts only towards the total.
    * A requirement with ``accredited_only`` counts accredited records only (an accreditation
      number, or marked accredited by the adviser); the others are reported, not counted.
    * A record counts as a session when it lasts at least the rule set's
      ``min_session_minutes`` (default 60); a shorter one still counts its minutes.
    * ``yearly_cap_minutes`` limits what a requirement counts per cap year: per year of the
      cycle, counted from its start (``cap_year = "cycle_year"``, the default), or per calendar
      year (``"calendar_year"``). A 4-year cycle from 1 September has four cap years.
    * The total counts minutes after caps.

Status
    A period is *finished* once ``today`` reaches its last day; then every requirement is
    "met" or "not_met", never "behind". The total is met only when every requirement is met too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vp_desktop.domain.hours import hours_label
from vp_desktop.domain.pe_periods import (
    anniversary,
    cap_year_end,
    cap_year_start,
    period_bounds,
)
from vp_desktop.domain.pe_presets import DEFAULT_PRESET, PRESETS
from vp_desktop.domain.pe_results import (
    Evaluation,
    PeRecord,
    RequirementProgress,
    Status,
    YearTally,
    status_of,
)
from vp_desktop.domain.pe_rule_sets import (
    FORMAT_VERSION,
    PERIODS,
    Period,
    Requirement,
    RuleSet,
    is_whole_number,
)

__all__ = [
    "DEFAULT_PRESET",
    "FORMAT_VERSION",
    "PERIODS",
    "PRESETS",
    "Evaluation",
    "PeRecord",
    "Period",
    "Requirement",
    "RequirementProgress",
    "RuleSet",
    "Status",
    "YearTally",
    "anniversary",
    "cap_year_start",
    "evaluate",
    "hours_label",
    "period_bounds",
    "status_of",
]


@dataclass(slots=True)
class _Tally:
    by_year: dict[date, int]
    sessions: int = 0
    planned_minutes: int = 0
    planned_sessions: int = 0
    unaccredited: int = 0
    short: int = 0


def evaluate(
    rule_set: RuleSet,
    records: Iterable[PeRecord],
    *,
    cycle_start: date,
    today: date,
    on: date | None = None,
) -> Evaluation:
    """Progress of `records` against `rule_set` in the period that contains `on` (default `today`).

    `today` is the evaluation date: records up to and including it are done, later ones are
    planned (shown, never counted). A report "as of" a date passes that date as `today`. Pass
    `on` to pick another period than the one containing `today`. Records outside the period are
    ignored. Raises `ValueError` for a record with non-positive minutes.
    """
    start, end = period_bounds(rule_set, cycle_start, today if on is None else on)
    total_days = end.toordinal() - start.toordinal() + 1
    days_passed = min(max(today.toordinal() - start.toordinal(), 0), total_days)
    # The evaluation date's own activities are done: on the last day the period is over.
    finished = today >= end

    tallies = {r.code: _Tally({}) for r in rule_set.requirements}
    other = 0
    planned_total = 0
    for rec in records:
        if not is_whole_number(rec.minutes) or rec.minutes <= 0:
            raise ValueError(
                f"PE record on {rec.on}: minutes must be positive, got {rec.minutes!r}"
            )
        if not start <= rec.on <= end:
            continue
        req = rule_set.requirement_for_kind(rec.kind)
        is_session = rec.minutes >= rule_set.min_session_minutes
        if rec.on > today:
            planned_total += rec.minutes
            if req is not None:
                tallies[req.code].planned_minutes += rec.minutes
                tallies[req.code].planned_sessions += int(is_session)
            continue
        if req is None:
            other += rec.minutes
            continue
        tally = tallies[req.code]
        if req.accredited_only and not rec.accredited:
            tally.unaccredited += rec.minutes
            continue
        key = cap_year_start(rule_set, start, rec.on)
        tally.by_year[key] = tally.by_year.get(key, 0) + rec.minutes
        tally.sessions += int(is_session)
        tally.short += int(not is_session)

    progress: list[RequirementProgress] = []
    for req in rule_set.requirements:
        cap = req.yearly_cap_minutes
        tally = tallies[req.code]
        by_year = tuple(
            YearTally(
                max(first, start),
                min(cap_year_end(rule_set, start, first), end),
                m,
                m if cap is None else min(m, cap),
            )
            for first, m in sorted(tally.by_year.items())
        )
        counted = sum(t.counted_minutes for t in by_year)
        n = tally.sessions
        exp_min = req.min_minutes * days_passed // total_days
        exp_ses = req.min_sessions * days_passed // total_days
        met = counted >= req.min_minutes and n >= req.min_sessions
        progress.append(
            RequirementProgress(
                code=req.code,
                nl=req.nl,
                en=req.en,
                counted_minutes=counted,
                logged_minutes=sum(t.logged_minutes for t in by_year),
                sessions=n,
                min_minutes=req.min_minutes,
                min_sessions=req.min_sessions,
                yearly_cap_minutes=cap,
                missing_minutes=max(0, req.min_minutes - counted),
                missing_sessions=max(0, req.min_sessions - n),
                expected_minutes_by_now=exp_min,
                expected_sessions_by_now=exp_ses,
                met=met,
                behind=not met and not finished and (counted < exp_min or n < exp_ses),
                by_year=by_year,
                planned_minutes=tally.planned_minutes,
                planned_sessions=tally.planned_sessions,
                unaccredited_minutes=tally.unaccredited,
                short_sessions=tally.short,
                accredited_only=req.accredited_only,
                finished=finished,
            )
        )

    total_counted = sum(p.counted_minutes for p in progress) + other
    total_logged = sum(p.logged_minutes for p in progress) + other
    total_min = rule_set.total_min_minutes
    total_expected = total_min * days_passed // total_days
    total_met = total_counted >= total_min
    complete = total_met and all(p.met for p in progress)
    behind = (
        not complete
        and not finished
        and (any(p.behind for p in progress) or (not total_met and total_counted < total_expected))
    )
    return Evaluation(
        rule_set=rule_set,
        period_start=start,
        period_end=end,
        today=today,
        elapsed_fraction=days_passed / total_days,
        requirements=tuple(progress),
        total_counted_minutes=total_counted,
        total_logged_minutes=total_logged,
        other_minutes=other,
        total_min_minutes=total_min,
        total_missing_minutes=max(0, total_min - total_counted),
        total_expected_minutes_by_now=total_expected,
        complete=complete,
        behind=behind,
        planned_minutes=planned_total,
        finished=finished,
    )
