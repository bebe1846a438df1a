"""The command line: `sessions` and `session ...`: the microcentre's sessions.

Each command's parser stands beside its handler; `minga.cli` puts them together.
"""

from __future__ import annotations

import sys
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
from minga.i18n import QT_TRANSLATE_NOOP


def add_parsers(commands: Any, cli: Translator) -> None:
    # --- the microcentre cycle (sessions, adoption, exit tickets, indicators) ---------
    sessions = commands.add_parser("sessions", help=cli.tr("list the microcentre's sessions"))
    sessions.add_argument(
        "--year",
        type=whole_numbers(cli, *YEAR_RANGE),
        help=cli.tr("only the sessions of this year"),
    )
    sessions.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    session_cmd = commands.add_parser(
        "session", help=cli.tr("plan a session and record what happened in it")
    )
    session_actions = session_cmd.add_subparsers(
        dest="session_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    session_id_help = cli.tr("the session's id, or 'latest'")
    plan = session_actions.add_parser("add", help=cli.tr("plan a session (advisor)"))
    plan.add_argument("--date", required=True, help=cli.tr("date, as YYYY-MM-DD"))
    plan.add_argument("--title", required=True, help=cli.tr("title"))
    plan.add_argument(
        "--time", default="09:00", help=cli.tr("start time, as HH:MM (default 09:00)")
    )
    plan.add_argument("--place", default="", help=cli.tr("place"))
    plan.add_argument(
        "--modality",
        default="in_person",
        choices=("in_person", "blended", "remote"),
        help=cli.tr("in_person, blended or remote"),
    )
    plan.add_argument("--focus", default="", help=cli.tr("focus of the session"))
    plan.add_argument(
        "--agenda",
        action="append",
        default=[],
        metavar=cli.tr("TITLE:MINUTES"),
        help=cli.tr("an agenda item with its minutes (repeatable, in order)"),
    )
    plan.add_argument(
        "--number",
        type=whole_numbers(cli, 1, 1000),
        help=cli.tr("number in the year (default: the next)"),
    )
    for status, text in (
        ("present", cli.tr("a person present (id, repeatable)")),
        ("absent", cli.tr("a person absent (id, repeatable)")),
        ("excused", cli.tr("a person excused (id, repeatable)")),
    ):
        plan.add_argument(
            f"--{status}", action="append", default=[], metavar=cli.tr("PERSON"), help=text
        )
    plan.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    show = session_actions.add_parser("show", help=cli.tr("show a session"))
    show.add_argument("session", help=session_id_help)
    show.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    talk = session_actions.add_parser(
        "present", help=cli.tr("put a practice on the session's programme (advisor)")
    )
    talk.add_argument("--session", required=True, help=session_id_help)
    talk.add_argument("--practice", required=True, help=cli.tr("the practice's id"))
    talk.add_argument(
        "--presenter", help=cli.tr("the presenter's person id (default: the practice's author)")
    )
    talk.add_argument(
        "--minutes",
        type=whole_numbers(cli, 1, 24 * 60),
        default=15,
        help=cli.tr("minutes of the slot (15 at most)"),
    )
    talk.add_argument(
        "--position", type=whole_numbers(cli, 1, 1000), help=cli.tr("place in the programme")
    )
    talk.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    attend = session_actions.add_parser("attend", help=cli.tr("record attendance (advisor)"))
    attend.add_argument("--session", required=True, help=session_id_help)
    for status, text in (
        ("present", cli.tr("a person present (id, repeatable)")),
        ("absent", cli.tr("a person absent (id, repeatable)")),
        ("excused", cli.tr("a person excused (id, repeatable)")),
    ):
        attend.add_argument(
            f"--{status}", action="append", default=[], metavar=cli.tr("PERSON"), help=text
        )
    minutes = session_actions.add_parser("minutes", help=cli.tr("write the minutes (advisor)"))
    minutes.add_argument("--session", required=True, help=session_id_help)
    minutes.add_argument("--text", required=True, help=cli.tr("the minutes"))
    approve = session_actions.add_parser(
        "approve-minutes",
        help=cli.tr("approve a session's minutes, read at the next session (advisor)"),
    )
    approve.add_argument("--session", required=True, help=session_id_help)
    approve.add_argument(
        "--date",
        help=cli.tr(
            "when they were approved, as YYYY-MM-DD (default: the next session's date, or today)"
        ),
    )
    approve.add_argument("--undo", action="store_true", help=cli.tr("take the approval back"))
    approve.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    evaluate = session_actions.add_parser(
        "evaluate", help=cli.tr("record the evaluation of a presented practice (advisor)")
    )
    evaluate.add_argument("--session", required=True, help=session_id_help)
    evaluate.add_argument("--practice", required=True, help=cli.tr("the practice's id"))
    evaluate.add_argument(
        "--replicability",
        default="yes",
        choices=("yes", "with_adjustments", "no"),
        help=cli.tr("could others replicate it: yes, with_adjustments or no"),
    )
    evaluate.add_argument("--strengths", default="", help=cli.tr("strengths"))
    evaluate.add_argument("--suggestions", default="", help=cli.tr("suggestions"))
    evaluate.add_argument("--participant", help=cli.tr("the person id of who said it (optional)"))
    evaluate.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    survey = session_actions.add_parser(
        "survey",
        help=cli.tr(
            "record the satisfaction survey: a teacher's own answer (anonymous, final) or "
            "the advisor's paper forms (one or a tally)"
        ),
    )
    survey.add_argument("--session", required=True, help=session_id_help)
    for question, text in (
        ("useful", cli.tr("the session was useful: 1 to 4")),
        ("prepared", cli.tr("I feel prepared to apply it: 1 to 4")),
        ("trust", cli.tr("I felt trust to voice doubts: 1 to 4")),
    ):
        survey.add_argument(
            f"--{question}", type=whole_numbers(cli, 1, 4), required=True, help=text
        )
    survey.add_argument(
        "--applied",
        type=whole_numbers(cli, 0, 4),
        default=None,
        help=cli.tr(
            "I brought what I learnt into my practice: 1 to 4 (a teacher must answer it; "
            "0 on paper forms that did not ask it)"
        ),
    )
    survey.add_argument(
        "--count",
        type=whole_numbers(cli, 1, 10_000),
        default=1,
        help=cli.tr("how many people answered this (a tally)"),
    )
    survey.add_argument("--comment", default="", help=cli.tr("comment"))
    survey.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{round(rate * 100)}%"


def _warn(cli: Context, warnings: Any) -> None:
    for warning in warnings:
        sys.stderr.write(cli.tr("Warning: {text}", text=warning.message(cli.t)) + "\n")


def session_ref(cli: Context, value: str, *, held: bool = False) -> str:
    """A session id, or the latest session for 'latest' (the last held one if `held`)."""
    if (value or "").strip().lower() != "latest":
        return (value or "").strip()
    from minga.domain.errors import ValidationError
    from minga.services.sessions import SessionService

    service = SessionService(cli.workspace.db)
    found = service.last_held_session() if held else service.latest_session()
    if found is None:
        raise ValidationError(
            "session", QT_TRANSLATE_NOOP("errors", "There are no sessions here yet.")
        )
    return found.id


def _statuses(cli: Context) -> dict[str, str]:
    """{person id: status} from --present, --absent and --excused."""
    from minga.domain.errors import ValidationError

    statuses: dict[str, str] = {}
    for status in ("present", "absent", "excused"):
        for typed in getattr(cli.args, status):
            person = typed.strip()
            if person in statuses and statuses[person] != status:
                raise ValidationError(
                    "attendance",
                    QT_TRANSLATE_NOOP("errors", "'{id}' is given two attendance statuses."),
                    id=person,
                )
            statuses[person] = status
    return statuses


def _session_json(cli: Context, detail: Any) -> dict[str, Any]:
    return {
        "id": detail.id,
        "number": detail.number,
        "date": detail.date.isoformat(),
        "start_time": detail.start_time,
        "title": detail.title,
        "place": detail.place,
        "modality": detail.modality,
        "focus": detail.focus,
        "status": detail.status,
        "agenda": [item.as_json() for item in detail.agenda],
        "agenda_minutes": detail.agenda_minutes,
        "minutes_text": detail.minutes_text,
        "presentations": [
            {
                "id": p.id,
                "practice_id": p.practice_id,
                "practice_title": p.practice_title,
                "presenter_id": p.presenter_id,
                "presenter": p.presenter_name,
                "position": p.position,
                "minutes": p.minutes,
            }
            for p in detail.presentations
        ],
        "attendance": [
            {"person_id": a.person_id, "name": a.person_name, "status": a.status, "note": a.note}
            for a in detail.attendance
        ],
        "attendance_rate": detail.attendance_rate.as_json(),
        "warnings": [w.as_json(cli.t) for w in detail.warnings],
    }


def _modality_label(cli: Context, modality: str) -> str:
    labels = {
        "in_person": cli.tr("in person"),
        "blended": cli.tr("blended"),
        "remote": cli.tr("remote"),
    }
    return labels.get(modality, modality)


def session_state_label(cli: Context, state: str) -> str:
    labels = {
        "planned": cli.tr("planned"),
        "held": cli.tr("held"),
        "cancelled": cli.tr("cancelled"),
        # Planned, its date passed, never marked held: it never counts as held.
        "to_close": cli.tr("to close"),
    }
    return labels.get(state, state)


def cmd_sessions(cli: Context) -> int:
    from minga.services.sessions import SessionService

    rows = SessionService(cli.workspace.db).list_sessions(cli.args.year)
    if cli.args.json:
        print_json({"total": len(rows), "sessions": [r.as_json() for r in rows]})
        return EXIT_OK
    for r in rows:
        print_line(
            f"{r.id}  {r.date.isoformat()}  #{r.number}  {r.title}  ·  {r.place or '—'}  ·  "
            f"{_modality_label(cli, r.modality)}  ·  "
            f"{session_state_label(cli, r.state or r.status)}  ·  "
            + cli.tr("%n presentation(s)", "", r.presentations)
            + "  ·  "
            + cli.tr("attendance {rate}", rate=percent(r.attendance.rate))
        )
    if rows:
        print_line(cli.tr("%n session(s).", "", len(rows)))
    else:
        print_line(cli.tr("No sessions yet."))
    return EXIT_OK


def cmd_session(cli: Context) -> int:
    actions: dict[str, Callable[[Context], int]] = {
        "add": _cmd_session_add,
        "show": _cmd_session_show,
        "present": _cmd_session_present,
        "attend": _cmd_session_attend,
        "minutes": _cmd_session_minutes,
        "approve-minutes": _cmd_session_approve_minutes,
        "evaluate": _cmd_session_evaluate,
        "survey": _cmd_session_survey,
    }
    return actions[cli.args.session_command](cli)


def _cmd_session_add(cli: Context) -> int:
    from minga.domain import cycle_rules
    from minga.domain.errors import ValidationError, ValidationErrors
    from minga.services.sessions import SessionInput, SessionService, parse_agenda_item

    a = cli.args
    errors: list[ValidationError] = []
    agenda = []
    for text in a.agenda:
        try:
            agenda.append(parse_agenda_item(text))
        except ValidationError as exc:
            errors.append(exc)
    try:
        date = cycle_rules.parse_date(a.date)
    except ValidationError as exc:
        errors.append(exc)
        date = None
    if errors:
        raise ValidationErrors(errors)
    detail = SessionService(cli.workspace.db).plan(
        SessionInput(
            date=date,
            title=a.title,
            start_time=a.time,
            place=a.place,
            modality=a.modality,
            focus=a.focus,
            agenda=agenda,
            number=a.number,
        ),
        attendance=_statuses(cli),
    )
    if a.json:
        print_json(_session_json(cli, detail))
    else:
        print_line(detail.id)
    _warn(cli, detail.warnings)
    return EXIT_OK


def _cmd_session_show(cli: Context) -> int:
    from minga.services.sessions import SessionService

    detail = SessionService(cli.workspace.db).get(session_ref(cli, cli.args.session))
    if cli.args.json:
        print_json(_session_json(cli, detail))
        return EXIT_OK
    print_line(f"#{detail.number}  {detail.title}  ({detail.id})")
    print_line(
        f"{detail.date.isoformat()} {detail.start_time}  ·  {detail.place or '—'}  ·  "
        f"{_modality_label(cli, detail.modality)}"
    )
    if detail.focus:
        print_line(cli.tr("Focus: {text}", text=detail.focus))
    for item in detail.agenda:
        print_line(f"  {item.minutes:>4} min  {item.title}")
    print_line(cli.tr("Agenda: {minutes} minutes.", minutes=detail.agenda_minutes))
    for p in detail.presentations:
        print_line(f"  {p.position}. {p.practice_title}  ·  {p.presenter_name}  ·  {p.minutes} min")
    if detail.attendance:
        print_line(
            cli.tr(
                "Attendance: {rate} ({present} of {total}).",
                rate=percent(detail.attendance_rate.rate),
                present=detail.attendance_rate.numerator,
                total=detail.attendance_rate.denominator,
            )
        )
    for warning in detail.warnings:
        print_line(cli.tr("Warning: {text}", text=warning.message(cli.t)))
    return EXIT_OK


def _cmd_session_present(cli: Context) -> int:
    from minga.services.sessions import PresentationInput, SessionService

    a = cli.args
    info = SessionService(cli.workspace.db).add_presentation(
        session_ref(cli, a.session),
        PresentationInput(
            practice_id=a.practice.strip(),
            presenter_id=(a.presenter or "").strip() or None,
            minutes=a.minutes,
            position=a.position,
        ),
    )
    if a.json:
        print_json(
            {
                "id": info.id,
                "session_id": info.session_id,
                "practice_id": info.practice_id,
                "presenter_id": info.presenter_id,
                "position": info.position,
                "minutes": info.minutes,
                "warnings": [w.as_json(cli.t) for w in info.warnings],
            }
        )
    else:
        print_line(info.id)
    _warn(cli, info.warnings)
    return EXIT_OK


def _cmd_session_attend(cli: Context) -> int:
    from minga.services.sessions import SessionService

    detail = SessionService(cli.workspace.db).record_attendance(
        session_ref(cli, cli.args.session), _statuses(cli)
    )
    print_line(
        cli.tr(
            "Attendance saved: {rate} ({present} of {total}).",
            rate=percent(detail.attendance_rate.rate),
            present=detail.attendance_rate.numerator,
            total=detail.attendance_rate.denominator,
        )
    )
    return EXIT_OK


def _cmd_session_minutes(cli: Context) -> int:
    from minga.services.sessions import SessionService

    SessionService(cli.workspace.db).set_minutes(session_ref(cli, cli.args.session), cli.args.text)
    print_line(cli.tr("Minutes saved."))
    return EXIT_OK


def _cmd_session_approve_minutes(cli: Context) -> int:
    from minga.domain import cycle_rules
    from minga.services.sessions import SessionService

    a = cli.args
    on = cycle_rules.parse_date(a.date) if a.date else None
    detail = SessionService(cli.workspace.db).approve_minutes(
        session_ref(cli, a.session), on, approved=not a.undo
    )
    approved = detail.minutes_approved_on
    if a.json:
        print_json(
            {
                "session_id": detail.id,
                "number": detail.number,
                "minutes_approved_on": approved.isoformat() if approved else None,
            }
        )
    elif approved is None:
        print_line(
            cli.tr("The minutes of session {number} are no longer approved.", number=detail.number)
        )
    else:
        print_line(
            cli.tr(
                "The minutes of session {number} were approved on {date}.",
                number=detail.number,
                date=approved.isoformat(),
            )
        )
    return EXIT_OK


def _cmd_session_evaluate(cli: Context) -> int:
    from minga.services.sessions import FeedbackInput, SessionService

    a = cli.args
    info = SessionService(cli.workspace.db).add_feedback(
        FeedbackInput(
            practice_id=a.practice.strip(),
            session_id=session_ref(cli, a.session),
            author_id=(a.participant or "").strip() or None,
            strengths=a.strengths,
            suggestions=a.suggestions,
            replicability=a.replicability,
        )
    )
    if a.json:
        print_json(
            {
                "id": info.id,
                "practice_id": info.practice_id,
                "session_id": info.session_id,
                "author_id": info.author_id,
                "replicability": info.replicability,
            }
        )
    else:
        print_line(info.id)
    return EXIT_OK


def _cmd_session_survey(cli: Context) -> int:
    from minga.services.sessions import SatisfactionInput, SessionService

    a = cli.args
    info = SessionService(cli.workspace.db).record_satisfaction(
        session_ref(cli, a.session),
        SatisfactionInput(
            useful=a.useful,
            prepared=a.prepared,
            trust=a.trust,
            applied=0 if a.applied is None else a.applied,
            count=a.count,
            comment=a.comment,
        ),
    )
    if a.json:
        print_json(
            {
                "id": info.id,
                "session_id": info.session_id,
                "anonymous": info.anonymous,
                "useful": info.useful,
                "prepared": info.prepared,
                "trust": info.trust,
                "applied": info.applied,
                "count": info.count,
            }
        )
    else:
        print_line(info.id)
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "sessions": cmd_sessions,
    "session": cmd_session,
}
