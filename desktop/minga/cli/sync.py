"""The command line: bundles and the microcentre's members (`invite`, `export`,
`import`, `identity` and `member`).

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minga.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    MB_RANGE,
    Context,
    Parser,
    Translator,
    decimal_numbers,
    print_json,
    print_line,
)
from minga.i18n import QT_TRANSLATE_NOOP


def add_parsers(commands: Any, cli: Translator) -> None:
    invite = commands.add_parser(
        "invite", help=cli.tr("(advisor) write the invitation file for teachers")
    )
    invite.add_argument("--out", type=Path, required=True, help=cli.tr("invitation file"))
    invite.add_argument(
        "--rejoin",
        metavar=cli.tr("PERSON"),
        help=cli.tr(
            "let this member (person id or full name) come back with a new computer and new "
            "keys; her old keys are revoked when you accept her first bundle"
        ),
    )

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
        type=decimal_numbers(cli, *MB_RANGE),
        metavar=cli.tr("MB"),
        help=cli.tr("cut the bundle into parts of at most this size (for e-mail)"),
    )
    export.add_argument(
        "--with-installer",
        type=Path,
        metavar=cli.tr("FOLDER"),
        help=cli.tr(
            "copy the Minga installers (.exe, .deb) of this folder or file beside the bundle, "
            "with a signed manifest, so the update travels with it (remembered for later "
            "exports)"
        ),
    )
    export.add_argument(
        "--no-installer",
        action="store_true",
        help=cli.tr("no installers beside this bundle or later ones"),
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
        help=cli.tr(
            "(advisor) accept bundles from teachers who are not members yet, or from a "
            "member invited back with new keys"
        ),
    )
    importing.add_argument(
        "--fingerprint-checked",
        "--yes",
        action="store_true",
        dest="fingerprint_checked",
        help=cli.tr(
            "(invitation) you compared the advisor's fingerprint with the one they read to "
            "you: join without asking"
        ),
    )
    importing.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    ident = commands.add_parser(
        "identity", help=cli.tr("this installation's ids, key fingerprint and public keys")
    )
    ident.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    ident.add_argument(
        "--new-keys",
        action="store_true",
        help=cli.tr(
            "make new keys (before joining only: a member who lost her keys is invited back "
            "by the advisor with 'invite --rejoin')"
        ),
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
        "--reason",
        default="",
        help=cli.tr("why the member leaves (required; kept in this installation's records)"),
    )
    member_remove.add_argument(
        "--withdraw-practices",
        action="store_true",
        help=cli.tr(
            "(at her request) the practices she shared leave the network's library too, on "
            "every member's computer"
        ),
    )
    member_remove.add_argument(
        "--json", action="store_true", help=cli.tr("machine-readable output")
    )
    member_host = member_actions.add_parser(
        "host",
        help=cli.tr(
            "(advisor) name the member who hosts the monthly meeting's room (her room relays "
            "the bundles for you), or --none"
        ),
    )
    member_host.add_argument(
        "person",
        nargs="?",
        metavar=cli.tr("PERSON"),
        help=cli.tr("the member's person id or full name"),
    )
    member_host.add_argument(
        "--none",
        action="store_true",
        help=cli.tr("no member hosts the room: you host it yourself"),
    )
    member_host.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def cmd_invite(cli: Context) -> int:
    from minga.sync.membership import write_invitation

    info = write_invitation(cli.workspace, cli.args.out, rejoin=cli.args.rejoin)
    if info.rejoin_name:
        print_line(
            cli.tr(
                "Invitation for {name} to come back with a new computer written to {path}.",
                name=info.rejoin_name,
                path=str(info.path),
            )
        )
        print_line(
            cli.tr(
                "Read {name} your key fingerprint so they can check it: {fingerprint}. When "
                "their first bundle arrives, compare the new fingerprint they read to you and "
                "import it with --accept-new-members: their old keys are then revoked "
                "everywhere.",
                name=info.rejoin_name,
                fingerprint=info.fingerprint,
            )
        )
        return EXIT_OK
    print_line(
        cli.tr(
            "Invitation written to {path}: {microcentre}, {members} members, {schools} schools.",
            path=str(info.path),
            microcentre=info.microcentre,
            members=info.members,
            schools=info.schools,
        )
    )
    print_line(
        cli.tr(
            "Give it to the teachers, and read them your key fingerprint so they can check "
            "it: {fingerprint}",
            fingerprint=info.fingerprint,
        )
    )
    return EXIT_OK


def kind_label(cli: Context, kind: str) -> str:
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
        with_installer=a.with_installer,
        no_installer=a.no_installer,
    )
    if a.json:
        print_json(result.as_json())
        return EXIT_OK
    print_line(
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
        print_line(f"  {kind_label(cli, kind)}: {count}")
    if result.full:
        print_line(cli.tr("Everything that may travel was included (--full)."))
    elif result.base_seq == 0:
        print_line(
            cli.tr(
                "Everything that may travel was included: the recipients have not confirmed "
                "an earlier bundle yet."
            )
        )
    else:
        print_line(cli.tr("Only what the recipients have not confirmed yet was included."))
    if result.installers:
        print_line(
            cli.tr(
                "Installers copied beside the bundle: {files}.",
                files=", ".join(p.name for p in result.installers),
            )
        )
    if len(result.paths) > 1 or cli.args.split_mb:
        print_line(
            cli.tr(
                "Split into %n part(s), from {first} to {last}; send them all.",
                "",
                len(result.paths),
                first=result.paths[0].name,
                last=result.paths[-1].name,
            )
        )
    return EXIT_OK


def print_import(cli: Context, result: Any) -> None:
    from minga.sync.membership import JoinResult

    if isinstance(result, JoinResult):
        if result.rejoined:
            print_line(
                cli.tr(
                    "Welcome back to {microcentre}. This computer has new keys: your new "
                    "fingerprint is {fingerprint}. Read it to {advisor} when they import your "
                    "first bundle ('minga export').",
                    microcentre=result.microcentre,
                    advisor=result.advisor_name,
                    fingerprint=result.own_fingerprint,
                )
            )
            return
        print_line(
            cli.tr(
                "You joined {microcentre}. Your advisor is {advisor}; the fingerprint of their "
                "key is {fingerprint}.",
                microcentre=result.microcentre,
                advisor=result.advisor_name,
                fingerprint=result.advisor_fingerprint,
            )
        )
        print_line(
            cli.tr(
                "Your own fingerprint is {fingerprint}. Now send your advisor a bundle with "
                "'minga export'.",
                fingerprint=result.own_fingerprint,
            )
        )
        return
    print_line(
        cli.tr(
            "Imported {file} from {sender} (fingerprint {fingerprint}), made on {date}.",
            file=result.name,
            sender=result.sender.name,
            fingerprint=result.sender.fingerprint,
            date=result.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        )
    )
    for kind, summary in result.kinds.items():
        print_line(
            "  "
            + cli.tr(
                "{kind}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} "
                "conflicts",
                kind=kind_label(cli, kind),
                **summary.as_json(),
            )
        )
    totals = result.totals
    print_line(
        cli.tr(
            "Total: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.",
            **totals.as_json(),
        )
    )
    if result.attachments:
        print_line(cli.tr("%n evidence file(s) received.", "", result.attachments))
    if result.accepted_member:
        print_line(
            cli.tr("{sender} is now a member of the microcentre.", sender=result.sender.name)
        )
    if result.clock_skew_days:
        print_line(
            cli.tr(
                "Warning: this computer's clock and the network's differ by %n day(s). "
                "Check the date and time of this computer.",
                "",
                abs(result.clock_skew_days),
            )
        )
    newer = sum(result.newer.values())
    if newer:
        print_line(
            cli.tr(
                "%n record(s) need a newer version of Minga: they are kept as they came and "
                "passed on.",
                "",
                newer,
            )
        )
    if result.update is not None:
        print_line(
            cli.tr("Your network already uses Minga {version}.", version=result.update.version)
            + " "
            + (
                cli.tr("Its installer is in {path}.", path=result.update.installer)
                if result.update.installer
                else cli.tr("Ask your advisor for the installer.")
            )
        )
    if result.already_imported and not (totals.new or totals.updated or totals.conflicts):
        print_line(cli.tr("This bundle had been imported before: nothing changed."))
    if totals.conflicts:
        print_line(
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
            if not a.fingerprint_checked:
                _confirm_invitation(cli, group[0])
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
            print_import(cli, result)
    if a.json:
        print_json(documents)
    return status


def _confirm_invitation(cli: Context, path: Path) -> None:
    """Before joining: the advisor's fingerprint, and a question (on a terminal) or a
    refusal that says how to confirm (`--fingerprint-checked`)."""
    from minga.domain.errors import MingaError
    from minga.sync.membership import peek_invitation

    invitation = peek_invitation(path)
    if invitation is None:
        return
    say = print_line if not cli.args.json else (lambda text: sys.stderr.write(text + "\n"))
    if invitation.rejoin is not None:
        say(
            cli.tr(
                "This invitation from {advisor} lets {name} come back to {microcentre} with "
                "this computer and new keys.",
                advisor=invitation.advisor.name,
                name=invitation.rejoin.name,
                microcentre=invitation.microcentre["name"],
            )
        )
    else:
        say(
            cli.tr(
                "Invitation from {advisor} to join {microcentre}.",
                advisor=invitation.advisor.name,
                microcentre=invitation.microcentre["name"],
            )
        )
    say(
        cli.tr(
            "Fingerprint of your advisor's key: {fingerprint}",
            fingerprint=invitation.fingerprint,
        )
    )
    if sys.stdin and sys.stdin.isatty():
        answer = input(
            cli.tr("Is it the one {advisor} read to you? [y/N] ", advisor=invitation.advisor.name)
        )
        if answer.strip().lower() in (cli.tr("y"), cli.tr("yes"), "y", "yes"):
            return
        raise MingaError(
            QT_TRANSLATE_NOOP(
                "errors",
                "You did not join: the fingerprint was not confirmed. Nothing was changed.",
            )
        )
    raise MingaError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Compare this fingerprint with the one your advisor reads to you (in person or by "
            "phone). If they are the same, import the invitation again with "
            "--fingerprint-checked. Nothing was changed.",
        )
    )


def cmd_identity(cli: Context) -> int:
    from minga.sync.membership import identity

    info = identity(cli.workspace, new=cli.args.new_keys)
    if cli.args.json:
        print_json(info.as_json())
        return EXIT_OK
    from minga.domain.vocab import ROLE_LABELS

    role = cli.t.translate("vocab", ROLE_LABELS.get(info.role, info.role))
    print_line(cli.tr("Name: {name} ({role})", name=info.name, role=role))
    print_line(cli.tr("Person id: {id}", id=info.person_id))
    print_line(cli.tr("Device id: {id}", id=info.device_id))
    print_line(cli.tr("Fingerprint: {fingerprint}", fingerprint=info.fingerprint))
    print_line(cli.tr("Signing key (Ed25519): {key}", key=info.signing_key))
    print_line(cli.tr("Encryption key (age): {key}", key=info.encryption_key))
    if info.storage.kind == "keyring":
        print_line(
            cli.tr("Private keys: in the system keyring ({backend}).", backend=info.storage.backend)
        )
    else:
        print_line(
            cli.tr(
                "Private keys: in {path}, protected by a passphrase. No system keyring was "
                "found on this computer.",
                path=info.storage.path or "",
            )
        )
    if info.advisor is not None:
        advisor_fingerprint = info.as_json()["advisor"]["fingerprint"] or "?"
        print_line(
            cli.tr(
                "Advisor: {name} (fingerprint {fingerprint})",
                name=info.advisor.name,
                fingerprint=advisor_fingerprint,
            )
        )
    return EXIT_OK


def cmd_member_host(cli: Context) -> int:
    from minga.sync.membership import name_host

    a = cli.args
    if bool(a.person) == bool(a.none):
        from minga.domain.errors import ValidationError

        raise ValidationError(
            "person",
            QT_TRANSLATE_NOOP("errors", "Name one member, or --none (you host the room)."),
        )
    naming = name_host(cli.workspace, None if a.none else a.person)
    if a.json:
        print_json(naming.as_json())
        return EXIT_OK
    if naming.person_id is None:
        print_line(
            cli.tr(
                "You host the meeting's room yourself; no member is named host. Your next "
                "bundles tell every member."
            )
        )
    else:
        print_line(
            cli.tr(
                "{name} hosts the meeting's room: her room keeps the members' bundles for you "
                "and gives each one what you prepared (minga meeting prepare). Your next "
                "bundles tell every member.",
                name=naming.name,
            )
        )
    return EXIT_OK


def cmd_member(cli: Context) -> int:
    from minga.sync.membership import remove

    a = cli.args
    if a.member_command == "host":
        return cmd_member_host(cli)
    if len((a.reason or "").strip()) > 500:
        from minga.domain.errors import ValidationError

        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP("errors", "The reason is longer than {max} characters."),
            max=500,
        )
    removal = remove(cli.workspace, a.person, a.reason, withdraw=a.withdraw_practices)
    if a.json:
        print_json(removal.as_json())
        return EXIT_OK
    if removal.already_removed and not a.withdraw_practices:
        print_line(
            cli.tr("{name} had already been removed from the microcentre.", name=removal.name)
        )
        return EXIT_OK
    if removal.practices_withdrawn:
        print_line(
            cli.tr(
                "{name} was removed from the microcentre, and the practices they shared left "
                "the network's library at their request. Their bundles will be refused and "
                "they will receive no more bundles. Your next bundles tell every member.",
                name=removal.name,
            )
        )
        return EXIT_OK
    print_line(
        cli.tr(
            "{name} was removed from the microcentre. Their bundles will be refused and they "
            "will receive no more bundles; their shared practices stay under their name. "
            "Your next bundles tell every member.",
            name=removal.name,
        )
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "invite": cmd_invite,
    "export": cmd_export,
    "import": cmd_import,
    "identity": cmd_identity,
    "member": cmd_member,
}
