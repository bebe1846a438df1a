"""A newer Minga in the network: what this one keeps, relays and refuses.

Bundles are crafted the way a newer Minga of the same format writes them (a real bundle
from a member, with a field, a kind or a template type added, re-signed with that
member's own key): this Minga keeps what it does not understand as it came, relays it
in the advisor's consolidated bundle, and still refuses what breaks the rules
(docs/bundle-format.md, Compatibility). Only the OS keyring is replaced.
"""

from __future__ import annotations

import gzip
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from minga.i18n import catalog
from minga.sync import errors
from tests.sync.conftest import Network, open_bundle, records_of, refused_unchanged
from tests.sync.test_hostile import Forger

BADGE = "peer_badge"  # a kind only a newer Minga knows


def _badge(owner: str, device: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "owner": owner,
        "version": f"1790000000000-0000-{device}",
        "prev_version": None,
        "updated_at": "2026-09-21T12:00:00+00:00",
        "deleted": False,
        "visibility": "network",
        "title": "Insignia: huerto compartido",
        "points": 3,
        "tags": ["huerto", "ñandú"],
        **extra,
    }


@pytest.fixture
def forger(network: Network) -> Forger:
    network.ana.add_practice("Huerto escolar con habas")
    return Forger(network, network.ana, network.advisor)


def _relayed(network: Network) -> tuple[Path, dict[str, bytes]]:
    """The advisor's consolidated bundle, and its members as Pedro opens them."""
    path = network.advisor.export(network.path("consolidado"))
    return path, open_bundle(path, network.pedro.keys().encryption_secret)


def _lines(members: dict[str, bytes], kind: str) -> list[bytes]:
    return gzip.decompress(members[f"records/{kind}.jsonl.gz"]).splitlines()


def test_a_new_field_is_kept_and_relayed(forger: Forger, network: Network) -> None:
    records = forger.records("practice")
    records[0]["replication_score"] = {"votes": [4, 5], "nota": "muy útil"}
    forger.set_records("practice", records)
    forger.manifest["schema_version"] = "0099"  # a newer database schema, same format
    result = network.advisor.import_(forger.write())
    assert result.kinds["practice"].new == 1
    assert result.newer == {}
    assert network.advisor.titles() >= {"Huerto escolar con habas"}
    path, members = _relayed(network)
    (practice,) = [r for r in records_of(members, "practice") if r["id"] == records[0]["id"]]
    assert practice["replication_score"] == {"votes": [4, 5], "nota": "muy útil"}
    network.pedro.import_(path)
    assert network.pedro.titles() >= {"Huerto escolar con habas"}
    stored = network.pedro.rows(
        "SELECT fields FROM unknown_fields WHERE record_id = ?", practice["id"]
    )
    assert json.loads(stored[0][0]) == {"replication_score": {"votes": [4, 5], "nota": "muy útil"}}


def test_an_unknown_kind_is_kept_as_it_came_and_relayed(forger: Forger, network: Network) -> None:
    ana = network.ana
    badge = _badge(ana.person_id, ana.actor.device_id)
    line = json.dumps(badge, ensure_ascii=False, separators=(", ", ": ")).encode()
    forger.set_records(BADGE, [badge], raw=line + b"\n")
    forger.manifest["schema_version"] = "0099"
    result = network.advisor.import_(forger.write())
    assert result.newer == {BADGE: 1}
    assert result.as_json()["newer_records"] == {BADGE: 1}
    stored = network.advisor.rows("SELECT kind, id, owner, payload FROM unknown_records")
    assert stored == [(BADGE, badge["id"], ana.person_id, line.decode())]
    _, relayed = _relayed(network)
    assert _lines(relayed, BADGE) == [line]  # byte for byte as it came
    assert json.loads(relayed["manifest.json"])["counts"][BADGE] == 1
    # A teacher's tolerant Minga keeps it too, and re-importing changes nothing.
    path = network.path("consolidado-2")
    network.advisor.export(path, full=True)
    first = network.pedro.import_(path)
    assert first.newer == {BADGE: 1}
    assert network.pedro.rows("SELECT payload FROM unknown_records") == [(line.decode(),)]
    again = network.pedro.import_(path)
    assert again.already_imported
    # Inicio says so: "1 registro requiere una versión más nueva de Minga".
    from minga.services.home import home_summary

    assert home_summary(network.pedro.ws.db).newer_records == 1


def test_a_newer_version_of_a_kept_record_replaces_it(forger: Forger, network: Network) -> None:
    ana = network.ana
    badge = _badge(ana.person_id, ana.actor.device_id)
    forger.set_records(BADGE, [badge])
    network.advisor.import_(forger.write())
    later = {**badge, "version": f"1790000000001-0000-{ana.actor.device_id}", "points": 5}
    older = {**badge, "version": f"1780000000000-0000-{ana.actor.device_id}", "points": 1}
    for record in (later, older):
        forger.set_records(BADGE, [record])
        forger.manifest["bundle_id"] = str(uuid.uuid4())
        network.advisor.import_(forger.write())
    ((payload,),) = network.advisor.rows("SELECT payload FROM unknown_records")
    assert json.loads(payload)["points"] == 5


