"""A throwaway PostgreSQL cluster for the tests that run the store on both databases.

One cluster per test session (per xdist worker): `initdb` into a temporary folder,
`pg_ctl start` listening on a unix socket in that folder only (no TCP port), fsync off,
stopped and removed when the session ends. A database migrated once serves as template, so
each test gets a fresh migrated database with one `CREATE DATABASE ... TEMPLATE` (a few
milliseconds). `initdb` refuses to run as root: as root the cluster runs as the `postgres`
user (Debian's package makes it), through `runuser`.

Without PostgreSQL's programs the PostgreSQL half of these tests is skipped, except under
CI (`CI` set), where their absence fails (`.ci/run` installs Debian's `postgresql`).
`MINGA_PG_BIN=/path/to/bin` points at PostgreSQL's programs when they live elsewhere.

    backend            "sqlite" or "postgresql" (parametrize a test with BACKENDS)
    db_url             None on SQLite, a fresh migrated database's address on PostgreSQL
    new_db_url(...)    another fresh database (`migrated=False`: an empty one)
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

BACKENDS = ("sqlite", "postgresql")
STARTUP_TIMEOUT_S = 60


def bin_dir() -> Path | None:
    """The folder of `initdb` and `pg_ctl` (Debian keeps them out of PATH), newest first;
    `MINGA_PG_BIN` names another one."""
    given = os.environ.get("MINGA_PG_BIN", "").strip()
    if given:
        folder = Path(given)
        return folder if (folder / "initdb").exists() and (folder / "pg_ctl").exists() else None
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
        reverse=True,
    )
    found = shutil.which("initdb")
    if found:
        candidates.append(found)
    for candidate in candidates:
        folder = Path(candidate).parent
        if (folder / "pg_ctl").exists():
            return folder
    return None


def _run_as() -> list[str]:
    """The prefix that runs the server's programs as a user other than root."""
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(user)
            return ["runuser", "-u", user, "--"]
    raise RuntimeError("no user other than root to run PostgreSQL as")


class Cluster:
    """A running throwaway cluster; `url(name)` gives the address of one database."""

    def __init__(self, binaries: Path):
        self.binaries = binaries
        self.prefix = _run_as()
        # Short and under /tmp: a unix socket's path is limited to ~100 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="minga-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self._names = itertools.count(1)
        if self.prefix:
            shutil.chown(self.folder, user=self.prefix[2])
        self._initdb()
        self._pg_ctl(
            "start",
            "-w",
            "-t",
            str(STARTUP_TIMEOUT_S),
            "-l",
            str(self.log),
            "-o",
            f"-k {self.folder} -c listen_addresses='' -c fsync=off "
            "-c full_page_writes=off -c synchronous_commit=off -c max_connections=60",
        )

    def _initdb(self) -> None:
        base = [
            *self.prefix,
            str(self.binaries / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "minga",
            "-E",
            "UTF8",
            "--no-sync",
        ]
        done = subprocess.run(
            [*base, "--locale=C.UTF-8"], capture_output=True, text=True, timeout=120, check=False
        )
        if done.returncode != 0:  # a system without the C.UTF-8 locale
            shutil.rmtree(self.data, ignore_errors=True)
            done = subprocess.run(
                [*base, "--no-locale"], capture_output=True, text=True, timeout=120, check=False
            )
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")

    def _pg_ctl(self, *args: str) -> None:
        done = subprocess.run(
            [*self.prefix, str(self.binaries / "pg_ctl"), "-D", str(self.data), *args],
            capture_output=True,
            text=True,
            timeout=STARTUP_TIMEOUT_S + 30,
            check=False,
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl {args[0]} failed: {done.stderr}{log[-2000:]}")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://minga@/{database}?host={self.folder}"

    def execute(self, sql: str) -> None:
        """One statement outside a transaction (CREATE DATABASE), on the `postgres` DB."""
        import psycopg

        with psycopg.connect(
            host=str(self.folder), user="minga", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        name = f"t{next(self._names)}"
        self.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is needed under CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[tuple[Cluster, str]]:
    """The session's cluster and the name of its migrated template database."""
    binaries = bin_dir()
    if binaries is None:
        _unavailable("initdb and pg_ctl were not found (apt install postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install 'minga[server]')")
    assert binaries is not None
    cluster = Cluster(binaries)
    try:
        from sqlalchemy import create_engine

        from minga.store import migrate
        from minga.store.db import parse_db_url

        cluster.execute("CREATE DATABASE minga_template")
        engine = create_engine(parse_db_url(cluster.url("minga_template")))
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        yield cluster, "minga_template"
    finally:
        cluster.stop()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def new_db_url(backend: str, request: pytest.FixtureRequest) -> Callable[..., str | None]:
    """A fresh database on the test's backend (None: the data folder's own SQLite file)."""

    def make(migrated: bool = True) -> str | None:
        if backend == "sqlite":
            return None
        cluster, template = request.getfixturevalue("pg_cluster")
        return cluster.new_database(template if migrated else None)

    return make


@pytest.fixture
def db_url(new_db_url: Callable[..., str | None]) -> str | None:
    return new_db_url()
