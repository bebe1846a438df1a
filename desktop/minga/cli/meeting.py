"""The command line: the monthly meeting over the room's network (`meeting host`,
`meeting join`, `meeting status`). See docs/meeting.md."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minga.cli.common import EXIT_OK, Context, Parser, Translator, print_json, print_line


def add_parsers(commands: Any, cli: Translator) -> None:
    from minga.meeting.protocol import DEFAULT_PORT

    meeting = commands.add_parser(
        "meeting", help=cli.tr("sync everyone at the monthly meeting over the room's network")
    )
    actions = meeting.add_subparsers(
        dest="meeting_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    host = actions.add_parser(
        "host",
        help=cli.tr(
            "(advisor) receive the members' bundles on this network and send each one the "
            "consolidated bundle, until Ctrl+C"
        ),
    )
    host.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        metavar=cli.tr("PORT"),
        help=cli.tr("port to listen on (default: {port})", port=DEFAULT_PORT),
    )
    host.add_argument(
        "--no-announce",
        action="store_true",
        help=cli.tr("do not announce the session on the network (members type the address)"),
    )
    host.add_argument(
        "--stop-after",
        type=float,
        metavar=cli.tr("SECONDS"),
        help=cli.tr("stop receiving after this many seconds"),
    )
    host.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    join = actions.add_parser(
        "join",
        help=cli.tr(
            "send your bundle to the advisor's Minga in the room and receive the consolidated "
            "one (the advisor: take the bundles kept for you in the room of the member you "
            "named host)"
        ),
    )
    join.add_argument(
        "--address",
        metavar=cli.tr("ADDRESS"),
        help=cli.tr(
            "the address shown on the host's screen (default: look for your advisor's Minga "
            "on the network)"
        ),
    )
    join.add_argument(
        "--wait",
        type=float,
        default=4.0,
        metavar=cli.tr("SECONDS"),
        help=cli.tr("how long to look for the host on the network (default: 4)"),
    )
    join.add_argument(
        "--interface",
        metavar=cli.tr("ADDRESS"),
        help=cli.tr(
            "look for the host only on the network of this address of your computer (when "
            "it is on several networks)"
        ),
    )
    join.add_argument(
        "--code", metavar=cli.tr("CODE"), help=cli.tr("the session code shown on the host's screen")
    )
    join.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar=cli.tr("SECONDS"),
        help=cli.tr(
            "give up when the host sends nothing for this many seconds (default: 30); "
            "connecting again resumes"
        ),
    )
    join.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    status = actions.add_parser(
        "status", help=cli.tr("(advisor) who is in sync in this meeting, who is missing or failed")
    )
    status.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    prepare = actions.add_parser(
        "prepare",
        help=cli.tr(
            "(advisor) write the consolidated bundle of each member and a signed index, for "
            "the member who hosts the room"
        ),
    )
    prepare.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=cli.tr("FOLDER"),
        help=cli.tr("folder to write to (a USB stick)"),
    )
    prepare.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    deposit = actions.add_parser(
        "deposit",
        help=cli.tr(
            "(the member who hosts the room) load the bundles the advisor prepared, to send "
            "each member hers"
        ),
    )
    deposit.add_argument(
        "folder", type=Path, metavar=cli.tr("FOLDER"), help=cli.tr("the folder the advisor wrote")
    )
    deposit.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    relayed = actions.add_parser(
        "relayed",
        help=cli.tr(
            "(the member who hosts the room) copy the members' bundles kept for the advisor "
            "to a folder"
        ),
    )
    relayed.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=cli.tr("FOLDER"),
        help=cli.tr("folder to write to (a USB stick)"),
    )
    relayed.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def cmd_host(cli: Context) -> int:
    from minga.meeting.host import Host

    a = cli.args
    if not 0 <= a.port < 65536:
        from minga.domain.errors import ValidationError
        from minga.i18n import QT_TRANSLATE_NOOP

        raise ValidationError("port", QT_TRANSLATE_NOOP("errors", "The port must be 1-65535."))
    host = Host(cli.data_dir, port=a.port)
    info = host.start()
    announcement = None
    if not a.no_announce:
        from minga.domain.errors import MingaError
        from minga.meeting.discovery import Announcement

        try:
            announcement = Announcement(info)
        except (MingaError, OSError) as exc:
            message = exc.message(cli.t) if isinstance(exc, MingaError) else str(exc)
            sys.stderr.write(message + "\n")
    try:
        if a.json:
            print_json({**info.as_json(), "announced": announcement is not None})
        else:
            print_line(cli.tr("{name}'s Minga is receiving bundles in this room.", name=info.name))
            print_line(
                cli.tr("Address: {address}   Code: {code}", address=info.address, code=info.code)
            )
            others = [a for a in info.addresses[1:] if not a.startswith("127.")]
            if others:
                print_line(
                    cli.tr(
                        "If it does not connect, this computer's other addresses: {addresses}",
                        addresses=", ".join(f"{a}:{info.port}" for a in others),
                    )
                )
            print_line(cli.tr("Fingerprint: {fingerprint}", fingerprint=info.fingerprint))
            print_line(cli.tr("Press Ctrl+C to stop."))
        sys.stdout.flush()
        stop = threading.Event()
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait(a.stop_after)  # None: until Ctrl+C
    finally:
        if announcement is not None:
            announcement.close()
        host.stop()
    if not a.json:
        _print_status(cli)
    return EXIT_OK


def _collect(cli: Context) -> int:
    """(Advisor) `meeting join` to the room of the member she named host: her Minga
    takes the members' bundles kept there for her."""
    from minga.meeting.protocol import Limits
    from minga.meeting.relay import collect, named_host_key

    a = cli.args
    ws = cli.workspace
    address = a.address
    if not address:
        from minga.meeting.discovery import browse
        from minga.meeting.errors import NoNamedHostError
        from minga.sync.keys import fingerprint

        key, name = named_host_key(ws)
        if key is None:
            raise NoNamedHostError()
        if not a.json:
            print_line(cli.tr("Looking for {advisor}'s Minga on this network…", advisor=name))
        address = browse(
            _microcentre(ws),
            fingerprint(key),
            max(0.1, min(a.wait, 60)),
            interfaces=[a.interface] if a.interface else None,
        ).address
    seconds = max(1.0, min(a.timeout, 600.0))
    taken = collect(
        ws, address, code=a.code, limits=Limits(frame_seconds=seconds, handshake_seconds=seconds)
    )
    if a.json:
        print_json(taken.as_json())
        return EXIT_OK
    print_line(
        cli.tr(
            "Connected to {host} (fingerprint {fingerprint}).",
            host=taken.host_name,
            fingerprint=taken.fingerprint,
        )
    )
    from minga.cli.sync import print_import

    for _name, result in taken.imported:
        print_import(cli, result)
    for name, error in taken.refused:
        sys.stderr.write(f"{name}: {error}\n")
    print_line(
        cli.tr("%n bundle(s) kept for you in this room were imported.", "", len(taken.imported))
    )
    return EXIT_OK


