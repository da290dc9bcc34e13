"""The protected figures of one report (`ProtectedYear`), and the small rules the protection
steps share: weights, what a reader knows of a breakdown figure, which relations hold."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from vp_desktop.domain import vocab
from vp_desktop.domain.disclosure.model import Cell, Relation, Role, at_most
from vp_desktop.domain.disclosure.model import equal as equals
from vp_desktop.services.annual_report.issued import IssuedFigures
from vp_desktop.services.annual_report.known import Knowledge, cell_id, issued_years

TREND_YEARS = 5
SMALL_YEAR_FACTOR = 3  # a year with fewer than 3k cases is small for attribute disclosure
SENSITIVE = frozenset({"relation", "melder_role", "gender", "age_band"})
OMITTED_MARKER = "–"
KEY_WEIGHTS = {"handled": 1000.0, "new": 8.0, "closed": 8.0, "carried_over": 5.0,
                "open_at_year_end": 5.0}  # fmt: skip
TREND_WEIGHTS = {"handled": 6.0, "new": 3.0}
TRACK_OTHER = {"unwanted_behaviour": "other_unwanted", "integrity": "other_integrity",
                "outside_scope": "other_outside"}  # fmt: skip


def others_of(key: str, vocabulary: vocab.Vocabulary) -> dict[str, list[str]]:
    """The "other" row a breakdown's rare figures may be merged into, if it has one."""
    if key in SENSITIVE - {"melder_role"} or "other" not in vocabulary:
        return {}
    return {"other": list(vocabulary.codes)}


@dataclass(frozen=True, slots=True)
class Shown:
    """A figure as printed: ``value`` None when hidden."""

    value: int | None
    display: str


@dataclass(slots=True)
class ProtectedYear:
    """The protected figures of one report: by cell id, plus what was left out."""

    year: int
    k: int
    below_threshold: bool
    trend_years: list[int]
    figures: dict[str, Shown] = field(default_factory=dict)
    breakdowns: dict[str, list[str]] = field(default_factory=dict)  # table key -> codes
    withheld: list[str] = field(default_factory=list)  # table keys
    omitted_pairs: set[str] = field(default_factory=set)  # "intake", "closure"
    # table key -> "other" code -> the codes whose rare figures it holds
    merged: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # table key -> group code -> its codes, for a breakdown printed in groups of codes
    grouped: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    solve_seconds: float = 0.0

    def copy(self) -> ProtectedYear:
        """A copy a protection step can change without touching this one (figures are frozen;
        the step replaces or extends the containers, one level deep)."""
        return replace(
            self,
            trend_years=list(self.trend_years),
            figures=dict(self.figures),
            breakdowns={k: list(v) for k, v in self.breakdowns.items()},
            withheld=list(self.withheld),
            omitted_pairs=set(self.omitted_pairs),
            merged={k: dict(v) for k, v in self.merged.items()},
            grouped=dict(self.grouped),
        )

    def figure(self, year: int, table: str, code: str) -> Shown:
        return self.figures[cell_id(year, table, code)]


def model_years(year: int, first_year: int | None, issues: list[IssuedFigures]) -> list[int]:
    """The years whose key figures take part: the trend window and what issued reports cover."""
    if first_year is None or first_year > year:
        return [year]
    window = set(range(max(first_year, year - TREND_YEARS + 1), year + 1))
    return sorted(window | {y for y in issued_years(issues) if y >= first_year})


def trend_window(year: int, first_year: int | None) -> list[int]:
    if first_year is None or first_year > year:
        return [year]
    return list(range(max(first_year, year - TREND_YEARS + 1), year + 1))


def weight_of(value: int, handled: int) -> float:
    """Hiding a breakdown figure costs about one cell; a larger figure a little more."""
    return 1.0 + value / (handled + 1)


def breakdown_cell(cid: str, value: int, known: Knowledge | None, weight: float) -> Cell:
    """A breakdown figure; one published before (and still true) is what the reader knows."""
    if known is None:
        return Cell(cid, value, weight=weight)
    if known.exact is not None:
        return Cell(cid, value, Role.KNOWN)
    return Cell(cid, value, Role.KNOWN_HIDDEN, lo=known.lo, hi=known.hi)


def holding(relations: Iterable[Relation], values: dict[str, int]) -> list[Relation]:
    """The relations that are true of this data: a reader is assumed to know each of them."""
    return [r for r in relations if r.holds(values)]


def sum_to(parts: Sequence[str], whole: str, values: dict[str, int]) -> Relation:
    """Parts add up to the whole when every case has a value, else to at most the whole."""
    exact = equals(whole, parts)
    return exact if exact.holds(values) else at_most(parts, whole)
