"""Hostile and broken bundles: each one is refused with a clear reason, and the data
folder of the would-be recipient stays byte for byte as it was.

Forged bundles are made the way an attacker could: by decrypting a real bundle with a
recipient's key, changing it, and encrypting it again (re-signed with the real sender's
key where the test needs a *valid* signature on bad content). Only the OS keyring is
replaced (tests.support.file_keyring.MemoryKeyring).
"""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
import secrets
from pathlib import Path
from typing import Any

import pytest

from minga.i18n import catalog
from minga.sync import errors
from minga.sync.container import Limits
from tests.sync.conftest import (
    Device,
    Network,
    open_bundle,
    raw_tar,
    rebuild,
    records_of,
    refused_unchanged,
    seal,
)


class Forger:
    """A real bundle from `sender` to `recipient`, opened for changes."""

    def __init__(self, network: Network, sender: Device, recipient: Device, **export: Any):
        self.network = network
        self.sender = sender
        self.recipient = recipient
        self.original = sender.export(network.path("original"), **export)
        self.members = open_bundle(self.original, recipient.keys().encryption_secret)
        self.manifest = json.loads(self.members["manifest.json"])

    def records(self, kind: str) -> list[dict[str, Any]]:
        return records_of(self.members, kind)

    def set_member(self, name: str, data: bytes) -> None:
        self.members[name] = data
        self.manifest["members"][name] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }

    def set_records(self, kind: str, records: list[Any], *, raw: bytes | None = None) -> None:
        lines = (
            raw
            if raw is not None
            else b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)
        )
        self.set_member(f"records/{kind}.jsonl.gz", gzip.compress(lines))
        self.manifest["counts"][kind] = len(records)

    def write(self, *, signed_by: Device | None = None, **options: Any) -> Path:
        """Re-signed with `signed_by`'s real key (default: the real sender)."""
        signer = signed_by or self.sender
        return rebuild(
            self.network.path("falso"),
            self.members,
            [self.recipient.keys().public.encryption_key],
            manifest=self.manifest,
            signing_secret=signer.keys().signing_secret,
            **options,
        )


@pytest.fixture
def forger(network: Network) -> Forger:
    network.ana.add_practice("Huerto escolar con habas")
    network.ana.add_practice("Tiendita escolar")
    return Forger(network, network.ana, network.advisor)


def _english(error: Exception) -> str:
    return error.message(catalog("en"))  # type: ignore[attr-defined]


# --- the file itself ------------------------------------------------------------------


