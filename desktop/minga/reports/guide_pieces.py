"""Pieces of the session guide used on several of its pages: a practice's details and
evidence, times of the programme, the satisfaction slip (re-exported by
`minga.reports.session_guide`).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Table,
)

from minga import display
from minga.reports import fonts
from minga.reports.guide_data import SATISFACTION_QUESTIONS, SATISFACTION_SCALE, PracticeSheet
from minga.reports.images import thumbnail
from minga.reports.layout import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    MUTED,
    WHITE,
    Styles,
    Tr,
    esc,
    key_values,
    labelled_text,
    spacer,
    table_style,
)

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


def minutes_of(clock: str) -> int:
    hours, _, minutes = (clock or "09:00").partition(":")
    try:
        return int(hours) * 60 + int(minutes)
    except ValueError:
        return 9 * 60


def clock_text(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def satisfaction_slip(
    c: Canvas,
    w: float,
    h: float,
    *,
    reports: Tr,
    styles: Styles,
    subtitle: str,
    questions: tuple[str, ...] = (),
    scale: tuple[str, ...] = (),
) -> None:
    """One survey slip: four statements, four boxes each, lines for a comment.

    `questions` and `scale` are the advisor's wording (printed as written); without them,
    Minga's own, in the reader's language."""
    statements = questions or tuple(reports.tr(q) for q in SATISFACTION_QUESTIONS)
    levels = scale or tuple(reports.tr(label) for label in SATISFACTION_SCALE)
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
    for index, label in enumerate(levels):
        cx = scale_left + col_w * (index + 0.5)
        for line_no, line in enumerate(_two_lines(label, 6.8, col_w - 4)):
            c.drawCentredString(cx, top + 6 - line_no * 8, line)
    row_h = 9 * mm
    for q_index, question in enumerate(statements):
        y = top - 10 - row_h * q_index
        if q_index % 2 == 0:
            c.setFillColor(ACCENT_LIGHT)
            c.rect(pad - 2, y - row_h + 5, w - 2 * pad + 4, row_h, stroke=0, fill=1)
        para = Paragraph(esc(question), styles.cell)
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
    base = top - 10 - row_h * len(statements) - 4 * mm
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
