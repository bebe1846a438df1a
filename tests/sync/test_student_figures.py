"""Students' figures per school and level (counts only): recorded on the command line,
checked, and travelling to the advisor in a real bundle without any student's name."""

from __future__ import annotations

import json

import pytest

from minga.domain.errors import ValidationErrors
from minga.services.students import StudentFiguresInput, StudentFiguresService
from tests.conftest import Cli
from tests.sync.conftest import Network, open_bundle, records_of


def test_figures_are_recorded_on_the_command_line_and_reach_the_advisor(
    network: Network,
) -> None:
    ana, rosa = network.ana, network.advisor
    cli = Cli(ana.root)
    for month, percent in (("2026-03", "91.5"), ("2026-04", "88")):
        done = cli(
            "students", "record", "--school", "4478-4", "--level", "2°", "--period", month,
            "--attendance", percent, "--students", "6", "--json",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    diagnostic = cli(
        "students", "record", "--school", "4478", "--level", "2B", "--period", "2026-04",
        "--diagnostic", "Lectura DIA abril", "--achieved", "Insatisfactorio=1",
        "--achieved", "Elemental=2", "--achieved", "Adecuado=3", "--json",
    )  # fmt: skip
    assert diagnostic.returncode == 0, diagnostic.stderr
    assert json.loads(diagnostic.stdout)["students"] == 6
    # Again for the same month: the figures are replaced, not added.
    again = cli(
        "students", "record", "--school", "4478-4", "--level", "2B", "--period", "2026-04",
        "--attendance", "90", "--students", "6",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    listed = json.loads(cli("students", "list", "--json").stdout)
    assert [(f["period"], f["measure"], f["attendance_percent"]) for f in listed] == [
        ("2026-03", "attendance", 91.5),
        ("2026-04", "attendance", 90.0),
        ("2026-04", "diagnostic", None),
    ]
    refused = cli(
        "students", "record", "--school", "4478-4", "--level", "2B", "--period", "abril",
        "--attendance", "140", "--students", "6",
    )  # fmt: skip
    assert refused.returncode != 0
    assert "2026-03" in refused.stderr

    bundle = ana.export(network.path("ana-estudiantes"))
    records = records_of(open_bundle(bundle, rosa.keys().encryption_secret), "student_aggregate")
    assert len(records) == 3
    assert {r["level"] for r in records} == {"2B"}
    assert [r["achievement"] for r in records if r["measure"] == "diagnostic"] == [
        {"Insatisfactorio": 1, "Elemental": 2, "Adecuado": 3}
    ]
    rosa.import_(bundle)
    series = StudentFiguresService(rosa.ws.db).attendance_series()
    assert list(series.values()) == [[("2026-03", 91.5), ("2026-04", 90.0)]]

    # The advisor's period report has them, with the attendance's run chart.
    from pypdf import PdfReader

    out = network.folder / "informe.pdf"
    printed = Cli(rosa.root)("print", "report", "--year", "2026", "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Lectura DIA abril" in text
    assert "Insatisfactorio" in text
    assert "04/2026: 90%" in text


def test_figures_are_checked(network: Network) -> None:
    service = StudentFiguresService(network.ana.ws.db)
    school = service.school_id("Escuela Rural Los Boldos")
    with pytest.raises(ValidationErrors) as info:
        service.record(
            StudentFiguresInput(
                school_id=school, level="9B", period="2026-13", attendance_percent=-1
            )
        )
    assert set(info.value.by_field()) == {"level", "period", "attendance", "students"}
    with pytest.raises(ValidationErrors) as info:
        service.record(
            StudentFiguresInput(
                school_id=school, level="1B", period="2026-03", measure="diagnostic"
            )
        )
    assert set(info.value.by_field()) == {"name", "achievement"}
