"""Students' figures per school and level, counts only: the month's attendance and the
shared diagnostics with their levels of achievement (`student_aggregate` records).

No student is ever named: a record says how many students a level of a school has, the
month's attendance percentage, or how many students reached each level of achievement
in a diagnostic the network shares. One record per school, level, month, measure and
diagnostic: recording it again replaces its figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from minga.core.identity import current_actor, stamper
from minga.core.records import check_owner, find_live, save
from minga.domain import validation as v
from minga.domain.errors import ValidationError, ValidationErrors
from minga.domain.vocab import LEVELS, Visibility
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store.db import Database
from minga.store.models import School, StudentAggregate

ATTENDANCE, DIAGNOSTIC = "attendance", "diagnostic"
MEASURES = (ATTENDANCE, DIAGNOSTIC)
PERIOD_RE = re.compile(r"(199[0-9]|2[01][0-9]{2})-(0[1-9]|1[0-2])")
MAX_STUDENTS = 10_000
MAX_ACHIEVEMENT_LEVELS = 20


@dataclass
class StudentFiguresInput:
    """One school's level in one month: `attendance_percent` of `students`, or a
    diagnostic (`name`) with students per level of achievement (`achievement`)."""

    school_id: str
    level: str
    period: str
    measure: str = ATTENDANCE
    name: str = ""
    students: int = 0
    attendance_percent: float | None = None
    achievement: dict[str, int] = field(default_factory=dict)
    visibility: str = Visibility.NETWORK


@dataclass(frozen=True)
class StudentFigures:
    id: str
    school_id: str
    school: str
    level: str
    period: str
    measure: str
    name: str
    students: int
    attendance_percent: float | None
    achievement: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "school_id": self.school_id,
            "school": self.school,
            "level": self.level,
            "period": self.period,
            "measure": self.measure,
            "name": self.name,
            "students": self.students,
            "attendance_percent": self.attendance_percent,
            "achievement": dict(self.achievement),
        }


def _error(field_name: str, text: str, **params: Any) -> ValidationError:
    return ValidationError(field_name, text, **params)


def validate(data: StudentFiguresInput) -> StudentFiguresInput:
    """A normalized copy of `data`, or `ValidationErrors` naming every bad field."""
    errors: list[ValidationError] = []
    level = ""
    try:
        level = v.normalize_level(data.level, "level")
    except ValidationError as exc:
        errors.append(exc)
    period = (data.period or "").strip()
    if not PERIOD_RE.fullmatch(period):
        errors.append(_error("period", QT_TRANSLATE_NOOP("errors", "Write the month as 2026-03.")))
    if data.measure not in MEASURES:
        errors.append(
            _error(
                "measure",
                QT_TRANSLATE_NOOP("errors", "The measure is attendance or diagnostic."),
            )
        )
    name = " ".join((data.name or "").split())
    students = data.students
    percent = data.attendance_percent
    achievement: dict[str, int] = {}
    if data.measure == ATTENDANCE:
        name = ""
        if (
            isinstance(percent, bool)
            or not isinstance(percent, int | float)
            or not (0 <= percent <= 100)
        ):
            errors.append(
                _error(
                    "attendance",
                    QT_TRANSLATE_NOOP("errors", "Attendance is a percentage from 0 to 100."),
                )
            )
        if (
            isinstance(students, bool)
            or not isinstance(students, int)
            or not (1 <= students <= MAX_STUDENTS)
        ):
            errors.append(
                _error(
                    "students",
                    QT_TRANSLATE_NOOP("errors", "The number of students must be from 1 to {max}."),
                    max=MAX_STUDENTS,
                )
            )
    elif data.measure == DIAGNOSTIC:
        percent = None
        if not name or len(name) > 200:
            errors.append(
                _error(
                    "name",
                    QT_TRANSLATE_NOOP("errors", "Name the diagnostic (at most 200 characters)."),
                )
            )
        for key, count in (data.achievement or {}).items():
            label = " ".join(str(key).split())
            if (
                not label
                or len(label) > 100
                or isinstance(count, bool)
                or not isinstance(count, int)
                or not 0 <= count <= MAX_STUDENTS
            ):
                errors.append(
                    _error(
                        "achievement",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Each level of achievement needs a name and a number of "
                            "students from 0 to {max}.",
                        ),
                        max=MAX_STUDENTS,
                    )
                )
                break
            achievement[label] = count
        if not achievement or len(achievement) > MAX_ACHIEVEMENT_LEVELS:
            errors.append(
                _error(
                    "achievement",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Give from 1 to {max} levels of achievement with their students.",
                    ),
                    max=MAX_ACHIEVEMENT_LEVELS,
                )
            )
        students = sum(achievement.values())
        if achievement and not students:
            errors.append(
                _error(
                    "achievement",
                    QT_TRANSLATE_NOOP("errors", "A diagnostic counts at least one student."),
                )
            )
    if errors:
        raise ValidationErrors(errors)
    return StudentFiguresInput(
        school_id=data.school_id,
        level=level,
        period=period,
        measure=data.measure,
        name=name,
        students=students,
        attendance_percent=None if percent is None else float(percent),
        achievement=achievement,
        visibility=data.visibility,
    )


class StudentFiguresService:
    """Record and read students' figures (the window, the CLI and the reports)."""

    def __init__(self, db: Database):
        self.db = db

    def record(self, data: StudentFiguresInput) -> StudentFigures:
        clean = validate(data)
        with self.db.session() as session:
            actor = current_actor(session)
            school = find_live(session, School, clean.school_id)
            row = session.scalars(
                select(StudentAggregate).where(
                    StudentAggregate.school_id == school.id,
                    StudentAggregate.level == clean.level,
                    StudentAggregate.period == clean.period,
                    StudentAggregate.measure == clean.measure,
                    StudentAggregate.name == clean.name,
                    StudentAggregate.owner == actor.person_id,
                    StudentAggregate.deleted.is_(False),
                )
            ).first()
            new = row is None
            if row is None:
                row = StudentAggregate(
                    school_id=school.id,
                    level=clean.level,
                    period=clean.period,
                    measure=clean.measure,
                    name=clean.name,
                )
            else:
                check_owner(session, row.owner, actor)
            row.students = clean.students
            row.attendance_percent = clean.attendance_percent
            row.achievement = dict(clean.achievement)
            row.visibility = clean.visibility
            if new:
                stamper(session, actor).stamp(row, new=True)
                session.add(row)
                session.flush()
            else:
                save(session, actor, row)
            return _figures(row, school.name)

    def school_id(self, ref: str) -> str:
        """A school named by its id, its RBD (`4478-4`, or `4478`) or its exact name."""
        text = (ref or "").strip()
        with self.db.session() as session:
            for school in session.scalars(select(School).where(School.deleted.is_(False))):
                number = school.rbd.split("-")[0]
                if text in (school.id, school.rbd, number) or v.fold(text) == v.fold(school.name):
                    return school.id
        raise ValidationErrors(
            [
                _error(
                    "school",
                    QT_TRANSLATE_NOOP(
                        "errors", "No school here has the id, RBD or name '{school}'."
                    ),
                    school=text[:80],
                )
            ]
        )

    def schools_for(self, school_id: str | None) -> list[tuple[str, str]]:
        """(id, name) of the live schools by name: all of them (`school_id` None, the
        advisor's choice) or that one only (a teacher's own; none when "")."""
        with self.db.session() as session:
            stmt = select(School.id, School.name).where(School.deleted.is_(False))
            if school_id is not None:
                stmt = stmt.where(School.id == school_id)
            rows = [(row.id, row.name) for row in session.execute(stmt)]
        return sorted(rows, key=lambda row: v.fold(row[1]))

    def figures(self, *, school_id: str | None = None) -> list[StudentFigures]:
        """Every live record, by school, level, measure and month."""
        with self.db.session() as session:
            stmt = (
                select(StudentAggregate, School.name)
                .outerjoin(School, School.id == StudentAggregate.school_id)
                .where(StudentAggregate.deleted.is_(False))
            )
            if school_id:
                stmt = stmt.where(StudentAggregate.school_id == school_id)
            rows = [_figures(row, name or "") for row, name in session.execute(stmt)]
        return sorted(rows, key=lambda f: (f.school, f.level, f.measure, f.name, f.period))

    def attendance_series(self) -> dict[tuple[str, str], list[tuple[str, float]]]:
        """(school, level) -> [(month, attendance %)], months in order: a run chart's
        points."""
        series: dict[tuple[str, str], list[tuple[str, float]]] = {}
        for item in self.figures():
            if item.measure == ATTENDANCE and item.attendance_percent is not None:
                series.setdefault((item.school, item.level), []).append(
                    (item.period, item.attendance_percent)
                )
        return series


