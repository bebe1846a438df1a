"""The coordinator manages her territory's advisors (docs/territory.md).

`list_advisors` reads who reports to the hub: each accepted advisor's name, key
fingerprint, status (active or removed), the networks she reported and her last report.
`remove_advisor` takes one off the territory, with a reason kept on the hub (meta
`territory_removed:<person id>`, as a member's removal is kept on the advisor's
installation): her reports are refused from then on with a sentence saying so, and her
networks stay on the hub with their last figures, marked as no longer reported. Accepting
a new territory invitation from her (`territory_trust.accept_advisor`) makes her active
again, with the key of that invitation.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from minga.core.identity import current_actor
from minga.core.networks import normalized
from minga.domain.errors import FIELD_LABELS, MingaError, ValidationError
from minga.domain.vocab import Role
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store import meta
from minga.store.territory_models import TerritoryAdvisor, TerritoryNetwork, TerritoryReportLog
from minga.sync import keys as keymod
from minga.sync.roster import ACTIVE, REMOVED
from minga.sync.territory_errors import CoordinatorOnlyError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from minga.core.workspace import Workspace

REMOVED_PREFIX = "territory_removed:"
REASON_MAX = 300
MIN_PREFIX = 4

FIELD_LABELS.setdefault("reason", QT_TRANSLATE_NOOP("fields", "Reason"))


class AdvisorNotFoundError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "There is no advisor '{wanted}' in this territory. Its advisors: {names}.",
    )


class AmbiguousAdvisorError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "'{wanted}' names more than one advisor ({names}): write her full name or her id.",
    )


class AlreadyRemovedError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} was already removed from this territory's advisors. Nothing was changed.",
    )


@dataclass(frozen=True)
class AdvisorNetwork:
    """A network an advisor reported: its last report, and whether she still reports it."""

    microcentre_id: str
    name: str
    reported_at: dt.datetime
    reported: bool  # False once her advisor was removed: the figures stay, frozen

    def as_json(self) -> dict[str, Any]:
        return {
            "microcentre_id": self.microcentre_id,
            "name": self.name,
            "reported_at": self.reported_at.isoformat(),
            "still_reported": self.reported,
        }


@dataclass(frozen=True)
class AdvisorEntry:
    """One advisor of the territory, as the coordinator's list shows her."""

    person_id: str
    name: str
    fingerprint: str
    status: str  # active | removed
    accepted_at: dt.datetime | None
    networks: list[AdvisorNetwork] = field(default_factory=list)
    reports: int = 0
    last_report: dt.datetime | None = None  # when her newest report was made
    last_received: dt.datetime | None = None  # when the hub imported it
    removed_at: dt.datetime | None = None
    reason: str = ""

    @property
    def active(self) -> bool:
        return self.status == ACTIVE

    def as_json(self) -> dict[str, Any]:
        def when(value: dt.datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        return {
            "person_id": self.person_id,
            "name": self.name,
            "fingerprint": self.fingerprint,
            "status": self.status,
            "accepted_at": when(self.accepted_at),
            "networks": [n.as_json() for n in self.networks],
            "reports": self.reports,
            "last_report": when(self.last_report),
            "last_received": when(self.last_received),
            "removed_at": when(self.removed_at),
            "reason": self.reason,
        }


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


def _check_coordinator(session: Session) -> None:
    if current_actor(session).role != Role.COORDINATOR:
        raise CoordinatorOnlyError()


def removal_of(session: Session, person_id: str) -> tuple[dt.datetime | None, str]:
    """When and why the coordinator removed this advisor ((None, "") if she did not)."""
    raw = meta.get(session, REMOVED_PREFIX + person_id)
    if not raw:
        return None, ""
    try:
        doc = json.loads(raw)
        return _aware(dt.datetime.fromisoformat(doc["removed_at"])), str(doc.get("reason", ""))
    except (ValueError, KeyError, TypeError):
        return None, ""


def _entries(session: Session) -> list[AdvisorEntry]:
    networks: dict[str, list[AdvisorNetwork]] = {}
    statuses = dict(
        session.execute(select(TerritoryAdvisor.person_id, TerritoryAdvisor.status)).all()
    )
    for row in session.scalars(select(TerritoryNetwork)):
        reported_at = _aware(row.reported_at)
        assert reported_at is not None
        networks.setdefault(row.advisor_id, []).append(
            AdvisorNetwork(
                row.microcentre_id,
                row.name,
                reported_at,
                statuses.get(row.advisor_id) == ACTIVE,
            )
        )
    logs = {
        advisor: (count, created, received)
        for advisor, count, created, received in session.execute(
            select(
                TerritoryReportLog.advisor_id,
                func.count(TerritoryReportLog.report_id),
                func.max(TerritoryReportLog.created_at),
                func.max(TerritoryReportLog.received_at),
            ).group_by(TerritoryReportLog.advisor_id)
        )
    }
    entries = []
    for advisor in session.scalars(select(TerritoryAdvisor)):
        count, created, received = logs.get(advisor.person_id, (0, None, None))
        removed_at, reason = (
            removal_of(session, advisor.person_id) if advisor.status != ACTIVE else (None, "")
        )
        entries.append(
            AdvisorEntry(
                person_id=advisor.person_id,
                name=advisor.name,
                fingerprint=keymod.fingerprint(advisor.signing_key),
                status=ACTIVE if advisor.status == ACTIVE else REMOVED,
                accepted_at=_aware(advisor.accepted_at),
                networks=sorted(
                    networks.get(advisor.person_id, []), key=lambda n: normalized(n.name)
                ),
                reports=int(count or 0),
                last_report=_aware(created),
                last_received=_aware(received),
                removed_at=removed_at,
                reason=reason,
            )
        )
    entries.sort(key=lambda e: (not e.active, normalized(e.name), e.person_id))
    return entries


def list_advisors(ws: Workspace) -> list[AdvisorEntry]:
    """(Coordinator) The territory's advisors: the active ones first, by name."""
    with ws.db.session() as session:
        _check_coordinator(session)
        return _entries(session)


def _find(entries: list[AdvisorEntry], wanted: str) -> AdvisorEntry:
    """The advisor named by id, id prefix (4 characters at least) or name (capitals and
    accents ignored; the start of her name when only one has it)."""
    ref = wanted.strip()
    key = ref.casefold()
    name = normalized(ref)
    steps = [
        lambda e: e.person_id.casefold() == key,
        lambda e: normalized(e.name) == name,
        lambda e: len(key) >= MIN_PREFIX and e.person_id.casefold().startswith(key),
        lambda e: bool(name) and normalized(e.name).startswith(name),
    ]
    for step in steps:
        matches = [e for e in entries if step(e)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise AmbiguousAdvisorError(
                wanted=ref, names=", ".join(f"{e.name} ({e.person_id[:8]})" for e in matches)
            )
    raise AdvisorNotFoundError(wanted=ref, names=", ".join(e.name for e in entries) or "-")


def clean_reason(reason: str) -> str:
    """The reason on one line, required, at most `REASON_MAX` characters, no control
    characters."""
    text = " ".join((reason or "").split())
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text):
        raise ValidationError(
            "reason", QT_TRANSLATE_NOOP("errors", "The text has a control character.")
        )
    if not text:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP(
                "errors", "Say why she no longer reports: it stays in the hub's records."
            ),
        )
    if len(text) > REASON_MAX:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP(
                "errors", "This text is too long: {length} characters, at most {max}."
            ),
            length=len(text),
            max=REASON_MAX,
        )
    return text


def remove_advisor(ws: Workspace, wanted: str, reason: str) -> AdvisorEntry:
    """(Coordinator) The advisor no longer reports to the territory: her reports are
    refused from now on; her networks stay on the hub with their last figures, marked as
    no longer reported. Returns her entry as it is now."""
    text = clean_reason(reason)
    with ws.db.session() as session:
        _check_coordinator(session)
        entry = _find(_entries(session), wanted)
        if not entry.active:
            raise AlreadyRemovedError(name=entry.name)
        row = session.get(TerritoryAdvisor, entry.person_id)
        assert row is not None
        row.status = REMOVED
        now = ws.db.clock.now().astimezone(dt.UTC)
        meta.put(
            session,
            REMOVED_PREFIX + entry.person_id,
            json.dumps({"removed_at": now.isoformat(), "reason": text}, ensure_ascii=False),
        )
        session.flush()
        return next(e for e in _entries(session) if e.person_id == entry.person_id)


def forget_removal(session: Session, person_id: str) -> None:
    """The advisor was accepted again: her removal is history."""
    meta.delete(session, REMOVED_PREFIX + person_id)
