"""The manifest of a bundle (`manifest.json`) and the roster entries it may carry.

The manifest says who sent the bundle, for whom, what it holds (the SHA-256 and size of
every other member) and what the sender has received from each device (acks). Its exact
bytes are signed (`manifest.sig`), so the signature covers every member. `parse` checks
every field of a received manifest before anything trusts it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from minga.domain import schema
from minga.sync import keys as keymod
from minga.sync.container import ATTACHMENT_RE, CONFLICTS, RECORDS_RE
from minga.sync.errors import MalformedBundleError
from minga.sync.records import SPECS, UUID_RE

FORMAT = "minga-bundle"
# Patterns are matched against the whole string (`fullmatch`), never with `$`.
DEVICE_RE = re.compile(r"[0-9A-Za-z_]{1,45}")
SCHEMA_RE = re.compile(r"[0-9]{4}")
SHA256_RE = re.compile(r"[0-9a-f]{64}")
MAX_RECIPIENTS = 1000
MAX_ACKS = 10_000
ROLES = ("teacher", "advisor", "leader")


class ManifestError(ValueError):
    pass


def typed_field(
    doc: Any, key: str, kind: type | tuple[type, ...], *, nullable: bool = False
) -> Any:
    if not isinstance(doc, dict) or key not in doc:
        raise ManifestError(f"{key} is missing")
    value = doc[key]
    if value is None and nullable:
        return None
    if isinstance(value, bool) and kind is not bool:
        raise ManifestError(f"{key} has the wrong type")
    if not isinstance(value, kind):
        raise ManifestError(f"{key} has the wrong type")
    return value


def text_field(
    doc: Any, key: str, limit: int = 200, *, nullable: bool = False, multiline: bool = False
) -> str | None:
    """Text without control characters or lone surrogates; single-line unless
    `multiline` (which keeps tab and line breaks)."""
    value = typed_field(doc, key, str, nullable=nullable)
    if value is not None and len(value) > limit:
        raise ManifestError(f"{key} is too long")
    if value is not None:
        try:
            (schema.Text(limit) if multiline else schema.Line(limit)).check(key, value)
        except schema.RecordError as exc:
            raise ManifestError(str(exc)) from None
    return value


def pattern_field(doc: Any, key: str, pattern: re.Pattern[str], *, nullable: bool = False) -> Any:
    value = typed_field(doc, key, str, nullable=nullable)
    if value is not None and not pattern.fullmatch(value):
        raise ManifestError(f"{key} is not well formed")
    return value


def _count(doc: Any, key: str) -> int:
    value = typed_field(doc, key, int)
    if value < 0 or value > 2**62:
        raise ManifestError(f"{key} is out of range")
    return value


def _signing_key(doc: Any, key: str, *, nullable: bool = False) -> str | None:
    value = typed_field(doc, key, str, nullable=nullable)
    if value is not None and not keymod.is_signing_key(value):
        raise ManifestError(f"{key} is not a signing key")
    return value


def _encryption_key(doc: Any, key: str, *, nullable: bool = False) -> str | None:
    value = typed_field(doc, key, str, nullable=nullable)
    if value is not None and not keymod.is_encryption_key(value):
        raise ManifestError(f"{key} is not an age recipient")
    return value


@dataclass(frozen=True)
class RosterEntry:
    """A member as the advisor vouches for them (invitations, consolidated bundles)."""

    person_id: str
    name: str
    role: str
    school_id: str | None
    microcentre_id: str | None
    membership: str
    signing_key: str | None
    encryption_key: str | None
    # A removed member who asked that the practices she shared leave the network's
    # library too (every installation withdraws them when it applies the roster).
    practices_withdrawn: bool = False
    # Signing keys of this member replaced when she came back with new keys (`invite
    # --rejoin`): every installation that applies the roster refuses bundles signed with
    # them, even one that never knew them.
    revoked_keys: tuple[str, ...] = ()
    # The member the advisor named host of the monthly meeting's room (at most one):
    # every member's Minga accepts her room as a relay for the advisor.
    meeting_host: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "role": self.role,
            "school_id": self.school_id,
            "microcentre_id": self.microcentre_id,
            "membership": self.membership,
            "signing_key": self.signing_key,
            "encryption_key": self.encryption_key,
            # Only when true, so a roster without withdrawals reads as before.
            **({"practices_withdrawn": True} if self.practices_withdrawn else {}),
            # Only when there are some, likewise.
            **({"revoked_keys": list(self.revoked_keys)} if self.revoked_keys else {}),
            # Only on the named host's entry, likewise.
            **({"meeting_host": True} if self.meeting_host else {}),
        }

    @classmethod
    def parse(cls, doc: Any) -> RosterEntry:
        role = text_field(doc, "role", 16)
        membership = text_field(doc, "membership", 16)
        if role not in ROLES or membership not in ("active", "pending", "removed"):
            raise ManifestError("roster entry has an unknown role or membership")
        return cls(
            person_id=pattern_field(doc, "person_id", UUID_RE),
            name=text_field(doc, "name", 120) or "",
            role=role or "",
            school_id=pattern_field(doc, "school_id", UUID_RE, nullable=True),
            microcentre_id=pattern_field(doc, "microcentre_id", UUID_RE, nullable=True),
            membership=membership or "",
            signing_key=_signing_key(doc, "signing_key", nullable=True),
            encryption_key=_encryption_key(doc, "encryption_key", nullable=True),
            practices_withdrawn=doc.get("practices_withdrawn") is True,
            revoked_keys=_revoked_keys(doc),
            meeting_host=doc.get("meeting_host") is True and membership == "active",
        )


MAX_REVOKED_KEYS = 100


def _revoked_keys(doc: dict[str, Any]) -> tuple[str, ...]:
    """A roster entry's optional `revoked_keys`: a list of signing keys (absent in
    rosters of an older Minga, and when the member never changed keys)."""
    if "revoked_keys" not in doc:
        return ()
    value = typed_field(doc, "revoked_keys", list)
    if len(value) > MAX_REVOKED_KEYS:
        raise ManifestError("revoked_keys is too long")
    if not all(isinstance(key, str) and keymod.is_signing_key(key) for key in value):
        raise ManifestError("revoked_keys holds something that is not a signing key")
    if doc.get("signing_key") in value:
        raise ManifestError("revoked_keys holds the member's own signing key")
    return tuple(dict.fromkeys(value))


@dataclass(frozen=True)
class Sender:
    device_id: str
    person_id: str
    name: str
    role: str
    signing_key: str
    encryption_key: str

    @property
    def fingerprint(self) -> str:
        return keymod.fingerprint(self.signing_key)

    def as_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "person_id": self.person_id,
            "name": self.name,
            "role": self.role,
            "signing_key": self.signing_key,
            "encryption_key": self.encryption_key,
        }


@dataclass(frozen=True)
class Recipient:
    person_id: str
    encryption_key: str


@dataclass(frozen=True)
class MemberInfo:
    sha256: str
    size: int


@dataclass
class Manifest:
    format_version: int
    schema_version: str
    app_version: str
    bundle_id: str
    created_at: dt.datetime
    sender: Sender
    microcentre_id: str | None
    recipients: list[Recipient]
    consolidated: bool
    full: bool
    base_seq: int
    seq_max: int
    acks: dict[str, int]
    counts: dict[str, int]
    conflicts: int
    members: dict[str, MemberInfo]
    roster: list[RosterEntry] = field(default_factory=list)
    # The advisor's roster version (only the advisor's bundles carry a roster): a roster
    # older than the one already applied never overrides it. Absent in bundles of an
    # older Minga: 0.
    roster_version: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "schema_version": self.schema_version,
            "app_version": self.app_version,
            "bundle_id": self.bundle_id,
            "created_at": self.created_at.astimezone(dt.UTC).isoformat(),
            "sender": self.sender.as_json(),
            "microcentre_id": self.microcentre_id,
            "recipients": [
                {"person_id": r.person_id, "encryption_key": r.encryption_key}
                for r in self.recipients
            ],
            "consolidated": self.consolidated,
            "full": self.full,
            "base_seq": self.base_seq,
            "seq_max": self.seq_max,
            "acks": dict(sorted(self.acks.items())),
            "counts": dict(self.counts),
            "conflicts": self.conflicts,
            "members": {
                name: {"sha256": info.sha256, "size": info.size}
                for name, info in self.members.items()
            },
            "roster": [entry.as_json() for entry in self.roster],
            "roster_version": self.roster_version,
        }

    def to_bytes(self) -> bytes:
        return json.dumps(self.as_json(), ensure_ascii=False, indent=1).encode("utf-8")


def parse(data: bytes, name: str) -> Manifest:
    """The manifest in `data`, every field checked; MalformedBundleError otherwise."""
    try:
        doc = json.loads(data.decode("utf-8"))
        return _parse(doc)
    except (ValueError, RecursionError) as exc:
        # ValueError covers ManifestError, bad UTF-8, bad JSON and integers longer than
        # Python converts (`sys.get_int_max_str_digits`): each becomes a sentence.
        raise MalformedBundleError(name=name, detail=f"manifest: {str(exc)[:200]}") from None


def _parse(doc: Any) -> Manifest:
    if typed_field(doc, "format", str) != FORMAT:
        raise ManifestError("format is not minga-bundle")
    sender_doc = typed_field(doc, "sender", dict)
    role = text_field(sender_doc, "role", 16)
    if role not in ROLES:
        raise ManifestError("sender role is unknown")
    sender = Sender(
        device_id=pattern_field(sender_doc, "device_id", DEVICE_RE),
        person_id=pattern_field(sender_doc, "person_id", UUID_RE),
        name=text_field(sender_doc, "name", 120) or "",
        role=role or "",
        signing_key=_signing_key(sender_doc, "signing_key") or "",
        encryption_key=_encryption_key(sender_doc, "encryption_key") or "",
    )
    recipients_doc = typed_field(doc, "recipients", list)
    if not 1 <= len(recipients_doc) <= MAX_RECIPIENTS:
        raise ManifestError("recipients: wrong number")
    recipients = [
        Recipient(
            pattern_field(r, "person_id", UUID_RE), _encryption_key(r, "encryption_key") or ""
        )
        for r in recipients_doc
    ]
    acks_doc = typed_field(doc, "acks", dict)
    if len(acks_doc) > MAX_ACKS:
        raise ManifestError("acks: too many")
    acks = {}
    for device in acks_doc:
        if not DEVICE_RE.fullmatch(device):
            raise ManifestError("acks: device id is not well formed")
        acks[device] = _count(acks_doc, device)
    counts_doc = typed_field(doc, "counts", dict)
    counts = {}
    for kind in counts_doc:
        # A kind this Minga does not know is a newer Minga's: kept as it came.
        if kind not in SPECS and not schema.KIND_NAME_RE.fullmatch(kind):
            raise ManifestError(f"counts: unknown kind {kind[:40]!r}")
        counts[kind] = _count(counts_doc, kind)
    members: dict[str, MemberInfo] = {}
    for member, info in typed_field(doc, "members", dict).items():
        if not (
            member == CONFLICTS or RECORDS_RE.fullmatch(member) or ATTACHMENT_RE.fullmatch(member)
        ):
            raise ManifestError(f"members: unexpected name {member[:80]!r}")
        match = RECORDS_RE.fullmatch(member)
        if match and not schema.KIND_NAME_RE.fullmatch(match.group("kind")):
            raise ManifestError(f"members: unknown kind {match.group('kind')!r}")
        members[member] = MemberInfo(pattern_field(info, "sha256", SHA256_RE), _count(info, "size"))
    created_text = text_field(doc, "created_at", 40) or ""
    try:
        created_at = schema.DateTime().check("created_at", created_text)
    except schema.RecordError as exc:
        raise ManifestError(str(exc)) from None
    roster = [RosterEntry.parse(entry) for entry in typed_field(doc, "roster", list)]
    return Manifest(
        format_version=_count(doc, "format_version"),
        schema_version=pattern_field(doc, "schema_version", SCHEMA_RE),
        app_version=text_field(doc, "app_version", 40) or "",
        bundle_id=pattern_field(doc, "bundle_id", UUID_RE),
        created_at=created_at,
        sender=sender,
        microcentre_id=pattern_field(doc, "microcentre_id", UUID_RE, nullable=True),
        recipients=recipients,
        consolidated=typed_field(doc, "consolidated", bool),
        full=typed_field(doc, "full", bool),
        base_seq=_count(doc, "base_seq"),
        seq_max=_count(doc, "seq_max"),
        acks=acks,
        counts=counts,
        conflicts=_count(doc, "conflicts"),
        members=members,
        roster=roster,
        roster_version=_count(doc, "roster_version") if "roster_version" in doc else 0,
    )
