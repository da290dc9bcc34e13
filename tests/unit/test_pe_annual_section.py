"""The annual report's PE section: every figure as of the report year's end, the cycle total,
the caps in the PE report's words, and the client's own norm."""

from __future__ import annotations

import datetime as dt

from tests.support.pdf_text import pdf_text
from vp_desktop.reports.pdf import render_annual_report
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.clients import clients
from vp_desktop.services.professional_development import pe_progress
from vp_desktop.services.professional_development.annual_section import (
    pe_section_for_report,
    report_date,
)
from vp_desktop.services.professional_development.pe import PeData, add_pe_activity
from vp_desktop.store.vault import Vault

H = 60


def log(vault: Vault, on: str, kind: str, hours: float, number: str | None = "ACC-1") -> None:
    data = PeData(kind, dt.date.fromisoformat(on), round(hours * H), accreditation_number=number)
    with vault.transaction() as s:
        add_pe_activity(s, data)


def client(vault: Vault, **norm: object) -> int:
    with vault.transaction() as s:
        return clients.create_client(s, clients.ClientData("ACME", "Acme", **norm)).id  # type: ignore[arg-type]


def test_report_date_is_the_year_end_or_today() -> None:
    assert report_date(2025, dt.date(2026, 3, 1)) == dt.date(2025, 12, 31)
    assert report_date(2025, dt.date(2025, 6, 1)) == dt.date(2025, 6, 1)


def test_the_2025_report_counts_what_was_done_by_31_december(vault: Vault) -> None:
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["yearly", "lvv_cycle"], dt.date(2024, 1, 1))
    acme = client(vault)
    log(vault, "2024-05-01", "course", 30)
    log(vault, "2025-12-31", "course", 8)  # the last day of the year counts
    log(vault, "2026-01-01", "course", 12)  # the day after does not
    log(vault, "2026-09-01", "course", 8)  # nor a planned course
    log(vault, "2025-06-01", "congress", 6, number=None)  # not accredited
    with vault.session() as s:
        section = pe_section_for_report(s, acme, 2025, dt.date(2026, 3, 1), "nl")
    assert section.total_minutes == 14 * H
    yearly, cycle = section.rule_sets
    assert yearly.requirements[0].counted_minutes == 14 * H  # the yearly standard needs none
    courses = cycle.requirements[0]
    assert courses.counted_minutes == 38 * H
    assert courses.unaccredited_minutes == 6 * H
    assert cycle.as_of == dt.date(2025, 12, 31)
    assert cycle.total_counted_minutes == 38 * H and cycle.total_min_minutes == 72 * H


def test_pdf_shows_the_cycle_total_caps_and_the_year_is_final(vault: Vault) -> None:
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["yearly", "lvv_capped"], dt.date(2024, 9, 1))
    acme = client(vault)
    log(vault, "2024-12-01", "course", 16)
    log(vault, "2025-01-15", "course", 16)  # same cycle year as December: capped
    with vault.session() as s:
        report = build_annual_report(s, acme, 2025, today=dt.date(2026, 2, 1))
    text = pdf_text(render_annual_report(report))
    yearly_part, cycle_part = text.split("Certificeringsschema met jaarmaxima")[-2:]
    # The year is over: its standard is met or not met, never behind schedule.
    assert "4 bijeenkomsten Niet behaald" in yearly_part
    assert "Achter op schema" not in yearly_part
    # The cycle runs on: its total, and the caps in the PE report's words.
    assert "Totaal 16 u 72 u Achter op schema" in cycle_part
    assert "Voor geaccrediteerde bijscholing telt per cyclusjaar hoogstens 16 u mee." in cycle_part
    assert "Door het jaarmaximum telden 16 u van geaccrediteerde bijscholing niet mee." in text
    assert "Stand op 31-12-2025." in cycle_part
    yearly = report.development.rule_sets[0]
    assert yearly.requirements[1].sessions_status == "not_met"


def test_client_norm_in_the_report(vault: Vault) -> None:
    acme = client(vault, pe_norm_minutes=16 * H, pe_norm_sessions=2)
    log(vault, "2025-03-01", "course", 10)
    log(vault, "2025-04-01", "intervision", 2)
    log(vault, "2025-05-01", "intervision", 0.5)  # too short to be a session
    with vault.session() as s:
        norm = pe_section_for_report(s, acme, 2025, dt.date(2026, 1, 5), "nl").client_norm
    assert norm is not None
    assert (norm.counted_minutes, norm.sessions, norm.met) == (12.5 * H, 1, False)
    with vault.session() as s:
        report = build_annual_report(s, acme, 2025, today=dt.date(2026, 1, 5))
    text = pdf_text(render_annual_report(report))
    assert "Norm van de opdrachtgever" in text
    assert "Uren in 2025 12,5 u 16 u Niet behaald" in text
    assert "1 bijeenkomst 2 bijeenkomsten Niet behaald" in text
    assert "Intervisiebijeenkomsten in 2025" in text
    with vault.transaction() as s:
        other = clients.create_client(s, clients.ClientData("BETA", "Beta")).id
        assert pe_section_for_report(s, other, 2025, dt.date(2026, 1, 5), "nl").client_norm is None
