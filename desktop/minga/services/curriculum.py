"""The curriculum catalogue: learning objectives (OA) to choose from, not only to type.

The catalogue is data: the CSV files in `resources/curriculum/` that ship with Minga
(`code,subject,level,axis,description`; the descriptions are short, in Minga's own words,
not the official text) and, after them, any CSV an advisor drops in `<data>/curriculum/`
with the same columns. A row of the advisor's file replaces a shipped row with the same
code, so a network can extend or reword the catalogue without a new Minga.

Codes follow `minga.domain.validation.normalize_oa_code`: básica `MA02 OA 03`
(subject, grade, objective) and parvularia's transition level `PMNT OA 03` (núcleo, NT1
and NT2 share the objectives, number). `level` is a básica level (`1B`..`8B`) or `NT`.

`unknown(codes)` tells which well-formed codes the catalogue says do not exist: an
objective number missing from a subject and level the catalogue covers, or a subject not
taught at that level (English starts in 5° básico). A code for a subject and level the
catalogue does not cover yet, or covers only in part (`PARTIAL`), is not reported: the
catalogue cannot know. Unknown codes are a warning the person confirms, never a silent
pass nor a refusal.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from minga import resources
from minga.domain.errors import ValidationError
from minga.domain.validation import fold, normalize_level, normalize_oa_code
from minga.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

COLUMNS = ("code", "subject", "level", "axis", "description")
FOLDER = "curriculum"
# Subjects that a level does not have at all (Bases Curriculares: English from 5° básico).
NOT_TAUGHT: dict[str, frozenset[str]] = {"IN": frozenset({"1B", "2B", "3B", "4B"})}
# Subjects and levels the shipped catalogue describes only in part (Historia 4° to 6°:
# the history and geography objectives and some of formación ciudadana): a number missing
# there may well exist, so it is not reported as unknown.
PARTIAL: frozenset[tuple[str, str]] = frozenset({("HI", "4B"), ("HI", "5B"), ("HI", "6B")})


@dataclass(frozen=True)
class Objective:
    code: str
    subject: str
    level: str  # "1B".."8B" or "NT"
    axis: str
    description: str
    source: str = "minga"  # "minga" (shipped) or the advisor's file name

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "subject": self.subject,
            "level": self.level,
            "axis": self.axis,
            "description": self.description,
            "source": self.source,
        }

    def label(self) -> str:
        """`MA01 OA 03 · Leer y representar números...` (for pickers)."""
        return f"{self.code} · {self.description}"


class Catalogue:
    """The objectives, in file order, by code."""

    def __init__(self, objectives: Iterable[Objective]):
        self._by_code: dict[str, Objective] = {}
        for objective in objectives:
            self._by_code[objective.code] = objective
        self._covered = {(o.subject, o.level) for o in self._by_code.values()} - PARTIAL
        self._folded = {code: fold(f"{o.code} {o.axis} {o.description}") for code, o in
                        self._by_code.items()}  # fmt: skip

    def __len__(self) -> int:
        return len(self._by_code)

    def __contains__(self, code: str) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Objective | None:
        return self._by_code.get(code)

    def all(self) -> list[Objective]:
        return list(self._by_code.values())

    def subjects(self) -> list[str]:
        return sorted({o.subject for o in self._by_code.values()})

    def search(
        self, *, subject: str | None = None, level: str | None = None, query: str = ""
    ) -> list[Objective]:
        """Objectives of `subject` and `level` (NT1 and NT2 find the NT objectives) whose
        code, axis or description hold every word of `query` (accents and case aside)."""
        wanted_level = "NT" if level in ("NT1", "NT2", "NT") else level
        words = fold(query or "").split()
        found = []
        for code, objective in self._by_code.items():
            if subject and objective.subject != subject:
                continue
            if wanted_level and objective.level != wanted_level:
                continue
            if words and not all(word in self._folded[code] for word in words):
                continue
            found.append(objective)
        return found

    def unknown(self, codes: Iterable[str]) -> list[str]:
        """The codes (normalized) the catalogue says do not exist (module docstring)."""
        result = []
        for code in codes:
            if code in self._by_code:
                continue
            subject, level = _subject_level(code)
            if level in NOT_TAUGHT.get(subject, ()) or (subject, level) in self._covered:
                result.append(code)
        return result


def _subject_level(code: str) -> tuple[str, str]:
    head = code.split(" ", 1)[0]
    subject, grade = head[:2], head[2:]
    return subject, ("NT" if grade == "NT" else f"{int(grade)}B")


def _read(path: Path, source: str) -> list[Objective]:
    """The objectives of one CSV; a bad row is skipped and logged, never fatal (an
    advisor's file may hold a typo)."""
    objectives = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            log.warning("curriculum file %s lacks the columns %s", path.name, missing)
            return []
        for number, row in enumerate(reader, start=2):
            try:
                code = normalize_oa_code(row["code"] or "")
                level = (row["level"] or "").strip().upper()
                if level != "NT":
                    level = normalize_level(level)
                description = " ".join((row["description"] or "").split())
                if not description:
                    raise ValueError("no description")
            except (ValidationError, ValueError) as exc:
                log.warning("curriculum file %s, line %d skipped: %s", path.name, number, exc)
                continue
            objectives.append(
                Objective(
                    code=code,
                    subject=code[:2],
                    level=level,
                    axis=" ".join((row["axis"] or "").split()),
                    description=description[:300],
                    source=source,
                )
            )
    return objectives


@lru_cache(maxsize=1)
def _shipped() -> tuple[Objective, ...]:
    folder = resources.path(FOLDER)
    objectives: list[Objective] = []
    for path in sorted(folder.glob("*.csv")):
        objectives += _read(path, "minga")
    return tuple(objectives)


def load_catalogue(data_dir: Path | None = None) -> Catalogue:
    """The shipped catalogue, extended by the CSV files in `<data_dir>/curriculum/`."""
    objectives = list(_shipped())
    if data_dir is not None:
        extra = Path(data_dir) / FOLDER
        if extra.is_dir():
            for path in sorted(extra.glob("*.csv")):
                objectives += _read(path, path.name)
    return Catalogue(objectives)


class UnknownOaWarning(ValidationError):
    """Well-formed codes the catalogue does not know: the person confirms or corrects."""


def unknown_warning(codes: list[str], field: str = "oa_codes") -> UnknownOaWarning:
    return UnknownOaWarning(
        field,
        QT_TRANSLATE_NOOP(
            "errors",
            "The curriculum catalogue does not have {codes}. Check the codes; if they are "
            "right, confirm them.",
        ),
        codes=", ".join(codes),
    )
