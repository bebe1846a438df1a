"""Territorio, the coordinator's area: the networks side by side (sortable), the
territory's totals, the library (search, detail), the printed report and the import of
territory reports from a folder, now and on a timer; shown to a coordinator only, and
whole at 200 % text on a 1366x768 screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt

from minga.core.workspace import Workspace
from minga.services.setup import SetupInput, initialize
from tests.support import territory_hub
from tests.sync.conftest import sync_cli_env  # noqa: F401
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace(tmp_path / "hub")
    initialize(
        ws.db,
        SetupInput(role="coordinator", name="Carolina Mardones", territory="SLEP Maule Costa"),
    )
    territory_hub.fill(ws.db, networks=6, years=(2025, 2026), every_indicator=True)
    yield ws
    ws.close()


@pytest.fixture
def page(qtbot, hub, make_ctx):
    from minga.ui.territory.page import TerritoryPage

    widget = TerritoryPage(make_ctx(hub))
    qtbot.addWidget(widget)
    return widget


def _column(page, title: str) -> int:
    model = page.proxy
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return column
    raise AssertionError(title)


def _texts(page, column: int) -> list[str]:
    model = page.proxy
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_networks_side_by_side_sort_as_numbers(page) -> None:
    assert page.title.text() == "Territory: SLEP Maule Costa"
    assert page.year == 2026
    assert page.year_combo.count() == 2
    assert page.proxy.rowCount() == 6
    assert _texts(page, 0) == sorted(_texts(page, 0), key=str.casefold)
    cards = page.summary.cards
    assert cards["networks"].value_label.text() == "6"
    assert cards["sessions"].value_label.text() == "18"
    # The territory: sums of numerators over sums of denominators, against the goals.
    goals = page.summary.goals_model
    first = goals.row(0)
    assert first.key == "attendance"
    assert (first.figure.numerator, first.figure.denominator) == (
        sum(10 + i for i in range(6)),
        sum(12 + 2 * i for i in range(6)),
    )
    assert goals.index(0, 1).data() == "74% (75 of 102)"
    assert goals.index(0, 2).data() == "70%"
    assert goals.index(0, 3).data() == "5 of 6"  # network 6: 15 of 22, under 70 %
    practices = goals.row_of("practices_shared")
    assert goals.index(practices, 2).data() == "7 per network and year"
    assert goals.index(goals.row_of("continuation"), 2).data() == "—"
    useful = _column(page, "Very useful")
    page.networks_table.sortByColumn(useful, Qt.SortOrder.DescendingOrder)
    rates = [int(text.rstrip("%")) for text in _texts(page, useful)]
    assert rates == sorted(rates, reverse=True)
    assert rates[0] == round(5 / 9 * 100)  # network 6: 5 of 9, above "0%" and "20%"
    tip = page.proxy.index(0, useful).data(Qt.ItemDataRole.ToolTipRole)
    assert "5 of 9" in tip

    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert page.year == 2025
    assert page.proxy.rowCount() == 6


def test_the_library_searches_and_shows_a_practice_whole(page) -> None:
    library = page.library
    assert library.result.total == 24
    library.search_edit.setText("RESOLUCION")
    library.search()
    assert library.result.total == 4  # networks 3 and 4, both years
    assert library.count_label.text() == "4 practice(s)."
    library.table.selectRow(0)
    assert library.detail is not None
    assert library.detail.title.startswith("Resolución de problemas")
    text = library.text.toPlainText()
    assert "Tutoría entre pares" in text
    assert library.detail.network in text
    library.year_combo.setCurrentIndex(library.year_combo.findData(2025))
    assert library.result.total == 2
    library.search_edit.setText("nadaquever")
    library.search()
    assert library.result.total == 0
    assert library.count_label.text() == "No practice matches."


def test_print_writes_the_territory_report(page, tmp_path: Path) -> None:
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("oficio"))
    target = tmp_path / "informe"
    page.print_to(target)
    written = tmp_path / "informe.pdf"
    assert page.last_document.path == written
    reader = PdfReader(written)
    assert len(reader.pages) == page.last_document.pages
    assert round(reader.pages[0].mediabox.height) == round(330 / 25.4 * 72)
    assert str(written) in page.status_label.text()


@pytest.mark.usefixtures("dialogs_off")
def test_reports_are_imported_from_a_folder_now_and_on_a_timer(
    qtbot, page, hub, make_ctx, tmp_path: Path
) -> None:
    from minga.ui.settings import TERRITORY_EVERY, TERRITORY_FOLDER
    from minga.ui.territory.importing import ImportPanel

    panel = page.importer
    assert not panel.import_button.isEnabled()
    assert not panel.timer.isActive()
    folder = tmp_path / "informes"
    folder.mkdir()
    panel.set_folder(folder)
    panel.every_spin.setValue(15)
    assert panel.timer.isActive()
    assert panel.timer.interval() == 15 * 60_000
    assert page.ctx.settings.get(TERRITORY_FOLDER) == str(folder)
    assert page.ctx.settings.get(TERRITORY_EVERY) == 15

    panel.timer.timeout.emit()  # the schedule's round: a folder with no reports
    assert panel.rounds == 1
    assert panel.last_result.imported == []
    assert panel.status_label.text() == "0 new report(s) imported, 0 already imported, 0 refused."

    from minga.sync import container

    # A file that starts like a bundle and is not one: refused, said in the list.
    (folder / "roto.minga").write_bytes(container.BUNDLE_MAGIC + b"not a report")
    panel.import_now()
    assert len(panel.last_result.errors) == 1
    assert "roto.minga" in panel.results.item(0).text()

    (folder / "roto.minga").unlink()
    folder.rmdir()
    panel.import_now()  # a USB stick not plugged in: said in the panel, nothing pops up
    assert "is not there" in panel.status_label.text()

    again = ImportPanel(page.ctx)  # the settings are kept
    qtbot.addWidget(again)
    assert again.folder == folder
    assert again.every_spin.value() == 15
    assert again.timer.isActive()
    again.every_spin.setValue(0)
    assert not again.timer.isActive()


def test_only_a_coordinator_has_the_area(qtbot, hub, make_ctx, teacher_ctx) -> None:
    from minga.ui.main_window import MainWindow

    window = MainWindow(make_ctx(hub))
    qtbot.addWidget(window)
    assert "territory" in window.areas()
    teacher_window = MainWindow(teacher_ctx)
    qtbot.addWidget(teacher_window)
    assert "territory" not in teacher_window.areas()


@pytest.mark.usefixtures("dialogs_off")
def test_every_tab_fits_at_200_percent_on_a_laptop_and_is_reachable_by_keyboard(
    qtbot, hub, make_ctx, text_size, translations
) -> None:
    from minga.ui.layout_check import offenders
    from minga.ui.main_window import MainWindow

    translations("es")
    text_size(2.0)
    window = MainWindow(make_ctx(hub))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("territory")
    qtbot.waitUntil(page.isVisible)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        found = [o.describe() for o in offenders(window, QSize(1366, 768))]
        assert found == [], (page.tabs.tabText(tab), found)
    # Nothing is squeezed onto anything else: the summary and the import panel scroll.
    page.tabs.setCurrentIndex(0)
    qtbot.wait(10)
    summary = page.summary
    lowest = max(card.geometry().bottom() for card in summary.cards.values())
    assert lowest < summary.goals_heading.geometry().top()
    page.tabs.setCurrentIndex(3)
    qtbot.wait(10)
    intro = page.importer.intro
    assert intro.height() >= intro.heightForWidth(intro.width())
    # Every tab and field has a mnemonic or a label with one.
    assert all("&" in page.tabs.tabText(t) for t in range(page.tabs.count()))
    for label in (page.year_label, page.paper_label, page.library.search_label):
        assert "&" in label.text()
        assert label.buddy() is not None
    assert "&" in page.print_button.text()
    window.close()


@pytest.mark.usefixtures("dialogs_off", "sync_cli_env")
def test_the_timer_imports_an_advisors_real_report_and_the_view_follows(
    qtbot, tmp_path: Path, make_ctx
) -> None:
    import keyring

    from minga.ui.territory.page import TerritoryPage
    from tests.conftest import Cli
    from tests.support.file_keyring import FileKeyring

    usb = tmp_path / "pendrive"
    usb.mkdir()
    rosa, hub_cli = Cli(tmp_path / "rosa"), Cli(tmp_path / "hub")
    for result in (
        rosa("init", "--role", "advisor", "--name", "Rosa Pérez", "--microcentre", "Los Copihues"),
        rosa("practice", "add", "--title", "Huerto escolar y fracciones"),
        hub_cli(
            "init",
            "--role",
            "coordinator",
            "--name",
            "Marta Soto",
            "--territory",
            "SLEP Maule Costa",
        ),
        rosa("territory", "invite", "--out", str(usb / "invitacion.minga")),
        hub_cli("territory", "accept", str(usb / "invitacion.minga"), "--yes"),
        rosa(
            "territory",
            "coordinator",
            str(usb / "tarjeta-coordinacion.minga"),
            "--fingerprint-checked",
        ),
        rosa("territory", "export", "--out", str(usb / "informe.minga")),
    ):
        assert result.returncode == 0, (result.stdout, result.stderr)

    # The window's process reads the hub's keys from the same (file) keyring.
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        with Workspace(tmp_path / "hub") as ws:
            page = TerritoryPage(make_ctx(ws))
            qtbot.addWidget(page)
            assert page.proxy.rowCount() == 0
            assert page.empty_label.text()
            panel = page.importer
            panel.set_folder(usb)
            panel.every_spin.setValue(5)
            panel.timer.timeout.emit()
            assert [r.imported for r in panel.last_result.imported] == [["Los Copihues"]]
            assert "Los Copihues" in panel.results.item(0).text()
            # The figures and the library follow the import.
            assert page.year is not None
            assert _texts(page, 0) == ["Los Copihues"]
            assert page.summary.cards["networks"].value_label.text() == "1"
            panel.timer.timeout.emit()  # the next round: nothing new
            assert panel.last_result.skipped == 1
            assert panel.last_result.imported == []
    finally:
        keyring.set_keyring(previous)
