"""Erasure that travels (Ley 21.719): Ana asks the advisor to erase her data; the erasure
reaches the three teachers' computers through real bundles on disk, and afterwards no
database file (its WAL and free pages included), automatic backup, attachment folder or
later bundle of the four installations holds her name or a word she wrote, nor one
written about her. An older bundle that arrives late does not bring anything back, and
the network's counts keep their numbers."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest

from minga.core.attachments import AttachmentStore
from minga.domain.cycle_rules import AgendaItem
from minga.domain.errors import MingaError
from minga.services.observation import ObservationInput, ObservationService
from minga.services.person_data import erase_person, erasure_preview
from minga.services.practices import PracticeInput
from minga.services.sessions import FeedbackInput, SessionInput, SessionService
from minga.services.stats import run_check
from tests.sync.conftest import Device, Network, open_bundle

LUZ = {"name": "Luz Marina Ñancupil Rivas", "school": "Escuela Rural Las Quilas", "rbd": "6033-2"}

# What only Ana wrote, or others wrote about her: none of it may survive anywhere.
HER_NAME = "Huenchumilla"
HER_TEXTS = (
    "lombrices californianas",
    "compost de cáscaras de piñón",
    "semillas de quínoa",
    "tarjetas de apoyo para primero",
)
PHOTO = b"\xff\xd8\xff\xe0" + b"FOTO-DEL-HUERTO-DE-ANA" * 500


def needles() -> list[bytes]:
    found = [HER_NAME.encode()]
    for text in HER_TEXTS:
        found.append(text.encode("utf-8"))
    found.append(b"FOTO-DEL-HUERTO-DE-ANA")
    return found


def traces(folder: Path) -> list[str]:
    """Every file under `folder` (databases, WAL, backups, attachments, logs...) that
    holds one of the needles in its raw bytes."""
    hits = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for needle in needles():
            if needle in data:
                hits.append(f"{path.relative_to(folder)}: {needle[:30]!r}")
    return hits


def join_luz(network: Network) -> Device:
    luz = Device(network.folder / "luz", network.advisor.backend).init("teacher", **LUZ)
    luz.import_(network.invitation)
    network.advisor.import_(luz.export(network.path("luz-hola")), accept_new_members=True)
    return luz


def test_an_erasure_travels_to_four_computers_and_leaves_no_trace(network: Network) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    luz = join_luz(network)
    try:
        _scenario(network, rosa, ana, pedro, luz)
    finally:
        luz.close()


def _scenario(network: Network, rosa: Device, ana: Device, pedro: Device, luz: Device) -> None:
    # Ana's practice with a photo, Pedro's observation of her class, her reply.
    practice = ana.practices.create(
        PracticeInput(
            title="Huerto con lombrices californianas",
            description="Hacemos compost de cáscaras de piñón con 1° a 4° básico.",
            visibility="network",
            levels=["1B", "2B"],
            subjects=["CN"],
        )
    ).id
    photo = network.folder / "huerto.jpg"
    photo.write_bytes(PHOTO)
    ana.practices.attach(practice, photo)
    rosa.import_(ana.export(network.path("ana-1")))
    rosa.import_(pedro.export(network.path("pedro-1")))
    # The advisor's session: its agenda and acta name her and her practice, and the
    # network's evaluation of it is about her work.
    sessions = SessionService(rosa.ws.db)
    meeting = sessions.plan(
        SessionInput(
            date=dt.date(2026, 11, 20),
            title="Reunión de noviembre",
            place="Escuela Rural Los Boldos",
            agenda=[AgendaItem("Presentación: Huerto con lombrices californianas", 15)],
        )
    ).id
    sessions.set_minutes(
        meeting, "Ana María Huenchumilla presentó Huerto con lombrices californianas."
    )
    sessions.add_feedback(
        FeedbackInput(
            practice_id=practice,
            session_id=meeting,
            strengths="El compost de cáscaras de piñón entusiasma a los de 1°.",
        )
    )
    everyone = rosa.export(network.path("consolidado-1"))
    for teacher in (ana, pedro, luz):
        teacher.import_(everyone)
    note = ObservationService(pedro.ws.db).create(
        ObservationInput(
            observed_id=ana.person_id,
            observed_on=dt.date(2026, 11, 12),
            focus="Ana Huenchumilla y las semillas de quínoa",
            strengths="Cuenta con semillas de quínoa en grupos de distinto nivel",
        )
    )
    rosa.import_(pedro.export(network.path("pedro-2")))
    # The note reaches Ana in the advisor's bundle for her; she lets everyone read it.
    ana.import_(rosa.export(network.path("para-ana"), to=ana.person_id))
    ObservationService(ana.ws.db).set_readers(note.id, "network")
    ObservationService(ana.ws.db).reply(note.id, "Gracias: haré tarjetas de apoyo para primero.")
    rosa.import_(ana.export(network.path("ana-2")))
    for teacher in (ana, pedro, luz):
        teacher.import_(rosa.export(network.path("consolidado-3")))
    for device in (rosa, ana, pedro, luz):
        assert "Huerto con lombrices californianas" in device.titles()
        assert traces(device.root), device.label  # the needles are real before the erasure
    practices_before = {d.label: len(d.rows("SELECT id FROM practices")) for d in (rosa, luz)}
    # A bundle for Luz that waits on a USB stick until after the erasure...
    late_for_luz = rosa.export(network.path("para-luz-tarde"), to=luz.person_id, full=True)
    # ...and an edit Ana makes on her computer before the erasure reaches it.
    ana.practices.update(
        practice,
        PracticeInput(
            title="Huerto con lombrices californianas",
            description="Compost de cáscaras de piñón; ahora también semillas de quínoa.",
            visibility="network",
            levels=["1B", "2B"],
            subjects=["CN"],
        ),
    )
    ana_late = ana.export(network.path("ana-tarde"))

    # Only Ana herself or the advisor may erase; the advisor is asked, and sees the counts.
    with pytest.raises(MingaError):
        erasure_preview(pedro.ws, ana.person_id)
    preview = erasure_preview(rosa.ws, "ana maría huenchumilla")
    assert preview.person_id == ana.person_id
    assert preview.counts["practice"] == 1
    assert preview.counts["attachment"] == 1
    assert preview.counts["observation_note"] == 1
    assert preview.counts["observation_reply"] == 1
    assert preview.counts["practice_feedback"] == 1
    erase_person(rosa.ws, ana.person_id)
    with pytest.raises(MingaError):
        erase_person(rosa.ws, ana.person_id)

    erased = rosa.export(network.path("consolidado-borrado"))
    for teacher in (pedro, luz, ana):
        teacher.import_(erased)
    # What arrives late brings nothing back: Ana's edit made before the erasure reached
    # her, and the advisor's older bundle for Luz.
    rosa.import_(ana_late)
    luz.import_(late_for_luz)
    pedro.import_(rosa.export(network.path("consolidado-final"), full=True))

    for device in (rosa, ana, pedro, luz):
        device.close()
        assert traces(device.root) == [], device.label
        device.reopen()
        names = {r[0] for r in device.rows("SELECT name FROM people WHERE id = ?", ana.person_id)}
        assert names == {"Persona eliminada"}, device.label
        [(erasures,)] = device.rows("SELECT count(*) FROM erasures")
        assert erasures == 1, device.label
        report = run_check(device.ws.db, AttachmentStore(device.ws.dirs.attachments))
        assert report.ok, (device.label, [p.message() for p in report.problems])
    # The counts stay (the rows stay, emptied), without her name.
    for device in (rosa, luz):
        assert len(device.rows("SELECT id FROM practices")) == practices_before[device.label]
    [(notes,)] = pedro.rows("SELECT count(*) FROM observation_notes")
    assert notes == 1
    # The acta keeps the rest of its text; where it named her, a placeholder.
    assert luz.rows("SELECT minutes_text FROM sessions") == [
        ("Persona eliminada presentó (contenido eliminado).",)
    ]

    # A later bundle (decrypted, every member decompressed) holds nothing of hers.
    final = rosa.export(network.path("consolidado-revisado"), full=True)
    members = open_bundle(final, pedro.keys().encryption_secret)
    assert "records/erasure.jsonl.gz" in members
    for name, data in members.items():
        plain = gzip.decompress(data) if name.endswith(".gz") else data
        for needle in needles():
            assert needle not in plain, (name, needle)


def test_a_colleague_cannot_erase_someone_else_nor_undo_an_erasure(network: Network) -> None:
    """At the boundary: Ana's real bundle carrying an erasure of Pedro (she is neither
    Pedro nor the advisor) is refused with the whole bundle, and so is her own erasure
    turned into a tombstone (an erasure is never undone); the advisor's folder stays
    byte for byte as it was. Her erasure of herself goes through."""
    from tests.sync.test_authorization import _add, _ana_forger, _record, _refused, _version

    forger = _ana_forger(network, network.advisor)
    ana, pedro = network.ana.person_id, network.pedro.person_id
    _add(forger, "erasure", _record("erasure", ana, _version(forger), person_id=pedro))
    assert "erase" in _refused(forger, "erasure")

    forger = _ana_forger(network, network.advisor)
    own = _record("erasure", ana, _version(forger), person_id=ana)
    _add(forger, "erasure", {**own, "deleted": True})
    assert "undone" in _refused(forger, "erasure")

    forger = _ana_forger(network, network.advisor)
    _add(forger, "erasure", own)
    network.advisor.import_(forger.write())
    assert network.advisor.rows("SELECT name FROM people WHERE id = ?", ana) == [
        ("Persona eliminada",)
    ]
