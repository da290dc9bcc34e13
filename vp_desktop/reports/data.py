"""The annual report as data: what `aggregate` produces and `pdf`/`formats` render.

By construction these objects hold only counts, minutes, dates, vocabulary labels, the client's
and adviser's own particulars and the adviser's own report texts. Every table label and title
must be a label of a vocabulary or of the report's own wording (checked on creation), and every
display must be the figure itself or a suppression marker, so no field can carry a case's free
text. Figures arrive here already protected by `vp_desktop.domain.disclosure`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from vp_desktop.domain import vocab
from vp_desktop.domain.disclosure import SECONDARY_MARKER, ProtectedCell, ProtectedTable
from vp_desktop.domain.hours import hours_label
from vp_desktop.domain.report_groups import GROUP_LABELS
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports import wording
from vp_desktop.reports.plan_data import PlanReport

Unit = Literal["count", "minutes"]

_PRIMARY_MARKER = re.compile(r"<(?:[3-9]|10)")
_YEAR = re.compile(r"\d{4}")


@cache
def _known_labels() -> frozenset[str]:
    labels: set[str] = set()
    for vocabulary in (*vocab.ALL.values(), *GROUP_LABELS.values()):
        labels.update((vocabulary.nl, vocabulary.en))
        for term in vocabulary:
            labels.update((term.nl, term.en))
    for key, pair in wording.TEXTS.items():
        if "{" not in pair[0] and not key.startswith(("method", "no_", "cover_confidential")):
            labels.update(pair)
    return frozenset(labels)


def check_label(label: str) -> str:
    """`label` when it is a vocabulary or report label (or a year), else `ValueError`."""
    if label in _known_labels() or _YEAR.fullmatch(label):
        return label
    raise ValueError(f"not a report label: {label[:20]!r}")


#: Display of a figure left out of the report (a key-figure pair that cannot be shown safely).
OMITTED_MARKER = "–"


def _is_hidden_display(display: str) -> bool:
    return (
        display in (SECONDARY_MARKER, OMITTED_MARKER)
        or _PRIMARY_MARKER.fullmatch(display) is not None
    )


def _check_figure(value: int | None, display: str, unit: Unit) -> None:
    if value is None:
        if not _is_hidden_display(display):
            raise ValueError(f"a hidden figure must show a marker, not {display[:20]!r}")
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"a figure must be a count of at least 0, not {value!r}")
    allowed = (
        {str(value)} if unit == "count" else {hours_label(value, "nl"), hours_label(value, "en")}
    )
    if display not in allowed:
        raise ValueError(f"display {display[:20]!r} does not match the figure {value}")


@dataclass(frozen=True, slots=True)
class Figure:
    """One protected figure: ``value`` is None exactly when it is hidden ("<k" or "x")."""

    value: int | None
    display: str

    def __post_init__(self) -> None:
        _check_figure(self.value, self.display, "count")

    @property
    def hidden(self) -> bool:
        return self.value is None

    @classmethod
    def of(cls, cell: ProtectedCell) -> Figure:
        return cls(cell.value, cell.display)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a table: a code, its label and a protected figure (count or minutes)."""

    code: str
    label: str
    value: int | None
    display: str
    unit: Unit = "count"

    def __post_init__(self) -> None:
        check_label(self.label)
        _check_figure(self.value, self.display, self.unit)

    @property
    def hidden(self) -> bool:
        return self.value is None

    @classmethod
    def of(cls, cell: ProtectedCell, label: str) -> Row:
        return cls(cell.code, label, cell.value, cell.display)

    @classmethod
    def minutes(cls, code: str, label: str, minutes: int, lang: Lang) -> Row:
        return cls(code, label, minutes, hours_label(minutes, lang), "minutes")


@dataclass(frozen=True, slots=True)
class Table:
    """A titled list of rows. ``additive``: one value per case, so the rows add up to at most
    the total; a multi-valued breakdown (a case in several rows) is not additive."""

    key: str
    title: str
    rows: tuple[Row, ...]
    additive: bool = True
    # Rare figures printed together in an "other" row: (row code, codes merged into it).
    merged: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Rows that are groups of codes (a coarser layout): (row code, the codes it counts).
    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __post_init__(self) -> None:
        check_label(self.title)

    def row(self, code: str) -> Row:
        for r in self.rows:
            if r.code == code:
                return r
        raise KeyError(code)

    @property
    def has_hidden(self) -> bool:
        return any(r.hidden for r in self.rows)


def table_of(
    key: str,
    title: str,
    protected: ProtectedTable,
    labels: dict[str, str],
    *,
    additive: bool,
) -> Table:
    """A report table from a protected breakdown; `labels` maps each code to its label."""
    rows = tuple(Row.of(cell, labels[cell.code]) for cell in protected.cells)
    return Table(key, title, rows, additive)


