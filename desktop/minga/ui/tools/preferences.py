"""Preferencias: language, larger text and paper size, kept in the data folder's settings."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from minga.ui.settings import LANGUAGE, PAPER, TEXT_SCALE
from minga.ui.text_scale import known_base_point_size, set_text_scale

__all__ = ["SCALES", "PreferencesDialog", "apply_text_scale"]

log = logging.getLogger(__name__)

SCALES = (1.0, 1.25, 1.5, 2.0)


def apply_text_scale(scale: float) -> bool:
    """Resizes the application font now; False when the base size is unknown (tests)."""
    application = QApplication.instance()
    if not isinstance(application, QApplication):
        return False
    base = known_base_point_size(application)  # measured by configure_application at start
    if base is None:
        return False
    set_text_scale(application, base, scale)
    return True


class PreferencesDialog(QDialog):
    """Three choices, each a combo box with its label as buddy and accessible name."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.ctx = ctx
        settings = ctx.settings
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem("Español (Chile)", "es")
        self.language.addItem("English", "en")
        self.text_scale = QComboBox(self)
        self.text_scale.setObjectName("textScaleCombo")
        for scale in SCALES:
            self.text_scale.addItem(f"{round(scale * 100)} %", scale)
        self.paper = QComboBox(self)
        self.paper.setObjectName("paperCombo")
        self.paper.addItem(self.tr("Letter"), "carta")
        self.paper.addItem(self.tr("Legal (oficio)"), "oficio")
        self.paper.addItem("A4", "a4")

        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        current_scale = settings.get(TEXT_SCALE)
        nearest = min(range(len(SCALES)), key=lambda i: abs(SCALES[i] - current_scale))
        self.text_scale.setCurrentIndex(nearest)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get(PAPER))))

        form = QFormLayout()
        rows = (
            (self.tr("&Language:"), self.language, self.tr("Language"),
             self.tr("Applies when you open Minga again.")),
            (self.tr("&Text size:"), self.text_scale, self.tr("Text size"),
             self.tr("Changes now, check boxes and icons too.")),
            (self.tr("&Paper for printing:"), self.paper, self.tr("Paper for printing"), ""),
        )  # fmt: skip
        for label_text, combo, name, note in rows:
            label = QLabel(label_text, self)
            label.setBuddy(combo)
            combo.setAccessibleName(name)
            combo.setMinimumContentsLength(16)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(combo)
            if note:
                hint = QLabel(note, self)
                hint.setWordWrap(True)
                combo.setAccessibleDescription(note)
                column.addWidget(hint)
            form.addRow(label, column)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setTabOrder(self.language, self.text_scale)
        self.setTabOrder(self.text_scale, self.paper)
        self.language.setFocus()
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 60),
                    self.sizeHint().height())  # fmt: skip

    def accept(self) -> None:
        self.save()
        super().accept()

    def save(self) -> None:
        settings = self.ctx.settings
        old_scale = settings.get(TEXT_SCALE)
        settings.set(LANGUAGE, self.language.currentData())
        settings.set(TEXT_SCALE, float(self.text_scale.currentData()))
        settings.set(PAPER, self.paper.currentData())
        settings.sync()
        scale = settings.get(TEXT_SCALE)
        if scale != old_scale and not apply_text_scale(scale):
            log.info("text scale %s saved; it applies at the next start", scale)
