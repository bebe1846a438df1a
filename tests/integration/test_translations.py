"""Every visible string has its Spanish translation, and the .ts files match the sources."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

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


# Qt date formats quote their literal words ('de'); a shell command quotes its argument.
_QUOTES_ALLOWED = re.compile(r"\bMMM\b|yyyy|pip install")


def test_spanish_quotes_values_and_names_one_way() -> None:
    """A value, a name on screen or a command is quoted «así» in the Spanish window."""
    single = re.compile(r"(?<!\w)'[^'\n]+'(?!\w)")
    offending = [
        form
        for forms in _entries(tools.SPANISH).values()
        for form in forms
        if single.search(form) and not _QUOTES_ALLOWED.search(form)
    ]
    assert offending == []


def test_spanish_speaks_to_the_person_as_tu() -> None:
    """The window says «tú» to the teacher and the advisor, never «usted»."""
    formal = re.compile(
        r"\b[Uu]sted\b|pida a su|(?:^|[.:;!?]\s+|\n\s*)(Marque|Escriba|Indique|Pida|Elija|"
        r"Revise|Agregue|Ejecute|Restaure|Vuelva a|Intente)\b"
    )
    offending = [
        form for forms in _entries(tools.SPANISH).values() for form in forms if formal.search(form)
    ]
    assert offending == []


def test_the_ts_files_match_the_sources_and_an_update_changes_nothing(tmp_path: Path) -> None:
    """`translations update` over today's sources finds exactly the strings the .ts files
    have, and leaves both files byte for byte as they are (no diff without a change)."""
    spanish, english = tmp_path / tools.SPANISH.name, tmp_path / tools.ENGLISH.name
    shutil.copyfile(tools.SPANISH, spanish)
    shutil.copyfile(tools.ENGLISH, english)
    tools.update(spanish, english)
    for fresh, kept in ((spanish, tools.SPANISH), (english, tools.ENGLISH)):
        assert set(_entries(fresh)) == set(_entries(kept)), (
            "the sources changed: run `python -m minga.devtools.translations update` and translate"
        )
        assert fresh.read_bytes() == kept.read_bytes(), (
            f"{kept.name} is not in the layout `translations update` writes: run it once"
        )


def test_an_update_rewrites_only_what_changed(tmp_path: Path) -> None:
    """A string that vanished from the sources goes, and nothing else in the file moves."""
    spanish, english = tmp_path / tools.SPANISH.name, tmp_path / tools.ENGLISH.name
    shutil.copyfile(tools.ENGLISH, english)
    kept = tools.SPANISH.read_text(encoding="utf-8")
    stale = (
        "        <message>\n"
        "            <source>A string no source has</source>\n"
        "            <translation>Un texto que ninguna fuente tiene</translation>\n"
        "        </message>\n"
    )
    anchor = "    </context>\n"
    spanish.write_text(kept.replace(anchor, stale + anchor, 1), encoding="utf-8")
    tools.update(spanish, english)
    assert spanish.read_text(encoding="utf-8") == kept


def test_translations_keep_their_placeholders() -> None:
    wrong = []
    for (context, source), forms in _entries(tools.SPANISH).items():
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in filter(None, forms):  # empty ones fail test_spanish_is_complete
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                wrong.append((context, source, form))
    assert wrong == []
