"""Writing the recertification dossier from the PE section: pick a folder, write, say where."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.services.professional_development.dossier import export_dossier
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shell.workspace import Workspace


def export_dossier_to_folder(
    workspace: Workspace, today: dt.date, ui_lang: Lang, lang: Lang
) -> Path | None:
    """The dossier's folder, or None (cancelled, or refused with a message)."""
    prompts = workspace.prompts
    title = QCoreApplication.translate("PeDossier", "Herregistratiedossier")
    parent = prompts.folder(
        QCoreApplication.translate("PeDossier", "In welke map komt het herregistratiedossier?"),
        Path.home(),
    )
    if parent is None:
        return None
    try:
        with workspace.transaction() as session:
            result = export_dossier(session, parent, today, lang)
    except ValidationError as error:
        prompts.warn(title, error.describe(ui_lang))
        return None
    except (NotFound, VaultError) as error:
        prompts.error(title, vault_error_text(error))
        return None
    count = len(result.evidence_files)
    folder = str(result.folder)
    if count == 0:
        text = QCoreApplication.translate(
            "PeDossier", "Het dossier staat in de map %1. Er zijn nog geen bewijsstukken."
        ).replace("%1", folder)
    elif count == 1:
        text = QCoreApplication.translate(
            "PeDossier", "Het dossier en 1 bewijsstuk staan in de map %1."
        ).replace("%1", folder)
    else:
        text = (
            QCoreApplication.translate(
                "PeDossier", "Het dossier en %1 bewijsstukken staan in de map %2."
            )
            .replace("%1", str(count))
            .replace("%2", folder)
        )
    prompts.info(title, text)
    return result.folder
