"""The outbox: bundles queued for e-mail, sent when a connection is there, never lost.

"Send by e-mail" (`queue_bundle`) writes a bundle for its recipients into the data
folder's ``outbox/`` (cut into parts under the account's part size), and queues one
message per part and recipient address in the database (`mail_outbox`), so the queue
survives restarts. `send_pending` sends what is due through SMTP; a part leaves the
queue (status ``sent``) only once the server accepted it. A failure keeps it queued,
counts the attempt, keeps the reason, and waits longer before the next try (1, 5, 15
and 60 minutes, then 3 and 6 hours; 6 hours at once after a wrong password, so a
provider does not lock the account). Saving the settings makes every part due again.

Each message keeps the Message-ID it was given when queued, so if a connection is cut
after the server took a message, the copy sent again is recognised by the receiving
Minga as the same message (and importing a bundle twice changes nothing anyway).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
import smtplib
import threading
import unicodedata
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update

from minga.domain.errors import MingaError
from minga.domain.vocab import Role
from minga.i18n import QT_TRANSLATE_NOOP, catalog
from minga.mail import errors as mail_errors
from minga.mail import settings as mail_settings
from minga.mail.errors import (
    AuthenticationFailedError,
    MailError,
    MailNotConfiguredError,
    MessageRefusedError,
    NoAddressError,
    NoRecipientAddressesError,
    OutboxWriteError,
    ServerError,
    scrub,
)
from minga.mail.models import QUEUED, SENT, OutboxPart
from minga.mail.settings import MailSettings, Passwords
from minga.mail.transport import DEFAULT_TIMEOUT, PROBE_TIMEOUT, is_reachable, smtp_session
from minga.store.models import Person

if TYPE_CHECKING:
    from minga.core.workspace import Workspace

log = logging.getLogger(__name__)

OUTBOX_FOLDER = "outbox"
BUNDLE_HEADER = "X-Minga-Bundle"
PART_HEADER = "X-Minga-Part"
MEDIA_TYPE = ("application", "octet-stream")
# Seconds to wait after the 1st, 2nd... failed attempt; the last one repeats.
BACKOFF = (60, 5 * 60, 15 * 60, 60 * 60, 3 * 60 * 60, 6 * 60 * 60)

SUBJECT = QT_TRANSLATE_NOOP("mail", "Minga: bundle from {sender} (part {part} of {parts})")
BODY = QT_TRANSLATE_NOOP(
    "mail",
    "This message carries a Minga bundle from {sender} (part {part} of {parts}).\n\n"
    "If Minga checks this mailbox, it imports the bundle on its own. Otherwise, save the "
    "attachment (every part in the same folder) and open it in Minga: Sync › Import.\n\n"
    "The bundle is encrypted: only the people it was made for can open it.",
)
ADVISOR = QT_TRANSLATE_NOOP("mail", "your advisor")

_lock = threading.Lock()  # one sender at a time in this process (GUI timer + button)


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait after `attempts` failed attempts (at least one)."""
    index = min(max(attempts, 1), len(BACKOFF)) - 1
    return dt.timedelta(seconds=BACKOFF[index])


def _now(ws: Workspace, now: dt.datetime | None) -> dt.datetime:
    return now or ws.db.clock.now()


def load_settings(ws: Workspace) -> MailSettings:
    with ws.db.session() as session:
        return mail_settings.load(session)


def save_settings(ws: Workspace, settings: MailSettings, *, now: dt.datetime | None = None) -> None:
    """Validates and stores the settings; every queued part becomes due at once."""
    clean = mail_settings.validate(settings)
    with ws.db.session() as session:
        mail_settings.save(session, clean)
        session.execute(
            update(OutboxPart)
            .where(OutboxPart.status == QUEUED)
            .values(next_attempt_at=_now(ws, now))
        )


# --- queueing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    person_id: str | None
    name: str
    address: str


@dataclass
class QueueResult:
    """A bundle put in the outbox: its files and who it goes to."""

    bundle_id: str
    files: list[Path]
    size: int
    recipients: list[Recipient]
    without_address: list[str]  # members the bundle is for who have no address
    records: int
    attachments: int

    @property
    def messages(self) -> int:
        return len(self.files) * len(self.recipients)

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "files": [str(p) for p in self.files],
            "parts": len(self.files),
            "size": self.size,
            "recipients": [
                {"person_id": r.person_id, "name": r.name, "address": r.address}
                for r in self.recipients
            ],
            "without_address": self.without_address,
            "messages": self.messages,
            "records": self.records,
            "attachments": self.attachments,
        }


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40] or "minga"


