"""The territory report as a PDF (Carta or Oficio): its figures gathered from the hub's
territory tables through `TerritoryService`, then laid out by `minga.reports.territory`
and written atomically. `minga territory report --year Y --out F.pdf` and the window's
Territorio area call `build_territory_report`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minga.core.identity import current_actor
from minga.core.progress import Steps
from minga.domain import cycle_rules as rules
from minga.domain.errors import MingaError
from minga.domain.vocab import Role
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.indicator_definitions import DEFINITIONS
from minga.services.printing_common import (
    output_path,
    paper_size,
    translator_for,
    write_document,
)
from minga.services.territory import (
    NetworkYear,
    TerritoryService,
    TerritoryTotals,
    goal_figures,
)
from minga.store.db import Database

if TYPE_CHECKING:
    from minga.reports.layout import PrintedDocument, Tr
    from minga.reports.territory import NetworkLine, TerritoryReport


#: The indicators' names over the narrow columns of the networks' table.
SHORT_NAMES = {
    "attendance": QT_TRANSLATE_NOOP("reports", "Attendance"),
    "practices_shared": QT_TRANSLATE_NOOP("reports", "Practices"),
    "adoption": QT_TRANSLATE_NOOP("reports", "Adoption"),
    "continuation": QT_TRANSLATE_NOOP("reports", "Continue"),
    "useful": QT_TRANSLATE_NOOP("reports", "Very useful"),
    "prepared": QT_TRANSLATE_NOOP("reports", "Prepared"),
    "trust": QT_TRANSLATE_NOOP("reports", "Trust"),
    "applied": QT_TRANSLATE_NOOP("reports", "Applied"),
    "satisfaction_agree": QT_TRANSLATE_NOOP("reports", "Satisfied"),
    "exit_tickets": QT_TRANSLATE_NOOP("reports", "Exit tickets"),
}


class NotTheHubError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The territory report is printed on the territory's hub, the coordinator's Minga "
        "that receives the advisors' territory reports. This installation is not that hub. "
        "Nothing was written. (An advisor sends her report to the coordinator with "
        "'minga territory export'.)",
    )


def _check_hub(db: Database) -> None:
    """Only a coordinator's installation holds a territory to print."""
    with db.session() as session:
        if current_actor(session).role != Role.COORDINATOR:
            raise NotTheHubError()


def gather_territory_report(
    db: Database, year: int | None, reports: Tr, *, progress: Any = None
) -> TerritoryReport:
    """The data of the territory report of `year` (default: the newest reported)."""
    from minga.reports.territory import GoalLine, NetworkLine, PracticeLine, TerritoryReport

    steps = progress if isinstance(progress, Steps) else Steps(progress, 3, layout=True)
    service = TerritoryService(db)
    if year is None:
        years = service.years()
        year = years[0] if years else rules.school_year_of(db.clock.today())
    networks = service.networks(year)
    totals = service.totals(year, networks)
    steps()
    cat = reports.cat

    def line(row: NetworkYear | TerritoryTotals, name: str, commune: str, advisor: str) -> Any:
        return NetworkLine(
            name=name,
            commune=commune,
            advisor=advisor,
            sessions_held=row.sessions_held,
            sessions_planned=row.sessions_planned,
            hours=row.hours,
            attendance=row.attendance,
            practices_shared=row.practices_shared,
            indicators=dict(row.indicators),
        )

    goals = [
        GoalLine(
            key=g.key,
            name=cat("indicators", DEFINITIONS[g.key].name) if g.key in DEFINITIONS else g.key,
            figure=g.figure,
            goal=g.goal,
            basis=g.basis,
            source=g.source,
            quote=cat("indicators", g.quote) if g.quote else "",
            networks_reaching=g.networks_reaching,
            networks_measured=g.networks_measured,
        )
        for g in goal_figures(networks, totals)
    ]
    steps()
    practices = [
        PracticeLine(
            title=p.title,
            network=p.network,
            school=p.school,
            subjects=p.subjects,
            levels=p.levels,
            presented_on=p.presented_on,
        )
        for p in service.practices_of_year(year)
    ]
    steps()
    gone = reports.tr(QT_TRANSLATE_NOOP("reports", "{name} (no longer reports)"))
    network_lines: list[NetworkLine] = [
        line(
            r,
            r.name,
            r.commune,
            r.advisor_name if r.still_reported else gone.format(name=r.advisor_name),
        )
        for r in networks
    ]
    return TerritoryReport(
        territory=service.territory_name()
        or reports.tr(QT_TRANSLATE_NOOP("reports", "The territory")),
        year=year,
        networks=network_lines,
        totals=line(totals, "", "", ""),
        goals=goals,
        indicator_names={
            key: (reports.tr(SHORT_NAMES[key]) if key in SHORT_NAMES else key)
            for key in totals.indicators
        },
        practices=practices,
        advisors=totals.advisors,
        schools=totals.schools,
        teachers=totals.teachers,
    )


def build_territory_report(  # noqa: PLR0917 (the documented positional signature)
    db: Database,
    out: Path | str,
    year: int | None = None,
    paper: str | None = "carta",
    lang: str | None = None,
    progress: Any | None = None,
    *,
    today: dt.date | None = None,
) -> PrintedDocument:
    """Writes the territory report of a school year (default: the newest reported)."""
    from minga.reports.territory import render_territory_report

    _check_hub(db)
    paper = paper_size(paper)
    target = output_path(out)
    reports_tr = translator_for(lang)
    steps = Steps(progress, 3, layout=True)
    data = gather_territory_report(db, year, reports_tr, progress=steps)
    return write_document(
        target,
        lambda temp: render_territory_report(
            data,
            temp,
            paper=paper,
            reports=reports_tr,
            printed_on=today or db.clock.today(),
            progress=steps.layout(),
        ),
    )
