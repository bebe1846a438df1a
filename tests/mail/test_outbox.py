"""The outbox against a real SMTP server on loopback (aiosmtpd, TLS, AUTH).

Bundles arrive whole and byte for byte; split bundles arrive in parts and reassemble at
the advisor's; a refused, dropped or unauthenticated connection keeps every part queued
with the attempt counted and the next try later; certificates are checked.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import os
from pathlib import Path

import pytest

from minga.core.clock import FixedClock
from minga.i18n import catalog
from minga.mail import errors as mail_errors
from minga.mail import outbox
from minga.mail.models import QUEUED, SENT
from minga.mail.outbox import BACKOFF
from tests.integration.test_practices import tiny_png
from tests.mail.conftest import (
    ANA_ADDRESS,
    ROSA_ADDRESS,
    SMTP_PASSWORD,
    TIMEOUT,
    configure,
    passwords_for,
    set_email,
    with_settings,
)
from tests.mail.servers import HOST, free_port
from tests.sync.conftest import Network

NOW = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _clock_at_now(network: Network) -> None:
    """Every installation lives at NOW: what the services stamp on their own (saving the
    settings makes queued parts due "now") agrees with the times the tests pass in."""
    for device in network.devices():
        device.close()
        device.reopen(FixedClock(NOW))


def _send(device, now=NOW, **options):
    return outbox.send_pending(
        device.ws, now, passwords=passwords_for(device), timeout=TIMEOUT, **options
    )


def _queue(device, to="advisor", **options):
    return outbox.queue_bundle(device.ws, to, vault=device.vault, now=NOW, **options)


def _attachments(raw: bytes) -> list[tuple[str, bytes]]:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    return [(part.get_filename(), part.get_content()) for part in message.iter_attachments()]


def _rows(device) -> list[tuple]:
    return device.rows(
        "SELECT status, attempts, next_attempt_at, last_error FROM mail_outbox ORDER BY id"
    )


def test_a_bundle_arrives_whole_over_implicit_tls_and_imports(
    network: Network, smtp, certs
) -> None:
    ana, rosa = network.ana, network.advisor
    ana.add_practice("Huerto escolar con habas")
    configure(ana, smtp, cafile=certs.ca_file)
    queued = _queue(ana)
    assert len(queued.files) == 1
    assert queued.files[0].name.endswith(".minga")
    assert [r.address for r in queued.recipients] == [ROSA_ADDRESS]
    sent_bytes = queued.files[0].read_bytes()
    assert outbox.pending_count(ana.ws) == 1

    report = _send(ana)

    assert report.ok, report.error and report.error.message()
    assert len(report.sent) == 1
    assert report.waiting == 0
    [received] = smtp.messages
    assert received.login == ANA_ADDRESS
    assert received.mail_from == ANA_ADDRESS
    assert received.rcpt_tos == [ROSA_ADDRESS]
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    assert message["Subject"] == catalog()(
        "mail", outbox.SUBJECT, sender=ana.actor.name, part=1, parts=1
    )
    assert message["X-Minga-Bundle"] == queued.bundle_id
    assert message["X-Minga-Part"] == "1/1"
    [(name, data)] = _attachments(received.data)
    assert name == queued.files[0].name
    assert data == sent_bytes  # byte for byte
    # Sent: the row stays as history, the file leaves the outbox folder.
    assert [r[0] for r in _rows(ana)] == [SENT]
    assert not queued.files[0].exists()
    state = outbox.outbox_state(ana.ws)
    assert state.queued == []
    assert state.sent_total == 1
    assert state.sent[0].as_json()["status"] == SENT

    # The advisor imports exactly what arrived.
    arrived = network.folder / "llegado" / name
    arrived.parent.mkdir()
    arrived.write_bytes(data)
    result = rosa.import_(arrived)
    assert "Huerto escolar con habas" in rosa.titles()
    assert result.sender.name == ana.actor.name


def test_split_bundle_over_starttls_reassembles_at_the_advisor(
    network: Network, smtp_factory, certs, tmp_path: Path
) -> None:
    ana, rosa = network.ana, network.advisor
    server = smtp_factory("starttls", user=ANA_ADDRESS, password=SMTP_PASSWORD)
    photo = tmp_path / "evidencia.png"
    photo.write_bytes(tiny_png() + os.urandom(300 * 1024))  # incompressible: needs parts
    practice_id = ana.add_practice("Tiendita con monedas")
    ana.practices.attach(practice_id, photo)
    configure(ana, server, cafile=certs.ca_file, part_mb=0.1)
    queued = _queue(ana)
    assert len(queued.files) >= 3
    originals = {p.name: p.read_bytes() for p in queued.files}
    assert all(len(data) <= 0.1 * 1024 * 1024 for data in originals.values())

    report = _send(ana)

    assert report.ok, report.error and report.error.message()
    assert len(server.messages) == len(queued.files)
    inbox = tmp_path / "buzon"
    inbox.mkdir()
    for number, received in enumerate(server.messages, start=1):
        message = email.message_from_bytes(received.data, policy=email.policy.default)
        assert message["X-Minga-Part"] == f"{number}/{len(queued.files)}"
        [(name, data)] = _attachments(received.data)
        assert data == originals[name]
        (inbox / name).write_bytes(data)
    first = sorted(inbox.iterdir())[0]
    assert first.name.endswith(".001")
    result = rosa.import_(first)
    assert result.attachments == 1
    assert "Tiendita con monedas" in rosa.titles()


def test_a_refused_connection_keeps_the_part_queued_and_backs_off(network: Network) -> None:
    ana = network.ana
    ana.add_practice("Lectura compartida")
    configure(ana, None, smtp_port=free_port())  # nothing listens there
    queued = _queue(ana)

    report = _send(ana)

    assert not report.ok
    assert isinstance(report.error, mail_errors.ConnectionFailedError)
    assert report.waiting == 1
    assert report.sent == []
    [(status, attempts, _next_at, error)] = _rows(ana)
    assert (status, attempts) == (QUEUED, 1)
    assert '"ConnectionFailedError"' in error
    [entry] = outbox.outbox_state(ana.ws).queued
    assert entry.next_attempt_at == NOW + dt.timedelta(seconds=BACKOFF[0])
    assert "Could not reach" in entry.error_text(catalog("en"))
    assert queued.files[0].exists()  # the file waits too

    # Not due yet: an automatic round does not touch it.
    again = _send(ana, NOW + dt.timedelta(seconds=30))
    assert again.sent == []
    assert again.failed == []
    assert _rows(ana)[0][1] == 1
    # Due: tried again, and the next wait is longer.
    later = NOW + dt.timedelta(seconds=BACKOFF[0] + 1)
    _send(ana, later)
    [entry] = outbox.outbox_state(ana.ws).queued
    assert entry.attempts == 2
    assert entry.next_attempt_at == later + dt.timedelta(seconds=BACKOFF[1])

    # The queue survives a restart.
    ana.close()
    ana.reopen()
    [entry] = outbox.outbox_state(ana.ws).queued
    assert (entry.status, entry.attempts) == (QUEUED, 2)


def test_backoff_grows_to_six_hours() -> None:
    waits = [outbox.backoff(n).total_seconds() for n in range(1, 10)]
    assert waits[:4] == [60, 300, 900, 3600]
    assert waits == sorted(waits)
    assert max(waits) == 6 * 3600


def test_a_connection_closed_at_once_keeps_the_part_queued(
    network: Network, closing_server
) -> None:
    ana = network.ana
    configure(ana, None, smtp_port=closing_server.port)
    _queue(ana)

    report = _send(ana, force=True)

    assert isinstance(report.error, mail_errors.ConnectionDroppedError | mail_errors.MailError)
    assert closing_server.accepted >= 1
    [(status, attempts, _next_at, _)] = _rows(ana)
    assert (status, attempts) == (QUEUED, 1)
    assert outbox.outbox_state(ana.ws).queued[0].next_attempt_at > NOW


def test_a_connection_cut_during_the_data_keeps_the_part_and_a_later_try_sends_it(
    network: Network, smtp, certs
) -> None:
    ana = network.ana
    configure(ana, smtp, cafile=certs.ca_file)
    queued = _queue(ana)
    smtp.handler.drop_on_data = True

    report = _send(ana)

    assert isinstance(report.error, mail_errors.ConnectionDroppedError)
    assert smtp.messages == []
    [(status, attempts, _, _)] = _rows(ana)
    assert (status, attempts) == (QUEUED, 1)
    assert queued.files[0].exists()

    smtp.handler.drop_on_data = False
    retry = _send(ana, force=True)  # `minga send` / "Send now" ignore the wait
    assert retry.ok
    assert len(smtp.messages) == 1
    assert [r[:2] for r in _rows(ana)] == [(SENT, 2)]


def test_wrong_credentials_give_a_clear_message_and_keep_the_part(
    network: Network, smtp, certs
) -> None:
    ana = network.ana
    configure(ana, smtp, cafile=certs.ca_file, password="not-the-password")
    _queue(ana)

    report = _send(ana)

    assert isinstance(report.error, mail_errors.AuthenticationFailedError)
    text = report.error.message(catalog("en"))
    assert "rejected the user name or the password" in text
    assert ANA_ADDRESS in text
    assert "not-the-password" not in text
    assert smtp.messages == []
    [entry] = outbox.outbox_state(ana.ws).queued
    assert entry.attempts == 1
    # No hammering a provider with a wrong password: the next automatic try is far off.
    assert entry.next_attempt_at == NOW + dt.timedelta(hours=6)

    # Fixing the password (saving the settings) makes the part due at once.
    from minga.mail.settings import store_password

    store_password(passwords_for(ana), outbox.load_settings(ana.ws), SMTP_PASSWORD)
    with_settings(ana, part_mb=5.0)
    assert _send(ana, NOW + dt.timedelta(minutes=1)).ok
    assert len(smtp.messages) == 1


# aiosmtpd (the test server, not Minga) logs the handshake the client broke off.
@pytest.mark.expected_errors(r"^\('127\.0\.0\.1', \d+\) SMTP session exception$")
def test_an_untrusted_certificate_is_refused_before_the_password_is_sent(
    network: Network, smtp_factory, certs, stranger_certs
) -> None:
    ana = network.ana
    server = smtp_factory(
        "ssl", server_certs=stranger_certs, user=ANA_ADDRESS, password=SMTP_PASSWORD
    )
    configure(ana, server, cafile=certs.ca_file)
    _queue(ana)

    report = _send(ana)

    assert isinstance(report.error, mail_errors.CertificateError)
    assert "could not be verified" in report.error.message(catalog("en"))
    assert server.auth_attempts == 0
    assert server.messages == []
    assert _rows(ana)[0][:2] == (QUEUED, 1)


# aiosmtpd (the test server, not Minga) logs the handshake the client broke off.
@pytest.mark.expected_errors(r"^\('127\.0\.0\.1', \d+\) SMTP session exception$")
def test_without_cafile_a_private_authority_is_not_trusted(network: Network, smtp_factory) -> None:
    """The system's roots do not know the test authority: verification is really on."""
    ana = network.ana
    server = smtp_factory("starttls", user=ANA_ADDRESS, password=SMTP_PASSWORD)
    configure(ana, server)
    _queue(ana)
    report = _send(ana)
    assert isinstance(report.error, mail_errors.CertificateError)
    assert server.auth_attempts == 0


