"""E-mail setup without jargon: her address chooses the provider and fills in the
servers and the user name; the server settings stay folded unless the provider is
unknown (then they open, with the usual names of her domain filled in)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minga.mail.settings import guessed_servers, preset_for_address
from tests.mail.conftest import passwords_for
from tests.mail.test_ui_mail import ana_ctx  # noqa: F401 (fixture)
from tests.sync.conftest import Network

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_provider_follows_from_the_address():
    assert preset_for_address("Ana.Perez@GMAIL.com ") == "gmail"
    assert preset_for_address("rosa@hotmail.cl") == "outlook"
    assert preset_for_address("profe@escuelalosboldos.cl") is None
    assert guessed_servers("profe@escuelalosboldos.cl") == (
        "smtp.escuelalosboldos.cl",
        "imap.escuelalosboldos.cl",
    )
    assert guessed_servers("sin-arroba") == ("", "")


def _show(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)


def _type_address(qtbot, dialog, address: str) -> None:
    dialog.from_address.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(dialog.from_address.hasFocus, timeout=2000)
    dialog.from_address.clear()
    qtbot.keyClicks(dialog.from_address, address)
    qtbot.keyClick(dialog.from_address, Qt.Key.Key_Tab)  # on to the password: finished


def test_typing_the_address_sets_everything_up(network: Network, ana_ctx, qtbot):  # noqa: F811
    from minga.ui.mail import MailSettingsDialog

    dialog = MailSettingsDialog(ana_ctx, passwords=passwords_for(network.ana))
    _show(qtbot, dialog)
    _type_address(qtbot, dialog, "ana.huenchumilla@gmail.com")
    assert dialog.preset.currentData() == "gmail"
    assert (dialog.smtp_host.text(), dialog.imap_host.text()) == (
        "smtp.gmail.com",
        "imap.gmail.com",
    )
    assert dialog.user.text() == "ana.huenchumilla@gmail.com"
    assert not dialog.advanced.isVisible()  # no servers or ports to look at
    assert not dialog.smtp_port.isVisible()

    _type_address(qtbot, dialog, "ana@escuelalosboldos.cl")
    assert dialog.preset.currentData() == "custom"
    assert dialog.advanced.isVisible()  # an unknown provider: the servers are needed
    assert dialog.user.text() == "ana@escuelalosboldos.cl"  # it followed the address
    assert dialog.smtp_host.text() == "smtp.escuelalosboldos.cl"  # not Gmail's any more

    dialog.advanced_toggle.setChecked(False)
    assert not dialog.smtp_host.isVisible()
    dialog.advanced_toggle.setChecked(True)
    assert dialog.smtp_host.isVisible()
    dialog.close()


def test_a_custom_provider_gets_the_domains_server_names(
    network: Network,
    ana_ctx,  # noqa: F811
    qtbot,
):
    from minga.ui.mail import MailSettingsDialog

    dialog = MailSettingsDialog(ana_ctx, passwords=passwords_for(network.ana))
    _show(qtbot, dialog)
    dialog.smtp_host.clear()
    dialog.imap_host.clear()
    dialog.preset.setCurrentIndex(dialog.preset.findData("gmail"))
    dialog.smtp_host.clear()
    dialog.imap_host.clear()
    _type_address(qtbot, dialog, "ana@escuelalosboldos.cl")
    assert dialog.smtp_host.text() == "smtp.escuelalosboldos.cl"
    assert dialog.imap_host.text() == "imap.escuelalosboldos.cl"
