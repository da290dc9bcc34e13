"""Guard: no colour is written anywhere in `vp_desktop/ui/` except the style module.

Widgets ask the style module for a role (error text, muted text, a surface...); a colour
literal elsewhere would ignore the palette and break the dark look. Reports and PDFs are not
part of this: they print on white paper.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "vp_desktop" / "ui"
STYLE_MODULE = UI / "shared" / "style.py"

# The CSS/SVG named colours a style sheet or QColor would accept, most used first.
_COLOUR_WORDS = (
    "white black red green blue yellow orange purple gray grey silver maroon navy teal "
    "olive lime aqua fuchsia magenta cyan pink brown gold beige ivory khaki lavender "
    "crimson coral salmon tomato indigo violet orchid plum tan wheat darkred darkgreen "
    "darkblue darkgray darkgrey lightgray lightgrey lightblue lightgreen lightyellow "
    "whitesmoke gainsboro firebrick forestgreen steelblue royalblue skyblue slategray "
    "slategrey dimgray dimgrey"
)
NAMED_COLOURS = _COLOUR_WORDS.split()
HEX = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})(?![0-9a-zA-Z_-])")
FUNCTIONAL = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(", re.IGNORECASE)
NAMED_IN_CSS = re.compile(
    r"(?:color|background|border[\w-]*|selection-[\w-]+|gridline-color|outline)\s*:[^;}]*\b("
    + "|".join(NAMED_COLOURS)
    + r")\b",
    re.IGNORECASE,
)
COLOUR_CLASSES = {"QColor", "QBrush", "QPen"}


def colour_literals(source: str) -> list[str]:
    """Every colour written in `source`, as `line: what`."""
    found: list[str] = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if HEX.search(text) or FUNCTIONAL.search(text) or NAMED_IN_CSS.search(text):
                found.append(f"{node.lineno}: {text!r}")
            elif text.strip().lower() in NAMED_COLOURS:
                found.append(f"{node.lineno}: named colour {text!r}")
        elif isinstance(node, ast.Attribute):
            if node.attr == "GlobalColor" or (
                isinstance(node.value, ast.Name)
                and node.value.id == "Qt"
                and node.attr.lower() in NAMED_COLOURS
            ):
                found.append(f"{node.lineno}: Qt.{node.attr}")
        elif isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else None
            name = name or (node.func.attr if isinstance(node.func, ast.Attribute) else None)
            # A colour made from numbers (QColor(255, 0, 0)) is as hard-coded as "#ff0000".
            if name in COLOUR_CLASSES and any(
                isinstance(arg, ast.Constant) and isinstance(arg.value, int | float | str)
                for arg in node.args
            ):
                found.append(f"{node.lineno}: {name}(...) with a literal")
    return found


def ui_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p != STYLE_MODULE)


def test_the_ui_writes_no_colour_outside_the_style_module() -> None:
    assert len(ui_modules()) > 40  # the glob reaches the feature folders
    offenders = {
        str(path.relative_to(UI)): hits
        for path in ui_modules()
        if (hits := colour_literals(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, "ask vp_desktop/ui/shared/style.py for a role instead"


@pytest.mark.parametrize(
    "snippet",
    [
        'label.setStyleSheet("color: #b3261e;")',
        'label.setStyleSheet("color: #fff")',
        "QBrush(QColor('#6b6b6b'))",
        'w.setStyleSheet("QFrame { background: white; border: 1px solid #e1e4e8; }")',
        'w.setStyleSheet("background: rgb(10, 20, 30)")',
        'w.setStyleSheet("color: rgba(0,0,0,0.5)")',
        'w.setStyleSheet("QLabel { color : Red }")',
        "painter.setPen(Qt.GlobalColor.red)",
        "painter.setPen(Qt.white)",
        "painter.setBrush(QColor(255, 0, 0))",
        'item.setForeground(QColor("red"))',
        'colour = "darkgreen"',
    ],
)
def test_the_guard_catches_each_way_of_writing_a_colour(snippet: str) -> None:
    assert colour_literals(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        'w.setStyleSheet("#sidebar { background: $sidebar; }")',
        'w.setObjectName("dashboardCard")',
        'apply_style(w, "#dashboardCard { border: 1px solid $border; }")',
        'text_role(label, Role.ERROR, "font-weight: bold;")',
        'self.tr("Rood is een kleur")',  # Dutch words are no CSS colours
        'label.setText("The report is ready")',  # "red" inside a word is no colour
        "QColor(colour(Role.MUTED))",
    ],
)
def test_the_guard_leaves_roles_and_ordinary_text_alone(snippet: str) -> None:
    assert colour_literals(snippet) == []


def style_constants(source: str) -> list[str]:
    """Module-level style sheets or colour tables, which belong in the style module."""
    names: list[str] = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name) and re.search(r"(STYLE|COLOU?RS?)$", target.id):
                names.append(target.id)
    return names


def test_style_constants_are_written_once_in_the_style_module() -> None:
    assert style_constants('ERROR_STYLE = "x"\nTONE_COLOURS = {}') == [
        "ERROR_STYLE",
        "TONE_COLOURS",
    ]
    offenders = {
        str(path.relative_to(UI)): names
        for path in ui_modules()
        if (names := style_constants(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
