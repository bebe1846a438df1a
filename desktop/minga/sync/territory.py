"""Territory report bundles: written by an advisor, imported on the coordinator's hub.

The bytes are a bundle's (docs/bundle-format.md; docs/territory.md): the cleartext
`MINGA-BUNDLE 1` line, age encryption to the coordinator alone, a strict ustar archive
whose first two members are `manifest.json` (its `format` is `minga-territory-report`)
and `manifest.sig` (Ed25519 of the manifest's bytes by the advisor), then one gzip JSON
Lines member per kind of row: `records/territory_network.jsonl.gz`,
`records/territory_figure.jsonl.gz`, `records/territory_session.jsonl.gz`,
`records/territory_practice.jsonl.gz` (`domain/territory_schema.py`).

Writing (`write_report`): the payload (plain dicts from `services.territory_report`),
signed and encrypted to the coordinator the advisor accepted, into one atomic file.

Importing (`import_report`), in the importer's order, nothing written until all passed:
the prefix; age decryption with the hub's key into a staging folder; the archive within
bounds; the manifest well formed, signed by the key it names, addressed to this
coordinator, from an **accepted** advisor with that very key; the members exactly as
listed; every row of every kind valid (a bad row refuses the whole report, with the row
and the reason in Spanish). Then per network: refused when another advisor reported it
(or one of its sessions or practices carries the id of another network's), kept as it
is when the hub holds a newer report of it; the rest replaces what the hub had of those
networks, in one transaction with the report's log entry. A report already imported
changes nothing and says so. `import_folder` imports every new report of a folder (the
hub's schedule).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import logging
import re
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from minga import __version__
from minga.core.files import atomic_output
from minga.core.identity import current_actor
from minga.domain import territory_schema
from minga.domain.errors import MingaError
from minga.domain.field_types import DateTime, RecordError
from minga.domain.vocab import Role
from minga.store import staging
from minga.store.db import SCHEMA_HEAD
from minga.store.territory_models import (
    TerritoryAdvisor,
    TerritoryFigure,
    TerritoryNetwork,
    TerritoryPractice,
    TerritoryReportLog,
    TerritorySession,
)
from minga.sync import container
from minga.sync import keys as keymod
from minga.sync.errors import (
    MalformedBundleError,
    NoKeysYetError,
    NotForYouError,
    TamperedBundleError,
    UnreadableFileError,
)
from minga.sync.manifest import DEVICE_RE, ManifestError, pattern_field, text_field, typed_field
from minga.sync.records import UUID_RE
from minga.sync.roster import ACTIVE
from minga.sync.territory_errors import (
    AdvisorKeyMismatchError,
    AdvisorOnlyTerritoryError,
    BadTerritoryRowError,
    CoordinatorOnlyError,
    NoCoordinatorError,
    NotATerritoryReportError,
    RemovedAdvisorError,
    UnknownAdvisorError,
)
from minga.sync.territory_trust import coordinator_of

if TYPE_CHECKING:
    from minga.core.workspace import Workspace

log = logging.getLogger(__name__)

REPORT_FORMAT = "minga-territory-report"
REPORT_FORMAT_VERSION = 1
LAST_REPORT_KEY = "territory_last_report"  # meta on the advisor's installation
KINDS = territory_schema.KINDS
MEMBER_NAMES = {f"records/{kind}.jsonl.gz": kind for kind in KINDS}
LIMITS = container.Limits(
    max_total_bytes=1024**3,
    max_members=len(KINDS) + 2,
    max_manifest_bytes=1024**2,
    max_records_bytes=256 * 1024**2,
    max_plain_bytes=1024**3,
    max_line_bytes=1024**2,
    max_attachment_bytes=0,
)
MAX_NETWORKS = 200
MAX_YEARS = 200
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
# Why a network of a report was not applied (the result's `refused`).
CLAIMED = "claimed"  # reported by another advisor
IDS_TAKEN = "ids_taken"  # a session or practice id of another network
OLDER = "older"  # the hub holds a newer report of it


# --- writing --------------------------------------------------------------------------


@dataclass(frozen=True)
class Written:
    path: Path
    report_id: str
    coordinator: str
    territory: str
    networks: int
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "report_id": self.report_id,
            "coordinator": self.coordinator,
            "territory": self.territory,
            "networks": self.networks,
            "counts": self.counts,
        }


def rows_of(payload: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The payload's rows per kind (networks, figures, sessions, practices)."""
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for item in payload["networks"]:
        rows["territory_network"].append(item["network"])
        rows["territory_figure"].extend(item["figures"])
        rows["territory_session"].extend(item["sessions"])
        rows["territory_practice"].extend(item["practices"])
    return rows


