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
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Table,
)

from minga import display
from minga.domain.cycle_rules import AgendaItem
from minga.i18n import QT_TRANSLATE_NOOP
from minga.reports import fonts
from minga.reports.images import thumbnail
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
    INK,
    MUTED,
    RULE,
    WHITE,
    DocumentInfo,
    HRule,
    MingaDocument,
    Rendered,
    SlipSheet,
    Styles,
    Tr,
    WritingBox,
    choices_line,
    data_table,
    esc,
    fill_in_line,
    frame_height,
    frame_width,
    key_values,
    labelled_text,
    make_styles,
    section_heading,
    spacer,
    stat_cards,
    table_style,
    tick_box,
)

MODALITY_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("reports", "In person"),
    "blended": QT_TRANSLATE_NOOP("reports", "Blended"),
    "remote": QT_TRANSLATE_NOOP("reports", "Remote"),
}

#: The 15-minute structure of a presentation (Andalién Sur: at most 15 minutes, with
#: evidence of student performance): (share of the slot, moment, what to show).
PRESENTATION_STRUCTURE = (
    (
        3,
        QT_TRANSLATE_NOOP("reports", "Context and purpose"),
        QT_TRANSLATE_NOOP(
            "reports", "The class and its levels, the learning objective (OA), why this practice."
        ),
    ),
    (
        5,
        QT_TRANSLATE_NOOP("reports", "The practice in action"),
        QT_TRANSLATE_NOOP(
            "reports",
            "The sequence step by step, how each level worked at the same time, the materials.",
        ),
    ),
    (
        4,
        QT_TRANSLATE_NOOP("reports", "Evidence of learning"),
        QT_TRANSLATE_NOOP(
            "reports", "Photos, worksheets, plans, students' voices: what they learned."
        ),
    ),
    (
        3,
        QT_TRANSLATE_NOOP("reports", "Questions and replication"),
        QT_TRANSLATE_NOOP("reports", "Colleagues ask; what another school would need to apply it."),
    ),
)

SATISFACTION_QUESTIONS = (
    QT_TRANSLATE_NOOP("reports", "The session was useful for my work."),
    QT_TRANSLATE_NOOP("reports", "I feel prepared to apply what we saw."),
    QT_TRANSLATE_NOOP("reports", "I felt trust to voice my doubts."),
    QT_TRANSLATE_NOOP("reports", "I brought what I learnt in the network into my practice."),
)
SATISFACTION_SCALE = (
    QT_TRANSLATE_NOOP("reports", "Strongly disagree"),
    QT_TRANSLATE_NOOP("reports", "Disagree"),
    QT_TRANSLATE_NOOP("reports", "Agree"),
    QT_TRANSLATE_NOOP("reports", "Strongly agree"),
)


# --- The data -------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceImage:
    path: Path
    filename: str
    caption: str = ""


@dataclass(frozen=True)
class PracticeSheet:
    """A practice as it is printed (codes of levels and subjects; text as typed)."""

    title: str
    author: str
    school: str
    levels: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    oa_codes: list[str] = field(default_factory=list)
    description: str = ""
    strategy: str = ""
    materials: str = ""
    duration_minutes: int | None = None
    images: list[EvidenceImage] = field(default_factory=list)
    other_files: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GuidePresentation:
    position: int
    minutes: int
    presenter: str
    practice: PracticeSheet


@dataclass(frozen=True)
class Participant:
    name: str
    school: str = ""


@dataclass(frozen=True)
class GuideAgendaRow:
    """A line of the agenda built from the programme: an item, or the presentation of
    `presentation` (its index in `SessionGuide.presentations`)."""

    title: str
    minutes: int
    presentation: int | None = None


@dataclass(frozen=True)
class PreviousActa:
    number: int
    date: dt.date
    text: str
    approved_on: dt.date | None = None


@dataclass(frozen=True)
class GuideAgreement:
    text: str
    responsible: str  # "" for the whole network
    due_on: dt.date | None
    session_number: int
    session_date: dt.date | None


