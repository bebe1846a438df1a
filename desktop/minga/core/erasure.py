"""Erasing a person's data (Ley 21.719): what goes, and the purge every computer runs.

An `erasure` record names one person. Wherever it is (issued here, or received in a
bundle), `purge` replaces, without new versions:

- her person record's name with a placeholder and her e-mail address with nothing;
- the texts of every record she wrote (practices, evaluations, adoptions, applications,
  self-assessments with their ratings, observation notes and replies, improvement cycles
  with their data, survey comments, templates), and of the notes about her (observation
  notes where she is the observed teacher, and every reply to them), the notes of her
  attendance, the comments she gave;
- her evidence files (the attachment rows become tombstones and the files go, unless
  another person's live record holds the same bytes);
- the conflict copies and unfinished drafts of those records, what a newer Minga sent
  about her and this computer kept as it came, the outbox and inbox lines naming her,
  and her name in the bundle history.

Rows stay (with their dates, levels, counts and ids), so indicators keep their numbers
without her name. Records keep their versions: an older bundle that arrives later
cannot win over them, and the purge runs again after every import (`purge_all`), so
whatever older or newer copy arrives is emptied in the same transaction. After a purge
that changed something, `compact` rebuilds the full-text index, VACUUMs the database
(free pages hold old text) and truncates the WAL, and `purge_backups` does the same to
the automatic backups in `backups/` (a backup that cannot be purged is deleted).
"""

from __future__ import annotations

import gzip
import logging
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, create_engine, delete, or_, select, text, update
from sqlalchemy.orm import Session

from minga.store.models import (
    MODELS_BY_KIND,
    Attachment,
    BundleLog,
    ConflictCopy,
    Draft,
    Erasure,
    Meta,
    ObservationReply,
    Person,
    PracticeFeedback,
)

if TYPE_CHECKING:
    from minga.core.workspace import Workspace

log = logging.getLogger(__name__)

# What stays of an erased person and of her titled records (stored data, shown as is).
ERASED_NAME = "Persona eliminada"
ERASED_TITLE = "(contenido eliminado)"
ERASED_FILENAME = "eliminado"

# Per kind, the values her records (and the records about her) take.
SCRUB: dict[str, dict[str, Any]] = {
    "person": {"name": ERASED_NAME, "email": ""},
    "practice": {
        "title": ERASED_TITLE,
        "description": "",
        "multigrade_strategy": "",
        "materials": "",
    },
    "practice_feedback": {"strengths": "", "suggestions": ""},
    "adoption": {"notes": ""},
    "application": {"notes": ""},
    "self_assessment": {"ratings": {}, "adjustments": "", "reflection": ""},
    "observation_note": {
        "focus": "",
        "protocol": {},
        "evidence": "",
        "strengths": "",
        "opportunities": "",
        "agreements": "",
        "action_step": "",
    },
    "observation_reply": {"text": ""},
    "improvement_cycle": {
        "title": ERASED_TITLE,
        "aim": "",
        "change_idea": "",
        "prediction": "",
        "indicator": "",
        "do_notes": "",
        "data_points": [],
        "study_notes": "",
        "adjust_notes": "",
        "change_periods": [],
    },
    "satisfaction_response": {"comment": ""},
    "template": {"name": ERASED_TITLE, "body": {}, "tags": [], "deleted": True},
    "attachment": {"filename": ERASED_FILENAME, "caption": "", "deleted": True},
    "attendance": {"note": ""},
    "exit_ticket_tally": {},
}

# Kinds of the network (the advisor's sessions, plans, acta, schools): not hers to erase.
NETWORK_KINDS = frozenset(
    {"microcentre", "school", "session", "year_plan", "presentation", "agreement", "erasure"}
)


@dataclass
class PurgeResult:
    """What a purge changed: rows per kind, and evidence files no longer referenced."""

    rows: dict[str, int] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)
    other: int = 0

    @property
    def changed(self) -> bool:
        """True when the database changed (evidence files are counted apart)."""
        return bool(sum(self.rows.values()) or self.other)

    def add(self, other: PurgeResult) -> None:
        for kind, count in other.rows.items():
            self.rows[kind] = self.rows.get(kind, 0) + count
        self.files |= other.files
        self.other += other.other


