"""Indicadores › Estudiantes: the students' figures per school and level of the year
(counts only, never names) in a table and one attendance run chart per level, and the
"Resultados de mis estudiantes…" dialog where a teacher records her school's month (the
advisor any school's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain.errors import MingaError, ValidationError, ValidationErrors
from minga.domain.vocab import LEVEL_LABELS, LEVELS, Role
from minga.services.students import (
    ATTENDANCE,
    DIAGNOSTIC,
    LevelYear,
    StudentFiguresInput,
    StudentFiguresService,
)
from minga.ui.charts import RunChartView
from minga.ui.context import UiContext
from minga.ui.widgets.fields import show_text
from minga.ui.widgets.table import Column, ColumnFitter, RowsModel, fit_table_height, setup_table
from minga.ui.widgets.text import vocab

__all__ = ["StudentFiguresDialog", "StudentFiguresSection"]

# The achievement levels most shared diagnostics report (the person may rename them).
DEFAULT_ACHIEVEMENT = ("Insatisfactorio", "Elemental", "Adecuado")
ACHIEVEMENT_ROWS = 4


def _level_text(level: str) -> str:
    return vocab(LEVEL_LABELS[level]) if level in LEVEL_LABELS else level


def _one_decimal(value: float | None) -> str:
    """`84.6` -> "84,6%" in Spanish ("86%" for a whole number); "—" for none."""
    if value is None:
        return "—"
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value)) + "%"
    return locale.toString(float(value), "f", 1) + "%"


class StudentFiguresSection(QWidget):
    """The table and the run charts of `Indicators.students`, and the button that opens
    the dialog."""

    recorded = Signal()
    """Figures were saved from the dialog (the page computes again)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studentFigures")
        self.ctx = ctx
        self.levels: list[LevelYear] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.note = QLabel(self)
        self.note.setObjectName("studentFiguresNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        top.addWidget(self.note, 1)
        self.record_button = QPushButton(
            self.tr("Students' figures…")
            if ctx.actor.role == Role.ADVISOR
            else self.tr("My students' results…"),
            self,
        )
        self.record_button.setObjectName("recordStudentFigures")
        self.record_button.clicked.connect(self.open_dialog)
        top.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("School"), lambda f: f.school),
                Column(lambda: self.tr("Level"), lambda f: _level_text(f.level)),
                Column(
                    lambda: self.tr("Students"),
                    lambda f: str(f.students) if f.students else "—",
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(
                    lambda: self.tr("Attendance (mean of the months)"),
                    lambda f: _one_decimal(f.mean_attendance),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(lambda: self.tr("Diagnostics"), self._diagnostics_text),
            ],
            self,
        )
        self.table = QTableView(self)
        setup_table(self.table, "studentFiguresTable", self.tr("Students' figures per level"))
        self.table.setModel(self.model)
        self.fitter = ColumnFitter(self.table, 4, ())
        column.addWidget(self.table)
        self.charts_host = QWidget(self)
        self.charts_layout = QGridLayout(self.charts_host)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.charts_layout.setHorizontalSpacing(24)
        column.addWidget(self.charts_host)
        self.charts: list[RunChartView] = []

    def _diagnostics_text(self, figures: LevelYear) -> str:
        parts = []
        for month, name, students, achieved in figures.diagnostics:
            counts = ", ".join(f"{label} {count}" for label, count in achieved)
            parts.append(
                self.tr("{name} ({month}, {students} students): {counts}").format(
                    name=name, month=month, students=students, counts=counts
                )
            )
        return "; ".join(parts) or "—"

    def show_levels(self, levels: tuple[Any, ...] | list[Any]) -> None:
        self.levels = list(levels)
        self.note.setText(
            self.tr(
                "Counts per school and level, never names. Attendance: the month's "
                "percentage; diagnostics: students per level of achievement."
            )
            if self.levels
            else self.tr("No students' figures recorded for this year yet.")
        )
        self.model.set_rows(self.levels)
        fit_table_height(self.table, len(self.levels), least=1, most=12)
        for chart in self.charts:
            self.charts_layout.removeWidget(chart)
            chart.deleteLater()
        self.charts = []
        with_points = [f for f in self.levels if f.attendance]
        for index, figures in enumerate(with_points):
            chart = RunChartView(self.charts_host)
            chart.setObjectName(f"studentRunChart_{figures.school_id}_{figures.level}")
            title = self.tr("Attendance, {school} {level}").format(
                school=figures.school, level=_level_text(figures.level)
            )
            chart.setAccessibleName(title)
            chart.setToolTip(title)
            chart.set_texts(median=self.tr("Median"), shift=self.tr("Shift"), value=title)
            values = [p for _m, p in figures.attendance]
            run = rules.run_chart(values, baseline=rules.BASELINE_DEFAULT)
            chart.set_data(
                [m for m, _p in figures.attendance],
                values,
                run.median,
                [(s.start, s.end) for s in run.shifts],
            )
            self.charts_layout.addWidget(chart, index // 2, index % 2)
            self.charts.append(chart)

    def open_dialog(self) -> None:
        dialog = StudentFiguresDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.recorded)
        dialog.open()


