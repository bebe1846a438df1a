"""Paper, colours, translation and the paragraph styles of every printed document.

- **Paper**: Carta (US Letter, 612 x 792 pt: what Chile calls carta), Oficio
  (216 x 330 mm) and A4, with the same margins on all three; content flows, so a longer
  sheet only means fewer page breaks.
- **User text** always goes through `esc()` before it meets Paragraph markup, so a title
  like `<b>Fracciones & decimales</b>` prints literally.

Strings are English sources marked `QT_TRANSLATE_NOOP("reports", ...)`, translated with
`minga.i18n.catalog(lang)` (`Tr`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

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
