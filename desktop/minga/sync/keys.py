"""Keys of this installation: an Ed25519 signing key and an age X25519 identity.

Each installation (device) holds, for its person, one signing key and one encryption key,
made on first need (the first `identity`, `invite`, `export` or joining a microcentre).
The public halves are published on the person's record (`Person.signing_key`,
`Person.encryption_key`) and travel in bundles; the private halves never leave the
computer:

- in the operating system's keyring (`keyring`: Windows Credential Manager, macOS
  Keychain, Secret Service on Linux), service ``Minga``, user names
  ``<person_id>/<device_id>/signing`` and ``<person_id>/<device_id>/encryption``;
- where no usable keyring exists (keyring's `fail` or `null` backend, or a keyring that
  raises), Minga says so (a logged warning, a line in `minga identity`) and keeps them in
  ``keys.json`` in the data folder, encrypted with a passphrase: scrypt (parameters in the
  file) derives a key, and ChaCha20-Poly1305 seals each entry with its name as associated
  data. The passphrase comes from ``MINGA_KEY_PASSPHRASE``, or is asked on a terminal, or
  by the GUI through `set_passphrase_prompt`. Never a plain file.

A fingerprint is what two people read aloud to check a key: the first 80 bits of the
SHA-256 of the raw signing public key, in Crockford's base32, as four groups of four.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import getpass
import hashlib
import json
import logging
import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minga.core.files import atomic_write
from minga.i18n import QT_TRANSLATE_NOOP
from minga.sync.errors import (
    DamagedKeyFileError,
    KeysMissingError,
    KeyStoreFailedError,
    NoPassphraseError,
    WrongPassphraseError,
)

log = logging.getLogger(__name__)

SERVICE = "Minga"
KEY_FILE = "keys.json"
PASSPHRASE_ENV = "MINGA_KEY_PASSPHRASE"
KEY_FILE_FORMAT = "minga-keys"
KEY_FILE_VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# The GUI replaces this with a dialog; `new` is True when a passphrase is being chosen.
PassphrasePrompt = Callable[[Path, bool], "str | None"]


_ASK = QT_TRANSLATE_NOOP("keys", "Passphrase of {path}: ")
_CHOOSE = QT_TRANSLATE_NOOP("keys", "Choose a passphrase for {path}: ")
_AGAIN = QT_TRANSLATE_NOOP("keys", "Type it again: ")
_DIFFER = QT_TRANSLATE_NOOP("keys", "The two passphrases differ or are empty; try again.")


def _terminal_prompt(path: Path, new: bool) -> str | None:
    if not (sys.stdin and sys.stdin.isatty()):
        return None
    from minga.i18n import catalog

    cat = catalog()
    if not new:
        return getpass.getpass(cat("keys", _ASK, path=str(path)))
    while True:
        first = getpass.getpass(cat("keys", _CHOOSE, path=str(path)))
        again = getpass.getpass(cat("keys", _AGAIN))
        if first and first == again:
            return first
        sys.stderr.write(cat("keys", _DIFFER) + "\n")


_prompt: PassphrasePrompt = _terminal_prompt


def set_passphrase_prompt(prompt: PassphrasePrompt) -> None:
    """Lets the GUI ask for the key file's passphrase (after the environment variable)."""
    global _prompt  # noqa: PLW0603 (one process-wide hook, set once by the GUI)
    _prompt = prompt


# --- public keys and fingerprints -----------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(signing_key: str) -> str:
    """`K7QX-2MPD-9F4A-HT3R`: 80 bits of SHA-256 of the raw signing key, Crockford base32."""
    digest = hashlib.sha256(_unb64(signing_key)).digest()
    number = int.from_bytes(digest[:10], "big")
    chars = [_CROCKFORD[(number >> (5 * (15 - i))) & 31] for i in range(16)]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, 16, 4))


def is_signing_key(text: object) -> bool:
    if not isinstance(text, str) or len(text) != 44:
        return False
    try:
        return len(_unb64(text)) == 32
    except (binascii.Error, ValueError):
        return False


