"""Two versions of Minga in one network: the released wave-1 Minga against this one.

Every installation is its own data folder driven by its own `minga` process: wave 1 from
its frozen venv (tests/support/wave1.py, commit `WAVE1_COMMIT`), this Minga from the
source tree. Bundles pass through one USB folder.

What each version sees (docs/bundle-format.md, Compatibility):
- wave 1 refuses every bundle of this Minga ("made by a newer Minga (data version N).
  Update Minga"), as it was written; it cannot be changed, and nothing changes in it;
- this Minga reads wave 1's invitation and bundles (every kind wave 1 knows, filled
  with the defaults of the columns added since);
- when a wave-1 installation is updated (this Minga's migrations run on its data
  folder), it imports what it refused before, and everyone converges: nothing was lost;
- every kind wave 1 knows crosses both ways (test_every_kind_wave1_knows_crosses_both_ways);
  an observation note (and its replies) a wave-1 observer let the whole network read
  arrives as `advisor`, as this Minga's consent migration (0010) reads stored ones: only
  the observed teacher widens it now.

Skipped when the wave-1 venv is missing (prepared by `make wave1`), except under CI
(`CI` set), where its absence fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import future_minga, wave1
from tests.support.cli import Cli
from tests.sync.conftest import ANA, PEDRO, ROSA

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wave1_python() -> Path:
    if not wave1.ready():
        message = f"the wave-1 Minga ({wave1.WAVE1_COMMIT[:12]}) is not prepared: make wave1"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return wave1.python()


class Installation:
    """One data folder, driven by one version's command line.

    `wave1` and `future` run in their own processes (their own code); `current` is this
    Minga's command line run in this process (tests/support/cli.py: it answers as a real
    process does, faster).
    """

    def __init__(self, root: Path, version: str, wave1_python: Path | None = None):
        self.root = root
        self.version = version
        self.wave1_python = wave1_python

    def __call__(self, *args: str, expect: int = 0) -> str:
        argv = ["--data-dir", str(self.root), "--lang", "en", *args]
        if self.version == "current":
            done = Cli(self.root)(*args)
        else:
            env = dict(os.environ)  # the file-backed keyring of `sync_cli_env`
            if self.version == "wave1":
                # The wave-1 process must not see this Minga's sources.
                python, module, env["PYTHONPATH"] = str(self.wave1_python), "minga", str(ROOT)
            else:
                python, module = sys.executable, "tests.support.future_minga"
                env["PYTHONPATH"] = f"{ROOT / 'desktop'}{os.pathsep}{ROOT}"
            done = subprocess.run(
                [python, "-m", module, *argv],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=False,
                cwd=self.root.parent,
            )
        assert done.returncode == expect, (self.version, args, done.stdout, done.stderr)
        return done.stdout + done.stderr

    def updated(self, version: str = "current") -> Installation:
        """The same folder, now opened by a later Minga (its migrations run)."""
        return Installation(self.root, version)

    def titles(self) -> set[str]:
        listed = json.loads(self("practice", "list", "--json", "--limit", "0"))
        return {p["title"] for p in listed["practices"]}

    def rows(self, sql: str) -> list[tuple]:
        # Closed at once: a connection left to the garbage collector would keep this
        # process's view of the WAL while another process's Minga rewrites it.
        with contextlib.closing(sqlite3.connect(self.root / "minga.sqlite3")) as conn:
            return conn.execute(sql).fetchall()


def _teacher(cli: Installation, who: dict[str, str]) -> None:
    cli("init", "--role", "teacher", "--name", who["name"], "--school", who["school"],
        "--rbd", who["rbd"], "--accept-rbd")  # fmt: skip


def test_a_new_advisor_with_a_wave1_teacher(
    tmp_path: Path, wave1_python: Path, sync_cli_env: Path
) -> None:
    usb = tmp_path / "pendrive"
    usb.mkdir()
    rosa = Installation(tmp_path / "rosa", "current")
    ana = Installation(tmp_path / "ana", "wave1", wave1_python)
    rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues")
    rosa("invite", "--out", str(usb / "invitacion.minga"))
    _teacher(ana, ANA)
    # Wave 1 reads this Minga's invitation and joins.
    assert "You joined Los Copihues" in ana("import", str(usb / "invitacion.minga"))
    added = json.loads(
        ana("practice", "add", "--title", "Huerto escolar (wave 1)", "--subject", "CN", "--json")
    )
    photo = tmp_path / "huerto.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"h" * 5000)
    ana("practice", "attach", added["id"], str(photo))
    ana("export", "--out", str(usb / "ana-1.minga"))
    # This Minga reads wave 1's bundle.
    summary = json.loads(rosa("import", str(usb / "ana-1.minga"), "--accept-new-members", "--json"))
    assert summary[0]["kinds"]["practice"]["new"] == 1
    assert summary[0]["kinds"]["attachment"]["new"] == 1
    assert summary[0]["attachments"] == 1
    assert summary[0]["newer_records"] == {}
    rosa("practice", "add", "--title", "Pauta de observación (nueva)")
    rosa("export", "--out", str(usb / "rosa-1.minga"))
    # Wave 1 refuses it as it was written, and nothing changes there.
    refused = ana("import", str(usb / "rosa-1.minga"), expect=2)
    assert "made by a newer Minga" in refused
    assert "Update Minga" in refused
    assert ana.titles() == {"Huerto escolar (wave 1)"}
    # Ana updates: her folder is migrated, and the bundle she could not read arrives.
    ana = ana.updated()
    assert ana.titles() == {"Huerto escolar (wave 1)"}
    ana("import", str(usb / "rosa-1.minga"))
    assert (
        ana.titles()
        == rosa.titles()
        == {
            "Huerto escolar (wave 1)",
            "Pauta de observación (nueva)",
        }
    )
    ana("check")


def test_a_wave1_advisor_with_a_new_teacher(
    tmp_path: Path, wave1_python: Path, sync_cli_env: Path
) -> None:
    usb = tmp_path / "pendrive"
    usb.mkdir()
    rosa = Installation(tmp_path / "rosa", "wave1", wave1_python)
    pedro = Installation(tmp_path / "pedro", "current")
    rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues")
    rosa("invite", "--out", str(usb / "invitacion.minga"))
    _teacher(pedro, PEDRO)
    # This Minga reads wave 1's invitation.
    pedro("import", str(usb / "invitacion.minga"), "--fingerprint-checked")
    pedro("practice", "add", "--title", "Tiendita escolar (nueva)", "--level", "2B")
    pedro("export", "--out", str(usb / "pedro-1.minga"))
    # Wave 1 refuses this Minga's bundle (nothing changes), and so has nobody to send to.
    refused = rosa("import", str(usb / "pedro-1.minga"), "--accept-new-members", expect=2)
    assert "made by a newer Minga" in refused
    lectura = json.loads(
        rosa("practice", "add", "--title", "Lectura compartida (wave 1)", "--json")
    )["id"]
    rosa("session", "add", "--date", "2026-11-20", "--title", "Sesión de noviembre",
         "--agenda", "Lectura compartida:30")  # fmt: skip
    rosa("session", "present", "--session", "latest", "--practice", lectura)
    rosa("session", "evaluate", "--session", "latest", "--practice", lectura,
         "--replicability", "yes", "--strengths", "Clara y breve")  # fmt: skip
    rosa("session", "survey", "--session", "latest", "--useful", "4", "--prepared", "3",
         "--trust", "4", "--count", "5")  # fmt: skip
    # The advisor updates: her wave-1 folder is migrated; the refused bundle now arrives,
    # and her consolidated bundle (records written by wave 1) reaches the new teacher.
    rosa = rosa.updated()
    rosa("import", str(usb / "pedro-1.minga"), "--accept-new-members")
    rosa("export", "--out", str(usb / "rosa-1.minga"))
    pedro("import", str(usb / "rosa-1.minga"))
    assert (
        pedro.titles()
        == rosa.titles()
        == {
            "Tiendita escolar (nueva)",
            "Lectura compartida (wave 1)",
        }
    )
    sessions = json.loads(pedro("sessions", "--json"))
    assert [s["title"] for s in sessions["sessions"]] == ["Sesión de noviembre"]
    # The teacher's cycle on the advisor's (wave-1) practice goes back to the advisor.
    adoption = json.loads(
        pedro("adopt", "--practice", lectura, "--session", sessions["sessions"][0]["id"], "--json")
    )
    pedro("apply", "--adoption", adoption["id"], "--date", "2026-11-25", "--level", "2B",
          "--students", "9")  # fmt: skip
    pedro("self-assess", "--adoption", adoption["id"], "--decision", "continue")
    pedro("export", "--out", str(usb / "pedro-2.minga"))
    rosa("import", str(usb / "pedro-2.minga"))
    kinds = json.loads(rosa("stats", "--json"))["kinds"]
    cycle = (
        "session",
        "presentation",
        "practice_feedback",
        "satisfaction_response",
        "adoption",
        "application",
        "self_assessment",
    )
    assert {kind: kinds[kind]["live"] for kind in cycle} == dict.fromkeys(cycle, 1)
    rosa("check")


def test_a_future_teacher_with_this_advisor_and_a_colleague(
    tmp_path: Path, sync_cli_env: Path
) -> None:
    """A test-only later schema revision (tests/support/future_minga.py: a new kind
    `peer_badge` and a new practice field `replication_score`) against this Minga: the
    advisor keeps and relays what she does not understand, the colleague keeps it too,
    and when the colleague updates, it becomes real records and columns."""
    usb = tmp_path / "pendrive"
    usb.mkdir()
    rosa = Installation(tmp_path / "rosa", "current")
    ana = Installation(tmp_path / "ana", "future")
    pedro = Installation(tmp_path / "pedro", "current")
    rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues")
    rosa("invite", "--out", str(usb / "invitacion.minga"))
    for teacher, who in ((ana, ANA), (pedro, PEDRO)):
        _teacher(teacher, who)
        teacher("import", str(usb / "invitacion.minga"), "--fingerprint-checked")
    ana("practice", "add", "--title", "Huerto escolar (futuro)")
    with contextlib.closing(sqlite3.connect(ana.root / "minga.sqlite3")) as conn, conn:
        # the future's new field
        conn.execute(f"UPDATE practices SET {future_minga.FIELD} = 4")
    ana("future-badge", "--title", "Insignia: huerto compartido", "--points", "3")
    # The update travels with the bundle: the installers she has, beside it.
    builds = tmp_path / "builds"
    builds.mkdir()
    (builds / "minga_0.2.0_amd64.deb").write_bytes(b"!<arch>\n" + b"deb" * 1000)
    (builds / "Minga-0.2.0-setup.exe").write_bytes(b"MZ" + b"exe" * 1000)
    written = ana("export", "--out", str(usb / "ana-1.minga"), "--with-installer", str(builds))
    assert "minga_0.2.0_amd64.deb" in written
    summary = json.loads(rosa("import", str(usb / "ana-1.minga"), "--accept-new-members", "--json"))
    assert summary[0]["newer_records"] == {future_minga.KIND: 1}
    assert summary[0]["newer_app"] == future_minga.FUTURE_VERSION
    deb = usb / "minga_0.2.0_amd64.deb"
    assert summary[0]["update"] == {"version": "0.2.0", "folder": str(usb), "installer": str(deb)}
    from minga.core.workspace import Workspace
    from minga.services.home import home_summary

    with Workspace(rosa.root) as ws:
        home = home_summary(ws.db)
    assert (home.newer_records, home.update.installer) == (1, str(deb))
    ((badge_line,),) = rosa.rows("SELECT payload FROM unknown_records")
    pedro("export", "--out", str(usb / "pedro-1.minga"))
    rosa("import", str(usb / "pedro-1.minga"), "--accept-new-members")
    rosa("export", "--out", str(usb / "rosa-1.minga"))
    # The colleague on this Minga keeps both, as they came; the future teacher gets hers
    # back unchanged (nothing was rewritten on the way).
    pedro("import", str(usb / "rosa-1.minga"))
    assert pedro.rows("SELECT payload FROM unknown_records") == [(badge_line,)]
    assert json.loads(pedro.rows("SELECT fields FROM unknown_fields")[0][0]) == {
        future_minga.FIELD: 4
    }
    back = ana("import", str(usb / "rosa-1.minga"))
    assert f"{future_minga.KIND}: 0 new, 0 updated, 1 unchanged" in back
    assert ana.titles() == pedro.titles() == rosa.titles() == {"Huerto escolar (futuro)"}
    # Pedro updates to the future version: what was kept becomes real.
    pedro = pedro.updated("future")
    pedro("export", "--out", str(usb / "pedro-2.minga"))
    assert pedro.rows("SELECT title, points FROM peer_badges") == [
        ("Insignia: huerto compartido", 3)
    ]
    assert pedro.rows(f"SELECT title, {future_minga.FIELD} FROM practices") == [
        ("Huerto escolar (futuro)", 4)
    ]
    assert pedro.rows("SELECT count(*) FROM unknown_records") == [(0,)]
    assert pedro.rows("SELECT count(*) FROM unknown_fields") == [(0,)]


# Run by either version's Python inside one installation's folder (`python -c`): its own
# command line (`minga.cli.main`) and services write one record of every kind wave 1
# knows. argv: the data folder and a JSON plan {"tag", "role", "date", "practice",
# "session", "observe"}.
WRITE_EVERY_KIND = r"""
import contextlib, io, json, sys
from pathlib import Path