def erased_people(session: Session) -> list[str]:
    """Everyone an erasure here names."""
    return list(
        session.scalars(select(Erasure.person_id).where(Erasure.deleted.is_(False)).distinct())
    )


def affected(session: Session, person_id: str) -> dict[str, list[str]]:
    """Per kind, the ids of the records an erasure of `person_id` empties: hers, and
    those about her (the observation notes about her and their replies, her attendance,
    the evaluations and survey answers she gave)."""
    found: dict[str, list[str]] = {}
    for kind in SCRUB:
        model: Any = MODELS_BY_KIND[kind]
        condition = model.id == person_id if kind == "person" else model.owner == person_id
        if kind == "observation_note":
            condition = or_(condition, model.observed_id == person_id)
        elif kind == "attendance":
            condition = or_(condition, model.person_id == person_id)
        elif kind == "practice_feedback":
            condition = or_(condition, model.author_id == person_id)
        elif kind == "satisfaction_response":
            condition = or_(condition, model.respondent_id == person_id)
        found[kind] = list(session.scalars(select(model.id).where(condition)))
    notes = found["observation_note"]
    if notes:
        replies = session.scalars(
            select(ObservationReply.id).where(ObservationReply.note_id.in_(notes))
        )
        found["observation_reply"] = sorted(set(found["observation_reply"]) | set(replies))
    practices = found["practice"]
    if practices:
        # What others wrote about her practices (evaluations at a session) is about her.
        about = session.scalars(
            select(PracticeFeedback.id).where(PracticeFeedback.practice_id.in_(practices))
        )
        found["practice_feedback"] = sorted(set(found["practice_feedback"]) | set(about))
        files = session.scalars(
            select(Attachment.id).where(
                Attachment.parent_kind == "practice", Attachment.parent_id.in_(practices)
            )
        )
        found["attachment"] = sorted(set(found["attachment"]) | set(files))
    return {kind: ids for kind, ids in found.items() if ids}


def counts(session: Session, person_id: str) -> dict[str, int]:
    """How many records of each kind an erasure would empty (for the confirmation)."""
    return {kind: len(ids) for kind, ids in affected(session, person_id).items() if SCRUB[kind]}


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def purge(session: Session, person_id: str) -> PurgeResult:
    """Empties everything an erasure of `person_id` covers (see the module docstring).

    Idempotent: rows already emptied are not written again.
    """
    result = PurgeResult()
    found = affected(session, person_id)
    old_name = session.scalar(select(Person.name).where(Person.id == person_id))
    old_email = session.scalar(select(Person.email).where(Person.id == person_id))
    mentions = _mentions(session, old_name, found)
    hashes: set[str] = set()
    for kind, ids in found.items():
        values = SCRUB[kind]
        model: Any = MODELS_BY_KIND[kind]
        table = model.__table__
        if kind == "attachment":
            for chunk in _chunks(ids):
                hashes |= set(
                    session.scalars(select(Attachment.sha256).where(Attachment.id.in_(chunk)))
                )
        if not values:
            continue
        columns = [table.c.id, *(table.c[name] for name in values)]
        stale: list[str] = []
        for chunk in _chunks(ids):
            for row in session.execute(select(*columns).where(table.c.id.in_(chunk))):
                if any(row._mapping[name] != value for name, value in values.items()):
                    stale.append(row.id)
        for chunk in _chunks(stale):
            session.execute(update(table).where(table.c.id.in_(chunk)).values(**values))
        if stale:
            result.rows[kind] = len(stale)
    every_id = [record_id for ids in found.values() for record_id in ids]
    for chunk in _chunks(every_id):
        gone = session.execute(delete(ConflictCopy).where(ConflictCopy.record_id.in_(chunk)))
        result.other += gone.rowcount or 0  # type: ignore[attr-defined]
        gone = session.execute(delete(Draft).where(Draft.record_id.in_(chunk)))
        result.other += gone.rowcount or 0  # type: ignore[attr-defined]
    result.other += _purge_bookkeeping(session, person_id, old_name, old_email, every_id)
    if mentions:
        result.other += _replace_mentions(session, mentions)
    # Evidence files no live record of anyone else still holds.
    if hashes:
        still = set(
            session.scalars(
                select(Attachment.sha256).where(
                    Attachment.sha256.in_(list(hashes)), Attachment.deleted.is_(False)
                )
            )
        )
        result.files = hashes - still
    session.flush()
    return result


