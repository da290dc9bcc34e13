"""Importing the PE log from a spreadsheet, from the PE section: choose the file, see every
problem (nothing imported) or confirm the number of activities, then import all of them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.caseload_io import ImportRefused
from vp_desktop.services.professional_development import pe_import
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.i18n import current_language
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shell.workspace import Workspace

#: Problems listed in the message; the rest are counted.
SHOWN_PROBLEMS = 12


def _problem_text(refused: ImportRefused, lang: Lang) -> str:
    lines = [f"{p.location(lang)}: {p.describe(lang)}" for p in refused.problems[:SHOWN_PROBLEMS]]
    hidden = len(refused.problems) - SHOWN_PROBLEMS
    if hidden > 0:
        lines.append(
            QCoreApplication.translate("PeImport", "… en nog %1 andere.").replace("%1", str(hidden))
        )
    return QCoreApplication.translate(
        "PeImport", "Er is niets geïmporteerd. Pas het bestand aan en probeer het opnieuw:"
    ) + ("\n\n" + "\n".join(lines))


def import_pe_log(workspace: Workspace, path: Path | None = None) -> int | None:
    """Run the import; the number of activities imported, or None (cancelled or refused)."""
    # The problems in the language of the rest of the message (the UI's), not the vault's
    # label language: the two can differ.
    lang: Lang = "en" if current_language() == "en" else "nl"
    prompts = workspace.prompts
    title = QCoreApplication.translate("PeImport", "Logboek importeren")
    if path is None:
        path = prompts.open_file(
            QCoreApplication.translate("PeImport", "Logboek deskundigheidsbevordering importeren"),
            QCoreApplication.translate("PeImport", "Spreadsheet (*.csv *.xlsx)"),
        )
        if path is None:
            return None
    try:
        table = pe_import.read_pe_log(path)
        with workspace.session() as session:
            plan = pe_import.check_pe_log(session, table)
        if plan.problems:
            raise ImportRefused(plan.problems)
        count = len(plan.activities)
        one = count == 1
        question = (
            QCoreApplication.translate("PeImport", "1 activiteit importeren uit %2?")
            if one
            else QCoreApplication.translate(
                "PeImport", "%1 activiteiten importeren uit %2?"
            ).replace("%1", str(count))
        )
        if not prompts.confirm(title, question.replace("%2", path.name)):
            return None
        with workspace.transaction() as session:
            imported = pe_import.import_pe_log(session, table)
    except ImportRefused as refused:
        prompts.warn(title, _problem_text(refused, lang))
        return None
    except VaultError as error:
        prompts.error(title, vault_error_text(error))
        return None
    done = (
        QCoreApplication.translate("PeImport", "1 activiteit is geïmporteerd.")
        if imported == 1
        else QCoreApplication.translate("PeImport", "%1 activiteiten zijn geïmporteerd.").replace(
            "%1", str(imported)
        )
    )
    prompts.info(title, done)
    return imported
