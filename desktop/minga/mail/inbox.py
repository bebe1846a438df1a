"""The inbox: Minga bundles that arrive by e-mail, imported when they come from members.

`fetch` logs in to the account's IMAP mailbox (TLS, certificate checked) and looks at
the messages of the last `WINDOW_DAYS` days that it has not processed yet:

1. it reads only their structure (BODYSTRUCTURE) and a few header fields, with PEEK, so
   no message is marked as read;
2. a message is a candidate when an attachment is named ``*.minga`` or ``*.minga.NNN``,
   or when the first bytes of an attachment are ``MINGA-BUNDLE `` (or
   ``MINGA-INVITATION ``, a file Minga never opens on its own). Any other message is
   left exactly as it was: unread, unmarked, in its folder;
3. a candidate is downloaded (PEEK again), its Minga files saved in the data folder's
   ``inbox/`` (parts of a split bundle together, until all have arrived), and each
   bundle imported through the sync importer (`minga.sync.importer.import_file`), which
   verifies everything and accepts only senders this installation trusts. A bundle from
   someone who is not a member yet (never accepted automatically), an invitation, or a
   refused file is kept "for review" with the reason; the person decides in Minga;
   On a territory's hub (the person's role is ``coordinator``) a bundle is a
   **territory report** instead (docs/territory.md): it goes to
   `minga.sync.territory.import_report`, which accepts only reports signed by an
   advisor the coordinator accepted; any other installation never routes a file there;
4. the message is marked with the keyword ``$MingaProcessed`` (when the server allows
   keywords), and its Message-ID is remembered in the database (`mail_inbox`), so no
   message is processed twice, even on a server without keywords.

Nothing is ever deleted or moved on the server.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email
import email.header
import email.policy
import email.utils
import hashlib
import imaplib
import logging
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from imapclient.exceptions import ProtocolError
from imapclient.response_parser import parse_fetch_response
from sqlalchemy import select

from minga.domain.errors import MingaError
from minga.mail import errors as mail_errors
from minga.mail import settings as mail_settings
from minga.mail.errors import (
    ImapNotConfiguredError,
    IncompleteBundleError,
    InvitationByMailError,
    MailboxError,
    scrub,
)
from minga.mail.models import IMPORTED, REVIEW, WAITING, InboxMessage
from minga.mail.settings import MailSettings, Passwords
from minga.mail.transport import DEFAULT_TIMEOUT, imap_session
from minga.store import meta

if TYPE_CHECKING:
    from minga.core.workspace import Workspace

log = logging.getLogger(__name__)

INBOX_FOLDER = "inbox"
KEYWORD = "$MingaProcessed"
WINDOW_DAYS = 60  # how far back a check looks (bounds the work on a big mailbox)
LAST_FETCH = "mail_last_fetch"
BUNDLE_PREFIX = b"MINGA-BUNDLE "
INVITATION_PREFIX = b"MINGA-INVITATION "
PEEK_BYTES = 120
FETCH_BATCH = 50
MAX_MESSAGE_BYTES = 60 * 1024 * 1024  # a bigger message is not a Minga part: skipped

_NAME_RE = re.compile(r"\.minga(\.[0-9]{3})?$", re.IGNORECASE)
_PART_RE = re.compile(r"^(?P<base>.+\.minga)\.(?P<number>[0-9]{3})$", re.IGNORECASE)
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PARTS_HEADER_RE = re.compile(r"^\s*([0-9]{1,3})\s*/\s*([0-9]{1,3})\s*$")

_lock = threading.Lock()


# --- IMAP responses ------------------------------------------------------------------------


def parse_fetch(data: list[Any]) -> list[dict[str, Any]]:
    """imaplib's FETCH answer as one dict per message, read by imapclient's parser:
    {"UID": b"7", "BODYSTRUCTURE": BodyData(...), "BODY[HEADER.FIELDS (...)]": b"..."}
    (keys upper-case, the UID as ASCII digits). Raises `ProtocolError` on an answer
    that is not IMAP."""
    messages = []
    parsed = parse_fetch_response(data, normalise_times=False, uid_is_key=False)
    for _, fields in sorted(parsed.items()):
        found: dict[str, Any] = {}
        for key, value in fields.items():
            name = key.decode("ascii", "replace").upper() if isinstance(key, bytes) else str(key)
            found[name] = value
        if isinstance(found.get("UID"), int):
            found["UID"] = str(found["UID"]).encode("ascii")
        messages.append(found)
    return messages


# --- message structure ---------------------------------------------------------------------


@dataclass(frozen=True)
class PartInfo:
    section: str  # IMAP section number, like "2" or "1.2"
    media_type: str
    filename: str
    encoding: str
    size: int


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _decode_filename(value: str) -> str:
    if "''" in value:  # RFC 2231: charset'language'percent-encoded
        charset, _, encoded = value.partition("''")
        try:
            return urllib.parse.unquote(encoded, encoding=charset or "utf-8", errors="replace")
        except LookupError:
            return urllib.parse.unquote(encoded)
    if "=?" in value:
        try:
            return str(email.header.make_header(email.header.decode_header(value)))
        except (ValueError, LookupError, UnicodeDecodeError):
            return value
    return value


def _params(value: Any) -> dict[str, str]:
    if not isinstance(value, tuple | list):
        return {}
    return {_text(k).lower(): _text(v) for k, v in zip(value[::2], value[1::2], strict=False)}


def _filename(params: dict[str, str], disposition: dict[str, str]) -> str:
    for source in (disposition, params):
        for key in ("filename*", "filename", "name*", "name"):
            if source.get(key):
                return _decode_filename(source[key])
    return ""


def leaf_parts(structure: Any, prefix: str = "") -> list[PartInfo]:
    """Every non-multipart part of a BODYSTRUCTURE (imapclient's `BodyData`), with its
    section number."""
    if not isinstance(structure, tuple | list) or not structure:
        return []
    if isinstance(structure[0], list):  # multipart: the children, then the subtype
        parts: list[PartInfo] = []
        for number, child in enumerate(structure[0], start=1):
            parts.extend(leaf_parts(child, f"{prefix}{number}."))
        return parts
    section = prefix[:-1] if prefix else "1"
    media_type = f"{_text(structure[0])}/{_text(structure[1])}".lower()
    params = _params(structure[2]) if len(structure) > 2 else {}
    encoding = _text(structure[5]).lower() if len(structure) > 5 else ""
    try:
        size = int(_text(structure[6])) if len(structure) > 6 else 0
    except ValueError:
        size = 0
    disposition: dict[str, str] = {}
    for extra in structure[7:]:
        if (
            isinstance(extra, tuple | list)
            and len(extra) == 2
            and isinstance(extra[0], bytes)
            and _text(extra[0]).lower() in ("attachment", "inline")
        ):
            disposition = _params(extra[1])
            break
    return [PartInfo(section, media_type, _filename(params, disposition), encoding, size)]


def _named_like_minga(name: str) -> bool:
    return bool(_NAME_RE.search(name.strip()))


def _maybe_minga(part: PartInfo) -> bool:
    """A part worth peeking at: not text, not a picture, big enough for a prefix."""
    major = part.media_type.split("/")[0]
    return major == "application" and part.size >= len(BUNDLE_PREFIX)


def _decode_peek(data: bytes, encoding: str) -> bytes:
    if encoding == "base64":
        compact = re.sub(rb"[^A-Za-z0-9+/=]", b"", data)
        compact = compact[: len(compact) // 4 * 4]
        try:
            return base64.b64decode(compact)
        except (binascii.Error, ValueError):
            return b""
    return data


def is_minga_content(data: bytes) -> bool:
    return data.startswith(BUNDLE_PREFIX) or data.startswith(INVITATION_PREFIX)


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class InboxEntry:
    """One processed message, for the CLI and the GUI."""

    id: int
    message_id: str
    sender: str
    subject: str
    received_at: dt.datetime
    status: str
    files: list[str]
    bundle_id: str | None
    reason: MingaError | None
    summary: dict[str, Any]

    def reason_text(self, cat: Any = None) -> str:
        return self.reason.message(cat) if self.reason else ""

    def as_json(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "sender": self.sender,
            "subject": self.subject,
            "received_at": self.received_at.isoformat(),
            "status": self.status,
            "files": self.files,
            "bundle_id": self.bundle_id,
            "reason": self.reason_text() or None,
        }


def _entry(row: InboxMessage) -> InboxEntry:
    return InboxEntry(
        id=row.id,
        message_id=row.message_id,
        sender=row.sender,
        subject=row.subject,
        received_at=row.received_at,
        status=row.status,
        files=list(row.files or []),
        bundle_id=row.bundle_id,
        reason=mail_errors.from_record(row.reason),
        summary=dict(row.summary or {}),
    )


@dataclass
class FetchReport:
    """What one `fetch` did."""

    checked: int = 0  # messages looked at (not processed before)
    imported: list[InboxEntry] = field(default_factory=list)
    review: list[InboxEntry] = field(default_factory=list)
    waiting: list[InboxEntry] = field(default_factory=list)
    already_known: int = 0  # candidates whose Message-ID was processed before
    imports: list[Any] = field(default_factory=list)  # ImportResult of each bundle imported
    # (A coordinator's hub) ReportImport of each territory report imported.
    territory: list[Any] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "imported": [e.as_json() for e in self.imported],
            "review": [e.as_json() for e in self.review],
            "waiting": [e.as_json() for e in self.waiting],
            "already_known": self.already_known,
            "territory": [r.as_json() for r in self.territory],
        }


@dataclass
class InboxState:
    last_check: dt.datetime | None
    entries: list[InboxEntry]
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "last_check": self.last_check.isoformat() if self.last_check else None,
            "counts": self.counts,
            "messages": [e.as_json() for e in self.entries],
        }


def inbox_state(ws: Workspace, *, limit: int = 50) -> InboxState:
    """When the inbox was last checked, and the latest messages with Minga files."""
    with ws.db.session() as session:
        stamp = meta.get(session, LAST_FETCH)
        rows = session.scalars(
            select(InboxMessage).order_by(InboxMessage.id.desc()).limit(limit)
        ).all()
        counts: dict[str, int] = {IMPORTED: 0, REVIEW: 0, WAITING: 0}
        for status in session.scalars(select(InboxMessage.status)):
            counts[status] = counts.get(status, 0) + 1
        last = dt.datetime.fromisoformat(stamp) if stamp else None
        return InboxState(last, [_entry(r) for r in rows], counts)


# --- fetching ----------------------------------------------------------------------------------


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def select_folder(imap: imaplib.IMAP4, settings: MailSettings, *, readonly: bool) -> None:
    """Opens the account's folder (INBOX by default) or says why it cannot."""
    status, data = imap.select(_quote(settings.imap_folder), readonly=readonly)
    if status != "OK":
        reply = _text(data[0] if data else b"") or status
        raise MailboxError(folder=settings.imap_folder, server=settings.imap_host, reply=reply)


def _check(status: str, data: list[Any], settings: MailSettings) -> list[Any]:
    if status != "OK":
        reply = _text(data[0] if data else b"") or status
        raise MailboxError(folder=settings.imap_folder, server=settings.imap_host, reply=reply)
    return data


def _keywords_allowed(imap: imaplib.IMAP4) -> bool:
    _, data = imap.response("PERMANENTFLAGS")
    flags = b" ".join(d for d in data if isinstance(d, bytes))
    return b"\\*" in flags or KEYWORD.encode("ascii") in flags


@dataclass
class _Candidate:
    uid: bytes
    message_id: str
    sender: str
    subject: str
    size: int


def fetch(
    ws: Workspace,
    now: dt.datetime | None = None,
    *,
    passwords: Passwords | None = None,
    vault: Any = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> FetchReport:
    """Checks the mailbox once: imports bundles from trusted members, files the rest for
    review, leaves every other message untouched. Raises a `MailError` when the server
    cannot be reached or refuses the login (nothing was changed then)."""
    with _lock:
        return _fetch(ws, now or ws.db.clock.now(), passwords, vault, timeout)


def _fetch(
    ws: Workspace, now: dt.datetime, passwords: Passwords | None, vault: Any, timeout: float
) -> FetchReport:
    with ws.db.session() as session:
        settings = mail_settings.load(session)
    if not settings.imap_configured:
        raise ImapNotConfiguredError()
    password: str | None = None
    if settings.imap_login:
        passwords = passwords or Passwords(ws.root)
        password = passwords.require(settings.imap_host, settings.imap_login)
    report = FetchReport()
    with imap_session(settings, password, timeout=timeout) as imap:
        select_folder(imap, settings, readonly=False)
        keywords = _keywords_allowed(imap)
        since = (now - dt.timedelta(days=WINDOW_DAYS)).strftime("%d-%b-%Y")
        criteria = ["UNKEYWORD", KEYWORD, "SINCE", since] if keywords else ["SINCE", since]
        data = _check(*imap.uid("SEARCH", *criteria), settings)
        uids = [uid for uid in (data[0] or b"").split() if uid.isdigit()]
        report.checked = len(uids)
        candidates = []
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            candidates += _candidates(imap, settings, batch)
        for candidate in candidates:
            _process(
                ws,
                imap,
                settings,
                candidate,
                keywords=keywords,
                now=now,
                report=report,
                vault=vault,
                password=password,
            )
    with ws.db.session() as session:
        meta.put(session, LAST_FETCH, now.isoformat())
    log.info(
        "inbox checked: %d new message(s), %d imported, %d for review, %d waiting",
        report.checked,
        len(report.imported),
        len(report.review),
        len(report.waiting),
    )
    return report


_HEADERS = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID FROM SUBJECT X-MINGA-BUNDLE)]"