def is_encryption_key(text: object) -> bool:
    if not isinstance(text, str) or not text.startswith("age1") or len(text) > 100:
        return False
    from pyrage import x25519

    try:
        x25519.Recipient.from_str(text)
    except Exception:  # pyrage raises its own RecipientError (not always importable)
        return False
    return True


def verify_signature(signing_key: str, data: bytes, signature: bytes) -> bool:
    """True when `signature` is `signing_key`'s Ed25519 signature of `data`."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(_unb64(signing_key)).verify(signature, data)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def age_recipient(encryption_key: str) -> Any:
    from pyrage import x25519

    return x25519.Recipient.from_str(encryption_key)


@dataclass(frozen=True)
class PublicKeys:
    signing_key: str  # base64 of the raw 32-byte Ed25519 public key
    encryption_key: str  # age X25519 recipient, "age1..."

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key)


@dataclass(frozen=True)
class DeviceKeys:
    """The private keys of this installation for its person."""

    person_id: str
    device_id: str
    signing_secret: str  # base64 of the raw 32-byte Ed25519 private key
    encryption_secret: str  # "AGE-SECRET-KEY-1..."

    @classmethod
    def generate(cls, person_id: str, device_id: str) -> DeviceKeys:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import (
            Encoding,
            NoEncryption,
            PrivateFormat,
        )
        from pyrage import x25519

        signing = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        return cls(person_id, device_id, _b64(signing), str(x25519.Identity.generate()))

    def _signing(self) -> Any:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(_unb64(self.signing_secret))

    @property
    def public(self) -> PublicKeys:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        raw = self._signing().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicKeys(_b64(raw), str(self.identity().to_public()))

    def sign(self, data: bytes) -> bytes:
        return self._signing().sign(data)

    def identity(self) -> Any:
        from pyrage import x25519

        return x25519.Identity.from_str(self.encryption_secret)

    def entries(self) -> dict[str, str]:
        base = f"{self.person_id}/{self.device_id}"
        return {
            f"{base}/signing": self.signing_secret,
            f"{base}/encryption": self.encryption_secret,
        }


def _names(person_id: str, device_id: str) -> tuple[str, str]:
    base = f"{person_id}/{device_id}"
    return f"{base}/signing", f"{base}/encryption"


def _complete(person_id: str, device_id: str, signing: str | None, encryption: str | None):
    if not signing or not encryption:
        return None
    return DeviceKeys(person_id, device_id, signing, encryption)


# --- where private keys live ----------------------------------------------------------


@dataclass(frozen=True)
class Storage:
    """Where the private keys are, for `minga identity` and the GUI."""

    kind: str  # "keyring" or "file"
    backend: str  # keyring backend name, or "passphrase-protected file"
    path: str | None  # the key file, for kind "file"
    warning: bool  # True when the system keyring was missing or failing

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "backend": self.backend, "path": self.path}


def system_keyring() -> Any | None:
    """The OS keyring backend, or None when keyring has nothing usable."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration is "no keyring"
        log.warning("the system keyring could not be loaded: %s", exc)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    with contextlib.suppress(ImportError):
        from keyring.backends.chainer import ChainerBackend

        if isinstance(backend, ChainerBackend) and not backend.backends:
            return None
    return backend


def _backend_name(backend: Any) -> str:
    name = getattr(backend, "name", None)
    return str(name) if name else type(backend).__name__


_warned = False

# The reason recorded when no keyring backend exists at all (see `KeyVault`).
_NONE_INSTALLED = "none installed"
_NO_KEYRING = QT_TRANSLATE_NOOP(
    "keys",
    "No system keyring was found on this computer: Minga keeps your private keys in "
    "{path}, protected by a passphrase.",
)
_KEYRING_FAILED = QT_TRANSLATE_NOOP(
    "keys",
    "The system keyring did not answer ({reason}): Minga keeps your private keys in "
    "{path}, protected by a passphrase.",
)


def _warn_fallback(reason: str, path: Path) -> None:
    # The person reads this line (the command line prints warnings on stderr), so it is
    # one sentence in the language of the messages, not an English log line before it.
    from minga.i18n import catalog

    global _warned  # noqa: PLW0603 (say it once per process)
    if not _warned:
        _warned = True
        cat = catalog()
        if reason in ("", _NONE_INSTALLED):
            text = cat("keys", _NO_KEYRING, path=str(path))
        else:
            text = cat("keys", _KEYRING_FAILED, reason=reason, path=str(path))
        log.warning("%s", text)


