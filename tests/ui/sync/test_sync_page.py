"""The Sincronizar page on real installations: bundles written, dropped, accepted, refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from minga.ui.sync.drives import Volume
from minga.ui.sync.export_panel import EXPORT_DESTINATION, USB_FOLDER
from minga.ui.sync.models import SummaryModel
from tests.conftest import snapshot
from tests.sync.conftest import Network, database_content
from tests.ui.sync.conftest import SIZE_HINTS


def _summary_rows(model: SummaryModel) -> dict[str, list[str]]:
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 5)]
        for r in range(model.rowCount())
    }


def _drop(widget, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = widget.rect().center()
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, drop)
    return drop


# --- export ---------------------------------------------------------------------------


def test_a_teacher_exports_to_a_folder_and_the_advisor_imports_it(
    qtbot, network: Network, page_for, tmp_path: Path
):
    ana, advisor = network.ana, network.advisor
    ana.add_practice("Feria de las fracciones", description="Con frutas de la huerta")
    page = page_for(ana)
    panel = page.export_panel
    assert panel.prepare_button.isEnabled()
    assert panel.prepare_button.text() == "&Prepare bundle for the advisor"
    assert not panel.who.isVisible()  # a teacher's bundle goes to the advisor
    out = tmp_path / "salida"
    panel.set_folder(out)
    assert not panel.full_check.isChecked()  # incremental unless asked
    # Complete, so the test does not lean on the incremental selection (see the report
    # on change_seq 0 in the sync core); the USB test below exports incrementally.
    panel.full_check.setChecked(True)

    with qtbot.waitSignal(page.synced):
        qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)

    [bundle] = out.glob("*.minga")
    assert bundle.name.startswith("minga-ana-maria-to-rosa-elena-")
    result = panel.last_result
    assert result.paths == [bundle]
    text = panel.result_label.text()
    assert panel.result_label.isVisible()
    assert str(bundle) in text
    assert "Rosa Elena Pérez Millar" in text
    assert "practices: 1" in text
    assert page.ctx.bridge.record[-1].text == f"Bundle ready: {bundle.name}"
    assert page.history.model.row(0).direction == "out"
    assert page.ctx.settings.get(EXPORT_DESTINATION) == f"folder:{out}"

    imported = advisor.import_(bundle)
    assert imported.kinds["practice"].new == 1
    assert "Feria de las fracciones" in advisor.titles()


def test_the_advisor_exports_for_the_microcentre_or_one_member(
    qtbot, network: Network, page_for, tmp_path: Path
):
    advisor, ana, pedro = network.advisor, network.ana, network.pedro
    advisor_practice = advisor.add_practice("Pauta de observación entre pares")
    page = page_for(advisor)
    panel = page.export_panel
    assert panel.who.isVisible()
    assert panel.all_radio.isChecked()
    members = [panel.member_combo.itemText(i) for i in range(panel.member_combo.count())]
    assert members == ["Ana María Huenchumilla", "Pedro Cayupán Soto"]
    panel.set_folder(tmp_path)
    panel.full_check.setChecked(True)

    qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    everyone = panel.last_result
    assert everyone.consolidated
    assert everyone.full
    assert sorted(name for _, name in everyone.recipients) == members
    assert everyone.paths[0].name.startswith("minga-rosa-elena-to-microcentre-")
    for teacher in (ana, pedro):
        teacher.import_(everyone.paths[0])
        assert "Pauta de observación entre pares" in teacher.titles()

    panel.one_radio.setChecked(True)
    panel.member_combo.setCurrentIndex(1)
    panel.full_check.setChecked(False)
    qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    just_pedro = panel.last_result
    assert [name for _, name in just_pedro.recipients] == ["Pedro Cayupán Soto"]
    assert "pedro-cayupan" in just_pedro.paths[0].name
    assert advisor_practice  # (the first bundle carried it; pedro already has it)
    assert page.history.model.total() >= 2


def test_export_to_a_usb_drive_goes_to_its_minga_folder_and_is_remembered(
    qtbot, network: Network, page_for, tmp_path: Path
):
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    page = page_for(network.ana)
    panel = page.export_panel
    panel.volume_source = lambda: [Volume(str(stick), "KINGSTON", 7 * 1024**3)]
    panel.refresh_drives()
    combo = panel.destination_combo
    assert combo.currentText().startswith("USB drive KINGSTON (")
    assert "GB free" in combo.currentText()

    qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)

    assert panel.last_result.full is False
    [bundle] = (stick / USB_FOLDER).glob("*.minga")
    assert "eject it" in panel.result_label.text()
    assert page.ctx.settings.get(EXPORT_DESTINATION) == f"drive:{stick}"
    # The next time, the same stick is chosen again, even with another drive plugged in.
    other = tmp_path / "media" / "AAA"
    panel.volume_source = lambda: [
        Volume(str(other), "AAA", 1024**3),
        Volume(str(stick), "KINGSTON", 7 * 1024**3),
    ]
    panel.refresh_drives()
    assert panel.destination() == ("drive", stick / USB_FOLDER)
    assert bundle.exists()


def test_export_can_split_the_bundle_for_e_mail(qtbot, network: Network, page_for, tmp_path):
    from minga.ui.sync.export_panel import EXPORT_SPLIT_MB

    page = page_for(network.ana)
    panel = page.export_panel
    panel.set_folder(tmp_path)
    panel.split_check.setChecked(True)
    panel.split_spin.setValue(1)
    assert page.ctx.settings.get(EXPORT_SPLIT_MB) == 1

    qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    # A bundle under the part size stays one file: nothing to put back together.
    [whole] = panel.last_result.paths
    assert whole.name.endswith(".minga")
    assert "part" not in panel.result_label.text()

    # With photos of the evidence, the same bundle goes in parts of at most 1 MB.
    photo = tmp_path / "huerto.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 10_000)  # about 2.5 MB
    practice = network.ana.add_practice("Huerto con fotos")
    network.ana.practices.attach(practice, photo)
    qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    parts = panel.last_result.paths
    assert [p.name[-4:] for p in parts] == [".001", ".002", ".003"]
    assert all(p.stat().st_size <= 1024 * 1024 for p in parts)
    assert "3 part(s)" in panel.result_label.text()
    assert "Send every part" in panel.result_label.text()
    network.advisor.import_(parts[0])  # the advisor opens the parts as one bundle
    assert "Huerto con fotos" in network.advisor.titles()


def test_a_teacher_who_has_not_joined_is_told_to_import_the_invitation(
    qtbot, network: Network, page_for, keyring_backend
):
    from tests.sync.conftest import Device

    lone = Device(network.folder / "sola", keyring_backend, "sola").init(
        "teacher", name="Teresa Sola", school="Escuela Aislada", rbd="7001-1"
    )
    page = page_for(lone)
    assert not page.export_panel.prepare_button.isEnabled()
    assert "import the invitation" in page.export_panel.intro.text()

    # The teacher confirms the advisor's fingerprint before joining (issue 15).
    page.import_panel.confirm_invitation = lambda invitation: True
    page.import_files([network.invitation])

    panel = page.import_panel
    assert panel.result_title.text() == "You joined the microcentre Microcentro Los Copihues"
    identity = page.identity.identity
    assert identity.advisor_name == "Rosa Elena Pérez Millar"
    assert lone.keys().public.fingerprint in panel.result_label.text()
    assert page.export_panel.prepare_button.isEnabled()
    lone.close()


# --- import ---------------------------------------------------------------------------


def test_import_by_file_shows_the_summary_per_kind(qtbot, network: Network, page_for, translations):
    translations("en")
    advisor, ana = network.advisor, network.ana
    advisor.add_practice("Juego de la tiendita")
    bundle = advisor.export(network.path("consolidado"), full=True)
    page = page_for(ana)

    with qtbot.waitSignal(page.data_changed):
        assert page.import_files([bundle])

    panel = page.import_panel
    assert panel.result_title.text().startswith(f"{bundle.name}: from Rosa Elena Pérez Millar")
    rows = _summary_rows(panel.summary)
    assert rows["Practices"][0] == "1"
    assert rows["Total"][0] == "1"
    assert next(iter(rows)) == "Practices"  # what changed comes first
    assert panel.summary_view.isVisible()
    assert panel.result_label.text().startswith("From Rosa Elena Pérez Millar: 1 new practice.")
    assert "Juego de la tiendita" in ana.titles()
    entry = page.history.model.row(0)
    assert (entry.direction, entry.peer_name) == ("in", "Rosa Elena Pérez Millar")

    # The same bundle again changes nothing, and says so.
    page.import_files([bundle])
    assert "imported before" in panel.result_label.text()


def test_import_by_drop_shows_the_summary(qtbot, network: Network, page_for, translations):
    translations("es")
    advisor, ana = network.advisor, network.ana
    advisor.add_practice("Cuentacuentos mapuche")
    bundle = advisor.export(network.path("consolidado"), full=True)
    page = page_for(ana)

    drop = _drop(page, [bundle])

    assert drop.isAccepted()
    rows = _summary_rows(page.import_panel.summary)
    assert rows["Prácticas"][0] == "1"
    text = page.import_panel.result_label.text()
    assert text.startswith("De Rosa Elena Pérez Millar: 1 práctica nueva.")
    assert "Cuentacuentos mapuche" in ana.titles()


def test_a_drop_of_something_that_is_not_a_file_is_ignored(qtbot, network: Network, page_for):
    page = page_for(network.ana)
    mime = QMimeData()
    mime.setText("hola")
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


def test_a_corrupt_file_shows_the_error_sentence_and_changes_nothing(
    qtbot, network: Network, page_for, tmp_path: Path, translations
):
    translations("en")
    ana = network.ana
    page = page_for(ana)
    good = network.advisor.export(network.path("consolidado"))
    damaged = tmp_path / "paquete-roto.minga"
    damaged.write_bytes(good.read_bytes()[:-300])
    garbage = tmp_path / "foto.minga"
    garbage.write_bytes(b"\xff\xd8\xff\xe0 not a bundle at all")
    before = database_content(ana.ws.dirs.database)
    files_before = snapshot(ana.root)
    history = page.history.model.total()

    page.import_files([damaged])

    message = page.ctx.bridge.record[-1]
    assert message.level == "error"
    assert message.text.startswith("paquete-roto.minga is damaged or incomplete")
    assert page.import_panel.result_label.text() == message.text
    assert not page.import_panel.summary_view.isVisible()

    page.import_files([garbage])
    assert page.ctx.bridge.record[-1].text == (
        "foto.minga is not a Minga bundle or invitation. Nothing was changed."
    )
    assert database_content(ana.ws.dirs.database) == before
    assert {k for k in snapshot(ana.root) if not k.startswith("minga.sqlite3")} == {
        k for k in files_before if not k.startswith("minga.sqlite3")
    }
    assert page.history.model.total() == history


def test_several_files_are_imported_one_after_the_other(
    qtbot, network: Network, page_for, tmp_path: Path
):
    advisor, ana = network.advisor, network.ana
    advisor.add_practice("Uno")
    first = advisor.export(network.path("uno"), full=True)
    advisor.add_practice("Dos")
    second = advisor.export(network.path("dos"), full=True)
    junk = tmp_path / "nada.minga"
    junk.write_bytes(b"nada")
    page = page_for(ana)

    page.import_files([first, junk, second])

    assert {"Uno", "Dos"} <= ana.titles()
    assert re.search(
        r"2 file(\(s\)|s) imported; 1 refused\.", page.import_panel.result_label.text()
    )
    assert [page.history.model.row(i).direction for i in range(2)] == ["in", "in"]


# --- new members ----------------------------------------------------------------------


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_a_new_member_is_accepted_after_comparing_both_fingerprints(
    qtbot, network: Network, page_for, newcomer
):
    advisor = network.advisor
    hello = newcomer.export(network.path("carla-hola"))
    page = page_for(advisor)

    page.import_files([hello])

    dialog = page.import_panel.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.theirs.text() == newcomer.keys().public.fingerprint
    assert dialog.own.text() == advisor.keys().public.fingerprint
    assert (
        "Carla Ñancupil Rojas"
        in dialog.windowTitle()
        + dialog.findChild(type(dialog.theirs).__mro__[1], "newMemberHeading").text()
    )
    assert dialog.refuse_button.isDefault()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    assert page.import_panel.dialog is None
    assert "Carla Ñancupil Rojas is now a member" in page.import_panel.result_label.text()
    row = advisor.rows("SELECT membership, signing_key FROM people WHERE name LIKE 'Carla%'")
    assert row == [("active", newcomer.keys().public.signing_key)]
    names = [page.members.model.row(i).name for i in range(page.members.model.rowCount())]
    assert "Carla Ñancupil Rojas" in names
    assert page.history.model.row(0).summary["accepted_member"] is True


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_refusing_a_new_member_changes_nothing(qtbot, network: Network, page_for, newcomer):
    advisor = network.advisor
    hello = newcomer.export(network.path("carla-hola"))
    page = page_for(advisor)
    before = database_content(advisor.ws.dirs.database)

    page.import_files([hello])
    dialog = page.import_panel.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert page.import_panel.dialog is None
    assert database_content(advisor.ws.dirs.database) == before
    assert page.import_panel.result_label.text() == (
        f"{hello.name} was not imported: Carla Ñancupil Rojas was not accepted. "
        "Nothing was changed."
    )
    assert not page.import_panel.is_running()
    assert page.export_panel.prepare_button.isEnabled()


# --- conflicts ------------------------------------------------------------------------


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_owner_compares_and_restores_a_conflict_copy(qtbot, network: Network, page_for):
    from minga.services.practices import PracticeInput
    from tests.ui.sync.conftest import second_device

    ana, advisor = network.ana, network.advisor
    practice_id = ana.add_practice("Huerto escolar", description="Plantamos habas")
    notebook = second_device(network, ana, "ana-notebook")
    advisor.import_(ana.export(network.path("ana"), full=True))
    ana.practices.update(practice_id, PracticeInput(title="Huerto escolar", description="En el PC"))
    notebook.practices.update(
        practice_id, PracticeInput(title="Huerto escolar", description="En el notebook")
    )
    advisor.import_(ana.export(network.path("ana-pc"), full=True))
    advisor.import_(notebook.export(network.path("ana-notebook"), full=True))
    consolidated = advisor.export(network.path("todos"), full=True)
    notebook.close()

    # The advisor sees the copy but cannot restore someone else's record.
    advisor_page = page_for(advisor)
    assert advisor_page.conflicts.count() == 1
    assert not advisor_page.conflicts.restore_button.isEnabled()
    assert "Only Ana María Huenchumilla can restore it" in (
        advisor_page.conflicts.restore_button.toolTip()
    )

    page = page_for(ana)
    assert page.conflicts.count() == 0
    page.import_files([consolidated])
    panel = page.conflicts
    assert panel.count() == 1
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Co&nflicts (1)"
    row = panel.current()
    assert (row.kind, row.title, row.is_mine) == ("practice", "Huerto escolar", True)
    assert panel.model.index(0, 2).data() == "You"
    lost = row.payload["description"]
    in_use = ana.rows("SELECT description FROM practices WHERE id = ?", practice_id)[0][0]
    assert {lost, in_use} == {"En el PC", "En el notebook"}

    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.differing[:1] == ["updated_at"] or "description" in dialog.differing
    row_of = {dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole): r
              for r in range(dialog.table.rowCount())}  # fmt: skip
    described = row_of["description"]
    assert dialog.table.item(described, 0).text() == "Description"
    assert dialog.table.item(described, 1).text() == lost
    assert dialog.table.item(described, 2).text() == in_use
    assert dialog.table.item(described, 1).font().bold()
    dialog.reject()

    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert ana.rows("SELECT description FROM practices WHERE id = ?", practice_id) == [(lost,)]
    # The replaced version is kept as a copy in turn: nothing is lost.
    assert panel.count() == 1
    assert panel.current().payload["description"] == in_use
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert panel.count() == 0
    assert not panel.empty.isHidden()


# --- members and identity -------------------------------------------------------------


def test_members_list_fingerprints_and_explains_acceptance(network: Network, page_for):
    advisor, ana = network.advisor, network.ana
    page = page_for(advisor)
    model = page.members.model
    rows = {model.row(i).name: model.row(i) for i in range(model.rowCount())}
    assert rows["Ana María Huenchumilla"].fingerprint == ana.keys().public.fingerprint
    assert rows["Rosa Elena Pérez Millar"].is_self
    names = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert "Rosa Elena Pérez Millar (you)" in names
    assert "Accept as member" in page.members.intro.text()


def test_identity_shows_the_fingerprint_and_where_the_keys_are(network: Network, page_for):
    ana = network.ana
    page = page_for(ana)
    panel = page.identity
    assert panel.fingerprint.text() == ana.keys().public.fingerprint
    assert panel.fingerprint.accessibleDescription().count(",") == 3
    assert panel.storage_label.text().startswith("in the system keyring (")
    assert panel.advisor_label.text().startswith("Rosa Elena Pérez Millar, fingerprint ")
    assert network.advisor.keys().public.fingerprint in panel.advisor_label.text()
    assert not panel.invite_button.isVisible()


def test_the_advisor_creates_an_invitation(qtbot, network: Network, page_for, tmp_path: Path):
    page = page_for(network.advisor)
    panel = page.identity
    page.tabs.setCurrentWidget(panel)
    assert panel.invite_button.isVisible()
    target = tmp_path / "invitacion.minga"

    panel.create_invitation(target)

    assert target.read_bytes().startswith(b"MINGA-INVITATION 1\n")
    assert str(target) in panel.message.text()
    assert network.advisor.keys().public.fingerprint in panel.message.text()
    entry = page.history.model.row(0)
    assert (entry.kind, entry.direction) == ("invitation", "out")
    assert page.history.model.index(0, 1).data() == "Invitation made"
