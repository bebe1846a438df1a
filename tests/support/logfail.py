"""A test that logs an error fails, unless it says it expects that error.

In the spirit of qutebrowser's tests/helpers/logfail.py. Errors that the code catches and
logs (a task's callback that raised, a crash handler that wrote its log, a window that could
not reload) never reach the test as exceptions; without this a test would pass while the
app it drives logs a traceback. Every record at ERROR or above, from any logger and any
thread, during a test's setup, call or teardown, fails that test.

A test that provokes errors on purpose declares them, by marker or fixture:

    @pytest.mark.expected_errors("on_done of task .* failed")  # regexes, searched
    def test_...

    def test_...(expect_error_logs):
        expect_error_logs("cannot open .*")

`@pytest.mark.expected_errors` without patterns accepts any error record. The records
themselves stay available to the test in `expect_error_logs.records`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

MARKER = "expected_errors"


class _Recorder(logging.Handler):
    """Keeps ERROR records of the running test (emit may be called from any thread)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self.patterns: list[re.Pattern[str]] = []
        self.accept_all = False

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def reset(self) -> None:
        self.records = []
        self.patterns = []
        self.accept_all = False

    def unexpected(self) -> list[logging.LogRecord]:
        if self.accept_all:
            return []
        return [r for r in self.records if not any(p.search(_text(r)) for p in self.patterns)]


def _text(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # a record whose arguments do not fit its format: show it raw
        return str(record.msg)


def _describe(record: logging.LogRecord) -> str:
    line = f"{record.levelname} {record.name}: {_text(record)}"
    if record.exc_info and record.exc_info[1] is not None:
        exc = record.exc_info[1]
        line += f"\n    {type(exc).__name__}: {exc}"
    return line


_recorder = _Recorder()


class ExpectErrorLogs:
    """`expect_error_logs(pattern, ...)`: these error records are part of the test."""

    def __call__(self, *patterns: str) -> None:
        _recorder.patterns.extend(re.compile(p) for p in patterns)

    @property
    def records(self) -> list[logging.LogRecord]:
        return list(_recorder.records)


@pytest.fixture
def expect_error_logs() -> ExpectErrorLogs:
    return ExpectErrorLogs()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(*patterns): the test logs errors matching these regexes on purpose "
        "(none: any error); other ERROR records fail it (tests/support/logfail.py)",
    )
    root = logging.getLogger()
    if _recorder not in root.handlers:
        root.addHandler(_recorder)


def pytest_unconfigure(config: pytest.Config) -> None:
    logging.getLogger().removeHandler(_recorder)


def _check(when: str) -> None:
    unexpected = _recorder.unexpected()
    if unexpected:
        # Reported once: the next phase starts from the records not yet reported.
        _recorder.records = [r for r in _recorder.records if r not in unexpected]
        details = "\n".join(_describe(r) for r in unexpected)
        pytest.fail(
            f"unexpected error logged during {when} (declare it with "
            f"@pytest.mark.{MARKER}(pattern) or the expect_error_logs fixture):\n{details}",
            pytrace=False,
        )


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    _recorder.reset()
    for marker in item.iter_markers(MARKER):
        if not marker.args:
            _recorder.accept_all = True
        _recorder.patterns.extend(re.compile(p) for p in marker.args)
    result = yield
    _check("setup")
    return result


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    result = yield
    _check("the test")
    return result


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    result = yield
    _check("teardown")
    return result
