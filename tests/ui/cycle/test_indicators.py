"""Indicadores shows exactly what `IndicatorService` computes, off the GUI thread."""

from __future__ import annotations

from minga.ui.charts import StackedColumns
from minga.ui.indicators import IndicatorsPage
from minga.ui.tasks import TaskRunner
from minga.ui.widgets.text import day_text, percent, ratio_text


def _table(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_advisor_sees_the_networks_figures(qtbot, show_page, advisor_ctx):
    ctx = advisor_ctx
    page = show_page(IndicatorsPage, ctx)
    year = page.year_combo.currentData()
    assert year == ctx.indicators.default_year()
    ind = ctx.indicators.network(year)
    assert page.indicators is not None
    assert page.indicators.scope == "network"

    assert page.title_label.text() == "Indicators of the microcentre"
    assert page.attendance_card.value == percent(ind.attendance.ratio.rate)
    assert f"{ind.attendance.present} present" in page.attendance_card.detail_label.text()
    shared = ind.practices_shared
    if shared.count < shared.goal:
        assert page.shared_card.value == ratio_text(shared.count, shared.goal)
        assert page.shared_card.detail_label.text() == f"The goal of the year: {shared.goal}"
    else:  # reached: the count alone, not "22 of 7"
        assert page.shared_card.value == str(shared.count)
        assert page.shared_card.detail_label.text() == f"Goal of the year reached: {shared.goal}"
    assert page.shared_card.progress.isVisible()
    assert page.shared_card.progress.maximum() == shared.goal
    assert page.adoption_card.value == percent(ind.adoption.rate)
    assert (
        ratio_text(ind.adoption.numerator, ind.adoption.denominator)
        in page.adoption_card.detail_label.text()
    )
    assert page.continuation_card.value == percent(ind.continuation.ratio.rate)
    assert f"Continue {ind.continuation.continue_}" in page.continuation_card.detail_label.text()

    bars = page.attendance_chart.bars()
    assert [b.label for b in bars] == [str(s.number) for s in ind.sessions]
    assert [b.value for b in bars] == [s.attendance.ratio.rate for s in ind.sessions]
    sat = ind.satisfaction
    # Top answer where the seed's goal reads it (useful, prepared), agreement for trust and
    # for bringing what was learnt into practice (Malloa).
    assert [row[1] for row in page.satisfaction_bars.rows()] == [
        sat.useful_top.rate,
        sat.prepared_top.rate,
        sat.trust.rate,
        sat.applied.rate,
    ]
    useful_side = page.satisfaction_bars.rows()[0][2]
    assert useful_side.startswith(
        f"({ratio_text(sat.useful_top.numerator, sat.useful_top.denominator)}"
    )
    assert "82" in useful_side
    assert "Andalién Sur" in useful_side
    assert percent(sat.useful.rate) in useful_side
    definitions = page.definitions_label.text()
    assert "Andalién Sur" in definitions
    assert "Malloa" in definitions
    assert len(definitions.splitlines()) == 10  # one per indicator, with "brought into practice"

    questions = ind.exit_tickets.questions
    assert len(page._trend_widgets) == len(questions)
    for question in questions:
        chart = page.findChild(StackedColumns, f"trendChart_{question.id}")
        assert chart is not None
        series = chart.series()
        assert [label for label, _v in series] == [
            f"{o.label} ({percent(o.total.rate)})" for o in question.options
        ]
        assert len(chart.periods()) == len({p.key for o in question.options for p in o.trend})

    assert _table(page.pending_model) == [
        [
            t.name,
            "—"
            if t.chose_at_last_session is None
            else ("Yes" if t.chose_at_last_session else "Not yet"),
            str(t.pending_self_assessments),
        ]
        for t in ind.pending.teachers
    ]
    assert [row[0] for row in _table(page.sessions_model)] == [
        day_text(s.date) for s in ind.sessions
    ]
    assert [row[2] for row in _table(page.sessions_model)] == [
        percent(s.attendance.ratio.rate) for s in ind.sessions
    ]


def test_a_teacher_sees_her_own_figures(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    page = show_page(IndicatorsPage, ctx)
    ind = ctx.indicators.mine(page.year_combo.currentData())

    assert page.indicators.scope == "teacher"
    assert page.title_label.text() == "My indicators"
    assert page.attendance_card.value == percent(ind.attendance.ratio.rate)
    assert page.shared_card.value == str(ind.practices_shared.count)
    assert not page.shared_card.progress.isVisible()  # a teacher has no goal of her own
    assert page.adoption_card.value == percent(ind.adoption.rate)
    assert page.continuation_card.value == percent(ind.continuation.ratio.rate)
    assert page.pending_model.rowCount() == 1
    assert page.pending_model.index(0, 0).data() == ctx.actor.name


def test_another_year_is_computed_on_request(qtbot, show_page, advisor_ctx):
    page = show_page(IndicatorsPage, advisor_ctx)
    years = [page.year_combo.itemData(i) for i in range(page.year_combo.count())]
    assert len(years) >= 2
    older = years[-1]
    page.year_combo.setCurrentIndex(page.year_combo.count() - 1)
    page.compute()

    assert page.indicators.year == older
    ind = advisor_ctx.indicators.network(older)
    assert page.attendance_card.value == percent(ind.attendance.ratio.rate)
    assert len(page.attendance_chart.bars()) == len(ind.sessions)


def test_the_figures_are_computed_off_the_gui_thread(qtbot, show_page, advisor_ctx):
    runner = TaskRunner()
    advisor_ctx.runner = runner
    page = show_page(IndicatorsPage, advisor_ctx)
    try:
        if page.indicators is None:
            assert page.is_computing
            assert page.progress.isVisible()
            assert page.status_label.text() == "Computing…"
            with qtbot.waitSignal(page.computed, timeout=10_000):
                pass
        assert not page.is_computing
        assert not page.progress.isVisible()
        assert page.attendance_card.value == percent(
            advisor_ctx.indicators.network(page.year_combo.currentData()).attendance.ratio.rate
        )
        assert page.status_label.text().startswith("Figures of")
    finally:
        runner.cancel_all()
        runner.wait_for_done(5000)
