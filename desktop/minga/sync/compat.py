"""What a newer Minga sent that this one does not understand: kept, relayed, re-applied.

Within one bundle format a newer Minga may add optional fields, record kinds and values
of open vocabularies (template types) (docs/bundle-format.md, Compatibility). This
Minga never refuses a bundle for those, never drops them and never rewrites them:

- a record of an unknown kind (or of a known kind holding a value only a newer Minga
  knows) is stored as the exact JSON line it came in (`unknown_records`), its sync
  fields checked like every record's; a higher version replaces it;
- unknown fields of a known record are stored beside it (`unknown_fields`) and sent
  again with it;
- both travel in this installation's bundles (the advisor relays them to everyone, under
  the same visibility and owner rules as any record);
- once Minga is updated and understands them, `reapply` turns them into real records and
  columns (it runs before every import and export).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from minga.core.authorizing import DatabaseContext
from minga.domain import authorization as authz
from minga.domain import schema
from minga.store import changes
from minga.store.models import Person, UnknownFields, UnknownRecord
from minga.sync.records import SPECS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Held:
    """A record kept as it came: its checked sync fields and its exact JSON line."""

    kind: str
    values: dict[str, Any]
    line: str


def classify(kind: str, record: Any) -> str:
    """'known' when this Minga can hold `record` as a real record, 'newer' when it needs
    a newer Minga (unknown kind, or an open vocabulary's new value), 'bad' otherwise."""
    spec = SPECS.get(kind)
    if spec is None:
        return "newer"
    try:
        known, _ = schema.split_unknown(kind, record)
        spec.decode(known)
    except schema.NewerValueError:
        return "newer"
    except schema.RecordError:
        return "bad"
    return "known"


def store_unknown(session: Session, held: Held, schema_version: str) -> str:
    """Keeps a held record (higher version wins); 'new', 'updated' or 'unchanged'."""
    values = held.values
    row = session.get(UnknownRecord, (held.kind, values["id"]))
    if row is not None and values["version"] <= row.version:
        return "unchanged"
    seq = changes.reserve(session, 1)
    if row is None:
        row = UnknownRecord(kind=held.kind, id=values["id"])
        session.add(row)
        outcome = "new"
    else:
        outcome = "updated"
    row.owner = values["owner"]
    row.version = values["version"]
    row.deleted = values["deleted"]
    row.visibility = values.get("visibility")
    row.schema_version = schema_version
    row.payload = held.line
    row.change_seq = seq
    session.flush()
    return outcome


def store_fields(session: Session, kind: str, record_id: str, version: str, extras: dict) -> None:
    """Keeps the unknown fields of a received record, unless a newer version's are kept."""
    row = session.get(UnknownFields, (kind, record_id))
    if row is not None and version < row.version:
        return
    text = json.dumps(extras, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    if row is None:
        session.add(UnknownFields(kind=kind, record_id=record_id, version=version, fields=text))
    else:
        row.version = version
        row.fields = text
    session.flush()


def fields_of(session: Session, kind: str) -> dict[str, dict[str, Any]]:
    """record id -> the unknown fields kept for it (sent again with the record)."""
    found = {}
    for record_id, text in session.execute(
        select(UnknownFields.record_id, UnknownFields.fields).where(UnknownFields.kind == kind)
    ):
        try:
            found[record_id] = json.loads(text)
        except ValueError:  # pragma: no cover - written by store_fields
            continue
    return found


def held_records(
    session: Session, *, base: int, seq_max: int, owner: str | None, visibilities: tuple[str, ...]
) -> Iterator[tuple[str, str]]:
    """(kind, exact JSON line) of every kept record that may travel in a bundle: changed
    since `base`, of `owner` when given, with a visibility the recipients may receive (a
    record without one counts as network-visible, as known kinds without one do)."""
    stmt = select(UnknownRecord.kind, UnknownRecord.payload, UnknownRecord.visibility).where(
        UnknownRecord.change_seq > base, UnknownRecord.change_seq <= seq_max
    )
    if owner is not None:
        stmt = stmt.where(UnknownRecord.owner == owner)
    for kind, payload, visibility in session.execute(
        stmt.order_by(UnknownRecord.kind, UnknownRecord.change_seq)
    ):
        if (visibility or "network") in visibilities:
            yield kind, payload


def attachment_of(line: str) -> str | None:
    """The evidence file (SHA-256) a kept attachment record names, if it is live."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    sha256 = record.get("sha256")
    if record.get("deleted") is not False or not isinstance(sha256, str):
        return None
    return sha256 if schema.SHA256_RE.fullmatch(sha256) else None


def waiting(session: Session) -> dict[str, int]:
    """kind -> how many kept records still need a newer Minga (not deleted ones)."""
    counts: dict[str, int] = {}
    for kind, payload in session.execute(
        select(UnknownRecord.kind, UnknownRecord.payload).where(UnknownRecord.deleted.is_(False))
    ):
        if kind in SPECS:
            try:
                if classify(kind, json.loads(payload)) != "newer":
                    continue
            except ValueError:
                continue
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def member_owner(session: Session, owner: str, roster: dict[str, str], sender: str) -> bool:
    """True when `owner` is a member this installation (or the bundle's roster) knows
    and has not removed: a record of an unknown kind from a non-member is refused."""
    if owner == sender:
        return True
    membership = roster.get(owner)
    if membership is not None:
        return membership != "removed"
    row = session.execute(
        select(Person.membership, Person.deleted).where(Person.id == owner)
    ).first()
    return row is not None and row[0] != "removed" and not row[1]


def pending(session: Session) -> bool:
    """True when something kept for a newer Minga is now understood (read only)."""
    kinds = {kind for (kind,) in session.execute(select(UnknownRecord.kind).distinct())}
    if kinds & SPECS.keys():
        return True
    return any(
        _now_known(row)
        for row in session.scalars(select(UnknownFields).where(UnknownFields.kind.in_(SPECS)))
    )


def reapply_pending(db: Any) -> int:
    """`reapply` in its own transaction, opened only when there is something to do (a
    refused import must leave the database file as it was)."""
    session = db.read_session()
    try:
        if not pending(session):
            return 0
    finally:
        session.close()
    with db.session() as session:
        return reapply(session)


def reapply(session: Session) -> int:
    """Turns what a newer Minga sent into real records and columns, now that this Minga
    understands them (after an update); returns how many records changed.

    A kept record of a kind now known goes through the schema, the authorization table
    and the merge rule like a received one; kept fields now known fill their columns
    when the stored row still has the version they came with.
    """
    from minga.sync.merge import Incoming, Merger

    pending = [
        row
        for row in session.scalars(select(UnknownRecord).order_by(UnknownRecord.change_seq))
        if row.kind in SPECS
    ]
    fields = [row for row in session.scalars(select(UnknownFields)) if row.kind in SPECS]
    if not pending and not any(_now_known(row) for row in fields):
        return 0
    from minga.core.identity import current_actor

    actor = current_actor(session)
    context = DatabaseContext(session, actor.person_id, actor.role)
    merger = Merger(session)
    changed = 0
    for row in pending:
        spec = SPECS[row.kind]
        try:
            record = json.loads(row.payload)
            known, extras = schema.split_unknown(row.kind, record)
            values = spec.decode(known)
        except schema.NewerValueError:
            continue  # still needs a newer Minga
        except (ValueError, schema.RecordError) as exc:
            log.warning("kept %s %s still cannot be applied: %s", row.kind, row.id, exc)
            continue
        existing = session.execute(
            select(spec.table).where(spec.table.c.id == values["id"])
        ).first()
        existing_values = dict(existing._mapping) if existing is not None else None
        denied = authz.authorize(
            row.kind,
            authz.action_for(values, existing_values),
            values["owner"],
            values,
            existing_values,
            context,
        )
        if denied is not None:
            log.warning("kept %s %s is not applied: %s", row.kind, row.id, denied.text())
            continue
        merger.apply_batch(spec, [Incoming(values, record)])
        if extras:
            store_fields(session, row.kind, values["id"], values["version"], extras)
        session.delete(row)
        changed += 1
    for kept in fields:
        changed += _apply_fields(session, kept)
    session.flush()
    return changed


def _now_known(row: UnknownFields) -> bool:
    try:
        names = set(json.loads(row.fields))
    except ValueError:
        return False
    return bool(names & SPECS[row.kind].names)


def _apply_fields(session: Session, row: UnknownFields) -> int:
    """Fills the columns a kept field now names, on the row of the version it came with."""
    spec = SPECS[row.kind]
    try:
        extras = json.loads(row.fields)
    except ValueError:
        return 0
    now_known = {name: value for name, value in extras.items() if name in spec.names}
    if not now_known:
        return 0
    table = spec.table
    stored = session.execute(select(table.c.version).where(table.c.id == row.record_id)).first()
    if stored is None or stored[0] != row.version:
        return 0
    try:
        values = {
            name: _parsed(spec, name, schema.check_value(row.kind, name, value))
            for name, value in now_known.items()
        }
    except schema.RecordError as exc:
        log.warning("kept fields of %s %s cannot be applied: %s", row.kind, row.record_id, exc)
        return 0
    session.execute(table.update().where(table.c.id == row.record_id).values(**values))
    rest = {name: value for name, value in extras.items() if name not in spec.names}
    if rest:
        row.fields = json.dumps(rest, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    else:
        session.execute(
            delete(UnknownFields).where(
                UnknownFields.kind == row.kind, UnknownFields.record_id == row.record_id
            )
        )
    return 1


def _parsed(spec: Any, name: str, value: Any) -> Any:
    for field_name, parse in spec.parsers:
        if field_name == name and value is not None and isinstance(value, str):
            return parse(value)
    return value
