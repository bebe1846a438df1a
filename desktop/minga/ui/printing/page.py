"""Imprimir: choose a document, its options and the paper, make the PDF off the GUI
thread (progress bar and Cancel), then look at it and open or save it.

The PDF is made by `minga.services.printing` into `<data folder>/prints/` (a fresh name
each time, so a copy still open in a viewer is never in the way; copies older than a
week are cleared). The preview uses Qt PDF (`PySide6.QtPdf`, part of PySide6-Addons)
when it is installed; otherwise the page lists the document's contents (section and
page) with "Open with the system viewer" and "Save as…".
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import re
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.core.files import copy_atomically
from minga.domain.vocab import Role
from minga.ui.context import UiContext
from minga.ui.settings import PAPER
from minga.ui.tasks import Progress, TaskCancelled, TaskHandle

__all__ = ["DOCUMENTS", "PrintPage", "documents_for", "qt_pdf_available"]

log = logging.getLogger(__name__)

SESSION_GUIDE = "session-guide"
REPORT = "report"
PORTFOLIO = "portfolio"
FORMS = ("exit-ticket", "self-assessment", "observation", "phea", "survey")
#: Every document the page offers, in the order of the list.
DOCUMENTS = (SESSION_GUIDE, *FORMS, REPORT, PORTFOLIO)
PAPERS = ("carta", "oficio", "a4")
#: Generated PDFs older than this are cleared from the prints folder.
KEEP_SECONDS = 7 * 24 * 3600
#: Item data role of the page a contents row points at.
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


def documents_for(role: str) -> tuple[str, ...]:
    """The documents a person of `role` can print: the report of the year is the
    advisor's (it reports on every school and teacher of the microcentre)."""
    if role == Role.ADVISOR:
        return DOCUMENTS
    return tuple(key for key in DOCUMENTS if key != REPORT)


def qt_pdf_available() -> bool:
    """Whether Qt PDF (PySide6-Addons) can show the preview inside the app."""
    try:
        return importlib.util.find_spec("PySide6.QtPdfWidgets") is not None
    except (ImportError, ValueError):
        return False


def _safe_filename(title: str) -> str:
    """A file name from a document's title (no characters Windows refuses)."""
    name = re.sub(r'[\\/:*?"<>|·]+', " - ", title)
    name = re.sub(r"\s+", " ", name).strip(" .-")
    return (name or "Minga")[:120] + ".pdf"


