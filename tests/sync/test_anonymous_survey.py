"""A survey answer travels through real bundles without its author.

Three teachers answer a session's survey on their own computers; their bundles reach
the advisor, whose Minga keeps the answers in a pool without author and publishes the
session's tally once three are in; the tally reaches the network. Nowhere (the
teachers' bundles, the advisor's database, the consolidated bundle, another teacher's
database) is a teacher's person id or device next to her answer, and only her own
computer shows her answer back to her.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from minga.domain import anonymous
from minga.services.sessions import SatisfactionInput, SessionInput, SessionService
from tests.sync.conftest import Device, Network, open_bundle, records_of

LUIS = {"name": "Luis Antileo Paine", "school": "Escuela Rural Quelhue", "rbd": "6123-9"}
COMMENTS = {
    "ana": "Me sirvió la ronda de preguntas entre escuelas",
    "pedro": "Faltó tiempo para probar el material",
    "luis": "",
}
ANSWERS = {
    "ana": SatisfactionInput(useful=4, prepared=3, trust=4, applied=3, comment=COMMENTS["ana"]),
    "pedro": SatisfactionInput(useful=3, prepared=2, trust=4, applied=2, comment=COMMENTS["pedro"]),
    "luis": SatisfactionInput(useful=4, prepared=3, trust=4, applied=3),
}


def _join(network: Network) -> Device:
    luis = Device(network.folder / "luis", network.advisor.backend).init("teacher", **LUIS)
    luis.import_(network.invitation)
    network.advisor.import_(luis.export(network.path("luis-hola")), accept_new_members=True)
    return luis


def _dump(path: Path) -> str:
    """Every row of every table of a database, as text."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(
            f"{table}: {row!r}"
            for table in tables
            for row in conn.execute(f'SELECT * FROM "{table}"')
        )


def _rows_with(text: str, needle: str) -> list[str]:
    return [line for line in text.splitlines() if needle in line]


