"""Acerca de y diagnóstico: versions, paths and sizes, to copy into a request for help."""

from __future__ import annotations

import importlib.metadata
import logging
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QLocale, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import minga
from minga.ui.widgets.scroll import fit_on_screen, scroll_area

__all__ = ["AboutDialog", "diagnostics"]

log = logging.getLogger(__name__)


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def folder_size(folder: Path) -> int:
    if not folder.exists():
        return 0
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def database_size(database: Path) -> int:
    return sum(p.stat().st_size for p in (database, Path(f"{database}-wal")) if p.exists())


def _fingerprint(db) -> str | None:
    """The key fingerprint from the public key in the database (never asks a passphrase)."""
    try:
        from minga.sync.queries import own_identity

        return own_identity(db).fingerprint
    except Exception:  # optional detail: the sync package may not be there or set up
        log.debug("no key fingerprint for the diagnostics", exc_info=True)
        return None


def diagnostics(ctx) -> list[tuple[str, str]]:
    """(key, value) pairs, with English keys: the copied text is for whoever helps."""
    dirs = ctx.workspace.dirs
    db = ctx.workspace.db
    try:
        revision = db.schema_revision() or "-"
    except Exception:
        revision = "?"
    locale = QLocale()
    rows = [
        ("Minga", minga.__version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLAlchemy", _package_version("sqlalchemy")),
        ("ReportLab", _package_version("reportlab")),
        ("Platform", platform.platform()),
        ("Data folder", str(dirs.root)),
        ("Database", f"{dirs.database} ({locale.formattedDataSize(database_size(dirs.database))})"),
        (
            "Attachments",
            f"{dirs.attachments} ({locale.formattedDataSize(folder_size(dirs.attachments))})",
        ),
        ("Log file", str(dirs.logs / "minga.log")),
        ("Schema revision", revision),
        ("Device id", ctx.actor.device_id),
    ]
    fingerprint = _fingerprint(db)
    if fingerprint:
        rows.append(("Key fingerprint", fingerprint))
    return rows


class AboutDialog(QDialog):
    """Versions, paths and sizes; copy them, or open the data folder."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.ctx = ctx
        self.rows = diagnostics(ctx)
        self.setWindowTitle(self.tr("About and diagnostics"))

        title = QLabel(self.tr("Minga {version}").format(version=minga.__version__), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("An offline notebook for rural microcentres."), self)
        subtitle.setWordWrap(True)

        labels = {
            "Python": "Python",
            "Qt": "Qt",
            "PySide6": "PySide6",
            "SQLAlchemy": "SQLAlchemy",
            "ReportLab": "ReportLab",
            "Minga": self.tr("Version"),
            "Platform": self.tr("System"),
            "Data folder": self.tr("Data folder"),
            "Database": self.tr("Database"),
            "Attachments": self.tr("Attachments"),
            "Log file": self.tr("Log file"),
            "Schema revision": self.tr("Schema revision"),
            "Device id": self.tr("Device id"),
            "Key fingerprint": self.tr("Key fingerprint"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, value in self.rows:
            field = QLabel(value, self)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setWordWrap(True)
            field.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            field.setAccessibleName(labels.get(key, key))
            form.addRow(labels.get(key, key) + ":", field)

        self.copy_button = QPushButton(self.tr("&Copy diagnostics"), self)
        self.copy_button.setObjectName("copyDiagnosticsButton")
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.open_button = QPushButton(self.tr("&Open data folder"), self)
        self.open_button.setObjectName("openDataFolderButton")
        self.open_button.clicked.connect(self.open_data_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setObjectName("aboutStatus")

        # What it tells scrolls (large text); the buttons stay at the bottom.
        body = QWidget(self)
        body.setObjectName("aboutBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(6)
        column.addLayout(form)
        column.addStretch(1)
        scroll = scroll_area(body, self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.copy_button.setFocus()
        fit_on_screen(
            self,
            max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 100),
            body.sizeHint().height()
            + buttons.sizeHint().height()
            + 4 * self.fontMetrics().height(),
        )

    def diagnostic_text(self) -> str:
        return "\n".join(f"{key}: {value}" for key, value in self.rows) + "\n"

    def copy_diagnostics(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.diagnostic_text())
        self.status.setText(self.tr("Copied. Paste it into your message asking for help."))

    def open_data_folder(self) -> bool:
        url = QUrl.fromLocalFile(str(self.ctx.workspace.dirs.root))
        opened = QDesktopServices.openUrl(url)
        if not opened:
            self.status.setText(
                self.tr("The folder could not be opened: {path}").format(
                    path=str(self.ctx.workspace.dirs.root)
                )
            )
        return opened
