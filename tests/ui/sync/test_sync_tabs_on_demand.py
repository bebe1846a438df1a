"""Sincronizar opens without making its Members and My identity tabs: each is made, and
read, when it is first shown (or asked for, as Inicio's invitation does), in its place
among the tabs and under its title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.sync.conftest import SIZE_HINTS


def _tab_index(tabs, title: str) -> int:
    return next(i for i in range(tabs.count()) if tabs.tabText(i) == title)


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_members_and_identity_are_made_when_first_shown(qtbot, network, page_for):
    page = page_for(network.advisor)
    tabs = page.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert page._members is None
    assert page._identity is None
    assert "&Members" in titles
    assert "My &identity" in titles
    assert page.findChild(QWidget, "membersPanel") is None
    assert page.findChild(QWidget, "identityPanel") is None

    members_at = _tab_index(tabs, "&Members")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(members_at).center())
    panel = page.members
    assert tabs.currentWidget() is panel
    assert tabs.currentIndex() == members_at
    assert panel.model.rowCount() > 0  # read when made
    assert [tabs.tabText(i) for i in range(tabs.count())] == titles

    identity_at = _tab_index(tabs, "My &identity")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(identity_at).center())
    assert tabs.currentWidget() is page.identity
    assert page.identity.fingerprint.text() != "—"
    assert [tabs.tabText(i) for i in range(tabs.count())] == titles


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_asking_for_a_tab_makes_it_without_showing_it(network, page_for):
    page = page_for(network.advisor)
    shown = page.tabs.currentWidget()
    identity = page.identity
    assert page.tabs.currentWidget() is shown
    assert page.tabs.indexOf(identity) == _tab_index(page.tabs, "My &identity")
    page.refresh()  # reads the tabs made, and the others when they are
    page.area_shown()
    assert page._members is None


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_room_and_e_mail_tabs_are_made_when_first_shown(qtbot, network, page_for):
    page = page_for(network.advisor)
    assert page._meeting is None
    assert page._mail is None
    bar = page.tabs.tabBar()
    room_at = page.tabs.indexOf(page.meeting_scroll)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(room_at).center())
    assert page.meeting_scroll.widget() is page._meeting
    assert page.meeting.open_button.isVisible()
    mail_at = page.tabs.indexOf(page.mail_scroll)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(mail_at).center())
    assert page.mail_scroll.widget() is page._mail
    assert page.mail.isVisible()


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_a_teachers_room_is_made_at_once_to_look_for_the_advisors(network, page_for):
    page = page_for(network.ana)
    assert page._meeting is not None  # it watches the network while the page is shown
    assert page.meeting_scroll.widget() is page._meeting


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_history_and_conflicts_are_read_off_the_windows_thread(
    qtbot, network, make_ctx, tmp_path, dialogs_off
):
    """With the window's real task runner the page is shown before its lists are read; a
    reading started later wins over an older one still on its way."""
    from minga.ui.sync import SyncPage
    from minga.ui.tasks import TaskRunner

    rosa = network.advisor
    ctx = make_ctx(rosa.ws, tmp_path / "settings.ini")
    ctx.runner = TaskRunner()
    window = QWidget()
    window.resize(1366, 768)
    qtbot.addWidget(window)
    page = SyncPage(ctx, window, vault=rosa.vault)
    page.export_panel.volume_source = list
    assert page.is_loading  # nothing read on the window's thread
    assert page.history.empty.isHidden()  # not "no bundle yet" before it was read
    window.show()
    qtbot.waitUntil(lambda: not page.is_loading, timeout=10_000)
    assert page.history.model.total() > 0  # the network's bundles
    assert page.history.model.rowCount() == page.history.model.total()
    assert page.conflicts.model.rowCount() == page.conflicts.count()

    page.conflicts.reload_in_background()
    page.conflicts.reload()  # an import finished meanwhile: read at once
    assert not page.conflicts.loading
    shown = page.conflicts.model.rowCount()
    assert ctx.runner.wait_for_done(10_000)
    qtbot.wait(50)  # the older reading arrives, and is dropped
    assert page.conflicts.model.rowCount() == shown
    assert not page.is_loading
