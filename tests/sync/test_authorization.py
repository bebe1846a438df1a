"""The authorization table at the import boundary (minga.domain.authorization).

Every case is a real bundle signed with a real member's own keys (Ana, a teacher), as
someone who read docs/bundle-format.md could make it: each must be refused with a
sentence naming the kind and the reason, and leave the recipient's data folder byte for
byte as it was. The good paths (one's own records, the advisor's sessions, the observed
teacher's reply, a colleague's own creation of the same school) still go through.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import uuid
from pathlib import Path
from typing import Any

import pytest

from minga.i18n import catalog
from minga.services.observation import ObservationInput, ObservationService
from minga.services.sessions import PresentationInput, SessionInput, SessionService
from minga.sync import errors
from minga.sync.records import SPECS
from tests.sync.conftest import Network, open_bundle, records_of, refused_unchanged
from tests.sync.test_hostile import Forger

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _english(error: Exception) -> str:
    return error.message(catalog("en"))  # type: ignore[attr-defined]


def _spanish(error: Exception) -> str:
    return error.message(catalog("es"))  # type: ignore[attr-defined]


def _ana_forger(network: Network, recipient: Any, **export: Any) -> Forger:
    """Ana's real bundle (with a practice of hers in it), opened for changes."""
    network.ana.add_practice("Tiendita escolar")
    return Forger(network, network.ana, recipient, **export)


def _version(forger: Forger) -> str:
    """A well-formed version made on the sender's device (taken from her own record)."""
    return forger.records("practice")[0]["version"]


def _record(kind: str, owner: str, version: str, **fields: Any) -> dict[str, Any]:
    """A record of `kind` that follows the format: only the table may refuse it."""
    spec = SPECS[kind]
    record: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "owner": owner,
        "version": version,
        "prev_version": None,
        "updated_at": "2026-11-12T10:00:00+00:00",
        "deleted": False,
    }
    record.update(fields)
    record = spec.fill_defaults(record)
    spec.decode(copy.deepcopy(record))
    return record


def _refused(forger: Forger, kind: str, *, recipient=None) -> str:
    error = refused_unchanged(
        recipient or forger.recipient, [forger.write()], errors.UnauthorizedRecordError
    )
    text = _english(error)
    assert f"kind '{kind}'" in text
    assert "nothing was changed" in text
    assert "nada" in _spanish(error).lower()
    return text


def _add(forger: Forger, kind: str, record: dict[str, Any]) -> None:
    forger.set_records(kind, [*forger.records(kind), record])


@pytest.fixture
def advisor_session(network: Network) -> str:
    """A session the advisor planned, with Ana present, known to Ana and Pedro."""
    rosa = network.advisor
    detail = SessionService(rosa.ws.db).plan(
        SessionInput(date=dt.date(2026, 11, 20), title="Reunión de noviembre", place="Los Boldos"),
        attendance={network.ana.person_id: "present"},
    )
    everyone = rosa.export(network.path("sesion"))
    network.ana.import_(everyone)
    network.pedro.import_(everyone)
    return detail.id


# --- people and the microcentre ---------------------------------------------------------


def test_a_teacher_cannot_make_herself_advisor(network: Network) -> None:
    forger = Forger(network, network.ana, network.advisor, full=True)
    [person] = [r for r in forger.records("person") if r["id"] == network.ana.person_id]
    person["role"] = "advisor"
    forger.set_records("person", [person])
    text = _refused(forger, "person")
    assert "advisor" in text
    assert network.advisor.rows("SELECT role FROM people WHERE id = ?", network.ana.person_id) == [
        ("teacher",)
    ]


def test_a_second_microcentre_is_refused(network: Network) -> None:
    forger = _ana_forger(network, network.advisor)
    _add(
        forger,
        "microcentre",
        _record(
            "microcentre",
            network.ana.person_id,
            _version(forger),
            name="Microcentro paralelo",
            advisor_id=network.ana.person_id,
        ),
    )
    assert "one microcentre" in _refused(forger, "microcentre")


# --- schools ----------------------------------------------------------------------------


