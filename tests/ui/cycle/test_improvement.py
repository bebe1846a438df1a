"""Ciclos de mejora: a PHEA cycle planned, moved on, and studied on its run chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minga.domain import cycle_rules as rules
from minga.ui.charts import SHIFT_COLOR
from minga.ui.improvement import ImprovementPage
from minga.ui.improvement.editor import STUDY_TAB
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import edit_cell, press_save

# Three points below the median, six in a row above it, three below again: the median of
# these twelve is 6.5 and only the six in the middle make a shift. (With the median of
# all the points, at most half of them lie on one side: a shift needs 12 points or more.)
VALUES = [4, 5, 4, 9, 8, 9, 8, 9, 8, 5, 4, 5]


def _plan(qtbot, editor) -> None:
    type_text(qtbot, editor.title_edit, "Asistencia a las sesiones")
    for edit, text in (
        (editor.aim_edit, "Que asista el 90 % de los docentes."),
        (editor.change_edit, "Avisar la sesión por radio comunal."),
        (editor.prediction_edit, "Subirá la asistencia en dos meses."),
    ):
        edit.setFocus()
        type_text(qtbot, edit, text)
    editor.indicator_edit.setFocus()
    type_text(qtbot, editor.indicator_edit, "Docentes presentes")


def _shift_pixels(chart) -> int:
    image = chart.grab().toImage()
    count = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            if image.pixelColor(x, y).name() == SHIFT_COLOR.name():
                count += 1
    return count


def test_a_cycle_with_six_points_above_the_median_marks_a_shift(qtbot, show_page, advisor_ctx):
    ctx = advisor_ctx
    page = show_page(ImprovementPage, ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert QApplication.focusWidget() is editor.title_edit
    _plan(qtbot, editor)
    press_save(qtbot, editor)
    cycle_id = editor.record_id
    assert cycle_id is not None
    assert ctx.improvement.get(cycle_id).plan_complete

    editor.tabs.setCurrentIndex(STUDY_TAB)
    for number, value in enumerate(VALUES, start=1):
        qtbot.mouseClick(editor.add_point_button, Qt.MouseButton.LeftButton)
        edit_cell(qtbot, editor.points_table, number - 1, 0, f"Mes {number}")
        edit_cell(qtbot, editor.points_table, number - 1, 1, str(value))

    chart = editor.chart
    assert chart.values() == [float(v) for v in VALUES]
    assert chart.median() == 6.5
    assert chart.shift_points() == {3, 4, 5, 6, 7, 8}
    assert _shift_pixels(chart) > 0  # drawn in the shift colour
    assert editor.shift_label.text().startswith(
        "Shift: 6 points in a row above the median, from Mes 4 to Mes 9."
    )

    press_save(qtbot, editor)

    saved = ctx.improvement.get(cycle_id)
    assert [p.value for p in saved.data_points] == [float(v) for v in VALUES]
    assert saved.run_chart.median == 6.5
    assert [(s.side, s.start, s.end, s.points) for s in saved.run_chart.shifts] == [
        ("above", 3, 8, 6)
    ]
    row = page.model.row_of(cycle_id)
    assert page.model.index(row, 3).data() == "12 ⚑"


def test_five_points_in_a_row_are_no_shift(qtbot, show_page, advisor_ctx):
    page = show_page(ImprovementPage, advisor_ctx)
    page.new_cycle()
    editor = page.editor
    editor.tabs.setCurrentIndex(STUDY_TAB)
    for number, value in enumerate([1, 2, 1, 2, 1, 8, 9, 8, 9, 8], start=1):
        editor.add_point(f"P{number}", float(value))

    assert editor.chart.shift_points() == set()
    assert _shift_pixels(editor.chart) == 0
    assert editor.shift_label.text().startswith("No shift yet")
    # The baseline of the first six points gives the median; the later ones do not move it.
    assert editor.chart.median() == rules.median([1, 2, 1, 2, 1, 8]) == 1.5


def test_the_cycle_moves_from_plan_to_do_once_the_plan_is_complete(qtbot, show_page, advisor_ctx):
    ctx = advisor_ctx
    page = show_page(ImprovementPage, ctx)
    page.new_cycle()
    editor = page.editor
    type_text(qtbot, editor.title_edit, "Puntualidad")
    press_save(qtbot, editor)
    assert editor.next_button.isVisible()

    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    assert ctx.improvement.get(editor.record_id).stage == "plan"
    assert editor.error_text("stage") == rules_text(
        "Complete the plan first: aim, change idea, prediction and indicator."
    )

    _complete_plan(qtbot, editor)
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)  # saves first, then moves
    assert ctx.improvement.get(editor.record_id).stage == "do"
    assert editor.stage_bar.labels["do"].font().bold()


def _complete_plan(qtbot, editor) -> None:
    for edit, text in (
        (editor.aim_edit, "Empezar a la hora."),
        (editor.change_edit, "Tabla de la sesión enviada antes."),
        (editor.prediction_edit, "Empezaremos puntuales."),
    ):
        edit.setFocus()
        type_text(qtbot, edit, text)
    editor.indicator_edit.setFocus()
    type_text(qtbot, editor.indicator_edit, "Minutos de atraso")


def rules_text(template: str) -> str:
    from minga.i18n import catalog

    return catalog()("errors", template)


def test_a_teacher_reads_the_advisors_cycles(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    page = show_page(ImprovementPage, ctx)
    cycles = ctx.improvement.list_cycles()
    others = [c for c in cycles if not c.is_mine]
    assert page.model.rowCount() == len(cycles)
    page.open_cycle(others[0].id)
    editor = page.editor
    assert editor.is_read_only
    assert not editor.save_button.isVisible()
    assert not editor.next_button.isVisible()
    assert editor.title_edit.isReadOnly()
    assert not editor.has_unsaved_changes()
    assert editor.chart.values() == [p.value for p in others[0].data_points]


def test_the_other_rules_are_named_under_the_chart(qtbot, show_page, advisor_ctx):
    page = show_page(ImprovementPage, advisor_ctx)
    page.new_cycle()
    editor = page.editor
    editor.tabs.setCurrentIndex(STUDY_TAB)
    for number, value in enumerate([5, 6, 5, 6, 5, 6, 1, 2, 3, 4, 5], start=1):
        editor.add_point(f"P{number}", float(value))
    assert "Also: a trend (5 or more points going one way)" in editor.shift_label.text()


def test_the_baseline_and_a_marked_change_from_the_study_tab(qtbot, show_page, advisor_ctx):
    from minga.services.improvement import CycleInput, DataPoint

    ctx = advisor_ctx
    cycle = ctx.improvement.create(CycleInput(title="Asistencia mensual", indicator="%"))
    values = [5, 6, 5, 6, 5, 6, 9, 10, 9, 10, 9, 10]
    ctx.improvement.set_data_points(
        cycle.id, [DataPoint(f"M{n}", float(v)) for n, v in enumerate(values, start=1)]
    )
    page = show_page(ImprovementPage, ctx)
    editor = page.editor
    editor.load_cycle(ctx.improvement.get(cycle.id))
    editor.tabs.setCurrentIndex(STUDY_TAB)
    assert editor.baseline_spin.value() == 6
    assert editor.chart.median() == 5.5
    assert editor.chart.shift_points()  # the new level, against the old median

    editor.baseline_spin.setValue(8)
    assert ctx.improvement.get(cycle.id).baseline_points == 8
    assert editor.chart.median() == 6.0

    editor.baseline_spin.setValue(6)
    editor.points_table.setCurrentIndex(editor.points_model.index(6, 0))
    qtbot.mouseClick(editor.change_button, Qt.MouseButton.LeftButton)
    saved = ctx.improvement.get(cycle.id)
    assert saved.change_periods == ("M7",)
    assert editor.chart.phases() == [(0, 5, 5.5), (6, 11, 9.5)]
    assert editor.chart.shift_points() == set()
    qtbot.mouseClick(editor.change_button, Qt.MouseButton.LeftButton)  # unmark
    assert ctx.improvement.get(cycle.id).change_periods == ()
    assert editor.chart.phases() == []
