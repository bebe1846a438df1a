"""The command line: `print ...`: printed documents (PDF).

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minga.cli.common import (
    EXIT_OK,
    YEAR_RANGE,
    Context,
    Parser,
    Translator,
    print_json,
    print_line,
    whole_numbers,
)


def add_parsers(commands: Any, cli: Translator) -> None:
    # --- printed documents (PDF) ----------------------------------------------------
    session_id_help = cli.tr("the session's id, or 'latest'")
    printing = commands.add_parser(
        "print", help=cli.tr("print the session guide, blank forms or reports as PDF")
    )
    print_actions = printing.add_subparsers(
        dest="print_command", metavar=cli.tr("DOCUMENT"), parser_class=Parser, required=True
    )
    paper_help = cli.tr("paper size: carta (the default), oficio or a4")
    guide = print_actions.add_parser(
        "session-guide",
        help=cli.tr("the guide of a session: programme, practices, forms and attendance"),
    )
    guide.add_argument("--session", default="latest", help=session_id_help)
    blank = print_actions.add_parser("form", help=cli.tr("a blank form to fill in by hand"))
    blank.add_argument(
        "kind",
        choices=("exit-ticket", "self-assessment", "observation", "phea", "survey"),
        help=cli.tr("exit-ticket, self-assessment, observation, phea or survey"),
    )
    blank.add_argument("--template", help=cli.tr("the template's id (default: the usual one)"))
    report = print_actions.add_parser(
        "report", help=cli.tr("the advisor's report of a school year")
    )
    report.add_argument(
        "--year",
        type=whole_numbers(cli, *YEAR_RANGE),
        help=cli.tr("school year (default: the current one)"),
    )
    portfolio = print_actions.add_parser(
        "portfolio", help=cli.tr("a teacher's portfolio (yours by default)")
    )
    portfolio.add_argument(
        "--person", metavar=cli.tr("PERSON_ID"), help=cli.tr("whose portfolio (default: yours)")
    )
    portfolio.add_argument(
        "--year",
        type=whole_numbers(cli, *YEAR_RANGE),
        help=cli.tr("only this school year (default: every year)"),
    )
    portfolio.add_argument(
        "--practice",
        action="append",
        metavar=cli.tr("PRACTICE_ID"),
        help=cli.tr("only this practice (repeatable)"),
    )
    portfolio.add_argument("--from", dest="since", help=cli.tr("from this day, as YYYY-MM-DD"))
    portfolio.add_argument("--to", dest="until", help=cli.tr("up to this day, as YYYY-MM-DD"))
    follow_up = print_actions.add_parser(
        "observation-follow-up",
        help=cli.tr("a follow-up observation beside the first one, on one page"),
    )
    follow_up.add_argument("--note", required=True, help=cli.tr("the follow-up note's id"))
    privacy = print_actions.add_parser(
        "privacy",
        help=cli.tr("the privacy page for advisors: what Minga keeps, who receives it, rights"),
    )
    for document in (guide, blank, report, portfolio, follow_up, privacy):
        document.add_argument(
            "--out",
            type=Path,
            required=True,
            metavar=cli.tr("FILE"),
            help=cli.tr("the PDF to write"),
        )
        document.add_argument(
            "--paper", choices=("carta", "oficio", "a4"), default="carta", help=paper_help
        )
        document.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def cmd_print(cli: Context) -> int:
    """`print session-guide|form|report|portfolio --out FILE [--paper ...]`."""
    from minga.core.attachments import AttachmentStore
    from minga.services import printing

    a = cli.args
    ws = cli.workspace
    files = AttachmentStore(ws.dirs.attachments)
    lang = cli.t.lang
    if a.print_command == "session-guide":
        document = printing.build_session_guide(ws.db, files, a.session, a.out, a.paper, lang)
    elif a.print_command == "form":
        document = printing.build_form(
            ws.db, a.kind, a.out, a.paper, lang, template_id=(a.template or "").strip() or None
        )
    elif a.print_command == "report":
        document = printing.build_period_report(ws.db, a.out, a.year, a.paper, lang)
    elif a.print_command == "privacy":
        from minga.services.person_data import build_privacy_page

        document = build_privacy_page(ws.db, a.out, a.paper)
    elif a.print_command == "observation-follow-up":
        document = printing.build_observation_follow_up(ws.db, a.note.strip(), a.out, a.paper, lang)
    else:
        from minga.domain import cycle_rules

        period = None
        if a.since or a.until:
            period = (
                cycle_rules.parse_date(a.since) if a.since else dt.date(1990, 1, 1),
                cycle_rules.parse_date(a.until) if a.until else dt.date(2200, 12, 31),
            )
        document = printing.build_portfolio(
            ws.db,
            a.person,
            a.out,
            a.paper,
            lang,
            files=files,
            year=a.year,
            practice_ids=[p.strip() for p in a.practice or [] if p.strip()] or None,
            period=period,
        )
    if a.json:
        print_json(
            {
                "path": str(document.path),
                "title": document.title,
                "pages": document.pages,
                "paper": a.paper,
                "sections": [
                    {"title": section.title, "page": section.page, "level": section.level}
                    for section in document.sections
                ],
            }
        )
    else:
        print_line(
            cli.tr("%n page(s) written to {path}.", "", document.pages, path=str(document.path))
        )
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "print": cmd_print,
}