def test_an_unknown_kind_of_someone_else_from_a_teacher_is_refused(
    forger: Forger, network: Network
) -> None:
    forger.set_records(BADGE, [_badge(network.pedro.person_id, "x")])
    refused_unchanged(forger.recipient, [forger.write()], errors.RecordOwnerError)


def test_an_unknown_kind_from_a_stranger_is_refused_in_a_consolidated_bundle(
    network: Network,
) -> None:
    network.advisor.add_practice("Lectura compartida")
    forger = Forger(network, network.advisor, network.pedro)
    stranger = str(uuid.uuid4())
    forger.set_records(BADGE, [_badge(stranger, "x")])
    error = refused_unchanged(network.pedro, [forger.write()], errors.UnauthorizedRecordError)
    assert BADGE in error.message(catalog("en"))


@pytest.mark.parametrize(
    "change",
    [
        {"version": "9999999999999-ffff-x"},
        {"id": "not-an-id"},
        {"visibility": "everyone"},
        {"title": "with a NUL \x00"},
        {"Bad Name": 1},
        {"deep": json.loads("[" * 20 + "]" * 20)},
    ],
    ids=["version", "id", "visibility", "nul", "name", "deep"],
)
def test_an_unknown_kind_is_still_checked(
    forger: Forger, network: Network, change: dict[str, Any]
) -> None:
    ana = network.ana
    forger.set_records(BADGE, [{**_badge(ana.person_id, ana.actor.device_id), **change}])
    error = refused_unchanged(forger.recipient, [forger.write()], errors.MalformedBundleError)
    assert BADGE in error.message(catalog("en"))


def test_private_records_of_an_unknown_kind_are_refused(forger: Forger, network: Network) -> None:
    ana = network.ana
    forger.set_records(BADGE, [_badge(ana.person_id, ana.actor.device_id, visibility="private")])
    refused_unchanged(forger.recipient, [forger.write()], errors.PrivateRecordError)


def test_a_new_template_type_is_kept_whole(network: Network) -> None:
    network.advisor.add_practice("Lectura compartida")
    forger = Forger(network, network.advisor, network.pedro, full=True)
    advisor = network.advisor
    template = {
        "id": str(uuid.uuid4()),
        "owner": advisor.person_id,
        "version": f"1790000000000-0000-{advisor.actor.device_id}",
        "prev_version": None,
        "updated_at": "2026-09-21T12:00:00+00:00",
        "deleted": False,
        "kind": "family_survey",  # a template type only a newer Minga knows
        "name": "Encuesta a las familias",
        "revision": 1,
        "body": {"questions": [{"id": "q1", "text": "¿Su hijo lee en casa?"}]},
        "tags": [],
    }
    forger.set_records("template", [*forger.records("template"), template])
    result = network.pedro.import_(forger.write())
    assert result.newer == {"template": 1}
    assert network.pedro.rows("SELECT count(*) FROM templates WHERE id = ?", template["id"]) == [
        (0,)
    ]
    assert network.pedro.rows("SELECT kind FROM unknown_records") == [("template",)]


def test_a_later_format_says_which_minga_it_needs(forger: Forger) -> None:
    newer = forger.network.path("formato-2")
    body = forger.original.read_bytes()[15:]
    newer.write_bytes(b"MINGA-BUNDLE 2\nMINGA-REQUIRES 2.0\n" + body)
    error = refused_unchanged(forger.recipient, [newer], errors.NewerFormatRequiresError)
    assert "requires Minga 2.0 or later" in error.message(catalog("en"))
    assert "requiere Minga 2.0 o posterior" in error.message(catalog("es"))
    plain = forger.network.path("formato-3")
    plain.write_bytes(b"MINGA-BUNDLE 3\n" + body)
    error = refused_unchanged(forger.recipient, [plain], errors.NewerFormatError)
    assert "Update Minga" in error.message(catalog("en"))


def test_a_newer_app_is_noticed(forger: Forger, network: Network) -> None:
    forger.manifest["app_version"] = "0.9.0"
    result = network.advisor.import_(forger.write())
    assert result.newer_app == "0.9.0"


