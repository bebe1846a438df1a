"""The territory report on paper: what a SLEP's (or DAEM's) technical team plans with.

One school year of the territory's hub: the totals against the seed networks' goals, the
networks side by side (sessions, hours, attendance, practices shared, then each
indicator), and the practices shared, with their network, subjects and levels. Tables
repeat their header row on every page, so 60 networks run over several pages and each
page still reads alone.

The figures arrive as plain values gathered by `minga.services.territory_printing`
(from `TerritoryService`); a ratio is a `Ratio` (17 of 20), so nothing is invented when
nothing was measured. No person is named but the advisors (the report never held more).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from minga.domain.cycle_rules import Ratio
from minga.i18n import QT_TRANSLATE_NOOP
from minga.reports.layout import (
    ACCENT_DARK,
    ACCENT_LIGHT,
    DocumentInfo,
    MingaDocument,
    Rendered,
    Styles,
    Tr,
    data_table,
    esc,
    frame_width,
    make_styles,
    paragraphs,
    section_heading,
    spacer,
    stat_cards,
)

#: A goal read as a count ("seven practices a year"): the territory's figure is then the
#: practices shared over the sum of the networks' own goals.
COUNT = "count"


@dataclass(frozen=True)
class GoalLine:
    """One indicator of the territory against the seed network's goal."""

    key: str
    name: str  # already translated
    figure: Ratio
    goal: float | None = None  # a share (0..1), or a count per network (basis COUNT)
    basis: str = ""
    source: str = ""
    quote: str = ""  # already translated
    networks_reaching: int = 0
    networks_measured: int = 0


@dataclass(frozen=True)
class NetworkLine:
    name: str
    commune: str
    advisor: str
    sessions_held: int
    sessions_planned: int
    hours: float
    attendance: Ratio
    practices_shared: int
    indicators: dict[str, Ratio] = field(default_factory=dict)


@dataclass(frozen=True)
class PracticeLine:
    title: str
    network: str
    school: str
    subjects: list[str]
    levels: list[str]
    presented_on: dt.date | None


@dataclass(frozen=True)
class TerritoryReport:
    territory: str
    year: int
    networks: list[NetworkLine]
    totals: NetworkLine
    goals: list[GoalLine]
    indicator_names: dict[str, str]  # key -> short translated name, in column order
    practices: list[PracticeLine]
    advisors: int = 0
    schools: int = 0
    teachers: int = 0


def territory_report_title(report: TerritoryReport, reports: Tr) -> str:
    return reports.tr(QT_TRANSLATE_NOOP("reports", "Territory report {year}"), year=report.year)


def render_territory_report(
    report: TerritoryReport,
    target: str | BinaryIO,
    *,
    paper: str,
    reports: Tr,
    printed_on: dt.date,
    progress: Any | None = None,
) -> Rendered:
    styles = make_styles()
    title = territory_report_title(report, reports)
    info = DocumentInfo(
        title=title,
        subject=reports.tr(
            "The networks of {territory} side by side in {year}: indicators, sessions and "
            "practices shared",
            territory=report.territory,
            year=report.year,
        ),
        author=report.territory,
        microcentre=report.territory,
        printed_on=printed_on,
        keywords=("Minga", reports.tr("territory report"), str(report.year)),
    )
    doc = MingaDocument(target, info, reports, paper, progress=progress)
    story = _TerritoryReport(report, reports, styles, frame_width(paper)).story()
    pages = doc.render(story)
    return Rendered(pages, doc.sections, title)


