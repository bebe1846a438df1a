"""Item models of the Sincronizar area: history, an import's summary, members, conflicts.

Every text that came from a person or a file (names, titles, file names) is shown as
plain text by the views these models feed (QTableView never interprets markup).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontDatabase

from minga.domain.vocab import KIND_LABELS, ROLE_LABELS
from minga.i18n import QT_TRANSLATE_NOOP
from minga.sync.queries import ConflictRow, HistoryEntry, MemberRow, history_count, history_page
from minga.ui.sync.status import date_time_text
from minga.ui.widgets.table import Column, RowsModel

if TYPE_CHECKING:
    from minga.store.db import Database

__all__ = [
    "ConflictsModel",
    "HistoryModel",
    "MembersModel",
    "SummaryModel",
    "history_summary_text",
    "kind_label",
]

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
Display = Qt.ItemDataRole.DisplayRole
ToolTip = Qt.ItemDataRole.ToolTipRole
# The row's object (HistoryEntry, MemberRow, ConflictRow) for the page.
RowRole = Qt.ItemDataRole.UserRole + 1

# How many history rows are read at a time (the list grows by a few rows a week).
HISTORY_BATCH = 200

_TOTALS = ("new", "updated", "unchanged", "conflicts")


def kind_label(kind: str) -> str:
    """The Spanish (or English) name of a record kind, e.g. "prácticas"."""
    return QCoreApplication.translate("vocab", KIND_LABELS.get(kind, kind))


def _counts(value: Any) -> dict[str, int]:
    source = value if isinstance(value, dict) else {}
    return {name: int(source.get(name) or 0) for name in _TOTALS}


def history_summary_text(entry: HistoryEntry) -> str:
    """One line saying what a bundle carried or changed."""
    s = entry.summary
    if entry.kind == "invitation":
        if entry.direction == "out":
            return QCoreApplication.translate(
                "HistoryModel", "Invitation (members: {members})"
            ).format(members=int(s.get("members") or 0))
        return QCoreApplication.translate(
            "HistoryModel", "Invitation imported: you joined the microcentre"
        )
    if entry.direction == "in":
        text = QCoreApplication.translate(
            "HistoryModel",
            "New {new} · updated {updated} · unchanged {unchanged} · conflicts {conflicts}",
        )
        text = text.format(**_counts(s.get("totals")))
        if s.get("accepted_member"):
            text += " · " + QCoreApplication.translate("HistoryModel", "new member accepted")
        return text
    text = QCoreApplication.translate(
        "HistoryModel", "Records {records} · evidence files {attachments}"
    ).format(records=int(s.get("records") or 0), attachments=int(s.get("attachments") or 0))
    if s.get("conflicts"):
        text += " · " + QCoreApplication.translate(
            "HistoryModel", "conflict copies {count}"
        ).format(count=int(s["conflicts"]))
    if s.get("full"):
        text += " · " + QCoreApplication.translate("HistoryModel", "complete")
    return text


class _Columns(RowsModel):
    """The one read-only table model (`RowsModel`) with columns from `headers` (marked
    for translation in `context`) and `cell(item, column, role)`: the display text, the
    tooltip (names and titles escaped) and the font of each column."""

    headers: Sequence[str] = ()
    context = ""
    # Columns whose numbers line up on the right.
    right_aligned: Sequence[int] = ()

    def __init__(self, parent: QObject | None = None, *, batch: int = 10_000) -> None:
        super().__init__(
            [self._column(number) for number in range(len(self.headers))],
            parent,
            id_of=lambda _item: None,
            batch=batch,
        )

    def _column(self, number: int) -> Column:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Column(
            title=lambda: QCoreApplication.translate(self.context, self.headers[number]),
            text=lambda item: self.cell(item, number, Display),
            align=right if number in self.right_aligned else Column.align,
            tooltip=lambda item: self.cell(item, number, ToolTip),
            font=lambda item: self.cell(item, number, Qt.ItemDataRole.FontRole),
        )

    def cell(self, item: Any, column: int, role: int) -> Any:  # pragma: no cover - abstract
        return None


# --- history --------------------------------------------------------------------------


class HistoryModel(_Columns):
    """Bundles sent and received, newest first, read in batches as the view scrolls."""

    context = "HistoryModel"
    DATE, DIRECTION, PEER, FILE, SUMMARY = range(5)
    headers = (
        QT_TRANSLATE_NOOP("HistoryModel", "Date"),
        QT_TRANSLATE_NOOP("HistoryModel", "Direction"),
        QT_TRANSLATE_NOOP("HistoryModel", "Person"),
        QT_TRANSLATE_NOOP("HistoryModel", "File"),
        QT_TRANSLATE_NOOP("HistoryModel", "Summary"),
    )

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent, batch=HISTORY_BATCH)
        self.db = db
        self._total = 0

    def reload(self) -> None:
        """Reads the history again from the start (after a bundle came or went)."""
        self.show(*self.read())

    def read(self) -> tuple[int, list[HistoryEntry]]:
        """The number of bundles and the newest batch (on any thread: `show` them)."""
        return history_count(self.db), history_page(self.db, 0, HISTORY_BATCH)

    def show(self, total: int, rows: list[HistoryEntry]) -> None:
        """Shows what `read` returned."""
        self._total = total
        self.set_rows(rows)

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if parent.isValid():
            return
        more = history_page(self.db, len(self._rows), HISTORY_BATCH)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self._shown = len(self._rows)
        self.endInsertRows()

    def cell(self, item: HistoryEntry, column: int, role: int) -> Any:
        if role not in (Display, ToolTip):
            return None
        if column == self.DATE:
            return date_time_text(item.at)
        if column == self.DIRECTION:
            if item.kind == "invitation":
                return (
                    QCoreApplication.translate("HistoryModel", "Invitation made")
                    if item.direction == "out"
                    else QCoreApplication.translate("HistoryModel", "Invitation received")
                )
            return (
                QCoreApplication.translate("HistoryModel", "Sent")
                if item.direction == "out"
                else QCoreApplication.translate("HistoryModel", "Received")
            )
        if column == self.PEER:
            if item.direction == "out" and item.recipients > 1:
                return QCoreApplication.translate(
                    "HistoryModel", "Whole microcentre ({count})"
                ).format(count=item.recipients)
            return item.peer_name or "—"
        if column == self.FILE:
            if role == ToolTip:
                return item.path or None
            return item.file_name or "—"
        if column == self.SUMMARY:
            return history_summary_text(item)
        return None


# --- an import's summary --------------------------------------------------------------


class SummaryModel(_Columns):
    """New / updated / unchanged / conflicts per kind of record, and the totals."""

    context = "SummaryModel"
    KIND, NEW, UPDATED, UNCHANGED, CONFLICTS = range(5)
    right_aligned = (NEW, UPDATED, UNCHANGED, CONFLICTS)
    headers = (
        QT_TRANSLATE_NOOP("SummaryModel", "Records"),
        QT_TRANSLATE_NOOP("SummaryModel", "New"),
        QT_TRANSLATE_NOOP("SummaryModel", "Updated"),
        QT_TRANSLATE_NOOP("SummaryModel", "Unchanged"),
        QT_TRANSLATE_NOOP("SummaryModel", "Conflicts"),
    )

    def set_kinds(self, kinds: dict[str, Any]) -> None:
        """`kinds`: kind → {"new", "updated", "unchanged", "conflicts"} (an import's JSON)."""
        rows: list[tuple[str, dict[str, int]]] = [
            (kind, _counts(counts)) for kind, counts in kinds.items()
        ]
        # What changed first (in the kinds' order), then what stayed the same.
        rows.sort(key=lambda r: not (r[1]["new"] or r[1]["updated"] or r[1]["conflicts"]))
        if rows:
            totals = {name: sum(r[1][name] for r in rows) for name in _TOTALS}
            rows.append(("", totals))
        self.set_rows(rows)

    def cell(self, item: tuple[str, dict[str, int]], column: int, role: int) -> Any:
        kind, counts = item
        if role == Qt.ItemDataRole.FontRole and not kind:
            font = QFont()
            font.setBold(True)
            return font
        if role != Display:
            return None
        if column == self.KIND:
            if not kind:
                return QCoreApplication.translate(self.context, "Total")
            label = kind_label(kind)
            return label[:1].upper() + label[1:]
        return str(counts[_TOTALS[column - 1]])


# --- members --------------------------------------------------------------------------


def membership_label(membership: str) -> str:
    labels = {
        "active": QT_TRANSLATE_NOOP("MembersModel", "Member"),
        "pending": QT_TRANSLATE_NOOP("MembersModel", "Waiting for acceptance"),
        "removed": QT_TRANSLATE_NOOP("MembersModel", "Removed"),
    }
    return QCoreApplication.translate("MembersModel", labels.get(membership, membership))


class MembersModel(_Columns):
    context = "MembersModel"
    NAME, ROLE, SCHOOL, MEMBERSHIP, FINGERPRINT, LAST_SEEN = range(6)
    headers = (
        QT_TRANSLATE_NOOP("MembersModel", "Name"),
        QT_TRANSLATE_NOOP("MembersModel", "Role"),
        QT_TRANSLATE_NOOP("MembersModel", "School"),
        QT_TRANSLATE_NOOP("MembersModel", "Membership"),
        QT_TRANSLATE_NOOP("MembersModel", "Key fingerprint"),
        QT_TRANSLATE_NOOP("MembersModel", "Last bundle from them"),
    )

    def cell(self, item: MemberRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == self.FINGERPRINT and item.fingerprint:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if role not in (Display, ToolTip):
            return None
        if column == self.NAME:
            return (
                QCoreApplication.translate("MembersModel", "{name} (you)").format(name=item.name)
                if item.is_self
                else item.name
            )
        if column == self.ROLE:
            return QCoreApplication.translate("vocab", ROLE_LABELS.get(item.role, item.role))
        if column == self.SCHOOL:
            return item.school or "—"
        if column == self.MEMBERSHIP:
            if getattr(item, "meeting_host", False):
                return QCoreApplication.translate("MembersModel", "{membership}, room host").format(
                    membership=membership_label(item.membership)
                )
            return membership_label(item.membership)
        if column == self.FINGERPRINT:
            if item.fingerprint:
                return item.fingerprint
            return (
                QCoreApplication.translate("MembersModel", "no key yet")
                if role == Display
                else QCoreApplication.translate(
                    "MembersModel", "Their keys arrive with the first bundle they send you."
                )
            )
        if column == self.LAST_SEEN:
            return date_time_text(item.last_seen) or "—"
        return None


# --- conflicts ------------------------------------------------------------------------


class ConflictsModel(_Columns):
    context = "ConflictsModel"
    KIND, TITLE, OWNER, COPY, CURRENT, DETECTED = range(6)
    headers = (
        QT_TRANSLATE_NOOP("ConflictsModel", "Kind"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Record"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Owner"),
        QT_TRANSLATE_NOOP("ConflictsModel", "This copy made"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Version in use made"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Detected"),
    )

    def cell(self, item: ConflictRow, column: int, role: int) -> Any:
        if role not in (Display, ToolTip):
            return None
        if column == self.KIND:
            label = kind_label(item.kind)
            return label[:1].upper() + label[1:]
        if column == self.TITLE:
            return item.title or QCoreApplication.translate("ConflictsModel", "(untitled)")
        if column == self.OWNER:
            if item.is_mine:
                return QCoreApplication.translate("ConflictsModel", "You")
            return item.owner_name or "—"
        if column == self.COPY:
            return date_time_text(item.version_at) or "—"
        if column == self.CURRENT:
            return date_time_text(item.current_at) or "—"
        if column == self.DETECTED:
            return date_time_text(item.detected_at)
        return None
