"""A teacher's portfolio: her practices, the colleagues' practices she applied with their
exit tickets, and her self-assessments, gathered, then laid out and written (re-exported
by `minga.services.printing`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from minga import display
from minga.core.attachments import AttachmentStore
from minga.core.identity import current_actor
from minga.core.progress import Steps
from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import SessionStatus
from minga.domain.errors import MingaError
from minga.domain.vocab import TemplateKind
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store.db import Database
from minga.store.models import (
    Adoption,
    Application,
    ExitTicketTally,
    MicrocentreSession,
    Person,
    Practice,
    Presentation,
    SelfAssessment,
)

if TYPE_CHECKING:
    from minga.reports.layout import PrintedDocument
from minga.services.printing_common import (
    PrintError,
    network_of,
    output_path,
    paper_size,
    practice_sheet,
    translator_for,
    write_document,
)

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
        network = network_of(session, person.microcentre_id or actor.microcentre_id)
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
            presented.append((row, practice_sheet(db, files, row.id, row.title, network.schools)))
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

    paper = paper_size(paper)
    target = output_path(out)
    reports_tr = translator_for(lang)
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
    return write_document(
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
