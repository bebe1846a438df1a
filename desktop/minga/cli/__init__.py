"""The command line (docs/architecture.md, Command line).

`minga [--data-dir DIR] [--lang es|en] COMMAND ...`; without COMMAND it opens the GUI.
Exit status: 0 success, 1 usage error, 2 rejected input (nothing changed). Messages are
sentences in the chosen language; `--json` output is stable and documented in the README.
Heavy modules are imported inside the commands, so `minga --version` stays instant.

One module per command group holds its parser part beside its handlers; this module puts
them together. The groups import their heavy modules inside the commands.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from minga import __version__
from minga.cli import (
    backup,
    cycle,
    gui,
    mail,
    measure,
    meeting,
    networks,
    observation,
    person,
    practices,
    printing,
    sessions,
    setup,
    sync,
    territory,
    year,
)
from minga.cli.common import (
    ENV_DEBUG,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNEXPECTED,
    Context,
    Parser,
    Translator,
    install_argparse_translations,
)
from minga.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Catalog, catalog, set_language

# The order of the groups is the order of `minga --help`.
_GROUPS = (
    setup,
    networks,
    practices,
    backup,
    sync,
    person,
    sessions,
    year,
    cycle,
    observation,
    measure,
    printing,
    mail,
    meeting,
    territory,
    gui,
)


def build_parser(t: Catalog) -> Parser:
    cli = Translator(t)

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
    parser.add_argument(
        "--db-url",
        metavar=cli.tr("URL"),
        help=cli.tr(
            "database (default: MINGA_DB_URL or the data folder's own file); "
            "postgresql+psycopg://user@server/database for a territory's server"
        ),
    )
    parser.add_argument(
        "--microcentre",
        dest="network",
        metavar=cli.tr("MICROCENTRE"),
        help=cli.tr(
            "work on another of your microcentros: its name or id (see 'minga microcentro list')"
        ),
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=cli.tr("language of messages: es or en"))
    parser.add_argument(
        "--no-dialogs",
        action="store_true",
        help=cli.tr("never show dialogs (automation): errors go to the log"),
    )
    commands = parser.add_subparsers(dest="command", metavar=cli.tr("COMMAND"), parser_class=Parser)

    for group in _GROUPS:
        group.add_parsers(commands, cli)
    return parser


COMMANDS: dict[str, Callable[[Context], int]] = {
    key: command for group in _GROUPS for key, command in getattr(group, "COMMANDS", {}).items()
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
    set_language(_language_from(argv))
    cat = catalog()
    install_argparse_translations(cat)
    args = build_parser(cat).parse_args(argv)
    key = args.command or ""
    if key == "practice":
        key = f"practice {args.practice_command}"
    elif key == "meeting":
        key = f"meeting {args.meeting_command}"
    elif key == "territory":
        key = f"territory {args.territory_command}"
    command = COMMANDS.get(key, gui.cmd_gui)
    cli = Context(args, cat)
    from minga.domain.errors import MingaError

    try:
        cli.select_microcentre()
        return command(cli)
    except MingaError as exc:
        sys.stderr.write(exc.message(cat) + "\n")
        return EXIT_REJECTED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `minga practice list | head`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        # The last resort: a sentence for the person, the traceback for the log. Tests
        # and developers set MINGA_DEBUG to see the exception itself.
        if os.environ.get(ENV_DEBUG):
            raise
        log_path = _log_unexpected(cli.data_dir)
        sys.stderr.write(
            cat(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Minga could not finish this command because of an unexpected problem. "
                    "The details are in {log}.",
                ),
                log=str(log_path) if log_path else "-",
            )
            + "\n"
        )
        return EXIT_UNEXPECTED
    finally:
        cli.close()


def _log_unexpected(data_dir: Path) -> Path | None:
    """Appends the current exception's traceback to the data folder's log."""
    import datetime as dt
    import traceback

    from minga.paths import DataDir

    path = DataDir(data_dir).logs / "minga.log"
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")  # clock-ok: log line
    entry = (
        f"{stamp} ERROR minga.cli: unexpected error in: minga {' '.join(sys.argv[1:])[:500]}\n"
        + traceback.format_exc()
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(entry)
    except OSError:
        return None
    return path
