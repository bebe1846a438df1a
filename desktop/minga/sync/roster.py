"""The roster of a microcentre and the trust in a bundle's sender: who the advisor is, the
members with their keys and state, the roster's version, removals, rejoins and revoked
keys, accepting a member, and deciding on the sender of a bundle (re-exported by
`minga.sync.membership`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minga.core.identity import Actor, current_actor
from minga.domain.vocab import Role
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store import meta
from minga.store.models import Microcentre, Person
from minga.sync.errors import (
    AdvisorOnlyError,
    KeyChangedError,
    NewMemberError,
    NoMicrocentreError,
    NotAMemberError,
    OwnBundleError,
    RejoiningMemberError,
    RemovedMemberError,
    RevokedKeyError,
    UntrustedSenderError,
)
from minga.sync.manifest import (
    Manifest,
    RosterEntry,
)
from minga.sync.records import UUID_RE

if TYPE_CHECKING:
    from minga.core.workspace import Workspace


ADVISOR_KEY = "sync_advisor_id"
# The roster's version: on the advisor's installation the current one (raised by every
# change of membership or keys), on a teacher's the newest one applied.
ROSTER_VERSION_KEY = "sync_roster_version"
REMOVAL_REASON_PREFIX = "sync_removed:"
# A removed member whose shared practices were withdrawn from the library at her request.
WITHDRAWN_PREFIX = "sync_withdrawn:"
# (Advisor) A member invited back with new keys: the invitation's id, until her first
# bundle with the new keys is accepted.
REJOIN_PREFIX = "sync_rejoin:"
# Signing keys replaced when their member came back: bundles signed with them are
# refused with a sentence saying so (the value is the person id).
REVOKED_PREFIX = "sync_revoked:"
MICROCENTRE_KEY = "sync_microcentre_id"
# The member the advisor named host of the meeting's room (person id; absent: none). On
# the advisor's installation her choice, on a member's the one of the roster applied.
MEETING_HOST_KEY = "sync_meeting_host"
INVITATION_FORMAT = "minga-invitation"
MAX_INVITATION_BYTES = 4 * 1024**2
# Rows known only from a roster carry this version, lower than any real one: the real
# record replaces them when it arrives, and they never count as a conflict.
STUB_DEVICE = "invitation"
STUB_VERSION = f"{0:013d}-0000-{STUB_DEVICE}"

ACTIVE, PENDING, REMOVED = "active", "pending", "removed"


# --- the roster -----------------------------------------------------------------------


def advisor_microcentre(session: Session, actor: Actor) -> Microcentre:
    """The microcentre this advisor runs; refuses for teachers and unset microcentres."""
    if actor.role != Role.ADVISOR:
        raise AdvisorOnlyError()
    microcentre = None
    if actor.microcentre_id:
        microcentre = session.get(Microcentre, actor.microcentre_id)
    if microcentre is None:
        microcentre = session.scalars(
            select(Microcentre).where(
                Microcentre.advisor_id == actor.person_id, Microcentre.deleted.is_(False)
            )
        ).first()
    if microcentre is None:
        raise NoMicrocentreError()
    return microcentre


def roster(session: Session, actor: Actor) -> list[RosterEntry]:
    """The advisor's members (active and removed), each with the keys the advisor trusts."""
    people = session.scalars(
        select(Person)
        .where(Person.deleted.is_(False), Person.membership.in_((ACTIVE, REMOVED)))
        .order_by(Person.name, Person.id)
    )
    revoked = revoked_keys(session)
    return [roster_entry(person, revoked.get(person.id, ())) for person in people]


def roster_entry(person: Person, revoked: tuple[str, ...] = ()) -> RosterEntry:
    return RosterEntry(
        person_id=person.id,
        name=person.name,
        role=person.role,
        school_id=person.school_id,
        microcentre_id=person.microcentre_id,
        membership=person.membership,
        signing_key=person.signing_key,
        encryption_key=person.encryption_key,
        practices_withdrawn=person.membership == REMOVED and _withdrawn(person),
        revoked_keys=tuple(key for key in revoked if key != person.signing_key),
        meeting_host=_is_meeting_host(person),
    )


