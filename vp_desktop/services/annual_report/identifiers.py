"""The check of the adviser's report texts against the identifying data of every case in the
vault.

It looks for melder names, aliases, contact details, others involved and departments of the
cases of *any* client (a name from another organisation is just as wrong in a report), and says
where a hit came from without showing anything of another client beyond the matched word.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.annual_report.report_texts import TEXT_FIELDS, ReportTexts
from vp_desktop.services.clients.clients import get_client
from vp_desktop.store.models import Case, Client, case_number

IDENTIFYING_SOURCES = (
    "melder_name",
    "melder_alias",
    "melder_contact",
    "others_involved",
    "department",
    "respondent_ref",
)

# Words that identify nobody, though they turn up in the identifying fields ("Jan (teamleider)").
_COMMON = """
    aan als bij dat de den der des die dit door een en er het hij hem haar hun in is ja je jij
    met na naar niet nog of om op over te ten ter tot uit van voor wat wel ze zij zijn zo
    and for from her his not off our the their they this was who with you
    afdeling team teams collega collegas leidinggevende manager managers directeur directie
    teamleider teamleiders hr medewerker medewerkers afdelingshoofd hoofd staf bestuur
    onbekend anders overig overige meneer mevrouw heer dhr mw mevr
"""
_COMMON_WORDS = frozenset(_COMMON.split())
_MIN_WORD = 3
_MAX_PHRASE = 80
_MIN_PHONE_DIGITS = 6
_WORD = re.compile(r"[\w][\w'’.@+-]*[\w]|\w", re.UNICODE)
_SEPARATORS = re.compile(r"[,;/\n\r\t()\[\]]+")
_PHONE = re.compile(r"\+?\d[\d \-().]{4,}\d")

_FIELD_WORDS: dict[str, tuple[str, str]] = {
    "melder_name": ("de naam van de melder", "the reporter's name"),
    "melder_alias": ("de schuilnaam van de melder", "the reporter's alias"),
    "melder_contact": ("de contactgegevens van de melder", "the reporter's contact details"),
    "others_involved": ("de namen van anderen", "the names of others involved"),
    "department": ("de afdeling", "the department"),
    "respondent_ref": (
        "het kenmerk van de beklaagde",
        "the reference to the person complained about",
    ),
}
_TEXT_WORDS: dict[str, tuple[str, str]] = {
    "introduction": ("inleiding", "introduction"),
    "signals": ("signalen en aanbevelingen", "signals and recommendations"),
}


@dataclass(frozen=True, slots=True)
class HitSource:
    """Where a matched word came from. ``case_number`` is given only for the report's own client."""

    field: str
    case_number: str | None

    @property
    def other_client(self) -> bool:
        return self.case_number is None


@dataclass(frozen=True, slots=True)
class IdentifierHit:
    """A word or phrase in the adviser's text that matches identifying data of a case."""

    text_field: str  # "introduction" or "signals"
    start: int
    end: int
    matched: str  # as written in the adviser's text
    sources: tuple[HitSource, ...]

    def describe(self, lang: Lang = "nl") -> str:
        where = _TEXT_WORDS[self.text_field][0 if lang == "nl" else 1]
        own = sorted({s.case_number for s in self.sources if s.case_number})
        fields = sorted({s.field for s in self.sources}, key=IDENTIFYING_SOURCES.index)
        what = ", ".join(_FIELD_WORDS[f][0 if lang == "nl" else 1] for f in fields)
        parts = []
        if own:
            shown = ", ".join(own[:3]) + (f" (+{len(own) - 3})" if len(own) > 3 else "")
            parts.append(f"in {shown}")
        if any(s.other_client for s in self.sources):
            parts.append(
                "in een casus van een andere opdrachtgever"
                if lang == "nl"
                else "in a case of another client"
            )
        if lang == "nl":
            return f"“{self.matched}” ({where}) komt overeen met {what} {' en '.join(parts)}."
        return f"“{self.matched}” ({where}) matches {what} {' and '.join(parts)}."


# Letters that Unicode does not decompose into a base letter and an accent.
_NO_DECOMPOSITION = str.maketrans("øØæÆœŒßđĐłŁıþÞ", "ooaaoosddllitt")


