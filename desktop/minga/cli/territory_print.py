"""The command line: `minga territory report` (the coordinator's hub): the territory
report of a school year as a PDF, Carta or Oficio. Its parser joins the `territory`
group (`minga.cli.territory`)."""

from __future__ import annotations

from pathlib import Path
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


def add_report_parser(actions: Any, cli: Translator) -> None:
    report = actions.add_parser(
        "report",
        help=cli.tr("(coordinator) print the territory report of a school year (PDF)"),
    )
    report.add_argument(
        "--year",
        type=whole_numbers(cli, *YEAR_RANGE),
        help=cli.tr("school year (default: the newest one reported)"),
    )
    report.add_argument(
        "--out", type=Path, required=True, metavar=cli.tr("FILE"), help=cli.tr("the PDF to write")
    )
    report.add_argument(
        "--paper",
        choices=("carta", "oficio"),
        default="carta",
        help=cli.tr("paper size: carta (the default) or oficio"),
    )
    report.add_argument("--json", action="store_true", help=cli.tr("machine-readable output"))


def cmd_report(cli: Context) -> int:
    """`territory report [--year Y] --out F.pdf [--paper oficio]`."""
    from minga.services.territory_printing import build_territory_report

    a = cli.args
    document = build_territory_report(cli.workspace.db, a.out, a.year, a.paper, cli.t.lang)
    if a.json:
        print_json(
            {
                "path": str(document.path),
                "title": document.title,
                "pages": document.pages,
                "paper": a.paper,
                "sections": [
                    {"title": section.title, "page": section.page, "level": section.level}
                    for section in document.sections
                ],
            }
        )
    else:
        print_line(
            cli.tr("%n page(s) written to {path}.", "", document.pages, path=str(document.path))
        )
    return EXIT_OK
