"""Demo data: a fictional rural microcentre in the south of Chile, at any scale.

`generate_demo` fills an empty data folder with the school year under way and the one
before it (around the clock's today: past sessions held, the next one planned) of a
believable microcentre: six schools, nine teachers and their
advisor, monthly sessions with agendas, presentations, attendance and satisfaction
surveys, and the five stages of every practice (presentation, evaluation, adoption and
application, exit-ticket tallies, self-assessment), plus peer observations, PHEA
improvement cycles, the default templates and a few evidence images. The words come
from `minga.services.demo_content`; every person and school is invented.

Everything is drawn from one `random.Random(seed)`: ids, texts, counts and timestamps
alike, so the same seed and the same "today" (the workspace clock's date) give the same
rows on every machine. Rows go in with SQLAlchemy Core bulk inserts in one transaction, so `large`
(22,000 practices, over 100,000 live records) takes seconds, not minutes; the
full-text triggers index the practices as they arrive.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import re
import struct
import uuid
import zlib
from bisect import bisect
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, TypeVar

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from minga.core.attachments import AttachmentStore
from minga.core.identity import is_initialized
from minga.core.workspace import Workspace
from minga.domain.errors import MingaError, ValidationError
from minga.domain.validation import SPANISH_SUBJECTS, fold, parse_rbd
from minga.domain.vocab import (
    LEVELS,
    AttendanceStatus,
    ContinueDecision,
    CycleStage,
    PracticeStatus,
    Replicability,
    Role,
    SessionModality,
    TemplateKind,
    Visibility,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services import demo_content as content
from minga.services.setup import school_id_for_rbd
from minga.services.templates import default_template_id
from minga.store import changes, meta, search
from minga.store.models import (
    SYNCED_MODELS,
    Adoption,
    Agreement,
    Application,
    Attachment,
    Attendance,
    ExitTicketTally,
    ImprovementCycle,
    Microcentre,
    MicrocentreSession,
    ObservationNote,
    ObservationReply,
    Person,
    Practice,
    PracticeFeedback,
    Presentation,
    SatisfactionResponse,
    School,
    SelfAssessment,
    SyncedMixin,
    Template,
    YearPlan,
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


def _weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
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
        start = _weekday_on_or_after(dt.date(year, 3, 2), 0)
        end = _weekday_on_or_after(dt.date(year, 12, 15), 4)
        break_from = _weekday_on_or_after(dt.date(year, 6, 22), 0)
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
_EXCUSE_NOTES = (
    "Licencia médica",
    "Camino cortado por la lluvia",
    "Reunión citada por el DAEM el mismo día",
    "Actividad de aniversario en la escuela",
    "Sin locomoción desde el sector",
)
_REPLY_OPENINGS = (
    "Gracias por la observación y por el tiempo dedicado.",
    "Me sirvieron mucho los comentarios.",
    "Estoy de acuerdo con lo conversado.",
    "Agradezco la mirada de una colega de otra escuela.",
    "Conversé los comentarios con los estudiantes mayores.",
)
_CAPTIONS = (
    "Trabajos de los estudiantes",
    "Material concreto preparado para la clase",
    "Registro del trabajo en grupos de distinto nivel",
    "Papelógrafo con las estrategias de la clase",
    "Cuaderno de campo de un grupo",
    "Puesta en común al cierre de la clase",
)
_AGREEMENT = (
    "Cada docente elige al menos una práctica para aplicar en su escuela y trae el ticket "
    "de salida y la autoevaluación a la próxima sesión."
)

# Agreements a teacher takes on at a session (the acta's "acuerdos").
_PERSONAL_AGREEMENTS = (
    "Compartir la planificación de la práctica presentada con las demás escuelas.",
    "Traer evidencias de la aplicación (fotos y ticket de salida) a la próxima sesión.",
    "Coordinar la visita de observación de aula entre pares.",
    "Preparar la presentación de su práctica para la próxima sesión.",
)
# Guests who present at a session (the seeds: academics of a university, SLEP advisors).
_GUESTS = (
    ("Dra. Carmen Sáez Vidal", "Universidad de Concepción",
     "Evaluación formativa en aulas multigrado", 15, ["LE", "MA"]),
    ("Mauricio Lagos Pino", "SLEP Andalién Sur, equipo técnico-pedagógico",
     "Lectura de datos de asistencia para la mejora", 15, ["OR"]),
    ("Valeria Muñoz Riquelme", "Universidad de Concepción, Facultad de Educación",
     "Resolución de problemas con material concreto", 15, ["MA"]),
)  # fmt: skip

# --- Helpers --------------------------------------------------------------------------


def _png(width: int, height: int, colors: Sequence[tuple[int, int, int]], stripe: int) -> bytes:
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


def _level_key(level: str) -> int:
    return LEVELS.index(level)


def _grade_level(oa_code: str) -> str:
    return f"{int(oa_code[2:4])}B"


@dataclass
class _Person:
    id: str
    name: str
    role: str
    school: int | None  # index in content.SCHOOLS
    levels: list[str]
    subjects: list[str]
    weight: float = 1.0


@dataclass(slots=True)
class _Practice:
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
class _Session:
    id: str
    number: int
    date: dt.date
    held: bool
    present: list[int] = field(default_factory=list)  # teachers present
    presented: list[_Practice] = field(default_factory=list)


class _Writer:
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


class _Demo:
    """One run of the generator: all randomness flows from `self.rng`, in a fixed order."""

    def __init__(
        self, scale: Scale, seed: int, writer: _Writer, files: AttachmentStore, today: dt.date
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
        self.advisor = _Person(self.new_id(), content.ADVISOR["name"], Role.ADVISOR, None, [], [])
        for person in (*self.teachers, self.advisor):
            self.devices[person.id] = uuid.UUID(int=self.rng.getrandbits(128), version=4).hex
            self.clock[person.id] = {}
        self.template_ids: dict[str, str] = {}
        self.practices: list[_Practice] = []
        self.sessions: list[_Session] = []

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

    def _teacher(self, data: content.Teacher) -> _Person:
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
        return _Person(
            self.new_id(),
            data["name"],
            Role.TEACHER,
            data["school_index"],
            levels,
            subjects,
            weight=0.6 + self.rng.random() * 0.8,
        )

    # --- the whole run --------------------------------------------------------------

    def run(self) -> None:
        self.write_network()
        self.write_templates()
        self.plan_sessions()
        self.plan_practices()
        self.assign_presentations()
        self.write_sessions()
        self.write_practices()
        self.write_presentation_feedback()
        self.write_adoptions()
        self.write_observations()
        self.write_cycles()
        self.write_satisfaction()
        self.write_attachments()
        # Last, so the rest of the demo draws the same numbers as before it existed.
        self.write_year()

    def write_network(self) -> None:
        mc = content.MICROCENTRE
        start = self.moment(self.calendar.first_day)
        advisor = self.advisor.id
        self.out.add(
            Microcentre,
            {
                **self.synced(advisor, start),
                "id": self.microcentre_id,
                "name": mc["name"],
                "region": mc["region"],
                "commune": mc["commune"],
                "annual_focus": mc["annual_focus"],
                "annual_goal_practices": 7,
                "advisor_id": advisor,
            },
        )
        for index, school in enumerate(content.SCHOOLS):
            self.out.add(
                School,
                {
                    **self.synced(advisor, self.moment(self.calendar.first_day)),
                    "id": self.school_ids[index],
                    "name": school["name"],
                    "rbd": str(parse_rbd(school["rbd"])),
                    "commune": school["commune"],
                    "microcentre_id": self.microcentre_id,
                    "multigrade": school["multigrade"],
                    "student_count": school["student_count"],
                },
            )
        emails = [t["email"] for t in content.TEACHERS] + [content.ADVISOR["email"]]
        for person, email in zip((*self.teachers, self.advisor), emails, strict=True):
            self.out.add(
                Person,
                {
                    **self.synced(
                        person.id, self.moment(self.calendar.first_day + dt.timedelta(days=1))
                    ),
                    "id": person.id,
                    "name": person.name,
                    "role": person.role,
                    "school_id": None if person.school is None else self.school_ids[person.school],
                    "microcentre_id": self.microcentre_id,
                    "email": email,
                    "membership": "active",
                    "signing_key": None,
                    "encryption_key": None,
                },
            )

    def write_templates(self) -> None:
        bodies = (
            (TemplateKind.EXIT_TICKET, content.DEFAULT_EXIT_TICKET, ["ticket de salida"]),
            (
                TemplateKind.SELF_ASSESSMENT_RUBRIC,
                content.DEFAULT_SELF_ASSESSMENT_RUBRIC,
                sorted(
                    {c["mbe_domain"] for c in content.DEFAULT_SELF_ASSESSMENT_RUBRIC["criteria"]}
                ),
            ),
            (
                TemplateKind.OBSERVATION_PROTOCOL,
                content.DEFAULT_OBSERVATION_PROTOCOL,
                sorted({i["mbe_domain"] for i in content.DEFAULT_OBSERVATION_PROTOCOL["items"]}),
            ),
        )
        for kind, body, tags in bodies:
            # The shipped defaults (same id on every installation), as the advisor edited
            # them once for this microcentre: the advisor owns them from then on.
            row = {
                **self.synced(
                    self.advisor.id, self.moment(self.calendar.first_day + dt.timedelta(days=2))
                ),
                "id": default_template_id(kind),
                "kind": kind.value,
                "name": body["name"],
                "revision": 2,
                "body": dict(body),
                "tags": list(tags),
            }
            self.template_ids[kind.value] = row["id"]
            self.out.add(Template, row)

    # --- sessions -------------------------------------------------------------------

    def plan_sessions(self) -> None:
        weekday = self.rng.choice((2, 3, 4))  # the microcentre meets on Wed, Thu or Fri
        number_in_year: Counter[int] = Counter()
        for date in self.calendar.session_dates(weekday):
            self.session_months.append((date.year, date.month))
            number_in_year[date.year] += 1
            # A session of today is still to be held (and closed) by the advisor.
            self.sessions.append(
                _Session(self.new_id(), number_in_year[date.year], date, held=date < self.today)
            )
        # Each teacher's own chance of making it (the road, the weather, licences).
        reliability = [0.88 + 0.1 * self.rng.random() for _ in self.teachers]
        for session in self.sessions:
            if session.held:
                session.present = [
                    t for t, chance in enumerate(reliability) if self.rng.random() < chance
                ]

    # --- practices ------------------------------------------------------------------

    def _template_weights(self, teacher: _Person) -> list[float]:
        weights = []
        for template in content.PRACTICE_TEMPLATES:
            if not set(template["levels"]) & set(teacher.levels):
                weights.append(0.0)
                continue
            weight = 1.0
            if "MA" in template["subjects"]:
                weight *= 2.0  # the annual focus is mathematics
            if teacher.subjects and set(template["subjects"]) & set(teacher.subjects):
                weight *= 3.0
            weights.append(weight)
        if not any(weights):
            weights = [1.0] * len(content.PRACTICE_TEMPLATES)
        return weights

    def _title(self, template: int, teacher: _Person, used: set[str]) -> str:
        variations = content.TITLE_VARIATIONS
        prefixes = variations["prefixes"]
        suffixes = variations["suffixes"]
        contexts = self._contexts.get(teacher.school or 0)
        if contexts is None:
            # Place names only of the author's own school.
            own = content.SCHOOLS[teacher.school or 0]["sector"]
            others = [s["sector"] for s in content.SCHOOLS if s["sector"] != own]
            contexts = [c for c in variations["contexts"] if not any(o in c for o in others)]
            self._contexts[teacher.school or 0] = contexts
        base = content.PRACTICE_TEMPLATES[template]["title"]
        for attempt in range(60):
            if attempt < 3:  # mostly plain titles, as people write them
                prefix = self.weighted(prefixes, (8.0,) + (1.0,) * (len(prefixes) - 1))
                suffix = self.weighted(suffixes, (8.0,) + (1.0,) * (len(suffixes) - 1))
                context = self.weighted(contexts, (8.0,) + (1.0,) * (len(contexts) - 1))
            else:
                prefix = self.rng.choice(prefixes)
                suffix = self.rng.choice(suffixes)
                context = self.rng.choice(contexts)
            title = f"{prefix}{base}{suffix}{context}"
            if title not in used and len(title) <= 200:
                used.add(title)
                return title
        number = 2
        while f"{base} ({number})" in used:
            number += 1
        used.add(f"{base} ({number})")
        return f"{base} ({number})"

    def guest_sessions(self) -> list[int]:
        """Indexes of the held sessions where a guest presents (every third one)."""
        return [i for i, s in enumerate(self.sessions) if s.held and i % 3 == 1]

    def plan_practices(self) -> None:
        # The guests' practices (written with the year) count in the scale's number.
        live = max(1, self.scale.practices - len(self.guest_sessions()))
        total = live + round(live * 0.01)
        teacher_weights = [t.weight for t in self.teachers]
        cumulative = list(accumulate(teacher_weights))
        template_cum = [list(accumulate(self._template_weights(t))) for t in self.teachers]
        used: set[str] = set()
        # The tombstones (about 1%): drafts their authors deleted.
        deleted = set(self.rng.sample(range(total), total - live))
        planned: list[_Practice] = []
        for number in range(total):
            author = self.rng.choices(range(len(self.teachers)), cum_weights=cumulative)[0]
            teacher = self.teachers[author]
            template_index = self.rng.choices(
                range(len(content.PRACTICE_TEMPLATES)), cum_weights=template_cum[author]
            )[0]
            template = content.PRACTICE_TEMPLATES[template_index]
            levels = [lv for lv in template["levels"] if lv in teacher.levels] or list(
                template["levels"]
            )
            levels.sort(key=_level_key)
            oa_codes = [c for c in template["oa_codes"] if _grade_level(c) in levels] or list(
                template["oa_codes"]
            )
            if len(oa_codes) > 1 and self.rng.random() < 0.2:
                oa_codes = oa_codes[:-1]
            visibility = self.weighted(
                (Visibility.NETWORK, Visibility.ADVISOR, Visibility.PRIVATE), (90, 6, 4)
            )
            planned.append(
                _Practice(
                    id=self.new_id(),
                    author=author,
                    template=template_index,
                    title=self._title(template_index, teacher, used),
                    levels=levels,
                    oa_codes=oa_codes,
                    created=self.rng.choice(self.days),
                    visibility=visibility.value,
                    deleted=number in deleted,
                )
            )
        self.practices = planned

    def assign_presentations(self) -> None:
        """2 to 4 practices of different teachers present at each session.

        When too few practices were written before a session (the first months, small
        scales), some later ones are moved back to the weeks before it.
        """
        available = [
            p for p in self.practices if p.visibility == Visibility.NETWORK and not p.deleted
        ]
        for session in self.sessions:
            cutoff = session.date - dt.timedelta(days=3)
            presenters = session.present if session.held else list(range(len(self.teachers)))
            ready = [p for p in available if p.author in presenters]
            wanted = self.rng.randint(2, 4)
            chosen: list[_Practice] = []
            for early in (True, False):
                pool = [p for p in ready if (p.created <= cutoff) == early]
                self.rng.shuffle(pool)
                for practice in pool:
                    if len(chosen) == wanted:
                        break
                    if all(practice.author != c.author for c in chosen):
                        if not early:
                            practice.created = self._day_before(cutoff, 0, 25)
                        chosen.append(practice)
            session.presented = chosen
            available = [p for p in available if all(p is not c for c in chosen)]
            for practice in chosen:
                if session.held:
                    practice.status = PracticeStatus.PRESENTED.value
                    practice.presented_on = session.date
        # Oldest first: the practice list and the integer keys follow the calendar.
        order = sorted(range(len(self.practices)), key=lambda i: (self.practices[i].created, i))
        self.practices = [self.practices[i] for i in order]

    def write_sessions(self) -> None:
        items = content.SESSION_AGENDA_ITEMS
        opening, closing = list(items[:2]), list(items[-2:])
        first_talk = next(i for i, (title, _) in enumerate(items) if "Presentación" in title)
        talk_title, talk_minutes = items[first_talk]
        talk_base = re.sub(r"\s*\d+$", "", talk_title)
        middle = [
            (i, item)
            for i, item in enumerate(items[2:-2], start=2)
            if not item[0].startswith(talk_base)
        ]
        titles = content.SESSION_TITLES
        school_names = [s["name"] for s in content.SCHOOLS]
        place_weights = tuple(3.0 if p in school_names else 1.0 for p in content.SESSION_PLACES)
        advisor = self.advisor.id
        for index, session in enumerate(self.sessions):
            year_start = session.number == 1
            year_end = session.date.month == 12
            if year_start:
                title, focus = titles[0], content.MICROCENTRE["annual_focus"]
            elif year_end:
                title = titles[-1]
                focus = self.rng.choice(content.SESSION_FOCUS_PHRASES)
            else:
                title = titles[1 + (index * 7 + self.rng.randrange(3)) % (len(titles) - 2)]
                focus = self.rng.choice(content.SESSION_FOCUS_PHRASES)
            place = self.weighted(content.SESSION_PLACES, place_weights)
            if "remot" in fold(place):
                modality = SessionModality.REMOTE
            elif self.rng.random() < 0.1:
                modality = SessionModality.BLENDED
            else:
                modality = SessionModality.IN_PERSON
            extra = sorted(self.rng.sample(middle, min(len(middle), self.rng.randint(3, 5))))
            before = [item for i, item in extra if i < first_talk]
            after = [item for i, item in extra if i > first_talk]
            talks = [
                (f"{talk_base} {n}", talk_minutes) for n in range(1, len(session.presented) + 1)
            ]
            agenda_items = (opening if not year_start else opening[:1]) + before + talks + after
            agenda = [{"title": t, "minutes": m} for t, m in agenda_items + closing]
            if session.held:
                when = self.moment(session.date, 19, 23)
                presented = "; ".join(p.title for p in session.presented)
                minutes_text = (
                    f"Asistieron {len(session.present)} de {len(self.teachers)} docentes. "
                    f"Se presentaron {len(session.presented)} prácticas: {presented}. "
                    f"{_AGREEMENT}"
                )
            else:
                when = self.moment(self.today - dt.timedelta(days=self.rng.randint(1, 8)))
                minutes_text = ""
            self.out.add(
                MicrocentreSession,
                {
                    **self.synced(advisor, when),
                    "id": session.id,
                    "microcentre_id": self.microcentre_id,
                    "number": session.number,
                    "date": session.date,
                    "start_time": self.rng.choice(("09:00", "09:30", "14:30", "15:00")),
                    "title": title,
                    "place": place,
                    "modality": modality.value,
                    "focus": focus,
                    "agenda": agenda,
                    "minutes_text": minutes_text,
                    "status": "held" if session.held else "planned",
                    # The coordination rotates among the teachers, session by session;
                    # each acta is approved at the next session once that one is held.
                    "coordinator_id": self.teachers[index % len(self.teachers)].id,
                    "minutes_approved_on": (
                        self.sessions[index + 1].date
                        if session.held
                        and index + 1 < len(self.sessions)
                        and self.sessions[index + 1].held
                        else None
                    ),
                },
            )
            for position, practice in enumerate(session.presented, start=1):
                self.out.add(
                    Presentation,
                    {
                        **self.synced(advisor, self.moment(session.date - dt.timedelta(days=7))),
                        "session_id": session.id,
                        "practice_id": practice.id,
                        "presenter_id": self.teachers[practice.author].id,
                        # Every row of a batch names the same columns (one executemany).
                        "guest_name": "",
                        "guest_institution": "",
                        "position": position,
                        "minutes": 15,
                    },
                )
            if not session.held:
                continue
            present = set(session.present)
            for index_t, teacher in enumerate(self.teachers):
                if index_t in present:
                    status, note = AttendanceStatus.PRESENT, ""
                elif self.rng.random() < 0.7:
                    status, note = AttendanceStatus.EXCUSED, self.rng.choice(_EXCUSE_NOTES)
                else:
                    status, note = AttendanceStatus.ABSENT, ""
                self.out.add(
                    Attendance,
                    {
                        **self.synced(advisor, self.moment(session.date, 19, 23)),
                        "session_id": session.id,
                        "person_id": teacher.id,
                        "status": status.value,
                        "note": note,
                    },
                )

    def write_year(self) -> None:
        """The year plans (focus, goal and the demo's calendar), the agreements of each
        held session's acta (done by the next session, mostly) and a few guest
        presenters from outside the network (a university, the SLEP)."""
        advisor = self.advisor.id
        weekday = self.sessions[0].date.weekday() if self.sessions else 2
        for year in sorted({s.date.year for s in self.sessions}):
            start, _end, winter_from, winter_to = self.calendar.school_year(year)
            breaks: list[dict[str, Any]] = [
                {"from": winter_from, "to": winter_to, "label": "Vacaciones de invierno"},
                *(
                    {"from": day, "to": day, "label": "Fiestas Patrias"}
                    for day in self.calendar.holidays(year)
                ),
            ]
            self.out.add(
                YearPlan,
                {
                    **self.synced(advisor, self.moment(start - dt.timedelta(days=7))),
                    "microcentre_id": self.microcentre_id,
                    "year": year,
                    "focus": content.MICROCENTRE["annual_focus"],
                    "goal_practices": 7,
                    "starts_on": start,
                    "ends_on": _weekday_on_or_after(dt.date(year, 12, 15), 4),
                    "breaks": [
                        {**b, "from": b["from"].isoformat(), "to": b["to"].isoformat()}
                        for b in breaks
                    ],
                    "meeting_week": 5,
                    "meeting_weekday": weekday,
                },
            )
        guests = set(self.guest_sessions())
        for index, session in enumerate(self.sessions):
            if not session.held:
                continue
            following = self.sessions[index + 1] if index + 1 < len(self.sessions) else None
            due = following.date - dt.timedelta(days=7) if following else None
            present = session.present or [0]
            someone = self.teachers[self.rng.choice(present)]
            for agreed, responsible in (
                (_AGREEMENT, None),
                (self.rng.choice(_PERSONAL_AGREEMENTS), someone.id),
            ):
                done = (
                    following is not None
                    and following.held
                    and due is not None
                    and self.rng.random() < 0.8
                )
                self.out.add(
                    Agreement,
                    {
                        **self.synced(advisor, self.moment(session.date, 19, 23)),
                        "session_id": session.id,
                        "text": agreed,
                        "responsible_id": responsible,
                        "due_on": due,
                        "done_on": (following.date if done and following is not None else None),
                    },
                )
            if index not in guests:
                continue
            guest, institution, title, minutes, subjects = self.rng.choice(_GUESTS)
            practice_id = self.new_id()
            when = self.moment(session.date - dt.timedelta(days=10))
            self.out.add(
                Practice,
                {
                    **self.synced(advisor, when),
                    "id": practice_id,
                    # A guest's talk is its own practice at each session.
                    "title": f"{title} (sesión {session.number}, {session.date.year})",
                    "school_id": None,
                    "subjects": list(subjects),
                    "levels": ["1B", "2B", "3B", "4B", "5B", "6B"],
                    "oa_codes": [],
                    "description": f"Presentación de {guest} ({institution}).",
                    "multigrade_strategy": "",
                    "materials": "",
                    "duration_minutes": minutes,
                    "status": str(PracticeStatus.PRESENTED.value),
                    "visibility": Visibility.NETWORK.value,
                    "created_at": when,
                },
            )
            self.out.add(
                Presentation,
                {
                    **self.synced(advisor, when),
                    "session_id": session.id,
                    "practice_id": practice_id,
                    "presenter_id": None,
                    "guest_name": guest,
                    "guest_institution": institution,
                    "position": len(session.presented) + 1,
                    "minutes": minutes,
                },
            )

    def write_practices(self) -> None:
        extras = content.DESCRIPTION_EXTRA
        for practice in self.practices:
            template = content.PRACTICE_TEMPLATES[practice.template]
            if practice.status != PracticeStatus.PRESENTED:
                draft_share = 0.6 if practice.visibility == Visibility.PRIVATE else 0.2
                practice.status = (
                    PracticeStatus.DRAFT.value
                    if practice.deleted or self.rng.random() < draft_share
                    else PracticeStatus.READY.value
                )
            sentences = self.rng.sample(extras, self.rng.randint(0, 2))
            description = " ".join([template["description"], *sentences])
            created = self.moment(practice.created)
            last = practice.presented_on or practice.created
            updated_day = self.day_after(last, 0, 6) or self.today
            updated = max(created, self.moment(updated_day))
            practice.updated = updated.date()
            duration = template["duration_minutes"]
            self.out.add(
                Practice,
                {
                    **self.synced(
                        self.teachers[practice.author].id, updated, deleted=practice.deleted
                    ),
                    "id": practice.id,
                    "title": practice.title,
                    "school_id": self.school_ids[self.teachers[practice.author].school or 0],
                    "subjects": list(template["subjects"]),
                    "levels": practice.levels,
                    "oa_codes": practice.oa_codes,
                    "description": description,
                    "multigrade_strategy": template["multigrade_strategy"],
                    "materials": template["materials"],
                    "duration_minutes": duration,
                    "status": str(practice.status),
                    "visibility": practice.visibility,
                    "created_at": created,
                },
            )

    # --- evaluation -----------------------------------------------------------------

    def feedback(self, practice: _Practice, author: int, session: _Session | None) -> None:
        day = session.date if session else (self.day_after(practice.created, 1, 15) or self.today)
        replicability = self.weighted(
            (Replicability.YES, Replicability.WITH_ADJUSTMENTS, Replicability.NO), (65, 30, 5)
        )
        self.out.add(
            PracticeFeedback,
            {
                **self.synced(self.advisor.id, self.moment(day, 19, 23), deleted=self.tombstone()),
                "visibility": Visibility.NETWORK.value,
                "session_id": session.id if session else None,
                "practice_id": practice.id,
                "author_id": self.teachers[author].id,
                "strengths": self.rng.choice(content.FEEDBACK_STRENGTHS),
                "suggestions": self.rng.choice(content.FEEDBACK_SUGGESTIONS),
                "replicability": replicability.value,
            },
        )

    def write_presentation_feedback(self) -> None:
        for session in self.sessions:
            if not session.held:
                continue
            for practice in session.presented:
                voices = [t for t in session.present if t != practice.author]
                for author in self.rng.sample(voices, min(len(voices), self.rng.randint(2, 4))):
                    self.feedback(practice, author, session)

    def _next_session(self, day: dt.date) -> _Session | None:
        for session in self.sessions:
            if session.held and session.date > day:
                return session
        return None

    def write_adoptions(self) -> None:
        teacher_count = len(self.teachers)
        for practice in self.practices:
            if (
                practice.deleted
                or practice.visibility != Visibility.NETWORK
                or practice.status == PracticeStatus.DRAFT
            ):
                continue
            presented = practice.status == PracticeStatus.PRESENTED
            session = (
                next(s for s in self.sessions if s.date == practice.presented_on)
                if presented
                else self._next_session(practice.created)
            )
            # Evaluation between sessions (the practice travelled in a bundle).
            extra_feedback = self.weighted((0, 1, 2), (2, 5, 3) if not presented else (6, 3, 1))
            voices = [t for t in range(teacher_count) if t != practice.author]
            for author in self.rng.sample(voices, extra_feedback):
                self.feedback(practice, author, self._next_session(practice.created))
            if session is None:
                continue
            count = self.rng.randint(2, 4) if presented else self.weighted((0, 1, 2), (25, 45, 30))
            adopters = [t for t in (session.present or voices) if t != practice.author]
            for adopter in self.rng.sample(adopters, min(count, len(adopters))):
                self.adoption(practice, adopter, session)

    def adoption(self, practice: _Practice, adopter: int, session: _Session) -> None:
        teacher = self.teachers[adopter]
        owner = teacher.id
        school = content.SCHOOLS[teacher.school or 0]
        visibility = self.weighted((Visibility.NETWORK, Visibility.ADVISOR), (85, 15)).value
        chosen_on = session.date
        applications = self.weighted((0, 1, 2, 3), (10, 40, 35, 15))
        adoption_id = self.new_id()
        applied: list[tuple[str, dt.date]] = []
        day = chosen_on
        levels = [lv for lv in practice.levels if lv in teacher.levels] or teacher.levels
        per_level = school["student_count"] / max(1, len(school["levels"]))
        for _ in range(applications):
            next_day = self.day_after(day, 2, 20)
            if next_day is None:
                break
            day = next_day
            chosen_levels = sorted(
                self.rng.sample(levels, self.rng.randint(1, min(3, len(levels)))), key=_level_key
            )
            present = {
                lv: max(1, round(per_level * (0.7 + 0.3 * self.rng.random())))
                for lv in chosen_levels
            }
            students = sum(present.values())
            application = {
                **self.synced(owner, self.moment(day)),
                "visibility": visibility,
                "adoption_id": adoption_id,
                "applied_on": day,
                "levels": chosen_levels,
                "students_present": students,
                "notes": self.rng.choice(content.SELF_ASSESSMENT_ADJUSTMENTS)
                if self.rng.random() < 0.3
                else "",
            }
            self.out.add(Application, application)
            applied.append((application["id"], day))
            if self.rng.random() < 0.9:
                self.tally(owner, visibility, application["id"], day, present)
        status = "applied" if applied else "chosen"
        last_day = applied[-1][1] if applied else chosen_on
        self.out.add(
            Adoption,
            {
                **self.synced(owner, self.moment(last_day)),
                "id": adoption_id,
                "visibility": visibility,
                "practice_id": practice.id,
                "session_id": session.id,
                "school_id": self.school_ids[teacher.school or 0],
                "chosen_on": chosen_on,
                "status": status,
                "notes": "",
            },
        )
        if applied and self.rng.random() < 0.85:
            written = self.day_after(last_day, 0, 6) or last_day
            self.self_assessment(owner, visibility, adoption_id, applied[-1][0], written)

    def tally(
        self,
        owner: str,
        visibility: str,
        application_id: str,
        day: dt.date,
        present: dict[str, int],
    ) -> None:
        """Counts per question, option and level; never more answers than students."""
        counts: dict[str, dict[str, dict[str, int]]] = {}
        mood = 0.55 + 0.35 * self.rng.random()  # how well the class went
        for question in content.DEFAULT_EXIT_TICKET["questions"]:
            options = [o["id"] for o in question["options"]]
            per_option: dict[str, dict[str, int]] = {o: {} for o in options}
            for level, students in present.items():
                answered = students - (1 if students > 1 and self.rng.random() < 0.15 else 0)
                left = answered
                for position, option in enumerate(options):
                    if position == len(options) - 1:
                        share = left
                    else:
                        weight = mood if position == 0 else (1 - mood) * 0.75
                        share = min(left, round(answered * weight + self.rng.random() - 0.5))
                        share = max(0, share)
                    per_option[option][level] = share
                    left -= share
            counts[question["id"]] = per_option
        self.out.add(
            ExitTicketTally,
            {
                **self.synced(owner, self.moment(day), deleted=self.tombstone()),
                "visibility": visibility,
                "application_id": application_id,
                "template_id": self.template_ids[TemplateKind.EXIT_TICKET.value],
                "applied_on": day,
                "levels": list(present),
                "students_present": sum(present.values()),
                "counts": counts,
            },
        )

    def self_assessment(
        self, owner: str, visibility: str, adoption_id: str, application_id: str, day: dt.date
    ) -> None:
        criteria = content.DEFAULT_SELF_ASSESSMENT_RUBRIC["criteria"]
        ratings = {c["id"]: self.weighted((1, 2, 3, 4), (3, 12, 45, 40)) for c in criteria}
        decision = self.weighted(
            (ContinueDecision.CONTINUE, ContinueDecision.ADJUST, ContinueDecision.DROP),
            (60, 30, 10),
        )
        adjustments = (
            " ".join(self.rng.sample(content.SELF_ASSESSMENT_ADJUSTMENTS, self.rng.randint(1, 2)))
            if decision != ContinueDecision.CONTINUE or self.rng.random() < 0.5
            else ""
        )
        self.out.add(
            SelfAssessment,
            {
                **self.synced(owner, self.moment(day), deleted=self.tombstone()),
                "visibility": visibility,
                "adoption_id": adoption_id,
                "application_id": application_id,
                "template_id": self.template_ids[TemplateKind.SELF_ASSESSMENT_RUBRIC.value],
                "ratings": ratings,
                "adjustments": adjustments,
                "decision": decision.value,
                "reflection": " ".join(
                    self.rng.sample(content.SELF_ASSESSMENT_REFLECTIONS, self.rng.randint(1, 2))
                ),
                "written_on": day,
            },
        )

    # --- observation, improvement, satisfaction, evidence ---------------------------

    def write_observations(self) -> None:
        count = max(18, self.scale.practices // 25)
        items = content.DEFAULT_OBSERVATION_PROTOCOL["items"]
        template_id = self.template_ids[TemplateKind.OBSERVATION_PROTOCOL.value]
        for _ in range(count):
            observer = self.rng.randrange(len(self.teachers))
            others = [
                t
                for t, teacher in enumerate(self.teachers)
                if teacher.school != self.teachers[observer].school
            ]
            observed = self.teachers[self.rng.choice(others)]
            day = self.rng.choice(self.days)
            visibility = self.weighted(
                (Visibility.PRIVATE, Visibility.ADVISOR, Visibility.NETWORK), (25, 35, 40)
            ).value
            note = {
                **self.synced(
                    self.teachers[observer].id,
                    self.moment(self.day_after(day, 0, 3) or day),
                    deleted=self.tombstone(),
                ),
                "visibility": visibility,
                "observed_id": observed.id,
                "school_id": self.school_ids[observed.school or 0],
                "observed_on": day,
                "focus": self.rng.choice(content.OBSERVATION_FOCI),
                "template_id": template_id,
                "protocol": {
                    item["id"]: self.weighted((1, 2, 3, 4), (2, 15, 48, 35)) for item in items
                },
                "evidence": " ".join(self.rng.sample(content.OBSERVATION_EVIDENCE, 2)),
                "strengths": " ".join(self.rng.sample(content.OBSERVATION_STRENGTHS, 2)),
                "opportunities": self.rng.choice(content.OBSERVATION_OPPORTUNITIES),
                "agreements": self.rng.choice(content.OBSERVATION_AGREEMENTS),
            }
            self.out.add(ObservationNote, note)
            if not note["deleted"] and self.rng.random() < 0.2:
                reply_day = self.day_after(day, 2, 8) or day
                self.out.add(
                    ObservationReply,
                    {
                        **self.synced(observed.id, self.moment(reply_day)),
                        "visibility": visibility,
                        "note_id": note["id"],
                        "text": f"{self.rng.choice(_REPLY_OPENINGS)} "
                        f"{self.rng.choice(content.OBSERVATION_AGREEMENTS)}",
                    },
                )

    def write_cycles(self) -> None:
        cycles = content.IMPROVEMENT_CYCLES
        pool = self.session_months[:-3]
        months = sorted(self.rng.sample(pool, min(len(cycles), 16, len(pool))))
        presented = [p for p in self.practices if p.status == PracticeStatus.PRESENTED]
        for cycle, (year, month) in zip(cycles, months, strict=False):
            started = dt.date(year, month, 1)
            periods = [(y, m) for y, m in self.session_months if (y, m) >= (year, month)]
            elapsed = len(periods)
            stage = (
                CycleStage.ADJUST
                if elapsed >= 7
                else CycleStage.STUDY
                if elapsed >= 4
                else CycleStage.DO
                if elapsed >= 2
                else CycleStage.PLAN
            )
            found = re.search(r"de (\d+(?:,\d+)?)\s*%?\s*a (\d+(?:,\d+)?)", cycle["study_notes"])
            low, high = (
                (float(found.group(1).replace(",", ".")), float(found.group(2).replace(",", ".")))
                if found
                else (60.0, 80.0)
            )
            shown = periods[:8] if stage != CycleStage.PLAN else []
            points = []
            for n, (y, m) in enumerate(shown):
                progress = 0.0 if n < 2 else min(1.0, (n - 1) / max(1, len(shown) - 2))
                noise = (self.rng.random() - 0.5) * abs(high - low) * 0.25
                points.append(
                    {
                        "period": f"{y}-{m:02d}",
                        "value": round(low + (high - low) * progress + noise, 1),
                    }
                )
            later = stage in (CycleStage.STUDY, CycleStage.ADJUST)
            decision = (
                self.weighted(("adopt", "adapt"), (6, 4))  # the data improved
                if stage == CycleStage.ADJUST
                else ""
            )
            linked = [p.id for p in presented if p.presented_on and p.presented_on >= started]
            sessions = [s.id for s in self.sessions if s.held and s.date >= started][:8]
            last_day = min(self.today, dt.date(*shown[-1], 28)) if shown else started
            self.out.add(
                ImprovementCycle,
                {
                    **self.synced(self.advisor.id, self.moment(last_day)),
                    "visibility": Visibility.NETWORK.value,
                    "title": cycle["title"],
                    "stage": stage.value,
                    "aim": cycle["aim"],
                    "change_idea": cycle["change_idea"],
                    "prediction": cycle["prediction"],
                    "indicator": cycle["indicator"],
                    "do_notes": cycle["do_notes"] if stage != CycleStage.PLAN else "",
                    "data_points": points,
                    "study_notes": cycle["study_notes"] if later else "",
                    "decision": decision,
                    "adjust_notes": cycle["adjust_notes"] if stage == CycleStage.ADJUST else "",
                    "practice_ids": self.rng.sample(linked, min(len(linked), 3)),
                    "session_ids": sessions,
                    "started_on": started,
                },
            )

    def write_satisfaction(self) -> None:
        """One answer per teacher present, as the network sees them: answers travel
        without their authors (docs/bundle-format.md, Anonymous survey answers), so
        every answer here is the advisor's: tallies of the teachers' anonymous answers
        and the paper forms she typed in. The question on bringing what was learnt into
        practice draws from its own generator (the other figures stay as they were)."""
        applied_rng = random.Random(18)
        for session in self.sessions:
            if not session.held:
                continue
            for _teacher in session.present:
                self.rng.random()  # who answered in Minga: no longer recorded
                owner = self.advisor.id
                comment = (
                    self.rng.choice(content.SATISFACTION_COMMENTS)
                    if self.rng.random() < 0.3
                    else ""
                )
                self.out.add(
                    SatisfactionResponse,
                    {
                        **self.synced(
                            owner, self.moment(session.date, 19, 23), deleted=self.tombstone()
                        ),
                        "visibility": Visibility.NETWORK.value,
                        "session_id": session.id,
                        "respondent_id": None,
                        "useful": self.weighted((1, 2, 3, 4), (1, 3, 14, 82)),
                        "prepared": self.weighted((1, 2, 3, 4), (2, 8, 26, 64)),
                        "trust": self.weighted((1, 2, 3, 4), (1, 5, 24, 70)),
                        "applied": applied_rng.choices((1, 2, 3, 4), (3, 12, 45, 40))[0],
                        "count": 1,
                        "comment": comment,
                    },
                )

    def write_attachments(self) -> None:
        candidates = [p for p in self.practices if p.status == PracticeStatus.PRESENTED]
        count = min(len(candidates), 6 if self.scale.practices <= 100 else 12)
        for number, practice in enumerate(self.rng.sample(candidates, count), start=1):
            colors = [
                (self.rng.randrange(256), self.rng.randrange(256), self.rng.randrange(256))
                for _ in range(3)
            ]
            data = _png(64, 48, colors, stripe=self.rng.randint(3, 9))
            sha256 = self.files.add_bytes(data)
            self.out.add(
                Attachment,
                {
                    **self.synced(
                        self.teachers[practice.author].id,
                        self.moment(practice.presented_on or practice.created),
                    ),
                    "visibility": practice.visibility,
                    "sha256": sha256,
                    "filename": f"evidencia-{number:02d}.png",
                    "media_type": "image/png",
                    "size": len(data),
                    "parent_kind": Practice.__kind__,
                    "parent_id": practice.id,
                    "caption": self.rng.choice(_CAPTIONS),
                },
            )


# --- Entry point ----------------------------------------------------------------------


@contextlib.contextmanager
def _big_page_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache while the indexes fill (the pooled connection gets
    its own size back afterwards, so the app's memory stays within budget)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql("PRAGMA cache_size = -131072")  # 128 MiB
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")


def _check_empty(session: Session, ws: Workspace) -> None:
    """Refuses a folder that holds anything: someone's own records, or an earlier demo."""
    has_rows = any(
        session.execute(select(model.id).limit(1)).first() is not None for model in SYNCED_MODELS
    )
    if ws.dirs.is_demo:
        if has_rows:
            raise DemoRefusedError(DEMO_ALREADY_THERE)
    elif has_rows or is_initialized(session):
        raise DemoRefusedError()


def generate_demo(
    ws: Workspace,
    *,
    scale: Scale,
    seed: int,
    as_role: str = "teacher",
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> DemoReport:
    """Fills the empty data folder of `ws` with a fictional microcentre.

    The same `scale` and `seed` give the same records. This installation becomes the
    first teacher's (`as_role="teacher"`) or the advisor's (`"advisor"`), and the folder
    is marked as demo data. A folder that already holds records is refused with a
    `MingaError` and left as it was. `progress(done, total)` is called now and then.
    The calendar sits around `today` (by default the workspace clock's date).
    """
    if as_role not in (Role.TEACHER, Role.ADVISOR):
        raise ValidationError(
            "role", QT_TRANSLATE_NOOP("errors", "Choose a role: teacher or advisor.")
        )
    with ws.db.session() as session:
        _check_empty(session, ws)
        estimate = 800 + int(scale.practices * 5.3)
        writer = _Writer(session, progress, estimate)
        demo = _Demo(
            scale,
            seed,
            writer,
            AttachmentStore(ws.dirs.attachments),
            today or ws.db.clock.today(),
        )
        with _big_page_cache(session), search.deferred_practice_index(session):
            demo.run()
            writer.finish()
        # Statistics for the query planner, so that search starts from the index.
        session.execute(text("PRAGMA analysis_limit = 1000"))
        session.execute(text("ANALYZE"))
        person = demo.teachers[0] if as_role == Role.TEACHER else demo.advisor
        meta.put(session, meta.PERSON_ID, person.id)
        # Local edits after the demo must sort after every demo version (HLC contract).
        device = meta.get(session, meta.DEVICE_ID) or demo.devices[person.id]
        millis, counter, _ = demo.last_version.split("-", 2)
        meta.put(session, meta.HLC_LAST, f"{millis}-{counter}-{device}")
    ws.dirs.demo_marker.write_text("demo", encoding="utf-8")
    return DemoReport(
        rows=sum(writer.live.values()),
        practices=writer.live[Practice.__kind__],
        deleted=sum(writer.deleted.values()),
        kinds=dict(writer.live),
    )
