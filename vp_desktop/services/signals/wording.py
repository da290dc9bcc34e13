"""How a signal reads, in Dutch and English: a title, a line of detail, and one line per case.

The same words serve the Signalen section and `vp-desktop signals`, so both say the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vp_desktop.domain import vocab
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.signals.rules import CaseFact, Signal, SignalKind, Subject

_WORDS: dict[str, tuple[str, str]] = {
    "repeated_reference": (
        "Beklaagde “{subject}” komt voor in {cases}",
        "Person complained about “{subject}” occurs in {cases}",
    ),
    "repeated_reference_detail": (
        "Dezelfde persoon in meer casussen: bekijk wat u eerder deed.",
        "The same person in several cases: look at what you did before.",
    ),
    "hotspot": ("{subject}: {cases} in {year}", "{subject}: {cases} in {year}"),
    "hotspot_detail": (
        "Een afdeling of team met meerdere casussen in één jaar.",
        "A department or team with several cases in one year.",
    ),
    "rising_category": ("Meer casussen over {label}", "More cases of {label}"),
    "falling_category": ("Minder casussen over {label}", "Fewer cases of {label}"),
    "rising_relation": (
        "Relatie beklaagde “{label}”: vaker dan in eerdere jaren",
        "Relation “{label}”: more often than in earlier years",
    ),
    "falling_relation": (
        "Relatie beklaagde “{label}”: minder vaak dan in eerdere jaren",
        "Relation “{label}”: less often than in earlier years",
    ),
    "change_detail": (
        "{cases} in {year} tegen gemiddeld {earlier} per jaar in dezelfde periode van eerdere "
        "jaren.",
        "{cases} in {year} against {earlier} a year on average in the same part of earlier years.",
    ),
    "first_integrity": (
        "Eerste integriteitsmelding van {year}",
        "First integrity report of {year}",
    ),
    "first_track": ("Eerste casus van {year}: {subject}", "First case of {year}: {subject}"),
    "first_track_detail": (
        "{number}, geopend op {date}; {cases} in {year} tot nu toe.",
        "{number}, opened on {date}; {cases} in {year} so far.",
    ),
    "new_category": ("Nieuw onderwerp dit jaar: {label}", "New category this year: {label}"),
    "new_category_detail": (
        "{cases} in {year}; niet in dezelfde periode van eerdere jaren.",
        "{cases} in {year}; none in the same part of earlier years.",
    ),
    "too_few": (
        "{subject}: {count} in {year}, eerder gemiddeld {earlier}",
        "{subject}: {count} in {year}, {earlier} on average before",
    ),
    "too_few_detail": ("Te weinig om een trend te noemen.", "Too few to call a trend."),
    "category": ("onderwerp {label}", "category {label}"),
    "relation": ("beklaagde is {label}", "person complained about is {label}"),
    "one_case": ("1 casus", "1 case"),
    "cases": ("{n} casussen", "{n} cases"),
    "case_line": (
        "{number} · geopend {date} · {support} · {outcome}",
        "{number} · opened {date} · {support} · {outcome}",
    ),
    "no_support": ("geen ondersteuning vastgelegd", "no support recorded"),
    "still_open": ("nog open", "still open"),
}

KIND_NAMES: dict[SignalKind, tuple[str, str]] = {
    SignalKind.REPEATED_REFERENCE: ("Dezelfde beklaagde", "Same person complained about"),
    SignalKind.HOTSPOT: ("Afdeling met meer casussen", "Hotspot"),
    SignalKind.RISING: ("Stijging", "Rising"),
    SignalKind.FALLING: ("Daling", "Falling"),
    SignalKind.FIRST_OF_KIND: ("Eerste van het jaar", "First of the year"),
    SignalKind.TOO_FEW: ("Te weinig voor een trend", "Too few for a trend"),
}


@dataclass(frozen=True, slots=True)
class SignalText:
    title: str
    detail: str
    case_lines: tuple[str, ...]


def _w(key: str, lang: Lang, **params: object) -> str:
    nl, en = _WORDS[key]
    return (nl if lang == "nl" else en).format(**params)


def date_text(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def cases_text(n: int, lang: Lang) -> str:
    return _w("one_case", lang) if n == 1 else _w("cases", lang, n=n)


def number_text(value: float, lang: Lang) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "nl" else text


def kind_name(kind: SignalKind, lang: Lang) -> str:
    nl, en = KIND_NAMES[kind]
    return nl if lang == "nl" else en


def _label(signal: Signal, lang: Lang) -> str:
    """A category's or relation's label, in lower case to stand inside a sentence."""
    vocabulary = vocab.CATEGORIES if signal.subject_type is Subject.CATEGORY else vocab.RELATIONS
    return vocabulary.label(signal.subject, lang).lower()


def subject_text(signal: Signal, lang: Lang) -> str:
    if signal.subject_type is Subject.CATEGORY:
        return _w("category", lang, label=vocab.CATEGORIES.label(signal.subject, lang).lower())
    if signal.subject_type is Subject.RELATION:
        return _w("relation", lang, label=vocab.RELATIONS.label(signal.subject, lang).lower())
    if signal.subject_type is Subject.TRACK:
        return vocab.TRACKS.label(signal.subject, lang).lower()
    return signal.subject


def case_line(case: CaseFact, lang: Lang) -> str:
    support = ", ".join(vocab.SUPPORT.label(c, lang).lower() for c in case.support)
    outcome = vocab.OUTCOMES.label(case.outcome, lang) if case.outcome else None
    return _w(
        "case_line",
        lang,
        number=case.number,
        date=date_text(case.opened_on),
        support=support or _w("no_support", lang),
        outcome=outcome.lower() if outcome else _w("still_open", lang),
    )


def describe(signal: Signal, year: int, lang: Lang = "nl") -> SignalText:
    """The signal as the adviser reads it."""
    subject = subject_text(signal, lang)
    cases = cases_text(signal.count, lang)
    earlier = number_text(signal.earlier or 0, lang)
    lines = tuple(case_line(c, lang) for c in signal.cases)
    kind = signal.kind
    if kind is SignalKind.REPEATED_REFERENCE:
        title = _w("repeated_reference", lang, subject=subject, cases=cases)
        return SignalText(title, _w("repeated_reference_detail", lang), lines)
    if kind is SignalKind.HOTSPOT:
        title = _w("hotspot", lang, subject=subject, cases=cases, year=year)
        return SignalText(title, _w("hotspot_detail", lang), lines)
    if kind in (SignalKind.RISING, SignalKind.FALLING):
        detail = _w("change_detail", lang, cases=cases, year=year, earlier=earlier)
        key = f"{kind.value}_{signal.subject_type.value}"
        return SignalText(_w(key, lang, label=_label(signal, lang)), detail, lines)
    if kind is SignalKind.FIRST_OF_KIND and signal.subject_type is Subject.TRACK:
        first = signal.cases[0]
        key = "first_integrity" if signal.subject == "integrity" else "first_track"
        title = _w(key, lang, year=year, subject=subject)
        detail = _w(
            "first_track_detail",
            lang,
            number=first.number,
            date=date_text(first.opened_on),
            cases=cases,
            year=year,
        )
        return SignalText(title, detail, lines)
    if kind is SignalKind.FIRST_OF_KIND:
        title = _w("new_category", lang, label=_label(signal, lang))
        return SignalText(title, _w("new_category_detail", lang, cases=cases, year=year), lines)
    title = _w("too_few", lang, subject=subject, count=signal.count, year=year, earlier=earlier)
    return SignalText(title[:1].upper() + title[1:], _w("too_few_detail", lang), lines)
