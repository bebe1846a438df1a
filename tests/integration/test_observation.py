"""Peer classroom observation: the observer's note, its visibility, the observed
teacher's view and replies."""

from __future__ import annotations

import datetime as dt

import pytest

from minga.core.workspace import Workspace
from minga.domain.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    ValidationErrors,
)
from minga.i18n import catalog
from minga.services.observation import (
    ObservationInput,
    ObservationService,
    ReadersNotAllowedError,
    ReplyNotAllowedError,
)
from minga.services.templates import default_template_id
from tests.integration.test_sessions import Network, build_network

EN = catalog("en")


@pytest.fixture
def network(workspace: Workspace) -> Network:
    return build_network(workspace)


@pytest.fixture
def notes(network: Network) -> ObservationService:
    return ObservationService(network.ws.db)


def observe(network: Network, notes: ObservationService, **changes: object) -> str:
    network.become(network.teachers["Ana Sepúlveda"])
    data = ObservationInput(
        observed_id=network.teachers["Juan Manríquez"],
        observed_on=dt.date(2025, 6, 3),
        focus="Trabajo simultáneo de varios niveles",
        protocol={"differentiation": 3, "respect": 4},
        evidence="Los de sexto guiaron a los de cuarto.",
        strengths="Rutinas claras",
        opportunities="Cierre más participativo",
        agreements="Probar un ticket de salida",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return notes.create(data).id


def test_the_observer_writes_and_owns_the_note(network: Network, notes: ObservationService) -> None:
    note_id = observe(network, notes)
    info = notes.get(note_id)
    assert info.observer_name == "Ana Sepúlveda"
    assert info.observed_name == "Juan Manríquez"
    assert info.visibility == "advisor"  # the default
    assert info.template_id == default_template_id("observation_protocol")
    assert info.protocol == {"differentiation": 3, "respect": 4}
    assert info.school_id is not None  # the observed teacher's school
    assert info.is_mine
    assert [n.id for n in notes.my_notes()] == [note_id]
    # The observer cannot let the whole microcentre read it: that is Juan's choice.
    with pytest.raises(ValidationErrors) as refused:
        notes.update(
            note_id,
            ObservationInput(
                observed_id=network.teachers["Juan Manríquez"],
                observed_on=dt.date(2025, 6, 3),
                focus="Cierre de la clase",
                visibility="network",
            ),
        )
    assert "observed teacher's choice" in refused.value.message(EN)
    edited = notes.update(
        note_id,
        ObservationInput(
            observed_id=network.teachers["Juan Manríquez"],
            observed_on=dt.date(2025, 6, 3),
            focus="Cierre de la clase",
            visibility="private",
        ),
    )
    assert (edited.focus, edited.visibility, edited.protocol, edited.readers) == (
        "Cierre de la clase",
        "private",
        {},
        "advisor",
    )


def test_the_observed_teacher_sees_and_replies(network: Network, notes: ObservationService) -> None:
    note_id = observe(network, notes)
    observe(network, notes, observed_id=network.teachers["Ximena Paillalef"])
    network.become(network.teachers["Juan Manríquez"])
    [about_me] = notes.notes_about_me()
    assert about_me.id == note_id
    assert about_me.about_me
    assert not about_me.is_mine
    reply = notes.reply(note_id, "Gracias, probaré el ticket de salida.")
    assert reply.owner == network.teachers["Juan Manríquez"]
    assert notes.get(note_id).replies[0].text == "Gracias, probaré el ticket de salida."
    notes.update_reply(reply.id, "Gracias por la visita.")
    # The reply is his: the observer cannot change it, and he cannot change the note.
    with pytest.raises(PermissionDeniedError, match="Ana Sepúlveda"):
        notes.update(
            note_id,
            ObservationInput(
                observed_id=network.teachers["Juan Manríquez"],
                observed_on=dt.date(2025, 6, 3),
                focus="Otro",
            ),
        )
    network.become(network.teachers["Ana Sepúlveda"])
    with pytest.raises(PermissionDeniedError, match="Juan Manríquez"):
        notes.update_reply(reply.id, "Cambiado")
    with pytest.raises(ReplyNotAllowedError) as info:
        notes.reply(note_id, "Yo también respondo")
    assert info.value.message(EN) == (
        "Only the observed teacher, Juan Manríquez, can reply to this observation note."
    )
    network.become(network.teachers["Juan Manríquez"])
    notes.delete_reply(reply.id)
    assert notes.get(note_id).replies == []


def test_private_notes_stay_with_their_owner(network: Network, notes: ObservationService) -> None:
    private = observe(network, notes, visibility="private")
    network.become(network.advisor)
    assert notes.list_notes() == []
    with pytest.raises(NotFoundError):
        notes.get(private)
    network.become(network.teachers["Ana Sepúlveda"])
    assert [n.id for n in notes.list_notes()] == [private]


def test_bad_notes_name_every_problem(network: Network, notes: ObservationService) -> None:
    network.become(network.teachers["Ana Sepúlveda"])
    with pytest.raises(ValidationErrors) as info:
        notes.create(
            ObservationInput(
                observed_id=network.teachers["Ana Sepúlveda"],
                observed_on=None,
                focus="",
                protocol={"differentiation": 5, "humor": 2},
                visibility="todos",
            )
        )
    text = info.value.message(EN)
    assert "An observation note is about a colleague, not about yourself." in text
    assert "Date: This field is required." in text
    assert "Focus: This field is required." in text
    assert "Answer 'differentiation' with a level from 1 to 4." in text
    assert "'humor' is not an item of the protocol." in text
    assert "Unknown visibility 'todos'." in text
    assert notes.my_notes() == []


def test_delete_is_a_tombstone_of_the_owner(network: Network, notes: ObservationService) -> None:
    note_id = observe(network, notes)
    network.become(network.advisor)
    with pytest.raises(PermissionDeniedError):
        notes.delete(note_id)
    network.become(network.teachers["Ana Sepúlveda"])
    notes.delete(note_id)
    with pytest.raises(NotFoundError):
        notes.get(note_id)


def test_an_action_step_a_follow_up_and_their_comparison(
    network: Network, notes: ObservationService
) -> None:
    first_id = observe(network, notes, action_step="Cerrar con tres preguntas a cada nivel")
    first = notes.get(first_id)
    assert first.action_step == "Cerrar con tres preguntas a cada nivel"
    follow_id = observe(
        network,
        notes,
        observed_on=dt.date(2025, 7, 1),
        protocol={"differentiation": 4, "respect": 4, "objective": 2},
        follows_id=first_id,
    )
    assert notes.get(follow_id).follows_id == first_id
    assert [n.id for n in notes.follow_ups(first_id)] == [follow_id]
    comparison = notes.compare(follow_id)
    assert comparison.first.id == first_id
    by_item = {i.id: (i.before, i.after, i.change) for i in comparison.items}
    assert by_item == {
        "differentiation": (3, 4, 1),
        "respect": (4, 4, 0),
        "objective": (None, 2, None),
    }
    assert [i.id for i in comparison.items] == ["objective", "differentiation", "respect"]
    assert (comparison.improved, comparison.declined) == (1, 0)
    assert len(comparison.scale) == 4
    with pytest.raises(ValidationError, match="not a follow-up"):
        notes.compare(first_id)


def test_a_follow_up_follows_an_earlier_note_of_the_same_teacher(
    network: Network, notes: ObservationService
) -> None:
    first_id = observe(network, notes)
    for changes in (
        {"observed_on": dt.date(2025, 6, 3)},  # not later
        {"observed_id": network.teachers["Rosa Cifuentes"]},  # another teacher
        {"follows_id": "0b6f7a5e-3c1d-4c55-9a0e-6d1b2f9c8e47"},  # no such note
    ):
        data = {"observed_on": dt.date(2025, 8, 1), "follows_id": first_id, **changes}
        with pytest.raises(ValidationErrors) as info:
            observe(network, notes, **data)
        assert "follows" in info.value.by_field()


def test_the_follow_up_prints_on_one_page(
    network: Network, notes: ObservationService, tmp_path
) -> None:
    from minga.services import printing
    from tests.reports.conftest import flat_text

    first_id = observe(network, notes, action_step="Cerrar con tres preguntas")
    follow_id = observe(
        network,
        notes,
        observed_on=dt.date(2025, 7, 1),
        protocol={"differentiation": 4, "respect": 4},
        strengths="Cierre por niveles",
        follows_id=first_id,
    )
    document = printing.build_observation_follow_up(
        network.ws.db, follow_id, tmp_path / "f.pdf", lang="en"
    )
    assert document.pages == 1
    text = flat_text(document.path)
    assert "Observation follow-up · Juan Manríquez" in text
    assert "Action step agreed Cerrar con tres preguntas" in text
    assert "Aspects that went up: 1 · went down: 0." in text
    assert "Cierre por niveles" in text
    with pytest.raises(ValidationError):
        printing.build_observation_follow_up(network.ws.db, first_id, tmp_path / "g.pdf")


def test_the_observed_teacher_decides_who_reads_the_note(
    network: Network, notes: ObservationService
) -> None:
    note_id = observe(network, notes)
    # By default: the observer, the observed teacher and the advisor, nobody else.
    assert notes.get(note_id).readers == "advisor"
    network.become(network.teachers["Ximena Paillalef"])
    assert note_id not in [n.id for n in notes.list_notes()]
    with pytest.raises(NotFoundError):
        notes.get(note_id)
    network.become(network.advisor)
    assert note_id in [n.id for n in notes.list_notes()]
    # The observer cannot widen it.
    network.become(network.teachers["Ana Sepúlveda"])
    with pytest.raises(ReadersNotAllowedError) as info:
        notes.set_readers(note_id, "network")
    assert info.value.message(EN) == (
        "Only the observed teacher, Juan Manríquez, decides who may read this observation note."
    )
    # Juan widens it: everyone reads it; he narrows it again: it is theirs again.
    network.become(network.teachers["Juan Manríquez"])
    assert notes.set_readers(note_id, "network").readers == "network"
    network.become(network.teachers["Ximena Paillalef"])
    assert notes.get(note_id).readers == "network"
    network.become(network.teachers["Juan Manríquez"])
    notes.set_readers(note_id, "advisor")
    network.become(network.teachers["Ximena Paillalef"])
    assert note_id not in [n.id for n in notes.list_notes()]
    network.become(network.teachers["Juan Manríquez"])
    with pytest.raises(ValidationError):
        notes.set_readers(note_id, "todos")
