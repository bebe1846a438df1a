"""What the school year adds to the printed guide, read back from the PDF on Carta and
Oficio: the previous session's acta with the agreements open on the session's date,
guest presenters with their institution, the coordinator, the agenda's clock times for
each presentation, and figures "up to" the day before the session (a reprinted older
guide shows nothing of the sessions that came after it)."""

from __future__ import annotations

import datetime as dt

import pytest

from minga.services import printing
from minga.services.practices import PracticeInput, PracticeService
from minga.services.sessions import PresentationInput, SessionInput, SessionService
from minga.services.year import AgreementService
from tests.reports.conftest import TODAY, flat_text, pdf_reader


def _held(ws) -> list:
    return [s for s in SessionService(ws.db).list_sessions() if s.status == "held"]


@pytest.mark.parametrize("paper", ["carta", "oficio"])
def test_the_guide_prints_the_previous_acta_and_the_open_agreements(
    advisor_demo, files, tmp_path, paper
):
    db = advisor_demo.db
    held = _held(advisor_demo)
    previous, current = held[-2], held[-1]
    sessions = SessionService(db)
    sessions.set_minutes(previous.id, "Se acordó visitar la huerta de Los Boldos.")
    teacher = next(a.person_id for a in sessions.get(previous.id).attendance)
    teacher_name = sessions.get(previous.id).attendance[0].person_name
    agreements = AgreementService(db)
    open_one = agreements.add(
        previous.id,
        "Traer fotos de la huerta",
        responsible_id=teacher,
        due_on=current.date - dt.timedelta(days=3),
    )
    network_one = agreements.add(previous.id, "Leer el texto de la Universidad")
    agreements.mark_done(network_one.id, current.date + dt.timedelta(days=2))  # after: open
    closed = agreements.add(previous.id, "Acuerdo ya cumplido")
    agreements.mark_done(closed.id, current.date - dt.timedelta(days=10))
    detail = sessions.get(current.id)
    sessions.update(
        current.id,
        SessionInput(
            date=detail.date,
            title=detail.title,
            start_time="15:00",
            place=detail.place,
            modality=detail.modality,
            focus=detail.focus,
            agenda=detail.agenda,
            coordinator_id=teacher,
        ),
    )
    guest_practice = PracticeService(db, files).create(
        PracticeInput(title="Estrategias de lectura en multigrado", status="ready")
    )
    sessions.add_presentation(
        current.id,
        PresentationInput(
            practice_id=guest_practice.id,
            guest_name="Dra. Carmen Sáez",
            guest_institution="Universidad de Concepción",
        ),
    )

    document = printing.build_session_guide(
        db, files, current.id, tmp_path / f"guia-{paper}.pdf", lang="en", paper=paper, today=TODAY
    )
    text = flat_text(document.path)
    assert "Previous minutes and agreements" in text
    assert f"Minutes of session No. {previous.number}" in text
    assert "Se acordó visitar la huerta de Los Boldos." in text
    assert "Traer fotos de la huerta" in text
    assert "Leer el texto de la Universidad" in text
    assert "Acuerdo ya cumplido" not in text
    assert "The whole network" in text
    assert open_one.id not in text
    assert "Dra. Carmen Sáez (Universidad de Concepción)" in text
    assert f"Coordination {teacher_name}" in text
    # The presentations' times are clock times from the start, never durations.
    talks = len(sessions.get(current.id).presentations)
    assert text.count("Presentation ") >= talks
    programme = text.split("Practices to be presented", 1)[1].split("Previous minutes", 1)[0]
    assert "min" not in programme.split("Time", 1)[1]
    assert programme.count("–") >= talks
    # One evaluation sheet per participant, every presentation on each.
    sheets = text.count("Evaluation of the presentations ·")
    assert sheets >= 2
    assert text.count("Could you replicate it in your school?") == sheets * talks
    assert document.pages == len(pdf_reader(document.path).pages)


