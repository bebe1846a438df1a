"""What every printed document shares: the papers and forms offered, `PrintError`, the
target checked before any work and the PDF written atomically beside it, the
translation and paper helpers, and the look-ups of the network, a practice's sheet and
the indicators' summary (re-exported by `minga.services.printing`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from minga.core.attachments import AttachmentStore
from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import SessionStatus
from minga.domain.errors import MingaError, NotFoundError
from minga.domain.vocab import Role, TemplateKind
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store.db import Database
from minga.store.models import (
    Application,
    Attachment,
    ExitTicketTally,
    Microcentre,
    Person,
    School,
    SelfAssessment,
)

if TYPE_CHECKING:
    from minga.reports.layout import PrintedDocument, Rendered, Tr
    from minga.reports.session_guide import PracticeSheet


PAPERS = ("carta", "oficio", "a4")
FORM_KINDS = ("exit-ticket", "self-assessment", "observation", "phea", "survey")

FORM_TEMPLATE_KINDS = {
    "exit-ticket": TemplateKind.EXIT_TICKET,
    "self-assessment": TemplateKind.SELF_ASSESSMENT_RUBRIC,
    "observation": TemplateKind.OBSERVATION_PROTOCOL,
}


class PrintError(MingaError):
    """A document could not be written where the person asked."""

    template = QT_TRANSLATE_NOOP("errors", "The document could not be written.")


# --- Writing the file -----------------------------------------------------------------


def output_path(out: Path | str) -> Path:
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


def write_document(out: Path, render: Callable[[str], Rendered]) -> PrintedDocument:
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


def translator_for(lang: str | None) -> Tr:
    from minga.reports.layout import Tr

    return Tr(lang)


def paper_size(paper: str | None) -> str:
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


def network_of(session: Any, microcentre_id: str | None) -> _Network:
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


def practice_sheet(
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


def year_summary(
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


def fold_text(text: str) -> str:
    from minga.domain.validation import fold

    return fold(text or "")