def test_one_flipped_byte_in_the_ciphertext(forger: Forger) -> None:
    data = bytearray(forger.original.read_bytes())
    data[len(data) // 2] ^= 0x01
    broken = forger.network.path("volteado")
    broken.write_bytes(bytes(data))
    error = refused_unchanged(forger.recipient, [broken], errors.DamagedBundleError)
    assert "damaged" in _english(error)


def test_a_truncated_bundle(forger: Forger) -> None:
    cut = forger.network.path("cortado")
    cut.write_bytes(forger.original.read_bytes()[:-700])
    refused_unchanged(forger.recipient, [cut], errors.DamagedBundleError)


def test_a_bundle_for_someone_else(network: Network) -> None:
    network.ana.add_practice("Solo para Pedro")
    for_pedro = network.ana.export(network.path("a-pedro"), to=network.pedro.person_id)
    error = refused_unchanged(network.advisor, [for_pedro], errors.NotForYouError)
    assert "not addressed to you" in _english(error)


def test_a_bundle_forwarded_to_someone_it_was_not_for(network: Network) -> None:
    """Pedro re-encrypts Ana's signed bundle to the advisor: the manifest says no."""
    network.ana.add_practice("Para Pedro")
    forger = Forger(network, network.ana, network.pedro, to=network.pedro.person_id)
    forwarded = rebuild(
        network.path("reenviado"),
        forger.members,
        [network.advisor.keys().public.encryption_key],
        keep_signature=True,
    )
    refused_unchanged(network.advisor, [forwarded], errors.NotForYouError)


def test_newer_format(forger: Forger) -> None:
    newer = forger.network.path("nuevo")
    newer.write_bytes(b"MINGA-BUNDLE 2\n" + forger.original.read_bytes()[15:])
    error = refused_unchanged(forger.recipient, [newer], errors.NewerFormatError)
    assert "Update Minga" in _english(error)


@pytest.mark.parametrize(
    "content",
    [b"", b"%PDF-1.4 no soy un paquete", b"MINGA-BUNDLE\n", b"MINGA-BUNDLE 0\n", b"\x00" * 100],
    ids=["empty", "pdf", "no-version", "version-0", "zeros"],
)
def test_not_a_bundle(network: Network, content: bytes) -> None:
    other = network.path("otra-cosa")
    other.write_bytes(content)
    error = refused_unchanged(network.advisor, [other], errors.NotABundleError)
    assert "is not a Minga bundle" in _english(error)


def test_a_missing_file(network: Network) -> None:
    refused_unchanged(
        network.advisor, [network.folder / "no-existe.minga"], errors.UnreadableFileError
    )


def test_a_missing_part(network: Network, forger: Forger) -> None:
    for number in range(40):
        network.ana.add_practice(f"P{number}", description=secrets.token_hex(5000))
    parts = network.ana.export_result(network.path("partes"), split_mb=0.0625).paths
    assert len(parts) >= 3
    parts[1].unlink()
    refused_unchanged(network.advisor, [parts[0]], errors.DamagedBundleError)
    error = refused_unchanged(network.advisor, [parts[0], parts[2]], errors.MissingPartError)
    assert "002" in _english(error)


# --- signature, trust and hashes ------------------------------------------------------


def test_a_manifest_re_signed_with_a_wrong_key(forger: Forger) -> None:
    forger.manifest["counts"]["practice"] = 2
    stranger_manifest = forger.manifest
    path = rebuild(
        forger.network.path("firma-falsa"),
        forger.members,
        [forger.recipient.keys().public.encryption_key],
        manifest=stranger_manifest,
        signing_secret=None,  # a fresh key, not Ana's
    )
    error = refused_unchanged(forger.recipient, [path], errors.TamperedBundleError)
    assert "altered" in _english(error)


def test_a_sender_impersonated_with_another_key(forger: Forger, tmp_path: Path) -> None:
    impostor = Device(tmp_path / "impostora", forger.sender.backend).init(
        "teacher", name="Impostora", school="X", rbd="1111-1"
    )
    impostor.import_(forger.network.invitation)
    forger.manifest["sender"]["signing_key"] = impostor.keys().public.signing_key
    path = forger.write(signed_by=impostor)
    error = refused_unchanged(forger.recipient, [path], errors.KeyChangedError)
    assert impostor.keys().public.fingerprint in _english(error)
    # A teacher refuses such a bundle outright (only the advisor may accept keys).
    forger2 = Forger(forger.network, forger.network.advisor, forger.network.pedro)
    forger2.manifest["sender"]["signing_key"] = impostor.keys().public.signing_key
    refused_unchanged(
        forger.network.pedro, [forger2.write(signed_by=impostor)], errors.UntrustedSenderError
    )


def test_a_member_that_does_not_match_its_hash(forger: Forger) -> None:
    records = forger.records("practice")
    records[0]["title"] = "Título cambiado por alguien"
    forger.members["records/practice.jsonl.gz"] = gzip.compress(
        b"".join(json.dumps(r).encode() + b"\n" for r in records)
    )
    path = forger.write(keep_signature=True)
    refused_unchanged(forger.recipient, [path], errors.TamperedBundleError)


def test_an_extra_member_not_in_the_manifest(forger: Forger) -> None:
    forger.members["attachments/" + "0" * 64] = b"sorpresa"
    refused_unchanged(forger.recipient, [forger.write()], errors.TamperedBundleError)


# --- the archive ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../../evil.txt",
        "/etc/minga-evil",
        "records/../../evil.jsonl.gz",
        "attachments/../../../evil",
        "records/practice.jsonl",
        "attachments/notahash",
    ],
)
def test_path_traversal_and_unknown_names_are_refused(forger: Forger, name: str) -> None:
    forger.members[name] = b"x"
    forger.manifest["members"].pop(name, None)
    path = forger.write()
    error = refused_unchanged(forger.recipient, [path], errors.MalformedBundleError)
    assert "unexpected member" in _english(error)
    assert not (forger.network.folder / "evil.txt").exists()


