"""Evidence photos show as small pictures in the practice's list of files; other files
keep the file icon (and a "photo" that does not read as an image gets none)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from minga.services.practices import PracticeInput
from minga.ui.context import UiContext
from minga.ui.practices import PracticesPage
from minga.ui.practices.form import thumbnail


def _photo(folder: Path, name: str, color: str) -> Path:
    image = QImage(1200, 900, QImage.Format.Format_RGB32)  # a camera-sized picture
    image.fill(QColor(color))
    path = folder / name
    assert image.save(str(path))
    return path


def test_photos_are_thumbnails_and_other_files_are_not(
    qtbot, page: PracticesPage, ctx: UiContext, tmp_path: Path
) -> None:
    detail = ctx.practices.create(PracticeInput(title="Huerto escolar", levels=["3B"]))
    page.refresh()
    page.open_practice(detail.id)
    form = page.form
    photo = _photo(tmp_path, "huerta.jpg", "#2e7d32")
    sheet = tmp_path / "ficha.txt"
    sheet.write_text("Ficha de trabajo", encoding="utf-8")
    fake = tmp_path / "no-es-foto.png"
    fake.write_bytes(b"not an image at all")
    form.add_attachments([photo, sheet])

    items = [form.attachment_list.item(r) for r in range(form.attachment_list.count())]
    assert len(items) == 2
    side = form.attachment_list.iconSize().width()
    assert side >= 32
    picture = items[0].icon().pixmap(side, side).toImage()
    middle = QColor(picture.pixel(picture.width() // 2, picture.height() // 2))
    green = QColor("#2e7d32")  # (a JPEG is lossy: near enough)
    assert abs(middle.red() - green.red()) <= 8
    assert abs(middle.green() - green.green()) <= 8
    assert abs(middle.blue() - green.blue()) <= 8
    assert picture.width() <= side
    assert picture.height() <= side
    file_icon = items[1].icon().pixmap(side, side).toImage()
    assert file_icon != picture
    assert thumbnail(fake, fake.name, side) is None
    assert thumbnail(sheet, sheet.name, side) is None
