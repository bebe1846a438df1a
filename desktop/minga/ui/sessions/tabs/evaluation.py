"""What the participants said of each presented practice (an evaluation is a record of
its own, written at once by its button)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError, ValidationError, ValidationErrors
from minga.domain.vocab import Replicability
from minga.services.sessions import FeedbackInfo, FeedbackInput, SessionDetail
from minga.ui.context import UiContext
from minga.ui.widgets.fields import (
    banner,
    error_label,
    field_label,
    plain_text_edit,
    scroll_column,
    select_data,
    show_text,
)
from minga.ui.widgets.table import Column, RowsModel, fit_table_height, setup_table

__all__ = ["EvaluationTab"]


class EvaluationTab(QWidget):
    """The evaluations of a saved session's presented practices; the advisor writes them."""

    def __init__(self, ctx: UiContext, is_advisor: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_advisor = is_advisor
        self._detail: SessionDetail | None = None
        self._members: list[Any] = []
        self._feedback: list[FeedbackInfo] = []
        self._editing: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, body, column = scroll_column(self, "sessionEvaluationBody")
        outer.addWidget(scroll)
        self.note = banner(body, "evaluationNote")
        column.addWidget(self.note)
        self.evaluated_combo = QComboBox(body)
        self.evaluated_combo.setObjectName("evaluatedPractice")
        self.evaluated_combo.setAccessibleName(self.tr("Presented practice"))
        self.evaluated_combo.currentIndexChanged.connect(lambda _i: self._show_feedback())
        column.addWidget(field_label(self.tr("Presented practice"), self.evaluated_combo, body))
        column.addWidget(self.evaluated_combo)
        self.model = RowsModel(
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
        self.table = QTableView(body)
        setup_table(self.table, "feedback", self.tr("Evaluations"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda index: self._edit(index.row()))
        self.table.clicked.connect(lambda index: self._edit(index.row()))
        column.addWidget(field_label(self.tr("What the participants said"), self.table, body))
        column.addWidget(self.table)
        self._build_form(body, column)
        column.addStretch(1)

    def _build_form(self, body: QWidget, column: QVBoxLayout) -> None:
        self.group = QGroupBox(self.tr("Write down an evaluation"), body)
        self.group.setObjectName("feedbackForm")
        form = QVBoxLayout(self.group)
        self.author_combo = QComboBox(self.group)
        self.author_combo.setObjectName("feedbackAuthor")
        self.author_combo.setAccessibleName(self.tr("Participant"))
        form.addWidget(
            field_label(self.tr("Participant (optional)"), self.author_combo, self.group)
        )
        form.addWidget(self.author_combo)
        self.strengths_edit = plain_text_edit(
            self.group, "feedbackStrengths", self.tr("Strengths"), lines=2
        )
        form.addWidget(field_label(self.tr("Strengths"), self.strengths_edit, self.group))
        form.addWidget(self.strengths_edit)
        self.suggestions_edit = plain_text_edit(
            self.group, "feedbackSuggestions", self.tr("Suggestions"), lines=2
        )
        form.addWidget(field_label(self.tr("Suggestions"), self.suggestions_edit, self.group))
        form.addWidget(self.suggestions_edit)
        self.replicability_combo = QComboBox(self.group)
        self.replicability_combo.setObjectName("replicability")
        self.replicability_combo.setAccessibleName(self.tr("Could they replicate it?"))
        for value in Replicability:
            self.replicability_combo.addItem(self.replicability_label(value), str(value))
        form.addWidget(
            field_label(
                self.tr("Could they replicate it in their school?"),
                self.replicability_combo,
                self.group,
            )
        )
        form.addWidget(self.replicability_combo)
        self.error = error_label(self.group, "feedback")
        form.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Add evaluation"), self.group)
        self.save_button.setObjectName("saveFeedback")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("New evaluation"), self.group)
        self.new_button.setObjectName("newFeedback")
        self.new_button.clicked.connect(self.clear_form)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        form.addLayout(buttons)
        column.addWidget(self.group)

    def replicability_label(self, value: str) -> str:
        return {
            Replicability.YES: self.tr("Yes"),
            Replicability.WITH_ADJUSTMENTS: self.tr("With adjustments"),
            Replicability.NO: self.tr("No"),
        }.get(value, value)

    def show_session(self, detail: SessionDetail | None, members: list[Any]) -> None:
        self._detail = detail
        self._members = members
        self.refresh()

    def refresh(self) -> None:
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
        self.group.setVisible(can_write)
        if detail is not None and not detail.presentations:
            show_text(self.note, self.tr("Practices are evaluated once they are on the programme."))
        else:
            show_text(self.note, "")
        self.author_combo.clear()
        self.author_combo.addItem(self.tr("— the group"), None)
        for person in self._members:
            self.author_combo.addItem(person.name, person.id)
        self._show_feedback()

    def _show_feedback(self) -> None:
        practice_id = self.evaluated_combo.currentData()
        rows = [f for f in self._feedback if f.practice_id == practice_id]
        self.model.set_rows(rows)
        fit_table_height(self.table, len(rows), least=2, most=6)
        self.clear_form()

    def clear_form(self) -> None:
        self._editing = None
        self.author_combo.setCurrentIndex(0)
        self.strengths_edit.clear()
        self.suggestions_edit.clear()
        self.replicability_combo.setCurrentIndex(0)
        show_text(self.error, "")
        self.save_button.setText(self.tr("Add evaluation"))

    def _edit(self, row: int) -> None:
        info = self.model.row(row)
        if info is None or not info.is_mine or not self.group.isVisible():
            return
        self._editing = info.id
        select_data(self.author_combo, info.author_id)
        self.strengths_edit.setPlainText(info.strengths)
        self.suggestions_edit.setPlainText(info.suggestions)
        select_data(self.replicability_combo, info.replicability)
        self.save_button.setText(self.tr("Save evaluation"))

    def save(self) -> bool:
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
            if self._editing:
                self.ctx.sessions.update_feedback(self._editing, data)
            else:
                self.ctx.sessions.add_feedback(data)
        except (ValidationErrors, ValidationError) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            show_text(self.error, "\n".join(e.message() for e in errors))
            return False
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.ctx.bridge.info(self.tr("Evaluation saved."))
        self.refresh()
        return True
