"""The app's look: a few semantic colour roles, light and dark, taken from the running palette.

Widgets never write a colour. They ask for a role — `text_role(label, Role.ERROR)`, or a
style-sheet template with `$role` placeholders through `apply_style` — and paint code asks
`colour(Role.X)` while painting. The neutral roles (text, muted text, surfaces, borders,
selection) are derived from the QPalette of the running style; the signal roles (error,
warning, success) have a light and a dark variant, chosen by how dark the window background
really is, so they keep their contrast on either.

`follow_platform_scheme(app)` connects to the desktop's colour scheme
(`QStyleHints.colorSchemeChanged`, Qt 6.5+): when it turns dark while the style keeps a
light palette (Fusion, offscreen), a dark palette is installed; every widget styled here is
then restyled in place, so switching the desktop theme restyles the open window.
A guard test keeps colour literals out of the rest of `vp_desktop/ui/`.
"""

from __future__ import annotations

from enum import StrEnum
from string import Template

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

_TEMPLATE_PROPERTY = "vpLookTemplate"  # the unrendered template, so a restyle can re-render it


class Role(StrEnum):
    """What a colour means; the `$name` of each role is its value."""

    TEXT = "text"  # the window's own text (headings)
    MUTED = "muted"  # secondary text: hints, dates, explanations
    ERROR = "error"  # a message that something is wrong
    WARNING = "warning"  # attention, not yet wrong
    CAUTION = "caution"  # between warning and success (a fair passphrase)
    SUCCESS = "success"  # done, on track
    LINK = "link"  # a flat button that reads as a link
    SURFACE = "surface"  # a card or header on the window background
    BORDER = "border"  # a card's or header's edge
    SIDEBAR = "sidebar"  # the navigation column, a shade off the window
    HOVER = "hover"  # a sidebar button under the mouse
    CHECKED = "checked"  # the chosen sidebar section
    SELECTED = "selected"  # a selected row's background
    SELECTED_TEXT = "selected_text"  # a selected row's text
    BADGE = "badge"  # the background of a small count badge
    BADGE_TEXT = "badge_text"  # the count on it
    NOTE_BACKGROUND = "note_background"  # a calm notice box (what a step does)
    NOTE_BORDER = "note_border"
    NOTE_TEXT = "note_text"
    BANNER_BACKGROUND = "banner_background"  # a warning box (closed case, export warning, demo)
    BANNER_BORDER = "banner_border"
    BANNER_TEXT = "banner_text"
    PROBLEM_ROW = "problem_row"  # a highlighted row that needs the adviser's attention
    TRACK = "track"  # the empty part of a meter


# The signal roles, as (light, dark) pairs: the hue stays, the lightness follows the background.
_SIGNAL_COLOURS: dict[Role, tuple[str, str]] = {
    Role.ERROR: ("#b3261e", "#f2b8b5"),
    Role.WARNING: ("#8a4b00", "#ffb870"),
    Role.CAUTION: ("#6b6b00", "#dede6a"),
    Role.SUCCESS: ("#1b6e24", "#8fd49a"),
    Role.NOTE_BACKGROUND: ("#fdf6e3", "#3a3322"),
    Role.NOTE_BORDER: ("#e6d8a8", "#6e5f34"),
    Role.NOTE_TEXT: ("#4a3f1c", "#f1e6c6"),
    Role.BANNER_BACKGROUND: ("#fff4e5", "#3f2d14"),
    Role.BANNER_BORDER: ("#e0b26b", "#8f6b30"),
    Role.BANNER_TEXT: ("#6e3c00", "#ffd29a"),
    Role.PROBLEM_ROW: ("#fbe0de", "#5a2a27"),
}

# How far each neutral role moves from the window background towards its text (0..1).
_NEUTRAL_MIX: dict[Role, float] = {
    Role.MUTED: 0.6,
    Role.BORDER: 0.14,
    Role.SIDEBAR: 0.035,
    Role.HOVER: 0.08,
    Role.BADGE: 0.12,
    Role.TRACK: 0.1,
}


