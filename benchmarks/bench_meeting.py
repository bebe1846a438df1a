"""The monthly meeting over the room's network (issue 19), on loopback.

Ten teachers, each with a month of work (about 200 records: practices, 20 of them with a
2 MB photo), connect at once to the advisor's Minga: each sends her bundle, the host
imports them one at a time and sends each teacher the consolidated bundle made for her,
which she imports. The host runs in its own process (as `minga meeting host` would),
the teachers as threads of this one (each with her own data folder and keys).

Figures: the wall time from the first connection to the last teacher's import (budget:
under 60 s), when the host had served everyone (the last teacher's consolidated bundle
received: what remains is each teacher's own import, which in a room runs on ten
laptops, here on the same two cores), each teacher's time and bytes both ways, the
processor time the host and the teachers used (all rounds; unlike the wall time it
hardly grows with a busy machine's load), and the host process's resident memory: idle
(listening, before anyone connects) and its peak during the exchange
(budget: under 200 MB above idle). With `--rounds 2` a second round follows (what each
teacher still lacks from those who came after her), for information.

Keys are kept in a JSON-file keyring made for this script (the OS keyring is not used).

Usage: PYTHONPATH=desktop .venv/bin/python benchmarks/bench_meeting.py
       [--members 10] [--records 200] [--photos 20] [--photo-mb 2] [--rounds 1]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from common import RESULTS, isolate, machine, print_table, temp_folder, verdict

TIME_BUDGET_S = 60.0
MEMORY_BUDGET_MB = 200.0
MICROCENTRE = "Microcentro Los Copihues"


class JsonKeyring:
    """The smallest keyring backend: secrets in a JSON file (shared with the host's
    process, which only reads it); writes are serialized within this process."""

    _lock = threading.Lock()

    def __init__(self, path: Path):
        self.path = path

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            data = self._load()
            data[f"{service}/{username}"] = password
            self.path.write_text(json.dumps(data))

    name = "benchmark JSON keyring"


class Device:
    def __init__(self, root: Path, keyring: JsonKeyring):
        from minga.core.workspace import Workspace
        from minga.sync.keys import KeyVault

        self.root = root
        self.ws = Workspace(root)
        self.vault = KeyVault(root, keyring)

    def init(self, role: str, name: str, **extra: Any) -> Device:
        from minga.services.setup import SetupInput, initialize

        initialize(
            self.ws.db,
            SetupInput(
                role=role, name=name, microcentre=MICROCENTRE, accept_rbd_check_digit=True, **extra
            ),
        )
        return self

    def export(self, out: Path, **options: Any) -> Path:
        from minga.sync.export import export_bundle

        return export_bundle(self.ws, out, vault=self.vault, **options).paths[0]

    def import_(self, path: Path, **options: Any) -> Any:
        from minga.sync.importer import import_file

        return import_file(self.ws, [path], vault=self.vault, **options)

    def close(self) -> None:
        self.ws.close()


def _png(size: int) -> bytes:
    """A PNG signature and header, then noise (as incompressible as a photo)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    return head + os.urandom(max(0, size - len(head)))


def build(
    folder: Path, keyring: JsonKeyring, *, members: int, records: int, photos: int, photo_bytes: int
) -> tuple[Device, list[Device]]:
    """The advisor and `members` teachers who joined and were accepted, each teacher
    with `records` practices, `photos` of them with a photo, not yet sent."""
    from minga.core.attachments import AttachmentStore
    from minga.services.practices import PracticeInput, PracticeService

    advisor = Device(folder / "asesora", keyring).init("advisor", "Rosa Elena Pérez Millar")
    invitation = folder / "invitacion.minga"
    from minga.sync.membership import write_invitation

    write_invitation(advisor.ws, invitation, advisor.vault)
    teachers = []
    for number in range(members):
        teacher = Device(folder / f"docente{number:02d}", keyring).init(
            "teacher",
            f"Docente {number + 1:02d}",
            school=f"Escuela Rural {number + 1:02d}",
            rbd=f"{4000 + number}-{(4000 + number) % 9}",
        )
        teacher.import_(invitation)
        advisor.import_(teacher.export(folder / f"hola{number:02d}.minga"), accept_new_members=True)
        teachers.append(teacher)
    roster = advisor.export(folder / "consolidado-inicial.minga")
    photo = folder / "foto.png"
    for number, teacher in enumerate(teachers):
        teacher.import_(roster)
        service = PracticeService(teacher.ws.db, AttachmentStore(teacher.ws.dirs.attachments))
        for index in range(records):
            practice = service.create(
                PracticeInput(
                    title=f"Práctica {index + 1} de la docente {number + 1}",
                    description="Trabajo del mes en la escuela multigrado. " * 8,
                    subjects=["MA"],
                    levels=["3B", "4B"],
                )
            )
            if index < photos:
                photo.write_bytes(_png(photo_bytes))
                service.attach(practice.id, photo)
    advisor.close()
    return advisor, teachers


