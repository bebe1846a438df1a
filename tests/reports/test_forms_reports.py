"""Blank forms, the period report and the portfolio: generated, read back, fonts
embedded, the templates' and the network's words in them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from minga.domain.errors import MingaError
from minga.services import printing
from tests.conftest import SOURCE
from tests.reports.conftest import TODAY, flat_text, pdf_reader, pdffonts


def _all_embedded(path) -> bool:
    fonts = pdffonts(path)
    return bool(fonts) and all(font["emb"] == "yes" for font in fonts)


@pytest.mark.parametrize("paper", ["carta", "oficio"])
def test_exit_ticket_slips_several_to_a_page_with_the_template_questions(
    advisor_demo, tmp_path, paper
):
    from minga.services.templates import TemplateService

    document = printing.build_form(
        advisor_demo.db, "exit-ticket", tmp_path / "t.pdf", paper, lang="en"
    )
    assert document.pages == 1
    text = flat_text(document.path)
    questions = TemplateService(advisor_demo.db).resolve("exit_ticket").body["questions"]
    slips = text.count("Mark one face for each question.")
    assert slips >= 4  # several to a page (2 x 2 on Carta)
    for question in questions:
        assert text.count(question["prompt"]) == slips
        for option in question["options"]:
            assert option["label"] in text
    assert "No names." in text
    assert "✂" in text  # cut lines
    assert _all_embedded(document.path)
    # In a child's words: an activity, not homework; the levels to tick, not a class to
    # write (tallies are per level).
    assert "actividad" in text
    assert "tarea" not in text
    assert text.count("My level:") == slips
    assert "Class:" not in text
    for level in ("NT1", "NT2", "1°", "6°"):
        assert text.count(level) >= slips


def test_the_slip_faces_go_from_happy_to_neutral(monkeypatch, advisor_demo, tmp_path) -> None:
    from minga.reports import charts

    moods: list[float] = []
    face = charts.face
    monkeypatch.setattr(charts, "face", lambda d, mood, **k: moods.append(mood) or face(d, mood))
    printing.build_form(advisor_demo.db, "exit-ticket", tmp_path / "t.pdf", lang="en")
    assert moods
    assert min(moods) == 0  # "Todavía no" is neutral, never sad
    assert moods[:3] == [1.0, 0.5, 0.0]


def test_self_assessment_and_observation_forms_follow_their_templates(advisor_demo, tmp_path):
    from minga.services.templates import TemplateService

    templates = TemplateService(advisor_demo.db)  # the demo's advisor edited them
    rubric = printing.build_form(advisor_demo.db, "self-assessment", tmp_path / "a.pdf")
    text = flat_text(rubric.path)
    for criterion in templates.resolve("self_assessment_rubric").body["criteria"]:
        assert criterion["label"] in text
        for level in criterion["levels"]:
            assert level in text
    protocol = printing.build_form(advisor_demo.db, "observation", tmp_path / "o.pdf", lang="en")
    text = flat_text(protocol.path)
    body = templates.resolve("observation_protocol").body
    for item in body["items"]:
        assert item["label"] in text
    for level in body.get("scale") or ["Not observed", "Partly observed", "Outstanding"]:
        assert level in text
    assert "Formative and non-punitive" in text
    phea = printing.build_form(advisor_demo.db, "phea", tmp_path / "p.pdf", lang="en")
    text = flat_text(phea.path)
    for stage in ("Plan", "Do", "Study", "Adjust"):
        assert stage in text
    for document in (rubric, protocol, phea):
        assert _all_embedded(document.path)


def test_an_edited_template_is_what_prints(advisor_demo, tmp_path):
    from minga.services.templates import TemplateInput, TemplateService

    service = TemplateService(advisor_demo.db)
    current = service.resolve("exit_ticket")
    body = dict(current.body)
    body["questions"] = [
        {
            "id": "fun",
            "kind": "attitudinal",
            "mbe_domain": "B",
            "prompt": "¿Te divertiste con <tu> grupo & tus amigos?",
            "options": [{"id": "si", "label": "Sí"}, {"id": "no", "label": "No"}],
        }
    ]
    service.update(current.id, TemplateInput(kind="exit_ticket", name=current.name, body=body))
    document = printing.build_form(advisor_demo.db, "exit-ticket", tmp_path / "t.pdf")
    assert "¿Te divertiste con <tu> grupo & tus amigos?" in flat_text(document.path)


def test_blank_survey_slips_print_the_networks_wording(advisor_demo, tmp_path):
    from minga.services.templates import TemplateInput, TemplateService, default_template_id

    # Minga's own wording, in the reader's language, several slips to a page.
    english = printing.build_form(advisor_demo.db, "survey", tmp_path / "en.pdf", lang="en")
    text = flat_text(english.path)
    assert english.pages == 1
    assert text.count("The session was useful for my work.") >= 3
    assert "Strongly agree" in text
    spanish = flat_text(printing.build_form(advisor_demo.db, "survey", tmp_path / "es.pdf").path)
    assert "La sesión fue útil para mi trabajo." in spanish
    # The advisor's wording, as she wrote it, in her order, whatever the language.
    service = TemplateService(advisor_demo.db)
    service.ensure_defaults()
    survey = service.get(default_template_id("satisfaction_survey"))
    items = [dict(i) for i in survey.body["items"]]
    items[0]["label"] = "Hoy aprendí algo útil para mi curso multigrado."
    order = [items[2], *items[:2], items[3]]
    body = {**survey.body, "items": order, "scale": ["1", "2", "3", "4"]}
    service.update(survey.id, TemplateInput(name=survey.name, body=body))
    document = printing.build_form(advisor_demo.db, "survey", tmp_path / "ed.pdf", lang="en")
    edited = flat_text(document.path)
    assert "Hoy aprendí algo útil para mi curso multigrado." in edited
    assert "The session was useful for my work." not in edited
    assert "Strongly agree" not in edited
    assert edited.index("Sentí confianza") < edited.index("Hoy aprendí")


def test_a_form_prints_before_the_notebook_is_set_up(workspace, tmp_path):
    document = printing.build_form(workspace.db, "observation", tmp_path / "o.pdf")
    assert document.pages >= 1


def test_an_unknown_form_is_refused(advisor_demo, tmp_path):
    with pytest.raises(MingaError):
        printing.build_form(advisor_demo.db, "census", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_period_report_has_its_sections_charts_schools_and_practices(advisor_demo, tmp_path):
    from sqlalchemy import select

    from minga.store.models import School

    document = printing.build_period_report(
        advisor_demo.db, tmp_path / "r.pdf", 2026, lang="en", today=TODAY
    )
    text = flat_text(document.path)
    for section in (
        "Indicators of the year",
        "Session by session",
        "Schools and teachers",
        "Practices shared",
        "What the students said",
        "Improvement cycles (PHEA)",
    ):
        assert section in text, section
    assert text.count("median") >= 3  # run charts with their median line
    # Satisfaction read as the seed's goals read it, with agreement beside it.
    summary = printing.gather_period_report(advisor_demo.db, 2026, today=TODAY).summary
    assert summary.useful_top.denominator == summary.useful.denominator > 0
    assert summary.useful_top.numerator <= summary.useful.numerator
    assert "Found the session very useful" in text
    assert "goal 82%, Andalién Sur (top answer)" in text
    assert "goal 55%, Malloa (agree or better)" in text
    with advisor_demo.db.session() as session:
        schools = list(session.scalars(select(School.name).where(School.deleted.is_(False))))
    for school in schools:
        assert school in text
    data = printing.gather_period_report(advisor_demo.db, 2026, today=TODAY)
    assert data.practices
    for practice in data.practices:
        assert practice.title in text
        assert practice.author in text
    assert pdf_reader(document.path).metadata.title == "Network report · school year 2026"
    assert _all_embedded(document.path)


def test_the_portfolio_holds_a_teachers_practices_applications_and_self_assessments(
    advisor_demo, files, tmp_path
):
    from sqlalchemy import func, select

    from minga.store.models import Person, SelfAssessment

    with advisor_demo.db.session() as session:
        teacher_id, name = session.execute(
            select(Person.id, Person.name)
            .join(SelfAssessment, SelfAssessment.owner == Person.id)
            .group_by(Person.id)
            .order_by(func.count().desc())
        ).first()
    document = printing.build_portfolio(
        advisor_demo.db, teacher_id, tmp_path / "p.pdf", lang="en", files=files
    )
    text = flat_text(document.path)
    data = printing.gather_portfolio(advisor_demo.db, teacher_id)
    assert data.person == name
    assert name in text
    for section in ("My practices", "Colleagues' practices I applied", "Self-assessments"):
        assert section in text
    for practice in data.practices:
        assert practice.title in text
    assert data.adoptions
    assert data.self_assessments
    for adoption in data.adoptions:
        assert adoption.practice in text
    assert pdf_reader(document.path).metadata.author == name
    one_year = printing.gather_portfolio(advisor_demo.db, teacher_id, year=2025)
    assert len(one_year.self_assessments) < len(data.self_assessments)
    assert all(sa.date.year == 2025 for sa in one_year.self_assessments)


def test_an_unknown_person_has_no_portfolio(advisor_demo, tmp_path):
    with pytest.raises(MingaError) as error:
        printing.build_portfolio(advisor_demo.db, "nobody", tmp_path / "p.pdf")
    assert "nobody" in error.value.message()


def test_documents_in_english_and_in_spanish_differ_only_in_words(advisor_demo, tmp_path):
    english = printing.build_form(advisor_demo.db, "phea", tmp_path / "en.pdf", lang="en")
    spanish = printing.build_form(advisor_demo.db, "phea", tmp_path / "es.pdf", lang="es")
    assert english.pages == spanish.pages
    assert pdf_reader(english.path).trailer["/Root"]["/Lang"] == "en"
    assert pdf_reader(spanish.path).trailer["/Root"]["/Lang"] == "es-CL"


def test_printed_dates_and_decimals_follow_the_language():
    from minga.reports.layout import Tr

    day = dt.date(2026, 4, 9)
    assert Tr("en").long_date(day, weekday=True) == "Thursday, April 9, 2026"
    assert Tr("en").short_date(day) == "2026-04-09"
    assert Tr("es").short_date(day) == "09-04-2026"
    assert Tr("es").decimal(3.25, 2) == "3,25"
    assert Tr("en").decimal(3.25, 2) == "3.25"
    assert Tr("es").decimal(4.0) == "4"


def test_user_text_is_escaped_for_paragraph_markup():
    from minga.reports.layout import esc

    assert esc("<b>Fracciones & decimales</b>") == "&lt;b&gt;Fracciones &amp; decimales&lt;/b&gt;"
    assert esc("uno\ndos\r\ntres\x00") == "uno<br/>dos<br/>tres"
    assert esc(None) == ""


def test_reportlab_is_not_imported_at_start_up():
    """The window and the command line start without ReportLab (docs/architecture.md,
    Performance budgets)."""
    code = (
        "import sys\n"
        "import minga.cli, minga.services.printing, minga.ui.printing\n"
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'minga.reports'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(SOURCE), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "[]"
