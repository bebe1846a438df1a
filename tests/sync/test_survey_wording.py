"""The survey's wording is a template the advisor edits like the others.

Rosa rewords two statements and the scale of the satisfaction survey; the change travels
in her bundle, Ana's Minga shows and prints the new wording, and the answers given before
the edit keep their meaning (each statement keeps its id). What would change the survey's
shape (a statement added, removed or given another id, a scale of three levels, a second
survey, deleting it) is refused with a sentence, and a teacher cannot edit it.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from minga.domain.cycle_rules import AdvisorOnlyError
from minga.domain.errors import PermissionDeniedError, ValidationErrors
from minga.i18n import catalog
from minga.services import printing
from minga.services.sessions import SatisfactionInput, SessionInput, SessionService
from minga.services.templates import (
    TemplateInput,
    TemplateService,
    default_template_id,
    load_default,
)
from tests.sync.conftest import Network, open_bundle, records_of

EN = catalog("en")
SURVEY = default_template_id("satisfaction_survey")
USEFUL = "Lo que vimos hoy me sirve para mis clases multigrado."
APPLIED = "Ya probé en mi escuela algo de lo aprendido en el microcentro."
SCALE = ["Nada", "Poco", "Bastante", "Mucho"]


def _pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


def _reworded(body: dict) -> dict:
    items = [dict(item) for item in body["items"]]
    for item in items:
        item["label"] = {"useful": USEFUL, "applied": APPLIED}.get(item["id"], item["label"])
    # The last statement asked first on paper: the order may change, the ids stay.
    return {**body, "items": [items[-1], *items[:-1]], "scale": SCALE}


def _refused(templates: TemplateService, body: dict) -> str:
    with pytest.raises(ValidationErrors) as info:
        templates.update(SURVEY, TemplateInput(name="Encuesta", body=body))
    return info.value.message(EN)


def test_the_advisors_wording_travels_prints_and_keeps_the_answers_meaning(
    network: Network, tmp_path: Path
) -> None:
    rosa, ana = network.advisor, network.ana
    sessions = SessionService(rosa.ws.db)
    session_id = sessions.plan(
        SessionInput(date=dt.date(2026, 4, 24), title="Problemas", place="Quelhue")
    ).id
    # Paper forms typed in before the edit.
    sessions.record_satisfaction(
        session_id, SatisfactionInput(useful=4, prepared=3, trust=4, applied=2, count=3)
    )
    before = sessions.satisfaction_summary(session_id)

    templates = TemplateService(rosa.ws.db)
    templates.ensure_defaults()
    shipped = templates.get(SURVEY)
    assert (shipped.kind, shipped.is_default, shipped.can_edit) == (
        "satisfaction_survey",
        True,
        True,
    )
    assert not templates.survey_wording().edited
    edited = templates.update(
        SURVEY, TemplateInput(name=shipped.name, body=_reworded(shipped.body), tags=["D"])
    )
    assert (edited.revision, edited.owner) == (2, rosa.person_id)
    wording = templates.survey_wording()
    assert wording.edited
    assert list(wording.questions) == ["applied", "useful", "prepared", "trust"]
    assert (wording.questions["useful"], wording.scale) == (USEFUL, tuple(SCALE))
    # The answers keep their meaning: the same shares, question by question.
    assert sessions.satisfaction_summary(session_id) == before

    # The slips print the advisor's wording, in her order, whatever the reader's language.
    for lang in ("es", "en"):
        guide = printing.print_session_guide(
            rosa.ws.db, None, session_id, tmp_path / f"guia-{lang}.pdf", lang=lang
        )
        text = _pdf_text(guide)
        assert USEFUL in text
        assert APPLIED in text
        assert "Bastante" in text
        assert "La sesión fue útil para mi trabajo" not in text
        assert "The session was useful for my work" not in text
        assert text.index(APPLIED) < text.index(USEFUL)

    # The edit travels: Ana's Minga shows and prints the same wording.
    bundle = rosa.export(network.path("encuesta"))
    [record] = [
        r
        for r in records_of(open_bundle(bundle, ana.keys().encryption_secret), "template")
        if r["id"] == SURVEY
    ]
    assert (record["kind"], record["revision"]) == ("satisfaction_survey", 2)
    ana.import_(bundle)
    at_ana = TemplateService(ana.ws.db)
    assert at_ana.survey_wording() == wording
    assert not at_ana.get(SURVEY).can_edit
    text = _pdf_text(
        printing.print_session_guide(ana.ws.db, None, session_id, tmp_path / "ana.pdf")
    )
    assert USEFUL in text
    # A teacher edits no survey: it is Rosa's now.
    with pytest.raises(PermissionDeniedError, match="Rosa"):
        at_ana.update(SURVEY, TemplateInput(name="Mía", body=shipped.body))


def test_what_would_change_the_surveys_shape_is_refused(network: Network) -> None:
    templates = TemplateService(network.advisor.ws.db)
    templates.ensure_defaults()
    body = load_default("satisfaction_survey").body
    items = body["items"]
    missing = _refused(templates, {**body, "items": items[:3]})
    assert "The survey keeps its 4 statements with their ids" in missing
    added = {"id": "extra", "label": "Otra afirmación"}
    assert "keeps its 4 statements" in _refused(templates, {**body, "items": [*items, added]})
    renamed = [{**items[0], "id": "util"}, *items[1:]]
    assert "keeps its 4 statements" in _refused(templates, {**body, "items": renamed})
    twice = [items[0], items[0], *items[2:]]
    assert "appears twice" in _refused(templates, {**body, "items": twice})
    scale = _refused(templates, {**body, "scale": ["No", "Algo", "Sí"]})
    assert "The survey's scale has 4 levels, from 1 to 4." in scale
    blank = [{**items[0], "label": " "}, *items[1:]]
    assert "'useful' needs a text" in _refused(templates, {**body, "items": blank})
    with pytest.raises(ValidationErrors) as info:
        templates.create(TemplateInput(kind="satisfaction_survey", name="Otra", body=body))
    assert "The network has one satisfaction survey" in info.value.message(EN)
    # Before the advisor edits it, Minga's survey is hers to change, not a teacher's.
    teacher = TemplateService(network.ana.ws.db)
    teacher.ensure_defaults()
    with pytest.raises(AdvisorOnlyError):
        teacher.update(SURVEY, TemplateInput(name="Mía", body=body))
    # Once edited it is the advisor's, and still cannot be deleted.
    templates.update(SURVEY, TemplateInput(name="Encuesta de la red", body=body))
    with pytest.raises(ValidationErrors) as info:
        templates.delete(SURVEY)
    assert "The network has one satisfaction survey" in info.value.message(EN)
    assert templates.get(SURVEY).revision == 2
