"""The Prácticas page as a teacher uses it: keyboard first, with real dialogs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from minga.i18n import catalog
from minga.services.practices import PracticeInput, PracticeQuery
from minga.ui.context import UiContext
from minga.ui.messages import set_dialogs_enabled
from minga.ui.practices import PracticesPage
from minga.ui.practices.form import split_oa_codes, viewer_filename
from minga.ui.practices.model import LEVELS, SCHOOL, TITLE
from minga.ui.tasks import TaskRunner

from .conftest import PROPAGATE_SIZE_HINTS, DialogAnswers, add_colleague, bulk_practices, type_text

# Messages of the services come in the language of `minga.i18n.catalog()` (Spanish by
# default); the page's own strings are English here, as no Qt translator is loaded.


def errors_text(template: str, **params: object) -> str:
    return catalog()("errors", template, **params)


REQUIRED = errors_text("This field is required.")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def table_titles(page: PracticesPage) -> list[str]:
    return [page.model.index(r, TITLE).data() for r in range(page.model.rowCount())]


def live_titles(ctx: UiContext) -> list[str]:
    return sorted(r.title for r in ctx.practices.page(PracticeQuery()))


def create_with_keyboard(qtbot, page: PracticesPage, title: str) -> str:
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    type_text(page.form.title_edit, title)
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_S, CTRL)
    assert page.form.practice_id is not None
    return page.form.practice_id


def test_a_new_practice_typed_and_saved_with_the_keyboard(
    qtbot, page: PracticesPage, ctx: UiContext
) -> None:
    form = page.form
    focus(qtbot, page.table)

    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    assert page.detail_stack.currentWidget() is form
    assert form.title_edit.hasFocus()
    type_text(form.title_edit, "Práctica de fracciones en la huerta: ¿cuánto es la mitad?")

    # Alt+L goes to the levels; arrows move along them and Space ticks.
    qtbot.keyClick(form.title_edit, Qt.Key.Key_L, ALT)
    assert form.levels.boxes["NT1"].hasFocus()
    qtbot.keyClick(form.levels.boxes["NT1"], Qt.Key.Key_Right)
    qtbot.keyClick(form.levels.boxes["NT2"], Qt.Key.Key_Right)
    assert form.levels.boxes["1B"].hasFocus()
    qtbot.keyClick(form.levels.boxes["1B"], Qt.Key.Key_Space)
    qtbot.keyClick(form.levels.boxes["1B"], Qt.Key.Key_Right)
    qtbot.keyClick(form.levels.boxes["2B"], Qt.Key.Key_Space)
    assert form.levels.values() == ["1B", "2B"]

    qtbot.keyClick(form.levels.boxes["2B"], Qt.Key.Key_O, ALT)
    assert form.oa_edit.hasFocus()
    qtbot.keyClicks(form.oa_edit, "ma2oa3 MA01 OA 9")
    qtbot.keyClick(form.oa_edit, Qt.Key.Key_Tab)  # leaving the field shows them normalized
    assert form.oa_edit.text() == "MA02 OA 03, MA01 OA 09"
    assert form.error_text("oa_codes") == ""
    type_text(form.description_edit, "Medimos la huerta con cuerdas y la dividimos en partes.")

    qtbot.keyClick(form.description_edit, Qt.Key.Key_S, CTRL)

    [row] = ctx.practices.page(PracticeQuery())
    detail = ctx.practices.get(row.id)
    assert detail.data.title == "Práctica de fracciones en la huerta: ¿cuánto es la mitad?"
    assert detail.data.levels == ["1B", "2B"]
    assert detail.data.oa_codes == ["MA02 OA 03", "MA01 OA 09"]
    assert detail.data.description.startswith("Medimos la huerta")
    assert table_titles(page) == [detail.data.title]
    assert page.table.currentIndex().row() == 0
    assert form.practice_id == detail.id
    assert not page.has_unsaved_changes()
    assert ctx.drafts.pending() == []
    assert any("saved" in m.text for m in ctx.bridge.record)
    assert page.count_label.text() == "1 practice(s)"


def test_open_with_enter_edit_and_save(qtbot, page: PracticesPage, ctx: UiContext) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto escolar", levels=["3B"]))
    page.refresh()
    focus(qtbot, page.table)  # the first row gets selected with the focus

    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    form = page.form
    assert form.practice_id == detail.id
    assert form.title_edit.text() == "Huerto escolar"
    assert form.title_edit.hasFocus()
    form.title_edit.selectAll()
    type_text(form.title_edit, "Huerto escolar: las habas crecen")
    assert page.has_unsaved_changes()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)

    assert ctx.practices.get(detail.id).data.title == "Huerto escolar: las habas crecen"
    assert table_titles(page) == ["Huerto escolar: las habas crecen"]
    assert not page.has_unsaved_changes()


def test_search_finds_practices_without_accents(qtbot, page: PracticesPage, ctx: UiContext) -> None:
    ctx.practices.create(PracticeInput(title="Práctica de lectura compartida"))
    ctx.practices.create(PracticeInput(title="Huerto escolar"))
    ctx.practices.create(PracticeInput(title="Sumas con porotos"))
    page.refresh()
    assert page.model.rowCount() == 3

    focus(qtbot, page.search_edit)
    qtbot.keyClicks(page.search_edit, "practica")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert table_titles(page) == ["Práctica de lectura compartida"]

    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)  # Esc empties the search
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)

    page.set_search_text("porotos")  # the main window's global search
    assert table_titles(page) == ["Sumas con porotos"]
    assert page.search_edit.text() == "porotos"
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter goes to the results
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.form.title_edit.text() == "Sumas con porotos"


def test_filters_from_the_filter_bar(page: PracticesPage, ctx: UiContext) -> None:
    ctx.practices.create(PracticeInput(title="Sumas", subjects=["MA"], levels=["1B"]))
    ctx.practices.create(PracticeInput(title="Cuentos", subjects=["LE"], status="ready"))
    colleague = add_colleague(ctx.workspace)
    bulk_practices(ctx.workspace, colleague, 1, title="Huerta de Rosa", levels=["5B"])
    page.refresh()

    def choose(combo, value) -> list[str]:
        combo.setCurrentIndex(combo.findData(value))
        return sorted(table_titles(page))

    assert choose(page.subject_combo, "MA") == ["Huerta de Rosa", "Sumas"]
    assert choose(page.level_combo, "1B") == ["Sumas"]
    choose(page.subject_combo, None)
    choose(page.level_combo, None)
    assert page.author_combo.findText("Rosa Catrileo Painemal") > 0
    assert choose(page.author_combo, colleague) == ["Huerta de Rosa"]
    choose(page.author_combo, None)
    assert choose(page.status_combo, "ready") == ["Cuentos"]
    choose(page.status_combo, None)
    assert page.school_combo.findText("Escuela Rural Los Boldos") > 0
    school = page.school_combo.itemData(page.school_combo.findText("Escuela Rural Los Boldos"))
    assert choose(page.school_combo, school) == ["Cuentos", "Sumas"]


def test_sorting_from_the_header_and_from_the_keyboard(page: PracticesPage, ctx: UiContext) -> None:
    for title in ("Huerto", "cuentos", "Sumas"):
        ctx.practices.create(PracticeInput(title=title))
    page.refresh()
    header = page.table.horizontalHeader()

    header.setSortIndicator(TITLE, Qt.SortOrder.AscendingOrder)  # a click on "Title"
    assert table_titles(page) == ["cuentos", "Huerto", "Sumas"]
    assert page.sort_combo.currentText() == "Title A–Z"

    header.setSortIndicator(LEVELS, Qt.SortOrder.AscendingOrder)  # lists do not sort
    assert header.sortIndicatorSection() == TITLE
    assert table_titles(page) == ["cuentos", "Huerto", "Sumas"]

    index = page.sort_combo.findText("Title Z–A")  # the same, for keyboard users
    page.sort_combo.setCurrentIndex(index)
    page.sort_combo.activated.emit(index)
    assert table_titles(page) == ["Sumas", "Huerto", "cuentos"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


@pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)
def test_delete_asks_first_and_can_be_undone(
    qtbot, page: PracticesPage, ctx: UiContext, dialogs: DialogAnswers
) -> None:
    ctx.practices.create(PracticeInput(title="Sumas con porotos"))
    ctx.practices.create(PracticeInput(title="Huerto escolar"))
    page.refresh()
    focus(qtbot, page.table)
    assert page.delete_button.isEnabled()

    dialogs.answer(NO)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert dialogs.seen == ["Delete the practice «Huerto escolar»?"]
    assert live_titles(ctx) == ["Huerto escolar", "Sumas con porotos"]

    dialogs.answer(YES)
    focus(qtbot, page.table)  # back in the window after the dialog
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert live_titles(ctx) == ["Sumas con porotos"]
    assert table_titles(page) == ["Sumas con porotos"]
    assert page.undo_bar.isVisible()
    assert page.undo_label.text() == "«Huerto escolar» was moved to the trash."
    assert page.table.currentIndex().row() == 0  # the next practice is selected

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert live_titles(ctx) == ["Huerto escolar", "Sumas con porotos"]
    assert not page.undo_bar.isVisible()
    assert page.model.practice_id(page.table.currentIndex().row()) is not None


@pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)
def test_the_trash_shows_deleted_practices_to_restore(
    qtbot, page: PracticesPage, ctx: UiContext, dialogs: DialogAnswers
) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto escolar"))
    page.refresh()
    page.open_practice(detail.id)
    dialogs.answer(YES)
    assert page.delete_selected()
    assert page.detail_stack.currentWidget() is page.placeholder  # the form closed

    page.trash_check.setChecked(True)
    assert table_titles(page) == ["Huerto escolar"]
    assert not page.delete_button.isVisible()
    assert page.restore_button.isVisible()
    assert page.count_label.text() == "1 practice(s) in the trash"
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.form.is_read_only  # a practice in the trash is read, not edited
    assert "trash" in page.form.banner.text()

    assert page.restore_button.isEnabled()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert table_titles(page) == []
    assert live_titles(ctx) == ["Huerto escolar"]


def test_inline_validation_keeps_what_was_typed(qtbot, page: PracticesPage, ctx: UiContext) -> None:
    form = page.form
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    focus(qtbot, form.description_edit)
    type_text(form.description_edit, "Leemos cuentos mapuche en voz alta.")

    qtbot.keyClick(form.description_edit, Qt.Key.Key_S, CTRL)

    assert ctx.practices.count(PracticeQuery()) == 0
    assert form.title_error.isVisible()
    assert form.error_text("title") == REQUIRED
    assert form.title_edit.hasFocus()  # the first bad field
    assert form.title_edit.accessibleDescription() == REQUIRED
    assert form.description_edit.toPlainText() == "Leemos cuentos mapuche en voz alta."
    assert ctx.drafts.pending("practice")  # kept as a draft meanwhile

    type_text(form.title_edit, "Cuentos mapuche")
    assert not form.title_error.isVisible()  # typing clears the message
    focus(qtbot, form.oa_edit)
    qtbot.keyClicks(form.oa_edit, "LE02 OA 05, MA9")
    qtbot.keyClick(form.oa_edit, Qt.Key.Key_Tab)
    assert form.error_text("oa_codes") == errors_text(
        "'{value}' is not a learning objective code. Use the form MA02 OA 03 "
        "(subject, grade, objective).",
        value="MA9",
    )
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert ctx.practices.count(PracticeQuery()) == 0
    assert form.oa_edit.hasFocus()
    assert form.oa_edit.text() == "LE02 OA 05, MA9"

    form.oa_edit.setText("LE02 OA 05")
    qtbot.keyClick(form.oa_edit, Qt.Key.Key_S, CTRL)
    assert live_titles(ctx) == ["Cuentos mapuche"]
    assert form.error_text("oa_codes") == ""
    assert ctx.drafts.pending("practice") == []


class UrlCatcher(QObject):
    """Stands in for the system viewer: Qt hands it the file URLs the form opens."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def drop_files(widget, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPoint(10, 10)
    enter = QDragEnterEvent(
        position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(position), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, drop)
    return drop


@pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)
def test_evidence_files_added_dropped_opened_and_removed(
    qtbot, page: PracticesPage, ctx: UiContext, dialogs: DialogAnswers, png_file
) -> None:
    practice_id = create_with_keyboard(qtbot, page, "Huerto escolar")
    form = page.form
    form.open_folder = ctx.workspace.root.parent / "opened"  # inside the test's folder

    form.add_attachments([png_file("foto huerta.png")])
    assert form.attachment_names() == ["foto huerta.png"]

    drop = drop_files(form, [png_file("planificación.png", 1)])
    assert drop.isAccepted()
    # Dropped on a text field, a file is attached, not pasted as a path.
    drop_files(form.description_edit.viewport(), [png_file("ficha.png", 2)])
    assert form.description_edit.toPlainText() == ""
    names = ["foto huerta.png", "planificación.png", "ficha.png"]
    assert form.attachment_names() == names
    assert [a.filename for a in ctx.practices.get(practice_id).attachments] == names

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        form.attachment_list.setCurrentRow(1)
        form.open_attachment()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    [url] = catcher.urls
    opened = Path(url.toLocalFile())
    assert opened.name == "planificación.png"  # its own name, so the viewer knows it
    assert opened.read_bytes() == png_file("planificación.png", 1).read_bytes()

    dialogs.answer(NO, YES)
    focus(qtbot, form.attachment_list)
    qtbot.keyClick(form.attachment_list, Qt.Key.Key_Delete)
    assert len(ctx.practices.get(practice_id).attachments) == 3
    focus(qtbot, form.attachment_list)
    qtbot.keyClick(form.attachment_list, Qt.Key.Key_Delete)
    assert dialogs.seen[-1] == "Remove the file «planificación.png» from this practice?"
    assert [a.filename for a in ctx.practices.get(practice_id).attachments] == [
        "foto huerta.png",
        "ficha.png",
    ]
    assert form.attachment_names() == ["foto huerta.png", "ficha.png"]


@pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)
def test_attach_a_file_picked_in_the_file_dialog(
    qtbot, page: PracticesPage, ctx: UiContext, png_file
) -> None:
    practice_id = create_with_keyboard(qtbot, page, "Huerto escolar")
    path = png_file("cosecha.png")
    seen: list[bool] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        dialog.selectFile(str(path))
        dialog.accept()

    set_dialogs_enabled(False)  # automation: Qt's own dialog, never the system's
    try:
        QTimer.singleShot(0, pick)
        qtbot.mouseClick(page.form.add_button, Qt.MouseButton.LeftButton)
    finally:
        set_dialogs_enabled(True)
    assert seen == [True]
    assert [a.filename for a in ctx.practices.get(practice_id).attachments] == ["cosecha.png"]


def test_files_for_a_new_practice_are_attached_when_it_is_saved(
    qtbot, page: PracticesPage, ctx: UiContext, png_file, tmp_path
) -> None:
    page.new_practice()
    form = page.form
    form.add_attachments([png_file()])
    assert form.attachment_list.item(0).text() == "evidencia.png (attached when you save)"
    assert page.has_unsaved_changes()

    not_evidence = tmp_path / "programa.exe"
    not_evidence.write_bytes(b"MZ\x90\x00" * 20)
    form.add_attachments([not_evidence])
    assert form.attachments_error.text() == errors_text(
        "{name} is not a kind of file Minga keeps as evidence. Attach photos "
        "(JPG, PNG), PDF, documents, audio or short videos.",
        name="programa.exe",
    )
    assert form.attachment_names() == ["evidencia.png"]

    type_text(form.title_edit, "Collage de otoño")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)

    detail = ctx.practices.get(form.practice_id)
    assert [a.filename for a in detail.attachments] == ["evidencia.png"]
    assert form.attachment_names() == ["evidencia.png"]
    assert not page.has_unsaved_changes()


def test_someone_elses_practice_is_read_only(qtbot, page: PracticesPage, ctx: UiContext) -> None:
    colleague = add_colleague(ctx.workspace)
    [practice_id] = bulk_practices(ctx.workspace, colleague, 1, title="Huerta de Rosa")
    page.refresh()
    focus(qtbot, page.table)
    assert not page.delete_button.isEnabled()

    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    form = page.form
    assert form.practice_id == practice_id
    assert form.is_read_only
    assert form.banner.isVisible()
    assert "Rosa Catrileo Painemal" in form.banner.text()
    assert form.title_edit.isReadOnly()
    assert form.description_edit.isReadOnly()
    assert not form.levels.boxes["1B"].isEnabled()
    assert not form.status_combo.isEnabled()
    assert not form.save_button.isVisible()
    assert not form.add_button.isEnabled()
    assert form.close_button.hasFocus()
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, QMimeData(), Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(form, drop)
    assert not drop.isAccepted()

    qtbot.keyClick(form.close_button, Qt.Key.Key_S, CTRL)
    assert not page.has_unsaved_changes()
    assert ctx.drafts.pending() == []
    qtbot.keyClick(form.close_button, Qt.Key.Key_Escape)
    assert page.detail_stack.currentWidget() is page.placeholder
    assert page.table.hasFocus()


@pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)
def test_escape_asks_only_when_there_are_unsaved_changes(
    qtbot, page: PracticesPage, ctx: UiContext, dialogs: DialogAnswers
) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto escolar"))
    page.refresh()
    page.open_practice(detail.id)
    form = page.form

    qtbot.keyClick(form.title_edit, Qt.Key.Key_Escape)  # nothing changed: just closes
    assert page.detail_stack.currentWidget() is page.placeholder
    assert dialogs.seen == []

    page.open_practice(detail.id)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_End)
    type_text(form.title_edit, " con habas")
    form.flush_draft()
    dialogs.answer(NO)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Escape)
    assert dialogs.seen == ["Discard the unsaved changes to «Huerto escolar con habas»?"]
    assert page.detail_stack.currentWidget() is form
    assert form.title_edit.text() == "Huerto escolar con habas"

    dialogs.answer(YES)
    focus(qtbot, form.title_edit)  # back in the window after the dialog
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Escape)
    assert page.detail_stack.currentWidget() is page.placeholder
    assert ctx.drafts.pending() == []  # discarded, as asked
    assert ctx.practices.get(detail.id).data.title == "Huerto escolar"


@pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)
def test_opening_another_practice_asks_to_save_changes(
    qtbot, page: PracticesPage, ctx: UiContext, dialogs: DialogAnswers
) -> None:
    first = ctx.practices.create(PracticeInput(title="Huerto escolar"))
    second = ctx.practices.create(PracticeInput(title="Sumas con porotos"))
    page.refresh()
    page.open_practice(first.id)
    page.form.title_edit.end(False)
    type_text(page.form.title_edit, " 2")

    dialogs.answer(QMessageBox.StandardButton.Cancel)
    assert not page.open_practice(second.id)
    assert page.form.practice_id == first.id

    dialogs.answer(QMessageBox.StandardButton.Save)
    assert page.open_practice(second.id)
    assert ctx.practices.get(first.id).data.title == "Huerto escolar 2"
    assert page.form.title_edit.text() == "Sumas con porotos"

    page.form.title_edit.end(False)
    type_text(page.form.title_edit, " y habas")
    dialogs.answer(QMessageBox.StandardButton.Discard)
    assert page.new_practice()
    assert ctx.practices.get(second.id).data.title == "Sumas con porotos"
    assert page.form.is_new
    assert dialogs.seen[0] == "Save the changes to «Huerto escolar 2» first?"


def test_save_current_for_the_main_window(page: PracticesPage, ctx: UiContext) -> None:
    assert page.save_current()  # nothing to save
    page.new_practice()
    type_text(page.form.title_edit, "Trabajo en terreno")
    assert page.has_unsaved_changes()
    assert page.save_current()
    assert live_titles(ctx) == ["Trabajo en terreno"]
    page.new_practice()
    type_text(page.form.description_edit, "sin título")
    assert not page.save_current()  # shown inline; the main window keeps the window open
    assert page.form.error_text("title")


def test_alt_shortcuts_are_unique(page: PracticesPage, ctx: UiContext) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto escolar"))
    page.refresh()
    page.open_practice(detail.id)
    letters = [
        re.search(r"&(\w)", widget.text()).group(1).lower()  # type: ignore[union-attr]
        for widget in page.mnemonic_widgets()
    ]
    assert len(letters) >= 10
    assert len(letters) == len(set(letters)), sorted(letters)


def test_tab_walks_the_form_in_reading_order(qtbot, page: PracticesPage) -> None:
    page.new_practice()
    form = page.form
    seen = []
    widget = form.title_edit
    focus(qtbot, widget)
    for _ in range(60):
        seen.append(widget.objectName() or type(widget).__name__)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is form.close_button:
            break
    names = [n for n in seen if not n.startswith("chip_")]
    assert names == [
        "title",
        "oa_codes",
        "oaPicker",
        "description",
        "multigrade_strategy",
        "materials",
        "duration_minutes",
        "status",
        "visibility",
        "attachments",
        "addAttachment",
        "save",
    ]
    assert sum(n.startswith("chip_") for n in seen) == 20


def test_a_narrow_window_shows_the_list_and_the_form_in_turn(
    qtbot, page: PracticesPage, ctx: UiContext
) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto escolar"))
    page.refresh()
    assert not page.is_narrow
    assert page.filters.isVisible()
    assert not page.filters_button.isVisible()

    page.resize(680, 380)  # a 1366x768 laptop at 200 %
    qtbot.waitUntil(lambda: page.is_narrow, timeout=2000)
    assert page.table.isColumnHidden(SCHOOL)  # wide columns give way to the title
    assert not page.filters.isVisible()  # folded behind a button
    page.filters_button.click()
    assert page.filters.isVisible()
    page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
    assert page.filters_button.text() == "Filters (1)"

    page.open_practice(detail.id)
    assert page.form.isVisible()
    assert not page.table.isVisible()
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_Escape)
    assert page.table.isVisible()
    assert not page.detail_stack.isVisible()

    page.resize(2400, 900)
    qtbot.waitUntil(lambda: not page.is_narrow, timeout=2000)
    qtbot.waitUntil(lambda: not page.table.isColumnHidden(SCHOOL), timeout=2000)
    assert page.detail_stack.isVisible()
    assert page.filters.isVisible()


@pytest.mark.parametrize(
    ("typed", "tokens"),
    [
        ("MA02 OA 03, LE01 OA 04", ["MA02 OA 03", "LE01 OA 04"]),
        ("ma2oa3 ma1oa9", ["ma2oa3", "ma1oa9"]),
        ("MA02 OA 03 LE 1 OA 4; CN03OA05", ["MA02 OA 03", "LE 1 OA 4", "CN03OA05"]),
        ("MA9 OA 1, MA02 OA 03", ["MA9 OA 1", "MA02 OA 03"]),  # a bad code stays whole
        ("  ,, ", []),
    ],
)
def test_oa_codes_are_split_where_a_person_separated_them(typed: str, tokens: list[str]) -> None:
    assert split_oa_codes(typed) == tokens


