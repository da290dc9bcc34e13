"""The check of the adviser's report texts against identifying data of the client's cases.

It lists every word that matches a name, alias, department or contact detail, and asks the adviser
to tick "Ik heb de tekst gecontroleerd" before such a report may leave the vault.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.annual_report.identifiers import IdentifierHit


class IdentifierCheck(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Controle op herkenbare gegevens"), parent)
        self._hits: list[IdentifierHit] = []
        self.hits_label = QLabel()
        self.hits_label.setWordWrap(True)
        self.hits_label.setAccessibleName(self.tr("Uitkomst van de controle"))
        self.hits_list = QListWidget()
        self.hits_list.setAccessibleName(self.tr("Gevonden herkenbare gegevens"))
        self.hits_list.setWordWrap(True)
        self.hits_list.setMaximumHeight(120)
        self.checked_box = QCheckBox(self.tr("Ik heb de tekst gecontroleerd"))
        self.checked_box.setAccessibleName(self.tr("Ik heb de tekst gecontroleerd"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hits_label)
        layout.addWidget(self.hits_list)
        layout.addWidget(self.checked_box)

    @property
    def hits(self) -> list[IdentifierHit]:
        return list(self._hits)

    def needs_confirmation(self) -> bool:
        """The texts match identifying data and the adviser has not ticked the box yet."""
        return bool(self._hits) and not self.checked_box.isChecked()

    def show_hits(self, hits: Sequence[IdentifierHit], lang: Lang) -> None:
        self._hits = list(hits)
        self.hits_list.clear()
        for hit in self._hits:
            self.hits_list.addItem(hit.describe(lang))
        self.hits_list.setVisible(bool(self._hits))
        self.checked_box.setEnabled(bool(self._hits))
        if self._hits:
            found = (
                self.tr("De teksten bevatten één woord dat overeenkomt met gegevens uit casussen.")
                if len(self._hits) == 1
                else self.tr(
                    "De teksten bevatten %1 woorden die overeenkomen met gegevens uit casussen."
                ).replace("%1", str(len(self._hits)))
            )
            advice = self.tr("Pas ze aan of controleer ze voordat u het verslag exporteert.")
            self.hits_label.setText(f"{found} {advice}")
        else:
            self.checked_box.setChecked(False)
            self.hits_label.setText(
                self.tr("Geen namen, afdelingen of contactgegevens uit casussen gevonden.")
            )

    def reset(self) -> None:
        """Nothing checked yet: a new year, a new client, or texts that changed a lot."""
        self._hits = []
        self.hits_list.clear()
        self.hits_label.clear()
        self.checked_box.setChecked(False)
