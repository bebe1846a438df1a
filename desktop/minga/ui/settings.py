"""GUI settings: one registry of options with defaults and an upgrade step.

After Picard's `options.py` / `config_upgrade.py`. Every option is declared once below
as an `Option` (key, default, type, allowed values); `Settings` reads and writes them in
an INI file inside the data folder (``<data_dir>/settings.ini``), never in the user's
real Qt profile, so tests and portable installs stay isolated.

    settings = Settings(data_dir / "settings.ini")
    scale = settings.get(TEXT_SCALE)          # float
    settings.set(LAST_AREA, "practices")
    settings.set("paper", "oficio")           # by key works too

The file may have been edited by hand: a value that cannot be read, or is not allowed,
gives the default (and a log line) instead of an error.

Upgrades: `SETTINGS_VERSION` is stored in the file. When the layout changes, bump
`CURRENT_VERSION` and add a step to `UPGRADES`, keyed by the version it upgrades *to*,
that edits the raw `QSettings` (e.g. with `rename_key`). Steps run once, in order, when
an older file is opened. A new file starts at the current version without running any.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

__all__ = [
    "AUTOSAVE_INTERVAL",
    "CURRENT_VERSION",
    "LANGUAGE",
    "LAST_AREA",
    "OPTIONS",
    "PAPER",
    "SETTINGS_FILE",
    "SETTINGS_VERSION",
    "TERRITORY_EVERY",
    "TERRITORY_FOLDER",
    "TEXT_SCALE",
    "UPGRADES",
    "WINDOW_GEOMETRY",
    "WINDOW_STATE",
    "Option",
    "Settings",
    "UpgradeStep",
    "rename_key",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The settings file's name inside the data folder.
SETTINGS_FILE: Final = "settings.ini"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One declared setting. `type` is one of str, int, float, bool, bytes."""

    key: str
    default: T
    type: type[T]
    choices: tuple[T, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None

    def validate(self, value: Any) -> T:
        """Returns `value` as this option's type, or raises ValueError/TypeError."""
        value = _convert(value, self.type)
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        if self.minimum is not None and value < self.minimum:  # type: ignore[operator]
            raise ValueError(f"{self.key}: {value!r} is below {self.minimum}")
        if self.maximum is not None and value > self.maximum:  # type: ignore[operator]
            raise ValueError(f"{self.key}: {value!r} is above {self.maximum}")
        return value


def _convert(value: Any, kind: type) -> Any:
    """Turns what QSettings gives back (often a string from the INI file) into `kind`."""
    if kind is bytes:
        if isinstance(value, QByteArray):
            return bytes(value.data())
        if isinstance(value, bytes | bytearray):
            return bytes(value)
        raise TypeError(f"expected bytes, got {type(value).__name__}")
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes", "on"):
            return True
        if isinstance(value, str) and value.strip().lower() in ("false", "0", "no", "off"):
            return False
        raise ValueError(f"not a boolean: {value!r}")
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise TypeError(f"expected int, got {type(value).__name__}")
        return int(value)
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise TypeError(f"expected float, got {type(value).__name__}")
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f"not a finite number: {value!r}")
        return number
    if kind is str:
        if not isinstance(value, str):
            raise TypeError(f"expected str, got {type(value).__name__}")
        return value
    raise TypeError(f"unsupported option type {kind!r}")


# --- The registry ----------------------------------------------------------------------

SETTINGS_VERSION: Final = Option("settings_version", 0, int, minimum=0)
LANGUAGE: Final = Option("language", "es", str, choices=("es", "en"))
WINDOW_GEOMETRY: Final = Option("window/geometry", b"", bytes)
WINDOW_STATE: Final = Option("window/state", b"", bytes)
LAST_AREA: Final = Option("window/last_area", "home", str)
TEXT_SCALE: Final = Option("ui/text_scale", 1.0, float, minimum=0.5, maximum=3.0)
PAPER: Final = Option("paper", "carta", str, choices=("carta", "oficio", "a4"))
AUTOSAVE_INTERVAL: Final = Option("autosave/interval_seconds", 3, int, minimum=1, maximum=600)
# The coordinator's hub: the folder the advisors' territory reports arrive in, and how
# often Territorio imports the new ones (minutes; 0: only when asked).
TERRITORY_FOLDER: Final = Option("territory/import_folder", "", str)
TERRITORY_EVERY: Final = Option("territory/import_minutes", 0, int, minimum=0, maximum=1440)

OPTIONS: Final[dict[str, Option[Any]]] = {
    option.key: option
    for option in (
        SETTINGS_VERSION,
        LANGUAGE,
        WINDOW_GEOMETRY,
        WINDOW_STATE,
        LAST_AREA,
        TEXT_SCALE,
        PAPER,
        AUTOSAVE_INTERVAL,
        TERRITORY_FOLDER,
        TERRITORY_EVERY,
    )
}

