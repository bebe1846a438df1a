"""Validation of what people type: RBD, OA codes, levels, subjects, text lengths."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from minga.domain.errors import CheckDigitWarning, ValidationError
from minga.domain.vocab import LEVELS, SUBJECTS
from minga.i18n import QT_TRANSLATE_NOOP

TITLE_MAX = 200
NAME_MAX = 120
SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 20_000
EMAIL_MAX = 254

_RBD_RE = re.compile(r"^\s*(\d{1,6})\s*-?\s*([0-9kK])\s*$")
# Digits and nothing else: the check digit cannot be told from the number.
_DIGITS_ONLY_RE = re.compile(r"^\s*\d+\s*$")
_OA_RE = re.compile(r"^\s*([A-Za-z]{2})\s*0?([1-8])\s*OA\s*0*(\d{1,2})\s*$", re.IGNORECASE)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def fold(text: str) -> str:
    """Lower case without accents: `Práctica` -> `practica` (for matching, not display)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def rbd_check_digit(number: str) -> str:
    """The módulo 11 check digit, as for the Chilean RUT (`4478` -> `4`)."""
    total = 0
    factor = 2
    for digit in reversed(number):
        total += int(digit) * factor
        factor = 2 if factor == 7 else factor + 1
    remainder = 11 - total % 11
    return {11: "0", 10: "K"}.get(remainder, str(remainder))


@dataclass(frozen=True)
class Rbd:
    number: str
    check_digit: str

    def __str__(self) -> str:
        return f"{self.number}-{self.check_digit}"

    @property
    def check_digit_matches(self) -> bool:
        return rbd_check_digit(self.number) == self.check_digit


def parse_rbd(text: str, *, accept_check_digit_mismatch: bool = False, field: str = "rbd") -> Rbd:
    """Parses `4478-4`. A wrong format is an error; a check digit that does not follow
    módulo 11 is a `CheckDigitWarning` unless the user accepted it (docs/domain.md: no
    official statement of the scheme exists, so it never becomes a refusal)."""
    if _DIGITS_ONLY_RE.match(text or ""):
        # "4478" could be RBD 4478 without its check digit or RBD 447 with 8: never guess.
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "RBD {value} has no check digit, or it is not separated: write the number, "
                "a hyphen and the check digit, like 4478-4.",
            ),
            value=(text or "").strip(),
        )
    match = _RBD_RE.match(text or "")
    if not match:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "'{value}' is not an RBD. Write the number and its check digit, like 4478-4.",
            ),
            value=(text or "").strip(),
        )
    number = str(int(match.group(1)))
    rbd = Rbd(number, match.group(2).upper())
    if not rbd.check_digit_matches and not accept_check_digit_mismatch:
        raise CheckDigitWarning(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "The check digit of RBD {value} does not match (módulo 11 gives {expected}). "
                "Check it against the school's records; if it is right, confirm it.",
            ),
            value=str(rbd),
            expected=rbd_check_digit(number),
        )
    return rbd


#: The núcleos of the Bases Curriculares de Educación Parvularia (2018), whose objectives
#: of the transition level (NT1 and NT2 share them) are coded `PMNT OA 03`.
PARVULARIA_NUCLEI: dict[str, str] = {
    "IA": "Identidad y Autonomía",
    "CC": "Convivencia y Ciudadanía",
    "CM": "Corporalidad y Movimiento",
    "LV": "Lenguaje Verbal",
    "LA": "Lenguajes Artísticos",
    "EN": "Exploración del Entorno Natural",
    "CS": "Comprensión del Entorno Sociocultural",
    "PM": "Pensamiento Matemático",
}
_OA_NT_RE = re.compile(r"^\s*([A-Za-z]{2})\s*NT[12]?\s*OA\s*0*(\d{1,2})\s*$", re.IGNORECASE)


def normalize_oa_code(text: str, field: str = "oa_codes") -> str:
    """`ma2oa3`, `MA02 OA 03` -> `MA02 OA 03`; `pm nt oa 3` -> `PMNT OA 03`."""
    nt = _OA_NT_RE.match(text or "")
    if nt and nt.group(1).upper() in PARVULARIA_NUCLEI and 1 <= int(nt.group(2)) <= 99:
        return f"{nt.group(1).upper()}NT OA {int(nt.group(2)):02d}"
    match = _OA_RE.match(text or "")
    if not match or match.group(1).upper() not in SUBJECTS or not 1 <= int(match.group(3)) <= 99:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "'{value}' is not a learning objective code. Use the form MA02 OA 03 "
                "(subject, grade, objective).",
            ),
            value=(text or "").strip(),
        )
    subject, grade, number = match.group(1).upper(), int(match.group(2)), int(match.group(3))
    return f"{subject}{grade:02d} OA {number:02d}"


_LEVEL_ALIASES = {
    "nt1": "NT1",
    "prekinder": "NT1",
    "pre-kinder": "NT1",
    "nt2": "NT2",
    "kinder": "NT2",
}
_BASIC_RE = re.compile(r"^\s*([1-8])\s*(?:°|º|o|b|ro|do|to|vo|no|mo)?\s*(?:basico|b)?\s*$")


def normalize_level(text: str, field: str = "levels") -> str:
    """`1°`, `1° básico`, `1b`, `NT2`, `kinder` -> a code of LEVELS."""
    folded = fold(text or "").strip()
    if folded in _LEVEL_ALIASES:
        return _LEVEL_ALIASES[folded]
    if (text or "").strip().upper() in LEVELS:
        return text.strip().upper()
    match = _BASIC_RE.match(folded)
    if match:
        return f"{match.group(1)}B"
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP("errors", "'{value}' is not a level. Use NT1, NT2 or 1° to 8° básico."),
        value=(text or "").strip(),
    )


def normalize_subject(text: str, field: str = "subjects") -> str:
    """A subject code (`MA`) from its code or its Spanish or English name."""
    value = (text or "").strip()
    if value.upper() in SUBJECTS:
        return value.upper()
    folded = fold(value)
    for code, english in SUBJECTS.items():
        if folded in (fold(english), fold(SPANISH_SUBJECTS[code])):
            return code
    for code, spanish in SPANISH_SUBJECTS.items():
        if folded and fold(spanish).startswith(folded):
            return code
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP("errors", "'{value}' is not a subject of the curriculum."),
        value=value,
    )


# The curriculum's own names, accepted on the command line whatever the interface language.
SPANISH_SUBJECTS = {
    "LE": "Lenguaje y Comunicación",
    "MA": "Matemática",
    "CN": "Ciencias Naturales",
    "HI": "Historia, Geografía y Ciencias Sociales",
    "AR": "Artes Visuales",
    "MU": "Música",
    "EF": "Educación Física y Salud",
    "TE": "Tecnología",
    "OR": "Orientación",
    "IN": "Inglés",
}


def required_text(value: str | None, field: str, max_length: int) -> str:
    """Stripped text that must be present and not too long."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "This field is required."))
    return optional_text(text, field, max_length)


def optional_text(value: str | None, field: str, max_length: int) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "This text is too long: {length} characters, at most {max}."
            ),
            length=len(text),
            max=max_length,
        )
    return text


def optional_email(value: str | None, field: str = "email") -> str:
    text = optional_text(value, field, EMAIL_MAX)
    if text and not _EMAIL_RE.match(text):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "'{value}' does not look like an e-mail address."),
            value=text,
        )
    return text
