"""The demo generator's parts below the run: the scale, the result and refusals, the
school calendar, helpers and the records being planned, and the state every part of
the run shares (`DemoBase`: the random source, ids, stamping, dates, people).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import struct
import uuid
import zlib
from bisect import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, TypeVar

from sqlalchemy import insert
from sqlalchemy.orm import Session

from minga.core.attachments import AttachmentStore
from minga.domain.errors import MingaError, ValidationError
from minga.domain.validation import SPANISH_SUBJECTS, fold, parse_rbd
from minga.domain.vocab import (
    LEVELS,
    PracticeStatus,
    Role,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services import demo_content as content
from minga.services.setup import school_id_for_rbd
from minga.store import changes
from minga.store.models import (
    SyncedMixin,
)

T = TypeVar("T")
Progress = Callable[[int, int], None]
Row = dict[str, Any]

# --- Scale ----------------------------------------------------------------------------

MAX_PRACTICES = 100_000


@dataclass(frozen=True)
class Scale:
    """How much demo data to make: `practices` live practices (the rest follows)."""

    name: str
    practices: int
    # Live records of every kind together that this scale promises (0: no promise).
    min_live_rows: int = 0


SCALES: dict[str, Scale] = {
    "small": Scale("small", 60),
    "medium": Scale("medium", 2_000),
    "large": Scale("large", 22_000, min_live_rows=100_000),
}


def parse_scale(text: str) -> Scale:
    """`small`, `medium`, `large` or a number of practices; `ValidationError` otherwise."""
    value = (text or "").strip().lower()
    if value in SCALES:
        return SCALES[value]
    if re.fullmatch(r"[0-9]+", value):
        number = int(value)
        if 1 <= number <= MAX_PRACTICES:
            return Scale(str(number), number)
        if number > MAX_PRACTICES:
            raise ValidationError(
                "scale",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{value} practices is more than the demo makes; choose at most {max}.",
                ),
                value=number,
                max=MAX_PRACTICES,
            )
    raise ValidationError(
        "scale",
        QT_TRANSLATE_NOOP(
            "errors",
            "'{value}' is not a demo size. Use small, medium, large or a number of "
            "practices from 1 to {max}.",
        ),
        value=(text or "").strip(),
        max=MAX_PRACTICES,
    )


# --- Result and refusals --------------------------------------------------------------


@dataclass(frozen=True)
class DemoReport:
    """What `generate_demo` wrote: live records in total and live practices."""

    rows: int
    practices: int
    deleted: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


class DemoRefusedError(MingaError):
    """The data folder is not one the demo may fill (nothing was changed)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "This data folder already holds your own records; use a separate --data-dir for the demo.",
    )


DEMO_ALREADY_THERE = QT_TRANSLATE_NOOP(
    "errors",
    "This data folder already holds demo data. To make it again, use an empty folder "
    "with --data-dir.",
)

# --- The calendar ---------------------------------------------------------------------

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# The date the demo's figures in the tests were written for (the calendar the demo had
# before it followed the clock); tests that check figures fix the clock on it.
REFERENCE_TODAY = dt.date(2026, 11, 20)


def weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


