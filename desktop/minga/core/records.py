"""Finding, owning and saving synced rows: the one stamping rule every service uses.

A changed row gets a new version (`Stamper.stamp`); an unchanged one keeps its version,
so saving a form nobody touched sends nothing to the others.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from minga.core.identity import Actor, stamper
from minga.domain.errors import NotFoundError, PermissionDeniedError
from minga.store.models import Person, SyncedMixin

M = TypeVar("M", bound=SyncedMixin)


def find_live(
    session: Session, model: type[M], record_id: str, *, include_deleted: bool = False
) -> M:
    """The row with this id, or `NotFoundError` (also for tombstones, unless asked)."""
    row = session.scalars(select(model).where(model.id == record_id)).first() if record_id else None
    if row is None or (row.deleted and not include_deleted):
        raise NotFoundError(id=record_id)
    return row


def person_name(session: Session, person_id: str | None) -> str:
    if not person_id:
        return ""
    person = session.get(Person, person_id)
    return person.name if person else ""


def check_owner(session: Session, owner: str, actor: Actor) -> None:
    """`PermissionDeniedError` naming the owner, unless this installation owns it."""
    if owner != actor.person_id:
        raise PermissionDeniedError(owner=person_name(session, owner) or owner)


def own(
    session: Session, model: type[M], record_id: str, actor: Actor, *, include_deleted: bool = False
) -> M:
    """The live row, checked to be this installation's (ownership first, then edit)."""
    row = find_live(session, model, record_id, include_deleted=include_deleted)
    check_owner(session, row.owner, actor)
    return row


def save(session: Session, actor: Actor, row: SyncedMixin) -> bool:
    """Stamps a changed row (a new version); an unchanged one keeps its version.
    Says whether the row changed."""
    changed = session.is_modified(row)
    if changed:
        stamper(session, actor).stamp(row)
    session.flush()
    return changed
