"""Enviar: prepare a bundle for the advisor (a teacher) or for the microcentre (the advisor),
on a folder or a USB drive, incremental unless "complete", optionally split for e-mail.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.sync.queries import OwnIdentity, own_identity, recipients
from minga.ui.context import UiContext
from minga.ui.settings import Option
from minga.ui.sync.drives import Volume, mounted_removable_volumes
from minga.ui.sync.models import kind_label
from minga.ui.sync.widgets import ERROR_STYLE, TaskStatus, data_size, note_label
from minga.ui.tasks import Progress, TaskCancelled, TaskHandle
from minga.ui.widgets.text import plain_tooltip

__all__ = [
    "EXPORT_DESTINATION",
    "EXPORT_SPLIT_MB",
    "USB_FOLDER",
    "ExportPanel",
    "bundle_file_name",
    "slug",
]

log = logging.getLogger(__name__)

# The area's own settings. `Settings.get/set` take any `Option`, so they live here and
# not in the central registry (`minga.ui.settings.OPTIONS`).
# The last destination chosen: a folder, or the root of a USB drive.
EXPORT_DESTINATION = Option("sync/export_destination", "", str)
# Parts of at most this many MB for e-mail (0: one file).
EXPORT_SPLIT_MB = Option("sync/split_mb", 0, int, minimum=0, maximum=2000)
# Bundles go into this folder on a USB drive, so they are easy to find on the other side.
USB_FOLDER = "Minga"
# How often the list of USB drives is read while the page is shown (milliseconds).
DRIVE_POLL_MS = 4000
DEFAULT_SPLIT_MB = 10

DRIVE, FOLDER = "drive", "folder"


def slug(text: str, limit: int = 40) -> str:
    """ "Ana María Huenchumilla" → "ana-maria-huenchumilla": safe on any USB drive."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return words[:limit].strip("-") or "minga"


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "da", "van", "von"})


def _short(name: str) -> str:
    """Two words of a name: "Rosa Elena Pérez Millar" → "Rosa Elena", "María de los
    Ángeles Sepúlveda" → "María Ángeles"."""
    words = [w for w in name.split() if w.casefold() not in _PARTICLES] or name.split()
    return " ".join(words[:2])


def bundle_file_name(sender: str, recipient: str, moment: dt.datetime, pattern: str) -> str:
    """`pattern` is the translated "{sender}-to-{recipient}" (with any words around)."""
    stem = slug(pattern.format(sender=_short(sender), recipient=_short(recipient)), 80)
    return f"minga-{stem}-{moment:%Y-%m-%d-%H%M}.minga"


def _free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, or `name-2`, `name-3`… when a bundle (or its parts) is there."""
    stem = name.removesuffix(".minga")
    number = 1
    while True:
        candidate = folder / (name if number == 1 else f"{stem}-{number}.minga")
        taken = candidate.exists() or candidate.with_name(candidate.name + ".001").exists()
        if not taken:
            return candidate
        number += 1


def _parse(data: object) -> tuple[str, str] | None:
    """("drive" or "folder", path) from a destination's "kind:path" text."""
    if not isinstance(data, str):
        return None
    kind, _, path = data.partition(":")
    return (kind, path) if kind in (DRIVE, FOLDER) and path else None


