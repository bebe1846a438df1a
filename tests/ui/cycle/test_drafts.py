"""Drafts keep what is typed, and only that: reading records never leaves a draft behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minga.ui.adoption import AdoptionPage
from minga.ui.improvement import ImprovementPage
from minga.ui.observation import ObservationPage
from minga.ui.sessions import SessionsPage
from minga.ui.sessions.templates import TemplatesDialog
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import SIZE_HINTS

PAGES = (SessionsPage, AdoptionPage, ObservationPage, ImprovementPage)


@pytest.mark.parametrize("page_class", PAGES)
@pytest.mark.parametrize("who", ["advisor", "teacher"])
def test_reading_records_leaves_no_draft(qtbot, show_page, request, page_class, who):
    ctx = request.getfixturevalue("advisor_ctx" if who == "advisor" else "teacher_demo_ctx")
    page = show_page(page_class, ctx)
    page.open_first_record()
    qtbot.wait(50)
    assert not page.has_unsaved_changes()
    page.flush_drafts()
    page.hide()  # leaving the page writes the drafts of what was typed: nothing here
    assert ctx.drafts.pending() == []


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_reading_the_templates_leaves_no_draft(qtbot, advisor_ctx, dialogs_off):
    dialog = TemplatesDialog(advisor_ctx)
    qtbot.addWidget(dialog)
    dialog.refresh()
    dialog.show()
    qtbot.waitExposed(dialog)
    for row in range(dialog.model.rowCount()):
        assert dialog.open_template(dialog.model.row_id(row))
        assert not dialog.editor.has_unsaved_changes()
    dialog.close()
    assert advisor_ctx.drafts.pending() == []


def test_a_new_observation_note_is_kept_as_a_draft_when_leaving(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    page = show_page(ObservationPage, ctx)
    page.new_note()
    editor = page.editor
    editor.focus_edit.setFocus()
    type_text(qtbot, editor.focus_edit, "Uso del tiempo")

    page.hide()

    drafts = ctx.drafts.pending("observation")
    assert len(drafts) == 1
    assert drafts[0].payload["focus"] == "Uso del tiempo"
    assert drafts[0].title == "New observation note"

    # Opened again (from Inicio, after a restart): the text is back, and saving clears it.
    other = show_page(ObservationPage, ctx)
    assert other.open_draft(drafts[0].id)
    assert other.editor.focus_edit.text() == "Uso del tiempo"
    colleague = other.editor.observed_combo.itemData(1)
    other.editor.observed_combo.setCurrentIndex(1)
    qtbot.keyClick(other.editor.focus_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ctx.drafts.pending("observation") == []
    assert any(
        n.observed_id == colleague and n.focus == "Uso del tiempo"
        for n in ctx.observation.my_notes()
    )
