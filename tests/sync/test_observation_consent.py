"""Consent: the observed teacher, not the observer, decides who reads an observation note
about her (docs/bundle-format.md, What travels where). By default only the observer, she
and the advisor; she widens it to the whole microcentre and narrows it again, and the
bundles follow her choice. Real installations, real bundles, a third teacher who is
neither observer nor observed."""

from __future__ import annotations

import datetime as dt

import pytest

from minga.services.observation import (
    ObservationInput,
    ObservationService,
    ReadersNotAllowedError,
)
from tests.sync.conftest import Device, Network

LUISA = {"name": "Luisa Antilef Rojas", "school": "Escuela Rural Quilaco", "rbd": "4479-2"}
FOCUS = "Trabajo en grupos de distinto nivel"


def _join(network: Network, tmp_name: str) -> Device:
    """A third teacher joins and is accepted."""
    luisa = Device(network.folder / tmp_name, network.ana.backend).init("teacher", **LUISA)
    luisa.import_(network.invitation)
    network.advisor.import_(luisa.export(network.path("luisa-hola")), accept_new_members=True)
    return luisa


def _notes(device: Device) -> list[str]:
    return [n.focus for n in ObservationService(device.ws.db).list_notes()]


def _everyone(network: Network, *devices: Device) -> None:
    bundle = network.advisor.export(network.path("todos"))
    for device in devices:
        device.import_(bundle)


def test_the_observed_teacher_widens_and_narrows_who_reads_the_note(network: Network) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    luisa = _join(network, "luisa")
    note = ObservationService(ana.ws.db).create(
        ObservationInput(
            observed_id=pedro.person_id,
            observed_on=dt.date(2026, 11, 12),
            focus=FOCUS,
            strengths="Los de 4° explican a los de 1°",
        )
    )
    assert note.readers == "advisor"
    rosa.import_(ana.export(network.path("ana-nota")))
    pedro.import_(rosa.export(network.path("para-pedro"), to=pedro.person_id))
    _everyone(network, luisa, ana)
    # By default: Ana, Pedro and the advisor; Luisa's computer never receives it.
    assert _notes(rosa) == [FOCUS]
    assert _notes(pedro) == [FOCUS]
    assert _notes(luisa) == []
    assert luisa.rows("SELECT count(*) FROM observation_notes") == [(0,)]
    # Nor does Ana's direct bundle to Luisa carry it.
    luisa.import_(ana.export(network.path("ana-a-luisa"), to=luisa.person_id))
    assert luisa.rows("SELECT count(*) FROM observation_notes") == [(0,)]

    # Ana (the observer) cannot widen it; Pedro (the observed teacher) can.
    with pytest.raises(ReadersNotAllowedError):
        ObservationService(ana.ws.db).set_readers(note.id, "network")
    ObservationService(pedro.ws.db).reply(note.id, "Gracias: probaré las tarjetas de apoyo.")
    widened = ObservationService(pedro.ws.db).set_readers(note.id, "network")
    assert widened.readers == "network"
    rosa.import_(pedro.export(network.path("pedro-consiente")))
    _everyone(network, luisa, ana)
    [seen] = ObservationService(luisa.ws.db).list_notes()
    assert (seen.focus, seen.readers) == (FOCUS, "network")
    assert [r.text for r in seen.replies] == ["Gracias: probaré las tarjetas de apoyo."]
    assert ObservationService(ana.ws.db).get(note.id).readers == "network"

    # Pedro narrows it again: it stops showing on Luisa's computer.
    ObservationService(pedro.ws.db).set_readers(note.id, "advisor")
    rosa.import_(pedro.export(network.path("pedro-restringe")))
    _everyone(network, luisa)
    assert _notes(luisa) == []
    assert _notes(rosa) == [FOCUS]
    # And the next consolidated bundle carries the note to nobody else.
    ana.add_practice("Algo nuevo para todos")
    ObservationService(ana.ws.db).update(
        note.id,
        ObservationInput(
            observed_id=pedro.person_id,
            observed_on=dt.date(2026, 11, 12),
            focus=FOCUS,
            strengths="Los de 4° explican a los de 1° con paciencia",
        ),
    )
    rosa.import_(ana.export(network.path("ana-edita")))
    result = rosa.export_result(network.path("todos-final"))
    assert "observation_note" not in result.counts
    luisa.close()
