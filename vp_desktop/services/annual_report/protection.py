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

Re-issuing a year: what did not change is repeated exactly as issued (the reader has it); a
key-figure pair or a breakdown in which a figure changed is left out, since any new figure next
to the old one would show the reader the difference, a small count (only "handled" is given
anew). `changes` lists what a re-issue would change, for the adviser to see first.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from vp_desktop.domain import vocab
from vp_desktop.domain.disclosure import Visibility, primary_display
from vp_desktop.domain.disclosure.model import Cell, Problem, Relation, Role, at_least, at_most
from vp_desktop.domain.disclosure.model import equal as equals
from vp_desktop.domain.disclosure.solver import Protection, protect
from vp_desktop.services.annual_report.facts import SINGLE, YearCounts, YearFacts
from vp_desktop.services.annual_report.issued import IssuedFigures
from vp_desktop.services.annual_report.known import (
    KEY,
    KEY_FIGURES,
    Knowledge,
    cell_id,
    issued_years,
    knowledge,
)

TREND_YEARS = 5
SMALL_YEAR_FACTOR = 3  # a year with fewer than 3k cases is small for attribute disclosure
SENSITIVE = frozenset({"relation", "melder_role", "gender", "age_band"})
OMITTED_MARKER = "–"
_KEY_WEIGHTS = {"handled": 1000.0, "new": 8.0, "closed": 8.0, "carried_over": 5.0,
                "open_at_year_end": 5.0}  # fmt: skip
_TREND_WEIGHTS = {"handled": 6.0, "new": 3.0}
_TRACK_OTHER = {"unwanted_behaviour": "other_unwanted", "integrity": "other_integrity",
                "outside_scope": "other_outside"}  # fmt: skip


def _others(key: str, vocabulary: vocab.Vocabulary) -> dict[str, list[str]]:
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
    solve_seconds: float = 0.0

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


def _weight(value: int, handled: int) -> float:
    """Hiding a breakdown figure costs about one cell; a larger figure a little more."""
    return 1.0 + value / (handled + 1)


def _breakdown_cell(cid: str, value: int, known: Knowledge | None, weight: float) -> Cell:
    """A breakdown figure; one published before (and still true) is what the reader knows."""
    if known is None:
        return Cell(cid, value, weight=weight)
    if known.exact is not None:
        return Cell(cid, value, Role.KNOWN)
    return Cell(cid, value, Role.KNOWN_HIDDEN, lo=known.lo, hi=known.hi)


def _holding(relations: Iterable[Relation], values: dict[str, int]) -> list[Relation]:
    """The relations that are true of this data: a reader is assumed to know each of them."""
    return [r for r in relations if r.holds(values)]


def _sum_to(parts: Sequence[str], whole: str, values: dict[str, int]) -> Relation:
    """Parts add up to the whole when every case has a value, else to at most the whole."""
    exact = equals(whole, parts)
    return exact if exact.holds(values) else at_most(parts, whole)


