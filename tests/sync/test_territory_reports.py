"""Territory reports between real installations: the trust exchange (invitation, card,
fingerprints), and hostile reports that change nothing on the hub (a wrong signer, an
advisor never accepted, another advisor's network, garbage rows, an older report played
again, ids of another network, a report for another hub)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from minga.core.workspace import Workspace
from minga.services.setup import SetupInput, initialize
from minga.services.territory_report import build_payload
from minga.store.territory_models import TERRITORY_MODELS, TerritoryNetwork, TerritoryPractice
from minga.sync import territory_errors as errors
from minga.sync import territory_trust as trust
from minga.sync.errors import MalformedBundleError, NotForYouError, TamperedBundleError
from minga.sync.keys import DeviceKeys, KeyVault, ensure_keys
from minga.sync.territory import (
    CLAIMED,
    IDS_TAKEN,
    OLDER,
    import_folder,
    import_report,
    pack_report,
    rows_of,
    write_report,
)
from tests.support.clock import clock_at
from tests.support.file_keyring import MemoryKeyring
from tests.sync.territory_support import COORDINATOR, TERRITORY


@dataclass
class Installation:
    ws: Workspace
    vault: KeyVault

    def keys(self) -> DeviceKeys:
        with self.ws.db.session() as session:
            return ensure_keys(session, self.vault)


def _advisor(root: Path, keyring: Any, name: str, microcentre: str) -> Installation:
    ws = Workspace(root, clock=clock_at())
    initialize(ws.db, SetupInput(role="advisor", name=name, microcentre=microcentre))
    return Installation(ws, KeyVault(root, keyring))


def _hub(root: Path, keyring: Any) -> Installation:
    ws = Workspace(root, clock=clock_at())
    initialize(ws.db, SetupInput(role="coordinator", name=COORDINATOR, territory=TERRITORY))
    return Installation(ws, KeyVault(root, keyring))


@dataclass
class Territory:
    folder: Path
    hub: Installation
    rosa: Installation
    carla: Installation

    def introduce(self, advisor: Installation, name: str) -> Path:
        invitation = self.folder / f"{name}-invitacion.minga"
        trust.write_invitation(
            advisor.ws, invitation, trust.network_refs([advisor.ws]), advisor.vault
        )
        trust.accept_advisor(self.hub.ws, invitation)
        card = self.folder / "tarjeta.minga"
        trust.write_card(self.hub.ws, card, self.hub.vault)
        trust.accept_card(advisor.ws, card)
        return invitation

    def report(self, advisor: Installation, name: str) -> Path:
        out = self.folder / f"{name}.minga"
        write_report(advisor.ws, build_payload([advisor.ws]), out, advisor.vault)
        return out

    def import_(self, path: Path):
        return import_report(self.hub.ws, path, self.hub.vault)

    def hub_rows(self) -> list[Any]:
        """Every row of the hub's territory tables (to show that nothing changed)."""
        found = []
        with self.hub.ws.db.session() as session:
            for model in TERRITORY_MODELS:
                for row in session.scalars(select(model)):
                    found.append(
                        (
                            model.__tablename__,
                            sorted(
                                (k, repr(v)) for k, v in vars(row).items() if not k.startswith("_")
                            ),
                        )
                    )
        return sorted(found, key=repr)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hub and the two advisors set up once (no keys yet: each test makes its own)."""
    folder = tmp_path_factory.mktemp("territory-template")
    keyring = MemoryKeyring()
    for made in (
        _hub(folder / "hub", keyring),
        _advisor(folder / "rosa", keyring, "Rosa Elena Pérez Millar", "Los Copihues"),
        _advisor(folder / "carla", keyring, "Carla Andrea Muñoz Vera", "Las Araucarias"),
    ):
        made.ws.close()
    return folder


@pytest.fixture
def territory(tmp_path: Path, template: Path) -> Iterator[Territory]:
    import shutil

    keyring = MemoryKeyring()
    installations = []
    for name in ("hub", "rosa", "carla"):
        shutil.copytree(template / name, tmp_path / name)
        ws = Workspace(tmp_path / name, clock=clock_at())
        installations.append(Installation(ws, KeyVault(tmp_path / name, keyring)))
    made = Territory(tmp_path, *installations)
    yield made
    for installation in installations:
        installation.ws.close()


def _forge(
    territory: Territory,
    signer: Installation,
    rows: dict[str, list[dict[str, Any]]],
    *,
    claimed: Installation | None = None,
    created_at: dt.datetime | None = None,
    name: str = "falso",
) -> Path:
    """A report signed by `signer`'s key, saying it comes from `claimed` (default: the
    signer), with exactly these rows."""
    who = claimed or signer
    with who.ws.db.session() as session:
        from minga.core.identity import current_actor

        actor = current_actor(session)
    keys = signer.keys()
    card = trust.coordinator(territory.rosa.ws) or trust.coordinator(territory.carla.ws)
    assert card is not None
    out = territory.folder / f"{name}.minga"
    pack_report(
        out,
        rows,
        sender={
            "person_id": actor.person_id,
            "device_id": actor.device_id,
            "name": actor.name,
            "role": "advisor",
            "signing_key": (who.keys() if claimed else keys).public.signing_key,
            "encryption_key": keys.public.encryption_key,
        },
        recipient={
            "person_id": card.coordinator.person_id,
            "encryption_key": card.coordinator.encryption_key,
        },
        device_keys=keys,
        report_id=str(uuid.uuid4()),
        created_at=(created_at or clock_at().now()).isoformat(),
    )
    return out


def _rows(advisor: Installation) -> dict[str, list[dict[str, Any]]]:
    return rows_of(build_payload([advisor.ws]))


def _practice(microcentre_id: str, **changes: Any) -> dict[str, Any]:
    row = {
        "id": str(uuid.uuid4()),
        "microcentre_id": microcentre_id,
        "year": 2026,
        "title": "Huerto escolar y fracciones",
        "description": "Medimos las camas del huerto.",
        "multigrade_strategy": "Tutoría entre pares",
        "subjects": ["MA"],
        "levels": ["3B", "4B"],
        "oa_codes": [],
        "school_name": "Escuela Rural Los Boldos",
        "presented_on": "2026-05-12",
        "version": "1780000000000-0000-abcdef",
    }
    row.update(changes)
    return row


def test_the_trust_exchange_and_a_report_from_the_advisor_to_her_coordinator(
    territory: Territory,
) -> None:
    invitation = territory.folder / "invitacion.minga"
    info = trust.write_invitation(
        territory.rosa.ws,
        invitation,
        trust.network_refs([territory.rosa.ws]),
        territory.rosa.vault,
    )
    seen = trust.read_invitation(invitation)
    assert seen.fingerprint == info.fingerprint
    assert [n["name"] for n in seen.networks] == ["Los Copihues"]
    # Before the card, no report can be written (nobody to encrypt it to).
    with pytest.raises(errors.NoCoordinatorError):
        territory.report(territory.rosa, "antes")
    # Only a coordinator accepts an advisor, and only an advisor takes a card.
    with pytest.raises(errors.CoordinatorOnlyError):
        trust.accept_advisor(territory.carla.ws, invitation)
    accepted = trust.accept_advisor(territory.hub.ws, invitation)
    assert accepted.advisor == "Rosa Elena Pérez Millar"
    assert not accepted.already
    assert trust.accept_advisor(territory.hub.ws, invitation).already
    card = territory.folder / "tarjeta.minga"
    written = trust.write_card(territory.hub.ws, card, territory.hub.vault)
    assert written.territory == TERRITORY
    with pytest.raises(errors.AdvisorOnlyTerritoryError):
        trust.accept_card(territory.hub.ws, card)
    assert trust.accept_card(territory.rosa.ws, card).fingerprint == written.fingerprint
    assert trust.coordinator(territory.rosa.ws).coordinator.name == COORDINATOR

    # A member invitation is not a territory file, and a changed byte breaks the seal.
    tampered = territory.folder / "alterada.minga"
    tampered.write_bytes(invitation.read_bytes().replace(b"Los Copihues", b"Los Capihues"))
    with pytest.raises(TamperedBundleError):
        trust.accept_advisor(territory.hub.ws, tampered)
    with pytest.raises(errors.WrongTerritoryFileError):
        trust.accept_advisor(territory.hub.ws, card)

    report = territory.report(territory.rosa, "informe")
    assert b"Los Copihues" not in report.read_bytes()  # encrypted
    result = territory.import_(report)
    assert result.imported == ["Los Copihues"]
    assert result.refused == []
    again = territory.import_(report)
    assert again.already_imported
    # A teacher's or advisor's installation cannot read a report meant for the hub.
    with pytest.raises(errors.CoordinatorOnlyError):
        import_report(territory.carla.ws, report, territory.carla.vault)


def test_the_same_advisor_with_another_key_is_not_accepted(
    territory: Territory, tmp_path: Path
) -> None:
    invitation = territory.introduce(territory.rosa, "rosa")
    raw = invitation.read_bytes()
    # Carla signs an invitation that claims Rosa's person id with Carla's own key.
    doc = json.loads(raw.split(b"\n")[1])
    carla_invitation = territory.folder / "carla.minga"
    trust.write_invitation(territory.carla.ws, carla_invitation, [], territory.carla.vault)
    carla_doc = json.loads(carla_invitation.read_bytes().split(b"\n")[1])
    carla_doc["advisor"]["person_id"] = doc["advisor"]["person_id"]
    import base64

    body = json.dumps(carla_doc, separators=(",", ":")).encode()
    signature = base64.b64encode(territory.carla.keys().sign(body))
    forged = tmp_path / "suplantacion.minga"
    forged.write_bytes(b"MINGA-INVITATION 1\n" + body + b"\n" + signature + b"\n")
    before = territory.hub_rows()
    with pytest.raises(errors.TerritoryKeyChangedError):
        trust.accept_advisor(territory.hub.ws, forged)
    assert territory.hub_rows() == before


def test_hostile_reports_change_nothing_else(territory: Territory) -> None:
    territory.introduce(territory.rosa, "rosa")
    territory.introduce(territory.carla, "carla")
    first = territory.import_(territory.report(territory.rosa, "rosa-1"))
    assert first.imported == ["Los Copihues"]
    rosa_rows = _rows(territory.rosa)
    rosa_centre = rosa_rows["territory_network"][0]["microcentre_id"]
    carla_rows = _rows(territory.carla)
    carla_centre = carla_rows["territory_network"][0]["microcentre_id"]
    with territory.hub.ws.db.session() as session:
        session.add(
            TerritoryPractice(**{**_practice(rosa_centre), "presented_on": dt.date(2026, 5, 12)})
        )
    before = territory.hub_rows()

    # A report signed by a key that is not the sender's it names.
    wrong_signer = _forge(territory, territory.carla, carla_rows, claimed=territory.rosa)
    with pytest.raises(TamperedBundleError):
        territory.import_(wrong_signer)
    # An advisor the coordinator never accepted.
    keyring = MemoryKeyring()
    stranger = _advisor(territory.folder / "extrana", keyring, "Ximena Paz Rojas", "Otro")
    try:
        unknown = _forge(territory, stranger, _rows(stranger), name="desconocida")
        with pytest.raises(errors.UnknownAdvisorError):
            territory.import_(unknown)
    finally:
        stranger.ws.close()
    assert territory.hub_rows() == before

    # Garbage rows: the whole report is refused, with the row and the reason.
    garbage = [
        ("territory_practice", _practice(carla_centre, title="x" * 5000)),
        ("territory_practice", _practice(carla_centre, levels=["9Z"])),
        ("territory_practice", {**_practice(carla_centre), "author_email": "ana@x.cl"}),
        ("territory_practice", _practice(carla_centre, title="Línea\u0000oculta")),
        (
            "territory_figure",
            {
                "microcentre_id": carla_centre,
                "year": 2026,
                "key": "attendance",
                "numerator": "3",
                "denominator": 4,
            },
        ),
        (
            "territory_session",
            {
                "id": str(uuid.uuid4()),
                "microcentre_id": carla_centre,
                "year": 2026,
                "date": "2026-04-10",
                "hours": 2.0,
                "modality": "in_person",
                "held": True,
                "present": 40,
                "expected": 8,
                "practices_presented": 1,
            },
        ),
        ("territory_practice", _practice(str(uuid.uuid4()))),  # a network not in the report
    ]
    # A line beyond the bound (1 MiB) is refused before it is parsed.
    huge = {k: list(v) for k, v in carla_rows.items()}
    huge["territory_practice"].append(_practice(carla_centre, description="a" * (2 * 1024**2)))
    with pytest.raises(MalformedBundleError):
        territory.import_(_forge(territory, territory.carla, huge, name="enorme"))
    for number, (kind, row) in enumerate(garbage):
        rows = {k: list(v) for k, v in carla_rows.items()}
        rows[kind].append(row)
        bad = _forge(territory, territory.carla, rows, name=f"basura-{number}")
        with pytest.raises(errors.BadTerritoryRowError):
            territory.import_(bad)
    assert territory.hub_rows() == before

    # Carla claims Rosa's network beside her own: hers is taken, Rosa's refused.
    claimed_rows = {k: list(v) + list(rosa_rows[k]) for k, v in carla_rows.items()}
    claim = territory.import_(_forge(territory, territory.carla, claimed_rows, name="reclamo"))
    assert claim.imported == ["Las Araucarias"]
    assert claim.refused == [("Los Copihues", CLAIMED)]
    with territory.hub.ws.db.session() as session:
        assert session.get(TerritoryNetwork, rosa_centre).advisor_id == _person(territory.rosa)
    # A practice id the hub holds under Rosa's network, sent by Carla for hers.
    stolen = {k: list(v) for k, v in carla_rows.items()}
    taken_id = before_practice_id(territory, rosa_centre)
    stolen["territory_practice"].append(_practice(carla_centre, id=taken_id))
    later = clock_at().now() + dt.timedelta(days=1)
    took = territory.import_(
        _forge(territory, territory.carla, stolen, created_at=later, name="robo")
    )
    assert took.refused == [("Las Araucarias", IDS_TAKEN)]


def _person(installation: Installation) -> str:
    from minga.core.identity import current_actor

    with installation.ws.db.session() as session:
        return current_actor(session).person_id


def before_practice_id(territory: Territory, centre: str) -> str:
    with territory.hub.ws.db.session() as session:
        return session.scalars(
            select(TerritoryPractice.id).where(TerritoryPractice.microcentre_id == centre)
        ).first()


def test_the_newest_report_wins_and_an_older_one_played_again_changes_nothing(
    territory: Territory,
) -> None:
    territory.introduce(territory.rosa, "rosa")
    rows = _rows(territory.rosa)
    centre = rows["territory_network"][0]["microcentre_id"]
    old_rows = {k: list(v) for k, v in rows.items()}
    old_rows["territory_practice"] = [_practice(centre, title="Versión antigua")]
    new_rows = {k: list(v) for k, v in rows.items()}
    new_rows["territory_practice"] = [_practice(centre, title="Versión nueva")]
    now = clock_at().now()
    older = _forge(territory, territory.rosa, old_rows, created_at=now, name="vieja")
    newer = _forge(
        territory, territory.rosa, new_rows, created_at=now + dt.timedelta(days=30), name="nueva"
    )
    assert territory.import_(newer).imported == ["Los Copihues"]
    before = territory.hub_rows()
    replay = territory.import_(older)
    assert replay.imported == []
    assert replay.refused == [("Los Copihues", OLDER)]
    after = [row for row in territory.hub_rows() if row[0] != "territory_reports"]
    assert after == [row for row in before if row[0] != "territory_reports"]
    with territory.hub.ws.db.session() as session:
        assert session.scalars(select(TerritoryPractice.title)).all() == ["Versión nueva"]
    # The folder import sees both as already imported.
    folder = import_folder(territory.hub.ws, territory.folder, territory.hub.vault)
    assert folder.imported == []
    assert folder.skipped == 2


def test_a_report_for_another_hub_is_not_opened(territory: Territory, tmp_path: Path) -> None:
    territory.introduce(territory.rosa, "rosa")
    keyring = MemoryKeyring()
    other = _hub(tmp_path / "otro-hub", keyring)
    try:
        card = tmp_path / "otra-tarjeta.minga"
        trust.write_card(other.ws, card, other.vault)
        trust.accept_card(territory.rosa.ws, card)
        report = territory.report(territory.rosa, "para-otro")
        before = territory.hub_rows()
        with pytest.raises(NotForYouError):
            territory.import_(report)
        assert territory.hub_rows() == before
    finally:
        other.ws.close()
