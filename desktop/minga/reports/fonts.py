"""The embedded font family of every printed document: DejaVu Sans, shipped in
`resources/fonts/` with its licence.

ReportLab's standard fonts (Helvetica...) are not embedded and their encoding has no
room for much beyond Latin-1, so every text of a Minga PDF (paragraphs, tables, charts,
the canvas' initial font) uses this TrueType family instead; ReportLab embeds the subset
each document uses.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from minga import resources

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

#: Font name -> file in resources/fonts/.
FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register() -> str:
    """Registers the family with ReportLab (once per process); returns its name.

    Safe to call from any thread: PDFs are made off the GUI thread.
    """
    global _registered  # noqa: PLW0603 (ReportLab's font registry is process-wide)
    with _lock:
        if _registered:
            return FAMILY
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", filename))))
        # <b> and <i> in paragraphs pick the right face of the family.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
    return FAMILY
