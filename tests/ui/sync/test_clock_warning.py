"""Sincronizar tells the person when her computer's clock and the network's differ."""

from __future__ import annotations

import datetime as dt

from minga.sync.importer import ImportResult, SenderInfo
from minga.ui.sync.import_panel import ImportPanel


def _result(skew: int) -> ImportResult:
    return ImportResult(
        name="rosa.minga",
        bundle_id="00000000-0000-0000-0000-000000000001",
        sender=SenderInfo("p", "Rosa", "advisor", "d", "ABCD"),
        created_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        consolidated=True,
        clock_skew_days=skew,
    )


def test_the_import_summary_says_the_clocks_differ(teacher_ctx, translations, qtbot) -> None:
    translations("es")
    panel = ImportPanel(teacher_ctx, vault=lambda: None)
    qtbot.addWidget(panel)
    panel.show_result(_result(-9131))  # a laptop that booted 25 years late
    assert "difieren en 9131 días" in panel.result_label.text()
    panel.show_result(_result(0))
    assert "reloj" not in panel.result_label.text()
