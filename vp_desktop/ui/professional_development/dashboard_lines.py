"""The dashboard's lines about clients' own PE norms and expiring credentials.

The dashboard calls `pe_dashboard_lines` with one line; it reads the vault through
`services.professional_development.dashboard_notices` and says each notice in the adviser's
language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from vp_desktop.domain.hours import hours_label
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.professional_development.credentials import (
    CredentialWarning,
    kind_label,
)
from vp_desktop.services.professional_development.dashboard_notices import (
    ClientNormLine,
    pe_notices,
)
from vp_desktop.ui.clients.dashboard_cards import Line
from vp_desktop.ui.shared.code_pickers import format_date
from vp_desktop.ui.shell.workspace import Workspace


def norm_text(line: ClientNormLine, lang: Lang) -> str:
    norm, parts, done = line.norm, [], []
    if norm.min_minutes is not None:
        parts.append(hours_label(norm.min_minutes, lang))
        done.append(hours_label(norm.counted_minutes, lang))
    if norm.min_sessions is not None:
        parts.append(
            QCoreApplication.translate("PeDashboard", "%1 intervisiebijeenkomsten").replace(
                "%1", str(norm.min_sessions)
            )
        )
        done.append(
            QCoreApplication.translate("PeDashboard", "%1 bijeenkomsten").replace(
                "%1", str(norm.sessions)
            )
        )
    return (
        QCoreApplication.translate("PeDashboard", "%1 vraagt %2 per jaar; in %3 hebt u %4.")
        .replace("%1", line.client_name)
        .replace("%2", QCoreApplication.translate("PeDashboard", " en ").join(parts))
        .replace("%3", str(line.year))
        .replace("%4", QCoreApplication.translate("PeDashboard", " en ").join(done))
    )


def warning_text(warning: CredentialWarning, lang: Lang) -> str:
    what = kind_label(warning.kind, lang)
    when = format_date(warning.due_on) if warning.due_on else ""
    if warning.reason == "vog_missing":
        return QCoreApplication.translate(
            "PeDashboard", "%1 vraagt een VOG; er is nog geen VOG vastgelegd."
        ).replace("%1", warning.client_name or "")
    if warning.reason == "vog_too_old":
        text = (
            QCoreApplication.translate(
                "PeDashboard",
                "Uw VOG is sinds %1 ouder dan %2 maanden, terwijl %3 een recentere vraagt.",
            )
            if warning.expired
            else QCoreApplication.translate(
                "PeDashboard", "Uw VOG wordt op %1 ouder dan %2 maanden, wat %3 vraagt."
            )
        )
        return (
            text.replace("%1", when)
            .replace("%2", str(warning.vog_max_age_months))
            .replace("%3", warning.client_name or "")
        )
    if warning.reason == "recertify_on":
        text = (
            QCoreApplication.translate("PeDashboard", "%1: herregistratie was op %2.")
            if warning.expired
            else QCoreApplication.translate("PeDashboard", "%1: herregistratie op %2.")
        )
        return text.replace("%1", what).replace("%2", when)
    text = (
        QCoreApplication.translate("PeDashboard", "%1 is verlopen op %2.")
        if warning.expired
        else QCoreApplication.translate("PeDashboard", "%1 verloopt op %2.")
    )
    return text.replace("%1", what).replace("%2", when)


def pe_dashboard_lines(workspace: Workspace, today: dt.date, lang: Lang) -> list[Line]:
    """Lines for the dashboard's development card: clients' own norms, expiring credentials."""
    with workspace.session() as session:
        notices = pe_notices(session, today)
    lines = [
        Line(norm_text(n, lang), "pe", None, {}, "good" if n.norm.met else "")
        for n in notices.norms
    ]
    lines += [
        Line(warning_text(w, lang), "pe", None, {"tab": "credentials"}, "alert")
        for w in notices.credentials
    ]
    return lines
