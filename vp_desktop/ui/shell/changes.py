"""What a save changed, so the main window refreshes only the sections that show it.

A section (or a dialog) that saved announces a `Change`: which kinds of data, and for which
client (None: vault-wide, or every client). Each section declares the kinds it shows
(`Section.depends_on`); a section not on screen only marks itself stale and reloads when shown.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class DataKind(enum.Flag):
    """The kinds of data a save can change (a flag: one change may touch several)."""

    NONE = 0
    CLIENTS = enum.auto()  # a client's name, code or details; clients added or removed
    CASES = enum.auto()  # cases, their conversations, contacts, attachments, follow-up
    ACTIVITIES = enum.auto()  # activities done for a client
    PE = enum.auto()  # the adviser's professional development: log, evidence, credentials
    SETTINGS = enum.auto()  # the practice settings (retention, norms' cycle, language...)
    SIGNALS = enum.auto()  # signals, advice and the year plan
    REPORTS = enum.auto()  # annual reports issued (and the record of them)
    BACKUP = enum.auto()  # a backup was made (the dashboard's reminder)
    ALL = CLIENTS | CASES | ACTIVITIES | PE | SETTINGS | SIGNALS | REPORTS | BACKUP


@dataclass(frozen=True)
class Change:
    """One save's effect: the kinds of data it changed, for one client or (None) for all."""

    kinds: DataKind
    client_id: int | None = None

    def concerns(self, kinds: DataKind, client_id: int | None) -> bool:
        """True when a view of `kinds` for `client_id` (None: not tied to one) is out of date."""
        if not self.kinds & kinds:
            return False
        return self.client_id is None or client_id is None or self.client_id == client_id


#: a change nobody can narrow down (an import, a purge, an offboarding): everything reloads
EVERYTHING = Change(DataKind.ALL)
