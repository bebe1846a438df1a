"""The microcentre's members, for the editors' pickers."""

from __future__ import annotations

from typing import Any

from minga.ui.context import UiContext


def members(ctx: UiContext) -> list[Any]:
    """The microcentre's active teachers (`PersonRef`: id, name, school_id), by name."""
    from minga.services.sessions import microcentre_teachers

    return list(microcentre_teachers(ctx.workspace.db))
