"""What every start of VP Desktop does first, GUI or command: no core dumps, and no plaintext
left behind by an earlier run that was killed while writing a file."""

from __future__ import annotations

import logging

from vp_desktop.process_hardening import disable_core_dumps
from vp_desktop.services.safe_files import remove_stranded_writes

log = logging.getLogger(__name__)


def prepare_process() -> None:
    disable_core_dumps()
    removed = remove_stranded_writes()
    if removed:
        log.warning("removed %d half-written file(s) left by an interrupted run", len(removed))
