"""The one background-task helper of the GUI (after Picard's `run_task` and Anki's `QueryOp`).

A page that has long work to do (import a bundle, export, render a PDF) calls::

    handle = runner.run(
        lambda progress: services.import_bundle(path, progress=progress),
        on_done=self._show_summary,
        on_error=self._import_failed,
    )

`fn(progress)` runs on a `QThreadPool` thread. Its return value goes to `on_done`, or the
exception it raised goes to `on_error`, always on the thread that owns the runner (the GUI
thread): the worker emits a queued signal, so there are no `processEvents()` loops.

`Progress` travels into the function: it calls `progress.report(done, total, text)` and
`progress.check()` between steps; `check()` raises `TaskCancelled` once `cancel()` was
asked for (by `TaskHandle.cancel()` or a dialog's Cancel button wired to
`Progress.cancel`). `Progress.changed` arrives on the GUI thread to drive a progress bar.

A page fetching what it shows passes `priority=PAGE_FETCH`: when every pool thread is
busy, it starts before the long jobs waiting in the queue (an export must not keep a list
from filling).

Tests build `TaskRunner(synchronous=True)`: the function runs at once in the calling
thread and the callbacks run before `run()` returns.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

__all__ = [
    "LONG_JOB",
    "PAGE_FETCH",
    "Progress",
    "TaskCancelled",
    "TaskHandle",
    "TaskRunner",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: `TaskRunner.run(priority=...)`: QThreadPool starts higher numbers first.
LONG_JOB = 0
PAGE_FETCH = 10


class TaskCancelled(Exception):
    """Raised by `Progress.check()` once cancel was requested; reaches `on_error`."""


class Progress(QObject):
    """Progress and cancel token shared by a task and the GUI; safe to use from any thread.

    Create it on the GUI thread (the runner does when none is given) so that `changed`
    is delivered there. A service that must stay Qt-free only needs the duck-typed
    `report(done, total, text)` and `check()`.
    """

    # 64-bit counts: byte totals of big attachments overflow a C++ int.
    changed = Signal("qlonglong", "qlonglong", str)
    """(done, total, text) after each `report()`; queued to receivers on other threads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel_requested = threading.Event()
        self._last: tuple[int, int, str] = (0, 0, "")

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tells the GUI that `done` of `total` steps are finished (`total` 0: unknown)."""
        self._last = (done, total, text)  # one tuple assignment: atomic under the GIL
        self.changed.emit(done, total, text)

    @property
    def last(self) -> tuple[int, int, str]:
        """The most recent (done, total, text) reported."""
        return self._last

    @property
    def cancelled(self) -> bool:
        """True once cancel was requested; the task decides where it is safe to stop."""
        return self._cancel_requested.is_set()

    def cancel(self) -> None:
        """Asks the task to stop at its next `check()`. Safe from any thread; idempotent."""
        self._cancel_requested.set()

    def check(self) -> None:
        """Raises `TaskCancelled` if cancel was requested; call it between steps."""
        if self._cancel_requested.is_set():
            raise TaskCancelled()


class TaskHandle(Generic[T]):
    """What `TaskRunner.run()` returns: cancel the task or ask about its state."""

    def __init__(
        self,
        task_id: int,
        fn: Callable[[Progress], T],
        progress: Progress,
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], object] | None,
    ) -> None:
        self.id = task_id
        self.progress = progress
        self._fn: Callable[[Progress], T] | None = fn
        self._on_done = on_done
        self._on_error = on_error
        self._runnable: _TaskRunnable | None = None
        self._pool: QThreadPool | None = None
        self._finished = False

    @property
    def finished(self) -> bool:
        """True once the result or the error has been delivered to the callbacks."""
        return self._finished

    @property
    def cancelled(self) -> bool:
        """True once cancel was requested (the task may still complete normally)."""
        return self.progress.cancelled

    def cancel(self) -> None:
        """Requests cancellation.

        A task still waiting in the pool's queue is taken out and never starts;
        `on_error` receives `TaskCancelled` (from the event loop, not from inside this
        call). A running task stops at its next `progress.check()`; if it finishes
        without checking, `on_done` receives its result as usual.
        """
        self.progress.cancel()
        runnable, pool = self._runnable, self._pool
        if runnable is not None and pool is not None and pool.tryTake(runnable):
            runnable.deliver_cancelled()

    def _take_fn(self) -> Callable[[Progress], T] | None:
        fn, self._fn = self._fn, None
        return fn


class _TaskRunnable(QRunnable):
    """Runs one task on a pool thread and posts the outcome back to the runner."""

    def __init__(self, runner: TaskRunner, handle: TaskHandle[Any]) -> None:
        super().__init__()
        # The handle keeps us alive; Qt must not delete us behind Python's back.
        self.setAutoDelete(False)
        self._runner = runner
        self._task_id = handle.id
        self._handle: TaskHandle[Any] | None = handle

    def run(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:  # already delivered (taken from the queue by cancel)
            return
        fn, progress = handle._take_fn(), handle.progress
        # Only the task id crosses back, so the worker never holds the last reference
        # to a QObject (the Progress) that belongs to the GUI thread.
        del handle
        ok, value = _call(fn, progress)
        del fn, progress
        try:
            self._runner._outcome.emit(self._task_id, ok, value)
        except RuntimeError:  # the runner's C++ side is gone (application shutting down)
            log.debug("task %s finished after its runner was deleted", self._task_id)

    def deliver_cancelled(self) -> None:
        """Called on the runner's thread when the task was removed from the queue."""
        handle, self._handle = self._handle, None
        if handle is not None:
            handle._take_fn()
            self._runner._outcome.emit(self._task_id, False, TaskCancelled())


