"""`minga print ...` end to end, through the CLI (tests/conftest.py `cli`)."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from tests.reports.conftest import flat_text, pdf_reader, pdffonts


@pytest.fixture
def demo_dir(advisor_demo_template, data_dir):
    shutil.copytree(advisor_demo_template, data_dir)
    return data_dir


def test_print_the_latest_session_guide(cli, demo_dir, tmp_path):
    out = tmp_path / "guía de la sesión.pdf"
    result = cli("print", "session-guide", "--session", "latest", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    pages = len(pdf_reader(out).pages)
    # "page(s)" until minga_en.ts has the plural forms.
    assert re.fullmatch(
        rf"{pages} page(s|\(s\)) written to {re.escape(str(out))}\.", result.stdout.strip()
    )
    assert "Session guide" in flat_text(out)
    assert all(font["emb"] == "yes" for font in pdffonts(out))


def test_print_a_session_by_id_on_oficio_with_json(cli, demo_dir, tmp_path):
    listing = cli("sessions", "--json")
    first = json.loads(listing.stdout)["sessions"][0]
    out = tmp_path / "guide.pdf"
    result = cli(
        "print", "session-guide", "--session", first["id"], "--out", str(out),
        "--paper", "oficio", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["path"] == str(out)
    assert document["paper"] == "oficio"
    assert document["pages"] == len(pdf_reader(out).pages)
    assert document["sections"][0] == {"title": "Cover", "page": 1, "level": 0}
    assert float(pdf_reader(out).pages[0].mediabox.height) == pytest.approx(935.43, abs=0.01)


def test_an_unknown_session_is_rejected_with_exit_2(cli, demo_dir, tmp_path):
    out = tmp_path / "guide.pdf"
    result = cli("print", "session-guide", "--session", "no-such-id", "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.strip() == "The session no-such-id is not in this notebook."
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name != "data"] == []


def test_no_sessions_yet_and_a_missing_folder_are_exit_2(cli, data_dir, tmp_path):
    assert cli("init", "--role", "advisor", "--name", "Patricia Soto").returncode == 0
    result = cli("print", "session-guide", "--out", str(tmp_path / "g.pdf"))
    assert result.returncode == 2
    assert result.stderr.strip() == "There are no sessions here yet."
    result = cli("print", "form", "phea", "--out", str(tmp_path / "missing" / "f.pdf"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_print_forms_report_and_portfolio(cli, demo_dir, tmp_path):
    for kind in ("exit-ticket", "self-assessment", "observation", "phea", "survey"):
        out = tmp_path / f"{kind}.pdf"
        result = cli("print", "form", kind, "--out", str(out), "--paper", "a4")
        assert result.returncode == 0, result.stderr
        assert float(pdf_reader(out).pages[0].mediabox.width) == pytest.approx(595.28, abs=0.01)
    report = tmp_path / "report.pdf"
    result = cli("print", "report", "--year", "2026", "--out", str(report), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Network report · school year 2026"
    portfolio = tmp_path / "portfolio.pdf"
    people = cli("indicators", "--json")
    teacher = json.loads(people.stdout)["pending"]["teachers"][0]
    result = cli("print", "portfolio", "--person", teacher["id"], "--out", str(portfolio))
    assert result.returncode == 0, result.stderr
    assert teacher["name"] in flat_text(portfolio)


def test_usage_errors_are_exit_1(cli, demo_dir, tmp_path):
    assert cli("print", "form", "census", "--out", str(tmp_path / "x.pdf")).returncode == 1
    assert cli("print", "session-guide").returncode == 1  # --out is required
    bad_paper = cli("print", "report", "--out", str(tmp_path / "x.pdf"), "--paper", "a3")
    assert bad_paper.returncode == 1


def test_spanish_messages_by_default(cli, demo_dir, tmp_path):
    result = cli("print", "session-guide", "--session", "nope", "--out", str(tmp_path / "g.pdf"),
                 lang="")  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip() == "La sesión nope no está en este cuaderno."
