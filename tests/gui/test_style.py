"""The look: readable roles in light and dark, and a live restyle when the desktop switches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from vp_desktop.ui.shared import style
from vp_desktop.ui.shared.field_messages import InlineMessage
from vp_desktop.ui.shared.style import Role

TEXT_ROLES = [Role.TEXT, Role.MUTED, Role.ERROR, Role.WARNING, Role.CAUTION, Role.SUCCESS]


def light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    assert not style.is_dark(palette)
    return palette


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    """Give the test the application; put its palette and scheme back afterwards."""
    before = qapp.palette()
    yield qapp
    follower = qapp.findChild(style._SchemeFollower)  # noqa: SLF001
    if follower is not None:
        follower.follow(Qt.ColorScheme.Light)
        follower.setParent(
            None
        )  # gone now, not at the next event loop: the next test makes its own
        del follower
    qapp.setPalette(before)
    style.restyle_all()


@pytest.mark.parametrize("variant", ["light", "dark"])
@pytest.mark.parametrize("role", TEXT_ROLES)
def test_text_roles_contrast_with_the_window_background(qapp, variant: str, role: Role) -> None:
    palette = style.dark_palette() if variant == "dark" else light_palette()
    # The window itself, and the cards, header and lists drawn on it.
    for background in (
        palette.color(QPalette.ColorRole.Window),
        style.colour(Role.SURFACE, palette),
    ):
        ratio = style.contrast_ratio(style.colour(role, palette), background)
        assert ratio >= 4.5, f"{role} on {background.name()} ({variant}): {ratio:.2f}"


@pytest.mark.parametrize("variant", ["light", "dark"])
def test_boxed_and_selected_text_contrasts_with_its_own_box(qapp, variant: str) -> None:
    palette = style.dark_palette() if variant == "dark" else light_palette()
    for text, box in (
        (Role.NOTE_TEXT, Role.NOTE_BACKGROUND),
        (Role.BANNER_TEXT, Role.BANNER_BACKGROUND),
        (Role.SELECTED_TEXT, Role.SELECTED),
        (Role.BADGE_TEXT, Role.BADGE),
        (Role.TEXT, Role.SURFACE),
        (Role.TEXT, Role.CHECKED),
        (Role.TEXT, Role.SIDEBAR),
        (Role.MUTED, Role.SIDEBAR),
        (Role.TEXT, Role.PROBLEM_ROW),
    ):
        ratio = style.contrast_ratio(style.colour(text, palette), style.colour(box, palette))
        assert ratio >= 4.5, f"{text} on {box} ({variant}): {ratio:.2f}"
    link = style.colour(Role.LINK, palette)
    assert style.contrast_ratio(link, palette.color(QPalette.ColorRole.Window)) >= 4.5


def test_the_contrast_ratio_is_wcags() -> None:
    assert style.contrast_ratio(QColor(0, 0, 0), QColor(255, 255, 255)) == pytest.approx(21)
    assert style.contrast_ratio(QColor(119, 119, 119), QColor(255, 255, 255)) == pytest.approx(
        4.48, abs=0.01
    )


def test_switching_the_desktop_to_dark_restyles_an_open_error_label(qtbot, app_palette) -> None:
    app_palette.setPalette(light_palette())
    follower = style.follow_platform_scheme(app_palette)
    assert style.follow_platform_scheme(app_palette) is follower  # once per application
    message = InlineMessage("Melding")
    qtbot.addWidget(message)
    message.say("Dit is geen geldige datum.")
    message.show()
    light_error = style.colour(Role.ERROR).name()
    assert light_error in message.styleSheet()

    # What the platform theme sends when the desktop turns dark.
    app_palette.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.is_dark()
    dark_error = style.colour(Role.ERROR).name()
    assert dark_error != light_error
    assert dark_error in message.styleSheet()
    assert light_error not in message.styleSheet()
    text = message.palette().color(QPalette.ColorRole.WindowText)  # what is painted
    assert text.name() == dark_error
    window = app_palette.palette().color(QPalette.ColorRole.Window)
    assert style.contrast_ratio(text, window) >= 4.5

    app_palette.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not style.is_dark()
    assert light_error in message.styleSheet()


def test_a_dark_style_palette_is_kept_and_only_restyled(qtbot, app_palette) -> None:
    """A style that follows the desktop itself keeps its own dark palette."""
    own_dark = style.dark_palette()
    own_dark.setColor(QPalette.ColorRole.Window, QColor(0x10, 0x20, 0x30))
    app_palette.setPalette(own_dark)
    follower = style.follow_platform_scheme(app_palette)
    label = QLabel("Tip")
    qtbot.addWidget(label)
    style.text_role(label, Role.MUTED)
    follower.follow(Qt.ColorScheme.Dark)
    assert app_palette.palette().color(QPalette.ColorRole.Window) == QColor(0x10, 0x20, 0x30)
    assert style.colour(Role.MUTED).name() in label.styleSheet()


def test_a_template_names_only_roles_that_exist() -> None:
    with pytest.raises(KeyError):
        style.render("color: $no_such_role;")


def test_a_palette_handed_over_by_the_platform_restyles_too(qtbot, app_palette) -> None:
    """Some platform themes change the palette themselves, after or without the scheme signal."""
    app_palette.setPalette(light_palette())
    style.follow_platform_scheme(app_palette)
    label = QLabel("Vandaag")
    qtbot.addWidget(label)
    style.text_role(label, Role.SUCCESS)
    light = style.colour(Role.SUCCESS).name()
    assert light in label.styleSheet()
    app_palette.setPalette(style.dark_palette())
    assert style.colour(Role.SUCCESS).name() != light
    assert style.colour(Role.SUCCESS).name() in label.styleSheet()


def test_a_selection_too_pale_for_its_text_is_darkened(qtbot, app_palette) -> None:
    pale = light_palette()
    pale.setColor(QPalette.ColorRole.Highlight, QColor(0x30, 0x8C, 0xC6))  # Fusion's, 3.7:1
    pale.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    app_palette.setPalette(pale)
    style.follow_platform_scheme(app_palette)
    palette = app_palette.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.HighlightedText)
    assert style.contrast_ratio(highlight, text) >= 4.5
    assert highlight.hue() == QColor(0x30, 0x8C, 0xC6).hue()  # the same blue, darker
    readable = style.readable_selection(palette)
    assert readable is palette  # a readable palette is left as it is