@dataclass(frozen=True)
class _Calendar:
    """The demo's calendar around its "today": the school year under way (the one that
    just ended in January and February) and the one before it.

    Chilean school years (southern hemisphere) run from the first Monday of March to the
    third Friday of December, with two weeks of winter break from the last days of June
    and Fiestas Patrias (18 and 19 September) off. Every timestamp is on or before today.
    """

    today: dt.date

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.today, dt.time(23, 30), tzinfo=dt.UTC)

    @property
    def current_year(self) -> int:
        return self.today.year if self.today.month >= 3 else self.today.year - 1

    @property
    def years(self) -> tuple[int, int]:
        return self.current_year - 1, self.current_year

    def holidays(self, year: int) -> tuple[dt.date, ...]:
        return dt.date(year, 9, 18), dt.date(year, 9, 19)

    def school_year(self, year: int) -> tuple[dt.date, dt.date, dt.date, dt.date]:
        """First day, last day, first and last day of the winter break."""
        start = weekday_on_or_after(dt.date(year, 3, 2), 0)
        end = weekday_on_or_after(dt.date(year, 12, 15), 4)
        break_from = weekday_on_or_after(dt.date(year, 6, 22), 0)
        return start, min(end, self.today), break_from, break_from + dt.timedelta(days=11)

    @property
    def first_day(self) -> dt.date:
        return self.school_year(self.years[0])[0]

    def school_days(self) -> list[dt.date]:
        days: list[dt.date] = []
        for year in self.years:
            start, end, break_from, break_to = self.school_year(year)
            holidays = self.holidays(year)
            day = start
            while day <= end:
                if day.weekday() < 5 and not break_from <= day <= break_to and day not in holidays:
                    days.append(day)
                day += dt.timedelta(days=1)
        return days

    def session_dates(self, weekday: int) -> list[dt.date]:
        """One session a month (March to December) from the first school year on, up to
        and including the first one after today: that one is planned, the rest held."""
        dates: list[dt.date] = []
        for year in range(self.years[0], self.years[1] + 2):
            holidays = self.holidays(year)
            _start, _end, winter_from, winter_to = self.school_year(year)
            for month in range(3, 13):
                day = dt.date(year, month, 1)
                candidates = []
                while day.month == month:
                    # Nobody meets on a holiday or in the winter break (the year plan).
                    if (
                        day.weekday() == weekday
                        and day not in holidays
                        and not winter_from <= day <= winter_to
                    ):
                        candidates.append(day)
                    day += dt.timedelta(days=1)
                # The last such day of the month; December meets earlier, before the holidays.
                date = candidates[1] if month == 12 else candidates[-1]
                dates.append(date)
                if date >= self.today:
                    return dates
        return dates


# Small fixed texts the content module does not cover.
EXCUSE_NOTES = (
    "Licencia médica",
    "Camino cortado por la lluvia",
    "Reunión citada por el DAEM el mismo día",
    "Actividad de aniversario en la escuela",
    "Sin locomoción desde el sector",
)
REPLY_OPENINGS = (
    "Gracias por la observación y por el tiempo dedicado.",
    "Me sirvieron mucho los comentarios.",
    "Estoy de acuerdo con lo conversado.",
    "Agradezco la mirada de una colega de otra escuela.",
    "Conversé los comentarios con los estudiantes mayores.",
)
CAPTIONS = (
    "Trabajos de los estudiantes",
    "Material concreto preparado para la clase",
    "Registro del trabajo en grupos de distinto nivel",
    "Papelógrafo con las estrategias de la clase",
    "Cuaderno de campo de un grupo",
    "Puesta en común al cierre de la clase",
)
AGREEMENT = (
    "Cada docente elige al menos una práctica para aplicar en su escuela y trae el ticket "
    "de salida y la autoevaluación a la próxima sesión."
)

# Agreements a teacher takes on at a session (the acta's "acuerdos").
PERSONAL_AGREEMENTS = (
    "Compartir la planificación de la práctica presentada con las demás escuelas.",
    "Traer evidencias de la aplicación (fotos y ticket de salida) a la próxima sesión.",
    "Coordinar la visita de observación de aula entre pares.",
    "Preparar la presentación de su práctica para la próxima sesión.",
)
# Guests who present at a session (the seeds: academics of a university, SLEP advisors).
GUESTS = (
    ("Dra. Carmen Sáez Vidal", "Universidad de Concepción",
     "Evaluación formativa en aulas multigrado", 15, ["LE", "MA"]),
    ("Mauricio Lagos Pino", "SLEP Andalién Sur, equipo técnico-pedagógico",
     "Lectura de datos de asistencia para la mejora", 15, ["OR"]),
    ("Valeria Muñoz Riquelme", "Universidad de Concepción, Facultad de Educación",
     "Resolución de problemas con material concreto", 15, ["MA"]),
)  # fmt: skip

# --- Helpers --------------------------------------------------------------------------


def png_image(
    width: int, height: int, colors: Sequence[tuple[int, int, int]], stripe: int
) -> bytes:
    """A small valid PNG (RGB, 8 bits): diagonal stripes of `colors`."""
    lines = []
    for y in range(height):
        line = bytearray(b"\x00")  # filter type: none
        for x in range(width):
            line.extend(colors[((x + y) // stripe) % len(colors)])
        lines.append(bytes(line))

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(lines), 9))
        + chunk(b"IEND", b"")
    )


