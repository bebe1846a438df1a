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
from collections.abc import Iterator

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from minga.core.attachments import AttachmentStore
from minga.core.identity import is_initialized
from minga.core.workspace import Workspace
from minga.domain.errors import ValidationError
from minga.domain.validation import parse_rbd
from minga.domain.vocab import (
    CycleStage,
    PracticeStatus,
    Role,
    TemplateKind,
    Visibility,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services import demo_content as content
from minga.services.demo_base import (
    CAPTIONS,
    DEMO_ALREADY_THERE,
    MAX_PRACTICES,
    REFERENCE_TODAY,
    REPLY_OPENINGS,
    SCALES,
    DemoNetwork,
    DemoRefusedError,
    DemoReport,
    DemoWriter,
    Progress,
    Row,
    Scale,
    parse_scale,
    png_image,
)
from minga.services.demo_evaluation import DemoEvaluation
from minga.services.demo_sessions import DemoSessionsAndPractices
from minga.services.templates import default_template_id
from minga.store import meta, search
from minga.store.models import (
    SYNCED_MODELS,
    Attachment,
    ImprovementCycle,
    Microcentre,
    ObservationConsent,
    ObservationNote,
    ObservationReply,
    Person,
    Practice,
    SatisfactionResponse,
    School,
    Template,
    consent_id,
)


class _Demo(DemoSessionsAndPractices, DemoEvaluation):
    """One run of the generator: all randomness flows from `self.rng`, in a fixed order."""

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
        stamp = self.synced(advisor, start)
        if self.network is None:  # an advisor's new microcentro is there, with its name
            self.out.add(
                Microcentre,
                {
                    **stamp,
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
            stamp = self.synced(
                person.id, self.moment(self.calendar.first_day + dt.timedelta(days=1))
            )
            if self.network is not None and person is self.advisor:
                continue  # she is there already, with her keys
            self.out.add(
                Person,
                {
                    **stamp,
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

    # --- observation, improvement, satisfaction, evidence ---------------------------

    def consent(self, observed_id: str, note: Row, day: dt.date) -> None:
        """The observed teacher lets the whole network read `note`. Drawn from a random
        generator of its own, so the rest of the demo keeps its numbers."""
        main, self.rng = self.rng, self._consent_rng
        try:
            when = self.moment(self.day_after(day, 1, 6) or day)
            self.out.add(
                ObservationConsent,
                {
                    **self.synced(observed_id, when),
                    "id": consent_id(note["id"]),
                    "note_id": note["id"],
                    "readers": Visibility.NETWORK.value,
                },
            )
        finally:
            self.rng = main

    def write_observations(self) -> None:
        self._consent_rng = random.Random(1107)
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
            chosen = self.weighted(
                (Visibility.PRIVATE, Visibility.ADVISOR, Visibility.NETWORK), (25, 35, 40)
            )
            # The observer keeps a draft or shares it; for the notes the whole network
            # reads, the observed teacher said so (her consent, below).
            widened = chosen == Visibility.NETWORK
            visibility = (Visibility.ADVISOR if widened else chosen).value
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
            if widened:
                self.consent(observed.id, note, day)
            if not note["deleted"] and self.rng.random() < 0.2:
                reply_day = self.day_after(day, 2, 8) or day
                self.out.add(
                    ObservationReply,
                    {
                        **self.synced(observed.id, self.moment(reply_day)),
                        "visibility": visibility,
                        "note_id": note["id"],
                        "text": f"{self.rng.choice(REPLY_OPENINGS)} "
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
            data = png_image(64, 48, colors, stripe=self.rng.randint(3, 9))
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
                    "caption": self.rng.choice(CAPTIONS),
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


def _new_network(session: Session) -> DemoNetwork:
    """The advisor's new microcentro in this folder, refused unless the folder holds
    nothing else (her person and that network)."""
    from minga.core.identity import current_actor, device_id

    actor = current_actor(session)
    centre = session.scalars(select(Microcentre).where(Microcentre.deleted.is_(False))).all()
    others = sum(
        session.scalar(select(func.count()).select_from(model)) or 0
        for model in SYNCED_MODELS
        if model not in (Microcentre, Person)
    )
    people = session.scalar(select(func.count()).select_from(Person)) or 0
    if actor.role != Role.ADVISOR or len(centre) != 1 or others or people != 1:
        raise DemoRefusedError()
    return DemoNetwork(centre[0].id, actor.person_id, actor.name, device_id(session))


def generate_demo(
    ws: Workspace,
    *,
    scale: Scale,
    seed: int,
    as_role: str = "teacher",
    progress: Progress | None = None,
    today: dt.date | None = None,
    into_network: bool = False,
) -> DemoReport:
    """Fills the empty data folder of `ws` with a fictional microcentre.

    The same `scale` and `seed` give the same records. This installation becomes the
    first teacher's (`as_role="teacher"`) or the advisor's (`"advisor"`), and the folder
    is marked as demo data. A folder that already holds records is refused with a
    `MingaError` and left as it was. `progress(done, total)` is called now and then.
    The calendar sits around `today` (by default the workspace clock's date).

    `into_network`: the folder is an advisor's new microcentro (`minga microcentro new`,
    `minga.core.networks.create_network`), holding only that network and her: the demo
    fills the network around her (its teachers, schools, sessions, practices...), under
    the name she gave it, with her person id and keys unchanged.
    """
    if as_role not in (Role.TEACHER, Role.ADVISOR):
        raise ValidationError(
            "role", QT_TRANSLATE_NOOP("errors", "Choose a role: teacher or advisor.")
        )
    with ws.db.session() as session:
        network = _new_network(session) if into_network else None
        if network is None:
            _check_empty(session, ws)
        estimate = 800 + int(scale.practices * 5.3)
        writer = DemoWriter(session, progress, estimate)
        demo = _Demo(
            scale,
            seed,
            writer,
            AttachmentStore(ws.dirs.attachments),
            today or ws.db.clock.today(),
            network=network,
        )
        with _big_page_cache(session), search.deferred_practice_index(session):
            demo.run()
            writer.finish()
        # Statistics for the query planner, so that search starts from the index.
        if ws.db.is_sqlite:
            session.execute(text("PRAGMA analysis_limit = 1000"))
        session.execute(text("ANALYZE"))
        person = demo.teachers[0] if as_role == Role.TEACHER else demo.advisor
        meta.put(session, meta.PERSON_ID, person.id)
        # Local edits after the demo must sort after every demo version (HLC contract).
        device = meta.get(session, meta.DEVICE_ID) or demo.devices[person.id]
        millis, counter, _ = demo.last_version.split("-", 2)
        last = f"{millis}-{counter}-{device}"
        meta.put(session, meta.HLC_LAST, max(last, meta.get(session, meta.HLC_LAST) or ""))
    ws.dirs.demo_marker.write_text("demo", encoding="utf-8")
    return DemoReport(
        rows=sum(writer.live.values()),
        practices=writer.live[Practice.__kind__],
        deleted=sum(writer.deleted.values()),
        kinds=dict(writer.live),
    )


__all__ = [
    "DEMO_ALREADY_THERE",
    "MAX_PRACTICES",
    "REFERENCE_TODAY",
    "SCALES",
    "DemoRefusedError",
    "DemoReport",
    "Progress",
    "Row",
    "Scale",
    "generate_demo",
    "parse_scale",
]