def write_report(
    ws: Workspace,
    payload: dict[str, Any],
    out: Path,
    vault: keymod.KeyVault | None = None,
) -> Written:
    """(Advisor) The payload as a territory report for her coordinator, written to `out`
    atomically (a file that exists is whole)."""
    vault = vault or keymod.KeyVault(ws.root)
    rows = rows_of(payload)
    for kind, items in rows.items():  # what leaves is what the hub will accept
        for number, row in enumerate(items, 1):
            try:
                territory_schema.validate(kind, row)
            except RecordError as exc:
                raise BadTerritoryRowError(
                    name=Path(out).name, row=number, part=kind, detail=str(exc)
                ) from None
    with ws.db.session() as session:
        actor = current_actor(session)
        if actor.role != Role.ADVISOR:
            raise AdvisorOnlyTerritoryError()
        card = coordinator_of(session)
        if card is None:
            raise NoCoordinatorError()
        device_keys = keymod.ensure_keys(session, vault)
        public = device_keys.public
        report_id = str(uuid.uuid4())
        created_at = ws.db.clock.now().astimezone(dt.UTC).isoformat()
        sender = {
            "person_id": actor.person_id,
            "device_id": actor.device_id,
            "name": actor.name,
            "role": actor.role,
            "signing_key": public.signing_key,
            "encryption_key": public.encryption_key,
        }
        recipient = {
            "person_id": card.coordinator.person_id,
            "encryption_key": card.coordinator.encryption_key,
        }
        pack_report(
            Path(out),
            rows,
            sender=sender,
            recipient=recipient,
            device_keys=device_keys,
            report_id=report_id,
            created_at=created_at,
            years=payload.get("years"),
        )
        from minga.store import meta

        meta.put(
            session,
            LAST_REPORT_KEY,
            json.dumps(
                {"report_id": report_id, "created_at": created_at, "path": str(out)},
                ensure_ascii=False,
            ),
        )
        return Written(
            Path(out),
            report_id,
            card.coordinator.name,
            card.territory,
            len(rows["territory_network"]),
            {kind: len(rows[kind]) for kind in KINDS},
        )


