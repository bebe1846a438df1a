"""Territorio's import: the advisors' territory reports from a folder (a shared folder, a
USB stick, where the mail saves them), now and every N minutes.

The folder and the period are kept in the settings; the work runs on the app's task runner
(`minga.sync.territory.import_folder`: every `.minga` report there not imported before, by
report id; a refused file is listed with its reason and the others go on). A scheduled
round is skipped while one is still running, and a folder that is missing (a stick not
plugged in) only says so in the panel: nothing pops up while the coordinator works.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.ui.context import UiContext
from minga.ui.settings import TERRITORY_EVERY, TERRITORY_FOLDER
from minga.ui.tasks import LONG_JOB, Progress, TaskCancelled, TaskHandle
from minga.ui.widgets.chips import FlowLayout

__all__ = ["ImportPanel"]

log = logging.getLogger(__name__)

MINUTE_MS = 60_000


class ImportPanel(QScrollArea):
    """Import territory reports from a folder, now and on a schedule."""

    imported = Signal()
    """Reports were imported: the figures and the library changed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("territoryImport")
        # It scrolls as a whole: at 200 % text the sentences and rows need more height
        # than a laptop's tab has.
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("territoryImportContent")
        self.ctx = ctx
        self._handle: TaskHandle | None = None
        self._running = False  # a round is on the runner (its callbacks clear it)
        self.last_result: Any = None
        self.rounds = 0  # rounds started (now or on the timer)

        self.intro = QLabel(body)
        self.intro.setWordWrap(True)
        self.folder_label = QLabel(body)
        self.folder_edit = QLineEdit(body)
        self.folder_edit.setObjectName("territoryFolder")
        self.folder_label.setBuddy(self.folder_edit)
        self.folder_edit.setText(ctx.settings.get(TERRITORY_FOLDER))
        self.folder_edit.editingFinished.connect(self._folder_edited)
        self.choose_button = QPushButton(body)
        self.choose_button.setObjectName("territoryChooseFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.every_label = QLabel(body)
        self.every_spin = QSpinBox(body)
        self.every_spin.setObjectName("territoryEvery")
        self.every_spin.setRange(0, 1440)
        self.every_spin.setValue(ctx.settings.get(TERRITORY_EVERY))
        self.every_label.setBuddy(self.every_spin)
        self.every_spin.valueChanged.connect(self._every_changed)
        self.import_button = QPushButton(body)
        self.import_button.setObjectName("territoryImportNow")
        self.import_button.clicked.connect(self.import_now)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("territoryImportStatus")
        self.status_label.setWordWrap(True)
        self.results = QListWidget(body)
        self.results.setObjectName("territoryImportResults")
        self.results.setWordWrap(True)

        folder_row = FlowLayout()
        for widget in (self.folder_label, self.folder_edit, self.choose_button):
            folder_row.addWidget(widget)
        self.folder_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        every_row = FlowLayout()
        for widget in (self.every_label, self.every_spin, self.import_button):
            every_row.addWidget(widget)
        layout = QVBoxLayout(body)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addLayout(every_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 1)
        self.results.setMinimumHeight(self.fontMetrics().height() * 5)
        self.setWidget(body)

        self.timer = QTimer(self)
        self.timer.setObjectName("territoryImportTimer")
        self.timer.timeout.connect(self._scheduled)
        self.retranslate()
        self._arm()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The advisors send their territory reports as .minga files. Minga imports "
                "every new report in this folder: from advisors this territory accepted, "
                "each network checked, the newest report of a network kept."
            )
        )
        self.folder_label.setText(self.tr("Reports &folder"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.every_label.setText(self.tr("Import new reports &every"))
        self.every_spin.setSuffix(self.tr(" min"))
        self.every_spin.setSpecialValueText(self.tr("never (only when asked)"))
        self.import_button.setText(self.tr("&Import now"))
        self.results.setAccessibleName(self.tr("What the last import did"))
        self._show_schedule()

    # --- settings --------------------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_folder(self, folder: Path | str) -> None:
        self.folder_edit.setText(str(folder))
        self._folder_edited()

    def _folder_edited(self) -> None:
        self.ctx.settings.set(TERRITORY_FOLDER, self.folder_edit.text().strip())
        self._arm()

    def _every_changed(self, minutes: int) -> None:
        self.ctx.settings.set(TERRITORY_EVERY, int(minutes))
        self._arm()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("The folder of the territory reports"), self.folder_edit.text()
        )
        if chosen:
            self.set_folder(chosen)

    def _arm(self) -> None:
        """The timer runs when a folder and a period are set."""
        minutes = self.every_spin.value()
        if minutes > 0 and self.folder is not None:
            self.timer.start(minutes * MINUTE_MS)
        else:
            self.timer.stop()
        self._show_schedule()

    def _show_schedule(self) -> None:
        minutes = self.every_spin.value()
        self.import_button.setEnabled(self.folder is not None and not self.busy)
        if self.busy:
            return
        if self.folder is None:
            self.status_label.setText(self.tr("Choose the folder the reports arrive in."))
        elif minutes > 0:
            self.status_label.setText(
                self.tr(
                    "New reports are imported every %n minute(s) while Minga is open.", "", minutes
                )
            )
        else:
            self.status_label.setText(self.tr("Reports are imported when you ask."))

    # --- importing ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running

    def _scheduled(self) -> None:
        if not self.busy:
            self.import_now(scheduled=True)

    def import_now(self, *, scheduled: bool = False) -> None:
        folder = self.folder
        if folder is None or self.busy:
            return
        self.rounds += 1
        ws = self.ctx.workspace

        def work(_progress: Progress) -> Any:
            from minga.sync.territory import import_folder

            if not folder.is_dir():
                return None
            return import_folder(ws, folder)

        def done(result: Any) -> None:
            if not isValid(self):
                return
            self._running = False
            self.import_button.setEnabled(True)
            if result is None:
                self.status_label.setText(
                    self.tr(
                        "The folder {folder} is not there (a USB stick not plugged in?)."
                    ).format(folder=str(folder))
                )
                return
            self._show_result(result)
            if result.imported:
                self.imported.emit()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._running = False
            self.import_button.setEnabled(True)
            if isinstance(exc, TaskCancelled):
                return
            if isinstance(exc, MingaError):
                self.status_label.setText(exc.message())
                if not scheduled:
                    self.ctx.bridge.show_exception(exc)
                return
            log.error("territory import from %s failed", folder, exc_info=exc)
            self.status_label.setText(self.tr("The reports could not be imported."))
            if not scheduled:
                self.ctx.bridge.show_exception(exc)

        self.import_button.setEnabled(False)
        self.status_label.setText(
            self.tr("Importing the reports in {folder}…").format(folder=str(folder))
        )
        self._handle = self.ctx.runner.run(work, on_done=done, on_error=failed, priority=LONG_JOB)

    def _show_result(self, result: Any) -> None:
        self.last_result = result
        reasons = {
            "claimed": self.tr("another advisor reports this microcentro"),
            "ids_taken": self.tr("its sessions or practices carry ids of another microcentro"),
            "older": self.tr("the hub holds a newer report of it"),
        }
        self.results.clear()
        for report in result.imported:
            self.results.addItem(
                self.tr("Imported {file} from {advisor}: {networks}.").format(
                    file=report.name,
                    advisor=report.advisor,
                    networks=", ".join(report.imported) or "—",
                )
            )
            for network, why in report.refused:
                self.results.addItem(
                    self.tr("Not imported: {network} ({reason}).").format(
                        network=network, reason=reasons.get(why, why)
                    )
                )
        for name, error in result.errors:
            self.results.addItem(self.tr("Refused {file}: {error}").format(file=name, error=error))
        if not result.imported and not result.errors:
            self.results.addItem(self.tr("No new report in the folder."))
        self.status_label.setText(
            self.tr(
                "{imported} new report(s) imported, {skipped} already imported, {refused} refused."
            ).format(
                imported=len(result.imported),
                skipped=result.skipped,
                refused=len(result.errors),
            )
        )
