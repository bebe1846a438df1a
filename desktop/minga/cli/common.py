"""What every command group shares: exit codes, the translated argparse parser, the
number checks of options, output helpers and the command's context."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from minga.i18n import QT_TRANSLATE_NOOP, Catalog, catalog

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_REJECTED = 2
# Not the person's doing: a bug, or trouble Minga does not know how to explain yet.
EXIT_UNEXPECTED = 3
ENV_DEBUG = "MINGA_DEBUG"


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


# The placeholders argparse makes from option names (`--search SEARCH`) for the usage lines
# and the help, so they read in the user's language too. A test checks that every option
# without its own metavar is listed here.
_DEFAULT_METAVARS = (
    QT_TRANSLATE_NOOP("metavar", "ACHIEVED"),
    QT_TRANSLATE_NOOP("metavar", "ADJUSTMENTS"),
    QT_TRANSLATE_NOOP("metavar", "ADOPTION"),
    QT_TRANSLATE_NOOP("metavar", "APPLICATION"),
    QT_TRANSLATE_NOOP("metavar", "APPLIED"),
    QT_TRANSLATE_NOOP("metavar", "ATTENDANCE"),
    QT_TRANSLATE_NOOP("metavar", "COMMENT"),
    QT_TRANSLATE_NOOP("metavar", "COUNT"),
    QT_TRANSLATE_NOOP("metavar", "DATE"),
    QT_TRANSLATE_NOOP("metavar", "DESCRIPTION"),
    QT_TRANSLATE_NOOP("metavar", "DIAGNOSTIC"),
    QT_TRANSLATE_NOOP("metavar", "DUE"),
    QT_TRANSLATE_NOOP("metavar", "DURATION"),
    QT_TRANSLATE_NOOP("metavar", "EMAIL"),
    QT_TRANSLATE_NOOP("metavar", "END"),
    QT_TRANSLATE_NOOP("metavar", "FOCUS"),
    QT_TRANSLATE_NOOP("metavar", "GOAL"),
    QT_TRANSLATE_NOOP("metavar", "LEVEL"),
    QT_TRANSLATE_NOOP("metavar", "LIMIT"),
    QT_TRANSLATE_NOOP("metavar", "MATERIALS"),
    QT_TRANSLATE_NOOP("metavar", "MICROCENTRE"),
    QT_TRANSLATE_NOOP("metavar", "MINUTES"),
    QT_TRANSLATE_NOOP("metavar", "NAME"),
    QT_TRANSLATE_NOOP("metavar", "NOTE"),
    QT_TRANSLATE_NOOP("metavar", "NOTES"),
    QT_TRANSLATE_NOOP("metavar", "NUMBER"),
    QT_TRANSLATE_NOOP("metavar", "OA"),
    QT_TRANSLATE_NOOP("metavar", "ON"),
    QT_TRANSLATE_NOOP("metavar", "OUT"),
    QT_TRANSLATE_NOOP("metavar", "PARTICIPANT"),
    QT_TRANSLATE_NOOP("metavar", "PERIOD"),
    QT_TRANSLATE_NOOP("metavar", "PLACE"),
    QT_TRANSLATE_NOOP("metavar", "POINTS"),
    QT_TRANSLATE_NOOP("metavar", "POSITION"),
    QT_TRANSLATE_NOOP("metavar", "PRACTICE"),
    QT_TRANSLATE_NOOP("metavar", "PREPARED"),
    QT_TRANSLATE_NOOP("metavar", "PRESENTER"),
    QT_TRANSLATE_NOOP("metavar", "RBD"),
    QT_TRANSLATE_NOOP("metavar", "REASON"),
    QT_TRANSLATE_NOOP("metavar", "REFLECTION"),
    QT_TRANSLATE_NOOP("metavar", "RESPONDENT"),
    QT_TRANSLATE_NOOP("metavar", "RESPONSIBLE"),
    QT_TRANSLATE_NOOP("metavar", "SCALE"),
    QT_TRANSLATE_NOOP("metavar", "SCHOOL"),
    QT_TRANSLATE_NOOP("metavar", "SEARCH"),
    QT_TRANSLATE_NOOP("metavar", "SEED"),
    QT_TRANSLATE_NOOP("metavar", "SESSION"),
    QT_TRANSLATE_NOOP("metavar", "SINCE"),
    QT_TRANSLATE_NOOP("metavar", "START"),
    QT_TRANSLATE_NOOP("metavar", "STRATEGY"),
    QT_TRANSLATE_NOOP("metavar", "STRENGTHS"),
    QT_TRANSLATE_NOOP("metavar", "STUDENTS"),
    QT_TRANSLATE_NOOP("metavar", "SUBJECT"),
    QT_TRANSLATE_NOOP("metavar", "SUGGESTIONS"),
    QT_TRANSLATE_NOOP("metavar", "TEMPLATE"),
    QT_TRANSLATE_NOOP("metavar", "TEXT"),
    QT_TRANSLATE_NOOP("metavar", "TIME"),
    QT_TRANSLATE_NOOP("metavar", "TITLE"),
    QT_TRANSLATE_NOOP("metavar", "TRUST"),
    QT_TRANSLATE_NOOP("metavar", "UNTIL"),
    QT_TRANSLATE_NOOP("metavar", "USEFUL"),
    QT_TRANSLATE_NOOP("metavar", "VALUE"),
    QT_TRANSLATE_NOOP("metavar", "WEEK"),
    QT_TRANSLATE_NOOP("metavar", "WEEKDAY"),
    QT_TRANSLATE_NOOP("metavar", "YEAR"),
    QT_TRANSLATE_NOOP("metavar", "agreement"),
    QT_TRANSLATE_NOOP("metavar", "file"),
    QT_TRANSLATE_NOOP("metavar", "files"),
    QT_TRANSLATE_NOOP("metavar", "id"),
    QT_TRANSLATE_NOOP("metavar", "session"),
)


class _Formatter(argparse.HelpFormatter):
    """argparse's help and usage with the default metavars translated."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return catalog().translate("metavar", super()._get_default_metavar_for_optional(action))

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return catalog().translate("metavar", super()._get_default_metavar_for_positional(action))