def _candidates(imap: imaplib.IMAP4, settings: MailSettings, uids: list[bytes]) -> list[_Candidate]:
    """The messages among `uids` that carry Minga files (found without reading them)."""
    data = _check(
        *imap.uid(
            "FETCH", b",".join(uids).decode("ascii"), f"(UID RFC822.SIZE BODYSTRUCTURE {_HEADERS})"
        ),
        settings,
    )
    try:
        items = parse_fetch(data)
    except ProtocolError as exc:
        raise MailboxError(
            folder=settings.imap_folder, server=settings.imap_host, reply=str(exc)[:200]
        ) from exc
    found = []
    for item in items:
        uid = item.get("UID")
        if not isinstance(uid, bytes):
            continue
        header_bytes = next(
            (v for k, v in item.items() if k.startswith("BODY[HEADER") and isinstance(v, bytes)),
            b"",
        )
        headers = email.message_from_bytes(header_bytes, policy=email.policy.compat32)
        try:
            size = int(_text(item.get("RFC822.SIZE")) or 0)
        except ValueError:
            size = 0
        parts = leaf_parts(item.get("BODYSTRUCTURE"))
        minga = any(_named_like_minga(p.filename) for p in parts)
        if not minga:
            for part in parts:
                if _maybe_minga(part) and _peek(imap, uid, part):
                    minga = True
                    break
        if not minga or size > MAX_MESSAGE_BYTES:
            continue
        found.append(
            _Candidate(
                uid=uid,
                message_id=_header(headers, "Message-ID")[:255],
                sender=email.utils.parseaddr(_header(headers, "From"))[1][:254],
                subject=_header(headers, "Subject")[:300],
                size=size,
            )
        )
    return found


