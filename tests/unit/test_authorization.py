"""The authorization table itself (minga.domain.authorization), with a context in memory:
each row of the table in docs/bundle-format.md, allowed and refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from minga.domain import authorization as authz

ROSA, ANA, PEDRO = "rosa", "ana", "pedro"


@dataclass
class Memory:
    advisor_id: str | None = ROSA
    owners: dict[tuple[str, str], str] = field(default_factory=dict)
    notes: dict[str, tuple[str, str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    schools: dict[str, str] = field(default_factory=dict)

    def owner_of(self, kind: str, record_id: str) -> str | None:
        return self.owners.get((kind, record_id))

    def note_parties(self, note_id: str) -> tuple[str, str] | None:
        return self.notes.get(note_id)

    def role_of(self, person_id: str) -> str | None:
        return self.roles.get(person_id)

    def school_of(self, person_id: str) -> str | None:
        return self.schools.get(person_id)


CTX = Memory(
    owners={
        ("session", "s1"): ROSA,
        ("practice", "p-ana"): ANA,
        ("practice", "p-pedro"): PEDRO,
        ("adoption", "a-pedro"): PEDRO,
        ("application", "ap-pedro"): PEDRO,
    },
    notes={"n1": (PEDRO, ROSA)},
    schools={ANA: "los-boldos", PEDRO: "el-maiten", ROSA: ""},
)


def ask(kind: str, actor: str, existing: dict[str, Any] | None = None, **record: Any):
    record.setdefault("owner", actor)
    record.setdefault("deleted", False)
    action = authz.action_for(record, existing)
    return authz.authorize(kind, action, actor, record, existing, CTX)


def test_a_record_speaks_only_for_its_owner() -> None:
    assert ask("practice", ANA) is None
    assert ask("practice", ANA, owner=PEDRO).reason == authz.NOT_YOURS
    assert ask("practice", ANA, {"owner": PEDRO}).reason == authz.NOT_YOURS


def test_people_and_roles() -> None:
    assert ask("person", ANA, id=ANA, role="teacher") is None
    assert ask("person", ANA, id=ANA, role="advisor").reason == authz.ROLE_ADVISOR
    assert ask("person", ANA, {"owner": ANA, "role": "teacher"}, id=ANA, role="leader").reason == (
        authz.ROLE_CHANGED
    )
    assert ask("person", ROSA, id=ROSA, role="advisor") is None
    assert ask("person", ANA, id=PEDRO, role="teacher").reason == authz.PERSON_SELF


def test_one_microcentre() -> None:
    assert ask("microcentre", ROSA) is None
    assert ask("microcentre", ANA).reason == authz.ONE_MICROCENTRE
    assert ask("microcentre", ANA, deleted=True) is None  # retiring her setup one
    before_joining = Memory(advisor_id=None)
    assert (
        authz.authorize("microcentre", "create", ANA, {"owner": ANA}, None, before_joining) is None
    )


def test_sessions_and_what_hangs_on_them() -> None:
    assert ask("session", ROSA) is None
    assert ask("session", ANA).reason == authz.ADVISOR_ONLY
    for kind in ("attendance", "presentation", "practice_feedback"):
        assert ask(kind, ROSA, session_id="s1") is None
        assert ask(kind, ANA, session_id="s1").reason == authz.SESSION_OWNER_ONLY


def test_the_satisfaction_survey() -> None:
    # Answers name nobody: a teacher answers through an anonymous `survey_answer`.
    assert ask("satisfaction_response", ANA, respondent_id=ANA, count=1).reason == (
        authz.SURVEY_SELF
    )
    assert ask("satisfaction_response", ROSA, respondent_id=ANA, count=1).reason == (
        authz.SURVEY_SELF
    )
    assert ask("satisfaction_response", ANA, respondent_id=ANA, deleted=True) is None
    assert ask("satisfaction_response", ANA, respondent_id=PEDRO, count=1).reason == (
        authz.SURVEY_SELF
    )
    assert ask("satisfaction_response", ANA, respondent_id=None, count=12).reason == (
        authz.SURVEY_SELF
    )
    assert ask("satisfaction_response", ROSA, respondent_id=None, count=12) is None


@pytest.mark.parametrize(
    ("changes", "allowed"),
    [
        ({}, True),
        ({"parent_id": "p-pedro"}, False),
        ({"parent_id": "p-unknown"}, True),  # not known here: references are soft
        ({"parent_kind": "session"}, False),
        ({"filename": "../x.png"}, False),
        ({"filename": "..\\x.png"}, False),
        ({"filename": ".."}, False),
        ({"filename": "a\u202egnp.exe"}, False),
        ({"filename": "línea\n2.png"}, False),
        ({"filename": "informe..final.pdf"}, True),
        ({"media_type": "text/html"}, False),
        ({"media_type": "application/pdf"}, True),
    ],
)
def test_attachments(changes: dict[str, Any], allowed: bool) -> None:
    record = {
        "parent_kind": "practice",
        "parent_id": "p-ana",
        "filename": "huerto.png",
        "media_type": "image/png",
        **changes,
    }
    assert (ask("attachment", ANA, **record) is None) is allowed


def test_replies_only_from_the_notes_parties() -> None:
    assert ask("observation_reply", ROSA, note_id="n1") is None  # the observed
    assert ask("observation_reply", PEDRO, note_id="n1") is None  # the observer
    assert ask("observation_reply", ANA, note_id="n1").reason == authz.REPLY_PARTIES


def test_work_hangs_on_ones_own_adoption() -> None:
    assert ask("application", PEDRO, adoption_id="a-pedro") is None
    assert ask("application", ANA, adoption_id="a-pedro").reason == authz.PARENT_NOT_YOURS
    assert ask("self_assessment", ANA, adoption_id="a-pedro").reason == authz.PARENT_NOT_YOURS
    assert ask("exit_ticket_tally", ANA, application_id="ap-pedro").reason == (
        authz.PARENT_NOT_YOURS
    )


def test_schools_shared_by_rbd() -> None:
    pedros = {
        "owner": PEDRO,
        "name": "Escuela Rural El Maitén",
        "rbd": "5120-1",
        "version": "0001795306790515-0000-devpedro",
        "prev_version": "0001795306790000-0000-devpedro",
        "deleted": False,
    }
    base = {"rbd": "5120-1", "name": "Escuela Rural El Maitén"}
    own = "0001795306799999-0000-devana"
    assert ask("school", ANA, None, **base) is None  # unknown here: anyone creates it
    # Her own creation of the same school (made on her device): not refused.
    assert ask("school", ANA, pedros, **base, version=own, prev_version=None) is None
    assert ask("school", ANA, pedros, **base, prev_version="0001795306790000-0000-devana") is None
    refused = [
        {**base, "deleted": True},
        {**base, "rbd": "4478-4"},
        {**base, "name": "Otra", "prev_version": pedros["version"]},
        {**base, "prev_version": pedros["prev_version"]},
        {**base, "prev_version": "0001795306791111-0000-devpedro"},
    ]
    for record in refused:
        assert ask("school", ANA, pedros, **record).reason == authz.SCHOOL_OWNER
    assert ask("school", PEDRO, pedros, **{**base, "name": "Escuela El Maitén"}) is None


def test_students_figures_of_ones_own_school() -> None:
    assert ask("student_aggregate", ANA, school_id="los-boldos") is None
    assert ask("student_aggregate", ANA, school_id="el-maiten").reason == authz.OWN_SCHOOL_ONLY
    assert ask("student_aggregate", ROSA, school_id="el-maiten") is None  # the advisor
    # Nobody writes a colleague's record, even of her own school.
    assert ask("student_aggregate", ANA, {"owner": PEDRO}, school_id="los-boldos").reason == (
        authz.NOT_YOURS
    )
    # A teacher with no school stored records no school's figures.
    no_school = Memory(schools={ANA: ""})
    record = {"owner": ANA, "deleted": False, "school_id": "los-boldos"}
    denied = authz.authorize("student_aggregate", "create", ANA, record, None, no_school)
    assert denied is not None
    assert denied.reason == authz.OWN_SCHOOL_ONLY
