"""Choosing a colleague's practice to apply in one's school (Aplicación's choose form)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError, ValidationErrors
from minga.domain.vocab import (
    VISIBILITY_LABELS,
    Visibility,
)
from minga.services.adoption import (
    AdoptionInput,
    PracticeChoice,
    PracticeChoices,
)
from minga.ui.context import UiContext
from minga.ui.tasks import PAGE_FETCH
from minga.ui.widgets.fields import (
    banner,
    error_label,
    field_label,
    heading,
    scroll_column,
    select_data,
    show_text,
)
from minga.ui.widgets.table import Column, RowsModel, fit_table_height, setup_table
from minga.ui.widgets.text import day_text, vocab


class ChooseForm(QWidget):
    """Choosing a colleague's practice to apply in one's school: those presented at the
    sessions held so far first (newest session first), then the colleagues' other shared
    practices; a search box narrows both. The list loads on the task runner."""

    chosen = Signal(str)
    """The new adoption's id."""
    cancelled = Signal()
    loaded = Signal()
    """The list was (re)filled."""

    SEARCH_DELAY_MS = 200

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooseForm")
        self.ctx = ctx
        self._generation = 0
        self._prefer_session: str | None = None
        self.choices: PracticeChoices | None = None
        scroll, body, column = scroll_column(self, "chooseBody")
        self.title_label = heading(body)
        self.title_label.setText(self.tr("Choose a practice to apply"))
        column.addWidget(self.title_label)
        intro = QLabel(
            self.tr(
                "The network's norm: choose at least one practice presented at each session, "
                "apply it in your school, tally its exit tickets and write how it went. "
                "You may also choose any practice a colleague shared."
            ),
            body,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.search_edit = QLineEdit(body)
        self.search_edit.setObjectName("chooseSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search a practice"))
        self.search_edit.setPlaceholderText(self.tr("Words of the title or description"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.reload(keep_search=True))
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        column.addWidget(field_label(self.tr("Search"), self.search_edit, body))
        column.addWidget(self.search_edit)
        self.presentations_model = RowsModel(
            [
                Column(lambda: self.tr("Practice"), lambda c: c.title),
                Column(lambda: self.tr("Author"), lambda c: c.author_name),
                Column(lambda: self.tr("Presented at"), self._presented_text),
            ],
            self,
            id_of=lambda c: f"{c.practice_id}/{c.session_id or ''}",
        )
        self.presentations_table = QTableView(body)
        setup_table(self.presentations_table, "presentedPractices", self.tr("Practices to choose"))
        self.presentations_table.setModel(self.presentations_model)
        header = self.presentations_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.presentations_table.activated.connect(lambda _i: self.choose())
        self.list_label = field_label(
            self.tr("Colleagues' practices"), self.presentations_table, body
        )
        column.addWidget(self.list_label)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("chooseStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        column.addWidget(self.status_label)
        column.addWidget(self.presentations_table)
        self.empty_note = banner(body, "chooseEmpty")
        column.addWidget(self.empty_note)
        self.visibility_combo = QComboBox(body)
        self.visibility_combo.setObjectName("chooseVisibility")
        self.visibility_combo.setAccessibleName(self.tr("Who can see your work with it"))
        for value, label in VISIBILITY_LABELS.items():
            self.visibility_combo.addItem(vocab(label), str(value))
        select_data(self.visibility_combo, str(Visibility.NETWORK))
        column.addWidget(
            field_label(self.tr("Who can see your work with it"), self.visibility_combo, body)
        )
        column.addWidget(self.visibility_combo)
        self.error = error_label(body, "practice")
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose this practice"), body)
        self.choose_button.setObjectName("choosePractice")
        self.choose_button.clicked.connect(self.choose)
        self.cancel_button = QPushButton(self.tr("Cancel"), body)
        self.cancel_button.setObjectName("cancelChoose")
        self.cancel_button.clicked.connect(self.cancelled)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        chain = [
            self.search_edit,
            self.presentations_table,
            self.visibility_combo,
            self.choose_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _presented_text(self, choice: PracticeChoice) -> str:
        if choice.session_id is None or choice.session_date is None:
            return "—"
        return self.tr("Session {number}, {date}").format(
            number=choice.session_number, date=day_text(choice.session_date)
        )

    @property
    def is_loading(self) -> bool:
        return self.status_label.property("loading") is True

    def reload(self, session_id: str | None = None, *, keep_search: bool = False) -> None:
        """Reads the practices to choose (on the task runner; "Loading…" meanwhile); the
        first one presented at `session_id` is selected when it comes."""
        self._timer.stop()
        if not keep_search:
            self._prefer_session = session_id
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
        show_text(self.error, "")
        self._generation += 1
        generation = self._generation
        text = self.search_edit.text().strip()
        service = self.ctx.adoption
        self.status_label.setProperty("loading", True)
        self.status_label.setText(self.tr("Loading…"))
        self.choose_button.setEnabled(False)

        def work(_progress: object) -> PracticeChoices:
            return service.practice_choices(text)

        def done(choices: PracticeChoices) -> None:
            if isValid(self) and generation == self._generation:
                self._show(choices, text)

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.status_label.setProperty("loading", False)
                self.status_label.setText("")
                self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(work, on_done=done, on_error=failed, priority=PAGE_FETCH)

    def _show(self, choices: PracticeChoices, text: str) -> None:
        self.choices = choices
        rows = [*choices.presented, *choices.others]
        self.presentations_model.set_rows(rows)
        self.status_label.setProperty("loading", False)
        if rows:
            shown = self.tr("%n practice(s) presented at sessions held", "", len(choices.presented))
            shown += "; " + self.tr(
                "then %n other practice(s) shared by colleagues", "", len(choices.others)
            )
            if choices.more:
                shown += " " + self.tr("(the first ones by title: search to find others)")
            self.status_label.setText(shown + ".")
        else:
            self.status_label.setText("")
        fit_table_height(self.presentations_table, len(rows), least=3, most=12)
        if rows:
            preferred = next(
                (
                    i
                    for i, c in enumerate(rows)
                    if self._prefer_session and c.session_id == self._prefer_session
                ),
                0,
            )
            self.presentations_table.selectRow(preferred)
        show_text(self.empty_note, "" if rows else self._empty_text(choices, text))
        self.presentations_table.setVisible(bool(rows))
        self.choose_button.setEnabled(bool(rows))
        self.loaded.emit()

    def _empty_text(self, choices: PracticeChoices, text: str) -> str:
        if text:
            return self.tr("No results for «{text}».").format(text=text)
        if not choices.colleagues:
            return self.tr(
                "There are no colleagues' practices in your notebook yet. They arrive when "
                "you import the microcentre's bundle (Sync), or when a colleague presents "
                "one at a session."
            )
        return self.tr(
            "You have already chosen every practice your colleagues shared. New ones arrive "
            "with the microcentre's next bundle."
        )

    def current_choice(self) -> PracticeChoice | None:
        index = self.presentations_table.currentIndex()
        return self.presentations_model.row(index.row()) if index.isValid() else None

    def choose(self) -> bool:
        choice = self.current_choice()
        if choice is None:
            show_text(self.error, self.tr("Choose one of the practices in the list."))
            return False
        try:
            adoption = self.ctx.adoption.choose(
                AdoptionInput(
                    practice_id=choice.practice_id,
                    session_id=choice.session_id,
                    visibility=self.visibility_combo.currentData(),
                )
            )
        except ValidationErrors as exc:
            show_text(self.error, "\n".join(e.bare_message() for e in exc.errors))
            return False
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.ctx.bridge.info(
            self.tr("You chose «{title}». Record each time you apply it.").format(
                title=adoption.practice_title
            )
        )
        self.chosen.emit(adoption.id)
        return True
