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

    # `indicators --json` carries them per school and level: counts only, never names.
    shown = Cli(rosa.root)("indicators", "--json", "--year", "2026")
    assert shown.returncode == 0, shown.stderr
    (level,) = json.loads(shown.stdout)["students"]
    assert (level["school"], level["level"], level["students"]) == (
        "Escuela Rural Los Boldos",
        "2B",
        6,
    )
    assert level["attendance_mean"] == 90.8
    assert level["attendance"] == [
        {"month": "2026-03", "percent": 91.5},
        {"month": "2026-04", "percent": 90.0},
    ]
    assert level["diagnostics"][0]["achievement"] == [
        {"level": "Insatisfactorio", "students": 1},
        {"level": "Elemental", "students": 2},
        {"level": "Adecuado", "students": 3},
    ]


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
    with pytest.raises(ValidationErrors) as info:  # nobody took it
        service.record(
            StudentFiguresInput(
                school_id=school, level="1B", period="2026-03", measure="diagnostic",
                name="DIA", achievement={"Adecuado": 0, "Elemental": 0},
            )
        )  # fmt: skip
    assert set(info.value.by_field()) == {"achievement"}


def test_a_teacher_records_her_own_schools_figures_only(network: Network) -> None:
    from minga.domain.errors import NotAllowedError

    ana = StudentFiguresService(network.ana.ws.db)
    hers = ana.school_id("Escuela Rural Los Boldos")
    other = _other_school(network, hers)
    may = StudentFiguresInput(
        school_id=hers, level="3B", period="2026-05", attendance_percent=80, students=4
    )
    may_not = StudentFiguresInput(
        school_id=other, level="3B", period="2026-05", attendance_percent=80, students=4
    )
    assert ana.record(may).level == "3B"
    with pytest.raises(NotAllowedError):
        ana.record(may_not)
    assert ana.figures(school_id=other) == []
    # The advisor records any school's.
    assert StudentFiguresService(network.advisor.ws.db).record(may_not).school_id == other


def _other_school(network: Network, hers: str) -> str:
    """A school of the network that is not Ana's (Pedro's, known from the roster)."""
    from sqlalchemy import select

    from minga.store.models import School

    with network.ana.ws.db.session() as session:
        ids = list(session.scalars(select(School.id).where(School.deleted.is_(False))))
    others = [i for i in ids if i != hers]
    assert others, "the test network has a second school"
    return others[0]
