"""The pieces printed documents are made of: rules, writing boxes, slip sheets, tables that
repeat their header and split between rows, headings that become PDF bookmarks, stat
cards. Long user text is made of Paragraphs that split across pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from minga.reports import fonts
from minga.reports.style import (
    ACCENT,
    ACCENT_FAINT,
    ACCENT_LIGHT,
    INK,
    MUTED,
    RULE,
    WHITE,
    WRITE_LINE,
    Styles,
    esc,
    split_paragraphs,
)

# --- Flowables --------------------------------------------------------------------------


class HRule(Flowable):
    """A horizontal rule of the frame's width."""

    def __init__(
        self, color: Any = RULE, thickness: float = 0.6, space_before: float = 0, after: float = 4
    ):
        super().__init__()
        self.color = color
        self.thickness = thickness
        self.space_before = space_before
        self.after = after
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.space_before + self.thickness + self.after

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(self.color)
        c.setLineWidth(self.thickness)
        y = self.after
        c.line(0, y, self.width, y)


class WritingBox(Flowable):
    """A rounded box with a label at its top left: space to write by hand."""

    def __init__(
        self,
        label: str,
        height: float,
        styles: Styles,
        *,
        hint: str = "",
        lines: bool = True,
        width: float | None = None,
    ):
        super().__init__()
        self.label = label
        self.hint = hint
        self.box_height = height
        self.styles = styles
        self.with_lines = lines
        self.fixed_width = width
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self.fixed_width or availWidth
        return self.width, self.box_height

    def draw(self) -> None:
        c = self.canv
        w, h = self.width, self.box_height
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.roundRect(0, 0, w, h, 2.5 * mm, stroke=1, fill=0)
        label = Paragraph(
            f"<b>{esc(self.label)}</b>"
            + (f" <font color='#5e6b67' size='7.4'>{esc(self.hint)}</font>" if self.hint else ""),
            self.styles.label,
        )
        _lw, lh = label.wrap(w - 6 * mm, h)
        label.drawOn(c, 3 * mm, h - 2.5 * mm - lh)
        if self.with_lines:
            c.setStrokeColor(WRITE_LINE)
            c.setLineWidth(0.4)
            top = h - 4 * mm - lh
            y = top - 7.5 * mm
            while y > 4 * mm:
                c.line(3 * mm, y, w - 3 * mm, y)
                y -= 7.5 * mm


class SlipSheet(Flowable):
    """One page of slips to cut apart: the frame is divided by dashed cut lines (with
    scissors) into `cols` x `rows` equal cells, and `draw_slip(canvas, width, height,
    index)` draws each slip inside its cell, `inset` away from the lines."""

    def __init__(
        self,
        count: int,
        cols: int,
        rows: int,
        draw_slip: Callable[[Canvas, float, float, int], None],
        *,
        first_index: int = 0,
        inset: float = 4 * mm,
    ):
        super().__init__()
        self.count = count
        self.cols = cols
        self.rows = rows
        self.draw_slip = draw_slip
        self.first_index = first_index
        self.inset = inset
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight - 1
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        cell_w = self.width / self.cols
        cell_h = self.height / self.rows
        inset = self.inset
        for i in range(self.count):
            col, row = i % self.cols, i // self.cols
            x = col * cell_w
            y = self.height - (row + 1) * cell_h
            c.saveState()
            c.translate(x + inset, y + inset)
            self.draw_slip(c, cell_w - 2 * inset, cell_h - 2 * inset, self.first_index + i)
            c.restoreState()
        used_rows = (self.count + self.cols - 1) // self.cols
        used_cols = min(self.count, self.cols)
        right = used_cols * cell_w
        bottom = self.height - used_rows * cell_h
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.5)
        c.setDash(3, 3)
        for row in range(used_rows + 1):
            y = self.height - row * cell_h
            c.line(0, y, right, y)
        for col in range(used_cols + 1):
            x = col * cell_w
            c.line(x, bottom, x, self.height)
        c.setDash()
        c.setFont(fonts.REGULAR, 9)
        for row in range(used_rows + 1):
            y = self.height - row * cell_h
            c.setFillColor(WHITE)
            c.rect(3 * mm, y - 4.5, 11, 9, stroke=0, fill=1)
            c.setFillColor(MUTED)
            c.drawString(3 * mm + 1, y - 3.2, "✂")
        c.restoreState()


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells use the embedded font (Table's default is
    Helvetica, which would be referenced unembedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def section_heading(text: str, styles: Styles, *, level: int = 0, bookmark: bool = True) -> Any:
    """A heading (h1 for level 0, h2 for level 1) that becomes a bookmark and is listed
    in the document's contents. `text` is plain (escaped here)."""
    style = styles.h1 if level == 0 else styles.h2
    para = Paragraph(esc(text), style)
    if bookmark:
        para._minga_section = (text, level)  # type: ignore[attr-defined]
    if level == 0:
        return KeepTogether([para, HRule(ACCENT, 1.2, after=8)])
    return para


def paragraphs(text: str, style: ParagraphStyle, *, empty: str = "") -> list[Flowable]:
    """User text as Paragraphs (one per block), escaped; `empty` (plain) when blank."""
    blocks = split_paragraphs(text)
    if not blocks:
        return [Paragraph(esc(empty), style)] if empty else []
    return [Paragraph(esc(block), style) for block in blocks]


def labelled_text(label: str, text: str, styles: Styles, *, empty: str = "—") -> list[Flowable]:
    """A small green label over the user's text (which may run across pages); the label
    keeps with the first lines of its text (its style has keepWithNext)."""
    return [Paragraph(esc(label), styles.label), *paragraphs(text, styles.body, empty=empty)]


def data_table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: Styles,
    *,
    align: Sequence[str] | None = None,
    zebra: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    row_height: float | None = None,
    compact: bool = False,
) -> Table:
    """A clean table: a tinted header row repeated on each page, thin rules between rows,
    splitting between rows. Cells are plain strings (escaped and wrapped here) or
    flowables. `compact`: smaller headers and padding, for tables of many numbers."""
    align = align or ["left"] * len(widths)
    cell_styles = {
        "left": styles.cell,
        "center": styles.cell_center,
        "right": styles.cell_right,
        "bold": styles.cell_bold,
    }

    def cell(value: Any, column: int) -> Any:
        if isinstance(value, Flowable | list):
            return value
        return Paragraph(esc(value), cell_styles.get(align[column], styles.cell))

    data: list[list[Any]] = []
    if header is not None:
        head_styles = [
            ParagraphStyle(
                f"head_{a}",
                parent=styles.cell_head,
                alignment={"center": TA_CENTER, "right": TA_RIGHT}.get(a, TA_LEFT),
                fontSize=7 if compact else styles.cell_head.fontSize,
                leading=8.6 if compact else styles.cell_head.leading,
            )
            for a in align
        ]
        data.append([Paragraph(esc(h), head_styles[i]) for i, h in enumerate(header)])
    data.extend([cell(v, i) for i, v in enumerate(row)] for row in rows)
    heights = None
    if row_height is not None:
        heights = [None] * (1 if header is not None else 0) + [row_height] * len(rows)
    table = Table(
        data,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=1 if header is not None else 0,
        splitByRow=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 if compact else 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 if compact else 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    first = 0
    if header is not None:
        first = 1
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    if zebra:
        for index in range(first + 1, len(data), 2):
            commands.append(("BACKGROUND", (0, index), (-1, index), ACCENT_FAINT))
    if row_height is not None:
        commands.append(("VALIGN", (0, first), (-1, -1), "MIDDLE"))
    commands.extend(extra)
    table.setStyle(table_style(commands))
    return table


def key_values(
    pairs: Sequence[tuple[str, str]], styles: Styles, width: float, *, label_width: float = 38 * mm
) -> Table:
    """Label / value rows (the practice's card): labels in green, values wrapped."""
    label_style = ParagraphStyle("kv_label", parent=styles.label, spaceBefore=0, keepWithNext=0)
    data = [
        [Paragraph(esc(label), label_style), Paragraph(esc(value or "—"), styles.cell)]
        for label, value in pairs
    ]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT", splitByRow=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (0, -1), 4.6),
            ]
        )
    )
    return table


