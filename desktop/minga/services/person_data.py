"""A person's rights over her data (Ley 21.719): access and portability, and erasure.

- `export_person(ws, ref, out)`: everything this computer holds about and by a person,
  in an open format: one ZIP with a README.txt (Spanish), `persona.json`, one JSON file
  per kind of record under `registros/`, her evidence files under `adjuntos/`, and a
  readable PDF summary (`resumen.pdf`). The person herself, or the network's advisor for
  any member; anyone else is refused.
- `erasure_preview(ws, ref)` and `erase_person(ws, ref)`: what an erasure empties
  (counts per kind), and the erasure itself: an `erasure` record that travels in
  bundles and purges her data on every computer (minga.core.erasure). The person
  herself, or the advisor at her request.

docs/privacy.md says what each right covers, for advisors and maintainers.
"""

from __future__ import annotations

import json
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minga.core import erasure
from minga.core.identity import Actor, current_actor, stamper
from minga.domain.errors import MingaError, NotFoundError
from minga.domain.validation import fold
from minga.domain.vocab import KIND_LABELS, Role
from minga.i18n import QT_TRANSLATE_NOOP, catalog
from minga.store.models import (
    Agreement,
    ConflictCopy,
    Erasure,
    Microcentre,
    Person,
    Presentation,
    School,
)

if TYPE_CHECKING:
    from minga.core.workspace import Workspace
    from minga.store.db import Database

NOT_YOURS = QT_TRANSLATE_NOOP(
    "errors",
    "Only {name} herself or the microcentre's advisor may ask for {name}'s data. "
    "Nothing was written.",
)
NOT_YOURS_TO_ERASE = QT_TRANSLATE_NOOP(
    "errors",
    "Only {name} herself, or the advisor at her request, may erase {name}'s data. "
    "Nothing was changed.",
)
NO_SUCH_PERSON = QT_TRANSLATE_NOOP(
    "errors", "Nobody called '{ref}' is known on this computer (give the full name or the id)."
)
TWO_PEOPLE = QT_TRANSLATE_NOOP(
    "errors", "More than one person is called '{ref}': give the person's id instead."
)
ALREADY_ERASED = QT_TRANSLATE_NOOP("errors", "The data of this person were already erased.")
NOT_REMOVABLE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} cannot be removed from the microcentre here: only the advisor removes members, "
    "and {name} is not a current member. Nothing was erased.",
)
OUT_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "errors", "The file {path} could not be written: {reason}. Nothing was written."
)

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SAFE_NAME = re.compile(r"[^0-9A-Za-z._-]+")

README = """\
DATOS PERSONALES EN MINGA
=========================

Persona: {name}

Este archivo reúne todo lo que este computador guarda sobre {name} y todo lo que
ella escribió en Minga, hasta el {date}. Lo pidió {asked_by} ejerciendo el derecho
de acceso y portabilidad de la Ley 21.719 de protección de datos personales.

Qué contiene
------------
- resumen.pdf: un resumen legible para imprimir.
- persona.json: su ficha (nombre, rol, escuela, microcentro, correo).
- registros/<tipo>.json: sus registros y los que tratan sobre ella, un archivo por
  tipo (la lista está al final). Cada registro es un objeto JSON con los campos
  descritos en el formato de paquetes de Minga (docs/bundle-format.md del código de
  Minga): "id", "owner" (quién lo escribió), "version", "updated_at" (hora UTC),
  "deleted" (true: registro borrado) y los campos propios de su tipo.
- registros/copias_en_conflicto.json (si existe): versiones anteriores de sus
  registros que Minga guardó al encontrar dos ediciones a la vez.
- adjuntos/: sus archivos de evidencia (fotos, documentos, audio), con su nombre
  original precedido por el comienzo de su huella SHA-256.

Todos los archivos son texto UTF-8 (JSON, RFC 8259) o los archivos originales: se
abren con cualquier editor o planilla, sin Minga.

Qué no contiene
---------------
Lo que otros integrantes guardan solo para sí (registros privados) nunca llega a
este computador. Las claves privadas de Minga no se exportan.

Registros por tipo
------------------
{counts}
"""


