"""What bundles carry: visibility, increments and acknowledgements, parts, attachments.

Bundles are real files opened with the recipient's real age identity and inspected.
Only the OS keyring is replaced (tests.support.file_keyring.MemoryKeyring).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from minga.services.practices import PracticeInput
from tests.integration.test_practices import tiny_png
from tests.sync.conftest import Network, open_bundle, records_of


def _titles(members: dict[str, bytes]) -> set[str]:
    return {r["title"] for r in records_of(members, "practice")}


def test_a_bundle_is_a_prefix_and_an_age_file(network: Network) -> None:
    bundle = network.ana.export(network.path("ana"))
    data = bundle.read_bytes()
    assert data.startswith(b"MINGA-BUNDLE 1\nage-encryption.org/v1\n")
    assert b"Huenchumilla" not in data
    assert b"practice" not in data
    assert not list(bundle.parent.glob("*.partial"))


def test_private_records_never_travel_and_advisor_only_reach_the_advisor_alone(
    network: Network,
) -> None:
    ana, advisor = network.ana, network.advisor
    ana.add_practice("Mi diario privado", visibility="private")
    ana.add_practice("Solo para la asesora", visibility="advisor")
    ana.add_practice("Para toda la red", visibility="network")

    to_advisor = ana.export(network.path("ana-asesora"), full=True)
    seen = open_bundle(to_advisor, advisor.keys().encryption_secret)
    assert _titles(seen) == {"Solo para la asesora", "Para toda la red"}
    assert "Mi diario privado" not in json.dumps(
        {name: data.decode("latin-1") for name, data in seen.items()}
    )

    to_pedro = ana.export(network.path("ana-pedro"), to=network.pedro.person_id, full=True)
    assert _titles(open_bundle(to_pedro, network.pedro.keys().encryption_secret)) == {
        "Para toda la red"
    }

    advisor.import_(to_advisor)
    advisor.add_practice("Notas de la asesora", visibility="advisor")
    consolidated = advisor.export(network.path("consolidado"), full=True)
    for reader in (network.ana, network.pedro):
        titles = _titles(open_bundle(consolidated, reader.keys().encryption_secret))
        assert "Para toda la red" in titles
        assert "Solo para la asesora" not in titles
        assert "Notas de la asesora" not in titles
        assert "Mi diario privado" not in titles


def test_incremental_export_after_an_ack_holds_only_the_changes(network: Network) -> None:
    ana, advisor = network.ana, network.advisor
    first_id = ana.add_practice("Huerto escolar")
    ana.add_practice("Tiendita escolar")
    first = ana.export(network.path("ana-1"))
    assert _titles(open_bundle(first, advisor.keys().encryption_secret)) >= {
        "Huerto escolar",
        "Tiendita escolar",
    }
    # Nothing confirmed yet: the next bundle repeats everything.
    again = ana.export(network.path("ana-1b"))
    assert "Huerto escolar" in _titles(open_bundle(again, advisor.keys().encryption_secret))

    advisor.import_(first)
    ana.import_(advisor.export(network.path("acuse")))  # carries the advisor's ack
    ana.practices.update(first_id, PracticeInput(title="Huerto escolar con habas"))
    delta = ana.export_result(network.path("ana-2"))
    members = open_bundle(delta.paths[0], advisor.keys().encryption_secret)
    assert _titles(members) == {"Huerto escolar con habas"}
    assert delta.counts == {"practice": 1}
    assert delta.base_seq > 0

    full = ana.export_result(network.path("ana-full"), full=True)
    assert {"Huerto escolar con habas", "Tiendita escolar"} <= _titles(
        open_bundle(full.paths[0], advisor.keys().encryption_secret)
    )
    assert full.counts["person"] == 1
    assert full.counts["school"] == 1


def test_acks_are_per_device_and_only_move_forward(network: Network) -> None:
    ana, advisor = network.ana, network.advisor
    ana.add_practice("Primera")
    old = advisor.export(network.path("viejo"))
    advisor.add_practice("Una más de la asesora")
    new = advisor.export(network.path("nuevo"))
    ana.import_(new)
    ana.import_(old)  # an older bundle later: the acknowledgement does not go back
    rows = ana.rows("SELECT received_seq FROM peers WHERE device_id = ?", advisor.actor.device_id)
    manifest = json.loads(open_bundle(new, ana.keys().encryption_secret)["manifest.json"])
    assert (
        manifest["seq_max"]
        > json.loads(open_bundle(old, ana.keys().encryption_secret)["manifest.json"])["seq_max"]
    )
    assert rows == [(manifest["seq_max"],)]
    bundle = ana.export(network.path("ana"))
    acks = json.loads(open_bundle(bundle, advisor.keys().encryption_secret)["manifest.json"])
    assert acks["acks"][advisor.actor.device_id] == manifest["seq_max"]


def test_split_parts_reassemble_from_the_first_part_or_all_of_them(
    network: Network, tmp_path: Path
) -> None:
    ana, advisor = network.ana, network.advisor
    for number in range(60):
        ana.add_practice(f"Práctica {number}", description="x" * 4000 + str(number))
    photo = tmp_path / "evidencia.png"
    photo.write_bytes(tiny_png() + bytes(range(256)) * 400)
    practice_id = ana.add_practice("Con foto")
    ana.practices.attach(practice_id, photo)
    result = ana.export_result(network.path("partes"), split_mb=0.0625, full=True)
    assert len(result.paths) >= 2
    assert [p.name[-3:] for p in result.paths] == [
        f"{n:03d}" for n in range(1, len(result.paths) + 1)
    ]
    assert all(p.stat().st_size <= 64 * 1024 for p in result.paths)

    copy = tmp_path / "copia"
    copy.mkdir()
    for part in result.paths:
        shutil.copy(part, copy / part.name)
    imported = advisor.import_(copy / result.paths[0].name, accept_new_members=False)
    assert imported.kinds["practice"].new == 61
    assert imported.attachments == 1
    # All parts given explicitly work too (and change nothing the second time).
    again = advisor.import_(*[copy / p.name for p in result.paths])
    assert again.totals.new == again.totals.updated == 0
    sha = advisor.rows("SELECT sha256 FROM attachments")[0][0]
    assert (advisor.ws.dirs.attachments / sha[:2] / sha).read_bytes() == photo.read_bytes()


def test_attachments_travel_with_their_records_only(network: Network, tmp_path: Path) -> None:
    ana, advisor = network.ana, network.advisor
    public_photo = tmp_path / "publica.png"
    public_photo.write_bytes(tiny_png())
    private_photo = tmp_path / "privada.png"
    private_photo.write_bytes(tiny_png() + b"privada")
    ana.practices.attach(ana.add_practice("Pública"), public_photo)
    ana.practices.attach(ana.add_practice("Privada", visibility="private"), private_photo)
    members = open_bundle(ana.export(network.path("fotos")), advisor.keys().encryption_secret)
    files = {n: d for n, d in members.items() if n.startswith("attachments/")}
    assert list(files.values()) == [public_photo.read_bytes()]


def test_tombstones_propagate_to_everyone(network: Network) -> None:
    ana, advisor, pedro = network.ana, network.advisor, network.pedro
    practice_id = ana.add_practice("Práctica que se borrará")
    advisor.import_(ana.export(network.path("ana")))
    pedro.import_(advisor.export(network.path("todos")))
    assert "Práctica que se borrará" in pedro.titles()
    ana.practices.delete(practice_id)
    advisor.import_(ana.export(network.path("ana-borra")))
    pedro.import_(advisor.export(network.path("todos-2")))
    assert "Práctica que se borrará" not in pedro.titles()
    assert pedro.rows("SELECT deleted FROM practices WHERE id = ?", practice_id) == [(1,)]


def test_records_keep_every_column(network: Network) -> None:
    ana, advisor = network.ana, network.advisor
    practice_id = ana.practices.create(
        PracticeInput(
            title="Fracciones con regletas",
            subjects=["Matemática"],
            levels=["3°", "4°"],
            oa_codes=["MA03 OA 09"],
            description="Con material concreto",
            duration_minutes=45,
            status="ready",
        )
    ).id
    advisor.import_(ana.export(network.path("ana")))
    columns = (
        "id, owner, version, prev_version, updated_at, deleted, visibility, title, school_id, "
        "subjects, levels, oa_codes, description, multigrade_strategy, materials, "
        "duration_minutes, status, created_at"
    )
    query = f"SELECT {columns} FROM practices WHERE id = ?"
    assert advisor.rows(query, practice_id) == ana.rows(query, practice_id)


@pytest.mark.skipif(
    shutil.which("age") is None,
    reason="the `age` command is not installed (Debian/Ubuntu package `age`); CI installs it",
)
def test_the_age_command_decrypts_a_bundle(network: Network, tmp_path: Path) -> None:
    """A third party can read a bundle: strip the prefix line, `age -d`, then `tar`."""
    network.ana.add_practice("Leída por otro programa")
    bundle = network.ana.export(network.path("ana"))
    identity = tmp_path / "clave-asesora.txt"
    identity.write_text(network.advisor.keys().encryption_secret + "\n")
    body = tmp_path / "cuerpo.age"
    body.write_bytes(bundle.read_bytes()[len(b"MINGA-BUNDLE 1\n") :])
    archive = tmp_path / "paquete.tar"
    subprocess.run(
        ["age", "--decrypt", "-i", str(identity), "-o", str(archive), str(body)], check=True
    )
    listing = subprocess.run(
        ["tar", "-tf", str(archive)], check=True, capture_output=True, text=True
    ).stdout.split()
    assert listing[:2] == ["manifest.json", "manifest.sig"]
    assert "records/practice.jsonl.gz" in listing
    wrong = tmp_path / "otra-clave.txt"
    wrong.write_text(network.pedro.keys().encryption_secret + "\n")
    refused = subprocess.run(
        ["age", "--decrypt", "-i", str(wrong), "-o", str(tmp_path / "x"), str(body)],
        capture_output=True,
        check=False,
    )
    assert refused.returncode != 0


def test_teachers_e_mail_addresses_stay_with_the_advisor(tmp_path: Path, keyring_backend) -> None:
    """Each teacher's address reaches the advisor (who sends them bundles by e-mail);
    the advisor's bundles carry only the advisor's own address."""
    from tests.sync.conftest import ANA, PEDRO, ROSA, Device

    advisor = Device(tmp_path / "rosa", keyring_backend).init(
        "advisor", ROSA, email="rosa.perez@daem.cl"
    )
    invitation = tmp_path / "invitacion.minga"
    advisor.invite(invitation)
    teachers = {
        "ana.huenchumilla@escuela.cl": Device(tmp_path / "ana", keyring_backend).init(
            "teacher", **ANA, email="ana.huenchumilla@escuela.cl"
        ),
        "pedro.cayupan@escuela.cl": Device(tmp_path / "pedro", keyring_backend).init(
            "teacher", **PEDRO, email="pedro.cayupan@escuela.cl"
        ),
    }
    for address, teacher in teachers.items():
        teacher.import_(invitation)
        hello = teacher.export(tmp_path / f"{teacher.label}-hola")
        sent = records_of(open_bundle(hello, advisor.keys().encryption_secret), "person")
        assert [p["email"] for p in sent] == [address]
        advisor.import_(hello, accept_new_members=True)
    known = {email for (email,) in advisor.rows("SELECT email FROM people")}
    assert {"rosa.perez@daem.cl", *teachers} <= known

    consolidated = advisor.export(tmp_path / "consolidado")
    ana = teachers["ana.huenchumilla@escuela.cl"]
    people = records_of(open_bundle(consolidated, ana.keys().encryption_secret), "person")
    assert {p["name"]: p["email"] for p in people} == {
        ROSA: "rosa.perez@daem.cl",
        ANA["name"]: "",
        PEDRO["name"]: "",
    }
    ana.import_(consolidated)
    assert dict(ana.rows("SELECT name, email FROM people WHERE deleted = 0")) == {
        ROSA: "rosa.perez@daem.cl",
        ANA["name"]: "ana.huenchumilla@escuela.cl",  # her own, as she wrote it
        PEDRO["name"]: "",
    }
    for device in (advisor, *teachers.values()):
        device.close()
