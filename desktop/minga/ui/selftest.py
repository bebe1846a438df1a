"""`minga selftest [--screenshots DIR] [--text-scale 100|150|200]`: open every screen of the
real window and check it.

Opens the main window on an initialized data folder (offscreen when there is no
display), visits every area of the sidebar, an existing practice's form and the
new-practice form, and saves a PNG of each (``01-inicio.png``, ``02-practicas.png``,
``03-practica-formulario.png``, ``04-practica-nueva.png``, then each later area and one
of its records: ``05-sesiones.png``, ``06-sesiones-detalle.png``, ...), then Ctrl+P on
the newest session (Imprimir on its guide) and the dialogs the window opens (the
advisor's templates, the school year, the students' figures, Herramientas' backups,
preferences, about and the keyboard shortcuts). A step
fails on an exception, on a Qt warning or critical message, on an error logged, on a
page that shows nothing, or on a layout a person cannot use: a visible button or field
outside the window (or the 1366x768 screen), or narrower than its own text
(`minga.ui.layout_check`), on every tab of the page or dialog. `--text-scale` runs it
with the text at that size (Preferencias' text size: 100, 125, 150 or 200 %). It
prints one line per step and returns 0 only if all passed
(1 if a step failed, 2 if the folder cannot be opened or is not set up).

It never waits on a dialog (those it pictures are shown and closed, the others are
switched off), keeps its window settings in a temporary file, and discards
any draft it caused, so the data folder is left as it was. The frozen app's smoke test
runs it too.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Final

from PySide6.QtCore import (
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QSize,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QTabWidget, QWidget

from minga.services.practices import PracticeQuery
from minga.ui.context import UiContext
from minga.ui.main_window import HOME, PRACTICES, PRINT, SESSIONS, MainWindow
from minga.ui.tasks import TaskRunner

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_UNAVAILABLE", "run_selftest"]

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_UNAVAILABLE: Final = 2

#: Qt messages that say nothing about Minga (the offscreen platform's own notice).
IGNORED_QT_MESSAGES: Final = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)

#: The Indicadores area (its students' figures dialog).
INDICATORS: Final = "indicators"

#: The size of a common rural school laptop's screen.
WINDOW_SIZE: Final = (1366, 768)

#: How long a step may take to settle (background tasks, timers), in milliseconds.
SETTLE_TIMEOUT_MS: Final = 10_000


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _print(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def run_selftest(
    data_dir: Path,
    screenshots: Path | None = None,
    *,
    lang: str | None = None,
    text_scale: int = 100,
) -> int:
    """Runs the self-test on `data_dir`; PNGs go to `screenshots` when given; the text at
    `text_scale` per cent."""
    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from minga.domain.errors import MingaError, NotInitializedError
    from minga.i18n import catalog
    from minga.paths import DataDir

    cat = catalog(lang)
    dirs = DataDir(Path(data_dir).expanduser())
    if not dirs.database.exists():
        sys.stderr.write(NotInitializedError().message(cat) + "\n")
        return EXIT_UNAVAILABLE
    from minga.core.workspace import Workspace
    from minga.services.setup import actor as current_actor

    try:
        workspace = Workspace(dirs.root)
    except MingaError as exc:
        sys.stderr.write(exc.message(cat) + "\n")
        return EXIT_UNAVAILABLE
    try:
        try:
            actor = current_actor(workspace.db)
        except MingaError as exc:
            sys.stderr.write(exc.message(cat) + "\n")
            return EXIT_UNAVAILABLE
        if screenshots is not None:
            screenshots = Path(screenshots).expanduser()
            screenshots.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="minga-selftest-") as scratch:
            return _run(workspace, actor, screenshots, lang, Path(scratch), text_scale=text_scale)
    finally:
        workspace.close()


@dataclass
class _Step:
    filename: str
    label: str
    action: Callable[[], object]
    check: Callable[[], str | None] | None = None
    # A dialog step: what `action` opened (checked and pictured instead of the page),
    # closed again after the step.
    dialog: Callable[[], QWidget | None] | None = None


class _Recorder:
    """Collects what would make a step fail: Qt messages, errors logged, exceptions."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._previous_hook = sys.excepthook
        self._handler = _ErrorLogHandler(self.problems)

    def install(self) -> None:
        self._previous_qt = qInstallMessageHandler(self._qt_message)
        sys.excepthook = self._excepthook
        logging.getLogger().addHandler(self._handler)

    def uninstall(self) -> None:
        qInstallMessageHandler(self._previous_qt)
        sys.excepthook = self._previous_hook
        logging.getLogger().removeHandler(self._handler)

    def _qt_message(self, mode, _context, message: str) -> None:
        if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(message.startswith(ignored) for ignored in IGNORED_QT_MESSAGES):
            return
        self.problems.append(f"Qt: {message}")

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()
        self.problems.append(text)

    def take(self) -> list[str]:
        found = list(self.problems)
        self.problems.clear()
        return found


