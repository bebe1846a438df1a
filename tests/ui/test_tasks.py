"""The background-task helper: real thread pool, results on the GUI thread, cancel."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QThread

from minga.ui.tasks import PAGE_FETCH, Progress, TaskCancelled, TaskRunner


@pytest.fixture
def runner(qapp):
    runner = TaskRunner(max_threads=2)
    yield runner
    runner.cancel_all()
    assert runner.wait_for_done(5000)


class Recorder:
    """Collects callback calls with the thread they ran on."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.threads: list[QThread] = []

    def done(self, value: object) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(value)

    def error(self, exc: BaseException) -> None:
        self.threads.append(QThread.currentThread())
        self.errors.append(exc)


def test_result_arrives_on_gui_thread(qtbot, qapp, runner):
    worker_threads: list[int] = []
    recorder = Recorder()

    def work(progress: Progress) -> int:
        worker_threads.append(threading.get_ident())
        return 6 * 7

    handle = runner.run(work, on_done=recorder.done, on_error=recorder.error)
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)

    assert recorder.results == [42]
    assert recorder.errors == []
    assert recorder.threads == [qapp.thread()]
    assert worker_threads
    assert worker_threads[0] != threading.get_ident()
    assert runner.active_tasks() == []


def test_exception_arrives_in_on_error(qtbot, qapp, runner):
    recorder = Recorder()

    def work(progress: Progress) -> None:
        raise LookupError("no such bundle")

    handle = runner.run(work, on_done=recorder.done, on_error=recorder.error)
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)

    assert recorder.results == []
    assert len(recorder.errors) == 1
    assert isinstance(recorder.errors[0], LookupError)
    assert str(recorder.errors[0]) == "no such bundle"
    assert recorder.errors[0].__traceback__ is not None
    assert recorder.threads == [qapp.thread()]


def test_cancel_makes_check_raise_and_reaches_on_error(qtbot, runner):
    started = threading.Event()
    recorder = Recorder()

    def work(progress: Progress) -> str:
        started.set()
        # Bounded wait for the GUI's cancel; no sleeps on the GUI thread.
        for _ in range(500):
            progress.check()
            threading.Event().wait(0.01)
        return "not cancelled"

    handle = runner.run(work, on_done=recorder.done, on_error=recorder.error)
    assert started.wait(5)
    handle.cancel()
    assert handle.cancelled
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)

    assert recorder.results == []
    assert len(recorder.errors) == 1
    assert isinstance(recorder.errors[0], TaskCancelled)


def test_cancel_before_start_never_runs_the_function(qtbot, qapp):
    runner = TaskRunner(max_threads=1)
    release = threading.Event()
    ran: list[str] = []
    recorder = Recorder()
    blocker = runner.run(lambda p: release.wait(5), on_done=recorder.done)
    queued = runner.run(lambda p: ran.append("ran"), on_done=recorder.done, on_error=recorder.error)

    queued.cancel()
    release.set()
    qtbot.waitUntil(lambda: queued.finished and blocker.finished, timeout=5000)
    assert runner.wait_for_done(5000)

    assert ran == []
    assert [type(e) for e in recorder.errors] == [TaskCancelled]
    assert recorder.results == [True]  # the blocker's Event.wait result


def test_a_page_fetch_starts_before_long_jobs_already_waiting(qtbot, qapp):
    runner = TaskRunner(max_threads=1)
    release = threading.Event()
    order: list[str] = []
    recorder = Recorder()
    blocker = runner.run(lambda p: release.wait(5), on_done=recorder.done)
    export = runner.run(lambda p: order.append("export"), on_done=recorder.done)
    fetch = runner.run(lambda p: order.append("page"), on_done=recorder.done, priority=PAGE_FETCH)

    release.set()
    qtbot.waitUntil(lambda: blocker.finished and export.finished and fetch.finished, timeout=5000)
    assert runner.wait_for_done(5000)
    assert order == ["page", "export"]


