"""PHEA improvement cycles: plan, do, study with a run chart, adjust, and the stage moves."""

from __future__ import annotations

import datetime as dt

import pytest

from minga.core.workspace import Workspace
from minga.domain.errors import PermissionDeniedError, ValidationError, ValidationErrors
from minga.i18n import catalog
from minga.services.improvement import CycleInput, DataPoint, ImprovementService
from minga.services.sessions import SessionInput, SessionService
from tests.integration.test_sessions import Network, build_network

EN = catalog("en")


@pytest.fixture
def network(workspace: Workspace) -> Network:
    return build_network(workspace)


@pytest.fixture
def cycles(network: Network) -> ImprovementService:
    return ImprovementService(network.ws.db)


PLAN = CycleInput(
    title="Asistencia a las sesiones",
    aim="Que la asistencia supere el 90%",
    change_idea="Rotar la sede entre las escuelas",
    prediction="Si la sesión queda más cerca, asistirán más docentes",
    indicator="Porcentaje de asistencia por sesión",
    started_on=dt.date(2025, 4, 1),
)


def test_a_whole_cycle(cycles: ImprovementService, network: Network) -> None:
    session_id = (
        SessionService(network.ws.db)
        .plan(SessionInput(date=dt.date(2025, 4, 24), title="Abril"))
        .id
    )
    practice = network.practice("Ana Sepúlveda", "Tiendita escolar")
    plan = CycleInput(**{**PLAN.__dict__, "practice_ids": [practice], "session_ids": [session_id]})
    cycle = cycles.create(plan)
    assert cycle.stage == "plan"
    assert cycle.plan_complete
    assert cycle.practice_ids == [practice]
    cycles.move_to(cycle.id, "do")
    cycles.record_do(cycle.id, "Tres sesiones en escuelas distintas")
    cycles.move_to(cycle.id, "study")
    values = [70, 72, 68, 71, 69, 70, 80, 82, 85, 81, 83, 84]  # baseline median 70
    cycles.set_data_points(
        cycle.id, [DataPoint(f"2025-{m:02d}", v) for m, v in enumerate(values, start=1)]
    )
    info = cycles.add_data_point(cycle.id, "2025-12", 84.5)  # replaces December's value
    assert len(info.data_points) == 12
    assert info.data_points[-1] == DataPoint("2025-12", 84.5)
    chart = cycles.run_chart(cycle.id)
    # The median of the first six points stays: the six later ones are a shift above it.
    assert chart.median == 70.0
    assert chart.shift_detected
    assert [(s.side, s.start, s.end, s.points) for s in chart.shifts] == [("above", 6, 11, 6)]
    # A longer baseline takes in better months and moves the median up.
    assert cycles.set_baseline(cycle.id, 8).run_chart.median == 70.5
    with pytest.raises(ValidationError, match="from 6 to 10"):
        cycles.set_baseline(cycle.id, 12)
    cycles.set_baseline(cycle.id, 6)
    # The advisor marks the change in July: a new phase with its own baseline, no shift.
    marked = cycles.mark_change(cycle.id, "2025-07")
    assert marked.change_periods == ("2025-07",)
    assert [(p.start, p.end, p.median) for p in marked.run_chart.phases] == [
        (0, 5, 70.0),
        (6, 11, 82.5),
    ]
    assert not marked.run_chart.shift_detected
    with pytest.raises(ValidationError, match="no data point"):
        cycles.mark_change(cycle.id, "2031-01")
    assert cycles.mark_change(cycle.id, "2025-07", marked=False).change_periods == ()
    cycles.record_study(cycle.id, "La asistencia subió de 70% a 83%.")
    cycles.move_to(cycle.id, "adjust")
    done = cycles.record_adjust(cycle.id, "adapt", "Mantener la rotación y sumar transporte")
    assert (done.stage, done.decision) == ("adjust", "adapt")
    again = cycles.move_to(cycle.id, "plan")  # a new turn after adapting
    assert (again.stage, again.decision) == ("plan", "")
    assert [c.id for c in cycles.list_cycles()] == [cycle.id]


def test_stage_moves_need_their_content(cycles: ImprovementService) -> None:
    cycle = cycles.create(CycleInput(title="Solo el título"))
    with pytest.raises(ValidationError) as info:
        cycles.move_to(cycle.id, "do")
    assert info.value.message(EN) == (
        "Stage: Complete the plan first: aim, change idea, prediction and indicator."
    )
    with pytest.raises(ValidationError, match="one stage at a time"):
        cycles.move_to(cycle.id, "study")
    with pytest.raises(ValidationError, match="Move the cycle to the Adjust stage"):
        cycles.record_adjust(cycle.id, "adopt")
    cycles.update_plan(cycle.id, PLAN)
    cycles.move_to(cycle.id, "do")
    with pytest.raises(ValidationError, match="what was done"):
        cycles.move_to(cycle.id, "study")
    assert cycles.move_to(cycle.id, "plan").stage == "plan"  # back one step


def test_bad_input(cycles: ImprovementService) -> None:
    with pytest.raises(ValidationErrors) as info:
        cycles.create(
            CycleInput(title="", practice_ids=["no-existe"], session_ids=[" "], visibility="x")
        )
    assert set(info.value.by_field()) == {"title", "practices", "visibility"}
    assert "The record no-existe does not exist." in info.value.message(EN)
    cycle = cycles.create(PLAN)
    with pytest.raises(ValidationError, match="appears twice"):
        cycles.set_data_points(cycle.id, [DataPoint("a", 1), DataPoint("a", 2)])
    cycles.move_to(cycle.id, "do")
    cycles.record_do(cycle.id, "Hecho")
    cycles.move_to(cycle.id, "study")
    cycles.add_data_point(cycle.id, "abril", 3)
    cycles.move_to(cycle.id, "adjust")
    with pytest.raises(ValidationError, match="Unknown decision 'keep'"):
        cycles.record_adjust(cycle.id, "keep")
    assert cycles.get(cycle.id).run_chart.median == 3.0


def test_only_the_author_changes_a_cycle(cycles: ImprovementService, network: Network) -> None:
    cycle = cycles.create(PLAN)
    network.become(network.teachers["Rosa Cifuentes"])
    with pytest.raises(PermissionDeniedError, match="Patricio Riquelme"):
        cycles.record_do(cycle.id, "No es mío")
    with pytest.raises(PermissionDeniedError):
        cycles.move_to(cycle.id, "do")
    with pytest.raises(PermissionDeniedError):
        cycles.delete(cycle.id)
    mine = cycles.create(CycleInput(title="Mi ciclo", visibility="private"))
    assert [c.id for c in cycles.list_cycles(mine_only=True)] == [mine.id]
    network.become(network.advisor)
    assert [c.id for c in cycles.list_cycles()] == [cycle.id]  # her private one stays hers
    cycles.delete(cycle.id)
    assert cycles.list_cycles() == []