def _fold(text: str) -> str:
    """Lower case without accents, one character per character (so positions stay valid):
    "Ødegård" and "Odegard" fold to the same word."""
    if text.isascii():
        return text.lower()  # the common case, and one character per character already
    out = []
    for char in text.translate(_NO_DECOMPOSITION):
        base = unicodedata.normalize("NFKD", char)[:1] or char
        lowered = base.lower()
        out.append(lowered if len(lowered) == 1 else base)
    return "".join(out)


@cache
def _vocabulary_words() -> frozenset[str]:
    """Words of the vocabulary labels: the report's own language, never an identifier."""
    words: set[str] = set()
    for vocabulary in vocab.ALL.values():
        for term in vocabulary:
            for label in (term.nl, term.en):
                words.update(m.group() for m in _WORD.finditer(_fold(label)))
    return frozenset(words)


# A possessive or genitive ending: "Jan's", "Jans" are found as "Jan".
_POSSESSIVE = ("'s", "’s", "s")
_NAME_FIELDS = frozenset({"melder_name", "melder_alias", "others_involved"})
_MIN_NAME = 2  # names like "Bo" or "Ed"
_HYPHEN = re.compile(r"[-‐‑–]")


def _is_telling(word: str, min_length: int = _MIN_WORD) -> bool:
    return (
        len(word) >= min_length
        and not word.isdigit()
        and word not in _COMMON_WORDS
        and word not in _vocabulary_words()
    )


def _parts(word: str) -> list[str]:
    """A word and, when it is hyphenated ("Jansen-Smit", "ICT-afdeling"), each of its parts."""
    pieces = [p for p in _HYPHEN.split(word) if p]
    return [word, *pieces] if len(pieces) > 1 else [word]


def _terms(value: str, field: str = "") -> Iterator[tuple[str, str]]:
    """(kind, folded term) pairs worth looking for: "word", "phrase" or "phone".

    A department is looked for as written even when it is an ordinary word ("Logistiek",
    "Zorg") or a word and a number ("Team 3", "Afdeling 4B"); names count from two letters.
    """
    folded = _fold(value)
    min_length = _MIN_NAME if field in _NAME_FIELDS else _MIN_WORD
    parts = [folded, *_SEPARATORS.split(folded)]
    for part in parts:
        words = [m.group() for m in _WORD.finditer(part)]
        short = len(words) > 1 and len(part.strip()) <= _MAX_PHRASE
        if short and (field == "department" or any(_is_telling(w, min_length) for w in words)):
            yield "phrase", " ".join(words)
    words = [m.group() for m in _WORD.finditer(folded)]
    if field == "department" and len(words) == 1 and len(words[0]) >= _MIN_NAME:
        yield "word", words[0]
    for word in words:
        for piece in _parts(word):
            if _is_telling(piece, min_length):
                yield "word", piece
    for match in _PHONE.finditer(value):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) >= _MIN_PHONE_DIGITS:
            yield "phone", digits


Span = tuple[int, int]


@dataclass(slots=True)
class _Index:
    words: dict[str, set[HitSource]]
    phrases: dict[str, set[HitSource]]
    phones: dict[str, set[HitSource]]


def _text_terms(folded_texts: str) -> frozenset[str]:
    """Everything a term of a case must equal to be found in the texts: each word, each part
    of a hyphenated word and its stem without a possessive "s", and every run of letters and
    digits (a phrase may start or end inside a word such as "j.jansen")."""
    terms = set(re.findall(r"\w+", folded_texts))
    for match in _WORD.finditer(folded_texts):
        for piece in _parts(match.group()):
            terms.add(piece)
            terms.update(piece[: -len(s)] for s in _POSSESSIVE if piece.endswith(s))
    return frozenset(terms)


def _may_occur(value: str, field: str, text_terms: frozenset[str]) -> bool:
    """False when no term of `value` can be found in the texts: a word is looked for only when
    it is telling, and a phrase (any department, even of ordinary words) only when all of its
    words are in the texts. Phone numbers, written in many ways, are always looked at."""
    if sum(c.isdigit() for c in value) >= _MIN_PHONE_DIGITS:
        return True
    folded = _fold(value)
    if field == "department":
        for part in (folded, *_SEPARATORS.split(folded)):
            words = _WORD.findall(part)
            if words and all(word in text_terms for word in words):
                return True
    min_length = _MIN_NAME if field in _NAME_FIELDS else _MIN_WORD
    return any(
        piece in text_terms and _is_telling(piece, min_length)
        for word in _WORD.findall(folded)
        for piece in _parts(word)
    )