def _mix(base: QColor, towards: QColor, share: float) -> QColor:
    """`base` moved `share` of the way to `towards`, per channel."""
    return QColor(
        round(base.red() + (towards.red() - base.red()) * share),
        round(base.green() + (towards.green() - base.green()) * share),
        round(base.blue() + (towards.blue() - base.blue()) * share),
    )


def _readable_under(background: QColor, text: QColor) -> QColor:
    """`background`, moved away from `text` just far enough for a 4.5:1 contrast."""
    away = QColor(0, 0, 0) if text.lightnessF() >= 0.5 else QColor(255, 255, 255)
    for step in range(21):
        candidate = _mix(background, away, step / 20)
        if contrast_ratio(candidate, text) >= 4.5:
            return candidate
    return away


def _palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window background is dark (light text on it)."""
    window = (palette or _palette()).color(QPalette.ColorRole.Window)
    return window.lightnessF() < 0.5


# Models ask for a colour per painted cell: remember each answer per palette (cacheKey changes
# whenever a palette does).
_resolved: dict[tuple[Role, int], QColor] = {}


def colour(role: Role, palette: QPalette | None = None) -> QColor:
    """The colour of `role` for the running palette (or `palette`)."""
    palette = palette or _palette()
    key = (role, palette.cacheKey())
    known = _resolved.get(key)
    if known is None:
        if len(_resolved) > 512:  # many palettes seen (tests): start afresh
            _resolved.clear()
        known = _resolved[key] = _resolve(role, palette)
    return QColor(known)


def brush(role: Role) -> QBrush:
    """A brush of `role`'s colour, for a model's ForegroundRole or BackgroundRole."""
    return QBrush(colour(role))


def _resolve(role: Role, palette: QPalette) -> QColor:
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if role in _SIGNAL_COLOURS:
        light, dark = _SIGNAL_COLOURS[role]
        return QColor(dark if is_dark(palette) else light)
    if role in _NEUTRAL_MIX:
        return _mix(window, text, _NEUTRAL_MIX[role])
    if role is Role.TEXT:
        return text
    if role is Role.LINK:
        link = palette.color(QPalette.ColorRole.Link)
        # Some dark palettes keep a link blue that is too dark to read on them.
        return link if contrast_ratio(link, window) >= 4.5 else _mix(link, text, 0.5)
    if role is Role.SURFACE:
        return palette.color(QPalette.ColorRole.Base)
    if role is Role.CHECKED:
        return _mix(window, palette.color(QPalette.ColorRole.Highlight), 0.22)
    if role is Role.SELECTED:
        # Some styles' highlight (Fusion's light blue) is too pale for its white text.
        return _readable_under(
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.HighlightedText),
        )
    if role is Role.SELECTED_TEXT:
        return palette.color(QPalette.ColorRole.HighlightedText)
    if role is Role.BADGE_TEXT:
        return _mix(window, text, 0.8)
    raise ValueError(role)  # pragma: no cover - every role is handled above


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1..21)."""

    def luminance(c: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def render(template: str, palette: QPalette | None = None) -> str:
    """`template` with each `$role` replaced by that role's colour."""
    values = {role.value: colour(role, palette).name() for role in Role}
    return Template(template).substitute(values)


def apply_style(widget: QWidget, template: str) -> None:
    """Give `widget` a style sheet written with `$role` placeholders; kept for restyling."""
    widget.setProperty(_TEMPLATE_PROPERTY, template)
    widget.setStyleSheet(render(template))


def text_role(widget: QWidget, role: Role, extra: str = "") -> None:
    """Colour `widget`'s text by `role`; `extra` adds declarations without colours."""
    apply_style(widget, f"color: ${role.value}; {extra}".strip())


# The style sheets of the few kinds of text and box the app shows, written once.
HEADING = "font-size: 16pt; font-weight: 600; color: $text;"
NOTE_BOX = (
    "background: $note_background; border: 1px solid $note_border; border-radius: 6px;"
    " padding: 10px; color: $note_text;"
)
BANNER_BOX = (
    "background: $banner_background; border: 1px solid $banner_border; border-radius: 3px;"
    " padding: 6px; color: $banner_text;"
)


def restyle_all() -> None:
    """Re-render every widget's template for the current palette and repaint."""
    for widget in QApplication.allWidgets():
        template = widget.property(_TEMPLATE_PROPERTY)
        if isinstance(template, str) and template:
            widget.setStyleSheet(render(template))
        widget.update()  # painted roles (badges, model brushes) are asked again


def dark_palette() -> QPalette:
    """A dark palette for styles that keep a light one when the desktop turns dark."""
    palette = QPalette()
    roles = QPalette.ColorRole
    window, base, text = (
        QColor(0x2B, 0x2D, 0x31),
        QColor(0x1F, 0x21, 0x24),
        QColor(0xE8, 0xEA, 0xED),
    )
    for role, value in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, QColor(0x26, 0x28, 0x2C)),
        (roles.ToolTipBase, base),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor(0x9A, 0xA0, 0xA6)),
        (roles.Text, text),
        (roles.Button, QColor(0x35, 0x37, 0x3C)),
        (roles.ButtonText, text),
        (roles.BrightText, QColor(0xFF, 0xB4, 0xAB)),
        (roles.Light, QColor(0x45, 0x48, 0x4E)),
        (roles.Midlight, QColor(0x3A, 0x3D, 0x42)),
        (roles.Mid, QColor(0x2F, 0x31, 0x35)),
        (roles.Dark, QColor(0x18, 0x19, 0x1B)),
        (roles.Shadow, QColor(0x0E, 0x0F, 0x10)),
        (roles.Highlight, QColor(0x3D, 0x6F, 0xB0)),
        (roles.HighlightedText, QColor(0xFF, 0xFF, 0xFF)),
        (roles.Link, QColor(0x8A, 0xB4, 0xF8)),
        (roles.LinkVisited, QColor(0xC5, 0x8A, 0xF9)),
    ):
        palette.setColor(role, value)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(0x80, 0x86, 0x8B))
    return palette