# --- the host, in its own process -----------------------------------------------------


def child_host(root: Path, keyring_path: Path) -> None:
    """Listens on loopback and prints its address; stops when stdin closes."""
    from minga.meeting.host import Host
    from minga.sync.keys import KeyVault

    host = Host(root, vault=KeyVault(root, JsonKeyring(keyring_path)), port=0, bind="127.0.0.1")
    info = host.start()
    print(json.dumps({"address": info.address, "code": info.code}), flush=True)
    sys.stdin.read()
    host.stop()


def _rss_kb(pid: int, field: str = "VmRSS") -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int) -> float:
    """User and system processor time of a process so far (all its threads)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _load() -> float:
    """The one-minute load average (0 where the system has none, Windows)."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0


class Sampler(threading.Thread):
    """The host process's resident memory every 20 ms (its peak)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, _rss_kb(self.pid))
            self.stop.wait(0.02)


def exchange(teachers: list[Device], address: str, code: str) -> tuple[float, list[dict]]:
    """Every teacher joins at once; (wall seconds, per-teacher figures)."""
    from minga.meeting.member import join

    results: list[dict] = [{} for _ in teachers]
    started = time.perf_counter()

    def run(number: int, teacher: Device) -> None:
        marks: dict[str, float] = {}

        def progress(phase: str, _done: int, _total: int) -> None:
            marks.setdefault(phase, time.perf_counter() - started)

        try:
            outcome = join(teacher.ws, address, code=code, vault=teacher.vault, progress=progress)
            totals = outcome.result.totals
            results[number] = {
                "seconds": time.perf_counter() - started,
                # The host is done with her when her own import starts (on her laptop).
                "served": marks.get("importing", 0.0),
                "sent": outcome.sent_bytes,
                "received": outcome.received_bytes,
                "new": totals.new,
                "attachments": outcome.result.attachments,
            }
        except Exception as exc:  # reported in the table
            results[number] = {"seconds": time.perf_counter() - started, "error": repr(exc)}

    threads = [threading.Thread(target=run, args=(n, t)) for n, t in enumerate(teachers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=900)
    return time.perf_counter() - started, results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10)
    parser.add_argument("--records", type=int, default=200)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--photo-mb", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--child-host", nargs=2, metavar=("ROOT", "KEYRING"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    isolate()
    if args.child_host:
        child_host(Path(args.child_host[0]), Path(args.child_host[1]))
        return 0
    print(machine())
    with temp_folder("minga-bench-meeting-") as folder:
        keyring = JsonKeyring(folder / "keyring.json")
        started = time.perf_counter()
        advisor, teachers = build(
            folder,
            keyring,
            members=args.members,
            records=args.records,
            photos=args.photos,
            photo_bytes=int(args.photo_mb * 1_000_000),
        )
        print(
            f"setup: {len(teachers)} teachers x {args.records} practices, {args.photos} photos "
            f"of {args.photo_mb} MB each, in {time.perf_counter() - started:.0f} s"
        )
        env = dict(os.environ)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1] / "desktop")
        host = subprocess.Popen(
            [sys.executable, __file__, "--child-host", str(advisor.root), str(keyring.path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert host.stdout is not None
        assert host.stdin is not None
        info = json.loads(host.stdout.readline())
        time.sleep(0.5)
        idle_kb = _rss_kb(host.pid)
        sampler = Sampler(host.pid)
        sampler.start()
        rounds = []
        host_cpu = _cpu_seconds(host.pid)
        teachers_cpu = time.process_time()
        load_before = _load()
        for _round in range(args.rounds):
            rounds.append(exchange(teachers, info["address"], info["code"]))
        host_cpu = _cpu_seconds(host.pid) - host_cpu
        teachers_cpu = time.process_time() - teachers_cpu
        sampler.stop.set()
        sampler.join()
        peak_kb = max(sampler.peak, _rss_kb(host.pid, "VmHWM"))
        host.stdin.close()
        host.wait(timeout=120)
        for teacher in teachers:
            teacher.close()

    for number, (seconds, results) in enumerate(rounds, start=1):
        rows = []
        for index, result in enumerate(results, start=1):
            if "error" in result:
                rows.append([f"docente {index:02d}", f"{result['seconds']:.1f}", "-", "-", "-",
                             "-", result["error"][:60]])  # fmt: skip
                continue
            rows.append(
                [
                    f"docente {index:02d}",
                    f"{result['seconds']:.1f}",
                    f"{result['served']:.1f}",
                    f"{result['sent'] / 1e6:.1f}",
                    f"{result['received'] / 1e6:.1f}",
                    str(result["new"]),
                    str(result["attachments"]),
                ]
            )
        print()
        print_table(
            f"round {number}: all {len(results)} teachers at once",
            ["teacher", "done s", "served s", "sent MB", "received MB", "new", "photos in"],
            rows,
        )
        sent = sum(r.get("sent", 0) for r in results) / 1e6
        received = sum(r.get("received", 0) for r in results) / 1e6
        served = max(r.get("served", 0.0) for r in results)
        print(
            f"round {number}: {seconds:.1f} s wall, {sent:.0f} MB up, {received:.0f} MB down; "
            f"the host had served everyone at {served:.1f} s (the rest is the teachers' "
            "imports, here all on this machine)"
        )
    first = rounds[0][0]
    failures = sum(1 for _s, results in rounds for r in results if "error" in r)
    growth_mb = (peak_kb - idle_kb) / 1024
    load_after = _load()
    figures = {
        "machine": machine(),
        "members": args.members,
        "records": args.records,
        "photos": args.photos,
        "photo_mb": args.photo_mb,
        "rounds": [
            {
                "wall_s": round(seconds, 1),
                "served_s": round(max(r.get("served", 0.0) for r in results), 1),
                "up_mb": round(sum(r.get("sent", 0) for r in results) / 1e6),
                "down_mb": round(sum(r.get("received", 0) for r in results) / 1e6),
            }
            for seconds, results in rounds
        ],
        "host_cpu_s": round(host_cpu, 1),
        "teachers_cpu_s": round(teachers_cpu, 1),
        "load_before": round(load_before, 1),
        "load_after": round(load_after, 1),
        "host_idle_mb": round(idle_kb / 1024),
        "host_peak_mb": round(peak_kb / 1024),
        "failed": failures,
    }
    # The latest figures, and every run's in a history to compare (benchmarks/results/
    # is not in git).
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "meeting-latest.json").write_text(json.dumps(figures, indent=1) + "\n")
    with (RESULTS / "meeting-history.jsonl").open("a") as history:
        history.write(json.dumps(figures) + "\n")
    print()
    print_table(
        "the meeting",
        ["figure", "value", "budget", "verdict"],
        [
            ["round 1 wall time (s)", f"{first:.1f}", f"< {TIME_BUDGET_S:.0f}",
             verdict(first < TIME_BUDGET_S)],
            ["host processor time (s)", f"{host_cpu:.1f}", "", ""],
            ["teachers' processor time (s)", f"{teachers_cpu:.1f}", "", ""],
            ["load average before / at the end", f"{load_before:.1f} / {load_after:.1f}",
             "", ""],
            ["host idle RSS (MB)", f"{idle_kb / 1024:.0f}", "", ""],
            ["host peak RSS (MB)", f"{peak_kb / 1024:.0f}", "", ""],
            ["host growth (MB)", f"{growth_mb:.0f}", f"< {MEMORY_BUDGET_MB:.0f}",
             verdict(growth_mb < MEMORY_BUDGET_MB)],
            ["failed exchanges", str(failures), "0", "ok" if not failures else "FAILED"],
        ],
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