# Set when a compaction after an erasure could not run (the database was busy).
COMPACTION_DUE = "erasure_compaction_due"

# Titles shorter than this are not searched for in others' texts (a short title such as
# "Huerto" would also match words that are not hers).
MENTION_MIN = 12


def _mentions(
    session: Session, name: str | None, found: dict[str, list[str]]
) -> list[tuple[str, str]]:
    """(text, placeholder) pairs to replace wherever others wrote them: her full name and
    the titles of her practices and improvement cycles, longest first. Known only while
    her records are not emptied yet: the first purge on each computer."""
    pairs: dict[str, str] = {}
    if name and name != ERASED_NAME:
        pairs[name] = ERASED_NAME
    for kind in ("practice", "improvement_cycle"):
        model: Any = MODELS_BY_KIND[kind]
        for chunk in _chunks(found.get(kind, [])):
            for title in session.scalars(select(model.title).where(model.id.in_(chunk))):
                text = (title or "").strip()
                if len(text) >= MENTION_MIN and text != ERASED_TITLE:
                    pairs.setdefault(text, ERASED_TITLE)
    return sorted(pairs.items(), key=lambda pair: -len(pair[0]))


# The network's own texts where her practices' titles may be written (an acta lists the
# practices presented, an agreement names one): (kind, text fields).
TITLED_TEXTS = (
    ("session", ("title", "focus", "minutes_text")),
    ("agreement", ("text",)),
    ("year_plan", ("focus",)),
)


def _replace_mentions(session: Session, mentions: list[tuple[str, str]]) -> int:
    """Replaces her full name in every text of every record (a colleague's notes, an
    acta), and the titles of her practices in the network's texts (sessions' agendas and
    actas, agreements), without new versions, as every computer does when the erasure
    reaches it."""
    from minga.domain import schema

    changed = 0
    names = [(text_, placeholder) for text_, placeholder in mentions if placeholder == ERASED_NAME]
    for needle, placeholder in names:
        for kind, model in MODELS_BY_KIND.items():
            table: Any = model.__table__  # type: ignore[attr-defined]
            for name in schema.text_fields(kind):
                if name not in table.c:
                    continue
                gone = session.execute(
                    text(
                        f'UPDATE "{table.name}" SET "{name}" = replace("{name}", :n, :r) '
                        f'WHERE instr("{name}", :n) > 0'
                    ),
                    {"n": needle, "r": placeholder},
                )
                changed += gone.rowcount or 0  # type: ignore[attr-defined]
    for kind, fields in TITLED_TEXTS:
        model_: Any = MODELS_BY_KIND[kind]
        table = model_.__table__
        columns = [table.c.id, *(table.c[f] for f in fields)]
        if kind == "session":
            columns.append(table.c.agenda)
        for row in session.execute(select(*columns)).all():
            values: dict[str, Any] = {}
            for name in fields:
                value = _replaced(row._mapping[name], mentions)
                if value != row._mapping[name]:
                    values[name] = value
            if kind == "session":
                agenda = row._mapping["agenda"]
                items = agenda if isinstance(agenda, list) else []
                renamed = [
                    {**item, "title": _replaced(item.get("title"), mentions)}
                    if isinstance(item, dict)
                    else item
                    for item in items
                ]
                if renamed != items:
                    values["agenda"] = renamed
            if values:
                session.execute(update(table).where(table.c.id == row.id).values(**values))
                changed += 1
    return changed


