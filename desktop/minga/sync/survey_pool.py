"""The advisor's pool of anonymous survey answers, and the tallies it publishes.

Teachers' answers arrive as `survey_answer` records without author (minga.domain.
anonymous). On the advisor's computer they stay in `survey_answers` with change number 0, the
table rewritten in the order of the answers' random ids after every import (so neither
the change numbers nor the rowids tell which bundle brought which answer), and never
travel on. Once a session has at
least `TALLY_MIN` answers, the advisor's Minga publishes the session's tally: one
`satisfaction_response` owned by the advisor per distinct combination of levels, with
its `count` and the comments of those answers (sorted, without names). Those tallies
travel to the network like any other record; the answers themselves never do.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from minga.core.identity import Actor, stamper
from minga.core.records import save
from minga.domain import anonymous
from minga.domain.vocab import Visibility
from minga.store.models import SatisfactionResponse, SurveyAnswer

TALLY_NAMESPACE = uuid.UUID("5f0d3c52-8a57-4bb5-9a1e-6b8f5d0c2e17")
Levels = tuple[int, int, int, int]


def tally_id(session_id: str, levels: Levels) -> str:
    """The same combination of a session's tally keeps one record, edited as it grows."""
    key = f"survey-tally/{session_id}/" + "".join(str(v) for v in levels)
    return str(uuid.uuid5(TALLY_NAMESPACE, key))


def pooled(session: Session, session_id: str) -> int:
    """How many anonymous answers this computer holds for a session."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(SurveyAnswer)
            .where(SurveyAnswer.session_id == session_id, SurveyAnswer.deleted.is_(False))
        )
        or 0
    )


def settle(session: Session, actor: Actor) -> int:
    """Unlinks the pool from the import order and publishes the tallies due (advisor
    only). Returns how many tally records were written."""
    session.flush()
    _shuffle(session)
    groups: dict[str, dict[Levels, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in session.execute(
        select(
            SurveyAnswer.session_id,
            SurveyAnswer.useful,
            SurveyAnswer.prepared,
            SurveyAnswer.trust,
            SurveyAnswer.applied,
            SurveyAnswer.comment,
        ).where(SurveyAnswer.deleted.is_(False))
    ):
        levels = (int(row[1]), int(row[2]), int(row[3]), int(row[4]))
        groups[row[0]][levels].append(row[5] or "")
    written = 0
    for session_id, combos in sorted(groups.items()):
        if sum(len(c) for c in combos.values()) < anonymous.TALLY_MIN:
            continue
        for levels, comments in sorted(combos.items()):
            written += _publish(session, actor, session_id, levels, comments)
    session.flush()
    return written


def _shuffle(session: Session) -> None:
    """Change number 0 and rowids in the order of the random ids: nothing of the pool
    keeps the order (nor the import) in which its answers arrived."""
    fresh = session.scalar(
        select(func.count()).select_from(SurveyAnswer).where(SurveyAnswer.change_seq != 0)
    )
    if not fresh:
        return
    table = SurveyAnswer.__table__
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    session.execute(text("CREATE TEMP TABLE survey_pool_copy AS SELECT * FROM survey_answers"))
    session.execute(text("DELETE FROM survey_answers"))
    session.execute(
        text(
            f"INSERT INTO survey_answers ({names}) SELECT {names} FROM survey_pool_copy ORDER BY id"
        )
    )
    session.execute(text("DROP TABLE survey_pool_copy"))
    session.execute(update(SurveyAnswer).values(change_seq=0))


def _publish(
    session: Session, actor: Actor, session_id: str, levels: Levels, comments: list[str]
) -> int:
    record_id = tally_id(session_id, levels)
    text = "\n\n".join(sorted(c.strip() for c in comments if c.strip()))
    values: dict[str, Any] = {
        "useful": levels[0],
        "prepared": levels[1],
        "trust": levels[2],
        "applied": levels[3],
        "count": len(comments),
        "comment": text,
    }
    row = session.get(SatisfactionResponse, record_id)
    if row is None:
        row = SatisfactionResponse(
            id=record_id,
            session_id=session_id,
            respondent_id=None,
            visibility=Visibility.NETWORK,
            **values,
        )
        stamper(session, actor).stamp(row, new=True)
        session.add(row)
        session.flush()
        return 1
    if row.owner != actor.person_id:
        return 0
    for name, value in values.items():
        setattr(row, name, value)
    row.deleted = False
    return 1 if save(session, actor, row) else 0
