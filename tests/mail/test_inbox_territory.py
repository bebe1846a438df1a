"""Territory reports by e-mail, against a real IMAP server on loopback (dovecot, TLS).

On the coordinator's hub the inbox routes a bundle to the territory import: the report of
an accepted advisor is imported (also when it came cut in two messages), the report of an
advisor never accepted is kept for review with the reason, other mail stays untouched,
and nothing is imported twice. On an advisor's installation a territory report that
arrives is never routed there: it stays for review and her data is unchanged.
"""

from __future__ import annotations

import email
from pathlib import Path

import pytest
from sqlalchemy import func, select

from minga.i18n import catalog
from minga.mail.models import IMPORTED, REVIEW, WAITING
from minga.services.setup import SetupInput, initialize
from minga.services.territory_report import build_payload
from minga.store.territory_models import TerritoryNetwork, TerritoryReportLog
from minga.sync import territory_trust as trust
from minga.sync.container import split_file
from minga.sync.territory import write_report
from tests.mail.test_inbox import _configure_imap, _fetch, _message
from tests.sync.conftest import Device, sync_cli_env  # noqa: F401

pytestmark = pytest.mark.usefixtures("dovecot")

ROSA = "Rosa Elena Pérez Millar"
CARLA = "Carla Andrea Muñoz Vera"


def _advisor(folder: Path, backend, name: str, microcentre: str) -> Device:
    device = Device(folder, backend)
    initialize(device.ws.db, SetupInput(role="advisor", name=name, microcentre=microcentre))
    return device


def _report(advisor: Device, out: Path) -> Path:
    write_report(advisor.ws, build_payload([advisor.ws]), out, advisor.vault)
    return out


def _hub_counts(hub: Device) -> tuple[list[str], int]:
    with hub.ws.db.session() as session:
        names = session.scalars(select(TerritoryNetwork.name).order_by("name")).all()
        logs = session.scalar(select(func.count()).select_from(TerritoryReportLog)) or 0
    return list(names), logs


