"""What a client's readers already know: the figures of the reports issued to that client.

Each published figure is mapped to the cell it stands for (`cell_id`): the key figures and
breakdowns of the report's year, and the trend's new and handled of earlier years. A number
tells the reader the value; ``"<k"`` (with that report's k) the range 1..k-1; ``"x"`` k or more;
a dash nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from vp_desktop.domain.disclosure import SECONDARY_MARKER
from vp_desktop.services.annual_report.issued import IssuedFigures

KEY = "key"
KEY_FIGURES = ("handled", "new", "carried_over", "closed", "open_at_year_end")
_PRIMARY = re.compile(r"<(\d+)")


def cell_id(year: int, table: str, code: str) -> str:
    return f"{year}/{table}/{code}"


@dataclass(slots=True)
class Knowledge:
    """Everything published about one cell, merged: the reader's range and the last display."""

    lo: int = 0
    hi: int | None = None
    display: str = ""
    value: int | None = None  # as last published
    hidden_before: bool = False
    shown_values: set[int] = field(default_factory=set)

    @property
    def exact(self) -> int | None:
        return next(iter(self.shown_values)) if len(self.shown_values) == 1 else None

    def admits(self, value: int) -> bool:
        """Whether the true value is what was published (the data did not change since)."""
        if self.shown_values:
            return self.shown_values == {value}
        return self.lo <= value and (self.hi is None or value <= self.hi)

    def learn(self, value: int | None, display: str, k: int) -> None:
        self.display, self.value = display, value
        if value is not None:
            self.shown_values.add(value)
            return
        self.hidden_before = True
        primary = _PRIMARY.fullmatch(display)
        if primary:
            lo, hi = 1, int(primary.group(1)) - 1
        elif display == SECONDARY_MARKER:
            lo, hi = k, None
        else:
            return  # left out: tells nothing
        self.lo = max(self.lo, lo)
        self.hi = hi if self.hi is None else (self.hi if hi is None else min(self.hi, hi))


def _cells_of(issue: IssuedFigures) -> list[tuple[str, int | None, str]]:
    out: list[tuple[str, int | None, str]] = []
    year = issue.year
    for f in issue.figures:
        if f.table == "total_cases":
            out.append((cell_id(year, KEY, "handled"), f.value, f.display))
        elif f.table in ("intake", "closure"):
            out.append((cell_id(year, KEY, f.code), f.value, f.display))
        elif f.table in ("trend_new", "trend_handled"):
            code = "new" if f.table == "trend_new" else "handled"
            out.append((cell_id(int(f.code), KEY, code), f.value, f.display))
        else:
            out.append((cell_id(year, f.table, f.code), f.value, f.display))
    return out


def version_id(cid: str, index: int) -> str:
    """The id of a key figure as an earlier issue (number `index`) of its year printed it."""
    year, rest = cid.split("/", 1)
    return f"{year}@{index}/{rest}"


def knowledge(issues: list[IssuedFigures], stale: Collection[int] = ()) -> dict[str, Knowledge]:
    """Per cell id, what the issued reports (oldest first) together tell a reader.

    `stale` are issues whose year's key figures have changed since: a key figure of such a year,
    printed while that issue was the year's latest, belongs to that version (`version_id`).
    """
    known: dict[str, Knowledge] = {}
    latest: dict[int, int] = {}  # year -> index of its latest issue so far
    for index, issue in enumerate(issues):
        latest[issue.year] = index
        for cid, value, display in _cells_of(issue):
            year = int(cid.split("/", 1)[0])
            version = latest.get(year)
            if cid.split("/")[1] == KEY and version in stale and version is not None:
                cid = version_id(cid, version)
            known.setdefault(cid, Knowledge()).learn(value, display, issue.threshold)
    return known


def issued_years(issues: list[IssuedFigures]) -> set[int]:
    """Every year some issued report says something about."""
    return {int(cid.split("/", 1)[0]) for issue in issues for cid, _, _ in _cells_of(issue)}
