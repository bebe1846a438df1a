"""The advisor's year plan (Sesiones, "Año escolar…"): the annual focus, the goal of
practices, the school calendar (first and last day, breaks and holidays), the suggested
monthly meeting day, and the year's sessions month by month with their Decreto 1.107
hours. A year without a saved plan shows the default Chilean calendar, to confirm or
edit (regional calendars differ).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain import school_year as sy
from minga.domain.errors import MingaError, ValidationError, ValidationErrors
from minga.domain.vocab import Role
from minga.services.year import YearPlanInfo, YearPlanInput, YearService
from minga.ui.context import UiContext
from minga.ui.widgets.text import day_text

__all__ = ["YearPlanDialog"]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class YearPlanDialog(QDialog):
    """One school year's plan; the advisor saves it, everyone else reads it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = YearService(ctx.workspace.db)
        self.can_edit = ctx.actor.role == Role.ADVISOR
        self.setObjectName("yearPlanDialog")
        self.setWindowTitle(self.tr("School year"))
        self.resize(760, 640)
        root = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(rules.school_year_of(ctx.today()))
        self.year_spin.valueChanged.connect(lambda _v: self.load())
        top.addWidget(self.year_spin)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("yearPlanState")
        self.state_label.setWordWrap(True)
        top.addWidget(self.state_label, 1)
        root.addLayout(top)

        form = QFormLayout()
        self.focus_edit = QLineEdit(self)
        self.focus_edit.setObjectName("yearFocus")
        self.focus_edit.setMaxLength(500)
        self.focus_edit.setPlaceholderText(self.tr("What the network works on this year"))
        form.addRow(self.tr("Annual focus"), self.focus_edit)
        self.goal_spin = QSpinBox(self)
        self.goal_spin.setObjectName("yearGoal")
        self.goal_spin.setRange(0, 100)
        self.goal_spin.setSuffix(self.tr(" practices"))
        form.addRow(self.tr("Goal: practices to share"), self.goal_spin)
        dates = QHBoxLayout()
        self.start_edit = QDateEdit(self)
        self.start_edit.setObjectName("yearStart")
        self.start_edit.setCalendarPopup(True)
        self.end_edit = QDateEdit(self)
        self.end_edit.setObjectName("yearEnd")
        self.end_edit.setCalendarPopup(True)
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form.addRow(self.tr("Classes"), dates)
        self.breaks_edit = QPlainTextEdit(self)
        self.breaks_edit.setObjectName("yearBreaks")
        self.breaks_edit.setPlaceholderText(self.tr("2026-06-22..2026-07-03 Winter break"))
        self.breaks_edit.setToolTip(
            self.tr(
                "One break or holiday a line: a day, or FROM..TO, then its name. No session "
                "is suggested on those days."
            )
        )
        self.breaks_edit.setFixedHeight(110)
        form.addRow(self.tr("Breaks and holidays"), self.breaks_edit)
        meeting = QHBoxLayout()
        self.week_combo = QComboBox(self)
        self.week_combo.setObjectName("yearWeek")
        for value, label in (
            (1, self.tr("first")),
            (2, self.tr("second")),
            (3, self.tr("third")),
            (4, self.tr("fourth")),
            (5, self.tr("last")),
        ):
            self.week_combo.addItem(label, value)
        self.weekday_combo = QComboBox(self)
        self.weekday_combo.setObjectName("yearWeekday")
        for value, label in enumerate(
            (
                self.tr("Monday"),
                self.tr("Tuesday"),
                self.tr("Wednesday"),
                self.tr("Thursday"),
                self.tr("Friday"),
            )
        ):
            self.weekday_combo.addItem(label, value)
        meeting.addWidget(self.week_combo)
        meeting.addWidget(self.weekday_combo)
        meeting.addWidget(QLabel(self.tr("of each month"), self))
        meeting.addStretch(1)
        form.addRow(self.tr("Monthly meeting"), meeting)
        root.addLayout(form)

        self.months_table = QTableWidget(0, 4, self)
        self.months_table.setObjectName("yearMonths")
        self.months_table.setHorizontalHeaderLabels(
            [self.tr("Month"), self.tr("Suggested date"), self.tr("Sessions"), self.tr("Hours")]
        )
        self.months_table.verticalHeader().hide()
        self.months_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.months_table.horizontalHeader().setStretchLastSection(True)
        self.months_table.setColumnWidth(2, 320)
        root.addWidget(self.months_table, 1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("yearPlanError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a12622")
        root.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.default_button = QPushButton(self.tr("Default calendar"), self)
        self.default_button.setObjectName("yearDefault")
        self.default_button.setToolTip(
            self.tr("Fill in the usual Chilean school year; check it against your region's")
        )
        self.default_button.clicked.connect(self.use_default)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("yearSave")
        self.save_button.clicked.connect(self.save)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        buttons.addButton(self.default_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        root.addWidget(buttons)
        for widget in (
            self.focus_edit,
            self.goal_spin,
            self.start_edit,
            self.end_edit,
            self.breaks_edit,
            self.week_combo,
            self.weekday_combo,
            self.default_button,
            self.save_button,
        ):
            widget.setEnabled(self.can_edit)
        self.load()

    # --- showing ---------------------------------------------------------------------------

    def load(self) -> None:
        try:
            info = self.service.get(self.year_spin.value())
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self.show_plan(info)

    def show_plan(self, info: YearPlanInfo) -> None:
        cal = info.calendar
        self.error_label.clear()
        self.state_label.setText(
            self.tr("Saved plan.")
            if info.confirmed
            else self.tr("Default calendar, not saved yet: check it and save it.")
        )
        self.focus_edit.setText(info.focus)
        self.goal_spin.setValue(info.goal)
        self.start_edit.setDate(_qdate(cal.starts_on))
        self.end_edit.setDate(_qdate(cal.ends_on))
        self._show_breaks(cal.breaks)
        self.week_combo.setCurrentIndex(max(0, self.week_combo.findData(cal.meeting_week)))
        self.weekday_combo.setCurrentIndex(max(0, self.weekday_combo.findData(cal.meeting_weekday)))
        self.months_table.setRowCount(len(info.months))
        for row, month in enumerate(info.months):
            day = dt.date(info.year, month.month, 1)
            sessions = "; ".join(
                self.tr("No. {number}, {date}").format(number=s.number, date=day_text(s.date))
                for s in month.sessions
            )
            hours = (
                self.tr("{hours} of {allowance} h").format(
                    hours=f"{month.hours.hours:g}", allowance=rules.MONTHLY_ALLOWANCE_HOURS
                )
                if month.hours is not None
                else ""
            )
            cells = (
                day.strftime("%Y-%m"),
                day_text(month.suggested) if month.suggested else "—",
                sessions or self.tr("no session yet"),
                hours,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and month.hours is not None and month.hours.over:
                    item.setToolTip(self.tr("Over the monthly allowance of Decreto 1.107"))
                self.months_table.setItem(row, column, item)

    def _show_breaks(self, breaks: tuple[sy.Break, ...] | list[sy.Break]) -> None:
        lines = []
        for item in breaks:
            span = item.start.isoformat()
            if item.end != item.start:
                span += ".." + item.end.isoformat()
            label = QCoreApplication.translate("year", item.label) if item.label else ""
            lines.append(f"{span} {label}".rstrip())
        self.breaks_edit.setPlainText("\n".join(lines))

    def use_default(self) -> None:
        default = self.service.default(self.year_spin.value())
        assert default.starts_on is not None
        assert default.ends_on is not None
        self.start_edit.setDate(_qdate(default.starts_on))
        self.end_edit.setDate(_qdate(default.ends_on))
        self._show_breaks(default.breaks or [])
        self.week_combo.setCurrentIndex(self.week_combo.findData(default.meeting_week))
        self.weekday_combo.setCurrentIndex(self.weekday_combo.findData(default.meeting_weekday))

    # --- saving ------------------------------------------------------------------------------

    def breaks(self) -> list[sy.Break]:
        """The breaks as typed: `FROM..TO label` or `DAY label`, one a line."""
        result = []
        errors: list[ValidationError] = []
        for line in self.breaks_edit.toPlainText().splitlines():
            text = line.strip()
            if not text:
                continue
            spec, _, label = text.partition(" ")
            try:
                result.append(sy.parse_break(f"{spec}={label.strip()}"))
            except ValidationError as exc:
                errors.append(exc)
        if errors:
            raise ValidationErrors(errors)
        return result

    def save(self) -> bool:
        try:
            info = self.service.set(
                YearPlanInput(
                    year=self.year_spin.value(),
                    focus=self.focus_edit.text(),
                    goal=self.goal_spin.value(),
                    starts_on=_date(self.start_edit.date()),
                    ends_on=_date(self.end_edit.date()),
                    breaks=self.breaks(),
                    meeting_week=int(self.week_combo.currentData()),
                    meeting_weekday=int(self.weekday_combo.currentData()),
                )
            )
        except ValidationErrors as exc:
            self.error_label.setText(exc.message())
            return False
        except MingaError as exc:
            self.error_label.setText(exc.message())
            return False
        self.show_plan(info)
        self.ctx.bridge.info(self.tr("Year plan {year} saved.").format(year=info.year))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not close the dialog with what was typed unsaved.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
