"""Why a territory invitation, a coordinator card or a territory report was refused.

Sentences with English templates (translated like every other error); each refusal
happens before anything is written, so each message can promise that nothing changed.
"""

from __future__ import annotations

from minga.i18n import QT_TRANSLATE_NOOP
from minga.sync.errors import SyncError


class CoordinatorOnlyError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Only a territory's coordinator does this (set up with 'minga init --role "
        "coordinator'). Nothing was changed.",
    )


class AdvisorOnlyTerritoryError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Only an advisor sends territory reports. Nothing was changed."
    )


class WrongTerritoryFileError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not {expected}. Nothing was changed.",
    )


class TerritoryKeyChangedError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is already accepted with another key (fingerprint {fingerprint} now). "
        "Nothing was changed: ask {name} whether her keys changed before accepting anything "
        "from this key.",
    )


class NoCoordinatorError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No territory coordinator is known yet: import the coordinator's card first "
        "('minga territory coordinator FILE'). Nothing was written.",
    )


class NoNetworkToReportError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no microcentre of yours to report. Nothing was written."
    )


class UnknownAdvisorError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name}: the report comes from {advisor} (fingerprint {fingerprint}), who is not an "
        "accepted advisor of this territory. Accept her territory invitation first. Nothing "
        "was changed.",
    )


class RemovedAdvisorError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name}: the report comes from {advisor}, who no longer reports to this territory "
        "(removed: {reason}). Nothing was changed. To import her reports again, accept a new "
        "territory invitation from her.",
    )


class AdvisorKeyMismatchError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name}: the report is signed with a key that is not the one accepted for "
        "{advisor}. Nothing was changed.",
    )


class NotATerritoryReportError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a territory report. Nothing was changed.",
    )


class TerritoryReportFileError(SyncError):
    """A member bundle command given a territory report."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is a territory report: import it on the territory's hub with 'minga "
        "territory import'. Nothing was changed.",
    )


class BadTerritoryRowError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name}: row {row} of {part} is not valid ({detail}). The report was refused and "
        "nothing was changed.",
    )
