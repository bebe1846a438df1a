"""The advisor looks at the indicators: in Indicadores the cards and the figures per
session show what the indicator service computes, for this school year and, chosen in
the list, for the last one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QTableView

from tests.ui.tasks.conftest import DIALOG_NOTICES, choose_in_combo, go_to, scroll_to, visible

pytestmark = pytest.mark.qt_log_ignore(*DIALOG_NOTICES)


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{round(rate * 100)}%"


def _card(window, name: str) -> str:
    value = window.page("indicators").findChild(QLabel, f"{name}Value")  # (Inicio has cards too)
    assert value.isVisible()
    return value.text()


def _shows_the_figures_of(window, year: int) -> None:
    """Every card and every row per session says what the service computes."""
    service = window.ctx.indicators.for_me(year)  # the same figures, asked directly
    assert window.findChild(QLabel, "indicatorsStatus").text().startswith(f"Figures of {year}")
    assert _card(window, "attendanceCard") == _percent(service.attendance.ratio.rate)
    shared = service.practices_shared
    assert shared.goal is not None  # the network's goal of the year
    reached = shared.count >= shared.goal  # then the count alone
    expected = f"{shared.count}" if reached else f"{shared.count} of {shared.goal}"
    assert _card(window, "sharedCard") == expected
    assert _card(window, "adoptionCard") == _percent(service.adoption.rate)
    assert _card(window, "continuationCard") == _percent(service.continuation.ratio.rate)
    detail = window.page("indicators").findChild(QLabel, "attendanceCardDetail").text()
    attendance = service.attendance
    assert detail == (
        f"{attendance.present} present, {attendance.absent} absent, {attendance.excused} excused"
    )

    table = visible(window, QTableView, "Figures per session")
    scroll_to(table)
    model = table.model()
    shown = [
        tuple(model.index(row, column).data() for column in range(4))
        for row in range(model.rowCount())
    ]
    assert len(shown) == len(service.sessions) > 0
    for row, session in zip(shown, service.sessions, strict=True):
        assert row[1] == f"{session.number}. {session.title}"
        assert row[2] == _percent(session.attendance.ratio.rate)
        assert row[3] == _percent(session.adoption.rate)


def test_indicadores_shows_the_services_figures_for_two_years(
    qtbot, advisor_workspace, open_window
):
    window = open_window(advisor_workspace)
    go_to(qtbot, window, "Indicators")
    page = window.page("indicators")
    qtbot.waitUntil(lambda: not page.is_computing, timeout=10000)
    year = window.ctx.indicators.default_year()
    _shows_the_figures_of(window, year)

    # The year before, chosen in the list.
    with qtbot.waitSignal(page.computed, timeout=10000):
        choose_in_combo(qtbot, visible(window, QComboBox, "School year"), str(year - 1))
    _shows_the_figures_of(window, year - 1)
