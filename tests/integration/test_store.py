"""The SQLite store: pragmas, migrations on open, refusal of newer schemas, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from minga.core.workspace import Workspace
from minga.domain.errors import StoreError
from minga.i18n import catalog
from minga.services.practices import PracticeInput, PracticeQuery
from minga.store import migrate
from minga.store.db import SCHEMA_HEAD, Database
from tests.conftest import snapshot


def test_pragmas_for_a_laptop_that_may_lose_power(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_schema_head_constant_matches_the_migrations() -> None:
    assert migrate.head() == SCHEMA_HEAD


def test_a_new_database_is_created_at_the_newest_revision(workspace: Workspace) -> None:
    assert workspace.db.schema_revision() == SCHEMA_HEAD
    with workspace.db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert {"practices", "sessions", "exit_ticket_tallies", "practice_fts", "meta"} <= tables


def _revisions_before_head() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.config())
    return [r.revision for r in script.walk_revisions() if r.revision != SCHEMA_HEAD]


@pytest.mark.parametrize("revision", [*_revisions_before_head(), SCHEMA_HEAD])
def test_a_populated_database_at_every_revision_opens_with_its_data(
    tmp_path: Path, revision: str
) -> None:
    """Builds a database at `revision`, fills it, and opens it with this Minga: the
    schema reaches the head, the data is intact and searchable, and an upgrade leaves a
    backup of the database as it was."""
    path = tmp_path / "minga.sqlite3"
    db = Database(path, migrate=False)
    migrate.upgrade(db.engine, revision)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO practices (id, owner, version, updated_at, deleted, change_seq, "
            "visibility, title, subjects, levels, oa_codes, description, "
            "multigrade_strategy, materials, status, created_at) VALUES "
            "('p1', 'o1', '0000000001000-0000-aa', '2026-03-01 10:00:00', 0, 1, 'network', "
            "'Práctica de fracciones', '[\"MA\"]', '[\"3B\"]', '[]', 'Con regletas', '', '', "
            "'draft', '2026-03-01 10:00:00')"
        )
    db.close()
    reopened = Database(path)
    try:
        assert reopened.schema_revision() == SCHEMA_HEAD
        with reopened.engine.connect() as conn:
            hits = conn.exec_driver_sql(
                "SELECT count(*) FROM practice_fts WHERE practice_fts MATCH 'practica'"
            ).scalar()
        assert hits == 1
    finally:
        reopened.close()
    backups = list(tmp_path.glob("minga-before-*.sqlite3"))
    assert len(backups) == (0 if revision == SCHEMA_HEAD else 1)


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

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("practica", 1),
            ("PRÁCTICA", 1),
            ("calculo", 1),
            ("cálc", 1),
            ("tutoria", 1),
            ("mapuche", 1),
            ("MA02 OA 03", 1),
            ("fracciones decimales", 1),
            ("<b>Fracciones", 1),
            ("p", 3),  # one letter narrows nothing
            ('"AND OR NOT (', 0),
            ("inexistente", 0),
        ],
    )
    def test_search_is_accent_insensitive_prefix_and_literal(
        self,
        seeded,
        text: str,
        expected: int,
    ) -> None:
        assert seeded.count(PracticeQuery(text=text)) == expected

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
        assert session.execute(text("SELECT count(*) FROM practice_fts")).scalar() == 1
    assert practices.count(PracticeQuery(text="practica lote")) == 50
    assert practices.count(PracticeQuery(text="antes")) == 1
    assert " ".join(trigger_sql().split()) == " ".join(search.FTS_INSERT_TRIGGER.split())
    practices.create(PracticeInput(title="Después del lote"))
    assert practices.count(PracticeQuery(text="despues")) == 1
