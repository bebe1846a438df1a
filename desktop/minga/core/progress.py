"""What a long operation reports to whoever waits for it, and how it is cancelled.

The window's task runner (`minga.ui.tasks.Progress`) and the command line (nothing to
show: `NullProgress`) both fit `Progress`; operations below the window take one and
never import Qt.
"""

from __future__ import annotations

from typing import Any, Protocol


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


class Steps:
    """An operation of `steps` counted steps, each reported as it ends (calling the
    object), then a cancellation check. With `layout=True` the steps fill the first half
    of the bar and `layout()` reports the second (a document's pages). The progress may
    have only one of the two methods (a caller that only counts, or only cancels)."""

    def __init__(self, progress: Any, steps: int, *, layout: bool = False):
        null = NullProgress()
        self._report = getattr(progress, "report", None) or null.report
        self._check = getattr(progress, "check", None) or null.check
        self.steps = steps
        self.total = steps * 2 if layout else steps
        self.done = 0

    def __call__(self) -> None:
        self.done += 1
        self._report(self.done, self.total, "")
        self._check()

    def check(self) -> None:
        self._check()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._report(done, total, text)

    def layout(self) -> Progress:
        """A progress for the layout: its steps count from the second half."""
        return _SecondHalf(self)


class _SecondHalf:
    def __init__(self, steps: Steps):
        self.steps = steps

    def report(self, done: int, total: int, text: str = "") -> None:
        outer = self.steps
        fraction = done / total if total else 0
        outer.report(outer.steps + round(fraction * outer.steps), outer.total, text)

    def check(self) -> None:
        self.steps.check()
