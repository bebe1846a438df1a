"""The session guide's forms to fill in on paper: the evaluation of each presentation,
each participant's evaluation sheet, the choice sheet, the attendance sheet and the
satisfaction slips.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
)

from minga.reports.guide_data import GuidePresentation, Participant, SessionGuide
from minga.reports.guide_pieces import satisfaction_slip
from minga.reports.layout import (
    RULE,
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
    section_heading,
    spacer,
    tick_box,
)


class GuideForms:
    """The guide's state (the guide, translation, styles, paper) and its forms."""

    def __init__(self, guide: SessionGuide, reports: Tr, styles: Styles, paper: str):
        self.g = guide
        self.reports = reports
        self.s = styles
        self.paper = paper
        self.width = frame_width(paper)
        self.height = frame_height(paper)

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
            satisfaction_slip(
                c,
                w,
                h,
                reports=reports,
                styles=s,
                subtitle=subtitle,
                questions=g.survey_questions,
                scale=g.survey_scale,
            )

        story: list[Flowable] = []
        for page in range(pages):
            sheet = SlipSheet(rows, 1, rows, draw, first_index=page * rows)
            if page == 0:
                sheet._minga_section = (reports.tr("Satisfaction survey"), 0)  # type: ignore[attr-defined]
            if page:
                story.append(PageBreak())
            story.append(sheet)
        return story
