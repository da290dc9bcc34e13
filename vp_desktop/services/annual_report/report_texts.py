"""The adviser's own texts for a client's annual report (introduction, signals and
recommendations): stored per client and year, with a first introduction to edit and last year's
texts to start from. The check of those texts against identifying data of cases is in
`identifiers`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.clients.clients import get_client
from vp_desktop.services.errors import Checker
from vp_desktop.store.models import ReportText

MAX_TEXT = 20_000
TEXT_FIELDS = ("introduction", "signals")


@dataclass(frozen=True, slots=True)
class ReportTexts:
    introduction: str = ""
    signals: str = ""


def get_texts(session: Session, client_id: int, year: int) -> ReportTexts:
    get_client(session, client_id)
    row = session.scalar(
        select(ReportText).where(ReportText.client_id == client_id, ReportText.year == year)
    )
    return ReportTexts() if row is None else ReportTexts(row.introduction, row.signals)


def save_texts(session: Session, client_id: int, year: int, texts: ReportTexts) -> ReportTexts:
    """Store the adviser's texts for one client-year (surrounding blank space dropped)."""
    get_client(session, client_id)
    check = Checker()
    for name in TEXT_FIELDS:
        check.text(name, getattr(texts, name), MAX_TEXT)
    check.raise_if_any()
    cleaned = ReportTexts(texts.introduction.strip(), texts.signals.strip())
    row = session.scalar(
        select(ReportText).where(ReportText.client_id == client_id, ReportText.year == year)
    )
    if row is None:
        row = ReportText(client_id=client_id, year=year)
        session.add(row)
    row.introduction = cleaned.introduction
    row.signals = cleaned.signals
    session.flush()
    return cleaned


# --------------------------------------------------------------------------------------------
# Starting points for a year's texts


_INTRODUCTION_TEMPLATE = {
    "nl": (
        "In {year} was ik extern vertrouwenspersoon voor {client}. Medewerkers konden bij mij "
        "in vertrouwen terecht met vragen en meldingen over {subject}. In "
        "dit verslag leest u hoeveel meldingen er waren, waarover ze gingen en wat ik verder "
        "voor de organisatie heb gedaan.\n\n[Vul aan: wat viel dit jaar op?]"
    ),
    "en": (
        "In {year} I was the external confidential adviser of {client}. Employees could come to "
        "me in confidence with questions and reports about {subject}. "
        "This report shows how many cases there were, what they were about and what else I "
        "did for the organisation.\n\n[Add: what stood out this year?]"
    ),
}
# What melders could come with, by the adviser's roles at the client (unwanted behaviour,
# integrity): a client for whom the adviser has one role reads only that one.
_SUBJECT = {
    "nl": {(True, False): "ongewenst gedrag", (False, True): "integriteit",
           (True, True): "ongewenst gedrag en integriteit"},
    "en": {(True, False): "unwanted behaviour", (False, True): "integrity",
           (True, True): "unwanted behaviour and integrity"},
}  # fmt: skip


def introduction_template(session: Session, client_id: int, year: int, lang: Lang = "nl") -> str:
    """A first introduction for the adviser to edit: it names the client, the year and the
    subjects of the adviser's roles there."""
    client = get_client(session, client_id)
    roles = (client.role_unwanted_behaviour, client.role_integrity)
    subject = _SUBJECT[lang].get(roles, _SUBJECT[lang][True, True])
    return _INTRODUCTION_TEMPLATE[lang].format(year=year, client=client.name, subject=subject)


def previous_texts(session: Session, client_id: int, year: int) -> ReportTexts | None:
    """The texts of the latest earlier year that has any, to start this year's from."""
    get_client(session, client_id)
    row = session.scalar(
        select(ReportText)
        .where(ReportText.client_id == client_id, ReportText.year < year)
        .where((ReportText.introduction != "") | (ReportText.signals != ""))
        .order_by(ReportText.year.desc())
        .limit(1)
    )
    return None if row is None else ReportTexts(row.introduction, row.signals)
