"""Small helpers for sentences that must read correctly: one or many. (Hours are written by one
helper everywhere: `vp_desktop.domain.pe_rules.hours_label`.)

Dutch is the source language, so Qt's own plural forms (`tr(text, "", n)`) would need a Dutch
catalogue; instead the caller translates both sentences and this picks the right one.
"""

from __future__ import annotations


def count_text(count: int, one: str, many: str) -> str:
    """`one` for exactly one (written out, e.g. "1 dossier is vernietigd"), else `many` with
    %1 replaced by the count."""
    return one if count == 1 else many.replace("%1", str(count))
