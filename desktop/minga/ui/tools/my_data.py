"""Mis datos: a person's rights over her data (Ley 21.719) in the window.

A teacher sees herself; the advisor picks any member. "Export data…" writes the ZIP of
`minga person export` (JSON, README, evidence files, PDF summary); "Erase data" writes
the erasure of `minga person erase` once the person ticked that she understands it
cannot be undone (the counts of what will go are shown first); "Privacy page…" prints
the advisors' page. The work runs on the task runner; docs/privacy.md.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.domain.vocab import KIND_LABELS
from minga.ui.widgets.checks import WrappingCheckBox
from minga.ui.widgets.scroll import fit_on_screen, scroll_area

if TYPE_CHECKING:
    from minga.services.person_data import ErasurePreview
    from minga.ui.context import UiContext

__all__ = ["MyDataDialog"]

log = logging.getLogger(__name__)


class MyDataDialog(QDialog):
    """Access, portability and erasure of one person's data."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, person_id: str | None = None
    ) -> None:
        super().__init__(parent)
        from minga.services.person_data import people_for_rights

        self.setObjectName("myDataDialog")
        self.ctx = ctx
        #: Asks where to write a file (a seam tests replace; the window asks the person).
        self.ask_path: Callable[[str, str], Path | None] = self._ask_path
        #: Called after an erasure, so the window reads its pages again.
        self.erased: Callable[[], object] = lambda: None
        self.setWindowTitle(self.tr("My data"))

        intro = QLabel(
            self.tr(
                "Chile's personal data law (Ley 21.719) gives every person the right to a "
                "copy of her data and to its erasure. The privacy page says what Minga "
                "keeps, who receives it and for how long."
            )
        )
        intro.setWordWrap(True)
        self.person = QComboBox()
        self.person.setObjectName("myDataPerson")
        for someone, name in people_for_rights(ctx.workspace):
            self.person.addItem(name, someone)
        self.person.setEnabled(self.person.count() > 1)
        if person_id is not None and self.person.findData(person_id) >= 0:
            self.person.setCurrentIndex(self.person.findData(person_id))
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)

        copy_box = QGroupBox(self.tr("A copy of the data"))
        copy_layout = QVBoxLayout(copy_box)
        copy_text = QLabel(
            self.tr(
                "A ZIP file with every record about and by the person in an open format "
                "(JSON, with a README in Spanish), her evidence files and a PDF summary."
            )
        )
        copy_text.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export data…"))
        self.export_button.setObjectName("myDataExport")
        self.export_button.clicked.connect(self.export)
        copy_layout.addWidget(copy_text)
        copy_layout.addWidget(self.export_button)

        erase_box = QGroupBox(self.tr("Erasure"))
        erase_layout = QVBoxLayout(erase_box)
        self.erase_text = QLabel()
        self.erase_text.setObjectName("myDataErasureCounts")
        self.erase_text.setWordWrap(True)
        # Long sentences: check boxes whose text wraps (a plain one was cut at the edge).
        self.understood = WrappingCheckBox(
            self.tr("I understand that the erasure reaches every computer and cannot be undone")
        )
        self.understood.setObjectName("myDataUnderstood")
        self.remove_member = WrappingCheckBox(
            self.tr("She also leaves the microcentre (her bundles are refused from now on)")
        )
        self.remove_member.setObjectName("myDataRemoveMember")
        self.remove_member.toggled.connect(self._show_membership)
        self.membership_text = QLabel()
        self.membership_text.setObjectName("myDataMembership")
        self.membership_text.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase data"))
        self.erase_button.setObjectName("myDataErase")
        self.erase_button.setEnabled(False)
        self.understood.toggled.connect(self._update_erase_button)
        self.erase_button.clicked.connect(self.erase)
        erase_layout.addWidget(self.erase_text)
        erase_layout.addWidget(self.membership_text)
        erase_layout.addWidget(self.remove_member)
        erase_layout.addWidget(self.understood)
        erase_layout.addWidget(self.erase_button)

        self.privacy_button = QPushButton(self.tr("Privacy page (PDF)…"))
        self.privacy_button.setObjectName("myDataPrivacy")
        self.privacy_button.clicked.connect(self.print_privacy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.privacy_button, QDialogButtonBox.ButtonRole.ActionRole)

        # The rest scrolls when the text is large; Cerrar stays at the bottom, in sight.
        body = QWidget(self)
        body.setObjectName("myDataBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(copy_box)
        column.addWidget(erase_box)
        column.addStretch(1)
        self.scroll = scroll_area(body, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.person.currentIndexChanged.connect(self._show_counts)
        self._erased_already = False
        self._preview: ErasurePreview | None = None
        self._show_counts()
        # As large as the whole form (wrapped at about 70 characters), but no larger than
        # the screen: beyond it the form scrolls.
        metrics = self.fontMetrics()
        width = max(520, metrics.averageCharWidth() * 70)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margins = layout.contentsMargins()
        outer = margins.left() + margins.right() + bar
        height = body.heightForWidth(width)
        if height < 0:
            height = body.sizeHint().height()
        fit_on_screen(
            self, width + outer, height + buttons.sizeHint().height() + 3 * metrics.height()
        )

    # --- the person and what an erasure would empty --------------------------------------

    def person_id(self) -> str:
        return str(self.person.currentData() or "")

    def _show_counts(self) -> None:
        from minga.services.person_data import erasure_preview

        self.understood.setChecked(False)
        self.remove_member.setChecked(False)
        self._preview = None
        try:
            preview = erasure_preview(self.ctx.workspace, self.person_id())
        except MingaError as exc:
            self.erase_text.setText(exc.message())
            self._erased_already = True
            self._show_membership()
            self._update_erase_button()
            return
        self._erased_already = preview.already_erased
        if preview.already_erased:
            self.erase_text.setText(self.tr("The data of this person were already erased."))
        elif not preview.counts:
            self.erase_text.setText(
                self.tr(
                    "Erasing replaces the name of {name} and her e-mail address; this "
                    "computer holds no record of hers to empty. Your next bundles carry the "
                    "erasure to every computer of the network."
                ).format(name=preview.name)
            )
        else:
            counts = ", ".join(
                f"{QCoreApplication.translate('vocab', KIND_LABELS.get(kind, kind))}: {count}"
                for kind, count in sorted(preview.counts.items())
            )
            self.erase_text.setText(
                self.tr(
                    "Erasing replaces the name of {name} and her e-mail address, and empties "
                    "the texts of: {counts}. Her evidence files are deleted. Counts in the "
                    "indicators stay, without her name. Your next bundles carry the erasure "
                    "to every computer of the network."
                ).format(name=preview.name, counts=counts)
            )
        self._preview = preview
        self._show_membership()
        self._update_erase_button()

    def _show_membership(self) -> None:
        """Whether she stays a member: an erasure alone does not remove her; the advisor
        may remove her in the same step."""
        preview = self._preview
        if preview is None or preview.already_erased:
            self.remove_member.setVisible(False)
            self.membership_text.setVisible(False)
            return
        self.remove_member.setVisible(preview.may_remove)
        if preview.may_remove and self.remove_member.isChecked():
            text = self.tr(
                "{name} also leaves the microcentre: her bundles are refused from now on."
            )
        elif preview.membership == "member":
            text = self.tr(
                "{name} stays a member of the microcentre: she keeps receiving the "
                "network's bundles, but what she writes from now on is erased too on every "
                "computer. Tick the box below if she also leaves."
            )
        elif preview.membership == "self":
            text = self.tr(
                "You stay a member of the microcentre: you keep receiving the network's "
                "bundles, but what you write from now on is erased too on every computer. "
                "To leave it, ask your advisor to remove you."
            )
        elif preview.membership == "removed":
            text = self.tr("{name} is no longer a member of the microcentre.")
        else:
            text = ""
        self.membership_text.setText(text.format(name=preview.name))
        self.membership_text.setVisible(bool(text))

    def _update_erase_button(self) -> None:
        self.erase_button.setEnabled(self.understood.isChecked() and not self._erased_already)

    # --- the actions ---------------------------------------------------------------------

    def _ask_path(self, title: str, suggested: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested))
        return Path(chosen) if chosen else None

    def export(self) -> None:
        from minga.services.person_data import export_person

        name = self.person.currentText()
        out = self.ask_path(self.tr("Export data"), f"datos-{_file_name(name)}.zip")
        if out is None:
            return
        workspace, person_id = self.ctx.workspace, self.person_id()
        self.export_button.setEnabled(False)

        def done(result) -> None:
            self.export_button.setEnabled(True)
            self.ctx.bridge.info(
                self.tr("The data of {name} were written to {path}.").format(
                    name=result.name, path=str(result.path)
                )
            )

        self.ctx.runner.run(
            lambda _progress: export_person(workspace, person_id, out),
            on_done=done,
            on_error=self._failed(self.export_button),
        )

    def erase(self) -> None:
        from minga.services.person_data import erase_person

        if not self.understood.isChecked():
            return
        workspace, person_id = self.ctx.workspace, self.person_id()
        remove = bool(self._preview and self._preview.may_remove and self.remove_member.isChecked())
        self.erase_button.setEnabled(False)

        def done(result) -> None:
            text = self.tr(
                "The data of {name} were erased on this computer. Your next bundles "
                "carry the erasure to every computer of the network."
            ).format(name=result.name)
            if result.removed_member:
                text += " " + self.tr(
                    "She also left the microcentre: her bundles are refused from now on."
                )
            self.ctx.bridge.info(text)
            self.erased()
            self._reload_people()

        self.ctx.runner.run(
            lambda _progress: erase_person(workspace, person_id, remove_member=remove),
            on_done=done,
            on_error=self._failed(self.erase_button),
        )

    def print_privacy(self) -> None:
        from minga.services.person_data import build_privacy_page

        out = self.ask_path(self.tr("Privacy page"), "privacidad.pdf")
        if out is None:
            return
        db, paper = self.ctx.workspace.db, "carta"

        def done(document) -> None:
            self.ctx.bridge.info(
                self.tr("The privacy page was written to {path}.").format(path=str(document.path))
            )

        self.ctx.runner.run(
            lambda _progress: build_privacy_page(db, out, paper),
            on_done=done,
            on_error=self._failed(self.privacy_button),
        )

    def _failed(self, button: QPushButton) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            button.setEnabled(True)
            self.ctx.bridge.show_exception(exc)

        return failed

    def _reload_people(self) -> None:
        from minga.services.person_data import people_for_rights

        current = self.person_id()
        self.person.blockSignals(True)
        self.person.clear()
        for person_id, name in people_for_rights(self.ctx.workspace):
            self.person.addItem(name, person_id)
        index = self.person.findData(current)
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)
        self._show_counts()


def _file_name(name: str) -> str:
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower() or "persona"
