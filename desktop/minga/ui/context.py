"""What the pages of the main window need, passed in (no global application object)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from minga.core.attachments import AttachmentStore
from minga.core.clock import Clock
from minga.core.identity import Actor
from minga.core.workspace import Workspace
from minga.services.drafts import DraftService
from minga.services.practices import PracticeService
from minga.ui.messages import MessageBridge
from minga.ui.settings import Settings
from minga.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from minga.services.adoption import AdoptionService
    from minga.services.improvement import ImprovementService
    from minga.services.indicators import IndicatorService
    from minga.services.observation import ObservationService
    from minga.services.sessions import SessionService
    from minga.services.templates import TemplateService


@dataclass
class UiContext:
    """The services and helpers of one open data folder."""

    workspace: Workspace
    actor: Actor
    practices: PracticeService
    drafts: DraftService
    runner: TaskRunner
    bridge: MessageBridge
    settings: Settings

    @classmethod
    def open(
        cls, workspace: Workspace, actor: Actor, *, settings: Settings,
        runner: TaskRunner | None = None, bridge: MessageBridge | None = None,
    ) -> UiContext:  # fmt: skip
        """Builds the services over an open workspace (tests pass a synchronous runner)."""
        files = AttachmentStore(workspace.dirs.attachments)
        return cls(
            workspace=workspace,
            actor=actor,
            practices=PracticeService(workspace.db, files),
            drafts=DraftService(workspace.db),
            runner=runner or TaskRunner(),
            bridge=bridge or MessageBridge(),
            settings=settings,
        )

    @property
    def is_demo(self) -> bool:
        return self.workspace.dirs.is_demo

    @property
    def clock(self) -> Clock:
        """The workspace's clock: editors take default dates ("today") from it."""
        return self.workspace.clock

    def today(self) -> dt.date:
        return self.workspace.clock.today()

    # The services of the microcentre cycle, built when a page first needs them (so the
    # window opens without importing what it does not show yet).

    @cached_property
    def sessions(self) -> SessionService:
        from minga.services.sessions import SessionService

        return SessionService(self.workspace.db)

    @cached_property
    def adoption(self) -> AdoptionService:
        from minga.services.adoption import AdoptionService

        return AdoptionService(self.workspace.db)

    @cached_property
    def observation(self) -> ObservationService:
        from minga.services.observation import ObservationService

        return ObservationService(self.workspace.db)

    @cached_property
    def improvement(self) -> ImprovementService:
        from minga.services.improvement import ImprovementService

        return ImprovementService(self.workspace.db)

    @cached_property
    def indicators(self) -> IndicatorService:
        from minga.services.indicators import IndicatorService

        return IndicatorService(self.workspace.db)

    @cached_property
    def templates(self) -> TemplateService:
        from minga.services.templates import TemplateService

        return TemplateService(self.workspace.db)