def _microcentre(ws: Any) -> str:
    from minga.core.identity import current_actor
    from minga.sync.roster import advisor_microcentre

    with ws.db.session() as session:
        return advisor_microcentre(session, current_actor(session)).id


def cmd_join(cli: Context) -> int:
    from minga.meeting.member import join, membership
    from minga.services.setup import actor

    a = cli.args
    ws = cli.workspace
    if actor(ws.db).role == "advisor":
        return _collect(cli)
    address = a.address
    if not address:
        from minga.meeting.discovery import browse
        from minga.sync.keys import KeyVault

        me, _keys = membership(ws, KeyVault(ws.root))
        if not a.json:
            print_line(
                cli.tr("Looking for {advisor}'s Minga on this network…", advisor=me.advisor_name)
            )
        found = browse(
            me.microcentre_id,
            me.host_fingerprints(),
            max(0.1, min(a.wait, 60)),
            interfaces=[a.interface] if a.interface else None,
        )
        address = found.address
    from minga.meeting.protocol import Limits

    seconds = max(1.0, min(a.timeout, 600.0))
    outcome = join(
        ws, address, code=a.code, limits=Limits(frame_seconds=seconds, handshake_seconds=seconds)
    )
    if a.json:
        print_json(outcome.as_json())
        return EXIT_OK
    print_line(
        cli.tr(
            "Connected to {host} (fingerprint {fingerprint}).",
            host=outcome.host_name,
            fingerprint=outcome.fingerprint,
        )
    )
    if outcome.relayed:
        print_line(
            cli.tr(
                "Your bundle stays with {host} for the advisor.",
                host=outcome.host_name,
            )
        )
    if outcome.result is None:
        print_line(cli.tr("The bundle back will arrive when the advisor delivers it."))
        return EXIT_OK
    from minga.cli.sync import print_import

    print_import(cli, outcome.result)
    print_line(cli.tr("You are in sync with the network."))
    return EXIT_OK


