"""The curriculum catalogue (shipped CSV, an advisor's additions), `oa list`, unknown
codes as a warning the person confirms, and `cycle point add|list` on the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minga.core.attachments import AttachmentStore
from minga.services.curriculum import PARTIAL, UnknownOaWarning, load_catalogue
from minga.services.improvement import CycleInput, ImprovementService
from minga.services.practices import PracticeInput, PracticeService
from tests.conftest import Cli


def test_the_shipped_catalogue_loads() -> None:
    catalogue = load_catalogue()
    assert len(catalogue) >= 80
    first = catalogue.get("MA01 OA 01")
    assert first is not None
    assert (first.subject, first.level, first.source) == ("MA", "1B", "minga")
    assert "100" in first.description
    # Parvularia: NT1 and NT2 share the transition level's objectives.
    nt = catalogue.search(subject="PM", level="NT1")
    assert [o.code for o in nt][:2] == ["PMNT OA 01", "PMNT OA 02"]
    assert nt == catalogue.search(subject="PM", level="NT2")
    # Every row has a description in words, and codes are unique by construction.
    assert all(o.description and o.axis for o in catalogue.all())


# Objectives per subject and level in the Bases Curriculares, for the levels the catalogue
# covers (docs/domain.md, The school and the curriculum): each is covered whole, but for
# Historia 4° to 6° (`PARTIAL`), whose numbers are listed.
COVERED = {
    ("MA", "1B"): 20,
    ("MA", "2B"): 22,
    ("MA", "3B"): 26,
    ("MA", "4B"): 27,
    ("MA", "5B"): 27,
    ("MA", "6B"): 24,
    ("LE", "1B"): 26,
    ("LE", "2B"): 30,
    ("LE", "3B"): 31,
    ("LE", "4B"): 30,
    ("LE", "5B"): 30,
    ("LE", "6B"): 31,
    ("CN", "1B"): 12,
    ("CN", "2B"): 14,
    ("CN", "3B"): 13,
    ("CN", "4B"): 17,
    ("CN", "5B"): 14,
    ("CN", "6B"): 18,
    ("HI", "1B"): 16,
    ("HI", "2B"): 16,
    ("HI", "3B"): 16,
    ("AR", "1B"): 5,
    ("AR", "2B"): 5,
    ("AR", "3B"): 5,
    ("AR", "4B"): 5,
    ("AR", "5B"): 5,
    ("AR", "6B"): 5,
    ("PM", "NT"): 12,
    ("LV", "NT"): 10,
}
IN_PART = {
    ("HI", "4B"): [*range(1, 13)],
    ("HI", "5B"): [*range(1, 15)],
    ("HI", "6B"): [*range(1, 14), 15, 16],
}


def test_each_covered_subject_and_level_has_all_its_objectives_in_order() -> None:
    catalogue = load_catalogue()
    found: dict[tuple[str, str], list[int]] = {}
    for objective in catalogue.all():
        found.setdefault((objective.subject, objective.level), []).append(
            int(objective.code.rsplit(" ", 1)[1])
        )
    assert set(PARTIAL) == set(IN_PART)
    assert {key: found.pop(key) for key in IN_PART} == IN_PART
    assert {key: len(numbers) for key, numbers in found.items()} == COVERED
    for numbers in found.values():
        assert numbers == list(range(1, len(numbers) + 1))
    # The next number after the last is unknown: a warning, never a silent pass.
    assert catalogue.unknown(["MA02 OA 23", "MA04 OA 27", "CN01 OA 13", "CN06 OA 19"]) == [
        "MA02 OA 23",
        "CN01 OA 13",
        "CN06 OA 19",
    ]
    # A level covered in part cannot tell: its missing numbers are not reported.
    assert catalogue.unknown(["HI06 OA 14", "HI04 OA 17", "HI05 OA 14"]) == []


def test_every_shipped_code_is_unique_and_well_formed() -> None:
    import csv

    from minga import resources
    from minga.domain.validation import normalize_oa_code

    codes: list[str] = []
    for path in sorted(resources.path("curriculum").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                assert normalize_oa_code(row["code"]) == row["code"], row
                assert row["code"][:2] == row["subject"], row
                level = row["level"]
                grade = row["code"][2:4]
                assert level == ("NT" if grade == "NT" else f"{int(grade)}B"), row
                assert row["axis"].strip(), row
                assert 10 <= len(row["description"]) <= 300, row
                codes.append(row["code"])
    assert len(codes) == len(set(codes))
    assert len(codes) == len(load_catalogue())


def test_search_by_subject_level_and_words_without_accents() -> None:
    catalogue = load_catalogue()
    found = catalogue.search(subject="MA", level="1B", query="pictogramas")
    assert [o.code for o in found] == ["MA01 OA 19", "MA01 OA 20"]
    assert [o.code for o in catalogue.search(query="GRÉCIA")] == [
        "HI03 OA 01",
        "HI03 OA 09",
        "HI03 OA 10",
    ]
    assert catalogue.search(subject="HI", level="7B") == []
    assert [o.code for o in catalogue.search(subject="CN", query="fotosintesis")] == ["CN06 OA 01"]
    assert catalogue.search(subject="LE", level="1B", query="trabalenguas")[0].code == (
        "LE01 OA 26"
    )


def test_unknown_codes() -> None:
    catalogue = load_catalogue()
    # MA01 is covered: 99 does not exist. English is not taught in 1°. CN07 is not in
    # the catalogue yet: it cannot know, so it says nothing.
    assert catalogue.unknown(["MA01 OA 03", "MA01 OA 99", "IN01 OA 01", "CN07 OA 01"]) == [
        "MA01 OA 99",
        "IN01 OA 01",
    ]


def test_an_advisor_extends_and_rewords_the_catalogue(tmp_path: Path) -> None:
    folder = tmp_path / "curriculum"
    folder.mkdir()
    (folder / "red.csv").write_text(
        "code,subject,level,axis,description\n"
        "CN07 OA 01,CN,7B,Ciencias de la vida,Observar microorganismos y sus efectos\n"
        "MA01 OA 01,MA,1B,Números,Contar hasta 100 (redacción de la red)\n"
        "XX99,MA,1B,Números,una fila con un código malo\n",
        encoding="utf-8",
    )
    catalogue = load_catalogue(tmp_path)
    added = catalogue.get("CN07 OA 01")
    assert added is not None
    assert added.source == "red.csv"
    reworded = catalogue.get("MA01 OA 01")
    assert reworded is not None
    assert reworded.description == "Contar hasta 100 (redacción de la red)"
    assert len(catalogue) == len(load_catalogue()) + 1  # the bad row is skipped
    # Now CN07 is covered: a number it lacks is unknown.
    assert catalogue.unknown(["CN07 OA 40"]) == ["CN07 OA 40"]


def test_a_practice_with_an_unknown_code_is_a_warning_the_person_confirms(teacher) -> None:
    practices = PracticeService(teacher.db, AttachmentStore(teacher.dirs.attachments))
    data = PracticeInput(title="Contar semillas", oa_codes=["ma1oa99", "MA01 OA 01"])
    with pytest.raises(UnknownOaWarning) as info:
        practices.create(data)
    assert "MA01 OA 99" in info.value.message()
    data.accept_unknown_oa = True
    saved = practices.create(data)
    assert saved.data.oa_codes == ["MA01 OA 99", "MA01 OA 01"]
    parvularia = practices.create(PracticeInput(title="Patrones", oa_codes=["pm nt oa 1"]))
    assert parvularia.data.oa_codes == ["PMNT OA 01"]


def test_oa_list_on_the_command_line(cli: Cli) -> None:
    result = cli("oa", "list", "--subject", "Matemática", "--level", "1°", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 20
    assert rows[0] == {
        "code": "MA01 OA 01",
        "subject": "MA",
        "level": "1B",
        "axis": "Números y operaciones",
        "description": rows[0]["description"],
        "source": "minga",
    }
    text = cli("oa", "list", "--subject", "PM", "--level", "NT1", "--search", "patrones")
    assert text.returncode == 0
    assert text.stdout.startswith("PMNT OA 01")
    assert cli("oa", "list", "--subject", "Física").returncode == 2


def test_cycle_points_on_the_command_line(teacher, cli: Cli) -> None:
    cycle = ImprovementService(teacher.db).create(CycleInput(title="Asistencia", indicator="%"))
    teacher.close()  # the command opens the folder itself
    for month, value in enumerate([60, 62, 58, 63, 64, 65, 80, 82, 85, 84], start=3):
        result = cli("cycle", "point", "add", cycle.id, "--period", f"2026-{month:02d}",
                     "--value", str(value))  # fmt: skip
        assert result.returncode == 0, result.stderr
    document = json.loads(cli("cycle", "point", "list", cycle.id, "--json").stdout)
    assert [p["value"] for p in document["points"]][-2:] == [85.0, 84.0]
    chart = document["run_chart"]
    assert (chart["median"], chart["baseline"]) == (62.5, 6)
    assert {s["rule"] for s in chart["signals"]} >= {"shift"}
    assert cli("cycle", "baseline", cycle.id, "--points", "4").returncode == 2
    marked = json.loads(cli("cycle", "change", cycle.id, "--period", "2026-09", "--json").stdout)
    assert marked["change_periods"] == ["2026-09"]
    assert [p["median"] for p in marked["run_chart"]["phases"]] == [62.5, 83.0]
    listing = json.loads(cli("cycle", "list", "--json").stdout)
    assert listing[0]["points"] == 10
    text = cli("cycle", "point", "list", cycle.id, lang="en").stdout
    assert "baseline of the first 6 points" in text
