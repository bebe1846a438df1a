"""Every visible string has its Spanish translation, and the .ts files match the sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from minga.devtools import translations as tools

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\(\w+\)[rs]|%s")


def _entries(path: Path) -> dict[tuple[str, str], list[str]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found[(name, message.findtext("source", default=""))] = forms
    return found


def test_spanish_is_complete() -> None:
    missing = tools.unfinished(tools.SPANISH)
    assert missing == [], "untranslated (run: python -m minga.devtools.translations missing)"


@pytest.mark.parametrize("ts", [tools.SPANISH, tools.ENGLISH], ids=["es", "en"])
def test_the_ts_files_match_the_sources(ts: Path, tmp_path: Path) -> None:
    """lupdate over today's sources finds exactly the strings the .ts file has."""
    fresh = tmp_path / ts.name
    shutil.copyfile(ts, fresh)
    extra = ["-pluralonly"] if ts == tools.ENGLISH else []
    subprocess.run(
        [tools._tool("pyside6-lupdate"), *tools.source_files(), "-no-obsolete", "-locations",
         "none", *extra, "-ts", str(fresh)],
        check=True, cwd=tools.ROOT, capture_output=True,
    )  # fmt: skip
    assert set(_entries(fresh)) == set(_entries(ts)), (
        "the sources changed: run `python -m minga.devtools.translations update` and translate"
    )


def test_translations_keep_their_placeholders() -> None:
    wrong = []
    for (context, source), forms in _entries(tools.SPANISH).items():
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in filter(None, forms):  # empty ones fail test_spanish_is_complete
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                wrong.append((context, source, form))
    assert wrong == []
