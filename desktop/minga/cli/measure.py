"""The command line: what the network measures beyond the session cycle (`cycle`, the
PHEA improvement cycles and their run charts; `oa`, the curriculum catalogue;
`students`, the students' figures per school and level, counts only).

Each command's parser stands beside its handler; `minga.cli` puts them together.

JSON (stable):

- `cycle list --json`: [{"id", "title", "stage", "owner", "indicator", "baseline_points",
  "change_periods": [str], "points": int, "signals": [rule]}];
- `cycle point list --json` (and `point add`, `baseline`, `change`): {"id", "title",
  "baseline_points", "change_periods", "points": [{"period", "value"}],
  "run_chart": minga.domain.cycle_rules.RunChart.as_json()};
- `oa list --json`: [{"code", "subject", "level", "axis", "description", "source"}];
- `students record --json`: {"id", "school_id", "school", "level", "period", "measure",
  "name", "students", "attendance_percent", "achievement": {level: students}};
  `students list --json`: a list of those.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from minga.cli.common import EXIT_OK, Context, Parser, Translator, print_json, print_line


def add_parsers(commands: Any, cli: Translator) -> None:
    cycle = commands.add_parser(
        "cycle", help=cli.tr("improvement cycles (PHEA): data points and run charts")
    )
    actions = cycle.add_subparsers(
        dest="cycle_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    listing = actions.add_parser("list", help=cli.tr("list the improvement cycles"))
    listing.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    point = actions.add_parser("point", help=cli.tr("the data points of a cycle"))
    point_actions = point.add_subparsers(
        dest="point_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    add = point_actions.add_parser(
        "add", help=cli.tr("add a data point (or replace the value of its period)")
    )
    add.add_argument("cycle", metavar=cli.tr("CYCLE"), help=cli.tr("the cycle's id"))
    add.add_argument("--period", required=True, help=cli.tr("the period, like 2026-04"))
    add.add_argument("--value", required=True, type=_number(cli), help=cli.tr("the value"))
    add.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    plist = point_actions.add_parser("list", help=cli.tr("the data points and the run chart"))
    plist.add_argument("cycle", metavar=cli.tr("CYCLE"), help=cli.tr("the cycle's id"))
    plist.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    baseline = actions.add_parser(
        "baseline", help=cli.tr("how many first points give the median (6 to 10)")
    )
    baseline.add_argument("cycle", metavar=cli.tr("CYCLE"), help=cli.tr("the cycle's id"))
    baseline.add_argument(
        "--points", required=True, type=int, help=cli.tr("first points of the baseline")
    )
    baseline.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    change = actions.add_parser(
        "change", help=cli.tr("mark a change at a period: a new baseline from there")
    )
    change.add_argument("cycle", metavar=cli.tr("CYCLE"), help=cli.tr("the cycle's id"))
    change.add_argument("--period", required=True, help=cli.tr("the first period after it"))
    change.add_argument("--remove", action="store_true", help=cli.tr("remove the mark"))
    change.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    students = commands.add_parser(
        "students",
        help=cli.tr("students' figures per school and level (counts only, never names)"),
    )
    s_actions = students.add_subparsers(
        dest="students_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    record = s_actions.add_parser(
        "record",
        help=cli.tr(
            "record a month's attendance, or a shared diagnostic's students per level of "
            "achievement"
        ),
    )
    record.add_argument("--school", required=True, help=cli.tr("the school: its RBD, id or name"))
    record.add_argument("--level", required=True, help=cli.tr("the level: NT1, NT2, 1° to 8°"))
    record.add_argument("--period", required=True, help=cli.tr("the month, like 2026-04"))
    record.add_argument(
        "--attendance", type=_number(cli), help=cli.tr("the month's attendance, 0 to 100 (%%)")
    )
    record.add_argument(
        "--students", type=int, default=0, help=cli.tr("how many students the level has")
    )
    record.add_argument("--diagnostic", help=cli.tr("the shared diagnostic's name"))
    record.add_argument(
        "--achieved",
        action="append",
        default=[],
        help=cli.tr("a level of achievement and its students, like Adecuado=4 (repeatable)"),
    )
    record.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))
    s_list = s_actions.add_parser("list", help=cli.tr("the students' figures recorded"))
    s_list.add_argument("--school", help=cli.tr("only this school: its RBD, id or name"))
    s_list.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))

    oa = commands.add_parser("oa", help=cli.tr("the curriculum catalogue of learning objectives"))
    oa_actions = oa.add_subparsers(
        dest="oa_command", metavar=cli.tr("ACTION"), parser_class=Parser, required=True
    )
    oa_list = oa_actions.add_parser("list", help=cli.tr("list learning objectives"))
    oa_list.add_argument("--subject", help=cli.tr("only this subject (code or name)"))
    oa_list.add_argument("--level", help=cli.tr("only this level: NT1, NT2, 1° to 8°"))
    oa_list.add_argument("--search", default="", help=cli.tr("words to find (accents optional)"))
    oa_list.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def _number(cli: Translator) -> Callable[[str], float]:
    import argparse
    import math

    def parse(text: str) -> float:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(cli.tr("'{value}' is not a number.", value=text))
        return value

    return parse


def _cycle_document(info: Any) -> dict[str, Any]:
    return {
        "id": info.id,
        "title": info.title,
        "baseline_points": info.baseline_points,
        "change_periods": list(info.change_periods),
        "points": [{"period": p.period, "value": p.value} for p in info.data_points],
        "run_chart": info.run_chart.as_json(),
    }


def _print_chart(cli: Context, info: Any) -> None:
    from minga.domain import cycle_rules as rules

    chart = info.run_chart
    print_line(
        cli.tr(
            "{title}: baseline of the first {n} points",
            title=info.title,
            n=info.baseline_points,
        )
    )
    changes = set(info.change_periods)
    for index, point in enumerate(info.data_points):
        marks = []
        if point.period in changes:
            marks.append(cli.tr("change"))
        for signal in chart.signals:
            if signal.start <= index <= signal.end and signal.rule in (
                rules.SHIFT,
                rules.ASTRONOMICAL,
            ):
                marks.append(_rule_name(cli, signal.rule))
        median = chart.median_at(index)
        median_text = "—" if median is None else f"{median:g}"
        print_line(
            f"  {point.period:<12} {point.value:>10g}   "
            + cli.tr("median {value}", value=median_text)
            + (f"   [{', '.join(marks)}]" if marks else "")
        )
    rules_met = sorted({_rule_name(cli, s.rule) for s in chart.signals})
    if rules_met:
        print_line(cli.tr("Signals: {names}", names=", ".join(rules_met)))
    elif info.data_points:
        print_line(cli.tr("No signal: the variation looks like chance so far."))


def _rule_name(cli: Translator, rule: str) -> str:
    names = {
        "shift": cli.tr("shift"),
        "trend": cli.tr("trend"),
        "too_few_runs": cli.tr("too few runs"),
        "too_many_runs": cli.tr("too many runs"),
        "astronomical": cli.tr("astronomical point"),
    }
    return names.get(rule, rule)


def cmd_cycle(cli: Context) -> int:
    from minga.services.improvement import ImprovementService

    a = cli.args
    service = ImprovementService(cli.workspace.db)
    if a.cycle_command == "list":
        cycles = service.list_cycles()
        if a.json:
            print_json(
                [
                    {
                        "id": c.id,
                        "title": c.title,
                        "stage": c.stage,
                        "owner": c.owner_name,
                        "indicator": c.indicator,
                        "baseline_points": c.baseline_points,
                        "change_periods": list(c.change_periods),
                        "points": len(c.data_points),
                        "signals": sorted({s.rule for s in c.run_chart.signals}),
                    }
                    for c in cycles
                ]
            )
            return EXIT_OK
        if not cycles:
            print_line(cli.tr("No improvement cycles yet."))
        for c in cycles:
            print_line(f"{c.id}  {c.title}  ·  {c.owner_name}  ·  {len(c.data_points)}")
        return EXIT_OK
    if a.cycle_command == "point" and a.point_command == "add":
        info = service.add_data_point(a.cycle.strip(), a.period, a.value)
    elif a.cycle_command == "point":
        info = service.get(a.cycle.strip())
    elif a.cycle_command == "baseline":
        info = service.set_baseline(a.cycle.strip(), a.points)
    else:
        info = service.mark_change(a.cycle.strip(), a.period, marked=not a.remove)
    if a.json:
        print_json(_cycle_document(info))
    else:
        _print_chart(cli, info)
    return EXIT_OK


def cmd_oa(cli: Context) -> int:
    from minga.domain import validation as v
    from minga.services.curriculum import load_catalogue

    a = cli.args
    subject = None
    if a.subject:
        code = a.subject.strip().upper()
        # Parvularia's núcleos (PM, LV...) are not subjects of básica.
        subject = code if code in v.PARVULARIA_NUCLEI else v.normalize_subject(a.subject, "subject")
    level = None
    if a.level:
        level = "NT" if a.level.strip().upper() == "NT" else v.normalize_level(a.level, "level")
    # The catalogue needs no database: only the data folder, for the advisor's additions.
    catalogue = load_catalogue(cli.data_dir)
    found = catalogue.search(subject=subject, level=level, query=a.search)
    if a.json:
        print_json([o.as_json() for o in found])
        return EXIT_OK
    if not found:
        print_line(cli.tr("No learning objective matches."))
    for objective in found:
        print_line(f"{objective.code:<11} {objective.description}")
    return EXIT_OK


def cmd_students(cli: Context) -> int:
    from minga.domain.errors import ValidationError, ValidationErrors
    from minga.i18n import QT_TRANSLATE_NOOP
    from minga.services.students import (
        ATTENDANCE,
        DIAGNOSTIC,
        StudentFiguresInput,
        StudentFiguresService,
    )

    a = cli.args
    service = StudentFiguresService(cli.workspace.db)
    if a.students_command == "list":
        school = service.school_id(a.school) if a.school else None
        found = service.figures(school_id=school)
        if a.json:
            print_json([f.as_json() for f in found])
            return EXIT_OK
        if not found:
            print_line(cli.tr("No students' figures recorded yet."))
        for item in found:
            if item.measure == ATTENDANCE:
                detail = cli.tr("attendance {percent}% of {students}").format(
                    percent=f"{item.attendance_percent:g}", students=item.students
                )
            else:
                counts = ", ".join(f"{k} {n}" for k, n in item.achievement.items())
                detail = f"{item.name}: {counts}"
            print_line(f"{item.period}  {item.school}  {item.level}  {detail}")
        return EXIT_OK
    achievement: dict[str, int] = {}
    for pair in a.achieved:
        label, _, count = pair.rpartition("=")
        if not label.strip() or not count.strip().isdigit():
            raise ValidationErrors(
                [
                    ValidationError(
                        "achieved",
                        QT_TRANSLATE_NOOP(
                            "errors", "Write each level of achievement as Name=number."
                        ),
                    )
                ]
            )
        achievement[label.strip()] = int(count)
    measure = DIAGNOSTIC if (a.diagnostic or achievement) else ATTENDANCE
    info = service.record(
        StudentFiguresInput(
            school_id=service.school_id(a.school),
            level=a.level,
            period=a.period,
            measure=measure,
            name=a.diagnostic or "",
            students=a.students,
            attendance_percent=a.attendance,
            achievement=achievement,
        )
    )
    if a.json:
        print_json(info.as_json())
    else:
        print_line(info.id)
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "cycle": cmd_cycle,
    "oa": cmd_oa,
    "students": cmd_students,
}
