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
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minga.core.identity import Actor, current_actor, stamper
from minga.core.records import check_owner, find_live, own, person_name, save
from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.errors import ValidationError, ValidationErrors
from minga.domain.vocab import (
    AttendanceStatus,
    ContinueDecision,
    PracticeStatus,
    TemplateKind,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.adoption_checks import (
    clean_application,
    clean_per_level,
    clean_ratings,
    pending_applications_query,
    self_assessment_info,
    tally_info,
)
from minga.services.adoption_data import (
    ADOPTION_APPLIED,
    ADOPTION_CHOSEN,
    AdoptionInfo,
    AdoptionInput,
    AdoptionRow,
    ApplicationInfo,
    ApplicationInput,
    PendingApplication,
    PendingSelfAssessments,
    PracticeChoice,
    PracticeChoices,
    SelfAssessmentInfo,
    SelfAssessmentInput,
    TallyInfo,
    TallyInput,
)
from minga.services.session_helpers import check_visibility
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
        check_visibility(data.visibility, errors)
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
                .order_by(search.caseless(self.db.engine.dialect.name, Practice.title), Practice.pk)
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

    def my_adoption_rows(self, limit: int | None = None) -> list[AdoptionRow]:
        """The lines of `my_adoptions` (same order), read as plain columns: the list of
        a teacher of the `large` demo (1,800 choices, 2,600 applications) in a few
        dozen milliseconds, where building every detail takes over a second. `limit`:
        only the newest ones (what a list shows first)."""
        newest = (Adoption.chosen_on.desc(), Adoption.updated_at.desc())
        with self.db.session() as session:
            actor = current_actor(session)
            mine = (Adoption.owner == actor.person_id, Adoption.deleted.is_(False))
            ids = select(Adoption.id).where(*mine)
            if limit is not None:
                ids = ids.order_by(*newest).limit(limit)
            applied: dict[str, list[tuple[str, dt.date]]] = {}
            for adoption_id, app_id, applied_on in session.execute(
                select(Application.adoption_id, Application.id, Application.applied_on).where(
                    Application.adoption_id.in_(ids), Application.deleted.is_(False)
                )
            ):
                applied.setdefault(adoption_id, []).append((app_id, applied_on))
            named: set[str] = set()
            general: dict[str, list[dt.date]] = {}
            for adoption_id, covers, written_on in session.execute(
                select(
                    SelfAssessment.adoption_id,
                    SelfAssessment.application_id,
                    SelfAssessment.written_on,
                ).where(SelfAssessment.adoption_id.in_(ids), SelfAssessment.deleted.is_(False))
            ):
                if covers is None:
                    general.setdefault(adoption_id, []).append(written_on)
                else:
                    named.add(covers)
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
                .order_by(*newest)
                .limit(limit)
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

    def my_rows_fingerprint(self) -> tuple[Any, ...]:
        """What `my_adoption_rows` and the last held session (the page's banner) depend
        on, in one small query: the highest `change_seq` of each table they read (every
        write, here or from a bundle, withdrawals and deletions included, raises it) and
        today's date. The same fingerprint twice: nothing they show has changed."""
        tables = (
            Adoption,
            Application,
            SelfAssessment,
            Practice,
            MicrocentreSession,
            Presentation,
        )
        with self.db.session() as session:
            highest = session.execute(
                select(*(select(func.max(t.change_seq)).scalar_subquery() for t in tables))
            ).one()
        return (*highest, self.db.clock.today())

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
            clean_levels, students, applied_on, notes = clean_application(data)
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
            clean_levels, students, applied_on, notes = clean_application(data)
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
                present = clean_per_level(
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
            return tally_info(row)

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
            return tally_info(row) if row else None

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
        if data.visibility is not None:
            check_visibility(data.visibility, errors)
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
            ratings = clean_ratings(data.ratings, rubric_criteria(body), errors)
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
            if data.visibility is not None:
                row.visibility = data.visibility
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
            return self_assessment_info(row, actor)

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
                    tally=tally_info(latest) if latest else None,
                    is_mine=a.owner == actor.person_id,
                )
            )
        assessments: dict[str, list[SelfAssessmentInfo]] = {}
        for s in session.scalars(
            select(SelfAssessment)
            .where(SelfAssessment.adoption_id.in_(ids), SelfAssessment.deleted.is_(False))
            .order_by(SelfAssessment.written_on, SelfAssessment.id)
        ):
            assessments.setdefault(s.adoption_id, []).append(self_assessment_info(s, actor))
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
            tally=tally_info(tally) if tally else None,
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
            self_assessment_info(s, actor)
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


__all__ = [
    "ADOPTION_APPLIED",
    "ADOPTION_CHOSEN",
    "AdoptionInfo",
    "AdoptionInput",
    "AdoptionRow",
    "AdoptionService",
    "ApplicationInfo",
    "ApplicationInput",
    "PendingApplication",
    "PendingSelfAssessments",
    "PracticeChoice",
    "PracticeChoices",
    "SelfAssessmentInfo",
    "SelfAssessmentInput",
    "TallyInfo",
    "TallyInput",
    "pending_applications_query",
]
