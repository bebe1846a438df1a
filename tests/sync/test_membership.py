"""Joining a microcentre and trusting senders (docs/bundle-format.md, Identity, trust and
invitations).

Real data folders, real invitation and bundle files; only the OS keyring is replaced by
an in-memory keyring backend (tests.support.file_keyring.MemoryKeyring).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minga.i18n import catalog
from minga.store.models import Person
from minga.sync import errors, membership
from tests.sync.conftest import ANA, PEDRO, ROSA, Device, Network, refused_unchanged


def test_invitation_reveals_names_and_public_keys_only(network: Network, tmp_path: Path) -> None:
    with network.advisor.ws.db.session() as session:
        person = session.get(Person, network.ana.person_id)
        person.email = "ana@escuela.cl"
    out = tmp_path / "otra-invitacion.minga"
    info = network.advisor.invite(out)
    lines = out.read_bytes().split(b"\n")
    assert lines[0] == b"MINGA-INVITATION 1"
    body = json.loads(lines[1])
    assert body["microcentre"]["name"] == "Microcentro Los Copihues"
    assert body["advisor"]["name"] == ROSA
    names = {m["name"] for m in body["members"]}
    assert names == {ANA["name"], PEDRO["name"]}
    assert "ana@escuela.cl" not in out.read_text(encoding="utf-8")
    assert "AGE-SECRET-KEY" not in out.read_text(encoding="utf-8")
    assert info.fingerprint == network.advisor.keys().public.fingerprint


def test_joining_trusts_the_advisor_and_moves_the_teacher_in(network: Network) -> None:
    ana = network.ana
    with ana.ws.db.session() as session:
        assert membership.trusted_advisor(session) == network.advisor.person_id
        me = session.get(Person, ana.person_id)
        advisor = session.get(Person, network.advisor.person_id)
        assert me.microcentre_id == network.advisor.actor.microcentre_id
        assert advisor.membership == "active"
        assert advisor.signing_key == network.advisor.keys().public.signing_key
    # The microcentre Ana typed at setup was retired in favour of the advisor's.
    own = ana.rows(
        "SELECT deleted FROM microcentres WHERE owner = ? AND id != ?",
        ana.person_id,
        network.advisor.actor.microcentre_id,
    )
    assert own == [(1,)]


def test_first_bundle_is_refused_then_accepted_with_the_fingerprint(
    tmp_path: Path, keyring_backend
) -> None:
    advisor = Device(tmp_path / "rosa", keyring_backend).init("advisor", ROSA)
    invitation = tmp_path / "invitacion.minga"
    advisor.invite(invitation)
    ana = Device(tmp_path / "ana", keyring_backend).init("teacher", **ANA)
    joined = ana.import_(invitation)
    assert joined.advisor_name == ROSA
    ana.add_practice("Huerto escolar con habas")
    bundle = ana.export(tmp_path / "ana.minga")

    error = refused_unchanged(advisor, [bundle], errors.NewMemberError)
    text = error.message(catalog("en"))
    fingerprint = ana.keys().public.fingerprint
    assert fingerprint in text
    assert ANA["name"] in text
    assert error.sender_id == ana.person_id

    result = advisor.import_(bundle, accept_new_members=True)
    assert result.accepted_member
    assert "Huerto escolar con habas" in advisor.titles()
    with advisor.ws.db.session() as session:
        person = session.get(Person, ana.person_id)
        assert person.membership == "active"
        assert person.signing_key == ana.keys().public.signing_key
    # From now on Ana's bundles need no flag.
    ana.add_practice("Tiendita escolar")
    advisor.import_(ana.export(tmp_path / "ana-2.minga"))
    assert "Tiendita escolar" in advisor.titles()


def test_the_consolidated_bundle_reaches_the_other_teacher(network: Network) -> None:
    network.ana.add_practice("Lectura compartida en voz alta")
    network.advisor.import_(network.ana.export(network.path("ana")))
    network.pedro.import_(network.advisor.export(network.path("todos")))
    assert "Lectura compartida en voz alta" in network.pedro.titles()
    # And Pedro now trusts Ana directly (the advisor vouched for her).
    network.ana.add_practice("Dados y cálculo mental")
    direct = network.ana.export(network.path("ana-a-pedro"), to=network.pedro.person_id)
    network.pedro.import_(direct)
    assert "Dados y cálculo mental" in network.pedro.titles()


def test_a_removed_member_is_refused_by_the_advisor_and_then_by_everyone(
    network: Network,
) -> None:
    with network.advisor.ws.db.session() as session:
        membership.remove_member(session, network.pedro.person_id)
    network.pedro.add_practice("Práctica después de salir")
    to_advisor = network.pedro.export(network.path("pedro"))
    error = refused_unchanged(network.advisor, [to_advisor], errors.RemovedMemberError)
    assert PEDRO["name"] in error.message(catalog("en"))
    # The removal travels in the roster: Ana refuses Pedro's direct bundles too.
    to_ana = network.pedro.export(network.path("pedro-a-ana"), to=network.ana.person_id)
    network.ana.import_(network.advisor.export(network.path("todos")))
    refused_unchanged(network.ana, [to_ana], errors.RemovedMemberError)
    # And the advisor no longer encrypts to Pedro.
    result = network.advisor.export_result(network.path("todos-2"))
    assert [pid for pid, _ in result.recipients] == [network.ana.person_id]


def test_a_teacher_refuses_bundles_not_vouched_for_by_the_advisor(
    network: Network, tmp_path: Path, keyring_backend
) -> None:
    # A stranger who got Ana's public key somehow, and sends her a bundle.
    stranger = Device(tmp_path / "extrana", keyring_backend).init(
        "teacher", name="Persona Extraña", school="Otra escuela", rbd="1234-5"
    )
    fresh_invitation = tmp_path / "invitacion-nueva.minga"
    network.advisor.invite(fresh_invitation)  # lists Ana with her public keys
    stranger.import_(fresh_invitation)  # an invitation is not a secret
    bundle = stranger.export(tmp_path / "extrana.minga", to=network.ana.person_id)
    error = refused_unchanged(network.ana, [bundle], errors.UntrustedSenderError)
    assert "Persona Extraña" in error.message(catalog("en"))


def test_a_teacher_who_has_not_joined_is_told_to_import_the_invitation(
    network: Network, tmp_path: Path, keyring_backend
) -> None:
    lone = Device(tmp_path / "sola", keyring_backend).init(
        "teacher", name="Docente Sola", school="Escuela", rbd="1111-1"
    )
    with pytest.raises(errors.NotAMemberError):
        lone.export(tmp_path / "x.minga")


def test_an_advisor_cannot_import_an_invitation(network: Network) -> None:
    with pytest.raises(errors.InvitationForAdvisorError):
        network.advisor.import_(network.invitation)


def test_a_teacher_cannot_invite(network: Network, tmp_path: Path) -> None:
    with pytest.raises(errors.AdvisorOnlyError):
        network.ana.invite(tmp_path / "no.minga")


def test_the_history_remembers_which_file_the_invitation_came_in(network: Network) -> None:
    [(path, summary)] = network.ana.rows(
        "SELECT path, summary FROM bundle_log WHERE direction = 'in' AND summary LIKE "
        "'%invitation%'"
    )
    assert path.endswith("invitacion.minga")
    assert '"members"' in summary
