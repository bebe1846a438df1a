"""What the Sincronizar area reads from the database, as plain data (no Qt).

The sync core writes the history (`BundleLog`), the trust columns of people and the
conflict copies; the area only shows them. These functions are the area's read side,
kept free of Qt (and of the ORM outside this module) so they can move to
`minga.services` unchanged when another part needs them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from minga.core.identity import current_actor
from minga.domain.vocab import Role
from minga.store import meta
from minga.store.db import Database
from minga.store.models import BundleLog, Microcentre, Peer, Person, School

__all__ = [
    "ConflictRow",
    "HistoryEntry",
    "MemberRow",
    "OwnIdentity",
    "conflict_rows",
    "current_record",
    "history_count",
    "history_page",
    "last_bundle",
    "members",
    "own_identity",
    "recipients",
    "record_title",
    "version_time",
]

# Fields that name a record, in the order they are tried.
_TITLE_FIELDS = (
    "title",
    "name",
    "focus",
    "filename",
    "indicator",
    "text",
    "comment",
    "reflection",
    "adjustments",
    "notes",
    "strengths",
    "suggestions",
)
_DATE_FIELDS = ("date", "applied_on", "observed_on", "written_on", "chosen_on", "started_on")
TITLE_MAX = 90


# --- small helpers --------------------------------------------------------------------


def version_time(version: str | None) -> dt.datetime | None:
    """When a version was made (UTC), from its clock part; None for baselines."""
    if not version:
        return None
    head = version.split("-", 1)[0]
    if len(head) != 13 or not head.isdigit() or int(head) == 0:
        return None
    return dt.datetime.fromtimestamp(int(head) / 1000, dt.UTC)


def _fingerprint(signing_key: str | None) -> str | None:
    if not signing_key:
        return None
    from minga.sync.keys import fingerprint

    try:
        return fingerprint(signing_key)
    except ValueError:  # a damaged key (binascii.Error is a ValueError)
        return None


def _one_line(text: str, limit: int = TITLE_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def record_title(record: dict[str, Any]) -> str:
    """A short, one-line name for a record of any kind ("" when it has none)."""
    for name in _TITLE_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return _one_line(value)
    for name in _DATE_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value:
            return value
    return ""


# --- history --------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One bundle (or invitation) sent or received."""

    id: int
    at: dt.datetime
    direction: str  # "in" or "out"
    kind: str  # "bundle" or "invitation"
    peer_name: str  # the sender, or the one recipient ("" when several or unknown)
    recipients: int  # how many people an outgoing bundle was for (0: unknown)
    path: str
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        from pathlib import PureWindowsPath

        # Both separators: a path written on Windows, shown anywhere.
        return PureWindowsPath(self.path).name if self.path else ""


def _kind_of(summary: Any) -> str:
    return (
        "invitation"
        if isinstance(summary, dict) and summary.get("kind") == "invitation"
        else "bundle"
    )


def _entries(session: Any, rows: list[BundleLog]) -> list[HistoryEntry]:
    ids = {row.peer_person_id for row in rows if row.peer_person_id}
    names = {}
    if ids:
        names = dict(
            session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all()
        )
    entries = []
    for row in rows:
        summary = row.summary if isinstance(row.summary, dict) else {}
        recipients = summary.get("recipients")
        count = len(recipients) if isinstance(recipients, list) else 0
        peer = names.get(row.peer_person_id or "", "")
        if not peer and row.direction == "in":
            sender = summary.get("sender")
            if isinstance(sender, dict) and isinstance(sender.get("name"), str):
                peer = sender["name"]
        if not peer and count == 1 and recipients and isinstance(recipients[0], dict):
            peer = str(recipients[0].get("name") or "")
        entries.append(
            HistoryEntry(
                id=row.id,
                at=row.at,
                direction=row.direction,
                kind=_kind_of(summary),
                peer_name=peer,
                recipients=count,
                path=row.path or "",
                summary=summary,
            )
        )
    return entries


def history_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(BundleLog.id))) or 0)


def history_page(db: Database, offset: int, limit: int) -> list[HistoryEntry]:
    """Bundles sent and received, newest first, `limit` of them from `offset`."""
    with db.session() as session:
        rows = list(
            session.scalars(
                select(BundleLog)
                .order_by(BundleLog.at.desc(), BundleLog.id.desc())
                .offset(offset)
                .limit(limit)
            )
        )
        return _entries(session, rows)


def last_bundle(db: Database) -> HistoryEntry | None:
    """The latest bundle sent or received (invitations aside): one small query."""
    with db.session() as session:
        rows = list(
            session.scalars(
                select(BundleLog).order_by(BundleLog.at.desc(), BundleLog.id.desc()).limit(8)
            )
        )
        for entry in _entries(session, rows):
            if entry.kind == "bundle":
                return entry
    return None


# --- people ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    person_id: str
    name: str
    role: str
    school: str
    membership: str  # active, pending, removed
    fingerprint: str | None
    last_seen: dt.datetime | None
    is_self: bool
    meeting_host: bool = False  # the advisor named her host of the meeting's room


