"""A synthetic territory for a coordinator's hub: many microcentros over many school years.

`generate_territory` fills the hub's territory tables (migration 0012,
`minga.store.territory_models`) of an empty data folder, on SQLite or on PostgreSQL
(`--db-url`), as if a SLEP's advisors had sent their territory reports for years: by
default 60 microcentros of 20 advisors over the 10 school years up to the one under way
(the clock's), each network meeting once a month from March to December (sessions after
the clock's today are planned, not held), with believable attendance counts, 7 to 15
practices shared per network and year (titles and descriptions from the demo's content
and the shipped curriculum) and each network's indicators as numerators and denominators
that agree with its sessions and practices. It also makes the hub's coordinator the
installation's person, so the window opens on her.

Everything is drawn from one `random.Random(seed)` and the clock's date: the same seed on
the same day gives the same rows. Rows go in with bulk inserts in one transaction; the
whole territory takes seconds. Nothing here is a real person, school or network.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from minga.core.identity import Stamper, device_id, is_initialized
from minga.core.workspace import Workspace
from minga.domain.vocab import Role
from minga.services import demo_content as content
from minga.services.curriculum import load_catalogue
from minga.services.demo_base import DEMO_ALREADY_THERE, DemoRefusedError
from minga.services.territory import TERRITORY_NAME
from minga.store import meta
from minga.store.models import SYNCED_MODELS, Person
from minga.store.territory_models import (
    TERRITORY_MODELS,
    TerritoryAdvisor,
    TerritoryFigure,
    TerritoryNetwork,
    TerritoryPractice,
    TerritoryReportLog,
    TerritorySession,
)

TERRITORY_SCALE = "territory"
DEFAULT_NETWORKS = 60
DEFAULT_YEARS = 10
NETWORKS_PER_ADVISOR = 3
ANNUAL_GOAL = 7

Progress = Callable[[int, int], None]
Row = dict[str, Any]

# --- Names (all invented; places are common Chilean rural place names) -----------------

PLACES = (
    "Las Araucarias", "El Maitén", "Los Boldos", "Quilaco Alto",
    "Rucamanque", "Los Canelos", "El Litre", "Las Quilas", "Los Coigües", "El Peumo",
    "Las Vertientes", "Los Notros", "El Radal", "Las Mañíos", "Los Maquis", "El Arrayán",
    "Las Lumas", "Los Ulmos", "El Avellano", "Las Pataguas", "Los Queules", "El Quillay",
    "Las Patagüillas", "Los Raulíes", "El Roble Huacho", "Las Nalcas", "Los Chilcos",
    "El Espino", "Las Totoras", "Los Quintrales", "El Huique", "Las Trancas",
    "Los Litres", "El Membrillo", "Las Cardas", "Los Tilos", "El Sauce", "Las Pircas",
    "Los Aromos", "El Guindo", "Las Tórtolas", "Los Queltehues", "El Chucao",
    "Las Loicas", "Los Tiuques", "El Pidén", "Las Diucas", "Los Chercanes", "El Zorzal",
    "Las Bandurrias", "Los Tricahues", "El Carpintero", "Las Garzas", "Los Cisnes",
    "El Rayén", "Las Rucas", "Los Esteros", "El Mallín", "Las Vegas de Itata",
    "Los Huapes", "El Colihue", "Las Quemas", "Los Niches",
)  # fmt: skip
SCHOOL_SECTORS = (
    "Alto", "Bajo", "Centro", "La Capilla", "El Cruce", "La Posada", "El Puente",
    "La Quebrada", "Los Pinos", "El Estero", "La Vega", "El Molino", "La Leonera",
    "Santa Elena", "San Luis", "Las Rosas",
)  # fmt: skip
COMMUNES = (
    ("Región del Biobío", "Santa Bárbara"), ("Región del Biobío", "Quilaco"),
    ("Región del Biobío", "Mulchén"), ("Región del Biobío", "Quilleco"),
    ("Región del Biobío", "Alto Biobío"), ("Región del Biobío", "Tucapel"),
    ("Región del Biobío", "Antuco"), ("Región del Biobío", "Negrete"),
    ("Región del Biobío", "Nacimiento"), ("Región del Biobío", "Los Ángeles"),
)  # fmt: skip
FIRST_NAMES = (
    "Carolina", "Patricio", "Marcela", "Rodrigo", "Verónica", "Cristián", "Paola",
    "Gonzalo", "Lorena", "Mauricio", "Claudia", "Fernando", "Jimena", "Héctor",
    "Ximena", "Sergio", "Daniela", "Iván", "Pamela", "Andrés", "Soledad", "Felipe",
)  # fmt: skip
SURNAMES = (
    "Riquelme", "Fuentealba", "Sepúlveda", "Cifuentes", "Jara", "Vergara", "Mardones",
    "Sandoval", "Parra", "Contreras", "Salazar", "Ulloa", "Godoy", "Figueroa", "Muñoz",
    "Henríquez", "Saavedra", "Monsalve", "Torres", "Arriagada", "Navarrete", "Lagos",
)  # fmt: skip
FOCI = (
    "Resolución de problemas en Matemática en cursos combinados",
    "Comprensión lectora en todos los niveles del aula multigrado",
    "Evaluación formativa con tickets de salida",
    "Ciencias con el entorno: huerto, estero y bosque nativo",
    "Escritura de textos breves con propósito comunicativo",
    "Trabajo colaborativo entre estudiantes de distintos cursos",
    "Lenguaje oral y vocabulario desde el nivel de transición",
    "Interculturalidad y lengua mapuche en la escuela rural",
)
COORDINATOR_NAME = "Carolina Mardones Ulloa"
DEMO_TERRITORY = "SLEP Cordillera del Biobío"


# --- The result -----------------------------------------------------------------------


@dataclass(frozen=True)
class TerritoryDemoReport:
    """What `generate_territory` wrote."""

    networks: int
    years: list[int]
    advisors: int
    sessions: int
    sessions_held: int
    practices: int
    figures: int
    coordinator: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


# --- The generator --------------------------------------------------------------------


def school_year_of(day: dt.date) -> int:
    """The Chilean school year under way on `day` (it starts in March)."""
    return day.year if day.month >= 3 else day.year - 1


def session_dates(year: int, weekday: int) -> list[dt.date]:
    """One session a month from March to December: the last `weekday` of the month (the
    second in December, before the holidays), never on Fiestas Patrias."""
    dates = []
    for month in range(3, 13):
        day = dt.date(year, month, 1)
        candidates = []
        while day.month == month:
            if day.weekday() == weekday and (month, day.day) not in ((9, 18), (9, 19)):
                candidates.append(day)
            day += dt.timedelta(days=1)
        dates.append(candidates[1] if month == 12 else candidates[-1])
    return dates


def _bech32_age(raw: bytes) -> str:
    """An age X25519 recipient (`age1…`) for 32 raw bytes (BIP 173 bech32)."""
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    data, acc, bits = [], 0, 0
    for byte in raw:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "age"
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data + [0] * 6
    generators = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(generators):
            if (top >> i) & 1:
                check ^= gen
    check ^= 1
    checksum = [(check >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(charset[d] for d in data + checksum)


@dataclass(frozen=True)
class _Network:
    """What stays the same for one network over the years."""

    microcentre_id: str
    schools: list[str]
    teachers: int
    weekday: int
    attendance: float
    adoption: float
    satisfaction: float


class _Territory:
    """One run: all randomness flows from `self.rng`, in a fixed order."""

    def __init__(self, seed: int, networks: int, years: int, today: dt.date):
        # A source of its own (a string seed is the same in every process): the network
        # demo with the same number draws the same ids, and an advisor's demo network
        # reported to this hub must not meet them.
        self.rng = random.Random(f"territory-{seed}")
        self.today = today
        current = school_year_of(today)
        self.years = list(range(current - years + 1, current + 1))
        self.network_count = networks
        self.now = dt.datetime.combine(today, dt.time(12, 0), tzinfo=dt.UTC)
        self.rows: dict[Any, list[Row]] = {model: [] for model in TERRITORY_MODELS}
        self.catalogue = load_catalogue()
        self.title_counts: dict[str, int] = {}

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def person_name(self) -> str:
        first = self.rng.choice(FIRST_NAMES)
        one, two = self.rng.sample(SURNAMES, 2)
        return f"{first} {one} {two}"

    def run(self) -> None:
        advisor_count = -(-self.network_count // NETWORKS_PER_ADVISOR)
        advisors = [self.advisor() for _ in range(advisor_count)]
        places = list(PLACES)
        self.rng.shuffle(places)
        for number in range(self.network_count):
            place = places[number % len(places)]
            name = f"Microcentro Rural {place}"
            if number >= len(places):
                name += f" {number // len(places) + 1}"
            self.network(name, advisors[number // NETWORKS_PER_ADVISOR])

    def advisor(self) -> str:
        person_id = self.new_id()
        signing = hashlib.sha256(self.rng.getrandbits(256).to_bytes(32, "big")).digest()
        self.rows[TerritoryAdvisor].append(
            {
                "person_id": person_id,
                "name": self.person_name(),
                "signing_key": base64.b64encode(signing).decode("ascii"),
                "encryption_key": _bech32_age(self.rng.getrandbits(256).to_bytes(32, "big")),
                "status": "active",
                "accepted_at": self.now - dt.timedelta(days=self.rng.randint(400, 3000)),
            }
        )
        return person_id

    def network(self, name: str, advisor_id: str) -> None:
        rng = self.rng
        microcentre_id = self.new_id()
        region, commune = rng.choice(COMMUNES)
        school_count = rng.randint(3, 8)
        sectors = rng.sample(SCHOOL_SECTORS, school_count)
        place = name.removeprefix("Microcentro Rural ")
        schools = [
            f"{rng.choice(('Escuela Rural', 'Escuela Básica', 'Escuela Particular'))} "
            f"{place} {sector}"
            for sector in sectors
        ]
        teachers = school_count + rng.randint(1, school_count + 2)
        # How well this network meets: its attendance, adoption and satisfaction levels.
        attendance = rng.uniform(0.6, 0.86)
        adoption = rng.uniform(0.3, 0.65)
        satisfaction = rng.uniform(0.7, 0.9)
        weekday = rng.choice((1, 2, 3, 4))
        report_id = self.new_id()
        reported = self.now - dt.timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600))
        self.rows[TerritoryNetwork].append(
            {
                "microcentre_id": microcentre_id,
                "advisor_id": advisor_id,
                "name": name,
                "region": region,
                "commune": commune,
                "annual_focus": rng.choice(FOCI),
                "annual_goal_practices": ANNUAL_GOAL,
                "schools": school_count,
                "teachers": teachers,
                "report_id": report_id,
                "reported_at": reported,
                "received_at": reported + dt.timedelta(hours=rng.randint(1, 30)),
            }
        )
        profile = _Network(
            microcentre_id, schools, teachers, weekday, attendance, adoption, satisfaction
        )
        for step, year in enumerate(self.years):
            self.network_year(profile, year, step)
        self.rows[TerritoryReportLog].append(
            {
                "report_id": report_id,
                "advisor_id": advisor_id,
                "created_at": reported,
                "received_at": reported + dt.timedelta(hours=1),
                "path": "",
                "summary": {"networks": 1, "demo": True},
            }
        )

    def binomial(self, n: int, p: float) -> int:
        return sum(1 for _ in range(n) if self.rng.random() < p)

    def network_year(self, network: _Network, year: int, step: int) -> None:
        lift = 0.008 * step  # a network improves a little each year
        attendance = min(0.95, network.attendance + lift)
        adoption = min(0.9, network.adoption + lift)
        satisfaction = min(0.97, network.satisfaction + lift / 2)
        microcentre_id, teachers = network.microcentre_id, network.teachers
        rng = self.rng
        held_sessions: list[Row] = []
        for date in session_dates(year, network.weekday):
            held = date <= self.today and rng.random() > 0.03  # now and then one is called off
            modality = (
                "in_person"
                if rng.random() < 0.82
                else ("remote" if rng.random() < 0.6 else "blended")
            )
            row = {
                "id": self.new_id(),
                "microcentre_id": microcentre_id,
                "year": year,
                "date": date,
                "hours": 2.0 if modality == "remote" else rng.choice((3.0, 3.5, 4.0)),
                "modality": modality,
                "held": held,
                "present": self.binomial(teachers, attendance) if held else 0,
                "expected": teachers,
                "practices_presented": 0,
            }
            self.rows[TerritorySession].append(row)
            if held:
                held_sessions.append(row)
        # The year's shared practices, presented at the sessions held (fewer in a year
        # under way).
        wanted = rng.randint(7, 15)
        if held_sessions and len(held_sessions) < 9:
            wanted = max(1, round(wanted * len(held_sessions) / 10))
        practices = 0
        for _ in range(wanted if held_sessions else 0):
            session = rng.choice(held_sessions)
            session["practices_presented"] += 1
            practices += 1
            self.practice(microcentre_id, year, rng.choice(network.schools), session["date"])
        # The indicators, as the network's own Indicadores counts them.
        present = sum(s["present"] for s in held_sessions)
        expected = sum(s["expected"] for s in held_sessions)
        adopted = sum(self.binomial(s["present"], adoption) for s in held_sessions)
        assessed = self.binomial(adopted, 0.7)
        answers = sum(self.binomial(s["present"], 0.92) for s in held_sessions)
        figures = {
            "attendance": (present, expected),
            "practices_shared": (practices, ANNUAL_GOAL),
            "adoption": (adopted, present),
            "continuation": (self.binomial(assessed, 0.8), assessed),
            "useful": (self.binomial(answers, satisfaction), answers),
            "prepared": (self.binomial(answers, satisfaction * 0.8), answers),
            "trust": (self.binomial(answers, min(0.98, satisfaction + 0.05)), answers),
            "applied": (self.binomial(answers, satisfaction * 0.85), answers),
            "satisfaction_agree": (self.binomial(answers, min(0.99, satisfaction + 0.08)), answers),
        }
        for key, (numerator, denominator) in figures.items():
            self.rows[TerritoryFigure].append(
                {
                    "microcentre_id": microcentre_id,
                    "year": year,
                    "key": key,
                    "numerator": numerator,
                    "denominator": denominator,
                }
            )

    def practice(self, microcentre_id: str, year: int, school: str, presented: dt.date) -> None:
        rng = self.rng
        template = rng.choice(content.PRACTICE_TEMPLATES)
        variations = content.TITLE_VARIATIONS
        prefix = rng.choice(variations["prefixes"]) if rng.random() < 0.3 else ""
        suffix = rng.choice(variations["suffixes"]) if rng.random() < 0.3 else ""
        title = f"{prefix}{template['title']}{suffix}"
        sentences = rng.sample(content.DESCRIPTION_EXTRA, rng.randint(0, 2))
        objectives = [o for o in map(self.catalogue.get, template["oa_codes"]) if o is not None]
        if objectives:
            chosen = rng.choice(objectives)
            sentences.append(f"Trabajamos el objetivo {chosen.code}: {chosen.description}")
        millis = int(dt.datetime.combine(presented, dt.time(20), tzinfo=dt.UTC).timestamp()) * 1000
        self.rows[TerritoryPractice].append(
            {
                "id": self.new_id(),
                "microcentre_id": microcentre_id,
                "year": year,
                "title": title[:300],
                "description": " ".join([template["description"], *sentences]),
                "multigrade_strategy": template["multigrade_strategy"],
                "subjects": list(template["subjects"]),
                "levels": list(template["levels"]),
                "oa_codes": list(template["oa_codes"]),
                "school_name": school,
                "presented_on": presented,
                "version": f"{millis:013d}-0000-{rng.getrandbits(128):032x}",
            }
        )


# --- Entry point ----------------------------------------------------------------------


def _check_empty(session: Session, ws: Workspace) -> None:
    """Refuses a folder (or database) that holds anyone's records or a territory."""
    territory = any(
        session.execute(select(func.count()).select_from(model)).scalar_one()
        for model in (TerritoryNetwork, TerritoryAdvisor, TerritoryPractice)
    )
    if territory and ws.dirs.is_demo:
        raise DemoRefusedError(DEMO_ALREADY_THERE)
    own = any(
        session.execute(select(model.id).limit(1)).first() is not None for model in SYNCED_MODELS
    )
    if territory or own or is_initialized(session):
        raise DemoRefusedError()