class _Protector:
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
        self.known = knowledge(issues)
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
        weight = _KEY_WEIGHTS[name] if this_year else _TREND_WEIGHTS.get(name, 1.0)
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

    def key_problem(self) -> Problem:
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
        if not self.small and "outcome" in self.names:
            outcomes = [c.single["outcome"] for c in self.facts.cases if c.closed_in_year]
            cells_, relation = self._outcome(outcomes)
            if self._crossed(cells_):
                self.names = [n for n in self.names if n != "outcome"]
                self.result.withheld.append("outcome")
            else:
                cells += cells_
                relations.append(relation)
        present = {c.id for c in cells}
        self.crossed = {c.id for c in cells if c.role is Role.UNPUBLISHED
                        and c.id.startswith(f"{self.year}/") and c.id in self.known}  # fmt: skip
        for pair in self._pairs():
            if self.crossed & set(pair):
                cells = [dataclasses.replace(c, role=Role.UNPUBLISHED) if c.id in pair else c
                         for c in cells]  # fmt: skip
                self.crossed |= set(pair)
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
        ids = [cell_id(y, "outcome", code) for code in vocab.OUTCOMES.codes]
        if not any(i in self.known for i in ids):
            return None
        values = dict(counts.outcomes)
        cells = []
        for i, code in zip(ids, vocab.OUTCOMES.codes, strict=True):
            known, value = self.known.get(i), values.get(code, 0)
            if known is None or not known.admits(value):
                return None  # changed since it was issued: it no longer describes that year
            cells.append(_breakdown_cell(i, value, known, 1.0))
        all_values = {c.id: c.value for c in cells} | {closed_id: counts.closed}
        return cells, _sum_to([c.id for c in cells], closed_id, all_values)

    def _pairs(self) -> tuple[tuple[str, str], tuple[str, str]]:
        return (
            (cell_id(self.year, KEY, "new"), cell_id(self.year, KEY, "carried_over")),
            (cell_id(self.year, KEY, "closed"), cell_id(self.year, KEY, "open_at_year_end")),
        )

    def _outcome(self, outcomes: list[str | None]) -> tuple[list[Cell], Relation]:
        closed_id = cell_id(self.year, KEY, "closed")
        cells = []
        for code in vocab.OUTCOMES.codes:
            cid = cell_id(self.year, "outcome", code)
            value = sum(1 for o in outcomes if o == code)
            cells.append(_breakdown_cell(cid, value, self.known.get(cid),
                                         _weight(value, self.handled)))  # fmt: skip
        values = {c.id: c.value for c in cells} | {closed_id: self.counts[self.year].closed}
        return cells, _sum_to([c.id for c in cells], closed_id, values)

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
        merged = self._merged(key, cells, relations, others)
        if merged[2] and self._block(key, *merged, final=False):
            return
        self.result.merged.pop(key, None)
        self._block(key, cells, relations)

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
        internal: set[str] = set()
        table = key.split("+")[-1]  # "track+category": the categories
        for other, group in others.items():
            other_id = cell_id(self.year, table, other)
            if other_id not in by_id or any(i in self.known for i in by_id):
                continue  # no "other" row here, or a re-issue: the layout stays as issued
            rare = [i for i in (cell_id(self.year, table, c) for c in group)
                    if i in by_id and i != other_id and 0 < by_id[i].value < self.k]  # fmt: skip
            if len(rare) < 2 and not (rare and by_id[other_id].value):
                continue
            if by_id[other_id].value + sum(by_id[i].value for i in rare) < self.k:
                continue  # a small merged figure could not leave each part its range
            own_id = other_id + "~"
            rename = {other_id: own_id}
            relations = [Relation(tuple((rename.get(i, i), c) for i, c in r.terms), r.sense, r.rhs)
                         for r in relations]  # fmt: skip
            own = by_id[other_id]
            total = own.value + sum(by_id[i].value for i in rare)
            cells = [
                dataclasses.replace(c, id=own_id, role=Role.UNPUBLISHED) if c.id == other_id
                else dataclasses.replace(c, role=Role.KNOWN_HIDDEN, lo=1, hi=self.k - 1)
                if c.id in rare else c
                for c in cells
            ]  # fmt: skip
            cells.append(Cell(other_id, total, weight=_weight(total, self.handled)))
            relations.append(equals(other_id, [own_id, *rare]))
            internal |= {own_id, *rare}
            self.result.merged.setdefault(key, {})[other] = [i.rsplit("/", 1)[1] for i in rare]
        return cells, relations, internal

    def _cells(self, key: str, counts: dict[str, int]) -> list[Cell]:
        return [
            _breakdown_cell(cell_id(self.year, key, code), value,
                            self.known.get(cell_id(self.year, key, code)),
                            _weight(value, self.handled))
            for code, value in counts.items()
        ]  # fmt: skip

    def single(self, key: str, vocabulary: vocab.Vocabulary, values: list[str | None]) -> None:
        counts = {code: sum(1 for v in values if v == code) for code in vocabulary.codes}
        small_year = self.handled < SMALL_YEAR_FACTOR * self.k
        if key in SENSITIVE and small_year and max(counts.values(), default=0) == self.handled:
            self.result.withheld.append(key)  # one cell holding everyone describes everyone
            return
        cells = self._cells(key, counts)
        truth = {c.id: c.value for c in cells} | {self.handled_id: self.handled}
        relations = [_sum_to([c.id for c in cells], self.handled_id, truth)]
        self._design(key, cells, relations, _others(key, vocabulary))

    def multi(self, key: str, vocabulary: vocab.Vocabulary, counts: dict[str, int]) -> None:
        cells = self._cells(key, counts)
        relations = [at_most([c.id], self.handled_id) for c in cells]
        self._design(key, cells, relations, _others(key, vocabulary))

    def tracks_and_categories(self) -> None:
        cases = self.facts.cases
        tracks = {t: sum(1 for c in cases if c.track == t) for t in vocab.TRACKS.codes}
        present = {c.track for c in cases}
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
        others = {_TRACK_OTHER[t]: [c.code for c in vocab.categories_of(t)] for t in present}
        self._design("track+category", [*track_cells, *category_cells],
                     _holding(relations, values), others)  # fmt: skip
        if "track+category" in self.result.merged:
            self.result.merged["category"] = self.result.merged.pop("track+category")
        codes = self.result.breakdowns.pop("track+category", None)
        if codes is None:
            self.result.merged.pop("category", None)
            self.result.withheld.remove("track+category")
            self.result.withheld += ["track", "category"]
            return
        self.result.breakdowns["track"] = list(tracks)
        folded = {c for group in self.result.merged.get("category", {}).values() for c in group}
        self.result.breakdowns["category"] = [c for c in categories if c not in folded]

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
        problem = self.key_problem()
        protection = protect(problem)
        if not self.small and "outcome" in self.names and self._hides_handled(protection):
            # The outcomes can pin "closed" or "open"; withholding them beats hiding the total.
            names = self.names
            self.names = [n for n in names if n != "outcome"]
            problem_without = self.key_problem()
            without = protect(problem_without)
            if not self._hides_handled(without):
                problem, protection = problem_without, without
                self.result.withheld.append("outcome")
            else:
                self.names = names
        visibility = protection.visibility if protection else {}
        for cell in problem.cells:
            fallback = Visibility.OMITTED if cell.role is Role.PUBLISH else None
            self._publish(cell, visibility.get(cell.id, fallback))
        if not self.small and "outcome" in self.names:
            self.result.breakdowns["outcome"] = list(vocab.OUTCOMES.codes)
        for pair, code in (("intake", "new"), ("closure", "closed")):
            cid = cell_id(self.year, KEY, code)
            if visibility.get(cid) is Visibility.OMITTED or cid in self.crossed:
                self.result.omitted_pairs.add(pair)
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
