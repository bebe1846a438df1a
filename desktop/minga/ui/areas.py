"""The areas of the main window's sidebar: what each is called, its icon, who sees it and
how its page is built (lazily: a factory imports its package on first visit).
`minga.ui.main_window` re-exports `AREAS` and `Area`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from minga.i18n import QT_TRANSLATE_NOOP
from minga.ui.territory import page_factory as _territory_page

if TYPE_CHECKING:
    from minga.ui.context import UiContext

__all__ = ["AREAS", "HUB_ROLES", "Area", "PageFactory"]

PageFactory = Callable[["UiContext"], QWidget]


@dataclass(frozen=True)
class Area:
    """One entry of the sidebar.

    `label` is the English source of its name (marked with QT_TRANSLATE_NOOP under the
    "MainWindow" context); `shot` names its self-test screenshot; `roles` limits it to
    some roles (None: everyone) and `not_for` hides it from some; `draft_kinds` are the
    `DraftService` kinds its page reopens (Inicio lists every draft). The page is built
    by `factory` on first visit; it may offer `open_draft(id)`, `has_unsaved_changes()`,
    `save_current()` and, for the self-test, `open_first_record()`.
    """

    key: str
    label: str
    icon: str
    factory: PageFactory
    shot: str = ""
    roles: frozenset[str] | None = None
    not_for: frozenset[str] = frozenset()
    draft_kinds: tuple[str, ...] = ()


def _home_page(ctx: UiContext) -> QWidget:
    if ctx.actor.role == "coordinator":  # the hub: her territory at a glance
        from minga.ui.territory.home import CoordinatorHomePage

        return CoordinatorHomePage(ctx)
    from minga.ui.home import HomePage

    return HomePage(ctx)


def _practices_page(ctx: UiContext) -> QWidget:
    from minga.ui.practices import PracticesPage

    return PracticesPage(ctx)


def _sessions_page(ctx: UiContext) -> QWidget:
    from minga.ui.sessions import SessionsPage

    return SessionsPage(ctx)


def _adoption_page(ctx: UiContext) -> QWidget:
    from minga.ui.adoption import AdoptionPage

    return AdoptionPage(ctx)


def _observation_page(ctx: UiContext) -> QWidget:
    from minga.ui.observation import ObservationPage

    return ObservationPage(ctx)


def _improvement_page(ctx: UiContext) -> QWidget:
    from minga.ui.improvement import ImprovementPage

    return ImprovementPage(ctx)


def _indicators_page(ctx: UiContext) -> QWidget:
    from minga.ui.indicators import IndicatorsPage

    return IndicatorsPage(ctx)


def _print_page(ctx: UiContext) -> QWidget:
    from minga.ui.printing import PrintPage

    return PrintPage(ctx)


def _sync_page(ctx: UiContext) -> QWidget:
    from minga.ui.sync import SyncPage

    return SyncPage(ctx)


#: A territory's hub (its coordinator) belongs to no network: the areas of a network's
#: own work mean nothing there (its Inicio and Territorio sum up the networks).
HUB_ROLES = frozenset({"coordinator"})

# The areas, in sidebar order. Add one only when its page works: a factory that imports
# its package lazily, an icon in `minga.ui.icons`, and one line here.
AREAS: tuple[Area, ...] = (
    Area("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), "home", _home_page, "inicio"),
    Area(
        "territory",
        QT_TRANSLATE_NOOP("MainWindow", "Territory"),
        "territory",
        _territory_page,
        "territorio",
        roles=frozenset({"coordinator"}),
    ),
    Area(
        "practices",
        QT_TRANSLATE_NOOP("MainWindow", "Practices"),
        "practices",
        _practices_page,
        "practicas",
        not_for=HUB_ROLES,
        draft_kinds=("practice",),
    ),
    Area(
        "sessions",
        QT_TRANSLATE_NOOP("MainWindow", "Sessions"),
        "sessions",
        _sessions_page,
        "sesiones",
        not_for=HUB_ROLES,
        draft_kinds=("session", "template"),
    ),
    Area(
        "adoption",
        QT_TRANSLATE_NOOP("MainWindow", "Application"),
        "adoption",
        _adoption_page,
        "aplicacion",
        not_for=HUB_ROLES,
        draft_kinds=("application",),
    ),
    Area(
        "observation",
        QT_TRANSLATE_NOOP("MainWindow", "Observation"),
        "observation",
        _observation_page,
        "observacion",
        not_for=HUB_ROLES,
        draft_kinds=("observation",),
    ),
    Area(
        "improvement",
        QT_TRANSLATE_NOOP("MainWindow", "Improvement cycles"),
        "improvement",
        _improvement_page,
        "ciclos",
        not_for=HUB_ROLES,
        draft_kinds=("improvement_cycle",),
    ),
    Area(
        "indicators",
        QT_TRANSLATE_NOOP("MainWindow", "Indicators"),
        "indicators",
        _indicators_page,
        "indicadores",
        not_for=HUB_ROLES,
    ),
    Area(
        "print",
        QT_TRANSLATE_NOOP("MainWindow", "Print"),
        "print",
        _print_page,
        "imprimir",
        not_for=HUB_ROLES,
    ),
    Area("sync", QT_TRANSLATE_NOOP("MainWindow", "Sync"), "sync", _sync_page, "sincronizar"),
)
