"""The command line: `outbox`, `send`, `fetch` and `mail ...`: e-mail.

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

import os
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
    whole_numbers,
)
from minga.cli.sync import print_import


def add_parsers(commands: Any, cli: Translator) -> None:
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
        type=whole_numbers(cli, 0, 65535),
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
        type=whole_numbers(cli, 0, 65535),
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
        type=decimal_numbers(cli, *MB_RANGE),
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


def _when(value: Any) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "—"


def _security_label(cli: Context, security: str) -> str:
    from minga.mail.settings import SECURITY_LABELS

    return cli.t.translate("mail", SECURITY_LABELS.get(security, security))


def cmd_outbox(cli: Context) -> int:
    from minga.mail.outbox import outbox_state

    state = outbox_state(cli.workspace)
    if cli.args.json:
        print_json(state.as_json())
        return EXIT_OK
    if not state.queued:
        print_line(cli.tr("Nothing waits in the outbox."))
    else:
        print_line(cli.tr("In the outbox, waiting: %n part(s)", "", len(state.queued)))
    for entry in state.queued:
        print_line(
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
            print_line("    " + cli.tr("Last error: {text}", text=entry.error_text(cli.t)))
    if state.sent:
        print_line(cli.tr("Sent (latest first, %n in all):", "", state.sent_total))
        for entry in state.sent[:10]:
            print_line(
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
        print_json(report.as_json())
        return EXIT_OK if report.ok else EXIT_REJECTED
    if not report.sent and report.ok:
        print_line(cli.tr("Nothing waits in the outbox."))
        return EXIT_OK
    if report.sent:
        print_line(cli.tr("Sent: %n part(s), accepted by the server.", "", len(report.sent)))
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
        print_json(report.as_json())
        return EXIT_OK
    print_line(
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
        print_import(cli, result)
    if report.territory:  # a territory's hub: the advisors' reports
        from minga.cli.territory import print_report_import

        for found in report.territory:
            print_report_import(cli, found)
    for entry in report.review:
        print_line(
            cli.tr(
                "For review: {subject} from {sender}", subject=entry.subject, sender=entry.sender
            )
        )
        print_line("  " + entry.reason_text(cli.t))
        for path in entry.files:
            print_line("  " + path)
    if report.review:
        print_line(
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
    print_line(
        cli.tr(
            "E-mail set up: sending through {server}:{port} ({security}) as {sender}.",
            server=settings.smtp_host,
            port=settings.smtp_port,
            security=_security_label(cli, settings.smtp_security),
            sender=settings.sender,
        )
    )
    if settings.imap_configured:
        print_line(
            cli.tr(
                "Checking {folder} at {server}:{port} ({security}).",
                folder=settings.imap_folder,
                server=settings.imap_host,
                port=settings.imap_port,
                security=_security_label(cli, settings.imap_security),
            )
        )
    if settings.user:
        print_line(cli.tr("The password is kept in {place}.", place=passwords.place()))
    print_line(cli.tr("Try it with 'minga mail test'."))
    return EXIT_OK


def _cmd_mail_test(cli: Context) -> int:
    from minga.mail.outbox import check_connection

    checks = check_connection(cli.workspace)
    if cli.args.json:
        print_json([c.as_json() for c in checks])
    else:
        for check in checks:
            what = cli.tr("Sending (SMTP)") if check.kind == "smtp" else cli.tr("Receiving (IMAP)")
            if check.ok:
                print_line(
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
        print_json(result.as_json())
        return EXIT_OK
    print_line(
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
        print_line(
            cli.tr(
                "Without an e-mail address (give them the bundle on a USB stick): {names}",
                names=", ".join(result.without_address),
            )
        )
    print_line(cli.tr("Send it with 'minga send', or leave Minga open: it sends when online."))
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "outbox": cmd_outbox,
    "send": cmd_send,
    "fetch": cmd_fetch,
    "mail": cmd_mail,
}
