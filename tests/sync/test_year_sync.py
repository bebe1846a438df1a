"""The school year through real bundles: the advisor sets the year plan, plans sessions
(numbered by date), records agreements of the acta and guest presenters; the teachers
import the consolidated bundle and see them (their own agreements on Inicio's list), and
a teacher cannot write any of it, neither in the app nor with a forged bundle."""

from __future__ import annotations

import datetime as dt

import pytest

from minga.domain import school_year as sy
from minga.domain.cycle_rules import AdvisorOnlyError
from minga.domain.errors import PermissionDeniedError
from minga.services.sessions import PresentationInput, SessionInput, SessionService
from minga.services.year import AgreementService, YearPlanInput, YearService
from minga.sync.errors import UnauthorizedRecordError
from tests.sync.conftest import Network, refused_unchanged


def _year(network: Network) -> int:
    return network.advisor.ws.clock.today().year


def _plan_year(network: Network) -> tuple[str, str, str]:
    """The advisor's year: plan, two sessions entered out of order, an agreement for Ana,
    one for the whole network, and a guest presenter. Returns (may, april, agreement)."""
    year = _year(network)
    db = network.advisor.ws.db
    YearService(db).set(
        YearPlanInput(
            year=year,
            focus="Resolución de problemas en cursos combinados",
            goal=9,
            breaks=[sy.Break(dt.date(year, 7, 6), dt.date(year, 7, 17), "Invierno")],
        )
    )
    sessions = SessionService(db)
    may = sessions.plan(SessionInput(date=dt.date(year, 5, 27), title="Mayo")).id
    april = sessions.plan(
        SessionInput(
            date=dt.date(year, 4, 29), title="Abril", coordinator_id=network.pedro.person_id
        )
    ).id
    practice = network.advisor.add_practice("Huerto escolar y fracciones")
    sessions.add_presentation(
        april,
        PresentationInput(
            practice_id=practice,
            guest_name="Dra. Carmen Sáez",
            guest_institution="Universidad de Concepción",
        ),
    )
    agreements = AgreementService(db)
    mine = agreements.add(
        april,
        "Aplicar el ticket de salida de fracciones",
        responsible_id=network.ana.person_id,
        due_on=dt.date(year, 5, 20),
    ).id
    agreements.add(april, "Traer una evidencia por escuela")
    return may, april, mine


def test_the_year_plan_and_agreements_reach_the_teachers(network: Network) -> None:
    year = _year(network)
    may, april, mine = _plan_year(network)
    sessions = {s.id: s.number for s in SessionService(network.advisor.ws.db).list_sessions(year)}
    assert sessions[april] == 1
    assert sessions[may] == 2

    bundle = network.advisor.export(network.path("consolidado"))
    network.ana.import_(bundle)
    network.pedro.import_(bundle)

    plan = YearService(network.ana.ws.db).get(year)
    assert plan.confirmed
    assert plan.focus == "Resolución de problemas en cursos combinados"
    assert plan.goal == 9
    assert [b.label for b in plan.calendar.breaks] == ["Invierno"]
    assert {s.number for m in plan.months for s in m.sessions} == {1, 2}

    ana = AgreementService(network.ana.ws.db).list(
        open_only=True, responsible_id=network.ana.person_id
    )
    assert {a.text for a in ana} == {
        "Aplicar el ticket de salida de fracciones",
        "Traer una evidencia por escuela",
    }
    assert next(a for a in ana if a.id == mine).responsible_name == "Ana María Huenchumilla"
    pedro = AgreementService(network.pedro.ws.db).list(
        open_only=True, responsible_id=network.pedro.person_id
    )
    assert [a.text for a in pedro] == ["Traer una evidencia por escuela"]

    detail = SessionService(network.pedro.ws.db).get(april)
    assert detail.coordinator_name == "Pedro Cayupán Soto"
    assert [(p.presenter_name, p.guest_institution) for p in detail.presentations] == [
        ("Dra. Carmen Sáez", "Universidad de Concepción")
    ]

    # Done at the advisor's: the next bundle closes it everywhere.
    AgreementService(network.advisor.ws.db).mark_done(mine, dt.date(year, 5, 18))
    network.ana.import_(network.advisor.export(network.path("consolidado-2")))
    done = AgreementService(network.ana.ws.db).get(mine)
    assert done.done_on == dt.date(year, 5, 18)
    assert mine not in {a.id for a in AgreementService(network.ana.ws.db).list(open_only=True)}


def test_a_moved_session_renumbers_its_year(network: Network) -> None:
    year = _year(network)
    may, april, _ = _plan_year(network)
    sessions = SessionService(network.advisor.ws.db)
    detail = sessions.get(april)
    sessions.update(
        april,
        SessionInput(date=dt.date(year, 6, 24), title=detail.title, start_time=detail.start_time),
    )
    numbers = {s.id: s.number for s in sessions.list_sessions(year)}
    assert numbers == {may: 1, april: 2}
    network.ana.import_(network.advisor.export(network.path("consolidado")))
    assert {s.id: s.number for s in SessionService(network.ana.ws.db).list_sessions(year)} == (
        numbers
    )


def test_a_teacher_writes_neither_the_plan_nor_agreements(network: Network) -> None:
    year = _year(network)
    _, april, mine = _plan_year(network)
    network.ana.import_(network.advisor.export(network.path("consolidado")))
    with pytest.raises(AdvisorOnlyError):
        YearService(network.ana.ws.db).set(YearPlanInput(year=year, focus="otro"))
    with pytest.raises(PermissionDeniedError):
        AgreementService(network.ana.ws.db).mark_done(mine)
    with pytest.raises(PermissionDeniedError):
        AgreementService(network.ana.ws.db).add(april, "Un acuerdo mío")


def test_forged_year_records_in_a_teachers_bundle_are_refused(network: Network) -> None:
    """Ana's bundle carries an agreement on the advisor's session, or a year plan, as a
    modified Minga could write them: the advisor's import refuses it, nothing changes."""
    from tests.sync.test_authorization import _ana_forger, _record, _version

    year = _year(network)
    _, april, _ = _plan_year(network)
    network.ana.import_(network.advisor.export(network.path("consolidado")))
    for kind, fields in (
        (
            "agreement",
            {"session_id": april, "text": "Acuerdo falso", "responsible_id": None},
        ),
        (
            "year_plan",
            {
                "year": year,
                "focus": "Otro foco",
                "goal_practices": 1,
                "starts_on": f"{year}-03-02",
                "ends_on": f"{year}-12-18",
                "breaks": [],
                "meeting_week": 1,
                "meeting_weekday": 0,
            },
        ),
    ):
        forger = _ana_forger(network, network.advisor)
        record = _record(kind, network.ana.person_id, _version(forger), **fields)
        forger.set_records(kind, [record])
        error = refused_unchanged(network.advisor, [forger.write()], UnauthorizedRecordError)
        assert f"kind '{kind}'" in str(error)
