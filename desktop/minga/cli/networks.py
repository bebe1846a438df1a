"""The command line: `microcentro list|new`, an advisor's several microcentros (each one a
data folder of its own, `minga.core.networks`); the global `--microcentre M` chooses which
one every other command works on.

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from minga.cli.common import (
    EXIT_OK,
    YEAR_RANGE,
    Context,
    Parser,
    Translator,
    print_json,
    print_line,
    whole_numbers,
)


def add_parsers(commands: Any, cli: Translator) -> None:
    group = commands.add_parser(
        "microcentro", help=cli.tr("the microcentros you accompany (advisor): list, new")
    )
    actions = group.add_subparsers(
        dest="microcentro_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    listing = actions.add_parser("list", help=cli.tr("list the microcentros of this installation"))
    listing.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    new = actions.add_parser(
        "new", help=cli.tr("start one more microcentro, in a data folder of its own (advisor)")
    )
    new.add_argument("--name", required=True, help=cli.tr("the new microcentro's name"))
    new.add_argument("--region", metavar=cli.tr("REGION"), default="", help=cli.tr("its region"))
    new.add_argument("--commune", metavar=cli.tr("COMMUNE"), default="", help=cli.tr("its commune"))
    new.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    figures = actions.add_parser(
        "figures",
        help=cli.tr("the main figures of each of your microcentros, side by side (advisor)"),
    )
    figures.add_argument("--year", type=whole_numbers(cli, *YEAR_RANGE), help=cli.tr("year"))
    figures.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def cmd_microcentro(cli: Context) -> int:
    if cli.args.microcentro_command == "new":
        return _new(cli)
    if cli.args.microcentro_command == "figures":
        return _figures(cli)
    return _list(cli)


def _list(cli: Context) -> int:
    from minga.core.networks import list_networks

    networks = list_networks(cli.installation_dir)
    current = cli.data_dir.resolve()
    if cli.args.json:
        print_json(
            {
                "microcentros": [
                    {**n.as_json(), "current": n.path.resolve() == current} for n in networks
                ]
            }
        )
        return EXIT_OK
    if not networks:
        print_line(cli.tr("This installation has no microcentro yet: run 'minga init' first."))
        return EXIT_OK
    for network in networks:
        mark = "*" if network.path.resolve() == current else " "
        name = network.name or cli.tr("(no name)")
        print_line(f"{mark} {name}  [{network.microcentre_id[:8]}]")
    if len(networks) > 1:
        print_line()
        print_line(cli.tr("* the one in use. Choose another with: minga --microcentre NAME …"))
    return EXIT_OK


def _new(cli: Context) -> int:
    from minga.core.networks import create_network
    from minga.sync.keys import install_network_keys

    made = create_network(
        cli.installation_dir,
        cli.args.name,
        region=cli.args.region,
        commune=cli.args.commune,
        install_keys=install_network_keys,
        db_url=cli.db_url,
    )
    if cli.args.json:
        print_json(made.as_json())
        return EXIT_OK
    print_line(
        cli.tr("Microcentro «{name}» created in {path}.", name=made.name, path=str(made.path))
    )
    print_line(
        cli.tr(
            "Work on it with: minga --microcentre «{name}» … (or choose it in the window).",
            name=made.name,
        )
    )
    return EXIT_OK


def _figures(cli: Context) -> int:
    from minga.core.networks import NetworksNeedAdvisorError
    from minga.domain.vocab import Role
    from minga.services.networks import side_by_side
    from minga.services.setup import actor

    if actor(cli.workspace.db).role != Role.ADVISOR:
        raise NetworksNeedAdvisorError()
    columns = side_by_side(cli.installation_dir, cli.args.year)
    if cli.args.json:
        print_json(
            {
                "year": columns[0].year if columns else cli.args.year,
                "microcentros": [c.as_json() for c in columns],
            }
        )
        return EXIT_OK
    for column in columns:
        print_line(f"{column.network.name or column.network.microcentre_id[:8]} ({column.year})")
        if column.problem:
            print_line("  " + column.problem)
            continue
        print_line(
            "  "
            + cli.tr(
                "sessions held: {held} of {planned}",
                held=column.sessions_held,
                planned=column.sessions_planned,
            )
        )
        for label, ratio in (
            (cli.tr("attendance"), column.attendance),
            (cli.tr("practice choice"), column.adoption),
            (cli.tr("continuation"), column.continuation),
            (cli.tr("very useful (survey)"), column.useful),
        ):
            rate = "—" if ratio.rate is None else f"{ratio.rate * 100:.0f} %"
            print_line(f"  {label}: {rate} ({ratio.numerator}/{ratio.denominator})")
        goal = column.goal if column.goal is not None else "—"
        print_line(
            "  "
            + cli.tr(
                "practices shared: {count} (goal {goal})",
                count=column.practices_shared,
                goal=goal,
            )
        )
        print_line("  " + cli.tr("teachers: {count}", count=column.teachers))
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {"microcentro": cmd_microcentro}