class ExportPanel(QGroupBox):
    """The "Send" box of the Sincronizar area."""

    exported = Signal(object)
    """An `ExportResult`: a bundle was written."""
    running_changed = Signal(bool)

    def __init__(
        self,
        ctx: UiContext,
        vault: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportPanel")
        self.ctx = ctx
        self._vault = vault
        self.identity: OwnIdentity | None = None
        self.handle: TaskHandle | None = None
        self.last_result: Any = None
        self._blocked = False
        self._on_drive = False
        self._last_drives: list[Volume] | None = None
        # Where removable drives come from (tests give a fixed list).
        self.volume_source: Callable[[], list[Volume]] = mounted_removable_volumes
        self.is_advisor = ctx.actor.role == "advisor"

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.intro = note_label(self, "exportIntro")
        layout.addWidget(self.intro)

        # Who it is for (the advisor chooses).
        self.all_radio = QRadioButton(self)
        self.all_radio.setObjectName("exportAll")
        self.one_radio = QRadioButton(self)
        self.one_radio.setObjectName("exportOne")
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("exportMember")
        self.member_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.member_combo.setMinimumContentsLength(16)
        self.member_combo.activated.connect(lambda _i: self.one_radio.setChecked(True))
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.one_radio)
        self.all_radio.setChecked(True)
        self.one_radio.toggled.connect(self._update_state)
        who = QGridLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.all_radio, 0, 0, 1, 2)
        who.addWidget(self.one_radio, 1, 0)
        who.addWidget(self.member_combo, 1, 1)
        who.setColumnStretch(2, 1)
        self.who = QWidget(self)
        self.who.setLayout(who)
        self.who.setVisible(self.is_advisor)
        layout.addWidget(self.who)

        # Where to.
        where = QHBoxLayout()
        self.destination_label = QLabel(self)
        self.destination_combo = QComboBox(self)
        self.destination_combo.setObjectName("exportDestination")
        self.destination_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.destination_combo.setMinimumContentsLength(20)  # a drive name and its start
        self.destination_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.destination_combo.activated.connect(self._destination_chosen)
        self.destination_label.setBuddy(self.destination_combo)
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("exportChooseFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.drives_button = QToolButton(self)
        self.drives_button.setObjectName("exportRefreshDrives")
        self.drives_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.drives_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.drives_button.clicked.connect(lambda: self.refresh_drives(force=True))
        where.addWidget(self.destination_label)
        where.addWidget(self.destination_combo, 1)
        where.addWidget(self.drives_button)
        where.addWidget(self.folder_button)
        layout.addLayout(where)

        # Options.
        self.full_check = QCheckBox(self)
        self.full_check.setObjectName("exportFull")
        layout.addWidget(self.full_check)
        options = QHBoxLayout()
        self.split_check = QCheckBox(self)
        self.split_check.setObjectName("exportSplit")
        self.split_spin = QSpinBox(self)
        self.split_spin.setObjectName("exportSplitMb")
        self.split_spin.setRange(1, 2000)
        self.split_check.toggled.connect(self.split_spin.setEnabled)
        self.split_check.toggled.connect(lambda _on: self._remember_split())
        self.split_spin.valueChanged.connect(lambda _v: self._remember_split())
        options.addWidget(self.split_check)
        options.addWidget(self.split_spin)
        options.addStretch(1)
        layout.addLayout(options)

        # The installers that travel beside the bundles (docs/bundle-format.md §13):
        # a folder remembered for every later export, the command line's too.
        self.installer_label = note_label(self, "exportInstallers")
        layout.addWidget(self.installer_label)
        installer_row = QHBoxLayout()
        self.installer_button = QPushButton(self)
        self.installer_button.setObjectName("exportInstallersChoose")
        self.installer_button.clicked.connect(self.choose_installers)
        self.installer_off = QPushButton(self)
        self.installer_off.setObjectName("exportInstallersOff")
        self.installer_off.clicked.connect(lambda: self.set_installers(None))
        installer_row.addWidget(self.installer_button)
        installer_row.addWidget(self.installer_off)
        installer_row.addStretch(1)
        layout.addLayout(installer_row)
        self._installers: Path | None = None
        self._installer_problem = ""

        buttons = QHBoxLayout()
        self.prepare_button = QPushButton(self)
        self.prepare_button.setObjectName("exportPrepare")
        self.prepare_button.setDefault(False)
        self.prepare_button.clicked.connect(self.start_export)
        buttons.addWidget(self.prepare_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = TaskStatus("exportStatus", self)
        self.status.cancel_requested.connect(self.cancel)
        layout.addWidget(self.status)
        self.result_label = note_label(self, "exportResult")
        self.result_label.hide()
        layout.addWidget(self.result_label)
        result_row = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("exportOpenFolder")
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        result_row.addWidget(self.open_button)
        result_row.addStretch(1)
        layout.addLayout(result_row)
        layout.addStretch(1)

        self._poll = QTimer(self)
        self._poll.setInterval(DRIVE_POLL_MS)
        self._poll.timeout.connect(self.refresh_drives)

        split = ctx.settings.get(EXPORT_SPLIT_MB)
        self.split_spin.setValue(split or DEFAULT_SPLIT_MB)
        self.split_check.setChecked(bool(split))
        self.split_spin.setEnabled(bool(split))
        self.retranslate()
        self.refresh()

    # --- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Send"))
        self.all_radio.setText(self.tr("Bundle for the &whole microcentre"))
        self.all_radio.setToolTip(
            self.tr("One file for every member: the network's shared work, from everyone.")
        )
        self.one_radio.setText(self.tr("For &one member:"))
        self.member_combo.setAccessibleName(self.tr("Member to send the bundle to"))
        self.destination_label.setText(self.tr("Save &to:"))
        self.destination_combo.setAccessibleName(self.tr("Where to save the bundle"))
        self.destination_combo.setToolTip(
            self.tr("A USB drive plugged into this computer, or a folder")
        )
        self.folder_button.setText(self.tr("Choose folder…"))
        self.drives_button.setText(self.tr("Look for USB drives"))
        self.drives_button.setToolTip(self.tr("Look for USB drives again"))
        self.drives_button.setAccessibleName(self.tr("Look for USB drives"))
        self.full_check.setText(self.tr("Comp&lete bundle"))
        self.full_check.setToolTip(
            self.tr(
                "Everything that may travel, not only what changed since the last bundle "
                "that was confirmed. Use it when a bundle got lost."
            )
        )
        self.split_check.setText(self.tr("Split for e-mail into parts of at most"))
        self.split_spin.setSuffix(" MB")
        self.split_spin.setAccessibleName(self.tr("Largest part, in MB"))
        self.split_spin.setToolTip(
            self.tr("E-mail often refuses attachments over 10 or 20 MB: send every part.")
        )
        if self.is_advisor:
            self.prepare_button.setText(self.tr("&Prepare bundle"))
        else:
            self.prepare_button.setText(self.tr("&Prepare bundle for the advisor"))
        self.open_button.setText(self.tr("Show folder"))
        self.installer_off.setText(self.tr("Do not include them"))
        self.installer_off.setToolTip(self.tr("Later bundles go without Minga's installers"))
        self._show_installers()
        self.status.retranslate()
        self._update_intro()
        self._fill_destinations(self._last_drives or [])

    def _update_intro(self) -> None:
        me = self.identity
        if me is None:
            return
        if self.is_advisor:
            self.intro.setText(
                self.tr(
                    "A bundle carries the network's shared work to the members. Take it to "
                    "them on a USB drive or send it by e-mail."
                )
            )
        elif me.advisor_name:
            self.intro.setText(
                self.tr(
                    "A bundle carries your shared work to your advisor, {advisor}. Only what "
                    "changed since the last bundle they confirmed goes in it."
                ).format(advisor=me.advisor_name)
            )
        else:
            self.intro.setText(
                self.tr(
                    "First join your microcentre: import the invitation file your advisor "
                    "gave you (under Receive). Then you can send them bundles."
                )
            )

    # --- state -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads who can receive a bundle, and the drives (after an import, on showing)."""
        try:
            self.identity = own_identity(self.ctx.workspace.db)
            people = recipients(self.ctx.workspace.db) if self.is_advisor else []
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        current = self.member_combo.currentData()
        self.member_combo.clear()
        for person_id, name in people:
            self.member_combo.addItem(name, person_id)
        if current is not None:
            index = self.member_combo.findData(current)
            if index >= 0:
                self.member_combo.setCurrentIndex(index)
        self._update_intro()
        self._read_installers()
        self.refresh_drives(force=True)
        self._update_state()

    def set_blocked(self, blocked: bool) -> None:
        """Another sync task runs (an import): no export meanwhile."""
        self._blocked = blocked
        self._update_state()

    def is_running(self) -> bool:
        return self.handle is not None

    def _update_state(self) -> None:
        me = self.identity
        ready = me is not None and me.joined
        busy = self.is_running() or self._blocked
        self.prepare_button.setEnabled(ready and not busy)
        self.member_combo.setEnabled(self.member_combo.count() > 0)
        self.one_radio.setEnabled(self.member_combo.count() > 0)
        if self.member_combo.count() == 0 and self.one_radio.isChecked():
            self.all_radio.setChecked(True)
        for widget in (self.who, self.full_check, self.split_check, self.split_spin):
            widget.setEnabled(
                not busy and (widget is not self.split_spin or self.split_check.isChecked())
            )
        self.destination_combo.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)

    def start_polling(self, on: bool) -> None:
        """Looks for USB drives now and then while the page is shown."""
        if on:
            self.refresh_drives()
            self._poll.start()
        else:
            self._poll.stop()

    # --- destinations ------------------------------------------------------------------

    def refresh_drives(self, force: bool = False) -> None:
        try:
            drives = self.volume_source()
        except Exception:  # a drive that vanished mid-read: try again next time
            log.exception("could not read the list of drives")
            drives = []
        if not force and drives == self._last_drives:
            return
        before = self._last_drives
        self._last_drives = drives
        prefer = None
        remembered = self._remembered()
        if (
            remembered is not None
            and remembered[0] == DRIVE
            and any(volume.root == remembered[1] for volume in drives)
        ):
            prefer = remembered  # the stick used last time is back
        elif remembered is None and drives:
            prefer = (DRIVE, drives[0].root)  # nothing chosen yet: a stick is likelier
        elif before is not None:
            # Otherwise a stick just plugged in is where the person wants the bundle.
            known = {volume.root for volume in before}
            appeared = [volume for volume in drives if volume.root not in known]
            if appeared:
                prefer = (DRIVE, appeared[0].root)
        self._fill_destinations(drives, prefer)

    def _fill_destinations(
        self, drives: list[Volume], prefer: tuple[str, str] | None = None
    ) -> None:
        combo = self.destination_combo
        current = prefer or _parse(combo.currentData()) or self._remembered()
        combo.blockSignals(True)
        combo.clear()
        for volume in drives:
            combo.addItem(
                self.tr("USB drive {name} ({free} free)").format(
                    name=volume.name, free=data_size(volume.bytes_free)
                ),
                f"{DRIVE}:{volume.root}",
            )
            combo.setItemData(
                combo.count() - 1, plain_tooltip(volume.root), Qt.ItemDataRole.ToolTipRole
            )
        folder = self._folder_choice(current)
        if folder:
            combo.addItem(self.tr("Folder {path}").format(path=folder), f"{FOLDER}:{folder}")
            combo.setItemData(combo.count() - 1, plain_tooltip(folder), Qt.ItemDataRole.ToolTipRole)
        index = -1
        if current is not None:
            index = next(
                (i for i in range(combo.count()) if _parse(combo.itemData(i)) == current), -1
            )
        if index < 0 and drives and (current is None or current[0] == DRIVE):
            index = 0  # a stick was plugged in: the likely place
        combo.setCurrentIndex(index if index >= 0 else max(0, combo.count() - 1))
        combo.blockSignals(False)

    def _remembered(self) -> tuple[str, str] | None:
        return _parse(self.ctx.settings.get(EXPORT_DESTINATION))

    def _folder_choice(self, current: tuple[str, str] | None) -> str:
        if current is not None and current[0] == FOLDER:
            return current[1]
        remembered = self._remembered()
        if remembered is not None and remembered[0] == FOLDER:
            return remembered[1]
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _destination_chosen(self, _index: int) -> None:
        data = self.destination_combo.currentData()
        if data:
            self.ctx.settings.set(EXPORT_DESTINATION, data)

    def set_folder(self, folder: Path | str) -> None:
        """Chooses `folder` as the destination (and remembers it)."""
        self.ctx.settings.set(EXPORT_DESTINATION, f"{FOLDER}:{folder}")
        self._fill_destinations(self._last_drives or [], (FOLDER, str(folder)))

    def choose_folder(self) -> None:
        data = _parse(self.destination_combo.currentData())
        start = data[1] if data else ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the bundle"), start)
        if folder:
            self.set_folder(folder)

    # --- the installers beside the bundles ------------------------------------------------

    def _read_installers(self) -> None:
        from minga.sync import installers

        with self.ctx.workspace.db.session() as session:
            self._installers = installers.configured(session)
        self._show_installers()

    def _show_installers(self) -> None:
        folder = self._installers
        if self._installer_problem:
            self.installer_label.setStyleSheet(ERROR_STYLE)
            self.installer_label.setText(self._installer_problem)
        else:
            self.installer_label.setStyleSheet("")
            self.installer_label.setText(
                self.tr("Minga's installers go beside every bundle, from {folder}.").format(
                    folder=folder
                )
                if folder is not None
                else self.tr(
                    "Minga's installers do not go with the bundles. Put them beside the "
                    "bundles so that members with an older Minga can update it."
                )
            )
        self.installer_button.setText(
            self.tr("Change installers folder…")
            if folder is not None
            else self.tr("Include Minga's installers…")
        )
        self.installer_button.setToolTip(
            self.tr(
                "A folder with the installers of this Minga (.exe for Windows, .deb for "
                "Debian and Ubuntu): they are copied beside every bundle you prepare"
            )
        )
        self.installer_off.setVisible(folder is not None)

    def choose_installers(self) -> None:
        start = str(self._installers or "")
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder with Minga's installers"), start
        )
        if folder:
            self.set_installers(Path(folder))

    def set_installers(self, folder: Path | None) -> bool:
        """Remembers `folder` as where the installers come from (None: none go); a folder
        without an installer is refused with a message and changes nothing."""
        from minga.sync import installers

        self._installer_problem = ""
        if folder is not None:
            try:
                installers.installers_in(Path(folder))
            except (installers.InstallerError, OSError):
                self._installer_problem = self.tr(
                    "There is no Minga installer (.exe or .deb) in {folder}: nothing was changed."
                ).format(folder=folder)
                self._show_installers()
                return False
        with self.ctx.workspace.db.session() as session:
            installers.configure(session, folder)
        self._read_installers()
        return True

    def destination(self) -> tuple[str, Path] | None:
        """(kind, folder the file goes into): a drive's Minga folder, or the folder."""
        data = _parse(self.destination_combo.currentData())
        if not data:
            return None
        kind, path = data
        return (kind, Path(path) / USB_FOLDER) if kind == DRIVE else (kind, Path(path))

    def _remember_split(self) -> None:
        value = self.split_spin.value() if self.split_check.isChecked() else 0
        self.ctx.settings.set(EXPORT_SPLIT_MB, value)

    # --- exporting ---------------------------------------------------------------------

    def _recipient(self) -> tuple[str | None, bool, str]:
        """(person id or None, all members, recipient's name for the file name)."""
        me = self.identity
        if not self.is_advisor:
            return None, False, (me.advisor_name if me and me.advisor_name else "")
        if self.one_radio.isChecked() and self.member_combo.currentData():
            return self.member_combo.currentData(), False, self.member_combo.currentText()
        return None, True, self.tr("microcentre")

    def start_export(self) -> None:
        if self.is_running() or self._blocked or self.identity is None:
            return
        target = self.destination()
        if target is None or (target[0] == FOLDER and self._remembered() is None):
            # No place chosen yet (the Documents folder in the list is only a
            # suggestion): ask, rather than write, or create, a folder she never picked.
            self.choose_folder()
            target = self.destination()
            if target is None or self._remembered() is None:
                return
        kind, folder = target
        to, all_members, recipient = self._recipient()
        name = bundle_file_name(
            self.identity.name,
            recipient,
            self.ctx.clock.now_local().replace(tzinfo=None),
            self.tr("{sender}-to-{recipient}"),
        )
        try:
            out = _free_name(folder, name)
        except OSError as exc:
            self._failed_text(str(exc))
            return
        split = self.split_spin.value() if self.split_check.isChecked() else None
        full = self.full_check.isChecked()
        ws, vault = self.ctx.workspace, self._vault()
        self._on_drive = kind == DRIVE

        def work(progress: Progress) -> Any:
            from minga.sync.export import export_bundle

            return export_bundle(
                ws,
                out,
                to=to,
                all_members=all_members,
                full=full,
                split_mb=split,
                vault=vault,
                progress=progress,
            )

        progress = Progress()
        self.result_label.hide()
        self.open_button.hide()
        self.status.begin(progress, self.tr("Preparing the bundle…"))
        self.handle = self.ctx.runner.run(
            work, on_done=self._done, on_error=self._failed, progress=progress
        )
        if self.handle is not None and not self.handle.finished:
            self._set_running(True)
        else:  # a synchronous runner already delivered
            self.handle = None

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.status.cancel_button.setEnabled(False)

    def _set_running(self, running: bool) -> None:
        self._update_state()
        self.running_changed.emit(running)

    def _end(self) -> None:
        was_running = self.handle is not None
        self.handle = None
        self.status.finish()
        if was_running:
            self._set_running(False)
        self._update_state()

    def _done(self, result: Any) -> None:
        if not isValid(self):
            return
        self._end()
        self.last_result = result
        if self.destination_combo.currentData():
            self.ctx.settings.set(EXPORT_DESTINATION, self.destination_combo.currentData())
        self._show_result(result)
        self.ctx.bridge.info(self.tr("Bundle ready: {file}").format(file=result.paths[0].name))
        self.exported.emit(result)

    def _show_result(self, result: Any) -> None:
        lines = []
        names = ", ".join(name for _, name in result.recipients)
        if len(result.paths) == 1 and not result.paths[0].suffix[1:].isdigit():
            lines.append(
                self.tr("Bundle ready: {file} ({size}), for {recipients}.").format(
                    file=str(result.paths[0]), size=data_size(result.size), recipients=names
                )
            )
        else:
            lines.append(
                self.tr(
                    "Bundle ready in %n part(s), {first} to {last} ({size}), for {recipients}. "
                    "Send every part.",
                    "",
                    len(result.paths),
                ).format(
                    first=str(result.paths[0]),
                    last=result.paths[-1].name,
                    size=data_size(result.size),
                    recipients=names,
                )
            )
        details = ""
        if result.records:
            # The largest kinds in the text, every kind in the tooltip.
            ranked = sorted(result.counts.items(), key=lambda item: -item[1])
            counts = "; ".join(f"{kind_label(kind)}: {count}" for kind, count in ranked[:4])
            if len(ranked) > 4:
                counts += "; …"
            details = "\n".join(f"{kind_label(kind)}: {count}" for kind, count in ranked)
            lines.append(
                self.tr("Records: {records} ({counts}). Evidence files: {files}.").format(
                    records=result.records, counts=counts, files=result.attachments
                )
            )
        else:
            lines.append(
                self.tr(
                    "Nothing new to send since the last bundle they confirmed; this one "
                    "still tells them what you have received."
                )
            )
        if result.conflicts:
            lines.append(self.tr("Conflict copies: {count}.").format(count=result.conflicts))
        from minga.sync.installers import SUFFIXES

        placed = [p.name for p in result.installers if p.suffix.lower() in SUFFIXES]
        if placed:
            lines.append(
                self.tr("Minga's installers beside it: {files}.").format(files=", ".join(placed))
            )
        if self._on_drive:
            lines.append(
                self.tr(
                    "Before pulling out the USB drive, eject it (safely remove it) on this "
                    "computer."
                )
            )
        self.result_label.setStyleSheet("")
        self.result_label.setText("\n".join(lines))
        self.result_label.setToolTip(details)
        self.result_label.show()
        self.open_button.show()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._end()
        if isinstance(exc, TaskCancelled):
            self._failed_text(self.tr("Cancelled: no bundle was written."))
            return
        if isinstance(exc, MingaError):
            self._failed_text(exc.message())
        self.ctx.bridge.show_exception(exc)

    def _failed_text(self, text: str) -> None:
        self.result_label.setToolTip("")
        self.result_label.setStyleSheet(ERROR_STYLE)
        self.result_label.setText(text)
        self.result_label.show()
        self.open_button.hide()

    def open_folder(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.paths[0].parent)))
