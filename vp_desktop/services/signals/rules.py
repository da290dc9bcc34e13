"""The pattern rules behind the signals, as pure functions over plain case facts.

Nothing here reads the vault: `facts.load_case_facts` gives one client's cases as `CaseFact`s and
`find_signals` turns them into signals. Every signal carries the ids of the cases behind it, so
the adviser can open them. The thresholds are named constants: small numbers make no trend.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

#: a reference to the person complained about counts as repeated from this many cases on
REPEATED_REFERENCE_MIN_CASES = 2
#: a department is a hotspot from this many cases opened in the period
HOTSPOT_MIN_CASES = 3
#: earlier years a year is compared with
TREND_EARLIER_YEARS = 2
#: below this many cases (this year or on average before) a change is not called a trend
TREND_MIN_CASES = 5
#: a trend needs at least this factor between this year and the earlier average …
TREND_MIN_FACTOR = 1.5
#: … and at least this many cases difference
TREND_MIN_DIFFERENCE = 2
#: tracks whose first case of the year is a signal of its own
FIRST_OF_YEAR_TRACKS = ("integrity",)


class SignalKind(StrEnum):
    REPEATED_REFERENCE = "repeated_reference"
    HOTSPOT = "hotspot"
    RISING = "rising"
    FALLING = "falling"
    FIRST_OF_KIND = "first_of_kind"
    TOO_FEW = "too_few"


class Subject(StrEnum):
    """What a signal is about."""

    REFERENCE = "reference"
    DEPARTMENT = "department"
    CATEGORY = "category"
    RELATION = "relation"
    TRACK = "track"


class CaseFact(NamedTuple):
    """What the rules need of one case (of one client); a tuple, as a client can have
    thousands of cases to read."""

    case_id: int
    number: str
    opened_on: dt.date
    track: str
    categories: tuple[str, ...] = ()
    relation: str | None = None
    department: str | None = None
    respondent_ref: str | None = None
    support: tuple[str, ...] = ()
    outcome: str | None = None
    closed_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Signal:
    kind: SignalKind
    subject_type: Subject
    #: the reference or department as the adviser typed it, or a vocabulary code
    subject: str
    #: the cases behind the signal, in order of opening (current period first for changes)
    cases: tuple[CaseFact, ...]
    #: cases in the period (for changes: this year up to the same day)
    count: int = 0
    #: for changes: the earlier years' average over the same part of the year
    earlier: float | None = None

    @property
    def case_ids(self) -> tuple[int, ...]:
        return tuple(c.case_id for c in self.cases)

    @property
    def case_numbers(self) -> tuple[str, ...]:
        return tuple(c.number for c in self.cases)


def normalise_reference(text: str | None) -> str:
    """The form references are compared in: "J.K. (teamleider)" and "jk  (Teamleider)" match."""
    if not text:
        return ""
    return re.sub(r"[\s.]+", "", text.casefold())


def _by_opening(cases: Iterable[CaseFact]) -> tuple[CaseFact, ...]:
    return tuple(sorted(cases, key=lambda c: (c.opened_on, c.number)))


def repeated_references(cases: Sequence[CaseFact]) -> list[Signal]:
    """References to the person complained about that occur in two or more cases (any year)."""
    groups: dict[str, list[CaseFact]] = defaultdict(list)
    for case in cases:
        key = normalise_reference(case.respondent_ref)
        if key:
            groups[key].append(case)
    signals = []
    for group in groups.values():
        if len(group) >= REPEATED_REFERENCE_MIN_CASES:
            ordered = _by_opening(group)
            shown = (ordered[-1].respondent_ref or "").strip()  # the latest spelling
            signals.append(
                Signal(
                    SignalKind.REPEATED_REFERENCE, Subject.REFERENCE, shown, ordered, len(ordered)
                )
            )
    return sorted(signals, key=lambda s: (-s.count, s.subject.casefold()))


def hotspots(cases: Sequence[CaseFact], start: dt.date, end: dt.date) -> list[Signal]:
    """Departments with `HOTSPOT_MIN_CASES` or more cases opened between `start` and `end`."""
    groups: dict[str, list[CaseFact]] = defaultdict(list)
    for case in cases:
        key = " ".join((case.department or "").casefold().split())
        if key and start <= case.opened_on <= end:
            groups[key].append(case)
    signals = []
    for group in groups.values():
        if len(group) >= HOTSPOT_MIN_CASES:
            ordered = _by_opening(group)
            spellings = Counter(" ".join((c.department or "").split()) for c in ordered)
            shown = spellings.most_common(1)[0][0]
            signals.append(
                Signal(SignalKind.HOTSPOT, Subject.DEPARTMENT, shown, ordered, len(group))
            )
    return sorted(signals, key=lambda s: (-s.count, s.subject.casefold()))


def _same_part_of_year(year: int, until: dt.date) -> tuple[dt.date, dt.date]:
    """1 January of `year` up to the day and month of `until` (28 February for a leap day)."""
    day = until.day if not (until.month == 2 and until.day == 29) else 28
    return dt.date(year, 1, 1), dt.date(year, until.month, day)


def changes(cases: Sequence[CaseFact], year: int, today: dt.date) -> list[Signal]:
    """Categories and relations rising or falling against earlier years, categories new this
    year, the year's first case of the tracks in `FIRST_OF_YEAR_TRACKS`, and "too few" notes.

    A year still running is compared over the same part of the year. Earlier years without any
    case (before the contract, say) are left out of the average."""
    until = min(today, dt.date(year, 12, 31))
    start, end = _same_part_of_year(year, until)
    current = [c for c in cases if start <= c.opened_on <= end]
    earlier_years: list[list[CaseFact]] = []
    for back in range(1, TREND_EARLIER_YEARS + 1):
        first, last = _same_part_of_year(year - back, until)
        in_year = [c for c in cases if first <= c.opened_on <= last]
        if in_year:
            earlier_years.append(in_year)
    signals = _first_of_year(current)
    if not earlier_years:
        return signals
    earlier = [c for group in earlier_years for c in group]
    for subject, codes_of in (
        (Subject.CATEGORY, lambda c: c.categories),
        (Subject.RELATION, lambda c: (c.relation,) if c.relation else ()),
    ):
        signals += _compare(subject, codes_of, current, earlier, len(earlier_years))
    order = list(SignalKind)
    return sorted(signals, key=lambda s: order.index(s.kind))


def _first_of_year(current: Sequence[CaseFact]) -> list[Signal]:
    signals = []
    for track in FIRST_OF_YEAR_TRACKS:
        of_track = _by_opening(c for c in current if c.track == track)
        if of_track:
            signals.append(
                Signal(SignalKind.FIRST_OF_KIND, Subject.TRACK, track, of_track[:1], len(of_track))
            )
    return signals


def _compare(
    subject: Subject,
    codes_of: Callable[[CaseFact], Iterable[str]],
    current: Sequence[CaseFact],
    earlier: Sequence[CaseFact],
    earlier_years: int,
) -> list[Signal]:
    now: dict[str, list[CaseFact]] = defaultdict(list)
    before: dict[str, list[CaseFact]] = defaultdict(list)
    for case in current:
        for code in codes_of(case):
            now[code].append(case)
    for case in earlier:
        for code in codes_of(case):
            before[code].append(case)
    signals = []
    for code in sorted(set(now) | set(before)):
        count = len(now[code])
        average = len(before[code]) / earlier_years
        behind = (*_by_opening(now[code]), *_by_opening(before[code]))
        kind = trend_kind(count, average)
        if kind is SignalKind.FIRST_OF_KIND and subject is not Subject.CATEGORY:
            kind = SignalKind.TOO_FEW  # a relation new this year is no news of its own
        if kind is not None:
            signals.append(Signal(kind, subject, code, behind, count, round(average, 1)))
    return signals


def trend_kind(count: int, average: float) -> SignalKind | None:
    """How `count` cases this year compare with `average` cases a year before (None: no
    change worth a line)."""
    if count == average:
        return None
    if average == 0:
        return SignalKind.FIRST_OF_KIND
    if max(count, average) < TREND_MIN_CASES:
        # Said only of what came in this year: a small number that stayed away is no news.
        return SignalKind.TOO_FEW if count > 0 else None
    if abs(count - average) < TREND_MIN_DIFFERENCE:
        return None
    if count >= average * TREND_MIN_FACTOR:
        return SignalKind.RISING
    if count * TREND_MIN_FACTOR <= average:
        return SignalKind.FALLING
    return None


def find_signals(cases: Sequence[CaseFact], year: int, today: dt.date) -> list[Signal]:
    """Every signal of one client's cases for `year`: repeated references (any year), hotspots
    in the year, and the changes against earlier years."""
    until = min(today, dt.date(year, 12, 31))
    return [
        *repeated_references(cases),
        *hotspots(cases, dt.date(year, 1, 1), until),
        *changes(cases, year, today),
    ]
