"""The printed guide of a microcentre session (la guía de la sesión).

What the advisor brings to the monthly meeting, in the order it is used:

1. the cover (microcentre, session number and date, place, modality, focus);
2. the programme: the agenda with its times, from the start time and each item's
   minutes, and the practices to be presented;
3. the network's indicators since the last session;
4. one page per presented practice (levels, subjects, OA codes, multigrade strategy,
   materials, evidence thumbnails, and the 15-minute structure of the presentation);
5. an evaluation form per presentation, with room to write and the replicability choice;
6. the choice sheet: which practice each teacher will apply (teacher x practice boxes);
7. the attendance sheet with signature lines;
8. satisfaction slips to cut apart.

The data arrive as plain values (`SessionGuide`), gathered by
`minga.services.printing`; this module only lays them out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Table,
)

from minga.reports.guide_data import (
    MODALITY_LABELS,
    PRESENTATION_STRUCTURE,
    SATISFACTION_QUESTIONS,
    SATISFACTION_SCALE,
    EvidenceImage,
    GuideAgendaRow,
    GuideAgreement,
    GuidePresentation,
    Participant,
    PracticeSheet,
    PreviousActa,
    SessionGuide,
)
from minga.reports.guide_forms import GuideForms
from minga.reports.guide_pieces import clock_text, evidence, minutes_of, practice_details
from minga.reports.indicators import (
    NetworkSummary,
    exit_ticket_block,
    pending_table,
    year_chart,
    year_table,
)
from minga.reports.layout import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_FAINT,
    ACCENT_LIGHT,
    RULE,
    WHITE,
    DocumentInfo,
    HRule,
    MingaDocument,
    Rendered,
    Tr,
    choices_line,
    data_table,
    esc,
    key_values,
    make_styles,
    section_heading,
    spacer,
    stat_cards,
    table_style,
)

# --- Building -------------------------------------------------------------------------


def document_title(guide: SessionGuide, reports: Tr) -> str:
    return reports.tr(
        "Session guide No. {number} · {date}",
        number=guide.number,
        date=reports.short_date(guide.date),
    )


def render(
    guide: SessionGuide,
    target: str | BinaryIO,
    *,
    paper: str,
    reports: Tr,
    printed_on: dt.date,
    progress: Any | None = None,
) -> Rendered:
    """Writes the guide's PDF to `target` (a path or a binary file)."""
    styles = make_styles()
    title = document_title(guide, reports)
    info = DocumentInfo(
        title=title,
        subject=reports.tr("Guide of the microcentre session: {title}", title=guide.title),
        author=guide.advisor or guide.microcentre,
        microcentre=guide.microcentre,
        printed_on=printed_on,
        keywords=("Minga", reports.tr("microcentre"), reports.tr("session guide")),
    )
    doc = MingaDocument(target, info, reports, paper, progress=progress, cover=True)
    builder = _GuideBuilder(guide, reports, styles, paper)
    pages = doc.render(builder.story())
    return Rendered(pages, doc.sections, title)


