"""The command line: the cycle after a session (`adopt`, `apply`, `tally`,
`self-assess`, `templates`, `indicators`).

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from minga.cli.common import (
    EXIT_OK,
    YEAR_RANGE,
    Context,
    Translator,
    print_json,
    print_line,
    whole_numbers,
)
from minga.cli.sessions import percent, session_ref, session_state_label
from minga.i18n import QT_TRANSLATE_NOOP


def add_parsers(commands: Any, cli: Translator) -> None:
    adopt = commands.add_parser("adopt", help=cli.tr("choose a colleague's practice to apply"))
    adopt.add_argument("--practice", required=True, help=cli.tr("the practice's id"))
    adopt.add_argument("--session", help=cli.tr("the session where you chose it (id or 'latest')"))
    adopt.add_argument("--notes", default="", help=cli.tr("notes"))
    adopt.add_argument(
        "--visibility",
        default="network",
        choices=("private", "advisor", "network"),
        help=cli.tr("who receives it: private, advisor or network"),
    )
    adopt.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    apply_cmd = commands.add_parser(
        "apply", help=cli.tr("record an application of a practice you chose")
    )
    apply_cmd.add_argument("--adoption", required=True, help=cli.tr("the adoption's id"))
    apply_cmd.add_argument("--date", required=True, help=cli.tr("date, as YYYY-MM-DD"))
    apply_cmd.add_argument(
        "--level",
        action="append",
        default=[],
        required=True,
        help=cli.tr("level: NT1, NT2, 1° to 8° (repeatable)"),
    )
    apply_cmd.add_argument(
        "--students",
        type=whole_numbers(cli, 0, 1000),
        required=True,
        help=cli.tr("students present"),
    )
    apply_cmd.add_argument("--notes", default="", help=cli.tr("notes"))
    apply_cmd.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    tally = commands.add_parser(
        "tally", help=cli.tr("record exit-ticket counts of an application (no names)")
    )
    tally.add_argument("--application", required=True, help=cli.tr("the application's id"))
    tally.add_argument(
        "--count",
        action="append",
        default=[],
        required=True,
        metavar=cli.tr("QUESTION:OPTION[:LEVEL]=N"),
        help=cli.tr(
            "how many students chose an option (repeatable; the level may be left out when "
            "the application has one level)"
        ),
    )
    tally.add_argument(
        "--template", help=cli.tr("the exit ticket's template id (default: the usual one)")
    )
    tally.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    assess = commands.add_parser(
        "self-assess", help=cli.tr("write the self-assessment of a practice you applied")
    )
    assess.add_argument("--adoption", required=True, help=cli.tr("the adoption's id"))
    assess.add_argument("--application", help=cli.tr("one application of it (optional)"))
    assess.add_argument(
        "--decision",
        required=True,
        choices=("continue", "adjust", "drop"),
        help=cli.tr("continue, adjust (continue with adjustments) or drop"),
    )
    assess.add_argument(
        "--rating",
        action="append",
        default=[],
        metavar=cli.tr("CRITERION=LEVEL"),
        help=cli.tr("a rubric criterion and its level (repeatable)"),
    )
    assess.add_argument("--adjustments", default="", help=cli.tr("adjustments made"))
    assess.add_argument("--reflection", default="", help=cli.tr("reflection"))
    assess.add_argument("--date", help=cli.tr("date, as YYYY-MM-DD (default: today)"))
    assess.add_argument(
        "--visibility",
        choices=("private", "advisor", "network"),
        help=cli.tr(
            "who receives this self-assessment: private, advisor or network (default: "
            "as it was, or the adoption's)"
        ),
    )
    assess.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    templates = commands.add_parser(
        "templates",
        help=cli.tr("list exit tickets, rubrics, observation protocols and the survey's wording"),
    )
    templates.add_argument(
        "--kind",
        choices=(
            "exit_ticket",
            "self_assessment_rubric",
            "observation_protocol",
            "satisfaction_survey",
        ),
        help=cli.tr("only this kind"),
    )
    templates.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    indicators = commands.add_parser(
        "indicators", help=cli.tr("the microcentre's indicators for a school year")
    )
    indicators.add_argument(
        "--year",
        type=whole_numbers(cli, *YEAR_RANGE),
        help=cli.tr("school year (default: the current one)"),
    )
    indicators.add_argument(
        "--scope",
        choices=("network", "mine"),
        help=cli.tr("network (the advisor's default) or mine (a teacher's default)"),
    )
    indicators.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def cmd_adopt(cli: Context) -> int:
    from minga.services.adoption import AdoptionInput, AdoptionService

    a = cli.args
    info = AdoptionService(cli.workspace.db).choose(
        AdoptionInput(
            practice_id=a.practice.strip(),
            session_id=session_ref(cli, a.session, held=True) if a.session else None,
            notes=a.notes,
            visibility=a.visibility,
        )
    )
    if a.json:
        print_json(
            {
                "id": info.id,
                "practice_id": info.practice_id,
                "practice_title": info.practice_title,
                "session_id": info.session_id,
                "chosen_on": info.chosen_on.isoformat(),
                "status": info.status,
            }
        )
    else:
        print_line(info.id)
    return EXIT_OK


def cmd_apply(cli: Context) -> int:
    from minga.domain import cycle_rules
    from minga.services.adoption import AdoptionService, ApplicationInput

    a = cli.args
    info = AdoptionService(cli.workspace.db).record_application(
        ApplicationInput(
            adoption_id=a.adoption.strip(),
            applied_on=cycle_rules.parse_date(a.date),
            levels=a.level,
            students_present=a.students,
            notes=a.notes,
        )
    )
    if a.json:
        print_json(
            {
                "id": info.id,
                "adoption_id": info.adoption_id,
                "applied_on": info.applied_on.isoformat(),
                "levels": info.levels,
                "students_present": info.students_present,
            }
        )
    else:
        print_line(info.id)
    return EXIT_OK


def _parse_cell(text: str, levels: list[str]) -> tuple[str, str, str, int]:
    """`question:option[:level]=n`; the level may be left out when there is only one."""
    import re

    from minga.domain.errors import ValidationError
    from minga.domain.validation import normalize_level

    match = re.fullmatch(r"\s*([^:=\s]+):([^:=\s]+)(?::([^=]+))?=\s*([0-9]{1,6})\s*", text or "")
    if not match:
        raise ValidationError(
            "counts",
            QT_TRANSLATE_NOOP(
                "errors", "'{value}' is not a count; write it as question:option:level=number."
            ),
            value=text,
        )
    question, option, level, count = match.groups()
    if level is None:
        if len(levels) != 1:
            raise ValidationError(
                "counts",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Say the level in '{value}': this application has several levels.",
                ),
                value=text,
            )
        level = levels[0]
    return question, option, normalize_level(level, "counts"), int(count)


def cmd_tally(cli: Context) -> int:
    from minga.domain.errors import ValidationError, ValidationErrors
    from minga.services.adoption import AdoptionService, TallyInput

    a = cli.args
    service = AdoptionService(cli.workspace.db)
    application = service.get_application(a.application.strip())
    existing = service.get_tally(application.id)
    counts: dict[str, dict[str, dict[str, int]]] = {
        q: {o: dict(by_level) for o, by_level in options.items()}
        for q, options in (existing.counts if existing else {}).items()
    }
    errors: list[ValidationError] = []
    for text in a.count:
        try:
            question, option, level, count = _parse_cell(text, application.levels)
        except ValidationError as exc:
            errors.append(exc)
            continue
        counts.setdefault(question, {}).setdefault(option, {})[level] = count
    if errors:
        raise ValidationErrors(errors)
    info = service.record_tally(
        TallyInput(
            application_id=application.id,
            counts=counts,
            template_id=a.template or (existing.template_id if existing else None),
        )
    )
    if a.json:
        print_json(
            {
                "id": info.id,
                "application_id": info.application_id,
                "template_id": info.template_id,
                "students_present": info.students_present,
                "counts": info.counts,
                "totals": info.totals,
            }
        )
    else:
        print_line(info.id)
    return EXIT_OK


def cmd_self_assess(cli: Context) -> int:
    from minga.domain import cycle_rules
    from minga.domain.errors import ValidationError, ValidationErrors
    from minga.services.adoption import AdoptionService, SelfAssessmentInput

    a = cli.args
    ratings: dict[str, int] = {}
    errors: list[ValidationError] = []
    for text in a.rating:
        criterion, sep, level = (text or "").partition("=")
        if not sep or not level.strip().isdigit() or not criterion.strip():
            errors.append(
                ValidationError(
                    "ratings",
                    QT_TRANSLATE_NOOP(
                        "errors", "'{value}' is not a rating; write it as criterion=level."
                    ),
                    value=text,
                )
            )
            continue
        ratings[criterion.strip()] = int(level)
    written_on = None
    if a.date:
        try:
            written_on = cycle_rules.parse_date(a.date)
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    info = AdoptionService(cli.workspace.db).record_self_assessment(
        SelfAssessmentInput(
            adoption_id=a.adoption.strip(),
            application_id=(a.application or "").strip() or None,
            decision=a.decision,
            ratings=ratings,
            adjustments=a.adjustments,
            reflection=a.reflection,
            written_on=written_on,
            visibility=a.visibility,
        )
    )
    if a.json:
        print_json(
            {
                "id": info.id,
                "adoption_id": info.adoption_id,
                "application_id": info.application_id,
                "decision": info.decision,
                "ratings": info.ratings,
                "written_on": info.written_on.isoformat(),
                "visibility": info.visibility,
            }
        )
    else:
        print_line(info.id)
    return EXIT_OK


def cmd_templates(cli: Context) -> int:
    from minga.services.templates import TemplateService, ensure_default_templates

    ensure_default_templates(cli.workspace.db)
    rows = TemplateService(cli.workspace.db).list(cli.args.kind)
    if cli.args.json:
        print_json({"templates": [t.as_json() for t in rows]})
        return EXIT_OK
    for t in rows:
        tags = ", ".join(t.tags)
        print_line(
            f"{t.id}  {t.kind}  {t.name}  ·  "
            + cli.tr("revision {n}", n=t.revision)
            + (f"  ·  {tags}" if tags else "")
        )
    return EXIT_OK


def cmd_indicators(cli: Context) -> int:
    from minga.services.indicators import IndicatorService

    service = IndicatorService(cli.workspace.db)
    scope = cli.args.scope
    if scope == "network":
        result = service.network(cli.args.year)
    elif scope == "mine":
        result = service.mine(cli.args.year)
    else:
        result = service.for_me(cli.args.year)
    if cli.args.json:
        from minga.services.year import YearService

        document = result.as_json()
        # Decreto 1.107: the hours the microcentre met per month, against 8 a month.
        document["hours_by_month"] = [
            h.as_json() for h in YearService(cli.workspace.db).hours_by_month(result.year)
        ]
        print_json(document)
        return EXIT_OK
    _print_indicators(cli, result)
    return EXIT_OK


def _print_indicators(cli: Context, r: Any) -> None:
    if r.scope == "network":
        print_line(cli.tr("Indicators of the microcentre, school year {year}", year=r.year))
    else:
        print_line(cli.tr("Your indicators, school year {year}", year=r.year))
    att = r.attendance.ratio
    print_line(
        cli.tr(
            "Attendance: {rate} ({present} of {total})",
            rate=percent(att.rate),
            present=att.numerator,
            total=att.denominator,
        )
    )
    shared = r.practices_shared
    if shared.goal is None:
        print_line(cli.tr("Practices presented: {count}", count=shared.count))
    else:
        print_line(
            cli.tr(
                "Practices shared: {count} of a goal of {goal}",
                count=shared.count,
                goal=shared.goal,
            )
        )
    print_line(
        cli.tr(
            "Adoption: {rate} ({chose} of {present} present chose a practice)",
            rate=percent(r.adoption.rate),
            chose=r.adoption.numerator,
            present=r.adoption.denominator,
        )
    )
    cont = r.continuation.ratio
    print_line(
        cli.tr(
            "Continuation: {rate} ({keep} of {total} self-assessments continue)",
            rate=percent(cont.rate),
            keep=cont.numerator,
            total=cont.denominator,
        )
    )
    sat = r.satisfaction
    print_line(cli.tr("Satisfaction survey ({answers} answers):", answers=sat.answers))
    from minga.services.indicators import DEFINITIONS, TOP_BOX

    for question in ("useful", "prepared", "trust"):
        definition = DEFINITIONS[question]
        goal = definition.goal
        top, agree = sat.top_box(question), sat.agree(question)
        headline = top if goal is not None and goal.basis == TOP_BOX else agree
        goal_text = ""
        if goal is not None:
            goal_text = cli.tr(
                " (goal {goal}, {source}, {basis})",
                goal=percent(goal.value),
                source=goal.source,
                basis=cli.tr("top answer") if goal.basis == TOP_BOX else cli.tr("agree or better"),
            )
        print_line(
            "  "
            + cli.tr(
                "{name}: {headline}{goal} · top answer {top} · agree or better {agree}",
                name=cli.t("indicators", definition.name),
                headline=percent(headline.rate),
                goal=goal_text,
                top=percent(top.rate),
                agree=percent(agree.rate),
            )
        )
    print_line(cli.tr("Exit tickets: %n tally(ies)", "", r.exit_tickets.tallies))
    for question in r.exit_tickets.questions:
        parts = [f"{o.label or o.id} {percent(o.total.rate)}" for o in question.options]
        print_line(f"  {question.prompt or question.id}  " + " · ".join(parts))
    if r.sessions:
        print_line(cli.tr("Sessions:"))
    for s in r.sessions:
        print_line(
            f"  {s.date.isoformat()}  #{s.number}  {s.title}  ·  "
            + cli.tr(
                "attendance {attendance}, adoption {adoption}",
                attendance=percent(s.attendance.ratio.rate),
                adoption=percent(s.adoption.rate),
            )
            + (f"  ·  {session_state_label(cli, s.state)}" if s.state == "to_close" else "")
        )
    last = r.pending.last_session
    if last is not None:
        print_line(
            cli.tr(
                "Pending (last session: {date}, {title}):",
                date=last.date.isoformat(),
                title=last.title,
            )
        )
    else:
        print_line(cli.tr("Pending:"))
    for t in r.pending.teachers:
        items = []
        if t.chose_at_last_session is False:
            items.append(cli.tr("has not chosen a practice"))
        if t.pending_self_assessments:
            items.append(cli.tr("%n self-assessment(s) pending", "", t.pending_self_assessments))
        if items:
            print_line(f"  {t.name}: " + "; ".join(items))


COMMANDS: dict[str, Callable[[Context], int]] = {
    "adopt": cmd_adopt,
    "apply": cmd_apply,
    "tally": cmd_tally,
    "self-assess": cmd_self_assess,
    "templates": cmd_templates,
    "indicators": cmd_indicators,
}