class _ErrorLogHandler(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.ERROR)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        text = f"{record.name}: {record.getMessage()}"
        if record.exc_info:
            text += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
        self.sink.append(text)


def _run(
    workspace,
    actor,
    screenshots: Path | None,
    lang: str | None,
    scratch: Path,
    *,
    text_scale: int = 100,
) -> int:
    from minga.ui import messages
    from minga.ui.app import Translations, configure_application, create_application
    from minga.ui.settings import TEXT_SCALE, Settings

    app = create_application()
    recorder = _Recorder()
    recorder.install()
    dialogs_were = messages.dialogs_enabled()
    messages.set_dialogs_enabled(False)
    translations = Translations(app)
    try:
        translations.apply(lang or "es")
        settings = Settings(scratch / "settings.ini")
        settings.set(TEXT_SCALE, text_scale / 100)
        configure_application(app, settings)
        return SelfTest(workspace, actor, settings, screenshots, recorder).run()
    finally:
        # The hooks first: nothing after this may vanish into the recorder.
        recorder.uninstall()
        messages.set_dialogs_enabled(dialogs_were)
        translations.clear()


class SelfTest(QObject):
    """Visits the screens one by one and reports each."""

    def __init__(self, workspace, actor, settings, screenshots, recorder: _Recorder) -> None:
        super().__init__()
        self.runner = TaskRunner(self)
        self.ctx = UiContext.open(workspace, actor, settings=settings, runner=self.runner)
        self.screenshots: Path | None = screenshots
        self.recorder = recorder
        self.window: MainWindow | None = None
        self._dialog: QWidget | None = None

    def run(self) -> int:
        ctx = self.ctx
        drafts_before = {d.id for d in ctx.drafts.pending()}
        results: list[bool] = []
        try:
            window = self.window = MainWindow(ctx)
            window.resize(*WINDOW_SIZE)
            window.show()
            self.settle()
            startup_problems = self.recorder.take()
            if startup_problems:
                self.report(False, self.tr("Main window"), "", startup_problems)
                results.append(False)
            practices = PRACTICES in window.areas()
            first = ctx.practices.page(PracticeQuery(), 0, 1) if practices else []
            for step in self.steps(window, first[0].id if first else None):
                results.append(self.run_step(step))
            if practices and not first:
                _print(self.tr("note: no practice yet, so no practice form was opened"))
        except Exception:
            self.report(False, self.tr("Main window"), "", [traceback.format_exc().rstrip()])
            results.append(False)
        finally:
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.window = None
            self.settle()
            for draft in ctx.drafts.pending():
                if draft.id not in drafts_before:
                    ctx.drafts.discard(draft.id)
            late = self.recorder.take()
            if late:
                self.report(False, self.tr("Closing"), "", late)
                results.append(False)
        failed = results.count(False)
        _print(
            self.tr("Self-test: %n screen(s) checked", "", len(results))
            + ", "
            + self.tr("%n failed.", "", failed)
        )
        return EXIT_OK if failed == 0 and results else EXIT_FAILED

    def steps(self, window: MainWindow, first_practice: str | None) -> list[_Step]:
        steps = [_Step("01-inicio.png", window.area_title(HOME), lambda: window.show_area(HOME))]
        # A territory's hub has no practices of its own (its library is in Territorio).
        if PRACTICES in window.areas():
            steps.append(
                _Step(
                    "02-practicas.png",
                    window.area_title(PRACTICES),
                    lambda: window.show_area(PRACTICES),
                )
            )
            if first_practice is not None:
                steps.append(
                    _Step(
                        "03-practica-formulario.png",
                        self.tr("Practice form"),
                        lambda: window.open_practice(first_practice),
                        self.not_dirty,
                    )
                )
            steps.append(
                _Step("04-practica-nueva.png", self.tr("New practice form"), window.new_practice)
            )
        number = 5
        for area in window.areas():
            if area in (HOME, PRACTICES):
                continue
            shot = window.area_shot(area)
            title = window.area_title(area)
            steps.append(
                _Step(f"{number:02d}-{shot}.png", title, lambda area=area: window.show_area(area))
            )
            number += 1
            if hasattr(window.page(area), "open_first_record"):
                steps.append(
                    _Step(
                        f"{number:02d}-{shot}-detalle.png",
                        self.tr("{area}: detail").format(area=title),
                        lambda area=area: self.open_detail(window, area),
                        lambda area=area: self.not_dirty_page(window, area),
                    )
                )
                number += 1
        if SESSIONS in window.areas() and PRINT in window.areas():
            steps.append(
                _Step(
                    f"{number:02d}-imprimir-guia.png",
                    self.tr("Print the guide of a session"),
                    lambda: self.print_first_guide(window),
                    lambda: self.guide_chosen(window),
                )
            )
            number += 1
        for filename, label, dialog in self.dialog_steps(window):
            steps.append(
                _Step(f"{number:02d}-{filename}.png", label, dialog, dialog=self.open_dialog)
            )
            number += 1
        return steps

    # --- dialogs ---------------------------------------------------------------------

    def dialog_steps(self, window: MainWindow) -> list[tuple[str, str, Callable[[], object]]]:
        """The dialogs the window opens (shown without their own event loop, so the
        self-test goes on; closed after their picture)."""
        from minga.domain.vocab import Role
        from minga.ui.tools.about import AboutDialog
        from minga.ui.tools.backups import BackupsDialog
        from minga.ui.tools.preferences import PreferencesDialog
        from minga.ui.tools.shortcuts import ShortcutsDialog

        ctx = self.ctx
        found: list[tuple[str, str, Callable[[], object]]] = []
        if SESSIONS in window.areas():
            if ctx.actor.role == Role.ADVISOR:
                found.append(
                    (
                        "sesiones-plantillas",
                        self.tr("Sessions: templates"),
                        lambda: self.show_dialog(self.open_templates(window)),
                    )
                )
            found.append(
                (
                    "sesiones-ano-escolar",
                    self.tr("Sessions: school year"),
                    lambda: self.show_dialog(self.open_year_plan(window)),
                )
            )
        if INDICATORS in window.areas():
            from minga.ui.indicators.students import StudentFiguresDialog

            found.append(
                (
                    "indicadores-estudiantes",
                    self.tr("Indicators: students' figures"),
                    lambda: self.show_dialog(StudentFiguresDialog(ctx, window)),
                )
            )
        for filename, label, cls in (
            ("respaldos", self.tr("Tools: backups"), BackupsDialog),
            ("preferencias", self.tr("Tools: preferences"), PreferencesDialog),
            ("acerca-de", self.tr("Tools: about and diagnostics"), AboutDialog),
        ):
            found.append((filename, label, lambda cls=cls: self.show_dialog(cls(ctx, window))))
        found.append(
            (
                "atajos",
                self.tr("Tools: keyboard shortcuts"),
                lambda: self.show_dialog(
                    ShortcutsDialog([window.area_title(a) for a in window.areas()], window)
                ),
            )
        )
        return found

    def open_year_plan(self, window: MainWindow) -> QWidget:
        page = window.show_area(SESSIONS)
        page.open_year_plan()  # type: ignore[attr-defined]
        return page._year_dialog  # type: ignore[attr-defined]

    def open_templates(self, window: MainWindow) -> QWidget:
        page = window.show_area(SESSIONS)
        page.open_templates()  # type: ignore[attr-defined]
        return page._templates_dialog  # type: ignore[attr-defined]

    def show_dialog(self, dialog: QWidget) -> QWidget:
        self._dialog = dialog
        dialog.show()
        return dialog

    def open_dialog(self) -> QWidget | None:
        return self._dialog

    def close_dialog(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.close()
            if dialog.parent() is self.window and not hasattr(dialog, "open_draft"):
                dialog.deleteLater()

    # --- printing --------------------------------------------------------------------

    def print_first_guide(self, window: MainWindow) -> None:
        """Sesiones › the newest session › Ctrl+P: Imprimir on its guide."""
        page = window.show_area(SESSIONS)
        page.open_first_record()  # type: ignore[attr-defined]
        window.open_printing()

    def guide_chosen(self, window: MainWindow) -> str | None:
        if window.current_area() != PRINT:
            return self.tr("Ctrl+P did not open Print")
        page = window.page(PRINT)
        if page.current_document() != "session-guide":  # type: ignore[attr-defined]
            return self.tr("Print did not choose the session guide")
        return None

    def run_step(self, step: _Step) -> bool:
        window = self.window
        assert window is not None
        problems: list[str] = []
        try:
            step.action()
            self.settle()
            shown = step.dialog() if step.dialog is not None else window.stack.currentWidget()
            problems.extend(self.emptiness(shown))
            if step.check is not None:
                problem = step.check()
                if problem:
                    problems.append(problem)
            if shown is not None:
                problems.extend(self.layout_problems(shown.window()))
            image = (shown if step.dialog is not None and shown else window).grab().toImage()
            if self.screenshots is not None and not image.save(
                str(self.screenshots / step.filename), "PNG"
            ):
                problems.append(self.tr("could not save {file}").format(file=step.filename))
        except Exception:
            problems.append(traceback.format_exc().rstrip())
        finally:
            if step.dialog is not None:
                self.close_dialog()
        problems.extend(self.recorder.take())
        filename = step.filename if self.screenshots is not None else ""
        self.report(not problems, step.label, filename, problems)
        return not problems

    def layout_problems(self, top: QWidget) -> list[str]:
        """What a person could not reach or read on `top`, each tab of it visited."""
        from minga.ui.layout_check import offenders

        screen = QSize(*WINDOW_SIZE)
        seen: dict[int, str] = {}

        def collect() -> None:
            for offender in offenders(top, screen):
                seen.setdefault(id(offender.widget), offender.describe())

        collect()
        for tabs in [t for t in top.findChildren(QTabWidget) if t.isVisible()]:
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == current or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                self.settle(quick=True)
                collect()
            tabs.setCurrentIndex(current)
        if seen:
            self.settle(quick=True)
        return list(seen.values())

    def report(self, ok: bool, label: str, filename: str, problems: list[str]) -> None:
        status = self.tr("ok") if ok else self.tr("FAILED")
        line = f"{status:<7} {label}"
        if filename:
            line += f"  ({filename})"
        _print(line)
        for problem in problems:
            for text_line in problem.splitlines():
                _print(f"        {text_line}")

    def settle(self, *, quick: bool = False) -> None:
        """Runs the event loop until background tasks are delivered, then a moment more."""
        deadline = QDeadlineTimer(SETTLE_TIMEOUT_MS)
        loop = QEventLoop()
        while True:
            QTimer.singleShot(10 if quick else 20, loop.quit)
            loop.exec()
            if not self.runner.active_tasks() or deadline.hasExpired():
                break
        QTimer.singleShot(20 if quick else 60, loop.quit)
        loop.exec()

    def emptiness(self, page: QWidget | None) -> list[str]:
        """Why `page` looks empty, if it does."""
        if page is None or not page.isVisible():
            return [self.tr("the page is not shown")]
        if not any(w.isVisible() for w in page.findChildren(QWidget)):
            return [self.tr("the page has nothing on it")]
        image = page.grab().toImage()
        width, height = image.width(), image.height()
        colours = {
            image.pixel(x, y)
            for x in range(0, width, max(1, width // 40))
            for y in range(0, height, max(1, height // 30))
        }
        if len(colours) < 3:
            return [self.tr("the page is blank")]
        return []

    def open_detail(self, window: MainWindow, area: str) -> None:
        """Opens the first record of an area (or its empty form when there is none)."""
        page = window.show_area(area)
        page.open_first_record()  # type: ignore[attr-defined]

    def not_dirty_page(self, window: MainWindow, area: str) -> str | None:
        page = window.page(area)
        unsaved = getattr(page, "has_unsaved_changes", None)
        if unsaved is not None and unsaved():
            return self.tr("opening a record marked it as changed")
        return None

    def not_dirty(self) -> str | None:
        assert self.window is not None
        if self.window.practices_page().has_unsaved_changes():
            return self.tr("opening a practice marked it as changed")
        return None
