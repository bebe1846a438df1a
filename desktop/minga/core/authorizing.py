"""The authorization table (minga.domain.authorization) asked from a database.

`DatabaseContext` answers the table's questions from the rows stored here; the importer
extends it with the records of the bundle being checked. `check_write` is what the
`Stamper` asks before it stamps any local change, so every service goes through the
same table as every imported record.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from minga.domain import authorization as authz
from minga.domain.errors import NotAllowedError, PermissionDeniedError
from minga.store import meta
from minga.store.models import MODELS_BY_KIND, ObservationNote, Person, SyncedMixin

# Where a teacher's installation keeps its advisor (minga.sync.membership.ADVISOR_KEY).
ADVISOR_KEY = "sync_advisor_id"


class DatabaseContext:
    """The table's questions answered from this database (never flushing pending rows:
    the row being checked may not be complete yet)."""

    def __init__(self, session: Session, person_id: str, role: str | None = None):
        self.session = session
        with session.no_autoflush:
            advisor = meta.get(session, ADVISOR_KEY)
            if advisor is None:
                own_role = role if role is not None else self.role_of(person_id)
                advisor = person_id if own_role == authz.ADVISOR_ROLE else None
        self._advisor = advisor

    @property
    def advisor_id(self) -> str | None:
        return self._advisor

    def owner_of(self, kind: str, record_id: str) -> str | None:
        if not record_id:
            return None
        model = MODELS_BY_KIND[kind]
        with self.session.no_autoflush:
            return self.session.scalar(select(model.owner).where(model.id == record_id))

    def note_parties(self, note_id: str) -> tuple[str, str] | None:
        if not note_id:
            return None
        with self.session.no_autoflush:
            row = self.session.execute(
                select(ObservationNote.owner, ObservationNote.observed_id).where(
                    ObservationNote.id == note_id
                )
            ).first()
        return (row[0], row[1]) if row is not None else None

    def role_of(self, person_id: str) -> str | None:
        with self.session.no_autoflush:
            return self.session.scalar(select(Person.role).where(Person.id == person_id))

    def school_of(self, person_id: str) -> str | None:
        with self.session.no_autoflush:
            row = self.session.execute(
                select(Person.school_id).where(Person.id == person_id)
            ).first()
        return None if row is None else (row[0] or "")


def _values(row: SyncedMixin) -> dict[str, Any]:
    table = row.__table__  # type: ignore[attr-defined]
    return {c.name: getattr(row, c.key, None) for c in table.columns}


def _committed(row: SyncedMixin) -> dict[str, Any]:
    """The row as stored, before this session's changes to it."""
    state = inspect(row)
    values = {}
    for column in row.__table__.columns:  # type: ignore[attr-defined]
        history = state.attrs[column.key].history
        if history.deleted:
            values[column.name] = history.deleted[0]
        elif history.unchanged:
            values[column.name] = history.unchanged[0]
        else:
            values[column.name] = getattr(row, column.key, None)
    return values


def check_write(session: Session, person_id: str, row: SyncedMixin, *, new: bool) -> None:
    """Raises unless `person_id` may write `row` as it now stands (the table's answer)."""
    record = _values(row)
    existing = None if new else _committed(row)
    action = authz.action_for(record, existing)
    denied = authz.authorize(
        row.__kind__, action, person_id, record, existing, DatabaseContext(session, person_id)
    )
    if denied is None:
        return
    owner = (existing or record).get("owner")
    if denied.reason == authz.NOT_YOURS and owner and owner != person_id:
        with session.no_autoflush:
            person = session.get(Person, owner)
        raise PermissionDeniedError(owner=person.name if person else owner)
    raise NotAllowedError(reason=denied.reason, **denied.params)
