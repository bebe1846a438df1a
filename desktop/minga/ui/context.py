"""What the pages of the main window need, passed in (no global application object)."""

from __future__ import annotations

from dataclasses import dataclass

from minga.services.attachments import AttachmentStore
from minga.services.drafts import DraftService
from minga.services.identity import Actor
from minga.services.practices import PracticeService
from minga.services.workspace import Workspace
from minga.ui.messages import MessageBridge
from minga.ui.settings import Settings
from minga.ui.tasks import TaskRunner


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
