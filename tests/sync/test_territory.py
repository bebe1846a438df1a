"""The territory test: three advisors with two microcentros each send their territory
reports to the coordinator's hub (on SQLite and on PostgreSQL). The hub's figures are
the sums of the networks' own indicators, numerators and denominators alike, and nothing
personal reached the hub: the hub's database and the report's decrypted plaintext are
searched for the teachers' names, e-mail addresses, self-assessments, observation notes,
survey comments and the titles of private practices."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from minga.core.identity import current_actor
from minga.core.networks import list_networks
from minga.domain.territory_schema import INDICATOR_KEYS
from minga.services.indicator_definitions import satisfaction_headline
from minga.services.indicators import IndicatorService
from minga.services.territory import TerritoryService
from minga.store.models import Person
from minga.store.territory_models import (
    TerritoryFigure,
    TerritoryNetwork,
    TerritoryPractice,
    TerritorySession,
)
from minga.sync.territory import import_folder, import_report
from minga.sync.territory_trust import coordinator
from tests.support.file_keyring import MemoryKeyring
from tests.support.postgres import backend, new_db_url, pg_cluster  # noqa: F401
from tests.sync.territory_support import (
    Advisor,
    export,
    introduce,
    make_advisor,
    make_hub,
    personal_texts,
    plaintext,
)

SEEDS = ((11, 12), (21, 22), (31, 32))


@pytest.fixture(scope="module")
def advisors(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[list[Advisor], MemoryKeyring]]:
    """Three advisors, two microcentros each (made once for both databases)."""
    keyring = MemoryKeyring()
    folder = tmp_path_factory.mktemp("territory")
    made = [make_advisor(folder / f"asesora-{n}", keyring, seeds) for n, seeds in enumerate(SEEDS)]
    yield made, keyring
    for advisor in made:
        advisor.close()


def _own_figures(advisor: Advisor) -> dict[tuple[str, int, str], tuple[int, int]]:
    """Each network's indicators as its own Indicadores computes them."""
    from minga.core.identity import current_actor
    from minga.sync.roster import advisor_microcentre

    figures = {}
    for ws in advisor.workspaces:
        with ws.db.session() as session:
            centre = advisor_microcentre(session, current_actor(session)).id
        service = IndicatorService(ws.db)
        for year in service.years():
            own = service.network(year, exit_tickets=False)
            ratios = {
                "attendance": own.attendance.ratio,
                "adoption": own.adoption,
                "continuation": own.continuation.ratio,
            }
            for question in ("useful", "prepared", "trust", "applied"):
                ratios[question] = satisfaction_headline(own.satisfaction, question)
            for key, ratio in ratios.items():
                figures[(centre, year, key)] = (ratio.numerator, ratio.denominator)
            figures[(centre, year, "practices_shared")] = (
                own.practices_shared.count,
                own.practices_shared.goal or 0,
            )
    return figures


def _hub_bytes(hub, tmp_path: Path) -> bytes:
    """Everything the hub's database holds: the SQLite file (and its journal), or on
    PostgreSQL every row of every table, as text."""
    if hub.db.is_sqlite:
        hub.db.close()
        files = [p for p in hub.dirs.database.parent.glob("minga.sqlite3*") if p.is_file()]
        return b"".join(p.read_bytes() for p in files)
    chunks = []
    with hub.db.session() as session:
        tables = session.scalars(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).all()
        for table in tables:
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                chunks.extend(str(value) for value in row)
    return "\n".join(chunks).encode("utf-8")


