"""What an import returns: the sender and, per kind, what was added, updated, kept and
refused, with the conflicts and warnings (re-exported by `minga.sync.importer`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minga.sync import installers
from minga.sync.merge import KindSummary

if TYPE_CHECKING:
    pass


# --- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class SenderInfo:
    person_id: str
    name: str
    role: str
    device_id: str
    fingerprint: str


@dataclass
class ImportResult:
    """What an imported bundle changed, for the CLI summary and the GUI history."""

    name: str
    bundle_id: str
    sender: SenderInfo
    created_at: dt.datetime
    consolidated: bool
    kinds: dict[str, KindSummary] = field(default_factory=dict)
    attachments: int = 0
    already_imported: bool = False
    accepted_member: bool = False
    backup: Path | None = None
    # Whole days between the bundle's `created_at` and this computer's clock at import
    # (positive: this clock is behind), when they differ by more than a day; else 0.
    clock_skew_days: int = 0
    # Records kept as they came because they need a newer Minga (kind -> how many).
    newer: dict[str, int] = field(default_factory=dict)
    # The sender's Minga version, when newer than this one.
    newer_app: str | None = None
    # That newer Minga, and its checked installer if one came beside the bundle.
    update: installers.Offer | None = None

    @property
    def totals(self) -> KindSummary:
        total = KindSummary()
        for summary in self.kinds.values():
            total.add(summary)
        return total

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": "bundle",
            "file": self.name,
            "bundle_id": self.bundle_id,
            "sender": {
                "person_id": self.sender.person_id,
                "name": self.sender.name,
                "role": self.sender.role,
                "device_id": self.sender.device_id,
                "fingerprint": self.sender.fingerprint,
            },
            "created_at": self.created_at.isoformat(),
            "consolidated": self.consolidated,
            "kinds": {kind: s.as_json() for kind, s in self.kinds.items()},
            "totals": self.totals.as_json(),
            "attachments": self.attachments,
            "already_imported": self.already_imported,
            "accepted_member": self.accepted_member,
            "clock_skew_days": self.clock_skew_days,
            "newer_records": dict(self.newer),
            "newer_app": self.newer_app,
            "update": self.update.as_json() if self.update else None,
        }
