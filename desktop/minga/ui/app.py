"""`minga` without a command: the application on one data folder.

`run_gui` does, in order: logging to ``<data>/logs/minga.log``; the QApplication (names,
high-DPI policy, style, a readable font, the text scale setting); the crash path;
one instance per data folder (a second start brings the first window forward and exits
0); translations (Minga's `.qm`, built from `resources/translations/*.ts`, plus Qt's own
for standard buttons); the first-run dialog on an empty folder, or the demo folder
filled in the background; then the main window, and the offer to resume drafts.

The `.qm` files are built with ``pyside6-lrelease resources/translations/*.ts`` (the
UI test suite builds them too); without them Minga runs in English.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QStyleFactory, QWidget

import minga
from minga import resources
from minga.domain.errors import MingaError, NotInitializedError
from minga.i18n import normalize_language, set_language
from minga.paths import DataDir, demo_data_dir
from minga.ui import crash, messages
from minga.ui.settings import LANGUAGE, TEXT_SCALE, Settings
from minga.ui.text_scale import base_point_size, set_text_scale

if TYPE_CHECKING:  # the data layer loads off the start's critical path (OpeningWorkspace)
    from minga.core.identity import Actor
    from minga.services.drafts import DraftInfo

__all__ = [
    "Translations",
    "choose_language",
    "configure_application",
    "create_application",
    "run_gui",
    "setup_logging",
    "stop_logging",
]

log = logging.getLogger(__name__)

#: Smallest default font size (points): Windows' 9 pt is small on an old laptop screen.
MIN_POINT_SIZE = 10.0
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


# --- logging ---------------------------------------------------------------------------

_log_handler: logging.Handler | None = None
_previous_level: int | None = None


def setup_logging(logs_dir: Path) -> Path | None:
    """Sends Minga's (and Qt's) log to a rotating ``minga.log``; returns its path.

    Where the folder cannot be written, warnings go to stderr instead (and None is
    returned). Calling it again moves the log to the new folder.
    """
    global _log_handler, _previous_level  # noqa: PLW0603 (logging is process-wide)
    stop_logging()
    root = logging.getLogger()
    path: Path | None = logs_dir / "minga.log"
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        path = None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S")
    )
    root.addHandler(handler)
    _previous_level = root.level
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _log_handler = handler
    return path


def stop_logging() -> None:
    """Removes the handler `setup_logging` added (and puts the root level back)."""
    global _log_handler, _previous_level  # noqa: PLW0603
    if _log_handler is None:
        return
    root = logging.getLogger()
    root.removeHandler(_log_handler)
    _log_handler.close()
    _log_handler = None
    if _previous_level is not None:
        root.setLevel(_previous_level)
        _previous_level = None


# --- the application -------------------------------------------------------------------


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Minga's names and high-DPI policy (reused if one exists)."""
    app = QApplication.instance()
    if app is None:
        # Fractional scale factors (125 %, 150 %) as the system asks, not rounded.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(minga.APP_NAME)
    app.setApplicationVersion(minga.__version__)
    app.setOrganizationName(minga.APP_NAME)
    app.setOrganizationDomain("minga.cl")
    app.setDesktopFileName(minga.APP_ID)
    return app


def configure_application(app: QApplication, settings: Settings | None = None) -> None:
    """Style and font: Fusion (native on Windows and macOS), readable, scaled by settings."""
    styles = [name.lower() for name in QStyleFactory.keys()]  # noqa: SIM118 (a Qt list)
    if sys.platform not in ("win32", "darwin") and "fusion" in styles:
        app.setStyle("Fusion")
    base = base_point_size(app, MIN_POINT_SIZE)
    scale = settings.get(TEXT_SCALE) if settings is not None else 1.0
    set_text_scale(app, base, scale)
    from minga.ui.focus_ring import install_focus_ring
    from minga.ui.icons import app_icon
    from minga.ui.wheel import install_wheel_guard

    app.setWindowIcon(app_icon())
    install_wheel_guard(app)  # the wheel scrolls forms instead of changing their values
    install_focus_ring(app)  # a person using the keyboard sees where she is


# --- translations ----------------------------------------------------------------------


def choose_language(requested: str | None, settings: Settings | None) -> str:
    """--lang, else the language saved in settings, else MINGA_LANG, else Spanish."""
    if requested:
        return normalize_language(requested)
    if settings is not None and settings.is_set(LANGUAGE):
        return settings.get(LANGUAGE)
    return normalize_language(os.environ.get("MINGA_LANG"))


