"""The demo's raw material, read from resources/demo, is consistent."""

from __future__ import annotations

from minga.domain.vocab import TemplateKind
from minga.services import demo_content
from minga.services.templates import load_default


def test_the_schools_rbds_and_the_practices_oa_codes_are_well_formed() -> None:
    demo_content.check_rbds()
    demo_content.check_oa_codes()
    assert len(demo_content.SCHOOLS) >= 5
    assert all(isinstance(item, tuple) for item in demo_content.SESSION_AGENDA_ITEMS)


def test_the_demo_uses_the_shipped_default_templates() -> None:
    ticket = load_default(TemplateKind.EXIT_TICKET)
    assert demo_content.DEFAULT_EXIT_TICKET["questions"] == ticket.body["questions"]
    protocol = load_default(TemplateKind.OBSERVATION_PROTOCOL)
    assert demo_content.DEFAULT_OBSERVATION_PROTOCOL["items"] == protocol.body["items"]
