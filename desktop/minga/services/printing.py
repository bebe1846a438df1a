"""Printed documents: the session guide, blank forms, the period report and a teacher's
portfolio, as PDF files (ReportLab; `minga.reports` lays them out).

Each entry point gathers plain values from the other services and the store, hands them
to the document module and writes the PDF **to a temporary file in the target folder,
then renames it**, so a pulled USB stick or a cancel never leaves a half PDF that looks
whole. Work that takes time reports to `progress` (duck-typed: `report(done, total,
text)` and `check()`, as `minga.ui.tasks.Progress`), and `check()` may cancel it.

    print_session_guide(db, files, "latest", Path("guia.pdf"), paper="oficio")
    print_form(db, "exit-ticket", Path("tickets.pdf"))
    print_period_report(db, Path("informe.pdf"), year=2026)
    print_portfolio(db, None, Path("portafolio.pdf"))  # this installation's person

The `build_*` twins return a `PrintedDocument` (path, pages, sections) for the GUI's
list of contents; the `print_*` functions return the path (the CLI contract).

`minga.reports` (and ReportLab) is imported inside the functions: nothing of it loads at
start-up. Problems the user can act on are `MingaError`s: no session yet, an unknown
session or person, a folder that does not exist or cannot be written.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from minga import display
from minga.core.attachments import AttachmentStore
from minga.core.identity import current_actor
from minga.core.progress import Steps
from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import Ratio, SessionStatus
from minga.domain.errors import MingaError, NotFoundError
from minga.domain.vocab import AttendanceStatus, Role, TemplateKind, Visibility
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store.db import Database
from minga.store.models import (
    Adoption,
    Application,
    Attachment,
    Attendance,
    ExitTicketTally,
    Microcentre,
    MicrocentreSession,
    Person,
    Practice,
    Presentation,
    School,
    SelfAssessment,
    Template,
)

if TYPE_CHECKING:
    from minga.reports.layout import PrintedDocument, Rendered, Tr
    from minga.reports.session_guide import PracticeSheet

PAPERS = ("carta", "oficio", "a4")
FORM_KINDS = ("exit-ticket", "self-assessment", "observation", "phea")

_FORM_TEMPLATE_KINDS = {
    "exit-ticket": TemplateKind.EXIT_TICKET,
    "self-assessment": TemplateKind.SELF_ASSESSMENT_RUBRIC,
    "observation": TemplateKind.OBSERVATION_PROTOCOL,
}


class PrintError(MingaError):
    """A document could not be written where the person asked."""

    template = QT_TRANSLATE_NOOP("errors", "The document could not be written.")


# --- Writing the file -----------------------------------------------------------------


def _target(out: Path | str) -> Path:
    """The absolute path to write, checked before any work is done."""
    path = Path(out).expanduser()
    if path.is_dir():
        raise PrintError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is a folder; give the name of the PDF file to write."
            ),
            path=str(path),
        )
    folder = path.parent if str(path.parent) else Path.cwd()
    if not folder.is_dir():
        raise PrintError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
            folder=str(folder),
        )
    if not os.access(folder, os.W_OK):
        raise PrintError(
            QT_TRANSLATE_NOOP("errors", "Minga cannot write in the folder {folder}."),
            folder=str(folder),
        )
    return path.absolute()


def _write(out: Path, render: Callable[[str], Rendered]) -> PrintedDocument:
    """Renders into a temporary file next to `out`, then renames it over `out`."""
    from minga.core.files import flush, rename_over, temporary_beside
    from minga.reports.layout import PrintedDocument

    try:
        temp = temporary_beside(out, suffix=".pdf.part")
    except OSError:
        raise PrintError(
            QT_TRANSLATE_NOOP("errors", "Minga cannot write in the folder {folder}."),
            folder=str(out.parent),
        ) from None
    try:
        try:
            rendered = render(str(temp))
            flush(temp, mode=0o644)  # a document to share is not private
        except OSError as exc:  # a full disk, a pulled USB stick
            raise PrintError(
                QT_TRANSLATE_NOOP("errors", "{path} could not be written: {reason}"),
                path=str(out),
                reason=exc.strerror or str(exc),
            ) from exc
        try:
            rename_over(temp, out)
        except OSError:
            raise PrintError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} could not be replaced: is it open in another program? Close it "
                    "and try again, or choose another name.",
                ),
                path=str(out),
            ) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return PrintedDocument(out, rendered.pages, list(rendered.sections), rendered.title)


def _tr(lang: str | None) -> Tr:
    from minga.reports.layout import Tr

    return Tr(lang)


def _paper(paper: str | None) -> str:
    from minga.reports.layout import normalize_paper

    return normalize_paper(paper)


# --- Shared look-ups ------------------------------------------------------------------


@dataclass(frozen=True)
class _Network:
    microcentre: str
    annual_focus: str
    goal: int | None
    advisor: str
    schools: dict[str, str]  # school id -> name


def _network(session: Any, microcentre_id: str | None) -> _Network:
    row = None
    if microcentre_id:
        row = session.get(Microcentre, microcentre_id)
    if row is None:
        row = session.scalars(select(Microcentre).where(Microcentre.deleted.is_(False))).first()
    advisor = ""
    if row is not None and row.advisor_id:
        person = session.get(Person, row.advisor_id)
        advisor = person.name if person is not None else ""
    if not advisor:
        advisor = (
            session.scalar(
                select(Person.name).where(Person.role == Role.ADVISOR, Person.deleted.is_(False))
            )
            or ""
        )
    schools = dict(
        session.execute(select(School.id, School.name).where(School.deleted.is_(False))).all()
    )
    return _Network(
        microcentre=row.name if row is not None else "",
        annual_focus=row.annual_focus if row is not None else "",
        goal=row.annual_goal_practices if row is not None else None,
        advisor=advisor,
        schools=schools,
    )


def _practice_sheet(
    db: Database, files: AttachmentStore | None, practice_id: str, fallback_title: str, schools
) -> PracticeSheet:
    """A practice as printed, with its evidence files split into pictures and others."""
    from minga.reports.session_guide import EvidenceImage, PracticeSheet
    from minga.services.practices import PracticeService

    # Without a store (nothing to show) the files are only listed by name.
    store = files or AttachmentStore(Path(os.devnull))
    try:
        detail = PracticeService(db, store).get(practice_id)
    except NotFoundError:
        return PracticeSheet(title=fallback_title, author="", school="")
    captions: dict[str, str] = {}
    if detail.attachments:
        with db.session() as session:
            captions = dict(
                session.execute(
                    select(Attachment.id, Attachment.caption).where(
                        Attachment.id.in_([a.id for a in detail.attachments])
                    )
                ).all()
            )
    images: list[EvidenceImage] = []
    others: list[str] = []
    for attachment in detail.attachments:
        if (
            files is not None
            and attachment.media_type.startswith("image/")
            and attachment.path.is_file()
        ):
            images.append(
                EvidenceImage(attachment.path, attachment.filename, captions.get(attachment.id, ""))
            )
        else:
            others.append(attachment.filename)
    data = detail.data
    return PracticeSheet(
        title=data.title,
        author=detail.author_name,
        school=detail.school_name or schools.get(detail.school_id or "", ""),
        levels=list(data.levels),
        subjects=list(data.subjects),
        oa_codes=list(data.oa_codes),
        description=data.description,
        strategy=data.multigrade_strategy,
        materials=data.materials,
        duration_minutes=data.duration_minutes,
        images=images,
        other_files=others,
    )


def _summary(
    db: Database,
    year: int,
    as_of: dt.date,
    schools: dict[str, str],
    *,
    before: dt.date | None = None,
    progress: Any | None = None,
) -> Any:
    """The network's indicators of `year` as `minga.reports.indicators.NetworkSummary`;
    with `before` (a session's date), the previous held session and what happened since."""
    from minga.reports.indicators import (
        ExitQuestion,
        NetworkSummary,
        PendingTeacher,
        SessionFigure,
    )
    from minga.services.indicators import IndicatorService

    result = IndicatorService(db, today=as_of).network(year, progress=progress, through=True)
    figures = [
        SessionFigure(
            number=s.number,
            date=s.date,
            title=s.title,
            status=s.status,
            attendance=s.attendance.ratio,
            adoption=s.adoption,
            useful=s.satisfaction.useful,
            prepared=s.satisfaction.prepared,
            trust=s.satisfaction.trust,
            useful_top=s.satisfaction.useful_top,
            answers=s.satisfaction.answers,
        )
        for s in result.sessions
    ]
    previous = None
    since: dt.date | None = None
    if before is not None:
        held = [f for f in figures if f.date < before and f.status == SessionStatus.HELD]
        previous = held[-1] if held else None
        since = previous.date if previous else rules.school_year_bounds(year)[0]
    counts = {"applications": 0, "tallies": 0, "self_assessments": 0}
    if before is not None and since is not None:
        dated = {
            "applications": Application.applied_on,
            "tallies": ExitTicketTally.applied_on,
            "self_assessments": SelfAssessment.written_on,
        }
        with db.session() as session:
            for key, day in dated.items():
                model = day.class_
                counts[key] = (
                    session.scalar(
                        select(func.count()).where(
                            model.deleted.is_(False), day >= since, day < before
                        )
                    )
                    or 0
                )
    pending = [
        PendingTeacher(
            name=t.name,
            school=schools.get(t.school_id or "", ""),
            chose_at_last_session=t.chose_at_last_session,
            pending_self_assessments=t.pending_self_assessments,
        )
        for t in result.pending.teachers
    ]
    questions = [
        ExitQuestion(
            prompt=q.prompt or q.id,
            options=[(o.label or o.id, o.total) for o in q.options],
        )
        for q in result.exit_tickets.questions
    ]
    sat = result.satisfaction
    return NetworkSummary(
        year=year,
        as_of=result.as_of,
        attendance=result.attendance.ratio,
        shared=result.practices_shared.count,
        goal=result.practices_shared.goal,
        adoption=result.adoption,
        continuation=result.continuation.ratio,
        useful=sat.useful,
        prepared=sat.prepared,
        trust=sat.trust,
        useful_top=sat.useful_top,
        prepared_top=sat.prepared_top,
        trust_top=sat.trust_top,
        applied=sat.applied,
        applied_top=sat.applied_top,
        answers=sat.answers,
        tallies=result.exit_tickets.tallies,
        sessions=figures,
        previous=previous,
        applications_since=counts["applications"],
        tallies_since=counts["tallies"],
        self_assessments_since=counts["self_assessments"],
        pending=pending,
        exit_questions=questions,
    )


# --- The session guide ----------------------------------------------------------------


def resolve_session_id(db: Database, session_id: str | None) -> str:
    """The id of the session to print: `session_id`, or the latest one for "latest"
    (or nothing). Errors: no sessions yet; a session that is not in this notebook."""
    from minga.services.sessions import SessionService

    service = SessionService(db)
    wanted = (session_id or "").strip()
    if not wanted or wanted.lower() == "latest":
        latest = service.latest_session()
        if latest is None:
            raise PrintError(QT_TRANSLATE_NOOP("errors", "There are no sessions here yet."))
        return latest.id
    with db.session() as session:
        row = session.get(MicrocentreSession, wanted)
        if row is None or row.deleted:
            raise PrintError(
                QT_TRANSLATE_NOOP("errors", "The session {id} is not in this notebook."),
                id=wanted,
            )
    return wanted


def gather_session_guide(
    db: Database,
    files: AttachmentStore | None,
    session_id: str | None = "latest",
    *,
    progress: Any | None = None,
) -> Any:
    """The data of a session's guide (`minga.reports.session_guide.SessionGuide`)."""
    from minga.reports.session_guide import GuidePresentation, Participant, SessionGuide
    from minga.services.sessions import SessionService, active_teachers

    steps = progress if isinstance(progress, Steps) else Steps(progress, 4, layout=True)
    wanted = resolve_session_id(db, session_id)
    detail = SessionService(db).get(wanted)
    steps()
    with db.session() as session:
        network = _network(session, detail.microcentre_id or current_actor(session).microcentre_id)
        teachers = active_teachers(session)
    participants = [
        Participant(t.name, network.schools.get(t.school_id or "", "")) for t in teachers
    ]
    presentations = []
    for talk in detail.presentations:
        steps.check()
        presentations.append(
            GuidePresentation(
                position=talk.position,
                minutes=talk.minutes,
                presenter=(
                    f"{talk.presenter_name} ({talk.guest_institution})"
                    if talk.guest_institution
                    else talk.presenter_name
                ),
                practice=_practice_sheet(
                    db, files, talk.practice_id, talk.practice_title, network.schools
                ),
            )
        )
    steps()
    year = rules.school_year_of(detail.date)
    summary = _summary(
        db,
        year,
        detail.date - dt.timedelta(days=1),
        network.schools,
        before=detail.date,
    )
    steps()
    acta, agreements, agenda_rows, annual_focus = _year_parts(db, detail)
    return SessionGuide(
        coordinator=detail.coordinator_name,
        agenda_rows=agenda_rows,
        previous_acta=acta,
        agreements=agreements,
        microcentre=network.microcentre,
        advisor=network.advisor or detail.owner_name,
        number=detail.number,
        date=detail.date,
        start_time=detail.start_time,
        title=detail.title,
        place=detail.place,
        modality=detail.modality,
        focus=detail.focus,
        annual_focus=annual_focus,
        agenda=list(detail.agenda),
        presentations=presentations,
        participants=participants,
        summary=summary,
    )


def _year_parts(db: Database, detail: Any) -> tuple[Any, list[Any], list[Any], str]:
    """What the school year adds to a session's guide: the previous session's acta, the
    agreements still open on the session's date, the agenda built from the programme
    and the year's focus."""
    from minga.reports.session_guide import GuideAgendaRow, GuideAgreement, PreviousActa
    from minga.services.year import (
        AgreementService,
        built_agenda,
        previous_session,
        year_targets,
    )

    with db.session() as session:
        row = session.get(MicrocentreSession, detail.id)
        assert row is not None
        prev = previous_session(session, row)
        acta = (
            PreviousActa(prev.number, prev.date, prev.minutes_text, prev.minutes_approved_on)
            if prev is not None
            else None
        )
        rows = [
            GuideAgendaRow(r.title, r.minutes, r.presentation) for r in built_agenda(session, row)
        ]
        focus, _goal = year_targets(
            session, rules.school_year_of(detail.date), detail.microcentre_id
        )
    agreements = [
        GuideAgreement(
            text=a.text,
            responsible=a.responsible_name,
            due_on=a.due_on,
            session_number=a.session_number,
            session_date=a.session_date,
        )
        for a in AgreementService(db).list(before=detail.date)
        # Open on the session's date: not done, or done only afterwards.
        if a.done_on is None or a.done_on >= detail.date
    ]
    return acta, agreements, rows, focus


def build_session_guide(  # noqa: PLR0917 (the documented positional signature)
    db: Database,
    files: AttachmentStore | None,
    session_id: str | None,
    out: Path | str,
    paper: str | None = "carta",
    lang: str | None = None,
    progress: Any | None = None,
    *,
    today: dt.date | None = None,
) -> PrintedDocument:
    """Writes the guide of a session (an id, or "latest") to `out`."""
    from minga.reports import session_guide

    paper = _paper(paper)
    target = _target(out)
    reports_tr = _tr(lang)
    steps = Steps(progress, 4, layout=True)
    guide = gather_session_guide(db, files, session_id, progress=steps)
    return _write(
        target,
        lambda temp: session_guide.render(
            guide,
            temp,
            paper=paper,
            reports=reports_tr,
            printed_on=today or db.clock.today(),
            progress=steps.layout(),
        ),
    )


def print_session_guide(  # noqa: PLR0917 (the documented positional signature)
    db: Database,
    files: AttachmentStore | None,
    session_id: str | None,
    out: Path | str,
    paper: str | None = "carta",
    lang: str | None = None,
    progress: Any | None = None,
    *,
    today: dt.date | None = None,
) -> Path:
    """The session guide as a PDF at `out` (see the module docstring); returns its path."""
    return build_session_guide(db, files, session_id, out, paper, lang, progress, today=today).path


# --- Blank forms ----------------------------------------------------------------------


def build_form(  # noqa: PLR0917 (the documented positional signature)
    db: Database,
    kind: str,
    out: Path | str,
    paper: str | None = "carta",
    lang: str | None = None,
    progress: Any | None = None,
    *,
    template_id: str | None = None,
    today: dt.date | None = None,
) -> PrintedDocument:
    """Writes a blank form: exit-ticket, self-assessment, observation or phea."""
    from minga.reports import forms
    from minga.services.templates import load_default, resolve_in

    if kind not in FORM_KINDS:
        raise PrintError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Unknown form '{value}': use exit-ticket, self-assessment, observation or phea.",
            ),
            value=kind,
        )
    paper = _paper(paper)
    target = _target(out)
    reports_tr = _tr(lang)
    steps = Steps(progress, 1, layout=True)
    with db.session() as session:
        try:
            actor = current_actor(session)
        except MingaError:
            actor = None
        network = _network(session, actor.microcentre_id if actor else None)
        template = forms.FormTemplate()
        template_kind = _FORM_TEMPLATE_KINDS.get(kind)
        if template_kind is not None:
            if actor is not None:
                _id, body = resolve_in(session, template_kind, template_id)
                row = session.get(Template, _id)
                template = forms.FormTemplate(row.name if row else "", body)
            else:
                shipped = load_default(template_kind)
                template = forms.FormTemplate(shipped.name, shipped.body)
    steps()
    return _write(
        target,
        lambda temp: forms.render(
            kind,
            template,
            temp,
            paper=paper,
            reports=reports_tr,
            printed_on=today or db.clock.today(),
            microcentre=network.microcentre,
            author=network.advisor,
            progress=steps.layout(),
        ),
    )


