"""No dead ends, no orphans: every page, editor and dialog the code under `minga.ui`
defines is reached from a real main window through what a person sees (sidebar,
buttons, table rows, the Herramientas menu, shortcuts, a file dropped on Sincronizar).

`test_every_screen_has_a_route` enumerates the classes: a new dialog or page fails it
until a route here reaches it (or, if it is not opened from the window, it is listed in
`NOT_FROM_THE_WINDOW` with the reason). Each route then runs on demo data or on the
sync test network, with every widget shown recorded by an application event filter;
modal dialogs are recorded and closed as they open, as a person would close them.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QWidget

import minga.ui
from minga.ui.editing.frame import EditorFrame
from minga.ui.editing.records import RecordsPage
from minga.ui.main_window import MainWindow
from tests.sync.conftest import ROSA, Device, Network
from tests.ui.cycle.conftest import (  # noqa: F401 (fixtures used here)
    advisor_ctx,
    advisor_template,
    advisor_ws,
    teacher_demo_ctx,
    teacher_ws,
)
from tests.ui.sync.conftest import SIZE_HINTS, newcomer, second_device  # noqa: F401 (fixture)

# The offscreen platform's notices for dialogs and popup menus (it has no window manager).
pytestmark = pytest.mark.qt_log_ignore(
    SIZE_HINTS,
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)

#: Screens that are not opened from the main window, and why (each has its own tests).
NOT_FROM_THE_WINDOW = {
    # Before any window: the first start of an empty data folder asks who you are.
    "minga.ui.first_run.FirstRunDialog",
    # At start, over the window, when drafts were left the last time.
    "minga.ui.app.DraftsPrompt",
    # Shown by the crash handler on an unexpected error, whatever screen was open.
    "minga.ui.crash.CrashDialog",
}


def _is_screen(cls: type) -> bool:
    """A page, an editor or a dialog: what a person opens (not a part of one)."""
    if cls in (RecordsPage, EditorFrame):
        return False  # the shared bases
    return issubclass(cls, (QDialog, QMainWindow, RecordsPage, EditorFrame)) or (
        issubclass(cls, QWidget) and cls.__name__.endswith("Page")
    )


def screen_classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for module_info in pkgutil.walk_packages(minga.ui.__path__, "minga.ui."):
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and _is_screen(cls):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return found


# --- hands: what a person does -----------------------------------------------------------


class _ShownRecorder(QObject):
    """Every widget class shown while installed."""

    def __init__(self) -> None:
        super().__init__()
        self.classes: set[type] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self.classes.add(type(watched))
        return False


class Hands:
    """Clicks and keys on a shown main window; modal dialogs are closed once seen."""

    def __init__(self, qtbot, window: MainWindow, shown: _ShownRecorder) -> None:
        self.qtbot = qtbot
        self.window = window
        self.shown = shown
        self.menu_choice: str | None = None
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and self.menu_choice is not None:
            action = next((a for a in popup.actions() if a.objectName() == self.menu_choice), None)
            self.menu_choice = None
            if action is not None:
                rect = popup.actionGeometry(action)
                # Later, not from this timer's own slot: the action opens a modal dialog,
                # and a timer does not fire again while its slot runs.
                QTimer.singleShot(
                    0,
                    lambda: self.qtbot.mouseClick(
                        popup, Qt.MouseButton.LeftButton, pos=rect.center()
                    ),
                )
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            modal.reject()  # seen: closed as a person would (Esc / Cancel)

    def area(self, key: str) -> QWidget:
        """Clicks the area's row in the sidebar."""
        sidebar = self.window.sidebar
        item = sidebar.item(self.window.areas().index(key))
        sidebar.scrollToItem(item)
        rect = sidebar.visualItemRect(item)
        self.qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert self.window.current_area() == key
        return self.window.stack.currentWidget()

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible(), widget.objectName()
        assert widget.isEnabled(), widget.objectName()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def click_row(self, table, row: int = 0) -> None:
        assert table.model().rowCount() > row
        table.scrollTo(table.model().index(row, 0))
        rect = table.visualRect(table.model().index(row, 0))
        self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def tab(self, tabs, widget: QWidget) -> None:
        bar = tabs.tabBar()
        rect = bar.tabRect(tabs.indexOf(widget))
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
        assert tabs.currentWidget() is widget

    def reached(self, cls: type) -> None:
        """Waits until a widget of `cls` has been shown."""
        self.qtbot.waitUntil(lambda: cls in self.shown.classes, timeout=3000)

    def tools(self, action_name: str) -> None:
        """Herramientas › the action named `action_name`."""
        self.menu_choice = action_name
        self.click(self.window.tools_button)
        self.qtbot.waitUntil(lambda: self.menu_choice is None, timeout=3000)


