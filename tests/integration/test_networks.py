"""`minga.core.networks` on real folders: the list (cheap, tolerant of folders not opened
since an update, blind to half-made ones), a creation that fails leaves nothing behind,
the new folder holds her same person and keys under its own device, and
`services.networks.side_by_side` gives each network its own figures."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

import pytest

from minga.core.networks import (
    NETWORKS_DIR,
    AmbiguousNetworkError,
    NetworkNotFoundError,
    NetworksNeedAdvisorError,
    create_network,
    list_networks,
    resolve,
)
from tests.support.file_keyring import MemoryKeyring


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def advisor(tmp_path: Path, clock) -> Path:
    from minga.core.workspace import Workspace
    from minga.services.setup import SetupInput, initialize

    root = tmp_path / "rosa"
    with Workspace(root, clock=clock) as ws:
        initialize(ws.db, SetupInput(role="advisor", name="Rosa", microcentre="Los Copihues"))
    return root


def _installer(keyring: MemoryKeyring):
    from minga.sync.keys import install_network_keys

    return functools.partial(install_network_keys, backend=keyring)


def test_a_new_network_is_a_whole_folder_with_her_person_and_keys(advisor, keyring, clock):
    from minga.core.identity import current_actor
    from minga.core.workspace import Workspace
    from minga.sync.keys import KeyVault, load_keys

    made = create_network(
        advisor, "Las Araucarias", region="Maule", clock=clock, install_keys=_installer(keyring)
    )
    assert made.path == advisor / NETWORKS_DIR / made.microcentre_id
    with (
        Workspace(advisor, clock=clock) as main,
        Workspace(made.path, clock=clock) as other,
        main.db.session() as s1,
        other.db.session() as s2,
    ):
        me, her = current_actor(s1), current_actor(s2)
        assert her.person_id == me.person_id
        assert her.role == "advisor"
        assert her.microcentre_id == made.microcentre_id
        assert her.device_id != me.device_id
        first = load_keys(s1, KeyVault(advisor, keyring))
        second = load_keys(s2, KeyVault(made.path, keyring))
        assert first is not None
        assert second is not None
        assert first.public == second.public
    assert [n.name for n in list_networks(advisor)] == ["Los Copihues", "Las Araucarias"]
    assert [n.is_main for n in list_networks(made.path.parent.parent)] == [True, False]


def test_the_list_skips_half_made_folders_and_keeps_older_ones(advisor, keyring, clock):
    made = create_network(advisor, "Las Araucarias", clock=clock, install_keys=_installer(keyring))
    (advisor / NETWORKS_DIR / ".new-abandoned").mkdir()
    (advisor / NETWORKS_DIR / "empty").mkdir()
    conn = sqlite3.connect(made.path / "minga.sqlite3")
    with conn:  # as if not opened since Minga was updated
        conn.execute("UPDATE alembic_version SET version_num = '0011'")
    conn.close()
    assert [n.name for n in list_networks(advisor)] == ["Los Copihues", "Las Araucarias"]


def test_a_creation_that_fails_leaves_nothing(advisor, clock):
    def broken_keys(*_args):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        create_network(advisor, "Las Araucarias", clock=clock, install_keys=broken_keys)
    assert [p.name for p in (advisor / NETWORKS_DIR).iterdir()] == []
    assert len(list_networks(advisor)) == 1


def test_names_ids_and_their_trouble(advisor, keyring, clock):
    coigues = create_network(advisor, "Los Coigües", clock=clock, install_keys=_installer(keyring))
    assert resolve(advisor, "LOS COIGUES") == coigues.path
    assert resolve(advisor, coigues.microcentre_id[:4]) == coigues.path
    assert resolve(advisor, "copihues") == advisor
    with pytest.raises(AmbiguousNetworkError):
        resolve(advisor, "los")
    with pytest.raises(NetworkNotFoundError):
        resolve(advisor, "Las Vertientes")
    with pytest.raises(NetworkNotFoundError):
        resolve(advisor, coigues.microcentre_id[:3])  # too short to be an id


def test_only_an_advisor_has_several(tmp_path: Path, clock):
    from minga.core.workspace import Workspace
    from minga.services.setup import SetupInput, initialize

    root = tmp_path / "ana"
    with Workspace(root, clock=clock) as ws:
        initialize(
            ws.db,
            SetupInput(role="teacher", name="Ana", school="Escuela Los Boldos", rbd="4478-4"),
        )
    with pytest.raises(NetworksNeedAdvisorError):
        create_network(root, "Otro", clock=clock)
    assert not (root / NETWORKS_DIR).exists() or not any((root / NETWORKS_DIR).iterdir())


def test_side_by_side_gives_each_network_its_own_figures(advisor, keyring, clock):
    from minga.core.workspace import Workspace
    from minga.services.indicators import IndicatorService
    from minga.services.networks import side_by_side

    create_network(advisor, "Las Araucarias", clock=clock, install_keys=_installer(keyring))
    columns = side_by_side(advisor, clock=clock)
    assert [c.network.name for c in columns] == ["Los Copihues", "Las Araucarias"]
    for column in columns:
        with Workspace(column.network.path, clock=clock) as ws:
            own = IndicatorService(ws.db).network(column.year, exit_tickets=False)
        assert column.attendance == own.attendance.ratio
        assert column.practices_shared == own.practices_shared.count
        assert column.goal == own.practices_shared.goal
        assert column.as_json()["microcentre"]["name"] == column.network.name