def test_a_survey_answer_travels_without_its_author(network: Network) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    luis = _join(network)
    teachers = {"ana": ana, "pedro": pedro, "luis": luis}
    session_id = (
        SessionService(rosa.ws.db)
        .plan(SessionInput(date=dt.date(2026, 4, 24), title="Problemas", place="Quelhue"))
        .id
    )
    consolidated = rosa.export(network.path("sesion"))
    for teacher in teachers.values():
        teacher.import_(consolidated)

    # Each teacher answers on her own computer; she reads it back there.
    for label, teacher in teachers.items():
        SessionService(teacher.ws.db).record_satisfaction(session_id, ANSWERS[label])
        mine = SessionService(teacher.ws.db).my_survey_answer(session_id)
        assert mine is not None
        assert mine.comment == ANSWERS[label].comment

    # Ana's bundle: her answer has the anonymous shape and names nobody.
    ana_bundle = ana.export(network.path("ana-respuesta"))
    seen = open_bundle(ana_bundle, rosa.keys().encryption_secret)
    [answer] = records_of(seen, anonymous.KIND)
    assert answer["owner"] == anonymous.OWNER
    assert answer["version"] == anonymous.VERSION
    assert answer["updated_at"].startswith("1970-01-01T00:00:00")
    assert answer["prev_version"] is None
    line = json.dumps(answer)
    assert ana.person_id not in line
    assert ana.actor.device_id not in line
    assert records_of(seen, "satisfaction_response") == []

    # Two answers: the advisor sees no figure yet (they wait for a third).
    rosa.import_(ana_bundle)
    rosa.import_(pedro.export(network.path("pedro-respuesta")))
    summary = SessionService(rosa.ws.db).satisfaction_summary(session_id)
    assert (summary.answers, summary.waiting) == (0, 2)
    assert SessionService(rosa.ws.db).my_survey_answer(session_id) is None
    rosa.import_(luis.export(network.path("luis-respuesta")))
    summary = SessionService(rosa.ws.db).satisfaction_summary(session_id)
    assert (summary.answers, summary.waiting) == (3, 0)
    assert summary.useful.numerator == 3
    assert summary.applied.numerator == 2

    # The advisor's database: the pool and the tallies keep no link to a teacher.
    rosa_db = _dump(rosa.ws.dirs.database)
    pool = rosa.rows("SELECT owner, version, change_seq FROM survey_answers")
    assert len(pool) == 3
    assert {row[:2] for row in pool} == {(anonymous.OWNER, anonymous.VERSION)}
    assert {row[2] for row in pool} == {0}  # the order of arrival is not kept...
    stored = [row[0] for row in rosa.rows("SELECT id FROM survey_answers ORDER BY rowid")]
    assert stored == sorted(stored)  # ...not even in the rowids
    for label, teacher in teachers.items():
        for needle in (teacher.person_id, teacher.actor.device_id):
            for row in _rows_with(rosa_db, needle):
                assert not row.startswith(("survey_answers", "satisfaction_responses")), row
                if COMMENTS[label]:
                    assert COMMENTS[label] not in row

    # The consolidated bundle carries the tally, owned by the advisor, never the answers.
    everyone = rosa.export(network.path("consolidado"))
    members = open_bundle(everyone, pedro.keys().encryption_secret)
    assert records_of(members, anonymous.KIND) == []
    tallies = records_of(members, "satisfaction_response")
    assert sum(t["count"] for t in tallies) == 3
    assert {t["owner"] for t in tallies} == {rosa.person_id}
    assert {t["respondent_id"] for t in tallies} == {None}
    for tally in tallies:
        text = json.dumps(tally)
        for teacher in teachers.values():
            assert teacher.person_id not in text
            assert teacher.actor.device_id not in text
    assert any(COMMENTS["ana"] in t["comment"] for t in tallies)

    # Pedro's computer: the tally, his own answer only, nothing of Ana's beside her id.
    pedro.import_(everyone)
    assert SessionService(pedro.ws.db).satisfaction_summary(session_id).answers == 3
    assert pedro.rows("SELECT comment FROM survey_answers") == [(COMMENTS["pedro"],)]
    pedro_db = _dump(pedro.ws.dirs.database)
    for row in _rows_with(pedro_db, ana.person_id):
        assert COMMENTS["ana"] not in row
        assert not row.startswith(("survey_answers", "satisfaction_responses")), row
    luis.close()


def test_a_crafted_answer_with_an_author_is_refused(network: Network) -> None:
    """A hand-made answer that carries its author or a time is refused as a whole."""
    from minga.domain import authorization as authz

    good = {
        "id": "0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d",
        "owner": anonymous.OWNER,
        "version": anonymous.VERSION,
        "prev_version": None,
        "updated_at": anonymous.UPDATED_AT,
        "deleted": False,
        "visibility": "advisor",
        "session_id": "1b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d",
        "useful": 4,
        "prepared": 4,
        "trust": 4,
        "applied": 4,
        "comment": "",
    }

    class Ctx:
        advisor_id = network.advisor.person_id

        def owner_of(self, kind: str, record_id: str) -> None:
            return None

        def note_parties(self, note_id: str) -> None:
            return None

        def role_of(self, person_id: str) -> None:
            return None

    def check(**changes: object) -> object:
        record = {**good, **changes}
        return authz.authorize(
            anonymous.KIND, authz.CREATE, str(record["owner"]), record, None, Ctx()
        )

    assert check() is None
    assert check(owner=network.ana.person_id) is not None
    assert check(version="1795306790515-0000-1a52d877141f433399e71fd08f0c26c2") is not None
    assert check(updated_at=dt.datetime(2026, 4, 24, 10, tzinfo=dt.UTC)) is not None
    assert check(visibility="network") is not None
    assert check(deleted=True) is not None
    changed = {**good, "useful": 1}
    assert (
        authz.authorize(anonymous.KIND, authz.UPDATE, anonymous.OWNER, changed, good, Ctx())
        is not None
    )


