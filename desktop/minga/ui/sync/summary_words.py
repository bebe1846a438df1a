"""What an import brought, in one plain sentence: "From Juan: 1 new session and 1 new
practice; 2 changes to what you had." (the table below it keeps the exact counts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

__all__ = ["ImportSummary", "import_sentence"]


def _count(counts: Any, name: str) -> int:
    value = counts.get(name, 0) if isinstance(counts, Mapping) else getattr(counts, name, 0)
    return value if type(value) is int and value > 0 else 0


class ImportSummary(QObject):
    """The words (a QObject for `tr`: each phrase has its plural and, in Spanish, its
    gender: "sesión nueva", "plan nuevo")."""

    def new_phrase(self, kind: str, n: int) -> str | None:
        """ "N new …" for the kinds a person recognises; None for the others."""
        phrases = {
            "session": lambda: self.tr("%n new session(s)", "", n),
            "practice": lambda: self.tr("%n new practice(s)", "", n),
            "presentation": lambda: self.tr("%n new presentation(s)", "", n),
            "attendance": lambda: self.tr("%n new attendance record(s)", "", n),
            "practice_feedback": lambda: self.tr("%n new evaluation(s) of practices", "", n),
            "adoption": lambda: self.tr("%n new practice choice(s)", "", n),
            "application": lambda: self.tr("%n new application(s) in class", "", n),
            "exit_ticket_tally": lambda: self.tr("%n new exit-ticket count(s)", "", n),
            "self_assessment": lambda: self.tr("%n new self-assessment(s)", "", n),
            "observation_note": lambda: self.tr("%n new observation note(s)", "", n),
            "observation_reply": lambda: self.tr("%n new answer(s) to observations", "", n),
            "improvement_cycle": lambda: self.tr("%n new improvement cycle(s)", "", n),
            "agreement": lambda: self.tr("%n new agreement(s)", "", n),
            "year_plan": lambda: self.tr("%n new year plan(s)", "", n),
            "template": lambda: self.tr("%n new template(s)", "", n),
            "person": lambda: self.tr("%n new member(s)", "", n),
            "attachment": lambda: self.tr("%n new evidence file(s)", "", n),
        }
        phrase = phrases.get(kind)
        return phrase() if phrase else None

    #: The order of the phrases: what matters most to her first.
    ORDER = (
        "session", "practice", "presentation", "attendance", "practice_feedback", "adoption",
        "application", "exit_ticket_tally", "self_assessment", "observation_note",
        "observation_reply", "improvement_cycle", "agreement", "year_plan", "template",
        "person", "attachment",
    )  # fmt: skip

    def sentence(self, sender: str, kinds: Mapping[str, Any]) -> str:
        parts = []
        for kind in self.ORDER:
            n = _count(kinds.get(kind), "new")
            phrase = self.new_phrase(kind, n) if n else None
            if phrase:
                parts.append(phrase)
        others = sum(_count(c, "new") for kind, c in kinds.items() if kind not in self.ORDER)
        if others:
            parts.append(self.tr("%n other new record(s)", "", others))
        changed = sum(_count(c, "updated") + _count(c, "conflicts") for c in kinds.values())
        if not parts and not changed:
            return ""
        if len(parts) > 1:
            text = self.tr("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])
        else:
            text = "".join(parts)
        if changed:
            change = self.tr("%n change(s) to what you had", "", changed)
            text = self.tr("{new}; {changed}").format(new=text, changed=change) if text else change
        return self.tr("From {sender}: {what}.").format(sender=sender, what=text)


def import_sentence(sender: str, kinds: Mapping[str, Any]) -> str:
    """ "From {sender}: …" for the kinds of an import (kind → counts with new, updated,
    conflicts: a `KindSummary` or its JSON); "" when nothing new or changed came."""
    return ImportSummary().sentence(sender, kinds)
