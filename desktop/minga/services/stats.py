"""Row counts per kind (`minga stats`) and the health check (`minga check`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from minga.core.attachments import AttachmentStore
from minga.i18n import QT_TRANSLATE_NOOP, Catalog, catalog
from minga.store.db import Database
from minga.store.models import (
    MODELS_BY_KIND,
    Adoption,
    Application,
    Attachment,
    Attendance,
    ConflictCopy,
    Draft,
    ExitTicketTally,
    ObservationNote,
    ObservationReply,
    Person,
    Practice,
    PracticeFeedback,
    Presentation,
    SatisfactionResponse,
    School,
    SelfAssessment,
)


@dataclass(frozen=True)
class KindCount:
    live: int
    deleted: int


@dataclass(frozen=True)
class Stats:
    kinds: dict[str, KindCount]
    conflicts: int
    drafts: int

    @property
    def live_total(self) -> int:
        return sum(k.live for k in self.kinds.values())

    @property
    def deleted_total(self) -> int:
        return sum(k.deleted for k in self.kinds.values())

    def as_json(self) -> dict[str, object]:
        """The stable `stats --json` document (documented in the README)."""
        return {
            "kinds": {
                kind: {"live": count.live, "deleted": count.deleted}
                for kind, count in self.kinds.items()
            },
            "live_total": self.live_total,
            "deleted_total": self.deleted_total,
            "conflicts": self.conflicts,
            "drafts": self.drafts,
        }


def collect_stats(db: Database) -> Stats:
    kinds: dict[str, KindCount] = {}
    with db.session() as session:
        for kind, model in MODELS_BY_KIND.items():
            rows = session.execute(
                select(model.deleted, func.count()).group_by(model.deleted)
            ).all()
            by_flag = {bool(flag): count for flag, count in rows}
            kinds[kind] = KindCount(live=by_flag.get(False, 0), deleted=by_flag.get(True, 0))
        conflicts = session.scalar(
            select(func.count()).select_from(ConflictCopy).where(ConflictCopy.resolved.is_(False))
        )
        drafts = session.scalar(select(func.count()).select_from(Draft))
    return Stats(kinds=kinds, conflicts=conflicts or 0, drafts=drafts or 0)


_SHA256 = re.compile(r"[0-9a-f]{64}")

# Soft references between synced records: (model, column, referenced model).
REFERENCES = (
    (Person, "school_id", School),
    (Practice, "owner", Person),
    (Practice, "school_id", School),
    (Presentation, "practice_id", Practice),
    (Presentation, "presenter_id", Person),
    (Attendance, "person_id", Person),
    (PracticeFeedback, "practice_id", Practice),
    (Adoption, "practice_id", Practice),
    (Application, "adoption_id", Adoption),
    (ExitTicketTally, "application_id", Application),
    (SelfAssessment, "adoption_id", Adoption),
    (ObservationNote, "observed_id", Person),
    (ObservationReply, "note_id", ObservationNote),
    (SatisfactionResponse, "session_id", MODELS_BY_KIND["session"]),
    (Attendance, "session_id", MODELS_BY_KIND["session"]),
)


@dataclass(frozen=True)
class Finding:
    """One line of the check's report, translatable."""

    template: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, cat: Catalog | None = None) -> str:
        return (cat or catalog())("check", self.template, **self.params)


@dataclass
class CheckReport:
    problems: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    attachments_checked: int = 0
    # Records the schema refuses (`check --repair` moves them aside).
    refused: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def run_check(db: Database, files: AttachmentStore) -> CheckReport:
    """Database integrity, foreign keys, attachment hashes and dangling references.

    Problems are damage (exit status 2); warnings are references to records that have not
    arrived yet, which is normal between two bundles.
    """
    report = CheckReport(
        problems=[
            Finding(QT_TRANSLATE_NOOP("check", "Database damage: {detail}"), {"detail": d})
            for d in db.integrity_problems()
        ]
        + structure_findings(db)
    )
    for item in refused_records(db):
        report.refused += 1
        report.problems.append(
            Finding(
                QT_TRANSLATE_NOOP(
                    "check", "A record of kind {kind} ({id}) holds a value Minga refuses: {detail}"
                ),
                {"kind": item.kind, "id": item.record_id, "detail": item.detail},
            )
        )
    with db.session() as session:
        for sha256, filename in session.execute(
            select(Attachment.sha256, Attachment.filename)
            .where(Attachment.deleted.is_(False))
            .distinct()
        ):
            if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
                continue  # reported with the values the schema refuses
            report.attachments_checked += 1
            if not files.has(sha256):
                template = QT_TRANSLATE_NOOP("check", "Attachment missing: {name} ({hash})")
                report.problems.append(Finding(template, {"name": filename, "hash": sha256[:12]}))
            elif not files.verify(sha256):
                template = QT_TRANSLATE_NOOP(
                    "check", "Attachment damaged (its content changed): {name} ({hash})"
                )
                report.problems.append(Finding(template, {"name": filename, "hash": sha256[:12]}))
        for model, column_name, target in REFERENCES:
            column = getattr(model, column_name)
            dangling = session.scalar(
                select(func.count())
                .select_from(model)
                .where(
                    model.deleted.is_(False),
                    column.is_not(None),
                    column.not_in(select(target.id)),
                )
            )
            if dangling:
                template = QT_TRANSLATE_NOOP(
                    "check", "{count} records of kind {kind} point to a {target} not received yet."
                )
                report.warnings.append(
                    Finding(
                        template,
                        {"count": dangling, "kind": model.__kind__, "target": target.__kind__},
                    )
                )
    return report


