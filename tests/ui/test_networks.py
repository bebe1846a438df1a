"""The window with an advisor's several microcentros: the switcher reopens the window on
the chosen folder (its own roster, practices and title; the old window's workspace
closed and the window deleted), "Nuevo microcentro…" makes one and opens it, and
Indicadores and Inicio show all of hers side by side with each network's own figures.

Real data folders (the demo's invented microcentres), real databases, a real task runner
where the switch hands its work over."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from shiboken6 import isValid

from minga.services.practices import PracticeInput
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)

ARAUCARIAS = "Microcentro Las Araucarias"


@pytest.fixture(scope="module")
def networks_template(tmp_path_factory) -> Path:
    """An advisor's installation with two demo microcentros (made once per module)."""
    from minga.core.workspace import Workspace
    from minga.services.demo import generate_demo, parse_scale
    from tests.support.clock import clock_at

    root = tmp_path_factory.mktemp("networks") / "data"
    with Workspace(root, clock=clock_at()) as ws:
        generate_demo(ws, scale=parse_scale("small"), seed=1, as_role="advisor")
    other = root / "microcentros" / "araucarias"
    with Workspace(other, clock=clock_at()) as ws:
        generate_demo(ws, scale=parse_scale("small"), seed=2, as_role="advisor")
    conn = sqlite3.connect(other / "minga.sqlite3")
    with conn:
        conn.execute("UPDATE microcentres SET name = ?", (ARAUCARIAS,))
    conn.close()
    return root


