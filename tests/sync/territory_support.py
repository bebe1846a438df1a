"""Advisors with their microcentros and a coordinator's hub, for the territory tests.

Each microcentro is a data folder filled by the demo (a believable network: teachers
with names and e-mail addresses, sessions with attendance and surveys, practices shared
or private, self-assessments, observation notes, survey comments), one seed each, so
every network has its own ids. The keyring is a `MemoryKeyring` (the only stand-in: the
operating system's keyring cannot be used by tests); files, keys, signatures and
encryption are the real thing.
"""

from __future__ import annotations

import gzip
import io
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from minga.core.workspace import Workspace
from minga.services.demo import generate_demo, parse_scale
from minga.services.setup import SetupInput, initialize
from minga.sync import container
from minga.sync.keys import KeyVault
from tests.support.clock import clock_at

COORDINATOR = "Marta Isabel Soto Carrasco"
TERRITORY = "SLEP Maule Costa"


@dataclass
class Advisor:
    """An advisor's installation: her main data folder and her other microcentros."""

    root: Path
    workspaces: list[Workspace]
    vault: KeyVault

    @property
    def ws(self) -> Workspace:
        return self.workspaces[0]

    def close(self) -> None:
        for ws in self.workspaces:
            ws.close()


def make_advisor(root: Path, keyring: Any, seeds: tuple[int, ...], clock: Any = None) -> Advisor:
    """One advisor's installation as she makes it: the first seed fills her data folder
    (the demo, as the advisor), each other seed one more microcentro she creates
    (`create_network`: the same person id and keys under the folder's own device id),
    then filled by the demo around her."""
    from minga.core.networks import create_network
    from minga.sync.keys import install_network_keys

    clock = clock or clock_at()
    main = Workspace(root, clock=clock)
    generate_demo(main, scale=parse_scale("small"), seed=seeds[0], as_role="advisor")
    workspaces = [main]
    for seed in seeds[1:]:
        made = create_network(
            root,
            f"Red {seed} del secano",
            region="Maule",
            commune="Cauquenes",
            clock=clock,
            install_keys=lambda ws, folder, device: install_network_keys(
                ws, folder, device, backend=keyring
            ),
        )
        ws = Workspace(made.path, clock=clock)
        generate_demo(
            ws, scale=parse_scale("small"), seed=seed, as_role="advisor", into_network=True
        )
        workspaces.append(ws)
    return Advisor(root, workspaces, KeyVault(root, keyring))


def make_hub(root: Path, keyring: Any, db_url: str | None = None, clock: Any = None):
    ws = Workspace(root, clock=clock or clock_at(), db_url=db_url)
    initialize(ws.db, SetupInput(role="coordinator", name=COORDINATOR, territory=TERRITORY))
    return ws, KeyVault(root, keyring)


def introduce(advisor: Advisor, hub: Workspace, hub_vault: KeyVault, folder: Path) -> None:
    """The trust exchange: her invitation accepted on the hub, the card back."""
    from minga.sync import territory_trust as trust

    folder.mkdir(parents=True, exist_ok=True)
    invitation = folder / f"invitacion-{advisor.root.name}.minga"
    trust.write_invitation(
        advisor.ws, invitation, trust.network_refs(advisor.workspaces), advisor.vault
    )
    trust.accept_advisor(hub, invitation)
    card = folder / "tarjeta.minga"
    trust.write_card(hub, card, hub_vault)
    trust.accept_card(advisor.ws, card)


def export(advisor: Advisor, out: Path):
    from minga.services.territory_report import build_payload
    from minga.sync.territory import write_report

    return write_report(advisor.ws, build_payload(advisor.workspaces), out, advisor.vault)


def plaintext(report: Path, hub: Workspace, hub_vault: KeyVault) -> bytes:
    """The decrypted archive of a report, with every gzip member opened: all it says."""
    from minga.core.identity import current_actor

    with hub.db.session() as session:
        actor = current_actor(session)
    keys = hub_vault.load(actor.person_id, actor.device_id)
    assert keys is not None
    out = io.BytesIO()
    with report.open("rb") as handle:
        container.read_prefix(handle, report.name)
        container.decrypt(handle, out, keys.encryption_secret, report.name)
    parts = [out.getvalue()]
    with tarfile.open(fileobj=io.BytesIO(out.getvalue())) as archive:
        for member in archive.getmembers():
            data = archive.extractfile(member)
            assert data is not None
            raw = data.read()
            parts.append(gzip.decompress(raw) if member.name.endswith(".gz") else raw)
    return b"\n".join(parts)


def personal_texts(ws: Workspace) -> dict[str, set[str]]:
    """What must never reach the hub, read from one microcentro's database."""
    from minga.store.models import (
        ObservationNote,
        Person,
        Practice,
        SatisfactionResponse,
        SelfAssessment,
    )

    def long(values: Any) -> set[str]:
        return {v.strip() for v in values if isinstance(v, str) and len(v.strip()) >= 25}

    with ws.db.session() as session:
        people = session.execute(select(Person.name, Person.email, Person.role)).all()
        found = {
            "names": {name for name, _email, role in people if role != "advisor"},
            "emails": {email for _name, email, _role in people if email},
            "self-assessments": long(
                text
                for row in session.execute(
                    select(SelfAssessment.reflection, SelfAssessment.adjustments)
                )
                for text in row
            ),
            "observation notes": long(
                text
                for row in session.execute(
                    select(
                        ObservationNote.evidence,
                        ObservationNote.strengths,
                        ObservationNote.opportunities,
                        ObservationNote.agreements,
                        ObservationNote.action_step,
                    )
                )
                for text in row
            ),
            "survey comments": long(session.scalars(select(SatisfactionResponse.comment))),
            "private practices": {
                title
                for title in session.scalars(
                    select(Practice.title).where(Practice.visibility != "network")
                )
            },
        }
    return found
