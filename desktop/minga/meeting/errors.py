"""Why a meeting connection failed: typed errors with English templates (Spanish through
the translations), like the bundle errors."""

from __future__ import annotations

from minga.domain.errors import MingaError
from minga.i18n import QT_TRANSLATE_NOOP


class MeetingError(MingaError):
    template = QT_TRANSLATE_NOOP("errors", "The meeting connection failed.")


class ProtocolError(MeetingError):
    """The other side broke the protocol (garbage, oversized claims, wrong offsets)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other computer sent something Minga does not understand: {reason}."
    )


class PeerTimeoutError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The other computer stopped answering (more than {seconds} seconds)."
    )


class ConnectionLostError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The connection was lost. Connect again: the transfer resumes where it stopped.",
    )


class CannotConnectError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Could not connect to {address}: {reason}. Check that the advisor's Minga is "
        "receiving bundles, that both computers are on the same network, and the address.",
    )


class BadAddressError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{address} is not an address: write it as shown on the host's screen, "
        "for example 192.168.1.20:47400.",
    )


class RefusedError(MeetingError):
    template = QT_TRANSLATE_NOOP("errors", "The host refused the connection.")


class NotAMemberError(RefusedError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The host does not know this computer as a member of the microcentre (or its keys "
        "changed). Ask your advisor; nothing was sent.",
    )


class WrongCodeError(RefusedError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The session code is not the one on the advisor's screen. Check it and connect "
        "again; nothing was sent.",
    )


class BundleRefusedError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The advisor's Minga did not accept your bundle: {reason}"
    )


class NotYourNetworkError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The computer at {address} is not your advisor's (fingerprint {fingerprint}). "
        "Nothing was sent.",
    )


class NotJoinedError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer has not joined a microcentre yet: import your advisor's invitation first.",
    )


class HostNotAdvisorError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Only the advisor's Minga, or the one of the member she named host of the room, "
        "can receive the bundles of the meeting.",
    )


class NoHostFoundError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No Minga of your microcentre was found on this network in {seconds} seconds. "
        "The network may block discovery (many hotspots do): type the address and code "
        "shown on the advisor's screen with --address and --code.",
    )


class DiscoveryUnavailableError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Discovery on the local network is not available on this computer. Type the "
        "address and code shown on the advisor's screen with --address and --code.",
    )


class PortBusyError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Port {port} is already in use on this computer ({reason}). Choose another with --port.",
    )


class NotABundleError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors", "What arrived is not a Minga bundle; nothing was kept for the advisor."
    )


class DepositRefusedError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The advisor's bundles for the room were not loaded ({reason}); nothing changed. "
        "Ask your advisor to prepare the room again.",
    )


class NoNamedHostError(MeetingError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No member is named host of the room: name one in Members (minga member host), "
        "or give the address of the room with --address.",
    )
