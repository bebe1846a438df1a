"""Indicadores shows its figures first and the exit tickets' trends a moment later, with
"Computing…" in their section meanwhile; the figures end up exactly the service's.

The trends are the dearest part (every tally of the year is read): the service computes
them apart (`exit_tickets_for_me`) and keeps them until a tally changes.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from sqlalchemy import select

from minga.domain.cycle_rules import school_year_bounds
from minga.services.adoption import AdoptionService, TallyInput
from minga.services.indicators import ExitTicketFigures, IndicatorService
from minga.store.models import Application, ExitTicketTally
from minga.ui.indicators import IndicatorsPage
from minga.ui.tasks import TaskRunner
from minga.ui.widgets.text import percent

WAIT_S = 10


def test_the_figures_come_first_and_the_trends_after_them(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    runner = TaskRunner()
    ctx.runner = runner
    # The trends wait at a gate (bounded) so that the page can be seen in between.
    gate = threading.Event()
    reading = ctx.indicators.exit_tickets_for_me

    def gated(year: int | None = None) -> ExitTicketFigures:
        gate.wait(WAIT_S)
        return reading(year)

    ctx.indicators.exit_tickets_for_me = gated  # type: ignore[method-assign]
    try:
        page = show_page(IndicatorsPage, ctx)
        qtbot.waitUntil(lambda: not page.is_computing, timeout=WAIT_S * 1000)
        year = page.year_combo.currentData()
        full = ctx.indicators.for_me(year)
        assert full.exit_tickets.questions  # the demo teacher tallied her applications

        # The figures are on screen, the trends are on their way.
        assert page.trends_pending
        assert page.attendance_card.value == percent(full.attendance.ratio.rate)
        assert page.sessions_model.rowCount() == len(full.sessions)
        assert page.exit_note.text() == "Computing…"
        assert page._trend_widgets == []
        assert not page.progress.isVisible()

        with qtbot.waitSignal(page.computed, timeout=WAIT_S * 1000):
            gate.set()
        assert not page.trends_pending
        assert page.indicators == full
        assert len(page._trend_widgets) == len(full.exit_tickets.questions)
        assert "tally" in page.exit_note.text()

        # Back to the page with nothing changed: the charts stay as they are.
        charts = list(page._trend_widgets)
        with qtbot.waitSignal(page.computed, timeout=WAIT_S * 1000):
            page.area_shown()
        assert page._trend_widgets == charts
        assert page.indicators == full
    finally:
        gate.set()
        runner.cancel_all()
        runner.wait_for_done(5000)


def test_trends_that_arrive_while_another_area_shows_are_drawn_on_return(
    qtbot, show_page, teacher_demo_ctx
):
    """Drawing the charts costs the window's thread: while another area shows, the trends
    wait and are drawn when Indicadores shows again."""
    ctx = teacher_demo_ctx
    runner = TaskRunner()
    ctx.runner = runner
    gate = threading.Event()
    reading = ctx.indicators.exit_tickets_for_me
    arrived = threading.Event()

    def gated(year: int | None = None) -> ExitTicketFigures:
        gate.wait(WAIT_S)
        try:
            return reading(year)
        finally:
            arrived.set()

    ctx.indicators.exit_tickets_for_me = gated  # type: ignore[method-assign]
    try:
        page = show_page(IndicatorsPage, ctx)
        qtbot.waitUntil(lambda: page.trends_pending, timeout=WAIT_S * 1000)
        page.hide()  # she goes to another area
        gate.set()
        qtbot.waitUntil(arrived.is_set, timeout=WAIT_S * 1000)
        # Delivered to the window's thread (and kept there).
        qtbot.waitUntil(lambda: not runner.active_tasks(), timeout=WAIT_S * 1000)
        assert page.trends_pending
        assert page._trend_widgets == []

        with qtbot.waitSignal(page.computed, timeout=WAIT_S * 1000):
            page.show()
        assert not page.trends_pending
        assert len(page._trend_widgets) == len(page.indicators.exit_tickets.questions) > 0
    finally:
        gate.set()
        runner.cancel_all()
        runner.wait_for_done(5000)


def test_the_trends_are_kept_until_a_tally_changes(teacher_ws):
    service = IndicatorService(teacher_ws.db)
    year = service.default_year()
    first = service.for_me(year)
    without = service.for_me(year, exit_tickets=False)
    assert without == replace(first, exit_tickets=ExitTicketFigures(0, []))
    assert service.exit_tickets_for_me(year) == first.exit_tickets

    # She corrects one of her tallies: the next reading counts it.
    start, end = school_year_bounds(year)
    with teacher_ws.db.session() as session:
        tally, levels = session.execute(
            select(ExitTicketTally, Application.levels)
            .join(Application, Application.id == ExitTicketTally.application_id)
            .where(
                ExitTicketTally.deleted.is_(False),
                ExitTicketTally.owner == first.person.id,
                ExitTicketTally.applied_on.between(start, end),
            )
            .order_by(ExitTicketTally.applied_on)
        ).first()
        application_id = tally.application_id
    question = first.exit_tickets.questions[0]
    option = question.options[-1].id
    AdoptionService(teacher_ws.db).record_tally(
        TallyInput(application_id=application_id, counts={question.id: {option: {levels[0]: 1}}})
    )

    changed = service.exit_tickets_for_me(year)
    assert changed != first.exit_tickets
    assert changed == IndicatorService(teacher_ws.db).for_me(year).exit_tickets
    point = next(
        p
        for o in next(q for q in changed.questions if q.id == question.id).options
        if o.id == option
        for p in o.trend
        if p.key == application_id
    )
    assert point.share.numerator == point.share.denominator == 1
