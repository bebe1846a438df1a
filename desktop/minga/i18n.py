"""Translations without Qt, for the command line and the services.

The Qt `.ts` files in `resources/translations/` are the single source of every
translation. The GUI loads the compiled `.qm` through `QTranslator`; the command line
and the services (which must not import Qt) read the same `.ts` XML through
`Catalog`. Source strings are English; Chilean Spanish is the default language.

Strings meant for translation outside a Qt class are marked with
`QT_TRANSLATE_NOOP(context, text)`, which `pyside6-lupdate` extracts.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache

from minga import resources

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction under `context`; returns it unchanged."""
    return text


def normalize_language(lang: str | None) -> str:
    """Maps `es`, `es_CL`, `en-US`... to one of LANGUAGES (default Spanish)."""
    if not lang:
        return DEFAULT_LANGUAGE
    short = lang.replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


class Catalog:
    """Translations of one language, read from the `.ts` file."""

    def __init__(self, lang: str, messages: dict[tuple[str, str], list[str]]):
        self.lang = lang
        self._messages = messages

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int | None = None
    ) -> str:
        forms = self._messages.get((context, text))
        if not forms:
            result = text
        elif n is not None and len(forms) > 1:
            # Spanish and English: one form for 1, the other for the rest.
            result = forms[0] if n == 1 else forms[1]
        else:
            result = forms[0]
        if n is not None:
            result = result.replace("%n", str(n))
        return result

    def __call__(self, context: str, text: str, n: int | None = None, /, **params: object) -> str:
        translated = self.translate(context, text, None, n)
        if n is not None:
            params.setdefault("n", n)
        return translated.format(**params) if params else translated


def _parse_ts(path) -> dict[tuple[str, str], list[str]]:
    messages: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if any(forms):
                messages[(name, source)] = forms
    return messages


_current: str | None = None


def set_language(lang: str | None) -> str:
    """Sets the language of messages for this process (the GUI's choice, `--lang`), so
    the services' sentences and the interface always speak the same language."""
    global _current  # noqa: PLW0603 (one language per process, by design)
    _current = normalize_language(lang) if lang else None
    return current_language()


def current_language() -> str:
    return normalize_language(_current or os.environ.get("MINGA_LANG"))


def catalog(lang: str | None = None) -> Catalog:
    """The catalog for `lang`, or for the current language."""
    return _load_catalog(normalize_language(lang) if lang else current_language())


@lru_cache(maxsize=4)
def _load_catalog(lang: str) -> Catalog:
    # English is the source language; its file only holds the plural forms.
    path = resources.path("translations", f"minga_{lang}.ts")
    return Catalog(lang, _parse_ts(path) if path.exists() else {})
