"""Settings and the adviser's profile, stored inside the vault (never in QSettings)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain.disclosure import DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD
from vp_desktop.services.errors import Checker
from vp_desktop.store.models import Setting


@dataclass(frozen=True, slots=True)
class Settings:
    adviser_name: str = ""
    registration_number: str = ""
    adviser_email: str = ""
    adviser_phone: str = ""
    practice_name: str = ""
    language: str = "nl"
    auto_lock_minutes: int = 5
    #: text the app put on the clipboard is cleared after this many seconds (0: at lock only)
    clipboard_clear_seconds: int = 30
    disclosure_threshold: int = DEFAULT_THRESHOLD
    retention_months: int = 12
    backup_reminder_days: int = 7
    report_gender: bool = False
    report_age: bool = False
    pe_rule_sets: tuple[str, ...] = ("yearly", "lvv_cycle")
    pe_cycle_start: dt.date | None = None
    # Rule sets the adviser edited: preset code -> RuleSet.to_dict()
    pe_custom_rules: dict[str, Any] = field(default_factory=dict)
    last_backup_at: dt.datetime | None = None
    #: The dashboard warns this many months before a credential expires.
    credential_warning_months: int = 3


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def _encode(value: object) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return json.dumps(value.isoformat())
    if isinstance(value, tuple):
        return json.dumps(list(value))
    return json.dumps(value)


def _decode(name: str, raw: str) -> object:
    value = json.loads(raw)
    if value is None:
        return None
    if name == "pe_cycle_start":
        return dt.date.fromisoformat(value)
    if name == "last_backup_at":
        return dt.datetime.fromisoformat(value)
    if name == "pe_rule_sets":
        return tuple(value)
    return value


def load(session: Session) -> Settings:
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    values = {k: _decode(k, v) for k, v in stored.items() if k in _FIELDS}
    return Settings(**values)  # type: ignore[arg-type]


def validate(settings: Settings) -> None:
    check = Checker()
    if not MIN_THRESHOLD <= settings.disclosure_threshold <= MAX_THRESHOLD:
        check.add("disclosure_threshold", "threshold_range")
    if not 1 <= settings.retention_months <= 120:
        check.add("retention_months", "retention_range")
    if not 1 <= settings.auto_lock_minutes <= 240:
        check.add("auto_lock_minutes", "auto_lock_range")
    if not 0 <= settings.clipboard_clear_seconds <= 600:
        check.add("clipboard_clear_seconds", "clipboard_range")
    if not 1 <= settings.credential_warning_months <= 24:
        check.add("credential_warning_months", "credential_warning_range")
    if settings.language not in ("nl", "en"):
        check.add("language", "unknown_code", value=settings.language)
    for name in (
        "adviser_name",
        "registration_number",
        "adviser_email",
        "adviser_phone",
        "practice_name",
    ):
        check.text(name, getattr(settings, name), 200)
    check.raise_if_any()


def update(session: Session, **changes: object) -> Settings:
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise TypeError(f"unknown settings: {sorted(unknown)}")
    current = load(session)
    updated = dataclasses.replace(current, **changes)  # type: ignore[arg-type]
    validate(updated)
    for name in changes:
        session.merge(Setting(key=name, value=_encode(getattr(updated, name))))
    session.flush()
    return updated


#: Set in a vault made by the demo generator: its window title and reports say "demo".
DEMO_PRACTICE_KEY = "demo_practice"


def is_demo_practice(session: Session) -> bool:
    """Whether this vault holds the fictional demo practice (never mistaken for a real one)."""
    row = session.get(Setting, DEMO_PRACTICE_KEY)
    if row is None:
        return False
    try:
        return json.loads(row.value) is True
    except json.JSONDecodeError:
        return False


def mark_demo_practice(session: Session) -> None:
    session.merge(Setting(key=DEMO_PRACTICE_KEY, value=json.dumps(True)))
    session.flush()