def _header(headers: Any, name: str) -> str:
    value = headers.get(name)
    if value is None:
        return ""
    try:
        return " ".join(str(email.header.make_header(email.header.decode_header(value))).split())
    except (ValueError, LookupError, UnicodeDecodeError):
        return " ".join(str(value).split())


def _peek(imap: imaplib.IMAP4, uid: bytes, part: PartInfo) -> bool:
    status, data = imap.uid(
        "FETCH", uid.decode("ascii"), f"(BODY.PEEK[{part.section}]<0.{PEEK_BYTES}>)"
    )
    if status != "OK":
        return False
    chunks = [item[1] for item in data if isinstance(item, tuple) and len(item) > 1]
    return bool(chunks) and is_minga_content(_decode_peek(chunks[0], part.encoding))


def _download(imap: imaplib.IMAP4, settings: MailSettings, uid: bytes) -> bytes:
    data = _check(*imap.uid("FETCH", uid.decode("ascii"), "(BODY.PEEK[])"), settings)
    for item in data:
        if isinstance(item, tuple) and len(item) > 1:
            return bytes(item[1])
    raise MailboxError(
        folder=settings.imap_folder, server=settings.imap_host, reply="message not found"
    )


def _mark(imap: imaplib.IMAP4, uid: bytes, keywords: bool) -> None:
    if not keywords:
        return
    status, _ = imap.uid("STORE", uid.decode("ascii"), "+FLAGS.SILENT", f"({KEYWORD})")
    if status != "OK":
        log.warning("the server did not keep the keyword %s on a message", KEYWORD)


