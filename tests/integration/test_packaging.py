"""Resources are found from a wheel as from the source tree (the frozen app is checked by
installer/smoke-test.sh in CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a copy: pip builds in the tree it is given (build/, *.egg-info), and two
    # test workers, or a developer's build, must not share one.
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    for name in ("desktop", "resources"):
        shutil.copytree(
            ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
        )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(tree)],
        check=True,
        capture_output=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    [built] = out.glob("minga-*.whl")
    return built


def test_the_wheel_carries_every_resource_and_migration(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file():
            assert f"minga/_resources/{path.relative_to(ROOT / 'resources')}" in names
    migrations = ROOT / "desktop" / "minga" / "store" / "migrations"
    for path in migrations.rglob("*.py"):
        assert f"minga/store/migrations/{path.relative_to(migrations)}" in names
    assert "minga/store/migrations/script.py.mako" in names


def test_an_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    code = (
        "import minga.resources, minga.i18n\n"
        "print(minga.resources.root())\n"
        "print(minga.i18n.catalog('es').translate('fields', 'Title'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env,
        cwd=tmp_path,
    )  # fmt: skip
    root, title = result.stdout.splitlines()
    assert Path(root).is_relative_to(target)
    assert title == "Título"


def test_every_package_of_the_source_tree_is_declared() -> None:
    """setuptools gets an explicit package list (resources/ is mapped into it): a new
    folder of code must be added there, or wheels would leave it out."""
    import tomllib

    declared = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    source = ROOT / "desktop"
    found = {".".join(p.parent.relative_to(source).parts) for p in source.rglob("__init__.py")}
    assert found - declared == set()
    resources = {
        "minga._resources." + ".".join(p.relative_to(ROOT / "resources").parts)
        for p in (ROOT / "resources").rglob("*")
        if p.is_dir()
    }
    assert resources - declared == set()
