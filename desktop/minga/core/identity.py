"""Who is acting on this installation, and the stamping of synced rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from minga.domain import schema
from minga.domain.errors import NotInitializedError, PermissionDeniedError
from minga.domain.hlc import HybridClock, Version
from minga.store import meta
from minga.store.db import clock_of
from minga.store.models import Person, SyncedMixin


@dataclass(frozen=True)
class Actor:
    """This installation's person and device."""

    device_id: str
    person_id: str
    role: str
    name: str
    school_id: str | None
    microcentre_id: str | None


def device_id(session: Session) -> str:
    value = meta.get(session, meta.DEVICE_ID)
    if value is None:
        value = uuid.uuid4().hex
        meta.put(session, meta.DEVICE_ID, value)
    return value


def current_actor(session: Session) -> Actor:
    """The person this installation belongs to; `NotInitializedError` before `init`."""
    person_id = meta.get(session, meta.PERSON_ID)
    person = session.get(Person, person_id) if person_id else None
    if person is None:
        raise NotInitializedError()
    return Actor(
        device_id=device_id(session),
        person_id=person.id,
        role=person.role,
        name=person.name,
        school_id=person.school_id,
        microcentre_id=person.microcentre_id,
    )


def is_initialized(session: Session) -> bool:
    person_id = meta.get(session, meta.PERSON_ID)
    return bool(person_id and session.get(Person, person_id))


class Stamper:
    """Gives local changes their owner, a new clock version and `updated_at`.

    It also records `prev_version`, the version the edit was based on, which the import
    uses to tell whether the editor had seen the version it meets elsewhere (docs/bundle-format.md,
    The merge rule). Consecutive edits made on this same device keep the base of the first
    one: the versions in between may never have left this computer, so they say nothing
    about what the editor had seen of the other devices' work.
    """

    def __init__(self, session: Session, actor_device: str, person_id: str):
        self.session = session
        self.person_id = person_id
        self.wall = clock_of(session)
        self.clock = HybridClock(
            actor_device, meta.get(session, meta.HLC_LAST), wall=self.wall.millis
        )

    def stamp(self, row: SyncedMixin, *, new: bool = False) -> SyncedMixin:
        if new:
            row.id = row.id or str(uuid.uuid4())
            row.owner = row.owner or self.person_id
            row.deleted = False
            row.prev_version = None
        elif row.owner != self.person_id:
            raise PermissionDeniedError(owner=row.owner)
        else:
            row.prev_version = self._base_of(row)
        # Every local write passes the same authorization table as every imported record.
        from minga.core.authorizing import check_write

        check_write(self.session, self.person_id, row, new=new)
        # A record whose version lies ahead of this clock still gets a later one.
        row.version = self.clock.tick() if new else self.clock.tick_after(row.version)
        row.updated_at = self.wall.now()
        _clean_texts(row)
        meta.put(self.session, meta.HLC_LAST, self.clock.last)
        return row

    def _base_of(self, row: SyncedMixin) -> str | None:
        """The version an edit of `row` is based on (see the class docstring)."""
        current = row.version
        if not current:
            return None
        try:
            made_here = Version.parse(current).device == self.clock.device
        except ValueError:
            return current
        return row.prev_version if made_here else current


def _clean_texts(row: SyncedMixin) -> None:
    """Texts as every other Minga accepts them (`schema.cleaned_text`): a title typed with
    a line break must not make every receiver refuse this computer's bundles."""
    kind = row.__kind__
    for name in schema.text_fields(kind):
        value = getattr(row, name, None)
        cleaned = schema.cleaned_text(kind, name, value)
        if cleaned is not value:
            setattr(row, name, cleaned)


def stamper(session: Session, actor: Actor) -> Stamper:
    return Stamper(session, actor.device_id, actor.person_id)
