"""The English translation can work: every UI string is extracted under the context Qt looks it up
with at run time, and every one of them has a finished English translation.

pyside6-lupdate names a `self.tr(...)` string after the class the call is written in, which is
also the context PySide6 uses at run time. `other.tr(...)` or a home-made `tr(text)` wrapper gets
a context that never exists at run time (or no literal text at all), so English never shows.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from vp_desktop.domain.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "vp_desktop" / "ui"
TS_FILE = ROOT / "resources" / "i18n" / "vp_desktop_en.ts"
PLACEHOLDER = re.compile(r"%\d")


@dataclass(frozen=True)
class Call:
    where: str  # file:line
    context: str | None  # None when it cannot be known from the source
    text: str | None  # None when it is not one literal


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _TranslationCalls(ast.NodeVisitor):
    """Every tr()/translate() call of a module with the context lupdate would give it."""

    def __init__(self, label: str) -> None:
        self.label = label  # how problems name the file
        self.calls: list[Call] = []
        self.problems: list[str] = []
        self._classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        where = f"{self.label}:{node.lineno}"
        func = node.func
        first = node.args[0] if node.args else None
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = ast.unparse(func.value)
            if owner != "self":
                self.problems.append(f"{where}: {owner}.tr(...) — use self.tr or translate()")
            elif not self._classes:
                self.problems.append(f"{where}: self.tr(...) outside a class")
            else:
                text = _literal(first)
                if text is None:
                    self.problems.append(f"{where}: self.tr needs one literal string")
                self.calls.append(Call(where, self._classes[-1], text))
        elif isinstance(func, ast.Name) and func.id in {"tr", "_tr", "translate"}:
            self.problems.append(f"{where}: {func.id}(...) wrapper — lupdate cannot place it")
        elif isinstance(func, ast.Attribute) and func.attr == "translate":
            context = _literal(first)
            text = _literal(node.args[1] if len(node.args) > 1 else None)
            if context is None or text is None:
                self.problems.append(f"{where}: translate() needs a literal context and text")
            self.calls.append(Call(where, context, text))
        self.generic_visit(node)


def _scan() -> tuple[list[Call], list[str]]:
    calls: list[Call] = []
    problems: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        visitor = _TranslationCalls(str(path.relative_to(ROOT)))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        calls += visitor.calls
        problems += visitor.problems
    return calls, problems


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_tr_call_is_on_self_with_literal_text() -> None:
    _calls, problems = _scan()
    assert problems == []


def test_the_scan_catches_calls_lupdate_would_misplace() -> None:
    source = (
        "def tr(text):\n"
        "    return text\n"
        "class Dialog:\n"
        "    def build(self, owner, label):\n"
        "        owner.tr('Opslaan')\n"
        "        tr('Annuleren')\n"
        "        self.tr(label)\n"
        "        QCoreApplication.translate('Dialog', label)\n"
        "        self.tr('Sluiten')\n"
    )
    visitor = _TranslationCalls("example.py")
    visitor.visit(ast.parse(source))
    assert [p.split(": ", 1)[1].split(" ")[0] for p in visitor.problems] == [
        "owner.tr(...)",
        "tr(...)",
        "self.tr",
        "translate()",
    ]
    assert Call("example.py:9", "Dialog", "Sluiten") in visitor.calls


def test_every_ui_string_is_in_the_translation_file() -> None:
    """The .ts file was refreshed (`python -m vp_desktop.ui.i18n update`) after the last change."""
    calls, _problems = _scan()
    known = {(context, source) for context, source, _message in _messages()}
    missing = sorted(
        f"{call.where}: [{call.context}] {call.text!r}"
        for call in calls
        if call.context is not None
        and call.text is not None
        and (call.context, call.text) not in known
    )
    assert missing == []


def test_every_message_has_a_finished_english_translation() -> None:
    unfinished = []
    for context, source, message in _messages():
        translation = message.find("translation")
        state = None if translation is None else translation.get("type")
        text = "" if translation is None else (translation.text or "")
        if state in {"unfinished", "vanished", "obsolete"} or not text.strip():
            unfinished.append(f"[{context}] {source!r}")
    assert unfinished == []


def test_translations_keep_every_placeholder() -> None:
    """A lost %1 would show the wrong number or name in English."""
    broken = []
    for context, source, message in _messages():
        translation = message.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            broken.append(f"[{context}] {source!r} -> {translation!r}")
    assert broken == []


@pytest.mark.parametrize(
    "word", ["je", "jij", "jou", "jouw", "jezelf"], ids=lambda word: f"no-{word}"
)
def test_the_ui_says_u_not_je(word: str) -> None:
    """One form of address: the adviser is spoken to as "u" everywhere."""
    pattern = re.compile(rf"\b{word}\b", re.IGNORECASE)
    dutch = [(f"ui [{c}]", source) for c, source, _message in _messages()]
    dutch += [(f"message {code}", nl) for code, (nl, _en) in MESSAGES.items()]
    assert [f"{where}: {text!r}" for where, text in dutch if pattern.search(text)] == []


def test_the_lvv_cycle_is_called_recertification_in_english() -> None:
    """One English word for "herregistratie": recertification, never re-registration."""
    pattern = re.compile(r"re-?registr", re.IGNORECASE)
    english = [
        (f"ui [{c}] {source!r}", message.findtext("translation") or "")
        for c, source, message in _messages()
    ]
    for path in sorted((ROOT / "vp_desktop" / "reports").glob("*.py")):
        english.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    english.append(("docs/end-users.md", (ROOT / "docs" / "end-users.md").read_text("utf-8")))
    assert [where for where, text in english if pattern.search(text)] == []
    herregistratie = [
        message.findtext("translation") or ""
        for _c, source, message in _messages()
        if "herregistratie" in source.lower()
    ]
    assert herregistratie and all("ecertification" in text for text in herregistratie)