def test_a_reprinted_older_guide_shows_figures_up_to_its_date(advisor_demo, files, tmp_path):
    from minga.services.indicators import IndicatorService

    db = advisor_demo.db
    held = _held(advisor_demo)
    this_year = [s for s in held if s.date.year == held[-1].date.year]
    early = this_year[1]
    assert [s for s in this_year if s.date > early.date]
    day_before = early.date - dt.timedelta(days=1)
    guide = printing.gather_session_guide(db, files, early.id)
    summary = guide.summary
    assert summary.as_of == day_before
    assert [f.date for f in summary.sessions] == [s.date for s in this_year if s.date < early.date]
    whole_year = IndicatorService(db, today=TODAY).network(early.date.year)
    assert summary.tallies < whole_year.exit_tickets.tallies
    assert summary.attendance.denominator < whole_year.attendance.ratio.denominator
    document = printing.build_session_guide(
        db, files, early.id, tmp_path / "antigua.pdf", lang="en", today=TODAY
    )
    text = flat_text(document.path)
    assert f"figures up to {day_before:%B} {day_before.day}, {day_before.year}" in text


@pytest.mark.parametrize("paper", ["carta", "oficio"])
def test_the_period_report_records_decree_hours_modality_and_rbd(
    advisor_demo, files, tmp_path, paper
):
    from minga.services.year import YearService
    from minga.store.models import School

    db = advisor_demo.db
    year = _held(advisor_demo)[-1].date.year
    document = printing.build_period_report(
        db, tmp_path / f"informe-{paper}.pdf", year, paper=paper, lang="en", today=TODAY
    )
    text = flat_text(document.path)
    assert "Meetings under Decreto 1.107" in text
    months = YearService(db).hours_by_month(year)
    assert months
    for month in months:
        hours = f"{month.minutes / 45:.1f}".rstrip("0").rstrip(".")
        assert hours in text
    with db.session() as session:
        rbds = [
            r for (r,) in session.execute(School.__table__.select().with_only_columns(School.rbd))
        ]
    assert any(f"RBD {rbd}" in text for rbd in rbds)
    decree = text.split("Meetings under Decreto 1.107", 1)[1].split("Schools and teachers", 1)[0]
    sessions = [s for m in YearService(db).get(year).months for s in m.sessions]
    for session in sessions:
        assert f"{session.minutes} min" in decree
    assert "In person" in decree
    assert document.pages == len(pdf_reader(document.path).pages)


def test_a_portfolio_of_chosen_practices_or_a_period(advisor_demo, files, tmp_path):
    from sqlalchemy import func, select

    from minga.store.models import Practice, Presentation

    db = advisor_demo.db
    with db.session() as session:
        owner, count = session.execute(
            select(Practice.owner, func.count())
            .join(Presentation, Presentation.practice_id == Practice.id)
            .group_by(Practice.owner)
            .order_by(func.count().desc())
        ).first()
        titles = dict(
            session.execute(
                select(Practice.id, Practice.title).where(Practice.owner == owner)
            ).all()
        )
    assert count >= 2
    whole = printing.build_portfolio(db, owner, tmp_path / "todo.pdf", files=files, lang="en")
    chosen_id, chosen_title = next(iter(titles.items()))
    one = printing.build_portfolio(
        db, owner, tmp_path / "una.pdf", files=files, lang="en", practice_ids=[chosen_id]
    )
    text = flat_text(one.path)
    assert chosen_title in text
    assert all(title not in text for pid, title in titles.items() if pid != chosen_id)
    assert one.pages < whole.pages
    first = TODAY.replace(month=1, day=1)
    period = printing.gather_portfolio(db, owner, files=files, period=(first, TODAY))
    assert all(first <= sa.date <= TODAY for sa in period.self_assessments)
    everything = printing.gather_portfolio(db, owner, files=files)
    assert len(period.self_assessments) < len(everything.self_assessments)
