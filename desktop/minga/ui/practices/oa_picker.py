"""A field to find a learning objective in the curriculum catalogue and add its code.

The person types words or part of a code; the completer offers the objectives of the
subjects and levels ticked in the form (all of them when none is ticked), matching
anywhere in "code · description". Choosing one emits `chosen(code)` and clears the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from minga.services.curriculum import Catalogue, load_catalogue


class OaPicker(QLineEdit):
    """Autocomplete over the catalogue, filtered by subject and level."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, data_dir: Path | None = None):
        super().__init__(parent)
        self.setObjectName("oaPicker")
        self.catalogue: Catalogue = load_catalogue(data_dir)
        self._labels: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._activated)
        self.setCompleter(completer)
        self.returnPressed.connect(self._return_pressed)
        self.set_filter((), ())

    def set_filter(self, subjects: Iterable[str], levels: Iterable[str]) -> None:
        """Offers the objectives of these subjects and levels (NT1/NT2: the parvularia
        ones; no subject or no level ticked: no restriction on it)."""
        subjects = list(subjects)
        wanted = {"NT" if level in ("NT1", "NT2") else level for level in levels}
        found = [
            o
            for o in self.catalogue.all()
            if (not subjects or o.subject in subjects or o.level == "NT")
            and (not wanted or o.level in wanted)
        ]
        self._labels = {o.label(): o.code for o in found}
        self._model.setStringList(list(self._labels))

    def offered(self) -> list[str]:
        """The codes the completer offers now (for tests)."""
        return list(self._labels.values())

    def _activated(self, text: str) -> None:
        code = self._labels.get(text)
        if code is None:
            return
        self.chosen.emit(code)
        # The completer writes the chosen text into the field after this signal: clear
        # it once that is done, ready for the next objective.
        QTimer.singleShot(0, self.clear)

    def _return_pressed(self) -> None:
        # A code typed whole (or the only match) is taken as chosen.
        text = self.text().strip()
        matches = [label for label in self._labels if text.casefold() in label.casefold()]
        if text and len(matches) == 1:
            self._activated(matches[0])
