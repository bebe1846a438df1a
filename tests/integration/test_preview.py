"""`store.preview`: the facts the window shows before the data layer has loaded are
the same the data layer gives, and anything unusual sends the app the ordinary way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from minga.core.workspace import Workspace
from minga.services.home import shell_info
from minga.services.setup import SetupInput, initialize
from minga.store.preview import read_shell_info


def test_a_teacher_folder_reads_the_same_as_the_data_layer(teacher: Workspace) -> None:
    info = read_shell_info(teacher.dirs.database)
    assert info == shell_info(teacher.db)
    assert info.person_name == "Ana María Huenchumilla"
    assert info.school_name == "Escuela Rural Los Boldos"
    assert info.microcentre_name == "Microcentro Los Copihues"


def test_an_advisor_folder_reads_the_same_as_the_data_layer(workspace: Workspace) -> None:
    initialize(
        workspace.db,
        SetupInput(role="advisor", name="Rosa Catrileo", microcentre="Microcentro Ñuble Sur"),
    )
    info = read_shell_info(workspace.dirs.database)
    assert info == shell_info(workspace.db)
    assert (info.role, info.school_name) == ("advisor", "")


def test_a_deleted_school_reads_the_same_as_the_data_layer(teacher: Workspace) -> None:
    with sqlite3.connect(teacher.dirs.database) as conn:
        conn.execute("UPDATE schools SET deleted = 1")
    info = read_shell_info(teacher.dirs.database)
    assert info == shell_info(teacher.db)
    assert info.school_name == ""


def test_a_folder_not_set_up_has_no_preview(workspace: Workspace) -> None:
    assert read_shell_info(workspace.dirs.database) is None


def test_a_missing_database_has_no_preview_and_is_not_created(tmp_path: Path) -> None:
    database = tmp_path / "data" / "minga.sqlite3"
    assert read_shell_info(database) is None
    assert not database.exists()


@pytest.mark.parametrize("revision", ["0001", "9999"])
def test_another_schema_has_no_preview(teacher: Workspace, revision: str) -> None:
    """An older schema must be migrated (with a backup) and a newer one refused: both
    are the ordinary path's work, never the preview's."""
    with sqlite3.connect(teacher.dirs.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    assert read_shell_info(teacher.dirs.database) is None


def test_a_file_that_is_not_a_database_has_no_preview(tmp_path: Path) -> None:
    database = tmp_path / "minga.sqlite3"
    database.write_bytes(b"not a database at all" * 100)
    assert read_shell_info(database) is None
    assert database.read_bytes() == b"not a database at all" * 100
