"""The melder's own file (inzage, AVG art. 15) for one case, as one use case.

The PDF is the one an offboarding export holds for each open case; here it is written for one
case on request, privately (owner-only, atomically), and the export is recorded in the audit log
in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.casework.cases import get_case
from vp_desktop.store.vault import Vault


def suggested_path(vault: Vault, client_id: int, case_id: int, folder: Path) -> Path:
    from vp_desktop.services.casework import (
        case_file,  # renders with reportlab: loaded on first use
    )

    with vault.session() as session:
        number = get_case(session, client_id, case_id).number
    return folder / case_file.suggested_file_name(number)


def export_melder_file(
    vault: Vault,
    client_id: int,
    case_id: int,
    target: Path,
    *,
    lang: Lang = "nl",
    today: dt.date | None = None,
) -> Path:
    """Write the case's file as a PDF to `target` and record it; returns the path written."""
    from vp_desktop.services.casework import (
        case_file,  # renders with reportlab: loaded on first use
    )

    with vault.transaction() as session:
        return case_file.export_case_file(
            session, client_id, case_id, Path(target), lang=lang, today=today
        )
