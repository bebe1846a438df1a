"""The logfail plugin itself: an unexpected error record fails a test, a declared one
does not (tests/support/logfail.py)."""

from __future__ import annotations

import logging
import os

import pytest

from tests.conftest import ROOT

pytest_plugins = ["pytester"]

log = logging.getLogger("minga.tests.logfail")


@pytest.mark.expected_errors("the disk is full")
def test_a_declared_error_by_marker_passes() -> None:
    log.error("the disk is full: %s", "/media/usb")


def test_a_declared_error_by_fixture_passes_and_is_recorded(expect_error_logs) -> None:
    expect_error_logs(r"on_done of task \d+ failed")
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("on_done of task %s failed", 7)
    [record] = expect_error_logs.records
    assert record.exc_info is not None
    assert record.exc_info[1].args == ("boom",)


def test_warnings_are_not_errors() -> None:
    log.warning("no usable system keyring")


def test_undeclared_errors_fail_in_any_phase_and_from_threads(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest('pytest_plugins = ["tests.support.logfail"]\n')
    pytester.makepyfile(
        """
        import logging
        import threading

        import pytest

        log = logging.getLogger("x")

        def test_error_in_call():
            log.error("swallowed by a callback")

        def test_critical_from_a_thread():
            worker = threading.Thread(target=lambda: log.critical("in a worker"))
            worker.start()
            worker.join()

        @pytest.fixture
        def noisy():
            yield
            log.error("while closing")

        def test_error_in_teardown(noisy):
            pass

        @pytest.mark.expected_errors("other")
        def test_a_different_error_than_declared():
            log.error("not the declared one")

        @pytest.mark.expected_errors
        def test_any_error_declared():
            log.error("anything")

        def test_clean():
            log.warning("only a warning")
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=3, errors=1)
    for line in (
        "*unexpected error logged during the test*",
        "*ERROR x: swallowed by a callback*",
        "*CRITICAL x: in a worker*",
        "*unexpected error logged during teardown*",
        "*ERROR x: while closing*",
        "*ERROR x: not the declared one*",
    ):
        result.stdout.fnmatch_lines([line])


def test_an_exception_swallowed_by_the_task_runner_fails_the_test(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's task runner catches what a callback raises (the window must go on) and
    logs it; under the plugin that is still a failed test, and an expected one passes."""
    monkeypatch.setenv("PYTHONPATH", f"{ROOT}{os.pathsep}{ROOT / 'desktop'}")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    pytester.makeconftest('pytest_plugins = ["tests.support.logfail"]\n')
    pytester.makepyfile(
        """
        import pytest

        from minga.ui.messages import MessageBridge
        from minga.ui.tasks import TaskRunner

        def broken(value):
            raise KeyError(value)

        def test_a_callback_raises(qapp):
            TaskRunner(synchronous=True).run(lambda p: "practice-42", on_done=broken)

        def test_an_unexpected_exception_reaches_the_bridge(qapp):
            bridge = MessageBridge()
            TaskRunner(synchronous=True).run(
                lambda p: 1 / 0, on_done=print, on_error=bridge.show_exception
            )

        @pytest.mark.expected_errors("on_done of task")
        def test_declared(qapp):
            TaskRunner(synchronous=True).run(lambda p: "practice-42", on_done=broken)
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*ERROR minga.ui.tasks: on_done of task * failed*"])
    result.stdout.fnmatch_lines(["*KeyError: 'practice-42'*"])
    result.stdout.fnmatch_lines(["*ERROR minga.ui.tasks: on_error of task * failed*"])
    result.stdout.fnmatch_lines(["*ZeroDivisionError*"])