# --- values the schema refuses ------------------------------------------------------


@dataclass(frozen=True)
class RefusedRecord:
    """A stored record that the bundle schema would refuse (it came from an older Minga,
    a hand edit, or a bundle accepted before the schema was strict)."""

    kind: str
    rowid: int | str  # SQLite's rowid; PostgreSQL's ctid, as text
    record_id: str
    version: str
    detail: str
    payload: dict[str, object]


def _json_safe(value: object) -> object:
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _result_processor(column: Any, dialect: Any) -> Any:
    try:
        return column.type._cached_result_processor(dialect, None)
    except TypeError:  # psycopg's JSON wants the column's type code: it decodes JSON itself
        return None


def refused_records(db: Database) -> list[RefusedRecord]:
    """Every stored record (live or deleted: both travel) that fails the schema check
    import applies, read raw so that a value SQLAlchemy cannot even load is reported
    instead of crashing the check."""
    from minga.sync.records import SPECS

    found: list[RefusedRecord] = []
    with db.engine.connect() as conn:
        dialect = conn.dialect
        for kind, spec in SPECS.items():
            columns = spec.columns
            processors = [_result_processor(column, dialect) for column in columns]
            names = ", ".join(f'"{column.name}"' for column in columns)
            key = "rowid" if db.is_sqlite else "ctid::text"
            rows = conn.exec_driver_sql(f'SELECT {key}, {names} FROM "{spec.table.name}"')
            for rowid, *raw in rows:
                raw_record = {c.name: _json_safe(v) for c, v in zip(columns, raw, strict=True)}
                try:
                    values = [
                        process(value) if process is not None and value is not None else value
                        for process, value in zip(processors, raw, strict=True)
                    ]
                    record = spec.encode(values)
                    spec.decode(record)
                except Exception as exc:  # any failure is the finding
                    found.append(
                        RefusedRecord(
                            kind=kind,
                            rowid=int(rowid) if db.is_sqlite else str(rowid),
                            record_id=str(raw_record.get("id"))[:36],
                            version=str(raw_record.get("version"))[:64],
                            detail=str(exc)[:200] or type(exc).__name__,
                            payload=raw_record,
                        )
                    )
    return found


def move_refused_aside(db: Database) -> list[RefusedRecord]:
    """`check --repair`: each refused record leaves its table and is kept as a conflict
    copy (unresolved, so its owner sees it). A copy that fails the schema never travels
    (export checks every copy), so the network stops passing the bad value around, and
    the screens, exports and prints that tripped on it work again."""
    refused = refused_records(db)
    if not refused:
        return []
    from sqlalchemy import text

    from minga.sync.records import SPECS

    with db.session() as session:
        for item in refused:
            table = SPECS[item.kind].table.name
            where = "rowid = :rowid" if db.is_sqlite else "ctid = CAST(:rowid AS tid)"
            session.execute(text(f'DELETE FROM "{table}" WHERE {where}'), {"rowid": item.rowid})
            exists = session.scalar(
                select(ConflictCopy.id).where(
                    ConflictCopy.kind == item.kind,
                    ConflictCopy.record_id == item.record_id,
                    ConflictCopy.version == item.version,
                )
            )
            if exists is None:
                session.add(
                    ConflictCopy(
                        kind=item.kind,
                        record_id=item.record_id,
                        version=item.version,
                        payload=item.payload,
                        resolved=False,
                        change_seq=0,
                    )
                )
    return refused


def structure_findings(db: Database) -> list[Finding]:
    """The live database's structure against what its schema revision defines (a SQLite
    file's: a server's structure is its administrator's)."""
    from minga.paths import DataDir
    from minga.store import structure

    if not db.is_sqlite:
        return []
    raw = db.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None  # an open pooled connection has its driver's
        problems = structure.structure_problems(driver, DataDir(db.path.parent).tmp)
    finally:
        raw.close()
    template = QT_TRANSLATE_NOOP(
        "check", "The database's structure differs from Minga's schema: {detail}"
    )
    return [Finding(template, {"detail": detail}) for detail in problems]
