"""The command line: `practice add|attach|list`: a teacher's practices.

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from minga.cli.common import (
    EXIT_OK,
    Context,
    Parser,
    Translator,
    print_json,
    print_line,
    whole_numbers,
)


def add_parsers(commands: Any, cli: Translator) -> None:
    practice = commands.add_parser("practice", help=cli.tr("add or list practices"))
    practice_commands = practice.add_subparsers(
        dest="practice_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    add = practice_commands.add_parser("add", help=cli.tr("add a practice of yours"))
    add.add_argument("--title", required=True, help=cli.tr("title"))
    add.add_argument("--description", default="", help=cli.tr("description"))
    add.add_argument("--strategy", default="", help=cli.tr("multigrade strategy"))
    add.add_argument("--materials", default="", help=cli.tr("materials"))
    add.add_argument(
        "--duration", type=whole_numbers(cli, 1, 24 * 60), help=cli.tr("duration in minutes")
    )
    add.add_argument("--subject", action="append", default=[], help=cli.tr("subject (repeatable)"))
    add.add_argument(
        "--level",
        action="append",
        default=[],
        help=cli.tr("level: NT1, NT2, 1° to 8° (repeatable)"),
    )
    add.add_argument(
        "--oa",
        action="append",
        default=[],
        help=cli.tr("learning objective code like MA02 OA 03 (repeatable)"),
    )
    add.add_argument(
        "--accept-oa",
        action="store_true",
        help=cli.tr("keep OA codes the curriculum catalogue does not have (see 'minga oa list')"),
    )
    add.add_argument(
        "--status",
        default="draft",
        choices=("draft", "ready", "presented"),
        help=cli.tr("draft, ready or presented"),
    )
    add.add_argument(
        "--visibility",
        default="network",
        choices=("private", "advisor", "network"),
        help=cli.tr("who receives it: private, advisor or network"),
    )
    add.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    attach = practice_commands.add_parser(
        "attach", help=cli.tr("attach evidence files to a practice")
    )
    attach.add_argument("id", help=cli.tr("the practice's id"))
    attach.add_argument(
        "files", nargs="+", type=Path, help=cli.tr("photos, documents, audio, video")
    )
    listing = practice_commands.add_parser("list", help=cli.tr("list practices"))
    listing.add_argument("--search", default="", help=cli.tr("words to find (accents optional)"))
    listing.add_argument("--subject", help=cli.tr("only this subject"))
    listing.add_argument("--level", help=cli.tr("only this level"))
    listing.add_argument(
        "--status", choices=("draft", "ready", "presented"), help=cli.tr("only this status")
    )
    listing.add_argument(
        "--limit",
        type=whole_numbers(cli, 0, 1_000_000),
        default=50,
        help=cli.tr("at most this many (0: all)"),
    )
    listing.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def _practice_service(cli: Context):
    from minga.core.attachments import AttachmentStore
    from minga.services.practices import PracticeService

    ws = cli.workspace
    return PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))


def cmd_practice_add(cli: Context) -> int:
    from minga.services.practices import PracticeInput

    a = cli.args
    detail = _practice_service(cli).create(
        PracticeInput(
            title=a.title,
            description=a.description,
            multigrade_strategy=a.strategy,
            materials=a.materials,
            duration_minutes=a.duration,
            subjects=a.subject,
            levels=a.level,
            oa_codes=a.oa,
            status=a.status,
            visibility=a.visibility,
            accept_unknown_oa=a.accept_oa,
        )
    )
    if a.json:
        print_json(
            {
                "id": detail.id,
                "title": detail.data.title,
                "subjects": detail.data.subjects,
                "levels": detail.data.levels,
                "oa_codes": detail.data.oa_codes,
            }
        )
    else:
        print_line(detail.id)
    return EXIT_OK


def cmd_practice_attach(cli: Context) -> int:
    service = _practice_service(cli)
    # Check every file first, so a bad one leaves the practice as it was.
    from minga.core.attachments import AttachmentStore

    probe = AttachmentStore(cli.workspace.dirs.attachments)
    for path in cli.args.files:
        probe.check_file(path)
    for path in cli.args.files:
        info = service.attach(cli.args.id, path)
        print_line(
            cli.tr(
                "Attached {name} ({size} KB).",
                name=info.filename,
                size=max(1, round(info.size / 1024)),
            )
        )
    return EXIT_OK


def cmd_practice_list(cli: Context) -> int:
    from minga.domain import validation as v
    from minga.services.practices import PracticeQuery

    a = cli.args
    query = PracticeQuery(
        text=a.search,
        subject=v.normalize_subject(a.subject) if a.subject else None,
        level=v.normalize_level(a.level) if a.level else None,
        status=a.status,
    )
    service = _practice_service(cli)
    total = service.count(query)
    limit = total if a.limit <= 0 else a.limit
    rows = service.page(query, 0, limit) if limit else []
    if a.json:
        print_json(
            {
                "total": total,
                "practices": [
                    {
                        "id": r.id,
                        "title": r.title,
                        "author_id": r.author_id,
                        "author": r.author_name,
                        "school": r.school_name,
                        "subjects": r.subjects,
                        "levels": r.levels,
                        "status": r.status,
                        "updated_at": r.updated_at.isoformat(),
                    }
                    for r in rows
                ],
            }
        )
        return EXIT_OK
    from minga import display
    from minga.domain.vocab import LEVEL_SHORT

    for r in rows:
        levels = display.codes(r.levels, LEVEL_SHORT, "practice list")
        print_line(f"{r.id}  {r.title}  ·  {r.author_name}  ·  {levels}")
    if total == 0:
        print_line(cli.tr("No practices found."))
    elif total > len(rows):
        print_line(
            cli.tr(
                "Showing {shown} of {total} practices (use --limit 0 to see all).",
                shown=len(rows),
                total=total,
            )
        )
    else:
        print_line(cli.tr("%n practice(s).", "", total))
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "practice add": cmd_practice_add,
    "practice attach": cmd_practice_attach,
    "practice list": cmd_practice_list,
}
