"""Membership as the advisor's signed roster with a version number.

An older roster (an old advisor bundle, the old invitation) never overrides a newer one:
a removed member never comes back. A removal travels in the roster; the removed member
gets no more bundles and her bundles are refused everywhere; what she shared stays under
her name. `member remove` on the command line. Real data folders and bundles.
"""

from __future__ import annotations

import json
from pathlib import Path

from minga.i18n import catalog
from minga.sync import errors, membership
from tests.conftest import Cli
from tests.sync.conftest import ANA, PEDRO, ROSA, Network, open_bundle, refused_unchanged


def _membership(device, person_id: str) -> str:
    return device.rows("SELECT membership FROM people WHERE id = ?", person_id)[0][0]


def _roster_version(device) -> int:
    with device.ws.db.session() as session:
        return membership.roster_version(session)


def _remove(
    network: Network, person_id: str, reason: str = "Dejó el microcentro"
) -> membership.Removal:
    return membership.remove(network.advisor.ws, person_id, reason)


def test_the_roster_version_travels_signed_in_the_advisors_bundle(network: Network) -> None:
    before = _roster_version(network.advisor)
    assert before >= 2  # Ana and Pedro were accepted
    _remove(network, network.pedro.person_id, "Se trasladó a otra comuna")
    assert _roster_version(network.advisor) == before + 1
    bundle = network.advisor.export(network.path("todos"))
    members = open_bundle(bundle, network.ana.keys().encryption_secret)
    manifest = json.loads(members["manifest.json"])
    assert manifest["roster_version"] == before + 1
    assert {e["person_id"]: e["membership"] for e in manifest["roster"]}[
        network.pedro.person_id
    ] == "removed"
    network.ana.import_(bundle)
    assert _roster_version(network.ana) == before + 1
    assert _membership(network.ana, network.pedro.person_id) == "removed"


def test_a_removed_member_stays_removed_after_old_bundles_and_the_old_invitation(
    network: Network,
) -> None:
    ana, pedro = network.ana, network.pedro
    old_bundle = network.advisor.export(network.path("antes"))
    _remove(network, pedro.person_id)
    network.ana.import_(network.advisor.export(network.path("despues")))
    assert _membership(ana, pedro.person_id) == "removed"

    # The old advisor bundle (Pedro still active in its roster) and the old invitation.
    ana.import_(old_bundle)
    assert _membership(ana, pedro.person_id) == "removed"
    joined = ana.import_(network.invitation)
    assert joined.already_member
    assert _membership(ana, pedro.person_id) == "removed"

    # So Pedro's bundles stay refused on Ana's computer, with a sentence.
    pedro.add_practice("Práctica después de salir")
    to_ana = pedro.export(network.path("pedro-a-ana"), to=ana.person_id)
    error = refused_unchanged(ana, [to_ana], errors.RemovedMemberError)
    assert PEDRO["name"] in error.message(catalog("en"))


def test_a_bundle_of_an_older_minga_without_a_roster_version_never_overrides(
    network: Network,
) -> None:
    """A roster without a version counts as version 0: older than any removal."""
    from tests.sync.test_hostile import Forger

    old = Forger(network, network.advisor, network.ana)
    del old.manifest["roster_version"]
    forged = old.write()
    _remove(network, network.pedro.person_id)
    network.ana.import_(network.advisor.export(network.path("despues")))
    network.ana.import_(forged)
    assert _membership(network.ana, network.pedro.person_id) == "removed"


def test_the_removed_member_gets_nothing_more_and_her_work_stays(network: Network) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    pedro.add_practice("Cuentos mapuche en la sala multigrado")
    rosa.import_(pedro.export(network.path("pedro")))
    removal = _remove(network, pedro.person_id, "Dejó el microcentro")
    assert removal.reason == "Dejó el microcentro"
    result = rosa.export_result(network.path("todos"))
    assert [pid for pid, _ in result.recipients] == [ana.person_id]
    with __import__("pytest").raises(errors.UnknownRecipientError):
        rosa.export(network.path("solo-pedro"), to=pedro.person_id)
    ana.import_(result.paths[0])
    # What Pedro shared stays, under his name.
    assert ana.rows(
        "SELECT owner FROM practices WHERE title = 'Cuentos mapuche en la sala multigrado'"
    ) == [(pedro.person_id,)]
    # And his bundles are refused by the advisor.
    pedro.add_practice("Otra más")
    refused_unchanged(rosa, [pedro.export(network.path("pedro-2"))], errors.RemovedMemberError)


def test_accepting_new_members_never_brings_a_removed_member_back(network: Network) -> None:
    _remove(network, network.pedro.person_id)
    network.pedro.add_practice("Vuelvo")
    bundle = network.pedro.export(network.path("pedro"))
    refused_unchanged(network.advisor, [bundle], errors.RemovedMemberError, accept_new_members=True)
    assert _membership(network.advisor, network.pedro.person_id) == "removed"


def test_member_remove_on_the_command_line(tmp_path: Path, sync_cli_env: Path) -> None:
    rosa, ana = Cli(tmp_path / "rosa"), Cli(tmp_path / "ana")
    invitation = tmp_path / "invitacion.minga"

    def ok(result) -> str:
        assert result.returncode == 0, (result.stdout, result.stderr)
        return result.stdout

    ok(rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues"))
    ok(rosa("invite", "--out", str(invitation)))
    ok(ana("init", "--role", "teacher", "--name", ANA["name"], "--school", ANA["school"],
           "--rbd", ANA["rbd"], "--accept-rbd"))  # fmt: skip
    ok(ana("import", str(invitation), "--fingerprint-checked"))
    ok(ana("export", "--out", str(tmp_path / "ana.minga")))
    ok(rosa("import", str(tmp_path / "ana.minga"), "--accept-new-members"))

    # A teacher may not remove anyone: exit 2 and a sentence.
    refused = ana("member", "remove", ROSA)
    assert refused.returncode == 2
    assert "advisor" in refused.stderr
    assert "Traceback" not in refused.stderr
    unknown = rosa("member", "remove", "Nadie Conocido")
    assert unknown.returncode == 2
    assert "Traceback" not in unknown.stderr

    # The advisor says why: without a reason nobody is removed.
    no_reason = rosa("member", "remove", ANA["name"], lang="es")
    assert no_reason.returncode == 2
    assert "motivo" in no_reason.stderr
    assert "Traceback" not in no_reason.stderr
    removed = json.loads(
        ok(rosa("member", "remove", ANA["name"], "--reason", "Jubilación", "--json"))
    )
    assert removed["name"] == ANA["name"]
    assert removed["reason"] == "Jubilación"
    assert not removed["already_removed"]
    again = rosa("member", "remove", removed["person_id"], lang="es")
    assert again.returncode == 0
    assert "ya había sido retirado" in again.stdout
    # Ana's next bundle is refused, nothing changes, and the sentence says why.
    ok(ana("practice", "add", "--title", "Después de salir"))
    ok(ana("export", "--out", str(tmp_path / "ana-2.minga")))
    late = rosa("import", str(tmp_path / "ana-2.minga"), lang="es")
    assert late.returncode == 2
    assert ANA["name"] in late.stderr
    assert "Traceback" not in late.stderr