def _pedro_school(network: Network) -> dict[str, Any]:
    consolidated = network.advisor.export(network.path("todo"), full=True)
    members = open_bundle(consolidated, network.ana.keys().encryption_secret)
    [school] = [r for r in records_of(members, "school") if r["rbd"] == "5120-1"]
    return school


@pytest.mark.parametrize("change", ["renamed", "deleted", "taken_over"])
@pytest.mark.parametrize("where", ["advisor", "pedro"])
def test_another_teachers_school(network: Network, change: str, where: str) -> None:
    school = _pedro_school(network)
    recipient = network.advisor if where == "advisor" else network.pedro
    options = {} if where == "advisor" else {"to": network.pedro.person_id}
    forger = _ana_forger(network, recipient, **options)
    forged = dict(school, owner=network.ana.person_id, version=_version(forger))
    forged["prev_version"] = school["version"]
    if change == "renamed":
        forged["name"] = "Escuela de Ana ahora"
    elif change == "deleted":
        forged["deleted"] = True
        forged["prev_version"] = None
    forger.set_records("school", [forged])
    text = _refused(forger, "school", recipient=recipient)
    assert "5120-1" in text
    assert recipient.rows(
        "SELECT owner, name, deleted FROM schools WHERE id = ?", school["id"]
    ) == [(network.pedro.person_id, "Escuela Rural El Maitén", 0)]


def test_a_colleagues_own_creation_of_the_same_school_is_kept_aside(network: Network) -> None:
    """Made on her own device (not on top of Pedro's row): no harm, Pedro's row stays."""
    school = _pedro_school(network)
    forger = _ana_forger(network, network.advisor)
    forged = dict(
        school,
        owner=network.ana.person_id,
        version=_version(forger),
        prev_version=None,
        name="El Maitén (sede de Ana)",
    )
    forger.set_records("school", [forged])
    result = network.advisor.import_(forger.write())
    assert result.kinds["school"].conflicts == 1
    assert network.advisor.rows("SELECT owner, name FROM schools WHERE id = ?", school["id"]) == [
        (network.pedro.person_id, "Escuela Rural El Maitén")
    ]


# --- sessions -------------------------------------------------------------------------


def test_attendance_in_the_advisors_session(network: Network, advisor_session: str) -> None:
    forger = _ana_forger(network, network.advisor)
    _add(
        forger,
        "attendance",
        _record(
            "attendance",
            network.ana.person_id,
            _version(forger),
            session_id=advisor_session,
            person_id=network.pedro.person_id,
            status="absent",
        ),
    )
    assert "advisor" in _refused(forger, "attendance")


def test_a_presentation_in_the_advisors_session(network: Network, advisor_session: str) -> None:
    forger = _ana_forger(network, network.advisor)
    practice = forger.records("practice")[0]
    _add(
        forger,
        "presentation",
        _record(
            "presentation",
            network.ana.person_id,
            _version(forger),
            session_id=advisor_session,
            practice_id=practice["id"],
            presenter_id=network.ana.person_id,
        ),
    )
    _refused(forger, "presentation")


def test_a_whole_session_from_a_teacher(network: Network, advisor_session: str) -> None:
    forger = _ana_forger(network, network.advisor)
    _add(
        forger,
        "session",
        _record(
            "session",
            network.ana.person_id,
            _version(forger),
            microcentre_id=network.advisor.actor.microcentre_id,
            date="2026-12-04",
            title="Mi propia reunión",
        ),
    )
    assert "only the advisor" in _refused(forger, "session")


def test_the_advisors_sessions_reach_the_teachers(network: Network, advisor_session: str) -> None:
    """The good path: the advisor's session, attendance and programme are accepted."""
    rosa, ana = network.advisor, network.ana
    practice = ana.add_practice("Huerto escolar con habas")
    rosa.import_(ana.export(network.path("ana")))
    SessionService(rosa.ws.db).add_presentation(advisor_session, PresentationInput(practice))
    ana.import_(rosa.export(network.path("programa")))
    assert ana.rows(
        "SELECT practice_id FROM presentations WHERE session_id = ?", advisor_session
    ) == [(practice,)]
    assert ana.rows("SELECT status FROM attendance WHERE session_id = ?", advisor_session) == [
        ("present",)
    ]


