"""Fixtures of the printed documents: an advisor's demo notebook, a session with ten
presentations (photos, a non-image file, a title full of markup, a 2,000-word
description), and readers of the PDFs (pdftotext, pdffonts, pypdf)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

#: The markup a teacher might type in a title: it must print as typed.
MARKUP_TITLE = "<b>Fracciones & decimales</b>"
#: A session's printed date (the day after the demo's last session month).
GUIDE_DATE = dt.date(2026, 12, 3)
TODAY = dt.date(2026, 11, 30)
WORDS = ("sol", "mar", "ñu", "té", "pez", "ají", "río", "ola")


def long_description(words: int = 2000) -> str:
    """`words` distinct words with accents, in paragraphs of 100 words."""
    tokens = [f"{WORDS[i % len(WORDS)]}{i:04d}" for i in range(words)]
    return "\n\n".join(" ".join(tokens[i : i + 100]) for i in range(0, words, 100))


@pytest.fixture(scope="session")
def advisor_demo_template(tmp_path_factory) -> Path:
    """A small demo folder of the advisor's installation, made once per session."""
    from minga.core.workspace import Workspace
    from minga.services.demo import generate_demo, parse_scale
    from tests.support.clock import clock_at

    folder = tmp_path_factory.mktemp("advisor-demo") / "data"
    with Workspace(folder, clock=clock_at()) as ws:
        generate_demo(ws, scale=parse_scale("small"), seed=1, as_role="advisor")
    return folder


@pytest.fixture
def advisor_demo(advisor_demo_template: Path, tmp_path: Path) -> Iterator:
    from minga.core.workspace import Workspace
    from tests.support.clock import clock_at

    folder = tmp_path / "advisor-demo"
    shutil.copytree(advisor_demo_template, folder)
    ws = Workspace(folder, clock=clock_at())
    yield ws
    ws.close()


@pytest.fixture
def files(advisor_demo):
    from minga.core.attachments import AttachmentStore

    return AttachmentStore(advisor_demo.dirs.attachments)


def _png(path: Path, size: tuple[int, int], color: tuple[int, int, int]) -> Path:
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4), fill="white")
    picture.save(path)
    return path


@dataclass(frozen=True)
class BigSession:
    id: str
    titles: list[str]  # every presented practice's title, in programme order
    presenters: list[str]
    markup_practice: str
    long_practice: str


@pytest.fixture
def big_session(advisor_demo, files, tmp_path) -> BigSession:
    """A planned session with ten presentations: the demo's practices with photos first,
    then two of the advisor's own (a title of markup with a photo and a text file, and a
    2,000-word description)."""
    from sqlalchemy import select

    from minga.domain.cycle_rules import AgendaItem
    from minga.services.practices import PracticeInput, PracticeService
    from minga.services.sessions import PresentationInput, SessionInput, SessionService
    from minga.store.models import Attachment, Practice

    db = advisor_demo.db
    practices = PracticeService(db, files)
    own_markup = practices.create(
        PracticeInput(
            title=MARKUP_TITLE,
            subjects=["MA"],
            levels=["3B", "4B"],
            oa_codes=["MA03 OA 08"],
            description="Usamos <i>tiras</i> de papel & vasos: 1/2 < 3/4 > 1/4.",
            multigrade_strategy="Tercero y cuarto trabajan en parejas mixtas.",
            materials="Tiras de papel, vasos, plumones.",
            status="ready",
        )
    )
    photo = _png(tmp_path / "foto-fracciones.png", (640, 480), (31, 111, 92))
    practices.attach(own_markup.id, photo)
    text_file = tmp_path / "pauta-fracciones.txt"
    text_file.write_text("Pauta de trabajo para las fracciones.\n", encoding="utf-8")
    practices.attach(own_markup.id, text_file)
    own_long = practices.create(
        PracticeInput(
            title="Bitácora extensa de la huerta: un año de mediciones",
            subjects=["CN"],
            levels=["5B", "6B"],
            description=long_description(),
            status="ready",
        )
    )
    with db.session() as session:
        with_photos = list(
            session.scalars(
                select(Attachment.parent_id)
                .join(Practice, Practice.id == Attachment.parent_id)
                .where(
                    Attachment.parent_kind == "practice",
                    Attachment.deleted.is_(False),
                    Practice.deleted.is_(False),
                )
                .distinct()
            )
        )
        others = list(
            session.scalars(
                select(Practice.id)
                .where(Practice.deleted.is_(False), Practice.id.not_in(with_photos))
                .order_by(Practice.pk)
                .limit(10)
            )
        )
    chosen = [p for p in with_photos if p not in (own_markup.id, own_long.id)][:6]
    chosen += others[: 8 - len(chosen)]
    chosen += [own_markup.id, own_long.id]
    sessions = SessionService(db)
    detail = sessions.plan(
        SessionInput(
            date=GUIDE_DATE,
            title="Cierre del año: prácticas que cruzan escuelas",
            start_time="09:30",
            place="Escuela Rural Peuchén Chico",
            focus="Compartir evidencias de aprendizaje en cursos combinados",
            agenda=[
                AgendaItem("Bienvenida y ronda de saludos", 10),
                *[AgendaItem(f"Presentación de práctica {n}", 15) for n in range(1, 11)],
                AgendaItem("Elección de prácticas", 15),
                AgendaItem("Cierre y encuesta de satisfacción", 10),
            ],
        )
    )
    titles, presenters = [], []
    for practice_id in chosen:
        info = sessions.add_presentation(detail.id, PresentationInput(practice_id=practice_id))
        titles.append(info.practice_title)
        presenters.append(info.presenter_name)
    return BigSession(detail.id, titles, presenters, own_markup.id, own_long.id)


# --- Reading PDFs back ------------------------------------------------------------------


def pdftotext(path: Path, *, raw: bool = True) -> str:
    """The PDF's text; `raw`: in the order it was drawn (a table cell's lines stay
    together instead of interleaving with the next column's)."""
    command = ["pdftotext", "-enc", "UTF-8"]
    if raw:
        command.append("-raw")
    result = subprocess.run([*command, str(path), "-"], capture_output=True, check=True, timeout=60)
    return result.stdout.decode("utf-8")


def flat_text(path: Path) -> str:
    """The PDF's text with every run of whitespace made one space (titles wrap)."""
    return re.sub(r"\s+", " ", pdftotext(path))


def pdffonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, embedded (yes/no)."""
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) < 6:
            continue
        # name type [type words...] encoding emb sub uni object id
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def pdf_reader(path: Path):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(path.read_bytes()))


def translations_available(context: str = "reports") -> bool:
    """Whether minga_es.ts holds finished translations of the printed documents yet."""
    from minga.i18n import _parse_ts

    source = ROOT / "resources" / "translations" / "minga_es.ts"
    return (context, "page {page} of {pages}") in _parse_ts(source)
