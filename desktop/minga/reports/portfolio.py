"""A teacher's portfolio (their own record): their practices, those presented at the
microcentre in full, the colleagues' practices they applied (with exit-ticket tallies)
and their self-assessments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
)

from minga.domain.vocab import STATUS_LABELS
from minga.reports.layout import (
    ACCENT,
    DocumentInfo,
    HRule,
    MingaDocument,
    Rendered,
    Styles,
    Tr,
    data_table,
    esc,
    frame_width,
    labelled_text,
    make_styles,
    section_heading,
    spacer,
    stat_cards,
)
from minga.reports.report_data import CONTINUE_LABELS, Portfolio
from minga.reports.session_guide import practice_details

# --- The portfolio --------------------------------------------------------------------


def portfolio_title(portfolio: Portfolio, reports: Tr) -> str:
    return reports.tr("Portfolio of {name}", name=portfolio.person)


def render_portfolio(
    portfolio: Portfolio,
    target: str | BinaryIO,
    *,
    paper: str,
    reports: Tr,
    printed_on: dt.date,
    progress: Any | None = None,
) -> Rendered:
    styles = make_styles()
    title = portfolio_title(portfolio, reports)
    info = DocumentInfo(
        title=title,
        subject=reports.tr("Practices, applications and self-assessments of a teacher"),
        author=portfolio.person,
        microcentre=portfolio.microcentre,
        printed_on=printed_on,
        keywords=("Minga", reports.tr("portfolio")),
    )
    doc = MingaDocument(target, info, reports, paper, progress=progress, cover=True)
    width = frame_width(paper)
    story = _Portfolio(portfolio, reports, styles, width).story()
    pages = doc.render(story)
    return Rendered(pages, doc.sections, title)


class _Portfolio:
    def __init__(self, portfolio: Portfolio, reports: Tr, styles: Styles, width: float):
        self.p = portfolio
        self.reports = reports
        self.s = styles
        self.width = width

    def story(self) -> list[Flowable]:
        story = self.cover()
        story += [NextPageTemplate("body"), PageBreak()]
        story += self.practices()
        if self.p.presented:
            story += [PageBreak(), *self.presented()]
        story += [PageBreak(), *self.applications()]
        story += [PageBreak(), *self.self_assessments()]
        return story

    def cover(self) -> list[Flowable]:
        reports, s, p = self.reports, self.s, self.p
        kicker = Paragraph(esc(reports.tr("Teaching portfolio")), s.cover_kicker)
        kicker._minga_section = (reports.tr("Cover"), 0)  # type: ignore[attr-defined]
        applications = sum(len(a.applications) for a in p.adoptions)
        cards = [
            (reports.tr("Practices recorded"), str(len(p.practices)), ""),
            (reports.tr("Presented at the microcentre"), str(len(p.presented)), ""),
            (reports.tr("Applications of colleagues' practices"), str(applications), ""),
            (reports.tr("Self-assessments"), str(len(p.self_assessments)), ""),
        ]
        period = (
            reports.tr("School year {year}", year=p.year)
            if p.year
            else reports.tr("All school years")
        )
        return [
            spacer(18 * mm),
            Paragraph(esc(p.microcentre).upper(), s.cover_kicker),
            kicker,
            Paragraph(esc(p.person), s.cover_title),
            *([Paragraph(esc(p.school), s.cover_subtitle)] if p.school else []),
            Paragraph(esc(period), s.cover_subtitle),
            spacer(10 * mm),
            HRule(ACCENT, 1.4, after=6 * mm),
            stat_cards(cards, s, self.width),
        ]

    def practices(self) -> list[Flowable]:
        reports, s, p = self.reports, self.s, self.p
        story: list[Flowable] = [section_heading(reports.tr("My practices"), s)]
        if not p.practices:
            story.append(Paragraph(esc(reports.tr("No practices recorded yet.")), s.body))
            return story
        rows = []
        for x in p.practices:
            presented = (
                reports.tr(
                    "session {number}, {date}",
                    number=x.session_number,
                    date=reports.short_date(x.presented_on),
                )
                if x.presented_on
                else "—"
            )
            rows.append(
                (
                    x.title,
                    reports.levels(x.levels),
                    reports.subjects(x.subjects),
                    reports.vocab(STATUS_LABELS.get(x.status, x.status)),
                    presented,
                )
            )
        w = self.width
        story.append(
            data_table(
                [
                    reports.tr("Practice"),
                    reports.tr("Levels"),
                    reports.tr("Subjects"),
                    reports.tr("Status"),
                    reports.tr("Presented at"),
                ],
                rows,
                [w * 0.38, w * 0.13, w * 0.19, w * 0.12, w * 0.18],
                s,
                align=["bold", "left", "left", "left", "left"],
            )
        )
        return story

    def presented(self) -> list[Flowable]:
        reports, s, p = self.reports, self.s, self.p
        story: list[Flowable] = [
            section_heading(reports.tr("Practices presented at the microcentre"), s)
        ]
        for index, (row, sheet) in enumerate(p.presented):
            if index:
                story.append(PageBreak())
            when = reports.tr(
                "Presented at session {number}, {date}",
                number=row.session_number,
                date=reports.long_date(row.presented_on) if row.presented_on else "—",
            )
            story.append(Paragraph(esc(when), s.cover_kicker))
            title = Paragraph(esc(sheet.title), s.h1)
            title._minga_section = (sheet.title, 1)  # type: ignore[attr-defined]
            story.append(title)
            story.append(HRule(after=5))
            story += practice_details(sheet, reports, s, self.width)
        return story

    def applications(self) -> list[Flowable]:
        reports, s, p = self.reports, self.s, self.p
        story: list[Flowable] = [section_heading(reports.tr("Colleagues' practices I applied"), s)]
        if not p.adoptions:
            story.append(Paragraph(esc(reports.tr("No practices chosen yet.")), s.body))
            return story
        w = self.width
        for adoption in p.adoptions:
            block: list[Flowable] = [
                Paragraph(esc(adoption.practice), s.h2),
                Paragraph(
                    esc(
                        reports.tr(
                            "A practice of {author}, chosen on {date}.",
                            author=adoption.author or "—",
                            date=reports.long_date(adoption.chosen_on),
                        )
                    ),
                    s.muted,
                ),
            ]
            if not adoption.applications:
                block.append(Paragraph(esc(reports.tr("Not applied yet.")), s.body))
                story.append(KeepTogether(block))
                continue
            rows = []
            for app in adoption.applications:
                answers = "; ".join(
                    f"{prompt}: " + ", ".join(f"{label} {n}" for label, n in options)
                    for prompt, options in app.answers
                )
                rows.append(
                    (
                        reports.short_date(app.date),
                        reports.levels(app.levels),
                        str(app.students),
                        answers or reports.tr("no exit ticket yet"),
                    )
                )
            block.append(
                data_table(
                    [
                        reports.tr("Date"),
                        reports.tr("Levels"),
                        reports.tr("Students"),
                        reports.tr("Exit ticket (answers)"),
                    ],
                    rows,
                    [w * 0.13, w * 0.13, w * 0.1, w * 0.64],
                    s,
                    align=["left", "left", "center", "left"],
                )
            )
            story.append(KeepTogether(block))
            story.append(spacer(2 * mm))
        return story

    def self_assessments(self) -> list[Flowable]:
        reports, s, p = self.reports, self.s, self.p
        story: list[Flowable] = [section_heading(reports.tr("Self-assessments"), s)]
        if not p.self_assessments:
            story.append(Paragraph(esc(reports.tr("No self-assessments written yet.")), s.body))
            return story
        w = self.width
        for sa in p.self_assessments:
            story.append(
                Paragraph(
                    esc(f"{reports.short_date(sa.date)} · {sa.practice or '—'}"),
                    s.h2,
                )
            )
            story.append(
                Paragraph(
                    esc(
                        reports.tr(
                            "Decision: {decision}",
                            decision=reports.tr(CONTINUE_LABELS.get(sa.decision, sa.decision)),
                        )
                    ),
                    s.body,
                )
            )
            if sa.ratings:
                rows = [
                    (label, reports.tr("{level} of {levels}", level=level, levels=levels), text)
                    for label, level, levels, text in sa.ratings
                ]
                story.append(
                    data_table(
                        [
                            reports.tr("Criterion"),
                            reports.tr("Level"),
                            reports.tr("Description of the level"),
                        ],
                        rows,
                        [w * 0.4, w * 0.12, w * 0.48],
                        s,
                        align=["left", "center", "left"],
                    )
                )
            story += labelled_text(reports.tr("Adjustments"), sa.adjustments, s)
            story += labelled_text(reports.tr("Reflection"), sa.reflection, s)
            story.append(spacer(3 * mm))
        return story