def test_the_advisor_queues_one_message_per_member_with_an_address(
    network: Network, smtp_factory, certs
) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    server = smtp_factory("ssl", user=ROSA_ADDRESS, password=SMTP_PASSWORD)
    configure(rosa, server, cafile=certs.ca_file, user=ROSA_ADDRESS, from_address=ROSA_ADDRESS)
    set_email(rosa, ana.person_id, ANA_ADDRESS)

    queued = _queue(rosa, "all")

    assert [r.name for r in queued.recipients] == [ana.actor.name]
    assert queued.without_address == [pedro.actor.name]
    assert _send(rosa).ok
    [received] = server.messages
    assert received.rcpt_tos == [ANA_ADDRESS]
    [(name, data)] = _attachments(received.data)
    path = network.folder / name
    path.write_bytes(data)
    ana.import_(path)  # the consolidated bundle opens at Ana's


def test_queueing_refuses_clearly_without_settings_or_address(network: Network) -> None:
    from minga.mail.errors import MailNotConfiguredError, NoAddressError

    ana = network.ana
    with pytest.raises(MailNotConfiguredError):
        _queue(ana)
    configure(ana, None, advisor_address="")
    with pytest.raises(NoAddressError) as info:
        _queue(ana)
    assert network.advisor.actor.name in info.value.message(catalog("en"))
    assert outbox.pending_count(ana.ws) == 0
    assert not (ana.root / "outbox").exists() or not any((ana.root / "outbox").iterdir())


