"""Improvement cycles PHEA (Planear, Hacer, Estudiar, Ajustar; PDSA), as the Malloa
network used them to improve its own meetings.

- **Plan**: aim, change idea, prediction and the indicator to watch;
- **Do**: notes on what was done;
- **Study**: the indicator's value per period (data points, in order) and a run chart
  by the book (`minga.domain.cycle_rules.run_chart`): the median of the first
  `baseline_points` (6..10), kept until the author marks a change at a period
  (`change_periods`), then shift, trend, runs and astronomical points;
- **Adjust**: adopt, adapt or abandon the change, with notes.

Stages move one step at a time (`move_to`; see `cycle_rules.validate_stage_move`). A
cycle links the practices and sessions it concerns. The author owns the cycle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minga import display
from minga.core.identity import Actor, current_actor, stamper
from minga.core.records import find_live, own, person_name, save
from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.cycle_rules import CycleDecision, RunChart
from minga.domain.errors import ValidationError, ValidationErrors
from minga.domain.vocab import CycleStage, Visibility
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.sessions import iter_ids
from minga.store.db import Database
from minga.store.models import ImprovementCycle, MicrocentreSession, Practice


@dataclass
class CycleInput:
    """The plan of a cycle and what it links to."""

    title: str = ""
    aim: str = ""
    change_idea: str = ""
    prediction: str = ""
    indicator: str = ""
    started_on: dt.date | None = None
    practice_ids: list[str] = field(default_factory=list)
    session_ids: list[str] = field(default_factory=list)
    visibility: str = Visibility.NETWORK


@dataclass(frozen=True)
class DataPoint:
    period: str
    value: float


@dataclass(frozen=True)
class CycleInfo:
    id: str
    owner: str
    owner_name: str
    title: str
    stage: str
    aim: str
    change_idea: str
    prediction: str
    indicator: str
    do_notes: str
    data_points: list[DataPoint]
    study_notes: str
    decision: str
    adjust_notes: str
    practice_ids: list[str]
    session_ids: list[str]
    started_on: dt.date | None
    visibility: str
    is_mine: bool
    run_chart: RunChart
    updated_at: dt.datetime
    baseline_points: int = rules.BASELINE_DEFAULT
    change_periods: tuple[str, ...] = ()

    @property
    def plan_complete(self) -> bool:
        return all((self.aim, self.change_idea, self.prediction, self.indicator))


class ImprovementService:
    """PHEA cycles: plan, do, study (run chart), adjust, and the moves between stages."""

    def __init__(self, db: Database):
        self.db = db

    def create(self, data: CycleInput) -> CycleInfo:
        """A new cycle, in the Plan stage."""
        with self.db.session() as session:
            actor = current_actor(session)
            clean = _clean_plan(session, data)
            row = ImprovementCycle(stage=CycleStage.PLAN, data_points=[])
            _assign_plan(row, clean)
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return _info(session, row, actor)

    def update_plan(self, cycle_id: str, data: CycleInput) -> CycleInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ImprovementCycle, cycle_id, actor)
            _assign_plan(row, _clean_plan(session, data))
            save(session, actor, row)
            return _info(session, row, actor)

    def record_do(self, cycle_id: str, notes: str) -> CycleInfo:
        return self._set_text(cycle_id, "do_notes", notes)

    def record_study(self, cycle_id: str, notes: str) -> CycleInfo:
        return self._set_text(cycle_id, "study_notes", notes)

    def set_data_points(
        self, cycle_id: str, points: Iterable[DataPoint | dict[str, Any]]
    ) -> CycleInfo:
        """Replaces the indicator's series (periods unique, values numbers, in order)."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ImprovementCycle, cycle_id, actor)
            row.data_points = rules.validate_data_points(points)
            save(session, actor, row)
            return _info(session, row, actor)

    def add_data_point(self, cycle_id: str, period: str, value: float) -> CycleInfo:
        """Adds a period at the end, or replaces the value of a period already there."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ImprovementCycle, cycle_id, actor)
            points = [dict(p) for p in (row.data_points or [])]
            key = (period or "").strip()
            for point in points:
                if point.get("period") == key:
                    point["value"] = value
                    break
            else:
                points.append({"period": key, "value": value})
            row.data_points = rules.validate_data_points(points)
            save(session, actor, row)
            return _info(session, row, actor)

    def set_baseline(self, cycle_id: str, points: int) -> CycleInfo:
        """How many first points give the run chart its median (6..10)."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ImprovementCycle, cycle_id, actor)
            row.baseline_points = rules.validate_baseline(points)
            save(session, actor, row)
            return _info(session, row, actor)

    def mark_change(self, cycle_id: str, period: str, *, marked: bool = True) -> CycleInfo:
        """Marks (or unmarks) a change starting at `period`: from there the run chart
        takes a new baseline. Only then is the median recomputed."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ImprovementCycle, cycle_id, actor)
            key = (period or "").strip()
            periods = [p.get("period") for p in (row.data_points or []) if isinstance(p, dict)]
            if key not in periods:
                raise ValidationError(
                    "data_points",
                    QT_TRANSLATE_NOOP("errors", "There is no data point for '{period}'."),
                    period=key[:40],
                )
            if key == periods[0] and marked:
                raise ValidationError(
                    "data_points",
                    QT_TRANSLATE_NOOP(
                        "errors", "A change starts after the first point, not at it."
                    ),
                )
            changes = [c for c in (row.change_periods or []) if c != key]
            if marked:
                changes.append(key)
            row.change_periods = sorted(changes, key=periods.index)
            save(session, actor, row)
            return _info(session, row, actor)

    def record_adjust(self, cycle_id: str, decision: str, notes: str = "") -> CycleInfo:
        """The Adjust decision: adopt, adapt or abandon the change."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ImprovementCycle, cycle_id, actor)
            if decision not in set(CycleDecision):
                raise ValidationError(
                    "decision",
                    QT_TRANSLATE_NOOP(
                        "errors", "Unknown decision '{value}': use adopt, adapt or abandon."
                    ),
                    value=decision,
                )
            clean_notes = v.optional_text(notes, "adjust_notes", v.LONG_TEXT_MAX)
            if row.stage != CycleStage.ADJUST:
                raise ValidationError(
                    "decision",
                    QT_TRANSLATE_NOOP(
                        "errors", "Move the cycle to the Adjust stage before deciding."
                    ),
                )
            row.decision, row.adjust_notes = decision, clean_notes
            save(session, actor, row)
            return _info(session, row, actor)

    def move_to(self, cycle_id: str, stage: str) -> CycleInfo:
        """Moves the cycle to `stage` (next or previous; Adjust -> Plan after 'adapt'
        starts a new turn, which clears the decision)."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ImprovementCycle, cycle_id, actor)
            rules.validate_stage_move(
                row.stage,
                stage,
                plan_complete=all((row.aim, row.change_idea, row.prediction, row.indicator)),
                do_notes=row.do_notes or "",
                data_points=len(row.data_points or []),
                decision=row.decision or "",
            )
            if row.stage == CycleStage.ADJUST and stage == CycleStage.PLAN:
                row.decision = ""
            row.stage = stage
            save(session, actor, row)
            return _info(session, row, actor)

    def delete(self, cycle_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ImprovementCycle, cycle_id, actor)
            row.deleted = True
            save(session, actor, row)

    def get(self, cycle_id: str) -> CycleInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            return _info(session, find_live(session, ImprovementCycle, cycle_id), actor)

    def list_cycles(self, *, mine_only: bool = False) -> list[CycleInfo]:
        """Live cycles (others' private ones never show), newest start first."""
        with self.db.session() as session:
            actor = current_actor(session)
            stmt = select(ImprovementCycle).where(ImprovementCycle.deleted.is_(False))
            if mine_only:
                stmt = stmt.where(ImprovementCycle.owner == actor.person_id)
            rows = [
                row
                for row in session.scalars(stmt)
                if row.visibility != Visibility.PRIVATE or row.owner == actor.person_id
            ]
            rows.sort(key=lambda r: (r.started_on or dt.date.min, r.updated_at), reverse=True)
            return [_info(session, row, actor) for row in rows]

    def run_chart(self, cycle_id: str) -> RunChart:
        return self.get(cycle_id).run_chart

    def _set_text(self, cycle_id: str, name: str, text: str) -> CycleInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ImprovementCycle, cycle_id, actor)
            setattr(row, name, v.optional_text(text, name, v.LONG_TEXT_MAX))
            save(session, actor, row)
            return _info(session, row, actor)


