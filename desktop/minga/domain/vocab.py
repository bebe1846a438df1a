"""The words of the Chilean curriculum and of the microcentre: levels, subjects, roles."""

from __future__ import annotations

from enum import StrEnum

from minga.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    TEACHER = "teacher"
    ADVISOR = "advisor"
    LEADER = "leader"
    # A SLEP's or DAEM's technical team on the territory's hub: receives the advisors'
    # territory reports, belongs to no network (docs/territory.md).
    COORDINATOR = "coordinator"


class Visibility(StrEnum):
    """Who may receive a record: only its owner, the advisor too, or the whole network."""

    PRIVATE = "private"
    ADVISOR = "advisor"
    NETWORK = "network"


class PracticeStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    PRESENTED = "presented"


class SessionModality(StrEnum):
    IN_PERSON = "in_person"
    BLENDED = "blended"
    REMOTE = "remote"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Replicability(StrEnum):
    YES = "yes"
    WITH_ADJUSTMENTS = "with_adjustments"
    NO = "no"


class ContinueDecision(StrEnum):
    CONTINUE = "continue"
    ADJUST = "adjust"
    DROP = "drop"


class TemplateKind(StrEnum):
    OBSERVATION_PROTOCOL = "observation_protocol"
    SELF_ASSESSMENT_RUBRIC = "self_assessment_rubric"
    EXIT_TICKET = "exit_ticket"
    # The wording of the network's satisfaction survey: one template, the shipped one,
    # whose statements keep their ids (answers refer to them).
    SATISFACTION_SURVEY = "satisfaction_survey"


class CycleStage(StrEnum):
    PLAN = "plan"
    DO = "do"
    STUDY = "study"
    ADJUST = "adjust"


# Levels: parvularia (NT1, NT2) and 1° to 8° básico, in teaching order.
LEVELS: tuple[str, ...] = ("NT1", "NT2", "1B", "2B", "3B", "4B", "5B", "6B", "7B", "8B")

LEVEL_LABELS: dict[str, str] = {
    "NT1": QT_TRANSLATE_NOOP("vocab", "NT1 (pre-kindergarten)"),
    "NT2": QT_TRANSLATE_NOOP("vocab", "NT2 (kindergarten)"),
    "1B": QT_TRANSLATE_NOOP("vocab", "1st grade"),
    "2B": QT_TRANSLATE_NOOP("vocab", "2nd grade"),
    "3B": QT_TRANSLATE_NOOP("vocab", "3rd grade"),
    "4B": QT_TRANSLATE_NOOP("vocab", "4th grade"),
    "5B": QT_TRANSLATE_NOOP("vocab", "5th grade"),
    "6B": QT_TRANSLATE_NOOP("vocab", "6th grade"),
    "7B": QT_TRANSLATE_NOOP("vocab", "7th grade"),
    "8B": QT_TRANSLATE_NOOP("vocab", "8th grade"),
}

# Short labels for tables: "1°", "NT2".
LEVEL_SHORT: dict[str, str] = {
    code: (code if code.startswith("NT") else f"{code[0]}°") for code in LEVELS
}

# Subjects (asignaturas) by the two-letter prefix of their OA codes.
SUBJECTS: dict[str, str] = {
    "LE": QT_TRANSLATE_NOOP("vocab", "Language and Communication"),
    "MA": QT_TRANSLATE_NOOP("vocab", "Mathematics"),
    "CN": QT_TRANSLATE_NOOP("vocab", "Natural Sciences"),
    "HI": QT_TRANSLATE_NOOP("vocab", "History, Geography and Social Sciences"),
    "AR": QT_TRANSLATE_NOOP("vocab", "Visual Arts"),
    "MU": QT_TRANSLATE_NOOP("vocab", "Music"),
    "EF": QT_TRANSLATE_NOOP("vocab", "Physical Education and Health"),
    "TE": QT_TRANSLATE_NOOP("vocab", "Technology"),
    "OR": QT_TRANSLATE_NOOP("vocab", "Orientation"),
    "IN": QT_TRANSLATE_NOOP("vocab", "English"),
}

ROLE_LABELS: dict[str, str] = {
    Role.TEACHER: QT_TRANSLATE_NOOP("vocab", "Teacher"),
    Role.ADVISOR: QT_TRANSLATE_NOOP("vocab", "Advisor"),
    Role.LEADER: QT_TRANSLATE_NOOP("vocab", "School leadership"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("vocab", "Territory coordinator"),
}

STATUS_LABELS: dict[str, str] = {
    PracticeStatus.DRAFT: QT_TRANSLATE_NOOP("vocab", "Draft"),
    PracticeStatus.READY: QT_TRANSLATE_NOOP("vocab", "Ready to share"),
    PracticeStatus.PRESENTED: QT_TRANSLATE_NOOP("vocab", "Presented"),
}

VISIBILITY_LABELS: dict[str, str] = {
    Visibility.PRIVATE: QT_TRANSLATE_NOOP("vocab", "Only me"),
    Visibility.ADVISOR: QT_TRANSLATE_NOOP("vocab", "Me and the advisor"),
    Visibility.NETWORK: QT_TRANSLATE_NOOP("vocab", "The whole microcentre"),
}

# Record kinds as people call them (stats, check, sync summaries).
KIND_LABELS: dict[str, str] = {
    "microcentre": QT_TRANSLATE_NOOP("vocab", "microcentres"),
    "school": QT_TRANSLATE_NOOP("vocab", "schools"),
    "person": QT_TRANSLATE_NOOP("vocab", "people"),
    "session": QT_TRANSLATE_NOOP("vocab", "sessions"),
    "presentation": QT_TRANSLATE_NOOP("vocab", "presentations"),
    "attendance": QT_TRANSLATE_NOOP("vocab", "attendance records"),
    "practice": QT_TRANSLATE_NOOP("vocab", "practices"),
    "practice_feedback": QT_TRANSLATE_NOOP("vocab", "practice evaluations"),
    "adoption": QT_TRANSLATE_NOOP("vocab", "adoptions"),
    "application": QT_TRANSLATE_NOOP("vocab", "applications"),
    "exit_ticket_tally": QT_TRANSLATE_NOOP("vocab", "exit-ticket tallies"),
    "self_assessment": QT_TRANSLATE_NOOP("vocab", "self-assessments"),
    "observation_consent": QT_TRANSLATE_NOOP("vocab", "readers of observation notes"),
    "observation_note": QT_TRANSLATE_NOOP("vocab", "observation notes"),
    "observation_reply": QT_TRANSLATE_NOOP("vocab", "observation replies"),
    "improvement_cycle": QT_TRANSLATE_NOOP("vocab", "improvement cycles"),
    "satisfaction_response": QT_TRANSLATE_NOOP("vocab", "satisfaction responses"),
    "survey_answer": QT_TRANSLATE_NOOP("vocab", "anonymous survey answers"),
    "student_aggregate": QT_TRANSLATE_NOOP("vocab", "students' figures per school and level"),
    "template": QT_TRANSLATE_NOOP("vocab", "templates"),
    "attachment": QT_TRANSLATE_NOOP("vocab", "attachments"),
    "year_plan": QT_TRANSLATE_NOOP("vocab", "year plans"),
    "agreement": QT_TRANSLATE_NOOP("vocab", "agreements"),
    "erasure": QT_TRANSLATE_NOOP("vocab", "erasures of personal data"),
}
