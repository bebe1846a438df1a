"""Applying verified records to the database: the merge rule, in batches.

Per record (docs/bundle-format.md, The merge rule):

- an unknown id is inserted;
- the same version is unchanged;
- a higher version wins; the local row is kept as a conflict copy when the two were
  concurrent;
- a lower version loses; it is kept as a conflict copy when the two were concurrent.

Two versions are *concurrent* when they come from different devices and the winner's
editor had not seen the loser: `winner.prev_version` (what its edit was based on) is
empty or sorts before `loser.version`. The predicate depends only on the two versions,
so every device that sees the same pair decides the same way, in any order.

Records arrive in batches and are written with bulk Core statements (one SELECT of the
batch's ids, one executemany INSERT, one executemany UPDATE), so memory stays bounded by
the batch, not by the bundle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from minga.store import changes, search
from minga.store.db import clock_of
from minga.store.models import ConflictCopy
from minga.sync.records import SPECS, KindSpec, version_device

BATCH = 1000
TRUST_COLUMNS = ("membership", "signing_key", "encryption_key")


# Versions at clock zero are baselines, not edits: placeholders from an invitation
# (`0000000000000-0000-invitation`) and the shipped default templates
# (`0000000000000-0000-minga-defaults`). Whatever replaces them is never a conflict.
BASELINE_CLOCK = "0000000000000-"


def concurrent(winner_version: str, winner_prev: str | None, loser_version: str) -> bool:
    """True when neither version's editor had seen the other (see the module docstring)."""
    if loser_version.startswith(BASELINE_CLOCK) or winner_version.startswith(BASELINE_CLOCK):
        return False
    if version_device(winner_version) == version_device(loser_version):
        return False
    return winner_prev is None or winner_prev < loser_version


@dataclass
class KindSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def as_json(self) -> dict[str, int]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
        }

    def add(self, other: KindSummary) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.conflicts += other.conflicts


@dataclass
class Incoming:
    """One received record: its checked column values and its JSON form."""

    values: dict[str, Any]
    record: dict[str, Any]


