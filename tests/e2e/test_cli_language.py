"""The command line speaks the language it was asked for: tables, lines and warnings."""

from __future__ import annotations

import pytest

from minga.store.models import MODELS_BY_KIND
from tests.conftest import Cli

ADVISOR = (
    "init", "--role", "advisor", "--name", "Rosa Elena Cifuentes",
    "--microcentre", "Microcentro Los Copihues",
)  # fmt: skip
PASSPHRASE = {"MINGA_KEY_PASSPHRASE": "copihue rojo en la ventana"}


@pytest.mark.parametrize(
    ("lang", "header"),
    [("es", ["Tipo", "Vigentes", "Eliminados"]), ("en", ["Kind", "Live", "Deleted"])],
)
def test_the_stats_table_has_its_headers_in_the_chosen_language(
    cli: Cli, lang: str, header: list[str]
) -> None:
    assert cli(*ADVISOR).returncode == 0
    shown = cli("stats", lang=lang)
    assert shown.returncode == 0, shown.stderr
    first, *rows = shown.stdout.splitlines()
    assert first.split() == header
    # The counts stay under their headers, whatever the headers' length.
    table = rows[: len(rows) - 1]  # the last line is the total
    assert len(table) == len(MODELS_BY_KIND)
    assert {len(row) for row in table} == {len(first)}


def test_without_a_keyring_spanish_gets_one_spanish_sentence_on_stderr(cli: Cli) -> None:
    """The tests run with keyring's null backend: a computer without a system keyring."""
    assert cli(*ADVISOR).returncode == 0
    invited = cli("invite", "--out", str(cli.data_dir.parent / "invitacion.minga"), lang="es",
                  env=PASSPHRASE)  # fmt: skip
    assert invited.returncode == 0, invited.stderr
    lines = invited.stderr.splitlines()
    assert lines == [
        "No se encontró un llavero del sistema en este computador: Minga guarda tus claves "
        f"privadas en {cli.data_dir / 'keys.json'}, protegidas con una frase de paso."
    ]


def test_without_a_keyring_english_still_gets_the_sentence(cli: Cli) -> None:
    assert cli(*ADVISOR).returncode == 0
    invited = cli("invite", "--out", str(cli.data_dir.parent / "invitation.minga"), lang="en",
                  env=PASSPHRASE)  # fmt: skip
    assert invited.returncode == 0, invited.stderr
    assert invited.stderr.splitlines() == [
        "No system keyring was found on this computer: Minga keeps your private keys in "
        f"{cli.data_dir / 'keys.json'}, protected by a passphrase."
    ]


def test_a_refused_command_says_the_keyring_sentence_and_the_refusal_in_spanish(
    cli: Cli,
) -> None:
    assert cli(*ADVISOR).returncode == 0
    assert cli("identity", env=PASSPHRASE).returncode == 0  # keys made with this passphrase
    refused = cli("invite", "--out", str(cli.data_dir.parent / "i.minga"), lang="es",
                  env={"MINGA_KEY_PASSPHRASE": "otra frase"})  # fmt: skip
    assert refused.returncode == 2
    warning, refusal = refused.stderr.splitlines()
    assert warning.startswith("No se encontró un llavero del sistema")
    assert refusal.startswith("La frase de paso no abre el archivo de claves")
    assert "keyring" not in refused.stderr


def _default_metavars() -> set[str]:
    """The placeholders argparse makes up for options and arguments without a metavar,
    as an English parser shows them."""
    import argparse

    from minga import i18n
    from minga.cli import build_parser

    previous = i18n._current
    i18n.set_language("en")
    try:
        parsers = [build_parser(i18n.catalog())]
    finally:
        i18n._current = previous
    found: set[str] = set()
    while parsers:
        for action in parsers.pop()._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
            elif action.choices is not None or action.nargs == 0:
                continue  # {a,b,c} or a flag: nothing to translate
            elif not action.option_strings and action.metavar == action.dest:
                found.add(action.dest)
            elif action.option_strings and action.metavar is None:
                found.add(action.dest.upper())
    return found


def test_every_placeholder_of_the_usage_lines_has_its_spanish_word() -> None:
    from minga.i18n import _parse_ts
    from minga.resources import path

    spanish = _parse_ts(path("translations", "minga_es.ts"))
    missing = sorted(m for m in _default_metavars() if ("metavar", m) not in spanish)
    assert missing == [], "add them to cli._DEFAULT_METAVARS and translate them"


@pytest.mark.parametrize(
    ("lang", "shown"), [("es", "--search BÚSQUEDA"), ("en", "--search SEARCH")]
)
def test_usage_lines_speak_the_chosen_language(cli: Cli, lang: str, shown: str) -> None:
    helped = cli("practice", "list", "--help", lang=lang)
    assert helped.returncode == 0, helped.stderr
    assert shown in helped.stdout
    refused = cli("restore", lang=lang)
    assert refused.returncode == 1
    missing = "faltan estos argumentos: archivo" if lang == "es" else "required: file"
    assert missing in refused.stderr
