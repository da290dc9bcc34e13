"""Where VP Desktop keeps its files on this computer, by the platform's conventions.

Always the local, per-user folders: on Windows `%LOCALAPPDATA%`, never the roaming profile,
which a domain copies to a server at every log-off (the vault must not leave the laptop).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_DIR_NAME = "VP Desktop"
DEFAULT_VAULT_NAME = "praktijk.vpvault"
LOG_FILE_NAME = "vp-desktop.log"


def data_dir() -> Path:
    """The default folder of the vault (and nothing else of ours)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def default_vault_path() -> Path:
    return data_dir() / DEFAULT_VAULT_NAME


def log_file() -> Path:
    """The log an adviser can send to support: event names and error types, never case text."""
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)) / LOG_FILE_NAME