# --- the routes ------------------------------------------------------------------------------


def _sessions_editor(hands: Hands) -> None:
    page = hands.area("sessions")
    hands.click_row(page.table)
    assert page.editor.isVisible()


def _templates(hands: Hands) -> None:
    page = hands.area("sessions")
    hands.click(page.templates_button)


def _template_editor(hands: Hands) -> None:
    _templates(hands)
    dialog = hands.window.page("sessions")._templates_dialog
    hands.qtbot.waitExposed(dialog)
    hands.click_row(dialog.table)


def _practice_form(hands: Hands) -> None:
    page = hands.area("practices")
    hands.qtbot.waitUntil(lambda: page.table.model().rowCount() > 0, timeout=3000)
    hands.click_row(page.table)


def _application_editor(hands: Hands) -> None:
    page = hands.area("adoption")
    hands.click_row(page.table)


def _observation_editor(hands: Hands) -> None:
    hands.click(hands.area("observation").new_button)


def _cycle_editor(hands: Hands) -> None:
    hands.click(hands.area("improvement").new_button)


def _mail_settings(hands: Hands) -> None:
    page = hands.area("sync")
    hands.tab(page.tabs, page.mail_scroll)
    hands.click(page.mail.settings_button)


def _remove_advisor(hands: Hands) -> None:
    page = hands.area("territory")
    hands.tab(page.tabs, page.advisors)
    hands.qtbot.waitUntil(lambda: page.advisors.table.model().rowCount() > 0, timeout=3000)
    hands.click_row(page.advisors.table)
    hands.click(page.advisors.remove_button)


ADVISOR = "advisor demo"
TEACHER = "teacher demo"
NETWORK = "sync network"
HUB = "coordinator's hub"

#: class -> (whose window, the route there). Pages of the sidebar need only their area.
ROUTES: dict[str, tuple[str, Callable[[Hands], Any]]] = {
    "minga.ui.main_window.MainWindow": (TEACHER, lambda hands: None),
    "minga.ui.home.HomePage": (TEACHER, lambda hands: hands.area("home")),
    "minga.ui.practices.page.PracticesPage": (TEACHER, lambda hands: hands.area("practices")),
    "minga.ui.practices.form.PracticeForm": (TEACHER, _practice_form),
    "minga.ui.sessions.page.SessionsPage": (ADVISOR, lambda hands: hands.area("sessions")),
    "minga.ui.sessions.editor.SessionEditor": (ADVISOR, _sessions_editor),
    "minga.ui.sessions.templates.TemplatesDialog": (ADVISOR, _templates),
    "minga.ui.sessions.year_plan.YearPlanDialog": (
        ADVISOR,
        lambda hands: hands.click(hands.area("sessions").year_button),
    ),
    "minga.ui.sessions.templates.TemplateEditor": (ADVISOR, _template_editor),
    "minga.ui.adoption.page.AdoptionPage": (TEACHER, lambda hands: hands.area("adoption")),
    "minga.ui.adoption.editor.ApplicationEditor": (TEACHER, _application_editor),
    "minga.ui.observation.page.ObservationPage": (
        TEACHER,
        lambda hands: hands.area("observation"),
    ),
    "minga.ui.observation.editor.ObservationEditor": (TEACHER, _observation_editor),
    "minga.ui.improvement.page.ImprovementPage": (
        TEACHER,
        lambda hands: hands.area("improvement"),
    ),
    "minga.ui.improvement.editor.CycleEditor": (TEACHER, _cycle_editor),
    "minga.ui.indicators.page.IndicatorsPage": (ADVISOR, lambda hands: hands.area("indicators")),
    "minga.ui.indicators.students.StudentFiguresDialog": (
        TEACHER,
        lambda hands: hands.click(hands.area("indicators").students_section.record_button),
    ),
    "minga.ui.printing.page.PrintPage": (ADVISOR, lambda hands: hands.area("print")),
    "minga.ui.sync.page.SyncPage": (ADVISOR, lambda hands: hands.area("sync")),
    "minga.ui.mail.dialog.MailSettingsDialog": (TEACHER, _mail_settings),
    "minga.ui.tools.backups.BackupsDialog": (TEACHER, lambda hands: hands.tools("backupsAction")),
    "minga.ui.tools.preferences.PreferencesDialog": (
        TEACHER,
        lambda hands: hands.tools("preferencesAction"),
    ),
    "minga.ui.tools.about.AboutDialog": (TEACHER, lambda hands: hands.tools("aboutAction")),
    "minga.ui.networks.NewNetworkDialog": (
        ADVISOR,
        lambda hands: hands.tools("toolsNewNetworkAction"),
    ),
    "minga.ui.tools.my_data.MyDataDialog": (TEACHER, lambda hands: hands.tools("myDataAction")),
    "minga.ui.tools.shortcuts.ShortcutsDialog": (
        TEACHER,
        lambda hands: hands.tools("shortcutsAction"),
    ),
    # A territory's hub: its coordinator's Inicio, Territorio, and taking an advisor off.
    "minga.ui.territory.home.CoordinatorHomePage": (HUB, lambda hands: hands.area("home")),
    "minga.ui.territory.page.TerritoryPage": (HUB, lambda hands: hands.area("territory")),
    "minga.ui.territory.advisors.RemoveAdvisorDialog": (HUB, _remove_advisor),
    # On the sync network (real keys and bundles): see the tests below.
    "minga.ui.sync.dialogs.NewMemberDialog": (NETWORK, lambda hands: None),
    "minga.ui.sync.dialogs.CompareDialog": (NETWORK, lambda hands: None),
    "minga.ui.sync.passphrase.PassphraseDialog": (NETWORK, lambda hands: None),
    "minga.ui.sync.dialogs.RemoveMemberDialog": (NETWORK, lambda hands: None),
    "minga.ui.tools.backups.KeysPassphraseDialog": (NETWORK, lambda hands: None),
}


