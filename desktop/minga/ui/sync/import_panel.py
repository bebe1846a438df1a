"""Recibir: import bundles and invitations, chosen in a dialog or dropped on the page.

Files are imported one bundle at a time (the parts of a split bundle together) on
`ctx.runner`, with progress and Cancel. A bundle from someone the advisor has not
accepted yet stops at a confirmation showing both fingerprints; accepting imports it
again with `accept_new_members`, refusing leaves everything as it was. An invitation is
joined only after the teacher confirms the advisor's fingerprint (`confirm_invitation`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.sync.queries import own_identity
from minga.ui.context import UiContext
from minga.ui.sync.dialogs import NewMemberDialog
from minga.ui.sync.models import SummaryModel
from minga.ui.sync.status import date_time_text
from minga.ui.sync.summary_words import import_sentence
from minga.ui.sync.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    TaskStatus,
    fit_rows,
    note_label,
    summary_columns,
)
from minga.ui.tasks import Progress, TaskCancelled, TaskHandle
from minga.ui.widgets.table import setup_table

__all__ = ["ImportPanel", "ask_invitation_fingerprint"]

log = logging.getLogger(__name__)


class DropZone(QFrame):
    """Where to drop .minga files (the whole page takes drops; this says so)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDropZone")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("importDropText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        self.set_hover(False)

    def set_hover(self, on: bool) -> None:
        # A dashed frame, highlighted while files are dragged over the page.
        colour = "palette(highlight)" if on else "palette(mid)"
        self.setStyleSheet(
            f"#importDropZone {{ border: 2px dashed {colour}; border-radius: 6px; }}"
        )


