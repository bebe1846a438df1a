"""The command line: `init`, `demo` and `stats`: setting up a data folder and looking at it.

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from minga.cli.common import (
    EXIT_OK,
    Context,
    Translator,
    demo_scale,
    print_json,
    print_line,
    whole_numbers,
)


def add_parsers(commands: Any, cli: Translator) -> None:
    init = commands.add_parser("init", help=cli.tr("set up Minga without the app"))
    init.add_argument(
        "--role",
        required=True,
        choices=("teacher", "advisor", "coordinator"),
        help=cli.tr("teacher, advisor or coordinator (a territory's hub)"),
    )
    init.add_argument("--name", required=True, help=cli.tr("your full name"))
    init.add_argument("--school", default="", help=cli.tr("your school's name (teachers)"))
    init.add_argument("--rbd", default="", help=cli.tr("your school's RBD, like 4478-4 (teachers)"))
    init.add_argument("--microcentre", default="", help=cli.tr("the microcentre's name"))
    init.add_argument("--email", default="", help=cli.tr("e-mail address (optional)"))
    init.add_argument(
        "--territory",
        default="",
        metavar=cli.tr("TERRITORY"),
        help=cli.tr('(coordinator) the territory\'s name, like "SLEP Maule Costa"'),
    )
    init.add_argument(
        "--accept-rbd",
        action="store_true",
        help=cli.tr("keep the RBD even if its check digit does not match"),
    )

    demo = commands.add_parser("demo", help=cli.tr("fill the data folder with demo data"))
    demo.add_argument(
        "--scale",
        type=demo_scale(cli),
        default="small",
        help=cli.tr(
            "small, medium, large or a number of practices; territory: a coordinator's hub "
            "with 60 microcentres over 10 school years"
        ),
    )
    demo.add_argument(
        "--seed",
        type=whole_numbers(cli, 0, 2**31 - 1),
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
            territory=a.territory,
        ),
    )
    print_line(
        cli.tr("Minga is ready for {name} in {folder}.", name=actor.name, folder=str(cli.data_dir))
    )
    return EXIT_OK


def cmd_demo(cli: Context) -> int:
    from minga.services.demo import generate_demo, parse_scale

    if cli.args.scale.strip().lower() == "territory":
        return _territory_demo(cli)
    scale = parse_scale(cli.args.scale)
    report = generate_demo(cli.workspace, scale=scale, seed=cli.args.seed, as_role=cli.args.as_role)
    print_line(
        cli.tr(
            "Demo data ready: {rows} records, {practices} practices, in {folder}.",
            rows=report.rows,
            practices=report.practices,
            folder=str(cli.data_dir),
        )
    )
    return EXIT_OK


def _territory_demo(cli: Context) -> int:
    from minga.services.demo_territory import generate_territory

    report = generate_territory(cli.workspace, seed=cli.args.seed)
    print_line(
        cli.tr(
            "Demo territory ready: {networks} microcentres of {advisors} advisors, school "
            "years {first} to {last}, {sessions} sessions, {practices} shared practices; "
            "this installation is the coordinator's ({name}), in {folder}.",
            networks=report.networks,
            advisors=report.advisors,
            first=report.years[0],
            last=report.years[-1],
            sessions=report.sessions,
            practices=report.practices,
            name=report.coordinator,
            folder=str(cli.data_dir),
        )
    )
    return EXIT_OK


def cmd_stats(cli: Context) -> int:
    from minga.services.stats import collect_stats

    stats = collect_stats(cli.workspace.db)
    if cli.args.json:
        print_json(stats.as_json())
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
    print_line(
        f"{kind_header:<{width}}  {live_header:>{live_width}}  {deleted_header:>{deleted_width}}"
    )
    for kind, count in stats.kinds.items():
        print_line(
            f"{labels[kind]:<{width}}  {count.live:>{live_width}}  {count.deleted:>{deleted_width}}"
        )
    print_line(
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


COMMANDS: dict[str, Callable[[Context], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "stats": cmd_stats,
}