# --- Upgrades ----------------------------------------------------------------------------

#: The layout version this code writes.
CURRENT_VERSION: Final = 1

#: An upgrade step edits the raw QSettings from version N-1 to version N.
UpgradeStep = Callable[[QSettings], None]

#: Steps keyed by the version they upgrade to. Version 1 is the first layout; files
#: without a version (0) need no change to read as version 1.
UPGRADES: Final[Mapping[int, UpgradeStep]] = {}


def rename_key(qsettings: QSettings, old: str, new: str) -> None:
    """Moves a value from `old` to `new` (keeps an existing `new`); for upgrade steps."""
    if qsettings.contains(old):
        if not qsettings.contains(new):
            qsettings.setValue(new, qsettings.value(old))
        qsettings.remove(old)


# --- Settings ----------------------------------------------------------------------------


class Settings(QObject):
    """Typed access to the declared options in one INI file. Use from the GUI thread."""

    changed = Signal(str)
    """The key of an option whose value `set()` or `reset()` changed."""

    def __init__(
        self,
        path: Path,
        parent: QObject | None = None,
        *,
        current_version: int = CURRENT_VERSION,
        upgrades: Mapping[int, UpgradeStep] | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.current_version = current_version
        self.upgrade(UPGRADES if upgrades is None else upgrades)

    @property
    def qsettings(self) -> QSettings:
        """The underlying QSettings (for upgrade steps and unusual needs)."""
        return self._qsettings

    @overload
    def get(self, option: Option[T]) -> T: ...
    @overload
    def get(self, option: str) -> Any: ...
    def get(self, option: Option[Any] | str) -> Any:
        """The stored value of `option`, or its default if unset or unreadable."""
        opt = self._option(option)
        raw = self._qsettings.value(opt.key)
        if raw is None:
            return opt.default
        try:
            return opt.validate(raw)
        except (TypeError, ValueError) as exc:
            log.warning("settings: ignoring %s in %s (%s)", opt.key, self.path, exc)
            return opt.default

    @overload
    def set(self, option: Option[T], value: T) -> None: ...
    @overload
    def set(self, option: str, value: Any) -> None: ...
    def set(self, option: Option[Any] | str, value: Any) -> None:
        """Stores `value`; raises TypeError/ValueError if the option does not accept it."""
        opt = self._option(option)
        value = opt.validate(value)
        old = self.get(opt)
        # Bytes must go in as QByteArray: plain bytes would be pickled into the file.
        self._qsettings.setValue(opt.key, QByteArray(value) if opt.type is bytes else value)
        if value != old:
            self.changed.emit(opt.key)

    def reset(self, option: Option[Any] | str) -> None:
        """Forgets the stored value so the default applies again."""
        opt = self._option(option)
        old = self.get(opt)
        self._qsettings.remove(opt.key)
        if old != opt.default:
            self.changed.emit(opt.key)

    def is_set(self, option: Option[Any] | str) -> bool:
        """Whether the file holds a value for `option`."""
        return self._qsettings.contains(self._option(option).key)

    def sync(self) -> bool:
        """Writes pending changes to disk; False (and a log line) if that failed."""
        self._qsettings.sync()
        status = self._qsettings.status()
        if status != QSettings.Status.NoError:
            log.warning("settings: could not write %s (%s)", self.path, status)
            return False
        return True

    def upgrade(self, upgrades: Mapping[int, UpgradeStep]) -> list[int]:
        """Brings an older file to `current_version`; returns the versions applied."""
        qs = self._qsettings
        if not qs.allKeys():  # a new file: nothing to upgrade
            qs.setValue(SETTINGS_VERSION.key, self.current_version)
            return []
        version = self.get(SETTINGS_VERSION)
        if version > self.current_version:
            log.info(
                "settings: %s is from a newer Minga (version %s > %s); left as it is",
                self.path,
                version,
                self.current_version,
            )
            return []
        applied = []
        for target in range(version + 1, self.current_version + 1):
            step = upgrades.get(target)
            if step is not None:
                log.info("settings: upgrading %s to version %s", self.path, target)
                step(qs)
                applied.append(target)
            qs.setValue(SETTINGS_VERSION.key, target)
        if applied or version != self.current_version:
            self.sync()
        return applied

    @staticmethod
    def _option(option: Option[Any] | str) -> Option[Any]:
        if isinstance(option, Option):
            return option
        try:
            return OPTIONS[option]
        except KeyError:
            raise KeyError(f"unknown setting {option!r}") from None
