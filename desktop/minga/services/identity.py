"""Moved to `minga.core.identity`; this name stays only while the move is under way."""

from minga.core.identity import (  # noqa: F401
    Actor,
    Stamper,
    _clean_texts,
    current_actor,
    device_id,
    is_initialized,
    stamper,
)
