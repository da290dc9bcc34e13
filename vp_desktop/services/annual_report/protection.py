"""Every figure of one annual report, protected together with everything the client already has.

The key figures of the report year and of the trend's years, their identities (handled = new +
carried over = closed + open at year end; carried over of Y+1 = open at the end of Y), the
outcome table against "closed", and the figures of every report issued earlier to this client
form one disclosure problem (`vp_desktop.domain.disclosure.model`), solved by integer programming.
With "handled" shown, each breakdown touches the rest only through that number, so each is then
solved on its own (tracks and categories together), which is exact and much faster.

Table design before suppression: a sensitive breakdown (relation, melder role, gender, age band)
of a small year whose cases all fall in one cell is withheld (it would describe every melder);
a breakdown that no pattern can make safe is withheld too.

Re-issuing a year: the record keeps each issue's true key figures, so an earlier issue of a year
whose cases changed becomes figures of its own, tied to the present ones by the identities and by
growth (a reader comparing issues may assume cases were only added). A breakdown in which a
figure changed is left out of the new issue; what did not change is repeated as issued, in
the layout it was issued with (the same rare figures merged into "other"), so a re-issue of
unchanged data equals the issue on record.
`export.reissue_changes` lists what a re-issue would change, for the adviser to see first.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vp_desktop.domain import vocab
from vp_desktop.domain.disclosure import Visibility, primary_display
from vp_desktop.domain.disclosure.model import Cell, Problem, Relation, Role, at_most
from vp_desktop.domain.disclosure.model import equal as equals
from vp_desktop.domain.report_groups import Grouping, layouts_of
from vp_desktop.services.annual_report.breakdowns import BreakdownSteps, issued_layout, protect
from vp_desktop.services.annual_report.facts import SINGLE, YearCounts, YearFacts
from vp_desktop.services.annual_report.figures import (
    KEY_WEIGHTS,
    OMITTED_MARKER,
    TREND_WEIGHTS,
    TREND_YEARS,
    ProtectedYear,
    Shown,
    breakdown_cell,
    holding,
    model_years,
    sum_to,
    trend_window,
    weight_of,
)
from vp_desktop.services.annual_report.issued import IssuedFigures
from vp_desktop.services.annual_report.known import (
    KEY,
    KEY_FIGURES,
    cell_id,
    knowledge,
    version_id,
)

if TYPE_CHECKING:
    from vp_desktop.domain.disclosure.solver import Protection

__all__ = ["OMITTED_MARKER", "TREND_YEARS", "ProtectedYear", "Shown", "model_years",
           "protect_year", "trend_window"]  # fmt: skip


class _Protector(BreakdownSteps):
    def __init__(
        self,
        year: int,
        k: int,
        counts: dict[int, YearCounts],
        first_year: int | None,
        facts: YearFacts,
        issues: list[IssuedFigures],
        breakdown_names: Sequence[str],
    ) -> None:
        self.year, self.k, self.facts = year, k, facts
        self.counts = counts
        self.issues = issues
        # Issues of a year whose key figures changed since: a reader holding two issues of
        # that year sees two versions of its figures.
        self.stale = {
            index
            for index, issue in enumerate(issues)
            if issue.truth
            and issue.year in counts
            and dict(issue.truth) != _truth(counts[issue.year])
        }
        self.known = knowledge(issues, self.stale)
        self.handled = counts[year].handled
        self.small = self.handled < k
        self.window = trend_window(year, first_year)
        self.years = model_years(year, first_year, issues)
        self.first_year = first_year
        self.names = breakdown_names
        self.result = ProtectedYear(year, k, self.small, self.window)
        self.handled_id = cell_id(year, KEY, "handled")
        self.crossed: set[str] = set()

    # -- the key figures, the trend and the outcome: one problem ---------------------------

    def _key_cell(self, y: int, name: str, value: int) -> Cell:
        cid = cell_id(y, KEY, name)
        known = self.known.get(cid)
        this_year = y == self.year
        printed = (this_year and (name in ("handled", "new") or not self.small)) or (
            y in self.window and name in ("handled", "new")
        )
        weight = KEY_WEIGHTS[name] if this_year else TREND_WEIGHTS.get(name, 1.0)
        if known is not None and known.admits(value):
            if known.exact is not None:
                return Cell(cid, value, Role.KNOWN)
            return Cell(cid, value, Role.KNOWN_HIDDEN, lo=known.lo, hi=known.hi)
        if known is not None and this_year and name != "handled":
            # Re-issued after this figure changed: any new figure would show the reader the
            # difference, so the pair is left out (see `key_problem`).
            return Cell(cid, value, Role.UNPUBLISHED)
        if known is not None and not this_year:
            # Published about data that has changed since: what the reader has no longer
            # describes this year, so the identities cannot use it.
            return Cell(cid, value, Role.UNPUBLISHED)
        if y == self.first_year and name == "carried_over":
            return Cell(
                cid, value, Role.KNOWN
            )  # nothing before the first case: the reader can tell
        if not printed:
            return Cell(cid, value, Role.UNPUBLISHED)
        return Cell(cid, value, weight=weight, force_hidden=bool(known and known.hidden_before))

    def key_problem(self, outcome: bool = False, layout: Grouping | None = None) -> Problem:
        """The key figures and the trend; with `outcome`, the outcome table in `layout` (None:
        its own codes)."""
        cells: list[Cell] = []
        relations: list[Relation] = []
        for y in self.years:
            c = self.counts[y]
            values = dict(zip(KEY_FIGURES, (c.handled, c.new, c.carried_over, c.closed,
                                            c.open_at_year_end), strict=True))  # fmt: skip
            cells += [self._key_cell(y, name, v) for name, v in values.items()]
            ids = {name: cell_id(y, KEY, name) for name in KEY_FIGURES}
            relations.append(equals(ids["handled"], [ids["new"], ids["carried_over"]]))
            relations.append(equals(ids["handled"], [ids["closed"], ids["open_at_year_end"]]))
            if y - 1 in self.years:
                previous_open = cell_id(y - 1, KEY, "open_at_year_end")
                relations.append(equals(ids["carried_over"], [previous_open]))
            if y != self.year:
                earlier = self._earlier_outcome(y, ids["closed"], c)
                if earlier is not None:
                    cells += earlier[0]
                    relations.append(earlier[1])
        version_cells, version_relations = self._versions(cells)
        cells += version_cells
        relations += version_relations
        if outcome:
            cells_, relation = self._outcome(layout)
            cells += cells_
            relations.append(relation)
        present = {c.id for c in cells}
        self.crossed = {c.id for c in cells if c.role is Role.UNPUBLISHED
                        and c.id.startswith(f"{self.year}/") and c.id in self.known}  # fmt: skip
        for pair in self._pairs():
            if self.crossed & set(pair):
                # The other figure of the pair goes too, unless the reader has it already from
                # the issue on record (still true): that is repeated as issued, so a published
                # 0 stays 0, and the model keeps what the reader knows.
                left_out = {c.id for c in cells if c.id in pair
                            and c.role not in (Role.KNOWN, Role.KNOWN_HIDDEN)}  # fmt: skip
                cells = [dataclasses.replace(c, role=Role.UNPUBLISHED) if c.id in left_out
                         else c for c in cells]  # fmt: skip
                self.crossed |= left_out
        omittable = tuple(
            pair
            for pair in self._pairs()
            if all(i in present and next(c for c in cells if c.id == i).role is Role.PUBLISH
                   for i in pair)
        )  # fmt: skip
        return Problem(tuple(cells), tuple(relations), self.k, omittable)

    def _earlier_outcome(
        self, y: int, closed_id: str, counts: YearCounts
    ) -> tuple[list[Cell], Relation] | None:
        """An outcome table issued for an earlier year: it ties that year's "closed" down."""
        layouts = _outcome_layouts()
        issued = issued_layout(self.known, y, "outcome", layouts)
        if issued is None:
            return None
        values = _outcome_counts(layouts[issued], dict(counts.outcomes))
        cells = []
        for code, value in values.items():
            i = cell_id(y, "outcome", code)
            known = self.known.get(i)
            if known is None or not known.admits(value):
                return None  # changed since it was issued: it no longer describes that year
            cells.append(breakdown_cell(i, value, known, 1.0))
        all_values = {c.id: c.value for c in cells} | {closed_id: counts.closed}
        return cells, sum_to([c.id for c in cells], closed_id, all_values)

    def _versions(self, current: list[Cell]) -> tuple[list[Cell], list[Relation]]:
        """Earlier issues of a changed year as figures of their own, tied to the present ones
        the way a reader would: the same identities, and cases only added since."""
        cells: list[Cell] = []
        relations: list[Relation] = []
        chains: dict[int, list[int]] = {}
        for index in sorted(self.stale):
            year = self.issues[index].year
            if year not in self.years:
                continue
            chains.setdefault(year, []).append(index)
            truth = dict(self.issues[index].truth)
            ids = {n: version_id(cell_id(year, KEY, n), index) for n in KEY_FIGURES}
            for name in KEY_FIGURES:
                known, value = self.known.get(ids[name]), truth[name]
                if known is not None and known.admits(value) and known.exact is not None:
                    cells.append(Cell(ids[name], value, Role.KNOWN))
                elif known is not None and known.admits(value):
                    cells.append(
                        Cell(ids[name], value, Role.KNOWN_HIDDEN, lo=known.lo, hi=known.hi)
                    )
                else:
                    cells.append(Cell(ids[name], value, Role.UNPUBLISHED))
            relations.append(equals(ids["handled"], [ids["new"], ids["carried_over"]]))
            relations.append(equals(ids["handled"], [ids["closed"], ids["open_at_year_end"]]))
            if year - 1 in self.years:
                previous_open = cell_id(year - 1, KEY, "open_at_year_end")
                relations.append(equals(ids["carried_over"], [previous_open]))
        for year, indices in chains.items():
            steps = [
                {n: version_id(cell_id(year, KEY, n), i) for n in KEY_FIGURES} for i in indices
            ]
            steps.append({n: cell_id(year, KEY, n) for n in KEY_FIGURES})
            for older, newer in zip(steps, steps[1:], strict=False):
                for name in KEY_FIGURES:
                    relations.append(at_most([older[name]], newer[name]))
                    grows = ((newer[name], 1), (older[name], -1),
                             (newer["handled"], -1), (older["handled"], 1))  # fmt: skip
                    relations.append(Relation(grows, "<="))
        values = {c.id: c.value for c in (*current, *cells)}
        return cells, holding(relations, values)

    def _pairs(self) -> tuple[tuple[str, str], tuple[str, str]]:
        return (
            (cell_id(self.year, KEY, "new"), cell_id(self.year, KEY, "carried_over")),
            (cell_id(self.year, KEY, "closed"), cell_id(self.year, KEY, "open_at_year_end")),
        )

    def _outcome(self, layout: Grouping | None) -> tuple[list[Cell], Relation]:
        closed_id = cell_id(self.year, KEY, "closed")
        outcomes = [c.single["outcome"] for c in self.facts.cases if c.closed_in_year]
        counts = _outcome_counts(layout, dict(Counter(o for o in outcomes if o is not None)))
        cells = []
        for code, value in counts.items():
            cid = cell_id(self.year, "outcome", code)
            cells.append(breakdown_cell(cid, value, self.known.get(cid),
                                         weight_of(value, self.handled)))  # fmt: skip
        values = {c.id: c.value for c in cells} | {closed_id: self.counts[self.year].closed}
        return cells, sum_to([c.id for c in cells], closed_id, values)

    def _outcome_candidates(self) -> list[tuple[bool, Grouping | None]]:
        """The outcome table's candidate layouts, finest first, as (printed, layout); the last
        is without it. A re-issue keeps the layout it was issued with, or leaves the table out
        when one of its figures changed."""
        if self.small or "outcome" not in self.names:
            return [(False, None)]
        layouts = _outcome_layouts()
        issued = issued_layout(self.known, self.year, "outcome", layouts)
        if issued is not None:
            if self._crossed(self._outcome(layouts[issued])[0]):
                self.result.withheld.append("outcome")
                return [(False, None)]
            layouts = [layouts[issued]]
        return [*((True, layout) for layout in layouts), (False, None)]

    def _hidden(self, problem: Problem, protection: Protection | None, printed: bool) -> int:
        """How many printed figures a pattern hides; a table left out loses all it had."""
        if protection is None:
            return len(problem.cells)
        hidden = sum(1 for c in problem.cells if c.role is Role.PUBLISH and c.value
                     and protection.visibility.get(c.id) is not Visibility.SHOWN)  # fmt: skip
        if not printed and not self.small and "outcome" in self.names:
            hidden += sum(1 for c in self._outcome(None)[0] if c.value)
        return hidden

    # -- output ----------------------------------------------------------------------------

    def _publish(self, cell: Cell, visibility: Visibility | None) -> None:
        known = self.known.get(cell.id)
        if cell.role is Role.KNOWN:
            shown = Shown(cell.value, str(cell.value))
        elif cell.id in self.crossed:
            shown = Shown(None, OMITTED_MARKER)
        elif cell.role is not Role.PUBLISH:
            if known is None:
                return
            shown = Shown(known.value, known.display)
        elif visibility is Visibility.SHOWN:
            shown = Shown(cell.value, str(cell.value))
        elif visibility is Visibility.PRIMARY:
            shown = Shown(None, primary_display(self.k))
        elif visibility is Visibility.SECONDARY:
            shown = Shown(None, "x")
        else:
            shown = Shown(None, OMITTED_MARKER)
        self.result.figures[cell.id] = shown

    def _hides_handled(self, protection: Protection | None) -> bool:
        if protection is None:
            return True
        return protection.visibility.get(self.handled_id, Visibility.SHOWN) is not Visibility.SHOWN

    def run(self) -> ProtectedYear:
        started = time.perf_counter()
        # The outcome table can pin "closed" or "open": each layout of it (or none) is solved
        # with the key figures, and the one that keeps "handled" and hides least is printed.
        scored = []
        for rank, (printed, layout) in enumerate(self._outcome_candidates()):
            problem = self.key_problem(printed, layout)
            protection = protect(problem)
            score = (self._hides_handled(protection), self._hidden(problem, protection, printed),
                     rank)  # fmt: skip
            scored.append((score, problem, protection, printed, layout))
            if score[:2] == (False, 0):
                break  # "handled" shown and nothing hidden: no other layout can do better
        _, problem, protection, printed, layout = min(scored, key=lambda entry: entry[0])
        wanted = not self.small and "outcome" in self.names
        if not printed and wanted and "outcome" not in self.result.withheld:
            self.result.withheld.append("outcome")
        visibility = protection.visibility if protection else {}
        for cell in problem.cells:
            fallback = Visibility.OMITTED if cell.role is Role.PUBLISH else None
            self._publish(cell, visibility.get(cell.id, fallback))
        if printed:
            self.result.breakdowns["outcome"] = list(_outcome_counts(layout, {}))
            if layout is not None:
                self.result.grouped["outcome"] = layout.members
        for pair, ids in zip(("intake", "closure"), self._pairs(), strict=True):
            shown = [self.result.figures.get(i) for i in ids]
            if all(f is None or f.display == OMITTED_MARKER for f in shown):
                self.result.omitted_pairs.add(pair)  # nothing of the pair left to print
        handled_hidden = self.result.figure(self.year, KEY, "handled").value is None
        if not self.small and not handled_hidden:
            self.tracks_and_categories()
            for name, vocabulary in SINGLE:
                if name in self.names:
                    self.single(name, vocabulary, [c.single[name] for c in self.facts.cases])
            for name, vocabulary in (("support", vocab.SUPPORT), ("referral", vocab.REFERRALS)):
                counts = {code: self.facts.codes[name][code] for code in vocabulary.codes}
                self.multi(name, vocabulary, counts)
        elif not self.small:
            self.result.withheld += ["track", "category", "support", "referral"]
            self.result.withheld += [n for n in self.names if n != "outcome"]
        self.result.solve_seconds = time.perf_counter() - started
        return self.result


def _outcome_layouts() -> list[Grouping | None]:
    return [None, *layouts_of("outcome")]


def _outcome_counts(layout: Grouping | None, counts: dict[str, int]) -> dict[str, int]:
    """Closed cases per outcome, or per group of outcomes: every row, zeros too."""
    if layout is None:
        return {code: counts.get(code, 0) for code in vocab.OUTCOMES.codes}
    return layout.counts(counts)


def _truth(counts: YearCounts) -> dict[str, int]:
    return {"handled": counts.handled, "new": counts.new, "carried_over": counts.carried_over,
            "closed": counts.closed, "open_at_year_end": counts.open_at_year_end}  # fmt: skip


def protect_year(
    year: int,
    k: int,
    counts: dict[int, YearCounts],
    first_year: int | None,
    facts: YearFacts,
    issues: list[IssuedFigures],
    breakdown_names: Sequence[str],
) -> ProtectedYear:
    """Protect one client-year. `counts` covers `model_years`; `breakdown_names` are the single
    breakdowns the settings allow, plus "outcome"."""
    return _Protector(year, k, counts, first_year, facts, issues, breakdown_names).run()