def pack_report(
    out: Path,
    rows: dict[str, list[dict[str, Any]]],
    *,
    sender: dict[str, Any],
    recipient: dict[str, Any],
    device_keys: keymod.DeviceKeys,
    report_id: str,
    created_at: str,
    years: list[int] | None = None,
) -> None:
    """The report's bytes (rows as given, not checked): manifest, signature, members,
    encrypted to `recipient` into one atomic file. `years`: the school years the report
    covers (None: all of them)."""
    members: dict[str, bytes] = {}
    for kind in KINDS:
        text = "".join(
            json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"
            for row in rows.get(kind, [])
        )
        members[f"records/{kind}.jsonl.gz"] = gzip.compress(text.encode("utf-8"), mtime=0)
    manifest = {
        "format": REPORT_FORMAT,
        "format_version": REPORT_FORMAT_VERSION,
        "schema_version": SCHEMA_HEAD,
        "app_version": __version__,
        "report_id": report_id,
        "created_at": created_at,
        "sender": sender,
        "recipients": [recipient],
        "counts": {kind: len(rows.get(kind, [])) for kind in KINDS},
        "years": years,
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    plain = io.BytesIO()
    archive = container.ArchiveWriter(plain)
    archive.add_bytes(container.MANIFEST, manifest_bytes)
    archive.add_bytes(container.SIGNATURE, device_keys.sign(manifest_bytes))
    for name, data in members.items():
        archive.add_bytes(name, data)
    archive.close()
    plain.seek(0)
    with atomic_output(Path(out)) as handle:
        handle.write(container.prefix())
        container.encrypt(plain, handle, [recipient["encryption_key"]])


# --- reading --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportManifest:
    report_id: str
    created_at: dt.datetime
    sender_id: str
    sender_name: str
    sender_device: str
    signing_key: str
    encryption_key: str
    recipients: list[str]
    counts: dict[str, int]
    members: dict[str, tuple[str, int]]
    years: frozenset[int] | None = None  # the school years covered; None: all

    @property
    def fingerprint(self) -> str:
        return keymod.fingerprint(self.signing_key)


def _parse_manifest(data: bytes, name: str) -> ReportManifest:
    try:
        doc = json.loads(data.decode("utf-8"))
        fmt = typed_field(doc, "format", str)
        if fmt != REPORT_FORMAT:
            raise NotATerritoryReportError(name=name)
        if typed_field(doc, "format_version", int) != REPORT_FORMAT_VERSION:
            raise ManifestError("unknown format_version")
        created = DateTime().check("created_at", typed_field(doc, "created_at", str))
        sender = typed_field(doc, "sender", dict)
        signing = typed_field(sender, "signing_key", str)
        encryption = typed_field(sender, "encryption_key", str)
        if not keymod.is_signing_key(signing) or not keymod.is_encryption_key(encryption):
            raise ManifestError("the sender's keys are not well formed")
        if typed_field(sender, "role", str) != Role.ADVISOR:
            raise ManifestError("the sender is not an advisor")
        recipients = []
        for item in typed_field(doc, "recipients", list)[:100]:
            recipients.append(pattern_field(item, "person_id", UUID_RE))
        counts = {}
        raw_counts = typed_field(doc, "counts", dict)
        if set(raw_counts) != set(KINDS):
            raise ManifestError("counts names other kinds")
        for kind in KINDS:
            value = typed_field(raw_counts, kind, int)
            if not 0 <= value <= 10_000_000:
                raise ManifestError("a count is out of range")
            counts[kind] = value
        members = {}
        raw_members = typed_field(doc, "members", dict)
        if set(raw_members) != set(MEMBER_NAMES):
            raise ManifestError("members names other files")
        for member_name in MEMBER_NAMES:
            info = typed_field(raw_members, member_name, dict)
            size = typed_field(info, "size", int)
            members[member_name] = (pattern_field(info, "sha256", _SHA256_RE), size)
        return ReportManifest(
            years=_years(doc),
            report_id=pattern_field(doc, "report_id", UUID_RE),
            created_at=created.astimezone(dt.UTC),
            sender_id=pattern_field(sender, "person_id", UUID_RE),
            sender_name=text_field(sender, "name", 120) or "",
            sender_device=pattern_field(sender, "device_id", DEVICE_RE),
            signing_key=signing,
            encryption_key=encryption,
            recipients=recipients,
            counts=counts,
            members=members,
        )
    except (ManifestError, RecordError, ValueError, RecursionError) as exc:
        raise MalformedBundleError(name=name, detail=f"manifest: {str(exc)[:200]}") from None


def _years(doc: dict[str, Any]) -> frozenset[int] | None:
    """The manifest's `years`: absent or null (every year), or a list of distinct school
    years."""
    raw = doc.get("years")
    if raw is None:
        return None
    if not isinstance(raw, list) or not raw or len(raw) > MAX_YEARS:
        raise ManifestError("years is not a list of school years")
    if any(type(y) is not int or not 1990 <= y <= 2200 for y in raw) or len(set(raw)) != len(raw):
        raise ManifestError("years is not a list of school years")
    return frozenset(raw)


def _rows(archive: Path, member: container.Member, name: str) -> Iterator[tuple[int, Any]]:
    """(line number, decoded JSON) of one gzip JSON Lines member, within the limits."""
    budget = 1024**2 + LIMITS.max_ratio * member.size
    total = 0
    number = 0
    try:
        with container.Slice(archive, member) as raw, gzip.GzipFile(fileobj=raw) as lines:
            while True:
                line = lines.readline(LIMITS.max_line_bytes + 1)
                if not line:
                    return
                number += 1
                total += len(line)
                if len(line) > LIMITS.max_line_bytes or not line.endswith(b"\n"):
                    raise MalformedBundleError(name=name, detail=f"{member.name}: a line too long")
                if total > min(budget, LIMITS.max_plain_bytes):
                    raise MalformedBundleError(name=name, detail=f"{member.name}: too large")
                try:
                    yield number, json.loads(line.decode("utf-8"))
                except (ValueError, RecursionError):
                    raise MalformedBundleError(
                        name=name, detail=f"{member.name}: line {number} is not JSON"
                    ) from None
    except (OSError, EOFError, zlib.error) as exc:
        raise MalformedBundleError(name=name, detail=f"{member.name}: {exc}") from None


@dataclass
class VerifiedReport:
    name: str
    manifest: ReportManifest
    rows: dict[str, list[dict[str, Any]]]


def read_report(ws: Workspace, path: Path, vault: keymod.KeyVault | None = None) -> VerifiedReport:
    """The report in `path`, decrypted and verified (signature, recipient, sender's key
    accepted, members, every row); raises a `SyncError` sentence otherwise. Nothing is
    written but a staging folder, removed at the end."""
    path = Path(path)
    name = path.name
    vault = vault or keymod.KeyVault(ws.root)
    with ws.db.session() as session:
        actor = current_actor(session)
        if actor.role != Role.COORDINATOR:
            raise CoordinatorOnlyError()
        device_keys = vault.load(actor.person_id, actor.device_id)
    if device_keys is None:
        raise NoKeysYetError()
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise UnreadableFileError(name=str(path), reason=exc.strerror or str(exc)) from exc
    with handle, staging.staging_dir(ws.dirs.tmp, "territory-") as temp:
        kind, version = container.read_prefix(handle, name)
        if kind != "bundle":
            raise NotATerritoryReportError(name=name)
        archive = temp / "report.tar"
        with archive.open("wb") as out:
            container.decrypt(handle, out, device_keys.encryption_secret, name)
        members: dict[str, container.Member] = {}
        small: dict[str, bytes] = {}

        def on_member(member: container.Member, data: bytes | None) -> None:
            members[member.name] = member
            if data is not None:
                small[member.name] = data

        with archive.open("rb") as tar:
            container.scan_archive(tar, name, LIMITS, on_member)
        if container.MANIFEST not in small or container.SIGNATURE not in small:
            raise MalformedBundleError(name=name, detail="manifest or signature missing")
        manifest = _parse_manifest(small[container.MANIFEST], name)
        if version != REPORT_FORMAT_VERSION:
            raise MalformedBundleError(name=name, detail="format versions disagree")
        if not keymod.verify_signature(
            manifest.signing_key, small[container.MANIFEST], small[container.SIGNATURE]
        ):
            raise TamperedBundleError(name=name)
        if actor.person_id not in manifest.recipients:
            raise NotForYouError(name=name)
        _check_sender(ws, manifest, name)
        found = {
            n: m for n, m in members.items() if n not in (container.MANIFEST, container.SIGNATURE)
        }
        if set(found) != set(manifest.members):
            raise MalformedBundleError(name=name, detail="the members are not those listed")
        for member_name, member in found.items():
            if (member.sha256, member.size) != manifest.members[member_name]:
                raise TamperedBundleError(name=name)
        rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
        for member_name, kind_name in MEMBER_NAMES.items():
            for number, row in _rows(archive, found[member_name], name):
                try:
                    rows[kind_name].append(territory_schema.validate(kind_name, row))
                except RecordError as exc:
                    raise BadTerritoryRowError(
                        name=name, row=number, part=kind_name, detail=str(exc)
                    ) from None
            if len(rows[kind_name]) != manifest.counts[kind_name]:
                raise MalformedBundleError(name=name, detail=f"{kind_name}: count differs")
    _check_consistent(rows, name, manifest.years)
    return VerifiedReport(name, manifest, rows)


def _check_sender(ws: Workspace, manifest: ReportManifest, name: str) -> None:
    with ws.db.session() as session:
        advisor = session.get(TerritoryAdvisor, manifest.sender_id)
        if advisor is None:
            raise UnknownAdvisorError(
                name=name, advisor=manifest.sender_name, fingerprint=manifest.fingerprint
            )
        if advisor.status != ACTIVE:
            from minga.sync.territory_advisors import removal_of

            _when, reason = removal_of(session, advisor.person_id)
            raise RemovedAdvisorError(name=name, advisor=advisor.name, reason=reason or "-")
        if advisor.signing_key != manifest.signing_key:
            raise AdvisorKeyMismatchError(name=name, advisor=advisor.name)


def _check_consistent(
    rows: dict[str, list[dict[str, Any]]], name: str, years: frozenset[int] | None = None
) -> None:
    """Every row belongs to a network of the report (and to a year it covers); ids
    appear once."""
    networks = [row["microcentre_id"] for row in rows["territory_network"]]
    if len(networks) > MAX_NETWORKS:
        raise MalformedBundleError(name=name, detail="too many networks")
    if len(set(networks)) != len(networks):
        raise MalformedBundleError(name=name, detail="a network appears twice")
    known = set(networks)
    for kind in ("territory_figure", "territory_session", "territory_practice"):
        seen: set[Any] = set()
        for number, row in enumerate(rows[kind], 1):
            if row["microcentre_id"] not in known:
                raise BadTerritoryRowError(
                    name=name, row=number, part=kind, detail="its network is not in the report"
                )
            if years is not None and row["year"] not in years:
                raise BadTerritoryRowError(
                    name=name, row=number, part=kind, detail="its year is not in the report"
                )
            ident = (
                (row["microcentre_id"], row["year"], row["key"])
                if kind == "territory_figure"
                else row["id"]
            )
            if ident in seen:
                raise BadTerritoryRowError(name=name, row=number, part=kind, detail="it repeats")
            seen.add(ident)


# --- importing ------------------------------------------------------------------------


@dataclass
class ReportImport:
    """What importing one report did."""

    name: str
    report_id: str
    advisor: str
    fingerprint: str
    created_at: dt.datetime
    already_imported: bool = False
    imported: list[str] = field(default_factory=list)  # network names
    refused: list[tuple[str, str]] = field(default_factory=list)  # (network name, why)
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.name,
            "report_id": self.report_id,
            "advisor": self.advisor,
            "fingerprint": self.fingerprint,
            "created_at": self.created_at.isoformat(),
            "already_imported": self.already_imported,
            "imported": self.imported,
            "refused": [{"network": n, "reason": r} for n, r in self.refused],
            "counts": self.counts,
        }


