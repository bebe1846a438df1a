"""The window's side of issue 15 (items 1 and 2), with real installations and keys:

- Integrantes › "Volver a incorporar" writes the invitation back for the selected member;
- the teacher's new installation (set up a moment ago in the first-run dialog) shows the
  advisor's fingerprint and asks before joining; declining changes nothing; confirming
  makes it the same person with new keys, which the advisor then accepts;
- Herramientas › Respaldos: "Include my keys" asks the passphrase twice, writes the
  backup with sealed keys and the recovery sheet; restoring it asks the passphrase.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.sync.conftest import ANA, Device, Network
from tests.ui.sync.conftest import SIZE_HINTS


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_invite_back_then_join_after_confirming_the_fingerprint(
    qtbot, network: Network, page_for, tmp_path: Path
) -> None:
    rosa, ana = network.advisor, network.ana
    page = page_for(rosa)
    panel = page.members
    page.tabs.setCurrentWidget(panel)
    assert panel.rejoin_button.isVisible()
    panel.select_person(rosa.person_id)
    assert not panel.rejoin_button.isEnabled()  # never oneself
    panel.select_person(ana.person_id)
    assert panel.rejoin_button.isEnabled()
    target = tmp_path / "volver-ana.minga"
    info = panel.invite_back(target)
    assert info is not None
    assert target.exists()
    assert str(target) in panel.message.text()
    assert rosa.keys().public.fingerprint in panel.message.text()

    # Ana's new computer, set up in the first-run dialog with her name.
    new = Device(tmp_path / "ana-nueva", ana.backend, "ana-nueva").init("teacher", **ANA)
    teacher_page = page_for(new)
    asked = []

    def decline(invitation) -> bool:
        asked.append(invitation.fingerprint)
        return False

    teacher_page.import_panel.confirm_invitation = decline
    setup_person = new.person_id
    teacher_page.import_files([target])
    assert asked == [rosa.keys().public.fingerprint]
    assert "not confirmed" in teacher_page.import_panel.result_label.text()
    assert new.person_id == setup_person != ana.person_id  # nothing joined
    assert new.rows("SELECT count(*) FROM bundle_log") == [(0,)]
    assert new.keys() is None

    teacher_page.import_panel.confirm_invitation = lambda invitation: True
    teacher_page.import_files([target])
    assert teacher_page.import_panel.result_title.text() == (
        "Welcome back to Microcentro Los Copihues"
    )
    assert new.person_id == ana.person_id
    new_fingerprint = new.keys().public.fingerprint
    assert new_fingerprint != ana.keys().public.fingerprint
    assert new_fingerprint in teacher_page.import_panel.result_label.text()
    # The advisor's window asks, with both fingerprints, before taking her new key.
    page.import_files([new.export(network.path("ana-nueva"))])
    dialog = page.import_panel.dialog
    assert dialog is not None
    assert dialog.theirs.text() == new_fingerprint
    assert dialog.own.text() == rosa.keys().public.fingerprint
    heading = dialog.findChild(QLabel, "newMemberHeading").text()
    assert heading == "Ana María Huenchumilla is back with a new computer and new keys"
    assert dialog.refuse_button.isDefault()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert page.import_panel.dialog is None
    with rosa.ws.db.session() as session:
        from minga.store.models import Person

        assert session.get(Person, ana.person_id).signing_key == new.keys().public.signing_key
    new.close()


@pytest.mark.usefixtures("dialogs_off")
def test_a_backup_with_keys_from_respaldos_and_its_restore(
    teacher, teacher_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minga.services.practices import PracticeInput
    from minga.sync.membership import identity
    from minga.ui.tools import restore_and_reopen
    from minga.ui.tools.backups import BackupsDialog, KeysPassphraseDialog

    # No keyring in the test session: the keys live in keys.json (a passphrase of its own).
    monkeypatch.setenv("MINGA_KEY_PASSPHRASE", "llavero de prueba")
    fingerprint = identity(teacher).fingerprint
    kept = teacher_ctx.practices.create(PracticeInput(title="Huerto escolar"))

    chooser = KeysPassphraseDialog(new=True)
    chooser.first.setText("corto")
    assert "at least 8" in chooser.problem_text()
    chooser.first.setText("copihue rojo 2026")
    chooser.second.setText("copihue rojo 2025")
    assert "differ" in chooser.problem_text()
    chooser.second.setText("copihue rojo 2026")
    assert chooser.problem_text() == ""
    chooser.deleteLater()

    dialog = BackupsDialog(teacher_ctx)
    assert not dialog.sheet_button.isVisible()
    target = tmp_path / "usb" / "respaldo.zip"
    dialog.ask_save_path = lambda default: target
    dialog.ask_keys_passphrase = lambda new: "copihue rojo 2026"
    dialog.keys_check.setChecked(True)
    assert dialog.back_up_now() == target
    assert dialog.last_sheet is not None
    assert dialog.last_sheet.exists()
    assert dialog.last_sheet.parent == target.parent
    assert fingerprint in teacher_ctx.bridge.record[-1].text

    teacher_ctx.practices.delete(kept.id)
    dialog.confirm = lambda question: True
    dialog.ask_open_path = lambda: target
    requested: list[Path] = []
    dialog.restore_requested.connect(requested.append)
    dialog.restore_from_file()
    assert requested == [target]
    assert dialog.restore_passphrase == "copihue rojo 2026"
    assert restore_and_reopen(None, teacher_ctx, target, dialog.restore_passphrase)
    assert teacher_ctx.practices.get(kept.id).data.title == "Huerto escolar"
    assert "keys" in teacher_ctx.bridge.record[-1].text
    dialog.deleteLater()


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_first_run_dialog_comes_back_with_an_invitation(
    qtbot, network: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minga.core.workspace import Workspace
    from minga.sync.membership import write_invitation
    from minga.ui.first_run import FirstRunDialog

    rosa, ana = network.advisor, network.ana
    invitation = tmp_path / "volver.minga"
    write_invitation(rosa.ws, invitation, rosa.vault, rejoin=ana.person_id)
    # A brand-new installation, before anyone set it up (no keyring in tests: key file).
    monkeypatch.setenv("MINGA_KEY_PASSPHRASE", "llavero de prueba")
    root = tmp_path / "computador-nuevo"
    workspace = Workspace(root)
    dialog = FirstRunDialog(workspace.db, language="en", data_dir=root)
    qtbot.addWidget(dialog)
    assert dialog.rejoin_button.text() == "I am coming back with a new computer…"

    # Not an invitation back: a sentence, nothing set up.
    assert not dialog.come_back(network.invitation)
    assert "not an invitation to come back" in dialog.general_error.text()
    # The fingerprint not confirmed: nothing set up either.
    dialog.confirm_invitation = lambda inv: False
    assert not dialog.come_back(invitation)
    assert dialog.actor is None

    shown = []

    def confirm(inv) -> bool:
        shown.append(inv.fingerprint)
        return True

    dialog.confirm_invitation = confirm
    assert dialog.come_back(invitation)
    assert shown == [rosa.keys().public.fingerprint]
    assert dialog.actor is not None
    assert dialog.actor.person_id == ana.person_id
    workspace.close()
    new = Device(root, ana.backend, "ana-nueva")
    try:
        assert new.keys() is not None  # in the key file, sealed with the passphrase
        result = rosa.import_(new.export(network.path("ana-nueva")), accept_new_members=True)
        assert result.accepted_member
    finally:
        new.close()
