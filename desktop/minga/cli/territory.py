"""The command line: the territory (`minga territory ...`, docs/territory.md).

The advisor: `invite` (the file for her coordinator), `coordinator` (imports the
coordinator's card), `contents` (what a report carries, and what it never does),
`export` (the report for the coordinator). The coordinator: `accept` (an advisor's
invitation; writes the card back), `card` (the card again), `import` (reports, or a
folder of them).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minga.cli import territory_print
from minga.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    YEAR_RANGE,
    Context,
    Parser,
    Translator,
    print_json,
    print_line,
    whole_numbers,
)
from minga.i18n import QT_TRANSLATE_NOOP

CARD_NAME = "tarjeta-coordinacion.minga"


def add_parsers(commands: Any, cli: Translator) -> None:
    territory = commands.add_parser(
        "territory",
        help=cli.tr("the territory: reports from advisors to their SLEP or DAEM coordinator"),
    )
    actions = territory.add_subparsers(
        dest="territory_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    invite = actions.add_parser(
        "invite",
        help=cli.tr("(advisor) write the file that introduces you to the territory's coordinator"),
    )
    invite.add_argument("--out", type=Path, required=True, help=cli.tr("file to write"))

    accept = actions.add_parser(
        "accept",
        help=cli.tr(
            "(coordinator) accept an advisor's territory invitation and write your card back"
        ),
    )
    accept.add_argument("file", type=Path, help=cli.tr("the advisor's territory invitation"))
    accept.add_argument(
        "--out",
        type=Path,
        help=cli.tr("where to write your card (default: beside the invitation)"),
    )
    accept.add_argument(
        "--fingerprint-checked",
        "--yes",
        action="store_true",
        dest="fingerprint_checked",
        help=cli.tr("you compared the advisor's fingerprint with the one she read to you"),
    )
    accept.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    card = actions.add_parser(
        "card", help=cli.tr("(coordinator) write your card for the advisors again")
    )
    card.add_argument("--out", type=Path, required=True, help=cli.tr("file to write"))

    coordinator = actions.add_parser(
        "coordinator",
        help=cli.tr("(advisor) import your coordinator's card: your reports go to her"),
    )
    coordinator.add_argument("file", type=Path, help=cli.tr("the coordinator's card"))
    coordinator.add_argument(
        "--fingerprint-checked",
        "--yes",
        action="store_true",
        dest="fingerprint_checked",
        help=cli.tr("you compared the coordinator's fingerprint with the one she read to you"),
    )

    contents = actions.add_parser(
        "contents",
        help=cli.tr("(advisor) list what a territory report carries, and what it never does"),
    )
    contents.add_argument(
        "--year",
        action="append",
        type=whole_numbers(cli, *YEAR_RANGE),
        help=cli.tr("only this school year (repeat it for several; default: all)"),
    )
    contents.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    export = actions.add_parser(
        "export",
        help=cli.tr("(advisor) write the territory report of your microcentros"),
    )
    export.add_argument("--out", type=Path, required=True, help=cli.tr("file to write"))
    export.add_argument(
        "--year",
        action="append",
        type=whole_numbers(cli, *YEAR_RANGE),
        help=cli.tr(
            "only this school year (repeat it for several; default: all): the hub replaces "
            "those years of your networks and keeps the others"
        ),
    )
    export.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    importing = actions.add_parser("import", help=cli.tr("(coordinator) import territory reports"))
    importing.add_argument("files", nargs="*", type=Path, help=cli.tr("territory report files"))
    importing.add_argument(
        "--folder",
        type=Path,
        metavar=cli.tr("DIR"),
        help=cli.tr("import every new report in this folder"),
    )
    importing.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    advisors = actions.add_parser(
        "advisors",
        help=cli.tr(
            "(coordinator) list the territory's advisors: fingerprint, status, networks, "
            "last report"
        ),
    )
    advisors.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    advisor = actions.add_parser(
        "advisor", help=cli.tr("(coordinator) manage one advisor of the territory")
    )
    advisor_actions = advisor.add_subparsers(
        dest="advisor_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    remove = advisor_actions.add_parser(
        "remove",
        help=cli.tr(
            "(coordinator) the advisor no longer reports: her reports are refused, her "
            "networks stay with their last figures"
        ),
    )
    remove.add_argument(
        "person",
        metavar=cli.tr("PERSON"),
        help=cli.tr("the advisor's name (or its start) or person id"),
    )
    remove.add_argument(
        "--reason",
        default="",
        help=cli.tr("why she no longer reports (required; kept in the hub's records)"),
    )
    remove.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    territory_print.add_report_parser(actions, cli)


def advisor_workspaces(cli: Context) -> Any:
    """The data folders of all the advisor's microcentros (the one given first)."""
    from minga.services.territory_report import installation_workspaces

    return installation_workspaces(cli.workspace)


