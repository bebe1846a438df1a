"""Versions at the network's boundary: no record can overflow or drag anyone's clock, and
a record the schema refuses never enters (docs/bundle-format.md, Versions and Schema).

Bundles are crafted as a member could: Ana's own real bundle, changed and re-signed
with her real keys (tests.sync.test_hostile.Forger).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minga.domain import schema
from minga.domain.hlc import MAX_SKEW_MILLIS, Version
from minga.i18n import catalog
from minga.services.practices import PracticeInput
from minga.store import meta
from minga.sync import errors
from tests.conftest import Cli, snapshot
from tests.fuzz.strategies import malformed_for
from tests.sync.conftest import Device, Network, rebuild, refused_unchanged, resign
from tests.sync.test_hostile import Forger

YEAR_2150 = 5_700_000_000_000


def _clock_millis(device: Device) -> int:
    with device.ws.db.session() as session:
        return Version.parse(meta.get(session, meta.HLC_LAST)).millis


def _now_millis(device: Device) -> int:
    return device.ws.db.clock.millis()


def _version(device: Device, table: str, record_id: str) -> str:
    return device.rows(f"SELECT version FROM {table} WHERE id = ?", record_id)[0][0]


def _set_records(forger: Forger, kind: str, records: list[dict]) -> None:
    """JSON with \\u escapes, so a lone surrogate travels as a JSON writer would send it."""
    raw = b"".join(json.dumps(r).encode() + b"\n" for r in records)
    forger.set_records(kind, records, raw=raw)


def _forge_practice_version(network: Network, version_of: str) -> tuple[str, object]:
    practice = network.ana.add_practice("Huerto escolar")
    forger = Forger(network, network.ana, network.advisor)
    records = forger.records("practice")
    (record,) = [r for r in records if r["id"] == practice]
    record["version"] = version_of + network.ana.actor.device_id
    forger.set_records("practice", records)
    return practice, forger


def test_the_top_version_is_refused_and_changes_nothing(network: Network) -> None:
    """The version that bricked everyone (`9999999999999-ffff-*`) is beyond the year 2200."""
    _, forger = _forge_practice_version(network, "9999999999999-ffff-")
    error = refused_unchanged(network.advisor, [forger.write()], errors.MalformedBundleError)
    assert "2200" in error.message(catalog("en"))


def test_a_far_future_record_is_accepted_without_harm_across_the_network(
    network: Network,
) -> None:
    """Accepted: it wins its merge, but nobody's clock jumps and every later edit works,
    relayed by the advisor to every teacher (the brick scenario of the issue)."""
    advisor, ana, pedro = network.advisor, network.ana, network.pedro
    practice, forger = _forge_practice_version(network, f"{YEAR_2150:013d}-ffff-")
    advisor.import_(forger.write())
    assert _version(advisor, "practices", practice).startswith(f"{YEAR_2150}-ffff-")
    assert _clock_millis(advisor) <= _now_millis(advisor) + MAX_SKEW_MILLIS

    # The advisor keeps working and relays; every teacher imports and keeps working.
    advisor.add_practice("Escrita por la asesora después")
    consolidated = advisor.export(network.path("consolidado"))
    for teacher in (pedro, ana):
        teacher.import_(consolidated)
        assert _clock_millis(teacher) <= _now_millis(teacher) + MAX_SKEW_MILLIS
        mine = teacher.add_practice(f"Escrita por {teacher.label}")
        assert Version.parse(_version(teacher, "practices", mine)).millis < YEAR_2150
    advisor.import_(pedro.export(network.path("pedro")))

    # Ana edits the far-future practice: her edit takes the next version after it
    # (the counter was at ffff: the next millisecond), without moving her clock.
    ana.practices.update(practice, PracticeInput(title="Huerto escolar (segunda versión)"))
    edited = _version(ana, "practices", practice)
    assert Version.parse(edited).millis == YEAR_2150 + 1
    assert _clock_millis(ana) <= _now_millis(ana) + MAX_SKEW_MILLIS
    advisor.import_(ana.export(network.path("ana")))
    title = advisor.rows("SELECT title FROM practices WHERE id = ?", practice)[0][0]
    assert title == "Huerto escolar (segunda versión)"
    pedro.import_(advisor.export(network.path("consolidado-2")))
    assert "Huerto escolar (segunda versión)" in pedro.titles()


def test_a_corrupt_stored_clock_never_stops_an_edit(network: Network) -> None:
    ana = network.ana
    with ana.ws.db.session() as session:
        meta.put(session, meta.HLC_LAST, "9999999999999-ffff-" + ana.actor.device_id)
    practice = ana.add_practice("Después del reloj roto")
    version = Version.parse(_version(ana, "practices", practice))
    assert version.millis <= _now_millis(ana) + MAX_SKEW_MILLIS
    with ana.ws.db.session() as session:
        meta.put(session, meta.HLC_LAST, "no es una versión")
    ana.add_practice("Y otra")


def test_the_summary_tells_when_the_clocks_differ_by_more_than_a_day(network: Network) -> None:
    network.ana.add_practice("Con fecha de otro día")
    forger = Forger(network, network.ana, network.advisor)
    sent = dt.datetime.fromisoformat(forger.manifest["created_at"])
    forger.manifest["created_at"] = (sent + dt.timedelta(days=3, hours=1)).isoformat()
    result = network.advisor.import_(forger.write())
    assert result.clock_skew_days == 3
    assert result.as_json()["clock_skew_days"] == 3
    same_day = network.advisor.import_(network.ana.export(network.path("hoy")))
    assert same_day.clock_skew_days == 0


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("practice", "levels", [3]),
        ("practice", "title", "Huerto\n"),
        ("practice", "version", None),
        ("practice", "created_at", "2026-03-01T10:00:00\ud800"),
        ("practice", "created_at", "99999-03-01T10:00:00+00:00"),
    ],
)
def test_a_record_the_schema_refuses_is_refused_with_the_bundle(
    network: Network, kind: str, field: str, value: object
) -> None:
    network.ana.add_practice("Huerto escolar")
    forger = Forger(network, network.ana, network.advisor)
    records = forger.records(kind)
    records[0][field] = value
    _set_records(forger, kind, records)
    refused_unchanged(network.advisor, [forger.write()], errors.MalformedBundleError)


def test_an_attachment_hash_with_a_trailing_newline_is_refused(network: Network) -> None:
    forger = Forger(network, network.ana, network.advisor)
    practice = network.ana.add_practice("Con evidencia")
    record = {
        "id": "5d0c1f3e-8a51-4c55-9d0a-7d3e6a1b2c3d",
        "owner": network.ana.person_id,
        "version": "1764000000000-0000-" + network.ana.actor.device_id,
        "prev_version": None,
        "updated_at": "2026-03-01T10:00:00+00:00",
        "deleted": False,
        "visibility": "network",
        "sha256": "ab" * 32 + "\n",
        "filename": "foto.jpg",
        "media_type": "image/jpeg",
        "size": 10,
        "parent_kind": "practice",
        "parent_id": practice,
        "caption": "",
    }
    assert set(record) == schema.field_names("attachment")
    forger.set_records("attachment", [record])
    refused_unchanged(network.advisor, [forger.write()], errors.MalformedBundleError)


def test_a_5000_digit_number_in_the_manifest_is_a_sentence(network: Network) -> None:
    """Python refuses to read such an integer (ValueError): a refusal, not a traceback."""
    network.ana.add_practice("Huerto escolar")
    forger = Forger(network, network.ana, network.advisor)
    forger.manifest["seq_max"] = "@@"
    data, _ = resign(forger.manifest)
    data = data.replace(b'"@@"', b"9" * 5000)
    forger.members["manifest.json"] = data
    forger.members["manifest.sig"] = sign(data, network.ana.keys().signing_secret)
    bundle = rebuild(
        network.path("falso"),
        forger.members,
        [network.advisor.keys().public.encryption_key],
        manifest={},  # unused: the members' own manifest bytes and signature are kept
        keep_signature=True,
    )
    error = refused_unchanged(network.advisor, [bundle], errors.MalformedBundleError)
    assert "manifest" in error.message(catalog("en"))


def sign(data: bytes, signing_secret: str) -> bytes:
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(signing_secret)).sign(data)


@settings(
    max_examples=6,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_malformed_practice_fields_in_real_bundles_are_refused(
    network: Network, data: st.DataObject
) -> None:
    fields = schema.SCHEMA["practice"]
    name = data.draw(st.sampled_from(sorted(fields)), label="field")
    value = data.draw(malformed_for(fields[name]), label="value")
    forger = Forger(network, network.ana, network.advisor)
    records = forger.records("practice") or []
    if not records:
        network.ana.add_practice("Huerto escolar")
        forger = Forger(network, network.ana, network.advisor)
        records = forger.records("practice")
    records[0][name] = value
    _set_records(forger, "practice", records)
    refused_unchanged(network.advisor, [forger.write()], errors.MalformedBundleError)


def test_a_title_typed_with_a_line_break_still_travels(network: Network) -> None:
    """What one Minga writes every other accepts: local texts are cleaned as stored."""
    practice = network.ana.add_practice("Huerto\nescolar\x1b", description="Uno\nDos\x00")
    network.advisor.import_(network.ana.export(network.path("ana")))
    rows = network.advisor.rows("SELECT title, description FROM practices WHERE id = ?", practice)
    assert rows == [("Huerto escolar ", "Uno\nDos")]


def test_a_network_already_hit_still_exchanges_bundles(network: Network) -> None:
    """Values stored before the boundary checked them (here put straight in the advisor's
    database) never make a bundle that every receiver refuses: texts go cleaned, other
    refused values stay on the computer that holds them."""
    advisor, ana, pedro = network.advisor, network.ana, network.pedro
    broken = ana.add_practice("Con niveles rotos")
    titled = ana.add_practice("Huerto escolar")
    advisor.import_(ana.export(network.path("ana")))
    advisor.close()
    with sqlite3.connect(advisor.ws.dirs.database) as conn:
        conn.execute("UPDATE practices SET levels = '[3]' WHERE id = ?", (broken,))
        conn.execute("UPDATE practices SET title = 'Huerto\nescolar' WHERE id = ?", (titled,))
    advisor.reopen()
    pedro.import_(advisor.export(network.path("consolidado")))
    titles = pedro.rows("SELECT id, title FROM practices WHERE id IN (?, ?)", broken, titled)
    assert titles == [(titled, "Huerto escolar")]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("levels", [3]),
        ("version", "9999999999999-ffff-x"),
        ("updated_at", "2026-03-01T10:00:00+00:00\n"),
    ],
)
def test_the_command_line_refuses_with_exit_2_and_a_sentence(
    network: Network, keyring_backend, sync_cli_env: Path, field: str, value: object
) -> None:
    network.ana.add_practice("Huerto escolar")
    forger = Forger(network, network.ana, network.advisor)
    records = forger.records("practice")
    records[0][field] = value
    _set_records(forger, "practice", records)
    bundle = forger.write()
    sync_cli_env.write_text(
        json.dumps({f"{s}\x00{u}": secret for (s, u), secret in keyring_backend.secrets.items()}),
        encoding="utf-8",
    )
    network.advisor.close()
    before = snapshot(network.advisor.root)
    result = Cli(network.advisor.root)("import", str(bundle), lang="es")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "no sigue el formato de los paquetes" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(network.advisor.root) == before
    network.advisor.reopen()