def test_every_screen_has_a_route():
    classes = screen_classes()
    assert "minga.ui.printing.page.PrintPage" in classes  # the enumeration finds pages
    assert "minga.ui.tools.about.AboutDialog" in classes  # and dialogs
    missing = sorted(set(classes) - set(ROUTES) - NOT_FROM_THE_WINDOW)
    assert not missing, f"no route from the main window reaches: {missing}"
    stale = sorted((set(ROUTES) | NOT_FROM_THE_WINDOW) - set(classes))
    assert not stale, f"routes to classes that no longer exist: {stale}"


# --- running the routes ----------------------------------------------------------------------


@pytest.fixture
def recorder(qapp):
    shown = _ShownRecorder()
    qapp.installEventFilter(shown)
    yield shown
    qapp.removeEventFilter(shown)


@pytest.fixture
def open_window(qtbot, dialogs_off, recorder):
    opened: list[tuple[MainWindow, Hands]] = []

    def make(ctx, factories=None) -> Hands:
        window = MainWindow(ctx, factories=factories)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        hands = Hands(qtbot, window, recorder)
        opened.append((window, hands))
        return hands

    yield make
    for window, hands in opened:
        hands.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        window.close()


def _run_routes(who: str, hands: Hands) -> None:
    classes = screen_classes()
    for name, (owner, route) in ROUTES.items():
        if owner != who:
            continue
        hands.window.show_area("home")  # every route starts from Inicio
        route(hands)
        hands.reached(classes[name])


def test_the_teacher_reaches_her_screens(open_window, teacher_demo_ctx):  # noqa: F811
    _run_routes(TEACHER, open_window(teacher_demo_ctx))


def test_the_advisor_reaches_hers(open_window, advisor_ctx):  # noqa: F811
    _run_routes(ADVISOR, open_window(advisor_ctx))


@pytest.fixture
def hub_ctx(make_ctx, tmp_path):
    """A territory's hub: its coordinator, two networks reported (closed after the window)."""
    from minga.core.workspace import Workspace
    from minga.services.setup import SetupInput, initialize
    from tests.support import territory_hub

    ws = Workspace(tmp_path / "hub")
    initialize(
        ws.db, SetupInput(role="coordinator", name="Carolina Mardones", territory="SLEP Maule")
    )
    territory_hub.fill(ws.db, networks=2)
    yield make_ctx(ws)
    ws.close()


def test_the_coordinator_reaches_hers(hub_ctx, open_window):
    _run_routes(HUB, open_window(hub_ctx))


@pytest.fixture
def device_window(open_window, make_ctx, tmp_path):
    """`device_window(device, vault=None)`: the main window of a sync test installation,
    with its keys (or `vault`) in Sincronizar."""
    from minga.ui.sync import SyncPage

    def make(device: Device, vault: Any = None) -> Hands:
        ctx = make_ctx(device.ws, tmp_path / f"{device.label}.ini")
        keys = vault or device.vault
        return open_window(ctx, {"sync": lambda c: SyncPage(c, vault=keys)})

    return make


