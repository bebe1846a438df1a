"""The indicators on a hand-made school year whose every figure is known in advance.

The year 2025 of a microcentre with four teachers (Ana, Juan, Ximena, Rosa):

- Session 1, 24 April: Ana, Juan, Ximena present, Rosa absent (the advisor's own row does
  not count). Tiendita (Ana) and Huerto (Juan) presented. Juan and Ximena choose (Ximena
  twice), Rosa chooses although absent (not counted): adoption 2 of 3. Survey: a tally of
  2 answers (4, 4, 3) and Ana's own (2, 3, 1).
- Session 2, 29 May: Ana, Ximena, Rosa present, Juan excused. Huerto again (counts once)
  and Dados (Ximena) presented; Cuentos put on and taken off the programme. Ana and Rosa
  choose: 2 of 3. Survey: a tally of 3 answers (1, 2, 4).
- Session 3, 11 December: planned after `today` (30 November): Cuentos not yet shared.
- A session of 2024 and a self-assessment of 2026 stay out of 2025.

So: attendance 6/8, shared 3 of 7, adoption 4/6, continuation 2/3 (continue, adjust,
drop), satisfaction useful 2/6, prepared 3/6, trust 5/6; three tallies; Rosa has one
application without a self-assessment, Ximena did not choose at the last session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from minga.core.workspace import Workspace
from minga.domain.cycle_rules import Ratio
from minga.services.adoption import (
    AdoptionInput,
    AdoptionService,
    ApplicationInput,
    SelfAssessmentInput,
    TallyInput,
)
from minga.services.indicators import IndicatorService
from minga.services.sessions import (
    PresentationInput,
    SatisfactionInput,
    SessionInput,
    SessionService,
)
from tests.integration.test_sessions import Network, build_network

TODAY = dt.date(2025, 11, 30)


@dataclass
class Year:
    network: Network
    s1: str
    s2: str
    s3: str
    apps: dict[str, str]

    def id(self, name: str) -> str:
        return self.network.teachers[name]


def _choose(network: Network, who: str, practice: str, session: str) -> str:
    network.become(network.teachers[who])
    return (
        AdoptionService(network.ws.db)
        .choose(AdoptionInput(practice_id=practice, session_id=session))
        .id
    )


def _apply(
    network: Network, who: str, adoption: str, day: dt.date, *, levels: list[str], students: int
) -> str:
    network.become(network.teachers[who])
    return (
        AdoptionService(network.ws.db)
        .record_application(
            ApplicationInput(
                adoption_id=adoption, applied_on=day, levels=levels, students_present=students
            )
        )
        .id
    )


def _tally(network: Network, who: str, application: str, counts: dict) -> None:
    network.become(network.teachers[who])
    AdoptionService(network.ws.db).record_tally(
        TallyInput(application_id=application, counts=counts)
    )


def _assess(
    network: Network,
    who: str,
    adoption: str,
    decision: str,
    *,
    day: dt.date,
    application: str | None = None,
) -> None:
    network.become(network.teachers[who])
    AdoptionService(network.ws.db).record_self_assessment(
        SelfAssessmentInput(
            adoption_id=adoption, application_id=application, decision=decision, written_on=day
        )
    )


@pytest.fixture
def year(workspace: Workspace) -> Year:
    n = build_network(workspace)
    tiendita = n.practice("Ana Sepúlveda", "Tiendita escolar")
    huerto = n.practice("Juan Manríquez", "Huerto escolar")
    dados = n.practice("Ximena Paillalef", "Cálculo mental con dados")
    cuentos = n.practice("Rosa Cifuentes", "Cuentos de la zona")
    ana, juan, ximena, rosa = (n.teachers[k] for k in n.teachers)
    sessions = SessionService(workspace.db)
    s1 = sessions.plan(
        SessionInput(date=dt.date(2025, 4, 24), title="Compartimos prácticas"),
        attendance={
            ana: "present",
            juan: "present",
            ximena: "present",
            rosa: "absent",
            n.advisor: "present",
        },
    ).id
    s2 = sessions.plan(
        SessionInput(date=dt.date(2025, 5, 29), title="Resolución de problemas"),
        attendance={ana: "present", juan: "excused", ximena: "present", rosa: "present"},
    ).id
    s3 = sessions.plan(SessionInput(date=dt.date(2025, 12, 11), title="Cierre del año")).id
    old = sessions.plan(
        SessionInput(date=dt.date(2024, 11, 14), title="Año anterior"),
        attendance={ana: "absent", juan: "absent"},
    ).id
    for session_id, practice in ((s1, tiendita), (s1, huerto), (s2, huerto), (s2, dados)):
        sessions.add_presentation(session_id, PresentationInput(practice_id=practice))
    removed = sessions.add_presentation(s2, PresentationInput(practice_id=cuentos))
    sessions.remove_presentation(removed.id)
    sessions.add_presentation(s3, PresentationInput(practice_id=cuentos))
    sessions.add_presentation(old, PresentationInput(practice_id=cuentos))
    # "Brought into practice" asked on these two forms only (0: not asked on the others).
    sessions.record_satisfaction(
        s1, SatisfactionInput(useful=4, prepared=4, trust=3, applied=3, count=2)
    )
    sessions.record_satisfaction(s2, SatisfactionInput(useful=1, prepared=2, trust=4, count=3))
    # Ana's answer counts in the network's figures as the advisor typed it in (an
    # anonymous answer counts only in a tally of 3); her own copy gives her figures.
    sessions.record_satisfaction(s1, SatisfactionInput(useful=2, prepared=3, trust=1))
    n.become(ana)
    sessions.record_satisfaction(s1, SatisfactionInput(useful=2, prepared=3, trust=1, applied=2))

    juan_tiendita = _choose(n, "Juan Manríquez", tiendita, s1)
    ximena_tiendita = _choose(n, "Ximena Paillalef", tiendita, s1)
    _choose(n, "Ximena Paillalef", huerto, s1)
    rosa_huerto_s1 = _choose(n, "Rosa Cifuentes", huerto, s1)
    ana_dados = _choose(n, "Ana Sepúlveda", dados, s2)
    rosa_huerto_s2 = _choose(n, "Rosa Cifuentes", huerto, s2)

    app1 = _apply(
        n, "Juan Manríquez", juan_tiendita, dt.date(2025, 5, 6), levels=["1B", "3B"], students=12
    )
    _tally(
        n,
        "Juan Manríquez",
        app1,
        {
            "feeling": {"feliz": {"1B": 5, "3B": 4}, "triste": {"3B": 1}},
            "again": {"si": {"1B": 7, "3B": 5}},
        },
    )
    app2 = _apply(
        n, "Ximena Paillalef", ximena_tiendita, dt.date(2025, 5, 20), levels=["2B"], students=6
    )
    _tally(
        n,
        "Ximena Paillalef",
        app2,
        {"feeling": {"feliz": {"2B": 3}, "mas_o_menos": {"2B": 2}, "triste": {"2B": 1}}},
    )
    app3 = _apply(n, "Ana Sepúlveda", ana_dados, dt.date(2025, 6, 10), levels=["4B"], students=8)
    _tally(n, "Ana Sepúlveda", app3, {"feeling": {"feliz": {"4B": 8}}})
    app4 = _apply(
        n, "Rosa Cifuentes", rosa_huerto_s2, dt.date(2025, 6, 15), levels=["5B"], students=4
    )

    _assess(
        n, "Juan Manríquez", juan_tiendita, "continue", day=dt.date(2025, 5, 10), application=app1
    )
    _assess(n, "Ximena Paillalef", ximena_tiendita, "adjust", day=dt.date(2025, 5, 25))
    _assess(n, "Ana Sepúlveda", ana_dados, "drop", day=dt.date(2025, 6, 12))
    _assess(n, "Rosa Cifuentes", rosa_huerto_s1, "continue", day=dt.date(2026, 1, 5))
    n.become(n.advisor)
    return Year(n, s1, s2, s3, {"app1": app1, "app2": app2, "app3": app3, "app4": app4})


def _ratio(numerator: int, denominator: int, rate: float | None) -> dict:
    return {"numerator": numerator, "denominator": denominator, "rate": rate}


def test_the_networks_figures(year: Year) -> None:
    doc = IndicatorService(year.network.ws.db, today=TODAY).network(2025).as_json()
    assert doc["schema"] == 2
    assert (doc["scope"], doc["year"], doc["as_of"], doc["person"]) == (
        "network",
        2025,
        "2025-11-30",
        None,
    )
    assert doc["attendance"] == {"present": 6, "absent": 1, "excused": 1, "rate": 0.75}
    assert doc["practices_shared"] == {"count": 3, "goal": 7, "rate": 0.4286}
    assert doc["adoption"] == _ratio(4, 6, 0.6667)
    assert doc["continuation"] == {
        "continue": 1,
        "adjust": 1,
        "drop": 1,
        **_ratio(2, 3, 0.6667),
    }
    assert doc["satisfaction"] == {
        "answers": 6,
        "useful": _ratio(2, 6, 0.3333),
        "prepared": _ratio(3, 6, 0.5),
        "trust": _ratio(5, 6, 0.8333),
        "applied": _ratio(2, 2, 1.0),
        # Only the 4s: the reading of the seed's "82 % muy útil".
        "top_box": {
            "useful": _ratio(2, 6, 0.3333),
            "prepared": _ratio(2, 6, 0.3333),
            "trust": _ratio(3, 6, 0.5),
            "applied": _ratio(0, 2, 0.0),
        },
    }
    assert doc["definitions"]["applied"]["goal"]["value"] == 0.605
    assert doc["definitions"]["applied"]["goal"]["basis"] == "agree_or_better"
    definitions = doc["definitions"]
    assert definitions["useful"]["goal"]["basis"] == "top_box"
    assert definitions["useful"]["goal"]["value"] == 0.82
    assert definitions["prepared"]["goal"]["value"] == 0.64
    assert definitions["trust"]["goal"]["basis"] == "agree_or_better"
    assert definitions["practices_shared"]["goal"]["value"] == 7
    assert definitions["continuation"]["goal"] is None
    assert all(d["numerator"] and d["denominator"] for d in definitions.values())


def test_per_session(year: Year) -> None:
    doc = IndicatorService(year.network.ws.db, today=TODAY).network(2025).as_json()
    s1, s2, s3 = doc["sessions"]
    assert (s1["id"], s2["id"], s3["id"]) == (year.s1, year.s2, year.s3)
    assert s1["attendance"] == {"present": 3, "absent": 1, "excused": 0, "rate": 0.75}
    assert s1["adoption"] == _ratio(2, 3, 0.6667)
    assert s1["satisfaction"]["useful"] == _ratio(2, 3, 0.6667)
    assert s2["attendance"] == {"present": 3, "absent": 0, "excused": 1, "rate": 0.75}
    assert s2["adoption"] == _ratio(2, 3, 0.6667)
    assert s2["satisfaction"]["trust"] == _ratio(3, 3, 1.0)
    assert s3["attendance"] == {"present": 0, "absent": 0, "excused": 0, "rate": None}
    assert s3["adoption"] == _ratio(0, 0, None)
    assert (s3["status"], s3["number"]) == ("planned", 3)


def test_exit_ticket_trends_per_month(year: Year) -> None:
    doc = IndicatorService(year.network.ws.db, today=TODAY).network(2025).as_json()
    tickets = doc["exit_tickets"]
    assert tickets["tallies"] == 3
    feeling, again = tickets["questions"]
    assert feeling["id"] == "feeling"
    assert feeling["prompt"] == "¿Cómo te sentiste hoy en la clase?"
    assert [o["id"] for o in feeling["options"]] == ["feliz", "mas_o_menos", "triste"]
    feliz = feeling["options"][0]
    assert feliz["label"] == "Me sentí bien"
    assert feliz["total"] == _ratio(20, 24, 0.8333)
    assert feliz["trend"] == [
        {"key": "2025-05", "date": "2025-05-01", **_ratio(12, 16, 0.75)},
        {"key": "2025-06", "date": "2025-06-01", **_ratio(8, 8, 1.0)},
    ]
    assert [p["numerator"] for p in feeling["options"][2]["trend"]] == [2, 0]
    assert again["options"] == [
        {
            "id": "si",
            "label": "Sí",
            "total": _ratio(12, 12, 1.0),
            "trend": [{"key": "2025-05", "date": "2025-05-01", **_ratio(12, 12, 1.0)}],
        }
    ]


def test_pending_items_per_teacher(year: Year) -> None:
    doc = IndicatorService(year.network.ws.db, today=TODAY).network(2025).as_json()
    pending = doc["pending"]
    assert pending["last_session"]["id"] == year.s2
    assert pending["last_session"]["date"] == "2025-05-29"
    rows = {t["name"]: t for t in pending["teachers"]}
    assert list(rows) == ["Ana Sepúlveda", "Juan Manríquez", "Rosa Cifuentes", "Ximena Paillalef"]
    assert {name: r["chose_at_last_session"] for name, r in rows.items()} == {
        "Ana Sepúlveda": True,
        "Juan Manríquez": None,  # excused: not expected
        "Rosa Cifuentes": True,
        "Ximena Paillalef": False,
    }
    assert {name: r["pending_self_assessments"] for name, r in rows.items()} == {
        "Ana Sepúlveda": 0,
        "Juan Manríquez": 0,
        "Rosa Cifuentes": 1,
        "Ximena Paillalef": 0,
    }


def test_other_years_and_the_default_year(year: Year) -> None:
    service = IndicatorService(year.network.ws.db, today=TODAY)
    older = service.network(2024).as_json()
    assert older["attendance"] == {"present": 0, "absent": 2, "excused": 0, "rate": 0.0}
    assert older["practices_shared"]["count"] == 1
    assert older["exit_tickets"] == {"tallies": 0, "questions": []}
    assert older["pending"]["last_session"]["date"] == "2024-11-14"
    assert service.network(2026).continuation.ratio == Ratio(1, 1)
    assert IndicatorService(year.network.ws.db, today=dt.date(2026, 2, 10)).default_year() == 2025
    assert service.for_me().year == 2025  # the advisor gets the network's
    assert service.for_me().scope == "network"


def test_a_teacher_sees_their_own(year: Year) -> None:
    year.network.become(year.id("Ximena Paillalef"))
    service = IndicatorService(year.network.ws.db, today=TODAY)
    result = service.for_me(2025)
    doc = result.as_json()
    assert doc["scope"] == "teacher"
    assert doc["person"] == {"id": year.id("Ximena Paillalef"), "name": "Ximena Paillalef"}
    assert doc["attendance"] == {"present": 2, "absent": 0, "excused": 0, "rate": 1.0}
    assert doc["adoption"] == _ratio(1, 2, 0.5)
    assert doc["practices_shared"] == {"count": 1, "goal": None, "rate": None}
    assert doc["continuation"] == {"continue": 0, "adjust": 1, "drop": 0, **_ratio(1, 1, 1.0)}
    # One database stands for every computer here, so the anonymous answer on it (Ana's)
    # reads as this computer's own: nothing in it says whose it is.
    assert doc["satisfaction"]["answers"] == 1
    [feeling] = doc["exit_tickets"]["questions"]
    assert feeling["options"][0]["trend"] == [
        {"key": year.apps["app2"], "date": "2025-05-20", **_ratio(3, 6, 0.5)}
    ]
    assert doc["pending"]["teachers"] == [
        {
            "id": year.id("Ximena Paillalef"),
            "name": "Ximena Paillalef",
            "school_id": doc["pending"]["teachers"][0]["school_id"],
            "chose_at_last_session": False,
            "pending_self_assessments": 0,
        }
    ]
    year.network.become(year.id("Ana Sepúlveda"))
    ana = service.mine(2025).as_json()
    assert ana["satisfaction"]["useful"] == _ratio(0, 1, 0.0)
    assert ana["satisfaction"]["prepared"] == _ratio(1, 1, 1.0)


def test_tombstones_do_not_count(year: Year) -> None:
    network = year.network
    network.become(year.id("Rosa Cifuentes"))
    AdoptionService(network.ws.db).delete_application(year.apps["app4"])
    network.become(network.advisor)
    doc = IndicatorService(network.ws.db, today=TODAY).network(2025).as_json()
    assert all(t["pending_self_assessments"] == 0 for t in doc["pending"]["teachers"])
    network.become(year.id("Juan Manríquez"))
    AdoptionService(network.ws.db).delete_application(year.apps["app1"])
    network.become(network.advisor)
    service = IndicatorService(network.ws.db, today=TODAY)
    assert service.network(2025).exit_tickets.tallies == 3  # the tally itself stays
    SessionService(network.ws.db).delete(year.s1)
    doc = service.network(2025).as_json()
    assert doc["attendance"] == {"present": 3, "absent": 0, "excused": 1, "rate": 0.75}
    assert doc["practices_shared"]["count"] == 2  # huerto and dados, at session 2


def test_progress_is_reported_and_can_stop(year: Year) -> None:
    class Recorder:
        def __init__(self) -> None:
            self.calls: list[tuple[int, int]] = []

        def report(self, done: int, total: int, text: str = "") -> None:
            self.calls.append((done, total))

        def check(self) -> None:
            if len(self.calls) == 3:
                raise KeyboardInterrupt

    recorder = Recorder()
    with pytest.raises(KeyboardInterrupt):
        IndicatorService(year.network.ws.db, today=TODAY).network(2025, progress=recorder)
    assert recorder.calls == [(1, 8), (2, 8), (3, 8)]

    class Quiet:
        calls = 0

        def report(self, done: int, total: int, text: str = "") -> None:
            Quiet.calls += 1

    IndicatorService(year.network.ws.db, today=TODAY).network(2025, progress=Quiet())
    assert Quiet.calls == 8


def test_the_exit_ticket_sums_are_cached_until_a_tally_changes(year: Year) -> None:
    network = year.network
    service = IndicatorService(network.ws.db, today=TODAY)
    assert service.network(2025).exit_tickets.questions[0].options[0].total == Ratio(20, 24)
    network.become(year.id("Ana Sepúlveda"))
    AdoptionService(network.ws.db).record_tally(
        TallyInput(application_id=year.apps["app3"], counts={"feeling": {"triste": {"4B": 8}}})
    )
    network.become(network.advisor)
    assert service.network(2025).exit_tickets.questions[0].options[0].total == Ratio(12, 24)
