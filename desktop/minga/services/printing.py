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
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minga.core.attachments import AttachmentStore
from minga.core.identity import current_actor
from minga.core.progress import Steps
from minga.domain import cycle_rules as rules
from minga.domain.errors import MingaError
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.printing_common import (
    FORM_KINDS,
    FORM_TEMPLATE_KINDS,
    PAPERS,
    PrintError,
    network_of,
    output_path,
    paper_size,
    practice_sheet,
    translator_for,
    write_document,
    year_summary,
)
from minga.services.printing_period import (
    build_period_report,
    gather_period_report,
    print_period_report,
)
from minga.services.printing_portfolio import (
    build_portfolio,
    gather_portfolio,
    print_portfolio,
)
from minga.services.templates import survey_wording_in
from minga.store.db import Database
from minga.store.models import (
    MicrocentreSession,
    Template,
)

if TYPE_CHECKING:
    from minga.reports.layout import PrintedDocument


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
        network = network_of(
            session, detail.microcentre_id or current_actor(session).microcentre_id
        )
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
                practice=practice_sheet(
                    db, files, talk.practice_id, talk.practice_title, network.schools
                ),
            )
        )
    steps()
    year = rules.school_year_of(detail.date)
    summary = year_summary(
        db,
        year,
        detail.date - dt.timedelta(days=1),
        network.schools,
        before=detail.date,
    )
    steps()
    acta, agreements, agenda_rows, annual_focus = _year_parts(db, detail)
    with db.session() as session:
        wording = survey_wording_in(session)
    return SessionGuide(
        # The advisor's wording of the survey prints as she wrote it.
        survey_questions=tuple(wording.questions.values()) if wording.edited else (),
        survey_scale=wording.scale if wording.edited else (),
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

    paper = paper_size(paper)
    target = output_path(out)
    reports_tr = translator_for(lang)
    steps = Steps(progress, 4, layout=True)
    guide = gather_session_guide(db, files, session_id, progress=steps)
    return write_document(
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
    """Writes a blank form: exit-ticket, self-assessment, observation, phea or survey (the
    session survey's slips in the network's wording)."""
    from minga.reports import forms
    from minga.services.templates import load_default, resolve_in

    if kind not in FORM_KINDS:
        raise PrintError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Unknown form '{value}': use exit-ticket, self-assessment, observation, phea "
                "or survey.",
            ),
            value=kind,
        )
    paper = paper_size(paper)
    target = output_path(out)
    reports_tr = translator_for(lang)
    steps = Steps(progress, 1, layout=True)
    with db.session() as session:
        try:
            actor = current_actor(session)
        except MingaError:
            actor = None
        network = network_of(session, actor.microcentre_id if actor else None)
        template = forms.FormTemplate()
        if kind == forms.SURVEY:
            # The advisor's wording as she wrote it; Minga's own is printed translated.
            wording = survey_wording_in(session)
            if wording.edited:
                items = [{"id": k, "label": v} for k, v in wording.questions.items()]
                template = forms.FormTemplate("", {"items": items, "scale": list(wording.scale)})
        template_kind = FORM_TEMPLATE_KINDS.get(kind)
        if template_kind is not None:
            if actor is not None:
                _id, body = resolve_in(session, template_kind, template_id)
                row = session.get(Template, _id)
                template = forms.FormTemplate(row.name if row else "", body)
            else:
                shipped = load_default(template_kind)
                template = forms.FormTemplate(shipped.name, shipped.body)
    steps()
    return write_document(
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

    paper = paper_size(paper)
    target = output_path(out)
    reports_tr = translator_for(lang)
    comparison = ObservationService(db).compare(follow_up_id)
    with db.session() as session:
        network = network_of(session, current_actor(session).microcentre_id)
    return write_document(
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
