"""The recovery sheet ("hoja de recuperación") of a backup with keys: one Carta page to
print and keep apart from the backup.

It says where the backup is, whose keys it holds and their fingerprint, the date, what
the passphrase protects, and how to restore it on a new computer. It never holds the
passphrase (there is a place to write where the backup is kept, not the passphrase).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from minga.reports import fonts
from minga.reports.layout import (
    ACCENT,
    DEFAULT_PAPER,
    DocumentInfo,
    MingaDocument,
    Rendered,
    Tr,
    esc,
    fill_in_line,
    frame_width,
    key_values,
    make_styles,
    section_heading,
    spacer,
)


@dataclass(frozen=True)
class RecoveryFacts:
    person_name: str
    role: str  # already translated
    microcentre: str
    backup_path: str
    backup_size: int
    made_on: dt.datetime
    fingerprint: str
    advisor_name: str = ""


def render_recovery_sheet(
    facts: RecoveryFacts,
    target: str | BinaryIO,
    *,
    reports: Tr,
    printed_on: dt.date,
    paper: str = DEFAULT_PAPER,
) -> Rendered:
    styles = make_styles()
    title = reports.tr("Recovery sheet")
    info = DocumentInfo(
        title=title,
        subject=reports.tr("Where the backup with your keys is and what its passphrase protects"),
        author=facts.person_name,
        microcentre=facts.microcentre,
        printed_on=printed_on,
        keywords=("Minga", reports.tr("backup"), reports.tr("keys")),
    )
    doc = MingaDocument(target, info, reports, paper)
    width = frame_width(paper)
    big = ParagraphStyle(
        "fingerprint",
        parent=styles.h1,
        fontName=fonts.BOLD,
        fontSize=22,
        leading=28,
        textColor=ACCENT,
        spaceBefore=2,
        spaceAfter=4,
    )
    made = facts.made_on.astimezone()
    size = facts.backup_size
    size_text = f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"
    if reports.lang == "es":
        size_text = size_text.replace(".", ",")
    story = [
        Paragraph(esc(title), styles.h1),
        Paragraph(
            esc(
                reports.tr(
                    "Keep this sheet in a safe place, apart from the backup. It lets you (or "
                    "whoever helps you) move your Minga to a new computer if this one breaks, "
                    "is stolen or is replaced."
                )
            ),
            styles.lead,
        ),
        spacer(3 * mm),
        key_values(
            [
                (reports.tr("Person"), f"{facts.person_name} ({facts.role})"),
                (reports.tr("Microcentre"), facts.microcentre),
                (reports.tr("Advisor"), facts.advisor_name),
                (
                    reports.tr("Backup made on"),
                    f"{reports.long_date(made.date())}, {made:%H:%M}",
                ),
                (reports.tr("Backup file"), facts.backup_path),
                (
                    reports.tr("Size"),
                    size_text.replace(".", ",") if reports.lang == "es" else size_text,
                ),
            ],
            styles,
            width,
        ),
        section_heading(reports.tr("Fingerprint of your keys"), styles, level=0),
        Paragraph(esc(facts.fingerprint), big),
        Paragraph(
            esc(
                reports.tr(
                    "After restoring, Minga shows this fingerprint (Sincronizar, or 'minga "
                    "identity'). If it is the same, the new computer is you for the whole "
                    "network: your advisor and colleagues see the same fingerprint."
                )
            ),
            styles.body,
        ),
        section_heading(reports.tr("What the passphrase protects"), styles, level=0),
        Paragraph(
            esc(
                reports.tr(
                    "The backup holds your records and your private keys. The keys are what "
                    "lets your Minga open the bundles your colleagues and your advisor make "
                    "for you, and sign yours so that they accept them. In the backup they "
                    "are encrypted with the passphrase you chose; nobody can use them "
                    "without it, and nobody can recover it for you: not your advisor, not "
                    "the people who make Minga."
                )
            ),
            styles.body,
        ),
        Paragraph(
            esc(
                reports.tr(
                    "Do not write the passphrase on this sheet, and do not keep it with the "
                    "backup. If you forget it, the records can still be restored, but not "
                    "your keys: your advisor then invites you again (Integrantes, 'Volver a "
                    "incorporar') and your new computer gets new keys."
                )
            ),
            styles.body,
        ),
        section_heading(reports.tr("How to restore on a new computer"), styles, level=0),
    ]
    steps = [
        reports.tr("Install Minga on the new computer."),
        reports.tr(
            "Open Herramientas › Respaldos › Restaurar and choose the backup file (or run "
            "'minga restore FILE')."
        ),
        reports.tr("Type the passphrase. Minga restores your records and your keys."),
        reports.tr(
            "Check that the fingerprint Minga shows is the one printed above, then import "
            "the bundles that arrived since the backup."
        ),
        reports.tr(
            "Stop using the old computer for Minga (if it comes back, do not open Minga on "
            "it again without asking your advisor)."
        ),
    ]
    for number, text in enumerate(steps, start=1):
        story.append(Paragraph(f"<b>{number}.</b> {esc(text)}", styles.body))
    story += [
        spacer(5 * mm),
        Paragraph(esc(reports.tr("Where I keep the backup (USB drive, folder):")), styles.label),
        fill_in_line([""], styles, width),
    ]
    pages = doc.render(story)
    return Rendered(pages, doc.sections, title)
