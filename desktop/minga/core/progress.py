"""What a long operation reports to whoever waits for it, and how it is cancelled.

The window's task runner (`minga.ui.tasks.Progress`) and the command line (nothing to
show: `NullProgress`) both fit `Progress`; operations below the window take one and
never import Qt.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None:
        """`done` of `total` steps, with what is being done now."""

    def check(self) -> None:
        """Raises when the person cancelled (the operation then stops cleanly)."""


class NullProgress:
    """What a caller without a progress bar passes (the CLI, tests)."""

    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass


def or_null(progress: Progress | None) -> Progress:
    return progress if progress is not None else NullProgress()


class Phases:
    """Progress in named phases of counted steps, reported only when the whole percent
    changes (a bundle of 100,000 records would otherwise flood the window)."""

    def __init__(self, progress: Progress | None):
        self.progress = or_null(progress)
        self.text = ""
        self.total = 0
        self.done = 0
        self._last = -1

    def phase(self, text: str, total: int) -> None:
        self.text, self.total, self.done, self._last = text, max(total, 1), 0, -1
        self.progress.report(0, self.total, text)

    def advance(self, count: int = 1) -> None:
        self.done += count
        step = self.done * 100 // self.total
        if step != self._last:
            self._last = step
            self.progress.report(min(self.done, self.total), self.total, self.text)

    def check(self) -> None:
        self.progress.check()
