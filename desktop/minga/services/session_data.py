"""What the session service takes and gives: the input of a session, a presentation,
feedback and the satisfaction survey (with the session's checks), and the read-only
results (re-exported by `minga.services.sessions`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.cycle_rules import AgendaItem, Ratio, RuleWarning, SessionStatus
from minga.domain.errors import (
    ValidationError,
    ValidationErrors,
)
from minga.domain.vocab import (
    Replicability,
    SessionModality,
    Visibility,
)
from minga.i18n import QT_TRANSLATE_NOOP

# The share of a question nobody was asked (answers from before the question existed).
NOT_ASKED = Ratio(0, 0)

# --- Input ----------------------------------------------------------------------------


@dataclass
class SessionInput:
    """The session form. `number` None: the next number of the session's year."""

    date: dt.date | None = None
    title: str = ""
    start_time: str = "09:00"
    place: str = ""
    modality: str = SessionModality.IN_PERSON
    focus: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    number: int | None = None
    status: str | None = None  # None: planned for a new session, unchanged on edit
    # The member who chairs the session (the coordination rotates); None: nobody named.
    coordinator_id: str | None = None


def validate_session(data: SessionInput) -> SessionInput:
    """A normalized copy of `data`, or `ValidationErrors` naming every bad field."""
    errors: list[ValidationError] = []

    def attempt(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except ValidationError as exc:
            errors.append(exc)
            return None

    if data.date is None:
        errors.append(
            ValidationError("date", QT_TRANSLATE_NOOP("errors", "This field is required."))
        )
        date = None
    else:
        date = attempt(rules.parse_date, data.date)
    title = attempt(v.required_text, data.title, "title", v.TITLE_MAX)
    start_time = attempt(rules.validate_start_time, data.start_time)
    place = attempt(v.optional_text, data.place, "place", v.TITLE_MAX)
    focus = attempt(v.optional_text, data.focus, "focus", v.SHORT_TEXT_MAX)
    agenda = attempt(rules.validate_agenda, data.agenda)
    modality = data.modality if data.modality in set(SessionModality) else None
    if modality is None:
        errors.append(
            ValidationError(
                "modality",
                QT_TRANSLATE_NOOP(
                    "errors", "Unknown modality '{value}': use in_person, blended or remote."
                ),
                value=data.modality,
            )
        )
    status = data.status if data.status is None or data.status in set(SessionStatus) else ""
    if status == "":
        errors.append(
            ValidationError(
                "status",
                QT_TRANSLATE_NOOP("errors", "Unknown status '{value}'."),
                value=data.status,
            )
        )
    if data.number is not None and not 1 <= data.number <= 99:
        errors.append(
            ValidationError(
                "number",
                QT_TRANSLATE_NOOP("errors", "The session number must be from 1 to {max}."),
                max=99,
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return SessionInput(
        date=date,
        title=title,
        start_time=start_time,
        place=place,
        modality=modality or SessionModality.IN_PERSON,
        focus=focus,
        agenda=agenda,
        number=data.number,
        status=status or None,
        coordinator_id=data.coordinator_id or None,
    )


@dataclass
class PresentationInput:
    """A practice presented at a session. `presenter_id` None: the practice's author.
    `position` None: after the last one."""

    practice_id: str = ""
    presenter_id: str | None = None
    minutes: int = rules.PRESENTATION_SLOT_MINUTES
    position: int | None = None
    # A guest who is not a member (a university academic, a SLEP advisor): no
    # presenter_id then.
    guest_name: str = ""
    guest_institution: str = ""


@dataclass
class FeedbackInput:
    """The evaluation of a presented practice, as the advisor writes it down.

    `author_id` is the participant whose voice it is (optional)."""

    practice_id: str = ""
    session_id: str | None = None
    author_id: str | None = None
    strengths: str = ""
    suggestions: str = ""
    replicability: str = Replicability.YES
    visibility: str = Visibility.NETWORK


@dataclass
class SatisfactionInput:
    """One answer to the survey (`count` 1: a teacher's own, anonymous; or a paper form
    the advisor types in) or a tally of `count` identical answers (advisor only).
    `respondent_id` must stay None: answers no longer name anyone. `applied` is "I
    brought what I learnt into my practice" (0: not asked, on older paper forms)."""

    useful: int = 4
    prepared: int = 4
    trust: int = 4
    count: int = 1
    respondent_id: str | None = None
    comment: str = ""
    applied: int = 0


# --- Results --------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRef:
    id: str
    name: str
    school_id: str | None = None


@dataclass(frozen=True)
class PresentationInfo:
    id: str
    session_id: str
    practice_id: str
    practice_title: str
    presenter_id: str | None
    presenter_name: str
    position: int
    minutes: int
    is_mine: bool
    warnings: list[RuleWarning]
    guest_institution: str = ""


@dataclass(frozen=True)
class AttendanceEntry:
    id: str
    person_id: str
    person_name: str
    status: str
    note: str


@dataclass(frozen=True)
class SessionDetail:
    id: str
    owner: str
    owner_name: str
    microcentre_id: str | None
    number: int
    date: dt.date
    start_time: str
    title: str
    place: str
    modality: str
    focus: str
    agenda: list[AgendaItem]
    agenda_minutes: int
    minutes_text: str
    status: str
    presentations: list[PresentationInfo]
    attendance: list[AttendanceEntry]
    attendance_rate: Ratio
    warnings: list[RuleWarning]
    is_mine: bool
    updated_at: dt.datetime
    coordinator_id: str | None = None
    coordinator_name: str = ""
    minutes_approved_on: dt.date | None = None


@dataclass(frozen=True)
class SessionRow:
    """One line of the session list (`sessions [--json]`)."""

    id: str
    number: int
    date: dt.date
    start_time: str
    title: str
    place: str
    modality: str
    status: str
    presentations: int
    present: int
    absent: int
    excused: int
    # `status`, or `rules.TO_CLOSE` when the date passed and it is still planned.
    state: str = ""

    @property
    def attendance(self) -> Ratio:
        return rules.attendance_rate(self.present, self.absent, self.excused)

    @property
    def to_close(self) -> bool:
        return self.state == rules.TO_CLOSE

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "number": self.number,
            "start_time": self.start_time,
            "title": self.title,
            "place": self.place,
            "modality": self.modality,
            "status": self.status,
            "state": self.state or self.status,
            "presentations": self.presentations,
            "attendance": {
                "present": self.present,
                "absent": self.absent,
                "excused": self.excused,
                "rate": self.attendance.as_json()["rate"],
            },
        }


@dataclass(frozen=True)
class FeedbackInfo:
    id: str
    practice_id: str
    session_id: str | None
    author_id: str | None
    author_name: str
    strengths: str
    suggestions: str
    replicability: str
    visibility: str
    owner: str
    is_mine: bool


@dataclass(frozen=True)
class SatisfactionInfo:
    id: str
    session_id: str
    respondent_id: str | None
    useful: int
    prepared: int
    trust: int
    count: int
    comment: str
    is_mine: bool
    applied: int = 0
    anonymous: bool = False


@dataclass(frozen=True)
class SatisfactionSummary:
    """Share of answers at 3 or 4 per question, counting tally weights."""

    session_id: str
    answers: int
    useful: Ratio
    prepared: Ratio
    trust: Ratio
    applied: Ratio = NOT_ASKED
    # Anonymous answers held by the advisor's Minga below the threshold (not shown yet).
    waiting: int = 0
