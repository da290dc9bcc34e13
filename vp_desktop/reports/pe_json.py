"""The professional-development report as json, so a program can check the figures.

``{"scope", "period_start", "period_end", "as_of", "rule_sets": [{"code", "label", "period_start",
"period_end", "status", "requirements": [...]}], "requirements": [...]}``. Each requirement item
has ``rule_set``, ``code`` (a requirement's code, or ``"total"``), ``label``, ``unit``
(``"hours"`` or ``"sessions"``), ``required``, ``counted``, ``capped``, ``planned`` and
``status`` (``met``, ``not_met``, ``behind``, ``open``); hours items also give ``unaccredited``.
Hours are decimal hours (2 decimals). A requirement with both an hours and a session minimum
gives two items. The top-level ``requirements`` list is every rule set's items in order.
Only figures: no providers, themes or evidence.
"""

from __future__ import annotations

import json
from typing import Any

from vp_desktop.domain.pe_rules import Evaluation
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.pe_data import PeReportData
from vp_desktop.reports.pe_wording import text as word


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def requirement_items(ev: Evaluation, lang: Lang = "nl") -> list[dict[str, Any]]:
    """The figures of one evaluated rule set, one item per requirement and unit, then the total."""
    code = ev.rule_set.code
    items: list[dict[str, Any]] = []
    for p in ev.requirements:
        if p.min_minutes or not p.min_sessions:
            items.append(
                {
                    "rule_set": code,
                    "code": p.code,
                    "label": p.label(lang),
                    "unit": "hours",
                    "required": _hours(p.min_minutes),
                    "counted": _hours(p.counted_minutes),
                    "capped": _hours(p.capped_minutes),
                    "planned": _hours(p.planned_minutes),
                    "unaccredited": _hours(p.unaccredited_minutes),
                    "status": p.hours_status,
                }
            )
        if p.min_sessions:
            items.append(
                {
                    "rule_set": code,
                    "code": p.code,
                    "label": p.label(lang),
                    "unit": "sessions",
                    "required": p.min_sessions,
                    "counted": p.sessions,
                    "capped": 0,
                    "planned": p.planned_sessions,
                    "status": p.sessions_status,
                }
            )
    if ev.total_min_minutes:
        items.append(
            {
                "rule_set": code,
                "code": "total",
                "label": word("total", lang),
                "unit": "hours",
                "required": _hours(ev.total_min_minutes),
                "counted": _hours(ev.total_counted_minutes),
                "capped": _hours(sum(p.capped_minutes for p in ev.requirements)),
                "planned": _hours(ev.planned_minutes),
                "unaccredited": _hours(sum(p.unaccredited_minutes for p in ev.requirements)),
                "status": ev.total_status,
            }
        )
    return items


def pe_report_dict(data: PeReportData, lang: Lang = "nl") -> dict[str, Any]:
    as_of = min(data.generated_on, data.period_end)
    items = [requirement_items(ev, lang) for ev in data.evaluations]
    rule_sets = [
        {
            "code": ev.rule_set.code,
            "label": ev.rule_set.label(lang),
            "period_start": ev.period_start.isoformat(),
            "period_end": ev.period_end.isoformat(),
            "cap_year": ev.rule_set.cap_year,
            "min_session_minutes": ev.rule_set.min_session_minutes,
            "status": ev.status,
            "requirements": ev_items,
        }
        for ev, ev_items in zip(data.evaluations, items, strict=True)
    ]
    return {
        "scope": data.scope,
        "period_start": data.period_start.isoformat(),
        "period_end": data.period_end.isoformat(),
        "as_of": as_of.isoformat(),
        "rule_sets": rule_sets,
        "requirements": [item for ev_items in items for item in ev_items],
    }


def render_pe_json(data: PeReportData, lang: Lang = "nl") -> bytes:
    """UTF-8 json, indented for people who open it."""
    text = json.dumps(pe_report_dict(data, lang), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