def readable_selection(palette: QPalette) -> QPalette:
    """`palette` with a highlight dark or light enough for its highlighted text (4.5:1)."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.HighlightedText)
    if contrast_ratio(highlight, text) >= 4.5:
        return palette
    readable = QPalette(palette)
    readable.setColor(QPalette.ColorRole.Highlight, _readable_under(highlight, text))
    return readable


class _SchemeFollower(QObject):
    """Matches the palette to the desktop's colour scheme and restyles on every change."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._app = app
        self._own_palette = app.palette()  # the style's, to go back to when light returns
        self._installed_dark = False
        self._following = False
        app.styleHints().colorSchemeChanged.connect(self.follow)
        # A platform theme may hand over its new palette after the scheme signal: restyle then too.
        app.paletteChanged.connect(self._palette_changed)

    def follow(self, scheme: Qt.ColorScheme) -> None:
        self._following = True
        try:
            if scheme == Qt.ColorScheme.Dark and not is_dark(self._app.palette()):
                self._app.setPalette(dark_palette())
                self._installed_dark = True
            elif scheme != Qt.ColorScheme.Dark and self._installed_dark:
                self._app.setPalette(self._own_palette)
                self._installed_dark = False
            current = self._app.palette()
            readable = readable_selection(current)
            if readable is not current:  # leave a palette the platform keeps up to date alone
                self._app.setPalette(readable)
        finally:
            self._following = False
        restyle_all()

    def _palette_changed(self, _palette: QPalette) -> None:
        if not self._following:
            restyle_all()


def follow_platform_scheme(app: QCoreApplication) -> _SchemeFollower:
    """Follow the desktop's light/dark scheme from now on (idempotent per application)."""
    if not isinstance(app, QGuiApplication):
        raise TypeError("the look needs a QGuiApplication")
    existing = app.findChild(_SchemeFollower)
    if isinstance(existing, _SchemeFollower):
        return existing
    follower = _SchemeFollower(app)
    follower.follow(app.styleHints().colorScheme())
    return follower
