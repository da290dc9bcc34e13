"""The progress bars as the adviser reads them: the real counted total, and bars that keep their
width whatever the status next to them says."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QProgressBar

from vp_desktop.services.professional_development import pe_progress
from vp_desktop.services.professional_development.pe import PeData, add_pe_activity
from vp_desktop.store.vault import Vault
from vp_desktop.ui.professional_development.pe_progress_view import BAR_MIN_WIDTH, ProgressPanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = dt.date(2026, 12, 2)


def _panel(qtbot, vault: Vault, width: int) -> ProgressPanel:
    with vault.session() as s:
        setup = pe_progress.load_setup(s)
        evaluations = pe_progress.progress(s, TODAY)
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show_progress(evaluations, setup.needs_cycle_start, "nl")
    panel.resize(width, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_cycle_total_shows_the_hours_counted_beyond_the_minimum(qtbot, vault: Vault):
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["lvv_cycle"], dt.date(2023, 9, 1))
        for kind, minutes, number in (
            ("course", 58 * 60, "ZO-1"),
            ("intervision", 43 * 60 + 30, None),
            ("extra", 31 * 60, None),
        ):
            add_pe_activity(s, PeData(kind, dt.date(2025, 3, 1), minutes, None, number))
    panel = _panel(qtbot, vault, 900)
    total = panel.lines[("lvv_cycle", "total", "hours")].bar
    assert total.format() == "132,5 u van 72 u"
    assert total.value() == total.maximum()  # the bar itself stays full
    parts = [panel.lines[("lvv_cycle", code, "hours")].bar.format() for code in
             ("courses", "intervision", "extra")]  # fmt: skip
    assert parts == ["58 u van 24 u", "43,5 u van 32 u", "31 u van 16 u"]


def test_a_long_status_does_not_squeeze_the_bar(qtbot, vault: Vault):
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["yearly", "lvv_cycle"], dt.date(2023, 9, 1))
        add_pe_activity(s, PeData("course", dt.date(2026, 2, 1), 2 * 60, None, "ZO-1"))
        add_pe_activity(s, PeData("course", dt.date(2026, 12, 20), 6 * 60, None, "ZO-2"))
    panel = _panel(qtbot, vault, 1000)
    line = panel.lines[("yearly", "courses", "hours")]
    assert "achter op schema" in line.status.text() and "gepland" in line.status.text()
    bars = panel.findChildren(QProgressBar)
    assert bars and all(bar.width() >= BAR_MIN_WIDTH for bar in bars)
    # The status has its own line: under its bar, not beside it.
    bar_bottom = line.bar.mapTo(panel, QPoint(0, line.bar.height())).y()
    assert line.status.mapTo(panel, QPoint(0, 0)).y() >= bar_bottom
