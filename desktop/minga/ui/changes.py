"""What the main window asks of a page, and change broadcasts (Anki's `OpChanges`).

An operation says which kinds of record it changed (`Changes`: an import's kinds with
new, updated or conflicting records); the window refreshes only the built pages that
show one of them (`Page.shows`), instead of every page. A kind no page declares (a kind
newer than this list) refreshes every page: a stale page is worse than a reload.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, runtime_checkable

from minga.domain.vocab import KIND_LABELS

__all__ = ["Changes", "DirtyPage", "DraftPage", "EditingPage", "Page", "ShownPage"]

# The kinds pages may declare; any other kind in a change reaches every page.
KNOWN_KINDS = frozenset(KIND_LABELS)


@dataclass(frozen=True)
class Changes:
    """Which kinds of record changed (`kinds` None: anything may have)."""

    kinds: frozenset[str] | None

    @classmethod
    def everything(cls) -> Changes:
        return cls(None)

    @classmethod
    def of(cls, kinds: Iterable[str]) -> Changes:
        return cls(frozenset(kinds))

    def __bool__(self) -> bool:
        return self.kinds is None or bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        if self.kinds is None or other.kinds is None:
            return Changes.everything()
        return Changes(self.kinds | other.kinds)

    def touches(self, shows: frozenset[str] | None) -> bool:
        """Whether a page showing `shows` (None: everything) must read again."""
        if self.kinds is None or shows is None:
            return bool(self)
        return bool(self.kinds & shows) or bool(self.kinds - KNOWN_KINDS)


@runtime_checkable
class Page(Protocol):
    """A page of the window that reads records: `refresh()` reads them again."""

    #: The kinds of record it shows (None: any, like Inicio's summary).
    shows: ClassVar[frozenset[str] | None]

    def refresh(self) -> Any: ...


@runtime_checkable
class ShownPage(Protocol):
    """A page with a cheap refresh when the person comes back to it."""

    def area_shown(self) -> None: ...


@runtime_checkable
class EditingPage(Protocol):
    """A page with an editor: the window's title marks unsaved changes, and closing the
    window saves them first."""

    def has_unsaved_changes(self) -> bool: ...

    def save_current(self) -> bool: ...


@runtime_checkable
class DirtyPage(Protocol):
    """A page that says when its unsaved changes come and go (the title's mark)."""

    dirty_changed: Any  # Signal(bool)


@runtime_checkable
class DraftPage(Protocol):
    """A page whose unsaved changes can be kept as drafts when they cannot be saved."""

    def flush_drafts(self) -> None: ...