def choices_line(label: str, options: Sequence[str], styles: Styles) -> Paragraph:
    """`label  ☐ a   ☐ b   ☐ c` (boxes to tick by hand)."""
    boxes = "&nbsp;&nbsp;&nbsp;&nbsp;".join(
        f"<font size='13'>☐</font>&nbsp;{esc(option)}" for option in options
    )
    return Paragraph(f"<b>{esc(label)}</b>&nbsp;&nbsp;&nbsp;{boxes}", styles.choice)


def spacer(height: float) -> Spacer:
    return Spacer(1, height)


def tick_box(styles: Styles) -> Paragraph:
    return Paragraph("<font size='13'>☐</font>", styles.cell_center)


def fill_in_line(labels: list[str], styles: Styles, width: float) -> Table:
    """Labels over lines to fill in by hand, side by side."""
    cells = [[Paragraph(esc(label), styles.label) for label in labels]]
    cells.append([""] * len(labels))
    col = width / len(labels)
    table = Table(cells, colWidths=[col] * len(labels), rowHeights=[None, 8 * mm], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    for index in range(len(labels)):
        commands.append(("LINEBELOW", (index, 1), (index, 1), 0.6, MUTED))
    table.setStyle(table_style(commands))
    # The rule under each column stops short of the next one.
    return table


def stat_cards(cards: list[tuple[str, str, str]], styles: Styles, width: float) -> Table:
    """Big numbers in tinted cards, side by side: (caption, value, detail)."""
    value_style = ParagraphStyle(
        "card_value", parent=styles.body, fontName=fonts.BOLD, fontSize=17, leading=21,
        textColor=ACCENT, spaceAfter=0,
    )  # fmt: skip
    caption_style = ParagraphStyle(
        "card_caption", parent=styles.cell, textColor=INK, fontSize=8, leading=10
    )
    detail_style = ParagraphStyle(
        "card_detail", parent=styles.cell, textColor=MUTED, fontSize=7.2, leading=9
    )
    gap = 4 * mm
    count = len(cards)
    cell_w = (width - gap * (count - 1)) / count
    row: list[Any] = []
    widths: list[float] = []
    for index, (caption, value, detail) in enumerate(cards):
        content = [Paragraph(esc(value), value_style), Paragraph(esc(caption), caption_style)]
        if detail:
            content.append(Paragraph(esc(detail), detail_style))
        row.append(content)
        widths.append(cell_w)
        if index < count - 1:
            row.append("")
            widths.append(gap)
    table = Table([row], colWidths=widths, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    for index in range(0, len(row), 2):
        commands.append(("BACKGROUND", (index, 0), (index, 0), ACCENT_LIGHT))
        commands.append(("LINEABOVE", (index, 0), (index, 0), 1.6, ACCENT))
    table.setStyle(table_style(commands))
    return table