def _figures(row: StudentAggregate, school: str) -> StudentFigures:
    return StudentFigures(
        id=row.id,
        school_id=row.school_id,
        school=school,
        level=row.level,
        period=row.period,
        measure=row.measure,
        name=row.name,
        students=row.students,
        attendance_percent=row.attendance_percent,
        achievement={str(k): int(n) for k, n in (row.achievement or {}).items()},
    )


# --- The year's figures per school and level (Indicadores, `indicators --json`) --------


@dataclass(frozen=True)
class LevelYear:
    """One school's level in one school year: its months' attendance and its shared
    diagnostics, counts only."""

    school_id: str
    school: str
    level: str
    students: int
    attendance: tuple[tuple[str, float], ...]
    diagnostics: tuple[tuple[str, str, int, tuple[tuple[str, int], ...]], ...]

    @property
    def mean_attendance(self) -> float | None:
        """The months' attendance averaged (each month weighs the same), None without any."""
        if not self.attendance:
            return None
        return round(sum(p for _m, p in self.attendance) / len(self.attendance), 1)

    def as_json(self) -> dict[str, Any]:
        return {
            "school_id": self.school_id,
            "school": self.school,
            "level": self.level,
            "students": self.students,
            "attendance_mean": self.mean_attendance,
            "attendance": [{"month": m, "percent": p} for m, p in self.attendance],
            "diagnostics": [
                {
                    "month": month,
                    "name": name,
                    "students": students,
                    "achievement": [{"level": k, "students": n} for k, n in achieved],
                }
                for month, name, students, achieved in self.diagnostics
            ],
        }


