"""GUI test fixtures: scripted answers to every modal question, a workspace, screenshots."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from vp_desktop.services.casework import case_list, cases
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shared.prompts import Choice, Prompts
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.workspace import Workspace

SCREENSHOTS = Path(__file__).resolve().parents[1] / "_artifacts" / "screenshots"
# The offscreen platform says this on every top-level show(); it is no problem of ours.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class ScriptedPrompts(Prompts):
    """Answers questions from a queue and records everything that was asked or said.

    A question without a queued answer fails the test: a dialog nobody expected is a bug.
    """

    def __init__(self) -> None:
        super().__init__(None)
        self.answers: deque[Any] = deque()
        self.asked: list[tuple[str, str, str]] = []  # (kind, title, text)

    def queue(self, *answers: Any) -> ScriptedPrompts:
        self.answers.extend(answers)
        return self

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.asked]

    def _answer(self, kind: str, title: str, text: str) -> Any:
        self.asked.append((kind, title, text))
        if not self.answers:
            raise AssertionError(f"unexpected {kind} question: {title!r} / {text!r}")
        return self.answers.popleft()

    def info(self, title: str, text: str) -> None:
        self.asked.append(("info", title, text))

    def warn(self, title: str, text: str) -> None:
        self.asked.append(("warn", title, text))

    def error(self, title: str, text: str) -> None:
        self.asked.append(("error", title, text))

    def confirm(self, title: str, text: str, *, destructive: bool = False) -> bool:
        return bool(self._answer("confirm", title, text))

    def save_discard_cancel(self, title: str, text: str) -> Choice:
        answer = self._answer("save_discard_cancel", title, text)
        assert isinstance(answer, Choice)
        return answer

    def text(self, title: str, label: str, *, secret: bool = False) -> str | None:
        return self._answer("text", title, label)  # type: ignore[no-any-return]

    def open_file(self, title: str, filters: str = "", start: Path | None = None) -> Path | None:
        return self._answer("open_file", title, filters)  # type: ignore[no-any-return]

    def save_file(self, title: str, suggested: Path, filters: str = "") -> Path | None:
        return self._answer("save_file", title, str(suggested))  # type: ignore[no-any-return]

    def folder(self, title: str, start: Path | None = None) -> Path | None:
        return self._answer("folder", title, str(start or ""))  # type: ignore[no-any-return]


class NotesStub(Section):
    """Test-only section: one case note of the active client, with unsaved edits and drafts."""

    key = "cases"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.client_id: int | None = None
        self.saved_text = ""
        self.case_id: int | None = None
        self.edit = QLineEdit()
        self.edit.setAccessibleName("Aantekening")
        self.calls: list[tuple[str, Any]] = []
        self.save_result = True
        QVBoxLayout(self).addWidget(self.edit)

    def title(self) -> str:
        return "Casussen"

    def set_client(self, client_id: int | None) -> None:
        # what the header said when the data changed: it must still be the old client's
        window = self.window()
        header = getattr(window, "client_name", None)
        self.calls.append(("set_client", (client_id, header.text() if header else None)))
        self.client_id = client_id
        self.case_id = None
        self.saved_text = ""
        if client_id is not None:
            with self.workspace.session() as session:
                rows = case_list.list_cases(session, client_id)
                if rows:
                    self.case_id = rows[-1].id
                    case = cases.get_case(session, client_id, rows[-1].id)
                    self.saved_text = case.notes or ""
        self.edit.setText(self.saved_text)

    def has_unsaved_changes(self) -> bool:
        return self.edit.text() != self.saved_text

    def save_changes(self) -> bool:
        self.calls.append(("save", self.edit.text()))
        if self.save_result:
            self.saved_text = self.edit.text()
        return self.save_result

    def discard_changes(self) -> None:
        self.calls.append(("discard", None))
        self.edit.setText(self.saved_text)

    def take_draft(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        return {"client_id": self.client_id, "text": self.edit.text()}

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self.calls.append(("restore_draft", draft))
        if draft.get("client_id") == self.client_id:
            self.edit.setText(draft["text"])

    def clear(self) -> None:
        self.edit.clear()
        self.saved_text = ""
        self.client_id = None

    def navigate(self, target: dict[str, Any]) -> None:
        self.calls.append(("navigate", target))

    def current_target(self) -> dict[str, Any] | None:
        return {"case_id": self.case_id} if self.case_id else None


@pytest.fixture
def notes_section(workspace: Workspace) -> NotesStub:
    return NotesStub(workspace)


@pytest.fixture(autouse=True)
def dutch_again() -> Iterator[None]:
    """A test that switches the language must not leave the next test in English."""
    yield
    from vp_desktop.ui import i18n

    if i18n.current_language() != i18n.SOURCE_LANGUAGE:
        i18n.install_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(scope="session")
def translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files compiled from resources/i18n, as set-up does, into a test folder."""
    from vp_desktop.ui.i18n import compile_translations

    folder = tmp_path_factory.mktemp("i18n")
    compile_translations(target=folder)
    return folder


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def workspace(vault: Vault, prompts: ScriptedPrompts) -> Workspace:
    return Workspace(vault, prompts)


@pytest.fixture
def qsettings(tmp_path: Path) -> Iterator[QSettings]:
    """Window state goes to a file of this test, never to the user's own settings."""
    settings = QSettings(str(tmp_path / "vp-desktop.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
