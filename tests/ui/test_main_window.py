"""The main window as a person uses it: sidebar, global search, status bar, remembered state."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from minga.i18n import catalog
from minga.services.drafts import DraftService
from minga.services.practices import PracticeInput, PracticeQuery
from minga.ui import messages
from minga.ui.app import DraftsPrompt, offer_drafts
from minga.ui.main_window import MainWindow
from minga.ui.settings import LAST_AREA, WINDOW_GEOMETRY, Settings
from tests.conftest import SOURCE, Cli
from tests.ui.conftest import SIZE_HINTS_NOTICE, spanish_has, type_text

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


@pytest.fixture
def open_window(qtbot):
    """`open_window(ctx, **kwargs)`: a shown, active MainWindow, closed after the test."""
    windows: list[MainWindow] = []

    def make(ctx, **kwargs) -> MainWindow:
        window = MainWindow(ctx, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


def _live_practices(ctx, text: str = "") -> int:
    return ctx.practices.count(PracticeQuery(text=text))


# --- areas ----------------------------------------------------------------------------


CYCLE_AREAS = ["sessions", "adoption", "observation", "improvement", "indicators"]
CYCLE_LABELS = ["Sessions", "Application", "Observation", "Improvement cycles", "Indicators"]


def test_sidebar_has_only_the_areas_that_work(open_window, teacher_ctx):
    window = open_window(teacher_ctx)

    assert window.areas() == ["home", "practices", *CYCLE_AREAS, "print", "sync"]
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels == ["Home", "Practices", *CYCLE_LABELS, "Print", "Sync"]
    assert window.current_area() == "home"
    assert window.stack.currentWidget().objectName() == "homePage"
    for area in ("practices", *CYCLE_AREAS, "print"):
        assert not window.has_page(area)  # built on first visit, not at start
    # Every sidebar entry has a label that fits and a tooltip with its shortcut.
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        assert item.toolTip() == f"{item.text()} (Ctrl+{row + 1})"
        assert not item.icon().isNull()
        width = window.sidebar.fontMetrics().horizontalAdvance(item.text())
        assert width + window.sidebar.iconSize().width() < window.sidebar.width()


def test_start_up_does_not_import_the_cycle_areas(tmp_path):
    # A fresh process: the window opens without the pages (and services) it does not show.
    code = (
        "import sys\n"
        "from minga.core.workspace import Workspace\n"
        "from minga.services.setup import SetupInput, initialize, actor\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        f"ws = Workspace({str(tmp_path / 'data')!r})\n"
        "initialize(ws.db, SetupInput(role='advisor', name='Rosa'))\n"
        "from minga.ui.context import UiContext\n"
        "from minga.ui.settings import Settings\n"
        "from minga.ui.main_window import MainWindow\n"
        f"ctx = UiContext.open(ws, actor(ws.db), settings=Settings({str(tmp_path / 's.ini')!r}))\n"
        "window = MainWindow(ctx)\n"
        "lazy = ('minga.ui.sessions', 'minga.ui.adoption', 'minga.ui.observation',"
        " 'minga.ui.improvement', 'minga.ui.indicators', 'minga.ui.charts',"
        " 'minga.services.indicators', 'minga.services.adoption', 'minga.services.improvement')\n"
        "loaded = [m for m in sys.modules if m.startswith(lazy)]\n"
        "print(loaded)\n"
        "ws.close()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SOURCE), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_every_cycle_area_opens_by_keyboard(qtbot, open_window, demo_workspace, make_ctx):
    window = open_window(make_ctx(demo_workspace))
    for number, area in enumerate(CYCLE_AREAS, start=3):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_area() == area
        page = window.stack.currentWidget()
        assert page is window.page(area)
        assert page.isVisible()


def test_ctrl_n_belongs_to_the_page_that_has_a_new_action(
    qtbot, open_window, demo_workspace, make_ctx
):
    window = open_window(make_ctx(demo_workspace))
    # A teacher's Sesiones has no "New session": Ctrl+N still writes a practice.
    window.show_area("sessions")
    assert window.new_practice_action.shortcut().toString() == "Ctrl+N"
    # Ciclos de mejora has its own "New cycle".
    page = window.show_area("improvement")
    assert window.new_practice_action.shortcut().isEmpty()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.record_id is None
    assert page.panes.detail.currentWidget() is page.editor


def test_a_cycle_draft_from_home_opens_in_its_area(qtbot, open_window, teacher_ctx, dialogs_off):
    draft_id = DraftService(teacher_ctx.workspace.db).save(
        "improvement_cycle", {"title": "Puntualidad de las sesiones", "aim": "Empezar a la hora"}
    )
    window = open_window(teacher_ctx)
    window.open_draft(draft_id)

    assert window.current_area() == "improvement"
    editor = window.page("improvement").editor
    assert editor.title_edit.text() == "Puntualidad de las sesiones"
    assert editor.aim_edit.toPlainText() == "Empezar a la hora"
    assert editor.draft_id == draft_id


def test_closing_saves_what_is_typed_in_a_cycle_area(qtbot, open_window, teacher_ctx, dialogs_off):
    window = open_window(teacher_ctx)
    page = window.show_area("improvement")
    page.new_cycle()
    type_text(qtbot, page.editor.title_edit, "Lectura diaria")
    assert window.isWindowModified()

    window.close()

    assert [c.title for c in teacher_ctx.improvement.list_cycles()] == ["Lectura diaria"]


def test_the_sidebar_switches_areas_with_the_keyboard(qtbot, open_window, teacher_ctx):
    window = open_window(teacher_ctx)
    window.sidebar.setFocus()

    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_area() == "practices"
    assert window.stack.currentWidget() is window.practices_page()

    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert window.current_area() == "home"

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "practices"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "home"


def test_ctrl_f_focuses_the_global_search(qtbot, open_window, teacher_ctx):
    window = open_window(teacher_ctx)
    window.sidebar.setFocus()

    qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    assert QApplication.focusWidget() is window.search_field
    assert window.search_field.placeholderText() == "Search practices (Ctrl+F)"


def test_typing_then_enter_shows_practices_filtered(qtbot, open_window, demo_workspace, make_ctx):
    ctx = make_ctx(demo_workspace)
    window = open_window(ctx)
    total = _live_practices(ctx)
    wanted = _live_practices(ctx, "huerto")
    assert 0 < wanted < total

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.search_field, "huerto")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)

    page = window.practices_page()
    assert window.current_area() == "practices"
    assert window.sidebar.currentRow() == 1
    qtbot.waitUntil(lambda: page.model.rowCount() == wanted, timeout=3000)
    assert page.current_query().text == "huerto"
    assert window.search_field.text() == ""  # the words moved to the page's own field


def test_accents_do_not_matter_in_the_global_search(qtbot, open_window, demo_workspace, make_ctx):
    ctx = make_ctx(demo_workspace)
    window = open_window(ctx)
    expected = _live_practices(ctx, "matematica")
    assert expected > 0

    window.focus_search()
    type_text(qtbot, window.search_field, "matemática")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Enter)

    qtbot.waitUntil(lambda: window.practices_page().model.rowCount() == expected, timeout=3000)


def test_global_search_calls_the_page(qtbot, open_window, teacher_ctx, fake_practices):
    window = open_window(teacher_ctx, factories=fake_practices)
    window.focus_search()
    type_text(qtbot, window.search_field, "lectura")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)

    assert window.practices_page().calls == [("search", "lectura")]


# --- status bar and title ---------------------------------------------------------------


def test_status_bar_shows_microcentre_role_and_person(open_window, teacher_ctx):
    window = open_window(teacher_ctx)

    assert window.place_label.text() == "Microcentro Los Copihues"
    assert window.role_label.text() == "Teacher"
    assert window.person_label.text() == "Ana María Huenchumilla"
    assert window.place_label.isVisible()
    assert not window.demo_badge.isVisible()
    assert window.windowTitle() == "Minga — Microcentro Los Copihues[*]"
    assert "[DEMO]" not in window.windowTitle()


def test_a_demo_folder_is_marked_in_the_title_and_status_bar(open_window, demo_workspace, make_ctx):
    window = open_window(make_ctx(demo_workspace))

    assert window.windowTitle().startswith("Minga — Microcentro Rural Los Copihues [DEMO]")
    assert "Demo data" in window.windowTitle()
    assert window.demo_badge.isVisible()
    assert window.demo_badge.text() == "DEMO DATA"
    # The demo's teacher has the longest name of the network: it must fit.
    person = window.person_label
    assert person.text() == "María de los Ángeles Sepúlveda Huenchumilla"
    assert person.width() >= person.fontMetrics().horizontalAdvance(person.text())


def test_messages_from_the_bridge_reach_the_status_bar(open_window, teacher_ctx, dialogs_off):
    window = open_window(teacher_ctx)
    messages.dialog_record.clear()

    teacher_ctx.bridge.info("Práctica guardada.")
    assert window.statusBar().currentMessage() == "Práctica guardada."

    teacher_ctx.bridge.error("No se pudo guardar.")
    assert window.statusBar().currentMessage() == "No se pudo guardar."
    assert messages.dialog_record == [("Minga", "No se pudo guardar.")]


@pytest.mark.skipif(
    not spanish_has("MainWindow"), reason="the shell's strings are not in minga_es.ts yet"
)
def test_the_window_speaks_spanish(open_window, teacher_ctx, translations):
    translations("es")
    window = open_window(teacher_ctx)

    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels[:2] == ["Inicio", "Prácticas"]
    if catalog("es")("MainWindow", "Sessions") != "Sessions":  # once their TSV is merged
        assert labels[2:] == [
            "Sesiones",
            "Aplicación",
            "Observación",
            "Ciclos de mejora",
            "Indicadores",
            "Imprimir",
            "Sincronizar",
        ]
    assert window.search_field.placeholderText() == "Buscar prácticas (Ctrl+F)"
    assert window.role_label.text() == "Docente"


def test_switching_language_retranslates_the_open_window(open_window, teacher_ctx, translations):
    window = open_window(teacher_ctx)
    translations("en")
    assert window.sidebar.item(0).text() == "Home"
    assert window.role_label.text() == "Teacher"


# --- remembered state -------------------------------------------------------------------


def test_size_position_and_last_area_are_remembered(
    qtbot, open_window, teacher, make_ctx, tmp_path
):
    # The offscreen screen is 800x600: the size must fit it to be restored as it was.
    settings_path = tmp_path / "shared" / "settings.ini"
    first = open_window(make_ctx(teacher, settings_path))
    first.resize(720, 540)
    first.move(24, 16)
    qtbot.waitUntil(lambda: first.size() == QSize(720, 540), timeout=2000)
    position = first.pos()
    first.show_area("practices")
    first.close()

    assert Settings(settings_path).get(LAST_AREA) == "practices"
    assert Settings(settings_path).get(WINDOW_GEOMETRY)

    second = open_window(make_ctx(teacher, settings_path))
    assert second.current_area() == "practices"
    assert second.size() == QSize(720, 540)
    # Frame margins differ a little between platforms; the place is the same.
    assert (second.pos() - position).manhattanLength() <= 10
    assert not second.has_page("home")  # only the page it opens on was built


def test_without_settings_the_window_fits_a_small_laptop_screen(open_window, teacher_ctx):
    window = open_window(teacher_ctx)
    available = window.screen().availableGeometry()

    assert window.width() <= max(1280, available.width())
    assert window.height() <= max(800, available.height())
    assert window.current_area() == "home"


def test_a_broken_last_area_falls_back_to_home(open_window, teacher, make_ctx, tmp_path):
    settings_path = tmp_path / "settings.ini"
    Settings(settings_path).set(LAST_AREA, "reports")  # an area this version does not have

    window = open_window(make_ctx(teacher, settings_path))
    assert window.current_area() == "home"


# --- Inicio and Prácticas together -----------------------------------------------------


def test_a_practice_clicked_in_home_opens_in_practices(
    qtbot, open_window, demo_workspace, make_ctx
):
    ctx = make_ctx(demo_workspace)
    window = open_window(ctx)
    home = window.page("home")
    wanted = home.my_recent.ids()[0]

    rect = home.my_recent.visualItemRect(home.my_recent.item(0))
    qtbot.mouseClick(home.my_recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    page = window.practices_page()
    assert window.current_area() == "practices"
    assert page.form.practice_id == wanted


def test_new_practice_from_the_toolbar_opens_an_empty_form(qtbot, open_window, teacher_ctx):
    window = open_window(teacher_ctx)
    window.new_practice_action.trigger()

    page = window.practices_page()
    assert window.current_area() == "practices"
    assert page.form.is_new
    assert not page.has_unsaved_changes()


def test_ctrl_n_works_everywhere_without_ambiguity(qtbot, open_window, teacher_ctx):
    window = open_window(teacher_ctx)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "practices"
    assert window.practices_page().form.is_new

    window.show_area("practices")
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.practices_page().form.is_new


def test_going_back_home_shows_the_new_counts(qtbot, open_window, teacher_ctx):
    window = open_window(teacher_ctx)
    assert window.page("home").cards["myPracticesCard"].value == "0"

    window.show_area("practices")
    teacher_ctx.practices.create(PracticeInput(title="Huerto escolar multigrado"))
    window.show_area("home")

    assert window.page("home").cards["myPracticesCard"].value == "1"


def test_a_draft_clicked_in_home_opens_in_practices(qtbot, open_window, teacher_ctx):
    draft_id = DraftService(teacher_ctx.workspace.db).save(
        "practice", {"title": "Geometría con origami"}
    )
    window = open_window(teacher_ctx)
    home = window.page("home")
    home.drafts.setFocus()
    home.drafts.setCurrentRow(0)
    qtbot.keyClick(home.drafts, Qt.Key.Key_Return)

    assert window.current_area() == "practices"
    assert window.practices_page().form.draft_id == draft_id


# --- closing ---------------------------------------------------------------------------


def test_closing_saves_the_practice_being_edited(open_window, teacher_ctx, fake_practices):
    window = open_window(teacher_ctx, factories=fake_practices)
    page = window.practices_page()
    page.unsaved = True

    assert window.close()
    assert ("save", None) in page.calls


def test_closing_with_an_unsavable_practice_keeps_it_as_a_draft(
    open_window, teacher_ctx, fake_practices, dialogs_off
):
    window = open_window(teacher_ctx, factories=fake_practices)
    page = window.practices_page()
    page.unsaved = True
    page.save_result = False

    assert window.close()  # without dialogs nothing may block the way out
    assert ("save", None) in page.calls


def test_closing_mid_practice_saves_it(qtbot, open_window, teacher_ctx):
    window = open_window(teacher_ctx)
    window.new_practice()
    form = window.practices_page().form
    type_text(qtbot, form.title_edit, "Trueque de semillas")

    assert window.close()

    assert [r.title for r in teacher_ctx.practices.page(PracticeQuery())] == ["Trueque de semillas"]
    assert teacher_ctx.drafts.pending() == []


def test_closing_mid_practice_without_title_keeps_a_draft(
    qtbot, open_window, teacher_ctx, dialogs_off
):
    window = open_window(teacher_ctx)
    window.new_practice()
    form = window.practices_page().form
    type_text(qtbot, form.description_edit, "Cada curso trae semillas")

    assert window.close()

    assert teacher_ctx.practices.count(PracticeQuery()) == 0
    [draft] = teacher_ctx.drafts.pending()
    assert "Cada curso trae semillas" in str(draft.payload)


# --- drafts at start --------------------------------------------------------------------


def test_drafts_left_from_last_time_are_offered(qtbot, open_window, teacher_ctx):
    drafts = DraftService(teacher_ctx.workspace.db)
    drafts.save("practice", {"title": "Cuentacuentos"})
    newest = drafts.save("practice", {"title": "Geometría con origami"})
    window = open_window(teacher_ctx)
    shown: list[DraftsPrompt] = []

    def answer(prompt: DraftsPrompt) -> None:
        shown.append(prompt)
        prompt.resume_button.click()

    offer_drafts(window, ask=answer)

    [prompt] = shown
    assert prompt.text().startswith("Minga kept 2 unfinished form")
    assert "Geometría con origami" in prompt.informativeText()
    assert "Cuentacuentos" in prompt.informativeText()
    assert window.current_area() == "practices"
    assert window.practices_page().form.draft_id == newest


def test_later_leaves_the_drafts_for_home(qtbot, open_window, teacher_ctx):
    DraftService(teacher_ctx.workspace.db).save("practice", {"title": "Cuentacuentos"})
    window = open_window(teacher_ctx)

    offer_drafts(window, ask=lambda prompt: prompt.later_button.click())

    assert window.current_area() == "home"
    assert len(window.page("home").drafts.ids()) == 1


def test_no_drafts_no_question_and_no_page_built(open_window, teacher_ctx):
    window = open_window(teacher_ctx)

    offer_drafts(window, ask=lambda _prompt: pytest.fail("nothing to offer"))

    assert not window.has_page("practices")


# --- application plumbing ---------------------------------------------------------------


def test_language_comes_from_the_option_then_settings_then_spanish(tmp_path, monkeypatch):
    from minga.ui.app import choose_language
    from minga.ui.settings import LANGUAGE

    settings = Settings(tmp_path / "settings.ini")
    assert choose_language(None, settings) == "es"
    monkeypatch.setenv("MINGA_LANG", "en")
    assert choose_language(None, settings) == "en"
    settings.set(LANGUAGE, "es")
    assert choose_language(None, settings) == "es"
    assert choose_language("en_US", settings) == "en"


def test_translations_switch_qt_minga_and_the_services(qapp, translations):
    from PySide6.QtCore import QCoreApplication, QLocale

    from minga.domain.errors import NotInitializedError
    from minga.i18n import current_language

    translations("es")
    assert QCoreApplication.translate("vocab", "Teacher") == "Docente"
    assert QLocale().language() == QLocale.Language.Spanish
    assert current_language() == "es"
    assert NotInitializedError().message().startswith("Minga aún no está configurada")

    translations("en")
    assert QCoreApplication.translate("vocab", "Teacher") == "Teacher"
    # English plurals come from minga_en.qm.
    assert QCoreApplication.translate("cli", "%n practice(s).", None, 2) == "2 practices."
    assert QCoreApplication.translate("cli", "%n practice(s).", None, 1) == "1 practice."
    assert NotInitializedError().message().startswith("Minga is not set up")


def test_the_log_goes_to_the_data_folder(tmp_path):
    import logging

    from minga.ui.app import setup_logging, stop_logging

    path = setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("minga.test").info("una línea con tilde")
        assert setup_logging(tmp_path / "logs") == path  # again: one handler, not two
        logging.getLogger("minga.test").info("otra")
    finally:
        stop_logging()
    assert path == tmp_path / "logs" / "minga.log"
    text = path.read_text(encoding="utf-8")
    assert text.count("una línea con tilde") == 1
    assert "INFO minga.test: otra" in text


def test_explore_with_demo_data_fills_a_separate_marked_folder(qapp, tmp_path):
    from minga.paths import demo_data_dir
    from minga.ui.app import Startup, Translations
    from minga.ui.settings import LANGUAGE

    data = tmp_path / "data"
    startup = Startup(qapp, data, Translations(qapp))

    opened = startup.open_demo("en", "advisor")

    assert opened is not None
    workspace, actor = opened
    try:
        assert workspace.root == demo_data_dir(data)
        assert workspace.dirs.is_demo
        assert actor.role == "advisor"
        assert Settings(workspace.dirs.settings).get(LANGUAGE) == "en"
    finally:
        workspace.close()
    assert not data.exists()  # the person's own folder is left alone

    again = startup.open_demo("es", "teacher")  # already there: opened, not made twice
    assert again is not None
    again[0].close()
    assert again[1].person_id == actor.person_id


# --- the real application, in processes --------------------------------------------------


def _wait_for(predicate, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
def test_a_second_start_brings_the_first_window_forward(tmp_path: Path):
    data = tmp_path / "data"
    cli = Cli(data)
    assert cli("demo", "--scale", "5").returncode == 0
    env = {
        **os.environ,
        "PYTHONPATH": str(SOURCE),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "minga", "--data-dir", str(data), "--no-dialogs"]
    log = data / "logs" / "minga.log"
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as first:
        try:
            assert _wait_for(lambda: log.exists() and "main window shown" in log.read_text())
            second = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=60, check=False
            )
            assert second.returncode == 0
            assert _wait_for(lambda: "brought to the front" in log.read_text())
            assert first.poll() is None  # the first one still runs
        finally:
            first.send_signal(signal.SIGTERM)
            first.wait(timeout=30)
        stderr = first.stderr.read() if first.stderr else ""
    assert first.returncode == 0, stderr
    settings = Settings(data / "settings.ini")
    assert settings.get(WINDOW_GEOMETRY)  # closed the normal way: state saved
    assert "Traceback" not in log.read_text()


@pytest.mark.slow
def test_no_dialogs_on_an_empty_folder_exits_2_with_a_sentence(tmp_path: Path):
    data = tmp_path / "empty"
    env = {**os.environ, "PYTHONPATH": str(SOURCE), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "minga", "--data-dir", str(data), "--lang", "en", "--no-dialogs"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "not set up" in result.stderr
