"""The checks of an import, record by record: the manifest's schema and app version, the
members, unknown kinds and records, the held lines parsed, each record authorized, the
consents, conflicts, the batches checked against the database and the schools
arbitrated (used by `minga.sync.importer`).
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from minga.core.authorizing import DatabaseContext
from minga.core.identity import Actor
from minga.domain import anonymous, schema
from minga.domain import authorization as authz
from minga.domain.vocab import Role, Visibility
from minga.store.db import SCHEMA_HEAD
from minga.store.models import (
    ObservationConsent,
    ObservationNote,
    ObservationReply,
    UnknownRecord,
)
from minga.sync import compat, container, membership
from minga.sync import manifest as manifestmod
from minga.sync.container import Limits, Member
from minga.sync.errors import (
    MalformedBundleError,
    PrivateRecordError,
    RecordOwnerError,
    TamperedBundleError,
    UnauthorizedRecordError,
)
from minga.sync.merge import BATCH, Merger
from minga.sync.records import SPECS, KindSpec, RecordError

if TYPE_CHECKING:
    pass


def _upgrade_record(kind: str, record: dict[str, Any], from_version: int) -> dict[str, Any]:
    """Brings a record of an older bundle format up to the current one.

    Format 1 is the only format so far, so this returns the record as it is. A future
    format that renames, splits or adds fields adds its step here (oldest first), so
    bundles made by an older Minga keep importing. (Columns added by a newer database
    schema within one format are filled with their defaults by `bundle_records`.)
    """
    return record


@dataclass
class VerifiedBundle:
    """A decrypted, scanned, verified bundle waiting to be applied."""

    name: str
    archive: Path
    manifest: manifestmod.Manifest
    members: dict[str, Member]
    trust: membership.Trust
    actor: Actor
    # Observation notes this person wrote: advisor-only replies to them may arrive here.
    my_notes: frozenset[str] = frozenset()
    # The observed teachers' consents to let the network read a note (note id -> the
    # consenting teacher), stored here or checked earlier in this bundle (consents come
    # before notes), and the notes and replies they open to this installation.
    consents: dict[str, str] = field(default_factory=dict)
    shared_notes: set[str] = field(default_factory=set)
    # What the authorization rules need (minga.domain.authorization), filled while checking.
    context: BundleContext | None = None
    # Schools whose stored row stays as it is (a colleague's own creation of the same
    # school), and schools the advisor's row replaces (the advisor arbitrates).
    keep_schools: set[str] = field(default_factory=set)
    replace_schools: set[str] = field(default_factory=set)
    # Records of known kinds kept as they came (a value only a newer Minga knows).
    held: dict[tuple[str, str], compat.Held] = field(default_factory=dict)


def check_schema(manifest: manifestmod.Manifest, name: str) -> None:
    """A bundle of this format from a newer database schema is read: what it adds is
    kept as it came (docs/bundle-format.md, Compatibility). An older revision must be
    one this Minga knows (its records are brought up to date)."""
    if manifest.schema_version >= SCHEMA_HEAD:
        return
    from minga.store import migrate

    if not migrate.is_known_revision(manifest.schema_version):
        raise MalformedBundleError(name=name, detail="unknown schema revision")


def _version_key(text: str) -> tuple[int, ...] | None:
    parts = text.split("+", 1)[0].split(".")
    if not 1 <= len(parts) <= 4 or not all(p.isdigit() and len(p) <= 6 for p in parts):
        return None
    return tuple(int(p) for p in parts)


def newer_app(app_version: str, than: str | None = None) -> bool:
    """True when `app_version` (a sender's Minga) is newer than `than` (this one)."""
    from minga import __version__

    theirs, mine = _version_key(app_version), _version_key(than or __version__)
    return theirs is not None and mine is not None and theirs > mine


newer_app_version = newer_app


def keep_newer(
    session: Any, merger: Merger, bundle: VerifiedBundle, limits: Limits
) -> dict[str, int]:
    """Stores what needs a newer Minga, as it came (`compat`); kind -> how many."""
    newer: dict[str, int] = {}
    unknown = (
        held
        for kind, member in unknown_members(bundle)
        for held in unknown_records(bundle, kind, member, limits)
    )
    for held in [*bundle.held.values(), *unknown]:
        compat.store_unknown(session, held, bundle.manifest.schema_version)
        merger._see(held.values["version"])
        newer[held.kind] = newer.get(held.kind, 0) + 1
    return newer


def check_members(manifest: manifestmod.Manifest, members: dict[str, Member], name: str) -> None:
    """The archive holds exactly what the signed manifest lists, byte for byte."""
    found = {n: m for n, m in members.items() if n not in (container.MANIFEST, container.SIGNATURE)}
    if found.keys() != manifest.members.keys():
        raise TamperedBundleError(name=name)
    for member_name, member in found.items():
        listed = manifest.members[member_name]
        if listed.sha256 != member.sha256 or listed.size != member.size:
            raise TamperedBundleError(name=name)
        attachment = container.ATTACHMENT_RE.match(member_name)
        if attachment and attachment.group("sha256") != member.sha256:
            raise TamperedBundleError(name=name)
    kinds_present = {
        container.RECORDS_RE.match(n).group("kind")  # type: ignore[union-attr]
        for n in found
        if container.RECORDS_RE.match(n)
    }
    kinds_counted = {kind for kind, count in manifest.counts.items() if count}
    if kinds_present != kinds_counted or (manifest.conflicts > 0) != (container.CONFLICTS in found):
        raise MalformedBundleError(name=name, detail="counts do not match the members")


def record_members(bundle: VerifiedBundle) -> Iterator[tuple[KindSpec, Member]]:
    """Records members in the order kinds are applied (the models' order)."""
    for kind, spec in SPECS.items():
        member = bundle.members.get(f"records/{kind}.jsonl.gz")
        if member is not None:
            yield spec, member


def unknown_members(bundle: VerifiedBundle) -> Iterator[tuple[str, Member]]:
    """Records members of kinds this Minga does not know (a newer Minga's), by name."""
    for member_name in sorted(bundle.members):
        match = container.RECORDS_RE.fullmatch(member_name)
        if match and match.group("kind") not in SPECS:
            yield match.group("kind"), bundle.members[member_name]


def unknown_records(
    bundle: VerifiedBundle, kind: str, member: Member, limits: Limits
) -> Iterator[compat.Held]:
    """Every record of an unknown kind: sync fields checked, the line kept as it came."""
    count = 0
    for count, line in enumerate(_lines(bundle, member, limits), start=1):
        record = _parse_line(bundle, member, line, count)
        try:
            values = schema.validate_unknown_kind(record)
        except RecordError as exc:
            raise MalformedBundleError(
                name=bundle.name, detail=f"{member.name} line {count}: {exc}"
            ) from None
        yield compat.Held(kind, values, line.decode("utf-8").rstrip("\n"))
    if count != bundle.manifest.counts.get(kind, 0):
        raise MalformedBundleError(name=bundle.name, detail=f"{member.name}: wrong count")


def check_held(session: Any, bundle: VerifiedBundle, held: compat.Held) -> None:
    """A record kept as it came passes the rules every record passes that can be
    checked without understanding it: owner and visibility rules, the owner's own
    record (the table's rule for every kind it does not name), and its owner a member
    (an unknown kind from a non-member is refused like any record)."""
    values = held.values
    _check_rules(bundle, values, held.kind)
    sender = bundle.manifest.sender.person_id
    roster = {entry.person_id: entry.membership for entry in bundle.manifest.roster}
    if not compat.member_owner(session, values["owner"], roster, sender):
        raise UnauthorizedRecordError(name=bundle.name, kind=held.kind, reason=authz.NOT_YOURS)
    stored = session.get(UnknownRecord, (held.kind, values["id"]))
    existing = {"owner": stored.owner} if stored is not None else None
    if existing is None and held.kind in SPECS:
        table = SPECS[held.kind].table
        row = session.execute(select(table.c.owner).where(table.c.id == values["id"])).first()
        existing = {"owner": row[0]} if row is not None else None
    if existing is not None and existing["owner"] != values["owner"]:
        raise UnauthorizedRecordError(name=bundle.name, kind=held.kind, reason=authz.NOT_YOURS)


def _lines(bundle: VerifiedBundle, member: Member, limits: Limits) -> Iterator[bytes]:
    """The lines of a compressed member, refusing compression bombs and endless lines."""
    plain_limit = min(limits.max_plain_bytes, 1024**2 + limits.max_ratio * member.size)
    total = 0
    try:
        with (
            container.Slice(bundle.archive, member) as raw,
            gzip.GzipFile(fileobj=raw, mode="rb") as lines,
        ):
            while True:
                line = lines.readline(limits.max_line_bytes + 1)
                if not line:
                    return
                total += len(line)
                if total > plain_limit:
                    raise MalformedBundleError(
                        name=bundle.name, detail=f"{member.name} expands too much"
                    )
                if len(line) > limits.max_line_bytes or not line.endswith(b"\n"):
                    raise MalformedBundleError(
                        name=bundle.name, detail=f"{member.name}: a line is too long or cut"
                    )
                yield line
    except (OSError, EOFError, zlib.error) as exc:
        raise MalformedBundleError(
            name=bundle.name, detail=f"{member.name} is not gzip: {exc}"
        ) from None


_decode_json = json.JSONDecoder().decode


def _parse_line(bundle: VerifiedBundle, member: Member, line: bytes, number: int) -> Any:
    try:
        return _decode_json(line.decode("utf-8"))
    except (ValueError, RecursionError):
        raise MalformedBundleError(
            name=bundle.name, detail=f"{member.name} line {number} is not JSON"
        ) from None


def bundle_records(
    bundle: VerifiedBundle, spec: KindSpec, member: Member, limits: Limits, *, checked: bool = False
) -> Iterator[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """(column values, JSON record, unknown fields) of every record of one kind, each
    one checked.

    Fields a newer Minga added are split off and kept as they came; a record holding a
    value only a newer Minga knows is kept aside whole (`bundle.held`). With `checked`,
    an earlier pass over the same (private, hashed) file checked every record, so they
    are only converted (the apply pass).
    """
    from_version = bundle.manifest.format_version
    older_schema = bundle.manifest.schema_version < SCHEMA_HEAD
    count = 0
    for count, line in enumerate(_lines(bundle, member, limits), start=1):
        record = _upgrade_record(spec.kind, _parse_line(bundle, member, line, count), from_version)
        if older_schema:
            if _named_answer(spec.kind, record):
                continue
            record = _before_consents(spec.kind, record, bundle.manifest.schema_version)
            record = spec.fill_defaults(record)
        try:
            known, extras = schema.split_unknown(spec.kind, record)
            if checked:
                if (spec.kind, known["id"]) in bundle.held:
                    continue
                yield spec.convert(known), record, extras
                continue
            try:
                values = spec.decode(known)
            except schema.NewerValueError:
                text = line.decode("utf-8").rstrip("\n")
                held = compat.Held(spec.kind, schema.validate_unknown_kind(record), text)
                bundle.held[(spec.kind, held.values["id"])] = held
                continue
        except RecordError as exc:
            raise MalformedBundleError(
                name=bundle.name, detail=f"{member.name} line {count}: {exc}"
            ) from None
        _check_rules(bundle, values, spec.kind)
        if spec.kind == ObservationConsent.__kind__:
            _note_consent(bundle, values)
        yield values, record, extras
    if count != bundle.manifest.counts.get(spec.kind, 0):
        raise MalformedBundleError(name=bundle.name, detail=f"{member.name}: wrong count")


# The revision from which the observed teacher, not the observer, widens who reads a note.
CONSENT_REVISION = "0010"


def _before_consents(kind: str, record: Any, schema_version: str) -> Any:
    """A note (or a reply to it) its observer let the whole network read, from a Minga
    before observation consents: read as `advisor`, as revision 0010 did to the stored
    ones (nobody had asked the observed teacher), instead of refusing the bundle."""
    if (
        schema_version < CONSENT_REVISION
        and kind in ("observation_note", "observation_reply")
        and type(record) is dict
        and record.get("visibility") == "network"
    ):
        return {**record, "visibility": "advisor"}
    return record


def _named_answer(kind: str, record: Any) -> bool:
    """A survey answer with its respondent's name, from a Minga before anonymous answers:
    it is dropped (each Minga folded its own into tallies when it was updated)."""
    return (
        kind == "satisfaction_response"
        and type(record) is dict
        and record.get("respondent_id") is not None
    )


def _check_rules(bundle: VerifiedBundle, values: dict[str, Any], kind: str) -> None:
    """Owner and visibility rules of one record (docs/bundle-format.md, What travels where)."""
    sender = bundle.manifest.sender
    # An anonymous survey answer names nobody: the signature says a member sent it.
    anonymous_answer = kind == anonymous.KIND and values["owner"] == anonymous.OWNER
    if (
        not bundle.trust.consolidated
        and values["owner"] != sender.person_id
        and not anonymous_answer
    ):
        raise RecordOwnerError(name=bundle.name, sender=sender.name)
    visibility = values.get("visibility")
    me = bundle.actor.person_id
    if visibility == Visibility.PRIVATE:
        raise PrivateRecordError(name=bundle.name)
    if (
        visibility == Visibility.ADVISOR
        and bundle.actor.role != Role.ADVISOR
        and (values["owner"] != me)
    ):
        # The observed teacher receives the notes about them, the observer the replies;
        # the rest of the network, what the observed teacher let everyone read.
        about_me = kind == ObservationNote.__kind__ and values.get("observed_id") == me
        to_my_note = kind == ObservationReply.__kind__ and values.get("note_id") in bundle.my_notes
        if not (about_me or to_my_note or _widened(bundle, values, kind)):
            raise PrivateRecordError(name=bundle.name)


def consents_here(session: Any) -> tuple[dict[str, str], set[str]]:
    """The network consents stored here, and the notes they open (their observed
    teacher's consent)."""
    consent, note = ObservationConsent, ObservationNote
    consents = {
        note_id: owner
        for note_id, owner in session.execute(
            select(consent.note_id, consent.owner).where(
                consent.readers == Visibility.NETWORK, consent.deleted.is_(False)
            )
        )
    }
    shared = {
        note_id
        for note_id, observed in session.execute(
            select(note.id, note.observed_id).where(note.id.in_(list(consents)))
        )
        if consents.get(note_id) == observed
    }
    return consents, shared


def _note_consent(bundle: VerifiedBundle, values: dict[str, Any]) -> None:
    """A consent checked in this bundle: the notes and replies after it follow it."""
    note_id = values["note_id"]
    if values["readers"] == Visibility.NETWORK and not values["deleted"]:
        bundle.consents[note_id] = values["owner"]
    else:
        bundle.consents.pop(note_id, None)
        bundle.shared_notes.discard(note_id)


def _widened(bundle: VerifiedBundle, values: dict[str, Any], kind: str) -> bool:
    """An observation note (or a reply to one) the observed teacher let the whole
    network read: her consent is here or earlier in the bundle."""
    if kind == ObservationNote.__kind__:
        if bundle.consents.get(values["id"]) == values.get("observed_id"):
            bundle.shared_notes.add(values["id"])
            return True
        return False
    return kind == ObservationReply.__kind__ and values.get("note_id") in bundle.shared_notes


def conflict_copies(
    bundle: VerifiedBundle, limits: Limits
) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(kind, column values, JSON record) of every conflict copy in the bundle."""
    member = bundle.members.get(container.CONFLICTS)
    if member is None:
        return
    count = 0
    for count, line in enumerate(_lines(bundle, member, limits), start=1):
        entry = _parse_line(bundle, member, line, count)
        try:
            if type(entry) is not dict or entry.keys() != {
                "kind",
                "record_id",
                "version",
                "record",
            }:
                raise RecordError("a conflict copy has kind, record_id, version and record")
            kind = entry["kind"]
            if type(kind) is not str or not schema.KIND_NAME_RE.fullmatch(kind):
                raise RecordError("unknown kind")
            spec = SPECS.get(kind)
            if spec is None:
                # A copy of a record only a newer Minga knows: the record itself is kept
                # and travels; the newer Minga keeps its own copies.
                schema.validate_unknown_kind(entry["record"])
                continue
            record = _upgrade_record(spec.kind, entry["record"], bundle.manifest.format_version)
            if bundle.manifest.schema_version < SCHEMA_HEAD:
                record = _before_consents(spec.kind, record, bundle.manifest.schema_version)
                record = spec.fill_defaults(record)
            known, _extras = schema.split_unknown(spec.kind, record)
            try:
                values = spec.decode(known)
            except schema.NewerValueError:
                continue
            if values["id"] != entry["record_id"] or values["version"] != entry["version"]:
                raise RecordError("the copy does not match its record")
        except RecordError as exc:
            raise MalformedBundleError(
                name=bundle.name, detail=f"{member.name} line {count}: {exc}"
            ) from None
        _check_rules(bundle, values, spec.kind)
        yield spec.kind, values, record
    if count != bundle.manifest.conflicts:
        raise MalformedBundleError(name=bundle.name, detail=f"{member.name}: wrong count")


def in_batches(items: Iterator[Any], size: int = BATCH) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def check_batch(session: Any, bundle: VerifiedBundle, spec: KindSpec, batch: list[Any]) -> None:
    """Every record against the authorization table (minga.domain.authorization).

    The actor is the record's owner: a direct bundle carries only its sender's records
    (`_check_rules`), the advisor's consolidated bundle relays everyone's, each judged as
    its owner's. The stored row (if any) is what the record would replace.
    """
    table = spec.table
    context = bundle.context
    assert context is not None
    ids = list({item[0]["id"] for item in batch})
    stored = {
        row.id: dict(row._mapping)
        for row in session.execute(select(table).where(table.c.id.in_(ids)))
    }
    for values, _record, _extras in batch:
        existing = stored.get(values["id"])
        if (
            spec.kind == "school"
            and existing is not None
            and existing["owner"] != values["owner"]
            and _school_arbitrated(bundle, values, existing)
        ):
            continue
        action = authz.action_for(values, existing)
        denied = authz.authorize(spec.kind, action, values["owner"], values, existing, context)
        if denied is not None:
            raise UnauthorizedRecordError(
                name=bundle.name, kind=spec.kind, reason=denied.reason, **denied.params
            )
        if spec.kind == "school" and existing is not None and existing["owner"] != values["owner"]:
            bundle.keep_schools.add(values["id"])
        context.see(spec.kind, values)


def _school_arbitrated(
    bundle: VerifiedBundle, values: dict[str, Any], existing: dict[str, Any]
) -> bool:
    """In the advisor's consolidated bundle, the advisor's row of a school two people
    created decides who owns it (it passed the advisor's table). A deletion never does.

    A row made on top of the one stored here (a rename or takeover an older Minga let
    into the advisor's database) does not replace it: it is kept aside as a conflict
    copy, so the network's other bundles still arrive.
    """
    if bundle.trust.relation != "advisor" or values.get("deleted"):
        return False
    if values.get("rbd") != existing.get("rbd"):
        return False
    action = authz.action_for(values, existing)
    assert bundle.context is not None
    if authz.authorize("school", action, values["owner"], values, existing, bundle.context):
        bundle.keep_schools.add(values["id"])
    else:
        bundle.replace_schools.add(values["id"])
    return True


def arbitrate_schools(
    session: Any, merger: Merger, bundle: VerifiedBundle, spec: KindSpec, batch: list[Any]
) -> list[Any]:
    """A colleague's own creation of a school stored here is kept as a conflict copy (the
    stored row stays its first creator's); where the advisor arbitrated, the row here
    becomes the conflict copy and the advisor's row takes its place."""
    replaced = [item[0]["id"] for item in batch if item[0]["id"] in bundle.replace_schools]
    if replaced:
        table = spec.table
        losers = [
            spec.encode(row)
            for row in session.execute(select(*spec.columns).where(table.c.id.in_(replaced)))
        ]
        merger.add_copies(spec.kind, [(r["id"], r["version"], r) for r in losers])
        session.execute(table.delete().where(table.c.id.in_(replaced)))
    kept = [(v["id"], v["version"], r) for v, r, _ in batch if v["id"] in bundle.keep_schools]
    if kept:
        merger.add_copies(spec.kind, kept)
    return [item for item in batch if item[0]["id"] not in bundle.keep_schools]


class BundleContext(DatabaseContext):
    """What the authorization rules ask, answered from this database and from the
    records of the bundle checked so far (kinds come in the models' order, so a
    practice is seen before the attachments that hang on it)."""

    INDEXED = frozenset({"session", "practice", "adoption", "application", "observation_note"})

    def __init__(self, session: Any, actor: Actor):
        super().__init__(session, actor.person_id, actor.role)
        self._owners: dict[tuple[str, str], str] = {}
        self._notes: dict[str, tuple[str, str]] = {}

    def see(self, kind: str, values: dict[str, Any]) -> None:
        if kind in self.INDEXED:
            self._owners[(kind, values["id"])] = values["owner"]
        if kind == ObservationNote.__kind__:
            self._notes[values["id"]] = (values["owner"], values["observed_id"])

    def owner_of(self, kind: str, record_id: str) -> str | None:
        owner = self._owners.get((kind, record_id))
        return owner if owner is not None else super().owner_of(kind, record_id)

    def note_parties(self, note_id: str) -> tuple[str, str] | None:
        parties = self._notes.get(note_id)
        return parties if parties is not None else super().note_parties(note_id)
