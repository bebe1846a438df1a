"""The command line: `check`, `backup` and `restore`: the data folder's health and its copies.

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minga.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    Context,
    Translator,
    print_line,
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
    backup.add_argument(
        "--with-keys",
        action="store_true",
        help=cli.tr(
            "put your private keys in the backup too, protected by a passphrase you choose "
            "(to move Minga to another computer)"
        ),
    )
    backup.add_argument(
        "--passphrase-file",
        type=Path,
        metavar=cli.tr("FILE"),
        help=cli.tr("read the passphrase from the first line of this file (for scripts)"),
    )
    backup.add_argument(
        "--sheet",
        type=Path,
        metavar=cli.tr("FILE"),
        help=cli.tr(
            "where to write the recovery sheet (PDF) of a backup with keys (default: "
            "beside the backup)"
        ),
    )
    restore = commands.add_parser("restore", help=cli.tr("restore a backup into the data folder"))
    restore.add_argument("file", type=Path, help=cli.tr("backup file"))
    restore.add_argument(
        "--passphrase-file",
        type=Path,
        metavar=cli.tr("FILE"),
        help=cli.tr("for a backup with keys: read the passphrase from the first line of this file"),
    )


def read_passphrase(cli: Context, source: Path | None, *, confirm: bool) -> str:
    """The passphrase from `--passphrase-file` or typed twice (once to open) on a
    terminal; never an argument, never logged."""
    from minga.domain.errors import BackupError
    from minga.i18n import QT_TRANSLATE_NOOP

    if source is not None:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "errors", "The passphrase file {path} cannot be read. Nothing was changed."
                ),
                path=str(source),
            ) from exc
        lines = text.splitlines()
        return lines[0] if lines else ""
    if not (sys.stdin and sys.stdin.isatty()):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A passphrase is needed: run this in a terminal to type it, or give "
                "--passphrase-file. Nothing was changed.",
            )
        )
    if not confirm:
        return getpass.getpass(cli.tr("Passphrase of the backup's keys: "))
    while True:
        first = getpass.getpass(cli.tr("Choose a passphrase for your keys: "))
        again = getpass.getpass(cli.tr("Type it again: "))
        if first and first == again:
            return first
        sys.stderr.write(cli.tr("The two passphrases differ or are empty; try again.") + "\n")


def cmd_check(cli: Context) -> int:
    from minga.core.attachments import AttachmentStore
    from minga.services.stats import run_check

    ws = cli.workspace
    if cli.args.repair:
        from minga.services.stats import move_refused_aside

        moved = move_refused_aside(ws.db)
        for item in moved:
            print_line(
                cli.tr(
                    "Moved aside as a conflict copy: a record of kind {kind} ({id}).",
                    kind=kind_label(cli, item.kind),
                    id=item.record_id,
                )
            )
        if moved:
            print_line(
                cli.tr(
                    "%n record(s) with values Minga refuses were moved aside; their owners "
                    "find them among the conflicts.",
                    "",
                    len(moved),
                )
            )
    report = run_check(ws.db, AttachmentStore(ws.dirs.attachments))
    for finding in report.problems:
        print_line(cli.tr("Problem: {text}", text=finding.message(cli.t)))
    for finding in report.warnings:
        print_line(cli.tr("Note: {text}", text=finding.message(cli.t)))
    if report.ok:
        print_line(
            cli.tr(
                "All is well: the database is sound and every attachment matches its hash "
                "(%n checked).",
                "",
                report.attachments_checked,
            )
        )
        return EXIT_OK
    if report.refused:
        print_line(
            cli.tr(
                "%n record(s) hold values Minga refuses; 'minga check --repair' moves them "
                "aside as conflict copies.",
                "",
                report.refused,
            )
        )
    print_line(
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
    a = cli.args
    passphrase = read_passphrase(cli, a.passphrase_file, confirm=True) if a.with_keys else None
    info = create_backup(ws.db, ws.dirs, a.out, keys_passphrase=passphrase)
    print_line(
        cli.tr(
            "Backup written to {path} ({rows} records, {files} attachments).",
            path=str(info.path),
            rows=info.live_rows,
            files=info.attachments,
        )
    )
    if info.fingerprint:
        from minga.services.backup import write_recovery_sheet

        sheet = write_recovery_sheet(ws.db, info, a.sheet, lang=cli.t.lang)
        print_line(
            cli.tr(
                "Your private keys are in it, protected by your passphrase (fingerprint "
                "{fingerprint}). Keep the passphrase apart from the backup: without it the "
                "keys cannot be opened.",
                fingerprint=info.fingerprint,
            )
        )
        print_line(cli.tr("Recovery sheet to print: {path}", path=str(sheet)))
    return EXIT_OK


def cmd_restore(cli: Context) -> int:
    from minga.paths import DataDir
    from minga.services.backup import backup_holds_keys, restore_backup

    a = cli.args
    if cli.db_url:
        from minga.domain.errors import StoreError
        from minga.i18n import QT_TRANSLATE_NOOP
        from minga.store.db import parse_db_url, shown_url

        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data is on the database server {url}: restore its copy there, with "
                "pg_restore. Nothing was changed.",
            ),
            url=shown_url(parse_db_url(cli.db_url)),
        )
    passphrase = None
    if backup_holds_keys(a.file):
        passphrase = read_passphrase(cli, a.passphrase_file, confirm=False)
    info = restore_backup(DataDir(cli.data_dir), a.file, passphrase=passphrase)
    print_line(
        cli.tr(
            "Restored the backup of {date} into {folder}: {rows} records, {files} attachments.",
            date=info.created_at,
            folder=str(cli.data_dir),
            rows=info.live_rows,
            files=info.attachments,
        )
    )
    if info.fingerprint:
        print_line(
            cli.tr(
                "Your keys were restored too: this computer is now the one that reads and "
                "signs your bundles (fingerprint {fingerprint}). Stop using the old computer "
                "for Minga.",
                fingerprint=info.fingerprint,
            )
        )
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
