"""The exit-ticket part of the indicators: each question's answers per month (the
network) or per application (a teacher's own), in the template's order and words.

`IndicatorService` (`minga.services.indicators`) gathers the other figures; its gatherer
inherits `ExitTicketPart`. Reading every tally of the year is the dearest part of the
indicators (a teacher of the `large` demo has some 1,300 tallies in a year), so the
trends are kept per service, year and person until a tally changes (any change bumps
the table's highest `change_seq`), and the window asks for them after the other figures
(`IndicatorService.exit_tickets_for_me`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import Ratio, TallyObservation, TrendPoint
from minga.domain.vocab import TemplateKind
from minga.services.indicator_figures import ExitTicketFigures, OptionTrend, QuestionTrend
from minga.services.templates import default_template_id, load_default
from minga.store.models import ExitTicketTally, Template

__all__ = ["ExitTicketPart"]

Trends = dict[str, dict[str, list[TrendPoint]]]


class ExitTicketPart:
    """The exit tickets of one computation (a part `_Gatherer` inherits)."""

    s: Session
    year: int
    first: dt.date
    last: dt.date
    me: str | None
    cache: dict[str, Any]

    def _exit_tickets(self) -> ExitTicketFigures:
        """The number of tallies of the year and each question's trends, labelled."""
        fingerprint = self.s.execute(
            select(func.count(), func.max(ExitTicketTally.change_seq))
        ).one()
        key = (self.year, self.me, tuple(fingerprint))
        cached = self.cache.get("exit_tickets")
        if cached is not None and cached[0] == key:
            tallies, trends = cached[1]
        else:
            tallies, trends = self._tallies(), rules.exit_ticket_trends(self._observations())
            self.cache["exit_tickets"] = (key, (tallies, trends))
        return ExitTicketFigures(tallies, self._label(trends))

    def _tallies(self) -> int:
        stmt = select(func.count()).where(
            ExitTicketTally.deleted.is_(False),
            ExitTicketTally.applied_on.between(self.first, self.last),
        )
        if self.me is not None:
            stmt = stmt.where(ExitTicketTally.owner == self.me)
        return self.s.scalar(stmt) or 0

    def _observations(self) -> list[TallyObservation]:
        """One per application of a teacher's own; one per month for the network."""
        if self.me is None:
            return self._monthly_sums()
        return [
            TallyObservation(app_id, day, counts or {})
            for app_id, day, counts in self.s.execute(
                select(
                    ExitTicketTally.application_id,
                    ExitTicketTally.applied_on,
                    ExitTicketTally.counts,
                ).where(
                    ExitTicketTally.deleted.is_(False),
                    ExitTicketTally.owner == self.me,
                    ExitTicketTally.applied_on.between(self.first, self.last),
                )
            )
        ]

    def _monthly_sums(self) -> list[TallyObservation]:
        """Answers per month, question and option, summed in SQL over the JSON counts."""
        dialect = self.s.get_bind().dialect.name
        if dialect == "sqlite":
            # One pass of json_tree per tally: its integer leaves sit at $.question.option.
            sql = text(
                "SELECT substr(t.applied_on, 1, 7) AS period, j.path, SUM(j.value) "
                "FROM exit_ticket_tallies AS t, json_tree(t.counts) AS j "
                "WHERE t.deleted = 0 AND t.applied_on BETWEEN :first AND :last "
                "AND j.type = 'integer' GROUP BY period, j.path"
            )
            params: dict[str, Any] = {
                "first": self.first.isoformat(),
                "last": self.last.isoformat(),
            }
        elif dialect == "postgresql":
            sql = text(
                "SELECT to_char(t.applied_on, 'YYYY-MM') AS period, "
                "'$.' || q.key || '.' || o.key, SUM((l.value)::int) "
                "FROM exit_ticket_tallies AS t, jsonb_each(t.counts::jsonb) AS q, "
                "jsonb_each(q.value) AS o, jsonb_each_text(o.value) AS l "
                "WHERE NOT t.deleted AND t.applied_on BETWEEN :first AND :last "
                "GROUP BY 1, 2"
            )
            params = {"first": self.first, "last": self.last}
        else:  # pragma: no cover - a new dialect needs its branch
            raise NotImplementedError(f"exit-ticket sums for {dialect}")
        months: dict[str, dict[str, dict[str, dict[str, int]]]] = {}
        for period, path, total in self.s.execute(sql, params):
            keys = _json_path_keys(path)
            if len(keys) != 2:
                continue  # not a count of $.question.option.level
            question, option = keys
            months.setdefault(period, {}).setdefault(question, {})[option] = {"*": int(total)}
        return [
            TallyObservation(period, dt.date(int(period[:4]), int(period[5:7]), 1), counts)
            for period, counts in months.items()
        ]

    def _label(self, trends: Trends) -> list[QuestionTrend]:
        """Questions and options in the template's order, with its prompts and labels."""
        row = self.s.get(Template, default_template_id(TemplateKind.EXIT_TICKET))
        body = row.body if row is not None and not row.deleted else None
        if not body:
            body = load_default(TemplateKind.EXIT_TICKET).body
        prompts: dict[str, str] = {}
        labels: dict[tuple[str, str], str] = {}
        order: list[tuple[str, list[str]]] = []
        for q in body.get("questions", []):
            prompts[q["id"]] = q.get("prompt", "")
            options = [o["id"] for o in q.get("options", [])]
            for o in q.get("options", []):
                labels[(q["id"], o["id"])] = o.get("label", "")
            order.append((q["id"], options))
        known = {q for q, _ in order}
        order += [(q, []) for q in sorted(trends) if q not in known]
        result = []
        for question, options in order:
            by_option = trends.get(question)
            if not by_option:
                continue
            ids = [o for o in options if o in by_option] + sorted(
                o for o in by_option if o not in options
            )
            result.append(
                QuestionTrend(
                    id=question,
                    prompt=prompts.get(question, ""),
                    options=[
                        OptionTrend(
                            id=option,
                            label=labels.get((question, option), ""),
                            total=_total_share(by_option[option]),
                            trend=by_option[option],
                        )
                        for option in ids
                    ],
                )
            )
        return result


def _total_share(points: list[TrendPoint]) -> Ratio:
    """The sum of the points' shares (answers with the option / answers), in one pass."""
    return Ratio(sum(p.share.numerator for p in points), sum(p.share.denominator for p in points))


_PATH_STEP = re.compile(r'\.(?:"((?:[^"\\]|\\.)*)"|([^."\[]+))')


def _json_path_keys(path: str) -> list[str]:
    """The object keys of a JSON path as SQLite writes it: `$.again."tal_vez"` ->
    ["again", "tal_vez"]; array steps make it unusable (empty list)."""
    if not path.startswith("$"):
        return []
    keys: list[str] = []
    position = 1
    while position < len(path):
        match = _PATH_STEP.match(path, position)
        if match is None:
            return []
        quoted, bare = match.groups()
        keys.append(bare if quoted is None else quoted.replace('\\"', '"'))
        position = match.end()
    return keys