class PrintPage(QWidget):
    """The Imprimir area: documents to print, their options and the last PDF made."""

    #: Imprimir offers documents of any kind of record.
    shows: frozenset[str] | None = None

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPage")
        self.ctx = ctx
        self._handle: TaskHandle[Any] | None = None
        self._result: Any | None = None  # minga.reports.layout.PrintedDocument
        self._pdf_document: Any | None = None
        self._pdf_view: Any | None = None
        self._build()
        ctx.settings.changed.connect(self._setting_changed)
        self.refresh()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(10)
        title = QLabel(self.tr("Print"), self)
        title.setObjectName("printTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        root.addWidget(title)
        intro = QLabel(
            self.tr(
                "Make a PDF to print: the guide of a session, blank forms to fill in by hand, "
                "the report of the year or your portfolio."
            )
            if REPORT in documents_for(self.ctx.actor.role)
            else self.tr(
                "Make a PDF to print: the guide of a session, blank forms to fill in by hand "
                "or your portfolio."
            ),
            self,
        )
        intro.setWordWrap(True)
        root.addWidget(intro)

        body = QHBoxLayout()
        body.setSpacing(12)
        root.addLayout(body, 1)

        # The documents.
        self.documents = QListWidget(self)
        self.documents.setObjectName("documentList")
        self.documents.setAccessibleName(self.tr("Documents"))
        for key, text in (
            (SESSION_GUIDE, self.tr("Session guide")),
            ("exit-ticket", self.tr("Exit tickets (blank slips)")),
            ("self-assessment", self.tr("Self-assessment form")),
            ("observation", self.tr("Observation protocol")),
            ("phea", self.tr("PHEA cycle worksheet")),
            ("survey", self.tr("Satisfaction survey (blank slips)")),
            (REPORT, self.tr("Report of the year")),
            (PORTFOLIO, self.tr("My portfolio")),
        ):
            if key not in documents_for(self.ctx.actor.role):
                continue
            item = QListWidgetItem(text, self.documents)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.documents.setCurrentRow(0)
        self.documents.currentRowChanged.connect(lambda _row: self._update_options())
        width = max(self.documents.sizeHintForColumn(0) + 24, 200)
        self.documents.setMaximumWidth(width + 40)
        # As wide as its longest name when there is room (a list's own hint is 256 pixels,
        # which cut "Encuesta de satisfacción (papeletas en blanco)").
        self.documents.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        # Large text: the list may give up width (its long names end in "…").
        self.documents.setMinimumWidth(min(width, self.fontMetrics().averageCharWidth() * 16))
        self.documents.setTextElideMode(Qt.TextElideMode.ElideRight)
        body.addWidget(self.documents)

        column = QVBoxLayout()
        column.setSpacing(10)
        body.addLayout(column, 1)

        # Options of the chosen document.
        options = QGroupBox(self.tr("Options"), self)
        form = QFormLayout(options)
        self.description = QLabel(options)
        self.description.setObjectName("documentDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.description)
        self.session_combo = QComboBox(options)
        self.session_combo.setObjectName("sessionCombo")
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(24)  # long titles elide (large text)
        self.session_label = QLabel(self.tr("&Session"), options)
        self.session_label.setBuddy(self.session_combo)
        form.addRow(self.session_label, self.session_combo)
        self.year_spin = QSpinBox(options)
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_label = QLabel(self.tr("School &year"), options)
        self.year_label.setBuddy(self.year_spin)
        form.addRow(self.year_label, self.year_spin)
        self.paper_combo = QComboBox(options)
        self.paper_combo.setObjectName("paperCombo")
        for key, text in (
            ("carta", self.tr("Carta (216 × 279 mm)")),
            ("oficio", self.tr("Oficio (216 × 330 mm)")),
            ("a4", self.tr("A4 (210 × 297 mm)")),
        ):
            self.paper_combo.addItem(text, key)
        paper_label = QLabel(self.tr("&Paper"), options)
        paper_label.setBuddy(self.paper_combo)
        form.addRow(paper_label, self.paper_combo)
        self.paper_combo.currentIndexChanged.connect(self._paper_chosen)

        buttons = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("&Make the PDF"), options)
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.progress_bar = QProgressBar(options)
        self.progress_bar.setObjectName("printProgress")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), options)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.progress_bar, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        form.addRow(buttons)
        column.addWidget(options)

        # The last PDF made.
        result = QGroupBox(self.tr("Result"), self)
        result_layout = QVBoxLayout(result)
        self.status_label = QLabel(self.tr("No PDF made yet."), result)
        self.status_label.setObjectName("printStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        result_layout.addWidget(self.status_label)
        # The contents (section -> page) beside the pages themselves when Qt PDF is
        # installed; alone otherwise.
        self.preview_split = QSplitter(Qt.Orientation.Horizontal, result)
        self.preview_split.setObjectName("previewSplit")
        self.preview_split.setChildrenCollapsible(False)
        self.contents = QListWidget(result)
        self.contents.setObjectName("contentsList")
        self.contents.setAccessibleName(self.tr("Contents of the PDF"))
        self.contents.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.itemActivated.connect(self._contents_activated)
        self.preview_split.addWidget(self.contents)
        self.preview_note = QLabel(result)
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_note.setText(
            self.tr(
                "The list shows where each part of the document starts. Open the PDF with "
                "your system's viewer to see and print its pages."
            )
        )
        result_layout.addWidget(self.preview_split, 1)
        result_layout.addWidget(self.preview_note)
        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open with the system viewer"), result)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_with_system_viewer)
        self.save_button = QPushButton(self.tr("Save &as…"), result)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_as)
        actions.addWidget(self.open_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        result_layout.addLayout(actions)
        column.addWidget(result, 1)
        self._show_result(None)

    # --- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads the sessions and the paper setting (the main window calls it)."""
        current = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        try:
            sessions = self.ctx.sessions.list_sessions()
        except Exception as exc:  # a MingaError is shown; anything else is a bug
            sessions = []
            self.ctx.bridge.show_exception(exc)
        if sessions:
            self.session_combo.addItem(self.tr("The latest session"), "latest")
            for row in reversed(sessions):
                self.session_combo.addItem(
                    self.tr("No. {number} · {date} · {title}").format(
                        number=row.number, date=_short_date(row.date), title=row.title
                    ),
                    row.id,
                )
        else:
            self.session_combo.addItem(self.tr("No sessions yet"), None)
        index = self.session_combo.findData(current) if current else 0
        self.session_combo.setCurrentIndex(max(0, index))
        self.session_combo.blockSignals(False)
        from minga.domain.cycle_rules import school_year_of

        if not self.year_spin.property("touched"):
            self.year_spin.setValue(school_year_of(self.ctx.today()))
        self.paper_combo.blockSignals(True)
        paper = self.ctx.settings.get(PAPER)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))
        self.paper_combo.blockSignals(False)
        self._update_options()

    def area_shown(self) -> None:
        """Back to Imprimir: sessions planned meanwhile appear in the list."""
        if not self.busy:
            self.refresh()

    def show_session_guide(self, session_id: str) -> None:
        """Selects the guide of one session (from the session editor or Ctrl+P)."""
        if self.busy:
            return
        self.refresh()
        self.select_document(SESSION_GUIDE)
        index = self.session_combo.findData(session_id)
        if index >= 0:
            self.session_combo.setCurrentIndex(index)
        self.generate_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_document(self) -> str:
        item = self.documents.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else SESSION_GUIDE

    def select_document(self, key: str) -> None:
        for row in range(self.documents.count()):
            if self.documents.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.documents.setCurrentRow(row)
                return
        raise KeyError(key)

    def _update_options(self) -> None:
        key = self.current_document()
        descriptions = {
            SESSION_GUIDE: self.tr(
                "Cover, programme with times, the network's indicators, a page per practice "
                "presented, evaluation forms, the choice sheet, the attendance sheet and "
                "satisfaction slips."
            ),
            "exit-ticket": self.tr(
                "Slips to cut apart, with faces to mark: students answer without names."
            ),
            "self-assessment": self.tr(
                "The self-assessment record of an applied practice, from the rubric in use."
            ),
            "observation": self.tr(
                "The peer classroom observation protocol in use, with room for evidence "
                "and agreements."
            ),
            "phea": self.tr(
                "A worksheet for an improvement cycle: plan, do, study (with a run chart) "
                "and adjust."
            ),
            "survey": self.tr(
                "The anonymous survey's slips for the end of a session, in the network's "
                "wording, without a session guide."
            ),
            REPORT: self.tr(
                "Indicators of the school year, run charts, schools and teachers, the "
                "practices shared and the improvement cycles."
            ),
            PORTFOLIO: self.tr(
                "Your practices, the colleagues' practices you applied and your self-assessments."
            ),
        }
        self.description.setText(descriptions.get(key, ""))
        guide = key == SESSION_GUIDE
        self.session_label.setVisible(guide)
        self.session_combo.setVisible(guide)
        yearly = key in (REPORT, PORTFOLIO)
        self.year_label.setVisible(yearly)
        self.year_spin.setVisible(yearly)
        if key == PORTFOLIO:
            self.year_spin.setMinimum(1999)
            self.year_spin.setSpecialValueText(self.tr("Every year"))
        else:
            self.year_spin.setSpecialValueText("")
            self.year_spin.setMinimum(2000)

    def _setting_changed(self, key: str) -> None:
        if key == PAPER.key and isValid(self):
            index = self.paper_combo.findData(self.ctx.settings.get(PAPER))
            if index >= 0 and index != self.paper_combo.currentIndex():
                self.paper_combo.blockSignals(True)
                self.paper_combo.setCurrentIndex(index)
                self.paper_combo.blockSignals(False)

    def _paper_chosen(self, _index: int) -> None:
        paper = self.paper_combo.currentData()
        if paper in PAPERS and paper != self.ctx.settings.get(PAPER):
            self.ctx.settings.set(PAPER, paper)

    @property
    def busy(self) -> bool:
        return self._handle is not None and not self._handle.finished

    # --- making the PDF ------------------------------------------------------------------

    def generate(self) -> None:
        """Makes the chosen document off the GUI thread."""
        if self.busy:
            return
        key = self.current_document()
        paper = self.paper_combo.currentData() or "carta"
        session_id = self.session_combo.currentData() or "latest"
        year = self.year_spin.value()
        if key == PORTFOLIO and year == self.year_spin.minimum():
            year = None
        folder = self.ctx.workspace.dirs.root / "prints"
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = folder / f"{key}-{stamp}-{time.monotonic_ns() % 1_000_000:06d}.pdf"
        db = self.ctx.workspace.db
        files = self.ctx.practices.files

        def work(progress: Progress) -> Any:
            from minga.services import printing

            folder.mkdir(parents=True, exist_ok=True)
            _clear_old(folder)
            if key == SESSION_GUIDE:
                return printing.build_session_guide(
                    db, files, session_id, target, paper, None, progress
                )
            if key in FORMS:
                return printing.build_form(db, key, target, paper, None, progress)
            if key == REPORT:
                return printing.build_period_report(db, target, year, paper, None, progress)
            return printing.build_portfolio(
                db, None, target, paper, None, progress, files=files, year=year
            )

        progress = Progress()
        progress.changed.connect(self._progressed)
        self._set_busy(True)
        self.status_label.setText(self.tr("Making the PDF…"))
        self._handle = self.ctx.runner.run(
            work, on_done=self._done, on_error=self._failed, progress=progress
        )

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if not isValid(self):
            return
        if total > 0:
            self.progress_bar.setRange(0, int(total))
            self.progress_bar.setValue(int(min(done, total)))
        else:
            self.progress_bar.setRange(0, 0)

    def _set_busy(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy)
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)
        self.documents.setEnabled(not busy)

    def _done(self, document: Any) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self._result = document
        self._show_result(document)
        self.ctx.bridge.info(
            self.tr("PDF ready: {title}").format(title=document.title or document.path.name)
        )

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, TaskCancelled):
            self.status_label.setText(self.tr("Cancelled: no PDF was made."))
            return
        self.status_label.setText(self.tr("The PDF could not be made."))
        self.ctx.bridge.show_exception(exc)

    # --- the result ----------------------------------------------------------------------

    @property
    def result(self) -> Any | None:
        """The last document made (`PrintedDocument`: path, pages, sections), or None."""
        return self._result

    def _show_result(self, document: Any | None) -> None:
        has = document is not None
        self.open_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.contents.clear()
        if not has:
            self.preview_note.setVisible(not qt_pdf_available())
            return
        n = document.pages
        self.status_label.setText(
            self.tr("{title}: %n page(s).", "", n).format(title=document.title)
        )
        for section in document.sections:
            text = self.tr("Page {page} · {title}").format(page=section.page, title=section.title)
            item = QListWidgetItem(("    " * section.level) + text, self.contents)
            item.setData(PAGE_ROLE, section.page)
            item.setToolTip(section.title)
        shown = qt_pdf_available() and self._show_pdf(document.path)
        self.preview_note.setVisible(not shown)
        if self._pdf_view is not None:
            self._pdf_view.setVisible(shown)

    def _show_pdf(self, path: Path) -> bool:
        """The pages inside the app with Qt PDF; False when it cannot be used."""
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            return False
        if self._pdf_view is None:
            self._pdf_document = QPdfDocument(self)
            self._pdf_view = QPdfView(self)
            self._pdf_view.setObjectName("pdfPreview")
            self._pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self._pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._pdf_view.setDocument(self._pdf_document)
            self.preview_split.addWidget(self._pdf_view)
            self.preview_split.setStretchFactor(0, 1)
            self.preview_split.setStretchFactor(1, 2)
            width = max(self.preview_split.width(), 600)
            self.preview_split.setSizes([width // 3, width - width // 3])
        self._pdf_document.close()
        error = self._pdf_document.load(str(path))
        return error == QPdfDocument.Error.None_

    @property
    def pdf_view(self) -> Any | None:
        """The Qt PDF view of the pages (None without PySide6-Addons)."""
        return self._pdf_view

    def _contents_activated(self, item: QListWidgetItem) -> None:
        """A section of the contents: its page in the preview, else the system viewer."""
        page = item.data(PAGE_ROLE)
        if self._pdf_view is not None and self._pdf_view.isVisible() and page:
            from PySide6.QtCore import QPointF

            self._pdf_view.pageNavigator().jump(int(page) - 1, QPointF(), 0)
            return
        self.open_with_system_viewer()

    def open_with_system_viewer(self) -> None:
        if self._result is None:
            return
        url = QUrl.fromLocalFile(str(self._result.path))
        if not QDesktopServices.openUrl(url):
            self.ctx.bridge.error(
                self.tr("No program to open PDF files was found. Use Save as… and open it.")
            )

    def save_as(self) -> None:
        """Copies the PDF where the person chooses (off the GUI thread: a USB stick is slow)."""
        if self._result is None:
            return
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(start or Path.home()) / _safe_filename(self._result.title))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, target: Path) -> None:
        source = Path(self._result.path) if self._result is not None else None
        if source is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")

        def copy(_progress: Progress) -> Path:
            copy_atomically(source, target, mode=0o644)  # a document to share
            return target

        def saved(path: Path) -> None:
            if isValid(self):
                self.ctx.bridge.info(self.tr("Saved as {path}").format(path=str(path)))

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            if isinstance(exc, OSError):
                self.ctx.bridge.error(
                    self.tr("The PDF could not be saved in {path}: {reason}").format(
                        path=str(target), reason=exc.strerror or str(exc)
                    )
                )
                return
            self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(copy, on_done=saved, on_error=failed)


def _short_date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def _clear_old(folder: Path) -> None:
    """Removes PDFs made here more than a week ago (best effort: one may be open)."""
    limit = time.time() - KEEP_SECONDS  # clock-ok: age of temporary files
    for path in folder.glob("*.pdf"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            log.debug("could not clear %s", path)