def test_the_hub_imports_territory_reports_from_its_inbox(
    tmp_path: Path, keyring_backend, dovecot, mailbox: str
) -> None:
    ca = dovecot.certs.ca_file
    hub = Device(tmp_path / "hub", keyring_backend)
    initialize(
        hub.ws.db,
        SetupInput(role="coordinator", name="Marta Soto", territory="SLEP Maule Costa"),
    )
    rosa = _advisor(tmp_path / "rosa", keyring_backend, ROSA, "Los Copihues")
    carla = _advisor(tmp_path / "carla", keyring_backend, CARLA, "Las Araucarias")
    # Rosa is an accepted advisor; Carla only has the coordinator's card.
    invitation = tmp_path / "invitacion.minga"
    trust.write_invitation(rosa.ws, invitation, trust.network_refs([rosa.ws]), rosa.vault)
    trust.accept_advisor(hub.ws, invitation)
    card = tmp_path / "tarjeta.minga"
    trust.write_card(hub.ws, card, hub.vault)
    trust.accept_card(rosa.ws, card)
    trust.accept_card(carla.ws, card)
    rosa_report = _report(rosa, tmp_path / "informe-territorio.minga")
    carla_report = _report(carla, tmp_path / "informe-carla.minga")

    # A second report of Rosa's (a later one) cut into two parts, in two messages.
    split_dir = tmp_path / "partes"
    split_dir.mkdir()
    later = _report(rosa, split_dir / "informe-octubre.minga")
    parts = split_file(later, later.stat().st_size // 2 + 1)
    assert len(parts) == 2

    messages = {
        "rosa": _message("rosa@microcentro.cl", "Informe al territorio", attachment=rosa_report),
        "carla": _message("carla@microcentro.cl", "Mi informe", attachment=carla_report),
        "plain": _message("jefa@daem.cl", "Reunión del jueves"),
    }
    for number, part in enumerate(parts, 1):
        raw = _message("rosa@microcentro.cl", f"Informe de octubre ({number}/2)", attachment=part)
        parsed = email.message_from_bytes(raw)
        parsed["X-Minga-Part"] = f"{number}/2"
        messages[f"part{number}"] = parsed.as_bytes()
    ids = {}
    for key in ("rosa", "carla", "plain", "part1"):
        dovecot.deliver(mailbox, ca, messages[key])
        ids[key] = email.message_from_bytes(messages[key])["Message-ID"]
    _configure_imap(hub, dovecot, mailbox)

    report = _fetch(hub)
    assert sorted(e.subject for e in report.imported) == ["Informe al territorio"]
    assert [r.imported for r in report.territory] == [["Los Copihues"]]
    assert report.imports == []  # no member bundle was imported
    review = {e.subject: e for e in report.review}
    assert set(review) == {"Mi informe"}
    said = review["Mi informe"].reason_text(catalog("es"))
    assert CARLA in said
    assert "no es una asesora aceptada" in said
    assert all(Path(f).exists() for f in review["Mi informe"].files)
    assert [e.subject for e in report.waiting] == ["Informe de octubre (1/2)"]
    assert _hub_counts(hub) == (["Los Copihues"], 1)
    flags = dovecot.flags(mailbox, ca)
    assert flags[ids["plain"]] <= {"\\Recent"}  # untouched
    assert "\\Seen" not in flags[ids["rosa"]]

    # The second part arrives: the whole later report is imported; nothing twice.
    dovecot.deliver(mailbox, ca, messages["part2"])
    second = _fetch(hub)
    assert [e.subject for e in second.imported] == ["Informe de octubre (2/2)"]
    assert [r.imported for r in second.territory] == [["Los Copihues"]]
    assert _hub_counts(hub) == (["Los Copihues"], 2)
    from minga.mail import inbox

    counts = inbox.inbox_state(hub.ws).counts
    assert counts == {IMPORTED: 3, REVIEW: 1, WAITING: 0}  # the first part's message too
    third = _fetch(hub)
    assert third.imported == third.review == third.waiting == []
    assert _hub_counts(hub) == (["Los Copihues"], 2)


def test_an_advisor_never_routes_a_territory_report_to_the_territory_import(
    tmp_path: Path, keyring_backend, dovecot, mailbox: str
) -> None:
    ca = dovecot.certs.ca_file
    hub = Device(tmp_path / "hub", keyring_backend)
    initialize(hub.ws.db, SetupInput(role="coordinator", name="Marta Soto", territory="SLEP"))
    rosa = _advisor(tmp_path / "rosa", keyring_backend, ROSA, "Los Copihues")
    card = tmp_path / "tarjeta.minga"
    trust.write_card(hub.ws, card, hub.vault)
    trust.accept_card(rosa.ws, card)
    report = _report(rosa, tmp_path / "informe.minga")
    dovecot.deliver(mailbox, ca, _message("rosa@microcentro.cl", "Copia", attachment=report))
    _configure_imap(rosa, dovecot, mailbox)

    fetched = _fetch(rosa)
    assert fetched.imported == []
    assert fetched.territory == []
    assert fetched.imports == []
    assert [e.subject for e in fetched.review] == ["Copia"]
    assert "no está dirigido a ti" in fetched.review[0].reason_text(catalog("es"))
    with rosa.ws.db.session() as session:
        assert session.scalar(select(func.count()).select_from(TerritoryNetwork)) == 0


def test_minga_fetch_on_the_hub_says_which_reports_it_imported(
    tmp_path: Path,
    keyring_backend,
    sync_cli_env: Path,  # noqa: F811
    dovecot,
    mailbox: str,
) -> None:
    import json

    from minga.core.clock import SHIFT_ENV
    from tests.conftest import Cli
    from tests.mail.conftest import IMAP_PASSWORD
    from tests.mail.servers import HOST

    hub = Device(tmp_path / "hub", keyring_backend)
    initialize(hub.ws.db, SetupInput(role="coordinator", name="Marta Soto", territory="SLEP"))
    rosa = _advisor(tmp_path / "rosa", keyring_backend, ROSA, "Los Copihues")
    invitation = tmp_path / "invitacion.minga"
    trust.write_invitation(rosa.ws, invitation, trust.network_refs([rosa.ws]), rosa.vault)
    trust.accept_advisor(hub.ws, invitation)
    card = tmp_path / "tarjeta.minga"
    trust.write_card(hub.ws, card, hub.vault)
    trust.accept_card(rosa.ws, card)
    report = _report(rosa, tmp_path / "informe-territorio.minga")
    sync_cli_env.write_text(
        json.dumps({f"{s}\x00{u}": p for (s, u), p in keyring_backend.secrets.items()})
    )
    hub.ws.close()
    dovecot.deliver(
        mailbox,
        dovecot.certs.ca_file,
        _message("rosa@microcentro.cl", "Informe", attachment=report),
    )
    cli = Cli(hub.root)
    setup = cli(
        "mail", "setup", "--smtp-host", HOST, "--security", "ssl", "--user", mailbox,
        "--imap-host", HOST, "--imap-port", str(dovecot.imaps_port),
        "--cafile", str(dovecot.certs.ca_file), env={"MINGA_MAIL_PASSWORD": IMAP_PASSWORD},
    )  # fmt: skip
    assert setup.returncode == 0, setup.stderr
    server_time = {SHIFT_ENV: "0"}  # dovecot dates messages by the real clock
    fetched = cli("fetch", env=server_time, lang="es")
    assert fetched.returncode == 0, fetched.stderr
    assert f"de {ROSA} (huella " in fetched.stdout
    assert "): Los Copihues." in fetched.stdout
    again = json.loads(cli("fetch", "--json", env=server_time).stdout)
    assert again["imported"] == []
    assert again["territory"] == []