def members(db: Database) -> list[MemberRow]:
    """The people of the microcentre with their keys' fingerprints; pending ones first."""
    from minga.sync.roster import meeting_host

    with db.session() as session:
        actor = current_actor(session)
        host = meeting_host(session)
        schools = dict(session.execute(select(School.id, School.name)).all())
        seen = dict(
            session.execute(
                select(Peer.person_id, func.max(Peer.last_seen_at)).group_by(Peer.person_id)
            ).all()
        )
        people = session.scalars(
            select(Person).where(Person.deleted.is_(False)).order_by(Person.name, Person.id)
        )
        rows = [
            MemberRow(
                person_id=p.id,
                name=p.name,
                role=p.role,
                school=schools.get(p.school_id or "", ""),
                membership=p.membership,
                fingerprint=_fingerprint(p.signing_key),
                last_seen=seen.get(p.id),
                is_self=p.id == actor.person_id,
                meeting_host=host is not None and p.id == host.id,
            )
            for p in people
        ]
    order = {"pending": 0, "active": 1, "removed": 2}
    return sorted(rows, key=lambda r: (order.get(r.membership, 3), r.name.casefold()))


def recipients(db: Database) -> list[tuple[str, str]]:
    """(person id, name) of the members the advisor can send a bundle to now."""
    with db.session() as session:
        actor = current_actor(session)
        rows = session.execute(
            select(Person.id, Person.name)
            .where(
                Person.deleted.is_(False),
                Person.membership == "active",
                Person.encryption_key.is_not(None),
                Person.id != actor.person_id,
            )
            .order_by(Person.name)
        ).all()
        return [(pid, name) for pid, name in rows]


@dataclass(frozen=True)
class OwnIdentity:
    """This installation as the Sincronizar area shows it."""

    person_id: str
    device_id: str
    name: str
    role: str
    fingerprint: str | None  # None until the keys are made
    microcentre: str
    advisor_name: str | None  # a teacher's trusted advisor (None: not joined yet)
    advisor_fingerprint: str | None

    @property
    def is_advisor(self) -> bool:
        return self.role == Role.ADVISOR

    @property
    def joined(self) -> bool:
        """A teacher who imported an invitation (the advisor always is "in")."""
        return self.is_advisor or self.advisor_name is not None


def own_identity(db: Database) -> OwnIdentity:
    """Public facts only: reading them never asks for the key file's passphrase."""
    from minga.sync import membership

    with db.session() as session:
        actor = current_actor(session)
        me = session.get(Person, actor.person_id)
        advisor = None
        advisor_id = membership.trusted_advisor(session)
        if advisor_id:
            advisor = session.get(Person, advisor_id)
        centre_id = meta.get(session, membership.MICROCENTRE_KEY) or actor.microcentre_id
        centre = session.get(Microcentre, centre_id) if centre_id else None
        return OwnIdentity(
            person_id=actor.person_id,
            device_id=actor.device_id,
            name=actor.name,
            role=actor.role,
            fingerprint=_fingerprint(me.signing_key if me else None),
            microcentre=centre.name if centre is not None and not centre.deleted else "",
            advisor_name=advisor.name if advisor is not None else None,
            advisor_fingerprint=_fingerprint(advisor.signing_key) if advisor else None,
        )


# --- conflicts ------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictRow:
    id: int
    kind: str
    record_id: str
    title: str
    owner_name: str
    is_mine: bool
    version_at: dt.datetime | None  # when the kept copy was made
    current_at: dt.datetime | None  # when the version in use was made
    detected_at: dt.datetime
    payload: dict[str, Any]


def conflict_rows(db: Database) -> list[ConflictRow]:
    """The conflict copies not yet restored or dismissed, newest first."""
    from minga.sync.conflicts import list_conflicts

    infos = list_conflicts(db)
    owners = {info.owner for info in infos if info.owner}
    names: dict[str, str] = {}
    if owners:
        with db.session() as session:
            names = dict(
                session.execute(select(Person.id, Person.name).where(Person.id.in_(owners))).all()
            )
    return [
        ConflictRow(
            id=info.id,
            kind=info.kind,
            record_id=info.record_id,
            title=record_title(info.payload),
            owner_name=names.get(info.owner, ""),
            is_mine=info.is_mine,
            version_at=version_time(info.version),
            current_at=version_time(info.current_version),
            detected_at=info.detected_at,
            payload=info.payload,
        )
        for info in infos
    ]


def current_record(db: Database, kind: str, record_id: str) -> dict[str, Any] | None:
    """The version of a record in use here, as it would travel (None if there is none)."""
    from minga.sync.records import SPECS

    spec = SPECS.get(kind)
    if spec is None:
        return None
    with db.session() as session:
        row = session.execute(select(*spec.columns).where(spec.table.c.id == record_id)).first()
        if row is None:
            return None
        record = spec.encode(row)
    # A JSON round trip: the same plain types as a stored copy (dates as text).
    return json.loads(json.dumps(record, default=str))
