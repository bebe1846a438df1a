"""The Sincronizar area's identity panel: this installation's person, device and keys,
with their fingerprints to compare (a part of `minga.ui.sync.panels`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.sync.queries import (
    OwnIdentity,
    own_identity,
)
from minga.ui.context import UiContext
from minga.ui.sync.dialogs import FingerprintLabel
from minga.ui.sync.export_panel import slug
from minga.ui.sync.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    note_label,
)
from minga.ui.tasks import Progress, TaskCancelled
from minga.ui.widgets.fields import heading

log = logging.getLogger(__name__)


# --- identity -------------------------------------------------------------------------


class IdentityPanel(QWidget):
    """This computer's fingerprint, where its keys live, and (advisor) the invitation."""

    changed = Signal()
    """Keys were made, or an invitation was written (the history has a new line)."""

    def __init__(
        self, ctx: UiContext, vault: Callable[[], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identityPanel")
        self.ctx = ctx
        self._vault = vault
        self.identity: OwnIdentity | None = None
        self.handle = None
        self.is_advisor = ctx.actor.role == "advisor"
        # A territory's hub: no advisor of her own; advisors compare her fingerprint.
        self.is_hub = ctx.actor.role == "coordinator"
        layout = QVBoxLayout(self)
        self.fingerprint_title = heading(self, 1.15)
        layout.addWidget(self.fingerprint_title)
        row = QHBoxLayout()
        self.fingerprint = FingerprintLabel("—", "ownFingerprint", self)
        row.addWidget(self.fingerprint)
        row.addStretch(1)
        layout.addLayout(row)
        self.fingerprint_note = note_label(self, "fingerprintNote")
        layout.addWidget(self.fingerprint_note)
        keys_row = QHBoxLayout()
        self.make_keys_button = QPushButton(self)
        self.make_keys_button.setObjectName("makeKeys")
        self.make_keys_button.clicked.connect(self.make_keys)
        keys_row.addWidget(self.make_keys_button)
        keys_row.addStretch(1)
        layout.addLayout(keys_row)

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.storage_label = note_label(self, "keyStorage")
        self.advisor_label = note_label(self, "advisorIdentity")
        self.device_label = note_label(self, "deviceId")
        self.storage_title = QLabel(self)
        self.advisor_title = QLabel(self)
        self.device_title = QLabel(self)
        facts.addRow(self.storage_title, self.storage_label)
        if not self.is_advisor and not self.is_hub:
            facts.addRow(self.advisor_title, self.advisor_label)
        else:
            self.advisor_title.hide()
            self.advisor_label.hide()
        facts.addRow(self.device_title, self.device_label)
        layout.addLayout(facts)

        invite_row = QHBoxLayout()
        self.invite_button = QPushButton(self)
        self.invite_button.setObjectName("createInvitation")
        self.invite_button.clicked.connect(self._invite_clicked)
        self.invite_button.setVisible(self.is_advisor)
        invite_row.addWidget(self.invite_button)
        invite_row.addStretch(1)
        layout.addLayout(invite_row)
        self.message = note_label(self, "identityMessage")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.fingerprint_title.setText(self.tr("Your key fingerprint"))
        self.fingerprint.setAccessibleName(self.tr("Your key fingerprint"))
        self.make_keys_button.setText(self.tr("Make my keys now"))
        self.storage_title.setText(self.tr("Private keys:"))
        self.advisor_title.setText(self.tr("Your advisor:"))
        self.device_title.setText(self.tr("This computer:"))
        self.invite_button.setText(self.tr("Create in&vitation…"))
        self.invite_button.setToolTip(
            self.tr("A file for teachers to join the microcentre (hand it over or e-mail it)")
        )
        self._render()

    def reload(self) -> None:
        try:
            self.identity = own_identity(self.ctx.workspace.db)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self._render()

    def _render(self) -> None:
        me = self.identity
        if me is None:
            return
        if me.fingerprint:
            self.fingerprint.setText(me.fingerprint)
            from minga.ui.sync.dialogs import spelled

            self.fingerprint.setAccessibleDescription(spelled(me.fingerprint))
            if self.is_advisor:
                note = self.tr(
                    "Read it aloud to each teacher who joins: they compare it with what Minga "
                    "shows them, and you compare theirs."
                )
            elif self.is_hub:
                note = self.tr(
                    "Read it aloud to each advisor whose territory invitation you accept: she "
                    "compares it with the one on your card, and you compare hers."
                )
            else:
                note = self.tr(
                    "Read it aloud to your advisor when they accept you as a member: it must "
                    "match the one their Minga shows."
                )
            self.make_keys_button.hide()
        else:
            self.fingerprint.setText("—")
            note = self.tr(
                "This computer has no keys yet. They are made with the first bundle or "
                "invitation, or now with the button below."
            )
            self.make_keys_button.show()
        self.fingerprint_note.setText(note)
        storage = self._vault().storage()
        if storage.kind == "keyring":
            self.storage_label.setText(
                self.tr("in the system keyring ({backend}).").format(backend=storage.backend)
            )
        else:
            self.storage_label.setText(
                self.tr(
                    "in the file {path}, locked with a passphrase (this computer has no "
                    "system keyring). Keep a copy of the data folder: without this file, you "
                    "would need new keys."
                ).format(path=storage.path or "")
            )
        if me.advisor_name:
            self.advisor_label.setText(
                self.tr("{name}, fingerprint {fingerprint}").format(
                    name=me.advisor_name, fingerprint=me.advisor_fingerprint or "—"
                )
            )
        else:
            self.advisor_label.setText(
                self.tr("none yet: import the invitation file your advisor gives you.")
            )
        self.device_label.setText(
            self.tr("{name}, device {device}").format(name=me.name, device=me.device_id)
        )

    # --- actions -----------------------------------------------------------------------

    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.handle = None
            self._set_busy(False)
            if isinstance(exc, TaskCancelled):
                return
            if isinstance(exc, MingaError):
                self._say(exc.message(), error=True)
            self.ctx.bridge.show_exception(exc)

        def finished(result: Any) -> None:
            if not isValid(self):
                return
            self.handle = None
            self._set_busy(False)
            done(result)

        self._set_busy(True)
        self.handle = self.ctx.runner.run(work, on_done=finished, on_error=failed)

    def _set_busy(self, busy: bool) -> None:
        self.invite_button.setEnabled(not busy)
        self.make_keys_button.setEnabled(not busy)

    def make_keys(self) -> None:
        ws, vault = self.ctx.workspace, self._vault()

        def work(_progress: Progress) -> Any:
            from minga.sync.membership import identity

            return identity(ws, vault)

        def done(_info: Any) -> None:
            self.reload()
            self._say(self.tr("Your keys are ready."))
            self.changed.emit()

        self._run(work, done)

    def invitation_path(self) -> Path | None:
        """Asks where to save the invitation (None: cancelled)."""
        me = self.identity
        name = "invitacion-{}.minga".format(
            slug(me.microcentre if me and me.microcentre else "minga")
        )
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the invitation"),
            str(Path(folder) / name),
            self.tr("Minga invitation (*.minga)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".minga")

    def _invite_clicked(self) -> None:
        self.create_invitation()  # (clicked's "checked" argument is not a path)

    def create_invitation(self, path: Path | None = None) -> None:
        target = path or self.invitation_path()
        if target is None:
            return
        ws, vault = self.ctx.workspace, self._vault()

        def work(_progress: Progress) -> Any:
            from minga.sync.membership import write_invitation

            return write_invitation(ws, target, vault)

        def done(info: Any) -> None:
            self.reload()
            self._say(
                self.tr(
                    "Invitation saved in {path}: {microcentre}, {members} members, {schools} "
                    "schools. Give it to the teachers and read them your fingerprint: "
                    "{fingerprint}."
                ).format(
                    path=str(info.path),
                    microcentre=info.microcentre,
                    members=info.members,
                    schools=info.schools,
                    fingerprint=info.fingerprint,
                )
            )
            self.changed.emit()

        self._run(work, done)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)
        self.message.show()
