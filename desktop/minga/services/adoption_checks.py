"""The adoption service's checks and conversions: the input of an application, a tally's
counts per level and a self-assessment's ratings cleaned (every problem at once), the
query of applications still without a self-assessment, and rows turned into results.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import aliased

from minga.core.identity import Actor
from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.errors import ValidationError, ValidationErrors
from minga.domain.vocab import (
    LEVELS,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.adoption_data import ApplicationInput, SelfAssessmentInfo, TallyInfo
from minga.store.models import (
    Adoption,
    Application,
    ExitTicketTally,
    SelfAssessment,
)


def pending_applications_query(year: int | None = None) -> Any:
    """SELECT application id, adoption id, applied_on, owner, practice id of live
    applications (of live adoptions) that no live self-assessment covers."""
    # Two NOT EXISTS (each on its own index) rather than one with an OR.
    named = aliased(SelfAssessment)
    later = aliased(SelfAssessment)
    covered_by_name = exists().where(
        named.deleted.is_(False), named.application_id == Application.id
    )
    covered_later = exists().where(
        later.deleted.is_(False),
        later.adoption_id == Application.adoption_id,
        later.written_on >= Application.applied_on,
    )
    stmt = (
        select(
            Application.id,
            Application.adoption_id,
            Application.applied_on,
            Application.owner,
            Adoption.practice_id,
        )
        .join(Adoption, Adoption.id == Application.adoption_id)
        .where(
            Application.deleted.is_(False),
            Adoption.deleted.is_(False),
            ~covered_by_name,
            ~covered_later,
        )
    )
    if year is not None:
        first, last = rules.school_year_bounds(year)
        stmt = stmt.where(Application.applied_on.between(first, last))
    return stmt


def clean_application(data: ApplicationInput) -> tuple[list[str], int, dt.date, str]:
    errors: list[ValidationError] = []
    levels: list[str] = []
    for text in data.levels:
        if not (text or "").strip():
            continue
        try:
            level = v.normalize_level(text)
        except ValidationError as exc:
            errors.append(exc)
            continue
        if level not in levels:
            levels.append(level)
    if not levels and not errors:
        errors.append(
            ValidationError("levels", QT_TRANSLATE_NOOP("errors", "Choose at least one level."))
        )
    levels.sort(key=LEVELS.index)
    students = 0
    try:
        students = rules.validate_students_present(data.students_present)
    except ValidationError as exc:
        errors.append(exc)
    applied_on = None
    if data.applied_on is None:
        errors.append(
            ValidationError("date", QT_TRANSLATE_NOOP("errors", "This field is required."))
        )
    else:
        try:
            applied_on = rules.parse_date(data.applied_on)
        except ValidationError as exc:
            errors.append(exc)
    notes = ""
    try:
        notes = v.optional_text(data.notes, "notes", v.LONG_TEXT_MAX)
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    assert applied_on is not None
    return levels, students, applied_on, notes


def clean_per_level(per_level: Mapping[str, int], levels: list[str], total: int) -> dict[str, int]:
    errors: list[ValidationError] = []
    clean: dict[str, int] = {}
    for text, count in per_level.items():
        try:
            level = v.normalize_level(text, "students_present")
        except ValidationError as exc:
            errors.append(exc)
            continue
        if levels and level not in levels:
            errors.append(
                ValidationError(
                    "students_present",
                    QT_TRANSLATE_NOOP(
                        "errors", "Level {level} is not one of the levels of this application."
                    ),
                    level=level,
                )
            )
            continue
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            errors.append(
                ValidationError(
                    "students_present",
                    QT_TRANSLATE_NOOP(
                        "errors", "The students present must be a whole number from 1 to {max}."
                    ),
                    max=rules.MAX_STUDENTS_PRESENT,
                )
            )
            continue
        clean[level] = clean.get(level, 0) + count
    if not errors and sum(clean.values()) != total:
        errors.append(
            ValidationError(
                "students_present",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The students present per level add up to {sum}, but the application "
                    "had {total}.",
                ),
                sum=sum(clean.values()),
                total=total,
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return clean


def clean_ratings(
    ratings: Mapping[str, Any], criteria: Mapping[str, int], errors: list[ValidationError]
) -> dict[str, int]:
    clean: dict[str, int] = {}
    for criterion, value in ratings.items():
        levels = criteria.get(criterion)
        if levels is None:
            errors.append(
                ValidationError(
                    "ratings",
                    QT_TRANSLATE_NOOP("errors", "'{criterion}' is not a criterion of the rubric."),
                    criterion=criterion,
                )
            )
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= levels:
            errors.append(
                ValidationError(
                    "ratings",
                    QT_TRANSLATE_NOOP("errors", "Rate '{criterion}' with a level from 1 to {max}."),
                    criterion=criterion,
                    max=levels,
                )
            )
            continue
        clean[criterion] = value
    return clean


def tally_info(row: ExitTicketTally) -> TallyInfo:
    counts = {
        q: {o: {lv: int(n) for lv, n in by_level.items()} for o, by_level in options.items()}
        for q, options in (row.counts or {}).items()
    }
    return TallyInfo(
        id=row.id,
        application_id=row.application_id,
        template_id=row.template_id,
        applied_on=row.applied_on,
        levels=list(row.levels or []),
        students_present=row.students_present,
        counts=counts,
        totals=rules.option_totals(counts),
    )


def self_assessment_info(row: SelfAssessment, actor: Actor) -> SelfAssessmentInfo:
    return SelfAssessmentInfo(
        id=row.id,
        adoption_id=row.adoption_id,
        application_id=row.application_id,
        template_id=row.template_id,
        decision=row.decision,
        ratings={k: int(val) for k, val in (row.ratings or {}).items()},
        adjustments=row.adjustments,
        reflection=row.reflection,
        written_on=row.written_on,
        is_mine=row.owner == actor.person_id,
        visibility=row.visibility,
    )
