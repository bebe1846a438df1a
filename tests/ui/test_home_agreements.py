"""Inicio lists the acta's open agreements a person answers for (the advisor: all of
them), earliest due first; Enter or a click opens their session."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from minga.core.workspace import Workspace
from minga.services.home import home_summary
from minga.services.sessions import SessionInput
from minga.services.setup import SetupInput, initialize
from minga.services.year import AgreementService
from minga.ui.home import HomePage
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _page(qtbot, ctx) -> HomePage:
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _texts(links) -> list[str]:
    return [
        links.item(i).text()
        for i in range(links.count())
        if links.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
    ]


def test_the_advisor_sees_the_open_agreements_and_opens_their_session(qtbot, tmp_path, make_ctx):
    with Workspace(tmp_path / "advisor") as ws:
        initialize(
            ws.db,
            SetupInput(role="advisor", name="Rosa Catrileo", microcentre="Microcentro Andalién"),
        )
        ctx = make_ctx(ws)
        today = ws.db.clock.today()
        session = ctx.sessions.plan(SessionInput(date=today, title="Reunión del mes"))
        agreements = AgreementService(ws.db)
        agreements.add(session.id, "Traer evidencias", due_on=today + dt.timedelta(days=20))
        agreements.add(
            session.id, "Probar el ticket de salida", due_on=today + dt.timedelta(days=5)
        )
        finished = agreements.add(session.id, "Ya cumplido")
        agreements.mark_done(finished.id)

        page = _page(qtbot, ctx)
        assert page.agreements_title.text() == "Open agreements"
        assert page.agreements.isVisible()
        # The earliest due first; what was done is not there.
        assert _texts(page.agreements) == ["Probar el ticket de salida", "Traer evidencias"]
        summary = home_summary(ws.db)
        assert summary.open_agreements_total == 2

        # By keyboard: focus the list, Enter opens the session of the agreement.
        page.agreements.setFocus()
        page.agreements.setCurrentRow(0)
        with qtbot.waitSignal(page.open_session) as opened:
            qtbot.keyClick(page.agreements, Qt.Key.Key_Return)
        assert opened.args == [session.id]


def test_a_teacher_sees_only_hers_and_the_whole_networks(qtbot, demo_workspace, make_ctx):
    ctx = make_ctx(demo_workspace)
    summary = home_summary(demo_workspace.db)
    me = ctx.actor.person_id
    page = _page(qtbot, ctx)
    assert all(a.responsible_id in (me, None) for a in summary.open_agreements)
    assert all(a.done_on is None for a in summary.open_agreements)
    assert page.agreements.ids() == [a.session_id for a in summary.open_agreements]
