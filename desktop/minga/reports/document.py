"""The page template shared by every printed document.

- **Header and footer** on every page: the microcentre and the document's title above a
  thin green rule; "Minga", the date of printing and "página X de Y" below. The total is
  known only at the end, so the numbered canvas keeps each page until the document is
  complete and then writes the numbers (one layout pass).
- **Metadata**: title, author, subject, creator "Minga", and the document's language
  (/Lang es-CL) in the catalog, for screen readers and search.
- **Sections**: a heading made with `section_heading()` becomes a PDF bookmark and is
  listed (title, page) in the `PrintedDocument` returned, which the GUI shows as the
  document's contents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
)

from minga.reports import fonts
from minga.reports.style import (
    ACCENT,
    ACCENT_LIGHT,
    DEFAULT_PAPER,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    Tr,
    page_size,
)

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
