"""Templates: the shipped defaults (same ids everywhere), the advisor's edits and revisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from minga import resources
from minga.core.workspace import Workspace
from minga.domain.cycle_rules import AdvisorOnlyError
from minga.domain.errors import PermissionDeniedError, ValidationErrors
from minga.domain.vocab import TemplateKind
from minga.i18n import catalog
from minga.services import demo_content
from minga.services.templates import (
    DEFAULT_VERSION,
    DEFAULTS_OWNER,
    TemplateInput,
    TemplateService,
    default_template_id,
    ensure_default_templates,
    exit_ticket_questions,
    extra_template_id,
    load_default,
    rubric_criteria,
)
from minga.store.models import Template
from tests.integration.test_sessions import Network, build_network

EN = catalog("en")


@pytest.fixture
def network(workspace: Workspace) -> Network:
    return build_network(workspace)


@pytest.fixture
def templates(network: Network) -> TemplateService:
    return TemplateService(network.ws.db)


def _rows(ws: Workspace) -> list[tuple]:
    with ws.db.session() as session:
        return [
            (t.id, t.owner, t.version, t.updated_at, t.kind, t.name, t.revision, t.body, t.tags)
            for t in session.scalars(select(Template).order_by(Template.id))
        ]


def test_the_shipped_files_are_spanish_and_tagged_with_mbe_domains() -> None:
    for kind in TemplateKind:
        shipped = load_default(kind)
        assert set(shipped.tags) <= {"A", "B", "C", "D"}
        assert shipped.tags
        assert shipped.body["mbe_domains"]["A"] == "Preparación de la enseñanza"
    ticket = load_default(TemplateKind.EXIT_TICKET)
    assert ticket.name == demo_content.DEFAULT_EXIT_TICKET["name"]
    assert [q.id for q in exit_ticket_questions(ticket.body)] == [
        "feeling",
        "understanding",
        "again",
    ]
    rubric = load_default(TemplateKind.SELF_ASSESSMENT_RUBRIC)
    assert rubric_criteria(rubric.body)["planning"] == 4
    folder = resources.path("templates")
    assert sorted(p.name for p in folder.glob("*.json")) == [
        "exit_ticket.json",
        "network_dynamics_protocol.json",
        "observation_protocol.json",
        "satisfaction_survey.json",
        "self_assessment_rubric.json",
    ]
    for path in folder.glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["format"] == 1


def test_defaults_are_idempotent_and_identical_on_every_installation(tmp_path: Path) -> None:
    with Workspace(tmp_path / "a") as one, Workspace(tmp_path / "b") as other:
        assert ensure_default_templates(one.db) == 5  # four defaults and one extra
        assert ensure_default_templates(one.db) == 0
        ensure_default_templates(other.db)
        assert _rows(one) == _rows(other)
        [row] = [r for r in _rows(one) if r[4] == "exit_ticket"]
        assert row[0] == default_template_id("exit_ticket")
        assert (row[1], row[2], row[6]) == (DEFAULTS_OWNER, DEFAULT_VERSION, 1)
    assert default_template_id("exit_ticket") == "8711dfdd-ecc2-5efc-930f-da2ae15adf1d"


def test_the_advisor_edits_a_default_and_becomes_its_owner(
    templates: TemplateService, network: Network
) -> None:
    ensure_default_templates(network.ws.db)
    ticket_id = default_template_id("exit_ticket")
    current = templates.get(ticket_id)
    assert current.is_default
    assert current.can_edit
    assert current.owner_name == "Minga"
    body = dict(current.body)
    body["questions"] = [*body["questions"][:2]]
    edited = templates.update(
        ticket_id, TemplateInput(name="Ticket breve", body=body, tags=["B", "C"])
    )
    assert edited.revision == 2
    assert edited.owner == network.advisor
    assert edited.name == "Ticket breve"
    assert len(edited.body["questions"]) == 2
    with network.ws.db.session() as session:
        assert session.get(Template, ticket_id).version > DEFAULT_VERSION
    # Saving the same thing again changes nothing.
    again = templates.update(
        ticket_id, TemplateInput(name="Ticket breve", body=body, tags=["B", "C"])
    )
    assert again.revision == 2
    # Another edit: one more revision.
    assert templates.update(ticket_id, TemplateInput(name="Ticket", body=body)).revision == 3
    # Ensuring the defaults again does not undo the edit.
    ensure_default_templates(network.ws.db)
    assert templates.get(ticket_id).name == "Ticket"


def test_teachers_do_not_edit_templates(templates: TemplateService, network: Network) -> None:
    ensure_default_templates(network.ws.db)
    rubric = templates.get(default_template_id("self_assessment_rubric"))
    network.become(network.teachers["Ana Sepúlveda"])
    assert not templates.get(rubric.id).can_edit
    with pytest.raises(AdvisorOnlyError):
        templates.update(rubric.id, TemplateInput(name="Mía", body=rubric.body))
    with pytest.raises(AdvisorOnlyError):
        templates.create(TemplateInput(kind="exit_ticket", name="Mío", body=rubric.body))
    network.become(network.advisor)
    created = templates.create(
        TemplateInput(
            kind="observation_protocol",
            name="Pauta breve",
            body={"items": [{"id": "clima", "label": "Clima de aula", "mbe_domain": "b"}]},
            tags=["B"],
        )
    )
    assert created.body["items"][0]["mbe_domain"] == "B"
    network.become(network.teachers["Juan Manríquez"])
    with pytest.raises(PermissionDeniedError, match="Patricio Riquelme"):
        templates.update(created.id, TemplateInput(name="Otra", body=created.body))
    with pytest.raises(PermissionDeniedError):
        templates.delete(created.id)


def test_list_by_kind(templates: TemplateService, network: Network) -> None:
    ensure_default_templates(network.ws.db)
    assert [t.kind for t in templates.list()] == [
        "exit_ticket",
        "observation_protocol",
        "observation_protocol",
        "satisfaction_survey",
        "self_assessment_rubric",
    ]
    assert [t.name for t in templates.list("exit_ticket")] == ["Ticket de salida del microcentro"]
    # Malloa's protocol for the network's own meetings ships beside the classroom one,
    # editable by the advisor like the defaults; the classroom protocol stays the default.
    protocols = templates.list("observation_protocol")
    assert [(t.name, t.is_default) for t in protocols] == [
        ("Pauta de observación de aula entre pares", True),
        ("Pauta de observación de dinámicas de red", False),
    ]
    dynamics = protocols[1]
    assert dynamics.id == extra_template_id("observation_protocol", "network_dynamics")
    assert "voices_in_decisions" in [i["id"] for i in dynamics.body["items"]]
    assert dynamics.can_edit  # the advisor's
    resolved = templates.resolve("exit_ticket")
    assert resolved.id == default_template_id("exit_ticket")


def test_resolve_writes_a_missing_default(network: Network) -> None:
    templates = TemplateService(network.ws.db)
    with network.ws.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Template)) == 0
    assert templates.resolve("observation_protocol").is_default
    with network.ws.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Template)) == 5


def test_bad_templates_name_every_problem(templates: TemplateService) -> None:
    with pytest.raises(ValidationErrors) as info:
        templates.create(
            TemplateInput(
                kind="exit_ticket",
                name="",
                body={
                    "questions": [
                        {"id": "q 1", "prompt": "¿?", "options": []},
                        {"id": "ok", "prompt": "", "options": [{"id": "a", "label": "A"}]},
                        {"id": "ok", "prompt": "x", "mbe_domain": "E", "options": []},
                    ]
                },
                tags=["x" * 41],
            )
        )
    text = info.value.message(EN)
    assert "Name: This field is required." in text
    assert "Entry 1 of questions needs an id" in text
    assert "The id 'ok' appears twice in questions." in text
    assert "'ok' needs at least two levels or options." in text
    assert "'ok' needs a text of 1 to 500 characters." in text
    assert "is too long: at most 40" in text
    with pytest.raises(ValidationErrors) as info:
        templates.create(TemplateInput(kind="quiz", name="X"))
    assert "Unknown template kind 'quiz'" in info.value.message(EN)
    with pytest.raises(ValidationErrors) as info:
        templates.create(TemplateInput(kind="self_assessment_rubric", name="X", body={}))
    assert "at least one question or criterion" in info.value.message(EN)
