"""The demo-data generator: deterministic, believable, valid, and careful with real data."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from minga.core.attachments import AttachmentStore
from minga.core.clock import FixedClock
from minga.core.workspace import Workspace
from minga.domain.errors import MingaError, ValidationError
from minga.domain.hlc import Version
from minga.domain.validation import normalize_oa_code, parse_rbd
from minga.domain.vocab import LEVELS, TemplateKind
from minga.services import demo_content
from minga.services.demo import REFERENCE_TODAY, DemoReport, Scale, generate_demo, parse_scale
from minga.services.home import home_summary
from minga.services.practices import PracticeInput, PracticeQuery, PracticeService
from minga.services.sessions import SessionService
from minga.services.setup import school_id_for_rbd
from minga.services.templates import default_template_id
from minga.store import meta
from minga.store.models import (
    SYNCED_MODELS,
    Attendance,
    ExitTicketTally,
    MicrocentreSession,
    Person,
    Practice,
    School,
    Template,
)
from tests.conftest import Cli, snapshot

SMALL = parse_scale("small")


def make_demo(folder: Path, *, seed: int = 1, scale: Scale = SMALL, **kwargs: Any) -> DemoReport:
    with Workspace(folder) as ws:
        return generate_demo(ws, scale=scale, seed=seed, **kwargs)


def digest(folder: Path) -> str:
    """SHA-256 over every column of every row of every synced table, in a stable order."""
    hasher = hashlib.sha256()
    with Workspace(folder) as ws, ws.db.engine.connect() as conn:
        for model in SYNCED_MODELS:
            table = model.__tablename__  # type: ignore[attr-defined]
            hasher.update(table.encode())
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")):
                hasher.update(repr(tuple(row)).encode())
    return hasher.hexdigest()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, DemoReport]]:
    """One small demo (seed 1), shared by the read-only checks below."""
    # The figures below were written for this date: the demo's calendar follows the clock.
    ws = Workspace(tmp_path_factory.mktemp("demo") / "data", clock=FixedClock(REFERENCE_TODAY))
    report = generate_demo(ws, scale=SMALL, seed=1)
    yield ws, report
    ws.close()


# --- Scales -----------------------------------------------------------------------------


def test_named_scales_and_numbers() -> None:
    assert parse_scale("small").practices == 60
    assert parse_scale(" Medium ").practices == 2_000
    assert parse_scale("150") == Scale("150", 150)


def test_large_targets_reach_the_budgets_scale() -> None:
    large = parse_scale("large")
    assert large.practices >= 20_000
    assert large.min_live_rows >= 100_000


@pytest.mark.parametrize("text", ["huge", "0", "-3", "", "12.5", "10000000"])
def test_bad_scales_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_scale(text)
    assert caught.value.field == "scale"


@pytest.mark.parametrize("text", ["huge", "0", "-3"])
def test_cli_refuses_a_bad_scale_and_creates_nothing(cli: Cli, text: str) -> None:
    result = cli("demo", "--scale", text)
    assert result.returncode == 2, result.stderr
    assert "small, medium, large" in result.stderr
    assert not cli.data_dir.exists()


# --- Determinism ------------------------------------------------------------------------


def test_same_seed_gives_identical_rows(tmp_path: Path, cli: Cli) -> None:
    # One in another process (its own string hashing), two here.
    assert cli("demo", "--scale", "small", "--seed", "42").returncode == 0
    first = make_demo(tmp_path / "a", seed=42)
    second = make_demo(tmp_path / "b", seed=42)
    assert first == second
    assert digest(tmp_path / "a") == digest(tmp_path / "b") == digest(cli.data_dir)

    def files(folder: Path) -> list[str]:
        return sorted(p.name for p in (folder / "attachments").rglob("*") if p.is_file())

    assert files(tmp_path / "a") == files(tmp_path / "b") == files(cli.data_dir)
    assert files(cli.data_dir)


def test_different_seed_gives_different_rows(tmp_path: Path) -> None:
    make_demo(tmp_path / "a", seed=1)
    make_demo(tmp_path / "b", seed=2)
    assert digest(tmp_path / "a") != digest(tmp_path / "b")


# --- The microcentre --------------------------------------------------------------------


def test_schools_have_valid_rbds_and_stable_ids(small: tuple[Workspace, DemoReport]) -> None:
    ws, _ = small
    with ws.db.session() as session:
        schools = session.scalars(select(School)).all()
        assert len(schools) == 6
        for school in schools:
            rbd = parse_rbd(school.rbd)  # raises on a wrong check digit
            assert str(rbd) == school.rbd
            assert school.id == school_id_for_rbd(school.rbd)


def test_people_nine_teachers_and_one_advisor(small: tuple[Workspace, DemoReport]) -> None:
    ws, _ = small
    with ws.db.session() as session:
        roles = Counter(session.scalars(select(Person.role)).all())
        assert roles == {"teacher": 9, "advisor": 1}
        first_teacher = demo_content.TEACHERS[0]["name"]
        me = session.get(Person, meta.get(session, meta.PERSON_ID))
        assert me is not None
        assert me.name == first_teacher
        assert me.role == "teacher"
    assert ws.dirs.demo_marker.read_text(encoding="utf-8") == "demo"
    assert ws.dirs.is_demo


def test_sessions_span_two_school_years_with_attendance(
    small: tuple[Workspace, DemoReport],
) -> None:
    ws, _ = small
    with ws.db.session() as session:
        sessions = session.scalars(select(MicrocentreSession)).all()
        years = Counter(s.date.year for s in sessions)
        assert set(years) == {2025, 2026}
        assert years[2025] >= 9
        assert years[2026] >= 8
        assert all(3 <= s.date.month <= 12 for s in sessions)
        statuses = Counter()
        for s in sessions:
            assert all(set(item) == {"title", "minutes"} for item in s.agenda)
            assert sum(item["minutes"] for item in s.agenda) <= 8 * 45
            rows = session.scalars(select(Attendance).where(Attendance.session_id == s.id)).all()
            if s.status == "held":
                assert len(rows) == 9
                statuses.update(r.status for r in rows)
            else:
                assert not rows
        assert statuses["present"] / sum(statuses.values()) > 0.8
        assert statuses["absent"] + statuses["excused"] > 0


def test_practices_are_believable_and_valid(small: tuple[Workspace, DemoReport]) -> None:
    ws, report = small
    assert report.practices == 60
    with ws.db.session() as session:
        practices = session.scalars(select(Practice)).all()
        live = [p for p in practices if not p.deleted]
        assert len(live) == 60
        assert len({p.title for p in practices}) == len(practices)
        for practice in practices:
            assert practice.title.strip()
            assert len(practice.title) <= 200
            assert practice.subjects
            assert practice.levels
            assert practice.description
            assert all(level in LEVELS for level in practice.levels)
            for code in practice.oa_codes:
                assert normalize_oa_code(code) == code
            assert practice.created_at <= practice.updated_at
        visibility = Counter(p.visibility for p in live)
        assert visibility["network"] > len(live) / 2
        assert any(p.deleted for p in practices)
    search = PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))
    word = live[0].title.split()[0].rstrip(":")
    assert search.count(PracticeQuery(text=word)) >= 1


def test_exit_tickets_are_anonymous_tallies_within_students_present(
    small: tuple[Workspace, DemoReport],
) -> None:
    ws, _ = small
    assert not any("name" in column.name for column in ExitTicketTally.__table__.columns)
    questions = {
        q["id"]: {o["id"] for o in q["options"]}
        for q in demo_content.DEFAULT_EXIT_TICKET["questions"]
    }
    with ws.db.session() as session:
        tallies = session.scalars(select(ExitTicketTally)).all()
        assert tallies
        template_ids = set(session.scalars(select(Template.id)).all())
        # The three shipped defaults its records use, under their shared ids (no
        # duplicates in the app); the survey's wording stays Minga's own in the demo.
        assert template_ids == {
            default_template_id(kind)
            for kind in TemplateKind
            if kind != TemplateKind.SATISFACTION_SURVEY
        }
        for tally in tallies:
            assert tally.template_id in template_ids
            assert set(tally.counts) <= set(questions)
            for question, per_option in tally.counts.items():
                assert set(per_option) <= questions[question]
                total = 0
                for per_level in per_option.values():
                    assert set(per_level) <= set(tally.levels)
                    assert all(isinstance(n, int) and n >= 0 for n in per_level.values())
                    total += sum(per_level.values())
                assert total <= tally.students_present


def test_every_row_honours_the_sync_contract(small: tuple[Workspace, DemoReport]) -> None:
    ws, report = small
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(2026, 11, 21, tzinfo=dt.UTC)
    live = 0
    seqs: list[int] = []
    with ws.db.session() as session:
        people = set(session.scalars(select(Person.id)).all())
        for model in SYNCED_MODELS:
            for row in session.scalars(select(model)).all():
                assert uuid.UUID(row.id)
                assert row.owner in people
                version = Version.parse(row.version)
                millis = (row.updated_at - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(
                    milliseconds=1
                )
                assert version.millis == millis
                assert start <= row.updated_at <= end
                seqs.append(row.change_seq)
                live += not row.deleted
    assert live == report.rows
    assert len(set(seqs)) == len(seqs)
    assert min(seqs) > 0


@pytest.mark.parametrize(
    "today",
    [
        dt.date(2026, 12, 2),  # December: the last session of the year ahead
        dt.date(2027, 2, 15),  # summer break: next March's session is the planned one
        dt.date(2027, 3, 3),  # the school year has just begun
        dt.date(2027, 7, 1),  # winter break
        dt.date(2031, 11, 20),
    ],
)
def test_the_demo_sits_around_the_clock_s_today(tmp_path: Path, today: dt.date) -> None:
    """A school year under way at any date: sessions before today held, exactly one
    planned from today on, nothing stamped after today, and the same rows again for the
    same seed and date."""
    folder = tmp_path / "demo"
    with Workspace(folder, clock=FixedClock(today)) as ws:
        generate_demo(ws, scale=parse_scale("5"), seed=2)
        with ws.db.session() as session:
            sessions = session.scalars(
                select(MicrocentreSession).order_by(MicrocentreSession.date)
            ).all()
            latest = max(
                stamp
                for model in SYNCED_MODELS
                for stamp in session.scalars(select(model.updated_at)).all()
            )
        home = home_summary(ws.db)
        held = SessionService(ws.db).last_held_session()
    assert [s.status for s in sessions[:-1]] == ["held"] * (len(sessions) - 1)
    assert sessions[-1].status == "planned"
    assert sessions[-1].date >= today > sessions[-2].date
    assert sessions[-1].date - today < dt.timedelta(days=120)
    assert len(sessions) >= 10
    assert latest.date() <= today
    assert held is not None
    assert held.id == sessions[-2].id
    assert home.network.next_session is not None
    assert home.network.next_session.id == sessions[-1].id
    assert home.network.to_close == ()
    again = tmp_path / "again"
    with Workspace(again, clock=FixedClock(today)) as ws:
        generate_demo(ws, scale=parse_scale("5"), seed=2)
    assert digest(folder) == digest(again)


def test_versions_are_unique_per_device_and_local_edits_come_after(
    small: tuple[Workspace, DemoReport], tmp_path: Path
) -> None:
    ws, _ = small
    with ws.db.session() as session:
        versions = [
            v for model in SYNCED_MODELS for v in session.scalars(select(model.version)).all()
        ]
        clock = meta.get(session, meta.HLC_LAST) or ""
    assert len(set(versions)) == len(versions)
    # This device's clock has seen the newest demo version (millis and counter).
    newest = Version.parse(max(versions))
    assert (Version.parse(clock).millis, Version.parse(clock).counter) >= (
        newest.millis,
        newest.counter,
    )
    folder = tmp_path / "edit"
    make_demo(folder, seed=1)
    with Workspace(folder) as fresh:
        service = PracticeService(fresh.db, AttachmentStore(fresh.dirs.attachments))
        detail = service.create(PracticeInput(title="Mi práctica nueva", subjects=["MA"]))
        with fresh.db.session() as session:
            practice = session.scalars(select(Practice).where(Practice.id == detail.id)).one()
            assert practice.version > max(versions)


def test_demo_for_the_advisor(tmp_path: Path) -> None:
    folder = tmp_path / "advisor"
    make_demo(folder, scale=parse_scale("5"), as_role="advisor")
    with Workspace(folder) as ws, ws.db.session() as session:
        me = session.get(Person, meta.get(session, meta.PERSON_ID))
        assert me is not None
        assert me.role == "advisor"
        assert session.scalar(select(Practice.id).where(Practice.deleted.is_(False))) is not None


def test_progress_is_reported_up_to_the_end(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    report = make_demo(tmp_path / "p", progress=lambda done, total: calls.append((done, total)))
    assert calls
    assert all(0 <= done <= total for done, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == calls[-1][1] == report.rows + report.deleted


# --- Through the command line -----------------------------------------------------------


def test_cli_demo_then_check_passes(cli: Cli) -> None:
    result = cli("demo", "--scale", "small", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "60 practices" in result.stdout
    check = cli("check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "every attachment matches its hash (6 checked)" in check.stdout


def test_demo_refuses_a_folder_with_your_own_records(cli: Cli) -> None:
    init = cli(
        "init",
        "--role",
        "teacher",
        "--name",
        "Ana María Huenchumilla",
        "--school",
        "Escuela Rural Los Boldos",
        "--rbd",
        "4478-4",
    )
    assert init.returncode == 0, init.stderr
    before = snapshot(cli.data_dir)
    result = cli("demo", "--scale", "small")
    assert result.returncode == 2
    assert "your own records" in result.stderr
    assert snapshot(cli.data_dir) == before


def test_demo_refuses_to_run_twice(cli: Cli) -> None:
    assert cli("demo", "--scale", "5").returncode == 0
    before = snapshot(cli.data_dir)
    again = cli("demo", "--scale", "5")
    assert again.returncode == 2
    assert "already holds demo data" in again.stderr
    assert snapshot(cli.data_dir) == before


def test_refusal_changes_nothing_in_process(teacher: Workspace) -> None:
    with pytest.raises(MingaError):
        generate_demo(teacher, scale=SMALL, seed=1)
    with teacher.db.session() as session:
        assert session.scalar(select(Practice.id)) is None
    assert not teacher.dirs.is_demo


# --- Medium -----------------------------------------------------------------------------


@pytest.mark.slow
def test_medium_scale(tmp_path: Path) -> None:
    report = make_demo(tmp_path / "medium", scale=parse_scale("medium"), seed=5)
    assert report.practices == 2_000
    assert report.rows > 5 * report.practices
    assert report.kinds["adoption"] > 500
    assert report.kinds["exit_ticket_tally"] > 500
    with Workspace(tmp_path / "medium") as ws, ws.db.session() as session:
        titles = session.scalars(select(Practice.title)).all()
        assert len(set(titles)) == len(titles)
