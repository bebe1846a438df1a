"""The start page's summary: real counts from the database, for each role."""

from __future__ import annotations

import datetime as dt

import pytest

from minga.core.identity import stamper
from minga.core.workspace import Workspace
from minga.domain.errors import NotInitializedError
from minga.services.drafts import DraftService
from minga.services.home import DEFAULT_ANNUAL_GOAL, home_summary, shell_info
from minga.services.practices import PracticeInput
from minga.services.setup import SetupInput, initialize
from minga.store.models import Microcentre, MicrocentreSession, Person, Presentation
from minga.sync.membership import STUB_VERSION

TODAY = dt.date(2026, 6, 15)


def test_shell_info_names_person_school_and_microcentre(teacher):
    info = shell_info(teacher.db)

    assert info.person_name == "Ana María Huenchumilla"
    assert info.role == "teacher"
    assert info.school_name == "Escuela Rural Los Boldos"
    assert info.microcentre_name == "Microcentro Los Copihues"


def test_not_initialized_is_a_minga_error(workspace):
    with pytest.raises(NotInitializedError):
        shell_info(workspace.db)


def test_fresh_teacher_has_zeros_and_the_default_goal(teacher):
    summary = home_summary(teacher.db, today=TODAY)

    assert summary.my_practices_total == 0
    assert summary.my_practices_by_status == {"draft": 0, "ready": 0, "presented": 0}
    assert summary.my_recent == []
    assert summary.network_recent == []
    assert summary.drafts == []
    assert summary.drafts_total == 0
    assert summary.network.schools == 1
    assert summary.network.teachers == 1
    assert summary.network.annual_goal == DEFAULT_ANNUAL_GOAL
    assert summary.network.next_session is None
    assert not summary.is_advisor


def test_teacher_counts_by_status_recent_and_drafts(teacher, practices):
    for title, status in [
        ("Huerto escolar multigrado", "draft"),
        ("Lectura compartida con cuentos mapuche", "ready"),
        ("Tablas de multiplicar con semillas", "ready"),
        ("Feria de ciencias del microcentro", "presented"),
    ]:
        practices.create(PracticeInput(title=title, status=status))
    gone = practices.create(PracticeInput(title="Borrada", status="ready"))
    practices.delete(gone.id)
    drafts = DraftService(teacher.db)
    drafts.save("practice", {"title": "Cuentacuentos"})
    newest = drafts.save("practice", {"title": "Geometría con origami"})

    summary = home_summary(teacher.db, today=TODAY, recent_limit=3)

    assert summary.my_practices_by_status == {"draft": 1, "ready": 2, "presented": 1}
    assert summary.my_practices_total == 4
    assert [p.title for p in summary.my_recent] == [
        "Feria de ciencias del microcentro",
        "Tablas de multiplicar con semillas",
        "Lectura compartida con cuentos mapuche",
    ]
    assert summary.my_recent[0].author_name == "Ana María Huenchumilla"
    assert summary.my_recent[0].school_name == "Escuela Rural Los Boldos"
    assert summary.network_recent == []  # only my own practices so far
    assert summary.network.practices == 4
    assert summary.drafts_total == 2
    assert summary.drafts[0].id == newest
    assert summary.drafts[0].title == "Geometría con origami"


def _add_session(session, actor, date, *, title, status="planned"):
    row = MicrocentreSession(date=date, title=title, place="Escuela Los Boldos", status=status)
    stamper(session, actor).stamp(row, new=True)
    session.add(row)
    session.flush()
    return row


def test_advisor_network_counts_goal_and_next_session(tmp_path):
    from minga.core.attachments import AttachmentStore
    from minga.core.identity import current_actor
    from minga.services.practices import PracticeService

    with Workspace(tmp_path / "advisor") as ws:
        initialize(
            ws.db,
            SetupInput(role="advisor", name="Rosa Catrileo", microcentre="Microcentro Andalién"),
        )
        service = PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))
        shared = service.create(PracticeInput(title="Resolución de problemas en parejas"))
        other = service.create(PracticeInput(title="Bitácora de lectura"))
        with ws.db.session() as session:
            actor = current_actor(session)
            microcentre = session.get(Microcentre, actor.microcentre_id)
            microcentre.annual_goal_practices = 9
            # A colleague known from the roster (a person's record is only ever written
            # by that person: here it arrives as a roster row, not stamped locally).
            colleague_id = "0b0e6a2e-5a41-4b8e-9f5e-6c1d2a3b4c5d"
            colleague = Person(
                id=colleague_id,
                owner=colleague_id,
                version=STUB_VERSION,
                name="Juan Pérez",
                role="teacher",
                updated_at=dt.datetime(1970, 1, 1, tzinfo=dt.UTC),
            )
            session.add(colleague)
            last_year = _add_session(
                session, actor, dt.date(2025, 11, 3), title="Noviembre", status="held"
            )
            april = _add_session(session, actor, dt.date(2026, 4, 6), title="Abril", status="held")
            # Its date has passed but nobody closed it: "to close", neither held nor next.
            may = _add_session(session, actor, dt.date(2026, 5, 11), title="Mayo")
            _add_session(session, actor, dt.date(2026, 7, 6), title="Julio")
            for session_row, practice in [
                (april, shared),
                (april, shared),
                (last_year, other),
                (may, other),
            ]:
                presentation = Presentation(
                    session_id=session_row.id, practice_id=practice.id, presenter_id=actor.person_id
                )
                stamper(session, actor).stamp(presentation, new=True)
                session.add(presentation)

        summary = home_summary(ws.db, today=TODAY)

    assert summary.is_advisor
    assert summary.info.school_name == ""
    assert summary.info.microcentre_name == "Microcentro Andalién"
    network = summary.network
    assert network.schools == 0
    assert network.teachers == 1  # the advisor is not counted as a teacher
    assert network.practices == 2
    assert network.shared_this_year == 1  # presented twice, counted once; 2025 left out
    assert network.annual_goal == 9
    assert network.sessions_held_this_year == 1
    assert network.next_session is not None
    assert network.next_session.title == "Julio"
    assert network.next_session.date == dt.date(2026, 7, 6)
    assert [s.title for s in network.to_close] == ["Mayo"]
    # The advisor's own practices belong to the network they watch.
    assert [p.title for p in summary.network_recent] == [
        "Bitácora de lectura",
        "Resolución de problemas en parejas",
    ]
