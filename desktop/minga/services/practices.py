"""Practices: create, edit, soft delete and restore, search and filter, evidence files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Select, false, func, select
from sqlalchemy.orm import Session, aliased

from minga import display
from minga.core.attachments import AttachmentStore
from minga.core.identity import Actor, current_actor, stamper
from minga.core.records import check_owner, find_live, own, save
from minga.domain import validation as v
from minga.domain.errors import (
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from minga.domain.vocab import PracticeStatus, Visibility
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store import search
from minga.store.db import Database
from minga.store.models import Attachment, Person, Practice, School

MAX_DURATION_MINUTES = 8 * 60


@dataclass
class PracticeInput:
    """What a person typed in the practice form (or on the command line)."""

    title: str = ""
    subjects: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    oa_codes: list[str] = field(default_factory=list)
    description: str = ""
    multigrade_strategy: str = ""
    materials: str = ""
    duration_minutes: int | None = None
    status: str = PracticeStatus.DRAFT
    visibility: str = Visibility.NETWORK
    # The person confirmed OA codes the curriculum catalogue does not have.
    accept_unknown_oa: bool = False


def validate_practice(data: PracticeInput) -> PracticeInput:
    """A normalized copy of `data`, or `ValidationErrors` naming every bad field."""
    errors: list[ValidationError] = []

    def attempt(fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except ValidationError as exc:
            errors.append(exc)
            return None

    def each(fn: Callable[[str], str], values: list[str]) -> list[str]:
        result: list[str] = []
        for value in values:
            if not (value or "").strip():
                continue
            clean = attempt(fn, value)
            if clean is not None and clean not in result:
                result.append(clean)
        return result

    title = attempt(v.required_text, data.title, "title", v.TITLE_MAX)
    subjects = each(v.normalize_subject, data.subjects)
    levels = sorted(each(v.normalize_level, data.levels), key=_level_order)
    oa_codes = each(v.normalize_oa_code, data.oa_codes)
    description = attempt(v.optional_text, data.description, "description", v.LONG_TEXT_MAX)
    strategy = attempt(
        v.optional_text, data.multigrade_strategy, "multigrade_strategy", v.LONG_TEXT_MAX
    )
    materials = attempt(v.optional_text, data.materials, "materials", v.LONG_TEXT_MAX)
    duration = data.duration_minutes
    if duration is not None and not 1 <= duration <= MAX_DURATION_MINUTES:
        errors.append(
            ValidationError(
                "duration_minutes",
                QT_TRANSLATE_NOOP("errors", "The duration must be between 1 and {max} minutes."),
                max=MAX_DURATION_MINUTES,
            )
        )
    status = data.status if data.status in set(PracticeStatus) else None
    if status is None:
        errors.append(
            ValidationError(
                "status",
                QT_TRANSLATE_NOOP("errors", "Unknown status '{value}'."),
                value=data.status,
            )
        )
    visibility = data.visibility if data.visibility in set(Visibility) else None
    if visibility is None:
        errors.append(
            ValidationError(
                "visibility",
                QT_TRANSLATE_NOOP("errors", "Unknown visibility '{value}'."),
                value=data.visibility,
            )
        )
    if errors or status is None or visibility is None:
        raise ValidationErrors(errors)
    return PracticeInput(
        title=title,
        subjects=subjects,
        levels=levels,
        oa_codes=oa_codes,
        description=description,
        multigrade_strategy=strategy,
        materials=materials,
        duration_minutes=duration,
        status=status,
        visibility=visibility,
    )


def _level_order(code: str) -> int:
    from minga.domain.vocab import LEVELS

    return LEVELS.index(code)


@dataclass(frozen=True)
class PracticeQuery:
    """Filters and order of a practice list. Empty fields do not filter."""

    text: str = ""
    subject: str | None = None
    level: str | None = None
    author_id: str | None = None
    school_id: str | None = None
    status: str | None = None
    deleted: bool = False
    sort: str = "updated"  # updated, title, author, school, status
    descending: bool = True


@dataclass(frozen=True)
class PracticeRow:
    id: str
    title: str
    author_id: str
    author_name: str
    school_name: str
    subjects: list[str]
    levels: list[str]
    status: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    path: Path


@dataclass(frozen=True)
class PracticeDetail:
    id: str
    owner: str
    author_name: str
    school_id: str | None
    school_name: str
    data: PracticeInput
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted: bool
    is_mine: bool
    attachments: list[AttachmentInfo]


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


class PracticeService:
    """Use cases on practices, for the GUI and the CLI alike."""

    def __init__(self, db: Database, attachments: AttachmentStore):
        self.db = db
        self.files = attachments
        self._dialect = db.engine.dialect.name

    # --- writing --------------------------------------------------------------------

    def check_catalogue(self, data: PracticeInput) -> None:
        """`UnknownOaWarning` when codes the catalogue says do not exist were not
        confirmed (`accept_unknown_oa`); codes must be normalized already."""
        if data.accept_unknown_oa or not data.oa_codes:
            return
        from minga.services.curriculum import load_catalogue, unknown_warning

        unknown = load_catalogue(self.db.path.parent).unknown(data.oa_codes)
        if unknown:
            raise unknown_warning(unknown)

    def create(self, data: PracticeInput) -> PracticeDetail:
        clean = validate_practice(data)
        self.check_catalogue(replace(clean, accept_unknown_oa=data.accept_unknown_oa))
        with self.db.session() as session:
            actor = current_actor(session)
            practice = Practice(school_id=actor.school_id)
            _assign(practice, clean)
            stamper(session, actor).stamp(practice, new=True)
            session.add(practice)
            session.flush()
            return self._detail(session, practice, actor)

    def update(self, practice_id: str, data: PracticeInput) -> PracticeDetail:
        clean = validate_practice(data)
        self.check_catalogue(replace(clean, accept_unknown_oa=data.accept_unknown_oa))
        with self.db.session() as session:
            actor = current_actor(session)
            practice = own(session, Practice, practice_id, actor)
            _assign(practice, clean)
            if save(session, actor, practice):
                # Evidence travels with the practice: it follows the practice's visibility.
                for attachment in self._attachment_rows(session, practice.id):
                    attachment.visibility = practice.visibility
                    save(session, actor, attachment)
            return self._detail(session, practice, actor)

    def delete(self, practice_id: str) -> None:
        """Soft delete: the tombstone travels; `restore` brings it back."""
        self._set_deleted(practice_id, True)

    def restore(self, practice_id: str) -> None:
        self._set_deleted(practice_id, False)

    def _set_deleted(self, practice_id: str, deleted: bool) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            practice = own(session, Practice, practice_id, actor, include_deleted=True)
            practice.deleted = deleted
            save(session, actor, practice)

    def attach(self, practice_id: str, source: Path) -> AttachmentInfo:
        """Checks and stores an evidence file and links it to the practice."""
        with self.db.session() as session:
            actor = current_actor(session)
            practice = own(session, Practice, practice_id, actor)
            stored = self.files.add_file(source)
            attachment = Attachment(
                sha256=stored.sha256,
                filename=stored.filename,
                media_type=stored.media_type,
                size=stored.size,
                parent_kind="practice",
                parent_id=practice.id,
                visibility=practice.visibility,
            )
            stamper(session, actor).stamp(attachment, new=True)
            session.add(attachment)
            session.flush()
            return self._attachment_info(attachment)

    def detach(self, attachment_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            attachment = session.get(Attachment, attachment_id)
            if attachment is None or attachment.deleted:
                raise NotFoundError(id=attachment_id)
            check_owner(session, attachment.owner, actor)
            attachment.deleted = True
            save(session, actor, attachment)

    # --- reading --------------------------------------------------------------------

    def get(self, practice_id: str, *, include_deleted: bool = False) -> PracticeDetail:
        with self.db.session() as session:
            actor = current_actor(session)
            practice = find_live(session, Practice, practice_id, include_deleted=include_deleted)
            return self._detail(session, practice, actor)

    def count(self, query: PracticeQuery) -> int:
        with self.db.session() as session:
            if query.text and not query.deleted and query == PracticeQuery(text=query.text):
                # Only words: the index of live practices counts them by itself.
                counted = search.count_matching_practices(session, query.text)
                if counted is not None:
                    return counted
            stmt = self._filtered(session, select(func.count(Practice.pk)), query)
            return session.scalar(stmt) or 0

    def page(self, query: PracticeQuery, offset: int = 0, limit: int = 200) -> list[PracticeRow]:
        """One window of the list, in the query's order (lazy lists ask page by page)."""
        author = aliased(Person)
        # Columns of several tables: the precise Select type would say nothing more.
        stmt: Any = (
            select(
                Practice.id,
                Practice.title,
                Practice.owner,
                author.name,
                School.name,
                Practice.subjects,
                Practice.levels,
                Practice.status,
                Practice.updated_at,
            )
            .outerjoin(author, author.id == Practice.owner)
            .outerjoin(School, School.id == Practice.school_id)
        )
        with self.db.session() as session:
            stmt = self._filtered(session, stmt, query, ordered=query.sort in ("updated", "title"))
        sort_columns = {
            "updated": Practice.updated_at,
            "title": search.caseless(self._dialect, Practice.title),
            "author": search.caseless(self._dialect, author.name),
            "school": search.caseless(self._dialect, School.name),
            "status": Practice.status,
        }
        column = sort_columns.get(query.sort, Practice.updated_at)
        order = column.desc() if query.descending else column.asc()
        tiebreak = Practice.pk.desc() if query.descending else Practice.pk.asc()
        stmt = stmt.order_by(order, tiebreak).offset(offset).limit(limit)
        with self.db.session() as session:
            return [
                PracticeRow(
                    id=row[0],
                    title=row[1],
                    author_id=row[2],
                    author_name=row[3] or "",
                    school_name=row[4] or "",
                    subjects=display.stored_list(row[5], "practices"),
                    levels=display.stored_list(row[6], "practices"),
                    status=row[7],
                    updated_at=row[8],
                )
                for row in session.execute(stmt)
            ]

    def authors(self) -> list[Choice]:
        """People who have practices here, for the author filter."""
        with self.db.session() as session:
            has_practices = (
                select(Practice.pk)
                .where(Practice.owner == Person.id, Practice.deleted.is_(False))
                .exists()
            )
            rows = session.execute(
                select(Person.id, Person.name).where(has_practices).order_by(Person.name)
            )
            return [Choice(id=r[0], name=r[1]) for r in rows]

    def schools(self) -> list[Choice]:
        with self.db.session() as session:
            rows = session.execute(
                select(School.id, School.name)
                .where(School.deleted.is_(False))
                .order_by(School.name)
            )
            return [Choice(id=r[0], name=r[1]) for r in rows]

    # --- helpers --------------------------------------------------------------------

    def _filtered(
        self, session: Session, stmt: Select[Any], query: PracticeQuery, *, ordered: bool = False
    ) -> Select[Any]:
        """`stmt` narrowed to the query. `ordered` says the caller sorts by an indexed
        column and takes one page: then, for words found in many practices, walking that
        index in order is faster than gathering every match."""
        matching = search.practice_pks_matching(self._dialect, query.text)
        if query.deleted:
            # The trash is small and not in the full-text index: compare the titles.
            stmt = stmt.where(Practice.deleted.is_(True))
            words = search.words(query.text)
            for word in words:
                stmt = stmt.where(func.lower(Practice.title).contains(word.lower()))
        elif matching is None:
            stmt = stmt.where(Practice.deleted.is_(False))
        elif (live := search.live_practice_matches(self._dialect, query.text)) is not None:
            stmt = stmt.where(live)
        else:
            # The index holds live practices only, so a match is never deleted. With many
            # matches and an ordered page, walk (deleted, updated_at|title) in order and
            # test each row against the matches (`pk + 0` keeps the match list from
            # driving the query); with few, fetch the matches and sort them.
            many = ordered and (search.count_matching_practices(session, query.text) or 0) > 2_000
            if many:
                stmt = stmt.where((Practice.pk + 0).in_(matching), Practice.deleted == false())
            else:
                stmt = stmt.where(Practice.pk.in_(matching))
        if query.subject:
            stmt = stmt.where(
                search.json_list_contains(self._dialect, Practice.subjects, query.subject)
            )
        if query.level:
            stmt = stmt.where(
                search.json_list_contains(self._dialect, Practice.levels, query.level)
            )
        if query.author_id:
            stmt = stmt.where(Practice.owner == query.author_id)
        if query.school_id:
            stmt = stmt.where(Practice.school_id == query.school_id)
        if query.status:
            stmt = stmt.where(Practice.status == query.status)
        return stmt

    def _attachment_rows(self, session: Session, practice_id: str) -> list[Attachment]:
        return list(
            session.scalars(
                select(Attachment)
                .where(
                    Attachment.parent_kind == "practice",
                    Attachment.parent_id == practice_id,
                    Attachment.deleted.is_(False),
                )
                .order_by(Attachment.updated_at)
            )
        )

    def _attachment_info(self, row: Attachment) -> AttachmentInfo:
        return AttachmentInfo(
            id=row.id,
            filename=row.filename,
            media_type=row.media_type,
            size=row.size,
            sha256=row.sha256,
            path=self.files.path_for(row.sha256),
        )

    def _detail(self, session: Session, practice: Practice, actor: Actor) -> PracticeDetail:
        author = session.get(Person, practice.owner)
        school = session.get(School, practice.school_id) if practice.school_id else None
        data = PracticeInput()
        data = replace(
            data,
            title=practice.title,
            subjects=display.stored_list(practice.subjects, "practices"),
            levels=display.stored_list(practice.levels, "practices"),
            oa_codes=display.stored_list(practice.oa_codes, "practices"),
            description=practice.description,
            multigrade_strategy=practice.multigrade_strategy,
            materials=practice.materials,
            duration_minutes=practice.duration_minutes,
            status=practice.status,
            visibility=practice.visibility,
        )
        return PracticeDetail(
            id=practice.id,
            owner=practice.owner,
            author_name=author.name if author else "",
            school_id=practice.school_id,
            school_name=school.name if school else "",
            data=data,
            created_at=practice.created_at,
            updated_at=practice.updated_at,
            deleted=practice.deleted,
            is_mine=practice.owner == actor.person_id,
            attachments=[
                self._attachment_info(a) for a in self._attachment_rows(session, practice.id)
            ],
        )


def _assign(practice: Practice, data: PracticeInput) -> None:
    practice.title = data.title
    practice.subjects = data.subjects
    practice.levels = data.levels
    practice.oa_codes = data.oa_codes
    practice.description = data.description
    practice.multigrade_strategy = data.multigrade_strategy
    practice.materials = data.materials
    practice.duration_minutes = data.duration_minutes
    practice.status = data.status
    practice.visibility = data.visibility
