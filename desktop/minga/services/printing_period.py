"""The advisor's period report: its figures gathered from the database, then laid out and
written (re-exported by `minga.services.printing`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from minga.core.identity import current_actor
from minga.core.progress import Steps
from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import Ratio, SessionStatus
from minga.domain.vocab import AttendanceStatus, Role, Visibility
from minga.store.db import Database
from minga.store.models import (
    Adoption,
    Application,
    Attendance,
    ExitTicketTally,
    MicrocentreSession,
    Person,
    Practice,
    Presentation,
    School,
    SelfAssessment,
)

if TYPE_CHECKING:
    from minga.reports.layout import PrintedDocument
from minga.services.printing_common import (
    fold_text,
    network_of,
    output_path,
    paper_size,
    translator_for,
    write_document,
    year_summary,
)

# --- The period report ----------------------------------------------------------------


def gather_period_report(
    db: Database, year: int | None = None, *, today: dt.date | None = None, progress: Any = None
) -> Any:
    """The data of the advisor's report of a school year (`minga.reports.reports`)."""
    from minga.reports.reports import (
        CycleSheet,
        PeriodReport,
        SchoolFigures,
        SharedPractice,
        TeacherFigures,
    )
    from minga.services.improvement import ImprovementService

    steps = progress if isinstance(progress, Steps) else Steps(progress, 4, layout=True)
    today = today or db.clock.today()
    year = year or rules.school_year_of(today)
    first, last = rules.school_year_bounds(year)
    as_of = min(today, last)
    with db.session() as session:
        actor = current_actor(session)
        network = network_of(session, actor.microcentre_id)
    summary = year_summary(db, year, as_of, network.schools)
    steps()
    with db.session() as session:
        session_ids = select(MicrocentreSession.id).where(
            MicrocentreSession.deleted.is_(False),
            MicrocentreSession.status != SessionStatus.CANCELLED,
            MicrocentreSession.date.between(first, last),
        )
        people = session.execute(
            select(Person.id, Person.name, Person.school_id).where(
                Person.deleted.is_(False), Person.role == Role.TEACHER
            )
        ).all()
        attendance: dict[str, dict[str, int]] = {}
        for person_id, status, n in session.execute(
            select(Attendance.person_id, Attendance.status, func.count())
            .where(Attendance.deleted.is_(False), Attendance.session_id.in_(session_ids))
            .group_by(Attendance.person_id, Attendance.status)
        ):
            attendance.setdefault(person_id, {})[status] = n
        presented = dict(
            session.execute(
                select(
                    Presentation.presenter_id, func.count(func.distinct(Presentation.practice_id))
                )
                .where(Presentation.deleted.is_(False), Presentation.session_id.in_(session_ids))
                .group_by(Presentation.presenter_id)
            ).all()
        )

        def per_owner(model: Any, column: Any) -> dict[str, int]:
            return dict(
                session.execute(
                    select(model.owner, func.count())
                    .where(model.deleted.is_(False), column.between(first, last))
                    .group_by(model.owner)
                ).all()
            )

        chosen = per_owner(Adoption, Adoption.chosen_on)
        applications = per_owner(Application, Application.applied_on)
        tallies = per_owner(ExitTicketTally, ExitTicketTally.applied_on)
        assessments = per_owner(SelfAssessment, SelfAssessment.written_on)
        steps()
        # Practices shared: each practice once, at the first session of the year it was
        # presented at, with how many colleagues chose it.
        shared_rows = session.execute(
            select(
                Presentation.practice_id,
                func.min(MicrocentreSession.date),
                func.min(MicrocentreSession.number),
            )
            .join(MicrocentreSession, MicrocentreSession.id == Presentation.session_id)
            .where(
                Presentation.deleted.is_(False),
                Presentation.session_id.in_(session_ids),
                MicrocentreSession.date <= as_of,
            )
            .group_by(Presentation.practice_id)
        ).all()
        practice_ids = [r[0] for r in shared_rows]
        details = {
            row.id: row
            for row in session.execute(
                select(Practice.id, Practice.title, Practice.owner, Practice.school_id).where(
                    Practice.id.in_(practice_ids)
                )
            )
        }
        adoptions_of = dict(
            session.execute(
                select(Adoption.practice_id, func.count(func.distinct(Adoption.owner)))
                .where(Adoption.deleted.is_(False), Adoption.practice_id.in_(practice_ids))
                .group_by(Adoption.practice_id)
            ).all()
        )
        names = dict(session.execute(select(Person.id, Person.name)).all())
        rbds = dict(session.execute(select(School.id, School.rbd)).all())
    pending = {t.name: t.pending_self_assessments for t in summary.pending}
    teachers_by_school: dict[str, list[Any]] = {}
    for person_id, name, school_id in sorted(people, key=lambda r: fold_text(r[1])):
        by = attendance.get(person_id, {})
        ratio = rules.attendance_rate(
            by.get(AttendanceStatus.PRESENT, 0),
            by.get(AttendanceStatus.ABSENT, 0),
            by.get(AttendanceStatus.EXCUSED, 0),
        )
        teachers_by_school.setdefault(school_id or "", []).append(
            TeacherFigures(
                name=name,
                attendance=ratio,
                presented=int(presented.get(person_id, 0)),
                chosen=chosen.get(person_id, 0),
                applications=applications.get(person_id, 0),
                tallies=tallies.get(person_id, 0),
                self_assessments=assessments.get(person_id, 0),
                pending=pending.get(name, 0),
            )
        )
    schools = []
    for school_id, teachers in sorted(
        teachers_by_school.items(), key=lambda item: fold_text(network.schools.get(item[0], "~"))
    ):
        schools.append(
            SchoolFigures(
                name=network.schools.get(school_id, ""),
                teachers=teachers,
                attendance=sum((t.attendance for t in teachers), Ratio(0, 0)),
                rbd=rbds.get(school_id, ""),
            )
        )
    shared = []
    # (The id last: the same order on every database, whatever order GROUP BY gave.)
    for practice_id, day, number in sorted(shared_rows, key=lambda r: (r[1], r[2], r[0])):
        row = details.get(practice_id)
        if row is None:
            continue
        shared.append(
            SharedPractice(
                date=day,
                session_number=number,
                title=row.title,
                author=names.get(row.owner, ""),
                school=network.schools.get(row.school_id or "", ""),
                adoptions=int(adoptions_of.get(practice_id, 0)),
            )
        )
    steps()
    cycles = []
    for cycle in ImprovementService(db).list_cycles():
        if cycle.visibility == Visibility.PRIVATE and not cycle.is_mine:
            continue
        if cycle.started_on is not None and not first <= cycle.started_on <= last:
            continue
        cycles.append(
            CycleSheet(
                title=cycle.title,
                owner=cycle.owner_name,
                stage=cycle.stage,
                decision=cycle.decision,
                aim=cycle.aim,
                indicator=cycle.indicator,
                points=[(p.period, p.value) for p in cycle.data_points],
                started_on=cycle.started_on,
                chart=cycle.run_chart,
            )
        )
    steps()
    decree_sessions, decree_months, annual_focus = _decree(db, year)
    return PeriodReport(
        students=_students(db, year),
        decree_sessions=decree_sessions,
        decree_months=decree_months,
        microcentre=network.microcentre,
        advisor=network.advisor,
        annual_focus=annual_focus,
        year=year,
        as_of=summary.as_of,
        summary=summary,
        schools=schools,
        practices=shared,
        cycles=cycles,
    )