def _is_meeting_host(person: Person) -> bool:
    from sqlalchemy.orm import object_session

    session = object_session(person)
    return (
        session is not None
        and person.membership == ACTIVE
        and meta.get(session, MEETING_HOST_KEY) == person.id
    )


def meeting_host(session: Session) -> Person | None:
    """The member named host of the meeting's room, while she is an active member with
    keys; None when the advisor hosts it herself."""
    person_id = meta.get(session, MEETING_HOST_KEY)
    person = session.get(Person, person_id) if person_id else None
    if (
        person is None
        or person.deleted
        or person.membership != ACTIVE
        or not person.signing_key
        or person.role == Role.ADVISOR
    ):
        return None
    return person


def name_meeting_host(session: Session, person_id: str | None) -> tuple[Person | None, bool]:
    """(Advisor) Names the member who hosts the meeting's room (None: the advisor
    herself). A change raises the roster version, so every member applies it with the
    roster of the advisor's next bundle. Returns the host and whether anything changed."""
    actor = current_actor(session)
    if actor.role != Role.ADVISOR:
        raise AdvisorOnlyError()
    before = meeting_host(session)
    person = None
    if person_id is not None:
        person = session.get(Person, person_id)
        if (
            person is None
            or person.deleted
            or person.id == actor.person_id
            or person.membership != ACTIVE
            or not person.signing_key
        ):
            from minga.domain.errors import ValidationError

            raise ValidationError(
                "person",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only an active member of the microcentre can host the meeting's room.",
                ),
            )
    if (before.id if before else None) == (person.id if person else None):
        return person, False
    if person is None:
        meta.delete(session, MEETING_HOST_KEY)
    else:
        meta.put(session, MEETING_HOST_KEY, person.id)
    bump_roster(session)
    session.flush()
    return person, True


def revoked_keys(session: Session) -> dict[str, tuple[str, ...]]:
    """Every revoked signing key known here, by the person it belonged to (sorted, so
    the roster's bytes do not depend on the table's order)."""
    from minga.store.models import Meta

    found: dict[str, list[str]] = {}
    for row in session.scalars(
        select(Meta).where(Meta.key.startswith(REVOKED_PREFIX, autoescape=True))
    ):
        found.setdefault(row.value, []).append(row.key[len(REVOKED_PREFIX) :])
    return {person_id: tuple(sorted(keys)) for person_id, keys in found.items()}


def _withdrawn(person: Person) -> bool:
    from sqlalchemy.orm import object_session

    session = object_session(person)
    return session is not None and meta.get(session, WITHDRAWN_PREFIX + person.id) == "1"


def withdraw_practices(session: Session, person_id: str) -> int:
    """A removed member's shared practices (and their evidence records) leave the
    library on this installation: marked deleted here, their version kept, so a copy of
    the same version arriving later changes nothing. Every installation does the same
    when the advisor's roster says so. Returns how many practices went."""
    from minga.store.models import Attachment, Practice

    meta.put(session, WITHDRAWN_PREFIX + person_id, "1")
    practices = list(
        session.scalars(
            select(Practice).where(Practice.owner == person_id, Practice.deleted.is_(False))
        )
    )
    ids = [p.id for p in practices]
    for row in practices:
        row.deleted = True
    if ids:
        for attachment in session.scalars(
            select(Attachment).where(
                Attachment.parent_kind == "practice",
                Attachment.parent_id.in_(ids),
                Attachment.deleted.is_(False),
            )
        ):
            attachment.deleted = True
    session.flush()
    return len(ids)


def roster_version(session: Session) -> int:
    value = meta.get(session, ROSTER_VERSION_KEY)
    try:
        return max(int(value), 0) if value is not None else 0
    except ValueError:
        return 0


def bump_roster(session: Session) -> int:
    """(Advisor) A change of membership or keys: the next roster version."""
    version = roster_version(session) + 1
    meta.put(session, ROSTER_VERSION_KEY, str(version))
    return version