BATCH = 5_000


def generate_territory(
    ws: Workspace,
    *,
    seed: int = 1,
    networks: int = DEFAULT_NETWORKS,
    years: int = DEFAULT_YEARS,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> TerritoryDemoReport:
    """Fills the territory tables of the empty data folder (or database) of `ws`.

    `networks` microcentros over the `years` school years up to the one under way on
    `today` (by default the workspace clock's date). The installation becomes the hub's
    coordinator's and the folder is marked as demo data. A folder that already holds
    records is refused with a `MingaError` and left as it was.
    """
    today = today or ws.db.clock.today()
    territory = _Territory(seed, networks, years, today)
    territory.run()
    total = sum(len(rows) for rows in territory.rows.values())
    done = 0
    with ws.db.session() as session:
        _check_empty(session, ws)
        for model, rows in territory.rows.items():
            table = model.__table__
            for start in range(0, len(rows), BATCH):
                chunk = rows[start : start + BATCH]
                session.execute(insert(table), chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        coordinator = _coordinator(session, territory)
        if ws.db.is_sqlite:
            session.execute(text("ANALYZE"))  # statistics for the query planner
    if not ws.db.is_sqlite:
        _vacuum(ws)
    ws.dirs.demo_marker.parent.mkdir(parents=True, exist_ok=True)
    ws.dirs.demo_marker.write_text("demo", encoding="utf-8")
    made = territory.rows
    return TerritoryDemoReport(
        networks=len(made[TerritoryNetwork]),
        years=territory.years,
        advisors=len(made[TerritoryAdvisor]),
        sessions=len(made[TerritorySession]),
        sessions_held=sum(1 for s in made[TerritorySession] if s["held"]),
        practices=len(made[TerritoryPractice]),
        figures=len(made[TerritoryFigure]),
        coordinator=coordinator,
        counts={model.__tablename__: len(rows) for model, rows in made.items()},
    )


def _vacuum(ws: Workspace) -> None:
    """PostgreSQL: what autovacuum would do a minute later, at once. Right after a bulk
    load no page is known to be all-visible yet, and until one is, every search and sum
    checks each row's visibility (the library's search took five times as long)."""
    tables = ", ".join(model.__tablename__ for model in TERRITORY_MODELS)
    with ws.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"VACUUM (ANALYZE) {tables}")


def _coordinator(session: Session, territory: _Territory) -> str:
    """The hub's person: the coordinator, without a microcentre of her own."""
    person_id = territory.new_id()
    stamper = Stamper(session, device_id(session), person_id)
    person = Person(
        id=person_id,
        name=COORDINATOR_NAME,
        role=Role.COORDINATOR.value,
        school_id=None,
        microcentre_id=None,
        email="",
    )
    stamper.stamp(person, new=True)
    session.add(person)
    meta.put(session, meta.PERSON_ID, person_id)
    meta.put(session, TERRITORY_NAME, DEMO_TERRITORY)
    session.flush()
    return COORDINATOR_NAME


__all__ = [
    "DEFAULT_NETWORKS",
    "DEFAULT_YEARS",
    "DEMO_TERRITORY",
    "TERRITORY_SCALE",
    "TerritoryDemoReport",
    "generate_territory",
    "school_year_of",
]
