"""Nothing typed is lost: the form keeps drafts that outlive a crash of the application."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from minga.core.workspace import Workspace
from minga.services.practices import PracticeInput, PracticeQuery
from minga.ui.context import UiContext
from minga.ui.messages import set_dialogs_enabled
from minga.ui.practices import PracticesPage

from .conftest import PROPAGATE_SIZE_HINTS, DialogAnswers, make_context, type_text


def wait_for_draft(qtbot, ctx: UiContext, text: str) -> None:
    """Lets the autosave timer fire (no sleeping: Qt's event loop runs meanwhile)."""
    qtbot.waitUntil(
        lambda: any(text in str(d.payload) for d in ctx.drafts.pending("practice")),
        timeout=5000,
    )


def crash(page: PracticesPage, ctx: UiContext) -> None:
    """The page is gone at once: no Python code of it runs (no save, no close, no flush)."""
    before = ctx.drafts.pending()
    shiboken6.delete(page)
    assert ctx.drafts.pending() == before


def fresh_start(qtbot, data_dir: Path, tmp_path: Path) -> tuple[Workspace, QWidget, PracticesPage]:
    """What the next start of Minga sees: the same data folder, new everything else."""
    workspace = Workspace(data_dir)
    ctx = make_context(workspace, tmp_path / "settings-after-crash.ini")
    window = QWidget()
    window.resize(1366, 768)
    qtbot.addWidget(window)
    page = PracticesPage(ctx, window)
    page.setGeometry(0, 0, 1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return workspace, window, page


def test_typing_is_autosaved_and_offered_back_after_a_crash(
    qtbot, page: PracticesPage, ctx: UiContext, data_dir: Path, tmp_path: Path
) -> None:
    page.new_practice()
    type_text(page.form.title_edit, "Cuaderno viajero de ciencias")
    type_text(page.form.description_edit, "Cada niño lleva el cuaderno a casa una semana.")
    page.form.levels.boxes["4B"].click()

    wait_for_draft(qtbot, ctx, "Cada niño lleva el cuaderno")
    assert ctx.practices.count(PracticeQuery()) == 0  # a draft, not a practice

    crash(page, ctx)

    workspace, window, after = fresh_start(qtbot, data_dir, tmp_path)
    try:
        [draft] = after.offer_drafts()
        assert draft.title == "Cuaderno viajero de ciencias"
        assert draft.record_id is None

        assert after.open_draft(draft.id)
        form = after.form
        assert form.title_edit.text() == "Cuaderno viajero de ciencias"
        assert form.description_edit.toPlainText() == (
            "Cada niño lleva el cuaderno a casa una semana."
        )
        assert form.levels.values() == ["4B"]
        assert form.banner.isVisible()  # says these are restored, unsaved changes
        assert after.has_unsaved_changes()
        assert after.offer_drafts() == []  # the one in the form is not offered again

        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        qtbot.keyClick(form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert [r.title for r in after.ctx.practices.page(PracticeQuery())] == [
            "Cuaderno viajero de ciencias"
        ]
        assert after.ctx.drafts.pending() == []  # saving discards the draft
    finally:
        window.close()
        workspace.close()


def test_changes_to_a_saved_practice_come_back_when_it_is_opened(
    qtbot, page: PracticesPage, ctx: UiContext, data_dir: Path, tmp_path: Path
) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto escolar", description="Habas."))
    page.refresh()
    page.open_practice(detail.id)
    page.form.description_edit.moveCursor(page.form.description_edit.textCursor().MoveOperation.End)
    type_text(page.form.description_edit, " Y porotos.")
    wait_for_draft(qtbot, ctx, "Habas. Y porotos.")
    crash(page, ctx)

    workspace, window, after = fresh_start(qtbot, data_dir, tmp_path)
    try:
        [draft] = after.offer_drafts()
        assert draft.record_id == detail.id
        # Opening the practice itself (not the draft) brings the changes back too.
        assert after.open_practice(detail.id)
        assert after.form.description_edit.toPlainText() == "Habas. Y porotos."
        assert after.form.draft_id == draft.id
        assert after.ctx.practices.get(detail.id).data.description == "Habas."
    finally:
        window.close()
        workspace.close()


def test_typing_back_to_what_is_saved_drops_the_draft(
    qtbot, page: PracticesPage, ctx: UiContext
) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto"))
    page.refresh()
    page.open_practice(detail.id)
    page.form.title_edit.end(False)
    type_text(page.form.title_edit, "s")
    wait_for_draft(qtbot, ctx, "Huertos")

    page.form.title_edit.backspace()

    assert not page.has_unsaved_changes()
    assert ctx.drafts.pending() == []


def test_nothing_is_autosaved_without_changes_or_for_others_practices(
    qtbot, page: PracticesPage, ctx: UiContext
) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto"))
    page.refresh()
    page.open_practice(detail.id)
    assert not page.form.drafts.waiting
    page.form.flush_draft()
    page.new_practice()
    page.form.flush_draft()
    assert ctx.drafts.pending() == []


@pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)
def test_discarding_with_escape_removes_the_draft(
    qtbot, page: PracticesPage, ctx: UiContext, dialogs: DialogAnswers
) -> None:
    page.new_practice()
    type_text(page.form.title_edit, "Borrador que no sirve")
    wait_for_draft(qtbot, ctx, "Borrador que no sirve")

    dialogs.answer(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_Escape)

    assert dialogs.seen == ["Discard the unsaved changes to «Borrador que no sirve»?"]
    assert ctx.drafts.pending() == []
    assert page.detail_stack.currentWidget() is page.placeholder


def test_with_dialogs_off_switching_keeps_the_draft_instead_of_asking(
    page: PracticesPage, ctx: UiContext
) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto"))
    page.refresh()
    page.new_practice()
    type_text(page.form.title_edit, "Sin terminar")
    set_dialogs_enabled(False)
    try:
        assert page.open_practice(detail.id)
        # Esc cannot ask, so it does not throw anything away either.
        page.form.title_edit.end(False)
        type_text(page.form.title_edit, " escolar")
        assert not page.form.request_close()
    finally:
        set_dialogs_enabled(True)
    assert [d.title for d in page.offer_drafts()] == ["Sin terminar"]
    assert page.form.title_edit.text() == "Huerto escolar"


def test_leaving_the_page_keeps_the_draft_at_once(page: PracticesPage, ctx: UiContext) -> None:
    page.new_practice()
    type_text(page.form.title_edit, "Visita al humedal")
    page.hide()  # the main window shows another page
    assert [d.title for d in ctx.drafts.pending()] == ["Visita al humedal"]
