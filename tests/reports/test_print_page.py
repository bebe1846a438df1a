"""The Imprimir page: choose a document and the paper, make the PDF (a synchronous task
runner in tests), and see what was made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from minga.ui.tasks import TaskCancelled
from tests.reports.conftest import MARKUP_TITLE

SIZE_HINTS_NOTICE = "This plugin does not support propagateSizeHints"
pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


@pytest.fixture
def make_page(qtbot, tmp_path):
    from minga.services.setup import actor
    from minga.ui.context import UiContext
    from minga.ui.messages import MessageBridge
    from minga.ui.printing import PrintPage
    from minga.ui.settings import Settings
    from minga.ui.tasks import TaskRunner

    def make(workspace, settings_path: Path | None = None) -> PrintPage:
        ctx = UiContext.open(
            workspace,
            actor(workspace.db),
            settings=Settings(settings_path or tmp_path / "ui" / "settings.ini"),
            runner=TaskRunner(synchronous=True),
            bridge=MessageBridge(),
        )
        page = PrintPage(ctx)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def _contents(page) -> list[str]:
    return [page.contents.item(i).text().strip() for i in range(page.contents.count())]


def test_a_session_guide_is_made_and_listed(qtbot, make_page, advisor_demo, big_session):
    page = make_page(advisor_demo)
    assert page.current_document() == "session-guide"
    assert page.session_combo.currentData() == "latest"
    assert page.session_combo.isVisible()
    assert not page.year_spin.isVisible()
    assert not page.open_button.isEnabled()

    index = page.session_combo.findData(big_session.id)
    assert index > 0
    page.session_combo.setCurrentIndex(index)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)

    document = page.result
    assert document is not None
    assert document.path.is_file()
    assert document.path.parent == advisor_demo.dirs.root / "prints"
    assert document.path.read_bytes().startswith(b"%PDF-")
    assert page.open_button.isEnabled()
    assert page.save_button.isEnabled()
    assert page.generate_button.isEnabled()
    assert not page.progress_bar.isVisible()
    assert not page.cancel_button.isVisible()
    contents = _contents(page)
    assert len(contents) == len(document.sections) >= 8
    assert any(MARKUP_TITLE in line for line in contents)  # shown as plain text
    assert str(document.pages) in page.status_label.text()
    assert page.ctx.bridge.record[-1].level == "info"


def test_every_document_can_be_made(qtbot, make_page, advisor_demo):
    page = make_page(advisor_demo)
    made = []
    for key in (
        "exit-ticket", "self-assessment", "observation", "phea", "survey", "report", "portfolio",
    ):  # fmt: skip
        page.select_document(key)
        assert page.year_spin.isVisible() == (key in ("report", "portfolio"))
        assert not page.session_combo.isVisible()
        page.generate()
        assert page.result is not None, key
        made.append(page.result.path)
    assert len(set(made)) == len(made)
    assert all(path.is_file() for path in made)


def test_the_paper_comes_from_the_settings_and_is_saved_on_change(
    qtbot, make_page, advisor_demo, tmp_path
):
    from minga.ui.settings import PAPER, Settings

    settings_path = tmp_path / "paper" / "settings.ini"
    Settings(settings_path).set(PAPER, "oficio")
    page = make_page(advisor_demo, settings_path)
    assert page.paper_combo.currentData() == "oficio"
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("a4"))
    assert page.ctx.settings.get(PAPER) == "a4"
    page.ctx.settings.set(PAPER, "carta")  # changed elsewhere (the settings page)
    assert page.paper_combo.currentData() == "carta"
    page.ctx.settings.set(PAPER, "a4")
    page.select_document("exit-ticket")
    page.generate()
    from pypdf import PdfReader

    box = PdfReader(page.result.path).pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == (595.28, 841.89)


def test_an_error_is_a_message_and_cancel_leaves_no_result(qtbot, make_page, teacher):
    page = make_page(teacher)  # a fresh notebook: no sessions yet
    assert page.session_combo.currentData() is None
    page.generate()
    assert page.result is None
    assert page.ctx.bridge.record[-1].level == "error"
    assert page.generate_button.isEnabled()
    page._failed(TaskCancelled())
    assert page.status_label.text() == "Cancelled: no PDF was made."


def test_save_as_copies_the_pdf(qtbot, make_page, advisor_demo, tmp_path):
    page = make_page(advisor_demo)
    page.select_document("phea")
    page.generate()
    target = tmp_path / "copias" / "ciclo"
    target.parent.mkdir()
    page.save_to(target)
    saved = target.with_name("ciclo.pdf")
    assert saved.read_bytes() == page.result.path.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["ciclo.pdf"]


def test_the_preview_shows_the_pages_when_qt_pdf_is_installed(qtbot, make_page, advisor_demo):
    """Qt PDF comes with PySide6-Addons, which Minga does not require: without it the page
    lists the contents (the tests above); with it, the pages show inside the app."""
    pytest.importorskip("PySide6.QtPdfWidgets")
    from minga.ui.printing.page import qt_pdf_available

    page = make_page(advisor_demo)
    assert qt_pdf_available()
    page.select_document("exit-ticket")
    page.generate()
    view = page.pdf_view
    assert view is not None
    assert view.isVisible()
    assert view.objectName() == "pdfPreview"
    assert page.contents.count() == len(page.result.sections)
    assert page._pdf_document.pageCount() == page.result.pages == 1
    assert not page.preview_note.isVisible()
    page.select_document("phea")
    page.generate()
    assert page._pdf_document.pageCount() == 2
