"""The themes of the advice an adviser gives a client's management, as data (stable codes)."""

from __future__ import annotations

from vp_desktop.domain.vocab import Term, Vocabulary

T = Term

ADVICE_THEMES = Vocabulary(
    "advice_theme",
    "Thema van het advies",
    "Theme of the advice",
    (
        T("policy", "Beleid en gedragscode", "Policy and code of conduct"),
        T("complaints_procedure", "Klachtenregeling", "Complaints procedure"),
        T("culture", "Cultuur en omgangsvormen", "Culture and conduct"),
        T("leadership", "Leiderschap en leidinggevenden", "Leadership and managers"),
        T("prevention", "Preventie en voorlichting", "Prevention and information"),
        T("integrity", "Integriteit", "Integrity"),
        T("workload", "Werkdruk en psychosociale arbeidsbelasting", "Workload and work stress"),
        T("aftercare", "Nazorg na een incident", "Aftercare after an incident"),
        T("risk_inventory", "RI&E en medewerkersonderzoek", "Risk inventory and staff survey"),
        T("organisation_change", "Reorganisatie en verandering", "Reorganisation and change"),
        T("other", "Overig", "Other"),
    ),
)
