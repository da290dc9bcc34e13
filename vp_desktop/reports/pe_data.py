"""What the professional-development report shows: plain data, handed over by the service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from vp_desktop.domain.pe_rules import Evaluation

Scope = Literal["year", "cycle"]


@dataclass(frozen=True, slots=True)
class PeReportActivity:
    on: dt.date
    kind: str
    minutes: int
    provider: str | None
    accreditation_number: str | None
    theme: str | None
    #: Names of the evidence files, as exported beside the report (or as stored).
    evidence: tuple[str, ...]
    #: Marked accredited by the adviser (an accreditation number speaks for itself).
    accredited: bool = False
    #: Dated after the report date: listed, not counted.
    planned: bool = False


@dataclass(frozen=True, slots=True)
class PeReportData:
    scope: Scope
    period_start: dt.date
    period_end: dt.date
    adviser_name: str
    registration_number: str
    #: Oldest first.
    activities: tuple[PeReportActivity, ...]
    evaluations: tuple[Evaluation, ...]
    generated_on: dt.date
    #: Folder name the evidence files were exported to, beside the report; None: not exported.
    evidence_folder: str | None = None
