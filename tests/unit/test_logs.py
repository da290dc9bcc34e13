"""The app's log file: private, in the platform's log folder, and the only place logs go."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from vp_desktop import app_dirs, logs


@pytest.fixture
def root_handlers() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def test_the_log_file_is_private_and_receives_the_apps_events(
    tmp_path: Path, root_handlers: None
) -> None:
    path = tmp_path / "logs" / "vp-desktop.log"
    assert logs.configure_file(path) == path
    logging.getLogger("vp_desktop.store.vault").info("vault opened")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "INFO vp_desktop.store.vault: vault opened" in path.read_text("utf-8")


def test_an_unwritable_log_folder_does_not_stop_the_app(
    tmp_path: Path, root_handlers: None
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert logs.configure_file(blocker / "vp-desktop.log") is None


def test_per_user_folders_are_local_never_roaming(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, object]] = []

    def user_data_dir(*args: object, **kwargs: object) -> str:
        seen.append(kwargs)
        return "/local/VP Desktop"

    monkeypatch.setattr(app_dirs.platformdirs, "user_data_dir", user_data_dir)
    assert app_dirs.default_vault_path() == Path("/local/VP Desktop/praktijk.vpvault")
    assert seen == [{"appauthor": False, "roaming": False}]