@pytest.mark.parametrize("typeflag", [b"2", b"1", b"5"], ids=["symlink", "hardlink", "dir"])
def test_links_and_directories_are_refused(forger: Forger, typeflag: bytes) -> None:
    tar = raw_tar([("manifest.json", forger.members["manifest.json"])], typeflag=typeflag)
    path = seal(forger.network.path("enlace"), tar, [forger.recipient.keys().public.encryption_key])
    refused_unchanged(forger.recipient, [path], errors.MalformedBundleError)


def test_duplicate_members_and_misplaced_manifest(forger: Forger) -> None:
    key = [forger.recipient.keys().public.encryption_key]
    manifest, signature = forger.members["manifest.json"], forger.members["manifest.sig"]
    twice = raw_tar(
        [("manifest.json", manifest), ("manifest.sig", signature), ("manifest.sig", signature)]
    )
    refused_unchanged(
        forger.recipient,
        [seal(forger.network.path("dos"), twice, key)],
        errors.MalformedBundleError,
    )
    late = raw_tar([("manifest.sig", signature), ("manifest.json", manifest)])
    refused_unchanged(
        forger.recipient,
        [seal(forger.network.path("tarde"), late, key)],
        errors.MalformedBundleError,
    )


def test_oversized_members_are_refused_before_reading_them(forger: Forger) -> None:
    limits = Limits(max_records_bytes=64)
    error = refused_unchanged(
        forger.recipient, [forger.original], errors.MalformedBundleError, limits=limits
    )
    assert "too large" in _english(error)
    small_attachments = Limits(max_attachment_bytes=10)
    forger.set_member("attachments/" + hashlib.sha256(b"x" * 11).hexdigest(), b"x" * 11)
    refused_unchanged(
        forger.recipient, [forger.write()], errors.MalformedBundleError, limits=small_attachments
    )


def test_too_many_members(forger: Forger) -> None:
    refused_unchanged(
        forger.recipient,
        [forger.original],
        errors.MalformedBundleError,
        limits=Limits(max_members=2),
    )


def test_a_compression_bomb(forger: Forger) -> None:
    record = forger.records("practice")[0]
    line = json.dumps(record).encode() + b"\n"
    forger.set_records("practice", [record] * 40_000, raw=line * 40_000)
    assert (
        forger.manifest["members"]["records/practice.jsonl.gz"]["size"] * 100 < len(line) * 40_000
    )
    error = refused_unchanged(forger.recipient, [forger.write()], errors.MalformedBundleError)
    assert "expands too much" in _english(error)


def test_an_endless_line(forger: Forger) -> None:
    forger.set_records("practice", [{}], raw=b"{" + b" " * (5 * 1024 * 1024))
    refused_unchanged(forger.recipient, [forger.write()], errors.MalformedBundleError)


# --- records --------------------------------------------------------------------------


