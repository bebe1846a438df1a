"""The item models of the Sincronizar area, checked with pytest-qt's model tester."""

from __future__ import annotations

import datetime as dt

import pytest

from minga.sync.queries import (
    ConflictRow,
    MemberRow,
    history_page,
    last_bundle,
    record_title,
    version_time,
)
from minga.ui.sync import models as sync_models
from minga.ui.sync.models import (
    ConflictsModel,
    HistoryModel,
    MembersModel,
    SummaryModel,
)
from minga.ui.sync.status import entry_details, last_bundle_text
from tests.sync.conftest import Network


def _both_directions(network: Network):
    """Ana sends one bundle and receives one: her history has both directions."""
    ana, advisor = network.ana, network.advisor
    ana.add_practice("Mi práctica")
    advisor.import_(ana.export(network.path("ana"), full=True))
    advisor.add_practice("De la asesora")
    ana.import_(advisor.export(network.path("todos"), full=True))


def test_history_lists_both_directions_newest_first(qtmodeltester, network: Network):
    _both_directions(network)
    model = HistoryModel(network.ana.ws.db)
    model.reload()

    qtmodeltester.check(model)

    rows = [model.row(i) for i in range(model.rowCount())]
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    assert rows[0].direction == "in"
    assert rows[1].direction == "out"
    assert {r.direction for r in rows} == {"in", "out"}
    assert [model.index(i, HistoryModel.DIRECTION).data() for i in range(2)] == [
        "Received",
        "Sent",
    ]
    assert model.index(0, HistoryModel.PEER).data() == "Rosa Elena Pérez Millar"
    assert model.index(1, HistoryModel.PEER).data() == "Rosa Elena Pérez Millar"
    assert model.index(0, HistoryModel.SUMMARY).data().startswith("New 1 · updated ")
    assert model.index(1, HistoryModel.SUMMARY).data().startswith("Records ")
    assert model.index(1, HistoryModel.SUMMARY).data().endswith(" · complete")
    assert model.index(1, HistoryModel.FILE).data().endswith("-ana.minga")
    assert "-ana.minga" in model.index(1, HistoryModel.FILE).data(sync_models.ToolTip)
    # The invitation this installation joined with is listed too, as such.
    assert model.index(model.rowCount() - 1, HistoryModel.DIRECTION).data() == (
        "Invitation received"
    )
    assert model.headerData(0, sync_models.Qt.Orientation.Horizontal) == "Date"


def test_history_reads_in_batches(qtmodeltester, network: Network, monkeypatch):
    _both_directions(network)
    monkeypatch.setattr(sync_models, "HISTORY_BATCH", 2)
    model = HistoryModel(network.ana.ws.db)
    model.reload()
    total = model.total()
    assert total > 2
    assert model.rowCount() == 2
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    qtmodeltester.check(model)
    assert [e.id for e in history_page(network.ana.ws.db, 0, total)] == [
        model.row(i).id for i in range(total)
    ]


def test_the_advisor_sees_whom_a_consolidated_bundle_went_to(qtmodeltester, network: Network):
    model = HistoryModel(network.advisor.ws.db)
    model.reload()
    qtmodeltester.check(model)
    peers = [model.index(i, HistoryModel.PEER).data() for i in range(model.rowCount())]
    assert "Whole microcentre (2)" in peers
    assert "Ana María Huenchumilla" in peers


def test_last_bundle_for_the_status_bar(network: Network, data_dir, workspace, teacher):
    entry = last_bundle(network.ana.ws.db)
    assert entry is not None
    assert entry.direction == "in"
    assert last_bundle_text(network.ana.ws.db).startswith("Last bundle: received on ")
    assert entry_details(last_bundle(network.ana.ws.db)).startswith(
        "Received from Rosa Elena Pérez Millar: "
    )
    network.ana.export(network.path("ana"))
    assert last_bundle_text(network.ana.ws.db).startswith("Last bundle: sent on ")
    # Nothing yet on a fresh installation (and invitations do not count).
    assert last_bundle_text(teacher.db) == ""


def test_summary_model(qtmodeltester):
    model = SummaryModel()
    model.set_kinds(
        {
            "practice": {"new": 2, "updated": 1, "unchanged": 0, "conflicts": 1},
            "session": {"new": 0, "updated": 0, "unchanged": 4, "conflicts": 0},
        }
    )
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(3)] == ["Practices", "Sessions", "Total"]
    assert [model.index(2, c).data() for c in range(1, 5)] == ["2", "1", "4", "1"]
    assert model.index(2, 0).data(sync_models.Qt.ItemDataRole.FontRole).bold()
    model.set_kinds({})
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_members_and_conflicts_models(qtmodeltester):
    now = dt.datetime(2026, 5, 4, 15, 30, tzinfo=dt.UTC)
    members = MembersModel()
    members.set_rows(
        [
            MemberRow("a", "Ana", "teacher", "Los Boldos", "pending", None, None, False),
            MemberRow("r", "Rosa", "advisor", "", "active", "K7QX-2MPD-9F4A-HT3R", now, True),
        ]
    )
    qtmodeltester.check(members)
    assert members.index(0, MembersModel.MEMBERSHIP).data() == "Waiting for acceptance"
    assert members.index(0, MembersModel.FINGERPRINT).data() == "no key yet"
    assert members.index(1, MembersModel.NAME).data() == "Rosa (you)"
    assert members.index(1, MembersModel.ROLE).data() == "Advisor"

    conflicts = ConflictsModel()
    conflicts.set_rows(
        [
            ConflictRow(1, "practice", "x", "Huerto", "Ana", False, now, None, now, {}),
            ConflictRow(2, "session", "y", "", "", True, None, now, now, {}),
        ]
    )
    qtmodeltester.check(conflicts)
    assert conflicts.index(0, ConflictsModel.KIND).data() == "Practices"
    assert conflicts.index(1, ConflictsModel.TITLE).data() == "(untitled)"
    assert conflicts.index(1, ConflictsModel.OWNER).data() == "You"
    assert conflicts.index(0, ConflictsModel.CURRENT).data() == "—"
    # Titles come from other computers: a tooltip never renders them as markup.
    conflicts.set_rows(
        [ConflictRow(3, "practice", "z", "<b>Huerto</b> & más", "", True, None, None, now, {})]
    )
    tip = conflicts.index(0, ConflictsModel.TITLE).data(sync_models.ToolTip)
    assert "&lt;b&gt;Huerto&lt;/b&gt; &amp; más" in tip
    assert "<b>" not in tip


@pytest.mark.parametrize(
    ("record", "title"),
    [
        ({"title": "  Huerto\n escolar "}, "Huerto escolar"),
        ({"name": "Escuela"}, "Escuela"),
        ({"focus": "", "observed_on": "2026-05-04"}, "2026-05-04"),
        ({"title": "x" * 200}, "x" * 89 + "…"),
        ({}, ""),
    ],
)
def test_record_titles(record, title):
    assert record_title(record) == title


def test_version_time():
    assert version_time("0000000000000-0000-invitation") is None
    assert version_time("1795306790515-0000-abc") == dt.datetime(
        2026, 11, 22, 0, 19, 50, 515000, tzinfo=dt.UTC
    )
    assert version_time("nonsense") is None
    assert version_time(None) is None