def _confirm(cli: Context, who: str, fingerprint: str, *, json_out: bool = False) -> None:
    """The fingerprint, then a question on a terminal, or a refusal that says how to
    confirm (`--fingerprint-checked`)."""
    from minga.domain.errors import MingaError

    say = print_line if not json_out else (lambda text: sys.stderr.write(text + "\n"))
    say(cli.tr("Fingerprint of {name}'s key: {fingerprint}", name=who, fingerprint=fingerprint))
    if sys.stdin and sys.stdin.isatty():
        answer = input(cli.tr("Is it the one {name} read to you? [y/N] ", name=who))
        if answer.strip().lower() in (cli.tr("y"), cli.tr("yes"), "y", "yes"):
            return
        raise MingaError(
            QT_TRANSLATE_NOOP("errors", "The fingerprint was not confirmed. Nothing was changed.")
        )
    raise MingaError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Compare this fingerprint with the one {name} reads to you (in person or by "
            "phone). If they are the same, repeat the command with --fingerprint-checked. "
            "Nothing was changed.",
        ),
        name=who,
    )


def cmd_invite(cli: Context) -> int:
    from minga.sync.territory_trust import network_refs, write_invitation

    with advisor_workspaces(cli) as workspaces:
        networks = network_refs(workspaces)
        info = write_invitation(cli.workspace, cli.args.out, networks)
    print_line(
        cli.tr(
            "Territory invitation written to {path}, with your {count} microcentros.",
            path=str(info.path),
            count=info.networks,
        )
    )
    print_line(
        cli.tr(
            "Give it to your coordinator, and read her your key fingerprint so she can check "
            "it: {fingerprint}",
            fingerprint=info.fingerprint,
        )
    )
    return EXIT_OK


def cmd_accept(cli: Context) -> int:
    from minga.sync.territory_trust import accept_advisor, read_invitation, write_card

    a = cli.args
    invitation = read_invitation(a.file)
    if not a.fingerprint_checked:
        say = print_line if not a.json else (lambda text: sys.stderr.write(text + "\n"))
        say(
            cli.tr(
                "Territory invitation from {advisor}, advisor of: {networks}.",
                advisor=invitation.advisor.name,
                networks=", ".join(n["name"] for n in invitation.networks) or "-",
            )
        )
        _confirm(cli, invitation.advisor.name, invitation.fingerprint, json_out=a.json)
    accepted = accept_advisor(cli.workspace, a.file)
    out = a.out or Path(a.file).with_name(CARD_NAME)
    card = write_card(cli.workspace, out)
    if a.json:
        print_json(
            {**accepted.as_json(), "card": str(card.path), "own_fingerprint": card.fingerprint}
        )
        return EXIT_OK
    if accepted.already:
        print_line(
            cli.tr("{name} was already an advisor of this territory.", name=accepted.advisor)
        )
    else:
        print_line(
            cli.tr(
                "{name} is now an advisor of this territory: her reports will be imported.",
                name=accepted.advisor,
            )
        )
    print_line(
        cli.tr(
            "Your card is in {path}: give it to {name} and read her your fingerprint: "
            "{fingerprint}",
            path=str(card.path),
            name=accepted.advisor,
            fingerprint=card.fingerprint,
        )
    )
    return EXIT_OK


