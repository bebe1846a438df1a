"""A person's rights from the command line (Ley 21.719): `person export` writes her data
in an open format with a readable summary, for herself or for the advisor; anyone else
is refused; `person erase` names what will go and asks before erasing; `print privacy`
prints the advisors' page."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import ROOT, Cli
from tests.sync.conftest import Network

PHOTO = b"\xff\xd8\xff\xe0" + b"foto de la huerta" * 200


def pdf_text(data_or_path) -> str:
    import io

    source = io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path
    return " ".join((page.extract_text() or "") for page in PdfReader(source).pages)


def test_a_person_exports_her_data_and_others_are_refused(network: Network, tmp_path: Path):
    ana, pedro = network.ana, network.pedro
    from minga.services.practices import PracticeInput

    practice = ana.practices.create(
        PracticeInput(title="Huerto con lombrices", description="Compost en el patio.")
    ).id
    photo = tmp_path / "huerto.jpg"
    photo.write_bytes(PHOTO)
    ana.practices.attach(practice, photo)
    ana_name = "Ana María Huenchumilla"
    network.advisor.import_(ana.export(network.path("ana")))
    for device in network.devices():
        device.close()

    out = tmp_path / "datos de ana.zip"
    result = Cli(ana.root)("person", "export", ana_name, "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    done = json.loads(result.stdout)
    assert done["counts"]["practice"] == 1
    assert done["attachments"] == 1
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        assert {"README.txt", "persona.json", "registros/practice.json", "resumen.pdf"} <= names
        readme = archive.read("README.txt").decode("utf-8")
        assert "Ley 21.719" in readme
        assert ana_name in readme
        assert json.loads(archive.read("persona.json"))["name"] == ana_name
        [record] = json.loads(archive.read("registros/practice.json"))
        assert record["title"] == "Huerto con lombrices"
        assert record["id"] == practice
        [photo_name] = [n for n in names if n.startswith("adjuntos/")]
        assert archive.read(photo_name) == PHOTO
        summary = pdf_text(archive.read("resumen.pdf"))
    assert ana_name in summary
    assert "Huerto con lombrices" in summary

    # The advisor may export any member's data; a colleague may not (nothing written).
    by_advisor = tmp_path / "por-la-asesora.zip"
    result = Cli(network.advisor.root)("person", "export", ana_name, "--out", str(by_advisor))
    assert result.returncode == 0, result.stderr
    assert (
        "Huerto con lombrices"
        in zipfile.ZipFile(by_advisor).read("registros/practice.json").decode()
    )
    refused = tmp_path / "de-otra.zip"
    result = Cli(pedro.root)("person", "export", ana_name, "--out", str(refused), lang="es")
    assert result.returncode == 2
    assert "asesora" in result.stderr
    assert not refused.exists()
    result = Cli(pedro.root)("person", "export", "Nadie Conocido", "--out", str(refused))
    assert result.returncode == 2
    assert "Nadie Conocido" in result.stderr


def test_an_erasure_is_confirmed_before_anything_goes(network: Network) -> None:
    ana, pedro, rosa = network.ana, network.pedro, network.advisor
    ana.add_practice("Huerto con lombrices")
    rosa.import_(ana.export(network.path("ana")))
    for device in network.devices():
        device.close()
    name = "Ana María Huenchumilla"

    # A colleague may not erase her; without --yes (no terminal) nothing is erased.
    result = Cli(pedro.root)("person", "erase", name, "--yes", lang="es")
    assert result.returncode == 2
    assert "asesora" in result.stderr
    result = Cli(rosa.root)("person", "erase", name, lang="es")
    assert result.returncode == 2
    assert "Ana María Huenchumilla" in result.stdout
    assert "prácticas: 1" in result.stdout
    assert "--yes" in result.stderr
    assert rosa.rows("SELECT count(*) FROM erasures") == [(0,)]

    result = Cli(rosa.root)("person", "erase", name, "--yes", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"] == {"practice": 1}
    assert rosa.rows("SELECT name FROM people WHERE id = ?", ana.person_id) == [
        ("Persona eliminada",)
    ]
    assert rosa.rows("SELECT title FROM practices WHERE owner = ?", ana.person_id) == [
        ("(contenido eliminado)",)
    ]
    result = Cli(rosa.root)("person", "erase", ana.person_id, "--yes", lang="es")
    assert result.returncode == 2
    assert "ya" in result.stderr


def test_the_privacy_page_prints_and_matches_the_docs(cli: Cli, tmp_path: Path) -> None:
    docs = (ROOT / "docs" / "privacy.md").read_text(encoding="utf-8")
    spanish = docs.split("<!-- es:start -->")[1].split("<!-- es:end -->")[0].strip()
    assert spanish == (ROOT / "resources" / "privacidad.md").read_text(encoding="utf-8").strip()
    out = tmp_path / "privacidad.pdf"
    result = cli("print", "privacy", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in ("Privacidad en Minga", "Ley 21.719", "minga person erase", "Persona eliminada"):
        assert words in " ".join(text.split()), words