@pytest.mark.parametrize(
    ("name", "media_type", "opened_as"),
    [
        ("foto huerta.png", "image/png", "foto huerta.png"),
        ("foto.jpg.exe", "image/jpeg", "foto.jpg.exe.jpg"),  # never run as a program
        ("..\\..\\Windows\\evil.pdf", "application/pdf", "evil.pdf"),
        ("CON.txt", "text/plain", "_CON.txt"),
        ("", "image/png", "evidence.png"),
    ],
)
def test_evidence_is_opened_under_a_safe_name(name: str, media_type: str, opened_as: str) -> None:
    assert viewer_filename(name, media_type, "evidence") == opened_as


def test_the_page_with_background_queries(qtbot, ctx: UiContext) -> None:
    """As in the application: list queries run on a thread pool and arrive later."""
    bulk_practices(ctx.workspace, ctx.actor.person_id, 450)
    ctx.practices.create(PracticeInput(title="Práctica de lectura compartida"))
    ctx.runner = TaskRunner(max_threads=2)
    window = QWidget()
    window.resize(1366, 768)
    qtbot.addWidget(window)
    try:
        page = PracticesPage(ctx, window)
        page.setGeometry(0, 0, 1366, 768)
        window.show()
        assert page.model.rowCount() == 0  # nothing waited for on the GUI thread
        qtbot.waitUntil(lambda: page.count_label.text() == "451 practice(s)", timeout=10_000)
        qtbot.waitUntil(lambda: page.author_combo.count() == 2, timeout=10_000)
        assert page.model.index(0, TITLE).data() == "Práctica de lectura compartida"

        page.set_search_text("lectura")
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        qtbot.waitUntil(lambda: not page.model.is_loading, timeout=10_000)
        assert page.count_label.text() == "1 practice(s)"

        page.set_search_text("")
        qtbot.waitUntil(lambda: page.model.rowCount() == 451, timeout=10_000)
        page.table.scrollToBottom()
        last = page.model.index(450, TITLE)
        qtbot.waitUntil(lambda: last.data() == "Práctica 00000", timeout=10_000)
    finally:
        window.close()
        ctx.runner.wait_for_done(10_000)


# The completer's popup is a window of its own; the offscreen platform says so.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support propagateSizeHints",
)
def test_the_oa_picker_offers_the_catalogue_by_subject_and_level(
    qtbot, page: PracticesPage, ctx: UiContext, dialogs
) -> None:
    from PySide6.QtWidgets import QMessageBox

    page.new_practice()
    form = page.form
    picker = form.oa_picker
    assert len(picker.offered()) == len(picker.catalogue)  # nothing ticked: everything
    qtbot.mouseClick(form.subjects.boxes["MA"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.levels.boxes["1B"], Qt.MouseButton.LeftButton)
    assert picker.offered()
    assert all(code.startswith("MA01 OA") for code in picker.offered())
    qtbot.mouseClick(form.levels.boxes["NT1"], Qt.MouseButton.LeftButton)
    assert "PMNT OA 01" in picker.offered()

    # Autocomplete: a word finds the objective anywhere in its text; choosing adds its code.
    picker.setFocus()
    qtbot.keyClicks(picker, "pictogramas")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [picker.completer().completionModel().index(r, 0).data() for r in range(2)]
    assert shown[0].startswith("MA01 OA 19")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.oa_edit.text() == "MA01 OA 19"
    qtbot.waitUntil(lambda: picker.text() == "")

    # An unknown code is a warning the person confirms, not a silent pass.
    type_text(form.title_edit, "Contamos semillas")
    form.oa_edit.setText("MA01 OA 19, MA01 OA 99")
    dialogs.answer(QMessageBox.StandardButton.No)  # "Correct them"
    assert not form.save()
    assert "MA01 OA 99" in form.error_text("oa_codes")
    dialogs.answer(QMessageBox.StandardButton.Yes)  # "Keep them"
    assert form.save()
    [row] = ctx.practices.page(PracticeQuery())
    assert ctx.practices.get(row.id).data.oa_codes == ["MA01 OA 19", "MA01 OA 99"]