@dataclass
class Merger:
    """Applies records of any kind within the caller's transaction."""

    session: Session
    summary: dict[str, KindSummary] = field(default_factory=dict)
    max_version: str = ""

    def _summary(self, kind: str) -> KindSummary:
        return self.summary.setdefault(kind, KindSummary())

    def _see(self, version: str) -> None:
        if version > self.max_version and not version.startswith(BASELINE_CLOCK):
            self.max_version = version

    def apply_batch(self, spec: KindSpec, batch: list[Incoming]) -> None:
        if not batch:
            return
        table = spec.table
        counts = self._summary(spec.kind)
        is_person = spec.kind == "person"
        lookup = [table.c.id, table.c.owner, table.c.version, table.c.prev_version]
        if is_person:
            lookup += [table.c[name] for name in TRUST_COLUMNS]
        ids = list({item.values["id"] for item in batch})
        local: dict[str, dict[str, Any]] = {
            row.id: dict(row._mapping)
            for row in self.session.execute(select(*lookup).where(table.c.id.in_(ids)))
        }
        inserts: dict[str, dict[str, Any]] = {}
        updates: dict[str, dict[str, Any]] = {}
        local_losers: set[str] = set()
        copies: list[tuple[str, str, dict[str, Any]]] = []  # (record_id, version, record)
        pending_records: dict[str, dict[str, Any]] = {}

        for item in batch:
            values = item.values
            record_id = values["id"]
            version = values["version"]
            self._see(version)
            current = inserts.get(record_id) or updates.get(record_id) or local.get(record_id)
            if current is None:
                inserts[record_id] = values
                pending_records[record_id] = item.record
                counts.new += 1
                continue
            if version == current["version"]:
                counts.unchanged += 1
                continue
            if version > current["version"]:
                if concurrent(version, values["prev_version"], current["version"]):
                    if record_id in pending_records:
                        copies.append((record_id, current["version"], pending_records[record_id]))
                    else:
                        local_losers.add(record_id)
                if record_id in inserts:
                    inserts[record_id] = values
                else:
                    if is_person:
                        values = {**values, **{c: local[record_id][c] for c in TRUST_COLUMNS}}
                    updates[record_id] = values
                    counts.updated += 1
                pending_records[record_id] = item.record
            else:
                if concurrent(current["version"], current["prev_version"], version):
                    copies.append((record_id, version, item.record))
                counts.unchanged += 1

        if local_losers:
            # The losing local rows, read before they are overwritten.
            columns = spec.columns
            for row in self.session.execute(
                select(*columns).where(table.c.id.in_(list(local_losers)))
            ):
                record = spec.encode(row)
                copies.append((record["id"], record["version"], record))
        if is_person:
            for values in inserts.values():
                # A person's trust comes from the advisor, never from their own record.
                values["membership"] = "pending"
        self._write(spec, inserts, updates)
        if copies:
            self.add_copies(spec.kind, copies)

    def _write(
        self, spec: KindSpec, inserts: dict[str, dict[str, Any]], updates: dict[str, dict]
    ) -> None:
        total = len(inserts) + len(updates)
        if not total:
            return
        seq = changes.reserve(self.session, total)
        rows = []
        for values in inserts.values():
            rows.append({**values, "change_seq": seq})
            seq += 1
        if rows and spec.kind == "practice":
            # Full-text indexing once per batch rather than once per row (store.search).
            with search.deferred_practice_index(self.session):
                self.session.execute(insert(spec.table), rows)
        elif rows:
            self.session.execute(insert(spec.table), rows)
        changed = []
        for values in updates.values():
            row = {k: v for k, v in values.items() if k != "id"}
            row["b_id"] = values["id"]
            row["change_seq"] = seq
            seq += 1
            changed.append(row)
        if changed:
            self.session.execute(
                update(spec.table).where(spec.table.c.id == bindparam("b_id")), changed
            )

    def add_copies(
        self,
        kind: str,
        copies: Iterable[tuple[str, str, dict[str, Any]]],
    ) -> int:
        """Stores losing versions once each; returns how many were new here."""
        wanted: dict[tuple[str, str], dict[str, Any]] = {}
        for record_id, version, record in copies:
            wanted.setdefault((record_id, version), record)
            self._see(version)
        if not wanted:
            return 0
        table = ConflictCopy.__table__
        existing = {
            (row.record_id, row.version)
            for row in self.session.execute(
                select(table.c.record_id, table.c.version).where(
                    table.c.kind == kind,
                    table.c.record_id.in_(list({rid for rid, _ in wanted})),
                )
            )
        }
        fresh = [(key, record) for key, record in wanted.items() if key not in existing]
        if not fresh:
            return 0
        seq = changes.reserve(self.session, len(fresh))
        now = clock_of(self.session).now()
        self.session.execute(
            insert(table),  # type: ignore[arg-type]  # a mapped class's __table__ is a Table
            [
                {
                    "kind": kind,
                    "record_id": record_id,
                    "version": version,
                    "payload": record,
                    "detected_at": now,
                    "resolved": False,
                    "change_seq": seq + offset,
                }
                for offset, ((record_id, version), record) in enumerate(fresh)
            ],
        )
        self._summary(kind).conflicts += len(fresh)
        return len(fresh)

    def add_received_copies(self, batch: list[tuple[str, dict[str, Any]]]) -> None:
        """Conflict copies that travelled in a bundle (already checked), by kind.

        A copy of the version a row holds here right now is not a loser here, so it
        is left out.
        """
        by_kind: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        for kind, record in batch:
            by_kind.setdefault(kind, []).append((record["id"], record["version"], record))
        for kind, items in by_kind.items():
            table = SPECS[kind].table
            current = {
                (row.id, row.version)
                for row in self.session.execute(
                    select(table.c.id, table.c.version).where(
                        table.c.id.in_(list({rid for rid, _, _ in items}))
                    )
                )
            }
            self.add_copies(kind, [i for i in items if (i[0], i[1]) not in current])
