"""Blank forms to print and fill in by hand.

- **Exit ticket** (`exit-ticket`): slips to cut apart, several to a page, for the
  students of a class to answer after a practice: big type and a face per option
  (happy, neutral, sad) to mark, so a first grader can answer without reading much;
  no names anywhere (Minga keeps tallies only). The questions come from the exit-ticket
  template.
- **Self-assessment** (`self-assessment`): the registro de autoevaluación from the
  rubric template (a box per level of each criterion), adjustments, the decision to keep
  the practice, a reflection.
- **Observation protocol** (`observation`): the pauta de observación de aula entre pares
  from its template, grouped by the domains of the Marco para la Buena Enseñanza.
- **PHEA cycle** (`phea`): a worksheet for an improvement cycle (Planear, Hacer,
  Estudiar, Ajustar) with a blank run chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from minga.domain.vocab import LEVEL_SHORT
from minga.i18n import QT_TRANSLATE_NOOP
from minga.reports import charts, fonts
from minga.reports.layout import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_LIGHT,
    INK,
    MUTED,
    RULE,
    WHITE,
    WRITE_LINE,
    DocumentInfo,
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
    make_styles,
    paragraphs,
    section_heading,
    spacer,
    table_style,
)

EXIT_TICKET = "exit-ticket"
SELF_ASSESSMENT = "self-assessment"
OBSERVATION = "observation"
PHEA = "phea"
SURVEY = "survey"
KINDS = (EXIT_TICKET, SELF_ASSESSMENT, OBSERVATION, PHEA, SURVEY)

TITLES = {
    EXIT_TICKET: QT_TRANSLATE_NOOP("reports", "Exit ticket"),
    SELF_ASSESSMENT: QT_TRANSLATE_NOOP("reports", "Self-assessment record"),
    OBSERVATION: QT_TRANSLATE_NOOP("reports", "Peer classroom observation protocol"),
    PHEA: QT_TRANSLATE_NOOP("reports", "Improvement cycle PHEA"),
    SURVEY: QT_TRANSLATE_NOOP("reports", "Satisfaction survey"),
}

MBE_DOMAINS = {
    "A": QT_TRANSLATE_NOOP("reports", "Preparation of teaching"),
    "B": QT_TRANSLATE_NOOP("reports", "A learning environment"),
    "C": QT_TRANSLATE_NOOP("reports", "Teaching for the learning of all students"),
    "D": QT_TRANSLATE_NOOP("reports", "Professional responsibilities"),
}

DECISIONS = (
    QT_TRANSLATE_NOOP("reports", "Yes, as it is"),
    QT_TRANSLATE_NOOP("reports", "Yes, with adjustments"),
    QT_TRANSLATE_NOOP("reports", "No"),
)

# The levels a rural multigrade room holds, to tick on each slip (tallies are per level).
SLIP_LEVELS = ("NT1", "NT2", "1B", "2B", "3B", "4B", "5B", "6B")


@dataclass(frozen=True)
class FormTemplate:
    """The template a form prints (its name and body as stored; empty for PHEA)."""

    name: str = ""
    body: Mapping[str, Any] = field(default_factory=dict)


def render(
    kind: str,
    template: FormTemplate,
    target: str | BinaryIO,
    *,
    paper: str,
    reports: Tr,
    printed_on: dt.date,
    microcentre: str,
    author: str,
    progress: Any | None = None,
) -> Rendered:
    """Writes the blank form of `kind` (see KINDS) to `target`."""
    styles = make_styles()
    title = reports.tr(TITLES[kind])
    info = DocumentInfo(
        title=title,
        subject=template.name or title,
        author=author or microcentre or "Minga",
        microcentre=microcentre,
        printed_on=printed_on,
        keywords=("Minga", reports.tr("form")),
    )
    doc = MingaDocument(target, info, reports, paper, progress=progress)
    builder = _Forms(reports, styles, paper, template)
    story = {
        EXIT_TICKET: builder.exit_ticket,
        SELF_ASSESSMENT: builder.self_assessment,
        OBSERVATION: builder.observation,
        PHEA: builder.phea,
        SURVEY: builder.survey,
    }[kind]()
    pages = doc.render(story)
    return Rendered(pages, doc.sections, title)


class _Forms:
    def __init__(self, reports: Tr, styles: Styles, paper: str, template: FormTemplate):
        self.reports = reports
        self.s = styles
        self.width = frame_width(paper)
        self.height = frame_height(paper)
        self.template = template
        self.body = dict(template.body or {})

    # --- exit ticket --------------------------------------------------------------------

    def exit_ticket(self) -> list[Flowable]:
        reports = self.reports
        questions = [q for q in self.body.get("questions", []) if q.get("options")]
        # Two slips across; as many rows as fit slips of about 11 cm.
        # Two slips across; as many rows as fit slips of 37 mm per question.
        cols = 2
        slip_h = 22 * mm + 31 * mm * max(1, len(questions))
        rows = max(1, int(self.height // slip_h))

        def draw(c: Canvas, w: float, h: float, _index: int) -> None:
            _exit_ticket_slip(c, w, h, reports=reports, styles=self.s, questions=questions)

        sheet = SlipSheet(cols * rows, cols, rows, draw)
        sheet._minga_section = (reports.tr("Exit ticket"), 0)  # type: ignore[attr-defined]
        return [sheet]

    # --- satisfaction survey ------------------------------------------------------------

    def survey(self) -> list[Flowable]:
        """The session survey's slips, blank: the statements and scale of the body (the
        advisor's wording), or Minga's own, translated, when the body has none."""
        from minga.reports.guide_pieces import satisfaction_slip

        reports = self.reports
        items = [i for i in self.body.get("items", []) if i.get("label")]
        questions = tuple(str(i["label"]) for i in items)
        scale = tuple(str(label) for label in self.body.get("scale", []))
        rows = max(1, int(self.height // (70 * mm)))  # 3 on Carta, 4 on Oficio
        subtitle = reports.tr("Session No. ____ · Date: ________")

        def draw(c: Canvas, w: float, h: float, _index: int) -> None:
            satisfaction_slip(
                c, w, h, reports=reports, styles=self.s, subtitle=subtitle,
                questions=questions, scale=scale,
            )  # fmt: skip

        sheet = SlipSheet(rows, 1, rows, draw)
        sheet._minga_section = (reports.tr("Satisfaction survey"), 0)  # type: ignore[attr-defined]
        return [sheet]

    # --- self-assessment ----------------------------------------------------------------

    def self_assessment(self) -> list[Flowable]:
        reports, s, width = self.reports, self.s, self.width
        story: list[Flowable] = [section_heading(reports.tr("Self-assessment record"), s)]
        if self.template.name:
            story.append(Paragraph(esc(self.template.name), s.lead))
        story += paragraphs(str(self.body.get("description") or ""), s.muted)
        story.append(spacer(2 * mm))
        story.append(fill_in_line([reports.tr("Teacher"), reports.tr("School")], s, width))
        story.append(spacer(2 * mm))
        story.append(fill_in_line([reports.tr("Practice applied")], s, width))
        story.append(spacer(2 * mm))
        story.append(
            fill_in_line(
                [
                    reports.tr("Date of the application"),
                    reports.tr("Levels"),
                    reports.tr("Students present"),
                ],
                s,
                width,
            )
        )
        story.append(spacer(5 * mm))
        criteria = [c for c in self.body.get("criteria", []) if c.get("levels")]
        levels = max((len(c["levels"]) for c in criteria), default=4)
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Tick the level that best describes how it went, for each criterion."
                    )
                ),
                s.body,
            )
        )
        label_w = 44 * mm
        level_w = (width - label_w) / levels
        header = [reports.tr("Criterion")] + [
            reports.tr("Level {n}", n=n) for n in range(1, levels + 1)
        ]
        level_style = ParagraphStyle("level", parent=s.cell, fontSize=7.6, leading=9.6)
        rows: list[list[Any]] = []
        for criterion in criteria:
            domain = str(criterion.get("mbe_domain") or "")
            label = [Paragraph(esc(criterion.get("label", "")), s.cell_bold)]
            if domain:
                label.append(Paragraph(esc(reports.tr("Domain {letter}", letter=domain)), s.muted))
            row: list[Any] = [label]
            for text in criterion["levels"]:
                row.append(Paragraph(f"<font size='12'>☐</font> {esc(text)}", level_style))
            row += [""] * (levels - len(criterion["levels"]))
            rows.append(row)
        story.append(
            data_table(
                header,
                rows,
                [label_w] + [level_w] * levels,
                s,
                align=["left"] + ["left"] * levels,
                extra=[("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE)],
            )
        )
        # The written part on a page of its own, its boxes as tall as the page allows.
        story.append(PageBreak())
        room = self.height - 25 * mm
        story.append(
            WritingBox(
                reports.tr("Adjustments I made"),
                room * 0.42,
                s,
                hint=reports.tr("What did you change, and why?"),
            )
        )
        story.append(spacer(4 * mm))
        story.append(
            choices_line(
                reports.tr("Will you keep using this practice?"),
                [reports.tr(d) for d in DECISIONS],
                s,
            )
        )
        story.append(spacer(3 * mm))
        story.append(
            WritingBox(
                reports.tr("Reflection"),
                room * 0.54,
                s,
                hint=reports.tr(
                    "What did your students learn? What would you share with colleagues?"
                ),
            )
        )
        return story

    # --- observation protocol ----------------------------------------------------------

    def observation(self) -> list[Flowable]:
        reports, s, width = self.reports, self.s, self.width
        story: list[Flowable] = [section_heading(reports.tr("Peer classroom observation"), s)]
        if self.template.name:
            story.append(Paragraph(esc(self.template.name), s.lead))
        story += paragraphs(str(self.body.get("description") or ""), s.muted)
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Formative and non-punitive: the observed teacher owns what is "
                        "shared from this observation."
                    )
                ),
                s.muted,
            )
        )
        story.append(spacer(2 * mm))
        story.append(
            fill_in_line([reports.tr("Observer"), reports.tr("Observed teacher")], s, width)
        )
        story.append(spacer(2 * mm))
        story.append(
            fill_in_line([reports.tr("School"), reports.tr("Date"), reports.tr("Levels")], s, width)
        )
        story.append(spacer(2 * mm))
        story.append(fill_in_line([reports.tr("Agreed focus of the observation")], s, width))
        story.append(spacer(5 * mm))
        scale = [str(x) for x in (self.body.get("scale") or [])] or [
            reports.tr("Not observed"),
            reports.tr("Partly observed"),
            reports.tr("Observed"),
            reports.tr("Outstanding"),
        ]
        label_w = width - 22 * mm * len(scale)
        label_w = max(label_w, 70 * mm)
        col_w = (width - label_w) / len(scale)
        header = [reports.tr("What is observed"), *scale]
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = [
            ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
        ]
        domains = self.body.get("mbe_domains") or {}
        current = None
        domain_style = ParagraphStyle(
            "domain", parent=s.cell_bold, textColor=ACCENT_DARK, fontSize=8
        )
        for item in self.body.get("items", []):
            domain = str(item.get("mbe_domain") or "")
            if domain and domain != current:
                current = domain
                name = domains.get(domain) or reports.tr(MBE_DOMAINS.get(domain, ""))
                rows.append(
                    [Paragraph(esc(f"{domain} · {name}"), domain_style)] + [""] * len(scale)
                )
                index = len(rows)
                extra += [
                    ("SPAN", (0, index), (-1, index)),
                    ("BACKGROUND", (0, index), (-1, index), ACCENT_LIGHT),
                ]
            rows.append(
                [item.get("label", "")]
                + [Paragraph("<font size='13'>☐</font>", s.cell_center)] * len(scale)
            )
        story.append(
            data_table(
                header,
                rows,
                [label_w] + [col_w] * len(scale),
                s,
                align=["left"] + ["center"] * len(scale),
                zebra=False,
                extra=extra,
                compact=True,
            )
        )
        story.append(PageBreak())
        room = max(160 * mm, self.height - 30 * mm)
        for label, hint, share in (
            (
                reports.tr("Evidence"),
                reports.tr("What did you see and hear? Facts, not judgements."),
                0.28,
            ),
            (reports.tr("Strengths"), "", 0.22),
            (reports.tr("Opportunities for improvement"), "", 0.22),
            (reports.tr("Agreements and next steps"), "", 0.2),
        ):
            story.append(WritingBox(label, room * share, s, hint=hint))
            story.append(spacer(3 * mm))
        story.append(
            fill_in_line(
                [reports.tr("Observer's signature"), reports.tr("Observed teacher's signature")],
                s,
                width,
            )
        )
        return story

    # --- PHEA ---------------------------------------------------------------------------

    def phea(self) -> list[Flowable]:
        reports, s, width = self.reports, self.s, self.width
        story: list[Flowable] = [section_heading(reports.tr("Improvement cycle PHEA"), s)]
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Plan, Do, Study, Adjust (PDSA): a small change, tried and measured, "
                        "to improve the network's own meetings or a practice."
                    )
                ),
                s.lead,
            )
        )
        story.append(fill_in_line([reports.tr("Cycle"), reports.tr("Start date")], s, width))
        story.append(spacer(2 * mm))
        story.append(
            fill_in_line(
                [reports.tr("Responsible"), reports.tr("Practices or sessions linked")], s, width
            )
        )
        # Boxes fill the two pages: taller on Oficio.
        box_h = max(30 * mm, (self.height - 90 * mm) / 3.3)
        study_h = max(30 * mm, (self.height - 145 * mm) / 2)
        story.append(_stage_heading("1", reports.tr("Plan"), s))
        half = (width - 4 * mm) / 2
        story.append(
            _side_by_side(
                WritingBox(
                    reports.tr("Aim"),
                    box_h,
                    s,
                    hint=reports.tr("What do we want to achieve?"),
                    width=half,
                ),
                WritingBox(
                    reports.tr("Change idea"),
                    box_h,
                    s,
                    hint=reports.tr("What will we try?"),
                    width=half,
                ),
                width,
            )
        )
        story.append(spacer(3 * mm))
        story.append(
            _side_by_side(
                WritingBox(
                    reports.tr("Prediction"),
                    box_h,
                    s,
                    hint=reports.tr("What do we expect to happen?"),
                    width=half,
                ),
                WritingBox(
                    reports.tr("Indicator"),
                    box_h,
                    s,
                    hint=reports.tr("How will we know it improved? (e.g. attendance over 70%)"),
                    width=half,
                ),
                width,
            )
        )
        story.append(_stage_heading("2", reports.tr("Do"), s))
        story.append(
            WritingBox(
                reports.tr("What we did and what happened"),
                box_h * 1.3,
                s,
                hint=reports.tr("Dates, who, surprises"),
            )
        )
        story.append(PageBreak())
        story.append(_stage_heading("3", reports.tr("Study"), s))
        story.append(
            Paragraph(
                esc(
                    reports.tr(
                        "Write down the indicator's value for each period, mark the points on "
                        "the chart and draw the median. Six or more points in a row on the "
                        "same side of the median are a shift: the change is real."
                    )
                ),
                s.body,
            )
        )
        table_w = 50 * mm
        chart_w = width - table_w - 6 * mm
        rows = [("", "")] * 12
        values = data_table(
            [reports.tr("Period"), reports.tr("Value")],
            rows,
            [table_w * 0.55, table_w * 0.45],
            s,
            zebra=False,
            row_height=7 * mm,
            extra=[("LINEBEFORE", (1, 0), (1, -1), 0.4, RULE)],
        )
        grid = _blank_run_chart(reports, chart_w, 7 * mm * 12 + 8 * mm)
        story.append(_side_by_side(values, grid, width, first_width=table_w))
        story.append(spacer(3 * mm))
        story.append(WritingBox(reports.tr("What we learned"), study_h, s))
        story.append(_stage_heading("4", reports.tr("Adjust"), s))
        story.append(
            choices_line(
                reports.tr("Decision:"),
                [
                    reports.tr("Adopt the change"),
                    reports.tr("Adapt it and start a new cycle"),
                    reports.tr("Abandon it"),
                ],
                s,
            )
        )
        story.append(spacer(2 * mm))
        story.append(WritingBox(reports.tr("Notes and next cycle"), study_h, s))
        return story


# --- Pieces -----------------------------------------------------------------------------


def _exit_ticket_slip(
    c: Canvas,
    w: float,
    h: float,
    *,
    reports: Tr,
    styles: Styles,
    questions: list[Mapping[str, Any]],
) -> None:
    """One exit ticket: a green band with the title, the levels to tick, then each
    question with a face per option (happy to neutral, in the template's order: best
    first) and its short label."""
    band = 10 * mm
    c.setFillColor(ACCENT)
    c.roundRect(0, h - band, w, band, 2 * mm, stroke=0, fill=1)
    c.rect(0, h - band, w, 3 * mm, stroke=0, fill=1)
    c.setFillColor(WHITE)
    c.setFont(fonts.BOLD, 13)
    c.drawString(3 * mm, h - band + 3.2 * mm, reports.tr("Exit ticket"))
    # The level to tick, not a class to write: answers are tallied per level (a
    # multigrade room has several); never a name.
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, 8.5)
    row_y = h - band - 5 * mm
    label = reports.tr("My level:")
    c.drawString(1 * mm, row_y, label)
    start = 1 * mm + c.stringWidth(label, fonts.BOLD, 8.5) + 1.5 * mm
    box, size = 2.8 * mm, 7.8
    c.setFont(fonts.REGULAR, size)
    c.setStrokeColor(INK)
    c.setLineWidth(0.7)
    x = start
    for level in SLIP_LEVELS:
        text = LEVEL_SHORT.get(level, level)
        step = box + 0.7 * mm + c.stringWidth(text, fonts.REGULAR, size) + 1.6 * mm
        if x + step > w and x > start:  # a narrow slip: the rest on a second line
            x, row_y = start, row_y - 4.2 * mm
        c.rect(x, row_y - 0.5 * mm, box, box, stroke=1, fill=0)
        c.drawString(x + box + 0.7 * mm, row_y, text)
        x += step
    c.setFillColor(MUTED)
    c.setFont(fonts.REGULAR, 7.6)
    c.drawString(1 * mm, row_y - 5 * mm, reports.tr("Mark one face for each question. No names."))
    top = row_y - 7 * mm
    if not questions:
        return
    block = top / len(questions)
    prompt_style = ParagraphStyle(
        "prompt", parent=styles.body, fontName=fonts.BOLD, fontSize=12.5, leading=14.5,
        textColor=INK, spaceAfter=0,
    )  # fmt: skip
    label_style = ParagraphStyle(
        "option", parent=styles.body, fontSize=10, leading=11.5, alignment=1, spaceAfter=0
    )
    for q_index, question in enumerate(questions):
        y_top = top - block * q_index
        if q_index:
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            c.line(1 * mm, y_top, w - 1 * mm, y_top)
        prompt = Paragraph(f"{q_index + 1}. {esc(question.get('prompt', ''))}", prompt_style)
        _pw, ph = prompt.wrap(w - 2 * mm, block)
        prompt.drawOn(c, 1 * mm, y_top - 1.5 * mm - ph)
        options = question.get("options", [])
        n = max(1, len(options))
        col = w / n
        labels = [Paragraph(esc(o.get("label", "")), label_style) for o in options]
        label_h = max((p.wrap(col - 1 * mm, block)[1] for p in labels), default=0)
        room = block - 1.5 * mm - ph - 1.5 * mm - label_h - 1 * mm - 1.5 * mm
        diameter = max(8 * mm, min(18 * mm, room, col - 4 * mm))
        face_top = y_top - 1.5 * mm - ph - 1.5 * mm
        for o_index, label in enumerate(labels):
            cx = col * (o_index + 0.5)
            # Happy to neutral, never sad: "not yet" is no failure for a child.
            mood = 1 - o_index / (n - 1) if n > 1 else 1
            charts.face(diameter, mood).drawOn(c, cx - diameter / 2, face_top - diameter)
            label.drawOn(c, cx - (col - 1 * mm) / 2, face_top - diameter - 1 * mm - label_h)


def _stage_heading(number: str, name: str, styles: Styles) -> Flowable:
    style = ParagraphStyle(
        "stage", parent=styles.h2, textColor=ACCENT, fontSize=12.5, leading=16, spaceBefore=8
    )
    return Paragraph(
        f"<font color='#ffffff' backColor='#1f6f5c'>&nbsp;{esc(number)}&nbsp;</font>&nbsp; "
        f"{esc(name)}",
        style,
    )


def _side_by_side(
    left: Flowable, right: Flowable, width: float, *, first_width: float | None = None
) -> Table:
    gap = 4 * mm if first_width is None else 6 * mm
    first = first_width if first_width is not None else (width - gap) / 2
    table = Table([[left, "", right]], colWidths=[first, gap, width - first - gap], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([table])


def _blank_run_chart(reports: Tr, width: float, height: float) -> Drawing:
    """An empty grid to draw a run chart by hand."""
    drawing = charts.new_drawing(width, height)
    left, bottom = 14, 16
    plot_w, plot_h = width - left - 4, height - bottom - 6
    columns, rows = 12, 10
    for i in range(columns + 1):
        x = left + plot_w * i / columns
        drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=WRITE_LINE, strokeWidth=0.4))
    for j in range(rows + 1):
        y = bottom + plot_h * j / rows
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=WRITE_LINE, strokeWidth=0.4))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.8))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=INK, strokeWidth=0.8))
    drawing.add(
        String(left + plot_w, 4, reports.tr("periods →"), fontName=fonts.REGULAR, fontSize=7,
               fillColor=MUTED, textAnchor="end")
    )  # fmt: skip
    label = String(0, 0, reports.tr("value →"), fontName=fonts.REGULAR, fontSize=7, fillColor=MUTED)
    from reportlab.graphics.shapes import Group

    group = Group(label)
    group.translate(9, bottom)
    group.rotate(90)
    drawing.add(group)
    return drawing