def apply_roster(
    session: Session, actor: Actor, entries: list[RosterEntry], version: int = 0
) -> bool:
    """Takes the advisor's word on members: their membership and keys (not our own).

    Only a roster at least as new as the last one applied counts: an old bundle or an
    old invitation imported again never brings back a member removed since, nor old
    keys. (Bundles of an older Minga carry no version: 0.) True when applied.
    """
    current = roster_version(session)
    if version < current:
        return False
    if version > current:
        meta.put(session, ROSTER_VERSION_KEY, str(version))
    for entry in entries:
        if entry.person_id == actor.person_id:
            continue
        person = session.get(Person, entry.person_id)
        if person is None:
            person = Person(
                id=entry.person_id,
                owner=entry.person_id,
                version=STUB_VERSION,
                name=entry.name,
                role=entry.role,
                school_id=entry.school_id,
                microcentre_id=entry.microcentre_id,
                email="",
                updated_at=dt.datetime(1970, 1, 1, tzinfo=dt.UTC),
            )
            session.add(person)
        if person.signing_key and entry.signing_key and person.signing_key != entry.signing_key:
            revoke_key(session, person.id, person.signing_key)
        for key in entry.revoked_keys:
            # The advisor's word: refused here too, even if this computer never knew it.
            if key != entry.signing_key and revoked_owner(session, key) != person.id:
                revoke_key(session, person.id, key)
        _set_if_changed(
            person,
            membership=entry.membership,
            signing_key=entry.signing_key,
            encryption_key=entry.encryption_key,
        )
        if (
            entry.membership == REMOVED
            and entry.practices_withdrawn
            and meta.get(session, WITHDRAWN_PREFIX + person.id) != "1"
        ):
            withdraw_practices(session, person.id)
    named = [e.person_id for e in entries if e.meeting_host and e.membership == ACTIVE]
    if named:
        meta.put(session, MEETING_HOST_KEY, named[0])
    elif meta.get(session, MEETING_HOST_KEY) is not None:
        meta.delete(session, MEETING_HOST_KEY)
    return True


def revoke_key(session: Session, person_id: str, signing_key: str) -> None:
    """Bundles signed with `signing_key` (the member's replaced key) are refused from now
    on, with a sentence that says why."""
    meta.put(session, REVOKED_PREFIX + signing_key, person_id)


def revoked_owner(session: Session, signing_key: str) -> str | None:
    """The person whose replaced key this is, or None for a key never revoked here."""
    return meta.get(session, REVOKED_PREFIX + signing_key)


def pending_rejoin(session: Session, person_id: str) -> str | None:
    """(Advisor) The id of the re-admission invitation waiting for this member's new keys."""
    return meta.get(session, REJOIN_PREFIX + person_id)


def _set_if_changed(row: Any, **values: Any) -> None:
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def remove_member(
    session: Session, person_id: str, reason: str = "", *, withdraw: bool = False
) -> Person:
    """(Advisor) The person's bundles are refused from now on, here and, through the
    roster of the next bundles, on every member's computer; exports leave her out. Her
    records stay under her name, unless she asked (`withdraw`) that the practices she
    shared leave the library too. The removal raises the roster version, so no older
    roster or invitation brings her back."""
    actor = current_actor(session)
    if actor.role != Role.ADVISOR:
        raise AdvisorOnlyError()
    person = session.get(Person, person_id)
    if person is None or person.deleted or person.membership not in (ACTIVE, PENDING, REMOVED):
        from minga.domain.errors import NotFoundError

        raise NotFoundError(id=person_id)
    if person.id == actor.person_id:
        raise AdvisorOnlyError()
    if person.membership != REMOVED:
        _set_if_changed(person, membership=REMOVED)
        bump_roster(session)
        meta.put(session, REMOVAL_REASON_PREFIX + person.id, (reason or "").strip()[:500])
    elif (reason or "").strip():
        meta.put(session, REMOVAL_REASON_PREFIX + person.id, reason.strip()[:500])
    if withdraw and meta.get(session, WITHDRAWN_PREFIX + person.id) != "1":
        withdraw_practices(session, person.id)
        bump_roster(session)
    session.flush()
    return person


