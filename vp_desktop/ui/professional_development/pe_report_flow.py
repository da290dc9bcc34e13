"""Writing the PE overview from the PE section: the period's report, and its evidence beside it.

The texts keep the "PeSection" translation context they had in the section.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.services.professional_development import pe_export
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shell.workspace import Workspace

#: the period choice meaning "the running cycle" (other choices are years)
CYCLE = "cycle"


def export_overview(
    workspace: Workspace,
    choice: str | int,
    today: dt.date,
    *,
    ui_lang: Lang,
    lang: Lang,
    with_evidence: bool,
) -> Path | None:
    """The overview of `choice` (CYCLE or a year) written where the adviser says; None when
    cancelled or refused (the adviser is told why)."""
    prompts = workspace.prompts
    try:
        with workspace.session() as session:
            period = (
                pe_export.cycle_period(session, today)
                if choice == CYCLE
                else pe_export.year_period(session, int(choice))
            )
    except ValidationError as error:
        prompts.warn(
            QCoreApplication.translate("PeSection", "Overzicht opslaan"), error.describe(ui_lang)
        )
        return None
    suggested = Path.home() / pe_export.suggested_report_name(period, lang)
    target = prompts.save_file(
        QCoreApplication.translate("PeSection", "Overzicht opslaan als"), suggested, "PDF (*.pdf)"
    )
    if target is None:
        return None
    try:
        with workspace.transaction() as session:
            result = pe_export.export_pe_report(
                session,
                period,
                target,
                today,
                lang=lang,
                with_evidence=with_evidence,
            )
    except (NotFound, VaultError) as error:
        prompts.error(
            QCoreApplication.translate("PeSection", "Overzicht opslaan"), vault_error_text(error)
        )
        return None
    text = QCoreApplication.translate("PeSection", "Het overzicht staat in %1.").replace(
        "%1", str(result.report)
    )
    if result.evidence_folder is not None:
        count = len(result.evidence_files)
        files = (
            QCoreApplication.translate("PeSection", "1 bewijsstuk staat in de map %2.")
            if count == 1
            else QCoreApplication.translate(
                "PeSection", "%1 bewijsstukken staan in de map %2."
            ).replace("%1", str(count))
        )
        text += " " + files.replace("%2", str(result.evidence_folder))
    prompts.info(QCoreApplication.translate("PeSection", "Overzicht opgeslagen"), text)
    return result.report
