"""Conflict copies obey the rules of their record (docs/bundle-format.md, What travels
where): a teacher who edits her profile on two computers leaves a losing copy at the
advisor, and the advisor's consolidated bundle carries that copy to every member, but
never with the teacher's e-mail address. Real installations, real bundles."""

from __future__ import annotations

import gzip
import json

from minga.core.identity import current_actor
from minga.core.records import save
from minga.store.models import Person
from minga.sync.conflicts import list_conflicts
from tests.sync.conftest import Device, Network, open_bundle
from tests.sync.test_merge import _second_device

EMAIL_PC = "ana.pc@escuela.cl"
EMAIL_NOTEBOOK = "ana.notebook@escuela.cl"


def _edit_profile(device: Device, email: str) -> None:
    with device.ws.db.session() as session:
        actor = current_actor(session)
        me = session.get(Person, actor.person_id)
        assert me is not None
        me.email = email
        save(session, actor, me)


def _holds(device: Device, text: str) -> bool:
    people = device.rows("SELECT email FROM people")
    copies = device.rows("SELECT payload FROM conflict_copies")
    return any(text in str(row) for row in people + copies)


def test_a_profile_conflict_copy_never_carries_the_teachers_email(network: Network) -> None:
    ana, rosa, pedro = network.ana, network.advisor, network.pedro
    notebook = _second_device(network, ana, "ana-notebook")
    _edit_profile(ana, EMAIL_PC)
    _edit_profile(notebook, EMAIL_NOTEBOOK)
    rosa.import_(ana.export(network.path("ana-pc")))
    second = rosa.import_(notebook.export(network.path("ana-notebook")))
    assert second.totals.conflicts == 1
    # The advisor holds both addresses: the winner and the losing copy.
    assert _holds(rosa, EMAIL_PC)
    assert _holds(rosa, EMAIL_NOTEBOOK)
    [copy] = list_conflicts(rosa.ws.db)
    assert copy.kind == "person"

    consolidated = rosa.export(network.path("todos"))
    members = open_bundle(consolidated, pedro.keys().encryption_secret)
    raw = gzip.decompress(members["conflicts.jsonl.gz"]).decode("utf-8")
    [entry] = [json.loads(line) for line in raw.splitlines()]
    assert entry["kind"] == "person"
    assert entry["record"]["email"] == ""
    everything = b"".join(
        gzip.decompress(data) if name.endswith(".gz") else data for name, data in members.items()
    )
    assert EMAIL_PC.encode() not in everything
    assert EMAIL_NOTEBOOK.encode() not in everything

    pedro.import_(consolidated)
    assert not _holds(pedro, EMAIL_PC)
    assert not _holds(pedro, EMAIL_NOTEBOOK)
    # Ana still sees the conflict about her own profile, without the address in transit.
    ana.import_(consolidated)
    assert [(c.kind, c.record_id) for c in list_conflicts(ana.ws.db)] == [("person", ana.person_id)]
    notebook.close()
