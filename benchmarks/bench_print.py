"""Printed documents against their budgets (docs/architecture.md, Performance budgets):

- a session guide with 10 presentations (evidence photos included) under 1 s, on the
  `small` demo of an advisor's installation (a session is planned with ten practices,
  the demo's practices with photos first);
- the period report on `large` demo data under 5 s (the cached database of
  bench_search.py; the report only reads it).

For information: the first guide of the process (modules imported, caches cold),
the same 10-presentation guide on `large` data, each blank form, and a teacher's
portfolio on `small` data. Every PDF is written to a temporary folder.

Usage: PYTHONPATH=desktop .venv/bin/python benchmarks/bench_print.py [--runs 5] [--seed 1]
       [--skip-large]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import time
from pathlib import Path

from common import Timer, isolate, machine, median, print_table, temp_folder, verdict

GUIDE_BUDGET_S = 1.0
REPORT_BUDGET_S = 5.0
GUIDE_DATE = dt.date(2026, 12, 3)
TODAY = dt.date(2026, 11, 30)


def _photo(path: Path, index: int) -> Path:
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (1600, 1200), (31 + index * 20, 111, 92))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((400, 300, 1200, 900), fill=(240, 230, 200))
    picture.save(path, "JPEG", quality=88)
    return path


def plan_big_session(ws, folder: Path, presentations: int = 10) -> str:
    """A planned session with `presentations` practices (photos first); its id.

    The installation must be the advisor's (only the advisor plans sessions)."""
    from sqlalchemy import select

    from minga.core.attachments import AttachmentStore
    from minga.domain.cycle_rules import AgendaItem
    from minga.services.practices import PracticeInput, PracticeService
    from minga.services.sessions import PresentationInput, SessionInput, SessionService
    from minga.store.models import Attachment, Practice

    files = AttachmentStore(ws.dirs.attachments)
    practices = PracticeService(ws.db, files)
    # Two of the advisor's own, each with a phone-sized photo (the demo's are tiny).
    own = []
    for index in range(2):
        detail = practices.create(
            PracticeInput(
                title=f"Registro fotográfico de la huerta, parte {index + 1}",
                subjects=["CN"],
                levels=["3B", "4B", "5B"],
                description="Medimos, fotografiamos y comparamos. " * 40,
                multigrade_strategy="Cada nivel registra una variable distinta.",
                materials="Cámara del CRA, huinchas, cuadernos de campo.",
                status="ready",
            )
        )
        practices.attach(detail.id, _photo(folder / f"huerta-{index}.jpg", index))
        own.append(detail.id)
    with ws.db.session() as session:
        with_photos = list(
            session.scalars(
                select(Attachment.parent_id)
                .join(Practice, Practice.id == Attachment.parent_id)
                .where(Attachment.deleted.is_(False), Practice.deleted.is_(False))
                .distinct()
            )
        )
        others = list(
            session.scalars(
                select(Practice.id)
                .where(Practice.deleted.is_(False), Practice.id.not_in(with_photos))
                .order_by(Practice.pk)
                .limit(presentations)
            )
        )
    chosen = own + [p for p in with_photos if p not in own]
    chosen = (chosen + others)[:presentations]
    sessions = SessionService(ws.db)
    detail = sessions.plan(
        SessionInput(
            date=GUIDE_DATE,
            title="Cierre del año: diez prácticas que cruzan escuelas",
            start_time="09:00",
            place="Escuela Rural Peuchén Chico",
            focus="Evidencias de aprendizaje en cursos combinados",
            agenda=[AgendaItem(f"Presentación {n}", 15) for n in range(1, presentations + 1)],
        )
    )
    for practice_id in chosen:
        sessions.add_presentation(detail.id, PresentationInput(practice_id=practice_id))
    return detail.id


def as_advisor(ws) -> None:
    """Makes a copied demo folder the advisor's installation (for planning)."""
    from sqlalchemy import select

    from minga.store import meta
    from minga.store.models import Person

    with ws.db.session() as session:
        advisor = session.scalar(select(Person.id).where(Person.role == "advisor"))
        meta.put(session, meta.PERSON_ID, advisor)


