"""The demo generator's evaluation: feedback on presented practices, choices of
colleagues' practices, their applications, exit-ticket tallies and self-assessments.
"""

from __future__ import annotations

import datetime as dt

from minga.domain.vocab import (
    ContinueDecision,
    PracticeStatus,
    Replicability,
    TemplateKind,
    Visibility,
)
from minga.services import demo_content as content
from minga.services.demo_base import DemoBase, DemoPractice, DemoSession, level_key
from minga.store.models import (
    Adoption,
    Application,
    ExitTicketTally,
    PracticeFeedback,
    SelfAssessment,
)


class DemoEvaluation(DemoBase):
    # --- evaluation -----------------------------------------------------------------

    def feedback(self, practice: DemoPractice, author: int, session: DemoSession | None) -> None:
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

    def _next_session(self, day: dt.date) -> DemoSession | None:
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

    def adoption(self, practice: DemoPractice, adopter: int, session: DemoSession) -> None:
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
                self.rng.sample(levels, self.rng.randint(1, min(3, len(levels)))), key=level_key
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
