"""Runs the command line for tests: in this process by default, in a real one on request.

Starting `python -m minga` costs about a second of imports per call, and the CLI tests make
hundreds of calls; in-process calls of `minga.cli.main(argv)` keep what the tests look at
(exit status, stdout, stderr, the environment of the call) and skip the start-up. The
process-wide state a call touches (environment, language, argparse's translator, the
keyring backend, the "said once per process" keyring warning, the standard streams and a
log handler standing in for Python's last-resort stderr handler) is set up per call and
put back afterwards, so calls do not see each other, nor the tests around them.

A few things need a process of their own and always get one: the GUI and `selftest` (they
own a QApplication and the process's hooks). Tests that check what a real process does
(exit on a signal, imports, locks) use `Cli(..., real=True)` or the `real_cli` fixture.
MINGA_TEST_REAL_CLI=1 in the environment runs every call in a real process.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "desktop"

#: Set (to anything) to run every call in a real process, as before (to compare).
REAL_ENV = "MINGA_TEST_REAL_CLI"
#: Options of `minga` itself that take a value (the command is the first other word).
_VALUED_OPTIONS = frozenset({"--data-dir", "--lang", "--microcentre", "--db-url"})
#: Commands that open a QApplication: a process of their own, like a user's.
_OWN_PROCESS_COMMANDS = frozenset({"selftest"})


def _command_of(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUED_OPTIONS:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg
    return None


def needs_own_process(argv: Sequence[str]) -> bool:
    """True for the GUI (no command, no --version/--help) and selftest."""
    command = _command_of(argv)
    if command is None:
        return not any(a in ("--version", "-h", "--help") for a in argv)
    return command in _OWN_PROCESS_COMMANDS


class _UTF8Stream(io.TextIOWrapper):
    """A text stream with a `.buffer`, like a real stdout, that is never a terminal."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", errors="backslashreplace", newline="")

    def text(self) -> str:
        self.flush()
        raw = self.buffer.getvalue().decode("utf-8", errors="replace")  # type: ignore[attr-defined]
        # subprocess.run(text=True) reads with universal newlines.
        return raw.replace("\r\n", "\n").replace("\r", "\n")


@contextlib.contextmanager
def _environment(changes: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _reset_keyring() -> None:
    """keyring caches the backend chosen from PYTHON_KEYRING_BACKEND on first use; a call
    with another backend in its environment must choose again, as a new process would."""
    import keyring.core

    keyring.core._keyring_backend = None  # type: ignore[attr-defined]


@contextlib.contextmanager
def _process_state(argv: Sequence[str], stdout: _UTF8Stream, stderr: _UTF8Stream) -> Iterator[None]:
    import minga.i18n
    import minga.sync.keys

    saved_streams = sys.stdin, sys.stdout, sys.stderr
    saved_argv = sys.argv
    saved_argparse_gettext = argparse._  # type: ignore[attr-defined]
    saved_language = minga.i18n._current
    saved_warned = minga.sync.keys._warned
    saved_prompt = minga.sync.keys._prompt
    # A fresh process has said nothing yet and has no GUI passphrase prompt.
    minga.sync.keys._warned = False
    minga.sync.keys._prompt = minga.sync.keys._terminal_prompt
    _reset_keyring()
    # Python's last resort prints warnings and errors of a process without log handlers
    # on stderr as bare messages; pytest's own handlers hide it, so this stands in.
    handler = logging.StreamHandler(stderr)
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    sys.stdin = io.StringIO("")  # not a terminal: no passphrase prompt, like stdin=DEVNULL
    sys.stdout, sys.stderr = stdout, stderr
    sys.argv = ["minga", *argv]  # the CLI logs its own command line
    try:
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        sys.argv = saved_argv
        root.removeHandler(handler)
        argparse._ = saved_argparse_gettext  # type: ignore[attr-defined]
        minga.i18n._current = saved_language
        minga.sync.keys._warned = saved_warned
        minga.sync.keys._prompt = saved_prompt
        _reset_keyring()


def run_in_process(argv: Sequence[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """`minga.cli.main(argv)` with `env` applied, as a CompletedProcess."""
    from minga.cli import main

    stdout, stderr = _UTF8Stream(), _UTF8Stream()
    # A real process writes into a pipe, so argparse wraps its help at 80 columns (or
    # COLUMNS); this process's stdout may be a terminal when pytest runs with -s.
    env = {"COLUMNS": os.environ.get("COLUMNS", "80"), **env}
    with _environment(env), _process_state(argv, stdout, stderr):
        try:
            code: object = main(list(argv))
        except SystemExit as exit_:
            code = exit_.code
        except Exception:  # the interpreter would print it and exit with 1
            traceback.print_exc(file=sys.stderr)
            code = 1
        sys.stdout.flush()
        sys.stderr.flush()
    if code is None:
        returncode = 0
    elif isinstance(code, int):
        returncode = code
    else:  # sys.exit("message"): printed on stderr, status 1
        stderr.write(f"{code}\n")
        returncode = 1
    return subprocess.CompletedProcess(
        ["minga", *argv], returncode, stdout=stdout.text(), stderr=stderr.text()
    )


def run_subprocess(
    argv: Sequence[str], env: Mapping[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    """`python -m minga argv` in a real process."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(SOURCE) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "minga", *argv],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )


class Cli:
    """Runs `minga --data-dir DIR --lang LANG ...` and returns a CompletedProcess.

    In this process by default (see the module's docstring); `real=True` starts
    `python -m minga` in a subprocess for every call, as a user or a script would.
    """

    def __init__(self, data_dir: Path, *, real: bool = False, env: dict[str, str] | None = None):
        self.data_dir = data_dir
        self.real = real
        # Given to every call (a call's own `env` wins): e.g. tests.support.clock.env_at().
        self.env = dict(env or {})

    def __call__(
        self, *args: str, lang: str = "en", env: dict[str, str] | None = None, timeout: int = 120
    ) -> subprocess.CompletedProcess[str]:
        argv = ["--data-dir", str(self.data_dir)]
        if lang:
            argv += ["--lang", lang]
        argv += list(args)
        env = {**self.env, **(env or {})}
        if self.real or os.environ.get(REAL_ENV) or needs_own_process(argv):
            return run_subprocess(argv, env, timeout)
        return run_in_process(argv, env)
