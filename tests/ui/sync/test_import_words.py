"""What an import brought, in one plain sentence."""

from __future__ import annotations

from minga.sync.merge import KindSummary
from minga.ui.sync.summary_words import import_sentence


def test_the_sentence_names_what_came_and_from_whom(translations):
    translations("en")
    kinds = {
        "session": KindSummary(new=1),
        "practice": KindSummary(new=1, unchanged=4),
        "person": KindSummary(unchanged=3),
    }
    assert import_sentence("Juan", kinds) == "From Juan: 1 new session and 1 new practice."

    kinds["practice"] = KindSummary(new=2, updated=1)
    kinds["attendance"] = KindSummary(new=12)
    kinds["erasure"] = KindSummary(new=1)
    assert import_sentence("Rosa", kinds) == (
        "From Rosa: 1 new session, 2 new practices, 12 new attendance records and "
        "1 other new record; 1 change to what you had."
    )
    assert import_sentence("Rosa", {"practice": {"updated": 2, "conflicts": 1}}) == (
        "From Rosa: 3 changes to what you had."
    )
    assert import_sentence("Rosa", {"practice": KindSummary(unchanged=9)}) == ""


def test_in_spanish(translations):
    translations("es")
    kinds = {"session": KindSummary(new=1), "practice": KindSummary(new=1)}
    assert import_sentence("Juan", kinds) == "De Juan: 1 sesión nueva y 1 práctica nueva."
    kinds = {"attendance": KindSummary(new=3, updated=2)}
    assert import_sentence("Rosa", kinds) == (
        "De Rosa: 3 registros de asistencia nuevos; 2 cambios a lo que ya tenías."
    )
