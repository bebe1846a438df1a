"""Moved to `minga.core.workspace`; this name stays only while the move is under way."""

from minga.core.workspace import (  # noqa: F401
    Workspace,
)
