"""Continuing-education (deskundigheidsbevordering) rule sets as data, and their evaluation.

The adviser's rules differ per scheme and change over time, so a rule set is plain data: presets
(`PRESETS`) with editable numbers, stored in the vault settings as JSON (`RuleSet.to_dict` /
`RuleSet.from_dict`). Evaluation (`evaluate`) is pure code: no I/O and no clock (``today`` is
passed in).

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

Counting
    * A record counts when its date lies within the period, both boundary days included.
    * A record counts towards the requirement whose ``kinds`` contain its kind (each kind belongs
      to at most one requirement, so nothing is counted twice); a record of a kind that belongs
      to no requirement counts only towards the total.
    * ``yearly_cap_minutes`` limits what a requirement counts per *calendar* year within the
      period. A cycle starting on 1 September 2023 touches the calendar years 2023 - 2027; each
      of them, partial ones included, gets the full cap.
    * The total counts minutes after caps.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Literal, get_args

from vp_desktop.domain.vocab import PE_KINDS, Lang

Period = Literal["year", "cycle"]
PERIODS: tuple[Period, ...] = get_args(Period)

#: Version of the `RuleSet.to_dict` layout; `RuleSet.from_dict` accepts this version only.
FORMAT_VERSION = 1


# --------------------------------------------------------------------------------------------
# Validation helpers


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_text(value: object, where: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where} must be non-empty text, got {value!r}")


def _check_count(value: object, where: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{where} must be a whole number of at least 0, got {value!r}")


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: expected non-empty text, got {value!r}")
    return value


def _int(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{where}: expected a whole number, got {value!r}")
    return value


def _count(value: object, where: str) -> int:
    number = _int(value, where)
    if number < 0:
        raise ValueError(f"{where}: must be at least 0, got {number}")
    return number


def _mapping(
    data: object, where: str, *, required: frozenset[str], optional: frozenset[str]
) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected a mapping, got {type(data).__name__}")
    keys = set(data)
    missing = sorted(required - keys)
    if missing:
        raise ValueError(f"{where}: missing key(s) {', '.join(map(repr, missing))}")
    unknown = sorted(repr(k) for k in keys - required - optional)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}")
    return data


# --------------------------------------------------------------------------------------------
# Data


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

    def __post_init__(self) -> None:
        if not isinstance(self.on, date) or isinstance(self.on, datetime):
            raise TypeError(f"PE record: on must be a date, got {self.on!r}")
        PE_KINDS.check(self.kind)
        if not _is_int(self.minutes) or self.minutes <= 0:
            raise ValueError(
                f"PE record on {self.on}: minutes must be positive, got {self.minutes!r}"
            )


@dataclass(frozen=True, slots=True)
class Requirement:
    """One part of a rule set, e.g. "at least 24 h of accredited courses"."""

    code: str
    nl: str
    en: str
    #: The PE kinds (`PE_KINDS` codes) that count towards this requirement.
    kinds: frozenset[str]
    #: Minimum for the whole period, in minutes.
    min_minutes: int = 0
    #: Minimum number of activities in the period (e.g. 4 intervision sessions a year).
    min_sessions: int = 0
    #: At most this many minutes count per calendar year within the period; None: no cap.
    yearly_cap_minutes: int | None = None

    def __post_init__(self) -> None:
        where = f"requirement {self.code!r}"
        if isinstance(self.kinds, str):
            raise ValueError(f"{where}: kinds must be a set of PE kind codes, not text")
        object.__setattr__(self, "kinds", frozenset(self.kinds))
        _check_text(self.code, f"{where}: code")
        _check_text(self.nl, f"{where}: nl")
        _check_text(self.en, f"{where}: en")
        if not self.kinds:
            raise ValueError(f"{where}: kinds must not be empty")
        for kind in sorted(self.kinds, key=str):
            if not isinstance(kind, str) or kind not in PE_KINDS:
                raise ValueError(
                    f"{where}: unknown PE kind {kind!r} (known: {', '.join(PE_KINDS.codes)})"
                )
        _check_count(self.min_minutes, f"{where}: min_minutes")
        _check_count(self.min_sessions, f"{where}: min_sessions")
        cap = self.yearly_cap_minutes
        if cap is not None and (not _is_int(cap) or cap <= 0):
            raise ValueError(
                f"{where}: yearly_cap_minutes must be a positive whole number or null, got {cap!r}"
            )

    def label(self, lang: Lang = "nl") -> str:
        return self.nl if lang == "nl" else self.en

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "nl": self.nl,
            "en": self.en,
            "kinds": sorted(self.kinds),
            "min_minutes": self.min_minutes,
            "min_sessions": self.min_sessions,
            "yearly_cap_minutes": self.yearly_cap_minutes,
        }

    @classmethod
    def from_dict(cls, data: object, where: str = "requirement") -> Requirement:
        d = _mapping(data, where, required=_REQ_REQUIRED, optional=_REQ_OPTIONAL)
        kinds = d["kinds"]
        if not isinstance(kinds, list | tuple) or not all(isinstance(k, str) for k in kinds):
            raise ValueError(f"{where}.kinds: expected a list of PE kind codes, got {kinds!r}")
        if len(set(kinds)) != len(kinds):
            raise ValueError(f"{where}.kinds: duplicate PE kind in {kinds!r}")
        code = _text(d["code"], f"{where}.code")
        nl = _text(d["nl"], f"{where}.nl")
        en = _text(d["en"], f"{where}.en")
        min_minutes = _count(d.get("min_minutes", 0), f"{where}.min_minutes")
        min_sessions = _count(d.get("min_sessions", 0), f"{where}.min_sessions")
        cap = d.get("yearly_cap_minutes")
        yearly_cap = None if cap is None else _int(cap, f"{where}.yearly_cap_minutes")
        try:
            return cls(code, nl, en, frozenset(kinds), min_minutes, min_sessions, yearly_cap)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None


@dataclass(frozen=True, slots=True)
class RuleSet:
    """A continuing-education scheme: its period and its requirements."""

    code: str
    nl: str
    en: str
    period: Period
    #: Length of a cycle in years; always 1 for ``"year"`` rule sets.
    cycle_years: int
    requirements: tuple[Requirement, ...]
    #: Minimum over the whole period of all activities together (after caps), e.g. 72 h.
    total_min_minutes: int = 0
    _by_code: dict[str, Requirement] = field(init=False, repr=False, compare=False)
    _by_kind: dict[str, Requirement] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "requirements", tuple(self.requirements))
        where = f"rule set {self.code!r}"
        _check_text(self.code, f"{where}: code")
        _check_text(self.nl, f"{where}: nl")
        _check_text(self.en, f"{where}: en")
        if self.period not in PERIODS:
            raise ValueError(f"{where}: period must be one of {PERIODS}, got {self.period!r}")
        if not _is_int(self.cycle_years) or self.cycle_years < 1:
            raise ValueError(
                f"{where}: cycle_years must be a whole number of at least 1, "
                f"got {self.cycle_years!r}"
            )
        if self.period == "year" and self.cycle_years != 1:
            raise ValueError(
                f"{where}: a yearly rule set has cycle_years 1, got {self.cycle_years}"
            )
        _check_count(self.total_min_minutes, f"{where}: total_min_minutes")
        by_code: dict[str, Requirement] = {}
        by_kind: dict[str, Requirement] = {}
        for req in self.requirements:
            if not isinstance(req, Requirement):
                raise ValueError(f"{where}: expected a Requirement, got {req!r}")
            if req.code in by_code:
                raise ValueError(f"{where}: duplicate requirement code {req.code!r}")
            by_code[req.code] = req
            for kind in sorted(req.kinds):
                if kind in by_kind:
                    raise ValueError(
                        f"{where}: PE kind {kind!r} belongs to both requirement "
                        f"{by_kind[kind].code!r} and {req.code!r}; a kind may count "
                        "towards one requirement only"
                    )
                by_kind[kind] = req
        if not self.requirements and self.total_min_minutes == 0:
            raise ValueError(f"{where}: needs at least one requirement or a total minimum")
        object.__setattr__(self, "_by_code", by_code)
        object.__setattr__(self, "_by_kind", by_kind)

    def label(self, lang: Lang = "nl") -> str:
        return self.nl if lang == "nl" else self.en

    def requirement(self, code: str) -> Requirement:
        """The requirement with this code; `KeyError` when there is none."""
        return self._by_code[code]

    def requirement_for_kind(self, kind: str) -> Requirement | None:
        """The requirement a PE kind counts towards, or None (then it counts to the total only)."""
        return self._by_kind.get(kind)

    def to_dict(self) -> dict[str, object]:
        """A JSON-compatible dict (only str, int, None, lists and dicts)."""
        return {
            "format": FORMAT_VERSION,
            "code": self.code,
            "nl": self.nl,
            "en": self.en,
            "period": self.period,
            "cycle_years": self.cycle_years,
            "total_min_minutes": self.total_min_minutes,
            "requirements": [r.to_dict() for r in self.requirements],
        }

    @classmethod
    def from_dict(cls, data: object) -> RuleSet:
        """Rebuild a rule set from `to_dict` output (e.g. after a JSON round trip).

        Validates everything and raises `ValueError` naming the offending field. Optional keys:
        ``format`` (default the current version), ``cycle_years`` (default 1),
        ``total_min_minutes`` (default 0); in a requirement ``min_minutes``, ``min_sessions``
        (default 0) and ``yearly_cap_minutes`` (default null). Unknown keys are rejected.
        """
        d = _mapping(data, "rule set", required=_SET_REQUIRED, optional=_SET_OPTIONAL)
        fmt = d.get("format", FORMAT_VERSION)
        if fmt != FORMAT_VERSION or not _is_int(fmt):
            raise ValueError(f"rule set: unsupported format {fmt!r} (expected {FORMAT_VERSION})")
        period = d["period"]
        if period not in PERIODS:
            raise ValueError(f"rule set.period: must be one of {PERIODS}, got {period!r}")
        reqs = d["requirements"]
        if not isinstance(reqs, list | tuple):
            raise ValueError(f"rule set.requirements: expected a list, got {reqs!r}")
        requirements = tuple(
            Requirement.from_dict(r, f"rule set.requirements[{i}]") for i, r in enumerate(reqs)
        )
        code = _text(d["code"], "rule set.code")
        nl = _text(d["nl"], "rule set.nl")
        en = _text(d["en"], "rule set.en")
        cycle_years = _int(d.get("cycle_years", 1), "rule set.cycle_years")
        total = _count(d.get("total_min_minutes", 0), "rule set.total_min_minutes")
        return cls(
            code=code,
            nl=nl,
            en=en,
            period="year" if period == "year" else "cycle",
            cycle_years=cycle_years,
            requirements=requirements,
            total_min_minutes=total,
        )


_REQ_REQUIRED = frozenset({"code", "nl", "en", "kinds"})
_REQ_OPTIONAL = frozenset({"min_minutes", "min_sessions", "yearly_cap_minutes"})
_SET_REQUIRED = frozenset({"code", "nl", "en", "period", "requirements"})
_SET_OPTIONAL = frozenset({"format", "cycle_years", "total_min_minutes"})


# --------------------------------------------------------------------------------------------
# Presets

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


# --------------------------------------------------------------------------------------------
# Periods


def anniversary(start: date, years: int) -> date:
    """`start` moved `years` calendar years on; 29 February becomes 1 March in a non-leap year."""
    year = start.year + years
    if start.month == 2 and start.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return date(year, start.month, start.day)


def period_bounds(rule_set: RuleSet, cycle_start: date, on: date) -> tuple[date, date]:
    """The period of `rule_set` that contains `on`, as (first day, last day), both inclusive.

    Yearly rule sets: the calendar year of `on` (`cycle_start` is ignored). Cycle rule sets: the
    cycle (see the module docstring) that contains `on`; the first cycle when `on` lies before
    `cycle_start`.
    """
    if rule_set.period == "year":
        return date(on.year, 1, 1), date(on.year, 12, 31)
    n = rule_set.cycle_years
    k = max(0, (on.year - cycle_start.year) // n)
    while k > 0 and anniversary(cycle_start, k * n) > on:
        k -= 1
    start = anniversary(cycle_start, k * n)
    end = date.fromordinal(anniversary(cycle_start, (k + 1) * n).toordinal() - 1)
    return start, end


# --------------------------------------------------------------------------------------------
# Evaluation


@dataclass(frozen=True, slots=True)
class YearTally:
    """Minutes of one requirement in one calendar year of the period."""

    year: int
    logged_minutes: int
    counted_minutes: int


@dataclass(frozen=True, slots=True)
class RequirementProgress:
    code: str
    nl: str
    en: str
    #: Minutes that count, after yearly caps.
    counted_minutes: int
    #: Minutes logged in the period, before caps.
    logged_minutes: int
    #: Number of activities in the period.
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
    #: Not met, and fewer minutes or sessions than expected by now.
    behind: bool
    #: Per calendar year with activity in the period, ascending.
    by_year: tuple[YearTally, ...]

    def label(self, lang: Lang = "nl") -> str:
        return self.nl if lang == "nl" else self.en

    @property
    def capped_minutes(self) -> int:
        """Minutes logged that did not count because of the yearly cap."""
        return self.logged_minutes - self.counted_minutes


@dataclass(frozen=True, slots=True)
class Evaluation:
    rule_set: RuleSet
    period_start: date
    period_end: date
    today: date
    #: Share of the period's days before `today`: 0 on (or before) the first day, 1 after the last.
    elapsed_fraction: float
    requirements: tuple[RequirementProgress, ...]
    #: Minutes that count towards the total, after caps (including kinds outside requirements).
    total_counted_minutes: int
    #: Minutes logged in the period, before caps.
    total_logged_minutes: int
    #: Minutes of kinds that belong to no requirement (they count to the total only).
    other_minutes: int
    total_min_minutes: int
    total_missing_minutes: int
    total_expected_minutes_by_now: int
    #: Every requirement met and the total reached.
    complete: bool
    #: Not complete, and some requirement or the total lags behind the pro-rata expectation.
    behind: bool

    def progress(self, code: str) -> RequirementProgress:
        """The progress of the requirement with this code; `KeyError` when there is none."""
        for p in self.requirements:
            if p.code == code:
                return p
        raise KeyError(code)


def evaluate(
    rule_set: RuleSet,
    records: Iterable[PeRecord],
    *,
    cycle_start: date,
    today: date,
    on: date | None = None,
) -> Evaluation:
    """Progress of `records` against `rule_set` in the period that contains `on` (default `today`).

    Pass `on` to evaluate another period than the current one, e.g. last year for an annual
    report; `today` then still decides how much of that period has passed. Records outside the
    period are ignored. Raises `ValueError` for a record with non-positive minutes.
    """
    start, end = period_bounds(rule_set, cycle_start, today if on is None else on)
    total_days = end.toordinal() - start.toordinal() + 1
    days_passed = min(max(today.toordinal() - start.toordinal(), 0), total_days)

    logged: dict[str, dict[int, int]] = {r.code: {} for r in rule_set.requirements}
    sessions: dict[str, int] = dict.fromkeys(logged, 0)
    other = 0
    for rec in records:
        if not _is_int(rec.minutes) or rec.minutes <= 0:
            raise ValueError(
                f"PE record on {rec.on}: minutes must be positive, got {rec.minutes!r}"
            )
        if not start <= rec.on <= end:
            continue
        req = rule_set.requirement_for_kind(rec.kind)
        if req is None:
            other += rec.minutes
            continue
        per_year = logged[req.code]
        per_year[rec.on.year] = per_year.get(rec.on.year, 0) + rec.minutes
        sessions[req.code] += 1

    progress: list[RequirementProgress] = []
    for req in rule_set.requirements:
        cap = req.yearly_cap_minutes
        by_year = tuple(
            YearTally(y, m, m if cap is None else min(m, cap))
            for y, m in sorted(logged[req.code].items())
        )
        counted = sum(t.counted_minutes for t in by_year)
        n = sessions[req.code]
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
                behind=not met and (counted < exp_min or n < exp_ses),
                by_year=by_year,
            )
        )

    total_counted = sum(p.counted_minutes for p in progress) + other
    total_logged = sum(p.logged_minutes for p in progress) + other
    total_min = rule_set.total_min_minutes
    total_expected = total_min * days_passed // total_days
    total_met = total_counted >= total_min
    complete = total_met and all(p.met for p in progress)
    behind = not complete and (
        any(p.behind for p in progress) or (not total_met and total_counted < total_expected)
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
    )


# --------------------------------------------------------------------------------------------
# Formatting


def hours_label(minutes: int, lang: Lang = "nl") -> str:
    """Minutes as hours with a decimal fraction: Dutch "8 u", "8,25 u", "0,5 u"; English "8.25 h".

    Hours are logged in quarters, so two decimals at most are exact; other minutes round half up
    to hundredths of an hour ("0,17 u" for 10 minutes). Negative values get a minus sign.
    """
    sign = "-" if minutes < 0 else ""
    hundredths = (abs(minutes) * 100 + 30) // 60
    whole, frac = divmod(hundredths, 100)
    sep, unit = (",", "u") if lang == "nl" else (".", "h")
    text = str(whole) if frac == 0 else f"{whole}{sep}{frac:02d}".rstrip("0")
    return f"{sign}{text} {unit}"