def test_settings_are_checked_and_the_password_stays_out_of_the_data_folder(
    network: Network, smtp, certs
) -> None:
    from minga.mail.errors import CafileError, InsecureServerError, InvalidMailSettingError
    from minga.mail.settings import MailSettings, password_name

    ana = network.ana
    with pytest.raises(InsecureServerError):
        outbox.save_settings(
            ana.ws, MailSettings(smtp_host="smtp.gmail.com", smtp_security="none", user="a@b.cl")
        )
    with pytest.raises(InvalidMailSettingError):
        outbox.save_settings(ana.ws, MailSettings(smtp_host=HOST, smtp_port=0, user="a@b.cl"))
    with pytest.raises(CafileError):
        outbox.save_settings(
            ana.ws, MailSettings(smtp_host=HOST, user="a@b.cl", cafile="/no/such/ca.pem")
        )
    configure(ana, smtp, cafile=certs.ca_file)
    assert ana.backend.secrets[("Minga", password_name(HOST, ANA_ADDRESS))] == SMTP_PASSWORD
    _queue(ana)
    assert _send(ana).ok
    ana.close()
    for path in ana.root.rglob("*"):
        if path.is_file():
            assert SMTP_PASSWORD.encode() not in path.read_bytes(), path
    ana.reopen()


def test_is_online_probes_the_smtp_port(network: Network, smtp, certs) -> None:
    settings = configure(network.ana, smtp, cafile=certs.ca_file)
    assert outbox.is_online(settings, timeout=1.0)
    closed = with_settings(network.ana, smtp_port=free_port())
    assert not outbox.is_online(closed, timeout=1.0)


def test_test_connection_says_what_works(network: Network, smtp, certs) -> None:
    ana = network.ana
    configure(ana, smtp, cafile=certs.ca_file)
    [check] = outbox.check_connection(ana.ws, passwords=passwords_for(ana), timeout=TIMEOUT)
    assert check.ok
    assert check.kind == "smtp"
    [bad] = outbox.check_connection(
        ana.ws, password="otra", passwords=passwords_for(ana), timeout=TIMEOUT
    )
    assert isinstance(bad.error, mail_errors.AuthenticationFailedError)
    assert bad.as_json()["ok"] is False