@dataclass(frozen=True)
class SessionGuide:
    microcentre: str
    advisor: str
    number: int
    date: dt.date
    start_time: str
    title: str
    place: str
    modality: str
    focus: str
    annual_focus: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    presentations: list[GuidePresentation] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    summary: NetworkSummary | None = None
    coordinator: str = ""
    agenda_rows: list[GuideAgendaRow] = field(default_factory=list)
    previous_acta: PreviousActa | None = None
    agreements: list[GuideAgreement] = field(default_factory=list)


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


class _GuideBuilder:
    def __init__(self, guide: SessionGuide, reports: Tr, styles: Styles, paper: str):
        self.g = guide
        self.reports = reports
        self.s = styles
        self.paper = paper
        self.width = frame_width(paper)
        self.height = frame_height(paper)

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
            clock = _minutes_of(g.start_time)
            for item in agenda:
                end = clock + item.minutes
                rows.append(
                    (
                        f"{_clock(clock)}–{_clock(end)}",
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
                            end=_clock(_minutes_of(g.start_time) + total),
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
        clock = _minutes_of(self.g.start_time)
        for row in self.agenda_rows():
            end = clock + row.minutes
            if row.presentation is not None:
                times[row.presentation] = f"{_clock(clock)}–{_clock(end)}"
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

    # --- evaluation form ----------------------------------------------------------------

    def evaluation_form(self, talk: GuidePresentation, *, first: bool) -> list[Flowable]:
        reports, s = self.reports, self.s
        story: list[Flowable] = []
        if first:
            story.append(section_heading(reports.tr("Evaluation forms"), s))
        heading = Paragraph(
            esc(reports.tr("Evaluation of presentation {position}", position=talk.position)),
            s.cover_kicker,
        )
        heading._minga_section = (  # type: ignore[attr-defined]
            reports.tr(
                "Evaluation {position}: {title}", position=talk.position, title=talk.practice.title
            ),
            1,
        )
        story.append(heading)
        story.append(Paragraph(esc(talk.practice.title), s.h2))
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Presented by {name} · {school}",
                        name=talk.presenter,
                        school=talk.practice.school or "—",
                    )
                ),
                s.muted,
            )
        )
        story.append(spacer(3 * mm))
        story.append(
            fill_in_line(
                [reports.tr("Your name (optional)"), reports.tr("Your school")], s, self.width
            )
        )
        story.append(spacer(4 * mm))
        # The boxes share the page's height: taller on Oficio.
        used = (58 if first else 44) * mm + 40 * mm
        room = max(120 * mm, self.height - used)
        story.append(
            WritingBox(
                reports.tr("Strengths of the practice"),
                room * 0.36,
                s,
                hint=reports.tr("What worked? What would you keep?"),
            )
        )
        story.append(spacer(4 * mm))
        story.append(
            WritingBox(
                reports.tr("Suggestions"),
                room * 0.36,
                s,
                hint=reports.tr("What could make it better for a multigrade class?"),
            )
        )
        story.append(spacer(5 * mm))
        story.append(
            choices_line(
                reports.tr("Could you replicate it in your school?"),
                [reports.tr("Yes"), reports.tr("Yes, with adjustments"), reports.tr("No")],
                s,
            )
        )
        story.append(spacer(3 * mm))
        story.append(
            WritingBox(
                reports.tr("What would you adjust for your class?"),
                room * 0.26,
                s,
            )
        )
        return story

    def evaluation_sheet(self, person: Participant, *, first: bool) -> list[Flowable]:
        """One participant's sheet: every presentation of the session, each with room
        for strengths and suggestions and the replicability choice."""
        reports, s, g = self.reports, self.s, self.g
        story: list[Flowable] = []
        if first:
            story.append(section_heading(reports.tr("Evaluation forms"), s))
        name = person.name or reports.tr("Participant")
        heading = Paragraph(
            esc(reports.tr("Evaluation of the presentations · {name}", name=name)),
            s.cover_kicker,
        )
        heading._minga_section = (  # type: ignore[attr-defined]
            reports.tr("Evaluation: {name}", name=name),
            1,
        )
        story.append(heading)
        if person.name:
            story.append(
                Paragraph(
                    esc(f"{person.name} · {person.school}" if person.school else person.name), s.h2
                )
            )
        else:
            story.append(
                fill_in_line(
                    [reports.tr("Your name (optional)"), reports.tr("Your school")], s, self.width
                )
            )
        story.append(spacer(2 * mm))
        talks = g.presentations
        used = (52 if first else 38) * mm
        room = max(36 * mm * len(talks), self.height - used)
        each = room / max(1, len(talks))
        for talk in talks:
            block: list[Flowable] = [
                Paragraph(
                    esc(
                        reports.tr(
                            "{position}. {title} · presents {name}",
                            position=talk.position,
                            title=talk.practice.title,
                            name=talk.presenter,
                        )
                    ),
                    s.cell_bold,
                ),
                spacer(1 * mm),
                WritingBox(reports.tr("Strengths of the practice"), each * 0.32, s),
                spacer(1 * mm),
                WritingBox(reports.tr("Suggestions"), each * 0.32, s),
                spacer(1 * mm),
                choices_line(
                    reports.tr("Could you replicate it in your school?"),
                    [reports.tr("Yes"), reports.tr("Yes, with adjustments"), reports.tr("No")],
                    s,
                ),
                spacer(3 * mm),
            ]
            story.append(KeepTogether(block))
        return story

    # --- choice sheet --------------------------------------------------------------------

    def choice_sheet(self) -> list[Flowable]:
        reports, s, g = self.reports, self.s, self.g
        story: list[Flowable] = [section_heading(reports.tr("Choice of practices to apply"), s)]
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Each teacher ticks at least one practice presented today that they "
                        "will apply in their school before the next session, and then records "
                        "its exit ticket and self-assessment."
                    )
                ),
                s.body,
            )
        )
        talks = g.presentations
        if talks:
            legend = data_table(
                [reports.tr("No."), reports.tr("Practice"), reports.tr("Presents")],
                [(str(p.position), p.practice.title, p.presenter) for p in talks],
                [10 * mm, self.width * 0.62, self.width - 10 * mm - self.width * 0.62],
                s,
                align=["center", "bold", "left"],
            )
            story += [legend, spacer(5 * mm)]
        n = max(1, len(talks))
        show_school = n <= 5
        name_w = 52 * mm if show_school else 62 * mm
        school_w = 40 * mm if show_school else 0
        box_w = (self.width - name_w - school_w) / n
        header = [reports.tr("Teacher")] + ([reports.tr("School")] if show_school else [])
        header += [str(p.position) for p in talks] or [reports.tr("Practice")]
        people = list(g.participants) + [Participant("", "")] * 3
        rows = []
        for person in people:
            row: list[Any] = [person.name]
            if show_school:
                row.append(person.school)
            row += [tick_box(s)] * n
            rows.append(row)
        widths = [name_w] + ([school_w] if show_school else []) + [box_w] * n
        align = ["left"] + (["left"] if show_school else []) + ["center"] * n
        first_box = 2 if show_school else 1
        story.append(
            data_table(
                header,
                rows,
                widths,
                s,
                align=align,
                zebra=True,
                row_height=9 * mm,
                extra=[
                    ("ALIGN", (first_box, 0), (-1, -1), "CENTER"),
                    ("LINEBEFORE", (first_box, 0), (-1, -1), 0.4, RULE),
                ],
            )
        )
        return story

    # --- attendance ---------------------------------------------------------------------

    def attendance_sheet(self) -> list[Flowable]:
        reports, s, g = self.reports, self.s, self.g
        story: list[Flowable] = [section_heading(reports.tr("Attendance sheet"), s)]
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Session No. {number} · {date} · {place}",
                        number=g.number,
                        date=reports.long_date(g.date),
                        place=g.place or "—",
                    )
                ),
                s.lead,
            )
        )
        people = list(g.participants) + [Participant("", "")] * 4
        rows = [
            (str(index), person.name, person.school, "")
            for index, person in enumerate(people, start=1)
        ]
        story.append(
            data_table(
                [
                    reports.tr("No."),
                    reports.tr("Name"),
                    reports.tr("School"),
                    reports.tr("Signature"),
                ],
                rows,
                [10 * mm, self.width * 0.34, self.width * 0.3, self.width * 0.36 - 10 * mm],
                s,
                align=["center", "left", "left", "left"],
                zebra=False,
                row_height=11 * mm,
                extra=[("LINEBEFORE", (3, 1), (3, -1), 0.4, RULE)],
            )
        )
        story.append(spacer(6 * mm))
        story.append(
            fill_in_line(
                [reports.tr("Signature of the coordinator"), reports.tr("Date")], s, self.width
            )
        )
        return story

    # --- satisfaction slips --------------------------------------------------------------

    def satisfaction_slips(self) -> list[Flowable]:
        reports, s, g = self.reports, self.s, self.g
        rows = max(1, int(self.height // (70 * mm)))  # 3 on Carta, 4 on Oficio
        wanted = max(len(g.participants), rows)
        pages = math.ceil(wanted / rows)
        subtitle = reports.tr(
            "Session No. {number} · {date}", number=g.number, date=reports.short_date(g.date)
        )

        def draw(c: Canvas, w: float, h: float, _index: int) -> None:
            _satisfaction_slip(c, w, h, reports=reports, styles=s, subtitle=subtitle)

        story: list[Flowable] = []
        for page in range(pages):
            sheet = SlipSheet(rows, 1, rows, draw, first_index=page * rows)
            if page == 0:
                sheet._minga_section = (reports.tr("Satisfaction survey"), 0)  # type: ignore[attr-defined]
            if page:
                story.append(PageBreak())
            story.append(sheet)
        return story


# --- Pieces -----------------------------------------------------------------------------


def practice_details(p: PracticeSheet, reports: Tr, s: Styles, width: float) -> list[Flowable]:
    """The card of a practice (author, school, levels, subjects, OA), its texts (which may
    run across pages) and its evidence."""
    pairs = [
        (reports.tr("Author"), p.author),
        (reports.tr("School"), p.school),
        (reports.tr("Levels"), reports.levels(p.levels, short=False)),
        (reports.tr("Subjects"), reports.subjects(p.subjects)),
        (reports.tr("Learning objectives (OA)"), display.codes(p.oa_codes, {}, "session guide")),
    ]
    if p.duration_minutes:
        pairs.append(
            (
                reports.tr("Duration in class"),
                reports.tr("{minutes} minutes", minutes=p.duration_minutes),
            )
        )
    story: list[Flowable] = [key_values(pairs, s, width), spacer(2 * mm)]
    story += labelled_text(reports.tr("Description"), p.description, s)
    story += labelled_text(reports.tr("Multigrade strategy"), p.strategy, s)
    story += labelled_text(reports.tr("Materials"), p.materials, s)
    story += evidence(p, reports, s, width)
    return story


def evidence(p: PracticeSheet, reports: Tr, s: Styles, width: float) -> list[Flowable]:
    """Thumbnails of the pictures (three across) and the names of the other files."""
    if not p.images and not p.other_files:
        return []
    story: list[Flowable] = [Paragraph(esc(reports.tr("Evidence")), s.label)]
    columns = 3
    gap = 5 * mm
    cell_w = (width - gap * (columns - 1)) / columns
    cells: list[Any] = []
    unreadable: list[str] = []
    caption_style = ParagraphStyle("caption", parent=s.muted, spaceBefore=2)
    for image in p.images[:9]:
        picture = thumbnail(image.path, cell_w, 40 * mm)
        if picture is None:
            unreadable.append(image.filename)
            continue
        caption = image.caption or image.filename
        cells.append([picture, Paragraph(esc(caption), caption_style)])
    if cells:
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        widths = []
        data = []
        for row in rows:
            line = []
            for index, cell in enumerate(row):
                line.append(cell)
                if index < columns - 1:
                    line.append("")
            data.append(line)
        for index in range(columns):
            widths.append(cell_w)
            if index < columns - 1:
                widths.append(gap)
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        story.append(table)
    extra = list(p.other_files) + unreadable + [i.filename for i in p.images[9:]]
    if extra:
        story.append(
            Paragraph(
                esc(reports.tr("Other evidence files: {names}", names=", ".join(extra))), s.muted
            )
        )
    return story


def _minutes_of(clock: str) -> int:
    hours, _, minutes = (clock or "09:00").partition(":")
    try:
        return int(hours) * 60 + int(minutes)
    except ValueError:
        return 9 * 60


def _clock(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _satisfaction_slip(
    c: Canvas, w: float, h: float, *, reports: Tr, styles: Styles, subtitle: str
) -> None:
    """One survey slip: four statements, four boxes each, lines for a comment."""
    pad = 4 * mm
    c.setFillColor(ACCENT)
    c.setFont(fonts.BOLD, 10.5)
    c.drawString(pad, h - pad - 9, reports.tr("Satisfaction survey"))
    c.setFont(fonts.REGULAR, 8)
    c.setFillColor(MUTED)
    c.drawRightString(w - pad, h - pad - 9, subtitle)
    c.setFont(fonts.REGULAR, 7.4)
    c.drawString(
        pad,
        h - pad - 21,
        reports.tr("Tick one box per statement. The survey is anonymous: do not write your name."),
    )
    # The scale, as column headings.
    scale_left = w * 0.5
    col_w = (w - pad - scale_left) / 4
    top = h - pad - 36
    c.setFont(fonts.BOLD, 6.8)
    c.setFillColor(ACCENT)
    for index, label in enumerate(SATISFACTION_SCALE):
        cx = scale_left + col_w * (index + 0.5)
        for line_no, line in enumerate(_two_lines(reports.tr(label), 6.8, col_w - 4)):
            c.drawCentredString(cx, top + 6 - line_no * 8, line)
    row_h = 9 * mm
    for q_index, question in enumerate(SATISFACTION_QUESTIONS):
        y = top - 10 - row_h * q_index
        if q_index % 2 == 0:
            c.setFillColor(ACCENT_LIGHT)
            c.rect(pad - 2, y - row_h + 5, w - 2 * pad + 4, row_h, stroke=0, fill=1)
        para = Paragraph(esc(reports.tr(question)), styles.cell)
        _pw, ph = para.wrap(scale_left - pad - 6, row_h)
        para.drawOn(c, pad, y - row_h / 2 + 5 - ph / 2 + 1)
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        for index in range(4):
            cx = scale_left + col_w * (index + 0.5)
            c.setFillColor(ACCENT_LIGHT if q_index % 2 == 0 else WHITE)
            c.rect(
                cx - 2.2 * mm, y - row_h / 2 + 5 - 2.2 * mm, 4.4 * mm, 4.4 * mm, stroke=1, fill=1
            )
    # Comment line.
    base = top - 10 - row_h * len(SATISFACTION_QUESTIONS) - 4 * mm
    c.setFont(fonts.BOLD, 7.4)
    c.setFillColor(ACCENT)
    c.drawString(pad, base, reports.tr("Comment"))
    c.setStrokeColor(MUTED)
    c.setLineWidth(0.4)
    line_y = base - 2
    c.line(pad + 16 * mm, line_y, w - pad, line_y)
    while line_y - 7 * mm > pad:
        line_y -= 7 * mm
        c.line(pad, line_y, w - pad, line_y)


def _two_lines(text: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and stringWidth(candidate, fonts.BOLD, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines[:2]
