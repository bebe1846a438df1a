"""Stages 3 to 5: choosing and applying practices, exit-ticket tallies, self-assessment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from minga.core.workspace import Workspace
from minga.domain.errors import NotFoundError, PermissionDeniedError, ValidationErrors
from minga.i18n import catalog
from minga.services.adoption import (
    AdoptionInput,
    AdoptionService,
    ApplicationInput,
    SelfAssessmentInput,
    TallyInput,
)
from minga.services.sessions import SessionInput, SessionService
from minga.services.templates import default_template_id
from tests.integration.test_sessions import Network, build_network

EN = catalog("en")
APRIL = dt.date(2025, 4, 24)


@dataclass
class Cycle:
    network: Network
    adoption: AdoptionService
    session_id: str
    tiendita: str  # Ana's practice
    huerto: str  # Juan's practice

    def teacher(self, name: str) -> str:
        return self.network.teachers[name]


@pytest.fixture
def cycle(workspace: Workspace) -> Cycle:
    network = build_network(workspace)
    tiendita = network.practice("Ana Sepúlveda", "Tiendita escolar")
    huerto = network.practice("Juan Manríquez", "Huerto escolar")
    sessions = SessionService(workspace.db)
    t = network.teachers
    session_id = sessions.plan(
        SessionInput(date=APRIL, title="Compartimos prácticas"),
        attendance={
            t["Ana Sepúlveda"]: "present",
            t["Juan Manríquez"]: "present",
            t["Ximena Paillalef"]: "present",
            t["Rosa Cifuentes"]: "absent",
        },
    ).id
    return Cycle(
        network, AdoptionService(workspace.db, today=dt.date(2025, 5, 30)), session_id, tiendita,
        huerto,
    )  # fmt: skip


def choose_as(cycle: Cycle, name: str, practice: str) -> str:
    cycle.network.become(cycle.teacher(name))
    return cycle.adoption.choose(
        AdoptionInput(practice_id=practice, session_id=cycle.session_id)
    ).id


# --- Choice ----------------------------------------------------------------------------


def test_a_teacher_chooses_a_colleagues_practice(cycle: Cycle) -> None:
    cycle.network.become(cycle.teacher("Juan Manríquez"))
    info = cycle.adoption.choose(
        AdoptionInput(practice_id=cycle.tiendita, session_id=cycle.session_id)
    )
    assert info.practice_title == "Tiendita escolar"
    assert info.chosen_on == APRIL  # the session's date
    assert info.status == "chosen"
    assert info.owner_name == "Juan Manríquez"
    assert info.school_id is not None
    assert [a.id for a in cycle.adoption.my_adoptions()] == [info.id]


def test_choices_that_make_no_sense_are_refused(cycle: Cycle) -> None:
    cycle.network.become(cycle.teacher("Ana Sepúlveda"))
    with pytest.raises(ValidationErrors) as info:
        cycle.adoption.choose(AdoptionInput(practice_id=cycle.tiendita))
    assert "This practice is yours" in info.value.message(EN)
    cycle.adoption.choose(AdoptionInput(practice_id=cycle.huerto, session_id=cycle.session_id))
    with pytest.raises(ValidationErrors) as info:
        cycle.adoption.choose(AdoptionInput(practice_id=cycle.huerto, session_id=cycle.session_id))
    assert "You already chose this practice at this session." in info.value.message(EN)
    with pytest.raises(ValidationErrors) as info:
        cycle.adoption.choose(
            AdoptionInput(practice_id="no-existe", session_id="tampoco", visibility="todos")
        )
    assert set(info.value.by_field()) == {"practice", "session", "visibility"}


def test_who_has_not_chosen_looks_at_the_teachers_present(cycle: Cycle) -> None:
    names = [p.name for p in cycle.adoption.who_has_not_chosen(cycle.session_id)]
    assert names == ["Ana Sepúlveda", "Juan Manríquez", "Ximena Paillalef"]  # Rosa was absent
    choose_as(cycle, "Juan Manríquez", cycle.tiendita)
    choose_as(cycle, "Rosa Cifuentes", cycle.tiendita)  # absent, chose anyway
    names = [p.name for p in cycle.adoption.who_has_not_chosen(cycle.session_id)]
    assert names == ["Ana Sepúlveda", "Ximena Paillalef"]


def test_without_attendance_every_active_teacher_is_expected(cycle: Cycle) -> None:
    cycle.network.become(cycle.network.advisor)
    other = SessionService(cycle.network.ws.db).plan(SessionInput(date=APRIL, title="Sin lista"))
    assert len(cycle.adoption.who_has_not_chosen(other.id)) == 4
    with pytest.raises(NotFoundError):
        cycle.adoption.who_has_not_chosen("no-existe")


# --- Applications and exit tickets -----------------------------------------------------


def test_applications_and_tallies(cycle: Cycle) -> None:
    adoption_id = choose_as(cycle, "Juan Manríquez", cycle.tiendita)
    application = cycle.adoption.record_application(
        ApplicationInput(
            adoption_id=adoption_id,
            applied_on=dt.date(2025, 5, 6),
            levels=["3°", "1° básico", "1B"],
            students_present=12,
        )
    )
    assert application.levels == ["1B", "3B"]
    assert cycle.adoption.get(adoption_id).status == "applied"
    tally = cycle.adoption.record_tally(
        TallyInput(
            application_id=application.id,
            counts={
                "feeling": {"feliz": {"1B": 5, "3B": 4}, "triste": {"3B": 1}},
                "again": {"si": {"1B": 7, "3B": 5}},
            },
        )
    )
    assert tally.template_id == default_template_id("exit_ticket")
    assert tally.students_present == 12
    assert tally.totals == {"feeling": {"feliz": 9, "triste": 1}, "again": {"si": 12}}
    # Recording again replaces the tally of that application.
    again = cycle.adoption.record_tally(
        TallyInput(application_id=application.id, counts={"again": {"no": {"1B": 2}}})
    )
    assert again.id == tally.id
    assert cycle.adoption.get_tally(application.id).totals == {"again": {"no": 2}}
    [app] = cycle.adoption.get(adoption_id).applications
    assert app.tally is not None
    assert app.tally.counts == {"again": {"no": {"1B": 2}}}


def test_counts_cannot_exceed_students_present(cycle: Cycle) -> None:
    adoption_id = choose_as(cycle, "Juan Manríquez", cycle.tiendita)
    application = cycle.adoption.record_application(
        ApplicationInput(
            adoption_id=adoption_id, applied_on=dt.date(2025, 5, 6), levels=["1B", "2B"],
            students_present=8,
        )
    )  # fmt: skip
    with pytest.raises(ValidationErrors) as info:
        cycle.adoption.record_tally(
            TallyInput(
                application_id=application.id,
                counts={"feeling": {"feliz": {"1B": 6}, "triste": {"2B": 3}}},
            )
        )
    assert "Question 'feeling' has 9 answers, but only 8 students were present." in (
        info.value.message(EN)
    )
    with pytest.raises(ValidationErrors) as info:
        cycle.adoption.record_tally(
            TallyInput(
                application_id=application.id,
                counts={"feeling": {"feliz": {"1B": 5}}},
                students_by_level={"1B": 4, "2B": 4},
            )
        )
    assert "has 5 answers in 1B, but only 4 students of that level" in info.value.message(EN)
    with pytest.raises(ValidationErrors) as info:
        cycle.adoption.record_tally(
            TallyInput(
                application_id=application.id,
                counts={"feeling": {"feliz": {"1B": 1}}},
                students_by_level={"1B": 4, "2B": 3},
            )
        )
    assert "add up to 7, but the application had 8" in info.value.message(EN)
    with pytest.raises(ValidationErrors) as info:
        cycle.adoption.record_tally(
            TallyInput(
                application_id=application.id, counts={"feeling": {"feliz": {"1B": "Pedro"}}}
            )
        )
    assert "never names or text" in info.value.message(EN)
    assert cycle.adoption.get_tally(application.id) is None


def test_bad_applications(cycle: Cycle) -> None:
    adoption_id = choose_as(cycle, "Juan Manríquez", cycle.tiendita)
    with pytest.raises(ValidationErrors) as info:
        cycle.adoption.record_application(
            ApplicationInput(adoption_id=adoption_id, levels=[], students_present=0)
        )
    assert set(info.value.by_field()) == {"levels", "students_present", "date"}
    assert "Students present: The students present must be a whole number from 1 to 500." in (
        info.value.message(EN)
    )


def test_only_the_adopter_records_applications_tallies_and_assessments(cycle: Cycle) -> None:
    adoption_id = choose_as(cycle, "Juan Manríquez", cycle.tiendita)
    application = cycle.adoption.record_application(
        ApplicationInput(
            adoption_id=adoption_id, applied_on=dt.date(2025, 5, 6), levels=["1B"],
            students_present=5,
        )
    )  # fmt: skip
    cycle.network.become(cycle.teacher("Ximena Paillalef"))
    with pytest.raises(PermissionDeniedError) as info:
        cycle.adoption.record_application(
            ApplicationInput(adoption_id=adoption_id, applied_on=APRIL, levels=["1B"])
        )
    assert "it belongs to Juan Manríquez" in info.value.message(EN)
    with pytest.raises(PermissionDeniedError):
        cycle.adoption.record_tally(TallyInput(application_id=application.id, counts={}))
    with pytest.raises(PermissionDeniedError):
        cycle.adoption.record_self_assessment(SelfAssessmentInput(adoption_id=adoption_id))
    with pytest.raises(PermissionDeniedError):
        cycle.adoption.withdraw(adoption_id)


# --- Self-assessment -------------------------------------------------------------------


def test_self_assessment_against_the_rubric(cycle: Cycle) -> None:
    adoption_id = choose_as(cycle, "Juan Manríquez", cycle.tiendita)
    application = cycle.adoption.record_application(
        ApplicationInput(
            adoption_id=adoption_id, applied_on=dt.date(2025, 5, 6), levels=["1B"],
            students_present=5,
        )
    )  # fmt: skip
    info = cycle.adoption.record_self_assessment(
        SelfAssessmentInput(
            adoption_id=adoption_id,
            application_id=application.id,
            decision="adjust",
            ratings={"planning": 3, "climate": 4},
            adjustments="Usé monedas reales",
            reflection="Los de primero necesitaron más tiempo.",
        )
    )
    assert info.written_on == dt.date(2025, 5, 30)  # the service's today
    assert info.template_id == default_template_id("self_assessment_rubric")
    # Writing it again updates the same self-assessment.
    again = cycle.adoption.record_self_assessment(
        SelfAssessmentInput(
            adoption_id=adoption_id, application_id=application.id, decision="continue"
        )
    )
    assert again.id == info.id
    assert cycle.adoption.get(adoption_id).self_assessments[0].decision == "continue"
    with pytest.raises(ValidationErrors) as err:
        cycle.adoption.record_self_assessment(
            SelfAssessmentInput(
                adoption_id=adoption_id,
                application_id="otra",
                decision="maybe",
                ratings={"planning": 5, "humor": 2},
            )
        )
    text = err.value.message(EN)
    assert "Unknown decision 'maybe'" in text
    assert "Rate 'planning' with a level from 1 to 4." in text
    assert "'humor' is not a criterion of the rubric." in text
    assert "The application otra is not one of this adoption." in text


def test_pending_self_assessments_per_teacher(cycle: Cycle) -> None:
    juan = choose_as(cycle, "Juan Manríquez", cycle.tiendita)
    first, second = (
        cycle.adoption.record_application(
            ApplicationInput(adoption_id=juan, applied_on=day, levels=["1B"], students_present=5)
        ).id
        for day in (dt.date(2025, 5, 6), dt.date(2025, 5, 20))
    )
    ximena = choose_as(cycle, "Ximena Paillalef", cycle.huerto)
    third = cycle.adoption.record_application(
        ApplicationInput(
            adoption_id=ximena, applied_on=dt.date(2025, 5, 8), levels=["2B"], students_present=3
        )
    ).id
    pending = {p.person.name: [a.application_id for a in p.applications]
               for p in cycle.adoption.pending_self_assessments()}  # fmt: skip
    assert pending == {"Juan Manríquez": [first, second], "Ximena Paillalef": [third]}
    # A self-assessment of the adoption written after both applications covers both.
    cycle.network.become(cycle.teacher("Juan Manríquez"))
    cycle.adoption.record_self_assessment(
        SelfAssessmentInput(adoption_id=juan, written_on=dt.date(2025, 5, 21))
    )
    pending = cycle.adoption.pending_self_assessments()
    assert [(p.person.name, len(p.applications)) for p in pending] == [("Ximena Paillalef", 1)]
    assert pending[0].applications[0].practice_title == "Huerto escolar"
    # One naming the application covers it, whatever its date.
    cycle.network.become(cycle.teacher("Ximena Paillalef"))
    cycle.adoption.record_self_assessment(
        SelfAssessmentInput(
            adoption_id=ximena, application_id=third, written_on=dt.date(2025, 5, 1)
        )
    )
    assert cycle.adoption.pending_self_assessments() == []
    assert cycle.adoption.pending_self_assessments(year=2024) == []


def test_withdraw_and_delete_are_tombstones(cycle: Cycle) -> None:
    adoption_id = choose_as(cycle, "Juan Manríquez", cycle.tiendita)
    application = cycle.adoption.record_application(
        ApplicationInput(
            adoption_id=adoption_id, applied_on=dt.date(2025, 5, 6), levels=["1B"],
            students_present=5,
        )
    )  # fmt: skip
    cycle.adoption.delete_application(application.id)
    assert cycle.adoption.get(adoption_id).applications == []
    cycle.adoption.withdraw(adoption_id)
    with pytest.raises(NotFoundError):
        cycle.adoption.get(adoption_id)
    # The choice can be made again after withdrawing it.
    choose_as(cycle, "Juan Manríquez", cycle.tiendita)