def removal_reason(session: Session, person_id: str) -> str:
    return meta.get(session, REMOVAL_REASON_PREFIX + person_id) or ""


@dataclass(frozen=True)
class Removal:
    person_id: str
    name: str
    reason: str
    roster_version: int
    already_removed: bool
    practices_withdrawn: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "reason": self.reason,
            "roster_version": self.roster_version,
            "already_removed": self.already_removed,
            "practices_withdrawn": self.practices_withdrawn,
        }


def find_member(session: Session, ref: str) -> Person:
    """A member by person id, or by name when exactly one member has it (the command
    line's PERSON); `NotFoundError` otherwise."""
    from minga.domain.errors import NotFoundError
    from minga.domain.validation import fold

    text = (ref or "").strip()
    person = session.get(Person, text) if UUID_RE.match(text) else None
    if person is None:
        wanted = fold(text)
        matches = [
            p
            for p in session.scalars(
                select(Person).where(
                    Person.deleted.is_(False), Person.membership.in_((ACTIVE, PENDING, REMOVED))
                )
            )
            if fold(p.name) == wanted
        ]
        person = matches[0] if len(matches) == 1 else None
    if person is None or person.deleted:
        raise NotFoundError(id=text)
    return person


def remove(ws: Workspace, ref: str, reason: str = "", *, withdraw: bool = False) -> Removal:
    """(Advisor) `member remove`: retires a member from the microcentre (see
    `remove_member`), with a reason; removing someone already removed changes nothing."""
    with ws.db.session() as session:
        actor = current_actor(session)
        if actor.role != Role.ADVISOR:
            raise AdvisorOnlyError()
        person = find_member(session, ref)
        already = person.membership == REMOVED
        if not already and not (reason or "").strip():
            from minga.domain.errors import ValidationError

            raise ValidationError(
                "reason",
                QT_TRANSLATE_NOOP(
                    "errors", "Say why {name} leaves the microcentre (a reason is required)."
                ),
                name=person.name,
            )
        remove_member(session, person.id, reason, withdraw=withdraw)
        return Removal(
            person.id,
            person.name,
            removal_reason(session, person.id),
            roster_version(session),
            already,
            meta.get(session, WITHDRAWN_PREFIX + person.id) == "1",
        )


@dataclass(frozen=True)
class HostNaming:
    person_id: str | None  # None: the advisor hosts the room herself
    name: str
    roster_version: int
    changed: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "roster_version": self.roster_version,
            "changed": self.changed,
        }


def name_host(ws: Workspace, ref: str | None) -> HostNaming:
    """(Advisor) `member host PERSON` / `--none`: names the member (person id or full
    name) who hosts the meeting's room, or none (the advisor hosts it)."""
    with ws.db.session() as session:
        actor = current_actor(session)
        if actor.role != Role.ADVISOR:
            raise AdvisorOnlyError()
        person_id = find_member(session, ref).id if ref is not None else None
        person, changed = name_meeting_host(session, person_id)
        return HostNaming(
            person.id if person else None,
            person.name if person else "",
            roster_version(session),
            changed,
        )


def accept_member(session: Session, person_id: str, signing_key: str, encryption_key: str) -> None:
    """(Advisor) Trusts `person_id` with these keys (after comparing fingerprints)."""
    person = session.get(Person, person_id)
    if person is not None:
        _set_if_changed(
            person, membership=ACTIVE, signing_key=signing_key, encryption_key=encryption_key
        )
        bump_roster(session)


def pending_members(session: Session) -> list[RosterEntry]:
    """People whose records arrived but whom the advisor has not accepted (for the GUI)."""
    people = session.scalars(select(Person).where(Person.membership == PENDING))
    return [roster_entry(person) for person in people]


def trusted_advisor(session: Session) -> str | None:
    """(Teacher) The person id of the advisor whose invitation was imported."""
    return meta.get(session, ADVISOR_KEY)


# --- deciding on a bundle's sender ----------------------------------------------------


