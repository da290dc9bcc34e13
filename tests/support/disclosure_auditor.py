"""An exact reader of everything a client has received, independent of the suppression code.

It sees only the published reports (the json of `report_dict`, in the order they were issued)
and what any reader knows about how the figures hang together; it builds its own integer
program (HiGHS through scipy) and, for every hidden or unpublished figure, works out what values
stay possible. It shares no code with `vp_desktop.domain.disclosure` or the services that use it.

The reader knows: handled = new + carried over = closed + open at year end; carried over of Y+1
is open at the end of Y; no cases before the first year a trend shows (when the trend is shorter
than five years); tracks add up to handled; each category is at most its track and a track's
categories together at least the track; tables named `complete` add up to handled (outcome: to
closed), others to at most that; multi-valued tables are each at most handled; a row that is a
group of codes (the json's "groups") is the sum of its codes, or for a multi-valued table at
least each of them and at most their sum; a "<k" figure is
1..k-1 and "x" k or more, with the k of the report that printed it. A year published twice (a
re-issue) is two versions, the later one only adding cases: every figure grows by 0 up to the
growth of handled.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from vp_desktop.domain import vocab

BIG = 100_000
SENSITIVE = ("relation", "melder_role", "gender", "age_band")
SINGLE = ("track", "relation", "melder_role", "gender", "age_band", "came_in_via", "outcome")
MULTI = ("category", "support", "referral")
KEYS = ("handled", "new", "carried_over", "closed", "open_at_year_end")
_LT = re.compile(r"<(\d+)")


@dataclass(frozen=True)
class Violation:
    report: int
    cell: tuple[int, str, str]
    display: str
    problem: str


class Auditor:
    def __init__(
        self, reports: list[dict[str, Any]], complete: set[str], *, every_value: bool = False
    ) -> None:
        """`every_value`: check each value of a "<k" range, not only its ends (slower)."""
        self.reports = reports
        self.every_value = every_value
        self._cached: np.ndarray | None = None
        self.checked = 0  # hidden or unpublished figures looked at by the last `check`
        self.complete = complete
        self.var: dict[tuple[int, int, str, str], int] = {}  # (year, version, table, code)
        self.lo: list[float] = []
        self.hi: list[float] = []
        self.rows: list[tuple[dict[int, float], float, float]] = []
        self.published: list[tuple[int, tuple[int, int, str, str], str, int]] = []
        self._build()

    # -- model ---------------------------------------------------------------------------

    def v(self, year: int, version: int, table: str, code: str) -> int:
        key = (year, version, table, code)
        if key not in self.var:
            self.var[key] = len(self.lo)
            self.lo.append(0)
            self.hi.append(BIG)
        return self.var[key]

    def row(self, terms: dict[int, float], lo: float, hi: float) -> None:
        self.rows.append((terms, lo, hi))

    def _version(self, year: int, upto: int) -> int:
        return sum(1 for r in self.reports[: upto + 1] if r["year"] == year)

    def _build(self) -> None:
        versions: dict[int, set[int]] = defaultdict(set)
        for index, report in enumerate(self.reports):
            k, year = report["threshold"], report["year"]
            cells: list[tuple[int, str, str, int | None, str]] = [
                (year, "key", "handled", report["total_cases"]["value"],
                 report["total_cases"]["display"])
            ]  # fmt: skip
            trend_years: list[int] = []
            for table in report["tables"]:
                key = table["key"]
                for r in table["rows"]:
                    if key in ("intake", "closure"):
                        cells.append((year, "key", r["code"], r["value"], r["display"]))
                    elif key in ("trend_new", "trend_handled"):
                        code = "new" if key == "trend_new" else "handled"
                        cells.append((int(r["code"]), "key", code, r["value"], r["display"]))
                        trend_years.append(int(r["code"]))
                    elif key in SINGLE or key in MULTI:
                        # A row holding merged rare figures is their sum with its own.
                        code = (
                            r["code"] + "*" if r["code"] in table.get("merged", {}) else r["code"]
                        )
                        cells.append((year, key, code, r["value"], r["display"]))
            for y, table, code, value, display in cells:
                version = self._version(y, index)
                versions[y].add(version)
                col = self.v(y, version, table, code)
                self.published.append((index, (y, version, table, code), display, k))
                if value is not None:
                    self.lo[col] = max(self.lo[col], value)
                    self.hi[col] = min(self.hi[col], value)
                elif (m := _LT.fullmatch(display)) is not None:
                    self.lo[col] = max(self.lo[col], 1)
                    self.hi[col] = min(self.hi[col], int(m.group(1)) - 1)
                elif display == "x":
                    self.lo[col] = max(self.lo[col], k)
            self._tables(report, index)
            self._merges(report, index)
            self._groups(report, index)
            if trend_years and len(set(trend_years)) < 5:
                first = min(trend_years)
                col = self.v(first, self._version(first, index), "key", "carried_over")
                self.hi[col] = 0
        for y, seen in versions.items():
            for version in seen:
                ids = {c: self.v(y, version, "key", c) for c in KEYS}
                self.row({ids["handled"]: 1, ids["new"]: -1, ids["carried_over"]: -1}, 0, 0)
                self.row({ids["handled"]: 1, ids["closed"]: -1, ids["open_at_year_end"]: -1}, 0, 0)
            ordered = sorted(seen)
            for older, newer in zip(ordered, ordered[1:], strict=False):
                self._growth(y, older, newer)
        for index, _report in enumerate(self.reports):
            for y in versions:
                later, earlier = self._version(y + 1, index), self._version(y, index)
                if y + 1 in versions and later and earlier:
                    this = self.v(y + 1, later, "key", "carried_over")
                    prev = self.v(y, earlier, "key", "open_at_year_end")
                    self.row({this: 1, prev: -1}, 0, 0)

    def _growth(self, year: int, older: int, newer: int) -> None:
        grow = {
            self.v(year, newer, "key", "handled"): 1.0,
            self.v(year, older, "key", "handled"): -1.0,
        }
        for (y, version, table, code), col in list(self.var.items()):
            if y != year or version != newer:
                continue
            old = self.v(year, older, table, code)
            self.row({col: 1, old: -1}, 0, np.inf)
            terms = {col: 1.0, old: -1.0}
            for g, c in grow.items():
                terms[g] = terms.get(g, 0.0) - c
            self.row(terms, -np.inf, 0)

    def _merges(self, report: dict[str, Any], index: int) -> None:
        year, k = report["year"], report["threshold"]
        version = self._version(year, index)
        for table in report["tables"]:
            for into, codes in table.get("merged", {}).items():
                total = self.v(year, version, table["key"], into + "*")
                parts = [self.v(year, version, table["key"], c) for c in [into, *codes]]
                for col in parts[1:]:  # each merged figure is 1..k-1
                    self.lo[col], self.hi[col] = max(self.lo[col], 1), min(self.hi[col], k - 1)
                    self.published.append(
                        (index, (year, version, table["key"], self._code(col)), f"<{k}", k)
                    )
                terms = {total: 1.0, **{col: -1.0 for col in parts}}
                self.row(terms, 0, 0)

    def _groups(self, report: dict[str, Any], index: int) -> None:
        """A row that is a group of codes counts its codes' cases: the sum of a single-valued
        table's codes; for a multi-valued one at least each code and at most their sum. The
        codes' own figures are then unpublished figures the reader may try to work out."""
        year = report["year"]
        version = self._version(year, index)
        handled = self.v(year, version, "key", "handled")
        for table in report["tables"]:
            key = table["key"]
            for group, codes in table.get("groups", {}).items():
                whole = self.v(year, version, key, group)
                parts = [self.v(year, version, key, c) for c in codes]
                if key in MULTI:
                    for part in parts:
                        self.row({whole: 1, part: -1}, 0, np.inf)
                        self.row({part: 1, handled: -1}, -np.inf, 0)
                    self.row({whole: 1, **{part: -1 for part in parts}}, -np.inf, 0)
                else:
                    self.row({whole: 1, **{part: -1 for part in parts}}, 0, 0)

    def _code(self, col: int) -> str:
        return next(key for key, c in self.var.items() if c == col)[3]

    def _tables(self, report: dict[str, Any], index: int) -> None:
        year = report["year"]
        version = self._version(year, index)
        keys = {
            t["key"]: [r["code"] for r in t["rows"]]
            + [c for codes in t.get("merged", {}).values() for c in codes]
            for t in report["tables"]
        }
        handled = self.v(year, version, "key", "handled")
        closed = self.v(year, version, "key", "closed")
        for key in SINGLE:
            if key not in keys:
                continue
            whole = closed if key == "outcome" else handled
            terms = {self.v(year, version, key, c): 1.0 for c in keys[key]}
            terms[whole] = -1.0
            exact = key in self.complete or key == "track"
            self.row(terms, 0 if exact else -np.inf, 0)
        for key in MULTI:
            for code in keys.get(key, []):
                self.row({self.v(year, version, key, code): 1, handled: -1}, -np.inf, 0)
        if "category" in keys and "track" in keys:
            for track in keys["track"]:
                own = [c for c in keys["category"] if vocab.CATEGORIES.term(c).track == track]
                t = self.v(year, version, "track", track)
                for c in own:
                    self.row({self.v(year, version, "category", c): 1, t: -1}, -np.inf, 0)
                if own:
                    terms = {self.v(year, version, "category", c): 1.0 for c in own}
                    terms[t] = -1.0
                    self.row(terms, 0, np.inf)

    # -- questions -----------------------------------------------------------------------

    def _matrix(self) -> np.ndarray:
        if self._cached is None or self._cached.shape != (len(self.rows), len(self.lo)):
            matrix = np.zeros((len(self.rows), len(self.lo)))
            for i, (terms, _, _) in enumerate(self.rows):
                for j, c in terms.items():
                    matrix[i, j] += c
            self._cached = matrix
        return self._cached

    def _solve(self, col: int, sign: float, fix: int | None = None) -> float | None:
        n = len(self.lo)
        matrix = self._matrix()
        lo, hi = np.array(self.lo, float), np.array(self.hi, float)
        if fix is not None:
            lo[col] = hi[col] = fix
        if np.any(lo > hi):
            return None
        c = np.zeros(n)
        c[col] = sign
        constraints = LinearConstraint(matrix, [r[1] for r in self.rows], [r[2] for r in self.rows])
        result = milp(c, integrality=np.ones(n), bounds=Bounds(lo, hi), constraints=constraints)
        return None if result.x is None else float(result.x[col])

    def range_of(self, col: int) -> tuple[int, int]:
        low, high = self._solve(col, 1.0), self._solve(col, -1.0)
        assert low is not None and high is not None, "the published reports contradict"
        return round(low), round(high)

    def check(self) -> list[Violation]:
        """Every hidden or unpublished figure whose claimed range a reader can narrow."""
        out: list[Violation] = []
        self.checked = 0
        marked = {}
        for index, cell, display, k in self.published:
            if display.startswith("<") or display in ("x", "–"):
                marked[cell] = (index, display, k)
        k_now = self.reports[-1]["threshold"]
        for cell, col in self.var.items():
            y, _, table, code = cell
            index, display, k = marked.get(cell, (len(self.reports) - 1, "", k_now))
            if cell not in marked and self.lo[col] == self.hi[col]:
                continue  # printed as a number
            low, high = self.range_of(col)
            self.checked += 1
            where = (y, table, code)
            if display.startswith("<"):
                k = int(display[1:])  # the k of the report that first printed it
                if (low, high) != (1, k - 1):
                    out.append(Violation(index, where, display, f"only {low}..{high}"))
                elif self.every_value:
                    for value in range(2, k - 1):
                        if self._solve(col, 1.0, fix=value) is None:
                            out.append(Violation(index, where, display, f"{value} impossible"))
            elif display == "x" and low == high:
                out.append(Violation(index, where, display, f"pinned to {low}"))
            elif low > 0 and high < k and (low > 1 or high < k - 1):
                out.append(Violation(index, where, display, f"narrowed to {low}..{high}"))
            elif 0 < low == high < k:
                out.append(Violation(index, where, display, f"small figure implied: {low}"))
        out += self._homogeneity()
        return out

    def _homogeneity(self) -> list[Violation]:
        out = []
        for index, report in enumerate(self.reports):
            year, k = report["year"], report["threshold"]
            version = self._version(year, index)
            handled = self.v(year, version, "key", "handled")
            if self.range_of(handled)[1] >= 3 * k:
                continue
            for table in report["tables"]:
                if table["key"] not in SENSITIVE:
                    continue
                for r in table["rows"]:
                    col = self.v(year, version, table["key"], r["code"])
                    # Could this cell hold fewer than all cases?
                    self.row({handled: 1, col: -1}, 1, np.inf)
                    possible = self._solve(col, 1.0) is not None
                    self.rows.pop()
                    if not possible:
                        out.append(Violation(index, (year, table["key"], r["code"]),
                                             r["display"], "holds every case"))  # fmt: skip
        return out
