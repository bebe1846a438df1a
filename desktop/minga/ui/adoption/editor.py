"""A teacher's chosen practice: its applications in class, the exit-ticket tally of each
application and the self-assessment (stages 3 to 5 of the cycle).

`ApplicationEditor` shows one adoption and edits one application at a time, in three
tabs: the application (date, levels, students present), the exit ticket (a count per
question, option and level, from the exit-ticket template: never names), and the
self-assessment (the rubric's criteria, adjustments, the decision, a reflection).
Save (Ctrl+S) writes what changed. A question with more answers than students present
is marked under the question as soon as it happens, and nothing is saved until it is
fixed. `ChooseForm` picks a colleague's practice (those presented at sessions first).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain.errors import MingaError, ValidationErrors
from minga.domain.vocab import (
    LEVEL_LABELS,
    LEVEL_SHORT,
    LEVELS,
    VISIBILITY_LABELS,
    ContinueDecision,
    TemplateKind,
)
from minga.services.adoption import (
    AdoptionInfo,
    ApplicationInfo,
    ApplicationInput,
    SelfAssessmentInput,
    TallyInput,
)
from minga.ui.adoption.choose_form import ChooseForm
from minga.ui.adoption.exit_ticket import ExitTicketTab
from minga.ui.context import UiContext
from minga.ui.editing.frame import EditorFrame
from minga.ui.widgets.chips import ChipGroup
from minga.ui.widgets.confirm import confirm
from minga.ui.widgets.fields import (
    date_edit,
    error_label,
    field_label,
    heading,
    plain_text_edit,
    scroll_column,
    select_data,
)
from minga.ui.widgets.table import Column, RowsModel, fit_table_height, setup_table
from minga.ui.widgets.text import day_text, py_date, qdate, vocab

__all__ = ["APPLICATION_DRAFT_KIND", "ApplicationEditor", "ChooseForm", "normalized_counts"]

APPLICATION_DRAFT_KIND = "application"
APPLICATION_TAB, TICKET_TAB, SELF_TAB = range(3)
SA_KEYS = ("ratings", "adjustments", "decision", "reflection", "sa_visibility")
APP_KEYS = ("applied_on", "levels", "students_present", "notes")


def normalized_counts(counts: dict[str, Any]) -> dict[str, dict[str, dict[str, int]]]:
    """Counts without zeros and empty branches (so "no tally" equals "all zero")."""
    clean: dict[str, dict[str, dict[str, int]]] = {}
    for question, options in (counts or {}).items():
        for option, by_level in (options or {}).items():
            for level, count in (by_level or {}).items():
                if int(count or 0):
                    clean.setdefault(question, {}).setdefault(option, {})[level] = int(count)
    return clean


class ApplicationEditor(ExitTicketTab, EditorFrame):
    """One adoption (a chosen practice) and the application being edited."""

    draft_kind = APPLICATION_DRAFT_KIND
    withdrawn = Signal(str)
    """The adoption was withdrawn (its id)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self._adoption: AdoptionInfo | None = None
        self._application: ApplicationInfo | None = None
        self._questions: list[dict[str, Any]] = []
        self._ticket_template: str | None = None
        self._criteria: list[dict[str, Any]] = []
        self._rubric_template: str | None = None
        self._spins: dict[tuple[str, str, str], QSpinBox] = {}
        self._question_totals: dict[str, QLabel] = {}
        self._question_errors: dict[str, QLabel] = {}
        self._rating_combos: dict[str, QComboBox] = {}
        self._ticket_boxes: list[QWidget] = []
        super().__init__(ctx, parent)
        self.setObjectName("applicationEditor")
        self._load_templates()

    # --- building ------------------------------------------------------------------------

    def build_content(self) -> QWidget:
        host = QWidget(self)
        column = QVBoxLayout(host)
        column.setContentsMargins(12, 0, 12, 0)
        column.setSpacing(4)
        self.summary = QLabel(host)
        self.summary.setObjectName("adoptionSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.applications_model = RowsModel(
            [
                Column(lambda: self.tr("Applied on"), lambda a: day_text(a.applied_on)),
                Column(
                    lambda: self.tr("Levels"),
                    lambda a: ", ".join(LEVEL_SHORT.get(c, c) for c in a.levels),
                ),
                Column(
                    lambda: self.tr("Students"),
                    lambda a: str(a.students_present),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(
                    lambda: self.tr("Exit ticket"),
                    lambda a: "✓" if a.tally else "—",
                    Qt.AlignmentFlag.AlignCenter,
                ),
                Column(
                    lambda: self.tr("Self-assessment"),
                    self._has_self_assessment,
                    Qt.AlignmentFlag.AlignCenter,
                ),
            ],
            self,
        )
        self.applications_table = QTableView(host)
        setup_table(self.applications_table, "applications", self.tr("Applications"))
        self.applications_table.setModel(self.applications_model)
        header = self.applications_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.applications_table.activated.connect(
            lambda index: self.open_application_row(index.row())
        )
        self.applications_table.clicked.connect(
            lambda index: self.open_application_row(index.row())
        )
        column.addWidget(
            field_label(self.tr("Times you applied it"), self.applications_table, host)
        )
        column.addWidget(self.applications_table)
        buttons = QHBoxLayout()
        self.new_application_button = QPushButton(self.tr("New application"), host)
        self.new_application_button.setObjectName("newApplication")
        self.new_application_button.clicked.connect(self.new_application)
        self.withdraw_button = QPushButton(self.tr("Withdraw this choice"), host)
        self.withdraw_button.setObjectName("withdrawAdoption")
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons.addWidget(self.new_application_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.application_heading = heading(host, 1.1)
        self.application_heading.setObjectName("applicationHeading")
        column.addWidget(self.application_heading)
        self.tabs = QTabWidget(host)
        self.tabs.setObjectName("applicationTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setUsesScrollButtons(True)
        self.tabs.addTab(self._build_application(), self.tr("Application"))
        self.tabs.addTab(self._build_ticket(), self.tr("Exit ticket"))
        self.tabs.addTab(self._build_self_assessment(), self.tr("Self-assessment"))
        column.addWidget(self.tabs, 1)
        return host

    def _build_application(self) -> QWidget:
        scroll, body, column = scroll_column(self, "applicationBody")
        row = QWidget(body)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.date_edit = date_edit(
            row, "applied_on", self.tr("Date of the application"), self.ctx.today()
        )
        self.date_edit.dateChanged.connect(lambda _d: self.edited("date"))
        self.students_spin = QSpinBox(row)
        self.students_spin.setObjectName("students_present")
        self.students_spin.setRange(1, rules.MAX_STUDENTS_PRESENT)
        self.students_spin.setAccessibleName(self.tr("Students present"))
        self.students_spin.valueChanged.connect(lambda _v: self._students_changed())
        date_error = error_label(row, "date")
        students_error = error_label(row, "students_present")
        grid.addWidget(field_label(self.tr("Date"), self.date_edit, row, required=True), 0, 0)
        grid.addWidget(self.date_edit, 1, 0)
        grid.addWidget(date_error, 2, 0)
        grid.addWidget(
            field_label(self.tr("Students present"), self.students_spin, row, required=True), 0, 1
        )
        grid.addWidget(self.students_spin, 1, 1)
        grid.addWidget(students_error, 2, 1)
        grid.setColumnStretch(2, 1)
        self.register_field("date", self.date_edit, date_error)
        self.register_field("students_present", self.students_spin, students_error)
        column.addWidget(row)
        self.levels = ChipGroup(
            [(code, LEVEL_SHORT[code], vocab(LEVEL_LABELS[code])) for code in LEVELS], body
        )
        self.levels.setObjectName("levels")
        self.levels.setAccessibleName(self.tr("Levels"))
        self.levels.toggled.connect(self._levels_changed)
        self.add_field(
            column,
            "levels",
            self.tr("Levels taking part"),
            self.levels,
            required=True,
            focus=self.levels.first(),
        )
        self.notes_edit = plain_text_edit(body, "notes", self.tr("Notes"), lines=3, most=8)
        self.notes_edit.setPlaceholderText(self.tr("How it went, what you changed on the day…"))
        self.notes_edit.textChanged.connect(lambda: self.edited("notes"))
        self.add_field(column, "notes", self.tr("Notes"), self.notes_edit)
        column.addStretch(1)
        return scroll

    def _build_self_assessment(self) -> QWidget:
        scroll, body, column = scroll_column(self, "selfAssessmentBody")
        self.rubric_host = QWidget(body)
        self.rubric_grid = QGridLayout(self.rubric_host)
        self.rubric_grid.setContentsMargins(0, 0, 0, 0)
        self.rubric_grid.setHorizontalSpacing(12)
        self.rubric_grid.setColumnStretch(0, 1)
        self.rubric_label = field_label(self.tr("How it went, criterion by criterion"), None, body)
        column.addWidget(self.rubric_label)
        column.addWidget(self.rubric_host)
        self.ratings_error = error_label(body, "ratings")
        column.addWidget(self.ratings_error)
        self.adjustments_edit = plain_text_edit(
            body, "adjustments", self.tr("Adjustments made"), lines=3, most=8
        )
        self.adjustments_edit.setPlaceholderText(
            self.tr("What you changed to fit your class and levels.")
        )
        self.adjustments_edit.textChanged.connect(lambda: self.edited("adjustments"))
        self.add_field(column, "adjustments", self.tr("Adjustments made"), self.adjustments_edit)
        self.decision_group = QButtonGroup(self)
        self.decision_buttons: dict[str, QRadioButton] = {}
        box = QWidget(body)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        for value, text in (
            (ContinueDecision.CONTINUE, self.tr("I will keep using it")),
            (ContinueDecision.ADJUST, self.tr("I will keep using it, with adjustments")),
            (ContinueDecision.DROP, self.tr("I will not use it again")),
        ):
            button = QRadioButton(text, box)
            button.setObjectName(f"decision_{value.value}")
            button.toggled.connect(lambda _on: self.edited("decision"))
            self.decision_group.addButton(button)
            self.decision_buttons[value.value] = button
            box_layout.addWidget(button)
        self.add_field(
            column,
            "decision",
            self.tr("Will you keep using it?"),
            box,
            focus=self.decision_buttons["continue"],
        )
        self.reflection_edit = plain_text_edit(
            body, "reflection", self.tr("Reflection"), lines=3, most=10
        )
        self.reflection_edit.setPlaceholderText(
            self.tr("What your students learnt, what you learnt.")
        )
        self.reflection_edit.textChanged.connect(lambda: self.edited("reflection"))
        self.add_field(column, "reflection", self.tr("Reflection"), self.reflection_edit)
        # A self-assessment has its own choice of who receives it (by default, the
        # adoption's): a reflection may be for the advisor only, or for nobody.
        self.sa_visibility_combo = QComboBox(body)
        self.sa_visibility_combo.setObjectName("selfAssessmentVisibility")
        self.sa_visibility_combo.setAccessibleName(self.tr("Who receives this self-assessment"))
        for value, label in VISIBILITY_LABELS.items():
            self.sa_visibility_combo.addItem(vocab(label), str(value))
        self.sa_visibility_combo.currentIndexChanged.connect(
            lambda _i: self.edited("sa_visibility")
        )
        self.add_field(
            column,
            "sa_visibility",
            self.tr("Who receives this self-assessment"),
            self.sa_visibility_combo,
        )
        self.register_field("ratings", self.rubric_host, self.ratings_error)
        column.addStretch(1)
        return scroll

    def _has_self_assessment(self, application: ApplicationInfo) -> str:
        adoption = self._adoption
        if adoption is None:
            return "—"
        return (
            "✓"
            if any(s.application_id == application.id for s in adoption.self_assessments)
            else "—"
        )

    # --- loading -------------------------------------------------------------------------

    @property
    def adoption(self) -> AdoptionInfo | None:
        return self._adoption

    @property
    def application(self) -> ApplicationInfo | None:
        return self._application

    def load_adoption(self, adoption: AdoptionInfo, application_id: str | None = None) -> None:
        """Shows a chosen practice and one of its applications (the latest by default,
        or a new one when there is none)."""
        self._adoption = adoption
        session_text = ""
        if adoption.session_id:
            try:
                session = self.ctx.sessions.get(adoption.session_id)
                session_text = self.tr(" at session {number} ({date})").format(
                    number=session.number, date=day_text(session.date)
                )
            except MingaError:
                session_text = ""
        self.heading.setText(adoption.practice_title)
        self.summary.setText(
            self.tr("Chosen on {date}{session}. {count}").format(
                date=day_text(adoption.chosen_on),
                session=session_text,
                count=self.tr("%n application(s) so far.", "", len(adoption.applications)),
            )
        )
        self.applications_model.set_rows(adoption.applications)
        fit_table_height(self.applications_table, len(adoption.applications), least=1, most=4)
        read_only = not adoption.is_mine
        self.new_application_button.setVisible(not read_only)
        self.withdraw_button.setVisible(not read_only)
        wanted = next((a for a in adoption.applications if a.id == application_id), None)
        if wanted is None and application_id is None and adoption.applications:
            wanted = adoption.applications[-1]
        if wanted is not None:
            self.load_application(wanted)
        else:
            self.new_application()

    def open_application_row(self, row: int) -> None:
        application = self.applications_model.row(row)
        if application is None or (
            self._application is not None and application.id == self._application.id
        ):
            return
        from minga.ui.editing.frame import settle

        if settle(self):
            self.load_application(application)

    def new_application(self) -> None:
        """An empty application of the adoption shown (today, no levels yet)."""
        if self.drafts is not None:
            self.drafts.forget()
        self._application = None
        self.record_id = None
        self.clear_errors()
        self.status_label.clear()
        self.application_heading.setText(self.tr("New application"))
        self.applications_table.clearSelection()
        self.set_read_only(self._adoption is None or not self._adoption.is_mine)
        self._load_templates()
        self.set_baseline(self._payload_for(None))
        self.show_notice("")
        self.tabs.setCurrentIndex(APPLICATION_TAB)
        if self.drafts is not None and self._adoption is not None:
            draft = next(
                (
                    d
                    for d in self.ctx.drafts.pending(APPLICATION_DRAFT_KIND)
                    if d.record_id is None and d.payload.get("adoption_id") == self._adoption.id
                ),
                None,
            )
            if draft is not None:
                self.apply_draft(draft)

    def load_application(self, application: ApplicationInfo) -> None:
        if self.drafts is not None:
            self.drafts.forget()
        self._application = application
        self.record_id = application.id
        self.clear_errors()
        self.status_label.clear()
        self.application_heading.setText(
            self.tr("Application of {date}").format(date=day_text(application.applied_on))
        )
        row = self.applications_model.row_of(application.id)
        if row is not None:
            self.applications_table.selectRow(row)
        self.set_read_only(not application.is_mine)
        # The tally and the self-assessment keep the templates they were made with.
        ticket_id = application.tally.template_id if application.tally else None
        assessment = self._assessment_of(application.id)
        rubric_id = assessment.template_id if assessment else None
        try:
            ticket = self.ctx.templates.resolve(TemplateKind.EXIT_TICKET, ticket_id)
            rubric = self.ctx.templates.resolve(TemplateKind.SELF_ASSESSMENT_RUBRIC, rubric_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
        else:
            with self.loading():
                self.levels.set_values(application.levels)
                self._use_ticket(ticket.id, ticket.body)
                self._use_rubric(rubric.id, rubric.body)
        self.set_baseline(self._payload_for(application))
        self.show_notice("")
        if self.drafts is not None and application.is_mine:
            draft = self.drafts.for_record(application.id)
            if draft is not None:
                self.apply_draft(draft)

    def load_draft(self, draft: Any) -> bool:
        adoption_id = draft.payload.get("adoption_id")
        try:
            adoption = self.ctx.adoption.get(adoption_id) if adoption_id else None
        except MingaError:
            adoption = None
        if adoption is None or not adoption.is_mine:
            return False
        self.load_adoption(adoption, draft.record_id or None)
        if draft.record_id is None and self.draft_id != draft.id:
            self.new_application()
            self.apply_draft(draft)
        elif self.draft_id != draft.id:
            self.apply_draft(draft)
        return True

    def _assessment_of(self, application_id: str) -> Any:
        if self._adoption is None:
            return None
        return next(
            (s for s in self._adoption.self_assessments if s.application_id == application_id), None
        )

    def _payload_for(self, application: ApplicationInfo | None) -> dict[str, Any]:
        assessment = self._assessment_of(application.id) if application else None
        return {
            "adoption_id": self._adoption.id if self._adoption else "",
            "applied_on": (application.applied_on if application else self.ctx.today()).isoformat(),
            "levels": list(application.levels) if application else [],
            "students_present": application.students_present if application else 1,
            "notes": application.notes if application else "",
            "counts": normalized_counts(application.tally.counts)
            if application and application.tally
            else {},
            "ratings": dict(assessment.ratings) if assessment else {},
            "adjustments": assessment.adjustments if assessment else "",
            "decision": assessment.decision if assessment else "",
            "reflection": assessment.reflection if assessment else "",
            "sa_visibility": (
                assessment.visibility
                if assessment and assessment.visibility
                else (self._adoption.visibility if self._adoption else "network")
            ),
        }

    # --- the payload -----------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        decision = next((v for v, b in self.decision_buttons.items() if b.isChecked()), "")
        return {
            "adoption_id": self._adoption.id if self._adoption else "",
            "applied_on": py_date(self.date_edit.date()).isoformat(),
            "levels": [code for code in LEVELS if code in self.levels.values()],
            "students_present": self.students_spin.value(),
            "notes": self.notes_edit.toPlainText(),
            "counts": normalized_counts(self.counts()),
            "ratings": {
                c: int(b.currentData()) for c, b in self._rating_combos.items() if b.currentData()
            },
            "adjustments": self.adjustments_edit.toPlainText(),
            "decision": decision,
            "reflection": self.reflection_edit.toPlainText(),
            "sa_visibility": self.sa_visibility_combo.currentData() or "network",
        }

    def draft_title(self) -> str:
        title = self._adoption.practice_title if self._adoption else ""
        return self.tr("Application of «{title}»").format(title=title)

    def fill(self, payload: dict[str, Any]) -> None:
        try:
            day = dt.date.fromisoformat(str(payload.get("applied_on")))
        except ValueError:
            day = self.ctx.today()
        self.date_edit.setDate(qdate(day))
        self.levels.set_values(payload.get("levels") or [])
        self.students_spin.setValue(int(payload.get("students_present") or 1))
        self.notes_edit.setPlainText(str(payload.get("notes") or ""))
        self._build_ticket_grid()
        counts = payload.get("counts") or {}
        for (qid, oid, level), spin in self._spins.items():
            spin.setValue(int(counts.get(qid, {}).get(oid, {}).get(level, 0) or 0))
        ratings = payload.get("ratings") or {}
        for criterion, combo in self._rating_combos.items():
            select_data(combo, int(ratings.get(criterion, 0) or 0))
        self.adjustments_edit.setPlainText(str(payload.get("adjustments") or ""))
        self.decision_group.setExclusive(False)
        for value, button in self.decision_buttons.items():
            button.setChecked(value == payload.get("decision"))
        self.decision_group.setExclusive(True)
        self.reflection_edit.setPlainText(str(payload.get("reflection") or ""))
        select_data(self.sa_visibility_combo, payload.get("sa_visibility") or "network")
        self._check_counts()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.date_edit.setReadOnly(read_only)
        self.students_spin.setReadOnly(read_only)
        self.notes_edit.setReadOnly(read_only)
        self.levels.set_editable(not read_only)
        for spin in self._spins.values():
            spin.setReadOnly(read_only)
        for combo in self._rating_combos.values():
            combo.setEnabled(not read_only)
        for button in self.decision_buttons.values():
            button.setEnabled(not read_only)
        self.adjustments_edit.setReadOnly(read_only)
        self.reflection_edit.setReadOnly(read_only)
        self.sa_visibility_combo.setEnabled(not read_only)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.applications_table,
            self.new_application_button,
            self.withdraw_button,
            self.tabs.tabBar(),
            self.date_edit,
            self.students_spin,
            *self.levels.boxes.values(),
            self.notes_edit,
            *self._spins.values(),
            *self._rating_combos.values(),
            self.adjustments_edit,
            *self.decision_buttons.values(),
            self.reflection_edit,
            self.sa_visibility_combo,
            self.save_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- saving --------------------------------------------------------------------------

    def store(self) -> bool:
        adoption = self._adoption
        if adoption is None:
            return False
        data = self.payload()
        base = self._baseline
        service = self.ctx.adoption
        app_changed = self.record_id is None or any(data[k] != base.get(k) for k in APP_KEYS)
        counts_changed = data["counts"] != base.get("counts")
        sa_changed = any(data[k] != base.get(k) for k in SA_KEYS)
        # Checks first, so that nothing is saved while a part is wrong.
        self.clear_errors()
        problems = self._check_counts()
        if problems:
            first = next(iter(problems))
            self.tabs.setCurrentIndex(TICKET_TAB)
            box = next(
                (b for b in self._ticket_boxes if b.objectName() == f"question_{first}"), None
            )
            if box is not None:
                self.reveal(box)
            spin = next((s for (q, _o, _l), s in self._spins.items() if q == first), None)
            if spin is not None:
                spin.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if sa_changed and not data["decision"]:
            self.tabs.setCurrentIndex(SELF_TAB)
            self.set_error("decision", self.tr("Choose whether you will keep using the practice."))
            self.decision_buttons["continue"].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        application_id = self.record_id
        data_in = ApplicationInput(
            adoption_id=adoption.id,
            applied_on=dt.date.fromisoformat(data["applied_on"]),
            levels=data["levels"],
            students_present=data["students_present"],
            notes=data["notes"],
        )
        if application_id is None:
            application_id = service.record_application(data_in).id
            self.record_id = application_id
        elif app_changed:
            service.update_application(application_id, data_in)
        if counts_changed:
            try:
                service.record_tally(
                    TallyInput(
                        application_id=application_id,
                        counts=self.counts(),
                        template_id=self._ticket_template,
                    )
                )
            except ValidationErrors as exc:
                self.tabs.setCurrentIndex(TICKET_TAB)
                raise exc
        if sa_changed:
            service.record_self_assessment(
                SelfAssessmentInput(
                    adoption_id=adoption.id,
                    application_id=application_id,
                    decision=data["decision"],
                    ratings=data["ratings"],
                    adjustments=data["adjustments"],
                    reflection=data["reflection"],
                    template_id=self._rubric_template,
                    visibility=data["sa_visibility"],
                )
            )
        if self.drafts is not None:
            self.drafts.discard()
        tab = self.tabs.currentIndex()
        self.load_adoption(service.get(adoption.id), application_id)
        self.tabs.setCurrentIndex(tab)
        self.ctx.bridge.info(self.tr("Application saved."))
        self.saved.emit(adoption.id)
        return True

    def withdraw(self) -> bool:
        adoption = self._adoption
        if adoption is None or not adoption.is_mine:
            return False
        if not confirm(
            self,
            self.tr("Withdraw choice"),
            self.tr("Stop following «{title}»?").format(title=adoption.practice_title),
            self.tr("Withdraw"),
            self.tr("Cancel"),
            informative=self.tr("Its applications stay on record."),
        ):
            return False
        try:
            self.ctx.adoption.withdraw(adoption.id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        if self.drafts is not None:
            self.drafts.discard()
        self.withdrawn.emit(adoption.id)
        return True

    def reveal(self, widget: QWidget) -> None:
        for tab in range(self.tabs.count()):
            page = self.tabs.widget(tab)
            if page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(tab)
                break
        super().reveal(widget)

    def focus_first_field(self) -> None:
        self.tabs.setCurrentIndex(APPLICATION_TAB)
        target = self.close_button if self.is_read_only else self.date_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)