def import_report(ws: Workspace, path: Path, vault: keymod.KeyVault | None = None) -> ReportImport:
    """(Coordinator) Verifies the report in `path` and stores it (see the module's text).
    Raises a `SyncError` when the whole report is refused; nothing changed then."""
    report = read_report(ws, path, vault)
    manifest = report.manifest
    result = ReportImport(
        report.name,
        manifest.report_id,
        manifest.sender_name,
        manifest.fingerprint,
        manifest.created_at,
    )
    with ws.db.session() as session:
        if session.get(TerritoryReportLog, manifest.report_id) is not None:
            result.already_imported = True
            return result
        names = {row["microcentre_id"]: row["name"] for row in report.rows["territory_network"]}
        accepted = _judge(session, report, result, names)
        counts = dict.fromkeys(KINDS, 0)
        now = ws.db.clock.now().astimezone(dt.UTC)
        for centre in accepted:
            for model in (TerritoryFigure, TerritorySession, TerritoryPractice):
                # A report of some years replaces those years only.
                replaced = delete(model).where(model.microcentre_id == centre)
                if manifest.years is not None:
                    replaced = replaced.where(model.year.in_(sorted(manifest.years)))
                session.execute(replaced)
        if manifest.years is not None:  # a practice may have moved to another year
            for kind, model in (
                ("territory_session", TerritorySession),
                ("territory_practice", TerritoryPractice),
            ):
                ids = [row["id"] for row in report.rows[kind] if row["microcentre_id"] in accepted]
                for start in range(0, len(ids), 500):
                    session.execute(delete(model).where(model.id.in_(ids[start : start + 500])))
        session.flush()
        for row in report.rows["territory_network"]:
            if row["microcentre_id"] not in accepted:
                continue
            network = session.get(TerritoryNetwork, row["microcentre_id"])
            if network is None:
                network = TerritoryNetwork(microcentre_id=row["microcentre_id"])
                session.add(network)
            for key, value in row.items():
                setattr(network, key, value)
            network.advisor_id = manifest.sender_id
            network.report_id = manifest.report_id
            network.reported_at = manifest.created_at
            network.received_at = now
            counts["territory_network"] += 1
            result.imported.append(row["name"])
        for kind, model in (
            ("territory_figure", TerritoryFigure),
            ("territory_session", TerritorySession),
            ("territory_practice", TerritoryPractice),
        ):
            items = [row for row in report.rows[kind] if row["microcentre_id"] in accepted]
            session.add_all(model(**row) for row in items)
            counts[kind] = len(items)
        result.counts = counts
        session.add(
            TerritoryReportLog(
                report_id=manifest.report_id,
                advisor_id=manifest.sender_id,
                created_at=manifest.created_at,
                received_at=now,
                path=str(path),
                summary={
                    "advisor": manifest.sender_name,
                    "imported": result.imported,
                    "refused": [[n, r] for n, r in result.refused],
                    "counts": counts,
                },
            )
        )
    return result


