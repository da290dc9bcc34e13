"""The adviser's sentences for store errors and stale items: one table for the whole UI.

Store errors carry a stable `code` and an English `reason` for the command line and logs; the UI
never shows those (or a driver's own words) but the translated sentence chosen here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vp_desktop.services.errors import NotFound
from vp_desktop.store.errors import VaultError, WrongPassphraseAfterChange


def vault_error_text(error: VaultError | NotFound) -> str:
    """A sentence for a store error (chosen by its code) or for an item that no longer exists."""
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "VaultErrors", "Dit item bestaat niet (meer). Kies het opnieuw in de lijst."
        )
    texts = {
        "wrong_passphrase": QCoreApplication.translate(
            "VaultErrors", "Deze wachtzin klopt niet. Probeer het opnieuw."
        ),
        "not_a_vault": QCoreApplication.translate(
            "VaultErrors", "Dit bestand is geen kluis van VP Desktop."
        ),
        "corrupt": QCoreApplication.translate(
            "VaultErrors", "De kluis is beschadigd. Zet een back-up terug."
        ),
        "newer_schema": QCoreApplication.translate(
            "VaultErrors",
            "Deze kluis is gemaakt met een nieuwere versie van VP Desktop. "
            "Werk de app bij om hem te openen.",
        ),
        "missing": QCoreApplication.translate(
            "VaultErrors", "Op deze plek staat geen kluis (meer). Kies het bestand."
        ),
        "exists": QCoreApplication.translate(
            "VaultErrors", "Op deze plek staat al een bestand. Kies een andere naam of map."
        ),
        "unwritable": QCoreApplication.translate(
            "VaultErrors",
            "Op deze plek kan VP Desktop niet schrijven (alleen-lezen of geen toegang).",
        ),
        "folder_missing": QCoreApplication.translate(
            "VaultErrors",
            "Deze map bestaat niet. Kies een bestaande map (staat de USB-stick erin?).",
        ),
        "disk_full": QCoreApplication.translate(
            "VaultErrors",
            "De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.",
        ),
        "in_use": QCoreApplication.translate(
            "VaultErrors",
            "Deze kluis is al geopend in een ander venster van VP Desktop. Sluit dat venster "
            "eerst, of ga daar verder.",
        ),
        "migration_failed": QCoreApplication.translate(
            "VaultErrors",
            "Het bijwerken van de kluis naar deze versie is mislukt; de kluis is ongewijzigd.",
        ),
        "closed": QCoreApplication.translate(
            "VaultErrors", "De kluis is vergrendeld; ontgrendel hem en probeer het opnieuw."
        ),
        "replaced": QCoreApplication.translate(
            "VaultErrors",
            "Het kluisbestand is verplaatst, vervangen of verwijderd terwijl het open was. Er "
            "wordt niets meer in opgeslagen. Sluit VP Desktop, zet het kluisbestand terug (of "
            "zet een back-up terug) en open het opnieuw.",
        ),
        "integrity_failed": QCoreApplication.translate(
            "VaultErrors",
            "De controle heeft schade in de kluis gevonden. Er wordt niets meer opgeslagen: zet "
            "de meest recente back-up terug (Gegevens → Back-up terugzetten).",
        ),
        "passphrase_refused": QCoreApplication.translate(
            "VaultErrors",
            "De wachtzin bevat een onzichtbaar stuurteken (zoals NUL). Typ hem opnieuw, "
            "zonder dat teken.",
        ),
        "passphrase_not_changed": QCoreApplication.translate(
            "VaultErrors",
            "De wachtzin is NIET gewijzigd; de oude wachtzin opent de kluis nog. Maak ruimte "
            "vrij op de schijf en probeer het opnieuw.",
        ),
        "wipe_incomplete": wipe_pending_text(),
        "restore_interrupted": QCoreApplication.translate(
            "VaultErrors",
            "Het terugzetten van een back-up is onderbroken: de kluis staat niet op zijn plek. "
            "Zolang de gecontroleerde kopie van de back-up en de vervangen kluis "
            "(…replaced-<datum>) ernaast staan, vraagt VP Desktop bij het openen of u het "
            "herstel wilt afmaken of ongedaan maken. Staat de vervangen kluis er niet meer, zet "
            "hem dan terug naast de kluis en open de kluis opnieuw.",
        ),
    }
    if isinstance(error, WrongPassphraseAfterChange):
        return QCoreApplication.translate(
            "VaultErrors",
            "Deze wachtzin klopt niet. Let op: de wachtzin van deze kluis is gewijzigd op "
            "%1. Als die wijziging misschien niet is afgemaakt, probeer dan de andere "
            "wachtzin (de oude of de nieuwe).",
        ).replace("%1", error.changed_at.strftime("%d-%m-%Y %H:%M"))
    fallback = QCoreApplication.translate(
        "VaultErrors", "De kluis kan nu niet worden gebruikt; er is niets veranderd."
    )
    return texts.get(error.code, fallback)


def wipe_pending_text() -> str:
    """Said after a purge or offboarding whose wipe of the file has to wait."""
    return QCoreApplication.translate(
        "VaultErrors",
        "De gegevens zijn verwijderd, maar het wissen van hun sporen uit het kluisbestand kon "
        "nog niet worden afgerond (een ander programma leest de kluis, of de schijf is vol). "
        "Dat gebeurt vanzelf wanneer u de kluis de volgende keer opent.",
    )
