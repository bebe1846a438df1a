"""The observation note editor (peer classroom observation, formative and non-punitive).

The observer writes the note and keeps it as a draft or shares it; who else may read it
is the observed teacher's choice (consent), and the window says so. The observed teacher
reads the notes about them, chooses who may read each one ("Who may read it") and answers
with a reply of their own (Save, Ctrl+S, sends it); everyone else who may see a note
reads it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError, ValidationError, ValidationErrors
from minga.domain.validation import SHORT_TEXT_MAX
from minga.domain.vocab import VISIBILITY_LABELS, TemplateKind, Visibility
from minga.services.observation import ObservationInfo, ObservationInput
from minga.services.templates import TemplateInfo
from minga.ui.context import UiContext
from minga.ui.editing.frame import EditorFrame
from minga.ui.editing.members import members
from minga.ui.widgets.fields import (
    date_edit,
    error_label,
    field_label,
    heading,
    plain_text_edit,
    scroll_column,
    select_data,
)
from minga.ui.widgets.fitting import FittingPlaceholder, WrappingRows, shrinkable
from minga.ui.widgets.text import day_text, py_date, qdate, vocab

__all__ = ["OBSERVATION_DRAFT_KIND", "ObservationEditor"]

OBSERVATION_DRAFT_KIND = "observation"
TEXTS = ("evidence", "strengths", "opportunities", "agreements", "action_step")


class ObservationEditor(EditorFrame):
    """One observation note: written by me, about me (to reply), or read."""

    draft_kind = OBSERVATION_DRAFT_KIND

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self._info: ObservationInfo | None = None
        self._protocols: list[TemplateInfo] = []
        self._protocol: TemplateInfo | None = None
        self._item_combos: dict[str, QComboBox] = {}
        self._item_values: dict[str, QLabel] = {}
        self.mode = "mine"  # mine | about_me | read
        super().__init__(ctx, parent)
        self.setObjectName("observationEditor")
        self.new_note()

    # --- building ------------------------------------------------------------------------

    def build_content(self) -> QWidget:
        scroll, body, column = scroll_column(self, "observationBody")
        self.scroll = scroll
        self.body = body
        self.observed_combo = QComboBox(body)
        self.observed_combo.setObjectName("observed")
        self.observed_combo.setAccessibleName(self.tr("Observed colleague"))
        self.observed_combo.currentIndexChanged.connect(lambda _i: self.edited("observed"))
        row = QWidget(body)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.date_edit = date_edit(
            row, "observed_on", self.tr("Date of the observation"), self.ctx.today()
        )
        self.date_edit.dateChanged.connect(lambda _d: self.edited("date"))
        self.observed_combo.setParent(row)
        observed_error = error_label(row, "observed")
        date_error = error_label(row, "date")
        # Side by side, or the date under the colleague when the text is large.
        self.person_rows = WrappingRows(grid, scroll.viewport(), self._room)
        date_label = field_label(self.tr("Date"), self.date_edit, row, required=True)
        self.person_rows.add_row(
            [
                field_label(self.tr("Observed colleague"), self.observed_combo, row, required=True),
                shrinkable(self.observed_combo),
                observed_error,
            ],
            [date_label, self.date_edit, date_error],
        )
        self.person_rows.arrange()
        grid.setColumnStretch(0, 1)
        self.register_field("observed", self.observed_combo, observed_error)
        self.register_field("date", self.date_edit, date_error)
        column.addWidget(row)
        self.observed_name = QLabel(body)  # read-only views show the names as text
        self.observed_name.setObjectName("observedName")
        self.observed_name.setTextFormat(Qt.TextFormat.PlainText)
        self.observed_name.setWordWrap(True)
        column.addWidget(self.observed_name)

        self.focus_edit = QLineEdit(body)
        self.focus_edit.setObjectName("focus")
        self.focus_edit.setMaxLength(SHORT_TEXT_MAX)
        self.focus_edit.setAccessibleName(self.tr("Focus of the observation"))
        self.focus_edit.textEdited.connect(lambda _t: self.edited("focus"))
        self.add_field(column, "focus", self.tr("Focus"), self.focus_edit, required=True)
        self.focus_hint = field_label("", None, body)  # the example, when it does not fit
        self.focus_hint.setObjectName("focusHint")
        self.focus_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.insertWidget(column.indexOf(self.focus_edit) + 1, self.focus_hint)
        FittingPlaceholder(
            self.focus_edit,
            self.focus_hint,
            self.tr("What you agreed to look at, e.g. questions that make students reason"),
        )

        self.protocol_combo = QComboBox(body)
        self.protocol_combo.setObjectName("protocolTemplate")
        self.protocol_combo.setAccessibleName(self.tr("Observation protocol"))
        self.protocol_combo.currentIndexChanged.connect(self._protocol_chosen)
        self.add_field(
            column, "template", self.tr("Observation protocol"), shrinkable(self.protocol_combo)
        )
        self.items_host = QFrame(body)
        self.items_host.setObjectName("protocolItems")
        self.items_grid = QGridLayout(self.items_host)
        self.items_grid.setContentsMargins(0, 0, 0, 0)
        self.items_grid.setHorizontalSpacing(12)
        self.items_grid.setColumnStretch(0, 1)
        self.item_rows = WrappingRows(self.items_grid, scroll.viewport(), self._room)
        column.addWidget(self.items_host)
        self.protocol_error = error_label(body, "protocol")
        column.addWidget(self.protocol_error)
        self.register_field("protocol", self.protocol_combo, self.protocol_error)

        self.text_edits: dict[str, QPlainTextEdit] = {}
        placeholders = {
            "evidence": self.tr("What you saw and heard: facts, quotes, students' work."),
            "strengths": self.tr("What works well in this class."),
            "opportunities": self.tr("What could grow: one or two things, said kindly."),
            "agreements": self.tr("What you both agreed to try next."),
            "action_step": self.tr(
                "The one step the teacher will take before the next observation."
            ),
        }
        titles = self.text_titles()
        for name in TEXTS:
            edit = plain_text_edit(body, name, titles[name], lines=3, most=10)
            edit.setPlaceholderText(placeholders[name])
            edit.textChanged.connect(lambda name=name: self.edited(name))
            self.add_field(column, name, titles[name], edit)
            self.text_edits[name] = edit

        # Impulso Docente's cycle: a later observation follows an earlier one.
        self.follows_combo = QComboBox(body)
        self.follows_combo.setObjectName("follows")
        self.follows_combo.setAccessibleName(self.tr("Follow-up of an earlier observation"))
        self.follows_combo.currentIndexChanged.connect(lambda _i: self.edited("follows"))
        self.add_field(
            column,
            "follows",
            self.tr("Follow-up of an earlier observation"),
            shrinkable(self.follows_combo),
        )
        self.observed_combo.currentIndexChanged.connect(lambda _i: self._load_follows())
        self.comparison_title = heading(body, 1.1)
        self.comparison_title.setObjectName("comparisonTitle")
        column.addWidget(self.comparison_title)
        self.comparison_label = QLabel(body)
        self.comparison_label.setObjectName("comparison")
        self.comparison_label.setTextFormat(Qt.TextFormat.PlainText)
        self.comparison_label.setWordWrap(True)
        column.addWidget(self.comparison_label)

        self.visibility_combo = QComboBox(body)
        self.visibility_combo.setObjectName("visibility")
        self.visibility_combo.setAccessibleName(self.tr("Who receives it"))
        # The observer keeps a draft or shares it; never more (the observed teacher
        # decides whether the whole microcentre reads it).
        self.visibility_combo.addItem(vocab(VISIBILITY_LABELS[Visibility.PRIVATE]), "private")
        self.visibility_combo.addItem(
            self.tr("The observed teacher and the advisor"), str(Visibility.ADVISOR)
        )
        self.visibility_combo.currentIndexChanged.connect(lambda _i: self.edited("visibility"))
        self.visibility_label = self.add_field(
            column, "visibility", self.tr("Who receives it"), shrinkable(self.visibility_combo)
        )
        self.consent_label = QLabel(body)
        self.consent_label.setObjectName("consentNotice")
        self.consent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_label.setWordWrap(True)
        column.addWidget(self.consent_label)
        # The observed teacher's choice: who may read a note about her.
        self.readers_combo = QComboBox(body)
        self.readers_combo.setObjectName("readers")
        self.readers_combo.setAccessibleName(self.tr("Who may read it"))
        self.readers_combo.addItem(
            self.tr("Only the observer, the advisor and me"), str(Visibility.ADVISOR)
        )
        self.readers_combo.addItem(self.tr("The whole microcentre"), str(Visibility.NETWORK))
        self.readers_combo.activated.connect(self._readers_chosen)
        self.readers_label = self.add_field(
            column, "readers", self.tr("Who may read it"), shrinkable(self.readers_combo)
        )

        # Replies: the observed teacher's voice.
        self.replies_title = heading(body, 1.1)
        self.replies_title.setObjectName("repliesTitle")
        column.addSpacing(8)
        column.addWidget(self.replies_title)
        self.replies_host = QWidget(body)
        self.replies_layout = QVBoxLayout(self.replies_host)
        self.replies_layout.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.replies_host)
        self.reply_edit = plain_text_edit(body, "reply", self.tr("Your reply"), lines=3, most=10)
        self.reply_edit.setPlaceholderText(
            self.tr("What you think of the note, what you will try, what you would like to add.")
        )
        self.reply_edit.textChanged.connect(lambda: self.edited("text"))
        self.reply_label = self.add_field(column, "text", self.tr("Your reply"), self.reply_edit)
        column.addStretch(1)
        return scroll

    def _room(self) -> int:
        """The width the form's rows may use: the scroll area's, less the margins."""
        margins = self.body.layout().contentsMargins()
        return self.scroll.viewport().width() - margins.left() - margins.right()

    def text_titles(self) -> dict[str, str]:
        return {
            "evidence": self.tr("Evidence"),
            "strengths": self.tr("Strengths"),
            "opportunities": self.tr("Opportunities"),
            "agreements": self.tr("Agreements"),
            "action_step": self.tr("Action step"),
        }

    # --- loading -------------------------------------------------------------------------

    @property
    def info(self) -> ObservationInfo | None:
        return self._info

    def _load_choices(self, observed_id: str | None = None) -> None:
        with self.loading():
            self.observed_combo.clear()
            self.observed_combo.addItem(self.tr("— choose a colleague"), "")
            for person in members(self.ctx):
                if person.id != self.ctx.actor.person_id:
                    self.observed_combo.addItem(person.name, person.id)
            if (
                observed_id
                and self.observed_combo.findData(observed_id) < 0
                and self._info is not None
            ):
                self.observed_combo.addItem(self._info.observed_name, observed_id)
            try:
                self._protocols = self.ctx.templates.list(TemplateKind.OBSERVATION_PROTOCOL)
            except MingaError as exc:
                self.ctx.bridge.show_exception(exc)
                self._protocols = []
            self.protocol_combo.blockSignals(True)
            self.protocol_combo.clear()
            for template in self._protocols:
                self.protocol_combo.addItem(
                    self.tr("{name} (revision {revision})").format(
                        name=template.name, revision=template.revision
                    ),
                    template.id,
                )
            self.protocol_combo.blockSignals(False)

    def refresh_colleagues(self) -> None:
        """Reads the microcentre's members again (an import may have brought someone):
        the list changes, what is chosen and typed stays, and nothing counts as edited."""
        if self.mode != "mine" or not self.observed_combo.isEnabled():
            return
        chosen = self.observed_combo.currentData() or ""
        chosen_name = self.observed_combo.currentText() if chosen else ""
        with self.loading():
            self.observed_combo.blockSignals(True)
            try:
                self.observed_combo.clear()
                self.observed_combo.addItem(self.tr("— choose a colleague"), "")
                for person in members(self.ctx):
                    if person.id != self.ctx.actor.person_id:
                        self.observed_combo.addItem(person.name, person.id)
                if chosen and self.observed_combo.findData(chosen) < 0:
                    self.observed_combo.addItem(chosen_name, chosen)  # kept, even if gone
                self.observed_combo.setCurrentIndex(max(0, self.observed_combo.findData(chosen)))
            finally:
                self.observed_combo.blockSignals(False)

    def _set_protocol(self, template_id: str | None) -> None:
        """Shows the items of a protocol, each with its scale."""
        template = next((t for t in self._protocols if t.id == template_id), None)
        if template is None:
            try:
                template = self.ctx.templates.resolve(
                    TemplateKind.OBSERVATION_PROTOCOL, template_id
                )
            except MingaError as exc:
                self.ctx.bridge.show_exception(exc)
                return
            if all(t.id != template.id for t in self._protocols):
                self._protocols.append(template)
                self.protocol_combo.addItem(template.name, template.id)
        self._protocol = template
        self.protocol_combo.blockSignals(True)
        select_data(self.protocol_combo, template.id)
        self.protocol_combo.blockSignals(False)
        grid = self.items_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the grid: not left over the new items meanwhile
                widget.deleteLater()
        self.item_rows.clear()
        self._item_combos = {}
        self._item_values: dict[str, QLabel] = {}
        scale = [str(s) for s in template.body.get("scale") or []] or [
            self.tr("Not observed"),
            self.tr("Partly observed"),
            self.tr("Observed"),
            self.tr("Observed outstandingly"),
        ]
        for entry in template.body.get("items", []):
            ident = str(entry.get("id"))
            label = QLabel(str(entry.get("label", ident)), self.items_host)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            combo = QComboBox(self.items_host)
            combo.setObjectName(f"protocol_{ident}")
            combo.setAccessibleName(label.text())
            combo.addItem(self.tr("— not answered"), 0)
            for level, text in enumerate(scale, start=1):
                combo.addItem(f"{level} · {text}", level)
            # Read-only notes show the answer as text (a disabled combo is hard to read).
            value = QLabel(combo.currentText(), self.items_host)
            value.setObjectName(f"protocolValue_{ident}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            combo.currentTextChanged.connect(value.setText)
            combo.currentIndexChanged.connect(lambda _i: self.edited("protocol"))
            label.setBuddy(combo)
            self.item_rows.add_row([label], [shrinkable(combo)], [value])
            self._item_combos[ident] = combo
            self._item_values[ident] = value
        self.item_rows.arrange()
        self._set_tab_order()

    def _protocol_chosen(self, _index: int) -> None:
        template_id = self.protocol_combo.currentData()
        if self._protocol is not None and template_id == self._protocol.id:
            return
        answers = self.protocol_answers()
        with self.loading():
            self._set_protocol(template_id)
            for item, combo in self._item_combos.items():
                select_data(combo, answers.get(item, 0))
        self.edited("template")
        self._apply_mode()

    def new_note(self) -> None:
        if self.drafts is not None:
            self.drafts.forget()
        self._info = None
        self.record_id = None
        self.mode = "mine"
        self._load_choices()
        with self.loading():
            self._set_protocol(None)
        self.clear_errors()
        self.status_label.clear()
        self.heading.setText(self.tr("New observation note"))
        self.show_notice(
            self.tr(
                "Peer observation is formative, never punitive: write what you saw, with "
                "respect; your colleague can read it and reply."
            )
        )
        self.set_read_only(False)
        self.set_baseline(self._empty_payload())
        self._show_comparison(None)
        self._apply_mode()

    def load_note(self, info: ObservationInfo) -> None:
        if self.drafts is not None:
            self.drafts.forget()
        self._info = info
        self.record_id = info.id
        self.mode = "mine" if info.is_mine else ("about_me" if info.about_me else "read")
        self._load_choices(info.observed_id)
        with self.loading():
            self._set_protocol(info.template_id)
        self.clear_errors()
        self.status_label.clear()
        if self.mode == "mine":
            self.heading.setText(
                self.tr("My observation of {name}").format(name=info.observed_name)
            )
            self.show_notice("")
        elif self.mode == "about_me":
            self.heading.setText(
                self.tr("{observer} observed your class").format(observer=info.observer_name)
            )
            self.show_notice(
                self.tr(
                    "This note is {observer}'s; you can reply to it below "
                    "(Ctrl+S sends your reply)."
                ).format(observer=info.observer_name)
            )
        else:
            self.heading.setText(
                self.tr("{observer} observed {observed}").format(
                    observer=info.observer_name, observed=info.observed_name
                )
            )
            self.show_notice(
                self.tr("This note is {observer}'s; you can read it.").format(
                    observer=info.observer_name
                )
            )
        self.set_read_only(self.mode == "read")
        self.set_baseline(self._payload_of(info))
        if self.mode != "read" and self.drafts is not None:
            draft = self.drafts.for_record(info.id)
            if draft is not None:
                self.apply_draft(draft)
        self._show_replies(info)
        self._show_comparison(info)
        self._apply_mode()

    def load_draft(self, draft: Any) -> None:
        if draft.record_id:
            try:
                info = self.ctx.observation.get(draft.record_id)
            except MingaError:
                info = None
            if info is not None and (info.is_mine or info.about_me):
                self.load_note(info)
                if self.draft_id != draft.id:
                    self.apply_draft(draft)
                return
        self.new_note()
        self.apply_draft(draft)

    def _empty_payload(self) -> dict[str, Any]:
        return {
            "observed_id": "",
            "observed_on": self.ctx.today().isoformat(),
            "focus": "",
            "template_id": self._protocol.id if self._protocol else None,
            "protocol": {},
            **{name: "" for name in TEXTS},
            "follows_id": "",
            "visibility": str(Visibility.ADVISOR),
            "reply": "",
        }

    def _payload_of(self, info: ObservationInfo) -> dict[str, Any]:
        return {
            "observed_id": info.observed_id,
            "observed_on": info.observed_on.isoformat(),
            "focus": info.focus,
            "template_id": info.template_id or (self._protocol.id if self._protocol else None),
            "protocol": {k: int(v) for k, v in info.protocol.items() if v},
            "evidence": info.evidence,
            "strengths": info.strengths,
            "opportunities": info.opportunities,
            "agreements": info.agreements,
            "action_step": info.action_step,
            "follows_id": info.follows_id or "",
            "visibility": info.visibility,
            "reply": "",
        }

    def _load_follows(self, chosen: str | None = None) -> None:
        """The earlier notes of mine about the chosen colleague, to follow up."""
        observed = self.observed_combo.currentData() or ""
        current = chosen if chosen is not None else (self.follows_combo.currentData() or "")
        with self.loading():
            self.follows_combo.blockSignals(True)
            try:
                self.follows_combo.clear()
                self.follows_combo.addItem(self.tr("— a first observation"), "")
                if observed:
                    try:
                        notes = self.ctx.observation.my_notes()
                    except MingaError as exc:
                        self.ctx.bridge.show_exception(exc)
                        notes = []
                    for note in notes:
                        if note.observed_id != observed or (
                            self._info is not None and note.id == self._info.id
                        ):
                            continue
                        self.follows_combo.addItem(
                            self.tr("{date}: {focus}").format(
                                date=day_text(note.observed_on), focus=note.focus
                            ),
                            note.id,
                        )
                index = self.follows_combo.findData(current)
                self.follows_combo.setCurrentIndex(max(0, index))
            finally:
                self.follows_combo.blockSignals(False)

    def _show_comparison(self, info: ObservationInfo | None) -> None:
        """A saved follow-up beside the note it follows: each item then and now, and the
        action step agreed the first time."""
        text = ""
        if info is not None and info.follows_id:
            try:
                comparison = self.ctx.observation.compare(info.id)
            except MingaError:
                comparison = None  # the first note has not arrived, or is not visible
            if comparison is not None:
                scale = comparison.scale

                def level(value: int | None) -> str:
                    if value is None:
                        return "—"
                    if 1 <= value <= len(scale):
                        return f"{value} ({scale[value - 1]})"
                    return str(value)

                lines = [
                    self.tr("First observation: {date}. Action step agreed: {step}").format(
                        date=day_text(comparison.first.observed_on),
                        step=comparison.first.action_step or "—",
                    )
                ]
                for item in comparison.items:
                    arrow = (
                        "↑" if (item.change or 0) > 0 else "↓" if (item.change or 0) < 0 else "="
                    )
                    lines.append(
                        f"{arrow} {item.label}: {level(item.before)} → {level(item.after)}"
                    )
                lines.append(
                    self.tr("Items that went up: {up} · went down: {down}.").format(
                        up=comparison.improved, down=comparison.declined
                    )
                )
                text = "\n".join(lines)
        self.comparison_title.setText(
            self.tr("Compared with the first observation") if text else ""
        )
        self.comparison_title.setVisible(bool(text))
        self.comparison_label.setText(text)
        self.comparison_label.setVisible(bool(text))

    def _show_replies(self, info: ObservationInfo | None) -> None:
        layout = self.replies_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        replies = info.replies if info is not None else []
        for reply in replies:
            when = day_text(reply.updated_at.astimezone().date())
            label = QLabel(f"{reply.owner_name} · {when}\n{reply.text}", self.replies_host)
            label.setObjectName("reply")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(6)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.replies_title.setText(self.tr("Replies ({count})").format(count=len(replies)))

    def _apply_mode(self) -> None:
        mine = self.mode == "mine"
        about_me = self.mode == "about_me"
        editable_note = mine and not self.is_read_only
        self.observed_combo.setVisible(mine)
        self.observed_combo.setEnabled(editable_note)
        self.observed_name.setVisible(not mine)
        if self._info is not None and not mine:
            self.observed_name.setText(
                self.tr("Observer: {observer} · Observed: {observed} · {date}").format(
                    observer=self._info.observer_name,
                    observed=self._info.observed_name,
                    date=day_text(self._info.observed_on),
                )
            )
        self.date_edit.parentWidget().setVisible(mine)
        self.focus_edit.setReadOnly(not editable_note)
        self.protocol_combo.setEnabled(editable_note and self._info is None)
        self.items_grid.setColumnStretch(2, 0 if editable_note else 1)
        self.items_grid.setColumnStretch(0, 2 if editable_note else 3)
        for ident, combo in self._item_combos.items():
            combo.setVisible(editable_note)
            self._item_values[ident].setVisible(not editable_note)
        self.item_rows.arrange()  # answers as combo boxes or as text need other widths
        for edit in self.text_edits.values():
            edit.setReadOnly(not editable_note)
        self.visibility_combo.setEnabled(editable_note)
        self.visibility_combo.setVisible(mine)
        self.visibility_label.setVisible(mine)
        self.readers_combo.setVisible(about_me)
        self.readers_label.setVisible(about_me)
        if self._info is not None:
            select_data(self.readers_combo, self._info.readers)
        self.consent_label.setText(self._consent_text())
        self.follows_combo.setEnabled(editable_note)
        has_replies = self._info is not None and bool(self._info.replies)
        self.replies_title.setVisible(has_replies or about_me)
        self.replies_host.setVisible(has_replies)
        self.reply_edit.setVisible(about_me)
        self.reply_label.setVisible(about_me)
        self.save_button.setText(self.tr("Send reply") if about_me else self.tr("Save"))

    def _consent_text(self) -> str:
        """Who reads the note, said in the window (the observed teacher decides)."""
        info = self._info
        widened = info is not None and info.readers == Visibility.NETWORK
        if self.mode == "mine":
            if widened:
                assert info is not None
                return self.tr(
                    "{name} let the whole microcentre read this note (her choice)."
                ).format(name=info.observed_name)
            return self.tr(
                "Who else may read it is the observed teacher's choice, not yours: by default "
                "only the two of you and the advisor."
            )
        if self.mode == "about_me":
            return self.tr(
                "You decide who may read this note about you: by default only the observer, "
                "the advisor and you. You can change it whenever you want."
            )
        return ""

    def _readers_chosen(self, _index: int) -> None:
        info = self._info
        readers = self.readers_combo.currentData()
        if info is None or self.mode != "about_me" or readers == info.readers:
            return
        try:
            updated = self.ctx.observation.set_readers(info.id, str(readers))
        except MingaError as exc:
            select_data(self.readers_combo, info.readers)
            self.ctx.bridge.error(exc.message())
            return
        self._info = updated
        self.consent_label.setText(self._consent_text())
        if updated.readers == Visibility.NETWORK:
            message = self.tr("The whole microcentre may read this note now.")
        else:
            message = self.tr("Only the observer, the advisor and you may read this note now.")
        self.ctx.bridge.info(message)
        self.saved.emit(info.id)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.observed_combo,
            self.date_edit,
            self.focus_edit,
            self.protocol_combo,
            *self._item_combos.values(),
            *self.text_edits.values(),
            self.follows_combo,
            self.visibility_combo,
            self.readers_combo,
            self.reply_edit,
            self.save_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the payload -----------------------------------------------------------------------

    def protocol_answers(self) -> dict[str, int]:
        return {
            item: int(combo.currentData())
            for item, combo in self._item_combos.items()
            if combo.currentData()
        }

    def payload(self) -> dict[str, Any]:
        return {
            "observed_id": self.observed_combo.currentData() or "",
            "observed_on": py_date(self.date_edit.date()).isoformat(),
            "focus": self.focus_edit.text(),
            "template_id": self._protocol.id if self._protocol else None,
            "protocol": self.protocol_answers(),
            **{name: edit.toPlainText() for name, edit in self.text_edits.items()},
            "follows_id": self.follows_combo.currentData() or "",
            "visibility": self.visibility_combo.currentData() or str(Visibility.ADVISOR),
            "reply": self.reply_edit.toPlainText() if self.mode == "about_me" else "",
        }

    def draft_title(self) -> str:
        if self.mode == "about_me" and self._info is not None:
            return self.tr("Reply to {observer}").format(observer=self._info.observer_name)
        name = self.observed_combo.currentText() if self.observed_combo.currentData() else ""
        return (
            self.tr("Observation of {name}").format(name=name)
            if name
            else self.tr("New observation note")
        )

    def fill(self, payload: dict[str, Any]) -> None:
        select_data(self.observed_combo, payload.get("observed_id") or "")
        try:
            day = dt.date.fromisoformat(str(payload.get("observed_on")))
        except ValueError:
            day = self.ctx.today()
        self.date_edit.setDate(qdate(day))
        self.focus_edit.setText(str(payload.get("focus") or ""))
        self.focus_edit.setCursorPosition(0)
        template_id = payload.get("template_id")
        if template_id and (self._protocol is None or self._protocol.id != template_id):
            self._set_protocol(template_id)
        answers = payload.get("protocol") or {}
        for item, combo in self._item_combos.items():
            select_data(combo, int(answers.get(item, 0) or 0))
        for name, edit in self.text_edits.items():
            edit.setPlainText(str(payload.get(name) or ""))
        self._load_follows(str(payload.get("follows_id") or ""))
        select_data(self.visibility_combo, payload.get("visibility"))
        self.reply_edit.setPlainText(str(payload.get("reply") or ""))

    # --- saving --------------------------------------------------------------------------

    def observation_input(self) -> ObservationInput:
        data = self.payload()
        return ObservationInput(
            observed_id=data["observed_id"],
            observed_on=dt.date.fromisoformat(data["observed_on"]),
            focus=data["focus"],
            protocol=data["protocol"],
            evidence=data["evidence"],
            strengths=data["strengths"],
            opportunities=data["opportunities"],
            agreements=data["agreements"],
            visibility=data["visibility"],
            template_id=data["template_id"],
            action_step=data["action_step"],
            follows_id=data["follows_id"] or None,
        )

    def store(self) -> bool:
        service = self.ctx.observation
        if self.mode == "about_me":
            assert self._info is not None
            service.reply(self._info.id, self.reply_edit.toPlainText())
            info = service.get(self._info.id)
            message = self.tr("Your reply was saved; it travels with the note.")
        else:
            try:
                if self.record_id is None:
                    info = service.create(self.observation_input())
                else:
                    info = service.update(self.record_id, self.observation_input())
            except (ValidationError, ValidationErrors) as exc:
                if self.observed_combo.currentData():
                    raise
                # No colleague chosen: said in words, not as "'' is not a member".
                self.show_errors(exc)
                self.set_error("observed", self.tr("Choose the colleague you observed."))
                return False
            message = self.tr("Observation note saved.")
        if self.drafts is not None:
            self.drafts.discard()
        self.load_note(info)
        self.ctx.bridge.info(message)
        self.saved.emit(info.id)
        return True

    def focus_first_field(self) -> None:
        if self.mode == "about_me":
            self.scroll.ensureWidgetVisible(self.reply_edit)
            self.reply_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.mode == "read":
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.observed_combo.setFocus(Qt.FocusReason.OtherFocusReason)
