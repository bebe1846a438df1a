"""The satisfaction survey of a session: an answer recorded (one's own in Minga, or a
paper form the advisor types in, anonymous either way), one's own answer read back,
deleted, and the session's summary (a part of `SessionService`).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minga.core.identity import current_actor, stamper
from minga.core.records import find_live, own, save
from minga.domain import anonymous, schema
from minga.domain import authorization as authz
from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.errors import (
    ValidationError,
    ValidationErrors,
)
from minga.domain.vocab import (
    Role,
    Visibility,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.session_data import (
    SatisfactionInfo,
    SatisfactionInput,
    SatisfactionSummary,
)
from minga.services.session_helpers import (
    NoContext,
    answer_info,
    satisfaction_info,
    survey_errors,
)
from minga.store.db import Database
from minga.store.models import (
    MicrocentreSession,
    SatisfactionResponse,
    SurveyAnswer,
)
from minga.sync import survey_pool


class SessionSurveys:
    """The survey's use cases of `SessionService`."""

    db: Database

    # --- satisfaction survey --------------------------------------------------------

    def record_satisfaction(self, session_id: str, data: SatisfactionInput) -> SatisfactionInfo:
        """A teacher's own answer (anonymous, final) or, for the advisor, paper forms.

        A teacher's answer travels without her name (`survey_answer`, minga.domain.
        anonymous): it cannot be changed once given, and only her computer can show it
        back to her. The advisor types in paper forms, one (`count` 1) or a tally of
        identical ones; no answer names its respondent any more.
        """
        errors = survey_errors(data)
        try:
            comment = v.optional_text(data.comment, "comment", v.LONG_TEXT_MAX)
        except ValidationError as exc:
            errors.append(exc)
            comment = ""
        with self.db.session() as session:
            actor = current_actor(session)
            host = find_live(session, MicrocentreSession, session_id)
            if actor.role != Role.ADVISOR:
                return self._answer(session, host, data, comment, errors)
            if data.respondent_id:
                errors.append(
                    ValidationError(
                        "respondent",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Survey answers are anonymous: an answer cannot name who gave it.",
                        ),
                    )
                )
            if errors:
                raise ValidationErrors(errors)
            row = SatisfactionResponse(
                session_id=host.id, respondent_id=None, visibility=Visibility.NETWORK
            )
            row.useful, row.prepared, row.trust = data.useful, data.prepared, data.trust
            row.applied, row.count, row.comment = data.applied, data.count, comment
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return satisfaction_info(row, is_mine=True)

    def _answer(
        self,
        session: Session,
        host: MicrocentreSession,
        data: SatisfactionInput,
        comment: str,
        errors: list[ValidationError],
    ) -> SatisfactionInfo:
        if data.count != 1:
            errors.append(
                ValidationError(
                    "count",
                    QT_TRANSLATE_NOOP("errors", "A teacher gives one answer, her own."),
                )
            )
        if data.applied not in rules.SATISFACTION_LEVELS:
            errors.append(
                ValidationError(
                    "applied", QT_TRANSLATE_NOOP("errors", "Answer with a level from 1 to 4.")
                )
            )
        if len(comment) > anonymous.COMMENT_MAX:
            errors.append(
                ValidationError(
                    "comment",
                    QT_TRANSLATE_NOOP("errors", "At most {max} characters."),
                    max=anonymous.COMMENT_MAX,
                )
            )
        if errors:
            raise ValidationErrors(errors)
        if survey_pool.pooled(session, host.id):
            raise ValidationErrors(
                [
                    ValidationError(
                        "answer",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "You already answered this survey. Your answer left without "
                            "your name, so it cannot be changed.",
                        ),
                    )
                ]
            )
        row = SurveyAnswer(
            id=str(uuid.uuid4()),
            owner=anonymous.OWNER,
            version=anonymous.VERSION,
            prev_version=None,
            updated_at=anonymous.UPDATED_AT,
            deleted=False,
            visibility=anonymous.VISIBILITY,
            session_id=host.id,
            useful=data.useful,
            prepared=data.prepared,
            trust=data.trust,
            applied=data.applied,
            comment=schema.cleaned_text(anonymous.KIND, "comment", comment),
        )
        record = {c.name: getattr(row, c.name) for c in SurveyAnswer.__table__.columns}
        denied = authz.authorize(
            anonymous.KIND, authz.CREATE, anonymous.OWNER, record, None, NoContext()
        )
        if denied is not None:  # pragma: no cover - the row above has the shape
            raise ValueError(denied.text())
        session.add(row)
        session.flush()
        return answer_info(row)

    def my_survey_answer(self, session_id: str) -> SatisfactionInfo | None:
        """The answer this computer gave to a session's survey (a teacher's computer: her
        own; nobody else's computer can tell it is hers)."""
        with self.db.session() as session:
            actor = current_actor(session)
            if actor.role == Role.ADVISOR:
                return None
            row = session.scalars(
                select(SurveyAnswer).where(
                    SurveyAnswer.session_id == session_id, SurveyAnswer.deleted.is_(False)
                )
            ).first()
            return answer_info(row) if row is not None else None

    def delete_satisfaction(self, response_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, SatisfactionResponse, response_id, actor)
            row.deleted = True
            save(session, actor, row)

    def satisfaction_summary(self, session_id: str) -> SatisfactionSummary:
        """% answering 3 or 4 per question, counting each tally as its `count` answers.

        Only tallies count (the advisor's, published from 3 anonymous answers on, and
        paper forms); on the advisor's computer `waiting` says how many anonymous answers
        wait for the third.
        """
        with self.db.session() as session:
            actor = current_actor(session)
            find_live(session, MicrocentreSession, session_id)
            rows = session.execute(
                select(
                    SatisfactionResponse.useful,
                    SatisfactionResponse.prepared,
                    SatisfactionResponse.trust,
                    SatisfactionResponse.applied,
                    func.sum(SatisfactionResponse.count),
                )
                .where(
                    SatisfactionResponse.session_id == session_id,
                    SatisfactionResponse.deleted.is_(False),
                )
                .group_by(
                    SatisfactionResponse.useful,
                    SatisfactionResponse.prepared,
                    SatisfactionResponse.trust,
                    SatisfactionResponse.applied,
                )
            ).all()
            pooled = survey_pool.pooled(session, session_id) if actor.role == Role.ADVISOR else 0
        ratios = [rules.satisfaction_rate((row[i], int(row[4])) for row in rows) for i in range(4)]
        return SatisfactionSummary(
            session_id=session_id,
            answers=sum(int(row[4]) for row in rows),
            useful=ratios[0],
            prepared=ratios[1],
            trust=ratios[2],
            applied=ratios[3],
            waiting=pooled if pooled < anonymous.TALLY_MIN else 0,
        )
