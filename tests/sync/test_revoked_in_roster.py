"""The roster carries revoked keys (issue 15, item 2), through real bundles on disk.

Ana lost her laptop and came back with new keys. Her old laptop turns up and keeps
making bundles. Carmen joined the microcentre after Ana came back: she never knew Ana's
old key. The advisor's invitation and roster list the old key as revoked, so Carmen
refuses the old laptop's bundle with the sentence saying the keys were replaced (not
"neither your advisor nor a member"), and so does Pedro, who learnt it from the roster.
A roster entry whose revoked keys are not signing keys makes the bundle malformed.

Nothing is mocked but the OS keyring (a real keyring backend in memory).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sync.conftest import Device, Network, open_bundle, refused_unchanged

CARMEN = {"name": "Carmen Llancao Ríos", "school": "Escuela Rural Las Vertientes", "rbd": "6034-7"}


def test_a_member_who_never_knew_the_old_key_refuses_it_as_replaced(
    network: Network, tmp_path: Path
) -> None:
    from minga.sync.errors import RevokedKeyError
    from minga.sync.membership import peek_invitation, write_invitation

    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    old_key = ana.keys().public.signing_key

    # Ana comes back on a new computer; the advisor accepts her new keys.
    back = tmp_path / "volver.minga"
    write_invitation(rosa.ws, back, rosa.vault, rejoin=ana.person_id)
    new = Device(tmp_path / "ana-nueva", ana.backend, "ana-nueva")
    carmen = Device(tmp_path / "carmen", ana.backend, "carmen").init("teacher", **CARMEN)
    try:
        new.import_(back)
        rosa.import_(new.export(network.path("ana-nueva")), accept_new_members=True)
        new_key = new.keys().public.signing_key

        # The advisor's next invitation lists Ana with her new key and the old one revoked.
        invitation = tmp_path / "invitacion-2.minga"
        write_invitation(rosa.ws, invitation, rosa.vault)
        read = peek_invitation(invitation)
        assert read is not None
        (entry,) = [m for m in read.members if m.person_id == ana.person_id]
        assert entry.signing_key == new_key
        assert entry.revoked_keys == (old_key,)

        # Carmen joins with it and is accepted; she never saw Ana's old key.
        carmen.import_(invitation)
        rosa.import_(carmen.export(network.path("carmen-hola")), accept_new_members=True)
        consolidated = rosa.export(network.path("rosa"))
        roster = _manifest_roster(consolidated, pedro)
        assert roster[ana.person_id]["revoked_keys"] == [old_key]
        assert "revoked_keys" not in roster[pedro.person_id]  # never changed keys

        # The old laptop cannot read the advisor's bundles any more, but an invitation
        # passed around on a USB stick tells it Carmen's key: it writes to Carmen and to
        # Pedro.
        later = tmp_path / "invitacion-3.minga"
        write_invitation(rosa.ws, later, rosa.vault)
        ana.import_(later)
        ana.add_practice("Radio escolar")
        old_for_carmen = ana.export(network.path("vieja-carmen"), to=carmen.person_id)
        old_for_pedro = ana.export(network.path("vieja-pedro"), to=pedro.person_id)

        refused = refused_unchanged(carmen, [old_for_carmen], RevokedKeyError)
        assert "revoked when Ana María Huenchumilla came back" in str(refused)
        pedro.import_(consolidated)
        refused_unchanged(pedro, [old_for_pedro], RevokedKeyError)

        # Her new computer is accepted by Carmen once the roster reached her.
        carmen.import_(consolidated)
        new.import_(consolidated)
        new.add_practice("Fracciones con semillas")
        carmen.import_(new.export(network.path("nueva-carmen"), to=carmen.person_id))
        assert "Fracciones con semillas" in carmen.titles()
        assert "Radio escolar" not in carmen.titles()
        assert carmen.rows("SELECT value FROM meta WHERE key = ?", "sync_revoked:" + old_key) == [
            (ana.person_id,)
        ]
    finally:
        new.close()
        carmen.close()


def _manifest_roster(bundle: Path, recipient: Device) -> dict[str, dict]:
    """The roster as written in the bundle's signed manifest, decrypted with a
    recipient's key."""
    members = open_bundle(bundle, recipient.keys().encryption_secret)
    manifest = json.loads(members["manifest.json"])
    return {entry["person_id"]: entry for entry in manifest["roster"]}


@pytest.mark.parametrize(
    "revoked",
    [["not a key"], "AAAA", [None], ["SELF"]],
    ids=["not-a-key", "not-a-list", "null", "own-key"],
)
def test_a_roster_entry_with_bad_revoked_keys_is_refused(revoked: object) -> None:
    from minga.sync.manifest import ManifestError, RosterEntry

    key = "A" * 43 + "="
    doc = {
        "person_id": "0b8e4c52-8f61-4f0e-9c1d-3a2b1c0d9e8f",
        "name": "Ana",
        "role": "teacher",
        "school_id": None,
        "microcentre_id": None,
        "membership": "active",
        "signing_key": None,
        "encryption_key": None,
        "revoked_keys": [key if k == "SELF" else k for k in revoked]
        if isinstance(revoked, list)
        else revoked,
    }
    if revoked == ["SELF"]:
        doc["signing_key"] = key
    with pytest.raises(ManifestError):
        RosterEntry.parse(doc)