def _judge(
    session: Any, report: VerifiedReport, result: ReportImport, names: dict[str, str]
) -> set[str]:
    """The networks of the report this import applies; the others go to `refused`."""
    manifest = report.manifest
    accepted: set[str] = set()
    for centre, name in names.items():
        stored = session.get(TerritoryNetwork, centre)
        if stored is not None and stored.advisor_id != manifest.sender_id:
            result.refused.append((name, CLAIMED))
        elif stored is not None and stored.reported_at >= manifest.created_at:
            result.refused.append((name, OLDER))
        else:
            accepted.add(centre)
    # A session or practice id the hub holds under another network is never taken over.
    for kind, model in (
        ("territory_session", TerritorySession),
        ("territory_practice", TerritoryPractice),
    ):
        ids: dict[str, str] = {
            row["id"]: row["microcentre_id"]
            for row in report.rows[kind]
            if row["microcentre_id"] in accepted
        }
        for start in range(0, len(ids), 500):
            chunk = list(ids)[start : start + 500]
            for ident, owner in session.execute(
                select(model.id, model.microcentre_id).where(model.id.in_(chunk))
            ):
                centre = ids[ident]
                if owner != centre and centre in accepted:
                    accepted.discard(centre)
                    result.refused.append((names[centre], IDS_TAKEN))
    return accepted


