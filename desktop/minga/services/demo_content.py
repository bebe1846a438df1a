"""Raw material for the demo-data generator: a fictional rural microcentre in southern Chile.

The material itself is data, in `resources/demo/*.json` (shipped with the app):
`network.json` (the microcentre, its schools, teachers and advisor), `practices.json`
(practice templates, title variations, extra description sentences), `notes.json`
(feedback, self-assessment and observation phrases), `improvement_cycles.json` and
`sessions.json` (agenda items, titles, focus phrases, places besides the schools,
satisfaction comments, the MBE domains). This module reads it once and names it; the
templates the demo microcentre uses are the shipped defaults (`resources/templates/`).

Everything there is invented: the microcentre, its schools (with RBDs whose check digit
follows the módulo 11 scheme), its teachers and advisor, and the practices, comments and
notes they write. Any resemblance to real schools or people is accidental. There are no
student names anywhere: exit tickets are tallies.

User-visible text is in Chilean Spanish. Codes follow `minga.domain.vocab`: subjects `LE`,
`MA`, `CN`, `HI`, `AR`, `MU`, `EF`, `TE`, `OR`, `IN`; levels `NT1`, `NT2`, `1B` ... `8B`;
learning objectives `MA02 OA 03` (subject, grade 01-08, objective).

A generator builds many distinct titles as
``prefix + template["title"] + suffix + context`` (each piece drawn from
`TITLE_VARIATIONS`, where the empty string means "no piece"), and longer descriptions by
appending sentences from `DESCRIPTION_EXTRA`.
"""

from __future__ import annotations

import json
import re
from typing import Any, TypedDict, cast

from minga import resources
from minga.domain.validation import rbd_check_digit
from minga.domain.vocab import TemplateKind
from minga.services.templates import load_default


class Microcentre(TypedDict):
    name: str
    region: str
    province: str
    communes: list[str]
    commune: str
    sostenedor: str
    annual_focus: str
    annual_goal: str
    indicators: list[str]
    session_places: list[str]


class School(TypedDict):
    name: str
    rbd: str
    commune: str
    sector: str
    student_count: int
    multigrade: bool
    levels: list[str]


class Teacher(TypedDict):
    name: str
    school_index: int
    email: str
    position: str


class Advisor(TypedDict):
    name: str
    email: str
    position: str


class PracticeTemplate(TypedDict):
    title: str
    subjects: list[str]
    levels: list[str]
    oa_codes: list[str]
    description: str
    multigrade_strategy: str
    materials: str
    duration_minutes: int


class ImprovementCycle(TypedDict):
    title: str
    aim: str
    change_idea: str
    prediction: str
    indicator: str
    do_notes: str
    study_notes: str
    adjust_notes: str


class ExitTicketOption(TypedDict):
    id: str
    label: str


class ExitTicketQuestion(TypedDict):
    id: str
    kind: str
    prompt: str
    options: list[ExitTicketOption]


class ExitTicket(TypedDict):
    name: str
    questions: list[ExitTicketQuestion]


class RubricCriterion(TypedDict):
    id: str
    label: str
    mbe_domain: str
    levels: list[str]


class Rubric(TypedDict):
    name: str
    criteria: list[RubricCriterion]


class ProtocolItem(TypedDict):
    id: str
    label: str
    mbe_domain: str


class ObservationProtocol(TypedDict):
    name: str
    items: list[ProtocolItem]


def _load(name: str) -> dict[str, Any]:
    data = json.loads(resources.path("demo", f"{name}.json").read_text(encoding="utf-8"))
    return cast(dict[str, Any], data)


_network = _load("network")
MICROCENTRE: Microcentre = _network["microcentre"]
SCHOOLS: list[School] = _network["schools"]
TEACHERS: list[Teacher] = _network["teachers"]
ADVISOR: Advisor = _network["advisor"]

_practices = _load("practices")
PRACTICE_TEMPLATES: list[PracticeTemplate] = _practices["practice_templates"]
TITLE_VARIATIONS: dict[str, list[str]] = _practices["title_variations"]
DESCRIPTION_EXTRA: list[str] = _practices["description_extra"]

