"""Shared GUI fixtures: compiled translations, contexts over isolated data folders, demo data.

pytest-qt gives one session QApplication, offscreen (tests/conftest.py sets the
platform). Each test gets its own data folder and its own settings file; background
tasks run synchronously; modal dialogs are off where a test asks for `dialogs_off`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from tests.conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"

#: The offscreen platform's notice when a top-level window or dialog is shown.
SIZE_HINTS_NOTICE = "This plugin does not support propagateSizeHints"


def _lrelease() -> str:
    return shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )


def build_translations() -> list[Path]:
    """Compiles every stale `resources/translations/*.ts` into its `.qm` (atomically).

    The documented build step is the same command by hand:
    ``pyside6-lrelease resources/translations/minga_es.ts resources/translations/minga_en.ts``.
    """
    built = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        handle, partial = tempfile.mkstemp(suffix=".qm", dir=TRANSLATIONS)
        os.close(handle)
        try:
            subprocess.run(
                [_lrelease(), "-silent", str(source), "-qm", partial],
                check=True,
                capture_output=True,
            )
            os.chmod(partial, 0o644)  # mkstemp makes it private; a build output is not
            os.replace(partial, target)
        finally:
            Path(partial).unlink(missing_ok=True)
        built.append(target)
    return built


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The app loads `.qm` files; the test command builds them from the `.ts` sources."""
    build_translations()


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Types `text` key by key, accents included (QTest's keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def dialogs_off() -> Iterator[None]:
    from minga.ui import messages

    previous = messages.dialogs_enabled()
    messages.set_dialogs_enabled(False)
    yield
    messages.set_dialogs_enabled(previous)


@pytest.fixture
def translations(qapp) -> Iterator[Callable[[str], object]]:
    """`translations("es")` installs a language for this test; English again afterwards."""
    from minga.ui.app import Translations

    installed = Translations(qapp)
    yield installed.apply
    installed.clear()


def catalog_has(language: str, context: str) -> bool:
    """Whether `minga_<language>.ts` holds strings of `context` yet."""
    source = TRANSLATIONS / f"minga_{language}.ts"
    return f"<name>{context}</name>" in source.read_text(encoding="utf-8")


def spanish_has(context: str) -> bool:
    """Whether the Spanish catalog holds strings of `context` (merged from the TSV)."""
    return catalog_has("es", context)


# --- contexts -------------------------------------------------------------------------


@pytest.fixture
def make_ctx(qapp, tmp_path: Path):
    """`make_ctx(workspace, settings_path=None)`: a UiContext with a synchronous runner."""
    from minga.services.setup import actor
    from minga.ui.context import UiContext
    from minga.ui.messages import MessageBridge
    from minga.ui.settings import Settings
    from minga.ui.tasks import TaskRunner

    def make(workspace, settings_path: Path | None = None) -> UiContext:
        settings = Settings(settings_path or tmp_path / "ui-settings" / "settings.ini")
        return UiContext.open(
            workspace,
            actor(workspace.db),
            settings=settings,
            runner=TaskRunner(synchronous=True),
            bridge=MessageBridge(),
        )

    return make


@pytest.fixture
def teacher_ctx(teacher, make_ctx):
    return make_ctx(teacher)


# --- demo data ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A small demo folder (a teacher's installation), made once per session."""
    from minga.core.workspace import Workspace
    from minga.services.demo import generate_demo, parse_scale
    from tests.support.clock import clock_at

    folder = tmp_path_factory.mktemp("demo-template") / "data"
    with Workspace(folder, clock=clock_at()) as ws:
        generate_demo(ws, scale=parse_scale("small"), seed=1)
    return folder


@pytest.fixture
def demo_workspace(demo_template: Path, tmp_path: Path) -> Iterator:
    """A private copy of the demo folder, open."""
    from minga.core.workspace import Workspace
    from tests.support.clock import clock_at

    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    ws = Workspace(folder, clock=clock_at())
    yield ws
    ws.close()


# --- a stand-in for the Prácticas page ------------------------------------------------


class FakePracticesPage(QWidget):
    """Records what the main window asks of the Prácticas page (its public API)."""

    # What it shows (`minga.ui.changes.Page`): an import of practices reloads it.
    shows = frozenset({"practice", "attachment", "person", "school"})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.calls: list[tuple[str, object]] = []
        self.unsaved = False
        self.save_result = True
        self.drafts: list = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Prácticas", self))

    def set_search_text(self, text: str) -> None:
        self.calls.append(("search", text))

    def new_practice(self) -> None:
        self.calls.append(("new", None))

    def open_practice(self, practice_id: str) -> None:
        self.calls.append(("open", practice_id))

    def offer_drafts(self) -> list:
        self.calls.append(("offer_drafts", None))
        return list(self.drafts)

    def open_draft(self, draft_id: int) -> None:
        self.calls.append(("open_draft", draft_id))

    def has_unsaved_changes(self) -> bool:
        return self.unsaved

    def save_current(self) -> bool:
        self.calls.append(("save", None))
        if self.save_result:
            self.unsaved = False
        return self.save_result

    def refresh(self) -> None:
        self.calls.append(("refresh", None))


@pytest.fixture
def fake_practices() -> dict[str, Callable]:
    """Page factories for MainWindow(ctx, factories=...) with the stand-in page."""
    return {"practices": FakePracticesPage}


@pytest.fixture
def text_size(qapp) -> Iterator[Callable[[float], None]]:
    """`text_size(scale)` applies a text size to the running application, as Preferencias
    does; back to 100 % (font, style) after the test."""
    from minga.ui.text_scale import base_point_size, set_text_scale

    font, style = qapp.font(), qapp.style().name()
    base = base_point_size(qapp, 1.0)

    def apply(scale: float) -> None:
        set_text_scale(qapp, base, scale)
        for _ in range(3):  # the font reaches every widget, then the rows are arranged
            QApplication.processEvents()

    yield apply
    set_text_scale(qapp, base, 1.0)
    qapp.setFont(font)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setProperty("minga_base_point_size", None)
