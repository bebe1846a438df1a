"""Property: whatever the edits and whatever the order of bundles, everyone converges.

Three installations (the advisor and two teachers, each with its own data folder and
database) make random creates, edits, visibility changes, deletes and restores of
practices, and create schools (whose ids come from the RBD, so two people may create
the same school: real conflicts). They exchange real bundles in random order, to random
recipients, with duplicates and re-imports. Then everyone sends everything to everyone
(two rounds, so conflict copies travel too) and:

- all devices hold the same network-visible records (a canonical dump of the rows);
- all devices hold the same conflict copies of network-visible records;
- re-importing any bundle never changes the database content.

Real databases and bundles on disk; only the OS keyring is replaced by
tests.support.file_keyring.MemoryKeyring.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minga.services.practices import PracticeInput
from tests.support.file_keyring import MemoryKeyring
from tests.sync.conftest import Device, Network, NetworkTemplate, database_content

TITLES = [
    "Huerto escolar", "Tiendita escolar", "Cálculo mental con dados", "Lectura compartida",
    "Cuentos mapuche", "Fracciones con regletas", "Bitácora de ciencias", "Mural de palabras",
    "Mapa del territorio", "Ticket de salida con caritas",
]  # fmt: skip
VISIBILITIES = ["private", "advisor", "network"]
WIDER = {"private": ["private", "advisor", "network"], "advisor": ["advisor", "network"]}
RBDS = ["7001-3", "7002-1", "4478-4"]

device = st.integers(0, 2)
pick = st.integers(0, 1000)
operation = st.one_of(
    st.tuples(st.just("create"), device, st.integers(0, 9), st.sampled_from(VISIBILITIES)),
    st.tuples(st.just("edit"), device, pick, st.integers(0, 9)),
    st.tuples(st.just("widen"), device, pick, st.integers(0, 2)),
    st.tuples(st.just("delete"), device, pick),
    st.tuples(st.just("restore"), device, pick),
    st.tuples(st.just("school"), device, st.integers(0, len(RBDS) - 1)),
    st.tuples(st.just("export"), device, st.integers(0, 2), st.booleans()),
    st.tuples(st.just("import"), pick, pick),
    st.tuples(st.just("import"), pick, pick),
)


class World:
    def __init__(self, network: Network):
        self.network = network
        self.devices = network.devices()
        self.bundles: list[tuple[Path, list[int]]] = []
        self.imported: set[tuple[int, int]] = set()
        self.reimports = 0

    # --- edits ------------------------------------------------------------------------

    def _own(self, dev: Device, deleted: bool) -> list[str]:
        return [
            r[0]
            for r in dev.rows(
                "SELECT id FROM practices WHERE owner = ? AND deleted = ? ORDER BY pk",
                dev.person_id,
                int(deleted),
            )
        ]

    def _input(self, dev: Device, practice_id: str) -> PracticeInput:
        detail = dev.practices.get(practice_id, include_deleted=True)
        return detail.data

    def create(self, d: int, title: int, visibility: str) -> None:
        self.devices[d].add_practice(f"{TITLES[title]} ({d})", visibility=visibility)

    def edit(self, d: int, which: int, title: int) -> None:
        dev = self.devices[d]
        own = self._own(dev, deleted=False)
        if own:
            practice_id = own[which % len(own)]
            data = self._input(dev, practice_id)
            data.title = f"{TITLES[title]} (editada por {d})"
            data.description = f"{data.description} +{title}"
            dev.practices.update(practice_id, data)

    def widen(self, d: int, which: int, step: int) -> None:
        dev = self.devices[d]
        own = self._own(dev, deleted=False)
        if own:
            practice_id = own[which % len(own)]
            data = self._input(dev, practice_id)
            choices = WIDER.get(data.visibility, ["network"])
            data.visibility = choices[step % len(choices)]
            dev.practices.update(practice_id, data)

    def delete(self, d: int, which: int) -> None:
        own = self._own(self.devices[d], deleted=False)
        if own:
            self.devices[d].practices.delete(own[which % len(own)])

    def restore(self, d: int, which: int) -> None:
        own = self._own(self.devices[d], deleted=True)
        if own:
            self.devices[d].practices.restore(own[which % len(own)])

    def school(self, d: int, which: int) -> None:
        from minga.core.identity import current_actor, stamper
        from minga.services.setup import school_id_for_rbd
        from minga.store.models import School

        rbd = RBDS[which]
        dev = self.devices[d]
        with dev.ws.db.session() as session:
            school_id = school_id_for_rbd(rbd)
            if session.get(School, school_id) is None:
                school = School(id=school_id, name=f"Escuela {rbd} según {d}", rbd=rbd)
                stamper(session, current_actor(session)).stamp(school, new=True)
                session.add(school)

    # --- bundles ----------------------------------------------------------------------

    def export(self, d: int, target: int, full: bool, *, keep: bool = True) -> int:
        dev = self.devices[d]
        if d == 0:
            if target == 0:
                options: dict[str, Any] = {}
                recipients = [1, 2]
            else:
                options = {"to": self.devices[target].person_id}
                recipients = [target]
        elif target in (0, d):
            options, recipients = {}, [0]
        else:
            options, recipients = {"to": self.devices[target].person_id}, [target]
        path = dev.export(self.network.path(f"de-{d}"), full=full, **options)
        self.bundles.append((path, recipients))
        return len(self.bundles) - 1

    def import_(self, which: int, who: int) -> None:
        if not self.bundles:
            return
        index = which % len(self.bundles)
        path, recipients = self.bundles[index]
        target = recipients[who % len(recipients)]
        dev = self.devices[target]
        if (index, target) in self.imported:
            before = database_content(dev.ws.dirs.database)
            result = dev.import_(path)
            assert result.already_imported
            assert database_content(dev.ws.dirs.database) == before
            self.reimports += 1
        else:
            dev.import_(path)
            self.imported.add((index, target))

    def run(self, op: tuple[Any, ...]) -> None:
        name, *args = op
        getattr(self, "import_" if name == "import" else name)(*args)

    def everyone_sends_everything(self) -> None:
        """Teachers to the advisor, the advisor to everyone; twice, so that the conflict
        copies made during the first round travel in the second."""
        for _round in range(2):
            for teacher in (1, 2):
                self.import_(self.export(teacher, 0, True), 0)
            consolidated = self.export(0, 0, True)
            self.import_(consolidated, 0)
            self.import_(consolidated, 1)


def shared_state(dev: Device) -> dict[str, Any]:
    """What every member must agree on: network-visible rows and their conflict copies."""
    with sqlite3.connect(dev.ws.dirs.database) as conn:
        practices = sorted(
            conn.execute(
                "SELECT id, owner, version, prev_version, updated_at, deleted, visibility, title, "
                "school_id, subjects, levels, oa_codes, description, multigrade_strategy, "
                "materials, duration_minutes, status, created_at FROM practices "
                "WHERE visibility = 'network'"
            ).fetchall()
        )
        schools = sorted(
            conn.execute(
                "SELECT id, owner, version, prev_version, updated_at, deleted, name, rbd, "
                "commune, microcentre_id, multigrade, student_count FROM schools "
                "WHERE version NOT LIKE '%-invitation'"
            ).fetchall()
        )
        copies = sorted(
            conn.execute(
                "SELECT kind, record_id, version FROM conflict_copies "
                "WHERE kind = 'school' OR json_extract(payload, '$.visibility') = 'network'"
            ).fetchall()
        )
    return {"practices": practices, "schools": schools, "copies": copies}


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, min_size=1, max_size=16))
def test_any_exchange_converges(
    network_template: NetworkTemplate,
    tmp_path_factory: pytest.TempPathFactory,
    operations: list[tuple[Any, ...]],
) -> None:
    folder = tmp_path_factory.mktemp("mundo")
    network = network_template.copy(folder, MemoryKeyring())
    world = World(network)
    try:
        for op in operations:
            world.run(op)
        world.everyone_sends_everything()
        states = [shared_state(dev) for dev in world.devices]
        assert states[1] == states[0]
        assert states[2] == states[0]
        # The last bundles once more at each recipient: nothing changes anywhere.
        for index in range(len(world.bundles) - 3, len(world.bundles)):
            for who in range(len(world.bundles[index][1])):
                world.import_(index, who)
        assert world.reimports >= 3
        # Nobody holds someone else's private records, nor (teachers) advisor-only ones.
        for number, dev in enumerate(world.devices):
            hidden = ("private",) if number == 0 else ("private", "advisor")
            strangers = dev.rows(
                f"SELECT count(*) FROM practices WHERE owner != ? AND visibility IN "
                f"({','.join('?' * len(hidden))})",
                dev.person_id,
                *hidden,
            )
            assert strangers == [(0,)]
    finally:
        for dev in world.devices:
            dev.close()
