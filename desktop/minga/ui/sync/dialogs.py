"""Dialogs of the Sincronizar area: accepting a new member, comparing two versions.

Both show what people and files wrote (names, titles, record fields) as plain text.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minga.i18n import QT_TRANSLATE_NOOP
from minga.ui.sync.models import kind_label
from minga.ui.sync.status import date_time_text
from minga.ui.widgets.text import plain_tooltip

__all__ = ["CompareDialog", "FingerprintLabel", "NewMemberDialog", "RemoveMemberDialog", "spelled"]


def spelled(fingerprint: str) -> str:
    """ "K 7 Q X, 2 M P D, …": how a screen reader should read a fingerprint aloud."""
    return ", ".join(" ".join(group) for group in fingerprint.split("-"))


class FingerprintLabel(QLabel):
    """A fingerprint in large monospace letters, selectable, read out letter by letter."""

    def __init__(self, fingerprint: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(fingerprint, parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.8)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.setFont(font)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(8)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleDescription(spelled(fingerprint))


class NewMemberDialog(QDialog):
    """ "Accept {sender} as a member?" with both fingerprints to compare aloud.

    `error` is the `NewMemberError` (or `KeyChangedError`) the import raised; its
    parameters name the file, the sender and the sender's fingerprint.
    """

    def __init__(
        self,
        error: Any,
        own_fingerprint: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from minga.sync.errors import KeyChangedError, RejoiningMemberError

        self.setObjectName("newMemberDialog")
        params = error.params
        sender = str(params.get("sender", ""))
        file_name = str(params.get("name", ""))
        self.sender_fingerprint = str(params.get("fingerprint", ""))
        self.own_fingerprint = own_fingerprint or ""
        rejoining = isinstance(error, RejoiningMemberError)
        key_changed = rejoining or isinstance(error, KeyChangedError)

        self.setWindowTitle(self.tr("New key") if key_changed else self.tr("New member"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(self)
        heading.setObjectName("newMemberHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self)
        intro.setObjectName("newMemberIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        if rejoining:
            heading.setText(
                self.tr("{sender} is back with a new computer and new keys").format(sender=sender)
            )
            intro.setText(
                self.tr(
                    "You invited {sender} back. The bundle {file} is signed with her new key. "
                    "Read both fingerprints aloud with {sender}, in person or by phone: if "
                    "they match, accept her new key; her old keys are then revoked here and, "
                    "with your next bundles, everywhere."
                ).format(file=file_name, sender=sender)
            )
        elif key_changed:
            heading.setText(self.tr("{sender} signed with a new key").format(sender=sender))
            intro.setText(
                self.tr(
                    "The bundle {file} comes from {sender}, but it is signed with a key this "
                    "computer does not know (a new computer, or new keys). Accept it only if "
                    "{sender} confirms the fingerprint below."
                ).format(file=file_name, sender=sender)
            )
        else:
            heading.setText(
                self.tr("Accept {sender} as a member of the microcentre?").format(sender=sender)
            )
            intro.setText(
                self.tr(
                    "The bundle {file} comes from {sender}, who is not a member yet. Before "
                    "accepting, read both fingerprints aloud with {sender}, in person or by "
                    "phone: they must match what Minga shows on their computer (Sync, My "
                    "identity)."
                ).format(file=file_name, sender=sender)
            )
        layout.addWidget(heading)
        layout.addWidget(intro)

        theirs_title = QLabel(self.tr("Fingerprint of {sender}").format(sender=sender), self)
        theirs_title.setTextFormat(Qt.TextFormat.PlainText)
        self.theirs = FingerprintLabel(self.sender_fingerprint, "senderFingerprint", self)
        self.theirs.setAccessibleName(theirs_title.text())
        theirs_title.setBuddy(self.theirs)
        layout.addWidget(theirs_title)
        layout.addWidget(self.theirs)

        own_title = QLabel(self.tr("Your fingerprint (this computer)"), self)
        own_title.setTextFormat(Qt.TextFormat.PlainText)
        self.own = FingerprintLabel(self.own_fingerprint or "—", "ownFingerprint", self)
        self.own.setAccessibleName(own_title.text())
        own_title.setBuddy(self.own)
        layout.addWidget(own_title)
        layout.addWidget(self.own)

        note = QLabel(
            self.tr(
                "If a fingerprint does not match, choose \u201cDo not accept\u201d: the bundle "
                "is left out and nothing changes."
            ),
            self,
        )
        note.setObjectName("newMemberNote")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addWidget(note)

        buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(
            self.tr("Accept her new key") if rejoining else self.tr("Accept as member"), self
        )
        self.accept_button.setObjectName("acceptMember")
        self.refuse_button = QPushButton(self.tr("Do not accept"), self)
        self.refuse_button.setObjectName("refuseMember")
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.RejectRole)
        # The safe answer is the default: Enter and Esc both leave the bundle out.
        self.accept_button.setAutoDefault(False)
        self.refuse_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 64
        self.setMinimumWidth(max(width, self.theirs.sizeHint().width() + 40))
        self.refuse_button.setFocus()


# --- comparing two versions -----------------------------------------------------------

# Sync fields that say nothing to a person comparing two versions.
_HIDDEN = frozenset({"id", "owner", "version", "prev_version"})
_TIMES = frozenset({"updated_at", "created_at"})

FIELD_NAMES: dict[str, str] = {
    "updated_at": QT_TRANSLATE_NOOP("CompareDialog", "Saved"),
    "deleted": QT_TRANSLATE_NOOP("CompareDialog", "Deleted"),
    "visibility": QT_TRANSLATE_NOOP("CompareDialog", "Visibility"),
    "title": QT_TRANSLATE_NOOP("CompareDialog", "Title"),
    "name": QT_TRANSLATE_NOOP("CompareDialog", "Name"),
    "description": QT_TRANSLATE_NOOP("CompareDialog", "Description"),
    "subjects": QT_TRANSLATE_NOOP("CompareDialog", "Subjects"),
    "levels": QT_TRANSLATE_NOOP("CompareDialog", "Levels"),
    "oa_codes": QT_TRANSLATE_NOOP("CompareDialog", "Learning objectives"),
    "multigrade_strategy": QT_TRANSLATE_NOOP("CompareDialog", "Multigrade strategy"),
    "materials": QT_TRANSLATE_NOOP("CompareDialog", "Materials"),
    "duration_minutes": QT_TRANSLATE_NOOP("CompareDialog", "Duration (minutes)"),
    "status": QT_TRANSLATE_NOOP("CompareDialog", "Status"),
    "created_at": QT_TRANSLATE_NOOP("CompareDialog", "Created"),
    "school_id": QT_TRANSLATE_NOOP("CompareDialog", "School (id)"),
    "microcentre_id": QT_TRANSLATE_NOOP("CompareDialog", "Microcentre (id)"),
    "advisor_id": QT_TRANSLATE_NOOP("CompareDialog", "Advisor (id)"),
    "session_id": QT_TRANSLATE_NOOP("CompareDialog", "Session (id)"),
    "practice_id": QT_TRANSLATE_NOOP("CompareDialog", "Practice (id)"),
    "presenter_id": QT_TRANSLATE_NOOP("CompareDialog", "Presenter (id)"),
    "person_id": QT_TRANSLATE_NOOP("CompareDialog", "Person (id)"),
    "author_id": QT_TRANSLATE_NOOP("CompareDialog", "Author (id)"),
    "adoption_id": QT_TRANSLATE_NOOP("CompareDialog", "Adoption (id)"),
    "application_id": QT_TRANSLATE_NOOP("CompareDialog", "Application (id)"),
    "template_id": QT_TRANSLATE_NOOP("CompareDialog", "Template (id)"),
    "observed_id": QT_TRANSLATE_NOOP("CompareDialog", "Observed teacher (id)"),
    "note_id": QT_TRANSLATE_NOOP("CompareDialog", "Observation note (id)"),
    "respondent_id": QT_TRANSLATE_NOOP("CompareDialog", "Respondent (id)"),
    "parent_id": QT_TRANSLATE_NOOP("CompareDialog", "Belongs to (id)"),
    "practice_ids": QT_TRANSLATE_NOOP("CompareDialog", "Practices (ids)"),
    "session_ids": QT_TRANSLATE_NOOP("CompareDialog", "Sessions (ids)"),
    "region": QT_TRANSLATE_NOOP("CompareDialog", "Region"),
    "commune": QT_TRANSLATE_NOOP("CompareDialog", "Commune"),
    "annual_focus": QT_TRANSLATE_NOOP("CompareDialog", "Annual focus"),
    "annual_goal_practices": QT_TRANSLATE_NOOP("CompareDialog", "Practices to share (goal)"),
    "rbd": QT_TRANSLATE_NOOP("CompareDialog", "RBD"),
    "multigrade": QT_TRANSLATE_NOOP("CompareDialog", "Multigrade"),
    "student_count": QT_TRANSLATE_NOOP("CompareDialog", "Students"),
    "role": QT_TRANSLATE_NOOP("CompareDialog", "Role"),
    "email": QT_TRANSLATE_NOOP("CompareDialog", "E-mail"),
    "membership": QT_TRANSLATE_NOOP("CompareDialog", "Membership"),
    "signing_key": QT_TRANSLATE_NOOP("CompareDialog", "Signing key"),
    "encryption_key": QT_TRANSLATE_NOOP("CompareDialog", "Encryption key"),
    "number": QT_TRANSLATE_NOOP("CompareDialog", "Number"),
    "date": QT_TRANSLATE_NOOP("CompareDialog", "Date"),
    "start_time": QT_TRANSLATE_NOOP("CompareDialog", "Start time"),
    "place": QT_TRANSLATE_NOOP("CompareDialog", "Place"),
    "modality": QT_TRANSLATE_NOOP("CompareDialog", "Modality"),
    "focus": QT_TRANSLATE_NOOP("CompareDialog", "Focus"),
    "agenda": QT_TRANSLATE_NOOP("CompareDialog", "Agenda"),
    "minutes_text": QT_TRANSLATE_NOOP("CompareDialog", "Minutes of the meeting"),
    "position": QT_TRANSLATE_NOOP("CompareDialog", "Order"),
    "minutes": QT_TRANSLATE_NOOP("CompareDialog", "Minutes"),
    "note": QT_TRANSLATE_NOOP("CompareDialog", "Note"),
    "strengths": QT_TRANSLATE_NOOP("CompareDialog", "Strengths"),
    "suggestions": QT_TRANSLATE_NOOP("CompareDialog", "Suggestions"),
    "replicability": QT_TRANSLATE_NOOP("CompareDialog", "Replicability"),
    "chosen_on": QT_TRANSLATE_NOOP("CompareDialog", "Chosen on"),
    "notes": QT_TRANSLATE_NOOP("CompareDialog", "Notes"),
    "applied_on": QT_TRANSLATE_NOOP("CompareDialog", "Applied on"),
    "students_present": QT_TRANSLATE_NOOP("CompareDialog", "Students present"),
    "counts": QT_TRANSLATE_NOOP("CompareDialog", "Counts"),
    "ratings": QT_TRANSLATE_NOOP("CompareDialog", "Ratings"),
    "adjustments": QT_TRANSLATE_NOOP("CompareDialog", "Adjustments"),
    "decision": QT_TRANSLATE_NOOP("CompareDialog", "Decision"),
    "reflection": QT_TRANSLATE_NOOP("CompareDialog", "Reflection"),
    "written_on": QT_TRANSLATE_NOOP("CompareDialog", "Written on"),
    "observed_on": QT_TRANSLATE_NOOP("CompareDialog", "Observed on"),
    "protocol": QT_TRANSLATE_NOOP("CompareDialog", "Protocol"),
    "evidence": QT_TRANSLATE_NOOP("CompareDialog", "Evidence"),
    "opportunities": QT_TRANSLATE_NOOP("CompareDialog", "Opportunities"),
    "agreements": QT_TRANSLATE_NOOP("CompareDialog", "Agreements"),
    "text": QT_TRANSLATE_NOOP("CompareDialog", "Text"),
    "stage": QT_TRANSLATE_NOOP("CompareDialog", "Stage"),
    "aim": QT_TRANSLATE_NOOP("CompareDialog", "Aim"),
    "change_idea": QT_TRANSLATE_NOOP("CompareDialog", "Change idea"),
    "prediction": QT_TRANSLATE_NOOP("CompareDialog", "Prediction"),
    "indicator": QT_TRANSLATE_NOOP("CompareDialog", "Indicator"),
    "do_notes": QT_TRANSLATE_NOOP("CompareDialog", "Do: notes"),
    "data_points": QT_TRANSLATE_NOOP("CompareDialog", "Data points"),
    "study_notes": QT_TRANSLATE_NOOP("CompareDialog", "Study: notes"),
    "adjust_notes": QT_TRANSLATE_NOOP("CompareDialog", "Adjust: notes"),
    "started_on": QT_TRANSLATE_NOOP("CompareDialog", "Started on"),
    "useful": QT_TRANSLATE_NOOP("CompareDialog", "Useful"),
    "prepared": QT_TRANSLATE_NOOP("CompareDialog", "Prepared"),
    "trust": QT_TRANSLATE_NOOP("CompareDialog", "Trust"),
    "count": QT_TRANSLATE_NOOP("CompareDialog", "Count"),
    "comment": QT_TRANSLATE_NOOP("CompareDialog", "Comment"),
    "kind": QT_TRANSLATE_NOOP("CompareDialog", "Kind"),
    "revision": QT_TRANSLATE_NOOP("CompareDialog", "Revision"),
    "body": QT_TRANSLATE_NOOP("CompareDialog", "Content"),
    "tags": QT_TRANSLATE_NOOP("CompareDialog", "Tags"),
    "sha256": QT_TRANSLATE_NOOP("CompareDialog", "SHA-256"),
    "filename": QT_TRANSLATE_NOOP("CompareDialog", "File name"),
    "media_type": QT_TRANSLATE_NOOP("CompareDialog", "File type"),
    "size": QT_TRANSLATE_NOOP("CompareDialog", "Size (bytes)"),
    "parent_kind": QT_TRANSLATE_NOOP("CompareDialog", "Belongs to (kind)"),
    "caption": QT_TRANSLATE_NOOP("CompareDialog", "Caption"),
}


def _is_reference(name: str) -> bool:
    return name.endswith(("_id", "_ids")) or name in ("sha256", "signing_key", "encryption_key")


def field_label(name: str) -> str:
    source = FIELD_NAMES.get(name)
    if source is None:
        return name.replace("_", " ").capitalize()
    return QCoreApplication.translate("CompareDialog", source)


def value_text(name: str, value: Any) -> str:
    """A field's value as plain text a person can read."""
    if value is None or (isinstance(value, str | list | dict) and not value):
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("CompareDialog", "Yes")
            if value
            else QCoreApplication.translate("CompareDialog", "No")
        )
    if name in _TIMES and isinstance(value, str):
        try:
            return date_time_text(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return str(value)


class CompareDialog(QDialog):
    """The fields of a conflict copy beside those of the version in use."""

    COPY, CURRENT = 1, 2

    def __init__(
        self,
        kind: str,
        title: str,
        copy: dict[str, Any],
        current: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        label = kind_label(kind)
        self.setWindowTitle(self.tr("Compare versions"))
        layout = QVBoxLayout(self)
        heading = QLabel(self)
        heading.setObjectName("compareHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setText(
            self.tr("{kind}: {title}").format(
                kind=label[:1].upper() + label[1:], title=title or self.tr("(untitled)")
            )
        )
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout.addWidget(heading)
        explain = QLabel(
            self.tr(
                "Two people changed this record before seeing each other's change. Minga "
                "uses the newer version and kept the other one as a copy. Rows in bold "
                "differ."
            ),
            self,
        )
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        layout.addWidget(explain)

        current = current or {}
        names = [n for n in copy if n not in _HIDDEN]
        names += [n for n in current if n not in _HIDDEN and n not in copy]

        def differs(name: str) -> bool:
            return bool(current) and copy.get(name) != current.get(name)

        # Ids and hashes say nothing to a person unless they are what differs; what
        # differs comes first, so the change is in sight without scrolling.
        names = [n for n in names if differs(n) or not _is_reference(n)]
        names.sort(key=lambda n: not differs(n))
        self.table = QTableWidget(len(names), 3, self)
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName(self.tr("Fields of both versions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This copy"), self.tr("Version in use")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.differing: list[str] = []
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, name in enumerate(names):
            ours = value_text(name, copy.get(name))
            theirs = value_text(name, current.get(name)) if current else "—"
            cells = [
                QTableWidgetItem(field_label(name)),
                QTableWidgetItem(ours),
                QTableWidgetItem(theirs),
            ]
            different = differs(name)
            if different:
                self.differing.append(name)
            for column, item in enumerate(cells):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.UserRole, name)
                if different:
                    item.setFont(bold)
                if column:
                    item.setToolTip(plain_tooltip(item.text()))
                self.table.setItem(row, column, item)
        # Row heights follow the wrapped text once the columns have their widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        if not current:
            missing = QLabel(self.tr("This record is no longer here: only the copy is left."), self)
            missing.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(missing)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 120, metrics.height() * 32)
        close.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()


class RemoveMemberDialog(QDialog):
    """(Advisor) Confirms retiring a member from the microcentre and asks why.

    Cancel is the default button: retiring someone is never one stray Enter away.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QPlainTextEdit

        super().__init__(parent)
        self.setObjectName("removeMemberDialog")
        self.setWindowTitle(self.tr("Remove {name} from the microcentre").format(name=name))
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("removeMemberExplanation")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            self.tr(
                "{name} will stop receiving your bundles and their bundles will be refused, "
                "here and, with your next bundles, on every member's computer. The practices "
                "they shared stay under their name. Only you can admit them again."
            ).format(name=name)
        )
        layout.addWidget(self.explanation)
        self.reason_label = QLabel(self.tr("&Reason (required, kept on this computer):"), self)
        layout.addWidget(self.reason_label)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("removeMemberReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 5)
        self.reason_label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.withdraw_check = QCheckBox(
            self.tr("She asked that the practices she shared leave the library too"), self
        )
        self.withdraw_check.setObjectName("removeMemberWithdraw")
        layout.addWidget(self.withdraw_check)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("Remove from the microcentre"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("removeMemberConfirm")
        # A reason is required: the button waits for one.
        self.confirm_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.confirm_button.setEnabled(bool(self.reason_text()))
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.confirm_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def withdraw(self) -> bool:
        return self.withdraw_check.isChecked()