def test_three_advisors_six_microcentros_reach_the_hub_as_sums_and_nothing_personal(
    tmp_path: Path,
    advisors: tuple[list[Advisor], MemoryKeyring],
    backend: str,  # noqa: F811
    new_db_url: Callable[..., str | None],  # noqa: F811
) -> None:
    made, keyring = advisors
    # Each advisor is one person in her two microcentros: same id, same keys.
    for advisor in made:
        assert [n.path for n in list_networks(advisor.root)] == [
            ws.root for ws in advisor.workspaces
        ]
        people = set()
        for ws in advisor.workspaces:
            with ws.db.session() as session:
                actor = current_actor(session)
                person = session.get(Person, actor.person_id)
                assert person is not None
                people.add((actor.person_id, person.signing_key, person.encryption_key))
        assert len(people) == 1
        assert None not in next(iter(people))
    hub, hub_vault = make_hub(tmp_path / "hub", keyring, db_url=new_db_url())
    inbox = tmp_path / "informes"
    reports = []
    for n, advisor in enumerate(made):
        introduce(advisor, hub, hub_vault, tmp_path / f"intercambio-{n}")
        reports.append(export(advisor, inbox / f"informe-{n}.minga").path)

    first = import_report(hub, reports[0], hub_vault)
    assert first.imported == [
        "Microcentro Rural Los Copihues",
        "Red 12 del secano",
    ]  # her one report, both
    assert first.refused == []
    again = import_report(hub, reports[0], hub_vault)
    assert again.already_imported
    assert again.imported == []
    folder = import_folder(hub, inbox, hub_vault)
    assert [len(r.imported) for r in folder.imported] == [2, 2]
    assert folder.skipped == 1
    assert folder.errors == []

    # Every network's figures on the hub are its own, numerator and denominator.
    expected: dict[tuple[str, int, str], tuple[int, int]] = {}
    for advisor in made:
        expected.update(_own_figures(advisor))
    with hub.db.session() as session:
        stored = {
            (f.microcentre_id, f.year, f.key): (f.numerator, f.denominator)
            for f in session.scalars(select(TerritoryFigure))
        }
        networks = session.scalars(select(TerritoryNetwork)).all()
    assert len(networks) == 6
    assert len({n.advisor_id for n in networks}) == 3
    assert stored == expected
    assert {key for _c, _y, key in stored} == set(INDICATOR_KEYS)

    # The territory's figures are sums of the networks' numerators and denominators.
    service = TerritoryService(hub.db)
    for year in {y for _c, y, _k in expected}:
        totals = service.totals(year)
        for key in INDICATOR_KEYS:
            parts = [v for (_c, y, k), v in expected.items() if y == year and k == key]
            assert (totals.indicators[key].numerator, totals.indicators[key].denominator) == (
                sum(p[0] for p in parts),
                sum(p[1] for p in parts),
            ), (year, key)

    # Nothing personal travelled or stayed: searched in the report and the hub's bytes.
    shared_titles = set()
    forbidden: dict[str, set[str]] = {}
    for advisor in made:
        for ws in advisor.workspaces:
            for what, values in personal_texts(ws).items():
                forbidden.setdefault(what, set()).update(values)
            from minga.store.models import Practice

            with ws.db.session() as session:
                shared_titles.update(
                    session.scalars(select(Practice.title).where(Practice.visibility == "network"))
                )
    forbidden["private practices"] -= shared_titles
    assert all(forbidden[what] for what in forbidden), forbidden.keys()
    haystacks = {f"report {n}": plaintext(path, hub, hub_vault) for n, path in enumerate(reports)}
    haystacks["hub database"] = _hub_bytes(hub, tmp_path)
    # The search itself works: what did travel is found.
    travelled = sorted(shared_titles)[:5]
    for where, data in haystacks.items():
        assert any(t.encode() in data for t in travelled), where
    leaks = [
        (where, what, value)
        for where, data in haystacks.items()
        for what, values in forbidden.items()
        for value in values
        if value.encode("utf-8") in data
    ]
    assert leaks == []
    hub.close()


def _hub_rows(hub) -> dict[str, set[tuple]]:
    with hub.db.session() as session:
        return {
            "figures": set(
                session.execute(
                    select(
                        TerritoryFigure.microcentre_id,
                        TerritoryFigure.year,
                        TerritoryFigure.key,
                        TerritoryFigure.numerator,
                        TerritoryFigure.denominator,
                    )
                ).all()
            ),
            "sessions": set(
                session.execute(select(TerritorySession.id, TerritorySession.year)).all()
            ),
            "practices": set(
                session.execute(select(TerritoryPractice.id, TerritoryPractice.year)).all()
            ),
        }


def test_a_report_of_one_school_year_replaces_that_year_only(
    tmp_path: Path, advisors: tuple[list[Advisor], MemoryKeyring]
) -> None:
    from minga.core.identity import current_actor as actor_of
    from minga.services.territory_report import build_payload
    from minga.sync.errors import SyncError
    from minga.sync.keys import ensure_keys
    from minga.sync.territory import pack_report, rows_of, write_report
    from minga.sync.territory_errors import BadTerritoryRowError

    made, keyring = advisors
    advisor = made[1]
    hub, hub_vault = make_hub(tmp_path / "hub", keyring)
    introduce(advisor, hub, hub_vault, tmp_path / "intercambio")
    import_report(hub, export(advisor, tmp_path / "todo.minga").path, hub_vault)
    before = _hub_rows(hub)
    years = sorted({row[1] for row in before["figures"]})
    assert len(years) >= 2
    latest = years[-1]

    payload = build_payload(advisor.workspaces, [latest])
    assert payload["years"] == [latest]
    assert {f["year"] for n in payload["networks"] for f in n["figures"]} == {latest}
    partial = tmp_path / "solo-un-ano.minga"
    write_report(advisor.ws, payload, partial, advisor.vault)
    assert f'"years": [\n  {latest}\n ]'.encode() in plaintext(partial, hub, hub_vault)
    result = import_report(hub, partial, hub_vault)
    assert len(result.imported) == 2
    assert result.counts["territory_figure"] == 2 * len(INDICATOR_KEYS)  # one year, two networks
    after = _hub_rows(hub)
    assert after == before  # the latest year replaced (by the same figures), the others kept
    assert {row[1] for row in after["figures"]} == set(years)

    # A report of some years whose rows stray into another year is refused whole.
    rows = rows_of(build_payload(advisor.workspaces))
    with advisor.ws.db.session() as session:
        actor = actor_of(session)
        keys = ensure_keys(session, advisor.vault)
    card = coordinator(advisor.ws)
    assert card is not None
    forged = tmp_path / "falso.minga"
    pack_report(
        forged,
        rows,
        sender={
            "person_id": actor.person_id,
            "device_id": actor.device_id,
            "name": actor.name,
            "role": "advisor",
            "signing_key": keys.public.signing_key,
            "encryption_key": keys.public.encryption_key,
        },
        recipient={
            "person_id": card.coordinator.person_id,
            "encryption_key": card.coordinator.encryption_key,
        },
        device_keys=keys,
        report_id=str(uuid.uuid4()),
        created_at=hub.db.clock.now().isoformat(),
        years=[latest],
    )
    with pytest.raises(BadTerritoryRowError) as refused:
        import_report(hub, forged, hub_vault)
    assert isinstance(refused.value, SyncError)
    assert "its year is not in the report" in refused.value.message()
    assert _hub_rows(hub) == before
    hub.close()