def _clean_plan(session: Session, data: CycleInput) -> CycleInput:
    errors: list[ValidationError] = []

    def attempt(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except ValidationError as exc:
            errors.append(exc)
            return None

    title = attempt(v.required_text, data.title, "title", v.TITLE_MAX)
    aim = attempt(v.optional_text, data.aim, "aim", v.LONG_TEXT_MAX)
    change_idea = attempt(v.optional_text, data.change_idea, "change_idea", v.LONG_TEXT_MAX)
    prediction = attempt(v.optional_text, data.prediction, "prediction", v.LONG_TEXT_MAX)
    indicator = attempt(v.optional_text, data.indicator, "indicator", 300)
    started_on = (
        attempt(rules.parse_date, data.started_on, "started_on") if data.started_on else None
    )
    practice_ids = iter_ids(data.practice_ids)
    session_ids = iter_ids(data.session_ids)
    _check_links(session, Practice, practice_ids, "practices", errors)
    _check_links(session, MicrocentreSession, session_ids, "sessions", errors)
    if data.visibility not in set(Visibility):
        errors.append(
            ValidationError(
                "visibility",
                QT_TRANSLATE_NOOP("errors", "Unknown visibility '{value}'."),
                value=data.visibility,
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return CycleInput(
        title=title,
        aim=aim,
        change_idea=change_idea,
        prediction=prediction,
        indicator=indicator,
        started_on=started_on,
        practice_ids=practice_ids,
        session_ids=session_ids,
        visibility=data.visibility,
    )


def _check_links(
    session: Session, model: Any, ids: Sequence[str], field_name: str, errors: list[ValidationError]
) -> None:
    if not ids:
        return
    found = set(
        session.scalars(select(model.id).where(model.id.in_(ids), model.deleted.is_(False)))
    )
    for missing in (i for i in ids if i not in found):
        errors.append(
            ValidationError(
                field_name,
                QT_TRANSLATE_NOOP("errors", "The record {id} does not exist."),
                id=missing,
            )
        )


def _assign_plan(row: ImprovementCycle, data: CycleInput) -> None:
    row.title = data.title
    row.aim = data.aim
    row.change_idea = data.change_idea
    row.prediction = data.prediction
    row.indicator = data.indicator
    row.started_on = data.started_on
    row.practice_ids = list(data.practice_ids)
    row.session_ids = list(data.session_ids)
    row.visibility = data.visibility


_STAGES = frozenset(stage.value for stage in CycleStage)


def _known_stage(stage: str) -> str:
    """A stored stage this Minga does not know is shown as the first (minga.display)."""
    if stage in _STAGES:
        return stage
    display.warn_once("improvement cycle", f"unknown stage {str(stage)[:20]!r}")
    return CycleStage.PLAN.value


def _info(session: Session, row: ImprovementCycle, actor: Actor) -> CycleInfo:
    # Stored points are shown as they can be: one that is not a number is left out.
    points = [
        DataPoint(display.text(p.get("period", ""), "improvement cycle"), float(value))
        for p in display.items(row.data_points, "improvement cycle")
        if isinstance(p, dict)
        and (value := display.number(p.get("value", 0.0), "improvement cycle")) is not None
    ]
    baseline = row.baseline_points
    if not isinstance(baseline, int) or not rules.BASELINE_MIN <= baseline <= rules.BASELINE_MAX:
        baseline = rules.BASELINE_DEFAULT
    changes = tuple(
        c for c in display.items(row.change_periods, "improvement cycle") if isinstance(c, str)
    )
    index = {p.period: i for i, p in enumerate(points)}
    return CycleInfo(
        id=row.id,
        owner=row.owner,
        owner_name=person_name(session, row.owner),
        title=row.title,
        stage=_known_stage(row.stage),
        aim=row.aim,
        change_idea=row.change_idea,
        prediction=row.prediction,
        indicator=row.indicator,
        do_notes=row.do_notes,
        data_points=points,
        study_notes=row.study_notes,
        decision=row.decision,
        adjust_notes=row.adjust_notes,
        practice_ids=list(row.practice_ids or []),
        session_ids=list(row.session_ids or []),
        started_on=row.started_on,
        visibility=row.visibility,
        is_mine=row.owner == actor.person_id,
        run_chart=rules.run_chart(
            [p.value for p in points],
            baseline=baseline,
            changes=[index[c] for c in changes if c in index],
        ),
        updated_at=row.updated_at,
        baseline_points=baseline,
        change_periods=changes,
    )
