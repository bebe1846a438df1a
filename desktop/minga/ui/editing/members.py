"""The microcentre's members, for the editors' pickers."""

from __future__ import annotations

from typing import Any

from minga.ui.context import UiContext


def members(ctx: UiContext) -> list[Any]:
    """The microcentre's active teachers (`PersonRef`: id, name, school_id), by name.

    The services have no public "members" use case yet; this reads the same helper the
    adoption and indicator services use, in one short read-only transaction.
    """
    from minga.services.sessions import active_teachers

    with ctx.workspace.db.session() as session:
        return list(active_teachers(session))
