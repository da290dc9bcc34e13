"""The annual report's "Jaarplan en realisatie" and "Advies aan de organisatie": plan against
what was done, next year's plan, advice by theme and count only (never the advice text)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.report_fixture import YEAR, populate_known_client
from vp_desktop.reports.formats import to_json
from vp_desktop.reports.pdf import render_annual_report
from vp_desktop.services.activities import activities
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.signals import advice, plan
from vp_desktop.store.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
SECRET_ADVICE = "qxgeheimadvies"


def _text(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-layout", str(source), "-"], check=True, capture_output=True, text=True
    )
    return " ".join(result.stdout.split())


def test_plan_against_realisation_next_year_and_advice_counts(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction() as s:
        client_id = populate_known_client(s)
        held = activities.add_activity(
            s, client_id, activities.ActivityData("manager_training", dt.date(YEAR, 4, 2), 120)
        ).id
        done = plan.add_plan_item(
            s,
            client_id,
            plan.PlanItemData(YEAR, "manager_training", dt.date(YEAR, 4, 1), "Teamleiders zorg"),
        ).id
        plan.link_activity(s, client_id, done, held)
        plan.add_plan_item(s, client_id, plan.PlanItemData(YEAR, "annual_meeting"))
        plan.add_plan_item(
            s,
            client_id,
            plan.PlanItemData(YEAR + 1, "information_session", dt.date(YEAR + 1, 3, 1), "Nieuwe"),
        )
        for theme, solicited in (("culture", True), ("culture", False), ("policy", False)):
            data = advice.AdviceData(dt.date(YEAR, 5, 1), theme, SECRET_ADVICE, solicited)
            advice.add_advice(s, client_id, data)
    with vault.session() as s:
        report = build_annual_report(s, client_id, YEAR, lang="nl", today=dt.date(YEAR + 1, 1, 15))
    assert report.plan is not None and report.plan.done == 1
    text = _text(render_annual_report(report), tmp_path)
    assert "Jaarplan en realisatie 2025" in text
    assert "Van de 2 geplande activiteiten is er 1 gerealiseerd." in text
    assert "Teamleiders zorg" in text and "niet gerealiseerd" in text
    assert "Jaarplan 2026" in text and "01-03-2026" in text
    assert (
        "In 2025 gaf de vertrouwenspersoon 3 adviezen aan de organisatie: 1 gevraagd en 2" in text
    )
    assert "Cultuur en omgangsvormen 1 1 2" in text
    assert "Thema Gevraagd Ongevraagd Totaal" in text  # no heading split inside a word
    assert SECRET_ADVICE not in text
    assert SECRET_ADVICE.encode() not in to_json(report)


def test_without_plan_or_advice_the_report_is_as_it_was(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction() as s:
        client_id = populate_known_client(s)
    with vault.session() as s:
        report = build_annual_report(s, client_id, YEAR, lang="en", today=dt.date(YEAR + 1, 1, 15))
    text = _text(render_annual_report(report), tmp_path)
    assert "Annual plan and realisation" not in text
    assert "Advice to the organisation" not in text


def test_only_next_years_plan_says_this_year_had_none(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction() as s:
        client_id = populate_known_client(s)
        plan.add_plan_item(s, client_id, plan.PlanItemData(YEAR + 1, "annual_meeting"))
    with vault.session() as s:
        report = build_annual_report(s, client_id, YEAR, lang="en", today=dt.date(YEAR + 1, 1, 15))
    text = _text(render_annual_report(report), tmp_path)
    assert "Annual plan and realisation 2025 No annual plan was recorded for 2025." in text
    assert "Annual plan 2026" in text and "Annual meeting" in text


def test_a_planned_item_past_its_target_date_is_not_realised_in_a_running_year(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as s:
        client_id = populate_known_client(s)
        for target, text in ((dt.date(YEAR, 11, 1), "Jaargesprek directie"),
                             (dt.date(YEAR, 12, 15), "Voorlichting team")):  # fmt: skip
            plan.add_plan_item(
                s, client_id, plan.PlanItemData(YEAR, "annual_meeting", target, text)
            )
    with vault.session() as s:
        report = build_annual_report(s, client_id, YEAR, lang="nl", today=dt.date(YEAR, 12, 2))
    text = _text(render_annual_report(report), tmp_path)
    assert "01-11-2025 Jaargesprek directie niet gerealiseerd" in text
    assert "15-12-2025 Voorlichting team nog niet" in text
