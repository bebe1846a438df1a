"""Maintains the translations in `resources/translations/` (a developer's tool).

    python -m minga.devtools.translations update     # re-read sources with pyside6-lupdate
    python -m minga.devtools.translations missing    # list strings still untranslated
    python -m minga.devtools.translations fill FILE  # apply translations from a TSV file

The TSV has one string a line: context, English source, Spanish translation, and for
`%n` strings the plural translation in a fourth column (tabs and newlines as \\t, \\n).
Qt Linguist (`pyside6-linguist resources/translations/minga_es.ts`) works as well.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "desktop" / "minga"
TRANSLATIONS = ROOT / "resources" / "translations"
SPANISH = TRANSLATIONS / "minga_es.ts"
ENGLISH = TRANSLATIONS / "minga_en.ts"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def source_files() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "devtools" not in p.parts
    )


def update(spanish: Path = SPANISH, english: Path = ENGLISH) -> None:
    """Runs lupdate: new strings appear unfinished, vanished ones are dropped."""
    spanish.parent.mkdir(parents=True, exist_ok=True)
    _lupdate(spanish, "-target-language", "es_CL")
    _lupdate(english, "-pluralonly", "-target-language", "en")
    _fill_english_plurals(english)


def _lupdate(ts: Path, *options: str) -> None:
    """lupdate over the sources into `ts`, written in the one layout of `_write`.

    lupdate has its own layout (contexts at column 0) while `fill` and the English
    plurals are written by ElementTree (indented): alternating the two rewrote every line
    of the files on each run. lupdate therefore works on a copy, which is normalised and
    written back only if a string changed.
    """
    with tempfile.TemporaryDirectory(prefix="minga-lupdate-") as folder:
        work = Path(folder) / ts.name
        if ts.exists():
            shutil.copyfile(ts, work)
        subprocess.run(
            [_tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none",
             *options, "-ts", str(work)],
            check=True, cwd=ROOT,
        )  # fmt: skip
        _write(ET.parse(work), ts)


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            yield name, message


def unfinished(path: Path = SPANISH) -> list[tuple[str, str]]:
    """(context, source) of every string without a finished translation."""
    tree = ET.parse(path)
    missing = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        empty = translation is None or not (translation.text or any(forms))
        if empty or translation.get("type") == "unfinished":
            missing.append((context, message.findtext("source", default="")))
    return missing


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def fill(tsv: Path, path: Path = SPANISH) -> int:
    """Applies translations from `tsv`; returns how many strings were filled."""
    wanted: dict[tuple[str, str], list[str]] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, *forms = line.split("\t")
        wanted[(context, _unescape(source))] = [_unescape(f) for f in forms]
    tree = ET.parse(path)
    count = 0
    for context, message in _messages(tree):
        key = (context, message.findtext("source", default=""))
        if key not in wanted:
            continue
        forms = wanted[key]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in forms if len(forms) > 1 else forms * 2:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        count += 1
    _write(tree, path)
    return count


def _fill_english_plurals(english: Path = ENGLISH) -> None:
    if not english.exists():
        return
    tree = ET.parse(english)
    for _context, message in _messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", default="")
        singular = source.replace("(s)", "").replace("(es)", "")
        plural = source.replace("(s)", "s").replace("(es)", "es")
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform")) or [
            ET.SubElement(translation, "numerusform") for _ in range(2)
        ]
        forms[0].text, forms[-1].text = singular, plural
    _write(tree, english)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    # An unchanged file keeps its timestamp, so make does not rebuild the .qm for nothing.
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m minga.devtools.translations")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("missing")
    fill_parser = sub.add_parser("fill")
    fill_parser.add_argument("tsv", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "fill":
        print(f"{fill(args.tsv)} strings translated")
    missing = unfinished()
    for context, source in missing:
        print(f"{context}\t{source!r}")
    print(f"{len(missing)} strings without a Spanish translation", file=sys.stderr)
    return 1 if args.command == "missing" and missing else 0


if __name__ == "__main__":
    sys.exit(main())
