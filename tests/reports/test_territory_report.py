"""The printed territory report, read back: the totals against the goals, 60 networks side
by side over several pages with the header repeated, the practices shared."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from minga.core.workspace import Workspace
from minga.services.printing_common import PrintError
from minga.services.setup import SetupInput, initialize
from minga.services.territory_printing import NotTheHubError, build_territory_report
from tests.reports.conftest import flat_text
from tests.support import territory_hub

TODAY = dt.date(2026, 12, 3)


def _coordinator(ws: Workspace) -> None:
    initialize(ws.db, SetupInput(role="coordinator", name="Carolina Mardones", territory="SLEP"))


@pytest.fixture
def hub(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace(data_dir)
    _coordinator(ws)
    yield ws
    ws.close()


def test_four_networks_on_carta_in_spanish(hub: Workspace, tmp_path: Path) -> None:
    territory_hub.fill(hub.db, networks=4, every_indicator=True)
    out = tmp_path / "territorio.pdf"
    document = build_territory_report(hub.db, out, 2026, "carta", "es", today=TODAY)
    reader = PdfReader(out)
    assert document.pages == len(reader.pages) >= 2
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (612, 792)
    text = flat_text(out)
    # The territory's attendance: (10 + 11 + 12 + 13) of (12 + 14 + 16 + 18).
    assert "77% (46 de 60)" in text
    for expected in ("Malloa", "Andalién Sur", "Microcentro Chanco 2", "Rodrigo Tapia"):
        assert expected in text
    assert "Huerto escolar y fracciones (Chanco)" in text
    assert "Escuela Rural Chanco" in text
    assert "12 de 16" in text  # sessions held of planned in the territory
    titles = [section.title for section in document.sections]
    assert len(titles) == 4
    assert reader.metadata is not None
    assert "2026" in str(reader.metadata.title)


def test_sixty_networks_run_over_oficio_pages_with_the_header_repeated(
    hub: Workspace, tmp_path: Path
) -> None:
    territory_hub.fill(hub.db, networks=60, years=(2026,), practices_per_year=1)
    out = tmp_path / "territorio.pdf"
    document = build_territory_report(hub.db, out, None, "oficio", "es", today=TODAY)
    reader = PdfReader(out)
    assert document.pages >= 4
    assert round(reader.pages[0].mediabox.height) == round(330 / 25.4 * 72)
    pages = [page.extract_text() for page in reader.pages]
    every = "\n".join(pages)
    for index in range(60):
        assert f"Microcentro {territory_hub.COMMUNES[index % 4]} {index + 1}\n" in every + "\n"
    # The networks' table continues on the next page under its own header row.
    continued = [p for p in pages[1:] if "Microcentro" in p and "Sesiones" in p]
    assert continued, "the networks' header is repeated on the following page"
    assert "Territorio" in every


def test_a_year_nobody_reported_prints_a_short_page_and_a_bad_target_is_refused(
    hub: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "vacio.pdf"
    build_territory_report(hub.db, out, 2020, "carta", "es", today=TODAY)
    assert "Ninguna red ha informado" in flat_text(out)
    with pytest.raises(PrintError):
        build_territory_report(hub.db, tmp_path / "no-such-folder" / "x.pdf", 2020)
    assert not list(tmp_path.glob("*.part"))


def test_minga_territory_report_on_the_command_line(cli, data_dir: Path, tmp_path: Path) -> None:
    with Workspace(data_dir) as ws:
        _coordinator(ws)
        territory_hub.fill(ws.db, networks=3, years=(2025, 2026))
    out = tmp_path / "informe.pdf"
    args = ("territory", "report", "--year", "2025", "--out", str(out), "--paper", "oficio")
    result = cli(*args, "--json", lang="es")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["paper"] == "oficio"
    assert document["pages"] == len(PdfReader(out).pages)
    assert "Informe territorial 2025" in flat_text(out)
    spoken = cli("territory", "report", "--out", str(tmp_path / "b.pdf"), lang="es")
    assert spoken.returncode == 0, spoken.stderr
    assert "escrita" in spoken.stdout
    refused = cli("territory", "report", "--out", str(tmp_path / "nowhere" / "x.pdf"))
    assert refused.returncode != 0
    assert "nowhere" in refused.stderr


def test_an_installation_that_is_not_a_coordinators_refuses_in_spanish(
    cli, data_dir: Path, tmp_path: Path
) -> None:
    with Workspace(data_dir) as ws:
        initialize(
            ws.db,
            SetupInput(role="advisor", name="Rosa Pérez", microcentre="Microcentro Las Cumbres"),
        )
        out = tmp_path / "informe.pdf"
        with pytest.raises(NotTheHubError):
            build_territory_report(ws.db, out, None, "carta", "es", today=TODAY)
    refused = cli("territory", "report", "--out", str(out), lang="es")
    assert refused.returncode == 2
    assert refused.stdout == ""
    assert "central del territorio" in refused.stderr
    assert "No se escribió nada" in refused.stderr
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []
