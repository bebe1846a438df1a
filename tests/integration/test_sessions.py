"""Sessions as the advisor plans and records them: agenda, presentations, attendance,
minutes, the evaluation of presented practices and the satisfaction survey.

`Network` (also used by the other cycle tests) builds a microcentre by hand in one
database: the advisor's installation, plus teachers whose installations are simulated by
switching the person this database belongs to (`become`)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from minga.core.attachments import AttachmentStore
from minga.core.clock import FixedClock
from minga.core.identity import Stamper, device_id
from minga.core.workspace import Workspace
from minga.domain.cycle_rules import AdvisorOnlyError, AgendaItem, Ratio
from minga.domain.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    ValidationErrors,
)
from minga.i18n import catalog
from minga.services.home import home_summary
from minga.services.indicators import IndicatorService
from minga.services.practices import PracticeInput, PracticeService
from minga.services.sessions import (
    FeedbackInput,
    PresentationInput,
    SatisfactionInput,
    SessionInput,
    SessionService,
    parse_agenda_item,
)
from minga.services.setup import SetupInput, initialize, school_id_for_rbd
from minga.store import meta
from minga.store.models import Attendance, MicrocentreSession, Person, School

EN = catalog("en")

SCHOOLS = {"Los Boldos": "4512-8", "Quilaco Alto": "4533-0", "Rucamanque": "4568-3"}


@dataclass
class Network:
    """A hand-made microcentre in one database (one advisor, a few teachers)."""

    ws: Workspace
    advisor: str
    teachers: dict[str, str] = field(default_factory=dict)

    def become(self, person_id: str) -> None:
        """This database now plays the installation of `person_id`."""
        with self.ws.db.session() as session:
            meta.put(session, meta.PERSON_ID, person_id)

    def add_teacher(self, name: str, school: str) -> str:
        person_id = str(uuid.uuid4())
        rbd = SCHOOLS[school]
        school_id = school_id_for_rbd(rbd)
        with self.ws.db.session() as session:
            stamp = Stamper(session, device_id(session), person_id)
            if session.get(School, school_id) is None:
                session.add(stamp.stamp(School(id=school_id, name=school, rbd=rbd), new=True))
            session.add(
                stamp.stamp(
                    Person(id=person_id, name=name, role="teacher", school_id=school_id),
                    new=True,
                )
            )
        self.teachers[name] = person_id
        return person_id

    def practice(self, author: str, title: str) -> str:
        """A practice written by `author` (a teacher's name) on their installation."""
        self.become(self.teachers[author])
        try:
            service = PracticeService(self.ws.db, AttachmentStore(self.ws.dirs.attachments))
            return service.create(PracticeInput(title=title, status="ready")).id
        finally:
            self.become(self.advisor)


def build_network(ws: Workspace) -> Network:
    actor = initialize(
        ws.db,
        SetupInput(role="advisor", name="Patricio Riquelme", microcentre="Los Copihues"),
    )
    network = Network(ws, actor.person_id)
    network.add_teacher("Ana Sepúlveda", "Los Boldos")
    network.add_teacher("Juan Manríquez", "Quilaco Alto")
    network.add_teacher("Ximena Paillalef", "Rucamanque")
    network.add_teacher("Rosa Cifuentes", "Los Boldos")
    return network


@pytest.fixture
def network(workspace: Workspace) -> Network:
    return build_network(workspace)


@pytest.fixture
def sessions(network: Network) -> SessionService:
    return SessionService(network.ws.db)


AGENDA = [
    AgendaItem("Bienvenida", 10),
    AgendaItem("Presentaciones de prácticas", 45),
    AgendaItem("Evaluación y sugerencias", 30),
    AgendaItem("Elección de prácticas", 15),
]


def plan(sessions: SessionService, day: dt.date, **changes: object) -> str:
    data = SessionInput(date=day, title="Resolución de problemas", place="Los Boldos")
    for name, value in changes.items():
        setattr(data, name, value)
    return sessions.plan(data).id


# --- The plan --------------------------------------------------------------------------


def test_plan_a_session(sessions: SessionService, network: Network) -> None:
    detail = sessions.plan(
        SessionInput(
            date=dt.date(2025, 4, 24),
            title="  Compartimos prácticas  ",
            start_time="9:30",
            place="Escuela Rural Los Boldos",
            modality="blended",
            focus="Resolución de problemas",
            agenda=AGENDA,
        )
    )
    assert detail.title == "Compartimos prácticas"
    assert detail.start_time == "09:30"
    assert detail.number == 1
    assert detail.status == "planned"
    assert detail.agenda_minutes == 100
    assert detail.warnings == []
    assert detail.is_mine
    assert detail.owner == network.advisor
    second = sessions.plan(SessionInput(date=dt.date(2025, 5, 29), title="Segunda"))
    assert second.number == 2
    next_year = sessions.plan(SessionInput(date=dt.date(2026, 3, 26), title="Inicio"))
    assert next_year.number == 1


def test_an_agenda_over_the_allowance_warns_but_saves(sessions: SessionService) -> None:
    long_day = [AgendaItem("Jornada de planificación", 300), AgendaItem("Cierre", 61)]
    detail = sessions.plan(SessionInput(date=dt.date(2025, 4, 24), title="X", agenda=long_day))
    [warning] = detail.warnings
    assert warning.code == "allowance_exceeded"
    assert sessions.get(detail.id).agenda_minutes == 361


def test_the_allowance_is_monthly(sessions: SessionService) -> None:
    sessions.plan(
        SessionInput(date=dt.date(2025, 4, 3), title="A", agenda=[AgendaItem("Taller", 200)])
    )
    other_month = sessions.plan(
        SessionInput(date=dt.date(2025, 5, 3), title="B", agenda=[AgendaItem("Taller", 200)])
    )
    assert other_month.warnings == []
    same_month = sessions.plan(
        SessionInput(date=dt.date(2025, 4, 24), title="C", agenda=[AgendaItem("Taller", 161)])
    )
    [warning] = same_month.warnings
    assert warning.code == "month_allowance_exceeded"
    assert warning.params["minutes"] == 361


def test_a_half_done_form_names_every_bad_field(sessions: SessionService) -> None:
    with pytest.raises(ValidationErrors) as info:
        sessions.plan(
            SessionInput(
                date=None,
                title=" ",
                start_time="25:99",
                modality="zoom",
                agenda=[AgendaItem("Café", 0)],
            )
        )
    assert set(info.value.by_field()) == {"date", "title", "start_time", "modality", "agenda"}
    text = info.value.message(EN)
    assert "Date: This field is required." in text
    assert "Modality: Unknown modality 'zoom'" in text
    assert sessions.list_sessions() == []


def test_only_the_advisor_plans(sessions: SessionService, network: Network) -> None:
    network.become(network.teachers["Ana Sepúlveda"])
    with pytest.raises(AdvisorOnlyError) as info:
        sessions.plan(SessionInput(date=dt.date(2025, 4, 24), title="Mía"))
    assert "Ana Sepúlveda" in info.value.message(EN)


def test_only_the_owner_edits_and_the_message_names_them(
    sessions: SessionService, network: Network
) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))
    network.become(network.teachers["Juan Manríquez"])
    with pytest.raises(PermissionDeniedError) as info:
        sessions.update(session_id, SessionInput(date=dt.date(2025, 4, 25), title="Otra"))
    assert info.value.message(EN) == (
        "Only its author can change this record; it belongs to Patricio Riquelme."
    )
    with pytest.raises(PermissionDeniedError):
        sessions.set_minutes(session_id, "Acta")
    with pytest.raises(PermissionDeniedError):
        sessions.delete(session_id)
    network.become(network.advisor)
    assert sessions.get(session_id).title == "Resolución de problemas"


