"""Fixtures for the Prácticas page: a teacher's data folder, a UI context, real dialogs.

Dialogs are real: the page shows its `QMessageBox`es and `DialogAnswers` clicks the
button a test asked for, as a person would. A dialog nobody expected is dismissed with
its escape button and fails the test (no test can hang on a hidden modal box).
The offscreen platform warns "This plugin does not support propagateSizeHints()" when a
top-level dialog shows; tests that answer dialogs carry the `qt_log_ignore` marker.
"""

from __future__ import annotations

import datetime as dt
import struct
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import insert

from minga.core.workspace import Workspace
from minga.services.practices import PracticeService
from minga.services.setup import actor
from minga.store import changes
from minga.store.models import Person, Practice
from minga.ui.context import UiContext
from minga.ui.practices import PracticesPage
from minga.ui.settings import AUTOSAVE_INTERVAL, Settings
from minga.ui.tasks import TaskRunner

PROPAGATE_SIZE_HINTS = "This plugin does not support propagateSizeHints"


def make_context(workspace: Workspace, settings_path: Path) -> UiContext:
    settings = Settings(settings_path)
    settings.set(AUTOSAVE_INTERVAL, 1)  # the smallest allowed: tests wait less
    return UiContext.open(
        workspace,
        actor(workspace.db),
        settings=settings,
        runner=TaskRunner(synchronous=True),
    )


@pytest.fixture
def ctx(qapp, teacher: Workspace, tmp_path: Path) -> UiContext:
    return make_context(teacher, tmp_path / "settings.ini")


@pytest.fixture
def page(qtbot, ctx: UiContext) -> Iterator[PracticesPage]:
    # The page sits in a plain window, as in the main window. The window has no layout:
    # the offscreen platform warns whenever a top-level window's size limits change.
    window = QWidget()
    window.resize(1366, 768)
    qtbot.addWidget(window)
    widget = PracticesPage(ctx, window)
    widget.setGeometry(0, 0, 1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield widget
    window.close()


class DialogAnswers(QObject):
    """Clicks, in order, the buttons a test planned for the message boxes that appear."""

    def __init__(self) -> None:
        super().__init__()
        self.planned: list[QMessageBox.StandardButton] = []
        self.seen: list[str] = []
        self.unexpected: list[str] = []
        QApplication.instance().installEventFilter(self)

    def answer(self, *buttons: QMessageBox.StandardButton) -> None:
        self.planned.extend(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            # Clicked from the dialog's own event loop, once exec() is running.
            QTimer.singleShot(0, lambda box=watched: self._click(box))
        return False

    def _click(self, box: QMessageBox) -> None:
        self.seen.append(box.text())
        if not self.planned:
            self.unexpected.append(box.text())
            (box.escapeButton() or box.button(QMessageBox.StandardButton.Cancel)).click()
            return
        button = box.button(self.planned.pop(0))
        assert button is not None, f"no such button in the dialog {box.text()!r}"
        button.click()

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self)


@pytest.fixture
def dialogs(qapp) -> Iterator[DialogAnswers]:
    answers = DialogAnswers()
    yield answers
    answers.close()
    assert not answers.unexpected, f"unexpected dialogs: {answers.unexpected}"
    assert not answers.planned, f"planned answers never used: {answers.planned}"


def type_text(widget: QWidget, text: str) -> None:
    """Types like a keyboard would, accents included (QTest.keyClicks is ASCII only)."""
    for char in text:
        code = ord(char.upper())
        key = Qt.Key(code) if code < 0x100 else Qt.Key.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def png_file(tmp_path: Path):
    def make(name: str = "evidencia.png", variant: int = 0) -> Path:
        path = tmp_path / "files" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        # A different trailing byte gives a different hash for each variant.
        path.write_bytes(tiny_png() + bytes([variant]) * (variant > 0))
        return path

    return make


def add_colleague(workspace: Workspace, name: str = "Rosa Catrileo Painemal") -> str:
    """Another teacher of the microcentre, as she arrives in a bundle."""
    person_id = str(uuid.uuid4())
    with workspace.db.session() as session:
        session.add(
            Person(
                id=person_id,
                owner=person_id,
                version="0000000000001-0000-colleague",
                updated_at=dt.datetime.now(dt.UTC),
                deleted=False,
                change_seq=changes.reserve(session, 1),
                name=name,
                role="teacher",
            )
        )
    return person_id


def bulk_practices(
    workspace: Workspace,
    owner: str,
    count: int,
    *,
    title: str = "Práctica {i:05d}",
    start: dt.datetime | None = None,
    **fields: object,
) -> list[str]:
    """Inserts `count` practices in one statement (the service would take minutes)."""
    start = start or dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC)
    rows = []
    for i in range(count):
        rows.append(
            {
                "id": str(uuid.uuid4()),
                "owner": owner,
                "version": f"{i:013d}-0000-bulk",
                "updated_at": start + dt.timedelta(minutes=i),
                "deleted": False,
                "title": title.format(i=i),
                "subjects": ["MA"] if i % 2 == 0 else ["LE"],
                "levels": ["1B", "2B"] if i % 3 == 0 else ["3B"],
                "oa_codes": [],
                "description": "",
                "multigrade_strategy": "",
                "materials": "",
                "status": "draft",
                "visibility": "network",
                "created_at": start,
                **fields,
            }
        )
    with workspace.db.session() as session:
        first = changes.reserve(session, len(rows))
        for offset, row in enumerate(rows):
            row["change_seq"] = first + offset
        session.execute(insert(Practice.__table__), rows)
    return [row["id"] for row in rows]


class CountingService(PracticeService):
    """The real service, counting the list queries the model makes (a spy, not a mock)."""

    def __init__(self, base: PracticeService) -> None:
        super().__init__(base.db, base.files)
        self.counts = 0
        self.pages: list[tuple[int, int]] = []

    def count(self, query):  # type: ignore[no-untyped-def]
        self.counts += 1
        return super().count(query)

    def page(self, query, offset=0, limit=200):  # type: ignore[no-untyped-def]
        self.pages.append((offset, limit))
        return super().page(query, offset, limit)