root, plan = Path(sys.argv[1]), json.loads(sys.argv[2])
tag, date = plan["tag"], plan["date"]
try:
    from minga.core.identity import current_actor, stamper
    from minga.core.workspace import Workspace

    widest = "advisor"  # the observed teacher widens it (a consent), not the observer
except ImportError:  # wave 1: the observer chose who reads the note
    from minga.services.identity import current_actor, stamper
    from minga.services.workspace import Workspace

    widest = "network"
from minga.cli import main
from minga.services.improvement import CycleInput, ImprovementService
from minga.services.observation import ObservationInput, ObservationService
from minga.services.templates import default_template_id, ensure_default_templates
from minga.store.models import ObservationNote, Template


def cli(*args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--data-dir", str(root), "--lang", "en", *args])
    assert code == 0, (args, out.getvalue())
    return json.loads(out.getvalue()) if "--json" in args else out.getvalue()


if plan["role"] == "advisor":
    practice = cli("practice", "add", "--title", f"Lectura ({tag})", "--json")["id"]
    cli("session", "add", "--date", date, "--title", f"Sesión ({tag})",
        "--agenda", "Lectura compartida:30")
    cli("session", "present", "--session", "latest", "--practice", practice)
    cli("session", "attend", "--session", "latest",
        *[arg for who in plan["members"] for arg in ("--present", who)])
    cli("session", "minutes", "--session", "latest", "--text", f"Acta ({tag})")
    cli("session", "evaluate", "--session", "latest", "--practice", practice,
        "--replicability", "yes", "--strengths", f"Clara ({tag})")
    cli("session", "survey", "--session", "latest", "--useful", "4", "--prepared", "3",
        "--trust", "4", "--count", "5")
else:
    own = cli("practice", "add", "--title", f"Práctica ({tag})", "--json")["id"]
    photo = root.parent / f"{tag}.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + tag.encode() * 500)
    cli("practice", "attach", own, str(photo))
    adoption = cli("adopt", "--practice", plan["practice"], "--session", plan["session"],
                   "--visibility", "network", "--json")["id"]
    application = cli("apply", "--adoption", adoption, "--date", date, "--level", "2°",
                      "--students", "9", "--json")["id"]
    cli("tally", "--application", application, "--count", "feeling:feliz=5")
    cli("self-assess", "--adoption", adoption, "--decision", "continue", "--date", date)
with Workspace(root) as ws:
    import datetime as dt

    notes = ObservationService(ws.db)
    day = dt.date.fromisoformat(date)
    notes.create(ObservationInput(observed_id=plan["observe"], observed_on=day,
                                  focus=f"Foco ({tag})", visibility=widest))
    with ws.db.session() as session:
        about_me = [n.id for n in session.query(ObservationNote).all()
                    if n.observed_id == current_actor(session).person_id]
    for note in about_me:
        notes.reply(note, f"Respuesta ({tag})")
    cycles = ImprovementService(ws.db)
    cycle = cycles.create(CycleInput(title=f"Ciclo ({tag})", aim="Leer más", started_on=day))
    cycles.add_data_point(cycle.id, "2026-S1", 3.0)
    ensure_default_templates(ws.db)
    with ws.db.session() as session:
        shipped = session.get(Template, default_template_id("exit_ticket"))
        row = Template(kind="exit_ticket", name=f"Ticket ({tag})", revision=1,
                       body=shipped.body, tags=["B"])
        stamper(session, current_actor(session)).stamp(row, new=True)
        session.add(row)
print("written")
"""

# Every kind the released wave 1 knows (its `minga.sync.records.KINDS`), and its table.
WAVE1_KINDS = {
    "microcentre": "microcentres", "school": "schools", "person": "people",
    "session": "sessions", "presentation": "presentations", "attendance": "attendance",
    "practice": "practices", "practice_feedback": "practice_feedback",
    "adoption": "adoptions", "application": "applications",
    "exit_ticket_tally": "exit_ticket_tallies", "self_assessment": "self_assessments",
    "observation_note": "observation_notes", "observation_reply": "observation_replies",
    "improvement_cycle": "improvement_cycles",
    "satisfaction_response": "satisfaction_responses", "template": "templates",
    "attachment": "attachments",
}  # fmt: skip


def _write_every_kind(cli: Installation, plan: dict[str, object]) -> None:
    python = str(cli.wave1_python) if cli.version == "wave1" else sys.executable
    env = dict(os.environ)
    env["PYTHONPATH"] = (
        str(ROOT) if cli.version == "wave1" else f"{ROOT / 'desktop'}{os.pathsep}{ROOT}"
    )
    done = subprocess.run(
        [python, "-c", WRITE_EVERY_KIND, str(cli.root), json.dumps(plan)],
        capture_output=True, text=True, env=env, timeout=120, check=False, cwd=cli.root.parent,
    )  # fmt: skip
    assert done.returncode == 0, (cli.version, plan, done.stdout, done.stderr)


def _records(cli: Installation, party: str | None = None) -> dict[str, set[tuple[str, int]]]:
    """Every live record of each kind wave 1 knows; with `party`, observation notes and
    replies only where she is the observer or the observed teacher (who reads them)."""
    found = {}
    for kind, table in WAVE1_KINDS.items():
        sql = f"SELECT id, version FROM {table} AS r WHERE NOT deleted"
        if party and kind == "observation_note":
            sql += f" AND '{party}' IN (owner, observed_id)"
        if party and kind == "observation_reply":
            sql += (f" AND (SELECT '{party}' IN (n.owner, n.observed_id) FROM observation_notes"
                    " AS n WHERE n.id = r.note_id)")  # fmt: skip
        found[kind] = set(cli.rows(sql))
    return found


def _me(cli: Installation) -> str:
    ((person,),) = cli.rows("SELECT value FROM meta WHERE key = 'person_id'")
    return json.loads(person) if person.startswith('"') else person


def test_every_kind_wave1_knows_crosses_both_ways(
    tmp_path: Path, wave1_python: Path, sync_cli_env: Path
) -> None:
    """A wave-1 network (advisor and two teachers) where the advisor updates first, then
    one teacher, then the other: each kind wave 1 knows is written on both versions and
    travels old -> new (this Minga reads wave 1's bundles) and new -> old (refused by
    wave 1 as it was written, read after that installation updates). Everyone ends with
    the same records at the same versions; nothing written on either side is lost."""
    usb = tmp_path / "pendrive"
    usb.mkdir()
    rosa = Installation(tmp_path / "rosa", "wave1", wave1_python)
    ana = Installation(tmp_path / "ana", "wave1", wave1_python)
    pedro = Installation(tmp_path / "pedro", "wave1", wave1_python)
    rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues")
    rosa("invite", "--out", str(usb / "invitacion.minga"))
    for teacher, who in ((ana, ANA), (pedro, PEDRO)):
        _teacher(teacher, who)
        teacher("import", str(usb / "invitacion.minga"))
        teacher("export", "--out", str(usb / f"{who['name'][:3]}-0.minga"))
    rosa("import", *map(str, sorted(usb.glob("*-0.minga"))), "--accept-new-members")
    members = [_me(ana), _me(pedro)]
    # Wave 1 writes every kind: the advisor's session, then a teacher's cycle on it.
    _write_every_kind(rosa, {"tag": "rosa wave 1", "role": "advisor", "date": "2026-11-20",
                             "members": members, "observe": members[0]})  # fmt: skip
    rosa("export", "--out", str(usb / "rosa-1.minga"))
    ana("import", str(usb / "rosa-1.minga"))
    ((lectura,),) = ana.rows("SELECT id FROM practices")
    ((session,),) = ana.rows("SELECT id FROM sessions")
    plan = {"practice": lectura, "session": session, "observe": members[1]}
    _write_every_kind(ana, {"tag": "ana wave 1", "role": "teacher", "date": "2026-11-25", **plan})
    ana("export", "--out", str(usb / "ana-1.minga"))
    written_by_wave1 = {k: _records(rosa)[k] | _records(ana)[k] for k in WAVE1_KINDS}
    # The advisor updates first; wave 1's bundle reaches this Minga whole.
    rosa = rosa.updated()
    summary = json.loads(rosa("import", str(usb / "ana-1.minga"), "--json"))
    assert summary[0]["newer_records"] == {}
    _write_every_kind(rosa, {"tag": "rosa nueva", "role": "advisor", "date": "2026-12-01",
                             "members": members, "observe": members[1]})  # fmt: skip
    # Her bundle for Pedro: the network's records and the notes about him.
    rosa("export", "--to", members[1], "--out", str(usb / "rosa-2.minga"))
    # Pedro, still on wave 1, refuses it and keeps what he had; he updates and reads it.
    assert "made by a newer Minga" in pedro("import", str(usb / "rosa-2.minga"), expect=2)
    pedro = pedro.updated()
    pedro("import", str(usb / "rosa-2.minga"))
    (lectura,) = {p for (p,) in pedro.rows("SELECT id FROM practices WHERE title LIKE '%nueva%'")}
    ((session,),) = pedro.rows("SELECT id FROM sessions WHERE title LIKE '%nueva%'")
    plan = {"practice": lectura, "session": session, "observe": members[0]}
    _write_every_kind(
        pedro, {"tag": "pedro nuevo", "role": "teacher", "date": "2026-12-03", **plan}
    )
    pedro("export", "--out", str(usb / "pedro-2.minga"))
    rosa("import", str(usb / "pedro-2.minga"))
    rosa("export", "--to", members[0], "--out", str(usb / "rosa-3.minga"))
    # Ana, last, refuses this Minga's bundle until she updates.
    assert "made by a newer Minga" in ana("import", str(usb / "rosa-3.minga"), expect=2)
    ana = ana.updated()
    ana("import", str(usb / "rosa-3.minga"))
    everyone = _records(rosa)
    for kind in WAVE1_KINDS:
        assert written_by_wave1[kind] <= everyone[kind], kind
    for teacher, me in ((ana, members[0]), (pedro, members[1])):
        mine, expected = _records(teacher), _records(rosa, me)
        missing = {k: expected[k] - mine[k] for k in WAVE1_KINDS if expected[k] != mine[k]}
        assert mine == expected, (teacher.root.name, missing)
    assert all(everyone.values()), everyone
    for cli in (rosa, ana, pedro):
        cli("check")
