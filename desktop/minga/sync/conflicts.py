"""Conflict copies: the versions that lost when two edits met, for their owner to see.

`list_conflicts` shows them next to the version that won; `restore_conflict` makes a
copy the current version again (a new local edit, so it travels like any edit, and the
version it replaces is kept as a copy in turn: nothing is lost); `dismiss_conflict`
marks a copy as seen. Only the record's owner restores.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from minga.core.identity import current_actor, stamper
from minga.domain.errors import NotFoundError
from minga.store import changes
from minga.store.db import Database
from minga.store.models import ConflictCopy
from minga.sync.records import SPECS, RecordError

SYNC_FIELDS = frozenset({"id", "owner", "version", "prev_version", "updated_at"})


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    kind: str
    record_id: str
    version: str
    current_version: str | None
    owner: str
    detected_at: dt.datetime
    resolved: bool
    is_mine: bool
    payload: dict[str, Any]


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictInfo]:
    with db.session() as session:
        actor = current_actor(session)
        stmt = select(ConflictCopy).order_by(ConflictCopy.detected_at.desc(), ConflictCopy.id)
        if not include_resolved:
            stmt = stmt.where(ConflictCopy.resolved.is_(False))
        result = []
        for copy in session.scalars(stmt):
            spec = SPECS.get(copy.kind)
            current = None
            if spec is not None:
                current = session.scalar(
                    select(spec.table.c.version).where(spec.table.c.id == copy.record_id)
                )
            owner = str(copy.payload.get("owner", ""))
            result.append(
                ConflictInfo(
                    id=copy.id,
                    kind=copy.kind,
                    record_id=copy.record_id,
                    version=copy.version,
                    current_version=current,
                    owner=owner,
                    detected_at=copy.detected_at,
                    resolved=copy.resolved,
                    is_mine=owner == actor.person_id,
                    payload=dict(copy.payload),
                )
            )
        return result


def restore_conflict(db: Database, copy_id: int) -> None:
    """Brings a losing version back as the current one (owner only)."""
    with db.session() as session:
        actor = current_actor(session)
        copy = session.get(ConflictCopy, copy_id)
        if copy is None or copy.kind not in SPECS:
            raise NotFoundError(id=str(copy_id))
        spec = SPECS[copy.kind]
        row = session.scalars(select(spec.model).where(spec.model.id == copy.record_id)).first()
        if row is None:
            raise NotFoundError(id=copy.record_id)
        try:
            values = spec.decode(copy.payload)
        except RecordError as exc:
            raise NotFoundError(id=copy.record_id) from exc
        replaced = spec.encode(getattr(row, f.name) for f in spec.fields)
        for name, value in values.items():
            if name not in SYNC_FIELDS:
                setattr(row, name, value)
        stamper(session, actor).stamp(row)  # refuses anyone but the owner
        copy.resolved = True
        exists = session.scalar(
            select(ConflictCopy.id).where(
                ConflictCopy.kind == copy.kind,
                ConflictCopy.record_id == copy.record_id,
                ConflictCopy.version == replaced["version"],
            )
        )
        if exists is None:
            session.add(
                ConflictCopy(
                    kind=copy.kind,
                    record_id=copy.record_id,
                    version=replaced["version"],
                    payload=replaced,
                    change_seq=changes.reserve(session, 1),
                )
            )


def dismiss_conflict(db: Database, copy_id: int) -> None:
    """Marks a copy as seen; it stays in the database."""
    with db.session() as session:
        copy = session.get(ConflictCopy, copy_id)
        if copy is None:
            raise NotFoundError(id=str(copy_id))
        copy.resolved = True