def _recipients(
    session: Any, settings: MailSettings, to: str
) -> tuple[str | None, bool, list[Recipient], list[str]]:
    """(export `to`, export `all_members`, recipients with an address, names without)."""
    from minga.core.identity import current_actor
    from minga.sync import membership
    from minga.sync.errors import AdvisorOnlyError, NotAMemberError, UnknownRecipientError

    actor = current_actor(session)
    target = (to or "").strip()
    if actor.role == Role.ADVISOR:
        if target in ("", "all", "advisor"):
            people = [
                p
                for p in session.scalars(
                    select(Person)
                    .where(
                        Person.membership == membership.ACTIVE,
                        Person.deleted.is_(False),
                        Person.id != actor.person_id,
                    )
                    .order_by(Person.name)
                )
                if p.encryption_key
            ]
            found = [Recipient(p.id, p.name, p.email.strip()) for p in people if p.email.strip()]
            missing = [p.name for p in people if not p.email.strip()]
            if people and not found:
                raise NoRecipientAddressesError()
            return None, True, found, missing
        person = session.get(Person, target)
        if person is None:
            raise UnknownRecipientError(person=target)
        if not person.email.strip():
            raise NoAddressError(person=person.name)
        return person.id, False, [Recipient(person.id, person.name, person.email.strip())], []
    if target == "all":
        raise AdvisorOnlyError()
    advisor_id = membership.trusted_advisor(session)
    if advisor_id is None:
        raise NotAMemberError()
    if target in ("", "advisor") or target == advisor_id:
        advisor = session.get(Person, advisor_id)
        name = advisor.name if advisor is not None else catalog()("mail", ADVISOR)
        address = settings.advisor_address or (advisor.email.strip() if advisor else "")
        if not address:
            raise NoAddressError(person=name)
        return None, False, [Recipient(advisor_id, name, address)], []
    person = session.get(Person, target)
    if person is None:
        raise UnknownRecipientError(person=target)
    if not person.email.strip():
        raise NoAddressError(person=person.name)
    return person.id, False, [Recipient(person.id, person.name, person.email.strip())], []


def queue_bundle(
    ws: Workspace,
    to: str = "",
    *,
    full: bool = False,
    vault: Any = None,
    progress: Any = None,
    now: dt.datetime | None = None,
) -> QueueResult:
    """Exports a bundle for `to` and queues it for e-mail; returns what was queued.

    `to`: ``advisor`` (a teacher's default), ``all`` (the advisor's default: one bundle
    for every member with an address), or a person id. Refuses before writing anything
    when e-mail is not set up or a recipient has no address.
    """
    from minga.sync import container
    from minga.sync.export import export_bundle

    settings = load_settings(ws)
    if not settings.configured:
        raise MailNotConfiguredError()
    with ws.db.session() as session:
        export_to, all_members, recipients, missing = _recipients(session, settings, to)
        from minga.core.identity import current_actor

        sender_name = current_actor(session).name
    when = _now(ws, now)
    folder = ws.root / OUTBOX_FOLDER
    stem = f"minga-{_slug(sender_name)}-{when.astimezone().strftime('%Y%m%d-%H%M%S')}"
    out = folder / f"{stem}.minga"
    counter = 1
    while out.exists() or any(folder.glob(f"{out.name}.*")):
        counter += 1
        out = folder / f"{stem}-{counter}.minga"
    result = export_bundle(
        ws,
        out,
        to=export_to,
        all_members=all_members,
        full=full,
        vault=vault,
        progress=progress,
    )
    size = result.size
    try:
        paths = (
            container.split_file(out, settings.part_bytes) if size > settings.part_bytes else [out]
        )
    except OSError as exc:
        raise OutboxWriteError(path=str(out), reason=exc.strerror or str(exc)) from None
    domain = settings.sender.rpartition("@")[2] or "minga.invalid"
    with ws.db.session() as session:
        for recipient in recipients:
            for number, path in enumerate(paths, start=1):
                session.add(
                    OutboxPart(
                        bundle_id=result.bundle_id,
                        recipient_id=recipient.person_id,
                        recipient_name=recipient.name[:120],
                        address=recipient.address,
                        subject=catalog()(
                            "mail", SUBJECT, sender=sender_name, part=number, parts=len(paths)
                        )[:300],
                        message_id=email.utils.make_msgid("minga", domain=domain),
                        path=str(path),
                        part=number,
                        parts=len(paths),
                        size=path.stat().st_size,
                        status=QUEUED,
                        attempts=0,
                        next_attempt_at=when,
                        last_error={},
                        queued_at=when,
                    )
                )
    log.info(
        "queued bundle %s: %d part(s) for %d address(es)",
        result.bundle_id,
        len(paths),
        len(recipients),
    )
    return QueueResult(
        bundle_id=result.bundle_id,
        files=paths,
        size=size,
        recipients=recipients,
        without_address=missing,
        records=result.records,
        attachments=result.attachments,
    )


