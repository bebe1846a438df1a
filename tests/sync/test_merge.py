"""The merge rule: versions, concurrency, conflict copies, the clock, idempotency.

Real databases and bundles; only the OS keyring is replaced
(tests.support.file_keyring.MemoryKeyring).
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid

import pytest

from minga.services.practices import PracticeInput
from minga.store.models import Practice
from minga.sync.conflicts import dismiss_conflict, list_conflicts, restore_conflict
from minga.sync.keys import SERVICE
from minga.sync.merge import concurrent
from tests.sync.conftest import Device, Network, database_content, open_bundle, records_of

A = "aaaaaaaa"
B = "bbbbbbbb"


def v(millis: int, device: str, counter: int = 0) -> str:
    return f"{millis:013d}-{counter:04x}-{device}"


@pytest.mark.parametrize(
    ("winner", "winner_prev", "loser", "expected"),
    [
        (v(5, A), v(3, B), v(3, B), False),  # edited on top of the loser: not concurrent
        (v(5, A), v(4, B), v(3, B), False),  # based on something newer than the loser
        (v(5, A), v(2, B), v(3, B), True),  # the editor had not seen the loser
        (v(5, A), None, v(3, B), True),  # a new row on both sides (same id)
        (v(5, A), None, v(3, A), False),  # same device: one after the other
        (v(5, A), v(1, A), v(0, "invitation"), False),  # a placeholder is never a conflict
        (v(5, A), None, v(0, "minga-defaults"), False),  # nor a shipped default
    ],
)
def test_concurrency(winner: str, winner_prev: str | None, loser: str, expected: bool) -> None:
    assert concurrent(winner, winner_prev, loser) is expected


def test_prev_version_records_what_an_edit_was_based_on(network: Network) -> None:
    ana = network.ana
    practice_id = ana.add_practice("Versión 1")
    query = "SELECT version, prev_version FROM practices WHERE id = ?"
    [(v1, prev1)] = ana.rows(query, practice_id)
    assert prev1 is None
    ana.practices.update(practice_id, PracticeInput(title="Versión 2"))
    ana.practices.update(practice_id, PracticeInput(title="Versión 3"))
    [(v3, prev3)] = ana.rows(query, practice_id)
    assert v3 > v1
    # Edits made one after the other on this device keep the base of the first one.
    assert prev3 is None
    # An edit on top of a version from another device is based on that version.
    clone = _second_device(network, ana, "ana-notebook")
    clone.practices.update(practice_id, PracticeInput(title="Versión 4, en el otro equipo"))
    assert clone.rows(query, practice_id)[0][1] == v3
    clone.close()


def _second_device(network: Network, device: Device, name: str) -> Device:
    """The same person on a second computer: a copy of the folder, a new device id, and
    the same keys (as if the keyring had been copied too)."""
    device.close()
    target = network.folder / name
    shutil.copytree(device.root, target)
    device.reopen()
    old_device = device.actor.device_id
    new_device = uuid.uuid4().hex
    with sqlite3.connect(target / "minga.sqlite3") as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (new_device,))
        conn.execute("UPDATE meta SET value = '' WHERE key = 'hlc_last'")
    conn.close()
    secrets = device.backend.secrets
    for (service, username), secret in list(secrets.items()):
        if service == SERVICE and f"/{old_device}/" in username:
            secrets[(service, username.replace(f"/{old_device}/", f"/{new_device}/"))] = secret
    return Device(target, device.backend, name)


def test_concurrent_edits_of_one_owner_on_two_devices_keep_both(network: Network) -> None:
    ana, advisor = network.ana, network.advisor
    practice_id = ana.add_practice("Huerto escolar", description="Plantamos habas")
    notebook = _second_device(network, ana, "ana-notebook")
    advisor.import_(ana.export(network.path("ana")))

    ana.practices.update(
        practice_id, PracticeInput(title="Huerto escolar", description="En el computador")
    )
    notebook.practices.update(
        practice_id, PracticeInput(title="Huerto escolar", description="En el notebook")
    )
    first = advisor.import_(ana.export(network.path("ana-pc")))
    second = advisor.import_(notebook.export(network.path("ana-notebook")))
    assert first.totals.conflicts == 0
    assert second.totals.conflicts == 1
    descriptions = {c.payload["description"] for c in list_conflicts(advisor.ws.db)} | {
        advisor.rows("SELECT description FROM practices WHERE id = ?", practice_id)[0][0]
    }
    assert descriptions == {"En el computador", "En el notebook"}

    # The copy reaches its owner on both computers, with the winner.
    consolidated = advisor.export(network.path("todos"))
    ana.import_(consolidated)
    notebook.import_(consolidated)
    for device in (advisor, ana, notebook):
        winner = device.rows("SELECT version, description FROM practices WHERE id = ?",
                             practice_id)  # fmt: skip
        assert winner == advisor.rows(
            "SELECT version, description FROM practices WHERE id = ?", practice_id
        )
        copies = list_conflicts(device.ws.db)
        assert [(c.kind, c.record_id) for c in copies] == [("practice", practice_id)]
        assert copies[0].is_mine == (device is not advisor)

    # Ana restores the losing text: it becomes a new edit, and nothing is lost.
    [copy] = list_conflicts(ana.ws.db)
    lost_text = copy.payload["description"]
    restore_conflict(ana.ws.db, copy.id)
    assert ana.rows("SELECT description FROM practices WHERE id = ?", practice_id) == [(lost_text,)]
    remaining = list_conflicts(ana.ws.db)
    assert len(remaining) == 1
    assert remaining[0].payload["description"] != lost_text
    dismiss_conflict(ana.ws.db, remaining[0].id)
    assert list_conflicts(ana.ws.db) == []
    advisor.import_(ana.export(network.path("ana-restaura")))
    assert advisor.rows("SELECT description FROM practices WHERE id = ?", practice_id) == [
        (lost_text,)
    ]
    notebook.close()


def test_two_teachers_of_one_school_create_it_twice(network: Network, keyring_backend) -> None:
    """Schools have the same id everywhere (from the RBD): the versions meet."""
    from minga.services.setup import school_id_for_rbd

    colleague = Device(network.folder / "colega", keyring_backend).init(
        "teacher", name="Colega de Ana", school="Escuela Los Boldos (sede)", rbd="4478-4"
    )
    colleague.import_(network.invitation)
    network.advisor.import_(colleague.export(network.path("colega")), accept_new_members=True)
    school = school_id_for_rbd("4478-4")
    result = network.ana.import_(network.advisor.export(network.path("todos")))
    names = {c.payload["name"] for c in list_conflicts(network.ana.ws.db)}
    current = network.ana.rows("SELECT name FROM schools WHERE id = ?", school)[0][0]
    assert names | {current} == {"Escuela Rural Los Boldos", "Escuela Los Boldos (sede)"}
    assert result.kinds["school"].conflicts == 1
    colleague.close()


def test_the_clock_moves_past_every_version_received(network: Network) -> None:
    from tests.sync.test_hostile import Forger

    network.ana.add_practice("Del futuro")
    forger = Forger(network, network.ana, network.advisor)
    records = forger.records("practice")
    # An hour ahead: within the skew a clock follows (far-future versions: test_versions).
    ahead = network.advisor.ws.db.clock.millis() + 3600 * 1000
    future = f"{ahead:013d}-0007-{network.ana.actor.device_id}"
    records[0]["version"] = future
    forger.set_records("practice", records)
    network.advisor.import_(forger.write())
    later = network.advisor.add_practice("Escrita después")
    version = network.advisor.rows("SELECT version FROM practices WHERE id = ?", later)[0][0]
    assert version > future


def test_importing_twice_changes_nothing(network: Network) -> None:
    ana, advisor = network.ana, network.advisor
    ana.add_practice("Una")
    bundle = ana.export(network.path("ana"))
    first = advisor.import_(bundle)
    assert not first.already_imported
    before = database_content(advisor.ws.dirs.database)
    second = advisor.import_(bundle)
    assert second.already_imported
    assert second.totals.new == second.totals.updated == second.totals.conflicts == 0
    assert database_content(advisor.ws.dirs.database) == before


def test_a_cancelled_import_changes_nothing(network: Network) -> None:
    ana, advisor = network.ana, network.advisor
    for number in range(1200):
        ana.add_practice(f"Práctica {number}")
    bundle = ana.export(network.path("grande"))

    class Cancelled(Exception):
        pass

    class Progress:
        def __init__(self) -> None:
            self.reports: list[tuple[int, int, str]] = []

        def report(self, done: int, total: int, text: str) -> None:
            self.reports.append((done, total, text))

        def check(self) -> None:
            done, total, text = self.reports[-1]
            if text == "Saving the records" and 0 < done < total:  # mid-transaction
                raise Cancelled

    before = database_content(advisor.ws.dirs.database)
    progress = Progress()
    with pytest.raises(Cancelled):
        advisor.import_(bundle, progress=progress)
    assert database_content(advisor.ws.dirs.database) == before
    texts = {text for _, _, text in progress.reports}
    assert texts == {"Decrypting the bundle", "Checking every record", "Saving the records"}
    result = advisor.import_(bundle)
    assert result.kinds["practice"].new == 1200


def test_an_older_version_arriving_late_loses(network: Network) -> None:
    ana, advisor = network.ana, network.advisor
    practice_id = ana.add_practice("Primera versión")
    old = ana.export(network.path("viejo"))
    ana.practices.update(practice_id, PracticeInput(title="Segunda versión"))
    new = ana.export(network.path("nuevo"))
    advisor.import_(new)
    result = advisor.import_(old)
    assert result.kinds["practice"].unchanged >= 1
    assert advisor.rows("SELECT title FROM practices WHERE id = ?", practice_id) == [
        ("Segunda versión",)
    ]
    assert list_conflicts(advisor.ws.db) == []


def test_bundle_records_are_the_database_columns(network: Network) -> None:
    network.ana.add_practice("Columnas")
    members = open_bundle(
        network.ana.export(network.path("ana")), network.advisor.keys().encryption_secret
    )
    record = records_of(members, "practice")[0]
    columns = {c.name for c in Practice.__table__.columns} - {"pk", "change_seq"}
    assert set(record) == columns