def test_progress_signals_arrive_on_gui_thread(qtbot, qapp, runner):
    received: list[tuple[int, int, str]] = []
    threads: list[QThread] = []
    progress = Progress()

    def on_changed(done: int, total: int, text: str) -> None:
        threads.append(QThread.currentThread())
        received.append((done, total, text))

    progress.changed.connect(on_changed)

    def work(progress: Progress) -> str:
        for i in range(1, 4):
            progress.report(i, 3, f"row {i}")
        progress.report(5_000_000_000, 5_000_000_000, "bytes")  # 64-bit counts
        return "ok"

    recorder = Recorder()
    handle = runner.run(work, on_done=recorder.done, progress=progress)
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)

    assert recorder.results == ["ok"]
    assert received == [
        (1, 3, "row 1"),
        (2, 3, "row 2"),
        (3, 3, "row 3"),
        (5_000_000_000, 5_000_000_000, "bytes"),
    ]
    assert set(threads) == {qapp.thread()}
    assert progress.last == (5_000_000_000, 5_000_000_000, "bytes")


@pytest.mark.expected_errors(r"on_done of task \d+ failed")
def test_error_in_on_done_is_logged_not_swallowed(qtbot, runner, caplog):
    def broken(value: object) -> None:
        raise ValueError("bug in the page")

    with caplog.at_level(logging.ERROR, logger="minga.ui.tasks"):
        handle = runner.run(lambda p: 1, on_done=broken)
        qtbot.waitUntil(lambda: handle.finished, timeout=5000)

    records = [r for r in caplog.records if r.name == "minga.ui.tasks"]
    assert len(records) == 1
    assert records[0].levelno == logging.ERROR
    assert records[0].exc_info is not None
    assert isinstance(records[0].exc_info[1], ValueError)


@pytest.mark.expected_errors(r"task \d+ failed with no on_error")
def test_failure_without_on_error_is_logged(qtbot, runner, caplog):
    def work(progress: Progress) -> None:
        raise RuntimeError("unexpected")

    with caplog.at_level(logging.ERROR, logger="minga.ui.tasks"):
        handle = runner.run(work, on_done=lambda v: None)
        qtbot.waitUntil(lambda: handle.finished, timeout=5000)

    assert [type(r.exc_info[1]) for r in caplog.records if r.exc_info] == [RuntimeError]


def test_synchronous_runner_delivers_before_returning(qapp):
    runner = TaskRunner(synchronous=True)
    recorder = Recorder()
    reports: list[tuple[int, int, str]] = []
    progress = Progress()
    progress.changed.connect(lambda d, t, s: reports.append((d, t, s)))

    def work(progress: Progress) -> str:
        progress.report(1, 1, "done")
        return threading.current_thread().name

    handle = runner.run(work, on_done=recorder.done, progress=progress)

    assert handle.finished
    assert runner.pool is None
    assert recorder.results == [threading.current_thread().name]
    assert reports == [(1, 1, "done")]
    assert runner.wait_for_done(0)


def test_synchronous_runner_with_cancelled_progress(qapp):
    runner = TaskRunner(synchronous=True)
    recorder = Recorder()
    progress = Progress()
    progress.cancel()

    def work(progress: Progress) -> str:
        progress.check()
        return "should not get here"

    runner.run(work, on_done=recorder.done, on_error=recorder.error, progress=progress)

    assert recorder.results == []
    assert [type(e) for e in recorder.errors] == [TaskCancelled]


def test_running_tasks_are_kept_alive(qtbot, runner):
    release = threading.Event()
    recorder = Recorder()
    handle = runner.run(lambda p: release.wait(5), on_done=recorder.done)
    task_id = handle.id
    del handle  # the caller drops its handle; the runner must keep the task

    assert [h.id for h in runner.active_tasks()] == [task_id]
    release.set()
    qtbot.waitUntil(lambda: recorder.results == [True], timeout=5000)
    assert runner.active_tasks() == []


def test_the_installed_pyside6_keeps_reference_counts_across_emits():
    # PySide6-Essentials 6.12.0 on CPython 3.11 loses a reference to True on every
    # Python-side emit and aborts the interpreter ("bool_dealloc") after a few hundred;
    # pyproject.toml excludes that release. A child process, since the failure is fatal.
    code = (
        "from PySide6.QtCore import QObject, Signal\n"
        "class P(QObject):\n"
        "    ping = Signal(int)\n"
        "p = P()\n"
        "for i in range(5000):\n"
        "    p.ping.emit(i)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
