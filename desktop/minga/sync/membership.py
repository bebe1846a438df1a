"""Who belongs to the microcentre, and whose bundles this installation accepts.

Trust is anchored in the advisor (docs/bundle-format.md, Identity, trust and invitations):

- The advisor writes an **invitation** (`write_invitation`): the microcentre, the advisor's
  public keys and the roster (schools; members with their public keys), signed with the
  advisor's key. It reveals the microcentre's, schools' and members' names and their
  public keys: no e-mail addresses, no records, nothing private.
- A teacher who imports it (`join`) becomes a member: the advisor's keys are trusted from
  then on, and the people and schools of the roster are known.
- A teacher's first bundle introduces the teacher's keys to the advisor, who accepts the
  new member explicitly (`accept_new_members`, after comparing fingerprints); a member
  the advisor removed (`remove_member`) is refused from then on.
- Teachers accept bundles signed by the trusted advisor, or by a member the advisor
  vouched for (the roster of an invitation or of an advisor's bundle).

Trust lives in the person rows (`membership`, `signing_key`, `encryption_key`) and, on a
teacher's installation, in `meta` (who the advisor is). Merging records never changes
those columns of a known person: only the advisor's roster and the advisor's own
decisions do.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minga import __version__
from minga.core.files import atomic_output
from minga.core.identity import Actor, current_actor, stamper
from minga.domain import schema
from minga.domain.vocab import Role
from minga.store import meta
from minga.store.db import SCHEMA_HEAD
from minga.store.models import BundleLog, Microcentre, Peer, Person, School
from minga.sync import keys as keymod
from minga.sync.container import INVITATION_MAGIC, prefix, read_prefix
from minga.sync.errors import (
    AdvisorKeyChangedError,
    InvitationForAdvisorError,
    KeysInUseError,
    MalformedBundleError,
    OtherMicrocentreError,
    RejoinNotAllowedError,
    RejoinOtherPersonError,
    TamperedBundleError,
)
from minga.sync.manifest import (
    DEVICE_RE,
    ManifestError,
    RosterEntry,
    pattern_field,
    text_field,
    typed_field,
)
from minga.sync.records import UUID_RE

if TYPE_CHECKING:
    from minga.core.workspace import Workspace
from minga.sync.roster import (
    ACTIVE,
    ADVISOR_KEY,
    INVITATION_FORMAT,
    MAX_INVITATION_BYTES,
    MEETING_HOST_KEY,
    MICROCENTRE_KEY,
    PENDING,
    REJOIN_PREFIX,
    REMOVAL_REASON_PREFIX,
    REMOVED,
    REVOKED_PREFIX,
    ROSTER_VERSION_KEY,
    STUB_DEVICE,
    STUB_VERSION,
    Removal,
    Trust,
    accept_member,
    advisor_microcentre,
    apply_roster,
    apply_sender_trust,
    bump_roster,
    check_sender,
    find_member,
    meeting_host,
    name_host,
    name_meeting_host,
    pending_members,
    pending_rejoin,
    removal_reason,
    remove,
    remove_member,
    revoke_key,
    revoked_owner,
    roster,
    roster_entry,
    roster_version,
    trusted_advisor,
)

# --- invitations ----------------------------------------------------------------------


@dataclass(frozen=True)
class Invitation:
    invitation_id: str
    created_at: str
    microcentre: dict[str, Any]
    advisor: RosterEntry
    advisor_device_id: str
    schools: list[dict[str, Any]]
    members: list[RosterEntry]
    roster_version: int = 0
    # A re-admission ("Volver a incorporar"): the member this invitation lets come back
    # with a new installation and new keys.
    rejoin: RosterEntry | None = None

    @property
    def fingerprint(self) -> str:
        return keymod.fingerprint(self.advisor.signing_key or "")


@dataclass(frozen=True)
class InvitationInfo:
    path: Path
    microcentre: str
    members: int
    schools: int
    fingerprint: str
    rejoin_name: str = ""


def write_invitation(
    ws: Workspace,
    out: Path,
    vault: keymod.KeyVault | None = None,
    *,
    rejoin: str | None = None,
) -> InvitationInfo:
    """(Advisor) Writes the signed invitation file for teachers to `out`.

    With `rejoin` (a member's person id or name), the invitation lets that member's new
    installation become her again, with new keys: the only way a member's keys change.
    Her first bundle with the new keys waits for the advisor's word (the fingerprints
    compared), then the roster announces the new keys and revokes the old ones."""
    vault = vault or keymod.KeyVault(ws.root)
    with ws.db.session() as session:
        actor = current_actor(session)
        microcentre = advisor_microcentre(session, actor)
        returning = None
        if rejoin is not None:
            returning = find_member(session, rejoin)
            if (
                returning.id == actor.person_id
                or returning.membership != ACTIVE
                or returning.role == Role.ADVISOR
            ):
                raise RejoinNotAllowedError(person=returning.name)
        device_keys = keymod.ensure_keys(session, vault)
        public = device_keys.public
        advisor = session.get(Person, actor.person_id)
        assert advisor is not None  # current_actor found this person
        members = [e for e in roster(session, actor) if e.person_id != actor.person_id]
        schools = session.scalars(
            select(School).where(School.deleted.is_(False)).order_by(School.name)
        ).all()
        body = {
            "format": INVITATION_FORMAT,
            "format_version": 1,
            "invitation_id": str(uuid.uuid4()),
            "created_at": ws.db.clock.now().isoformat(),
            "app_version": __version__,
            "schema_version": SCHEMA_HEAD,
            "microcentre": {
                "id": microcentre.id,
                "owner": microcentre.owner,
                "name": microcentre.name,
                "region": microcentre.region,
                "commune": microcentre.commune,
                "annual_focus": microcentre.annual_focus,
                "annual_goal_practices": microcentre.annual_goal_practices,
                "advisor_id": microcentre.advisor_id or actor.person_id,
            },
            "advisor": {
                **roster_entry(advisor).as_json(),
                "microcentre_id": microcentre.id,
                "signing_key": public.signing_key,
                "encryption_key": public.encryption_key,
                "device_id": actor.device_id,
            },
            "schools": [
                {
                    "id": school.id,
                    "owner": school.owner,
                    "name": school.name,
                    "rbd": school.rbd,
                    "commune": school.commune,
                    "microcentre_id": school.microcentre_id,
                }
                for school in schools
            ],
            "members": [entry.as_json() for entry in members],
            "roster_version": roster_version(session),
        }
        if returning is not None:
            body["rejoin"] = {
                **roster_entry(returning).as_json(),
                "signing_key": None,
                "encryption_key": None,
            }
            meta.put(session, REJOIN_PREFIX + returning.id, str(body["invitation_id"]))
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        signature = base64.b64encode(device_keys.sign(data))
        with atomic_output(Path(out)) as handle:
            handle.write(prefix(INVITATION_MAGIC))
            handle.write(data + b"\n")
            handle.write(signature + b"\n")
        session.add(
            BundleLog(
                bundle_id=body["invitation_id"],
                direction="out",
                path=str(out),
                summary={
                    "kind": "invitation",
                    "members": len(members),
                    **({"rejoin": returning.id} if returning is not None else {}),
                },
            )
        )
        return InvitationInfo(
            Path(out),
            microcentre.name,
            len(members),
            len(schools),
            public.fingerprint,
            returning.name if returning is not None else "",
        )


def read_invitation(handle: IO[bytes], name: str) -> Invitation:
    """The invitation after its prefix line, its signature checked against its own key.

    The signature proves the file is whole and was made with the key it names; whether
    that key is really the advisor's is what the fingerprint, read aloud, confirms.
    """
    data = handle.read(MAX_INVITATION_BYTES + 1)
    if len(data) > MAX_INVITATION_BYTES:
        raise MalformedBundleError(name=name, detail="the invitation is too large")
    lines = data.split(b"\n")
    if len(lines) != 3 or lines[2] != b"":
        raise MalformedBundleError(name=name, detail="an invitation has two lines")
    body, signature_line = lines[0], lines[1]
    try:
        doc = json.loads(body.decode("utf-8"))
        invitation = _parse_invitation(doc)
        signature = base64.b64decode(signature_line, validate=True)
    except (ManifestError, ValueError, binascii.Error, RecursionError) as exc:
        raise MalformedBundleError(name=name, detail=f"invitation: {exc}") from None
    if not keymod.verify_signature(invitation.advisor.signing_key or "", body, signature):
        raise TamperedBundleError(name=name)
    return invitation


def _parse_invitation(doc: Any) -> Invitation:
    if typed_field(doc, "format", str) != INVITATION_FORMAT:
        raise ManifestError("format is not minga-invitation")
    advisor_doc = typed_field(doc, "advisor", dict)
    advisor = RosterEntry.parse(advisor_doc)
    if not advisor.signing_key or not advisor.encryption_key or advisor.role != Role.ADVISOR:
        raise ManifestError("the advisor's keys are missing")
    centre = typed_field(doc, "microcentre", dict)
    goal = typed_field(centre, "annual_goal_practices", int)
    schema.check_value("microcentre", "annual_goal_practices", goal)  # RecordError: ValueError
    microcentre = {
        "id": pattern_field(centre, "id", UUID_RE),
        "owner": pattern_field(centre, "owner", UUID_RE),
        "name": text_field(centre, "name", 200),
        "region": text_field(centre, "region", 120),
        "commune": text_field(centre, "commune", 120),
        "annual_focus": text_field(centre, "annual_focus", 500, multiline=True),
        "annual_goal_practices": goal,
        "advisor_id": pattern_field(centre, "advisor_id", UUID_RE),
    }
    if microcentre["advisor_id"] != advisor.person_id:
        raise ManifestError("the microcentre names another advisor")
    schools = [
        {
            "id": pattern_field(s, "id", UUID_RE),
            "owner": pattern_field(s, "owner", UUID_RE),
            "name": text_field(s, "name", 200),
            "rbd": text_field(s, "rbd", 12),
            "commune": text_field(s, "commune", 120),
            "microcentre_id": pattern_field(s, "microcentre_id", UUID_RE, nullable=True),
        }
        for s in typed_field(doc, "schools", list)
    ]
    return Invitation(
        invitation_id=pattern_field(doc, "invitation_id", UUID_RE),
        created_at=text_field(doc, "created_at", 40) or "",
        microcentre=microcentre,
        advisor=advisor,
        advisor_device_id=pattern_field(advisor_doc, "device_id", DEVICE_RE),
        schools=schools,
        members=[RosterEntry.parse(m) for m in typed_field(doc, "members", list)],
        roster_version=_roster_version(doc),
        rejoin=_rejoin(doc, advisor),
    )


def _rejoin(doc: Any, advisor: RosterEntry) -> RosterEntry | None:
    """The member a re-admission invitation is for (absent in other invitations)."""
    if "rejoin" not in doc:
        return None
    entry = RosterEntry.parse(typed_field(doc, "rejoin", dict))
    if entry.person_id == advisor.person_id or entry.role == Role.ADVISOR:
        raise ManifestError("a re-admission is for a member, not the advisor")
    if entry.membership != ACTIVE:
        raise ManifestError("a re-admission is for an active member")
    return entry


def _roster_version(doc: Any) -> int:
    """Invitations of an older Minga carry no roster version: 0."""
    if "roster_version" not in doc:
        return 0
    value = typed_field(doc, "roster_version", int)
    if not 0 <= value <= 2**62:
        raise ManifestError("roster_version is out of range")
    return value


@dataclass(frozen=True)
class JoinResult:
    microcentre: str
    advisor_name: str
    advisor_fingerprint: str
    own_fingerprint: str
    members: int
    already_member: bool
    rejoined: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": "invitation",
            "microcentre": self.microcentre,
            "advisor": self.advisor_name,
            "advisor_fingerprint": self.advisor_fingerprint,
            "fingerprint": self.own_fingerprint,
            "members": self.members,
            "already_member": self.already_member,
            "rejoined": self.rejoined,
        }


def join(
    ws: Workspace,
    invitation: Invitation,
    vault: keymod.KeyVault | None = None,
    *,
    path: Path | str | None = None,
) -> JoinResult:
    """(Teacher) Joins the invitation's microcentre and trusts its advisor's keys.
    `path`, the file it came in, is kept in the history.

    The microcentre, schools and people of the roster are added as placeholder rows
    (replaced by the real records in the advisor's first bundle); the teacher's own
    record and school now point at the microcentre. A microcentre the teacher typed at
    setup is retired (a tombstone), since the advisor's is the real one.
    """
    vault = vault or keymod.KeyVault(ws.root)
    with ws.db.session() as session:
        if invitation.rejoin is not None:
            _become(session, invitation)
        actor = current_actor(session)
        if actor.role == Role.ADVISOR:
            raise InvitationForAdvisorError()
        advisor = invitation.advisor
        known_advisor = trusted_advisor(session)
        already = False
        if known_advisor is not None:
            trusted = session.get(Person, known_advisor)
            if known_advisor != advisor.person_id:
                raise OtherMicrocentreError(microcentre=invitation.microcentre["name"])
            if trusted is not None and trusted.signing_key != advisor.signing_key:
                raise AdvisorKeyChangedError(fingerprint=invitation.fingerprint)
            already = True
        _insert_stubs(session, invitation)
        apply_roster(session, actor, [advisor, *invitation.members], invitation.roster_version)
        meta.put(session, ADVISOR_KEY, advisor.person_id)
        meta.put(session, MICROCENTRE_KEY, invitation.microcentre["id"])
        seen = session.scalar(
            select(BundleLog.id).where(
                BundleLog.bundle_id == invitation.invitation_id, BundleLog.direction == "in"
            )
        )
        if invitation.rejoin is not None and seen is None:
            # Coming back: new keys, whatever this installation had (the advisor takes
            # them when her first bundle arrives, and revokes the old ones).
            own_keys = keymod.new_keys(session, vault)
        else:
            own_keys = keymod.ensure_keys(session, vault)
        _move_into(session, actor, invitation.microcentre["id"])
        peer = session.get(Peer, invitation.advisor_device_id)
        if peer is None:
            session.add(Peer(device_id=invitation.advisor_device_id, person_id=advisor.person_id))
            session.flush()
        if (
            session.scalar(
                select(BundleLog.id).where(
                    BundleLog.bundle_id == invitation.invitation_id, BundleLog.direction == "in"
                )
            )
            is None
        ):
            session.add(
                BundleLog(
                    bundle_id=invitation.invitation_id,
                    direction="in",
                    path=str(path) if path is not None else "",
                    peer_device_id=invitation.advisor_device_id,
                    peer_person_id=advisor.person_id,
                    summary={"kind": "invitation", "members": len(invitation.members)},
                )
            )
        return JoinResult(
            microcentre=str(invitation.microcentre["name"]),
            advisor_name=advisor.name,
            advisor_fingerprint=invitation.fingerprint,
            own_fingerprint=own_keys.public.fingerprint,
            members=len(invitation.members),
            already_member=already,
            rejoined=invitation.rejoin is not None,
        )


def _become(session: Session, invitation: Invitation) -> None:
    """(Re-admission) This installation becomes the invited member: a new installation
    (not set up yet) takes her person id; one already hers keeps it; another person's
    is refused."""
    entry = invitation.rejoin
    assert entry is not None
    current = meta.get(session, meta.PERSON_ID)
    person = session.get(Person, current) if current else None
    if person is not None:
        if person.id == entry.person_id:
            return
        if not _just_set_up(session, person.id):
            raise RejoinOtherPersonError(person=entry.name, current=person.name)
        _discard_setup(session, person.id)
    _insert_stubs(session, invitation)
    own = session.get(Person, entry.person_id)
    if own is None:
        own = Person(
            id=entry.person_id,
            owner=entry.person_id,
            name=entry.name,
            role=entry.role,
            school_id=entry.school_id,
            microcentre_id=entry.microcentre_id,
            email="",
            membership=ACTIVE,
            **_stub_fields(),
        )
        session.add(own)
    meta.put(session, meta.PERSON_ID, entry.person_id)
    session.flush()


_SETUP_KINDS = ("person", "school", "microcentre")


def _just_set_up(session: Session, person_id: str) -> bool:
    """True for an installation set up a moment ago (the first-run dialog, `init`) that
    never exchanged a file and holds nothing but what the setup made: it may still
    become the member an invitation back is for."""
    from sqlalchemy import func

    from minga.store.models import SYNCED_MODELS

    if session.scalar(select(func.count()).select_from(BundleLog)):
        return False
    for model in SYNCED_MODELS:
        if model.__kind__ in _SETUP_KINDS:
            continue
        if session.scalar(select(func.count()).select_from(model).where(model.owner == person_id)):
            return False
    return True


def _discard_setup(session: Session, person_id: str) -> None:
    """Removes what the setup made (it never left this computer): the person, then the
    school and microcentre she created; the invitation brings the network's own."""
    from sqlalchemy import delete

    session.execute(delete(Person).where(Person.owner == person_id))
    session.execute(delete(School).where(School.owner == person_id))
    session.execute(delete(Microcentre).where(Microcentre.owner == person_id))
    session.flush()


def _stub_fields() -> dict[str, Any]:
    return {"version": STUB_VERSION, "updated_at": dt.datetime(1970, 1, 1, tzinfo=dt.UTC)}


def _insert_stubs(session: Session, invitation: Invitation) -> None:
    centre = invitation.microcentre
    if session.get(Microcentre, centre["id"]) is None:
        session.add(Microcentre(**centre, **_stub_fields()))
    for school in invitation.schools:
        if session.get(School, school["id"]) is None:
            session.add(School(**school, **_stub_fields()))


def _move_into(session: Session, actor: Actor, microcentre_id: str) -> None:
    stamp = stamper(session, actor)
    person = session.get(Person, actor.person_id)
    assert person is not None  # current_actor found this person
    if person.microcentre_id != microcentre_id:
        old = person.microcentre_id
        person.microcentre_id = microcentre_id
        stamp.stamp(person)
        own_centre = session.get(Microcentre, old) if old else None
        if (
            own_centre is not None
            and own_centre.owner == actor.person_id
            and not own_centre.deleted
        ):
            own_centre.deleted = True
            stamp.stamp(own_centre)
    if actor.school_id:
        school = session.get(School, actor.school_id)
        if (
            school is not None
            and school.owner == actor.person_id
            and school.microcentre_id != microcentre_id
        ):
            school.microcentre_id = microcentre_id
            stamp.stamp(school)


# --- who am I -------------------------------------------------------------------------


@dataclass(frozen=True)
class IdentityInfo:
    """This installation's identity (`minga identity`, the GUI's Sincronizar area)."""

    device_id: str
    person_id: str
    name: str
    role: str
    fingerprint: str
    signing_key: str
    encryption_key: str
    storage: keymod.Storage
    advisor: RosterEntry | None

    def as_json(self) -> dict[str, Any]:
        advisor = None
        if self.advisor is not None:
            advisor = {
                "person_id": self.advisor.person_id,
                "name": self.advisor.name,
                "fingerprint": (
                    keymod.fingerprint(self.advisor.signing_key)
                    if self.advisor.signing_key
                    else None
                ),
            }
        return {
            "device_id": self.device_id,
            "person_id": self.person_id,
            "name": self.name,
            "role": self.role,
            "fingerprint": self.fingerprint,
            "signing_key": self.signing_key,
            "encryption_key": self.encryption_key,
            "key_storage": self.storage.as_json(),
            "system_keyring": not self.storage.warning,
            "advisor": advisor,
        }


def identity(
    ws: Workspace, vault: keymod.KeyVault | None = None, *, new: bool = False
) -> IdentityInfo:
    """This installation's ids and public keys (made on first need, or anew if `new`)."""
    vault = vault or keymod.KeyVault(ws.root)
    with ws.db.session() as session:
        actor = current_actor(session)
        if new and (
            trusted_advisor(session) is not None
            or session.scalar(select(BundleLog.id).limit(1)) is not None
        ):
            # The network knows these keys: new ones would only get her bundles refused.
            # A member's keys change only through the advisor (`invite --rejoin`).
            raise KeysInUseError()
        device_keys = keymod.new_keys(session, vault) if new else keymod.ensure_keys(session, vault)
        public = device_keys.public
        advisor = None
        advisor_id = trusted_advisor(session)
        if advisor_id is not None:
            person = session.get(Person, advisor_id)
            advisor = roster_entry(person) if person is not None else None
        return IdentityInfo(
            device_id=actor.device_id,
            person_id=actor.person_id,
            name=actor.name,
            role=actor.role,
            fingerprint=public.fingerprint,
            signing_key=public.signing_key,
            encryption_key=public.encryption_key,
            storage=vault.storage(),
            advisor=advisor,
        )


def peek_invitation(path: Path) -> Invitation | None:
    """The invitation in `path`, checked as `import` checks it, without joining (so the
    teacher can compare the advisor's fingerprint first); None for any other file (a
    bundle, or something `import` will refuse with its own sentence)."""
    from minga.domain.errors import MingaError

    try:
        with Path(path).open("rb") as handle:
            kind, _version = read_prefix(handle, Path(path).name)
            if kind != "invitation":
                return None
            return read_invitation(handle, Path(path).name)
    except (OSError, MingaError):
        return None


__all__ = [
    "ACTIVE",
    "ADVISOR_KEY",
    "INVITATION_FORMAT",
    "MAX_INVITATION_BYTES",
    "MEETING_HOST_KEY",
    "MICROCENTRE_KEY",
    "PENDING",
    "REJOIN_PREFIX",
    "REMOVAL_REASON_PREFIX",
    "REMOVED",
    "REVOKED_PREFIX",
    "ROSTER_VERSION_KEY",
    "STUB_DEVICE",
    "STUB_VERSION",
    "IdentityInfo",
    "Invitation",
    "InvitationInfo",
    "JoinResult",
    "Removal",
    "Trust",
    "accept_member",
    "advisor_microcentre",
    "apply_roster",
    "apply_sender_trust",
    "bump_roster",
    "check_sender",
    "find_member",
    "identity",
    "join",
    "meeting_host",
    "name_host",
    "name_meeting_host",
    "peek_invitation",
    "pending_members",
    "pending_rejoin",
    "read_invitation",
    "removal_reason",
    "remove",
    "remove_member",
    "revoke_key",
    "revoked_owner",
    "roster",
    "roster_version",
    "trusted_advisor",
    "write_invitation",
]
