"""The command line (DESIGN.md, Command line contract).

`minga [--data-dir DIR] [--lang es|en] COMMAND ...`; without COMMAND it opens the GUI.
Exit status: 0 success, 1 usage error, 2 rejected input (nothing changed). Messages are
sentences in the chosen language; `--json` output is stable and documented in the README.
Heavy modules are imported inside the commands, so `minga --version` stays instant.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from minga import __version__
from minga.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Catalog, catalog, normalize_language

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_REJECTED = 2


# argparse's own sentences, so usage errors read in the user's language too.
_ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
)


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse with the contract's exit status 1 for usage errors."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        cat = catalog()
        sys.stderr.write(
            cat.translate("argparse", "%(prog)s: error: %(message)s\n")
            % {"prog": self.prog, "message": message}
        )
        raise SystemExit(EXIT_USAGE)


def _install_argparse_translations(cat: Catalog) -> None:
    argparse._ = lambda text: cat.translate("argparse", text)  # type: ignore[attr-defined]


def _print(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n")


def build_parser(t: Catalog) -> Parser:
    cli = _Translator(t)

    parser = Parser(
        prog="minga",
        description=cli.tr(
            "Minga: the notebook of a rural microcentre. Without a command, opens the app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"minga {__version__}",
        help=cli.tr("show Minga's version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar=cli.tr("DIR"),
        help=cli.tr("data folder (default: MINGA_DATA_DIR or your user data folder)"),
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=cli.tr("language of messages: es or en"))
    parser.add_argument(
        "--no-dialogs",
        action="store_true",
        help=cli.tr("never show dialogs (automation): errors go to the log"),
    )
    commands = parser.add_subparsers(dest="command", metavar=cli.tr("COMMAND"), parser_class=Parser)

    init = commands.add_parser("init", help=cli.tr("set up Minga without the app"))
    init.add_argument(
        "--role", required=True, choices=("teacher", "advisor"), help=cli.tr("teacher or advisor")
    )
    init.add_argument("--name", required=True, help=cli.tr("your full name"))
    init.add_argument("--school", default="", help=cli.tr("your school's name (teachers)"))
    init.add_argument("--rbd", default="", help=cli.tr("your school's RBD, like 4478-4 (teachers)"))
    init.add_argument("--microcentre", default="", help=cli.tr("the microcentre's name"))
    init.add_argument("--email", default="", help=cli.tr("e-mail address (optional)"))
    init.add_argument(
        "--accept-rbd",
        action="store_true",
        help=cli.tr("keep the RBD even if its check digit does not match"),
    )

    demo = commands.add_parser("demo", help=cli.tr("fill the data folder with demo data"))
    demo.add_argument(
        "--scale", default="small", help=cli.tr("small, medium, large or a number of practices")
    )
    demo.add_argument(
        "--seed", type=int, default=1, help=cli.tr("random seed (same seed, same data)")
    )
    demo.add_argument(
        "--as",
        dest="as_role",
        choices=("teacher", "advisor"),
        default="teacher",
        help=cli.tr("whose installation the demo is: a teacher's or the advisor's"),
    )

    stats = commands.add_parser("stats", help=cli.tr("count records per kind"))
    stats.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    practice = commands.add_parser("practice", help=cli.tr("add or list practices"))
    practice_commands = practice.add_subparsers(
        dest="practice_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    add = practice_commands.add_parser("add", help=cli.tr("add a practice of yours"))
    add.add_argument("--title", required=True, help=cli.tr("title"))
    add.add_argument("--description", default="", help=cli.tr("description"))
    add.add_argument("--strategy", default="", help=cli.tr("multigrade strategy"))
    add.add_argument("--materials", default="", help=cli.tr("materials"))
    add.add_argument("--duration", type=int, help=cli.tr("duration in minutes"))
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
    listing.add_argument("--limit", type=int, default=50, help=cli.tr("at most this many (0: all)"))
    listing.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    commands.add_parser("check", help=cli.tr("check the database and the attachments"))
    backup = commands.add_parser("backup", help=cli.tr("make a backup"))
    backup.add_argument("--out", type=Path, help=cli.tr("backup file (default: in backups/)"))
    restore = commands.add_parser("restore", help=cli.tr("restore a backup into the data folder"))
    restore.add_argument("file", type=Path, help=cli.tr("backup file"))

    selftest = commands.add_parser("selftest", help=cli.tr("open every screen and check it"))
    selftest.add_argument(
        "--screenshots",
        type=Path,
        metavar=cli.tr("DIR"),
        help=cli.tr("save a PNG of each screen here"),
    )
    return parser


# --- commands -------------------------------------------------------------------------


class _Translator:
    """`x.tr(text, disambiguation, n, **params)`: lupdate files these strings under the
    name of the variable, so in this module the variable is always called `cli`."""

    def __init__(self, cat: Catalog):
        self.t = cat

    def tr(
        self, source: str, disambiguation: str = "", n: int | None = None, /, **params: Any
    ) -> str:
        return self.t("cli", source, n, **params)


class Context(_Translator):
    """What a command needs: the chosen folder, language, and the open workspace."""

    def __init__(self, args: argparse.Namespace, cat: Catalog):
        from minga.paths import default_data_dir

        super().__init__(cat)
        self.args = args
        self.data_dir: Path = (args.data_dir or default_data_dir()).expanduser()
        self._workspace = None

    @property
    def workspace(self):
        if self._workspace is None:
            from minga.services.workspace import Workspace

            self._workspace = Workspace(self.data_dir)
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()


def cmd_init(cli: Context) -> int:
    from minga.services.setup import SetupInput, initialize

    a = cli.args
    actor = initialize(
        cli.workspace.db,
        SetupInput(
            role=a.role,
            name=a.name,
            school=a.school,
            rbd=a.rbd,
            microcentre=a.microcentre,
            email=a.email,
            accept_rbd_check_digit=a.accept_rbd,
        ),
    )
    _print(
        cli.tr("Minga is ready for {name} in {folder}.", name=actor.name, folder=str(cli.data_dir))
    )
    return EXIT_OK


def cmd_demo(cli: Context) -> int:
    from minga.services.demo import generate_demo, parse_scale

    scale = parse_scale(cli.args.scale)
    report = generate_demo(cli.workspace, scale=scale, seed=cli.args.seed, as_role=cli.args.as_role)
    _print(
        cli.tr(
            "Demo data ready: {rows} records, {practices} practices, in {folder}.",
            rows=report.rows,
            practices=report.practices,
            folder=str(cli.data_dir),
        )
    )
    return EXIT_OK


def cmd_stats(cli: Context) -> int:
    from minga.services.stats import collect_stats

    stats = collect_stats(cli.workspace.db)
    if cli.args.json:
        _print_json(stats.as_json())
        return EXIT_OK
    from minga.domain.vocab import KIND_LABELS

    labels = {kind: cli.t.translate("vocab", KIND_LABELS[kind]) for kind in stats.kinds}
    width = max(len(label) for label in labels.values())
    _print(f"{cli.tr('Kind'):<{width}}  {cli.tr('Live'):>9}  {cli.tr('Deleted'):>9}")
    for kind, count in stats.kinds.items():
        _print(f"{labels[kind]:<{width}}  {count.live:>9}  {count.deleted:>9}")
    _print(
        cli.tr(
            "Total: {live} live records, {deleted} deleted, {conflicts} conflicts, "
            "{drafts} drafts.",
            live=stats.live_total,
            deleted=stats.deleted_total,
            conflicts=stats.conflicts,
            drafts=stats.drafts,
        )
    )
    return EXIT_OK


def _practice_service(cli: Context):
    from minga.services.attachments import AttachmentStore
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
        )
    )
    if a.json:
        _print_json(
            {
                "id": detail.id,
                "title": detail.data.title,
                "subjects": detail.data.subjects,
                "levels": detail.data.levels,
                "oa_codes": detail.data.oa_codes,
            }
        )
    else:
        _print(detail.id)
    return EXIT_OK


def cmd_practice_attach(cli: Context) -> int:
    service = _practice_service(cli)
    # Check every file first, so a bad one leaves the practice as it was.
    from minga.services.attachments import AttachmentStore

    probe = AttachmentStore(cli.workspace.dirs.attachments)
    for path in cli.args.files:
        probe.check_file(path)
    for path in cli.args.files:
        info = service.attach(cli.args.id, path)
        _print(
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
        _print_json(
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
    from minga.domain.vocab import LEVEL_SHORT

    for r in rows:
        levels = ", ".join(LEVEL_SHORT.get(level, level) for level in r.levels)
        _print(f"{r.id}  {r.title}  ·  {r.author_name}  ·  {levels}")
    if total == 0:
        _print(cli.tr("No practices found."))
    elif total > len(rows):
        _print(
            cli.tr(
                "Showing {shown} of {total} practices (use --limit 0 to see all).",
                shown=len(rows),
                total=total,
            )
        )
    else:
        _print(cli.tr("%n practice(s).", "", total))
    return EXIT_OK


def cmd_check(cli: Context) -> int:
    from minga.services.attachments import AttachmentStore
    from minga.services.stats import run_check

    ws = cli.workspace
    report = run_check(ws.db, AttachmentStore(ws.dirs.attachments))
    for finding in report.problems:
        _print(cli.tr("Problem: {text}", text=finding.message(cli.t)))
    for finding in report.warnings:
        _print(cli.tr("Note: {text}", text=finding.message(cli.t)))
    if report.ok:
        _print(
            cli.tr(
                "All is well: the database is sound and {n} attachments match their hashes.",
                n=report.attachments_checked,
            )
        )
        return EXIT_OK
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


def cmd_selftest(cli: Context) -> int:
    from minga.ui.selftest import run_selftest

    return run_selftest(cli.data_dir, cli.args.screenshots, lang=cli.t.lang)


def cmd_gui(cli: Context) -> int:
    from minga.ui.app import run_gui

    return run_gui(
        cli.data_dir,
        lang=cli.args.lang,
        no_dialogs=cli.args.no_dialogs,
        data_dir_given=cli.args.data_dir is not None,
    )


COMMANDS: dict[str, Callable[[Context], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "stats": cmd_stats,
    "practice add": cmd_practice_add,
    "practice list": cmd_practice_list,
    "practice attach": cmd_practice_attach,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "selftest": cmd_selftest,
}


def _language_from(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cat = catalog(normalize_language(_language_from(argv)))
    _install_argparse_translations(cat)
    args = build_parser(cat).parse_args(argv)
    key = args.command or ""
    if key == "practice":
        key = f"practice {args.practice_command}"
    command = COMMANDS.get(key, cmd_gui)
    cli = Context(args, cat)
    from minga.domain.errors import MingaError

    try:
        return command(cli)
    except MingaError as exc:
        sys.stderr.write(exc.message(cat) + "\n")
        return EXIT_REJECTED
    except KeyboardInterrupt:
        return 130
    finally:
        cli.close()
