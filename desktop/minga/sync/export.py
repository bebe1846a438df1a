"""Writing bundles: incremental per recipient, filtered by owner and visibility.

What a bundle carries (docs/bundle-format.md, What travels where):

- a teacher sends only their own records: to the advisor those visible to the advisor or
  the network, to another member only those visible to the network;
- the advisor sends everyone's network-visible records (the consolidated bundle, one
  file encrypted to every active member at once with `all_members`, or to one member);
  advisor-only records never leave the advisor;
- private records never leave this computer, and neither do their attachments;
- only rows changed since what the recipients acknowledged (`Peer.acked_seq`; the
  lowest of them for several recipients), unless `full`;
- the conflict copies that changed, under the same rules, so an owner sees a conflict
  even when it was detected elsewhere;
- acknowledgements: for every device we heard from, the highest of its change numbers
  we have received, and our own highest change number (`seq_max`).

All rows are read in one read transaction, so the bundle is one consistent snapshot,
and the file appears only when complete (`minga.core.files.atomic_output`).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from sqlalchemy import and_, func, or_, select

from minga import __version__
from minga.core.files import atomic_output
from minga.core.identity import Actor, current_actor
from minga.core.progress import Phases
from minga.domain import anonymous, schema
from minga.domain.vocab import Role, Visibility
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store import changes, staging
from minga.store.db import SCHEMA_HEAD
from minga.store.models import (
    BundleLog,
    ConflictCopy,
    ObservationConsent,
    ObservationNote,
    ObservationReply,
    Peer,
    Person,
    consent_id,
)
from minga.sync import compat, container, installers, membership, survey_pool
from minga.sync import keys as keymod
from minga.sync.container import FORMAT_VERSION, ArchiveStream
from minga.sync.errors import (
    AdvisorOnlyError,
    NoInstallerError,
    NoRecipientsError,
    NotAMemberError,
    UnknownRecipientError,
    WriteBundleError,
)
from minga.sync.manifest import Manifest, MemberInfo, Recipient, Sender
from minga.sync.records import SPECS, RecordError, dumps

if TYPE_CHECKING:
    from minga.core.workspace import Workspace

log = logging.getLogger(__name__)
PHASE_COLLECT = QT_TRANSLATE_NOOP("sync", "Collecting the records to send")
PHASE_ENCRYPT = QT_TRANSLATE_NOOP("sync", "Encrypting the bundle")
GZIP_LEVEL = 6


@dataclass
class ExportResult:
    """What a written bundle holds, for the CLI and the GUI history."""

    paths: list[Path]
    bundle_id: str
    recipients: list[tuple[str, str]]  # (person id, name)
    counts: dict[str, int]
    conflicts: int
    attachments: int
    size: int
    full: bool
    consolidated: bool
    base_seq: int
    seq_max: int
    # Installers copied beside the bundle (`with_installer`), with their manifest.
    installers: list[Path] = field(default_factory=list)
    # The SHA-256 of the whole bundle as written (before any split into parts).
    sha256: str = ""

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "files": [str(p) for p in self.paths],
            "bundle_id": self.bundle_id,
            "recipients": [{"person_id": pid, "name": name} for pid, name in self.recipients],
            "counts": self.counts,
            "records": self.records,
            "conflicts": self.conflicts,
            "attachments": self.attachments,
            "size": self.size,
            "full": self.full,
            "consolidated": self.consolidated,
            "base_seq": self.base_seq,
            "seq_max": self.seq_max,
            "installers": [str(p) for p in self.installers],
        }


@dataclass(frozen=True)
class _Plan:
    recipients: list[Person]
    owner: str | None  # only rows of this owner (a teacher's bundle)
    visibilities: tuple[str, ...]
    consolidated: bool
    # The advisor's bundle for one member also carries the advisor-only observation notes
    # about that member and the replies to the member's own notes (issue 6: the observed
    # teacher sees what is written about them; the observer sees the reply).
    about: str | None = None
    # The one person whose e-mail address the bundle carries (the advisor's, in the
    # advisor's bundles); the others' stay with the advisor (None: every address).
    # Teachers need their advisor's address to send by e-mail, not one another's.
    email_of: str | None = None


def _usable(person: Person | None, actor: Actor) -> bool:
    return (
        person is not None
        and not person.deleted
        and person.id != actor.person_id
        and person.membership == membership.ACTIVE
        and bool(person.encryption_key)
    )


def _plan(session: Any, actor: Actor, to: str | None, all_members: bool) -> _Plan:
    if actor.role == Role.ADVISOR:
        if to:
            person = session.get(Person, to)
            if not _usable(person, actor):
                raise UnknownRecipientError(person=person.name if person else to)
            return _Plan(
                [person],
                None,
                (Visibility.NETWORK,),
                True,
                about=person.id,
                email_of=actor.person_id,
            )
        else:
            recipients = [
                p
                for p in session.scalars(
                    select(Person)
                    .where(Person.membership == membership.ACTIVE, Person.deleted.is_(False))
                    .order_by(Person.name)
                )
                if _usable(p, actor)
            ]
            if not recipients:
                raise NoRecipientsError()
        return _Plan(recipients, None, (Visibility.NETWORK,), True, email_of=actor.person_id)
    if all_members:
        raise AdvisorOnlyError()
    advisor_id = membership.trusted_advisor(session)
    if advisor_id is None:
        raise NotAMemberError()
    target = to or advisor_id
    person = session.get(Person, target)
    if not _usable(person, actor):
        raise UnknownRecipientError(person=person.name if person else target)
    if target == advisor_id:
        return _Plan([person], actor.person_id, (Visibility.ADVISOR, Visibility.NETWORK), False)
    return _Plan([person], actor.person_id, (Visibility.NETWORK,), False)


def _consented(note_id: Any, observed_id: Any) -> Any:
    """The observed teacher let the whole microcentre read the note (her consent)."""
    consent = ObservationConsent
    return (
        select(consent.id)
        .where(
            consent.note_id == note_id,
            consent.owner == observed_id,
            consent.readers == Visibility.NETWORK,
            consent.deleted.is_(False),
        )
        .exists()
    )


def _visible(kind: str, table: Any, plan: _Plan) -> Any:
    """Which rows of `table` the plan's recipients may receive.

    Observation notes and their replies go to the network (another member, the advisor's
    consolidated bundle) only with the observed teacher's consent, whatever the observer
    chose; the advisor's bundle for one member also carries the notes about that member
    and the replies to that member's notes.
    """
    condition = table.c.visibility.in_(plan.visibilities)
    observation = kind in (ObservationNote.__kind__, ObservationReply.__kind__)
    if not observation or Visibility.ADVISOR in plan.visibilities:
        return condition  # a teacher's bundle to the advisor: her own, as she chose
    advisor_only = table.c.visibility == Visibility.ADVISOR
    shared = table.c.visibility != Visibility.PRIVATE
    if kind == ObservationNote.__kind__:
        widened = and_(shared, _consented(table.c.id, table.c.observed_id))
        if plan.about is None:
            return widened
        return or_(widened, and_(advisor_only, table.c.observed_id == plan.about))
    note = ObservationNote
    shared_notes = select(note.id).where(
        note.visibility != Visibility.PRIVATE, _consented(note.id, note.observed_id)
    )
    widened = and_(shared, table.c.note_id.in_(shared_notes))
    if plan.about is None:
        return widened
    their_notes = select(note.id).where(
        or_(note.owner == plan.about, note.observed_id == plan.about)
    )
    return or_(widened, and_(advisor_only, table.c.note_id.in_(their_notes)))


def _consent_known(session: Any, note_id: str, observed_id: str) -> bool:
    row = session.get(ObservationConsent, consent_id(note_id)) if note_id else None
    return (
        row is not None
        and not row.deleted
        and row.owner == observed_id
        and row.readers == Visibility.NETWORK
    )


def _visible_copy(session: Any, kind: str, payload: dict[str, Any], plan: _Plan) -> bool:
    """`_visible` for a conflict copy (a stored JSON record): a copy goes only where a
    record with its values would go."""
    visibility = payload.get("visibility")
    observation = kind in (ObservationNote.__kind__, ObservationReply.__kind__)
    if not observation or Visibility.ADVISOR in plan.visibilities:
        return visibility in plan.visibilities
    if visibility not in (Visibility.ADVISOR, Visibility.NETWORK):
        return False
    if kind == ObservationNote.__kind__:
        note_id, observer, observed = (
            payload.get("id"),
            payload.get("owner"),
            payload.get("observed_id"),
        )
    else:
        note = session.get(ObservationNote, str(payload.get("note_id") or ""))
        if note is None or note.visibility == Visibility.PRIVATE:
            return False
        note_id, observer, observed = note.id, note.owner, note.observed_id
    if _consent_known(session, str(note_id or ""), str(observed or "")):
        return True
    if plan.about is None or visibility != Visibility.ADVISOR:
        return False
    if kind == ObservationNote.__kind__:
        return bool(observed == plan.about)
    return plan.about in (observer, observed)


def _outgoing(kind: str, record: dict[str, Any], plan: _Plan) -> dict[str, Any]:
    """The record as this bundle may carry it: a person's e-mail address only where the
    plan allows it (the advisor's bundles carry the advisor's alone). Used for records
    and for their conflict copies alike."""
    if kind == "person" and plan.email_of not in (None, record.get("id")):
        record["email"] = ""
    return record


def _acknowledged(session: Any, people: list[Person]) -> int:
    """The lowest change number every recipient confirmed (0: send everything)."""
    lowest = None
    for person in people:
        acked = session.scalar(select(func.min(Peer.acked_seq)).where(Peer.person_id == person.id))
        value = acked or 0
        lowest = value if lowest is None else min(lowest, value)
    return lowest or 0


class _Member:
    """A member file being written in the temporary folder, hashed as it goes."""

    def __init__(self, folder: Path, name: str):
        self.name = name
        self.path = folder / name.replace("/", "_")
        self._raw: IO[bytes] = self.path.open("wb")
        self._gzip = gzip.GzipFile(
            filename="", mode="wb", fileobj=self._raw, compresslevel=GZIP_LEVEL, mtime=0
        )
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        self._gzip.write(dumps(record).encode("utf-8") + b"\n")
        self.count += 1

    def write_line(self, line: str) -> None:
        """A record exactly as it came (kept for a newer Minga)."""
        self._gzip.write(line.encode("utf-8") + b"\n")
        self.count += 1

    def close(self) -> MemberInfo:
        self._gzip.close()
        self._raw.close()
        return MemberInfo(_sha256(self.path), self.path.stat().st_size)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(container.CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def export_bundle(
    ws: Workspace,
    out: Path,
    *,
    to: str | None = None,
    all_members: bool = False,
    full: bool = False,
    split_mb: float | None = None,
    vault: keymod.KeyVault | None = None,
    progress: Any = None,
    with_installer: Path | None = None,
    no_installer: bool = False,
) -> ExportResult:
    """Writes a bundle for `to` (a person id), every member (advisor), or the advisor.

    A teacher's bundle goes to their advisor unless `to` names another member; the
    advisor's goes to every active member unless `to` names one. `with_installer` (a
    folder or file with the built `.exe` / `.deb`) copies them beside the bundle with
    a signed manifest (`minga.sync.installers`), so the update travels with it; the
    folder is remembered and later exports (the window's too) copy it again, until
    `no_installer`.
    """
    out = Path(out)
    if with_installer is not None:
        try:
            installers.installers_in(Path(with_installer))
        except installers.InstallerError:
            raise NoInstallerError(path=str(with_installer)) from None
    chosen = with_installer
    if no_installer:
        with_installer = None
    elif with_installer is None:
        session = ws.db.read_session()
        try:
            with_installer = installers.configured(session)
        finally:
            session.close()
    steps = Phases(progress)
    vault = vault or keymod.KeyVault(ws.root)
    compat.reapply_pending(ws.db)  # what an older run of Minga kept, once understood
    with ws.db.session() as session:
        actor = current_actor(session)
        plan = _plan(session, actor, to, all_members)  # refuse before making any key
        if actor.role == Role.ADVISOR:
            survey_pool.settle(session, actor)  # tallies due (answers of before, too)
        device_keys = keymod.ensure_keys(session, vault)
        base = 0 if full else _acknowledged(session, plan.recipients)
        # The plan keeps only recipients with a key.
        recipients = [(p.id, p.name, cast(str, p.encryption_key)) for p in plan.recipients]
        me = session.get(Person, actor.person_id)
        assert me is not None  # current_actor found this person
        public = device_keys.public
        sender = Sender(
            device_id=actor.device_id,
            person_id=actor.person_id,
            name=me.name,
            role=me.role,
            signing_key=public.signing_key,
            encryption_key=public.encryption_key,
        )
        microcentre_id = actor.microcentre_id

    bundle_id = str(uuid.uuid4())
    with staging.staging_dir(ws.dirs.tmp, "export-") as temp:
        session = ws.db.read_session()
        try:
            content = _collect(
                session,
                plan,
                base=base,
                full=full,
                temp=temp,
                attachments_root=ws.dirs.attachments,
                steps=steps,
            )
            acks = {
                peer.device_id: peer.received_seq
                for peer in session.scalars(select(Peer).where(Peer.received_seq > 0))
            }
            roster = membership.roster(session, actor) if plan.consolidated else []
            roster_version = membership.roster_version(session) if plan.consolidated else 0
        finally:
            session.close()
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            schema_version=SCHEMA_HEAD,
            app_version=__version__,
            bundle_id=bundle_id,
            created_at=ws.db.clock.now(),
            sender=sender,
            microcentre_id=microcentre_id,
            recipients=[Recipient(pid, key) for pid, _, key in recipients],
            consolidated=plan.consolidated,
            full=full,
            base_seq=base,
            seq_max=content.seq_max,
            acks=acks,
            counts=content.counts,
            conflicts=content.conflicts,
            members={name: info for name, (_, info) in content.members.items()},
            roster=roster,
            roster_version=roster_version,
        )
        manifest_bytes = manifest.to_bytes()
        # The archive goes straight into the encryption (no archive file written and read
        # back), and the bundle is hashed as it is written (the meeting offers it by its
        # SHA-256 without reading it again).
        archive = ArchiveStream()
        archive.add_bytes(container.MANIFEST, manifest_bytes)
        archive.add_bytes(container.SIGNATURE, device_keys.sign(manifest_bytes))
        for name, (path, _) in content.members.items():
            archive.add_file(name, path)
        steps.phase(PHASE_ENCRYPT, 1)
        try:
            with (
                atomic_output(out, buffering=container.CHUNK) as handle,
                container.HashingWriter(handle) as hashed,
            ):
                hashed.write(container.prefix())
                container.encrypt(archive, hashed, [key for _, _, key in recipients])
            size = out.stat().st_size
            sha256 = hashed.hexdigest()
            paths = [out]
            part_bytes = max(64 * 1024, int(split_mb * 1024 * 1024)) if split_mb else 0
            if part_bytes and size > part_bytes:  # a bundle that fits stays one file
                paths = container.split_file(out, part_bytes)
        except OSError as exc:
            raise WriteBundleError(path=str(out), reason=exc.strerror or str(exc)) from exc
        steps.advance()
        placed: list[Path] = []
        if with_installer is not None:
            try:
                placed = installers.place(
                    Path(with_installer),
                    out.parent,
                    version=__version__,
                    signer=actor.person_id,
                    sign=device_keys.sign,
                )
            except OSError as exc:
                raise WriteBundleError(
                    path=str(out.parent), reason=exc.strerror or str(exc)
                ) from exc

    result = ExportResult(
        paths=paths,
        bundle_id=bundle_id,
        recipients=[(pid, name) for pid, name, _ in recipients],
        counts=content.counts,
        conflicts=content.conflicts,
        attachments=content.attachments,
        size=size,
        full=full,
        consolidated=plan.consolidated,
        base_seq=base,
        seq_max=content.seq_max,
        installers=placed,
        sha256=sha256,
    )
    with ws.db.session() as session:
        if no_installer or chosen is not None:  # remembered for later exports
            installers.configure(session, None if no_installer else Path(chosen or "."))
        session.add(
            BundleLog(
                bundle_id=bundle_id,
                direction="out",
                peer_person_id=recipients[0][0] if len(recipients) == 1 else None,
                path=str(paths[0]),
                summary=result.as_json(),
            )
        )
    return result


@dataclass
class _Content:
    seq_max: int
    counts: dict[str, int]
    conflicts: int
    attachments: int
    members: dict[str, tuple[Path, MemberInfo]]


def _collect(
    session: Any,
    plan: _Plan,
    *,
    base: int,
    full: bool,
    temp: Path,
    attachments_root: Path,
    steps: Phases,
) -> _Content:
    """Writes the records, conflict copies and attachments members (one snapshot)."""
    seq_max = changes.current(session)  # the read transaction starts here
    steps.phase(PHASE_COLLECT, len(SPECS) + 1)
    counts: dict[str, int] = {}
    members: dict[str, tuple[Path, MemberInfo]] = {}
    attachments: set[str] = set()
    # The advisor's bundle for one member leaves out the files of that member's own
    # evidence: she attached them on her computer, which keeps them (the records still
    # travel). A full bundle, or the first one for her installation (nothing acknowledged
    # yet: a member back on a new computer), carries them all.
    own_files_of = plan.about if plan.consolidated and not full and base > 0 else None
    own_files: set[str] = set()
    authorized = _Authorized(session)
    # What a newer Minga sent that this one keeps as it came travels on (compat).
    held: dict[str, list[str]] = {}
    for held_kind, line in compat.held_records(
        session,
        base=0 if full else base,
        seq_max=seq_max,
        owner=plan.owner,
        visibilities=plan.visibilities,
    ):
        held.setdefault(held_kind, []).append(line)
    for kind, spec in SPECS.items():
        extras = compat.fields_of(session, kind)
        table = spec.table
        stmt = select(*spec.columns).where(
            table.c.change_seq <= seq_max, table.c.version != membership.STUB_VERSION
        )
        if not full:
            stmt = stmt.where(table.c.change_seq > base)
        if kind == anonymous.KIND:
            # Her own anonymous answers (change number 0: folded from before, never sent).
            stmt = stmt.where(table.c.change_seq > 0)
            if plan.owner is not None:
                stmt = stmt.where(table.c.owner == anonymous.OWNER)
        elif plan.owner is not None:
            stmt = stmt.where(table.c.owner == plan.owner)
        if spec.has_visibility:
            stmt = stmt.where(_visible(kind, table, plan))
        member: _Member | None = None
        for row in session.execute(stmt.execution_options(yield_per=1000)):
            if member is None:
                member = _Member(temp, f"records/{kind}.jsonl.gz")
            record = _outgoing(kind, spec.encode(row), plan)
            if not _sendable(kind, record) or not authorized(kind, record):
                continue
            kept = extras.get(record["id"])
            if kept:
                record.update({k: v for k, v in kept.items() if k not in record})
            member.write(record)
            if kind == "attachment" and not record["deleted"]:
                attachments.add(record["sha256"])
                if record.get("owner") == own_files_of:
                    own_files.add(record["sha256"])
        for line in held.pop(kind, ()):
            if member is None:
                member = _Member(temp, f"records/{kind}.jsonl.gz")
            member.write_line(line)
            if kind == "attachment":  # a newer Minga's evidence travels with its record
                sha256 = compat.attachment_of(line)
                if sha256:
                    attachments.add(sha256)
        if member is not None:
            counts[kind] = member.count
            members[member.name] = (member.path, member.close())
        steps.advance()
        steps.check()
    for kind, lines in sorted(held.items()):  # kinds only a newer Minga knows
        member = _Member(temp, f"records/{kind}.jsonl.gz")
        for line in lines:
            member.write_line(line)
        counts[kind] = member.count
        members[member.name] = (member.path, member.close())
    conflicts = _collect_conflicts(
        session, plan, base=base, full=full, seq_max=seq_max, temp=temp, members=members
    )
    from minga.core.attachments import AttachmentStore

    store = AttachmentStore(attachments_root)
    sent = 0
    for sha256 in sorted(attachments - own_files):
        path = store.path_for(sha256)
        if path.exists():
            members[f"attachments/{sha256}"] = (path, MemberInfo(sha256, path.stat().st_size))
            sent += 1
    steps.advance()
    return _Content(seq_max, counts, conflicts, sent, members)


def _sendable(kind: str, record: dict[str, Any]) -> bool:
    """True when every receiver will accept `record` (`minga.domain.schema`).

    A stored text written before the schema's rules (a title with a line break) goes
    cleaned; any other value the schema refuses (stored by an older Minga, or before the
    boundary checked it) stays on this computer, logged, rather than making every
    receiver refuse the whole bundle. `minga check` lists such records.
    """
    for name in schema.text_fields(kind):
        record[name] = schema.cleaned_text(kind, name, record[name])
    try:
        schema.validate(kind, record)
    except RecordError as exc:
        log.warning("not sent: %s %s does not follow the schema (%s)", kind, record.get("id"), exc)
        return False
    return True


class _Authorized:
    """True when `record` passes the authorization table as its owner's (the advisor
    relays only what passed it). A record stored before the import checked the table
    (an older Minga let it in) stays on this computer, logged, rather than making every
    receiver refuse the whole bundle."""

    def __init__(self, session: Any):
        from minga.core.authorizing import DatabaseContext
        from minga.core.identity import current_actor

        actor = current_actor(session)
        self.context = DatabaseContext(session, actor.person_id, actor.role)

    def __call__(self, kind: str, record: dict[str, Any]) -> bool:
        from minga.domain import authorization as authz

        denied = authz.authorize(kind, authz.CREATE, record["owner"], record, None, self.context)
        if denied is None:
            return True
        log.warning(
            "not sent: %s %s fails the authorization table (%s)",
            kind,
            record.get("id"),
            denied.text(),
        )
        return False


def _collect_conflicts(
    session: Any,
    plan: _Plan,
    *,
    base: int,
    full: bool,
    seq_max: int,
    temp: Path,
    members: dict[str, tuple[Path, MemberInfo]],
) -> int:
    table = ConflictCopy.__table__
    stmt = select(table.c.kind, table.c.record_id, table.c.version, table.c.payload).where(
        table.c.change_seq <= seq_max
    )
    if not full:
        stmt = stmt.where(table.c.change_seq > base)
    member: _Member | None = None
    for kind, record_id, version, payload in session.execute(stmt.order_by(table.c.id)):
        spec = SPECS.get(kind)
        if spec is None or not isinstance(payload, dict):
            continue
        if plan.owner is not None and payload.get("owner") != plan.owner:
            continue
        if spec.has_visibility and not _visible_copy(session, kind, payload, plan):
            continue
        try:
            spec.decode(schema.split_unknown(kind, payload)[0])
        except RecordError:  # a copy kept by an older Minga: it stays here, visible
            continue
        # A copy carries no more than its record may: the same fields left out.
        record = _outgoing(kind, dict(payload), plan)
        if member is None:
            member = _Member(temp, container.CONFLICTS)
        member.write({"kind": kind, "record_id": record_id, "version": version, "record": record})
    if member is None:
        return 0
    members[member.name] = (member.path, member.close())
    return member.count
