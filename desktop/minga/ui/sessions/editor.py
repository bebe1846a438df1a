"""The session editor: the plan (date, time, place, modality, focus, agenda), the
presentations, the evaluation of the presented practices, attendance, the minutes and
the satisfaction survey, one tab each.

The advisor who planned the session edits it. Save (Ctrl+S) writes the plan, the
attendance and the minutes (what a draft keeps); presentations, evaluations and survey
answers are added with their own buttons, at once. Everyone else reads the session, and
a teacher answers their own satisfaction survey. The agenda's total and the warnings of
the monthly allowance (8 horas pedagógicas, 360 minutes) and of the 15-minute slot show
while typing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import AgendaItem
from minga.domain.errors import MingaError, ValidationError, ValidationErrors
from minga.domain.validation import SHORT_TEXT_MAX, TITLE_MAX
from minga.domain.vocab import AttendanceStatus, Replicability, Role, SessionModality
from minga.services.practices import PracticeRow
from minga.services.sessions import (
    FeedbackInfo,
    FeedbackInput,
    PresentationInfo,
    PresentationInput,
    SatisfactionInput,
    SessionDetail,
    SessionInput,
)
from minga.ui.charts import PercentBars
from minga.ui.context import UiContext
from minga.ui.cycle_kit import (
    Column,
    EditorFrame,
    PracticePicker,
    RowsModel,
    banner,
    date_edit,
    day_text,
    error_label,
    field_label,
    fit_table_height,
    members,
    percent,
    plain_text_edit,
    py_date,
    qdate,
    ratio_text,
    scroll_column,
    select_data,
    setup_table,
    show_text,
)
from minga.ui.practices.form import confirm

__all__ = ["SESSION_DRAFT_KIND", "SessionEditor"]

SESSION_DRAFT_KIND = "session"

# Tabs, in order.
PLAN_TAB, PRESENTATIONS_TAB, EVALUATION_TAB, ATTENDANCE_TAB, MINUTES_TAB, SURVEY_TAB = range(6)


class MinutesDelegate(QStyledItemDelegate):
    """Edits an agenda item's minutes with a spin box (1 to 600)."""

    def createEditor(
        self,
        parent: QWidget,
        _option: QStyleOptionViewItem,
        _index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(1, rules.MAX_ITEM_MINUTES)
        spin.setSingleStep(5)
        spin.setFrame(False)
        return spin


class _Stack:
    """`addRow(label, widget)` one under the other (a QFormLayout stand-in)."""

    def __init__(self) -> None:
        self.layout = QVBoxLayout()
        self.layout.setSpacing(2)

    def addRow(self, label: QWidget, widget: QWidget) -> None:
        self.layout.addWidget(label)
        self.layout.addWidget(widget)
        self.layout.addSpacing(4)


class SessionEditor(EditorFrame):
    """One microcentre session, to plan (the advisor) or to read (everyone else)."""

    draft_kind = SESSION_DRAFT_KIND

    print_guide_requested = Signal(str)
    """"Print guide" was pressed on a saved session (its id): Imprimir opens on its guide."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self._detail: SessionDetail | None = None
        self._members: list[Any] = []
        self._attendance_boxes: dict[str, QComboBox] = {}
        self._chosen_practice: PracticeRow | None = None
        self._feedback: list[FeedbackInfo] = []
        self._editing_feedback: str | None = None
        self._other_month_minutes = 0
        self.is_advisor = ctx.actor.role == Role.ADVISOR
        super().__init__(ctx, parent)
        self.setObjectName("sessionEditor")
        self.print_button = QPushButton(self.tr("Print guide"), self)
        self.print_button.setObjectName("printGuide")
        self.print_button.setToolTip(self.tr("Make the printed guide of this session (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_guide)
        self.extra_buttons.addWidget(self.print_button)
        self.set_tab_order()
        self.new_session()

    # --- building ------------------------------------------------------------------------

    def build_content(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sessionTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setUsesScrollButtons(True)
        self.tabs.addTab(self._build_plan(), self.tr("Plan"))
        self.tabs.addTab(self._build_presentations(), self.tr("Presentations"))
        self.tabs.addTab(self._build_evaluation(), self.tr("Evaluation"))
        self.tabs.addTab(self._build_attendance(), self.tr("Attendance"))
        self.tabs.addTab(self._build_minutes(), self.tr("Minutes"))
        self.tabs.addTab(self._build_survey(), self.tr("Survey"))
        return self.tabs

    def _build_plan(self) -> QWidget:
        scroll, body, column = scroll_column(self, "sessionPlanBody")
        self.title_edit = QLineEdit(body)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(
            self.tr("For example: Problem solving in combined classes")
        )
        self.title_edit.textEdited.connect(lambda _t: self.edited("title"))
        self.add_field(column, "title", self.tr("Title"), self.title_edit, required=True)

        # Date, start time and modality side by side.
        row = QWidget(body)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.date_edit = date_edit(row, "date", self.tr("Date"), self.ctx.today())
        self.date_edit.dateChanged.connect(lambda _d: self.edited("date"))
        self.time_edit = QTimeEdit(row)
        self.time_edit.setObjectName("start_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.time_edit.timeChanged.connect(lambda _t: self.edited("start_time"))
        self.modality_combo = QComboBox(row)
        self.modality_combo.setObjectName("modality")
        self.modality_combo.setAccessibleName(self.tr("Modality"))
        for value in SessionModality:
            self.modality_combo.addItem(self.modality_label(value), str(value))
        self.modality_combo.currentIndexChanged.connect(lambda _i: self.edited("modality"))
        for position, (field, text, widget) in enumerate(
            (
                ("date", self.tr("Date"), self.date_edit),
                ("start_time", self.tr("Start time"), self.time_edit),
                ("modality", self.tr("Modality"), self.modality_combo),
            )
        ):
            error = error_label(row, field)
            grid.addWidget(field_label(text, widget, row, required=field == "date"), 0, position)
            grid.addWidget(widget, 1, position)
            grid.addWidget(error, 2, position)
            self.register_field(field, widget, error)
        grid.setColumnStretch(3, 1)
        column.addWidget(row)

        self.place_edit = QLineEdit(body)
        self.place_edit.setObjectName("place")
        self.place_edit.setMaxLength(TITLE_MAX)
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.setPlaceholderText(self.tr("School or community hall; a link when remote"))
        self.place_edit.textEdited.connect(lambda _t: self.edited("place"))
        self.add_field(column, "place", self.tr("Place"), self.place_edit)

        self.focus_edit = QLineEdit(body)
        self.focus_edit.setObjectName("focus")
        self.focus_edit.setMaxLength(SHORT_TEXT_MAX)
        self.focus_edit.setAccessibleName(self.tr("Annual focus"))
        self.focus_edit.setPlaceholderText(self.tr("For example: Mathematics, problem solving"))
        self.focus_edit.textEdited.connect(lambda _t: self.edited("focus"))
        self.add_field(column, "focus", self.tr("Annual focus"), self.focus_edit)

        # The agenda: an editable table, its total and the allowance.
        self.agenda_model = QStandardItemModel(0, 2, self)
        self.agenda_model.setObjectName("agendaModel")
        self.agenda_table = QTableView(body)
        setup_table(self.agenda_table, "agenda", self.tr("Agenda items"))
        self.agenda_table.setAlternatingRowColors(False)
        self.agenda_table.setShowGrid(True)
        self.agenda_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.agenda_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.agenda_table.setModel(self.agenda_model)
        self.agenda_table.setItemDelegateForColumn(1, MinutesDelegate(self.agenda_table))
        header = self.agenda_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_model.dataChanged.connect(lambda *_a: self._agenda_changed())
        self.agenda_model.rowsInserted.connect(lambda *_a: self._agenda_changed())
        self.agenda_model.rowsRemoved.connect(lambda *_a: self._agenda_changed())
        self.agenda_model.rowsMoved.connect(lambda *_a: self._agenda_changed())
        self.agenda_label = self.add_field(
            column,
            "agenda",
            self.tr("Agenda (double-click or F2 to edit an item)"),
            self.agenda_table,
        )
        buttons = QHBoxLayout()
        self.add_item_button = QPushButton(self.tr("Add item"), body)
        self.add_item_button.setObjectName("addAgendaItem")
        self.add_item_button.clicked.connect(self.add_agenda_item)
        self.remove_item_button = QPushButton(self.tr("Remove item"), body)
        self.remove_item_button.setObjectName("removeAgendaItem")
        self.remove_item_button.clicked.connect(self.remove_agenda_item)
        self.up_button = QPushButton(self.tr("Move up"), body)
        self.up_button.setObjectName("agendaUp")
        self.up_button.clicked.connect(lambda: self.move_agenda_item(-1))
        self.down_button = QPushButton(self.tr("Move down"), body)
        self.down_button.setObjectName("agendaDown")
        self.down_button.clicked.connect(lambda: self.move_agenda_item(1))
        for button in (
            self.add_item_button,
            self.remove_item_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.total_label = QLabel(body)
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.total_label.setWordWrap(True)
        column.addWidget(self.total_label)
        column.addStretch(1)
        return scroll

    def _build_presentations(self) -> QWidget:
        scroll, body, column = scroll_column(self, "sessionPresentationsBody")
        self.presentations_note = banner(body, "presentationsNote")
        column.addWidget(self.presentations_note)
        self.presentations_model = RowsModel(
            [
                Column(
                    lambda: self.tr("No."), lambda p: str(p.position), Qt.AlignmentFlag.AlignCenter
                ),
                Column(lambda: self.tr("Practice"), lambda p: p.practice_title),
                Column(lambda: self.tr("Presenter"), lambda p: p.presenter_name),
                Column(
                    lambda: self.tr("Duration (min)"),
                    lambda p: str(p.minutes) + (" ⚠" if p.warnings else ""),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    lambda p: "\n".join(w.message() for w in p.warnings) or str(p.minutes),
                ),
            ],
            self,
        )
        self.presentations_table = QTableView(body)
        setup_table(self.presentations_table, "presentations", self.tr("Presentations"))
        self.presentations_table.setModel(self.presentations_model)
        header = self.presentations_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.presentations_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._presentation_selected()
        )
        column.addWidget(field_label(self.tr("Programme"), self.presentations_table, body))
        column.addWidget(self.presentations_table)
        actions = QHBoxLayout()
        self.slot_spin = QSpinBox(body)
        self.slot_spin.setObjectName("selectedMinutes")
        self.slot_spin.setRange(1, rules.MAX_ITEM_MINUTES)
        self.slot_spin.setSuffix(self.tr(" min"))
        self.slot_spin.setAccessibleName(self.tr("Minutes of the selected presentation"))
        self.set_minutes_button = QPushButton(self.tr("Change minutes"), body)
        self.set_minutes_button.setObjectName("changeMinutes")
        self.set_minutes_button.clicked.connect(self.change_presentation_minutes)
        self.move_up_button = QPushButton(self.tr("Earlier"), body)
        self.move_up_button.setObjectName("presentationUp")
        self.move_up_button.clicked.connect(lambda: self.move_presentation(-1))
        self.move_down_button = QPushButton(self.tr("Later"), body)
        self.move_down_button.setObjectName("presentationDown")
        self.move_down_button.clicked.connect(lambda: self.move_presentation(1))
        self.remove_presentation_button = QPushButton(self.tr("Remove"), body)
        self.remove_presentation_button.setObjectName("removePresentation")
        self.remove_presentation_button.clicked.connect(self.remove_presentation)
        for widget in (
            self.slot_spin,
            self.set_minutes_button,
            self.move_up_button,
            self.move_down_button,
            self.remove_presentation_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.presentation_actions = QWidget(body)
        self.presentation_actions.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.presentation_actions)

        # Adding a presentation: a practice, its presenter and the minutes.
        self.add_group = QGroupBox(self.tr("Add a presentation"), body)
        self.add_group.setObjectName("addPresentation")
        add = QVBoxLayout(self.add_group)
        self.picker = PracticePicker(self.ctx, self.add_group)
        self.picker.chosen.connect(self._practice_chosen)
        add.addWidget(
            field_label(
                self.tr("Practice (type to search, Enter to choose)"),
                self.picker.search_edit,
                self.add_group,
            )
        )
        add.addWidget(self.picker)
        self.chosen_label = QLabel(self.add_group)
        self.chosen_label.setObjectName("chosenPractice")
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_label.setWordWrap(True)
        add.addWidget(self.chosen_label)
        self.practice_error = error_label(self.add_group, "practice")
        add.addWidget(self.practice_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.presenter_combo = QComboBox(self.add_group)
        self.presenter_combo.setObjectName("presenter")
        self.presenter_combo.setAccessibleName(self.tr("Presenter"))
        self.minutes_spin = QSpinBox(self.add_group)
        self.minutes_spin.setObjectName("presentationMinutes")
        self.minutes_spin.setRange(1, rules.MAX_ITEM_MINUTES)
        self.minutes_spin.setValue(rules.PRESENTATION_SLOT_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes of the presentation"))
        self.minutes_spin.valueChanged.connect(lambda _v: self._slot_changed())
        form.addRow(
            field_label(self.tr("Presenter"), self.presenter_combo, self.add_group),
            self.presenter_combo,
        )
        form.addRow(
            field_label(self.tr("Duration"), self.minutes_spin, self.add_group), self.minutes_spin
        )
        add.addLayout(form)
        self.presenter_error = error_label(self.add_group, "presenter")
        self.minutes_error = error_label(self.add_group, "minutes")
        add.addWidget(self.presenter_error)
        add.addWidget(self.minutes_error)
        self.slot_warning = banner(self.add_group, "slotWarning", warning=True)
        add.addWidget(self.slot_warning)
        self.add_presentation_button = QPushButton(self.tr("Add to the programme"), self.add_group)
        self.add_presentation_button.setObjectName("addPresentationButton")
        self.add_presentation_button.clicked.connect(self.add_presentation)
        add.addWidget(self.add_presentation_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.add_group)
        column.addStretch(1)
        return scroll

    def _build_evaluation(self) -> QWidget:
        scroll, body, column = scroll_column(self, "sessionEvaluationBody")
        self.evaluation_note = banner(body, "evaluationNote")
        column.addWidget(self.evaluation_note)
        self.evaluated_combo = QComboBox(body)
        self.evaluated_combo.setObjectName("evaluatedPractice")
        self.evaluated_combo.setAccessibleName(self.tr("Presented practice"))
        self.evaluated_combo.currentIndexChanged.connect(lambda _i: self._show_feedback())
        column.addWidget(field_label(self.tr("Presented practice"), self.evaluated_combo, body))
        column.addWidget(self.evaluated_combo)
        self.feedback_model = RowsModel(
            [
                Column(lambda: self.tr("Participant"), lambda f: f.author_name or "—"),
                Column(
                    lambda: self.tr("Replicable?"),
                    lambda f: self.replicability_label(f.replicability),
                ),
                Column(lambda: self.tr("Strengths"), lambda f: f.strengths.replace("\n", " ")),
                Column(lambda: self.tr("Suggestions"), lambda f: f.suggestions.replace("\n", " ")),
            ],
            self,
        )
        self.feedback_table = QTableView(body)
        setup_table(self.feedback_table, "feedback", self.tr("Evaluations"))
        self.feedback_table.setModel(self.feedback_model)
        header = self.feedback_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.feedback_table.activated.connect(lambda index: self._edit_feedback(index.row()))
        self.feedback_table.clicked.connect(lambda index: self._edit_feedback(index.row()))
        column.addWidget(
            field_label(self.tr("What the participants said"), self.feedback_table, body)
        )
        column.addWidget(self.feedback_table)

        self.feedback_group = QGroupBox(self.tr("Write down an evaluation"), body)
        self.feedback_group.setObjectName("feedbackForm")
        form = QVBoxLayout(self.feedback_group)
        self.author_combo = QComboBox(self.feedback_group)
        self.author_combo.setObjectName("feedbackAuthor")
        self.author_combo.setAccessibleName(self.tr("Participant"))
        form.addWidget(
            field_label(self.tr("Participant (optional)"), self.author_combo, self.feedback_group)
        )
        form.addWidget(self.author_combo)
        self.strengths_edit = plain_text_edit(
            self.feedback_group, "feedbackStrengths", self.tr("Strengths"), lines=2
        )
        form.addWidget(field_label(self.tr("Strengths"), self.strengths_edit, self.feedback_group))
        form.addWidget(self.strengths_edit)
        self.suggestions_edit = plain_text_edit(
            self.feedback_group, "feedbackSuggestions", self.tr("Suggestions"), lines=2
        )
        form.addWidget(
            field_label(self.tr("Suggestions"), self.suggestions_edit, self.feedback_group)
        )
        form.addWidget(self.suggestions_edit)
        self.replicability_combo = QComboBox(self.feedback_group)
        self.replicability_combo.setObjectName("replicability")
        self.replicability_combo.setAccessibleName(self.tr("Could they replicate it?"))
        for value in Replicability:
            self.replicability_combo.addItem(self.replicability_label(value), str(value))
        form.addWidget(
            field_label(
                self.tr("Could they replicate it in their school?"),
                self.replicability_combo,
                self.feedback_group,
            )
        )
        form.addWidget(self.replicability_combo)
        self.feedback_error = error_label(self.feedback_group, "feedback")
        form.addWidget(self.feedback_error)
        buttons = QHBoxLayout()
        self.save_feedback_button = QPushButton(self.tr("Add evaluation"), self.feedback_group)
        self.save_feedback_button.setObjectName("saveFeedback")
        self.save_feedback_button.clicked.connect(self.save_feedback)
        self.new_feedback_button = QPushButton(self.tr("New evaluation"), self.feedback_group)
        self.new_feedback_button.setObjectName("newFeedback")
        self.new_feedback_button.clicked.connect(self.clear_feedback_form)
        buttons.addWidget(self.save_feedback_button)
        buttons.addWidget(self.new_feedback_button)
        buttons.addStretch(1)
        form.addLayout(buttons)
        column.addWidget(self.feedback_group)
        column.addStretch(1)
        return scroll

    def _build_attendance(self) -> QWidget:
        scroll, body, column = scroll_column(self, "sessionAttendanceBody")
        self.attendance_summary = QLabel(body)
        self.attendance_summary.setObjectName("attendanceSummary")
        self.attendance_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.attendance_summary.setWordWrap(True)
        column.addWidget(self.attendance_summary)
        self.all_present_button = QPushButton(self.tr("Mark everyone present"), body)
        self.all_present_button.setObjectName("allPresent")
        self.all_present_button.clicked.connect(self.mark_all_present)
        column.addWidget(self.all_present_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.attendance_grid_host = QWidget(body)
        self.attendance_grid = QGridLayout(self.attendance_grid_host)
        self.attendance_grid.setContentsMargins(0, 6, 0, 0)
        self.attendance_grid.setHorizontalSpacing(16)
        self.attendance_grid.setColumnStretch(2, 1)
        column.addWidget(self.attendance_grid_host)
        self.attendance_error = error_label(body, "attendance")
        column.addWidget(self.attendance_error)
        self.register_field("attendance", self.all_present_button, self.attendance_error)
        column.addStretch(1)
        return scroll

    def _build_minutes(self) -> QWidget:
        host = QWidget(self)
        column = QVBoxLayout(host)
        column.setContentsMargins(12, 8, 12, 12)
        self.minutes_edit = plain_text_edit(
            host, "minutes_text", self.tr("Minutes of the session"), lines=10, most=10_000
        )
        self.minutes_edit.setPlaceholderText(
            self.tr("Agreements, who presented, what was decided, tasks for the next session…")
        )
        self.minutes_edit.textChanged.connect(lambda: self.edited("minutes_text"))
        self.add_field(
            column, "minutes_text", self.tr("Minutes (acta)"), self.minutes_edit, parent=host
        )
        column.setStretch(1, 1)
        return host

    def _build_survey(self) -> QWidget:
        scroll, body, column = scroll_column(self, "sessionSurveyBody")
        self.survey_heading = QLabel(body)
        self.survey_heading.setObjectName("surveyHeading")
        self.survey_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.survey_heading.setWordWrap(True)
        column.addWidget(self.survey_heading)
        self.survey_bars = PercentBars(body)
        self.survey_bars.setObjectName("surveyBars")
        self.survey_bars.setAccessibleName(self.tr("Satisfaction: share agreeing"))
        column.addWidget(self.survey_bars)

        self.survey_group = QGroupBox(body)
        self.survey_group.setObjectName("surveyForm")
        form = QVBoxLayout(self.survey_group)
        self.survey_intro = QLabel(self.survey_group)
        self.survey_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.survey_intro.setWordWrap(True)
        form.addWidget(self.survey_intro)
        mode = QHBoxLayout()
        self.one_answer_radio = QRadioButton(self.tr("One person's answer"), self.survey_group)
        self.one_answer_radio.setObjectName("surveyOne")
        self.tally_radio = QRadioButton(self.tr("A tally of paper forms"), self.survey_group)
        self.tally_radio.setObjectName("surveyTally")
        self.survey_mode = QButtonGroup(self)
        self.survey_mode.addButton(self.one_answer_radio)
        self.survey_mode.addButton(self.tally_radio)
        self.one_answer_radio.setChecked(True)
        self.survey_mode.buttonToggled.connect(lambda *_a: self._survey_mode_changed())
        mode.addWidget(self.one_answer_radio)
        mode.addWidget(self.tally_radio)
        mode.addStretch(1)
        self.survey_mode_row = QWidget(self.survey_group)
        self.survey_mode_row.setLayout(mode)
        mode.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.survey_mode_row)
        # Each question above its answer: questions are sentences, they wrap on a narrow
        # pane (a form layout's wrapped labels get clipped).
        grid = _Stack()
        self.respondent_combo = QComboBox(self.survey_group)
        self.respondent_combo.setObjectName("respondent")
        self.respondent_combo.setAccessibleName(self.tr("Who answered"))
        self.respondent_label = field_label(
            self.tr("Who answered"), self.respondent_combo, self.survey_group
        )
        grid.addRow(self.respondent_label, self.respondent_combo)
        self.count_spin = QSpinBox(self.survey_group)
        self.count_spin.setObjectName("surveyCount")
        self.count_spin.setRange(2, rules.MAX_SURVEY_COUNT)
        self.count_spin.setAccessibleName(self.tr("How many forms gave this answer"))
        self.count_label = field_label(
            self.tr("Forms with this answer"), self.count_spin, self.survey_group
        )
        grid.addRow(self.count_label, self.count_spin)
        self.level_combos: dict[str, QComboBox] = {}
        for name in rules.SATISFACTION_QUESTIONS:
            combo = QComboBox(self.survey_group)
            combo.setObjectName(f"survey_{name}")
            combo.setAccessibleName(self.survey_question(name))
            for level in reversed(rules.SATISFACTION_LEVELS):
                combo.addItem(self.level_label(level), level)
            self.level_combos[name] = combo
            grid.addRow(field_label(self.survey_question(name), combo, self.survey_group), combo)
        self.comment_edit = QLineEdit(self.survey_group)
        self.comment_edit.setObjectName("surveyComment")
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        grid.addRow(
            field_label(self.tr("Comment (optional)"), self.comment_edit, self.survey_group),
            self.comment_edit,
        )
        form.addLayout(grid.layout)
        self.survey_error = error_label(self.survey_group, "survey")
        form.addWidget(self.survey_error)
        self.survey_button = QPushButton(self.survey_group)
        self.survey_button.setObjectName("sendSurvey")
        self.survey_button.clicked.connect(self.send_survey)
        form.addWidget(self.survey_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.survey_group)
        column.addStretch(1)
        return scroll

    # --- words ---------------------------------------------------------------------------

    def modality_label(self, value: str) -> str:
        return {
            SessionModality.IN_PERSON: self.tr("In person"),
            SessionModality.BLENDED: self.tr("Blended"),
            SessionModality.REMOTE: self.tr("Remote"),
        }.get(value, value)

    def attendance_label(self, value: str) -> str:
        return {
            AttendanceStatus.PRESENT: self.tr("Present"),
            AttendanceStatus.ABSENT: self.tr("Absent"),
            AttendanceStatus.EXCUSED: self.tr("Excused"),
        }.get(value, value)

    def replicability_label(self, value: str) -> str:
        return {
            Replicability.YES: self.tr("Yes"),
            Replicability.WITH_ADJUSTMENTS: self.tr("With adjustments"),
            Replicability.NO: self.tr("No"),
        }.get(value, value)

    def survey_question(self, name: str) -> str:
        return {
            "useful": self.tr("The session was useful for my work"),
            "prepared": self.tr("I feel prepared to apply what we saw"),
            "trust": self.tr("I felt confident to voice my doubts"),
        }[name]

    def survey_short(self, name: str) -> str:
        return {
            "useful": self.tr("Useful"),
            "prepared": self.tr("Prepared to apply"),
            "trust": self.tr("Confident to voice doubts"),
        }[name]

    def level_label(self, level: int) -> str:
        return {
            1: self.tr("1 · Not at all"),
            2: self.tr("2 · A little"),
            3: self.tr("3 · Quite"),
            4: self.tr("4 · Very much"),
        }[level]

    # --- loading -------------------------------------------------------------------------

    @property
    def detail(self) -> SessionDetail | None:
        return self._detail

    def _empty_payload(self) -> dict[str, Any]:
        return {
            "title": "",
            "date": self.ctx.today().isoformat(),
            "start_time": "09:00",
            "place": "",
            "modality": str(SessionModality.IN_PERSON),
            "focus": "",
            "agenda": [],
            "attendance": {},
            "minutes_text": "",
        }

    def new_session(self) -> None:
        """An empty plan for a new session (the advisor's)."""
        if self.drafts is not None:
            self.drafts.forget()
        self._detail = None
        self.record_id = None
        self._other_month_minutes = 0
        self._members = members(self.ctx)
        self._build_attendance_rows([])
        self.clear_errors()
        self.status_label.clear()
        self.heading.setText(self.tr("New session"))
        self.show_notice("")
        self.set_read_only(not self.is_advisor)
        self.set_baseline(self._empty_payload())
        self._refresh_parts()
        self.tabs.setCurrentIndex(PLAN_TAB)

    def load_session(self, detail: SessionDetail, *, keep_tab: bool = False) -> None:
        """Shows a saved session, with a draft of unsaved changes if one was kept."""
        if self.drafts is not None:
            self.drafts.forget()
        self._detail = detail
        self.record_id = detail.id
        self._members = members(self.ctx)
        self._build_attendance_rows(detail.attendance)
        month = next((w for w in detail.warnings if w.code == rules.MONTH_ALLOWANCE_EXCEEDED), None)
        self._other_month_minutes = (
            int(month.params["minutes"]) - detail.agenda_minutes if month is not None else 0
        )
        self.clear_errors()
        self.status_label.clear()
        self.heading.setText(
            self.tr("Session {number} · {date}").format(
                number=detail.number, date=day_text(detail.date)
            )
        )
        read_only = not detail.is_mine
        self.set_read_only(read_only)
        if read_only:
            self.show_notice(
                self.tr(
                    "{owner} plans this session; you can read it. Answer the satisfaction "
                    "survey in the Survey tab."
                ).format(owner=detail.owner_name or self.tr("The advisor"))
                if not self.is_advisor
                else self.tr("{owner} plans this session; you can read it.").format(
                    owner=detail.owner_name or self.tr("Another person")
                )
            )
        else:
            self.show_notice("")
        self.set_baseline(self._payload_of(detail))
        if not read_only and self.drafts is not None:
            draft = self.drafts.for_record(detail.id)
            if draft is not None:
                self.apply_draft(draft)
        self._refresh_parts()
        if not keep_tab:
            self.tabs.setCurrentIndex(PLAN_TAB)

    def _payload_of(self, detail: SessionDetail) -> dict[str, Any]:
        return {
            "title": detail.title,
            "date": detail.date.isoformat(),
            "start_time": detail.start_time,
            "place": detail.place,
            "modality": detail.modality,
            "focus": detail.focus,
            "agenda": [item.as_json() for item in detail.agenda],
            "attendance": {a.person_id: a.status for a in detail.attendance},
            "minutes_text": detail.minutes_text,
        }

    def _build_attendance_rows(self, recorded: list[Any]) -> None:
        grid = self.attendance_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._attendance_boxes = {}
        people = [(m.id, m.name) for m in self._members]
        known = {pid for pid, _n in people}
        people += [(a.person_id, a.person_name) for a in recorded if a.person_id not in known]
        for row, (person_id, name) in enumerate(people):
            label = QLabel(name, self.attendance_grid_host)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox(self.attendance_grid_host)
            combo.setObjectName(f"attendance_{person_id}")
            combo.setAccessibleName(self.tr("Attendance of {name}").format(name=name))
            combo.addItem(self.tr("— not recorded"), "")
            for status in AttendanceStatus:
                combo.addItem(self.attendance_label(status), str(status))
            combo.currentIndexChanged.connect(lambda _i: self._attendance_changed())
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self._attendance_boxes[person_id] = combo
        previous: QWidget = self.all_present_button
        for combo in self._attendance_boxes.values():
            QWidget.setTabOrder(previous, combo)
            previous = combo

    def load_draft(self, draft: Any) -> None:
        """Restores a draft (after a crash, or left open) into the editor."""
        if draft.record_id:
            try:
                detail = self.ctx.sessions.get(draft.record_id)
            except MingaError:
                detail = None
            if detail is not None and detail.is_mine:
                self.load_session(detail)
                if self.draft_id != draft.id:
                    self.apply_draft(draft)
                return
        self.new_session()
        self.apply_draft(draft)

    # --- the payload -----------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "date": py_date(self.date_edit.date()).isoformat(),
            "start_time": self.time_edit.time().toString("HH:mm"),
            "place": self.place_edit.text(),
            "modality": self.modality_combo.currentData() or str(SessionModality.IN_PERSON),
            "focus": self.focus_edit.text(),
            "agenda": self.agenda_items(),
            "attendance": {
                pid: combo.currentData()
                for pid, combo in self._attendance_boxes.items()
                if combo.currentData()
            },
            "minutes_text": self.minutes_edit.toPlainText(),
        }

    def draft_title(self) -> str:
        return self.title_edit.text().strip() or self.tr("New session")

    def fill(self, payload: dict[str, Any]) -> None:
        self.title_edit.setText(str(payload.get("title") or ""))
        self.title_edit.setCursorPosition(0)
        try:
            day = dt.date.fromisoformat(str(payload.get("date")))
        except ValueError:
            day = self.ctx.today()
        self.date_edit.setDate(qdate(day))
        time = QTime.fromString(str(payload.get("start_time") or "09:00"), "HH:mm")
        self.time_edit.setTime(time if time.isValid() else QTime(9, 0))
        select_data(self.modality_combo, payload.get("modality"))
        self.place_edit.setText(str(payload.get("place") or ""))
        self.place_edit.setCursorPosition(0)
        self.focus_edit.setText(str(payload.get("focus") or ""))
        self.focus_edit.setCursorPosition(0)
        self.agenda_model.removeRows(0, self.agenda_model.rowCount())
        for item in payload.get("agenda") or []:
            self._append_agenda_row(str(item.get("title", "")), int(item.get("minutes") or 0))
        self._setup_agenda_headers()
        statuses = payload.get("attendance") or {}
        for person_id, combo in self._attendance_boxes.items():
            select_data(combo, statuses.get(person_id, ""))
        self.minutes_edit.setPlainText(str(payload.get("minutes_text") or ""))
        self._update_total()

    def agenda_items(self) -> list[dict[str, Any]]:
        items = []
        for row in range(self.agenda_model.rowCount()):
            title = self.agenda_model.item(row, 0)
            minutes = self.agenda_model.item(row, 1)
            value = minutes.data(Qt.ItemDataRole.EditRole) if minutes is not None else 0
            items.append(
                {
                    "title": title.text() if title is not None else "",
                    "minutes": int(value or 0),
                }
            )
        return items

    # --- the agenda ----------------------------------------------------------------------

    def _setup_agenda_headers(self) -> None:
        self.agenda_model.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Duration (min)")])

    def _append_agenda_row(self, title: str, minutes: int) -> None:
        title_item = QStandardItem(title)
        minutes_item = QStandardItem()
        minutes_item.setData(minutes, Qt.ItemDataRole.EditRole)
        minutes_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editable = not self.is_read_only
        for item in (title_item, minutes_item):
            item.setEditable(editable)
        self.agenda_model.appendRow([title_item, minutes_item])

    def add_agenda_item(self, title: str = "", minutes: int = 30) -> None:
        """A new agenda row (the title's cell opens for typing)."""
        if self.is_read_only:
            return
        self._append_agenda_row(title, minutes)
        row = self.agenda_model.rowCount() - 1
        index = self.agenda_model.index(row, 0)
        self.agenda_table.setCurrentIndex(index)
        self.agenda_table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not title:
            self.agenda_table.edit(index)

    def remove_agenda_item(self) -> None:
        index = self.agenda_table.currentIndex()
        if self.is_read_only or not index.isValid():
            return
        self.agenda_model.removeRow(index.row())

    def move_agenda_item(self, step: int) -> None:
        index = self.agenda_table.currentIndex()
        if self.is_read_only or not index.isValid():
            return
        row, target = index.row(), index.row() + step
        if not 0 <= target < self.agenda_model.rowCount():
            return
        items = self.agenda_model.takeRow(row)
        self.agenda_model.insertRow(target, items)
        self.agenda_table.setCurrentIndex(self.agenda_model.index(target, index.column()))

    def _agenda_changed(self) -> None:
        self._update_total()
        self.edited("agenda")
        fit_table_height(self.agenda_table, self.agenda_model.rowCount() + 1, least=3, most=14)

    def agenda_total(self) -> int:
        return sum(max(0, int(item["minutes"])) for item in self.agenda_items())

    def _update_total(self) -> None:
        total = self.agenda_total()
        self.total_label.setText(
            self.tr(
                "Total: {minutes} min ({hours} pedagogical hours) of {allowance} min a month"
            ).format(
                minutes=total,
                hours=self.locale().toString(rules.pedagogical_hours(total), "f", 1),
                allowance=rules.MONTHLY_ALLOWANCE_MINUTES,
            )
        )
        self._update_warnings()

    def live_warnings(self) -> list[rules.RuleWarning]:
        """The allowance warning for the agenda as typed, and the slot warnings saved."""
        found = rules.check_allowance(self.agenda_total(), self._other_month_minutes)
        if self._detail is not None:
            for presentation in self._detail.presentations:
                found.extend(presentation.warnings)
        return found

    def _update_warnings(self) -> None:
        self.show_warnings([w.message() for w in self.live_warnings()])

    # --- presentations -------------------------------------------------------------------

    def print_guide(self) -> None:
        """Opens Imprimir on this session's guide; what is typed is saved first, since the
        guide is printed from the saved session."""
        if self.record_id is None:
            return
        if self.has_unsaved_changes() and not self.save():
            return
        self.print_guide_requested.emit(self.record_id)

    def _refresh_parts(self) -> None:
        """Presentations, evaluations, attendance summary and survey of the session."""
        detail = self._detail
        saved = detail is not None
        # Only a saved session has a guide to print.
        self.print_button.setEnabled(saved)
        editable = saved and detail.is_mine
        self.presentations_model.set_rows(detail.presentations if detail else [])
        fit_table_height(
            self.presentations_table, len(detail.presentations) if detail else 0, least=3
        )
        if not saved:
            show_text(
                self.presentations_note,
                self.tr("Save the session first; then add its presentations."),
            )
        elif not detail.presentations and not editable:
            show_text(self.presentations_note, self.tr("No presentations on the programme yet."))
        else:
            show_text(self.presentations_note, "")
        self.add_group.setVisible(editable)
        self.presentation_actions.setVisible(editable)
        self.add_item_button.setVisible(not self.is_read_only)
        self.remove_item_button.setVisible(not self.is_read_only)
        self.up_button.setVisible(not self.is_read_only)
        self.down_button.setVisible(not self.is_read_only)
        self.all_present_button.setVisible(not self.is_read_only)
        self.minutes_edit.setReadOnly(self.is_read_only)
        for widget in (
            self.title_edit,
            self.place_edit,
            self.focus_edit,
        ):
            widget.setReadOnly(self.is_read_only)
        for widget in (self.date_edit, self.time_edit):
            widget.setReadOnly(self.is_read_only)
        self.modality_combo.setEnabled(not self.is_read_only)
        for combo in self._attendance_boxes.values():
            combo.setEnabled(not self.is_read_only)
        self.agenda_table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if self.is_read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        presenters = self.presenter_combo
        presenters.clear()
        presenters.addItem(self.tr("The practice's author"), None)
        for person in self._members:
            presenters.addItem(person.name, person.id)
        self.picker.exclude(p.practice_id for p in (detail.presentations if detail else []))
        self._presentation_selected()
        self._slot_changed()
        self._refresh_evaluation()
        self._refresh_attendance_summary()
        self._refresh_survey()
        self._update_warnings()
        for tab in (PRESENTATIONS_TAB, EVALUATION_TAB, SURVEY_TAB):
            self.tabs.setTabEnabled(tab, saved)

    def _reload(self) -> None:
        """Reads the session again (after a presentation or an evaluation) without
        touching what is being typed in the plan."""
        if self.record_id is None:
            return
        try:
            detail = self.ctx.sessions.get(self.record_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self._detail = detail
        self._refresh_parts()

    def _practice_chosen(self, row: PracticeRow) -> None:
        self._chosen_practice = row
        self.chosen_label.setText(
            self.tr("Chosen: {title} ({author})").format(title=row.title, author=row.author_name)
        )
        show_text(self.practice_error, "")
        self.presenter_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _slot_changed(self) -> None:
        minutes = self.minutes_spin.value()
        show_text(self.minutes_error, "")
        if minutes > rules.PRESENTATION_SLOT_MINUTES:
            show_text(
                self.slot_warning,
                self.tr(
                    "{minutes} minutes is more than the {max}-minute slot of a presentation."
                ).format(minutes=minutes, max=rules.PRESENTATION_SLOT_MINUTES),
            )
        else:
            show_text(self.slot_warning, "")

    def add_presentation(self) -> bool:
        """Puts the chosen practice on the programme."""
        if self._detail is None or not self._detail.is_mine:
            return False
        for label in (self.practice_error, self.presenter_error, self.minutes_error):
            show_text(label, "")
        data = PresentationInput(
            practice_id=self._chosen_practice.id if self._chosen_practice else "",
            presenter_id=self.presenter_combo.currentData(),
            minutes=self.minutes_spin.value(),
        )
        if self._chosen_practice is None:
            show_text(self.practice_error, self.tr("Search and choose a practice first."))
            self.picker.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        try:
            info = self.ctx.sessions.add_presentation(self._detail.id, data)
        except ValidationErrors as exc:
            by_field = exc.by_field()
            for field, label in (
                ("practice", self.practice_error),
                ("presenter", self.presenter_error),
                ("minutes", self.minutes_error),
            ):
                if field in by_field:
                    show_text(label, by_field[field].bare_message())
            others = [
                e.message()
                for f, e in by_field.items()
                if f not in ("practice", "presenter", "minutes")
            ]
            if others:
                show_text(self.minutes_error, "\n".join(others))
            return False
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.ctx.bridge.info(
            self.tr("«{title}» is on the programme.").format(title=info.practice_title)
        )
        for warning in info.warnings:
            self.ctx.bridge.warning(warning.message())
        self._chosen_practice = None
        self.chosen_label.clear()
        self.picker.search_edit.clear()
        self.minutes_spin.setValue(rules.PRESENTATION_SLOT_MINUTES)
        self._reload()
        row = self.presentations_model.row_of(info.id)
        if row is not None:
            self.presentations_table.selectRow(row)
        return True

    def selected_presentation(self) -> PresentationInfo | None:
        index = self.presentations_table.currentIndex()
        return self.presentations_model.row(index.row()) if index.isValid() else None

    def _presentation_selected(self) -> None:
        current = self.selected_presentation()
        for widget in (
            self.slot_spin,
            self.set_minutes_button,
            self.move_up_button,
            self.move_down_button,
            self.remove_presentation_button,
        ):
            widget.setEnabled(current is not None)
        if current is not None:
            self.slot_spin.setValue(current.minutes)

    def change_presentation_minutes(self) -> None:
        current = self.selected_presentation()
        if current is None:
            return
        try:
            info = self.ctx.sessions.update_presentation(current.id, minutes=self.slot_spin.value())
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        for warning in info.warnings:
            self.ctx.bridge.warning(warning.message())
        self._reload()
        self._select_presentation(info.id)

    def move_presentation(self, step: int) -> None:
        current = self.selected_presentation()
        detail = self._detail
        if current is None or detail is None:
            return
        ordered = list(detail.presentations)
        index = next(i for i, p in enumerate(ordered) if p.id == current.id)
        target = index + step
        if not 0 <= target < len(ordered):
            return
        ordered[index], ordered[target] = ordered[target], ordered[index]
        try:
            for position, presentation in enumerate(ordered, start=1):
                if presentation.position != position:
                    self.ctx.sessions.update_presentation(presentation.id, position=position)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
        self._reload()
        self._select_presentation(current.id)

    def remove_presentation(self) -> None:
        current = self.selected_presentation()
        if current is None:
            return
        if not confirm(
            self,
            self.tr("Remove presentation"),
            self.tr("Take «{title}» off the programme?").format(title=current.practice_title),
            self.tr("Remove"),
            self.tr("Cancel"),
        ):
            return
        try:
            self.ctx.sessions.remove_presentation(current.id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self._reload()

    def _select_presentation(self, presentation_id: str) -> None:
        row = self.presentations_model.row_of(presentation_id)
        if row is not None:
            self.presentations_table.selectRow(row)

    # --- evaluation ----------------------------------------------------------------------

    def _refresh_evaluation(self) -> None:
        detail = self._detail
        current = self.evaluated_combo.currentData()
        self.evaluated_combo.blockSignals(True)
        self.evaluated_combo.clear()
        for presentation in detail.presentations if detail else []:
            self.evaluated_combo.addItem(presentation.practice_title, presentation.practice_id)
        if current is not None:
            select_data(self.evaluated_combo, current)
        self.evaluated_combo.blockSignals(False)
        self._feedback = []
        if detail is not None:
            try:
                self._feedback = self.ctx.sessions.list_feedback(session_id=detail.id)
            except MingaError as exc:
                self.ctx.bridge.show_exception(exc)
        can_write = self.is_advisor and detail is not None and bool(detail.presentations)
        self.feedback_group.setVisible(can_write)
        if detail is not None and not detail.presentations:
            show_text(
                self.evaluation_note,
                self.tr("Practices are evaluated once they are on the programme."),
            )
        else:
            show_text(self.evaluation_note, "")
        self.author_combo.clear()
        self.author_combo.addItem(self.tr("— the group"), None)
        for person in self._members:
            self.author_combo.addItem(person.name, person.id)
        self._show_feedback()

    def _show_feedback(self) -> None:
        practice_id = self.evaluated_combo.currentData()
        rows = [f for f in self._feedback if f.practice_id == practice_id]
        self.feedback_model.set_rows(rows)
        fit_table_height(self.feedback_table, len(rows), least=2, most=6)
        self.clear_feedback_form()

    def clear_feedback_form(self) -> None:
        self._editing_feedback = None
        self.author_combo.setCurrentIndex(0)
        self.strengths_edit.clear()
        self.suggestions_edit.clear()
        self.replicability_combo.setCurrentIndex(0)
        show_text(self.feedback_error, "")
        self.save_feedback_button.setText(self.tr("Add evaluation"))

    def _edit_feedback(self, row: int) -> None:
        info = self.feedback_model.row(row)
        if info is None or not info.is_mine or not self.feedback_group.isVisible():
            return
        self._editing_feedback = info.id
        select_data(self.author_combo, info.author_id)
        self.strengths_edit.setPlainText(info.strengths)
        self.suggestions_edit.setPlainText(info.suggestions)
        select_data(self.replicability_combo, info.replicability)
        self.save_feedback_button.setText(self.tr("Save evaluation"))

    def save_feedback(self) -> bool:
        detail = self._detail
        practice_id = self.evaluated_combo.currentData()
        if detail is None or not practice_id:
            return False
        data = FeedbackInput(
            practice_id=practice_id,
            session_id=detail.id,
            author_id=self.author_combo.currentData(),
            strengths=self.strengths_edit.toPlainText(),
            suggestions=self.suggestions_edit.toPlainText(),
            replicability=self.replicability_combo.currentData(),
        )
        try:
            if self._editing_feedback:
                self.ctx.sessions.update_feedback(self._editing_feedback, data)
            else:
                self.ctx.sessions.add_feedback(data)
        except (ValidationErrors, ValidationError) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            show_text(self.feedback_error, "\n".join(e.message() for e in errors))
            return False
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.ctx.bridge.info(self.tr("Evaluation saved."))
        self._refresh_evaluation()
        return True

    # --- attendance ----------------------------------------------------------------------

    def mark_all_present(self) -> None:
        for combo in self._attendance_boxes.values():
            select_data(combo, str(AttendanceStatus.PRESENT))

    def _attendance_changed(self) -> None:
        self.edited("attendance")
        self._refresh_attendance_summary()

    def _refresh_attendance_summary(self) -> None:
        statuses = [c.currentData() for c in self._attendance_boxes.values() if c.currentData()]
        present = statuses.count(AttendanceStatus.PRESENT)
        ratio = rules.attendance_from_statuses(statuses)
        if not statuses:
            text = self.tr("Attendance not recorded yet.")
        else:
            text = self.tr("Attendance: {rate} ({present})").format(
                rate=percent(ratio.rate), present=ratio_text(present, ratio.denominator)
            )
        if not self._attendance_boxes:
            text = self.tr("No teachers in the microcentre yet: they join with the invitation.")
        self.attendance_summary.setText(text)

    # --- survey --------------------------------------------------------------------------

    def _refresh_survey(self) -> None:
        detail = self._detail
        if detail is None:
            self.survey_bars.set_rows([])
            return
        try:
            summary = self.ctx.sessions.satisfaction_summary(detail.id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self.survey_heading.setText(
            self.tr("%n answer(s) so far. Share answering 3 or 4:", "", summary.answers)
            if summary.answers
            else ""
        )
        self.survey_heading.setVisible(bool(summary.answers))
        self.survey_bars.set_empty_text(self.tr("No answers yet."))
        rows = []
        for name in rules.SATISFACTION_QUESTIONS:
            ratio = getattr(summary, name)
            share = f"({ratio_text(ratio.numerator, ratio.denominator)})"
            rows.append((self.survey_short(name), ratio.rate, share))
        self.survey_bars.set_rows(rows if summary.answers else [])
        self.respondent_combo.clear()
        if self.is_advisor:
            self.survey_group.setTitle(self.tr("Enter answers"))
            self.survey_intro.setText(
                self.tr("Type in the paper forms one by one, or as a tally of identical answers.")
            )
            self.respondent_combo.addItem(self.tr("Anonymous (paper form)"), None)
            present = {
                a.person_id for a in detail.attendance if a.status == AttendanceStatus.PRESENT
            }
            for person in self._members:
                if not present or person.id in present:
                    self.respondent_combo.addItem(person.name, person.id)
            self.survey_button.setText(self.tr("Add answers"))
            self.survey_group.setVisible(detail.is_mine)
        else:
            self.survey_group.setTitle(self.tr("Your answer"))
            self.survey_intro.setText(
                self.tr("How was this session for you? Answering again replaces your answer.")
            )
            self.respondent_combo.addItem(self.ctx.actor.name, self.ctx.actor.person_id)
            self.survey_button.setText(self.tr("Send my answer"))
            self.survey_group.setVisible(True)
        self._survey_mode_changed()

    def _survey_mode_changed(self) -> None:
        tally = self.is_advisor and self.tally_radio.isChecked()
        self.survey_mode_row.setVisible(self.is_advisor)
        self.respondent_combo.setVisible(not tally)
        self.respondent_label.setVisible(not tally)
        self.respondent_combo.setEnabled(self.is_advisor)
        self.count_spin.setVisible(tally)
        self.count_label.setVisible(tally)

    def send_survey(self) -> bool:
        detail = self._detail
        if detail is None:
            return False
        tally = self.is_advisor and self.tally_radio.isChecked()
        data = SatisfactionInput(
            useful=self.level_combos["useful"].currentData(),
            prepared=self.level_combos["prepared"].currentData(),
            trust=self.level_combos["trust"].currentData(),
            count=self.count_spin.value() if tally else 1,
            respondent_id=None if tally else self.respondent_combo.currentData(),
            comment=self.comment_edit.text(),
        )
        show_text(self.survey_error, "")
        try:
            self.ctx.sessions.record_satisfaction(detail.id, data)
        except (ValidationErrors, ValidationError) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            show_text(self.survey_error, "\n".join(e.message() for e in errors))
            return False
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.comment_edit.clear()
        self.ctx.bridge.info(
            self.tr("Thank you: your answer was saved.")
            if not self.is_advisor
            else self.tr("%n answer(s) added.", "", data.count)
        )
        self._refresh_survey()
        return True

    # --- saving --------------------------------------------------------------------------

    def session_input(self) -> SessionInput:
        data = self.payload()
        return SessionInput(
            date=dt.date.fromisoformat(data["date"]),
            title=data["title"],
            start_time=data["start_time"],
            place=data["place"],
            modality=data["modality"],
            focus=data["focus"],
            agenda=[AgendaItem(str(i["title"]), int(i["minutes"])) for i in data["agenda"]],
        )

    def store(self) -> bool:
        data = self.payload()
        base = self._baseline
        sessions = self.ctx.sessions
        plan_keys = ("title", "date", "start_time", "place", "modality", "focus", "agenda")
        if self.record_id is None:
            detail = sessions.plan(self.session_input(), attendance=data["attendance"] or None)
            self.record_id = detail.id
            if data["minutes_text"].strip():
                detail = sessions.set_minutes(detail.id, data["minutes_text"])
        else:
            detail = None
            if any(data[k] != base.get(k) for k in plan_keys):
                detail = sessions.update(self.record_id, self.session_input())
            changed = {
                pid: status
                for pid, status in data["attendance"].items()
                if base.get("attendance", {}).get(pid) != status
            }
            if changed:
                detail = sessions.record_attendance(self.record_id, changed)
            if data["minutes_text"] != base.get("minutes_text"):
                detail = sessions.set_minutes(self.record_id, data["minutes_text"])
            if detail is None:
                detail = sessions.get(self.record_id)
        if self.drafts is not None:
            self.drafts.discard()
        tab = self.tabs.currentIndex()
        self.load_session(detail, keep_tab=True)
        self.tabs.setCurrentIndex(tab)
        self.ctx.bridge.info(self.tr("Session «{title}» saved.").format(title=detail.title))
        for warning in detail.warnings:
            if warning.code != rules.SLOT_EXCEEDED:
                self.ctx.bridge.warning(warning.message())
        self.saved.emit(detail.id)
        return True

    # --- keyboard and visibility --------------------------------------------------------

    def reveal(self, widget: QWidget) -> None:
        for tab in range(self.tabs.count()):
            page = self.tabs.widget(tab)
            if page is widget or page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(tab)
                break
        super().reveal(widget)

    def plan_fields(self) -> list[QWidget]:
        """The plan's fields in Tab order."""
        return [
            self.title_edit,
            self.date_edit,
            self.time_edit,
            self.modality_combo,
            self.place_edit,
            self.focus_edit,
            self.agenda_table,
            self.add_item_button,
            self.remove_item_button,
            self.up_button,
            self.down_button,
        ]

    def set_tab_order(self) -> None:
        chain = [
            self.tabs.tabBar(),
            *self.plan_fields(),
            self.save_button,
            self.close_button,
            self.print_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first_field(self) -> None:
        self.tabs.setCurrentIndex(PLAN_TAB)
        target = self.close_button if self.is_read_only else self.title_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)
