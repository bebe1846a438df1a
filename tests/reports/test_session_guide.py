"""The printed session guide, read back: sections, titles with their accents, paper
sizes, embedded fonts, literal markup, long text flowing on, page numbers, metadata."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from minga.core import files as core_files
from minga.domain.errors import MingaError
from minga.i18n import catalog
from minga.services import printing, printing_common
from tests.reports.conftest import (
    MARKUP_TITLE,
    TODAY,
    flat_text,
    long_description,
    pdf_reader,
    pdffonts,
    translations_available,
)

ENGLISH_SECTIONS = (
    "Session guide",
    "Programme",
    "The network since the last session",
    "Practices presented",
    "Evaluation forms",
    "Choice of practices to apply",
    "Attendance sheet",
    "Satisfaction survey",
)
SPANISH_SECTIONS = (
    "Guía de la sesión",
    "Programa",
    "Prácticas presentadas",
    "Pautas de evaluación",
    "Hoja de asistencia",
    "Encuesta de satisfacción",
)


def _participants(ws) -> int:
    from minga.services.sessions import active_teachers

    with ws.db.session() as session:
        return len(active_teachers(session))


def _guide(db, files, session_id: str, out: Path, **kw):
    kw.setdefault("today", TODAY)
    return printing.build_session_guide(db, files, session_id, out, **kw)


def test_every_section_and_every_presented_title_is_printed(
    advisor_demo, files, big_session, tmp_path
):
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "guía.pdf", lang="en")

    text = flat_text(document.path)
    for section in ENGLISH_SECTIONS:
        assert section in text, section
    assert len(big_session.titles) == 10
    for title, presenter in zip(big_session.titles, big_session.presenters, strict=True):
        assert title in text, title  # accents intact: á, é, ñ... as typed
        assert presenter in text, presenter
    assert any(re.search(r"[áéíóúñÑ]", t) for t in big_session.titles)
    # The agenda's times follow from the start time and each item's minutes.
    assert "09:30–09:40" in text
    assert "09:40–09:55" in text
    # Contents: a bookmark per section, one per practice and per evaluation form.
    titles = [s.title for s in document.sections]
    assert titles[:4] == [
        "Cover",
        "Programme",
        "Previous minutes and agreements",
        "The network since the last session",
    ]
    # One page per practice, one evaluation sheet per participant.
    assert sum(1 for s in document.sections if s.level == 1) == 10 + _participants(advisor_demo)
    pages = [s.page for s in document.sections]
    assert pages == sorted(pages)
    assert document.pages == len(pdf_reader(document.path).pages)
    outline = [o.title for o in pdf_reader(document.path).outline if not isinstance(o, list)]
    assert outline[:2] == ["Cover", "Programme"]


def test_each_practice_page_shows_its_card_evidence_and_structure(
    advisor_demo, files, big_session, tmp_path
):
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "g.pdf", lang="en")
    reader = pdf_reader(document.path)
    text = flat_text(document.path)
    for label in ("Levels", "Subjects", "Learning objectives (OA)", "Multigrade strategy"):
        assert label in text
    assert "MA03 OA 08" in text
    assert "Structure of the presentation (15 minutes)" in text
    assert "min 0–3" in text
    assert "min 12–15" in text
    # Photos become thumbnails; other files are named.
    with_images = [i for i, page in enumerate(reader.pages) if page.images]
    assert len(with_images) >= 2
    assert "pauta-fracciones.txt" in text
    # Evaluation sheets (every participant evaluates every presentation), the choice
    # sheet and the attendance sheet have room to write.
    assert text.count("Could you replicate it in your school?") == 10 * _participants(advisor_demo)
    assert "Signature" in text
    assert text.count("☐") >= 10 * 3 + 10 * 9  # replicability boxes, choice-sheet boxes


@pytest.mark.parametrize(
    ("paper", "size"),
    [("carta", (612, 792)), ("oficio", (612.28, 935.43)), ("a4", (595.28, 841.89))],
)
def test_the_paper_size_is_the_one_chosen(advisor_demo, files, big_session, tmp_path, paper, size):  # noqa: PLR0917 (fixtures)
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "g.pdf", paper=paper)
    reader = pdf_reader(document.path)
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(size[0], abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(size[1], abs=0.01)
    # Oficio: exactly 216 x 330 mm.
    if paper == "oficio":
        assert float(reader.pages[0].mediabox.height) / 72 * 25.4 == pytest.approx(330, abs=0.01)


def test_every_font_is_embedded(advisor_demo, files, big_session, tmp_path):
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "g.pdf")
    fonts = pdffonts(document.path)
    assert fonts, "no fonts listed"
    assert all(font["emb"] == "yes" for font in fonts), [f["line"] for f in fonts]
    assert {font["name"].split("+")[-1] for font in fonts} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    }


def test_user_text_that_looks_like_markup_prints_literally(
    advisor_demo, files, big_session, tmp_path
):
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "g.pdf")
    text = flat_text(document.path)
    assert MARKUP_TITLE in text
    assert "Usamos <i>tiras</i> de papel & vasos: 1/2 < 3/4 > 1/4." in text


def test_a_long_description_flows_onto_more_pages_without_losing_a_word(
    advisor_demo, files, big_session, tmp_path
):
    from dataclasses import replace

    from minga.services.practices import PracticeService

    long_doc = _guide(advisor_demo.db, files, big_session.id, tmp_path / "long.pdf")
    text = flat_text(long_doc.path)
    words = long_description().split()
    assert len(words) == 2000
    positions = [text.find(word) for word in words]
    assert -1 not in positions, [w for w, p in zip(words, positions, strict=True) if p < 0][:5]
    assert positions == sorted(positions)  # in order: nothing skipped or repeated out of place
    # The same guide with a short description has fewer pages.
    service = PracticeService(advisor_demo.db, files)
    detail = service.get(big_session.long_practice)
    service.update(big_session.long_practice, replace(detail.data, description="Una frase."))
    short_doc = _guide(advisor_demo.db, files, big_session.id, tmp_path / "short.pdf")
    assert long_doc.pages >= short_doc.pages + 2


def test_pages_are_numbered_page_x_of_y(advisor_demo, files, big_session, tmp_path):
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "g.pdf", lang="en")
    reader = pdf_reader(document.path)
    total = len(reader.pages)
    for number in (1, 2, total):
        assert f"page {number} of {total}" in reader.pages[number - 1].extract_text()


def test_the_footer_speaks_the_catalogs_language(
    advisor_demo, files, big_session, tmp_path, monkeypatch
):
    """With the Spanish catalog, "página X de Y" (whatever the .ts holds today)."""
    from minga import i18n
    from minga.reports import style

    base = i18n.catalog("es")
    messages = dict(base._messages)
    messages[("reports", "page {page} of {pages}")] = ["página {page} de {pages}"]
    spanish = i18n.Catalog("es", messages)
    monkeypatch.setattr(style, "catalog", lambda lang=None: spanish)
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "g.pdf", lang="es")
    reader = pdf_reader(document.path)
    total = len(reader.pages)
    assert f"página 1 de {total}" in reader.pages[0].extract_text()
    assert f"página {total} de {total}" in reader.pages[-1].extract_text()


@pytest.mark.skipif(
    not translations_available(), reason="the reports' strings are not in minga_es.ts yet"
)
def test_in_spanish_by_default(advisor_demo, files, big_session, tmp_path):
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "g.pdf")
    text = flat_text(document.path)
    assert f"página 1 de {document.pages}" in text
    for section in SPANISH_SECTIONS:
        assert section in text, section
    assert "diciembre de 2026" in text


def test_metadata_title_author_subject_and_language(advisor_demo, files, big_session, tmp_path):
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "g.pdf", lang="en")
    reader = pdf_reader(document.path)
    meta = reader.metadata
    assert meta.title == document.title
    assert meta.title.startswith("Session guide No. ")
    assert meta.author == "Patricio Riquelme Fuentealba"  # the demo's advisor
    assert "Cierre del año" in meta.subject
    assert meta.creator == "Minga"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    spanish = _guide(advisor_demo.db, files, big_session.id, tmp_path / "es.pdf")
    assert pdf_reader(spanish.path).trailer["/Root"]["/Lang"] == "es-CL"


def test_latest_is_the_last_session_and_the_summary_counts_since_the_previous_one(
    advisor_demo, files, big_session, tmp_path
):
    document = _guide(advisor_demo.db, files, "latest", tmp_path / "g.pdf", lang="en")
    text = flat_text(document.path)
    assert "Cierre del año: prácticas que cruzan escuelas" in text
    assert "Last session: No. 8, October 29, 2026." in text  # No. 9 is only planned
    assert "Applications recorded" in text
    assert "Self-assessments written" in text


def test_nothing_is_left_behind_when_the_work_is_cancelled(
    advisor_demo, files, big_session, tmp_path
):
    class Cancelled(Exception):
        pass

    class Progress:
        calls = 0

        def report(self, done, total, text=""):
            pass

        def check(self):
            self.calls += 1
            if self.calls > 8:  # well into the layout
                raise Cancelled

    target = tmp_path / "out" / "guide.pdf"
    target.parent.mkdir()
    with pytest.raises(Cancelled):
        _guide(advisor_demo.db, files, big_session.id, target, progress=Progress())
    assert list(target.parent.iterdir()) == []


def test_an_existing_pdf_is_replaced_whole(advisor_demo, files, big_session, tmp_path):
    target = tmp_path / "out" / "guide.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    document = _guide(advisor_demo.db, files, big_session.id, target)
    assert document.path == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["guide.pdf"]


def test_clear_messages_for_what_cannot_be_printed(teacher, advisor_demo, files, tmp_path):
    from minga.core.attachments import AttachmentStore

    with pytest.raises(MingaError) as no_session:
        printing.print_session_guide(
            teacher.db, AttachmentStore(teacher.dirs.attachments), "latest", tmp_path / "g.pdf"
        )
    assert no_session.value.message(catalog("en")) == "There are no sessions here yet."
    with pytest.raises(MingaError) as unknown:
        printing.print_session_guide(advisor_demo.db, files, "nope", tmp_path / "g.pdf")
    assert unknown.value.message(catalog("en")) == "The session nope is not in this notebook."
    with pytest.raises(MingaError) as missing:
        printing.print_session_guide(
            advisor_demo.db, files, "latest", tmp_path / "no-such-folder" / "g.pdf"
        )
    assert "no-such-folder" in missing.value.message()
    with pytest.raises(MingaError):
        printing.print_session_guide(advisor_demo.db, files, "latest", tmp_path)
    with pytest.raises(MingaError) as paper:
        printing.print_session_guide(advisor_demo.db, files, "latest", tmp_path / "g.pdf", "A3")
    assert "A3" in paper.value.message()
    assert not (tmp_path / "g.pdf").exists()


def test_a_folder_that_cannot_be_written_is_a_clear_message(
    advisor_demo, files, tmp_path, monkeypatch
):
    folder = tmp_path / "read-only"
    folder.mkdir()
    # As root the permission bits would not stop us: refuse like a read-only USB stick.
    monkeypatch.setattr(printing_common.os, "access", lambda path, mode: Path(path) != folder)
    with pytest.raises(MingaError) as error:
        printing.print_session_guide(advisor_demo.db, files, "latest", folder / "g.pdf")
    assert error.value.message(catalog("en")) == f"Minga cannot write in the folder {folder}."

    def no_temp_file(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.undo()
    monkeypatch.setattr(core_files.tempfile, "mkstemp", no_temp_file)
    with pytest.raises(MingaError) as error:
        printing.print_session_guide(advisor_demo.db, files, "latest", folder / "g.pdf")
    assert str(folder) in error.value.message()
    assert list(folder.iterdir()) == []


def test_an_unreadable_photo_is_listed_by_name(advisor_demo, files, big_session, tmp_path):
    from sqlalchemy import select

    from minga.store.models import Attachment

    with advisor_demo.db.session() as session:
        sha = session.scalar(
            select(Attachment.sha256).where(
                Attachment.parent_id == big_session.markup_practice,
                Attachment.media_type == "image/png",
            )
        )
    path = files.path_for(sha)
    path.chmod(0o644)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really a picture" * 10)
    document = _guide(advisor_demo.db, files, big_session.id, tmp_path / "g.pdf", lang="en")
    assert "foto-fracciones.png" in flat_text(document.path)


def test_printed_on_date_and_dates_in_the_language_of_the_document(
    advisor_demo, files, big_session, tmp_path
):
    document = _guide(
        advisor_demo.db, files, big_session.id, tmp_path / "g.pdf", lang="en",
        today=dt.date(2026, 11, 30),
    )  # fmt: skip
    text = flat_text(document.path)
    assert "printed on November 30, 2026" in text
    assert "Thursday, December 3, 2026" in text


def test_a_session_with_nothing_planned_yet_still_prints(advisor_demo, files, tmp_path):
    from minga.services.sessions import SessionInput, SessionService

    detail = SessionService(advisor_demo.db).plan(
        SessionInput(date=dt.date(2027, 3, 25), title="Primera sesión del año")
    )
    document = _guide(advisor_demo.db, files, detail.id, tmp_path / "g.pdf", lang="en")
    text = flat_text(document.path)
    assert "The agenda of this session is not written yet." in text
    assert "No practices are on the programme of this session yet." in text
    assert "This is the first session of the year." in text
    assert "Attendance sheet" in text
    assert [s.title for s in document.sections if s.level == 1] == []


def test_a_full_disk_is_a_clear_message_and_leaves_nothing(
    advisor_demo, files, big_session, tmp_path, monkeypatch
):
    from minga.reports import session_guide

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session_guide, "render", full_disk)
    target = tmp_path / "usb" / "guide.pdf"
    target.parent.mkdir()
    with pytest.raises(MingaError) as error:
        _guide(advisor_demo.db, files, big_session.id, target)
    assert error.value.message(catalog("en")) == (
        f"{target} could not be written: No space left on device"
    )
    assert list(target.parent.iterdir()) == []


def test_the_guide_counts_the_work_done_since_the_last_held_session(advisor_demo) -> None:
    """ "Since the last session": applications, exit-ticket tallies and self-assessments
    dated from the previous held session up to the day before this one."""
    import datetime as dt
    import sqlite3

    from minga.domain import cycle_rules as rules
    from minga.services.printing import year_summary

    with sqlite3.connect(advisor_demo.dirs.database) as conn:
        days = [dt.date.fromisoformat(d) for (d,) in conn.execute(
            "SELECT date FROM sessions WHERE deleted = 0 AND status = 'held' ORDER BY date"
        )]  # fmt: skip
    assert len(days) >= 2
    before = days[-1]
    summary = year_summary(
        advisor_demo.db, rules.school_year_of(before), before - dt.timedelta(days=1), {},
        before=before,
    )  # fmt: skip
    since = summary.previous.date
    assert since == days[-2]

    def counted(table: str, column: str) -> int:
        with sqlite3.connect(advisor_demo.dirs.database) as conn:
            return conn.execute(
                f"SELECT count(*) FROM {table} WHERE deleted = 0 AND {column} >= ? "
                f"AND {column} < ?",
                (since.isoformat(), before.isoformat()),
            ).fetchone()[0]

    assert summary.applications_since == counted("applications", "applied_on")
    assert summary.tallies_since == counted("exit_ticket_tallies", "applied_on")
    assert summary.self_assessments_since == counted("self_assessments", "written_on")
    assert summary.applications_since + summary.tallies_since > 0