class ImportPanel(QGroupBox):
    """The "Receive" box of the Sincronizar area."""

    imported = Signal(object)
    """An `ImportResult` or a `JoinResult`: a file was applied."""
    running_changed = Signal(bool)
    finished = Signal()
    """The files asked for are all done (imported, refused or cancelled)."""

    def __init__(
        self,
        ctx: UiContext,
        vault: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPanel")
        self.ctx = ctx
        self._vault = vault
        self.handle: TaskHandle | None = None
        self.queue: list[list[Path]] = []
        self.dialog: NewMemberDialog | None = None
        self._blocked = False
        self._active = False
        self._done_count = 0
        self._refused_count = 0
        self._total = 0
        self.results: list[Any] = []

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.drop_zone = DropZone(self)
        layout.addWidget(self.drop_zone)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("importChoose")
        self.choose_button.clicked.connect(self.choose_files)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.status = TaskStatus("importStatus", self)
        self.status.cancel_requested.connect(self.cancel)
        layout.addWidget(self.status)
        self.result_title = QLabel(self)
        self.result_title.setObjectName("importResultTitle")
        self.result_title.setTextFormat(Qt.TextFormat.PlainText)
        self.result_title.setWordWrap(True)
        font = QFont(self.result_title.font())
        font.setBold(True)
        self.result_title.setFont(font)
        self.result_title.hide()
        layout.addWidget(self.result_title)
        self.result_label = note_label(self, "importResult")
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.summary = SummaryModel(self)
        self.summary_view = QTableView(self)
        setup_table(self.summary_view, "importSummary", "", compact=True)
        self.summary_view.setModel(self.summary)
        summary_columns(self.summary_view)  # (after setModel: the sections exist then)
        self.summary_view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.summary_view.hide()
        layout.addWidget(self.summary_view)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Receive"))
        self.drop_zone.label.setText(
            self.tr("Drop the teachers' bundles (.minga) here, from a USB drive or an e-mail.")
            if self.ctx.actor.role == "advisor"  # she makes the invitations herself
            else self.tr(
                "Drop bundles (.minga) or your advisor's invitation here, from a USB drive "
                "or an e-mail."
            )
        )
        self.choose_button.setText(self.tr("Choose &files…"))
        self.choose_button.setToolTip(
            self.tr("Bundles and invitations; for a split bundle, any of its parts")
        )
        self.summary_view.setAccessibleName(self.tr("What the bundle changed"))
        self.summary.retranslate()
        self.status.retranslate()

    # --- state -------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._active

    def set_blocked(self, blocked: bool) -> None:
        """Another sync task runs (an export): no import meanwhile."""
        self._blocked = blocked
        self._update_state()

    def accepts_files(self) -> bool:
        return not self._active and not self._blocked

    def _update_state(self) -> None:
        self.choose_button.setEnabled(self.accepts_files())

    def _set_active(self, active: bool) -> None:
        if active == self._active:
            return
        self._active = active
        self._update_state()
        self.running_changed.emit(active)

    # --- choosing ----------------------------------------------------------------------

    def choose_files(self) -> None:
        if not self.accepts_files():
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Bundles or invitation to import"),
            "",
            self.tr("Minga bundles and invitations (*.minga *.minga.0*);;All files (*)"),
        )
        if names:
            self.import_files([Path(name) for name in names])

    def import_files(self, paths: list[Path]) -> bool:
        """Imports `paths` (bundles, parts, invitations) one bundle after the other.

        Returns False (and does nothing) while another sync task runs.
        """
        if not paths or not self.accepts_files():
            return False
        from minga.sync.container import group_inputs

        self.queue = group_inputs([Path(p) for p in paths])
        self.results = []
        self._done_count = 0
        self._refused_count = 0
        self._total = len(self.queue)
        self.result_title.hide()
        self.result_label.hide()
        self.summary_view.hide()
        self._set_active(True)
        self._next()
        return True

    # --- importing ---------------------------------------------------------------------

    def _next(self) -> None:
        if not isValid(self):
            return
        if not self.queue:
            self._finish()
            return
        group = self.queue.pop(0)
        if not self._invitation_confirmed(group[0]):
            self._refused_count += 1
            self._say(
                self.tr(
                    "{file} was not imported: the fingerprint of your advisor's key was not "
                    "confirmed. Nothing was changed."
                ).format(file=group[0].name),
                error=True,
            )
            self._next()
            return
        self._run(group, accept=False)

    def _invitation_confirmed(self, path: Path) -> bool:
        from minga.sync.membership import peek_invitation

        invitation = peek_invitation(path)
        return invitation is None or self.confirm_invitation(invitation)

    def confirm_invitation(self, invitation: Any) -> bool:
        """Before joining: the advisor's name and fingerprint, and the question whether it
        is the one she read aloud (without dialogs the answer is no)."""
        return ask_invitation_fingerprint(self.window(), invitation)

    def _run(self, group: list[Path], *, accept: bool) -> None:
        ws, vault = self.ctx.workspace, self._vault()

        def work(progress: Progress) -> Any:
            from minga.sync.importer import import_file

            return import_file(ws, group, accept_new_members=accept, vault=vault, progress=progress)

        progress = Progress()
        self.status.begin(progress, self.tr("Opening {file}…").format(file=group[0].name))
        self.handle = self.ctx.runner.run(
            work,
            on_done=self._done,
            on_error=lambda exc: self._failed(group, exc),
            progress=progress,
        )

    def cancel(self) -> None:
        self.queue.clear()
        if self.handle is not None and not self.handle.finished:
            self.handle.cancel()
            self.status.cancel_button.setEnabled(False)

    def _done(self, result: Any) -> None:
        if not isValid(self):
            return
        self.handle = None
        self.status.finish()
        self._done_count += 1
        self.results.append(result)
        self.show_result(result)
        self.imported.emit(result)
        self._next()

    def _failed(self, group: list[Path], exc: BaseException) -> None:
        if not isValid(self):
            return
        self.handle = None
        self.status.finish()
        from minga.sync.errors import NewMemberError

        if isinstance(exc, NewMemberError) and self.ctx.actor.role == "advisor":
            self._ask_new_member(group, exc)
            return
        if isinstance(exc, TaskCancelled):
            self.queue.clear()
            self._say(
                self.tr("Import cancelled: the bundle it was reading changed nothing."),
                error=True,
            )
            self._finish()
            return
        self._refused_count += 1
        if isinstance(exc, MingaError):
            self._say(exc.message(), error=True)
        try:
            self.ctx.bridge.show_exception(exc)
        finally:
            self._next()

    def _ask_new_member(self, group: list[Path], error: Any) -> None:
        try:
            own = own_identity(self.ctx.workspace.db).fingerprint
        except MingaError:
            own = None
        dialog = self.dialog = NewMemberDialog(error, own, self.window())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def decided(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if not isValid(self):
                return
            if code == NewMemberDialog.DialogCode.Accepted:
                self._run(group, accept=True)
                return
            self._refused_count += 1
            text = self.tr(
                "{file} was not imported: {sender} was not accepted. Nothing was changed."
            ).format(file=error.params.get("name", ""), sender=error.params.get("sender", ""))
            self._say(text, error=True)
            self.ctx.bridge.info(text)
            self._next()

        dialog.finished.connect(decided)
        dialog.open()

    def _finish(self) -> None:
        if self._total > 1:
            text = self.tr("%n file(s) imported", "", self._done_count)
            if self._refused_count:
                text += "; " + self.tr("%n refused", "", self._refused_count)
            self.result_label.setText(
                self.result_label.text() + ("\n" if self.result_label.text() else "") + text + "."
            )
            self.result_label.show()
        self._set_active(False)
        self.finished.emit()

    # --- results -----------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        if error:  # what an earlier file of the same batch did is in the history
            self.result_title.hide()
            self.summary_view.hide()
        self.result_label.setStyleSheet(ERROR_STYLE if error else "")
        self.result_label.setText(text)
        self.result_label.show()

    def show_result(self, result: Any) -> None:
        from minga.sync.membership import JoinResult

        if isinstance(result, JoinResult):
            self._show_join(result)
            return
        sender = result.sender
        self.result_title.setText(
            self.tr("{file}: from {sender}, made on {date}").format(
                file=result.name, sender=sender.name, date=date_time_text(result.created_at)
            )
        )
        self.result_title.show()
        totals = result.totals
        lines = []
        sentence = import_sentence(sender.name, result.kinds)
        if sentence:
            lines.append(sentence)
        if result.accepted_member:
            lines.append(
                self.tr("{sender} is now a member of the microcentre.").format(sender=sender.name)
            )
        if result.already_imported and not (totals.new or totals.updated or totals.conflicts):
            lines.append(self.tr("This bundle had been imported before: nothing changed."))
        elif not sentence:
            lines.append(self.tr("Nothing new: everything in it was already here."))
        if result.attachments:
            lines.append(self.tr("%n evidence file(s) received.", "", result.attachments))
        if result.clock_skew_days:
            lines.append(
                self.tr(
                    "Warning: this computer's clock and the network's differ by %n day(s). "
                    "Check the date and time of this computer.",
                    "",
                    abs(result.clock_skew_days),
                )
            )
        if totals.conflicts:
            lines.append(
                self.tr(
                    "Some records had been changed in two places: the other version was kept "
                    "as a copy (see Conflicts)."
                )
            )
        self.result_label.setStyleSheet(OK_STYLE)
        self.result_label.setText("\n".join(lines))
        self.result_label.show()
        self.summary.set_kinds({kind: s.as_json() for kind, s in result.kinds.items()})
        self.summary_view.setVisible(bool(result.kinds))
        fit_rows(self.summary_view, self.summary.rowCount(), most=6)

    def _show_join(self, result: Any) -> None:
        if result.rejoined:
            self.result_title.setText(
                self.tr("Welcome back to {microcentre}").format(microcentre=result.microcentre)
            )
            self.result_title.show()
            self.result_label.setStyleSheet(OK_STYLE)
            self.result_label.setText(
                self.tr(
                    "This computer has new keys: your new fingerprint is {fingerprint}. Send "
                    "your advisor a bundle (Send) and read it to them when they import it."
                ).format(fingerprint=result.own_fingerprint)
            )
            self.result_label.show()
            self.summary.set_kinds({})
            self.summary_view.hide()
            return
        if result.already_member:
            title = self.tr("You are already a member of {microcentre}").format(
                microcentre=result.microcentre
            )
        else:
            title = self.tr("You joined the microcentre {microcentre}").format(
                microcentre=result.microcentre
            )
        self.result_title.setText(title)
        self.result_title.show()
        self.result_label.setStyleSheet(OK_STYLE)
        self.result_label.setText(
            "\n".join(
                [
                    self.tr(
                        "Your advisor is {advisor}; the fingerprint of their key is {fingerprint}."
                    ).format(advisor=result.advisor_name, fingerprint=result.advisor_fingerprint),
                    self.tr(
                        "Your own fingerprint is {fingerprint}. Now send your advisor a bundle "
                        "(Send)."
                    ).format(fingerprint=result.own_fingerprint),
                ]
            )
        )
        self.result_label.show()
        self.summary.set_kinds({})
        self.summary_view.hide()


def ask_invitation_fingerprint(parent: QWidget | None, invitation: Any) -> bool:
    """Shows an invitation's advisor and fingerprint and asks whether it is the one the
    advisor read aloud (Recibir, and the first-run dialog's "coming back"); without
    dialogs (automation) the answer is no."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from minga.ui import messages

    if not messages.dialogs_enabled():
        return False
    box = QMessageBox(parent)
    box.setObjectName("confirmInvitation")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ImportPanel", "Join the microcentre"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    if invitation.rejoin is not None:
        text = QCoreApplication.translate(
            "ImportPanel",
            "This invitation from {advisor} lets {name} come back to {microcentre} with "
            "this computer and new keys.",
        ).format(
            advisor=invitation.advisor.name,
            name=invitation.rejoin.name,
            microcentre=invitation.microcentre["name"],
        )
    else:
        text = QCoreApplication.translate(
            "ImportPanel", "Invitation from {advisor} to join {microcentre}."
        ).format(advisor=invitation.advisor.name, microcentre=invitation.microcentre["name"])
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "ImportPanel",
            "Fingerprint of your advisor's key:\n{fingerprint}\n\nIs it the one "
            "{advisor} read to you (in person or by phone)? Join only if it is.",
        ).format(fingerprint=invitation.fingerprint, advisor=invitation.advisor.name)
    )
    yes = box.addButton(
        QCoreApplication.translate("ImportPanel", "It is the same: join"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    no = box.addButton(
        QCoreApplication.translate("ImportPanel", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes
