"""Choice and application of practices, exit tickets and self-assessment (stages 3-5).

A teacher chooses colleagues' practices to apply in their school (`choose`; the network's
norm is at least one per session: `who_has_not_chosen`), records each application (date,
levels, students present), tallies the exit tickets of an application (counts per
question, option and level: never names) and writes a self-assessment (ratings on the
rubric's criteria, adjustments, decision continue / adjust / drop, reflection). The
advisor follows who has applications without a self-assessment
(`pending_self_assessments`).

Every record here is its teacher's: applications, tallies and self-assessments belong to
the owner of the adoption, and take its visibility unless told otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from minga.core.identity import Actor, current_actor, stamper
from minga.core.records import check_owner, find_live, own, person_name, save
from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.cycle_rules import Counts
from minga.domain.errors import ValidationError, ValidationErrors
from minga.domain.vocab import (
    LEVELS,
    AttendanceStatus,
    ContinueDecision,
    PracticeStatus,
    TemplateKind,
    Visibility,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.sessions import PersonRef, active_teachers, teacher_filter
from minga.services.templates import exit_ticket_questions, resolve_in, rubric_criteria
from minga.store import search
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
    SelfAssessment,
)

ADOPTION_CHOSEN = "chosen"
ADOPTION_APPLIED = "applied"


# --- Input ----------------------------------------------------------------------------


@dataclass
class AdoptionInput:
    """A teacher's choice of a colleague's practice (at a session, or between them)."""

    practice_id: str = ""
    session_id: str | None = None
    chosen_on: dt.date | None = None  # None: the session's date, else today
    notes: str = ""
    visibility: str = Visibility.NETWORK


@dataclass
class ApplicationInput:
    adoption_id: str = ""
    applied_on: dt.date | None = None
    levels: list[str] = field(default_factory=list)
    students_present: int = 0
    notes: str = ""


@dataclass
class TallyInput:
    """Exit-ticket counts of one application: {question: {option: {level: count}}}.

    `students_by_level` (optional) gives the students present per level, so the counts
    are checked level by level; it must add up to the application's students present.
    """

    application_id: str = ""
    counts: dict[str, Any] = field(default_factory=dict)
    template_id: str | None = None
    students_by_level: dict[str, int] | None = None


@dataclass
class SelfAssessmentInput:
    """Registro de autoevaluación. `ratings` are {criterion id: level 1..n} of the rubric.

    One self-assessment per adoption and application: writing again updates it."""

    adoption_id: str = ""
    application_id: str | None = None
    decision: str = ContinueDecision.CONTINUE
    ratings: dict[str, int] = field(default_factory=dict)
    adjustments: str = ""
    reflection: str = ""
    written_on: dt.date | None = None  # None: today
    template_id: str | None = None


# --- Results --------------------------------------------------------------------------


@dataclass(frozen=True)
class TallyInfo:
    id: str
    application_id: str
    template_id: str | None
    applied_on: dt.date
    levels: list[str]
    students_present: int
    counts: Counts
    totals: dict[str, dict[str, int]]  # {question: {option: answers of all levels}}


@dataclass(frozen=True)
class ApplicationInfo:
    id: str
    adoption_id: str
    applied_on: dt.date
    levels: list[str]
    students_present: int
    notes: str
    tally: TallyInfo | None
    is_mine: bool


@dataclass(frozen=True)
class SelfAssessmentInfo:
    id: str
    adoption_id: str
    application_id: str | None
    template_id: str | None
    decision: str
    ratings: dict[str, int]
    adjustments: str
    reflection: str
    written_on: dt.date
    is_mine: bool


@dataclass(frozen=True)
class AdoptionInfo:
    id: str
    owner: str
    owner_name: str
    practice_id: str
    practice_title: str
    session_id: str | None
    school_id: str | None
    chosen_on: dt.date
    status: str
    notes: str
    visibility: str
    is_mine: bool
    applications: list[ApplicationInfo]
    self_assessments: list[SelfAssessmentInfo]


@dataclass(frozen=True)
class PendingApplication:
    application_id: str
    adoption_id: str
    practice_id: str
    practice_title: str
    applied_on: dt.date


@dataclass(frozen=True)
class PendingSelfAssessments:
    """A teacher's applications that no self-assessment covers yet."""

    person: PersonRef
    applications: list[PendingApplication]