def level_key(level: str) -> int:
    return LEVELS.index(level)


def grade_level(oa_code: str) -> str:
    return f"{int(oa_code[2:4])}B"


@dataclass
class DemoPerson:
    id: str
    name: str
    role: str
    school: int | None  # index in content.SCHOOLS
    levels: list[str]
    subjects: list[str]
    weight: float = 1.0


@dataclass(slots=True)
class DemoPractice:
    id: str
    author: int  # index of the teacher
    template: int
    title: str
    levels: list[str]
    oa_codes: list[str]
    created: dt.date
    visibility: str
    deleted: bool
    status: str = PracticeStatus.READY.value
    presented_on: dt.date | None = None
    updated: dt.date | None = None


@dataclass
class DemoSession:
    id: str
    number: int
    date: dt.date
    held: bool
    present: list[int] = field(default_factory=list)  # teachers present
    presented: list[DemoPractice] = field(default_factory=list)


class DemoWriter:
    """Buffers rows per table and inserts them in big batches, stamping `change_seq`."""

    BATCH = 10_000

    def __init__(self, session: Session, progress: Progress | None, estimate: int):
        self.session = session
        self.progress = progress
        self.estimate = estimate
        self.buffers: dict[type[SyncedMixin], list[Row]] = {}
        self.written = 0
        self.live: Counter[str] = Counter()
        self.deleted: Counter[str] = Counter()

    def add(self, model: type[SyncedMixin], row: Row) -> None:
        buffer = self.buffers.setdefault(model, [])
        buffer.append(row)
        (self.deleted if row["deleted"] else self.live)[model.__kind__] += 1
        if len(buffer) >= self.BATCH:
            self.flush(model)

    def flush(self, model: type[SyncedMixin]) -> None:
        rows = self.buffers.get(model)
        if not rows:
            return
        first = changes.reserve(self.session, len(rows))
        for offset, row in enumerate(rows):
            row["change_seq"] = first + offset
        table = model.__table__  # type: ignore[attr-defined]
        # Practices are indexed for search at the end (search.deferred_practice_index).
        self.session.execute(insert(table), rows)
        self.written += len(rows)
        self.buffers[model] = []
        self._report()

    def finish(self) -> None:
        for model in list(self.buffers):
            self.flush(model)
        self.estimate = self.written
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            pending = sum(len(rows) for rows in self.buffers.values())
            self.estimate = max(self.estimate, self.written + pending)
            self.progress(self.written, self.estimate)


# --- The generator --------------------------------------------------------------------


@dataclass(frozen=True)
class DemoNetwork:
    """The advisor's new microcentro a demo fills (her folder holds only it and her)."""

    microcentre_id: str
    advisor_id: str
    advisor_name: str
    device_id: str


