"""The e-mail account: servers, ports, security, addresses; the password in the keyring.

Settings live in the database (`mail_settings`, one row per key, JSON values), so the
outbox, the inbox and their settings travel together in backups. `MailSettings` gives
every setting a type and a default; a key this Minga does not know is ignored, and a
missing one takes its default (no migration for a new setting).

The password is never a setting. It lives in the OS keyring, service ``Minga``, user
name ``mail/<server>/<user>`` (one entry for the outgoing server, one for the incoming
one when that is another server or user). Where no usable keyring exists, it goes,
like the private keys, into the passphrase-protected ``keys.json`` of the data folder
(`minga.sync.keys.KeyFile`): never a plain file, never a log line.

Security: ``ssl`` (implicit TLS: SMTP 465, IMAP 993), ``starttls`` (SMTP 587, IMAP 143),
``none`` (only for a server on this computer: tests, or a local relay). Certificates
are always checked (`ssl.create_default_context`); `cafile` adds an authority to trust
(a school's own server, or the tests' throwaway one).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import ssl
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minga.i18n import QT_TRANSLATE_NOOP
from minga.mail.errors import (
    CafileError,
    InsecureServerError,
    InvalidMailSettingError,
    MailNotConfiguredError,
    NoPasswordError,
    NoSenderAddressError,
    PasswordStoreError,
)
from minga.mail.models import MailSetting

log = logging.getLogger(__name__)

SSL = "ssl"
STARTTLS = "starttls"
NONE = "none"
SECURITIES = (SSL, STARTTLS, NONE)

SECURITY_LABELS = {
    SSL: QT_TRANSLATE_NOOP("mail", "SSL/TLS"),
    STARTTLS: QT_TRANSLATE_NOOP("mail", "STARTTLS"),
    NONE: QT_TRANSLATE_NOOP("mail", "None (this computer only)"),
}

DEFAULT_PART_MB = 10.0
MIN_PART_MB = 0.1
MAX_PART_MB = 50.0
KEYRING_SERVICE = "Minga"  # the same service as the private keys (minga.sync.keys)
_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+$")
_HOST = re.compile(r"^[A-Za-z0-9.:\-\[\]_]{1,253}$")


@dataclass(frozen=True)
class MailSettings:
    """Every setting of the e-mail account, with its default."""

    smtp_host: str = ""
    smtp_port: int = 465
    smtp_security: str = SSL
    user: str = ""
    from_address: str = ""
    advisor_address: str = ""
    part_mb: float = DEFAULT_PART_MB
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = SSL
    imap_user: str = ""  # empty: the same user as for sending
    imap_folder: str = "INBOX"
    cafile: str = ""
    fetch_enabled: bool = True  # the app checks the inbox on its own while it runs

    @property
    def configured(self) -> bool:
        return bool(self.smtp_host)

    @property
    def imap_configured(self) -> bool:
        return bool(self.imap_host)

    @property
    def imap_login(self) -> str:
        return self.imap_user or self.user

    @property
    def sender(self) -> str:
        """The From address: the one given, else the user name when it is an address."""
        if self.from_address:
            return self.from_address
        return self.user if _ADDRESS.match(self.user) else ""

    @property
    def part_bytes(self) -> int:
        return max(64 * 1024, int(self.part_mb * 1024 * 1024))

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


_FIELDS = {f.name: f for f in fields(MailSettings)}


def load(session: Session) -> MailSettings:
    """The stored settings (defaults for what was never set or cannot be read)."""
    values: dict[str, Any] = {}
    defaults = MailSettings()
    for row in session.scalars(select(MailSetting)):
        if row.key not in _FIELDS:
            continue
        try:
            value = json.loads(row.value)
        except ValueError:
            log.warning("mail settings: %s cannot be read; using its default", row.key)
            continue
        wanted = type(getattr(defaults, row.key))
        if wanted is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not wanted:
            log.warning("mail settings: %s has the wrong type; using its default", row.key)
            continue
        values[row.key] = value
    return replace(defaults, **values)


def save(session: Session, settings: MailSettings) -> None:
    """Stores every setting (after `validate`)."""
    for key, value in asdict(settings).items():
        row = session.get(MailSetting, key)
        encoded = json.dumps(value)
        if row is None:
            session.add(MailSetting(key=key, value=encoded))
        elif row.value != encoded:
            row.value = encoded


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate(settings: MailSettings) -> MailSettings:
    """The settings with surrounding spaces removed, or an error naming what is wrong."""
    clean = replace(
        settings,
        smtp_host=settings.smtp_host.strip(),
        imap_host=settings.imap_host.strip(),
        user=settings.user.strip(),
        imap_user=settings.imap_user.strip(),
        from_address=settings.from_address.strip(),
        advisor_address=settings.advisor_address.strip(),
        imap_folder=settings.imap_folder.strip() or "INBOX",
        cafile=settings.cafile.strip(),
    )
    if not clean.smtp_host:
        raise MailNotConfiguredError()
    for field, host in (("smtp-host", clean.smtp_host), ("imap-host", clean.imap_host)):
        if host and not _HOST.match(host):
            raise InvalidMailSettingError(field=field, value=host)
    for field, port in (("smtp-port", clean.smtp_port), ("imap-port", clean.imap_port)):
        if not 1 <= port <= 65535:
            raise InvalidMailSettingError(field=field, value=str(port))
    for field, security, host in (
        ("security", clean.smtp_security, clean.smtp_host),
        ("imap-security", clean.imap_security, clean.imap_host),
    ):
        if security not in SECURITIES:
            raise InvalidMailSettingError(field=field, value=security)
        if security == NONE and host and not is_loopback(host):
            raise InsecureServerError(server=host)
    for field, address in (
        ("from", clean.from_address),
        ("to-advisor", clean.advisor_address),
    ):
        if address and not _ADDRESS.match(address):
            raise InvalidMailSettingError(field=field, value=address)
    if not clean.sender:
        raise NoSenderAddressError()
    if not MIN_PART_MB <= clean.part_mb <= MAX_PART_MB:
        raise InvalidMailSettingError(field="part-mb", value=f"{clean.part_mb:g}")
    if clean.cafile:
        ssl_context(clean)  # a file that cannot be read is refused now, not at 3 a.m.
    return clean


def ssl_context(settings: MailSettings) -> ssl.SSLContext:
    """The TLS context for both servers: system roots (+ `cafile`), certificate and name
    checked, TLS 1.2 or newer."""
    try:
        context = ssl.create_default_context(cafile=settings.cafile or None)
    except (OSError, ssl.SSLError) as exc:
        reason = getattr(exc, "strerror", None) or getattr(exc, "reason", None) or str(exc)
        raise CafileError(path=settings.cafile, reason=str(reason)) from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


# --- presets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preset:
    """Common providers' servers, so nobody has to look them up."""

    key: str
    label: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    imap_host: str
    imap_port: int
    imap_security: str
    note: str


