"""Printed documents of a person's data rights: the summary of her data (access and
portability), and the privacy page for advisors (docs/privacy.md, Spanish part)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from minga.domain.vocab import KIND_LABELS, ROLE_LABELS
from minga.i18n import QT_TRANSLATE_NOOP
from minga.reports.layout import (
    DocumentInfo,
    MingaDocument,
    Rendered,
    Tr,
    data_table,
    esc,
    frame_width,
    key_values,
    make_styles,
    section_heading,
    spacer,
)

# The fields shown for each kind in the summary: a title-like field, then a date.
_TITLE_FIELDS = (
    "title",
    "name",
    "focus",
    "filename",
    "text",
    "notes",
    "comment",
    "note",
    "strengths",
    "suggestions",
    "reflection",
    "adjustments",
    "aim",
)
_DATE_FIELDS = (
    "date",
    "observed_on",
    "applied_on",
    "chosen_on",
    "written_on",
    "due_on",
    "started_on",
    "updated_at",
)
EXCERPT = 140
# At most this many rows per kind in the summary (the most recent); the JSON has them all.
ROWS_SHOWN = 200
NONE_YET = QT_TRANSLATE_NOOP("reports", "Nothing of this kind.")
ATTENDANCE = {
    "present": QT_TRANSLATE_NOOP("reports", "Present"),
    "absent": QT_TRANSLATE_NOOP("reports", "Absent"),
    "excused": QT_TRANSLATE_NOOP("reports", "Excused"),
}
PRESENTED = QT_TRANSLATE_NOOP("reports", "Presented a practice ({minutes} min)")
STUDENTS = QT_TRANSLATE_NOOP("reports", "{count} students present")


@dataclass
class PersonSummary:
    name: str
    role: str
    email: str
    school: str
    microcentre: str
    asked_by: str
    counts: dict[str, int] = field(default_factory=dict)
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _what(kind: str, record: dict[str, Any], reports: Tr) -> str:
    for name in _TITLE_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"
    if kind == "attendance" and record.get("status") in ATTENDANCE:
        return reports.tr(ATTENDANCE[record["status"]])
    if kind == "presentation":
        return reports.tr(PRESENTED, minutes=record.get("minutes", 0))
    if "students_present" in record:
        return reports.tr(STUDENTS, count=record.get("students_present", 0))
    return "—"


def _heading(text: str) -> str:
    return text[:1].upper() + text[1:]


def _when(record: dict[str, Any]) -> str:
    for name in _DATE_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value:
            return value[:10]
    return ""


def render_person_summary(
    summary: PersonSummary,
    target: str,
    *,
    paper: str,
    lang: str | None,
    printed_on: dt.date,
) -> Rendered:
    reports = Tr(lang)
    styles = make_styles()
    width = frame_width(paper)
    title = reports.tr("The data of {name} in Minga", name=summary.name)
    info = DocumentInfo(
        title=title,
        subject=reports.tr("Access to one's personal data (Ley 21.719)"),
        author=summary.asked_by,
        microcentre=summary.microcentre,
        printed_on=printed_on,
        keywords=("Minga", "Ley 21.719"),
    )
    doc = MingaDocument(target, info, reports, paper)
    story: list[Flowable] = [section_heading(title, styles)]
    story.append(
        Paragraph(
            esc(
                reports.tr(
                    "Everything this computer holds about {name} and everything she wrote, "
                    "on {date}, asked for by {asked_by}. The files of this folder hold the "
                    "same records in full (JSON) with her evidence files.",
                    name=summary.name,
                    date=printed_on.isoformat(),
                    asked_by=summary.asked_by,
                )
            ),
            styles.body,
        )
    )
    story.append(spacer(6))
    role = reports.vocab(ROLE_LABELS.get(summary.role, summary.role))
    story.append(
        key_values(
            [
                (reports.tr("Name"), summary.name),
                (reports.tr("Role"), role),
                (reports.tr("School"), summary.school),
                (reports.tr("Microcentre"), summary.microcentre),
                (reports.tr("E-mail"), summary.email),
            ],
            styles,
            width,
        )
    )
    story.append(spacer(8))
    story.append(section_heading(reports.tr("Records by kind"), styles, level=1))
    rows = [
        [_heading(reports.vocab(KIND_LABELS.get(kind, kind))), str(count)]
        for kind, count in sorted(summary.counts.items())
    ]
    if rows:
        story.append(
            data_table(
                [reports.tr("Kind"), reports.tr("Records")],
                rows,
                [width * 0.75, width * 0.25],
                styles,
            )
        )
    else:
        story.append(Paragraph(esc(reports.tr(NONE_YET)), styles.body))
    for kind, records in summary.records.items():
        if kind == "person" or not records:
            continue
        story.append(spacer(6))
        label = _heading(reports.vocab(KIND_LABELS.get(kind, kind)))
        story.append(section_heading(label, styles, level=1))
        story.append(
            data_table(
                [reports.tr("Date"), reports.tr("What")],
                [[_when(r), _what(kind, r, reports)] for r in records[-ROWS_SHOWN:]],
                [width * 0.2, width * 0.8],
                styles,
            )
        )
        if len(records) > ROWS_SHOWN:
            story.append(
                Paragraph(
                    esc(
                        reports.tr(
                            "The {shown} most recent of {total}; every one is in "
                            "registros/{kind}.json.",
                            shown=ROWS_SHOWN,
                            total=len(records),
                            kind=kind,
                        )
                    ),
                    styles.muted,
                )
            )
    pages = doc.render(story)
    return Rendered(pages, doc.sections, title)


# --- the privacy page -------------------------------------------------------------------

SPANISH_START = "<!-- es:start -->"
SPANISH_END = "<!-- es:end -->"


def privacy_markdown(source: Path) -> str:
    """The Spanish part of docs/privacy.md (between its two markers)."""
    text = source.read_text(encoding="utf-8")
    start = text.index(SPANISH_START) + len(SPANISH_START)
    return text[start : text.index(SPANISH_END)].strip()


def _inline(text: str) -> str:
    """Markdown inline marks as ReportLab markup (after escaping)."""
    value = esc(text)
    value = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", value)
    value = re.sub(r"`(.+?)`", r'<font face="Courier">\1</font>', value)
    return value


def render_privacy_page(
    markdown: str, target: str, *, paper: str, printed_on: dt.date, microcentre: str = ""
) -> Rendered:
    """The advisors' privacy page (Spanish) from its Markdown: headings, paragraphs,
    bullet lists and simple tables."""
    reports = Tr("es")
    styles = make_styles()
    width = frame_width(paper)
    title = "Privacidad en Minga"
    info = DocumentInfo(
        title=title,
        subject="Qué datos guarda Minga, quién los recibe y cómo ejercer cada derecho",
        author="Minga",
        microcentre=microcentre or "Minga",
        printed_on=printed_on,
        keywords=("Minga", "Ley 21.719", "privacidad"),
    )
    doc = MingaDocument(target, info, reports, paper)
    story: list[Flowable] = []
    paragraph: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        if paragraph:
            story.append(Paragraph(_inline(" ".join(paragraph)), styles.body))
            paragraph.clear()
        if table:
            header, *body = table
            columns = len(header)
            cells = [[Paragraph(_inline(c), styles.cell) for c in row] for row in body]
            story.append(data_table(header, cells, [width / columns] * columns, styles))
            table.clear()

    for line in markdown.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if stripped.startswith("|"):
            if paragraph:
                flush()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                table.append(cells)
            continue
        if stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            story.append(
                section_heading(stripped.lstrip("#").strip(), styles, level=0 if level <= 2 else 1)
            )
            continue
        if stripped.startswith(("- ", "* ")):
            flush()
            story.append(Paragraph("• " + _inline(stripped[2:]), styles.body))
            continue
        paragraph.append(stripped)
    flush()
    pages = doc.render(story)
    return Rendered(pages, doc.sections, title)
