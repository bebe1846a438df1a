"""The command line: `person export` and `person erase`: a person's rights over her data
(Ley 21.719: access and portability, erasure). docs/privacy.md.

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

import sys
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
)
from minga.i18n import QT_TRANSLATE_NOOP


def add_parsers(commands: Any, cli: Translator) -> None:
    person = commands.add_parser(
        "person", help=cli.tr("a person's data: a copy of it, or its erasure (Ley 21.719)")
    )
    actions = person.add_subparsers(
        dest="person_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    export = actions.add_parser(
        "export",
        help=cli.tr(
            "write everything Minga holds about and by a person (yours, or for the advisor "
            "any member's) as a ZIP: JSON, a README, her evidence files and a PDF summary"
        ),
    )
    export.add_argument(
        "person", metavar=cli.tr("PERSON"), help=cli.tr("the person's id or full name")
    )
    export.add_argument(
        "--out", type=Path, required=True, metavar=cli.tr("FILE"), help=cli.tr("the ZIP to write")
    )
    export.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    erase = actions.add_parser(
        "erase",
        help=cli.tr(
            "erase a person's data on every computer of the network (yourself, or the "
            "advisor at her request); it cannot be undone"
        ),
    )
    erase.add_argument(
        "person", metavar=cli.tr("PERSON"), help=cli.tr("the person's id or full name")
    )
    erase.add_argument(
        "--remove-member",
        action="store_true",
        help=cli.tr(
            "(advisor) she also leaves the microcentre: her bundles are refused from now "
            "on (without it she stays a member)"
        ),
    )
    erase.add_argument(
        "--yes", action="store_true", help=cli.tr("do not ask for confirmation (scripts)")
    )
    erase.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def _counts_text(cli: Context, counts: dict[str, int]) -> str:
    from minga.cli.sync import kind_label

    if not counts:
        return cli.tr("no records")
    return ", ".join(f"{kind_label(cli, kind)}: {count}" for kind, count in sorted(counts.items()))


def cmd_person(cli: Context) -> int:
    a = cli.args
    if a.person_command == "export":
        return _export(cli)
    return _erase(cli)


def _export(cli: Context) -> int:
    from minga.services.person_data import export_person

    a = cli.args
    done = export_person(cli.workspace, a.person, a.out, lang=cli.t.lang)
    if a.json:
        print_json(done.as_json())
        return EXIT_OK
    print_line(
        cli.tr(
            "The data of {name} were written to {path}: {counts}; {files} evidence file(s) "
            "and a PDF summary.",
            name=done.name,
            path=str(done.path),
            counts=_counts_text(cli, done.counts),
            files=done.attachments,
        )
    )
    return EXIT_OK


def _erase(cli: Context) -> int:
    from minga.domain.errors import MingaError
    from minga.services.person_data import erase_person, erasure_preview

    a = cli.args
    preview = erasure_preview(cli.workspace, a.person)
    if a.remove_member and not preview.may_remove:
        from minga.services.person_data import NOT_REMOVABLE

        raise MingaError(NOT_REMOVABLE, name=preview.name)
    if not a.yes:
        if preview.already_erased:
            raise MingaError(
                QT_TRANSLATE_NOOP("errors", "The data of this person were already erased.")
            )
        if preview.counts:
            print_line(
                cli.tr(
                    "This erases the data of {name} on this computer and, through your next "
                    "bundles, on every computer of the network: her name and e-mail address, "
                    "the texts of {counts}, and her evidence files. Counts in the indicators "
                    "stay, without her name. It cannot be undone.",
                    name=preview.name,
                    counts=_counts_text(cli, preview.counts),
                )
            )
        else:
            print_line(
                cli.tr(
                    "This erases the data of {name} on this computer and, through your next "
                    "bundles, on every computer of the network: her name and e-mail address "
                    "(this computer holds no record of hers). It cannot be undone.",
                    name=preview.name,
                )
            )
        if membership := _membership_text(cli, preview, a.remove_member):
            print_line(membership)
        if not (sys.stdin and sys.stdin.isatty()):
            raise MingaError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Nothing was erased: confirm by running the command again with --yes.",
                )
            )
        answer = input(cli.tr("Erase the data of {name}? [y/N] ", name=preview.name))
        if answer.strip().lower() not in (cli.tr("y"), cli.tr("yes"), "y", "yes"):
            raise MingaError(QT_TRANSLATE_NOOP("errors", "Nothing was erased."))
    done = erase_person(cli.workspace, a.person, remove_member=a.remove_member)
    if a.json:
        print_json(done.as_json())
        return EXIT_OK
    print_line(
        cli.tr(
            "The data of {name} were erased here ({counts}). Your next bundles carry the "
            "erasure to every computer of the network.",
            name=done.name,
            counts=_counts_text(cli, done.counts),
        )
    )
    if done.removed_member:
        print_line(
            cli.tr(
                "She also left the microcentre: her bundles are refused from now on, here "
                "and, through your next bundles, on every member's computer."
            )
        )
    return EXIT_OK


def _membership_text(cli: Context, preview: Any, remove: bool) -> str:
    """What the erasure does to her place in the microcentre (the confirmation says it)."""
    if remove:
        return cli.tr(
            "{name} also leaves the microcentre (--remove-member): her bundles are refused "
            "from now on.",
            name=preview.name,
        )
    if preview.membership == "member":
        return cli.tr(
            "{name} stays a member of the microcentre: she keeps receiving the network's "
            "bundles, but what she writes from now on is erased too on every computer. If "
            "she also leaves, add --remove-member.",
            name=preview.name,
        )
    if preview.membership == "self":
        return cli.tr(
            "You stay a member of the microcentre: you keep receiving the network's bundles, "
            "but what you write from now on is erased too on every computer. To leave it, "
            "ask your advisor to remove you."
        )
    if preview.membership == "removed":
        return cli.tr("{name} is no longer a member of the microcentre.", name=preview.name)
    return ""


COMMANDS: dict[str, Callable[[Context], int]] = {
    "person": cmd_person,
}
