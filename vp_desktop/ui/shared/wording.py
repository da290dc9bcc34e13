"""Small helpers for sentences that must read correctly: one or many, and hours.

Dutch is the source language, so Qt's own plural forms (`tr(text, "", n)`) would need a Dutch
catalogue; instead the caller translates both sentences and this picks the right one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def count_text(count: int, one: str, many: str) -> str:
    """`one` for exactly one (written out, e.g. "1 dossier is vernietigd"), else `many` with
    %1 replaced by the count."""
    return one if count == 1 else many.replace("%1", str(count))


def hours_text(minutes: int) -> str:
    """Time written one way everywhere: "0 uur", "45 min", "2,5 uur", "1 uur 15 min" never."""
    t = QCoreApplication.translate
    if 0 < minutes < 60:
        return t("Wording", "%1 min").replace("%1", str(minutes))
    hours = minutes / 60
    text = f"{hours:.1f}".rstrip("0").rstrip(".") if hours % 1 else str(int(hours))
    return t("Wording", "%1 uur").replace("%1", text.replace(".", t("Wording", ",")))
