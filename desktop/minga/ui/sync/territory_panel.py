"""Sincronizar's "Informe al territorio" tab (advisor): her coordinator, what a territory
report carries (and never carries), and the report written to a file (docs/territory.md).

The coordinator's card is imported after the advisor confirms its fingerprint; the
territory invitation for the coordinator is written from here too. The contents and the
report are read and written on the task runner, the page usable meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.ui.context import UiContext
from minga.ui.sync.export_panel import slug
from minga.ui.sync.widgets import ERROR_STYLE, OK_STYLE, note_label
from minga.ui.tasks import PAGE_FETCH, Progress, TaskCancelled
from minga.ui.widgets.chips import FlowLayout
from minga.ui.widgets.fields import heading

__all__ = ["TerritoryPanel", "ask_card_fingerprint"]

log = logging.getLogger(__name__)


class TerritoryPanel(QWidget):
    """(Advisor) Her coordinator, the report's contents, and the report to a file."""

    exported = Signal(object)
    """A territory report was written (`sync.territory.Written`)."""

    def __init__(
        self, ctx: UiContext, vault: Callable[[], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("territoryPanel")
        self.ctx = ctx
        self._vault = vault
        self.handle: Any = None
        self._busy = False
        self.coordinator: Any = None
        self.contents: Any = None
        self.loading = False
        layout = QVBoxLayout(self)

        self.coordinator_title = heading(self, 1.15)
        layout.addWidget(self.coordinator_title)
        self.coordinator_label = note_label(self, "territoryCoordinator")
        layout.addWidget(self.coordinator_label)
        trust_row = FlowLayout()  # the two buttons wrap at large text on a small screen
        self.card_button = QPushButton(self)
        self.card_button.setObjectName("territoryImportCard")
        self.card_button.clicked.connect(self._card_clicked)
        self.invite_button = QPushButton(self)
        self.invite_button.setObjectName("territoryInvite")
        self.invite_button.clicked.connect(self._invite_clicked)
        trust_row.addWidget(self.card_button)
        trust_row.addWidget(self.invite_button)
        layout.addLayout(trust_row)

        self.contents_title = heading(self, 1.15)
        layout.addWidget(self.contents_title)
        self.contents_label = QLabel(self)
        self.contents_label.setObjectName("territoryContents")
        self.contents_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contents_label.setWordWrap(True)
        self.contents_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.contents_label)
        self.never_title = heading(self, 1.0)
        layout.addWidget(self.never_title)
        self.never_label = QLabel(self)
        self.never_label.setObjectName("territoryNever")
        self.never_label.setTextFormat(Qt.TextFormat.PlainText)
        self.never_label.setWordWrap(True)
        layout.addWidget(self.never_label)

        export_row = QHBoxLayout()
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("territoryExport")
        self.export_button.clicked.connect(self._export_clicked)
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        layout.addLayout(export_row)
        self.message = note_label(self, "territoryMessage")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()
        self.reload()

    # --- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.coordinator_title.setText(self.tr("Your territory's coordinator"))
        self.card_button.setText(self.tr("Import the coordinator's car&d…"))
        self.card_button.setToolTip(
            self.tr(
                "The file your SLEP's or DAEM's coordinator gave you: your territory reports "
                "go to her"
            )
        )
        self.invite_button.setText(self.tr("Write the territory in&vitation…"))
        self.invite_button.setToolTip(
            self.tr(
                "The file that introduces you and your microcentros to the coordinator; read "
                "her your fingerprint when you give it"
            )
        )
        self.contents_title.setText(self.tr("What the report carries"))
        self.never_title.setText(self.tr("What never leaves"))
        self.export_button.setText(self.tr("Write the territory rep&ort…"))
        self._show()

    def _show(self) -> None:
        card = self.coordinator
        if card is None:
            self.coordinator_label.setText(
                self.tr(
                    "No coordinator yet. Give her your territory invitation; she gives you "
                    "her card back. Import it here after comparing the fingerprint she reads "
                    "to you."
                )
            )
        else:
            self.coordinator_label.setText(
                self.tr("{name}, {territory} (fingerprint {fingerprint}).").format(
                    name=card.coordinator.name,
                    territory=card.territory,
                    fingerprint=card.fingerprint,
                )
            )
        self.export_button.setEnabled(card is not None and not self._busy)
        contents = self.contents
        if contents is None:
            self.contents_label.setText(self.tr("Reading your microcentros…"))
            self.never_label.setText("")
            return
        lines = []
        for network in contents.networks:
            lines.append(
                self.tr("{name}: {schools} schools, {teachers} teachers (counts only)").format(
                    name=network.name, schools=network.schools, teachers=network.teachers
                )
            )
            for year in network.years:
                lines.append(
                    "    "
                    + self.tr(
                        "{year}: {sessions} sessions ({held} held: dates, hours, modality, "
                        "attendance counts), {practices} practices shared with the network"
                    ).format(
                        year=year,
                        sessions=network.sessions.get(year, 0),
                        held=network.held.get(year, 0),
                        practices=network.practices.get(year, 0),
                    )
                )
        lines.append(
            self.tr(
                "Each school year's indicators, as numerator and denominator: attendance, "
                "practices shared, adoption, continuation and the survey's figures."
            )
        )
        self.contents_label.setText("\n".join(lines))
        self.never_label.setText(
            "\n".join("• " + QCoreApplication.translate("territory", t) for t in contents.never)
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)
        self.message.show()

    # --- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the coordinator and the contents on the task runner."""
        ws = self.ctx.workspace

        def work(_progress: Progress) -> Any:
            from minga.services.territory_report import installation_contents
            from minga.sync.territory_trust import coordinator

            return coordinator(ws), installation_contents(ws)

        def done(found: Any) -> None:
            if isValid(self):
                self.loading = False
                self.coordinator, self.contents = found
                self._show()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.loading = False
                if isinstance(exc, MingaError):
                    self._say(exc.message(), error=True)
                else:
                    self.ctx.bridge.show_exception(exc)

        self.loading = True
        self.ctx.runner.run(work, on_done=done, on_error=failed, priority=PAGE_FETCH)

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
                return
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
        self._busy = busy
        self.card_button.setEnabled(not busy)
        self.invite_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.coordinator is not None)

    def _save_path(self, title: str, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name), self.tr("Minga files (*.minga)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".minga")

    def _card_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The coordinator's card"), folder, self.tr("Minga files (*.minga)")
        )
        if chosen:
            self.import_card(Path(chosen))

    def import_card(self, path: Path, *, confirmed: bool = False) -> bool:
        """Shows the card's coordinator and fingerprint, asks, then keeps her as the
        recipient of the reports (`confirmed`: asked already, as a test does)."""
        from minga.sync.territory_trust import accept_card, read_card

        try:
            card = read_card(path)
            if not confirmed and not ask_card_fingerprint(self.window(), card):
                self._say(
                    self.tr("The card was not imported: the fingerprint was not confirmed."),
                    error=True,
                )
                return False
            accept_card(self.ctx.workspace, path)
        except MingaError as exc:
            self._say(exc.message(), error=True)
            return False
        self.coordinator = card
        self._show()
        self._say(
            self.tr("Your territory reports will go to {name} ({territory}).").format(
                name=card.coordinator.name, territory=card.territory
            )
        )
        return True

    def _invite_clicked(self) -> None:
        self.write_invitation()

    def write_invitation(self, path: Path | None = None) -> None:
        name = f"invitacion-territorio-{slug(self.ctx.actor.name)}.minga"
        target = path or self._save_path(self.tr("Save the territory invitation"), name)
        if target is None:
            return
        ws, vault = self.ctx.workspace, self._vault()

        def work(_progress: Progress) -> Any:
            from minga.services.territory_report import installation_workspaces
            from minga.sync.territory_trust import network_refs, write_invitation

            with installation_workspaces(ws) as workspaces:
                networks = network_refs(workspaces)
            return write_invitation(ws, target, networks, vault)

        def done(info: Any) -> None:
            self._say(
                self.tr(
                    "Territory invitation saved in {path}. Give it to your coordinator and "
                    "read her your fingerprint: {fingerprint}."
                ).format(path=str(info.path), fingerprint=info.fingerprint)
            )

        self._run(work, done)

    def _export_clicked(self) -> None:
        self.export()

    def export(self, path: Path | None = None) -> None:
        year = self.ctx.today().year
        target = path or self._save_path(
            self.tr("Save the territory report"), f"informe-territorio-{year}.minga"
        )
        if target is None:
            return
        ws, vault = self.ctx.workspace, self._vault()

        def work(_progress: Progress) -> Any:
            from minga.services.territory_report import export_installation

            return export_installation(ws, target, vault)

        def done(result: Any) -> None:
            written, contents = result
            self.contents = contents
            self._show()
            self._say(
                self.tr(
                    "Territory report saved in {path} for {name}: {networks} microcentros. "
                    "Only she can open it."
                ).format(
                    path=str(written.path), name=written.coordinator, networks=written.networks
                )
            )
            self.exported.emit(written)

        self._run(work, done)


def ask_card_fingerprint(parent: QWidget | None, card: Any) -> bool:
    """The card's coordinator and fingerprint, and the question whether it is the one she
    read aloud; without dialogs (automation) the answer is no."""
    from minga.ui import messages

    if not messages.dialogs_enabled():
        return False
    box = QMessageBox(parent)
    box.setObjectName("confirmCoordinatorCard")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("TerritoryPanel", "Your coordinator"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "TerritoryPanel", "Card of {name}, coordinator of {territory}."
        ).format(name=card.coordinator.name, territory=card.territory)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "TerritoryPanel",
            "Fingerprint of her key:\n{fingerprint}\n\nIs it the one {name} read to you (in "
            "person or by phone)? Import it only if it is.",
        ).format(fingerprint=card.fingerprint, name=card.coordinator.name)
    )
    yes = box.addButton(
        QCoreApplication.translate("TerritoryPanel", "It is the same: import"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    no = box.addButton(
        QCoreApplication.translate("TerritoryPanel", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes
