"""The session's programme of presentations: practices, presenters and minutes, each
added, moved, re-timed or removed at once (a presentation is a record of its own)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain.errors import MingaError, ValidationErrors
from minga.domain.validation import NAME_MAX, TITLE_MAX
from minga.services.practices import PracticeRow
from minga.services.sessions import PresentationInfo, PresentationInput, SessionDetail
from minga.ui.context import UiContext
from minga.ui.widgets.confirm import confirm
from minga.ui.widgets.fields import banner, error_label, field_label, scroll_column, show_text
from minga.ui.widgets.picker import PracticePicker
from minga.ui.widgets.scroll import reflow_on_large_text
from minga.ui.widgets.table import Column, RowsModel, fit_table_height, setup_table

__all__ = ["PresentationsTab"]

# The presenter choice for someone outside the microcentre.
GUEST = "guest"


def _presenter_text(p: PresentationInfo) -> str:
    """A member's name, or a guest's with her institution."""
    if p.guest_institution:
        return f"{p.presenter_name} ({p.guest_institution})"
    return p.presenter_name


class PresentationsTab(QWidget):
    """The programme of a saved session; its owner edits it."""

    changed = Signal()
    """A presentation was written: the session is read again."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._detail: SessionDetail | None = None
        self._chosen_practice: PracticeRow | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, body, column = scroll_column(self, "sessionPresentationsBody")
        self.scroll = scroll
        outer.addWidget(scroll)
        self.note = banner(body, "presentationsNote")
        column.addWidget(self.note)
        self.model = RowsModel(
            [
                Column(
                    lambda: self.tr("No."), lambda p: str(p.position), Qt.AlignmentFlag.AlignCenter
                ),
                Column(lambda: self.tr("Practice"), lambda p: p.practice_title),
                Column(lambda: self.tr("Presenter"), _presenter_text),
                Column(
                    lambda: self.tr("Duration (min)"),
                    lambda p: str(p.minutes) + (" ⚠" if p.warnings else ""),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    lambda p: "\n".join(w.message() for w in p.warnings) or str(p.minutes),
                ),
            ],
            self,
        )
        self.table = QTableView(body)
        setup_table(self.table, "presentations", self.tr("Presentations"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        column.addWidget(field_label(self.tr("Programme"), self.table, body))
        column.addWidget(self.table)
        self._build_actions(body, column)
        self._build_add_group(body, column)
        column.addStretch(1)

    def _build_actions(self, body: QWidget, column: QVBoxLayout) -> None:
        """What can be done to the selected presentation."""
        actions = QHBoxLayout()
        self.slot_spin = QSpinBox(body)
        self.slot_spin.setObjectName("selectedMinutes")
        self.slot_spin.setRange(1, rules.MAX_ITEM_MINUTES)
        self.slot_spin.setSuffix(self.tr(" min"))
        self.slot_spin.setAccessibleName(self.tr("Minutes of the selected presentation"))
        self.set_minutes_button = QPushButton(self.tr("Change minutes"), body)
        self.set_minutes_button.setObjectName("changeMinutes")
        self.set_minutes_button.clicked.connect(self.change_minutes)
        self.move_up_button = QPushButton(self.tr("Earlier"), body)
        self.move_up_button.setObjectName("presentationUp")
        self.move_up_button.clicked.connect(lambda: self.move_selected(-1))
        self.move_down_button = QPushButton(self.tr("Later"), body)
        self.move_down_button.setObjectName("presentationDown")
        self.move_down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button = QPushButton(self.tr("Remove"), body)
        self.remove_button.setObjectName("removePresentation")
        self.remove_button.clicked.connect(self.remove)
        for widget in self._selection_widgets():
            actions.addWidget(widget)
        actions.addStretch(1)
        self.actions_row = QWidget(body)
        self.actions_row.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.actions_row)

    def _build_add_group(self, body: QWidget, column: QVBoxLayout) -> None:
        """Adding a presentation: a practice, its presenter and the minutes."""
        self.add_group = QGroupBox(self.tr("Add a presentation"), body)
        self.add_group.setObjectName("addPresentation")
        add = QVBoxLayout(self.add_group)
        self.picker = PracticePicker(self.ctx, self.add_group)
        # What looks selected in the results is what gets added: a click (or the arrow
        # keys) selects, Enter or a double click also moves on to the presenter.
        self.picker.highlighted.connect(self._practice_highlighted)
        self.picker.chosen.connect(self._practice_chosen)
        add.addWidget(
            field_label(
                self.tr("Practice (type to search, click to select)"),
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
        self.presenter_combo = QComboBox(self.add_group)
        self.presenter_combo.setObjectName("presenter")
        self.presenter_combo.setAccessibleName(self.tr("Presenter"))
        # As wide as its longest choice, whichever members the session shows; the row
        # below puts the presenter on a line of her own when that does not fit beside
        # the duration and the button.
        self.presenter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.presenter_combo.currentTextChanged.connect(self.presenter_combo.setToolTip)
        self.minutes_spin = QSpinBox(self.add_group)
        self.minutes_spin.setObjectName("presentationMinutes")
        self.minutes_spin.setRange(1, rules.MAX_ITEM_MINUTES)
        self.minutes_spin.setValue(rules.PRESENTATION_SLOT_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes of the presentation"))
        self.minutes_spin.valueChanged.connect(lambda _v: self._slot_changed())
        self.add_button = QPushButton(self.tr("Add to the programme"), self.add_group)
        self.add_button.setObjectName("addPresentationButton")
        self.add_button.clicked.connect(self.add)
        # Presenter, minutes and the button on one line, right under the chosen practice:
        # the button stays in sight at 1366x768.
        # With large text, or when the pane is too narrow for all of it, the presenter
        # goes on a line of her own above the rest.
        row = QHBoxLayout()
        presenter_part = QHBoxLayout()
        presenter_part.addWidget(
            field_label(self.tr("Presenter"), self.presenter_combo, self.add_group)
        )
        presenter_part.addWidget(self.presenter_combo, 1)
        row.addLayout(presenter_part, 1)
        row.addSpacing(12)
        rest = QHBoxLayout()
        rest.addWidget(field_label(self.tr("Duration"), self.minutes_spin, self.add_group))
        rest.addWidget(self.minutes_spin)
        rest.addSpacing(12)
        rest.addWidget(self.add_button)
        rest.addStretch(1)
        row.addLayout(rest)
        add.addLayout(row)
        reflow_on_large_text(self.add_group, row, when_narrow=True)
        # A guest who is not a member (a university academic, a SLEP advisor, a
        # school's leadership): her name and institution, typed once.
        self.guest_row = QWidget(self.add_group)
        self.guest_row.setObjectName("guestPresenter")
        guest = QHBoxLayout(self.guest_row)
        guest.setContentsMargins(0, 0, 0, 0)
        self.guest_name_edit = QLineEdit(self.guest_row)
        self.guest_name_edit.setObjectName("guestName")
        self.guest_name_edit.setMaxLength(NAME_MAX)
        self.guest_name_edit.setAccessibleName(self.tr("Guest's name"))
        self.guest_institution_edit = QLineEdit(self.guest_row)
        self.guest_institution_edit.setObjectName("guestInstitution")
        self.guest_institution_edit.setMaxLength(TITLE_MAX)
        self.guest_institution_edit.setAccessibleName(self.tr("Institution"))
        self.guest_institution_edit.setPlaceholderText(
            self.tr("For example: Universidad de Concepción, SLEP Andalién Sur")
        )
        guest.addWidget(field_label(self.tr("Guest's name"), self.guest_name_edit, self.guest_row))
        guest.addWidget(self.guest_name_edit, 1)
        guest.addWidget(
            field_label(self.tr("Institution"), self.guest_institution_edit, self.guest_row)
        )
        guest.addWidget(self.guest_institution_edit, 1)
        add.addWidget(self.guest_row)
        self.guest_row.hide()
        self.presenter_combo.currentIndexChanged.connect(lambda _i: self._presenter_changed())
        self.guest_error = error_label(self.add_group, "guest_name")
        add.addWidget(self.guest_error)
        self.presenter_error = error_label(self.add_group, "presenter")
        self.minutes_error = error_label(self.add_group, "minutes")
        add.addWidget(self.presenter_error)
        add.addWidget(self.minutes_error)
        self.slot_warning = banner(self.add_group, "slotWarning", warning=True)
        add.addWidget(self.slot_warning)
        column.addWidget(self.add_group)

    def _selection_widgets(self) -> list[QWidget]:
        return [
            self.slot_spin,
            self.set_minutes_button,
            self.move_up_button,
            self.move_down_button,
            self.remove_button,
        ]

    # --- showing -------------------------------------------------------------------------

    def show_session(self, detail: SessionDetail | None, members: list[Any]) -> None:
        """The programme of `detail` (None: a session not saved yet)."""
        self._detail = detail
        saved = detail is not None
        editable = saved and detail.is_mine
        presentations = detail.presentations if detail else []
        self.model.set_rows(presentations)
        fit_table_height(self.table, len(presentations), least=3)
        if not saved:
            show_text(self.note, self.tr("Save the session first; then add its presentations."))
        elif not presentations and not editable:
            show_text(self.note, self.tr("No presentations on the programme yet."))
        else:
            show_text(self.note, "")
        self.add_group.setVisible(editable)
        self.actions_row.setVisible(editable)
        presenters = self.presenter_combo
        presenters.clear()
        presenters.addItem(self.tr("The practice's author"), None)
        for person in members:
            presenters.addItem(person.name, person.id)
        presenters.addItem(self.tr("A guest (not a member)…"), GUEST)
        self._presenter_changed()
        self.picker.exclude(p.practice_id for p in presentations)
        self._selected()
        self._slot_changed()

    def _practice_highlighted(self, row: PracticeRow | None) -> None:
        self._chosen_practice = row
        if row is None:
            self.chosen_label.clear()
            return
        self.chosen_label.setText(
            self.tr("Chosen: {title} ({author})").format(title=row.title, author=row.author_name)
        )
        show_text(self.practice_error, "")

    def _practice_chosen(self, row: PracticeRow) -> None:
        self._practice_highlighted(row)
        self.scroll.ensureWidgetVisible(self.add_button)
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

    def selected(self) -> PresentationInfo | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        current = self.selected()
        for widget in self._selection_widgets():
            widget.setEnabled(current is not None)
        if current is not None:
            self.slot_spin.setValue(current.minutes)

    def select(self, presentation_id: str) -> None:
        row = self.model.row_of(presentation_id)
        if row is not None:
            self.table.selectRow(row)

    # --- writing -------------------------------------------------------------------------

    def add(self) -> bool:
        """Puts the chosen practice on the programme."""
        if self._detail is None or not self._detail.is_mine:
            return False
        for label in (self.practice_error, self.presenter_error, self.minutes_error):
            show_text(label, "")
        show_text(self.guest_error, "")
        guest = self.presenter_combo.currentData() == GUEST
        data = PresentationInput(
            practice_id=self._chosen_practice.id if self._chosen_practice else "",
            presenter_id=None if guest else self.presenter_combo.currentData(),
            minutes=self.minutes_spin.value(),
            guest_name=self.guest_name_edit.text() if guest else "",
            guest_institution=self.guest_institution_edit.text() if guest else "",
        )
        if guest and not self.guest_name_edit.text().strip():
            show_text(self.guest_error, self.tr("Type the guest's name."))
            self.guest_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if self._chosen_practice is None:
            show_text(self.practice_error, self.tr("Select a practice in the list first."))
            self.picker.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        try:
            info = self.ctx.sessions.add_presentation(self._detail.id, data)
        except ValidationErrors as exc:
            self._show_errors(exc)
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
        self.guest_name_edit.clear()
        self.guest_institution_edit.clear()
        self.minutes_spin.setValue(rules.PRESENTATION_SLOT_MINUTES)
        self.changed.emit()
        self.select(info.id)
        return True

    def _presenter_changed(self) -> None:
        """The guest's name and institution show only for a guest."""
        guest = self.presenter_combo.currentData() == GUEST
        self.guest_row.setVisible(guest)
        if not guest:
            show_text(self.guest_error, "")

    def _show_errors(self, exc: ValidationErrors) -> None:
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

    def change_minutes(self) -> None:
        current = self.selected()
        if current is None:
            return
        try:
            info = self.ctx.sessions.update_presentation(current.id, minutes=self.slot_spin.value())
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        for warning in info.warnings:
            self.ctx.bridge.warning(warning.message())
        self.changed.emit()
        self.select(info.id)

    def move_selected(self, step: int) -> None:
        current = self.selected()
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
        self.changed.emit()
        self.select(current.id)

    def remove(self) -> None:
        current = self.selected()
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
        self.changed.emit()
