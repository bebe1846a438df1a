"""`minga mail setup|test|queue`, `outbox`, `send`, `fetch` through the CLI, and the
promise that no password ever reaches a log, an output or a file of the data folder."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from minga.core.clock import SHIFT_ENV
from tests.conftest import Cli
from tests.mail.conftest import (
    ANA_ADDRESS,
    IMAP_PASSWORD,
    ROSA_ADDRESS,
    SMTP_PASSWORD,
    TIMEOUT,
    configure,
    passwords_for,
)
from tests.mail.servers import HOST
from tests.sync.conftest import Network, sync_cli_env

# The mail server's clock (the real one): see test_fetch_from_the_command_line.
SERVER_TIME = {SHIFT_ENV: "0"}


@pytest.fixture
def file_keyring(network: Network, sync_cli_env: Path) -> Path:
    """The network's private keys in the file keyring the CLI reads."""
    sync_cli_env.write_text(
        json.dumps({f"{s}\x00{u}": p for (s, u), p in network.ana.backend.secrets.items()})
    )
    for device in network.devices():
        device.close()  # the CLI opens the data folders itself
    return sync_cli_env


__all__ = ["sync_cli_env"]


def _outputs(*runs) -> str:
    return "\n".join(run.stdout + run.stderr for run in runs)


def test_the_command_line_sets_up_queues_sends_and_reports(
    network: Network, file_keyring: Path, smtp, certs
) -> None:
    cli = Cli(network.ana.root)
    env = {"MINGA_MAIL_PASSWORD": SMTP_PASSWORD}
    setup = cli(
        "mail", "setup", "--smtp-host", HOST, "--smtp-port", str(smtp.port),
        "--security", "ssl", "--user", ANA_ADDRESS, "--to-advisor", ROSA_ADDRESS,
        "--cafile", str(certs.ca_file), env=env,
    )  # fmt: skip
    assert setup.returncode == 0, setup.stderr
    assert "E-mail set up" in setup.stdout
    keyring = json.loads(file_keyring.read_text())
    assert keyring[f"Minga\x00mail/{HOST}/{ANA_ADDRESS}"] == SMTP_PASSWORD

    test = cli("mail", "test")
    assert test.returncode == 0, test.stderr
    assert "it works" in test.stdout

    queue = cli("mail", "queue", "--to", "advisor")
    assert queue.returncode == 0, queue.stderr
    assert "Bundle queued for" in queue.stdout
    assert ROSA_ADDRESS in queue.stdout

    waiting = cli("outbox", "--json")
    assert waiting.returncode == 0, waiting.stderr
    state = json.loads(waiting.stdout)
    assert [p["status"] for p in state["queued"]] == ["queued"]
    assert state["queued"][0]["attempts"] == 0

    send = cli("send")
    assert send.returncode == 0, send.stderr
    assert "Sent: 1 part" in send.stdout
    assert len(smtp.messages) == 1
    done = json.loads(cli("outbox", "--json").stdout)
    assert done["queued"] == []
    assert done["sent_total"] == 1

    # The server goes away: `send` says why and exits 2; the part stays queued.
    cli("mail", "queue")
    smtp.stop()
    failed = cli("send")
    assert failed.returncode == 2
    assert "Could not reach" in failed.stderr
    assert "Still in the outbox: 1 part" in failed.stderr
    listing = cli("outbox")
    assert "In the outbox, waiting: 1 part" in listing.stdout
    assert "Last error: Could not reach" in listing.stdout
    assert "1 attempt(s)" in listing.stdout

    wrong = cli("mail", "test", env={"MINGA_MAIL_PASSWORD": "x"})
    assert wrong.returncode == 2

    everything = _outputs(setup, test, queue, waiting, send, failed, listing, wrong)
    assert SMTP_PASSWORD not in everything
    for path in network.ana.root.rglob("*"):
        if path.is_file():
            assert SMTP_PASSWORD.encode() not in path.read_bytes(), path


