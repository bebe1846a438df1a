"""Local change sequence numbers (`change_seq`) for incremental export.

Every synced row that is inserted or changed in a flush gets the next numbers of a
per-database counter, whether the change was made here or arrived in a bundle, so the
next export to each peer can select `change_seq > acknowledged`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from minga.store.models import Meta, SyncedMixin

CHANGE_SEQ_KEY = "change_seq"


def reserve(session: Session, count: int) -> int:
    """Reserves `count` sequence numbers; returns the first one."""
    conn = session.connection()
    row = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": CHANGE_SEQ_KEY}).first()
    last = int(row[0]) if row else 0
    if row:
        conn.execute(
            text("UPDATE meta SET value = :v WHERE key = :k"),
            {"v": str(last + count), "k": CHANGE_SEQ_KEY},
        )
    else:
        conn.execute(
            text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
            {"v": str(last + count), "k": CHANGE_SEQ_KEY},
        )
    # An ORM copy of the counter in this session would now be stale: drop it.
    cached = session.identity_map.get(session.identity_key(Meta, CHANGE_SEQ_KEY))
    if cached is not None:
        session.expire(cached)
    return last + 1


def current(session: Session) -> int:
    """The last number given out. Read with SQL, like `reserve` writes it, so a `Meta`
    object loaded earlier in the session can never hide a newer value."""
    row = (
        session.connection()
        .execute(text("SELECT value FROM meta WHERE key = :k"), {"k": CHANGE_SEQ_KEY})
        .first()
    )
    return int(row[0]) if row else 0


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    changed = [
        obj
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, SyncedMixin) and (obj in session.new or session.is_modified(obj))
    ]
    if not changed:
        return
    first = reserve(session, len(changed))
    for offset, obj in enumerate(changed):
        obj.change_seq = first + offset


class StampingSession(Session):
    """A session whose every flush stamps `change_seq` on the synced rows it writes.

    The listener is attached once, here, to this module-level class. Attaching it to each
    `sessionmaker` instead is unsafe: SQLAlchemy keys its listener registry by `id()` of
    the class a sessionmaker generates, so once such a class is garbage-collected a new
    one can reuse its id, `event.contains` answers True for a listener the new class does
    not have, and rows are written with `change_seq` 0 — invisible to every export.
    """


event.listen(StampingSession, "before_flush", _before_flush)