def year_figures(session: Any, year: int, *, school_id: str | None = None) -> list[LevelYear]:
    """The live figures of the months of `year` per school and level (one school's only
    with `school_id`), schools and levels in order, months in order."""
    stmt = (
        select(StudentAggregate, School.name)
        .outerjoin(School, School.id == StudentAggregate.school_id)
        .where(
            StudentAggregate.deleted.is_(False),
            StudentAggregate.period.like(f"{int(year):04d}-%"),
        )
    )
    if school_id is not None:
        stmt = stmt.where(StudentAggregate.school_id == school_id)
    grouped: dict[tuple[str, str, str], list[StudentAggregate]] = {}
    for row, name in session.execute(stmt):
        grouped.setdefault((name or "", row.school_id, row.level), []).append(row)
    result = []
    for (school, sid, level), rows in sorted(
        grouped.items(), key=lambda item: (v.fold(item[0][0]), _level_order(item[0][2]))
    ):
        attendance = sorted(
            (r.period, float(r.attendance_percent))
            for r in rows
            if r.measure == ATTENDANCE and r.attendance_percent is not None
        )
        latest = max(
            (r for r in rows if r.measure == ATTENDANCE), key=lambda r: r.period, default=None
        )
        diagnostics = tuple(
            (
                r.period,
                r.name,
                int(r.students),
                tuple((str(k), int(n)) for k, n in (r.achievement or {}).items()),
            )
            for r in sorted(
                (r for r in rows if r.measure == DIAGNOSTIC), key=lambda r: (r.period, r.name)
            )
        )
        result.append(
            LevelYear(
                school_id=sid,
                school=school,
                level=level,
                students=int(latest.students) if latest is not None else 0,
                attendance=tuple(attendance),
                diagnostics=diagnostics,
            )
        )
    return result


def _level_order(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)