def _students(db: Database, year: int) -> list[Any]:
    """The year's students' figures per school and level (months of `year` only)."""
    from minga.reports.report_data import StudentRow
    from minga.services.students import ATTENDANCE, StudentFiguresService

    rows: dict[tuple[str, str], StudentRow] = {}
    for item in StudentFiguresService(db).figures():
        if not item.period.startswith(f"{year}-"):
            continue
        row = rows.setdefault((item.school, item.level), StudentRow(item.school, item.level))
        if item.measure == ATTENDANCE and item.attendance_percent is not None:
            row.attendance.append((item.period, item.attendance_percent))
            rows[(item.school, item.level)] = StudentRow(
                row.school, row.level, row.attendance, item.students, row.diagnostics
            )
        else:
            row.diagnostics.append((item.period, item.name, dict(item.achievement)))
    return [rows[key] for key in sorted(rows)]


def _decree(db: Database, year: int) -> tuple[list[Any], list[Any], str]:
    """(sessions, months) of the Decreto 1.107 record of `year`, and the year's focus."""
    from minga.reports.reports import DecreeMonth, DecreeSession
    from minga.services.year import YearService

    info = YearService(db).get(year)
    sessions = [
        DecreeSession(s.number, s.date, s.title, s.modality, s.minutes, s.state)
        for month in info.months
        for s in month.sessions
    ]
    months = [
        DecreeMonth(dt.date(year, month.month, 1), month.hours.sessions, month.hours.minutes)
        for month in info.months
        if month.hours is not None
    ]
    return sessions, months, info.focus


def build_period_report(  # noqa: PLR0917 (the documented positional signature)
    db: Database,
    out: Path | str,
    year: int | None = None,
    paper: str | None = "carta",
    lang: str | None = None,
    progress: Any | None = None,
    *,
    today: dt.date | None = None,
) -> PrintedDocument:
    """Writes the advisor's report of a school year (default: the current one)."""
    from minga.reports import reports

    paper = paper_size(paper)
    target = output_path(out)
    reports_tr = translator_for(lang)
    steps = Steps(progress, 4, layout=True)
    data = gather_period_report(db, year, today=today, progress=steps)
    return write_document(
        target,
        lambda temp: reports.render_period_report(
            data,
            temp,
            paper=paper,
            reports=reports_tr,
            printed_on=today or db.clock.today(),
            progress=steps.layout(),
        ),
    )


def print_period_report(  # noqa: PLR0917 (the documented positional signature)
    db: Database,
    out: Path | str,
    year: int | None = None,
    paper: str | None = "carta",
    lang: str | None = None,
    progress: Any | None = None,
    *,
    today: dt.date | None = None,
) -> Path:
    """The period report as a PDF at `out`; returns its path."""
    return build_period_report(db, out, year, paper, lang, progress, today=today).path