@dataclass
class _Saved:
    path: Path
    group: Path | None  # the folder of a split bundle's parts
    parts: int | None  # how many parts the bundle has, when the message says so


def _safe_name(name: str, fallback: str) -> str:
    base = Path(name.replace("\\", "/")).name
    clean = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")[:100]
    return clean if _named_like_minga(clean) else fallback


def _save_files(
    ws: Workspace, message: Any, raw: bytes, *, now: dt.datetime, bundle_header: str, sender: str
) -> list[_Saved]:
    """Writes the message's Minga files into inbox/ (parts of one bundle together)."""
    from minga.core.files import atomic_output

    root = ws.root / INBOX_FOLDER
    digest = hashlib.sha256(raw).hexdigest()[:10]
    stamp = now.strftime("%Y%m%d-%H%M%S")
    part_info = _PARTS_HEADER_RE.match(str(message.get("X-Minga-Part", "") or ""))
    saved: list[_Saved] = []
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            continue
        try:
            data = part.get_payload(decode=True)
        except (ValueError, LookupError):
            continue
        if not isinstance(data, bytes | bytearray) or not data:
            continue
        fallback = f"minga-{stamp}-{digest}-{number}.minga"
        name = _safe_name(part.get_filename() or "", fallback)
        split = _PART_RE.match(name)
        # Only a whole file or a first part starts with the prefix; later parts are
        # ciphertext from the middle of the bundle, recognised by their name.
        later_part = split is not None and split.group("number") != "001"
        if not later_part and not is_minga_content(bytes(data[:32])):
            continue
        if split:
            key = bundle_header if _UUID_RE.match(bundle_header) else None
            if key is None:
                sender_key = hashlib.sha256(sender.lower().encode()).hexdigest()[:10]
                key = f"{sender_key}-{split.group('base')}"
            group = root / "parts" / key
            target = group / name
            parts = int(part_info.group(2)) if part_info else None
        else:
            group, parts = None, None
            target = root / "received" / f"{stamp}-{digest}-{name}"
        with atomic_output(target) as out:
            out.write(bytes(data))
        saved.append(_Saved(target, group, parts))
    return saved


