"""The coordinator manages her territory's advisors: the list (fingerprint, status,
networks, last report), removing one with a reason (her reports refused with a Spanish
sentence that gives it, her networks kept with their last figures and marked as no longer
reported), and accepting her again with a new invitation."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from minga.domain.errors import ValidationError
from minga.i18n import catalog
from minga.services.printing_common import translator_for
from minga.services.territory import TerritoryService
from minga.services.territory_printing import gather_territory_report
from minga.store.territory_models import TerritoryNetwork
from minga.sync import territory_advisors as advisors
from minga.sync import territory_errors as errors
from minga.sync.keys import fingerprint
from tests.sync.test_territory_reports import Territory, template, territory  # noqa: F401

ROSA = "Rosa Elena Pérez Millar"
CARLA = "Carla Andrea Muñoz Vera"


def test_the_coordinator_lists_removes_and_accepts_again_an_advisor(
    territory: Territory,  # noqa: F811
) -> None:
    hub = territory.hub.ws
    invitation = territory.introduce(territory.rosa, "rosa")
    territory.introduce(territory.carla, "carla")
    assert advisors.list_advisors(hub)[0].reports == 0
    for installation, name in ((territory.rosa, "rosa"), (territory.carla, "carla")):
        territory.import_(territory.report(installation, f"informe-{name}"))

    listed = advisors.list_advisors(hub)
    assert [(e.name, e.status, e.reports) for e in listed] == [
        (CARLA, "active", 1),
        (ROSA, "active", 1),
    ]
    rosa = listed[1]
    assert rosa.fingerprint == fingerprint(territory.rosa.keys().public.signing_key)
    assert [(n.name, n.reported) for n in rosa.networks] == [("Los Copihues", True)]
    assert rosa.last_report is not None
    assert rosa.last_received is not None
    assert rosa.as_json()["networks"][0]["still_reported"] is True

    # A reason is required; a name that is nobody's lists the territory's advisors.
    with pytest.raises(ValidationError) as unsaid:
        advisors.remove_advisor(hub, "Rosa", "  ")
    assert unsaid.value.message(catalog("es")).startswith("Motivo:")
    with pytest.raises(ValidationError):
        advisors.remove_advisor(hub, "Rosa", "Dejó\x07 el SLEP")
    with pytest.raises(advisors.AdvisorNotFoundError) as nobody:
        advisors.remove_advisor(hub, "Pedro", "Dejó el SLEP")
    assert CARLA in nobody.value.message(catalog("es"))

    # By the start of her name, capitals and accents ignored.
    removed = advisors.remove_advisor(hub, "rosa elena perez", "Dejó el SLEP en julio")
    assert removed.status == "removed"
    assert removed.reason == "Dejó el SLEP en julio"
    assert removed.removed_at is not None
    assert [(n.name, n.reported) for n in removed.networks] == [("Los Copihues", False)]
    with pytest.raises(advisors.AlreadyRemovedError):
        advisors.remove_advisor(hub, rosa.person_id[:8], "otra vez")
    assert [e.name for e in advisors.list_advisors(hub)] == [CARLA, ROSA]  # active first

    # Her networks stay on the hub with their last figures, marked as no longer reported.
    with hub.db.session() as session:
        assert session.scalars(select(TerritoryNetwork.name).order_by("name")).all() == [
            "Las Araucarias",
            "Los Copihues",
        ]
    service = TerritoryService(hub.db)
    year = service.years()[0]
    marks = {row.name: row.still_reported for row in service.networks(year)}
    assert marks == {"Las Araucarias": True, "Los Copihues": False}
    printed = gather_territory_report(hub.db, year, translator_for("es"))
    assert {n.name: n.advisor for n in printed.networks} == {
        "Las Araucarias": CARLA,
        "Los Copihues": f"{ROSA} (ya no informa)",
    }

    # Her next report is refused whole, with a Spanish sentence giving the reason.
    later = territory.report(territory.rosa, "informe-agosto")
    before = territory.hub_rows()
    with pytest.raises(errors.RemovedAdvisorError) as refused:
        territory.import_(later)
    said = refused.value.message(catalog("es"))
    assert "ya no informa a este territorio" in said
    assert "Dejó el SLEP en julio" in said
    assert "No se cambió nada" in said
    assert territory.hub_rows() == before

    # A new invitation accepted (her fingerprint read again) makes her active again.
    from minga.sync import territory_trust as trust

    again = trust.accept_advisor(hub, invitation)
    assert not again.already
    back = next(e for e in advisors.list_advisors(hub) if e.name == ROSA)
    assert (back.status, back.reason, back.removed_at) == ("active", "", None)
    assert territory.import_(later).imported == ["Los Copihues"]
    assert all(row.still_reported for row in service.networks(year))


def test_only_the_coordinator_manages_advisors(territory: Territory) -> None:  # noqa: F811
    with pytest.raises(errors.CoordinatorOnlyError):
        advisors.list_advisors(territory.rosa.ws)
    with pytest.raises(errors.CoordinatorOnlyError):
        advisors.remove_advisor(territory.rosa.ws, "Rosa", "x")
    assert advisors.list_advisors(territory.hub.ws) == []
