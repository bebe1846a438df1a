"""An erasure and membership (issue 15, items 3 and 5): erasing a person's data does not
by itself remove her from the microcentre, and the confirmation says so; the advisor's
`person erase --remove-member` also removes her, in the same step, and the removal
travels in the roster like `member remove`. Real command line, real bundles on disk."""

from __future__ import annotations

import json

from tests.conftest import Cli
from tests.sync.conftest import Network, refused_unchanged

ANA = "Ana María Huenchumilla"
PEDRO = "Pedro Cayupán Soto"


def test_the_confirmation_says_whether_she_stays_a_member(network: Network) -> None:
    rosa, ana = network.advisor, network.ana
    for device in network.devices():
        device.close()

    asked = Cli(rosa.root)("person", "erase", ANA, lang="es")
    assert asked.returncode == 2
    assert "sigue siendo integrante del microcentro" in asked.stdout
    assert "lo que escriba desde ahora también se borra" in asked.stdout
    assert "--remove-member" in asked.stdout
    asked = Cli(rosa.root)("person", "erase", ANA, "--remove-member", lang="es")
    assert "también deja el microcentro" in asked.stdout
    mine = Cli(ana.root)("person", "erase", ANA, lang="es")
    assert "Sigues siendo integrante del microcentro" in mine.stdout
    assert rosa.rows("SELECT count(*) FROM erasures") == [(0,)]

    # A teacher cannot remove herself (nor anyone): nothing is erased.
    refused = Cli(ana.root)("person", "erase", ANA, "--remove-member", "--yes", lang="es")
    assert refused.returncode == 2
    assert "solo la asesora retira integrantes" in refused.stderr
    assert ana.rows("SELECT count(*) FROM erasures") == [(0,)]


def test_an_erasure_alone_keeps_her_a_member_and_remove_member_removes_her_everywhere(
    network: Network,
) -> None:
    from minga.sync.errors import RemovedMemberError

    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    pedro_id, ana_id = pedro.person_id, ana.person_id
    for device in network.devices():
        device.close()

    # Ana asked for her data to go, and stays: her next bundle is still accepted (and,
    # as the confirmation says, what she writes later is emptied too).
    kept = Cli(rosa.root)("person", "erase", ANA, "--yes", "--json")
    assert kept.returncode == 0, kept.stderr
    assert json.loads(kept.stdout)["membership"] == "member"
    assert json.loads(kept.stdout)["removed_member"] is False
    assert rosa.rows("SELECT membership FROM people WHERE id = ?", ana_id) == [("active",)]

    # Pedro asked for his data to go and leaves the microcentre.
    gone = Cli(rosa.root)("person", "erase", PEDRO, "--yes", "--remove-member", lang="es")
    assert gone.returncode == 0, gone.stderr
    assert "También dejó el microcentro" in gone.stdout
    assert rosa.rows("SELECT membership, name FROM people WHERE id = ?", pedro_id) == [
        ("removed", "Persona eliminada")
    ]
    # No note about him stays behind (a removal reason would be one).
    assert rosa.rows("SELECT key FROM meta WHERE key LIKE ?", "%" + pedro_id) == []

    rosa.reopen()
    ana.reopen()
    pedro.reopen()
    later = ana.add_practice("Huerto escolar")
    rosa.import_(ana.export(network.path("ana")))
    assert rosa.rows("SELECT title FROM practices WHERE id = ?", later) == [
        ("(contenido eliminado)",)
    ]
    pedro.add_practice("Radio escolar")
    refused_unchanged(rosa, [pedro.export(network.path("pedro"))], RemovedMemberError)

    # The erasure and the removal travel together in the advisor's next bundle.
    ana.import_(rosa.export(network.path("rosa")))
    assert ana.rows("SELECT membership, name FROM people WHERE id = ?", pedro_id) == [
        ("removed", "Persona eliminada")
    ]
    refused_unchanged(ana, [pedro.export(network.path("pedro-ana"), to=ana_id)], RemovedMemberError)
