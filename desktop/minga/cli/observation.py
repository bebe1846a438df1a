"""The command line: `observation list` (the notes this person may read) and
`observation readers NOTE --readers advisor|network` (the observed teacher decides who
may read a note about her).

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from minga.cli.common import EXIT_OK, Context, Parser, Translator, print_json, print_line

READER_CHOICES = ("advisor", "network")


def add_parsers(commands: Any, cli: Translator) -> None:
    observation = commands.add_parser(
        "observation",
        help=cli.tr("peer observation notes: list them, and who may read a note about you"),
    )
    actions = observation.add_subparsers(
        dest="observation_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    list_ = actions.add_parser(
        "list", help=cli.tr("the observation notes you may read, with who may read each one")
    )
    list_.add_argument("--about-me", action="store_true", help=cli.tr("only the notes about you"))
    list_.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    readers = actions.add_parser(
        "readers",
        help=cli.tr(
            "(the observed teacher) who may read a note about you: advisor (only the "
            "observer, the advisor and you; the default) or network (the whole microcentre)"
        ),
    )
    readers.add_argument("note", metavar=cli.tr("NOTE"), help=cli.tr("the note's id"))
    readers.add_argument(
        "--readers",
        required=True,
        choices=READER_CHOICES,
        help=cli.tr("advisor or network"),
    )
    readers.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def _readers_text(cli: Context, readers: str) -> str:
    if readers == "network":
        return cli.tr("the whole microcentre")
    return cli.tr("the observer, the observed teacher and the advisor")


def _note_json(info: Any) -> dict[str, Any]:
    return {
        "id": info.id,
        "observed_on": info.observed_on.isoformat(),
        "observer_id": info.observer_id,
        "observer": info.observer_name,
        "observed_id": info.observed_id,
        "observed": info.observed_name,
        "focus": info.focus,
        "visibility": info.visibility,
        "readers": info.readers,
        "replies": len(info.replies),
    }


def cmd_observation(cli: Context) -> int:
    actions: dict[str, Callable[[Context], int]] = {
        "list": cmd_observation_list,
        "readers": cmd_observation_readers,
    }
    return actions[cli.args.observation_command](cli)


def cmd_observation_list(cli: Context) -> int:
    from minga.services.observation import ObservationService

    service = ObservationService(cli.workspace.db)
    notes = service.notes_about_me() if cli.args.about_me else service.list_notes()
    if cli.args.json:
        print_json([_note_json(n) for n in notes])
        return EXIT_OK
    if not notes:
        print_line(cli.tr("No observation notes."))
        return EXIT_OK
    for note in notes:
        print_line(
            cli.tr(
                "{date}  {observer} observed {observed}: {focus}",
                date=note.observed_on.isoformat(),
                observer=note.observer_name,
                observed=note.observed_name,
                focus=note.focus,
            )
        )
        print_line(
            "    " + cli.tr("Who may read it: {readers}", readers=_readers_text(cli, note.readers))
        )
        print_line(f"    {note.id}")
    return EXIT_OK


def cmd_observation_readers(cli: Context) -> int:
    from minga.services.observation import ObservationService

    info = ObservationService(cli.workspace.db).set_readers(cli.args.note.strip(), cli.args.readers)
    if cli.args.json:
        print_json(_note_json(info))
        return EXIT_OK
    print_line(
        cli.tr(
            "Who may read {observer}'s note about you: {readers}. Your next bundle tells "
            "the advisor.",
            observer=info.observer_name,
            readers=_readers_text(cli, info.readers),
        )
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {"observation": cmd_observation}