class _GuideBuilder(GuideForms):
    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        story += [NextPageTemplate("body"), PageBreak()]
        story += self.programme()
        if self.g.previous_acta is not None or self.g.agreements:
            story += [PageBreak(), *self.acta_and_agreements()]
        if self.g.summary is not None:
            story += [PageBreak(), *self.indicators(self.g.summary)]
        for index, talk in enumerate(self.g.presentations):
            story += [PageBreak(), *self.practice_page(talk, first=index == 0)]
        if self.g.presentations:
            # One sheet per participant with every presentation (a blank one when
            # nobody is listed): each teacher evaluates all of them on her own sheet.
            people = self.g.participants or [Participant("")]
            for index, person in enumerate(people):
                story += [PageBreak(), *self.evaluation_sheet(person, first=index == 0)]
        story += [PageBreak(), *self.choice_sheet()]
        story += [PageBreak(), *self.attendance_sheet()]
        story += [PageBreak(), *self.satisfaction_slips()]
        return story

    # --- cover ------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        reports, s, g = self.reports, self.s, self.g
        heading = Paragraph(esc(reports.tr("Session guide")), s.cover_kicker)
        heading._minga_section = (reports.tr("Cover"), 0)  # type: ignore[attr-defined]
        story: list[Flowable] = [
            spacer(18 * mm),
            Paragraph(esc(g.microcentre).upper(), s.cover_kicker),
            heading,
            Paragraph(esc(g.title), s.cover_title),
            Paragraph(
                esc(
                    reports.tr(
                        "Session No. {number} · {date}",
                        number=g.number,
                        date=reports.long_date(g.date, weekday=True),
                    )
                ),
                s.cover_subtitle,
            ),
            spacer(10 * mm),
            HRule(ACCENT, 1.4, after=6 * mm),
        ]
        pairs = [
            (reports.tr("Date"), reports.long_date(g.date, weekday=True)),
            (reports.tr("Start"), g.start_time),
            (reports.tr("Place"), g.place or "—"),
            (reports.tr("Modality"), reports.tr(MODALITY_LABELS.get(g.modality, g.modality))),
            (reports.tr("Focus of the session"), g.focus or "—"),
        ]
        if g.annual_focus:
            pairs.append((reports.tr("Annual focus"), g.annual_focus))
        if g.coordinator:
            pairs.append((reports.tr("Coordination"), g.coordinator))
        if g.advisor:
            pairs.append((reports.tr("Advisor"), g.advisor))
        pairs.append(
            (
                reports.tr("Practices presented"),
                reports.tr("%n practice(s)", "", len(g.presentations)),
            )
        )
        story.append(key_values(pairs, s, self.width, label_width=44 * mm))
        story.append(spacer(14 * mm))
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Every teacher presents a classroom practice in at most 15 minutes, "
                        "with evidence of their students' learning; colleagues evaluate it, "
                        "and each teacher chooses at least one practice to apply in their "
                        "school before the next session."
                    )
                ),
                s.muted,
            )
        )
        return story

    # --- programme ----------------------------------------------------------------------

    def programme(self) -> list[Flowable]:
        reports, s, g = self.reports, self.s, self.g
        story: list[Flowable] = [section_heading(reports.tr("Programme"), s)]
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "{date} · from {start} · {place}",
                        date=reports.long_date(g.date, weekday=True),
                        start=g.start_time,
                        place=g.place or reports.tr("place to be confirmed"),
                    )
                ),
                s.lead,
            )
        )
        agenda = self.agenda_rows()
        if agenda:
            rows = []
            clock = minutes_of(g.start_time)
            for item in agenda:
                end = clock + item.minutes
                rows.append(
                    (
                        f"{clock_text(clock)}–{clock_text(end)}",
                        self.agenda_title(item),
                        reports.tr("{minutes} min", minutes=item.minutes),
                    )
                )
                clock = end
            total = sum(item.minutes for item in agenda)
            story.append(
                data_table(
                    [reports.tr("Time"), reports.tr("Activity"), reports.tr("Duration")],
                    rows,
                    [30 * mm, self.width - 30 * mm - 24 * mm, 24 * mm],
                    s,
                    align=["left", "left", "right"],
                )
            )
            story.append(spacer(2 * mm))
            story.append(
                Paragraph(
                    esc(
                        reports.tr(
                            "Total: {minutes} minutes ({hours} pedagogical hours of 45 "
                            "minutes); it ends at {end}.",
                            minutes=total,
                            hours=reports.decimal(total / 45),
                            end=clock_text(minutes_of(g.start_time) + total),
                        )
                    ),
                    s.muted,
                )
            )
        else:
            story.append(
                Paragraph(esc(reports.tr("The agenda of this session is not written yet.")), s.body)
            )
        story.append(Paragraph(esc(reports.tr("Practices to be presented")), s.h2))
        if g.presentations:
            times = self.presentation_times()
            rows = [
                (
                    str(p.position),
                    p.practice.title,
                    p.presenter,
                    p.practice.school,
                    times.get(index, reports.tr("{minutes} min", minutes=p.minutes)),
                )
                for index, p in enumerate(g.presentations)
            ]
            story.append(
                data_table(
                    [
                        reports.tr("No."),
                        reports.tr("Practice"),
                        reports.tr("Presents"),
                        reports.tr("School"),
                        reports.tr("Time"),
                    ],
                    rows,
                    [
                        10 * mm,
                        self.width * 0.40,
                        self.width * 0.21,
                        self.width - 10 * mm - self.width * 0.61 - 25 * mm,
                        25 * mm,
                    ],
                    s,
                    align=["center", "bold", "left", "left", "right"],
                )
            )
        else:
            story.append(
                Paragraph(
                    esc(reports.tr("No practices are on the programme of this session yet.")),
                    s.body,
                )
            )
        return story

    def agenda_rows(self) -> list[GuideAgendaRow]:
        """The agenda built from the programme, or the agenda as written (an older
        caller that did not build it)."""
        if self.g.agenda_rows:
            return list(self.g.agenda_rows)
        return [GuideAgendaRow(item.title, item.minutes) for item in self.g.agenda]

    def agenda_title(self, row: GuideAgendaRow) -> str:
        talks = self.g.presentations
        if row.presentation is None or not 0 <= row.presentation < len(talks):
            return row.title
        talk = talks[row.presentation]
        reports = self.reports
        return reports.tr(
            "Presentation {position}: {title} ({name})",
            position=talk.position,
            title=talk.practice.title,
            name=talk.presenter,
        )

    def presentation_times(self) -> dict[int, str]:
        """{presentation index: "HH:MM–HH:MM"} from the start time and the agenda."""
        times: dict[int, str] = {}
        clock = minutes_of(self.g.start_time)
        for row in self.agenda_rows():
            end = clock + row.minutes
            if row.presentation is not None:
                times[row.presentation] = f"{clock_text(clock)}–{clock_text(end)}"
            clock = end
        return times

    # --- acta and agreements -------------------------------------------------------------

    def acta_and_agreements(self) -> list[Flowable]:
        reports, s, g = self.reports, self.s, self.g
        story: list[Flowable] = [section_heading(reports.tr("Previous minutes and agreements"), s)]
        acta = g.previous_acta
        if acta is not None:
            story.append(
                Paragraph(
                    esc(
                        reports.tr(
                            "Minutes of session No. {number} ({date}), for reading and approval",
                            number=acta.number,
                            date=reports.long_date(acta.date),
                        )
                    ),
                    s.h2,
                )
            )
            if acta.text.strip():
                for paragraph in acta.text.split("\n"):
                    if paragraph.strip():
                        story.append(Paragraph(esc(paragraph.strip()), s.body))
            else:
                story.append(
                    Paragraph(
                        esc(reports.tr("The minutes of that session were not written.")), s.muted
                    )
                )
            if acta.approved_on is not None:
                approved = reports.tr(
                    "Approved on {date}.", date=reports.long_date(acta.approved_on)
                )
                story.append(Paragraph(esc(approved), s.muted))
            else:
                story.append(spacer(2 * mm))
                story.append(
                    choices_line(
                        reports.tr("Minutes approved:"),
                        [reports.tr("Yes"), reports.tr("With corrections"), reports.tr("No")],
                        s,
                    )
                )
        story.append(Paragraph(esc(reports.tr("Open agreements")), s.h2))
        if g.agreements:
            rows = [
                (
                    str(index),
                    a.text,
                    a.responsible or reports.tr("The whole network"),
                    reports.short_date(a.due_on) if a.due_on else "—",
                    reports.tr("No. {number}", number=a.session_number),
                    "",
                )
                for index, a in enumerate(g.agreements, start=1)
            ]
            story.append(
                data_table(
                    [
                        reports.tr("No."),
                        reports.tr("Agreement"),
                        reports.tr("Responsible"),
                        reports.tr("Due"),
                        reports.tr("Session"),
                        reports.tr("Done?"),
                    ],
                    rows,
                    [
                        9 * mm,
                        self.width - 9 * mm - 40 * mm - 22 * mm - 16 * mm - 22 * mm,
                        40 * mm,
                        22 * mm,
                        16 * mm,
                        22 * mm,
                    ],
                    s,
                    align=["center", "left", "left", "left", "left", "center"],
                )
            )
        else:
            story.append(Paragraph(esc(reports.tr("No agreements are open.")), s.body))
        return story

    # --- indicators ---------------------------------------------------------------------

    def indicators(self, summary: NetworkSummary) -> list[Flowable]:
        reports, s = self.reports, self.s
        story: list[Flowable] = [
            section_heading(reports.tr("The network since the last session"), s),
        ]
        if summary.previous is not None:
            p = summary.previous
            intro = reports.tr(
                "School year {year}, figures up to {date}. Last session: No. {number}, {when}.",
                year=summary.year,
                date=reports.long_date(summary.as_of),
                number=p.number,
                when=reports.long_date(p.date),
            )
        else:
            intro = reports.tr(
                "School year {year}, figures up to {date}. This is the first session of the year.",
                year=summary.year,
                date=reports.long_date(summary.as_of),
            )
        story.append(Paragraph(esc(intro), s.lead))
        if summary.previous is not None:
            p = summary.previous
            story.append(Paragraph(esc(reports.tr("At the last session")), s.h2))
            cards = [
                (
                    reports.tr("Attendance"),
                    reports.percent(p.attendance.rate),
                    reports.fraction(p.attendance),
                ),
                (
                    reports.tr("Chose a practice"),
                    reports.percent(p.adoption.rate),
                    reports.fraction(p.adoption),
                ),
                (
                    reports.tr("Found it useful"),
                    reports.percent(p.useful.rate),
                    reports.fraction(p.useful),
                ),
                (
                    reports.tr("Feel prepared"),
                    reports.percent(p.prepared.rate),
                    reports.fraction(p.prepared),
                ),
            ]
            story.append(stat_cards(cards, s, self.width))
            story.append(Paragraph(esc(reports.tr("Since then")), s.h2))
            since = [
                (reports.tr("Applications recorded"), str(summary.applications_since), ""),
                (reports.tr("Exit tickets tallied"), str(summary.tallies_since), ""),
                (reports.tr("Self-assessments written"), str(summary.self_assessments_since), ""),
            ]
            story.append(stat_cards(since, s, self.width))
        story.append(Paragraph(esc(reports.tr("The school year so far")), s.h2))
        story.append(year_chart(summary, reports, self.width))
        story.append(spacer(3 * mm))
        story.append(year_table(summary, reports, s, self.width))
        if summary.pending:
            story.append(Paragraph(esc(reports.tr("Pending")), s.h2))
            story.append(pending_table(summary, reports, s, self.width))
        if summary.exit_questions and summary.tallies:
            story.append(Paragraph(esc(reports.tr("What the students said (exit tickets)")), s.h2))
            story += exit_ticket_block(summary, reports, s, self.width)
        return story

    # --- a practice -----------------------------------------------------------------------

    def practice_page(self, talk: GuidePresentation, *, first: bool) -> list[Flowable]:
        reports, s = self.reports, self.s
        p = talk.practice
        story: list[Flowable] = []
        if first:
            story.append(section_heading(reports.tr("Practices presented"), s))
        kicker = reports.tr(
            "Presentation {position} of {count} · {minutes} minutes · presents {name}",
            position=talk.position,
            count=len(self.g.presentations),
            minutes=talk.minutes,
            name=talk.presenter,
        )
        story.append(Paragraph(esc(kicker), s.cover_kicker))
        title = Paragraph(esc(p.title), s.h1)
        title._minga_section = (  # type: ignore[attr-defined]
            reports.tr("{position}. {title}", position=talk.position, title=p.title),
            1,
        )
        story.append(title)
        story.append(HRule(RULE, 0.6, after=5))
        story += self.structure(talk.minutes)
        story += practice_details(p, reports, s, self.width)
        return story

    def structure(self, minutes: int) -> list[Flowable]:
        """The slot as a timeline: one cell per moment, as wide as its minutes."""
        reports, s = self.reports, self.s
        total = sum(share for share, _m, _w in PRESENTATION_STRUCTURE)
        head = ParagraphStyle(
            "moment", parent=s.cell_bold, fontSize=7.8, leading=9.6, textColor=ACCENT_DARK
        )
        when = ParagraphStyle("when", parent=s.muted, fontSize=7, leading=8.6)
        what = ParagraphStyle("what", parent=s.cell, fontSize=7.2, leading=9)
        cells, widths = [], []
        start = acc = 0
        for share, moment, text in PRESENTATION_STRUCTURE:
            acc += share
            end = round(minutes * acc / total)
            cells.append(
                [
                    Paragraph(esc(reports.tr("min {start}–{end}", start=start, end=end)), when),
                    Paragraph(esc(reports.tr(moment)), head),
                    Paragraph(esc(reports.tr(text)), what),
                ]
            )
            widths.append(self.width * share / total)
            start = end
        table = Table([cells], colWidths=widths, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
        ]
        for index in range(len(cells)):
            shade = ACCENT_LIGHT if index % 2 == 0 else ACCENT_FAINT
            commands.append(("BACKGROUND", (index, 0), (index, 0), shade))
            if index:
                commands.append(("LINEBEFORE", (index, 0), (index, 0), 1.2, WHITE))
        table.setStyle(table_style(commands))
        label = Paragraph(
            esc(reports.tr("Structure of the presentation ({minutes} minutes)", minutes=minutes)),
            s.label,
        )
        return [KeepTogether([label, table]), spacer(3 * mm)]


__all__ = [
    "MODALITY_LABELS",
    "PRESENTATION_STRUCTURE",
    "SATISFACTION_QUESTIONS",
    "SATISFACTION_SCALE",
    "EvidenceImage",
    "GuideAgendaRow",
    "GuideAgreement",
    "GuidePresentation",
    "Participant",
    "PracticeSheet",
    "PreviousActa",
    "SessionGuide",
    "document_title",
    "evidence",
    "practice_details",
    "render",
]