def test_edit_keeps_status_and_soft_delete(sessions: SessionService, network: Network) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))
    sessions.record_attendance(session_id, {network.teachers["Ana Sepúlveda"]: "present"})
    edited = sessions.update(
        session_id, SessionInput(date=dt.date(2025, 4, 24), title="Nuevo título", place="Sede")
    )
    assert edited.title == "Nuevo título"
    assert edited.status == "held"  # an edit without a status keeps it
    sessions.set_minutes(session_id, "  Asistieron todos.  ")
    assert sessions.get(session_id).minutes_text == "Asistieron todos."
    sessions.delete(session_id)
    with pytest.raises(NotFoundError):
        sessions.get(session_id)
    with sessions.db.session() as session:
        assert session.get(MicrocentreSession, session_id).deleted  # a tombstone
    sessions.restore(session_id)
    assert sessions.get(session_id).title == "Nuevo título"


def test_an_unchanged_edit_keeps_the_version(sessions: SessionService) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))

    def version() -> str:
        with sessions.db.session() as session:
            return session.get(MicrocentreSession, session_id).version

    before = version()
    sessions.set_minutes(session_id, "")
    assert version() == before
    sessions.set_minutes(session_id, "Acta")
    assert version() > before


def test_agenda_items_from_the_command_line() -> None:
    assert parse_agenda_item("Ronda de dificultades: 15") == AgendaItem("Ronda de dificultades", 15)
    assert parse_agenda_item("Hora: 9:00 café:10") == AgendaItem("Hora: 9:00 café", 10)
    with pytest.raises(ValidationError, match="Title:minutes"):
        parse_agenda_item("Bienvenida")


# --- Presentations ---------------------------------------------------------------------


def test_presentations_default_to_the_author_and_warn_over_15_minutes(
    sessions: SessionService, network: Network
) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))
    tiendita = network.practice("Ana Sepúlveda", "Tiendita escolar")
    huerto = network.practice("Juan Manríquez", "Huerto escolar")
    first = sessions.add_presentation(session_id, PresentationInput(practice_id=tiendita))
    assert first.presenter_id == network.teachers["Ana Sepúlveda"]
    assert first.presenter_name == "Ana Sepúlveda"
    assert (first.position, first.minutes, first.warnings) == (1, 15, [])
    second = sessions.add_presentation(
        session_id, PresentationInput(practice_id=huerto, minutes=20)
    )
    assert second.position == 2
    [warning] = second.warnings
    assert warning.message(EN) == (
        "The presentation 'Huerto escolar' takes 20 minutes; a presentation slot is at most "
        "15 minutes."
    )
    detail = sessions.get(session_id)
    assert [p.practice_title for p in detail.presentations] == [
        "Tiendita escolar",
        "Huerto escolar",
    ]
    assert [w.code for w in detail.warnings] == ["slot_exceeded"]
    sessions.update_presentation(second.id, minutes=15)
    assert sessions.get(session_id).warnings == []
    sessions.remove_presentation(first.id)
    assert [p.id for p in sessions.get(session_id).presentations] == [second.id]
    assert sessions.list_sessions()[0].presentations == 1


def test_bad_presentations_are_refused(sessions: SessionService, network: Network) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))
    tiendita = network.practice("Ana Sepúlveda", "Tiendita escolar")
    sessions.add_presentation(session_id, PresentationInput(practice_id=tiendita))
    with pytest.raises(ValidationErrors) as info:
        sessions.add_presentation(
            session_id, PresentationInput(practice_id=tiendita, presenter_id="nadie", minutes=0)
        )
    assert set(info.value.by_field()) == {"practice", "presenter", "minutes"}
    assert "already on the session's programme" in info.value.message(EN)
    with pytest.raises(ValidationErrors) as info:
        sessions.add_presentation(session_id, PresentationInput(practice_id="no-existe"))
    assert "The practice no-existe is not in this notebook." in info.value.message(EN)


# --- Attendance ------------------------------------------------------------------------


def test_attendance_is_upserted_and_the_session_becomes_held(
    sessions: SessionService, network: Network
) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))
    ana, juan, ximena, rosa = network.teachers.values()
    detail = sessions.record_attendance(
        session_id,
        {ana: "present", juan: "present", ximena: "absent", rosa: "excused"},
        notes={rosa: "Licencia médica"},
    )
    assert detail.status == "held"
    assert detail.attendance_rate == Ratio(2, 4)
    assert {a.person_name: a.status for a in detail.attendance}["Rosa Cifuentes"] == "excused"
    # Ximena arrived late: one row per person, updated.
    detail = sessions.record_attendance(session_id, {ximena: "present"})
    assert detail.attendance_rate == Ratio(3, 4)
    with sessions.db.session() as session:
        rows = session.scalars(select(Attendance).where(Attendance.session_id == session_id))
        assert len(list(rows)) == 4
    [row] = sessions.list_sessions(2025)
    assert (row.present, row.absent, row.excused) == (3, 0, 1)
    assert row.attendance.rate == 0.75
    assert row.as_json()["attendance"] == {"present": 3, "absent": 0, "excused": 1, "rate": 0.75}


def test_attendance_can_be_given_with_the_plan(sessions: SessionService, network: Network) -> None:
    ana = network.teachers["Ana Sepúlveda"]
    detail = sessions.plan(
        SessionInput(date=dt.date(2025, 4, 24), title="Ya realizada"), attendance={ana: "present"}
    )
    assert detail.status == "held"
    assert detail.attendance_rate == Ratio(1, 1)


def test_bad_attendance_changes_nothing(sessions: SessionService, network: Network) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))
    ana = network.teachers["Ana Sepúlveda"]
    with pytest.raises(ValidationErrors) as info:
        sessions.record_attendance(session_id, {ana: "late", "desconocido": "present"})
    text = info.value.message(EN)
    assert "Unknown attendance 'late'" in text
    assert "'desconocido' is not a member of the microcentre" in text
    assert sessions.get(session_id).attendance == []
    assert sessions.get(session_id).status == "planned"


def test_listing_latest_and_last_held(sessions: SessionService, network: Network) -> None:
    april = plan(sessions, dt.date(2025, 4, 24), status="held")
    may = plan(sessions, dt.date(2025, 5, 29))
    plan(sessions, dt.date(2026, 3, 26))
    assert [r.id for r in sessions.list_sessions(2025)] == [april, may]
    assert len(sessions.list_sessions()) == 3
    assert sessions.latest_session().date == dt.date(2026, 3, 26)
    assert sessions.last_held_session(dt.date(2025, 5, 1)).id == april
    # May's session was never marked held: it is not the last one held after its date.
    assert sessions.last_held_session(dt.date(2025, 6, 30)).id == april
    assert sessions.last_held_session(dt.date(2025, 1, 1)) is None


def test_held_means_held(clock: FixedClock, data_dir: Path) -> None:
    """A planned session whose date has passed is "to close": listed as such, never the
    last one held, not counted by Inicio nor by the indicators, until it is marked held."""
    clock.set(dt.datetime(2027, 5, 20, 15, 0, tzinfo=dt.UTC))
    with Workspace(data_dir, clock=clock) as ws:
        network = build_network(ws)
        sessions = SessionService(ws.db)
        march = plan(sessions, dt.date(2027, 3, 25), status="held")
        april = plan(sessions, dt.date(2027, 4, 29))
        june = plan(sessions, dt.date(2027, 6, 24))
        network.practice("Ana Sepúlveda", "Tiendita escolar")

        states = {r.id: r.state for r in sessions.list_sessions(2027)}
        assert states == {march: "held", april: "to_close", june: "planned"}
        assert [r.as_json()["state"] for r in sessions.list_sessions(2027)] == [
            "held",
            "to_close",
            "planned",
        ]
        assert sessions.last_held_session().id == march
        home = home_summary(ws.db).network
        assert home.sessions_held_this_year == 1
        assert [s.id for s in home.to_close] == [april]
        assert home.next_session is not None
        assert home.next_session.id == june
        pending = IndicatorService(ws.db).network(2027).pending
        assert pending.last_session is not None
        assert pending.last_session.id == march

        # Taking the attendance closes it; the clock moving on makes June's due.
        sessions.record_attendance(april, {network.teachers["Ana Sepúlveda"]: "present"})
        clock.advance(days=40)
        states = {r.id: r.state for r in sessions.list_sessions(2027)}
        assert states == {march: "held", april: "held", june: "to_close"}
        assert sessions.last_held_session().id == april
        home = home_summary(ws.db).network
        assert [s.id for s in home.to_close] == [june]
        assert home.next_session is None