@dataclass
class FolderImport:
    """What importing a folder did: the reports imported, those seen before, the files
    refused (file name, sentence)."""

    imported: list[ReportImport] = field(default_factory=list)
    skipped: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": [r.as_json() for r in self.imported],
            "skipped": self.skipped,
            "errors": [{"file": f, "error": e} for f, e in self.errors],
        }


def import_folder(
    ws: Workspace, folder: Path, vault: keymod.KeyVault | None = None
) -> FolderImport:
    """(Coordinator) Imports every `.minga` report in `folder` not imported before (by
    report id), oldest file name first; a refused file is reported, the others go on."""
    result = FolderImport()
    vault = vault or keymod.KeyVault(ws.root)
    try:
        files = sorted(p for p in Path(folder).iterdir() if p.suffix == ".minga" and p.is_file())
    except OSError as exc:
        raise UnreadableFileError(name=str(folder), reason=exc.strerror or str(exc)) from exc
    for path in files:
        if not _is_bundle(path):
            continue  # an invitation or a card left beside the reports
        try:
            outcome = import_report(ws, path, vault)
        except MingaError as exc:
            log.info("territory report %s refused: %s", path.name, exc)
            result.errors.append((path.name, exc.message()))
            continue
        if outcome.already_imported:
            result.skipped += 1
        else:
            result.imported.append(outcome)
    return result


def _is_bundle(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(container.BUNDLE_MAGIC)) == container.BUNDLE_MAGIC
    except OSError:
        return True  # import_report says why it cannot be read
