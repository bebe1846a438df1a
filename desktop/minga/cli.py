"""The command line (docs/architecture.md, Command line).

`minga [--data-dir DIR] [--lang es|en] COMMAND ...`; without COMMAND it opens the GUI.
Exit status: 0 success, 1 usage error, 2 rejected input (nothing changed). Messages are
sentences in the chosen language; `--json` output is stable and documented in the README.
Heavy modules are imported inside the commands, so `minga --version` stays instant.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from minga import __version__
from minga.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Catalog, catalog, set_language

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
    QT_TRANSLATE_NOOP("metavar", "ADJUSTMENTS"),
    QT_TRANSLATE_NOOP("metavar", "ADOPTION"),
    QT_TRANSLATE_NOOP("metavar", "APPLICATION"),
    QT_TRANSLATE_NOOP("metavar", "COMMENT"),
    QT_TRANSLATE_NOOP("metavar", "COUNT"),
    QT_TRANSLATE_NOOP("metavar", "DATE"),
    QT_TRANSLATE_NOOP("metavar", "DESCRIPTION"),
    QT_TRANSLATE_NOOP("metavar", "DURATION"),
    QT_TRANSLATE_NOOP("metavar", "EMAIL"),
    QT_TRANSLATE_NOOP("metavar", "FOCUS"),
    QT_TRANSLATE_NOOP("metavar", "LEVEL"),
    QT_TRANSLATE_NOOP("metavar", "LIMIT"),
    QT_TRANSLATE_NOOP("metavar", "MATERIALS"),
    QT_TRANSLATE_NOOP("metavar", "MICROCENTRE"),
    QT_TRANSLATE_NOOP("metavar", "MINUTES"),
    QT_TRANSLATE_NOOP("metavar", "NAME"),
    QT_TRANSLATE_NOOP("metavar", "NOTES"),
    QT_TRANSLATE_NOOP("metavar", "NUMBER"),
    QT_TRANSLATE_NOOP("metavar", "OA"),
    QT_TRANSLATE_NOOP("metavar", "OUT"),
    QT_TRANSLATE_NOOP("metavar", "PARTICIPANT"),
    QT_TRANSLATE_NOOP("metavar", "PLACE"),
    QT_TRANSLATE_NOOP("metavar", "POSITION"),
    QT_TRANSLATE_NOOP("metavar", "PRACTICE"),
    QT_TRANSLATE_NOOP("metavar", "PREPARED"),
    QT_TRANSLATE_NOOP("metavar", "PRESENTER"),
    QT_TRANSLATE_NOOP("metavar", "RBD"),
    QT_TRANSLATE_NOOP("metavar", "REASON"),
    QT_TRANSLATE_NOOP("metavar", "REFLECTION"),
    QT_TRANSLATE_NOOP("metavar", "RESPONDENT"),
    QT_TRANSLATE_NOOP("metavar", "SCALE"),
    QT_TRANSLATE_NOOP("metavar", "SCHOOL"),
    QT_TRANSLATE_NOOP("metavar", "SEARCH"),
    QT_TRANSLATE_NOOP("metavar", "SEED"),
    QT_TRANSLATE_NOOP("metavar", "SESSION"),
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
    QT_TRANSLATE_NOOP("metavar", "USEFUL"),
    QT_TRANSLATE_NOOP("metavar", "YEAR"),
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


def _install_argparse_translations(cat: Catalog) -> None:
    argparse._ = lambda text: cat.translate("argparse", text)  # type: ignore[attr-defined]


def _print(text: str = "") -> None:
    sys.stdout.write(text + "\n")


# Sane ranges of the command line's numbers and dates, checked while parsing, so that
# `--year 99999`, `--limit 1e30` or `--split-mb nan` are a usage error with a sentence,
# never a traceback deep inside a command.
YEAR_RANGE = (2000, 2100)
MB_RANGE = (0.01, 2048.0)


def _whole(cli: _Translator, low: int, high: int) -> Callable[[str], int]:
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


def _decimal(cli: _Translator, low: float, high: float) -> Callable[[str], float]:
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


def _scale(cli: _Translator) -> Callable[[str], str]:
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
        "--scale",
        type=_scale(cli),
        default="small",
        help=cli.tr("small, medium, large or a number of practices"),
    )
    demo.add_argument(
        "--seed",
        type=_whole(cli, 0, 2**31 - 1),
        default=1,
        help=cli.tr("random seed (same seed, same data)"),
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
    add.add_argument("--duration", type=_whole(cli, 1, 24 * 60), help=cli.tr("duration in minutes"))
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
    listing.add_argument(
        "--limit",
        type=_whole(cli, 0, 1_000_000),
        default=50,
        help=cli.tr("at most this many (0: all)"),
    )
    listing.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

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

    invite = commands.add_parser(
        "invite", help=cli.tr("(advisor) write the invitation file for teachers")
    )
    invite.add_argument("--out", type=Path, required=True, help=cli.tr("invitation file"))

    export = commands.add_parser("export", help=cli.tr("write a bundle to take to others"))
    export.add_argument("--out", type=Path, required=True, help=cli.tr("bundle file (.minga)"))
    recipients = export.add_mutually_exclusive_group()
    recipients.add_argument(
        "--to",
        metavar=cli.tr("PERSON_ID"),
        help=cli.tr("for this member only (default: a teacher's advisor)"),
    )
    recipients.add_argument(
        "--all",
        action="store_true",
        dest="all_members",
        help=cli.tr("(advisor) one bundle for every member (the default for the advisor)"),
    )
    export.add_argument(
        "--full",
        action="store_true",
        help=cli.tr("everything, not only what the recipients have not confirmed"),
    )
    export.add_argument(
        "--split-mb",
        type=_decimal(cli, *MB_RANGE),
        metavar=cli.tr("MB"),
        help=cli.tr("cut the bundle into parts of at most this size (for e-mail)"),
    )
    export.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    importing = commands.add_parser(
        "import", help=cli.tr("verify and apply bundles or an invitation")
    )
    importing.add_argument(
        "files", nargs="+", type=Path, help=cli.tr("bundle files (for a split bundle, its parts)")
    )
    importing.add_argument(
        "--accept-new-members",
        action="store_true",
        help=cli.tr("(advisor) accept bundles from teachers who are not members yet"),
    )
    importing.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    ident = commands.add_parser(
        "identity", help=cli.tr("this installation's ids, key fingerprint and public keys")
    )
    ident.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    ident.add_argument(
        "--new-keys",
        action="store_true",
        help=cli.tr("make new keys (when the old ones were lost); the advisor must accept them"),
    )

    member = commands.add_parser(
        "member", help=cli.tr("(advisor) manage the microcentre's members")
    )
    member_actions = member.add_subparsers(
        dest="member_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    member_remove = member_actions.add_parser(
        "remove",
        help=cli.tr(
            "(advisor) remove a member: their bundles are refused and they receive no more "
            "bundles; their shared practices stay under their name"
        ),
    )
    member_remove.add_argument(
        "person", metavar=cli.tr("PERSON"), help=cli.tr("the member's person id or full name")
    )
    member_remove.add_argument(
        "--reason", default="", help=cli.tr("why (kept in this installation's records)")
    )
    member_remove.add_argument(
        "--json", action="store_true", help=cli.tr("machine-readable output")
    )

    # --- the microcentre cycle (sessions, adoption, exit tickets, indicators) ---------
    sessions = commands.add_parser("sessions", help=cli.tr("list the microcentre's sessions"))
    sessions.add_argument(
        "--year", type=_whole(cli, *YEAR_RANGE), help=cli.tr("only the sessions of this year")
    )
    sessions.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    session_cmd = commands.add_parser(
        "session", help=cli.tr("plan a session and record what happened in it")
    )
    session_actions = session_cmd.add_subparsers(
        dest="session_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    session_id_help = cli.tr("the session's id, or 'latest'")
    plan = session_actions.add_parser("add", help=cli.tr("plan a session (advisor)"))
    plan.add_argument("--date", required=True, help=cli.tr("date, as YYYY-MM-DD"))
    plan.add_argument("--title", required=True, help=cli.tr("title"))
    plan.add_argument(
        "--time", default="09:00", help=cli.tr("start time, as HH:MM (default 09:00)")
    )
    plan.add_argument("--place", default="", help=cli.tr("place"))
    plan.add_argument(
        "--modality",
        default="in_person",
        choices=("in_person", "blended", "remote"),
        help=cli.tr("in_person, blended or remote"),
    )
    plan.add_argument("--focus", default="", help=cli.tr("focus of the session"))
    plan.add_argument(
        "--agenda",
        action="append",
        default=[],
        metavar=cli.tr("TITLE:MINUTES"),
        help=cli.tr("an agenda item with its minutes (repeatable, in order)"),
    )
    plan.add_argument(
        "--number", type=_whole(cli, 1, 1000), help=cli.tr("number in the year (default: the next)")
    )
    for status, text in (
        ("present", cli.tr("a person present (id, repeatable)")),
        ("absent", cli.tr("a person absent (id, repeatable)")),
        ("excused", cli.tr("a person excused (id, repeatable)")),
    ):
        plan.add_argument(
            f"--{status}", action="append", default=[], metavar=cli.tr("PERSON"), help=text
        )
    plan.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    show = session_actions.add_parser("show", help=cli.tr("show a session"))
    show.add_argument("session", help=session_id_help)
    show.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    talk = session_actions.add_parser(
        "present", help=cli.tr("put a practice on the session's programme (advisor)")
    )
    talk.add_argument("--session", required=True, help=session_id_help)
    talk.add_argument("--practice", required=True, help=cli.tr("the practice's id"))
    talk.add_argument(
        "--presenter", help=cli.tr("the presenter's person id (default: the practice's author)")
    )
    talk.add_argument(
        "--minutes",
        type=_whole(cli, 1, 24 * 60),
        default=15,
        help=cli.tr("minutes of the slot (15 at most)"),
    )
    talk.add_argument(
        "--position", type=_whole(cli, 1, 1000), help=cli.tr("place in the programme")
    )
    talk.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    attend = session_actions.add_parser("attend", help=cli.tr("record attendance (advisor)"))
    attend.add_argument("--session", required=True, help=session_id_help)
    for status, text in (
        ("present", cli.tr("a person present (id, repeatable)")),
        ("absent", cli.tr("a person absent (id, repeatable)")),
        ("excused", cli.tr("a person excused (id, repeatable)")),
    ):
        attend.add_argument(
            f"--{status}", action="append", default=[], metavar=cli.tr("PERSON"), help=text
        )
    minutes = session_actions.add_parser("minutes", help=cli.tr("write the minutes (advisor)"))
    minutes.add_argument("--session", required=True, help=session_id_help)
    minutes.add_argument("--text", required=True, help=cli.tr("the minutes"))
    evaluate = session_actions.add_parser(
        "evaluate", help=cli.tr("record the evaluation of a presented practice (advisor)")
    )
    evaluate.add_argument("--session", required=True, help=session_id_help)
    evaluate.add_argument("--practice", required=True, help=cli.tr("the practice's id"))
    evaluate.add_argument(
        "--replicability",
        default="yes",
        choices=("yes", "with_adjustments", "no"),
        help=cli.tr("could others replicate it: yes, with_adjustments or no"),
    )
    evaluate.add_argument("--strengths", default="", help=cli.tr("strengths"))
    evaluate.add_argument("--suggestions", default="", help=cli.tr("suggestions"))
    evaluate.add_argument("--participant", help=cli.tr("the person id of who said it (optional)"))
    evaluate.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    survey = session_actions.add_parser(
        "survey", help=cli.tr("record the satisfaction survey (one answer or a tally)")
    )
    survey.add_argument("--session", required=True, help=session_id_help)
    for question, text in (
        ("useful", cli.tr("the session was useful: 1 to 4")),
        ("prepared", cli.tr("I feel prepared to apply it: 1 to 4")),
        ("trust", cli.tr("I felt trust to voice doubts: 1 to 4")),
    ):
        survey.add_argument(f"--{question}", type=_whole(cli, 1, 4), required=True, help=text)
    survey.add_argument(
        "--count",
        type=_whole(cli, 1, 10_000),
        default=1,
        help=cli.tr("how many people answered this (a tally)"),
    )
    survey.add_argument(
        "--respondent", help=cli.tr("who answered: a person id, or 'me' (one answer)")
    )
    survey.add_argument("--comment", default="", help=cli.tr("comment"))
    survey.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    adopt = commands.add_parser("adopt", help=cli.tr("choose a colleague's practice to apply"))
    adopt.add_argument("--practice", required=True, help=cli.tr("the practice's id"))
    adopt.add_argument("--session", help=cli.tr("the session where you chose it (id or 'latest')"))
    adopt.add_argument("--notes", default="", help=cli.tr("notes"))
    adopt.add_argument(
        "--visibility",
        default="network",
        choices=("private", "advisor", "network"),
        help=cli.tr("who receives it: private, advisor or network"),
    )
    adopt.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    apply_cmd = commands.add_parser(
        "apply", help=cli.tr("record an application of a practice you chose")
    )
    apply_cmd.add_argument("--adoption", required=True, help=cli.tr("the adoption's id"))
    apply_cmd.add_argument("--date", required=True, help=cli.tr("date, as YYYY-MM-DD"))
    apply_cmd.add_argument(
        "--level",
        action="append",
        default=[],
        required=True,
        help=cli.tr("level: NT1, NT2, 1° to 8° (repeatable)"),
    )
    apply_cmd.add_argument(
        "--students", type=_whole(cli, 0, 1000), required=True, help=cli.tr("students present")
    )
    apply_cmd.add_argument("--notes", default="", help=cli.tr("notes"))
    apply_cmd.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    tally = commands.add_parser(
        "tally", help=cli.tr("record exit-ticket counts of an application (no names)")
    )
    tally.add_argument("--application", required=True, help=cli.tr("the application's id"))
    tally.add_argument(
        "--count",
        action="append",
        default=[],
        required=True,
        metavar=cli.tr("QUESTION:OPTION[:LEVEL]=N"),
        help=cli.tr(
            "how many students chose an option (repeatable; the level may be left out when "
            "the application has one level)"
        ),
    )
    tally.add_argument(
        "--template", help=cli.tr("the exit ticket's template id (default: the usual one)")
    )
    tally.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    assess = commands.add_parser(
        "self-assess", help=cli.tr("write the self-assessment of a practice you applied")
    )
    assess.add_argument("--adoption", required=True, help=cli.tr("the adoption's id"))
    assess.add_argument("--application", help=cli.tr("one application of it (optional)"))
    assess.add_argument(
        "--decision",
        required=True,
        choices=("continue", "adjust", "drop"),
        help=cli.tr("continue, adjust (continue with adjustments) or drop"),
    )
    assess.add_argument(
        "--rating",
        action="append",
        default=[],
        metavar=cli.tr("CRITERION=LEVEL"),
        help=cli.tr("a rubric criterion and its level (repeatable)"),
    )
    assess.add_argument("--adjustments", default="", help=cli.tr("adjustments made"))
    assess.add_argument("--reflection", default="", help=cli.tr("reflection"))
    assess.add_argument("--date", help=cli.tr("date, as YYYY-MM-DD (default: today)"))
    assess.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    templates = commands.add_parser(
        "templates", help=cli.tr("list exit tickets, rubrics and observation protocols")
    )
    templates.add_argument(
        "--kind",
        choices=("exit_ticket", "self_assessment_rubric", "observation_protocol"),
        help=cli.tr("only this kind"),
    )
    templates.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    indicators = commands.add_parser(
        "indicators", help=cli.tr("the microcentre's indicators for a school year")
    )
    indicators.add_argument(
        "--year",
        type=_whole(cli, *YEAR_RANGE),
        help=cli.tr("school year (default: the current one)"),
    )
    indicators.add_argument(
        "--scope",
        choices=("network", "mine"),
        help=cli.tr("network (the advisor's default) or mine (a teacher's default)"),
    )
    indicators.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    # --- printed documents (PDF) ----------------------------------------------------
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
        choices=("exit-ticket", "self-assessment", "observation", "phea"),
        help=cli.tr("exit-ticket, self-assessment, observation or phea"),
    )
    blank.add_argument("--template", help=cli.tr("the template's id (default: the usual one)"))
    report = print_actions.add_parser(
        "report", help=cli.tr("the advisor's report of a school year")
    )
    report.add_argument(
        "--year",
        type=_whole(cli, *YEAR_RANGE),
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
        type=_whole(cli, *YEAR_RANGE),
        help=cli.tr("only this school year (default: every year)"),
    )
    for document in (guide, blank, report, portfolio):
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

    # --- e-mail: outbox, inbox, account (minga.mail) ------------------------------------
    outbox = commands.add_parser(
        "outbox", help=cli.tr("what waits in the e-mail outbox, and what was sent")
    )
    outbox.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    send = commands.add_parser("send", help=cli.tr("send what waits in the outbox now"))
    send.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    fetch = commands.add_parser(
        "fetch", help=cli.tr("check the mailbox now and import bundles from members")
    )
    fetch.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    mail = commands.add_parser("mail", help=cli.tr("set up e-mail, test it, queue a bundle"))
    mail_actions = mail.add_subparsers(
        dest="mail_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    setup = mail_actions.add_parser(
        "setup",
        help=cli.tr("the mail servers and addresses (password: MINGA_MAIL_PASSWORD or asked)"),
    )
    setup.add_argument(
        "--smtp-host", required=True, metavar=cli.tr("HOST"), help=cli.tr("outgoing server")
    )
    setup.add_argument(
        "--smtp-port",
        type=_whole(cli, 0, 65535),
        metavar=cli.tr("PORT"),
        help=cli.tr("outgoing port (default: 465 with ssl, 587 with starttls)"),
    )
    setup.add_argument(
        "--security",
        required=True,
        choices=("ssl", "starttls"),
        help=cli.tr("ssl (implicit TLS, usually 465) or starttls (usually 587)"),
    )
    setup.add_argument("--user", metavar=cli.tr("USER"), help=cli.tr("user name for logging in"))
    setup.add_argument(
        "--from",
        dest="from_address",
        metavar=cli.tr("ADDRESS"),
        help=cli.tr("your address (default: the user name)"),
    )
    setup.add_argument(
        "--to-advisor",
        metavar=cli.tr("ADDRESS"),
        help=cli.tr("(teachers) the advisor's address"),
    )
    setup.add_argument(
        "--imap-host", metavar=cli.tr("HOST"), help=cli.tr("incoming server (IMAP), to fetch")
    )
    setup.add_argument(
        "--imap-port",
        type=_whole(cli, 0, 65535),
        metavar=cli.tr("PORT"),
        help=cli.tr("incoming port (default 993)"),
    )
    setup.add_argument(
        "--imap-security",
        choices=("ssl", "starttls"),
        help=cli.tr("ssl (usually 993) or starttls (usually 143); default ssl"),
    )
    setup.add_argument(
        "--imap-user",
        metavar=cli.tr("USER"),
        help=cli.tr("user name at the incoming server (default: the same)"),
    )
    setup.add_argument(
        "--imap-folder", metavar=cli.tr("FOLDER"), help=cli.tr("folder to check (default INBOX)")
    )
    setup.add_argument(
        "--part-mb",
        type=_decimal(cli, *MB_RANGE),
        metavar=cli.tr("MB"),
        help=cli.tr("largest part to send, in MB (default 10)"),
    )
    setup.add_argument(
        "--cafile",
        type=Path,
        metavar=cli.tr("FILE"),
        help=cli.tr("also trust this certificate authority (a school's own server)"),
    )
    mail_test = mail_actions.add_parser(
        "test", help=cli.tr("log in to the mail servers and say how it went")
    )
    mail_test.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    queue = mail_actions.add_parser("queue", help=cli.tr("put a bundle in the e-mail outbox"))
    queue.add_argument(
        "--to",
        default="",
        metavar=cli.tr("PERSON_ID|advisor|all"),
        help=cli.tr("for whom (default: a teacher's advisor; the advisor's members)"),
    )
    queue.add_argument(
        "--full",
        action="store_true",
        help=cli.tr("everything, not only what the recipients have not confirmed"),
    )
    queue.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

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
    # Plain calls, not inside the f-string: lupdate does not look into f-strings, and a
    # header it never extracted stayed English in every language.
    kind_header = cli.tr("Kind")
    live_header = cli.tr("Live")
    deleted_header = cli.tr("Deleted")
    width = max(len(kind_header), *(len(label) for label in labels.values()))
    live_width = max(9, len(live_header))
    deleted_width = max(9, len(deleted_header))
    _print(
        f"{kind_header:<{width}}  {live_header:>{live_width}}  {deleted_header:>{deleted_width}}"
    )
    for kind, count in stats.kinds.items():
        _print(
            f"{labels[kind]:<{width}}  {count.live:>{live_width}}  {count.deleted:>{deleted_width}}"
        )
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
    from minga import display
    from minga.domain.vocab import LEVEL_SHORT

    for r in rows:
        levels = display.codes(r.levels, LEVEL_SHORT, "practice list")
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
    if cli.args.repair:
        from minga.services.stats import move_refused_aside

        moved = move_refused_aside(ws.db)
        for item in moved:
            _print(
                cli.tr(
                    "Moved aside as a conflict copy: a record of kind {kind} ({id}).",
                    kind=_kind_label(cli, item.kind),
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


def cmd_invite(cli: Context) -> int:
    from minga.sync.membership import write_invitation

    info = write_invitation(cli.workspace, cli.args.out)
    _print(
        cli.tr(
            "Invitation written to {path}: {microcentre}, {members} members, {schools} schools.",
            path=str(info.path),
            microcentre=info.microcentre,
            members=info.members,
            schools=info.schools,
        )
    )
    _print(
        cli.tr(
            "Give it to the teachers, and read them your key fingerprint so they can check "
            "it: {fingerprint}",
            fingerprint=info.fingerprint,
        )
    )
    return EXIT_OK


def _kind_label(cli: Context, kind: str) -> str:
    from minga.domain.vocab import KIND_LABELS

    return cli.t.translate("vocab", KIND_LABELS.get(kind, kind))


def cmd_export(cli: Context) -> int:
    from minga.sync.export import export_bundle

    a = cli.args
    result = export_bundle(
        cli.workspace,
        a.out,
        to=a.to,
        all_members=a.all_members,
        full=a.full,
        split_mb=a.split_mb,
    )
    if a.json:
        _print_json(result.as_json())
        return EXIT_OK
    _print(
        cli.tr(
            "Bundle written to {path} for {recipients}: {records} records, {attachments} "
            "attachments, {conflicts} conflict copies.",
            path=str(result.paths[0]),
            recipients=", ".join(name for _, name in result.recipients),
            records=result.records,
            attachments=result.attachments,
            conflicts=result.conflicts,
        )
    )
    for kind, count in result.counts.items():
        _print(f"  {_kind_label(cli, kind)}: {count}")
    if result.full:
        _print(cli.tr("Everything that may travel was included (--full)."))
    elif result.base_seq == 0:
        _print(
            cli.tr(
                "Everything that may travel was included: the recipients have not confirmed "
                "an earlier bundle yet."
            )
        )
    else:
        _print(cli.tr("Only what the recipients have not confirmed yet was included."))
    if len(result.paths) > 1 or cli.args.split_mb:
        _print(
            cli.tr(
                "Split into %n part(s), from {first} to {last}; send them all.",
                "",
                len(result.paths),
                first=result.paths[0].name,
                last=result.paths[-1].name,
            )
        )
    return EXIT_OK


def _print_import(cli: Context, result: Any) -> None:
    from minga.sync.membership import JoinResult

    if isinstance(result, JoinResult):
        _print(
            cli.tr(
                "You joined {microcentre}. Your advisor is {advisor}; the fingerprint of their "
                "key is {fingerprint}: check it with them.",
                microcentre=result.microcentre,
                advisor=result.advisor_name,
                fingerprint=result.advisor_fingerprint,
            )
        )
        _print(
            cli.tr(
                "Your own fingerprint is {fingerprint}. Now send your advisor a bundle with "
                "'minga export'.",
                fingerprint=result.own_fingerprint,
            )
        )
        return
    _print(
        cli.tr(
            "Imported {file} from {sender} (fingerprint {fingerprint}), made on {date}.",
            file=result.name,
            sender=result.sender.name,
            fingerprint=result.sender.fingerprint,
            date=result.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        )
    )
    for kind, summary in result.kinds.items():
        _print(
            "  "
            + cli.tr(
                "{kind}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} "
                "conflicts",
                kind=_kind_label(cli, kind),
                **summary.as_json(),
            )
        )
    totals = result.totals
    _print(
        cli.tr(
            "Total: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.",
            **totals.as_json(),
        )
    )
    if result.attachments:
        _print(cli.tr("%n evidence file(s) received.", "", result.attachments))
    if result.accepted_member:
        _print(cli.tr("{sender} is now a member of the microcentre.", sender=result.sender.name))
    if result.clock_skew_days:
        _print(
            cli.tr(
                "Warning: this computer's clock and the network's differ by %n day(s). "
                "Check the date and time of this computer.",
                "",
                abs(result.clock_skew_days),
            )
        )
    if result.already_imported and not (totals.new or totals.updated or totals.conflicts):
        _print(cli.tr("This bundle had been imported before: nothing changed."))
    if totals.conflicts:
        _print(
            cli.tr(
                "Conflicting versions were kept as copies; their owners can compare and "
                "restore them."
            )
        )


def cmd_import(cli: Context) -> int:
    from minga.domain.errors import MingaError
    from minga.sync.container import group_inputs
    from minga.sync.errors import NewMemberError
    from minga.sync.importer import import_file

    a = cli.args
    status = EXIT_OK
    documents = []
    for group in group_inputs(a.files):
        try:
            result = import_file(cli.workspace, group, accept_new_members=a.accept_new_members)
        except MingaError as exc:
            sys.stderr.write(exc.message(cli.t) + "\n")
            if isinstance(exc, NewMemberError):
                sys.stderr.write(
                    cli.tr("To accept them, import it again with --accept-new-members.") + "\n"
                )
            status = EXIT_REJECTED
            if a.json:
                documents.append({"file": str(group[0]), "error": exc.message(cli.t)})
            continue
        if a.json:
            documents.append(result.as_json())
        else:
            _print_import(cli, result)
    if a.json:
        _print_json(documents)
    return status


def cmd_identity(cli: Context) -> int:
    from minga.sync.membership import identity

    info = identity(cli.workspace, new=cli.args.new_keys)
    if cli.args.json:
        _print_json(info.as_json())
        return EXIT_OK
    from minga.domain.vocab import ROLE_LABELS

    role = cli.t.translate("vocab", ROLE_LABELS.get(info.role, info.role))
    _print(cli.tr("Name: {name} ({role})", name=info.name, role=role))
    _print(cli.tr("Person id: {id}", id=info.person_id))
    _print(cli.tr("Device id: {id}", id=info.device_id))
    _print(cli.tr("Fingerprint: {fingerprint}", fingerprint=info.fingerprint))
    _print(cli.tr("Signing key (Ed25519): {key}", key=info.signing_key))
    _print(cli.tr("Encryption key (age): {key}", key=info.encryption_key))
    if info.storage.kind == "keyring":
        _print(
            cli.tr("Private keys: in the system keyring ({backend}).", backend=info.storage.backend)
        )
    else:
        _print(
            cli.tr(
                "Private keys: in {path}, protected by a passphrase. No system keyring was "
                "found on this computer.",
                path=info.storage.path or "",
            )
        )
    if info.advisor is not None:
        advisor_fingerprint = info.as_json()["advisor"]["fingerprint"] or "?"
        _print(
            cli.tr(
                "Advisor: {name} (fingerprint {fingerprint})",
                name=info.advisor.name,
                fingerprint=advisor_fingerprint,
            )
        )
    return EXIT_OK


def cmd_member(cli: Context) -> int:
    from minga.sync.membership import remove

    a = cli.args
    if len((a.reason or "").strip()) > 500:
        from minga.domain.errors import ValidationError

        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP("errors", "The reason is longer than {max} characters."),
            max=500,
        )
    removal = remove(cli.workspace, a.person, a.reason)
    if a.json:
        _print_json(removal.as_json())
        return EXIT_OK
    if removal.already_removed:
        _print(cli.tr("{name} had already been removed from the microcentre.", name=removal.name))
        return EXIT_OK
    _print(
        cli.tr(
            "{name} was removed from the microcentre. Their bundles will be refused and they "
            "will receive no more bundles; their shared practices stay under their name. "
            "Your next bundles tell every member.",
            name=removal.name,
        )
    )
    return EXIT_OK


# --- the microcentre cycle ------------------------------------------------------------


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{round(rate * 100)}%"


def _warn(cli: Context, warnings: Any) -> None:
    for warning in warnings:
        sys.stderr.write(cli.tr("Warning: {text}", text=warning.message(cli.t)) + "\n")


def _session_id(cli: Context, value: str, *, held: bool = False) -> str:
    """A session id, or the latest session for 'latest' (the last held one if `held`)."""
    if (value or "").strip().lower() != "latest":
        return (value or "").strip()
    from minga.domain.errors import ValidationError
    from minga.services.sessions import SessionService

    service = SessionService(cli.workspace.db)
    found = service.last_held_session() if held else service.latest_session()
    if found is None:
        raise ValidationError(
            "session", QT_TRANSLATE_NOOP("errors", "There are no sessions here yet.")
        )
    return found.id


def _statuses(cli: Context) -> dict[str, str]:
    """{person id: status} from --present, --absent and --excused."""
    from minga.domain.errors import ValidationError

    statuses: dict[str, str] = {}
    for status in ("present", "absent", "excused"):
        for typed in getattr(cli.args, status):
            person = typed.strip()
            if person in statuses and statuses[person] != status:
                raise ValidationError(
                    "attendance",
                    QT_TRANSLATE_NOOP("errors", "'{id}' is given two attendance statuses."),
                    id=person,
                )
            statuses[person] = status
    return statuses


def _session_json(cli: Context, detail: Any) -> dict[str, Any]:
    return {
        "id": detail.id,
        "number": detail.number,
        "date": detail.date.isoformat(),
        "start_time": detail.start_time,
        "title": detail.title,
        "place": detail.place,
        "modality": detail.modality,
        "focus": detail.focus,
        "status": detail.status,
        "agenda": [item.as_json() for item in detail.agenda],
        "agenda_minutes": detail.agenda_minutes,
        "minutes_text": detail.minutes_text,
        "presentations": [
            {
                "id": p.id,
                "practice_id": p.practice_id,
                "practice_title": p.practice_title,
                "presenter_id": p.presenter_id,
                "presenter": p.presenter_name,
                "position": p.position,
                "minutes": p.minutes,
            }
            for p in detail.presentations
        ],
        "attendance": [
            {"person_id": a.person_id, "name": a.person_name, "status": a.status, "note": a.note}
            for a in detail.attendance
        ],
        "attendance_rate": detail.attendance_rate.as_json(),
        "warnings": [w.as_json(cli.t) for w in detail.warnings],
    }


def _modality_label(cli: Context, modality: str) -> str:
    labels = {
        "in_person": cli.tr("in person"),
        "blended": cli.tr("blended"),
        "remote": cli.tr("remote"),
    }
    return labels.get(modality, modality)


def _session_state_label(cli: Context, state: str) -> str:
    labels = {
        "planned": cli.tr("planned"),
        "held": cli.tr("held"),
        "cancelled": cli.tr("cancelled"),
        # Planned, its date passed, never marked held: it never counts as held.
        "to_close": cli.tr("to close"),
    }
    return labels.get(state, state)


def cmd_sessions(cli: Context) -> int:
    from minga.services.sessions import SessionService

    rows = SessionService(cli.workspace.db).list_sessions(cli.args.year)
    if cli.args.json:
        _print_json({"total": len(rows), "sessions": [r.as_json() for r in rows]})
        return EXIT_OK
    for r in rows:
        _print(
            f"{r.id}  {r.date.isoformat()}  #{r.number}  {r.title}  ·  {r.place or '—'}  ·  "
            f"{_modality_label(cli, r.modality)}  ·  "
            f"{_session_state_label(cli, r.state or r.status)}  ·  "
            + cli.tr("%n presentation(s)", "", r.presentations)
            + "  ·  "
            + cli.tr("attendance {rate}", rate=_percent(r.attendance.rate))
        )
    if rows:
        _print(cli.tr("%n session(s).", "", len(rows)))
    else:
        _print(cli.tr("No sessions yet."))
    return EXIT_OK


def cmd_session(cli: Context) -> int:
    actions: dict[str, Callable[[Context], int]] = {
        "add": _cmd_session_add,
        "show": _cmd_session_show,
        "present": _cmd_session_present,
        "attend": _cmd_session_attend,
        "minutes": _cmd_session_minutes,
        "evaluate": _cmd_session_evaluate,
        "survey": _cmd_session_survey,
    }
    return actions[cli.args.session_command](cli)


def _cmd_session_add(cli: Context) -> int:
    from minga.domain import cycle_rules
    from minga.domain.errors import ValidationError, ValidationErrors
    from minga.services.sessions import SessionInput, SessionService, parse_agenda_item

    a = cli.args
    errors: list[ValidationError] = []
    agenda = []
    for text in a.agenda:
        try:
            agenda.append(parse_agenda_item(text))
        except ValidationError as exc:
            errors.append(exc)
    try:
        date = cycle_rules.parse_date(a.date)
    except ValidationError as exc:
        errors.append(exc)
        date = None
    if errors:
        raise ValidationErrors(errors)
    detail = SessionService(cli.workspace.db).plan(
        SessionInput(
            date=date,
            title=a.title,
            start_time=a.time,
            place=a.place,
            modality=a.modality,
            focus=a.focus,
            agenda=agenda,
            number=a.number,
        ),
        attendance=_statuses(cli),
    )
    if a.json:
        _print_json(_session_json(cli, detail))
    else:
        _print(detail.id)
    _warn(cli, detail.warnings)
    return EXIT_OK


def _cmd_session_show(cli: Context) -> int:
    from minga.services.sessions import SessionService

    detail = SessionService(cli.workspace.db).get(_session_id(cli, cli.args.session))
    if cli.args.json:
        _print_json(_session_json(cli, detail))
        return EXIT_OK
    _print(f"#{detail.number}  {detail.title}  ({detail.id})")
    _print(
        f"{detail.date.isoformat()} {detail.start_time}  ·  {detail.place or '—'}  ·  "
        f"{_modality_label(cli, detail.modality)}"
    )
    if detail.focus:
        _print(cli.tr("Focus: {text}", text=detail.focus))
    for item in detail.agenda:
        _print(f"  {item.minutes:>4} min  {item.title}")
    _print(cli.tr("Agenda: {minutes} minutes.", minutes=detail.agenda_minutes))
    for p in detail.presentations:
        _print(f"  {p.position}. {p.practice_title}  ·  {p.presenter_name}  ·  {p.minutes} min")
    if detail.attendance:
        _print(
            cli.tr(
                "Attendance: {rate} ({present} of {total}).",
                rate=_percent(detail.attendance_rate.rate),
                present=detail.attendance_rate.numerator,
                total=detail.attendance_rate.denominator,
            )
        )
    for warning in detail.warnings:
        _print(cli.tr("Warning: {text}", text=warning.message(cli.t)))
    return EXIT_OK


def _cmd_session_present(cli: Context) -> int:
    from minga.services.sessions import PresentationInput, SessionService

    a = cli.args
    info = SessionService(cli.workspace.db).add_presentation(
        _session_id(cli, a.session),
        PresentationInput(
            practice_id=a.practice.strip(),
            presenter_id=(a.presenter or "").strip() or None,
            minutes=a.minutes,
            position=a.position,
        ),
    )
    if a.json:
        _print_json(
            {
                "id": info.id,
                "session_id": info.session_id,
                "practice_id": info.practice_id,
                "presenter_id": info.presenter_id,
                "position": info.position,
                "minutes": info.minutes,
                "warnings": [w.as_json(cli.t) for w in info.warnings],
            }
        )
    else:
        _print(info.id)
    _warn(cli, info.warnings)
    return EXIT_OK


def _cmd_session_attend(cli: Context) -> int:
    from minga.services.sessions import SessionService

    detail = SessionService(cli.workspace.db).record_attendance(
        _session_id(cli, cli.args.session), _statuses(cli)
    )
    _print(
        cli.tr(
            "Attendance saved: {rate} ({present} of {total}).",
            rate=_percent(detail.attendance_rate.rate),
            present=detail.attendance_rate.numerator,
            total=detail.attendance_rate.denominator,
        )
    )
    return EXIT_OK


def _cmd_session_minutes(cli: Context) -> int:
    from minga.services.sessions import SessionService

    SessionService(cli.workspace.db).set_minutes(_session_id(cli, cli.args.session), cli.args.text)
    _print(cli.tr("Minutes saved."))
    return EXIT_OK


def _cmd_session_evaluate(cli: Context) -> int:
    from minga.services.sessions import FeedbackInput, SessionService

    a = cli.args
    info = SessionService(cli.workspace.db).add_feedback(
        FeedbackInput(
            practice_id=a.practice.strip(),
            session_id=_session_id(cli, a.session),
            author_id=(a.participant or "").strip() or None,
            strengths=a.strengths,
            suggestions=a.suggestions,
            replicability=a.replicability,
        )
    )
    if a.json:
        _print_json(
            {
                "id": info.id,
                "practice_id": info.practice_id,
                "session_id": info.session_id,
                "author_id": info.author_id,
                "replicability": info.replicability,
            }
        )
    else:
        _print(info.id)
    return EXIT_OK


def _cmd_session_survey(cli: Context) -> int:
    from minga.services.sessions import SatisfactionInput, SessionService
    from minga.services.setup import actor

    a = cli.args
    respondent = (a.respondent or "").strip() or None
    if respondent and respondent.lower() == "me":
        respondent = actor(cli.workspace.db).person_id
    info = SessionService(cli.workspace.db).record_satisfaction(
        _session_id(cli, a.session),
        SatisfactionInput(
            useful=a.useful,
            prepared=a.prepared,
            trust=a.trust,
            count=a.count,
            respondent_id=respondent,
            comment=a.comment,
        ),
    )
    if a.json:
        _print_json(
            {
                "id": info.id,
                "session_id": info.session_id,
                "respondent_id": info.respondent_id,
                "useful": info.useful,
                "prepared": info.prepared,
                "trust": info.trust,
                "count": info.count,
            }
        )
    else:
        _print(info.id)
    return EXIT_OK


def cmd_adopt(cli: Context) -> int:
    from minga.services.adoption import AdoptionInput, AdoptionService

    a = cli.args
    info = AdoptionService(cli.workspace.db).choose(
        AdoptionInput(
            practice_id=a.practice.strip(),
            session_id=_session_id(cli, a.session, held=True) if a.session else None,
            notes=a.notes,
            visibility=a.visibility,
        )
    )
    if a.json:
        _print_json(
            {
                "id": info.id,
                "practice_id": info.practice_id,
                "practice_title": info.practice_title,
                "session_id": info.session_id,
                "chosen_on": info.chosen_on.isoformat(),
                "status": info.status,
            }
        )
    else:
        _print(info.id)
    return EXIT_OK


def cmd_apply(cli: Context) -> int:
    from minga.domain import cycle_rules
    from minga.services.adoption import AdoptionService, ApplicationInput

    a = cli.args
    info = AdoptionService(cli.workspace.db).record_application(
        ApplicationInput(
            adoption_id=a.adoption.strip(),
            applied_on=cycle_rules.parse_date(a.date),
            levels=a.level,
            students_present=a.students,
            notes=a.notes,
        )
    )
    if a.json:
        _print_json(
            {
                "id": info.id,
                "adoption_id": info.adoption_id,
                "applied_on": info.applied_on.isoformat(),
                "levels": info.levels,
                "students_present": info.students_present,
            }
        )
    else:
        _print(info.id)
    return EXIT_OK


def _parse_cell(text: str, levels: list[str]) -> tuple[str, str, str, int]:
    """`question:option[:level]=n`; the level may be left out when there is only one."""
    import re

    from minga.domain.errors import ValidationError
    from minga.domain.validation import normalize_level

    match = re.fullmatch(r"\s*([^:=\s]+):([^:=\s]+)(?::([^=]+))?=\s*([0-9]{1,6})\s*", text or "")
    if not match:
        raise ValidationError(
            "counts",
            QT_TRANSLATE_NOOP(
                "errors", "'{value}' is not a count; write it as question:option:level=number."
            ),
            value=text,
        )
    question, option, level, count = match.groups()
    if level is None:
        if len(levels) != 1:
            raise ValidationError(
                "counts",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Say the level in '{value}': this application has several levels.",
                ),
                value=text,
            )
        level = levels[0]
    return question, option, normalize_level(level, "counts"), int(count)


def cmd_tally(cli: Context) -> int:
    from minga.domain.errors import ValidationError, ValidationErrors
    from minga.services.adoption import AdoptionService, TallyInput

    a = cli.args
    service = AdoptionService(cli.workspace.db)
    application = service.get_application(a.application.strip())
    existing = service.get_tally(application.id)
    counts: dict[str, dict[str, dict[str, int]]] = {
        q: {o: dict(by_level) for o, by_level in options.items()}
        for q, options in (existing.counts if existing else {}).items()
    }
    errors: list[ValidationError] = []
    for text in a.count:
        try:
            question, option, level, count = _parse_cell(text, application.levels)
        except ValidationError as exc:
            errors.append(exc)
            continue
        counts.setdefault(question, {}).setdefault(option, {})[level] = count
    if errors:
        raise ValidationErrors(errors)
    info = service.record_tally(
        TallyInput(
            application_id=application.id,
            counts=counts,
            template_id=a.template or (existing.template_id if existing else None),
        )
    )
    if a.json:
        _print_json(
            {
                "id": info.id,
                "application_id": info.application_id,
                "template_id": info.template_id,
                "students_present": info.students_present,
                "counts": info.counts,
                "totals": info.totals,
            }
        )
    else:
        _print(info.id)
    return EXIT_OK


def cmd_self_assess(cli: Context) -> int:
    from minga.domain import cycle_rules
    from minga.domain.errors import ValidationError, ValidationErrors
    from minga.services.adoption import AdoptionService, SelfAssessmentInput

    a = cli.args
    ratings: dict[str, int] = {}
    errors: list[ValidationError] = []
    for text in a.rating:
        criterion, sep, level = (text or "").partition("=")
        if not sep or not level.strip().isdigit() or not criterion.strip():
            errors.append(
                ValidationError(
                    "ratings",
                    QT_TRANSLATE_NOOP(
                        "errors", "'{value}' is not a rating; write it as criterion=level."
                    ),
                    value=text,
                )
            )
            continue
        ratings[criterion.strip()] = int(level)
    written_on = None
    if a.date:
        try:
            written_on = cycle_rules.parse_date(a.date)
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    info = AdoptionService(cli.workspace.db).record_self_assessment(
        SelfAssessmentInput(
            adoption_id=a.adoption.strip(),
            application_id=(a.application or "").strip() or None,
            decision=a.decision,
            ratings=ratings,
            adjustments=a.adjustments,
            reflection=a.reflection,
            written_on=written_on,
        )
    )
    if a.json:
        _print_json(
            {
                "id": info.id,
                "adoption_id": info.adoption_id,
                "application_id": info.application_id,
                "decision": info.decision,
                "ratings": info.ratings,
                "written_on": info.written_on.isoformat(),
            }
        )
    else:
        _print(info.id)
    return EXIT_OK


def cmd_templates(cli: Context) -> int:
    from minga.services.templates import TemplateService, ensure_default_templates

    ensure_default_templates(cli.workspace.db)
    rows = TemplateService(cli.workspace.db).list(cli.args.kind)
    if cli.args.json:
        _print_json({"templates": [t.as_json() for t in rows]})
        return EXIT_OK
    for t in rows:
        tags = ", ".join(t.tags)
        _print(
            f"{t.id}  {t.kind}  {t.name}  ·  "
            + cli.tr("revision {n}", n=t.revision)
            + (f"  ·  {tags}" if tags else "")
        )
    return EXIT_OK


def cmd_indicators(cli: Context) -> int:
    from minga.services.indicators import IndicatorService

    service = IndicatorService(cli.workspace.db)
    scope = cli.args.scope
    if scope == "network":
        result = service.network(cli.args.year)
    elif scope == "mine":
        result = service.mine(cli.args.year)
    else:
        result = service.for_me(cli.args.year)
    if cli.args.json:
        _print_json(result.as_json())
        return EXIT_OK
    _print_indicators(cli, result)
    return EXIT_OK


def _print_indicators(cli: Context, r: Any) -> None:
    if r.scope == "network":
        _print(cli.tr("Indicators of the microcentre, school year {year}", year=r.year))
    else:
        _print(cli.tr("Your indicators, school year {year}", year=r.year))
    att = r.attendance.ratio
    _print(
        cli.tr(
            "Attendance: {rate} ({present} of {total})",
            rate=_percent(att.rate),
            present=att.numerator,
            total=att.denominator,
        )
    )
    shared = r.practices_shared
    if shared.goal is None:
        _print(cli.tr("Practices presented: {count}", count=shared.count))
    else:
        _print(
            cli.tr(
                "Practices shared: {count} of a goal of {goal}",
                count=shared.count,
                goal=shared.goal,
            )
        )
    _print(
        cli.tr(
            "Adoption: {rate} ({chose} of {present} present chose a practice)",
            rate=_percent(r.adoption.rate),
            chose=r.adoption.numerator,
            present=r.adoption.denominator,
        )
    )
    cont = r.continuation.ratio
    _print(
        cli.tr(
            "Continuation: {rate} ({keep} of {total} self-assessments continue)",
            rate=_percent(cont.rate),
            keep=cont.numerator,
            total=cont.denominator,
        )
    )
    sat = r.satisfaction
    _print(
        cli.tr(
            "Satisfaction (agree or strongly agree): useful {useful}, prepared {prepared}, "
            "trust {trust} ({answers} answers)",
            useful=_percent(sat.useful.rate),
            prepared=_percent(sat.prepared.rate),
            trust=_percent(sat.trust.rate),
            answers=sat.answers,
        )
    )
    _print(cli.tr("Exit tickets: %n tally(ies)", "", r.exit_tickets.tallies))
    for question in r.exit_tickets.questions:
        parts = [f"{o.label or o.id} {_percent(o.total.rate)}" for o in question.options]
        _print(f"  {question.prompt or question.id}  " + " · ".join(parts))
    if r.sessions:
        _print(cli.tr("Sessions:"))
    for s in r.sessions:
        _print(
            f"  {s.date.isoformat()}  #{s.number}  {s.title}  ·  "
            + cli.tr(
                "attendance {attendance}, adoption {adoption}",
                attendance=_percent(s.attendance.ratio.rate),
                adoption=_percent(s.adoption.rate),
            )
            + (f"  ·  {_session_state_label(cli, s.state)}" if s.state == "to_close" else "")
        )
    last = r.pending.last_session
    if last is not None:
        _print(
            cli.tr(
                "Pending (last session: {date}, {title}):",
                date=last.date.isoformat(),
                title=last.title,
            )
        )
    else:
        _print(cli.tr("Pending:"))
    for t in r.pending.teachers:
        items = []
        if t.chose_at_last_session is False:
            items.append(cli.tr("has not chosen a practice"))
        if t.pending_self_assessments:
            items.append(cli.tr("%n self-assessment(s) pending", "", t.pending_self_assessments))
        if items:
            _print(f"  {t.name}: " + "; ".join(items))


def cmd_print(cli: Context) -> int:
    """`print session-guide|form|report|portfolio --out FILE [--paper ...]`."""
    from minga.services import printing
    from minga.services.attachments import AttachmentStore

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
    else:
        document = printing.build_portfolio(
            ws.db, a.person, a.out, a.paper, lang, files=files, year=a.year
        )
    if a.json:
        _print_json(
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
        _print(cli.tr("%n page(s) written to {path}.", "", document.pages, path=str(document.path)))
    return EXIT_OK


# --- e-mail ---------------------------------------------------------------------------


def _when(value: Any) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "—"


def _security_label(cli: Context, security: str) -> str:
    from minga.mail.settings import SECURITY_LABELS

    return cli.t.translate("mail", SECURITY_LABELS.get(security, security))


def cmd_outbox(cli: Context) -> int:
    from minga.mail.outbox import outbox_state

    state = outbox_state(cli.workspace)
    if cli.args.json:
        _print_json(state.as_json())
        return EXIT_OK
    if not state.queued:
        _print(cli.tr("Nothing waits in the outbox."))
    else:
        _print(cli.tr("In the outbox, waiting: %n part(s)", "", len(state.queued)))
    for entry in state.queued:
        _print(
            "  "
            + cli.tr(
                "{file} (part {part} of {parts}) for {recipient} <{address}>: {attempts} "
                "attempt(s), next try {next}",
                file=entry.file,
                part=entry.part,
                parts=entry.parts,
                recipient=entry.recipient,
                address=entry.address,
                attempts=entry.attempts,
                next=_when(entry.next_attempt_at),
            )
        )
        if entry.last_error:
            _print("    " + cli.tr("Last error: {text}", text=entry.error_text(cli.t)))
    if state.sent:
        _print(cli.tr("Sent (latest first, %n in all):", "", state.sent_total))
        for entry in state.sent[:10]:
            _print(
                "  "
                + cli.tr(
                    "{when}: {file} (part {part} of {parts}) to {recipient} <{address}>",
                    when=_when(entry.sent_at),
                    file=entry.file,
                    part=entry.part,
                    parts=entry.parts,
                    recipient=entry.recipient,
                    address=entry.address,
                )
            )
    return EXIT_OK


def cmd_send(cli: Context) -> int:
    from minga.mail.outbox import send_pending

    report = send_pending(cli.workspace, force=True)
    if cli.args.json:
        _print_json(report.as_json())
        return EXIT_OK if report.ok else EXIT_REJECTED
    if not report.sent and report.ok:
        _print(cli.tr("Nothing waits in the outbox."))
        return EXIT_OK
    if report.sent:
        _print(cli.tr("Sent: %n part(s), accepted by the server.", "", len(report.sent)))
    if report.ok:
        return EXIT_OK
    if report.error is not None:
        sys.stderr.write(report.error.message(cli.t) + "\n")
    else:
        for entry, error in report.failed:
            sys.stderr.write(f"{entry.file}: {error.message(cli.t)}\n")
    sys.stderr.write(
        cli.tr("Still in the outbox: %n part(s); Minga tries again later.", "", report.waiting)
        + "\n"
    )
    return EXIT_REJECTED


def cmd_fetch(cli: Context) -> int:
    from minga.mail.inbox import fetch

    report = fetch(cli.workspace)
    if cli.args.json:
        _print_json(report.as_json())
        return EXIT_OK
    _print(
        cli.tr(
            "Checked the mailbox: {checked} new message(s); {imported} bundle(s) imported, "
            "{review} kept for review, {waiting} waiting for more parts.",
            checked=report.checked,
            imported=len(report.imported),
            review=len(report.review),
            waiting=len(report.waiting),
        )
    )
    for result in report.imports:
        _print_import(cli, result)
    for entry in report.review:
        _print(
            cli.tr(
                "For review: {subject} from {sender}", subject=entry.subject, sender=entry.sender
            )
        )
        _print("  " + entry.reason_text(cli.t))
        for path in entry.files:
            _print("  " + path)
    if report.review:
        _print(
            cli.tr(
                "To accept a new member after checking the fingerprint with them: "
                "minga import FILE --accept-new-members"
            )
        )
    return EXIT_OK


def _mail_password(cli: Context) -> str | None:
    value = os.environ.get("MINGA_MAIL_PASSWORD")
    if value:
        return value
    if sys.stdin and sys.stdin.isatty():
        import getpass

        return getpass.getpass(cli.tr("Password of the mail account: ")) or None
    return None


def cmd_mail(cli: Context) -> int:
    action = cli.args.mail_command
    if action == "setup":
        return _cmd_mail_setup(cli)
    if action == "test":
        return _cmd_mail_test(cli)
    return _cmd_mail_queue(cli)


def _cmd_mail_setup(cli: Context) -> int:
    from dataclasses import replace

    from minga.mail import outbox
    from minga.mail.settings import Passwords, store_password, validate

    a = cli.args
    current = outbox.load_settings(cli.workspace)
    changes: dict[str, Any] = {
        "smtp_host": a.smtp_host,
        "smtp_security": a.security,
        "smtp_port": a.smtp_port
        if a.smtp_port is not None
        else (465 if a.security == "ssl" else 587),
    }
    optional = {
        "user": a.user,
        "from_address": a.from_address,
        "advisor_address": a.to_advisor,
        "imap_host": a.imap_host,
        "imap_port": a.imap_port,
        "imap_security": a.imap_security,
        "imap_user": a.imap_user,
        "imap_folder": a.imap_folder,
        "part_mb": a.part_mb,
        "cafile": str(a.cafile.expanduser().resolve()) if a.cafile else None,
    }
    changes.update({key: value for key, value in optional.items() if value is not None})
    settings = validate(replace(current, **changes))  # refused before anything is saved
    passwords = Passwords(cli.workspace.root)
    password = _mail_password(cli)
    if not password and settings.user and not passwords.get(settings.smtp_host, settings.user):
        sys.stderr.write(
            cli.tr(
                "No password was given: set MINGA_MAIL_PASSWORD, or run this in a terminal "
                "to type it."
            )
            + "\n"
        )
        return EXIT_REJECTED
    outbox.save_settings(cli.workspace, settings)
    if password:
        store_password(passwords, settings, password)
    _print(
        cli.tr(
            "E-mail set up: sending through {server}:{port} ({security}) as {sender}.",
            server=settings.smtp_host,
            port=settings.smtp_port,
            security=_security_label(cli, settings.smtp_security),
            sender=settings.sender,
        )
    )
    if settings.imap_configured:
        _print(
            cli.tr(
                "Checking {folder} at {server}:{port} ({security}).",
                folder=settings.imap_folder,
                server=settings.imap_host,
                port=settings.imap_port,
                security=_security_label(cli, settings.imap_security),
            )
        )
    if settings.user:
        _print(cli.tr("The password is kept in {place}.", place=passwords.place()))
    _print(cli.tr("Try it with 'minga mail test'."))
    return EXIT_OK


def _cmd_mail_test(cli: Context) -> int:
    from minga.mail.outbox import check_connection

    checks = check_connection(cli.workspace)
    if cli.args.json:
        _print_json([c.as_json() for c in checks])
    else:
        for check in checks:
            what = cli.tr("Sending (SMTP)") if check.kind == "smtp" else cli.tr("Receiving (IMAP)")
            if check.ok:
                _print(
                    cli.tr(
                        "{what} {server}:{port}: it works.",
                        what=what,
                        server=check.server,
                        port=check.port,
                    )
                )
            else:
                sys.stderr.write(
                    cli.tr(
                        "{what} {server}:{port}: it does not work. {reason}",
                        what=what,
                        server=check.server,
                        port=check.port,
                        reason=check.error.message(cli.t) if check.error else "",
                    )
                    + "\n"
                )
    return EXIT_OK if all(c.ok for c in checks) else EXIT_REJECTED


def _cmd_mail_queue(cli: Context) -> int:
    from minga.mail.outbox import queue_bundle

    result = queue_bundle(cli.workspace, cli.args.to, full=cli.args.full)
    if cli.args.json:
        _print_json(result.as_json())
        return EXIT_OK
    _print(
        cli.tr(
            "Bundle queued for {recipients}: %n part(s), {records} records, {attachments} "
            "attachments.",
            "",
            len(result.files),
            recipients=", ".join(f"{r.name} <{r.address}>" for r in result.recipients),
            records=result.records,
            attachments=result.attachments,
        )
    )
    if result.without_address:
        _print(
            cli.tr(
                "Without an e-mail address (give them the bundle on a USB stick): {names}",
                names=", ".join(result.without_address),
            )
        )
    _print(cli.tr("Send it with 'minga send', or leave Minga open: it sends when online."))
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
    "invite": cmd_invite,
    "export": cmd_export,
    "import": cmd_import,
    "identity": cmd_identity,
    "member": cmd_member,
    "sessions": cmd_sessions,
    "session": cmd_session,
    "adopt": cmd_adopt,
    "apply": cmd_apply,
    "tally": cmd_tally,
    "self-assess": cmd_self_assess,
    "templates": cmd_templates,
    "indicators": cmd_indicators,
    "print": cmd_print,
    "outbox": cmd_outbox,
    "send": cmd_send,
    "fetch": cmd_fetch,
    "mail": cmd_mail,
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
    set_language(_language_from(argv))
    cat = catalog()
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
