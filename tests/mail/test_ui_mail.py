"""The "Correo" tab, the account dialog and the background scheduler, driven as a person
would (clicks, typing), against the same real loopback SMTP server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from minga.mail import outbox
from tests.mail.conftest import (
    ANA_ADDRESS,
    ROSA_ADDRESS,
    SMTP_PASSWORD,
    configure,
    passwords_for,
)
from tests.mail.servers import HOST
from tests.sync.conftest import Network

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ana_ctx(network: Network, qapp, tmp_path: Path):
    from minga.services.setup import actor
    from minga.ui.context import UiContext
    from minga.ui.messages import MessageBridge
    from minga.ui.settings import Settings
    from minga.ui.tasks import TaskRunner

    ws = network.ana.ws
    return UiContext.open(
        ws,
        actor(ws.db),
        settings=Settings(tmp_path / "ui" / "settings.ini"),
        runner=TaskRunner(synchronous=True),
        bridge=MessageBridge(),
    )


def _panel(ctx, network: Network, qtbot, **kw):
    from minga.ui.mail import MailPanel

    panel = MailPanel(ctx, passwords=passwords_for(network.ana), vault=network.ana.vault, **kw)
    qtbot.addWidget(panel)
    return panel


def test_the_panel_shows_the_outbox_and_sends_now(  # noqa: PLR0917
    network: Network, ana_ctx, smtp, certs, qtbot, qtmodeltester
) -> None:
    configure(network.ana, smtp, cafile=certs.ca_file)
    network.ana.add_practice("Huerto escolar")
    smtp.handler.drop_on_data = True  # the first try fails: the part waits
    panel = _panel(ana_ctx, network, qtbot)
    qtbot.mouseClick(panel.queue_button, Qt.MouseButton.LeftButton)

    assert panel.outbox_model.rowCount() == 1
    assert ROSA_ADDRESS in panel.outbox_model.index(0, 1).data()
    assert panel.outbox_model.index(0, 2).data() == "1"
    assert "cut" in panel.outbox_model.index(0, 4).data()
    assert "waiting: 1 part" in panel.summary.text()
    qtmodeltester.check(panel.outbox_model)

    smtp.handler.drop_on_data = False
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)

    assert len(smtp.messages) == 1
    assert panel.outbox_model.rowCount() == 0
    assert panel.sent_model.rowCount() == 1
    assert panel.summary.text() == "Nothing waits in the outbox."
    assert ana_ctx.bridge.record[-1].text == "1 part(s) sent."
    qtmodeltester.check(panel.sent_model)


def test_the_settings_dialog_offers_presets_tests_and_saves_the_password_to_the_keyring(
    network: Network, ana_ctx, smtp, certs, qtbot
) -> None:
    from minga.mail.settings import password_name
    from minga.ui.mail import MailSettingsDialog

    dialog = MailSettingsDialog(ana_ctx, passwords=passwords_for(network.ana))
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password

    dialog.preset.setCurrentIndex(dialog.preset.findData("gmail"))
    assert (dialog.smtp_host.text(), dialog.smtp_port.value()) == ("smtp.gmail.com", 465)
    assert dialog.smtp_security.currentData() == "ssl"
    assert (dialog.imap_host.text(), dialog.imap_port.value()) == ("imap.gmail.com", 993)
    assert "app password" in dialog.preset_note.text()
    dialog.preset.setCurrentIndex(dialog.preset.findData("outlook"))
    assert (dialog.smtp_host.text(), dialog.smtp_port.value()) == ("smtp.office365.com", 587)
    assert dialog.smtp_security.currentData() == "starttls"
    assert dialog.imap_host.text() == "outlook.office365.com"

    dialog.preset.setCurrentIndex(dialog.preset.findData("custom"))
    for field, text in (
        (dialog.smtp_host, HOST),
        (dialog.user, ANA_ADDRESS),
        (dialog.password, SMTP_PASSWORD),
        (dialog.advisor_address, ROSA_ADDRESS),
        (dialog.cafile, str(certs.ca_file)),
    ):
        field.clear()
        if text.isascii():
            qtbot.keyClicks(field, text)
        else:
            field.setText(text)
    dialog.imap_host.clear()
    dialog.smtp_port.setValue(smtp.port)
    dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("ssl"))

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Sending: it works."

    dialog.password.setText("otra-clave")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "rejected the user name or the password" in dialog.result_label.text()
    assert "otra-clave" not in dialog.result_label.text()

    dialog.password.setText(SMTP_PASSWORD)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = outbox.load_settings(network.ana.ws)
    assert (saved.smtp_host, saved.smtp_port, saved.user) == (HOST, smtp.port, ANA_ADDRESS)
    assert saved.sender == ANA_ADDRESS
    key = ("Minga", password_name(HOST, ANA_ADDRESS))
    assert network.ana.backend.secrets[key] == SMTP_PASSWORD
    assert SMTP_PASSWORD not in str(saved.as_json())


def test_the_dialog_says_what_is_wrong_instead_of_saving(network: Network, ana_ctx, qtbot) -> None:
    from minga.ui.mail import MailSettingsDialog

    dialog = MailSettingsDialog(ana_ctx, passwords=passwords_for(network.ana))
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("custom"))
    dialog.smtp_host.setText("smtp.escuela.cl")
    dialog.save()
    assert "e-mail address" in dialog.result_label.text()
    assert not outbox.load_settings(network.ana.ws).configured


def test_the_scheduler_sends_when_online_and_tells_the_status_bar(
    network: Network, ana_ctx, smtp_factory, certs, qtbot
) -> None:
    from minga.ui.mail import MailScheduler

    server = smtp_factory("ssl", user=ANA_ADDRESS, password=SMTP_PASSWORD)
    configure(network.ana, server, cafile=certs.ca_file)
    outbox.queue_bundle(network.ana.ws, "advisor", vault=network.ana.vault)
    server.stop()
    scheduler = MailScheduler(
        ana_ctx, passwords=passwords_for(network.ana), network_information=False
    )
    texts: list[str] = []
    scheduler.status_changed.connect(texts.append)

    scheduler.tick()  # offline: the probe finds no server, nothing is tried
    assert texts == ["1 part(s) waiting for a connection"]
    assert outbox.outbox_state(network.ana.ws).queued[0].attempts == 0

    back = smtp_factory("ssl", user=ANA_ADDRESS, password=SMTP_PASSWORD)
    from tests.mail.conftest import with_settings

    with_settings(network.ana, smtp_port=back.port)
    with qtbot.waitSignal(scheduler.activity, timeout=5000):
        scheduler.tick()
    assert texts[-1] == ""
    assert len(back.messages) == 1
    assert outbox.pending_count(network.ana.ws) == 0


@pytest.fixture
def queued_window(network: Network, ana_ctx, smtp_factory, certs, qtbot, monkeypatch):  # noqa: PLR0917
    """(window, server): Ana's main window, shown, with one part queued for her advisor
    on a configured SMTP server; the scheduler's first round comes without delay."""
    from minga.ui import main_window
    from minga.ui.main_window import MainWindow

    server = smtp_factory("ssl", user=ANA_ADDRESS, password=SMTP_PASSWORD)
    configure(network.ana, server, cafile=certs.ca_file)
    outbox.queue_bundle(network.ana.ws, "advisor", vault=network.ana.vault)
    monkeypatch.setattr(main_window, "MAIL_FIRST_TICK_MS", 0)
    window = MainWindow(ana_ctx)
    qtbot.addWidget(window)
    window.show()
    window.mail_passwords = passwords_for(network.ana)  # the test's keyring, not the OS one
    yield window, server
    window.close()


def test_the_main_window_shows_what_waits_and_stops_the_scheduler_on_close(
    network: Network, queued_window, qtbot
) -> None:
    window, server = queued_window
    server.stop()  # the office has no connection today
    assert window.mail_scheduler is None  # building a window starts nothing
    assert window.mail_status.isHidden()

    window.start_background_work()
    assert window.mail_scheduler is None  # it starts after a moment, not with the window
    qtbot.waitUntil(window.mail_status.isVisible, timeout=5000)
    assert window.mail_status.text() == "1 part(s) waiting for a connection"
    assert outbox.pending_count(network.ana.ws) == 1
    assert window.mail_scheduler.timer.isActive()

    window.close()
    assert not window.mail_scheduler.timer.isActive()


def test_the_main_window_says_what_the_scheduler_sent(
    network: Network, queued_window, qtbot
) -> None:
    window, server = queued_window
    window.start_background_work()
    said = "1 part(s) sent by e-mail."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=10000)
    assert len(server.messages) == 1
    assert window.mail_status.isHidden()
    assert outbox.pending_count(network.ana.ws) == 0
