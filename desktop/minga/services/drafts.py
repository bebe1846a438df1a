"""Autosaved drafts of unfinished forms (docs/architecture.md, Reliability: nothing typed is lost).

A form saves what is typed every few seconds; a draft outlives a crash or a killed
process, and the next start offers it back. Saving the record discards its draft.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from minga.store.db import Database
from minga.store.models import Draft


@dataclass(frozen=True)
class DraftInfo:
    id: int
    kind: str
    record_id: str | None
    payload: dict[str, Any]
    updated_at: dt.datetime

    @property
    def title(self) -> str:
        """What the person would recognise the draft by (its title field, if any)."""
        return str(self.payload.get("title") or "")


class DraftService:
    def __init__(self, db: Database):
        self.db = db

    def save(
        self, kind: str, payload: dict[str, Any], *, draft_id: int | None = None,
        record_id: str | None = None,
    ) -> int:  # fmt: skip
        """Creates or replaces a draft; returns its id (keep it for the next save)."""
        with self.db.session() as session:
            draft = session.get(Draft, draft_id) if draft_id is not None else None
            if draft is None:
                draft = Draft(kind=kind, record_id=record_id)
                session.add(draft)
            draft.payload = dict(payload)
            draft.record_id = record_id
            draft.updated_at = self.db.clock.now()
            session.flush()
            return draft.id

    def discard(self, draft_id: int) -> None:
        with self.db.session() as session:
            session.execute(delete(Draft).where(Draft.id == draft_id))

    def get(self, draft_id: int) -> DraftInfo | None:
        with self.db.session() as session:
            draft = session.get(Draft, draft_id)
            return _info(draft) if draft else None

    def pending(self, kind: str | None = None) -> list[DraftInfo]:
        """Unfinished drafts, newest first."""
        with self.db.session() as session:
            stmt = select(Draft).order_by(Draft.updated_at.desc())
            if kind:
                stmt = stmt.where(Draft.kind == kind)
            return [_info(d) for d in session.scalars(stmt)]

    def for_record(self, kind: str, record_id: str) -> DraftInfo | None:
        with self.db.session() as session:
            draft = session.scalars(
                select(Draft)
                .where(Draft.kind == kind, Draft.record_id == record_id)
                .order_by(Draft.updated_at.desc())
            ).first()
            return _info(draft) if draft else None


def _info(draft: Draft) -> DraftInfo:
    return DraftInfo(
        id=draft.id,
        kind=draft.kind,
        record_id=draft.record_id,
        payload=dict(draft.payload or {}),
        updated_at=draft.updated_at,
    )