PRESETS: tuple[Preset, ...] = (
    Preset(
        "gmail",
        QT_TRANSLATE_NOOP("mail", "Gmail / Google Workspace"),
        "smtp.gmail.com",
        465,
        SSL,
        "imap.gmail.com",
        993,
        SSL,
        QT_TRANSLATE_NOOP(
            "mail",
            "Gmail needs an app password: turn on 2-Step Verification in the Google "
            "account, then create one under Security › App passwords and type it here.",
        ),
    ),
    Preset(
        "outlook",
        QT_TRANSLATE_NOOP("mail", "Outlook / Office 365"),
        "smtp.office365.com",
        587,
        STARTTLS,
        "outlook.office365.com",
        993,
        SSL,
        QT_TRANSLATE_NOOP(
            "mail",
            "Office 365 only accepts a password when the account's administrator allows "
            "authenticated SMTP and IMAP for the mailbox; use an app password if the "
            "account has two-step verification.",
        ),
    ),
    Preset(
        "custom",
        QT_TRANSLATE_NOOP("mail", "Other server"),
        "",
        465,
        SSL,
        "",
        993,
        SSL,
        QT_TRANSLATE_NOOP(
            "mail",
            "Ask your provider for the servers. Usually: sending with SSL/TLS on port 465 "
            "or STARTTLS on port 587; receiving (IMAP) with SSL/TLS on port 993.",
        ),
    ),
)