# --- the state of the outbox ---------------------------------------------------------------


@dataclass(frozen=True)
class OutboxEntry:
    """One queued or sent part, for the CLI and the GUI."""

    id: int
    bundle_id: str
    recipient: str
    address: str
    subject: str
    file: str
    part: int
    parts: int
    size: int
    status: str
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: MingaError | None
    queued_at: dt.datetime
    sent_at: dt.datetime | None

    def error_text(self, cat: Any = None) -> str:
        return self.last_error.message(cat) if self.last_error else ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "bundle_id": self.bundle_id,
            "recipient": self.recipient,
            "address": self.address,
            "subject": self.subject,
            "file": self.file,
            "part": self.part,
            "parts": self.parts,
            "size": self.size,
            "status": self.status,
            "attempts": self.attempts,
            "next_attempt_at": _iso(self.next_attempt_at) if self.status == QUEUED else None,
            "last_error": self.error_text() or None,
            "queued_at": _iso(self.queued_at),
            "sent_at": _iso(self.sent_at),
        }


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _entry(row: OutboxPart) -> OutboxEntry:
    return OutboxEntry(
        id=row.id,
        bundle_id=row.bundle_id,
        recipient=row.recipient_name,
        address=row.address,
        subject=row.subject,
        file=Path(row.path).name,
        part=row.part,
        parts=row.parts,
        size=row.size,
        status=row.status,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        last_error=mail_errors.from_record(row.last_error),
        queued_at=row.queued_at,
        sent_at=row.sent_at,
    )


@dataclass
class OutboxState:
    queued: list[OutboxEntry] = field(default_factory=list)
    sent: list[OutboxEntry] = field(default_factory=list)
    sent_total: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "queued": [e.as_json() for e in self.queued],
            "sent": [e.as_json() for e in self.sent],
            "sent_total": self.sent_total,
        }


def outbox_state(ws: Workspace, *, sent_limit: int = 50) -> OutboxState:
    """What waits (oldest first) and the latest parts sent (newest first)."""
    with ws.db.session() as session:
        queued = session.scalars(
            select(OutboxPart).where(OutboxPart.status == QUEUED).order_by(OutboxPart.id)
        ).all()
        sent = session.scalars(
            select(OutboxPart)
            .where(OutboxPart.status == SENT)
            .order_by(OutboxPart.sent_at.desc(), OutboxPart.id.desc())
            .limit(sent_limit)
        ).all()
        total = session.scalar(
            select(func.count()).select_from(OutboxPart).where(OutboxPart.status == SENT)
        )
        return OutboxState([_entry(r) for r in queued], [_entry(r) for r in sent], total or 0)


def pending_count(ws: Workspace) -> int:
    """How many parts wait in the outbox."""
    with ws.db.session() as session:
        return (
            session.scalar(
                select(func.count()).select_from(OutboxPart).where(OutboxPart.status == QUEUED)
            )
            or 0
        )


def is_online(settings: MailSettings, timeout: float = PROBE_TIMEOUT) -> bool:
    """A cheap reachability probe: a TCP connection to the SMTP server's port."""
    return settings.configured and is_reachable(settings.smtp_host, settings.smtp_port, timeout)


# --- sending ------------------------------------------------------------------------------


