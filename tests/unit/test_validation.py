"""What people type: RBD, OA codes, levels, subjects and texts."""

from __future__ import annotations

import pytest

from minga.domain import validation as v
from minga.domain.errors import CheckDigitWarning, ValidationError
from minga.i18n import catalog


@pytest.mark.parametrize(
    ("number", "digit"),
    [("4478", "4"), ("1", "9"), ("12345", "5"), ("24965", "3"), ("6", "K"), ("31", "0")],
)
def test_rbd_check_digit_follows_modulo_11(number: str, digit: str) -> None:
    assert v.rbd_check_digit(number) == digit


@pytest.mark.parametrize("text", ["4478-4", "4478 - 4", " 4478-4 ", "04478-4", "6K", "6-k"])
def test_rbd_accepts_usual_spellings(text: str) -> None:
    assert str(v.parse_rbd(text)) in ("4478-4", "6-K")


@pytest.mark.parametrize("text", ["4478", "44784", " 447 "])
def test_rbd_without_a_separated_check_digit_is_asked_for_never_guessed(text: str) -> None:
    # "4478" is not read as 447-8, even when the person would confirm a mismatch.
    for accept in (False, True):
        with pytest.raises(ValidationError) as info:
            v.parse_rbd(text, accept_check_digit_mismatch=accept)
        assert not isinstance(info.value, CheckDigitWarning)
        assert "no check digit" in info.value.message(catalog("en"))


@pytest.mark.parametrize("text", ["", "abc", "4478-", "12-34-5", "4478-X", "1234567-8"])
def test_rbd_rejects_malformed_text_with_an_example(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        v.parse_rbd(text)
    assert not isinstance(info.value, CheckDigitWarning)
    assert "4478-4" in info.value.message(catalog("en"))


def test_rbd_check_digit_mismatch_is_a_warning_the_user_may_override() -> None:
    with pytest.raises(CheckDigitWarning) as info:
        v.parse_rbd("4478-5")
    assert "4478-5" in info.value.message(catalog("en"))
    assert "gives 4" in info.value.message(catalog("en"))
    rbd = v.parse_rbd("4478-5", accept_check_digit_mismatch=True)
    assert str(rbd) == "4478-5"
    assert not rbd.check_digit_matches


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MA02 OA 03", "MA02 OA 03"),
        ("ma2oa3", "MA02 OA 03"),
        ("LE01 OA 12", "LE01 OA 12"),
        ("cn08  oa 1", "CN08 OA 01"),
    ],
)
def test_oa_codes_are_normalized(text: str, code: str) -> None:
    assert v.normalize_oa_code(text) == code


@pytest.mark.parametrize("text", ["", "MA09 OA 01", "XX02 OA 03", "MA02 03", "MA02 OA 100"])
def test_oa_codes_reject_unknown_forms(text: str) -> None:
    with pytest.raises(ValidationError, match="MA02 OA 03"):
        v.normalize_oa_code(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("NT1", "NT1"),
        ("nt2", "NT2"),
        ("Kínder", "NT2"),
        ("1°", "1B"),
        ("1° básico", "1B"),
        ("8b", "8B"),
        ("3", "3B"),
        ("2º", "2B"),
        ("5B", "5B"),
    ],
)
def test_levels_are_normalized(text: str, code: str) -> None:
    assert v.normalize_level(text) == code


@pytest.mark.parametrize("text", ["9°", "1° medio", "NT3", "primero", ""])
def test_unknown_levels_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        v.normalize_level(text)
    assert info.value.field == "levels"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MA", "MA"),
        ("Matemática", "MA"),
        ("matematica", "MA"),
        ("Mathematics", "MA"),
        ("Lenguaje", "LE"),
        ("Ciencias Naturales", "CN"),
        ("inglés", "IN"),
    ],
)
def test_subjects_by_code_or_name(text: str, code: str) -> None:
    assert v.normalize_subject(text) == code


def test_text_lengths_and_required_fields() -> None:
    with pytest.raises(ValidationError, match="required"):
        v.required_text("   ", "title", 10)
    with pytest.raises(ValidationError, match="too long: 11 characters, at most 10"):
        v.required_text("x" * 11, "title", 10)
    assert v.required_text("  Huerto  ", "title", 10) == "Huerto"


def test_fold_removes_accents_for_matching() -> None:
    assert v.fold("Práctica ÑANDÚ") == "practica nandu"


def test_email() -> None:
    assert v.optional_email("") == ""
    assert v.optional_email("ana@escuela.cl") == "ana@escuela.cl"
    with pytest.raises(ValidationError):
        v.optional_email("ana.escuela.cl")
