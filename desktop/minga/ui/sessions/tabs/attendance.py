"""The session's attendance: one status a member, with the rate so far."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from minga.domain import cycle_rules as rules
from minga.domain.vocab import AttendanceStatus
from minga.ui.widgets.fields import error_label, scroll_column, select_data
from minga.ui.widgets.text import percent, ratio_text

if TYPE_CHECKING:
    from minga.ui.editing.frame import EditorFrame

__all__ = ["AttendanceTab"]


class AttendanceTab(QWidget):
    """Attendance, part of the editor's payload (`attendance`: person id -> status)."""

    def __init__(self, editor: EditorFrame) -> None:
        super().__init__(editor)
        self.editor = editor
        self.boxes: dict[str, QComboBox] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, body, column = scroll_column(self, "sessionAttendanceBody")
        outer.addWidget(scroll)
        self.summary = QLabel(body)
        self.summary.setObjectName("attendanceSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.all_present_button = QPushButton(self.tr("Mark everyone present"), body)
        self.all_present_button.setObjectName("allPresent")
        self.all_present_button.clicked.connect(self.mark_all_present)
        column.addWidget(self.all_present_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.grid_host = QWidget(body)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 6, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(2, 1)
        column.addWidget(self.grid_host)
        self.error = error_label(body, "attendance")
        column.addWidget(self.error)
        editor.register_field("attendance", self.all_present_button, self.error)
        column.addStretch(1)

    def attendance_label(self, value: str) -> str:
        return {
            AttendanceStatus.PRESENT: self.tr("Present"),
            AttendanceStatus.ABSENT: self.tr("Absent"),
            AttendanceStatus.EXCUSED: self.tr("Excused"),
        }.get(value, value)

    def set_people(self, members: list[Any], recorded: list[Any]) -> None:
        """One row a member, and one for anyone recorded who is no longer a member."""
        grid = self.grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        people = [(m.id, m.name) for m in members]
        known = {pid for pid, _n in people}
        people += [(a.person_id, a.person_name) for a in recorded if a.person_id not in known]
        for row, (person_id, name) in enumerate(people):
            label = QLabel(name, self.grid_host)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox(self.grid_host)
            combo.setObjectName(f"attendance_{person_id}")
            combo.setAccessibleName(self.tr("Attendance of {name}").format(name=name))
            combo.addItem(self.tr("— not recorded"), "")
            for status in AttendanceStatus:
                combo.addItem(self.attendance_label(status), str(status))
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.boxes[person_id] = combo
        previous: QWidget = self.all_present_button
        for combo in self.boxes.values():
            QWidget.setTabOrder(previous, combo)
            previous = combo

    def payload(self) -> dict[str, Any]:
        return {
            "attendance": {
                pid: combo.currentData() for pid, combo in self.boxes.items() if combo.currentData()
            }
        }

    def fill(self, payload: dict[str, Any]) -> None:
        statuses = payload.get("attendance") or {}
        for person_id, combo in self.boxes.items():
            select_data(combo, statuses.get(person_id, ""))

    def set_read_only(self, read_only: bool) -> None:
        self.all_present_button.setVisible(not read_only)
        for combo in self.boxes.values():
            combo.setEnabled(not read_only)

    def mark_all_present(self) -> None:
        for combo in self.boxes.values():
            select_data(combo, str(AttendanceStatus.PRESENT))

    def _changed(self) -> None:
        self.editor.edited("attendance")
        self.refresh_summary()

    def refresh_summary(self) -> None:
        statuses = [c.currentData() for c in self.boxes.values() if c.currentData()]
        present = statuses.count(AttendanceStatus.PRESENT)
        ratio = rules.attendance_from_statuses(statuses)
        if not statuses:
            text = self.tr("Attendance not recorded yet.")
        else:
            text = self.tr("Attendance: {rate} ({present})").format(
                rate=percent(ratio.rate), present=ratio_text(present, ratio.denominator)
            )
        if not self.boxes:
            text = self.tr("No teachers in the microcentre yet: they join with the invitation.")
        self.summary.setText(text)