# --- Evaluation of presented practices -------------------------------------------------


def test_feedback_is_the_advisors(sessions: SessionService, network: Network) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))
    tiendita = network.practice("Ana Sepúlveda", "Tiendita escolar")
    juan = network.teachers["Juan Manríquez"]
    feedback = sessions.add_feedback(
        FeedbackInput(
            practice_id=tiendita,
            session_id=session_id,
            author_id=juan,
            strengths="Material concreto muy claro",
            suggestions="Agregar monedas de $500",
            replicability="with_adjustments",
        )
    )
    assert feedback.author_name == "Juan Manríquez"
    assert feedback.owner == network.advisor
    assert [f.id for f in sessions.list_feedback(practice_id=tiendita)] == [feedback.id]
    updated = sessions.update_feedback(
        feedback.id,
        FeedbackInput(practice_id=tiendita, session_id=session_id, replicability="yes"),
    )
    assert updated.replicability == "yes"
    network.become(juan)
    with pytest.raises(AdvisorOnlyError):
        sessions.add_feedback(FeedbackInput(practice_id=tiendita))
    with pytest.raises(PermissionDeniedError, match="Patricio Riquelme"):
        sessions.delete_feedback(feedback.id)
    network.become(network.advisor)
    with pytest.raises(ValidationErrors) as info:
        sessions.add_feedback(FeedbackInput(practice_id=tiendita, replicability="maybe"))
    assert "Unknown replicability 'maybe'" in info.value.message(EN)
    sessions.delete_feedback(feedback.id)
    assert sessions.list_feedback(session_id=session_id) == []


# --- Satisfaction survey ---------------------------------------------------------------


def test_survey_per_attendee_and_as_tallies(sessions: SessionService, network: Network) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))
    ana = network.teachers["Ana Sepúlveda"]
    # Paper forms entered by the advisor, as a tally: 3 people answered 4/3/4.
    sessions.record_satisfaction(
        session_id, SatisfactionInput(useful=4, prepared=3, trust=4, count=3)
    )
    sessions.record_satisfaction(
        session_id, SatisfactionInput(useful=2, prepared=2, trust=3, count=1)
    )
    # Ana answers for herself: anonymously, once, and only her computer shows it back.
    network.become(ana)
    mine = sessions.record_satisfaction(
        session_id, SatisfactionInput(useful=4, prepared=2, trust=1, applied=3)
    )
    assert mine.is_mine
    assert mine.anonymous
    assert mine.respondent_id is None
    with pytest.raises(ValidationErrors) as info:
        sessions.record_satisfaction(session_id, SatisfactionInput(useful=1, applied=1))
    assert "already answered" in info.value.message(EN)
    assert sessions.my_survey_answer(session_id) == mine
    with pytest.raises(ValidationErrors):
        sessions.record_satisfaction(session_id, SatisfactionInput(count=2))
    network.become(network.advisor)
    summary = sessions.satisfaction_summary(session_id)
    # Only tallies count; one anonymous answer waits for two more before it shows.
    assert summary.answers == 4
    assert summary.waiting == 1
    assert summary.useful == Ratio(3, 4)
    assert summary.prepared == Ratio(3, 4)
    assert summary.trust == Ratio(4, 4)
    assert summary.applied == Ratio(0, 0)  # paper forms that did not ask it


def test_survey_answers_are_checked(sessions: SessionService, network: Network) -> None:
    session_id = plan(sessions, dt.date(2025, 4, 24))
    ana = network.teachers["Ana Sepúlveda"]
    with pytest.raises(ValidationErrors) as info:
        sessions.record_satisfaction(
            session_id,
            SatisfactionInput(useful=5, prepared=0, trust=4, count=2, respondent_id=ana),
        )
    assert set(info.value.by_field()) == {"useful", "prepared", "respondent"}
    with pytest.raises(ValidationErrors) as info:
        sessions.record_satisfaction(session_id, SatisfactionInput(count=0))
    assert "a whole number from 1 to 500" in info.value.message(EN)


def test_the_data_folder_is_a_real_sqlite_file(network: Network, data_dir: Path) -> None:
    assert (data_dir / "minga.sqlite3").exists()
