"""The command line: `year set|show` (the advisor's year plan) and `agreement
add|list|done` (the acta's agreements).

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from minga.cli.common import (
    EXIT_OK,
    YEAR_RANGE,
    Context,
    Parser,
    Translator,
    print_json,
    print_line,
    whole_numbers,
)


def add_parsers(commands: Any, cli: Translator) -> None:
    year = commands.add_parser(
        "year", help=cli.tr("the school year: focus, goal and calendar of sessions")
    )
    actions = year.add_subparsers(
        dest="year_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    set_ = actions.add_parser("set", help=cli.tr("set the year plan (advisor)"))
    set_.add_argument(
        "--year", type=whole_numbers(cli, *YEAR_RANGE), required=True, help=cli.tr("year")
    )
    set_.add_argument("--focus", help=cli.tr("the annual focus"))
    set_.add_argument(
        "--goal", type=whole_numbers(cli, 0, 100), help=cli.tr("practices to share in the year")
    )
    set_.add_argument("--start", help=cli.tr("first school day, as YYYY-MM-DD"))
    set_.add_argument("--end", help=cli.tr("last school day, as YYYY-MM-DD"))
    set_.add_argument(
        "--break",
        dest="breaks",
        action="append",
        metavar=cli.tr("FROM..TO"),
        help=cli.tr(
            "days without sessions, as YYYY-MM-DD..YYYY-MM-DD[=label] (repeatable; "
            "replaces the default breaks and holidays)"
        ),
    )
    set_.add_argument(
        "--week",
        type=whole_numbers(cli, 1, 5),
        help=cli.tr("suggested meeting: which week of the month (1-4, 5 the last)"),
    )
    set_.add_argument(
        "--weekday",
        type=whole_numbers(cli, 1, 5),
        help=cli.tr("suggested meeting: day of the week (1 Monday ... 5 Friday)"),
    )
    set_.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    show = actions.add_parser("show", help=cli.tr("show the year plan and its sessions"))
    show.add_argument("--year", type=whole_numbers(cli, *YEAR_RANGE), help=cli.tr("year"))
    show.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    agreement = commands.add_parser("agreement", help=cli.tr("the agreements of a session's acta"))
    a_actions = agreement.add_subparsers(
        dest="agreement_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    add = a_actions.add_parser("add", help=cli.tr("record an agreement (advisor)"))
    add.add_argument("--session", required=True, help=cli.tr("the session's id, or 'latest'"))
    add.add_argument("--text", required=True, help=cli.tr("what was agreed"))
    add.add_argument(
        "--responsible", help=cli.tr("the responsible member's id (default: the whole network)")
    )
    add.add_argument("--due", help=cli.tr("due date, as YYYY-MM-DD"))
    add.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    list_ = a_actions.add_parser("list", help=cli.tr("list agreements"))
    list_.add_argument("--session", help=cli.tr("the session's id, or 'latest'"))
    list_.add_argument("--open", action="store_true", help=cli.tr("only the open ones"))
    list_.add_argument(
        "--mine", action="store_true", help=cli.tr("only mine and the whole network's")
    )
    list_.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    done = a_actions.add_parser("done", help=cli.tr("mark an agreement done (advisor)"))
    done.add_argument("agreement", help=cli.tr("the agreement's id"))
    done.add_argument("--on", help=cli.tr("the day it was done (default: today)"))
    done.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def _date(value: str | None) -> Any:
    from minga.domain import cycle_rules

    return cycle_rules.parse_date(value) if value else None


def cmd_year(cli: Context) -> int:
    actions: dict[str, Callable[[Context], int]] = {"set": _cmd_year_set, "show": _cmd_year_show}
    return actions[cli.args.year_command](cli)


def _cmd_year_set(cli: Context) -> int:
    from minga.domain import school_year as sy
    from minga.domain.errors import ValidationError, ValidationErrors
    from minga.services.year import YearPlanInput, YearService

    a = cli.args
    service = YearService(cli.workspace.db)
    current = service.get(a.year)
    errors: list[ValidationError] = []
    dates = {}
    for name in ("start", "end"):
        try:
            dates[name] = _date(getattr(a, name))
        except ValidationError as exc:
            errors.append(exc)
    breaks = None
    if a.breaks is not None:
        breaks = []
        for text in a.breaks:
            try:
                breaks.append(sy.parse_break(text))
            except ValidationError as exc:
                errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    cal = current.calendar
    info = service.set(
        YearPlanInput(
            year=a.year,
            focus=current.focus if a.focus is None else a.focus,
            goal=current.goal if a.goal is None else a.goal,
            starts_on=dates.get("start"),
            ends_on=dates.get("end"),
            breaks=breaks,
            meeting_week=a.week or cal.meeting_week,
            meeting_weekday=(a.weekday - 1) if a.weekday else cal.meeting_weekday,
        )
    )
    if a.json:
        print_json(info.as_json())
    else:
        print_line(cli.tr("Year plan {year} saved.", year=info.year))
    return EXIT_OK


def _cmd_year_show(cli: Context) -> int:
    from minga.cli.sessions import session_state_label
    from minga.domain import cycle_rules
    from minga.services.year import YearService

    year = cli.args.year or cycle_rules.school_year_of(cli.workspace.db.clock.today())
    info = YearService(cli.workspace.db).get(year)
    if cli.args.json:
        print_json(info.as_json())
        return EXIT_OK
    cal = info.calendar
    print_line(cli.tr("School year {year}", year=year))
    if not info.confirmed:
        print_line(cli.tr("Default calendar, not confirmed yet: confirm it with 'minga year set'."))
    print_line(cli.tr("Annual focus: {focus}", focus=info.focus or "—"))
    print_line(cli.tr("Goal: {n} practices to share", n=info.goal))
    print_line(
        cli.tr(
            "Classes: {start} to {end}",
            start=cal.starts_on.isoformat(),
            end=cal.ends_on.isoformat(),
        )
    )
    for item in cal.breaks:
        span = item.start.isoformat()
        if item.end != item.start:
            span += ".." + item.end.isoformat()
        print_line(f"  - {span}  {cli.t('year', item.label) if item.label else ''}".rstrip())
    for month in info.months:
        suggested = month.suggested.isoformat() if month.suggested else "—"
        hours = (
            cli.tr("{hours} h of {allowance}", hours=month.hours.hours, allowance=8)
            if month.hours
            else ""
        )
        print_line(
            f"{year}-{month.month:02d}  "
            + cli.tr("suggested {date}", date=suggested)
            + (f"  ·  {hours}" if hours else "")
        )
        for s in month.sessions:
            state = session_state_label(cli, s.state)
            print_line(f"    {s.number:>2}. {s.date.isoformat()}  {s.title}  [{state}]  {s.id}")
    return EXIT_OK


def cmd_agreement(cli: Context) -> int:
    actions: dict[str, Callable[[Context], int]] = {
        "add": _cmd_agreement_add,
        "list": _cmd_agreement_list,
        "done": _cmd_agreement_done,
    }
    return actions[cli.args.agreement_command](cli)


def _cmd_agreement_add(cli: Context) -> int:
    from minga.cli.sessions import session_ref
    from minga.services.year import AgreementService

    a = cli.args
    info = AgreementService(cli.workspace.db).add(
        session_ref(cli, a.session),
        a.text,
        responsible_id=(a.responsible or "").strip() or None,
        due_on=_date(a.due),
    )
    if a.json:
        print_json(info.as_json())
    else:
        print_line(info.id)
    return EXIT_OK


def _cmd_agreement_list(cli: Context) -> int:
    from minga.cli.sessions import session_ref
    from minga.core.identity import current_actor
    from minga.services.year import AgreementService

    a = cli.args
    me = None
    if a.mine:
        with cli.workspace.db.session() as session:
            me = current_actor(session).person_id
    rows = AgreementService(cli.workspace.db).list(
        session_id=session_ref(cli, a.session) if a.session else None,
        open_only=a.open,
        responsible_id=me,
    )
    if a.json:
        print_json([r.as_json() for r in rows])
        return EXIT_OK
    if not rows:
        print_line(cli.tr("No agreements."))
    for r in rows:
        state = (
            cli.tr("done {date}", date=r.done_on.isoformat())
            if r.done_on
            else (cli.tr("overdue") if r.overdue else cli.tr("open"))
        )
        who = r.responsible_name or cli.tr("the whole network")
        due = r.due_on.isoformat() if r.due_on else "—"
        print_line(f"{r.id}  #{r.session_number}  {r.text}  ·  {who}  ·  {due}  ·  {state}")
    return EXIT_OK


def _cmd_agreement_done(cli: Context) -> int:
    from minga.services.year import AgreementService

    info = AgreementService(cli.workspace.db).mark_done(cli.args.agreement, _date(cli.args.on))
    if cli.args.json:
        print_json(info.as_json())
    else:
        print_line(cli.tr("Agreement done."))
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {"year": cmd_year, "agreement": cmd_agreement}