def _call(fn: Callable[[Progress], Any] | None, progress: Progress) -> tuple[bool, Any]:
    if fn is None:
        return False, TaskCancelled()
    try:
        return True, fn(progress)
    except BaseException as exc:  # delivered to on_error; nothing may die silently
        return False, exc


class TaskRunner(QObject):
    """Runs functions off the GUI thread and hands their outcome back to it.

    Create the runner on the GUI thread. It uses `pool` when given (it does not own it),
    otherwise a private `QThreadPool` with its own `max_threads` (default: Qt's ideal
    count). With `synchronous=True` there is no pool: `run()` calls the function and then
    the callback before it returns (for tests and the command line).
    """

    # (task id, ok, result or exception), emitted from pool threads, queued to our thread.
    _outcome = Signal(int, bool, object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        max_threads: int | None = None,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool: QThreadPool | None = None
        if not synchronous:
            if pool is None:
                pool = QThreadPool(self)
                if max_threads is not None:
                    pool.setMaxThreadCount(max_threads)
            self._pool = pool
        # Running tasks, by id: keeps them (and their Progress) from being collected.
        self._tasks: dict[int, TaskHandle[Any]] = {}
        self._ids = itertools.count(1)
        # Explicitly queued: delivery always happens from the event loop, also when a
        # cancelled task is taken from the queue on our own thread.
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pool(self) -> QThreadPool | None:
        """The thread pool in use (None in synchronous mode)."""
        return self._pool

    def active_tasks(self) -> list[TaskHandle[Any]]:
        """Tasks started and not yet delivered, oldest first."""
        return list(self._tasks.values())

    def run(
        self,
        fn: Callable[[Progress], T],
        *,
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], object] | None = None,
        progress: Progress | None = None,
        priority: int = LONG_JOB,
    ) -> TaskHandle[T]:
        """Runs `fn(progress)` in the background; returns a handle to cancel it.

        `on_done(result)` or `on_error(exception)` runs later on this runner's thread.
        Without `on_error`, a cancellation is ignored and any other exception is logged
        as an error with its traceback. Exceptions raised by the callbacks themselves are
        logged with `logging.exception` (never silently dropped).
        """
        if progress is None:
            progress = Progress()
        handle = TaskHandle(next(self._ids), fn, progress, on_done, on_error)
        if self._pool is None:
            ok, value = _call(handle._take_fn(), progress)
            self._finish(handle, ok, value)
            return handle
        runnable = _TaskRunnable(self, handle)
        handle._runnable = runnable
        handle._pool = self._pool
        self._tasks[handle.id] = handle
        self._pool.start(runnable, priority)
        return handle

    def cancel_all(self) -> None:
        """Requests cancellation of every task not yet delivered."""
        for handle in self.active_tasks():
            handle.cancel()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Blocks until the pool's threads are idle (for shutdown); False on timeout.

        Outcomes of tasks that finish meanwhile are delivered by the event loop later,
        if it still runs.
        """
        if self._pool is None:
            return True
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, value: object) -> None:
        handle = self._tasks.pop(task_id, None)
        if handle is None:
            log.debug("task %s delivered twice; ignored", task_id)
            return
        self._finish(handle, ok, value)

    def _finish(self, handle: TaskHandle[Any], ok: bool, value: Any) -> None:
        handle._finished = True
        handle._runnable = None
        handle._pool = None
        on_done, on_error = handle._on_done, handle._on_error
        if ok:
            try:
                on_done(value)
            except Exception:
                log.exception("on_done of task %s failed", handle.id)
            return
        if on_error is None:
            if isinstance(value, TaskCancelled):
                log.debug("task %s cancelled", handle.id)
            else:
                log.error("task %s failed with no on_error", handle.id, exc_info=value)
            return
        try:
            on_error(value)
        except Exception:
            log.exception("on_error of task %s failed", handle.id)