def _record(
    ws: Workspace,
    candidate: _Candidate,
    key: str,
    *,
    status: str,
    files: list[Path],
    reason: MingaError | None,
    summary: dict[str, Any] | None,
    bundle_id: str | None,
) -> InboxEntry:
    with ws.db.session() as session:
        row = InboxMessage(
            message_id=key[:255],
            sender=candidate.sender,
            subject=candidate.subject,
            status=status,
            files=[str(p) for p in files],
            bundle_id=bundle_id,
            reason=mail_errors.as_record(reason) if reason else {},
            summary=summary or {},
        )
        session.add(row)
        session.flush()
        return _entry(row)


def _import(ws: Workspace, paths: list[Path], vault: Any) -> tuple[str, MingaError | None, Any]:
    """(status, reason, ImportResult) of importing one bundle (or its parts)."""
    from minga.sync.errors import DamagedBundleError, MissingPartError
    from minga.sync.importer import ImportResult, import_file

    with paths[0].open("rb") as handle:
        head = handle.read(len(INVITATION_PREFIX))
    name = _PART_RE.sub(r"\g<base>", paths[0].name)
    if head.startswith(INVITATION_PREFIX):
        return REVIEW, InvitationByMailError(name=name), None
    if _is_hub(ws):
        return _import_territory(ws, paths, name, vault)
    try:
        result = import_file(ws, paths, vault=vault)  # never accept new members here
    except (MissingPartError, DamagedBundleError) as exc:
        return WAITING, exc, None
    except MingaError as exc:
        return REVIEW, exc, None
    if not isinstance(result, ImportResult):  # an invitation behind a bundle name
        return REVIEW, InvitationByMailError(name=name), None
    return IMPORTED, None, result


def _is_hub(ws: Workspace) -> bool:
    """This installation is a territory's hub (its person is the coordinator)."""
    from minga.core.identity import current_actor
    from minga.domain.vocab import Role

    with ws.db.session() as session:
        return current_actor(session).role == Role.COORDINATOR


def _import_territory(
    ws: Workspace, paths: list[Path], name: str, vault: Any
) -> tuple[str, MingaError | None, Any]:
    """(The hub) A territory report: imported through `sync.territory.import_report`
    (an accepted advisor's signature, every row checked, all or nothing). Parts of a
    split report are joined first; a refused report is kept for review with the reason."""
    from minga.core.files import atomic_output
    from minga.sync.container import resolve_parts
    from minga.sync.errors import DamagedBundleError, MissingPartError
    from minga.sync.territory import import_report

    try:
        files = resolve_parts(paths)
    except (MissingPartError, DamagedBundleError) as exc:
        return WAITING, exc, None
    except MingaError as exc:
        return REVIEW, exc, None
    path = files[0]
    if len(files) > 1:  # the whole report beside its parts, as one file
        path = files[0].parent / name
        with atomic_output(path) as out:
            for part in files:
                out.write(part.read_bytes())
    try:
        result = import_report(ws, path, vault)
    except (MissingPartError, DamagedBundleError) as exc:
        return WAITING, exc, None
    except MingaError as exc:
        return REVIEW, exc, None
    return IMPORTED, None, result