@pytest.fixture
def root(networks_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(networks_template, folder)
    return folder


def _ctx(folder: Path, *, synchronous: bool = True):
    from minga.core.workspace import Workspace
    from minga.services.setup import actor
    from minga.ui.context import UiContext
    from minga.ui.messages import MessageBridge
    from minga.ui.settings import Settings
    from minga.ui.tasks import TaskRunner
    from tests.support.clock import clock_at

    workspace = Workspace(folder, clock=clock_at())
    return UiContext.open(
        workspace,
        actor(workspace.db),
        settings=Settings(workspace.dirs.settings),
        runner=TaskRunner(synchronous=synchronous),
        bridge=MessageBridge(),
    )


@pytest.fixture
def host(qtbot, root: Path, dialogs_off):
    from minga.ui.main_window import MainWindow
    from minga.ui.networks import WindowHost

    window = MainWindow(_ctx(root, synchronous=False))
    window.show()
    qtbot.waitExposed(window)
    made = WindowHost(window, background_work=False)
    yield made
    current = made.window
    if isValid(current):
        current.ctx.runner.cancel_all()
        current.ctx.runner.wait_for_done(5000)
        current.close()
        current.ctx.workspace.close()
        current.deleteLater()
    made.deleteLater()


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()


def test_the_switcher_reopens_the_window_on_the_other_microcentro(qtbot, host, root: Path):
    window = host.window
    switcher = window.network_switcher
    assert switcher is not None
    assert switcher.isVisibleTo(window)
    assert window.network_switcher_action.isVisible()
    assert "Los Copihues" in switcher.accessibleName()
    names = [a.text() for a in switcher.menu_.actions() if a.isCheckable()]
    assert names == ["Microcentro Rural Los Copihues", ARAUCARIAS]
    assert [a.isChecked() for a in switcher.menu_.actions() if a.isCheckable()] == [True, False]
    assert "Los Copihues" in window.windowTitle()
    window.ctx.practices.create(PracticeInput(title="Solo en Los Copihues"))
    window.show_area("indicators")  # a page with work on the runner when the switch comes
    old_workspace = window.ctx.workspace

    araucarias = next(a for a in switcher.menu_.actions() if a.text() == ARAUCARIAS)
    with qtbot.waitSignal(host.switched, timeout=10_000):
        araucarias.trigger()
    new = host.window
    assert new is not window
    assert new.ctx.workspace.root == root / "microcentros" / "araucarias"
    assert ARAUCARIAS in new.windowTitle()
    assert "Las Araucarias" in new.network_switcher.accessibleName()
    # The old workspace is closed (its pool disposed) and the old window goes away.
    assert old_workspace.db.engine.pool.checkedout() == 0
    _flush_deletions()
    assert not isValid(window)
    # Its own practices: what was written in Los Copihues is not here.
    from minga.services.practices import PracticeQuery

    assert new.ctx.practices.count(PracticeQuery(text="Solo en Los Copihues")) == 0
    new.ctx.practices.create(PracticeInput(title="Solo en Las Araucarias"))
    new.show_area("practices")

    # And back: each folder kept its own.
    copihues = next(a for a in new.network_switcher.menu_.actions() if "Copihues" in a.text())
    with qtbot.waitSignal(host.switched, timeout=10_000):
        copihues.trigger()
    back = host.window
    assert back.ctx.workspace.root == root
    assert back.ctx.practices.count(PracticeQuery(text="Solo en Los Copihues")) == 1
    assert back.ctx.practices.count(PracticeQuery(text="Solo en Las Araucarias")) == 0
    _flush_deletions()
    assert not isValid(new)


def test_the_switcher_answers_the_keyboard(qtbot, host, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut

    window = host.window
    switcher = window.network_switcher
    assert switcher.focusPolicy() == Qt.FocusPolicy.StrongFocus  # reached with Tab
    opened: list[bool] = []
    monkeypatch.setattr(switcher, "showMenu", lambda: opened.append(True))
    shortcut = next(
        s for s in window.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+Shift+M")
    )
    shortcut.activated.emit()
    assert opened == [True]
    assert switcher.hasFocus() or not window.isActiveWindow()
    assert "Ctrl+Shift+M" in switcher.toolTip()


def test_one_microcentro_shows_no_switcher_but_the_advisor_can_make_one(
    qtbot, tmp_path: Path, dialogs_off, monkeypatch
):
    from minga.core.workspace import Workspace
    from minga.services.setup import SetupInput, initialize
    from minga.ui.main_window import MainWindow
    from minga.ui.networks import NewNetworkDialog, WindowHost

    monkeypatch.setenv("MINGA_KEY_PASSPHRASE", "una frase bien larga")
    folder = tmp_path / "rosa"
    with Workspace(folder) as ws:
        initialize(ws.db, SetupInput(role="advisor", name="Rosa", microcentre="Los Copihues"))
    window = MainWindow(_ctx(folder))  # deleted by the switch (not qtbot's to close)
    window.show()
    host = WindowHost(window, background_work=False)
    assert not window.network_switcher.isVisibleTo(window)
    assert window.new_network_action is not None
    assert window.new_network_action in window.tools_menu.actions()

    dialog = NewNetworkDialog(window.ctx, window)  # a child of the window the switch deletes
    dialog.create()  # no name
    assert dialog.name_error.isVisibleTo(dialog)
    dialog.name_edit.setText("Las Araucarias")
    dialog.region_edit.setText("Maule")
    with qtbot.waitSignal(dialog.created, timeout=10_000) as made:
        dialog.create()
    folder_made = made.args[0]
    assert folder_made.path.parent == folder / "microcentros"
    window.network_switcher.reload()
    window._show_switcher()
    assert window.network_switcher.isVisibleTo(window)

    assert window.open_network(folder_made.path)
    new = host.window
    assert "Las Araucarias" in new.windowTitle()
    assert new.ctx.actor.person_id == window.ctx.actor.person_id
    assert new.ctx.actor.microcentre_id == folder_made.microcentre_id
    new.ctx.runner.cancel_all()
    new.close()
    new.ctx.workspace.close()
    _flush_deletions()


def test_indicadores_and_inicio_show_every_network_side_by_side(qtbot, root: Path, dialogs_off):
    from minga.core.workspace import Workspace
    from minga.services.indicators import IndicatorService
    from minga.ui.home import HomePage
    from minga.ui.indicators import IndicatorsPage
    from minga.ui.network_figures import cell_text
    from tests.support.clock import clock_at

    ctx = _ctx(root)
    page = IndicatorsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    choice = page.networks_choice
    assert choice is not None
    assert not choice.showing_all
    choice.choose("all")
    assert not page.scroll.isVisibleTo(page)
    table = choice.table
    assert choice.area.isVisibleTo(page)
    assert table.column_count() == 2
    year = page.year_combo.currentData()
    for number, folder in enumerate((root, root / "microcentros" / "araucarias")):
        with Workspace(folder, clock=clock_at()) as ws:
            own = IndicatorService(ws.db).network(year, exit_tickets=False)
        column = choice.table.columns[number]
        assert column.attendance == own.attendance.ratio
        assert column.practices_shared == own.practices_shared.count
        assert column.adoption == own.adoption
        assert column.continuation == own.continuation.ratio
        assert column.useful == own.satisfaction.useful_top
        assert table.cell(1, number) == cell_text(column, "attendance")
    assert "(open)" in table.cell(-1, 0)
    assert "Las Araucarias" in table.cell(-1, 1)
    assert table.cell(1, -1) == "Attendance"
    choice.choose("one")
    assert page.scroll.isVisibleTo(page)

    home = HomePage(ctx)
    qtbot.addWidget(home)
    assert home.networks_table is not None
    assert home.networks_table.column_count() == 2
    assert len(home.networks_table.rows) == 4
    assert home.networks_table.cell(3, 0) == cell_text(home.networks_table.columns[0], "adoption")
    ctx.workspace.close()


def test_a_teacher_sees_no_side_by_side(qtbot, teacher_ctx):
    from minga.ui.indicators import IndicatorsPage

    page = IndicatorsPage(teacher_ctx)
    qtbot.addWidget(page)
    assert page.networks_choice is None


def test_the_single_instance_lock_follows_the_switch(qtbot, root: Path, dialogs_off):
    """The new folder's lock is taken and the old one let go; a folder another Minga holds
    brings that one forward and this window stays where it was."""
    from minga.ui.main_window import MainWindow
    from minga.ui.networks import WindowHost
    from minga.ui.single_instance import SingleInstance

    other = root / "microcentros" / "araucarias"
    mine = SingleInstance(root, timeout_ms=300)
    assert mine.try_become_primary()
    window = MainWindow(_ctx(root))
    window.show()
    host = WindowHost(window, instance=mine, background_work=False)

    elsewhere = SingleInstance(other, timeout_ms=300)  # "another Minga" on Las Araucarias
    assert elsewhere.try_become_primary()
    knocked: list[bool] = []
    elsewhere.activation_requested.connect(lambda: knocked.append(True))
    assert not window.open_network(other)
    assert host.window is window
    assert window.ctx.bridge.record[-1].level == "warning"
    qtbot.waitUntil(lambda: bool(knocked), timeout=3000)
    elsewhere.close()

    assert window.open_network(other)
    new = host.window
    assert host.instance is not mine
    assert host.instance.is_primary
    assert host.instance.data_dir == other
    assert not mine.is_primary
    again = SingleInstance(root, timeout_ms=300)  # the first folder is free again
    assert again.try_become_primary()
    again.close()
    host.instance.close()
    new.close()
    new.ctx.workspace.close()
    _flush_deletions()


@pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE, "This plugin does not support")
def test_unsaved_work_is_settled_before_the_switch(qtbot, root: Path, fake_practices, request):
    """What cannot be saved yet is asked about first, in the words of a change of
    microcentro; "Seguir editando" keeps the window where it was."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from minga.ui import messages
    from minga.ui.main_window import MainWindow
    from minga.ui.networks import WindowHost

    previous = messages.dialogs_enabled()
    messages.set_dialogs_enabled(True)
    request.addfinalizer(lambda: messages.set_dialogs_enabled(previous))
    window = MainWindow(_ctx(root), factories=fake_practices)
    qtbot.addWidget(window)
    window.show()
    host = WindowHost(window, background_work=False)
    page = window.page("practices")
    page.unsaved, page.save_result = True, False
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.windowTitle())
        keep = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
        )
        keep.click()

    QTimer.singleShot(100, answer)
    assert not window.open_network(root / "microcentros" / "araucarias")
    assert seen == ["Open another microcentro"]
    assert host.window is window
    assert ("save", None) in page.calls
    assert window.ctx.workspace.db.engine is not None
    page.unsaved = False
    window.ctx.workspace.close()


def test_a_long_name_gives_way_in_a_narrow_toolbar(qtbot, host):
    """At 200 % text or on a small screen the name is shortened ("Los Copihues", then cut
    with "…") rather than pushing the search field out of the toolbar."""
    window = host.window
    switcher = window.network_switcher
    window.resize(1300, 700)
    qtbot.waitUntil(lambda: "Microcentro: Microcentro Rural" in switcher.text(), timeout=2000)
    window.resize(600, 700)
    qtbot.waitUntil(lambda: "Microcentro:" not in switcher.text(), timeout=2000)
    assert switcher.text() in ("Los Copihues",) or switcher.text().endswith("…")
    assert "Microcentro Rural Los Copihues" in switcher.accessibleName()
    assert "Microcentro Rural Los Copihues" in switcher.toolTip()
    qtbot.waitUntil(window.search_field.isVisible, timeout=2000)  # not in the "»" menu
