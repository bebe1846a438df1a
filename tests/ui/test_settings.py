"""The settings registry: defaults, typed round trip, bad values, upgrades."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from minga.ui import settings as s
from minga.ui.settings import Settings


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / s.SETTINGS_FILE


def test_defaults(path):
    settings = Settings(path)

    assert settings.get(s.LANGUAGE) == "es"
    assert settings.get(s.WINDOW_GEOMETRY) == b""
    assert settings.get(s.WINDOW_STATE) == b""
    assert settings.get(s.LAST_AREA) == "home"
    assert settings.get(s.TEXT_SCALE) == 1.0
    assert settings.get(s.PAPER) == "carta"
    assert settings.get(s.AUTOSAVE_INTERVAL) == 3
    assert settings.get("autosave/interval_seconds") == 3
    assert settings.get(s.SETTINGS_VERSION) == s.CURRENT_VERSION


def test_file_lives_where_it_was_told(path):
    settings = Settings(path)
    settings.set(s.PAPER, "a4")
    assert settings.sync()

    assert path.exists()
    assert "paper=a4" in path.read_text(encoding="utf-8")


def test_roundtrip_through_the_file(path):
    geometry = bytes(range(256))
    settings = Settings(path)
    settings.set(s.LANGUAGE, "en")
    settings.set(s.WINDOW_GEOMETRY, geometry)
    settings.set(s.WINDOW_STATE, b"\x00state")
    settings.set(s.LAST_AREA, "practices")
    settings.set(s.TEXT_SCALE, 1.25)
    settings.set("paper", "oficio")
    settings.set(s.AUTOSAVE_INTERVAL, 10)
    assert settings.sync()
    del settings

    # Read the INI text back with a fresh QSettings on a copy: no in-process cache.
    copy = path.with_name("copy.ini")
    copy.write_bytes(path.read_bytes())
    again = Settings(copy)

    assert again.get(s.LANGUAGE) == "en"
    assert again.get(s.WINDOW_GEOMETRY) == geometry
    assert again.get(s.WINDOW_STATE) == b"\x00state"
    assert again.get(s.LAST_AREA) == "practices"
    assert again.get(s.TEXT_SCALE) == 1.25
    assert isinstance(again.get(s.TEXT_SCALE), float)
    assert again.get(s.PAPER) == "oficio"
    assert again.get(s.AUTOSAVE_INTERVAL) == 10
    assert isinstance(again.get(s.AUTOSAVE_INTERVAL), int)


def test_bytes_are_stored_as_byte_array_not_pickled(path):
    settings = Settings(path)
    settings.set(s.WINDOW_STATE, b"abc")
    settings.sync()

    assert "state=@ByteArray(abc)" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("option", "value"),
    [
        (s.LANGUAGE, "fr"),
        (s.PAPER, "legal"),
        (s.TEXT_SCALE, 10.0),
        (s.TEXT_SCALE, float("nan")),
        (s.AUTOSAVE_INTERVAL, 0),
        (s.AUTOSAVE_INTERVAL, True),
        (s.WINDOW_GEOMETRY, "not bytes"),
        (s.LAST_AREA, 3),
    ],
)
def test_set_rejects_bad_values(path, option, value):
    settings = Settings(path)

    with pytest.raises((TypeError, ValueError)):
        settings.set(option, value)
    assert settings.get(option) == option.default


def test_unknown_key_is_an_error(path):
    with pytest.raises(KeyError):
        Settings(path).get("no/such/option")


def test_hand_edited_garbage_falls_back_to_defaults(path, caplog):
    path.parent.mkdir(parents=True)
    path.write_text(
        "[General]\nsettings_version=1\nlanguage=klingon\npaper=a4\n"
        "[ui]\ntext_scale=huge\n[autosave]\ninterval_seconds=-5\n",
        encoding="utf-8",
    )
    settings = Settings(path)

    assert settings.get(s.LANGUAGE) == "es"
    assert settings.get(s.TEXT_SCALE) == 1.0
    assert settings.get(s.AUTOSAVE_INTERVAL) == 3
    assert settings.get(s.PAPER) == "a4"
    assert any("language" in r.getMessage() for r in caplog.records)


def test_changed_signal_only_on_real_change(qtbot, path):
    settings = Settings(path)

    with qtbot.waitSignal(settings.changed, timeout=1000) as blocker:
        settings.set(s.TEXT_SCALE, 1.5)
    assert blocker.args == ["ui/text_scale"]

    with qtbot.assertNotEmitted(settings.changed):
        settings.set(s.TEXT_SCALE, 1.5)

    with qtbot.waitSignal(settings.changed, timeout=1000):
        settings.reset(s.TEXT_SCALE)
    assert settings.get(s.TEXT_SCALE) == 1.0
    assert not settings.is_set(s.TEXT_SCALE)


def _write_old_file(path, version: int | None, **values: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    if version is not None:
        raw.setValue("settings_version", version)
    for key, value in values.items():
        raw.setValue(key.replace("__", "/"), value)
    raw.sync()


def test_upgrade_steps_run_once_in_order(path):
    calls: list[int] = []

    def to_1(raw: QSettings) -> None:
        calls.append(1)
        s.rename_key(raw, "lang", "language")

    def to_2(raw: QSettings) -> None:
        calls.append(2)
        s.rename_key(raw, "ui/scale", "ui/text_scale")

    _write_old_file(path, None, lang="en", ui__scale="1.5")
    upgrades = {1: to_1, 2: to_2}

    settings = Settings(path, current_version=2, upgrades=upgrades)

    assert calls == [1, 2]
    assert settings.get(s.LANGUAGE) == "en"
    assert settings.get(s.TEXT_SCALE) == 1.5
    assert settings.get(s.SETTINGS_VERSION) == 2
    assert not settings.qsettings.contains("lang")

    Settings(path, current_version=2, upgrades=upgrades)
    assert calls == [1, 2]  # already at version 2: nothing runs again


def test_upgrade_starts_from_the_stored_version(path):
    calls: list[int] = []
    upgrades = {n: (lambda raw, n=n: calls.append(n)) for n in (1, 2, 3)}
    _write_old_file(path, 2, paper="a4")

    settings = Settings(path, current_version=3, upgrades=upgrades)

    assert calls == [3]
    assert settings.get(s.SETTINGS_VERSION) == 3
    assert settings.get(s.PAPER) == "a4"


def test_new_file_skips_upgrades(path):
    calls: list[int] = []

    settings = Settings(path, current_version=2, upgrades={1: lambda raw: calls.append(1)})

    assert calls == []
    assert settings.get(s.SETTINGS_VERSION) == 2


def test_newer_file_is_left_alone(path):
    calls: list[int] = []
    _write_old_file(path, 9, paper="oficio")

    settings = Settings(path, current_version=2, upgrades={2: lambda raw: calls.append(2)})

    assert calls == []
    assert settings.get(s.SETTINGS_VERSION) == 9
    assert settings.get(s.PAPER) == "oficio"


def test_rename_key_keeps_existing_target(path):
    _write_old_file(path, 1, language="en", lang="es")
    raw = QSettings(str(path), QSettings.Format.IniFormat)

    s.rename_key(raw, "lang", "language")

    assert raw.value("language") == "en"
    assert not raw.contains("lang")