class _TerritoryReport:
    def __init__(self, report: TerritoryReport, reports: Tr, styles: Styles, width: float):
        self.r = report
        self.reports = reports
        self.s = styles
        self.width = width

    def story(self) -> list[Flowable]:
        story = self.summary()
        story += self.goals()
        story += self.networks()
        story += self.indicators()
        story += self.practices()
        return story

    # --- the territory's picture ------------------------------------------------------

    def summary(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        totals = r.totals
        story: list[Flowable] = [
            section_heading(territory_report_title(r, reports), s),
            Paragraph(
                esc(
                    reports.tr(
                        "{territory}: %n network(s) reported school year {year}.",
                        "",
                        len(r.networks),
                        territory=r.territory,
                        year=r.year,
                    )
                ),
                s.lead,
            ),
        ]
        if not r.networks:
            story += paragraphs(
                reports.tr(
                    "No network has reported this school year yet: the figures appear when "
                    "the advisors' territory reports are imported."
                ),
                s.body,
            )
            return story
        cards = [
            (
                reports.tr("networks"),
                str(len(r.networks)),
                reports.tr("%n advisor(s)", "", r.advisors),
            ),
            (
                reports.tr("sessions held"),
                str(totals.sessions_held),
                reports.tr("of %n planned", "", totals.sessions_planned),
            ),
            (
                reports.tr("hours of sessions"),
                reports.decimal(totals.hours),
                reports.tr("%n school(s)", "", r.schools),
            ),
            (
                reports.tr("practices shared"),
                str(totals.practices_shared),
                reports.tr("%n teacher(s)", "", r.teachers),
            ),
        ]
        story += [spacer(2 * mm), stat_cards(cards, s, self.width), spacer(4 * mm)]
        return story

    def goals(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        if not r.networks or not r.goals:
            return []
        story: list[Flowable] = [
            Paragraph(esc(reports.tr("The territory against the goals")), s.h2),
            Paragraph(
                esc(
                    reports.tr(
                        "Each figure is the sum of the networks' numerators over the sum of "
                        "their denominators, measured as the seed network measured its goal."
                    )
                ),
                s.muted,
            ),
        ]
        rows = []
        for line in r.goals:
            rows.append(
                [
                    line.name,
                    self._figure(line),
                    self._goal(line),
                    reports.tr(
                        "%n of {measured}",
                        "",
                        line.networks_reaching,
                        measured=line.networks_measured,
                    )
                    if line.goal is not None and line.networks_measured
                    else "—",
                ]
            )
        widths = [48 * mm, 38 * mm, self.width - 48 * mm - 38 * mm - 30 * mm, 30 * mm]
        story.append(
            data_table(
                [
                    reports.tr("Indicator"),
                    reports.tr("Territory"),
                    reports.tr("Goal (source)"),
                    reports.tr("Networks reaching it"),
                ],
                rows,
                widths,
                s,
                align=["left", "right", "left", "right"],
            )
        )
        return story

    def _figure(self, line: GoalLine) -> str:
        if line.basis == COUNT:
            return self.reports.fraction(line.figure) or "—"
        return self.reports.ratio(line.figure)

    def _goal(self, line: GoalLine) -> str:
        reports = self.reports
        if line.goal is None:
            return "—"
        if line.basis == COUNT:
            value = reports.tr("%n per network and year", "", round(line.goal))
        else:
            value = reports.percent(line.goal)
        return f"{value}: {line.quote} ({line.source})" if line.quote else value

    # --- the networks side by side --------------------------------------------------

    def networks(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        if not r.networks:
            return []
        header = [
            reports.tr("Network"),
            reports.tr("Commune"),
            reports.tr("Advisor"),
            reports.tr("Sessions held"),
            reports.tr("Hours"),
            reports.tr("Attendance"),
            reports.tr("Practices"),
        ]
        numbers = 20 * mm
        fixed = numbers * 4
        name_w = (self.width - fixed) * 0.42
        commune_w = (self.width - fixed) * 0.23
        advisor_w = self.width - fixed - name_w - commune_w
        rows = [self._network_row(line) for line in r.networks]
        total = self._network_row(r.totals)
        total[0] = reports.tr("Territory")
        rows.append(self._bold(total, ["left", "left", "left", "right", "right", "right", "right"]))
        last = len(rows)
        return [
            section_heading(reports.tr("The networks side by side"), s),
            data_table(
                header,
                rows,
                [name_w, commune_w, advisor_w, numbers, numbers, numbers, numbers],
                s,
                align=["left", "left", "left", "right", "right", "right", "right"],
                compact=True,
                extra=self._total_row(last),
            ),
        ]

    def _network_row(self, line: NetworkLine) -> list[Any]:
        reports = self.reports
        return [
            line.name,
            line.commune,
            line.advisor,
            reports.tr(
                "{held} of {planned}", held=line.sessions_held, planned=line.sessions_planned
            ),
            reports.decimal(line.hours),
            reports.percent(line.attendance.rate),
            str(line.practices_shared),
        ]

    @staticmethod
    def _total_row(index: int) -> list[tuple[Any, ...]]:
        return [
            ("BACKGROUND", (0, index), (-1, index), ACCENT_LIGHT),
            ("LINEABOVE", (0, index), (-1, index), 0.9, ACCENT_DARK),
        ]

    #: Indicators per table: more would squeeze their names into broken words.
    PER_TABLE = 5

    def indicators(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        keys = list(r.indicator_names)
        if not r.networks or not keys:
            return []
        story: list[Flowable] = [
            section_heading(reports.tr("Indicators of each network"), s),
            Paragraph(
                esc(
                    reports.tr(
                        "Each cell: the share, and below it the numerator and denominator "
                        "the network reported. A dash: nothing measured."
                    )
                ),
                s.muted,
            ),
        ]
        for start in range(0, len(keys), self.PER_TABLE):
            if start:
                story.append(spacer(5 * mm))
            story.append(self._indicator_table(keys[start : start + self.PER_TABLE]))
        return story

    def _indicator_table(self, keys: list[str]) -> Flowable:
        reports, s, r = self.reports, self.s, self.r
        # The names take what the figures leave; each figure is "85%" over "17/20".
        figure_w = 22 * mm
        name_w = self.width - figure_w * len(keys)
        header = [reports.tr("Network"), *(r.indicator_names[k] for k in keys)]
        rows: list[list[Any]] = [
            [line.name, *(self._cell(line.indicators.get(k)) for k in keys)] for line in r.networks
        ]
        rows.append(
            [
                Paragraph(esc(reports.tr("Territory")), s.cell_bold),
                *(self._cell(r.totals.indicators.get(k), bold=True) for k in keys),
            ]
        )
        return data_table(
            header,
            rows,
            [name_w, *([figure_w] * len(keys))],
            s,
            align=["left", *(["right"] * len(keys))],
            compact=True,
            extra=self._total_row(len(rows)),
        )

    def _bold(self, row: list[Any], align: list[str]) -> list[Any]:
        s = self.s
        bold_right = ParagraphStyle("cell_bold_right", parent=s.cell_bold, alignment=TA_RIGHT)
        return [
            Paragraph(esc(v), bold_right if a == "right" else s.cell_bold)
            for v, a in zip(row, align, strict=True)
        ]

    def _cell(self, ratio: Ratio | None, *, bold: bool = False) -> Any:
        if ratio is None or ratio.denominator == 0:
            return "—"
        s = self.s
        rate = esc(self.reports.percent(ratio.rate))
        return [
            Paragraph(f"<b>{rate}</b>" if bold else rate, s.cell_right),
            Paragraph(
                f"<font size='6.6' color='#6b7280'>{ratio.numerator}/{ratio.denominator}</font>",
                s.cell_right,
            ),
        ]

    # --- the practices ------------------------------------------------------------

    def practices(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        if not r.networks:
            return []
        story: list[Flowable] = [
            section_heading(reports.tr("Practices shared"), s),
            Paragraph(
                esc(
                    reports.tr(
                        "%n practice(s) their authors shared with their network in {year}.",
                        "",
                        len(r.practices),
                        year=r.year,
                    )
                ),
                s.muted,
            ),
        ]
        if not r.practices:
            return story
        date_w = 20 * mm
        levels_w = 22 * mm
        subjects_w = 32 * mm
        network_w = 40 * mm
        title_w = self.width - date_w - levels_w - subjects_w - network_w
        rows = [
            [
                [
                    Paragraph(esc(p.title), s.cell_bold),
                    Paragraph(f"<font size='7'>{esc(p.school)}</font>", s.cell),
                ]
                if p.school
                else p.title,
                p.network,
                reports.subjects(p.subjects),
                reports.levels(p.levels),
                reports.short_date(p.presented_on),
            ]
            for p in r.practices
        ]
        story.append(
            data_table(
                [
                    reports.tr("Practice"),
                    reports.tr("Network"),
                    reports.tr("Subjects"),
                    reports.tr("Levels"),
                    reports.tr("Presented"),
                ],
                rows,
                [title_w, network_w, subjects_w, levels_w, date_w],
                s,
                align=["left", "left", "left", "left", "right"],
                compact=True,
            )
        )
        return story