def print_form(  # noqa: PLR0917 (the documented positional signature)
    db: Database,
    kind: str,
    out: Path | str,
    paper: str | None = "carta",
    lang: str | None = None,
    progress: Any | None = None,
    *,
    template_id: str | None = None,
    today: dt.date | None = None,
) -> Path:
    """A blank form as a PDF at `out`; returns its path."""
    return build_form(
        db, kind, out, paper, lang, progress, template_id=template_id, today=today
    ).path


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
        network = _network(session, actor.microcentre_id)
    summary = _summary(db, year, as_of, network.schools)
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
    for person_id, name, school_id in sorted(people, key=lambda r: _fold(r[1])):
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
        teachers_by_school.items(), key=lambda item: _fold(network.schools.get(item[0], "~"))
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
    for practice_id, day, number in sorted(shared_rows, key=lambda r: (r[1], r[2])):
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

    paper = _paper(paper)
    target = _target(out)
    reports_tr = _tr(lang)
    steps = Steps(progress, 4, layout=True)
    data = gather_period_report(db, year, today=today, progress=steps)
    return _write(
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


# --- A teacher's portfolio ------------------------------------------------------------


def gather_portfolio(
    db: Database,
    person_id: str | None = None,
    *,
    files: AttachmentStore | None = None,
    year: int | None = None,
    progress: Any = None,
    practice_ids: Sequence[str] | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> Any:
    """The data of a teacher's portfolio (this installation's person by default).

    `practice_ids` keeps only those practices (her own, and her choices of colleagues'
    ones); `period` (first, last day) narrows it like `year` does, to any span: a busy
    teacher's whole portfolio runs to hundreds of pages."""
    from minga.reports.reports import (
        Portfolio,
        PortfolioAdoption,
        PortfolioApplication,
        PortfolioPractice,
        PortfolioSelfAssessment,
    )
    from minga.services.templates import resolve_in

    steps = progress if isinstance(progress, Steps) else Steps(progress, 4, layout=True)
    bounds = period or (rules.school_year_bounds(year) if year else None)
    chosen = set(practice_ids) if practice_ids else None
    with db.session() as session:
        actor = current_actor(session)
        wanted = (person_id or "").strip() or actor.person_id
        person = session.get(Person, wanted)
        if person is None or person.deleted:
            raise PrintError(
                QT_TRANSLATE_NOOP("errors", "'{id}' is not a member of the microcentre."),
                id=wanted,
            )
        network = _network(session, person.microcentre_id or actor.microcentre_id)
        school = network.schools.get(person.school_id or "", "")
        stmt = select(Practice).where(Practice.owner == wanted, Practice.deleted.is_(False))
        practices = list(session.scalars(stmt.order_by(Practice.created_at, Practice.pk)))
        presented_on: dict[str, tuple[dt.date, int]] = {}
        for practice_id, day, number in session.execute(
            select(Presentation.practice_id, MicrocentreSession.date, MicrocentreSession.number)
            .join(MicrocentreSession, MicrocentreSession.id == Presentation.session_id)
            .where(
                Presentation.deleted.is_(False),
                MicrocentreSession.deleted.is_(False),
                MicrocentreSession.status != SessionStatus.CANCELLED,
                Presentation.practice_id.in_(select(Practice.id).where(Practice.owner == wanted)),
            )
            .order_by(MicrocentreSession.date)
        ):
            presented_on.setdefault(practice_id, (day, number))
        steps()
        rows = []
        for p in practices:
            when = presented_on.get(p.id)
            if chosen is not None and p.id not in chosen:
                continue
            if bounds is not None:
                created = p.created_at.date() if p.created_at else None
                in_year = (created is not None and bounds[0] <= created <= bounds[1]) or (
                    when is not None and bounds[0] <= when[0] <= bounds[1]
                )
                if not in_year:
                    continue
            rows.append(
                PortfolioPractice(
                    id=p.id,
                    title=p.title,
                    status=p.status,
                    levels=display.stored_list(p.levels, "printing"),
                    subjects=display.stored_list(p.subjects, "printing"),
                    updated_on=p.updated_at.date() if p.updated_at else None,
                    presented_on=when[0] if when else None,
                    session_number=when[1] if when else None,
                )
            )
        # Applications of colleagues' practices, with their tallies and self-assessments.
        adoption_rows = [
            a
            for a in session.scalars(
                select(Adoption)
                .where(Adoption.owner == wanted, Adoption.deleted.is_(False))
                .order_by(Adoption.chosen_on)
            )
            if chosen is None or a.practice_id in chosen
        ]
        adoption_ids = [a.id for a in adoption_rows]
        titles = dict(
            session.execute(
                select(Practice.id, Practice.title).where(
                    Practice.id.in_([a.practice_id for a in adoption_rows])
                )
            ).all()
        )
        authors = dict(
            session.execute(
                select(Practice.id, Person.name)
                .join(Person, Person.id == Practice.owner)
                .where(Practice.id.in_([a.practice_id for a in adoption_rows]))
            ).all()
        )
        apps_by_adoption: dict[str, list[Application]] = {}
        for app in session.scalars(
            select(Application)
            .where(Application.adoption_id.in_(adoption_ids), Application.deleted.is_(False))
            .order_by(Application.applied_on)
        ):
            apps_by_adoption.setdefault(app.adoption_id, []).append(app)
        tallies = {
            t.application_id: t
            for t in session.scalars(
                select(ExitTicketTally).where(
                    ExitTicketTally.owner == wanted, ExitTicketTally.deleted.is_(False)
                )
            )
        }
        _ticket_id, ticket_body = resolve_in(session, TemplateKind.EXIT_TICKET, None)
        prompts = {
            str(q["id"]): (
                str(q.get("prompt", "")),
                {str(o["id"]): str(o.get("label", "")) for o in q.get("options", [])},
            )
            for q in ticket_body.get("questions", [])
        }
        steps()
        assessments = list(
            session.scalars(
                select(SelfAssessment)
                .where(SelfAssessment.owner == wanted, SelfAssessment.deleted.is_(False))
                .order_by(SelfAssessment.written_on)
            )
        )
        rubrics: dict[str | None, dict[str, Any]] = {}
        for sa in assessments:
            if sa.template_id not in rubrics:
                try:
                    _rid, body = resolve_in(
                        session, TemplateKind.SELF_ASSESSMENT_RUBRIC, sa.template_id
                    )
                except MingaError:
                    body = {}
                rubrics[sa.template_id] = body
    adoptions = []
    for a in adoption_rows:
        applications = []
        for app in apps_by_adoption.get(a.id, []):
            if bounds is not None and not bounds[0] <= app.applied_on <= bounds[1]:
                continue
            tally = tallies.get(app.id)
            answers = []
            if tally is not None:
                totals = rules.option_totals(tally.counts or {})
                for question, options in totals.items():
                    prompt, labels = prompts.get(question, (question, {}))
                    answers.append((prompt, [(labels.get(o, o), n) for o, n in options.items()]))
            applications.append(
                PortfolioApplication(
                    date=app.applied_on,
                    levels=display.stored_list(app.levels, "printing"),
                    students=app.students_present,
                    notes=app.notes,
                    answers=answers,
                )
            )
        if bounds is not None and not applications and not bounds[0] <= a.chosen_on <= bounds[1]:
            continue
        adoptions.append(
            PortfolioAdoption(
                practice=titles.get(a.practice_id, ""),
                author=authors.get(a.practice_id, ""),
                chosen_on=a.chosen_on,
                applications=applications,
            )
        )
    adoption_titles = {a.id: titles.get(a.practice_id, "") for a in adoption_rows}
    self_assessments = []
    for sa in assessments:
        if bounds is not None and not bounds[0] <= sa.written_on <= bounds[1]:
            continue
        if chosen is not None and sa.adoption_id not in adoption_titles:
            continue
        body = rubrics.get(sa.template_id, {})
        ratings = []
        for criterion in body.get("criteria", []):
            level = (sa.ratings if isinstance(sa.ratings, dict) else {}).get(criterion["id"])
            if type(level) is not int:  # none given, or not a level (minga.display)
                continue
            levels = criterion.get("levels", [])
            text = levels[level - 1] if isinstance(level, int) and 0 < level <= len(levels) else ""
            ratings.append((criterion.get("label", criterion["id"]), int(level), len(levels), text))
        self_assessments.append(
            PortfolioSelfAssessment(
                date=sa.written_on,
                practice=adoption_titles.get(sa.adoption_id, ""),
                decision=sa.decision,
                ratings=ratings,
                adjustments=sa.adjustments,
                reflection=sa.reflection,
            )
        )
    presented = []
    for row in rows:
        if row.presented_on is not None:
            steps.check()
            presented.append((row, _practice_sheet(db, files, row.id, row.title, network.schools)))
    steps()
    return Portfolio(
        person=person.name,
        school=school,
        microcentre=network.microcentre,
        year=year,
        practices=rows,
        presented=presented,
        adoptions=adoptions,
        self_assessments=self_assessments,
    )


def build_portfolio(  # noqa: PLR0917 (the documented positional signature)
    db: Database,
    person_id: str | None,
    out: Path | str,
    paper: str | None = "carta",
    lang: str | None = None,
    progress: Any | None = None,
    *,
    files: AttachmentStore | None = None,
    year: int | None = None,
    today: dt.date | None = None,
    practice_ids: Sequence[str] | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> PrintedDocument:
    """Writes a teacher's portfolio (this installation's person when `person_id` is None),
    of chosen practices or a period when asked (`gather_portfolio`)."""
    from minga.reports import reports

    paper = _paper(paper)
    target = _target(out)
    reports_tr = _tr(lang)
    steps = Steps(progress, 4, layout=True)
    data = gather_portfolio(
        db,
        person_id,
        files=files,
        year=year,
        progress=steps,
        practice_ids=practice_ids,
        period=period,
    )
    return _write(
        target,
        lambda temp: reports.render_portfolio(
            data,
            temp,
            paper=paper,
            reports=reports_tr,
            printed_on=today or db.clock.today(),
            progress=steps.layout(),
        ),
    )


def print_portfolio(  # noqa: PLR0917 (the documented positional signature)
    db: Database,
    person_id: str | None,
    out: Path | str,
    paper: str | None = "carta",
    lang: str | None = None,
    progress: Any | None = None,
    *,
    files: AttachmentStore | None = None,
    year: int | None = None,
    today: dt.date | None = None,
) -> Path:
    """A teacher's portfolio as a PDF at `out`; returns its path."""
    return build_portfolio(
        db, person_id, out, paper, lang, progress, files=files, year=year, today=today
    ).path


def build_observation_follow_up(
    db: Database,
    follow_up_id: str,
    out: Path | str,
    paper: str | None = "carta",
    lang: str | None = None,
    *,
    today: dt.date | None = None,
) -> PrintedDocument:
    """One page: a follow-up observation beside the note it follows, each item then and
    now, and the action step agreed (`ObservationService.compare`)."""
    from minga.reports import observation
    from minga.services.observation import ObservationService

    paper = _paper(paper)
    target = _target(out)
    reports_tr = _tr(lang)
    comparison = ObservationService(db).compare(follow_up_id)
    with db.session() as session:
        network = _network(session, current_actor(session).microcentre_id)
    return _write(
        target,
        lambda temp: observation.render_comparison(
            comparison,
            temp,
            paper=paper,
            reports=reports_tr,
            printed_on=today or db.clock.today(),
            microcentre=network.microcentre,
        ),
    )


def _fold(text: str) -> str:
    from minga.domain.validation import fold

    return fold(text or "")


__all__: Sequence[str] = (
    "FORM_KINDS",
    "PAPERS",
    "PrintError",
    "build_form",
    "build_period_report",
    "build_portfolio",
    "build_session_guide",
    "gather_period_report",
    "gather_portfolio",
    "gather_session_guide",
    "print_form",
    "print_period_report",
    "print_portfolio",
    "print_session_guide",
    "resolve_session_id",
)
