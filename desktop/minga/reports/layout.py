"""The page template shared by every printed document, and the pieces they are made of.

- **Paper**: Carta (US Letter, 612 x 792 pt: what Chile calls carta), Oficio
  (216 x 330 mm) and A4, with the same margins on all three; content flows, so a longer
  sheet only means fewer page breaks.
- **Header and footer** on every page: the microcentre and the document's title above a
  thin green rule; "Minga", the date of printing and "página X de Y" below. The total is
  known only at the end, so `NumberedCanvas` keeps each page until the document is
  complete and then writes the numbers (one layout pass).
- **Metadata**: title, author, subject, creator "Minga", and the document's language
  (/Lang es-CL) in the catalog, for screen readers and search.
- **User text** always goes through `esc()` before it meets Paragraph markup, so a title
  like `<b>Fracciones & decimales</b>` prints literally. Long text is made of Paragraphs
  that split across pages; tables repeat their header and split between rows.
- **Sections**: a heading made with `section_heading()` becomes a PDF bookmark and is listed
  (title, page) in the `PrintedDocument` returned, which the GUI shows as the document's
  contents.

Strings are English sources marked `QT_TRANSLATE_NOOP("reports", ...)`, translated with
`minga.i18n.catalog(lang)`. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from minga import display
from minga.domain.errors import ValidationError
from minga.domain.vocab import LEVEL_LABELS, LEVEL_SHORT, SUBJECTS
from minga.i18n import QT_TRANSLATE_NOOP, Catalog, catalog
from minga.reports import fonts

CONTEXT = "reports"

# --- Paper ------------------------------------------------------------------------------

#: Paper sizes in points (width, height), portrait.
PAPERS: dict[str, tuple[float, float]] = {
    "carta": LETTER,  # 8.5 x 11 in (215.9 x 279.4 mm): "tamaño carta"
    "oficio": (216 * mm, 330 * mm),
    "a4": A4,
}
DEFAULT_PAPER = "carta"

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm  # the header sits in the top margin
MARGIN_BOTTOM = 20 * mm  # and the footer in the bottom one


def page_size(paper: str) -> tuple[float, float]:
    """The size of `paper` (carta, oficio or a4); `ValidationError` for anything else."""
    size = PAPERS.get((paper or "").strip().lower())
    if size is None:
        raise ValidationError(
            "paper",
            QT_TRANSLATE_NOOP("errors", "Unknown paper size '{value}': use carta, oficio or a4."),
            value=paper,
        )
    return size


def normalize_paper(paper: str | None) -> str:
    """`Carta `, `OFICIO`... -> carta, oficio, a4; `ValidationError` for anything else."""
    key = (paper or DEFAULT_PAPER).strip().lower()
    if key not in PAPERS:
        page_size(paper or "")
    return key


# --- Colours ----------------------------------------------------------------------------

ACCENT = colors.HexColor("#1f6f5c")  # the app's green
ACCENT_DARK = colors.HexColor("#17574a")
ACCENT_LIGHT = colors.HexColor("#e3efeb")
ACCENT_FAINT = colors.HexColor("#f3f8f6")
INK = colors.HexColor("#1f2624")
MUTED = colors.HexColor("#5e6b67")
RULE = colors.HexColor("#c3d2cd")
WRITE_LINE = colors.HexColor("#b9c4c0")
WARM = colors.HexColor("#c0612b")  # marks shifts on run charts; used sparingly
WHITE = colors.white


# --- Translation and formatting --------------------------------------------------------

MONTHS = (
    QT_TRANSLATE_NOOP("reports", "January"),
    QT_TRANSLATE_NOOP("reports", "February"),
    QT_TRANSLATE_NOOP("reports", "March"),
    QT_TRANSLATE_NOOP("reports", "April"),
    QT_TRANSLATE_NOOP("reports", "May"),
    QT_TRANSLATE_NOOP("reports", "June"),
    QT_TRANSLATE_NOOP("reports", "July"),
    QT_TRANSLATE_NOOP("reports", "August"),
    QT_TRANSLATE_NOOP("reports", "September"),
    QT_TRANSLATE_NOOP("reports", "October"),
    QT_TRANSLATE_NOOP("reports", "November"),
    QT_TRANSLATE_NOOP("reports", "December"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("reports", "Monday"),
    QT_TRANSLATE_NOOP("reports", "Tuesday"),
    QT_TRANSLATE_NOOP("reports", "Wednesday"),
    QT_TRANSLATE_NOOP("reports", "Thursday"),
    QT_TRANSLATE_NOOP("reports", "Friday"),
    QT_TRANSLATE_NOOP("reports", "Saturday"),
    QT_TRANSLATE_NOOP("reports", "Sunday"),
)


class Tr:
    """Translations of the `reports` context (and the shared vocabulary) in one language.

    Document code holds one in a variable named `reports` and writes
    `reports.tr("Source text", name=value)`: pyside6-lupdate files `x.tr(...)` strings
    under the variable's name, so they land in the `reports` context of the .ts files
    (as `cli.tr` does for the command line). Plurals: `reports.tr("%n page(s)", "", n)`.
    Texts kept in constants are marked `QT_TRANSLATE_NOOP("reports", ...)`.
    """

    def __init__(self, lang: str | None = None):
        self.cat: Catalog = catalog(lang)
        self.lang = self.cat.lang

    def tr(
        self, text: str, disambiguation: str = "", n: int | None = None, /, **params: object
    ) -> str:
        return self.cat(CONTEXT, text, n, **params)

    def vocab(self, text: str) -> str:
        return self.cat.translate("vocab", text)

    @property
    def pdf_language(self) -> str:
        return "es-CL" if self.lang == "es" else "en"

    # --- dates and numbers --------------------------------------------------------------

    def long_date(self, day: dt.date, *, weekday: bool = False) -> str:
        """`jueves 26 de noviembre de 2026` / `Thursday, November 26, 2026`."""
        params = {
            "day": day.day,
            "month": self.tr(MONTHS[day.month - 1]),
            "year": day.year,
        }
        if weekday:
            return self.tr(
                QT_TRANSLATE_NOOP("reports", "{weekday}, {month} {day}, {year}"),
                weekday=self.tr(WEEKDAYS[day.weekday()]),
                **params,
            )
        return self.tr(QT_TRANSLATE_NOOP("reports", "{month} {day}, {year}"), **params)

    def short_date(self, day: dt.date | None) -> str:
        """`26-11-2026` (the Chilean order) / `2026-11-26`."""
        if day is None:
            return "—"
        if self.lang == "es":
            return f"{day.day:02d}-{day.month:02d}-{day.year}"
        return day.isoformat()

    def month_label(self, day: dt.date) -> str:
        """`Abr` / `Apr`: the first three letters of the month's name (true in both)."""
        return self.tr(MONTHS[day.month - 1])[:3].capitalize()

    def decimal(self, value: float, digits: int = 1) -> str:
        """`3,3` / `3.3`; whole numbers without decimals."""
        if math.isclose(value, round(value)):
            return str(round(value))
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.lang == "es" else text

    def percent(self, rate: float | None) -> str:
        return "—" if rate is None else f"{round(rate * 100)}%"

    def ratio(self, ratio: Any) -> str:
        """`85% (17 de 20)`; a dash when nothing was measured."""
        if ratio is None or ratio.denominator == 0:
            return "—"
        return self.tr(
            QT_TRANSLATE_NOOP("reports", "{rate} ({numerator} of {denominator})"),
            rate=self.percent(ratio.rate),
            numerator=ratio.numerator,
            denominator=ratio.denominator,
        )

    def fraction(self, ratio: Any) -> str:
        """`17 de 20` (captions under bars)."""
        if ratio is None or ratio.denominator == 0:
            return ""
        return self.tr(
            QT_TRANSLATE_NOOP("reports", "{numerator} of {denominator}"),
            numerator=ratio.numerator,
            denominator=ratio.denominator,
        )

    def ratio_compact(self, ratio: Any) -> str:
        """`85% (17/20)` for narrow table cells."""
        if ratio is None or ratio.denominator == 0:
            return "—"
        return f"{self.percent(ratio.rate)} ({ratio.numerator}/{ratio.denominator})"

    # Stored lists may hold anything (minga.display): an unexpected item prints as `?`.
    def levels(self, codes: Iterable[str], *, short: bool = True) -> str:
        if short:
            return display.codes(codes, LEVEL_SHORT, "report levels")
        return display.codes(codes, LEVEL_LABELS, "report levels", self.vocab)

    def subjects(self, codes: Iterable[str]) -> str:
        return display.codes(codes, SUBJECTS, "report subjects", self.vocab)


