"""The export steps of the annual-report page: choose the file, see what a re-issue changes,
confirm, and export through the one use case the CLI shares (which records the report as
issued); and the adviser's own overview across all clients."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.overview import overview_csv, overview_xlsx
from vp_desktop.services import audit
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.annual_report.export import (
    IdentifierWarnings,
    export_annual_report,
    reissue_changes,
)
from vp_desktop.services.annual_report.overview import build_overview
from vp_desktop.services.errors import NotFound
from vp_desktop.services.safe_files import write_private_file
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shell.workspace import Workspace

_MAX_CHANGES_LISTED = 12


class ExportSteps(QObject):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace

    def export_report(
        self, client_id: int, client_code: str, year: int, lang: Lang, accepted: bool
    ) -> str | None:
        """Run the export dialogue; the status line to show, or None when cancelled."""
        prompts = self._workspace.prompts
        title = self.tr("Jaarverslag exporteren")
        suggested = Path.home() / f"Jaarverslag {client_code} {year}.pdf"
        target = prompts.save_file(
            title, suggested, self.tr("PDF (*.pdf);;JSON (*.json);;CSV (*.csv)")
        )
        if target is None:
            return None
        fmt = target.suffix.lower().lstrip(".")
        if fmt not in {"pdf", "json", "csv"}:
            fmt, target = "pdf", target.with_name(target.name + ".pdf")
        try:
            with self._workspace.session() as session:
                # Built once: the changes listed are those of the very report then written.
                built = build_annual_report(session, client_id, year, lang=lang)
                changes = reissue_changes(session, client_id, year, lang, report=built)
        except (VaultError, NotFound) as error:
            prompts.error(title, vault_error_text(error))
            return None
        question = self.tr(
            "Het jaarverslag %1 over %2 wordt opgeslagen als %3. Dit bestand staat daarna buiten "
            "de versleutelde kluis. Doorgaan?"
        )
        question = question.replace("%1", client_code).replace("%2", str(year))
        question = question.replace("%3", str(target))
        if changes:
            listed = "\n".join(
                f"• {c.title}{' – ' + c.label if c.label else ''}: {c.before} → {c.after}"
                for c in changes[:_MAX_CHANGES_LISTED]
            )
            more = len(changes) - _MAX_CHANGES_LISTED
            if more > 0:
                listed += "\n" + self.tr("… en nog %1").replace("%1", str(more))
            intro = self.tr(
                "Het jaarverslag over %1 is al eerder uitgebracht. Deze versie toont deze cijfers "
                "anders. Een verdeling die veranderde, wordt weggelaten; alle cijfers zijn samen "
                "met de eerdere uitgave beschermd, zodat het verschil geen klein aantal verraadt:"
            ).replace("%1", str(year))
            question = f"{intro}\n{listed}\n\n{question}"
        if not prompts.confirm(title, question):
            return None
        try:
            with self._workspace.transaction() as session:
                export_annual_report(session, client_id, year, target, fmt, lang=lang,
                                     accept_identifier_warnings=accepted,
                                     report=built)  # fmt: skip
        except IdentifierWarnings:
            prompts.warn(title, self.tr("Controleer eerst de gevonden herkenbare gegevens."))
            return None
        except (VaultError, NotFound) as error:
            prompts.error(title, vault_error_text(error))
            return None
        return str(
            self.tr("Het jaarverslag is opgeslagen als %1 en geregistreerd als uitgebracht.")
        ).replace("%1", str(target))

    def export_overview(self, lang: Lang) -> str | None:
        prompts = self._workspace.prompts
        title = self.tr("Overzicht exporteren")
        suggested = Path.home() / self.tr("Overzicht opdrachtgevers.xlsx")
        target = prompts.save_file(title, suggested, self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if target is None:
            return None
        as_csv = target.suffix.lower() == ".csv"
        if not as_csv and target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        question = self.tr(
            "Het overzicht bevat per opdrachtgever en per jaar de exacte aantallen meldingen en "
            "uren, zonder afscherming van kleine aantallen. Het is bedoeld voor uw eigen "
            "administratie. Opslaan als %1?"
        ).replace("%1", str(target))
        if not prompts.confirm(title, question):
            return None
        try:
            with self._workspace.session() as session:
                rows = build_overview(session)
            write_private_file(
                target, overview_csv(rows, lang) if as_csv else overview_xlsx(rows, lang)
            )
            with self._workspace.transaction() as session:
                audit.record(session, "report_exported", detail="overview")
        except VaultError as error:
            prompts.error(title, vault_error_text(error))
            return None
        return str(self.tr("Het overzicht is opgeslagen als %1.")).replace("%1", str(target))
