"""First-run setup: who uses this installation (`minga init`, the first-run dialog)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from minga.core.identity import Actor, Stamper, current_actor, device_id, is_initialized
from minga.domain import validation as v
from minga.domain.errors import (
    AlreadyInitializedError,
    ValidationError,
    ValidationErrors,
)
from minga.domain.vocab import Role
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store import meta
from minga.store.db import Database
from minga.store.models import Microcentre, Person, School

# Schools are known by their RBD everywhere: the same RBD gives the same record id on
# every installation, so a school created by a teacher and by the advisor is one school.
SCHOOL_NAMESPACE = uuid.UUID("5b0e3c1e-7a52-4d8e-9d8f-2f4f1c0a6b11")


def school_id_for_rbd(rbd: str) -> str:
    return str(uuid.uuid5(SCHOOL_NAMESPACE, f"rbd:{rbd}"))


@dataclass
class SetupInput:
    role: str
    name: str
    school: str = ""
    rbd: str = ""
    microcentre: str = ""
    email: str = ""
    accept_rbd_check_digit: bool = False
    # (coordinator) the SLEP's or DAEM's territory, like "SLEP Maule Costa".
    territory: str = ""


@dataclass(frozen=True)
class CleanSetup:
    role: Role
    name: str
    school: str
    rbd: v.Rbd | None
    microcentre: str
    email: str
    territory: str = ""


# meta: the territory a coordinator's hub serves (docs/territory.md).
TERRITORY_NAME = "territory_name"


def validate_setup(data: SetupInput) -> CleanSetup:
    """Every field checked at once, so a form shows all its problems together."""
    errors: list[ValidationError] = []

    def attempt(fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            errors.append(exc)
            return None

    try:
        role = Role(data.role)
        if role is Role.LEADER:
            raise ValueError
    except ValueError:
        role = None
        errors.append(
            ValidationError(
                "role",
                QT_TRANSLATE_NOOP("errors", "Choose a role: teacher or advisor."),
            )
        )
    name = attempt(v.required_text, data.name, "name", v.NAME_MAX)
    territory = ""
    if role is Role.COORDINATOR:
        territory = attempt(v.required_text, data.territory, "territory", v.TITLE_MAX) or ""
    email = attempt(v.optional_email, data.email)
    microcentre = attempt(v.optional_text, data.microcentre, "microcentre", v.TITLE_MAX)
    school, rbd = "", None
    if role is Role.TEACHER:
        school = attempt(v.required_text, data.school, "school", v.TITLE_MAX) or ""
        if not (data.rbd or "").strip():
            errors.append(
                ValidationError(
                    "rbd",
                    QT_TRANSLATE_NOOP("errors", "Write your school's RBD, like 4478-4."),
                )
            )
        else:
            rbd = attempt(
                v.parse_rbd, data.rbd, accept_check_digit_mismatch=data.accept_rbd_check_digit
            )
    if errors:
        raise ValidationErrors(errors)
    assert role is not None
    if role is Role.COORDINATOR:
        # A coordinator belongs to no network: no school, no microcentre.
        school, rbd, microcentre = "", None, ""
    return CleanSetup(role, name or "", school, rbd, microcentre or "", email or "", territory)


def initialize(db: Database, data: SetupInput) -> Actor:
    """Creates this installation's person (and school, microcentre). Once per data folder."""
    clean = validate_setup(data)
    with db.session() as session:
        if is_initialized(session):
            raise AlreadyInitializedError()
        person_id = str(uuid.uuid4())
        stamper = Stamper(session, device_id(session), person_id)
        microcentre_id = None
        if clean.microcentre:
            microcentre = _find_microcentre(session, clean.microcentre)
            if microcentre is None:
                microcentre = Microcentre(name=clean.microcentre)
                if clean.role is Role.ADVISOR:
                    microcentre.advisor_id = person_id
                stamper.stamp(microcentre, new=True)
                session.add(microcentre)
            microcentre_id = microcentre.id
        school_id = None
        if clean.rbd is not None:
            school_id = school_id_for_rbd(str(clean.rbd))
            school = session.get(School, school_id)
            if school is None:
                school = School(
                    id=school_id,
                    name=clean.school,
                    rbd=str(clean.rbd),
                    microcentre_id=microcentre_id,
                )
                stamper.stamp(school, new=True)
                session.add(school)
        person = Person(
            id=person_id,
            name=clean.name,
            role=clean.role.value,
            school_id=school_id,
            microcentre_id=microcentre_id,
            email=clean.email,
        )
        stamper.stamp(person, new=True)
        session.add(person)
        meta.put(session, meta.PERSON_ID, person_id)
        if clean.territory:
            meta.put(session, TERRITORY_NAME, clean.territory)
        session.flush()
        return current_actor(session)


def _find_microcentre(session: Session, name: str) -> Microcentre | None:
    return session.scalars(
        select(Microcentre).where(Microcentre.name == name, Microcentre.deleted.is_(False))
    ).first()


def actor(db: Database) -> Actor:
    with db.session() as session:
        return current_actor(session)