def _process(
    ws: Workspace,
    imap: imaplib.IMAP4,
    settings: MailSettings,
    candidate: _Candidate,
    *,
    keywords: bool,
    now: dt.datetime,
    report: FetchReport,
    vault: Any,
    password: str | None,
) -> None:
    if candidate.message_id:
        with ws.db.session() as session:
            known = session.scalar(
                select(InboxMessage.id).where(InboxMessage.message_id == candidate.message_id)
            )
        if known is not None:
            report.already_known += 1
            _mark(imap, candidate.uid, keywords)
            return
    raw = _download(imap, settings, candidate.uid)
    if not candidate.message_id:
        candidate.message_id = "sha256:" + hashlib.sha256(raw).hexdigest()
        with ws.db.session() as session:
            if session.scalar(
                select(InboxMessage.id).where(InboxMessage.message_id == candidate.message_id)
            ):
                report.already_known += 1
                _mark(imap, candidate.uid, keywords)
                return
    message = email.message_from_bytes(raw, policy=email.policy.default)
    bundle_header = str(message.get("X-Minga-Bundle", "") or "").strip().lower()
    saved = _save_files(
        ws, message, raw, now=now, bundle_header=bundle_header, sender=candidate.sender
    )
    if not saved:  # it looked like one, but no part decodes to a Minga file
        _mark(imap, candidate.uid, keywords)
        return
    entries: list[InboxEntry] = []
    for index, item in enumerate(saved):
        # One row per Minga file; a message rarely carries more than one.
        key = candidate.message_id if index == 0 else f"{candidate.message_id}#{index + 1}"
        if item.group is None:
            status, reason, result = _import(ws, [item.path], vault)
            files = [item.path]
        else:
            status, reason, result, files = _import_parts(ws, item, vault)
        summary = result.as_json() if result is not None else None
        bundle_id = getattr(result, "bundle_id", None) or getattr(result, "report_id", None)
        entry = _record(
            ws,
            candidate,
            key,
            status=status,
            files=files,
            reason=reason,
            summary=summary,
            bundle_id=bundle_id,
        )
        if item.group is not None and status != WAITING:
            _settle_parts(
                ws,
                item.group,
                status=status,
                reason=reason,
                summary=summary,
                bundle_id=bundle_id,
            )
        entries.append(entry)
        if result is not None and hasattr(result, "report_id"):
            report.territory.append(result)
        elif result is not None:
            report.imports.append(result)
    _mark(imap, candidate.uid, keywords)
    for entry in entries:
        {IMPORTED: report.imported, REVIEW: report.review, WAITING: report.waiting}[
            entry.status
        ].append(entry)
        log.info(
            "message from %s: %s%s",
            entry.sender or "?",
            entry.status,
            f" ({scrub(entry.reason_text(), [password])})" if entry.reason else "",
        )


def _import_parts(
    ws: Workspace, item: _Saved, vault: Any
) -> tuple[str, MingaError | None, Any, list[Path]]:
    from minga.sync.container import PART_RE

    assert item.group is not None
    base = PART_RE.match(item.path.name).group("base")  # type: ignore[union-attr]
    present = sorted(item.group.glob(f"{base}.[0-9][0-9][0-9]"))
    numbers = {int(p.name[-3:]) for p in present}
    wanted = item.parts or max(numbers)
    if not set(range(1, wanted + 1)) <= numbers:
        reason = IncompleteBundleError(
            name=base, have=len(numbers & set(range(1, wanted + 1))), parts=wanted
        )
        return WAITING, reason, None, [item.path]
    first = item.group / f"{base}.001"
    status, reason, result = _import(ws, [first], vault)
    if status == WAITING:
        if item.parts is None:  # the count is unknown: more parts may still come
            reason = IncompleteBundleError(name=base, have=len(numbers), parts="?")
        else:  # every announced part is here, and still it does not decrypt
            status = REVIEW
    return status, reason, result, [item.path]


def _settle_parts(
    ws: Workspace,
    group: Path,
    *,
    status: str,
    reason: MingaError | None,
    summary: dict[str, Any] | None,
    bundle_id: str | None,
) -> None:
    """The messages that brought the earlier parts share the bundle's fate."""
    with ws.db.session() as session:
        for row in session.scalars(select(InboxMessage).where(InboxMessage.status == WAITING)):
            if any(Path(f).parent == group for f in row.files or []):
                row.status = status
                row.reason = mail_errors.as_record(reason) if reason else {}
                row.summary = summary or {}
                row.bundle_id = bundle_id
