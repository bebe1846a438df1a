"""Inicio shows real numbers for the role, and opens what the person clicks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from minga.core.workspace import Workspace
from minga.services.drafts import DraftService
from minga.services.home import home_summary
from minga.services.practices import PracticeInput
from minga.services.setup import SetupInput, initialize
from minga.ui.home import DETAIL_ROLE, HomePage
from tests.ui.conftest import SIZE_HINTS_NOTICE, catalog_has, spanish_has

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _page(qtbot, ctx) -> HomePage:
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _titles(practice_list) -> list[str]:
    return [
        practice_list.item(i).text()
        for i in range(practice_list.count())
        if practice_list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
    ]


def _click_row(qtbot, practice_list, row: int) -> None:
    rect = practice_list.visualItemRect(practice_list.item(row))
    qtbot.mouseClick(practice_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_teacher_sees_own_counts_recent_practices_and_drafts(qtbot, teacher_ctx, practices):
    for title, status in [
        ("Huerto escolar multigrado", "draft"),
        ("Lectura compartida con cuentos mapuche", "ready"),
        ("Tablas de multiplicar con semillas", "presented"),
    ]:
        practices.create(PracticeInput(title=title, status=status))
    DraftService(teacher_ctx.workspace.db).save("practice", {"title": "Geometría con origami"})

    page = _page(qtbot, teacher_ctx)

    card = page.cards["myPracticesCard"]
    assert card.isVisible()
    assert card.value == "3"
    assert card.detail_label.text().splitlines() == [
        "Draft: 1",
        "Ready to share: 1",
        "Presented: 1",
    ]
    assert not page.cards["schoolsCard"].isVisible()  # network counts are the advisor's
    assert _titles(page.my_recent) == [
        "Tablas de multiplicar con semillas",
        "Lectura compartida con cuentos mapuche",
        "Huerto escolar multigrado",
    ]
    assert page.my_recent.item(0).data(DETAIL_ROLE).startswith("Presented · ")
    assert _titles(page.drafts) == ["Geometría con origami"]
    assert page.drafts.item(0).data(DETAIL_ROLE).startswith("saved today at ")
    assert page.greeting.text() == "Hello, Ana María Huenchumilla"
    assert "Escuela Rural Los Boldos" in page.subtitle.text()
    assert "Microcentro Los Copihues" in page.subtitle.text()


def test_a_new_teacher_sees_friendly_empty_lists(qtbot, teacher_ctx):
    page = _page(qtbot, teacher_ctx)

    assert page.cards["myPracticesCard"].value == "0"
    assert page.my_recent.ids() == []
    assert page.my_recent.item(0).text().startswith("You have no practices yet.")
    assert page.drafts.item(0).text() == "Nothing left half done."
    assert page.cards["nextSessionCard"].detail_label.text() == "No session planned yet."


def test_clicking_a_recent_practice_asks_to_open_it(qtbot, teacher_ctx, practices):
    practice = practices.create(PracticeInput(title="Huerto escolar multigrado"))
    page = _page(qtbot, teacher_ctx)

    with qtbot.waitSignal(page.open_practice, timeout=1000) as blocker:
        _click_row(qtbot, page.my_recent, 0)

    assert blocker.args == [practice.id]


def test_enter_on_a_draft_asks_to_open_it(qtbot, teacher_ctx):
    draft_id = DraftService(teacher_ctx.workspace.db).save("practice", {"title": "Cuentacuentos"})
    page = _page(qtbot, teacher_ctx)
    page.drafts.setFocus()
    page.drafts.setCurrentRow(0)

    with qtbot.waitSignal(page.open_draft, timeout=1000) as blocker:
        qtbot.keyClick(page.drafts, Qt.Key.Key_Return)

    assert blocker.args == [draft_id]


def test_empty_rows_do_not_open_anything(qtbot, teacher_ctx):
    page = _page(qtbot, teacher_ctx)

    with qtbot.assertNotEmitted(page.open_practice, wait=50):
        _click_row(qtbot, page.my_recent, 0)


def test_refresh_reads_the_new_counts(qtbot, teacher_ctx, practices):
    page = _page(qtbot, teacher_ctx)
    assert page.cards["myPracticesCard"].value == "0"

    practices.create(PracticeInput(title="Feria de ciencias del microcentro"))
    page.refresh()

    assert page.cards["myPracticesCard"].value == "1"
    assert _titles(page.my_recent) == ["Feria de ciencias del microcentro"]


def test_demo_teacher_home_matches_the_service(qtbot, demo_workspace, make_ctx):
    ctx = make_ctx(demo_workspace)
    page = _page(qtbot, ctx)
    summary = home_summary(demo_workspace.db)

    assert page.cards["myPracticesCard"].value == str(summary.my_practices_total)
    assert summary.my_practices_total > 0
    network = summary.network
    shared, goal = network.shared_this_year, network.annual_goal
    assert page.cards["sharedCard"].value == (
        f"{shared}" if shared >= goal else f"{shared} of {goal}"
    )
    assert page.my_recent.ids() == [p.id for p in summary.my_recent]
    assert page.network_recent.ids() == [p.id for p in summary.network_recent]
    assert len(page.network_recent.ids()) == 5


def test_advisor_sees_the_network(qtbot, tmp_path, make_ctx):
    with Workspace(tmp_path / "advisor") as ws:
        initialize(
            ws.db,
            SetupInput(role="advisor", name="Rosa Catrileo", microcentre="Microcentro Andalién"),
        )
        ctx = make_ctx(ws)
        ctx.practices.create(PracticeInput(title="Pauta de observación entre pares"))
        page = _page(qtbot, ctx)
        summary = home_summary(ws.db)

        shown = sorted((c for c in page.cards.values() if c.isVisible()), key=lambda c: c.x())
        assert [card.objectName() for card in shown] == [
            "schoolsCard",
            "teachersCard",
            "sharedCard",
            "sessionsCard",
            "nextSessionCard",
        ]
        assert page.cards["schoolsCard"].value == str(summary.network.schools)
        assert page.cards["teachersCard"].value == str(summary.network.teachers)
        year = summary.today.year  # the workspace clock's year (MINGA_TEST_DATE moves it)
        assert page.cards["sharedCard"].value == "0 of 7"
        assert page.cards["sharedCard"].caption_label.text() == (
            f"Practices shared at sessions in {year}"
        )
        assert page.cards["sessionsCard"].detail_label.text().startswith("1 practice")
        assert page.my_recent_title.text() == "Recent practices of the network"
        assert _titles(page.my_recent) == ["Pauta de observación entre pares"]
        assert not page.network_recent.isVisible()


@pytest.mark.skipif(
    not catalog_has("en", "HomePage"), reason="the shell's plurals are not in minga_en.ts yet"
)
def test_english_plurals_come_from_minga_en(qtbot, teacher_ctx, practices, translations):
    translations("en")
    practices.create(PracticeInput(title="Huerto escolar multigrado"))
    page = _page(qtbot, teacher_ctx)
    assert page.cards["sessionsCard"].detail_label.text() == "1 practice in the network"
    practices.create(PracticeInput(title="Bitácora de lectura"))
    page.refresh()
    assert page.cards["sessionsCard"].detail_label.text() == "2 practices in the network"


@pytest.mark.skipif(
    not spanish_has("HomePage"), reason="the shell's strings are not in minga_es.ts yet"
)
def test_inicio_speaks_spanish(qtbot, teacher_ctx, practices, translations):
    translations("es")
    practices.create(PracticeInput(title="Huerto escolar multigrado", status="ready"))
    page = _page(qtbot, teacher_ctx)

    assert page.greeting.text() == "Hola, Ana María Huenchumilla"
    assert page.cards["myPracticesCard"].caption_label.text() == "Mis prácticas"
    assert "Lista para compartir: 1" in page.cards["myPracticesCard"].detail_label.text()
    assert page.my_recent_title.text() == "Mis prácticas recientes"
    assert page.drafts_title.text() == "Borradores por terminar"
    assert page.my_recent.item(0).data(DETAIL_ROLE).startswith("Lista para compartir · ")


@pytest.mark.skipif(
    not spanish_has("HomePage"), reason="the shell's strings are not in minga_es.ts yet"
)
def test_a_past_planned_session_is_to_be_closed(qtbot, tmp_path, make_ctx, translations):
    """Held means held: the session of 26-11 was planned and never closed, so Inicio says
    it is to be closed and the next session is the one after today; Sesiones agrees."""
    from minga.core.clock import FixedClock
    from minga.services.sessions import SessionInput, SessionService
    from minga.ui.sessions.page import STATUS, SessionsPage

    translations("es")
    clock = FixedClock(dt.datetime(2026, 12, 2, 15, 0, tzinfo=dt.UTC))
    with Workspace(tmp_path / "advisor", clock=clock) as ws:
        initialize(
            ws.db,
            SetupInput(role="advisor", name="Rosa Catrileo", microcentre="Microcentro Andalién"),
        )
        sessions = SessionService(ws.db)
        sessions.plan(SessionInput(date=dt.date(2026, 10, 29), title="Octubre", status="held"))
        sessions.plan(SessionInput(date=dt.date(2026, 11, 26), title="Noviembre"))
        sessions.plan(SessionInput(date=dt.date(2026, 12, 10), title="Cierre del año"))
        ctx = make_ctx(ws)
        page = _page(qtbot, ctx)

        card = page.cards["nextSessionCard"]
        assert card.value == page._date(dt.date(2026, 12, 10))
        assert card.detail_label.text().splitlines() == [
            "Cierre del año",
            "La sesión del 26-11 está por cerrar.",
        ]
        assert page.cards["sessionsCard"].value == "1"  # October's only

        listing = SessionsPage(ctx)
        qtbot.addWidget(listing)
        model = listing.model
        shown = [model.index(row, STATUS).data() for row in range(model.rowCount())]
        assert sorted(shown) == ["Planificada", "Por cerrar", "Realizada"]
