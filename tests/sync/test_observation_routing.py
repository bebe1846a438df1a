"""Advisor-only observation notes reach the observed teacher, and their replies the
observer, through the advisor's bundle for each of them; never the rest of the network."""

from __future__ import annotations

import datetime as dt

from minga.services.observation import ObservationInput, ObservationService
from tests.sync.conftest import Network


def test_notes_reach_the_observed_and_replies_the_observer(network: Network) -> None:
    ana, pedro, rosa = network.ana, network.pedro, network.advisor
    note = ObservationService(ana.ws.db).create(
        ObservationInput(
            observed_id=pedro.person_id,
            observed_on=dt.date(2026, 11, 12),
            focus="Trabajo en grupos de distinto nivel",
            strengths="Los de 4° explican a los de 1° con paciencia",
        )
    )
    rosa.import_(ana.export(network.path("ana-nota")))

    # The consolidated bundle for everyone does not carry it...
    everyone = rosa.export(network.path("consolidado"))
    ana.import_(everyone)
    pedro.import_(everyone)
    assert ObservationService(pedro.ws.db).notes_about_me() == []
    # ...the advisor's bundle for Pedro does, and Pedro can answer.
    pedro.import_(rosa.export(network.path("para-pedro"), to=pedro.person_id))
    [about_me] = ObservationService(pedro.ws.db).notes_about_me()
    assert about_me.id == note.id
    ObservationService(pedro.ws.db).reply(note.id, "Gracias: probaré las tarjetas de apoyo.")
    rosa.import_(pedro.export(network.path("pedro-respuesta")))

    # Ana (the observer) gets the reply in the advisor's bundle for her.
    ana.import_(rosa.export(network.path("para-ana"), to=ana.person_id))
    [mine] = ObservationService(ana.ws.db).my_notes()
    assert [r.text for r in mine.replies] == ["Gracias: probaré las tarjetas de apoyo."]