_notes = _load("notes")
FEEDBACK_SUGGESTIONS: list[str] = _notes["feedback_suggestions"]
FEEDBACK_STRENGTHS: list[str] = _notes["feedback_strengths"]
SELF_ASSESSMENT_ADJUSTMENTS: list[str] = _notes["self_assessment_adjustments"]
SELF_ASSESSMENT_REFLECTIONS: list[str] = _notes["self_assessment_reflections"]
OBSERVATION_FOCI: list[str] = _notes["observation_foci"]
OBSERVATION_EVIDENCE: list[str] = _notes["observation_evidence"]
OBSERVATION_STRENGTHS: list[str] = _notes["observation_strengths"]
OBSERVATION_OPPORTUNITIES: list[str] = _notes["observation_opportunities"]
OBSERVATION_AGREEMENTS: list[str] = _notes["observation_agreements"]

IMPROVEMENT_CYCLES: list[ImprovementCycle] = _load("improvement_cycles")["improvement_cycles"]

_sessions = _load("sessions")
SESSION_AGENDA_ITEMS: list[tuple[str, int]] = [
    (str(text), int(minutes)) for text, minutes in _sessions["agenda_items"]
]
SESSION_TITLES: list[str] = _sessions["titles"]
SESSION_FOCUS_PHRASES: list[str] = _sessions["focus_phrases"]
SESSION_PLACES: list[str] = [school["name"] for school in SCHOOLS] + _sessions["other_places"]
SATISFACTION_COMMENTS: list[str] = _sessions["satisfaction_comments"]
MBE_DOMAINS: dict[str, str] = _sessions["mbe_domains"]

# The shipped default templates, as the demo's advisor keeps them (name and questions,
# criteria or items).
_ticket = load_default(TemplateKind.EXIT_TICKET)
DEFAULT_EXIT_TICKET: ExitTicket = {
    "name": _ticket.name,
    "questions": _ticket.body["questions"],
}
_rubric = load_default(TemplateKind.SELF_ASSESSMENT_RUBRIC)
DEFAULT_SELF_ASSESSMENT_RUBRIC: Rubric = {
    "name": _rubric.name,
    "criteria": _rubric.body["criteria"],
}
_protocol = load_default(TemplateKind.OBSERVATION_PROTOCOL)
DEFAULT_OBSERVATION_PROTOCOL: ObservationProtocol = {
    "name": _protocol.name,
    "items": _protocol.body["items"],
}


# --------------------------------------------------------------------------------------
# Self-checks (not run at import; the generator's tests call them)
# --------------------------------------------------------------------------------------

_OA_RE = re.compile(r"^(LE|MA|CN|HI|AR|MU|EF|TE|OR|IN)0[1-8] OA \d\d$")


def check_rbds() -> None:
    """Raise ValueError if any school's RBD is malformed or has a wrong check digit."""
    for school in SCHOOLS:
        number, _, digit = school["rbd"].partition("-")
        if not (number.isdigit() and 4 <= len(number) <= 5 and len(digit) == 1):
            raise ValueError(f"malformed RBD {school['rbd']!r} ({school['name']})")
        if rbd_check_digit(number) != digit:
            raise ValueError(
                f"RBD {school['rbd']!r} ({school['name']}): "
                f"check digit should be {rbd_check_digit(number)}"
            )


def check_oa_codes() -> None:
    """Raise ValueError if an OA code is malformed or does not match the template."""
    for template in PRACTICE_TEMPLATES:
        grades = {f"0{level[0]}" for level in template["levels"] if level.endswith("B")}
        for code in template["oa_codes"]:
            if not _OA_RE.match(code):
                raise ValueError(f"malformed OA code {code!r} in {template['title']!r}")
            if code[:2] not in template["subjects"] or code[2:4] not in grades:
                raise ValueError(f"OA code {code!r} does not fit {template['title']!r}")
