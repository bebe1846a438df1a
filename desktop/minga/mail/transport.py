"""Connections to the mail servers (SMTP to send, IMAP to receive), TLS always checked.

`smtp_session` and `imap_session` open a connection with the account's security
(implicit TLS, STARTTLS, or none on this computer only), log in, and turn whatever goes
wrong into a `MailError` whose sentence says what to do. They never print or log the
password, and every text taken from the server or the socket passes through `scrub`.
smtplib's and imaplib's own debug output (which would show the login) stays off.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import logging
import smtplib
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

from minga.i18n import QT_TRANSLATE_NOOP, catalog
from minga.mail.errors import (
    AuthenticationFailedError,
    AuthUnsupportedError,
    CertificateError,
    ConnectionDroppedError,
    ConnectionFailedError,
    MailError,
    ServerError,
    TlsFailedError,
    TlsUnavailableError,
    scrub,
)
from minga.mail.settings import NONE, SSL, STARTTLS, MailSettings, ssl_context

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
PROBE_TIMEOUT = 3.0

_REFUSED = QT_TRANSLATE_NOOP("mail", "the connection was refused (is the port right?)")
_TIMEOUT = QT_TRANSLATE_NOOP("mail", "no answer in time")
_UNKNOWN_HOST = QT_TRANSLATE_NOOP("mail", "the server's name is unknown (no Internet, or a typo?)")
_UNREACHABLE = QT_TRANSLATE_NOOP("mail", "the network is unreachable")


def _reason(text: str) -> str:
    return catalog()("mail", text)


@dataclass(frozen=True)
class Endpoint:
    """One server of the account, and who logs in there."""

    host: str
    port: int
    security: str
    user: str

    @property
    def label(self) -> str:
        return f"{self.host}:{self.port}"


def smtp_endpoint(settings: MailSettings) -> Endpoint:
    return Endpoint(settings.smtp_host, settings.smtp_port, settings.smtp_security, settings.user)


def imap_endpoint(settings: MailSettings) -> Endpoint:
    return Endpoint(
        settings.imap_host, settings.imap_port, settings.imap_security, settings.imap_login
    )


def translate(exc: BaseException, endpoint: Endpoint, secrets: list[str | None]) -> MailError:
    """The user's sentence for a failure talking to `endpoint`."""
    server, port = endpoint.host, endpoint.port
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or exc.reason or "certificate"
        return CertificateError(server=server, reason=scrub(str(reason), secrets))
    if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        return ConnectionDroppedError(server=server)
    if isinstance(exc, ssl.SSLError):
        return TlsFailedError(server=server, port=port, reason=str(exc.reason or exc))
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return AuthenticationFailedError(user=endpoint.user, server=server)
    if isinstance(exc, smtplib.SMTPServerDisconnected | imaplib.IMAP4.abort):
        return ConnectionDroppedError(server=server)
    if isinstance(exc, smtplib.SMTPConnectError):
        return ConnectionFailedError(server=server, port=port, reason=_reply(exc, secrets))
    if isinstance(exc, smtplib.SMTPResponseException):
        return ServerError(server=server, reply=_reply(exc, secrets))
    if isinstance(exc, smtplib.SMTPException | imaplib.IMAP4.error):
        return ServerError(server=server, reply=scrub(_text(exc), secrets))
    if isinstance(exc, ConnectionRefusedError):
        return ConnectionFailedError(server=server, port=port, reason=_reason(_REFUSED))
    if isinstance(exc, TimeoutError | socket.timeout):
        return ConnectionFailedError(server=server, port=port, reason=_reason(_TIMEOUT))
    if isinstance(exc, socket.gaierror):
        return ConnectionFailedError(server=server, port=port, reason=_reason(_UNKNOWN_HOST))
    if isinstance(exc, ConnectionResetError | ConnectionAbortedError | BrokenPipeError | EOFError):
        return ConnectionDroppedError(server=server)
    if isinstance(exc, OSError):
        if exc.errno in (101, 113, 10051, 10065):  # ENETUNREACH, EHOSTUNREACH (and Windows')
            return ConnectionFailedError(server=server, port=port, reason=_reason(_UNREACHABLE))
        reason = exc.strerror or type(exc).__name__
        return ConnectionFailedError(server=server, port=port, reason=scrub(reason, secrets))
    return ServerError(server=server, reply=type(exc).__name__)


def _text(exc: BaseException) -> str:
    parts = []
    for arg in exc.args:
        parts.append(arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg))
    return " ".join(parts).strip() or type(exc).__name__


