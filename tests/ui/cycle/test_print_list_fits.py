"""Imprimir at 1366x768: the names of the documents to print are read whole in their
list (it was narrower than "Encuesta de satisfacción (papeletas en blanco)", cut and
scrolled sideways), in Spanish as the advisor reads them."""

from __future__ import annotations

import pytest

from minga.ui.main_window import MainWindow
from tests.ui.cycle.conftest import SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


@pytest.mark.usefixtures("dialogs_off")
def test_every_document_name_fits_its_list(qtbot, advisor_ctx, translations):
    translations("es")
    window = MainWindow(advisor_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)

    page = window.show_area("print")
    documents = page.documents
    qtbot.waitUntil(documents.isVisible)

    assert not documents.horizontalScrollBar().isVisible()
    room = documents.viewport().width()
    metrics = documents.fontMetrics()
    for row in range(documents.count()):
        text = documents.item(row).text()
        assert metrics.horizontalAdvance(text) < room, text
    window.close()
