"""Importing bundles (and invitations): verify everything, then apply in one transaction.

Order of work (docs/architecture.md, A bundle from export to import):

1. the cleartext prefix: not ours, or a newer format ("Update Minga"), stops here;
2. age decryption with this installation's key into a temporary file (streamed);
3. the archive, read strictly (`container.scan_archive`): names, types, sizes, hashes;
4. the manifest: well formed, signed by the key it names, addressed to this person,
   from a sender this installation trusts (`membership.check_sender`), and listing
   exactly the members found with their hashes;
5. every record checked (`records.KindSpec.decode`) and the owner rules: a record whose
   owner is not the signer only comes from the advisor; a record never takes over a row
   of another owner;
6. only then a backup of the database, and one transaction that applies the records in
   batches (`merge.Merger`), the conflict copies, attachments, trust, acks, the clock and
   the history (BundleLog).

Until step 6 nothing is written anywhere in the data folder, so a refused bundle leaves
it byte for byte as it was. Records are read line by line twice (check, then apply)
from the decrypted archive, so memory does not grow with the bundle.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from minga.core import erasure
from minga.core.files import copy_atomically, publish
from minga.core.identity import Actor, current_actor
from minga.core.progress import Phases
from minga.domain import anonymous
from minga.domain.hlc import HybridClock
from minga.domain.vocab import Role
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store import meta, staging
from minga.store.db import clock_of
from minga.store.models import (
    BundleLog,
    ObservationNote,
    Peer,
)
from minga.sync import compat, container, installers, membership, survey_pool
from minga.sync import keys as keymod
from minga.sync import manifest as manifestmod
from minga.sync.container import DEFAULT_LIMITS, Limits, Member
from minga.sync.errors import (
    DamagedBundleError,
    MalformedBundleError,
    NoKeysYetError,
    NotForYouError,
    TamperedBundleError,
    UnreadableFileError,
)
from minga.sync.merge import Incoming, Merger
from minga.sync.records import SPECS

if TYPE_CHECKING:
    from minga.core.workspace import Workspace
from minga.sync.import_checks import (
    BundleContext,
    VerifiedBundle,
    arbitrate_schools,
    bundle_records,
    check_batch,
    check_held,
    check_members,
    check_schema,
    conflict_copies,
    consents_here,
    in_batches,
    keep_newer,
    newer_app,
    newer_app_version,
    record_members,
    unknown_members,
    unknown_records,
)
from minga.sync.import_results import (
    ImportResult,
    SenderInfo,
)

IMPORT_BACKUPS_KEPT = 10
# Beyond this difference between a bundle's date and this computer's clock, the import
# summary says the clocks differ.
SKEW_WARNING = dt.timedelta(days=1)
PHASE_DECRYPT = QT_TRANSLATE_NOOP("sync", "Decrypting the bundle")
PHASE_CHECK = QT_TRANSLATE_NOOP("sync", "Checking every record")
PHASE_APPLY = QT_TRANSLATE_NOOP("sync", "Saving the records")


# --- the import -----------------------------------------------------------------------


def import_file(
    ws: Workspace,
    paths: list[Path],
    *,
    accept_new_members: bool = False,
    vault: keymod.KeyVault | None = None,
    progress: Any = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportResult | membership.JoinResult:
    """Imports one bundle (one file, or all the parts of a split one) or an invitation.

    Raises a `SyncError` (nothing changed) when the file is refused.
    """
    steps = Phases(progress)
    files = container.resolve_parts([Path(p) for p in paths])
    match = container.PART_RE.match(files[0].name)
    name = match.group("base") if match else files[0].name
    vault = vault or keymod.KeyVault(ws.root)
    try:
        size = sum(f.stat().st_size for f in files)
        if not all(f.is_file() for f in files):
            raise IsADirectoryError("not a file")
    except OSError as exc:
        raise UnreadableFileError(name=str(files[0]), reason=exc.strerror or str(exc)) from exc
    reader = container.ChainReader(files)
    try:
        with open_buffered(reader) as handle:
            kind, version = container.read_prefix(handle, name)
            if kind == "invitation":
                invitation = membership.read_invitation(handle, name)
                return membership.join(ws, invitation, vault, path=files[0])
            with staging.staging_dir(ws.dirs.tmp, "import-") as temp:
                return _import_bundle(
                    ws,
                    handle,
                    name=name,
                    version=version,
                    size=size,
                    temp=temp,
                    vault=vault,
                    steps=steps,
                    limits=limits,
                    accept_new_members=accept_new_members,
                    folder=files[0].parent,
                )
    finally:
        reader.close()


def open_buffered(raw: Any) -> Any:
    import io

    return io.BufferedReader(raw, buffer_size=container.CHUNK)


def _import_bundle(
    ws: Workspace,
    handle: Any,
    *,
    name: str,
    version: int,
    size: int,
    temp: Path,
    vault: keymod.KeyVault,
    steps: Phases,
    limits: Limits,
    accept_new_members: bool,
    folder: Path | None = None,
) -> ImportResult:
    with _reading(ws) as session:
        actor = current_actor(session)
        device_keys = vault.load(actor.person_id, actor.device_id)
    if device_keys is None:
        raise NoKeysYetError()
    compat.reapply_pending(ws.db)  # what an older run of Minga kept, once understood

    archive = temp / "archive.tar"
    steps.phase(PHASE_DECRYPT, size)

    def on_read(count: int) -> None:
        steps.advance(count)
        steps.check()

    members: dict[str, Member] = {}
    small: dict[str, bytes] = {}

    def on_member(member: Member, data: bytes | None) -> None:
        members[member.name] = member
        if data is not None:
            small[member.name] = data

    # The archive is read as it is decrypted (the rules of `scan_archive`): the evidence
    # files land each in its own file of the staging folder, renamed into the store once
    # everything is verified; the records stay in `archive` (read by offset).
    files = temp / "evidence"
    files.mkdir()
    with (
        archive.open("wb", buffering=container.CHUNK) as out,
        container.ArchiveSplitter(out, files, name, limits, on_member) as splitter,
    ):
        # A large buffer: the decryption writes small pieces.
        buffered = io.BufferedWriter(splitter, container.CHUNK)
        try:
            container.decrypt(handle, buffered, device_keys.encryption_secret, name, on_read)
            buffered.flush()
        except DamagedBundleError:
            if splitter.error is not None:  # the archive's own refusal, not "damaged"
                raise splitter.error from None
            raise
        splitter.finish()
    if container.MANIFEST not in small or container.SIGNATURE not in small:
        raise MalformedBundleError(name=name, detail="manifest or signature missing")
    _refuse_territory_report(small[container.MANIFEST], name)
    manifest = manifestmod.parse(small[container.MANIFEST], name)
    if manifest.format_version != version:
        raise MalformedBundleError(name=name, detail="format versions disagree")
    check_schema(manifest, name)
    if not keymod.verify_signature(
        manifest.sender.signing_key, small[container.MANIFEST], small[container.SIGNATURE]
    ):
        raise TamperedBundleError(name=name)
    if actor.person_id not in {r.person_id for r in manifest.recipients}:
        raise NotForYouError(name=name)
    with _reading(ws) as session:
        trust = membership.check_sender(session, actor, manifest, name, accept_new_members)
        my_notes = frozenset(
            session.scalars(
                select(ObservationNote.id).where(ObservationNote.owner == actor.person_id)
            )
        )
    check_members(manifest, members, name)

    bundle = VerifiedBundle(name, archive, manifest, members, trust, actor, my_notes)
    with _reading(ws) as session:
        bundle.consents, bundle.shared_notes = consents_here(session)
    total = sum(manifest.counts.values()) + manifest.conflicts
    steps.phase(PHASE_CHECK, total)
    with _reading(ws) as session:
        bundle.context = BundleContext(session, actor)
        for spec, member in record_members(bundle):
            for batch in in_batches(bundle_records(bundle, spec, member, limits)):
                check_batch(session, bundle, spec, batch)
                steps.advance(len(batch))
                steps.check()
        for held in bundle.held.values():
            check_held(session, bundle, held)
        for kind, member in unknown_members(bundle):
            for held in unknown_records(bundle, kind, member, limits):
                check_held(session, bundle, held)
        for batch in in_batches(conflict_copies(bundle, limits)):
            steps.advance(len(batch))
            steps.check()

    # Verified. From here on the data folder changes, all of it or none of the database.
    backup = _backup(ws, manifest)
    steps.phase(PHASE_APPLY, total)
    result = ImportResult(
        name=name,
        bundle_id=manifest.bundle_id,
        sender=SenderInfo(
            manifest.sender.person_id,
            manifest.sender.name,
            manifest.sender.role,
            manifest.sender.device_id,
            manifest.sender.fingerprint,
        ),
        created_at=manifest.created_at,
        consolidated=trust.consolidated,
        accepted_member=trust.accept_sender,
        backup=backup,
    )
    with ws.db.session() as session:
        merger = Merger(session)
        for spec, member in record_members(bundle):
            for batch in in_batches(bundle_records(bundle, spec, member, limits, checked=True)):
                applied = batch
                if spec.kind == "school":
                    applied = arbitrate_schools(session, merger, bundle, spec, batch)
                merger.apply_batch(spec, [Incoming(v, r) for v, r, _ in applied])
                for values, _record, extras in applied:
                    if extras:
                        compat.store_fields(
                            session, spec.kind, values["id"], values["version"], extras
                        )
                steps.advance(len(batch))
                steps.check()
        result.newer = keep_newer(session, merger, bundle, limits)
        if newer_app_version(manifest.app_version):
            result.newer_app = manifest.app_version
            if folder is not None:  # the installer may have come on the same stick
                result.update = installers.remember(
                    session, manifest.app_version, folder, manifest.sender.signing_key
                )
        for batch in in_batches(conflict_copies(bundle, limits)):
            merger.add_received_copies([(kind, record) for kind, _, record in batch])
            steps.advance(len(batch))
            steps.check()
        if actor.role == Role.ADVISOR and SPECS[anonymous.KIND].kind in merger.summary:
            survey_pool.settle(session, actor)
        result.attachments = _store_attachments(ws, bundle)
        membership.apply_sender_trust(session, actor, manifest, trust)
        _observe_clock(session, actor, merger.max_version)
        result.clock_skew_days = clock_skew_days(manifest.created_at, clock_of(session).now())
        _acknowledge(session, actor, manifest)
        result.kinds = {kind: merger.summary[kind] for kind in SPECS if kind in merger.summary}
        result.already_imported = _log(session, result, manifest)
        # Erased people stay erased: whatever arrived about them (an older or a newer
        # copy, or the erasure itself) is emptied in this same transaction.
        purged = erasure.purge_all(session)
    erasure.finish(ws, purged)
    return result


def _refuse_territory_report(data: bytes, name: str) -> None:
    """A territory report (docs/territory.md) opened by the hub's `import`: say what it is
    and where it goes, rather than "damaged"."""
    import json

    from minga.sync.territory import REPORT_FORMAT
    from minga.sync.territory_errors import TerritoryReportFileError

    try:
        doc = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return
    if isinstance(doc, dict) and doc.get("format") == REPORT_FORMAT:
        raise TerritoryReportFileError(name=name)


class _reading:
    """A read-only session (closed without writing)."""

    def __init__(self, ws: Workspace):
        self.session = ws.db.read_session()

    def __enter__(self) -> Any:
        return self.session

    def __exit__(self, *_exc: object) -> None:
        self.session.close()


def _backup(ws: Workspace, manifest: manifestmod.Manifest) -> Path | None:
    """A copy of the database before the import, in backups/ (the last few are kept).
    None on a server's database: its copies are made on the server (pg_dump)."""
    if not ws.db.is_sqlite:
        return None
    backups = ws.dirs.backups
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")  # clock-ok: file name order
    path = backups / f"before-import-{stamp}-{manifest.bundle_id[:8]}.sqlite3"
    ws.db.backup_to(path)
    old = sorted(backups.glob("before-import-*.sqlite3"))
    for stale in old[:-IMPORT_BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return path


def _store_attachments(ws: Workspace, bundle: VerifiedBundle) -> int:
    """Copies the bundle's evidence files into the content-addressed store."""
    from minga.core.attachments import AttachmentStore

    store = AttachmentStore(ws.dirs.attachments)
    stored = 0
    for member_name, member in bundle.members.items():
        match = container.ATTACHMENT_RE.match(member_name)
        if not match:
            continue
        target = store.path_for(member.sha256)
        if target.exists():
            continue
        # Verified, in its own file of the staging folder (`ArchiveSplitter`): renamed.
        assert member.path is not None
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            publish(member.path, target)
        except OSError as exc:
            if exc.errno != errno.EXDEV:  # the store on another disk: a copy
                raise
            copy_atomically(member.path, target)
        stored += 1
    return stored


def clock_skew_days(sent_at: dt.datetime, now: dt.datetime) -> int:
    """Whole days `sent_at` lies ahead of `now` (negative: behind), or 0 within a day.

    A dead CMOS battery makes a laptop boot in 2000 or 2099: the person is told, since
    versions made with a wrong clock sort wrongly against the network's.
    """
    difference = sent_at - now
    if abs(difference) <= SKEW_WARNING:
        return 0
    days = abs(difference) // dt.timedelta(days=1)
    return days if difference > dt.timedelta(0) else -days


def _observe_clock(session: Any, actor: Actor, max_version: str) -> None:
    """Later local edits sort after every version received (hybrid logical clock), but
    the clock moves at most a day ahead of real time however far ahead a received
    version is (`HybridClock.observe`; docs/bundle-format.md, Versions)."""
    if not max_version:
        return
    last = meta.get(session, meta.HLC_LAST)
    clock = HybridClock(actor.device_id, last, wall=clock_of(session).millis)
    clock.observe(max_version)
    if clock.last != last:
        meta.put(session, meta.HLC_LAST, clock.last)


def _acknowledge(session: Any, actor: Actor, manifest: manifestmod.Manifest) -> None:
    """What we now have from the sender, and what the sender confirms having from us."""
    sender = manifest.sender
    peer = session.get(Peer, sender.device_id)
    if peer is None:
        peer = Peer(
            device_id=sender.device_id,
            person_id=sender.person_id,
            acked_seq=0,
            received_seq=0,
        )
        session.add(peer)
    if manifest.seq_max > (peer.received_seq or 0):
        peer.received_seq = manifest.seq_max
    acked = manifest.acks.get(actor.device_id, 0)
    if acked > (peer.acked_seq or 0):
        peer.acked_seq = acked
    if peer.last_seen_at is None or manifest.created_at > peer.last_seen_at:
        peer.last_seen_at = manifest.created_at
    session.flush()


def _log(session: Any, result: ImportResult, manifest: manifestmod.Manifest) -> bool:
    """Records the import in the history; True when this bundle was imported before."""
    seen = session.scalar(
        select(BundleLog.id).where(
            BundleLog.bundle_id == manifest.bundle_id, BundleLog.direction == "in"
        )
    )
    if seen is not None:
        return True
    result.already_imported = False
    session.add(
        BundleLog(
            bundle_id=manifest.bundle_id,
            direction="in",
            peer_device_id=manifest.sender.device_id,
            peer_person_id=manifest.sender.person_id,
            path=result.name,
            summary=result.as_json(),
        )
    )
    return False


__all__ = [
    "IMPORT_BACKUPS_KEPT",
    "PHASE_APPLY",
    "PHASE_CHECK",
    "PHASE_DECRYPT",
    "SKEW_WARNING",
    "ImportResult",
    "SenderInfo",
    "clock_skew_days",
    "import_file",
    "newer_app",
    "open_buffered",
]