def _replaced(value: Any, mentions: list[tuple[str, str]]) -> Any:
    if not isinstance(value, str) or not value:
        return value
    for needle, placeholder in mentions:
        if needle in value:
            value = value.replace(needle, placeholder)
    return value


def _table_exists(session: Session, name: str) -> bool:
    return (
        session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": name}
        ).first()
        is not None
    )


def _purge_bookkeeping(
    session: Session, person_id: str, name: str | None, email: str | None, ids: list[str]
) -> int:
    """Her name in the bundle history, her removal reason, the mail lines naming her,
    and what a newer Minga sent about her (kept as it came)."""
    changed = 0
    pattern = f"%{person_id}%"
    rows = session.scalars(
        select(BundleLog).where(
            or_(BundleLog.peer_person_id == person_id, text("CAST(summary AS TEXT) LIKE :p"))
        ),
        {"p": pattern},
    )
    for entry in rows:
        summary = _renamed(entry.summary or {}, person_id, name)
        path = "" if entry.peer_person_id == person_id else entry.path
        if summary != entry.summary or path != entry.path:
            entry.summary = summary
            entry.path = path
            changed += 1
    gone = session.execute(
        delete(Meta).where(Meta.key.like("%" + person_id), Meta.key != "person_id")
    )
    changed += gone.rowcount or 0  # type: ignore[attr-defined]
    if _table_exists(session, "outbox_parts"):
        gone = session.execute(
            text(
                "UPDATE outbox_parts SET recipient_name = '', address = '' "
                "WHERE recipient_id = :p AND (recipient_name != '' OR address != '')"
            ),
            {"p": person_id},
        )
        changed += gone.rowcount or 0  # type: ignore[attr-defined]
    if email and _table_exists(session, "inbox_messages"):
        gone = session.execute(
            text("UPDATE inbox_messages SET sender = '' WHERE lower(sender) LIKE :e"),
            {"e": "%" + email.lower() + "%"},
        )
        changed += gone.rowcount or 0  # type: ignore[attr-defined]
    if _table_exists(session, "unknown_records"):
        gone = session.execute(
            text("DELETE FROM unknown_records WHERE owner = :p"), {"p": person_id}
        )
        changed += gone.rowcount or 0  # type: ignore[attr-defined]
    if ids and _table_exists(session, "unknown_fields"):
        for chunk in _chunks(ids):
            gone = session.execute(
                text("DELETE FROM unknown_fields WHERE record_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": chunk},
            )
            changed += gone.rowcount or 0  # type: ignore[attr-defined]
    return changed


def _renamed(value: Any, person_id: str, name: str | None) -> Any:
    """A bundle summary with the person's name replaced: in every object that names her
    by id (sender, recipients), and wherever her former name appears in a text."""
    if isinstance(value, dict):
        result = {key: _renamed(item, person_id, name) for key, item in value.items()}
        if result.get("person_id") == person_id and "name" in result:
            result["name"] = ERASED_NAME
        return result
    if isinstance(value, list):
        return [_renamed(item, person_id, name) for item in value]
    if isinstance(value, str) and name and name != ERASED_NAME and name in value:
        return value.replace(name, ERASED_NAME)
    return value


def purge_all(session: Session) -> PurgeResult:
    """The purge of every erasure held here (after an import: whatever arrived is
    emptied in the same transaction)."""
    result = PurgeResult()
    for person_id in erased_people(session):
        result.add(purge(session, person_id))
    return result


def remove_files(attachments_root: Path, hashes: Iterable[str]) -> int:
    """Deletes evidence files (after the transaction that let go of them committed)."""
    from minga.core.attachments import AttachmentStore

    store = AttachmentStore(attachments_root)
    removed = 0
    for sha256 in hashes:
        try:
            path = store.path_for(sha256)
        except ValueError:
            continue
        if path.exists():
            path.unlink()
            removed += 1
    return removed


