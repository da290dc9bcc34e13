"""The dashboard's reminder of advice follow-ups: lines for its "Opvolging" card, each leading to
the advice log of its client. Only the client and the date: never the advice text."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vp_desktop.services.signals.advice import due_follow_ups
from vp_desktop.ui.clients.dashboard_cards import Line
from vp_desktop.ui.shared.code_pickers import format_date

if TYPE_CHECKING:
    from vp_desktop.ui.shell.workspace import Workspace


def with_advice_follow_ups(lines: list[Line], workspace: Workspace, today: dt.date) -> list[Line]:
    """`lines` of the case follow-ups, with the advice follow-ups due added (an "all quiet"
    remark goes when there is something to do after all)."""
    with workspace.session() as session:
        due = due_follow_ups(session, today)
    if not due:
        return lines
    advice_lines = []
    for item in due:
        late = item.follow_up_on < today
        if late:
            template = QCoreApplication.translate(
                "AdviceFollowUps", "%1 · advies · te laat, was %3"
            )
        else:
            template = QCoreApplication.translate("AdviceFollowUps", "%1 · advies · opvolgen op %3")
        # The theme stays in the advice log: a card line has room for the client and the date.
        text = template.replace("%1", item.client_name).replace(
            "%3", format_date(item.follow_up_on)
        )
        target = {"tab": "advice"}
        advice_lines.append(Line(text, "signals", item.client_id, target, "alert" if late else ""))
    remarks_only = all(line.section_key is None for line in lines)
    return [*([] if remarks_only and len(lines) == 1 else lines), *advice_lines]
