"""A teacher writes down a practice of hers and attaches a photo of it: New practice in
the toolbar, the title, subject and levels, a description, Attach file… and the photo
chosen in the file dialog (Qt's own, answered by pasting its path as a person does),
Save. The database keeps the practice, and the photo is among its files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QPlainTextEdit

from tests.ui.conftest import SIZE_HINTS_NOTICE, type_text
from tests.ui.tasks.conftest import (
    DIALOG_NOTICES,
    answer_file_dialog,
    click,
    scroll_to,
    visible,
)

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE, *DIALOG_NOTICES)

TITLE = "Huerta escolar: medimos cuánto crecen las habas"


def _a_photo(folder) -> object:
    """A real JPEG, as a phone leaves it in a folder."""
    folder.mkdir(parents=True, exist_ok=True)
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#5a8f3c"))
    path = folder / "habas-semana-3.jpg"
    assert image.save(str(path), "JPG")
    return path


def test_the_teacher_adds_a_practice_with_a_photo(qtbot, teacher_workspace, open_window, tmp_path):
    photo = _a_photo(tmp_path / "fotos")
    window = open_window(teacher_workspace)
    click(qtbot, window, "New practice")
    qtbot.wait(20)

    title = visible(window, QLineEdit, "Title")
    assert title.hasFocus()
    type_text(qtbot, title, TITLE)
    science = visible(window, QAbstractButton, "Natural Sciences")
    scroll_to(science)
    qtbot.mouseClick(science, Qt.MouseButton.LeftButton)
    for level in ("3°", "4°"):
        chip = visible(window, QAbstractButton, level)
        scroll_to(chip)
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    description = visible(window, QPlainTextEdit, "Description")
    scroll_to(description)
    description.setFocus()
    type_text(qtbot, description, "Cada curso siembra una fila y mide las plantas los lunes.")

    attach = visible(window, QAbstractButton, "Attach file…")
    scroll_to(attach)
    answered = answer_file_dialog(qtbot, photo)
    qtbot.mouseClick(attach, Qt.MouseButton.LeftButton)
    assert answered == ["Attach evidence files"]
    files = visible(window, QListWidget, "Evidence files")
    assert [files.item(i).text() for i in range(files.count())] == [
        f"{photo.name} (attached when you save)"
    ]
    click(qtbot, window, "Save")
    qtbot.waitUntil(lambda: not window.page("practices").has_unsaved_changes(), timeout=3000)
    assert files.count() == 1
    assert files.item(0).text().startswith(f"{photo.name}  (")  # and its size

    practice_id = window.page("practices").form.practice_id
    assert practice_id is not None
    detail = window.ctx.practices.get(practice_id)
    assert detail.data.title == TITLE
    assert detail.data.subjects == ["CN"]
    assert sorted(detail.data.levels) == ["3B", "4B"]
    assert "mide las plantas" in detail.data.description
    assert detail.is_mine
    assert [a.filename for a in detail.attachments] == [photo.name]
    assert detail.attachments[0].path.read_bytes() == photo.read_bytes()
