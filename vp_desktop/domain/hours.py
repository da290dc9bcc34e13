"""Hours written one way everywhere (screens, reports, exports): "8 u", "8,25 u", "8.25 h"."""

from __future__ import annotations

from vp_desktop.domain.vocab import Lang


def hours_label(minutes: int, lang: Lang = "nl") -> str:
    """Minutes as hours with a decimal fraction: Dutch "8 u", "8,25 u", "0,5 u"; English "8.25 h".

    Hours are logged in quarters, so two decimals at most are exact; other minutes round half up
    to hundredths of an hour ("0,17 u" for 10 minutes). Negative values get a minus sign.
    """
    sign = "-" if minutes < 0 else ""
    hundredths = (abs(minutes) * 100 + 30) // 60
    whole, frac = divmod(hundredths, 100)
    sep, unit = (",", "u") if lang == "nl" else (".", "h")
    text = str(whole) if frac == 0 else f"{whole}{sep}{frac:02d}".rstrip("0")
    return f"{sign}{text} {unit}"
