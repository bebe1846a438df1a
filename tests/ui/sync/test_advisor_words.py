"""The advisor is never told about "your advisor's invitation": she makes them."""

from __future__ import annotations

from tests.sync.conftest import Network


def test_the_advisors_sync_page_does_not_speak_of_her_advisor(network: Network, page_for):
    advisor_page = page_for(network.advisor)
    texts = [advisor_page.import_panel.drop_zone.label.text()]
    texts += [
        label.text()
        for label in advisor_page.findChildren(type(advisor_page.import_panel.drop_zone.label))
        if label.isVisible()
    ]
    assert not [t for t in texts if "your advisor" in t]
    assert "teachers' bundles" in advisor_page.import_panel.drop_zone.label.text()

    teacher_page = page_for(network.ana)
    assert "your advisor's invitation" in teacher_page.import_panel.drop_zone.label.text()
