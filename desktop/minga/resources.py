"""Finds the files in `resources/` from a source tree, a wheel or the frozen app."""

from __future__ import annotations

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
    try:
        from importlib.resources import files

        candidate = Path(str(files("minga._resources")))
        if candidate.is_dir():
            return candidate
    except (ModuleNotFoundError, TypeError):
        pass
    # A plain source checkout (PYTHONPATH=desktop).
    return Path(__file__).resolve().parents[2] / "resources"


def path(*parts: str) -> Path:
    """The path of a resource, e.g. `path("translations", "minga_es.ts")`."""
    return root().joinpath(*parts)