@dataclass
class SendReport:
    """What one `send_pending` did."""

    sent: list[OutboxEntry] = field(default_factory=list)
    failed: list[tuple[OutboxEntry, MingaError]] = field(default_factory=list)
    waiting: int = 0  # parts still queued afterwards (failed ones and ones not yet due)
    error: MingaError | None = None  # what stopped the whole connection, if anything

    @property
    def ok(self) -> bool:
        """Everything that was due was accepted by the server."""
        return not self.failed and self.error is None

    def as_json(self) -> dict[str, Any]:
        return {
            "sent": [e.as_json() for e in self.sent],
            "failed": [{**e.as_json(), "error": error.message()} for e, error in self.failed],
            "waiting": self.waiting,
            "error": self.error.message() if self.error else None,
        }


def build_message(row: OutboxPart, settings: MailSettings, sender_name: str) -> EmailMessage:
    """The e-mail of one queued part (rebuilt the same way at every attempt)."""
    path = Path(row.path)
    message = EmailMessage()
    message["From"] = email.utils.formataddr((sender_name, settings.sender))
    message["To"] = email.utils.formataddr((row.recipient_name, row.address))
    message["Subject"] = row.subject
    message["Date"] = email.utils.format_datetime(row.queued_at)
    message["Message-ID"] = row.message_id
    message[BUNDLE_HEADER] = row.bundle_id
    message[PART_HEADER] = f"{row.part}/{row.parts}"
    message.set_content(catalog()("mail", BODY, sender=sender_name, part=row.part, parts=row.parts))
    message.add_attachment(
        path.read_bytes(), maintype=MEDIA_TYPE[0], subtype=MEDIA_TYPE[1], filename=path.name
    )
    return message


def _fail(ws: Workspace, row_id: int, error: MingaError, now: dt.datetime) -> OutboxEntry:
    with ws.db.session() as session:
        row = session.get(OutboxPart, row_id)
        row.attempts += 1
        wait = backoff(row.attempts)
        if isinstance(error, AuthenticationFailedError):
            wait = dt.timedelta(seconds=BACKOFF[-1])  # until someone fixes the password
        row.next_attempt_at = now + wait
        row.last_error = mail_errors.as_record(error)
        return _entry(row)


def _succeed(ws: Workspace, row_id: int, now: dt.datetime) -> OutboxEntry:
    with ws.db.session() as session:
        row = session.get(OutboxPart, row_id)
        row.attempts += 1
        row.status = SENT
        row.sent_at = now
        row.last_error = {}
        return _entry(row)


def _sender_name(ws: Workspace) -> str:
    from minga.core.identity import current_actor

    with ws.db.session() as session:
        return current_actor(session).name


def send_pending(
    ws: Workspace,
    now: dt.datetime | None = None,
    *,
    force: bool = False,
    passwords: Passwords | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> SendReport:
    """Sends the queued parts that are due (all of them with `force`) on one connection.

    A part is marked sent only after the server accepted it; any failure keeps it
    queued with the attempt counted and the next try pushed back (`backoff`).
    """
    with _lock:
        return _send_pending(ws, _now(ws, now), force, passwords, timeout)


def _send_pending(
    ws: Workspace, now: dt.datetime, force: bool, passwords: Passwords | None, timeout: float
) -> SendReport:
    settings = load_settings(ws)
    if not settings.configured:
        raise MailNotConfiguredError()
    with ws.db.session() as session:
        query = select(OutboxPart.id).where(OutboxPart.status == QUEUED)
        if not force:
            query = query.where(OutboxPart.next_attempt_at <= now)
        due = list(session.scalars(query.order_by(OutboxPart.id)))
    report = SendReport()
    if due:
        password: str | None = None
        remaining = list(due)
        try:
            if settings.user:
                passwords = passwords or Passwords(ws.root)
                password = passwords.require(settings.smtp_host, settings.user)
            sender_name = _sender_name(ws)
            with smtp_session(settings, password, timeout=timeout) as server:
                while remaining:
                    row_id = remaining[0]
                    _send_one(
                        ws,
                        server,
                        settings,
                        sender_name=sender_name,
                        row_id=row_id,
                        now=now,
                        report=report,
                        password=password,
                    )
                    remaining.pop(0)
        except MingaError as exc:
            report.error = exc
            for row_id in remaining:
                report.failed.append((_fail(ws, row_id, exc, now), exc))
            log.warning(
                "sending stopped, %d part(s) stay queued: %s", len(remaining), exc.message()
            )
        _remove_sent_files(ws, report)
    report.waiting = pending_count(ws)
    return report


def _send_one(
    ws: Workspace,
    server: smtplib.SMTP,
    settings: MailSettings,
    *,
    sender_name: str,
    row_id: int,
    now: dt.datetime,
    report: SendReport,
    password: str | None,
) -> None:
    error: MingaError | None = None
    with ws.db.session() as session:
        row = session.get(OutboxPart, row_id)
        if row is None or row.status != QUEUED:
            return
        address = row.address
        try:
            message = build_message(row, settings, sender_name)
        except OSError as exc:  # the part's file is gone or unreadable
            error = OutboxWriteError(path=row.path, reason=exc.strerror or str(exc))
    if error is not None:
        report.failed.append((_fail(ws, row_id, error, now), error))
        return
    try:
        server.send_message(message, from_addr=settings.sender, to_addrs=[address])
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        error = _refusal(exc, settings, address, password)
        report.failed.append((_fail(ws, row_id, error, now), error))
        log.warning("the server refused part %s: %s", row_id, error.message())
        return
    # Anything else (a cut connection, a timeout) propagates: this part and the rest
    # stay queued (smtp_session turns it into a MailError).
    report.sent.append(_succeed(ws, row_id, now))
    log.info("part %s accepted by %s", row_id, settings.smtp_host)


def _refusal(
    exc: smtplib.SMTPException, settings: MailSettings, address: str, password: str | None
) -> MailError:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()), (550, b""))
    else:
        code, reply = exc.smtp_code, exc.smtp_error  # type: ignore[attr-defined]
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    text = scrub(f"{code} {' '.join(text.split())}", [password])[:300]
    if 400 <= int(code) < 500:  # temporary: the server asks to try later
        return ServerError(server=settings.smtp_host, reply=text)
    return MessageRefusedError(server=settings.smtp_host, address=address, reply=text)


