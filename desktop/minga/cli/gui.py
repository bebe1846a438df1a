"""The command line: `selftest` and the window (no command), the only commands
that import `minga.ui` (lazily, inside the command).

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from minga.cli.common import (
    Context,
    Translator,
)


def add_parsers(commands: Any, cli: Translator) -> None:
    selftest = commands.add_parser("selftest", help=cli.tr("open every screen and check it"))
    selftest.add_argument(
        "--screenshots",
        type=Path,
        metavar=cli.tr("DIR"),
        help=cli.tr("save a PNG of each screen here"),
    )
    selftest.add_argument(
        "--text-scale",
        type=int,
        choices=(100, 125, 150, 200),
        default=100,
        metavar=cli.tr("PERCENT"),
        help=cli.tr("text size in per cent, as in Preferences (100, 125, 150 or 200)"),
    )


def cmd_selftest(cli: Context) -> int:
    from minga.ui.selftest import run_selftest

    return run_selftest(
        cli.data_dir, cli.args.screenshots, lang=cli.t.lang, text_scale=cli.args.text_scale
    )


def cmd_gui(cli: Context) -> int:
    from minga.ui.app import run_gui

    return run_gui(
        cli.data_dir,
        lang=cli.args.lang,
        no_dialogs=cli.args.no_dialogs,
        data_dir_given=cli.args.data_dir is not None,
        db_url=cli.db_url,
    )


COMMANDS: dict[str, Callable[[Context], int]] = {
    "selftest": cmd_selftest,
}
