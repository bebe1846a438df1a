"""The Spanish window speaks Chilean Spanish throughout: Qt's own file dialogs (qtbase_es
with Minga's "archivo" wording over it) and the status bar's last bundle, which gives
way to a message too long to fit beside it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton

from minga.sync.queries import HistoryEntry
from minga.ui.main_window import MainWindow
from minga.ui.sync.status import entry_details, entry_text
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _visible_texts(dialog: QFileDialog) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    texts += [button.text() for button in dialog.findChildren(QPushButton) if button.isVisible()]
    for combo in dialog.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


@pytest.mark.parametrize("mode", ["open", "save"])
def test_qt_file_dialogs_speak_chilean_spanish(qtbot, translations, mode):
    translations("es")
    dialog = QFileDialog(None, "Guardar el PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    texts = _visible_texts(dialog)
    joined = " | ".join(texts)
    for english in ("Look in", "Files of", "File name", "All Files", "Open", "Save"):
        assert english not in joined, joined
    assert "fichero" not in joined.lower(), joined
    assert "&Buscar en:" in texts
    assert "&Nombre del archivo:" in texts
    assert "&Tipo de archivo:" in texts
    assert "Todos los archivos (*)" in texts
    assert "Cancelar" in texts
    # The file list's Type column: Qt's Spanish has no word for a folder.
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Carpeta"
    dialog.close()


def test_qt_dialogs_stay_english_in_english(qtbot, translations):
    translations("en")
    dialog = QFileDialog(None, "Save the PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "All Files (*)" in _visible_texts(dialog)
    dialog.close()


def _entry(direction: str = "out", recipients: int = 4) -> HistoryEntry:
    return HistoryEntry(
        id=1,
        at=dt.datetime(2026, 11, 22, 13, 30, tzinfo=dt.UTC),
        direction=direction,
        kind="bundle",
        peer_name="Ana Pérez" if recipients <= 1 else "",
        recipients=recipients,
        path="/media/usb/minga-2026-11-22.minga",
    )


def test_the_last_bundle_is_said_in_spanish(translations):
    translations("es")
    assert entry_text(_entry()).startswith("Último paquete: enviado el ")
    assert entry_text(_entry("in", 1)).startswith("Último paquete: recibido el ")
    assert entry_details(_entry()) == ("Enviado a todo el microcentro (4): minga-2026-11-22.minga")
    assert entry_details(_entry("in", 1)).startswith("Recibido de Ana Pérez")


@pytest.fixture
def window(qtbot, teacher_ctx, translations, dialogs_off):
    translations("es")
    window = MainWindow(teacher_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window._last_bundle = _entry()
    window._show_last_bundle()
    yield window
    window.close()


def test_a_long_message_takes_the_place_of_the_last_bundle(qtbot, window):
    status = window.statusBar()
    assert window.bundle_label.isVisible()
    assert window.bundle_label.text().startswith("Último paquete: ")

    short = "Práctica guardada."
    status.showMessage(short)
    assert window.bundle_label.isVisible()  # a short message fits beside it

    long = (
        "Se importaron 3 paquetes: llegaron 2 sesiones nuevas, 5 prácticas de Juan y "
        "María y 4 observaciones de aula."
    )
    status.showMessage(long)
    qtbot.waitUntil(lambda: not window.bundle_label.isVisible(), timeout=2000)
    permanent_left = min(
        w.x() for w in (window.place_label, window.role_label, window.person_label) if w.isVisible()
    )
    assert status.fontMetrics().horizontalAdvance(long) < permanent_left  # not cut

    status.clearMessage()
    assert window.bundle_label.isVisible()
    assert window.bundle_separator.isVisible()