#: A name never stored: reading it tells whether the keyring answers at all.
PROBE_NAME = "minga-probe"


class KeyVault:
    """Private keys of this data folder: the system keyring, else the key file."""

    def __init__(
        self,
        data_dir: Path,
        backend: Any | None = None,
        *,
        use_system_keyring: bool = True,
        prompt: PassphrasePrompt | None = None,
    ):
        self.key_file = KeyFile(Path(data_dir) / KEY_FILE, prompt)
        self.backend = backend
        if backend is None and use_system_keyring:
            self.backend = system_keyring()
        self._keyring_failed: str | None = None
        if self.backend is None:
            self._keyring_failed = _NONE_INSTALLED

    @property
    def _keyring_ok(self) -> bool:
        return self.backend is not None and self._keyring_failed is None

    def _keyring_call(self, method: str, *args: str) -> Any:
        try:
            return getattr(self.backend, method)(*args)
        except Exception as exc:
            self._keyring_failed = f"{_backend_name(self.backend)}: {exc}"
            _warn_fallback(self._keyring_failed, self.key_file.path)
            return None

    def load(self, person_id: str, device_id: str) -> DeviceKeys | None:
        """The keys of (person, device), or None if they were never made here."""
        signing_name, encryption_name = _names(person_id, device_id)
        if self._keyring_ok:
            found = _complete(
                person_id,
                device_id,
                self._keyring_call("get_password", SERVICE, signing_name),
                self._keyring_call("get_password", SERVICE, encryption_name),
            )
            if found:
                return found
        if not self._keyring_ok:
            _warn_fallback(self._keyring_failed or "", self.key_file.path)
        if self.key_file.path.exists():
            entries = self.key_file.read()
            return _complete(
                person_id, device_id, entries.get(signing_name), entries.get(encryption_name)
            )
        return None

    def save(self, keys: DeviceKeys) -> None:
        if self._keyring_ok:
            for name, secret in keys.entries().items():
                self._keyring_call("set_password", SERVICE, name, secret)
            if self._keyring_ok:
                return
        _warn_fallback(self._keyring_failed or "", self.key_file.path)
        self.key_file.write(keys.entries())

    def storage(self) -> Storage:
        """Where the private keys are (or will be): asked of the keyring itself, so a
        locked or broken one is found out before anyone is told the keys are there."""
        if self._keyring_ok:
            self._keyring_call("get_password", SERVICE, PROBE_NAME)
        if self._keyring_ok and not self.key_file.path.exists():
            return Storage("keyring", _backend_name(self.backend), None, False)
        return Storage("file", "passphrase-protected file", str(self.key_file.path), True)

    def place(self) -> str:
        info = self.storage()
        return (info.path or "") if info.kind == "file" else f"{info.backend} ({SERVICE})"


