"""Coverage-guided fuzzing of the bundle parsers, for a bounded time.

    python tests/fuzz/run_fuzz.py --seconds 60

One target takes arbitrary bytes and, by its first byte, feeds the rest to one parser
of what a bundle or an invitation holds: the cleartext prefix (`container.read_prefix`),
the archive (`container.scan_archive`), the manifest (`manifest.parse`), a records line
(`json` then `schema.validate` of a kind), a conflicts line, and an invitation
(`membership.read_invitation`). Each parser may refuse its input only with the errors it
documents (a `SyncError`, which the CLI turns into a sentence and exit 2, or a
`RecordError`); any other exception is a finding: the run stops and exits non-zero,
leaving the input in `--artifacts` (default: a temporary folder) to reproduce it.

The fuzzer is atheris (libFuzzer) with the parsers' modules instrumented; seeds are
valid inputs of every kind, so mutations start from deep inside the formats. Without
atheris (it installs on Linux only), random mutations of the same seeds drive the same
target (not coverage-guided). The number of inputs run is printed at the end: by
libFuzzer as "Done N runs in S second(s)", by the random driver as "fuzz: N inputs in
S s". Exit status: 0 when nothing was found; atheris exits 77 (or another non-zero
status) on a finding, the random driver re-raises it (1).
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]

TARGETS = ("prefix", "archive", "manifest", "record", "conflict", "invitation")
_runs = [0]  # inputs run so far (a list: the target closes over it)
_started = time.monotonic()


def _report() -> None:
    elapsed = time.monotonic() - _started
    print(f"fuzz: {_runs[0]} inputs in {elapsed:.0f} s", flush=True)


def _modules() -> dict[str, Any]:
    from minga.domain import schema
    from minga.sync import container, errors, manifest, membership

    return {
        "schema": schema,
        "container": container,
        "errors": errors,
        "manifest": manifest,
        "membership": membership,
    }


def make_target(m: dict[str, Any]):
    schema, container, errors = m["schema"], m["container"], m["errors"]
    manifest, membership = m["manifest"], m["membership"]
    expected = (errors.SyncError, schema.RecordError)
    limits = container.Limits(
        max_total_bytes=1 << 20, max_members=64, max_manifest_bytes=1 << 16,
        max_records_bytes=1 << 18, max_plain_bytes=1 << 20, max_line_bytes=1 << 16,
        max_attachment_bytes=1 << 16,
    )  # fmt: skip
    kinds = schema.KINDS

    def record(data: bytes, conflict: bool) -> None:
        try:
            doc = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError):
            return  # the importer refuses a line that is not JSON (MalformedBundleError)
        if conflict:
            if type(doc) is not dict or doc.keys() != {"kind", "record_id", "version", "record"}:
                return
            kind, doc = doc["kind"], doc["record"]
        else:
            kind = kinds[len(data) % len(kinds)]
        schema.validate(kind, doc)

    def one_input(data: bytes) -> None:
        _runs[0] += 1
        if not data:
            return
        target, body = TARGETS[data[0] % len(TARGETS)], data[1:]
        try:
            if target == "prefix":
                container.read_prefix(io.BytesIO(body), "fuzz")
            elif target == "archive":
                container.scan_archive(io.BytesIO(body), "fuzz", limits, lambda *_: None)
            elif target == "manifest":
                manifest.parse(body, "fuzz")
            elif target == "record":
                record(body, conflict=False)
            elif target == "conflict":
                record(body, conflict=True)
            else:
                membership.read_invitation(io.BytesIO(body), "fuzz")
        except expected:
            pass

    return one_input


# --- seeds: valid inputs of every kind -----------------------------------------------


def _keys() -> tuple[str, str, bytes]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    from pyrage import x25519

    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    recipient = str(x25519.Identity.generate().to_public())
    return base64.b64encode(public).decode(), recipient, private.sign


def seeds() -> list[bytes]:
    from minga.store.db import SCHEMA_HEAD
    from minga.sync.container import ArchiveWriter, prefix
    from tests.fuzz.strategies import sample

    signing, recipient, sign = _keys()
    person = "00000000-0000-0000-0000-000000000007"
    records = {kind: json.dumps(sample(kind)).encode() for kind in _modules()["schema"].KINDS}
    member = gzip.compress(records["practice"] + b"\n")
    doc = {
        "format": "minga-bundle",
        "format_version": 1,
        "schema_version": SCHEMA_HEAD,
        "app_version": "0.1.0",
        "bundle_id": "00000000-0000-0000-0000-000000000001",
        "created_at": "2026-03-01T10:00:00+00:00",
        "sender": {
            "device_id": "device_1", "person_id": person, "name": "Ana", "role": "teacher",
            "signing_key": signing, "encryption_key": recipient,
        },
        "microcentre_id": None,
        "recipients": [{"person_id": person, "encryption_key": recipient}],
        "consolidated": False, "full": True, "base_seq": 0, "seq_max": 3,
        "acks": {"device_2": 1},
        "counts": {"practice": 1},
        "conflicts": 0,
        "members": {
            "records/practice.jsonl.gz": {
                "sha256": hashlib.sha256(member).hexdigest(), "size": len(member),
            }
        },
        "roster": [],
    }  # fmt: skip
    manifest_bytes = json.dumps(doc, indent=1).encode()
    archive = io.BytesIO()
    writer = ArchiveWriter(archive)
    for name, data in (
        ("manifest.json", manifest_bytes),
        ("manifest.sig", sign(manifest_bytes)),
        ("records/practice.jsonl.gz", member),
    ):
        writer.add_bytes(name, data)
    writer.close()
    advisor = {
        "person_id": person, "name": "Rosa", "role": "advisor", "school_id": None,
        "microcentre_id": None, "membership": "active", "signing_key": signing,
        "encryption_key": recipient, "device_id": "device_1",
    }  # fmt: skip
    invitation_body = json.dumps(
        {
            "format": "minga-invitation",
            "invitation_id": "00000000-0000-0000-0000-000000000003",
            "created_at": "2026-03-01T10:00:00+00:00",
            "advisor": advisor,
            "microcentre": {
                "id": "00000000-0000-0000-0000-000000000004",
                "owner": person,
                "name": "Los Copihues",
                "region": "",
                "commune": "",
                "annual_focus": "",
                "annual_goal_practices": 7,
                "advisor_id": person,
            },
            "schools": [],
            "members": [],
            "roster_version": 1,
        }
    ).encode()
    invitation = invitation_body + b"\n" + base64.b64encode(sign(invitation_body)) + b"\n"
    conflict = json.dumps(
        {
            "kind": "practice",
            "record_id": person,
            "version": "1764000000000-0000-d",
            "record": sample("practice"),
        }
    ).encode()
    found = [
        bytes([TARGETS.index("prefix")]) + prefix(),
        bytes([TARGETS.index("prefix")]) + b"MINGA-INVITATION 1\n",
        bytes([TARGETS.index("archive")]) + archive.getvalue(),
        bytes([TARGETS.index("manifest")]) + manifest_bytes,
        bytes([TARGETS.index("conflict")]) + conflict,
        bytes([TARGETS.index("invitation")]) + invitation,
    ]
    kinds = list(records)
    for kind, line in records.items():
        # The record target picks the kind from the length: pad to land on this kind.
        padded = line
        while len(padded) % len(kinds) != kinds.index(kind):
            padded += b" "
        found.append(bytes([TARGETS.index("record")]) + padded)
    return found


# --- drivers --------------------------------------------------------------------------


def run_atheris(seconds: int, artifacts: Path, corpus: Path) -> int:
    import atheris

    with atheris.instrument_imports(include=["minga"]):
        modules = _modules()
    target = make_target(modules)
    for number, seed in enumerate(seeds()):
        (corpus / f"seed-{number:02d}").write_bytes(seed)
    argv = [
        sys.argv[0],
        f"-max_total_time={seconds}",
        f"-artifact_prefix={artifacts}{os.sep}",
        "-rss_limit_mb=2048",
        "-max_len=65536",
        "-print_final_stats=1",
        str(corpus),
    ]
    atheris.Setup(argv, target)
    atheris.Fuzz()  # exits the process: 0 at the time limit, non-zero on a finding
    return 0  # pragma: no cover


def run_random(seconds: int) -> int:
    import random

    target = make_target(_modules())
    rng = random.Random(0)
    pool = seeds()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        data = bytearray(rng.choice(pool))
        for _ in range(rng.randint(1, 8)):  # a few random byte mutations of a seed
            if not data:
                break
            where = rng.randrange(len(data))
            action = rng.random()
            if action < 0.4:
                data[where] = rng.randrange(256)
            elif action < 0.7:
                del data[where : where + rng.randint(1, 16)]
            else:
                data[where:where] = rng.randbytes(rng.randint(1, 16))
        if not data:
            continue
        try:
            target(bytes(data))
        except Exception:
            path = Path(tempfile.mkdtemp(prefix="minga-fuzz-")) / "crash"
            path.write_bytes(bytes(data))
            _report()
            print(f"fuzz: unexpected exception; input saved in {path}", file=sys.stderr)
            raise
    _report()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long to fuzz")
    parser.add_argument("--artifacts", type=Path, help="where findings are written")
    parser.add_argument(
        "--engine", choices=("atheris", "random"), help="default: atheris when installed"
    )
    args = parser.parse_args(argv)
    if not 1 <= args.seconds <= 86_400:
        parser.error("--seconds must be between 1 and 86400")
    engine = args.engine
    if engine is None:
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "random"
        else:
            engine = "atheris"
    work = Path(tempfile.mkdtemp(prefix="minga-fuzz-"))
    artifacts = args.artifacts or work / "findings"
    artifacts.mkdir(parents=True, exist_ok=True)
    print(f"fuzz: {engine} for {args.seconds} s; findings go to {artifacts}", flush=True)
    if engine == "atheris":
        corpus = work / "corpus"
        corpus.mkdir()
        return run_atheris(args.seconds, artifacts, corpus)
    return run_random(args.seconds)


if __name__ == "__main__":
    sys.exit(main())
