"""Every item model of the cycle's areas passes pytest-qt's model tester, with real data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from minga.domain.vocab import TemplateKind
from minga.ui.adoption import AdoptionPage
from minga.ui.improvement import ImprovementPage
from minga.ui.improvement.editor import STUDY_TAB
from minga.ui.indicators import IndicatorsPage
from minga.ui.observation import ObservationPage
from minga.ui.observation.page import ALL
from minga.ui.sessions import SessionsPage
from minga.ui.sessions.editor import EVALUATION_TAB, PRESENTATIONS_TAB
from minga.ui.sessions.templates import TemplatesDialog
from minga.ui.widgets.table import Column, RowsModel


@dataclass(frozen=True)
class Row:
    id: str
    name: str


def test_rows_model_fetches_in_batches(qtmodeltester):
    model = RowsModel(
        [Column(lambda: "Name", lambda r: r.name), Column(lambda: "Id", lambda r: r.id)], batch=3
    )
    model.set_rows(Row(str(i), f"<b>Name {i}</b>") for i in range(10))
    assert model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    # User text is shown as plain text, also in tooltips.
    assert (
        model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
        == "<p style='white-space:pre-wrap'>&lt;b&gt;Name 0&lt;/b&gt;</p>"
    )
    assert model.row_of("9") == 9
    model.set_rows([])
    qtmodeltester.check(model)


def test_the_models_of_sesiones(qtbot, qtmodeltester, show_page, advisor_ctx):
    page = show_page(SessionsPage, advisor_ctx)
    qtmodeltester.check(page.model)
    page.open_first_record()
    editor = page.editor
    qtmodeltester.check(editor.plan.agenda_model)
    editor.tabs.setCurrentIndex(PRESENTATIONS_TAB)
    qtmodeltester.check(editor.presentations.model)
    qtmodeltester.check(editor.presentations.picker.model)
    editor.tabs.setCurrentIndex(EVALUATION_TAB)
    page.open_session(advisor_ctx.sessions.last_held_session().id)
    qtmodeltester.check(editor.evaluation.model)
    assert editor.evaluation.model.rowCount() > 0


def test_the_models_of_the_templates(qtbot, qtmodeltester, advisor_ctx, dialogs_off):
    dialog = TemplatesDialog(advisor_ctx)
    qtbot.addWidget(dialog)
    dialog.refresh()
    qtmodeltester.check(dialog.model)
    for kind in TemplateKind:
        info = advisor_ctx.templates.resolve(kind)
        dialog.open_template(info.id)
        qtmodeltester.check(dialog.editor.items_model)
        assert dialog.editor.items_model.rowCount() > 0


def test_the_models_of_aplicacion(qtbot, qtmodeltester, show_page, teacher_demo_ctx, advisor_ctx):
    page = show_page(AdoptionPage, teacher_demo_ctx)
    qtmodeltester.check(page.model)
    page.open_first_record()
    qtmodeltester.check(page.editor.applications_model)
    page.open_choose()
    qtmodeltester.check(page.choose_form.presentations_model)
    advisor = show_page(AdoptionPage, advisor_ctx)
    qtmodeltester.check(advisor.follow_up.not_chosen_model)
    qtmodeltester.check(advisor.follow_up.pending_model)


def test_the_models_of_observacion(qtbot, qtmodeltester, show_page, advisor_ctx):
    page = show_page(ObservationPage, advisor_ctx)
    page.set_view(ALL)
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)


def test_the_models_of_ciclos(qtbot, qtmodeltester, show_page, advisor_ctx):
    page = show_page(ImprovementPage, advisor_ctx)
    qtmodeltester.check(page.model)
    page.open_first_record()
    editor = page.editor
    editor.tabs.setCurrentIndex(STUDY_TAB)
    qtmodeltester.check(editor.points_model)
    qtmodeltester.check(editor.linked_model)


def test_the_models_of_indicadores(qtbot, qtmodeltester, show_page, advisor_ctx):
    page = show_page(IndicatorsPage, advisor_ctx)
    qtmodeltester.check(page.pending_model)
    qtmodeltester.check(page.sessions_model)
