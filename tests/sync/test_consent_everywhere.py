"""Consent beyond the observation views (issue 15, item 6): the observed teacher decides
who reads a note about her, and every other place that reads notes obeys it.

- The printed follow-up (`minga print observation-follow-up`, reports/observation.py)
  shows the first note too: a teacher who may read the follow-up but not the first note
  gets a sentence, no PDF; once the observed teacher widens both she prints it; when she
  narrows the first again it is refused again, though the note is still in the database.
- `person export`: the advisor's copy of a member's data leaves out a note about her the
  advisor keeps as a draft; a teacher who only read a note finds none in her own copy.
- Search, Inicio and the indicators do not read notes at all: a guard keeps every module
  that touches the notes' table on a short list (each checked by the tests named there).

Real installations and bundles on disk; the PDFs are read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from minga.services.observation import ObservationInput, ObservationService
from tests.conftest import ROOT
from tests.sync.conftest import Device, Network

LUISA = {"name": "Luisa Antilef Rojas", "school": "Escuela Rural Quilaco", "rbd": "4479-2"}
FIRST_STEP = "Tarjetas de apoyo para los de primero"
FOLLOW_STRENGTH = "Los grupos mixtos ya trabajan solos"
DRAFT = "Borrador de la asesora sin compartir"


def _join(network: Network) -> Device:
    luisa = Device(network.folder / "luisa", network.ana.backend).init("teacher", **LUISA)
    luisa.import_(network.invitation)
    network.advisor.import_(luisa.export(network.path("luisa-hola")), accept_new_members=True)
    return luisa


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _round(network: Network, *devices: Device) -> None:
    bundle = network.advisor.export(network.path("todos"))
    for device in devices:
        device.import_(bundle)


def test_the_printed_follow_up_and_the_copies_of_data_obey_the_observed_teacher(
    network: Network, tmp_path: Path
) -> None:
    from minga.domain.errors import MingaError
    from minga.services.person_data import export_person
    from minga.services.printing import build_observation_follow_up

    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    luisa = _join(network)
    try:
        notes = ObservationService(ana.ws.db)
        first = notes.create(
            ObservationInput(
                observed_id=pedro.person_id,
                observed_on=dt.date(2026, 10, 8),
                focus="Trabajo en grupos de distinto nivel",
                protocol={"differentiation": 2},
                action_step=FIRST_STEP,
            )
        )
        follow = notes.create(
            ObservationInput(
                observed_id=pedro.person_id,
                observed_on=dt.date(2026, 11, 12),
                focus="Trabajo en grupos de distinto nivel",
                protocol={"differentiation": 3},
                strengths=FOLLOW_STRENGTH,
                follows_id=first.id,
            )
        )
        rosa.import_(ana.export(network.path("ana-notas")))
        pedro.import_(rosa.export(network.path("para-pedro"), to=pedro.person_id))

        # Pedro lets the network read the follow-up only.
        ObservationService(pedro.ws.db).set_readers(follow.id, "network")
        rosa.import_(pedro.export(network.path("pedro-consiente")))
        _round(network, luisa)
        [seen] = ObservationService(luisa.ws.db).list_notes()
        assert seen.id == follow.id
        out = tmp_path / "seguimiento.pdf"
        with pytest.raises(MingaError) as refused:
            build_observation_follow_up(luisa.ws.db, follow.id, out, lang="es")
        assert "Pedro Cayupán Soto" in refused.value.message()
        assert not out.exists()
        # The advisor, the observer and Pedro print it.
        for device in (rosa, ana, pedro):
            page = tmp_path / f"seguimiento-{device.root.name}.pdf"
            build_observation_follow_up(device.ws.db, follow.id, page, lang="es")
            assert FIRST_STEP in _pdf_text(page)

        # Pedro widens the first note too: Luisa prints the comparison.
        ObservationService(pedro.ws.db).set_readers(first.id, "network")
        rosa.import_(pedro.export(network.path("pedro-ambas")))
        _round(network, luisa)
        build_observation_follow_up(luisa.ws.db, follow.id, out, lang="es")
        assert FIRST_STEP in _pdf_text(out)

        # ... and narrows it again: the note stays in Luisa's database, unread.
        ObservationService(pedro.ws.db).set_readers(first.id, "advisor")
        rosa.import_(pedro.export(network.path("pedro-restringe")))
        _round(network, luisa)
        assert luisa.rows("SELECT count(*) FROM observation_notes WHERE id = ?", first.id) == [(1,)]
        again = tmp_path / "otra-vez.pdf"
        with pytest.raises(MingaError):
            build_observation_follow_up(luisa.ws.db, follow.id, again, lang="es")
        assert not again.exists()

        # Luisa's copy of her own data: none of the notes she only read.
        mine = export_person(luisa.ws, luisa.person_id, tmp_path / "luisa.zip")
        with zipfile.ZipFile(mine.path) as archive:
            names = archive.namelist()
            summary = archive.read("resumen.pdf")
        assert not [n for n in names if "observation" in n]
        (tmp_path / "resumen-luisa.pdf").write_bytes(summary)
        text = _pdf_text(tmp_path / "resumen-luisa.pdf")
        assert FIRST_STEP not in text
        assert FOLLOW_STRENGTH not in text

        # The advisor's own draft about Pedro stays out of the copy she makes for him;
        # the notes Ana shared about him are in it.
        ObservationService(rosa.ws.db).create(
            ObservationInput(
                observed_id=pedro.person_id,
                observed_on=dt.date(2026, 11, 20),
                focus="Lectura en voz alta",
                strengths=DRAFT,
                visibility="private",
            )
        )
        his = export_person(rosa.ws, pedro.person_id, tmp_path / "pedro.zip")
        with zipfile.ZipFile(his.path) as archive:
            about = json.loads(archive.read("registros/observation_note.json"))
            raw = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".json"))
            summary = archive.read("resumen.pdf")
        assert sorted(n["id"] for n in about) == sorted([first.id, follow.id])
        assert DRAFT.encode() not in raw
        (tmp_path / "resumen-pedro.pdf").write_bytes(summary)
        assert DRAFT not in _pdf_text(tmp_path / "resumen-pedro.pdf")
        assert his.counts["observation_note"] == 2
    finally:
        luisa.close()


# Every module that reads the observation notes' table, and what keeps it to the rule.
NOTE_READERS = {
    "services/observation.py": "the views, the printed follow-up (compare): _may_read",
    "services/person_data.py": "person export: hers and about her, no one's draft",
    "sync/export.py": "bundles: the observed teacher's consent",
    "sync/import_checks.py": "imports: the observer cannot widen a note",
    "sync/importer.py": "imports: consents applied",
    "core/authorizing.py": "who may write a note (no text shown)",
    "services/stats.py": "minga check: references between records (no text shown)",
    "services/demo.py": "demo data (writes)",
    "store/models.py": "the table",
}


def test_no_other_module_reads_the_notes() -> None:
    """Search (the practices' index), Inicio (services/home.py) and the indicators
    (services/indicators*.py) never read notes; a new reader must join the list above,
    with the check that keeps it to the observed teacher's choice."""
    pattern = re.compile(r"ObservationNote\b|observation_notes\b")
    package = ROOT / "desktop" / "minga"
    readers = {
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "migrations" not in path.parts and pattern.search(path.read_text(encoding="utf-8"))
    }
    assert readers <= set(NOTE_READERS), sorted(readers - set(NOTE_READERS))
    for module in ("services/home.py", "services/indicators.py", "services/practices.py"):
        assert module not in readers
