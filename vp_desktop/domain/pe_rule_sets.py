"""Continuing-education rule sets as data: a `RuleSet` with its `Requirement`s, validated on
construction, and their JSON layout (`RuleSet.to_dict` / `RuleSet.from_dict`) for the vault
settings. The presets are in `pe_presets`; evaluation is in `pe_rules`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

from vp_desktop.domain.vocab import PE_KINDS, Lang

Period = Literal["year", "cycle"]
PERIODS: tuple[Period, ...] = get_args(Period)

#: What a yearly cap applies to: each year counted from the cycle start, or each calendar year.
CapYear = Literal["cycle_year", "calendar_year"]
CAP_YEARS: tuple[CapYear, ...] = get_args(CapYear)

#: Version of the `RuleSet.to_dict` layout. Version 1 (before accreditation, the cap year and
#: the session minimum were part of a rule set) still loads, with the defaults for those.
FORMAT_VERSION = 2
_FORMATS = (1, 2)

#: An activity counts as a session when it lasts at least this long, unless the rule set says.
DEFAULT_MIN_SESSION_MINUTES = 60


# --------------------------------------------------------------------------------------------
# Validation helpers


def is_whole_number(value: object) -> bool:
    """An int that is not a bool (JSON and Python both let True pass as 1)."""
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
    #: At most this many minutes count per year within the period (a cycle year or a calendar
    #: year, as `RuleSet.cap_year` says); None: no cap.
    yearly_cap_minutes: int | None = None
    #: Only accredited activities count (an accreditation number, or marked accredited).
    accredited_only: bool = False

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
        if cap is not None and (not is_whole_number(cap) or cap <= 0):
            raise ValueError(
                f"{where}: yearly_cap_minutes must be a positive whole number or null, got {cap!r}"
            )
        if not isinstance(self.accredited_only, bool):
            raise ValueError(f"{where}: accredited_only must be true or false")

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
            "accredited_only": self.accredited_only,
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
        accredited = d.get("accredited_only", False)
        if not isinstance(accredited, bool):
            raise ValueError(f"{where}.accredited_only: expected true or false, got {accredited!r}")
        try:
            return cls(
                code, nl, en, frozenset(kinds), min_minutes, min_sessions, yearly_cap, accredited
            )
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
    #: Yearly caps apply per year of the cycle (from its start date) or per calendar year.
    cap_year: CapYear = "cycle_year"
    #: An activity shorter than this does not count as a session (its hours still count).
    min_session_minutes: int = DEFAULT_MIN_SESSION_MINUTES
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
        if not is_whole_number(self.cycle_years) or self.cycle_years < 1:
            raise ValueError(
                f"{where}: cycle_years must be a whole number of at least 1, "
                f"got {self.cycle_years!r}"
            )
        if self.period == "year" and self.cycle_years != 1:
            raise ValueError(
                f"{where}: a yearly rule set has cycle_years 1, got {self.cycle_years}"
            )
        _check_count(self.total_min_minutes, f"{where}: total_min_minutes")
        if self.cap_year not in CAP_YEARS:
            raise ValueError(f"{where}: cap_year must be one of {CAP_YEARS}, got {self.cap_year!r}")
        if not is_whole_number(self.min_session_minutes) or self.min_session_minutes < 1:
            raise ValueError(
                f"{where}: min_session_minutes must be a whole number of at least 1, "
                f"got {self.min_session_minutes!r}"
            )
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
            "cap_year": self.cap_year,
            "min_session_minutes": self.min_session_minutes,
            "requirements": [r.to_dict() for r in self.requirements],
        }

    @classmethod
    def from_dict(cls, data: object) -> RuleSet:
        """Rebuild a rule set from `to_dict` output (e.g. after a JSON round trip).

        Validates everything and raises `ValueError` naming the offending field. Optional keys:
        ``format`` (default the current version), ``cycle_years`` (default 1),
        ``total_min_minutes`` (default 0), ``cap_year`` (default ``"cycle_year"``),
        ``min_session_minutes`` (default 60); in a requirement ``min_minutes``, ``min_sessions``
        (default 0), ``yearly_cap_minutes`` (default null) and ``accredited_only`` (default
        false). Unknown keys are rejected.
        """
        d = _mapping(data, "rule set", required=_SET_REQUIRED, optional=_SET_OPTIONAL)
        fmt = d.get("format", FORMAT_VERSION)
        if fmt not in _FORMATS or not is_whole_number(fmt):
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
        cap_year = d.get("cap_year", "cycle_year")
        if cap_year not in CAP_YEARS:
            raise ValueError(f"rule set.cap_year: must be one of {CAP_YEARS}, got {cap_year!r}")
        min_session = _int(
            d.get("min_session_minutes", DEFAULT_MIN_SESSION_MINUTES),
            "rule set.min_session_minutes",
        )
        return cls(
            code=code,
            nl=nl,
            en=en,
            period="year" if period == "year" else "cycle",
            cycle_years=cycle_years,
            requirements=requirements,
            total_min_minutes=total,
            cap_year="calendar_year" if cap_year == "calendar_year" else "cycle_year",
            min_session_minutes=min_session,
        )


_REQ_REQUIRED = frozenset({"code", "nl", "en", "kinds"})
_REQ_OPTIONAL = frozenset({"min_minutes", "min_sessions", "yearly_cap_minutes", "accredited_only"})
_SET_REQUIRED = frozenset({"code", "nl", "en", "period", "requirements"})
_SET_OPTIONAL = frozenset(
    {"format", "cycle_years", "total_min_minutes", "cap_year", "min_session_minutes"}
)