@dataclass(frozen=True)
class AdoptionRow:
    """One line of a teacher's list of chosen practices (the detail is `AdoptionInfo`)."""

    id: str
    practice_id: str
    practice_title: str
    session_id: str | None
    chosen_on: dt.date
    applications: int
    waiting: int
    """Applications no self-assessment covers yet (one naming it, or one of the adoption
    written on or after its date)."""


@dataclass(frozen=True)
class PracticeChoice:
    """A colleague's practice one may choose: presented at a held session (with the
    session), or shared in the notebook without a presentation (`session_id` None)."""

    practice_id: str
    title: str
    author_name: str
    session_id: str | None = None
    session_number: int | None = None
    session_title: str = ""
    session_date: dt.date | None = None


@dataclass(frozen=True)
class PracticeChoices:
    """What the Aplicación area offers to choose, in two groups."""

    presented: list[PracticeChoice]
    """Presented at sessions held so far, newest session first."""
    others: list[PracticeChoice]
    """Colleagues' shared practices (not drafts) not in `presented`, by title."""
    colleagues: int
    """Colleagues' shared practices in this notebook, whether chosen already or not."""
    more: bool
    """`others` was cut at the limit: a search narrows it."""


# --- The service ----------------------------------------------------------------------


class AdoptionService:
    """Use cases of stages 3 to 5 of the cycle, for the GUI and the CLI alike."""

    def __init__(self, db: Database, *, today: dt.date | None = None):
        self.db = db
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or self.db.clock.today()

    # --- choice ---------------------------------------------------------------------

    def choose(self, data: AdoptionInput) -> AdoptionInfo:
        """Chooses a colleague's practice to apply in one's school."""
        errors: list[ValidationError] = []
        try:
            notes = v.optional_text(data.notes, "notes", v.LONG_TEXT_MAX)
        except ValidationError as exc:
            errors.append(exc)
            notes = ""
        _check_visibility(data.visibility, errors)
        with self.db.session() as session:
            actor = current_actor(session)
            practice = session.scalars(
                select(Practice).where(Practice.id == data.practice_id, Practice.deleted.is_(False))
            ).first()
            if practice is None:
                errors.append(
                    ValidationError(
                        "practice",
                        QT_TRANSLATE_NOOP("errors", "The practice {id} is not in this notebook."),
                        id=data.practice_id,
                    )
                )
            elif practice.owner == actor.person_id:
                errors.append(
                    ValidationError(
                        "practice",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "This practice is yours: choose a colleague's practice to apply.",
                        ),
                    )
                )
            host = None
            if data.session_id:
                host = session.get(MicrocentreSession, data.session_id)
                if host is None or host.deleted:
                    errors.append(
                        ValidationError(
                            "session",
                            QT_TRANSLATE_NOOP(
                                "errors", "The session {id} is not in this notebook."
                            ),
                            id=data.session_id,
                        )
                    )
                    host = None
            if practice is not None and not errors:
                duplicate = session.scalar(
                    select(func.count()).where(
                        Adoption.owner == actor.person_id,
                        Adoption.practice_id == practice.id,
                        Adoption.deleted.is_(False),
                        Adoption.session_id.is_(None)
                        if host is None
                        else Adoption.session_id == host.id,
                    )
                )
                if duplicate:
                    errors.append(
                        ValidationError(
                            "practice",
                            QT_TRANSLATE_NOOP(
                                "errors", "You already chose this practice at this session."
                            ),
                        )
                    )
            if errors:
                raise ValidationErrors(errors)
            assert practice is not None
            chosen_on = data.chosen_on or (host.date if host else self.today)
            row = Adoption(
                practice_id=practice.id,
                session_id=host.id if host else None,
                school_id=actor.school_id,
                chosen_on=chosen_on,
                status=ADOPTION_CHOSEN,
                notes=notes,
                visibility=data.visibility,
            )
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return self._adoption(session, row, actor)

    def withdraw(self, adoption_id: str) -> None:
        """Soft delete of one's choice (its applications stay, for the record)."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, Adoption, adoption_id, actor)
            row.deleted = True
            save(session, actor, row)

    def practice_choices(self, text: str = "", *, limit: int = 100) -> PracticeChoices:
        """Colleagues' practices one may choose to apply: those presented at sessions
        held up to today first (newest session first; not the ones chosen there already),
        then the other shared practices (not drafts, not chosen already), by title,
        at most `limit`. `text` narrows both (full-text search, accents optional)."""
        with self.db.session() as session:
            actor = current_actor(session)
            me = actor.person_id
            matching = search.practice_pks_matching(self.db.engine.dialect.name, text)
            chosen = set(
                session.execute(
                    select(Adoption.practice_id, Adoption.session_id).where(
                        Adoption.owner == me, Adoption.deleted.is_(False)
                    )
                ).all()
            )
            chosen_practices = {practice_id for practice_id, _s in chosen}
            stmt = (
                select(
                    Practice.id,
                    Practice.title,
                    Person.name,
                    MicrocentreSession.id,
                    MicrocentreSession.number,
                    MicrocentreSession.title,
                    MicrocentreSession.date,
                )
                .join(Presentation, Presentation.practice_id == Practice.id)
                .join(MicrocentreSession, MicrocentreSession.id == Presentation.session_id)
                .outerjoin(Person, Person.id == Practice.owner)
                .where(
                    Presentation.deleted.is_(False),
                    MicrocentreSession.deleted.is_(False),
                    MicrocentreSession.date <= self.today,
                    Practice.deleted.is_(False),
                    Practice.owner != me,
                )
                .order_by(
                    MicrocentreSession.date.desc(),
                    MicrocentreSession.number.desc(),
                    Presentation.position,
                )
            )
            if matching is not None:
                stmt = stmt.where(Practice.pk.in_(matching))
            presented: list[PracticeChoice] = []
            seen: set[tuple[str, str]] = set()
            for pid, title, author, sid, number, stitle, sdate in session.execute(stmt):
                if (pid, sid) in chosen or (pid, sid) in seen:
                    continue
                seen.add((pid, sid))
                presented.append(
                    PracticeChoice(pid, title, author or "", sid, number, stitle or "", sdate)
                )
            shared = (
                Practice.deleted.is_(False),
                Practice.owner != me,
                Practice.status != PracticeStatus.DRAFT,
            )
            colleagues = session.scalar(select(func.count()).where(*shared)) or 0
            skip = chosen_practices | {c.practice_id for c in presented}
            others_stmt = (
                select(Practice.id, Practice.title, Person.name)
                .outerjoin(Person, Person.id == Practice.owner)
                .where(*shared)
                .order_by(Practice.title.collate("NOCASE"), Practice.pk)
            )
            if matching is not None:
                others_stmt = others_stmt.where(Practice.pk.in_(matching))
            others: list[PracticeChoice] = []
            more = False
            # Only the first rows are read: the chosen ones are few next to 20,000.
            for pid, title, author in session.execute(others_stmt.limit(limit + len(skip))):
                if pid in skip:
                    continue
                if len(others) == limit:
                    more = True
                    break
                others.append(PracticeChoice(pid, title, author or ""))
            return PracticeChoices(presented, others, colleagues, more)

    def get(self, adoption_id: str) -> AdoptionInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            return self._adoption(session, find_live(session, Adoption, adoption_id), actor)

    def my_adoptions(self) -> list[AdoptionInfo]:
        """This installation's person's adoptions, newest choice first."""
        with self.db.session() as session:
            actor = current_actor(session)
            mine = (Adoption.owner == actor.person_id, Adoption.deleted.is_(False))
            rows = list(
                session.scalars(
                    select(Adoption)
                    .where(*mine)
                    .order_by(Adoption.chosen_on.desc(), Adoption.updated_at.desc())
                )
            )
            return self._adoptions_of(session, rows, actor, select(Adoption.id).where(*mine))

    def my_adoption_rows(self) -> list[AdoptionRow]:
        """The lines of `my_adoptions` (same order), read as plain columns: the list of
        a teacher of the `large` demo (1,800 choices, 2,600 applications) in a few
        dozen milliseconds, where building every detail takes over a second."""
        with self.db.session() as session:
            actor = current_actor(session)
            mine = (Adoption.owner == actor.person_id, Adoption.deleted.is_(False))
            ids = select(Adoption.id).where(*mine)
            applied: dict[str, list[tuple[str, dt.date]]] = {}
            for adoption_id, app_id, applied_on in session.execute(
                select(Application.adoption_id, Application.id, Application.applied_on).where(
                    Application.adoption_id.in_(ids), Application.deleted.is_(False)
                )
            ):
                applied.setdefault(adoption_id, []).append((app_id, applied_on))
            named: set[str] = set()
            general: dict[str, list[dt.date]] = {}
            for adoption_id, app_id, written_on in session.execute(
                select(
                    SelfAssessment.adoption_id,
                    SelfAssessment.application_id,
                    SelfAssessment.written_on,
                ).where(SelfAssessment.adoption_id.in_(ids), SelfAssessment.deleted.is_(False))
            ):
                if app_id is None:
                    general.setdefault(adoption_id, []).append(written_on)
                else:
                    named.add(app_id)
            rows = session.execute(
                select(
                    Adoption.id,
                    Adoption.practice_id,
                    Practice.title,
                    Adoption.session_id,
                    Adoption.chosen_on,
                )
                .outerjoin(Practice, Practice.id == Adoption.practice_id)
                .where(*mine)
                .order_by(Adoption.chosen_on.desc(), Adoption.updated_at.desc())
            ).all()
            result = []
            for adoption_id, practice_id, title, session_id, chosen_on in rows:
                apps = applied.get(adoption_id, [])
                dates = general.get(adoption_id, [])
                waiting = sum(
                    1
                    for app_id, applied_on in apps
                    if app_id not in named and not any(d >= applied_on for d in dates)
                )
                result.append(
                    AdoptionRow(
                        adoption_id,
                        practice_id,
                        title or "",
                        session_id,
                        chosen_on,
                        len(apps),
                        waiting,
                    )
                )
            return result

    def who_has_not_chosen(self, session_id: str) -> list[PersonRef]:
        """Teachers present at the session who chose no practice there yet.

        When the session's attendance was not taken, every active teacher is expected.
        """
        with self.db.session() as session:
            find_live(session, MicrocentreSession, session_id)
            present = session.execute(
                select(Person.id, Person.name, Person.school_id)
                .join(Attendance, Attendance.person_id == Person.id)
                .where(
                    Attendance.session_id == session_id,
                    Attendance.deleted.is_(False),
                    Attendance.status == AttendanceStatus.PRESENT,
                    teacher_filter(),
                )
            ).all()
            taken = session.scalar(
                select(func.count()).where(
                    Attendance.session_id == session_id, Attendance.deleted.is_(False)
                )
            )
            expected = (
                [PersonRef(r[0], r[1], r[2]) for r in present]
                if taken
                else active_teachers(session)
            )
            chose = set(
                session.scalars(
                    select(Adoption.owner)
                    .where(Adoption.session_id == session_id, Adoption.deleted.is_(False))
                    .distinct()
                )
            )
            missing = [p for p in expected if p.id not in chose]
            missing.sort(key=lambda p: v.fold(p.name))
            return missing

    # --- applications ---------------------------------------------------------------

    def record_application(self, data: ApplicationInput) -> ApplicationInfo:
        """One time the adopted practice was applied in class."""
        with self.db.session() as session:
            actor = current_actor(session)
            adoption = own(session, Adoption, data.adoption_id, actor)
            clean_levels, students, applied_on, notes = _clean_application(data)
            row = Application(
                adoption_id=adoption.id,
                applied_on=applied_on,
                levels=clean_levels,
                students_present=students,
                notes=notes,
                visibility=adoption.visibility,
            )
            stamp = stamper(session, actor)
            stamp.stamp(row, new=True)
            session.add(row)
            if adoption.status == ADOPTION_CHOSEN:
                adoption.status = ADOPTION_APPLIED
                stamp.stamp(adoption)
            session.flush()
            return self._application(session, row, actor)

    def update_application(self, application_id: str, data: ApplicationInput) -> ApplicationInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, Application, application_id, actor)
            clean_levels, students, applied_on, notes = _clean_application(data)
            row.levels, row.students_present = clean_levels, students
            row.applied_on, row.notes = applied_on, notes
            save(session, actor, row)
            return self._application(session, row, actor)

    def delete_application(self, application_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, Application, application_id, actor)
            row.deleted = True
            save(session, actor, row)

    def get_application(self, application_id: str) -> ApplicationInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = find_live(session, Application, application_id)
            return self._application(session, row, actor)

    # --- exit tickets ---------------------------------------------------------------

    def record_tally(self, data: TallyInput) -> TallyInfo:
        """Sets the exit-ticket tally of an application (replacing an earlier one).

        Checked against the template's questions and options and the students present.
        """
        with self.db.session() as session:
            actor = current_actor(session)
            application = own(session, Application, data.application_id, actor)
            template_id, body = resolve_in(session, TemplateKind.EXIT_TICKET, data.template_id)
            present: int | dict[str, int] = application.students_present
            if data.students_by_level is not None:
                present = _clean_per_level(
                    data.students_by_level, application.levels, application.students_present
                )
            counts = rules.validate_tally_counts(
                data.counts, exit_ticket_questions(body), application.levels, present
            )
            row = session.scalars(
                select(ExitTicketTally).where(
                    ExitTicketTally.application_id == application.id,
                    ExitTicketTally.deleted.is_(False),
                )
            ).first()
            if row is not None:
                check_owner(session, row.owner, actor)
            new = row is None
            if row is None:
                row = ExitTicketTally(application_id=application.id)
            row.template_id = template_id
            row.applied_on = application.applied_on
            row.levels = list(application.levels or [])
            row.students_present = application.students_present
            row.counts = counts
            row.visibility = application.visibility
            if new:
                stamper(session, actor).stamp(row, new=True)
                session.add(row)
                session.flush()
            else:
                save(session, actor, row)
            return _tally(row)

    def get_tally(self, application_id: str) -> TallyInfo | None:
        with self.db.session() as session:
            row = session.scalars(
                select(ExitTicketTally)
                .where(
                    ExitTicketTally.application_id == application_id,
                    ExitTicketTally.deleted.is_(False),
                )
                .order_by(ExitTicketTally.version.desc())
            ).first()
            return _tally(row) if row else None

    # --- self-assessment ------------------------------------------------------------

    def record_self_assessment(self, data: SelfAssessmentInput) -> SelfAssessmentInfo:
        """Writes (or rewrites) the self-assessment of an adoption or of one application."""
        errors: list[ValidationError] = []
        texts = {}
        for name in ("adjustments", "reflection"):
            try:
                texts[name] = v.optional_text(getattr(data, name), name, v.LONG_TEXT_MAX)
            except ValidationError as exc:
                errors.append(exc)
        if data.decision not in set(ContinueDecision):
            errors.append(
                ValidationError(
                    "decision",
                    QT_TRANSLATE_NOOP(
                        "errors", "Unknown decision '{value}': use continue, adjust or drop."
                    ),
                    value=data.decision,
                )
            )
        with self.db.session() as session:
            actor = current_actor(session)
            adoption = own(session, Adoption, data.adoption_id, actor)
            application = None
            if data.application_id:
                application = session.get(Application, data.application_id)
                if (
                    application is None
                    or application.deleted
                    or application.adoption_id != adoption.id
                ):
                    errors.append(
                        ValidationError(
                            "application",
                            QT_TRANSLATE_NOOP(
                                "errors", "The application {id} is not one of this adoption."
                            ),
                            id=data.application_id,
                        )
                    )
                    application = None
            template_id, body = resolve_in(
                session, TemplateKind.SELF_ASSESSMENT_RUBRIC, data.template_id
            )
            ratings = _clean_ratings(data.ratings, rubric_criteria(body), errors)
            if errors:
                raise ValidationErrors(errors)
            row = session.scalars(
                select(SelfAssessment).where(
                    SelfAssessment.adoption_id == adoption.id,
                    SelfAssessment.deleted.is_(False),
                    SelfAssessment.application_id.is_(None)
                    if application is None
                    else SelfAssessment.application_id == application.id,
                )
            ).first()
            if row is not None:
                check_owner(session, row.owner, actor)
            new = row is None
            if row is None:
                row = SelfAssessment(
                    adoption_id=adoption.id,
                    application_id=application.id if application else None,
                    visibility=adoption.visibility,
                )
            row.template_id = template_id
            row.ratings = ratings
            row.adjustments = texts["adjustments"]
            row.reflection = texts["reflection"]
            row.decision = data.decision
            row.written_on = data.written_on or self.today
            if new:
                stamper(session, actor).stamp(row, new=True)
                session.add(row)
                session.flush()
            else:
                save(session, actor, row)
            return _self_assessment(row, actor)

    def delete_self_assessment(self, self_assessment_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, SelfAssessment, self_assessment_id, actor)
            row.deleted = True
            save(session, actor, row)

    def pending_self_assessments(
        self, *, year: int | None = None, owner_id: str | None = None
    ) -> list[PendingSelfAssessments]:
        """Per teacher, the applications (of `year`) no self-assessment covers yet.

        A self-assessment covers an application when it names it, or when it is of the
        same adoption and written on or after the application's date.
        """
        with self.db.session() as session:
            stmt = pending_applications_query(year)
            if owner_id:
                stmt = stmt.where(Application.owner == owner_id)
            rows = session.execute(
                stmt.add_columns(Practice.title)
                .outerjoin(Practice, Practice.id == Adoption.practice_id)
                .order_by(Application.applied_on, Application.id)
            ).all()
            people = {
                p[0]: PersonRef(p[0], p[1], p[2])
                for p in session.execute(select(Person.id, Person.name, Person.school_id))
            }
            grouped: dict[str, list[PendingApplication]] = {}
            for app_id, adoption_id, applied_on, owner, practice_id, title in rows:
                grouped.setdefault(owner, []).append(
                    PendingApplication(app_id, adoption_id, practice_id, title or "", applied_on)
                )
            result = [
                PendingSelfAssessments(people.get(owner, PersonRef(owner, "")), apps)
                for owner, apps in grouped.items()
            ]
            result.sort(key=lambda p: v.fold(p.person.name))
            return result

    # --- building results -----------------------------------------------------------

    def _adoptions_of(
        self, session: Session, rows: list[Adoption], actor: Actor, ids: Any
    ) -> list[AdoptionInfo]:
        """`_adoption` of each row, in five queries instead of five per row (a teacher
        of the `large` demo has about 1,800 adoptions: 3.3 s one by one). `ids` selects
        the ids of `rows`."""
        titles = dict(
            session.execute(
                select(Practice.id, Practice.title).where(
                    Practice.id.in_(select(Adoption.practice_id).where(Adoption.id.in_(ids)))
                )
            ).all()
        )
        app_ids = select(Application.id).where(
            Application.adoption_id.in_(ids), Application.deleted.is_(False)
        )
        tallies: dict[str, ExitTicketTally] = {}
        for tally in session.scalars(
            select(ExitTicketTally)
            .where(ExitTicketTally.application_id.in_(app_ids), ExitTicketTally.deleted.is_(False))
            .order_by(ExitTicketTally.version)
        ):
            tallies[tally.application_id] = tally  # the newest version wins
        applications: dict[str, list[ApplicationInfo]] = {}
        for a in session.scalars(
            select(Application)
            .where(Application.adoption_id.in_(ids), Application.deleted.is_(False))
            .order_by(Application.applied_on, Application.id)
        ):
            latest = tallies.get(a.id)
            applications.setdefault(a.adoption_id, []).append(
                ApplicationInfo(
                    id=a.id,
                    adoption_id=a.adoption_id,
                    applied_on=a.applied_on,
                    levels=list(a.levels or []),
                    students_present=a.students_present,
                    notes=a.notes,
                    tally=_tally(latest) if latest else None,
                    is_mine=a.owner == actor.person_id,
                )
            )
        assessments: dict[str, list[SelfAssessmentInfo]] = {}
        for s in session.scalars(
            select(SelfAssessment)
            .where(SelfAssessment.adoption_id.in_(ids), SelfAssessment.deleted.is_(False))
            .order_by(SelfAssessment.written_on, SelfAssessment.id)
        ):
            assessments.setdefault(s.adoption_id, []).append(_self_assessment(s, actor))
        names: dict[str, str] = {}
        result = []
        for row in rows:
            if row.owner not in names:
                names[row.owner] = person_name(session, row.owner)
            result.append(
                AdoptionInfo(
                    id=row.id,
                    owner=row.owner,
                    owner_name=names[row.owner],
                    practice_id=row.practice_id,
                    practice_title=titles.get(row.practice_id) or "",
                    session_id=row.session_id,
                    school_id=row.school_id,
                    chosen_on=row.chosen_on,
                    status=row.status,
                    notes=row.notes,
                    visibility=row.visibility,
                    is_mine=row.owner == actor.person_id,
                    applications=applications.get(row.id, []),
                    self_assessments=assessments.get(row.id, []),
                )
            )
        return result

    def _application(self, session: Session, row: Application, actor: Actor) -> ApplicationInfo:
        tally = session.scalars(
            select(ExitTicketTally)
            .where(ExitTicketTally.application_id == row.id, ExitTicketTally.deleted.is_(False))
            .order_by(ExitTicketTally.version.desc())
        ).first()
        return ApplicationInfo(
            id=row.id,
            adoption_id=row.adoption_id,
            applied_on=row.applied_on,
            levels=list(row.levels or []),
            students_present=row.students_present,
            notes=row.notes,
            tally=_tally(tally) if tally else None,
            is_mine=row.owner == actor.person_id,
        )

    def _adoption(self, session: Session, row: Adoption, actor: Actor) -> AdoptionInfo:
        practice = session.scalars(select(Practice).where(Practice.id == row.practice_id)).first()
        applications = [
            self._application(session, a, actor)
            for a in session.scalars(
                select(Application)
                .where(Application.adoption_id == row.id, Application.deleted.is_(False))
                .order_by(Application.applied_on, Application.id)
            )
        ]
        assessments = [
            _self_assessment(s, actor)
            for s in session.scalars(
                select(SelfAssessment)
                .where(SelfAssessment.adoption_id == row.id, SelfAssessment.deleted.is_(False))
                .order_by(SelfAssessment.written_on, SelfAssessment.id)
            )
        ]
        return AdoptionInfo(
            id=row.id,
            owner=row.owner,
            owner_name=person_name(session, row.owner),
            practice_id=row.practice_id,
            practice_title=practice.title if practice else "",
            session_id=row.session_id,
            school_id=row.school_id,
            chosen_on=row.chosen_on,
            status=row.status,
            notes=row.notes,
            visibility=row.visibility,
            is_mine=row.owner == actor.person_id,
            applications=applications,
            self_assessments=assessments,
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


def _check_visibility(value: str, errors: list[ValidationError]) -> None:
    if value not in set(Visibility):
        errors.append(
            ValidationError(
                "visibility",
                QT_TRANSLATE_NOOP("errors", "Unknown visibility '{value}'."),
                value=value,
            )
        )


def _clean_application(data: ApplicationInput) -> tuple[list[str], int, dt.date, str]:
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


def _clean_per_level(per_level: Mapping[str, int], levels: list[str], total: int) -> dict[str, int]:
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


def _clean_ratings(
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


def _tally(row: ExitTicketTally) -> TallyInfo:
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


def _self_assessment(row: SelfAssessment, actor: Actor) -> SelfAssessmentInfo:
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
    )
