"""The proportions of the fictional demo practice's caseload: relative weights per vocabulary
code, so the demo looks like a real practice in the lists, the dashboard and the annual report.

Intimidation and bullying come most, managers are the most frequent respondents, integrity reports
are rarer, and questions outside the adviser's field are usually referred on. `demo_cases` draws
from these weights.
"""

from __future__ import annotations

TRACK_WEIGHTS = {  # by whether the adviser also holds the integrity role
    True: {"unwanted_behaviour": 74, "integrity": 14, "outside_scope": 12},
    False: {"unwanted_behaviour": 86, "integrity": 2, "outside_scope": 12},
}
CATEGORY_WEIGHTS = {
    "unwanted_behaviour": {
        "intimidation": 30, "bullying": 28, "sexual_harassment": 12, "aggression_violence": 10,
        "discrimination": 9, "other_unwanted": 11},
    "integrity": {
        "rule_violation": 20, "abuse_of_power": 15, "conflict_of_interest": 15, "fraud": 12,
        "theft": 10, "misuse_of_information": 10, "corruption": 4, "public_wrongdoing": 5,
        "other_integrity": 9},
    "outside_scope": {
        "work_pressure": 35, "labour_conflict": 30, "reorganisation": 12,
        "performance_appraisal": 13, "private": 5, "other_outside": 5},
}  # fmt: skip
SECOND_CATEGORY = {"unwanted_behaviour": 0.25, "integrity": 0.1, "outside_scope": 0.1}
# Sectors where patients, pupils, customers or citizens are often the ones complained about.
PUBLIC_FACING = frozenset({"care", "education", "government", "retail", "hospitality"})
# What a patient, pupil or customer can do to a member of staff (bullying is between colleagues).
THIRD_PARTY_CATEGORIES = frozenset(
    {"intimidation", "sexual_harassment", "aggression_violence", "discrimination"}
)
_INTEGRITY_RELATIONS = {
    "manager": 35, "colleague": 33, "several": 10, "third_party": 7, "unknown": 15}  # fmt: skip
_OUTSIDE_RELATIONS = {"manager": 60, "colleague": 20, "several": 8, "unknown": 12}
RELATION_WEIGHTS = {  # by track and whether the sector is public-facing
    ("unwanted_behaviour", True): {
        "manager": 36, "colleague": 28, "several": 10, "third_party": 16, "subordinate": 5,
        "unknown": 5},
    ("unwanted_behaviour", False): {
        "manager": 40, "colleague": 32, "several": 10, "third_party": 6, "subordinate": 6,
        "unknown": 6},
    ("integrity", True): _INTEGRITY_RELATIONS,
    ("integrity", False): _INTEGRITY_RELATIONS,
    ("outside_scope", True): _OUTSIDE_RELATIONS,
    ("outside_scope", False): _OUTSIDE_RELATIONS,
}  # fmt: skip
MELDER_ROLE_WEIGHTS = {
    "employee": 72, "manager": 9, "contractor": 8, "intern_volunteer": 4, "former_employee": 3,
    "witness": 3, "other": 1}  # fmt: skip
AGE_BAND_WEIGHTS = {
    "under_25": 10, "25_34": 24, "35_44": 24, "45_54": 23, "55_plus": 15, "unknown": 4}  # fmt: skip
CAME_IN_VIA_WEIGHTS = {
    "self": 80, "hr": 8, "occupational_physician": 6, "manager": 5, "other": 1}  # fmt: skip
FEMALE_SHARE = {"care": 0.78, "education": 0.75, "logistics": 0.25, "industry": 0.2}
REFERRAL_WEIGHTS = {
    "unwanted_behaviour": {
        "occupational_physician": 30, "psychologist": 20, "gp": 15, "mediator": 15, "hr": 10,
        "social_work": 5, "lawyer": 5},
    "integrity": {"whistleblowers_authority": 30, "lawyer": 25, "hr": 25, "other": 20},
    "outside_scope": {
        "occupational_physician": 35, "hr": 25, "mediator": 15, "social_work": 10, "gp": 10,
        "lawyer": 5},
}  # fmt: skip
OUTCOME_WEIGHTS = {
    "unwanted_behaviour": {
        "resolved_informally": 26, "behaviour_stopped": 16, "no_further_steps": 24,
        "departure": 9, "no_contact": 12, "other_unknown": 4, "referred": 4},
    "integrity": {
        "no_further_steps": 35, "resolved_informally": 15, "referred": 20, "no_contact": 15,
        "other_unknown": 15},
    "outside_scope": {
        "referred": 40, "no_further_steps": 25, "no_contact": 20, "resolved_informally": 10,
        "other_unknown": 5},
}  # fmt: skip
INTAKE_MODE_WEIGHTS = {"in_person": 55, "video": 30, "phone": 15}
LATER_MODE_WEIGHTS = {"in_person": 35, "video": 25, "phone": 33, "written": 7}
# Median days from first contact to closing, and realistic mean contacts per case.
MEDIAN_DAYS = {"unwanted_behaviour": 35, "integrity": 60, "outside_scope": 10}
MEAN_CONTACTS = {"unwanted_behaviour": 3.3, "integrity": 3.0, "outside_scope": 1.4}
