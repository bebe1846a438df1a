"""Fixtures for the e-mail tests: real SMTP and IMAP servers on loopback, real bundles.

Nothing is mocked but the operating system's keyring (a `MemoryKeyring`, or the
file-backed one for the CLI). The SMTP server is aiosmtpd in this process; the
IMAP server is Debian's dovecot (package `dovecot-imapd`) in a subprocess. Both use a
throwaway certificate authority that Minga trusts through its `cafile` setting.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.mail.servers import HOST, ClosingServer, Dovecot, SmtpServer, dovecot_binary
from tests.mail.tls import Certificates, make_certificates
from tests.sync.conftest import (  # the sync tests' installations, reused as they are
    Device,
    Network,
    keyring_backend,
    network,
    network_template,
)

__all__ = ["keyring_backend", "network", "network_template"]

SMTP_PASSWORD = "Pr0fe-Rural!ñandú"
IMAP_PASSWORD = "Buz0n-Asesora#2026"
ANA_ADDRESS = "ana@escuela.cl"
ROSA_ADDRESS = "rosa@microcentro.cl"
PEDRO_ADDRESS = "pedro@escuela.cl"
TIMEOUT = 5.0


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("certs"), "minga")


@pytest.fixture(scope="session")
def stranger_certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    """Another authority, which Minga is not told to trust."""
    return make_certificates(tmp_path_factory.mktemp("stranger-certs"), "stranger")


@pytest.fixture
def smtp_factory(certs: Certificates) -> Iterator[Callable[..., SmtpServer]]:
    started: list[Any] = []

    def make(security: str = "ssl", *, server_certs: Certificates | None = None, **kw: Any):
        server = SmtpServer(server_certs or certs, security=security, **kw).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture
def smtp(smtp_factory) -> SmtpServer:
    """An implicit-TLS server where Ana logs in."""
    return smtp_factory("ssl", user=ANA_ADDRESS, password=SMTP_PASSWORD)


@pytest.fixture
def closing_server() -> Iterator[ClosingServer]:
    server = ClosingServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    """One dovecot for a test module; each test uses its own mailbox (user)."""
    if dovecot_binary() is None:
        if os.environ.get("CI"):
            pytest.fail("dovecot is missing: .ci/run must install dovecot-imapd")
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    certs = make_certificates(tmp_path_factory.mktemp("imap-certs"), "imap")
    users = {f"rosa{i}@microcentro.cl": IMAP_PASSWORD for i in range(12)}
    server = Dovecot(certs, users).start()
    server.certs = certs  # type: ignore[attr-defined]
    server.free_users = list(users)  # type: ignore[attr-defined]
    yield server
    server.stop()


@pytest.fixture
def mailbox(dovecot: Dovecot) -> str:
    """A fresh, empty mailbox (user name) on the module's dovecot."""
    return dovecot.free_users.pop(0)  # type: ignore[attr-defined]


def passwords_for(device: Device):
    from minga.mail.settings import Passwords

    return Passwords(device.root, backend=device.backend)


def configure(
    device: Device,
    smtp: SmtpServer | None = None,
    *,
    password: str = SMTP_PASSWORD,
    cafile: Path | None = None,
    **overrides: Any,
):
    """Saves e-mail settings (and the password, in the test keyring) for `device`."""
    from minga.mail import outbox
    from minga.mail.settings import MailSettings, store_password

    values: dict[str, Any] = {
        "smtp_host": HOST,
        "smtp_port": smtp.port if smtp else 1,
        "smtp_security": smtp.security if smtp else "ssl",
        "user": smtp.user if smtp else ANA_ADDRESS,
        "from_address": smtp.user if smtp else ANA_ADDRESS,
        "advisor_address": ROSA_ADDRESS,
        "cafile": str(cafile) if cafile else "",
    }
    values.update(overrides)
    settings = MailSettings(**values)
    outbox.save_settings(device.ws, settings)
    store_password(passwords_for(device), outbox.load_settings(device.ws), password)
    return outbox.load_settings(device.ws)


def set_email(device: Device, person_id: str, address: str) -> None:
    """Gives a person an e-mail address on `device` (as their profile would)."""
    from minga.store.models import Person

    with device.ws.db.session() as session:
        session.get(Person, person_id).email = address


def with_settings(device: Device, **changes: Any):
    from minga.mail import outbox

    settings = replace(outbox.load_settings(device.ws), **changes)
    outbox.save_settings(device.ws, settings)
    return outbox.load_settings(device.ws)


__all__ += ["Network", "configure", "passwords_for", "set_email", "with_settings"]


@pytest.fixture(autouse=True)
def _english_messages():
    """These tests read the services' sentences in English (the GUI has no translator
    loaded here, so both halves of a message speak the same language)."""
    from minga import i18n

    previous = i18n._current
    i18n.set_language("en")
    yield
    i18n._current = previous
