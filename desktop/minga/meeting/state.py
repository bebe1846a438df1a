"""What the host knows about each member during a meeting, kept in its data folder
(`meeting/state.json`, written atomically), and the status read from it."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minga.core.files import atomic_write

FOLDER = "meeting"
STATE_FILE = "state.json"

SYNCED, MISSING, FAILED, IN_PROGRESS = "synced", "missing", "failed", "in_progress"
# (A room hosted by the member the advisor named) her bundle is kept for the advisor,
# and nothing from the advisor was there for her.
RELAYED = "relayed"


def folder(root: Path) -> Path:
    path = Path(root) / FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


class StateFile:
    """The host's record of the meeting; thread-safe, every change written at once."""

    def __init__(self, root: Path):
        self.path = folder(root) / STATE_FILE
        self._lock = threading.Lock()
        self.data = read_state(Path(root))

    def new_meeting(self, today: str) -> None:
        """A host started on another day than the last one opens a new meeting: everyone
        is missing again (a restart the same day keeps who is in sync, and resumes)."""
        with self._lock:
            if str(self.data.get("host", {}).get("started_at", ""))[:10] != today:
                self.data["members"] = {}
                self.data["refused"] = []

    def set_host(self, **info: Any) -> None:
        with self._lock:
            self.data["host"] = info
            self._write()

    def snapshot(self) -> dict[str, Any]:
        """A copy of everything (for a screen that reads it while connections write)."""
        with self._lock:
            return json.loads(json.dumps(self.data))

    def member(self, person_id: str) -> dict[str, Any]:
        with self._lock:
            return dict(self.data["members"].get(person_id, {}))

    def update(self, person_id: str, **values: Any) -> None:
        with self._lock:
            entry = self.data["members"].setdefault(person_id, {})
            entry.update(values)
            self._write()

    def refused(self, **entry: Any) -> None:
        """Keeps a refused connection (the latest 50) for `meeting status`."""
        with self._lock:
            kept = self.data.setdefault("refused", [])
            kept.append(entry)
            del kept[:-50]
            self._write()

    def _write(self) -> None:
        text = json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True)
        atomic_write(self.path, text.encode("utf-8"))


def read_state(root: Path) -> dict[str, Any]:
    path = Path(root) / FOLDER / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("members"), dict):
        data = {"version": 1, "host": {}, "members": {}}
    return data


@dataclass(frozen=True)
class MemberStatus:
    person_id: str
    name: str
    state: str  # SYNCED, MISSING, FAILED, IN_PROGRESS
    reason: str
    updated_at: str

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "state": self.state,
            "reason": self.reason,
            "updated_at": self.updated_at,
        }


@dataclass(frozen=True)
class Status:
    host: dict[str, Any]
    members: list[MemberStatus]
    refused: list[dict[str, Any]]

    @property
    def synced(self) -> int:
        return sum(1 for m in self.members if m.state == SYNCED)

    @property
    def relayed(self) -> int:
        """(A relay room) members whose bundle is kept for the advisor."""
        return sum(1 for m in self.members if m.state in (SYNCED, RELAYED))

    def as_json(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "synced": self.synced,
            "relayed": self.relayed,
            "members": [m.as_json() for m in self.members],
            "refused": self.refused,
        }


def status(ws: Any) -> Status:
    """Every active member of the advisor's roster with her state in this meeting."""
    from minga.core.identity import current_actor
    from minga.domain.vocab import Role
    from minga.sync.roster import ACTIVE, roster

    data = read_state(ws.root)
    with ws.db.session() as session:
        actor = current_actor(session)
        entries = [
            e
            for e in roster(session, actor)
            if e.membership == ACTIVE and e.person_id != actor.person_id and e.role != Role.ADVISOR
        ]
    members = []
    for entry in entries:
        known = data["members"].get(entry.person_id, {})
        members.append(
            MemberStatus(
                person_id=entry.person_id,
                name=entry.name,
                state=str(known.get("state", MISSING)),
                reason=str(known.get("reason", "")),
                updated_at=str(known.get("updated_at", "")),
            )
        )
    refused = [r for r in data.get("refused") or [] if isinstance(r, dict)]
    return Status(host=dict(data.get("host") or {}), members=members, refused=refused)