def _changed(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    result = copy.deepcopy(record)
    for name, value in changes.items():
        if value is KeyError:
            result.pop(name)
        else:
            result[name] = value
    return result


@pytest.mark.parametrize(
    "changes",
    [
        {"title": 12},
        {"title": "x" * 201},
        {"id": "../../etc"},
        {"id": "P1"},
        {"version": "ayer"},
        {"prev_version": "hoy-1"},
        {"deleted": "no"},
        {"updated_at": "2026-03-01T10:00:00"},
        {"updated_at": "ayer"},
        {"subjects": "MA"},
        {"duration_minutes": 1.5},
        {"duration_minutes": 2**70},
        {"visibility": "everyone"},
        {"title": KeyError},
        {"Extra field": "a name no Minga gives a field"},
        {"title": None},
    ],
    ids=",".join,
)
def test_malformed_records(forger: Forger, changes: dict[str, Any]) -> None:
    records = forger.records("practice")
    records[1] = _changed(records[1], **changes)
    forger.set_records("practice", records)
    error = refused_unchanged(forger.recipient, [forger.write()], errors.MalformedBundleError)
    assert "records/practice.jsonl.gz line 2" in _english(error)


@pytest.mark.parametrize(
    "raw",
    [b"not json\n", b"[1, 2]\n", b'{"a": 1}\n', b"[" * 100_000 + b"\n", b"\xff\xfe\n"],
    ids=["text", "list", "object", "deep", "bytes"],
)
def test_lines_that_are_not_records(forger: Forger, raw: bytes) -> None:
    forger.set_records("practice", [{}], raw=raw)
    refused_unchanged(forger.recipient, [forger.write()], errors.MalformedBundleError)


def test_counts_that_do_not_match(forger: Forger) -> None:
    forger.manifest["counts"]["practice"] += 1
    refused_unchanged(forger.recipient, [forger.write()], errors.MalformedBundleError)


def test_an_unknown_kind_without_its_sync_fields(forger: Forger) -> None:
    # A newer Minga's kind is kept as it came (tests/sync/test_compat.py), but its sync
    # fields are checked like every record's.
    forger.set_records("grades", [{}])
    error = refused_unchanged(forger.recipient, [forger.write()], errors.MalformedBundleError)
    assert "grades" in _english(error)


def test_an_unknown_kind_in_the_manifest_only(forger: Forger) -> None:
    forger.set_member("records/grades.jsonl.gz", gzip.compress(b"{}\n"))
    refused_unchanged(forger.recipient, [forger.write()], errors.MalformedBundleError)


def test_records_of_someone_else_from_a_teacher(forger: Forger, network: Network) -> None:
    records = forger.records("practice")
    records[0]["owner"] = network.pedro.person_id
    forger.set_records("practice", records)
    error = refused_unchanged(forger.recipient, [forger.write()], errors.RecordOwnerError)
    assert "someone other than its sender" in _english(error)


def test_taking_over_someone_elses_record(network: Network) -> None:
    """Ana reuses the id of Pedro's practice with herself as owner and a newer version."""
    pedro_practice = network.pedro.add_practice("La práctica de Pedro")
    network.advisor.import_(network.pedro.export(network.path("pedro")))
    network.ana.add_practice("Otra")
    forger = Forger(network, network.ana, network.advisor)
    records = forger.records("practice")
    records[0]["id"] = pedro_practice
    records[0]["version"] = "7000000000000-0000-" + network.ana.actor.device_id
    forger.set_records("practice", records)
    refused_unchanged(network.advisor, [forger.write()], errors.RecordOwnerError)


@pytest.mark.parametrize("visibility", ["private", "advisor"])
def test_records_the_recipient_may_not_see(network: Network, visibility: str) -> None:
    network.ana.add_practice("Para la red")
    forger = Forger(network, network.ana, network.pedro, to=network.pedro.person_id)
    records = forger.records("practice")
    records[0]["visibility"] = visibility
    forger.set_records("practice", records)
    refused_unchanged(network.pedro, [forger.write()], errors.PrivateRecordError)


def test_a_private_record_is_refused_even_by_the_advisor(forger: Forger) -> None:
    records = forger.records("practice")
    records[0]["visibility"] = "private"
    forger.set_records("practice", records)
    refused_unchanged(forger.recipient, [forger.write()], errors.PrivateRecordError)


def test_a_malformed_manifest(forger: Forger) -> None:
    for field, value in [("recipients", []), ("bundle_id", "x"), ("acks", {"../x": 1})]:
        broken = copy.deepcopy(forger.manifest)
        broken[field] = value
        path = rebuild(
            forger.network.path("manifiesto"),
            forger.members,
            [forger.recipient.keys().public.encryption_key],
            manifest=broken,
            signing_secret=forger.sender.keys().signing_secret,
        )
        refused_unchanged(forger.recipient, [path], errors.MalformedBundleError)


def test_a_good_bundle_after_all_that_still_imports(forger: Forger) -> None:
    result = forger.recipient.import_(forger.original)
    assert result.kinds["practice"].new == 2


def test_a_bundle_from_an_older_schema_is_upgraded(forger: Forger) -> None:
    """Schema 0001 had no prev_version: such records arrive with it empty."""
    records = forger.records("practice")
    for record in records:
        del record["prev_version"]
    forger.set_records("practice", records)
    forger.manifest["schema_version"] = "0001"
    result = forger.recipient.import_(forger.write())
    assert result.kinds["practice"].new == 2
    assert forger.recipient.rows(
        "SELECT count(*) FROM practices WHERE prev_version IS NULL AND owner = ?",
        forger.sender.person_id,
    ) == [(2,)]
