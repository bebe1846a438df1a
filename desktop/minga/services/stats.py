"""Row counts per kind (`minga stats`) and the health check (`minga check`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from minga.i18n import QT_TRANSLATE_NOOP, Catalog, catalog
from minga.services.attachments import AttachmentStore
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
    )
    with db.session() as session:
        for sha256, filename in session.execute(
            select(Attachment.sha256, Attachment.filename)
            .where(Attachment.deleted.is_(False))
            .distinct()
        ):
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
