"""The store on SQLite (each laptop) and PostgreSQL (a territory's server): pragmas,
migrations on open, refusal of newer schemas, search.

Tests that take `workspace` (or `teacher`, `practices`) run on both databases
(tests/support/postgres.py); the ones about the SQLite file itself open it directly."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect

from minga.core.workspace import Workspace
from minga.domain.errors import StoreError
from minga.i18n import catalog
from minga.services.practices import PracticeInput, PracticeQuery
from minga.store import migrate
from minga.store.db import SCHEMA_HEAD, Database, parse_db_url
from tests.conftest import snapshot
from tests.support.postgres import backend, db_url, new_db_url, pg_cluster  # noqa: F401


@pytest.fixture
def workspace(data_dir: Path, db_url: str | None) -> Iterator[Workspace]:  # noqa: F811
    """The data folder's workspace, its database on the test's backend."""
    ws = Workspace(data_dir, db_url=db_url)
    yield ws
    ws.close()


def test_pragmas_for_a_laptop_that_may_lose_power(data_dir: Path) -> None:
    workspace = Workspace(data_dir)
    with workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    workspace.close()


def test_schema_head_constant_matches_the_migrations() -> None:
    assert migrate.head() == SCHEMA_HEAD


def test_a_new_database_is_created_at_the_newest_revision(
    data_dir: Path,
    new_db_url: Callable[..., str | None],  # noqa: F811
) -> None:
    workspace = Workspace(data_dir, db_url=new_db_url(migrated=False))
    assert workspace.db.schema_revision() == SCHEMA_HEAD
    with workspace.db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        indexes = {i["name"] for i in inspect(conn).get_indexes("practices")}
    workspace.close()
    assert {"practices", "sessions", "exit_ticket_tallies", "meta", "survey_answers"} <= tables
    if workspace.db.is_sqlite:
        assert "practice_fts" in tables
    else:
        assert {"ix_practices_search", "ix_practices_live_title"} <= indexes
        assert not (data_dir / "minga.sqlite3").exists()  # the data is on the server


def _revisions_before_head() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.config())
    return [r.revision for r in script.walk_revisions() if r.revision != SCHEMA_HEAD]


# On PostgreSQL: from the first revision (every migration runs on data), from the one
# before the data migration of anonymous surveys (0009), and at the head.
_REVISIONS = [
    *(("sqlite", revision) for revision in [*_revisions_before_head(), SCHEMA_HEAD]),
    *(("postgresql", revision) for revision in ("0001", "0008", SCHEMA_HEAD)),
]


@pytest.mark.parametrize(("backend", "revision"), _REVISIONS, indirect=["backend"])
def test_a_populated_database_at_every_revision_opens_with_its_data(
    tmp_path: Path,
    revision: str,
    new_db_url: Callable[..., str | None],  # noqa: F811
) -> None:
    """Builds a database at `revision`, fills it, and opens it with this Minga: the
    schema reaches the head, the data is intact and searchable, and an upgrade of a
    SQLite file leaves a backup of the database as it was (a server's is pg_dump's)."""
    path = tmp_path / "minga.sqlite3"
    url = new_db_url(migrated=False)
    db = Database(path, migrate=False, url=url)
    migrate.upgrade(db.engine, revision)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO practices (id, owner, version, updated_at, deleted, change_seq, "
            "visibility, title, subjects, levels, oa_codes, description, "
            "multigrade_strategy, materials, status, created_at) VALUES "
            "('p1', 'o1', '0000000001000-0000-aa', '2026-03-01 10:00:00', false, 1, 'network', "
            "'Práctica de fracciones', '[\"MA\"]', '[\"3B\"]', '[]', 'Con regletas', '', '', "
            "'draft', '2026-03-01 10:00:00')"
        )
    db.close()
    reopened = Database(path, url=url)
    try:
        assert reopened.schema_revision() == SCHEMA_HEAD
        with reopened.session() as session:
            from minga.store import search

            assert search.count_matching_practices(session, "practica") == 1
            assert search.count_matching_practices(session, "regletas") == 1
    finally:
        reopened.close()
    backups = list(tmp_path.glob("minga-before-*.sqlite3"))
    assert len(backups) == (0 if revision == SCHEMA_HEAD or url else 1)


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_database_on_a_server_from_a_newer_minga_is_refused_and_left_untouched(
    data_dir: Path,
    new_db_url: Callable[..., str | None],  # noqa: F811
) -> None:
    url = new_db_url()
    Workspace(data_dir, db_url=url).close()
    db = Database(data_dir / "minga.sqlite3", migrate=False, url=url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(StoreError) as info:
        Workspace(data_dir, db_url=url)
    assert "newer Minga" in info.value.message(catalog("en"))
    assert db.schema_revision() == "9999_future"
    db.close()


def test_bad_database_addresses_and_an_unreachable_server_get_a_sentence(
    tmp_path: Path,
) -> None:
    for bad in ("mysql://x:clave@y/z", "no es una dirección", "postgresql://", "sqlite://"):
        with pytest.raises(StoreError) as info:
            parse_db_url(bad)
        assert "not a database address" in info.value.message(catalog("en"))
        assert "clave" not in info.value.message(catalog("en"))
    assert parse_db_url("postgresql://u@h/d").drivername == "postgresql+psycopg"
    # A socket folder where no server listens: refused with the address, never the password.
    url = f"postgresql+psycopg://minga:secreto@/minga?host={tmp_path}&connect_timeout=2"
    with pytest.raises(StoreError) as info:
        Workspace(tmp_path / "data", db_url=url)
    message = info.value.message(catalog("en"))
    assert "cannot reach the database" in message
    assert "secreto" not in message


def test_a_database_from_a_newer_minga_is_refused_and_left_untouched(data_dir: Path) -> None:
    Workspace(data_dir).close()
    with sqlite3.connect(data_dir / "minga.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = snapshot(data_dir)
    with pytest.raises(StoreError) as info:
        Workspace(data_dir)
    assert "newer Minga" in info.value.message(catalog("en"))
    assert snapshot(data_dir) == before


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "minga.sqlite3").write_text("hola, no soy una base de datos")
    with pytest.raises(StoreError, match="not a Minga database"):
        Workspace(data_dir)
    assert (data_dir / "minga.sqlite3").read_text() == "hola, no soy una base de datos"


def test_a_data_dir_that_cannot_be_created_gets_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as info:
        Workspace(blocker / "data")
    assert "cannot write" in info.value.message(catalog("en"))


def test_change_seq_grows_with_every_change(practices) -> None:
    first = practices.create(PracticeInput(title="Huerto escolar"))
    second = practices.create(PracticeInput(title="Tiendita"))
    with practices.db.session() as session:
        from sqlalchemy import select

        from minga.store.models import Practice

        seqs = dict(session.execute(select(Practice.id, Practice.change_seq)).all())
    assert seqs[second.id] > seqs[first.id]
    practices.update(first.id, PracticeInput(title="Huerto escolar con habas"))
    with practices.db.session() as session:
        updated = session.scalar(select(Practice.change_seq).where(Practice.id == first.id))
    assert updated > seqs[second.id]


def test_filters_and_caseless_sorting(practices) -> None:
    """The JSON-list filters and the order by title, capitals ignored, on both databases."""
    practices.create(PracticeInput(title="sumas", subjects=["MA"], levels=["1B", "2B"]))
    practices.create(PracticeInput(title="Cuentos", subjects=["LE"], levels=["2B"]))
    practices.create(PracticeInput(title="Huerto", subjects=["CN", "MA"], levels=["3B"]))
    assert practices.count(PracticeQuery(subject="MA")) == 2
    assert practices.count(PracticeQuery(level="2B")) == 2
    assert practices.count(PracticeQuery(level="1B")) == 1
    assert practices.count(PracticeQuery(subject="MA", level="3B", text="huerto")) == 1
    assert practices.count(PracticeQuery(level="2")) == 0  # whole items, never substrings
    titles = [r.title for r in practices.page(PracticeQuery(sort="title", descending=False))]
    assert titles == ["Cuentos", "Huerto", "sumas"]


class TestSearch:
    @pytest.fixture
    def seeded(self, practices):
        practices.create(
            PracticeInput(title="Práctica de cálculo mental con dados", oa_codes=["MA02 OA 03"])
        )
        practices.create(
            PracticeInput(
                title="Lectura compartida",
                description="Cuentos mapuche leídos en voz alta",
                multigrade_strategy="Tutoría entre pares: los de 4° leen a los de 1°",
            )
        )
        practices.create(PracticeInput(title="<b>Fracciones & decimales</b>"))
        return practices

    def test_search_is_accent_insensitive_prefix_and_literal(self, seeded) -> None:
        cases = {
            "practica": 1,
            "PRÁCTICA": 1,
            "calculo": 1,
            "cálc": 1,
            "tutoria": 1,
            "mapuche": 1,
            "MA02 OA 03": 1,
            "fracciones decimales": 1,
            "<b>Fracciones": 1,
            "p": 3,  # one letter narrows nothing
            '"AND OR NOT (': 0,
            "inexistente": 0,
            "lectura inexistente": 0,  # every word must match
        }
        found = {text: seeded.count(PracticeQuery(text=text)) for text in cases}
        assert found == cases

    def test_deleted_practices_leave_the_index_and_come_back(self, seeded) -> None:
        row = seeded.page(PracticeQuery(text="lectura"))[0]
        seeded.delete(row.id)
        assert seeded.count(PracticeQuery(text="lectura")) == 0
        assert seeded.count(PracticeQuery(text="lectura", deleted=True)) == 1
        seeded.restore(row.id)
        assert seeded.count(PracticeQuery(text="lectura")) == 1

    def test_edits_are_reindexed(self, seeded) -> None:
        row = seeded.page(PracticeQuery(text="lectura"))[0]
        seeded.update(row.id, PracticeInput(title="Poesía en la huerta"))
        assert seeded.count(PracticeQuery(text="lectura")) == 0
        assert seeded.count(PracticeQuery(text="poesia huerta")) == 1


def test_deferred_indexing_indexes_new_practices_and_restores_the_trigger(
    practices,
) -> None:
    from sqlalchemy import insert, text

    from minga.store import search
    from minga.store.models import Practice

    def trigger_sql() -> str:
        if not practices.db.is_sqlite:  # PostgreSQL indexes an expression: no trigger
            return search.FTS_INSERT_TRIGGER
        with practices.db.engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'practices_fts_insert'"
            ).scalar()

    assert " ".join(trigger_sql().split()) == " ".join(search.FTS_INSERT_TRIGGER.split())
    practices.create(PracticeInput(title="Antes del lote"))
    base = {"owner": "o", "version": "0000000001000-0000-aa", "deleted": False}
    with practices.db.session() as session, search.deferred_practice_index(session):
        session.execute(
            insert(Practice),
            [{**base, "id": f"p{i}", "title": f"Práctica en lote {i}"} for i in range(50)],
        )
        if practices.db.is_sqlite:
            assert session.execute(text("SELECT count(*) FROM practice_fts")).scalar() == 1
    assert practices.count(PracticeQuery(text="practica lote")) == 50
    assert practices.count(PracticeQuery(text="antes")) == 1
    assert " ".join(trigger_sql().split()) == " ".join(search.FTS_INSERT_TRIGGER.split())
    practices.create(PracticeInput(title="Después del lote"))
    assert practices.count(PracticeQuery(text="despues")) == 1