def _remove_sent_files(ws: Workspace, report: SendReport) -> None:
    """A part's file goes once no recipient still waits for it (the rows stay)."""
    if not report.sent:
        return
    with ws.db.session() as session:
        sent_paths = {
            row.path
            for row in session.scalars(
                select(OutboxPart).where(OutboxPart.id.in_([e.id for e in report.sent]))
            )
        }
        waiting = set(
            session.scalars(
                select(OutboxPart.path).where(
                    OutboxPart.status == QUEUED, OutboxPart.path.in_(sent_paths)
                )
            )
        )
    outbox = (ws.root / OUTBOX_FOLDER).resolve()
    for name in sent_paths - waiting:
        path = Path(name)
        if path.resolve().parent == outbox:  # only files Minga put there itself
            path.unlink(missing_ok=True)


# --- checking the settings -------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionCheck:
    """The result of "test connection" for one server."""

    kind: str  # "smtp" or "imap"
    server: str
    port: int
    security: str
    error: MingaError | None

    @property
    def ok(self) -> bool:
        return self.error is None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "server": self.server,
            "port": self.port,
            "security": self.security,
            "ok": self.ok,
            "error": self.error.message() if self.error else None,
        }


def check_connection(
    ws: Workspace,
    settings: MailSettings | None = None,
    *,
    password: str | None = None,
    passwords: Passwords | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[ConnectionCheck]:
    """Logs in to the outgoing server (and the incoming one, when set) and says how it
    went. `settings`/`password` test values not saved yet (the settings dialog)."""
    from minga.mail.transport import imap_session

    settings = settings or load_settings(ws)
    if not settings.configured:
        raise MailNotConfiguredError()
    checks = []
    passwords = passwords or Passwords(ws.root)

    def secret(host: str, user: str) -> str | None:
        if not user:
            return None
        return password if password is not None else passwords.require(host, user)

    try:
        with smtp_session(
            settings, secret(settings.smtp_host, settings.user), timeout=timeout
        ) as server:
            server.noop()
        error: MingaError | None = None
    except MingaError as exc:
        error = exc
    checks.append(
        ConnectionCheck(
            "smtp", settings.smtp_host, settings.smtp_port, settings.smtp_security, error
        )
    )
    if settings.imap_configured:
        try:
            with imap_session(
                settings, secret(settings.imap_host, settings.imap_login), timeout=timeout
            ) as imap:
                from minga.mail.inbox import select_folder

                select_folder(imap, settings, readonly=True)
            error = None
        except MingaError as exc:
            error = exc
        checks.append(
            ConnectionCheck(
                "imap", settings.imap_host, settings.imap_port, settings.imap_security, error
            )
        )
    return checks
