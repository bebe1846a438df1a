"""Herramientas › Mis datos: a teacher exports her data and, after ticking that she
understands, erases it; the counts of what will go are shown first."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from minga.services.practices import PracticeInput


def test_a_teacher_exports_then_erases_her_data(qtbot, teacher, teacher_ctx, tmp_path: Path):
    from minga.ui.tools import ToolsMenu
    from minga.ui.tools.my_data import MyDataDialog

    menu = ToolsMenu(teacher_ctx)
    assert menu.my_data_action.text() == "&My data…"
    teacher_ctx.practices.create(PracticeInput(title="Huerto escolar", description="Lombrices."))
    dialog = MyDataDialog(teacher_ctx)
    qtbot.addWidget(dialog)
    assert dialog.person.count() == 1
    assert dialog.person.currentText() == "Ana María Huenchumilla"
    assert not dialog.person.isEnabled()
    assert "practices: 1" in dialog.erase_text.text()

    out = tmp_path / "mis-datos.zip"
    dialog.ask_path = lambda _title, _suggested: out
    dialog.export_button.click()
    [record] = json.loads(zipfile.ZipFile(out).read("registros/practice.json"))
    assert record["title"] == "Huerto escolar"
    assert str(out) in teacher_ctx.bridge.record[-1].text

    erased = []
    dialog.erased = lambda: erased.append(True)
    assert not dialog.erase_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert erased == [True]
    assert "erased" in teacher_ctx.bridge.record[-1].text
    assert dialog.person.currentText() == "Persona eliminada"
    assert not dialog.erase_button.isEnabled()
    import sqlite3

    with sqlite3.connect(teacher.dirs.database) as conn:
        titles = [row[0] for row in conn.execute("SELECT title FROM practices")]
    assert titles == ["(contenido eliminado)"]

    privacy = tmp_path / "privacidad.pdf"
    dialog.ask_path = lambda _title, _suggested: privacy
    dialog.privacy_button.click()
    assert privacy.read_bytes().startswith(b"%PDF")