# --- attachments ----------------------------------------------------------------------


@pytest.fixture
def attachment_forger(network: Network, tmp_path: Path) -> tuple[Forger, str]:
    """Ana's bundle with a real evidence file on her own practice, and Pedro's practice
    known to the advisor."""
    pedro_practice = network.pedro.add_practice("La práctica de Pedro")
    network.advisor.import_(network.pedro.export(network.path("pedro")))
    own = network.ana.add_practice("Huerto escolar con habas")
    photo = tmp_path / "huerto.png"
    photo.write_bytes(PNG)
    network.ana.practices.attach(own, photo)
    return Forger(network, network.ana, network.advisor), pedro_practice


@pytest.mark.parametrize(
    "changes",
    [
        {"parent": True},
        {"filename": "../../.config/autostart/x.desktop"},
        {"filename": "huerto\nfalso.png"},
        {"media_type": "text/html"},
        {"parent_kind": "observation_note"},
    ],
    ids=["pedro-practice", "dotdot", "newline", "html", "parent-kind"],
)
def test_an_attachment_that_may_not_be_accepted(
    attachment_forger: tuple[Forger, str], changes: dict[str, Any]
) -> None:
    forger, pedro_practice = attachment_forger
    [attachment] = forger.records("attachment")
    if changes.pop("parent", False):
        attachment["parent_id"] = pedro_practice
    attachment.update(changes)
    forger.set_records("attachment", [attachment])
    # The record's format (minga.domain.schema) may refuse a name or type before the
    # table does; either way it is a sentence and nothing changes.
    error = refused_unchanged(forger.recipient, [forger.write()], errors.SyncError)
    assert isinstance(error, errors.UnauthorizedRecordError | errors.MalformedBundleError)
    assert "attachment" in _english(error)


def test_an_attachment_on_ones_own_practice_goes_through(
    attachment_forger: tuple[Forger, str],
) -> None:
    forger, _ = attachment_forger
    result = forger.recipient.import_(forger.original)
    assert result.kinds["attachment"].new == 1
    assert result.attachments == 1
    assert hashlib.sha256(PNG).hexdigest() in {
        r[0] for r in forger.recipient.rows("SELECT sha256 FROM attachments")
    }


# --- observation replies --------------------------------------------------------------


def test_a_reply_to_a_note_about_someone_else(network: Network) -> None:
    rosa, pedro = network.advisor, network.pedro
    note = ObservationService(pedro.ws.db).create(
        ObservationInput(
            observed_id=rosa.person_id,
            observed_on=dt.date(2026, 11, 12),
            focus="Modelaje de la lectura compartida",
        )
    )
    rosa.import_(pedro.export(network.path("pedro-nota")))
    forger = _ana_forger(network, rosa)
    _add(
        forger,
        "observation_reply",
        _record(
            "observation_reply",
            network.ana.person_id,
            _version(forger),
            note_id=note.id,
            text="Respondo por otra persona",
            visibility="advisor",
        ),
    )
    assert "observer or the observed" in _refused(forger, "observation_reply")


# --- consent: who reads an observation note ----------------------------------------------


def test_an_observer_cannot_widen_a_note_in_a_bundle(network: Network) -> None:
    """A note about Pedro that Ana marks `network` by hand is refused by the advisor."""
    forger = _ana_forger(network, network.advisor)
    _add(
        forger,
        "observation_note",
        _record(
            "observation_note",
            network.ana.person_id,
            _version(forger),
            observed_id=network.pedro.person_id,
            observed_on="2026-11-12",
            focus="Cierre de la clase",
            visibility="network",
        ),
    )
    assert "observed teacher decides" in _refused(forger, "observation_note")


def test_only_the_observed_teacher_consents(network: Network) -> None:
    """Ana may not say who reads Pedro's note about the advisor."""
    rosa, pedro = network.advisor, network.pedro
    note = ObservationService(pedro.ws.db).create(
        ObservationInput(
            observed_id=rosa.person_id,
            observed_on=dt.date(2026, 11, 12),
            focus="Modelaje de la lectura compartida",
        )
    )
    rosa.import_(pedro.export(network.path("pedro-nota")))
    forger = _ana_forger(network, rosa)
    _add(
        forger,
        "observation_consent",
        _record(
            "observation_consent",
            network.ana.person_id,
            _version(forger),
            note_id=note.id,
            readers="network",
        ),
    )
    assert "observed teacher decides" in _refused(forger, "observation_consent")


