"""The page template shared by every printed document, and the pieces they are made of.

The pieces live in three modules, re-exported here so every document imports one name:
`minga.reports.style` (paper sizes, colours, translation and dates, `esc()` for user
text in markup, the paragraph styles), `minga.reports.flowables` (rules, writing boxes,
slip sheets, tables, headings that become bookmarks, stat cards) and
`minga.reports.document` (`MingaDocument`: header and footer on every page, "página X de
Y", the PDF's metadata and language, the sections returned as `PrintedDocument`).

Strings are English sources marked `QT_TRANSLATE_NOOP("reports", ...)`, translated with
`minga.i18n.catalog(lang)`. Nothing here imports Qt.
"""

from __future__ import annotations

from minga.reports.document import (
    DocumentInfo,
    MingaDocument,
    PrintedDocument,
    Rendered,
    Section,
    frame_height,
    frame_width,
)
from minga.reports.flowables import (
    HRule,
    SlipSheet,
    WritingBox,
    choices_line,
    data_table,
    fill_in_line,
    key_values,
    labelled_text,
    paragraphs,
    section_heading,
    spacer,
    stat_cards,
    table_style,
    tick_box,
)
from minga.reports.style import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_FAINT,
    ACCENT_LIGHT,
    CONTEXT,
    DEFAULT_PAPER,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MONTHS,
    MUTED,
    PAPERS,
    RULE,
    WARM,
    WEEKDAYS,
    WHITE,
    WRITE_LINE,
    Styles,
    Tr,
    esc,
    make_styles,
    normalize_paper,
    page_size,
    split_paragraphs,
)

__all__ = [
    "ACCENT",
    "ACCENT_DARK",
    "ACCENT_FAINT",
    "ACCENT_LIGHT",
    "CONTEXT",
    "DEFAULT_PAPER",
    "INK",
    "MARGIN_BOTTOM",
    "MARGIN_TOP",
    "MARGIN_X",
    "MONTHS",
    "MUTED",
    "PAPERS",
    "RULE",
    "WARM",
    "WEEKDAYS",
    "WHITE",
    "WRITE_LINE",
    "DocumentInfo",
    "HRule",
    "MingaDocument",
    "PrintedDocument",
    "Rendered",
    "Section",
    "SlipSheet",
    "Styles",
    "Tr",
    "WritingBox",
    "choices_line",
    "data_table",
    "esc",
    "fill_in_line",
    "frame_height",
    "frame_width",
    "key_values",
    "labelled_text",
    "make_styles",
    "normalize_paper",
    "page_size",
    "paragraphs",
    "section_heading",
    "spacer",
    "split_paragraphs",
    "stat_cards",
    "table_style",
    "tick_box",
]
