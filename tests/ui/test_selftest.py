"""`minga selftest` in real processes, offscreen, as the smoke test of a build runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import SOURCE, Cli, snapshot

pytestmark = pytest.mark.slow

SCREENS = (
    "01-inicio.png",
    "02-practicas.png",
    "03-practica-formulario.png",
    "04-practica-nueva.png",
)
#: The areas of the microcentre cycle, each with one of its records opened.
CYCLE_SCREENS = (
    "05-sesiones.png",
    "06-sesiones-detalle.png",
    "07-aplicacion.png",
    "08-aplicacion-detalle.png",
    "09-observacion.png",
    "10-observacion-detalle.png",
    "11-ciclos.png",
    "12-ciclos-detalle.png",
    "13-indicadores.png",
)
#: Imprimir, then Sincronizar (bundles: export, import, history).
AREA_SCREENS = ("14-imprimir.png", "15-sincronizar.png")
#: Ctrl+P on the newest session: Imprimir with its guide chosen.
GUIDE_SCREENS = ("16-imprimir-guia.png",)
#: The dialogs the window opens: the school year (Sesiones), the students' figures
#: (Indicadores), then Herramientas' (the advisor also sees the templates first).
AREA_DIALOGS = ("sesiones-ano-escolar.png", "indicadores-estudiantes.png")
TOOLS_SCREENS = ("respaldos.png", "preferencias.png", "acerca-de.png", "atajos.png")
TEACHER_DIALOGS = tuple(
    f"{n:02d}-{name}" for n, name in enumerate((*AREA_DIALOGS, *TOOLS_SCREENS), start=17)
)
ADVISOR_DIALOGS = tuple(
    f"{n:02d}-{name}"
    for n, name in enumerate(("sesiones-plantillas.png", *AREA_DIALOGS, *TOOLS_SCREENS), start=17)
)
ALL_SCREENS = SCREENS + CYCLE_SCREENS + AREA_SCREENS + GUIDE_SCREENS + TEACHER_DIALOGS


def _minga(data: Path, *args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SOURCE), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MINGA_LANG", None)
    command = [sys.executable, "-m", "minga", "--data-dir", str(data)]
    if lang:
        command += ["--lang", lang]
    return subprocess.run(
        [*command, *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("selftest") / "data"
    # The demo in this process; the self-tests below each start a real one.
    result = Cli(data)("demo", "--scale", "small", lang="")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return data


def _distinct_colours(image: QImage) -> int:
    width, height = image.width(), image.height()
    return len(
        {
            image.pixel(x, y)
            for x in range(0, width, max(1, width // 60))
            for y in range(0, height, max(1, height // 40))
        }
    )


def test_selftest_visits_every_screen_in_spanish_and_saves_pngs(demo_dir: Path, tmp_path: Path):
    shots = tmp_path / "shots"
    before = snapshot(demo_dir)

    result = _minga(demo_dir, "selftest", "--screenshots", str(shots))

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""  # no Qt warning, no log noise, no traceback
    lines = result.stdout.splitlines()
    count = len(ALL_SCREENS)
    assert [line.split()[0] for line in lines[:count]] == ["ok"] * count
    assert [line.split()[-1] for line in lines[:count]] == [f"({name})" for name in ALL_SCREENS]
    assert len(lines) == count + 1
    # In Spanish by default (no --lang, no MINGA_LANG).
    assert lines[0].split()[:2] == ["ok", "Inicio"]
    assert lines[1].split()[:2] == ["ok", "Prácticas"]
    assert lines[-1] == f"Autoprueba: {count} pantallas revisadas, 0 con fallas."
    assert sorted(p.name for p in shots.iterdir()) == list(ALL_SCREENS)
    for name in ALL_SCREENS:
        image = QImage(str(shots / name))
        assert not image.isNull(), name
        if name in TEACHER_DIALOGS:  # the dialog alone
            assert image.width() >= 300, name
            assert image.height() >= 150, name  # Preferencias is three rows (188 px)
        else:  # the whole window
            assert image.width() >= 1000, name
            assert image.height() >= 600, name
        assert _distinct_colours(image) > 20, f"{name} looks empty"
    # The folder is left as it was: no draft, no settings, no log from the self-test.
    after = snapshot(demo_dir)
    changed = {
        name
        for name in set(before) | set(after)
        if before.get(name) != after.get(name) and not name.startswith("minga.sqlite3")
    }
    assert changed == set()


def test_selftest_in_english(demo_dir: Path):
    result = _minga(demo_dir, "selftest", lang="en")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ok", "Home"]
    assert lines[1].split() == ["ok", "Practices"]
    assert lines[-1] == f"Self-test: {len(ALL_SCREENS)} screens checked, 0 failed."
    assert [line.split(maxsplit=1)[1] for line in lines[4:6]] == [
        "Sessions",
        "Sessions: detail",
    ]


def test_selftest_on_a_folder_that_is_not_set_up(tmp_path: Path):
    empty = tmp_path / "nothing-here"

    result = _minga(empty, "selftest", lang="en")

    assert result.returncode == 2
    assert "not set up" in result.stderr
    assert result.stdout == ""
    assert not empty.exists()  # nothing was created


def test_selftest_on_an_initialized_folder_without_practices(tmp_path: Path):
    data = tmp_path / "data"
    init = _minga(data, "init", "--role", "advisor", "--name", "Rosa Catrileo", lang="en")
    assert init.returncode == 0, init.stderr

    result = _minga(data, "selftest", "--screenshots", str(tmp_path / "shots"), lang="en")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert "no practice yet" in result.stdout
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == [
        "01-inicio.png",
        "02-practicas.png",
        "04-practica-nueva.png",
        *CYCLE_SCREENS,
        *AREA_SCREENS,
        *GUIDE_SCREENS,
        *ADVISOR_DIALOGS,
    ]


def test_selftest_on_a_territorys_hub_visits_the_coordinators_screens(tmp_path: Path):
    """A coordinator's window has no Prácticas: the self-test visits what she has."""
    data = tmp_path / "hub"
    demo = Cli(data)("demo", "--scale", "territory", lang="")
    assert demo.returncode == 0, demo.stderr

    result = _minga(data, "selftest", "--screenshots", str(tmp_path / "shots"), lang="es")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()[:-1]
    visited = [line.split(maxsplit=1)[1].split("  (")[0] for line in lines]
    assert visited[:3] == ["Inicio", "Territorio", "Territorio: detalle"]
    assert "Prácticas" not in visited
    assert result.stdout.splitlines()[-1].endswith("0 con fallas.")
    shots = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert shots[:3] == ["01-inicio.png", "05-territorio.png", "06-territorio-detalle.png"]
