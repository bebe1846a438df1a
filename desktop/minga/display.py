"""Showing stored values that may not be what they should (defensive display).

The import boundary checks every record (`minga.domain.schema`), but a database may
still hold a value written before those checks, by an older Minga, or by hand. A table,
chart, PDF or command-line list that meets such a value shows `PLACEHOLDER` (or `?` for
one unknown item of a list) and logs a warning once per place and kind of problem; it
never raises. Qt models wrap `data()` with `minga.ui.safe.safe_data` for the same reason:
an exception inside `QAbstractItemModel.data` ends the application.

No Qt here: the CLI and the reports use the same functions.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

PLACEHOLDER = "—"
UNKNOWN_ITEM = "?"

log = logging.getLogger("minga.display")
_warned: set[tuple[str, str]] = set()


def warn_once(where: str, problem: str) -> None:
    """Logs `problem` met in `where` the first time only (a table repaints often)."""
    key = (where, problem[:200])
    if key in _warned:
        return
    _warned.add(key)
    log.warning("%s: unexpected stored value (%s); shown as a placeholder", where, problem[:200])


def text(value: Any, where: str) -> str:
    """A stored text, or the placeholder when it is not one."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    warn_once(where, f"text expected, found {type(value).__name__}")
    return PLACEHOLDER


def codes(
    values: Any,
    labels: Mapping[str, str],
    where: str,
    translate: Callable[[str], str] = lambda word: word,
    *,
    sep: str = ", ",
) -> str:
    """A list of vocabulary codes as their (translated) labels.

    An item that is not text shows as `?`; a code that is text but unknown shows as
    itself (a newer Minga may know it); a value that is not a list is the placeholder.
    """
    if values is None:
        return ""
    if not isinstance(values, list | tuple):
        warn_once(where, f"list expected, found {type(values).__name__}")
        return PLACEHOLDER
    shown = []
    for value in values:
        if not isinstance(value, str):
            warn_once(where, f"code expected, found {type(value).__name__}")
            shown.append(UNKNOWN_ITEM)
        elif value in labels:
            shown.append(translate(labels[value]))
        else:
            shown.append(value)
    return sep.join(shown)


def label(
    value: Any, labels: Mapping[str, str], where: str, translate: Callable[[str], str] = lambda w: w
) -> str:
    """One vocabulary code as its label; an unknown text code as itself; else `?`."""
    if isinstance(value, str):
        return translate(labels[value]) if value in labels else value
    if value is None:
        return ""
    warn_once(where, f"code expected, found {type(value).__name__}")
    return UNKNOWN_ITEM


def number(value: Any, where: str) -> float | None:
    """A finite number, or None (for charts: the point is left out)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        warn_once(where, f"number expected, found {type(value).__name__}")
        return None
    if isinstance(value, float) and not math.isfinite(value):
        warn_once(where, "number is not finite")
        return None
    return value


def guarded(where: str, compute: Callable[[], str], fallback: str = PLACEHOLDER) -> str:
    """`compute()`, or `fallback` (logged once) when it raises on an unexpected value."""
    try:
        return compute()
    except Exception as exc:
        warn_once(where, f"{type(exc).__name__}: {exc}")
        return fallback


def items(values: Any, where: str) -> Iterable[Any]:
    """The items of a stored list, or none when it is not a list."""
    if isinstance(values, list | tuple):
        return values
    if values is not None:
        warn_once(where, f"list expected, found {type(values).__name__}")
    return ()


def whole(value: Any, where: str, default: int = 0) -> int:
    """A stored whole number, or `default` (logged once) when it is not one."""
    if type(value) is int:
        return value
    if value is not None:
        warn_once(where, f"whole number expected, found {type(value).__name__}")
    return default


def stored_list(values: Any, where: str) -> list[Any]:
    """A stored JSON list as a list (its items as they are); anything else is empty."""
    return list(items(values, where))
