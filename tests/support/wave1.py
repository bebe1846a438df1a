"""The released wave-1 Minga, frozen from git history, in its own virtual environment.

`python -m tests.support.wave1` (run by `make wave1`, which `.ci/run` runs before the
tests) extracts the commit `WAVE1_COMMIT` with `git archive` into
`.venv-wave1/<hash>/src` and installs it with pip into `.venv-wave1/<hash>/venv`. The
venv shares the development venv's third-party packages (a `.pth` line; wave 1 needs
no others), never its `minga`. Idempotent: a venv that imports is kept. The
cross-version tests (tests/sync/test_wave1.py) use `python()`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

# The commit that closed wave 1 (the first landing, stop 9: "Window and selftest tests
# know the Sincronizar area"), released as Minga 0.1.0.
WAVE1_COMMIT = "9b4432f578bb309b83a947d6b7a52c10e9af153c"
ROOT = Path(__file__).resolve().parents[2]
HOME = ROOT / ".venv-wave1" / WAVE1_COMMIT[:12]


def python() -> Path:
    return HOME / "venv" / "bin" / "python"


def ready() -> bool:
    if not python().exists():
        return False
    probe = subprocess.run(
        [str(python()), "-c", "import minga.cli, minga.sync.importer; print(minga.__file__)"],
        capture_output=True,
        text=True,
        check=False,
        cwd="/",
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    # The venv's own wave-1 `minga`, never this tree's.
    found = Path(probe.stdout.strip() or "/")
    return probe.returncode == 0 and found.resolve().is_relative_to(HOME.resolve())


def _has_commit() -> bool:
    found = subprocess.run(
        ["git", "-C", str(ROOT), "cat-file", "-e", f"{WAVE1_COMMIT}^{{commit}}"],
        capture_output=True,
        check=False,
    )
    return found.returncode == 0


def _fetch_commit() -> None:
    """A shallow clone (CI's usual `--depth 1`) lacks the commit: it is fetched alone
    from the clone's origin, the project's own repository."""
    if _has_commit():
        return
    subprocess.run(
        ["git", "-C", str(ROOT), "fetch", "--quiet", "--depth", "1", "origin", WAVE1_COMMIT],
        capture_output=True,
        check=False,
    )
    if not _has_commit():
        raise SystemExit(
            f"the wave-1 commit {WAVE1_COMMIT[:12]} is not in this clone and its origin did "
            "not give it (git fetch --unshallow origin, then make wave1)"
        )


def build() -> Path:
    if ready():
        return python()
    shutil.rmtree(HOME, ignore_errors=True)
    _fetch_commit()
    src = HOME / "src"
    src.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", WAVE1_COMMIT], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive.stdout, check=True)
    base = Path(sys.base_prefix) / "bin" / "python3"
    subprocess.run([str(base), "-m", "venv", "--without-pip", str(HOME / "venv")], check=True)
    site = subprocess.run(
        [str(python()), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = sysconfig.get_paths()["purelib"]  # this (development) venv's packages
    Path(site, "minga-wave1-dependencies.pth").write_text(deps + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python()), "install", "-q", "--no-deps",
         str(src)],
        check=True,
    )  # fmt: skip
    if not ready():
        raise SystemExit("the wave-1 Minga did not install")
    return python()


if __name__ == "__main__":
    print(build())