def cmd_card(cli: Context) -> int:
    from minga.sync.territory_trust import write_card

    card = write_card(cli.workspace, cli.args.out)
    print_line(
        cli.tr(
            "Your card is in {path}; read your fingerprint to the advisors: {fingerprint}",
            path=str(card.path),
            fingerprint=card.fingerprint,
        )
    )
    return EXIT_OK


def cmd_coordinator(cli: Context) -> int:
    from minga.sync.territory_trust import accept_card, read_card

    a = cli.args
    card = read_card(a.file)
    if not a.fingerprint_checked:
        print_line(
            cli.tr(
                "Card of {name}, coordinator of {territory}.",
                name=card.coordinator.name,
                territory=card.territory,
            )
        )
        _confirm(cli, card.coordinator.name, card.fingerprint)
    accept_card(cli.workspace, a.file)
    print_line(
        cli.tr(
            "Your territory reports will go to {name} ({territory}).",
            name=card.coordinator.name,
            territory=card.territory,
        )
    )
    return EXIT_OK


def _print_contents(cli: Context, contents: Any) -> None:
    print_line(cli.tr("A territory report carries, for each of your microcentros:"))
    for network in contents.networks:
        print_line(
            cli.tr(
                "- {name}: {schools} schools, {teachers} teachers (counts only)",
                name=network.name,
                schools=network.schools,
                teachers=network.teachers,
            )
        )
        for year in network.years:
            print_line(
                cli.tr(
                    "    {year}: {sessions} sessions ({held} held: dates, hours, modality, "
                    "attendance counts), {practices} practices shared with the network",
                    year=year,
                    sessions=network.sessions.get(year, 0),
                    held=network.held.get(year, 0),
                    practices=network.practices.get(year, 0),
                )
            )
    print_line(
        cli.tr(
            "Indicators per year, as numerator and denominator: {keys}.",
            keys=", ".join(contents.indicators),
        )
    )
    print_line(cli.tr("It never carries:"))
    for text in contents.never:
        print_line("- " + cli.t("territory", text))


def cmd_contents(cli: Context) -> int:
    from minga.services.territory_report import contents

    with advisor_workspaces(cli) as workspaces:
        found = contents(workspaces, cli.args.year)
    if cli.args.json:
        print_json(found.as_json(lambda text: cli.t("territory", text)))
        return EXIT_OK
    _print_contents(cli, found)
    return EXIT_OK


def cmd_export(cli: Context) -> int:
    from minga.services.territory_report import build_payload, contents_of
    from minga.sync.territory import write_report

    with advisor_workspaces(cli) as workspaces:
        payload = build_payload(workspaces, cli.args.year)
    written = write_report(cli.workspace, payload, cli.args.out)
    if cli.args.json:
        print_json(written.as_json())
        return EXIT_OK
    _print_contents(cli, contents_of(payload))
    print_line(
        cli.tr(
            "Territory report written to {path} for {name} ({territory}): {networks} microcentros.",
            path=str(written.path),
            name=written.coordinator,
            territory=written.territory,
            networks=written.networks,
        )
    )
    return EXIT_OK


def print_report_import(cli: Context, result: Any) -> None:
    if result.already_imported:
        print_line(
            cli.tr(
                "{file} was already imported ({advisor}); nothing changed.",
                file=result.name,
                advisor=result.advisor,
            )
        )
        return
    print_line(
        cli.tr(
            "Imported {file} from {advisor} (fingerprint {fingerprint}): {networks}.",
            file=result.name,
            advisor=result.advisor,
            fingerprint=result.fingerprint,
            networks=", ".join(result.imported) or "-",
        )
    )
    reasons = {
        "claimed": cli.tr("another advisor reports this microcentro"),
        "ids_taken": cli.tr("its sessions or practices carry ids of another microcentro"),
        "older": cli.tr("the hub holds a newer report of it"),
    }
    for name, why in result.refused:
        print_line(
            cli.tr(
                "Not imported: {network} ({reason}).", network=name, reason=reasons.get(why, why)
            )
        )


