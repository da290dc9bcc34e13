"""The breakdowns of one report, each protected against the shown "handled" (tracks with their
categories), after table design: rare figures merged into their group's "other" row, sensitive
breakdowns of a small year that hold everyone in one cell withheld."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from vp_desktop.domain import vocab
from vp_desktop.domain.disclosure import Visibility
from vp_desktop.domain.disclosure.model import Cell, Problem, Relation, Role, at_least, at_most
from vp_desktop.domain.disclosure.model import equal as equals
from vp_desktop.domain.report_groups import Grouping, layouts_of
from vp_desktop.services.annual_report.facts import YearFacts

if TYPE_CHECKING:
    from vp_desktop.domain.disclosure.solver import Protection
    from vp_desktop.services.annual_report.issued import IssuedFigures
from vp_desktop.services.annual_report.figures import (
    SENSITIVE,
    SMALL_YEAR_FACTOR,
    TRACK_OTHER,
    ProtectedYear,
    breakdown_cell,
    holding,
    others_of,
    sum_to,
    weight_of,
)
from vp_desktop.services.annual_report.known import Knowledge, cell_id


def issued_layout(
    known: dict[str, Knowledge], year: int, key: str, layouts: Sequence[Grouping | None]
) -> int | None:
    """The layout (by index) a table was issued with for `year`: the first whose rows include
    every figure the reader has of it (None: own codes). None when it was not issued."""
    prefix = f"{year}/{key}/"
    issued = {cid[len(prefix) :] for cid in known if cid.startswith(prefix)}
    if not issued:
        return None
    for index, grouping in enumerate(layouts):
        codes = vocab.ALL[key].codes if grouping is None else tuple(grouping.members)
        if issued <= set(codes):
            return index
    return None


def protect(problem: Problem) -> Protection | None:
    """The solver's pattern; SciPy (HiGHS) is loaded on the first report, not at start-up."""
    from vp_desktop.domain.disclosure.solver import protect as solve

    return solve(problem)


