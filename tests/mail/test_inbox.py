"""The inbox against a real IMAP server on loopback (Debian's dovecot, TLS).

The mailbox holds messages with and without bundles: bundles from trusted members are
imported, others (a sender who is not a member yet, an invitation) are kept for review,
mail without bundles stays untouched and unread, and nothing is imported twice.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from email.message import EmailMessage
from pathlib import Path

import pytest

from minga.i18n import catalog
from minga.mail import errors as mail_errors
from minga.mail import inbox, outbox
from minga.mail.models import IMPORTED, REVIEW, WAITING
from tests.mail.conftest import (
    ANA_ADDRESS,
    IMAP_PASSWORD,
    ROSA_ADDRESS,
    SMTP_PASSWORD,
    TIMEOUT,
    configure,
    passwords_for,
)
from tests.mail.servers import HOST, free_port
from tests.sync.conftest import Device, Network

pytestmark = pytest.mark.usefixtures("dovecot")


def _server_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _message(
    sender: str,
    subject: str,
    *,
    attachment: Path | None = None,
    filename: str | None = None,
    media_type: str = "application/octet-stream",
    message_id: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ROSA_ADDRESS
    message["Subject"] = subject
    message["Date"] = email.utils.formatdate()
    message["Message-ID"] = message_id or email.utils.make_msgid(domain="escuela.cl")
    message.set_content("Hola Rosa, te mando esto.\n")
    if attachment is not None:
        major, minor = media_type.split("/")
        message.add_attachment(
            attachment.read_bytes(),
            maintype=major,
            subtype=minor,
            filename=filename or attachment.name,
        )
    return message.as_bytes()


def _configure_imap(device: Device, dovecot, mailbox: str, **overrides):
    values = {
        "user": mailbox,
        "from_address": mailbox,
        "imap_host": HOST,
        "imap_port": dovecot.imaps_port,
        "imap_security": "ssl",
        "cafile": dovecot.certs.ca_file,
        **overrides,
    }
    return configure(device, None, password=IMAP_PASSWORD, **values)


def _fetch(device: Device, now: dt.datetime | None = None):
    # Dovecot dates what arrives by the real clock (it refuses dates in the future), so
    # the check looks back from the server's now, also when MINGA_TEST_DATE moves Minga's.
    return inbox.fetch(
        device.ws,
        now or _server_now(),
        passwords=passwords_for(device),
        vault=device.vault,
        timeout=TIMEOUT,
    )


def _outsider(network: Network) -> Device:
    """A teacher who joined with the invitation but whom the advisor never accepted."""
    juan = Device(network.folder / "juan", network.ana.backend).init(
        "teacher", name="Juan Painemal", school="Escuela Rural Quilaco", rbd="6012-3"
    )
    juan.import_(network.invitation)
    juan.add_practice("Práctica de un desconocido")
    return juan


def test_trusted_bundles_are_imported_the_rest_kept_and_other_mail_untouched(
    network: Network, dovecot, mailbox: str, tmp_path: Path
) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    ana.add_practice("Huerto escolar con habas")
    pedro.add_practice("Tiendita con monedas")
    ana_bundle = ana.export(network.path("ana"))
    pedro_bundle = pedro.export(network.path("pedro"))
    juan = _outsider(network)
    juan_bundle = juan.export(network.path("juan"))
    pdf = tmp_path / "acta.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% acta de la reunion\n" + b"0" * 2000)
    ca = dovecot.certs.ca_file

    messages = {
        "ana": _message(ANA_ADDRESS, "Paquete de Ana", attachment=ana_bundle),
        # Attached by hand under another name: recognised by its first bytes.
        "pedro": _message(
            "pedro@escuela.cl", "mis datos", attachment=pedro_bundle, filename="datos.bin"
        ),
        "juan": _message("juan@escuela.cl", "Hola, soy nuevo", attachment=juan_bundle),
        "invitation": _message("otra@asesora.cl", "Invitación", attachment=network.invitation),
        "plain": _message("jefa@daem.cl", "Reunión del jueves"),
        "pdf": _message("jefa@daem.cl", "Acta", attachment=pdf, media_type="application/pdf"),
    }
    ids = {}
    for key, raw in messages.items():
        dovecot.deliver(mailbox, ca, raw)
        ids[key] = email.message_from_bytes(raw)["Message-ID"]
    _configure_imap(rosa, dovecot, mailbox)

    report = _fetch(rosa)

    assert report.checked == len(messages)
    assert sorted(e.subject for e in report.imported) == ["Paquete de Ana", "mis datos"]
    assert {"Huerto escolar con habas", "Tiendita con monedas"} <= rosa.titles()
    assert "Práctica de un desconocido" not in rosa.titles()
    review = {e.subject: e for e in report.review}
    assert set(review) == {"Hola, soy nuevo", "Invitación"}
    assert "Juan Painemal" in review["Hola, soy nuevo"].reason_text(catalog("en"))
    assert "not a member" in review["Hola, soy nuevo"].reason_text(catalog("en"))
    assert "invitation" in review["Invitación"].reason_text(catalog("en"))
    for entry in report.review:
        assert all(Path(f).exists() for f in entry.files)  # kept for the advisor to decide
    assert report.waiting == []

    flags = dovecot.flags(mailbox, ca)
    for key in ("ana", "pedro", "juan", "invitation"):
        assert inbox.KEYWORD in flags[ids[key]], key
        assert "\\Seen" not in flags[ids[key]], key  # marked, not read
    for key in ("plain", "pdf"):
        assert flags[ids[key]] <= {"\\Recent"}, key  # untouched: unread, no keyword

    state = inbox.inbox_state(rosa.ws)
    assert state.counts == {IMPORTED: 2, REVIEW: 2, WAITING: 0}
    assert state.last_check is not None

    # A second check finds nothing new, and imports nothing twice.
    before = rosa.rows("SELECT count(*) FROM bundle_log WHERE direction = 'in'")
    again = _fetch(rosa)
    assert again.checked == 2  # only the two messages without bundles are looked at
    assert again.imported == []
    assert again.review == []
    assert rosa.rows("SELECT count(*) FROM bundle_log WHERE direction = 'in'") == before

    # A server that lost the keyword (or never kept it): the Message-IDs remember.
    client = dovecot.client(mailbox, ca)
    try:
        client.select("INBOX")
        client.store("1:*", "-FLAGS.SILENT", f"({inbox.KEYWORD})")
    finally:
        client.logout()
    third = _fetch(rosa)
    assert third.imported == []
    assert third.review == []
    assert third.already_known == 4
    assert rosa.rows("SELECT count(*) FROM bundle_log WHERE direction = 'in'") == before
    assert inbox.inbox_state(rosa.ws).counts[IMPORTED] == 2


def test_a_split_bundle_travels_smtp_to_imap_and_is_imported_once_complete(  # noqa: PLR0917
    network: Network, dovecot, mailbox: str, smtp_factory, certs, tmp_path: Path
) -> None:
    import os

    from tests.integration.test_practices import tiny_png

    rosa, ana = network.advisor, network.ana
    server = smtp_factory("ssl", user=ANA_ADDRESS, password=SMTP_PASSWORD)
    photo = tmp_path / "feria.png"
    photo.write_bytes(tiny_png() + os.urandom(250 * 1024))
    ana.practices.attach(ana.add_practice("Feria científica"), photo)
    configure(ana, server, cafile=certs.ca_file, part_mb=0.1)
    queued = outbox.queue_bundle(ana.ws, "advisor", vault=ana.vault)
    assert len(queued.files) >= 3
    assert outbox.send_pending(ana.ws, passwords=passwords_for(ana), timeout=TIMEOUT).ok
    raws = [m.data for m in server.messages]
    _configure_imap(rosa, dovecot, mailbox)

    # The first part alone: kept, waiting for the others.
    dovecot.deliver(mailbox, dovecot.certs.ca_file, raws[0])
    first = _fetch(rosa)
    assert [e.status for e in first.waiting] == [WAITING]
    assert "1 of" in first.waiting[0].reason_text(catalog("en"))
    assert "Feria científica" not in rosa.titles()

    # The rest arrive (out of order, one twice): imported once, every message settled.
    for raw in [*reversed(raws[1:]), raws[-1]]:
        dovecot.deliver(mailbox, dovecot.certs.ca_file, raw)
    second = _fetch(rosa)
    assert second.review == [], [e.reason_text(catalog("en")) for e in second.review]
    assert "Feria científica" in rosa.titles()
    assert len(second.imports) == 1
    assert second.imports[0].attachments == 1
    assert second.already_known == 1  # the part delivered twice
    state = inbox.inbox_state(rosa.ws)
    assert state.counts[IMPORTED] == len(raws)
    assert state.counts[WAITING] == 0


def test_imap_over_starttls_and_clear_failures(network: Network, dovecot, mailbox: str) -> None:
    rosa = network.advisor
    _configure_imap(rosa, dovecot, mailbox, imap_security="starttls", imap_port=dovecot.imap_port)
    assert _fetch(rosa).checked == 0

    _configure_imap(rosa, dovecot, mailbox)
    from minga.mail.settings import store_password

    store_password(passwords_for(rosa), outbox.load_settings(rosa.ws), "mala-clave")
    with pytest.raises(mail_errors.AuthenticationFailedError) as info:
        _fetch(rosa)
    assert "mala-clave" not in info.value.message(catalog("en"))

    _configure_imap(rosa, dovecot, mailbox, imap_port=free_port())
    with pytest.raises(mail_errors.ConnectionFailedError):
        _fetch(rosa)

    _configure_imap(rosa, dovecot, mailbox, imap_folder="NoExiste")
    with pytest.raises(mail_errors.MailboxError):
        _fetch(rosa)


def test_test_connection_covers_both_servers(
    network: Network, dovecot, mailbox: str, smtp_factory, certs
) -> None:
    rosa = network.advisor
    server = smtp_factory("ssl", user=mailbox, password=IMAP_PASSWORD)
    configure(
        rosa,
        server,
        password=IMAP_PASSWORD,
        from_address=mailbox,
        imap_host=HOST,
        imap_port=dovecot.imaps_port,
        cafile=certs.ca_file,  # the SMTP server's authority...
    )
    checks = outbox.check_connection(rosa.ws, passwords=passwords_for(rosa), timeout=TIMEOUT)
    assert [c.kind for c in checks] == ["smtp", "imap"]
    assert checks[0].ok
    # ...is not the IMAP server's: its certificate is refused.
    assert isinstance(checks[1].error, mail_errors.CertificateError)


def test_bodystructure_parsing_finds_named_and_nested_parts() -> None:
    data = [
        (
            b'7 (UID 42 RFC822.SIZE 900 BODYSTRUCTURE (("text" "plain" ("charset" "utf-8") '
            b'NIL NIL "7bit" 20 1 NIL NIL NIL NIL)(("text" "html" NIL NIL NIL "7bit" 5 1 NIL '
            b'NIL NIL NIL) "alternative")("application" "octet-stream" ("name" "x.minga.002") '
            b'NIL NIL "base64" 400 NIL ("attachment" ("filename" {11}',
            b"x.minga.002",
        ),
        (
            b')) NIL NIL) "mixed" ("boundary" "b") NIL NIL NIL) '
            b"BODY[HEADER.FIELDS (MESSAGE-ID)] {0}",
            b"",
        ),
        b")",
    ]
    [message] = inbox.parse_fetch(data)
    assert message["UID"] == b"42"
    parts = inbox.leaf_parts(message["BODYSTRUCTURE"])
    assert [(p.section, p.media_type) for p in parts] == [
        ("1", "text/plain"),
        ("2.1", "text/html"),
        ("3", "application/octet-stream"),
    ]
    assert parts[2].filename == "x.minga.002"
    assert parts[2].encoding == "base64"


def test_no_imap_settings_is_a_clear_message(network: Network) -> None:
    configure(network.advisor, None, user=ROSA_ADDRESS, from_address=ROSA_ADDRESS)
    with pytest.raises(mail_errors.ImapNotConfiguredError):
        _fetch(network.advisor)