def cmd_import(cli: Context) -> int:
    from minga.domain.errors import MingaError
    from minga.sync.territory import import_folder, import_report

    a = cli.args
    if not a.files and a.folder is None:
        raise MingaError(
            QT_TRANSLATE_NOOP(
                "errors", "Give the report files to import, or a folder with --folder."
            )
        )
    status = EXIT_OK
    documents: list[Any] = []
    for path in a.files:
        try:
            result = import_report(cli.workspace, path)
        except MingaError as exc:
            sys.stderr.write(exc.message(cli.t) + "\n")
            status = EXIT_REJECTED
            documents.append({"file": str(path), "error": exc.message(cli.t)})
            continue
        documents.append(result.as_json())
        if not a.json:
            print_report_import(cli, result)
    if a.folder is not None:
        folder = import_folder(cli.workspace, a.folder)
        for report in folder.imported:
            documents.append(report.as_json())
            if not a.json:
                print_report_import(cli, report)
        for name, error in folder.errors:
            sys.stderr.write(f"{name}: {error}\n")
            documents.append({"file": name, "error": error})
            status = EXIT_REJECTED
        if not a.json:
            print_line(
                cli.tr(
                    "{folder}: {imported} new reports imported, {skipped} already imported.",
                    folder=str(a.folder),
                    imported=len(folder.imported),
                    skipped=folder.skipped,
                )
            )
    if a.json:
        print_json(documents)
    return status


def _when(value: Any) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else "—"


def _print_advisor(cli: Context, entry: Any) -> None:
    status = cli.tr("active") if entry.active else cli.tr("no longer reports")
    print_line(f"{entry.name}  [{entry.person_id[:8]}]  {status}")
    print_line("    " + cli.tr("Fingerprint: {fingerprint}", fingerprint=entry.fingerprint))
    if not entry.active:
        print_line(
            "    "
            + cli.tr(
                "Removed on {date}: {reason}", date=_when(entry.removed_at), reason=entry.reason
            )
        )
    if entry.reports:
        print_line(
            "    "
            + cli.tr(
                "Last report: made {made}, imported {received} ({count} reports in all)",
                made=_when(entry.last_report),
                received=_when(entry.last_received),
                count=entry.reports,
            )
        )
    else:
        print_line("    " + cli.tr("No report imported yet."))
    for network in entry.networks:
        line = cli.tr(
            "- {name}: last report made {date}", name=network.name, date=_when(network.reported_at)
        )
        if not network.reported:
            line += " " + cli.tr("(no longer reported: its last figures stay)")
        print_line("    " + line)


def cmd_advisors(cli: Context) -> int:
    from minga.sync.territory_advisors import list_advisors

    entries = list_advisors(cli.workspace)
    if cli.args.json:
        print_json([e.as_json() for e in entries])
        return EXIT_OK
    if not entries:
        print_line(
            cli.tr(
                "No advisor reports to this territory yet: accept a territory invitation "
                "with 'minga territory accept FILE'."
            )
        )
        return EXIT_OK
    for entry in entries:
        _print_advisor(cli, entry)
    return EXIT_OK


def cmd_advisor_remove(cli: Context) -> int:
    from minga.sync.territory_advisors import remove_advisor

    entry = remove_advisor(cli.workspace, cli.args.person, cli.args.reason)
    if cli.args.json:
        print_json(entry.as_json())
        return EXIT_OK
    print_line(
        cli.tr(
            "{name} no longer reports to this territory: her reports will be refused. Her "
            "{count} networks stay with their last figures, marked as no longer reported.",
            name=entry.name,
            count=len(entry.networks),
        )
    )
    return EXIT_OK


ADVISOR_COMMANDS: dict[str, Callable[[Context], int]] = {"remove": cmd_advisor_remove}

COMMANDS: dict[str, Callable[[Context], int]] = {
    "territory invite": cmd_invite,
    "territory accept": cmd_accept,
    "territory card": cmd_card,
    "territory coordinator": cmd_coordinator,
    "territory contents": cmd_contents,
    "territory export": cmd_export,
    "territory import": cmd_import,
    "territory report": territory_print.cmd_report,
    "territory advisors": cmd_advisors,
    "territory advisor": lambda cli: ADVISOR_COMMANDS[cli.args.advisor_command](cli),
}
