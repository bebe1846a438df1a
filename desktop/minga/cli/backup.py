"""The command line: `check`, `backup` and `restore`: the data folder's health and its copies.

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from minga.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    Context,
    Translator,
    _print,
)
from minga.cli.sync import kind_label


def add_parsers(commands: Any, cli: Translator) -> None:
    check = commands.add_parser("check", help=cli.tr("check the database and the attachments"))
    check.add_argument(
        "--repair",
        action="store_true",
        help=cli.tr("move records with values Minga refuses aside, as conflict copies"),
    )
    backup = commands.add_parser("backup", help=cli.tr("make a backup"))
    backup.add_argument("--out", type=Path, help=cli.tr("backup file (default: in backups/)"))
    restore = commands.add_parser("restore", help=cli.tr("restore a backup into the data folder"))
    restore.add_argument("file", type=Path, help=cli.tr("backup file"))


def cmd_check(cli: Context) -> int:
    from minga.core.attachments import AttachmentStore
    from minga.services.stats import run_check

    ws = cli.workspace
    if cli.args.repair:
        from minga.services.stats import move_refused_aside

        moved = move_refused_aside(ws.db)
        for item in moved:
            _print(
                cli.tr(
                    "Moved aside as a conflict copy: a record of kind {kind} ({id}).",
                    kind=kind_label(cli, item.kind),
                    id=item.record_id,
                )
            )
        if moved:
            _print(
                cli.tr(
                    "%n record(s) with values Minga refuses were moved aside; their owners "
                    "find them among the conflicts.",
                    "",
                    len(moved),
                )
            )
    report = run_check(ws.db, AttachmentStore(ws.dirs.attachments))
    for finding in report.problems:
        _print(cli.tr("Problem: {text}", text=finding.message(cli.t)))
    for finding in report.warnings:
        _print(cli.tr("Note: {text}", text=finding.message(cli.t)))
    if report.ok:
        _print(
            cli.tr(
                "All is well: the database is sound and every attachment matches its hash "
                "(%n checked).",
                "",
                report.attachments_checked,
            )
        )
        return EXIT_OK
    if report.refused:
        _print(
            cli.tr(
                "%n record(s) hold values Minga refuses; 'minga check --repair' moves them "
                "aside as conflict copies.",
                "",
                report.refused,
            )
        )
    _print(
        cli.tr(
            "The check found %n problem(s). Restore a backup or ask for help.",
            "",
            len(report.problems),
        )
    )
    return EXIT_REJECTED


def cmd_backup(cli: Context) -> int:
    from minga.services.backup import create_backup

    ws = cli.workspace
    info = create_backup(ws.db, ws.dirs, cli.args.out)
    _print(
        cli.tr(
            "Backup written to {path} ({rows} records, {files} attachments).",
            path=str(info.path),
            rows=info.live_rows,
            files=info.attachments,
        )
    )
    return EXIT_OK


def cmd_restore(cli: Context) -> int:
    from minga.paths import DataDir
    from minga.services.backup import restore_backup

    info = restore_backup(DataDir(cli.data_dir), cli.args.file)
    _print(
        cli.tr(
            "Restored the backup of {date} into {folder}: {rows} records, {files} attachments.",
            date=info.created_at,
            folder=str(cli.data_dir),
            rows=info.live_rows,
            files=info.attachments,
        )
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