# --- User text in markup ----------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> str:
    """User text made safe for Paragraph markup: `<b>` prints as `<b>`, `&` as `&`.

    Control characters go; line breaks stay line breaks.
    """
    clean = _CONTROL.sub("", str(text or "")).replace("\r\n", "\n").replace("\r", "\n")
    return escape(clean).replace("\t", " ").replace("\n", "<br/>")


def split_paragraphs(text: str) -> list[str]:
    """Blocks of text separated by blank lines (each becomes its own Paragraph, so a long
    text splits between pages at any line, and reads well)."""
    clean = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not clean:
        return []
    return [block.strip() for block in re.split(r"\n\s*\n", clean) if block.strip()]


# --- Styles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_small: ParagraphStyle
    lead: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    choice: ParagraphStyle


def make_styles() -> Styles:
    family = fonts.register()
    base = ParagraphStyle(
        "body",
        fontName=family,
        fontSize=9.2,
        leading=13.4,
        textColor=INK,
        spaceAfter=4,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = derive("cell", fontSize=8.4, leading=11, spaceAfter=0)
    return Styles(
        body=base,
        body_small=derive("body_small", fontSize=8.2, leading=11.4),
        lead=derive("lead", fontSize=10.5, leading=15, textColor=INK, spaceAfter=6),
        muted=derive("muted", fontSize=8, leading=11, textColor=MUTED),
        label=derive(
            "label",
            fontName=fonts.BOLD,
            fontSize=7.4,
            leading=9.5,
            textColor=ACCENT,
            spaceAfter=1,
            spaceBefore=4,
            keepWithNext=1,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.BOLD),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=fonts.BOLD, textColor=ACCENT_DARK, fontSize=8
        ),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        h1=derive(
            "h1",
            fontName=fonts.BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=3,
            keepWithNext=1,
        ),
        h2=derive(
            "h2",
            fontName=fonts.BOLD,
            fontSize=11.5,
            leading=15,
            textColor=INK,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=derive(
            "h3",
            fontName=fonts.BOLD,
            fontSize=9.4,
            leading=12.5,
            textColor=ACCENT_DARK,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        cover_kicker=derive(
            "cover_kicker",
            fontName=fonts.BOLD,
            fontSize=10,
            leading=14,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        cover_title=derive(
            "cover_title",
            fontName=fonts.BOLD,
            fontSize=27,
            leading=33,
            textColor=INK,
            spaceAfter=10,
        ),
        cover_subtitle=derive(
            "cover_subtitle", fontSize=13, leading=18, textColor=MUTED, spaceAfter=4
        ),
        choice=derive("choice", fontSize=10, leading=15, spaceAfter=2),
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


# --- The document ---------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentInfo:
    """What the header, the footer and the PDF metadata say."""

    title: str  # PDF title and the header's right side
    subject: str
    author: str  # the advisor, the teacher, or the microcentre
    microcentre: str  # the header's left side
    printed_on: dt.date
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    title: str
    page: int
    level: int = 0


@dataclass(frozen=True)
class Rendered:
    """What a document module wrote: pages, sections (title -> page) and its title."""

    pages: int
    sections: list[Section]
    title: str


@dataclass
class PrintedDocument:
    """A PDF written: where, how many pages, and its contents (section -> first page)."""

    path: Path
    pages: int
    sections: list[Section] = field(default_factory=list)
    title: str = ""


class _KeepWithNext(KeepTogether):
    """What a heading (keepWithNext) and the flowable after it become. Kept together as
    usual, except that when the rest of the page has room for the heading and a good
    part of what follows (a long table or text that can split), they start right there
    instead of leaving the rest of the page blank."""

    MIN_ROOM = 35 * mm

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        *heads, body = self._content
        if aH < self._H and heads:
            used = 0.0
            for head in heads:
                _w, h = head.wrapOn(self.canv, aW, aH)
                used += h + head.getSpaceBefore() + head.getSpaceAfter()
            room = aH - used - body.getSpaceBefore()
            if room >= self.MIN_ROOM:
                parts = body.splitOn(self.canv, aW, room)
                if len(parts) > 1:
                    return [*heads, *parts]
        return super().split(aW, aH)


def _numbered_canvas(label: Callable[[int, int], str]) -> type[Canvas]:
    """A canvas that holds every page until the end, then writes "página X de Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                self._page_number(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _page_number(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(fonts.REGULAR, 7.6)
            self.setFillColor(MUTED)
            self.drawRightString(
                width - MARGIN_X, MARGIN_BOTTOM - 10 * mm, label(self._pageNumber, total)
            )
            self.restoreState()

    return NumberedCanvas


class MingaDocument(BaseDocTemplate):
    """Carta, Oficio or A4 pages with Minga's header and footer, a cover template
    (no header) and the bookkeeping of sections, progress and cancel."""

    def __init__(
        self,
        filename: Any,
        info: DocumentInfo,
        reports: Tr,
        paper: str = DEFAULT_PAPER,
        *,
        progress: Any | None = None,
        cover: bool = False,
    ):
        fonts.register()
        # Binary streams, not ASCII85: smaller files, and ReportLab's encoder is slow in
        # pure Python (ReportLab reads this setting when it writes each image).
        rl_config.useA85 = 0
        self.info = info
        self.reports = reports
        self.sections: list[Section] = []
        self.progress = progress
        self._drawn = 0
        self._expected = 1
        width, height = page_size(paper)
        super().__init__(
            filename,
            pagesize=(width, height),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="Minga",
            keywords=list(info.keywords),
            lang=reports.pdf_language,
            initialFontName=fonts.REGULAR,
            initialFontSize=10,
            displayDocTitle=1,
            keepTogetherClass=_KeepWithNext,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [PageTemplate("body", [frame], onPage=self._decorate)]
        if cover:
            cover_frame = Frame(
                self.leftMargin,
                self.bottomMargin,
                self.width,
                height - self.bottomMargin - 22 * mm,
                id="cover",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            templates.insert(0, PageTemplate("cover", [cover_frame], onPage=self._decorate_cover))
        self.addPageTemplates(templates)

    # --- page decoration ---------------------------------------------------------------

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        top = height - 13 * mm
        canvas.setFont(fonts.BOLD, 7.6)
        canvas.setFillColor(ACCENT)
        left_text = _fit(canvas, self.info.microcentre or "Minga", fonts.BOLD, 7.6, self.width / 2)
        canvas.drawString(MARGIN_X, top, left_text)
        canvas.setFont(fonts.REGULAR, 7.6)
        canvas.setFillColor(MUTED)
        title = _fit(canvas, self.info.title, fonts.REGULAR, 7.6, self.width / 2 - 6 * mm)
        canvas.drawRightString(width - MARGIN_X, top, title)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, top - 2.6 * mm, width - MARGIN_X, top - 2.6 * mm)
        self._footer(canvas)
        canvas.restoreState()

    def _decorate_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        # A band of the accent colour across the top of the cover.
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        canvas.setFillColor(ACCENT_LIGHT)
        canvas.rect(0, height - 10.6 * mm, width, 1.6 * mm, stroke=0, fill=1)
        self._footer(canvas)
        canvas.restoreState()

    def _footer(self, canvas: Canvas) -> None:
        width, _height = self.pagesize
        y = MARGIN_BOTTOM - 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
        canvas.setFont(fonts.REGULAR, 7.6)
        canvas.setFillColor(MUTED)
        reports = self.reports
        text = reports.tr("Minga · printed on {date}", date=reports.long_date(self.info.printed_on))
        canvas.drawString(MARGIN_X, y, text)

    # --- sections, progress, cancel ----------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        found = getattr(flowable, "_minga_section", None)
        if found is None and isinstance(flowable, KeepTogether):
            for inner in getattr(flowable, "_content", []):
                found = getattr(inner, "_minga_section", None)
                if found:
                    break
        if found is not None:
            title, level = found
            page = self.canv.getPageNumber()
            key = f"s{len(self.sections)}"
            self.canv.bookmarkPage(key)
            previous = self.sections[-1].level if self.sections else -1
            level = min(level, previous + 1)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
            self.sections.append(Section(title, page, level))
        self._drawn += 1
        if self.progress is not None:
            report = getattr(self.progress, "report", None)
            if report is not None and self._drawn % 5 == 0:
                report(min(self._drawn, self._expected - 1), self._expected, "")
            check = getattr(self.progress, "check", None)
            if check is not None:
                check()

    def render(self, story: list[Flowable]) -> int:
        """Lays out and writes the story; returns the number of pages."""
        self._expected = max(2, len(story))
        reports = self.reports
        self.build(
            story,
            canvasmaker=_numbered_canvas(
                lambda page, total: reports.tr("page {page} of {pages}", page=page, pages=total)
            ),
        )
        return self.page


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` points (header lines stay one line)."""
    text = " ".join((text or "").split())
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def frame_width(paper: str) -> float:
    """The width of the text column on `paper`."""
    return page_size(paper)[0] - 2 * MARGIN_X


def frame_height(paper: str) -> float:
    return page_size(paper)[1] - MARGIN_TOP - MARGIN_BOTTOM
