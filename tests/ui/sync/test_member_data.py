"""Integrantes › "Personal data…": the advisor opens a member's data rights (a copy of
her data, or its erasure at her request) from the members list (Ley 21.719)."""

from __future__ import annotations

import json
import zipfile

import pytest

from tests.ui.sync.conftest import SIZE_HINTS


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_advisor_reaches_a_members_data_from_integrantes(qtbot, network, page_for, tmp_path):
    rosa, ana = network.advisor, network.ana
    page = page_for(rosa)
    panel = page.members
    page.tabs.setCurrentWidget(panel)
    assert panel.data_button.isVisible()
    assert panel.data_button.text() == "Personal data…"
    panel.select_person(ana.person_id)
    assert panel.data_button.isEnabled()
    dialog = panel.open_data(show=False)
    qtbot.addWidget(dialog)
    assert dialog.person.isEnabled()  # the advisor may choose any member
    assert dialog.person_id() == ana.person_id
    out = tmp_path / "datos-ana.zip"
    dialog.ask_path = lambda _title, _suggested: out
    dialog.export_button.click()
    assert json.loads(zipfile.ZipFile(out).read("persona.json"))["name"] == ana.actor.name