def _back_to_0008(device: Device) -> None:
    """The device's database as a Minga before anonymous answers left it (schema 0008)."""
    from alembic import command

    from minga.store import migrate

    device.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{device.ws.dirs.database}")
    cfg = migrate.config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0008")
    engine.dispose()


def test_named_answers_of_before_are_folded_and_their_figures_kept(network: Network) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    session_id = (
        SessionService(rosa.ws.db)
        .plan(SessionInput(date=dt.date(2026, 4, 24), title="Problemas", place="Quelhue"))
        .id
    )
    someone = "3c9a4c43-2f0e-4d55-9a57-0d7b1c1e8f10"  # a member who left since
    named = [
        (ana.person_id, 4, "Me sirvió"),
        (pedro.person_id, 3, ""),
        (someone, 4, ""),
    ]
    for device in (rosa, ana, pedro):
        _back_to_0008(device)
        with sqlite3.connect(device.ws.dirs.database) as conn:
            for number, (person, useful, comment) in enumerate(named, start=1):
                conn.execute(
                    "INSERT INTO satisfaction_responses (id, owner, version, prev_version, "
                    "updated_at, deleted, change_seq, visibility, session_id, respondent_id, "
                    "useful, prepared, trust, count, comment) VALUES (?, ?, ?, NULL, "
                    "'2026-04-24 20:00:00.000000', 0, 0, 'network', ?, ?, ?, 3, 4, 1, ?)",
                    (
                        f"00000000-0000-4000-8000-00000000000{number}",
                        person,
                        f"1777000000000-0000-d{number}",
                        session_id,
                        person,
                        useful,
                        comment,
                    ),
                )
            conn.execute(  # the advisor's tally of paper forms stays as it was
                "INSERT INTO satisfaction_responses (id, owner, version, prev_version, "
                "updated_at, deleted, change_seq, visibility, session_id, respondent_id, "
                "useful, prepared, trust, count, comment) VALUES "
                "('00000000-0000-4000-8000-000000000009', ?, '1777000000000-0000-d9', NULL, "
                "'2026-04-24 20:00:00.000000', 0, 0, 'network', ?, NULL, 2, 2, 2, 4, '')",
                (rosa.person_id, session_id),
            )
        conn.close()
        device.reopen()

    for device in (rosa, ana, pedro):
        assert device.rows(
            "SELECT count(*) FROM satisfaction_responses WHERE respondent_id IS NOT NULL"
        ) == [(0,)]
        assert device.rows("SELECT count, applied FROM satisfaction_responses") == [(4, 0)]
    # Each teacher keeps her own answer to read back (never sent again); the advisor's
    # pool holds all three, without a name.
    assert ana.rows("SELECT comment, change_seq FROM survey_answers") == [("Me sirvió", 0)]
    assert SessionService(ana.ws.db).my_survey_answer(session_id) is not None
    pool = rosa.rows("SELECT owner, version, useful FROM survey_answers ORDER BY useful")
    assert pool == [(anonymous.OWNER, anonymous.VERSION, u) for u in (3, 4, 4)]
    members = open_bundle(ana.export(network.path("ana-despues")), rosa.keys().encryption_secret)
    assert records_of(members, anonymous.KIND) == []

    # The advisor's next bundle publishes the tally of the three: the figures stay.
    everyone = rosa.export(network.path("consolidado"))
    members = open_bundle(everyone, pedro.keys().encryption_secret)
    tallies = records_of(members, "satisfaction_response")
    assert sorted((t["useful"], t["count"]) for t in tallies) == [(3, 1), (4, 2)]
    assert {t["owner"] for t in tallies} == {rosa.person_id}
    pedro.import_(everyone)
    assert SessionService(pedro.ws.db).satisfaction_summary(session_id).answers == 7