@dataclass(frozen=True, slots=True)
class TrendYear:
    year: int
    new: Figure
    handled: Figure


@dataclass(frozen=True, slots=True)
class ActivityLine:
    """One client activity: its kind, date and time. Its description is never part of a report."""

    kind: str
    label: str
    on: dt.date
    minutes: int

    def __post_init__(self) -> None:
        check_label(self.label)


@dataclass(frozen=True, slots=True)
class RequirementLine:
    """Progress on one requirement of a professional-development rule set, as of the report
    period's end. Statuses are `pe_rules.Status` values: met, not_met, behind, open."""

    label: str
    counted_minutes: int
    min_minutes: int
    sessions: int
    min_sessions: int
    met: bool
    hours_status: str = "open"
    sessions_status: str = "open"
    #: Minutes that did not count because of the yearly cap, and that cap (None: no cap).
    capped_minutes: int = 0
    yearly_cap_minutes: int | None = None
    #: Minutes that did not count because the requirement asks for accredited activities.
    unaccredited_minutes: int = 0


@dataclass(frozen=True, slots=True)
class RuleSetProgress:
    label: str
    period_start: dt.date
    period_end: dt.date
    requirements: tuple[RequirementLine, ...]
    total_counted_minutes: int
    total_min_minutes: int
    complete: bool
    #: The total line's status: met only when every requirement is met too.
    total_status: str = "open"
    #: The figures hold as of this date (the report year's end, or today while it runs).
    as_of: dt.date | None = None
    #: "cycle_year" or "calendar_year": what a yearly cap applies to.
    cap_year: str = "cycle_year"
    #: An activity counts as a session from this many minutes.
    min_session_minutes: int = 60


@dataclass(frozen=True, slots=True)
class ClientPeNorm:
    """The client organisation's own development norm for the report year, and the standing."""

    min_minutes: int | None
    min_sessions: int | None
    counted_minutes: int
    sessions: int
    met: bool
    #: The year is over on the report date: not met is final.
    finished: bool = False


@dataclass(frozen=True, slots=True)
class ProfessionalDevelopment:
    """The adviser's own development in the report year: hours and sessions, never themes."""

    hours: Table  # minutes per kind of development
    intervision_sessions: int
    rule_sets: tuple[RuleSetProgress, ...]
    client_norm: ClientPeNorm | None = None

    @property
    def total_minutes(self) -> int:
        return sum(r.value or 0 for r in self.hours.rows)


@dataclass(frozen=True, slots=True)
class Adviser:
    name: str
    registration_number: str
    practice_name: str
    email: str
    phone: str


@dataclass(frozen=True, slots=True)
class ClientInfo:
    code: str
    name: str
    sector: str | None  # vocabulary label
    size_band: str | None  # vocabulary label
    roles: tuple[str, ...]  # vocabulary labels of the adviser's roles there

    def __post_init__(self) -> None:
        for label in (self.sector, self.size_band, *self.roles):
            if label is not None:
                check_label(label)


@dataclass(frozen=True, slots=True)
class ExtraSection:
    """A further section of the report (a feature of its own adds it), printed after the
    signals: a heading, the adviser's paragraphs and protected tables."""

    key: str
    title: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True, slots=True)
class AnnualReport:
    """One client's anonymised annual report for one calendar year, ready to render."""

    lang: Lang
    client: ClientInfo
    year: int
    threshold: int
    generated_on: dt.date
    adviser: Adviser
    introduction: str  # the adviser's own text
    signals: str  # the adviser's own text
    total_cases: Figure  # cases handled in the year: the client-year total
    below_threshold: bool  # fewer than k cases: no intake, closure or breakdowns
    time: Table  # contacts (when not below the threshold) and hours
    intake: Table | None  # new and carried over; None when it cannot be shown safely
    closure: Table | None  # closed and open at year end; None likewise
    breakdowns: tuple[Table, ...]  # in the order of the domain description
    withheld: tuple[str, ...]  # titles of breakdowns left out to protect small numbers
    trend: tuple[TrendYear, ...]
    activities: tuple[ActivityLine, ...]
    activity_kinds: Table  # number of activities per kind
    development: ProfessionalDevelopment
    # Signals feature: plan against realisation and the advice by theme (None: not shown).
    plan: PlanReport | None = None
    extra_sections: tuple[ExtraSection, ...] = ()
    demo: bool = False  # made from the fictional demo practice: every page says so

    @property
    def title(self) -> str:
        return f"{wording.text('report_title', self.lang)} {self.year} – {self.client.name}"