def test_an_installer_is_offered_only_as_it_was_signed(tmp_path: Path, network: Network) -> None:
    from minga.sync import installers

    builds = tmp_path / "builds"
    builds.mkdir()
    (builds / "minga_0.9.0_amd64.deb").write_bytes(b"!<arch>\n" + b"x" * 5000)
    (builds / "notas.txt").write_text("no es un instalador")
    usb = tmp_path / "usb"
    usb.mkdir()
    keys = network.advisor.keys()
    placed = installers.place(
        builds, usb, version="0.9.0", signer=network.advisor.person_id, sign=keys.sign
    )
    assert [p.name for p in placed] == [
        "minga_0.9.0_amd64.deb",
        installers.MANIFEST,
        installers.SIGNATURE,
    ]
    key = keys.public.signing_key
    deb = usb / "minga_0.9.0_amd64.deb"
    assert installers.checked_installer(usb, version="0.9.0", signing_key=key) == deb
    other = network.ana.keys().public.signing_key
    assert installers.checked_installer(usb, version="0.9.0", signing_key=other) is None
    assert installers.checked_installer(usb, version="1.0.0", signing_key=key) is None
    with network.ana.ws.db.session() as session:
        offered = installers.remember(session, "0.9.0", usb, key)
        assert (offered.version, offered.installer) == ("0.9.0", str(deb))
    deb.write_bytes(deb.read_bytes()[:-1] + b"y")  # one byte changed on the way
    assert installers.checked_installer(usb, version="0.9.0", signing_key=key) is None
    deb.unlink()  # and later the stick is gone: Inicio no longer names the file
    with network.ana.ws.db.session() as session:
        assert installers.offer(session) == installers.Offer("0.9.0", str(usb), None)
    with pytest.raises(installers.InstallerError):
        installers.installers_in(tmp_path / "usb" / installers.MANIFEST)


def test_export_refuses_a_folder_without_installers(tmp_path: Path, network: Network) -> None:
    out = network.path("consolidado")
    with pytest.raises(errors.NoInstallerError) as refused:
        network.advisor.export(out, with_installer=tmp_path)
    assert not out.exists()
    assert str(tmp_path) in refused.value.message(catalog("en"))


def test_the_installers_folder_is_remembered(tmp_path: Path, network: Network) -> None:
    builds = tmp_path / "builds"
    builds.mkdir()
    (builds / "Minga-0.1.0-setup.exe").write_bytes(b"MZ" + b"x" * 3000)
    usb = tmp_path / "usb"
    usb.mkdir()
    first = network.advisor.export_result(usb / "a.minga", with_installer=builds)
    assert first.installers[0].name == "Minga-0.1.0-setup.exe"
    later = tmp_path / "usb2"
    later.mkdir()
    again = network.advisor.export_result(later / "b.minga", full=True)  # as the window does
    assert (later / "Minga-0.1.0-setup.exe").read_bytes() == (
        builds / "Minga-0.1.0-setup.exe"
    ).read_bytes()
    assert again.installers
    last = tmp_path / "usb3"
    last.mkdir()
    network.advisor.export_result(last / "c.minga", full=True, no_installer=True)
    network.advisor.export_result(last / "d.minga", full=True)
    assert sorted(p.name for p in last.iterdir()) == ["c.minga", "d.minga"]


def test_evidence_on_a_newer_kind_travels_with_its_record(forger: Forger, network: Network) -> None:
    import hashlib

    ana = network.ana
    badge = _badge(ana.person_id, ana.actor.device_id)
    photo = b"\xff\xd8\xff\xe0" + b"insignia" * 500
    sha256 = hashlib.sha256(photo).hexdigest()
    attachment = {
        "id": str(uuid.uuid4()),
        "owner": ana.person_id,
        "version": f"1790000000000-0001-{ana.actor.device_id}",
        "prev_version": None,
        "updated_at": "2026-09-21T12:00:00+00:00",
        "deleted": False,
        "visibility": "network",
        "sha256": sha256,
        "filename": "insignia.jpg",
        "media_type": "image/jpeg",
        "size": len(photo),
        "parent_kind": BADGE,  # an attachment on a kind only a newer Minga knows
        "parent_id": badge["id"],
        "caption": "",
    }
    forger.set_records(BADGE, [badge])
    forger.set_records("attachment", [attachment])
    forger.set_member(f"attachments/{sha256}", photo)
    result = network.advisor.import_(forger.write())
    assert result.newer == {BADGE: 1, "attachment": 1}
    _, relayed = _relayed(network)
    assert relayed[f"attachments/{sha256}"] == photo
    assert [json.loads(line)["id"] for line in _lines(relayed, "attachment")] == [attachment["id"]]


def test_an_older_network_wide_note_arrives_for_the_advisor_only(network: Network) -> None:
    """Before observation consents (revision 0010) the observer chose `network`; such a
    note (and a reply to it) from an older Minga is read as `advisor`, as the migration
    reads stored ones, instead of refusing the bundle; from this Minga it is refused."""
    import datetime as dt

    from minga.services.observation import ObservationInput, ObservationService

    ana, rosa, pedro = network.ana, network.advisor, network.pedro
    note = ObservationService(ana.ws.db).create(
        ObservationInput(
            observed_id=pedro.person_id,
            observed_on=dt.date(2026, 11, 12),
            focus="Trabajo en grupos",
        )
    )
    forger = Forger(network, ana, rosa)
    [record] = forger.records("observation_note")
    forger.set_records("observation_note", [{**record, "visibility": "network"}])
    refused_unchanged(rosa, [forger.write()], errors.UnauthorizedRecordError)
    forger.manifest["schema_version"] = "0009"
    rosa.import_(forger.write())
    assert rosa.rows("SELECT id, visibility FROM observation_notes") == [(note.id, "advisor")]
