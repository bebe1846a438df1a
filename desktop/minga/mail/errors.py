"""Why sending or fetching e-mail did not work: typed errors with English templates.

The command line prints `message()` (exit 2); the GUI shows the same sentence, and the
outbox keeps the last one of each part (`as_record()` / `from_record()`), so it can be
shown later in whatever language the app then speaks. No template takes a password,
and every `reason` passes through `scrub()` first (secrets never reach logs or errors).
"""

from __future__ import annotations

from typing import Any

from minga.domain.errors import MingaError
from minga.i18n import QT_TRANSLATE_NOOP


class MailError(MingaError):
    template = QT_TRANSLATE_NOOP("errors", "The e-mail could not be sent or read.")


def as_record(error: MingaError) -> dict[str, Any]:
    """What the outbox and inbox tables keep of an error (to show it again later)."""
    params = {key: str(value) for key, value in error.params.items()}
    record: dict[str, Any] = {"code": type(error).__name__, "params": params}
    if error.template != type(error).template:  # an error made with its own sentence
        record["template"] = error.template
    return record


_MODULES = (
    "minga.mail.errors",
    "minga.sync.errors",
    "minga.sync.territory_errors",
    "minga.domain.errors",
)


def from_record(record: dict[str, Any] | None) -> MingaError | None:
    """The error kept by `as_record()`, or None; one this Minga cannot rebuild (a record
    from another version) becomes a plain `MailError`."""
    import importlib

    if not record or not record.get("code"):
        return None
    code = str(record["code"])
    params = record.get("params") or {}
    for name in _MODULES:
        cls = getattr(importlib.import_module(name), code, None)
        if isinstance(cls, type) and issubclass(cls, MingaError):
            break
    else:
        return MailError()
    try:
        error = cls.__new__(cls)
        MingaError.__init__(error, record.get("template") or None, **params)
        error.message()  # every field of the template is there
    except (KeyError, IndexError, TypeError, ValueError):
        return MailError()
    return error


def scrub(text: str, secrets: list[str | None]) -> str:
    """`text` with every secret (and its base64, as AUTH sends it) replaced by ***."""
    import base64

    for secret in secrets:
        if not secret:
            continue
        forms = {secret, base64.b64encode(secret.encode("utf-8")).decode("ascii")}
        for form in forms:
            text = text.replace(form, "***")
    return text


# --- settings ---------------------------------------------------------------------------


class MailNotConfiguredError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "E-mail is not set up yet. Set it up in Sync › E-mail › Set up e-mail, or with "
        "'minga mail setup'.",
    )


class ImapNotConfiguredError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No incoming mail server (IMAP) is set up, so Minga cannot check the inbox. Add it "
        "in the e-mail settings, or with 'minga mail setup --imap-host HOST'.",
    )


class InvalidMailSettingError(MailError):
    template = QT_TRANSLATE_NOOP("errors", "The e-mail setting {field} is not valid: {value}.")


class NoSenderAddressError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Minga needs your e-mail address to send from: fill in the From address (or use "
        "your address as the user name).",
    )


class InsecureServerError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{server} is not on this computer: Minga only talks to it encrypted (SSL/TLS or "
        "STARTTLS), so that nobody on the way can read the password.",
    )


class CafileError(MailError):
    template = QT_TRANSLATE_NOOP("errors", "The certificate file {path} cannot be used: {reason}.")


class NoPasswordError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "There is no password saved for {user} at {server}. Type it in the e-mail "
        "settings, or run 'minga mail setup' again.",
    )


class PasswordStoreError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The e-mail password could not be saved in {place}: {reason}."
    )


# --- queueing ---------------------------------------------------------------------------


class NoAddressError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Minga has no e-mail address for {person}. Add the advisor's address in the e-mail "
        "settings, or ask the person to add theirs to their profile.",
    )


class NoRecipientAddressesError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "None of the members has an e-mail address yet, so nothing was queued. Give the "
        "bundle to them on a USB stick instead.",
    )


class OutboxWriteError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The bundle could not be put in the outbox {path}: {reason}."
    )


# --- talking to a server ----------------------------------------------------------------


class ConnectionFailedError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Could not reach {server} (port {port}): {reason}. Check the connection; what is "
        "queued stays in the outbox and Minga tries again later.",
    )


class ConnectionDroppedError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The connection to {server} was cut before the server confirmed the message. It "
        "stays in the outbox and Minga tries again later.",
    )


class CertificateError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The identity of {server} could not be verified ({reason}), so Minga did not send "
        "the password. Check the server name and port; if your school uses its own mail "
        "server, ask for its certificate.",
    )


class TlsUnavailableError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{server} does not offer encryption (STARTTLS) on port {port}, so Minga did not "
        "send the password. Choose SSL/TLS (usually port 465 or 993) or check the port.",
    )


class TlsFailedError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The encrypted connection to {server} (port {port}) failed: {reason}. Check that "
        "the security setting matches the port (SSL/TLS: 465 or 993; STARTTLS: 587 or 143).",
    )


class AuthenticationFailedError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server rejected the user name or the password ({user} at {server}). Check "
        "them in the e-mail settings; Gmail and Outlook need an app password. What is "
        "queued stays in the outbox.",
    )


class AuthUnsupportedError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{server} does not accept a user name and password on this connection. Check the "
        "port and the security setting.",
    )


class MessageRefusedError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{server} refused the message to {address}: {reply}. It stays in the outbox; if "
        "the message is too big, choose smaller parts in the e-mail settings.",
    )


class ServerError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{server} answered with an error: {reply}. Minga tries again later."
    )


class MailboxError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The mailbox {folder} at {server} could not be read: {reply}."
    )


# --- receiving ---------------------------------------------------------------------------


class InvitationByMailError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is an invitation to a microcentre. Minga never joins one on its own: open "
        "it yourself (Import) if you expected it.",
    )


class IncompleteBundleError(MailError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{name}: waiting for the other parts ({have} of {parts} arrived)."
    )
