"""Real mail servers on loopback for the e-mail tests.

- `SmtpServer`: aiosmtpd in this process (its own thread and event loop), implicit TLS
  or STARTTLS with the test authority's certificate, AUTH against one user and
  password; it keeps every message it accepted (envelope and raw bytes). It can also
  cut the connection when a message's data arrives (a dropped connection).
- `Dovecot`: Debian's dovecot-imapd started as a separate process with a generated
  configuration in a temporary folder: IMAP with STARTTLS and IMAPS, a passwd-file user,
  Maildir storage, on ports the OS says are free. Stopped (and its folder removed) by
  `stop()`.

Every port is on 127.0.0.1 and every wait is bounded.
"""

from __future__ import annotations

import contextlib
import getpass
import grp
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.mail.tls import Certificates

HOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port the OS says is free on loopback right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.5):
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on {HOST}:{port} after {timeout} s")


def server_context(certs: Certificates) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certs.cert_file, certs.key_file)
    return context


# --- SMTP ---------------------------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str


@dataclass
class _Handler:
    messages: list[Received] = field(default_factory=list)
    drop_on_data: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        if self.drop_on_data:
            server.transport.close()  # the line goes dead before the server answers
            return "421 closing"
        login = session.auth_data.decode() if isinstance(session.auth_data, bytes) else ""
        with self.lock:
            self.messages.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content, login)
            )
        return "250 Message accepted for delivery"


class SmtpServer:
    """An authenticating SMTP server on loopback (aiosmtpd)."""

    def __init__(
        self,
        certs: Certificates,
        *,
        security: str = "ssl",
        user: str = "ana@escuela.cl",
        password: str = "clave-de-prueba",
    ):
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        self.security = security
        self.user = user
        self.password = password
        self.handler = _Handler()
        self.port = free_port()
        self.auth_attempts = 0

        def authenticator(server, session, envelope, mechanism, auth_data):
            self.auth_attempts += 1
            ok = (
                auth_data.login.decode("utf-8") == self.user
                and auth_data.password.decode("utf-8") == self.password
            )
            return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)

        options: dict[str, Any] = {
            "authenticator": authenticator,
            "ready_timeout": 10.0,
            "server_hostname": "localhost",
        }
        context = server_context(certs)
        if security == "ssl":
            # The whole connection is TLS: AUTH is offered at once, and the handler
            # refuses the data of a session that did not log in.
            options["ssl_context"] = context
            options["auth_require_tls"] = False
        else:
            options["tls_context"] = context
            options["require_starttls"] = True
            options["auth_required"] = True
            options["auth_require_tls"] = True
        self.controller = Controller(self.handler, hostname=HOST, port=self.port, **options)

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.controller.stop()


class ClosingServer:
    """A TCP server that accepts connections and closes them at once."""

    def __init__(self) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind((HOST, 0))
        self.socket.listen(8)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.accepted += 1
            connection.close()

    def start(self) -> ClosingServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.socket.close()


# --- IMAP (dovecot) --------------------------------------------------------------------------


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )


class Dovecot:
    """dovecot-imapd on loopback with one passwd-file user, in a private folder."""

    def __init__(self, certs: Certificates, users: dict[str, str]):
        self.binary = dovecot_binary()
        if self.binary is None:
            raise RuntimeError("dovecot is not installed (apt-get install dovecot-imapd)")
        # Mail processes may run as another user than the test: a folder they can reach.
        self.folder = Path(tempfile.mkdtemp(prefix="minga-dovecot-"))
        self.folder.chmod(0o755)
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.users = users
        root = os.geteuid() == 0
        # As root, the mail processes run as `nobody` (dovecot refuses uid 0 for mail).
        uid, gid = (65534, 65534) if root else (os.getuid(), os.getgid())
        mail = self.folder / "mail"
        home = self.folder / "home"
        for path in (mail, home):
            path.mkdir()
            if root:
                os.chown(path, uid, gid)
        lines = [
            f"{user}:{{PLAIN}}{password}:{uid}:{gid}::{home}/{user}::"
            for user, password in users.items()
        ]
        (self.folder / "users").write_text("\n".join(lines) + "\n")
        (self.folder / "users").chmod(0o644)
        identity = ""
        if not root:
            me = getpass.getuser()
            group = grp.getgrgid(os.getgid()).gr_name
            identity = textwrap.dedent(
                f"""
                default_login_user = {me}
                default_internal_user = {me}
                default_internal_group = {group}
                """
            )
        else:
            pwd.getpwnam("dovenull")  # made by the Debian package
        self.config = self.folder / "dovecot.conf"
        self.config.write_text(
            textwrap.dedent(
                f"""
                base_dir = {self.folder}/run
                state_dir = {self.folder}/state
                log_path = {self.folder}/dovecot.log
                protocols = imap
                listen = {HOST}
                ssl = required
                ssl_cert = <{certs.cert_file}
                ssl_key = <{certs.key_file}
                ssl_min_protocol = TLSv1.2
                disable_plaintext_auth = yes
                auth_mechanisms = plain login
                auth_failure_delay = 0
                mail_location = maildir:{mail}/%u
                passdb {{
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%u {self.folder}/users
                }}
                userdb {{
                  driver = passwd-file
                  args = username_format=%u {self.folder}/users
                }}
                service imap-login {{
                  inet_listener imap {{
                    address = {HOST}
                    port = {self.imap_port}
                  }}
                  inet_listener imaps {{
                    address = {HOST}
                    port = {self.imaps_port}
                    ssl = yes
                  }}
                }}
                service stats {{
                  inet_listener http {{
                    port = 0
                  }}
                }}
                """
            )
            + identity
        )
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Dovecot:
        # -F: stays in the foreground as our child, so stop() can end exactly it.
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            wait_for_port(self.imaps_port)
            wait_for_port(self.imap_port)
        except TimeoutError:
            self.stop()
            raise RuntimeError(f"dovecot did not start: {self.log()}") from None
        return self

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        if process is not None and process.stderr is not None:
            process.stderr.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- the mailbox, as another mail client would see it ------------------------------

    def client(self, user: str, ca_file: Path) -> Any:
        import imaplib

        context = ssl.create_default_context(cafile=str(ca_file))
        imap = imaplib.IMAP4_SSL(HOST, self.imaps_port, ssl_context=context, timeout=10)
        imap.login(user, self.users[user])
        return imap

    def deliver(self, user: str, ca_file: Path, message: bytes) -> None:
        """Puts a message in the user's INBOX (unread), as a delivery would."""
        imap = self.client(user, ca_file)
        try:
            status, data = imap.append("INBOX", None, None, message)
            assert status == "OK", data
        finally:
            imap.logout()

    def flags(self, user: str, ca_file: Path) -> dict[str, set[str]]:
        """Message-ID -> flags of every message in the user's INBOX."""
        import email

        imap = self.client(user, ca_file)
        try:
            imap.select("INBOX", readonly=True)
            status, data = imap.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            assert status == "OK", data
            found: dict[str, set[str]] = {}
            for item in data:
                if not isinstance(item, tuple):
                    continue
                head = item[0].decode()
                flags = head[head.index("FLAGS (") + 7 :].split(")")[0].split()
                message_id = email.message_from_bytes(item[1])["Message-ID"]
                found[str(message_id).strip()] = set(flags)
            return found
        finally:
            imap.logout()