def test_a_new_members_bundle_dropped_on_sincronizar_asks_to_accept_her(
    device_window,
    network: Network,
    newcomer: Device,  # noqa: F811
):
    from minga.ui.sync.dialogs import NewMemberDialog

    hello = newcomer.export(network.path("carla-hola"))
    hands = device_window(network.advisor)
    page = hands.area("sync")
    page.import_files([hello])  # what dropping the file on the page does
    hands.reached(NewMemberDialog)


def test_a_conflict_copy_is_compared_from_its_tab(device_window, network: Network):
    from minga.services.practices import PracticeInput
    from minga.ui.sync.dialogs import CompareDialog

    ana, advisor = network.ana, network.advisor
    practice_id = ana.add_practice("Huerto escolar", description="Plantamos habas")
    notebook = second_device(network, ana, "ana-notebook")
    advisor.import_(ana.export(network.path("ana"), full=True))
    ana.practices.update(practice_id, PracticeInput(title="Huerto escolar", description="PC"))
    notebook.practices.update(
        practice_id, PracticeInput(title="Huerto escolar", description="Notebook")
    )
    advisor.import_(ana.export(network.path("ana-pc"), full=True))
    advisor.import_(notebook.export(network.path("ana-notebook"), full=True))
    notebook.close()

    hands = device_window(advisor)
    page = hands.area("sync")
    hands.tab(page.tabs, page.conflicts)
    hands.click_row(page.conflicts.view)
    hands.click(page.conflicts.compare_button)
    hands.reached(CompareDialog)


def test_the_advisor_is_asked_to_confirm_removing_a_member(device_window, network: Network):
    from minga.ui.sync.dialogs import RemoveMemberDialog

    hands = device_window(network.advisor)
    page = hands.area("sync")
    hands.tab(page.tabs, page.members)
    panel = page.members
    row = next(n for n in range(panel.model.rowCount()) if not panel.model.row(n).is_self)
    hands.click_row(panel.view, row)
    hands.click(panel.remove_button)
    hands.reached(RemoveMemberDialog)
    # Closed without confirming: nobody was removed.
    assert network.advisor.rows("SELECT COUNT(*) FROM people WHERE deleted = 0")[0][0] >= 3


def test_keys_kept_in_a_file_ask_for_their_passphrase(
    device_window, tmp_path, keyring_backend, monkeypatch
):
    from minga.sync import keys
    from minga.sync.keys import KeyVault
    from minga.ui import messages
    from minga.ui.sync import passphrase
    from minga.ui.sync.passphrase import PassphraseDialog

    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(keys, "_prompt", keys._prompt)  # the hook as it was, afterwards
    monkeypatch.setattr(passphrase, "_installed", None)
    monkeypatch.setattr(messages, "_dialogs_enabled", True)  # the prompt is a dialog
    passphrase.install_passphrase_prompt(QApplication.instance())
    rosa = Device(tmp_path / "rosa", keyring_backend).init("advisor", ROSA)
    # No keyring on this computer: the keys go to a file, under a passphrase.
    hands = device_window(rosa, KeyVault(rosa.root, use_system_keyring=False))
    page = hands.area("sync")
    hands.tab(page.tabs, page.identity)
    hands.click(page.identity.make_keys_button)
    hands.reached(PassphraseDialog)


def test_a_backup_with_keys_asks_for_its_passphrase(
    open_window,
    teacher_demo_ctx,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    from minga.ui import messages
    from minga.ui.tools.backups import BackupsDialog, KeysPassphraseDialog

    monkeypatch.setattr(messages, "_dialogs_enabled", True)  # the passphrase is a dialog
    hands = open_window(teacher_demo_ctx)
    # Herramientas › Respaldos, shown without its own event loop so the hands can use it.
    dialog = BackupsDialog(teacher_demo_ctx, hands.window)
    dialog.ask_save_path = lambda default: tmp_path / "respaldo.zip"
    dialog.show()
    hands.click(dialog.keys_check)
    hands.click(dialog.backup_button)
    hands.reached(KeysPassphraseDialog)
    assert not (tmp_path / "respaldo.zip").exists()  # closed without a passphrase
    dialog.close()


def test_routes_exist_for_the_network_screens():
    # The NETWORK entries are run by the tests above, not by `_run_routes`.
    network_names = {name for name, (who, _r) in ROUTES.items() if who == NETWORK}
    assert network_names == {
        "minga.ui.sync.dialogs.NewMemberDialog",
        "minga.ui.sync.dialogs.CompareDialog",
        "minga.ui.sync.passphrase.PassphraseDialog",
        "minga.ui.sync.dialogs.RemoveMemberDialog",
        "minga.ui.tools.backups.KeysPassphraseDialog",
    }