class BreakdownSteps:
    """The breakdown half of the protection of one report (mixed into the protector)."""

    year: int
    k: int
    handled: int
    handled_id: str
    known: dict[str, Knowledge]
    facts: YearFacts
    issues: list[IssuedFigures]
    result: ProtectedYear

    def _publish(self, cell: Cell, visibility: Visibility | None) -> None:
        raise NotImplementedError

    # -- breakdowns, each against the shown "handled" --------------------------------------

    def _crossed(self, cells: Iterable[Cell]) -> bool:
        """Re-issued: the table was published for this year and one of its figures changed."""
        cells = list(cells)
        if not any(c.id in self.known for c in cells):
            return False
        return any(c.id not in self.known or not self.known[c.id].admits(c.value) for c in cells)

    def _design(
        self, key: str, cells: list[Cell], relations: list[Relation], others: dict[str, list[str]]
    ) -> None:
        """Protect a breakdown with its rare figures merged; as it is when that cannot work."""
        if any(c.id in self.known for c in cells):
            self._design_as_issued(key, cells, relations, others)
            return
        merged = self._merged(key, cells, relations, others)
        if merged[2] and self._block(key, *merged, final=False):
            return
        self.result.merged.pop(key, None)
        self._block(key, cells, relations)

    def _design_as_issued(
        self, key: str, cells: list[Cell], relations: list[Relation], others: dict[str, list[str]]
    ) -> None:
        """Re-issued: the table keeps the layout it was issued with. A figure merged into an
        "other" row then left no row of its own, so the issued rows tell which were merged;
        were they not put back there, the table would look changed when nothing changed."""
        by_id = {c.id: c for c in cells}
        table = key.split("+")[-1]
        issued_others: dict[str, list[str]] = {}
        for other, group in others.items():
            other_id = cell_id(self.year, table, other)
            if other_id not in by_id or other_id not in self.known:
                continue
            rare = [i for i in (cell_id(self.year, table, c) for c in group)
                    if i in by_id and i != other_id and i not in self.known]  # fmt: skip
            if rare:
                issued_others[other] = rare
        if not issued_others:
            self._block(key, cells, relations)
            return
        # The reader knows each merged figure to be 1..k-1 with the k of the issues (the
        # smallest, when the year was issued with several).
        issued_k = min((i.threshold for i in self.issues if i.year == self.year), default=self.k)
        if any(not 0 < by_id[i].value < issued_k for rare in issued_others.values() for i in rare):
            self.result.withheld.append(key)  # a merged figure is no longer rare: it changed
            return
        merged = self._merge(key, cells, relations, issued_others, issued_k)
        if not self._block(key, *merged):
            self.result.merged.pop(key, None)

    def _block(
        self,
        key: str,
        cells: list[Cell],
        relations: list[Relation],
        internal: set[str] | None = None,
        *,
        final: bool = True,
    ) -> bool:
        internal = internal or set()
        if self._crossed([c for c in cells if c.id not in internal]):
            self.result.withheld.append(key)  # re-issued: any marker would show where it went
            return False
        handled = Cell(self.handled_id, self.handled, Role.KNOWN)
        problem = Problem((handled, *cells), tuple(relations), self.k)
        protection = protect(problem)
        if protection is None:
            if final:
                self.result.withheld.append(key)
            return False
        codes = []
        for cell in cells:
            if cell.id in internal:
                continue
            self._publish(cell, protection.visibility.get(cell.id))
            codes.append(cell.id.rsplit("/", 1)[1])
        self.result.breakdowns[key] = codes
        return True

    def _merged(
        self, key: str, cells: list[Cell], relations: list[Relation], others: dict[str, list[str]]
    ) -> tuple[list[Cell], list[Relation], set[str]]:
        """Table design before suppression: the rare figures (1..k-1) of a group are printed
        together in its "other" row, and named as merged there, so a reader knows each is
        1..k-1 (as a "<k" would say) and sees one figure instead of several markers."""
        by_id = {c.id: c for c in cells}
        table = key.split("+")[-1]  # "track+category": the categories
        chosen: dict[str, list[str]] = {}
        for other, group in others.items():
            other_id = cell_id(self.year, table, other)
            if other_id not in by_id:
                continue  # no "other" row here
            rare = [i for i in (cell_id(self.year, table, c) for c in group)
                    if i in by_id and i != other_id and 0 < by_id[i].value < self.k]  # fmt: skip
            if len(rare) < 2 and not (rare and by_id[other_id].value):
                continue
            if by_id[other_id].value + sum(by_id[i].value for i in rare) < self.k:
                continue  # a small merged figure could not leave each part its range
            chosen[other] = rare
        return self._merge(key, cells, relations, chosen, self.k)

    def _merge(
        self,
        key: str,
        cells: list[Cell],
        relations: list[Relation],
        chosen: dict[str, list[str]],
        k: int,
    ) -> tuple[list[Cell], list[Relation], set[str]]:
        """Merge each `chosen` "other" row's rare figures (cell ids, each 1..k-1) into it."""
        by_id = {c.id: c for c in cells}
        internal: set[str] = set()
        table = key.split("+")[-1]
        for other, rare in chosen.items():
            other_id = cell_id(self.year, table, other)
            own_id = other_id + "~"
            rename = {other_id: own_id}
            relations = [Relation(tuple((rename.get(i, i), c) for i, c in r.terms), r.sense, r.rhs)
                         for r in relations]  # fmt: skip
            own = by_id[other_id]
            total = own.value + sum(by_id[i].value for i in rare)
            cells = [
                dataclasses.replace(c, id=own_id, role=Role.UNPUBLISHED) if c.id == other_id
                else dataclasses.replace(c, role=Role.KNOWN_HIDDEN, lo=1, hi=k - 1)
                if c.id in rare else c
                for c in cells
            ]  # fmt: skip
            # Re-issued: the merged row as the reader has it (`_crossed` checks it still holds).
            cells.append(breakdown_cell(other_id, total, self.known.get(other_id),
                                        weight_of(total, self.handled)))  # fmt: skip
            relations.append(equals(other_id, [own_id, *rare]))
            internal |= {own_id, *rare}
            self.result.merged.setdefault(key, {})[other] = [i.rsplit("/", 1)[1] for i in rare]
        return cells, relations, internal

    def _cells(self, key: str, counts: dict[str, int]) -> list[Cell]:
        return [
            breakdown_cell(cell_id(self.year, key, code), value,
                            self.known.get(cell_id(self.year, key, code)),
                            weight_of(value, self.handled))
            for code, value in counts.items()
        ]  # fmt: skip

    def single(self, key: str, vocabulary: vocab.Vocabulary, values: list[str | None]) -> None:
        counts = {code: sum(1 for v in values if v == code) for code in vocabulary.codes}

        def layout(grouping: Grouping | None) -> None:
            if grouping is None:
                self._single(key, vocabulary, counts)
            else:
                self._single(key, grouping.groups, grouping.counts(counts), grouping.members)

        self._best(key, counts, layout)

    def _single(
        self,
        key: str,
        vocabulary: vocab.Vocabulary,
        counts: dict[str, int],
        groups: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        small_year = self.handled < SMALL_YEAR_FACTOR * self.k
        if key in SENSITIVE and small_year and max(counts.values(), default=0) == self.handled:
            self.result.withheld.append(key)  # one cell holding everyone describes everyone
            return
        if groups:
            self.result.grouped[key] = groups
        cells = self._cells(key, counts)
        truth = {c.id: c.value for c in cells} | {self.handled_id: self.handled}
        relations = [sum_to([c.id for c in cells], self.handled_id, truth)]
        self._design(key, cells, relations, others_of(key, vocabulary))

    def multi(self, key: str, vocabulary: vocab.Vocabulary, counts: dict[str, int]) -> None:
        combinations = self.facts.combinations.get(key, Counter())

        def layout(grouping: Grouping | None) -> None:
            if grouping is None:
                self._multi(key, vocabulary, counts)
            else:
                self._multi(
                    key, grouping.groups, grouping.case_counts(combinations), grouping.members
                )

        self._best(key, counts, layout)

    def _multi(
        self,
        key: str,
        vocabulary: vocab.Vocabulary,
        counts: dict[str, int],
        groups: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        if groups:
            self.result.grouped[key] = groups
        cells = self._cells(key, counts)
        relations = [at_most([c.id], self.handled_id) for c in cells]
        self._design(key, cells, relations, others_of(key, vocabulary))

    # -- the layout that hides least --------------------------------------------------------

    def _best(
        self, key: str, counts: dict[str, int], layout: Callable[[Grouping | None], None]
    ) -> None:
        """Protect each layout of a breakdown (its own codes, then its groups, finer first) and
        keep the one that hides fewest figures; a tie keeps the finer one. A re-issue keeps the
        layout the year was issued with, so the reader's figures stay comparable."""
        layouts: list[Grouping | None] = [None, *layouts_of(key)]
        issued = issued_layout(self.known, self.year, key, layouts)
        if issued is not None:
            layout(layouts[issued])
            return
        start = self.result
        best: tuple[int, ProtectedYear] | None = None
        for grouping in layouts:
            self.result = start.copy()
            layout(grouping)
            cost = self._hidden_since(start, key, counts)
            if best is None or cost < best[0]:
                best = (cost, self.result)
            if cost == 0:
                break  # nothing hidden: no coarser layout can do better
        assert best is not None
        self.result = best[1]

    def _hidden_since(self, before: ProtectedYear, key: str, counts: dict[str, int]) -> int:
        """The figures of `key` a layout hides; a withheld table loses all its non-zero ones."""
        if key in self.result.withheld:
            return sum(1 for v in counts.values() if v)
        prefix = f"{self.year}/{key}/"
        return sum(1 for cid, shown in self.result.figures.items()
                   if cid.startswith(prefix) and cid not in before.figures
                   and shown.value is None)  # fmt: skip

    def tracks_and_categories(self) -> None:
        cases = self.facts.cases
        tracks = {t: sum(1 for c in cases if c.track == t) for t in vocab.TRACKS.codes}
        # In vocabulary order: the report (its "merged" notes too) must not vary between runs.
        present = [t for t in vocab.TRACKS.codes if any(c.track == t for c in cases)]
        categories = {t.code: self.facts.codes["category"][t.code]
                      for t in vocab.CATEGORIES if t.track in present}  # fmt: skip
        track_cells = self._cells("track", tracks)
        category_cells = self._cells("category", categories)
        values = {c.id: c.value for c in (*track_cells, *category_cells)}
        values[self.handled_id] = self.handled
        track_id = {t: cell_id(self.year, "track", t) for t in tracks}
        relations = [equals(self.handled_id, list(track_id.values()))]
        relations += [at_most([c.id], self.handled_id) for c in category_cells]
        for t in present:
            own = [cell_id(self.year, "category", c.code) for c in vocab.categories_of(t)]
            relations += [at_most([c], track_id[t]) for c in own]
            relations.append(at_least(own, track_id[t]))
        others = {TRACK_OTHER[t]: [c.code for c in vocab.categories_of(t)] for t in present}
        self._design("track+category", [*track_cells, *category_cells],
                     holding(relations, values), others)  # fmt: skip
        if "track+category" in self.result.merged:
            self.result.merged["category"] = self.result.merged.pop("track+category")
        codes = self.result.breakdowns.pop("track+category", None)
        if codes is None:
            # No pattern for both: the tracks alone, which still say what kind of cases came in.
            self.result.merged.pop("category", None)
            self.result.withheld.remove("track+category")
            self.result.withheld.append("category")
            track_relations = holding(relations[:1], values)
            if self._block("track", track_cells, track_relations, final=False):
                return
            self.result.withheld.append("track")
            return
        self.result.breakdowns["track"] = list(tracks)
        folded = {c for group in self.result.merged.get("category", {}).values() for c in group}
        self.result.breakdowns["category"] = [c for c in categories if c not in folded]
