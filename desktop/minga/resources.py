"""Finds the files in `resources/` from a source tree, a wheel or the frozen app."""

from __future__ import annotations

import importlib
import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def root() -> Path:
    """The folder holding Minga's resources (icons, fonts, translations, curriculum)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "minga" / "_resources"
    # Editable installs and wheels map `resources/` to the `minga._resources` package.
    # (`minga._resources` is a namespace package: its __path__ names the folder.)
    try:
        package = importlib.import_module("minga._resources")
    except ModuleNotFoundError:
        package = None
    for entry in getattr(package, "__path__", ()):
        if Path(entry).is_dir():
            return Path(entry)
    # A plain source checkout (PYTHONPATH=desktop).
    return Path(__file__).resolve().parents[2] / "resources"


def path(*parts: str) -> Path:
    """The path of a resource, e.g. `path("translations", "minga_es.ts")`."""
    return root().joinpath(*parts)
