"""The editor of a PHEA improvement cycle (Planear, Hacer, Estudiar, Ajustar).

One tab per stage and one for what the cycle links to. The Study tab holds the
indicator's data points per period (an editable table) and the run chart drawn from
them as they are typed: the median line and, in orange, the points of a shift (6 or
more consecutive points on one side of the median). Save (Ctrl+S) writes what changed;
"Next stage" saves first and then moves the cycle one step (the service checks that the
stage's content is there).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import CycleDecision
from minga.domain.errors import MingaError
from minga.domain.validation import TITLE_MAX
from minga.domain.vocab import VISIBILITY_LABELS, CycleStage, Visibility
from minga.services.improvement import CycleInfo, CycleInput, DataPoint
from minga.services.practices import PracticeRow
from minga.ui.context import UiContext
from minga.ui.editing.frame import EditorFrame
from minga.ui.improvement.study import CycleStudyTab, ValueDelegate
from minga.ui.widgets.fields import (
    banner,
    date_edit,
    error_label,
    field_label,
    plain_text_edit,
    scroll_column,
    select_data,
    show_text,
)
from minga.ui.widgets.picker import PracticePicker
from minga.ui.widgets.scroll import reflow_on_large_text
from minga.ui.widgets.table import Column, RowsModel, fit_table_height, setup_table
from minga.ui.widgets.text import day_text, py_date, qdate, vocab

__all__ = ["CYCLE_DRAFT_KIND", "CycleEditor", "ValueDelegate"]

CYCLE_DRAFT_KIND = "improvement_cycle"
PLAN_TAB, DO_TAB, STUDY_TAB, ADJUST_TAB, LINKS_TAB = range(5)


class StageBar(QWidget):
    """Plan → Do → Study → Adjust, the current stage in bold and highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.labels: dict[str, QLabel] = {}
        for number, stage in enumerate(rules.STAGE_ORDER):
            if number:
                arrow = QLabel("→", self)
                arrow.setAccessibleName("")
                layout.addWidget(arrow)
            label = QLabel(self)
            label.setObjectName(f"stage_{stage.value}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMargin(4)
            layout.addWidget(label)
            self.labels[stage.value] = label
        layout.addStretch(1)

    def set_texts(self, texts: dict[str, str]) -> None:
        for stage, label in self.labels.items():
            label.setText(texts[stage])

    def set_current(self, stage: str) -> None:
        for key, label in self.labels.items():
            font = QFont(label.font())
            font.setBold(key == stage)
            label.setFont(font)
            label.setStyleSheet(
                "QLabel { background: #2e7d32; color: white; border-radius: 4px; }"
                if key == stage
                else ""
            )


class CycleEditor(CycleStudyTab, EditorFrame):
    """One improvement cycle: plan, do, study (data and run chart), adjust, links."""

    draft_kind = CYCLE_DRAFT_KIND

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self._info: CycleInfo | None = None
        self._practice_titles: dict[str, str] = {}
        self._sessions: list[Any] = []
        super().__init__(ctx, parent)
        self.setObjectName("cycleEditor")
        self.stage_bar.set_texts(self.stage_texts())
        chain = [
            self.title_edit,
            self.started_check,
            self.started_edit,
            self.visibility_combo,
            self.previous_button,
            self.next_button,
            self.tabs.tabBar(),
            self.aim_edit,
            self.change_edit,
            self.prediction_edit,
            self.indicator_edit,
            self.save_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.new_cycle()

    # --- building ------------------------------------------------------------------------

    def build_content(self) -> QWidget:
        host = QWidget(self)
        column = QVBoxLayout(host)
        column.setContentsMargins(12, 0, 12, 0)
        column.setSpacing(4)
        self.title_edit = QLineEdit(host)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("For example: Attendance at the sessions"))
        self.title_edit.textEdited.connect(lambda _t: self.edited("title"))
        self.add_field(column, "title", self.tr("Title"), self.title_edit, required=True)

        row = QWidget(host)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.started_check = QCheckBox(self.tr("Start date"), row)
        self.started_check.setObjectName("startedSet")
        self.started_check.toggled.connect(self._started_toggled)
        self.started_edit = date_edit(row, "started_on", self.tr("Start date"), self.ctx.today())
        self.started_edit.dateChanged.connect(lambda _d: self.edited("started_on"))
        self.visibility_combo = QComboBox(row)
        self.visibility_combo.setObjectName("visibility")
        self.visibility_combo.setAccessibleName(self.tr("Who can see it"))
        for value, label in VISIBILITY_LABELS.items():
            self.visibility_combo.addItem(vocab(label), str(value))
        self.visibility_combo.currentIndexChanged.connect(lambda _i: self.edited("visibility"))
        started_error = error_label(row, "started_on")
        visibility_error = error_label(row, "visibility")
        grid.addWidget(self.started_check, 0, 0)
        grid.addWidget(self.started_edit, 1, 0)
        grid.addWidget(started_error, 2, 0)
        grid.addWidget(field_label(self.tr("Who can see it"), self.visibility_combo, row), 0, 1)
        grid.addWidget(self.visibility_combo, 1, 1)
        grid.addWidget(visibility_error, 2, 1)
        grid.setColumnStretch(2, 1)
        self.register_field("started_on", self.started_edit, started_error)
        self.register_field("visibility", self.visibility_combo, visibility_error)
        column.addWidget(row)

        stages = QHBoxLayout()
        self.stage_bar = StageBar(host)
        self.stage_bar.setObjectName("stageBar")
        self.previous_button = QPushButton(self.tr("Previous stage"), host)
        self.previous_button.setObjectName("previousStage")
        self.previous_button.clicked.connect(lambda: self.move_stage(-1))
        self.next_button = QPushButton(self.tr("Next stage"), host)
        self.next_button.setObjectName("nextStage")
        self.next_button.clicked.connect(lambda: self.move_stage(1))
        stages.addWidget(self.stage_bar, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.next_button)
        moves.addStretch(1)
        stages.addLayout(moves)
        column.addLayout(stages)
        # The buttons under the stages when both do not fit on one line (200 % text):
        # nothing to scroll sideways.
        reflow_on_large_text(host, stages, when_narrow=True)
        self.stage_error = error_label(host, "stage")
        column.addWidget(self.stage_error)
        self.register_field("stage", self.next_button, self.stage_error)

        self.tabs = QTabWidget(host)
        self.tabs.setObjectName("cycleTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setUsesScrollButtons(True)
        self.tabs.addTab(self._build_plan(), self.tr("Plan"))
        self.tabs.addTab(self._build_do(), self.tr("Do"))
        self.tabs.addTab(self._build_study(), self.tr("Study"))
        self.tabs.addTab(self._build_adjust(), self.tr("Adjust"))
        self.tabs.addTab(self._build_links(), self.tr("Links"))
        column.addWidget(self.tabs, 1)
        return host

    def _build_plan(self) -> QWidget:
        scroll, body, column = scroll_column(self, "cyclePlanBody")
        self.aim_edit = plain_text_edit(body, "aim", self.tr("Aim"), lines=2, most=5)
        self.aim_edit.setPlaceholderText(
            self.tr("What do we want to improve, by how much and by when?")
        )
        self.aim_edit.textChanged.connect(lambda: self.edited("aim"))
        self.add_field(column, "aim", self.tr("Aim"), self.aim_edit)
        self.change_edit = plain_text_edit(
            body, "change_idea", self.tr("Change idea"), lines=2, most=5
        )
        self.change_edit.setPlaceholderText(self.tr("What will we try?"))
        self.change_edit.textChanged.connect(lambda: self.edited("change_idea"))
        self.add_field(column, "change_idea", self.tr("Change idea"), self.change_edit)
        self.prediction_edit = plain_text_edit(
            body, "prediction", self.tr("Prediction"), lines=2, most=5
        )
        self.prediction_edit.setPlaceholderText(self.tr("What do we expect to happen?"))
        self.prediction_edit.textChanged.connect(lambda: self.edited("prediction"))
        self.add_field(column, "prediction", self.tr("Prediction"), self.prediction_edit)
        self.indicator_edit = QLineEdit(body)
        self.indicator_edit.setObjectName("indicator")
        self.indicator_edit.setMaxLength(300)
        self.indicator_edit.setAccessibleName(self.tr("Indicator"))
        self.indicator_edit.setPlaceholderText(
            self.tr("For example: % of teachers present at each session")
        )
        self.indicator_edit.textEdited.connect(lambda _t: self.edited("indicator"))
        self.add_field(column, "indicator", self.tr("Indicator"), self.indicator_edit)
        column.addStretch(1)
        return scroll

    def _build_do(self) -> QWidget:
        scroll, body, column = scroll_column(self, "cycleDoBody")
        self.do_edit = plain_text_edit(body, "do_notes", self.tr("What was done"), lines=6, most=20)
        self.do_edit.setPlaceholderText(self.tr("What we did, when, and anything unexpected."))
        self.do_edit.textChanged.connect(lambda: self.edited("do_notes"))
        self.add_field(column, "do_notes", self.tr("What was done"), self.do_edit)
        column.addStretch(1)
        return scroll

    def _build_adjust(self) -> QWidget:
        scroll, body, column = scroll_column(self, "cycleAdjustBody")
        self.adjust_note = banner(body, "adjustNote")
        column.addWidget(self.adjust_note)
        self.decision_group = QButtonGroup(self)
        self.decision_buttons: dict[str, QRadioButton] = {}
        decisions = QVBoxLayout()
        for value in CycleDecision:
            button = QRadioButton(self.decision_text(value), body)
            button.setObjectName(f"decision_{value.value}")
            self.decision_group.addButton(button)
            self.decision_buttons[value.value] = button
            button.toggled.connect(lambda _on: self.edited("decision"))
            decisions.addWidget(button)
        label = field_label(self.tr("Decision"), self.decision_buttons["adopt"], body)
        column.addWidget(label)
        column.addLayout(decisions)
        decision_error = error_label(body, "decision")
        column.addWidget(decision_error)
        self.register_field("decision", self.decision_buttons["adopt"], decision_error)
        self.adjust_edit = plain_text_edit(
            body, "adjust_notes", self.tr("Adjustment notes"), lines=3, most=10
        )
        self.adjust_edit.textChanged.connect(lambda: self.edited("adjust_notes"))
        self.add_field(column, "adjust_notes", self.tr("Adjustment notes"), self.adjust_edit)
        column.addStretch(1)
        return scroll

    def _build_links(self) -> QWidget:
        scroll, body, column = scroll_column(self, "cycleLinksBody")
        self.linked_model = RowsModel(
            [Column(lambda: self.tr("Linked practice"), lambda pair: pair[1])],
            self,
            id_of=lambda pair: pair[0],
        )
        self.linked_table = QTableView(body)
        setup_table(self.linked_table, "linkedPractices", self.tr("Linked practices"))
        self.linked_table.setModel(self.linked_model)
        self.linked_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_field(column, "practices", self.tr("Linked practices"), self.linked_table)
        self.unlink_button = QPushButton(self.tr("Unlink practice"), body)
        self.unlink_button.setObjectName("unlinkPractice")
        self.unlink_button.clicked.connect(self.unlink_practice)
        column.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.picker = PracticePicker(self.ctx, body)
        self.picker.chosen.connect(self.link_practice)
        self.picker_label = field_label(
            self.tr("Link a practice (type to search, Enter to link)"),
            self.picker.search_edit,
            body,
        )
        column.addWidget(self.picker_label)
        column.addWidget(self.picker)
        self.sessions_list = QListWidget(body)
        self.sessions_list.setObjectName("linkedSessions")
        self.sessions_list.setAccessibleName(self.tr("Linked sessions"))
        self.sessions_list.itemChanged.connect(lambda _item: self.edited("sessions"))
        self.add_field(
            column, "sessions", self.tr("Linked sessions (tick them)"), self.sessions_list
        )
        column.addStretch(1)
        return scroll

    # --- words ---------------------------------------------------------------------------

    def stage_texts(self) -> dict[str, str]:
        return {
            CycleStage.PLAN.value: self.tr("Plan"),
            CycleStage.DO.value: self.tr("Do"),
            CycleStage.STUDY.value: self.tr("Study"),
            CycleStage.ADJUST.value: self.tr("Adjust"),
        }

    def decision_text(self, value: str) -> str:
        return {
            CycleDecision.ADOPT: self.tr("Adopt: keep the change as it is"),
            CycleDecision.ADAPT: self.tr("Adapt: change it and start a new turn"),
            CycleDecision.ABANDON: self.tr("Abandon: let it go"),
        }.get(value, value)

    # --- loading -------------------------------------------------------------------------

    @property
    def info(self) -> CycleInfo | None:
        return self._info

    def _load_sessions(self) -> None:
        try:
            self._sessions = list(reversed(self.ctx.sessions.list_sessions()))
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            self._sessions = []
        with self.loading():
            self.sessions_list.clear()
            for row in self._sessions:
                item = QListWidgetItem(
                    f"{day_text(row.date)} · {row.number}. {row.title}", self.sessions_list
                )
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Unchecked)
        fit = min(8, max(3, len(self._sessions)))
        self.sessions_list.setFixedHeight(
            fit * max(self.sessions_list.sizeHintForRow(0), self.fontMetrics().height() + 6)
            + 2 * self.sessions_list.frameWidth()
            + 4
        )

    def _empty_payload(self) -> dict[str, Any]:
        return {
            "title": "",
            "started_on": None,
            "visibility": str(Visibility.NETWORK),
            "aim": "",
            "change_idea": "",
            "prediction": "",
            "indicator": "",
            "do_notes": "",
            "data_points": [],
            "study_notes": "",
            "decision": "",
            "adjust_notes": "",
            "practice_ids": [],
            "session_ids": [],
        }

    def new_cycle(self) -> None:
        if self.drafts is not None:
            self.drafts.forget()
        self._info = None
        self.record_id = None
        self._practice_titles = {}
        self._load_sessions()
        self.clear_errors()
        self.status_label.clear()
        self.heading.setText(self.tr("New improvement cycle"))
        self.show_notice("")
        self.set_read_only(False)
        self.set_baseline(self._empty_payload())
        self._apply_stage(CycleStage.PLAN.value)
        self.tabs.setCurrentIndex(PLAN_TAB)

    def load_cycle(self, info: CycleInfo, *, keep_tab: bool = False) -> None:
        if self.drafts is not None:
            self.drafts.forget()
        self._info = info
        self.record_id = info.id
        self._load_sessions()
        self._practice_titles = {}
        for practice_id in info.practice_ids:
            try:
                self._practice_titles[practice_id] = self.ctx.practices.get(practice_id).data.title
            except MingaError:
                self._practice_titles[practice_id] = practice_id
        self.clear_errors()
        self.status_label.clear()
        self.heading.setText(info.title)
        self.set_read_only(not info.is_mine)
        self.show_notice(
            ""
            if info.is_mine
            else self.tr("This cycle is {owner}'s; you can read it.").format(owner=info.owner_name)
        )
        self.set_baseline(self._payload_of(info))
        self.baseline_spin.blockSignals(True)
        self.baseline_spin.setValue(info.baseline_points)
        self.baseline_spin.blockSignals(False)
        if info.is_mine and self.drafts is not None:
            draft = self.drafts.for_record(info.id)
            if draft is not None:
                self.apply_draft(draft)
        self._apply_stage(info.stage)
        if not keep_tab:
            self.tabs.setCurrentIndex(rules.STAGE_ORDER.index(CycleStage(info.stage)))

    def load_draft(self, draft: Any) -> None:
        if draft.record_id:
            try:
                info = self.ctx.improvement.get(draft.record_id)
            except MingaError:
                info = None
            if info is not None and info.is_mine:
                self.load_cycle(info)
                if self.draft_id != draft.id:
                    self.apply_draft(draft)
                return
        self.new_cycle()
        self.apply_draft(draft)

    def _payload_of(self, info: CycleInfo) -> dict[str, Any]:
        return {
            "title": info.title,
            "started_on": info.started_on.isoformat() if info.started_on else None,
            "visibility": info.visibility,
            "aim": info.aim,
            "change_idea": info.change_idea,
            "prediction": info.prediction,
            "indicator": info.indicator,
            "do_notes": info.do_notes,
            "data_points": [{"period": p.period, "value": p.value} for p in info.data_points],
            "study_notes": info.study_notes,
            "decision": info.decision or "",
            "adjust_notes": info.adjust_notes,
            "practice_ids": list(info.practice_ids),
            "session_ids": sorted(info.session_ids),
        }

    def _apply_stage(self, stage: str) -> None:
        self.stage_bar.set_current(stage)
        read_only = self.is_read_only
        index = rules.STAGE_ORDER.index(CycleStage(stage))
        saved = self._info is not None
        self.previous_button.setVisible(saved and not read_only)
        self.next_button.setVisible(saved and not read_only)
        self.previous_button.setEnabled(index > 0)
        at_end = index == len(rules.STAGE_ORDER) - 1
        self.next_button.setText(self.tr("Start a new turn") if at_end else self.tr("Next stage"))
        adjusting = stage == CycleStage.ADJUST.value
        for button in self.decision_buttons.values():
            button.setEnabled(adjusting and not read_only)
        self.adjust_edit.setReadOnly(read_only or not adjusting)
        show_text(
            self.adjust_note,
            ""
            if adjusting
            else self.tr("The decision is taken in the Adjust stage, after studying the data."),
        )
        for edit in (self.title_edit, self.indicator_edit):
            edit.setReadOnly(read_only)
        for edit in (
            self.aim_edit,
            self.change_edit,
            self.prediction_edit,
            self.do_edit,
            self.study_edit,
        ):
            edit.setReadOnly(read_only)
        self.started_check.setEnabled(not read_only)
        self.started_edit.setReadOnly(read_only)
        self.visibility_combo.setEnabled(not read_only)
        for widget in (self.add_point_button, self.remove_point_button, self.unlink_button):
            widget.setVisible(not read_only)
        self.baseline_spin.setEnabled(not read_only)
        self.change_button.setVisible(not read_only)
        self.picker.setVisible(not read_only)
        self.picker_label.setVisible(not read_only)
        self.points_table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for row in range(self.sessions_list.count()):
            item = self.sessions_list.item(row)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            with self.loading():
                item.setFlags(flags)

    # --- the payload -----------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        decision = next((v for v, b in self.decision_buttons.items() if b.isChecked()), "")
        return {
            "title": self.title_edit.text(),
            "started_on": py_date(self.started_edit.date()).isoformat()
            if self.started_check.isChecked()
            else None,
            "visibility": self.visibility_combo.currentData() or str(Visibility.NETWORK),
            "aim": self.aim_edit.toPlainText(),
            "change_idea": self.change_edit.toPlainText(),
            "prediction": self.prediction_edit.toPlainText(),
            "indicator": self.indicator_edit.text(),
            "do_notes": self.do_edit.toPlainText(),
            "data_points": self.data_points(),
            "study_notes": self.study_edit.toPlainText(),
            "decision": decision,
            "adjust_notes": self.adjust_edit.toPlainText(),
            "practice_ids": [pair[0] for pair in self.linked_model.rows()],
            "session_ids": sorted(
                self.sessions_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.sessions_list.count())
                if self.sessions_list.item(row).checkState() == Qt.CheckState.Checked
            ),
        }

    def draft_title(self) -> str:
        return self.title_edit.text().strip() or self.tr("New improvement cycle")

    def fill(self, payload: dict[str, Any]) -> None:
        self.title_edit.setText(str(payload.get("title") or ""))
        self.title_edit.setCursorPosition(0)
        started = payload.get("started_on")
        self.started_check.setChecked(bool(started))
        try:
            day = dt.date.fromisoformat(str(started)) if started else self.ctx.today()
        except ValueError:
            day = self.ctx.today()
        self.started_edit.setDate(qdate(day))
        self.started_edit.setEnabled(bool(started))
        select_data(self.visibility_combo, payload.get("visibility"))
        self.aim_edit.setPlainText(str(payload.get("aim") or ""))
        self.change_edit.setPlainText(str(payload.get("change_idea") or ""))
        self.prediction_edit.setPlainText(str(payload.get("prediction") or ""))
        self.indicator_edit.setText(str(payload.get("indicator") or ""))
        self.indicator_edit.setCursorPosition(0)
        self.do_edit.setPlainText(str(payload.get("do_notes") or ""))
        self.points_model.removeRows(0, self.points_model.rowCount())
        for point in payload.get("data_points") or []:
            self._append_point(str(point.get("period", "")), point.get("value"))
        self.points_model.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Value")])
        self.study_edit.setPlainText(str(payload.get("study_notes") or ""))
        self.decision_group.setExclusive(False)
        for value, button in self.decision_buttons.items():
            button.setChecked(value == payload.get("decision"))
        self.decision_group.setExclusive(True)
        self.adjust_edit.setPlainText(str(payload.get("adjust_notes") or ""))
        linked = list(payload.get("practice_ids") or [])
        for practice_id in linked:
            if practice_id not in self._practice_titles:
                try:
                    self._practice_titles[practice_id] = self.ctx.practices.get(
                        practice_id
                    ).data.title
                except MingaError:
                    self._practice_titles[practice_id] = practice_id
        self.linked_model.set_rows([(pid, self._practice_titles.get(pid, pid)) for pid in linked])
        fit_table_height(self.linked_table, len(linked), least=2, most=6)
        self.picker.exclude(linked)
        sessions = set(payload.get("session_ids") or [])
        for row in range(self.sessions_list.count()):
            item = self.sessions_list.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in sessions
                else Qt.CheckState.Unchecked
            )
        self._update_chart()

    def _started_toggled(self, on: bool) -> None:
        self.started_edit.setEnabled(on)
        self.edited("started_on")

    # --- links ---------------------------------------------------------------------------

    def link_practice(self, row: PracticeRow) -> None:
        if self.is_read_only:
            return
        rows = self.linked_model.rows()
        if any(pid == row.id for pid, _t in rows):
            return
        self._practice_titles[row.id] = row.title
        rows.append((row.id, row.title))
        self.linked_model.set_rows(rows)
        fit_table_height(self.linked_table, len(rows), least=2, most=6)
        self.picker.exclude(pid for pid, _t in rows)
        self.picker.search_edit.clear()
        self.edited("practices")

    def unlink_practice(self) -> None:
        index = self.linked_table.currentIndex()
        if self.is_read_only or not index.isValid():
            return
        rows = self.linked_model.rows()
        del rows[index.row()]
        self.linked_model.set_rows(rows)
        self.picker.exclude(pid for pid, _t in rows)
        self.edited("practices")

    # --- saving --------------------------------------------------------------------------

    def cycle_input(self) -> CycleInput:
        data = self.payload()
        return CycleInput(
            title=data["title"],
            aim=data["aim"],
            change_idea=data["change_idea"],
            prediction=data["prediction"],
            indicator=data["indicator"],
            started_on=dt.date.fromisoformat(data["started_on"]) if data["started_on"] else None,
            practice_ids=data["practice_ids"],
            session_ids=data["session_ids"],
            visibility=data["visibility"],
        )

    def store(self) -> bool:
        data = self.payload()
        base = self._baseline
        service = self.ctx.improvement
        plan_keys = (
            "title",
            "started_on",
            "visibility",
            "aim",
            "change_idea",
            "prediction",
            "indicator",
            "practice_ids",
            "session_ids",
        )
        if self.record_id is None:
            info = service.create(self.cycle_input())
            self.record_id = info.id
        else:
            info = None
            if any(data[k] != base.get(k) for k in plan_keys):
                info = service.update_plan(self.record_id, self.cycle_input())
        cycle_id = self.record_id
        if data["do_notes"] != base.get("do_notes"):
            info = service.record_do(cycle_id, data["do_notes"])
        if data["data_points"] != base.get("data_points"):
            info = service.set_data_points(
                cycle_id, [DataPoint(p["period"], p["value"]) for p in data["data_points"]]
            )
        if data["study_notes"] != base.get("study_notes"):
            info = service.record_study(cycle_id, data["study_notes"])
        adjusted = (data["decision"], data["adjust_notes"]) != (
            base.get("decision"),
            base.get("adjust_notes"),
        )
        if adjusted and data["decision"]:
            info = service.record_adjust(cycle_id, data["decision"], data["adjust_notes"])
        if info is None:
            info = service.get(cycle_id)
        if self.drafts is not None:
            self.drafts.discard()
        tab = self.tabs.currentIndex()
        self.load_cycle(info, keep_tab=True)
        self.tabs.setCurrentIndex(tab)
        self.ctx.bridge.info(self.tr("Cycle «{title}» saved.").format(title=info.title))
        self.saved.emit(info.id)
        return True

    def move_stage(self, step: int) -> bool:
        """Saves what changed, then moves the cycle one stage back or forward."""
        info = self._info
        if info is None or self.is_read_only:
            return False
        if self.has_unsaved_changes() and not self.save():
            return False
        info = self._info
        assert info is not None
        index = rules.STAGE_ORDER.index(CycleStage(info.stage))
        if step > 0 and index == len(rules.STAGE_ORDER) - 1:
            target = rules.STAGE_ORDER[0]
        else:
            target = rules.STAGE_ORDER[max(0, min(len(rules.STAGE_ORDER) - 1, index + step))]
        try:
            moved = self.ctx.improvement.move_to(info.id, target.value)
        except MingaError as exc:
            from minga.domain.errors import ValidationError

            if isinstance(exc, ValidationError):
                self.set_error("stage", exc.bare_message())
                return False
            self.ctx.bridge.show_exception(exc)
            return False
        self.load_cycle(moved)
        self.ctx.bridge.info(
            self.tr("The cycle is now in the {stage} stage.").format(
                stage=self.stage_texts()[moved.stage]
            )
        )
        self.saved.emit(moved.id)
        return True

    def reveal(self, widget: QWidget) -> None:
        for tab in range(self.tabs.count()):
            page = self.tabs.widget(tab)
            if page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(tab)
                break
        super().reveal(widget)

    def focus_first_field(self) -> None:
        target = self.close_button if self.is_read_only else self.title_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)
