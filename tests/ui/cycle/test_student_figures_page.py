"""Indicadores › Estudiantes: a teacher records her level's month through the dialog
(keyboard and visible widgets), the table and the attendance run chart show it; her
school only; bad figures get a clear message and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minga.services.students import StudentFiguresService
from minga.ui.charts import RunChartView
from minga.ui.indicators import IndicatorsPage
from minga.ui.indicators.students import StudentFiguresDialog
from tests.ui.cycle.conftest import SIZE_HINTS, choose_in_combo

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)  # the offscreen platform, a dialog shown


def _open_dialog(qtbot, page) -> StudentFiguresDialog:
    button = page.students_section.record_button
    assert button.text() == "My students' results…"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    shown = [d for d in page.findChildren(StudentFiguresDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _record_attendance(qtbot, page, month: str, percent: str, students: str) -> None:
    dialog = _open_dialog(qtbot, page)
    choose_in_combo(qtbot, dialog.level_combo, "2nd grade")
    _type(qtbot, dialog.month_edit, month)
    _type(qtbot, dialog.percent_spin, percent)
    _type(qtbot, dialog.students_spin, students)
    with qtbot.waitSignal(page.computed, timeout=5000):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
        assert dialog.error_label.text() == ""
    assert not dialog.isVisible()


def test_a_teacher_records_her_levels_figures(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    page = show_page(IndicatorsPage, ctx)
    year = page.year_combo.currentData()
    section = page.students_section
    assert section.model.rowCount() == 0
    assert "No students' figures" in section.note.text()

    dialog = _open_dialog(qtbot, page)
    # Her own school only.
    assert dialog.school_combo.count() == 1
    assert dialog.school_combo.currentData() == ctx.actor.school_id
    # A diagnostic with no level of achievement named: a clear message, nothing saved.
    dialog.diagnostic_radio.setFocus()
    qtbot.keyClick(dialog.diagnostic_radio, Qt.Key.Key_Space)
    assert dialog.name_edit.isVisible()
    assert not dialog.percent_spin.isVisible()
    for label, _count in dialog.achievement_rows:
        _type(qtbot, label, "")
    _type(qtbot, dialog.month_edit, "abril")
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert dialog.isVisible()
    error = dialog.error_label.text().splitlines()
    assert len(error) == 3  # the month, the diagnostic's name, its levels of achievement
    assert "2026-03" in error[0]
    assert StudentFiguresService(ctx.workspace.db).figures() == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    _record_attendance(qtbot, page, f"{year}-03", "91.5", "6")
    _record_attendance(qtbot, page, f"{year}-04", "88", "6")
    rows = [
        [section.model.index(r, c).data() for c in range(section.model.columnCount())]
        for r in range(section.model.rowCount())
    ]
    assert len(rows) == 1
    assert rows[0][1:4] == ["2nd grade", "6", "89.8%"]
    assert len(section.charts) == 1
    chart = section.charts[0]
    assert isinstance(chart, RunChartView)
    assert chart.objectName() == f"studentRunChart_{ctx.actor.school_id}_2B"
    qtbot.waitUntil(chart.isVisible, timeout=2000)
    assert chart.values() == [91.5, 88.0]

    # A diagnostic through the same dialog.
    dialog = _open_dialog(qtbot, page)
    choose_in_combo(qtbot, dialog.level_combo, "2nd grade")
    _type(qtbot, dialog.month_edit, f"{year}-04")
    dialog.diagnostic_radio.setFocus()
    qtbot.keyClick(dialog.diagnostic_radio, Qt.Key.Key_Space)
    _type(qtbot, dialog.name_edit, "Lectura DIA abril")
    for (_label, count), value in zip(dialog.achievement_rows, ("1", "2", "3"), strict=False):
        _type(qtbot, count, value)
    with qtbot.waitSignal(page.computed, timeout=5000):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    diagnostics = section.model.index(0, 4).data()
    assert "Lectura DIA abril" in diagnostics
    assert "Insatisfactorio 1, Elemental 2, Adecuado 3" in diagnostics
    document = ctx.indicators.mine(year).as_json()["students"]
    assert [(s["level"], s["attendance_mean"]) for s in document] == [("2B", 89.8)]
    assert document[0]["diagnostics"][0]["students"] == 6
    assert QApplication.activeModalWidget() is None
