"""The satisfaction survey of a session: the share agreeing so far, and a form for an
answer (a teacher's own; the advisor types in paper forms one by one or as a tally).
An answer is a record of its own, written at once by its button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain.errors import MingaError, ValidationError, ValidationErrors
from minga.domain.vocab import AttendanceStatus
from minga.services.sessions import SatisfactionInput, SessionDetail
from minga.ui.charts import PercentBars
from minga.ui.context import UiContext
from minga.ui.widgets.fields import error_label, field_label, scroll_column, show_text
from minga.ui.widgets.text import ratio_text

__all__ = ["SurveyTab"]


class _Stack:
    """`addRow(label, widget)` one under the other (a QFormLayout stand-in)."""

    def __init__(self) -> None:
        self.layout = QVBoxLayout()
        self.layout.setSpacing(2)

    def addRow(self, label: QWidget, widget: QWidget) -> None:
        self.layout.addWidget(label)
        self.layout.addWidget(widget)
        self.layout.addSpacing(4)


class SurveyTab(QWidget):
    """The survey of a saved session."""

    def __init__(self, ctx: UiContext, is_advisor: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_advisor = is_advisor
        self._detail: SessionDetail | None = None
        self._members: list[Any] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, body, column = scroll_column(self, "sessionSurveyBody")
        outer.addWidget(scroll)
        self.heading = QLabel(body)
        self.heading.setObjectName("surveyHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.bars = PercentBars(body)
        self.bars.setObjectName("surveyBars")
        self.bars.setAccessibleName(self.tr("Satisfaction: share agreeing"))
        column.addWidget(self.bars)

        self.group = QGroupBox(body)
        self.group.setObjectName("surveyForm")
        form = QVBoxLayout(self.group)
        self.intro = QLabel(self.group)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        form.addWidget(self.intro)
        self._build_mode(form)
        form.addLayout(self._build_answer())
        self.error = error_label(self.group, "survey")
        form.addWidget(self.error)
        self.send_button = QPushButton(self.group)
        self.send_button.setObjectName("sendSurvey")
        self.send_button.clicked.connect(self.send)
        form.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.group)
        column.addStretch(1)

    def _build_mode(self, form: QVBoxLayout) -> None:
        mode = QHBoxLayout()
        self.one_answer_radio = QRadioButton(self.tr("One person's answer"), self.group)
        self.one_answer_radio.setObjectName("surveyOne")
        self.tally_radio = QRadioButton(self.tr("A tally of paper forms"), self.group)
        self.tally_radio.setObjectName("surveyTally")
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.one_answer_radio)
        self.mode.addButton(self.tally_radio)
        self.one_answer_radio.setChecked(True)
        self.mode.buttonToggled.connect(lambda *_a: self._mode_changed())
        mode.addWidget(self.one_answer_radio)
        mode.addWidget(self.tally_radio)
        mode.addStretch(1)
        self.mode_row = QWidget(self.group)
        self.mode_row.setLayout(mode)
        mode.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.mode_row)

    def _build_answer(self) -> QVBoxLayout:
        # Each question above its answer: questions are sentences, they wrap on a narrow
        # pane (a form layout's wrapped labels get clipped).
        grid = _Stack()
        self.respondent_combo = QComboBox(self.group)
        self.respondent_combo.setObjectName("respondent")
        self.respondent_combo.setAccessibleName(self.tr("Who answered"))
        self.respondent_label = field_label(
            self.tr("Who answered"), self.respondent_combo, self.group
        )
        grid.addRow(self.respondent_label, self.respondent_combo)
        self.count_spin = QSpinBox(self.group)
        self.count_spin.setObjectName("surveyCount")
        self.count_spin.setRange(2, rules.MAX_SURVEY_COUNT)
        self.count_spin.setAccessibleName(self.tr("How many forms gave this answer"))
        self.count_label = field_label(
            self.tr("Forms with this answer"), self.count_spin, self.group
        )
        grid.addRow(self.count_label, self.count_spin)
        self.level_combos: dict[str, QComboBox] = {}
        for name in rules.SATISFACTION_QUESTIONS:
            combo = QComboBox(self.group)
            combo.setObjectName(f"survey_{name}")
            combo.setAccessibleName(self.question(name))
            # No answer until one is chosen: a preselected "4 · Very much" would be sent
            # by whoever does not look.
            combo.addItem(self.tr("— choose an answer —"), None)
            for level in reversed(rules.SATISFACTION_LEVELS):
                combo.addItem(self.level_label(level), level)
            combo.setCurrentIndex(0)
            self.level_combos[name] = combo
            grid.addRow(field_label(self.question(name), combo, self.group), combo)
        self.comment_edit = QLineEdit(self.group)
        self.comment_edit.setObjectName("surveyComment")
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        grid.addRow(
            field_label(self.tr("Comment (optional)"), self.comment_edit, self.group),
            self.comment_edit,
        )
        return grid.layout

    # --- words ---------------------------------------------------------------------------

    def question(self, name: str) -> str:
        return {
            "useful": self.tr("The session was useful for my work"),
            "prepared": self.tr("I feel prepared to apply what we saw"),
            "trust": self.tr("I felt confident to voice my doubts"),
        }[name]

    def short(self, name: str) -> str:
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

    # --- showing and sending -----------------------------------------------------------

    def show_session(self, detail: SessionDetail | None, members: list[Any]) -> None:
        self._detail = detail
        self._members = members
        self.refresh()

    def refresh(self) -> None:
        detail = self._detail
        if detail is None:
            self.bars.set_rows([])
            return
        try:
            summary = self.ctx.sessions.satisfaction_summary(detail.id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self.heading.setText(
            self.tr("%n answer(s) so far. Share answering 3 or 4:", "", summary.answers)
            if summary.answers
            else ""
        )
        self.heading.setVisible(bool(summary.answers))
        self.bars.set_empty_text(self.tr("No answers yet."))
        rows = []
        for name in rules.SATISFACTION_QUESTIONS:
            ratio = getattr(summary, name)
            share = f"({ratio_text(ratio.numerator, ratio.denominator)})"
            rows.append((self.short(name), ratio.rate, share))
        self.bars.set_rows(rows if summary.answers else [])
        self.respondent_combo.clear()
        if self.is_advisor:
            self.group.setTitle(self.tr("Enter answers"))
            self.intro.setText(
                self.tr("Type in the paper forms one by one, or as a tally of identical answers.")
            )
            self.respondent_combo.addItem(self.tr("Anonymous (paper form)"), None)
            present = {
                a.person_id for a in detail.attendance if a.status == AttendanceStatus.PRESENT
            }
            for person in self._members:
                if not present or person.id in present:
                    self.respondent_combo.addItem(person.name, person.id)
            self.send_button.setText(self.tr("Add answers"))
            self.group.setVisible(detail.is_mine)
        else:
            self.group.setTitle(self.tr("Your answer"))
            self.intro.setText(
                self.tr("How was this session for you? Answering again replaces your answer.")
            )
            self.respondent_combo.addItem(self.ctx.actor.name, self.ctx.actor.person_id)
            self.send_button.setText(self.tr("Send my answer"))
            self.group.setVisible(True)
        self._mode_changed()

    def _mode_changed(self) -> None:
        tally = self.is_advisor and self.tally_radio.isChecked()
        self.mode_row.setVisible(self.is_advisor)
        self.respondent_combo.setVisible(not tally)
        self.respondent_label.setVisible(not tally)
        self.respondent_combo.setEnabled(self.is_advisor)
        self.count_spin.setVisible(tally)
        self.count_label.setVisible(tally)

    def send(self) -> bool:
        detail = self._detail
        if detail is None:
            return False
        unanswered = [n for n, combo in self.level_combos.items() if combo.currentData() is None]
        if unanswered:
            show_text(
                self.error,
                self.tr("Choose an answer for every question ({questions}).").format(
                    questions=", ".join(self.short(n) for n in unanswered)
                ),
            )
            self.level_combos[unanswered[0]].setFocus(Qt.FocusReason.OtherFocusReason)
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
        show_text(self.error, "")
        try:
            self.ctx.sessions.record_satisfaction(detail.id, data)
        except (ValidationErrors, ValidationError) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            show_text(self.error, "\n".join(e.message() for e in errors))
            return False
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.comment_edit.clear()
        for combo in self.level_combos.values():
            combo.setCurrentIndex(0)  # the next paper form starts unanswered too
        self.ctx.bridge.info(
            self.tr("Thank you: your answer was saved.")
            if not self.is_advisor
            else self.tr("%n answer(s) added.", "", data.count)
        )
        self.refresh()
        return True