class StudentFiguresDialog(QDialog):
    """One month of one level: its attendance, or a shared diagnostic's results."""

    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studentFiguresDialog")
        self.setWindowTitle(self.tr("My students' results"))
        self.ctx = ctx
        self.service = StudentFiguresService(ctx.workspace.db)
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Counts only: never write a student's name. Recording a month again "
                "replaces its figures."
            ),
            self,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        self.school_combo = QComboBox(self)
        self.school_combo.setObjectName("studentSchool")
        for school_id, name in self._schools():
            self.school_combo.addItem(name, school_id)
        form.addRow(self.tr("&School"), self.school_combo)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("studentLevel")
        for code in LEVELS:
            self.level_combo.addItem(_level_text(code), code)
        form.addRow(self.tr("&Level"), self.level_combo)
        self.month_edit = QLineEdit(ctx.today().strftime("%Y-%m"), self)
        self.month_edit.setObjectName("studentMonth")
        self.month_edit.setPlaceholderText("2026-04")
        form.addRow(self.tr("&Month (year-month)"), self.month_edit)
        measures = QHBoxLayout()
        self.attendance_radio = QRadioButton(self.tr("&Attendance"), self)
        self.attendance_radio.setObjectName("measureAttendance")
        self.diagnostic_radio = QRadioButton(self.tr("&Diagnostic"), self)
        self.diagnostic_radio.setObjectName("measureDiagnostic")
        self.attendance_radio.setChecked(True)
        self.attendance_radio.toggled.connect(self._measure_changed)
        measures.addWidget(self.attendance_radio)
        measures.addWidget(self.diagnostic_radio)
        measures.addStretch(1)
        form.addRow(self.tr("Measure"), measures)
        self.percent_spin = QDoubleSpinBox(self)
        self.percent_spin.setObjectName("studentAttendance")
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setDecimals(1)
        self.percent_spin.setSuffix(" %")
        self.percent_label = QLabel(self.tr("Attendance of the &month"), self)
        self.percent_label.setBuddy(self.percent_spin)
        form.addRow(self.percent_label, self.percent_spin)
        self.students_spin = QSpinBox(self)
        self.students_spin.setObjectName("studentCount")
        self.students_spin.setRange(0, 10_000)
        self.students_label = QLabel(self.tr("S&tudents in the level"), self)
        self.students_label.setBuddy(self.students_spin)
        form.addRow(self.students_label, self.students_spin)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("diagnosticName")
        self.name_label = QLabel(self.tr("Diagnostic's &name"), self)
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        self.achievement_host = QWidget(self)
        grid = QGridLayout(self.achievement_host)
        grid.setContentsMargins(0, 0, 0, 0)
        self.achievement_rows: list[tuple[QLineEdit, QSpinBox]] = []
        for row in range(ACHIEVEMENT_ROWS):
            label_edit = QLineEdit(
                DEFAULT_ACHIEVEMENT[row] if row < len(DEFAULT_ACHIEVEMENT) else "", self
            )
            label_edit.setObjectName(f"achievementLabel{row}")
            label_edit.setAccessibleName(self.tr("Level of achievement {n}").format(n=row + 1))
            count = QSpinBox(self)
            count.setObjectName(f"achievementCount{row}")
            count.setRange(0, 10_000)
            count.setAccessibleName(self.tr("Students at level {n}").format(n=row + 1))
            grid.addWidget(label_edit, row, 0)
            grid.addWidget(count, row, 1)
            self.achievement_rows.append((label_edit, count))
        self.achievement_label = QLabel(self.tr("Students per level of achievement"), self)
        form.addRow(self.achievement_label, self.achievement_host)
        column.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("studentFiguresError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a00000;")
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveStudentFigures")
        self.save_button.setDefault(True)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeStudentFigures")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self._measure_changed()
        self.school_combo.setFocus()

    def _schools(self) -> list[tuple[str, str]]:
        """The advisor: every school of the network; a teacher: her own."""
        return self.service.schools_for(
            None if self.ctx.actor.role == Role.ADVISOR else self.ctx.actor.school_id or ""
        )

    def _measure_changed(self) -> None:
        attendance = self.attendance_radio.isChecked()
        for widget in (self.percent_label, self.percent_spin, self.students_label):
            widget.setVisible(attendance)
        self.students_spin.setVisible(attendance)
        for widget in (self.name_label, self.name_edit, self.achievement_label):
            widget.setVisible(not attendance)
        self.achievement_host.setVisible(not attendance)

    def data(self) -> StudentFiguresInput:
        attendance = self.attendance_radio.isChecked()
        achievement = {
            label.text().strip(): count.value()
            for label, count in self.achievement_rows
            if label.text().strip()
        }
        return StudentFiguresInput(
            school_id=self.school_combo.currentData() or "",
            level=self.level_combo.currentData() or "",
            period=self.month_edit.text(),
            measure=ATTENDANCE if attendance else DIAGNOSTIC,
            name="" if attendance else self.name_edit.text(),
            students=self.students_spin.value(),
            attendance_percent=self.percent_spin.value() if attendance else None,
            achievement={} if attendance else achievement,
        )

    def save(self) -> bool:
        show_text(self.error_label, "")
        if not self.school_combo.count():
            show_text(
                self.error_label,
                self.tr("Your school is not known here: set it in Mis datos first."),
            )
            return False
        try:
            self.service.record(self.data())
        except (ValidationErrors, ValidationError) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            show_text(self.error_label, "\n".join(e.message() for e in errors))
            return False
        except MingaError as exc:
            show_text(self.error_label, exc.message())
            return False
        self.saved.emit()
        self.accept()
        return True
