"""One page: a follow-up observation beside the one it follows (Impulso Docente's cycle:
observe, give feedback, agree on one action step, observe again and compare).

The figures arrive as an `ObservationComparison` (`minga.services.observation`); this
module only lays them out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from minga.reports.layout import (
    DocumentInfo,
    MingaDocument,
    Rendered,
    Tr,
    data_table,
    esc,
    frame_width,
    key_values,
    make_styles,
    section_heading,
    spacer,
)


def render_comparison(
    comparison: Any,
    target: str | BinaryIO,
    *,
    paper: str,
    reports: Tr,
    printed_on: dt.date,
    microcentre: str,
) -> Rendered:
    styles = make_styles()
    first, follow = comparison.first, comparison.follow_up
    title = reports.tr("Observation follow-up · {name}", name=follow.observed_name)
    info = DocumentInfo(
        title=title,
        subject=reports.tr("A follow-up observation compared with the first one"),
        author=follow.observer_name,
        microcentre=microcentre,
        printed_on=printed_on,
        keywords=("Minga", reports.tr("observation")),
    )
    doc = MingaDocument(target, info, reports, paper)
    width = frame_width(paper)
    scale = list(comparison.scale)

    def level(value: int | None) -> str:
        if value is None:
            return "—"
        if 1 <= value <= len(scale):
            return f"{value} · {scale[value - 1]}"
        return str(value)

    def change(value: int | None) -> str:
        if value is None:
            return "—"
        return f"+{value}" if value > 0 else str(value) if value < 0 else "="

    story: list[Any] = [
        section_heading(title, styles),
        key_values(
            [
                (reports.tr("Observed teacher"), follow.observed_name),
                (reports.tr("Observer"), follow.observer_name),
                (reports.tr("First observation"), reports.short_date(first.observed_on)),
                (reports.tr("Follow-up"), reports.short_date(follow.observed_on)),
                (reports.tr("Focus"), first.focus),
                (reports.tr("Action step agreed"), first.action_step or "—"),
            ],
            styles,
            width,
        ),
        spacer(4 * mm),
        data_table(
            [
                reports.tr("Aspect observed"),
                reports.tr("First"),
                reports.tr("Follow-up"),
                reports.tr("Change"),
            ],
            [
                (item.label, level(item.before), level(item.after), change(item.change))
                for item in comparison.items
            ],
            [width * 0.46, width * 0.22, width * 0.22, width * 0.10],
            styles,
            align=["left", "left", "left", "center"],
        ),
        spacer(2 * mm),
        Paragraph(
            esc(
                reports.tr(
                    "Aspects that went up: {up} · went down: {down}.",
                    up=comparison.improved,
                    down=comparison.declined,
                )
            ),
            styles.body,
        ),
    ]
    for label, text in (
        (reports.tr("Strengths now"), follow.strengths),
        (reports.tr("What could grow next"), follow.opportunities),
        (reports.tr("Next action step"), follow.action_step),
    ):
        if text:
            story += [Paragraph(esc(label), styles.h3), Paragraph(esc(text), styles.body)]
    pages = doc.render(story)
    return Rendered(pages, doc.sections, title)
