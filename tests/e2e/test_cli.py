"""The command line as a script or a person uses it: `minga.cli.main`, real files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from minga import __version__
from tests.conftest import Cli, snapshot
from tests.integration.test_practices import tiny_png

INIT = (
    "init", "--role", "teacher", "--name", "Ana María Huenchumilla",
    "--school", "Escuela Rural Los Boldos", "--rbd", "4478-4", "--microcentre", "Los Copihues",
)  # fmt: skip


@pytest.fixture
def ready(cli: Cli) -> Cli:
    result = cli(*INIT)
    assert result.returncode == 0, result.stderr
    return cli


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"minga {__version__}"


def test_init_add_list_in_spanish(cli: Cli) -> None:
    result = cli(*INIT, lang="es")
    assert result.returncode == 0, result.stderr
    assert "Minga está lista para Ana María Huenchumilla" in result.stdout
    added = cli(
        "practice", "add", "--title", "Práctica de cálculo mental con dados",
        "--subject", "Matemática", "--level", "1°", "--level", "2° básico",
        "--oa", "MA02 OA 03", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    document = json.loads(added.stdout)
    assert document["levels"] == ["1B", "2B"]
    listed = cli("practice", "list", "--search", "practica", "--json")
    rows = json.loads(listed.stdout)
    assert rows["total"] == 1
    assert rows["practices"][0]["id"] == document["id"]
    assert rows["practices"][0]["title"] == "Práctica de cálculo mental con dados"
    human = cli("practice", "list", "--search", "calculo", lang="es")
    assert "Práctica de cálculo mental con dados" in human.stdout
    assert "1°, 2°" in human.stdout


def test_stats_json_is_stable(ready: Cli) -> None:
    ready("practice", "add", "--title", "Huerto escolar")
    stats = json.loads(ready("stats", "--json").stdout)
    assert stats["kinds"]["practice"] == {"live": 1, "deleted": 0}
    assert stats["kinds"]["person"] == {"live": 1, "deleted": 0}
    assert set(stats) == {"kinds", "live_total", "deleted_total", "conflicts", "drafts"}
    assert stats["live_total"] == 4  # microcentre, school, person, practice


def test_check_backup_restore_roundtrip(ready: Cli, tmp_path: Path) -> None:
    added = json.loads(ready("practice", "add", "--title", "Huerto", "--json").stdout)
    photo = tmp_path / "habas.png"
    photo.write_bytes(tiny_png())
    assert ready("practice", "attach", added["id"], str(photo)).returncode == 0
    assert ready("check").returncode == 0
    out = tmp_path / "respaldo.zip"
    backup = ready("backup", "--out", str(out))
    assert backup.returncode == 0, backup.stderr
    other = Cli(tmp_path / "otra-carpeta")
    restored = other("restore", str(out))
    assert restored.returncode == 0, restored.stderr
    assert json.loads(other("stats", "--json").stdout) == json.loads(
        ready("stats", "--json").stdout
    )
    assert other("check").returncode == 0


def test_check_finds_a_damaged_attachment(ready: Cli, tmp_path: Path) -> None:
    added = json.loads(ready("practice", "add", "--title", "Huerto", "--json").stdout)
    photo = tmp_path / "habas.png"
    photo.write_bytes(tiny_png())
    ready("practice", "attach", added["id"], str(photo))
    stored = next(p for p in (ready.data_dir / "attachments").rglob("*") if p.is_file())
    stored.write_bytes(b"changed on the USB stick")
    result = ready("check")
    assert result.returncode == 2
    assert "Attachment damaged" in result.stdout


def test_usage_errors_exit_1_in_the_users_language(cli: Cli) -> None:
    result = cli("practica", lang="es")
    assert result.returncode == 1
    assert "error" in result.stderr
    assert "opción inválida" in result.stderr
    assert cli("practice", "add").returncode == 1


class TestBadInput:
    """Each rejected input: a clear sentence, exit status 2, and nothing changed."""

    def _rejected(self, cli: Cli, *args: str, expect: str, lang: str = "en") -> None:
        cli.data_dir.mkdir(parents=True, exist_ok=True)
        before = snapshot(cli.data_dir)
        result = cli(*args, lang=lang)
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert expect in result.stderr
        assert "Traceback" not in result.stderr
        assert snapshot(cli.data_dir) == before

    def test_malformed_rbd(self, ready: Cli) -> None:
        fresh = Cli(ready.data_dir.parent / "otra")
        fresh("stats")  # creates the empty database, so the snapshot has something to compare
        self._rejected(
            fresh, "init", "--role", "teacher", "--name", "Ana", "--school", "Escuela",
            "--rbd", "44-78-4", expect="is not an RBD",
        )  # fmt: skip

    def test_rbd_check_digit_mismatch_in_spanish(self, cli: Cli) -> None:
        cli("stats")
        self._rejected(
            cli, "init", "--role", "teacher", "--name", "Ana", "--school", "Escuela",
            "--rbd", "4478-5", expect="no coincide", lang="es",
        )  # fmt: skip
        accepted = cli(
            "init", "--role", "teacher", "--name", "Ana", "--school", "Escuela",
            "--rbd", "4478-5", "--accept-rbd",
        )  # fmt: skip
        assert accepted.returncode == 0

    def test_unknown_level(self, ready: Cli) -> None:
        self._rejected(
            ready, "practice", "add", "--title", "X", "--level", "9°", expect="'9°' is not a level"
        )

    def test_empty_title(self, ready: Cli) -> None:
        self._rejected(ready, "practice", "add", "--title", "  ", expect="Title: This field")

    def test_empty_title_in_spanish(self, ready: Cli) -> None:
        self._rejected(
            ready, "practice", "add", "--title", "", expect="Título: Este campo es obligatorio",
            lang="es",
        )  # fmt: skip

    def test_missing_attachment(self, ready: Cli, tmp_path: Path) -> None:
        added = json.loads(ready("practice", "add", "--title", "Huerto", "--json").stdout)
        self._rejected(
            ready, "practice", "attach", added["id"], str(tmp_path / "no-existe.jpg"),
            expect="does not exist",
        )  # fmt: skip

    def test_oversized_attachment(self, ready: Cli, tmp_path: Path) -> None:
        added = json.loads(ready("practice", "add", "--title", "Huerto", "--json").stdout)
        good = tmp_path / "foto.png"
        good.write_bytes(tiny_png())
        big = tmp_path / "video.mp4"
        with big.open("wb") as handle:
            handle.write(b"\x00\x00\x00\x18ftypmp42")
            handle.truncate(26 * 1024 * 1024)
        # The good photo is not attached either: all files are checked first.
        self._rejected(
            ready, "practice", "attach", added["id"], str(good), str(big), expect="too large"
        )

    def test_restore_of_a_file_that_is_not_a_backup(self, ready: Cli, tmp_path: Path) -> None:
        bogus = tmp_path / "respaldo.zip"
        bogus.write_text("no soy un respaldo")
        self._rejected(ready, "restore", str(bogus), expect="is not a Minga backup")

    def test_data_dir_that_cannot_be_created(self, tmp_path: Path) -> None:
        blocker = tmp_path / "archivo"
        blocker.write_text("x")
        result = Cli(blocker / "datos")("stats", lang="es")
        assert result.returncode == 2
        assert "no puede escribir" in result.stderr
        assert blocker.read_text() == "x"

    def test_database_locked_by_another_process(self, ready: Cli) -> None:
        holder = sqlite3.connect(ready.data_dir / "minga.sqlite3")
        holder.execute("BEGIN EXCLUSIVE")
        try:
            result = ready(
                "practice", "add", "--title", "Huerto", env={"MINGA_BUSY_TIMEOUT_MS": "200"}
            )
        finally:
            holder.rollback()
            holder.close()
        assert result.returncode == 2
        assert "in use by another Minga window or program" in result.stderr
        assert json.loads(ready("stats", "--json").stdout)["kinds"]["practice"]["live"] == 0

    def test_database_from_a_newer_minga(self, ready: Cli) -> None:
        with sqlite3.connect(ready.data_dir / "minga.sqlite3") as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.close()
        self._rejected(ready, "stats", expect="written by a newer Minga")

    def test_commands_before_init(self, cli: Cli) -> None:
        cli("stats")
        self._rejected(cli, "practice", "add", "--title", "Huerto", expect="not set up")
