"""A coordinator's window: Inicio shows her territory at a glance (never a teacher's cards),
its buttons lead to Territorio, its import and its printed report; the areas of a
network's own work are not there, the toolbar's search looks in the territory's library,
Sincronizar keeps only her identity and e-mail; in Spanish, whole at 200 % text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea

from minga.core.workspace import Workspace
from minga.services.setup import SetupInput, initialize
from tests.support import territory_hub
from tests.support.clock import clock_at
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)

NOW = dt.datetime(2026, 6, 1, 15, tzinfo=dt.UTC)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace(tmp_path / "hub", clock=clock_at(NOW))
    initialize(
        ws.db,
        SetupInput(role="coordinator", name="Carolina Mardones", territory="SLEP Maule Costa"),
    )
    territory_hub.fill(ws.db, networks=4, years=(2025, 2026))
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, hub, make_ctx):
    from minga.ui.main_window import MainWindow

    widget = MainWindow(make_ctx(hub))
    qtbot.addWidget(widget)
    return widget


def test_inicio_shows_the_territory_and_nothing_of_a_network(window) -> None:
    from minga.ui.territory.home import CoordinatorHomePage

    assert window.areas() == ["home", "territory", "sync"]
    home = window.show_area("home")
    assert isinstance(home, CoordinatorHomePage)
    assert home.greeting.text() == "Hello, Carolina Mardones"
    assert home.subtitle.text().endswith("· SLEP Maule Costa")
    for teachers_card in ("myPracticesCard", "nextSessionCard", "inviteTeachers", "draftsList"):
        assert window.findChild(object, teachers_card) is None
    cards = home.cards
    assert cards["networks"].value == "4 of 4"
    assert cards["networks"].caption_label.text() == "Networks that reported 2026"
    assert cards["sessions"].value == "12"  # three of four held in each network
    assert cards["attendance"].value == "83%"  # 60 present of 72 expected
    assert cards["practices"].value == "8"
    assert cards["lastReport"].value == "—"
    assert cards["toReview"].value == "0"
    assert not home.year_note.isVisible()


def test_its_buttons_lead_to_territorio_and_the_search_to_its_library(window, monkeypatch) -> None:
    from minga.ui.territory.page import TerritoryPage

    home = window.show_area("home")
    home.import_button.click()
    territory = window.page("territory")
    assert window.current_area() == "territory"
    assert territory.tabs.currentWidget() is territory.importer
    window.show_area("home")
    home.open_button.click()
    assert territory.tabs.currentIndex() == 0
    printed: list[bool] = []  # the file dialog itself cannot be answered here
    monkeypatch.setattr(TerritoryPage, "print_report", lambda page: printed.append(True))
    window.show_area("home")
    home.print_button.click()
    window.open_printing()  # Ctrl+P on a hub: the territory report too
    assert printed == [True, True]
    assert not window.new_practice_action.isVisible()
    window.search("huerto")
    assert territory.tabs.currentWidget() is territory.library
    assert territory.library.search_edit.text() == "huerto"


def test_sincronizar_keeps_her_identity_and_e_mail_only(window) -> None:
    sync = window.show_area("sync")
    tabs = [sync.tabs.widget(i) for i in range(sync.tabs.count())]
    assert sync.history not in tabs
    assert sync.conflicts not in tabs
    assert sync.meeting_scroll not in tabs
    assert sync._meeting is None  # no looking for an advisor's room on the network
    assert sync._identity_tab() in tabs
    assert not sync.export_panel.isVisibleTo(sync)
    assert not sync.import_panel.isVisibleTo(sync)
    assert "territory" in sync.subtitle.text()
    identity = sync.identity
    assert not identity.advisor_label.isVisibleTo(identity)  # she has no advisor of her own


@pytest.mark.usefixtures("dialogs_off")
def test_inicio_in_spanish_fits_at_200_percent(
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
    home = window.show_area("home")
    qtbot.wait(10)
    assert home.cards["networks"].value == "4 de 4"
    assert home.cards["networks"].caption_label.text() == "Redes que informaron 2026"
    assert home.print_button.text() == "Im&primir el informe territorial…"
    assert home.cards["attendance"].detail_label.text() == "60 presentes de 72 esperados"
    territory = window.page("territory")
    # Advisors are men and women: the tab and the columns say so (as the printed report).
    assert territory.tabs.tabText(4) == "As&esores/as"
    advisors = territory.advisors.table.model()
    assert advisors.headerData(0, Qt.Orientation.Horizontal) == "Asesor/a"
    assert [o.describe() for o in offenders(window, QSize(1366, 768))] == []
    # Nothing wider than the page: the buttons wrap (the page needs no more than the
    # widest of them) rather than push the cards off its right edge.
    scroll = home.findChild(QScrollArea, "homeScroll")
    assert scroll.widget().width() <= scroll.viewport().width()
    buttons = (home.open_button, home.import_button, home.print_button)
    assert scroll.widget().minimumSizeHint().width() < sum(b.sizeHint().width() for b in buttons)
    window.close()