def _reply(exc: smtplib.SMTPResponseException, secrets: list[str | None]) -> str:
    message = exc.smtp_error
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return scrub(f"{exc.smtp_code} {' '.join(text.split())}", secrets)[:300]


def is_reachable(host: str, port: int, timeout: float = PROBE_TIMEOUT) -> bool:
    """A cheap probe: can a TCP connection to host:port be opened right now?"""
    if not host:
        return False
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


# --- SMTP ---------------------------------------------------------------------------------


def _smtp_login(server: smtplib.SMTP, user: str, password: str) -> None:
    if user.isascii() and password.isascii():
        server.login(user, password)
        return
    # smtplib encodes AUTH in ASCII; a password with "ñ" goes as UTF-8 (RFC 4616).
    server.ehlo_or_helo_if_needed()
    if "plain" not in server.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPAuthenticationError(535, b"PLAIN is needed for this password")
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = server.docmd("AUTH", f"PLAIN {token}")
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, reply)


@contextlib.contextmanager
def smtp_session(
    settings: MailSettings, password: str | None, *, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[smtplib.SMTP]:
    """A logged-in SMTP connection; failures become `MailError`s."""
    endpoint = smtp_endpoint(settings)
    secrets = [password]
    server: smtplib.SMTP | None = None
    try:
        context = ssl_context(settings) if endpoint.security != NONE else None
        if endpoint.security == SSL:
            server = smtplib.SMTP_SSL(
                endpoint.host, endpoint.port, timeout=timeout, context=context
            )
        else:
            server = smtplib.SMTP(endpoint.host, endpoint.port, timeout=timeout)
        server.ehlo()
        if endpoint.security == STARTTLS:
            if not server.has_extn("starttls"):
                raise TlsUnavailableError(server=endpoint.host, port=endpoint.port)
            server.starttls(context=context)
            server.ehlo()
        if endpoint.user:
            try:
                _smtp_login(server, endpoint.user, password or "")
            except smtplib.SMTPNotSupportedError:
                raise AuthUnsupportedError(server=endpoint.host) from None
        log.info("connected to %s (%s)", endpoint.label, endpoint.security)
        yield server
    except (smtplib.SMTPException, OSError, EOFError) as exc:
        raise translate(exc, endpoint, secrets) from None
    finally:
        if server is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                server.quit()
            with contextlib.suppress(OSError):
                server.close()


# --- IMAP ---------------------------------------------------------------------------------


def _imap_login(imap: imaplib.IMAP4, endpoint: Endpoint, password: str) -> None:
    if "LOGINDISABLED" in imap.capabilities:
        raise AuthUnsupportedError(server=endpoint.host)
    try:
        if endpoint.user.isascii() and password.isascii():
            imap.login(endpoint.user, password)
        else:  # imaplib sends commands in ASCII; AUTHENTICATE PLAIN carries UTF-8
            payload = f"\0{endpoint.user}\0{password}".encode()
            imap.authenticate("PLAIN", lambda _challenge: payload)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error:
        raise AuthenticationFailedError(user=endpoint.user, server=endpoint.host) from None


@contextlib.contextmanager
def imap_session(
    settings: MailSettings, password: str | None, *, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[imaplib.IMAP4]:
    """A logged-in IMAP connection; failures become `MailError`s."""
    endpoint = imap_endpoint(settings)
    secrets = [password]
    imap: imaplib.IMAP4 | None = None
    try:
        context = ssl_context(settings) if endpoint.security != NONE else None
        if endpoint.security == SSL:
            imap = imaplib.IMAP4_SSL(
                endpoint.host, endpoint.port, ssl_context=context, timeout=timeout
            )
        else:
            imap = imaplib.IMAP4(endpoint.host, endpoint.port, timeout=timeout)
        if endpoint.security == STARTTLS:
            if "STARTTLS" not in imap.capabilities:
                raise TlsUnavailableError(server=endpoint.host, port=endpoint.port)
            imap.starttls(ssl_context=context)
        _imap_login(imap, endpoint, password or "")
        log.info("connected to %s (%s)", endpoint.label, endpoint.security)
        yield imap
    except (imaplib.IMAP4.error, OSError, EOFError) as exc:
        raise translate(exc, endpoint, secrets) from None
    finally:
        if imap is not None:
            with contextlib.suppress(imaplib.IMAP4.error, OSError, EOFError):
                imap.logout()