class KeyFile:
    """`keys.json`: private keys sealed with a key derived from a passphrase."""

    def __init__(self, path: Path, prompt: PassphrasePrompt | None = None):
        self.path = path
        self._prompt = prompt
        self._derived: dict[bytes, bytes] = {}

    def _passphrase(self, new: bool) -> str:
        value = os.environ.get(PASSPHRASE_ENV)
        if not value:
            value = (self._prompt or _prompt)(self.path, new)
        if not value:
            raise NoPassphraseError(path=str(self.path))
        return value

    def _key(self, kdf: dict[str, Any], new: bool) -> bytes:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        salt = _unb64(kdf["salt"])
        if salt not in self._derived:
            passphrase = self._passphrase(new)
            self._derived[salt] = Scrypt(
                salt=salt, length=32, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"])
            ).derive(passphrase.encode("utf-8"))
        return self._derived[salt]

    def _load_document(self) -> dict[str, Any]:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            if (
                document.get("format") != KEY_FILE_FORMAT
                or document.get("version") != KEY_FILE_VERSION
                or document["kdf"].get("name") != "scrypt"
                or not isinstance(document.get("entries"), dict)
            ):
                raise ValueError("unknown key file")
            return document
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DamagedKeyFileError(path=str(self.path)) from exc

    def read(self) -> dict[str, str]:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        document = self._load_document()
        if not document["entries"]:
            return {}
        aead = ChaCha20Poly1305(self._key(document["kdf"], new=False))
        entries: dict[str, str] = {}
        for name, sealed in document["entries"].items():
            try:
                plain = aead.decrypt(
                    _unb64(sealed["nonce"]), _unb64(sealed["data"]), name.encode("utf-8")
                )
            except InvalidTag as exc:
                self._derived.clear()
                raise WrongPassphraseError(path=str(self.path)) from exc
            except (KeyError, TypeError, ValueError, binascii.Error) as exc:
                raise DamagedKeyFileError(path=str(self.path)) from exc
            entries[name] = plain.decode("utf-8")
        return entries

    def write(self, new_entries: dict[str, str]) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        if self.path.exists():
            document = self._load_document()
            entries = self.read()
            kdf = document["kdf"]
        else:
            entries = {}
            kdf = {
                "name": "scrypt",
                "n": SCRYPT_N,
                "r": SCRYPT_R,
                "p": SCRYPT_P,
                "salt": _b64(secrets.token_bytes(16)),
            }
        entries.update(new_entries)
        aead = ChaCha20Poly1305(self._key(kdf, new=not self.path.exists()))
        sealed = {}
        for name, secret in sorted(entries.items()):
            nonce = secrets.token_bytes(12)
            data = aead.encrypt(nonce, secret.encode("utf-8"), name.encode("utf-8"))
            sealed[name] = {"nonce": _b64(nonce), "data": _b64(data)}
        document = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "about": "Minga private keys, sealed with ChaCha20-Poly1305 under a key derived "
            "from a passphrase with scrypt. See docs/bundle-format.md.",
            "kdf": kdf,
            "cipher": "chacha20-poly1305",
            "entries": sealed,
        }
        _write_private_file(self.path, json.dumps(document, indent=2).encode("utf-8"))


def _write_private_file(path: Path, data: bytes) -> None:
    try:
        atomic_write(path, data, mode=0o600)
    except OSError as exc:
        raise KeyStoreFailedError(place=str(path), reason=str(exc)) from exc


# --- this installation's keys ---------------------------------------------------------


def load_keys(session: Any, vault: KeyVault) -> DeviceKeys | None:
    """This installation's keys if they were made (never makes them)."""
    from minga.core.identity import current_actor

    actor = current_actor(session)
    return vault.load(actor.person_id, actor.device_id)


def ensure_keys(session: Any, vault: KeyVault) -> DeviceKeys:
    """This installation's keys, made and published on first need.

    When the person's record already publishes keys but the private halves are not
    here (a backup restored on another computer, a wiped keyring), this refuses rather
    than silently changing the person's identity: `new_keys` does that on request.
    """
    from minga.core.identity import current_actor
    from minga.store.models import Person

    actor = current_actor(session)
    keys = vault.load(actor.person_id, actor.device_id)
    person = session.get(Person, actor.person_id)
    if keys is not None:
        public = keys.public
        if person.signing_key is None:
            _publish(session, actor, public)
        return keys
    if person.signing_key:
        raise KeysMissingError(place=vault.place())
    return new_keys(session, vault)


def new_keys(session: Any, vault: KeyVault) -> DeviceKeys:
    """Makes new keys for this installation, stores them and publishes the public ones."""
    from minga.core.identity import current_actor

    actor = current_actor(session)
    keys = DeviceKeys.generate(actor.person_id, actor.device_id)
    vault.save(keys)
    _publish(session, actor, keys.public)
    log.info("new keys for %s on device %s", actor.person_id, actor.device_id)
    return keys


def _publish(session: Any, actor: Any, public: PublicKeys) -> None:
    from minga.core.identity import stamper
    from minga.store.models import Person

    person = session.get(Person, actor.person_id)
    person.signing_key = public.signing_key
    person.encryption_key = public.encryption_key
    stamper(session, actor).stamp(person)


# --- the same person in another of her microcentros (minga.core.networks) -------------


