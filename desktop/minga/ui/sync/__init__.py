"""The Sincronizar area: send and receive bundles, history, conflicts, members, identity.

`SyncPage` is imported on first use, so the main window can read the status bar's
"Último paquete" line (`minga.ui.sync.status`) without loading the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minga.ui.sync.page import SyncPage

__all__ = ["SyncPage"]


def __getattr__(name: str) -> Any:
    if name == "SyncPage":
        from minga.ui.sync.page import SyncPage

        return SyncPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
