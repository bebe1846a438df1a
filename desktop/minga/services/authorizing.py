"""Moved to `minga.core.authorizing`; this name stays only while the move is under way."""

from minga.core.authorizing import (  # noqa: F401
    ADVISOR_KEY,
    DatabaseContext,
    _committed,
    _values,
    check_write,
)