# --- identity ---------------------------------------------------------------------------


def test_a_new_key_for_a_known_member_is_never_accepted(network: Network, tmp_path: Path) -> None:
    """With --accept-new-members too: Ana's identity is not handed to whoever has a key."""
    from tests.sync.conftest import Device

    impostor = Device(tmp_path / "impostora", network.ana.backend).init(
        "teacher", name="Impostora", school="X", rbd="1111-1"
    )
    impostor.import_(network.invitation)
    forger = _ana_forger(network, network.advisor)
    forger.manifest["sender"]["signing_key"] = impostor.keys().public.signing_key
    for accept in (False, True):
        error = refused_unchanged(
            network.advisor,
            [forger.write(signed_by=impostor)],
            errors.KeyChangedError,
            accept_new_members=accept,
        )
        text = _english(error)
        assert impostor.keys().public.fingerprint in text
        assert "only the advisor can admit them again" in text
        assert "--accept-new-members" not in text
    assert network.advisor.rows(
        "SELECT signing_key FROM people WHERE id = ?", network.ana.person_id
    ) == [(network.ana.keys().public.signing_key,)]
    impostor.close()


def test_the_advisor_relays_only_what_passes_the_table(
    network: Network, advisor_session: str
) -> None:
    """A record an older Minga let in (Ana's attendance in the advisor's session, written
    straight into the database here) stays on the advisor's computer: the teachers get
    the rest, instead of refusing the advisor's every bundle."""
    import sqlite3

    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    with sqlite3.connect(rosa.ws.dirs.database) as conn:
        [(version, seq)] = conn.execute(
            "SELECT version, change_seq FROM attendance WHERE session_id = ?", (advisor_session,)
        ).fetchall()
        conn.execute(
            "INSERT INTO attendance (id, owner, version, prev_version, updated_at, deleted, "
            "change_seq, session_id, person_id, status, note) VALUES (?, ?, ?, NULL, "
            "'2026-11-12 10:00:00', 0, ?, ?, ?, 'absent', '')",
            (
                str(uuid.uuid4()),
                ana.person_id,
                version.replace(version.rsplit("-", 1)[-1], ana.actor.device_id),
                seq,
                advisor_session,
                pedro.person_id,
            ),
        )
    conn.close()
    rosa.add_practice("Pauta de observación entre pares")
    bundle = rosa.export(network.path("todos"), full=True)
    members = open_bundle(bundle, pedro.keys().encryption_secret)
    assert [r["owner"] for r in records_of(members, "attendance")] == [rosa.person_id]
    pedro.import_(bundle)
    assert "Pauta de observación entre pares" in pedro.titles()


def test_a_takeover_already_in_the_advisors_database_never_reaches_its_owner(
    network: Network,
) -> None:
    """Pedro's school taken over by Ana before the table existed (written straight into
    the advisor's database): Pedro still imports the advisor's bundle, his row stays."""
    import sqlite3

    rosa, pedro = network.advisor, network.pedro
    school = _pedro_school(network)
    version = school["version"].rsplit("-", 1)[0] + "-" + network.ana.actor.device_id
    with sqlite3.connect(rosa.ws.dirs.database) as conn:
        conn.execute(
            "UPDATE schools SET owner = ?, name = 'Escuela de Ana ahora', prev_version = ?, "
            "version = ? WHERE id = ?",
            (network.ana.person_id, school["version"], version, school["id"]),
        )
    conn.close()
    rosa.add_practice("Pauta de observación entre pares")
    pedro.import_(rosa.export(network.path("para-pedro"), to=pedro.person_id, full=True))
    assert "Pauta de observación entre pares" in pedro.titles()
    assert pedro.rows("SELECT owner, name FROM schools WHERE id = ?", school["id"]) == [
        (pedro.person_id, "Escuela Rural El Maitén")
    ]