@dataclass
class PersonExport:
    """What `export_person` wrote."""

    path: Path
    person_id: str
    name: str
    counts: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    pdf_pages: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "person_id": self.person_id,
            "name": self.name,
            "counts": self.counts,
            "attachments": self.attachments,
            "pdf_pages": self.pdf_pages,
        }


@dataclass
class ErasurePreview:
    """What an erasure of a person would empty on this computer."""

    person_id: str
    name: str
    counts: dict[str, int]
    already_erased: bool
    # Her place in the microcentre, which an erasure alone does not change: "member"
    # (she stays a member: her bundles are still accepted), "removed" (she left
    # already), "self" (the person erasing her own data), "" (the advisor herself, or
    # someone who never was a member).
    membership: str = ""
    # The advisor may remove her in the same step (`person erase --remove-member`).
    may_remove: bool = False
    # After `erase_person(..., remove_member=True)`: she left the microcentre too.
    removed_member: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "counts": self.counts,
            "already_erased": self.already_erased,
            "membership": self.membership,
            "removed_member": self.removed_member,
        }


# --- who ------------------------------------------------------------------------------


def find_person(session: Session, ref: str) -> Person:
    """A person by id, or by full name (accents and case aside) when only one has it."""
    text = (ref or "").strip()
    person = session.get(Person, text) if UUID_RE.fullmatch(text) else None
    if person is not None:
        return person
    wanted = fold(text)
    if not wanted:
        raise NotFoundError(id=text)
    matches = [
        p for p in session.scalars(select(Person).where(Person.deleted.is_(False)))
        if fold(p.name) == wanted
    ]  # fmt: skip
    if not matches:
        raise MingaError(NO_SUCH_PERSON, ref=text[:120])
    if len(matches) > 1:
        raise MingaError(TWO_PEOPLE, ref=text[:120])
    return matches[0]


def _may_act(actor: Actor, person: Person) -> bool:
    return actor.person_id == person.id or actor.role == Role.ADVISOR


# --- access and portability -----------------------------------------------------------


def _records_about(session: Session, person_id: str) -> dict[str, list[dict[str, Any]]]:
    """Per kind, every record by or about the person, as it travels (JSON objects)."""
    from minga.sync.records import SPECS

    ids = erasure.affected(session, person_id)
    _leave_out_drafts_of_others(session, person_id, ids)
    extra: dict[str, list[str]] = {
        "presentation": list(
            session.scalars(select(Presentation.id).where(Presentation.presenter_id == person_id))
        ),
        "agreement": list(
            session.scalars(select(Agreement.id).where(Agreement.responsible_id == person_id))
        ),
        "erasure": list(session.scalars(select(Erasure.id).where(Erasure.person_id == person_id))),
    }
    for kind, found in extra.items():
        if found:
            ids[kind] = found
    result: dict[str, list[dict[str, Any]]] = {}
    for kind, spec in SPECS.items():
        wanted = ids.get(kind)
        if not wanted:
            continue
        table = spec.table
        rows = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows += [
                spec.encode(row)
                for row in session.execute(select(*spec.columns).where(table.c.id.in_(chunk)))
            ]
        if kind == "person":
            for row in rows:
                # Keys are public, but membership and keys are the roster's business.
                row.pop("signing_key", None)
                row.pop("encryption_key", None)
        result[kind] = sorted(rows, key=lambda r: (r.get("updated_at") or "", r["id"]))
    return result


def _leave_out_drafts_of_others(
    session: Session, person_id: str, ids: dict[str, list[str]]
) -> None:
    """An observation note about her that its observer keeps as a draft (`private`, on
    the observer's own computer: the advisor's, when the advisor exports a member's
    data) is not hers to read yet: the observer has not shared it, and who reads a
    shared note is the observed teacher's choice (docs/privacy.md). It stays out of the
    copy, with any reply to it; an erasure still empties it."""
    from minga.domain.vocab import Visibility
    from minga.store.models import ObservationNote, ObservationReply

    notes = ids.get("observation_note") or []
    if not notes:
        return
    drafts: set[str] = set()
    for start in range(0, len(notes), 500):
        drafts |= set(
            session.scalars(
                select(ObservationNote.id).where(
                    ObservationNote.id.in_(notes[start : start + 500]),
                    ObservationNote.visibility == Visibility.PRIVATE,
                    ObservationNote.owner != person_id,
                )
            )
        )
    if not drafts:
        return
    ids["observation_note"] = [i for i in notes if i not in drafts]
    replies = set(
        session.scalars(
            select(ObservationReply.id).where(ObservationReply.note_id.in_(sorted(drafts)))
        )
    )
    ids["observation_reply"] = [i for i in ids.get("observation_reply", []) if i not in replies]
    for kind in ("observation_note", "observation_reply"):
        if not ids[kind]:
            del ids[kind]