@dataclass(frozen=True)
class Trust:
    """Why a bundle's sender is accepted."""

    relation: str  # "advisor", "member", "self" (another device of this person)
    consolidated: bool  # signed by the advisor: may carry everyone's records
    accept_sender: bool = False  # the advisor accepts a new member (or a new key)


def check_sender(
    session: Session, actor: Actor, manifest: Manifest, name: str, accept_new_members: bool
) -> Trust:
    """Accepts the bundle's signer, or raises the reason it is refused."""
    sender = manifest.sender
    if sender.device_id == actor.device_id:
        raise OwnBundleError(name=name)
    person = session.get(Person, sender.person_id)

    def untrusted() -> UntrustedSenderError:
        return UntrustedSenderError(name=name, sender=sender.name, fingerprint=sender.fingerprint)

    if sender.person_id == actor.person_id:
        # Another computer of this same person: it must hold the keys published here.
        if person is not None and person.signing_key == sender.signing_key:
            return Trust("self", consolidated=actor.role == Role.ADVISOR)
        raise untrusted()
    if person is not None and person.membership == REMOVED:
        raise RemovedMemberError(name=name, sender=person.name)
    if revoked_owner(session, sender.signing_key) == sender.person_id:
        raise RevokedKeyError(
            name=name, sender=person.name if person else sender.name, fingerprint=sender.fingerprint
        )

    if actor.role == Role.ADVISOR:
        if (
            person is not None
            and person.membership == ACTIVE
            and person.signing_key == sender.signing_key
        ):
            return Trust("member", consolidated=False)
        if (
            person is not None
            and person.membership == ACTIVE
            and pending_rejoin(session, person.id) is not None
        ):
            # A member invited back ("Volver a incorporar"): her new keys are taken on
            # the advisor's word, after comparing fingerprints, and the old ones revoked.
            if accept_new_members:
                return Trust("member", consolidated=False, accept_sender=True)
            raise RejoiningMemberError(
                name=name,
                sender=person.name or sender.name,
                fingerprint=sender.fingerprint,
                sender_id=sender.person_id,
            )
        if person is not None and person.signing_key and person.membership == ACTIVE:
            # A known member with another key: `--accept-new-members` admits new people
            # only; a member's keys change only through the advisor's roster.
            raise KeyChangedError(
                name=name,
                sender=person.name or sender.name,
                fingerprint=sender.fingerprint,
                sender_id=sender.person_id,
            )
        if accept_new_members:
            return Trust("member", consolidated=False, accept_sender=True)
        raise NewMemberError(
            name=name,
            sender=sender.name,
            fingerprint=sender.fingerprint,
            sender_id=sender.person_id,
        )

    advisor_id = trusted_advisor(session)
    if advisor_id is None:
        raise NotAMemberError()
    if sender.person_id == advisor_id:
        if person is not None and person.signing_key == sender.signing_key:
            return Trust("advisor", consolidated=True)
        raise untrusted()
    if (
        person is not None
        and person.membership == ACTIVE
        and person.signing_key
        and person.signing_key == sender.signing_key
    ):
        return Trust("member", consolidated=False)
    raise untrusted()


def apply_sender_trust(session: Session, actor: Actor, manifest: Manifest, trust: Trust) -> None:
    """After the records: an accepted new member, the advisor's roster, and the peer."""
    sender = manifest.sender
    if trust.accept_sender:
        person = session.get(Person, sender.person_id)
        if person is None:
            person = Person(
                id=sender.person_id,
                owner=sender.person_id,
                version=STUB_VERSION,
                name=sender.name,
                role=sender.role,
                email="",
                updated_at=dt.datetime(1970, 1, 1, tzinfo=dt.UTC),
            )
            session.add(person)
        if person.signing_key and person.signing_key != sender.signing_key:
            revoke_key(session, person.id, person.signing_key)
        meta.delete(session, REJOIN_PREFIX + person.id)
        _set_if_changed(
            person,
            membership=ACTIVE,
            signing_key=sender.signing_key,
            encryption_key=sender.encryption_key,
        )
        bump_roster(session)
    if trust.relation == "advisor":
        apply_roster(session, actor, manifest.roster, manifest.roster_version)
