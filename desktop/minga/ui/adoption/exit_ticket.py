"""The exit-ticket tab of the application editor and the templates it uses: the
template's questions as a grid of counts per level, the checks of those counts against the
students present, and the rubric the self-assessment rates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain.errors import MingaError
from minga.domain.vocab import (
    LEVEL_LABELS,
    LEVEL_SHORT,
    TemplateKind,
)
from minga.ui.widgets.fields import (
    banner,
    error_label,
    scroll_column,
    show_text,
)
from minga.ui.widgets.text import vocab


class ExitTicketTab:
    """Part of `ApplicationEditor` (its texts keep the `ApplicationEditor` translation context)."""

    def _build_ticket(self) -> QWidget:
        scroll, body, column = scroll_column(self, "ticketBody")
        self.ticket_body = body
        self.ticket_intro = QLabel(body)
        self.ticket_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.ticket_intro.setWordWrap(True)
        self.ticket_intro.setText(
            QCoreApplication.translate(
                "ApplicationEditor",
                "Count the students' slips: how many chose each option, per level. "
                "Only counts are kept, never names.",
            )
        )
        column.addWidget(self.ticket_intro)
        self.ticket_note = banner(body, "ticketNote")
        column.addWidget(self.ticket_note)
        self.ticket_host = QWidget(body)
        self.ticket_layout = QVBoxLayout(self.ticket_host)
        self.ticket_layout.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.ticket_host)
        self.counts_error = error_label(body, "counts")
        column.addWidget(self.counts_error)
        self.register_field("counts", self.ticket_intro, self.counts_error)
        column.addStretch(1)
        return scroll

    # --- templates -----------------------------------------------------------------------

    def _load_templates(self) -> None:
        try:
            ticket = self.ctx.templates.resolve(TemplateKind.EXIT_TICKET)
            rubric = self.ctx.templates.resolve(TemplateKind.SELF_ASSESSMENT_RUBRIC)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self._use_ticket(ticket.id, ticket.body)
        self._use_rubric(rubric.id, rubric.body)

    def _use_ticket(self, template_id: str | None, body: dict[str, Any]) -> None:
        self._ticket_template = template_id
        self._questions = [q for q in body.get("questions", []) if isinstance(q, dict)]
        self._build_ticket_grid()

    def _use_rubric(self, template_id: str | None, body: dict[str, Any]) -> None:
        self._rubric_template = template_id
        self._criteria = [c for c in body.get("criteria", []) if isinstance(c, dict)]
        grid = self.rubric_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rating_combos = {}
        for row, criterion in enumerate(self._criteria):
            ident = str(criterion.get("id"))
            label = QLabel(str(criterion.get("label", ident)), self.rubric_host)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            combo = QComboBox(self.rubric_host)
            combo.setObjectName(f"rating_{ident}")
            combo.setAccessibleName(label.text())
            combo.addItem(QCoreApplication.translate("ApplicationEditor", "— not rated"), 0)
            for level, text in enumerate(criterion.get("levels", []), start=1):
                combo.addItem(f"{level} · {text}", level)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _i: self.edited("ratings"))
            combo.currentTextChanged.connect(lambda text, c=combo: c.setToolTip(text))
            label.setBuddy(combo)
            # The criterion above its levels: level texts are sentences, they need the width.
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(combo, 2 * row + 1, 0)
            grid.setRowMinimumHeight(2 * row + 1, combo.sizeHint().height() + 6)
            self._rating_combos[ident] = combo
        self._set_tab_order()

    def _build_ticket_grid(self) -> None:
        """One box per question: options down, levels across, a spin box in each cell."""
        kept = {key: spin.value() for key, spin in self._spins.items()}
        for box in self._ticket_boxes:
            self.ticket_layout.removeWidget(box)
            box.deleteLater()
        self._ticket_boxes = []
        self._spins = {}
        self._question_totals = {}
        self._question_errors = {}
        levels = self.levels.values()
        show_text(
            self.ticket_note,
            ""
            if levels
            else QCoreApplication.translate(
                "ApplicationEditor", "Tick the levels of the application first (Application tab)."
            ),
        )
        for question in self._questions:
            qid = str(question.get("id"))
            box = QGroupBox(str(question.get("prompt") or qid), self.ticket_host)
            box.setObjectName(f"question_{qid}")
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(10)
            for column, level in enumerate(levels, start=1):
                header = QLabel(LEVEL_SHORT.get(level, level), box)
                header.setToolTip(vocab(LEVEL_LABELS.get(level, level)))
                header.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(header, 0, column)
            for row, option in enumerate(question.get("options", []), start=1):
                oid = str(option.get("id"))
                text = str(option.get("label") or oid)
                label = QLabel(text, box)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
                label.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
                grid.addWidget(label, row, 0)
                for column, level in enumerate(levels, start=1):
                    spin = QSpinBox(box)
                    spin.setObjectName(f"count_{qid}_{oid}_{level}")
                    spin.setRange(0, rules.MAX_STUDENTS_PRESENT)
                    spin.setAccessibleName(
                        QCoreApplication.translate(
                            "ApplicationEditor", "{option}, {level}: students"
                        ).format(option=text, level=vocab(LEVEL_LABELS.get(level, level)))
                    )
                    spin.setValue(kept.get((qid, oid, level), 0))
                    spin.valueChanged.connect(lambda _v, q=qid: self._count_changed(q))
                    if column == 1:
                        label.setBuddy(spin)
                    grid.addWidget(spin, row, column)
                    self._spins[(qid, oid, level)] = spin
            grid.setColumnStretch(0, 0)
            grid.setColumnStretch(len(levels) + 1, 1)  # counts stay next to their options
            total = QLabel(box)
            total.setObjectName(f"total_{qid}")
            total.setTextFormat(Qt.TextFormat.PlainText)
            error = error_label(box, f"question_{qid}")
            footer = len(question.get("options", [])) + 1
            grid.addWidget(total, footer, 0, 1, len(levels) + 2)
            grid.addWidget(error, footer + 1, 0, 1, len(levels) + 2)
            self._question_totals[qid] = total
            self._question_errors[qid] = error
            box.setVisible(bool(levels))
            self.ticket_layout.addWidget(box)
            self._ticket_boxes.append(box)
        self._check_counts()
        self._set_tab_order()

    # --- counts --------------------------------------------------------------------------

    def counts(self) -> dict[str, dict[str, dict[str, int]]]:
        """Every cell of the grid: {question: {option: {level: count}}} (zeros included)."""
        full: dict[str, dict[str, dict[str, int]]] = {}
        for (qid, oid, level), spin in self._spins.items():
            full.setdefault(qid, {}).setdefault(oid, {})[level] = spin.value()
        return full

    def question_problems(self) -> dict[str, str]:
        """{question id: the sentence} for questions with more answers than students."""
        present = self.students_spin.value()
        problems = {}
        for qid, options in self.counts().items():
            answered = sum(sum(by_level.values()) for by_level in options.values())
            if answered > present:
                problems[qid] = QCoreApplication.translate(
                    "ApplicationEditor",
                    "{count} answers, but only {present} students were present: "
                    "correct the counts before saving.",
                ).format(count=answered, present=present)
        return problems

    def _check_counts(self) -> dict[str, str]:
        problems = self.question_problems()
        present = self.students_spin.value()
        for qid, options in self.counts().items():
            answered = sum(sum(by_level.values()) for by_level in options.values())
            label = self._question_totals.get(qid)
            if label is not None:
                label.setText(
                    QCoreApplication.translate(
                        "ApplicationEditor", "{count} answers of {present} students present"
                    ).format(count=answered, present=present)
                )
        for qid, error in self._question_errors.items():
            show_text(error, problems.get(qid, ""))
            for (q, _o, _l), spin in self._spins.items():
                if q == qid:
                    spin.setAccessibleDescription(problems.get(qid, ""))
        return problems

    def _count_changed(self, _qid: str) -> None:
        self._check_counts()
        self.edited("counts")

    def _students_changed(self) -> None:
        self._check_counts()
        self.edited("students_present")

    def _levels_changed(self) -> None:
        if not self._loading:
            self._build_ticket_grid()
        self.edited("levels")