def preset(key: str) -> Preset:
    return next(p for p in PRESETS if p.key == key)


#: The e-mail domains of each preset's provider (a school's own domain on Google
#: Workspace or Office 365 is not known here: the person picks the provider then).
PRESET_DOMAINS: dict[str, frozenset[str]] = {
    "gmail": frozenset({"gmail.com", "googlemail.com"}),
    "outlook": frozenset({"outlook.com", "outlook.cl", "hotmail.com", "hotmail.cl", "live.com",
                          "live.cl", "msn.com", "office365.com"}),
}  # fmt: skip


def preset_for_address(address: str) -> str | None:
    """The preset of the provider an address belongs to, when its domain says so."""
    domain = address.strip().rpartition("@")[2].lower()
    return next((key for key, domains in PRESET_DOMAINS.items() if domain in domains), None)


def guessed_servers(address: str) -> tuple[str, str]:
    """(SMTP, IMAP) servers to try for another provider's address: `smtp.<domain>` and
    `imap.<domain>`, the names most providers use ("" without a domain)."""
    domain = address.strip().rpartition("@")[2].lower()
    if "." not in domain or not _HOST.match(domain):
        return "", ""
    return f"smtp.{domain}", f"imap.{domain}"


# --- the password -------------------------------------------------------------------------


def password_name(host: str, user: str) -> str:
    """The keyring user name of a server's password: ``mail/<server>/<user>``."""
    return f"mail/{host.strip().lower()}/{user.strip()}"


class Passwords:
    """The mail passwords: the OS keyring, else the passphrase-protected key file.

    `backend` is a keyring backend (tests pass one); by default the system's, found as
    `minga.sync.keys` finds it.
    """

    def __init__(self, data_dir: Path, backend: Any | None = None):
        from minga.sync import keys

        self.backend = backend if backend is not None else keys.system_keyring()
        self.key_file = keys.KeyFile(Path(data_dir) / keys.KEY_FILE)
        self._keyring_failed = self.backend is None

    def _keyring(self, method: str, *args: str) -> Any:
        try:
            return getattr(self.backend, method)(*args)
        except Exception as exc:  # a locked or broken keyring: use the key file
            log.warning(
                "the system keyring failed (%s); the mail password goes to the key file",
                type(exc).__name__,
            )
            self._keyring_failed = True
            return None

    def get(self, host: str, user: str) -> str | None:
        name = password_name(host, user)
        if not self._keyring_failed:
            found = self._keyring("get_password", KEYRING_SERVICE, name)
            if found:
                return str(found)
        if self.key_file.path.exists():
            entries = self.key_file.read()  # asks for the passphrase if needed
            return entries.get(name)
        return None

    def require(self, host: str, user: str) -> str:
        found = self.get(host, user)
        if not found:
            raise NoPasswordError(user=user, server=host)
        return found

    def set(self, host: str, user: str, password: str) -> None:
        name = password_name(host, user)
        if not self._keyring_failed:
            self._keyring("set_password", KEYRING_SERVICE, name, password)
            if not self._keyring_failed:
                return
        try:
            self.key_file.write({name: password})
        except OSError as exc:
            raise PasswordStoreError(place=str(self.key_file.path), reason=str(exc)) from None

    def place(self) -> str:
        """Where the passwords are (for messages; never the password itself)."""
        if self._keyring_failed:
            return str(self.key_file.path)
        return f"{type(self.backend).__name__} ({KEYRING_SERVICE})"


def store_password(passwords: Passwords, settings: MailSettings, password: str) -> None:
    """Saves `password` for the outgoing server and, when set, the incoming one."""
    if settings.user:
        passwords.set(settings.smtp_host, settings.user, password)
    if settings.imap_host and settings.imap_login:
        passwords.set(settings.imap_host, settings.imap_login, password)
