"""The advisor's bundle for one member does not send her own evidence files back (she
attached them on her computer): at the monthly meeting each teacher would otherwise
download her own photos again. The records still travel; a full bundle, and the first
one for an installation that acknowledged nothing yet (a member back on a new computer),
carry the files too."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_practices import tiny_png
from tests.sync.conftest import Network, open_bundle, records_of


def _with_photo(network: Network, tmp_path: Path) -> str:
    photo = tmp_path / "huerto.png"
    photo.write_bytes(tiny_png() + bytes(range(256)) * 64)
    practice = network.ana.add_practice("Huerto escolar")
    return network.ana.practices.attach(practice, photo).sha256


def test_her_own_photos_do_not_come_back_to_her_but_go_to_the_others(
    network: Network, tmp_path: Path
) -> None:
    sha256 = _with_photo(network, tmp_path)
    network.advisor.import_(network.ana.export(network.path("ana")))
    advisor = network.advisor

    for_ana = advisor.export(network.path("para-ana"), to=network.ana.person_id)
    to_ana = open_bundle(for_ana, network.ana.keys().encryption_secret)
    assert [r["sha256"] for r in records_of(to_ana, "attachment")] == [sha256]
    assert f"attachments/{sha256}" not in to_ana  # her file stays out

    to_pedro = open_bundle(
        advisor.export(network.path("para-pedro"), to=network.pedro.person_id),
        network.pedro.keys().encryption_secret,
    )
    assert f"attachments/{sha256}" in to_pedro

    full = open_bundle(
        advisor.export(network.path("para-ana-completo"), to=network.ana.person_id, full=True),
        network.ana.keys().encryption_secret,
    )
    assert f"attachments/{sha256}" in full

    from minga.core.attachments import AttachmentStore

    network.ana.import_(for_ana)  # imports fine; her photo is still there
    assert AttachmentStore(network.ana.ws.dirs.attachments).path_for(sha256).exists()


def test_the_first_bundle_for_an_installation_carries_her_files(
    network: Network, tmp_path: Path
) -> None:
    """Nothing acknowledged yet from her installation: everything goes (as for a member
    who comes back on a new computer)."""
    from minga.sync.export import export_bundle

    sha256 = _with_photo(network, tmp_path)
    network.advisor.import_(network.ana.export(network.path("ana")))
    from sqlalchemy import update

    from minga.store.models import Peer

    with network.advisor.ws.db.session() as session:
        session.execute(update(Peer).values(acked_seq=0))  # no device confirmed anything
    result = export_bundle(
        network.advisor.ws,
        network.path("para-ana-nueva"),
        to=network.ana.person_id,
        vault=network.advisor.vault,
    )
    members = open_bundle(result.paths[0], network.ana.keys().encryption_secret)
    assert f"attachments/{sha256}" in members