def compact_file(path: Path) -> None:
    """Rebuilds the practices' search index (deleted text lingers in its segments),
    VACUUMs (free pages keep old rows) and truncates the WAL of a database file."""
    conn = sqlite3.connect(path, timeout=30)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA secure_delete = ON")
        has_fts = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'practice_fts'"
        ).fetchone()
        if has_fts:
            conn.execute("INSERT INTO practice_fts(practice_fts) VALUES ('rebuild')")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def purge_file(path: Path, person_ids: list[str]) -> bool:
    """Purges a database file that is not open (an automatic backup); True when done.

    A file that cannot be purged (an older schema, damage) is deleted: it holds data
    the person asked to erase.
    """
    engine = create_engine(f"sqlite:///{path}")
    changed = False
    try:
        with Session(engine) as session:
            for person_id in person_ids:
                changed = purge(session, person_id).changed or changed
            session.commit()
    except Exception as exc:
        engine.dispose()
        log.warning("An automatic backup could not be purged and was deleted: %s (%s)", path, exc)
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return False
    engine.dispose()
    if changed:
        compact_file(path)
    return True


def purge_backups(backups: Path, person_ids: list[str]) -> int:
    """Purges every database copy under `backups/` (before-import copies and the
    automatic daily ones); returns how many files were purged or deleted."""
    if not person_ids or not backups.exists():
        return 0
    done = 0
    for path in sorted(backups.rglob("*.sqlite3")):
        if path.is_file():
            purge_file(path, person_ids)
            done += 1
    for path in sorted(backups.rglob("*.sqlite3.gz")):  # the compressed daily copies
        if path.is_file():
            purge_compressed(path, person_ids)
            done += 1
    return done


def purge_compressed(path: Path, person_ids: list[str]) -> None:
    """A gzip-compressed database copy: unpacked beside it, purged, and packed again in
    its place when the purge changed it (deleted when it cannot be read or purged)."""
    from minga.core.files import atomic_output

    plain = path.with_name(f".{path.name.removesuffix('.gz')}.purging")
    extras = [Path(str(plain) + suffix) for suffix in ("-wal", "-shm", "-journal")]
    try:
        try:
            with gzip.open(path, "rb") as packed, plain.open("wb") as out:
                shutil.copyfileobj(packed, out, 1 << 20)
        except (OSError, EOFError) as exc:  # gzip.BadGzipFile is an OSError
            log.warning("An automatic backup could not be read and was deleted: %s (%s)", path, exc)
            path.unlink(missing_ok=True)
            return
        before = plain.stat()
        if not purge_file(plain, person_ids):
            path.unlink(missing_ok=True)
            return
        after = plain.stat()
        if (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns):
            return  # nothing of theirs in it
        with plain.open("rb") as source, atomic_output(path) as target, gzip.GzipFile(
            filename="minga.sqlite3", mode="wb", fileobj=target, compresslevel=1, mtime=0
        ) as repacked:  # fmt: skip
            shutil.copyfileobj(source, repacked, 1 << 20)
    finally:
        for leftover in (plain, *extras):
            leftover.unlink(missing_ok=True)


def finish(ws: Workspace, result: PurgeResult) -> None:
    """After the transaction of a purge committed: the evidence files go, and when the
    database changed, it is compacted and the backups in `backups/` are purged too."""
    from minga.store import meta

    remove_files(ws.dirs.attachments, result.files)
    with ws.db.session() as session:
        due = meta.get(session, COMPACTION_DUE) is not None
        people = erased_people(session)
    if not (result.changed or due) or not ws.db.is_sqlite:
        return  # (a server compacts its own tables: autovacuum)
    try:
        compact_file(ws.dirs.database)
    except sqlite3.OperationalError as exc:
        # Another connection kept the database busy: the purge is committed, the
        # compaction waits for the next import or erasure.
        log.warning("The database could not be compacted after an erasure: %s", exc)
        with ws.db.session() as session:
            meta.put(session, COMPACTION_DUE, "1")
    else:
        if due:
            with ws.db.session() as session:
                meta.delete(session, COMPACTION_DUE)
    if result.changed:
        purge_backups(ws.dirs.backups, people)
