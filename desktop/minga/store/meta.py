"""Key/value facts about this installation, kept in the `meta` table."""

from __future__ import annotations

from sqlalchemy.orm import Session

from minga.store.models import Meta

DEVICE_ID = "device_id"
PERSON_ID = "person_id"
HLC_LAST = "hlc_last"


def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row:
        row.value = value
    else:
        session.add(Meta(key=key, value=value))


def delete(session: Session, key: str) -> None:
    row = session.get(Meta, key)
    if row is not None:
        session.delete(row)