def _qt_translations() -> list[str]:
    """Where Qt's own .qm files may be: Qt's configured folder, else PySide6's (a frozen
    app ships them there too, see build_spec.py)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    import PySide6

    folders.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    return [folder for folder in folders if folder]


class Translations:
    """Installs Minga's and Qt's translators for one language, and switches them."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language: str | None = None
        self._installed: list[QTranslator] = []
        self._original_locale = QLocale()

    def apply(self, language: str) -> None:
        """Loads `language` (es or en); widgets get a LanguageChange event."""
        language = normalize_language(language)
        self.clear()
        # Qt's own dialogs (file dialogs, message box buttons) in the same language.
        qt_translator = QTranslator(self.app)
        if any(qt_translator.load(f"qtbase_{language}", folder) for folder in _qt_translations()):
            self._install(qt_translator)
        elif language != "en":
            log.warning("Qt's own translations (qtbase_%s.qm) were not found", language)
        # Minga's wording over Qt's where they differ ("archivo", not "fichero").
        overrides = QTranslator(self.app)
        if overrides.load(str(resources.path("translations", f"qt_overrides_{language}.qm"))):
            self._install(overrides)
        ours = resources.path("translations", f"minga_{language}.qm")
        minga_translator = QTranslator(self.app)
        if minga_translator.load(str(ours)):
            self._install(minga_translator)
            source = ours.with_suffix(".ts")
            if source.exists() and source.stat().st_mtime > ours.stat().st_mtime:
                log.warning("%s is older than its .ts: rebuild it with pyside6-lrelease", ours)
        elif language != "en":
            log.warning("no translations at %s: build them with pyside6-lrelease", ours)
        if language == "es":
            QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Chile))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        # The services' messages (minga.i18n) follow the same language.
        set_language(language)
        self.language = language

    def clear(self) -> None:
        """Removes the translators installed here (English again, as the sources)."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(self._original_locale)
        if self.language is not None:
            set_language(None)  # back to MINGA_LANG or the default
        self.language = None

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)


# --- start-up steps --------------------------------------------------------------------


def _open_actor(db) -> Actor | None:
    from minga.services.setup import actor

    try:
        return actor(db)
    except NotInitializedError:
        return None


class Startup(QObject):
    """The steps before the main window, each one a plain method (and easy to follow)."""

    def __init__(self, app: QApplication, data_dir: Path, translations: Translations) -> None:
        super().__init__(app)
        self.app = app
        self.data_dir = data_dir
        self.translations = translations

    def cannot_start(self, exc: MingaError) -> None:
        """The data folder cannot be opened: say why (a dialog, or the log)."""
        messages.error_dialog(None, self.tr("Minga cannot start"), exc.message())

    def first_run(self, workspace, settings: Settings) -> tuple[object, Actor] | None:
        """Shows the first-run dialog; returns (workspace, actor) or None if closed."""
        from minga.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(
            workspace.db, language=self.translations.language or "es", data_dir=self.data_dir
        )
        dialog.language_changed.connect(self.translations.apply)
        while True:
            result = dialog.exec()
            language = dialog.language()
            if result != FirstRunDialog.DEMO:
                break
            settings.set(LANGUAGE, language)
            settings.sync()
            opened = self.open_demo(language, dialog.role())
            if opened is not None:
                workspace.close()
                return opened
            # Cancelled or refused (and said why): back to the form.
        if result != FirstRunDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        settings.set(LANGUAGE, language)
        settings.sync()
        return workspace, dialog.actor

    def open_demo(self, language: str, role: str) -> tuple[object, Actor] | None:
        """Fills (or reopens) the demo folder next to the data folder, with progress."""
        from minga.ui.tasks import Progress, TaskRunner

        demo_dir = demo_data_dir(self.data_dir)
        runner = TaskRunner(self.app)
        progress = Progress()
        dialog = QProgressDialog(
            self.tr("Preparing the demo microcentre…"), self.tr("Cancel"), 0, 0
        )
        dialog.setObjectName("demoProgress")
        dialog.setWindowTitle(self.tr("Demo data"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(progress.cancel)

        def on_progress(done: int, total: int, _text: str) -> None:
            if total > 0:
                dialog.setMaximum(int(total))
                dialog.setValue(int(min(done, total)))

        progress.changed.connect(on_progress)
        loop = QEventLoop()
        outcome: dict[str, object] = {}

        def finished(value: object) -> None:
            outcome["value"] = value
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        runner.run(
            lambda p: _prepare_demo(demo_dir, role, p),
            on_done=finished,
            on_error=failed,
            progress=progress,
        )
        dialog.show()
        if "value" not in outcome and "error" not in outcome:
            loop.exec()
        dialog.close()
        dialog.deleteLater()
        error = outcome.get("error")
        if error is not None:
            from minga.ui.tasks import TaskCancelled

            if isinstance(error, TaskCancelled):
                log.info("demo data cancelled")
                return None
            if isinstance(error, MingaError):
                messages.error_dialog(None, self.tr("Demo data"), error.message())
                return None
            raise error  # a bug: the crash handler takes it
        from minga.core.workspace import Workspace

        workspace = Workspace(demo_dir)
        demo_settings = Settings(workspace.dirs.settings)
        demo_settings.set(LANGUAGE, language)
        demo_settings.sync()
        actor = _open_actor(workspace.db)
        if actor is None:  # pragma: no cover - the demo always sets up its person
            workspace.close()
            return None
        return workspace, actor


def _prepare_demo(demo_dir: Path, role: str, progress) -> str:
    """Worker thread: fills `demo_dir` unless it already holds a demo; returns its path."""
    from minga.core.workspace import Workspace
    from minga.services.demo import generate_demo, parse_scale

    with Workspace(demo_dir) as workspace:
        if workspace.dirs.is_demo and _open_actor(workspace.db) is not None:
            return str(demo_dir)

        def report(done: int, total: int) -> None:
            progress.report(done, total)
            progress.check()

        generate_demo(workspace, scale=parse_scale("small"), seed=1, as_role=role, progress=report)
    return str(demo_dir)


# --- drafts ----------------------------------------------------------------------------


class DraftsPrompt(QMessageBox):
    """At start: "Minga kept what you were writing; resume it?"."""

    def __init__(self, drafts: list[DraftInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPrompt")
        self.drafts = drafts
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Unfinished work"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Minga kept %n unfinished form(s) from last time.", "", len(drafts)))
        untitled = self.tr("(untitled)")
        titles = [f"• {d.title or untitled}" for d in drafts[:8]]
        if len(drafts) > len(titles):
            titles.append("…")
        details = "\n".join(titles)
        if len(drafts) > 1:
            details += "\n\n" + self.tr('The others stay under "Drafts to finish" in Home.')
        self.setInformativeText(details)
        self.resume_button = self.addButton(
            self.tr('Resume "{title}"').format(title=drafts[0].title or untitled),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.later_button = self.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.resume_button)

    def chosen_draft(self) -> DraftInfo | None:
        """The draft to open, after `exec()`; None for "Later"."""
        return self.drafts[0] if self.clickedButton() is self.resume_button else None


def offer_drafts(window, *, ask: Callable[[DraftsPrompt], object] | None = None) -> None:
    """Asks the Prácticas page which drafts to offer and lets the person resume one."""
    if not window.ctx.drafts.pending():  # cheap: no page to build when nothing is pending
        return
    drafts = window.practices_page().offer_drafts()
    if not drafts:
        return
    prompt = DraftsPrompt(list(drafts), window)
    (ask or DraftsPrompt.exec)(prompt)
    chosen = prompt.chosen_draft()
    prompt.deleteLater()
    if chosen is not None:
        window.open_draft(chosen.id)


# --- run_gui ---------------------------------------------------------------------------


def run_gui(
    data_dir: Path,
    *,
    lang: str | None = None,
    no_dialogs: bool = False,
    data_dir_given: bool = False,
    db_url: str | None = None,
) -> int:
    """Opens Minga on `data_dir` (its database on the server `db_url` when given);
    returns the exit status (0, or 2 if it cannot open)."""
    data_dir = Path(data_dir).expanduser()
    dirs = DataDir(data_dir)
    setup_logging(dirs.logs)
    log.info(
        "Minga %s starting on %s (%s)",
        minga.__version__,
        data_dir,
        "given" if data_dir_given else "default folder",
    )
    app = create_application()
    crash.install_qt_message_handler()
    crash.install_crash_handler(data_dir, dialogs=not no_dialogs)
    messages.set_dialogs_enabled(not no_dialogs)

    from minga.ui.single_instance import SingleInstance

    instance = SingleInstance(data_dir, app)
    if not instance.try_become_primary():
        log.info("another Minga runs on %s: brought it to the front", data_dir)
        return 0

    settings = Settings(dirs.settings)
    translations = Translations(app)
    translations.apply(choose_language(lang, settings))
    configure_application(app, settings)
    # Without a system keyring, the key file's passphrase is asked in a dialog.
    from minga.ui.sync.passphrase import install_passphrase_prompt

    install_passphrase_prompt(app)
    startup = Startup(app, data_dir, translations)

    from minga.ui.main_window import MainWindow
    from minga.ui.messages import MessageBridge
    from minga.ui.tasks import TaskRunner

    runner = TaskRunner(app)
    bridge = MessageBridge(app)
    extra_instances: list[SingleInstance] = []
    probe = StartupProbe() if os.environ.get("MINGA_STARTUP_PROBE") else None
    # The usual start: the folder is set up and its schema is current, so the window shows
    # at once and the workspace opens on a worker thread (see `MainWindow.opening`).
    # (Loading the data layer on a thread from the very start was measured: it slows
    # the window more than it brings the data forward — one interpreter lock.)
    from minga.store.preview import read_shell_info

    # (A server's database has no file to glance at: it opens before the window.)
    preview = read_shell_info(dirs.database) if db_url is None else None
    if preview is not None:
        window = MainWindow.opening(preview, settings, is_demo=dirs.is_demo)
        opening = OpeningWorkspace(window, data_dir, runner, bridge, settings)
        opening.failed.connect(lambda exc: _cannot_open(app, startup, exc, no_dialogs))
        if not no_dialogs:
            opening.attached.connect(lambda: offer_drafts(window))
        if probe is not None:
            opening.attached.connect(lambda: probe.loaded(window))
    else:
        opened = _open_before_window(startup, data_dir, settings, no_dialogs, db_url)
        if isinstance(opened, int):
            instance.close()
            return opened
        workspace, actor = opened
        if workspace.root != data_dir:  # type: ignore[attr-defined]
            # The demo folder: its own settings, and one window for it too.
            settings = Settings(workspace.dirs.settings)  # type: ignore[attr-defined]
            demo_instance = SingleInstance(workspace.root, app)  # type: ignore[attr-defined]
            if not demo_instance.try_become_primary():
                workspace.close()  # type: ignore[attr-defined]
                instance.close()
                return 0
            demo_instance.activation_requested.connect(instance.activation_requested)
            extra_instances.append(demo_instance)
        from minga.ui.context import UiContext

        ctx = UiContext.open(
            workspace,  # type: ignore[arg-type]
            actor,
            settings=settings,
            runner=runner,
            bridge=bridge,
        )
        window = MainWindow(ctx)
        opening = None
        if probe is not None:
            QTimer.singleShot(0, lambda: probe.loaded(window))
        if not no_dialogs:
            QTimer.singleShot(0, lambda: offer_drafts(window))
    # The window may be reopened on another of her microcentros (ui.networks): the host
    # keeps the one in use, its single-instance lock and its task runner.
    from minga.ui.networks import WindowHost

    host = WindowHost(window, instance=instance, parent=app)
    instance.activation_requested.connect(host.bring_to_front)
    window.show()
    log.info("main window shown")
    if opening is not None:
        opening.start()
    else:
        window.start_background_work()
    if probe is not None:
        QTimer.singleShot(0, probe.ready)
    _quit_on_signals(app, host)
    code = app.exec()

    window = host.window
    runner = window.ctx.runner if window.ctx is not None else runner
    runner.cancel_all()
    runner.wait_for_done(5000)
    if window.ctx is not None:
        window.ctx.workspace.close()
    elif opening is not None:
        opening.close_unattached()
    for other in extra_instances:
        other.close()
    host.instance.close()
    log.info("Minga closed (status %s)", code)
    return code


def _open_before_window(
    startup: Startup,
    data_dir: Path,
    settings: Settings,
    no_dialogs: bool,
    db_url: str | None = None,
) -> tuple[object, Actor] | int:
    """The start that opens the workspace before any window: a new folder (first run),
    a schema to migrate, or trouble to explain. Returns (workspace, actor) or an exit
    status."""
    from minga.core.workspace import Workspace

    try:
        workspace = Workspace(data_dir, db_url=db_url)
    except MingaError as exc:
        log.error("cannot open %s: %s", data_dir, exc)
        startup.cannot_start(exc)
        if no_dialogs:
            sys.stderr.write(exc.message() + "\n")
        return 2
    actor = _open_actor(workspace.db)
    if actor is not None:
        return workspace, actor
    if no_dialogs:
        message = NotInitializedError().message()
        log.error("%s", message)
        sys.stderr.write(message + "\n")
        workspace.close()
        return 2
    opened = startup.first_run(workspace, settings)
    if opened is None:
        workspace.close()
        return 0
    return opened


def _cannot_open(app: QApplication, startup: Startup, exc: BaseException, no_dialogs: bool):
    """The workspace failed to open behind the shown window: say why and end."""
    if isinstance(exc, MingaError):
        log.error("cannot open the data folder: %s", exc)
        if no_dialogs:
            sys.stderr.write(exc.message() + "\n")
        startup.cannot_start(exc)
        app.exit(2)
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)  # the crash path: log, file, dialog
    app.exit(2)


class OpeningWorkspace(QObject):
    """Opens the workspace of a shown `MainWindow.opening` window on the task runner
    (importing SQLAlchemy and the models there, off the GUI thread) and attaches it."""

    attached = Signal()
    failed = Signal(object)

    def __init__(self, window, data_dir: Path, runner, bridge, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.runner = runner
        self.bridge = bridge
        self.settings = settings
        self._opened: list[object] = []  # the workspace, once open (closed if unattached)

    def start(self) -> None:
        self.runner.run(self._open, on_done=self._attach, on_error=self.failed.emit)

    def _open(self, _progress) -> tuple[object, Actor]:
        _load_data_layer()
        from minga.core.workspace import Workspace

        workspace = Workspace(self.data_dir)
        self._opened.append(workspace)
        actor = _open_actor(workspace.db)
        if actor is None:
            raise NotInitializedError()
        return workspace, actor

    def _attach(self, opened: tuple[object, Actor]) -> None:
        from minga.ui.context import UiContext

        workspace, actor = opened
        try:
            ctx = UiContext.open(
                workspace,  # type: ignore[arg-type]
                actor,
                settings=self.settings,
                runner=self.runner,
                bridge=self.bridge,
            )
            self.window.attach(ctx)
        except Exception as exc:  # said and ended by `failed`, never hidden
            self.failed.emit(exc)
            return
        self._opened.clear()
        log.info("workspace attached to the main window")
        self.window.start_background_work()
        self.attached.emit()

    def close_unattached(self) -> None:
        """The window closed before the workspace arrived: close it here."""
        for workspace in self._opened:
            workspace.close()  # type: ignore[attr-defined]
        self._opened.clear()


def _load_data_layer() -> None:
    """Imports SQLAlchemy, the models and the services the first page uses."""
    import minga.core.workspace
    import minga.ui.context
    import minga.ui.home  # noqa: F401


class StartupProbe:
    """benchmarks/bench_startup.py: "minga-ready" when the window is shown and the event
    loop idle (interactive), "minga-loaded" when the data is in the window; then close."""

    def ready(self) -> None:
        sys.stdout.write(f"minga-ready rss_kb={_rss_kb()}\n")
        sys.stdout.flush()

    def loaded(self, window) -> None:
        def report() -> None:
            sys.stdout.write(f"minga-loaded rss_kb={_rss_kb()}\n")
            sys.stdout.flush()
            messages.set_dialogs_enabled(False)
            window.close()

        QTimer.singleShot(0, report)


def _rss_kb() -> int:
    rss_kb = 0
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss_kb = int(line.split()[1])
    return rss_kb


def _quit_on_signals(app: QApplication, window) -> None:
    """Ctrl+C or a polite kill closes the window the normal way (settings saved)."""

    def stop(_signum: int, _frame: object) -> None:
        messages.set_dialogs_enabled(False)
        window.close()
        app.quit()

    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(signum, stop)
        except (ValueError, OSError):  # not the main thread, or not supported here
            return
    # Python runs signal handlers only when it gets control: wake it now and then.
    timer = QTimer(app)
    timer.setInterval(500)
    timer.timeout.connect(lambda: None)
    timer.start()
