"""A member who leaves may ask that the practices she shared leave the network's library
too: the advisor removes her with `withdraw`, and every member's computer withdraws them
when it applies the advisor's next roster; an older bundle never brings them back.
Real installations, real bundles."""

from __future__ import annotations

from minga.sync import errors, membership
from tests.sync.conftest import Network, refused_unchanged

TITLE = "Cuentos mapuche en la sala multigrado"


def _live(device, title: str) -> bool:
    return device.rows("SELECT deleted FROM practices WHERE title = ?", title) == [(0,)]


def test_a_removed_member_s_practices_leave_the_library_at_her_request(network: Network) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    pedro.add_practice(TITLE)
    rosa.import_(pedro.export(network.path("pedro")))
    before = rosa.export(network.path("todos-antes"))
    ana.import_(before)
    assert _live(ana, TITLE)

    removal = membership.remove(
        rosa.ws, pedro.person_id, "Pidió retirar sus prácticas", withdraw=True
    )
    assert removal.practices_withdrawn
    assert not _live(rosa, TITLE)
    ana.import_(rosa.export(network.path("todos-despues")))
    assert not _live(ana, TITLE)
    assert ana.rows("SELECT membership FROM people WHERE id = ?", pedro.person_id) == [("removed",)]
    # The bundle from before, imported again, brings nothing back.
    ana.import_(before)
    assert not _live(ana, TITLE)
    # And Pedro's later bundles are refused.
    pedro.add_practice("Después de salir")
    refused_unchanged(rosa, [pedro.export(network.path("pedro-2"))], errors.RemovedMemberError)


def test_without_the_request_her_practices_stay_under_her_name(network: Network) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    pedro.add_practice(TITLE)
    rosa.import_(pedro.export(network.path("pedro")))
    membership.remove(rosa.ws, pedro.person_id, "Se trasladó")
    ana.import_(rosa.export(network.path("todos")))
    assert _live(ana, TITLE)
    assert ana.rows("SELECT owner FROM practices WHERE title = ?", TITLE) == [(pedro.person_id,)]
