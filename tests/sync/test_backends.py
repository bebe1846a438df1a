"""Bundles between installations whose databases differ: the same export and import on
SQLite (each laptop) and on PostgreSQL (a territory's server), and across the two.

Ana and the advisor keep their data on the test's backend; Pedro stays on SQLite, so on
PostgreSQL every bundle also crosses from one database to the other. The cluster is the
session's throwaway one (tests/support/postgres.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from minga.services.practices import PracticeInput, PracticeQuery
from tests.support.file_keyring import MemoryKeyring
from tests.support.postgres import backend, new_db_url, pg_cluster  # noqa: F401
from tests.sync.conftest import ANA, PEDRO, ROSA, Device


def _titles(device: Device, text: str = "") -> list[str]:
    rows = device.practices.page(PracticeQuery(text=text, sort="title", descending=False))
    return [row.title for row in rows]


def test_a_network_exchanges_bundles_on_either_database(
    tmp_path: Path,
    backend: str,  # noqa: F811
    new_db_url: Callable[..., str | None],  # noqa: F811
) -> None:
    keyring = MemoryKeyring()
    advisor = Device(tmp_path / "rosa", keyring, db_url=new_db_url()).init("advisor", ROSA)
    invitation = tmp_path / "invitacion.minga"
    advisor.invite(invitation)
    ana = Device(tmp_path / "ana", keyring, db_url=new_db_url()).init("teacher", **ANA)
    pedro = Device(tmp_path / "pedro", keyring).init("teacher", **PEDRO)
    try:
        assert advisor.ws.db.is_sqlite == ana.ws.db.is_sqlite == (backend == "sqlite")
        for teacher in (ana, pedro):
            teacher.import_(invitation)
        shared = ana.add_practice(
            "Práctica de cálculo mental con dados",
            subjects=["MA"],
            levels=["3B"],
            description="Tutoría entre pares",
        )
        ana.add_practice("Diario de clase", visibility="private")
        hello = ana.export(tmp_path / "ana-hola.minga")
        first = advisor.import_(hello, accept_new_members=True)
        assert first.kinds["practice"].new == 1  # the private one never left Ana's
        assert _titles(advisor, "calculo") == ["Práctica de cálculo mental con dados"]
        assert _titles(advisor, "tutoria pares") == ["Práctica de cálculo mental con dados"]
        assert _titles(advisor, "diario") == []

        # An edit travels as an update, and the same bundle twice changes nothing.
        ana.practices.update(
            shared,
            PracticeInput(title="Cálculo mental con dados y regletas", subjects=["MA"]),
        )
        again = ana.export(tmp_path / "ana-cambio.minga")
        second = advisor.import_(again)
        assert second.kinds["practice"].updated == 1
        assert advisor.import_(again).already_imported
        assert _titles(advisor, "regletas") == ["Cálculo mental con dados y regletas"]
        assert _titles(advisor, "practica") == []

        # The advisor's consolidated bundle reaches Pedro's SQLite laptop.
        advisor.import_(pedro.export(tmp_path / "pedro-hola.minga"), accept_new_members=True)
        pedro.add_practice("Huerto escolar")
        advisor.import_(pedro.export(tmp_path / "pedro-huerto.minga"))
        consolidated = advisor.export(tmp_path / "consolidado.minga")
        pedro.import_(consolidated)
        ana.import_(consolidated)
        expected = ["Cálculo mental con dados y regletas", "Huerto escolar"]
        assert _titles(pedro) == expected
        assert [t for t in _titles(ana) if t != "Diario de clase"] == expected
        assert _titles(advisor) == expected
    finally:
        for device in (advisor, ana, pedro):
            device.close()