def _print_status(cli: Context) -> None:
    from minga.meeting.state import status

    result = status(cli.workspace)
    if result.host.get("relay"):
        print_line(
            cli.tr(
                "This room relays the bundles for {advisor}: {kept} of {total} members left "
                "theirs.",
                advisor=str(result.host.get("advisor_name") or ""),
                kept=result.relayed,
                total=len(result.members),
            )
        )
    print_line(
        cli.tr(
            "{synced} of {total} members in sync.",
            synced=result.synced,
            total=len(result.members),
        )
    )
    labels = {
        "relayed": cli.tr("bundle kept for the advisor"),
        "synced": cli.tr("in sync"),
        "missing": cli.tr("missing"),
        "failed": cli.tr("failed"),
        "in_progress": cli.tr("in progress"),
    }
    for member in result.members:
        line = f"  {member.name}: {labels.get(member.state, member.state)}"
        if member.state == "failed" and member.reason:
            line += f" ({member.reason})"
        print_line(line)
    if result.refused:
        last = result.refused[-1]
        print_line(
            cli.tr(
                "%n connection(s) refused (the last one: fingerprint {fingerprint}, from {peer}).",
                "",
                len(result.refused),
                fingerprint=str(last.get("fingerprint", "?")),
                peer=str(last.get("peer", "?")),
            )
        )


def cmd_prepare(cli: Context) -> int:
    from minga.meeting.relay import prepare

    prepared = prepare(cli.workspace, cli.args.out)
    if cli.args.json:
        print_json(prepared.as_json())
        return EXIT_OK
    print_line(
        cli.tr(
            "%n bundle(s) for the members written to {folder}, with the room's signed index. "
            "Give the folder to the member who hosts the room.",
            "",
            len(prepared.bundles),
            folder=str(prepared.folder),
        )
    )
    return EXIT_OK


def cmd_deposit(cli: Context) -> int:
    from minga.meeting.relay import deposit

    result = deposit(cli.workspace, cli.args.folder)
    if cli.args.json:
        print_json(result.as_json())
        return EXIT_OK
    print_line(
        cli.tr(
            "%n bundle(s) of {advisor} are waiting in this room for their members.",
            "",
            result.members,
            advisor=result.advisor_name,
        )
    )
    if result.own is not None:
        from minga.cli.sync import print_import

        print_line(cli.tr("Your own bundle from the advisor:"))
        print_import(cli, result.own)
    return EXIT_OK


def cmd_relayed(cli: Context) -> int:
    from minga.meeting.relay import hand_over

    handed = hand_over(cli.data_dir, cli.args.out)
    if cli.args.json:
        print_json([h.as_json() for h in handed])
        return EXIT_OK
    if not handed:
        print_line(cli.tr("No member has left a bundle for the advisor in this room."))
        return EXIT_OK
    print_line(
        cli.tr(
            "%n bundle(s) for the advisor copied to {folder}. The advisor imports them as "
            "usual (minga import).",
            "",
            len(handed),
            folder=str(cli.args.out),
        )
    )
    for item in handed:
        print_line(f"  {item.name}: {item.path.name}")
    return EXIT_OK


def cmd_status(cli: Context) -> int:
    from minga.meeting.state import status

    if cli.args.json:
        print_json(status(cli.workspace).as_json())
        return EXIT_OK
    _print_status(cli)
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "meeting host": cmd_host,
    "meeting join": cmd_join,
    "meeting status": cmd_status,
    "meeting prepare": cmd_prepare,
    "meeting deposit": cmd_deposit,
    "meeting relayed": cmd_relayed,
}
