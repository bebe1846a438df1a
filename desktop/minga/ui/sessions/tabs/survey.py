"""The satisfaction survey of a session: the share agreeing so far, and a form for an
answer (a teacher's own, anonymous and final, shown back only on her computer; the
advisor types in paper forms one by one or as a tally). An answer is a record of its
own, written at once by its button. The statements and the scale are the network's
wording (the survey's template) once the advisor has changed it; Minga's own wording,
translated, until then."""

from __future__ import annotations

import itertools
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
from minga.services.sessions import SatisfactionInput, SessionDetail
from minga.services.templates import SurveyWording
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
        self._wording: SurveyWording | None = None  # None: Minga's own, translated
        self.question_labels: dict[str, QLabel] = {}
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
        # The questions in one box, hidden once this computer has answered.
        self.answer_box = QWidget(self.group)
        answer_layout = self._build_answer()
        answer_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_box.setLayout(answer_layout)
        form.addWidget(self.answer_box)
        self.own_answer = QLabel(self.group)
        self.own_answer.setObjectName("surveyOwnAnswer")
        self.own_answer.setTextFormat(Qt.TextFormat.PlainText)
        self.own_answer.setWordWrap(True)
        form.addWidget(self.own_answer)
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
        self.one_answer_radio = QRadioButton(self.tr("One paper form"), self.group)
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
        self.count_spin = QSpinBox(self.group)
        self.count_spin.setObjectName("surveyCount")
        self.count_spin.setRange(2, rules.MAX_SURVEY_COUNT)
        self.count_spin.setAccessibleName(self.tr("How many forms gave this answer"))
        self.count_label = field_label(
            self.tr("Forms with this answer"), self.count_spin, self.group
        )
        grid.addRow(self.count_label, self.count_spin)
        # The statements in a box of their own: they follow the order of the paper form.
        self.questions_layout = QVBoxLayout()
        self.questions_layout.setSpacing(2)
        grid.layout.addLayout(self.questions_layout)
        self._order: list[str] = []
        self.level_combos: dict[str, QComboBox] = {}
        for name in rules.SURVEY_QUESTIONS:
            combo = QComboBox(self.group)
            combo.setObjectName(f"survey_{name}")
            combo.setAccessibleName(self.question(name))
            # No answer until one is chosen: a preselected "4 · Very much" would be sent
            # by whoever does not look.
            combo.addItem(self.tr("— choose an answer —"), None)
            for level in reversed(rules.SATISFACTION_LEVELS):
                combo.addItem(self.level_label(level), level)
            if name == "applied" and self.is_advisor:
                # Paper forms printed before the question existed do not ask it.
                combo.addItem(self.tr("Not on this paper form"), 0)
            combo.setCurrentIndex(0)
            self.level_combos[name] = combo
            self.question_labels[name] = field_label(self.question(name), combo, self.group)
        self.comment_edit = QLineEdit(self.group)
        self.comment_edit.setObjectName("surveyComment")
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        grid.addRow(
            field_label(self.tr("Comment (optional)"), self.comment_edit, self.group),
            self.comment_edit,
        )
        self._place_questions(list(rules.SURVEY_QUESTIONS))
        return grid.layout

    def _place_questions(self, order: list[str]) -> None:
        """The statements in `order` (the paper form's, which the advisor copies from),
        the keyboard going through them in that order too."""
        if order == self._order:
            return
        self._order = order
        while self.questions_layout.count():
            self.questions_layout.takeAt(0)
        for name in order:
            self.questions_layout.addWidget(self.question_labels[name])
            self.questions_layout.addWidget(self.level_combos[name])
            self.questions_layout.addSpacing(4)
        chain = [self.count_spin, *(self.level_combos[n] for n in order), self.comment_edit]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- words ---------------------------------------------------------------------------

    def question(self, name: str) -> str:
        if self._wording is not None and name in self._wording.questions:
            return self._wording.questions[name]
        return {
            "useful": self.tr("The session was useful for my work"),
            "prepared": self.tr("I feel prepared to apply what we saw"),
            "trust": self.tr("I felt confident to voice my doubts"),
            "applied": self.tr("I brought what I learnt in the network into my practice"),
        }[name]

    def short(self, name: str) -> str:
        return {
            "useful": self.tr("Useful"),
            "prepared": self.tr("Prepared to apply"),
            "trust": self.tr("Confident to voice doubts"),
            "applied": self.tr("Brought into practice"),
        }[name]

    def level_label(self, level: int) -> str:
        if self._wording is not None and 1 <= level <= len(self._wording.scale):
            return f"{level} · {self._wording.scale[level - 1]}"
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

    def _load_wording(self) -> None:
        """The network's wording of the survey, shown in the form's labels and choices."""
        try:
            wording = self.ctx.templates.survey_wording()
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self._wording = wording if wording.edited else None
        order = [n for n in wording.questions if n in self.level_combos]
        self._place_questions(
            order
            if self._wording is not None and len(order) == len(self.level_combos)
            else list(rules.SURVEY_QUESTIONS)
        )
        for name, combo in self.level_combos.items():
            text = self.question(name)
            self.question_labels[name].setText(text)
            combo.setAccessibleName(text)
            for index in range(combo.count()):
                level = combo.itemData(index)
                if level:
                    combo.setItemText(index, self.level_label(level))

    def refresh(self) -> None:
        detail = self._detail
        if detail is None:
            self.bars.set_rows([])
            return
        self._load_wording()
        try:
            summary = self.ctx.sessions.satisfaction_summary(detail.id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        waiting = (
            self.tr(
                "%n anonymous answer(s) received: the summary shows from 3 answers on.",
                "",
                summary.waiting,
            )
            if summary.waiting
            else ""
        )
        self.heading.setText(
            self.tr("%n answer(s) so far. Share answering 3 or 4:", "", summary.answers)
            if summary.answers
            else waiting
        )
        self.heading.setVisible(bool(summary.answers or waiting))
        self.bars.set_empty_text(self.tr("No answers yet."))
        rows = []
        for name in rules.SURVEY_QUESTIONS:
            ratio = getattr(summary, name)
            if not ratio.denominator:
                continue
            share = f"({ratio_text(ratio.numerator, ratio.denominator)})"
            rows.append((self.short(name), ratio.rate, share))
        self.bars.set_rows(rows if summary.answers else [])
        mine = None if self.is_advisor else self.ctx.sessions.my_survey_answer(detail.id)
        self._show_form(detail, mine)

    def _show_form(self, detail: SessionDetail, mine: Any) -> None:
        if self.is_advisor:
            self.group.setTitle(self.tr("Enter answers"))
            self.intro.setText(
                self.tr(
                    "Type in the paper forms one by one, or as a tally of identical "
                    "answers. Teachers' own answers arrive without their names and count "
                    "once a session has 3 of them."
                )
            )
            self.send_button.setText(self.tr("Add answers"))
            self.group.setVisible(detail.is_mine)
        else:
            self.group.setTitle(self.tr("Your answer"))
            self.intro.setText(
                self.tr(
                    "How was this session for you? Your answer is anonymous: it travels "
                    "without your name, the advisor sees only the summary once 3 people "
                    "answered, and it cannot be changed once sent."
                )
            )
            self.send_button.setText(self.tr("Send my answer"))
            self.group.setVisible(True)
        answered = mine is not None
        if answered:
            lines = [self.tr("Your answer (only this computer shows it):")]
            for name in self._order:
                level = getattr(mine, name)
                if level:
                    lines.append(f"{self.question(name)}: {self.level_label(level)}")
            if mine.comment:
                lines.append(self.tr("Comment: %1").replace("%1", mine.comment))
            self.own_answer.setText("\n".join(lines))
        self.own_answer.setVisible(answered)
        self.answer_box.setVisible(not answered)
        self.send_button.setVisible(not answered)
        self._mode_changed()

    def _mode_changed(self) -> None:
        tally = self.is_advisor and self.tally_radio.isChecked()
        self.mode_row.setVisible(self.is_advisor)
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
            applied=self.level_combos["applied"].currentData(),
            count=self.count_spin.value() if tally else 1,
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
