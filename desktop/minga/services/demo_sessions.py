"""The demo generator's sessions and practices: the session plan, the practices each
teacher writes, who presents what, the sessions with their agendas and actas, and the
school year's plan.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import accumulate
from typing import Any

from minga.domain.validation import fold
from minga.domain.vocab import (
    AttendanceStatus,
    PracticeStatus,
    SessionModality,
    Visibility,
)
from minga.services import demo_content as content
from minga.services.demo_base import (
    AGREEMENT,
    EXCUSE_NOTES,
    GUESTS,
    PERSONAL_AGREEMENTS,
    DemoBase,
    DemoPerson,
    DemoPractice,
    DemoSession,
    grade_level,
    level_key,
    weekday_on_or_after,
)
from minga.store.models import (
    Agreement,
    Attendance,
    MicrocentreSession,
    Practice,
    Presentation,
    YearPlan,
)


class DemoSessionsAndPractices(DemoBase):
    # --- sessions -------------------------------------------------------------------

    def plan_sessions(self) -> None:
        weekday = self.rng.choice((2, 3, 4))  # the microcentre meets on Wed, Thu or Fri
        number_in_year: Counter[int] = Counter()
        for date in self.calendar.session_dates(weekday):
            self.session_months.append((date.year, date.month))
            number_in_year[date.year] += 1
            # A session of today is still to be held (and closed) by the advisor.
            self.sessions.append(
                DemoSession(self.new_id(), number_in_year[date.year], date, held=date < self.today)
            )
        # Each teacher's own chance of making it (the road, the weather, licences).
        reliability = [0.88 + 0.1 * self.rng.random() for _ in self.teachers]
        for session in self.sessions:
            if session.held:
                session.present = [
                    t for t, chance in enumerate(reliability) if self.rng.random() < chance
                ]

    # --- practices ------------------------------------------------------------------

    def _template_weights(self, teacher: DemoPerson) -> list[float]:
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

    def _title(self, template: int, teacher: DemoPerson, used: set[str]) -> str:
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
        planned: list[DemoPractice] = []
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
            levels.sort(key=level_key)
            oa_codes = [c for c in template["oa_codes"] if grade_level(c) in levels] or list(
                template["oa_codes"]
            )
            if len(oa_codes) > 1 and self.rng.random() < 0.2:
                oa_codes = oa_codes[:-1]
            visibility = self.weighted(
                (Visibility.NETWORK, Visibility.ADVISOR, Visibility.PRIVATE), (90, 6, 4)
            )
            planned.append(
                DemoPractice(
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
            chosen: list[DemoPractice] = []
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
                count = len(session.presented)
                talks_text = (
                    "No se presentaron prácticas; la sesión se dedicó a su programa. "
                    if not count
                    else f"Se presentó 1 práctica: {presented}. "
                    if count == 1
                    else f"Se presentaron {count} prácticas: {presented}. "
                )
                minutes_text = (
                    f"Asistieron {len(session.present)} de {len(self.teachers)} docentes. "
                    f"{talks_text}{AGREEMENT}"
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
                    status, note = AttendanceStatus.EXCUSED, self.rng.choice(EXCUSE_NOTES)
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
                    "ends_on": weekday_on_or_after(dt.date(year, 12, 15), 4),
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
                (AGREEMENT, None),
                (self.rng.choice(PERSONAL_AGREEMENTS), someone.id),
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
            guest, institution, title, minutes, subjects = self.rng.choice(GUESTS)
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