def test_setup_without_a_password_is_refused_in_a_script(
    network: Network, file_keyring: Path
) -> None:
    cli = Cli(network.ana.root)
    run = cli(
        "mail", "setup", "--smtp-host", "smtp.gmail.com", "--security", "ssl",
        "--user", ANA_ADDRESS, env={"MINGA_MAIL_PASSWORD": ""},
    )  # fmt: skip
    assert run.returncode == 2
    assert "MINGA_MAIL_PASSWORD" in run.stderr
    unconfigured = cli("send")  # nothing was saved
    assert unconfigured.returncode == 2
    assert "not set up" in unconfigured.stderr
    insecure = cli(
        "mail", "setup", "--smtp-host", "smtp.gmail.com", "--security", "ssl",
        "--smtp-port", "0", env={"MINGA_MAIL_PASSWORD": "x"},
    )  # fmt: skip
    assert insecure.returncode == 2
    assert "smtp-port" in insecure.stderr


def test_fetch_from_the_command_line(
    network: Network, file_keyring: Path, dovecot, mailbox: str
) -> None:
    from tests.mail.test_inbox import _message

    network.ana.reopen()
    network.ana.add_practice("Cuentos mapuche en voz alta")
    bundle = network.ana.export(network.path("ana"))
    network.ana.close()
    dovecot.deliver(
        mailbox, dovecot.certs.ca_file, _message(ANA_ADDRESS, "Paquete", attachment=bundle)
    )
    dovecot.deliver(mailbox, dovecot.certs.ca_file, _message("x@y.cl", "Otra cosa"))
    cli = Cli(network.advisor.root)
    setup = cli(
        "mail", "setup", "--smtp-host", HOST, "--security", "ssl", "--user", mailbox,
        "--imap-host", HOST, "--imap-port", str(dovecot.imaps_port),
        "--cafile", str(dovecot.certs.ca_file), env={"MINGA_MAIL_PASSWORD": IMAP_PASSWORD},
    )  # fmt: skip
    assert setup.returncode == 0, setup.stderr
    # Dovecot dates the messages by the real clock (never in the future): the check runs
    # at the server's time even when MINGA_TEST_DATE moves Minga's clock.
    fetched = cli("fetch", env=SERVER_TIME)
    assert fetched.returncode == 0, fetched.stderr
    assert "2 new message(s); 1 bundle(s) imported" in fetched.stdout
    assert "Imported" in fetched.stdout
    again = json.loads(cli("fetch", "--json", env=SERVER_TIME).stdout)
    assert again["imported"] == []
    assert IMAP_PASSWORD not in _outputs(setup, fetched)


def test_no_password_in_the_log_or_the_output(
    network: Network, smtp, certs, tmp_path: Path, capfd
) -> None:
    """Every path that touches the password, with Minga's log at DEBUG into a file."""
    from minga.mail import outbox

    log_file = tmp_path / "minga.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    logger = logging.getLogger("minga")
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        ana = network.ana
        configure(ana, smtp, cafile=certs.ca_file)
        outbox.queue_bundle(ana.ws, "advisor", vault=ana.vault)
        assert outbox.send_pending(ana.ws, passwords=passwords_for(ana), timeout=TIMEOUT).ok
        outbox.check_connection(ana.ws, passwords=passwords_for(ana), timeout=TIMEOUT)
        # A wrong password, a refused connection: the failure paths log too.
        outbox.check_connection(
            ana.ws, password=SMTP_PASSWORD + "-mal", passwords=passwords_for(ana), timeout=TIMEOUT
        )
        outbox.queue_bundle(ana.ws, "advisor", vault=ana.vault)
        smtp.stop()
        outbox.send_pending(ana.ws, force=True, passwords=passwords_for(ana), timeout=TIMEOUT)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
        handler.close()
    text = log_file.read_text(encoding="utf-8")
    assert "queued bundle" in text  # the log did record the work
    captured = capfd.readouterr()
    for haystack in (text, captured.out, captured.err):
        assert SMTP_PASSWORD not in haystack
        assert SMTP_PASSWORD.encode("utf-8").hex() not in haystack
    assert os.environ.get("MINGA_MAIL_PASSWORD") in (None, "")
