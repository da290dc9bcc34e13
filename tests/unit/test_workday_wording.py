"""Dutch that reads right: both adviser roles in the annual report, hours written one way,
one and many."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from vp_desktop.reports.pdf import render_annual_report
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.clients import clients
from vp_desktop.store.vault import Vault


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_both_roles_are_written_in_small_letters(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction() as s:
        client = clients.create_client(
            s,
            clients.ClientData(
                code="ACME", name="Acme Zorg", role_unwanted_behaviour=True, role_integrity=True
            ),
        )
    with vault.session() as s:
        report = build_annual_report(s, client.id, 2025, lang="nl", today=dt.date(2026, 2, 1))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_annual_report(report))
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout.split()
    )
    assert (
        "Rol bij deze organisatie: vertrouwenspersoon ongewenste omgangsvormen en "
        "vertrouwenspersoon integriteit." in text
    )