def _build_index(session: Session, client_id: int, folded_texts: str) -> _Index:
    """The terms of every unpurged case of every client that may occur in `folded_texts`."""
    text_terms = _text_terms(folded_texts)
    index = _Index(defaultdict(set), defaultdict(set), defaultdict(set))
    columns = [getattr(Case, name) for name in IDENTIFYING_SOURCES]
    query = (
        select(Case.client_id, Case.year, Case.seq, Client.code, *columns)
        .join(Client, Client.id == Case.client_id)
        .where(Case.purged_at.is_(None))
    )
    for row in session.execute(query):
        own = row.client_id == client_id
        number = case_number(row.code, row.year, row.seq) if own else None
        for name in IDENTIFYING_SOURCES:
            value = getattr(row, name)
            if not value or not _may_occur(value, name, text_terms):
                continue
            source = HitSource(name, number)
            for kind, term in _terms(value, name):
                target = {"word": index.words, "phrase": index.phrases, "phone": index.phones}
                target[kind][term].add(source)
    return index


def _order(source: HitSource) -> tuple[int, str]:
    return IDENTIFYING_SOURCES.index(source.field), source.case_number or "~"


def _phrase_matches(folded: str, phrases: dict[str, set[HitSource]]) -> Iterator[tuple[Span, str]]:
    """(span, phrase) of the longest indexed phrase starting at each place in `folded`.

    One pattern for all phrases whose first word occurs in the text (one regex per phrase of
    every case of every client took seconds); the lookahead finds overlapping phrases too, and
    a shorter phrase at the same place would be inside the longer one anyway.
    """
    candidates = sorted((p for p in phrases if p.split(" ", 1)[0] in folded), key=len, reverse=True)
    if not candidates:
        return
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split(" "))) for p in candidates)
    pattern = re.compile(r"(?<!\w)(?=(" + alternatives + r")(?!\w))")
    for match in pattern.finditer(folded):
        yield match.span(1), " ".join(match.group(1).split())


def _scan(text_field: str, text: str, index: _Index) -> list[IdentifierHit]:
    folded = _fold(text)
    found: dict[tuple[int, int], set[HitSource]] = defaultdict(set)
    for span, phrase in _phrase_matches(folded, index.phrases):
        found[span] |= index.phrases[phrase]
    for match in _WORD.finditer(folded):
        start = match.start()
        for piece in _parts(match.group()):
            offset = match.group().find(piece)
            span = (start + offset, start + offset + len(piece))
            candidates = [piece]
            # A possessive or genitive: "Jans", "Sjoerds", "Jan's".
            for suffix in _POSSESSIVE:
                if piece.endswith(suffix) and len(piece) > len(suffix) + 1:
                    candidates.append(piece[: -len(suffix)])
            for candidate in candidates:
                word_sources = index.words.get(candidate)
                if word_sources:
                    found[span] |= word_sources
    for match in _PHONE.finditer(text):
        phone_sources = index.phones.get(re.sub(r"\D", "", match.group()))
        if phone_sources:
            found[match.span()] |= phone_sources
    spans = sorted(found, key=lambda span: (span[0], -span[1]))
    hits: list[IdentifierHit] = []
    for start, end in spans:
        if hits and hits[-1].start <= start and end <= hits[-1].end:
            continue  # a word inside a phrase that was already reported
        ordered = tuple(sorted(found[start, end], key=_order))
        hits.append(IdentifierHit(text_field, start, end, text[start:end], ordered))
    return hits


def find_identifiers(session: Session, client_id: int, texts: ReportTexts) -> list[IdentifierHit]:
    """Every place in `texts` that matches identifying data of a case of any client.

    Matching ignores case and accents (both ways: "Ødegård" and "Odegard") and looks at whole
    words, each part of a hyphenated word, possessives ("Jans" for "Jan") and whole phrases
    (a full name, "Team 3"); a department is found even when it is an ordinary word. Common
    words, one-letter words and two-letter words other than names are ignored.
    Purged cases no longer hold identifying data and cannot match.
    """
    get_client(session, client_id)
    if not any(getattr(texts, name).strip() for name in TEXT_FIELDS):
        return []
    folded_texts = " ".join(_fold(getattr(texts, name)) for name in TEXT_FIELDS)
    index = _build_index(session, client_id, folded_texts)
    hits: list[IdentifierHit] = []
    for name in TEXT_FIELDS:
        hits.extend(_scan(name, getattr(texts, name), index))
    return hits