class CpuTimer(Timer):
    """Wall time (`seconds`) and this process's CPU time (`cpu`): on a busy shared
    machine the CPU time says what the work costs, the wall time what a person waits."""

    def __enter__(self) -> CpuTimer:
        self._cpu = time.process_time()
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        self.cpu = time.process_time() - self._cpu


def time_guide(
    ws, session_id: str, out: Path, runs: int
) -> tuple[float, list[float], list[float], int]:
    """(first run, later runs' wall seconds, their CPU seconds, pages)."""
    from minga.core.attachments import AttachmentStore
    from minga.services import printing

    files = AttachmentStore(ws.dirs.attachments)
    times, cpu = [], []
    pages = 0
    for run in range(runs + 1):
        with CpuTimer() as t:
            document = printing.build_session_guide(
                ws.db, files, session_id, out / f"guide-{run}.pdf", "carta", today=TODAY
            )
        times.append(t.seconds)
        cpu.append(t.cpu)
        pages = document.pages
    return times[0], times[1:], cpu[1:], pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args()
    isolate()

    from minga.core.attachments import AttachmentStore
    from minga.core.workspace import Workspace
    from minga.services import printing
    from minga.services.demo import generate_demo, parse_scale

    print(f"bench_print ({machine()})")
    rows: list[list[object]] = []
    info: list[list[object]] = []
    with temp_folder() as folder:
        data = folder / "small"
        with Workspace(data) as ws:
            generate_demo(ws, scale=parse_scale("small"), seed=args.seed, as_role="advisor")
            session_id = plan_big_session(ws, folder)
            first, later, cpu, pages = time_guide(ws, session_id, folder, args.runs)
            rows.append(
                [
                    "session guide, 10 presentations (small)",
                    median(later),
                    max(later),
                    median(cpu),
                    f"{median(later) / GUIDE_BUDGET_S:.2f}x",
                    verdict(median(later) < GUIDE_BUDGET_S),
                ]
            )
            info.append(["first guide of the process (imports, caches)", first, pages])
            files = AttachmentStore(ws.dirs.attachments)
            for kind in printing.FORM_KINDS:
                with Timer() as t:
                    document = printing.build_form(ws.db, kind, folder / f"{kind}.pdf", "carta")
                info.append([f"blank form {kind}", t.seconds, document.pages])
            from sqlalchemy import select

            from minga.store.models import Person

            with ws.db.session() as session:
                teacher = session.scalar(select(Person.id).where(Person.role == "teacher"))
            with Timer() as t:
                document = printing.build_portfolio(
                    ws.db, teacher, folder / "portfolio.pdf", "carta", files=files
                )
            info.append(["a teacher's portfolio (small)", t.seconds, document.pages])
            with Timer() as t:
                document = printing.build_period_report(
                    ws.db, folder / "report-small.pdf", 2026, "carta", today=TODAY
                )
            info.append(["period report 2026 (small)", t.seconds, document.pages])

        if not args.skip_large:
            from bench_search import cached_demo

            cached = cached_demo("large", args.seed)
            times, cpu = [], []
            with Workspace(cached) as ws:
                for run in range(max(1, args.runs // 2) + 1):
                    with CpuTimer() as t:
                        document = printing.build_period_report(
                            ws.db, folder / f"report-large-{run}.pdf", 2026, "carta", today=TODAY
                        )
                    times.append(t.seconds)
                    cpu.append(t.cpu)
            later = times[1:]
            rows.append(
                [
                    "period report 2026 (large)",
                    median(later),
                    max(later),
                    median(cpu[1:]),
                    f"{median(later) / REPORT_BUDGET_S:.2f}x",
                    verdict(median(later) < REPORT_BUDGET_S),
                ]
            )
            info.append(["first period report (large, cold caches)", times[0], document.pages])
            copy = folder / "large"
            shutil.copytree(cached, copy)
            with Workspace(copy) as ws:
                as_advisor(ws)
                session_id = plan_big_session(ws, folder)
                first, later_large, _cpu, pages = time_guide(ws, session_id, folder, 2)
            info.append(["session guide, 10 presentations (large)", median(later_large), pages])

    print_table(
        "Budgets, seconds (wall; CPU of this process beside it)",
        ["document", "median", "max", "cpu median", "ratio", "status"],
        rows,
    )
    print_table("For information, seconds", ["document", "s", "pages"], info)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
