"""What a session guide prints: the labels of modalities, the structure of a
presentation, the survey's statements and scale, and the plain values gathered by
`minga.services.printing` (re-exported by `minga.reports.session_guide`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from minga.domain.cycle_rules import AgendaItem
from minga.i18n import QT_TRANSLATE_NOOP
from minga.reports.indicators import (
    NetworkSummary,
)

MODALITY_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("reports", "In person"),
    "blended": QT_TRANSLATE_NOOP("reports", "Blended"),
    "remote": QT_TRANSLATE_NOOP("reports", "Remote"),
}

#: The 15-minute structure of a presentation (Andalién Sur: at most 15 minutes, with
#: evidence of student performance): (share of the slot, moment, what to show).
PRESENTATION_STRUCTURE = (
    (
        3,
        QT_TRANSLATE_NOOP("reports", "Context and purpose"),
        QT_TRANSLATE_NOOP(
            "reports", "The class and its levels, the learning objective (OA), why this practice."
        ),
    ),
    (
        5,
        QT_TRANSLATE_NOOP("reports", "The practice in action"),
        QT_TRANSLATE_NOOP(
            "reports",
            "The sequence step by step, how each level worked at the same time, the materials.",
        ),
    ),
    (
        4,
        QT_TRANSLATE_NOOP("reports", "Evidence of learning"),
        QT_TRANSLATE_NOOP(
            "reports", "Photos, worksheets, plans, students' voices: what they learned."
        ),
    ),
    (
        3,
        QT_TRANSLATE_NOOP("reports", "Questions and replication"),
        QT_TRANSLATE_NOOP("reports", "Colleagues ask; what another school would need to apply it."),
    ),
)

SATISFACTION_QUESTIONS = (
    QT_TRANSLATE_NOOP("reports", "The session was useful for my work."),
    QT_TRANSLATE_NOOP("reports", "I feel prepared to apply what we saw."),
    QT_TRANSLATE_NOOP("reports", "I felt trust to voice my doubts."),
    QT_TRANSLATE_NOOP("reports", "I brought what I learnt in the network into my practice."),
)
SATISFACTION_SCALE = (
    QT_TRANSLATE_NOOP("reports", "Strongly disagree"),
    QT_TRANSLATE_NOOP("reports", "Disagree"),
    QT_TRANSLATE_NOOP("reports", "Agree"),
    QT_TRANSLATE_NOOP("reports", "Strongly agree"),
)


# --- The data -------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceImage:
    path: Path
    filename: str
    caption: str = ""


@dataclass(frozen=True)
class PracticeSheet:
    """A practice as it is printed (codes of levels and subjects; text as typed)."""

    title: str
    author: str
    school: str
    levels: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    oa_codes: list[str] = field(default_factory=list)
    description: str = ""
    strategy: str = ""
    materials: str = ""
    duration_minutes: int | None = None
    images: list[EvidenceImage] = field(default_factory=list)
    other_files: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GuidePresentation:
    position: int
    minutes: int
    presenter: str
    practice: PracticeSheet


@dataclass(frozen=True)
class Participant:
    name: str
    school: str = ""


@dataclass(frozen=True)
class GuideAgendaRow:
    """A line of the agenda built from the programme: an item, or the presentation of
    `presentation` (its index in `SessionGuide.presentations`)."""

    title: str
    minutes: int
    presentation: int | None = None


@dataclass(frozen=True)
class PreviousActa:
    number: int
    date: dt.date
    text: str
    approved_on: dt.date | None = None


@dataclass(frozen=True)
class GuideAgreement:
    text: str
    responsible: str  # "" for the whole network
    due_on: dt.date | None
    session_number: int
    session_date: dt.date | None


@dataclass(frozen=True)
class SessionGuide:
    microcentre: str
    advisor: str
    number: int
    date: dt.date
    start_time: str
    title: str
    place: str
    modality: str
    focus: str
    annual_focus: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    presentations: list[GuidePresentation] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    summary: NetworkSummary | None = None
    coordinator: str = ""
    agenda_rows: list[GuideAgendaRow] = field(default_factory=list)
    previous_acta: PreviousActa | None = None
    agreements: list[GuideAgreement] = field(default_factory=list)
    # The survey's statements and scale as the advisor worded them (the network's
    # template); empty while it is Minga's own wording, printed in the reader's language.
    survey_questions: tuple[str, ...] = ()
    survey_scale: tuple[str, ...] = ()
