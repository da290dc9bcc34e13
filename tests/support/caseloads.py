"""Random multi-year caseloads for the disclosure tests, and the reports a client would receive.

Caseloads are plain lists of `SimCase`; their facts are counted here in Python (not by the
vault's SQL), and every report goes through the real protection, the real report data and the
real json (`report_dict`), so the auditor sees exactly what a client would.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from hypothesis import strategies as st

from vp_desktop.domain import vocab
from vp_desktop.reports import wording
from vp_desktop.reports.data import (
    Adviser,
    AnnualReport,
    ClientInfo,
    ProfessionalDevelopment,
    Table,
)
from vp_desktop.reports.formats import report_dict
from vp_desktop.services.annual_report.build import case_sections
from vp_desktop.services.annual_report.facts import CaseFacts, YearCounts, YearFacts
from vp_desktop.services.annual_report.issued import IssuedFigures, published_figures
from vp_desktop.services.annual_report.protection import ProtectedYear, model_years, protect_year

YEARS = (2024, 2025, 2026)
ALWAYS_SET = {"relation", "melder_role", "gender", "age_band", "outcome"}


@dataclass(frozen=True)
class SimCase:
    opened: dt.date
    closed: dt.date | None
    track: str
    categories: tuple[str, ...]
    single: dict[str, str | None]
    support: tuple[str, ...] = ()
    referral: tuple[str, ...] = ()

    def handled_in(self, year: int) -> bool:
        return self.opened.year <= year and (self.closed is None or self.closed.year >= year)


@st.composite
def sim_case(draw: st.DrawFn, years: Sequence[int] = YEARS) -> SimCase:
    opened_year = draw(st.sampled_from(years))
    opened = dt.date(opened_year, draw(st.integers(1, 12)), 1)
    closed_year = draw(st.one_of(st.none(), st.integers(opened_year, years[-1])))
    closed = None
    if closed_year is not None:
        month = draw(st.integers(opened.month if closed_year == opened_year else 1, 12))
        closed = dt.date(closed_year, month, 28)
    # A dominant track and a few categories, so rare and dominant cells both turn up.
    track = draw(st.sampled_from(("unwanted_behaviour",) * 4 + ("integrity", "outside_scope")))
    own = [t.code for t in vocab.categories_of(track)][:4]
    categories = tuple(sorted(draw(st.sets(st.sampled_from(own), min_size=1, max_size=2))))
    single: dict[str, str | None] = {
        "relation": draw(st.sampled_from(vocab.RELATIONS.codes[:3])),
        "melder_role": draw(st.sampled_from(vocab.MELDER_ROLES.codes[:3])),
        "gender": draw(st.sampled_from(vocab.GENDERS.codes[:2])),
        "age_band": draw(st.sampled_from(vocab.AGE_BANDS.codes[:4])),
        "came_in_via": draw(st.one_of(st.none(), st.sampled_from(vocab.CAME_IN_VIA.codes[:2]))),
        "outcome": draw(st.sampled_from(vocab.OUTCOMES.codes[:3])) if closed else None,
    }
    support = tuple(draw(st.sets(st.sampled_from(vocab.SUPPORT.codes[:3]), max_size=2)))
    referral = tuple(draw(st.sets(st.sampled_from(vocab.REFERRALS.codes[:2]), max_size=1)))
    return SimCase(opened, closed, track, categories, single, support, referral)


def counts_of(cases: Sequence[SimCase], year: int) -> YearCounts:
    handled = [c for c in cases if c.handled_in(year)]
    closed = [c for c in handled if c.closed is not None and c.closed.year == year]
    outcomes = Counter(c.single["outcome"] for c in closed if c.single["outcome"])
    return YearCounts(
        len(handled),
        sum(1 for c in handled if c.opened.year == year),
        len(closed),
        tuple(sorted((str(code), n) for code, n in outcomes.items())),
    )


def facts_of(cases: Sequence[SimCase], year: int) -> YearFacts:
    handled = [c for c in cases if c.handled_in(year)]
    codes: dict[str, Counter[str]] = {
        "category": Counter(code for c in handled for code in c.categories),
        "support": Counter(code for c in handled for code in c.support),
        "referral": Counter(code for c in handled for code in c.referral),
    }
    facts = tuple(
        CaseFacts(c.opened, c.closed, c.track, dict(c.single),
                  c.closed is not None and c.closed.year == year)
        for c in handled
    )  # fmt: skip
    combinations = {
        "category": Counter(frozenset(c.categories) for c in handled if c.categories),
        "support": Counter(frozenset(c.support) for c in handled if c.support),
        "referral": Counter(frozenset(c.referral) for c in handled if c.referral),
    }
    return YearFacts(facts, codes, combinations)


def _report(protected: ProtectedYear) -> AnnualReport:
    empty = Table("time", wording.text("table_time"), ())
    return AnnualReport(
        lang="nl",
        client=ClientInfo("ACME", "Acme", None, None, ()),
        year=protected.year,
        threshold=protected.k,
        generated_on=dt.date(protected.year + 1, 2, 1),
        adviser=Adviser("", "", "", "", ""),
        introduction="",
        signals="",
        time=empty,
        activities=(),
        activity_kinds=Table("activities", wording.text("table_activities"), ()),
        development=ProfessionalDevelopment(
            Table("professional_development", wording.text("table_pe"), ()), 0, ()
        ),
        **case_sections(protected, "nl"),
    )


@dataclass
class Client:
    """One client's caseload and the reports issued to it so far."""

    cases: list[SimCase]
    breakdowns: tuple[str, ...] = ("relation", "melder_role", "came_in_via", "outcome")
    issues: list[IssuedFigures] = field(default_factory=list)
    published: list[dict[str, object]] = field(default_factory=list)
    hidden_cells: int = 0
    nonzero_cells: int = 0

    def protect(self, year: int, k: int) -> ProtectedYear:
        first = min((c.opened.year for c in self.cases if c.opened.year <= year), default=None)
        years = model_years(year, first, self.issues)
        counts = {y: counts_of(self.cases, y) for y in {*years, year}}
        return protect_year(
            year, k, counts, first, facts_of(self.cases, year), self.issues, self.breakdowns
        )

    def issue(self, year: int, k: int) -> AnnualReport:
        report = _report(self.protect(year, k))
        at = dt.datetime(year + 1, 2, 1) + dt.timedelta(minutes=len(self.issues))
        c = counts_of(self.cases, year)
        truth = {"handled": c.handled, "new": c.new, "carried_over": c.carried_over,
                 "closed": c.closed, "open_at_year_end": c.open_at_year_end}  # fmt: skip
        figures = tuple(published_figures(report))
        self.issues.append(IssuedFigures(year, k, at, figures, tuple(sorted(truth.items()))))
        self.published.append(report_dict(report))
        for figure in published_figures(report):
            if figure.display != "0":
                self.nonzero_cells += 1
                self.hidden_cells += figure.value is None
        return report
