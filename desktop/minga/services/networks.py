"""An advisor's microcentros side by side: the main figures of each network of the
installation (`minga.core.networks`) for one school year, in Indicadores ("Todos mis
microcentros") and, compactly, in Inicio.

Each network's figures are its own Indicadores' (`IndicatorService.network`), computed
in its own data folder: the workspace is opened, read and closed here, one folder after
the other, so the caller runs this off the GUI thread. Nothing is added up across
networks (their figures stay side by side, each read against its own goal).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minga.core.networks import NetworkFolder, list_networks
from minga.domain.cycle_rules import Ratio, SessionStatus
from minga.domain.errors import MingaError

if TYPE_CHECKING:
    from minga.core.clock import Clock

__all__ = ["NetworkFigures", "side_by_side"]

log = logging.getLogger(__name__)

_NONE = Ratio(0, 0)


@dataclass(frozen=True)
class NetworkFigures:
    """One network's column: its main figures of the year (or why it could not be read)."""

    network: NetworkFolder
    year: int
    sessions_held: int = 0
    sessions_planned: int = 0
    attendance: Ratio = _NONE
    practices_shared: int = 0
    goal: int | None = None
    adoption: Ratio = _NONE
    continuation: Ratio = _NONE
    useful: Ratio = _NONE  # satisfaction: "very useful" answers (top box)
    teachers: int = 0
    problem: str = ""  # the sentence when the folder could not be read

    def as_json(self) -> dict[str, Any]:
        return {
            "microcentre": self.network.as_json(),
            "year": self.year,
            "sessions_held": self.sessions_held,
            "sessions_planned": self.sessions_planned,
            "attendance": self.attendance.as_json(),
            "practices_shared": {"count": self.practices_shared, "goal": self.goal},
            "adoption": self.adoption.as_json(),
            "continuation": self.continuation.as_json(),
            "useful": self.useful.as_json(),
            "teachers": self.teachers,
            "problem": self.problem,
        }


def figures_of(folder: NetworkFolder, year: int | None, clock: Clock | None) -> NetworkFigures:
    """The main figures of one network, read in its own data folder."""
    from minga.core.workspace import Workspace
    from minga.services.indicators import IndicatorService

    try:
        with Workspace(folder.path, clock=clock) as workspace:
            service = IndicatorService(workspace.db)
            found = service.network(year, exit_tickets=False)
    except MingaError as exc:
        log.warning("the figures of %s could not be read: %s", folder.path, exc)
        return NetworkFigures(folder, year or 0, problem=exc.message())
    held = sum(1 for s in found.sessions if s.status == SessionStatus.HELD)
    return NetworkFigures(
        network=folder,
        year=found.year,
        sessions_held=held,
        sessions_planned=len(found.sessions),
        attendance=found.attendance.ratio,
        practices_shared=found.practices_shared.count,
        goal=found.practices_shared.goal,
        adoption=found.adoption,
        continuation=found.continuation.ratio,
        useful=found.satisfaction.useful_top,
        teachers=len(found.pending.teachers),
    )


def side_by_side(
    root: Path,
    year: int | None = None,
    *,
    clock: Clock | None = None,
    progress: Any | None = None,
) -> list[NetworkFigures]:
    """Every network of the installation of `root`, its figures for `year` (default: the
    current school year), in the order of `list_networks` (the installation's own first).
    `progress` (report, check) is told after each network and may cancel between them."""
    from minga.core.networks import installation_root

    networks = list_networks(installation_root(Path(root)))
    columns: list[NetworkFigures] = []
    for number, folder in enumerate(networks):
        if progress is not None:
            progress.check()
            progress.report(number, len(networks), folder.name)
        columns.append(figures_of(folder, year, clock))
    if progress is not None:
        progress.report(len(networks), len(networks), "")
    return columns
