"""Plantillas lists the built-in templates from the start (each kind's default), not only
once a record has used one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minga.domain.vocab import TemplateKind
from minga.services.setup import SetupInput, initialize
from minga.services.templates import default_template_id
from minga.ui.sessions import SessionsPage
from tests.ui.cycle.conftest import SIZE_HINTS


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_a_new_advisor_sees_every_built_in_template(qtbot, show_page, workspace, make_ctx):
    initialize(
        workspace.db,
        SetupInput(
            role="advisor",
            name="Rosa Elena Pérez Millar",
            school="Escuela Rural Los Boldos",
            rbd="4478-4",
            microcentre="Microcentro Los Copihues",
        ),
    )
    ctx = make_ctx(workspace)
    page = show_page(SessionsPage, ctx)
    qtbot.mouseClick(page.templates_button, Qt.MouseButton.LeftButton)
    dialog = page._templates_dialog
    qtbot.waitExposed(dialog)
    ids = {dialog.model.row_id(r) for r in range(dialog.model.rowCount())}
    for kind in TemplateKind:
        assert default_template_id(kind) in ids, kind
    dialog.close()
