"""The first-run dialog, filled in the way a teacher or an advisor would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from minga.core.identity import is_initialized
from minga.services.setup import actor
from minga.ui.first_run import FirstRunDialog
from tests.ui.conftest import SIZE_HINTS_NOTICE, spanish_has, type_text

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


@pytest.fixture
def dialog(qtbot, workspace, tmp_path):
    dialog = FirstRunDialog(workspace.db, language="en", data_dir=workspace.root)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _initialized(workspace) -> bool:
    with workspace.db.session() as session:
        return is_initialized(session)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(qtbot, box) -> None:
    """Clicks a check box on its square (the centre of a wide box is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _fill_teacher(qtbot, dialog, *, name="Ana María Huenchumilla", rbd="4478-4") -> None:
    type_text(qtbot, dialog.name_edit, name)
    type_text(qtbot, dialog.school_edit, "Escuela Rural Los Boldos")
    type_text(qtbot, dialog.rbd_edit, rbd)
    type_text(qtbot, dialog.microcentre_edit, "Microcentro Los Copihues")


def test_a_valid_teacher_setup_initializes_the_data_folder(qtbot, dialog, workspace):
    _fill_teacher(qtbot, dialog)
    type_text(qtbot, dialog.email_edit, "ana.huenchumilla@example.cl")

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _click(qtbot, dialog.start_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.errors() == {}
    me = actor(workspace.db)
    assert me.name == "Ana María Huenchumilla"
    assert me.role == "teacher"
    assert me.school_id is not None
    assert dialog.actor == me


def test_empty_name_shows_the_message_under_the_name(qtbot, dialog, workspace):
    type_text(qtbot, dialog.school_edit, "Escuela Rural Los Boldos")
    type_text(qtbot, dialog.rbd_edit, "4478-4")

    _click(qtbot, dialog.start_button)

    assert dialog.isVisible()
    assert dialog.errors() == {"name": "This field is required."}
    assert dialog.boxes["name"].error.isVisible()
    assert dialog.name_edit.hasFocus()
    assert not _initialized(workspace)


def test_enter_in_a_field_starts(qtbot, dialog, workspace):
    type_text(qtbot, dialog.name_edit, "Ana")

    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    assert set(dialog.errors()) == {"school", "rbd"}
    assert dialog.school_edit.hasFocus()
    assert dialog.isVisible()


def test_typing_clears_the_message_of_that_field(qtbot, dialog):
    _click(qtbot, dialog.start_button)
    assert set(dialog.errors()) == {"name", "school", "rbd"}

    type_text(qtbot, dialog.name_edit, "Ana")

    assert set(dialog.errors()) == {"school", "rbd"}
    assert dialog.boxes["name"].error.text() == ""  # blank, its space kept: nothing jumps


def test_a_bad_rbd_shows_the_inline_message(qtbot, dialog, workspace):
    _fill_teacher(qtbot, dialog, rbd="44-78-4x")

    _click(qtbot, dialog.start_button)

    assert dialog.errors() == {
        "rbd": "'44-78-4x' is not an RBD. Write the number and its check digit, like 4478-4."
    }
    assert dialog.boxes["rbd"].error.isVisible()
    assert not dialog.rbd_confirm.isVisible()  # a wrong format cannot be confirmed
    assert dialog.rbd_edit.hasFocus()
    assert not _initialized(workspace)


def test_a_check_digit_mismatch_needs_the_confirmation_box(qtbot, dialog, workspace):
    _fill_teacher(qtbot, dialog, rbd="4478-5")

    _click(qtbot, dialog.start_button)

    assert "does not match (módulo 11 gives 4)" in dialog.errors()["rbd"]
    assert dialog.rbd_confirm.isVisible()
    assert not dialog.rbd_confirm.isChecked()
    assert not _initialized(workspace)

    _click(qtbot, dialog.start_button)  # again, without confirming
    assert not _initialized(workspace)
    assert "rbd" in dialog.errors()

    _tick(qtbot, dialog.rbd_confirm)
    assert dialog.rbd_confirm.isChecked()
    assert "rbd" in dialog.errors()  # the warning stays next to the box it explains
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _click(qtbot, dialog.start_button)

    assert _initialized(workspace)
    assert actor(workspace.db).school_id is not None


def test_changing_the_rbd_asks_for_a_new_confirmation(qtbot, dialog, workspace):
    _fill_teacher(qtbot, dialog, rbd="4478-5")
    _click(qtbot, dialog.start_button)
    _tick(qtbot, dialog.rbd_confirm)

    qtbot.keyClick(dialog.rbd_edit, Qt.Key.Key_Backspace)
    type_text(qtbot, dialog.rbd_edit, "6")

    assert not dialog.rbd_confirm.isVisible()
    assert not dialog.setup_input().accept_rbd_check_digit
    _click(qtbot, dialog.start_button)
    assert "rbd" in dialog.errors()
    assert dialog.rbd_confirm.isVisible()
    assert not _initialized(workspace)


def test_an_advisor_needs_no_school_or_rbd(qtbot, dialog, workspace):
    _click(qtbot, dialog.advisor_radio)

    assert not dialog.school_edit.isVisible()
    assert not dialog.rbd_edit.isVisible()
    type_text(qtbot, dialog.name_edit, "Rosa Catrileo Paillalef")
    type_text(qtbot, dialog.microcentre_edit, "Microcentro Andalién Sur")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _click(qtbot, dialog.start_button)

    me = actor(workspace.db)
    assert me.role == "advisor"
    assert me.school_id is None
    assert me.microcentre_id is not None


def test_a_bad_email_is_shown_under_the_email(qtbot, dialog, workspace):
    _fill_teacher(qtbot, dialog)
    type_text(qtbot, dialog.email_edit, "ana@escuela")

    _click(qtbot, dialog.start_button)

    assert dialog.errors() == {"email": "'ana@escuela' does not look like an e-mail address."}
    assert not _initialized(workspace)


def test_explore_with_demo_data_leaves_the_folder_untouched(qtbot, dialog, workspace):
    with qtbot.waitSignal(dialog.finished, timeout=2000) as blocker:
        _click(qtbot, dialog.demo_button)

    assert blocker.args == [FirstRunDialog.DEMO]
    assert dialog.result() == FirstRunDialog.DEMO
    assert not _initialized(workspace)


def test_the_dialog_shows_where_the_records_stay(dialog, workspace):
    assert str(workspace.root) in dialog.folder_note.text()


def test_choosing_a_language_is_announced_and_messages_follow(qtbot, workspace, translations):
    dialog = FirstRunDialog(workspace.db, language="es")
    qtbot.addWidget(dialog)
    dialog.language_changed.connect(translations)
    dialog.start()
    assert dialog.errors()["name"] == "Este campo es obligatorio."

    with qtbot.waitSignal(dialog.language_changed, timeout=1000) as blocker:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))

    assert blocker.args == ["en"]
    assert dialog.language() == "en"
    assert dialog.errors()["name"] == "This field is required."
    assert dialog.start_button.text() == "Start"
    assert dialog.demo_button.text() == "Explore with demo data"


@pytest.mark.skipif(
    not spanish_has("FirstRunDialog"), reason="the shell's strings are not in minga_es.ts yet"
)
def test_the_dialog_speaks_spanish(qtbot, workspace, translations):
    translations("es")
    dialog = FirstRunDialog(workspace.db, language="es")
    qtbot.addWidget(dialog)

    assert dialog.start_button.text() == "Comenzar"
    assert dialog.demo_button.text() == "Explorar con datos de demostración"
    assert dialog.teacher_radio.text() == "Docente"
    assert dialog.advisor_radio.text() == "Asesor/a"
    assert dialog.rbd_confirm.text() == "El RBD es correcto"
