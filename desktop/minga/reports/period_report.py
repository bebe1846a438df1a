"""The advisor's period report (one school year of the network, for the SLEP or the
DEPROV): the indicators against the annual goal, run charts session by session (median
line, shifts marked), bar charts, a table per school and per teacher, the practices
shared with their authors, what the students said in exit tickets, and the PHEA
improvement cycles with their own run charts.
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

from minga.domain import cycle_rules as rules
from minga.reports import charts
from minga.reports.indicators import (
    ATTENDANCE_TARGET,
    exit_ticket_block,
    pending_table,
    sessions_table,
    year_chart,
    year_table,
)
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
    key_values,
    make_styles,
    section_heading,
    spacer,
    stat_cards,
)
from minga.reports.report_data import CYCLE_DECISIONS, STAGE_LABELS, STATE_LABELS, PeriodReport

# --- The period report ----------------------------------------------------------------


def period_report_title(report: PeriodReport, reports: Tr) -> str:
    return reports.tr("Network report · school year {year}", year=report.year)


def render_period_report(
    report: PeriodReport,
    target: str | BinaryIO,
    *,
    paper: str,
    reports: Tr,
    printed_on: dt.date,
    progress: Any | None = None,
) -> Rendered:
    styles = make_styles()
    title = period_report_title(report, reports)
    info = DocumentInfo(
        title=title,
        subject=reports.tr(
            "Indicators, sessions, schools and practices of {microcentre} in {year}",
            microcentre=report.microcentre or reports.tr("the microcentre"),
            year=report.year,
        ),
        author=report.advisor or report.microcentre,
        microcentre=report.microcentre,
        printed_on=printed_on,
        keywords=("Minga", reports.tr("period report"), str(report.year)),
    )
    doc = MingaDocument(target, info, reports, paper, progress=progress, cover=True)
    width = frame_width(paper)
    story = _PeriodReport(report, reports, styles, width).story()
    pages = doc.render(story)
    return Rendered(pages, doc.sections, title)


class _PeriodReport:
    def __init__(self, report: PeriodReport, reports: Tr, styles: Styles, width: float):
        self.r = report
        self.reports = reports
        self.s = styles
        self.width = width

    def story(self) -> list[Flowable]:
        story = self.cover()
        story += [NextPageTemplate("body"), PageBreak()]
        story += self.indicators()
        story += [PageBreak(), *self.sessions()]
        if self.r.decree_sessions:
            story += [PageBreak(), *self.decree()]
        story += [PageBreak(), *self.schools()]
        if self.r.students:
            story += [PageBreak(), *self.students()]
        story += [PageBreak(), *self.practices()]
        if self.r.summary.tallies and self.r.summary.exit_questions:
            story += [PageBreak(), *self.exit_tickets()]
        if self.r.cycles:
            story += [PageBreak(), *self.cycles()]
        return story

    def cover(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        kicker = Paragraph(esc(reports.tr("Period report")), s.cover_kicker)
        kicker._minga_section = (reports.tr("Cover"), 0)  # type: ignore[attr-defined]
        held = [x for x in r.summary.sessions if x.status == "held"]
        teachers = sum(len(school.teachers) for school in r.schools)
        pairs = [
            (reports.tr("Microcentre"), r.microcentre or "—"),
            (reports.tr("Advisor"), r.advisor or "—"),
            (reports.tr("Annual focus"), r.annual_focus or "—"),
            (reports.tr("School year"), str(r.year)),
            (reports.tr("Figures up to"), reports.long_date(r.as_of)),
            (reports.tr("Sessions held"), str(len(held))),
            (reports.tr("Schools"), str(len([x for x in r.schools if x.name]))),
            (reports.tr("Teachers"), str(teachers)),
        ]
        return [
            spacer(18 * mm),
            Paragraph(esc(r.microcentre).upper(), s.cover_kicker),
            kicker,
            Paragraph(esc(reports.tr("The network's year {year}", year=r.year)), s.cover_title),
            Paragraph(
                esc(
                    reports.tr(
                        "Indicators, sessions, schools and shared practices, up to {date}",
                        date=reports.long_date(r.as_of),
                    )
                ),
                s.cover_subtitle,
            ),
            spacer(10 * mm),
            HRule(ACCENT, 1.4, after=6 * mm),
            key_values(pairs, s, self.width, label_width=44 * mm),
            spacer(12 * mm),
            Paragraph(
                esc(
                    reports.tr(
                        "Figures computed by Minga from the records of the network: attendance "
                        "and surveys taken at the sessions, practices presented, choices, "
                        "applications, exit-ticket tallies (no student names) and "
                        "self-assessments. A dash means nothing was measured."
                    )
                ),
                s.muted,
            ),
        ]

    def indicators(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        sm = r.summary
        goal = (
            reports.tr("{count} of {goal}", count=sm.shared, goal=sm.goal)
            if sm.goal
            else str(sm.shared)
        )
        cards = [
            (
                reports.tr("Attendance"),
                reports.percent(sm.attendance.rate),
                reports.fraction(sm.attendance),
            ),
            (reports.tr("Practices shared"), str(sm.shared), goal),
            (
                reports.tr("Adoption"),
                reports.percent(sm.adoption.rate),
                reports.fraction(sm.adoption),
            ),
            (
                reports.tr("Continuation"),
                reports.percent(sm.continuation.rate),
                reports.fraction(sm.continuation),
            ),
        ]
        story: list[Flowable] = [
            section_heading(reports.tr("Indicators of the year"), s),
            stat_cards(cards, s, self.width),
            spacer(5 * mm),
            year_chart(sm, reports, self.width),
            spacer(4 * mm),
            year_table(sm, reports, s, self.width),
        ]
        if sm.pending:
            story += [
                Paragraph(esc(reports.tr("Pending")), s.h2),
                pending_table(sm, reports, s, self.width),
            ]
        return story

    def sessions(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        held = [x for x in r.summary.sessions if x.status == "held"]
        story: list[Flowable] = [section_heading(reports.tr("Session by session"), s)]
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Run charts: each point is a session held. The dashed line is the "
                        "median; six or more points in a row on one side of it (a shift) "
                        "show a real change, not chance."
                    )
                ),
                s.muted,
            )
        )

        def label(day: dt.date) -> str:
            return f"{day.day} {reports.month_label(day)}"

        for caption, ratio_of in (
            (reports.tr("Attendance per session"), lambda x: x.attendance),
            (reports.tr("Teachers present who chose a practice"), lambda x: x.adoption),
            (reports.tr("Found the session useful (survey)"), lambda x: x.useful),
        ):
            points = [(label(x.date), ratio_of(x).rate) for x in held if ratio_of(x).denominator]
            chart = rules.run_chart([v for _l, v in points])
            story.append(
                KeepTogether(
                    [
                        Paragraph(esc(caption), s.h2),
                        charts.run_chart(points, chart, reports, width=self.width, height=58 * mm),
                    ]
                )
            )
        story.append(Paragraph(esc(reports.tr("Sessions of the year")), s.h2))
        story.append(sessions_table(r.summary.sessions, reports, s, self.width))
        return story

    def decree(self) -> list[Flowable]:
        """Decreto 1.107: modality and pedagogical hours per session and per month."""
        from minga.reports.session_guide import MODALITY_LABELS

        reports, s, r = self.reports, self.s, self.r
        story: list[Flowable] = [
            section_heading(reports.tr("Meetings under Decreto 1.107"), s),
            Paragraph(
                esc(
                    reports.tr(
                        "Each session's modality and length in pedagogical hours of 45 "
                        "minutes (its agenda with the presentations of its programme), and "
                        "each month against the allowance of {hours} hours.",
                        hours=rules.MONTHLY_ALLOWANCE_HOURS,
                    )
                ),
                s.muted,
            ),
            Paragraph(esc(reports.tr("Per month")), s.h2),
        ]
        allowance = rules.MONTHLY_ALLOWANCE_MINUTES
        month_rows = [
            (
                f"{reports.month_label(m.month)} {m.month.year}",
                str(m.sessions),
                reports.decimal(m.minutes / rules.PEDAGOGICAL_HOUR_MINUTES),
                str(rules.MONTHLY_ALLOWANCE_HOURS),
                reports.tr("over the allowance") if m.minutes > allowance else "",
            )
            for m in r.decree_months
        ]
        story.append(
            data_table(
                [
                    reports.tr("Month"),
                    reports.tr("Sessions"),
                    reports.tr("Hours"),
                    reports.tr("Allowance"),
                    "",
                ],
                month_rows,
                [38 * mm, 22 * mm, 22 * mm, 24 * mm, self.width - 106 * mm],
                s,
                align=["left", "right", "right", "right", "left"],
            )
        )
        story.append(Paragraph(esc(reports.tr("Per session")), s.h2))
        session_rows = [
            (
                str(x.number),
                reports.short_date(x.date),
                x.title,
                reports.tr(MODALITY_LABELS.get(x.modality, x.modality)),
                reports.tr("{minutes} min", minutes=x.minutes),
                reports.decimal(x.minutes / rules.PEDAGOGICAL_HOUR_MINUTES),
                reports.tr(STATE_LABELS.get(x.state, x.state)),
            )
            for x in r.decree_sessions
        ]
        story.append(
            data_table(
                [
                    reports.tr("No."),
                    reports.tr("Date"),
                    reports.tr("Session"),
                    reports.tr("Modality"),
                    reports.tr("Length"),
                    reports.tr("Hours"),
                    reports.tr("State"),
                ],
                session_rows,
                [
                    9 * mm,
                    21 * mm,
                    self.width - 9 * mm - 21 * mm - 28 * mm - 18 * mm - 14 * mm - 22 * mm,
                    28 * mm,
                    18 * mm,
                    14 * mm,
                    22 * mm,
                ],
                s,
                align=["center", "left", "left", "left", "right", "right", "left"],
            )
        )
        return story

    def students(self) -> list[Flowable]:
        """Students' figures per school and level: attendance by month with its run chart,
        and the shared diagnostics' students per level of achievement. Counts only."""
        reports, s, r = self.reports, self.s, self.r
        story: list[Flowable] = [
            section_heading(reports.tr("Students by school and level"), s),
            Paragraph(
                esc(reports.tr("Counts only, as each school recorded them: no student is named.")),
                s.muted,
            ),
        ]
        rows = []
        for row in r.students:
            months = "; ".join(
                f"{period[5:]}/{period[:4]}: {value:g}%" for period, value in row.attendance
            )
            tests = "; ".join(
                f"{name} ({period[5:]}/{period[:4]}): "
                + ", ".join(f"{label} {count}" for label, count in counts.items())
                for period, name, counts in row.diagnostics
            )
            rows.append(
                [
                    row.school or reports.tr("No school"),
                    row.level,
                    months or "—",
                    tests or "—",
                ]
            )
        story.append(
            data_table(
                [
                    reports.tr("School"),
                    reports.tr("Level"),
                    reports.tr("Attendance by month"),
                    reports.tr("Shared diagnostics (students per level of achievement)"),
                ],
                rows,
                [self.width * 0.22, self.width * 0.1, self.width * 0.3, self.width * 0.38],
                s,
                align=["bold", "left", "left", "left"],
            )
        )
        for row in r.students:
            if len(row.attendance) < 2:
                continue
            story.append(
                Paragraph(
                    esc(
                        reports.tr(
                            "Attendance of {level}, {school}: run chart",
                            level=row.level,
                            school=row.school,
                        )
                    ),
                    s.h2,
                )
            )
            story.append(
                charts.run_chart(
                    [(period[5:] + "/" + period[2:4], v) for period, v in row.attendance],
                    rules.run_chart([v for _p, v in row.attendance]),
                    reports,
                    width=self.width,
                    height=45 * mm,
                    percent=False,
                )
            )
        return story

    def schools(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        story: list[Flowable] = [section_heading(reports.tr("Schools and teachers"), s)]
        named = [x for x in r.schools if x.teachers]
        if named:
            bars = [
                (
                    x.name or reports.tr("No school"),
                    x.attendance.rate,
                    reports.fraction(x.attendance),
                )
                for x in named
            ]
            story.append(Paragraph(esc(reports.tr("Attendance by school")), s.h2))
            story.append(
                charts.bar_chart(
                    bars,
                    reports,
                    width=self.width,
                    height=55 * mm,
                    target=ATTENDANCE_TARGET,
                    target_label=reports.tr("reference 70%"),
                )
            )
        rows = []
        for school in named:
            t = school.teachers
            name = [
                Paragraph(esc(school.name or reports.tr("No school")), s.cell_bold),
                Paragraph(
                    esc(
                        " · ".join(
                            part
                            for part in (
                                reports.tr("RBD {rbd}", rbd=school.rbd) if school.rbd else "",
                                reports.tr("%n teacher(s)", "", len(t)),
                            )
                            if part
                        )
                    ),
                    s.muted,
                ),
            ]
            rows.append(
                (
                    name,
                    reports.ratio_compact(school.attendance),
                    str(sum(x.presented for x in t)),
                    str(sum(x.chosen for x in t)),
                    str(sum(x.applications for x in t)),
                    str(sum(x.tallies for x in t)),
                    str(sum(x.self_assessments for x in t)),
                )
            )
        counts = [
            reports.tr("Presented"),
            reports.tr("Chose"),
            reports.tr("Applied"),
            reports.tr("Exit tickets"),
        ]
        headers = [
            reports.tr("School"),
            reports.tr("Attendance"),
            *counts,
            reports.tr("Self-assess."),
        ]
        w = self.width
        widths = [w * 0.29, w * 0.15, *([w * 0.112] * 5)]
        widths[-1] = w - sum(widths[:-1])
        story.append(Paragraph(esc(reports.tr("Summary by school")), s.h2))
        story.append(
            data_table(headers, rows, widths, s, align=["left"] + ["center"] * 6, compact=True)
        )
        for school in named:
            teacher_rows = [
                (
                    t.name,
                    reports.ratio_compact(t.attendance),
                    str(t.presented),
                    str(t.chosen),
                    str(t.applications),
                    str(t.tallies),
                    str(t.self_assessments),
                    str(t.pending),
                )
                for t in school.teachers
            ]
            table = data_table(
                [
                    reports.tr("Teacher"),
                    reports.tr("Attendance"),
                    *counts,
                    reports.tr("Self-assess."),
                    reports.tr("Pending"),
                ],
                teacher_rows,
                [w * 0.22, w * 0.13, *([w * 0.65 / 6] * 6)],
                s,
                align=["left"] + ["center"] * 7,
                compact=True,
            )
            story.append(
                KeepTogether([Paragraph(esc(school.name or reports.tr("No school")), s.h2), table])
            )
        return story

    def practices(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        story: list[Flowable] = [section_heading(reports.tr("Practices shared"), s)]
        sm = r.summary
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "{count} practices presented at the sessions of {year} (goal: {goal}), "
                        "with their authors and how many colleagues chose to apply them.",
                        count=len(r.practices),
                        year=r.year,
                        goal=sm.goal if sm.goal else "—",
                    )
                ),
                s.body,
            )
        )
        rows = [
            (
                reports.short_date(p.date),
                str(p.session_number),
                p.title,
                p.author,
                p.school,
                str(p.adoptions),
            )
            for p in r.practices
        ]
        w = self.width
        story.append(
            data_table(
                [
                    reports.tr("Date"),
                    reports.tr("Session"),
                    reports.tr("Practice"),
                    reports.tr("Author"),
                    reports.tr("School"),
                    reports.tr("Chosen by"),
                ],
                rows,
                [w * 0.12, w * 0.08, w * 0.35, w * 0.18, w * 0.17, w * 0.1],
                s,
                align=["left", "center", "bold", "left", "left", "center"],
                compact=True,
            )
        )
        if not rows:
            story.append(
                Paragraph(esc(reports.tr("No practices were presented this year yet.")), s.body)
            )
        return story

    def exit_tickets(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        story: list[Flowable] = [section_heading(reports.tr("What the students said"), s)]
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Exit tickets of the year: {count} applications tallied. Shares of "
                        "the answers to each question (counts only, never names).",
                        count=r.summary.tallies,
                    )
                ),
                s.body,
            )
        )
        story += exit_ticket_block(r.summary, reports, s, self.width)
        return story

    def cycles(self) -> list[Flowable]:
        reports, s, r = self.reports, self.s, self.r
        story: list[Flowable] = [section_heading(reports.tr("Improvement cycles (PHEA)"), s)]
        for cycle in r.cycles:
            chart = cycle.chart or rules.run_chart([v for _p, v in cycle.points])
            stage = reports.tr(STAGE_LABELS.get(cycle.stage, cycle.stage))
            if cycle.decision:
                stage += " · " + reports.tr(CYCLE_DECISIONS.get(cycle.decision, cycle.decision))
            pairs = [
                (reports.tr("Responsible"), cycle.owner),
                (reports.tr("Stage"), stage),
                (reports.tr("Indicator"), cycle.indicator or "—"),
                (reports.tr("Aim"), cycle.aim or "—"),
            ]
            percent = bool(cycle.points) and all(0 <= v <= 1 for _p, v in cycle.points)
            block: list[Flowable] = [
                Paragraph(esc(cycle.title), s.h2),
                key_values(pairs, s, self.width),
                spacer(2 * mm),
            ]
            if cycle.points:
                block.append(
                    charts.run_chart(
                        cycle.points,
                        chart,
                        reports,
                        width=self.width,
                        height=55 * mm,
                        percent=percent,
                    )
                )
            else:
                block.append(Paragraph(esc(reports.tr("No data points yet.")), s.muted))
            story.append(KeepTogether(block))
        return story