def _conflict_copies(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    copies = []
    for copy in session.scalars(
        select(ConflictCopy).where(ConflictCopy.record_id.in_(list(ids))).order_by(ConflictCopy.id)
    ):
        copies.append({"kind": copy.kind, "record_id": copy.record_id, "version": copy.version,
                       "record": copy.payload})  # fmt: skip
    return copies


def _context(session: Session, person: Person) -> tuple[str, str]:
    school = session.get(School, person.school_id) if person.school_id else None
    microcentre = session.get(Microcentre, person.microcentre_id) if person.microcentre_id else None
    if microcentre is None:
        microcentre = session.scalars(
            select(Microcentre).where(Microcentre.deleted.is_(False))
        ).first()
    return (school.name if school else "", microcentre.name if microcentre else "")


def export_person(
    ws: Workspace, ref: str, out: Path, *, lang: str | None = None, paper: str = "carta"
) -> PersonExport:
    """Writes the person's data to `out` (a ZIP); see the module docstring."""
    from minga.core.attachments import AttachmentStore
    from minga.core.files import atomic_output
    from minga.reports import person_data as report

    out = Path(out)
    session = ws.db.read_session()
    try:
        actor = current_actor(session)
        person = find_person(session, ref)
        if not _may_act(actor, person):
            raise MingaError(NOT_YOURS, name=person.name)
        records = _records_about(session, person.id)
        every_id = {r["id"] for rows in records.values() for r in rows}
        copies = _conflict_copies(session, every_id)
        school, microcentre = _context(session, person)
        today = ws.clock.today()
        asked_by = actor.name
        person_record = records.get("person", [{}])[0]
        counts = {kind: len(rows) for kind, rows in records.items() if kind != "person"}
        store = AttachmentStore(ws.dirs.attachments)
        summary = report.PersonSummary(
            name=person.name,
            role=person.role,
            email=person.email,
            school=school,
            microcentre=microcentre,
            asked_by=asked_by,
            counts=counts,
            records=records,
        )
    finally:
        session.close()

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(out) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:
            spanish = catalog("es")
            label_lines = (
                "\n".join(
                    f"- {spanish.translate('vocab', KIND_LABELS.get(kind, kind))}: {count} "
                    f"(registros/{kind}.json)"
                    for kind, count in sorted(counts.items())
                )
                or "- (ninguno)"
            )
            zf.writestr(
                "README.txt",
                README.format(
                    name=person.name, date=today.isoformat(), asked_by=asked_by,
                    counts=label_lines,
                ),
            )  # fmt: skip
            zf.writestr("persona.json", _json(person_record))
            for kind, rows in records.items():
                if kind != "person":
                    zf.writestr(f"registros/{kind}.json", _json(rows))
            if copies:
                zf.writestr("registros/copias_en_conflicto.json", _json(copies))
            attached = 0
            for row in records.get("attachment", []):
                if row.get("deleted"):
                    continue
                path = store.path_for(row["sha256"])
                if not path.exists():
                    continue
                name = SAFE_NAME.sub("_", row["filename"])[:80] or "archivo"
                zf.write(path, f"adjuntos/{row['sha256'][:12]}-{name}")
                attached += 1
            pdf = ws.dirs.tmp / f"resumen-{uuid.uuid4().hex}.pdf"
            ws.dirs.tmp.mkdir(parents=True, exist_ok=True)
            try:
                rendered = report.render_person_summary(
                    summary, str(pdf), paper=paper, lang=lang, printed_on=today
                )
                zf.write(pdf, "resumen.pdf")
            finally:
                pdf.unlink(missing_ok=True)
    except OSError as exc:
        raise MingaError(OUT_NOT_WRITABLE, path=str(out), reason=exc.strerror or str(exc)) from exc
    return PersonExport(out, person.id, person.name, counts, attached, rendered.pages)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# --- erasure --------------------------------------------------------------------------


def _already_erased(session: Session, person_id: str) -> bool:
    return (
        session.scalar(
            select(Erasure.id).where(Erasure.person_id == person_id, Erasure.deleted.is_(False))
        )
        is not None
    )


def erasure_preview(ws: Workspace, ref: str) -> ErasurePreview:
    """What `erase_person` would empty here (the confirmation names it)."""
    session = ws.db.read_session()
    try:
        actor = current_actor(session)
        person = find_person(session, ref)
        if not _may_act(actor, person):
            raise MingaError(NOT_YOURS_TO_ERASE, name=person.name)
        counts = erasure.counts(session, person.id)
        counts.pop("person", None)
        membership = _membership(actor, person)
        return ErasurePreview(
            person.id,
            person.name,
            counts,
            _already_erased(session, person.id),
            membership,
            may_remove=actor.role == Role.ADVISOR and membership == "member",
        )
    finally:
        session.close()


def _membership(actor: Actor, person: Person) -> str:
    from minga.sync.roster import ACTIVE, PENDING, REMOVED

    if person.id == actor.person_id:
        return "" if actor.role == Role.ADVISOR else "self"
    if person.membership in (ACTIVE, PENDING):
        return "member"
    return "removed" if person.membership == REMOVED else ""


def erase_person(ws: Workspace, ref: str, *, remove_member: bool = False) -> ErasurePreview:
    """Writes the erasure record and purges here; the next bundles carry it to everyone.

    An erasure alone leaves her a member (her later bundles are accepted, and she keeps
    receiving the network's), but it stands: what she writes later is emptied too, on
    every computer, like any copy of her records. With
    `remove_member` (the advisor, when she also leaves) she is removed from the
    microcentre in the same transaction, as `member remove` does (no reason is kept:
    the erasure purges this computer's notes about her, a removal reason included).
    Returns what was emptied (the preview taken just before)."""
    import dataclasses

    preview = erasure_preview(ws, ref)
    if preview.already_erased:
        raise MingaError(ALREADY_ERASED)
    if remove_member and not preview.may_remove:
        raise MingaError(NOT_REMOVABLE, name=preview.name)
    with ws.db.session() as session:
        actor = current_actor(session)
        if remove_member:
            from minga.sync.roster import remove_member as remove

            remove(session, preview.person_id)
            preview = dataclasses.replace(preview, membership="removed", removed_member=True)
        record = Erasure(person_id=preview.person_id)
        stamper(session, actor).stamp(record, new=True)
        session.add(record)
        session.flush()
        purged = erasure.purge(session, preview.person_id)
    erasure.finish(ws, purged)
    return preview


def build_privacy_page(db: Database, out: Path | str, paper: str | None = "carta") -> Any:
    """`minga print privacy`: the advisors' privacy page (resources/privacidad.md, the
    Spanish part of docs/privacy.md) as a PDF."""
    from minga import resources
    from minga.reports import person_data as report
    from minga.services.printing import network_of, output_path, paper_size, write_document

    paper = paper_size(paper)
    target = output_path(out)
    markdown = resources.path("privacidad.md").read_text(encoding="utf-8")
    with db.session() as session:
        try:
            microcentre = network_of(session, current_actor(session).microcentre_id).microcentre
        except MingaError:
            microcentre = ""
    return write_document(
        target,
        lambda temp: report.render_privacy_page(
            markdown, temp, paper=paper, printed_on=db.clock.today(), microcentre=microcentre
        ),
    )


def kind_labels() -> dict[str, str]:
    """The kinds as people call them (English sources; translate in the `vocab` context)."""
    return dict(KIND_LABELS)


def people_for_rights(ws: Workspace) -> list[tuple[str, str]]:
    """(id, name) of the people whose data this installation's person may ask for:
    herself, and for the advisor every member."""
    session = ws.db.read_session()
    try:
        actor = current_actor(session)
        if actor.role != Role.ADVISOR:
            return [(actor.person_id, actor.name)]
        rows = session.scalars(select(Person).where(Person.deleted.is_(False)))
        return sorted(((p.id, p.name) for p in rows), key=lambda item: fold(item[1]))
    finally:
        session.close()