class Parser(argparse.ArgumentParser):
    """argparse with the contract's exit status 1 for usage errors, speaking the chosen
    language down to the placeholders of its usage lines."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        if not action.option_strings and action.metavar is None and action.choices is None:
            # argparse names a missing positional by its metavar, else by its dest.
            action.metavar = catalog().translate("metavar", action.dest)
        return action

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        cat = catalog()
        sys.stderr.write(
            cat.translate("argparse", "%(prog)s: error: %(message)s\n")
            % {"prog": self.prog, "message": message}
        )
        raise SystemExit(EXIT_USAGE)


def install_argparse_translations(cat: Catalog) -> None:
    argparse._ = lambda text: cat.translate("argparse", text)  # type: ignore[attr-defined]


def print_line(text: str = "") -> None:
    sys.stdout.write(text + "\n")


# Sane ranges of the command line's numbers and dates, checked while parsing, so that
# `--year 99999`, `--limit 1e30` or `--split-mb nan` are a usage error with a sentence,
# never a traceback deep inside a command.
YEAR_RANGE = (2000, 2100)
MB_RANGE = (0.01, 2048.0)


def whole_numbers(cli: Translator, low: int, high: int) -> Callable[[str], int]:
    def whole_number(text: str) -> int:
        value: int | None
        try:
            value = int(text) if len(text) <= 20 else None
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                cli.tr(
                    "'{value}' is not a whole number from {low} to {high}.",
                    value=text[:40],
                    low=low,
                    high=high,
                )
            )
        return value

    return whole_number


def decimal_numbers(cli: Translator, low: float, high: float) -> Callable[[str], float]:
    def decimal_number(text: str) -> float:
        try:
            value = float(text) if len(text) <= 40 else math.nan
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                cli.tr(
                    "'{value}' is not a number from {low} to {high}.",
                    value=text[:40],
                    low=f"{low:g}",
                    high=f"{high:g}",
                )
            )
        return value

    return decimal_number


def demo_scale(cli: Translator) -> Callable[[str], str]:
    def scale(text: str) -> str:
        value = text.strip()
        if value.isdigit() and len(value) > 9:  # the demo checks the number itself
            raise argparse.ArgumentTypeError(
                cli.tr(
                    "'{value}' is not small, medium, large or a number of practices.",
                    value=text[:40],
                )
            )
        return text

    return scale


def print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n")


class Translator:
    """`x.tr(text, disambiguation, n, **params)`: lupdate files these strings under the
    name of the variable, so in this module the variable is always called `cli`."""

    def __init__(self, cat: Catalog):
        self.t = cat

    def tr(
        self, source: str, disambiguation: str = "", n: int | None = None, /, **params: Any
    ) -> str:
        return self.t("cli", source, n, **params)


class Context(Translator):
    """What a command needs: the chosen folder, language, and the open workspace."""

    def __init__(self, args: argparse.Namespace, cat: Catalog):
        from minga.paths import default_data_dir

        super().__init__(cat)
        self.args = args
        self.data_dir: Path = (args.data_dir or default_data_dir()).expanduser()
        # The database, when not the data folder's own file: a territory's server.
        self.db_url: str | None = (
            getattr(args, "db_url", None) or os.environ.get("MINGA_DB_URL", "").strip() or None
        )
        # The installation's data folder; `data_dir` becomes one of its other microcentros
        # with `--microcentre` (`select_microcentre`, minga.core.networks).
        self.installation_dir: Path = self.data_dir
        self._workspace = None

    def select_microcentre(self) -> None:
        """`--microcentre M`: every command works on that microcentro's data folder
        (a `MingaError` with a sentence when M names none, or several)."""
        from minga.core.networks import NetworksNeedFolderError, installation_root, resolve

        self.installation_dir = installation_root(self.data_dir)
        wanted = getattr(self.args, "network", None)
        if wanted is None:
            return
        if self.db_url:
            raise NetworksNeedFolderError()
        self.data_dir = resolve(self.installation_dir, wanted)

    @property
    def workspace(self):
        if self._workspace is None:
            from minga.core.workspace import Workspace

            self._workspace = Workspace(self.data_dir, db_url=self.db_url)
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