def install_network_keys(
    workspace: Any, target_dir: Path, device_id: str, *, backend: Any | None = None
) -> tuple[str, str]:
    """Stores this installation's private keys again for another data folder of the same
    person (one more microcentro), under that folder's `device_id`; makes them first if
    she has none yet. Returns the public keys (signing, encryption) to publish there.

    A key file (no system keyring) is copied whole, so the new folder opens with the same
    passphrase, which is not asked twice."""
    from minga.core.files import copy_atomically

    source = KeyVault(workspace.root, backend)
    with workspace.db.session() as session:
        keys = ensure_keys(session, source)
    target = KeyVault(target_dir, source.backend, use_system_keyring=False)
    if source.key_file.path.exists():
        copy_atomically(source.key_file.path, target.key_file.path, mode=0o600)
        target.key_file._derived.update(source.key_file._derived)
    target.save(DeviceKeys(keys.person_id, device_id, keys.signing_secret, keys.encryption_secret))
    public = keys.public
    return public.signing_key, public.encryption_key


# --- keys in a backup (moving Minga to another computer) -------------------------------

KEY_BACKUP_FORMAT = "minga-backup-keys"
KEY_BACKUP_VERSION = 1
MIN_PASSPHRASE = 8
MAX_SEALED_KEYS = 64 * 1024


class KeyBackupError(ValueError):
    """The sealed keys of a backup cannot be opened (`wrong` is True for a wrong passphrase)."""

    def __init__(self, detail: str, *, wrong: bool = False):
        super().__init__(detail)
        self.wrong = wrong


def seal_keys(keys: DeviceKeys, passphrase: str) -> bytes:
    """The private keys as an age file encrypted to a passphrase (an scrypt recipient),
    which the standard `age --decrypt` opens: a JSON document with the person, the
    device and both secrets."""
    from pyrage import passphrase as age_passphrase

    document = {
        "format": KEY_BACKUP_FORMAT,
        "version": KEY_BACKUP_VERSION,
        "person_id": keys.person_id,
        "device_id": keys.device_id,
        "signing_secret": keys.signing_secret,
        "encryption_secret": keys.encryption_secret,
        "fingerprint": keys.public.fingerprint,
    }
    plain = json.dumps(document, indent=1).encode("utf-8")
    return bytes(age_passphrase.encrypt(plain, passphrase))


def open_keys(sealed: bytes, passphrase: str) -> DeviceKeys:
    """The keys `seal_keys` wrote; `KeyBackupError` for a wrong passphrase or a damaged
    file (checked whole: both secrets must make the same keys they claim)."""
    import pyrage
    from pyrage import passphrase as age_passphrase

    if len(sealed) > MAX_SEALED_KEYS:
        raise KeyBackupError("the sealed keys are too large")
    try:
        plain = age_passphrase.decrypt(sealed, passphrase)
    except pyrage.DecryptError as exc:
        raise KeyBackupError(str(exc), wrong=True) from None
    except Exception as exc:  # pyrage raises its own header errors for a damaged file
        raise KeyBackupError(f"not an age file: {exc}") from None
    try:
        document = json.loads(bytes(plain).decode("utf-8"))
        if (
            not isinstance(document, dict)
            or document.get("format") != KEY_BACKUP_FORMAT
            or document.get("version") != KEY_BACKUP_VERSION
        ):
            raise ValueError("unknown format")
        fields = ("person_id", "device_id", "signing_secret", "encryption_secret")
        values = [document.get(name) for name in fields]
        texts = [v for v in values if isinstance(v, str) and 0 < len(v) <= 200]
        if len(texts) != len(fields):
            raise ValueError("a field is missing")
        keys = DeviceKeys(*texts)
        public = keys.public  # both secrets must be real keys
        if not is_signing_key(public.signing_key) or not is_encryption_key(public.encryption_key):
            raise ValueError("not keys")
    except (ValueError, TypeError, UnicodeDecodeError, binascii.Error) as exc:
        raise KeyBackupError(f"damaged keys: {exc}") from None
    except Exception as exc:  # cryptography and pyrage refuse bad secrets their own way
        raise KeyBackupError(f"damaged keys: {exc}") from None
    return keys