class DemoBase:
    """The state of one run and the helpers every part uses: all randomness flows from
    `self.rng`, in a fixed order."""

    def __init__(
        self,
        scale: Scale,
        seed: int,
        writer: DemoWriter,
        files: AttachmentStore,
        today: dt.date,
        *,
        network: DemoNetwork | None = None,
    ):
        self.scale = scale
        self.rng = random.Random(seed)
        self.out = writer
        self.files = files
        self.calendar = _Calendar(today)
        self.today = today
        self.session_months: list[tuple[int, int]] = []
        self.days = self.calendar.school_days()
        self.day_index = {day: i for i, day in enumerate(self.days)}
        self.devices: dict[str, str] = {}
        self._cumulative: dict[tuple[float, ...], list[float]] = {}
        self._contexts: dict[int, list[str]] = {}
        self.clock: dict[str, dict[int, int]] = {}
        self.last_version = ""
        self.microcentre_id = self.new_id()
        self.school_ids = [school_id_for_rbd(str(parse_rbd(s["rbd"]))) for s in content.SCHOOLS]
        self.teachers = [self._teacher(t) for t in content.TEACHERS]
        self.advisor = DemoPerson(
            self.new_id(), content.ADVISOR["name"], Role.ADVISOR, None, [], []
        )
        for person in (*self.teachers, self.advisor):
            self.devices[person.id] = uuid.UUID(int=self.rng.getrandbits(128), version=4).hex
            self.clock[person.id] = {}
        # Filling an advisor's new microcentro (`minga microcentro new`): the network and
        # the advisor are hers, drawn numbers unchanged (the same seed, the same rows).
        self.network = network
        if network is not None:
            self.microcentre_id = network.microcentre_id
            drawn = self.advisor.id
            self.advisor = DemoPerson(
                network.advisor_id, network.advisor_name, Role.ADVISOR, None, [], []
            )
            del self.devices[drawn], self.clock[drawn]
            self.devices[network.advisor_id] = network.device_id
            self.clock[network.advisor_id] = {}
        self.template_ids: dict[str, str] = {}
        self.practices: list[DemoPractice] = []
        self.sessions: list[DemoSession] = []

    # --- stamping -------------------------------------------------------------------

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def moment(self, day: dt.date, first_hour: int = 12, last_hour: int = 22) -> dt.datetime:
        """A time of a working day (Chilean afternoon in UTC), never after the demo's today."""
        span = (last_hour - first_hour) * 3_600_000
        millis = first_hour * 3_600_000 + int(self.rng.random() * span)
        when = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) + dt.timedelta(
            milliseconds=millis
        )
        return min(when, self.calendar.end)

    def synced(self, owner: str, when: dt.datetime, *, deleted: bool = False) -> Row:
        """The sync contract fields of a new row; `change_seq` comes when it is written."""
        millis = (when - _EPOCH) // dt.timedelta(milliseconds=1)
        used = self.clock[owner]
        counter = used.get(millis, 0)
        used[millis] = counter + 1
        version = f"{millis:013d}-{counter:04x}-{self.devices[owner]}"
        self.last_version = max(self.last_version, version)
        return {
            "id": self.new_id(),
            "owner": owner,
            "version": version,
            # Created and edited only on the owner's device: no other base (Stamper).
            "prev_version": None,
            "updated_at": when,
            "deleted": deleted,
        }

    def tombstone(self, rate: float = 0.01) -> bool:
        return self.rng.random() < rate

    def day_after(self, day: dt.date, low: int, high: int) -> dt.date | None:
        """A school day `low`..`high` school days after `day`, or None past the demo."""
        index = self._index_on_or_after(day) + self.rng.randint(low, high)
        return self.days[index] if index < len(self.days) else None

    def _day_before(self, day: dt.date, low: int, high: int) -> dt.date:
        """A school day `low`..`high` school days before `day` (not before the first)."""
        index = self._index_on_or_after(day)
        if index >= len(self.days) or self.days[index] > day:
            index -= 1
        return self.days[max(0, index - self.rng.randint(low, high))]

    def _index_on_or_after(self, day: dt.date) -> int:
        if day in self.day_index:
            return self.day_index[day]
        for i, school_day in enumerate(self.days):
            if school_day >= day:
                return i
        return len(self.days)

    def weighted(self, options: Sequence[T], weights: tuple[float, ...]) -> T:
        """One of `options`, drawn with `weights` (cumulative sums kept per weights)."""
        cumulative = self._cumulative.get(weights)
        if cumulative is None:
            cumulative = self._cumulative[weights] = list(accumulate(weights))
        return options[bisect(cumulative, self.rng.random() * cumulative[-1])]

    # --- people ---------------------------------------------------------------------

    def _teacher(self, data: content.Teacher) -> DemoPerson:
        school = content.SCHOOLS[data["school_index"]]
        position = data["position"]
        levels = re.findall(r"NT[12]", position)
        span = re.search(r"(\d)\s*°\s*a\s*(\d)\s*°", position)
        if not levels and span:
            levels = [f"{g}B" for g in range(int(span.group(1)), int(span.group(2)) + 1)]
        if not levels:
            levels = [lv for lv in school["levels"] if not lv.startswith("NT")]
        folded = fold(position)
        subjects = [
            code for code, name in SPANISH_SUBJECTS.items() if fold(name.split()[0]) in folded
        ]
        return DemoPerson(
            self.new_id(),
            data["name"],
            Role.TEACHER,
            data["school_index"],
            levels,
            subjects,
            weight=0.6 + self.rng.random() * 0.8,
        )
